// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
import CWeaveHeap
import Synchronization
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A region: an arena that owns chunks of memory and every object made in it. Destroying it
/// frees them all at once and makes their handles stale.
///
/// An instance owns one region handle: `close()` releases it and reports misuse (a
/// second `close()` after one that succeeded does nothing); `deinit` releases it best effort
/// when `close()` was never called.
/// `Region` is `RegionOf<SingleThreaded>`: not `Sendable`, used by one thread (or
/// task) at a time. `ThreadSafeRegion` is `RegionOf<ThreadSafe>`: `Sendable`, any
/// thread at once.
public final class RegionOf<Threads: Threading>: HandleObject {
    /// The capability handle. It keeps its value after `close()`, so that a later use is
    /// reported by the core as a stale handle.
    public let handle: UInt64
    @usableFromInline let live = Atomic<Bool>(true)

    /// Wraps a handle the core returned: the instance now owns it.
    @inlinable
    init(handle: UInt64, owner: AnyObject?) {
        self.handle = handle
    }

    /// Makes a region.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`; a failed call
    /// changes nothing.
    /// - Note: Threads: any thread.
    public init(options: RegionOptions) throws {
        try weaveheapEnsureLibrary()
        var optionsC = weaveheap_region_options()
        optionsC.chunk_size = options.chunkSize
        optionsC.byte_limit = options.byteLimit
        optionsC.thread_safe = Threads.threadSafe
        handle = try weaveheapCall { err in
            weaveheap_region_create(&optionsC, err)
        }
    }

    /// Makes a region.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`; a failed call
    /// changes nothing.
    /// - Note: Threads: any thread.
    public convenience init(chunkSize: UInt64 = 0, byteLimit: UInt64 = 0) throws {
        try self.init(options: RegionOptions(chunkSize: chunkSize, byteLimit: byteLimit))
    }

    deinit {
        if live.load(ordering: .acquiring) {
            weaveheap_region_destroy(handle, nil)
        }
    }

    /// Destroys a region: frees every object in it at once, returns its chunks, and makes every
    /// handle of it stale. Fails, changing nothing, while any object of the region is borrowed.
    /// A second `close()` after one that succeeded does nothing, as for files.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`, `WeaveHeapError.borrow`; a failed
    /// call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func close() throws {
        guard live.load(ordering: .acquiring) else { return }
        try weaveheapCall { err in weaveheap_region_destroy(handle, err) }
        live.store(false, ordering: .releasing)
    }

    /// Whether `close()` has succeeded.
    @inlinable public var isClosed: Bool { !live.load(ordering: .acquiring) }

    /// Frees every object in the region at once and makes their handles stale, keeping the region's
    /// chunks for reuse. Costs per chunk, not per object. Fails, changing nothing, while any object
    /// is borrowed.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`, `WeaveHeapError.borrow`; a failed
    /// call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func reset() throws {
        try weaveheapCall { err in
            weaveheap_region_reset(self.handle, err)
        }
    }

    /// Reads the region's counters into `out`.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread. Also through `anyThread`.
    @inlinable public func stats() throws -> Stats {
        var out = weaveheap_stats()
        try weaveheapCall { err in
            weaveheap_region_stats(self.handle, &out, err)
        }
        return Stats(out)
    }

    /// Allocates `size` bytes aligned to `align` (a power of two up to `max_align`). The bytes are
    /// zeroed.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`,
    /// `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func alloc(size: UInt64, align: UInt64 = 16) throws -> BufferOf<Threads> {
        let raw = try weaveheapCall { err in
            weaveheap_buffer_alloc(self.handle, size, align, err)
        }
        return BufferOf<Threads>(handle: raw, owner: self)
    }

    /// Copies `data` into a new bytes object (counted as a copy).
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`,
    /// `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func bytes(data: [UInt8]) throws -> BytesOf<Threads> {
        let raw = try weaveheapCall { err in
            data.withUnsafeBufferPointer { dataBytes in
                weaveheap_bytes_create(self.handle, dataBytes.baseAddress, UInt64(dataBytes.count), err)
            }
        }
        return BytesOf<Threads>(handle: raw, owner: self)
    }

    /// Copies `data` into a new bytes object (counted as a copy).
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`,
    /// `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func bytes(data: some ContiguousBytes) throws -> BytesOf<Threads> {
        let raw = try weaveheapCall { err in
            data.withUnsafeBytes { dataBytes in
                weaveheap_bytes_create(self.handle, dataBytes.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt64(dataBytes.count), err)
            }
        }
        return BytesOf<Threads>(handle: raw, owner: self)
    }

    /// Validates `text` as UTF-8 and copies it into a new string (counted as a copy). Invalid input
    /// fails with the byte offset of the first bad sequence in the message.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.invalidUtf8`,
    /// `WeaveHeapError.outOfMemory`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func string(text: String) throws -> WeaveHeapStringOf<Threads> {
        var textUTF8 = text
        let raw = try weaveheapCall { err in
            textUTF8.withUTF8 { textBytes in
                weaveheap_string_create(self.handle, textBytes.baseAddress, UInt64(textBytes.count), err)
            }
        }
        return WeaveHeapStringOf<Threads>(handle: raw, owner: self)
    }

    /// Validates `text` as UTF-8 and copies it into a new string (counted as a copy). Invalid input
    /// fails with the byte offset of the first bad sequence in the message.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.invalidUtf8`,
    /// `WeaveHeapError.outOfMemory`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func string(text: [UInt8]) throws -> WeaveHeapStringOf<Threads> {
        let raw = try weaveheapCall { err in
            text.withUnsafeBufferPointer { textBytes in
                weaveheap_string_create(self.handle, textBytes.baseAddress, UInt64(textBytes.count), err)
            }
        }
        return WeaveHeapStringOf<Threads>(handle: raw, owner: self)
    }

    /// Validates `text` as UTF-8 and copies it into a new string (counted as a copy). Invalid input
    /// fails with the byte offset of the first bad sequence in the message.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.invalidUtf8`,
    /// `WeaveHeapError.outOfMemory`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func string(text: some ContiguousBytes) throws -> WeaveHeapStringOf<Threads> {
        let raw = try weaveheapCall { err in
            text.withUnsafeBytes { textBytes in
                weaveheap_string_create(self.handle, textBytes.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt64(textBytes.count), err)
            }
        }
        return WeaveHeapStringOf<Threads>(handle: raw, owner: self)
    }

    /// Makes an empty vector of `type` with room for `capacity` values, and a validity bitmap when
    /// `nullable`. Its memory (values, then the bitmap, each 64-byte aligned) is taken from the
    /// region at once. `utf8` and `binary` are invalid_argument here (they vary in size:
    /// `var_vector.create`).
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`,
    /// `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func vector(type: ElementType, capacity: UInt64, nullable: Bool = false) throws -> VectorOf<Threads> {
        let raw = try weaveheapCall { err in
            weaveheap_vector_create(self.handle, type.rawValue, capacity, nullable, err)
        }
        return VectorOf<Threads>(handle: raw, owner: self)
    }

    /// Makes an empty column of `utf8` values (Arrow's "u": UTF-8 strings of any size), or of
    /// `binary` ones ("z": byte strings) when `binary`, with room for `capacity` values holding
    /// `data_capacity` bytes in all (at most 2^31 - 1: Arrow's offsets are int32), and a validity
    /// bitmap when `nullable`. Its memory (the data, the capacity + 1 offsets, then the bitmap,
    /// each 64-byte aligned) is taken from the region at once. Sizes are checked in 64 bits: one
    /// that no region can hold, or past the region's byte limit, is out_of_memory.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`,
    /// `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func varVector(capacity: UInt64, dataCapacity: UInt64, nullable: Bool = false, binary: Bool = false) throws -> VarVectorOf<Threads> {
        let raw = try weaveheapCall { err in
            weaveheap_var_vector_create(self.handle, capacity, dataCapacity, nullable, binary, err)
        }
        return VarVectorOf<Threads>(handle: raw, owner: self)
    }

    /// Makes an empty batch in `region` with room for `max_columns` columns (1 to 4096). Its record
    /// (the columns' handles, borrows and names) is taken from the region at once.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`,
    /// `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func batch(maxColumns: UInt32) throws -> BatchOf<Threads> {
        let raw = try weaveheapCall { err in
            weaveheap_batch_create(self.handle, maxColumns, err)
        }
        return BatchOf<Threads>(handle: raw, owner: self)
    }

    /// Makes an empty list column with room for `capacity` lists over `child` (a column of
    /// `region`, empty, not borrowed unique), and a validity bitmap when `nullable`; it holds a
    /// shared borrow of `child` until it is released. With `map`, the child must be a batch of two
    /// columns whose first (the key) is not nullable: a map column ("+m"). A bad child, a nesting
    /// deeper than 16 levels or a capacity above max_size is invalid_argument, a child borrowed
    /// unique borrow_conflict. A refused list borrows nothing.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.borrowConflict`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func listVector(child: UInt64, capacity: UInt64, nullable: Bool = false, map: Bool = false) throws -> ListVectorOf<Threads> {
        let raw = try weaveheapCall { err in
            weaveheap_list_vector_create(self.handle, child, capacity, nullable, map, err)
        }
        return ListVectorOf<Threads>(handle: raw, owner: self)
    }

    /// Makes an empty list column with room for `capacity` lists over `child` (a column of
    /// `region`, empty, not borrowed unique), and a validity bitmap when `nullable`; it holds a
    /// shared borrow of `child` until it is released. With `map`, the child must be a batch of two
    /// columns whose first (the key) is not nullable: a map column ("+m"). A bad child, a nesting
    /// deeper than 16 levels or a capacity above max_size is invalid_argument, a child borrowed
    /// unique borrow_conflict. A refused list borrows nothing.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.borrowConflict`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func listVector(child: some HandleObject, capacity: UInt64, nullable: Bool = false, map: Bool = false) throws -> ListVectorOf<Threads> {
        let raw = try weaveheapCall { err in
            weaveheap_list_vector_create(self.handle, child.handle, capacity, nullable, map, err)
        }
        return ListVectorOf<Threads>(handle: raw, owner: self)
    }

    /// Makes an empty stream in `region` with room for `max_batches` batches (1 to 65536), taken
    /// from the region at once.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`,
    /// `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func batchStream(maxBatches: UInt32) throws -> BatchStreamOf<Threads> {
        let raw = try weaveheapCall { err in
            weaveheap_batch_stream_create(self.handle, maxBatches, err)
        }
        return BatchStreamOf<Threads>(handle: raw, owner: self)
    }

    /// A foreign array of `type` (a fixed-width one: not boolean, utf8 or binary, which are
    /// invalid_argument) whose producer is the core: a copy of `values` (a whole number of values
    /// in the machine's byte order, else invalid_argument) in memory of its own, counted as a copy
    /// and not as an import. For the languages with no Arrow library to import from, and for tests:
    /// its views and export behave as an import's.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`,
    /// `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func foreign(type: ElementType, values: [UInt8]) throws -> ForeignOf<Threads> {
        let raw = try weaveheapCall { err in
            values.withUnsafeBufferPointer { valuesBytes in
                weaveheap_foreign_create(self.handle, type.rawValue, valuesBytes.baseAddress, UInt64(valuesBytes.count), err)
            }
        }
        return ForeignOf<Threads>(handle: raw, owner: self)
    }

    /// A foreign array of `type` (a fixed-width one: not boolean, utf8 or binary, which are
    /// invalid_argument) whose producer is the core: a copy of `values` (a whole number of values
    /// in the machine's byte order, else invalid_argument) in memory of its own, counted as a copy
    /// and not as an import. For the languages with no Arrow library to import from, and for tests:
    /// its views and export behave as an import's.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`,
    /// `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func foreign(type: ElementType, values: some ContiguousBytes) throws -> ForeignOf<Threads> {
        let raw = try weaveheapCall { err in
            values.withUnsafeBytes { valuesBytes in
                weaveheap_foreign_create(self.handle, type.rawValue, valuesBytes.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt64(valuesBytes.count), err)
            }
        }
        return ForeignOf<Threads>(handle: raw, owner: self)
    }

    /// What any thread may call on this Region (the IDL's `threads(any)` members), also for
    /// a region of one thread at a time: a `Sendable` value that holds the handle only (once
    /// the object is closed, its calls are stale-handle errors).
    public struct AnyThread: Sendable {
        public let handle: UInt64

        @usableFromInline
        init(handle: UInt64) {
            self.handle = handle
        }

        /// Reads the region's counters into `out`.
        /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.staleHandle`,
        /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
        /// failed call changes nothing.
        /// - Note: Threads: any thread. Also through `anyThread`.
        @inlinable public func stats() throws -> Stats {
            var out = weaveheap_stats()
            try weaveheapCall { err in
                weaveheap_region_stats(self.handle, &out, err)
            }
            return Stats(out)
        }
    }

    /// The members any thread may call, as a `Sendable` value.
    public var anyThread: AnyThread { AnyThread(handle: handle) }
}

// The core locks a thread-safe region: it and every object made in it may be used from any
// thread at once (`close()` and deinit use an atomic flag).
extension RegionOf: @unchecked Sendable where Threads == ThreadSafe {}

extension RegionOf where Threads == SingleThreaded {
    /// Adopts a handle: the instance owns it from now on (`close()` and deinit release it). A
    /// stale, forged or wrong-kind handle is the core's error at the first call. Only for
    /// `Region`: a handle adopted as thread-safe could belong to a region of one thread.
    public convenience init(adopting handle: UInt64) {
        self.init(handle: handle, owner: nil)
    }
}

/// `RegionOf` for a region of one thread at a time.
public typealias Region = RegionOf<SingleThreaded>
/// `RegionOf` for a thread-safe region.
public typealias ThreadSafeRegion = RegionOf<ThreadSafe>

/// A mutable, sized, aligned block of memory in a region.
///
/// An instance owns one buffer handle: `close()` releases it and reports misuse (a
/// second `close()` after one that succeeded does nothing); `deinit` releases it best effort
/// when `close()` was never called.
/// `Buffer` is `BufferOf<SingleThreaded>`: not `Sendable`, used by one thread (or
/// task) at a time. `ThreadSafeBuffer` is `BufferOf<ThreadSafe>`: `Sendable`, any
/// thread at once.
public final class BufferOf<Threads: Threading>: HandleObject {
    /// The capability handle. It keeps its value after `close()`, so that a later use is
    /// reported by the core as a stale handle.
    public let handle: UInt64
    /// The Region this object was made in, kept alive as long as this object (nil for
    /// an adopted handle).
    public let owner: RegionOf<Threads>?
    @usableFromInline let live = Atomic<Bool>(true)

    /// Wraps a handle the core returned: the instance now owns it.
    @inlinable
    init(handle: UInt64, owner: RegionOf<Threads>?) {
        self.handle = handle
        self.owner = owner
    }

    deinit {
        if live.load(ordering: .acquiring) {
            weaveheap_buffer_release(handle, nil)
        }
    }

    /// Releases a buffer; its handle becomes stale. The memory returns to the region at its next
    /// reset or destroy. Fails while it is borrowed.
    /// A second `close()` after one that succeeded does nothing, as for files.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`, `WeaveHeapError.borrow`; a failed
    /// call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func close() throws {
        guard live.load(ordering: .acquiring) else { return }
        try weaveheapCall { err in weaveheap_buffer_release(handle, err) }
        live.store(false, ordering: .releasing)
    }

    /// Whether `close()` has succeeded.
    @inlinable public var isClosed: Bool { !live.load(ordering: .acquiring) }

    /// The buffer's size in bytes.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func size() throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_buffer_size(self.handle, err)
        }
        return raw
    }

    /// Copies `data` into the buffer at `offset` (counted as a copy). The owner may write only
    /// while no borrow is outstanding.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func write(offset: UInt64, data: [UInt8]) throws {
        try weaveheapCall { err in
            data.withUnsafeBufferPointer { dataBytes in
                weaveheap_buffer_write(self.handle, offset, dataBytes.baseAddress, UInt64(dataBytes.count), err)
            }
        }
    }

    /// Copies `data` into the buffer at `offset` (counted as a copy). The owner may write only
    /// while no borrow is outstanding.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func write(offset: UInt64, data: some ContiguousBytes) throws {
        try weaveheapCall { err in
            data.withUnsafeBytes { dataBytes in
                weaveheap_buffer_write(self.handle, offset, dataBytes.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt64(dataBytes.count), err)
            }
        }
    }

    /// Copies bytes from `offset` into `dst` (counted as a copy). Fails while a unique borrow is
    /// outstanding.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func read(offset: UInt64, dst: inout [UInt8]) throws {
        try weaveheapCall { err in
            dst.withUnsafeMutableBufferPointer { dstBytes in
                weaveheap_buffer_read(self.handle, offset, dstBytes.baseAddress, UInt64(dstBytes.count), err)
            }
        }
    }

    /// Copies bytes from `offset` into `dst` (counted as a copy). Fails while a unique borrow is
    /// outstanding.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func read(offset: UInt64, dst: inout Data) throws {
        try weaveheapCall { err in
            dst.withUnsafeMutableBytes { dstBytes in
                weaveheap_buffer_read(self.handle, offset, dstBytes.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt64(dstBytes.count), err)
            }
        }
    }

    /// Takes a shared borrow: `view` is read-only and lives until the returned token is released.
    /// Fails with borrow_conflict while a unique borrow is outstanding.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.borrowConflict`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    ///
    /// Calls `body` with the object's memory, zero-copy and read-only, under a shared borrow
    /// held exactly for the call (released also when `body` throws). The pointer must not
    /// escape `body`.
    @inlinable public func view<R>(_ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_shared(self.handle, &view, err) }
        defer { weaveheap_borrow_release(token, nil) }
        return try body(UnsafeRawBufferPointer(start: view.data, count: Int(view.length)))
    }

    /// Takes the unique borrow: no other borrow may be outstanding. The view is writable for a
    /// buffer (bytes, strings and vectors stay read-only).
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.borrowConflict`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    ///
    /// Calls `body` with the object's memory, zero-copy, under the unique borrow held exactly
    /// for the call (released also when `body` throws). The pointer must not escape `body`.
    @inlinable public func view<R>(_ option: UniqueBorrow, _ body: (UnsafeMutableRawBufferPointer) throws -> R) throws -> R {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_unique(self.handle, &view, err) }
        defer { weaveheap_borrow_release(token, nil) }
        return try body(UnsafeMutableRawBufferPointer(start: view.data, count: Int(view.length)))
    }

    /// The shared borrow as a `View` that holds it until its `close()` (or its deinit):
    /// for a borrow that outlives a scope.
    public func view() throws -> View {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_shared(handle, &view, err) }
        return View(token: token, view: view, target: self)
    }

    /// The unique borrow as a `View` that holds it until its `close()` (or its deinit).
    public func view(_ option: UniqueBorrow) throws -> View {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_unique(handle, &view, err) }
        return View(token: token, view: view, target: self)
    }
}

// The core locks a thread-safe region: it and every object made in it may be used from any
// thread at once (`close()` and deinit use an atomic flag).
extension BufferOf: @unchecked Sendable where Threads == ThreadSafe {}

extension BufferOf where Threads == SingleThreaded {
    /// Adopts a handle: the instance owns it from now on (`close()` and deinit release it). A
    /// stale, forged or wrong-kind handle is the core's error at the first call. Only for
    /// `Buffer`: a handle adopted as thread-safe could belong to a region of one thread.
    public convenience init(adopting handle: UInt64) {
        self.init(handle: handle, owner: nil)
    }
}

/// `BufferOf` for a region of one thread at a time.
public typealias Buffer = BufferOf<SingleThreaded>
/// `BufferOf` for a thread-safe region.
public typealias ThreadSafeBuffer = BufferOf<ThreadSafe>

/// An immutable byte string in a region.
///
/// An instance owns one bytes handle: `close()` releases it and reports misuse (a
/// second `close()` after one that succeeded does nothing); `deinit` releases it best effort
/// when `close()` was never called.
/// `Bytes` is `BytesOf<SingleThreaded>`: not `Sendable`, used by one thread (or
/// task) at a time. `ThreadSafeBytes` is `BytesOf<ThreadSafe>`: `Sendable`, any
/// thread at once.
public final class BytesOf<Threads: Threading>: HandleObject {
    /// The capability handle. It keeps its value after `close()`, so that a later use is
    /// reported by the core as a stale handle.
    public let handle: UInt64
    /// The Region this object was made in, kept alive as long as this object (nil for
    /// an adopted handle).
    public let owner: RegionOf<Threads>?
    @usableFromInline let live = Atomic<Bool>(true)

    /// Wraps a handle the core returned: the instance now owns it.
    @inlinable
    init(handle: UInt64, owner: RegionOf<Threads>?) {
        self.handle = handle
        self.owner = owner
    }

    deinit {
        if live.load(ordering: .acquiring) {
            weaveheap_bytes_release(handle, nil)
        }
    }

    /// Releases a bytes object. Fails while it is borrowed.
    /// A second `close()` after one that succeeded does nothing, as for files.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`, `WeaveHeapError.borrow`; a failed
    /// call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func close() throws {
        guard live.load(ordering: .acquiring) else { return }
        try weaveheapCall { err in weaveheap_bytes_release(handle, err) }
        live.store(false, ordering: .releasing)
    }

    /// Whether `close()` has succeeded.
    @inlinable public var isClosed: Bool { !live.load(ordering: .acquiring) }

    /// The length in bytes.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func length() throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_bytes_length(self.handle, err)
        }
        return raw
    }

    /// A copy of the bytes in memory the caller owns (counted as a copy); free it with
    /// `free_bytes`. An empty object gives a non-NULL pointer.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func dup() throws -> [UInt8] {
        var rawLength: UInt64 = 0
        let raw = try weaveheapCall { err in
            weaveheap_bytes_dup(self.handle, &rawLength, err)
        }
        defer { weaveheap_free_bytes(raw, rawLength) }
        return Array(UnsafeBufferPointer(start: raw, count: Int(rawLength)))
    }

    /// Takes a shared borrow: `view` is read-only and lives until the returned token is released.
    /// Fails with borrow_conflict while a unique borrow is outstanding.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.borrowConflict`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    ///
    /// Calls `body` with the object's memory, zero-copy and read-only, under a shared borrow
    /// held exactly for the call (released also when `body` throws). The pointer must not
    /// escape `body`.
    @inlinable public func view<R>(_ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_shared(self.handle, &view, err) }
        defer { weaveheap_borrow_release(token, nil) }
        return try body(UnsafeRawBufferPointer(start: view.data, count: Int(view.length)))
    }

    /// Takes the unique borrow: no other borrow may be outstanding. The view is writable for a
    /// buffer (bytes, strings and vectors stay read-only).
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.borrowConflict`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    ///
    /// Calls `body` with the object's memory, zero-copy, under the unique borrow held exactly
    /// for the call (released also when `body` throws). The pointer must not escape `body`.
    @inlinable public func view<R>(_ option: UniqueBorrow, _ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_unique(self.handle, &view, err) }
        defer { weaveheap_borrow_release(token, nil) }
        return try body(UnsafeRawBufferPointer(start: view.data, count: Int(view.length)))
    }

    /// The shared borrow as a `View` that holds it until its `close()` (or its deinit):
    /// for a borrow that outlives a scope.
    public func view() throws -> View {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_shared(handle, &view, err) }
        return View(token: token, view: view, target: self)
    }

    /// The unique borrow as a `View` that holds it until its `close()` (or its deinit).
    public func view(_ option: UniqueBorrow) throws -> View {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_unique(handle, &view, err) }
        return View(token: token, view: view, target: self)
    }
}

// The core locks a thread-safe region: it and every object made in it may be used from any
// thread at once (`close()` and deinit use an atomic flag).
extension BytesOf: @unchecked Sendable where Threads == ThreadSafe {}

extension BytesOf where Threads == SingleThreaded {
    /// Adopts a handle: the instance owns it from now on (`close()` and deinit release it). A
    /// stale, forged or wrong-kind handle is the core's error at the first call. Only for
    /// `Bytes`: a handle adopted as thread-safe could belong to a region of one thread.
    public convenience init(adopting handle: UInt64) {
        self.init(handle: handle, owner: nil)
    }
}

/// `BytesOf` for a region of one thread at a time.
public typealias Bytes = BytesOf<SingleThreaded>
/// `BytesOf` for a thread-safe region.
public typealias ThreadSafeBytes = BytesOf<ThreadSafe>

/// An immutable, validated UTF-8 string in a region, stored with a trailing NUL so that C can
/// read it in place.
///
/// An instance owns one string handle: `close()` releases it and reports misuse (a
/// second `close()` after one that succeeded does nothing); `deinit` releases it best effort
/// when `close()` was never called.
/// `WeaveHeapString` is `WeaveHeapStringOf<SingleThreaded>`: not `Sendable`, used by one thread (or
/// task) at a time. `ThreadSafeString` is `WeaveHeapStringOf<ThreadSafe>`: `Sendable`, any
/// thread at once.
public final class WeaveHeapStringOf<Threads: Threading>: HandleObject {
    /// The capability handle. It keeps its value after `close()`, so that a later use is
    /// reported by the core as a stale handle.
    public let handle: UInt64
    /// The Region this object was made in, kept alive as long as this object (nil for
    /// an adopted handle).
    public let owner: RegionOf<Threads>?
    @usableFromInline let live = Atomic<Bool>(true)

    /// Wraps a handle the core returned: the instance now owns it.
    @inlinable
    init(handle: UInt64, owner: RegionOf<Threads>?) {
        self.handle = handle
        self.owner = owner
    }

    deinit {
        if live.load(ordering: .acquiring) {
            weaveheap_string_release(handle, nil)
        }
    }

    /// Releases a string. Fails while it is borrowed.
    /// A second `close()` after one that succeeded does nothing, as for files.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`, `WeaveHeapError.borrow`; a failed
    /// call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func close() throws {
        guard live.load(ordering: .acquiring) else { return }
        try weaveheapCall { err in weaveheap_string_release(handle, err) }
        live.store(false, ordering: .releasing)
    }

    /// Whether `close()` has succeeded.
    @inlinable public var isClosed: Bool { !live.load(ordering: .acquiring) }

    /// The length in bytes, without the trailing NUL.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func length() throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_string_length(self.handle, err)
        }
        return raw
    }

    /// A NUL-terminated copy the caller owns (counted as a copy); free it with `free_string`.
    /// - Throws: `WeaveHeapError.outOfMemory`, `WeaveHeapError.borrow`,
    /// `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`,
    /// `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func dup() throws -> String {
        let raw = try weaveheapCall { err in
            weaveheap_string_dup(self.handle, err)
        }
        defer { weaveheap_free_string(raw) }
        return raw.map { String(cString: $0) } ?? ""
    }

    /// Takes a shared borrow: `view` is read-only and lives until the returned token is released.
    /// Fails with borrow_conflict while a unique borrow is outstanding.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.borrowConflict`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    ///
    /// Calls `body` with the object's memory, zero-copy and read-only, under a shared borrow
    /// held exactly for the call (released also when `body` throws). The pointer must not
    /// escape `body`.
    @inlinable public func view<R>(_ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_shared(self.handle, &view, err) }
        defer { weaveheap_borrow_release(token, nil) }
        return try body(UnsafeRawBufferPointer(start: view.data, count: Int(view.length)))
    }

    /// Takes the unique borrow: no other borrow may be outstanding. The view is writable for a
    /// buffer (bytes, strings and vectors stay read-only).
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.borrowConflict`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    ///
    /// Calls `body` with the object's memory, zero-copy, under the unique borrow held exactly
    /// for the call (released also when `body` throws). The pointer must not escape `body`.
    @inlinable public func view<R>(_ option: UniqueBorrow, _ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_unique(self.handle, &view, err) }
        defer { weaveheap_borrow_release(token, nil) }
        return try body(UnsafeRawBufferPointer(start: view.data, count: Int(view.length)))
    }

    /// The shared borrow as a `View` that holds it until its `close()` (or its deinit):
    /// for a borrow that outlives a scope.
    public func view() throws -> View {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_shared(handle, &view, err) }
        return View(token: token, view: view, target: self)
    }

    /// The unique borrow as a `View` that holds it until its `close()` (or its deinit).
    public func view(_ option: UniqueBorrow) throws -> View {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_unique(handle, &view, err) }
        return View(token: token, view: view, target: self)
    }
}

// The core locks a thread-safe region: it and every object made in it may be used from any
// thread at once (`close()` and deinit use an atomic flag).
extension WeaveHeapStringOf: @unchecked Sendable where Threads == ThreadSafe {}

extension WeaveHeapStringOf where Threads == SingleThreaded {
    /// Adopts a handle: the instance owns it from now on (`close()` and deinit release it). A
    /// stale, forged or wrong-kind handle is the core's error at the first call. Only for
    /// `WeaveHeapString`: a handle adopted as thread-safe could belong to a region of one thread.
    public convenience init(adopting handle: UInt64) {
        self.init(handle: handle, owner: nil)
    }
}

/// `WeaveHeapStringOf` for a region of one thread at a time.
public typealias WeaveHeapString = WeaveHeapStringOf<SingleThreaded>
/// `WeaveHeapStringOf` for a thread-safe region.
public typealias ThreadSafeString = WeaveHeapStringOf<ThreadSafe>

/// A typed column of fixed-width values in a region, laid out as an Arrow primitive array
/// (values, and a validity bitmap when it is nullable): its views and Arrow exports read it in
/// place.
///
/// An instance owns one vector handle: `close()` releases it and reports misuse (a
/// second `close()` after one that succeeded does nothing); `deinit` releases it best effort
/// when `close()` was never called.
/// `Vector` is `VectorOf<SingleThreaded>`: not `Sendable`, used by one thread (or
/// task) at a time. `ThreadSafeVector` is `VectorOf<ThreadSafe>`: `Sendable`, any
/// thread at once.
public final class VectorOf<Threads: Threading>: HandleObject {
    /// The capability handle. It keeps its value after `close()`, so that a later use is
    /// reported by the core as a stale handle.
    public let handle: UInt64
    /// The Region this object was made in, kept alive as long as this object (nil for
    /// an adopted handle).
    public let owner: RegionOf<Threads>?
    @usableFromInline let live = Atomic<Bool>(true)

    /// Wraps a handle the core returned: the instance now owns it.
    @inlinable
    init(handle: UInt64, owner: RegionOf<Threads>?) {
        self.handle = handle
        self.owner = owner
    }

    deinit {
        if live.load(ordering: .acquiring) {
            weaveheap_vector_release(handle, nil)
        }
    }

    /// Releases a vector. Fails while it is borrowed (a view or an Arrow export is live).
    /// A second `close()` after one that succeeded does nothing, as for files.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`, `WeaveHeapError.borrow`; a failed
    /// call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func close() throws {
        guard live.load(ordering: .acquiring) else { return }
        try weaveheapCall { err in weaveheap_vector_release(handle, err) }
        live.store(false, ordering: .releasing)
    }

    /// Whether `close()` has succeeded.
    @inlinable public var isClosed: Bool { !live.load(ordering: .acquiring) }

    /// The number of values (nulls included).
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func length() throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_vector_length(self.handle, err)
        }
        return raw
    }

    /// The number of values it has room for.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func capacity() throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_vector_capacity(self.handle, err)
        }
        return raw
    }

    /// Gives the vector room for `capacity` values (more or fewer): a new allocation from the
    /// region, the values and validity bitmap copied into it (counted as a copy), the old memory
    /// given back as a release gives it. A capacity below the length is invalid_argument; one whose
    /// bytes pass the maximum size or the region's byte limit (the old memory still counts while
    /// the new is taken) out_of_memory. Fails while the vector is borrowed (a view, an Arrow
    /// export, a batch). A refused resize changes nothing.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func resize(capacity: UInt64) throws {
        try weaveheapCall { err in
            weaveheap_vector_resize(self.handle, capacity, err)
        }
    }

    /// The type of its values.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func elementType() throws -> ElementType {
        let raw = try weaveheapCall { err in
            weaveheap_vector_element_type(self.handle, err)
        }
        return try weaveheapEnum(raw)
    }

    /// The number of null values.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func nullCount() throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_vector_null_count(self.handle, err)
        }
        return raw
    }

    /// Appends an integer (0 or 1 for `boolean`). A value the type cannot hold, or a full vector,
    /// is out_of_range; a float vector is invalid_argument (append its values with `append_f64` or
    /// `extend`).
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func append(value: Int64) throws {
        try weaveheapCall { err in
            weaveheap_vector_append(self.handle, value, err)
        }
    }

    /// Appends the values in `data`, in the machine's byte order, `data` holding a whole number of
    /// them (one byte per value, 0 or 1, for `boolean`); counted as a copy. Past the capacity it is
    /// out_of_range and appends nothing.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func extend(data: [UInt8]) throws {
        try weaveheapCall { err in
            data.withUnsafeBufferPointer { dataBytes in
                weaveheap_vector_extend(self.handle, dataBytes.baseAddress, UInt64(dataBytes.count), err)
            }
        }
    }

    /// Appends the values in `data`, in the machine's byte order, `data` holding a whole number of
    /// them (one byte per value, 0 or 1, for `boolean`); counted as a copy. Past the capacity it is
    /// out_of_range and appends nothing.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func extend(data: some ContiguousBytes) throws {
        try weaveheapCall { err in
            data.withUnsafeBytes { dataBytes in
                weaveheap_vector_extend(self.handle, dataBytes.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt64(dataBytes.count), err)
            }
        }
    }

    /// Appends a null (its value bytes are zero). A vector made without `nullable` refuses it with
    /// invalid_argument.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func appendNull() throws {
        try weaveheapCall { err in
            weaveheap_vector_append_null(self.handle, err)
        }
    }

    /// Sets the value at `index` (below the length) and marks it valid; the value's checks are
    /// those of `append`.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func set(index: UInt64, value: Int64) throws {
        try weaveheapCall { err in
            weaveheap_vector_set(self.handle, index, value, err)
        }
    }

    /// The integer at `index` (a null reads as 0). A float vector is invalid_argument (read it with
    /// `get_f64`), a uint64 above the largest i64 out_of_range. Fails while a unique borrow is
    /// outstanding.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func get(index: UInt64) throws -> Int64 {
        let raw = try weaveheapCall { err in
            weaveheap_vector_get(self.handle, index, err)
        }
        return raw
    }

    /// Appends a floating-point value to a float32 or float64 vector (a float32 vector stores it
    /// rounded to the nearest float; a finite value beyond float32's range is out_of_range, NaN and
    /// infinities are kept). An integer or boolean vector is invalid_argument, a full one
    /// out_of_range.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func appendF64(value: Double) throws {
        try weaveheapCall { err in
            weaveheap_vector_append_f64(self.handle, value, err)
        }
    }

    /// Sets the float at `index` (below the length, else out_of_range, for any type) and marks it
    /// valid; the value's checks are those of `append_f64`.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func setF64(index: UInt64, value: Double) throws {
        try weaveheapCall { err in
            weaveheap_vector_set_f64(self.handle, index, value, err)
        }
    }

    /// The float at `index` (a null reads as 0; a float32 widened exactly). An index at or past the
    /// length is out_of_range (for any type), an integer or boolean vector invalid_argument. Fails
    /// while a unique borrow is outstanding.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func getF64(index: UInt64) throws -> Double {
        let raw = try weaveheapCall { err in
            weaveheap_vector_get_f64(self.handle, index, err)
        }
        return raw
    }

    /// Whether the value at `index` is not null.
    /// - Throws: `WeaveHeapError.outOfRange`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func isValid(index: UInt64) throws -> Bool {
        let raw = try weaveheapCall { err in
            weaveheap_vector_is_valid(self.handle, index, err)
        }
        return raw
    }

    /// Copies value bytes from `offset` into `dst` (counted as a copy), as a view would show them.
    /// Fails while a unique borrow is outstanding.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func read(offset: UInt64, dst: inout [UInt8]) throws {
        try weaveheapCall { err in
            dst.withUnsafeMutableBufferPointer { dstBytes in
                weaveheap_vector_read(self.handle, offset, dstBytes.baseAddress, UInt64(dstBytes.count), err)
            }
        }
    }

    /// Copies value bytes from `offset` into `dst` (counted as a copy), as a view would show them.
    /// Fails while a unique borrow is outstanding.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func read(offset: UInt64, dst: inout Data) throws {
        try weaveheapCall { err in
            dst.withUnsafeMutableBytes { dstBytes in
                weaveheap_vector_read(self.handle, offset, dstBytes.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt64(dstBytes.count), err)
            }
        }
    }

    /// Takes a shared borrow: `view` is read-only and lives until the returned token is released.
    /// Fails with borrow_conflict while a unique borrow is outstanding.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.borrowConflict`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    ///
    /// Calls `body` with the object's memory, zero-copy and read-only, under a shared borrow
    /// held exactly for the call (released also when `body` throws). The pointer must not
    /// escape `body`.
    @inlinable public func view<R>(_ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_shared(self.handle, &view, err) }
        defer { weaveheap_borrow_release(token, nil) }
        return try body(UnsafeRawBufferPointer(start: view.data, count: Int(view.length)))
    }

    /// Takes the unique borrow: no other borrow may be outstanding. The view is writable for a
    /// buffer (bytes, strings and vectors stay read-only).
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.borrowConflict`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    ///
    /// Calls `body` with the object's memory, zero-copy, under the unique borrow held exactly
    /// for the call (released also when `body` throws). The pointer must not escape `body`.
    @inlinable public func view<R>(_ option: UniqueBorrow, _ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_unique(self.handle, &view, err) }
        defer { weaveheap_borrow_release(token, nil) }
        return try body(UnsafeRawBufferPointer(start: view.data, count: Int(view.length)))
    }

    /// The shared borrow as a `View` that holds it until its `close()` (or its deinit):
    /// for a borrow that outlives a scope.
    public func view() throws -> View {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_shared(handle, &view, err) }
        return View(token: token, view: view, target: self)
    }

    /// The unique borrow as a `View` that holds it until its `close()` (or its deinit).
    public func view(_ option: UniqueBorrow) throws -> View {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_unique(handle, &view, err) }
        return View(token: token, view: view, target: self)
    }
}

// The core locks a thread-safe region: it and every object made in it may be used from any
// thread at once (`close()` and deinit use an atomic flag).
extension VectorOf: @unchecked Sendable where Threads == ThreadSafe {}

extension VectorOf where Threads == SingleThreaded {
    /// Adopts a handle: the instance owns it from now on (`close()` and deinit release it). A
    /// stale, forged or wrong-kind handle is the core's error at the first call. Only for
    /// `Vector`: a handle adopted as thread-safe could belong to a region of one thread.
    public convenience init(adopting handle: UInt64) {
        self.init(handle: handle, owner: nil)
    }
}

/// `VectorOf` for a region of one thread at a time.
public typealias Vector = VectorOf<SingleThreaded>
/// `VectorOf` for a thread-safe region.
public typealias ThreadSafeVector = VectorOf<ThreadSafe>

/// A record batch: named vectors of equal length (Arrow's record batch, a struct array of
/// them). It holds a shared borrow of each column, so a column cannot change, or be released,
/// while it is in a batch; release the batch (before the region's reset or destroy) to give
/// them back.
///
/// An instance owns one batch handle: `close()` releases it and reports misuse (a
/// second `close()` after one that succeeded does nothing); `deinit` releases it best effort
/// when `close()` was never called.
/// `Batch` is `BatchOf<SingleThreaded>`: not `Sendable`, used by one thread (or
/// task) at a time. `ThreadSafeBatch` is `BatchOf<ThreadSafe>`: `Sendable`, any
/// thread at once.
public final class BatchOf<Threads: Threading>: HandleObject {
    /// The capability handle. It keeps its value after `close()`, so that a later use is
    /// reported by the core as a stale handle.
    public let handle: UInt64
    /// The Region this object was made in, kept alive as long as this object (nil for
    /// an adopted handle).
    public let owner: RegionOf<Threads>?
    @usableFromInline let live = Atomic<Bool>(true)

    /// Wraps a handle the core returned: the instance now owns it.
    @inlinable
    init(handle: UInt64, owner: RegionOf<Threads>?) {
        self.handle = handle
        self.owner = owner
    }

    deinit {
        if live.load(ordering: .acquiring) {
            weaveheap_batch_release(handle, nil)
        }
    }

    /// Releases a batch and gives back the borrows of its columns (the vectors stay, their owner's
    /// again). Fails while an Arrow export of the batch is live.
    /// A second `close()` after one that succeeded does nothing, as for files.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`, `WeaveHeapError.borrow`; a failed
    /// call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func close() throws {
        guard live.load(ordering: .acquiring) else { return }
        try weaveheapCall { err in weaveheap_batch_release(handle, err) }
        live.store(false, ordering: .releasing)
    }

    /// Whether `close()` has succeeded.
    @inlinable public var isClosed: Bool { !live.load(ordering: .acquiring) }

    /// Adds `column` under `name` (1 to 63 bytes of UTF-8, unique in the batch), taking a shared
    /// borrow of it until the batch is released. The column must be in the batch's region and have
    /// as many values as the columns already there; a full batch, a bad or repeated name or a
    /// length that differs is invalid_argument (the message names the column), an outstanding
    /// unique borrow of the column borrow_conflict. A refused column is not added and not borrowed.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.borrow`,
    /// `WeaveHeapError.borrowConflict`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func addColumn(name: [UInt8], column: UInt64) throws {
        try weaveheapCall { err in
            name.withUnsafeBufferPointer { nameBytes in
                weaveheap_batch_add_column(self.handle, nameBytes.baseAddress, UInt64(nameBytes.count), column, err)
            }
        }
    }

    /// Adds `column` under `name` (1 to 63 bytes of UTF-8, unique in the batch), taking a shared
    /// borrow of it until the batch is released. The column must be in the batch's region and have
    /// as many values as the columns already there; a full batch, a bad or repeated name or a
    /// length that differs is invalid_argument (the message names the column), an outstanding
    /// unique borrow of the column borrow_conflict. A refused column is not added and not borrowed.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.borrow`,
    /// `WeaveHeapError.borrowConflict`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func addColumn(name: [UInt8], column: some HandleObject) throws {
        try weaveheapCall { err in
            name.withUnsafeBufferPointer { nameBytes in
                weaveheap_batch_add_column(self.handle, nameBytes.baseAddress, UInt64(nameBytes.count), column.handle, err)
            }
        }
    }

    /// Adds `column` under `name` (1 to 63 bytes of UTF-8, unique in the batch), taking a shared
    /// borrow of it until the batch is released. The column must be in the batch's region and have
    /// as many values as the columns already there; a full batch, a bad or repeated name or a
    /// length that differs is invalid_argument (the message names the column), an outstanding
    /// unique borrow of the column borrow_conflict. A refused column is not added and not borrowed.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.borrow`,
    /// `WeaveHeapError.borrowConflict`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func addColumn(name: some ContiguousBytes, column: UInt64) throws {
        try weaveheapCall { err in
            name.withUnsafeBytes { nameBytes in
                weaveheap_batch_add_column(self.handle, nameBytes.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt64(nameBytes.count), column, err)
            }
        }
    }

    /// Adds `column` under `name` (1 to 63 bytes of UTF-8, unique in the batch), taking a shared
    /// borrow of it until the batch is released. The column must be in the batch's region and have
    /// as many values as the columns already there; a full batch, a bad or repeated name or a
    /// length that differs is invalid_argument (the message names the column), an outstanding
    /// unique borrow of the column borrow_conflict. A refused column is not added and not borrowed.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.borrow`,
    /// `WeaveHeapError.borrowConflict`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func addColumn(name: some ContiguousBytes, column: some HandleObject) throws {
        try weaveheapCall { err in
            name.withUnsafeBytes { nameBytes in
                weaveheap_batch_add_column(self.handle, nameBytes.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt64(nameBytes.count), column.handle, err)
            }
        }
    }

    /// The number of columns.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func numColumns() throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_batch_num_columns(self.handle, err)
        }
        return raw
    }

    /// The number of rows: the length of every column (0 with no column).
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func numRows() throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_batch_num_rows(self.handle, err)
        }
        return raw
    }

    /// A copy of the name of column `index` (below `num_columns`, else out_of_range) that the
    /// caller owns (counted as a copy); free it with `free_string`.
    /// - Throws: `WeaveHeapError.outOfRange`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`,
    /// `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func columnName(index: UInt64) throws -> String {
        let raw = try weaveheapCall { err in
            weaveheap_batch_column_name(self.handle, index, err)
        }
        defer { weaveheap_free_string(raw) }
        return raw.map { String(cString: $0) } ?? ""
    }

    /// Checks every column against the Arrow layout, in place: its length is the batch's rows, its
    /// validity bitmap holds its null count, its buffers hold its values, a `utf8` or `binary`
    /// column's offsets start at 0 or more, never decrease and stay within its data, and a `utf8`
    /// column's values are UTF-8. The first fault is a typed error whose message names the column
    /// and the row: invalid_argument (a length or null count), out_of_range (an offset, a buffer
    /// too small), invalid_utf8. Changes nothing, copies nothing.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.invalidUtf8`,
    /// `WeaveHeapError.outOfRange`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func validate() throws {
        try weaveheapCall { err in
            weaveheap_batch_validate(self.handle, err)
        }
    }

    /// Appends one row to the batch's columns, all or nothing. `row` holds, for each column in
    /// order, a tag byte (0: null, 1: a value) and, for a value, its bytes: a fixed-width column's
    /// value in the machine's byte order (one byte, 0 or 1, for `boolean`), a `utf8` or `binary`
    /// value as a u32 length in the machine's byte order and then its bytes (docs/arrow.md).
    /// Counted as one copy. A malformed row, a null in a column made without `nullable`, a bad
    /// boolean or a `utf8` value that is not UTF-8 is invalid_argument, a full column out_of_range
    /// (the message names the column); a live export of the batch, or a column that another holder
    /// (a view, an export, another batch) borrows, is borrowed. A refused row changes no column.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.outOfMemory`, `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func appendRow(row: [UInt8]) throws {
        try weaveheapCall { err in
            row.withUnsafeBufferPointer { rowBytes in
                weaveheap_batch_append_row(self.handle, rowBytes.baseAddress, UInt64(rowBytes.count), err)
            }
        }
    }

    /// Appends one row to the batch's columns, all or nothing. `row` holds, for each column in
    /// order, a tag byte (0: null, 1: a value) and, for a value, its bytes: a fixed-width column's
    /// value in the machine's byte order (one byte, 0 or 1, for `boolean`), a `utf8` or `binary`
    /// value as a u32 length in the machine's byte order and then its bytes (docs/arrow.md).
    /// Counted as one copy. A malformed row, a null in a column made without `nullable`, a bad
    /// boolean or a `utf8` value that is not UTF-8 is invalid_argument, a full column out_of_range
    /// (the message names the column); a live export of the batch, or a column that another holder
    /// (a view, an export, another batch) borrows, is borrowed. A refused row changes no column.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.outOfMemory`, `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func appendRow(row: some ContiguousBytes) throws {
        try weaveheapCall { err in
            row.withUnsafeBytes { rowBytes in
                weaveheap_batch_append_row(self.handle, rowBytes.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt64(rowBytes.count), err)
            }
        }
    }
}

// The core locks a thread-safe region: it and every object made in it may be used from any
// thread at once (`close()` and deinit use an atomic flag).
extension BatchOf: @unchecked Sendable where Threads == ThreadSafe {}

extension BatchOf where Threads == SingleThreaded {
    /// Adopts a handle: the instance owns it from now on (`close()` and deinit release it). A
    /// stale, forged or wrong-kind handle is the core's error at the first call. Only for
    /// `Batch`: a handle adopted as thread-safe could belong to a region of one thread.
    public convenience init(adopting handle: UInt64) {
        self.init(handle: handle, owner: nil)
    }
}

/// `BatchOf` for a region of one thread at a time.
public typealias Batch = BatchOf<SingleThreaded>
/// `BatchOf` for a thread-safe region.
public typealias ThreadSafeBatch = BatchOf<ThreadSafe>

/// A stream of record batches of one schema, exported through the Arrow C Stream Interface. It
/// holds a shared borrow of each batch (which holds its columns) until it is released.
///
/// An instance owns one batch_stream handle: `close()` releases it and reports misuse (a
/// second `close()` after one that succeeded does nothing); `deinit` releases it best effort
/// when `close()` was never called.
/// `BatchStream` is `BatchStreamOf<SingleThreaded>`: not `Sendable`, used by one thread (or
/// task) at a time. `ThreadSafeBatchStream` is `BatchStreamOf<ThreadSafe>`: `Sendable`, any
/// thread at once.
public final class BatchStreamOf<Threads: Threading>: HandleObject {
    /// The capability handle. It keeps its value after `close()`, so that a later use is
    /// reported by the core as a stale handle.
    public let handle: UInt64
    /// The Region this object was made in, kept alive as long as this object (nil for
    /// an adopted handle).
    public let owner: RegionOf<Threads>?
    @usableFromInline let live = Atomic<Bool>(true)

    /// Wraps a handle the core returned: the instance now owns it.
    @inlinable
    init(handle: UInt64, owner: RegionOf<Threads>?) {
        self.handle = handle
        self.owner = owner
    }

    deinit {
        if live.load(ordering: .acquiring) {
            weaveheap_batch_stream_release(handle, nil)
        }
    }

    /// Releases a stream and gives back the borrows of its batches. Fails while an Arrow export of
    /// the stream is live.
    /// A second `close()` after one that succeeded does nothing, as for files.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`, `WeaveHeapError.borrow`; a failed
    /// call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func close() throws {
        guard live.load(ordering: .acquiring) else { return }
        try weaveheapCall { err in weaveheap_batch_stream_release(handle, err) }
        live.store(false, ordering: .releasing)
    }

    /// Whether `close()` has succeeded.
    @inlinable public var isClosed: Bool { !live.load(ordering: .acquiring) }

    /// Adds `batch` at the end, taking a shared borrow of it until the stream is released. The
    /// batch must be in the stream's region and have the first batch's schema (the same column
    /// names, types and nullability); a full stream or another schema is invalid_argument (the
    /// message says what differs). A refused batch is not added.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.borrow`,
    /// `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`,
    /// `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func addBatch(batch: UInt64) throws {
        try weaveheapCall { err in
            weaveheap_batch_stream_add_batch(self.handle, batch, err)
        }
    }

    /// Adds `batch` at the end, taking a shared borrow of it until the stream is released. The
    /// batch must be in the stream's region and have the first batch's schema (the same column
    /// names, types and nullability); a full stream or another schema is invalid_argument (the
    /// message says what differs). A refused batch is not added.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.borrow`,
    /// `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`,
    /// `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func addBatch(batch: some HandleObject) throws {
        try weaveheapCall { err in
            weaveheap_batch_stream_add_batch(self.handle, batch.handle, err)
        }
    }

    /// The number of batches.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func numBatches() throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_batch_stream_num_batches(self.handle, err)
        }
        return raw
    }
}

// The core locks a thread-safe region: it and every object made in it may be used from any
// thread at once (`close()` and deinit use an atomic flag).
extension BatchStreamOf: @unchecked Sendable where Threads == ThreadSafe {}

extension BatchStreamOf where Threads == SingleThreaded {
    /// Adopts a handle: the instance owns it from now on (`close()` and deinit release it). A
    /// stale, forged or wrong-kind handle is the core's error at the first call. Only for
    /// `BatchStream`: a handle adopted as thread-safe could belong to a region of one thread.
    public convenience init(adopting handle: UInt64) {
        self.init(handle: handle, owner: nil)
    }
}

/// `BatchStreamOf` for a region of one thread at a time.
public typealias BatchStream = BatchStreamOf<SingleThreaded>
/// `BatchStreamOf` for a thread-safe region.
public typealias ThreadSafeBatchStream = BatchStreamOf<ThreadSafe>

/// A column of values of any size, laid out as Arrow lays out `utf8` ("u") and `binary` ("z")
/// arrays: int32 offsets (capacity + 1 of them), the values' bytes end to end, and a validity
/// bitmap when it is nullable. Its views (the data bytes so far) and Arrow exports read it in
/// place.
///
/// An instance owns one var_vector handle: `close()` releases it and reports misuse (a
/// second `close()` after one that succeeded does nothing); `deinit` releases it best effort
/// when `close()` was never called.
/// `VarVector` is `VarVectorOf<SingleThreaded>`: not `Sendable`, used by one thread (or
/// task) at a time. `ThreadSafeVarVector` is `VarVectorOf<ThreadSafe>`: `Sendable`, any
/// thread at once.
public final class VarVectorOf<Threads: Threading>: HandleObject {
    /// The capability handle. It keeps its value after `close()`, so that a later use is
    /// reported by the core as a stale handle.
    public let handle: UInt64
    /// The Region this object was made in, kept alive as long as this object (nil for
    /// an adopted handle).
    public let owner: RegionOf<Threads>?
    @usableFromInline let live = Atomic<Bool>(true)

    /// Wraps a handle the core returned: the instance now owns it.
    @inlinable
    init(handle: UInt64, owner: RegionOf<Threads>?) {
        self.handle = handle
        self.owner = owner
    }

    deinit {
        if live.load(ordering: .acquiring) {
            weaveheap_var_vector_release(handle, nil)
        }
    }

    /// Releases a column. Fails while it is borrowed (a view, an Arrow export or a batch holds it).
    /// A second `close()` after one that succeeded does nothing, as for files.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`, `WeaveHeapError.borrow`; a failed
    /// call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func close() throws {
        guard live.load(ordering: .acquiring) else { return }
        try weaveheapCall { err in weaveheap_var_vector_release(handle, err) }
        live.store(false, ordering: .releasing)
    }

    /// Whether `close()` has succeeded.
    @inlinable public var isClosed: Bool { !live.load(ordering: .acquiring) }

    /// The number of values (nulls included).
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func length() throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_var_vector_length(self.handle, err)
        }
        return raw
    }

    /// The number of values it has room for.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func capacity() throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_var_vector_capacity(self.handle, err)
        }
        return raw
    }

    /// The number of data bytes its values hold so far.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func dataLength() throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_var_vector_data_length(self.handle, err)
        }
        return raw
    }

    /// The number of data bytes it has room for.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func dataCapacity() throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_var_vector_data_capacity(self.handle, err)
        }
        return raw
    }

    /// Gives the column room for `capacity` values holding `data_capacity` data bytes (more or
    /// less): a new allocation from the region, the data, offsets and validity bitmap copied into
    /// it (counted as a copy), the old memory given back as a release gives it. A capacity below
    /// the length, or a data capacity below the data length, is invalid_argument; sizes past the
    /// maximum or the region's byte limit (the old memory still counts while the new is taken)
    /// out_of_memory. Fails while the column is borrowed (a view, an Arrow export, a batch). A
    /// refused resize changes nothing.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func resize(capacity: UInt64, dataCapacity: UInt64) throws {
        try weaveheapCall { err in
            weaveheap_var_vector_resize(self.handle, capacity, dataCapacity, err)
        }
    }

    /// The number of null values.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func nullCount() throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_var_vector_null_count(self.handle, err)
        }
        return raw
    }

    /// Whether its values are UTF-8 text (`utf8`) rather than bytes (`binary`).
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func isUtf8() throws -> Bool {
        let raw = try weaveheapCall { err in
            weaveheap_var_vector_is_utf8(self.handle, err)
        }
        return raw
    }

    /// Appends a value (counted as a copy). In a `utf8` column a value that is not UTF-8 is
    /// invalid_utf8 (the message names the byte); a full column (values or data bytes) is
    /// out_of_range. A refused value adds nothing.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.invalidUtf8`,
    /// `WeaveHeapError.outOfRange`, `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func append(value: String) throws {
        var valueUTF8 = value
        try weaveheapCall { err in
            valueUTF8.withUTF8 { valueBytes in
                weaveheap_var_vector_append(self.handle, valueBytes.baseAddress, UInt64(valueBytes.count), err)
            }
        }
    }

    /// Appends a value (counted as a copy). In a `utf8` column a value that is not UTF-8 is
    /// invalid_utf8 (the message names the byte); a full column (values or data bytes) is
    /// out_of_range. A refused value adds nothing.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.invalidUtf8`,
    /// `WeaveHeapError.outOfRange`, `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func append(value: [UInt8]) throws {
        try weaveheapCall { err in
            value.withUnsafeBufferPointer { valueBytes in
                weaveheap_var_vector_append(self.handle, valueBytes.baseAddress, UInt64(valueBytes.count), err)
            }
        }
    }

    /// Appends a value (counted as a copy). In a `utf8` column a value that is not UTF-8 is
    /// invalid_utf8 (the message names the byte); a full column (values or data bytes) is
    /// out_of_range. A refused value adds nothing.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.invalidUtf8`,
    /// `WeaveHeapError.outOfRange`, `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func append(value: some ContiguousBytes) throws {
        try weaveheapCall { err in
            value.withUnsafeBytes { valueBytes in
                weaveheap_var_vector_append(self.handle, valueBytes.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt64(valueBytes.count), err)
            }
        }
    }

    /// Appends a null (an empty value). A column made without `nullable` refuses it with
    /// invalid_argument; a full one is out_of_range.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func appendNull() throws {
        try weaveheapCall { err in
            weaveheap_var_vector_append_null(self.handle, err)
        }
    }

    /// A copy of the value at `index` (below the length, else out_of_range) in memory the caller
    /// owns (counted as a copy; a null is empty); free it with `free_bytes`. Fails while a unique
    /// borrow is outstanding.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.outOfMemory`, `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func get(index: UInt64) throws -> [UInt8] {
        var rawLength: UInt64 = 0
        let raw = try weaveheapCall { err in
            weaveheap_var_vector_get(self.handle, index, &rawLength, err)
        }
        defer { weaveheap_free_bytes(raw, rawLength) }
        return Array(UnsafeBufferPointer(start: raw, count: Int(rawLength)))
    }

    /// Where the value at `index` starts in the data bytes (what a view shows): with
    /// `value_length`, the value read in place.
    /// - Throws: `WeaveHeapError.outOfRange`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func valueOffset(index: UInt64) throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_var_vector_value_offset(self.handle, index, err)
        }
        return raw
    }

    /// The length in bytes of the value at `index` (0 for a null).
    /// - Throws: `WeaveHeapError.outOfRange`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func valueLength(index: UInt64) throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_var_vector_value_length(self.handle, index, err)
        }
        return raw
    }

    /// Whether the value at `index` is not null.
    /// - Throws: `WeaveHeapError.outOfRange`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func isValid(index: UInt64) throws -> Bool {
        let raw = try weaveheapCall { err in
            weaveheap_var_vector_is_valid(self.handle, index, err)
        }
        return raw
    }

    /// Copies data bytes from `offset` into `dst` (counted as a copy), as a view would show them.
    /// Fails while a unique borrow is outstanding.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func read(offset: UInt64, dst: inout [UInt8]) throws {
        try weaveheapCall { err in
            dst.withUnsafeMutableBufferPointer { dstBytes in
                weaveheap_var_vector_read(self.handle, offset, dstBytes.baseAddress, UInt64(dstBytes.count), err)
            }
        }
    }

    /// Copies data bytes from `offset` into `dst` (counted as a copy), as a view would show them.
    /// Fails while a unique borrow is outstanding.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func read(offset: UInt64, dst: inout Data) throws {
        try weaveheapCall { err in
            dst.withUnsafeMutableBytes { dstBytes in
                weaveheap_var_vector_read(self.handle, offset, dstBytes.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt64(dstBytes.count), err)
            }
        }
    }

    /// Takes a shared borrow: `view` is read-only and lives until the returned token is released.
    /// Fails with borrow_conflict while a unique borrow is outstanding.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.borrowConflict`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    ///
    /// Calls `body` with the object's memory, zero-copy and read-only, under a shared borrow
    /// held exactly for the call (released also when `body` throws). The pointer must not
    /// escape `body`.
    @inlinable public func view<R>(_ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_shared(self.handle, &view, err) }
        defer { weaveheap_borrow_release(token, nil) }
        return try body(UnsafeRawBufferPointer(start: view.data, count: Int(view.length)))
    }

    /// Takes the unique borrow: no other borrow may be outstanding. The view is writable for a
    /// buffer (bytes, strings and vectors stay read-only).
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.borrowConflict`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    ///
    /// Calls `body` with the object's memory, zero-copy, under the unique borrow held exactly
    /// for the call (released also when `body` throws). The pointer must not escape `body`.
    @inlinable public func view<R>(_ option: UniqueBorrow, _ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_unique(self.handle, &view, err) }
        defer { weaveheap_borrow_release(token, nil) }
        return try body(UnsafeRawBufferPointer(start: view.data, count: Int(view.length)))
    }

    /// The shared borrow as a `View` that holds it until its `close()` (or its deinit):
    /// for a borrow that outlives a scope.
    public func view() throws -> View {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_shared(handle, &view, err) }
        return View(token: token, view: view, target: self)
    }

    /// The unique borrow as a `View` that holds it until its `close()` (or its deinit).
    public func view(_ option: UniqueBorrow) throws -> View {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_unique(handle, &view, err) }
        return View(token: token, view: view, target: self)
    }
}

// The core locks a thread-safe region: it and every object made in it may be used from any
// thread at once (`close()` and deinit use an atomic flag).
extension VarVectorOf: @unchecked Sendable where Threads == ThreadSafe {}

extension VarVectorOf where Threads == SingleThreaded {
    /// Adopts a handle: the instance owns it from now on (`close()` and deinit release it). A
    /// stale, forged or wrong-kind handle is the core's error at the first call. Only for
    /// `VarVector`: a handle adopted as thread-safe could belong to a region of one thread.
    public convenience init(adopting handle: UInt64) {
        self.init(handle: handle, owner: nil)
    }
}

/// `VarVectorOf` for a region of one thread at a time.
public typealias VarVector = VarVectorOf<SingleThreaded>
/// `VarVectorOf` for a thread-safe region.
public typealias ThreadSafeVarVector = VarVectorOf<ThreadSafe>

/// A column of lists (Arrow's "+l"), or of maps ("+m": lists of key/value entries), laid out as
/// Arrow lays them out: int32 offsets (capacity + 1 of them) into one child column, and a
/// validity bitmap when it is nullable. It holds a shared borrow of its child (any column,
/// nested ones included) until it is released, as a batch holds its columns.
///
/// An instance owns one list_vector handle: `close()` releases it and reports misuse (a
/// second `close()` after one that succeeded does nothing); `deinit` releases it best effort
/// when `close()` was never called.
/// `ListVector` is `ListVectorOf<SingleThreaded>`: not `Sendable`, used by one thread (or
/// task) at a time. `ThreadSafeListVector` is `ListVectorOf<ThreadSafe>`: `Sendable`, any
/// thread at once.
public final class ListVectorOf<Threads: Threading>: HandleObject {
    /// The capability handle. It keeps its value after `close()`, so that a later use is
    /// reported by the core as a stale handle.
    public let handle: UInt64
    /// The Region this object was made in, kept alive as long as this object (nil for
    /// an adopted handle).
    public let owner: RegionOf<Threads>?
    @usableFromInline let live = Atomic<Bool>(true)

    /// Wraps a handle the core returned: the instance now owns it.
    @inlinable
    init(handle: UInt64, owner: RegionOf<Threads>?) {
        self.handle = handle
        self.owner = owner
    }

    deinit {
        if live.load(ordering: .acquiring) {
            weaveheap_list_vector_release(handle, nil)
        }
    }

    /// Releases a list column and gives back the borrow of its child (the child stays, its owner's
    /// again). Fails while it is borrowed (an Arrow export or a batch holds it).
    /// A second `close()` after one that succeeded does nothing, as for files.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`, `WeaveHeapError.borrow`; a failed
    /// call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func close() throws {
        guard live.load(ordering: .acquiring) else { return }
        try weaveheapCall { err in weaveheap_list_vector_release(handle, err) }
        live.store(false, ordering: .releasing)
    }

    /// Whether `close()` has succeeded.
    @inlinable public var isClosed: Bool { !live.load(ordering: .acquiring) }

    /// The number of lists (nulls included).
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func length() throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_list_vector_length(self.handle, err)
        }
        return raw
    }

    /// The number of lists it has room for.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func capacity() throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_list_vector_capacity(self.handle, err)
        }
        return raw
    }

    /// The number of null lists.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func nullCount() throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_list_vector_null_count(self.handle, err)
        }
        return raw
    }

    /// Whether it is a map column.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func isMap() throws -> Bool {
        let raw = try weaveheapCall { err in
            weaveheap_list_vector_is_map(self.handle, err)
        }
        return raw
    }

    /// Whether the list at `index` is not null.
    /// - Throws: `WeaveHeapError.outOfRange`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func isValid(index: UInt64) throws -> Bool {
        let raw = try weaveheapCall { err in
            weaveheap_list_vector_is_valid(self.handle, index, err)
        }
        return raw
    }

    /// The child row of the first item of the list at `index`.
    /// - Throws: `WeaveHeapError.outOfRange`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func valueOffset(index: UInt64) throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_list_vector_value_offset(self.handle, index, err)
        }
        return raw
    }

    /// The number of items of the list at `index` (0 for a null).
    /// - Throws: `WeaveHeapError.outOfRange`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func valueLength(index: UInt64) throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_list_vector_value_length(self.handle, index, err)
        }
        return raw
    }

    /// Appends one list, all or nothing: `value` is a u32 count in the machine's byte order, then
    /// that many child values, each encoded as `batch.append_row` encodes one column's value
    /// (docs/arrow.md). Counted as one copy. A malformed value is invalid_argument, a full column
    /// (the list's or a child's) out_of_range (the message names the column and the byte); a list
    /// with a live export or in a batch, or a child that another holder borrows, is borrowed. A
    /// refused value changes no column.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.outOfMemory`, `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func append(value: [UInt8]) throws {
        try weaveheapCall { err in
            value.withUnsafeBufferPointer { valueBytes in
                weaveheap_list_vector_append(self.handle, valueBytes.baseAddress, UInt64(valueBytes.count), err)
            }
        }
    }

    /// Appends one list, all or nothing: `value` is a u32 count in the machine's byte order, then
    /// that many child values, each encoded as `batch.append_row` encodes one column's value
    /// (docs/arrow.md). Counted as one copy. A malformed value is invalid_argument, a full column
    /// (the list's or a child's) out_of_range (the message names the column and the byte); a list
    /// with a live export or in a batch, or a child that another holder borrows, is borrowed. A
    /// refused value changes no column.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.outOfMemory`, `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func append(value: some ContiguousBytes) throws {
        try weaveheapCall { err in
            value.withUnsafeBytes { valueBytes in
                weaveheap_list_vector_append(self.handle, valueBytes.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt64(valueBytes.count), err)
            }
        }
    }

    /// Appends a null (an empty list). A column made without `nullable` refuses it with
    /// invalid_argument, a full one with out_of_range.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.borrow`, `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func appendNull() throws {
        try weaveheapCall { err in
            weaveheap_list_vector_append_null(self.handle, err)
        }
    }

    /// The child row of the first entry of map `index` whose key equals `key`, or -1 when it has
    /// none (a failed call returns 0, as every failed call does): read the value with the value
    /// column's `get(row)`. `key` is the key's bytes without a tag: a fixed-width key exactly its
    /// type's width in the machine's byte order (else invalid_argument), a utf8 or binary key its
    /// bytes. An index past the length is out_of_range, a list that is not a map invalid_argument.
    /// Copies nothing.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`,
    /// `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func lookup(index: UInt64, key: [UInt8]) throws -> Int64 {
        let raw = try weaveheapCall { err in
            key.withUnsafeBufferPointer { keyBytes in
                weaveheap_list_vector_lookup(self.handle, index, keyBytes.baseAddress, UInt64(keyBytes.count), err)
            }
        }
        return raw
    }

    /// The child row of the first entry of map `index` whose key equals `key`, or -1 when it has
    /// none (a failed call returns 0, as every failed call does): read the value with the value
    /// column's `get(row)`. `key` is the key's bytes without a tag: a fixed-width key exactly its
    /// type's width in the machine's byte order (else invalid_argument), a utf8 or binary key its
    /// bytes. An index past the length is out_of_range, a list that is not a map invalid_argument.
    /// Copies nothing.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfRange`,
    /// `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`,
    /// `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func lookup(index: UInt64, key: some ContiguousBytes) throws -> Int64 {
        let raw = try weaveheapCall { err in
            key.withUnsafeBytes { keyBytes in
                weaveheap_list_vector_lookup(self.handle, index, keyBytes.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt64(keyBytes.count), err)
            }
        }
        return raw
    }
}

// The core locks a thread-safe region: it and every object made in it may be used from any
// thread at once (`close()` and deinit use an atomic flag).
extension ListVectorOf: @unchecked Sendable where Threads == ThreadSafe {}

extension ListVectorOf where Threads == SingleThreaded {
    /// Adopts a handle: the instance owns it from now on (`close()` and deinit release it). A
    /// stale, forged or wrong-kind handle is the core's error at the first call. Only for
    /// `ListVector`: a handle adopted as thread-safe could belong to a region of one thread.
    public convenience init(adopting handle: UInt64) {
        self.init(handle: handle, owner: nil)
    }
}

/// `ListVectorOf` for a region of one thread at a time.
public typealias ListVector = ListVectorOf<SingleThreaded>
/// `ListVectorOf` for a thread-safe region.
public typealias ThreadSafeListVector = ListVectorOf<ThreadSafe>

/// An Arrow array a foreign producer made (any format, nested too), taken into a region without
/// a copy (`foreign.import_array`): the region holds the producer's memory until the foreign is
/// released or the region reset or destroyed, and then calls the producer's `release` callbacks
/// (the array's, then the schema's) exactly once, on the thread doing that.
///
/// An instance owns one foreign handle: `close()` releases it and reports misuse (a
/// second `close()` after one that succeeded does nothing); `deinit` releases it best effort
/// when `close()` was never called.
/// `Foreign` is `ForeignOf<SingleThreaded>`: not `Sendable`, used by one thread (or
/// task) at a time. `ThreadSafeForeign` is `ForeignOf<ThreadSafe>`: `Sendable`, any
/// thread at once.
public final class ForeignOf<Threads: Threading>: HandleObject {
    /// The capability handle. It keeps its value after `close()`, so that a later use is
    /// reported by the core as a stale handle.
    public let handle: UInt64
    /// The Region this object was made in, kept alive as long as this object (nil for
    /// an adopted handle).
    public let owner: RegionOf<Threads>?
    @usableFromInline let live = Atomic<Bool>(true)

    /// Wraps a handle the core returned: the instance now owns it.
    @inlinable
    init(handle: UInt64, owner: RegionOf<Threads>?) {
        self.handle = handle
        self.owner = owner
    }

    deinit {
        if live.load(ordering: .acquiring) {
            weaveheap_foreign_release(handle, nil)
        }
    }

    /// Releases a foreign: calls the producer's `release` of the array, then of the schema, once.
    /// Fails while it is borrowed (a view or an Arrow export of it is live).
    /// A second `close()` after one that succeeded does nothing, as for files.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`, `WeaveHeapError.borrow`; a failed
    /// call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func close() throws {
        guard live.load(ordering: .acquiring) else { return }
        try weaveheapCall { err in weaveheap_foreign_release(handle, err) }
        live.store(false, ordering: .releasing)
    }

    /// Whether `close()` has succeeded.
    @inlinable public var isClosed: Bool { !live.load(ordering: .acquiring) }

    /// The number of values (the array's `length`).
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func length() throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_foreign_length(self.handle, err)
        }
        return raw
    }

    /// The number of nulls as the producer gave it (-1, unknown, reads as the largest u64).
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func nullCount() throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_foreign_null_count(self.handle, err)
        }
        return raw
    }

    /// The array's offset, in values, into its buffers.
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func offset() throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_foreign_offset(self.handle, err)
        }
        return raw
    }

    /// The number of children (a struct's fields, a list's one).
    /// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
    /// `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func numChildren() throws -> UInt64 {
        let raw = try weaveheapCall { err in
            weaveheap_foreign_num_children(self.handle, err)
        }
        return raw
    }

    /// A copy of the Arrow format string ("l", "u", "+s", "+l" ...) that the caller owns (counted
    /// as a copy); free it with `free_string`.
    /// - Throws: `WeaveHeapError.outOfMemory`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    @inlinable public func format() throws -> String {
        let raw = try weaveheapCall { err in
            weaveheap_foreign_format(self.handle, err)
        }
        defer { weaveheap_free_string(raw) }
        return raw.map { String(cString: $0) } ?? ""
    }

    /// Takes a shared borrow: `view` is read-only and lives until the returned token is released.
    /// Fails with borrow_conflict while a unique borrow is outstanding.
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.borrowConflict`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    ///
    /// Calls `body` with the object's memory, zero-copy and read-only, under a shared borrow
    /// held exactly for the call (released also when `body` throws). The pointer must not
    /// escape `body`.
    @inlinable public func view<R>(_ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_shared(self.handle, &view, err) }
        defer { weaveheap_borrow_release(token, nil) }
        return try body(UnsafeRawBufferPointer(start: view.data, count: Int(view.length)))
    }

    /// Takes the unique borrow: no other borrow may be outstanding. The view is writable for a
    /// buffer (bytes, strings and vectors stay read-only).
    /// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.outOfMemory`,
    /// `WeaveHeapError.borrowConflict`, `WeaveHeapError.staleHandle`,
    /// `WeaveHeapError.reusedHandle`, `WeaveHeapError.forgedHandle`, `WeaveHeapError.wrongKind`; a
    /// failed call changes nothing.
    /// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
    /// using the region.
    ///
    /// Calls `body` with the object's memory, zero-copy, under the unique borrow held exactly
    /// for the call (released also when `body` throws). The pointer must not escape `body`.
    @inlinable public func view<R>(_ option: UniqueBorrow, _ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_unique(self.handle, &view, err) }
        defer { weaveheap_borrow_release(token, nil) }
        return try body(UnsafeRawBufferPointer(start: view.data, count: Int(view.length)))
    }

    /// The shared borrow as a `View` that holds it until its `close()` (or its deinit):
    /// for a borrow that outlives a scope.
    public func view() throws -> View {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_shared(handle, &view, err) }
        return View(token: token, view: view, target: self)
    }

    /// The unique borrow as a `View` that holds it until its `close()` (or its deinit).
    public func view(_ option: UniqueBorrow) throws -> View {
        var view = weaveheap_view()
        let token = try weaveheapCall { err in weaveheap_borrow_unique(handle, &view, err) }
        return View(token: token, view: view, target: self)
    }
}

// The core locks a thread-safe region: it and every object made in it may be used from any
// thread at once (`close()` and deinit use an atomic flag).
extension ForeignOf: @unchecked Sendable where Threads == ThreadSafe {}

extension ForeignOf where Threads == SingleThreaded {
    /// Adopts a handle: the instance owns it from now on (`close()` and deinit release it). A
    /// stale, forged or wrong-kind handle is the core's error at the first call. Only for
    /// `Foreign`: a handle adopted as thread-safe could belong to a region of one thread.
    public convenience init(adopting handle: UInt64) {
        self.init(handle: handle, owner: nil)
    }
}

/// `ForeignOf` for a region of one thread at a time.
public typealias Foreign = ForeignOf<SingleThreaded>
/// `ForeignOf` for a thread-safe region.
public typealias ThreadSafeForeign = ForeignOf<ThreadSafe>
