'use strict';
// Views that are never closed: their borrow ends when their ArrayBuffer is
// collected (and not before: a TypedArray over the same buffer keeps it).
// Loops of create/view/release keep memory and live counters flat.
const test = require('node:test');
const { LEAK_CHILD, wh, assert, collect, rss, requireGc, MiB } = require('./helpers');

requireGc();

function forget(buf, options) {
  const v = buf.view(options);
  v[0] = 1;
  return v.length;
}

test('a dropped view\'s borrow is released by its finalizer', async () => {
  const region = new wh.Region();
  const buf = region.alloc(4096);
  forget(buf, { writable: true });
  assert.equal(region.stats().borrowsActive, 1, 'held until collected');
  assert.throws(() => buf.close(), wh.BorrowError);
  await collect(() => region.stats().borrowsActive === 0);
  assert.equal(region.stats().borrowsActive, 0);
  for (let i = 0; i < 3; i++) forget(buf);
  await collect(() => region.stats().borrowsActive === 0);
  assert.equal(region.stats().borrowsActive, 0);
  buf.close();
  region.close();
});

test('the borrow outlives the view while another TypedArray holds its buffer', async () => {
  const region = new wh.Region();
  const buf = region.alloc(64);
  let keep = (() => buf.view({ writable: true }).subarray(8, 16))();   // the view itself is dropped
  await collect(() => false, 5);
  assert.equal(region.stats().borrowsActive, 1, 'the subarray keeps the ArrayBuffer, so the borrow');
  keep[0] = 5;
  assert.equal(keep[0], 5);
  keep = null;
  await collect(() => region.stats().borrowsActive === 0);
  assert.equal(region.stats().borrowsActive, 0);
  const out = new Uint8Array(1);
  buf.read(8, out);
  assert.equal(out[0], 5);
  region.close();
});

test('a closed view that is later collected does not release twice', async () => {
  const region = new wh.Region();
  const buf = region.alloc(8);
  const stale = wh.stats().staleRejected;
  (() => buf.view().close())();
  const held = buf.view();   // may reuse the first token's slot
  await collect(() => false, 5);
  assert.equal(region.stats().borrowsActive, 1, 'the live view keeps its borrow');
  assert.equal(wh.stats().staleRejected, stale, 'the finalizer made no stale release');
  held.close();
  region.close();
});

test('create/view/release loops keep memory and live counters flat', async () => {
  const region = new wh.Region();
  const round = () => {
    for (let i = 0; i < 1000; i++) {
      const buf = region.alloc(4096);
      const v = buf.view({ writable: true });
      v[4095] = i & 0xff;
      v.close();
      const s = buf.view();
      s.close();
      buf.close();
    }
    region.reset();
  };
  // Warm up as long as we measure: garbage waiting for a collection sets a
  // high-water mark in the C heap that the first rounds reach, then keep.
  for (let i = 0; i < 40; i++) round();
  const before = { rss: await rss(), s: region.stats(), g: wh.stats() };
  for (let i = 0; i < 40; i++) round();   // 40000 buffers, 80000 views
  const after = { rss: await rss(), s: region.stats(), g: wh.stats() };
  assert.equal(after.s.borrowsActive, 0);
  assert.equal(after.s.bytesLive, 0);
  assert.equal(after.s.bytesReserved, before.s.bytesReserved, 'the region reuses its chunks');
  assert.equal(after.g.regionsLive, before.g.regionsLive);
  assert.equal(after.s.borrowsTaken - before.s.borrowsTaken, 80000);
  assert.equal(after.g.copies, before.g.copies, 'no view copied');
  const grown = after.rss - before.rss;
  assert.ok(grown < 16 * MiB, `RSS grew by ${(grown / MiB).toFixed(1)} MiB over 80000 views`);
  region.close();
});

test('forgotten views in a loop are all released by collection', async () => {
  const region = new wh.Region();
  const buf = region.alloc(MiB);
  const before = await rss();
  for (let i = 0; i < 20; i++) {
    for (let j = 0; j < 500; j++) forget(buf);
    await collect(() => true);
  }
  await collect(() => region.stats().borrowsActive === 0);
  assert.equal(region.stats().borrowsActive, 0, 'every forgotten borrow ended');
  const grown = (await rss()) - before;
  assert.ok(grown < 16 * MiB, `RSS grew by ${(grown / MiB).toFixed(1)} MiB over 10000 forgotten views of 1 MiB`);
  buf.close();
  region.close();
});

test('200000 views made and closed in a fresh process keep memory flat', () => {
  const { spawnSync } = require('node:child_process');
  const path = require('node:path');
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(__dirname, 'leak_child.js'), 'view'], LEAK_CHILD);
  assert.equal(r.status, 0, r.stderr);
  const { count, grownMiB } = JSON.parse(r.stdout);
  assert.ok(grownMiB < 8, `RSS grew by ${grownMiB.toFixed(1)} MiB over ${count} views`);
});
