// B10 (../../../shared/BENCHMARKS.md): WeaveHeap's core module in Node.
//   1. a trivial call from JS into the core module, through the generated
//      glue, against a bare exported no-op (target <= 1.2x);
//   2. copying bytes into linear memory, against TypedArray.set into a plain
//      ArrayBuffer (target >= 0.9x its bandwidth).
// Peers run in the same process, interleaved in a rotating order after a
// warm-up, on warm memory; each row prints its median and its fastest sample
// and the ratio of its median to the table's peer row's. Not a test.
//   node bench/wasm/bench.mjs --wasm-dir <build>/wasm --noop <build>/bench/wasm/noop.wasm
//        [--rounds 11] [--sample-ms 5] [--quick]
// Short samples, many rounds: on a loaded machine a sample that the scheduler
// interrupted is an outlier the median leaves out.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
};
const wasmDir = opt("wasm-dir", "build/wasm");
const noopFile = opt("noop", "build/bench/wasm/noop.wasm");
const ROUNDS = Number(opt("rounds", 11));
const QUICK = args.includes("--quick");
const SAMPLE_NS = Number(opt("sample-ms", QUICK ? 2 : 5)) * 1e6;

const glue = await import(pathToFileURL(path.join(wasmDir, "weaveheap.mjs")));
const wh = await glue.load(await readFile(path.join(wasmDir, "weaveheap.wasm")));
const noopModule = await WebAssembly.instantiate(await readFile(noopFile));
const { noop, noop_i64: noopI64 } = noopModule.instance.exports;
const e = wh.backend.exports;
const memory = wh.backend.memory;

let sink = 0;
/* Each row's loop keeps its own accumulator and returns it: no state shared
 * between rows' closures, so one row cannot deoptimise another. */
function elapsed(fn, n) {
    const t0 = process.hrtime.bigint();
    sink ^= fn(n);
    return Number(process.hrtime.bigint() - t0);
}

/* Iterations that take about SAMPLE_NS. */
function calibrate(fn) {
    let n = 1;
    for (;;) {
        const t = elapsed(fn, n);
        if (t > SAMPLE_NS / 10 || n >= 1 << 30) return Math.max(1, Math.round((n * SAMPLE_NS) / Math.max(t, 1)));
        n *= 4;
    }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/* Runs every row ROUNDS times in a rotating order; ns per operation. */
function table(rows) {
    const iters = rows.map((r) => {
        r.fn(1);                      // warm-up and a check
        return calibrate(r.fn);
    });
    const samples = rows.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
        for (let k = 0; k < rows.length; k++) {
            const i = (round + k) % rows.length;
            samples[i].push(elapsed(rows[i].fn, iters[i]) / iters[i]);
        }
    }
    return rows.map((r, i) => ({ name: r.name, median: median(samples[i]), min: Math.min(...samples[i]) }));
}

function print(title, results, { unit = "ns", peer = 0, scale = (x) => x, invert = false, target = "" } = {}) {
    console.log(`\n${title}`);
    const best = invert ? "best" : "min";   // the fastest sample: the smallest time, the highest bandwidth
    console.log(`${"".padEnd(56)} ${"median".padStart(10)} ${best.padStart(10)} ${"ratio".padStart(7)}`);
    const base = results[peer].median;
    for (const r of results) {
        const ratio = invert ? base / r.median : r.median / base;
        console.log(`${r.name.padEnd(56)} ${scale(r.median).toFixed(2).padStart(10)} ${scale(r.min).toFixed(2).padStart(10)} ` +
                    `${ratio.toFixed(2).padStart(6)}x`);
    }
    if (target) console.log(`(${unit}; ratio to "${results[peer].name}"; target ${target})`);
}

/* -- 1. trivial calls ----------------------------------------------------- */
const region = new wh.Region();
const small = region.alloc(64);
const ERR = e.malloc(8);
new Uint8Array(e.memory.buffer).fill(0, ERR, ERR + 8);
const calls = table([
    { name: "bare exported no-op (the floor)",
      fn: (n) => { let s = 0; for (let i = 0; i < n; i++) s = (s + noop()) | 0; return s; } },
    { name: "core export, called raw (weaveheap_stats_enabled)",
      fn: (n) => { let s = 0; for (let i = 0; i < n; i++) s = (s + e.weaveheap_stats_enabled()) | 0; return s; } },
    { name: "glue: wh.statsEnabled()",
      fn: (n) => { let s = 0; for (let i = 0; i < n; i++) s = (s + (wh.statsEnabled() ? 1 : 0)) | 0; return s; } },
    { name: "glue: wh.versionNumber()",
      fn: (n) => { let s = 0; for (let i = 0; i < n; i++) s = (s + wh.versionNumber()) | 0; return s; } },
]);
print("B10a. A trivial call from JS into the core module (ns per call)", calls,
      { target: "<= 1.20x for the glue" });

const h = small.handle;
const fallible = table([
    { name: "bare exported no-op (i64, i32) -> i64 (the floor)",
      fn: (n) => { let s = 0; for (let i = 0; i < n; i++) s = (s + Number(noopI64(h, ERR))) | 0; return s; } },
    { name: "core export raw: weaveheap_buffer_size + error check",
      fn: (n) => {
          const i32 = new Int32Array(e.memory.buffer);
          let s = 0;
          for (let i = 0; i < n; i++) {
              s = (s + Number(e.weaveheap_buffer_size(h, ERR))) | 0;
              if (i32[ERR >> 2] !== 0) throw new Error("buffer_size failed");
          }
          return s;
      } },
    { name: "glue: buffer.size()",
      fn: (n) => { let s = 0; for (let i = 0; i < n; i++) s = (s + small.size()) | 0; return s; } },
]);
print("B10a'. A fallible call with a handle (ns per call): the core resolves the handle", fallible,
      { target: "none (the glue's error check against the raw call)" });

/* -- 2. copies into linear memory ----------------------------------------- */
const sizes = QUICK ? [64, 65536, 1 << 20] : [64, 4096, 65536, 1 << 20, 16 << 20];
const big = new wh.Region();
const target = big.alloc(sizes.at(-1));
const plain = new Uint8Array(new ArrayBuffer(sizes.at(-1) + 4096));
const srcAll = new Uint8Array(sizes.at(-1));
for (let i = 0; i < srcAll.length; i++) srcAll[i] = (i * 31) & 0xff;
const address = wh.backend.coreAddressOf(target);
// The peer writes at the same offset in its page as the buffer lies in
// linear memory: copies whose source and destination alias differently
// modulo 4 KiB run at different speeds on x86, whatever the memory.
const pageOffset = address % 4096;
// touch everything once: warm memory for every contender
new Uint8Array(memory.buffer).fill(1, address, address + sizes.at(-1));
plain.fill(1);
target.write(0, srcAll);

const summary = [];
for (const size of sizes) {
    const src = srcAll.subarray(0, size);
    const copiesBefore = big.stats().copies;
    let viewCopies = 0;
    const rows = table([
        { name: "TypedArray.set into a plain ArrayBuffer (peer)",
          fn: (n) => { for (let i = 0; i < n; i++) plain.set(src, pageOffset); return n; } },
        { name: "TypedArray.set into linear memory", fn: (n) => {
            const mem = new Uint8Array(memory.buffer);
            for (let i = 0; i < n; i++) mem.set(src, address);
            return n;
        } },
        { name: "glue: view({ writable: true }), view.set, close", fn: (n) => {
            const before = big.stats().copies;
            for (let i = 0; i < n; i++) {
                const v = target.view({ writable: true });
                v.set(src);
                v.close();
            }
            viewCopies += big.stats().copies - before;
            return n;
        } },
        { name: "glue: buffer.write (argument copy + core memcpy)",
          fn: (n) => { for (let i = 0; i < n; i++) target.write(0, src); return n; } },
    ]);
    if (viewCopies !== 0) throw new Error(`views counted ${viewCopies} copies: not zero-copy`);
    void copiesBefore;
    const gbps = (ns) => size / ns;  // bytes per ns = GB/s
    print(`B10b. Copying ${size >= 1 << 20 ? `${size >> 20} MiB` : size >= 1024 ? `${size >> 10} KiB` : `${size} B`} ` +
          "into linear memory (GB/s)", rows, { unit: "GB/s", scale: gbps, invert: true, target: ">= 0.90x bandwidth" });
    summary.push([size, rows.map((r) => rows[0].median / r.median)]);
}

console.log("\nSummary (bandwidth ratio to TypedArray.set into a plain ArrayBuffer):");
console.log("size        set-into-memory   view.bytes.set   buffer.write");
for (const [size, r] of summary) {
    console.log(`${String(size).padEnd(12)}${r[1].toFixed(2).padStart(15)}x${r[2].toFixed(2).padStart(16)}x${r[3].toFixed(2).padStart(14)}x`);
}
console.log(`trivial call: glue/no-op ${(calls[2].median / calls[0].median).toFixed(2)}x, raw export/no-op ` +
            `${(calls[1].median / calls[0].median).toFixed(2)}x`);
if (sink === 0.5) console.log(sink);   // keeps every loop's result alive
region.close();
big.close();
