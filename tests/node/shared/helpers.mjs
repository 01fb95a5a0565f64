// Shared by the suites: typed-error assertions that also prove a failed call
// changed nothing.
import assert from 'node:assert/strict';
import { wh, which } from './backend.mjs';

// The counters that describe state (objects, bytes, borrows, copies). The
// misuse counters (staleRejected, borrowConflicts) count refusals by design,
// so they are left out: a refusal must change everything else not at all.
export const STATE = ['allocations', 'releases', 'bytesAllocated', 'bytesLive', 'bytesReserved',
  'borrowsTaken', 'borrowsActive', 'copies', 'copyBytes', 'regionsLive'];

export function state(region) {
  const s = region ? region.stats() : wh.stats();
  const out = {};
  for (const k of STATE) out[k] = s[k];
  return out;
}

// Asserts that fn() throws exactly the class `Cls` (a WeaveHeapError with the
// class's code), with a message matching `re` when given, and that neither
// the process's counters nor those of `regions` moved.
export function throwsUnchanged(fn, Cls, re, ...regions) {
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

export function copies() {
  const s = wh.stats();
  return [s.copies, s.copyBytes];
}

export const MiB = 1024 * 1024;
export { wh, which, assert };
