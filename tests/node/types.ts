// Type-checked (tsc --strict, not run) against the installed index.d.ts: the
// uses that must compile do, and each @ts-expect-error line must be an error,
// or tsc fails because the declaration is too loose.
import * as wh from 'weaveheap';

const region: wh.Region = new wh.Region({ chunkSize: 1 << 20, byteLimit: 10n ** 9n, threadSafe: false });
new wh.Region();
new wh.Region(null);
const buf: wh.Buffer = region.alloc(64, { align: 16 });
region.alloc(8n);
const size: number = buf.size();
buf.write(0, new Uint8Array(4));
buf.write(0n, 'text');
buf.write(0, new DataView(new ArrayBuffer(2)));
buf.read(0, new Float32Array(2));

const view: wh.View = buf.view();
const first: number = view[0];
const asU8: Uint8Array = view;
const writable: boolean = view.writable;
view.close();
const doubles: wh.View<Float64Array> = buf.view({ type: Float64Array, shared: true });
const d: number = doubles[0];
doubles[Symbol.dispose]();
const big: wh.View<BigUint64Array> = buf.view({ type: BigUint64Array });
const b0: bigint = big[0];
big.close();

const bytes: wh.Bytes = region.bytes(new Uint8Array([1, 2]));
const copy: Uint8Array = bytes.dup();
const len: number = bytes.length();
const str: wh.String = region.string('text');
const text: string = str.dup();
const kind: wh.HandleKind = wh.handleKindOf(str);
wh.handleKindOf(str.handle);
const stats: wh.Stats = region.stats();
const live: number = wh.stats().bytesLive + stats.borrowsActive;
const adopted: wh.Buffer = wh.Buffer.fromHandle(buf.handle);
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

// @ts-expect-error a Buffer has no dup()
buf.dup();
// @ts-expect-error unknown option
region.alloc(8, { alignment: 8 });
// @ts-expect-error wrappers are made by their region, not with new
new wh.Buffer();
// @ts-expect-error counters are read-only
stats.bytesLive = 0;
// @ts-expect-error a region takes options, not a number
new wh.Region(5);
// @ts-expect-error handles are bigints
const handleNumber: number = buf.handle;
// @ts-expect-error a Bytes is not a Buffer
const notBuffer: wh.Buffer = bytes;
// @ts-expect-error a view of doubles has number elements, not bigint
const wrongElement: bigint = doubles[0];
// @ts-expect-error no such handle kind
const wrongKind: wh.HandleKind = 'page';
// @ts-expect-error threadSafe is a boolean
new wh.Region({ threadSafe: 1 });

void [size, first, asU8, writable, d, b0, copy, len, text, kind, live, adopted, version, abi, functions, limits,
  handleNumber, notBuffer, wrongElement, wrongKind];
