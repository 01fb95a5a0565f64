// Fills a buffer in place through a unique view, reads it back through a
// shared one, shows that the core copied nothing and that misuse is a typed
// error, and shares a thread-safe region between tasks.
import Glibc
import WeaveHeap

func run() async throws {
    let region = try Region(chunkSize: 1 << 16)
    let buffer = try region.alloc(size: 256)
    let copiesBefore = try stats().copies

    // Write through the view: these are the core's bytes, not a copy.
    try buffer.view(.unique) { bytes in
        for i in bytes.indices { bytes[i] = UInt8(i & 0xff) }
    }
    let sum = try buffer.view { bytes in bytes.reduce(0) { $0 + Int($1) } }
    precondition(sum == (0..<256).reduce(0, +), "the view saw other bytes")
    let copiesAfter = try stats().copies
    precondition(copiesAfter == copiesBefore, "a view copied")

    // A view holds a borrow: the buffer cannot be released under it.
    let view = try buffer.view()
    do {
        try buffer.close()
        preconditionFailure("close() under a view succeeded")
    } catch WeaveHeapError.Code.borrow {
        print("refused as expected: a borrow error")
    }
    try view.close()
    try buffer.close()

    let greeting = try region.string(text: "hello from Swift")
    print("string:", try greeting.dup(), "(\(try greeting.length()) bytes)")
    try region.close()

    // A thread-safe region is Sendable: tasks share it (a Region would not compile here).
    let shared = try ThreadSafeRegion()
    try await withThrowingTaskGroup(of: Void.self) { group in
        for t in 0..<4 {
            group.addTask {
                let mine = try shared.alloc(size: 8)
                try mine.write(offset: 0, data: [UInt8(t)])
                try mine.close()
            }
        }
        try await group.waitForAll()
    }
    let counted = try shared.stats()
    precondition(counted.allocations == 4 && counted.releases == 4, "the tasks' objects were not counted")
    try shared.close()
    print("zero-copy: ok (sum \(sum), copies by views: 0; 4 tasks shared a thread-safe region)")
}

do {
    try await run()
} catch {
    print("sample failed: \(error)")
    exit(1)
}
