import XCTest
import CWeaveHeap
import WeaveHeap

/// The raw Arrow exports: the structs' fields read through the addresses the binding hands
/// out, as an importer would (format, length, null count, buffers at the core's own address,
/// a batch's children), the borrows they hold until released, and the stream as a `Sequence`.
final class ArrowExportTests: XCTestCase {
    func coreMemory(_ object: some HandleObject) throws -> UnsafeMutableRawPointer {
        var view = weaveheap_view()
        var err = weaveheap_error()
        let token = weaveheap_borrow_shared(object.handle, &view, &err)
        defer { weaveheap_error_clear(&err) }
        XCTAssertEqual(err.code, 0)
        weaveheap_borrow_release(token, nil)
        return UnsafeMutableRawPointer(try XCTUnwrap(view.data))
    }

    func testAVectorsExportPointsIntoIt() throws {
        let region = try Region()
        let vector = try region.vector(type: .float64, capacity: 4, nullable: true)
        try vector.appendF64(value: 1.25)
        try vector.appendNull()
        let core = try coreMemory(vector)
        let copies = try counters().copies
        let export = try vector.exportArrow()
        XCTAssertEqual(String(cString: export.schema.pointee.format), "g")
        XCTAssertEqual(export.schema.pointee.flags, 2)                 // ARROW_FLAG_NULLABLE
        let array = export.array.pointee
        XCTAssertEqual(array.length, 2)
        XCTAssertEqual(array.null_count, 1)
        XCTAssertEqual(array.n_buffers, 2)
        XCTAssertEqual(UnsafeRawPointer(array.buffers[1]), UnsafeRawPointer(core), "the values are a copy")
        XCTAssertNotNil(array.buffers[0], "no validity bitmap")
        XCTAssertEqual(array.buffers[1]!.load(as: Double.self), 1.25)
        assertThrows(.borrow) { try vector.close() }
        assertThrows(.borrow) { try region.reset() }
        XCTAssertEqual(try counters().copies, copies, "the export copied")
        export.release()
        export.release()                                               // a no-op
        try vector.close()
    }

    func testABatchAndAStream() throws {
        let region = try Region()
        let stream = try region.batchStream(maxBatches: 4)
        var cores: [UnsafeMutableRawPointer] = []
        var batches: [Batch] = []
        for n in 1...3 {
            let column = try region.vector(type: .int32, capacity: 4)
            for i in 0..<n { try column.append(value: Int64(10 * n + i)) }
            cores.append(try coreMemory(column))
            let batch = try region.batch(maxColumns: 1)
            try batch.addColumn(name: Array("x".utf8), column: column)
            try stream.addBatch(batch: batch)
            batches.append(batch)
        }
        let one = try batches[0].exportArrow()
        XCTAssertEqual(String(cString: one.schema.pointee.format), "+s")
        XCTAssertEqual(one.schema.pointee.n_children, 1)
        XCTAssertEqual(String(cString: one.schema.pointee.children[0]!.pointee.name), "x")
        let child = one.array.pointee.children[0]!.pointee
        XCTAssertEqual(UnsafeRawPointer(child.buffers[1]), UnsafeRawPointer(cores[0]))
        assertThrows(.borrow) { try batches[0].close() }
        one.release()

        let export = try stream.exportArrowStream()
        XCTAssertNotNil(export.stream.pointee.release)
        assertThrows(.borrow) { try stream.close() }
        var seen: [ArrowExport] = []
        for batch in export {                                          // a Sequence of batches
            seen.append(batch)
        }
        XCTAssertNil(export.error)
        XCTAssertEqual(seen.count, 3)
        for (i, batch) in seen.enumerated() {
            XCTAssertEqual(batch.array.pointee.length, Int64(i + 1))
            XCTAssertEqual(String(cString: batch.schema.pointee.format), "+s")
            let column = batch.array.pointee.children[0]!.pointee
            XCTAssertEqual(UnsafeRawPointer(column.buffers[1]), UnsafeRawPointer(cores[i]), "batch \(i) is a copy")
        }
        export.release()
        assertThrows(.staleHandle) { try export.nextBatch() }
        assertThrows(.borrow) { try batches[1].close() }                // its exported batch lives
        for batch in seen { batch.release() }
        try stream.close()
        try batches[1].close()
    }
}
