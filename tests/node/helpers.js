'use strict';
// Shared by the suites: typed-error assertions that also prove a failed call
// changed nothing, and memory sampling for the leak checks.
const assert = require('node:assert/strict');
const wh = require('weaveheap');

// The counters that describe state (objects, bytes, borrows, copies). The
// misuse counters (staleRejected, borrowConflicts) count refusals by design,
// so they are left out: a refusal must change everything else not at all.
const STATE = ['allocations', 'releases', 'bytesAllocated', 'bytesLive', 'bytesReserved',
  'borrowsTaken', 'borrowsActive', 'copies', 'copyBytes', 'regionsLive'];

function state(region) {
  const s = region ? region.stats() : wh.stats();
  const out = {};
  for (const k of STATE) out[k] = s[k];
  return out;
}

// Asserts that fn() throws exactly the class `Cls` (a WeaveHeapError with the
// class's code), with a message matching `re` when given, and that neither
// the process's counters nor those of `regions` moved.
function throwsUnchanged(fn, Cls, re, ...regions) {
  const before = [state(), ...regions.map((r) => state(r))];
  let thrown;
  assert.throws(fn, (e) => {
    thrown = e;
    return true;
  });
  assert.ok(thrown instanceof Cls,
    `expected ${Cls.name}, got ${thrown && thrown.name}: ${thrown && thrown.message}`);
  assert.ok(thrown instanceof wh.WeaveHeapError, `${thrown.name} is not a WeaveHeapError`);
  assert.equal(thrown.constructor, Cls, `expected exactly ${Cls.name}, got ${thrown.constructor.name}`);
  assert.equal(thrown.code, Cls.prototype.code);
  assert.equal(thrown.name, Cls.name);
  if (re) assert.match(thrown.message, re);
  const after = [state(), ...regions.map((r) => state(r))];
  assert.deepEqual(after, before, `${Cls.name} changed the counters`);
  return thrown;
}

function requireGc() {
  assert.equal(typeof global.gc, 'function', 'run with node --expose-gc (ctest does)');
  return global.gc;
}

// Collects garbage until `done()` holds (or `rounds` tries pass). V8 frees
// ArrayBuffer memory on a background thread after a collection, and Node runs
// the finalizers of external ArrayBuffers from the event loop after that: a
// few gc() and setImmediate turns are not always enough on a loaded machine.
async function collect(done = () => false, rounds = 50) {
  const gc = requireGc();
  for (let i = 0; i < rounds; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, i < 3 ? 0 : 10));
    if (done()) return true;
  }
  return false;
}

// The resident set once it has stopped shrinking (see collect()).
async function rss() {
  let last = Infinity;
  let steady = 0;
  await collect(() => {
    const now = process.memoryUsage().rss;
    steady = now >= last ? steady + 1 : 0;
    last = Math.min(last, now);
    return steady >= 3;
  }, 60);
  return last;
}

const MiB = 1024 * 1024;

// How leak_child.js is spawned. A fixed mmap threshold keeps glibc from
// moving large blocks into the heap after the first frees (its dynamic
// threshold), where one small live block above them would keep freed memory
// resident and look like a leak; small blocks (messages, view states) still
// come from the heap, where a real leak shows.
const LEAK_CHILD = {
  encoding: 'utf8',
  env: { ...process.env, GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=131072' },
};

module.exports = { LEAK_CHILD, wh, assert, state, throwsUnchanged, requireGc, collect, rss, MiB, STATE };
