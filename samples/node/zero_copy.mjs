// Zero-copy from Node.js: a region, a buffer written by JavaScript through a
// view (no copy), read back by the core, a text view of a string, and the
// borrow rules at work. Run: node samples/node/zero_copy.mjs (with the
// package installed: npm install build-node/bindings/node/weaveheap-*.tgz).
import * as wh from 'weaveheap';

const region = new wh.Region({ chunkSize: 1 << 20 });
try {
  // A buffer, and a unique view: a Uint8Array over the core's memory.
  const buf = region.alloc(16, { align: 16 });
  const view = buf.view();
  view.set(new TextEncoder().encode('hello, core'));

  // While the view is live, the buffer cannot be released or the region reset.
  try {
    buf.close();
  } catch (e) {
    console.log(`close while viewed: ${e.name}: ${e.message}`);
  }
  view.close();   // ends the borrow and detaches the view
  console.log(`after close the view has length ${view.length}`);

  // The core (a C copy) reads what JavaScript wrote.
  const copy = new Uint8Array(11);
  buf.read(0, copy);
  console.log(`the core read: ${new TextDecoder().decode(copy)}`);

  // Typed views: eight doubles over 64 bytes, shared (read-only by contract).
  const nums = region.alloc(64, { align: 8 });
  nums.write(0, new Float64Array([1.5, 2.5]));
  const doubles = nums.view({ shared: true, type: Float64Array });
  console.log(`doubles: ${doubles[0]}, ${doubles[1]}`);
  doubles.close();

  // A string's UTF-8, in place.
  const s = region.string('grüße');
  const text = s.view({ shared: true });
  console.log(`string view: ${text.length} bytes: ${new TextDecoder().decode(text)}`);
  text.close();

  const before = wh.stats().copies;
  for (let i = 0; i < 1000; i++) buf.view().close();
  const copies = wh.stats().copies - before;
  console.log(copies === 0 ? 'zero-copy: ok (1000 views, 0 copies)' : `zero-copy: FAILED (${copies} copies)`);
  if (copies !== 0) process.exitCode = 1;
} finally {
  region.close();
}
