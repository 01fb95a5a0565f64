// Generated from samples/extension/zpack.wh by weaveheap_gen: do not edit. IDL sha256 a79f42f696d09eae4e0adf0c4e603e9a5ffe4d5838b0b8389db22b59b0cee278
// zpack 0.1.0 for Node.js: an extension of `weaveheap`
// (docs/extensions.md). Its functions take the `weaveheap` package's objects and
// borrow them for the call only, in the one core of the process; its errors
// are weaveheap's classes, and its own derive from WeaveHeapError.
'use strict';

const path = require('node:path');
const wh = require('weaveheap');

const native = require(path.join(__dirname, 'zpack.node'));

const IDL_HASH = 'a79f42f696d09eae4e0adf0c4e603e9a5ffe4d5838b0b8389db22b59b0cee278';
const CORE_IDL_HASH = '44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144';

// -- errors: zpack's own, under the core's base class.
class CorruptError extends wh.WeaveHeapError {}
Object.defineProperties(CorruptError.prototype, {
  code: { value: 'ZPACK_ERR_CORRUPT' },
  errno: { value: 1000 },
});
class WrongSizeError extends wh.WeaveHeapError {}
Object.defineProperties(WrongSizeError.prototype, {
  code: { value: 'ZPACK_ERR_WRONG_SIZE' },
  errno: { value: 1001 },
});

// The error classes by code: the core's (every WeaveHeapError class the
// package exports) and zpack's.
const ERROR_CLASSES = [];
for (const cls of [...Object.values(wh), CorruptError, WrongSizeError]) {
  if (typeof cls === 'function' && cls.prototype instanceof wh.WeaveHeapError && Number.isInteger(cls.prototype.errno)) {
    ERROR_CLASSES[cls.prototype.errno] ??= cls;
  }
}

if (!wh.backend.apiTable) {
  throw new Error('zpack: the weaveheap package has no core table here (backend ' + wh.backend.name +
    '): zpack needs its N-API backend');
}
native.init(wh.backend.apiTable, ERROR_CLASSES, wh.WeaveHeapError);

// The classes whose objects a function takes (the core checks the kind).
const OBJECTS = [wh.WeaveHeapBuffer, wh.Bytes, wh.WeaveHeapString, wh.Vector, wh.VarVector, wh.Foreign, wh.Region, wh.Batch, wh.BatchStream, wh.ListVector, ];

function handleOf(v, what) {
  if (typeof v === 'bigint') return v;
  if (OBJECTS.some((cls) => v instanceof cls)) return v.handle;
  throw new wh.InvalidArgumentError(`${what}: expected a weaveheap or zpack object or a handle, got ${v === null ? 'null' : typeof v}`);
}

const U64_END = 18446744073709551616n;
function u64(v, what) {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return BigInt(v);
  if (typeof v === 'bigint' && v >= 0n && v < U64_END) return v;
  throw new wh.InvalidArgumentError(`${what}: expected an integer from 0 to 2^64 - 1`);
}
function int(lo, hi) {
  return (v, what) => {
    if (Number.isInteger(v) && v >= lo && v <= hi) return v;
    throw new wh.InvalidArgumentError(`${what}: expected an integer from ${lo} to ${hi}`);
  };
}
const u32 = int(0, 4294967295);
const i32 = int(-2147483648, 2147483647);
function bool(v, what) {
  if (typeof v === 'boolean') return v;
  throw new wh.InvalidArgumentError(`${what}: expected a boolean`);
}
const handle = handleOf;
const ADOPT = Symbol('adopt');   // only this layer makes objects from handles

/** A running CRC-32: feed it memory piece by piece, read the checksum of it all. Lives in a region like every object. */
class Crc {
  #handle = 0n;

  constructor(region) {
    if (arguments[0] === ADOPT) return;
    this.#handle = native.crcCreate(handle(region, 'crc.create(): argument \'region\''));
  }

  static adopt(h) {
    const obj = new Crc(ADOPT);
    obj.#handle = h;
    return obj;
  }

  get handle() { return this.#handle; }

  get closed() { return this.#handle === 0n; }

  #live() {
    if (this.#handle === 0n) throw new wh.StaleHandleError('Crc is closed');
    return this.#handle;
  }

  /** Adds the bytes of `src` to the checksum, read in place. */
  update(src) {
    return native.crcUpdate(this.#live(), handle(src, 'crc.update(): argument \'src\''));
  }

  /** The CRC-32 of everything added so far. */
  value() {
    return native.crcValue(this.#live());
  }

  /** Releases it; its handle goes stale. Closing twice is a no-op. */
  close() {
    if (this.#handle !== 0n) {
      native.crcClose(this.#handle);
      this.#handle = 0n;
    }
  }
}
if (typeof Symbol.dispose === 'symbol') Crc.prototype[Symbol.dispose] = Crc.prototype.close;
OBJECTS.push(Crc);

/** The CRC-32 of the bytes of `src` (a buffer, bytes or string), read in place: no copy. */
function crc32(src) {
  return native.crc32(handle(src, 'zpack.crc32(): argument \'src\''));
}

/** Deflates `src` (zlib format, `level` -1 for zlib's default, or 0..9) into a new buffer of `region` holding exactly the compressed bytes. The input is read in place; the output is written once into the new buffer (one counted copy, as its size is known only at the end). */
function deflate(region, src, level = -1) {
  return wh.WeaveHeapBuffer.fromHandle(native.deflate(handle(region, 'zpack.deflate(): argument \'region\''), handle(src, 'zpack.deflate(): argument \'src\''), i32(level, 'zpack.deflate(): argument \'level\'')));
}

/** Inflates `src` (zlib format) straight into a new buffer of `region` of `size` bytes, the size of the data before it was deflated: no copy either way. */
function inflate(region, src, size) {
  return wh.WeaveHeapBuffer.fromHandle(native.inflate(handle(region, 'zpack.inflate(): argument \'region\''), handle(src, 'zpack.inflate(): argument \'src\''), u64(size, 'zpack.inflate(): argument \'size\'')));
}

/** Inflates `src` (zlib format) into the buffer `dst`, in place, and returns how many bytes it wrote; data longer than `dst` fails with wrong_size. `dst` and `src` cannot be the same object (a unique and a shared borrow of one object conflict). */
function inflateInto(dst, src) {
  return native.inflateInto(handle(dst, 'zpack.inflate_into(): argument \'dst\''), handle(src, 'zpack.inflate_into(): argument \'src\''));
}

module.exports = Object.freeze({
  IDL_HASH,
  CORE_IDL_HASH,
  crc32,
  deflate,
  inflate,
  inflateInto,
  Crc,
  CorruptError,
  WrongSizeError,
});
