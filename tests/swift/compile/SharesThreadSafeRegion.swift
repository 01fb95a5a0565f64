// The control for the programs the compiler must refuse: the same module, flags and
// Swift 6 language mode, and what is allowed compiles.
import WeaveHeap

func shareAThreadSafeRegion() async throws {
    let region = try ThreadSafeRegion()
    let buffer = try region.alloc(size: 8)
    await withTaskGroup(of: Void.self) { group in
        group.addTask { _ = try? region.alloc(size: 8) }
        group.addTask { _ = try? buffer.write(offset: 0, data: [1]) }
    }
    _ = try buffer.size()
}

func moveARegionOfOneThreadWhole() async throws {
    let region = try Region()
    let buffer = try region.alloc(size: 8)
    try await Task.detached { try buffer.write(offset: 0, data: [1]); try region.close() }.value
}

func readCountersFromAnyThread() async throws {
    let region = try Region()
    let facet = region.anyThread
    await withTaskGroup(of: Void.self) { group in
        group.addTask { _ = try? facet.stats() }
        group.addTask { _ = try? facet.stats() }
    }
    _ = try region.alloc(size: 8)
}
