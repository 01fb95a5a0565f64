'use strict';
// Raw Arrow C Data / C Stream addresses in Node.js (exportArrow(),
// exportArrowStream(), ArrowStreamExport's iterator): the structs are read at
// the addresses the package hands out by a test-only addon that knows the
// spec's layout alone (arrow_reader/arrow_reader.c, as a user's importer),
// and checked against the core's own addresses and counters.
const test = require('node:test');
const { wh, assert, throwsUnchanged } = require('./helpers');

const READER = process.env.WEAVEHEAP_NODE_ARROW_READER;
assert.ok(READER, 'WEAVEHEAP_NODE_ARROW_READER (the test addon, tests/node/CMakeLists.txt) is not set');
const reader = require(READER);

function int64Column(region, values, nullable = false) {
  const v = region.vector('int64', values.length + 2, { nullable });
  v.extend(new BigInt64Array(values.map(BigInt)));
  return v;
}

test('vector.exportArrow: the structs at the addresses are the core\'s memory, no copy', () => {
  const r = new wh.Region();
  const v = int64Column(r, [5, 6, 7], true);
  v.appendNull();
  const copies = r.stats().copies;
  const e = v.exportArrow();
  assert.ok(e instanceof wh.ArrowExport);
  assert.equal(typeof e.schemaAddress, 'bigint');
  const schema = reader.readSchema(e.schemaAddress);
  assert.equal(schema.format, 'l');
  assert.equal(schema.released, false);
  const array = reader.readArray(e.arrayAddress);
  assert.equal(array.length, 4);
  assert.equal(array.nullCount, 1);
  assert.equal(array.nBuffers, 2);
  assert.notEqual(array.buffers[0], 0n, 'a nullable vector exports its bitmap');
  assert.equal(array.buffers[1], BigInt(wh.backend.coreAddressOf(v)), 'the values are the vector\'s memory');
  assert.equal(reader.readInt64(array.buffers[1], 2), 7);
  assert.equal(r.stats().copies, copies, 'no copy');

  // the borrow is held until release
  throwsUnchanged(() => v.close(), wh.BorrowError, undefined, r);
  throwsUnchanged(() => v.append(1), wh.BorrowError, undefined, r);
  assert.throws(() => r.reset(), wh.BorrowError);
  const active = r.stats().borrowsActive;
  e.release();
  assert.equal(r.stats().borrowsActive, active - 1);
  assert.equal(e.released, true);
  e.release();                                               // a second release does nothing
  assert.equal(r.stats().borrowsActive, active - 1);
  assert.throws(() => e.arrayAddress, wh.StaleHandleError);
  assert.throws(() => e.schemaAddress, wh.StaleHandleError);
  v.append(8);
  v.close();
  r.close();
});

test('an importer moves the array: its release gives the borrow back, ours does nothing', () => {
  const r = new wh.Region();
  const v = int64Column(r, [1, 2]);
  const e = v.exportArrow();
  const moved = reader.moveArray(e.arrayAddress);
  assert.equal(reader.readArray(e.arrayAddress).released, true);
  assert.throws(() => v.close(), wh.BorrowError);
  reader.releaseMoved(moved);                                // the consumer's release
  v.append(3);                                               // no borrow left
  e.release();                                               // releases the schema only
  assert.equal(r.stats().borrowsActive, 0);
  v.close();
  r.close();
});

test('batch.exportArrow: a struct array whose children are the columns', () => {
  const r = new wh.Region();
  const x = int64Column(r, [1, 2, 3]);
  const y = r.vector('float64', 3);
  y.extend(new Float64Array([0.5, 1.5, 2.5]));
  const b = r.batch(2);
  b.addColumn('x', x);
  b.addColumn('y', y);
  const copies = r.stats().copies;
  const e = b.exportArrow();
  const schema = reader.readSchema(e.schemaAddress);
  assert.equal(schema.format, '+s');
  assert.deepEqual(schema.children.map((c) => [reader.readSchema(c).name, reader.readSchema(c).format]),
    [['x', 'l'], ['y', 'g']]);
  const array = reader.readArray(e.arrayAddress);
  assert.equal(array.length, 3);
  assert.equal(array.nChildren, 2);
  assert.equal(reader.readArray(array.children[0]).buffers[1], BigInt(wh.backend.coreAddressOf(x)));
  assert.equal(reader.readArray(array.children[1]).buffers[1], BigInt(wh.backend.coreAddressOf(y)));
  assert.equal(r.stats().copies, copies);
  assert.throws(() => b.close(), wh.BorrowError);
  e[Symbol.dispose]();
  b.close();
  r.close();
});

test('exportArrowStream: the iterator yields each batch, then ends', () => {
  const r = new wh.Region();
  const st = r.batchStream(4);
  const columns = [];
  const batches = [];
  for (const values of [[1, 2], [3, 4, 5], [6]]) {
    const c = int64Column(r, values);
    columns.push(c);
    const b = r.batch(1);
    b.addColumn('x', c);
    st.addBatch(b);
    batches.push(b);
  }
  const copies = r.stats().copies;
  const s = st.exportArrowStream();
  assert.ok(s instanceof wh.ArrowStreamExport);
  assert.equal(typeof s.streamAddress, 'bigint');
  throwsUnchanged(() => st.close(), wh.BorrowError, undefined, r);
  const seen = [];
  for (const batch of s) {
    const array = reader.readArray(batch.arrayAddress);
    const child = reader.readArray(array.children[0]);
    assert.equal(child.buffers[1], BigInt(wh.backend.coreAddressOf(columns[seen.length])));
    seen.push(array.length);
    batch.release();
  }
  assert.deepEqual(seen, [2, 3, 1]);
  assert.equal(s.next(), null, 'the end, again');
  assert.equal(r.stats().copies, copies);
  s.release();
  s.release();
  throwsUnchanged(() => s.next(), wh.StaleHandleError, /released/, r);
  // batches(): an export per loop, released when the loop ends (early too)
  let n = 0;
  for (const batch of st.batches()) {
    n++;
    batch.release();
    break;
  }
  assert.equal(n, 1);
  assert.equal(r.stats().borrowsActive, 3 + 3, 'the stream holds its batches, the batches their columns');
  st.close();
  for (const b of batches) b.close();
  r.close();
});

test('a batch handed out holds its batch after the stream export is gone', () => {
  const r = new wh.Region();
  const st = r.batchStream(1);
  const b = r.batch(1);
  b.addColumn('x', int64Column(r, [9]));
  st.addBatch(b);
  const s = st.exportArrowStream();
  const batch = s.next();
  s.release();
  st.close();
  assert.throws(() => b.close(), wh.BorrowError, 'the exported array holds the batch');
  batch.release();
  b.close();
  r.close();
});

test('misuse is typed and changes nothing', () => {
  const r = new wh.Region();
  const v = int64Column(r, [1]);
  const view = v.view({ writable: true });
  throwsUnchanged(() => v.exportArrow(), wh.BorrowConflictError, undefined, r);
  view.close();
  const empty = r.batchStream(1);
  throwsUnchanged(() => empty.exportArrowStream(), wh.InvalidArgumentError, undefined, r);
  v.close();
  throwsUnchanged(() => v.exportArrow(), wh.StaleHandleError, undefined, r);
  throwsUnchanged(() => wh.Vector.prototype.exportArrow.call({}), wh.InvalidArgumentError, /receiver/);
  throwsUnchanged(() => wh.ArrowExport.prototype.release.call({}), wh.InvalidArgumentError, /receiver/);
  assert.throws(() => new wh.ArrowExport(), wh.InvalidArgumentError);
  assert.throws(() => new wh.ArrowStreamExport(Symbol('arrow'), []), wh.InvalidArgumentError);
  const wrong = wh.Vector.fromHandle(empty.handle);          // a stream's handle as a vector
  throwsUnchanged(() => wrong.exportArrow(), wh.WrongKindError, undefined, r);
  empty.close();
  r.close();
});

// A map<utf8,int64> (listVector with map: true): one value is a u32 count,
// then each entry as a struct value: tag 1, the key (tag 1, u32 length,
// bytes), the value (tag 1, 8 bytes), all in the machine's byte order
// (list_vector.append's encoding, docs/arrow.md).
function mapValue(entries) {
  const parts = [];
  const u32 = (n) => new Uint8Array(new Uint32Array([n]).buffer);
  parts.push(u32(entries.length));
  for (const [key, value] of entries) {
    const k = Buffer.from(key);
    parts.push(Uint8Array.of(1, 1), u32(k.length), k, Uint8Array.of(1),
      new Uint8Array(new BigInt64Array([BigInt(value)]).buffer));
  }
  return Buffer.concat(parts);
}

test('a map<utf8,int64>: append two entries per value, lookup a key, read its value', () => {
  const r = new wh.Region();
  const keys = r.varVector(8, 64);
  const values = r.vector('int64', 8);
  const entries = r.batch(2);
  entries.addColumn('key', keys);
  entries.addColumn('value', values);
  const m = r.listVector(entries, 4, { map: true });
  assert.equal(m.isMap(), true);
  m.append(mapValue([['a', 1], ['b', 2]]));
  m.append(mapValue([['c', 3], ['a', 4]]));
  assert.equal(m.length(), 2);
  for (const [index, key, row, value] of [[0, 'b', 1, 2], [1, 'a', 3, 4], [0, 'a', 0, 1]]) {
    assert.equal(m.lookup(index, Buffer.from(key)), row, `map ${index} key ${key}`);
    assert.equal(values.get(row), value);
  }
  assert.equal(m.lookup(1, Buffer.from('b')), -1, 'a missing key');
  throwsUnchanged(() => m.lookup(2, Buffer.from('a')), wh.OutOfRangeError, undefined, r);
  throwsUnchanged(() => m.append(Uint8Array.of(1, 0)), wh.InvalidArgumentError, undefined, r);
  const e = m.exportArrow();
  assert.equal(reader.readSchema(e.schemaAddress).format, '+m');
  const array = reader.readArray(e.arrayAddress);
  assert.deepEqual([array.length, array.nChildren], [2, 1]);
  assert.throws(() => m.close(), wh.BorrowError);
  e.release();
  m.close();
  entries.close();
  r.close();
});
