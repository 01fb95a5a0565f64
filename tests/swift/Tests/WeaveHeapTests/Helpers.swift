import XCTest
import WeaveHeap

/// Asserts that `body` throws the WeaveHeapError of exactly `code` and returns
/// it, printing what happened otherwise.
@discardableResult
func assertThrows<R>(_ code: WeaveHeapError.Code, file: StaticString = #filePath, line: UInt = #line,
                     _ body: () throws -> R) -> WeaveHeapError? {
    do {
        let value = try body()
        XCTFail("expected \(code), got the value \(value)", file: file, line: line)
    } catch let error as WeaveHeapError {
        XCTAssertEqual(error.code, code, "\(error)", file: file, line: line)
        return error
    } catch {
        XCTFail("expected \(code), got \(error)", file: file, line: line)
    }
    return nil
}

/// The process-wide counters; the tests run serially, so differences are theirs.
func counters() throws -> Stats { try stats() }
