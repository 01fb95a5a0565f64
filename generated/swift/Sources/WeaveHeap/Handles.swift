// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 9642b5336c411b3e8138dbfec9a542ba111ba757cb2538628071934c4e6b3821
import CWeaveHeap

/// A region: an arena that owns chunks of memory and every object made in it. Destroying it
/// frees them all at once and makes their handles stale.
///
/// An instance owns one region handle: `close()` releases it and reports
/// misuse; `deinit` releases it best effort when `close()` was never called.
public final class Region {
    /// The capability handle. It keeps its value after `close()`, so that a
    /// later use is reported by the core as a stale handle.
    public let handle: UInt64
    private var live = true

    /// Adopts a handle the core returned: the instance now owns it.
    @usableFromInline
    init(handle: UInt64, owner: AnyObject?) {
        self.handle = handle
    }

    /// Makes a region.
    /// - Throws: InvalidArgumentError, OutOfMemoryError; a failed call changes nothing.
    /// - Note: Threads: any thread.
    ///
    /// - Parameter chunkSize: Size of each chunk the region takes from the system; 0 means `default_chunk_size`. Allocations larger than half a chunk get a chunk of their own.
    /// - Parameter byteLimit: Most bytes the region may have handed out since it was made or last reset (a released object's bytes come back at the next reset); 0 means no limit. Going past it is an out_of_memory error.
    /// - Parameter threadSafe: When true the region may be used from many threads at once (a lock guards it and its counters are atomic). When false it belongs to one thread at a time and is faster.
    public init(chunkSize: UInt64 = 0, byteLimit: UInt64 = 0, threadSafe: Bool = false) throws {
        try weaveheapEnsureLibrary()
        var options = weaveheap_region_options(chunk_size: chunkSize, byte_limit: byteLimit, thread_safe: threadSafe)
        let raw = try weaveheapCall { err in
            weaveheap_region_create(&options, err)
        }
        handle = raw
    }

    deinit {
        if live {
            weaveheap_region_destroy(handle, nil)
        }
    }

    /// Destroys a region: frees every object in it at once, returns its chunks, and makes every
    /// handle of it stale. Fails, changing nothing, while any object of the region is borrowed.
    /// - Throws: StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError,
    /// BorrowError; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    public func close() throws {
        try weaveheapCall { err in weaveheap_region_destroy(handle, err) }
        live = false
    }

    /// Whether `close()` has succeeded.
    public var isClosed: Bool { !live }

    /// Frees every object in the region at once and makes their handles stale, keeping the region's
    /// chunks for reuse. Costs per chunk, not per object. Fails, changing nothing, while any object
    /// is borrowed.
    /// - Throws: StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError,
    /// BorrowError; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func reset() throws {
        try weaveheapCall { err in
            weaveheap_region_reset(handle, err)
        }
    }

    /// Reads the region's counters into `out`.
    /// - Throws: InvalidArgumentError, StaleHandleError, ReusedHandleError, ForgedHandleError,
    /// WrongKindError; a failed call changes nothing.
    /// - Note: Threads: any thread.
    @inlinable public func stats() throws -> Stats {
        var out = weaveheap_stats()
        try weaveheapCall { err in
            weaveheap_region_stats(handle, &out, err)
        }
        return Stats(out)
    }

    /// Allocates `size` bytes aligned to `align` (a power of two up to `max_align`). The bytes are
    /// zeroed.
    /// - Throws: InvalidArgumentError, OutOfMemoryError, StaleHandleError, ReusedHandleError,
    /// ForgedHandleError, WrongKindError; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func alloc(size: UInt64, align: UInt64 = 16) throws -> Buffer {
        let raw = try weaveheapCall { err in
            weaveheap_buffer_alloc(handle, size, align, err)
        }
        return Buffer(handle: raw, owner: self)
    }

    /// Copies `data` into a new bytes object (counted as a copy).
    /// - Throws: InvalidArgumentError, OutOfMemoryError, StaleHandleError, ReusedHandleError,
    /// ForgedHandleError, WrongKindError; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func bytes(data: [UInt8]) throws -> Bytes {
        let raw = try weaveheapCall { err in
            data.withUnsafeBufferPointer { dataPtr in
                weaveheap_bytes_create(handle, dataPtr.baseAddress, UInt64(dataPtr.count), err)
            }
        }
        return Bytes(handle: raw, owner: self)
    }

    /// Validates `text` as UTF-8 and copies it into a new string (counted as a copy). Invalid input
    /// fails with the byte offset of the first bad sequence in the message.
    /// - Throws: InvalidArgumentError, InvalidUtf8Error, OutOfMemoryError, StaleHandleError,
    /// ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func string(text: [UInt8]) throws -> WeaveHeapString {
        let raw = try weaveheapCall { err in
            text.withUnsafeBufferPointer { textPtr in
                weaveheap_string_create(handle, textPtr.baseAddress, UInt64(textPtr.count), err)
            }
        }
        return WeaveHeapString(handle: raw, owner: self)
    }
}

/// A mutable, sized, aligned block of memory in a region.
///
/// An instance owns one buffer handle: `close()` releases it and reports
/// misuse; `deinit` releases it best effort when `close()` was never called.
public final class Buffer {
    /// The capability handle. It keeps its value after `close()`, so that a
    /// later use is reported by the core as a stale handle.
    public let handle: UInt64
    /// The Region this object was made in, kept alive as long as this object.
    public let owner: Region?
    private var live = true

    /// Adopts a handle the core returned: the instance now owns it.
    @usableFromInline
    init(handle: UInt64, owner: Region?) {
        self.handle = handle
        self.owner = owner
    }

    deinit {
        if live {
            weaveheap_buffer_release(handle, nil)
        }
    }

    /// Releases a buffer; its handle becomes stale. The memory returns to the region at its next
    /// reset or destroy. Fails while it is borrowed.
    /// - Throws: StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError,
    /// BorrowError; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    public func close() throws {
        try weaveheapCall { err in weaveheap_buffer_release(handle, err) }
        live = false
    }

    /// Whether `close()` has succeeded.
    public var isClosed: Bool { !live }

    /// The buffer's size in bytes.
    /// - Throws: StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed
    /// call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func size() throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_buffer_size(handle, err)
        }
        return raw
    }

    /// Copies `data` into the buffer at `offset` (counted as a copy). The owner may write only
    /// while no borrow is outstanding.
    /// - Throws: InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError,
    /// ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func write(offset: UInt64, data: [UInt8]) throws {
        try weaveheapCall { err in
            data.withUnsafeBufferPointer { dataPtr in
                weaveheap_buffer_write(handle, offset, dataPtr.baseAddress, UInt64(dataPtr.count), err)
            }
        }
    }

    /// Copies bytes from `offset` into `dst` (counted as a copy). Fails while a unique borrow is
    /// outstanding.
    /// - Throws: InvalidArgumentError, OutOfRangeError, BorrowError, StaleHandleError,
    /// ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func read(offset: UInt64, dst: inout [UInt8]) throws {
        try weaveheapCall { err in
            dst.withUnsafeMutableBufferPointer { dstPtr in
                weaveheap_buffer_read(handle, offset, dstPtr.baseAddress, UInt64(dstPtr.count), err)
            }
        }
    }

    /// Takes a shared borrow: `view` is read-only and lives until the returned token is released.
    /// Fails with borrow_conflict while a unique borrow is outstanding.
    /// - Throws: InvalidArgumentError, OutOfMemoryError, BorrowConflictError, StaleHandleError,
    /// ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    ///
    /// The returned View holds a shared borrow until its `release()` (or its deinit).
    public func sharedView() throws -> View {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_shared(handle, &view, err) }
        return View(token: token, view: view, target: self)
    }

    /// Takes the unique borrow: no other borrow may be outstanding. The view is writable for a
    /// buffer (bytes and strings stay read-only).
    /// - Throws: InvalidArgumentError, OutOfMemoryError, BorrowConflictError, StaleHandleError,
    /// ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    ///
    /// The returned View holds the unique borrow until its `release()` (or its deinit).
    public func uniqueView() throws -> View {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_unique(handle, &view, err) }
        return View(token: token, view: view, target: self)
    }

    /// Calls `body` with the object's memory, zero-copy, under a shared borrow held
    /// exactly for the call. The pointer must not escape `body`.
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        let view = try sharedView()
        defer { view.releaseQuietly() }
        return try view.withUnsafeBytes(body)
    }

    /// Calls `body` with the object's memory, zero-copy and writable, under the
    /// unique borrow held exactly for the call. The pointer must not escape `body`.
    public func withUnsafeMutableBytes<R>(_ body: (UnsafeMutableRawBufferPointer) throws -> R) throws -> R {
        let view = try uniqueView()
        defer { view.releaseQuietly() }
        return try view.withUnsafeMutableBytes(body)
    }
}

/// An immutable byte string in a region.
///
/// An instance owns one bytes handle: `close()` releases it and reports
/// misuse; `deinit` releases it best effort when `close()` was never called.
public final class Bytes {
    /// The capability handle. It keeps its value after `close()`, so that a
    /// later use is reported by the core as a stale handle.
    public let handle: UInt64
    /// The Region this object was made in, kept alive as long as this object.
    public let owner: Region?
    private var live = true

    /// Adopts a handle the core returned: the instance now owns it.
    @usableFromInline
    init(handle: UInt64, owner: Region?) {
        self.handle = handle
        self.owner = owner
    }

    deinit {
        if live {
            weaveheap_bytes_release(handle, nil)
        }
    }

    /// Releases a bytes object. Fails while it is borrowed.
    /// - Throws: StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError,
    /// BorrowError; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    public func close() throws {
        try weaveheapCall { err in weaveheap_bytes_release(handle, err) }
        live = false
    }

    /// Whether `close()` has succeeded.
    public var isClosed: Bool { !live }

    /// The length in bytes.
    /// - Throws: StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed
    /// call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func length() throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_bytes_length(handle, err)
        }
        return raw
    }

    /// A copy of the bytes in memory the caller owns (counted as a copy); free it with
    /// `free_bytes`. An empty object gives a non-NULL pointer.
    /// - Throws: InvalidArgumentError, OutOfMemoryError, BorrowError, StaleHandleError,
    /// ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func dup() throws -> [UInt8] {
        var outLen: UInt64 = 0
        let raw = try weaveheapCall { err in
            weaveheap_bytes_dup(handle, &outLen, err)
        }
        defer { weaveheap_free_bytes(raw, outLen) }
        return Array(UnsafeBufferPointer(start: raw, count: Int(outLen)))
    }

    /// Takes a shared borrow: `view` is read-only and lives until the returned token is released.
    /// Fails with borrow_conflict while a unique borrow is outstanding.
    /// - Throws: InvalidArgumentError, OutOfMemoryError, BorrowConflictError, StaleHandleError,
    /// ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    ///
    /// The returned View holds a shared borrow until its `release()` (or its deinit).
    public func sharedView() throws -> View {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_shared(handle, &view, err) }
        return View(token: token, view: view, target: self)
    }

    /// Takes the unique borrow: no other borrow may be outstanding. The view is writable for a
    /// buffer (bytes and strings stay read-only).
    /// - Throws: InvalidArgumentError, OutOfMemoryError, BorrowConflictError, StaleHandleError,
    /// ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    ///
    /// The returned View holds the unique borrow until its `release()` (or its deinit).
    public func uniqueView() throws -> View {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_unique(handle, &view, err) }
        return View(token: token, view: view, target: self)
    }

    /// Calls `body` with the object's memory, zero-copy, under a shared borrow held
    /// exactly for the call. The pointer must not escape `body`.
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        let view = try sharedView()
        defer { view.releaseQuietly() }
        return try view.withUnsafeBytes(body)
    }
}

/// An immutable, validated UTF-8 string in a region, stored with a trailing NUL so that C can
/// read it in place.
///
/// An instance owns one string handle: `close()` releases it and reports
/// misuse; `deinit` releases it best effort when `close()` was never called.
public final class WeaveHeapString {
    /// The capability handle. It keeps its value after `close()`, so that a
    /// later use is reported by the core as a stale handle.
    public let handle: UInt64
    /// The Region this object was made in, kept alive as long as this object.
    public let owner: Region?
    private var live = true

    /// Adopts a handle the core returned: the instance now owns it.
    @usableFromInline
    init(handle: UInt64, owner: Region?) {
        self.handle = handle
        self.owner = owner
    }

    deinit {
        if live {
            weaveheap_string_release(handle, nil)
        }
    }

    /// Releases a string. Fails while it is borrowed.
    /// - Throws: StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError,
    /// BorrowError; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    public func close() throws {
        try weaveheapCall { err in weaveheap_string_release(handle, err) }
        live = false
    }

    /// Whether `close()` has succeeded.
    public var isClosed: Bool { !live }

    /// The length in bytes, without the trailing NUL.
    /// - Throws: StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed
    /// call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func length() throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_string_length(handle, err)
        }
        return raw
    }

    /// A NUL-terminated copy the caller owns (counted as a copy); free it with `free_string`.
    /// - Throws: OutOfMemoryError, BorrowError, StaleHandleError, ReusedHandleError,
    /// ForgedHandleError, WrongKindError; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func dup() throws -> String {
        let raw = try weaveheapCall { err in
            weaveheap_string_dup(handle, err)
        }
        defer { weaveheap_free_string(raw) }
        return raw.map { String(cString: $0) } ?? ""
    }

    /// Takes a shared borrow: `view` is read-only and lives until the returned token is released.
    /// Fails with borrow_conflict while a unique borrow is outstanding.
    /// - Throws: InvalidArgumentError, OutOfMemoryError, BorrowConflictError, StaleHandleError,
    /// ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    ///
    /// The returned View holds a shared borrow until its `release()` (or its deinit).
    public func sharedView() throws -> View {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_shared(handle, &view, err) }
        return View(token: token, view: view, target: self)
    }

    /// Takes the unique borrow: no other borrow may be outstanding. The view is writable for a
    /// buffer (bytes and strings stay read-only).
    /// - Throws: InvalidArgumentError, OutOfMemoryError, BorrowConflictError, StaleHandleError,
    /// ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    ///
    /// The returned View holds the unique borrow until its `release()` (or its deinit).
    public func uniqueView() throws -> View {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_unique(handle, &view, err) }
        return View(token: token, view: view, target: self)
    }

    /// Calls `body` with the object's memory, zero-copy, under a shared borrow held
    /// exactly for the call. The pointer must not escape `body`.
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        let view = try sharedView()
        defer { view.releaseQuietly() }
        return try view.withUnsafeBytes(body)
    }
}

/// A zero-copy window on a Buffer | Bytes | WeaveHeapString,
/// valid while its borrow (Borrow token) is held: until `release()`, or
/// the View's deinit. It keeps its target alive.
public final class View {
    /// The borrow token.
    public let token: UInt64
    /// The object viewed.
    public let target: AnyObject
    /// Whether the memory may be written (the unique view of a mutable object).
    public let writable: Bool
    /// The length in bytes.
    public let count: Int
    private let data: UnsafeMutableRawPointer?
    private var live = true

    init(token: UInt64, view: weaveheap_view, target: AnyObject) {
        self.token = token
        self.target = target
        self.writable = view.writable
        self.count = Int(view.length)
        self.data = UnsafeMutableRawPointer(view.data)
    }

    deinit {
        if live {
            weaveheap_borrow_release(token, nil)
        }
    }

    /// Whether `release()` has succeeded.
    public var isReleased: Bool { !live }

    /// Ends a borrow; the view must not be used again. A second release of the same token is a
    /// stale-handle error.
    /// - Throws: StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a failed
    /// call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    public func release() throws {
        try weaveheapCall { err in weaveheap_borrow_release(token, err) }
        live = false
    }

    func releaseQuietly() {
        if live {
            weaveheap_borrow_release(token, nil)
            live = false
        }
    }

    /// Calls `body` with the viewed memory. Throws StaleHandleError once released.
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        guard live else {
            throw WeaveHeapError.make(code: 3, message: "view \(token) was released")
        }
        return try body(UnsafeRawBufferPointer(start: data, count: count))
    }

    /// Calls `body` with the viewed memory, writable. Throws StaleHandleError once
    /// released, and BorrowError when the view is read-only.
    public func withUnsafeMutableBytes<R>(_ body: (UnsafeMutableRawBufferPointer) throws -> R) throws -> R {
        guard live else {
            throw WeaveHeapError.make(code: 3, message: "view \(token) was released")
        }
        guard writable else {
            throw WeaveHeapError.make(code: 7, message: "view \(token) is read-only")
        }
        return try body(UnsafeMutableRawBufferPointer(start: data, count: count))
    }
}
