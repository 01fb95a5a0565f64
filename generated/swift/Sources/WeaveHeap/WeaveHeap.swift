// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
// weaveheap 0.1.0 for Swift: regions, capability handles and
// borrow-checked zero-copy views over the C core (docs/swift.md).
import CWeaveHeap
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What this package was generated for; the loaded library must match.
public enum Generated {
    /// The ABI version of the IDL this package was generated from.
    public static let abiVersion: UInt32 = 2
    /// The SHA-256 of that IDL.
    public static let idlHash = "44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144"
    /// The library version of that IDL.
    public static let version = "0.1.0"
}

/// Thrown by the first call that needs the core when the linked libweaveheap
/// was built from another IDL or ABI than this package.
public struct ABIMismatchError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

/// Compares what the library reports with what this package was generated for.
public func weaveheapCheckLibrary(abiVersion: UInt32, idlHash: String) -> ABIMismatchError? {
    if abiVersion == Generated.abiVersion && idlHash == Generated.idlHash {
        return nil
    }
    return ABIMismatchError(description:
        "WeaveHeap: the linked libweaveheap has ABI \(abiVersion) and IDL hash \(idlHash), but this "
        + "package was generated for ABI \(Generated.abiVersion) and IDL hash \(Generated.idlHash): "
        + "rebuild libweaveheap and regenerate the package from the same IDL")
}

// Checked once, at first use (a Swift global is initialised lazily and once).
private let weaveheapLibraryMismatch: ABIMismatchError? =
    weaveheapCheckLibrary(abiVersion: weaveheap_abi_version(), idlHash: String(cString: weaveheap_idl_hash()))

/// Throws ABIMismatchError when the linked library does not match this package.
public func weaveheapEnsureLibrary() throws {
    if let mismatch = weaveheapLibraryMismatch {
        throw mismatch
    }
}

/// The version this library was built as: major * 1000000 + minor * 1000 + patch. Compare with
/// WEAVEHEAP_VERSION_NUMBER to see what a binding was generated for.
/// - Note: Threads: any thread.
@inlinable public func versionNumber() -> UInt32 {
    let raw = weaveheap_version_number()
    return raw
}

/// The version as "major.minor.patch".
/// - Note: Threads: any thread.
@inlinable public func versionString() -> String {
    let raw = weaveheap_version_string()
    return raw.map { String(cString: $0) } ?? ""
}

/// The ABI version; bindings generated for another ABI must not load.
/// - Note: Threads: any thread.
@inlinable public func abiVersion() -> UInt32 {
    let raw = weaveheap_abi_version()
    return raw
}

/// The SHA-256 of the IDL this library was built from, in hex.
/// - Note: Threads: any thread.
@inlinable public func idlHash() -> String {
    let raw = weaveheap_idl_hash()
    return raw.map { String(cString: $0) } ?? ""
}

/// A static description of an error code; unknown codes give "unknown error".
/// - Note: Threads: any thread.
@inlinable public func strerror(code: Int32) -> String {
    let raw = weaveheap_strerror(code)
    return raw.map { String(cString: $0) } ?? ""
}

/// The kind of a live handle; a stale, reused or forged handle fails. Region handles may be
/// checked from any thread; other handles follow their region's rule.
/// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
/// `WeaveHeapError.forgedHandle`; a failed call changes nothing.
/// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
/// using the region.
@inlinable public func handleKindOf(handle: UInt64) throws -> HandleKind {
    try weaveheapEnsureLibrary()
    let raw = try weaveheapCall { err in
        weaveheap_handle_kind_of(handle, err)
    }
    return try weaveheapEnum(raw)
}

/// The kind of a live handle; a stale, reused or forged handle fails. Region handles may be
/// checked from any thread; other handles follow their region's rule.
/// - Throws: `WeaveHeapError.staleHandle`, `WeaveHeapError.reusedHandle`,
/// `WeaveHeapError.forgedHandle`; a failed call changes nothing.
/// - Note: Threads: any thread for a thread-safe region; otherwise only the thread that is
/// using the region.
@inlinable public func handleKindOf(handle: some HandleObject) throws -> HandleKind {
    try weaveheapEnsureLibrary()
    let raw = try weaveheapCall { err in
        weaveheap_handle_kind_of(handle.handle, err)
    }
    return try weaveheapEnum(raw)
}

/// Reads the process-wide counters into `out`.
/// - Throws: `WeaveHeapError.invalidArgument`; a failed call changes nothing.
/// - Note: Threads: any thread.
@inlinable public func stats() throws -> Stats {
    try weaveheapEnsureLibrary()
    var out = weaveheap_stats()
    try weaveheapCall { err in
        weaveheap_stats_global(&out, err)
    }
    return Stats(out)
}

/// Turns counting on or off for the whole process (on by default). While off, the statistics
/// keep their values; what the core itself relies on (bytes_live, bytes_reserved,
/// borrows_active, regions_live, stale_rejected) stays exact.
/// - Note: Threads: any thread.
@inlinable public func statsSetEnabled(enabled: Bool) {
    weaveheap_stats_set_enabled(enabled)
}

/// Whether counting is on.
/// - Note: Threads: any thread.
@inlinable public func statsEnabled() -> Bool {
    let raw = weaveheap_stats_enabled()
    return raw
}

/// Starts publishing: a background thread rewrites the file every `interval_ms` milliseconds (0
/// means the default, 250; at most 3600000). Called again while publishing, it changes the
/// interval. Fails, changing nothing, when the directory is unsafe (not owned by this user, or
/// open to group or others: invalid_argument, the message names it) or the file or thread
/// cannot be made (system_error).
/// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.systemCall`; a failed call
/// changes nothing.
/// - Note: Threads: any thread.
@inlinable public func publishStart(intervalMs: UInt32 = 0) throws {
    try weaveheapEnsureLibrary()
    try weaveheapCall { err in
        weaveheap_publish_start(intervalMs, err)
    }
}

/// Writes a snapshot now from the calling thread, creating the file first if this process is
/// not publishing yet (without starting the background thread). Thread-safe regions are read
/// under their lock; the table of any other region is exact when the caller is the thread using
/// it, and best effort otherwise. Fails as `start` does.
/// - Throws: `WeaveHeapError.invalidArgument`, `WeaveHeapError.systemCall`; a failed call
/// changes nothing.
/// - Note: Threads: any thread.
@inlinable public func publishNow() throws {
    try weaveheapEnsureLibrary()
    try weaveheapCall { err in
        weaveheap_publish_now(err)
    }
}

/// Stops publishing and removes the file. A no-op when not publishing.
/// - Note: Threads: any thread.
@inlinable public func publishStop() {
    weaveheap_publish_stop()
}

/// Whether this process is publishing (its file exists).
/// - Note: Threads: any thread.
@inlinable public func publishActive() -> Bool {
    let raw = weaveheap_publish_active()
    return raw
}
