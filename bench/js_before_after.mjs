// The one-JavaScript-API port (branch port-js) against main at 92739dc, in one
// Node process: the old and the new Node.js package (each its own N-API
// module and static core) and the old and the new wasm glue (each its own
// instance), the same work per row in each API's spelling. Rows alternate
// old/new back to back for many rounds; the ratio is the median of the
// per-round ratios, and time is the process's CPU time (process.cpuUsage):
// on a shared machine, other processes preempting this one do not count.
// Not a test; bench/node/RESULTS.md and bench/wasm/RESULTS.md record it.
//   node --expose-gc bench/js_before_after.mjs --before <old tree's build> --after <build>
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({ options: { before: { type: 'string' }, after: { type: 'string' } } });
if (!args.before || !args.after) throw new Error('usage: --before <build dir of main> --after <build dir>');
const require = createRequire(import.meta.url);

function compare(title, rows, { rounds = 41, sampleNs = 20e6 } = {}) {
  let sink = 0;
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) * 1000; };
  const time = (fn, n) => { const t0 = cpu(); sink ^= fn(n) | 0; return cpu() - t0; };
  const calibrate = (fn) => {
    for (let n = 1; ; n *= 4) {
      const t = time(fn, n);
      if (t > sampleNs / 10 || n >= 1 << 28) return Math.max(1, Math.round((n * sampleNs) / Math.max(t, 1)));
    }
  };
  const med = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
  const f = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} us` : `${x.toFixed(1)} ns`);
  console.log(`\n### ${title}\n\n| row | before (main) | after (port-js) | after / before |\n|---|---:|---:|---:|`);
  for (const r of rows) {
    r.a(1);
    r.b(1);
    const n = Math.min(calibrate(r.a), calibrate(r.b));
    for (let k = 0; k < 5; k++) { time(r.a, n); time(r.b, n); }
    const sa = [], sb = [], ratio = [];
    for (let k = 0; k < rounds; k++) {
      let ta, tb;
      if (k & 1) { tb = time(r.b, n); ta = time(r.a, n); } else { ta = time(r.a, n); tb = time(r.b, n); }
      sa.push(ta / n);
      sb.push(tb / n);
      ratio.push(tb / ta);
    }
    console.log(`| ${r.name} | ${f(med(sa))} | ${f(med(sb))} | ${med(ratio).toFixed(2)}x |`);
  }
  if (sink === 0.5) console.log(sink);
}

// -- Node.js (N-API) ----------------------------------------------------------------
const A = require(path.resolve(args.before, 'bindings/node/package'));
const B = require(path.resolve(args.after, 'bindings/node/package'));
{
  const ra = new A.Region(), rb = new B.Region();
  const pa = new A.Region(), pb = new B.Region();
  const ba = ra.alloc(64), bb = rb.alloc(64);
  const u8 = new Uint8Array(64).fill(3), dst = new Uint8Array(64);
  compare('Node.js (N-API): calls', [
    { name: 'publishStop() (trivial, the native function itself)', a: (n) => { for (let i = 0; i < n; i++) A.publishStop(); return n; }, b: (n) => { for (let i = 0; i < n; i++) B.publishStop(); return n; } },
    { name: 'abiVersion()', a: (n) => { let s = 0; for (let i = 0; i < n; i++) s += A.abiVersion(); return s; }, b: (n) => { let s = 0; for (let i = 0; i < n; i++) s += B.abiVersion(); return s; } },
    { name: 'buf.size()', a: (n) => { let s = 0; for (let i = 0; i < n; i++) s += ba.size(); return s; }, b: (n) => { let s = 0; for (let i = 0; i < n; i++) s += bb.size(); return s; } },
    { name: 'buf.write(0, 64 B)', a: (n) => { for (let i = 0; i < n; i++) ba.write(0, u8); return n; }, b: (n) => { for (let i = 0; i < n; i++) bb.write(0, u8); return n; } },
    { name: 'buf.read(0, 64 B)', a: (n) => { for (let i = 0; i < n; i++) ba.read(0, dst); return n; }, b: (n) => { for (let i = 0; i < n; i++) bb.read(0, dst); return n; } },
    { name: 'region.alloc(64) + close()', a: (n) => { for (let i = 0; i < n; i++) pa.alloc(64).close(); pa.reset(); return n; }, b: (n) => { for (let i = 0; i < n; i++) pb.alloc(64).close(); pb.reset(); return n; } },
  ]);
  for (const size of [64, 1 << 20]) {
    const va = ra.alloc(size), vb = rb.alloc(size);
    compare(`Node.js (N-API): a view of ${size >= 1024 ? `${size >> 10} KiB` : `${size} B`}`, [
      { name: 'unique view + close() (main: view(); port-js: view({ writable: true }))', a: (n) => { let s = 0; for (let i = 0; i < n; i++) { const v = va.view(); s += v[0]; v.close(); } return s; }, b: (n) => { let s = 0; for (let i = 0; i < n; i++) { const v = vb.view({ writable: true }); s += v[0]; v.close(); } return s; } },
      { name: 'shared view + close() (main: view({ shared: true }); port-js: view())', a: (n) => { let s = 0; for (let i = 0; i < n; i++) { const v = va.view({ shared: true }); s += v[0]; v.close(); } return s; }, b: (n) => { let s = 0; for (let i = 0; i < n; i++) { const v = vb.view(); s += v[0]; v.close(); } return s; } },
    ], { rounds: 31 });
  }
  ra.close(); rb.close(); pa.close(); pb.close();
}

// -- WebAssembly glue ----------------------------------------------------------------
const wasm = async (dir) => (await import(pathToFileURL(path.resolve(dir, 'wasm/weaveheap.mjs')).href))
  .load(await readFile(path.resolve(dir, 'wasm/weaveheap.wasm')));
const C = await wasm(args.before), D = await wasm(args.after);
{
  const rc = C.region.create(), rd = new D.Region();
  const pc = C.region.create(), pd = new D.Region();
  const sc = C.buffer.alloc(rc, 64), sd = rd.alloc(64);
  compare('WebAssembly glue: calls', [
    { name: 'statsEnabled() (main: wh.stats.enabled())', a: (n) => { let s = 0; for (let i = 0; i < n; i++) s += C.stats.enabled() ? 1 : 0; return s; }, b: (n) => { let s = 0; for (let i = 0; i < n; i++) s += D.statsEnabled() ? 1 : 0; return s; } },
    { name: 'buf.size() (main: wh.buffer.size(buf))', a: (n) => { let s = 0; for (let i = 0; i < n; i++) s += C.buffer.size(sc); return s; }, b: (n) => { let s = 0; for (let i = 0; i < n; i++) s += sd.size(); return s; } },
    { name: 'region.alloc(64) + close() (main: buffer.alloc + release)', a: (n) => { for (let i = 0; i < n; i++) C.buffer.release(C.buffer.alloc(pc, 64)); C.region.reset(pc); return n; }, b: (n) => { for (let i = 0; i < n; i++) pd.alloc(64).close(); pd.reset(); return n; } },
  ]);
  for (const size of [64, 4096, 65536, 1 << 20]) {
    const src = new Uint8Array(size).fill(7);
    const tc = C.buffer.alloc(rc, size), td = rd.alloc(size);
    const mem = new Uint8Array(D.backend.memory.buffer);
    compare(`WebAssembly glue: ${size} B`, [
      { name: 'unique view, set(src), close (main: borrow.unique, view.bytes.set, release)', a: (n) => { for (let i = 0; i < n; i++) { const v = C.borrow.unique(tc); v.bytes.set(src); v.release(); } return n; }, b: (n) => { for (let i = 0; i < n; i++) { const v = td.view({ writable: true }); v.set(src); v.close(); } return n; } },
      { name: 'shared view, read a byte, close', a: (n) => { let s = 0; for (let i = 0; i < n; i++) { const v = C.borrow.shared(tc); s += v.bytes[0]; v.release(); } return s; }, b: (n) => { let s = 0; for (let i = 0; i < n; i++) { const v = td.view(); s += v[0]; v.close(); } return s; } },
      { name: 'buffer.write(0, src)', a: (n) => { for (let i = 0; i < n; i++) C.buffer.write(tc, 0, src); return n; }, b: (n) => { for (let i = 0; i < n; i++) td.write(0, src); return n; } },
      { name: '(peer, both columns) TypedArray.set into linear memory', a: (n) => { for (let i = 0; i < n; i++) mem.set(src, 4096); return n; }, b: (n) => { for (let i = 0; i < n; i++) mem.set(src, 4096); return n; } },
    ]);
  }
}
