// The package from an ES module: named and default imports give the very
// objects require() gives (one native module, one set of classes).
import test from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as wh from 'weaveheap';
import whDefault, { Region, BorrowError, stats, VERSION, load } from 'weaveheap';

const require = createRequire(import.meta.url);
const cjs = require('weaveheap');

test('named, namespace and default imports are the CommonJS objects', () => {
  assert.equal(Region, cjs.Region);
  assert.equal(wh.WeaveHeapBuffer, cjs.WeaveHeapBuffer);
  assert.equal(wh.WeaveHeapString, cjs.WeaveHeapString);
  assert.equal(wh.View, cjs.View);
  assert.equal(BorrowError, cjs.BorrowError);
  assert.equal(whDefault, cjs);
  assert.equal(VERSION, cjs.VERSION);
  const exported = Object.keys(wh).filter((k) => k !== 'default').sort();
  assert.deepEqual(exported, Object.keys(cjs).sort(), 'the ESM entry exports every CommonJS name');
});

test('load() resolves to the very module: the entry point the wasm glue has too', async () => {
  assert.equal(await load(), cjs);
  assert.equal(await whDefault.load(), cjs);
  assert.equal(cjs.default, cjs, 'require(...).default is the module (TypeScript\'s default import in CommonJS)');
});

test('a view made through ESM follows the same rules', () => {
  const region = new Region();
  const buf = region.alloc(32);
  const view = buf.view({ writable: true });
  view.set([1, 2, 3]);
  assert.throws(() => buf.close(), cjs.BorrowError);
  view.close();
  const out = new Uint8Array(3);
  buf.read(0, out);
  assert.deepEqual([...out], [1, 2, 3]);
  assert.equal(stats().regionsLive >= 1, true);
  region.close();
});
