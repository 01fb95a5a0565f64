// B12's JavaScript timing, shared by run.mjs (Node.js) and run_wasm.mjs
// (WebAssembly): every row of a size makes the same number of calls with
// the same loop code; each round times every row once, in a rotating
// order, by the process's CPU time (bench/js_timing.mjs's clock).
import { cpuNs } from '../js_timing.mjs';

let sink = 0;

// n calls of f(x), the same code for every row
export const loopOf = (f) => (n, x) => {
  let s = 0;
  for (let i = 0; i < n; i++) s ^= f(x);
  return s;
};

export const sizeName = (n) => (n >= 1 << 20 ? `${n >> 20} MiB` : n >= 1024 ? `${n >> 10} KiB` : `${n} B`);

/**
 * rows: { name: [loop(n, x), x] }, each made by loopOf. The number of calls
 * is the one that makes `reference`'s row last >= 30 ms (>= 3 calls); after
 * one warm-up of each row, `rounds` rounds. Returns { calls, per: { name:
 * [ns per call, a round each] } }.
 */
export function timeRows(rows, reference, rounds) {
  let calls = 3;
  for (;;) {
    const [fn, x] = rows[reference];
    const t0 = cpuNs();
    sink ^= fn(calls, x);
    if (cpuNs() - t0 >= 30e6) break;
    calls *= 2;
  }
  const names = Object.keys(rows);
  for (const [fn, x] of Object.values(rows)) sink ^= fn(calls, x);   // warm-up
  const per = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(r + k) % names.length];
      const [fn, x] = rows[name];
      const t0 = cpuNs();
      sink ^= fn(calls, x);
      per[name].push((cpuNs() - t0) / calls);
    }
  }
  return { calls, per };
}

export function keep() {
  if (sink === 0.5) console.log(sink);
}
