// What only the WebAssembly glue (weaveheap.mjs over weaveheap.wasm) has; the
// API itself is tested by the suites it shares with the Node.js package
// (tests/node/shared/, run on this backend as wasm_shared_*): what the module
// exports and imports, what load() accepts and checks, how views live in
// linear memory (memory.grow empties them; close() cannot), and that the
// glue gives a borrow back whenever it cannot make the view the core lent.
//   WEAVEHEAP_WASM_DIR   the build's wasm/ (weaveheap.wasm and weaveheap.mjs)
//   WEAVEHEAP_SOURCE_DIR the source tree (for the IDL's list of functions)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = process.env.WEAVEHEAP_WASM_DIR;
const src = process.env.WEAVEHEAP_SOURCE_DIR;
assert.ok(dir && src, 'set WEAVEHEAP_WASM_DIR and WEAVEHEAP_SOURCE_DIR');
const glue = await import(pathToFileURL(path.join(dir, 'weaveheap.mjs')).href);
const bytes = await readFile(path.join(dir, 'weaveheap.wasm'));
const wh = await glue.load(bytes);

/* The IDL's functions, as the C target's linker script lists them. */
const map = await readFile(path.join(src, 'generated/c/weaveheap.map'), 'utf8');
const idlFunctions = [...map.matchAll(/^\s+(weaveheap_\w+);$/gm)].map((m) => m[1]).sort();

test('the module exports exactly the IDL\'s functions, malloc, free and memory, and imports nothing', () => {
  const module = new WebAssembly.Module(bytes);
  assert.deepEqual(WebAssembly.Module.imports(module), []);
  const exported = WebAssembly.Module.exports(module);
  const functions = exported.filter((x) => x.kind === 'function').map((x) => x.name).sort();
  assert.deepEqual(functions, [...idlFunctions, 'free', 'malloc'].sort());
  assert.deepEqual(exported.filter((x) => x.kind !== 'function').map((x) => [x.name, x.kind]), [['memory', 'memory']]);
});

test('the glue checks what it loads', async () => {
  const empty = await WebAssembly.instantiate(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  assert.throws(() => glue.fromInstance(empty.instance), /does not export weaveheap_\w+: it was not built from this IDL/);
  assert.equal(wh.idlHash(), glue.IDL_HASH);
  assert.equal(wh.abiVersion(), glue.ABI_VERSION);
  assert.equal(wh.versionString(), glue.VERSION);
  await assert.rejects(glue.load(bytes.subarray(0, bytes.length >> 1)), WebAssembly.CompileError);
});

test('load() takes bytes, a URL (next to the glue by default) or a compiled module', async () => {
  for (const source of [undefined, pathToFileURL(path.join(dir, 'weaveheap.wasm')), new WebAssembly.Module(bytes)]) {
    const other = await glue.load(source);
    assert.deepEqual(Object.keys(other), Object.keys(wh));
    const r = new other.Region();
    assert.equal(r.string('x').dup(), 'x');
    r.close();
  }
});

test('what needs no instance is exported by the module too, and is the instance\'s', () => {
  for (const name of ['VERSION', 'ABI_VERSION', 'IDL_HASH', 'IDL', 'MAX_SIZE', 'WeaveHeapError', 'BorrowError',
    'BorrowConflictError', 'SystemCallError']) {
    assert.equal(glue[name], wh[name], name);
  }
  assert.equal(glue.BorrowedError, undefined, 'the old glue\'s own error names are gone');
  assert.equal(glue.SystemErrorError, undefined);
});

test('a view is a window on linear memory; growing the memory empties it, the borrow still held', () => {
  const region = new wh.Region();
  const buf = region.alloc(256);
  const view = buf.view({ writable: true });
  assert.equal(view.buffer, wh.backend.memory.buffer, 'the view lies in linear memory');
  view.fill(0x5a);
  const pages = wh.backend.memory.buffer.byteLength;
  const big = new wh.Region();
  big.alloc(16 << 20);                          // 16 MiB: more than the free heap
  assert.ok(wh.backend.memory.buffer.byteLength > pages, 'memory grew');
  assert.equal(view.length, 0, 'the old window is detached: empty, no stale access');
  assert.equal(region.stats().borrowsActive, 1, 'the borrow is still held');
  assert.throws(() => buf.close(), wh.BorrowError);
  view.close();
  const again = buf.view();
  assert.equal(again.length, 256, 'a new view sees the bytes');
  assert.ok(again.every((b) => b === 0x5a));
  again.close();
  big.close();
  region.close();
});

test('close() ends the borrow but cannot detach the window (documented: do not use a closed view)', () => {
  const region = new wh.Region();
  const buf = region.alloc(16);
  const view = buf.view({ writable: true });
  view.close();
  assert.equal(view.closed, true);
  assert.equal(region.stats().borrowsActive, 0);
  assert.equal(view.length, 16, 'WebAssembly cannot detach part of its memory');
  region.close();
});

test('a view passed back as an argument is used in place', () => {
  const region = new wh.Region();
  const buf = region.alloc(64);
  buf.write(8, new Uint8Array([1, 2, 3, 4]));
  const v = buf.view();
  const copy = region.bytes(v.subarray(8, 12));
  v.close();
  assert.deepEqual([...copy.dup()], [1, 2, 3, 4]);
  region.close();
});

test('arguments larger than the glue\'s scratch area are allocated for the call and freed', () => {
  const region = new wh.Region();
  const buf = region.alloc(1 << 20);
  const data = new Uint8Array(1 << 20).map((_, i) => i & 0xff);
  buf.write(0, data);                           // warms the spill path
  const before = wh.backend.memory.buffer.byteLength;
  for (let i = 0; i < 50; i++) buf.write(0, data);
  const text = 'ü'.repeat(200000);
  for (let i = 0; i < 20; i++) region.string(text).close();
  assert.ok(wh.backend.memory.buffer.byteLength - before <= (1 << 20), 'nothing kept per call');
  const out = new Uint8Array(1 << 20);
  buf.read(0, out);
  assert.deepEqual(out, data);
  region.close();
});

// A core that lends more than linear memory holds (a 32-bit core given a size
// it narrowed, issue 10): the glue checks the length in 64 bits, refuses the
// view, and gives the borrow back. The instance is the real module, its
// borrow functions wrapped to report such a length.
test('a view the memory cannot hold is refused in 64 bits, and its borrow given back', () => {
  const module = new WebAssembly.Module(bytes);
  const instance = new WebAssembly.Instance(module, {});
  const e = instance.exports;
  const lie = (take) => (h, view, err) => {
    const t = take(h, view, err);
    new DataView(e.memory.buffer).setBigUint64(view + 8, 2n ** 32n + 16n, true);   // view.length
    return t;
  };
  const patched = { exports: { ...e, weaveheap_borrow_shared: lie(e.weaveheap_borrow_shared),
    weaveheap_borrow_unique: lie(e.weaveheap_borrow_unique) } };
  const other = glue.fromInstance(patched);
  const region = new other.Region();
  const buf = region.alloc(64);
  for (const writable of [false, true]) {
    const taken = region.stats().borrowsTaken;
    assert.throws(() => buf.view({ writable }), (err) => err instanceof other.InvalidArgumentError &&
      /4294967312 bytes at \d+ do not fit in the module's memory/.test(err.message));
    assert.equal(region.stats().borrowsActive, 0, 'the borrow was given back');
    assert.equal(region.stats().borrowsTaken, taken + 1);
  }
  buf.close();
  region.close();
});
