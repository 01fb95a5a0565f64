// zpack from Node.js (samples/extension/): an extension package over the
// `weaveheap` package of the build, taking its objects. Zero-copy is proven
// by the core's counters and by a write through a view being what the
// extension reads; every misuse is a typed error that gives every borrow
// back; the addon holds no core of its own.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const wh = require('weaveheap');
const zpack = require('zpack');

const TEXT = 'The quick brown fox jumps over the lazy dog';

function objects(r) {
  const buf = r.alloc(TEXT.length);
  buf.write(0, TEXT);
  return [buf, r.bytes(TEXT), r.string(TEXT)];
}

test('crc32 reads the base objects in place', () => {
  const r = new wh.Region();
  for (const obj of objects(r)) {
    const before = r.stats();
    assert.strictEqual(zpack.crc32(obj), 0x414FA339);
    const after = r.stats();
    assert.strictEqual(after.copies, before.copies);               // not copied in
    assert.strictEqual(after.borrowsTaken, before.borrowsTaken + 1); // borrowed for the call ...
    assert.strictEqual(after.borrowsActive, 0);                    // ... and given back
  }
  const buf = objects(r)[0];
  const view = buf.view({ writable: true });
  view.set([84, 72, 69], 0);   // "THE": the extension reads the core's bytes
  assert.throws(() => zpack.crc32(buf), wh.BorrowConflictError);  // while the unique view is out
  assert.strictEqual(r.stats().borrowsActive, 1);
  view.close();
  assert.strictEqual(zpack.crc32(buf), zlib.crc32(Buffer.from('THE' + TEXT.slice(3))));
  r.close();
});

test('deflate and inflate round trip, real zlib format', () => {
  const r = new wh.Region();
  const data = Buffer.alloc(1 << 20);
  for (let i = 0; i < data.length; i++) data[i] = ((i * 7) ^ (i >> 9)) & 0xff;
  const src = r.alloc(data.length);
  src.write(0, data);
  const before = r.stats();
  const packed = zpack.deflate(r, src, 9);
  assert.ok(packed instanceof wh.WeaveHeapBuffer);
  const mid = r.stats();
  assert.strictEqual(Number(mid.copies), Number(before.copies) + 1);                    // the output, once
  assert.strictEqual(Number(mid.copyBytes), Number(before.copyBytes) + Number(packed.size()));
  const back = zpack.inflate(r, packed, data.length);
  assert.strictEqual(Number(r.stats().copies), Number(mid.copies));                     // inflated in place
  assert.ok(Buffer.from(back.view()).equals(data));
  assert.ok(zlib.inflateSync(Buffer.from(packed.view())).equals(data));
  const into = r.alloc(data.length + 10);
  const beforeInto = r.stats();
  assert.strictEqual(zpack.inflateInto(into, packed), BigInt(data.length));   // in place
  assert.strictEqual(r.stats().copies, beforeInto.copies);
});

test('misuse is typed and gives every borrow back', () => {
  const r = new wh.Region();
  const [buf, , s] = objects(r);
  const packed = zpack.deflate(r, buf);
  const notBuffer = r.bytes('x');
  const gone = r.alloc(4);
  gone.close();
  const before = r.stats();
  const cases = [
    [() => zpack.crc32(gone), wh.StaleHandleError],
    [() => zpack.crc32(0n), wh.ForgedHandleError],
    [() => zpack.crc32(r), wh.WrongKindError],
    [() => zpack.deflate(s, buf), wh.WrongKindError],
    [() => zpack.crc32('text'), wh.InvalidArgumentError],
    [() => zpack.deflate(r, buf, 42), wh.InvalidArgumentError],
    [() => zpack.deflate(r, buf, 1.5), wh.InvalidArgumentError],
    [() => zpack.inflate(r, buf, TEXT.length), zpack.CorruptError],
    [() => zpack.inflate(r, packed, TEXT.length + 1), zpack.WrongSizeError],
    [() => zpack.inflate(r, packed, -1), wh.InvalidArgumentError],
    [() => zpack.inflateInto(packed, packed), wh.BorrowConflictError],   // unique and shared at once
    [() => zpack.inflateInto(notBuffer, packed), wh.WrongKindError],
  ];
  for (const [call, cls] of cases) {
    assert.throws(call, (e) => e instanceof cls && e instanceof wh.WeaveHeapError && e.message.length > 0);
    assert.strictEqual(Number(r.stats().borrowsActive), 0);
  }
  assert.strictEqual(new zpack.CorruptError('x').errno, 1000);
  const after = r.stats();
  assert.strictEqual(after.bytesLive, before.bytesLive);         // no buffer of a failed call left
  assert.strictEqual(after.allocations - after.releases, before.allocations - before.releases);
  const tight = new wh.Region({ byteLimit: 64 });
  assert.throws(() => zpack.inflate(tight, packed, 1000), wh.OutOfMemoryError);
  assert.strictEqual(Number(tight.stats().bytesLive), 0);
});

test('crc objects live in the core table', () => {
  const r = new wh.Region();
  const [a, b] = objects(r);
  const crc = new zpack.Crc(r);
  assert.strictEqual(wh.handleKindOf(crc.handle), 'object');
  crc.update(a);
  crc.update(b);
  const both = Buffer.from(TEXT + TEXT);
  assert.strictEqual(crc.value(), zlib.crc32(both));
  assert.throws(() => crc.update(crc), wh.WrongKindError);
  crc.close();
  assert.ok(crc.closed);
  assert.throws(() => crc.value(), wh.StaleHandleError);
  crc.close();
  const stale = new zpack.Crc(r);
  r.reset();
  assert.throws(() => stale.value(), wh.StaleHandleError);
});

test('the addon holds no core: one core, the base package\'s', () => {
  const addon = fs.readFileSync(path.join(path.dirname(require.resolve('zpack')), 'zpack.node'));
  assert.ok(!addon.includes('weaveheap_region_create'));
  assert.strictEqual(zpack.CORE_IDL_HASH, wh.IDL_HASH);
  assert.strictEqual(typeof wh.backend.apiTable, 'object');
});
