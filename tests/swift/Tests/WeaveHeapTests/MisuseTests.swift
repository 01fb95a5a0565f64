import XCTest
import WeaveHeap

/// Misuse is a typed error and a failed call changes nothing. Every misuse of every
/// function is in the generated matrix (WeaveHeapGeneratedTests.MisuseMatrixTests); these
/// are the behaviours around it: how the errors read and are caught in Swift, and the
/// sequences the matrix does not make.
final class MisuseTests: XCTestCase {
    func testErrorsAreCaughtByCaseAndByFamily() throws {
        let region = try Region()
        let buffer = try region.alloc(size: 8)
        let held = try buffer.view()
        do {
            try buffer.view(.unique) { _ in }
            XCTFail("a unique view under a shared one")
        } catch WeaveHeapError.borrowConflict(let message) {
            XCTAssertFalse(message.isEmpty)
        }
        // A conflicting borrow is also a borrow error: the family pattern catches both.
        var caught = 0
        for attempt in [{ try buffer.view(.unique) { _ in } }, { try buffer.close() }] {
            do { try attempt() } catch WeaveHeapError.Code.borrow { caught += 1 }
        }
        XCTAssertEqual(caught, 2)
        let error = assertThrows(.borrowConflict) { try buffer.view(.unique) { _ in } }
        XCTAssertEqual(error?.isA(.borrow), true)
        XCTAssertEqual(error?.isA(.staleHandle), false)
        XCTAssertTrue(error?.description.hasPrefix("WEAVEHEAP_ERR_BORROW_CONFLICT (8): ") ?? false,
                      error?.description ?? "")
        try held.close()
        try buffer.close()
    }

    func testUseAfterCloseGoesToTheCore() throws {
        let region = try Region()
        let buffer = try region.alloc(size: 8)
        try buffer.close()
        let before = try counters().staleRejected
        assertThrows(.staleHandle) { try buffer.size() }
        XCTAssertEqual(try counters().staleRejected, before + 1, "the wrapper answered for the core")
        let text = try region.string(text: "a")
        try text.close()
        assertThrows(.staleHandle) { try text.dup() }
        try region.close()
        assertThrows(.staleHandle) { try region.alloc(size: 1) }
        assertThrows(.staleHandle) { try region.anyThread.stats() }
    }

    func testResetMakesHandlesStale() throws {
        let region = try Region()
        let bytes = try region.bytes(data: [1])
        try region.reset()
        let error = assertThrows(.staleHandle) { try bytes.length() }
        XCTAssertFalse(error?.message.isEmpty ?? true)
        // close() of an object its region's reset already freed is the core's error too
        assertThrows(.staleHandle) { try bytes.close() }
    }

    func testInvalidUTF8NamesTheOffsetAndChangesNothing() throws {
        let region = try Region()
        let before = try region.stats()
        let error = assertThrows(.invalidUtf8) { try region.string(text: [0x61, 0xff, 0x62]) }
        XCTAssertTrue(error?.message.contains("1") ?? false, error?.message ?? "")
        assertThrows(.invalidUtf8) { try region.string(text: [0xc0, 0x80]) }
        XCTAssertEqual(try region.stats(), before)
    }

    func testAFailedReadLeavesTheDestinationAlone() throws {
        let region = try Region()
        let buffer = try region.alloc(size: 4)
        assertThrows(.outOfRange) { try buffer.write(offset: 2, data: [1, 2, 3]) }
        var dst = [UInt8](repeating: 7, count: 8)
        assertThrows(.outOfRange) { try buffer.read(offset: 0, dst: &dst) }
        XCTAssertEqual(dst, [UInt8](repeating: 7, count: 8))
        let limited = try Region(byteLimit: 64)
        assertThrows(.outOfMemory) { try limited.alloc(size: 65) }
    }

    func testAViewHoldsItsObjectAndRegion() throws {
        let region = try Region()
        let buffer = try region.alloc(size: 8)
        try buffer.write(offset: 0, data: [5])
        let view = try buffer.view()
        assertThrows(.borrow) { try buffer.close() }
        assertThrows(.borrow) { try region.reset() }
        assertThrows(.borrow) { try region.close() }
        assertThrows(.borrow) { try buffer.write(offset: 0, data: [6]) }
        XCTAssertFalse(buffer.isClosed)
        XCTAssertFalse(region.isClosed)
        XCTAssertEqual(try view.withUnsafeBytes { $0[0] }, 5)
        try view.close()
        try buffer.close()
        try region.close()
    }

    func testClosedAndReadOnlyViews() throws {
        let region = try Region()
        let bytes = try region.bytes(data: [1, 2])
        let view = try bytes.view(.unique)
        XCTAssertFalse(view.writable)
        assertThrows(.invalidArgument) { try view.withUnsafeMutableBytes { $0[0] = 9 } }
        try view.close()
        XCTAssertTrue(view.isClosed)
        assertThrows(.staleHandle) { try view.withUnsafeBytes { $0.count } }
        XCTAssertEqual(try bytes.dup(), [1, 2])
        let buffer = try region.alloc(size: 2)
        let shared = try buffer.view()
        XCTAssertFalse(shared.writable)
        assertThrows(.invalidArgument) { try shared.withUnsafeMutableBytes { $0[0] = 9 } }
        try shared.close()
        let unique = try buffer.view(.unique)
        XCTAssertTrue(unique.writable)
        try unique.withUnsafeMutableBytes { $0[0] = 9 }
        try unique.close()
        XCTAssertEqual(try buffer.view { $0[0] }, 9)
    }

    func testAThrowingBodyStillReleasesItsBorrow() throws {
        let region = try Region()
        let buffer = try region.alloc(size: 4)
        let active = try counters().borrowsActive
        struct Boom: Error {}
        XCTAssertThrowsError(try buffer.view(.unique) { _ in throw Boom() }) { XCTAssertTrue($0 is Boom) }
        XCTAssertThrowsError(try buffer.view { _ in throw Boom() }) { XCTAssertTrue($0 is Boom) }
        XCTAssertEqual(try counters().borrowsActive, active)
        try buffer.close()
    }
}
