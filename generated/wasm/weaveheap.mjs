// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
/**
 * weaveheap 0.1.0 in WebAssembly: the same JavaScript API as the
 * Node.js package (the same layer, generated from the same surface; one
 * index.d.ts), over the core module built for wasm32 (weaveheap.wasm,
 * wasm/CMakeLists.txt), which exports the C API as it is. Node 18 or later,
 * and browsers.
 *
 *     import { load } from './weaveheap.mjs';
 *     const wh = await load();                 // the shape of require('weaveheap')
 *     const region = new wh.Region();
 *     const buf = region.alloc(64);
 *     const view = buf.view({ writable: true }); // a Uint8Array over linear memory
 *     view.set([1, 2, 3]);
 *     view.close();
 *     region.close();
 *
 * The differences from Node.js are WebAssembly's: a view is a window on the
 * module's memory, so growing the memory (any allocation may) empties every
 * live view (length 0: take a new one), and close() ends the borrow but
 * cannot detach the window (do not use a closed view); publishing live stats
 * needs threads and files, which the module has not (invalid_argument).
 *
 * Memory the glue allocates in the module (malloc/free, exported next to the
 * C API): one error struct, two view structs and a scratch area for
 * arguments, for the life of the instance; arguments too big for the scratch
 * area are allocated for the call and freed before it returns. Memory the
 * core hands out (dup) is copied into JavaScript values and freed at once.
 */

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

// -- what does not need an instance ----------------------------------------------
export {
  VERSION,
  ABI_VERSION,
  IDL_HASH,
  IDL,
  MAX_ALIGN,
  MAX_SIZE,
  DEFAULT_ALIGN,
  DEFAULT_CHUNK_SIZE,
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
};

/* Every export the glue calls: the IDL's functions, and the allocator. */
const EXPORTS = [
  'weaveheap_version_number',
  'weaveheap_version_string',
  'weaveheap_abi_version',
  'weaveheap_idl_hash',
  'weaveheap_strerror',
  'weaveheap_free_string',
  'weaveheap_free_bytes',
  'weaveheap_api_table',
  'weaveheap_error_clear',
  'weaveheap_error_set',
  'weaveheap_region_create',
  'weaveheap_region_destroy',
  'weaveheap_region_reset',
  'weaveheap_region_stats',
  'weaveheap_buffer_alloc',
  'weaveheap_buffer_release',
  'weaveheap_buffer_size',
  'weaveheap_buffer_write',
  'weaveheap_buffer_read',
  'weaveheap_bytes_create',
  'weaveheap_bytes_release',
  'weaveheap_bytes_length',
  'weaveheap_bytes_dup',
  'weaveheap_string_create',
  'weaveheap_string_release',
  'weaveheap_string_length',
  'weaveheap_string_dup',
  'weaveheap_vector_create',
  'weaveheap_vector_release',
  'weaveheap_vector_length',
  'weaveheap_vector_capacity',
  'weaveheap_vector_resize',
  'weaveheap_vector_element_type',
  'weaveheap_vector_null_count',
  'weaveheap_vector_append',
  'weaveheap_vector_extend',
  'weaveheap_vector_append_null',
  'weaveheap_vector_set',
  'weaveheap_vector_get',
  'weaveheap_vector_append_f64',
  'weaveheap_vector_set_f64',
  'weaveheap_vector_get_f64',
  'weaveheap_vector_is_valid',
  'weaveheap_vector_read',
  'weaveheap_vector_export_arrow',
  'weaveheap_var_vector_create',
  'weaveheap_var_vector_release',
  'weaveheap_var_vector_length',
  'weaveheap_var_vector_capacity',
  'weaveheap_var_vector_data_length',
  'weaveheap_var_vector_data_capacity',
  'weaveheap_var_vector_resize',
  'weaveheap_var_vector_null_count',
  'weaveheap_var_vector_is_utf8',
  'weaveheap_var_vector_append',
  'weaveheap_var_vector_append_null',
  'weaveheap_var_vector_get',
  'weaveheap_var_vector_value_offset',
  'weaveheap_var_vector_value_length',
  'weaveheap_var_vector_is_valid',
  'weaveheap_var_vector_read',
  'weaveheap_var_vector_export_arrow',
  'weaveheap_batch_create',
  'weaveheap_batch_release',
  'weaveheap_batch_add_column',
  'weaveheap_batch_num_columns',
  'weaveheap_batch_num_rows',
  'weaveheap_batch_column_name',
  'weaveheap_batch_validate',
  'weaveheap_batch_append_row',
  'weaveheap_batch_export_arrow',
  'weaveheap_list_vector_create',
  'weaveheap_list_vector_release',
  'weaveheap_list_vector_length',
  'weaveheap_list_vector_capacity',
  'weaveheap_list_vector_null_count',
  'weaveheap_list_vector_is_map',
  'weaveheap_list_vector_is_valid',
  'weaveheap_list_vector_value_offset',
  'weaveheap_list_vector_value_length',
  'weaveheap_list_vector_append',
  'weaveheap_list_vector_append_null',
  'weaveheap_list_vector_lookup',
  'weaveheap_list_vector_export_arrow',
  'weaveheap_batch_stream_create',
  'weaveheap_batch_stream_release',
  'weaveheap_batch_stream_add_batch',
  'weaveheap_batch_stream_num_batches',
  'weaveheap_batch_stream_export_arrow',
  'weaveheap_stream_source_create',
  'weaveheap_stream_source_create_owned',
  'weaveheap_foreign_import_array',
  'weaveheap_foreign_create',
  'weaveheap_foreign_import_vector',
  'weaveheap_foreign_release',
  'weaveheap_foreign_length',
  'weaveheap_foreign_null_count',
  'weaveheap_foreign_offset',
  'weaveheap_foreign_num_children',
  'weaveheap_foreign_format',
  'weaveheap_foreign_export_arrow',
  'weaveheap_foreign_stream_import_stream',
  'weaveheap_foreign_stream_import_batch_stream',
  'weaveheap_foreign_stream_next',
  'weaveheap_foreign_stream_release',
  'weaveheap_borrow_shared',
  'weaveheap_borrow_unique',
  'weaveheap_borrow_release',
  'weaveheap_object_register_kind',
  'weaveheap_object_create',
  'weaveheap_object_get',
  'weaveheap_object_borrow',
  'weaveheap_object_release',
  'weaveheap_handle_kind_of',
  'weaveheap_stats_global',
  'weaveheap_stats_set_enabled',
  'weaveheap_stats_enabled',
  'weaveheap_publish_start',
  'weaveheap_publish_now',
  'weaveheap_publish_stop',
  'weaveheap_publish_active',
  'malloc', 'free',
];
const SCRATCH = 64 * 1024;

/**
 * Instantiates the core module and resolves to the API over it, of the shape
 * of the Node.js package. `source`: a URL (file: in Node, fetched otherwise)
 * or its string, a Response or a promise of one, the module's bytes, or a
 * compiled WebAssembly.Module; weaveheap.wasm next to this file by default.
 */
export async function load(source = new URL('./weaveheap.wasm', import.meta.url)) {
  let module;
  if (source instanceof WebAssembly.Module) {
    module = source;
  } else if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    module = await WebAssembly.compile(source);
  } else {
    let response = source;
    if (typeof source === 'string' || source instanceof URL) {
      const url = new URL(source, import.meta.url);
      if (url.protocol === 'file:') {
        const { readFile } = await import('node:fs/promises');
        module = await WebAssembly.compile(await readFile(url));
      } else {
        response = fetch(url);
      }
    }
    if (!module) {
      response = await response;
      if (!response.ok) throw new Error(`weaveheap.mjs: ${response.url}: HTTP ${response.status}`);
      module = await WebAssembly.compile(await response.arrayBuffer());
    }
  }
  return fromInstance(await WebAssembly.instantiate(module, {}));
}

/** The API over an instance of the core module someone else instantiated. */
export function fromInstance(instance) {
  const e = instance.exports;
  for (const name of EXPORTS) {
    if (typeof e[name] !== 'function') {
      throw new Error(`weaveheap.mjs: the module does not export ${name}: it was not built from this IDL ` +
                      `(sha256 ${IDL_HASH}); rebuild weaveheap.wasm (cmake --build <dir> --target weaveheap_wasm)`);
    }
  }
  if (!(e.memory instanceof WebAssembly.Memory)) throw new Error('weaveheap.mjs: the module exports no memory');
  if (e.weaveheap_abi_version() !== ABI_VERSION) {
    throw new Error(`weaveheap.mjs: the module has ABI ${e.weaveheap_abi_version()}, this glue ABI ${ABI_VERSION}: ` +
                    'regenerate the glue or rebuild weaveheap.wasm from the same IDL');
  }
  const native = wasmBackend(e);
  const hash = native.cstr(e.weaveheap_idl_hash());
  if (hash !== IDL_HASH) {
    throw new Error(`weaveheap.mjs: the module was built from IDL sha256 ${hash}, this glue from ${IDL_HASH}: ` +
                    'rebuild weaveheap.wasm (cmake --build <dir> --target weaveheap_wasm)');
  }
  return bind(native, load);
}

// -- the backend: the layer's calls on the core module's exports --------------------
function wasmBackend(e) {
  const memory = e.memory;
  const malloc = e.malloc, free = e.free;
  const f_weaveheap_version_number = e.weaveheap_version_number;
  const f_weaveheap_version_string = e.weaveheap_version_string;
  const f_weaveheap_abi_version = e.weaveheap_abi_version;
  const f_weaveheap_idl_hash = e.weaveheap_idl_hash;
  const f_weaveheap_strerror = e.weaveheap_strerror;
  const f_weaveheap_free_string = e.weaveheap_free_string;
  const f_weaveheap_free_bytes = e.weaveheap_free_bytes;
  const f_weaveheap_api_table = e.weaveheap_api_table;
  const f_weaveheap_error_clear = e.weaveheap_error_clear;
  const f_weaveheap_error_set = e.weaveheap_error_set;
  const f_weaveheap_region_create = e.weaveheap_region_create;
  const f_weaveheap_region_destroy = e.weaveheap_region_destroy;
  const f_weaveheap_region_reset = e.weaveheap_region_reset;
  const f_weaveheap_region_stats = e.weaveheap_region_stats;
  const f_weaveheap_buffer_alloc = e.weaveheap_buffer_alloc;
  const f_weaveheap_buffer_release = e.weaveheap_buffer_release;
  const f_weaveheap_buffer_size = e.weaveheap_buffer_size;
  const f_weaveheap_buffer_write = e.weaveheap_buffer_write;
  const f_weaveheap_buffer_read = e.weaveheap_buffer_read;
  const f_weaveheap_bytes_create = e.weaveheap_bytes_create;
  const f_weaveheap_bytes_release = e.weaveheap_bytes_release;
  const f_weaveheap_bytes_length = e.weaveheap_bytes_length;
  const f_weaveheap_bytes_dup = e.weaveheap_bytes_dup;
  const f_weaveheap_string_create = e.weaveheap_string_create;
  const f_weaveheap_string_release = e.weaveheap_string_release;
  const f_weaveheap_string_length = e.weaveheap_string_length;
  const f_weaveheap_string_dup = e.weaveheap_string_dup;
  const f_weaveheap_vector_create = e.weaveheap_vector_create;
  const f_weaveheap_vector_release = e.weaveheap_vector_release;
  const f_weaveheap_vector_length = e.weaveheap_vector_length;
  const f_weaveheap_vector_capacity = e.weaveheap_vector_capacity;
  const f_weaveheap_vector_resize = e.weaveheap_vector_resize;
  const f_weaveheap_vector_element_type = e.weaveheap_vector_element_type;
  const f_weaveheap_vector_null_count = e.weaveheap_vector_null_count;
  const f_weaveheap_vector_append = e.weaveheap_vector_append;
  const f_weaveheap_vector_extend = e.weaveheap_vector_extend;
  const f_weaveheap_vector_append_null = e.weaveheap_vector_append_null;
  const f_weaveheap_vector_set = e.weaveheap_vector_set;
  const f_weaveheap_vector_get = e.weaveheap_vector_get;
  const f_weaveheap_vector_append_f64 = e.weaveheap_vector_append_f64;
  const f_weaveheap_vector_set_f64 = e.weaveheap_vector_set_f64;
  const f_weaveheap_vector_get_f64 = e.weaveheap_vector_get_f64;
  const f_weaveheap_vector_is_valid = e.weaveheap_vector_is_valid;
  const f_weaveheap_vector_read = e.weaveheap_vector_read;
  const f_weaveheap_vector_export_arrow = e.weaveheap_vector_export_arrow;
  const f_weaveheap_var_vector_create = e.weaveheap_var_vector_create;
  const f_weaveheap_var_vector_release = e.weaveheap_var_vector_release;
  const f_weaveheap_var_vector_length = e.weaveheap_var_vector_length;
  const f_weaveheap_var_vector_capacity = e.weaveheap_var_vector_capacity;
  const f_weaveheap_var_vector_data_length = e.weaveheap_var_vector_data_length;
  const f_weaveheap_var_vector_data_capacity = e.weaveheap_var_vector_data_capacity;
  const f_weaveheap_var_vector_resize = e.weaveheap_var_vector_resize;
  const f_weaveheap_var_vector_null_count = e.weaveheap_var_vector_null_count;
  const f_weaveheap_var_vector_is_utf8 = e.weaveheap_var_vector_is_utf8;
  const f_weaveheap_var_vector_append = e.weaveheap_var_vector_append;
  const f_weaveheap_var_vector_append_null = e.weaveheap_var_vector_append_null;
  const f_weaveheap_var_vector_get = e.weaveheap_var_vector_get;
  const f_weaveheap_var_vector_value_offset = e.weaveheap_var_vector_value_offset;
  const f_weaveheap_var_vector_value_length = e.weaveheap_var_vector_value_length;
  const f_weaveheap_var_vector_is_valid = e.weaveheap_var_vector_is_valid;
  const f_weaveheap_var_vector_read = e.weaveheap_var_vector_read;
  const f_weaveheap_var_vector_export_arrow = e.weaveheap_var_vector_export_arrow;
  const f_weaveheap_batch_create = e.weaveheap_batch_create;
  const f_weaveheap_batch_release = e.weaveheap_batch_release;
  const f_weaveheap_batch_add_column = e.weaveheap_batch_add_column;
  const f_weaveheap_batch_num_columns = e.weaveheap_batch_num_columns;
  const f_weaveheap_batch_num_rows = e.weaveheap_batch_num_rows;
  const f_weaveheap_batch_column_name = e.weaveheap_batch_column_name;
  const f_weaveheap_batch_validate = e.weaveheap_batch_validate;
  const f_weaveheap_batch_append_row = e.weaveheap_batch_append_row;
  const f_weaveheap_batch_export_arrow = e.weaveheap_batch_export_arrow;
  const f_weaveheap_list_vector_create = e.weaveheap_list_vector_create;
  const f_weaveheap_list_vector_release = e.weaveheap_list_vector_release;
  const f_weaveheap_list_vector_length = e.weaveheap_list_vector_length;
  const f_weaveheap_list_vector_capacity = e.weaveheap_list_vector_capacity;
  const f_weaveheap_list_vector_null_count = e.weaveheap_list_vector_null_count;
  const f_weaveheap_list_vector_is_map = e.weaveheap_list_vector_is_map;
  const f_weaveheap_list_vector_is_valid = e.weaveheap_list_vector_is_valid;
  const f_weaveheap_list_vector_value_offset = e.weaveheap_list_vector_value_offset;
  const f_weaveheap_list_vector_value_length = e.weaveheap_list_vector_value_length;
  const f_weaveheap_list_vector_append = e.weaveheap_list_vector_append;
  const f_weaveheap_list_vector_append_null = e.weaveheap_list_vector_append_null;
  const f_weaveheap_list_vector_lookup = e.weaveheap_list_vector_lookup;
  const f_weaveheap_list_vector_export_arrow = e.weaveheap_list_vector_export_arrow;
  const f_weaveheap_batch_stream_create = e.weaveheap_batch_stream_create;
  const f_weaveheap_batch_stream_release = e.weaveheap_batch_stream_release;
  const f_weaveheap_batch_stream_add_batch = e.weaveheap_batch_stream_add_batch;
  const f_weaveheap_batch_stream_num_batches = e.weaveheap_batch_stream_num_batches;
  const f_weaveheap_batch_stream_export_arrow = e.weaveheap_batch_stream_export_arrow;
  const f_weaveheap_stream_source_create = e.weaveheap_stream_source_create;
  const f_weaveheap_stream_source_create_owned = e.weaveheap_stream_source_create_owned;
  const f_weaveheap_foreign_import_array = e.weaveheap_foreign_import_array;
  const f_weaveheap_foreign_create = e.weaveheap_foreign_create;
  const f_weaveheap_foreign_import_vector = e.weaveheap_foreign_import_vector;
  const f_weaveheap_foreign_release = e.weaveheap_foreign_release;
  const f_weaveheap_foreign_length = e.weaveheap_foreign_length;
  const f_weaveheap_foreign_null_count = e.weaveheap_foreign_null_count;
  const f_weaveheap_foreign_offset = e.weaveheap_foreign_offset;
  const f_weaveheap_foreign_num_children = e.weaveheap_foreign_num_children;
  const f_weaveheap_foreign_format = e.weaveheap_foreign_format;
  const f_weaveheap_foreign_export_arrow = e.weaveheap_foreign_export_arrow;
  const f_weaveheap_foreign_stream_import_stream = e.weaveheap_foreign_stream_import_stream;
  const f_weaveheap_foreign_stream_import_batch_stream = e.weaveheap_foreign_stream_import_batch_stream;
  const f_weaveheap_foreign_stream_next = e.weaveheap_foreign_stream_next;
  const f_weaveheap_foreign_stream_release = e.weaveheap_foreign_stream_release;
  const f_weaveheap_borrow_shared = e.weaveheap_borrow_shared;
  const f_weaveheap_borrow_unique = e.weaveheap_borrow_unique;
  const f_weaveheap_borrow_release = e.weaveheap_borrow_release;
  const f_weaveheap_object_register_kind = e.weaveheap_object_register_kind;
  const f_weaveheap_object_create = e.weaveheap_object_create;
  const f_weaveheap_object_get = e.weaveheap_object_get;
  const f_weaveheap_object_borrow = e.weaveheap_object_borrow;
  const f_weaveheap_object_release = e.weaveheap_object_release;
  const f_weaveheap_handle_kind_of = e.weaveheap_handle_kind_of;
  const f_weaveheap_stats_global = e.weaveheap_stats_global;
  const f_weaveheap_stats_set_enabled = e.weaveheap_stats_set_enabled;
  const f_weaveheap_stats_enabled = e.weaveheap_stats_enabled;
  const f_weaveheap_publish_start = e.weaveheap_publish_start;
  const f_weaveheap_publish_now = e.weaveheap_publish_now;
  const f_weaveheap_publish_stop = e.weaveheap_publish_stop;
  const f_weaveheap_publish_active = e.weaveheap_publish_active;

  /* -- linear memory: arrays re-made after memory.grow detached them. A
   * detached buffer is empty, which tells it more cheaply than asking the
   * memory for its buffer (a slow getter) at every call. ----------------- */
  let buf = memory.buffer;
  let u8 = new Uint8Array(buf);
  let i32 = new Int32Array(buf);
  let dv = new DataView(buf);
  function mem() {
    if (buf.byteLength === 0) {
      buf = memory.buffer;
      u8 = new Uint8Array(buf);
      i32 = new Int32Array(buf);
      dv = new DataView(buf);
    }
    return buf;
  }
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  /* 64-bit integers to and from the BigInts of the core's i64 parameters
   * and results, through a 64-bit typed array: V8 does that inline, where
   * BigInt(number) and Number(bigint) call into the runtime (~200
   * instructions each). Numbers are integers the layer checked: exact. */
  const W32 = new Uint32Array(2);
  const I32 = new Int32Array(W32.buffer);
  const W64 = new BigUint64Array(W32.buffer);
  const WI64 = new BigInt64Array(W32.buffer);
  function bigU64(x) {
    if (typeof x === 'bigint') return x;
    const low = x >>> 0;
    W32[0] = low;
    W32[1] = (x - low) / 4294967296;
    return W64[0];
  }
  function bigI64(x) {
    if (typeof x === 'bigint') return x;
    const low = x >>> 0;
    W32[0] = low;
    W32[1] = (x - low) / 4294967296;   // two's complement for a negative x
    return WI64[0];
  }
  function numU64(r) {
    W64[0] = r;
    return W32[0] + W32[1] * 4294967296;
  }
  function numI64(r) {
    WI64[0] = r;
    return W32[0] + I32[1] * 4294967296;
  }

  function alloc(n) {
    const p = malloc(n);
    if (p === 0) throw new ERROR_CLASSES[2](`no memory for ${n} bytes in the module`);
    return p;
  }

  /* The error struct every fallible call fills, two view structs (a view's,
   * and coreAddressOf's) and the scratch area, for the life of the instance. */
  const ERR = alloc(8);
  const ERR_CODE_I = (ERR + 0) >> 2;
  const VIEW = alloc(24);
  const PROBE_VIEW = alloc(24);
  const base = alloc(SCRATCH);
  let top = base;
  const spilled = [];
  mem();
  u8.fill(0, ERR, ERR + 8);

  /* Memory for one argument of the call in progress (8-aligned). */
  function tmp(n) {
    if (top + n <= base + SCRATCH) {
      const p = top;
      top += (n + 7) & ~7;
      return p;
    }
    const p = alloc(n);
    spilled.push(p);
    return p;
  }
  function endCall() {
    top = base;
    while (spilled.length) free(spilled.pop());
  }

  /* Throws the core's error, of its class, the message freed. Called when
   * i32 shows a code, or when the memory grew (i32 detached: no code). */
  function fail() {
    mem();
    const code = dv.getInt32(ERR + 0, true);
    if (code === 0) return;
    const m = dv.getUint32(ERR + 4, true);
    const message = m ? cstr(m) : cstr(f_weaveheap_strerror(code));
    f_weaveheap_error_clear(ERR);
    throw new (ERROR_CLASSES[code] || WeaveHeapError)(message);
  }
  /* A size no 32-bit memory holds: out of memory on wasm32, before the call. */
  function tooBig(size, what) {
    throw new ERROR_CLASSES[2](`${what}: ${size} bytes cannot be allocated in a 32-bit WebAssembly memory`);
  }

  function cstr(p) {
    mem();
    return decoder.decode(u8.subarray(p, u8.indexOf(0, p)));
  }
  function cstrOrNull(p) {
    return p ? cstr(p) : null;
  }
  function takeText(p) {
    const s = cstr(p);
    f_weaveheap_free_string(p);
    return s;
  }
  /* Bytes the core handed out: their length checked in 64 bits, copied, freed. */
  function takeBytes(p, lengthAt) {
    mem();
    const n = dv.getBigUint64(lengthAt, true);
    if (n > BigInt(u8.length - p)) throw new ERROR_CLASSES[1](`${n} bytes at ${p} are not in the module's memory`);
    const copy = u8.slice(p, p + Number(n));
    f_weaveheap_free_bytes(p, n);
    return copy;
  }
  function asBytes(x) {
    if (x instanceof Uint8Array) return x;
    if (ArrayBuffer.isView(x)) return new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
    return new Uint8Array(x);
  }

  /* A u8[] argument: its address in linear memory (copied there unless it
   * lies there already) and, in lastLength, its length. */
  let lastLength = 0;
  function bytesIn(x) {
    if (typeof x === 'string') {
      const max = x.length * 3;
      const p = tmp(max);
      mem();
      lastLength = encoder.encodeInto(x, u8.subarray(p, p + max)).written;
      return p;
    }
    const v = asBytes(x);
    lastLength = v.length;
    if (v.buffer === mem()) return v.byteOffset;
    const p = tmp(v.length);
    mem();
    u8.set(v, p);
    return p;
  }
  /* Text as a NUL-terminated C string in linear memory. */
  function textIn(x) {
    const max = x.length * 3 + 1;
    const p = tmp(max);
    mem();
    u8[p + encoder.encodeInto(x, u8.subarray(p, p + max - 1)).written] = 0;
    return p;
  }

  /* The C structs in linear memory, at the offsets of wasm32's layout
   * (generated/wasm/layout_check.c asserts them in the build). */
  function write_region_options(x) {
    const p = tmp(24);
    mem();
    u8.fill(0, p, p + 24);
    dv.setBigUint64(p + 0, bigU64(x.chunkSize), true);
    dv.setBigUint64(p + 8, bigU64(x.byteLimit), true);
    dv.setUint8(p + 16, x.threadSafe ? 1 : 0);
    return p;
  }
  function read_stats(p) {
    mem();
    return {
      allocations: (dv.getUint32(p + 0, true) + dv.getUint32(p + 0 + 4, true) * 4294967296),
      releases: (dv.getUint32(p + 8, true) + dv.getUint32(p + 8 + 4, true) * 4294967296),
      bytesAllocated: (dv.getUint32(p + 16, true) + dv.getUint32(p + 16 + 4, true) * 4294967296),
      bytesLive: (dv.getUint32(p + 24, true) + dv.getUint32(p + 24 + 4, true) * 4294967296),
      bytesPeak: (dv.getUint32(p + 32, true) + dv.getUint32(p + 32 + 4, true) * 4294967296),
      bytesReserved: (dv.getUint32(p + 40, true) + dv.getUint32(p + 40 + 4, true) * 4294967296),
      borrowsTaken: (dv.getUint32(p + 48, true) + dv.getUint32(p + 48 + 4, true) * 4294967296),
      borrowsActive: (dv.getUint32(p + 56, true) + dv.getUint32(p + 56 + 4, true) * 4294967296),
      borrowConflicts: (dv.getUint32(p + 64, true) + dv.getUint32(p + 64 + 4, true) * 4294967296),
      staleRejected: (dv.getUint32(p + 72, true) + dv.getUint32(p + 72 + 4, true) * 4294967296),
      copies: (dv.getUint32(p + 80, true) + dv.getUint32(p + 80 + 4, true) * 4294967296),
      copyBytes: (dv.getUint32(p + 88, true) + dv.getUint32(p + 88 + 4, true) * 4294967296),
      regionsLive: (dv.getUint32(p + 96, true) + dv.getUint32(p + 96 + 4, true) * 4294967296),
      imports: (dv.getUint32(p + 104, true) + dv.getUint32(p + 104 + 4, true) * 4294967296),
    };
  }

  /* -- views ------------------------------------------------------------------
   * The memory a borrow lends, as an offset in linear memory: the layer lays a
   * TypedArray over memory.buffer there. The tokens of open views by slot (a
   * number the layer gives back at close(): no bigint is hashed on the way),
   * so that a token adopted with View.fromHandle cannot end a view's borrow. */
  let VIEW_TOKEN = null, VIEW_META = null;
  const open = [];
  const freeSlots = [];

  /* The core checks the handle is one of the class's: each kind's probe is
   * called by name (a call V8 can inline), not looked up in a table. */
  function probe(h, kind) {
    switch (kind) {
      case 2: f_weaveheap_buffer_size(h, ERR); break;
      case 3: f_weaveheap_bytes_length(h, ERR); break;
      case 4: f_weaveheap_string_length(h, ERR); break;
      case 7: f_weaveheap_vector_length(h, ERR); break;
      case 10: f_weaveheap_var_vector_length(h, ERR); break;
      case 12: f_weaveheap_foreign_length(h, ERR); break;
      default: throw new ERROR_CLASSES[1]('view(): not a kind that has views');
    }
    if (i32[ERR_CODE_I] !== 0) fail();
  }

  /* Gives back the borrow of a view that cannot be made, and says why (out
   * of the way of takeView, so that it stays small enough to inline). */
  function refuseView(t, h, data, n, high, element) {
    f_weaveheap_borrow_release(t, 0);
    const handle = `handle 0x${h.toString(16).padStart(16, '0')}`;
    if (high !== 0 || n > mem().byteLength - data) {
      const length = (BigInt(high) << 32n) | BigInt(n);
      throw new ERROR_CLASSES[1](`view(): ${handle}: ${length} bytes at ${data} do not fit in the module's memory`);
    }
    throw new ERROR_CLASSES[1](data % element !== 0
      ? `view(): ${handle} is not aligned for ${element}-byte elements (allocate it with align >= ${element})`
      : `view(): ${handle} has ${n} bytes, not a multiple of the ${element}-byte element`);
  }

  function takeView(take, h, kind, element, checked) {
    if (!checked) probe(h, kind);
    const t = take(h, VIEW, ERR);
    if (i32[ERR_CODE_I] !== 0) fail();
    const buffer = mem();
    const data = dv.getUint32(VIEW + 0, true);
    const n = dv.getUint32(VIEW + 8, true);      // the u64 length: low word,
    const high = dv.getUint32(VIEW + 8 + 4, true);  // high word
    const writable = dv.getUint8(VIEW + 16) !== 0;
    // All 64 bits, before it becomes a Number: a view that cannot lie in this
    // memory, or not with this element size, gives its borrow back.
    if (high !== 0 || n > buffer.byteLength - data || data % element !== 0 || n % element !== 0) {
      refuseView(t, h, data, n, high, element);
    }
    const slot = freeSlots.length !== 0 ? freeSlots.pop() : open.length;
    open[slot] = t;
    VIEW_TOKEN[0] = t;
    VIEW_META[0] = writable ? 1 : 0;
    VIEW_META[1] = data;
    VIEW_META[2] = n;
    VIEW_META[3] = slot;
    return buffer;
  }

  /* A token no open view holds: the core says what it is (stale after a
   * first release ...); a live one is not this instance's view to end. */
  function releaseForeign(t) {
    f_weaveheap_handle_kind_of(t, ERR);
    if (i32[ERR_CODE_I] !== 0) fail();
    throw new ERROR_CLASSES[1](`View.prototype.close: borrow 0x${t.toString(16).padStart(16, '0')} is not a view of this instance's`);
  }

  return {
    name: 'wasm',
    views: 'memory',
    memory,
    exports: e,
    cstr,
    init(classes, token, meta) {
      VIEW_TOKEN = token;
      VIEW_META = meta;
    },
    viewCopied() {},
    /* borrow.shared -> WeaveHeapBuffer.prototype.view(), Bytes.prototype.view(), WeaveHeapString.prototype.view(), Vector.prototype.view(), VarVector.prototype.view(), Foreign.prototype.view() */
    borrow_shared: (h, kind, element, checked) => takeView(f_weaveheap_borrow_shared, h, kind, element, checked),
    /* borrow.unique -> WeaveHeapBuffer.prototype.view({ writable: true }), Bytes.prototype.view({ writable: true }), WeaveHeapString.prototype.view({ writable: true }), Vector.prototype.view({ writable: true }), VarVector.prototype.view({ writable: true }), Foreign.prototype.view({ writable: true }) */
    borrow_unique: (h, kind, element, checked) => takeView(f_weaveheap_borrow_unique, h, kind, element, checked),
    /* borrow.release -> View.prototype.close */
    borrow_release(t, buffer, slot) {
      if (buffer === null) {
        if (!open.includes(t)) releaseForeign(t);
        throw new ERROR_CLASSES[1](`View.prototype.close: borrow 0x${t.toString(16).padStart(16, '0')} is held by an open view: close that view`);
      }
      if (open[slot] !== t) releaseForeign(t);
      open[slot] = undefined;
      freeSlots.push(slot);
      f_weaveheap_borrow_release(t, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    },
    view_abandon(t, slot) {
      if (open[slot] !== t) return;
      open[slot] = undefined;
      freeSlots.push(slot);
      f_weaveheap_borrow_release(t, 0);
    },
    /* The address of an array's first byte in linear memory; -1 for memory
     * outside the module. */
    addressOf(x) {
      const buffer = mem();
      if (x === buffer) return 0;
      return ArrayBuffer.isView(x) && x.buffer === buffer ? x.byteOffset : -1;
    },
    coreAddressOf(h) {
      const t = f_weaveheap_borrow_shared(h, PROBE_VIEW, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      f_weaveheap_borrow_release(t, 0);
      mem();
      return dv.getUint32(PROBE_VIEW + 0, true);
    },
    /* weaveheap.version_number -> versionNumber */
    version_number() {
      const r = f_weaveheap_version_number();
      return r >>> 0;
    }
    ,
    /* weaveheap.version_string -> versionString */
    version_string() {
      const r = f_weaveheap_version_string();
      return cstr(r);
    }
    ,
    /* weaveheap.abi_version -> abiVersion */
    abi_version() {
      const r = f_weaveheap_abi_version();
      return r >>> 0;
    }
    ,
    /* weaveheap.idl_hash -> idlHash */
    idl_hash() {
      const r = f_weaveheap_idl_hash();
      return cstr(r);
    }
    ,
    /* weaveheap.strerror -> strerror */
    strerror(a0) {
      const r = f_weaveheap_strerror(a0 | 0);
      return cstr(r);
    }
    ,
    /* region.create -> new Region */
    region_create(a0) {
      try {
        const p0 = a0 === null ? 0 : write_region_options(a0);
        const r = f_weaveheap_region_create(p0, ERR);
        if (i32[ERR_CODE_I] !== 0) fail();
        return BigInt.asUintN(64, r);
      } finally {
        endCall();
      }
    }
    ,
    /* region.destroy -> Region.prototype.close */
    region_destroy(a0) {
      f_weaveheap_region_destroy(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    }
    ,
    /* region.reset -> Region.prototype.reset */
    region_reset(a0) {
      f_weaveheap_region_reset(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    }
    ,
    /* region.stats -> Region.prototype.stats */
    region_stats(a0) {
      try {
        const out = tmp(112);
        f_weaveheap_region_stats(a0, out, ERR);
        if (i32[ERR_CODE_I] !== 0) fail();
        return read_stats(out);
      } finally {
        endCall();
      }
    }
    ,
    /* buffer.alloc -> Region.prototype.alloc */
    buffer_alloc(a0, a1, a2) {
      if (a1 >= 4294967296 && a1 <= 281474976710656) tooBig(a1, "Region.prototype.alloc: argument 'size'");
      const r = f_weaveheap_buffer_alloc(a0, bigU64(a1), bigU64(a2), ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return BigInt.asUintN(64, r);
    }
    ,
    /* buffer.release -> WeaveHeapBuffer.prototype.close */
    buffer_release(a0) {
      f_weaveheap_buffer_release(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    }
    ,
    /* buffer.size -> WeaveHeapBuffer.prototype.size */
    buffer_size(a0) {
      const r = f_weaveheap_buffer_size(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* buffer.write -> WeaveHeapBuffer.prototype.write */
    buffer_write(a0, a1, a2) {
      try {
        const p2 = bytesIn(a2), n2 = lastLength;
        f_weaveheap_buffer_write(a0, bigU64(a1), p2, bigU64(n2), ERR);
        if (i32[ERR_CODE_I] !== 0) fail();
      } finally {
        endCall();
      }
    }
    ,
    /* buffer.read -> WeaveHeapBuffer.prototype.read */
    buffer_read(a0, a1, a2) {
      try {
        const v2 = asBytes(a2);
        const in2 = v2.buffer === mem();
        const p2 = in2 ? v2.byteOffset : tmp(v2.length);
        f_weaveheap_buffer_read(a0, bigU64(a1), p2, bigU64(v2.length), ERR);
        if (i32[ERR_CODE_I] !== 0) fail();
        if (!in2) {
            mem();
            v2.set(u8.subarray(p2, p2 + v2.length));
        }
      } finally {
        endCall();
      }
    }
    ,
    /* bytes.create -> Region.prototype.bytes */
    bytes_create(a0, a1) {
      try {
        const p1 = bytesIn(a1), n1 = lastLength;
        const r = f_weaveheap_bytes_create(a0, p1, bigU64(n1), ERR);
        if (i32[ERR_CODE_I] !== 0) fail();
        return BigInt.asUintN(64, r);
      } finally {
        endCall();
      }
    }
    ,
    /* bytes.release -> Bytes.prototype.close */
    bytes_release(a0) {
      f_weaveheap_bytes_release(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    }
    ,
    /* bytes.length -> Bytes.prototype.length */
    bytes_length(a0) {
      const r = f_weaveheap_bytes_length(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* bytes.dup -> Bytes.prototype.dup */
    bytes_dup(a0) {
      try {
        const outLen = tmp(8);
        const r = f_weaveheap_bytes_dup(a0, outLen, ERR);
        if (i32[ERR_CODE_I] !== 0) fail();
        return takeBytes(r, outLen);
      } finally {
        endCall();
      }
    }
    ,
    /* string.create -> Region.prototype.string */
    string_create(a0, a1) {
      try {
        const p1 = bytesIn(a1), n1 = lastLength;
        const r = f_weaveheap_string_create(a0, p1, bigU64(n1), ERR);
        if (i32[ERR_CODE_I] !== 0) fail();
        return BigInt.asUintN(64, r);
      } finally {
        endCall();
      }
    }
    ,
    /* string.release -> WeaveHeapString.prototype.close */
    string_release(a0) {
      f_weaveheap_string_release(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    }
    ,
    /* string.length -> WeaveHeapString.prototype.length */
    string_length(a0) {
      const r = f_weaveheap_string_length(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* string.dup -> WeaveHeapString.prototype.dup */
    string_dup(a0) {
      const r = f_weaveheap_string_dup(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return takeText(r);
    }
    ,
    /* vector.create -> Region.prototype.vector */
    vector_create(a0, a1, a2, a3) {
      if (a2 >= 4294967296 && a2 <= 281474976710656) tooBig(a2, "Region.prototype.vector: argument 'capacity'");
      const r = f_weaveheap_vector_create(a0, a1 | 0, bigU64(a2), a3 ? 1 : 0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return BigInt.asUintN(64, r);
    }
    ,
    /* vector.release -> Vector.prototype.close */
    vector_release(a0) {
      f_weaveheap_vector_release(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    }
    ,
    /* vector.length -> Vector.prototype.length */
    vector_length(a0) {
      const r = f_weaveheap_vector_length(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* vector.capacity -> Vector.prototype.capacity */
    vector_capacity(a0) {
      const r = f_weaveheap_vector_capacity(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* vector.resize -> Vector.prototype.resize */
    vector_resize(a0, a1) {
      if (a1 >= 4294967296 && a1 <= 281474976710656) tooBig(a1, "Vector.prototype.resize: argument 'capacity'");
      f_weaveheap_vector_resize(a0, bigU64(a1), ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    }
    ,
    /* vector.element_type -> Vector.prototype.elementType */
    vector_element_type(a0) {
      const r = f_weaveheap_vector_element_type(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return r;
    }
    ,
    /* vector.null_count -> Vector.prototype.nullCount */
    vector_null_count(a0) {
      const r = f_weaveheap_vector_null_count(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* vector.append -> Vector.prototype.append */
    vector_append(a0, a1) {
      f_weaveheap_vector_append(a0, bigI64(a1), ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    }
    ,
    /* vector.extend -> Vector.prototype.extend */
    vector_extend(a0, a1) {
      try {
        const p1 = bytesIn(a1), n1 = lastLength;
        f_weaveheap_vector_extend(a0, p1, bigU64(n1), ERR);
        if (i32[ERR_CODE_I] !== 0) fail();
      } finally {
        endCall();
      }
    }
    ,
    /* vector.append_null -> Vector.prototype.appendNull */
    vector_append_null(a0) {
      f_weaveheap_vector_append_null(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    }
    ,
    /* vector.set -> Vector.prototype.set */
    vector_set(a0, a1, a2) {
      f_weaveheap_vector_set(a0, bigU64(a1), bigI64(a2), ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    }
    ,
    /* vector.get -> Vector.prototype.get */
    vector_get(a0, a1) {
      const r = f_weaveheap_vector_get(a0, bigU64(a1), ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numI64(r);
    }
    ,
    /* vector.append_f64 -> Vector.prototype.appendF64 */
    vector_append_f64(a0, a1) {
      f_weaveheap_vector_append_f64(a0, a1, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    }
    ,
    /* vector.set_f64 -> Vector.prototype.setF64 */
    vector_set_f64(a0, a1, a2) {
      f_weaveheap_vector_set_f64(a0, bigU64(a1), a2, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    }
    ,
    /* vector.get_f64 -> Vector.prototype.getF64 */
    vector_get_f64(a0, a1) {
      const r = f_weaveheap_vector_get_f64(a0, bigU64(a1), ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return r;
    }
    ,
    /* vector.is_valid -> Vector.prototype.isValid */
    vector_is_valid(a0, a1) {
      const r = f_weaveheap_vector_is_valid(a0, bigU64(a1), ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return r !== 0;
    }
    ,
    /* vector.read -> Vector.prototype.read */
    vector_read(a0, a1, a2) {
      try {
        const v2 = asBytes(a2);
        const in2 = v2.buffer === mem();
        const p2 = in2 ? v2.byteOffset : tmp(v2.length);
        f_weaveheap_vector_read(a0, bigU64(a1), p2, bigU64(v2.length), ERR);
        if (i32[ERR_CODE_I] !== 0) fail();
        if (!in2) {
            mem();
            v2.set(u8.subarray(p2, p2 + v2.length));
        }
      } finally {
        endCall();
      }
    }
    ,
    /* var_vector.create -> Region.prototype.varVector */
    var_vector_create(a0, a1, a2, a3, a4) {
      if (a1 >= 4294967296 && a1 <= 281474976710656) tooBig(a1, "Region.prototype.varVector: argument 'capacity'");
      const r = f_weaveheap_var_vector_create(a0, bigU64(a1), bigU64(a2), a3 ? 1 : 0, a4 ? 1 : 0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return BigInt.asUintN(64, r);
    }
    ,
    /* var_vector.release -> VarVector.prototype.close */
    var_vector_release(a0) {
      f_weaveheap_var_vector_release(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    }
    ,
    /* var_vector.length -> VarVector.prototype.length */
    var_vector_length(a0) {
      const r = f_weaveheap_var_vector_length(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* var_vector.capacity -> VarVector.prototype.capacity */
    var_vector_capacity(a0) {
      const r = f_weaveheap_var_vector_capacity(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* var_vector.data_length -> VarVector.prototype.dataLength */
    var_vector_data_length(a0) {
      const r = f_weaveheap_var_vector_data_length(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* var_vector.data_capacity -> VarVector.prototype.dataCapacity */
    var_vector_data_capacity(a0) {
      const r = f_weaveheap_var_vector_data_capacity(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* var_vector.resize -> VarVector.prototype.resize */
    var_vector_resize(a0, a1, a2) {
      if (a1 >= 4294967296 && a1 <= 281474976710656) tooBig(a1, "VarVector.prototype.resize: argument 'capacity'");
      f_weaveheap_var_vector_resize(a0, bigU64(a1), bigU64(a2), ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    }
    ,
    /* var_vector.null_count -> VarVector.prototype.nullCount */
    var_vector_null_count(a0) {
      const r = f_weaveheap_var_vector_null_count(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* var_vector.is_utf8 -> VarVector.prototype.isUtf8 */
    var_vector_is_utf8(a0) {
      const r = f_weaveheap_var_vector_is_utf8(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return r !== 0;
    }
    ,
    /* var_vector.append -> VarVector.prototype.append */
    var_vector_append(a0, a1) {
      try {
        const p1 = bytesIn(a1), n1 = lastLength;
        f_weaveheap_var_vector_append(a0, p1, bigU64(n1), ERR);
        if (i32[ERR_CODE_I] !== 0) fail();
      } finally {
        endCall();
      }
    }
    ,
    /* var_vector.append_null -> VarVector.prototype.appendNull */
    var_vector_append_null(a0) {
      f_weaveheap_var_vector_append_null(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    }
    ,
    /* var_vector.get -> VarVector.prototype.get */
    var_vector_get(a0, a1) {
      try {
        const outLen = tmp(8);
        const r = f_weaveheap_var_vector_get(a0, bigU64(a1), outLen, ERR);
        if (i32[ERR_CODE_I] !== 0) fail();
        return takeBytes(r, outLen);
      } finally {
        endCall();
      }
    }
    ,
    /* var_vector.value_offset -> VarVector.prototype.valueOffset */
    var_vector_value_offset(a0, a1) {
      const r = f_weaveheap_var_vector_value_offset(a0, bigU64(a1), ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* var_vector.value_length -> VarVector.prototype.valueLength */
    var_vector_value_length(a0, a1) {
      const r = f_weaveheap_var_vector_value_length(a0, bigU64(a1), ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* var_vector.is_valid -> VarVector.prototype.isValid */
    var_vector_is_valid(a0, a1) {
      const r = f_weaveheap_var_vector_is_valid(a0, bigU64(a1), ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return r !== 0;
    }
    ,
    /* var_vector.read -> VarVector.prototype.read */
    var_vector_read(a0, a1, a2) {
      try {
        const v2 = asBytes(a2);
        const in2 = v2.buffer === mem();
        const p2 = in2 ? v2.byteOffset : tmp(v2.length);
        f_weaveheap_var_vector_read(a0, bigU64(a1), p2, bigU64(v2.length), ERR);
        if (i32[ERR_CODE_I] !== 0) fail();
        if (!in2) {
            mem();
            v2.set(u8.subarray(p2, p2 + v2.length));
        }
      } finally {
        endCall();
      }
    }
    ,
    /* batch.create -> Region.prototype.batch */
    batch_create(a0, a1) {
      const r = f_weaveheap_batch_create(a0, a1 >>> 0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return BigInt.asUintN(64, r);
    }
    ,
    /* batch.release -> Batch.prototype.close */
    batch_release(a0) {
      f_weaveheap_batch_release(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    }
    ,
    /* batch.add_column -> Batch.prototype.addColumn */
    batch_add_column(a0, a1, a2) {
      try {
        const p1 = bytesIn(a1), n1 = lastLength;
        f_weaveheap_batch_add_column(a0, p1, bigU64(n1), a2, ERR);
        if (i32[ERR_CODE_I] !== 0) fail();
      } finally {
        endCall();
      }
    }
    ,
    /* batch.num_columns -> Batch.prototype.numColumns */
    batch_num_columns(a0) {
      const r = f_weaveheap_batch_num_columns(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* batch.num_rows -> Batch.prototype.numRows */
    batch_num_rows(a0) {
      const r = f_weaveheap_batch_num_rows(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* batch.column_name -> Batch.prototype.columnName */
    batch_column_name(a0, a1) {
      const r = f_weaveheap_batch_column_name(a0, bigU64(a1), ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return takeText(r);
    }
    ,
    /* batch.validate -> Batch.prototype.validate */
    batch_validate(a0) {
      f_weaveheap_batch_validate(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    }
    ,
    /* batch.append_row -> Batch.prototype.appendRow */
    batch_append_row(a0, a1) {
      try {
        const p1 = bytesIn(a1), n1 = lastLength;
        f_weaveheap_batch_append_row(a0, p1, bigU64(n1), ERR);
        if (i32[ERR_CODE_I] !== 0) fail();
      } finally {
        endCall();
      }
    }
    ,
    /* list_vector.create -> Region.prototype.listVector */
    list_vector_create(a0, a1, a2, a3, a4) {
      if (a2 >= 4294967296 && a2 <= 281474976710656) tooBig(a2, "Region.prototype.listVector: argument 'capacity'");
      const r = f_weaveheap_list_vector_create(a0, a1, bigU64(a2), a3 ? 1 : 0, a4 ? 1 : 0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return BigInt.asUintN(64, r);
    }
    ,
    /* list_vector.release -> ListVector.prototype.close */
    list_vector_release(a0) {
      f_weaveheap_list_vector_release(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    }
    ,
    /* list_vector.length -> ListVector.prototype.length */
    list_vector_length(a0) {
      const r = f_weaveheap_list_vector_length(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* list_vector.capacity -> ListVector.prototype.capacity */
    list_vector_capacity(a0) {
      const r = f_weaveheap_list_vector_capacity(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* list_vector.null_count -> ListVector.prototype.nullCount */
    list_vector_null_count(a0) {
      const r = f_weaveheap_list_vector_null_count(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* list_vector.is_map -> ListVector.prototype.isMap */
    list_vector_is_map(a0) {
      const r = f_weaveheap_list_vector_is_map(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return r !== 0;
    }
    ,
    /* list_vector.is_valid -> ListVector.prototype.isValid */
    list_vector_is_valid(a0, a1) {
      const r = f_weaveheap_list_vector_is_valid(a0, bigU64(a1), ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return r !== 0;
    }
    ,
    /* list_vector.value_offset -> ListVector.prototype.valueOffset */
    list_vector_value_offset(a0, a1) {
      const r = f_weaveheap_list_vector_value_offset(a0, bigU64(a1), ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* list_vector.value_length -> ListVector.prototype.valueLength */
    list_vector_value_length(a0, a1) {
      const r = f_weaveheap_list_vector_value_length(a0, bigU64(a1), ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* list_vector.append -> ListVector.prototype.append */
    list_vector_append(a0, a1) {
      try {
        const p1 = bytesIn(a1), n1 = lastLength;
        f_weaveheap_list_vector_append(a0, p1, bigU64(n1), ERR);
        if (i32[ERR_CODE_I] !== 0) fail();
      } finally {
        endCall();
      }
    }
    ,
    /* list_vector.append_null -> ListVector.prototype.appendNull */
    list_vector_append_null(a0) {
      f_weaveheap_list_vector_append_null(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    }
    ,
    /* list_vector.lookup -> ListVector.prototype.lookup */
    list_vector_lookup(a0, a1, a2) {
      try {
        const p2 = bytesIn(a2), n2 = lastLength;
        const r = f_weaveheap_list_vector_lookup(a0, bigU64(a1), p2, bigU64(n2), ERR);
        if (i32[ERR_CODE_I] !== 0) fail();
        return numI64(r);
      } finally {
        endCall();
      }
    }
    ,
    /* batch_stream.create -> Region.prototype.batchStream */
    batch_stream_create(a0, a1) {
      const r = f_weaveheap_batch_stream_create(a0, a1 >>> 0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return BigInt.asUintN(64, r);
    }
    ,
    /* batch_stream.release -> BatchStream.prototype.close */
    batch_stream_release(a0) {
      f_weaveheap_batch_stream_release(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    }
    ,
    /* batch_stream.add_batch -> BatchStream.prototype.addBatch */
    batch_stream_add_batch(a0, a1) {
      f_weaveheap_batch_stream_add_batch(a0, a1, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    }
    ,
    /* batch_stream.num_batches -> BatchStream.prototype.numBatches */
    batch_stream_num_batches(a0) {
      const r = f_weaveheap_batch_stream_num_batches(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* foreign.create -> Region.prototype.foreign */
    foreign_create(a0, a1, a2) {
      try {
        const p2 = bytesIn(a2), n2 = lastLength;
        const r = f_weaveheap_foreign_create(a0, a1 | 0, p2, bigU64(n2), ERR);
        if (i32[ERR_CODE_I] !== 0) fail();
        return BigInt.asUintN(64, r);
      } finally {
        endCall();
      }
    }
    ,
    /* foreign.release -> Foreign.prototype.close */
    foreign_release(a0) {
      f_weaveheap_foreign_release(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    }
    ,
    /* foreign.length -> Foreign.prototype.length */
    foreign_length(a0) {
      const r = f_weaveheap_foreign_length(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* foreign.null_count -> Foreign.prototype.nullCount */
    foreign_null_count(a0) {
      const r = f_weaveheap_foreign_null_count(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* foreign.offset -> Foreign.prototype.offset */
    foreign_offset(a0) {
      const r = f_weaveheap_foreign_offset(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* foreign.num_children -> Foreign.prototype.numChildren */
    foreign_num_children(a0) {
      const r = f_weaveheap_foreign_num_children(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return numU64(r);
    }
    ,
    /* foreign.format -> Foreign.prototype.format */
    foreign_format(a0) {
      const r = f_weaveheap_foreign_format(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return takeText(r);
    }
    ,
    /* handle.kind_of -> handleKindOf */
    handle_kind_of(a0) {
      const r = f_weaveheap_handle_kind_of(a0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
      return r;
    }
    ,
    /* stats.global -> stats */
    stats_global() {
      try {
        const out = tmp(112);
        f_weaveheap_stats_global(out, ERR);
        if (i32[ERR_CODE_I] !== 0) fail();
        return read_stats(out);
      } finally {
        endCall();
      }
    }
    ,
    /* stats.set_enabled -> statsSetEnabled */
    stats_set_enabled(a0) {
      f_weaveheap_stats_set_enabled(a0 ? 1 : 0);
    }
    ,
    /* stats.enabled -> statsEnabled */
    stats_enabled() {
      const r = f_weaveheap_stats_enabled();
      return r !== 0;
    }
    ,
    /* publish.start -> publishStart */
    publish_start(a0) {
      f_weaveheap_publish_start(a0 >>> 0, ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    }
    ,
    /* publish.now -> publishNow */
    publish_now() {
      f_weaveheap_publish_now(ERR);
      if (i32[ERR_CODE_I] !== 0) fail();
    }
    ,
    /* publish.stop -> publishStop */
    publish_stop() {
      f_weaveheap_publish_stop();
    }
    ,
    /* publish.active -> publishActive */
    publish_active() {
      const r = f_weaveheap_publish_active();
      return r !== 0;
    }
    ,
  };
}
