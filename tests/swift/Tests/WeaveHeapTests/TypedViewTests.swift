import XCTest
import CWeaveHeap
import WeaveHeap

/// Typed views (`withUnsafeBufferPointer(of:)`) and the f64 accessors: the pointer is the
/// core's own (its borrow, called here directly), a write from the other side after the view
/// was taken is seen, nothing is copied, the view's borrow keeps the vector open, and a wrong
/// type or a closed view is a typed error.
final class TypedViewTests: XCTestCase {
    func coreMemory(_ object: some HandleObject) throws -> UnsafeMutablePointer<UInt8> {
        var view = weaveheap_view()
        var err = weaveheap_error()
        let token = weaveheap_borrow_shared(object.handle, &view, &err)
        defer { weaveheap_error_clear(&err) }
        XCTAssertEqual(err.code, 0)
        weaveheap_borrow_release(token, nil)
        return try XCTUnwrap(view.data)
    }

    func testADoubleViewIsTheVectorsMemory() throws {
        let region = try Region()
        let vector = try region.vector(type: .float64, capacity: 8)
        for i in 0..<4 {
            try vector.appendF64(value: Double(i) + 0.5)
        }
        try vector.setF64(index: 0, value: -0.25)
        XCTAssertEqual(try vector.getF64(index: 0), -0.25)
        let core = try coreMemory(vector)
        let copies = try counters().copies
        let view = try vector.view()
        try view.withUnsafeBufferPointer(of: Double.self) { values in
            XCTAssertEqual(UnsafeRawPointer(values.baseAddress), UnsafeRawPointer(core), "a copy")
            XCTAssertEqual(Array(values), [-0.25, 1.5, 2.5, 3.5])
            core[15] |= 0x80                                     // C flips the sign of value 1
            XCTAssertEqual(values[1], -1.5, "the view does not see the core's memory")
        }
        assertThrows(.borrow) { try vector.close() }            // the view holds the borrow
        assertThrows(.borrow) { try vector.appendF64(value: 9) }
        assertThrows(.invalidArgument) { try view.withUnsafeMutableBufferPointer(of: Double.self) { _ in } }
        assertThrows(.invalidArgument) { try view.withUnsafeBufferPointer(of: Int64.self) { _ in } }
        assertThrows(.invalidArgument) { try view.withUnsafeBufferPointer(of: Float.self) { _ in } }
        XCTAssertEqual(try counters().copies, copies, "a typed view copied")
        try view.close()
        assertThrows(.staleHandle) { try view.withUnsafeBufferPointer(of: Double.self) { _ in } }
        try vector.appendF64(value: 4.5)                          // the borrow is back
        XCTAssertEqual(try vector.getF64(index: 1), -1.5)
        try vector.close()
    }

    func testEveryWidthAndTheWrongTypes() throws {
        let region = try Region()
        let ints = try region.vector(type: .int32, capacity: 4)
        try ints.append(value: -7)
        try ints.append(value: Int64(Int32.max))
        let core = try coreMemory(ints)
        let unique = try ints.view(.unique)
        try unique.withUnsafeBufferPointer(of: Int32.self) { values in
            XCTAssertEqual(UnsafeRawPointer(values.baseAddress), UnsafeRawPointer(core))
            XCTAssertEqual(Array(values), [-7, Int32.max])
        }
        assertThrows(.borrow) { try ints.getF64(index: 0) }    // a unique view: reads refused
        assertThrows(.invalidArgument) { try unique.withUnsafeBufferPointer(of: UInt32.self) { _ in } }
        try unique.close()
        assertThrows(.invalidArgument) { try ints.getF64(index: 0) }
        assertThrows(.invalidArgument) { try ints.appendF64(value: 1) }
        XCTAssertEqual(try ints.length(), 2)
        let floats = try region.vector(type: .float32, capacity: 4)
        try floats.appendF64(value: 0.25)
        assertThrows(.outOfRange) { try floats.appendF64(value: 1e39) }
        try floats.view().withUnsafeBufferPointer(of: Float.self) { XCTAssertEqual(Array($0), [0.25]) }
        let bits = try region.vector(type: .boolean, capacity: 8)
        try bits.append(value: 1)
        assertThrows(.invalidArgument) { try bits.view().withUnsafeBufferPointer(of: UInt8.self) { _ in } }
        let buffer = try region.alloc(size: 16)
        assertThrows(.invalidArgument) { try buffer.view().withUnsafeBufferPointer(of: UInt8.self) { _ in } }
        let empty = try region.vector(type: .uint64, capacity: 4)
        try empty.view().withUnsafeBufferPointer(of: UInt64.self) { XCTAssertEqual($0.count, 0) }
    }
}
