// Misuse is an error, never a crash, on both backends: each case throws the
// right typed error, with the message the core (or the layer, for what
// JavaScript gets wrong) gives, and leaves every counter, every object and
// every byte as it was. The generated misuse_matrix.test.mjs has one case per
// function and misuse; this suite adds messages, sequences and JavaScript's
// own mistakes.
import { test } from 'node:test';
import { wh, which, assert, throwsUnchanged, state } from './helpers.mjs';

function setup() {
  const region = new wh.Region();
  const buf = region.alloc(64);
  buf.write(0, new Uint8Array([1, 2, 3, 4]));
  return { region, buf };
}

function contents(buf, n = 4) {
  const out = new Uint8Array(n);
  buf.read(0, out);
  return [...out];
}

test('use after close: every method of a closed object is a stale handle', () => {
  const region = new wh.Region();
  const buf = region.alloc(8);
  const bytes = region.bytes('abc');
  const str = region.string('abc');
  buf.close();
  bytes.close();
  str.close();
  throwsUnchanged(() => buf.size(), wh.StaleHandleError, /buffer 0x[0-9a-f]{16} is stale/, region);
  throwsUnchanged(() => buf.write(0, new Uint8Array(1)), wh.StaleHandleError, null, region);
  throwsUnchanged(() => buf.read(0, new Uint8Array(1)), wh.StaleHandleError, null, region);
  throwsUnchanged(() => buf.view(), wh.StaleHandleError, null, region);
  throwsUnchanged(() => buf.view({ writable: true }), wh.StaleHandleError, null, region);
  throwsUnchanged(() => bytes.length(), wh.StaleHandleError, null, region);
  throwsUnchanged(() => bytes.dup(), wh.StaleHandleError, null, region);
  throwsUnchanged(() => bytes.view(), wh.StaleHandleError, null, region);
  throwsUnchanged(() => str.length(), wh.StaleHandleError, null, region);
  throwsUnchanged(() => str.dup(), wh.StaleHandleError, null, region);
  region.close();
  throwsUnchanged(() => region.alloc(8), wh.StaleHandleError, /region 0x[0-9a-f]{16}/);
  throwsUnchanged(() => region.bytes('x'), wh.StaleHandleError);
  throwsUnchanged(() => region.string('x'), wh.StaleHandleError);
  throwsUnchanged(() => region.stats(), wh.StaleHandleError);
  throwsUnchanged(() => region.reset(), wh.StaleHandleError);
});

test('close() twice does nothing; a second wrapper of a released handle is a stale handle', () => {
  const region = new wh.Region();
  const buf = region.alloc(8);
  const bytes = region.bytes('abc');
  const str = region.string('abc');
  const keep = region.alloc(8);
  const view = keep.view();
  view.close();
  let before = wh.stats();
  view.close();
  buf.close();
  buf.close();
  bytes.close();
  bytes.close();
  str.close();
  str.close();
  assert.deepEqual(wh.stats().staleRejected, before.staleRejected, 'the second close() never reached the core');
  throwsUnchanged(() => wh.View.fromHandle(view.handle).close(), wh.StaleHandleError, /borrow 0x[0-9a-f]{16} is stale/, region);
  throwsUnchanged(() => wh.WeaveHeapBuffer.fromHandle(buf.handle).close(), wh.StaleHandleError, null, region);
  throwsUnchanged(() => wh.Bytes.fromHandle(bytes.handle).close(), wh.StaleHandleError, null, region);
  throwsUnchanged(() => wh.WeaveHeapString.fromHandle(str.handle).close(), wh.StaleHandleError, null, region);
  region.close();
  before = wh.stats();
  region.close();
  assert.equal(wh.stats().staleRejected, before.staleRejected);
  throwsUnchanged(() => wh.Region.fromHandle(region.handle).close(), wh.StaleHandleError);
  throwsUnchanged(() => keep.close(), wh.StaleHandleError, null);
});

test('a token adopted with View.fromHandle cannot end the borrow of an open view', () => {
  const { region, buf } = setup();
  const view = buf.view({ writable: true });
  throwsUnchanged(() => wh.View.fromHandle(view.handle).close(), wh.InvalidArgumentError, /held by an open view/, region);
  assert.equal(region.stats().borrowsActive, 1);
  view[0] = 9;
  view.close();
  assert.deepEqual(contents(buf), [9, 2, 3, 4]);
  region.close();
});

test('closing or resetting what a view borrows is refused, and changes nothing', () => {
  for (const writable of [true, false]) {
    const { region, buf } = setup();
    const view = buf.view({ writable });
    throwsUnchanged(() => buf.close(), wh.BorrowError, /is borrowed \((unique|1 shared)\)/, region);
    assert.equal(buf.closed, false, 'a refused close() leaves the object open');
    throwsUnchanged(() => region.close(), wh.BorrowError, /outstanding borrow/, region);
    throwsUnchanged(() => region.reset(), wh.BorrowError, /outstanding borrow/, region);
    throwsUnchanged(() => buf.write(0, new Uint8Array([9])), wh.BorrowError, null, region);
    // The view still works, over the same bytes.
    assert.deepEqual([...view.subarray(0, 4)], [1, 2, 3, 4]);
    assert.equal(view.length, 64);
    view.close();
    assert.deepEqual(contents(buf), [1, 2, 3, 4]);
    buf.close();
    region.close();
  }
  const region = new wh.Region();
  const bytes = region.bytes('abc');
  const str = region.string('xyz');
  const bv = bytes.view({ writable: true });
  const sv = str.view();
  throwsUnchanged(() => bytes.close(), wh.BorrowError, null, region);
  throwsUnchanged(() => str.close(), wh.BorrowError, null, region);
  throwsUnchanged(() => bytes.dup(), wh.BorrowError, null, region);
  assert.equal(str.dup(), 'xyz', 'a shared view lets the owner read');
  bv.close();
  sv.close();
  bytes.close();
  str.close();
  region.close();
});

test('a unique view stops the owner reading; a shared one does not', () => {
  const { region, buf } = setup();
  const unique = buf.view({ writable: true });
  throwsUnchanged(() => buf.read(0, new Uint8Array(4)), wh.BorrowError, null, region);
  unique.close();
  const shared = buf.view();
  assert.deepEqual(contents(buf), [1, 2, 3, 4]);
  shared.close();
  region.close();
});

test('conflicting views: unique is alone, shared coexist', () => {
  const { region, buf } = setup();
  const u = buf.view({ writable: true });
  throwsUnchanged(() => buf.view({ writable: true }), wh.BorrowConflictError, /borrowed unique/, region);
  throwsUnchanged(() => buf.view(), wh.BorrowConflictError, /borrowed unique/, region);
  u.close();
  const s1 = buf.view();
  const s2 = buf.view();
  throwsUnchanged(() => buf.view({ writable: true }), wh.BorrowConflictError, /2 shared/, region);
  s1.close();
  throwsUnchanged(() => buf.view({ writable: true }), wh.BorrowConflictError, /1 shared/, region);
  s2.close();
  buf.view({ writable: true }).close();
  const before = wh.stats().borrowConflicts;
  assert.throws(() => {
    const a = buf.view({ writable: true });
    try { buf.view({ writable: true }); } finally { a.close(); }
  }, wh.BorrowConflictError);
  assert.equal(wh.stats().borrowConflicts, before + 1, 'a refused borrow is counted as a conflict');
  region.close();
});

test('stale, reused, forged and wrong-kind handles', () => {
  const region = new wh.Region();
  const a = region.alloc(8);
  const handle = a.handle;
  a.close();
  const b = region.alloc(8);   // may take a's slot
  const old = wh.WeaveHeapBuffer.fromHandle(handle);
  // kind:4 slot:12 page:16 epoch:16 | gen:16 - the same slot in a newer
  // generation is "reused", else "stale".
  const sameSlot = (handle >> 16n) === (b.handle >> 16n);
  const err = throwsUnchanged(() => old.size(), sameSlot ? wh.ReusedHandleError : wh.StaleHandleError, null, region);
  assert.match(err.message, /0x[0-9a-f]{16}/);
  assert.equal(b.size(), 8, 'the object in the slot now is untouched');

  // forged: never issued
  for (const h of [0n, 1n, 0x2fff_ffff_0000_0001n, (1n << 64n) - 1n]) {
    throwsUnchanged(() => wh.WeaveHeapBuffer.fromHandle(h).size(), wh.ForgedHandleError, null, region);
    throwsUnchanged(() => wh.Region.fromHandle(h).reset(), wh.ForgedHandleError, null, region);
  }
  throwsUnchanged(() => wh.handleKindOf(0n), wh.ForgedHandleError);

  // wrong kind: a live handle where another kind is expected
  const bytes = region.bytes('x');
  throwsUnchanged(() => wh.WeaveHeapBuffer.fromHandle(bytes.handle).size(), wh.WrongKindError, /kind/, region);
  throwsUnchanged(() => wh.WeaveHeapBuffer.fromHandle(bytes.handle).close(), wh.WrongKindError, null, region);
  throwsUnchanged(() => wh.WeaveHeapString.fromHandle(bytes.handle).dup(), wh.WrongKindError, null, region);
  throwsUnchanged(() => wh.Region.fromHandle(b.handle).alloc(8), wh.WrongKindError, null, region);
  throwsUnchanged(() => wh.Bytes.fromHandle(region.handle).view(), wh.WrongKindError, null, region);
  throwsUnchanged(() => wh.Region.fromHandle(b.handle).close(), wh.WrongKindError, null, region);
  assert.equal(bytes.length(), 1);

  // after reset, every object of the region is stale
  region.reset();
  throwsUnchanged(() => b.size(), wh.StaleHandleError, /stale/, region);
  throwsUnchanged(() => bytes.dup(), wh.StaleHandleError, null, region);
  region.close();
});

test('a view is of its own class: a buffer adopted as Bytes is a wrong kind, not a writable view', () => {
  const { region, buf } = setup();
  const str = region.string('abc');
  for (const writable of [false, true]) {
    const before = wh.stats().staleRejected;
    throwsUnchanged(() => wh.Bytes.fromHandle(buf.handle).view({ writable }), wh.WrongKindError, /kind/, region);
    assert.equal(wh.stats().staleRejected, before + 1, 'the core counts the refusal once');
    throwsUnchanged(() => wh.WeaveHeapBuffer.fromHandle(str.handle).view({ writable }), wh.WrongKindError, null, region);
    throwsUnchanged(() => wh.WeaveHeapString.fromHandle(buf.handle).view({ writable }), wh.WrongKindError, null, region);
  }
  assert.equal(region.stats().borrowsActive, 0);
  assert.deepEqual(contents(buf), [1, 2, 3, 4]);
  region.close();
});

// A wrapper remembers that the core checked its handle's kind at its first
// view (a handle's kind is part of its value, so later views skip the
// check); the borrow still checks everything else. What a view refuses is
// the same with the memo as without it.
test('a wrapper whose kind the core checked once: later views are refused exactly as the first', () => {
  const { region, buf } = setup();
  const adopted = wh.Bytes.fromHandle(buf.handle);
  for (let i = 0; i < 3; i++) {   // a refusal is never remembered as a check
    const before = wh.stats().staleRejected;
    throwsUnchanged(() => adopted.view(), wh.WrongKindError, /kind/, region);
    assert.equal(wh.stats().staleRejected, before + 1);
  }
  buf.view().close();             // checked: the memo is set
  const unique = buf.view({ writable: true });
  throwsUnchanged(() => buf.view(), wh.BorrowConflictError, null, region);
  unique.close();
  const fresh = wh.WeaveHeapBuffer.fromHandle(buf.handle);
  buf.close();
  for (const w of [buf, fresh]) {  // checked before close (buf), never (fresh): the same refusal
    for (const writable of [false, true]) {
      const before = wh.stats().staleRejected;
      const e = throwsUnchanged(() => w.view({ writable }), wh.StaleHandleError, /is stale: it was released/, region);
      assert.equal(wh.stats().staleRejected, before + 1, 'the core counts the refusal once');
      assert.match(e.message, new RegExp(buf.handle.toString(16)));
    }
  }
  assert.equal(region.stats().borrowsActive, 0);
  region.close();
});

test('a reused slot is told apart from a merely stale handle', () => {
  const region = new wh.Region();
  // Release then allocate until the core hands out the same slot again.
  let reused = null;
  for (let i = 0; i < 64 && !reused; i++) {
    const a = region.alloc(8);
    const h = a.handle;
    a.close();
    const b = region.alloc(8);
    if ((h >> 16n) === (b.handle >> 16n) && h !== b.handle) reused = { h, b };
  }
  assert.ok(reused, 'the core reuses a released slot within a region');
  throwsUnchanged(() => wh.WeaveHeapBuffer.fromHandle(reused.h).size(), wh.ReusedHandleError, /reused|newer/, region);
  assert.equal(reused.b.size(), 8);
  region.close();
});

test('invalid UTF-8 is refused with its offset, and nothing is made', () => {
  const region = new wh.Region();
  const cases = [
    [[0xff], 0],
    [[0x61, 0x62, 0xc3], 2],             // truncated sequence
    [[0x61, 0xc0, 0xaf], 1],             // overlong '/'
    [[0xed, 0xa0, 0x80], 0],             // UTF-16 surrogate
    [[0x61, 0x62, 0x63, 0x80], 3],       // stray continuation byte
    [[0xf4, 0x90, 0x80, 0x80], 0],       // past U+10FFFF
  ];
  for (const [bytes, offset] of cases) {
    throwsUnchanged(() => region.string(new Uint8Array(bytes)), wh.InvalidUtf8Error,
      new RegExp(`offset ${offset}\\b`), region);
  }
  region.close();
});

test('a lone surrogate has no UTF-8: InvalidUtf8Error for a string, never U+FFFD behind the caller\'s back', () => {
  const region = new wh.Region();
  for (const [text, at] of [['a\ud800b', 1], ['\udc00', 0], ['ok\ud83d', 2], ['\ud83d\ude00\ud800', 2]]) {
    throwsUnchanged(() => region.string(text), wh.InvalidUtf8Error, new RegExp(`lone surrogate at index ${at}\\b`), region);
    // bytes have no UTF-8 rule, but a string given as bytes is still UTF-8
    throwsUnchanged(() => region.bytes(text), wh.InvalidArgumentError, /lone surrogate/, region);
  }
  const buf = region.alloc(8);
  throwsUnchanged(() => buf.write(0, 'x\udfff'), wh.InvalidArgumentError, /lone surrogate/, region);
  // a well-formed pair is one character
  assert.equal(region.string('\ud83d\ude00').dup(), '😀');
  region.close();
});

test('absurd sizes and offsets, checked in 64 bits', () => {
  const region = new wh.Region({ byteLimit: 1 << 20 });
  const buf = region.alloc(64);
  throwsUnchanged(() => region.alloc(wh.MAX_SIZE + 1), wh.InvalidArgumentError, /larger than the maximum/, region);
  throwsUnchanged(() => region.alloc(2n ** 63n), wh.InvalidArgumentError, null, region);
  throwsUnchanged(() => region.alloc(2 ** 64), wh.InvalidArgumentError, /\[0, 2\^64\)/, region);
  throwsUnchanged(() => region.alloc(2n ** 64n), wh.InvalidArgumentError, /\[0, 2\^64\)/, region);
  throwsUnchanged(() => region.alloc(-1), wh.InvalidArgumentError, /size/, region);
  throwsUnchanged(() => region.alloc(-1n), wh.InvalidArgumentError, null, region);
  throwsUnchanged(() => region.alloc(1.5), wh.InvalidArgumentError, /argument 'size' must be an integer/, region);
  throwsUnchanged(() => region.alloc(NaN), wh.InvalidArgumentError, null, region);
  throwsUnchanged(() => region.alloc(Infinity), wh.InvalidArgumentError, null, region);
  throwsUnchanged(() => region.alloc('64'), wh.InvalidArgumentError, /number or a bigint/, region);
  throwsUnchanged(() => region.alloc(), wh.InvalidArgumentError, /undefined/, region);
  throwsUnchanged(() => region.alloc(null), wh.InvalidArgumentError, /argument 'size'.*null/, region);
  throwsUnchanged(() => region.alloc(8, { align: 1.5 }), wh.InvalidArgumentError, /option 'align'/, region);
  throwsUnchanged(() => region.alloc(2 << 20), wh.OutOfMemoryError, null, region);   // past byteLimit
  for (const size of [2 ** 32 + 16, 2n ** 32n, 2n ** 40n]) {
    throwsUnchanged(() => region.alloc(size), wh.OutOfMemoryError, null, region);    // past byteLimit, or wasm32
  }
  const free = new wh.Region();
  throwsUnchanged(() => free.alloc(2 ** 46), wh.OutOfMemoryError, null, free);       // 64 TiB
  free.close();
  throwsUnchanged(() => buf.write(60, new Uint8Array(8)), wh.OutOfRangeError, null, region);
  throwsUnchanged(() => buf.write(65, new Uint8Array(0)), wh.OutOfRangeError, null, region);
  throwsUnchanged(() => buf.write(2 ** 32 + 1, new Uint8Array(1)), wh.OutOfRangeError, null, region);
  throwsUnchanged(() => buf.write(2n ** 64n - 1n, new Uint8Array(2)), wh.OutOfRangeError, null, region);
  throwsUnchanged(() => buf.read(57, new Uint8Array(8)), wh.OutOfRangeError, null, region);
  throwsUnchanged(() => buf.read(2n ** 64n - 4n, new Uint8Array(8)), wh.OutOfRangeError, null, region);
  region.close();
});

test('bad alignment: of an allocation, and of a typed view (its borrow given back)', () => {
  const region = new wh.Region();
  for (const align of [0, 3, 24, wh.MAX_ALIGN * 2]) {
    throwsUnchanged(() => region.alloc(8, { align }), wh.InvalidArgumentError, /align/, region);
  }
  region.alloc(8, { align: wh.MAX_ALIGN }).close();
  region.alloc(1, { align: 1 });
  const odd = region.alloc(16, { align: 1 });   // right after one byte: an odd address
  // A typed view that does not fit takes a borrow, sees the misfit, and
  // gives it back: nothing is held, the object is untouched.
  for (const writable of [false, true]) {
    const taken = region.stats().borrowsTaken;
    const before = state(region);
    assert.throws(() => odd.view({ type: Float64Array, writable }),
      (e) => e instanceof wh.InvalidArgumentError && /not aligned for 8-byte/.test(e.message));
    assert.equal(region.stats().borrowsActive, 0);
    assert.equal(region.stats().borrowsTaken, taken + 1, 'the probe is one borrow, given back');
    assert.deepEqual({ ...state(region), borrowsTaken: before.borrowsTaken }, before);
  }
  odd.view({ type: Uint8Array }).close();
  odd.view({ writable: true }).close();
  const twelve = region.alloc(12, { align: 8 });
  assert.throws(() => twelve.view({ type: Float64Array }), /12 bytes, not a multiple of the 8-byte element/);
  const ok = twelve.view({ type: Uint32Array });
  assert.ok(ok instanceof Uint32Array);
  assert.ok(ok instanceof wh.View);
  assert.equal(ok.length, 3);
  ok.close();
  twelve.close();
  odd.close();
  region.close();
});

test('wrong argument types are InvalidArgumentError naming the argument, never TypeError or RangeError', () => {
  const { region, buf } = setup();
  const cases = [
    [() => buf.write(0, 123), /argument 'data'/],
    [() => buf.write(0, {}), /argument 'data'/],
    [() => buf.write(0, null), /argument 'data'.*null/],
    [() => buf.write(null, new Uint8Array(1)), /argument 'offset'/],
    [() => buf.read(0, 'not writable'), /argument 'dst'/],
    [() => buf.read(0, [1, 2]), /argument 'dst'/],
    [() => buf.read(0, null), /argument 'dst'/],
    [() => buf.view({ type: Array }), /option 'type'/],
    [() => buf.view({ type: DataView }), /option 'type'/],
    [() => buf.view({ writable: 'yes' }), /option 'writable'/],
    [() => buf.view({ shared: true }), /unknown option 'shared'/],
    [() => buf.view({ bogus: 1 }), /unknown option 'bogus'/],
    [() => buf.view(7), /options must be an object/],
    [() => region.alloc(8, { align: 8, extra: true }), /unknown option 'extra'/],
    [() => region.alloc(8, 16), /options must be an object/],
    [() => region.bytes(42), /argument 'data'/],
    [() => region.bytes(null), /argument 'data'/],
    [() => region.string(undefined), /argument 'text'/],
    [() => region.string(null), /argument 'text'/],
    [() => wh.WeaveHeapBuffer.fromHandle('0x1'), /argument 'handle'/],
    [() => wh.WeaveHeapBuffer.fromHandle(-1n), /argument 'handle'/],
    [() => wh.View.fromHandle(null), /argument 'token'/],
    [() => wh.handleKindOf({ handle: 1 }), /argument 'handle'/],
    [() => wh.handleKindOf(null), /argument 'handle'/],
    [() => wh.statsSetEnabled('yes'), /argument 'enabled'/],
    [() => new wh.Region({ chunkSize: -1 }), /chunkSize/],
    [() => new wh.Region({ chunksize: 4096 }), /unknown option 'chunksize'/],
    [() => new wh.Region({ threadSafe: 1 }), /threadSafe/],
    [() => new wh.Region(5), /argument 'options'/],
    [() => wh.WeaveHeapBuffer.prototype.size.call(null), /the receiver must be a WeaveHeapBuffer, not null/],
    [() => wh.WeaveHeapBuffer.prototype.write.call(region, 0, 'x'), /the receiver must be a WeaveHeapBuffer, not Region/],
    [() => wh.Region.prototype.close.call(undefined), /the receiver/],
    [() => wh.Bytes.prototype.view.call({ handle: buf.handle }), /the receiver/],
    [() => new wh.Bytes(), /Bytes objects are made by Region.prototype.bytes/],
    [() => new wh.View(new ArrayBuffer(8)), /views are made by view\(\)/],
  ];
  for (const [fn, re] of cases) throwsUnchanged(fn, wh.InvalidArgumentError, re, region);
  assert.deepEqual(contents(buf), [1, 2, 3, 4]);
  region.close();
});

test('a view cannot be made by hand', () => {
  const { region, buf } = setup();
  const shared = buf.view();
  const V = Object.getPrototypeOf(shared).constructor;
  throwsUnchanged(() => new V(new ArrayBuffer(8)), wh.InvalidArgumentError, null, region);
  throwsUnchanged(() => V.from([1, 2]), wh.InvalidArgumentError, null, region);
  shared.close();
  region.reset();
  region.close();
});

test(`the backend is ${which}`, () => {
  assert.equal(wh.backend.name, which);
});
