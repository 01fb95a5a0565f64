'use strict';
// What Node.js gives views beyond the shared suites (shared/): close()
// detaches the ArrayBuffer, so a closed view can never reach the core's
// memory again; close() uses the view's own ArrayBuffer, whatever its
// properties say; and an object too large for a JavaScript ArrayBuffer is a
// typed error that keeps no borrow.
const test = require('node:test');
const { wh, assert, throwsUnchanged } = require('./helpers');

function setup() {
  const region = new wh.Region();
  const buf = region.alloc(64);
  buf.write(0, new Uint8Array([1, 2, 3, 4]));
  return { region, buf };
}

function contents(buf, n = 4) {
  const out = new Uint8Array(n);
  buf.read(0, out);
  return [...out];
}

test('a closed view is detached: length 0, no access, no crash', () => {
  const { region, buf } = setup();
  for (const writable of [true, false]) {
    const view = buf.view({ writable });
    const sub = view.subarray(1, 3);
    const alias = new Uint8Array(view.buffer);
    assert.equal(sub.length, 2);
    view.close();
    for (const v of [view, sub, alias]) {
      assert.equal(v.length, 0);
      assert.equal(v.byteLength, 0);
      assert.equal(v[0], undefined);
      v[0] = 99;   // ignored on a detached buffer
      assert.equal(v[0], undefined);
    }
    assert.equal(view.buffer.byteLength, 0);
    assert.throws(() => new Uint8Array(view.buffer, 0, 1), TypeError);
  }
  assert.deepEqual(contents(buf), [1, 2, 3, 4], 'writes after close never reached the core');
  buf.close();
  region.close();
});

test('close() detaches the view\'s own ArrayBuffer, whatever its `buffer` property says', () => {
  const { region, buf } = setup();
  const view = buf.view({ writable: true });
  const other = new Uint8Array(64);
  Object.defineProperty(view, 'buffer', { value: other.buffer });
  view.close();
  assert.equal(other.length, 64, 'the other buffer is not detached');
  assert.equal(view.length, 0);
  assert.equal(region.stats().borrowsActive, 0);
  region.close();
});

// An object larger than V8 lets an ArrayBuffer be: the view is refused after
// the borrow was taken, and the borrow is given back. The core zeroes a new
// buffer lazily (calloc), so the 5 GiB cost address space, not memory.
test('an object too large for a JavaScript ArrayBuffer: a typed error, no borrow kept', () => {
  const region = new wh.Region();
  const huge = region.alloc(5 * 2 ** 30);
  const taken = region.stats().borrowsTaken;
  for (const writable of [false, true]) {
    assert.throws(() => huge.view({ writable }), (e) => e instanceof wh.InvalidArgumentError &&
      /do not fit in a JavaScript ArrayBuffer/.test(e.message));
  }
  assert.equal(region.stats().borrowsActive, 0, 'no borrow kept');
  assert.equal(region.stats().borrowsTaken, taken + 2, 'each attempt took and gave back its borrow');
  huge.close();
  region.close();
});
