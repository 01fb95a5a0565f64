// A region of one thread used by two tasks at once.
// EXPECT: RegionInTwoTasks.swift:[0-9]+:[0-9]+: error: .*risks causing data races
import WeaveHeap

func share() async throws {
    let region = try Region()
    await withTaskGroup(of: Void.self) { group in
        group.addTask { _ = try? region.alloc(size: 8) }
        group.addTask { _ = try? region.alloc(size: 8) }
    }
}
