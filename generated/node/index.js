// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
// weaveheap 0.1.0 for Node.js: the API layer (the same as the
// WebAssembly glue's) over the N-API module, checked at load. Types and
// documentation: index.d.ts.
'use strict';

const path = require('node:path');

// -- the API layer: the same text in the Node.js package and the wasm glue ---
const VERSION = '0.1.0';
const ABI_VERSION = 2;
const IDL_HASH = '44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144';
const IDL_FILE = 'idl/weaveheap.wh';
const MAX_ALIGN = 1048576;
const MAX_SIZE = 281474976710656;
const DEFAULT_ALIGN = 16;
const DEFAULT_CHUNK_SIZE = 65536;

// -- errors: one class per error code of the IDL -----------------------------
// Every error the core reports is an instance of WeaveHeapError; its class
// names the code. `.code` is the C constant's name, `.errno` its number, and
// the message is the core's (it names the handle and the rule broken), or the
// layer's for an argument JavaScript got wrong.
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

class SystemCallError extends WeaveHeapError {}
Object.defineProperties(SystemCallError.prototype, {
  code: { value: 'WEAVEHEAP_ERR_SYSTEM_ERROR' },
  errno: { value: 11 },
});

// Indexed by code, for the backend to throw.
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
ERROR_CLASSES[11] = SystemCallError;
Object.freeze(ERROR_CLASSES);

// -- argument checks: every argument JavaScript gets wrong is an
// -- InvalidArgumentError naming it, before the backend sees it ---------------
const NO_OPTIONS = Object.freeze({});
const kAdopt = Symbol('adopt');  // only the layer makes wrappers from handles
const hasDispose = typeof Symbol.dispose === 'symbol';
const U64_END = 18446744073709551616n;

function argumentError(message) {
  return new InvalidArgumentError(message);
}

function typeName(v) {
  if (v === null) return 'null';
  if (typeof v === 'object' || typeof v === 'function') return (v.constructor && v.constructor.name) || typeof v;
  return typeof v;
}

// `what` is "Class.prototype.member".
function receiverError(what, self) {
  return argumentError(`${what}: the receiver must be a ${what.split('.')[0]}, not ${typeName(self)}`);
}

// An options object with known keys only (for-in: no array made per call;
// the loop, not indexOf(), so that V8 inlines it: half the cost).
function isKnown(known, key) {
  for (let i = 0; i < known.length; i++) if (known[i] === key) return true;
  return false;
}
function checkOptions(options, what, known) {
  if (options === undefined || options === null) return NO_OPTIONS;
  if (typeof options !== 'object') throw argumentError(`${what}: options must be an object, not ${typeName(options)}`);
  for (const key in options) {
    if (!isKnown(known, key) && Object.hasOwn(options, key)) {
      throw argumentError(`${what}: unknown option '${key}' (known: ${known.join(', ') || 'none'})`);
    }
  }
  return options;
}

// A handle: a bigint as it is, or the handle of a wrapper.
function handleArg(v, what) {
  if (typeof v === 'bigint') {
    if (v >= 0n && v < U64_END) return v;
    throw argumentError(`${what} must be a handle: a bigint in [0, 2^64)`);
  }
  if (v !== null && typeof v === 'object' && typeof v.handle === 'bigint') return handleArg(v.handle, what);
  throw argumentError(`${what} must be a handle (a bigint, or an object with one), not ${typeName(v)}`);
}

// A u64: an integer in [0, 2^64), as a number or a bigint (checked in 64
// bits before any backend narrows it).
function u64Arg(v, what) {
  if (typeof v === 'number') {
    if (v >= 0 && v < 18446744073709551616 && Number.isInteger(v)) return v;
    throw argumentError(`${what} must be an integer in [0, 2^64), not ${v}`);
  }
  if (typeof v === 'bigint') {
    if (v >= 0n && v < U64_END) return v;
    throw argumentError(`${what} must be an integer in [0, 2^64), not ${v}n`);
  }
  throw argumentError(`${what} must be a number or a bigint, not ${typeName(v)}`);
}

function intArg(v, what, lo, hi) {
  if ((typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint') {
    if (v >= lo && v <= hi) return typeof v === 'bigint' && hi <= Number.MAX_SAFE_INTEGER ? Number(v) : v;
  } else if (typeof v !== 'number') {
    throw argumentError(`${what} must be a number, not ${typeName(v)}`);
  }
  throw argumentError(`${what} must be an integer in [${lo}, ${hi}], not ${v}`);
}

function floatArg(v, what) {
  if (typeof v === 'number') return v;
  throw argumentError(`${what} must be a number, not ${typeName(v)}`);
}

function boolArg(v, what) {
  if (typeof v === 'boolean') return v;
  throw argumentError(`${what} must be a boolean, not ${typeName(v)}`);
}

function enumArg(v, what, values) {
  if (typeof v === 'string' && Object.hasOwn(values, v)) return values[v];
  throw argumentError(`${what} must be one of ${Object.keys(values).map((k) => `'${k}'`).join(', ')}, not ${String(v)}`);
}

// Where a string stops being well-formed UTF-16 (a lone surrogate), or -1.
function surrogateAt(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { i++; continue; }
      return i;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}
const isWellFormed = typeof String.prototype.isWellFormed === 'function'
  ? (s) => s.isWellFormed() : (s) => surrogateAt(s) < 0;

// Text the core reads as UTF-8: a string with a lone surrogate has no UTF-8
// form, and is refused (not replaced by U+FFFD behind the caller's back).
function textArg(v, what, BadText) {
  if (typeof v !== 'string') throw argumentError(`${what} must be a string, not ${typeName(v)}`);
  if (!isWellFormed(v)) {
    throw new BadText(`${what} has a lone surrogate at index ${surrogateAt(v)}: it has no UTF-8 form`);
  }
  return v;
}

// Bytes the core reads: a TypedArray, DataView or ArrayBuffer in place, or a
// string as UTF-8.
function bytesArg(v, what, BadText) {
  if (typeof v === 'string') return textArg(v, what, BadText);
  if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) return v;
  throw argumentError(`${what} must be a TypedArray, DataView, ArrayBuffer or string, not ${typeName(v)}`);
}

// Memory the core writes into, in place.
function memoryArg(v, what) {
  if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) return v;
  throw argumentError(`${what} must be a TypedArray, DataView or ArrayBuffer, not ${typeName(v)}`);
}

// A struct from a plain object: known keys only, each field checked; a
// missing field is 0 (false). null or undefined is no struct where the IDL
// allows it.
function structArg(v, what, fields, nullable) {
  if (v === undefined || v === null) {
    if (nullable) return null;
    throw argumentError(`${what} must be an object, not ${typeName(v)}`);
  }
  if (typeof v !== 'object') throw argumentError(`${what} must be an object, not ${typeName(v)}`);
  checkOptions(v, what, fields.map((f) => f[0]));
  const out = {};
  for (const [name, check, lo, hi] of fields) {
    const x = v[name];
    const w = `${what}.${name}`;
    if (check === 'bool') out[name] = x === undefined ? false : boolArg(x, w);
    else if (check === 'u64') out[name] = x === undefined ? 0 : u64Arg(x, w);
    else out[name] = x === undefined ? 0 : intArg(x, w, lo, hi);
  }
  return out;
}
const REGION_OPTIONS_FIELDS = [['chunkSize', 'u64'], ['byteLimit', 'u64'], ['threadSafe', 'bool']];

// -- enums: names as JavaScript sees them -----------------------------------------
const HANDLE_KIND_NAMES = Object.freeze(["none", "region", "buffer", "bytes", "string", "borrow", "object", "vector", "batch", "batch_stream", "var_vector", "list_vector", "foreign", "foreign_stream"]);
const HANDLE_KIND_VALUES = Object.freeze({ 'none': 0, 'region': 1, 'buffer': 2, 'bytes': 3, 'string': 4, 'borrow': 5, 'object': 6, 'vector': 7, 'batch': 8, 'batch_stream': 9, 'var_vector': 10, 'list_vector': 11, 'foreign': 12, 'foreign_stream': 13 });
const ELEMENT_TYPE_NAMES = Object.freeze([undefined, "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float32", "float64", "boolean", "utf8", "binary"]);
const ELEMENT_TYPE_VALUES = Object.freeze({ 'int8': 1, 'int16': 2, 'int32': 3, 'int64': 4, 'uint8': 5, 'uint16': 6, 'uint32': 7, 'uint64': 8, 'float32': 9, 'float64': 10, 'boolean': 11, 'utf8': 12, 'binary': 13 });

// -- what the IDL declares, and where JavaScript reaches each function -------------
const IDL = Object.freeze({
  file: IDL_FILE,
  hash: IDL_HASH,
  abiVersion: ABI_VERSION,
  version: VERSION,
  functions: Object.freeze({
    'weaveheap.version_number': "versionNumber",
    'weaveheap.version_string': "versionString",
    'weaveheap.abi_version': "abiVersion",
    'weaveheap.idl_hash': "idlHash",
    'weaveheap.strerror': "strerror",
    'weaveheap.free_string': "(glue) frees the results of WeaveHeapString.prototype.dup, Batch.prototype.columnName, Foreign.prototype.format",
    'weaveheap.free_bytes': "(glue) frees the results of Bytes.prototype.dup, VarVector.prototype.get",
    'error.clear': "(glue) clears the error of every failing call before it is raised",
    'region.create': "new Region",
    'region.destroy': "Region.prototype.close",
    'region.reset': "Region.prototype.reset",
    'region.stats': "Region.prototype.stats",
    'buffer.alloc': "Region.prototype.alloc",
    'buffer.release': "WeaveHeapBuffer.prototype.close",
    'buffer.size': "WeaveHeapBuffer.prototype.size",
    'buffer.write': "WeaveHeapBuffer.prototype.write",
    'buffer.read': "WeaveHeapBuffer.prototype.read",
    'bytes.create': "Region.prototype.bytes",
    'bytes.release': "Bytes.prototype.close",
    'bytes.length': "Bytes.prototype.length",
    'bytes.dup': "Bytes.prototype.dup",
    'string.create': "Region.prototype.string",
    'string.release': "WeaveHeapString.prototype.close",
    'string.length': "WeaveHeapString.prototype.length",
    'string.dup': "WeaveHeapString.prototype.dup",
    'vector.create': "Region.prototype.vector",
    'vector.release': "Vector.prototype.close",
    'vector.length': "Vector.prototype.length",
    'vector.capacity': "Vector.prototype.capacity",
    'vector.resize': "Vector.prototype.resize",
    'vector.element_type': "Vector.prototype.elementType",
    'vector.null_count': "Vector.prototype.nullCount",
    'vector.append': "Vector.prototype.append",
    'vector.extend': "Vector.prototype.extend",
    'vector.append_null': "Vector.prototype.appendNull",
    'vector.set': "Vector.prototype.set",
    'vector.get': "Vector.prototype.get",
    'vector.append_f64': "Vector.prototype.appendF64",
    'vector.set_f64': "Vector.prototype.setF64",
    'vector.get_f64': "Vector.prototype.getF64",
    'vector.is_valid': "Vector.prototype.isValid",
    'vector.read': "Vector.prototype.read",
    'vector.export_arrow': "(glue) fills the Arrow C Data structs of the glue's exports (Python's __arrow_c_array__, __arrow_c_stream__): it writes through caller addresses, which no binding could check",
    'var_vector.create': "Region.prototype.varVector",
    'var_vector.release': "VarVector.prototype.close",
    'var_vector.length': "VarVector.prototype.length",
    'var_vector.capacity': "VarVector.prototype.capacity",
    'var_vector.data_length': "VarVector.prototype.dataLength",
    'var_vector.data_capacity': "VarVector.prototype.dataCapacity",
    'var_vector.resize': "VarVector.prototype.resize",
    'var_vector.null_count': "VarVector.prototype.nullCount",
    'var_vector.is_utf8': "VarVector.prototype.isUtf8",
    'var_vector.append': "VarVector.prototype.append",
    'var_vector.append_null': "VarVector.prototype.appendNull",
    'var_vector.get': "VarVector.prototype.get",
    'var_vector.value_offset': "VarVector.prototype.valueOffset",
    'var_vector.value_length': "VarVector.prototype.valueLength",
    'var_vector.is_valid': "VarVector.prototype.isValid",
    'var_vector.read': "VarVector.prototype.read",
    'var_vector.export_arrow': "(glue) fills the Arrow C Data structs of the glue's exports (Python's __arrow_c_array__, __arrow_c_stream__): it writes through caller addresses, which no binding could check",
    'batch.create': "Region.prototype.batch",
    'batch.release': "Batch.prototype.close",
    'batch.add_column': "Batch.prototype.addColumn",
    'batch.num_columns': "Batch.prototype.numColumns",
    'batch.num_rows': "Batch.prototype.numRows",
    'batch.column_name': "Batch.prototype.columnName",
    'batch.validate': "Batch.prototype.validate",
    'batch.append_row': "Batch.prototype.appendRow",
    'batch.export_arrow': "(glue) fills the Arrow C Data structs of the glue's exports (Python's __arrow_c_array__, __arrow_c_stream__): it writes through caller addresses, which no binding could check",
    'list_vector.create': "Region.prototype.listVector",
    'list_vector.release': "ListVector.prototype.close",
    'list_vector.length': "ListVector.prototype.length",
    'list_vector.capacity': "ListVector.prototype.capacity",
    'list_vector.null_count': "ListVector.prototype.nullCount",
    'list_vector.is_map': "ListVector.prototype.isMap",
    'list_vector.is_valid': "ListVector.prototype.isValid",
    'list_vector.value_offset': "ListVector.prototype.valueOffset",
    'list_vector.value_length': "ListVector.prototype.valueLength",
    'list_vector.append': "ListVector.prototype.append",
    'list_vector.append_null': "ListVector.prototype.appendNull",
    'list_vector.lookup': "ListVector.prototype.lookup",
    'list_vector.export_arrow': "(glue) fills the Arrow C Data structs of the glue's exports (Python's __arrow_c_array__, __arrow_c_stream__): it writes through caller addresses, which no binding could check",
    'batch_stream.create': "Region.prototype.batchStream",
    'batch_stream.release': "BatchStream.prototype.close",
    'batch_stream.add_batch': "BatchStream.prototype.addBatch",
    'batch_stream.num_batches': "BatchStream.prototype.numBatches",
    'batch_stream.export_arrow': "(glue) fills the Arrow C Data structs of the glue's exports (Python's __arrow_c_array__, __arrow_c_stream__): it writes through caller addresses, which no binding could check",
    'foreign.import_array': "(glue) fills the Arrow C Data structs of the glue's exports (Python's __arrow_c_array__, __arrow_c_stream__): it writes through caller addresses, which no binding could check",
    'foreign.create': "Region.prototype.foreign",
    'foreign.release': "Foreign.prototype.close",
    'foreign.length': "Foreign.prototype.length",
    'foreign.null_count': "Foreign.prototype.nullCount",
    'foreign.offset': "Foreign.prototype.offset",
    'foreign.num_children': "Foreign.prototype.numChildren",
    'foreign.format': "Foreign.prototype.format",
    'foreign.export_arrow': "(glue) fills the Arrow C Data structs of the glue's exports (Python's __arrow_c_array__, __arrow_c_stream__): it writes through caller addresses, which no binding could check",
    'borrow.shared': "WeaveHeapBuffer.prototype.view(), Bytes.prototype.view(), WeaveHeapString.prototype.view(), Vector.prototype.view(), VarVector.prototype.view(), Foreign.prototype.view()",
    'borrow.unique': "WeaveHeapBuffer.prototype.view({ writable: true }), Bytes.prototype.view({ writable: true }), WeaveHeapString.prototype.view({ writable: true }), Vector.prototype.view({ writable: true }), VarVector.prototype.view({ writable: true }), Foreign.prototype.view({ writable: true })",
    'borrow.release': "View.prototype.close",
    'handle.kind_of': "handleKindOf",
    'stats.global': "stats",
    'stats.set_enabled': "statsSetEnabled",
    'stats.enabled': "statsEnabled",
    'publish.start': "publishStart",
    'publish.now': "publishNow",
    'publish.stop': "publishStop",
    'publish.active': "publishActive",
  }),
});

// The API over one backend: the N-API module, or one instance of the wasm
// core module. `load` is what the package calls load().
function bind(native, load) {
  // Where the backend leaves a new view's token, and [flags, byteOffset,
  // byteLength, slot] (flags: 1 writable, 2 copied; slot: the backend's own
  // number for the view, given back at close()).
  const VIEW_TOKEN = new BigUint64Array(1);
  const VIEW_META = new Float64Array(4);
  native.init(ERROR_CLASSES, VIEW_TOKEN, VIEW_META);

  // A view is a TypedArray (Uint8Array unless asked otherwise) over the core's
  // memory, with no copy: the shared borrow by default (read-only by
  // contract: JavaScript has no read-only ArrayBuffer), the unique one with
  // { writable: true }. It holds the borrow until close() (a second close()
  // does nothing), or, in Node, until its ArrayBuffer is collected.
  const VIEW_TYPES = new Map();
  const VIEW_PROTOTYPES = new Set();
  const VIEW_OPTIONS = ['writable', 'type'];

  // A view's state, in one small integer: what the core said of it (WRITABLE),
  // how it was made (SHARED, ADOPTED: a token of View.fromHandle) and CLOSED.
  const VIEW_WRITABLE = 1;
  const VIEW_SHARED = 2;
  const VIEW_ADOPTED = 4;
  const VIEW_CLOSED = 8;

  function viewClass(Base) {
    const View = class View extends Base {
      #buffer;
      #slot;
      #token;
      #state;

      constructor(adopt, buffer, byteOffset, byteLength, slot, token, state) {
        if (adopt !== kAdopt) {
          throw argumentError('views are made by view() of a WeaveHeapBuffer, Bytes, WeaveHeapString, Vector, VarVector or Foreign; View.fromHandle() adopts a token');
        }
        super(buffer, byteOffset, byteLength / Base.BYTES_PER_ELEMENT);
        this.#buffer = buffer;
        this.#slot = slot;
        this.#token = token;
        this.#state = state;
      }

      // subarray(), slice(), map() ... make plain TypedArrays (over the same
      // memory for subarray()).
      static get [Symbol.species]() { return Base; }

      /** Wraps a borrow token made elsewhere: its close() releases the token, unless a view of this backend holds it. */
      static fromHandle(token) {
        return new View(kAdopt, new ArrayBuffer(0), 0, 0, -1, handleArg(token, "View.fromHandle(): argument 'token'"),
          VIEW_SHARED | VIEW_ADOPTED);
      }

      static #of(self, what) {
        if (self !== null && typeof self === 'object' && #token in self) return self;
        throw receiverError(what, self);
      }

      /** The borrow token's handle. */
      get handle() { return View.#of(this, 'View.prototype.handle').#token; }
      /** True when the core lets the holder write (a unique view of a writable object). */
      get writable() { return (View.#of(this, 'View.prototype.writable').#state & VIEW_WRITABLE) !== 0; }
      /** True for a shared view (read-only by contract). */
      get shared() { return (View.#of(this, 'View.prototype.shared').#state & VIEW_SHARED) !== 0; }
      /** True once close() succeeded. */
      get closed() { return (View.#of(this, 'View.prototype.closed').#state & VIEW_CLOSED) !== 0; }

      close() {
        const self = View.#of(this, "View.prototype.close");
        const state = self.#state;
        if (state & VIEW_CLOSED) return;
        native.borrow_release(self.#token, state & VIEW_ADOPTED ? null : self.#buffer, self.#slot);
        self.#state = state | VIEW_CLOSED;
      }
    };
    if (hasDispose) {
      Object.defineProperty(View.prototype, Symbol.dispose, {
        value: function dispose() { this.close(); },
        configurable: true,
        writable: true,
      });
    }
    VIEW_PROTOTYPES.add(View.prototype);
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
  // The class exported as View: the Uint8Array views', and `instanceof`
  // it is true for a view of any element type.
  const View = VIEW_TYPES.get(Uint8Array);
  Object.defineProperty(View, Symbol.hasInstance, {
    value: (x) => x !== null && typeof x === 'object' && VIEW_PROTOTYPES.has(Object.getPrototypeOf(x)),
  });

  // view() of every class that has one: options { writable, type }. `kind` is
  // the class's handle kind: the backend has the core check the handle is one,
  // unless `checked` (the core said so at an earlier view of the same wrapper:
  // a handle's kind never changes, and a stale one the borrow refuses).
  const VIEW_U8 = VIEW_TYPES.get(Uint8Array);
  function makeView(handle, options, kind, checked, takeShared, takeUnique, what) {
    let writable = false;
    let type = Uint8Array;
    let V = VIEW_U8;
    if (options !== undefined) {
      const o = checkOptions(options, what, VIEW_OPTIONS);
      const w = o.writable;
      // (the message is made only when it is needed: a template string costs)
      if (w !== undefined) writable = typeof w === 'boolean' ? w : boolArg(w, `${what}: option 'writable'`);
      if (o.type !== undefined) {
        type = o.type;
        V = VIEW_TYPES.get(type);
        if (V === undefined) {
          throw argumentError(`${what}: option 'type' must be a TypedArray constructor (${[...VIEW_TYPES.keys()].map((t) => t.name).join(', ')})`);
        }
      }
    }
    const buffer = writable ? takeUnique(handle, kind, type.BYTES_PER_ELEMENT, checked)
      : takeShared(handle, kind, type.BYTES_PER_ELEMENT, checked);
    const token = VIEW_TOKEN[0];
    const flags = VIEW_META[0];
    const slot = VIEW_META[3];
    let view;
    try {
      view = new V(kAdopt, buffer, VIEW_META[1], VIEW_META[2], slot, token, (flags & 1) | (writable ? 0 : VIEW_SHARED));
    } catch (e) {
      native.view_abandon(token, slot);   // the borrow the backend took is given back
      throw e;
    }
    if (flags & 2) native.viewCopied();
    return view;
  }

  // -- raw Arrow C Data / C Stream addresses (exportArrow, exportArrowStream) --------
  const kArrow = Symbol('arrow');  // only the layer makes exports
  function arrowBackend(what) {
    if (typeof native.arrow_release !== 'function') {
      throw argumentError(`${what}: the ${native.name} backend has no raw Arrow addresses (the Node.js package has)`);
    }
  }

  /**
   * An Arrow C Data Interface export of an object (its exportArrow()): a
   * `struct ArrowSchema` and a `struct ArrowArray` on the C heap, the array
   * pointing into the object's memory without a copy and holding a shared
   * borrow of it until the array's `release` callback runs (until then the
   * object's close() and its region's reset() throw). Hand `schemaAddress` and
   * `arrayAddress` to an Arrow C Data importer: it moves the structs (marking
   * them released) and its own release gives the borrow back. release() runs
   * the callbacks no importer took; a second release() does nothing. The
   * structs' memory lives until this object is collected (which releases too).
   */
  class ArrowExport {
    #held;
    #schema;
    #array;
    #released = false;

    constructor(token, made) {
      if (token !== kArrow) throw argumentError('ArrowExport objects are made by exportArrow() and ArrowStreamExport.prototype.next()');
      [this.#held, this.#schema, this.#array] = made;
    }

    static #live(self, what) {
      if (self === null || typeof self !== 'object' || !(#held in self)) throw receiverError(what, self);
      if (self.#released) throw new StaleHandleError(`${what}: the Arrow export was released`);
      return self;
    }

    /** The address of the `struct ArrowSchema`, a bigint. */
    get schemaAddress() { return ArrowExport.#live(this, 'ArrowExport.prototype.schemaAddress').#schema; }
    /** The address of the `struct ArrowArray`, a bigint. */
    get arrayAddress() { return ArrowExport.#live(this, 'ArrowExport.prototype.arrayAddress').#array; }
    /** True once release() ran. */
    get released() {
      if (this === null || typeof this !== 'object' || !(#held in this)) throw receiverError('ArrowExport.prototype.released', this);
      return this.#released;
    }

    /** Runs the release callbacks no importer ran (giving the borrow back); a second call does nothing. */
    release() {
      if (this === null || typeof this !== 'object' || !(#held in this)) throw receiverError('ArrowExport.prototype.release', this);
      if (this.#released) return;
      native.arrow_release(this.#held);
      this.#released = true;
    }
  }

  /**
   * An Arrow C Stream Interface export of a stream of batches (its
   * exportArrowStream()): a `struct ArrowArrayStream` on the C heap holding a
   * shared borrow of the stream until its `release` callback runs. Hand
   * `streamAddress` to an importer (which moves it), or read it here: next()
   * gives each batch in turn as an ArrowExport (its schema and array; the
   * array holds its batch until released), then null; the export is an
   * iterable of the same. release() runs the callback if no importer took
   * the stream.
   */
  class ArrowStreamExport {
    #held;
    #stream;
    #released = false;

    constructor(token, made) {
      if (token !== kArrow) throw argumentError('ArrowStreamExport objects are made by exportArrowStream()');
      [this.#held, this.#stream] = made;
    }

    static #live(self, what) {
      if (self === null || typeof self !== 'object' || !(#held in self)) throw receiverError(what, self);
      if (self.#released) throw new StaleHandleError(`${what}: the Arrow stream export was released`);
      return self;
    }

    /** The address of the `struct ArrowArrayStream`, a bigint. */
    get streamAddress() { return ArrowStreamExport.#live(this, 'ArrowStreamExport.prototype.streamAddress').#stream; }
    /** True once release() ran. */
    get released() {
      if (this === null || typeof this !== 'object' || !(#held in this)) throw receiverError('ArrowStreamExport.prototype.released', this);
      return this.#released;
    }

    /**
     * The next batch as an ArrowExport, or null at the end (and at every later
     * call). A stream released, or moved to an importer, throws
     * StaleHandleError; a failure of the stream's get_next
     * InvalidArgumentError (OutOfMemoryError for ENOMEM) with its message.
     */
    next() {
      const self = ArrowStreamExport.#live(this, 'ArrowStreamExport.prototype.next');
      const made = native.arrow_stream_next(self.#held);
      return made === null ? null : new ArrowExport(kArrow, made);
    }

    /** The batches, each an ArrowExport to release. */
    *[Symbol.iterator]() {
      for (let batch = this.next(); batch !== null; batch = this.next()) yield batch;
    }

    /** Runs the stream's release callback if no importer took it (giving the borrow back); a second call does nothing. */
    release() {
      if (this === null || typeof this !== 'object' || !(#held in this)) throw receiverError('ArrowStreamExport.prototype.release', this);
      if (this.#released) return;
      native.arrow_release(this.#held);
      this.#released = true;
    }
  }
  if (hasDispose) {
    for (const cls of [ArrowExport, ArrowStreamExport]) {
      Object.defineProperty(cls.prototype, Symbol.dispose, {
        value: function dispose() { this.release(); },
        configurable: true,
        writable: true,
      });
    }
  }

  // -- classes: one per handle kind ------------------------------------------------
  /**
   * A region: an arena that owns chunks of memory and every object made in
   * it. Destroying it frees them all at once and makes their handles stale.
   */
  const Region = class Region {
    #h;
    #closed = false;

    constructor(options) {
      if (arguments[0] === kAdopt) {
        this.#h = arguments[1];
        return;
      }
      this.#h = native.region_create(structArg(options, "new Region: argument 'options'", REGION_OPTIONS_FIELDS, true));
    }

    /** Wraps a region handle made elsewhere (C, another binding); the core checks it at each call. */
    static fromHandle(handle) {
      return new Region(kAdopt, handleArg(handle, "Region.fromHandle(): argument 'handle'"));
    }

    static #of(self, what) {
      if (self !== null && typeof self === 'object' && #h in self) return self.#h;
      throw receiverError(what, self);
    }

    /** The handle, a bigint. */
    get handle() { return Region.#of(this, 'Region.prototype.handle'); }
    /** True once close() succeeded. */
    get closed() { Region.#of(this, 'Region.prototype.closed'); return this.#closed; }

    reset() {
      const h = Region.#of(this, "Region.prototype.reset");
      return native.region_reset(h);
    }

    stats() {
      const h = Region.#of(this, "Region.prototype.stats");
      return native.region_stats(h);
    }

    alloc(size, options) {
      const h = Region.#of(this, "Region.prototype.alloc");
      const o = options === undefined ? NO_OPTIONS : checkOptions(options, "Region.prototype.alloc", ["align"]);
      return new WeaveHeapBuffer(kAdopt, native.buffer_alloc(h, u64Arg(size, "Region.prototype.alloc: argument 'size'"), u64Arg(o.align ?? 16, "Region.prototype.alloc: option 'align'")));
    }

    bytes(data) {
      const h = Region.#of(this, "Region.prototype.bytes");
      return new Bytes(kAdopt, native.bytes_create(h, bytesArg(data, "Region.prototype.bytes: argument 'data'", InvalidArgumentError)));
    }

    string(text) {
      const h = Region.#of(this, "Region.prototype.string");
      return new WeaveHeapString(kAdopt, native.string_create(h, bytesArg(text, "Region.prototype.string: argument 'text'", InvalidUtf8Error)));
    }

    vector(type, capacity, options) {
      const h = Region.#of(this, "Region.prototype.vector");
      const o = options === undefined ? NO_OPTIONS : checkOptions(options, "Region.prototype.vector", ["nullable"]);
      return new Vector(kAdopt, native.vector_create(h, enumArg(type, "Region.prototype.vector: argument 'type'", ELEMENT_TYPE_VALUES), u64Arg(capacity, "Region.prototype.vector: argument 'capacity'"), boolArg(o.nullable ?? false, "Region.prototype.vector: option 'nullable'")));
    }

    varVector(capacity, dataCapacity, options) {
      const h = Region.#of(this, "Region.prototype.varVector");
      const o = options === undefined ? NO_OPTIONS : checkOptions(options, "Region.prototype.varVector", ["nullable", "binary"]);
      return new VarVector(kAdopt, native.var_vector_create(h, u64Arg(capacity, "Region.prototype.varVector: argument 'capacity'"), u64Arg(dataCapacity, "Region.prototype.varVector: argument 'dataCapacity'"), boolArg(o.nullable ?? false, "Region.prototype.varVector: option 'nullable'"), boolArg(o.binary ?? false, "Region.prototype.varVector: option 'binary'")));
    }

    batch(maxColumns) {
      const h = Region.#of(this, "Region.prototype.batch");
      return new Batch(kAdopt, native.batch_create(h, intArg(maxColumns, "Region.prototype.batch: argument 'maxColumns'", 0, 4294967295)));
    }

    listVector(child, capacity, options) {
      const h = Region.#of(this, "Region.prototype.listVector");
      const o = options === undefined ? NO_OPTIONS : checkOptions(options, "Region.prototype.listVector", ["nullable", "map"]);
      return new ListVector(kAdopt, native.list_vector_create(h, handleArg(child, "Region.prototype.listVector: argument 'child'"), u64Arg(capacity, "Region.prototype.listVector: argument 'capacity'"), boolArg(o.nullable ?? false, "Region.prototype.listVector: option 'nullable'"), boolArg(o.map ?? false, "Region.prototype.listVector: option 'map'")));
    }

    batchStream(maxBatches) {
      const h = Region.#of(this, "Region.prototype.batchStream");
      return new BatchStream(kAdopt, native.batch_stream_create(h, intArg(maxBatches, "Region.prototype.batchStream: argument 'maxBatches'", 0, 4294967295)));
    }

    foreign(type, values) {
      const h = Region.#of(this, "Region.prototype.foreign");
      return new Foreign(kAdopt, native.foreign_create(h, enumArg(type, "Region.prototype.foreign: argument 'type'", ELEMENT_TYPE_VALUES), bytesArg(values, "Region.prototype.foreign: argument 'values'", InvalidArgumentError)));
    }

    /** Releases the handle; a second close() does nothing. */
    close() {
      const h = Region.#of(this, "Region.prototype.close");
      if (this.#closed) return;
      native.region_destroy(h);
      this.#closed = true;
    }
  };
  if (hasDispose) {
    Object.defineProperty(Region.prototype, Symbol.dispose, {
      value: function dispose() { this.close(); },
      configurable: true,
      writable: true,
    });
  }

  /**
   * A mutable, sized, aligned block of memory in a region.
   */
  const WeaveHeapBuffer = class WeaveHeapBuffer {
    #h;
    #closed = false;
    #kindChecked = false;   // the core said #h is a buffer (view())

    constructor(adopt, handle) {
      if (adopt !== kAdopt) {
        throw argumentError("WeaveHeapBuffer objects are made by Region.prototype.alloc; WeaveHeapBuffer.fromHandle() adopts a handle");
      }
      this.#h = handle;
    }

    /** Wraps a buffer handle made elsewhere (C, another binding); the core checks it at each call. */
    static fromHandle(handle) {
      return new WeaveHeapBuffer(kAdopt, handleArg(handle, "WeaveHeapBuffer.fromHandle(): argument 'handle'"));
    }

    static #of(self, what) {
      if (self !== null && typeof self === 'object' && #h in self) return self.#h;
      throw receiverError(what, self);
    }

    /** The handle, a bigint. */
    get handle() { return WeaveHeapBuffer.#of(this, 'WeaveHeapBuffer.prototype.handle'); }
    /** True once close() succeeded. */
    get closed() { WeaveHeapBuffer.#of(this, 'WeaveHeapBuffer.prototype.closed'); return this.#closed; }

    size() {
      const h = WeaveHeapBuffer.#of(this, "WeaveHeapBuffer.prototype.size");
      return native.buffer_size(h);
    }

    write(offset, data) {
      const h = WeaveHeapBuffer.#of(this, "WeaveHeapBuffer.prototype.write");
      return native.buffer_write(h, u64Arg(offset, "WeaveHeapBuffer.prototype.write: argument 'offset'"), bytesArg(data, "WeaveHeapBuffer.prototype.write: argument 'data'", InvalidArgumentError));
    }

    read(offset, dst) {
      const h = WeaveHeapBuffer.#of(this, "WeaveHeapBuffer.prototype.read");
      return native.buffer_read(h, u64Arg(offset, "WeaveHeapBuffer.prototype.read: argument 'offset'"), memoryArg(dst, "WeaveHeapBuffer.prototype.read: argument 'dst'"));
    }

    view(options) {
      const view = makeView(WeaveHeapBuffer.#of(this, 'WeaveHeapBuffer.prototype.view'), options, 2, this.#kindChecked,
        native.borrow_shared, native.borrow_unique, 'WeaveHeapBuffer.prototype.view');
      this.#kindChecked = true;
      return view;
    }

    /** Releases the handle; a second close() does nothing. */
    close() {
      const h = WeaveHeapBuffer.#of(this, "WeaveHeapBuffer.prototype.close");
      if (this.#closed) return;
      native.buffer_release(h);
      this.#closed = true;
    }
  };
  if (hasDispose) {
    Object.defineProperty(WeaveHeapBuffer.prototype, Symbol.dispose, {
      value: function dispose() { this.close(); },
      configurable: true,
      writable: true,
    });
  }

  /**
   * An immutable byte string in a region.
   */
  const Bytes = class Bytes {
    #h;
    #closed = false;
    #kindChecked = false;   // the core said #h is a bytes (view())

    constructor(adopt, handle) {
      if (adopt !== kAdopt) {
        throw argumentError("Bytes objects are made by Region.prototype.bytes; Bytes.fromHandle() adopts a handle");
      }
      this.#h = handle;
    }

    /** Wraps a bytes handle made elsewhere (C, another binding); the core checks it at each call. */
    static fromHandle(handle) {
      return new Bytes(kAdopt, handleArg(handle, "Bytes.fromHandle(): argument 'handle'"));
    }

    static #of(self, what) {
      if (self !== null && typeof self === 'object' && #h in self) return self.#h;
      throw receiverError(what, self);
    }

    /** The handle, a bigint. */
    get handle() { return Bytes.#of(this, 'Bytes.prototype.handle'); }
    /** True once close() succeeded. */
    get closed() { Bytes.#of(this, 'Bytes.prototype.closed'); return this.#closed; }

    length() {
      const h = Bytes.#of(this, "Bytes.prototype.length");
      return native.bytes_length(h);
    }

    dup() {
      const h = Bytes.#of(this, "Bytes.prototype.dup");
      return native.bytes_dup(h);
    }

    view(options) {
      const view = makeView(Bytes.#of(this, 'Bytes.prototype.view'), options, 3, this.#kindChecked,
        native.borrow_shared, native.borrow_unique, 'Bytes.prototype.view');
      this.#kindChecked = true;
      return view;
    }

    /** Releases the handle; a second close() does nothing. */
    close() {
      const h = Bytes.#of(this, "Bytes.prototype.close");
      if (this.#closed) return;
      native.bytes_release(h);
      this.#closed = true;
    }
  };
  if (hasDispose) {
    Object.defineProperty(Bytes.prototype, Symbol.dispose, {
      value: function dispose() { this.close(); },
      configurable: true,
      writable: true,
    });
  }

  /**
   * An immutable, validated UTF-8 string in a region, stored with a trailing
   * NUL so that C can read it in place.
   */
  const WeaveHeapString = class WeaveHeapString {
    #h;
    #closed = false;
    #kindChecked = false;   // the core said #h is a string (view())

    constructor(adopt, handle) {
      if (adopt !== kAdopt) {
        throw argumentError("WeaveHeapString objects are made by Region.prototype.string; WeaveHeapString.fromHandle() adopts a handle");
      }
      this.#h = handle;
    }

    /** Wraps a string handle made elsewhere (C, another binding); the core checks it at each call. */
    static fromHandle(handle) {
      return new WeaveHeapString(kAdopt, handleArg(handle, "WeaveHeapString.fromHandle(): argument 'handle'"));
    }

    static #of(self, what) {
      if (self !== null && typeof self === 'object' && #h in self) return self.#h;
      throw receiverError(what, self);
    }

    /** The handle, a bigint. */
    get handle() { return WeaveHeapString.#of(this, 'WeaveHeapString.prototype.handle'); }
    /** True once close() succeeded. */
    get closed() { WeaveHeapString.#of(this, 'WeaveHeapString.prototype.closed'); return this.#closed; }

    length() {
      const h = WeaveHeapString.#of(this, "WeaveHeapString.prototype.length");
      return native.string_length(h);
    }

    dup() {
      const h = WeaveHeapString.#of(this, "WeaveHeapString.prototype.dup");
      return native.string_dup(h);
    }

    view(options) {
      const view = makeView(WeaveHeapString.#of(this, 'WeaveHeapString.prototype.view'), options, 4, this.#kindChecked,
        native.borrow_shared, native.borrow_unique, 'WeaveHeapString.prototype.view');
      this.#kindChecked = true;
      return view;
    }

    /** Releases the handle; a second close() does nothing. */
    close() {
      const h = WeaveHeapString.#of(this, "WeaveHeapString.prototype.close");
      if (this.#closed) return;
      native.string_release(h);
      this.#closed = true;
    }
  };
  if (hasDispose) {
    Object.defineProperty(WeaveHeapString.prototype, Symbol.dispose, {
      value: function dispose() { this.close(); },
      configurable: true,
      writable: true,
    });
  }

  /**
   * A typed column of fixed-width values in a region, laid out as an Arrow
   * primitive array (values, and a validity bitmap when it is nullable): its
   * views and Arrow exports read it in place.
   */
  const Vector = class Vector {
    #h;
    #closed = false;
    #kindChecked = false;   // the core said #h is a vector (view())

    constructor(adopt, handle) {
      if (adopt !== kAdopt) {
        throw argumentError("Vector objects are made by Region.prototype.vector; Vector.fromHandle() adopts a handle");
      }
      this.#h = handle;
    }

    /** Wraps a vector handle made elsewhere (C, another binding); the core checks it at each call. */
    static fromHandle(handle) {
      return new Vector(kAdopt, handleArg(handle, "Vector.fromHandle(): argument 'handle'"));
    }

    static #of(self, what) {
      if (self !== null && typeof self === 'object' && #h in self) return self.#h;
      throw receiverError(what, self);
    }

    /** The handle, a bigint. */
    get handle() { return Vector.#of(this, 'Vector.prototype.handle'); }
    /** True once close() succeeded. */
    get closed() { Vector.#of(this, 'Vector.prototype.closed'); return this.#closed; }

    length() {
      const h = Vector.#of(this, "Vector.prototype.length");
      return native.vector_length(h);
    }

    capacity() {
      const h = Vector.#of(this, "Vector.prototype.capacity");
      return native.vector_capacity(h);
    }

    resize(capacity) {
      const h = Vector.#of(this, "Vector.prototype.resize");
      return native.vector_resize(h, u64Arg(capacity, "Vector.prototype.resize: argument 'capacity'"));
    }

    elementType() {
      const h = Vector.#of(this, "Vector.prototype.elementType");
      return ELEMENT_TYPE_NAMES[native.vector_element_type(h)];
    }

    nullCount() {
      const h = Vector.#of(this, "Vector.prototype.nullCount");
      return native.vector_null_count(h);
    }

    append(value) {
      const h = Vector.#of(this, "Vector.prototype.append");
      return native.vector_append(h, intArg(value, "Vector.prototype.append: argument 'value'", -9223372036854775808n, 9223372036854775807n));
    }

    extend(data) {
      const h = Vector.#of(this, "Vector.prototype.extend");
      return native.vector_extend(h, bytesArg(data, "Vector.prototype.extend: argument 'data'", InvalidArgumentError));
    }

    appendNull() {
      const h = Vector.#of(this, "Vector.prototype.appendNull");
      return native.vector_append_null(h);
    }

    set(index, value) {
      const h = Vector.#of(this, "Vector.prototype.set");
      return native.vector_set(h, u64Arg(index, "Vector.prototype.set: argument 'index'"), intArg(value, "Vector.prototype.set: argument 'value'", -9223372036854775808n, 9223372036854775807n));
    }

    get(index) {
      const h = Vector.#of(this, "Vector.prototype.get");
      return native.vector_get(h, u64Arg(index, "Vector.prototype.get: argument 'index'"));
    }

    appendF64(value) {
      const h = Vector.#of(this, "Vector.prototype.appendF64");
      return native.vector_append_f64(h, floatArg(value, "Vector.prototype.appendF64: argument 'value'"));
    }

    setF64(index, value) {
      const h = Vector.#of(this, "Vector.prototype.setF64");
      return native.vector_set_f64(h, u64Arg(index, "Vector.prototype.setF64: argument 'index'"), floatArg(value, "Vector.prototype.setF64: argument 'value'"));
    }

    getF64(index) {
      const h = Vector.#of(this, "Vector.prototype.getF64");
      return native.vector_get_f64(h, u64Arg(index, "Vector.prototype.getF64: argument 'index'"));
    }

    isValid(index) {
      const h = Vector.#of(this, "Vector.prototype.isValid");
      return native.vector_is_valid(h, u64Arg(index, "Vector.prototype.isValid: argument 'index'"));
    }

    read(offset, dst) {
      const h = Vector.#of(this, "Vector.prototype.read");
      return native.vector_read(h, u64Arg(offset, "Vector.prototype.read: argument 'offset'"), memoryArg(dst, "Vector.prototype.read: argument 'dst'"));
    }

    /** The vector through the Arrow C Data Interface: an ArrowExport of its structs' addresses (N-API backend). */
    exportArrow() {
      const h = Vector.#of(this, 'Vector.prototype.exportArrow');
      arrowBackend('Vector.prototype.exportArrow');
      return new ArrowExport(kArrow, native.vector_export_arrow(h));
    }

    view(options) {
      const view = makeView(Vector.#of(this, 'Vector.prototype.view'), options, 7, this.#kindChecked,
        native.borrow_shared, native.borrow_unique, 'Vector.prototype.view');
      this.#kindChecked = true;
      return view;
    }

    /** Releases the handle; a second close() does nothing. */
    close() {
      const h = Vector.#of(this, "Vector.prototype.close");
      if (this.#closed) return;
      native.vector_release(h);
      this.#closed = true;
    }
  };
  if (hasDispose) {
    Object.defineProperty(Vector.prototype, Symbol.dispose, {
      value: function dispose() { this.close(); },
      configurable: true,
      writable: true,
    });
  }

  /**
   * A record batch: named vectors of equal length (Arrow's record batch, a
   * struct array of them). It holds a shared borrow of each column, so a
   * column cannot change, or be released, while it is in a batch; release
   * the batch (before the region's reset or destroy) to give them back.
   */
  const Batch = class Batch {
    #h;
    #closed = false;

    constructor(adopt, handle) {
      if (adopt !== kAdopt) {
        throw argumentError("Batch objects are made by Region.prototype.batch; Batch.fromHandle() adopts a handle");
      }
      this.#h = handle;
    }

    /** Wraps a batch handle made elsewhere (C, another binding); the core checks it at each call. */
    static fromHandle(handle) {
      return new Batch(kAdopt, handleArg(handle, "Batch.fromHandle(): argument 'handle'"));
    }

    static #of(self, what) {
      if (self !== null && typeof self === 'object' && #h in self) return self.#h;
      throw receiverError(what, self);
    }

    /** The handle, a bigint. */
    get handle() { return Batch.#of(this, 'Batch.prototype.handle'); }
    /** True once close() succeeded. */
    get closed() { Batch.#of(this, 'Batch.prototype.closed'); return this.#closed; }

    addColumn(name, column) {
      const h = Batch.#of(this, "Batch.prototype.addColumn");
      return native.batch_add_column(h, bytesArg(name, "Batch.prototype.addColumn: argument 'name'", InvalidArgumentError), handleArg(column, "Batch.prototype.addColumn: argument 'column'"));
    }

    numColumns() {
      const h = Batch.#of(this, "Batch.prototype.numColumns");
      return native.batch_num_columns(h);
    }

    numRows() {
      const h = Batch.#of(this, "Batch.prototype.numRows");
      return native.batch_num_rows(h);
    }

    columnName(index) {
      const h = Batch.#of(this, "Batch.prototype.columnName");
      return native.batch_column_name(h, u64Arg(index, "Batch.prototype.columnName: argument 'index'"));
    }

    validate() {
      const h = Batch.#of(this, "Batch.prototype.validate");
      return native.batch_validate(h);
    }

    appendRow(row) {
      const h = Batch.#of(this, "Batch.prototype.appendRow");
      return native.batch_append_row(h, bytesArg(row, "Batch.prototype.appendRow: argument 'row'", InvalidArgumentError));
    }

    /** The batch through the Arrow C Data Interface: an ArrowExport of its structs' addresses (N-API backend). */
    exportArrow() {
      const h = Batch.#of(this, 'Batch.prototype.exportArrow');
      arrowBackend('Batch.prototype.exportArrow');
      return new ArrowExport(kArrow, native.batch_export_arrow(h));
    }

    /** Releases the handle; a second close() does nothing. */
    close() {
      const h = Batch.#of(this, "Batch.prototype.close");
      if (this.#closed) return;
      native.batch_release(h);
      this.#closed = true;
    }
  };
  if (hasDispose) {
    Object.defineProperty(Batch.prototype, Symbol.dispose, {
      value: function dispose() { this.close(); },
      configurable: true,
      writable: true,
    });
  }

  /**
   * A stream of record batches of one schema, exported through the Arrow C
   * Stream Interface. It holds a shared borrow of each batch (which holds
   * its columns) until it is released.
   */
  const BatchStream = class BatchStream {
    #h;
    #closed = false;

    constructor(adopt, handle) {
      if (adopt !== kAdopt) {
        throw argumentError("BatchStream objects are made by Region.prototype.batchStream; BatchStream.fromHandle() adopts a handle");
      }
      this.#h = handle;
    }

    /** Wraps a batch_stream handle made elsewhere (C, another binding); the core checks it at each call. */
    static fromHandle(handle) {
      return new BatchStream(kAdopt, handleArg(handle, "BatchStream.fromHandle(): argument 'handle'"));
    }

    static #of(self, what) {
      if (self !== null && typeof self === 'object' && #h in self) return self.#h;
      throw receiverError(what, self);
    }

    /** The handle, a bigint. */
    get handle() { return BatchStream.#of(this, 'BatchStream.prototype.handle'); }
    /** True once close() succeeded. */
    get closed() { BatchStream.#of(this, 'BatchStream.prototype.closed'); return this.#closed; }

    addBatch(batch) {
      const h = BatchStream.#of(this, "BatchStream.prototype.addBatch");
      return native.batch_stream_add_batch(h, handleArg(batch, "BatchStream.prototype.addBatch: argument 'batch'"));
    }

    numBatches() {
      const h = BatchStream.#of(this, "BatchStream.prototype.numBatches");
      return native.batch_stream_num_batches(h);
    }

    /** The batch_stream through the Arrow C Stream Interface: an ArrowStreamExport of its struct's address (N-API backend). */
    exportArrowStream() {
      const h = BatchStream.#of(this, 'BatchStream.prototype.exportArrowStream');
      arrowBackend('BatchStream.prototype.exportArrowStream');
      return new ArrowStreamExport(kArrow, native.batch_stream_export_arrow(h));
    }

    /** Exports the stream and yields each batch as an ArrowExport (to release); the stream export is released when the loop ends. */
    *batches() {
      const stream = this.exportArrowStream();
      try {
        yield* stream;
      } finally {
        stream.release();
      }
    }

    /** Releases the handle; a second close() does nothing. */
    close() {
      const h = BatchStream.#of(this, "BatchStream.prototype.close");
      if (this.#closed) return;
      native.batch_stream_release(h);
      this.#closed = true;
    }
  };
  if (hasDispose) {
    Object.defineProperty(BatchStream.prototype, Symbol.dispose, {
      value: function dispose() { this.close(); },
      configurable: true,
      writable: true,
    });
  }

  /**
   * A column of values of any size, laid out as Arrow lays out `utf8` ("u")
   * and `binary` ("z") arrays: int32 offsets (capacity + 1 of them), the
   * values' bytes end to end, and a validity bitmap when it is nullable. Its
   * views (the data bytes so far) and Arrow exports read it in place.
   */
  const VarVector = class VarVector {
    #h;
    #closed = false;
    #kindChecked = false;   // the core said #h is a var_vector (view())

    constructor(adopt, handle) {
      if (adopt !== kAdopt) {
        throw argumentError("VarVector objects are made by Region.prototype.varVector; VarVector.fromHandle() adopts a handle");
      }
      this.#h = handle;
    }

    /** Wraps a var_vector handle made elsewhere (C, another binding); the core checks it at each call. */
    static fromHandle(handle) {
      return new VarVector(kAdopt, handleArg(handle, "VarVector.fromHandle(): argument 'handle'"));
    }

    static #of(self, what) {
      if (self !== null && typeof self === 'object' && #h in self) return self.#h;
      throw receiverError(what, self);
    }

    /** The handle, a bigint. */
    get handle() { return VarVector.#of(this, 'VarVector.prototype.handle'); }
    /** True once close() succeeded. */
    get closed() { VarVector.#of(this, 'VarVector.prototype.closed'); return this.#closed; }

    length() {
      const h = VarVector.#of(this, "VarVector.prototype.length");
      return native.var_vector_length(h);
    }

    capacity() {
      const h = VarVector.#of(this, "VarVector.prototype.capacity");
      return native.var_vector_capacity(h);
    }

    dataLength() {
      const h = VarVector.#of(this, "VarVector.prototype.dataLength");
      return native.var_vector_data_length(h);
    }

    dataCapacity() {
      const h = VarVector.#of(this, "VarVector.prototype.dataCapacity");
      return native.var_vector_data_capacity(h);
    }

    resize(capacity, dataCapacity) {
      const h = VarVector.#of(this, "VarVector.prototype.resize");
      return native.var_vector_resize(h, u64Arg(capacity, "VarVector.prototype.resize: argument 'capacity'"), u64Arg(dataCapacity, "VarVector.prototype.resize: argument 'dataCapacity'"));
    }

    nullCount() {
      const h = VarVector.#of(this, "VarVector.prototype.nullCount");
      return native.var_vector_null_count(h);
    }

    isUtf8() {
      const h = VarVector.#of(this, "VarVector.prototype.isUtf8");
      return native.var_vector_is_utf8(h);
    }

    append(value) {
      const h = VarVector.#of(this, "VarVector.prototype.append");
      return native.var_vector_append(h, bytesArg(value, "VarVector.prototype.append: argument 'value'", InvalidUtf8Error));
    }

    appendNull() {
      const h = VarVector.#of(this, "VarVector.prototype.appendNull");
      return native.var_vector_append_null(h);
    }

    get(index) {
      const h = VarVector.#of(this, "VarVector.prototype.get");
      return native.var_vector_get(h, u64Arg(index, "VarVector.prototype.get: argument 'index'"));
    }

    valueOffset(index) {
      const h = VarVector.#of(this, "VarVector.prototype.valueOffset");
      return native.var_vector_value_offset(h, u64Arg(index, "VarVector.prototype.valueOffset: argument 'index'"));
    }

    valueLength(index) {
      const h = VarVector.#of(this, "VarVector.prototype.valueLength");
      return native.var_vector_value_length(h, u64Arg(index, "VarVector.prototype.valueLength: argument 'index'"));
    }

    isValid(index) {
      const h = VarVector.#of(this, "VarVector.prototype.isValid");
      return native.var_vector_is_valid(h, u64Arg(index, "VarVector.prototype.isValid: argument 'index'"));
    }

    read(offset, dst) {
      const h = VarVector.#of(this, "VarVector.prototype.read");
      return native.var_vector_read(h, u64Arg(offset, "VarVector.prototype.read: argument 'offset'"), memoryArg(dst, "VarVector.prototype.read: argument 'dst'"));
    }

    /** The var_vector through the Arrow C Data Interface: an ArrowExport of its structs' addresses (N-API backend). */
    exportArrow() {
      const h = VarVector.#of(this, 'VarVector.prototype.exportArrow');
      arrowBackend('VarVector.prototype.exportArrow');
      return new ArrowExport(kArrow, native.var_vector_export_arrow(h));
    }

    view(options) {
      const view = makeView(VarVector.#of(this, 'VarVector.prototype.view'), options, 10, this.#kindChecked,
        native.borrow_shared, native.borrow_unique, 'VarVector.prototype.view');
      this.#kindChecked = true;
      return view;
    }

    /** Releases the handle; a second close() does nothing. */
    close() {
      const h = VarVector.#of(this, "VarVector.prototype.close");
      if (this.#closed) return;
      native.var_vector_release(h);
      this.#closed = true;
    }
  };
  if (hasDispose) {
    Object.defineProperty(VarVector.prototype, Symbol.dispose, {
      value: function dispose() { this.close(); },
      configurable: true,
      writable: true,
    });
  }

  /**
   * A column of lists (Arrow's "+l"), or of maps ("+m": lists of key/value
   * entries), laid out as Arrow lays them out: int32 offsets (capacity + 1 of
   * them) into one child column, and a validity bitmap when it is nullable.
   * It holds a shared borrow of its child (any column, nested ones included)
   * until it is released, as a batch holds its columns.
   */
  const ListVector = class ListVector {
    #h;
    #closed = false;

    constructor(adopt, handle) {
      if (adopt !== kAdopt) {
        throw argumentError("ListVector objects are made by Region.prototype.listVector; ListVector.fromHandle() adopts a handle");
      }
      this.#h = handle;
    }

    /** Wraps a list_vector handle made elsewhere (C, another binding); the core checks it at each call. */
    static fromHandle(handle) {
      return new ListVector(kAdopt, handleArg(handle, "ListVector.fromHandle(): argument 'handle'"));
    }

    static #of(self, what) {
      if (self !== null && typeof self === 'object' && #h in self) return self.#h;
      throw receiverError(what, self);
    }

    /** The handle, a bigint. */
    get handle() { return ListVector.#of(this, 'ListVector.prototype.handle'); }
    /** True once close() succeeded. */
    get closed() { ListVector.#of(this, 'ListVector.prototype.closed'); return this.#closed; }

    length() {
      const h = ListVector.#of(this, "ListVector.prototype.length");
      return native.list_vector_length(h);
    }

    capacity() {
      const h = ListVector.#of(this, "ListVector.prototype.capacity");
      return native.list_vector_capacity(h);
    }

    nullCount() {
      const h = ListVector.#of(this, "ListVector.prototype.nullCount");
      return native.list_vector_null_count(h);
    }

    isMap() {
      const h = ListVector.#of(this, "ListVector.prototype.isMap");
      return native.list_vector_is_map(h);
    }

    isValid(index) {
      const h = ListVector.#of(this, "ListVector.prototype.isValid");
      return native.list_vector_is_valid(h, u64Arg(index, "ListVector.prototype.isValid: argument 'index'"));
    }

    valueOffset(index) {
      const h = ListVector.#of(this, "ListVector.prototype.valueOffset");
      return native.list_vector_value_offset(h, u64Arg(index, "ListVector.prototype.valueOffset: argument 'index'"));
    }

    valueLength(index) {
      const h = ListVector.#of(this, "ListVector.prototype.valueLength");
      return native.list_vector_value_length(h, u64Arg(index, "ListVector.prototype.valueLength: argument 'index'"));
    }

    append(value) {
      const h = ListVector.#of(this, "ListVector.prototype.append");
      return native.list_vector_append(h, bytesArg(value, "ListVector.prototype.append: argument 'value'", InvalidArgumentError));
    }

    appendNull() {
      const h = ListVector.#of(this, "ListVector.prototype.appendNull");
      return native.list_vector_append_null(h);
    }

    lookup(index, key) {
      const h = ListVector.#of(this, "ListVector.prototype.lookup");
      return native.list_vector_lookup(h, u64Arg(index, "ListVector.prototype.lookup: argument 'index'"), bytesArg(key, "ListVector.prototype.lookup: argument 'key'", InvalidArgumentError));
    }

    /** The list_vector through the Arrow C Data Interface: an ArrowExport of its structs' addresses (N-API backend). */
    exportArrow() {
      const h = ListVector.#of(this, 'ListVector.prototype.exportArrow');
      arrowBackend('ListVector.prototype.exportArrow');
      return new ArrowExport(kArrow, native.list_vector_export_arrow(h));
    }

    /** Releases the handle; a second close() does nothing. */
    close() {
      const h = ListVector.#of(this, "ListVector.prototype.close");
      if (this.#closed) return;
      native.list_vector_release(h);
      this.#closed = true;
    }
  };
  if (hasDispose) {
    Object.defineProperty(ListVector.prototype, Symbol.dispose, {
      value: function dispose() { this.close(); },
      configurable: true,
      writable: true,
    });
  }

  /**
   * An Arrow array a foreign producer made (any format, nested too), taken
   * into a region without a copy (`foreign.import_array`): the region holds
   * the producer's memory until the foreign is released or the region reset
   * or destroyed, and then calls the producer's `release` callbacks (the
   * array's, then the schema's) exactly once, on the thread doing that.
   */
  const Foreign = class Foreign {
    #h;
    #closed = false;
    #kindChecked = false;   // the core said #h is a foreign (view())

    constructor(adopt, handle) {
      if (adopt !== kAdopt) {
        throw argumentError("Foreign objects are made by Region.prototype.foreign; Foreign.fromHandle() adopts a handle");
      }
      this.#h = handle;
    }

    /** Wraps a foreign handle made elsewhere (C, another binding); the core checks it at each call. */
    static fromHandle(handle) {
      return new Foreign(kAdopt, handleArg(handle, "Foreign.fromHandle(): argument 'handle'"));
    }

    static #of(self, what) {
      if (self !== null && typeof self === 'object' && #h in self) return self.#h;
      throw receiverError(what, self);
    }

    /** The handle, a bigint. */
    get handle() { return Foreign.#of(this, 'Foreign.prototype.handle'); }
    /** True once close() succeeded. */
    get closed() { Foreign.#of(this, 'Foreign.prototype.closed'); return this.#closed; }

    length() {
      const h = Foreign.#of(this, "Foreign.prototype.length");
      return native.foreign_length(h);
    }

    nullCount() {
      const h = Foreign.#of(this, "Foreign.prototype.nullCount");
      return native.foreign_null_count(h);
    }

    offset() {
      const h = Foreign.#of(this, "Foreign.prototype.offset");
      return native.foreign_offset(h);
    }

    numChildren() {
      const h = Foreign.#of(this, "Foreign.prototype.numChildren");
      return native.foreign_num_children(h);
    }

    format() {
      const h = Foreign.#of(this, "Foreign.prototype.format");
      return native.foreign_format(h);
    }

    /** The foreign through the Arrow C Data Interface: an ArrowExport of its structs' addresses (N-API backend). */
    exportArrow() {
      const h = Foreign.#of(this, 'Foreign.prototype.exportArrow');
      arrowBackend('Foreign.prototype.exportArrow');
      return new ArrowExport(kArrow, native.foreign_export_arrow(h));
    }

    view(options) {
      const view = makeView(Foreign.#of(this, 'Foreign.prototype.view'), options, 12, this.#kindChecked,
        native.borrow_shared, native.borrow_unique, 'Foreign.prototype.view');
      this.#kindChecked = true;
      return view;
    }

    /** Releases the handle; a second close() does nothing. */
    close() {
      const h = Foreign.#of(this, "Foreign.prototype.close");
      if (this.#closed) return;
      native.foreign_release(h);
      this.#closed = true;
    }
  };
  if (hasDispose) {
    Object.defineProperty(Foreign.prototype, Symbol.dispose, {
      value: function dispose() { this.close(); },
      configurable: true,
      writable: true,
    });
  }

  // -- library functions ------------------------------------------------------------
  function strerror(code) {
    return native.strerror(intArg(code, "strerror: argument 'code'", -2147483648, 2147483647));
  }

  function handleKindOf(handle) {
    return HANDLE_KIND_NAMES[native.handle_kind_of(handleArg(handle, "handleKindOf: argument 'handle'"))];
  }

  function statsSetEnabled(enabled) {
    return native.stats_set_enabled(boolArg(enabled, "statsSetEnabled: argument 'enabled'"));
  }

  function publishStart(options) {
    const o = options === undefined ? NO_OPTIONS : checkOptions(options, "publishStart", ["intervalMs"]);
    return native.publish_start(intArg(o.intervalMs ?? 0, "publishStart: option 'intervalMs'", 0, 4294967295));
  }

  // Diagnostics of the backend: which one, and the addresses that prove a
  // view is the core's memory (docs/node.md, "Backends").
  const backend = Object.freeze({
    name: native.name,
    views: native.views,
    memory: native.memory,
    exports: native.exports,
    apiTable: native.apiTable ?? null,
    /** The address of a TypedArray's first byte, as JavaScript sees it (wasm: an offset in linear memory). */
    addressOf: (array) => native.addressOf(memoryArg(array, 'backend.addressOf(): argument \'array\'')),
    /** The address of an object's first byte as the core lends it (a shared borrow, taken and given back). */
    coreAddressOf: (object) => native.coreAddressOf(handleArg(object, 'backend.coreAddressOf(): argument \'object\'')),
  });

  const exports = {
    VERSION,
    ABI_VERSION,
    IDL_HASH,
    IDL,
    MAX_ALIGN,
    MAX_SIZE,
    DEFAULT_ALIGN,
    DEFAULT_CHUNK_SIZE,
    versionNumber: native.version_number,
    versionString: native.version_string,
    abiVersion: native.abi_version,
    idlHash: native.idl_hash,
    strerror,
    handleKindOf,
    stats: native.stats_global,
    statsSetEnabled,
    statsEnabled: native.stats_enabled,
    publishStart,
    publishNow: native.publish_now,
    publishStop: native.publish_stop,
    publishActive: native.publish_active,
    Region,
    WeaveHeapBuffer,
    Bytes,
    WeaveHeapString,
    Vector,
    Batch,
    BatchStream,
    VarVector,
    ListVector,
    Foreign,
    View,
    ArrowExport,
    ArrowStreamExport,
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
    SystemCallError,
    load,
    backend,
  };
  // `import wh from` in CommonJS transpiled code reads `.default`.
  Object.defineProperty(exports, 'default', { value: exports });
  return Object.freeze(exports);
}

// -- the N-API backend, and the ABI guard --------------------------------------
const ADDON = path.join(__dirname, 'prebuilds', `${process.platform}-${process.arch}`, 'weaveheap.node');
const REBUILD = 'rebuild it: cmake -S . -B build -DWEAVEHEAP_NODE=ON && cmake --build build --target ' +
  'weaveheap_node_package, then reinstall the tarball (build/bindings/node/weaveheap-' + VERSION + '.tgz)';

function loadNative() {
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

// Where the runtime refuses external ArrayBuffers (Electron's V8 sandbox),
// views are copies: said once.
let copyWarned = false;
function warnCopy() {
  if (copyWarned) return;
  copyWarned = true;
  process.emitWarning('this runtime refuses external ArrayBuffers, so weaveheap views are copies: ' +
    'they are counted in stats().copies, and a unique view is written back at close()',
    { code: 'WEAVEHEAP_VIEW_COPY' });
}

const native = loadNative();
module.exports = bind({ ...native, name: 'napi', memory: null, exports: null, viewCopied: warnCopy },
  // The same entry point as the wasm glue's: here the module is loaded already.
  async function load() { return module.exports; });
