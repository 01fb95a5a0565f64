// zpack from Swift (samples/extension/): the extension's package over the
// base WeaveHeap package, taking its objects. Zero-copy is proven by the
// core's counters and by a write through a view being what the extension
// reads; every misuse is a typed error (WeaveHeapError, or ZpackError for
// zpack's own codes) that gives every borrow back; libzpack holds no core.
import CZpack
import Foundation
import WeaveHeap
import XCTest
import Zpack

let text = "The quick brown fox jumps over the lazy dog"

/// zlib's CRC-32 of `bytes`, computed here bit by bit as the reference.
func referenceCrc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for b in bytes {
        crc ^= UInt32(b)
        for _ in 0..<8 { crc = (crc >> 1) ^ (0xEDB8_8320 & (0 &- (crc & 1))) }
    }
    return ~crc
}

func objects(_ r: Region) throws -> (Buffer, Bytes, WeaveHeapString) {
    let buf = try r.alloc(size: UInt64(text.utf8.count))
    try buf.write(offset: 0, data: Array(text.utf8))
    return (buf, try r.bytes(data: Array(text.utf8)), try r.string(text: text))
}

/// Asserts that `body` throws an error `matches` accepts.
func assertThrows(_ what: String, _ body: () throws -> Void, _ matches: (any Error) -> Bool,
                  file: StaticString = #filePath, line: UInt = #line) {
    do {
        try body()
        XCTFail("\(what): no error", file: file, line: line)
    } catch {
        XCTAssertTrue(matches(error), "\(what): \(error)", file: file, line: line)
    }
}

final class ZpackTests: XCTestCase {
    func testCrc32ReadsTheBaseObjectsInPlace() throws {
        let r = try Region()
        let (buf, bytes, string) = try objects(r)
        let all: [any HandleObject] = [buf, bytes, string]
        for obj in all {
            let before = try r.stats()
            XCTAssertEqual(try Zpack.crc32(src: obj), 0x414F_A339)
            let after = try r.stats()
            XCTAssertEqual(after.copies, before.copies)                  // not copied in
            XCTAssertEqual(after.borrowsTaken, before.borrowsTaken + 1)  // borrowed for the call ...
            XCTAssertEqual(after.borrowsActive, 0)                       // ... and given back
        }
        try buf.view(.unique) { raw in
            raw.copyBytes(from: Array("THE".utf8))                       // the extension reads the core's bytes
            assertThrows("crc32 under a unique view", { _ = try Zpack.crc32(src: buf) }) {
                if case WeaveHeapError.borrowConflict = $0 { return true } else { return false }
            }
            XCTAssertEqual(try r.stats().borrowsActive, 1)
        }
        XCTAssertEqual(try Zpack.crc32(src: buf), referenceCrc32(Array(("THE" + text.dropFirst(3)).utf8)))
        try r.close()
    }

    func testDeflateAndInflateRoundTrip() throws {
        let r = try Region()
        let data = (0..<(1 << 20)).map { i in UInt8(truncatingIfNeeded: (i &* 7) ^ (i >> 9)) }
        let src = try r.alloc(size: UInt64(data.count))
        try src.write(offset: 0, data: data)
        let before = try r.stats()
        let packed = try Zpack.deflate(region: r, src: src, level: 9)
        let mid = try r.stats()
        XCTAssertEqual(mid.copies, before.copies + 1)                     // the output, once
        XCTAssertEqual(mid.copyBytes, before.copyBytes + (try packed.size()))
        let back = try Zpack.inflate(region: r, src: packed, size: UInt64(data.count))
        XCTAssertEqual(try r.stats().copies, mid.copies)                  // inflated in place
        var got = [UInt8](repeating: 0, count: data.count)
        try back.read(offset: 0, dst: &got)
        XCTAssertEqual(got, data)
        let into = try r.alloc(size: UInt64(data.count + 10))
        let beforeInto = try r.stats()
        XCTAssertEqual(try Zpack.inflateInto(dst: into, src: packed), UInt64(data.count))   // in place
        XCTAssertEqual(try r.stats().copies, beforeInto.copies)
        XCTAssertEqual(try Zpack.deflate(region: r, src: src).handle != 0, true)          // level's default
        try r.close()
    }

    func testMisuseIsTypedAndGivesEveryBorrowBack() throws {
        let r = try Region()
        let (buf, _, string) = try objects(r)
        let packed = try Zpack.deflate(region: r, src: buf)
        let notBuffer = try r.bytes(data: [0x78])
        let gone = try r.alloc(size: 4)
        try gone.close()
        let before = try r.stats()
        func core(_ code: WeaveHeapError.Code) -> (any Error) -> Bool { { ($0 as? WeaveHeapError)?.code == code } }
        let cases: [(String, () throws -> Void, (any Error) -> Bool)] = [
            ("stale", { _ = try Zpack.crc32(src: gone) }, core(.staleHandle)),
            ("forged", { _ = try Zpack.crc32(src: Buffer(adopting: 0)) }, core(.forgedHandle)),
            ("region as memory", { _ = try Zpack.crc32(src: r) }, core(.wrongKind)),
            ("string as region", { _ = try Zpack.deflate(region: Region(adopting: string.handle), src: buf) }, core(.wrongKind)),
            ("bytes as unique buffer", { _ = try Zpack.inflateInto(dst: Buffer(adopting: notBuffer.handle), src: packed) },
             core(.wrongKind)),
            ("level", { _ = try Zpack.deflate(region: r, src: buf, level: 42) }, core(.invalidArgument)),
            ("corrupt", { _ = try Zpack.inflate(region: r, src: buf, size: UInt64(text.utf8.count)) },
             { ($0 as? ZpackError)?.code == 1000 }),
            ("wrong size", { _ = try Zpack.inflate(region: r, src: packed, size: UInt64(text.utf8.count + 1)) },
             { if case ZpackError.wrongSize = $0 { return true } else { return false } }),
            ("same buffer dst and src", { _ = try Zpack.inflateInto(dst: packed, src: packed) }, core(.borrowConflict)),
        ]
        for (what, body, matches) in cases {
            assertThrows(what, body, matches)
            XCTAssertEqual(try r.stats().borrowsActive, 0, what)
        }
        let after = try r.stats()
        XCTAssertEqual(after.bytesLive, before.bytesLive)                // no buffer of a failed call left
        XCTAssertEqual(after.allocations - after.releases, before.allocations - before.releases)
        let tight = try Region(byteLimit: 64)
        assertThrows("over the byte limit", { _ = try Zpack.inflate(region: tight, src: packed, size: 1000) },
                     core(.outOfMemory))
        XCTAssertEqual(try tight.stats().bytesLive, 0)
        try tight.close()
        try r.close()
    }

    func testCrcObjectsLiveInTheCoreTable() throws {
        let r = try Region()
        let (a, b, _) = try objects(r)
        let crc = try Crc(region: r)
        XCTAssertEqual(try handleKindOf(handle: crc.handle), .object)
        try crc.update(src: a)
        try crc.update(src: b)
        XCTAssertEqual(try crc.value(), referenceCrc32(Array((text + text).utf8)))
        assertThrows("a buffer as a crc", { _ = try Crc(adopting: a.handle).value() }) {
            ($0 as? WeaveHeapError)?.code == .wrongKind
        }
        try crc.close()
        assertThrows("value after close", { _ = try crc.value() }) { ($0 as? WeaveHeapError)?.code == .staleHandle }
        try crc.close()                                                  // a no-op
        let later = try Crc(region: r)
        try r.reset()
        assertThrows("value after reset", { _ = try later.value() }) { ($0 as? WeaveHeapError)?.code == .staleHandle }
        try r.close()
    }

    func testOneCoreTheBasePackages() throws {
        XCTAssertEqual(coreTable, UInt(bitPattern: weaveheap_api_table()))
        let path = try XCTUnwrap(ProcessInfo.processInfo.environment["ZPACK_LIBRARY"])
        let image = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertNil(image.range(of: Data("weaveheap_region_create".utf8)), "libzpack holds a core of its own")
    }
}
