// Type-checked (tsc --strict, node16, not run) against the glue's
// weaveheap.d.mts and the index.d.ts it refers to, staged next to the glue:
// the API after `await load()` is the Node.js package's.
import { load, BorrowError, VERSION, type Region, type View } from './weaveheap.mjs';

const wh = await load();
const region: Region = new wh.Region({ byteLimit: 1 << 20 });
const view: View = region.alloc(8).view({ writable: true });
view[0] = 1;
view.close();
try {
  region.close();
} catch (e) {
  if (e instanceof BorrowError) {
    const code: 'WEAVEHEAP_ERR_BORROWED' | 'WEAVEHEAP_ERR_BORROW_CONFLICT' = e.code;
    void code;
  }
}
const name: 'napi' | 'wasm' = wh.backend.name;
const version: string = VERSION + wh.VERSION;
// @ts-expect-error the glue's view option is `writable`, as the package's
region.alloc(8).view({ shared: true });
void [name, version];
export {};
