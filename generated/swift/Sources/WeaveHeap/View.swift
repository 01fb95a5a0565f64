// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
import CWeaveHeap

/// A window on memory owned by the core, valid exactly as long as the borrow token returned
/// with it.
///
/// A `View` holds its borrow until `close()` (a second `close()` does nothing) or its
/// deinit, and keeps its target alive. Its memory is reached only inside
/// `withUnsafeBytes` / `withUnsafeMutableBytes`, which throw once the view is closed, so a
/// kept `View` never reads freed memory. Not `Sendable`: a borrow belongs to the code that
/// holds it (close it where it is used). The closure form, `object.view { bytes in ... }`,
/// needs no `View` at all.
public final class View: HandleObject {
    /// The borrow token.
    public let token: UInt64
    /// The object viewed (nil for an adopted token).
    public let target: AnyObject?
    /// Whether the memory may be written (the unique view of a writable object).
    public let writable: Bool
    /// The length in bytes.
    public let count: Int
    /// The address of the first byte, as the core's view has it: the memory itself, never a copy.
    public let address: UInt
    private let data: UnsafeMutableRawPointer?
    private var live = true

    /// The token, as every object's `handle`.
    public var handle: UInt64 { token }

    init(token: UInt64, view: weaveheap_view, target: AnyObject) {
        self.token = token
        self.target = target
        self.writable = view.writable
        self.count = Int(view.length)
        self.data = UnsafeMutableRawPointer(view.data)
        self.address = UInt(bitPattern: view.data)
    }

    /// Adopts a borrow token: `close()` and deinit release it. The view has no memory (count
    /// 0): it is for releasing a token that came from elsewhere.
    public init(adopting token: UInt64) {
        self.token = token
        self.target = nil
        self.writable = false
        self.count = 0
        self.data = nil
        self.address = 0
    }

    deinit {
        if live {
            weaveheap_borrow_release(token, nil)
        }
    }

    /// Whether `close()` has succeeded.
    public var isClosed: Bool { !live }

    /// Ends a borrow; the view must not be used again. A second release of the same token is a
    /// stale-handle error.
    /// A second `close()` after one that succeeded does nothing.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    public func close() throws {
        guard live else { return }
        try weaveheapCall { err in weaveheap_borrow_release(token, err) }
        live = false
    }

    /// Calls `body` with the viewed memory. Throws `WeaveHeapError.staleHandle` once closed.
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        guard live else {
            throw WeaveHeapError.staleHandle(message: "view \(token) was closed")
        }
        return try body(UnsafeRawBufferPointer(start: data, count: count))
    }

    /// Calls `body` with the viewed memory, writable. Throws `WeaveHeapError.staleHandle`
    /// once closed, and `WeaveHeapError.invalidArgument` when the view is read-only.
    public func withUnsafeMutableBytes<R>(_ body: (UnsafeMutableRawBufferPointer) throws -> R) throws -> R {
        guard live else {
            throw WeaveHeapError.staleHandle(message: "view \(token) was closed")
        }
        guard writable else {
            throw WeaveHeapError.invalidArgument(message: "view \(token) is read-only")
        }
        return try body(UnsafeMutableRawBufferPointer(start: data, count: count))
    }

    /// The element type of the values viewed (nil: bytes, or an adopted token).
    private func elementType() throws -> ElementType? {
        try (target as? ElementTypeHolder)?.elementType()
    }

    /// Calls `body` with the viewed values as an `UnsafeBufferPointer<T>` over the core's memory
    /// (no copy). Throws `WeaveHeapError.staleHandle` once closed, and
    /// `WeaveHeapError.invalidArgument` when the values are not `T`s (bytes, another
    /// element type, a boolean bitmap). The pointer must not escape `body`.
    public func withUnsafeBufferPointer<T: ElementTypeValue, R>(
        of type: T.Type, _ body: (UnsafeBufferPointer<T>) throws -> R
    ) throws -> R {
        let typed = try bound(to: type, "withUnsafeBufferPointer")
        return try body(UnsafeBufferPointer(typed))
    }

    /// Calls `body` with the viewed values as an `UnsafeMutableBufferPointer<T>`; the errors of
    /// `withUnsafeBufferPointer`, and `WeaveHeapError.invalidArgument` when the view is
    /// read-only.
    public func withUnsafeMutableBufferPointer<T: ElementTypeValue, R>(
        of type: T.Type, _ body: (UnsafeMutableBufferPointer<T>) throws -> R
    ) throws -> R {
        let typed = try bound(to: type, "withUnsafeMutableBufferPointer")
        guard writable else {
            throw WeaveHeapError.invalidArgument(message: "view \(token) is read-only")
        }
        return try body(typed)
    }

    private func bound<T: ElementTypeValue>(to type: T.Type, _ what: String) throws -> UnsafeMutableBufferPointer<T> {
        guard live else {
            throw WeaveHeapError.staleHandle(message: "view \(token) was closed")
        }
        guard let have = try elementType(), have == T.elementType else {
            throw WeaveHeapError.invalidArgument(message: "\(what): view \(token) does not hold \(T.self) values")
        }
        let n = count / MemoryLayout<T>.stride
        guard let start = data, n > 0 else {
            return UnsafeMutableBufferPointer(start: nil, count: 0)
        }
        return UnsafeMutableBufferPointer(start: start.bindMemory(to: T.self, capacity: n), count: n)
    }
}

/// An object whose values have one `ElementType`: what a typed view asks its target.
protocol ElementTypeHolder: AnyObject {
    func elementType() throws -> ElementType
}

extension VectorOf: ElementTypeHolder {}

/// A Swift number type a view shows `ElementType` values as: one per fixed-width element
/// type (a boolean bitmap has none).
public protocol ElementTypeValue {
    /// The element type whose values are this type's.
    static var elementType: ElementType { get }
}

extension Int8: ElementTypeValue {
    public static var elementType: ElementType { .int8 }
}

extension Int16: ElementTypeValue {
    public static var elementType: ElementType { .int16 }
}

extension Int32: ElementTypeValue {
    public static var elementType: ElementType { .int32 }
}

extension Int64: ElementTypeValue {
    public static var elementType: ElementType { .int64 }
}

extension UInt8: ElementTypeValue {
    public static var elementType: ElementType { .uint8 }
}

extension UInt16: ElementTypeValue {
    public static var elementType: ElementType { .uint16 }
}

extension UInt32: ElementTypeValue {
    public static var elementType: ElementType { .uint32 }
}

extension UInt64: ElementTypeValue {
    public static var elementType: ElementType { .uint64 }
}

extension Float32: ElementTypeValue {
    public static var elementType: ElementType { .float32 }
}

extension Float64: ElementTypeValue {
    public static var elementType: ElementType { .float64 }
}

/// An Arrow C Data Interface export of an object (`exportArrow()`): a `struct ArrowSchema` and
/// a `struct ArrowArray` this instance allocates, the array pointing into the object's memory
/// without a copy and holding a shared borrow of it until the array's `release` callback runs
/// (until then closing the object or resetting its region throws `WeaveHeapError.borrow`).
/// Hand `schema` and `array` to a C Data importer: it moves the structs (marking them
/// released) and its own release gives the borrow back. `release()` (or deinit) runs the
/// callbacks no importer took and frees the structs: keep this instance until the importer is
/// done with the addresses. Use it from the code that uses the object's region.
public final class ArrowExport {
    /// The address of the export's `struct ArrowSchema`.
    public let schema: UnsafeMutablePointer<ArrowSchema>
    /// The address of the export's `struct ArrowArray`.
    public let array: UnsafeMutablePointer<ArrowArray>
    private var live = true

    init() {
        schema = UnsafeMutablePointer<ArrowSchema>.allocate(capacity: 1)
        schema.initialize(to: ArrowSchema())
        array = UnsafeMutablePointer<ArrowArray>.allocate(capacity: 1)
        array.initialize(to: ArrowArray())
    }

    /// Runs the release callbacks no importer ran and frees the structs; a second call does
    /// nothing. The addresses must not be used after it.
    public func release() {
        guard live else { return }
        live = false
        if let release = array.pointee.release { release(array) }
        if let release = schema.pointee.release { release(schema) }
        array.deallocate()
        schema.deallocate()
    }

    deinit { release() }
}

/// An Arrow C Stream Interface export of a stream of batches (`exportArrowStream()`): a
/// `struct ArrowArrayStream` holding a shared borrow of the stream until its `release` callback
/// runs. Hand `stream` to an importer (which moves it), or iterate it here: a `Sequence` of the
/// batches in turn, each an `ArrowExport` (schema and array) that holds its batch until released.
/// `nextBatch()` is the throwing form; the `Sequence` stops at an error and keeps it in `error`.
/// `release()` (or deinit) runs the release callback if no importer took the stream and frees
/// the struct.
public final class ArrowStreamExport: Sequence, IteratorProtocol {
    /// The address of the export's `struct ArrowArrayStream`.
    public let stream: UnsafeMutablePointer<ArrowArrayStream>
    /// The error that ended the iteration, if one did.
    public private(set) var error: WeaveHeapError?
    private var live = true

    init() {
        stream = UnsafeMutablePointer<ArrowArrayStream>.allocate(capacity: 1)
        stream.initialize(to: ArrowArrayStream())
    }

    /// The next batch, or nil at the end. Throws `WeaveHeapError.staleHandle` once the
    /// stream was released or moved to an importer, and `WeaveHeapError.invalidArgument`
    /// with the stream's message when its `get_next` fails.
    public func nextBatch() throws -> ArrowExport? {
        guard live, stream.pointee.release != nil,
              let getSchema = stream.pointee.get_schema, let getNext = stream.pointee.get_next else {
            throw WeaveHeapError.staleHandle(message: "the Arrow stream export was released or moved")
        }
        let batch = ArrowExport()
        var rc = getSchema(stream, batch.schema)
        if rc == 0 { rc = getNext(stream, batch.array) }
        if rc != 0 {
            let text = stream.pointee.get_last_error?(stream).map { String(cString: $0) } ?? ""
            batch.release()
            throw WeaveHeapError.invalidArgument(message: "get_next failed (errno \(rc)): \(text)")
        }
        if batch.array.pointee.release == nil {   // the end
            batch.release()
            return nil
        }
        return batch
    }

    /// `IteratorProtocol`: the next batch, nil at the end or at an error (then in `error`).
    public func next() -> ArrowExport? {
        guard error == nil else { return nil }
        do {
            return try nextBatch()
        } catch let e as WeaveHeapError {
            error = e
        } catch {}
        return nil
    }

    /// Runs the release callback if no importer took the stream and frees the struct; a second
    /// call does nothing.
    public func release() {
        guard live else { return }
        live = false
        if let release = stream.pointee.release { release(stream) }
        stream.deallocate()
    }

    deinit { release() }
}

extension VectorOf {
    /// Exports the object through the Arrow C Data Interface (`weaveheap_vector_export_arrow`: its doc in the C
    /// header says what it holds and refuses); `ArrowExport` says how long the addresses live.
    public func exportArrow() throws -> ArrowExport {
        let out = ArrowExport()
        try weaveheapCall { err in
            weaveheap_vector_export_arrow(handle, UnsafeMutableRawPointer(out.schema).assumingMemoryBound(to: UInt8.self),
                       UnsafeMutableRawPointer(out.array).assumingMemoryBound(to: UInt8.self), err)
        }
        return out
    }
}

extension BatchOf {
    /// Exports the object through the Arrow C Data Interface (`weaveheap_batch_export_arrow`: its doc in the C
    /// header says what it holds and refuses); `ArrowExport` says how long the addresses live.
    public func exportArrow() throws -> ArrowExport {
        let out = ArrowExport()
        try weaveheapCall { err in
            weaveheap_batch_export_arrow(handle, UnsafeMutableRawPointer(out.schema).assumingMemoryBound(to: UInt8.self),
                       UnsafeMutableRawPointer(out.array).assumingMemoryBound(to: UInt8.self), err)
        }
        return out
    }
}

extension BatchStreamOf {
    /// Exports the object through the Arrow C Stream Interface (`weaveheap_batch_stream_export_arrow`: its doc in the
    /// C header says what it holds and refuses); `ArrowStreamExport` says how long the address lives.
    public func exportArrowStream() throws -> ArrowStreamExport {
        let out = ArrowStreamExport()
        try weaveheapCall { err in weaveheap_batch_stream_export_arrow(handle, UnsafeMutableRawPointer(out.stream).assumingMemoryBound(to: UInt8.self), err) }
        return out
    }
}

extension VarVectorOf {
    /// Exports the object through the Arrow C Data Interface (`weaveheap_var_vector_export_arrow`: its doc in the C
    /// header says what it holds and refuses); `ArrowExport` says how long the addresses live.
    public func exportArrow() throws -> ArrowExport {
        let out = ArrowExport()
        try weaveheapCall { err in
            weaveheap_var_vector_export_arrow(handle, UnsafeMutableRawPointer(out.schema).assumingMemoryBound(to: UInt8.self),
                       UnsafeMutableRawPointer(out.array).assumingMemoryBound(to: UInt8.self), err)
        }
        return out
    }
}

extension ListVectorOf {
    /// Exports the object through the Arrow C Data Interface (`weaveheap_list_vector_export_arrow`: its doc in the C
    /// header says what it holds and refuses); `ArrowExport` says how long the addresses live.
    public func exportArrow() throws -> ArrowExport {
        let out = ArrowExport()
        try weaveheapCall { err in
            weaveheap_list_vector_export_arrow(handle, UnsafeMutableRawPointer(out.schema).assumingMemoryBound(to: UInt8.self),
                       UnsafeMutableRawPointer(out.array).assumingMemoryBound(to: UInt8.self), err)
        }
        return out
    }
}

extension ForeignOf {
    /// Exports the object through the Arrow C Data Interface (`weaveheap_foreign_export_arrow`: its doc in the C
    /// header says what it holds and refuses); `ArrowExport` says how long the addresses live.
    public func exportArrow() throws -> ArrowExport {
        let out = ArrowExport()
        try weaveheapCall { err in
            weaveheap_foreign_export_arrow(handle, UnsafeMutableRawPointer(out.schema).assumingMemoryBound(to: UInt8.self),
                       UnsafeMutableRawPointer(out.array).assumingMemoryBound(to: UInt8.self), err)
        }
        return out
    }
}
