// Node.js benchmarks B7 and B8 (shared/BENCHMARKS.md), each row against its
// peer in the same round: CPU time, medians of per-round ratios, interleaved
// rounds, an A/A noise row per table (../js_timing.mjs says how). Markdown out.
//
//   node --expose-gc bench/node/run.mjs --package <dir> --peers <weaveheap_bench_napi.node>
//        [--rounds 31] [--sample-ms 10] [--quick] [--only b7,b8]
// (cmake --build <build> --target bench_node runs it with the staged package.)
//
// B7  a trivial core call against an N-API no-op of the same shape (target
//     <= 1.3x), and a method (a handle read and resolved) against a no-op
//     reading a bigint and returning a number.
// B8  a zero-copy view + close at 64 B .. 256 MiB against the same view of
//     64 B (flat in size; issue 14: 256 MiB <= 2x 64 B), on both of the
//     package's ways of making a view's ArrayBuffer: the V8 companion
//     (wh.backend.views 'v8') and N-API's external buffer ('napi', a second
//     copy of the package loaded with WEAVEHEAP_NODE_NAPI_VIEWS=1); against
//     Buffer.from copies; and the two view designs (one external ArrayBuffer
//     per view, the package's, against one per region chunk with Uint8Array
//     windows). The core's copy counter must stay 0 in every view row.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { comparePairs, printPairs, fmtRatio, ns, keep } from '../js_timing.mjs';

const require = createRequire(import.meta.url);
const { values: args } = parseArgs({
  options: {
    package: { type: 'string' },
    peers: { type: 'string' },
    rounds: { type: 'string', default: '31' },
    'sample-ms': { type: 'string', default: '10' },
    quick: { type: 'boolean', default: false },
    only: { type: 'string', default: 'b7,b8' },
  },
});
if (!args.package || !args.peers) {
  console.error('usage: node --expose-gc run.mjs --package <dir> --peers <weaveheap_bench_napi.node>');
  process.exit(2);
}
const QUICK = args.quick;
const timing = { rounds: QUICK ? 7 : Number(args.rounds), sampleMs: QUICK ? 3 : Number(args['sample-ms']) };
const wh = require(path.resolve(args.package));
const peer = require(path.resolve(args.peers));
const ONLY = args.only.split(',');

console.log('# Node.js benchmarks (B7, B8)\n');
console.log(`node ${process.version} (V8 ${process.versions.v8}), N-API ${process.versions.napi}, ${os.cpus()[0].model}, ` +
  `${os.cpus().length} CPUs, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; ${timing.rounds} rounds of ` +
  `~${timing.sampleMs} ms samples, CPU time, ratio = median of the per-round ratios (row / peer); views: ${wh.backend.views}`);

// -- B7: calls -------------------------------------------------------------------
if (ONLY.includes('b7')) {
  const region = new wh.Region();
  const buf = region.alloc(64);
  const h = buf.handle;
  const NOOP = 'N-API no-op `peer.noop()`';
  const r = printPairs('B7: a call, against an N-API no-op of the same shape (the same lookups: `wh.f()` against `peer.g()`)', comparePairs([
    { name: '`wh.publishStop()`: no argument, no result', peerName: NOOP,
      row: (n) => { for (let i = 0; i < n; i++) wh.publishStop(); return n; },
      peer: (n) => { for (let i = 0; i < n; i++) peer.noop(); return n; } },
    { name: '`wh.abiVersion()`: returns a number', peerName: 'N-API no-op returning a number `peer.noop_u32()`',
      row: (n) => { let s = 0; for (let i = 0; i < n; i++) s += wh.abiVersion(); return s; },
      peer: (n) => { let s = 0; for (let i = 0; i < n; i++) s += peer.noop_u32(); return s; } },
    { name: '`wh.statsEnabled()`: returns a boolean', peerName: 'N-API no-op returning a boolean `peer.noop_bool()`',
      row: (n) => { let s = 0; for (let i = 0; i < n; i++) s += wh.statsEnabled() ? 1 : 0; return s; },
      peer: (n) => { let s = 0; for (let i = 0; i < n; i++) s += peer.noop_bool() ? 1 : 0; return s; } },
    { name: '`buf.size()`: a method (JS wrapper, brand check), the bigint handle resolved by the core',
      peerName: 'N-API no-op reading a bigint, returning a number `peer.noop_bigint_number(h)`',
      row: (n) => { let s = 0; for (let i = 0; i < n; i++) s += buf.size(); return s; },
      peer: (n) => { let s = 0; for (let i = 0; i < n; i++) s += peer.noop_bigint_number(h); return s; } },
  ], timing));
  const worst = Math.max(r[0].ratio, r[1].ratio, r[2].ratio);
  console.log(`\nB7 trivial core call / N-API no-op of the same shape: ${r.slice(0, 3).map((x) => fmtRatio(x.ratio)).join(', ')}; ` +
    `target <= 1.3x: ${worst <= 1.3 ? 'met' : 'NOT met'}.`);
  region.close();
}

// -- B8: views -------------------------------------------------------------------------
const KiB = 1024;
const MiB = 1024 * KiB;
const label = (s) => (s >= MiB ? `${s / MiB} MiB` : s >= KiB ? `${s / KiB} KiB` : `${s} B`);
if (ONLY.includes('b8')) {
  // The same package again, its views made by N-API: a copy of the staged
  // package is a second module (its own core), loaded with the switch set.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'weaveheap-napi-views-'));
  cpSync(path.resolve(args.package), dir, { recursive: true });
  process.env.WEAVEHEAP_NODE_NAPI_VIEWS = '1';
  const napi = require(dir);
  delete process.env.WEAVEHEAP_NODE_NAPI_VIEWS;
  rmSync(dir, { recursive: true, force: true });
  if (napi.backend.views !== 'napi') throw new Error(`the second copy makes ${napi.backend.views} views`);
  const packages = [[wh, wh.backend.views], [napi, 'napi']];

  // Views make garbage (an ArrayBuffer each) and their cost comes partly as
  // collections: longer samples average them (the A/A row shows the rest).
  const viewTiming = { ...timing, sampleMs: QUICK ? 10 : Math.max(timing.sampleMs, 40) };
  const SIZES = QUICK ? [64, 64 * KiB, MiB, 256 * MiB] : [64, 64 * KiB, MiB, 16 * MiB, 256 * MiB];
  let copies = 0;
  const countCopies = (pkg, run) => (n) => {
    const before = pkg.stats().copies;
    const s = run(n);
    copies += pkg.stats().copies - before;
    return s;
  };
  const unique = (pkg, buf) => countCopies(pkg, (n) => {
    let s = 0;
    for (let i = 0; i < n; i++) { const v = buf.view({ writable: true }); s += v[0]; v.close(); }
    return s;
  });
  const shared = (pkg, buf) => countCopies(pkg, (n) => {
    let s = 0;
    for (let i = 0; i < n; i++) { const v = buf.view(); s += v[0]; v.close(); }
    return s;
  });
  // One region per package with an object of each size (the core zeroes
  // lazily: untouched pages cost address space only).
  const objects = packages.map(([pkg]) => {
    const region = new pkg.Region();
    return { region, bufs: new Map(SIZES.map((s) => [s, region.alloc(s)])) };
  });

  const flat = [];
  packages.forEach(([pkg, how], k) => {
    const small = objects[k].bufs.get(64);
    const pairs = [];
    for (const size of SIZES.slice(1)) {
      const big = objects[k].bufs.get(size);
      pairs.push({ name: `unique view of ${label(size)}`, peerName: 'the same of 64 B', row: unique(pkg, big), peer: unique(pkg, small) });
      pairs.push({ name: `shared view of ${label(size)}`, peerName: 'the same of 64 B', row: shared(pkg, big), peer: shared(pkg, small) });
    }
    flat.push([how, printPairs(`B8: view + close, by size, against the same view of 64 B (views: ${how})`, comparePairs(pairs, viewTiming))]);
  });

  // The two ways against each other, at the smallest and the largest size.
  const ways = [];
  for (const size of [64, SIZES.at(-1)]) {
    ways.push({ name: `unique view of ${label(size)}, ${wh.backend.views}`, peerName: 'the same, napi',
      row: unique(wh, objects[0].bufs.get(size)), peer: unique(napi, objects[1].bufs.get(size)) });
    ways.push({ name: `shared view of ${label(size)}, ${wh.backend.views}`, peerName: 'the same, napi',
      row: shared(wh, objects[0].bufs.get(size)), peer: shared(napi, objects[1].bufs.get(size)) });
  }
  printPairs(`B8: a view's ArrayBuffer made by the V8 companion against N-API's`, comparePairs(ways, viewTiming));

  // Views against copies, and the two view designs (the peer module has one
  // window at a time: a table per size).
  for (const size of SIZES) {
    const buf = objects[0].bufs.get(size);
    const src = new Uint8Array(size).fill(7);
    const chunk = peer.window_setup(size);
    const view = unique(wh, buf);
    printPairs(`B8: a view of ${label(size)} against a copy, and the chunk-window design against the package's`, comparePairs([
      { name: `unique view + close, ${label(size)}`, peerName: '`Buffer.from(u8)`, a copy', row: view,
        peer: (n) => { let s = 0; for (let i = 0; i < n; i++) s += Buffer.from(src)[0]; return s; } },
      { name: `window: borrow + \`new Uint8Array(chunk, off, n)\` + release, ${label(size)}`,
        peerName: 'the unique view + close (one external ArrayBuffer per view)',
        row: (n) => { let s = 0; for (let i = 0; i < n; i++) { const off = peer.window_borrow(); s += new Uint8Array(chunk, off, size)[0]; peer.window_release(); } return s; },
        peer: view },
    ], viewTiming));
  }

  console.log('\n### B8 summary: the view of the largest object against the view of 64 B\n');
  console.log('| views | unique | shared | target (<= 2x) |');
  console.log('|---|---:|---:|---|');
  for (const [how, r] of flat) {
    const u = r.find((x) => x.name === `unique view of ${label(SIZES.at(-1))}`);
    const s = r.find((x) => x.name === `shared view of ${label(SIZES.at(-1))}`);
    console.log(`| ${how} | ${fmtRatio(u.ratio)} (${ns(u.row)} vs ${ns(u.peer)}) | ${fmtRatio(s.ratio)} (${ns(s.row)} vs ${ns(s.peer)}) | ` +
      `${Math.max(u.ratio, s.ratio) <= 2 ? 'met' : 'missed'} |`);
  }
  console.log(`\nCopies counted by the cores while views were made, used and closed: ${copies}` +
    (copies === 0 ? ' (zero-copy)' : ' (NOT zero-copy)'));
  for (const o of objects) o.region.close();
}
keep();
