// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
import CWeaveHeap

// -- constants ---------------------------------------------------------------
/// The largest alignment `buffer_alloc` accepts, in bytes.
public let maxAlign: UInt64 = 1048576
/// The largest size of one allocation, bytes object or string, in bytes.
public let maxSize: UInt64 = 281474976710656
/// The alignment used when a binding does not name one.
public let defaultAlign: UInt64 = 16
/// The chunk size used when region options leave it 0.
public let defaultChunkSize: UInt64 = 65536

// -- enums -------------------------------------------------------------------
/// The kind a handle carries in its bits (derived from the handle declarations).
public enum HandleKind: Int32, Sendable {
    /// Not a handle.
    case none = 0
    /// A region handle.
    case region = 1
    /// A buffer handle.
    case buffer = 2
    /// A bytes handle.
    case bytes = 3
    /// A string handle.
    case string = 4
    /// A borrow handle.
    case borrow = 5
    /// An object handle.
    case object = 6
    /// A vector handle.
    case vector = 7
    /// A batch handle.
    case batch = 8
    /// A batch_stream handle.
    case batchStream = 9
    /// A var_vector handle.
    case varVector = 10
    /// A list_vector handle.
    case listVector = 11
    /// A foreign handle.
    case foreign = 12
    /// A foreign_stream handle.
    case foreignStream = 13
}

/// The type of a vector's values. Each is stored as Arrow stores it: in the machine's byte
/// order (as the Arrow C Data Interface wants), `boolean` one bit per value (least significant
/// bit first).
public enum ElementType: Int32, Sendable {
    /// Signed 8-bit integers (Arrow format "c").
    case int8 = 1
    /// Signed 16-bit integers ("s").
    case int16 = 2
    /// Signed 32-bit integers ("i").
    case int32 = 3
    /// Signed 64-bit integers ("l").
    case int64 = 4
    /// Unsigned 8-bit integers ("C").
    case uint8 = 5
    /// Unsigned 16-bit integers ("S").
    case uint16 = 6
    /// Unsigned 32-bit integers ("I").
    case uint32 = 7
    /// Unsigned 64-bit integers ("L").
    case uint64 = 8
    /// IEEE 754 binary32 ("f").
    case float32 = 9
    /// IEEE 754 binary64 ("g").
    case float64 = 10
    /// Booleans, a bitmap ("b").
    case boolean = 11
    /// UTF-8 strings of any size ("u"): int32 offsets and the data bytes (docs/arrow.md): a
    /// `var_vector` (`var_vector.create`).
    case utf8 = 12
    /// Byte strings of any size ("z"), laid out as `utf8`: a `var_vector` (`var_vector.create` with
    /// `binary`).
    case binary = 13
}

// -- structs the core fills --------------------------------------------------
/// The core's counters, for one region or for the whole process.
public struct Stats: Equatable, Sendable {
    /// Objects (buffers, bytes, strings, extension objects) created.
    public var allocations: UInt64
    /// Objects released one by one (reset and destroy are not counted here).
    public var releases: UInt64
    /// Bytes handed out, in total.
    public var bytesAllocated: UInt64
    /// Bytes of live objects now.
    public var bytesLive: UInt64
    /// Highest `bytes_live` seen. For the process: the sum of each region's peak, an upper bound on
    /// the true simultaneous peak.
    public var bytesPeak: UInt64
    /// Bytes the region holds in chunks from the system (used or not).
    public var bytesReserved: UInt64
    /// Borrows acquired, in total.
    public var borrowsTaken: UInt64
    /// Borrows outstanding now.
    public var borrowsActive: UInt64
    /// Borrow requests refused because of a conflicting borrow, and releases, resets, destroys or
    /// writes refused because of a borrow.
    public var borrowConflicts: UInt64
    /// Calls refused because a handle was stale, reused, forged or of the wrong kind (process-wide
    /// only: a rejected handle names no region).
    public var staleRejected: UInt64
    /// Calls that copied bytes across the API (in or out). Zero-copy views never count.
    public var copies: UInt64
    /// Bytes those calls copied.
    public var copyBytes: UInt64
    /// Regions live now (process-wide only).
    public var regionsLive: UInt64
    /// Foreign Arrow arrays and streams taken in without a copy (`foreign.import_array`,
    /// `foreign_stream.import_stream` and their kin): never counted in `copies`.
    public var imports: UInt64

    @usableFromInline
    init(_ c: weaveheap_stats) {
        allocations = c.allocations
        releases = c.releases
        bytesAllocated = c.bytes_allocated
        bytesLive = c.bytes_live
        bytesPeak = c.bytes_peak
        bytesReserved = c.bytes_reserved
        borrowsTaken = c.borrows_taken
        borrowsActive = c.borrows_active
        borrowConflicts = c.borrow_conflicts
        staleRejected = c.stale_rejected
        copies = c.copies
        copyBytes = c.copy_bytes
        regionsLive = c.regions_live
        imports = c.imports
    }
}

// -- structs the caller fills ------------------------------------------------
/// How a region is made. A zeroed struct (or NULL) asks for the defaults.
public struct RegionOptions: Equatable, Sendable {
    /// Size of each chunk the region takes from the system; 0 means `default_chunk_size`.
    /// Allocations larger than half a chunk get a chunk of their own.
    public var chunkSize: UInt64
    /// Most bytes the region may have handed out since it was made or last reset (a released
    /// object's bytes come back at the next reset); 0 means no limit. Going past it is an
    /// out_of_memory error.
    public var byteLimit: UInt64

    public init(chunkSize: UInt64 = 0, byteLimit: UInt64 = 0) {
        self.chunkSize = chunkSize
        self.byteLimit = byteLimit
    }
}

