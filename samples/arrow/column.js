// The Arrow sample, Node.js half (README.md): the same C code as Python's
// (arrow_sample.c, here as an addon) makes the column in a region this
// process owns, and JavaScript reads it through a BigInt64Array over the
// core's memory.
//
//   NODE_PATH=build/samples/arrow/node_modules node samples/arrow/column.js
//
// Checks what it shows (the typed array's data address is the core's, the
// copy counter unmoved, the values, the borrow ending with the view) and
// exits non-zero on any wrong one.
'use strict';

const wh = require('weaveheap');
const sample = require('weaveheap_sample_arrow/arrow_sample.node');

const ROWS = 1_000_000;

function check(ok, what) {
  if (!ok) {
    console.log(`FAILED: ${what}`);
    process.exit(1);
  }
  console.log(`ok: ${what}`);
}

if (!wh.backend.apiTable) {
  console.log(`FAILED: the weaveheap package has no core table here (backend ${wh.backend.name})`);
  process.exit(1);
}
const table = wh.backend.apiTable;
const region = new wh.Region();
const copies = wh.stats().copies;

// C makes the column in this process's region, through this process's core.
const vec = wh.Vector.fromHandle(sample.make(table, region.handle, ROWS));
const address = sample.coreAddress(table, vec.handle);
check(vec.length() === ROWS, `C made an int64 column of ${ROWS} rows at 0x${address.toString(16)}`);

// A typed view: BigInt64Array over the values, no copy.
const view = vec.view({ type: BigInt64Array });
check(view.length === ROWS && sample.viewAddress(view) === address,
  "the BigInt64Array's data is the core's memory (same address)");
let sum = 0n;
let right = true;
for (let i = 0; i < ROWS; i++) {
  const want = BigInt(i) * 7n - 3n;
  right &&= view[i] === want;
  sum += view[i];
}
check(right, 'JavaScript reads the values C wrote');
check(sum === 7n * BigInt(ROWS) * BigInt(ROWS - 1) / 2n - 3n * BigInt(ROWS), `JavaScript sums the column: ${sum}`);
check(wh.stats().copies === copies, 'copy counter unmoved: 0 copies from C to JavaScript');

// The view holds a shared borrow: the region cannot be reset under it.
let refused = false;
try {
  region.reset();
} catch (e) {
  if (!(e instanceof wh.BorrowError)) throw e;
  refused = true;
}
check(refused, 'reset refused while the view holds the column');
view.close();
region.reset();
check(region.stats().borrowsActive === 0, 'the view let go: reset went through');
region.close();
console.log('arrow column sample (Node.js): OK');
