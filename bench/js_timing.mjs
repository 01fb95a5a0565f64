// The JavaScript benchmarks' one way of timing (bench/node/run.mjs,
// bench/wasm/bench.mjs, bench/js_before_after.mjs): each row is measured
// against its peer, back to back, in the same round, for many rounds.
//
// - Time is the process's CPU time (process.cpuUsage, user + system, every
//   thread: V8's garbage collector and compiler threads count, as they are
//   part of the cost). On a shared machine the scheduler gives other
//   processes this one's CPU; wall-clock samples then swing by 2x, CPU time
//   much less.
// - The ratio of a row is the median of its per-round ratios (row / peer,
//   both measured in the same round, in alternating order), not a ratio of
//   medians: whatever slowed a round slowed both sides.
// - Rounds interleave every pair of a table (round r runs each pair once,
//   starting from a different pair each round), after a warm-up of each.
// - Each table has an A/A pair: the peer of its first row against a second
//   copy of itself. Its spread is the noise floor of that table.
//
// A row's function `fn(n)` does n operations and returns a number (kept, so
// nothing is optimised away); each side's iteration count is calibrated so
// that its sample takes about `sampleMs` of CPU.

export const cpuNs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
};

let sink = 0;
function time(fn, n) {
  const t0 = cpuNs();
  sink ^= fn(n) | 0;
  return cpuNs() - t0;
}

// The count of operations a sample needs. Calibrated by the wall clock and
// three times, keeping the largest count: a pass that ran while V8 compiled
// the function on another thread (CPU time of the process counts that
// thread), or collected, or while the scheduler preempted us, sees too few
// operations per millisecond, and samples of a handful of operations measure
// the clock, not the row.
const wallNs = () => Number(process.hrtime.bigint());
function calibrate(fn, sampleNs) {
  let best = 1;
  for (let pass = 0; pass < 3; pass++) {
    for (let n = 1; ; n *= 4) {
      const t0 = wallNs();
      sink ^= fn(n) | 0;
      const t = wallNs() - t0;
      if (t > sampleNs / 8 || n >= 1 << 28) {
        best = Math.max(best, Math.round((n * sampleNs) / Math.max(t, 1)));
        break;
      }
    }
  }
  return best;
}

const sorted = (xs) => [...xs].sort((a, b) => a - b);
export const median = (xs) => sorted(xs)[xs.length >> 1];
const quartiles = (xs) => {
  const s = sorted(xs);
  return [s[Math.floor((s.length - 1) / 4)], s[Math.ceil((3 * (s.length - 1)) / 4)]];
};

/**
 * pairs: [{ name, row(n), peer(n), peerName }]. Returns, per pair, the
 * median ns per operation of the row and of the peer (CPU time), the median
 * of the per-round ratios row/peer and its quartiles; and the A/A pair's.
 */
export function comparePairs(pairs, { rounds = 31, sampleMs = 10, warmups = 3 } = {}) {
  const sampleNs = sampleMs * 1e6;
  // The A/A pair: the first peer against a fresh copy of its own code.
  const first = pairs[0];
  const twin = new Function('peer', 'return (n) => peer(n);')(first.peer);
  const all = [...pairs, { name: 'A/A: the peer against itself (the noise floor)', row: twin, peer: first.peer, aa: true }];
  for (const p of all) {
    p.row(1);
    p.peer(1);
    // each side its own count, so that both samples last about sampleMs
    // (a view of 256 MiB against one of 64 B: a few against thousands)
    p.nr = calibrate(p.row, sampleNs);
    p.np = calibrate(p.peer, sampleNs);
    for (let k = 0; k < warmups; k++) { time(p.row, p.nr); time(p.peer, p.np); }
    p.rows = [];
    p.peers = [];
    p.ratios = [];
  }
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < all.length; k++) {
      const p = all[(r + k) % all.length];
      let tr, tp;
      if ((r + k) & 1) { tp = time(p.peer, p.np); tr = time(p.row, p.nr); } else { tr = time(p.row, p.nr); tp = time(p.peer, p.np); }
      p.rows.push(tr / p.nr);
      p.peers.push(tp / p.np);
      p.ratios.push((tr / p.nr) / (tp / p.np));
    }
  }
  return all.map((p) => ({
    name: p.name,
    peerName: p.peerName,
    aa: !!p.aa,
    row: median(p.rows),
    peer: median(p.peers),
    ratio: median(p.ratios),
    spread: quartiles(p.ratios),
  }));
}

export function ns(x) {
  if (x >= 1e6) return `${(x / 1e6).toFixed(2)} ms`;
  if (x >= 1e3) return `${(x / 1e3).toFixed(2)} us`;
  return `${x.toFixed(1)} ns`;
}

export const fmtRatio = (x) => `${x < 0.1 ? x.toPrecision(2) : x.toFixed(2)}x`;

/** A Markdown table of comparePairs' results. */
export function printPairs(title, results, { unit = 'time', bytes = 0 } = {}) {
  console.log(`\n### ${title}\n`);
  if (unit === 'bandwidth') {
    console.log('| row | GB/s | peer | peer GB/s | bandwidth ratio (median of rounds) | quartiles |');
    console.log('|---|---:|---|---:|---:|---|');
    for (const r of results) {
      const q = r.spread.map((x) => (1 / x).toFixed(2)).reverse().join('-');
      console.log(`| ${r.name} | ${(bytes / r.row).toFixed(2)} | ${r.aa ? 'itself' : r.peerName} | ${(bytes / r.peer).toFixed(2)} | ` +
        `**${fmtRatio(1 / r.ratio)}** | ${q} |`);
    }
  } else {
    console.log('| row | CPU time | peer | peer CPU time | ratio (median of rounds) | quartiles |');
    console.log('|---|---:|---|---:|---:|---|');
    for (const r of results) {
      console.log(`| ${r.name} | ${ns(r.row)} | ${r.aa ? 'itself' : r.peerName} | ${ns(r.peer)} | ` +
        `**${fmtRatio(r.ratio)}** | ${r.spread.map((x) => x.toFixed(2)).join('-')} |`);
    }
  }
  return results;
}

export function keep() {
  if (sink === 0.5) console.log(sink);
}
