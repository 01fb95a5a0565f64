// @name@ from Node.js: the package over the weaveheap package's objects, the
// result, its own error (a WeaveHeapError), a stale handle, and the core's
// counters (nothing copied in, every borrow given back).
'use strict';
const assert = require('node:assert/strict');
const wh = require('weaveheap');
const @name@ = require('@name@');

const region = new wh.Region();
const b = region.bytes(new Uint8Array([97, 98, 99]));
const before = region.stats();
assert.equal(@name@.sum(b, 1000n), 294n);
assert.throws(() => @name@.sum(b, 10n), (e) => e instanceof wh.WeaveHeapError && /294/.test(e.message));
const after = region.stats();
assert.equal(after.copies, before.copies, 'copied in');
assert.equal(Number(after.borrowsTaken), Number(before.borrowsTaken) + 2);
assert.equal(Number(after.borrowsActive), 0);
b.close();
assert.throws(() => @name@.sum(b, 1000n), wh.StaleHandleError);
region.close();
console.log('ok');
