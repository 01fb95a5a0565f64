// The same package seen from an ES module (node16 resolution): named,
// namespace and default imports, load(), and the types behind them.
import * as wh from 'weaveheap';
import weaveheap, { Region, WeaveHeapBuffer, BorrowError, load } from 'weaveheap';

const region: Region = new weaveheap.Region({ byteLimit: 1n << 20n });
const buf: WeaveHeapBuffer = region.alloc(16);
const view: wh.View = buf.view({ writable: true });
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
const m: typeof wh = await load();
const name: 'napi' | 'wasm' = m.backend.name;
const address: number = m.backend.addressOf(new Uint8Array(4));
// @ts-expect-error a WeaveHeapBuffer is not a Region
const notRegion: Region = buf;
void [name, address, notRegion];
export {};
