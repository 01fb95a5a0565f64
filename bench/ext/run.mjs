// B12 from Node.js (issue 11): zpack.crc32(buf), the generated extension
// package taking a weaveheap WeaveHeapBuffer, against a hand-written N-API
// binding of the same zlib crc32 taking a Uint8Array (a view of the same
// buffer: N-API's own zero-copy mechanism, napi_get_typedarray_info), and
// against copying the bytes in first (Buffer.from(view), then the same
// hand-written crc32: what a copying generator does), at 64 B .. 256 MiB.
//
// Fair: the same bytes (one buffer a size), the same crc32 loop (zpack.c's),
// the same number of calls for every row of a size, each row's loop the same
// code; each round times every row once, in a rotating order, by the
// process's CPU time (bench/js_timing.mjs's clock); a ratio is the median of
// the per-round ratios.
//
//   NODE_PATH=<zpack's node_modules> node bench/ext/run.mjs --peer <bench_ext_peer.node> [--rounds 11]
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { median, ns } from '../js_timing.mjs';
import { keep, loopOf, sizeName, timeRows } from './rows.mjs';

const require = createRequire(import.meta.url);
const { values: opts } = parseArgs({
  options: {
    peer: { type: 'string' },
    rounds: { type: 'string', default: '11' },
    'max-size': { type: 'string', default: String(256 << 20) },
  },
});
const rounds = Number(opts.rounds);
const maxSize = Number(opts['max-size']);
const zpack = require('zpack');
const wh = require('weaveheap');
const peer = require(opts.peer);

const SIZES = [64, 4096, 65536, 1 << 20, 16 << 20, 256 << 20];
const PATTERN = Buffer.alloc(1 << 16);
for (let i = 0; i < PATTERN.length; i++) PATTERN[i] = ((i * 7) ^ (i >> 9)) & 0xff;

function table(size) {
  const region = new wh.Region();
  const buf = region.alloc(size, { align: 64 });
  const w = buf.view({ writable: true });
  for (let off = 0; off < size; off += PATTERN.length) w.set(PATTERN.subarray(0, Math.min(PATTERN.length, size - off)), off);
  w.close();
  const view = buf.view();              // the hand-written path's argument, held (a shared borrow)
  const hand = peer.crc32;
  const copy = (v) => hand(Buffer.from(v));   // what a copying binding does
  const rows = {
    'hand-written (Uint8Array view)': [loopOf(hand), view],
    'zpack.crc32(buf)': [loopOf(zpack.crc32), buf],
    'copy in (Buffer.from(view))': [loopOf(copy), view],
  };
  const want = hand(view);
  if (zpack.crc32(buf) !== want || copy(view) !== want) throw new Error('the rows disagree');
  const before = region.stats().copies;
  zpack.crc32(buf);
  if (region.stats().copies !== before) throw new Error('the extension copied');
  const { calls, per } = timeRows(rows, 'hand-written (Uint8Array view)', rounds);
  view.close();
  buf.close();
  region.close();
  const [h, z, c] = Object.keys(rows).map((n) => per[n]);
  return {
    calls,
    hand: median(h), ext: median(z), copy: median(c),
    extRatio: median(z.map((a, i) => a / h[i])),
    extMinusHand: median(z.map((a, i) => a - h[i])),
    copyRatio: median(c.map((a, i) => a / h[i])),
  };
}

console.log(`\n### B12 from Node.js (${process.version}), ${rounds} rounds, process CPU time\n`);
console.log('| size | calls | hand-written | zpack.crc32 | copy in | **zpack / hand** | zpack - hand | copy / hand |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const size of SIZES) {
  if (size > maxSize) break;
  const t = table(size);
  console.log(`| ${sizeName(size)} | ${t.calls} | ${ns(t.hand)} | ${ns(t.ext)} | ${ns(t.copy)} | ` +
    `**${t.extRatio.toFixed(3)}x** | ${t.extMinusHand >= 0 ? '+' : ''}${t.extMinusHand.toFixed(1)} ns | ${t.copyRatio.toFixed(2)}x |`);
}
keep();
