'use strict';
// Each worker thread is its own N-API environment with its own table of open
// views. A worker that ends with views still open releases their borrows as
// its environment is torn down; handles cross threads as bigints.
const test = require('node:test');
const { Worker } = require('node:worker_threads');
const { wh, assert, collect } = require('./helpers');

function run(source, workerData) {
  return new Promise((resolve, reject) => {
    const w = new Worker(source, { eval: true, workerData });
    const messages = [];
    w.on('message', (m) => messages.push(m));
    w.on('error', reject);
    w.on('exit', (code) => (code === 0 ? resolve(messages) : reject(new Error(`worker exited with ${code}`))));
  });
}

test('a worker uses the package like the main thread', async () => {
  const [result] = await run(`
    const { parentPort } = require('node:worker_threads');
    const wh = require('weaveheap');
    const region = new wh.Region();
    const buf = region.alloc(64);
    const v = buf.view({ writable: true });
    v[0] = 42;
    let refused = '';
    try { buf.close(); } catch (e) { refused = e.name; }
    v.close();
    const out = new Uint8Array(1);
    buf.read(0, out);
    region.close();
    parentPort.postMessage({ refused, byte: out[0], detached: v.length === 0 });
  `);
  assert.deepEqual(result, { refused: 'BorrowError', byte: 42, detached: true });
});

test('views a worker leaves open end with the worker', async () => {
  const region = new wh.Region({ threadSafe: true });
  const buf = region.alloc(4096);
  const [msg] = await run(`
    const { parentPort, workerData } = require('node:worker_threads');
    const wh = require('weaveheap');
    const buf = wh.WeaveHeapBuffer.fromHandle(workerData.handle);
    globalThis.kept = [buf.view(), buf.view()];
    globalThis.kept[0][0] = 7;
    parentPort.postMessage(wh.Region.fromHandle(workerData.region).stats().borrowsActive);
  `, { handle: buf.handle, region: region.handle });
  assert.equal(msg, 2, 'the worker held two shared views');
  // The worker has exited: its environment's teardown ended both borrows.
  await collect(() => region.stats().borrowsActive === 0);
  assert.equal(region.stats().borrowsActive, 0);
  const out = new Uint8Array(1);
  buf.read(0, out);
  assert.equal(out[0], 7);
  buf.close();
  region.close();
});

test('a view cannot be closed from another environment by its token', async () => {
  const region = new wh.Region({ threadSafe: true });
  const buf = region.alloc(16);
  const view = buf.view();
  const [msg] = await run(`
    const { parentPort, workerData } = require('node:worker_threads');
    const wh = require('weaveheap');
    const buf = wh.WeaveHeapBuffer.fromHandle(workerData.handle);
    let closeError = '';
    try { buf.close(); } catch (e) { closeError = e.name; }
    parentPort.postMessage(closeError);
  `, { handle: buf.handle });
  assert.equal(msg, 'BorrowError', 'the main thread view protects the buffer from the worker');
  assert.equal(region.stats().borrowsActive, 1);
  view.close();
  buf.close();
  region.close();
});
