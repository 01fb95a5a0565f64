// B10 (../../../shared/BENCHMARKS.md): WeaveHeap's core module in Node,
// through the generated glue (weaveheap.mjs), each row against its peer:
//   B10a  a trivial call through the glue against a bare exported no-op
//         (target <= 1.2x), and a call with a handle against a no-op of the
//         same signature (BigInt in, BigInt out);
//   B10b  bytes copied into a WeaveHeap buffer in linear memory, through the
//         glue, against TypedArray.set of the same bytes into a plain
//         ArrayBuffer (target >= 0.9x its bandwidth from 4 KiB; a 64 B view
//         within 3x): the view path (a unique view, set, close: the zero-copy
//         write) and the write path (buffer.write: the caller's bytes into
//         linear memory, then the core's counted copy).
// CPU time, per-round ratios, interleaved rounds, an A/A noise row per table
// (../js_timing.mjs says how). Not a test.
//   node bench/wasm/bench.mjs --wasm-dir <build>/wasm --noop <build>/bench/wasm/noop.wasm
//        [--rounds 31] [--sample-ms 10] [--quick]
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { comparePairs, printPairs, fmtRatio, keep } from '../js_timing.mjs';

const { values: args } = parseArgs({
  options: {
    'wasm-dir': { type: 'string', default: 'build/wasm' },
    noop: { type: 'string', default: 'build/bench/wasm/noop.wasm' },
    rounds: { type: 'string', default: '31' },
    'sample-ms': { type: 'string', default: '10' },
    quick: { type: 'boolean', default: false },
  },
});
const QUICK = args.quick;
const timing = { rounds: QUICK ? 7 : Number(args.rounds), sampleMs: QUICK ? 3 : Number(args['sample-ms']) };
const wasmDir = args['wasm-dir'];

const glue = await import(pathToFileURL(path.join(wasmDir, 'weaveheap.mjs')));
const wh = await glue.load(await readFile(path.join(wasmDir, 'weaveheap.wasm')));
const noopModule = await WebAssembly.instantiate(await readFile(args.noop));
const { noop, noop_i64: noopI64 } = noopModule.instance.exports;
const e = wh.backend.exports;

console.log('# B10: WebAssembly through the glue\n');
console.log(`node ${process.version} (V8 ${process.versions.v8}), ${os.cpus()[0].model}, ${os.cpus().length} CPUs, ` +
  `load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; ${timing.rounds} rounds of ~${timing.sampleMs} ms ` +
  'samples, CPU time, ratio = median of the per-round ratios (row / peer)');

/* -- B10a. calls ------------------------------------------------------------- */
const region = new wh.Region();
const small = region.alloc(64);
const h = small.handle;
const ERR = e.malloc(8);
new Uint8Array(e.memory.buffer).fill(0, ERR, ERR + 8);
const NOOP = 'bare exported no-op `noop()`';
const calls = printPairs('B10a. A trivial call from JS into the core module', comparePairs([
  { name: 'glue: `wh.statsEnabled()`', peerName: NOOP,
    row: (n) => { let s = 0; for (let i = 0; i < n; i++) s = (s + (wh.statsEnabled() ? 1 : 0)) | 0; return s; },
    peer: (n) => { let s = 0; for (let i = 0; i < n; i++) s = (s + noop()) | 0; return s; } },
  { name: 'glue: `wh.versionNumber()`', peerName: NOOP,
    row: (n) => { let s = 0; for (let i = 0; i < n; i++) s = (s + wh.versionNumber()) | 0; return s; },
    peer: (n) => { let s = 0; for (let i = 0; i < n; i++) s = (s + noop()) | 0; return s; } },
  { name: 'core export called raw, `weaveheap_stats_enabled()` (no glue)', peerName: NOOP,
    row: (n) => { let s = 0; for (let i = 0; i < n; i++) s = (s + e.weaveheap_stats_enabled()) | 0; return s; },
    peer: (n) => { let s = 0; for (let i = 0; i < n; i++) s = (s + noop()) | 0; return s; } },
], timing));

const NOOP_I64 = 'bare no-op `(i64, i32) -> i64`, BigInt in and out';
printPairs('B10a\'. A call with a handle (BigInt in, Number out): the core resolves it', comparePairs([
  { name: 'glue: `buf.size()`', peerName: NOOP_I64,
    row: (n) => { let s = 0; for (let i = 0; i < n; i++) s = (s + small.size()) | 0; return s; },
    peer: (n) => { let s = 0; for (let i = 0; i < n; i++) s = (s + Number(noopI64(h, ERR))) | 0; return s; } },
  { name: 'core export raw: `weaveheap_buffer_size(h, err)` + error check (no glue)', peerName: NOOP_I64,
    row: (n) => {
      const i32 = new Int32Array(e.memory.buffer);
      let s = 0;
      for (let i = 0; i < n; i++) {
        s = (s + Number(e.weaveheap_buffer_size(h, ERR))) | 0;
        if (i32[ERR >> 2] !== 0) throw new Error('buffer_size failed');
      }
      return s;
    },
    peer: (n) => { let s = 0; for (let i = 0; i < n; i++) s = (s + Number(noopI64(h, ERR))) | 0; return s; } },
], timing));

/* -- B10b. bytes into a buffer in linear memory, through the glue ------------- */
const sizes = QUICK ? [64, 4096, 65536] : [64, 4096, 65536, 1 << 20, 16 << 20];
const big = new wh.Region();
const target = big.alloc(sizes.at(-1));
const staged = big.alloc(sizes.at(-1));   // a source that lies in linear memory already
const srcAll = new Uint8Array(sizes.at(-1));
for (let i = 0; i < srcAll.length; i++) srcAll[i] = (i * 31) & 0xff;
const address = wh.backend.coreAddressOf(target);
// The peer writes at the same offset in its page as the buffer lies in
// linear memory: copies whose source and destination alias differently
// modulo 4 KiB run at different speeds on x86, whatever the memory.
const pageOffset = address % 4096;
const th = target.handle;
const RAW_VIEW = e.malloc(24);                 // for the floor rows: a view struct and an argument
const RAW_ARG = e.malloc(sizes.at(-1));
const plain = new Uint8Array(new ArrayBuffer(sizes.at(-1) + 4096));
// Warm memory for every contender: each destination and source written once.
plain.fill(1);
target.write(0, srcAll);
staged.write(0, srcAll);
const summary = [];
let viewCopies = 0;
for (const size of sizes) {
  const src = srcAll.subarray(0, size);
  const label = size >= 1 << 20 ? `${size >> 20} MiB` : size >= 1024 ? `${size >> 10} KiB` : `${size} B`;
  const PEER = `\`plain.set(src)\`: TypedArray.set of the ${label} into a plain ArrayBuffer`;
  const peer = (n) => { for (let i = 0; i < n; i++) plain.set(src, pageOffset); return n; };
  const rows = printPairs(`B10b. ${label} into a WeaveHeap buffer in linear memory`, comparePairs([
    { name: 'view path: `v = buf.view({ writable: true }); v.set(src); v.close()`', peerName: PEER, peer,
      row: (n) => {
        const before = big.stats().copies;
        for (let i = 0; i < n; i++) {
          const v = target.view({ writable: true });
          v.set(src);
          v.close();
        }
        viewCopies += big.stats().copies - before;
        return n;
      } },
    { name: 'write path: `buf.write(0, src)` (into linear memory, then the core\'s counted copy)', peerName: PEER, peer,
      row: (n) => { for (let i = 0; i < n; i++) target.write(0, src); return n; } },
    { name: 'write path, source already in linear memory: `buf.write(0, viewOfAnotherBuffer)`', peerName: PEER, peer,
      row: (n) => {
        const v = staged.view();   // a shared view of the staged source: its bytes, in linear memory
        const inMemory = v.subarray(0, size);
        for (let i = 0; i < n; i++) target.write(0, inMemory);
        if (inMemory.length !== size) throw new Error('the memory grew during the sample: the source view was emptied');
        v.close();
        return n;
      } },
    { name: 'floor of the view path, no glue: the raw exports `borrow_unique`, `new Uint8Array`, set, `borrow_release`', peerName: PEER, peer,
      row: (n) => {
        const buf = wh.backend.memory.buffer;
        const dv = new DataView(buf), i32 = new Int32Array(buf);
        for (let i = 0; i < n; i++) {
          const t = e.weaveheap_borrow_unique(th, RAW_VIEW, ERR);
          if (i32[ERR >> 2] !== 0) throw new Error('borrow failed');
          new Uint8Array(buf, dv.getUint32(RAW_VIEW, true), dv.getUint32(RAW_VIEW + 8, true)).set(src);
          e.weaveheap_borrow_release(t, ERR);
          if (i32[ERR >> 2] !== 0) throw new Error('release failed');
        }
        return n;
      } },
    { name: 'floor of the write path, no glue: set into linear memory + the raw export `buffer_write`', peerName: PEER, peer,
      row: (n) => {
        const mem = new Uint8Array(wh.backend.memory.buffer), i32 = new Int32Array(mem.buffer), len = BigInt(size);
        for (let i = 0; i < n; i++) {
          mem.set(src, RAW_ARG);
          e.weaveheap_buffer_write(th, 0n, RAW_ARG, len, ERR);
          if (i32[ERR >> 2] !== 0) throw new Error('write failed');
        }
        return n;
      } },
    { name: '(reference, no WeaveHeap code) TypedArray.set into linear memory at the buffer\'s address', peerName: PEER, peer,
      row: (n) => { const mem = new Uint8Array(wh.backend.memory.buffer); for (let i = 0; i < n; i++) mem.set(src, address); return n; } },
    { name: 'view path, against TypedArray.set into the same linear memory (the glue\'s own cost)',
      peerName: '`mem.set(src, address)`: the same bytes to the same destination',
      peer: (n) => { const mem = new Uint8Array(wh.backend.memory.buffer); for (let i = 0; i < n; i++) mem.set(src, address); return n; },
      row: (n) => { for (let i = 0; i < n; i++) { const v = target.view({ writable: true }); v.set(src); v.close(); } return n; } },
  ], timing), { unit: 'bandwidth', bytes: size });
  summary.push([label, rows.map((r) => 1 / r.ratio)]);
}
if (viewCopies !== 0) throw new Error(`views counted ${viewCopies} copies: not zero-copy`);

console.log('\n### Summary: bandwidth ratio to TypedArray.set into a plain ArrayBuffer (target >= 0.90x from 4 KiB; 64 B view within 3x, i.e. >= 0.33x)\n');
console.log('| size | view path | write path | write, source in linear memory | floor of the view path (no glue) | floor of the write path (no glue) | (reference) set into linear memory | view path / set into the same memory | A/A noise |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const [label, r] of summary) console.log(`| ${label} | ${r.map(fmtRatio).join(' | ')} |`);
console.log(`\nB10a trivial call through the glue / bare no-op: ${fmtRatio(calls[0].ratio)} (target <= 1.20x); ` +
  `copies counted by the core in the view rows: ${viewCopies}`);
keep();
region.close();
big.close();
