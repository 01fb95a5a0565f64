// An object of a region of one thread sent to a task and still used here.
// EXPECT: BufferUsedAfterSending.swift:[0-9]+:[0-9]+: error: .*risks causing data races
import WeaveHeap

func send() async throws {
    let region = try Region()
    let buffer = try region.alloc(size: 8)
    let task = Task { try buffer.write(offset: 0, data: [1]) }
    _ = try buffer.size()
    try await task.value
}
