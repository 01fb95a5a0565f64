// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
import CWeaveHeap

/// Every error the core reports. The numbers are part of the ABI: a code is never renumbered,
/// and a retired code keeps its slot.
///
/// One case per error code, carrying the core's message (it names the handle and the rule
/// broken): `catch WeaveHeapError.staleHandle(let message)`. `code` is the code,
/// `isA(_:)` asks for a code's family (a borrow conflict is also a borrow error), and a
/// `WeaveHeapError.Code` in a `catch` catches its whole family:
/// `catch WeaveHeapError.Code.borrow`.
public enum WeaveHeapError: Error, Equatable, CustomStringConvertible {
    /// An argument is out of its documented range (NULL where not allowed, an alignment that is not
    /// a power of two, an absurd size).
    case invalidArgument(message: String)
    /// The allocator failed, or the region's byte limit would be exceeded.
    case outOfMemory(message: String)
    /// The handle was valid once; what it named was released, or its region was reset or destroyed.
    case staleHandle(message: String)
    /// The handle was valid once; its slot now holds a newer object.
    case reusedHandle(message: String)
    /// The handle was never issued by this process (0, out of range, or bits that no slot ever
    /// carried).
    case forgedHandle(message: String)
    /// The handle is live but of another kind than the function takes.
    case wrongKind(message: String)
    /// The object (or region) is borrowed and cannot be released, reset, destroyed or written by
    /// its owner.
    case borrow(message: String)
    /// The borrow asked for conflicts with one that is outstanding (unique with anything, shared
    /// with unique).
    case borrowConflict(message: String)
    /// The text is not valid UTF-8; the message names the byte offset.
    case invalidUtf8(message: String)
    /// An offset and length reach past the end of the object.
    case outOfRange(message: String)
    /// A system call failed (a file or thread for publishing live stats); the message names the
    /// call and the system's reason.
    case systemCall(message: String)

    /// An error code: its C value is `rawValue`, its C name `description`. In a `catch`
    /// it matches every WeaveHeapError of its family.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: Int32

        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }

        /// `WEAVEHEAP_ERR_INVALID_ARGUMENT` = 1
        public static let invalidArgument = Code(rawValue: 1)

        /// `WEAVEHEAP_ERR_OUT_OF_MEMORY` = 2
        public static let outOfMemory = Code(rawValue: 2)

        /// `WEAVEHEAP_ERR_STALE_HANDLE` = 3
        public static let staleHandle = Code(rawValue: 3)

        /// `WEAVEHEAP_ERR_REUSED_HANDLE` = 4
        public static let reusedHandle = Code(rawValue: 4)

        /// `WEAVEHEAP_ERR_FORGED_HANDLE` = 5
        public static let forgedHandle = Code(rawValue: 5)

        /// `WEAVEHEAP_ERR_WRONG_KIND` = 6
        public static let wrongKind = Code(rawValue: 6)

        /// `WEAVEHEAP_ERR_BORROWED` = 7
        public static let borrow = Code(rawValue: 7)

        /// `WEAVEHEAP_ERR_BORROW_CONFLICT` = 8
        public static let borrowConflict = Code(rawValue: 8)

        /// `WEAVEHEAP_ERR_INVALID_UTF8` = 9
        public static let invalidUtf8 = Code(rawValue: 9)

        /// `WEAVEHEAP_ERR_OUT_OF_RANGE` = 10
        public static let outOfRange = Code(rawValue: 10)

        /// `WEAVEHEAP_ERR_SYSTEM_ERROR` = 11
        public static let systemCall = Code(rawValue: 11)

        /// The code this one is a special case of, if any.
        public var parent: Code? {
            switch rawValue {
            case 8: return .borrow
            default: return nil
            }
        }

        /// Whether this code is `family` or a special case of it.
        public func isA(_ family: Code) -> Bool {
            var code: Code? = self
            while let c = code {
                if c == family { return true }
                code = c.parent
            }
            return false
        }

        /// The C constant's name.
        public var description: String {
            switch rawValue {
            case 1: return "WEAVEHEAP_ERR_INVALID_ARGUMENT"
            case 2: return "WEAVEHEAP_ERR_OUT_OF_MEMORY"
            case 3: return "WEAVEHEAP_ERR_STALE_HANDLE"
            case 4: return "WEAVEHEAP_ERR_REUSED_HANDLE"
            case 5: return "WEAVEHEAP_ERR_FORGED_HANDLE"
            case 6: return "WEAVEHEAP_ERR_WRONG_KIND"
            case 7: return "WEAVEHEAP_ERR_BORROWED"
            case 8: return "WEAVEHEAP_ERR_BORROW_CONFLICT"
            case 9: return "WEAVEHEAP_ERR_INVALID_UTF8"
            case 10: return "WEAVEHEAP_ERR_OUT_OF_RANGE"
            case 11: return "WEAVEHEAP_ERR_SYSTEM_ERROR"
            default: return "error code \(rawValue)"
            }
        }

        /// `catch WeaveHeapError.Code.x` catches x and every code below it.
        public static func ~= (family: Code, error: any Error) -> Bool {
            (error as? WeaveHeapError)?.code.isA(family) ?? false
        }
    }

    /// The error of `code`, or nil for a code this package does not know.
    public init?(code: Int32, message: String) {
        switch code {
        case 1: self = .invalidArgument(message: message)
        case 2: self = .outOfMemory(message: message)
        case 3: self = .staleHandle(message: message)
        case 4: self = .reusedHandle(message: message)
        case 5: self = .forgedHandle(message: message)
        case 6: self = .wrongKind(message: message)
        case 7: self = .borrow(message: message)
        case 8: self = .borrowConflict(message: message)
        case 9: self = .invalidUtf8(message: message)
        case 10: self = .outOfRange(message: message)
        case 11: self = .systemCall(message: message)
        default: return nil
        }
    }

    /// The error code.
    public var code: Code {
        switch self {
        case .invalidArgument: return .invalidArgument
        case .outOfMemory: return .outOfMemory
        case .staleHandle: return .staleHandle
        case .reusedHandle: return .reusedHandle
        case .forgedHandle: return .forgedHandle
        case .wrongKind: return .wrongKind
        case .borrow: return .borrow
        case .borrowConflict: return .borrowConflict
        case .invalidUtf8: return .invalidUtf8
        case .outOfRange: return .outOfRange
        case .systemCall: return .systemCall
        }
    }

    /// The core's message.
    public var message: String {
        switch self {
        case .invalidArgument(let message): return message
        case .outOfMemory(let message): return message
        case .staleHandle(let message): return message
        case .reusedHandle(let message): return message
        case .forgedHandle(let message): return message
        case .wrongKind(let message): return message
        case .borrow(let message): return message
        case .borrowConflict(let message): return message
        case .invalidUtf8(let message): return message
        case .outOfRange(let message): return message
        case .systemCall(let message): return message
        }
    }

    /// Whether this error is of `family` (its code or a code below it).
    public func isA(_ family: Code) -> Bool {
        code.isA(family)
    }

    public var description: String { "\(code) (\(code.rawValue)): \(message)" }
}

/// Runs `body` with a zeroed error value and throws what the core put in it,
/// freeing the core's message.
@inlinable @inline(__always)
func weaveheapCall<R>(_ body: (UnsafeMutablePointer<weaveheap_error>) throws -> R) throws -> R {
    var err = weaveheap_error()
    let result = try body(&err)
    if err.code != 0 {
        try weaveheapThrow(&err)
    }
    return result
}

/// The slow path of weaveheapCall, out of line.
@usableFromInline
func weaveheapThrow(_ err: inout weaveheap_error) throws -> Never {
    let message = err.message.map { String(cString: $0) } ?? String(cString: weaveheap_strerror(err.code))
    let code = err.code
    weaveheap_error_clear(&err)
    guard let error = WeaveHeapError(code: code, message: message) else {
        throw ABIMismatchError(description: "WeaveHeap: the core reported error code \(code) (\(message)), "
            + "which this package does not know: regenerate the package from the IDL libweaveheap was built from")
    }
    throw error
}

/// The enum case of a value the core returned.
@inlinable
func weaveheapEnum<E: RawRepresentable>(_ raw: E.RawValue) throws -> E {
    guard let value = E(rawValue: raw) else {
        try weaveheapUnknown("\(raw)", E.self)
    }
    return value
}

@usableFromInline
func weaveheapUnknown(_ raw: String, _ type: Any.Type) throws -> Never {
    throw ABIMismatchError(description: "WeaveHeap: the core returned \(raw), which is no \(type) this "
        + "package knows: regenerate the package from the IDL libweaveheap was built from")
}
