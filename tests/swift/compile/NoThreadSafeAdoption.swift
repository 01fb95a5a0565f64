// A handle can be adopted only as an object of a region of one thread: adopted as
// thread-safe, it could belong to a region without a lock.
import WeaveHeap

func adopt(_ handle: UInt64) {
    _ = Region(adopting: handle)
    _ = ThreadSafeRegion(adopting: handle) // EXPECT-ERROR
    _ = ThreadSafeBuffer(adopting: handle) // EXPECT-ERROR
}
