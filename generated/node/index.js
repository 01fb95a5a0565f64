// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 9642b5336c411b3e8138dbfec9a542ba111ba757cb2538628071934c4e6b3821
// weaveheap 0.1.0 for Node.js: the native module, checked at load,
// wrapped in classes. Types and documentation: index.d.ts.
'use strict';

const path = require('node:path');

const VERSION = '0.1.0';
const ABI_VERSION = 1;
const IDL_HASH = '9642b5336c411b3e8138dbfec9a542ba111ba757cb2538628071934c4e6b3821';
const IDL_FILE = 'idl/weaveheap.wh';

// -- the native module, and the ABI guard ------------------------------------
const ADDON = path.join(__dirname, 'prebuilds', `${process.platform}-${process.arch}`, 'weaveheap.node');
const REBUILD = 'rebuild it: cmake -S . -B build -DWEAVEHEAP_NODE=ON && cmake --build build --target ' +
  'weaveheap_node_package, then reinstall the tarball (build/bindings/node/weaveheap-' + VERSION + '.tgz)';

function load() {
  let native;
  try {
    native = require(ADDON);
  } catch (e) {
    throw new Error(`weaveheap: cannot load the native module ${ADDON} (${e.message}); ` +
      `there is no prebuilt module for ${process.platform}-${process.arch} in this package, or it is broken: ${REBUILD}`);
  }
  const found = {
    'the native module\'s core': [native.abi_version(), native.idl_hash()],
    'the native module\'s glue': [native.glueAbiVersion, native.glueIdlHash],
  };
  for (const [what, [abi, hash]] of Object.entries(found)) {
    if (abi !== ABI_VERSION || hash !== IDL_HASH) {
      throw new Error(`weaveheap: ${what} was built from another IDL (ABI ${abi}, IDL sha256 ${hash}) ` +
        `than this JavaScript (ABI ${ABI_VERSION}, IDL sha256 ${IDL_HASH}, from ${IDL_FILE}): ` +
        `regenerate (PYTHONPATH=generator python3 -m weaveheap_gen) and ${REBUILD}`);
    }
  }
  return native;
}
const native = load();

// -- errors: one class per error code of the IDL -----------------------------
// Every error the core reports is an instance of WeaveHeapError; its class
// names the code. `.code` is the C constant's name, `.errno` its number, and
// the message is the core's (it names the handle and the rule broken).
class WeaveHeapError extends Error {
  constructor(message) {
    super(message);
    Object.defineProperty(this, 'name', { value: new.target.name, configurable: true, writable: true });
  }
}

class InvalidArgumentError extends WeaveHeapError {}
Object.defineProperties(InvalidArgumentError.prototype, {
  code: { value: 'WEAVEHEAP_ERR_INVALID_ARGUMENT' },
  errno: { value: 1 },
});

class OutOfMemoryError extends WeaveHeapError {}
Object.defineProperties(OutOfMemoryError.prototype, {
  code: { value: 'WEAVEHEAP_ERR_OUT_OF_MEMORY' },
  errno: { value: 2 },
});

class StaleHandleError extends WeaveHeapError {}
Object.defineProperties(StaleHandleError.prototype, {
  code: { value: 'WEAVEHEAP_ERR_STALE_HANDLE' },
  errno: { value: 3 },
});

class ReusedHandleError extends WeaveHeapError {}
Object.defineProperties(ReusedHandleError.prototype, {
  code: { value: 'WEAVEHEAP_ERR_REUSED_HANDLE' },
  errno: { value: 4 },
});

class ForgedHandleError extends WeaveHeapError {}
Object.defineProperties(ForgedHandleError.prototype, {
  code: { value: 'WEAVEHEAP_ERR_FORGED_HANDLE' },
  errno: { value: 5 },
});

class WrongKindError extends WeaveHeapError {}
Object.defineProperties(WrongKindError.prototype, {
  code: { value: 'WEAVEHEAP_ERR_WRONG_KIND' },
  errno: { value: 6 },
});

class BorrowError extends WeaveHeapError {}
Object.defineProperties(BorrowError.prototype, {
  code: { value: 'WEAVEHEAP_ERR_BORROWED' },
  errno: { value: 7 },
});

class BorrowConflictError extends BorrowError {}
Object.defineProperties(BorrowConflictError.prototype, {
  code: { value: 'WEAVEHEAP_ERR_BORROW_CONFLICT' },
  errno: { value: 8 },
});

class InvalidUtf8Error extends WeaveHeapError {}
Object.defineProperties(InvalidUtf8Error.prototype, {
  code: { value: 'WEAVEHEAP_ERR_INVALID_UTF8' },
  errno: { value: 9 },
});

class OutOfRangeError extends WeaveHeapError {}
Object.defineProperties(OutOfRangeError.prototype, {
  code: { value: 'WEAVEHEAP_ERR_OUT_OF_RANGE' },
  errno: { value: 10 },
});

class SystemError extends WeaveHeapError {}
Object.defineProperties(SystemError.prototype, {
  code: { value: 'WEAVEHEAP_ERR_SYSTEM_ERROR' },
  errno: { value: 11 },
});

// Indexed by code, for the native module to throw.
const ERROR_CLASSES = [];
ERROR_CLASSES[1] = InvalidArgumentError;
ERROR_CLASSES[2] = OutOfMemoryError;
ERROR_CLASSES[3] = StaleHandleError;
ERROR_CLASSES[4] = ReusedHandleError;
ERROR_CLASSES[5] = ForgedHandleError;
ERROR_CLASSES[6] = WrongKindError;
ERROR_CLASSES[7] = BorrowError;
ERROR_CLASSES[8] = BorrowConflictError;
ERROR_CLASSES[9] = InvalidUtf8Error;
ERROR_CLASSES[10] = OutOfRangeError;
ERROR_CLASSES[11] = SystemError;
Object.freeze(ERROR_CLASSES);

// -- helpers -------------------------------------------------------------------
const kAdopt = Symbol('adopt');  // only this module makes wrappers from handles
const NO_OPTIONS = Object.freeze({});
const hasDispose = typeof Symbol.dispose === 'symbol';

function argumentError(message) {
  return new InvalidArgumentError(message);
}

// An options object with known keys only.
function checkOptions(options, what, known) {
  if (options === undefined || options === null) return NO_OPTIONS;
  if (typeof options !== 'object') throw argumentError(`${what}: options must be an object, not ${typeof options}`);
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw argumentError(`${what}: unknown option '${key}' (known: ${known.join(', ') || 'none'})`);
    }
  }
  return options;
}

// The handle of a wrapper, or a bigint as it is.
function handleOf(value, what) {
  if (typeof value === 'bigint') return value;
  if (value !== null && typeof value === 'object' && typeof value.handle === 'bigint') return value.handle;
  throw argumentError(`${what} must be a handle (a bigint) or an object with one`);
}

function checkHandle(handle, what) {
  if (typeof handle !== 'bigint') throw argumentError(`${what} must be a bigint, not ${typeof handle}`);
  return handle;
}

// -- views -----------------------------------------------------------------------
// A view is a TypedArray (Uint8Array unless asked otherwise) over the core's
// memory, with no copy. It holds a borrow in the core until close(), or until
// its ArrayBuffer is collected. close() ends the borrow and detaches the
// ArrayBuffer: the view (and any other TypedArray over that buffer) then has
// length 0 and can never reach the memory again.
const VIEW_TYPES = new Map();

// Where view() leaves the new view's token and flags (1 writable, 2 copied).
const VIEW_OUT = new BigUint64Array(new ArrayBuffer(16));

function viewClass(Base) {
  class View extends Base {
    #buffer;
    #token;
    #writable;
    #shared;
    #closed = false;

    constructor(adopt, buffer, token, writable, shared) {
      if (adopt !== kAdopt) throw new TypeError('views are made by view() of a Buffer, Bytes or String');
      super(buffer, 0, buffer.byteLength / Base.BYTES_PER_ELEMENT);
      this.#buffer = buffer;
      this.#token = token;
      this.#writable = writable;
      this.#shared = shared;
    }

    // subarray(), slice(), map() ... make plain TypedArrays (over the same
    // buffer for subarray(), so they are detached with the view).
    static get [Symbol.species]() { return Base; }

    /** The borrow token's handle. */
    get handle() { return this.#token; }
    /** True when the core lets the holder write (a unique view of a writable object). */
    get writable() { return this.#writable; }
    /** True for a shared view (read-only by contract). */
    get shared() { return this.#shared; }
    /** True once close() succeeded. */
    get closed() { return this.#closed; }

    close() {
      native.borrow_release(this.#token, this.#buffer);
      this.#closed = true;
    }
  }
  if (hasDispose) {
    Object.defineProperty(View.prototype, Symbol.dispose, {
      value: function dispose() { if (!this.closed) this.close(); },
      configurable: true,
      writable: true,
    });
  }
  return View;
}

if (typeof globalThis.Uint8Array === 'function') VIEW_TYPES.set(globalThis.Uint8Array, viewClass(globalThis.Uint8Array));
if (typeof globalThis.Int8Array === 'function') VIEW_TYPES.set(globalThis.Int8Array, viewClass(globalThis.Int8Array));
if (typeof globalThis.Uint8ClampedArray === 'function') VIEW_TYPES.set(globalThis.Uint8ClampedArray, viewClass(globalThis.Uint8ClampedArray));
if (typeof globalThis.Uint16Array === 'function') VIEW_TYPES.set(globalThis.Uint16Array, viewClass(globalThis.Uint16Array));
if (typeof globalThis.Int16Array === 'function') VIEW_TYPES.set(globalThis.Int16Array, viewClass(globalThis.Int16Array));
if (typeof globalThis.Uint32Array === 'function') VIEW_TYPES.set(globalThis.Uint32Array, viewClass(globalThis.Uint32Array));
if (typeof globalThis.Int32Array === 'function') VIEW_TYPES.set(globalThis.Int32Array, viewClass(globalThis.Int32Array));
if (typeof globalThis.Float32Array === 'function') VIEW_TYPES.set(globalThis.Float32Array, viewClass(globalThis.Float32Array));
if (typeof globalThis.Float64Array === 'function') VIEW_TYPES.set(globalThis.Float64Array, viewClass(globalThis.Float64Array));
if (typeof globalThis.BigInt64Array === 'function') VIEW_TYPES.set(globalThis.BigInt64Array, viewClass(globalThis.BigInt64Array));
if (typeof globalThis.BigUint64Array === 'function') VIEW_TYPES.set(globalThis.BigUint64Array, viewClass(globalThis.BigUint64Array));

let copyWarned = false;
function warnCopy() {
  if (copyWarned) return;
  copyWarned = true;
  process.emitWarning('this runtime refuses external ArrayBuffers, so weaveheap views are copies: ' +
    'they are counted in stats().copies, and a unique view is written back at close()',
    { code: 'WEAVEHEAP_VIEW_COPY' });
}

// view() of every class that has one: options { shared, type }.
function makeView(handle, options, takeShared, takeUnique) {
  const o = options === undefined ? NO_OPTIONS : checkOptions(options, 'view()', ['shared', 'type']);
  if (o.shared !== undefined && typeof o.shared !== 'boolean') {
    throw argumentError(`view(): option 'shared' must be a boolean, not ${typeof o.shared}`);
  }
  const type = o.type === undefined ? Uint8Array : o.type;
  const View = VIEW_TYPES.get(type);
  if (View === undefined) {
    throw argumentError(`view(): option 'type' must be a TypedArray constructor (${[...VIEW_TYPES.keys()].map((t) => t.name).join(', ')})`);
  }
  const buffer = o.shared ? takeShared(handle, type.BYTES_PER_ELEMENT) : takeUnique(handle, type.BYTES_PER_ELEMENT);
  const flags = VIEW_OUT[1];
  if (flags & 2n) warnCopy();
  return new View(kAdopt, buffer, VIEW_OUT[0], (flags & 1n) !== 0n, o.shared === true);
}

native.__init(ERROR_CLASSES, VIEW_OUT);

// -- handle kinds ----------------------------------------------------------------
const HANDLE_KIND_NAMES = [];
HANDLE_KIND_NAMES[0] = 'none';
HANDLE_KIND_NAMES[1] = 'region';
HANDLE_KIND_NAMES[2] = 'buffer';
HANDLE_KIND_NAMES[3] = 'bytes';
HANDLE_KIND_NAMES[4] = 'string';
HANDLE_KIND_NAMES[5] = 'borrow';
Object.freeze(HANDLE_KIND_NAMES);

// -- classes: one per handle kind ------------------------------------------------
/**
 * A region: an arena that owns chunks of memory and every object made in
 * it. Destroying it frees them all at once and makes their handles stale.
 */
const Region = class Region {
  #h;
  #closed = false;

  constructor(options) {
    if (options === kAdopt) {
      this.#h = arguments[1];
      return;
    }
    this.#h = native.region_create(options);
  }

  /** Wraps a region handle made elsewhere (C, another binding); the core checks it at each call. */
  static fromHandle(handle) {
    return new Region(kAdopt, checkHandle(handle, 'Region.fromHandle()'));
  }

  static {
    if (hasDispose) {
      Object.defineProperty(this.prototype, Symbol.dispose, {
        value: function dispose() { if (!this.#closed) this.close(); },
        configurable: true,
        writable: true,
      });
    }
  }

  /** The handle, a bigint. */
  get handle() { return this.#h; }

  reset() {
    return native.region_reset(this.#h);
  }

  stats() {
    return native.region_stats(this.#h);
  }

  alloc(size, options) {
    const o = options === undefined ? NO_OPTIONS : checkOptions(options, "Region.prototype.alloc", ['align']);
    return new WhBuffer(kAdopt, native.buffer_alloc(this.#h, size, o.align ?? 16));
  }

  bytes(data) {
    return new Bytes(kAdopt, native.bytes_create(this.#h, data));
  }

  string(text) {
    return new WhString(kAdopt, native.string_create(this.#h, text));
  }

  close() {
    native.region_destroy(this.#h);
    this.#closed = true;
  }
};

/**
 * A mutable, sized, aligned block of memory in a region.
 */
const WhBuffer = class Buffer {
  #h;
  #closed = false;

  constructor(adopt, handle) {
    if (adopt !== kAdopt) {
      throw new TypeError('Buffer objects are made by Region.prototype.alloc; Buffer.fromHandle() adopts a handle');
    }
    this.#h = handle;
  }

  /** Wraps a buffer handle made elsewhere (C, another binding); the core checks it at each call. */
  static fromHandle(handle) {
    return new WhBuffer(kAdopt, checkHandle(handle, 'Buffer.fromHandle()'));
  }

  static {
    if (hasDispose) {
      Object.defineProperty(this.prototype, Symbol.dispose, {
        value: function dispose() { if (!this.#closed) this.close(); },
        configurable: true,
        writable: true,
      });
    }
  }

  /** The handle, a bigint. */
  get handle() { return this.#h; }

  size() {
    return native.buffer_size(this.#h);
  }

  write(offset, data) {
    return native.buffer_write(this.#h, offset, data);
  }

  read(offset, dst) {
    return native.buffer_read(this.#h, offset, dst);
  }

  view(options) {
    return makeView(this.#h, options, native.borrow_shared, native.borrow_unique);
  }

  close() {
    native.buffer_release(this.#h);
    this.#closed = true;
  }
};

/**
 * An immutable byte string in a region.
 */
const Bytes = class Bytes {
  #h;
  #closed = false;

  constructor(adopt, handle) {
    if (adopt !== kAdopt) {
      throw new TypeError('Bytes objects are made by Region.prototype.bytes; Bytes.fromHandle() adopts a handle');
    }
    this.#h = handle;
  }

  /** Wraps a bytes handle made elsewhere (C, another binding); the core checks it at each call. */
  static fromHandle(handle) {
    return new Bytes(kAdopt, checkHandle(handle, 'Bytes.fromHandle()'));
  }

  static {
    if (hasDispose) {
      Object.defineProperty(this.prototype, Symbol.dispose, {
        value: function dispose() { if (!this.#closed) this.close(); },
        configurable: true,
        writable: true,
      });
    }
  }

  /** The handle, a bigint. */
  get handle() { return this.#h; }

  length() {
    return native.bytes_length(this.#h);
  }

  dup() {
    return native.bytes_dup(this.#h);
  }

  view(options) {
    return makeView(this.#h, options, native.borrow_shared, native.borrow_unique);
  }

  close() {
    native.bytes_release(this.#h);
    this.#closed = true;
  }
};

/**
 * An immutable, validated UTF-8 string in a region, stored with a trailing
 * NUL so that C can read it in place.
 */
const WhString = class String {
  #h;
  #closed = false;

  constructor(adopt, handle) {
    if (adopt !== kAdopt) {
      throw new TypeError('String objects are made by Region.prototype.string; String.fromHandle() adopts a handle');
    }
    this.#h = handle;
  }

  /** Wraps a string handle made elsewhere (C, another binding); the core checks it at each call. */
  static fromHandle(handle) {
    return new WhString(kAdopt, checkHandle(handle, 'String.fromHandle()'));
  }

  static {
    if (hasDispose) {
      Object.defineProperty(this.prototype, Symbol.dispose, {
        value: function dispose() { if (!this.#closed) this.close(); },
        configurable: true,
        writable: true,
      });
    }
  }

  /** The handle, a bigint. */
  get handle() { return this.#h; }

  length() {
    return native.string_length(this.#h);
  }

  dup() {
    return native.string_dup(this.#h);
  }

  view(options) {
    return makeView(this.#h, options, native.borrow_shared, native.borrow_unique);
  }

  close() {
    native.string_release(this.#h);
    this.#closed = true;
  }
};

// -- module functions ------------------------------------------------------------
function handleKindOf(handle) {
  return HANDLE_KIND_NAMES[native.handle_kind_of(handleOf(handle, "handleKindOf: argument 'handle'"))];
}

function publishStart(options) {
  const o = options === undefined ? NO_OPTIONS : checkOptions(options, "publishStart", ['intervalMs']);
  return native.publish_start(o.intervalMs ?? 0);
}

// -- what the IDL declares, and where JavaScript reaches each function -------------
const IDL = Object.freeze({
  file: IDL_FILE,
  hash: IDL_HASH,
  abiVersion: ABI_VERSION,
  version: VERSION,
  functions: Object.freeze({
    'weaveheap.version_number': 'versionNumber',
    'weaveheap.version_string': 'versionString',
    'weaveheap.abi_version': 'abiVersion',
    'weaveheap.idl_hash': 'idlHash',
    'weaveheap.strerror': 'strerror',
    'weaveheap.free_string': '(glue) frees the results of String.prototype.dup',
    'weaveheap.free_bytes': '(glue) frees the results of Bytes.prototype.dup',
    'error.clear': '(glue) clears the error of every failing call before it throws',
    'region.create': 'new Region',
    'region.destroy': 'Region.prototype.close',
    'region.reset': 'Region.prototype.reset',
    'region.stats': 'Region.prototype.stats',
    'buffer.alloc': 'Region.prototype.alloc',
    'buffer.release': 'Buffer.prototype.close',
    'buffer.size': 'Buffer.prototype.size',
    'buffer.write': 'Buffer.prototype.write',
    'buffer.read': 'Buffer.prototype.read',
    'bytes.create': 'Region.prototype.bytes',
    'bytes.release': 'Bytes.prototype.close',
    'bytes.length': 'Bytes.prototype.length',
    'bytes.dup': 'Bytes.prototype.dup',
    'string.create': 'Region.prototype.string',
    'string.release': 'String.prototype.close',
    'string.length': 'String.prototype.length',
    'string.dup': 'String.prototype.dup',
    'borrow.shared': 'Buffer.prototype.view({ shared: true }), Bytes.prototype.view({ shared: true }), String.prototype.view({ shared: true })',
    'borrow.unique': 'Buffer.prototype.view(), Bytes.prototype.view(), String.prototype.view()',
    'borrow.release': 'View.prototype.close',
    'handle.kind_of': 'handleKindOf',
    'stats.global': 'stats',
    'stats.set_enabled': 'statsSetEnabled',
    'stats.enabled': 'statsEnabled',
    'publish.start': 'publishStart',
    'publish.now': 'publishNow',
    'publish.stop': 'publishStop',
    'publish.active': 'publishActive',
  }),
});

module.exports = {
  VERSION,
  ABI_VERSION,
  IDL_HASH,
  IDL,
  MAX_ALIGN: 1048576,
  MAX_SIZE: 281474976710656,
  DEFAULT_ALIGN: 16,
  DEFAULT_CHUNK_SIZE: 65536,
  versionNumber: native.version_number,
  versionString: native.version_string,
  abiVersion: native.abi_version,
  idlHash: native.idl_hash,
  strerror: native.strerror,
  handleKindOf,
  stats: native.stats_global,
  statsSetEnabled: native.stats_set_enabled,
  statsEnabled: native.stats_enabled,
  publishStart,
  publishNow: native.publish_now,
  publishStop: native.publish_stop,
  publishActive: native.publish_active,
  Region: Region,
  Buffer: WhBuffer,
  Bytes: Bytes,
  String: WhString,
  WeaveHeapError,
  InvalidArgumentError,
  OutOfMemoryError,
  StaleHandleError,
  ReusedHandleError,
  ForgedHandleError,
  WrongKindError,
  BorrowError,
  BorrowConflictError,
  InvalidUtf8Error,
  OutOfRangeError,
  SystemError,
};
