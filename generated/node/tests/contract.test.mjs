// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
// The API contract (docs/api.md, JavaScript column) against the built package:
// every name there exists here with its kind. Run on both backends
// (WEAVEHEAP_JS_BACKEND=napi|wasm, ./backend.mjs); contract.ts checks the
// types the same way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wh } from './backend.mjs';

function isClass(C) {
  assert.equal(typeof C, 'function', 'a class');
  assert.equal(typeof C.prototype, 'object', 'a class with a prototype');
}

function isMethod(C, name) {
  isClass(C);
  const d = Object.getOwnPropertyDescriptor(C.prototype, name);
  assert.ok(d && typeof d.value === 'function', `${C.name}.prototype.${name} is a method`);
}

function isError(E) {
  isClass(E);
  assert.ok(E === wh.WeaveHeapError || E.prototype instanceof wh.WeaveHeapError, `${E.name} is a WeaveHeapError`);
  assert.ok(E.prototype instanceof Error);
}

test("weaveheap.version_number: wh.versionNumber (function)", () => {
  assert.equal(typeof wh["versionNumber"], 'function');
});

test("weaveheap.version_string: wh.versionString (function)", () => {
  assert.equal(typeof wh["versionString"], 'function');
});

test("weaveheap.abi_version: wh.abiVersion (function)", () => {
  assert.equal(typeof wh["abiVersion"], 'function');
});

test("weaveheap.idl_hash: wh.idlHash (function)", () => {
  assert.equal(typeof wh["idlHash"], 'function');
});

test("weaveheap.strerror: wh.strerror (function)", () => {
  assert.equal(typeof wh["strerror"], 'function');
});

test("region.create: new Region() (constructor)", () => {
  isClass(wh["Region"]);
  new wh.Region(null).close();
});

test("region.destroy: Region.prototype.close (close)", () => {
  isMethod(wh["Region"], "close");
});

test("region.reset: Region.prototype.reset (method)", () => {
  isMethod(wh["Region"], "reset");
});

test("region.stats: Region.prototype.stats (method)", () => {
  isMethod(wh["Region"], "stats");
});

test("buffer.alloc: Region.prototype.alloc (method)", () => {
  isMethod(wh["Region"], "alloc");
});

test("buffer.release: WeaveHeapBuffer.prototype.close (close)", () => {
  isMethod(wh["WeaveHeapBuffer"], "close");
});

test("buffer.size: WeaveHeapBuffer.prototype.size (method)", () => {
  isMethod(wh["WeaveHeapBuffer"], "size");
});

test("buffer.write: WeaveHeapBuffer.prototype.write (method)", () => {
  isMethod(wh["WeaveHeapBuffer"], "write");
});

test("buffer.read: WeaveHeapBuffer.prototype.read (method)", () => {
  isMethod(wh["WeaveHeapBuffer"], "read");
});

test("bytes.create: Region.prototype.bytes (method)", () => {
  isMethod(wh["Region"], "bytes");
});

test("bytes.release: Bytes.prototype.close (close)", () => {
  isMethod(wh["Bytes"], "close");
});

test("bytes.length: Bytes.prototype.length (method)", () => {
  isMethod(wh["Bytes"], "length");
});

test("bytes.dup: Bytes.prototype.dup (method)", () => {
  isMethod(wh["Bytes"], "dup");
});

test("string.create: Region.prototype.string (method)", () => {
  isMethod(wh["Region"], "string");
});

test("string.release: WeaveHeapString.prototype.close (close)", () => {
  isMethod(wh["WeaveHeapString"], "close");
});

test("string.length: WeaveHeapString.prototype.length (method)", () => {
  isMethod(wh["WeaveHeapString"], "length");
});

test("string.dup: WeaveHeapString.prototype.dup (method)", () => {
  isMethod(wh["WeaveHeapString"], "dup");
});

test("vector.create: Region.prototype.vector (method)", () => {
  isMethod(wh["Region"], "vector");
});

test("vector.release: Vector.prototype.close (close)", () => {
  isMethod(wh["Vector"], "close");
});

test("vector.length: Vector.prototype.length (method)", () => {
  isMethod(wh["Vector"], "length");
});

test("vector.capacity: Vector.prototype.capacity (method)", () => {
  isMethod(wh["Vector"], "capacity");
});

test("vector.resize: Vector.prototype.resize (method)", () => {
  isMethod(wh["Vector"], "resize");
});

test("vector.element_type: Vector.prototype.elementType (method)", () => {
  isMethod(wh["Vector"], "elementType");
});

test("vector.null_count: Vector.prototype.nullCount (method)", () => {
  isMethod(wh["Vector"], "nullCount");
});

test("vector.append: Vector.prototype.append (method)", () => {
  isMethod(wh["Vector"], "append");
});

test("vector.extend: Vector.prototype.extend (method)", () => {
  isMethod(wh["Vector"], "extend");
});

test("vector.append_null: Vector.prototype.appendNull (method)", () => {
  isMethod(wh["Vector"], "appendNull");
});

test("vector.set: Vector.prototype.set (method)", () => {
  isMethod(wh["Vector"], "set");
});

test("vector.get: Vector.prototype.get (method)", () => {
  isMethod(wh["Vector"], "get");
});

test("vector.append_f64: Vector.prototype.appendF64 (method)", () => {
  isMethod(wh["Vector"], "appendF64");
});

test("vector.set_f64: Vector.prototype.setF64 (method)", () => {
  isMethod(wh["Vector"], "setF64");
});

test("vector.get_f64: Vector.prototype.getF64 (method)", () => {
  isMethod(wh["Vector"], "getF64");
});

test("vector.is_valid: Vector.prototype.isValid (method)", () => {
  isMethod(wh["Vector"], "isValid");
});

test("vector.read: Vector.prototype.read (method)", () => {
  isMethod(wh["Vector"], "read");
});

test("var_vector.create: Region.prototype.varVector (method)", () => {
  isMethod(wh["Region"], "varVector");
});

test("var_vector.release: VarVector.prototype.close (close)", () => {
  isMethod(wh["VarVector"], "close");
});

test("var_vector.length: VarVector.prototype.length (method)", () => {
  isMethod(wh["VarVector"], "length");
});

test("var_vector.capacity: VarVector.prototype.capacity (method)", () => {
  isMethod(wh["VarVector"], "capacity");
});

test("var_vector.data_length: VarVector.prototype.dataLength (method)", () => {
  isMethod(wh["VarVector"], "dataLength");
});

test("var_vector.data_capacity: VarVector.prototype.dataCapacity (method)", () => {
  isMethod(wh["VarVector"], "dataCapacity");
});

test("var_vector.resize: VarVector.prototype.resize (method)", () => {
  isMethod(wh["VarVector"], "resize");
});

test("var_vector.null_count: VarVector.prototype.nullCount (method)", () => {
  isMethod(wh["VarVector"], "nullCount");
});

test("var_vector.is_utf8: VarVector.prototype.isUtf8 (method)", () => {
  isMethod(wh["VarVector"], "isUtf8");
});

test("var_vector.append: VarVector.prototype.append (method)", () => {
  isMethod(wh["VarVector"], "append");
});

test("var_vector.append_null: VarVector.prototype.appendNull (method)", () => {
  isMethod(wh["VarVector"], "appendNull");
});

test("var_vector.get: VarVector.prototype.get (method)", () => {
  isMethod(wh["VarVector"], "get");
});

test("var_vector.value_offset: VarVector.prototype.valueOffset (method)", () => {
  isMethod(wh["VarVector"], "valueOffset");
});

test("var_vector.value_length: VarVector.prototype.valueLength (method)", () => {
  isMethod(wh["VarVector"], "valueLength");
});

test("var_vector.is_valid: VarVector.prototype.isValid (method)", () => {
  isMethod(wh["VarVector"], "isValid");
});

test("var_vector.read: VarVector.prototype.read (method)", () => {
  isMethod(wh["VarVector"], "read");
});

test("batch.create: Region.prototype.batch (method)", () => {
  isMethod(wh["Region"], "batch");
});

test("batch.release: Batch.prototype.close (close)", () => {
  isMethod(wh["Batch"], "close");
});

test("batch.add_column: Batch.prototype.addColumn (method)", () => {
  isMethod(wh["Batch"], "addColumn");
});

test("batch.num_columns: Batch.prototype.numColumns (method)", () => {
  isMethod(wh["Batch"], "numColumns");
});

test("batch.num_rows: Batch.prototype.numRows (method)", () => {
  isMethod(wh["Batch"], "numRows");
});

test("batch.column_name: Batch.prototype.columnName (method)", () => {
  isMethod(wh["Batch"], "columnName");
});

test("batch.validate: Batch.prototype.validate (method)", () => {
  isMethod(wh["Batch"], "validate");
});

test("batch.append_row: Batch.prototype.appendRow (method)", () => {
  isMethod(wh["Batch"], "appendRow");
});

test("list_vector.create: Region.prototype.listVector (method)", () => {
  isMethod(wh["Region"], "listVector");
});

test("list_vector.release: ListVector.prototype.close (close)", () => {
  isMethod(wh["ListVector"], "close");
});

test("list_vector.length: ListVector.prototype.length (method)", () => {
  isMethod(wh["ListVector"], "length");
});

test("list_vector.capacity: ListVector.prototype.capacity (method)", () => {
  isMethod(wh["ListVector"], "capacity");
});

test("list_vector.null_count: ListVector.prototype.nullCount (method)", () => {
  isMethod(wh["ListVector"], "nullCount");
});

test("list_vector.is_map: ListVector.prototype.isMap (method)", () => {
  isMethod(wh["ListVector"], "isMap");
});

test("list_vector.is_valid: ListVector.prototype.isValid (method)", () => {
  isMethod(wh["ListVector"], "isValid");
});

test("list_vector.value_offset: ListVector.prototype.valueOffset (method)", () => {
  isMethod(wh["ListVector"], "valueOffset");
});

test("list_vector.value_length: ListVector.prototype.valueLength (method)", () => {
  isMethod(wh["ListVector"], "valueLength");
});

test("list_vector.append: ListVector.prototype.append (method)", () => {
  isMethod(wh["ListVector"], "append");
});

test("list_vector.append_null: ListVector.prototype.appendNull (method)", () => {
  isMethod(wh["ListVector"], "appendNull");
});

test("list_vector.lookup: ListVector.prototype.lookup (method)", () => {
  isMethod(wh["ListVector"], "lookup");
});

test("batch_stream.create: Region.prototype.batchStream (method)", () => {
  isMethod(wh["Region"], "batchStream");
});

test("batch_stream.release: BatchStream.prototype.close (close)", () => {
  isMethod(wh["BatchStream"], "close");
});

test("batch_stream.add_batch: BatchStream.prototype.addBatch (method)", () => {
  isMethod(wh["BatchStream"], "addBatch");
});

test("batch_stream.num_batches: BatchStream.prototype.numBatches (method)", () => {
  isMethod(wh["BatchStream"], "numBatches");
});

test("foreign.create: Region.prototype.foreign (method)", () => {
  isMethod(wh["Region"], "foreign");
});

test("foreign.release: Foreign.prototype.close (close)", () => {
  isMethod(wh["Foreign"], "close");
});

test("foreign.length: Foreign.prototype.length (method)", () => {
  isMethod(wh["Foreign"], "length");
});

test("foreign.null_count: Foreign.prototype.nullCount (method)", () => {
  isMethod(wh["Foreign"], "nullCount");
});

test("foreign.offset: Foreign.prototype.offset (method)", () => {
  isMethod(wh["Foreign"], "offset");
});

test("foreign.num_children: Foreign.prototype.numChildren (method)", () => {
  isMethod(wh["Foreign"], "numChildren");
});

test("foreign.format: Foreign.prototype.format (method)", () => {
  isMethod(wh["Foreign"], "format");
});

test("borrow.shared: WeaveHeapBuffer.prototype.view, Bytes.prototype.view, WeaveHeapString.prototype.view, Vector.prototype.view, VarVector.prototype.view, Foreign.prototype.view (view)", () => {
  isMethod(wh["WeaveHeapBuffer"], "view");
  isMethod(wh["Bytes"], "view");
  isMethod(wh["WeaveHeapString"], "view");
  isMethod(wh["Vector"], "view");
  isMethod(wh["VarVector"], "view");
  isMethod(wh["Foreign"], "view");
});

test("borrow.unique: WeaveHeapBuffer.prototype.view, Bytes.prototype.view, WeaveHeapString.prototype.view, Vector.prototype.view, VarVector.prototype.view, Foreign.prototype.view (view)", () => {
  isMethod(wh["WeaveHeapBuffer"], "view");
  isMethod(wh["Bytes"], "view");
  isMethod(wh["WeaveHeapString"], "view");
  isMethod(wh["Vector"], "view");
  isMethod(wh["VarVector"], "view");
  isMethod(wh["Foreign"], "view");
});

test("borrow.release: View.prototype.close (close)", () => {
  isMethod(wh["View"], "close");
});

test("handle.kind_of: wh.handleKindOf (function)", () => {
  assert.equal(typeof wh["handleKindOf"], 'function');
});

test("stats.global: wh.stats (function)", () => {
  assert.equal(typeof wh["stats"], 'function');
});

test("stats.set_enabled: wh.statsSetEnabled (function)", () => {
  assert.equal(typeof wh["statsSetEnabled"], 'function');
});

test("stats.enabled: wh.statsEnabled (function)", () => {
  assert.equal(typeof wh["statsEnabled"], 'function');
});

test("publish.start: wh.publishStart (function)", () => {
  assert.equal(typeof wh["publishStart"], 'function');
});

test("publish.now: wh.publishNow (function)", () => {
  assert.equal(typeof wh["publishNow"], 'function');
});

test("publish.stop: wh.publishStop (function)", () => {
  assert.equal(typeof wh["publishStop"], 'function');
});

test("publish.active: wh.publishActive (function)", () => {
  assert.equal(typeof wh["publishActive"], 'function');
});

test("handle region: Region (class)", () => {
  isClass(wh["Region"]);
  assert.equal(typeof wh["Region"].fromHandle, 'function');
});

test("handle buffer: WeaveHeapBuffer (class)", () => {
  isClass(wh["WeaveHeapBuffer"]);
  assert.equal(typeof wh["WeaveHeapBuffer"].fromHandle, 'function');
});

test("handle bytes: Bytes (class)", () => {
  isClass(wh["Bytes"]);
  assert.equal(typeof wh["Bytes"].fromHandle, 'function');
});

test("handle string: WeaveHeapString (class)", () => {
  isClass(wh["WeaveHeapString"]);
  assert.equal(typeof wh["WeaveHeapString"].fromHandle, 'function');
});

test("handle borrow: View (class)", () => {
  isClass(wh["View"]);
  assert.equal(typeof wh["View"].fromHandle, 'function');
});

test("handle vector: Vector (class)", () => {
  isClass(wh["Vector"]);
  assert.equal(typeof wh["Vector"].fromHandle, 'function');
});

test("handle batch: Batch (class)", () => {
  isClass(wh["Batch"]);
  assert.equal(typeof wh["Batch"].fromHandle, 'function');
});

test("handle batch_stream: BatchStream (class)", () => {
  isClass(wh["BatchStream"]);
  assert.equal(typeof wh["BatchStream"].fromHandle, 'function');
});

test("handle var_vector: VarVector (class)", () => {
  isClass(wh["VarVector"]);
  assert.equal(typeof wh["VarVector"].fromHandle, 'function');
});

test("handle list_vector: ListVector (class)", () => {
  isClass(wh["ListVector"]);
  assert.equal(typeof wh["ListVector"].fromHandle, 'function');
});

test("handle foreign: Foreign (class)", () => {
  isClass(wh["Foreign"]);
  assert.equal(typeof wh["Foreign"].fromHandle, 'function');
});

test("struct error: WeaveHeapError (struct)", () => {
  isClass(wh["WeaveHeapError"]);
});

test("struct region_options: RegionOptions (struct)", () => {
  // RegionOptions is a type: contract.ts checks it and its fields
});

test("struct view: View (struct)", () => {
  isClass(wh["View"]);
});

test("struct stats: Stats (struct)", () => {
  assert.deepEqual(Object.keys(wh.stats()).sort(), ["allocations", "borrowConflicts", "borrowsActive", "borrowsTaken", "bytesAllocated", "bytesLive", "bytesPeak", "bytesReserved", "copies", "copyBytes", "imports", "regionsLive", "releases", "staleRejected"]);
});

test("errors (base): WeaveHeapError (error)", () => {
  isError(wh["WeaveHeapError"], wh);
});

test("error invalid_argument = 1: InvalidArgumentError (error)", () => {
  isError(wh["InvalidArgumentError"], wh);
  assert.equal(wh["InvalidArgumentError"].prototype.code, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
  assert.equal(wh["InvalidArgumentError"].prototype.errno, 1);
  assert.ok(wh["InvalidArgumentError"].prototype instanceof wh["WeaveHeapError"]);
});

test("error out_of_memory = 2: OutOfMemoryError (error)", () => {
  isError(wh["OutOfMemoryError"], wh);
  assert.equal(wh["OutOfMemoryError"].prototype.code, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
  assert.equal(wh["OutOfMemoryError"].prototype.errno, 2);
  assert.ok(wh["OutOfMemoryError"].prototype instanceof wh["WeaveHeapError"]);
});

test("error stale_handle = 3: StaleHandleError (error)", () => {
  isError(wh["StaleHandleError"], wh);
  assert.equal(wh["StaleHandleError"].prototype.code, "WEAVEHEAP_ERR_STALE_HANDLE");
  assert.equal(wh["StaleHandleError"].prototype.errno, 3);
  assert.ok(wh["StaleHandleError"].prototype instanceof wh["WeaveHeapError"]);
});

test("error reused_handle = 4: ReusedHandleError (error)", () => {
  isError(wh["ReusedHandleError"], wh);
  assert.equal(wh["ReusedHandleError"].prototype.code, "WEAVEHEAP_ERR_REUSED_HANDLE");
  assert.equal(wh["ReusedHandleError"].prototype.errno, 4);
  assert.ok(wh["ReusedHandleError"].prototype instanceof wh["WeaveHeapError"]);
});

test("error forged_handle = 5: ForgedHandleError (error)", () => {
  isError(wh["ForgedHandleError"], wh);
  assert.equal(wh["ForgedHandleError"].prototype.code, "WEAVEHEAP_ERR_FORGED_HANDLE");
  assert.equal(wh["ForgedHandleError"].prototype.errno, 5);
  assert.ok(wh["ForgedHandleError"].prototype instanceof wh["WeaveHeapError"]);
});

test("error wrong_kind = 6: WrongKindError (error)", () => {
  isError(wh["WrongKindError"], wh);
  assert.equal(wh["WrongKindError"].prototype.code, "WEAVEHEAP_ERR_WRONG_KIND");
  assert.equal(wh["WrongKindError"].prototype.errno, 6);
  assert.ok(wh["WrongKindError"].prototype instanceof wh["WeaveHeapError"]);
});

test("error borrowed = 7: BorrowError (error)", () => {
  isError(wh["BorrowError"], wh);
  assert.equal(wh["BorrowError"].prototype.code, "WEAVEHEAP_ERR_BORROWED");
  assert.equal(wh["BorrowError"].prototype.errno, 7);
  assert.ok(wh["BorrowError"].prototype instanceof wh["WeaveHeapError"]);
});

test("error borrow_conflict = 8: BorrowConflictError (error)", () => {
  isError(wh["BorrowConflictError"], wh);
  assert.equal(wh["BorrowConflictError"].prototype.code, "WEAVEHEAP_ERR_BORROW_CONFLICT");
  assert.equal(wh["BorrowConflictError"].prototype.errno, 8);
  assert.ok(wh["BorrowConflictError"].prototype instanceof wh["BorrowError"]);
});

test("error invalid_utf8 = 9: InvalidUtf8Error (error)", () => {
  isError(wh["InvalidUtf8Error"], wh);
  assert.equal(wh["InvalidUtf8Error"].prototype.code, "WEAVEHEAP_ERR_INVALID_UTF8");
  assert.equal(wh["InvalidUtf8Error"].prototype.errno, 9);
  assert.ok(wh["InvalidUtf8Error"].prototype instanceof wh["WeaveHeapError"]);
});

test("error out_of_range = 10: OutOfRangeError (error)", () => {
  isError(wh["OutOfRangeError"], wh);
  assert.equal(wh["OutOfRangeError"].prototype.code, "WEAVEHEAP_ERR_OUT_OF_RANGE");
  assert.equal(wh["OutOfRangeError"].prototype.errno, 10);
  assert.ok(wh["OutOfRangeError"].prototype instanceof wh["WeaveHeapError"]);
});

test("error system_error = 11: SystemCallError (error)", () => {
  isError(wh["SystemCallError"], wh);
  assert.equal(wh["SystemCallError"].prototype.code, "WEAVEHEAP_ERR_SYSTEM_ERROR");
  assert.equal(wh["SystemCallError"].prototype.errno, 11);
  assert.ok(wh["SystemCallError"].prototype instanceof wh["WeaveHeapError"]);
});

// Used by the glue itself, with no JavaScript name: weaveheap.free_string, weaveheap.free_bytes, error.clear, vector.export_arrow, var_vector.export_arrow, batch.export_arrow, list_vector.export_arrow, batch_stream.export_arrow, foreign.import_array, foreign.export_arrow.
test('the glue\'s own functions are not exported', () => {
  for (const name of Object.keys(wh)) assert.doesNotMatch(name, /^(free|errorClear)/);
});
