// Type-checked (tsc --strict, not run) against the installed index.d.ts, as
// CommonJS (node10 resolution) and as an ES module's import (node16: types.mts
// does the same from an .mts file): the uses that must compile do, and each
// line marked to expect an error must be one, or tsc fails because the
// declaration is too loose.
import * as wh from 'weaveheap';
import whDefault, { Region, load } from 'weaveheap';   // TS1192 before index.d.ts declared the default export

const region: wh.Region = new wh.Region({ chunkSize: 1 << 20, byteLimit: 10n ** 9n, threadSafe: false });
new wh.Region();
new wh.Region(null);
const buf: wh.WeaveHeapBuffer = region.alloc(64, { align: 16 });
region.alloc(8n);
const size: number = buf.size();
buf.write(0, new Uint8Array(4));
buf.write(0n, 'text');
buf.write(0, new DataView(new ArrayBuffer(2)));
buf.read(0, new Float32Array(2));

const view: wh.View = buf.view({ writable: true });
const first: number = view[0];
const asU8: Uint8Array = view;
const writable: boolean = view.writable;
view.close();
const doubles: wh.View<Float64Array> = buf.view({ type: Float64Array });
const d: number = doubles[0];
doubles[Symbol.dispose]();
const big: wh.View<BigUint64Array> = buf.view({ type: BigUint64Array, writable: true });
const b0: bigint = big[0];
big.close();

const bytes: wh.Bytes = region.bytes(new Uint8Array([1, 2]));
const copy: Uint8Array = bytes.dup();
const len: number = bytes.length();
const str: wh.WeaveHeapString = region.string('text');
const text: string = str.dup();
const kind: wh.HandleKind = wh.handleKindOf(str);
wh.handleKindOf(str.handle);
const stats: wh.Stats = region.stats();
const live: number = wh.stats().bytesLive + stats.borrowsActive;
const adopted: wh.WeaveHeapBuffer = wh.WeaveHeapBuffer.fromHandle(buf.handle);
const token: wh.View = wh.View.fromHandle(view.handle);
const isView: boolean = token instanceof wh.View;
const version: string = wh.versionString();
const abi: number = wh.abiVersion();
const functions: string | undefined = wh.IDL.functions['buffer.alloc'];
wh.publishStart({ intervalMs: 100 });
wh.statsSetEnabled(true);
const limits: number = wh.MAX_SIZE + wh.MAX_ALIGN + wh.DEFAULT_ALIGN;

try {
  buf.close();
} catch (e) {
  if (e instanceof wh.BorrowError) {
    const code: 'WEAVEHEAP_ERR_BORROWED' | 'WEAVEHEAP_ERR_BORROW_CONFLICT' = e.code;
    const errno: 7 | 8 = e.errno;
    const base: wh.WeaveHeapError = e;
    void [code, errno, base];
  }
}
region[Symbol.dispose]();

// the default export is the module, as `await load()` is (the wasm glue's entry point too)
const again: Region = new whDefault.Region();
again.close();
async function loaded(): Promise<number> {
  const m = await load();
  const r = new m.Region();
  const n = r.alloc(8).size();
  r.close();
  return n + (m.backend.name === 'napi' ? 0 : 1);
}

// @ts-expect-error a Buffer has no dup()
buf.dup();
// @ts-expect-error unknown option
region.alloc(8, { alignment: 8 });
// @ts-expect-error wrappers are made by their region, not with new
new wh.WeaveHeapBuffer();
// @ts-expect-error the view option is `writable`
buf.view({ shared: true });
// @ts-expect-error no export shadows Node's Buffer
wh.Buffer;
// @ts-expect-error counters are read-only
stats.bytesLive = 0;
// @ts-expect-error a region takes options, not a number
new wh.Region(5);
// @ts-expect-error handles are bigints
const handleNumber: number = buf.handle;
// @ts-expect-error a Bytes is not a Buffer
const notBuffer: wh.WeaveHeapBuffer = bytes;
// @ts-expect-error a view of doubles has number elements, not bigint
const wrongElement: bigint = doubles[0];
// @ts-expect-error no such handle kind
const wrongKind: wh.HandleKind = 'page';
// @ts-expect-error threadSafe is a boolean
new wh.Region({ threadSafe: 1 });

void [size, first, asU8, writable, d, b0, copy, len, text, kind, live, adopted, version, abi, functions, limits,
  handleNumber, notBuffer, wrongElement, wrongKind, isView, loaded];
