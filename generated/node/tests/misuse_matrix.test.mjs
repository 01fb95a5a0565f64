// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 9642b5336c411b3e8138dbfec9a542ba111ba757cb2538628071934c4e6b3821
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

// What a test made: closed (views) and destroyed (regions) after it.
let alive = [];
function track(x) {
  alive.push(x);
  return x;
}
function cleanup() {
  for (const x of alive.reverse()) {
    try { x.close(); } catch { /* already closed, or its region is gone */ }
  }
  alive = [];
}

// How each class's object is made.
const make = {
  region(options) {
    return track(new wh.Region(options));
  },
  buffer(r) {
    const o = r.alloc(16, { align: 16 });
    const v = o.view({ writable: true });
    for (let i = 0; i < v.length; i++) v[i] = (i * 37 + 11) & 255;
    v.close();
    return o;
  },
  bytes(r) {
    const o = r.bytes(new Uint8Array([104, 101, 108, 108, 111]));
    return o;
  },
  string(r) {
    const o = r.string(new Uint8Array([104, 101, 108, 108, 111]));
    return o;
  },
};

// Makes objects until the slot of `h` holds a newer one.
function reuse(h, makeOne) {
  for (let i = 0; i < 4096; i++) {
    makeOne();
    try {
      wh.handleKindOf(h);
    } catch (e) {
      if (e instanceof wh.ReusedHandleError) return;
    }
  }
  assert.fail(`the slot of 0x${h.toString(16)} was not reused`);
}

// The bytes of a memory object, read through a view (no copy counted): the
// unique view held on it, or a shared one taken for the purpose.
function bytesOf(obj, held) {
  if (held && !held.shared) return [...held];
  const v = obj.view();
  try {
    return [...v];
  } finally {
    v.close();
  }
}

function misuse(call, Cls, counter, guard, held) {
  const bytes = guard ? bytesOf(guard, held) : null;
  const before = wh.stats();
  let thrown;
  try {
    call();
  } catch (e) {
    thrown = e;
  }
  const after = wh.stats();
  assert.ok(thrown !== undefined, `no error: expected ${Cls.name}`);
  assert.equal(thrown.constructor, Cls, `expected ${Cls.name}, got ${thrown.name}: ${thrown.message}`);
  for (const k of Object.keys(before)) {
    assert.equal(after[k], before[k] + (k === counter ? 1 : 0), `counter ${k}`);
  }
  if (guard) assert.deepEqual(bytesOf(guard, held), bytes, 'the target\'s bytes');
}

// the object was closed and its slot now holds a newer object
test('region_destroy_region_reused', () => {
  try {
    const r = make.region();
    const first = r;
    const h = first.handle;
    first.close();
    reuse(h, () => make.region());
    const obj = wh.Region.fromHandle(h);
    misuse(() => obj.close(), wh.ReusedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('region_destroy_region_forged', () => {
  try {
    const r = make.region();
    const obj = wh.Region.fromHandle(2305843004918726657n);
    misuse(() => obj.close(), wh.ForgedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('region_destroy_region_wrong_kind_buffer', () => {
  try {
    const r = make.region();
    const other = make.buffer(r);
    const obj = wh.Region.fromHandle(other.handle);
    misuse(() => obj.close(), wh.WrongKindError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a second wrapper of an already released handle is closed
test('region_destroy_region_double_release', () => {
  try {
    const r = make.region();
    const first = r;
    first.close();
    const obj = wh.Region.fromHandle(first.handle);
    misuse(() => obj.close(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('region_destroy_region_null', () => {
  try {
    const r = make.region();
    const real = r;
    misuse(() => wh.Region.prototype.close.call(null), wh.InvalidArgumentError, '', null, null);
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('region_destroy_region_while_borrowed_shared', () => {
  try {
    const r = make.region();
    const obj = r;
    const viewed = make.buffer(r);
    const held = track(viewed.view());
    misuse(() => obj.close(), wh.BorrowError, 'borrowConflicts', viewed, held);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('region_reset_region_stale', () => {
  try {
    const r = make.region();
    const obj = r;
    obj.close();
    misuse(() => obj.reset(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('region_reset_region_reused', () => {
  try {
    const r = make.region();
    const obj = r;
    const h = obj.handle;
    obj.close();
    reuse(h, () => make.region());
    misuse(() => obj.reset(), wh.ReusedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('region_reset_region_forged', () => {
  try {
    const r = make.region();
    const obj = wh.Region.fromHandle(2305843004918726657n);
    misuse(() => obj.reset(), wh.ForgedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('region_reset_region_wrong_kind_buffer', () => {
  try {
    const r = make.region();
    const other = make.buffer(r);
    const obj = wh.Region.fromHandle(other.handle);
    misuse(() => obj.reset(), wh.WrongKindError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('region_reset_region_null', () => {
  try {
    const r = make.region();
    const real = r;
    misuse(() => wh.Region.prototype.reset.call(null), wh.InvalidArgumentError, '', null, null);
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('region_reset_region_while_borrowed_shared', () => {
  try {
    const r = make.region();
    const obj = r;
    const viewed = make.buffer(r);
    const held = track(viewed.view());
    misuse(() => obj.reset(), wh.BorrowError, 'borrowConflicts', viewed, held);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('region_stats_region_stale', () => {
  try {
    const r = make.region();
    const obj = r;
    obj.close();
    misuse(() => obj.stats(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('region_stats_region_reused', () => {
  try {
    const r = make.region();
    const obj = r;
    const h = obj.handle;
    obj.close();
    reuse(h, () => make.region());
    misuse(() => obj.stats(), wh.ReusedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('region_stats_region_forged', () => {
  try {
    const r = make.region();
    const obj = wh.Region.fromHandle(2305843004918726657n);
    misuse(() => obj.stats(), wh.ForgedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('region_stats_region_wrong_kind_buffer', () => {
  try {
    const r = make.region();
    const other = make.buffer(r);
    const obj = wh.Region.fromHandle(other.handle);
    misuse(() => obj.stats(), wh.WrongKindError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('region_stats_region_null', () => {
  try {
    const r = make.region();
    const real = r;
    misuse(() => wh.Region.prototype.stats.call(null), wh.InvalidArgumentError, '', null, null);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('buffer_alloc_region_stale', () => {
  try {
    const r = make.region();
    const obj = r;
    obj.close();
    misuse(() => obj.alloc(16, { align: 16 }), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('buffer_alloc_region_reused', () => {
  try {
    const r = make.region();
    const obj = r;
    const h = obj.handle;
    obj.close();
    reuse(h, () => make.region());
    misuse(() => obj.alloc(16, { align: 16 }), wh.ReusedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('buffer_alloc_region_forged', () => {
  try {
    const r = make.region();
    const obj = wh.Region.fromHandle(2305843004918726657n);
    misuse(() => obj.alloc(16, { align: 16 }), wh.ForgedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('buffer_alloc_region_wrong_kind_buffer', () => {
  try {
    const r = make.region();
    const other = make.buffer(r);
    const obj = wh.Region.fromHandle(other.handle);
    misuse(() => obj.alloc(16, { align: 16 }), wh.WrongKindError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('buffer_alloc_region_null', () => {
  try {
    const r = make.region();
    const real = r;
    misuse(() => wh.Region.prototype.alloc.call(null, 16, { align: 16 }), wh.InvalidArgumentError, '', null, null);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_alloc_region_absurd_value_size_1000000000001', () => {
  try {
    const r = make.region();
    const obj = r;
    misuse(() => obj.alloc(281474976710657, { align: 16 }), wh.InvalidArgumentError, '', null, null);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_alloc_region_absurd_value_size_ffffffffffffffff', () => {
  try {
    const r = make.region();
    const obj = r;
    misuse(() => obj.alloc(18446744073709551615n, { align: 16 }), wh.InvalidArgumentError, '', null, null);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_alloc_region_absurd_value_size_100000010_limited', () => {
  try {
    const r = make.region({ byteLimit: 1048576 });
    const obj = r;
    misuse(() => obj.alloc(4294967312, { align: 16 }), wh.OutOfMemoryError, '', null, null);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_alloc_region_absurd_value_size_10000000000_limited', () => {
  try {
    const r = make.region({ byteLimit: 1048576 });
    const obj = r;
    misuse(() => obj.alloc(1099511627776, { align: 16 }), wh.OutOfMemoryError, '', null, null);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_alloc_region_absurd_value_size_1000000000000_limited', () => {
  try {
    const r = make.region({ byteLimit: 1048576 });
    const obj = r;
    misuse(() => obj.alloc(281474976710656, { align: 16 }), wh.OutOfMemoryError, '', null, null);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_alloc_region_absurd_value_size_10000000000', () => {
  try {
    const r = make.region();
    const obj = r;
    misuse(() => obj.alloc(1099511627776, { align: 16 }), wh.OutOfMemoryError, '', null, null);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_alloc_region_absurd_value_size_1000000000000', () => {
  try {
    const r = make.region();
    const obj = r;
    misuse(() => obj.alloc(281474976710656, { align: 16 }), wh.OutOfMemoryError, '', null, null);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_alloc_region_absurd_value_align_100001', () => {
  try {
    const r = make.region();
    const obj = r;
    misuse(() => obj.alloc(16, { align: 1048577 }), wh.InvalidArgumentError, '', null, null);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_alloc_region_absurd_value_align_ffffffffffffffff', () => {
  try {
    const r = make.region();
    const obj = r;
    misuse(() => obj.alloc(16, { align: 18446744073709551615n }), wh.InvalidArgumentError, '', null, null);
  } finally {
    cleanup();
  }
});

// an integer that must be a power of two and is not
test('buffer_alloc_region_bad_alignment_align_0', () => {
  try {
    const r = make.region();
    const obj = r;
    misuse(() => obj.alloc(16, { align: 0 }), wh.InvalidArgumentError, '', null, null);
  } finally {
    cleanup();
  }
});

// an integer that must be a power of two and is not
test('buffer_alloc_region_bad_alignment_align_3', () => {
  try {
    const r = make.region();
    const obj = r;
    misuse(() => obj.alloc(16, { align: 3 }), wh.InvalidArgumentError, '', null, null);
  } finally {
    cleanup();
  }
});

// an integer that must be a power of two and is not
test('buffer_alloc_region_bad_alignment_align_18', () => {
  try {
    const r = make.region();
    const obj = r;
    misuse(() => obj.alloc(16, { align: 24 }), wh.InvalidArgumentError, '', null, null);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('buffer_release_buffer_reused', () => {
  try {
    const r = make.region();
    const first = make.buffer(r);
    const h = first.handle;
    first.close();
    reuse(h, () => make.buffer(r));
    const obj = wh.WeaveHeapBuffer.fromHandle(h);
    misuse(() => obj.close(), wh.ReusedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('buffer_release_buffer_forged', () => {
  try {
    const r = make.region();
    const obj = wh.WeaveHeapBuffer.fromHandle(3458764509525573633n);
    misuse(() => obj.close(), wh.ForgedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('buffer_release_buffer_wrong_kind_region', () => {
  try {
    const r = make.region();
    const other = r;
    const obj = wh.WeaveHeapBuffer.fromHandle(other.handle);
    misuse(() => obj.close(), wh.WrongKindError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('buffer_release_buffer_after_region_destroy', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    r.close();
    misuse(() => obj.close(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a second wrapper of an already released handle is closed
test('buffer_release_buffer_double_release', () => {
  try {
    const r = make.region();
    const first = make.buffer(r);
    first.close();
    const obj = wh.WeaveHeapBuffer.fromHandle(first.handle);
    misuse(() => obj.close(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('buffer_release_buffer_null', () => {
  try {
    const r = make.region();
    const real = make.buffer(r);
    misuse(() => wh.WeaveHeapBuffer.prototype.close.call(null), wh.InvalidArgumentError, '', real, null);
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('buffer_release_buffer_while_borrowed_shared', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    const held = track(obj.view());
    misuse(() => obj.close(), wh.BorrowError, 'borrowConflicts', obj, held);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('buffer_size_buffer_stale', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    obj.close();
    misuse(() => obj.size(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('buffer_size_buffer_reused', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    const h = obj.handle;
    obj.close();
    reuse(h, () => make.buffer(r));
    misuse(() => obj.size(), wh.ReusedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('buffer_size_buffer_forged', () => {
  try {
    const r = make.region();
    const obj = wh.WeaveHeapBuffer.fromHandle(3458764509525573633n);
    misuse(() => obj.size(), wh.ForgedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('buffer_size_buffer_wrong_kind_region', () => {
  try {
    const r = make.region();
    const other = r;
    const obj = wh.WeaveHeapBuffer.fromHandle(other.handle);
    misuse(() => obj.size(), wh.WrongKindError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('buffer_size_buffer_after_region_destroy', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    r.close();
    misuse(() => obj.size(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('buffer_size_buffer_null', () => {
  try {
    const r = make.region();
    const real = make.buffer(r);
    misuse(() => wh.WeaveHeapBuffer.prototype.size.call(null), wh.InvalidArgumentError, '', real, null);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('buffer_write_buffer_stale', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    obj.close();
    misuse(() => obj.write(0, new Uint8Array([104, 101, 108, 108, 111])), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('buffer_write_buffer_reused', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    const h = obj.handle;
    obj.close();
    reuse(h, () => make.buffer(r));
    misuse(() => obj.write(0, new Uint8Array([104, 101, 108, 108, 111])), wh.ReusedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('buffer_write_buffer_forged', () => {
  try {
    const r = make.region();
    const obj = wh.WeaveHeapBuffer.fromHandle(3458764509525573633n);
    misuse(() => obj.write(0, new Uint8Array([104, 101, 108, 108, 111])), wh.ForgedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('buffer_write_buffer_wrong_kind_region', () => {
  try {
    const r = make.region();
    const other = r;
    const obj = wh.WeaveHeapBuffer.fromHandle(other.handle);
    misuse(() => obj.write(0, new Uint8Array([104, 101, 108, 108, 111])), wh.WrongKindError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('buffer_write_buffer_after_region_destroy', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    r.close();
    misuse(() => obj.write(0, new Uint8Array([104, 101, 108, 108, 111])), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('buffer_write_buffer_null', () => {
  try {
    const r = make.region();
    const real = make.buffer(r);
    misuse(() => wh.WeaveHeapBuffer.prototype.write.call(null, 0, new Uint8Array([104, 101, 108, 108, 111])), wh.InvalidArgumentError, '', real, null);
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('buffer_write_buffer_while_borrowed_shared', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    const held = track(obj.view());
    misuse(() => obj.write(0, new Uint8Array([104, 101, 108, 108, 111])), wh.BorrowError, 'borrowConflicts', obj, held);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_write_buffer_absurd_value_offset_100000010', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    misuse(() => obj.write(4294967312, new Uint8Array([104, 101, 108, 108, 111])), wh.OutOfRangeError, '', obj, null);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_write_buffer_absurd_value_offset_10000000000', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    misuse(() => obj.write(1099511627776, new Uint8Array([104, 101, 108, 108, 111])), wh.OutOfRangeError, '', obj, null);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_write_buffer_absurd_value_offset_ffffffffffffffff', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    misuse(() => obj.write(18446744073709551615n, new Uint8Array([104, 101, 108, 108, 111])), wh.OutOfRangeError, '', obj, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('buffer_write_buffer_null_data', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    misuse(() => obj.write(0, null), wh.InvalidArgumentError, '', obj, null);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('buffer_read_buffer_stale', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    obj.close();
    misuse(() => obj.read(0, new Uint8Array(4)), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('buffer_read_buffer_reused', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    const h = obj.handle;
    obj.close();
    reuse(h, () => make.buffer(r));
    misuse(() => obj.read(0, new Uint8Array(4)), wh.ReusedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('buffer_read_buffer_forged', () => {
  try {
    const r = make.region();
    const obj = wh.WeaveHeapBuffer.fromHandle(3458764509525573633n);
    misuse(() => obj.read(0, new Uint8Array(4)), wh.ForgedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('buffer_read_buffer_wrong_kind_region', () => {
  try {
    const r = make.region();
    const other = r;
    const obj = wh.WeaveHeapBuffer.fromHandle(other.handle);
    misuse(() => obj.read(0, new Uint8Array(4)), wh.WrongKindError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('buffer_read_buffer_after_region_destroy', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    r.close();
    misuse(() => obj.read(0, new Uint8Array(4)), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('buffer_read_buffer_null', () => {
  try {
    const r = make.region();
    const real = make.buffer(r);
    misuse(() => wh.WeaveHeapBuffer.prototype.read.call(null, 0, new Uint8Array(4)), wh.InvalidArgumentError, '', real, null);
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('buffer_read_buffer_while_borrowed_unique', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    const held = track(obj.view({ writable: true }));
    misuse(() => obj.read(0, new Uint8Array(4)), wh.BorrowError, 'borrowConflicts', obj, held);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_read_buffer_absurd_value_offset_100000010', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    misuse(() => obj.read(4294967312, new Uint8Array(4)), wh.OutOfRangeError, '', obj, null);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_read_buffer_absurd_value_offset_10000000000', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    misuse(() => obj.read(1099511627776, new Uint8Array(4)), wh.OutOfRangeError, '', obj, null);
  } finally {
    cleanup();
  }
});

// an integer far out of range (sizes of 2^32 and more on every target width)
test('buffer_read_buffer_absurd_value_offset_ffffffffffffffff', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    misuse(() => obj.read(18446744073709551615n, new Uint8Array(4)), wh.OutOfRangeError, '', obj, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('buffer_read_buffer_null_dst', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    misuse(() => obj.read(0, null), wh.InvalidArgumentError, '', obj, null);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('bytes_create_region_stale', () => {
  try {
    const r = make.region();
    const obj = r;
    obj.close();
    misuse(() => obj.bytes(new Uint8Array([104, 101, 108, 108, 111])), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('bytes_create_region_reused', () => {
  try {
    const r = make.region();
    const obj = r;
    const h = obj.handle;
    obj.close();
    reuse(h, () => make.region());
    misuse(() => obj.bytes(new Uint8Array([104, 101, 108, 108, 111])), wh.ReusedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('bytes_create_region_forged', () => {
  try {
    const r = make.region();
    const obj = wh.Region.fromHandle(2305843004918726657n);
    misuse(() => obj.bytes(new Uint8Array([104, 101, 108, 108, 111])), wh.ForgedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('bytes_create_region_wrong_kind_buffer', () => {
  try {
    const r = make.region();
    const other = make.buffer(r);
    const obj = wh.Region.fromHandle(other.handle);
    misuse(() => obj.bytes(new Uint8Array([104, 101, 108, 108, 111])), wh.WrongKindError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('bytes_create_region_null', () => {
  try {
    const r = make.region();
    const real = r;
    misuse(() => wh.Region.prototype.bytes.call(null, new Uint8Array([104, 101, 108, 108, 111])), wh.InvalidArgumentError, '', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('bytes_create_region_null_data', () => {
  try {
    const r = make.region();
    const obj = r;
    misuse(() => obj.bytes(null), wh.InvalidArgumentError, '', null, null);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('bytes_release_bytes_reused', () => {
  try {
    const r = make.region();
    const first = make.bytes(r);
    const h = first.handle;
    first.close();
    reuse(h, () => make.bytes(r));
    const obj = wh.Bytes.fromHandle(h);
    misuse(() => obj.close(), wh.ReusedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('bytes_release_bytes_forged', () => {
  try {
    const r = make.region();
    const obj = wh.Bytes.fromHandle(4611686014132420609n);
    misuse(() => obj.close(), wh.ForgedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('bytes_release_bytes_wrong_kind_region', () => {
  try {
    const r = make.region();
    const other = r;
    const obj = wh.Bytes.fromHandle(other.handle);
    misuse(() => obj.close(), wh.WrongKindError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('bytes_release_bytes_after_region_destroy', () => {
  try {
    const r = make.region();
    const obj = make.bytes(r);
    r.close();
    misuse(() => obj.close(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a second wrapper of an already released handle is closed
test('bytes_release_bytes_double_release', () => {
  try {
    const r = make.region();
    const first = make.bytes(r);
    first.close();
    const obj = wh.Bytes.fromHandle(first.handle);
    misuse(() => obj.close(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('bytes_release_bytes_null', () => {
  try {
    const r = make.region();
    const real = make.bytes(r);
    misuse(() => wh.Bytes.prototype.close.call(null), wh.InvalidArgumentError, '', real, null);
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('bytes_release_bytes_while_borrowed_shared', () => {
  try {
    const r = make.region();
    const obj = make.bytes(r);
    const held = track(obj.view());
    misuse(() => obj.close(), wh.BorrowError, 'borrowConflicts', obj, held);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('bytes_length_bytes_stale', () => {
  try {
    const r = make.region();
    const obj = make.bytes(r);
    obj.close();
    misuse(() => obj.length(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('bytes_length_bytes_reused', () => {
  try {
    const r = make.region();
    const obj = make.bytes(r);
    const h = obj.handle;
    obj.close();
    reuse(h, () => make.bytes(r));
    misuse(() => obj.length(), wh.ReusedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('bytes_length_bytes_forged', () => {
  try {
    const r = make.region();
    const obj = wh.Bytes.fromHandle(4611686014132420609n);
    misuse(() => obj.length(), wh.ForgedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('bytes_length_bytes_wrong_kind_region', () => {
  try {
    const r = make.region();
    const other = r;
    const obj = wh.Bytes.fromHandle(other.handle);
    misuse(() => obj.length(), wh.WrongKindError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('bytes_length_bytes_after_region_destroy', () => {
  try {
    const r = make.region();
    const obj = make.bytes(r);
    r.close();
    misuse(() => obj.length(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('bytes_length_bytes_null', () => {
  try {
    const r = make.region();
    const real = make.bytes(r);
    misuse(() => wh.Bytes.prototype.length.call(null), wh.InvalidArgumentError, '', real, null);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('bytes_dup_bytes_stale', () => {
  try {
    const r = make.region();
    const obj = make.bytes(r);
    obj.close();
    misuse(() => obj.dup(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('bytes_dup_bytes_reused', () => {
  try {
    const r = make.region();
    const obj = make.bytes(r);
    const h = obj.handle;
    obj.close();
    reuse(h, () => make.bytes(r));
    misuse(() => obj.dup(), wh.ReusedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('bytes_dup_bytes_forged', () => {
  try {
    const r = make.region();
    const obj = wh.Bytes.fromHandle(4611686014132420609n);
    misuse(() => obj.dup(), wh.ForgedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('bytes_dup_bytes_wrong_kind_region', () => {
  try {
    const r = make.region();
    const other = r;
    const obj = wh.Bytes.fromHandle(other.handle);
    misuse(() => obj.dup(), wh.WrongKindError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('bytes_dup_bytes_after_region_destroy', () => {
  try {
    const r = make.region();
    const obj = make.bytes(r);
    r.close();
    misuse(() => obj.dup(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('bytes_dup_bytes_null', () => {
  try {
    const r = make.region();
    const real = make.bytes(r);
    misuse(() => wh.Bytes.prototype.dup.call(null), wh.InvalidArgumentError, '', real, null);
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('bytes_dup_bytes_while_borrowed_unique', () => {
  try {
    const r = make.region();
    const obj = make.bytes(r);
    const held = track(obj.view({ writable: true }));
    misuse(() => obj.dup(), wh.BorrowError, 'borrowConflicts', obj, held);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('string_create_region_stale', () => {
  try {
    const r = make.region();
    const obj = r;
    obj.close();
    misuse(() => obj.string(new Uint8Array([104, 101, 108, 108, 111])), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('string_create_region_reused', () => {
  try {
    const r = make.region();
    const obj = r;
    const h = obj.handle;
    obj.close();
    reuse(h, () => make.region());
    misuse(() => obj.string(new Uint8Array([104, 101, 108, 108, 111])), wh.ReusedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('string_create_region_forged', () => {
  try {
    const r = make.region();
    const obj = wh.Region.fromHandle(2305843004918726657n);
    misuse(() => obj.string(new Uint8Array([104, 101, 108, 108, 111])), wh.ForgedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('string_create_region_wrong_kind_buffer', () => {
  try {
    const r = make.region();
    const other = make.buffer(r);
    const obj = wh.Region.fromHandle(other.handle);
    misuse(() => obj.string(new Uint8Array([104, 101, 108, 108, 111])), wh.WrongKindError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('string_create_region_null', () => {
  try {
    const r = make.region();
    const real = r;
    misuse(() => wh.Region.prototype.string.call(null, new Uint8Array([104, 101, 108, 108, 111])), wh.InvalidArgumentError, '', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('string_create_region_null_text', () => {
  try {
    const r = make.region();
    const obj = r;
    misuse(() => obj.string(null), wh.InvalidArgumentError, '', null, null);
  } finally {
    cleanup();
  }
});

// text that is not UTF-8
test('string_create_region_invalid_utf8_text', () => {
  try {
    const r = make.region();
    const obj = r;
    misuse(() => obj.string(new Uint8Array([195, 40, 255])), wh.InvalidUtf8Error, '', null, null);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('string_release_string_reused', () => {
  try {
    const r = make.region();
    const first = make.string(r);
    const h = first.handle;
    first.close();
    reuse(h, () => make.string(r));
    const obj = wh.WeaveHeapString.fromHandle(h);
    misuse(() => obj.close(), wh.ReusedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('string_release_string_forged', () => {
  try {
    const r = make.region();
    const obj = wh.WeaveHeapString.fromHandle(5764607518739267585n);
    misuse(() => obj.close(), wh.ForgedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('string_release_string_wrong_kind_region', () => {
  try {
    const r = make.region();
    const other = r;
    const obj = wh.WeaveHeapString.fromHandle(other.handle);
    misuse(() => obj.close(), wh.WrongKindError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('string_release_string_after_region_destroy', () => {
  try {
    const r = make.region();
    const obj = make.string(r);
    r.close();
    misuse(() => obj.close(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a second wrapper of an already released handle is closed
test('string_release_string_double_release', () => {
  try {
    const r = make.region();
    const first = make.string(r);
    first.close();
    const obj = wh.WeaveHeapString.fromHandle(first.handle);
    misuse(() => obj.close(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('string_release_string_null', () => {
  try {
    const r = make.region();
    const real = make.string(r);
    misuse(() => wh.WeaveHeapString.prototype.close.call(null), wh.InvalidArgumentError, '', real, null);
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('string_release_string_while_borrowed_shared', () => {
  try {
    const r = make.region();
    const obj = make.string(r);
    const held = track(obj.view());
    misuse(() => obj.close(), wh.BorrowError, 'borrowConflicts', obj, held);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('string_length_string_stale', () => {
  try {
    const r = make.region();
    const obj = make.string(r);
    obj.close();
    misuse(() => obj.length(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('string_length_string_reused', () => {
  try {
    const r = make.region();
    const obj = make.string(r);
    const h = obj.handle;
    obj.close();
    reuse(h, () => make.string(r));
    misuse(() => obj.length(), wh.ReusedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('string_length_string_forged', () => {
  try {
    const r = make.region();
    const obj = wh.WeaveHeapString.fromHandle(5764607518739267585n);
    misuse(() => obj.length(), wh.ForgedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('string_length_string_wrong_kind_region', () => {
  try {
    const r = make.region();
    const other = r;
    const obj = wh.WeaveHeapString.fromHandle(other.handle);
    misuse(() => obj.length(), wh.WrongKindError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('string_length_string_after_region_destroy', () => {
  try {
    const r = make.region();
    const obj = make.string(r);
    r.close();
    misuse(() => obj.length(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('string_length_string_null', () => {
  try {
    const r = make.region();
    const real = make.string(r);
    misuse(() => wh.WeaveHeapString.prototype.length.call(null), wh.InvalidArgumentError, '', real, null);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('string_dup_string_stale', () => {
  try {
    const r = make.region();
    const obj = make.string(r);
    obj.close();
    misuse(() => obj.dup(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('string_dup_string_reused', () => {
  try {
    const r = make.region();
    const obj = make.string(r);
    const h = obj.handle;
    obj.close();
    reuse(h, () => make.string(r));
    misuse(() => obj.dup(), wh.ReusedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('string_dup_string_forged', () => {
  try {
    const r = make.region();
    const obj = wh.WeaveHeapString.fromHandle(5764607518739267585n);
    misuse(() => obj.dup(), wh.ForgedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('string_dup_string_wrong_kind_region', () => {
  try {
    const r = make.region();
    const other = r;
    const obj = wh.WeaveHeapString.fromHandle(other.handle);
    misuse(() => obj.dup(), wh.WrongKindError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('string_dup_string_after_region_destroy', () => {
  try {
    const r = make.region();
    const obj = make.string(r);
    r.close();
    misuse(() => obj.dup(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('string_dup_string_null', () => {
  try {
    const r = make.region();
    const real = make.string(r);
    misuse(() => wh.WeaveHeapString.prototype.dup.call(null), wh.InvalidArgumentError, '', real, null);
  } finally {
    cleanup();
  }
});

// the call needs the object (or its region) free of the view that is live
test('string_dup_string_while_borrowed_unique', () => {
  try {
    const r = make.region();
    const obj = make.string(r);
    const held = track(obj.view({ writable: true }));
    misuse(() => obj.dup(), wh.BorrowError, 'borrowConflicts', obj, held);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('borrow_shared_buffer_stale', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    obj.close();
    misuse(() => obj.view(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('borrow_shared_buffer_reused', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    const h = obj.handle;
    obj.close();
    reuse(h, () => make.buffer(r));
    misuse(() => obj.view(), wh.ReusedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('borrow_shared_buffer_forged', () => {
  try {
    const r = make.region();
    const obj = wh.WeaveHeapBuffer.fromHandle(3458764509525573633n);
    misuse(() => obj.view(), wh.ForgedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('borrow_shared_buffer_wrong_kind_region', () => {
  try {
    const r = make.region();
    const other = r;
    const obj = wh.WeaveHeapBuffer.fromHandle(other.handle);
    misuse(() => obj.view(), wh.WrongKindError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('borrow_shared_buffer_after_region_destroy', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    r.close();
    misuse(() => obj.view(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('borrow_shared_buffer_null', () => {
  try {
    const r = make.region();
    const real = make.buffer(r);
    misuse(() => wh.WeaveHeapBuffer.prototype.view.call(null), wh.InvalidArgumentError, '', real, null);
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_shared_buffer_borrow_conflict_unique_shared', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    const held = track(obj.view({ writable: true }));
    misuse(() => obj.view(), wh.BorrowConflictError, 'borrowConflicts', obj, held);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('borrow_shared_bytes_stale', () => {
  try {
    const r = make.region();
    const obj = make.bytes(r);
    obj.close();
    misuse(() => obj.view(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('borrow_shared_bytes_reused', () => {
  try {
    const r = make.region();
    const obj = make.bytes(r);
    const h = obj.handle;
    obj.close();
    reuse(h, () => make.bytes(r));
    misuse(() => obj.view(), wh.ReusedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('borrow_shared_bytes_forged', () => {
  try {
    const r = make.region();
    const obj = wh.Bytes.fromHandle(4611686014132420609n);
    misuse(() => obj.view(), wh.ForgedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('borrow_shared_bytes_wrong_kind_region', () => {
  try {
    const r = make.region();
    const other = r;
    const obj = wh.Bytes.fromHandle(other.handle);
    misuse(() => obj.view(), wh.WrongKindError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('borrow_shared_bytes_after_region_destroy', () => {
  try {
    const r = make.region();
    const obj = make.bytes(r);
    r.close();
    misuse(() => obj.view(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('borrow_shared_bytes_null', () => {
  try {
    const r = make.region();
    const real = make.bytes(r);
    misuse(() => wh.Bytes.prototype.view.call(null), wh.InvalidArgumentError, '', real, null);
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_shared_bytes_borrow_conflict_unique_shared', () => {
  try {
    const r = make.region();
    const obj = make.bytes(r);
    const held = track(obj.view({ writable: true }));
    misuse(() => obj.view(), wh.BorrowConflictError, 'borrowConflicts', obj, held);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('borrow_shared_string_stale', () => {
  try {
    const r = make.region();
    const obj = make.string(r);
    obj.close();
    misuse(() => obj.view(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('borrow_shared_string_reused', () => {
  try {
    const r = make.region();
    const obj = make.string(r);
    const h = obj.handle;
    obj.close();
    reuse(h, () => make.string(r));
    misuse(() => obj.view(), wh.ReusedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('borrow_shared_string_forged', () => {
  try {
    const r = make.region();
    const obj = wh.WeaveHeapString.fromHandle(5764607518739267585n);
    misuse(() => obj.view(), wh.ForgedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('borrow_shared_string_wrong_kind_region', () => {
  try {
    const r = make.region();
    const other = r;
    const obj = wh.WeaveHeapString.fromHandle(other.handle);
    misuse(() => obj.view(), wh.WrongKindError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('borrow_shared_string_after_region_destroy', () => {
  try {
    const r = make.region();
    const obj = make.string(r);
    r.close();
    misuse(() => obj.view(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('borrow_shared_string_null', () => {
  try {
    const r = make.region();
    const real = make.string(r);
    misuse(() => wh.WeaveHeapString.prototype.view.call(null), wh.InvalidArgumentError, '', real, null);
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_shared_string_borrow_conflict_unique_shared', () => {
  try {
    const r = make.region();
    const obj = make.string(r);
    const held = track(obj.view({ writable: true }));
    misuse(() => obj.view(), wh.BorrowConflictError, 'borrowConflicts', obj, held);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('borrow_unique_buffer_stale', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    obj.close();
    misuse(() => obj.view({ writable: true }), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('borrow_unique_buffer_reused', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    const h = obj.handle;
    obj.close();
    reuse(h, () => make.buffer(r));
    misuse(() => obj.view({ writable: true }), wh.ReusedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('borrow_unique_buffer_forged', () => {
  try {
    const r = make.region();
    const obj = wh.WeaveHeapBuffer.fromHandle(3458764509525573633n);
    misuse(() => obj.view({ writable: true }), wh.ForgedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('borrow_unique_buffer_wrong_kind_region', () => {
  try {
    const r = make.region();
    const other = r;
    const obj = wh.WeaveHeapBuffer.fromHandle(other.handle);
    misuse(() => obj.view({ writable: true }), wh.WrongKindError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('borrow_unique_buffer_after_region_destroy', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    r.close();
    misuse(() => obj.view({ writable: true }), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('borrow_unique_buffer_null', () => {
  try {
    const r = make.region();
    const real = make.buffer(r);
    misuse(() => wh.WeaveHeapBuffer.prototype.view.call(null, { writable: true }), wh.InvalidArgumentError, '', real, null);
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_unique_buffer_borrow_conflict_shared_unique', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    const held = track(obj.view());
    misuse(() => obj.view({ writable: true }), wh.BorrowConflictError, 'borrowConflicts', obj, held);
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_unique_buffer_borrow_conflict_unique_unique', () => {
  try {
    const r = make.region();
    const obj = make.buffer(r);
    const held = track(obj.view({ writable: true }));
    misuse(() => obj.view({ writable: true }), wh.BorrowConflictError, 'borrowConflicts', obj, held);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('borrow_unique_bytes_stale', () => {
  try {
    const r = make.region();
    const obj = make.bytes(r);
    obj.close();
    misuse(() => obj.view({ writable: true }), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('borrow_unique_bytes_reused', () => {
  try {
    const r = make.region();
    const obj = make.bytes(r);
    const h = obj.handle;
    obj.close();
    reuse(h, () => make.bytes(r));
    misuse(() => obj.view({ writable: true }), wh.ReusedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('borrow_unique_bytes_forged', () => {
  try {
    const r = make.region();
    const obj = wh.Bytes.fromHandle(4611686014132420609n);
    misuse(() => obj.view({ writable: true }), wh.ForgedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('borrow_unique_bytes_wrong_kind_region', () => {
  try {
    const r = make.region();
    const other = r;
    const obj = wh.Bytes.fromHandle(other.handle);
    misuse(() => obj.view({ writable: true }), wh.WrongKindError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('borrow_unique_bytes_after_region_destroy', () => {
  try {
    const r = make.region();
    const obj = make.bytes(r);
    r.close();
    misuse(() => obj.view({ writable: true }), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('borrow_unique_bytes_null', () => {
  try {
    const r = make.region();
    const real = make.bytes(r);
    misuse(() => wh.Bytes.prototype.view.call(null, { writable: true }), wh.InvalidArgumentError, '', real, null);
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_unique_bytes_borrow_conflict_shared_unique', () => {
  try {
    const r = make.region();
    const obj = make.bytes(r);
    const held = track(obj.view());
    misuse(() => obj.view({ writable: true }), wh.BorrowConflictError, 'borrowConflicts', obj, held);
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_unique_bytes_borrow_conflict_unique_unique', () => {
  try {
    const r = make.region();
    const obj = make.bytes(r);
    const held = track(obj.view({ writable: true }));
    misuse(() => obj.view({ writable: true }), wh.BorrowConflictError, 'borrowConflicts', obj, held);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('borrow_unique_string_stale', () => {
  try {
    const r = make.region();
    const obj = make.string(r);
    obj.close();
    misuse(() => obj.view({ writable: true }), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('borrow_unique_string_reused', () => {
  try {
    const r = make.region();
    const obj = make.string(r);
    const h = obj.handle;
    obj.close();
    reuse(h, () => make.string(r));
    misuse(() => obj.view({ writable: true }), wh.ReusedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('borrow_unique_string_forged', () => {
  try {
    const r = make.region();
    const obj = wh.WeaveHeapString.fromHandle(5764607518739267585n);
    misuse(() => obj.view({ writable: true }), wh.ForgedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a live object of another class, adopted under this one
test('borrow_unique_string_wrong_kind_region', () => {
  try {
    const r = make.region();
    const other = r;
    const obj = wh.WeaveHeapString.fromHandle(other.handle);
    misuse(() => obj.view({ writable: true }), wh.WrongKindError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object's region was destroyed before the call
test('borrow_unique_string_after_region_destroy', () => {
  try {
    const r = make.region();
    const obj = make.string(r);
    r.close();
    misuse(() => obj.view({ writable: true }), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('borrow_unique_string_null', () => {
  try {
    const r = make.region();
    const real = make.string(r);
    misuse(() => wh.WeaveHeapString.prototype.view.call(null, { writable: true }), wh.InvalidArgumentError, '', real, null);
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_unique_string_borrow_conflict_shared_unique', () => {
  try {
    const r = make.region();
    const obj = make.string(r);
    const held = track(obj.view());
    misuse(() => obj.view({ writable: true }), wh.BorrowConflictError, 'borrowConflicts', obj, held);
  } finally {
    cleanup();
  }
});

// a view is taken while a conflicting view is live
test('borrow_unique_string_borrow_conflict_unique_unique', () => {
  try {
    const r = make.region();
    const obj = make.string(r);
    const held = track(obj.view({ writable: true }));
    misuse(() => obj.view({ writable: true }), wh.BorrowConflictError, 'borrowConflicts', obj, held);
  } finally {
    cleanup();
  }
});

// a second wrapper of an already released handle is closed
test('borrow_release_view_double_release', () => {
  try {
    const r = make.region();
    const m = make.buffer(r);
    const v = m.view();
    v.close();
    misuse(() => wh.View.fromHandle(v.handle).close(), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object was closed before the call
test('handle_kind_of_region_stale_handle', () => {
  try {
    const r = make.region();
    const t = r;
    t.close();
    misuse(() => wh.handleKindOf(t), wh.StaleHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// a handle that was never issued
test('handle_kind_of_region_forged_handle', () => {
  try {
    const r = make.region();
    misuse(() => wh.handleKindOf(2305843004918726657n), wh.ForgedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// the object was closed and its slot now holds a newer object
test('handle_kind_of_region_reused_handle', () => {
  try {
    const r = make.region();
    const t = r;
    const h = t.handle;
    t.close();
    reuse(h, () => make.region());
    misuse(() => wh.handleKindOf(t), wh.ReusedHandleError, 'staleRejected', null, null);
  } finally {
    cleanup();
  }
});

// null (None, nil) where a value is required
test('handle_kind_of_region_null_handle', () => {
  try {
    const r = make.region();
    misuse(() => wh.handleKindOf(null), wh.InvalidArgumentError, '', null, null);
  } finally {
    cleanup();
  }
});

