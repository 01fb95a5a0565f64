import XCTest
import WeaveHeap

/// Asserts that `body` throws an error of exactly type `E` (or a subclass)
/// and returns it, printing what was thrown otherwise.
@discardableResult
func assertThrows<E: Error, R>(_ type: E.Type, file: StaticString = #filePath, line: UInt = #line,
                               _ body: () throws -> R) -> E? {
    do {
        let value = try body()
        XCTFail("expected \(E.self), got the value \(value)", file: file, line: line)
    } catch let error as E {
        return error
    } catch {
        XCTFail("expected \(E.self), got \(error)", file: file, line: line)
    }
    return nil
}

/// The process-wide counters; the tests run serially, so differences are theirs.
func counters() throws -> Stats { try statsGlobal() }
