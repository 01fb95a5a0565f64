// Zero-copy from Node.js: a region, a buffer written by JavaScript through a
// view (no copy), read back by the core, a text view of a string, and the
// borrow rules at work. Run: node samples/node/zero_copy.mjs (with the
// package installed: npm install build/bindings/node/weaveheap-*.tgz). The
// same code runs on the WebAssembly glue: `const wh = await load()` from
// weaveheap.mjs instead of the import below.
import * as wh from 'weaveheap';

const region = new wh.Region({ chunkSize: 1 << 20 });

// A buffer, and its unique view: a Uint8Array over the core's memory.
const buf = region.alloc(16, { align: 16 });
const view = buf.view({ writable: true });
view.set(new TextEncoder().encode('hello, core'));

// While the view is live, the buffer cannot be released or the region reset.
try {
  buf.close();
  throw new Error('closing a viewed buffer should have been refused');
} catch (e) {
  if (!(e instanceof wh.BorrowError)) throw e;
  console.log(`close while viewed: ${e.name} (${e.code}): ${e.message}`);
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
const doubles = nums.view({ type: Float64Array });
console.log(`doubles: ${doubles[0]}, ${doubles[1]}`);
doubles.close();

// A string's UTF-8, in place.
const s = region.string('grüße');
const text = s.view();
console.log(`string view: ${text.length} bytes: ${new TextDecoder().decode(text)}`);
text.close();

// The view is the core's memory: the same address, and no copy counted.
const seen = nums.view();
const address = wh.backend.addressOf(seen);
if (address !== wh.backend.coreAddressOf(nums)) throw new Error('the view is not where the core lent the memory');
seen.close();
const before = wh.stats().copies;
for (let i = 0; i < 1000; i++) buf.view({ writable: true }).close();
const copies = wh.stats().copies - before;
if (copies !== 0) throw new Error(`zero-copy: ${copies} copies`);
region.close();
console.log(`zero-copy: ok (1000 views, 0 copies; a view at 0x${address.toString(16)}, where the core lent it)`);
