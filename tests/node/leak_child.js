'use strict';
// Run by the suites in a fresh process (node --expose-gc leak_child.js CASE):
// repeats one operation after a warm-up and prints how much the resident set
// grew, in MiB. A fresh process matters: memory other tests freed would hide
// a leak by being reused.
const wh = require('weaveheap');

const MiB = 1024 * 1024;
const region = new wh.Region();

const cases = {
  // string.dup's C string is freed by the glue.
  string_dup: () => {
    const s = region.string('x'.repeat(64 * 1024));
    return [200, 3000, () => s.dup()];
  },
  // bytes.dup's small results are copied and freed at once...
  bytes_dup_small: () => {
    const b = region.bytes(new Uint8Array(60 * 1024).fill(1));
    return [200, 3000, () => b.dup()];
  },
  // ...large ones adopted, and freed when collected.
  bytes_dup_large: () => {
    const b = region.bytes(new Uint8Array(MiB).fill(2));
    let n = 0;
    return [20, 300, () => { b.dup(); if (++n % 50 === 0) global.gc(); }];
  },
  // Every failing call's message is freed after it is thrown.
  error_message: () => {
    const b = wh.WeaveHeapBuffer.fromHandle(0x2000000000abcdefn);
    return [50000, 300000, () => { try { b.size(); } catch { /* ForgedHandleError */ } }];
  },
  // Views: the state, the external and the ArrayBuffer of each. Node frees
  // a detached external buffer's bookkeeping from the event loop, so the loop
  // yields now and then, as a program does.
  view: () => {
    const b = region.alloc(4096);
    return [20000, 200000, () => b.view().close(), 1000];
  },
};

// Collects until the resident set stops shrinking: V8 frees ArrayBuffer
// memory on a background thread, and Node runs external buffers' finalizers
// from the event loop after that, so one gc() is not the end of it.
async function settle() {
  let last = Infinity;
  let steady = 0;
  for (let i = 0; i < 60 && steady < 3; i++) {
    global.gc();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const now = process.memoryUsage().rss;
    steady = now >= last ? steady + 1 : 0;
    last = Math.min(last, now);
  }
  return last;
}

(async () => {
  const [warm, count, op, yieldEvery = Infinity] = cases[process.argv[2]]();
  const run = async (n) => {
    for (let i = 1; i <= n; i++) {
      op();
      if (i % yieldEvery === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await run(warm);
  const before = await settle();
  await run(count);
  const after = await settle();
  console.log(JSON.stringify({ case: process.argv[2], count, grownMiB: (after - before) / MiB }));
})();
