// Node.js benchmarks B7 and B8 (shared/BENCHMARKS.md): peers in the same run,
// interleaved, after a warm-up; medians, minimums and ratios, printed as
// Markdown tables.
//
//   node --expose-gc bench/node/run.mjs --package <dir> --peers <weaveheap_bench_napi.node>
//        [--rounds 11] [--quick] [--only b7,b8]
// (cmake --build <build> --target bench_node runs it with the staged package.)
//
// B7  a trivial core call against an N-API no-op (target <= 1.3x), and a
//     method (a handle read and resolved) against a no-op reading a bigint.
// B8  a zero-copy view at 64 B .. 256 MiB (flat in size; the copy counter
//     stays 0) next to Buffer.from copies and a plain memcpy (TypedArray.set),
//     and the two view designs: one external ArrayBuffer per view (the
//     package) against one per region chunk with Uint8Array windows over it.
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const { values: args } = parseArgs({
  options: {
    package: { type: 'string' },
    peers: { type: 'string' },
    rounds: { type: 'string', default: '11' },
    quick: { type: 'boolean', default: false },
    only: { type: 'string', default: 'b7,b8' },
  },
});
if (!args.package || !args.peers) {
  console.error('usage: node --expose-gc run.mjs --package <dir> --peers <weaveheap_bench_napi.node>');
  process.exit(2);
}
const wh = require(path.resolve(args.package));
const peer = require(path.resolve(args.peers));
const ROUNDS = args.quick ? 3 : Number(args.rounds);
const gc = typeof global.gc === 'function' ? global.gc : () => {};
let sink = 0;

// Runs every contender once (warm-up), then ROUNDS times in a rotating
// order; each run is `iters` operations timed together. Returns ns/op samples.
function race(contenders) {
  const samples = contenders.map(() => []);
  for (const c of contenders) c.run(c.iters);
  for (let round = 0; round < ROUNDS; round++) {
    gc();
    for (let k = 0; k < contenders.length; k++) {
      const i = (k + round) % contenders.length;
      const c = contenders[i];
      const t0 = process.hrtime.bigint();
      c.run(c.iters);
      samples[i].push(Number(process.hrtime.bigint() - t0) / c.iters);
    }
  }
  return samples.map((s) => {
    s.sort((x, y) => x - y);
    return { median: s[s.length >> 1], min: s[0] };
  });
}

function ns(x) {
  if (x >= 1e6) return `${(x / 1e6).toFixed(2)} ms`;
  if (x >= 1e3) return `${(x / 1e3).toFixed(2)} us`;
  return `${x.toFixed(1)} ns`;
}

// contenders: [{ name, iters, run, vs }] where `vs` names the peer row.
function table(title, contenders) {
  const r = race(contenders);
  const byName = new Map(contenders.map((c, i) => [c.name, r[i]]));
  console.log(`\n### ${title}\n`);
  console.log('| contender | median | min | ratio |');
  console.log('|---|---:|---:|---|');
  contenders.forEach((c, i) => {
    const x = c.vs ? r[i].median / byName.get(c.vs).median : 0;
    const ratio = c.vs ? `${x < 0.1 ? x.toPrecision(2) : x.toFixed(2)}x ${c.vs}` : '';
    console.log(`| ${c.name} | ${ns(r[i].median)} | ${ns(r[i].min)} | ${ratio} |`);
  });
  return byName;
}

console.log(`# Node.js benchmarks (B7, B8)\n`);
console.log(`node ${process.version}, N-API ${process.versions.napi}, ${os.cpus()[0].model}, ${os.cpus().length} CPUs; ` +
  `${ROUNDS} rounds after a warm-up, interleaved; median and min per operation.`);

const ONLY = args.only.split(',');

// -- B7: calls -------------------------------------------------------------------
if (ONLY.includes('b7')) {
  const region = new wh.Region();
  const buf = region.alloc(64);
  const h = buf.handle;
  const N = args.quick ? 200000 : 2000000;
  function jsNoop() { return 1; }
  const rows = [
    { name: 'JS function (empty)', iters: N, run: (n) => { let s = 0; for (let i = 0; i < n; i++) s += jsNoop(); sink += s; } },
    { name: 'N-API no-op (peer)', iters: N, run: (n) => { for (let i = 0; i < n; i++) peer.noop(); } },
    { name: 'N-API no-op returning a number (peer)', iters: N, run: (n) => { let s = 0; for (let i = 0; i < n; i++) s += peer.noop_u32(); sink += s; } },
    { name: 'wh.publishStop() (trivial core call: no argument, no result)', iters: N, vs: 'N-API no-op (peer)', run: (n) => { for (let i = 0; i < n; i++) wh.publishStop(); } },
    { name: 'wh.abiVersion() (trivial core call returning a number)', iters: N, vs: 'N-API no-op returning a number (peer)', run: (n) => { let s = 0; for (let i = 0; i < n; i++) s += wh.abiVersion(); sink += s; } },
    { name: 'wh.statsEnabled() (returning a boolean)', iters: N, vs: 'N-API no-op (peer)', run: (n) => { let s = 0; for (let i = 0; i < n; i++) s += wh.statsEnabled() ? 1 : 0; sink += s; } },
    { name: 'N-API no-op reading a bigint (peer)', iters: N, run: (n) => { for (let i = 0; i < n; i++) peer.noop_bigint(h); } },
    { name: 'N-API no-op reading a bigint, returning a number (peer)', iters: N, run: (n) => { let s = 0; for (let i = 0; i < n; i++) s += peer.noop_bigint_number(h); sink += s; } },
    { name: 'buf.size() (method: handle read and resolved)', iters: N, vs: 'N-API no-op reading a bigint, returning a number (peer)', run: (n) => { let s = 0; for (let i = 0; i < n; i++) s += buf.size(); sink += s; } },
  ];
  const r = table('B7: a call', rows);
  const med = (name) => r.get(name).median;
  const same = med(rows[3].name) / med('N-API no-op (peer)');
  const num = med(rows[4].name) / med('N-API no-op returning a number (peer)');
  const bare = med(rows[4].name) / med('N-API no-op (peer)');
  console.log(`\nB7 trivial core call / N-API no-op of the same shape: ${same.toFixed(2)}x (no result), ` +
    `${num.toFixed(2)}x (returning a number); target <= 1.3x: ${Math.max(same, num) <= 1.3 ? 'met' : 'NOT met'}. ` +
    `abiVersion() / the bare no-op: ${bare.toFixed(2)}x (the difference is napi_create_uint32).`);
  region.close();
}

// -- B7/B8: views --------------------------------------------------------------------
const KiB = 1024;
const MiB = 1024 * KiB;
const SIZES = !ONLY.includes('b8') ? [] : args.quick ? [64, 64 * KiB, MiB] : [64, 64 * KiB, MiB, 16 * MiB, 256 * MiB];
const medians = { view: [], shared: [], window: [], from: [] };
let copiesDuringViews = 0;
for (const size of SIZES) {
  const region = new wh.Region();
  const buf = region.alloc(size);
  const src = new Uint8Array(size).fill(7);
  const dst = new Uint8Array(size);
  const chunk = peer.window_setup(size);
  const viewIters = args.quick ? 2000 : 20000;
  const copyIters = Math.max(3, Math.min(20000, Math.floor((args.quick ? 64 : 512) * MiB / size)));
  const countCopies = (run) => (n) => {
    const before = wh.stats().copies;
    run(n);
    copiesDuringViews += wh.stats().copies - before;
  };
  const rows = [
    { name: 'buf.view({ writable: true }) + close() (unique; one external ArrayBuffer per view)', iters: viewIters, vs: 'Buffer.from(u8) (copy, peer)',
      run: countCopies((n) => { for (let i = 0; i < n; i++) { const v = buf.view({ writable: true }); sink += v[0]; v.close(); } }) },
    { name: 'buf.view() + close() (shared)', iters: viewIters, vs: 'Buffer.from(u8) (copy, peer)',
      run: countCopies((n) => { for (let i = 0; i < n; i++) { const v = buf.view(); sink += v[0]; v.close(); } }) },
    { name: 'window: borrow + new Uint8Array(chunk, off, n) + release (one ArrayBuffer per chunk)', iters: viewIters,
      vs: 'buf.view({ writable: true }) + close() (unique; one external ArrayBuffer per view)',
      run: (n) => { for (let i = 0; i < n; i++) { const off = peer.window_borrow(); const v = new Uint8Array(chunk, off, size); sink += v[0]; peer.window_release(); } } },
    { name: 'Buffer.from(u8) (copy, peer)', iters: copyIters, run: (n) => { for (let i = 0; i < n; i++) sink += Buffer.from(src)[0]; } },
    { name: 'dst.set(u8) (memcpy into warm memory, peer)', iters: copyIters, run: (n) => { for (let i = 0; i < n; i++) { dst.set(src); sink += dst[0]; } } },
  ];
  const label = size >= MiB ? `${size / MiB} MiB` : size >= KiB ? `${size / KiB} KiB` : `${size} B`;
  const r = table(`B8: a view of ${label}`, rows);
  medians.view.push(r.get(rows[0].name).median);
  medians.shared.push(r.get(rows[1].name).median);
  medians.window.push(r.get(rows[2].name).median);
  medians.from.push(r.get(rows[3].name).median);
  region.close();
}

if (SIZES.length) {
  console.log('\n### B8: cost in size (median per operation)\n');
  console.log(`| | ${SIZES.map((s) => (s >= MiB ? `${s / MiB} MiB` : s >= KiB ? `${s / KiB} KiB` : `${s} B`)).join(' | ')} | largest / smallest |`);
  console.log(`|---|${SIZES.map(() => '---:').join('|')}|---:|`);
  for (const [name, row] of [['view({ writable: true }) + close()', medians.view], ['view() + close()', medians.shared],
    ['window (one ArrayBuffer per chunk)', medians.window], ['Buffer.from copy', medians.from]]) {
    console.log(`| ${name} | ${row.map(ns).join(' | ')} | ${(row[row.length - 1] / row[0]).toFixed(2)}x |`);
}
  console.log(`\nCopies counted by the core while views were made, used and closed: ${copiesDuringViews}` +
    (copiesDuringViews === 0 ? ' (zero-copy)' : ' (NOT zero-copy)'));
}
if (sink === 0.5) console.log('');   // keeps every result alive
