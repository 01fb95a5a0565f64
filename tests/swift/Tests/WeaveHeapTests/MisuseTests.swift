import XCTest
import CWeaveHeap
import WeaveHeap

/// Misuse is a typed error and a failed call changes nothing.
final class MisuseTests: XCTestCase {
    func testErrorClassesFollowTheSharedHierarchy() {
        XCTAssertTrue(WeaveHeapError.make(code: 8, message: "m") is BorrowConflictError)
        XCTAssertTrue(WeaveHeapError.make(code: 8, message: "m") is BorrowError)
        XCTAssertFalse(WeaveHeapError.make(code: 7, message: "m") is BorrowConflictError)
        XCTAssertTrue(WeaveHeapError.make(code: 3, message: "m") is StaleHandleError)
        XCTAssertTrue(WeaveHeapError.make(code: 9, message: "m") is InvalidUtf8Error)
        XCTAssertTrue(WeaveHeapError.make(code: 11, message: "m") is SystemError)
        XCTAssertEqual(WeaveHeapError.make(code: 6, message: "m").code, 6)
    }

    func testUseAfterCloseAndDoubleClose() throws {
        let region = try Region()
        let buffer = try region.alloc(size: 8)
        try buffer.close()
        assertThrows(StaleHandleError.self) { try buffer.size() }
        assertThrows(StaleHandleError.self) { try buffer.close() }
        let text = try region.string(text: Array("a".utf8))
        try text.close()
        assertThrows(StaleHandleError.self) { try text.dup() }
        try region.close()
        assertThrows(StaleHandleError.self) { try region.close() }
        assertThrows(StaleHandleError.self) { try region.alloc(size: 1) }
    }

    func testAReusedSlotIsNotTheOldObject() throws {
        let region = try Region()
        let old = try region.alloc(size: 8)
        try old.close()
        assertThrows(StaleHandleError.self) { try old.size() }
        // Allocate until the core hands the old slot to a new object.
        var made: [Buffer] = []
        var reused = false
        for _ in 0..<100_000 where !reused {
            made.append(try region.alloc(size: 1))
            do { _ = try old.size() } catch is ReusedHandleError { reused = true }
        }
        XCTAssertTrue(reused, "no slot reuse in \(made.count) allocations")
        assertThrows(ReusedHandleError.self) { try old.close() }
        XCTAssertEqual(try made.last!.size(), 1)
    }

    func testResetMakesHandlesStale() throws {
        let region = try Region()
        let bytes = try region.bytes(data: [1])
        try region.reset()
        let error = assertThrows(StaleHandleError.self) { try bytes.length() }
        XCTAssertFalse(error?.message.isEmpty ?? true)
    }

    func testForgedAndWrongKindHandles() throws {
        let region = try Region()
        assertThrows(ForgedHandleError.self) { try handleKindOf(handle: 0) }
        assertThrows(ForgedHandleError.self) { try handleKindOf(handle: 0xdead_beef_0000_0042) }
        // The typed API cannot pass a region where a buffer goes: call C directly.
        var err = weaveheap_error()
        _ = weaveheap_buffer_size(region.handle, &err)
        let error = WeaveHeapError.make(code: err.code, message: String(cString: err.message))
        weaveheap_error_clear(&err)
        XCTAssertTrue(error is WrongKindError, "\(error)")
        XCTAssertNoThrow(try region.stats())
    }

    func testInvalidUTF8ChangesNothing() throws {
        let region = try Region()
        let before = try region.stats()
        let error = assertThrows(InvalidUtf8Error.self) { try region.string(text: [0x61, 0xff, 0x62]) }
        XCTAssertTrue(error?.message.contains("1") ?? false, error?.message ?? "")
        assertThrows(InvalidUtf8Error.self) { try region.string(text: [0xc0, 0x80]) }
        XCTAssertEqual(try region.stats(), before)
    }

    func testAbsurdSizesAndAlignments() throws {
        let region = try Region()
        let before = try region.stats()
        assertThrows(InvalidArgumentError.self) { try region.alloc(size: UInt64.max) }
        assertThrows(InvalidArgumentError.self) { try region.alloc(size: maxSize + 1) }
        assertThrows(InvalidArgumentError.self) { try region.alloc(size: 8, align: 3) }
        assertThrows(InvalidArgumentError.self) { try region.alloc(size: 8, align: maxAlign * 2) }
        XCTAssertEqual(try region.stats(), before)
        let limited = try Region(byteLimit: 64)
        assertThrows(OutOfMemoryError.self) { try limited.alloc(size: 65) }
        let buffer = try region.alloc(size: 4)
        assertThrows(OutOfRangeError.self) { try buffer.write(offset: 2, data: [1, 2, 3]) }
        var dst = [UInt8](repeating: 0, count: 8)
        assertThrows(OutOfRangeError.self) { try buffer.read(offset: 0, dst: &dst) }
        XCTAssertEqual(dst, [UInt8](repeating: 0, count: 8))
    }

    func testCloseAndResetWhileViewed() throws {
        let region = try Region()
        let buffer = try region.alloc(size: 8)
        try buffer.write(offset: 0, data: [5])
        let view = try buffer.sharedView()
        assertThrows(BorrowError.self) { try buffer.close() }
        assertThrows(BorrowError.self) { try region.reset() }
        assertThrows(BorrowError.self) { try region.close() }
        assertThrows(BorrowError.self) { try buffer.write(offset: 0, data: [6]) }
        XCTAssertFalse(buffer.isClosed)
        XCTAssertFalse(region.isClosed)
        XCTAssertEqual(try view.withUnsafeBytes { $0[0] }, 5)
        try view.release()
        try buffer.close()
        try region.close()
    }

    func testConflictingViews() throws {
        let region = try Region()
        let buffer = try region.alloc(size: 8)
        let shared1 = try buffer.sharedView()
        let shared2 = try buffer.sharedView()
        assertThrows(BorrowConflictError.self) { try buffer.uniqueView() }
        try shared1.release()
        try shared2.release()
        let unique = try buffer.uniqueView()
        assertThrows(BorrowConflictError.self) { try buffer.sharedView() }
        assertThrows(BorrowConflictError.self) { try buffer.uniqueView() }
        var dst = [UInt8](repeating: 0, count: 1)
        assertThrows(BorrowError.self) { try buffer.read(offset: 0, dst: &dst) }
        try unique.release()
        XCTAssertNoThrow(try buffer.withUnsafeBytes { _ in })
    }

    func testReleasedViewsAndReadOnlyViews() throws {
        let region = try Region()
        let bytes = try region.bytes(data: [1, 2])
        let view = try bytes.uniqueView()
        XCTAssertFalse(view.writable)
        assertThrows(BorrowError.self) { try view.withUnsafeMutableBytes { $0[0] = 9 } }
        try view.release()
        XCTAssertTrue(view.isReleased)
        assertThrows(StaleHandleError.self) { try view.release() }
        assertThrows(StaleHandleError.self) { try view.withUnsafeBytes { $0.count } }
        XCTAssertEqual(try bytes.dup(), [1, 2])
        let buffer = try region.alloc(size: 2)
        let shared = try buffer.sharedView()
        XCTAssertFalse(shared.writable)
        assertThrows(BorrowError.self) { try shared.withUnsafeMutableBytes { $0[0] = 9 } }
    }
}
