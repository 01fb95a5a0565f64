// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 eb6f05195e26c4a731b41c40b56929551257548ac7df99d8c88ec4dd792063da
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
}
