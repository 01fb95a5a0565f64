// Generated from samples/extension/zpack.wh by weaveheap_gen: do not edit. IDL sha256 a79f42f696d09eae4e0adf0c4e603e9a5ffe4d5838b0b8389db22b59b0cee278
/**
 * zpack 0.1.0 in WebAssembly: an extension of `weaveheap`
 * (docs/extensions.md, "From WebAssembly"). Its entry points are linked into
 * the same wasm module as the core (zpack.wasm: the core, zpack's generated
 * entry points and its implementation), so there is one core: the base glue
 * (weaveheap.mjs) makes the API of the module's instance, and bind() adds
 * zpack's over the same instance. Its functions take the base glue's
 * objects and borrow them for the call only, in place in linear memory;
 * its errors are the base glue's classes, and its own derive from
 * WeaveHeapError.
 *
 *     import * as weaveheap from './weaveheap.mjs';
 *     import * as zpackGlue from './zpack.mjs';
 *     const wh = await weaveheap.load(new URL('./zpack.wasm', import.meta.url));
 *     const zpack = zpackGlue.bind(wh);
 *
 * Memory the glue allocates in the module (malloc, exported with the C API):
 * one error struct per bind(), for the life of the instance.
 */

export const IDL_HASH = 'a79f42f696d09eae4e0adf0c4e603e9a5ffe4d5838b0b8389db22b59b0cee278';
export const CORE_IDL_HASH = '44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144';

/* Every export of the module the glue calls: zpack's entry points and
 * what it needs of the core's. */
const EXPORTS = [
  'zpack_init',
  'zpack_crc32',
  'zpack_deflate',
  'zpack_inflate',
  'zpack_inflate_into',
  'zpack_crc_create',
  'zpack_crc_update',
  'zpack_crc_value',
  'zpack_crc_close',
  'weaveheap_api_table', 'weaveheap_error_clear', 'weaveheap_strerror', 'malloc',
];

/* zpack's own error classes, one set per base WeaveHeapError class (the
 * base glue's, the same for all its instances). */
const ownErrors = new WeakMap();
function errorClasses(WeaveHeapError) {
  let own = ownErrors.get(WeaveHeapError);
  if (own) return own;
  class CorruptError extends WeaveHeapError {}
  Object.defineProperties(CorruptError.prototype, {
    code: { value: 'ZPACK_ERR_CORRUPT' },
    errno: { value: 1000 },
  });
  class WrongSizeError extends WeaveHeapError {}
  Object.defineProperties(WrongSizeError.prototype, {
    code: { value: 'ZPACK_ERR_WRONG_SIZE' },
    errno: { value: 1001 },
  });
  own = Object.freeze({ CorruptError, WrongSizeError });
  ownErrors.set(WeaveHeapError, own);
  return own;
}

/**
 * zpack's API over the instance `wh` (what the base glue's load() or
 * fromInstance() returned for a module zpack is linked into).
 */
export function bind(wh) {
  if (!wh || typeof wh !== 'object' || !wh.backend || wh.backend.name !== 'wasm') {
    throw new TypeError('zpack.mjs: bind(wh) takes the API the weaveheap.mjs glue made of an instance');
  }
  if (wh.IDL_HASH !== CORE_IDL_HASH) {
    throw new Error(`zpack.mjs: the weaveheap glue is of IDL sha256 ${wh.IDL_HASH}, zpack was generated ` +
                    `against ${CORE_IDL_HASH}: regenerate zpack against this core`);
  }
  const e = wh.backend.exports;
  for (const name of EXPORTS) {
    if (typeof e[name] !== 'function') {
      throw new Error(`zpack.mjs: the module does not export ${name}: load zpack.wasm (the core with ` +
                      'zpack linked in), not the core module alone');
    }
  }
  const memory = wh.backend.memory;
  const f_zpack_init = e.zpack_init;
  const f_zpack_crc32 = e.zpack_crc32;
  const f_zpack_deflate = e.zpack_deflate;
  const f_zpack_inflate = e.zpack_inflate;
  const f_zpack_inflate_into = e.zpack_inflate_into;
  const f_zpack_crc_create = e.zpack_crc_create;
  const f_zpack_crc_update = e.zpack_crc_update;
  const f_zpack_crc_value = e.zpack_crc_value;
  const f_zpack_crc_close = e.zpack_crc_close;
  const f_error_clear = e.weaveheap_error_clear;
  const f_strerror = e.weaveheap_strerror;

  /* Linear memory, re-viewed after memory.grow detached it (a detached
   * buffer is empty). */
  let buf = memory.buffer;
  let u8 = new Uint8Array(buf);
  let mem32 = new Int32Array(buf);
  let dv = new DataView(buf);
  function mem() {
    if (buf.byteLength === 0) {
      buf = memory.buffer;
      u8 = new Uint8Array(buf);
      mem32 = new Int32Array(buf);
      dv = new DataView(buf);
    }
  }
  const decoder = new TextDecoder();
  function cstr(p) {
    mem();
    return decoder.decode(u8.subarray(p, u8.indexOf(0, p)));
  }

  /* The error struct every call fills (wasm32 layout: weaveheap_error is
   * 8 bytes, code at 0, message at 4). */
  const ERR = e.malloc(8);
  if (ERR === 0) throw new wh.OutOfMemoryError('zpack.mjs: no memory for an error struct in the module');
  mem();
  u8.fill(0, ERR, ERR + 8);
  const ERR_CODE_I = (ERR + 0) >> 2;

  const own = errorClasses(wh.WeaveHeapError);
  // The error classes by code: the core's (every WeaveHeapError class the
  // base glue exports) and zpack's.
  const ERROR_CLASSES = [];
  for (const cls of [...Object.values(wh), ...Object.values(own)]) {
    if (typeof cls === 'function' && cls.prototype instanceof wh.WeaveHeapError && Number.isInteger(cls.prototype.errno)) {
      ERROR_CLASSES[cls.prototype.errno] ??= cls;
    }
  }

  /* The error of the call that just failed, of its class, its message freed.
   * Called when mem32 shows a code, or when memory grew (mem32 detached). */
  function takeError() {
    mem();
    const code = dv.getInt32(ERR + 0, true);
    if (code === 0) return null;
    const m = dv.getUint32(ERR + 4, true);
    const message = m ? cstr(m) : cstr(f_strerror(code));
    f_error_clear(ERR);
    return new (ERROR_CLASSES[code] || wh.WeaveHeapError)(message);
  }
  function fail() {
    const error = takeError();
    if (error) throw error;
  }

  if (!f_zpack_init(e.weaveheap_api_table(), ERR)) {
    const error = takeError();
    throw new Error(`zpack.mjs: zpack_init refused the module's core: ${error ? error.message : 'no reason given'}`);
  }

  /* One flat function per entry point: the arguments checked by the layer
   * below, 64-bit ones as BigInts. */
  const native = {
    /* zpack.crc32 */
    crc32(a0) {
      const r = f_zpack_crc32(a0, ERR);
      if (mem32[ERR_CODE_I] !== 0) fail();
      return r >>> 0;
    },
    /* zpack.deflate */
    deflate(a0, a1, a2) {
      const r = f_zpack_deflate(a0, a1, a2, ERR);
      if (mem32[ERR_CODE_I] !== 0) fail();
      return BigInt.asUintN(64, r);
    },
    /* zpack.inflate */
    inflate(a0, a1, a2) {
      const r = f_zpack_inflate(a0, a1, a2, ERR);
      if (mem32[ERR_CODE_I] !== 0) fail();
      return BigInt.asUintN(64, r);
    },
    /* zpack.inflate_into */
    inflateInto(a0, a1) {
      const r = f_zpack_inflate_into(a0, a1, ERR);
      if (mem32[ERR_CODE_I] !== 0) fail();
      return BigInt.asUintN(64, r);
    },
    /* crc.create */
    crcCreate(a0) {
      const r = f_zpack_crc_create(a0, ERR);
      if (mem32[ERR_CODE_I] !== 0) fail();
      return BigInt.asUintN(64, r);
    },
    /* crc.update */
    crcUpdate(a0, a1) {
      f_zpack_crc_update(a0, a1, ERR);
      if (mem32[ERR_CODE_I] !== 0) fail();
    },
    /* crc.value */
    crcValue(a0) {
      const r = f_zpack_crc_value(a0, ERR);
      if (mem32[ERR_CODE_I] !== 0) fail();
      return r >>> 0;
    },
    /* crc.close */
    crcClose(a0) {
      f_zpack_crc_close(a0, ERR);
      if (mem32[ERR_CODE_I] !== 0) fail();
    },
  };

  // The classes whose objects a function takes (the core checks the kind).
  const OBJECTS = [wh.WeaveHeapBuffer, wh.Bytes, wh.WeaveHeapString, wh.Vector, wh.VarVector, wh.Foreign, wh.Region, wh.Batch, wh.BatchStream, wh.ListVector, ];

  const U64_END = 18446744073709551616n;
  // (a bigint out of 64 bits would wrap silently into the export's i64)
  function handle(v, what) {
    if (typeof v === 'bigint' && v >= 0n && v < U64_END) return v;
    // (a loop, not some() with a closure: ~25 ns less a call at 64 B, B12)
    for (let i = 0; i < OBJECTS.length; i++) if (v instanceof OBJECTS[i]) return v.handle;
    throw new wh.InvalidArgumentError(`${what}: expected a weaveheap or zpack object or a handle (a bigint in [0, 2^64)), got ${v === null ? 'null' : typeof v}`);
  }
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
    if (typeof v === 'boolean') return v ? 1 : 0;
    throw new wh.InvalidArgumentError(`${what}: expected a boolean`);
  }
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

  return Object.freeze({
    IDL_HASH,
    CORE_IDL_HASH,
    crc32,
    deflate,
    inflate,
    inflateInto,
    Crc,
    ...own,
  });
}

/**
 * Instantiates zpack.wasm (next to this file by default) with the base glue
 * `base` (the weaveheap.mjs module) and resolves to { wh, zpack }: the
 * core's API and zpack's, over the one instance.
 */
export async function load(base, source = new URL('./zpack.wasm', import.meta.url)) {
  const wh = await base.load(source);
  return { wh, zpack: bind(wh) };
}
