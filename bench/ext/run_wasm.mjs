// B12 from WebAssembly (issue 11): zpack.crc32(buf) through the generated
// glue (zpack.mjs, bound over the base glue weaveheap.mjs) against a
// hand-written export of the same zlib crc32 (wasm_peer.c) called on the
// bytes where they already are in linear memory (address and length: the
// cheapest a JavaScript caller can get), and against copying the bytes in
// first (malloc in the module, TypedArray.set from a Uint8Array outside it,
// the same export, free: what a copying generator does with a byte-array
// argument), at 64 B .. 16 MiB (--max-size 268435456 for 64 and 256 MiB).
// One module, bench_zpack.wasm: zpack.wasm's core, zpack and zlib, plus the
// peer, so every row runs the same crc32 code on the same memory.
//
// Fair: the same bytes (one buffer a size), the same crc32 loop
// (crc_pieces.h, zpack.c's), the same number of calls for every row of a size,
// each row's loop the same code; each round times every row once, in a
// rotating order, by the process's CPU time (bench/js_timing.mjs's clock);
// a ratio is the median of the per-round ratios.
//
//   node bench/ext/run_wasm.mjs --module <bench_zpack.wasm> --glue <dir of weaveheap.mjs, zpack.mjs> [--rounds 11]
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { median, ns } from '../js_timing.mjs';
import { keep, loopOf, sizeName, timeRows } from './rows.mjs';

const { values: opts } = parseArgs({
  options: {
    module: { type: 'string' },
    glue: { type: 'string' },
    rounds: { type: 'string', default: '11' },
    'max-size': { type: 'string', default: String(16 << 20) },
  },
});
const rounds = Number(opts.rounds);
const maxSize = Number(opts['max-size']);
const base = await import(pathToFileURL(path.join(opts.glue, 'weaveheap.mjs')).href);
const glue = await import(pathToFileURL(path.join(opts.glue, 'zpack.mjs')).href);
const wh = await base.load(await readFile(opts.module));
const zpack = glue.bind(wh);
const e = wh.backend.exports;
const memory = wh.backend.memory;
const peer = e.bench_ext_wasm_crc32;
const ERR = e.malloc(8);   // the error struct of the no-glue row (never filled: the calls succeed)
new Uint8Array(memory.buffer, ERR, 8).fill(0);

const SIZES = [64, 4096, 65536, 1 << 20, 16 << 20, 64 << 20, 256 << 20];
const PATTERN = new Uint8Array(1 << 16);
for (let i = 0; i < PATTERN.length; i++) PATTERN[i] = ((i * 7) ^ (i >> 9)) & 0xff;

function table(size) {
  const region = new wh.Region();
  const buf = region.alloc(size, { align: 64 });
  const w = buf.view({ writable: true });
  for (let off = 0; off < size; off += PATTERN.length) w.set(PATTERN.subarray(0, Math.min(PATTERN.length, size - off)), off);
  const outside = w.slice();            // the same bytes in a JavaScript Uint8Array, outside the module
  w.close();
  const at = wh.backend.coreAddressOf(buf);   // where the core keeps them in linear memory
  const hand = (x) => peer(x, size) >>> 0;
  const copy = (src) => {               // what a copying binding does
    const p = e.malloc(src.length);
    new Uint8Array(memory.buffer, p, src.length).set(src);
    const c = peer(p, src.length) >>> 0;
    e.free(p);
    return c;
  };
  // the generated entry point called with no glue at all: what of the
  // extension's cost is its C boundary (resolve, borrow, release) and what
  // the JavaScript layer
  const entry = (h) => e.zpack_crc32(h, ERR) >>> 0;
  const rows = {
    'hand-written export (address in memory)': [loopOf(hand), at],
    'zpack.crc32(buf)': [loopOf(zpack.crc32), buf],
    'copy in (malloc + set + free)': [loopOf(copy), outside],
    'zpack_crc32 export, no glue': [loopOf(entry), buf.handle],
  };
  const want = hand(at);
  if (zpack.crc32(buf) !== want || copy(outside) !== want || entry(buf.handle) !== want) {
    throw new Error('the rows disagree');
  }
  const before = region.stats();
  zpack.crc32(buf);
  const after = region.stats();
  if (after.copies !== before.copies || after.borrowsActive !== before.borrowsActive) {
    throw new Error('the extension copied, or kept a borrow');
  }
  const { calls, per } = timeRows(rows, 'hand-written export (address in memory)', rounds);
  buf.close();
  region.close();
  const [h, z, c, x] = Object.keys(rows).map((n) => per[n]);
  return {
    calls,
    hand: median(h), ext: median(z), copy: median(c),
    extRatio: median(z.map((a, i) => a / h[i])),
    extMinusHand: median(z.map((a, i) => a - h[i])),
    copyRatio: median(c.map((a, i) => a / h[i])),
    entryRatio: median(x.map((a, i) => a / h[i])),
  };
}

console.log(`\n### B12 from WebAssembly (Node.js ${process.version}, wasm32), ${rounds} rounds, process CPU time\n`);
console.log('| size | calls | hand-written export | zpack.crc32 | copy in | **zpack / hand** | zpack - hand | copy / hand | entry alone / hand |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const size of SIZES) {
  if (size > maxSize) break;
  const t = table(size);
  console.log(`| ${sizeName(size)} | ${t.calls} | ${ns(t.hand)} | ${ns(t.ext)} | ${ns(t.copy)} | ` +
    `**${t.extRatio.toFixed(3)}x** | ${t.extMinusHand >= 0 ? '+' : ''}${t.extMinusHand.toFixed(1)} ns | ${t.copyRatio.toFixed(2)}x | ` +
    `${t.entryRatio.toFixed(3)}x |`);
}
keep();
