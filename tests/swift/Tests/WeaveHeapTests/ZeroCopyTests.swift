import XCTest
import WeaveHeap

/// Views are the core's memory itself: writes show through both ways, two
/// views see the same address, and the copy counter does not move for them.
final class ZeroCopyTests: XCTestCase {
    func testWritesShowThroughBothWays() throws {
        let region = try Region()
        let buffer = try region.alloc(size: 16)

        try buffer.write(offset: 0, data: [1, 2, 3, 4])          // C copies in
        let copies = try counters().copies
        let seen = try buffer.withUnsafeBytes { Array($0.prefix(4)) }
        XCTAssertEqual(seen, [1, 2, 3, 4])
        try buffer.withUnsafeMutableBytes { raw in
            raw[8] = 42
            raw[9] = 43
        }
        XCTAssertEqual(try counters().copies, copies, "a view copied bytes")

        var out = [UInt8](repeating: 0, count: 2)
        try buffer.read(offset: 8, dst: &out)                     // C copies out
        XCTAssertEqual(out, [42, 43])
        XCTAssertEqual(try counters().copies, copies + 1)
    }

    func testViewsShareOneAddress() throws {
        let region = try Region()
        let buffer = try region.alloc(size: 8)
        let a = try buffer.withUnsafeBytes { UInt(bitPattern: $0.baseAddress) }
        let b = try buffer.withUnsafeMutableBytes { UInt(bitPattern: $0.baseAddress) }
        let view = try buffer.sharedView()
        let c = try view.withUnsafeBytes { UInt(bitPattern: $0.baseAddress) }
        XCTAssertNotEqual(a, 0)
        XCTAssertEqual(a, b)
        XCTAssertEqual(a, c)
        XCTAssertEqual(a % 16, 0, "default alignment")
    }

    func testStringViewIsTheStoredText() throws {
        let region = try Region()
        let text = try region.string(text: Array("zero-copy".utf8))
        let bytes = try region.bytes(data: [7, 8, 9])               // both copied in
        let copies = try counters().copies
        let viewed = try text.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
        XCTAssertEqual(viewed, "zero-copy")
        XCTAssertEqual(try counters().copies, copies)
        XCTAssertEqual(try bytes.withUnsafeBytes { Array($0) }, [7, 8, 9])
        XCTAssertEqual(try counters().copies, copies)
    }

    func testTheBorrowIsHeldExactlyForTheClosure() throws {
        let region = try Region()
        let buffer = try region.alloc(size: 4)
        let active = try counters().borrowsActive
        try buffer.withUnsafeBytes { _ in
            XCTAssertEqual(try counters().borrowsActive, active + 1)
            assertThrows(BorrowError.self) { try buffer.close() }
        }
        XCTAssertEqual(try counters().borrowsActive, active)
        struct Boom: Error {}
        XCTAssertThrowsError(try buffer.withUnsafeMutableBytes { _ in throw Boom() })
        XCTAssertEqual(try counters().borrowsActive, active, "a throwing body still releases")
        try buffer.close()
    }
}
