import XCTest
import Glibc
import FoundationEssentials
import WeaveHeap

/// Every function of the IDL reached through the Swift API, in the forms a Swift user
/// writes: labelled arguments, `[UInt8]`, `Data`, any `ContiguousBytes`, `String`.
final class APITests: XCTestCase {
    func testLibraryFunctionsMatchTheGeneratedConstants() throws {
        XCTAssertEqual(abiVersion(), Generated.abiVersion)
        XCTAssertEqual(idlHash(), Generated.idlHash)
        XCTAssertEqual(versionString(), Generated.version)
        let parts = Generated.version.split(separator: ".").map { UInt32($0)! }
        XCTAssertEqual(versionNumber(), parts[0] * 1_000_000 + parts[1] * 1000 + parts[2])
        XCTAssertEqual(strerror(code: 3), "stale handle")
        XCTAssertEqual(strerror(code: 9999), "unknown error")
        XCTAssertNoThrow(try weaveheapEnsureLibrary())
        XCTAssertEqual(maxAlign, 1_048_576)
        XCTAssertEqual(defaultAlign, 16)
    }

    func testTheABIGuardNamesWhatToRebuild() {
        XCTAssertNil(weaveheapCheckLibrary(abiVersion: Generated.abiVersion, idlHash: Generated.idlHash))
        let wrongABI = weaveheapCheckLibrary(abiVersion: Generated.abiVersion + 1, idlHash: Generated.idlHash)
        XCTAssertNotNil(wrongABI)
        XCTAssertTrue(wrongABI!.description.contains("rebuild libweaveheap"), wrongABI!.description)
        XCTAssertNotNil(weaveheapCheckLibrary(abiVersion: Generated.abiVersion, idlHash: "0000"))
    }

    func testRegionBufferBytesAndString() throws {
        let region = try Region(chunkSize: 4096, byteLimit: 0)
        let buffer = try region.alloc(size: 64, align: 64)
        XCTAssertEqual(try buffer.size(), 64)
        try buffer.write(offset: 4, data: [1, 2, 3])
        var out = [UInt8](repeating: 9, count: 5)
        try buffer.read(offset: 3, dst: &out)
        XCTAssertEqual(out, [0, 1, 2, 3, 0])
        XCTAssertEqual(try handleKindOf(handle: buffer), .buffer)
        XCTAssertEqual(try handleKindOf(handle: buffer.handle), .buffer)
        XCTAssertEqual(try handleKindOf(handle: region), .region)

        let bytes = try region.bytes(data: [0, 255, 7])
        XCTAssertEqual(try bytes.length(), 3)
        XCTAssertEqual(try bytes.dup(), [0, 255, 7])
        XCTAssertEqual(try handleKindOf(handle: bytes), .bytes)
        let empty = try region.bytes(data: [])
        XCTAssertEqual(try empty.dup(), [])

        let text = try region.string(text: "héllo")
        XCTAssertEqual(try text.length(), 6)
        XCTAssertEqual(try text.dup(), "héllo")
        XCTAssertEqual(try handleKindOf(handle: text), .string)

        let stats = try region.stats()
        XCTAssertEqual(stats.allocations, 4)
        XCTAssertGreaterThanOrEqual(stats.bytesLive, 64 + 3 + 7)
        XCTAssertEqual(try region.anyThread.stats(), stats)

        try text.close()
        try empty.close()
        try bytes.close()
        try buffer.close()
        XCTAssertTrue(buffer.isClosed)
        XCTAssertEqual(try region.stats().releases, 4)
        try region.reset()
        try region.close()
        XCTAssertTrue(region.isClosed)
    }

    /// Bytes in: `[UInt8]`, `Data`, any `ContiguousBytes` (an array slice, a raw buffer
    /// pointer), and `String` for text; bytes out: `inout [UInt8]` and `inout Data`.
    func testBytesAndTextInEveryForm() throws {
        let region = try Region(options: RegionOptions(chunkSize: 1 << 16))
        let buffer = try region.alloc(size: 8)
        try buffer.write(offset: 0, data: Data([1, 2]))
        try buffer.write(offset: 2, data: ([9, 3, 4, 9] as [UInt8])[1...2])
        try [UInt8]([5, 6]).withUnsafeBytes { raw in try buffer.write(offset: 4, data: raw) }
        var out = Data(count: 6)
        try buffer.read(offset: 0, dst: &out)
        XCTAssertEqual(out, Data([1, 2, 3, 4, 5, 6]))

        XCTAssertEqual(try region.bytes(data: Data([7, 8])).dup(), [7, 8])
        XCTAssertEqual(try region.string(text: Data("grüße".utf8)).dup(), "grüße")
        XCTAssertEqual(try region.string(text: Array("ok".utf8)).dup(), "ok")
        XCTAssertEqual(try region.string(text: "").length(), 0)
        // Each form is one copy into the core, counted as such.
        let copies = try counters().copies
        _ = try region.bytes(data: Data([1]))
        _ = try region.string(text: "x")
        XCTAssertEqual(try counters().copies, copies + 2)
    }

    func testStatsSwitch() throws {
        XCTAssertTrue(statsEnabled())
        statsSetEnabled(enabled: false)
        XCTAssertFalse(statsEnabled())
        let region = try Region()
        let before = try counters().allocations
        _ = try region.alloc(size: 8)
        XCTAssertEqual(try counters().allocations, before)
        statsSetEnabled(enabled: true)
        _ = try region.alloc(size: 8)
        XCTAssertEqual(try counters().allocations, before + 1)
    }

    func testPublishing() throws {
        var template = Array("/tmp/weaveheap-swift-XXXXXX".utf8CString)
        let dir = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        setenv("WEAVEHEAP_STATS_DIR", dir, 1)
        defer { rmdir(dir) }
        XCTAssertFalse(publishActive())
        try publishNow()
        XCTAssertTrue(publishActive())
        try publishStart(intervalMs: 1000)
        XCTAssertTrue(publishActive())
        publishStop()
        XCTAssertFalse(publishActive())
        assertThrows(.invalidArgument) { try publishStart(intervalMs: 3_600_001) }
        XCTAssertFalse(publishActive())
    }

    func testCloseTwiceIsANoOp() throws {
        let region = try Region()
        let buffer = try region.alloc(size: 8)
        let view = try buffer.view()
        try view.close()
        try view.close()
        try buffer.close()
        let before = try counters()
        try buffer.close()
        try region.close()
        try region.close()
        XCTAssertEqual(try counters().staleRejected, before.staleRejected, "a second close() reached the core")
        XCTAssertEqual(try counters().regionsLive, before.regionsLive - 1)
    }

    func testDeinitReleasesWhatCloseWasNotCalledFor() throws {
        let before = try counters()
        do {
            let region = try Region()
            let buffer = try region.alloc(size: 32)
            let view = try buffer.view()
            XCTAssertEqual(try counters().borrowsActive, before.borrowsActive + 1)
            XCTAssertEqual(view.count, 32)
            XCTAssertEqual(try counters().regionsLive, before.regionsLive + 1)
        }
        let after = try counters()
        XCTAssertEqual(after.borrowsActive, before.borrowsActive)
        XCTAssertEqual(after.regionsLive, before.regionsLive)
    }
}
