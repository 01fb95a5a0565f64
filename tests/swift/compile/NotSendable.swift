// A region of one thread, its objects and a View are not Sendable.
import WeaveHeap

func needsSendable<T: Sendable>(_ value: T) {}

func check(_ region: Region, _ buffer: Buffer, _ shared: ThreadSafeBuffer) throws {
    needsSendable(region) // EXPECT-ERROR
    needsSendable(buffer) // EXPECT-ERROR
    needsSendable(try shared.view()) // EXPECT-ERROR
}
