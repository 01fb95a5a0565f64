// Fills a buffer in place through a unique view, reads it back through a
// shared one, and shows that the core copied nothing and that misuse is a
// typed error.
import Glibc
import WeaveHeap

func run() throws {
    let region = try Region(chunkSize: 1 << 16)
    let buffer = try region.alloc(size: 256)
    let copiesBefore = try statsGlobal().copies

    // Write through the view: these are the core's bytes, not a copy.
    try buffer.withUnsafeMutableBytes { bytes in
        for i in bytes.indices { bytes[i] = UInt8(i & 0xff) }
    }
    let sum = try buffer.withUnsafeBytes { bytes in bytes.reduce(0) { $0 + Int($1) } }
    precondition(sum == (0..<256).reduce(0, +), "the view saw other bytes")
    let copiesAfter = try statsGlobal().copies
    precondition(copiesAfter == copiesBefore, "a view copied")

    // A view holds a borrow: the buffer cannot be released under it.
    let view = try buffer.sharedView()
    do {
        try buffer.close()
        preconditionFailure("close() under a view succeeded")
    } catch let error as BorrowError {
        print("refused as expected: \(error)")
    }
    try view.release()
    try buffer.close()

    let greeting = try region.string(text: Array("hello from Swift".utf8))
    print("string:", try greeting.dup(), "(\(try greeting.length()) bytes)")
    try region.close()
    print("zero-copy: ok (sum \(sum), copies by views: 0)")
}

do {
    try run()
} catch {
    print("sample failed: \(error)")
    exit(1)
}
