'use strict';
// Run by fallback.test.js, with or without WEAVEHEAP_NODE_NO_EXTERNAL_BUFFERS.
// Checks what holds in both modes, then what differs; prints {"mode": ...}.
const assert = require('node:assert/strict');
const wh = require('weaveheap');

const copyMode = !!process.env.WEAVEHEAP_NODE_NO_EXTERNAL_BUFFERS;
const copies = () => wh.stats().copyBytes;

(async () => {
  const region = new wh.Region();
  const buf = region.alloc(4096);
  buf.write(0, new Uint8Array([1, 2, 3]));

  // Both modes: the content, the borrow rules, the typed errors.
  let before = copies();
  const view = buf.view({ writable: true });
  assert.deepEqual([...view.subarray(0, 3)], [1, 2, 3]);
  assert.equal(view.length, 4096);
  assert.throws(() => buf.close(), wh.BorrowError);
  assert.throws(() => buf.view(), wh.BorrowConflictError);
  assert.throws(() => region.reset(), wh.BorrowError);
  view[3] = 4;
  view.close();
  assert.equal(view.length, 0, 'detached in both modes');
  view.close();   // a second close() does nothing
  assert.throws(() => wh.View.fromHandle(view.handle).close(), wh.StaleHandleError);
  const out = new Uint8Array(4);
  const afterClose = copies();
  buf.read(0, out);
  assert.deepEqual([...out], [1, 2, 3, 4], 'a unique view\'s writes reach the core at close()');
  // A view: copied out (4096) and, unique and writable, written back (4096).
  assert.equal(afterClose - before, copyMode ? 8192 : 0);

  before = copies();
  const s1 = buf.view();
  const s2 = buf.view();
  s1[0] = 99;   // a contract breach: in copy mode it never reaches the core
  s1.close();
  s2.close();
  assert.equal(copies() - before, copyMode ? 8192 : 0, 'shared copies are not written back');
  buf.read(0, out);
  assert.equal(out[0], copyMode ? 1 : 99);

  const str = region.string('grüße');
  const bytes = region.bytes(new Uint8Array([5, 6, 7]));
  const sv = str.view();
  const bv = bytes.view({ writable: true });
  assert.equal(new TextDecoder().decode(sv), 'grüße');
  assert.deepEqual([...bv], [5, 6, 7]);
  assert.equal(bv.writable, false);
  sv.close();
  bv.close();

  const f = region.alloc(16, { align: 8 });
  f.write(0, new Float64Array([2.5, -1]));
  const fv = f.view({ type: Float64Array, writable: true });
  assert.deepEqual([...fv], [2.5, -1]);
  fv[1] = 7;
  fv.close();
  const back = new Float64Array(2);
  f.read(0, back);
  assert.deepEqual([...back], [2.5, 7]);

  // A forgotten view's borrow ends at collection in both modes.
  (() => { buf.view({ writable: true })[0] = 1; })();
  for (let i = 0; i < 50 && region.stats().borrowsActive !== 0; i++) {
    global.gc();
    await new Promise((resolve) => setTimeout(resolve, i < 3 ? 0 : 10));
  }
  assert.equal(region.stats().borrowsActive, 0);
  region.close();
  console.log(JSON.stringify({ mode: copyMode ? 'copy' : 'zero-copy' }));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
