import XCTest
import CWeaveHeap
import WeaveHeap

/// A map<utf8,int64> column (`listVector` with `map`) from Swift: two entries per value
/// appended in list_vector.append's encoding (docs/arrow.md), a key looked up, its value read
/// from the value column, the column exported as Arrow's "+m".
final class MapLookupTests: XCTestCase {
    /// A u32 count, then each entry as a struct value: tag 1, the key (tag, u32 length, bytes),
    /// the value (tag, i64), in the machine's byte order.
    func mapValue(_ entries: [(String, Int64)]) -> [UInt8] {
        var out = withUnsafeBytes(of: UInt32(entries.count)) { Array($0) }
        for (key, value) in entries {
            let k = Array(key.utf8)
            out += [1, 1] + withUnsafeBytes(of: UInt32(k.count)) { Array($0) } + k
            out += [1] + withUnsafeBytes(of: value) { Array($0) }
        }
        return out
    }

    func testAppendLookupAndRead() throws {
        let region = try Region()
        let keys = try region.varVector(capacity: 8, dataCapacity: 64)
        let values = try region.vector(type: .int64, capacity: 8)
        let entries = try region.batch(maxColumns: 2)
        try entries.addColumn(name: Array("key".utf8), column: keys)
        try entries.addColumn(name: Array("value".utf8), column: values)
        let map = try region.listVector(child: entries, capacity: 4, map: true)
        XCTAssertTrue(try map.isMap())
        try map.append(value: mapValue([("a", 1), ("b", 2)]))
        try map.append(value: mapValue([("c", 3), ("a", 4)]))
        XCTAssertEqual(try map.length(), 2)
        XCTAssertEqual(try map.lookup(index: 0, key: Array("b".utf8)), 1)
        XCTAssertEqual(try values.get(index: UInt64(try map.lookup(index: 0, key: Array("b".utf8)))), 2)
        XCTAssertEqual(try values.get(index: UInt64(try map.lookup(index: 1, key: Array("a".utf8)))), 4)
        XCTAssertEqual(try values.get(index: UInt64(try map.lookup(index: 0, key: Array("a".utf8)))), 1)
        XCTAssertEqual(try map.lookup(index: 1, key: Array("b".utf8)), -1, "a missing key")
        assertThrows(.outOfRange) { try map.lookup(index: 2, key: Array("a".utf8)) }
        assertThrows(.invalidArgument) { try map.append(value: [1, 0] as [UInt8]) }
        XCTAssertEqual(try map.length(), 2, "a refused value adds nothing")
        let export = try map.exportArrow()
        XCTAssertEqual(String(cString: export.schema.pointee.format), "+m")
        XCTAssertEqual(export.array.pointee.length, 2)
        XCTAssertEqual(export.array.pointee.n_children, 1)
        assertThrows(.borrow) { try map.close() }
        export.release()
        try map.close()
        try entries.close()
        try region.close()
    }
}
