// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 9642b5336c411b3e8138dbfec9a542ba111ba757cb2538628071934c4e6b3821
// The misuse matrix for Swift (generator/weaveheap_gen/misuse.py): one test per case. Each
// makes its objects, puts the target into the misused state, then makes the call and
// asserts the typed error (and its family), that the process-wide counters are unchanged
// but for the case's counter (+1 exactly), and that the target's bytes are unchanged.
//
// Not expressible in Swift (27 cases): a null where Swift's type is not
// optional does not compile, so no call can pass one (docs/swift.md). Each is written out
// in ../NotExpressible/NullMisuse.swift, which ctest swift_compile_null_misuse checks the
// compiler refuses, line by line:
//   region_destroy_region_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   region_reset_region_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   region_stats_region_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   buffer_alloc_region_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   buffer_release_buffer_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   buffer_size_buffer_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   buffer_write_buffer_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   buffer_write_buffer_null_data: `data` is not optional: nil does not compile
//   buffer_read_buffer_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   buffer_read_buffer_null_dst: `dst` is not optional: nil does not compile
//   bytes_create_region_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   bytes_create_region_null_data: `data` is not optional: nil does not compile
//   bytes_release_bytes_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   bytes_length_bytes_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   bytes_dup_bytes_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   string_create_region_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   string_create_region_null_text: `text` is not optional: nil does not compile
//   string_release_string_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   string_length_string_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   string_dup_string_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   borrow_shared_buffer_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   borrow_shared_bytes_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   borrow_shared_string_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   borrow_unique_buffer_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   borrow_unique_bytes_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   borrow_unique_string_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   handle_kind_of_region_null_handle: `handle` is not optional: nil does not compile
import XCTest
import WeaveHeap

final class MisuseMatrixTests: XCTestCase {
    /// Asserts that `call` throws `code` (and is of each of `family`), that the counters
    /// move only by `counter` (+1) and that `memory` (the target's bytes) is unchanged.
    func expectRefusal(_ code: WeaveHeapError.Code, family: [WeaveHeapError.Code],
                       counter: WritableKeyPath<Stats, UInt64>?, memory: (() throws -> [UInt8])?,
                       file: StaticString = #filePath, line: UInt = #line, _ call: () throws -> Void) throws {
        let bytesBefore = try memory?()
        let before = try stats()
        var thrown: (any Error)?
        do { try call() } catch { thrown = error }
        let after = try stats()
        let bytesAfter = try memory?()
        guard let error = thrown as? WeaveHeapError else {
            XCTFail("expected \(code), got \(thrown.map { "\($0)" } ?? "success")", file: file, line: line)
            return
        }
        XCTAssertEqual(error.code, code, "\(error)", file: file, line: line)
        for f in family {
            XCTAssertTrue(error.isA(f), "\(error) is not a \(f)", file: file, line: line)
        }
        XCTAssertFalse(error.message.isEmpty, file: file, line: line)
        var expected = before
        if let counter {
            expected[keyPath: counter] += 1
        }
        XCTAssertEqual(after, expected, "the counters moved otherwise", file: file, line: line)
        XCTAssertEqual(bytesAfter, bytesBefore, "the target's bytes changed", file: file, line: line)
    }

    /// Makes objects with `make` until one takes the slot of the closed handle `old`: the
    /// core then reports `old` as reused. Returns them, to keep them alive.
    func reuseSlot<T>(of old: UInt64, _ make: () throws -> T) throws -> [T] {
        var made: [T] = []
        for _ in 0..<4096 {
            made.append(try make())
            do {
                _ = try handleKindOf(handle: old)
            } catch WeaveHeapError.reusedHandle {
                return made
            }
        }
        XCTFail("no new object took the slot of \(old) in \(made.count)")
        return made
    }

    /// region.destroy: the object was closed and its slot now holds a newer object
    func test_region_destroy_region_reused() throws {
        let region = try Region()
        try region.close()
        let made = try reuseSlot(of: region.handle) { try Region() }
        let again = Region(adopting: region.handle)
        try withExtendedLifetime((region, made, again)) {
            try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected, memory: nil) {
                try again.close()
            }
        }
    }

    /// region.destroy: a handle that was never issued
    func test_region_destroy_region_forged() throws {
        let target = Region(adopting: 0x1fffffff00000001)
        try withExtendedLifetime((target)) {
            try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.close()
            }
        }
    }

    /// region.destroy: a live object of another class, adopted under this one
    func test_region_destroy_region_wrong_kind_buffer() throws {
        let region = try Region()
        let buffer = try region.alloc(size: 16, align: 16)
        let target = Region(adopting: buffer.handle)
        try withExtendedLifetime((region, buffer, target)) {
            try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected, memory: nil) {
                try target.close()
            }
        }
    }

    /// region.destroy: a second wrapper of an already released handle is closed
    func test_region_destroy_region_double_release() throws {
        let region = try Region()
        try region.close()
        let again = Region(adopting: region.handle)
        try withExtendedLifetime((region, again)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                try again.close()
            }
        }
    }

    /// region.destroy: the call needs the object (or its region) free of the view that is live
    func test_region_destroy_region_while_borrowed_shared() throws {
        let region = try Region()
        let viewed = try region.alloc(size: 16, align: 16)
        let held = try viewed.view()
        try withExtendedLifetime((region, viewed, held)) {
            try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts, memory: { try held.withUnsafeBytes { Array($0) } }) {
                try region.close()
            }
        }
    }

    /// region.reset: the object was closed before the call
    func test_region_reset_region_stale() throws {
        let region = try Region()
        try region.close()
        try withExtendedLifetime((region)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try region.reset()
            }
        }
    }

    /// region.reset: the object was closed and its slot now holds a newer object
    func test_region_reset_region_reused() throws {
        let region = try Region()
        try region.close()
        let made = try reuseSlot(of: region.handle) { try Region() }
        try withExtendedLifetime((region, made)) {
            try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try region.reset()
            }
        }
    }

    /// region.reset: a handle that was never issued
    func test_region_reset_region_forged() throws {
        let target = Region(adopting: 0x1fffffff00000001)
        try withExtendedLifetime((target)) {
            try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.reset()
            }
        }
    }

    /// region.reset: a live object of another class, adopted under this one
    func test_region_reset_region_wrong_kind_buffer() throws {
        let region = try Region()
        let buffer = try region.alloc(size: 16, align: 16)
        let target = Region(adopting: buffer.handle)
        try withExtendedLifetime((region, buffer, target)) {
            try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.reset()
            }
        }
    }

    /// region.reset: the call needs the object (or its region) free of the view that is live
    func test_region_reset_region_while_borrowed_shared() throws {
        let region = try Region()
        let viewed = try region.alloc(size: 16, align: 16)
        let held = try viewed.view()
        try withExtendedLifetime((region, viewed, held)) {
            try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts, memory: { try held.withUnsafeBytes { Array($0) } }) {
                _ = try region.reset()
            }
        }
    }

    /// region.stats: the object was closed before the call
    func test_region_stats_region_stale() throws {
        let region = try Region()
        try region.close()
        try withExtendedLifetime((region)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try region.stats()
            }
        }
    }

    /// region.stats: the object was closed and its slot now holds a newer object
    func test_region_stats_region_reused() throws {
        let region = try Region()
        try region.close()
        let made = try reuseSlot(of: region.handle) { try Region() }
        try withExtendedLifetime((region, made)) {
            try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try region.stats()
            }
        }
    }

    /// region.stats: a handle that was never issued
    func test_region_stats_region_forged() throws {
        let target = Region(adopting: 0x1fffffff00000001)
        try withExtendedLifetime((target)) {
            try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.stats()
            }
        }
    }

    /// region.stats: a live object of another class, adopted under this one
    func test_region_stats_region_wrong_kind_buffer() throws {
        let region = try Region()
        let buffer = try region.alloc(size: 16, align: 16)
        let target = Region(adopting: buffer.handle)
        try withExtendedLifetime((region, buffer, target)) {
            try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.stats()
            }
        }
    }

    /// buffer.alloc: the object was closed before the call
    func test_buffer_alloc_region_stale() throws {
        let region = try Region()
        try region.close()
        try withExtendedLifetime((region)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try region.alloc(size: 16, align: 16)
            }
        }
    }

    /// buffer.alloc: the object was closed and its slot now holds a newer object
    func test_buffer_alloc_region_reused() throws {
        let region = try Region()
        try region.close()
        let made = try reuseSlot(of: region.handle) { try Region() }
        try withExtendedLifetime((region, made)) {
            try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try region.alloc(size: 16, align: 16)
            }
        }
    }

    /// buffer.alloc: a handle that was never issued
    func test_buffer_alloc_region_forged() throws {
        let target = Region(adopting: 0x1fffffff00000001)
        try withExtendedLifetime((target)) {
            try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.alloc(size: 16, align: 16)
            }
        }
    }

    /// buffer.alloc: a live object of another class, adopted under this one
    func test_buffer_alloc_region_wrong_kind_buffer() throws {
        let region = try Region()
        let buffer = try region.alloc(size: 16, align: 16)
        let target = Region(adopting: buffer.handle)
        try withExtendedLifetime((region, buffer, target)) {
            try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.alloc(size: 16, align: 16)
            }
        }
    }

    /// buffer.alloc: an integer far out of range (sizes of 2^32 and more on every target width) (size = 0x1000000000001)
    func test_buffer_alloc_region_absurd_value_size_1000000000001() throws {
        let region = try Region()
        try withExtendedLifetime((region)) {
            try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil, memory: nil) {
                _ = try region.alloc(size: 281474976710657, align: 16)
            }
        }
    }

    /// buffer.alloc: an integer far out of range (sizes of 2^32 and more on every target width) (size = 0xffffffffffffffff)
    func test_buffer_alloc_region_absurd_value_size_ffffffffffffffff() throws {
        let region = try Region()
        try withExtendedLifetime((region)) {
            try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil, memory: nil) {
                _ = try region.alloc(size: 18446744073709551615, align: 16)
            }
        }
    }

    /// buffer.alloc: an integer far out of range (sizes of 2^32 and more on every target width) (size = 0x100000010)
    func test_buffer_alloc_region_absurd_value_size_100000010_limited() throws {
        let region = try Region(byteLimit: 1048576)
        try withExtendedLifetime((region)) {
            try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil, memory: nil) {
                _ = try region.alloc(size: 4294967312, align: 16)
            }
        }
    }

    /// buffer.alloc: an integer far out of range (sizes of 2^32 and more on every target width) (size = 0x10000000000)
    func test_buffer_alloc_region_absurd_value_size_10000000000_limited() throws {
        let region = try Region(byteLimit: 1048576)
        try withExtendedLifetime((region)) {
            try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil, memory: nil) {
                _ = try region.alloc(size: 1099511627776, align: 16)
            }
        }
    }

    /// buffer.alloc: an integer far out of range (sizes of 2^32 and more on every target width) (size = 0x1000000000000)
    func test_buffer_alloc_region_absurd_value_size_1000000000000_limited() throws {
        let region = try Region(byteLimit: 1048576)
        try withExtendedLifetime((region)) {
            try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil, memory: nil) {
                _ = try region.alloc(size: 281474976710656, align: 16)
            }
        }
    }

    /// buffer.alloc: an integer far out of range (sizes of 2^32 and more on every target width) (size = 0x10000000000)
    func test_buffer_alloc_region_absurd_value_size_10000000000() throws {
        let region = try Region()
        try withExtendedLifetime((region)) {
            try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil, memory: nil) {
                _ = try region.alloc(size: 1099511627776, align: 16)
            }
        }
    }

    /// buffer.alloc: an integer far out of range (sizes of 2^32 and more on every target width) (size = 0x1000000000000)
    func test_buffer_alloc_region_absurd_value_size_1000000000000() throws {
        let region = try Region()
        try withExtendedLifetime((region)) {
            try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil, memory: nil) {
                _ = try region.alloc(size: 281474976710656, align: 16)
            }
        }
    }

    /// buffer.alloc: an integer far out of range (sizes of 2^32 and more on every target width) (align = 0x100001)
    func test_buffer_alloc_region_absurd_value_align_100001() throws {
        let region = try Region()
        try withExtendedLifetime((region)) {
            try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil, memory: nil) {
                _ = try region.alloc(size: 16, align: 1048577)
            }
        }
    }

    /// buffer.alloc: an integer far out of range (sizes of 2^32 and more on every target width) (align = 0xffffffffffffffff)
    func test_buffer_alloc_region_absurd_value_align_ffffffffffffffff() throws {
        let region = try Region()
        try withExtendedLifetime((region)) {
            try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil, memory: nil) {
                _ = try region.alloc(size: 16, align: 18446744073709551615)
            }
        }
    }

    /// buffer.alloc: an integer that must be a power of two and is not (align = 0x0)
    func test_buffer_alloc_region_bad_alignment_align_0() throws {
        let region = try Region()
        try withExtendedLifetime((region)) {
            try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil, memory: nil) {
                _ = try region.alloc(size: 16, align: 0)
            }
        }
    }

    /// buffer.alloc: an integer that must be a power of two and is not (align = 0x3)
    func test_buffer_alloc_region_bad_alignment_align_3() throws {
        let region = try Region()
        try withExtendedLifetime((region)) {
            try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil, memory: nil) {
                _ = try region.alloc(size: 16, align: 3)
            }
        }
    }

    /// buffer.alloc: an integer that must be a power of two and is not (align = 0x18)
    func test_buffer_alloc_region_bad_alignment_align_18() throws {
        let region = try Region()
        try withExtendedLifetime((region)) {
            try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil, memory: nil) {
                _ = try region.alloc(size: 16, align: 24)
            }
        }
    }

    /// buffer.release: the object was closed and its slot now holds a newer object
    func test_buffer_release_buffer_reused() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        try target.close()
        let made = try reuseSlot(of: target.handle) { try region.alloc(size: 16, align: 16) }
        let again = Buffer(adopting: target.handle)
        try withExtendedLifetime((region, target, made, again)) {
            try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected, memory: nil) {
                try again.close()
            }
        }
    }

    /// buffer.release: a handle that was never issued
    func test_buffer_release_buffer_forged() throws {
        let target = Buffer(adopting: 0x2fffffff00000001)
        try withExtendedLifetime((target)) {
            try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.close()
            }
        }
    }

    /// buffer.release: a live object of another class, adopted under this one
    func test_buffer_release_buffer_wrong_kind_region() throws {
        let region = try Region()
        let target = Buffer(adopting: region.handle)
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected, memory: nil) {
                try target.close()
            }
        }
    }

    /// buffer.release: the object's region was destroyed before the call
    func test_buffer_release_buffer_after_region_destroy() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        try region.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.close()
            }
        }
    }

    /// buffer.release: a second wrapper of an already released handle is closed
    func test_buffer_release_buffer_double_release() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        try target.close()
        let again = Buffer(adopting: target.handle)
        try withExtendedLifetime((region, target, again)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                try again.close()
            }
        }
    }

    /// buffer.release: the call needs the object (or its region) free of the view that is live
    func test_buffer_release_buffer_while_borrowed_shared() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        let held = try target.view()
        try withExtendedLifetime((region, target, held)) {
            try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts, memory: { try held.withUnsafeBytes { Array($0) } }) {
                try target.close()
            }
        }
    }

    /// buffer.size: the object was closed before the call
    func test_buffer_size_buffer_stale() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        try target.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.size()
            }
        }
    }

    /// buffer.size: the object was closed and its slot now holds a newer object
    func test_buffer_size_buffer_reused() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        try target.close()
        let made = try reuseSlot(of: target.handle) { try region.alloc(size: 16, align: 16) }
        try withExtendedLifetime((region, target, made)) {
            try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.size()
            }
        }
    }

    /// buffer.size: a handle that was never issued
    func test_buffer_size_buffer_forged() throws {
        let target = Buffer(adopting: 0x2fffffff00000001)
        try withExtendedLifetime((target)) {
            try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.size()
            }
        }
    }

    /// buffer.size: a live object of another class, adopted under this one
    func test_buffer_size_buffer_wrong_kind_region() throws {
        let region = try Region()
        let target = Buffer(adopting: region.handle)
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.size()
            }
        }
    }

    /// buffer.size: the object's region was destroyed before the call
    func test_buffer_size_buffer_after_region_destroy() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        try region.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.size()
            }
        }
    }

    /// buffer.write: the object was closed before the call
    func test_buffer_write_buffer_stale() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        try target.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.write(offset: 0, data: [104, 101, 108, 108, 111] as [UInt8])
            }
        }
    }

    /// buffer.write: the object was closed and its slot now holds a newer object
    func test_buffer_write_buffer_reused() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        try target.close()
        let made = try reuseSlot(of: target.handle) { try region.alloc(size: 16, align: 16) }
        try withExtendedLifetime((region, target, made)) {
            try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.write(offset: 0, data: [104, 101, 108, 108, 111] as [UInt8])
            }
        }
    }

    /// buffer.write: a handle that was never issued
    func test_buffer_write_buffer_forged() throws {
        let target = Buffer(adopting: 0x2fffffff00000001)
        try withExtendedLifetime((target)) {
            try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.write(offset: 0, data: [104, 101, 108, 108, 111] as [UInt8])
            }
        }
    }

    /// buffer.write: a live object of another class, adopted under this one
    func test_buffer_write_buffer_wrong_kind_region() throws {
        let region = try Region()
        let target = Buffer(adopting: region.handle)
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.write(offset: 0, data: [104, 101, 108, 108, 111] as [UInt8])
            }
        }
    }

    /// buffer.write: the object's region was destroyed before the call
    func test_buffer_write_buffer_after_region_destroy() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        try region.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.write(offset: 0, data: [104, 101, 108, 108, 111] as [UInt8])
            }
        }
    }

    /// buffer.write: the call needs the object (or its region) free of the view that is live
    func test_buffer_write_buffer_while_borrowed_shared() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        let held = try target.view()
        try withExtendedLifetime((region, target, held)) {
            try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts, memory: { try held.withUnsafeBytes { Array($0) } }) {
                _ = try target.write(offset: 0, data: [104, 101, 108, 108, 111] as [UInt8])
            }
        }
    }

    /// buffer.write: an integer far out of range (sizes of 2^32 and more on every target width) (offset = 0x100000010)
    func test_buffer_write_buffer_absurd_value_offset_100000010() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil, memory: { try target.view { Array($0) } }) {
                _ = try target.write(offset: 4294967312, data: [104, 101, 108, 108, 111] as [UInt8])
            }
        }
    }

    /// buffer.write: an integer far out of range (sizes of 2^32 and more on every target width) (offset = 0x10000000000)
    func test_buffer_write_buffer_absurd_value_offset_10000000000() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil, memory: { try target.view { Array($0) } }) {
                _ = try target.write(offset: 1099511627776, data: [104, 101, 108, 108, 111] as [UInt8])
            }
        }
    }

    /// buffer.write: an integer far out of range (sizes of 2^32 and more on every target width) (offset = 0xffffffffffffffff)
    func test_buffer_write_buffer_absurd_value_offset_ffffffffffffffff() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil, memory: { try target.view { Array($0) } }) {
                _ = try target.write(offset: 18446744073709551615, data: [104, 101, 108, 108, 111] as [UInt8])
            }
        }
    }

    /// buffer.read: the object was closed before the call
    func test_buffer_read_buffer_stale() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        try target.close()
        var dstOut = [UInt8](repeating: 0, count: 4)
        try withExtendedLifetime((region, target, dstOut)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.read(offset: 0, dst: &dstOut)
            }
        }
    }

    /// buffer.read: the object was closed and its slot now holds a newer object
    func test_buffer_read_buffer_reused() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        try target.close()
        let made = try reuseSlot(of: target.handle) { try region.alloc(size: 16, align: 16) }
        var dstOut = [UInt8](repeating: 0, count: 4)
        try withExtendedLifetime((region, target, made, dstOut)) {
            try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.read(offset: 0, dst: &dstOut)
            }
        }
    }

    /// buffer.read: a handle that was never issued
    func test_buffer_read_buffer_forged() throws {
        let target = Buffer(adopting: 0x2fffffff00000001)
        var dstOut = [UInt8](repeating: 0, count: 4)
        try withExtendedLifetime((target, dstOut)) {
            try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.read(offset: 0, dst: &dstOut)
            }
        }
    }

    /// buffer.read: a live object of another class, adopted under this one
    func test_buffer_read_buffer_wrong_kind_region() throws {
        let region = try Region()
        let target = Buffer(adopting: region.handle)
        var dstOut = [UInt8](repeating: 0, count: 4)
        try withExtendedLifetime((region, target, dstOut)) {
            try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.read(offset: 0, dst: &dstOut)
            }
        }
    }

    /// buffer.read: the object's region was destroyed before the call
    func test_buffer_read_buffer_after_region_destroy() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        try region.close()
        var dstOut = [UInt8](repeating: 0, count: 4)
        try withExtendedLifetime((region, target, dstOut)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.read(offset: 0, dst: &dstOut)
            }
        }
    }

    /// buffer.read: the call needs the object (or its region) free of the view that is live
    func test_buffer_read_buffer_while_borrowed_unique() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        let held = try target.view(.unique)
        var dstOut = [UInt8](repeating: 0, count: 4)
        try withExtendedLifetime((region, target, held, dstOut)) {
            try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts, memory: { try held.withUnsafeBytes { Array($0) } }) {
                _ = try target.read(offset: 0, dst: &dstOut)
            }
        }
    }

    /// buffer.read: an integer far out of range (sizes of 2^32 and more on every target width) (offset = 0x100000010)
    func test_buffer_read_buffer_absurd_value_offset_100000010() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        var dstOut = [UInt8](repeating: 0, count: 4)
        try withExtendedLifetime((region, target, dstOut)) {
            try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil, memory: { try target.view { Array($0) } }) {
                _ = try target.read(offset: 4294967312, dst: &dstOut)
            }
        }
    }

    /// buffer.read: an integer far out of range (sizes of 2^32 and more on every target width) (offset = 0x10000000000)
    func test_buffer_read_buffer_absurd_value_offset_10000000000() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        var dstOut = [UInt8](repeating: 0, count: 4)
        try withExtendedLifetime((region, target, dstOut)) {
            try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil, memory: { try target.view { Array($0) } }) {
                _ = try target.read(offset: 1099511627776, dst: &dstOut)
            }
        }
    }

    /// buffer.read: an integer far out of range (sizes of 2^32 and more on every target width) (offset = 0xffffffffffffffff)
    func test_buffer_read_buffer_absurd_value_offset_ffffffffffffffff() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        var dstOut = [UInt8](repeating: 0, count: 4)
        try withExtendedLifetime((region, target, dstOut)) {
            try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil, memory: { try target.view { Array($0) } }) {
                _ = try target.read(offset: 18446744073709551615, dst: &dstOut)
            }
        }
    }

    /// bytes.create: the object was closed before the call
    func test_bytes_create_region_stale() throws {
        let region = try Region()
        try region.close()
        try withExtendedLifetime((region)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
            }
        }
    }

    /// bytes.create: the object was closed and its slot now holds a newer object
    func test_bytes_create_region_reused() throws {
        let region = try Region()
        try region.close()
        let made = try reuseSlot(of: region.handle) { try Region() }
        try withExtendedLifetime((region, made)) {
            try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
            }
        }
    }

    /// bytes.create: a handle that was never issued
    func test_bytes_create_region_forged() throws {
        let target = Region(adopting: 0x1fffffff00000001)
        try withExtendedLifetime((target)) {
            try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
            }
        }
    }

    /// bytes.create: a live object of another class, adopted under this one
    func test_bytes_create_region_wrong_kind_buffer() throws {
        let region = try Region()
        let buffer = try region.alloc(size: 16, align: 16)
        let target = Region(adopting: buffer.handle)
        try withExtendedLifetime((region, buffer, target)) {
            try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
            }
        }
    }

    /// bytes.release: the object was closed and its slot now holds a newer object
    func test_bytes_release_bytes_reused() throws {
        let region = try Region()
        let target = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try target.close()
        let made = try reuseSlot(of: target.handle) { try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8]) }
        let again = Bytes(adopting: target.handle)
        try withExtendedLifetime((region, target, made, again)) {
            try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected, memory: nil) {
                try again.close()
            }
        }
    }

    /// bytes.release: a handle that was never issued
    func test_bytes_release_bytes_forged() throws {
        let target = Bytes(adopting: 0x3fffffff00000001)
        try withExtendedLifetime((target)) {
            try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.close()
            }
        }
    }

    /// bytes.release: a live object of another class, adopted under this one
    func test_bytes_release_bytes_wrong_kind_region() throws {
        let region = try Region()
        let target = Bytes(adopting: region.handle)
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected, memory: nil) {
                try target.close()
            }
        }
    }

    /// bytes.release: the object's region was destroyed before the call
    func test_bytes_release_bytes_after_region_destroy() throws {
        let region = try Region()
        let target = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.close()
            }
        }
    }

    /// bytes.release: a second wrapper of an already released handle is closed
    func test_bytes_release_bytes_double_release() throws {
        let region = try Region()
        let target = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try target.close()
        let again = Bytes(adopting: target.handle)
        try withExtendedLifetime((region, target, again)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                try again.close()
            }
        }
    }

    /// bytes.release: the call needs the object (or its region) free of the view that is live
    func test_bytes_release_bytes_while_borrowed_shared() throws {
        let region = try Region()
        let target = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        let held = try target.view()
        try withExtendedLifetime((region, target, held)) {
            try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts, memory: { try held.withUnsafeBytes { Array($0) } }) {
                try target.close()
            }
        }
    }

    /// bytes.length: the object was closed before the call
    func test_bytes_length_bytes_stale() throws {
        let region = try Region()
        let target = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try target.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.length()
            }
        }
    }

    /// bytes.length: the object was closed and its slot now holds a newer object
    func test_bytes_length_bytes_reused() throws {
        let region = try Region()
        let target = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try target.close()
        let made = try reuseSlot(of: target.handle) { try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8]) }
        try withExtendedLifetime((region, target, made)) {
            try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.length()
            }
        }
    }

    /// bytes.length: a handle that was never issued
    func test_bytes_length_bytes_forged() throws {
        let target = Bytes(adopting: 0x3fffffff00000001)
        try withExtendedLifetime((target)) {
            try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.length()
            }
        }
    }

    /// bytes.length: a live object of another class, adopted under this one
    func test_bytes_length_bytes_wrong_kind_region() throws {
        let region = try Region()
        let target = Bytes(adopting: region.handle)
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.length()
            }
        }
    }

    /// bytes.length: the object's region was destroyed before the call
    func test_bytes_length_bytes_after_region_destroy() throws {
        let region = try Region()
        let target = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.length()
            }
        }
    }

    /// bytes.dup: the object was closed before the call
    func test_bytes_dup_bytes_stale() throws {
        let region = try Region()
        let target = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try target.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.dup()
            }
        }
    }

    /// bytes.dup: the object was closed and its slot now holds a newer object
    func test_bytes_dup_bytes_reused() throws {
        let region = try Region()
        let target = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try target.close()
        let made = try reuseSlot(of: target.handle) { try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8]) }
        try withExtendedLifetime((region, target, made)) {
            try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.dup()
            }
        }
    }

    /// bytes.dup: a handle that was never issued
    func test_bytes_dup_bytes_forged() throws {
        let target = Bytes(adopting: 0x3fffffff00000001)
        try withExtendedLifetime((target)) {
            try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.dup()
            }
        }
    }

    /// bytes.dup: a live object of another class, adopted under this one
    func test_bytes_dup_bytes_wrong_kind_region() throws {
        let region = try Region()
        let target = Bytes(adopting: region.handle)
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.dup()
            }
        }
    }

    /// bytes.dup: the object's region was destroyed before the call
    func test_bytes_dup_bytes_after_region_destroy() throws {
        let region = try Region()
        let target = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.dup()
            }
        }
    }

    /// bytes.dup: the call needs the object (or its region) free of the view that is live
    func test_bytes_dup_bytes_while_borrowed_unique() throws {
        let region = try Region()
        let target = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        let held = try target.view(.unique)
        try withExtendedLifetime((region, target, held)) {
            try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts, memory: { try held.withUnsafeBytes { Array($0) } }) {
                _ = try target.dup()
            }
        }
    }

    /// string.create: the object was closed before the call
    func test_string_create_region_stale() throws {
        let region = try Region()
        try region.close()
        try withExtendedLifetime((region)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
            }
        }
    }

    /// string.create: the object was closed and its slot now holds a newer object
    func test_string_create_region_reused() throws {
        let region = try Region()
        try region.close()
        let made = try reuseSlot(of: region.handle) { try Region() }
        try withExtendedLifetime((region, made)) {
            try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
            }
        }
    }

    /// string.create: a handle that was never issued
    func test_string_create_region_forged() throws {
        let target = Region(adopting: 0x1fffffff00000001)
        try withExtendedLifetime((target)) {
            try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.string(text: [104, 101, 108, 108, 111] as [UInt8])
            }
        }
    }

    /// string.create: a live object of another class, adopted under this one
    func test_string_create_region_wrong_kind_buffer() throws {
        let region = try Region()
        let buffer = try region.alloc(size: 16, align: 16)
        let target = Region(adopting: buffer.handle)
        try withExtendedLifetime((region, buffer, target)) {
            try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.string(text: [104, 101, 108, 108, 111] as [UInt8])
            }
        }
    }

    /// string.create: text that is not UTF-8 (text = b'\xc3(\xff')
    func test_string_create_region_invalid_utf8_text() throws {
        let region = try Region()
        try withExtendedLifetime((region)) {
            try expectRefusal(.invalidUtf8, family: [.invalidUtf8], counter: nil, memory: nil) {
                _ = try region.string(text: [195, 40, 255] as [UInt8])
            }
        }
    }

    /// string.release: the object was closed and its slot now holds a newer object
    func test_string_release_string_reused() throws {
        let region = try Region()
        let target = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try target.close()
        let made = try reuseSlot(of: target.handle) { try region.string(text: [104, 101, 108, 108, 111] as [UInt8]) }
        let again = WeaveHeapString(adopting: target.handle)
        try withExtendedLifetime((region, target, made, again)) {
            try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected, memory: nil) {
                try again.close()
            }
        }
    }

    /// string.release: a handle that was never issued
    func test_string_release_string_forged() throws {
        let target = WeaveHeapString(adopting: 0x4fffffff00000001)
        try withExtendedLifetime((target)) {
            try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.close()
            }
        }
    }

    /// string.release: a live object of another class, adopted under this one
    func test_string_release_string_wrong_kind_region() throws {
        let region = try Region()
        let target = WeaveHeapString(adopting: region.handle)
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected, memory: nil) {
                try target.close()
            }
        }
    }

    /// string.release: the object's region was destroyed before the call
    func test_string_release_string_after_region_destroy() throws {
        let region = try Region()
        let target = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.close()
            }
        }
    }

    /// string.release: a second wrapper of an already released handle is closed
    func test_string_release_string_double_release() throws {
        let region = try Region()
        let target = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try target.close()
        let again = WeaveHeapString(adopting: target.handle)
        try withExtendedLifetime((region, target, again)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                try again.close()
            }
        }
    }

    /// string.release: the call needs the object (or its region) free of the view that is live
    func test_string_release_string_while_borrowed_shared() throws {
        let region = try Region()
        let target = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        let held = try target.view()
        try withExtendedLifetime((region, target, held)) {
            try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts, memory: { try held.withUnsafeBytes { Array($0) } }) {
                try target.close()
            }
        }
    }

    /// string.length: the object was closed before the call
    func test_string_length_string_stale() throws {
        let region = try Region()
        let target = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try target.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.length()
            }
        }
    }

    /// string.length: the object was closed and its slot now holds a newer object
    func test_string_length_string_reused() throws {
        let region = try Region()
        let target = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try target.close()
        let made = try reuseSlot(of: target.handle) { try region.string(text: [104, 101, 108, 108, 111] as [UInt8]) }
        try withExtendedLifetime((region, target, made)) {
            try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.length()
            }
        }
    }

    /// string.length: a handle that was never issued
    func test_string_length_string_forged() throws {
        let target = WeaveHeapString(adopting: 0x4fffffff00000001)
        try withExtendedLifetime((target)) {
            try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.length()
            }
        }
    }

    /// string.length: a live object of another class, adopted under this one
    func test_string_length_string_wrong_kind_region() throws {
        let region = try Region()
        let target = WeaveHeapString(adopting: region.handle)
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.length()
            }
        }
    }

    /// string.length: the object's region was destroyed before the call
    func test_string_length_string_after_region_destroy() throws {
        let region = try Region()
        let target = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.length()
            }
        }
    }

    /// string.dup: the object was closed before the call
    func test_string_dup_string_stale() throws {
        let region = try Region()
        let target = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try target.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.dup()
            }
        }
    }

    /// string.dup: the object was closed and its slot now holds a newer object
    func test_string_dup_string_reused() throws {
        let region = try Region()
        let target = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try target.close()
        let made = try reuseSlot(of: target.handle) { try region.string(text: [104, 101, 108, 108, 111] as [UInt8]) }
        try withExtendedLifetime((region, target, made)) {
            try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.dup()
            }
        }
    }

    /// string.dup: a handle that was never issued
    func test_string_dup_string_forged() throws {
        let target = WeaveHeapString(adopting: 0x4fffffff00000001)
        try withExtendedLifetime((target)) {
            try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.dup()
            }
        }
    }

    /// string.dup: a live object of another class, adopted under this one
    func test_string_dup_string_wrong_kind_region() throws {
        let region = try Region()
        let target = WeaveHeapString(adopting: region.handle)
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.dup()
            }
        }
    }

    /// string.dup: the object's region was destroyed before the call
    func test_string_dup_string_after_region_destroy() throws {
        let region = try Region()
        let target = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try target.dup()
            }
        }
    }

    /// string.dup: the call needs the object (or its region) free of the view that is live
    func test_string_dup_string_while_borrowed_unique() throws {
        let region = try Region()
        let target = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        let held = try target.view(.unique)
        try withExtendedLifetime((region, target, held)) {
            try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts, memory: { try held.withUnsafeBytes { Array($0) } }) {
                _ = try target.dup()
            }
        }
    }

    /// borrow.shared: the object was closed before the call
    func test_borrow_shared_buffer_stale() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        try target.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.view { _ in }
            }
        }
    }

    /// borrow.shared: the object was closed and its slot now holds a newer object
    func test_borrow_shared_buffer_reused() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        try target.close()
        let made = try reuseSlot(of: target.handle) { try region.alloc(size: 16, align: 16) }
        try withExtendedLifetime((region, target, made)) {
            try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.view { _ in }
            }
        }
    }

    /// borrow.shared: a handle that was never issued
    func test_borrow_shared_buffer_forged() throws {
        let target = Buffer(adopting: 0x2fffffff00000001)
        try withExtendedLifetime((target)) {
            try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.view { _ in }
            }
        }
    }

    /// borrow.shared: a live object of another class, adopted under this one
    func test_borrow_shared_buffer_wrong_kind_region() throws {
        let region = try Region()
        let target = Buffer(adopting: region.handle)
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected, memory: nil) {
                try target.view { _ in }
            }
        }
    }

    /// borrow.shared: the object's region was destroyed before the call
    func test_borrow_shared_buffer_after_region_destroy() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        try region.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.view { _ in }
            }
        }
    }

    /// borrow.shared: a view is taken while a conflicting view is live
    func test_borrow_shared_buffer_borrow_conflict_unique_shared() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        let held = try target.view(.unique)
        try withExtendedLifetime((region, target, held)) {
            try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts, memory: { try held.withUnsafeBytes { Array($0) } }) {
                try target.view { _ in }
            }
        }
    }

    /// borrow.shared: the object was closed before the call
    func test_borrow_shared_bytes_stale() throws {
        let region = try Region()
        let target = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try target.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.view { _ in }
            }
        }
    }

    /// borrow.shared: the object was closed and its slot now holds a newer object
    func test_borrow_shared_bytes_reused() throws {
        let region = try Region()
        let target = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try target.close()
        let made = try reuseSlot(of: target.handle) { try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8]) }
        try withExtendedLifetime((region, target, made)) {
            try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.view { _ in }
            }
        }
    }

    /// borrow.shared: a handle that was never issued
    func test_borrow_shared_bytes_forged() throws {
        let target = Bytes(adopting: 0x3fffffff00000001)
        try withExtendedLifetime((target)) {
            try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.view { _ in }
            }
        }
    }

    /// borrow.shared: a live object of another class, adopted under this one
    func test_borrow_shared_bytes_wrong_kind_region() throws {
        let region = try Region()
        let target = Bytes(adopting: region.handle)
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected, memory: nil) {
                try target.view { _ in }
            }
        }
    }

    /// borrow.shared: the object's region was destroyed before the call
    func test_borrow_shared_bytes_after_region_destroy() throws {
        let region = try Region()
        let target = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.view { _ in }
            }
        }
    }

    /// borrow.shared: a view is taken while a conflicting view is live
    func test_borrow_shared_bytes_borrow_conflict_unique_shared() throws {
        let region = try Region()
        let target = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        let held = try target.view(.unique)
        try withExtendedLifetime((region, target, held)) {
            try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts, memory: { try held.withUnsafeBytes { Array($0) } }) {
                try target.view { _ in }
            }
        }
    }

    /// borrow.shared: the object was closed before the call
    func test_borrow_shared_string_stale() throws {
        let region = try Region()
        let target = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try target.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.view { _ in }
            }
        }
    }

    /// borrow.shared: the object was closed and its slot now holds a newer object
    func test_borrow_shared_string_reused() throws {
        let region = try Region()
        let target = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try target.close()
        let made = try reuseSlot(of: target.handle) { try region.string(text: [104, 101, 108, 108, 111] as [UInt8]) }
        try withExtendedLifetime((region, target, made)) {
            try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.view { _ in }
            }
        }
    }

    /// borrow.shared: a handle that was never issued
    func test_borrow_shared_string_forged() throws {
        let target = WeaveHeapString(adopting: 0x4fffffff00000001)
        try withExtendedLifetime((target)) {
            try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.view { _ in }
            }
        }
    }

    /// borrow.shared: a live object of another class, adopted under this one
    func test_borrow_shared_string_wrong_kind_region() throws {
        let region = try Region()
        let target = WeaveHeapString(adopting: region.handle)
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected, memory: nil) {
                try target.view { _ in }
            }
        }
    }

    /// borrow.shared: the object's region was destroyed before the call
    func test_borrow_shared_string_after_region_destroy() throws {
        let region = try Region()
        let target = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.view { _ in }
            }
        }
    }

    /// borrow.shared: a view is taken while a conflicting view is live
    func test_borrow_shared_string_borrow_conflict_unique_shared() throws {
        let region = try Region()
        let target = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        let held = try target.view(.unique)
        try withExtendedLifetime((region, target, held)) {
            try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts, memory: { try held.withUnsafeBytes { Array($0) } }) {
                try target.view { _ in }
            }
        }
    }

    /// borrow.unique: the object was closed before the call
    func test_borrow_unique_buffer_stale() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        try target.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.view(.unique) { _ in }
            }
        }
    }

    /// borrow.unique: the object was closed and its slot now holds a newer object
    func test_borrow_unique_buffer_reused() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        try target.close()
        let made = try reuseSlot(of: target.handle) { try region.alloc(size: 16, align: 16) }
        try withExtendedLifetime((region, target, made)) {
            try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.view(.unique) { _ in }
            }
        }
    }

    /// borrow.unique: a handle that was never issued
    func test_borrow_unique_buffer_forged() throws {
        let target = Buffer(adopting: 0x2fffffff00000001)
        try withExtendedLifetime((target)) {
            try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.view(.unique) { _ in }
            }
        }
    }

    /// borrow.unique: a live object of another class, adopted under this one
    func test_borrow_unique_buffer_wrong_kind_region() throws {
        let region = try Region()
        let target = Buffer(adopting: region.handle)
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected, memory: nil) {
                try target.view(.unique) { _ in }
            }
        }
    }

    /// borrow.unique: the object's region was destroyed before the call
    func test_borrow_unique_buffer_after_region_destroy() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        try region.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.view(.unique) { _ in }
            }
        }
    }

    /// borrow.unique: a view is taken while a conflicting view is live
    func test_borrow_unique_buffer_borrow_conflict_shared_unique() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        let held = try target.view()
        try withExtendedLifetime((region, target, held)) {
            try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts, memory: { try held.withUnsafeBytes { Array($0) } }) {
                try target.view(.unique) { _ in }
            }
        }
    }

    /// borrow.unique: a view is taken while a conflicting view is live
    func test_borrow_unique_buffer_borrow_conflict_unique_unique() throws {
        let region = try Region()
        let target = try region.alloc(size: 16, align: 16)
        let held = try target.view(.unique)
        try withExtendedLifetime((region, target, held)) {
            try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts, memory: { try held.withUnsafeBytes { Array($0) } }) {
                try target.view(.unique) { _ in }
            }
        }
    }

    /// borrow.unique: the object was closed before the call
    func test_borrow_unique_bytes_stale() throws {
        let region = try Region()
        let target = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try target.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.view(.unique) { _ in }
            }
        }
    }

    /// borrow.unique: the object was closed and its slot now holds a newer object
    func test_borrow_unique_bytes_reused() throws {
        let region = try Region()
        let target = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try target.close()
        let made = try reuseSlot(of: target.handle) { try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8]) }
        try withExtendedLifetime((region, target, made)) {
            try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.view(.unique) { _ in }
            }
        }
    }

    /// borrow.unique: a handle that was never issued
    func test_borrow_unique_bytes_forged() throws {
        let target = Bytes(adopting: 0x3fffffff00000001)
        try withExtendedLifetime((target)) {
            try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.view(.unique) { _ in }
            }
        }
    }

    /// borrow.unique: a live object of another class, adopted under this one
    func test_borrow_unique_bytes_wrong_kind_region() throws {
        let region = try Region()
        let target = Bytes(adopting: region.handle)
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected, memory: nil) {
                try target.view(.unique) { _ in }
            }
        }
    }

    /// borrow.unique: the object's region was destroyed before the call
    func test_borrow_unique_bytes_after_region_destroy() throws {
        let region = try Region()
        let target = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.view(.unique) { _ in }
            }
        }
    }

    /// borrow.unique: a view is taken while a conflicting view is live
    func test_borrow_unique_bytes_borrow_conflict_shared_unique() throws {
        let region = try Region()
        let target = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        let held = try target.view()
        try withExtendedLifetime((region, target, held)) {
            try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts, memory: { try held.withUnsafeBytes { Array($0) } }) {
                try target.view(.unique) { _ in }
            }
        }
    }

    /// borrow.unique: a view is taken while a conflicting view is live
    func test_borrow_unique_bytes_borrow_conflict_unique_unique() throws {
        let region = try Region()
        let target = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        let held = try target.view(.unique)
        try withExtendedLifetime((region, target, held)) {
            try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts, memory: { try held.withUnsafeBytes { Array($0) } }) {
                try target.view(.unique) { _ in }
            }
        }
    }

    /// borrow.unique: the object was closed before the call
    func test_borrow_unique_string_stale() throws {
        let region = try Region()
        let target = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try target.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.view(.unique) { _ in }
            }
        }
    }

    /// borrow.unique: the object was closed and its slot now holds a newer object
    func test_borrow_unique_string_reused() throws {
        let region = try Region()
        let target = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try target.close()
        let made = try reuseSlot(of: target.handle) { try region.string(text: [104, 101, 108, 108, 111] as [UInt8]) }
        try withExtendedLifetime((region, target, made)) {
            try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.view(.unique) { _ in }
            }
        }
    }

    /// borrow.unique: a handle that was never issued
    func test_borrow_unique_string_forged() throws {
        let target = WeaveHeapString(adopting: 0x4fffffff00000001)
        try withExtendedLifetime((target)) {
            try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.view(.unique) { _ in }
            }
        }
    }

    /// borrow.unique: a live object of another class, adopted under this one
    func test_borrow_unique_string_wrong_kind_region() throws {
        let region = try Region()
        let target = WeaveHeapString(adopting: region.handle)
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected, memory: nil) {
                try target.view(.unique) { _ in }
            }
        }
    }

    /// borrow.unique: the object's region was destroyed before the call
    func test_borrow_unique_string_after_region_destroy() throws {
        let region = try Region()
        let target = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try withExtendedLifetime((region, target)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                try target.view(.unique) { _ in }
            }
        }
    }

    /// borrow.unique: a view is taken while a conflicting view is live
    func test_borrow_unique_string_borrow_conflict_shared_unique() throws {
        let region = try Region()
        let target = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        let held = try target.view()
        try withExtendedLifetime((region, target, held)) {
            try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts, memory: { try held.withUnsafeBytes { Array($0) } }) {
                try target.view(.unique) { _ in }
            }
        }
    }

    /// borrow.unique: a view is taken while a conflicting view is live
    func test_borrow_unique_string_borrow_conflict_unique_unique() throws {
        let region = try Region()
        let target = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        let held = try target.view(.unique)
        try withExtendedLifetime((region, target, held)) {
            try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts, memory: { try held.withUnsafeBytes { Array($0) } }) {
                try target.view(.unique) { _ in }
            }
        }
    }

    /// borrow.release: a second wrapper of an already released handle is closed
    func test_borrow_release_view_double_release() throws {
        let region = try Region()
        let buffer = try region.alloc(size: 16, align: 16)
        let first = try buffer.view()
        try first.close()
        let again = View(adopting: first.token)
        try withExtendedLifetime((region, buffer, first, again)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                try again.close()
            }
        }
    }

    /// handle.kind_of: the object was closed before the call
    func test_handle_kind_of_region_stale_handle() throws {
        let region = try Region()
        try region.close()
        try withExtendedLifetime((region)) {
            try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try handleKindOf(handle: region)
            }
        }
    }

    /// handle.kind_of: a handle that was never issued
    func test_handle_kind_of_region_forged_handle() throws {
        let target = Region(adopting: 0x1fffffff00000001)
        try withExtendedLifetime((target)) {
            try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try handleKindOf(handle: target)
            }
        }
    }

    /// handle.kind_of: the object was closed and its slot now holds a newer object
    func test_handle_kind_of_region_reused_handle() throws {
        let region = try Region()
        try region.close()
        let made = try reuseSlot(of: region.handle) { try Region() }
        try withExtendedLifetime((region, made)) {
            try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected, memory: nil) {
                _ = try handleKindOf(handle: region)
            }
        }
    }
}
