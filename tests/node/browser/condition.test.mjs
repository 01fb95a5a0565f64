// The package's "browser" export condition (docs/node.md, "Backends"): a
// resolver that sets it (a bundler for browsers; here `node --conditions=browser`)
// gets the WebAssembly glue for 'weaveheap', and `await load()` there gives
// the API the N-API entry gives, over weaveheap.wasm from the package.
// Registered when the package carries the browser build (-DWEAVEHEAP_WASM=ON).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

// What `import('weaveheap')` resolves to and gives, in a child node run with CONDITIONS.
function probe(conditions) {
  const script = `
    const m = await import('weaveheap');
    const wh = await m.load();
    const region = new wh.Region();
    const buf = region.alloc(8);
    const view = buf.view({ writable: true });
    view[0] = 7;
    view.close();
    const out = new Uint8Array(1);
    buf.read(0, out);
    region.close();
    console.log(JSON.stringify({
      entry: import.meta.resolve('weaveheap'), backend: wh.backend.name, version: wh.versionString(),
      keys: Object.keys(wh).sort(), byte: out[0],
      wasm: wh.backend.exports ? Object.keys(wh.backend.exports).includes('weaveheap_region_create') : null,
    }));`;
  return JSON.parse(execFileSync(process.execPath, [...conditions, '--input-type=module', '-e', script],
    { encoding: 'utf8' }));
}

test("the browser condition gives the wasm glue, with the N-API entry's API", () => {
  const napi = probe([]);
  const wasm = probe(['--conditions=browser']);
  assert.match(napi.entry, /\/node_modules\/weaveheap\/index\.mjs$/);
  assert.match(wasm.entry, /\/node_modules\/weaveheap\/weaveheap\.mjs$/);
  assert.equal(napi.backend, 'napi');
  assert.equal(wasm.backend, 'wasm');
  assert.equal(wasm.wasm, true);
  assert.deepEqual(wasm.keys, napi.keys);
  assert.equal(wasm.version, napi.version);
  assert.equal(napi.byte, 7);
  assert.equal(wasm.byte, 7);
});
