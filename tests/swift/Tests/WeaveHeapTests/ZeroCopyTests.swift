import XCTest
import CWeaveHeap
import WeaveHeap

/// Views are the core's memory itself, proven by addresses: the pointer a view gives is
/// the one the core's own borrow (`weaveheap_borrow_shared`, called here directly) gives; a
/// write on one side after the view was taken is read on the other; views copy nothing.
final class ZeroCopyTests: XCTestCase {
    /// The first byte of `object` as the core lends it: a C borrow taken and ended at once
    /// (objects never move, so the address holds while the object lives).
    func coreMemory(_ object: some HandleObject) throws -> UnsafeMutablePointer<UInt8> {
        var view = weaveheap_view()
        var err = weaveheap_error()
        let token = weaveheap_borrow_shared(object.handle, &view, &err)
        defer { weaveheap_error_clear(&err) }
        XCTAssertEqual(err.code, 0)
        weaveheap_borrow_release(token, nil)
        return try XCTUnwrap(view.data)
    }

    func testASharedViewIsTheCoreMemory() throws {
        let region = try Region()
        let buffer = try region.alloc(size: 16)
        try buffer.write(offset: 0, data: [1, 2, 3, 4])          // a copy in, counted
        let core = try coreMemory(buffer)
        let copies = try counters().copies
        try buffer.view { bytes in
            XCTAssertEqual(bytes.baseAddress, UnsafeRawPointer(core), "the view is not the core's memory")
            XCTAssertEqual(bytes.count, 16)
            XCTAssertEqual(Array(bytes.prefix(4)), [1, 2, 3, 4])
            core[1] = 42                                           // the other side writes, after the view was taken
            XCTAssertEqual(bytes[1], 42, "the view does not see the core's memory")
        }
        XCTAssertEqual(try counters().copies, copies, "a view copied bytes")
    }

    func testAUniqueViewWritesThrough() throws {
        let region = try Region()
        let buffer = try region.alloc(size: 16)
        let core = try coreMemory(buffer)
        let copies = try counters().copies
        try buffer.view(.unique) { bytes in
            XCTAssertEqual(bytes.baseAddress, UnsafeMutableRawPointer(core))
            bytes[8] = 77
            XCTAssertEqual(core[8], 77, "a write through the view is not in the core's memory")
        }
        XCTAssertEqual(try counters().copies, copies, "a view copied bytes")
        var out = [UInt8](repeating: 0, count: 1)
        try buffer.read(offset: 8, dst: &out)                     // a copy out, counted
        XCTAssertEqual(out, [77])
        XCTAssertEqual(try counters().copies, copies + 1)
    }

    func testAViewObjectIsTheCoreMemory() throws {
        let region = try Region()
        let buffer = try region.alloc(size: 8)
        let core = try coreMemory(buffer)
        let copies = try counters().copies
        let view = try buffer.view(.unique)
        XCTAssertEqual(view.address, UInt(bitPattern: core))
        core[0] = 5
        XCTAssertEqual(try view.withUnsafeBytes { $0[0] }, 5)
        try view.withUnsafeMutableBytes { bytes in
            XCTAssertEqual(bytes.baseAddress, UnsafeMutableRawPointer(core))
            bytes[1] = 6
        }
        XCTAssertEqual(core[1], 6)
        try view.close()
        XCTAssertEqual(try counters().copies, copies)
    }

    func testBytesAndStringViewsAreTheStoredBytes() throws {
        let region = try Region()
        let text = try region.string(text: "zero-copy")
        let bytes = try region.bytes(data: [7, 8, 9])
        let textCore = try coreMemory(text), bytesCore = try coreMemory(bytes)
        let copies = try counters().copies
        try text.view { viewed in
            XCTAssertEqual(viewed.baseAddress, UnsafeRawPointer(textCore))
            XCTAssertEqual(String(decoding: viewed, as: UTF8.self), "zero-copy")
        }
        try bytes.view(.unique) { viewed in
            XCTAssertEqual(viewed.baseAddress, UnsafeRawPointer(bytesCore))
            XCTAssertEqual(Array(viewed), [7, 8, 9])
        }
        XCTAssertEqual(try counters().copies, copies)
    }

    func testTheBorrowIsHeldExactlyForTheClosure() throws {
        let region = try Region()
        let buffer = try region.alloc(size: 4)
        let active = try counters().borrowsActive
        try buffer.view { _ in
            XCTAssertEqual(try counters().borrowsActive, active + 1)
            assertThrows(.borrow) { try buffer.close() }
        }
        XCTAssertEqual(try counters().borrowsActive, active)
        try buffer.close()
    }
}
