// Generated from samples/extension/zpack.wh by weaveheap_gen: do not edit. IDL sha256 a79f42f696d09eae4e0adf0c4e603e9a5ffe4d5838b0b8389db22b59b0cee278
// zpack 0.1.0 for Swift, an extension of weaveheap (docs/extensions.md).
// Its functions take the WeaveHeap package's objects and borrow them for the call
// only, in the one core of the process: before the first call it binds libzpack to
// that core's table (weaveheap_api_table() of the libweaveheap the WeaveHeap package
// links), never a second one. A failure throws WeaveHeapError for the core's codes
// and ZpackError for zpack's own; a failed call changes nothing.
import CZpack
import WeaveHeap

/// zpack's own errors (the core's are WeaveHeapError).
public enum ZpackError: Error, Equatable, CustomStringConvertible {
    /// The compressed data is corrupt or truncated. (code 1000)
    case corrupt(message: String)
    /// The inflated data does not have the size the caller gave. (code 1001)
    case wrongSize(message: String)

    /// The error code.
    public var code: Int32 {
        switch self {
        case .corrupt: return 1000
        case .wrongSize: return 1001
        }
    }

    /// The message of the implementation that failed.
    public var message: String {
        switch self {
        case .corrupt(let message): return message
        case .wrongSize(let message): return message
        }
    }

    public var description: String { "zpack: \(message)" }

    init?(code: Int32, message: String) {
        switch code {
        case 1000: self = .corrupt(message: message)
        case 1001: self = .wrongSize(message: message)
        default: return nil
        }
    }
}

/// The address of the core's table libzpack was bound to: weaveheap_api_table() of the
/// one libweaveheap of the process. A core built from another IDL is refused (fatalError),
/// as the WeaveHeap package refuses another ABI.
public let coreTable: UInt = {
    let table = weaveheap_api_table()
    var err = weaveheap_error(code: 0, message: nil)
    guard zpack_init(table, &err) else {
        let message = err.message.map { String(cString: $0) } ?? "the core's table is not one zpack was built for"
        weaveheap_error_clear(&err)
        fatalError("zpack: \(message)")
    }
    return UInt(bitPattern: table)
}()

/// Calls `body` with an error to fill, bound first; throws what it reports.
@usableFromInline
func zpackCall<R>(_ body: (UnsafeMutablePointer<weaveheap_error>) -> R) throws -> R {
    _ = coreTable
    var err = weaveheap_error(code: 0, message: nil)
    let result = body(&err)
    if err.code != 0 {
        let code = err.code
        let message = err.message.map { String(cString: $0) } ?? String(cString: weaveheap_strerror(code))
        weaveheap_error_clear(&err)
        if let own = ZpackError(code: code, message: message) { throw own }
        throw WeaveHeapError(code: code, message: message) ?? WeaveHeapError.invalidArgument(message: message)
    }
    return result
}

/// A running CRC-32: feed it memory piece by piece, read the checksum of it all. Lives in a region like every object. A handle of the core's table (kind object):
/// close() releases it (a second close() does nothing), and so does deinit.
public final class Crc: HandleObject {
    /// The capability handle; it keeps its value after close(), so that a later use is
    /// reported by the core as a stale handle.
    public let handle: UInt64
    private var live = true

    /// Wraps a handle: the instance now owns it.
    public init(adopting handle: UInt64) {
        self.handle = handle
    }

    /// A new running CRC-32 in `region`, starting from nothing.
    public convenience init(region: Region) throws {
        self.init(adopting: try zpackCall { err in zpack_crc_create(region.handle, err) })
    }

    deinit {
        if live {
            var err = weaveheap_error(code: 0, message: nil)
            zpack_crc_close(handle, &err)
            weaveheap_error_clear(&err)
        }
    }

    /// Adds the bytes of `src` to the checksum, read in place.
    public func update(src: some HandleObject) throws {
        try zpackCall { err in zpack_crc_update(handle, src.handle, err) }
    }

    /// The CRC-32 of everything added so far.
    public func value() throws -> UInt32 {
        return try zpackCall { err in zpack_crc_value(handle, err) }
    }

    /// Releases the checksum; its handle goes stale.
    public func close() throws {
        guard live else { return }
        try zpackCall { err in zpack_crc_close(handle, err) }
        live = false
    }
}

/// zpack's library functions.
public enum Zpack {
    /// The CRC-32 of the bytes of `src` (a buffer, bytes or string), read in place: no copy.
    public static func crc32(src: some HandleObject) throws -> UInt32 {
        return try zpackCall { err in zpack_crc32(src.handle, err) }
    }

    /// Deflates `src` (zlib format, `level` -1 for zlib's default, or 0..9) into a new buffer of `region` holding exactly the compressed bytes. The input is read in place; the output is written once into the new buffer (one counted copy, as its size is known only at the end).
    public static func deflate(region: Region, src: some HandleObject, level: Int32 = -1) throws -> Buffer {
        return Buffer(adopting: try zpackCall { err in zpack_deflate(region.handle, src.handle, level, err) })
    }

    /// Inflates `src` (zlib format) straight into a new buffer of `region` of `size` bytes, the size of the data before it was deflated: no copy either way.
    public static func inflate(region: Region, src: some HandleObject, size: UInt64) throws -> Buffer {
        return Buffer(adopting: try zpackCall { err in zpack_inflate(region.handle, src.handle, size, err) })
    }

    /// Inflates `src` (zlib format) into the buffer `dst`, in place, and returns how many bytes it wrote; data longer than `dst` fails with wrong_size. `dst` and `src` cannot be the same object (a unique and a shared borrow of one object conflict).
    public static func inflateInto(dst: Buffer, src: some HandleObject) throws -> UInt64 {
        return try zpackCall { err in zpack_inflate_into(dst.handle, src.handle, err) }
    }
}
