// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
// The misuse matrix (misuse.py) against the built package: one test per
// case. Each makes what the call needs, puts the target in the misused
// state, and asserts that the call throws exactly the class the IDL names,
// that the process-wide counters did not move but the case's own (by one),
// and that the target's bytes are as they were. Run on both backends
// (WEAVEHEAP_JS_BACKEND=napi|wasm, ./backend.mjs). Every case is expressible
// in JavaScript: none is left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wh } from './backend.mjs';

// What a test made: closed (views) and destroyed (regions) after it, also
// when it failed half way.
let alive = [];
function track(x) {
  if (x !== null && typeof x === 'object' && typeof x.close === 'function') alive.push(x);
  return x;
}
function cleanup() {
  for (const x of alive.reverse()) {
    try { x.close(); } catch { /* already closed, or its region is gone */ }
  }
  alive = [];
}

// The bytes of memory objects, read through shared views (no copy counted).
function remember(...objs) {
  return objs.map((o) => {
    const v = o.view();
    try {
      return [...v];
    } finally {
      v.close();
    }
  });
}

function unchanged(before, ...objs) {
  assert.deepEqual(remember(...objs), before, 'the bytes of the objects');
}

// The call throws exactly Cls (naming `named`, the parameter a null was
// given for, when not ''), and the process-wide counters did not move but
// `counter`, by one.
function misuse(call, Cls, counter, named) {
  const before = wh.stats();
  let thrown;
  try {
    track(call());
  } catch (e) {
    thrown = e;
  }
  const after = wh.stats();
  assert.ok(thrown !== undefined, `no error: expected ${Cls.name}`);
  assert.equal(thrown.constructor, Cls, `expected ${Cls.name}, got ${thrown.name}: ${thrown.message}`);
  assert.ok(thrown.message, 'an error has a message');
  if (named) assert.ok(thrown.message.includes(`'${named}'`), `the message does not name '${named}': ${thrown.message}`);
  for (const k of Object.keys(before)) {
    assert.equal(after[k], before[k] + (k === counter ? 1 : 0), `counter ${k}`);
  }
}

// the object was closed and its slot now holds a newer object
test('region_destroy_region_reused', () => {
  try {
    const region = track(new wh.Region());
    region.close();
    const newer = track(new wh.Region());
    const again = wh.Region.fromHandle(region.handle);
    misuse(() => again.close(), wh.ReusedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('region_destroy_region_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Region.fromHandle(2305843004918726657n);
    misuse(() => recv.close(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('region_destroy_region_wrong_kind_buffer', () => {
  try {
    const region = track(new wh.Region());
    const other = region.alloc(16, { align: 16 });
    other.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const recv = wh.Region.fromHandle(other.handle);
    const before = remember(other);
    misuse(() => recv.close(), wh.WrongKindError, 'staleRejected', '');
    unchanged(before, other);
  } finally {
    cleanup();
  }
});

// a second wrapper of an already released handle is closed
test('region_destroy_region_double_release', () => {
  try {
    const region = track(new wh.Region());
    region.close();
    const again = wh.Region.fromHandle(region.handle);
    misuse(() => again.close(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('region_destroy_region_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Region.prototype.close.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('region_destroy_region_while_borrowed_shared', () => {
  try {
    const region = track(new wh.Region());
    const viewed = region.alloc(16, { align: 16 });
    viewed.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const before = remember(viewed);
    const held = track(viewed.view());
    misuse(() => region.close(), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, viewed);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('region_reset_region_stale', () => {
  try {
    const region = track(new wh.Region());
    region.close();
    misuse(() => region.reset(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('region_reset_region_reused', () => {
  try {
    const region = track(new wh.Region());
    region.close();
    const newer = track(new wh.Region());
    misuse(() => region.reset(), wh.ReusedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('region_reset_region_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Region.fromHandle(2305843004918726657n);
    misuse(() => recv.reset(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('region_reset_region_wrong_kind_buffer', () => {
  try {
    const region = track(new wh.Region());
    const other = region.alloc(16, { align: 16 });
    other.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const recv = wh.Region.fromHandle(other.handle);
    const before = remember(other);
    misuse(() => recv.reset(), wh.WrongKindError, 'staleRejected', '');
    unchanged(before, other);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('region_reset_region_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Region.prototype.reset.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('region_reset_region_while_borrowed_shared', () => {
  try {
    const region = track(new wh.Region());
    const viewed = region.alloc(16, { align: 16 });
    viewed.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const before = remember(viewed);
    const held = track(viewed.view());
    misuse(() => region.reset(), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, viewed);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('region_stats_region_stale', () => {
  try {
    const region = track(new wh.Region());
    region.close();
    misuse(() => region.stats(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('region_stats_region_reused', () => {
  try {
    const region = track(new wh.Region());
    region.close();
    const newer = track(new wh.Region());
    misuse(() => region.stats(), wh.ReusedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('region_stats_region_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Region.fromHandle(2305843004918726657n);
    misuse(() => recv.stats(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('region_stats_region_wrong_kind_buffer', () => {
  try {
    const region = track(new wh.Region());
    const other = region.alloc(16, { align: 16 });
    other.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const recv = wh.Region.fromHandle(other.handle);
    const before = remember(other);
    misuse(() => recv.stats(), wh.WrongKindError, 'staleRejected', '');
    unchanged(before, other);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('region_stats_region_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Region.prototype.stats.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('buffer_alloc_region_stale', () => {
  try {
    const region = track(new wh.Region());
    region.close();
    misuse(() => region.alloc(16, { align: 16 }), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('buffer_alloc_region_reused', () => {
  try {
    const region = track(new wh.Region());
    region.close();
    const newer = track(new wh.Region());
    misuse(() => region.alloc(16, { align: 16 }), wh.ReusedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('buffer_alloc_region_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Region.fromHandle(2305843004918726657n);
    misuse(() => recv.alloc(16, { align: 16 }), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('buffer_alloc_region_wrong_kind_buffer', () => {
  try {
    const region = track(new wh.Region());
    const other = region.alloc(16, { align: 16 });
    other.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const recv = wh.Region.fromHandle(other.handle);
    const before = remember(other);
    misuse(() => recv.alloc(16, { align: 16 }), wh.WrongKindError, 'staleRejected', '');
    unchanged(before, other);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('buffer_alloc_region_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Region.prototype.alloc.call(null, 16, { align: 16 }), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_alloc_region_absurd_value_size_1000000000001', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.alloc(281474976710657, { align: 16 }), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_alloc_region_absurd_value_size_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.alloc(18446744073709551615n, { align: 16 }), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_alloc_region_absurd_value_size_100000010_limited', () => {
  try {
    const region = track(new wh.Region({ byteLimit: 1048576 }));
    misuse(() => region.alloc(4294967312, { align: 16 }), wh.OutOfMemoryError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_alloc_region_absurd_value_size_10000000000_limited', () => {
  try {
    const region = track(new wh.Region({ byteLimit: 1048576 }));
    misuse(() => region.alloc(1099511627776, { align: 16 }), wh.OutOfMemoryError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_alloc_region_absurd_value_size_1000000000000_limited', () => {
  try {
    const region = track(new wh.Region({ byteLimit: 1048576 }));
    misuse(() => region.alloc(281474976710656, { align: 16 }), wh.OutOfMemoryError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_alloc_region_absurd_value_size_10000000000', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.alloc(1099511627776, { align: 16 }), wh.OutOfMemoryError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_alloc_region_absurd_value_size_1000000000000', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.alloc(281474976710656, { align: 16 }), wh.OutOfMemoryError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_alloc_region_absurd_value_align_100001', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.alloc(16, { align: 1048577 }), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_alloc_region_absurd_value_align_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.alloc(16, { align: 18446744073709551615n }), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer that must be a power of two and is not
test('buffer_alloc_region_bad_alignment_align_0', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.alloc(16, { align: 0 }), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer that must be a power of two and is not
test('buffer_alloc_region_bad_alignment_align_3', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.alloc(16, { align: 3 }), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer that must be a power of two and is not
test('buffer_alloc_region_bad_alignment_align_18', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.alloc(16, { align: 24 }), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('buffer_release_buffer_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    recv.close();
    const newer = region.alloc(16, { align: 16 });
    newer.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const again = wh.WeaveHeapBuffer.fromHandle(recv.handle);
    const before = remember(newer);
    misuse(() => again.close(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('buffer_release_buffer_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.WeaveHeapBuffer.fromHandle(3458764509525573633n);
    misuse(() => recv.close(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('buffer_release_buffer_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.WeaveHeapBuffer.fromHandle(region.handle);
    misuse(() => recv.close(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('buffer_release_buffer_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    region.close();
    misuse(() => recv.close(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a second wrapper of an already released handle is closed
test('buffer_release_buffer_double_release', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    recv.close();
    const again = wh.WeaveHeapBuffer.fromHandle(recv.handle);
    misuse(() => again.close(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('buffer_release_buffer_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.WeaveHeapBuffer.prototype.close.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('buffer_release_buffer_while_borrowed_shared', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const before = remember(recv);
    const held = track(recv.view());
    misuse(() => recv.close(), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('buffer_size_buffer_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    recv.close();
    misuse(() => recv.size(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('buffer_size_buffer_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    recv.close();
    const newer = region.alloc(16, { align: 16 });
    newer.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const before = remember(newer);
    misuse(() => recv.size(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('buffer_size_buffer_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.WeaveHeapBuffer.fromHandle(3458764509525573633n);
    misuse(() => recv.size(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('buffer_size_buffer_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.WeaveHeapBuffer.fromHandle(region.handle);
    misuse(() => recv.size(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('buffer_size_buffer_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    region.close();
    misuse(() => recv.size(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('buffer_size_buffer_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.WeaveHeapBuffer.prototype.size.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('buffer_write_buffer_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    recv.close();
    misuse(() => recv.write(0, new Uint8Array([104, 101, 108, 108, 111])), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('buffer_write_buffer_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    recv.close();
    const newer = region.alloc(16, { align: 16 });
    newer.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const before = remember(newer);
    misuse(() => recv.write(0, new Uint8Array([104, 101, 108, 108, 111])), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('buffer_write_buffer_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.WeaveHeapBuffer.fromHandle(3458764509525573633n);
    misuse(() => recv.write(0, new Uint8Array([104, 101, 108, 108, 111])), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('buffer_write_buffer_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.WeaveHeapBuffer.fromHandle(region.handle);
    misuse(() => recv.write(0, new Uint8Array([104, 101, 108, 108, 111])), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('buffer_write_buffer_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    region.close();
    misuse(() => recv.write(0, new Uint8Array([104, 101, 108, 108, 111])), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('buffer_write_buffer_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.WeaveHeapBuffer.prototype.write.call(null, 0, new Uint8Array([104, 101, 108, 108, 111])), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('buffer_write_buffer_while_borrowed_shared', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const before = remember(recv);
    const held = track(recv.view());
    misuse(() => recv.write(0, new Uint8Array([104, 101, 108, 108, 111])), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_write_buffer_absurd_value_offset_100000010', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const before = remember(recv);
    misuse(() => recv.write(4294967312, new Uint8Array([104, 101, 108, 108, 111])), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_write_buffer_absurd_value_offset_10000000000', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const before = remember(recv);
    misuse(() => recv.write(1099511627776, new Uint8Array([104, 101, 108, 108, 111])), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_write_buffer_absurd_value_offset_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const before = remember(recv);
    misuse(() => recv.write(18446744073709551615n, new Uint8Array([104, 101, 108, 108, 111])), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('buffer_write_buffer_null_data', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const before = remember(recv);
    misuse(() => recv.write(0, null), wh.InvalidArgumentError, '', 'data');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('buffer_read_buffer_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    recv.close();
    misuse(() => recv.read(0, new Uint8Array(4)), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('buffer_read_buffer_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    recv.close();
    const newer = region.alloc(16, { align: 16 });
    newer.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const before = remember(newer);
    misuse(() => recv.read(0, new Uint8Array(4)), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('buffer_read_buffer_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.WeaveHeapBuffer.fromHandle(3458764509525573633n);
    misuse(() => recv.read(0, new Uint8Array(4)), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('buffer_read_buffer_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.WeaveHeapBuffer.fromHandle(region.handle);
    misuse(() => recv.read(0, new Uint8Array(4)), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('buffer_read_buffer_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    region.close();
    misuse(() => recv.read(0, new Uint8Array(4)), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('buffer_read_buffer_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.WeaveHeapBuffer.prototype.read.call(null, 0, new Uint8Array(4)), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('buffer_read_buffer_while_borrowed_unique', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const before = remember(recv);
    const held = track(recv.view({ writable: true }));
    misuse(() => recv.read(0, new Uint8Array(4)), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_read_buffer_absurd_value_offset_100000010', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const before = remember(recv);
    misuse(() => recv.read(4294967312, new Uint8Array(4)), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_read_buffer_absurd_value_offset_10000000000', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const before = remember(recv);
    misuse(() => recv.read(1099511627776, new Uint8Array(4)), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_read_buffer_absurd_value_offset_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const before = remember(recv);
    misuse(() => recv.read(18446744073709551615n, new Uint8Array(4)), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('buffer_read_buffer_null_dst', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const before = remember(recv);
    misuse(() => recv.read(0, null), wh.InvalidArgumentError, '', 'dst');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('bytes_create_region_stale', () => {
  try {
    const region = track(new wh.Region());
    region.close();
    misuse(() => region.bytes(new Uint8Array([104, 101, 108, 108, 111])), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('bytes_create_region_reused', () => {
  try {
    const region = track(new wh.Region());
    region.close();
    const newer = track(new wh.Region());
    misuse(() => region.bytes(new Uint8Array([104, 101, 108, 108, 111])), wh.ReusedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('bytes_create_region_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Region.fromHandle(2305843004918726657n);
    misuse(() => recv.bytes(new Uint8Array([104, 101, 108, 108, 111])), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('bytes_create_region_wrong_kind_buffer', () => {
  try {
    const region = track(new wh.Region());
    const other = region.alloc(16, { align: 16 });
    other.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const recv = wh.Region.fromHandle(other.handle);
    const before = remember(other);
    misuse(() => recv.bytes(new Uint8Array([104, 101, 108, 108, 111])), wh.WrongKindError, 'staleRejected', '');
    unchanged(before, other);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('bytes_create_region_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Region.prototype.bytes.call(null, new Uint8Array([104, 101, 108, 108, 111])), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('bytes_create_region_null_data', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.bytes(null), wh.InvalidArgumentError, '', 'data');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('bytes_release_bytes_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    const newer = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    const again = wh.Bytes.fromHandle(recv.handle);
    const before = remember(newer);
    misuse(() => again.close(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('bytes_release_bytes_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Bytes.fromHandle(4611686014132420609n);
    misuse(() => recv.close(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('bytes_release_bytes_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Bytes.fromHandle(region.handle);
    misuse(() => recv.close(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('bytes_release_bytes_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    region.close();
    misuse(() => recv.close(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a second wrapper of an already released handle is closed
test('bytes_release_bytes_double_release', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    const again = wh.Bytes.fromHandle(recv.handle);
    misuse(() => again.close(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('bytes_release_bytes_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Bytes.prototype.close.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('bytes_release_bytes_while_borrowed_shared', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(recv);
    const held = track(recv.view());
    misuse(() => recv.close(), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('bytes_length_bytes_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    misuse(() => recv.length(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('bytes_length_bytes_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    const newer = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(newer);
    misuse(() => recv.length(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('bytes_length_bytes_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Bytes.fromHandle(4611686014132420609n);
    misuse(() => recv.length(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('bytes_length_bytes_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Bytes.fromHandle(region.handle);
    misuse(() => recv.length(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('bytes_length_bytes_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    region.close();
    misuse(() => recv.length(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('bytes_length_bytes_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Bytes.prototype.length.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('bytes_dup_bytes_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    misuse(() => recv.dup(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('bytes_dup_bytes_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    const newer = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(newer);
    misuse(() => recv.dup(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('bytes_dup_bytes_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Bytes.fromHandle(4611686014132420609n);
    misuse(() => recv.dup(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('bytes_dup_bytes_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Bytes.fromHandle(region.handle);
    misuse(() => recv.dup(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('bytes_dup_bytes_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    region.close();
    misuse(() => recv.dup(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('bytes_dup_bytes_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Bytes.prototype.dup.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('bytes_dup_bytes_while_borrowed_unique', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(recv);
    const held = track(recv.view({ writable: true }));
    misuse(() => recv.dup(), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('string_create_region_stale', () => {
  try {
    const region = track(new wh.Region());
    region.close();
    misuse(() => region.string(new Uint8Array([104, 101, 108, 108, 111])), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('string_create_region_reused', () => {
  try {
    const region = track(new wh.Region());
    region.close();
    const newer = track(new wh.Region());
    misuse(() => region.string(new Uint8Array([104, 101, 108, 108, 111])), wh.ReusedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('string_create_region_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Region.fromHandle(2305843004918726657n);
    misuse(() => recv.string(new Uint8Array([104, 101, 108, 108, 111])), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('string_create_region_wrong_kind_buffer', () => {
  try {
    const region = track(new wh.Region());
    const other = region.alloc(16, { align: 16 });
    other.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const recv = wh.Region.fromHandle(other.handle);
    const before = remember(other);
    misuse(() => recv.string(new Uint8Array([104, 101, 108, 108, 111])), wh.WrongKindError, 'staleRejected', '');
    unchanged(before, other);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('string_create_region_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Region.prototype.string.call(null, new Uint8Array([104, 101, 108, 108, 111])), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('string_create_region_null_text', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.string(null), wh.InvalidArgumentError, '', 'text');
  } finally {
    cleanup();
  }
});

// text that is not UTF-8
test('string_create_region_invalid_utf8_text', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.string(new Uint8Array([195, 40, 255])), wh.InvalidUtf8Error, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('string_release_string_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    const newer = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    const again = wh.WeaveHeapString.fromHandle(recv.handle);
    const before = remember(newer);
    misuse(() => again.close(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('string_release_string_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.WeaveHeapString.fromHandle(5764607518739267585n);
    misuse(() => recv.close(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('string_release_string_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.WeaveHeapString.fromHandle(region.handle);
    misuse(() => recv.close(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('string_release_string_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    region.close();
    misuse(() => recv.close(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a second wrapper of an already released handle is closed
test('string_release_string_double_release', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    const again = wh.WeaveHeapString.fromHandle(recv.handle);
    misuse(() => again.close(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('string_release_string_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.WeaveHeapString.prototype.close.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('string_release_string_while_borrowed_shared', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(recv);
    const held = track(recv.view());
    misuse(() => recv.close(), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('string_length_string_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    misuse(() => recv.length(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('string_length_string_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    const newer = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(newer);
    misuse(() => recv.length(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('string_length_string_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.WeaveHeapString.fromHandle(5764607518739267585n);
    misuse(() => recv.length(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('string_length_string_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.WeaveHeapString.fromHandle(region.handle);
    misuse(() => recv.length(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('string_length_string_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    region.close();
    misuse(() => recv.length(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('string_length_string_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.WeaveHeapString.prototype.length.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('string_dup_string_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    misuse(() => recv.dup(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('string_dup_string_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    const newer = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(newer);
    misuse(() => recv.dup(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('string_dup_string_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.WeaveHeapString.fromHandle(5764607518739267585n);
    misuse(() => recv.dup(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('string_dup_string_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.WeaveHeapString.fromHandle(region.handle);
    misuse(() => recv.dup(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('string_dup_string_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    region.close();
    misuse(() => recv.dup(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('string_dup_string_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.WeaveHeapString.prototype.dup.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('string_dup_string_while_borrowed_unique', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(recv);
    const held = track(recv.view({ writable: true }));
    misuse(() => recv.dup(), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('vector_create_region_stale', () => {
  try {
    const region = track(new wh.Region());
    region.close();
    misuse(() => region.vector("int8", 16, { nullable: false }), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('vector_create_region_reused', () => {
  try {
    const region = track(new wh.Region());
    region.close();
    const newer = track(new wh.Region());
    misuse(() => region.vector("int8", 16, { nullable: false }), wh.ReusedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('vector_create_region_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Region.fromHandle(2305843004918726657n);
    misuse(() => recv.vector("int8", 16, { nullable: false }), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('vector_create_region_wrong_kind_buffer', () => {
  try {
    const region = track(new wh.Region());
    const other = region.alloc(16, { align: 16 });
    other.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const recv = wh.Region.fromHandle(other.handle);
    const before = remember(other);
    misuse(() => recv.vector("int8", 16, { nullable: false }), wh.WrongKindError, 'staleRejected', '');
    unchanged(before, other);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('vector_create_region_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Region.prototype.vector.call(null, "int8", 16, { nullable: false }), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_create_region_absurd_value_capacity_1000000000001', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.vector("int8", 281474976710657, { nullable: false }), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_create_region_absurd_value_capacity_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.vector("int8", 18446744073709551615n, { nullable: false }), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_create_region_absurd_value_capacity_100000010_limited', () => {
  try {
    const region = track(new wh.Region({ byteLimit: 1048576 }));
    misuse(() => region.vector("int8", 4294967312, { nullable: false }), wh.OutOfMemoryError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_create_region_absurd_value_capacity_10000000000_limited', () => {
  try {
    const region = track(new wh.Region({ byteLimit: 1048576 }));
    misuse(() => region.vector("int8", 1099511627776, { nullable: false }), wh.OutOfMemoryError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_create_region_absurd_value_capacity_1000000000000_limited', () => {
  try {
    const region = track(new wh.Region({ byteLimit: 1048576 }));
    misuse(() => region.vector("int8", 281474976710656, { nullable: false }), wh.OutOfMemoryError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_create_region_absurd_value_capacity_10000000000', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.vector("int8", 1099511627776, { nullable: false }), wh.OutOfMemoryError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_create_region_absurd_value_capacity_1000000000000', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.vector("int8", 281474976710656, { nullable: false }), wh.OutOfMemoryError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('vector_release_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    const newer = region.vector("int8", 16, { nullable: false });
    const again = wh.Vector.fromHandle(recv.handle);
    const before = remember(newer);
    misuse(() => again.close(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('vector_release_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(9223372032559808513n);
    misuse(() => recv.close(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('vector_release_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(region.handle);
    misuse(() => recv.close(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('vector_release_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    region.close();
    misuse(() => recv.close(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a second wrapper of an already released handle is closed
test('vector_release_vector_double_release', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    const again = wh.Vector.fromHandle(recv.handle);
    misuse(() => again.close(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('vector_release_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Vector.prototype.close.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('vector_release_vector_while_borrowed_shared', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    const held = track(recv.view());
    misuse(() => recv.close(), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('vector_length_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    misuse(() => recv.length(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('vector_length_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    const newer = region.vector("int8", 16, { nullable: false });
    const before = remember(newer);
    misuse(() => recv.length(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('vector_length_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(9223372032559808513n);
    misuse(() => recv.length(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('vector_length_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(region.handle);
    misuse(() => recv.length(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('vector_length_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    region.close();
    misuse(() => recv.length(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('vector_length_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Vector.prototype.length.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('vector_capacity_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    misuse(() => recv.capacity(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('vector_capacity_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    const newer = region.vector("int8", 16, { nullable: false });
    const before = remember(newer);
    misuse(() => recv.capacity(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('vector_capacity_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(9223372032559808513n);
    misuse(() => recv.capacity(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('vector_capacity_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(region.handle);
    misuse(() => recv.capacity(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('vector_capacity_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    region.close();
    misuse(() => recv.capacity(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('vector_capacity_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Vector.prototype.capacity.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('vector_resize_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    misuse(() => recv.resize(16), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('vector_resize_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    const newer = region.vector("int8", 16, { nullable: false });
    const before = remember(newer);
    misuse(() => recv.resize(16), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('vector_resize_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(9223372032559808513n);
    misuse(() => recv.resize(16), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('vector_resize_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(region.handle);
    misuse(() => recv.resize(16), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('vector_resize_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    region.close();
    misuse(() => recv.resize(16), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('vector_resize_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Vector.prototype.resize.call(null, 16), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('vector_resize_vector_while_borrowed_shared', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    const held = track(recv.view());
    misuse(() => recv.resize(16), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_resize_vector_absurd_value_capacity_1000000000001', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.resize(281474976710657), wh.InvalidArgumentError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_resize_vector_absurd_value_capacity_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.resize(18446744073709551615n), wh.InvalidArgumentError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_resize_vector_absurd_value_capacity_100000010_limited', () => {
  try {
    const region = track(new wh.Region({ byteLimit: 1048576 }));
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.resize(4294967312), wh.OutOfMemoryError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_resize_vector_absurd_value_capacity_10000000000_limited', () => {
  try {
    const region = track(new wh.Region({ byteLimit: 1048576 }));
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.resize(1099511627776), wh.OutOfMemoryError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_resize_vector_absurd_value_capacity_1000000000000_limited', () => {
  try {
    const region = track(new wh.Region({ byteLimit: 1048576 }));
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.resize(281474976710656), wh.OutOfMemoryError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_resize_vector_absurd_value_capacity_10000000000', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.resize(1099511627776), wh.OutOfMemoryError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_resize_vector_absurd_value_capacity_1000000000000', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.resize(281474976710656), wh.OutOfMemoryError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('vector_element_type_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    misuse(() => recv.elementType(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('vector_element_type_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    const newer = region.vector("int8", 16, { nullable: false });
    const before = remember(newer);
    misuse(() => recv.elementType(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('vector_element_type_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(9223372032559808513n);
    misuse(() => recv.elementType(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('vector_element_type_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(region.handle);
    misuse(() => recv.elementType(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('vector_element_type_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    region.close();
    misuse(() => recv.elementType(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('vector_element_type_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Vector.prototype.elementType.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('vector_null_count_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    misuse(() => recv.nullCount(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('vector_null_count_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    const newer = region.vector("int8", 16, { nullable: false });
    const before = remember(newer);
    misuse(() => recv.nullCount(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('vector_null_count_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(9223372032559808513n);
    misuse(() => recv.nullCount(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('vector_null_count_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(region.handle);
    misuse(() => recv.nullCount(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('vector_null_count_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    region.close();
    misuse(() => recv.nullCount(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('vector_null_count_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Vector.prototype.nullCount.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('vector_append_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    misuse(() => recv.append(0), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('vector_append_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    const newer = region.vector("int8", 16, { nullable: false });
    const before = remember(newer);
    misuse(() => recv.append(0), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('vector_append_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(9223372032559808513n);
    misuse(() => recv.append(0), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('vector_append_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(region.handle);
    misuse(() => recv.append(0), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('vector_append_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    region.close();
    misuse(() => recv.append(0), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('vector_append_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Vector.prototype.append.call(null, 0), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('vector_append_vector_while_borrowed_shared', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    const held = track(recv.view());
    misuse(() => recv.append(0), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('vector_extend_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    misuse(() => recv.extend(new Uint8Array([104, 101, 108, 108, 111])), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('vector_extend_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    const newer = region.vector("int8", 16, { nullable: false });
    const before = remember(newer);
    misuse(() => recv.extend(new Uint8Array([104, 101, 108, 108, 111])), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('vector_extend_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(9223372032559808513n);
    misuse(() => recv.extend(new Uint8Array([104, 101, 108, 108, 111])), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('vector_extend_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(region.handle);
    misuse(() => recv.extend(new Uint8Array([104, 101, 108, 108, 111])), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('vector_extend_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    region.close();
    misuse(() => recv.extend(new Uint8Array([104, 101, 108, 108, 111])), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('vector_extend_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Vector.prototype.extend.call(null, new Uint8Array([104, 101, 108, 108, 111])), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('vector_extend_vector_while_borrowed_shared', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    const held = track(recv.view());
    misuse(() => recv.extend(new Uint8Array([104, 101, 108, 108, 111])), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('vector_extend_vector_null_data', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.extend(null), wh.InvalidArgumentError, '', 'data');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('vector_append_null_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    misuse(() => recv.appendNull(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('vector_append_null_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    const newer = region.vector("int8", 16, { nullable: false });
    const before = remember(newer);
    misuse(() => recv.appendNull(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('vector_append_null_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(9223372032559808513n);
    misuse(() => recv.appendNull(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('vector_append_null_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(region.handle);
    misuse(() => recv.appendNull(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('vector_append_null_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    region.close();
    misuse(() => recv.appendNull(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('vector_append_null_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Vector.prototype.appendNull.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('vector_append_null_vector_while_borrowed_shared', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    const held = track(recv.view());
    misuse(() => recv.appendNull(), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('vector_set_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    misuse(() => recv.set(0, 0), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('vector_set_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    const newer = region.vector("int8", 16, { nullable: false });
    const before = remember(newer);
    misuse(() => recv.set(0, 0), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('vector_set_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(9223372032559808513n);
    misuse(() => recv.set(0, 0), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('vector_set_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(region.handle);
    misuse(() => recv.set(0, 0), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('vector_set_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    region.close();
    misuse(() => recv.set(0, 0), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('vector_set_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Vector.prototype.set.call(null, 0, 0), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('vector_set_vector_while_borrowed_shared', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    const held = track(recv.view());
    misuse(() => recv.set(0, 0), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_set_vector_absurd_value_index_100000010', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.set(4294967312, 0), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_set_vector_absurd_value_index_10000000000', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.set(1099511627776, 0), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_set_vector_absurd_value_index_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.set(18446744073709551615n, 0), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('vector_get_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    misuse(() => recv.get(0), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('vector_get_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    const newer = region.vector("int8", 16, { nullable: false });
    const before = remember(newer);
    misuse(() => recv.get(0), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('vector_get_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(9223372032559808513n);
    misuse(() => recv.get(0), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('vector_get_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(region.handle);
    misuse(() => recv.get(0), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('vector_get_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    region.close();
    misuse(() => recv.get(0), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('vector_get_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Vector.prototype.get.call(null, 0), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('vector_get_vector_while_borrowed_unique', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    const held = track(recv.view({ writable: true }));
    misuse(() => recv.get(0), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_get_vector_absurd_value_index_100000010', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.get(4294967312), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_get_vector_absurd_value_index_10000000000', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.get(1099511627776), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_get_vector_absurd_value_index_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.get(18446744073709551615n), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('vector_append_f64_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    misuse(() => recv.appendF64(1.5), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('vector_append_f64_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    const newer = region.vector("int8", 16, { nullable: false });
    const before = remember(newer);
    misuse(() => recv.appendF64(1.5), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('vector_append_f64_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(9223372032559808513n);
    misuse(() => recv.appendF64(1.5), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('vector_append_f64_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(region.handle);
    misuse(() => recv.appendF64(1.5), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('vector_append_f64_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    region.close();
    misuse(() => recv.appendF64(1.5), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('vector_append_f64_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Vector.prototype.appendF64.call(null, 1.5), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('vector_append_f64_vector_while_borrowed_shared', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    const held = track(recv.view());
    misuse(() => recv.appendF64(1.5), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('vector_set_f64_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    misuse(() => recv.setF64(0, 1.5), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('vector_set_f64_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    const newer = region.vector("int8", 16, { nullable: false });
    const before = remember(newer);
    misuse(() => recv.setF64(0, 1.5), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('vector_set_f64_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(9223372032559808513n);
    misuse(() => recv.setF64(0, 1.5), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('vector_set_f64_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(region.handle);
    misuse(() => recv.setF64(0, 1.5), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('vector_set_f64_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    region.close();
    misuse(() => recv.setF64(0, 1.5), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('vector_set_f64_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Vector.prototype.setF64.call(null, 0, 1.5), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('vector_set_f64_vector_while_borrowed_shared', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    const held = track(recv.view());
    misuse(() => recv.setF64(0, 1.5), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_set_f64_vector_absurd_value_index_100000010', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.setF64(4294967312, 1.5), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_set_f64_vector_absurd_value_index_10000000000', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.setF64(1099511627776, 1.5), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_set_f64_vector_absurd_value_index_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.setF64(18446744073709551615n, 1.5), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('vector_get_f64_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    misuse(() => recv.getF64(0), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('vector_get_f64_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    const newer = region.vector("int8", 16, { nullable: false });
    const before = remember(newer);
    misuse(() => recv.getF64(0), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('vector_get_f64_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(9223372032559808513n);
    misuse(() => recv.getF64(0), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('vector_get_f64_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(region.handle);
    misuse(() => recv.getF64(0), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('vector_get_f64_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    region.close();
    misuse(() => recv.getF64(0), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('vector_get_f64_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Vector.prototype.getF64.call(null, 0), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('vector_get_f64_vector_while_borrowed_unique', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    const held = track(recv.view({ writable: true }));
    misuse(() => recv.getF64(0), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_get_f64_vector_absurd_value_index_100000010', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.getF64(4294967312), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_get_f64_vector_absurd_value_index_10000000000', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.getF64(1099511627776), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_get_f64_vector_absurd_value_index_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.getF64(18446744073709551615n), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('vector_is_valid_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    misuse(() => recv.isValid(0), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('vector_is_valid_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    const newer = region.vector("int8", 16, { nullable: false });
    const before = remember(newer);
    misuse(() => recv.isValid(0), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('vector_is_valid_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(9223372032559808513n);
    misuse(() => recv.isValid(0), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('vector_is_valid_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(region.handle);
    misuse(() => recv.isValid(0), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('vector_is_valid_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    region.close();
    misuse(() => recv.isValid(0), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('vector_is_valid_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Vector.prototype.isValid.call(null, 0), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_is_valid_vector_absurd_value_index_100000010', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.isValid(4294967312), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_is_valid_vector_absurd_value_index_10000000000', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.isValid(1099511627776), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_is_valid_vector_absurd_value_index_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.isValid(18446744073709551615n), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('vector_read_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    misuse(() => recv.read(0, new Uint8Array(4)), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('vector_read_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    const newer = region.vector("int8", 16, { nullable: false });
    const before = remember(newer);
    misuse(() => recv.read(0, new Uint8Array(4)), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('vector_read_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(9223372032559808513n);
    misuse(() => recv.read(0, new Uint8Array(4)), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('vector_read_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(region.handle);
    misuse(() => recv.read(0, new Uint8Array(4)), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('vector_read_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    region.close();
    misuse(() => recv.read(0, new Uint8Array(4)), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('vector_read_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Vector.prototype.read.call(null, 0, new Uint8Array(4)), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('vector_read_vector_while_borrowed_unique', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    const held = track(recv.view({ writable: true }));
    misuse(() => recv.read(0, new Uint8Array(4)), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_read_vector_absurd_value_offset_100000010', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.read(4294967312, new Uint8Array(4)), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_read_vector_absurd_value_offset_10000000000', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.read(1099511627776, new Uint8Array(4)), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('vector_read_vector_absurd_value_offset_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.read(18446744073709551615n, new Uint8Array(4)), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('vector_read_vector_null_dst', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    misuse(() => recv.read(0, null), wh.InvalidArgumentError, '', 'dst');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('var_vector_create_region_stale', () => {
  try {
    const region = track(new wh.Region());
    region.close();
    misuse(() => region.varVector(16, 16, { nullable: false, binary: false }), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('var_vector_create_region_reused', () => {
  try {
    const region = track(new wh.Region());
    region.close();
    const newer = track(new wh.Region());
    misuse(() => region.varVector(16, 16, { nullable: false, binary: false }), wh.ReusedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('var_vector_create_region_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Region.fromHandle(2305843004918726657n);
    misuse(() => recv.varVector(16, 16, { nullable: false, binary: false }), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('var_vector_create_region_wrong_kind_buffer', () => {
  try {
    const region = track(new wh.Region());
    const other = region.alloc(16, { align: 16 });
    other.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const recv = wh.Region.fromHandle(other.handle);
    const before = remember(other);
    misuse(() => recv.varVector(16, 16, { nullable: false, binary: false }), wh.WrongKindError, 'staleRejected', '');
    unchanged(before, other);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('var_vector_create_region_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Region.prototype.varVector.call(null, 16, 16, { nullable: false, binary: false }), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_create_region_absurd_value_capacity_1000000000001', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.varVector(281474976710657, 16, { nullable: false, binary: false }), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_create_region_absurd_value_capacity_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.varVector(18446744073709551615n, 16, { nullable: false, binary: false }), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_create_region_absurd_value_capacity_100000010_limited', () => {
  try {
    const region = track(new wh.Region({ byteLimit: 1048576 }));
    misuse(() => region.varVector(4294967312, 16, { nullable: false, binary: false }), wh.OutOfMemoryError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_create_region_absurd_value_capacity_10000000000_limited', () => {
  try {
    const region = track(new wh.Region({ byteLimit: 1048576 }));
    misuse(() => region.varVector(1099511627776, 16, { nullable: false, binary: false }), wh.OutOfMemoryError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_create_region_absurd_value_capacity_1000000000000_limited', () => {
  try {
    const region = track(new wh.Region({ byteLimit: 1048576 }));
    misuse(() => region.varVector(281474976710656, 16, { nullable: false, binary: false }), wh.OutOfMemoryError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_create_region_absurd_value_capacity_10000000000', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.varVector(1099511627776, 16, { nullable: false, binary: false }), wh.OutOfMemoryError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_create_region_absurd_value_capacity_1000000000000', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.varVector(281474976710656, 16, { nullable: false, binary: false }), wh.OutOfMemoryError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_create_region_absurd_value_data_capacity_80000000', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.varVector(16, 2147483648, { nullable: false, binary: false }), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_create_region_absurd_value_data_capacity_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.varVector(16, 18446744073709551615n, { nullable: false, binary: false }), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('var_vector_release_var_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    const newer = region.varVector(16, 16, { nullable: false, binary: false });
    const again = wh.VarVector.fromHandle(recv.handle);
    const before = remember(newer);
    misuse(() => again.close(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('var_vector_release_var_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(12682136546380349441n);
    misuse(() => recv.close(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('var_vector_release_var_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(region.handle);
    misuse(() => recv.close(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('var_vector_release_var_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    region.close();
    misuse(() => recv.close(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a second wrapper of an already released handle is closed
test('var_vector_release_var_vector_double_release', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    const again = wh.VarVector.fromHandle(recv.handle);
    misuse(() => again.close(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('var_vector_release_var_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.VarVector.prototype.close.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('var_vector_release_var_vector_while_borrowed_shared', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    const held = track(recv.view());
    misuse(() => recv.close(), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('var_vector_length_var_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    misuse(() => recv.length(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('var_vector_length_var_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    const newer = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(newer);
    misuse(() => recv.length(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('var_vector_length_var_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(12682136546380349441n);
    misuse(() => recv.length(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('var_vector_length_var_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(region.handle);
    misuse(() => recv.length(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('var_vector_length_var_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    region.close();
    misuse(() => recv.length(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('var_vector_length_var_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.VarVector.prototype.length.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('var_vector_capacity_var_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    misuse(() => recv.capacity(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('var_vector_capacity_var_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    const newer = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(newer);
    misuse(() => recv.capacity(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('var_vector_capacity_var_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(12682136546380349441n);
    misuse(() => recv.capacity(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('var_vector_capacity_var_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(region.handle);
    misuse(() => recv.capacity(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('var_vector_capacity_var_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    region.close();
    misuse(() => recv.capacity(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('var_vector_capacity_var_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.VarVector.prototype.capacity.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('var_vector_data_length_var_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    misuse(() => recv.dataLength(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('var_vector_data_length_var_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    const newer = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(newer);
    misuse(() => recv.dataLength(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('var_vector_data_length_var_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(12682136546380349441n);
    misuse(() => recv.dataLength(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('var_vector_data_length_var_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(region.handle);
    misuse(() => recv.dataLength(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('var_vector_data_length_var_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    region.close();
    misuse(() => recv.dataLength(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('var_vector_data_length_var_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.VarVector.prototype.dataLength.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('var_vector_data_capacity_var_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    misuse(() => recv.dataCapacity(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('var_vector_data_capacity_var_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    const newer = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(newer);
    misuse(() => recv.dataCapacity(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('var_vector_data_capacity_var_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(12682136546380349441n);
    misuse(() => recv.dataCapacity(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('var_vector_data_capacity_var_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(region.handle);
    misuse(() => recv.dataCapacity(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('var_vector_data_capacity_var_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    region.close();
    misuse(() => recv.dataCapacity(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('var_vector_data_capacity_var_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.VarVector.prototype.dataCapacity.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('var_vector_resize_var_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    misuse(() => recv.resize(16, 16), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('var_vector_resize_var_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    const newer = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(newer);
    misuse(() => recv.resize(16, 16), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('var_vector_resize_var_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(12682136546380349441n);
    misuse(() => recv.resize(16, 16), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('var_vector_resize_var_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(region.handle);
    misuse(() => recv.resize(16, 16), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('var_vector_resize_var_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    region.close();
    misuse(() => recv.resize(16, 16), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('var_vector_resize_var_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.VarVector.prototype.resize.call(null, 16, 16), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('var_vector_resize_var_vector_while_borrowed_shared', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    const held = track(recv.view());
    misuse(() => recv.resize(16, 16), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_resize_var_vector_absurd_value_capacity_1000000000001', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.resize(281474976710657, 16), wh.InvalidArgumentError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_resize_var_vector_absurd_value_capacity_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.resize(18446744073709551615n, 16), wh.InvalidArgumentError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_resize_var_vector_absurd_value_capacity_100000010_limited', () => {
  try {
    const region = track(new wh.Region({ byteLimit: 1048576 }));
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.resize(4294967312, 16), wh.OutOfMemoryError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_resize_var_vector_absurd_value_capacity_10000000000_limited', () => {
  try {
    const region = track(new wh.Region({ byteLimit: 1048576 }));
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.resize(1099511627776, 16), wh.OutOfMemoryError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_resize_var_vector_absurd_value_capacity_1000000000000_limited', () => {
  try {
    const region = track(new wh.Region({ byteLimit: 1048576 }));
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.resize(281474976710656, 16), wh.OutOfMemoryError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_resize_var_vector_absurd_value_capacity_10000000000', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.resize(1099511627776, 16), wh.OutOfMemoryError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_resize_var_vector_absurd_value_capacity_1000000000000', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.resize(281474976710656, 16), wh.OutOfMemoryError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_resize_var_vector_absurd_value_data_capacity_80000000', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.resize(16, 2147483648), wh.InvalidArgumentError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_resize_var_vector_absurd_value_data_capacity_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.resize(16, 18446744073709551615n), wh.InvalidArgumentError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('var_vector_null_count_var_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    misuse(() => recv.nullCount(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('var_vector_null_count_var_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    const newer = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(newer);
    misuse(() => recv.nullCount(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('var_vector_null_count_var_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(12682136546380349441n);
    misuse(() => recv.nullCount(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('var_vector_null_count_var_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(region.handle);
    misuse(() => recv.nullCount(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('var_vector_null_count_var_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    region.close();
    misuse(() => recv.nullCount(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('var_vector_null_count_var_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.VarVector.prototype.nullCount.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('var_vector_is_utf8_var_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    misuse(() => recv.isUtf8(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('var_vector_is_utf8_var_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    const newer = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(newer);
    misuse(() => recv.isUtf8(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('var_vector_is_utf8_var_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(12682136546380349441n);
    misuse(() => recv.isUtf8(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('var_vector_is_utf8_var_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(region.handle);
    misuse(() => recv.isUtf8(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('var_vector_is_utf8_var_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    region.close();
    misuse(() => recv.isUtf8(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('var_vector_is_utf8_var_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.VarVector.prototype.isUtf8.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('var_vector_append_var_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    misuse(() => recv.append(new Uint8Array([104, 101, 108, 108, 111])), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('var_vector_append_var_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    const newer = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(newer);
    misuse(() => recv.append(new Uint8Array([104, 101, 108, 108, 111])), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('var_vector_append_var_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(12682136546380349441n);
    misuse(() => recv.append(new Uint8Array([104, 101, 108, 108, 111])), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('var_vector_append_var_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(region.handle);
    misuse(() => recv.append(new Uint8Array([104, 101, 108, 108, 111])), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('var_vector_append_var_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    region.close();
    misuse(() => recv.append(new Uint8Array([104, 101, 108, 108, 111])), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('var_vector_append_var_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.VarVector.prototype.append.call(null, new Uint8Array([104, 101, 108, 108, 111])), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('var_vector_append_var_vector_while_borrowed_shared', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    const held = track(recv.view());
    misuse(() => recv.append(new Uint8Array([104, 101, 108, 108, 111])), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('var_vector_append_var_vector_null_value', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.append(null), wh.InvalidArgumentError, '', 'value');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// text that is not UTF-8
test('var_vector_append_var_vector_invalid_utf8_value', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.append(new Uint8Array([195, 40, 255])), wh.InvalidUtf8Error, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('var_vector_append_null_var_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    misuse(() => recv.appendNull(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('var_vector_append_null_var_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    const newer = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(newer);
    misuse(() => recv.appendNull(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('var_vector_append_null_var_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(12682136546380349441n);
    misuse(() => recv.appendNull(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('var_vector_append_null_var_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(region.handle);
    misuse(() => recv.appendNull(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('var_vector_append_null_var_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    region.close();
    misuse(() => recv.appendNull(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('var_vector_append_null_var_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.VarVector.prototype.appendNull.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('var_vector_append_null_var_vector_while_borrowed_shared', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    const held = track(recv.view());
    misuse(() => recv.appendNull(), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('var_vector_get_var_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    misuse(() => recv.get(0), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('var_vector_get_var_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    const newer = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(newer);
    misuse(() => recv.get(0), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('var_vector_get_var_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(12682136546380349441n);
    misuse(() => recv.get(0), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('var_vector_get_var_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(region.handle);
    misuse(() => recv.get(0), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('var_vector_get_var_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    region.close();
    misuse(() => recv.get(0), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('var_vector_get_var_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.VarVector.prototype.get.call(null, 0), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('var_vector_get_var_vector_while_borrowed_unique', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    const held = track(recv.view({ writable: true }));
    misuse(() => recv.get(0), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_get_var_vector_absurd_value_index_100000010', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.get(4294967312), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_get_var_vector_absurd_value_index_10000000000', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.get(1099511627776), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_get_var_vector_absurd_value_index_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.get(18446744073709551615n), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('var_vector_value_offset_var_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    misuse(() => recv.valueOffset(0), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('var_vector_value_offset_var_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    const newer = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(newer);
    misuse(() => recv.valueOffset(0), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('var_vector_value_offset_var_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(12682136546380349441n);
    misuse(() => recv.valueOffset(0), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('var_vector_value_offset_var_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(region.handle);
    misuse(() => recv.valueOffset(0), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('var_vector_value_offset_var_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    region.close();
    misuse(() => recv.valueOffset(0), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('var_vector_value_offset_var_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.VarVector.prototype.valueOffset.call(null, 0), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_value_offset_var_vector_absurd_value_index_100000010', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.valueOffset(4294967312), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_value_offset_var_vector_absurd_value_index_10000000000', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.valueOffset(1099511627776), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_value_offset_var_vector_absurd_value_index_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.valueOffset(18446744073709551615n), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('var_vector_value_length_var_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    misuse(() => recv.valueLength(0), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('var_vector_value_length_var_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    const newer = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(newer);
    misuse(() => recv.valueLength(0), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('var_vector_value_length_var_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(12682136546380349441n);
    misuse(() => recv.valueLength(0), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('var_vector_value_length_var_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(region.handle);
    misuse(() => recv.valueLength(0), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('var_vector_value_length_var_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    region.close();
    misuse(() => recv.valueLength(0), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('var_vector_value_length_var_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.VarVector.prototype.valueLength.call(null, 0), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_value_length_var_vector_absurd_value_index_100000010', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.valueLength(4294967312), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_value_length_var_vector_absurd_value_index_10000000000', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.valueLength(1099511627776), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_value_length_var_vector_absurd_value_index_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.valueLength(18446744073709551615n), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('var_vector_is_valid_var_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    misuse(() => recv.isValid(0), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('var_vector_is_valid_var_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    const newer = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(newer);
    misuse(() => recv.isValid(0), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('var_vector_is_valid_var_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(12682136546380349441n);
    misuse(() => recv.isValid(0), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('var_vector_is_valid_var_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(region.handle);
    misuse(() => recv.isValid(0), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('var_vector_is_valid_var_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    region.close();
    misuse(() => recv.isValid(0), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('var_vector_is_valid_var_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.VarVector.prototype.isValid.call(null, 0), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_is_valid_var_vector_absurd_value_index_100000010', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.isValid(4294967312), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_is_valid_var_vector_absurd_value_index_10000000000', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.isValid(1099511627776), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_is_valid_var_vector_absurd_value_index_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.isValid(18446744073709551615n), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('var_vector_read_var_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    misuse(() => recv.read(0, new Uint8Array(4)), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('var_vector_read_var_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    const newer = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(newer);
    misuse(() => recv.read(0, new Uint8Array(4)), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('var_vector_read_var_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(12682136546380349441n);
    misuse(() => recv.read(0, new Uint8Array(4)), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('var_vector_read_var_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(region.handle);
    misuse(() => recv.read(0, new Uint8Array(4)), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('var_vector_read_var_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    region.close();
    misuse(() => recv.read(0, new Uint8Array(4)), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('var_vector_read_var_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.VarVector.prototype.read.call(null, 0, new Uint8Array(4)), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('var_vector_read_var_vector_while_borrowed_unique', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    const held = track(recv.view({ writable: true }));
    misuse(() => recv.read(0, new Uint8Array(4)), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_read_var_vector_absurd_value_offset_100000010', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.read(4294967312, new Uint8Array(4)), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_read_var_vector_absurd_value_offset_10000000000', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.read(1099511627776, new Uint8Array(4)), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('var_vector_read_var_vector_absurd_value_offset_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.read(18446744073709551615n, new Uint8Array(4)), wh.OutOfRangeError, '', '');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('var_vector_read_var_vector_null_dst', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    misuse(() => recv.read(0, null), wh.InvalidArgumentError, '', 'dst');
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('batch_create_region_stale', () => {
  try {
    const region = track(new wh.Region());
    region.close();
    misuse(() => region.batch(16), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('batch_create_region_reused', () => {
  try {
    const region = track(new wh.Region());
    region.close();
    const newer = track(new wh.Region());
    misuse(() => region.batch(16), wh.ReusedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('batch_create_region_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Region.fromHandle(2305843004918726657n);
    misuse(() => recv.batch(16), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('batch_create_region_wrong_kind_buffer', () => {
  try {
    const region = track(new wh.Region());
    const other = region.alloc(16, { align: 16 });
    other.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const recv = wh.Region.fromHandle(other.handle);
    const before = remember(other);
    misuse(() => recv.batch(16), wh.WrongKindError, 'staleRejected', '');
    unchanged(before, other);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('batch_create_region_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Region.prototype.batch.call(null, 16), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('batch_create_region_absurd_value_max_columns_1001', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.batch(4097), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('batch_create_region_absurd_value_max_columns_ffffffff', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.batch(4294967295), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('batch_release_batch_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    recv.close();
    const newer = region.batch(16);
    const again = wh.Batch.fromHandle(recv.handle);
    misuse(() => again.close(), wh.ReusedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('batch_release_batch_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Batch.fromHandle(10376293537166655489n);
    misuse(() => recv.close(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('batch_release_batch_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Batch.fromHandle(region.handle);
    misuse(() => recv.close(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('batch_release_batch_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    region.close();
    misuse(() => recv.close(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a second wrapper of an already released handle is closed
test('batch_release_batch_double_release', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    recv.close();
    const again = wh.Batch.fromHandle(recv.handle);
    misuse(() => again.close(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('batch_release_batch_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Batch.prototype.close.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('batch_add_column_batch_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    const arg_column = region.vector("int8", 16, { nullable: false });
    recv.close();
    const before = remember(arg_column);
    misuse(() => recv.addColumn(new Uint8Array([104, 101, 108, 108, 111]), arg_column), wh.StaleHandleError, 'staleRejected', '');
    unchanged(before, arg_column);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('batch_add_column_batch_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    const arg_column = region.vector("int8", 16, { nullable: false });
    recv.close();
    const newer = region.batch(16);
    const before = remember(arg_column);
    misuse(() => recv.addColumn(new Uint8Array([104, 101, 108, 108, 111]), arg_column), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, arg_column);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('batch_add_column_batch_forged', () => {
  try {
    const region = track(new wh.Region());
    const arg_column = region.vector("int8", 16, { nullable: false });
    const recv = wh.Batch.fromHandle(10376293537166655489n);
    const before = remember(arg_column);
    misuse(() => recv.addColumn(new Uint8Array([104, 101, 108, 108, 111]), arg_column), wh.ForgedHandleError, 'staleRejected', '');
    unchanged(before, arg_column);
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('batch_add_column_batch_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const arg_column = region.vector("int8", 16, { nullable: false });
    const recv = wh.Batch.fromHandle(region.handle);
    const before = remember(arg_column);
    misuse(() => recv.addColumn(new Uint8Array([104, 101, 108, 108, 111]), arg_column), wh.WrongKindError, 'staleRejected', '');
    unchanged(before, arg_column);
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('batch_add_column_batch_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    const arg_column = region.vector("int8", 16, { nullable: false });
    region.close();
    misuse(() => recv.addColumn(new Uint8Array([104, 101, 108, 108, 111]), arg_column), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('batch_add_column_batch_null', () => {
  try {
    const region = track(new wh.Region());
    const arg_column = region.vector("int8", 16, { nullable: false });
    const before = remember(arg_column);
    misuse(() => wh.Batch.prototype.addColumn.call(null, new Uint8Array([104, 101, 108, 108, 111]), arg_column), wh.InvalidArgumentError, '', '');
    unchanged(before, arg_column);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('batch_add_column_batch_null_name', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    const arg_column = region.vector("int8", 16, { nullable: false });
    const before = remember(arg_column);
    misuse(() => recv.addColumn(null, arg_column), wh.InvalidArgumentError, '', 'name');
    unchanged(before, arg_column);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('batch_add_column_vector_stale_column', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    const arg_column = region.vector("int8", 16, { nullable: false });
    arg_column.close();
    misuse(() => recv.addColumn(new Uint8Array([104, 101, 108, 108, 111]), arg_column), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('batch_add_column_vector_forged_column', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    const arg_column = wh.Vector.fromHandle(9223372032559808513n);
    misuse(() => recv.addColumn(new Uint8Array([104, 101, 108, 108, 111]), arg_column), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('batch_add_column_vector_reused_column', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    const arg_column = region.vector("int8", 16, { nullable: false });
    arg_column.close();
    const newer = region.vector("int8", 16, { nullable: false });
    const before = remember(newer);
    misuse(() => recv.addColumn(new Uint8Array([104, 101, 108, 108, 111]), arg_column), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('batch_add_column_vector_null_column', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    misuse(() => recv.addColumn(new Uint8Array([104, 101, 108, 108, 111]), null), wh.InvalidArgumentError, '', 'column');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('batch_num_columns_batch_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    recv.close();
    misuse(() => recv.numColumns(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('batch_num_columns_batch_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    recv.close();
    const newer = region.batch(16);
    misuse(() => recv.numColumns(), wh.ReusedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('batch_num_columns_batch_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Batch.fromHandle(10376293537166655489n);
    misuse(() => recv.numColumns(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('batch_num_columns_batch_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Batch.fromHandle(region.handle);
    misuse(() => recv.numColumns(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('batch_num_columns_batch_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    region.close();
    misuse(() => recv.numColumns(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('batch_num_columns_batch_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Batch.prototype.numColumns.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('batch_num_rows_batch_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    recv.close();
    misuse(() => recv.numRows(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('batch_num_rows_batch_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    recv.close();
    const newer = region.batch(16);
    misuse(() => recv.numRows(), wh.ReusedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('batch_num_rows_batch_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Batch.fromHandle(10376293537166655489n);
    misuse(() => recv.numRows(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('batch_num_rows_batch_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Batch.fromHandle(region.handle);
    misuse(() => recv.numRows(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('batch_num_rows_batch_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    region.close();
    misuse(() => recv.numRows(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('batch_num_rows_batch_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Batch.prototype.numRows.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('batch_column_name_batch_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    recv.close();
    misuse(() => recv.columnName(0), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('batch_column_name_batch_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    recv.close();
    const newer = region.batch(16);
    misuse(() => recv.columnName(0), wh.ReusedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('batch_column_name_batch_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Batch.fromHandle(10376293537166655489n);
    misuse(() => recv.columnName(0), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('batch_column_name_batch_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Batch.fromHandle(region.handle);
    misuse(() => recv.columnName(0), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('batch_column_name_batch_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    region.close();
    misuse(() => recv.columnName(0), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('batch_column_name_batch_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Batch.prototype.columnName.call(null, 0), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('batch_column_name_batch_absurd_value_index_100000010', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    misuse(() => recv.columnName(4294967312), wh.OutOfRangeError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('batch_column_name_batch_absurd_value_index_10000000000', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    misuse(() => recv.columnName(1099511627776), wh.OutOfRangeError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('batch_column_name_batch_absurd_value_index_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    misuse(() => recv.columnName(18446744073709551615n), wh.OutOfRangeError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('batch_validate_batch_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    recv.close();
    misuse(() => recv.validate(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('batch_validate_batch_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    recv.close();
    const newer = region.batch(16);
    misuse(() => recv.validate(), wh.ReusedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('batch_validate_batch_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Batch.fromHandle(10376293537166655489n);
    misuse(() => recv.validate(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('batch_validate_batch_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Batch.fromHandle(region.handle);
    misuse(() => recv.validate(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('batch_validate_batch_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    region.close();
    misuse(() => recv.validate(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('batch_validate_batch_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Batch.prototype.validate.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('batch_append_row_batch_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    recv.close();
    misuse(() => recv.appendRow(new Uint8Array([104, 101, 108, 108, 111])), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('batch_append_row_batch_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    recv.close();
    const newer = region.batch(16);
    misuse(() => recv.appendRow(new Uint8Array([104, 101, 108, 108, 111])), wh.ReusedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('batch_append_row_batch_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Batch.fromHandle(10376293537166655489n);
    misuse(() => recv.appendRow(new Uint8Array([104, 101, 108, 108, 111])), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('batch_append_row_batch_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Batch.fromHandle(region.handle);
    misuse(() => recv.appendRow(new Uint8Array([104, 101, 108, 108, 111])), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('batch_append_row_batch_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    region.close();
    misuse(() => recv.appendRow(new Uint8Array([104, 101, 108, 108, 111])), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('batch_append_row_batch_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Batch.prototype.appendRow.call(null, new Uint8Array([104, 101, 108, 108, 111])), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('batch_append_row_batch_null_row', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batch(16);
    misuse(() => recv.appendRow(null), wh.InvalidArgumentError, '', 'row');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('list_vector_create_region_stale', () => {
  try {
    const region = track(new wh.Region());
    const arg_child = region.vector("int8", 16, { nullable: false });
    region.close();
    misuse(() => region.listVector(arg_child, 16, { nullable: false, map: false }), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('list_vector_create_region_reused', () => {
  try {
    const region = track(new wh.Region());
    const arg_child = region.vector("int8", 16, { nullable: false });
    region.close();
    const newer = track(new wh.Region());
    misuse(() => region.listVector(arg_child, 16, { nullable: false, map: false }), wh.ReusedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('list_vector_create_region_forged', () => {
  try {
    const region = track(new wh.Region());
    const arg_child = region.vector("int8", 16, { nullable: false });
    const recv = wh.Region.fromHandle(2305843004918726657n);
    const before = remember(arg_child);
    misuse(() => recv.listVector(arg_child, 16, { nullable: false, map: false }), wh.ForgedHandleError, 'staleRejected', '');
    unchanged(before, arg_child);
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('list_vector_create_region_wrong_kind_buffer', () => {
  try {
    const region = track(new wh.Region());
    const other = region.alloc(16, { align: 16 });
    other.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const arg_child = region.vector("int8", 16, { nullable: false });
    const recv = wh.Region.fromHandle(other.handle);
    const before = remember(other, arg_child);
    misuse(() => recv.listVector(arg_child, 16, { nullable: false, map: false }), wh.WrongKindError, 'staleRejected', '');
    unchanged(before, other, arg_child);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('list_vector_create_region_null', () => {
  try {
    const region = track(new wh.Region());
    const arg_child = region.vector("int8", 16, { nullable: false });
    const before = remember(arg_child);
    misuse(() => wh.Region.prototype.listVector.call(null, arg_child, 16, { nullable: false, map: false }), wh.InvalidArgumentError, '', '');
    unchanged(before, arg_child);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('list_vector_create_vector_stale_child', () => {
  try {
    const region = track(new wh.Region());
    const arg_child = region.vector("int8", 16, { nullable: false });
    arg_child.close();
    misuse(() => region.listVector(arg_child, 16, { nullable: false, map: false }), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('list_vector_create_vector_forged_child', () => {
  try {
    const region = track(new wh.Region());
    const arg_child = wh.Vector.fromHandle(9223372032559808513n);
    misuse(() => region.listVector(arg_child, 16, { nullable: false, map: false }), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('list_vector_create_vector_reused_child', () => {
  try {
    const region = track(new wh.Region());
    const arg_child = region.vector("int8", 16, { nullable: false });
    arg_child.close();
    const newer = region.vector("int8", 16, { nullable: false });
    const before = remember(newer);
    misuse(() => region.listVector(arg_child, 16, { nullable: false, map: false }), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('list_vector_create_vector_null_child', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.listVector(null, 16, { nullable: false, map: false }), wh.InvalidArgumentError, '', 'child');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('list_vector_create_region_absurd_value_capacity_1000000000001', () => {
  try {
    const region = track(new wh.Region());
    const arg_child = region.vector("int8", 16, { nullable: false });
    const before = remember(arg_child);
    misuse(() => region.listVector(arg_child, 281474976710657, { nullable: false, map: false }), wh.InvalidArgumentError, '', '');
    unchanged(before, arg_child);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('list_vector_create_region_absurd_value_capacity_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    const arg_child = region.vector("int8", 16, { nullable: false });
    const before = remember(arg_child);
    misuse(() => region.listVector(arg_child, 18446744073709551615n, { nullable: false, map: false }), wh.InvalidArgumentError, '', '');
    unchanged(before, arg_child);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('list_vector_create_region_absurd_value_capacity_100000010_limited', () => {
  try {
    const region = track(new wh.Region({ byteLimit: 1048576 }));
    const arg_child = region.vector("int8", 16, { nullable: false });
    const before = remember(arg_child);
    misuse(() => region.listVector(arg_child, 4294967312, { nullable: false, map: false }), wh.OutOfMemoryError, '', '');
    unchanged(before, arg_child);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('list_vector_create_region_absurd_value_capacity_10000000000_limited', () => {
  try {
    const region = track(new wh.Region({ byteLimit: 1048576 }));
    const arg_child = region.vector("int8", 16, { nullable: false });
    const before = remember(arg_child);
    misuse(() => region.listVector(arg_child, 1099511627776, { nullable: false, map: false }), wh.OutOfMemoryError, '', '');
    unchanged(before, arg_child);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('list_vector_create_region_absurd_value_capacity_1000000000000_limited', () => {
  try {
    const region = track(new wh.Region({ byteLimit: 1048576 }));
    const arg_child = region.vector("int8", 16, { nullable: false });
    const before = remember(arg_child);
    misuse(() => region.listVector(arg_child, 281474976710656, { nullable: false, map: false }), wh.OutOfMemoryError, '', '');
    unchanged(before, arg_child);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('list_vector_create_region_absurd_value_capacity_10000000000', () => {
  try {
    const region = track(new wh.Region());
    const arg_child = region.vector("int8", 16, { nullable: false });
    const before = remember(arg_child);
    misuse(() => region.listVector(arg_child, 1099511627776, { nullable: false, map: false }), wh.OutOfMemoryError, '', '');
    unchanged(before, arg_child);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('list_vector_create_region_absurd_value_capacity_1000000000000', () => {
  try {
    const region = track(new wh.Region());
    const arg_child = region.vector("int8", 16, { nullable: false });
    const before = remember(arg_child);
    misuse(() => region.listVector(arg_child, 281474976710656, { nullable: false, map: false }), wh.OutOfMemoryError, '', '');
    unchanged(before, arg_child);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('list_vector_release_list_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    const newer = region.listVector(recv_child, 16, { nullable: false, map: false });
    const again = wh.ListVector.fromHandle(recv.handle);
    const before = remember(recv_child);
    misuse(() => again.close(), wh.ReusedHandleError, 'staleRejected', '');
    newer.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('list_vector_release_list_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.ListVector.fromHandle(13835058050987196417n);
    misuse(() => recv.close(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('list_vector_release_list_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.ListVector.fromHandle(region.handle);
    misuse(() => recv.close(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('list_vector_release_list_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    region.close();
    const again = wh.ListVector.fromHandle(recv.handle);
    misuse(() => again.close(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a second wrapper of an already released handle is closed
test('list_vector_release_list_vector_double_release', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    const again = wh.ListVector.fromHandle(recv.handle);
    const before = remember(recv_child);
    misuse(() => again.close(), wh.StaleHandleError, 'staleRejected', '');
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('list_vector_release_list_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.ListVector.prototype.close.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('list_vector_length_list_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    const before = remember(recv_child);
    misuse(() => recv.length(), wh.StaleHandleError, 'staleRejected', '');
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('list_vector_length_list_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    const newer = region.listVector(recv_child, 16, { nullable: false, map: false });
    const before = remember(recv_child);
    misuse(() => recv.length(), wh.ReusedHandleError, 'staleRejected', '');
    newer.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('list_vector_length_list_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.ListVector.fromHandle(13835058050987196417n);
    misuse(() => recv.length(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('list_vector_length_list_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.ListVector.fromHandle(region.handle);
    misuse(() => recv.length(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('list_vector_length_list_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    region.close();
    const again = wh.ListVector.fromHandle(recv.handle);
    misuse(() => again.length(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('list_vector_length_list_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.ListVector.prototype.length.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('list_vector_capacity_list_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    const before = remember(recv_child);
    misuse(() => recv.capacity(), wh.StaleHandleError, 'staleRejected', '');
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('list_vector_capacity_list_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    const newer = region.listVector(recv_child, 16, { nullable: false, map: false });
    const before = remember(recv_child);
    misuse(() => recv.capacity(), wh.ReusedHandleError, 'staleRejected', '');
    newer.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('list_vector_capacity_list_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.ListVector.fromHandle(13835058050987196417n);
    misuse(() => recv.capacity(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('list_vector_capacity_list_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.ListVector.fromHandle(region.handle);
    misuse(() => recv.capacity(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('list_vector_capacity_list_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    region.close();
    const again = wh.ListVector.fromHandle(recv.handle);
    misuse(() => again.capacity(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('list_vector_capacity_list_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.ListVector.prototype.capacity.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('list_vector_null_count_list_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    const before = remember(recv_child);
    misuse(() => recv.nullCount(), wh.StaleHandleError, 'staleRejected', '');
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('list_vector_null_count_list_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    const newer = region.listVector(recv_child, 16, { nullable: false, map: false });
    const before = remember(recv_child);
    misuse(() => recv.nullCount(), wh.ReusedHandleError, 'staleRejected', '');
    newer.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('list_vector_null_count_list_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.ListVector.fromHandle(13835058050987196417n);
    misuse(() => recv.nullCount(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('list_vector_null_count_list_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.ListVector.fromHandle(region.handle);
    misuse(() => recv.nullCount(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('list_vector_null_count_list_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    region.close();
    const again = wh.ListVector.fromHandle(recv.handle);
    misuse(() => again.nullCount(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('list_vector_null_count_list_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.ListVector.prototype.nullCount.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('list_vector_is_map_list_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    const before = remember(recv_child);
    misuse(() => recv.isMap(), wh.StaleHandleError, 'staleRejected', '');
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('list_vector_is_map_list_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    const newer = region.listVector(recv_child, 16, { nullable: false, map: false });
    const before = remember(recv_child);
    misuse(() => recv.isMap(), wh.ReusedHandleError, 'staleRejected', '');
    newer.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('list_vector_is_map_list_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.ListVector.fromHandle(13835058050987196417n);
    misuse(() => recv.isMap(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('list_vector_is_map_list_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.ListVector.fromHandle(region.handle);
    misuse(() => recv.isMap(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('list_vector_is_map_list_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    region.close();
    const again = wh.ListVector.fromHandle(recv.handle);
    misuse(() => again.isMap(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('list_vector_is_map_list_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.ListVector.prototype.isMap.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('list_vector_is_valid_list_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    const before = remember(recv_child);
    misuse(() => recv.isValid(0), wh.StaleHandleError, 'staleRejected', '');
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('list_vector_is_valid_list_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    const newer = region.listVector(recv_child, 16, { nullable: false, map: false });
    const before = remember(recv_child);
    misuse(() => recv.isValid(0), wh.ReusedHandleError, 'staleRejected', '');
    newer.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('list_vector_is_valid_list_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.ListVector.fromHandle(13835058050987196417n);
    misuse(() => recv.isValid(0), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('list_vector_is_valid_list_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.ListVector.fromHandle(region.handle);
    misuse(() => recv.isValid(0), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('list_vector_is_valid_list_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    region.close();
    const again = wh.ListVector.fromHandle(recv.handle);
    misuse(() => again.isValid(0), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('list_vector_is_valid_list_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.ListVector.prototype.isValid.call(null, 0), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('list_vector_is_valid_list_vector_absurd_value_index_100000010', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    const before = remember(recv_child);
    misuse(() => recv.isValid(4294967312), wh.OutOfRangeError, '', '');
    recv.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('list_vector_is_valid_list_vector_absurd_value_index_10000000000', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    const before = remember(recv_child);
    misuse(() => recv.isValid(1099511627776), wh.OutOfRangeError, '', '');
    recv.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('list_vector_is_valid_list_vector_absurd_value_index_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    const before = remember(recv_child);
    misuse(() => recv.isValid(18446744073709551615n), wh.OutOfRangeError, '', '');
    recv.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('list_vector_value_offset_list_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    const before = remember(recv_child);
    misuse(() => recv.valueOffset(0), wh.StaleHandleError, 'staleRejected', '');
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('list_vector_value_offset_list_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    const newer = region.listVector(recv_child, 16, { nullable: false, map: false });
    const before = remember(recv_child);
    misuse(() => recv.valueOffset(0), wh.ReusedHandleError, 'staleRejected', '');
    newer.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('list_vector_value_offset_list_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.ListVector.fromHandle(13835058050987196417n);
    misuse(() => recv.valueOffset(0), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('list_vector_value_offset_list_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.ListVector.fromHandle(region.handle);
    misuse(() => recv.valueOffset(0), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('list_vector_value_offset_list_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    region.close();
    const again = wh.ListVector.fromHandle(recv.handle);
    misuse(() => again.valueOffset(0), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('list_vector_value_offset_list_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.ListVector.prototype.valueOffset.call(null, 0), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('list_vector_value_offset_list_vector_absurd_value_index_100000010', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    const before = remember(recv_child);
    misuse(() => recv.valueOffset(4294967312), wh.OutOfRangeError, '', '');
    recv.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('list_vector_value_offset_list_vector_absurd_value_index_10000000000', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    const before = remember(recv_child);
    misuse(() => recv.valueOffset(1099511627776), wh.OutOfRangeError, '', '');
    recv.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('list_vector_value_offset_list_vector_absurd_value_index_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    const before = remember(recv_child);
    misuse(() => recv.valueOffset(18446744073709551615n), wh.OutOfRangeError, '', '');
    recv.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('list_vector_value_length_list_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    const before = remember(recv_child);
    misuse(() => recv.valueLength(0), wh.StaleHandleError, 'staleRejected', '');
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('list_vector_value_length_list_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    const newer = region.listVector(recv_child, 16, { nullable: false, map: false });
    const before = remember(recv_child);
    misuse(() => recv.valueLength(0), wh.ReusedHandleError, 'staleRejected', '');
    newer.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('list_vector_value_length_list_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.ListVector.fromHandle(13835058050987196417n);
    misuse(() => recv.valueLength(0), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('list_vector_value_length_list_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.ListVector.fromHandle(region.handle);
    misuse(() => recv.valueLength(0), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('list_vector_value_length_list_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    region.close();
    const again = wh.ListVector.fromHandle(recv.handle);
    misuse(() => again.valueLength(0), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('list_vector_value_length_list_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.ListVector.prototype.valueLength.call(null, 0), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('list_vector_value_length_list_vector_absurd_value_index_100000010', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    const before = remember(recv_child);
    misuse(() => recv.valueLength(4294967312), wh.OutOfRangeError, '', '');
    recv.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('list_vector_value_length_list_vector_absurd_value_index_10000000000', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    const before = remember(recv_child);
    misuse(() => recv.valueLength(1099511627776), wh.OutOfRangeError, '', '');
    recv.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('list_vector_value_length_list_vector_absurd_value_index_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    const before = remember(recv_child);
    misuse(() => recv.valueLength(18446744073709551615n), wh.OutOfRangeError, '', '');
    recv.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('list_vector_append_list_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    const before = remember(recv_child);
    misuse(() => recv.append(new Uint8Array([104, 101, 108, 108, 111])), wh.StaleHandleError, 'staleRejected', '');
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('list_vector_append_list_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    const newer = region.listVector(recv_child, 16, { nullable: false, map: false });
    const before = remember(recv_child);
    misuse(() => recv.append(new Uint8Array([104, 101, 108, 108, 111])), wh.ReusedHandleError, 'staleRejected', '');
    newer.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('list_vector_append_list_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.ListVector.fromHandle(13835058050987196417n);
    misuse(() => recv.append(new Uint8Array([104, 101, 108, 108, 111])), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('list_vector_append_list_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.ListVector.fromHandle(region.handle);
    misuse(() => recv.append(new Uint8Array([104, 101, 108, 108, 111])), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('list_vector_append_list_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    region.close();
    const again = wh.ListVector.fromHandle(recv.handle);
    misuse(() => again.append(new Uint8Array([104, 101, 108, 108, 111])), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('list_vector_append_list_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.ListVector.prototype.append.call(null, new Uint8Array([104, 101, 108, 108, 111])), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('list_vector_append_list_vector_null_value', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    const before = remember(recv_child);
    misuse(() => recv.append(null), wh.InvalidArgumentError, '', 'value');
    recv.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('list_vector_append_null_list_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    const before = remember(recv_child);
    misuse(() => recv.appendNull(), wh.StaleHandleError, 'staleRejected', '');
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('list_vector_append_null_list_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    const newer = region.listVector(recv_child, 16, { nullable: false, map: false });
    const before = remember(recv_child);
    misuse(() => recv.appendNull(), wh.ReusedHandleError, 'staleRejected', '');
    newer.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('list_vector_append_null_list_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.ListVector.fromHandle(13835058050987196417n);
    misuse(() => recv.appendNull(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('list_vector_append_null_list_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.ListVector.fromHandle(region.handle);
    misuse(() => recv.appendNull(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('list_vector_append_null_list_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    region.close();
    const again = wh.ListVector.fromHandle(recv.handle);
    misuse(() => again.appendNull(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('list_vector_append_null_list_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.ListVector.prototype.appendNull.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('list_vector_lookup_list_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    const before = remember(recv_child);
    misuse(() => recv.lookup(0, new Uint8Array([104, 101, 108, 108, 111])), wh.StaleHandleError, 'staleRejected', '');
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('list_vector_lookup_list_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    const newer = region.listVector(recv_child, 16, { nullable: false, map: false });
    const before = remember(recv_child);
    misuse(() => recv.lookup(0, new Uint8Array([104, 101, 108, 108, 111])), wh.ReusedHandleError, 'staleRejected', '');
    newer.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('list_vector_lookup_list_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.ListVector.fromHandle(13835058050987196417n);
    misuse(() => recv.lookup(0, new Uint8Array([104, 101, 108, 108, 111])), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('list_vector_lookup_list_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.ListVector.fromHandle(region.handle);
    misuse(() => recv.lookup(0, new Uint8Array([104, 101, 108, 108, 111])), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('list_vector_lookup_list_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    recv.close();
    region.close();
    const again = wh.ListVector.fromHandle(recv.handle);
    misuse(() => again.lookup(0, new Uint8Array([104, 101, 108, 108, 111])), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('list_vector_lookup_list_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.ListVector.prototype.lookup.call(null, 0, new Uint8Array([104, 101, 108, 108, 111])), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('list_vector_lookup_list_vector_absurd_value_index_100000010', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    const before = remember(recv_child);
    misuse(() => recv.lookup(4294967312, new Uint8Array([104, 101, 108, 108, 111])), wh.OutOfRangeError, '', '');
    recv.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('list_vector_lookup_list_vector_absurd_value_index_10000000000', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    const before = remember(recv_child);
    misuse(() => recv.lookup(1099511627776, new Uint8Array([104, 101, 108, 108, 111])), wh.OutOfRangeError, '', '');
    recv.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('list_vector_lookup_list_vector_absurd_value_index_ffffffffffffffff', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    const before = remember(recv_child);
    misuse(() => recv.lookup(18446744073709551615n, new Uint8Array([104, 101, 108, 108, 111])), wh.OutOfRangeError, '', '');
    recv.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('list_vector_lookup_list_vector_null_key', () => {
  try {
    const region = track(new wh.Region());
    const recv_child = region.vector("int8", 16, { nullable: false });
    const recv = region.listVector(recv_child, 16, { nullable: false, map: false });
    const before = remember(recv_child);
    misuse(() => recv.lookup(0, null), wh.InvalidArgumentError, '', 'key');
    recv.close();
    unchanged(before, recv_child);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('batch_stream_create_region_stale', () => {
  try {
    const region = track(new wh.Region());
    region.close();
    misuse(() => region.batchStream(16), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('batch_stream_create_region_reused', () => {
  try {
    const region = track(new wh.Region());
    region.close();
    const newer = track(new wh.Region());
    misuse(() => region.batchStream(16), wh.ReusedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('batch_stream_create_region_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Region.fromHandle(2305843004918726657n);
    misuse(() => recv.batchStream(16), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('batch_stream_create_region_wrong_kind_buffer', () => {
  try {
    const region = track(new wh.Region());
    const other = region.alloc(16, { align: 16 });
    other.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const recv = wh.Region.fromHandle(other.handle);
    const before = remember(other);
    misuse(() => recv.batchStream(16), wh.WrongKindError, 'staleRejected', '');
    unchanged(before, other);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('batch_stream_create_region_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Region.prototype.batchStream.call(null, 16), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('batch_stream_create_region_absurd_value_max_batches_10001', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.batchStream(65537), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('batch_stream_create_region_absurd_value_max_batches_ffffffff', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.batchStream(4294967295), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('batch_stream_release_batch_stream_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batchStream(16);
    recv.close();
    const newer = region.batchStream(16);
    const again = wh.BatchStream.fromHandle(recv.handle);
    misuse(() => again.close(), wh.ReusedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('batch_stream_release_batch_stream_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.BatchStream.fromHandle(11529215041773502465n);
    misuse(() => recv.close(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('batch_stream_release_batch_stream_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.BatchStream.fromHandle(region.handle);
    misuse(() => recv.close(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('batch_stream_release_batch_stream_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batchStream(16);
    region.close();
    misuse(() => recv.close(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a second wrapper of an already released handle is closed
test('batch_stream_release_batch_stream_double_release', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batchStream(16);
    recv.close();
    const again = wh.BatchStream.fromHandle(recv.handle);
    misuse(() => again.close(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('batch_stream_release_batch_stream_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.BatchStream.prototype.close.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('batch_stream_add_batch_batch_stream_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batchStream(16);
    const arg_batch = region.batch(16);
    recv.close();
    misuse(() => recv.addBatch(arg_batch), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('batch_stream_add_batch_batch_stream_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batchStream(16);
    const arg_batch = region.batch(16);
    recv.close();
    const newer = region.batchStream(16);
    misuse(() => recv.addBatch(arg_batch), wh.ReusedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('batch_stream_add_batch_batch_stream_forged', () => {
  try {
    const region = track(new wh.Region());
    const arg_batch = region.batch(16);
    const recv = wh.BatchStream.fromHandle(11529215041773502465n);
    misuse(() => recv.addBatch(arg_batch), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('batch_stream_add_batch_batch_stream_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const arg_batch = region.batch(16);
    const recv = wh.BatchStream.fromHandle(region.handle);
    misuse(() => recv.addBatch(arg_batch), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('batch_stream_add_batch_batch_stream_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batchStream(16);
    const arg_batch = region.batch(16);
    region.close();
    misuse(() => recv.addBatch(arg_batch), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('batch_stream_add_batch_batch_stream_null', () => {
  try {
    const region = track(new wh.Region());
    const arg_batch = region.batch(16);
    misuse(() => wh.BatchStream.prototype.addBatch.call(null, arg_batch), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('batch_stream_add_batch_batch_stale_batch', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batchStream(16);
    const arg_batch = region.batch(16);
    arg_batch.close();
    misuse(() => recv.addBatch(arg_batch), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('batch_stream_add_batch_batch_forged_batch', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batchStream(16);
    const arg_batch = wh.Batch.fromHandle(10376293537166655489n);
    misuse(() => recv.addBatch(arg_batch), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('batch_stream_add_batch_batch_reused_batch', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batchStream(16);
    const arg_batch = region.batch(16);
    arg_batch.close();
    const newer = region.batch(16);
    misuse(() => recv.addBatch(arg_batch), wh.ReusedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('batch_stream_add_batch_batch_null_batch', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batchStream(16);
    misuse(() => recv.addBatch(null), wh.InvalidArgumentError, '', 'batch');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('batch_stream_num_batches_batch_stream_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batchStream(16);
    recv.close();
    misuse(() => recv.numBatches(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('batch_stream_num_batches_batch_stream_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batchStream(16);
    recv.close();
    const newer = region.batchStream(16);
    misuse(() => recv.numBatches(), wh.ReusedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('batch_stream_num_batches_batch_stream_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.BatchStream.fromHandle(11529215041773502465n);
    misuse(() => recv.numBatches(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('batch_stream_num_batches_batch_stream_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.BatchStream.fromHandle(region.handle);
    misuse(() => recv.numBatches(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('batch_stream_num_batches_batch_stream_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.batchStream(16);
    region.close();
    misuse(() => recv.numBatches(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('batch_stream_num_batches_batch_stream_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.BatchStream.prototype.numBatches.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('foreign_create_region_stale', () => {
  try {
    const region = track(new wh.Region());
    region.close();
    misuse(() => region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111])), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('foreign_create_region_reused', () => {
  try {
    const region = track(new wh.Region());
    region.close();
    const newer = track(new wh.Region());
    misuse(() => region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111])), wh.ReusedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('foreign_create_region_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Region.fromHandle(2305843004918726657n);
    misuse(() => recv.foreign("int8", new Uint8Array([104, 101, 108, 108, 111])), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('foreign_create_region_wrong_kind_buffer', () => {
  try {
    const region = track(new wh.Region());
    const other = region.alloc(16, { align: 16 });
    other.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const recv = wh.Region.fromHandle(other.handle);
    const before = remember(other);
    misuse(() => recv.foreign("int8", new Uint8Array([104, 101, 108, 108, 111])), wh.WrongKindError, 'staleRejected', '');
    unchanged(before, other);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('foreign_create_region_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Region.prototype.foreign.call(null, "int8", new Uint8Array([104, 101, 108, 108, 111])), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('foreign_create_region_null_values', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => region.foreign("int8", null), wh.InvalidArgumentError, '', 'values');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('foreign_release_foreign_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    const newer = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    const again = wh.Foreign.fromHandle(recv.handle);
    const before = remember(newer);
    misuse(() => again.close(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('foreign_release_foreign_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Foreign.fromHandle(14987979555594043393n);
    misuse(() => recv.close(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('foreign_release_foreign_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Foreign.fromHandle(region.handle);
    misuse(() => recv.close(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('foreign_release_foreign_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    region.close();
    misuse(() => recv.close(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a second wrapper of an already released handle is closed
test('foreign_release_foreign_double_release', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    const again = wh.Foreign.fromHandle(recv.handle);
    misuse(() => again.close(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('foreign_release_foreign_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Foreign.prototype.close.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('foreign_release_foreign_while_borrowed_shared', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(recv);
    const held = track(recv.view());
    misuse(() => recv.close(), wh.BorrowError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('foreign_length_foreign_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    misuse(() => recv.length(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('foreign_length_foreign_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    const newer = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(newer);
    misuse(() => recv.length(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('foreign_length_foreign_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Foreign.fromHandle(14987979555594043393n);
    misuse(() => recv.length(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('foreign_length_foreign_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Foreign.fromHandle(region.handle);
    misuse(() => recv.length(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('foreign_length_foreign_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    region.close();
    misuse(() => recv.length(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('foreign_length_foreign_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Foreign.prototype.length.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('foreign_null_count_foreign_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    misuse(() => recv.nullCount(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('foreign_null_count_foreign_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    const newer = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(newer);
    misuse(() => recv.nullCount(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('foreign_null_count_foreign_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Foreign.fromHandle(14987979555594043393n);
    misuse(() => recv.nullCount(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('foreign_null_count_foreign_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Foreign.fromHandle(region.handle);
    misuse(() => recv.nullCount(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('foreign_null_count_foreign_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    region.close();
    misuse(() => recv.nullCount(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('foreign_null_count_foreign_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Foreign.prototype.nullCount.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('foreign_offset_foreign_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    misuse(() => recv.offset(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('foreign_offset_foreign_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    const newer = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(newer);
    misuse(() => recv.offset(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('foreign_offset_foreign_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Foreign.fromHandle(14987979555594043393n);
    misuse(() => recv.offset(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('foreign_offset_foreign_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Foreign.fromHandle(region.handle);
    misuse(() => recv.offset(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('foreign_offset_foreign_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    region.close();
    misuse(() => recv.offset(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('foreign_offset_foreign_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Foreign.prototype.offset.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('foreign_num_children_foreign_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    misuse(() => recv.numChildren(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('foreign_num_children_foreign_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    const newer = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(newer);
    misuse(() => recv.numChildren(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('foreign_num_children_foreign_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Foreign.fromHandle(14987979555594043393n);
    misuse(() => recv.numChildren(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('foreign_num_children_foreign_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Foreign.fromHandle(region.handle);
    misuse(() => recv.numChildren(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('foreign_num_children_foreign_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    region.close();
    misuse(() => recv.numChildren(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('foreign_num_children_foreign_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Foreign.prototype.numChildren.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('foreign_format_foreign_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    misuse(() => recv.format(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('foreign_format_foreign_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    const newer = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(newer);
    misuse(() => recv.format(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('foreign_format_foreign_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Foreign.fromHandle(14987979555594043393n);
    misuse(() => recv.format(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('foreign_format_foreign_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Foreign.fromHandle(region.handle);
    misuse(() => recv.format(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('foreign_format_foreign_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    region.close();
    misuse(() => recv.format(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('foreign_format_foreign_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Foreign.prototype.format.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('borrow_shared_buffer_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    recv.close();
    misuse(() => recv.view(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('borrow_shared_buffer_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    recv.close();
    const newer = region.alloc(16, { align: 16 });
    newer.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const before = remember(newer);
    misuse(() => recv.view(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('borrow_shared_buffer_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.WeaveHeapBuffer.fromHandle(3458764509525573633n);
    misuse(() => recv.view(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('borrow_shared_buffer_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.WeaveHeapBuffer.fromHandle(region.handle);
    misuse(() => recv.view(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('borrow_shared_buffer_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    region.close();
    misuse(() => recv.view(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('borrow_shared_buffer_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.WeaveHeapBuffer.prototype.view.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_shared_buffer_borrow_conflict_unique_shared', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const before = remember(recv);
    const held = track(recv.view({ writable: true }));
    misuse(() => recv.view(), wh.BorrowConflictError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('borrow_shared_bytes_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    misuse(() => recv.view(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('borrow_shared_bytes_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    const newer = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(newer);
    misuse(() => recv.view(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('borrow_shared_bytes_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Bytes.fromHandle(4611686014132420609n);
    misuse(() => recv.view(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('borrow_shared_bytes_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Bytes.fromHandle(region.handle);
    misuse(() => recv.view(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('borrow_shared_bytes_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    region.close();
    misuse(() => recv.view(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('borrow_shared_bytes_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Bytes.prototype.view.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_shared_bytes_borrow_conflict_unique_shared', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(recv);
    const held = track(recv.view({ writable: true }));
    misuse(() => recv.view(), wh.BorrowConflictError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('borrow_shared_string_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    misuse(() => recv.view(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('borrow_shared_string_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    const newer = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(newer);
    misuse(() => recv.view(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('borrow_shared_string_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.WeaveHeapString.fromHandle(5764607518739267585n);
    misuse(() => recv.view(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('borrow_shared_string_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.WeaveHeapString.fromHandle(region.handle);
    misuse(() => recv.view(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('borrow_shared_string_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    region.close();
    misuse(() => recv.view(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('borrow_shared_string_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.WeaveHeapString.prototype.view.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_shared_string_borrow_conflict_unique_shared', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(recv);
    const held = track(recv.view({ writable: true }));
    misuse(() => recv.view(), wh.BorrowConflictError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('borrow_shared_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    misuse(() => recv.view(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('borrow_shared_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    const newer = region.vector("int8", 16, { nullable: false });
    const before = remember(newer);
    misuse(() => recv.view(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('borrow_shared_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(9223372032559808513n);
    misuse(() => recv.view(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('borrow_shared_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(region.handle);
    misuse(() => recv.view(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('borrow_shared_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    region.close();
    misuse(() => recv.view(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('borrow_shared_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Vector.prototype.view.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_shared_vector_borrow_conflict_unique_shared', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    const held = track(recv.view({ writable: true }));
    misuse(() => recv.view(), wh.BorrowConflictError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('borrow_shared_var_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    misuse(() => recv.view(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('borrow_shared_var_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    const newer = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(newer);
    misuse(() => recv.view(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('borrow_shared_var_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(12682136546380349441n);
    misuse(() => recv.view(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('borrow_shared_var_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(region.handle);
    misuse(() => recv.view(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('borrow_shared_var_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    region.close();
    misuse(() => recv.view(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('borrow_shared_var_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.VarVector.prototype.view.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_shared_var_vector_borrow_conflict_unique_shared', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    const held = track(recv.view({ writable: true }));
    misuse(() => recv.view(), wh.BorrowConflictError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('borrow_shared_foreign_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    misuse(() => recv.view(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('borrow_shared_foreign_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    const newer = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(newer);
    misuse(() => recv.view(), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('borrow_shared_foreign_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Foreign.fromHandle(14987979555594043393n);
    misuse(() => recv.view(), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('borrow_shared_foreign_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Foreign.fromHandle(region.handle);
    misuse(() => recv.view(), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('borrow_shared_foreign_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    region.close();
    misuse(() => recv.view(), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('borrow_shared_foreign_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Foreign.prototype.view.call(null), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_shared_foreign_borrow_conflict_unique_shared', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(recv);
    const held = track(recv.view({ writable: true }));
    misuse(() => recv.view(), wh.BorrowConflictError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('borrow_unique_buffer_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    recv.close();
    misuse(() => recv.view({ writable: true }), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('borrow_unique_buffer_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    recv.close();
    const newer = region.alloc(16, { align: 16 });
    newer.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const before = remember(newer);
    misuse(() => recv.view({ writable: true }), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('borrow_unique_buffer_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.WeaveHeapBuffer.fromHandle(3458764509525573633n);
    misuse(() => recv.view({ writable: true }), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('borrow_unique_buffer_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.WeaveHeapBuffer.fromHandle(region.handle);
    misuse(() => recv.view({ writable: true }), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('borrow_unique_buffer_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    region.close();
    misuse(() => recv.view({ writable: true }), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('borrow_unique_buffer_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.WeaveHeapBuffer.prototype.view.call(null, { writable: true }), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_unique_buffer_borrow_conflict_shared_unique', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const before = remember(recv);
    const held = track(recv.view());
    misuse(() => recv.view({ writable: true }), wh.BorrowConflictError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_unique_buffer_borrow_conflict_unique_unique', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.alloc(16, { align: 16 });
    recv.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const before = remember(recv);
    const held = track(recv.view({ writable: true }));
    misuse(() => recv.view({ writable: true }), wh.BorrowConflictError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('borrow_unique_bytes_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    misuse(() => recv.view({ writable: true }), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('borrow_unique_bytes_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    const newer = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(newer);
    misuse(() => recv.view({ writable: true }), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('borrow_unique_bytes_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Bytes.fromHandle(4611686014132420609n);
    misuse(() => recv.view({ writable: true }), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('borrow_unique_bytes_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Bytes.fromHandle(region.handle);
    misuse(() => recv.view({ writable: true }), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('borrow_unique_bytes_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    region.close();
    misuse(() => recv.view({ writable: true }), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('borrow_unique_bytes_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Bytes.prototype.view.call(null, { writable: true }), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_unique_bytes_borrow_conflict_shared_unique', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(recv);
    const held = track(recv.view());
    misuse(() => recv.view({ writable: true }), wh.BorrowConflictError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_unique_bytes_borrow_conflict_unique_unique', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(recv);
    const held = track(recv.view({ writable: true }));
    misuse(() => recv.view({ writable: true }), wh.BorrowConflictError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('borrow_unique_string_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    misuse(() => recv.view({ writable: true }), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('borrow_unique_string_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    const newer = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(newer);
    misuse(() => recv.view({ writable: true }), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('borrow_unique_string_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.WeaveHeapString.fromHandle(5764607518739267585n);
    misuse(() => recv.view({ writable: true }), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('borrow_unique_string_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.WeaveHeapString.fromHandle(region.handle);
    misuse(() => recv.view({ writable: true }), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('borrow_unique_string_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    region.close();
    misuse(() => recv.view({ writable: true }), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('borrow_unique_string_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.WeaveHeapString.prototype.view.call(null, { writable: true }), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_unique_string_borrow_conflict_shared_unique', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(recv);
    const held = track(recv.view());
    misuse(() => recv.view({ writable: true }), wh.BorrowConflictError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_unique_string_borrow_conflict_unique_unique', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.string(new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(recv);
    const held = track(recv.view({ writable: true }));
    misuse(() => recv.view({ writable: true }), wh.BorrowConflictError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('borrow_unique_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    misuse(() => recv.view({ writable: true }), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('borrow_unique_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    recv.close();
    const newer = region.vector("int8", 16, { nullable: false });
    const before = remember(newer);
    misuse(() => recv.view({ writable: true }), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('borrow_unique_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(9223372032559808513n);
    misuse(() => recv.view({ writable: true }), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('borrow_unique_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Vector.fromHandle(region.handle);
    misuse(() => recv.view({ writable: true }), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('borrow_unique_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    region.close();
    misuse(() => recv.view({ writable: true }), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('borrow_unique_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Vector.prototype.view.call(null, { writable: true }), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_unique_vector_borrow_conflict_shared_unique', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    const held = track(recv.view());
    misuse(() => recv.view({ writable: true }), wh.BorrowConflictError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_unique_vector_borrow_conflict_unique_unique', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.vector("int8", 16, { nullable: false });
    const before = remember(recv);
    const held = track(recv.view({ writable: true }));
    misuse(() => recv.view({ writable: true }), wh.BorrowConflictError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('borrow_unique_var_vector_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    misuse(() => recv.view({ writable: true }), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('borrow_unique_var_vector_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    recv.close();
    const newer = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(newer);
    misuse(() => recv.view({ writable: true }), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('borrow_unique_var_vector_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(12682136546380349441n);
    misuse(() => recv.view({ writable: true }), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('borrow_unique_var_vector_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.VarVector.fromHandle(region.handle);
    misuse(() => recv.view({ writable: true }), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('borrow_unique_var_vector_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    region.close();
    misuse(() => recv.view({ writable: true }), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('borrow_unique_var_vector_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.VarVector.prototype.view.call(null, { writable: true }), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_unique_var_vector_borrow_conflict_shared_unique', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    const held = track(recv.view());
    misuse(() => recv.view({ writable: true }), wh.BorrowConflictError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_unique_var_vector_borrow_conflict_unique_unique', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.varVector(16, 16, { nullable: false, binary: false });
    const before = remember(recv);
    const held = track(recv.view({ writable: true }));
    misuse(() => recv.view({ writable: true }), wh.BorrowConflictError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('borrow_unique_foreign_stale', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    misuse(() => recv.view({ writable: true }), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('borrow_unique_foreign_reused', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    recv.close();
    const newer = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(newer);
    misuse(() => recv.view({ writable: true }), wh.ReusedHandleError, 'staleRejected', '');
    unchanged(before, newer);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('borrow_unique_foreign_forged', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Foreign.fromHandle(14987979555594043393n);
    misuse(() => recv.view({ writable: true }), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('borrow_unique_foreign_wrong_kind_region', () => {
  try {
    const region = track(new wh.Region());
    const recv = wh.Foreign.fromHandle(region.handle);
    misuse(() => recv.view({ writable: true }), wh.WrongKindError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('borrow_unique_foreign_after_region_destroy', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    region.close();
    misuse(() => recv.view({ writable: true }), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('borrow_unique_foreign_null', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.Foreign.prototype.view.call(null, { writable: true }), wh.InvalidArgumentError, '', '');
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_unique_foreign_borrow_conflict_shared_unique', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(recv);
    const held = track(recv.view());
    misuse(() => recv.view({ writable: true }), wh.BorrowConflictError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_unique_foreign_borrow_conflict_unique_unique', () => {
  try {
    const region = track(new wh.Region());
    const recv = region.foreign("int8", new Uint8Array([104, 101, 108, 108, 111]));
    const before = remember(recv);
    const held = track(recv.view({ writable: true }));
    misuse(() => recv.view({ writable: true }), wh.BorrowConflictError, 'borrowConflicts', '');
    held.close();
    unchanged(before, recv);
  } finally {
    cleanup();
  }
});

// a second wrapper of an already released handle is closed
test('borrow_release_view_double_release', () => {
  try {
    const region = track(new wh.Region());
    const viewed = region.alloc(16, { align: 16 });
    viewed.write(0, new Uint8Array([160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]));
    const before = remember(viewed);
    const first = track(viewed.view());
    first.close();
    const recv = wh.View.fromHandle(first.handle);
    misuse(() => recv.close(), wh.StaleHandleError, 'staleRejected', '');
    unchanged(before, viewed);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('handle_kind_of_region_stale_handle', () => {
  try {
    const region = track(new wh.Region());
    region.close();
    misuse(() => wh.handleKindOf(region), wh.StaleHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('handle_kind_of_region_forged_handle', () => {
  try {
    const region = track(new wh.Region());
    const arg_handle = wh.Region.fromHandle(2305843004918726657n);
    misuse(() => wh.handleKindOf(arg_handle), wh.ForgedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('handle_kind_of_region_reused_handle', () => {
  try {
    const region = track(new wh.Region());
    region.close();
    const newer = track(new wh.Region());
    misuse(() => wh.handleKindOf(region), wh.ReusedHandleError, 'staleRejected', '');
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('handle_kind_of_region_null_handle', () => {
  try {
    const region = track(new wh.Region());
    misuse(() => wh.handleKindOf(null), wh.InvalidArgumentError, '', 'handle');
  } finally {
    cleanup();
  }
});

