import XCTest
import WeaveHeap

/// Threads as the Swift 6 compiler enforces them (this package builds in the Swift 6
/// language mode): a ThreadSafeRegion and its objects are Sendable and shared by
/// concurrent tasks; a Region of one thread moves to another task whole, and only its
/// `anyThread` facet (the IDL's threads(any) members) is shared. What the compiler refuses
/// is in tests/swift/compile/ (ctest swift_compile_*).
final class ThreadsTests: XCTestCase {
    func testConcurrentTasksShareAThreadSafeRegion() async throws {
        let region = try ThreadSafeRegion(chunkSize: 1 << 12)
        let before = try region.stats()
        let tasks = 4, rounds = 500
        let sums = try await withThrowingTaskGroup(of: Int.self) { group in
            for t in 0..<tasks {
                group.addTask {
                    var sum = 0
                    for i in 0..<rounds {
                        let buffer = try region.alloc(size: 16)
                        try buffer.write(offset: 0, data: [UInt8(t), UInt8(i & 0x7f)])
                        sum += try buffer.view { Int($0[0]) + Int($0[1]) }
                        try buffer.close()
                    }
                    return sum
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        let expected = (0..<tasks).map { t in (0..<rounds).reduce(0) { $0 + t + ($1 & 0x7f) } }
        XCTAssertEqual(sums.sorted(), expected.sorted())
        let after = try region.stats()
        XCTAssertEqual(after.allocations - before.allocations, UInt64(tasks * rounds))
        XCTAssertEqual(after.releases - before.releases, UInt64(tasks * rounds))
        XCTAssertEqual(after.borrowsActive, 0)
        try region.close()
    }

    func testObjectsOfAThreadSafeRegionCrossTasks() async throws {
        let region = try ThreadSafeRegion()
        let buffer = try region.alloc(size: 8)
        let text = try region.string(text: "shared")
        try await Task.detached {
            try buffer.write(offset: 0, data: [1, 2])
            XCTAssertEqual(try text.dup(), "shared")
        }.value
        XCTAssertEqual(try buffer.view { Array($0.prefix(2)) }, [1, 2])
        try buffer.close()
        try text.close()
        try region.close()
    }

    func testARegionOfOneThreadMovesToATaskWhole() async throws {
        let region = try Region()
        let buffer = try region.alloc(size: 8)
        // Both are sent to the task and never used here again: region-based isolation
        // lets them go; using either here after would not compile.
        let allocations = try await Task.detached {
            try buffer.write(offset: 0, data: [3])
            _ = try region.alloc(size: 8)
            return try region.stats().allocations
        }.value
        XCTAssertEqual(allocations, 2)
    }

    func testTheAnyThreadFacetCrossesTasks() async throws {
        let region = try Region()
        _ = try region.alloc(size: 8)
        let facet = region.anyThread
        let seen = try await Task.detached { try facet.stats().allocations }.value
        XCTAssertEqual(seen, 1)
        _ = try region.alloc(size: 8)           // the region itself stayed here
        XCTAssertEqual(try region.stats().allocations, 2)
        try region.close()
        let stale = try await Task.detached { () -> WeaveHeapError.Code? in
            do { _ = try facet.stats() } catch let error as WeaveHeapError { return error.code }
            return nil
        }.value
        XCTAssertEqual(stale, .staleHandle)
    }
}
