// One JavaScript API, two builds of it (say main and a branch), in one Node
// process: the Node.js package of each (each its own N-API module and static
// core) and the wasm glue of each (each its own instance), the same work per
// row. Each row is the "after" build against the "before" build, measured by
// ./js_timing.mjs (CPU time, medians of per-round ratios, interleaved rounds,
// an A/A noise row per table). Not a test; bench/node/RESULTS.md and
// bench/wasm/RESULTS.md record it.
//   node bench/js_before_after.mjs --before <build dir> --after <build dir>
//        [--rounds 31] [--sample-ms 10] [--quick]
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { comparePairs, printPairs, keep } from './js_timing.mjs';

const { values: args } = parseArgs({
  options: {
    before: { type: 'string' }, after: { type: 'string' },
    rounds: { type: 'string', default: '31' }, 'sample-ms': { type: 'string', default: '10' },
    quick: { type: 'boolean', default: false },
  },
});
if (!args.before || !args.after) throw new Error('usage: --before <build dir> --after <build dir>');
const timing = { rounds: args.quick ? 7 : Number(args.rounds), sampleMs: args.quick ? 3 : Number(args['sample-ms']) };
const require = createRequire(import.meta.url);
const label = (s) => (s >= 1 << 20 ? `${s >> 20} MiB` : s >= 1024 ? `${s >> 10} KiB` : `${s} B`);

console.log(`# Before (${args.before}) and after (${args.after})\n`);
console.log(`node ${process.version}, ${os.cpus()[0].model}, ${os.cpus().length} CPUs, load average ` +
  `${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; ${timing.rounds} rounds of ~${timing.sampleMs} ms samples, CPU time; ` +
  'ratio = after / before, the median of the per-round ratios');

// A pair from one function of the API object: the same code over each build.
const pair = (name, make, A, B) => ({ name, peerName: 'before', row: make(B), peer: make(A) });

// -- Node.js (N-API) ----------------------------------------------------------------
const A = require(path.resolve(args.before, 'bindings/node/package'));
const B = require(path.resolve(args.after, 'bindings/node/package'));
console.log(`\nN-API views: before ${A.backend.views ?? 'napi'}, after ${B.backend.views ?? 'napi'}`);
{
  const objs = new Map([[A, { r: new A.Region(), p: new A.Region() }], [B, { r: new B.Region(), p: new B.Region() }]]);
  for (const [W, o] of objs) { o.small = o.r.alloc(64); }
  const u8 = new Uint8Array(64).fill(3), dst = new Uint8Array(64);
  printPairs('Node.js (N-API): calls', comparePairs([
    pair('`publishStop()`', (W) => (n) => { for (let i = 0; i < n; i++) W.publishStop(); return n; }, A, B),
    pair('`abiVersion()`', (W) => (n) => { let s = 0; for (let i = 0; i < n; i++) s += W.abiVersion(); return s; }, A, B),
    pair('`buf.size()`', (W) => { const b = objs.get(W).small; return (n) => { let s = 0; for (let i = 0; i < n; i++) s += b.size(); return s; }; }, A, B),
    pair('`buf.write(0, 64 B)`', (W) => { const b = objs.get(W).small; return (n) => { for (let i = 0; i < n; i++) b.write(0, u8); return n; }; }, A, B),
    pair('`buf.read(0, 64 B)`', (W) => { const b = objs.get(W).small; return (n) => { for (let i = 0; i < n; i++) b.read(0, dst); return n; }; }, A, B),
    pair('`region.alloc(64).close()` (a reset every 1024)', (W) => { const p = objs.get(W).p; return (n) => { for (let i = 0; i < n; i++) { p.alloc(64).close(); if ((i & 1023) === 1023) p.reset(); } p.reset(); return n; }; }, A, B),
  ], timing));
  const views = [];
  for (const size of args.quick ? [64, 256 << 20] : [64, 1 << 20, 256 << 20]) {
    for (const [W, o] of objs) o[size] = o.r.alloc(size);
    views.push(pair(`unique view + close, ${label(size)}`, (W) => { const b = objs.get(W)[size]; return (n) => { let s = 0; for (let i = 0; i < n; i++) { const v = b.view({ writable: true }); s += v[0]; v.close(); } return s; }; }, A, B));
    views.push(pair(`shared view + close, ${label(size)}`, (W) => { const b = objs.get(W)[size]; return (n) => { let s = 0; for (let i = 0; i < n; i++) { const v = b.view(); s += v[0]; v.close(); } return s; }; }, A, B));
  }
  printPairs('Node.js (N-API): views', comparePairs(views, timing));
  for (const o of objs.values()) { o.r.close(); o.p.close(); }
}

// -- WebAssembly glue -----------------------------------------------------------------
const wasm = async (dir) => (await import(pathToFileURL(path.resolve(dir, 'wasm/weaveheap.mjs')).href))
  .load(await readFile(path.resolve(dir, 'wasm/weaveheap.wasm')));
const C = await wasm(args.before), D = await wasm(args.after);
{
  const objs = new Map([[C, { r: new C.Region(), p: new C.Region() }], [D, { r: new D.Region(), p: new D.Region() }]]);
  for (const o of objs.values()) o.small = o.r.alloc(64);
  printPairs('WebAssembly glue: calls', comparePairs([
    pair('`statsEnabled()`', (W) => (n) => { let s = 0; for (let i = 0; i < n; i++) s += W.statsEnabled() ? 1 : 0; return s; }, C, D),
    pair('`buf.size()`', (W) => { const b = objs.get(W).small; return (n) => { let s = 0; for (let i = 0; i < n; i++) s += b.size(); return s; }; }, C, D),
    pair('`region.alloc(64).close()` (a reset every 1024)', (W) => { const p = objs.get(W).p; return (n) => { for (let i = 0; i < n; i++) { p.alloc(64).close(); if ((i & 1023) === 1023) p.reset(); } p.reset(); return n; }; }, C, D),
  ], timing));
  for (const size of args.quick ? [64, 65536] : [64, 4096, 65536, 1 << 20]) {
    const src = new Uint8Array(size).fill(7);
    for (const [W, o] of objs) {
      o.t = o.r.alloc(size);
      o.at = W.backend.coreAddressOf(o.r.alloc(size));   // a buffer of its own for the set row
    }
    const T = (W) => objs.get(W).t;
    printPairs(`WebAssembly glue: ${label(size)}`, comparePairs([
      pair('unique view, `set(src)`, close', (W) => { const t = T(W); return (n) => { for (let i = 0; i < n; i++) { const v = t.view({ writable: true }); v.set(src); v.close(); } return n; }; }, C, D),
      pair('shared view, read a byte, close', (W) => { const t = T(W); return (n) => { let s = 0; for (let i = 0; i < n; i++) { const v = t.view(); s += v[0]; v.close(); } return s; }; }, C, D),
      pair('`buf.write(0, src)`', (W) => { const t = T(W); return (n) => { for (let i = 0; i < n; i++) t.write(0, src); return n; }; }, C, D),
      // the same code in both columns: what the method itself reads as a difference
      pair('(the same in both) TypedArray.set into linear memory', (W) => { const at = objs.get(W).at; return (n) => {
        const mem = new Uint8Array(W.backend.memory.buffer);   // re-read: a grown memory detached the old one
        for (let i = 0; i < n; i++) mem.set(src, at);
        return n;
      }; }, C, D),
    ], timing));
  }
}
keep();
