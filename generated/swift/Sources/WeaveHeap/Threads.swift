// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
/// Where the objects of a region may be used: the generic parameter of every class of a
/// region. `SingleThreaded` regions belong to one thread (or task) at a time, and their
/// objects are not `Sendable`: the compiler refuses to share them between tasks.
/// `ThreadSafe` regions take a lock, and they and their objects are `Sendable`.
public protocol Threading: Sendable {
    /// When true the region may be used from many threads at once (a lock guards it and its
    /// counters are atomic). When false it belongs to one thread at a time and is faster.
    static var threadSafe: Bool { get }
}

/// The marker of a region of one thread at a time: `Region`, `Buffer`, `Bytes`, `WeaveHeapString`, `Vector`, `Batch`, `BatchStream`, `VarVector`, `ListVector`, `Foreign`
public enum SingleThreaded: Threading {
    public static var threadSafe: Bool { false }
}

/// The marker of a thread-safe region: `ThreadSafeRegion`, `ThreadSafeBuffer`, `ThreadSafeBytes`, `ThreadSafeString`, `ThreadSafeVector`, `ThreadSafeBatch`, `ThreadSafeBatchStream`, `ThreadSafeVarVector`, `ThreadSafeListVector`, `ThreadSafeForeign`
public enum ThreadSafe: Threading {
    public static var threadSafe: Bool { true }
}

/// What every WeaveHeap object is: the owner of one capability handle.
public protocol HandleObject: AnyObject {
    /// The capability handle. It keeps its value after `close()`, so that a later use is
    /// reported by the core as a stale handle.
    var handle: UInt64 { get }
}

/// Asks `view` for the unique borrow: `view(.unique) { bytes in ... }`. Without it a view is
/// the shared (read-only) borrow.
public enum UniqueBorrow: Sendable {
    case unique
}
