// Every IDL function is reachable from JavaScript and does what the IDL says,
// on both backends (./backend.mjs): the generated map (IDL.functions) names
// each one, the C header of this source tree declares the same set, and each
// has a behaviour check below. A function added to the IDL fails this suite
// until it has one.
import { test } from 'node:test';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { wh, which, assert, state, MiB } from './helpers.mjs';

const SOURCE = process.env.WEAVEHEAP_SOURCE_DIR;
const HERE = path.dirname(fileURLToPath(import.meta.url));

function cName(qualified) {
  const [module, fn] = qualified.split('.');
  return module === 'weaveheap' ? `weaveheap_${fn}` : `weaveheap_${module}_${fn}`;
}

// Resolves a JavaScript path of IDL.functions ("Region.prototype.alloc",
// "new Region", "stats", "View.prototype.close") to what it names.
function resolve(jsPath) {
  const p = jsPath.replace(/^new /, '').replace(/\(.*\)$/, '');
  const [head, ...rest] = p.split('.');
  return rest.reduce((o, k) => o && o[k], wh[head]);
}

// Memory the glue must free: Node.js runs `name` of tests/node/leak_child.js
// in a fresh process and bounds its resident growth; WebAssembly repeats
// `op` and bounds the growth of the module's memory (which never shrinks, so
// every leaked byte shows).
function leaks(name, maxMiB, op, count) {
  if (which === 'napi') {
    const r = spawnSync(process.execPath, ['--expose-gc', path.join(HERE, '..', 'leak_child.js'), name], {
      encoding: 'utf8',
      env: { ...process.env, GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=131072' },
    });
    assert.equal(r.status, 0, r.stderr);
    const { count: n, grownMiB } = JSON.parse(r.stdout);
    assert.ok(grownMiB < maxMiB, `${name}: RSS grew by ${grownMiB.toFixed(1)} MiB over ${n} calls`);
    return;
  }
  const region = new wh.Region();
  try {
    const run = op(region);
    for (let i = 0; i < 100; i++) run();
    const before = wh.backend.memory.buffer.byteLength;
    for (let i = 0; i < count; i++) run();
    const grown = wh.backend.memory.buffer.byteLength - before;
    assert.ok(grown <= 1 * MiB, `${name}: the module's memory grew by ${grown} bytes over ${count} calls`);
  } finally {
    region.close();
  }
}

// One behaviour check per IDL function.
const checks = {
  'weaveheap.version_number'() {
    const [major, minor, patch] = wh.VERSION.split('.').map(Number);
    assert.equal(wh.versionNumber(), major * 1000000 + minor * 1000 + patch);
  },
  'weaveheap.version_string'() {
    assert.equal(wh.versionString(), wh.VERSION);
    assert.match(wh.versionString(), /^\d+\.\d+\.\d+$/);
  },
  'weaveheap.abi_version'() {
    assert.equal(wh.abiVersion(), wh.ABI_VERSION);
    assert.equal(wh.IDL.abiVersion, wh.ABI_VERSION);
  },
  'weaveheap.idl_hash'() {
    assert.equal(wh.idlHash(), wh.IDL_HASH);
    assert.match(wh.idlHash(), /^[0-9a-f]{64}$/);
    if (SOURCE) {
      const idl = fs.readFileSync(path.join(SOURCE, wh.IDL.file)).toString('latin1').replace(/\r\n/g, '\n');
      const sha = crypto.createHash('sha256').update(Buffer.from(idl, 'latin1')).digest('hex');
      assert.equal(wh.idlHash(), sha, `the package is stale: ${wh.IDL.file} changed since it was built`);
    }
  },
  'weaveheap.strerror'() {
    assert.equal(wh.strerror(0), 'no error');
    assert.equal(wh.strerror(wh.BorrowError.prototype.errno), 'object is borrowed');
    assert.equal(wh.strerror(wh.InvalidUtf8Error.prototype.errno), 'invalid UTF-8');
    assert.equal(wh.strerror(9999), 'unknown error');
    assert.equal(wh.strerror(-1), 'unknown error');
    assert.throws(() => wh.strerror('7'), wh.InvalidArgumentError);
    assert.throws(() => wh.strerror(2 ** 31), wh.InvalidArgumentError);
  },
  'weaveheap.free_string'() {
    // 3000 string.dup of 64 KiB would leak 190 MiB.
    leaks('string_dup', 16, (r) => {
      const s = r.string('x'.repeat(64 * 1024));
      return () => s.dup();
    }, 3000);
    const r = new wh.Region();
    assert.equal(r.string('abc').dup(), 'abc');
    r.close();
  },
  'weaveheap.free_bytes'() {
    // 3000 bytes.dup of 60 KiB (copied) and 300 of 1 MiB (adopted) would leak
    // 180 and 300 MiB. The first bound allows V8 a heap that has not shrunk
    // back yet on a loaded machine (17.5 MiB seen once, under load 6).
    leaks('bytes_dup_small', 48, (r) => {
      const b = r.bytes(new Uint8Array(60 * 1024).fill(1));
      return () => b.dup();
    }, 3000);
    leaks('bytes_dup_large', 32, (r) => {
      const b = r.bytes(new Uint8Array(MiB).fill(2));
      return () => b.dup();
    }, 300);
  },
  'error.clear'() {
    // 300000 failing calls would leak about 20 MiB of messages.
    leaks('error_message', 6, () => {
      const b = wh.WeaveHeapBuffer.fromHandle(0x2000000000abcdefn);
      return () => { try { b.size(); } catch { /* ForgedHandleError */ } };
    }, 300000);
  },
  'region.create'() {
    const live = wh.stats().regionsLive;
    const r = new wh.Region({ chunkSize: 4096, byteLimit: 8192, threadSafe: true });
    assert.equal(typeof r.handle, 'bigint');
    assert.equal(wh.handleKindOf(r), 'region');
    assert.equal(wh.stats().regionsLive, live + 1);
    r.alloc(100);
    assert.equal(r.stats().bytesReserved, 4096, 'chunkSize is passed');
    assert.throws(() => r.alloc(8192), wh.OutOfMemoryError, 'byteLimit is passed');
    r.close();
    const d = new wh.Region();
    d.alloc(1);
    assert.equal(d.stats().bytesReserved, wh.DEFAULT_CHUNK_SIZE);
    d.close();
    new wh.Region(null).close();
    new wh.Region({}).close();
    new wh.Region({ chunkSize: 65536n }).close();
  },
  'region.destroy'() {
    const live = wh.stats().regionsLive;
    const r = new wh.Region();
    const b = r.alloc(16);
    r.close();
    assert.equal(r.closed, true);
    assert.equal(wh.stats().regionsLive, live);
    assert.throws(() => b.size(), wh.StaleHandleError);
    assert.throws(() => r.stats(), wh.StaleHandleError);
    r.close();   // a second close() does nothing
  },
  'region.reset'() {
    const r = new wh.Region();
    const b = r.alloc(1000);
    const reserved = r.stats().bytesReserved;
    r.reset();
    assert.equal(r.stats().bytesLive, 0);
    assert.equal(r.stats().bytesReserved, reserved, 'reset keeps the chunks');
    assert.throws(() => b.size(), wh.StaleHandleError);
    assert.equal(r.alloc(10).size(), 10);
    r.close();
  },
  'region.stats'() {
    const r = new wh.Region();
    const s0 = r.stats();
    assert.deepEqual(Object.keys(s0).sort(), ['allocations', 'borrowConflicts', 'borrowsActive', 'borrowsTaken',
      'bytesAllocated', 'bytesLive', 'bytesPeak', 'bytesReserved', 'copies', 'copyBytes', 'imports', 'regionsLive', 'releases',
      'staleRejected'].sort());
    const b = r.alloc(100);
    const v = b.view();
    const s = r.stats();
    assert.equal(s.allocations, 1);
    assert.equal(s.bytesLive, 100);
    assert.equal(s.borrowsActive, 1);
    assert.equal(s.borrowsTaken, 1);
    v.close();
    b.close();
    assert.equal(r.stats().releases, 1);
    assert.equal(r.stats().borrowsActive, 0);
    r.close();
  },
  'buffer.alloc'() {
    const r = new wh.Region();
    const b = r.alloc(24);
    assert.equal(wh.handleKindOf(b), 'buffer');
    assert.equal(b.size(), 24);
    const zeroed = b.view();
    assert.deepEqual([...zeroed], new Array(24).fill(0), 'zeroed');
    zeroed.close();
    assert.equal(r.alloc(5n).size(), 5);
    // align is passed: after a 1-byte allocation, align 64 still gives an
    // address a BigUint64Array (8-byte elements) accepts, align 1 does not.
    r.alloc(1, { align: 1 });
    r.alloc(64, { align: 64 }).view({ type: BigUint64Array }).close();
    r.alloc(1, { align: 1 });
    assert.throws(() => r.alloc(8, { align: 1 }).view({ type: BigUint64Array }), /not aligned/);
    assert.equal(r.alloc(0).size(), 0);
    r.close();
  },
  'buffer.release'() {
    const r = new wh.Region();
    const b = r.alloc(8);
    b.close();
    assert.equal(b.closed, true);
    assert.equal(r.stats().releases, 1);
    assert.throws(() => b.size(), wh.StaleHandleError);
    b.close();   // a second close() does nothing
    assert.equal(r.stats().releases, 1);
    r.close();
  },
  'buffer.size'() {
    const r = new wh.Region();
    assert.equal(r.alloc(4096).size(), 4096);
    assert.equal(typeof r.alloc(1).size(), 'number');
    r.close();
  },
  'buffer.write'() {
    const r = new wh.Region();
    const b = r.alloc(16);
    const before = state();
    b.write(2, new Uint8Array([1, 2, 3]));
    b.write(8, 'hi');
    b.write(10, new Uint16Array([0x0201]).buffer);
    b.write(12, new DataView(new Uint8Array([9, 8]).buffer));
    const out = new Uint8Array(16);
    b.read(0, out);
    assert.deepEqual([...out], [0, 0, 1, 2, 3, 0, 0, 0, 104, 105, 1, 2, 9, 8, 0, 0]);
    assert.equal(state().copies, before.copies + 5, 'four writes and a read are copies');
    r.close();
  },
  'buffer.read'() {
    const r = new wh.Region();
    const b = r.alloc(8);
    b.write(0, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
    const dst = new Uint8Array(4);
    b.read(4, dst);
    assert.deepEqual([...dst], [5, 6, 7, 8]);
    const wide = new Uint32Array(2);
    b.read(0, wide);
    assert.deepEqual([...new Uint8Array(wide.buffer)], [1, 2, 3, 4, 5, 6, 7, 8]);
    const sub = new Uint8Array(10).subarray(3, 5);
    b.read(6, sub);
    assert.deepEqual([...sub], [7, 8]);
    r.close();
  },
  'bytes.create'() {
    const r = new wh.Region();
    assert.deepEqual([...r.bytes(new Uint8Array([1, 2, 3])).dup()], [1, 2, 3]);
    assert.deepEqual([...r.bytes('hé').dup()], [0x68, 0xc3, 0xa9]);
    assert.deepEqual([...r.bytes(new Uint8Array([7, 8]).buffer).dup()], [7, 8]);
    assert.equal(r.bytes(new Uint8Array(0)).length(), 0);
    const b = r.bytes(new Uint8Array([5]));
    assert.equal(wh.handleKindOf(b), 'bytes');
    assert.equal(r.stats().copies, 8, 'five creates and three dups are copies');
    r.close();
  },
  'bytes.release'() {
    const r = new wh.Region();
    const b = r.bytes('x');
    b.close();
    assert.throws(() => b.length(), wh.StaleHandleError);
    r.close();
  },
  'bytes.length'() {
    const r = new wh.Region();
    assert.equal(r.bytes(new Uint8Array(300)).length(), 300);
    r.close();
  },
  'bytes.dup'() {
    const r = new wh.Region();
    const src = new Uint8Array([10, 20, 30]);
    const b = r.bytes(src);
    const copy = b.dup();
    assert.ok(copy instanceof Uint8Array);
    assert.deepEqual([...copy], [10, 20, 30]);
    copy[0] = 99;
    assert.equal(b.dup()[0], 10, 'the copy is the caller\'s');
    const big = r.bytes(new Uint8Array(MiB).fill(3)).dup();
    assert.equal(big.length, MiB);
    assert.equal(big[MiB - 1], 3);
    assert.equal(r.bytes('').dup().length, 0);
    r.close();
  },
  'string.create'() {
    const r = new wh.Region();
    const s = r.string('grüße, 世界 🎉');
    assert.equal(wh.handleKindOf(s), 'string');
    assert.equal(s.dup(), 'grüße, 世界 🎉');
    assert.equal(r.string(new TextEncoder().encode('from bytes')).dup(), 'from bytes');
    assert.equal(r.string('').length(), 0);
    r.close();
  },
  'string.release'() {
    const r = new wh.Region();
    const s = r.string('x');
    s.close();
    assert.throws(() => s.dup(), wh.StaleHandleError);
    r.close();
  },
  'string.length'() {
    const r = new wh.Region();
    assert.equal(r.string('héllo').length(), 6, 'UTF-8 bytes, no NUL');
    r.close();
  },
  'string.dup'() {
    const r = new wh.Region();
    assert.equal(r.string('abc').dup(), 'abc');
    assert.equal(r.string('x'.repeat(100000)).dup().length, 100000);
    r.close();
  },
  'borrow.shared'() {
    const r = new wh.Region();
    const b = r.alloc(4);
    const v1 = b.view();
    const v2 = b.view();
    assert.ok(v1 instanceof Uint8Array);
    assert.ok(v1 instanceof wh.View);
    assert.equal(v1.shared, true);
    assert.equal(v1.writable, false);
    assert.equal(wh.handleKindOf(v1), 'borrow');
    assert.equal(r.stats().borrowsActive, 2);
    v1.close();
    v2.close();
    r.close();
  },
  'borrow.unique'() {
    const r = new wh.Region();
    const b = r.alloc(4);
    const v = b.view({ writable: true });
    assert.equal(v.shared, false);
    assert.equal(v.writable, true);
    assert.equal(v.length, 4);
    assert.equal(r.stats().borrowsActive, 1);
    v.close();
    const bv = r.bytes('ab').view({ writable: true });
    assert.equal(bv.writable, false, 'bytes stay read-only');
    assert.throws(() => r.reset(), wh.BorrowError);
    bv.close();
    r.reset();
    r.close();
  },
  'borrow.release'() {
    const r = new wh.Region();
    const b = r.alloc(4);
    const v = b.view({ writable: true });
    v.close();
    assert.equal(v.closed, true);
    if (which === 'napi') assert.equal(v.length, 0, 'detached');
    assert.equal(r.stats().borrowsActive, 0);
    v.close();   // a second close() does nothing
    assert.throws(() => wh.View.fromHandle(v.handle).close(), wh.StaleHandleError, 'the token is spent');
    b.close();
    r.close();
  },
  'handle.kind_of'() {
    const r = new wh.Region();
    const b = r.alloc(1);
    assert.equal(wh.handleKindOf(r), 'region');
    assert.equal(wh.handleKindOf(r.handle), 'region');
    assert.equal(wh.handleKindOf(b), 'buffer');
    assert.equal(wh.handleKindOf(r.bytes('')), 'bytes');
    assert.equal(wh.handleKindOf(r.string('')), 'string');
    const v = b.view();
    assert.equal(wh.handleKindOf(v), 'borrow');
    v.close();
    assert.throws(() => wh.handleKindOf(v), wh.StaleHandleError);
    assert.throws(() => wh.handleKindOf(0n), wh.ForgedHandleError);
    assert.throws(() => wh.handleKindOf('x'), wh.InvalidArgumentError);
    r.close();
  },
  'stats.global'() {
    const r = new wh.Region();
    const before = wh.stats();
    r.alloc(10);
    const after = wh.stats();
    assert.equal(after.allocations, before.allocations + 1);
    assert.equal(after.bytesAllocated, before.bytesAllocated + 10);
    assert.ok(after.regionsLive >= 1);
    r.close();
  },
  'stats.set_enabled'() {
    const r = new wh.Region();
    wh.statsSetEnabled(false);
    try {
      r.alloc(1);
      assert.equal(r.stats().allocations, 0, 'not counted while off');
    } finally {
      wh.statsSetEnabled(true);
    }
    r.alloc(1);
    assert.equal(r.stats().allocations, 1);
    assert.throws(() => wh.statsSetEnabled(1), wh.InvalidArgumentError);
    r.close();
  },
  'stats.enabled'() {
    assert.equal(wh.statsEnabled(), true);
    wh.statsSetEnabled(false);
    assert.equal(wh.statsEnabled(), false);
    wh.statsSetEnabled(true);
    assert.equal(wh.statsEnabled(), true);
  },
  // Publishing needs threads and files: the wasm core has neither, and says so.
  'publish.start'() {
    if (which === 'wasm') {
      assert.throws(() => wh.publishStart({ intervalMs: 50 }), wh.InvalidArgumentError);
      return;
    }
    withStatsDir((dir) => {
      wh.publishStart({ intervalMs: 50 });
      assert.equal(wh.publishActive(), true);
      assert.ok(fs.readdirSync(dir).some((f) => f.startsWith(String(process.pid))), 'the stats file is made');
      wh.publishStart();   // again: changes the interval
      assert.throws(() => wh.publishStart({ intervalMs: 3600001 }), wh.InvalidArgumentError);
      assert.throws(() => wh.publishStart({ interval: 5 }), wh.InvalidArgumentError);
      wh.publishStop();
    });
  },
  'publish.now'() {
    if (which === 'wasm') {
      assert.throws(() => wh.publishNow(), /needs threads and files/);
      return;
    }
    withStatsDir((dir) => {
      wh.publishNow();
      const file = fs.readdirSync(dir).find((f) => f.startsWith(String(process.pid)));
      assert.ok(file, 'now() makes the file');
      assert.ok(fs.statSync(path.join(dir, file)).size > 0);
      wh.publishStop();
    });
    const open = fs.mkdtempSync(path.join(os.tmpdir(), 'wh-node-open-'));
    fs.chmodSync(open, 0o777);
    process.env.WEAVEHEAP_STATS_DIR = open;
    try {
      assert.throws(() => wh.publishNow(), wh.InvalidArgumentError, 'a directory open to others is refused');
      assert.equal(wh.publishActive(), false);
    } finally {
      delete process.env.WEAVEHEAP_STATS_DIR;
      fs.rmSync(open, { recursive: true, force: true });
    }
  },
  'publish.stop'() {
    if (which === 'wasm') {
      wh.publishStop();   // a no-op when not publishing
      assert.equal(wh.publishActive(), false);
      return;
    }
    withStatsDir((dir) => {
      wh.publishNow();
      wh.publishStop();
      assert.equal(wh.publishActive(), false);
      assert.deepEqual(fs.readdirSync(dir).filter((f) => f.startsWith(String(process.pid))), [], 'the file is removed');
      wh.publishStop();   // a no-op when not publishing
    });
  },
  'publish.active'() {
    assert.equal(wh.publishActive(), false);
  },
  'vector.create'() {
    const r = new wh.Region();
    const v = r.vector('int32', 4, { nullable: true });
    assert.equal(wh.handleKindOf(v), 'vector');
    assert.equal(v.length(), 0);
    assert.equal(r.vector('float64', 10n).capacity(), 10);
    assert.throws(() => r.vector('int128', 4), wh.InvalidArgumentError);
    assert.throws(() => r.vector('int8', 2n ** 48n + 1n), wh.InvalidArgumentError);
    assert.throws(() => r.vector('int64', 2n ** 48n), wh.OutOfMemoryError);
    r.close();
  },
  'vector.release'() {
    const r = new wh.Region();
    const v = r.vector('uint8', 4);
    const view = v.view();
    assert.throws(() => v.close(), wh.BorrowError);
    view.close();
    v.close();
    assert.throws(() => v.length(), wh.StaleHandleError);
    r.close();
  },
  'vector.length'() {
    const r = new wh.Region();
    const v = r.vector('int16', 4);
    v.append(1);
    v.append(-2);
    assert.equal(v.length(), 2);
    r.close();
  },
  'vector.resize'() {
    const r = new wh.Region();
    const v = r.vector('int16', 2);
    v.extend(new Int16Array([3, -4]));
    assert.throws(() => v.resize(1), wh.InvalidArgumentError, 'below the length');
    const view = v.view();
    assert.throws(() => v.resize(8), wh.BorrowError, 'a view holds it');
    view.close();
    v.resize(8);
    v.append(5);
    assert.deepEqual([v.capacity(), v.get(0), v.get(1), v.get(2)], [8, 3, -4, 5]);
    r.close();
  },
  'vector.capacity'() {
    const r = new wh.Region();
    assert.equal(r.vector('boolean', 100).capacity(), 100);
    r.close();
  },
  'vector.element_type'() {
    const r = new wh.Region();
    for (const t of ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'float32', 'float64', 'boolean']) {
      assert.equal(r.vector(t, 1).elementType(), t);
    }
    r.close();
  },
  'vector.null_count'() {
    const r = new wh.Region();
    const v = r.vector('int64', 4, { nullable: true });
    v.appendNull();
    v.append(3n);
    assert.equal(v.nullCount(), 1);
    r.close();
  },
  'vector.append'() {
    const r = new wh.Region();
    const v = r.vector('int8', 2);
    v.append(-128);
    assert.throws(() => v.append(128), wh.OutOfRangeError);
    v.append(127);
    assert.throws(() => v.append(0), wh.OutOfRangeError, 'full');
    const view = v.view({ type: Int8Array });
    assert.deepEqual([...view], [-128, 127], 'an Int8Array over the core\'s values');
    view.close();
    assert.throws(() => r.vector('float32', 1).append(1), wh.InvalidArgumentError);
    r.close();
  },
  'vector.extend'() {
    const r = new wh.Region();
    const v = r.vector('float64', 4);
    const before = state();
    v.extend(new Float64Array([1.5, -2.5]));
    assert.equal(state().copies, before.copies + 1, 'extend copies once');
    const view = v.view({ type: Float64Array });
    assert.deepEqual([...view], [1.5, -2.5], 'a Float64Array over the core\'s values');
    view.close();
    assert.throws(() => v.extend(new Uint8Array(3)), wh.InvalidArgumentError);
    r.close();
  },
  'vector.append_null'() {
    const r = new wh.Region();
    const v = r.vector('uint16', 2, { nullable: true });
    v.appendNull();
    assert.equal(v.isValid(0), false);
    assert.throws(() => r.vector('uint16', 2).appendNull(), wh.InvalidArgumentError);
    r.close();
  },
  'vector.set'() {
    const r = new wh.Region();
    const v = r.vector('uint32', 2, { nullable: true });
    v.appendNull();
    v.set(0, 4294967295);
    assert.equal(v.get(0), 4294967295);
    assert.equal(v.nullCount(), 0);
    assert.throws(() => v.set(1, 1), wh.OutOfRangeError);
    r.close();
  },
  'vector.get'() {
    const r = new wh.Region();
    const v = r.vector('int32', 2);
    v.append(-7);
    assert.equal(v.get(0), -7);
    assert.throws(() => v.get(1), wh.OutOfRangeError);
    r.close();
  },
  'vector.append_f64'() {
    const r = new wh.Region();
    const v = r.vector('float64', 4);
    v.appendF64(0.1);
    v.appendF64(-Infinity);
    v.appendF64(3);                        // an integral number is a double too
    assert.deepEqual([v.getF64(0), v.getF64(1), v.getF64(2)], [0.1, -Infinity, 3]);
    const view = v.view({ type: Float64Array });
    assert.deepEqual([...view], [0.1, -Infinity, 3], 'a Float64Array over the core\'s values');
    assert.throws(() => v.appendF64(1), wh.BorrowError);
    view.close();
    assert.throws(() => v.appendF64('1.5'), wh.InvalidArgumentError);
    assert.throws(() => v.appendF64(1n), wh.InvalidArgumentError);
    const f = r.vector('float32', 2);
    f.appendF64(0.1);
    assert.equal(f.getF64(0), Math.fround(0.1));
    assert.throws(() => f.appendF64(1e39), wh.OutOfRangeError);
    assert.throws(() => r.vector('int32', 2).appendF64(1), wh.InvalidArgumentError);
    r.close();
  },
  'vector.set_f64'() {
    const r = new wh.Region();
    const v = r.vector('float64', 4, { nullable: true });
    v.appendNull();
    v.setF64(0, 2.5);
    assert.equal(v.getF64(0), 2.5);
    assert.equal(v.nullCount(), 0);
    assert.throws(() => v.setF64(1, 1), wh.OutOfRangeError);
    r.close();
  },
  'vector.get_f64'() {
    const r = new wh.Region();
    const v = r.vector('int64', 2);
    v.append(1);
    assert.throws(() => v.getF64(0), wh.InvalidArgumentError);
    assert.throws(() => v.getF64(5), wh.OutOfRangeError);
    r.close();
  },
  'vector.is_valid'() {
    const r = new wh.Region();
    const v = r.vector('boolean', 3, { nullable: true });
    v.append(1);
    v.appendNull();
    assert.equal(v.isValid(0), true);
    assert.equal(v.isValid(1), false);
    assert.throws(() => v.isValid(2), wh.OutOfRangeError);
    r.close();
  },
  'vector.read'() {
    const r = new wh.Region();
    const v = r.vector('uint8', 4);
    v.extend(new Uint8Array([5, 6, 7]));
    const dst = new Uint8Array(2);
    v.read(1, dst);
    assert.deepEqual([...dst], [6, 7]);
    assert.throws(() => v.read(2, new Uint8Array(2)), wh.OutOfRangeError);
    r.close();
  },
  'vector.export_arrow'() {
    // The function writes through raw addresses, so no JavaScript name
    // reaches it: the glue's exportArrow() gives it structs of its own
    // (Node.js; tests/node/arrow.test.js), the wasm backend has none.
    assert.match(wh.IDL.functions['vector.export_arrow'], /^\(glue\)/);
    arrowExport((r) => r.vector('int8', 1), 'exportArrow');
  },
  'var_vector.create'() {
    const r = new wh.Region();
    const v = r.varVector(4, 16, { nullable: true });
    assert.equal(wh.handleKindOf(v), 'var_vector');
    assert.equal(v.isUtf8(), true);
    assert.equal(r.varVector(1, 1, { binary: true }).isUtf8(), false);
    assert.throws(() => r.varVector(1, 2n ** 31n), wh.InvalidArgumentError);
    assert.throws(() => r.varVector(2n ** 48n, 0), wh.OutOfMemoryError);
    r.close();
  },
  'var_vector.release'() {
    const r = new wh.Region();
    const v = r.varVector(1, 1);
    const view = v.view();
    assert.throws(() => v.close(), wh.BorrowError);
    view.close();
    v.close();
    r.close();
  },
  'var_vector.length'() { varColumn((v) => assert.equal(v.length(), 2)); },
  'var_vector.capacity'() { varColumn((v) => assert.equal(v.capacity(), 4)); },
  'var_vector.data_length'() { varColumn((v) => assert.equal(v.dataLength(), 3)); },
  'var_vector.data_capacity'() { varColumn((v) => assert.equal(v.dataCapacity(), 16)); },
  'var_vector.resize'() {
    varColumn((v) => {
      assert.throws(() => v.resize(1, 16), wh.InvalidArgumentError, 'below the length');
      v.resize(8, 32);
      assert.deepEqual([v.capacity(), v.dataCapacity(), v.length()], [8, 32, 2]);
      assert.deepEqual([...v.get(0)], [...Buffer.from('hé')]);
    });
  },
  'var_vector.null_count'() { varColumn((v) => assert.equal(v.nullCount(), 1)); },
  'var_vector.is_utf8'() { varColumn((v) => assert.equal(v.isUtf8(), true)); },
  'var_vector.append'() {
    varColumn((v) => {
      assert.throws(() => v.append(new Uint8Array([0xff])), wh.InvalidUtf8Error);
      assert.throws(() => v.append(new Uint8Array(14)), wh.OutOfRangeError, 'past the data bytes');
      assert.equal(v.length(), 2);
    });
  },
  'var_vector.append_null'() {
    varColumn((v) => assert.equal(v.isValid(1), false));
  },
  'var_vector.get'() {
    varColumn((v) => {
      assert.deepEqual([...v.get(0)], [...Buffer.from('hé')]);
      assert.equal(v.get(1).length, 0);
      assert.throws(() => v.get(2), wh.OutOfRangeError);
    });
  },
  'var_vector.value_offset'() { varColumn((v) => assert.equal(v.valueOffset(1), 3)); },
  'var_vector.value_length'() { varColumn((v) => assert.equal(v.valueLength(0), 3)); },
  'var_vector.is_valid'() {
    varColumn((v) => {
      assert.equal(v.isValid(0), true);
      assert.throws(() => v.isValid(2), wh.OutOfRangeError);
    });
  },
  'var_vector.read'() {
    varColumn((v) => {
      const dst = new Uint8Array(3);
      v.read(0, dst);
      assert.deepEqual([...dst], [...Buffer.from('hé')]);
    });
  },
  'var_vector.export_arrow'() {
    // C and Python only, as vector.export_arrow.
    assert.match(wh.IDL.functions['var_vector.export_arrow'], /^\(glue\)/);
  },
  // list_vector: behaviour beyond these checks is tested in C and Python
  // (tests/core/test_lists.c, tests/python/test_arrow_nested.py).
  'list_vector.create'() {
    const r = new wh.Region();
    const l = r.listVector(r.vector('int64', 4), 2, { nullable: true });
    assert.equal(wh.handleKindOf(l), 'list_vector');
    assert.throws(() => r.listVector(r.vector('int64', 1), 1, { map: true }), wh.InvalidArgumentError);
    l.close();
    r.close();
  },
  'list_vector.release'() {
    listColumn((l, items, r) => {
      const b = r.batch(1);
      b.addColumn('l', l);
      assert.throws(() => l.close(), wh.BorrowError);   // the batch holds it
      b.close();
    });
  },
  'list_vector.length'() { listColumn((l) => assert.equal(l.length(), 2)); },
  'list_vector.capacity'() { listColumn((l) => assert.equal(l.capacity(), 4)); },
  'list_vector.null_count'() { listColumn((l) => assert.equal(l.nullCount(), 1)); },
  'list_vector.is_map'() { listColumn((l) => assert.equal(l.isMap(), false)); },
  'list_vector.is_valid'() {
    listColumn((l) => {
      assert.equal(l.isValid(0), true);
      assert.equal(l.isValid(1), false);
      assert.throws(() => l.isValid(2), wh.OutOfRangeError);
    });
  },
  'list_vector.value_offset'() { listColumn((l) => assert.equal(l.valueOffset(1), 2)); },
  'list_vector.value_length'() { listColumn((l) => assert.equal(l.valueLength(0), 2)); },
  'list_vector.append'() {
    listColumn((l, items) => {
      assert.throws(() => l.append(new Uint8Array([1, 0, 0, 0, 2])), wh.InvalidArgumentError);
      assert.equal(l.length(), 2);
      assert.equal(items.get(1), 6);
    });
  },
  'list_vector.append_null'() { listColumn((l) => assert.equal(l.nullCount(), 1)); },
  'list_vector.lookup'() {
    const r = new wh.Region();
    const k = r.vector('int32', 2);
    const e = r.batch(2);
    e.addColumn('k', k);
    e.addColumn('v', r.vector('int64', 2));
    const m = r.listVector(e, 1, { map: true });
    const entry = [1, 1, ...new Uint8Array(new Int32Array([5]).buffer), 1, ...new Uint8Array(8)];
    m.append(new Uint8Array([...new Uint8Array(new Uint32Array([1]).buffer), ...entry]));
    assert.equal(m.lookup(0, new Uint8Array(new Int32Array([5]).buffer)), 0);
    assert.equal(m.lookup(0, new Uint8Array(new Int32Array([6]).buffer)), -1);
    assert.throws(() => m.lookup(0, new Uint8Array(8)), wh.InvalidArgumentError);
    m.close();
    e.close();
    r.close();
  },
  'list_vector.export_arrow'() {
    // As vector.export_arrow: the glue's exportArrow() (tests/node/arrow.test.js reads a map's).
    assert.match(wh.IDL.functions['list_vector.export_arrow'], /^\(glue\)/);
  },
  'foreign.create'() {
    foreignColumn((f, r) => {
      assert.equal(f.length(), 2);
      const before = r.stats();
      assert.throws(() => r.foreign('boolean', new Uint8Array(1)), wh.InvalidArgumentError);
      assert.throws(() => r.foreign('int32', new Uint8Array(3)), wh.InvalidArgumentError, 'not whole values');
      assert.equal(r.stats().copies, before.copies);
    });
  },
  'foreign.import_array'() {
    // an import takes a producer's Arrow C Data structs: Python's glue (import_arrow) and C only
    assert.match(wh.IDL.functions['foreign.import_array'], /^\(glue\)/);
  },
  'foreign.export_arrow'() {
    assert.match(wh.IDL.functions['foreign.export_arrow'], /^\(glue\)/);
  },
  'foreign.release'() {
    const r = new wh.Region();
    const f = r.foreign('int8', new Uint8Array([1]));
    f.close();
    assert.throws(() => f.length(), wh.StaleHandleError);
    r.close();
  },
  'foreign.length'() { foreignColumn((f) => assert.equal(f.length(), 2)); },
  'foreign.null_count'() { foreignColumn((f) => assert.equal(f.nullCount(), 0)); },
  'foreign.offset'() { foreignColumn((f) => assert.equal(f.offset(), 0)); },
  'foreign.num_children'() { foreignColumn((f) => assert.equal(f.numChildren(), 0)); },
  'foreign.format'() { foreignColumn((f) => assert.equal(f.format(), 'l')); },
  'batch.append_row'() {
    const r = new wh.Region();
    const b = r.batch(1);
    const v = r.vector('int32', 2);
    b.addColumn('v', v);
    b.appendRow(new Uint8Array([1, ...new Uint8Array(new Int32Array([7]).buffer)]));
    assert.throws(() => b.appendRow(new Uint8Array([1, 0])), /column 'v'/);
    assert.equal(b.numRows(), 1);
    b.close();
    assert.equal(v.get(0), 7);
    r.close();
  },
  'batch.validate'() {
    const r = new wh.Region();
    const b = r.batch(1);
    const v = r.varVector(2, 4);
    v.append(Buffer.from('ok'));
    b.addColumn('s', v);
    b.validate();
    b.close();
    r.close();
  },
  'batch.create'() {
    const r = new wh.Region();
    const b = r.batch(2);
    assert.equal(b.numColumns(), 0);
    assert.throws(() => r.batch(0), wh.InvalidArgumentError);
    assert.throws(() => r.batch(4097), wh.InvalidArgumentError);
    r.close();
  },
  'batch.add_column'() {
    const r = new wh.Region();
    const b = r.batch(2);
    const x = r.vector('int32', 3);
    x.extend(new Int32Array([1, 2, 3]));
    const y = r.vector('int32', 2);
    y.extend(new Int32Array([1, 2]));
    b.addColumn('x', x);
    assert.throws(() => x.append(4), wh.BorrowError, 'a column cannot change in a batch');
    assert.throws(() => b.addColumn('y', y), /column 'y' has 2 values, the batch 3/);
    assert.throws(() => b.addColumn('x', x), /'x' is already a column/);
    assert.equal(b.numColumns(), 1);
    b.close();
    r.close();
  },
  'batch.num_columns'() {
    const r = new wh.Region();
    const b = r.batch(2);
    b.addColumn('a', r.vector('uint8', 1));
    b.addColumn('b', r.vector('uint8', 1));
    assert.equal(b.numColumns(), 2);
    b.close();
    r.close();
  },
  'batch.num_rows'() {
    const r = new wh.Region();
    const b = r.batch(1);
    assert.equal(b.numRows(), 0);
    const v = r.vector('float64', 4);
    v.extend(new Float64Array([1, 2]));
    b.addColumn('v', v);
    assert.equal(b.numRows(), 2);
    b.close();
    r.close();
  },
  'batch.column_name'() {
    const r = new wh.Region();
    const b = r.batch(1);
    b.addColumn('naïve', r.vector('uint8', 1));
    assert.equal(b.columnName(0), 'naïve');
    assert.throws(() => b.columnName(1), wh.OutOfRangeError);
    b.close();
    r.close();
  },
  'batch.release'() {
    const r = new wh.Region();
    const b = r.batch(1);
    const v = r.vector('uint8', 1);
    b.addColumn('v', v);
    assert.throws(() => r.reset(), wh.BorrowError, 'the batch holds its column');
    b.close();
    r.reset();
    r.close();
  },
  'batch_stream.create'() {
    const r = new wh.Region();
    assert.equal(r.batchStream(2).numBatches(), 0);
    assert.throws(() => r.batchStream(0), wh.InvalidArgumentError);
    r.close();
  },
  'batch_stream.add_batch'() {
    const r = new wh.Region();
    const st = r.batchStream(2);
    const a = r.batch(1);
    a.addColumn('x', r.vector('int8', 1));
    const b = r.batch(1);
    b.addColumn('y', r.vector('int8', 1));
    st.addBatch(a);
    assert.throws(() => st.addBatch(b), /names its columns otherwise/);
    assert.throws(() => a.close(), wh.BorrowError, 'the stream holds its batch');
    st.close();
    a.close();
    b.close();
    r.close();
  },
  'batch_stream.num_batches'() {
    const r = new wh.Region();
    const st = r.batchStream(2);
    const a = r.batch(1);
    st.addBatch(a);
    st.addBatch(a);
    assert.equal(st.numBatches(), 2);
    st.close();
    a.close();
    r.close();
  },
  'batch_stream.release'() {
    const r = new wh.Region();
    const st = r.batchStream(1);
    const a = r.batch(1);
    st.addBatch(a);
    assert.throws(() => r.reset(), wh.BorrowError);
    st.close();
    a.close();
    r.reset();
    r.close();
  },
  'batch_stream.export_arrow'() {
    // C and Python only, as vector.export_arrow.
    assert.match(wh.IDL.functions['batch_stream.export_arrow'], /^\(glue\)/);
    arrowExport((r) => {
      const st = r.batchStream(1);
      const b = r.batch(1);
      b.addColumn('x', r.vector('int8', 1));
      st.addBatch(b);
      return [st, b];
    }, 'exportArrowStream');
  },
  'batch.export_arrow'() {
    // C and Python only, as vector.export_arrow.
    assert.match(wh.IDL.functions['batch.export_arrow'], /^\(glue\)/);
    arrowExport((r) => r.batch(1), 'exportArrow');
  },
};

/* A utf8 column of "hé" and a null, room for 4 values and 16 bytes. */
function foreignColumn(fn) {
  const r = new wh.Region();
  const f = r.foreign('int64', new Uint8Array(new BigInt64Array([5n, 6n]).buffer));
  fn(f, r);
  f.close();
  r.close();
}

function varColumn(fn) {
  const r = new wh.Region();
  const v = r.varVector(4, 16, { nullable: true });
  v.append(Buffer.from('hé'));
  v.appendNull();
  fn(v);
  r.close();
}

// A nullable list<int64> column: [5, 6], null; fn(list, items, region).
function listColumn(fn) {
  const r = new wh.Region();
  const items = r.vector('int64', 4);
  const l = r.listVector(items, 4, { nullable: true });
  const le = (x, n) => [...new Uint8Array(new BigInt64Array([x]).buffer)].slice(0, n);
  l.append(new Uint8Array([...le(2n, 4), 1, ...le(5n, 8), 1, ...le(6n, 8)]));
  l.appendNull();
  fn(l, items, r);
  l.close();
  r.close();
}

function withStatsDir(fn) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wh-node-stats-'));
  process.env.WEAVEHEAP_STATS_DIR = dir;
  try {
    fn(dir);
  } finally {
    wh.publishStop();
    delete process.env.WEAVEHEAP_STATS_DIR;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('the generated map names every IDL function', () => {
  const names = Object.keys(wh.IDL.functions);
  assert.deepEqual(Object.keys(checks).sort(), names.sort(), 'each IDL function needs a behaviour check here');
  for (const [name, where] of Object.entries(wh.IDL.functions)) {
    // "(glue) frees the results of Bytes.prototype.dup": the glue calls it
    // for the JavaScript named there, if any.
    const paths = where.startsWith('(glue)') ? where.match(/[A-Z]\w*\.prototype\.\w+/g) || [] : where.split(/, /);
    for (const p of paths) {
      assert.equal(typeof resolve(p), 'function', `${name}: ${p} is not a function`);
    }
  }
});

test('the C header of this tree declares the same functions', { skip: !SOURCE && 'WEAVEHEAP_SOURCE_DIR not set' }, () => {
  const header = fs.readFileSync(path.join(SOURCE, 'generated', 'c', 'weaveheap.h'), 'utf8');
  const declared = [...header.matchAll(/^WEAVEHEAP_API [^(]*?\b(weaveheap_\w+)\(/gm)].map((m) => m[1]);
  assert.ok(declared.length > 20);
  assert.deepEqual(Object.keys(wh.IDL.functions).map(cName).sort(), declared.sort());
});

// exportArrow()/exportArrowStream(): on N-API an export holding the object
// until released; on wasm an InvalidArgumentError that holds nothing.
function arrowExport(make, member) {
  const r = new wh.Region();
  const made = make(r);
  const [object] = Array.isArray(made) ? made : [made];
  if (wh.backend.name === 'napi') {
    const e = object[member]();
    assert.throws(() => r.reset(), wh.BorrowError);
    e.release();
  } else {
    assert.throws(() => object[member](), wh.InvalidArgumentError);
  }
  for (const o of Array.isArray(made) ? made : [made]) o.close();
  r.reset();
  r.close();
}

for (const [name, check] of Object.entries(checks)) {
  test(`${name} -> ${wh.IDL.functions[name] || '(missing)'}`, check);
}

test('constants and versions come from the IDL', () => {
  assert.equal(wh.MAX_ALIGN, 1048576);
  assert.equal(wh.MAX_SIZE, 2 ** 48);
  assert.equal(wh.DEFAULT_ALIGN, 16);
  assert.equal(wh.DEFAULT_CHUNK_SIZE, 65536);
  if (SOURCE) {
    const idl = fs.readFileSync(path.join(SOURCE, 'idl', 'weaveheap.wh'), 'utf8');
    const m = idl.match(/^library weaveheap version (\S+) abi (\d+);/m);
    assert.equal(wh.VERSION, m[1]);
    assert.equal(wh.ABI_VERSION, Number(m[2]));
  }
});

test('errors: one class per IDL error code, with code, errno and the core\'s message', () => {
  const classes = Object.entries(wh).filter(([, v]) => typeof v === 'function' && v.prototype instanceof wh.WeaveHeapError);
  if (SOURCE) {
    const header = fs.readFileSync(path.join(SOURCE, 'generated', 'c', 'weaveheap.h'), 'utf8');
    const codes = [...header.matchAll(/X\((WEAVEHEAP_ERR_\w+), (\d+), "(\w+)"/g)];
    assert.equal(classes.length, codes.length);
    for (const [, cname, num, name] of codes) {
      if (num === '0') continue;
      const found = classes.filter(([, cls]) => Object.hasOwn(cls.prototype, 'code') && cls.prototype.code === cname);
      assert.equal(found.length, 1, `one class for ${name}`);
      assert.equal(found[0][1].prototype.errno, Number(num));
    }
  }
  // a conflicting borrow is a borrow error (as in every language with exceptions)
  assert.ok(wh.BorrowConflictError.prototype instanceof wh.BorrowError);
  assert.equal(wh.BorrowError.prototype.code, 'WEAVEHEAP_ERR_BORROWED');
  assert.equal(wh.SystemCallError.prototype.code, 'WEAVEHEAP_ERR_SYSTEM_ERROR');
  const r = new wh.Region();
  const b = r.alloc(8);
  assert.throws(() => b.write(4, new Uint8Array(8)), (err) => {
    assert.ok(err instanceof Error);
    assert.ok(err instanceof wh.OutOfRangeError);
    assert.equal(err.name, 'OutOfRangeError');
    assert.equal(err.errno, 10);
    assert.equal(err.code, 'WEAVEHEAP_ERR_OUT_OF_RANGE');
    assert.match(err.message, /0x[0-9a-f]{16}/, 'the core\'s message names the handle');
    assert.match(err.stack, /OutOfRangeError/);
    return true;
  });
  r.close();
});

test('no exported class shadows a JavaScript or Node.js global', () => {
  for (const [name, value] of Object.entries(wh)) {
    if (typeof value === 'function' && /^[A-Z]/.test(name)) {
      assert.equal(name in globalThis, false, `${name} would shadow globalThis.${name}`);
    }
  }
  assert.equal(wh.Buffer, undefined);
  assert.equal(wh.String, undefined);
});

test('Symbol.dispose closes, once; a second close() does nothing', () => {
  const r = new wh.Region();
  const b = r.alloc(8);
  const v = b.view();
  v[Symbol.dispose]();
  assert.equal(v.closed, true);
  v[Symbol.dispose]();   // already closed: nothing
  b[Symbol.dispose]();
  assert.throws(() => b.size(), wh.StaleHandleError);
  const before = wh.stats();
  b[Symbol.dispose]();
  b.close();
  r[Symbol.dispose]();
  r.close();
  assert.throws(() => r.stats(), wh.StaleHandleError);
  const after = wh.stats();
  assert.equal(after.staleRejected, before.staleRejected + 1, 'only r.stats() reached the core with a stale handle');
});

test('wrappers adopt handles from elsewhere with fromHandle()', () => {
  const r = new wh.Region();
  const b = r.alloc(8);
  const same = wh.WeaveHeapBuffer.fromHandle(b.handle);
  assert.equal(same.size(), 8);
  assert.ok(same instanceof wh.WeaveHeapBuffer);
  assert.equal(wh.Region.fromHandle(r.handle).stats().allocations, 1);
  assert.throws(() => new wh.WeaveHeapBuffer(), wh.InvalidArgumentError, 'buffers are made by Region.alloc');
  assert.throws(() => wh.WeaveHeapBuffer.fromHandle(5), wh.InvalidArgumentError);
  assert.throws(() => wh.WeaveHeapBuffer.fromHandle(null), wh.InvalidArgumentError);
  r.close();
});

test('load() gives the same module again', async () => {
  const again = await wh.load();
  if (which === 'napi') assert.equal(again, wh, 'Node.js: the module itself');
  assert.deepEqual(Object.keys(again).sort(), Object.keys(wh).sort());
  assert.equal(wh.default, wh, '`import wh from` in transpiled CommonJS reads .default');
});
