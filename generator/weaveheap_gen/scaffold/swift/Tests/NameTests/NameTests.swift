// @name@ from Swift: the package over the WeaveHeap package's objects, the
// result, its own error, a stale handle, and the core's counters (nothing
// copied in, every borrow given back).
import WeaveHeap
import XCTest
import @Name@

final class @Name@Tests: XCTestCase {
    func testSum() throws {
        let r = try Region()
        let b = try r.bytes(data: Array("abc".utf8))
        let before = try r.stats()
        XCTAssertEqual(try @Name@.sum(src: b, limit: 1000), 294)
        do {
            _ = try @Name@.sum(src: b, limit: 10)
            XCTFail("over the limit, yet no error")
        } catch let e as @Name@Error {
            XCTAssertEqual(e, .overLimit(message: e.message))
            XCTAssertTrue(e.message.contains("294"), e.message)
        }
        let after = try r.stats()
        XCTAssertEqual(after.copies, before.copies)
        XCTAssertEqual(after.borrowsTaken, before.borrowsTaken + 2)
        XCTAssertEqual(after.borrowsActive, 0)
        try b.close()
        do {
            _ = try @Name@.sum(src: b, limit: 1000)
            XCTFail("a stale handle, yet no error")
        } catch let e as WeaveHeapError {
            XCTAssertEqual(e.code, .staleHandle)
        }
        try r.close()
    }
}
