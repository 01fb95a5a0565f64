'use strict';
// What Node.js gives views beyond the shared suites (shared/): close()
// detaches the ArrayBuffer, so a closed view can never reach the core's
// memory again; close() uses the view's own ArrayBuffer, whatever its
// properties say; an object too large for a JavaScript ArrayBuffer is a
// typed error that keeps no borrow; and a view of a large object is not
// memory V8 counts as its own, so it costs no garbage collection.
const test = require('node:test');
const { PerformanceObserver, constants: perf } = require('node:perf_hooks');
const { wh, assert, MiB } = require('./helpers');

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

// How this build makes views: ctest says what it expects (WEAVEHEAP_NODE_EXPECT_VIEWS:
// 'v8' where the V8 companion was built, 'napi' where it is turned off), so
// a companion that fails to load is a failure, not a silent fallback.
test('views are made the way this build and environment say', () => {
  const expected = process.env.WEAVEHEAP_NODE_EXPECT_VIEWS;
  assert.ok(expected, 'run by ctest, which sets WEAVEHEAP_NODE_EXPECT_VIEWS');
  assert.equal(wh.backend.views, expected);
});

// V8 counts the length of every ArrayBuffer made by napi_create_external_arraybuffer
// as external memory, and answers a rise of more than 64 MiB with a full
// mark-compact: a view of 256 MiB then costs one per view (docs/node.md). The
// V8 companion's views lend the memory without V8 counting it.
test('a view of a 256 MiB object: the core\'s memory, and (V8 companion) not counted by V8, no full collection', async () => {
  const region = new wh.Region();
  const big = region.alloc(256 * MiB);
  const core = wh.backend.coreAddressOf(big);
  let majors = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.detail.kind === perf.NODE_PERFORMANCE_GC_MAJOR) majors++;
  });
  observer.observe({ entryTypes: ['gc'] });
  await new Promise((resolve) => setTimeout(resolve, 20));
  majors = 0;
  const base = process.memoryUsage().external;
  let counted = 0;
  for (let i = 0; i < 40; i++) {
    const view = big.view({ writable: true });
    assert.equal(wh.backend.addressOf(view), core);
    view[view.length - 1] = i;
    counted = Math.max(counted, process.memoryUsage().external - base);
    view.close();
  }
  await new Promise((resolve) => setTimeout(resolve, 50));   // gc entries arrive asynchronously
  observer.disconnect();
  const out = new Uint8Array(1);
  big.read(256 * MiB - 1, out);
  assert.equal(out[0], 39, 'written through the view');
  if (wh.backend.views === 'v8') {
    assert.ok(counted < MiB, `V8 counted ${counted} bytes of external memory for a view of 256 MiB`);
    assert.ok(majors <= 2, `${majors} full collections in 40 views of 256 MiB`);
  } else {
    assert.ok(counted >= 255 * MiB, 'napi_create_external_arraybuffer: V8 counts the view');
  }
  assert.equal(region.stats().borrowsActive, 0);
  region.close();
});
