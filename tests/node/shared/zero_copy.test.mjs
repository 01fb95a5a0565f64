// Zero-copy, proven on both backends: a view lies at the address the core
// lends for the object (wh.backend.addressOf / coreAddressOf: Node.js, the
// ArrayBuffer's data pointer; WebAssembly, the offset in linear memory), what
// is written through a view after it was taken is what the core reads, two
// views of one object see each other's writes, and making, using and closing
// views adds nothing to the copy counters, at every size.
import { test } from 'node:test';
import { wh, which, assert, copies, MiB } from './helpers.mjs';

const SIZES = [8, 64, 4096, 64 * 1024, MiB, 16 * MiB];

test('a view lies at the address the core lends, at every size and for every class', () => {
  const region = new wh.Region();
  const objects = SIZES.map((size) => region.alloc(size));
  objects.push(region.bytes(new Uint8Array(1000).fill(7)), region.string('grüße'));
  for (const obj of objects) {
    const core = wh.backend.coreAddressOf(obj);
    assert.ok(core > 0, 'the core lends an address');
    const before = copies();
    const shared = obj.view();
    assert.equal(wh.backend.addressOf(shared), core, `a shared view of ${shared.length} bytes is the core's memory`);
    assert.equal(wh.backend.coreAddressOf(obj), core, 'checked again while the view is live');
    shared.close();
    const unique = obj.view({ writable: true });
    assert.equal(wh.backend.addressOf(unique), core, `a unique view of ${unique.length} bytes is the core's memory`);
    unique.close();
    assert.deepEqual(copies(), before, 'no copy');
  }
  region.close();
});

test('writes through a view after it was taken are what the core reads, at every size', () => {
  const region = new wh.Region();
  for (const size of SIZES) {
    const buf = region.alloc(size);
    const before = copies();
    const view = buf.view({ writable: true });
    assert.equal(view.writable, true);
    view[0] = 0x11;
    view[size >> 1] = 0x22;
    view[size - 1] = 0x33;
    if (size >= 4096) view.fill(0x44, 1024, 2048);
    view.close();
    assert.deepEqual(copies(), before, `writing ${size} bytes through a view copied nothing`);
    const probe = new Uint8Array(1);
    for (const [at, want] of [[0, 0x11], [size >> 1, 0x22], [size - 1, 0x33]].concat(size >= 4096 ? [[1500, 0x44]] : [])) {
      buf.read(at, probe);
      assert.equal(probe[0], want, `byte ${at} of ${size}`);
    }
    buf.close();
  }
  region.close();
});

test('two live views of one object are one memory: a write through one is seen through the other', () => {
  const region = new wh.Region();
  const buf = region.alloc(4096);
  const before = copies();
  const a = buf.view();
  const b = buf.view();
  assert.notEqual(a, b);
  // Shared views are read-only by contract; writing here, in a test, shows
  // that both are windows on the same bytes rather than copies.
  a[100] = 0x5a;
  assert.equal(b[100], 0x5a);
  b[4095] = 0xa5;
  assert.equal(a[4095], 0xa5);
  a.close();
  b.close();
  assert.deepEqual(copies(), before);
  const probe = new Uint8Array(1);
  buf.read(100, probe);
  assert.equal(probe[0], 0x5a, 'and the core reads it');
  region.close();
});

test('writes from C are seen in a view, at every size', () => {
  const region = new wh.Region();
  for (const size of SIZES) {
    const buf = region.alloc(size);
    buf.write(size - 1, new Uint8Array([0xab]));
    buf.write(0, new Uint8Array([0xcd]));
    const before = copies();
    const view = buf.view();
    assert.equal(view.length, size);
    assert.equal(view[0], 0xcd);
    assert.equal(view[size - 1], 0xab);
    view.close();
    assert.deepEqual(copies(), before, `viewing ${size} bytes copied nothing`);
    buf.close();
  }
  region.close();
});

// Only WebAssembly gives JavaScript the core's memory by its address (Node.js
// has no other way into it than the view, whose address the test above
// compares): the case exists on the wasm backend only, rather than as a skip,
// which scripts/test.sh would report.
if (which === 'wasm') {
  test('the core\'s memory, written at the address it lends, is seen through a live view (WebAssembly)', () => {
    const region = new wh.Region();
    const buf = region.alloc(256);
    const view = buf.view();
    const at = wh.backend.coreAddressOf(buf);
    new Uint8Array(wh.backend.memory.buffer)[at + 7] = 0x77;     // the core's bytes, by the core's address
    assert.equal(view[7], 0x77, 'the view shows it: it is not a copy');
    view.close();
    region.close();
  });
}

test('a million element writes and reads through views copy nothing', () => {
  const region = new wh.Region();
  const buf = region.alloc(MiB);
  const before = copies();
  const taken = wh.stats().borrowsTaken;
  for (let round = 0; round < 4; round++) {
    const v = buf.view({ writable: true });
    for (let i = 0; i < v.length; i += 4) v[i] = (i >> 2) & 0xff;
    v.close();
    const r = buf.view();
    let sum = 0;
    for (let i = 0; i < r.length; i += 4) sum += r[i];
    r.close();
    assert.equal(sum, 255 * 128 * 1024);
  }
  assert.deepEqual(copies(), before);
  assert.equal(wh.stats().borrowsTaken, taken + 8);
  region.close();
});

test('bytes and strings are viewed in place', () => {
  const region = new wh.Region();
  const data = new Uint8Array(1000).map((_, i) => (i * 7) & 0xff);
  const bytes = region.bytes(data);
  const str = region.string('héllo wörld');
  const before = copies();
  const bv = bytes.view();
  const sv = str.view();
  assert.deepEqual(new Uint8Array(bv), data);
  assert.equal(sv.length, str.length(), 'a string view excludes the NUL');
  assert.equal(new TextDecoder().decode(sv), 'héllo wörld');
  assert.equal(bv.writable, false);
  bv.close();
  sv.close();
  const unique = str.view({ writable: true });
  assert.equal(unique.writable, false, 'strings stay read-only, even under the unique borrow');
  unique.close();
  assert.deepEqual(copies(), before);
  region.reset();
  region.close();
});

test('typed views lay elements over the same bytes', () => {
  const region = new wh.Region();
  const buf = region.alloc(64, { align: 8 });
  const f = buf.view({ type: Float64Array, writable: true });
  assert.ok(f instanceof Float64Array);
  assert.equal(f.length, 8);
  f[0] = Math.PI;
  f[7] = -1.25;
  f.close();
  const raw = new Uint8Array(64);
  buf.read(0, raw);
  const back = new Float64Array(raw.buffer);
  assert.equal(back[0], Math.PI);
  assert.equal(back[7], -1.25);
  for (const T of [Int8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    Float32Array, BigInt64Array, BigUint64Array]) {
    const v = buf.view({ type: T });
    assert.ok(v instanceof T);
    assert.ok(v instanceof wh.View);
    assert.equal(v.byteLength, 64);
    v.close();
  }
  const big = buf.view({ type: BigUint64Array, writable: true });
  big[1] = 2n ** 64n - 1n;
  big.close();
  buf.read(8, raw.subarray(0, 8));
  assert.deepEqual([...raw.subarray(0, 8)], new Array(8).fill(255));
  region.close();
});

test('derived arrays are plain TypedArrays; subarray() shares the view\'s memory', () => {
  const region = new wh.Region();
  const buf = region.alloc(16);
  const v = buf.view({ writable: true });
  const sub = v.subarray(4, 8);
  const sliced = v.slice(0, 4);
  assert.equal(Object.getPrototypeOf(sub), Uint8Array.prototype);
  assert.equal(Object.getPrototypeOf(sliced), Uint8Array.prototype);
  sub[0] = 7;
  sliced[0] = 9;   // a copy, in JavaScript memory
  v.close();
  const out = new Uint8Array(16);
  buf.read(0, out);
  assert.equal(out[4], 7);
  assert.equal(out[0], 0);
  assert.equal(sliced[0], 9, 'slice() is a JavaScript copy, still readable after close');
  region.close();
});

test('an empty object has an empty view', () => {
  const region = new wh.Region();
  const empty = region.alloc(0);
  const v = empty.view({ writable: true });
  assert.equal(v.length, 0);
  v.close();
  const s = region.string('').view();
  assert.equal(s.length, 0);
  s.close();
  region.close();
});

test('thousands of live views close in any order', () => {
  const region = new wh.Region();
  const bufs = Array.from({ length: 50 }, () => region.alloc(32));
  const views = [];
  for (let round = 0; round < 100; round++) {
    for (const b of bufs) views.push(b.view());
  }
  assert.equal(region.stats().borrowsActive, 5000);
  // close in a shuffled order (a fixed permutation)
  for (let i = 0, j = 0; i < views.length; i++) {
    j = (j + 2741) % views.length;
    views[j].close();
  }
  for (const v of views) v.close();
  assert.equal(region.stats().borrowsActive, 0);
  for (const v of views) assert.throws(() => wh.View.fromHandle(v.handle).close(), wh.StaleHandleError);
  for (const b of bufs) b.view({ writable: true }).close();
  region.close();
});
