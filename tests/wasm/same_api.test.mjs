// One JavaScript API: the Node.js package and the WebAssembly glue, each
// loaded through load(), have the same exports, the same classes with the
// same members, the same error classes with the same codes and hierarchy,
// and refuse the same misuse with the same class and message.
//   WEAVEHEAP_WASM_DIR      the build's wasm/
//   WEAVEHEAP_NODE_PACKAGE  the staged Node.js package (bindings/node/package)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = process.env.WEAVEHEAP_WASM_DIR;
const pkg = process.env.WEAVEHEAP_NODE_PACKAGE;
assert.ok(dir && pkg, 'set WEAVEHEAP_WASM_DIR and WEAVEHEAP_NODE_PACKAGE');
const glue = await import(pathToFileURL(path.join(dir, 'weaveheap.mjs')).href);
const wasm = await glue.load(await readFile(path.join(dir, 'weaveheap.wasm')));
const napi = await createRequire(import.meta.url)(pkg).load();

function shape(value) {
  if (typeof value !== 'function') return typeof value === 'object' && value !== null ? Object.keys(value).sort() : typeof value;
  const members = (o) => Object.getOwnPropertyNames(o).filter((k) => k !== 'length' && k !== 'name').sort();
  return {
    statics: members(value),
    prototype: value.prototype ? members(value.prototype) : null,
    parent: Object.getPrototypeOf(value).name,
    code: value.prototype && value.prototype.code,
    errno: value.prototype && value.prototype.errno,
  };
}

test('the same exports, each of the same kind', () => {
  assert.equal(napi.backend.name, 'napi');
  assert.equal(wasm.backend.name, 'wasm');
  assert.deepEqual(Object.keys(wasm), Object.keys(napi));
  for (const key of Object.keys(napi)) {
    if (key === 'backend') continue;
    assert.equal(typeof wasm[key], typeof napi[key], key);
    if (typeof napi[key] !== 'function' || /^[a-z]/.test(key)) continue;
    assert.deepEqual(shape(wasm[key]), shape(napi[key]), key);
  }
  assert.deepEqual(wasm.IDL, napi.IDL);
  assert.deepEqual(Object.keys(wasm.backend).sort(), Object.keys(napi.backend).sort());
});

test('the same misuse, the same class and message', () => {
  const cases = [
    (wh) => new wh.Region().alloc(1.5),
    (wh) => new wh.Region().alloc(null),
    (wh) => new wh.Region().string('a\ud800'),
    (wh) => wh.WeaveHeapBuffer.prototype.size.call(null),
    (wh) => wh.WeaveHeapBuffer.fromHandle(0n).size(),
    (wh) => new wh.Region({ chunkSize: 3 }),
    (wh) => { const r = new wh.Region(); const b = r.alloc(8); b.view({ writable: true }); b.view(); },
    (wh) => { const r = new wh.Region(); const b = r.alloc(8); return wh.Bytes.fromHandle(b.handle).view(); },
    (wh) => { const r = new wh.Region(); r.alloc(8).view({ type: Float64Array, bogus: 1 }); },
  ];
  const outcome = (wh, fn) => {
    try {
      fn(wh);
      return 'no error';
    } catch (e) {
      return `${e.constructor.name} ${e.code} ${e.message.replace(/0x[0-9a-f]{16}/g, 'HANDLE')}`;
    }
  };
  for (const fn of cases) assert.equal(outcome(wasm, fn), outcome(napi, fn), String(fn));
});
