// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 9642b5336c411b3e8138dbfec9a542ba111ba757cb2538628071934c4e6b3821
import CWeaveHeap

/// Every error the core reports. The numbers are part of the ABI: a code is never renumbered,
/// and a retired code keeps its slot.
/// The base of every error the core reports: `code` is the C error code,
/// `message` names the handle and the rule broken.
public class WeaveHeapError: Error, CustomStringConvertible, @unchecked Sendable {
    public let code: Int32
    public let message: String

    public required init(code: Int32, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(type(of: self)) (\(code)): \(message)" }

    /// The error class for `code`, carrying `message`.
    public static func make(code: Int32, message: String) -> WeaveHeapError {
        switch code {
        case 1: return InvalidArgumentError(code: code, message: message)
        case 2: return OutOfMemoryError(code: code, message: message)
        case 3: return StaleHandleError(code: code, message: message)
        case 4: return ReusedHandleError(code: code, message: message)
        case 5: return ForgedHandleError(code: code, message: message)
        case 6: return WrongKindError(code: code, message: message)
        case 7: return BorrowError(code: code, message: message)
        case 8: return BorrowConflictError(code: code, message: message)
        case 9: return InvalidUtf8Error(code: code, message: message)
        case 10: return OutOfRangeError(code: code, message: message)
        case 11: return SystemError(code: code, message: message)
        default: return WeaveHeapError(code: code, message: message)
        }
    }
}

/// An argument is out of its documented range (NULL where not allowed, an alignment that is not
/// a power of two, an absurd size).
public final class InvalidArgumentError: WeaveHeapError, @unchecked Sendable {}

/// The allocator failed, or the region's byte limit would be exceeded.
public final class OutOfMemoryError: WeaveHeapError, @unchecked Sendable {}

/// The handle was valid once; what it named was released, or its region was reset or destroyed.
public final class StaleHandleError: WeaveHeapError, @unchecked Sendable {}

/// The handle was valid once; its slot now holds a newer object.
public final class ReusedHandleError: WeaveHeapError, @unchecked Sendable {}

/// The handle was never issued by this process (0, out of range, or bits that no slot ever
/// carried).
public final class ForgedHandleError: WeaveHeapError, @unchecked Sendable {}

/// The handle is live but of another kind than the function takes.
public final class WrongKindError: WeaveHeapError, @unchecked Sendable {}

/// The object (or region) is borrowed and cannot be released, reset, destroyed or written by
/// its owner.
public class BorrowError: WeaveHeapError, @unchecked Sendable {}

/// The borrow asked for conflicts with one that is outstanding (unique with anything, shared
/// with unique).
public final class BorrowConflictError: BorrowError, @unchecked Sendable {}

/// The text is not valid UTF-8; the message names the byte offset.
public final class InvalidUtf8Error: WeaveHeapError, @unchecked Sendable {}

/// An offset and length reach past the end of the object.
public final class OutOfRangeError: WeaveHeapError, @unchecked Sendable {}

/// A system call failed (a file or thread for publishing live stats); the message names the
/// call and the system's reason.
public final class SystemError: WeaveHeapError, @unchecked Sendable {}

/// Runs `body` with a zeroed error value and throws what the core put in it,
/// freeing the core's message.
@inlinable @inline(__always)
func weaveheapCall<R>(_ body: (UnsafeMutablePointer<weaveheap_error>) -> R) throws -> R {
    var err = weaveheap_error()
    let result = body(&err)
    if err.code != 0 {
        let message = err.message.map { String(cString: $0) } ?? String(cString: weaveheap_strerror(err.code))
        let code = err.code
        weaveheap_error_clear(&err)
        throw WeaveHeapError.make(code: code, message: message)
    }
    return result
}
