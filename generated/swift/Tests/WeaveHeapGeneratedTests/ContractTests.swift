// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
// The API contract for Swift: every name of docs/api.md's Swift column, referenced with the
// type its kind implies (a module-level function, an instance method, a class, a
// constructor, close, a view, an error case). A name the package lacks, or has as another
// kind of thing, fails to compile, and with it this test target.
import XCTest
import WeaveHeap

func requireSendable<T: Sendable>(_ type: T.Type) {}

final class ContractTests: XCTestCase {
    func testEveryNameOfTheSwiftColumnHasItsKind() {
        // weaveheap.version_number: function WeaveHeap.versionNumber
        let _: () -> UInt32 = WeaveHeap.versionNumber
        // weaveheap.version_string: function WeaveHeap.versionString
        let _: () -> String = WeaveHeap.versionString
        // weaveheap.abi_version: function WeaveHeap.abiVersion
        let _: () -> UInt32 = WeaveHeap.abiVersion
        // weaveheap.idl_hash: function WeaveHeap.idlHash
        let _: () -> String = WeaveHeap.idlHash
        // weaveheap.strerror: function WeaveHeap.strerror
        let _: (Int32) -> String = WeaveHeap.strerror(code:)
        // region.create: constructor Region()
        let _: () throws -> Region = { try Region() }
        let _: (RegionOptions) throws -> Region = Region.init(options:)
        // region.destroy: close Region.close
        let _: (Region) -> () throws -> Void = Region.close
        // region.reset: method Region.reset
        let _: (Region) -> () throws -> Void = Region.reset
        // region.stats: method Region.stats
        let _: (Region) -> () throws -> Stats = Region.stats
        // buffer.alloc: method Region.alloc
        let _: (Region) -> (UInt64, UInt64) throws -> BufferOf<SingleThreaded> = Region.alloc(size:align:)
        // buffer.release: close Buffer.close
        let _: (Buffer) -> () throws -> Void = Buffer.close
        // buffer.size: method Buffer.size
        let _: (Buffer) -> () throws -> UInt64 = Buffer.size
        // buffer.write: method Buffer.write
        let _: (Buffer) -> (UInt64, [UInt8]) throws -> Void = Buffer.write(offset:data:)
        // buffer.read: method Buffer.read
        let _: (Buffer) -> (UInt64, inout [UInt8]) throws -> Void = Buffer.read(offset:dst:)
        // bytes.create: method Region.bytes
        let _: (Region) -> ([UInt8]) throws -> BytesOf<SingleThreaded> = Region.bytes(data:)
        // bytes.release: close Bytes.close
        let _: (Bytes) -> () throws -> Void = Bytes.close
        // bytes.length: method Bytes.length
        let _: (Bytes) -> () throws -> UInt64 = Bytes.length
        // bytes.dup: method Bytes.dup
        let _: (Bytes) -> () throws -> [UInt8] = Bytes.dup
        // string.create: method Region.string
        let _: (Region) -> (String) throws -> WeaveHeapStringOf<SingleThreaded> = Region.string(text:)
        // string.release: close WeaveHeapString.close
        let _: (WeaveHeapString) -> () throws -> Void = WeaveHeapString.close
        // string.length: method WeaveHeapString.length
        let _: (WeaveHeapString) -> () throws -> UInt64 = WeaveHeapString.length
        // string.dup: method WeaveHeapString.dup
        let _: (WeaveHeapString) -> () throws -> String = WeaveHeapString.dup
        // vector.create: method Region.vector
        let _: (Region) -> (ElementType, UInt64, Bool) throws -> VectorOf<SingleThreaded> = Region.vector(type:capacity:nullable:)
        // vector.release: close Vector.close
        let _: (Vector) -> () throws -> Void = Vector.close
        // vector.length: method Vector.length
        let _: (Vector) -> () throws -> UInt64 = Vector.length
        // vector.capacity: method Vector.capacity
        let _: (Vector) -> () throws -> UInt64 = Vector.capacity
        // vector.resize: method Vector.resize
        let _: (Vector) -> (UInt64) throws -> Void = Vector.resize(capacity:)
        // vector.element_type: method Vector.elementType
        let _: (Vector) -> () throws -> ElementType = Vector.elementType
        // vector.null_count: method Vector.nullCount
        let _: (Vector) -> () throws -> UInt64 = Vector.nullCount
        // vector.append: method Vector.append
        let _: (Vector) -> (Int64) throws -> Void = Vector.append(value:)
        // vector.extend: method Vector.extend
        let _: (Vector) -> ([UInt8]) throws -> Void = Vector.extend(data:)
        // vector.append_null: method Vector.appendNull
        let _: (Vector) -> () throws -> Void = Vector.appendNull
        // vector.set: method Vector.set
        let _: (Vector) -> (UInt64, Int64) throws -> Void = Vector.set(index:value:)
        // vector.get: method Vector.get
        let _: (Vector) -> (UInt64) throws -> Int64 = Vector.get(index:)
        // vector.append_f64: method Vector.appendF64
        let _: (Vector) -> (Double) throws -> Void = Vector.appendF64(value:)
        // vector.set_f64: method Vector.setF64
        let _: (Vector) -> (UInt64, Double) throws -> Void = Vector.setF64(index:value:)
        // vector.get_f64: method Vector.getF64
        let _: (Vector) -> (UInt64) throws -> Double = Vector.getF64(index:)
        // vector.is_valid: method Vector.isValid
        let _: (Vector) -> (UInt64) throws -> Bool = Vector.isValid(index:)
        // vector.read: method Vector.read
        let _: (Vector) -> (UInt64, inout [UInt8]) throws -> Void = Vector.read(offset:dst:)
        // var_vector.create: method Region.varVector
        let _: (Region) -> (UInt64, UInt64, Bool, Bool) throws -> VarVectorOf<SingleThreaded> = Region.varVector(capacity:dataCapacity:nullable:binary:)
        // var_vector.release: close VarVector.close
        let _: (VarVector) -> () throws -> Void = VarVector.close
        // var_vector.length: method VarVector.length
        let _: (VarVector) -> () throws -> UInt64 = VarVector.length
        // var_vector.capacity: method VarVector.capacity
        let _: (VarVector) -> () throws -> UInt64 = VarVector.capacity
        // var_vector.data_length: method VarVector.dataLength
        let _: (VarVector) -> () throws -> UInt64 = VarVector.dataLength
        // var_vector.data_capacity: method VarVector.dataCapacity
        let _: (VarVector) -> () throws -> UInt64 = VarVector.dataCapacity
        // var_vector.resize: method VarVector.resize
        let _: (VarVector) -> (UInt64, UInt64) throws -> Void = VarVector.resize(capacity:dataCapacity:)
        // var_vector.null_count: method VarVector.nullCount
        let _: (VarVector) -> () throws -> UInt64 = VarVector.nullCount
        // var_vector.is_utf8: method VarVector.isUtf8
        let _: (VarVector) -> () throws -> Bool = VarVector.isUtf8
        // var_vector.append: method VarVector.append
        let _: (VarVector) -> (String) throws -> Void = VarVector.append(value:)
        // var_vector.append_null: method VarVector.appendNull
        let _: (VarVector) -> () throws -> Void = VarVector.appendNull
        // var_vector.get: method VarVector.get
        let _: (VarVector) -> (UInt64) throws -> [UInt8] = VarVector.get(index:)
        // var_vector.value_offset: method VarVector.valueOffset
        let _: (VarVector) -> (UInt64) throws -> UInt64 = VarVector.valueOffset(index:)
        // var_vector.value_length: method VarVector.valueLength
        let _: (VarVector) -> (UInt64) throws -> UInt64 = VarVector.valueLength(index:)
        // var_vector.is_valid: method VarVector.isValid
        let _: (VarVector) -> (UInt64) throws -> Bool = VarVector.isValid(index:)
        // var_vector.read: method VarVector.read
        let _: (VarVector) -> (UInt64, inout [UInt8]) throws -> Void = VarVector.read(offset:dst:)
        // batch.create: method Region.batch
        let _: (Region) -> (UInt32) throws -> BatchOf<SingleThreaded> = Region.batch(maxColumns:)
        // batch.release: close Batch.close
        let _: (Batch) -> () throws -> Void = Batch.close
        // batch.add_column: method Batch.addColumn
        let _: (Batch) -> ([UInt8], UInt64) throws -> Void = Batch.addColumn(name:column:)
        // batch.num_columns: method Batch.numColumns
        let _: (Batch) -> () throws -> UInt64 = Batch.numColumns
        // batch.num_rows: method Batch.numRows
        let _: (Batch) -> () throws -> UInt64 = Batch.numRows
        // batch.column_name: method Batch.columnName
        let _: (Batch) -> (UInt64) throws -> String = Batch.columnName(index:)
        // batch.validate: method Batch.validate
        let _: (Batch) -> () throws -> Void = Batch.validate
        // batch.append_row: method Batch.appendRow
        let _: (Batch) -> ([UInt8]) throws -> Void = Batch.appendRow(row:)
        // list_vector.create: method Region.listVector
        let _: (Region) -> (UInt64, UInt64, Bool, Bool) throws -> ListVectorOf<SingleThreaded> = Region.listVector(child:capacity:nullable:map:)
        // list_vector.release: close ListVector.close
        let _: (ListVector) -> () throws -> Void = ListVector.close
        // list_vector.length: method ListVector.length
        let _: (ListVector) -> () throws -> UInt64 = ListVector.length
        // list_vector.capacity: method ListVector.capacity
        let _: (ListVector) -> () throws -> UInt64 = ListVector.capacity
        // list_vector.null_count: method ListVector.nullCount
        let _: (ListVector) -> () throws -> UInt64 = ListVector.nullCount
        // list_vector.is_map: method ListVector.isMap
        let _: (ListVector) -> () throws -> Bool = ListVector.isMap
        // list_vector.is_valid: method ListVector.isValid
        let _: (ListVector) -> (UInt64) throws -> Bool = ListVector.isValid(index:)
        // list_vector.value_offset: method ListVector.valueOffset
        let _: (ListVector) -> (UInt64) throws -> UInt64 = ListVector.valueOffset(index:)
        // list_vector.value_length: method ListVector.valueLength
        let _: (ListVector) -> (UInt64) throws -> UInt64 = ListVector.valueLength(index:)
        // list_vector.append: method ListVector.append
        let _: (ListVector) -> ([UInt8]) throws -> Void = ListVector.append(value:)
        // list_vector.append_null: method ListVector.appendNull
        let _: (ListVector) -> () throws -> Void = ListVector.appendNull
        // list_vector.lookup: method ListVector.lookup
        let _: (ListVector) -> (UInt64, [UInt8]) throws -> Int64 = ListVector.lookup(index:key:)
        // batch_stream.create: method Region.batchStream
        let _: (Region) -> (UInt32) throws -> BatchStreamOf<SingleThreaded> = Region.batchStream(maxBatches:)
        // batch_stream.release: close BatchStream.close
        let _: (BatchStream) -> () throws -> Void = BatchStream.close
        // batch_stream.add_batch: method BatchStream.addBatch
        let _: (BatchStream) -> (UInt64) throws -> Void = BatchStream.addBatch(batch:)
        // batch_stream.num_batches: method BatchStream.numBatches
        let _: (BatchStream) -> () throws -> UInt64 = BatchStream.numBatches
        // foreign.create: method Region.foreign
        let _: (Region) -> (ElementType, [UInt8]) throws -> ForeignOf<SingleThreaded> = Region.foreign(type:values:)
        // foreign.release: close Foreign.close
        let _: (Foreign) -> () throws -> Void = Foreign.close
        // foreign.length: method Foreign.length
        let _: (Foreign) -> () throws -> UInt64 = Foreign.length
        // foreign.null_count: method Foreign.nullCount
        let _: (Foreign) -> () throws -> UInt64 = Foreign.nullCount
        // foreign.offset: method Foreign.offset
        let _: (Foreign) -> () throws -> UInt64 = Foreign.offset
        // foreign.num_children: method Foreign.numChildren
        let _: (Foreign) -> () throws -> UInt64 = Foreign.numChildren
        // foreign.format: method Foreign.format
        let _: (Foreign) -> () throws -> String = Foreign.format
        // borrow.shared: view Buffer.view, Bytes.view, WeaveHeapString.view, Vector.view, VarVector.view, Foreign.view
        let _: (Buffer) -> () throws -> View = Buffer.view
        let _: (Buffer) -> ((UnsafeRawBufferPointer) throws -> Int) throws -> Int = Buffer.view
        let _: (Bytes) -> () throws -> View = Bytes.view
        let _: (Bytes) -> ((UnsafeRawBufferPointer) throws -> Int) throws -> Int = Bytes.view
        let _: (WeaveHeapString) -> () throws -> View = WeaveHeapString.view
        let _: (WeaveHeapString) -> ((UnsafeRawBufferPointer) throws -> Int) throws -> Int = WeaveHeapString.view
        let _: (Vector) -> () throws -> View = Vector.view
        let _: (Vector) -> ((UnsafeRawBufferPointer) throws -> Int) throws -> Int = Vector.view
        let _: (VarVector) -> () throws -> View = VarVector.view
        let _: (VarVector) -> ((UnsafeRawBufferPointer) throws -> Int) throws -> Int = VarVector.view
        let _: (Foreign) -> () throws -> View = Foreign.view
        let _: (Foreign) -> ((UnsafeRawBufferPointer) throws -> Int) throws -> Int = Foreign.view
        // borrow.unique: view Buffer.view, Bytes.view, WeaveHeapString.view, Vector.view, VarVector.view, Foreign.view
        let _: (Buffer) -> (UniqueBorrow) throws -> View = Buffer.view
        let _: (Buffer) -> (UniqueBorrow, (UnsafeMutableRawBufferPointer) throws -> Int) throws -> Int = Buffer.view
        let _: (Bytes) -> (UniqueBorrow) throws -> View = Bytes.view
        let _: (Bytes) -> (UniqueBorrow, (UnsafeRawBufferPointer) throws -> Int) throws -> Int = Bytes.view
        let _: (WeaveHeapString) -> (UniqueBorrow) throws -> View = WeaveHeapString.view
        let _: (WeaveHeapString) -> (UniqueBorrow, (UnsafeRawBufferPointer) throws -> Int) throws -> Int = WeaveHeapString.view
        let _: (Vector) -> (UniqueBorrow) throws -> View = Vector.view
        let _: (Vector) -> (UniqueBorrow, (UnsafeRawBufferPointer) throws -> Int) throws -> Int = Vector.view
        let _: (VarVector) -> (UniqueBorrow) throws -> View = VarVector.view
        let _: (VarVector) -> (UniqueBorrow, (UnsafeRawBufferPointer) throws -> Int) throws -> Int = VarVector.view
        let _: (Foreign) -> (UniqueBorrow) throws -> View = Foreign.view
        let _: (Foreign) -> (UniqueBorrow, (UnsafeRawBufferPointer) throws -> Int) throws -> Int = Foreign.view
        // borrow.release: close View.close
        let _: (View) -> () throws -> Void = View.close
        // handle.kind_of: function WeaveHeap.handleKindOf
        let _: (UInt64) throws -> HandleKind = WeaveHeap.handleKindOf(handle:)
        // stats.global: function WeaveHeap.stats
        let _: () throws -> Stats = WeaveHeap.stats
        // stats.set_enabled: function WeaveHeap.statsSetEnabled
        let _: (Bool) -> Void = WeaveHeap.statsSetEnabled(enabled:)
        // stats.enabled: function WeaveHeap.statsEnabled
        let _: () -> Bool = WeaveHeap.statsEnabled
        // publish.start: function WeaveHeap.publishStart
        let _: (UInt32) throws -> Void = WeaveHeap.publishStart(intervalMs:)
        // publish.now: function WeaveHeap.publishNow
        let _: () throws -> Void = WeaveHeap.publishNow
        // publish.stop: function WeaveHeap.publishStop
        let _: () -> Void = WeaveHeap.publishStop
        // publish.active: function WeaveHeap.publishActive
        let _: () -> Bool = WeaveHeap.publishActive
        // handle region: class Region
        let _: AnyObject.Type = Region.self
        // handle buffer: class Buffer
        let _: AnyObject.Type = Buffer.self
        // handle bytes: class Bytes
        let _: AnyObject.Type = Bytes.self
        // handle string: class WeaveHeapString
        let _: AnyObject.Type = WeaveHeapString.self
        // handle borrow: class View
        let _: AnyObject.Type = View.self
        // handle vector: class Vector
        let _: AnyObject.Type = Vector.self
        // handle batch: class Batch
        let _: AnyObject.Type = Batch.self
        // handle batch_stream: class BatchStream
        let _: AnyObject.Type = BatchStream.self
        // handle var_vector: class VarVector
        let _: AnyObject.Type = VarVector.self
        // handle list_vector: class ListVector
        let _: AnyObject.Type = ListVector.self
        // handle foreign: class Foreign
        let _: AnyObject.Type = Foreign.self
        // struct error: struct WeaveHeapError
        let _: Any.Type = WeaveHeapError.self
        // struct region_options: struct RegionOptions
        let _: Any.Type = RegionOptions.self
        // struct view: struct View
        let _: Any.Type = View.self
        // struct stats: struct Stats
        let _: Any.Type = Stats.self
        // errors (base): error WeaveHeapError
        let _: any Error.Type = WeaveHeapError.self
        // error invalid_argument = 1: error WeaveHeapError.invalidArgument
        let _: (String) -> WeaveHeapError = WeaveHeapError.invalidArgument(message:)
        // error out_of_memory = 2: error WeaveHeapError.outOfMemory
        let _: (String) -> WeaveHeapError = WeaveHeapError.outOfMemory(message:)
        // error stale_handle = 3: error WeaveHeapError.staleHandle
        let _: (String) -> WeaveHeapError = WeaveHeapError.staleHandle(message:)
        // error reused_handle = 4: error WeaveHeapError.reusedHandle
        let _: (String) -> WeaveHeapError = WeaveHeapError.reusedHandle(message:)
        // error forged_handle = 5: error WeaveHeapError.forgedHandle
        let _: (String) -> WeaveHeapError = WeaveHeapError.forgedHandle(message:)
        // error wrong_kind = 6: error WeaveHeapError.wrongKind
        let _: (String) -> WeaveHeapError = WeaveHeapError.wrongKind(message:)
        // error borrowed = 7: error WeaveHeapError.borrow
        let _: (String) -> WeaveHeapError = WeaveHeapError.borrow(message:)
        // error borrow_conflict = 8: error WeaveHeapError.borrowConflict
        let _: (String) -> WeaveHeapError = WeaveHeapError.borrowConflict(message:)
        // error invalid_utf8 = 9: error WeaveHeapError.invalidUtf8
        let _: (String) -> WeaveHeapError = WeaveHeapError.invalidUtf8(message:)
        // error out_of_range = 10: error WeaveHeapError.outOfRange
        let _: (String) -> WeaveHeapError = WeaveHeapError.outOfRange(message:)
        // error system_error = 11: error WeaveHeapError.systemCall
        let _: (String) -> WeaveHeapError = WeaveHeapError.systemCall(message:)
        // region.stats from any thread: Region.AnyThread.stats
        let _: (Region.AnyThread) -> () throws -> Stats = Region.AnyThread.stats
        // Glue: weaveheap.free_string, weaveheap.free_bytes, error.clear, vector.export_arrow, var_vector.export_arrow, batch.export_arrow, list_vector.export_arrow, batch_stream.export_arrow, foreign.import_array, foreign.export_arrow (called by the package for the user).
        // Sendable: the classes of a thread-safe region, and the threads(any) facets.
        requireSendable(ThreadSafeRegion.self)
        requireSendable(Region.AnyThread.self)
        requireSendable(ThreadSafeBuffer.self)
        requireSendable(ThreadSafeBytes.self)
        requireSendable(ThreadSafeString.self)
        requireSendable(ThreadSafeVector.self)
        requireSendable(ThreadSafeBatch.self)
        requireSendable(ThreadSafeBatchStream.self)
        requireSendable(ThreadSafeVarVector.self)
        requireSendable(ThreadSafeListVector.self)
        requireSendable(ThreadSafeForeign.self)
    }

    func testEveryErrorHasItsCodeAndFamily() {
        do {
            let error = WeaveHeapError.invalidArgument(message: "m")
            XCTAssertEqual(error.code.rawValue, 1)
            XCTAssertEqual(error.code.description, "WEAVEHEAP_ERR_INVALID_ARGUMENT")
            XCTAssertEqual(error.message, "m")
            XCTAssertEqual(WeaveHeapError(code: 1, message: "m"), error)
            XCTAssertTrue(error.isA(.invalidArgument))
            XCTAssertTrue(WeaveHeapError.Code.invalidArgument ~= error)
            XCTAssertFalse(error.isA(.outOfMemory))
            XCTAssertFalse(error.isA(.staleHandle))
            XCTAssertFalse(error.isA(.reusedHandle))
            XCTAssertFalse(error.isA(.forgedHandle))
            XCTAssertFalse(error.isA(.wrongKind))
            XCTAssertFalse(error.isA(.borrow))
            XCTAssertFalse(error.isA(.borrowConflict))
            XCTAssertFalse(error.isA(.invalidUtf8))
            XCTAssertFalse(error.isA(.outOfRange))
            XCTAssertFalse(error.isA(.systemCall))
        }
        do {
            let error = WeaveHeapError.outOfMemory(message: "m")
            XCTAssertEqual(error.code.rawValue, 2)
            XCTAssertEqual(error.code.description, "WEAVEHEAP_ERR_OUT_OF_MEMORY")
            XCTAssertEqual(error.message, "m")
            XCTAssertEqual(WeaveHeapError(code: 2, message: "m"), error)
            XCTAssertTrue(error.isA(.outOfMemory))
            XCTAssertTrue(WeaveHeapError.Code.outOfMemory ~= error)
            XCTAssertFalse(error.isA(.invalidArgument))
            XCTAssertFalse(error.isA(.staleHandle))
            XCTAssertFalse(error.isA(.reusedHandle))
            XCTAssertFalse(error.isA(.forgedHandle))
            XCTAssertFalse(error.isA(.wrongKind))
            XCTAssertFalse(error.isA(.borrow))
            XCTAssertFalse(error.isA(.borrowConflict))
            XCTAssertFalse(error.isA(.invalidUtf8))
            XCTAssertFalse(error.isA(.outOfRange))
            XCTAssertFalse(error.isA(.systemCall))
        }
        do {
            let error = WeaveHeapError.staleHandle(message: "m")
            XCTAssertEqual(error.code.rawValue, 3)
            XCTAssertEqual(error.code.description, "WEAVEHEAP_ERR_STALE_HANDLE")
            XCTAssertEqual(error.message, "m")
            XCTAssertEqual(WeaveHeapError(code: 3, message: "m"), error)
            XCTAssertTrue(error.isA(.staleHandle))
            XCTAssertTrue(WeaveHeapError.Code.staleHandle ~= error)
            XCTAssertFalse(error.isA(.invalidArgument))
            XCTAssertFalse(error.isA(.outOfMemory))
            XCTAssertFalse(error.isA(.reusedHandle))
            XCTAssertFalse(error.isA(.forgedHandle))
            XCTAssertFalse(error.isA(.wrongKind))
            XCTAssertFalse(error.isA(.borrow))
            XCTAssertFalse(error.isA(.borrowConflict))
            XCTAssertFalse(error.isA(.invalidUtf8))
            XCTAssertFalse(error.isA(.outOfRange))
            XCTAssertFalse(error.isA(.systemCall))
        }
        do {
            let error = WeaveHeapError.reusedHandle(message: "m")
            XCTAssertEqual(error.code.rawValue, 4)
            XCTAssertEqual(error.code.description, "WEAVEHEAP_ERR_REUSED_HANDLE")
            XCTAssertEqual(error.message, "m")
            XCTAssertEqual(WeaveHeapError(code: 4, message: "m"), error)
            XCTAssertTrue(error.isA(.reusedHandle))
            XCTAssertTrue(WeaveHeapError.Code.reusedHandle ~= error)
            XCTAssertFalse(error.isA(.invalidArgument))
            XCTAssertFalse(error.isA(.outOfMemory))
            XCTAssertFalse(error.isA(.staleHandle))
            XCTAssertFalse(error.isA(.forgedHandle))
            XCTAssertFalse(error.isA(.wrongKind))
            XCTAssertFalse(error.isA(.borrow))
            XCTAssertFalse(error.isA(.borrowConflict))
            XCTAssertFalse(error.isA(.invalidUtf8))
            XCTAssertFalse(error.isA(.outOfRange))
            XCTAssertFalse(error.isA(.systemCall))
        }
        do {
            let error = WeaveHeapError.forgedHandle(message: "m")
            XCTAssertEqual(error.code.rawValue, 5)
            XCTAssertEqual(error.code.description, "WEAVEHEAP_ERR_FORGED_HANDLE")
            XCTAssertEqual(error.message, "m")
            XCTAssertEqual(WeaveHeapError(code: 5, message: "m"), error)
            XCTAssertTrue(error.isA(.forgedHandle))
            XCTAssertTrue(WeaveHeapError.Code.forgedHandle ~= error)
            XCTAssertFalse(error.isA(.invalidArgument))
            XCTAssertFalse(error.isA(.outOfMemory))
            XCTAssertFalse(error.isA(.staleHandle))
            XCTAssertFalse(error.isA(.reusedHandle))
            XCTAssertFalse(error.isA(.wrongKind))
            XCTAssertFalse(error.isA(.borrow))
            XCTAssertFalse(error.isA(.borrowConflict))
            XCTAssertFalse(error.isA(.invalidUtf8))
            XCTAssertFalse(error.isA(.outOfRange))
            XCTAssertFalse(error.isA(.systemCall))
        }
        do {
            let error = WeaveHeapError.wrongKind(message: "m")
            XCTAssertEqual(error.code.rawValue, 6)
            XCTAssertEqual(error.code.description, "WEAVEHEAP_ERR_WRONG_KIND")
            XCTAssertEqual(error.message, "m")
            XCTAssertEqual(WeaveHeapError(code: 6, message: "m"), error)
            XCTAssertTrue(error.isA(.wrongKind))
            XCTAssertTrue(WeaveHeapError.Code.wrongKind ~= error)
            XCTAssertFalse(error.isA(.invalidArgument))
            XCTAssertFalse(error.isA(.outOfMemory))
            XCTAssertFalse(error.isA(.staleHandle))
            XCTAssertFalse(error.isA(.reusedHandle))
            XCTAssertFalse(error.isA(.forgedHandle))
            XCTAssertFalse(error.isA(.borrow))
            XCTAssertFalse(error.isA(.borrowConflict))
            XCTAssertFalse(error.isA(.invalidUtf8))
            XCTAssertFalse(error.isA(.outOfRange))
            XCTAssertFalse(error.isA(.systemCall))
        }
        do {
            let error = WeaveHeapError.borrow(message: "m")
            XCTAssertEqual(error.code.rawValue, 7)
            XCTAssertEqual(error.code.description, "WEAVEHEAP_ERR_BORROWED")
            XCTAssertEqual(error.message, "m")
            XCTAssertEqual(WeaveHeapError(code: 7, message: "m"), error)
            XCTAssertTrue(error.isA(.borrow))
            XCTAssertTrue(WeaveHeapError.Code.borrow ~= error)
            XCTAssertFalse(error.isA(.invalidArgument))
            XCTAssertFalse(error.isA(.outOfMemory))
            XCTAssertFalse(error.isA(.staleHandle))
            XCTAssertFalse(error.isA(.reusedHandle))
            XCTAssertFalse(error.isA(.forgedHandle))
            XCTAssertFalse(error.isA(.wrongKind))
            XCTAssertFalse(error.isA(.borrowConflict))
            XCTAssertFalse(error.isA(.invalidUtf8))
            XCTAssertFalse(error.isA(.outOfRange))
            XCTAssertFalse(error.isA(.systemCall))
        }
        do {
            let error = WeaveHeapError.borrowConflict(message: "m")
            XCTAssertEqual(error.code.rawValue, 8)
            XCTAssertEqual(error.code.description, "WEAVEHEAP_ERR_BORROW_CONFLICT")
            XCTAssertEqual(error.message, "m")
            XCTAssertEqual(WeaveHeapError(code: 8, message: "m"), error)
            XCTAssertTrue(error.isA(.borrowConflict))
            XCTAssertTrue(WeaveHeapError.Code.borrowConflict ~= error)
            XCTAssertTrue(error.isA(.borrow))
            XCTAssertTrue(WeaveHeapError.Code.borrow ~= error)
            XCTAssertFalse(error.isA(.invalidArgument))
            XCTAssertFalse(error.isA(.outOfMemory))
            XCTAssertFalse(error.isA(.staleHandle))
            XCTAssertFalse(error.isA(.reusedHandle))
            XCTAssertFalse(error.isA(.forgedHandle))
            XCTAssertFalse(error.isA(.wrongKind))
            XCTAssertFalse(error.isA(.invalidUtf8))
            XCTAssertFalse(error.isA(.outOfRange))
            XCTAssertFalse(error.isA(.systemCall))
        }
        do {
            let error = WeaveHeapError.invalidUtf8(message: "m")
            XCTAssertEqual(error.code.rawValue, 9)
            XCTAssertEqual(error.code.description, "WEAVEHEAP_ERR_INVALID_UTF8")
            XCTAssertEqual(error.message, "m")
            XCTAssertEqual(WeaveHeapError(code: 9, message: "m"), error)
            XCTAssertTrue(error.isA(.invalidUtf8))
            XCTAssertTrue(WeaveHeapError.Code.invalidUtf8 ~= error)
            XCTAssertFalse(error.isA(.invalidArgument))
            XCTAssertFalse(error.isA(.outOfMemory))
            XCTAssertFalse(error.isA(.staleHandle))
            XCTAssertFalse(error.isA(.reusedHandle))
            XCTAssertFalse(error.isA(.forgedHandle))
            XCTAssertFalse(error.isA(.wrongKind))
            XCTAssertFalse(error.isA(.borrow))
            XCTAssertFalse(error.isA(.borrowConflict))
            XCTAssertFalse(error.isA(.outOfRange))
            XCTAssertFalse(error.isA(.systemCall))
        }
        do {
            let error = WeaveHeapError.outOfRange(message: "m")
            XCTAssertEqual(error.code.rawValue, 10)
            XCTAssertEqual(error.code.description, "WEAVEHEAP_ERR_OUT_OF_RANGE")
            XCTAssertEqual(error.message, "m")
            XCTAssertEqual(WeaveHeapError(code: 10, message: "m"), error)
            XCTAssertTrue(error.isA(.outOfRange))
            XCTAssertTrue(WeaveHeapError.Code.outOfRange ~= error)
            XCTAssertFalse(error.isA(.invalidArgument))
            XCTAssertFalse(error.isA(.outOfMemory))
            XCTAssertFalse(error.isA(.staleHandle))
            XCTAssertFalse(error.isA(.reusedHandle))
            XCTAssertFalse(error.isA(.forgedHandle))
            XCTAssertFalse(error.isA(.wrongKind))
            XCTAssertFalse(error.isA(.borrow))
            XCTAssertFalse(error.isA(.borrowConflict))
            XCTAssertFalse(error.isA(.invalidUtf8))
            XCTAssertFalse(error.isA(.systemCall))
        }
        do {
            let error = WeaveHeapError.systemCall(message: "m")
            XCTAssertEqual(error.code.rawValue, 11)
            XCTAssertEqual(error.code.description, "WEAVEHEAP_ERR_SYSTEM_ERROR")
            XCTAssertEqual(error.message, "m")
            XCTAssertEqual(WeaveHeapError(code: 11, message: "m"), error)
            XCTAssertTrue(error.isA(.systemCall))
            XCTAssertTrue(WeaveHeapError.Code.systemCall ~= error)
            XCTAssertFalse(error.isA(.invalidArgument))
            XCTAssertFalse(error.isA(.outOfMemory))
            XCTAssertFalse(error.isA(.staleHandle))
            XCTAssertFalse(error.isA(.reusedHandle))
            XCTAssertFalse(error.isA(.forgedHandle))
            XCTAssertFalse(error.isA(.wrongKind))
            XCTAssertFalse(error.isA(.borrow))
            XCTAssertFalse(error.isA(.borrowConflict))
            XCTAssertFalse(error.isA(.invalidUtf8))
            XCTAssertFalse(error.isA(.outOfRange))
        }
    }
}
