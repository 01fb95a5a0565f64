// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
// The misuse matrix for Swift (generator/weaveheap_gen/misuse.py): one test per case, its
// steps from misuse.plan. Each makes its objects, puts the target into the misused state,
// then makes the call and asserts the typed error (and its family), that the process-wide
// counters are unchanged but for the case's counter (+1 exactly), and that the objects'
// bytes are unchanged.
//
// Not expressible in Swift (109 cases): a null where Swift's type is not
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
//   vector_create_region_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   vector_release_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   vector_length_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   vector_capacity_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   vector_resize_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   vector_element_type_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   vector_null_count_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   vector_append_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   vector_extend_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   vector_extend_vector_null_data: `data` is not optional: nil does not compile
//   vector_append_null_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   vector_set_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   vector_get_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   vector_append_f64_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   vector_set_f64_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   vector_get_f64_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   vector_is_valid_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   vector_read_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   vector_read_vector_null_dst: `dst` is not optional: nil does not compile
//   var_vector_create_region_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   var_vector_release_var_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   var_vector_length_var_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   var_vector_capacity_var_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   var_vector_data_length_var_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   var_vector_data_capacity_var_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   var_vector_resize_var_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   var_vector_null_count_var_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   var_vector_is_utf8_var_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   var_vector_append_var_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   var_vector_append_var_vector_null_value: `value` is not optional: nil does not compile
//   var_vector_append_null_var_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   var_vector_get_var_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   var_vector_value_offset_var_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   var_vector_value_length_var_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   var_vector_is_valid_var_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   var_vector_read_var_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   var_vector_read_var_vector_null_dst: `dst` is not optional: nil does not compile
//   batch_create_region_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   batch_release_batch_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   batch_add_column_batch_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   batch_add_column_batch_null_name: `name` is not optional: nil does not compile
//   batch_add_column_vector_null_column: `column` is not optional: nil does not compile
//   batch_num_columns_batch_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   batch_num_rows_batch_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   batch_column_name_batch_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   batch_validate_batch_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   batch_append_row_batch_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   batch_append_row_batch_null_row: `row` is not optional: nil does not compile
//   list_vector_create_region_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   list_vector_create_vector_null_child: `child` is not optional: nil does not compile
//   list_vector_release_list_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   list_vector_length_list_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   list_vector_capacity_list_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   list_vector_null_count_list_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   list_vector_is_map_list_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   list_vector_is_valid_list_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   list_vector_value_offset_list_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   list_vector_value_length_list_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   list_vector_append_list_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   list_vector_append_list_vector_null_value: `value` is not optional: nil does not compile
//   list_vector_append_null_list_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   list_vector_lookup_list_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   list_vector_lookup_list_vector_null_key: `key` is not optional: nil does not compile
//   batch_stream_create_region_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   batch_stream_release_batch_stream_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   batch_stream_add_batch_batch_stream_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   batch_stream_add_batch_batch_null_batch: `batch` is not optional: nil does not compile
//   batch_stream_num_batches_batch_stream_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   foreign_create_region_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   foreign_create_region_null_values: `values` is not optional: nil does not compile
//   foreign_release_foreign_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   foreign_length_foreign_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   foreign_null_count_foreign_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   foreign_offset_foreign_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   foreign_num_children_foreign_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   foreign_format_foreign_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   borrow_shared_buffer_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   borrow_shared_bytes_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   borrow_shared_string_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   borrow_shared_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   borrow_shared_var_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   borrow_shared_foreign_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   borrow_unique_buffer_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   borrow_unique_bytes_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   borrow_unique_string_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   borrow_unique_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   borrow_unique_var_vector_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   borrow_unique_foreign_null: the receiver: a method is never called on nil (`x?.f()` skips the call)
//   handle_kind_of_region_null_handle: `handle` is not optional: nil does not compile
import XCTest
import WeaveHeap

final class MisuseMatrixTests: XCTestCase {
    /// Asserts that `call` throws `code` (and is of each of `family`) with a message, and
    /// that the counters move only by `counter` (+1).
    func expectRefusal(_ code: WeaveHeapError.Code, family: [WeaveHeapError.Code],
                       counter: WritableKeyPath<Stats, UInt64>?,
                       file: StaticString = #filePath, line: UInt = #line, _ call: () throws -> Void) throws {
        let before = try stats()
        var thrown: (any Error)?
        do { try call() } catch { thrown = error }
        let after = try stats()
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
    }

    /// region.destroy (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_region_destroy_region_reused() throws {
        let region = try Region()
        try region.close()
        let newer = try Region()
        let again = Region(adopting: region.handle)
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            try again.close()
        }
        withExtendedLifetime((region, newer, again)) {}
    }

    /// region.destroy (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_region_destroy_region_forged() throws {
        let region = try Region()
        let recv = Region(adopting: 0x1fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// region.destroy (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_region_destroy_region_wrong_kind_buffer() throws {
        let region = try Region()
        let other = try region.alloc(size: 16, align: 16)
        _ = try other.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let recv = Region(adopting: other.handle)
        let before: [[UInt8]] = [try other.view { Array($0) }]
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            try recv.close()
        }
        XCTAssertEqual([try other.view { Array($0) }], before, "the bytes of other")
        withExtendedLifetime((region, other, recv)) {}
    }

    /// region.destroy (double_release): a second wrapper of an already released handle is closed; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_region_destroy_region_double_release() throws {
        let region = try Region()
        try region.close()
        let again = Region(adopting: region.handle)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try again.close()
        }
        withExtendedLifetime((region, again)) {}
    }

    /// region.destroy (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_region_destroy_region_while_borrowed_shared() throws {
        let region = try Region()
        let viewed = try region.alloc(size: 16, align: 16)
        _ = try viewed.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let before: [[UInt8]] = [try viewed.view { Array($0) }]
        let held = try viewed.view()
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            try region.close()
        }
        try held.close()
        XCTAssertEqual([try viewed.view { Array($0) }], before, "the bytes of viewed")
        withExtendedLifetime((region, viewed, held)) {}
    }

    /// region.reset (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_region_reset_region_stale() throws {
        let region = try Region()
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try region.reset()
        }
        withExtendedLifetime((region)) {}
    }

    /// region.reset (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_region_reset_region_reused() throws {
        let region = try Region()
        try region.close()
        let newer = try Region()
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try region.reset()
        }
        withExtendedLifetime((region, newer)) {}
    }

    /// region.reset (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_region_reset_region_forged() throws {
        let region = try Region()
        let recv = Region(adopting: 0x1fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.reset()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// region.reset (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_region_reset_region_wrong_kind_buffer() throws {
        let region = try Region()
        let other = try region.alloc(size: 16, align: 16)
        _ = try other.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let recv = Region(adopting: other.handle)
        let before: [[UInt8]] = [try other.view { Array($0) }]
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.reset()
        }
        XCTAssertEqual([try other.view { Array($0) }], before, "the bytes of other")
        withExtendedLifetime((region, other, recv)) {}
    }

    /// region.reset (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_region_reset_region_while_borrowed_shared() throws {
        let region = try Region()
        let viewed = try region.alloc(size: 16, align: 16)
        _ = try viewed.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let before: [[UInt8]] = [try viewed.view { Array($0) }]
        let held = try viewed.view()
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            _ = try region.reset()
        }
        try held.close()
        XCTAssertEqual([try viewed.view { Array($0) }], before, "the bytes of viewed")
        withExtendedLifetime((region, viewed, held)) {}
    }

    /// region.stats (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_region_stats_region_stale() throws {
        let region = try Region()
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try region.stats()
        }
        withExtendedLifetime((region)) {}
    }

    /// region.stats (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_region_stats_region_reused() throws {
        let region = try Region()
        try region.close()
        let newer = try Region()
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try region.stats()
        }
        withExtendedLifetime((region, newer)) {}
    }

    /// region.stats (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_region_stats_region_forged() throws {
        let region = try Region()
        let recv = Region(adopting: 0x1fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.stats()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// region.stats (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_region_stats_region_wrong_kind_buffer() throws {
        let region = try Region()
        let other = try region.alloc(size: 16, align: 16)
        _ = try other.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let recv = Region(adopting: other.handle)
        let before: [[UInt8]] = [try other.view { Array($0) }]
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.stats()
        }
        XCTAssertEqual([try other.view { Array($0) }], before, "the bytes of other")
        withExtendedLifetime((region, other, recv)) {}
    }

    /// buffer.alloc (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_buffer_alloc_region_stale() throws {
        let region = try Region()
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try region.alloc(size: 16, align: 16)
        }
        withExtendedLifetime((region)) {}
    }

    /// buffer.alloc (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_buffer_alloc_region_reused() throws {
        let region = try Region()
        try region.close()
        let newer = try Region()
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try region.alloc(size: 16, align: 16)
        }
        withExtendedLifetime((region, newer)) {}
    }

    /// buffer.alloc (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_buffer_alloc_region_forged() throws {
        let region = try Region()
        let recv = Region(adopting: 0x1fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.alloc(size: 16, align: 16)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// buffer.alloc (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_buffer_alloc_region_wrong_kind_buffer() throws {
        let region = try Region()
        let other = try region.alloc(size: 16, align: 16)
        _ = try other.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let recv = Region(adopting: other.handle)
        let before: [[UInt8]] = [try other.view { Array($0) }]
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.alloc(size: 16, align: 16)
        }
        XCTAssertEqual([try other.view { Array($0) }], before, "the bytes of other")
        withExtendedLifetime((region, other, recv)) {}
    }

    /// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.invalidArgument, no counter moving.
    func test_buffer_alloc_region_absurd_value_size_1000000000001() throws {
        let region = try Region()
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try region.alloc(size: 281474976710657, align: 16)
        }
        withExtendedLifetime((region)) {}
    }

    /// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.invalidArgument, no counter moving.
    func test_buffer_alloc_region_absurd_value_size_ffffffffffffffff() throws {
        let region = try Region()
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try region.alloc(size: 18446744073709551615, align: 16)
        }
        withExtendedLifetime((region)) {}
    }

    /// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_buffer_alloc_region_absurd_value_size_100000010_limited() throws {
        let region = try Region(byteLimit: 1048576)
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try region.alloc(size: 4294967312, align: 16)
        }
        withExtendedLifetime((region)) {}
    }

    /// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_buffer_alloc_region_absurd_value_size_10000000000_limited() throws {
        let region = try Region(byteLimit: 1048576)
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try region.alloc(size: 1099511627776, align: 16)
        }
        withExtendedLifetime((region)) {}
    }

    /// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_buffer_alloc_region_absurd_value_size_1000000000000_limited() throws {
        let region = try Region(byteLimit: 1048576)
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try region.alloc(size: 281474976710656, align: 16)
        }
        withExtendedLifetime((region)) {}
    }

    /// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_buffer_alloc_region_absurd_value_size_10000000000() throws {
        let region = try Region()
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try region.alloc(size: 1099511627776, align: 16)
        }
        withExtendedLifetime((region)) {}
    }

    /// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_buffer_alloc_region_absurd_value_size_1000000000000() throws {
        let region = try Region()
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try region.alloc(size: 281474976710656, align: 16)
        }
        withExtendedLifetime((region)) {}
    }

    /// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.invalidArgument, no counter moving.
    func test_buffer_alloc_region_absurd_value_align_100001() throws {
        let region = try Region()
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try region.alloc(size: 16, align: 1048577)
        }
        withExtendedLifetime((region)) {}
    }

    /// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.invalidArgument, no counter moving.
    func test_buffer_alloc_region_absurd_value_align_ffffffffffffffff() throws {
        let region = try Region()
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try region.alloc(size: 16, align: 18446744073709551615)
        }
        withExtendedLifetime((region)) {}
    }

    /// buffer.alloc (bad_alignment): an integer that must be a power of two and is not; expects WeaveHeapError.invalidArgument, no counter moving.
    func test_buffer_alloc_region_bad_alignment_align_0() throws {
        let region = try Region()
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try region.alloc(size: 16, align: 0)
        }
        withExtendedLifetime((region)) {}
    }

    /// buffer.alloc (bad_alignment): an integer that must be a power of two and is not; expects WeaveHeapError.invalidArgument, no counter moving.
    func test_buffer_alloc_region_bad_alignment_align_3() throws {
        let region = try Region()
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try region.alloc(size: 16, align: 3)
        }
        withExtendedLifetime((region)) {}
    }

    /// buffer.alloc (bad_alignment): an integer that must be a power of two and is not; expects WeaveHeapError.invalidArgument, no counter moving.
    func test_buffer_alloc_region_bad_alignment_align_18() throws {
        let region = try Region()
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try region.alloc(size: 16, align: 24)
        }
        withExtendedLifetime((region)) {}
    }

    /// buffer.release (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_buffer_release_buffer_reused() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        try recv.close()
        let newer = try region.alloc(size: 16, align: 16)
        _ = try newer.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let again = Buffer(adopting: recv.handle)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            try again.close()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer, again)) {}
    }

    /// buffer.release (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_buffer_release_buffer_forged() throws {
        let region = try Region()
        let recv = Buffer(adopting: 0x2fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// buffer.release (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_buffer_release_buffer_wrong_kind_region() throws {
        let region = try Region()
        let recv = Buffer(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// buffer.release (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_buffer_release_buffer_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// buffer.release (double_release): a second wrapper of an already released handle is closed; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_buffer_release_buffer_double_release() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        try recv.close()
        let again = Buffer(adopting: recv.handle)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try again.close()
        }
        withExtendedLifetime((region, recv, again)) {}
    }

    /// buffer.release (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_buffer_release_buffer_while_borrowed_shared() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view()
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            try recv.close()
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// buffer.size (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_buffer_size_buffer_stale() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.size()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// buffer.size (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_buffer_size_buffer_reused() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        try recv.close()
        let newer = try region.alloc(size: 16, align: 16)
        _ = try newer.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.size()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// buffer.size (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_buffer_size_buffer_forged() throws {
        let region = try Region()
        let recv = Buffer(adopting: 0x2fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.size()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// buffer.size (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_buffer_size_buffer_wrong_kind_region() throws {
        let region = try Region()
        let recv = Buffer(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.size()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// buffer.size (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_buffer_size_buffer_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.size()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// buffer.write (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_buffer_write_buffer_stale() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.write(offset: 0, data: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// buffer.write (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_buffer_write_buffer_reused() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        try recv.close()
        let newer = try region.alloc(size: 16, align: 16)
        _ = try newer.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.write(offset: 0, data: [104, 101, 108, 108, 111] as [UInt8])
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// buffer.write (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_buffer_write_buffer_forged() throws {
        let region = try Region()
        let recv = Buffer(adopting: 0x2fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.write(offset: 0, data: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// buffer.write (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_buffer_write_buffer_wrong_kind_region() throws {
        let region = try Region()
        let recv = Buffer(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.write(offset: 0, data: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// buffer.write (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_buffer_write_buffer_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.write(offset: 0, data: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// buffer.write (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_buffer_write_buffer_while_borrowed_shared() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view()
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            _ = try recv.write(offset: 0, data: [104, 101, 108, 108, 111] as [UInt8])
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// buffer.write (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_buffer_write_buffer_absurd_value_offset_100000010() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.write(offset: 4294967312, data: [104, 101, 108, 108, 111] as [UInt8])
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// buffer.write (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_buffer_write_buffer_absurd_value_offset_10000000000() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.write(offset: 1099511627776, data: [104, 101, 108, 108, 111] as [UInt8])
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// buffer.write (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_buffer_write_buffer_absurd_value_offset_ffffffffffffffff() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.write(offset: 18446744073709551615, data: [104, 101, 108, 108, 111] as [UInt8])
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// buffer.read (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_buffer_read_buffer_stale() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        try recv.close()
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.read(offset: 0, dst: &dstOut)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// buffer.read (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_buffer_read_buffer_reused() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        try recv.close()
        let newer = try region.alloc(size: 16, align: 16)
        _ = try newer.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.read(offset: 0, dst: &dstOut)
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// buffer.read (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_buffer_read_buffer_forged() throws {
        let region = try Region()
        let recv = Buffer(adopting: 0x2fffffff00000001)
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.read(offset: 0, dst: &dstOut)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// buffer.read (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_buffer_read_buffer_wrong_kind_region() throws {
        let region = try Region()
        let recv = Buffer(adopting: region.handle)
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.read(offset: 0, dst: &dstOut)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// buffer.read (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_buffer_read_buffer_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        try region.close()
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.read(offset: 0, dst: &dstOut)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// buffer.read (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_buffer_read_buffer_while_borrowed_unique() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view(.unique)
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            _ = try recv.read(offset: 0, dst: &dstOut)
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// buffer.read (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_buffer_read_buffer_absurd_value_offset_100000010() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.read(offset: 4294967312, dst: &dstOut)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// buffer.read (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_buffer_read_buffer_absurd_value_offset_10000000000() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.read(offset: 1099511627776, dst: &dstOut)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// buffer.read (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_buffer_read_buffer_absurd_value_offset_ffffffffffffffff() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.read(offset: 18446744073709551615, dst: &dstOut)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// bytes.create (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_bytes_create_region_stale() throws {
        let region = try Region()
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region)) {}
    }

    /// bytes.create (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_bytes_create_region_reused() throws {
        let region = try Region()
        try region.close()
        let newer = try Region()
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, newer)) {}
    }

    /// bytes.create (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_bytes_create_region_forged() throws {
        let region = try Region()
        let recv = Region(adopting: 0x1fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// bytes.create (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_bytes_create_region_wrong_kind_buffer() throws {
        let region = try Region()
        let other = try region.alloc(size: 16, align: 16)
        _ = try other.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let recv = Region(adopting: other.handle)
        let before: [[UInt8]] = [try other.view { Array($0) }]
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        }
        XCTAssertEqual([try other.view { Array($0) }], before, "the bytes of other")
        withExtendedLifetime((region, other, recv)) {}
    }

    /// bytes.release (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_bytes_release_bytes_reused() throws {
        let region = try Region()
        let recv = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        let newer = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        let again = Bytes(adopting: recv.handle)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            try again.close()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer, again)) {}
    }

    /// bytes.release (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_bytes_release_bytes_forged() throws {
        let region = try Region()
        let recv = Bytes(adopting: 0x3fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// bytes.release (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_bytes_release_bytes_wrong_kind_region() throws {
        let region = try Region()
        let recv = Bytes(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// bytes.release (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_bytes_release_bytes_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// bytes.release (double_release): a second wrapper of an already released handle is closed; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_bytes_release_bytes_double_release() throws {
        let region = try Region()
        let recv = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        let again = Bytes(adopting: recv.handle)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try again.close()
        }
        withExtendedLifetime((region, recv, again)) {}
    }

    /// bytes.release (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_bytes_release_bytes_while_borrowed_shared() throws {
        let region = try Region()
        let recv = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view()
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            try recv.close()
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// bytes.length (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_bytes_length_bytes_stale() throws {
        let region = try Region()
        let recv = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// bytes.length (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_bytes_length_bytes_reused() throws {
        let region = try Region()
        let recv = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        let newer = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// bytes.length (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_bytes_length_bytes_forged() throws {
        let region = try Region()
        let recv = Bytes(adopting: 0x3fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// bytes.length (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_bytes_length_bytes_wrong_kind_region() throws {
        let region = try Region()
        let recv = Bytes(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// bytes.length (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_bytes_length_bytes_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// bytes.dup (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_bytes_dup_bytes_stale() throws {
        let region = try Region()
        let recv = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.dup()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// bytes.dup (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_bytes_dup_bytes_reused() throws {
        let region = try Region()
        let recv = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        let newer = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.dup()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// bytes.dup (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_bytes_dup_bytes_forged() throws {
        let region = try Region()
        let recv = Bytes(adopting: 0x3fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.dup()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// bytes.dup (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_bytes_dup_bytes_wrong_kind_region() throws {
        let region = try Region()
        let recv = Bytes(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.dup()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// bytes.dup (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_bytes_dup_bytes_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.dup()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// bytes.dup (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_bytes_dup_bytes_while_borrowed_unique() throws {
        let region = try Region()
        let recv = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view(.unique)
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            _ = try recv.dup()
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// string.create (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_string_create_region_stale() throws {
        let region = try Region()
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region)) {}
    }

    /// string.create (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_string_create_region_reused() throws {
        let region = try Region()
        try region.close()
        let newer = try Region()
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, newer)) {}
    }

    /// string.create (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_string_create_region_forged() throws {
        let region = try Region()
        let recv = Region(adopting: 0x1fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.string(text: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// string.create (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_string_create_region_wrong_kind_buffer() throws {
        let region = try Region()
        let other = try region.alloc(size: 16, align: 16)
        _ = try other.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let recv = Region(adopting: other.handle)
        let before: [[UInt8]] = [try other.view { Array($0) }]
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.string(text: [104, 101, 108, 108, 111] as [UInt8])
        }
        XCTAssertEqual([try other.view { Array($0) }], before, "the bytes of other")
        withExtendedLifetime((region, other, recv)) {}
    }

    /// string.create (invalid_utf8): text that is not UTF-8; expects WeaveHeapError.invalidUtf8, no counter moving.
    func test_string_create_region_invalid_utf8_text() throws {
        let region = try Region()
        try expectRefusal(.invalidUtf8, family: [.invalidUtf8], counter: nil) {
            _ = try region.string(text: [195, 40, 255] as [UInt8])
        }
        withExtendedLifetime((region)) {}
    }

    /// string.release (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_string_release_string_reused() throws {
        let region = try Region()
        let recv = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        let newer = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        let again = WeaveHeapString(adopting: recv.handle)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            try again.close()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer, again)) {}
    }

    /// string.release (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_string_release_string_forged() throws {
        let region = try Region()
        let recv = WeaveHeapString(adopting: 0x4fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// string.release (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_string_release_string_wrong_kind_region() throws {
        let region = try Region()
        let recv = WeaveHeapString(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// string.release (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_string_release_string_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// string.release (double_release): a second wrapper of an already released handle is closed; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_string_release_string_double_release() throws {
        let region = try Region()
        let recv = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        let again = WeaveHeapString(adopting: recv.handle)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try again.close()
        }
        withExtendedLifetime((region, recv, again)) {}
    }

    /// string.release (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_string_release_string_while_borrowed_shared() throws {
        let region = try Region()
        let recv = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view()
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            try recv.close()
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// string.length (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_string_length_string_stale() throws {
        let region = try Region()
        let recv = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// string.length (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_string_length_string_reused() throws {
        let region = try Region()
        let recv = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        let newer = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// string.length (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_string_length_string_forged() throws {
        let region = try Region()
        let recv = WeaveHeapString(adopting: 0x4fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// string.length (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_string_length_string_wrong_kind_region() throws {
        let region = try Region()
        let recv = WeaveHeapString(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// string.length (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_string_length_string_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// string.dup (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_string_dup_string_stale() throws {
        let region = try Region()
        let recv = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.dup()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// string.dup (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_string_dup_string_reused() throws {
        let region = try Region()
        let recv = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        let newer = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.dup()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// string.dup (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_string_dup_string_forged() throws {
        let region = try Region()
        let recv = WeaveHeapString(adopting: 0x4fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.dup()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// string.dup (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_string_dup_string_wrong_kind_region() throws {
        let region = try Region()
        let recv = WeaveHeapString(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.dup()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// string.dup (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_string_dup_string_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.dup()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// string.dup (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_string_dup_string_while_borrowed_unique() throws {
        let region = try Region()
        let recv = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view(.unique)
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            _ = try recv.dup()
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// vector.create (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_create_region_stale() throws {
        let region = try Region()
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try region.vector(type: .int8, capacity: 16, nullable: false)
        }
        withExtendedLifetime((region)) {}
    }

    /// vector.create (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_vector_create_region_reused() throws {
        let region = try Region()
        try region.close()
        let newer = try Region()
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try region.vector(type: .int8, capacity: 16, nullable: false)
        }
        withExtendedLifetime((region, newer)) {}
    }

    /// vector.create (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_vector_create_region_forged() throws {
        let region = try Region()
        let recv = Region(adopting: 0x1fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.vector(type: .int8, capacity: 16, nullable: false)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.create (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_vector_create_region_wrong_kind_buffer() throws {
        let region = try Region()
        let other = try region.alloc(size: 16, align: 16)
        _ = try other.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let recv = Region(adopting: other.handle)
        let before: [[UInt8]] = [try other.view { Array($0) }]
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.vector(type: .int8, capacity: 16, nullable: false)
        }
        XCTAssertEqual([try other.view { Array($0) }], before, "the bytes of other")
        withExtendedLifetime((region, other, recv)) {}
    }

    /// vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.invalidArgument, no counter moving.
    func test_vector_create_region_absurd_value_capacity_1000000000001() throws {
        let region = try Region()
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try region.vector(type: .int8, capacity: 281474976710657, nullable: false)
        }
        withExtendedLifetime((region)) {}
    }

    /// vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.invalidArgument, no counter moving.
    func test_vector_create_region_absurd_value_capacity_ffffffffffffffff() throws {
        let region = try Region()
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try region.vector(type: .int8, capacity: 18446744073709551615, nullable: false)
        }
        withExtendedLifetime((region)) {}
    }

    /// vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_vector_create_region_absurd_value_capacity_100000010_limited() throws {
        let region = try Region(byteLimit: 1048576)
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try region.vector(type: .int8, capacity: 4294967312, nullable: false)
        }
        withExtendedLifetime((region)) {}
    }

    /// vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_vector_create_region_absurd_value_capacity_10000000000_limited() throws {
        let region = try Region(byteLimit: 1048576)
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try region.vector(type: .int8, capacity: 1099511627776, nullable: false)
        }
        withExtendedLifetime((region)) {}
    }

    /// vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_vector_create_region_absurd_value_capacity_1000000000000_limited() throws {
        let region = try Region(byteLimit: 1048576)
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try region.vector(type: .int8, capacity: 281474976710656, nullable: false)
        }
        withExtendedLifetime((region)) {}
    }

    /// vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_vector_create_region_absurd_value_capacity_10000000000() throws {
        let region = try Region()
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try region.vector(type: .int8, capacity: 1099511627776, nullable: false)
        }
        withExtendedLifetime((region)) {}
    }

    /// vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_vector_create_region_absurd_value_capacity_1000000000000() throws {
        let region = try Region()
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try region.vector(type: .int8, capacity: 281474976710656, nullable: false)
        }
        withExtendedLifetime((region)) {}
    }

    /// vector.release (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_vector_release_vector_reused() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        let newer = try region.vector(type: .int8, capacity: 16, nullable: false)
        let again = Vector(adopting: recv.handle)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            try again.close()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer, again)) {}
    }

    /// vector.release (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_vector_release_vector_forged() throws {
        let region = try Region()
        let recv = Vector(adopting: 0x7fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.release (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_vector_release_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = Vector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.release (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_release_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.release (double_release): a second wrapper of an already released handle is closed; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_release_vector_double_release() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        let again = Vector(adopting: recv.handle)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try again.close()
        }
        withExtendedLifetime((region, recv, again)) {}
    }

    /// vector.release (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_vector_release_vector_while_borrowed_shared() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view()
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            try recv.close()
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// vector.length (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_length_vector_stale() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.length (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_vector_length_vector_reused() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        let newer = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// vector.length (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_vector_length_vector_forged() throws {
        let region = try Region()
        let recv = Vector(adopting: 0x7fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.length (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_vector_length_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = Vector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.length (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_length_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.capacity (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_capacity_vector_stale() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.capacity()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.capacity (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_vector_capacity_vector_reused() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        let newer = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.capacity()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// vector.capacity (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_vector_capacity_vector_forged() throws {
        let region = try Region()
        let recv = Vector(adopting: 0x7fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.capacity()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.capacity (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_vector_capacity_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = Vector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.capacity()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.capacity (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_capacity_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.capacity()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.resize (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_resize_vector_stale() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.resize(capacity: 16)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.resize (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_vector_resize_vector_reused() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        let newer = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.resize(capacity: 16)
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// vector.resize (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_vector_resize_vector_forged() throws {
        let region = try Region()
        let recv = Vector(adopting: 0x7fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.resize(capacity: 16)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.resize (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_vector_resize_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = Vector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.resize(capacity: 16)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.resize (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_resize_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.resize(capacity: 16)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.resize (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_vector_resize_vector_while_borrowed_shared() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view()
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            _ = try recv.resize(capacity: 16)
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.invalidArgument, no counter moving.
    func test_vector_resize_vector_absurd_value_capacity_1000000000001() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try recv.resize(capacity: 281474976710657)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.invalidArgument, no counter moving.
    func test_vector_resize_vector_absurd_value_capacity_ffffffffffffffff() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try recv.resize(capacity: 18446744073709551615)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_vector_resize_vector_absurd_value_capacity_100000010_limited() throws {
        let region = try Region(byteLimit: 1048576)
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try recv.resize(capacity: 4294967312)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_vector_resize_vector_absurd_value_capacity_10000000000_limited() throws {
        let region = try Region(byteLimit: 1048576)
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try recv.resize(capacity: 1099511627776)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_vector_resize_vector_absurd_value_capacity_1000000000000_limited() throws {
        let region = try Region(byteLimit: 1048576)
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try recv.resize(capacity: 281474976710656)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_vector_resize_vector_absurd_value_capacity_10000000000() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try recv.resize(capacity: 1099511627776)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_vector_resize_vector_absurd_value_capacity_1000000000000() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try recv.resize(capacity: 281474976710656)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.element_type (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_element_type_vector_stale() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.elementType()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.element_type (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_vector_element_type_vector_reused() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        let newer = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.elementType()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// vector.element_type (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_vector_element_type_vector_forged() throws {
        let region = try Region()
        let recv = Vector(adopting: 0x7fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.elementType()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.element_type (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_vector_element_type_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = Vector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.elementType()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.element_type (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_element_type_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.elementType()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.null_count (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_null_count_vector_stale() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.nullCount()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.null_count (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_vector_null_count_vector_reused() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        let newer = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.nullCount()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// vector.null_count (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_vector_null_count_vector_forged() throws {
        let region = try Region()
        let recv = Vector(adopting: 0x7fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.nullCount()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.null_count (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_vector_null_count_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = Vector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.nullCount()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.null_count (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_null_count_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.nullCount()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.append (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_append_vector_stale() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.append(value: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.append (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_vector_append_vector_reused() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        let newer = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.append(value: 0)
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// vector.append (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_vector_append_vector_forged() throws {
        let region = try Region()
        let recv = Vector(adopting: 0x7fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.append(value: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.append (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_vector_append_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = Vector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.append(value: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.append (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_append_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.append(value: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.append (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_vector_append_vector_while_borrowed_shared() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view()
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            _ = try recv.append(value: 0)
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// vector.extend (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_extend_vector_stale() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.extend(data: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.extend (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_vector_extend_vector_reused() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        let newer = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.extend(data: [104, 101, 108, 108, 111] as [UInt8])
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// vector.extend (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_vector_extend_vector_forged() throws {
        let region = try Region()
        let recv = Vector(adopting: 0x7fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.extend(data: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.extend (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_vector_extend_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = Vector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.extend(data: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.extend (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_extend_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.extend(data: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.extend (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_vector_extend_vector_while_borrowed_shared() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view()
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            _ = try recv.extend(data: [104, 101, 108, 108, 111] as [UInt8])
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// vector.append_null (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_append_null_vector_stale() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.appendNull()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.append_null (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_vector_append_null_vector_reused() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        let newer = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.appendNull()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// vector.append_null (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_vector_append_null_vector_forged() throws {
        let region = try Region()
        let recv = Vector(adopting: 0x7fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.appendNull()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.append_null (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_vector_append_null_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = Vector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.appendNull()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.append_null (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_append_null_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.appendNull()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.append_null (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_vector_append_null_vector_while_borrowed_shared() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view()
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            _ = try recv.appendNull()
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// vector.set (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_set_vector_stale() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.set(index: 0, value: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.set (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_vector_set_vector_reused() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        let newer = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.set(index: 0, value: 0)
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// vector.set (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_vector_set_vector_forged() throws {
        let region = try Region()
        let recv = Vector(adopting: 0x7fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.set(index: 0, value: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.set (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_vector_set_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = Vector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.set(index: 0, value: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.set (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_set_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.set(index: 0, value: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.set (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_vector_set_vector_while_borrowed_shared() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view()
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            _ = try recv.set(index: 0, value: 0)
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// vector.set (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_vector_set_vector_absurd_value_index_100000010() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.set(index: 4294967312, value: 0)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.set (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_vector_set_vector_absurd_value_index_10000000000() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.set(index: 1099511627776, value: 0)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.set (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_vector_set_vector_absurd_value_index_ffffffffffffffff() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.set(index: 18446744073709551615, value: 0)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.get (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_get_vector_stale() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.get(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.get (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_vector_get_vector_reused() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        let newer = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.get(index: 0)
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// vector.get (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_vector_get_vector_forged() throws {
        let region = try Region()
        let recv = Vector(adopting: 0x7fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.get(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.get (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_vector_get_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = Vector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.get(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.get (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_get_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.get(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.get (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_vector_get_vector_while_borrowed_unique() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view(.unique)
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            _ = try recv.get(index: 0)
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// vector.get (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_vector_get_vector_absurd_value_index_100000010() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.get(index: 4294967312)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.get (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_vector_get_vector_absurd_value_index_10000000000() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.get(index: 1099511627776)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.get (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_vector_get_vector_absurd_value_index_ffffffffffffffff() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.get(index: 18446744073709551615)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.append_f64 (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_append_f64_vector_stale() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.appendF64(value: 1.5)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.append_f64 (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_vector_append_f64_vector_reused() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        let newer = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.appendF64(value: 1.5)
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// vector.append_f64 (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_vector_append_f64_vector_forged() throws {
        let region = try Region()
        let recv = Vector(adopting: 0x7fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.appendF64(value: 1.5)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.append_f64 (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_vector_append_f64_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = Vector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.appendF64(value: 1.5)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.append_f64 (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_append_f64_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.appendF64(value: 1.5)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.append_f64 (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_vector_append_f64_vector_while_borrowed_shared() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view()
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            _ = try recv.appendF64(value: 1.5)
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// vector.set_f64 (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_set_f64_vector_stale() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.setF64(index: 0, value: 1.5)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.set_f64 (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_vector_set_f64_vector_reused() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        let newer = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.setF64(index: 0, value: 1.5)
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// vector.set_f64 (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_vector_set_f64_vector_forged() throws {
        let region = try Region()
        let recv = Vector(adopting: 0x7fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.setF64(index: 0, value: 1.5)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.set_f64 (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_vector_set_f64_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = Vector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.setF64(index: 0, value: 1.5)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.set_f64 (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_set_f64_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.setF64(index: 0, value: 1.5)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.set_f64 (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_vector_set_f64_vector_while_borrowed_shared() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view()
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            _ = try recv.setF64(index: 0, value: 1.5)
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// vector.set_f64 (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_vector_set_f64_vector_absurd_value_index_100000010() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.setF64(index: 4294967312, value: 1.5)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.set_f64 (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_vector_set_f64_vector_absurd_value_index_10000000000() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.setF64(index: 1099511627776, value: 1.5)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.set_f64 (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_vector_set_f64_vector_absurd_value_index_ffffffffffffffff() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.setF64(index: 18446744073709551615, value: 1.5)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.get_f64 (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_get_f64_vector_stale() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.getF64(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.get_f64 (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_vector_get_f64_vector_reused() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        let newer = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.getF64(index: 0)
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// vector.get_f64 (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_vector_get_f64_vector_forged() throws {
        let region = try Region()
        let recv = Vector(adopting: 0x7fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.getF64(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.get_f64 (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_vector_get_f64_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = Vector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.getF64(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.get_f64 (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_get_f64_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.getF64(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.get_f64 (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_vector_get_f64_vector_while_borrowed_unique() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view(.unique)
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            _ = try recv.getF64(index: 0)
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// vector.get_f64 (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_vector_get_f64_vector_absurd_value_index_100000010() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.getF64(index: 4294967312)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.get_f64 (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_vector_get_f64_vector_absurd_value_index_10000000000() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.getF64(index: 1099511627776)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.get_f64 (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_vector_get_f64_vector_absurd_value_index_ffffffffffffffff() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.getF64(index: 18446744073709551615)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.is_valid (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_is_valid_vector_stale() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.isValid(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.is_valid (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_vector_is_valid_vector_reused() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        let newer = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.isValid(index: 0)
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// vector.is_valid (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_vector_is_valid_vector_forged() throws {
        let region = try Region()
        let recv = Vector(adopting: 0x7fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.isValid(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.is_valid (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_vector_is_valid_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = Vector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.isValid(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.is_valid (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_is_valid_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.isValid(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_vector_is_valid_vector_absurd_value_index_100000010() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.isValid(index: 4294967312)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_vector_is_valid_vector_absurd_value_index_10000000000() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.isValid(index: 1099511627776)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_vector_is_valid_vector_absurd_value_index_ffffffffffffffff() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.isValid(index: 18446744073709551615)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.read (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_read_vector_stale() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.read(offset: 0, dst: &dstOut)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.read (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_vector_read_vector_reused() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        let newer = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.read(offset: 0, dst: &dstOut)
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// vector.read (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_vector_read_vector_forged() throws {
        let region = try Region()
        let recv = Vector(adopting: 0x7fffffff00000001)
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.read(offset: 0, dst: &dstOut)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.read (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_vector_read_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = Vector(adopting: region.handle)
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.read(offset: 0, dst: &dstOut)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.read (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_vector_read_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try region.close()
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.read(offset: 0, dst: &dstOut)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.read (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_vector_read_vector_while_borrowed_unique() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view(.unique)
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            _ = try recv.read(offset: 0, dst: &dstOut)
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// vector.read (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_vector_read_vector_absurd_value_offset_100000010() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.read(offset: 4294967312, dst: &dstOut)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.read (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_vector_read_vector_absurd_value_offset_10000000000() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.read(offset: 1099511627776, dst: &dstOut)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// vector.read (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_vector_read_vector_absurd_value_offset_ffffffffffffffff() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.read(offset: 18446744073709551615, dst: &dstOut)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.create (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_create_region_stale() throws {
        let region = try Region()
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        }
        withExtendedLifetime((region)) {}
    }

    /// var_vector.create (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_var_vector_create_region_reused() throws {
        let region = try Region()
        try region.close()
        let newer = try Region()
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        }
        withExtendedLifetime((region, newer)) {}
    }

    /// var_vector.create (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_var_vector_create_region_forged() throws {
        let region = try Region()
        let recv = Region(adopting: 0x1fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.create (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_var_vector_create_region_wrong_kind_buffer() throws {
        let region = try Region()
        let other = try region.alloc(size: 16, align: 16)
        _ = try other.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let recv = Region(adopting: other.handle)
        let before: [[UInt8]] = [try other.view { Array($0) }]
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        }
        XCTAssertEqual([try other.view { Array($0) }], before, "the bytes of other")
        withExtendedLifetime((region, other, recv)) {}
    }

    /// var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.invalidArgument, no counter moving.
    func test_var_vector_create_region_absurd_value_capacity_1000000000001() throws {
        let region = try Region()
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try region.varVector(capacity: 281474976710657, dataCapacity: 16, nullable: false, binary: false)
        }
        withExtendedLifetime((region)) {}
    }

    /// var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.invalidArgument, no counter moving.
    func test_var_vector_create_region_absurd_value_capacity_ffffffffffffffff() throws {
        let region = try Region()
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try region.varVector(capacity: 18446744073709551615, dataCapacity: 16, nullable: false, binary: false)
        }
        withExtendedLifetime((region)) {}
    }

    /// var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_var_vector_create_region_absurd_value_capacity_100000010_limited() throws {
        let region = try Region(byteLimit: 1048576)
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try region.varVector(capacity: 4294967312, dataCapacity: 16, nullable: false, binary: false)
        }
        withExtendedLifetime((region)) {}
    }

    /// var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_var_vector_create_region_absurd_value_capacity_10000000000_limited() throws {
        let region = try Region(byteLimit: 1048576)
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try region.varVector(capacity: 1099511627776, dataCapacity: 16, nullable: false, binary: false)
        }
        withExtendedLifetime((region)) {}
    }

    /// var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_var_vector_create_region_absurd_value_capacity_1000000000000_limited() throws {
        let region = try Region(byteLimit: 1048576)
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try region.varVector(capacity: 281474976710656, dataCapacity: 16, nullable: false, binary: false)
        }
        withExtendedLifetime((region)) {}
    }

    /// var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_var_vector_create_region_absurd_value_capacity_10000000000() throws {
        let region = try Region()
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try region.varVector(capacity: 1099511627776, dataCapacity: 16, nullable: false, binary: false)
        }
        withExtendedLifetime((region)) {}
    }

    /// var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_var_vector_create_region_absurd_value_capacity_1000000000000() throws {
        let region = try Region()
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try region.varVector(capacity: 281474976710656, dataCapacity: 16, nullable: false, binary: false)
        }
        withExtendedLifetime((region)) {}
    }

    /// var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.invalidArgument, no counter moving.
    func test_var_vector_create_region_absurd_value_data_capacity_80000000() throws {
        let region = try Region()
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try region.varVector(capacity: 16, dataCapacity: 2147483648, nullable: false, binary: false)
        }
        withExtendedLifetime((region)) {}
    }

    /// var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.invalidArgument, no counter moving.
    func test_var_vector_create_region_absurd_value_data_capacity_ffffffffffffffff() throws {
        let region = try Region()
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try region.varVector(capacity: 16, dataCapacity: 18446744073709551615, nullable: false, binary: false)
        }
        withExtendedLifetime((region)) {}
    }

    /// var_vector.release (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_var_vector_release_var_vector_reused() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        let newer = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let again = VarVector(adopting: recv.handle)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            try again.close()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer, again)) {}
    }

    /// var_vector.release (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_var_vector_release_var_vector_forged() throws {
        let region = try Region()
        let recv = VarVector(adopting: 0xafffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.release (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_var_vector_release_var_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = VarVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.release (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_release_var_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.release (double_release): a second wrapper of an already released handle is closed; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_release_var_vector_double_release() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        let again = VarVector(adopting: recv.handle)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try again.close()
        }
        withExtendedLifetime((region, recv, again)) {}
    }

    /// var_vector.release (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_var_vector_release_var_vector_while_borrowed_shared() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view()
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            try recv.close()
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// var_vector.length (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_length_var_vector_stale() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.length (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_var_vector_length_var_vector_reused() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        let newer = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// var_vector.length (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_var_vector_length_var_vector_forged() throws {
        let region = try Region()
        let recv = VarVector(adopting: 0xafffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.length (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_var_vector_length_var_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = VarVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.length (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_length_var_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.capacity (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_capacity_var_vector_stale() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.capacity()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.capacity (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_var_vector_capacity_var_vector_reused() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        let newer = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.capacity()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// var_vector.capacity (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_var_vector_capacity_var_vector_forged() throws {
        let region = try Region()
        let recv = VarVector(adopting: 0xafffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.capacity()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.capacity (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_var_vector_capacity_var_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = VarVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.capacity()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.capacity (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_capacity_var_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.capacity()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.data_length (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_data_length_var_vector_stale() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.dataLength()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.data_length (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_var_vector_data_length_var_vector_reused() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        let newer = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.dataLength()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// var_vector.data_length (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_var_vector_data_length_var_vector_forged() throws {
        let region = try Region()
        let recv = VarVector(adopting: 0xafffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.dataLength()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.data_length (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_var_vector_data_length_var_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = VarVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.dataLength()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.data_length (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_data_length_var_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.dataLength()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.data_capacity (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_data_capacity_var_vector_stale() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.dataCapacity()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.data_capacity (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_var_vector_data_capacity_var_vector_reused() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        let newer = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.dataCapacity()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// var_vector.data_capacity (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_var_vector_data_capacity_var_vector_forged() throws {
        let region = try Region()
        let recv = VarVector(adopting: 0xafffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.dataCapacity()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.data_capacity (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_var_vector_data_capacity_var_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = VarVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.dataCapacity()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.data_capacity (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_data_capacity_var_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.dataCapacity()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.resize (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_resize_var_vector_stale() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.resize(capacity: 16, dataCapacity: 16)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.resize (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_var_vector_resize_var_vector_reused() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        let newer = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.resize(capacity: 16, dataCapacity: 16)
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// var_vector.resize (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_var_vector_resize_var_vector_forged() throws {
        let region = try Region()
        let recv = VarVector(adopting: 0xafffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.resize(capacity: 16, dataCapacity: 16)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.resize (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_var_vector_resize_var_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = VarVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.resize(capacity: 16, dataCapacity: 16)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.resize (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_resize_var_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.resize(capacity: 16, dataCapacity: 16)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.resize (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_var_vector_resize_var_vector_while_borrowed_shared() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view()
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            _ = try recv.resize(capacity: 16, dataCapacity: 16)
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.invalidArgument, no counter moving.
    func test_var_vector_resize_var_vector_absurd_value_capacity_1000000000001() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try recv.resize(capacity: 281474976710657, dataCapacity: 16)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.invalidArgument, no counter moving.
    func test_var_vector_resize_var_vector_absurd_value_capacity_ffffffffffffffff() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try recv.resize(capacity: 18446744073709551615, dataCapacity: 16)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_var_vector_resize_var_vector_absurd_value_capacity_100000010_limited() throws {
        let region = try Region(byteLimit: 1048576)
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try recv.resize(capacity: 4294967312, dataCapacity: 16)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_var_vector_resize_var_vector_absurd_value_capacity_10000000000_limited() throws {
        let region = try Region(byteLimit: 1048576)
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try recv.resize(capacity: 1099511627776, dataCapacity: 16)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_var_vector_resize_var_vector_absurd_value_capacity_1000000000000_limited() throws {
        let region = try Region(byteLimit: 1048576)
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try recv.resize(capacity: 281474976710656, dataCapacity: 16)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_var_vector_resize_var_vector_absurd_value_capacity_10000000000() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try recv.resize(capacity: 1099511627776, dataCapacity: 16)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_var_vector_resize_var_vector_absurd_value_capacity_1000000000000() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try recv.resize(capacity: 281474976710656, dataCapacity: 16)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.invalidArgument, no counter moving.
    func test_var_vector_resize_var_vector_absurd_value_data_capacity_80000000() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try recv.resize(capacity: 16, dataCapacity: 2147483648)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.invalidArgument, no counter moving.
    func test_var_vector_resize_var_vector_absurd_value_data_capacity_ffffffffffffffff() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try recv.resize(capacity: 16, dataCapacity: 18446744073709551615)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.null_count (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_null_count_var_vector_stale() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.nullCount()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.null_count (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_var_vector_null_count_var_vector_reused() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        let newer = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.nullCount()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// var_vector.null_count (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_var_vector_null_count_var_vector_forged() throws {
        let region = try Region()
        let recv = VarVector(adopting: 0xafffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.nullCount()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.null_count (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_var_vector_null_count_var_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = VarVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.nullCount()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.null_count (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_null_count_var_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.nullCount()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.is_utf8 (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_is_utf8_var_vector_stale() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.isUtf8()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.is_utf8 (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_var_vector_is_utf8_var_vector_reused() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        let newer = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.isUtf8()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// var_vector.is_utf8 (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_var_vector_is_utf8_var_vector_forged() throws {
        let region = try Region()
        let recv = VarVector(adopting: 0xafffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.isUtf8()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.is_utf8 (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_var_vector_is_utf8_var_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = VarVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.isUtf8()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.is_utf8 (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_is_utf8_var_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.isUtf8()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.append (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_append_var_vector_stale() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.append(value: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.append (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_var_vector_append_var_vector_reused() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        let newer = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.append(value: [104, 101, 108, 108, 111] as [UInt8])
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// var_vector.append (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_var_vector_append_var_vector_forged() throws {
        let region = try Region()
        let recv = VarVector(adopting: 0xafffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.append(value: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.append (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_var_vector_append_var_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = VarVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.append(value: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.append (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_append_var_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.append(value: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.append (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_var_vector_append_var_vector_while_borrowed_shared() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view()
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            _ = try recv.append(value: [104, 101, 108, 108, 111] as [UInt8])
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// var_vector.append (invalid_utf8): text that is not UTF-8; expects WeaveHeapError.invalidUtf8, no counter moving.
    func test_var_vector_append_var_vector_invalid_utf8_value() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.invalidUtf8, family: [.invalidUtf8], counter: nil) {
            _ = try recv.append(value: [195, 40, 255] as [UInt8])
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.append_null (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_append_null_var_vector_stale() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.appendNull()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.append_null (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_var_vector_append_null_var_vector_reused() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        let newer = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.appendNull()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// var_vector.append_null (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_var_vector_append_null_var_vector_forged() throws {
        let region = try Region()
        let recv = VarVector(adopting: 0xafffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.appendNull()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.append_null (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_var_vector_append_null_var_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = VarVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.appendNull()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.append_null (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_append_null_var_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.appendNull()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.append_null (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_var_vector_append_null_var_vector_while_borrowed_shared() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view()
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            _ = try recv.appendNull()
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// var_vector.get (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_get_var_vector_stale() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.get(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.get (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_var_vector_get_var_vector_reused() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        let newer = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.get(index: 0)
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// var_vector.get (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_var_vector_get_var_vector_forged() throws {
        let region = try Region()
        let recv = VarVector(adopting: 0xafffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.get(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.get (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_var_vector_get_var_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = VarVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.get(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.get (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_get_var_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.get(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.get (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_var_vector_get_var_vector_while_borrowed_unique() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view(.unique)
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            _ = try recv.get(index: 0)
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// var_vector.get (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_var_vector_get_var_vector_absurd_value_index_100000010() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.get(index: 4294967312)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.get (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_var_vector_get_var_vector_absurd_value_index_10000000000() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.get(index: 1099511627776)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.get (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_var_vector_get_var_vector_absurd_value_index_ffffffffffffffff() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.get(index: 18446744073709551615)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.value_offset (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_value_offset_var_vector_stale() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.valueOffset(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.value_offset (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_var_vector_value_offset_var_vector_reused() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        let newer = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.valueOffset(index: 0)
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// var_vector.value_offset (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_var_vector_value_offset_var_vector_forged() throws {
        let region = try Region()
        let recv = VarVector(adopting: 0xafffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.valueOffset(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.value_offset (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_var_vector_value_offset_var_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = VarVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.valueOffset(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.value_offset (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_value_offset_var_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.valueOffset(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.value_offset (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_var_vector_value_offset_var_vector_absurd_value_index_100000010() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.valueOffset(index: 4294967312)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.value_offset (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_var_vector_value_offset_var_vector_absurd_value_index_10000000000() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.valueOffset(index: 1099511627776)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.value_offset (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_var_vector_value_offset_var_vector_absurd_value_index_ffffffffffffffff() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.valueOffset(index: 18446744073709551615)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.value_length (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_value_length_var_vector_stale() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.valueLength(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.value_length (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_var_vector_value_length_var_vector_reused() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        let newer = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.valueLength(index: 0)
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// var_vector.value_length (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_var_vector_value_length_var_vector_forged() throws {
        let region = try Region()
        let recv = VarVector(adopting: 0xafffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.valueLength(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.value_length (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_var_vector_value_length_var_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = VarVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.valueLength(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.value_length (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_value_length_var_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.valueLength(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.value_length (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_var_vector_value_length_var_vector_absurd_value_index_100000010() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.valueLength(index: 4294967312)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.value_length (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_var_vector_value_length_var_vector_absurd_value_index_10000000000() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.valueLength(index: 1099511627776)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.value_length (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_var_vector_value_length_var_vector_absurd_value_index_ffffffffffffffff() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.valueLength(index: 18446744073709551615)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.is_valid (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_is_valid_var_vector_stale() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.isValid(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.is_valid (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_var_vector_is_valid_var_vector_reused() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        let newer = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.isValid(index: 0)
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// var_vector.is_valid (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_var_vector_is_valid_var_vector_forged() throws {
        let region = try Region()
        let recv = VarVector(adopting: 0xafffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.isValid(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.is_valid (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_var_vector_is_valid_var_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = VarVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.isValid(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.is_valid (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_is_valid_var_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.isValid(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_var_vector_is_valid_var_vector_absurd_value_index_100000010() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.isValid(index: 4294967312)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_var_vector_is_valid_var_vector_absurd_value_index_10000000000() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.isValid(index: 1099511627776)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_var_vector_is_valid_var_vector_absurd_value_index_ffffffffffffffff() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.isValid(index: 18446744073709551615)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.read (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_read_var_vector_stale() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.read(offset: 0, dst: &dstOut)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.read (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_var_vector_read_var_vector_reused() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        let newer = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.read(offset: 0, dst: &dstOut)
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// var_vector.read (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_var_vector_read_var_vector_forged() throws {
        let region = try Region()
        let recv = VarVector(adopting: 0xafffffff00000001)
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.read(offset: 0, dst: &dstOut)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.read (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_var_vector_read_var_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = VarVector(adopting: region.handle)
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.read(offset: 0, dst: &dstOut)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.read (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_var_vector_read_var_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try region.close()
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.read(offset: 0, dst: &dstOut)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.read (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_var_vector_read_var_vector_while_borrowed_unique() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view(.unique)
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            _ = try recv.read(offset: 0, dst: &dstOut)
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// var_vector.read (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_var_vector_read_var_vector_absurd_value_offset_100000010() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.read(offset: 4294967312, dst: &dstOut)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.read (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_var_vector_read_var_vector_absurd_value_offset_10000000000() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.read(offset: 1099511627776, dst: &dstOut)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// var_vector.read (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_var_vector_read_var_vector_absurd_value_offset_ffffffffffffffff() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        var dstOut = [UInt8](repeating: 0, count: 4)
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.read(offset: 18446744073709551615, dst: &dstOut)
        }
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.create (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_batch_create_region_stale() throws {
        let region = try Region()
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try region.batch(maxColumns: 16)
        }
        withExtendedLifetime((region)) {}
    }

    /// batch.create (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_batch_create_region_reused() throws {
        let region = try Region()
        try region.close()
        let newer = try Region()
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try region.batch(maxColumns: 16)
        }
        withExtendedLifetime((region, newer)) {}
    }

    /// batch.create (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_batch_create_region_forged() throws {
        let region = try Region()
        let recv = Region(adopting: 0x1fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.batch(maxColumns: 16)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.create (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_batch_create_region_wrong_kind_buffer() throws {
        let region = try Region()
        let other = try region.alloc(size: 16, align: 16)
        _ = try other.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let recv = Region(adopting: other.handle)
        let before: [[UInt8]] = [try other.view { Array($0) }]
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.batch(maxColumns: 16)
        }
        XCTAssertEqual([try other.view { Array($0) }], before, "the bytes of other")
        withExtendedLifetime((region, other, recv)) {}
    }

    /// batch.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.invalidArgument, no counter moving.
    func test_batch_create_region_absurd_value_max_columns_1001() throws {
        let region = try Region()
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try region.batch(maxColumns: 4097)
        }
        withExtendedLifetime((region)) {}
    }

    /// batch.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.invalidArgument, no counter moving.
    func test_batch_create_region_absurd_value_max_columns_ffffffff() throws {
        let region = try Region()
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try region.batch(maxColumns: 4294967295)
        }
        withExtendedLifetime((region)) {}
    }

    /// batch.release (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_batch_release_batch_reused() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        try recv.close()
        let newer = try region.batch(maxColumns: 16)
        let again = Batch(adopting: recv.handle)
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            try again.close()
        }
        withExtendedLifetime((region, recv, newer, again)) {}
    }

    /// batch.release (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_batch_release_batch_forged() throws {
        let region = try Region()
        let recv = Batch(adopting: 0x8fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.release (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_batch_release_batch_wrong_kind_region() throws {
        let region = try Region()
        let recv = Batch(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.release (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_batch_release_batch_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.release (double_release): a second wrapper of an already released handle is closed; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_batch_release_batch_double_release() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        try recv.close()
        let again = Batch(adopting: recv.handle)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try again.close()
        }
        withExtendedLifetime((region, recv, again)) {}
    }

    /// batch.add_column (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_batch_add_column_batch_stale() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        let arg_column = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        let before: [[UInt8]] = [try arg_column.view { Array($0) }]
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.addColumn(name: [104, 101, 108, 108, 111] as [UInt8], column: arg_column)
        }
        XCTAssertEqual([try arg_column.view { Array($0) }], before, "the bytes of arg_column")
        withExtendedLifetime((region, recv, arg_column)) {}
    }

    /// batch.add_column (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_batch_add_column_batch_reused() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        let arg_column = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        let newer = try region.batch(maxColumns: 16)
        let before: [[UInt8]] = [try arg_column.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.addColumn(name: [104, 101, 108, 108, 111] as [UInt8], column: arg_column)
        }
        XCTAssertEqual([try arg_column.view { Array($0) }], before, "the bytes of arg_column")
        withExtendedLifetime((region, recv, arg_column, newer)) {}
    }

    /// batch.add_column (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_batch_add_column_batch_forged() throws {
        let region = try Region()
        let arg_column = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = Batch(adopting: 0x8fffffff00000001)
        let before: [[UInt8]] = [try arg_column.view { Array($0) }]
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.addColumn(name: [104, 101, 108, 108, 111] as [UInt8], column: arg_column)
        }
        XCTAssertEqual([try arg_column.view { Array($0) }], before, "the bytes of arg_column")
        withExtendedLifetime((region, arg_column, recv)) {}
    }

    /// batch.add_column (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_batch_add_column_batch_wrong_kind_region() throws {
        let region = try Region()
        let arg_column = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = Batch(adopting: region.handle)
        let before: [[UInt8]] = [try arg_column.view { Array($0) }]
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.addColumn(name: [104, 101, 108, 108, 111] as [UInt8], column: arg_column)
        }
        XCTAssertEqual([try arg_column.view { Array($0) }], before, "the bytes of arg_column")
        withExtendedLifetime((region, arg_column, recv)) {}
    }

    /// batch.add_column (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_batch_add_column_batch_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        let arg_column = try region.vector(type: .int8, capacity: 16, nullable: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.addColumn(name: [104, 101, 108, 108, 111] as [UInt8], column: arg_column)
        }
        withExtendedLifetime((region, recv, arg_column)) {}
    }

    /// batch.add_column (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_batch_add_column_vector_stale_column() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        let arg_column = try region.vector(type: .int8, capacity: 16, nullable: false)
        try arg_column.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.addColumn(name: [104, 101, 108, 108, 111] as [UInt8], column: arg_column)
        }
        withExtendedLifetime((region, recv, arg_column)) {}
    }

    /// batch.add_column (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_batch_add_column_vector_forged_column() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        let arg_column = Vector(adopting: 0x7fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.addColumn(name: [104, 101, 108, 108, 111] as [UInt8], column: arg_column)
        }
        withExtendedLifetime((region, recv, arg_column)) {}
    }

    /// batch.add_column (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_batch_add_column_vector_reused_column() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        let arg_column = try region.vector(type: .int8, capacity: 16, nullable: false)
        try arg_column.close()
        let newer = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.addColumn(name: [104, 101, 108, 108, 111] as [UInt8], column: arg_column)
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, arg_column, newer)) {}
    }

    /// batch.num_columns (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_batch_num_columns_batch_stale() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.numColumns()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.num_columns (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_batch_num_columns_batch_reused() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        try recv.close()
        let newer = try region.batch(maxColumns: 16)
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.numColumns()
        }
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// batch.num_columns (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_batch_num_columns_batch_forged() throws {
        let region = try Region()
        let recv = Batch(adopting: 0x8fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.numColumns()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.num_columns (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_batch_num_columns_batch_wrong_kind_region() throws {
        let region = try Region()
        let recv = Batch(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.numColumns()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.num_columns (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_batch_num_columns_batch_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.numColumns()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.num_rows (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_batch_num_rows_batch_stale() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.numRows()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.num_rows (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_batch_num_rows_batch_reused() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        try recv.close()
        let newer = try region.batch(maxColumns: 16)
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.numRows()
        }
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// batch.num_rows (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_batch_num_rows_batch_forged() throws {
        let region = try Region()
        let recv = Batch(adopting: 0x8fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.numRows()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.num_rows (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_batch_num_rows_batch_wrong_kind_region() throws {
        let region = try Region()
        let recv = Batch(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.numRows()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.num_rows (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_batch_num_rows_batch_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.numRows()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.column_name (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_batch_column_name_batch_stale() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.columnName(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.column_name (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_batch_column_name_batch_reused() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        try recv.close()
        let newer = try region.batch(maxColumns: 16)
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.columnName(index: 0)
        }
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// batch.column_name (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_batch_column_name_batch_forged() throws {
        let region = try Region()
        let recv = Batch(adopting: 0x8fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.columnName(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.column_name (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_batch_column_name_batch_wrong_kind_region() throws {
        let region = try Region()
        let recv = Batch(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.columnName(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.column_name (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_batch_column_name_batch_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.columnName(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.column_name (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_batch_column_name_batch_absurd_value_index_100000010() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.columnName(index: 4294967312)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.column_name (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_batch_column_name_batch_absurd_value_index_10000000000() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.columnName(index: 1099511627776)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.column_name (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_batch_column_name_batch_absurd_value_index_ffffffffffffffff() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.columnName(index: 18446744073709551615)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.validate (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_batch_validate_batch_stale() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.validate()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.validate (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_batch_validate_batch_reused() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        try recv.close()
        let newer = try region.batch(maxColumns: 16)
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.validate()
        }
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// batch.validate (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_batch_validate_batch_forged() throws {
        let region = try Region()
        let recv = Batch(adopting: 0x8fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.validate()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.validate (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_batch_validate_batch_wrong_kind_region() throws {
        let region = try Region()
        let recv = Batch(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.validate()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.validate (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_batch_validate_batch_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.validate()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.append_row (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_batch_append_row_batch_stale() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.appendRow(row: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.append_row (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_batch_append_row_batch_reused() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        try recv.close()
        let newer = try region.batch(maxColumns: 16)
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.appendRow(row: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// batch.append_row (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_batch_append_row_batch_forged() throws {
        let region = try Region()
        let recv = Batch(adopting: 0x8fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.appendRow(row: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.append_row (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_batch_append_row_batch_wrong_kind_region() throws {
        let region = try Region()
        let recv = Batch(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.appendRow(row: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch.append_row (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_batch_append_row_batch_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.batch(maxColumns: 16)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.appendRow(row: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// list_vector.create (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_list_vector_create_region_stale() throws {
        let region = try Region()
        let arg_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try region.listVector(child: arg_child, capacity: 16, nullable: false, map: false)
        }
        withExtendedLifetime((region, arg_child)) {}
    }

    /// list_vector.create (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_list_vector_create_region_reused() throws {
        let region = try Region()
        let arg_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        try region.close()
        let newer = try Region()
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try region.listVector(child: arg_child, capacity: 16, nullable: false, map: false)
        }
        withExtendedLifetime((region, arg_child, newer)) {}
    }

    /// list_vector.create (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_list_vector_create_region_forged() throws {
        let region = try Region()
        let arg_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = Region(adopting: 0x1fffffff00000001)
        let before: [[UInt8]] = [try arg_child.view { Array($0) }]
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.listVector(child: arg_child, capacity: 16, nullable: false, map: false)
        }
        XCTAssertEqual([try arg_child.view { Array($0) }], before, "the bytes of arg_child")
        withExtendedLifetime((region, arg_child, recv)) {}
    }

    /// list_vector.create (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_list_vector_create_region_wrong_kind_buffer() throws {
        let region = try Region()
        let other = try region.alloc(size: 16, align: 16)
        _ = try other.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let arg_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = Region(adopting: other.handle)
        let before: [[UInt8]] = [try other.view { Array($0) }, try arg_child.view { Array($0) }]
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.listVector(child: arg_child, capacity: 16, nullable: false, map: false)
        }
        XCTAssertEqual([try other.view { Array($0) }, try arg_child.view { Array($0) }], before, "the bytes of other, arg_child")
        withExtendedLifetime((region, other, arg_child, recv)) {}
    }

    /// list_vector.create (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_list_vector_create_vector_stale_child() throws {
        let region = try Region()
        let arg_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        try arg_child.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try region.listVector(child: arg_child, capacity: 16, nullable: false, map: false)
        }
        withExtendedLifetime((region, arg_child)) {}
    }

    /// list_vector.create (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_list_vector_create_vector_forged_child() throws {
        let region = try Region()
        let arg_child = Vector(adopting: 0x7fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try region.listVector(child: arg_child, capacity: 16, nullable: false, map: false)
        }
        withExtendedLifetime((region, arg_child)) {}
    }

    /// list_vector.create (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_list_vector_create_vector_reused_child() throws {
        let region = try Region()
        let arg_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        try arg_child.close()
        let newer = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try region.listVector(child: arg_child, capacity: 16, nullable: false, map: false)
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, arg_child, newer)) {}
    }

    /// list_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.invalidArgument, no counter moving.
    func test_list_vector_create_region_absurd_value_capacity_1000000000001() throws {
        let region = try Region()
        let arg_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try arg_child.view { Array($0) }]
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try region.listVector(child: arg_child, capacity: 281474976710657, nullable: false, map: false)
        }
        XCTAssertEqual([try arg_child.view { Array($0) }], before, "the bytes of arg_child")
        withExtendedLifetime((region, arg_child)) {}
    }

    /// list_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.invalidArgument, no counter moving.
    func test_list_vector_create_region_absurd_value_capacity_ffffffffffffffff() throws {
        let region = try Region()
        let arg_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try arg_child.view { Array($0) }]
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try region.listVector(child: arg_child, capacity: 18446744073709551615, nullable: false, map: false)
        }
        XCTAssertEqual([try arg_child.view { Array($0) }], before, "the bytes of arg_child")
        withExtendedLifetime((region, arg_child)) {}
    }

    /// list_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_list_vector_create_region_absurd_value_capacity_100000010_limited() throws {
        let region = try Region(byteLimit: 1048576)
        let arg_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try arg_child.view { Array($0) }]
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try region.listVector(child: arg_child, capacity: 4294967312, nullable: false, map: false)
        }
        XCTAssertEqual([try arg_child.view { Array($0) }], before, "the bytes of arg_child")
        withExtendedLifetime((region, arg_child)) {}
    }

    /// list_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_list_vector_create_region_absurd_value_capacity_10000000000_limited() throws {
        let region = try Region(byteLimit: 1048576)
        let arg_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try arg_child.view { Array($0) }]
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try region.listVector(child: arg_child, capacity: 1099511627776, nullable: false, map: false)
        }
        XCTAssertEqual([try arg_child.view { Array($0) }], before, "the bytes of arg_child")
        withExtendedLifetime((region, arg_child)) {}
    }

    /// list_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_list_vector_create_region_absurd_value_capacity_1000000000000_limited() throws {
        let region = try Region(byteLimit: 1048576)
        let arg_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try arg_child.view { Array($0) }]
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try region.listVector(child: arg_child, capacity: 281474976710656, nullable: false, map: false)
        }
        XCTAssertEqual([try arg_child.view { Array($0) }], before, "the bytes of arg_child")
        withExtendedLifetime((region, arg_child)) {}
    }

    /// list_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_list_vector_create_region_absurd_value_capacity_10000000000() throws {
        let region = try Region()
        let arg_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try arg_child.view { Array($0) }]
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try region.listVector(child: arg_child, capacity: 1099511627776, nullable: false, map: false)
        }
        XCTAssertEqual([try arg_child.view { Array($0) }], before, "the bytes of arg_child")
        withExtendedLifetime((region, arg_child)) {}
    }

    /// list_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfMemory, no counter moving.
    func test_list_vector_create_region_absurd_value_capacity_1000000000000() throws {
        let region = try Region()
        let arg_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try arg_child.view { Array($0) }]
        try expectRefusal(.outOfMemory, family: [.outOfMemory], counter: nil) {
            _ = try region.listVector(child: arg_child, capacity: 281474976710656, nullable: false, map: false)
        }
        XCTAssertEqual([try arg_child.view { Array($0) }], before, "the bytes of arg_child")
        withExtendedLifetime((region, arg_child)) {}
    }

    /// list_vector.release (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_list_vector_release_list_vector_reused() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        let newer = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        let again = ListVector(adopting: recv.handle)
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            try again.close()
        }
        try newer.close()
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv, newer, again)) {}
    }

    /// list_vector.release (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_list_vector_release_list_vector_forged() throws {
        let region = try Region()
        let recv = ListVector(adopting: 0xbfffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// list_vector.release (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_list_vector_release_list_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = ListVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// list_vector.release (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_list_vector_release_list_vector_after_region_destroy() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        try region.close()
        let again = ListVector(adopting: recv.handle)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try again.close()
        }
        withExtendedLifetime((region, recv_child, recv, again)) {}
    }

    /// list_vector.release (double_release): a second wrapper of an already released handle is closed; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_list_vector_release_list_vector_double_release() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        let again = ListVector(adopting: recv.handle)
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try again.close()
        }
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv, again)) {}
    }

    /// list_vector.length (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_list_vector_length_list_vector_stale() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv)) {}
    }

    /// list_vector.length (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_list_vector_length_list_vector_reused() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        let newer = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        try newer.close()
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv, newer)) {}
    }

    /// list_vector.length (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_list_vector_length_list_vector_forged() throws {
        let region = try Region()
        let recv = ListVector(adopting: 0xbfffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// list_vector.length (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_list_vector_length_list_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = ListVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// list_vector.length (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_list_vector_length_list_vector_after_region_destroy() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        try region.close()
        let again = ListVector(adopting: recv.handle)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try again.length()
        }
        withExtendedLifetime((region, recv_child, recv, again)) {}
    }

    /// list_vector.capacity (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_list_vector_capacity_list_vector_stale() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.capacity()
        }
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv)) {}
    }

    /// list_vector.capacity (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_list_vector_capacity_list_vector_reused() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        let newer = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.capacity()
        }
        try newer.close()
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv, newer)) {}
    }

    /// list_vector.capacity (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_list_vector_capacity_list_vector_forged() throws {
        let region = try Region()
        let recv = ListVector(adopting: 0xbfffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.capacity()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// list_vector.capacity (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_list_vector_capacity_list_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = ListVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.capacity()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// list_vector.capacity (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_list_vector_capacity_list_vector_after_region_destroy() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        try region.close()
        let again = ListVector(adopting: recv.handle)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try again.capacity()
        }
        withExtendedLifetime((region, recv_child, recv, again)) {}
    }

    /// list_vector.null_count (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_list_vector_null_count_list_vector_stale() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.nullCount()
        }
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv)) {}
    }

    /// list_vector.null_count (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_list_vector_null_count_list_vector_reused() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        let newer = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.nullCount()
        }
        try newer.close()
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv, newer)) {}
    }

    /// list_vector.null_count (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_list_vector_null_count_list_vector_forged() throws {
        let region = try Region()
        let recv = ListVector(adopting: 0xbfffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.nullCount()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// list_vector.null_count (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_list_vector_null_count_list_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = ListVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.nullCount()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// list_vector.null_count (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_list_vector_null_count_list_vector_after_region_destroy() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        try region.close()
        let again = ListVector(adopting: recv.handle)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try again.nullCount()
        }
        withExtendedLifetime((region, recv_child, recv, again)) {}
    }

    /// list_vector.is_map (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_list_vector_is_map_list_vector_stale() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.isMap()
        }
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv)) {}
    }

    /// list_vector.is_map (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_list_vector_is_map_list_vector_reused() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        let newer = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.isMap()
        }
        try newer.close()
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv, newer)) {}
    }

    /// list_vector.is_map (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_list_vector_is_map_list_vector_forged() throws {
        let region = try Region()
        let recv = ListVector(adopting: 0xbfffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.isMap()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// list_vector.is_map (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_list_vector_is_map_list_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = ListVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.isMap()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// list_vector.is_map (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_list_vector_is_map_list_vector_after_region_destroy() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        try region.close()
        let again = ListVector(adopting: recv.handle)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try again.isMap()
        }
        withExtendedLifetime((region, recv_child, recv, again)) {}
    }

    /// list_vector.is_valid (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_list_vector_is_valid_list_vector_stale() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.isValid(index: 0)
        }
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv)) {}
    }

    /// list_vector.is_valid (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_list_vector_is_valid_list_vector_reused() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        let newer = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.isValid(index: 0)
        }
        try newer.close()
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv, newer)) {}
    }

    /// list_vector.is_valid (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_list_vector_is_valid_list_vector_forged() throws {
        let region = try Region()
        let recv = ListVector(adopting: 0xbfffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.isValid(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// list_vector.is_valid (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_list_vector_is_valid_list_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = ListVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.isValid(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// list_vector.is_valid (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_list_vector_is_valid_list_vector_after_region_destroy() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        try region.close()
        let again = ListVector(adopting: recv.handle)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try again.isValid(index: 0)
        }
        withExtendedLifetime((region, recv_child, recv, again)) {}
    }

    /// list_vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_list_vector_is_valid_list_vector_absurd_value_index_100000010() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.isValid(index: 4294967312)
        }
        try recv.close()
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv)) {}
    }

    /// list_vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_list_vector_is_valid_list_vector_absurd_value_index_10000000000() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.isValid(index: 1099511627776)
        }
        try recv.close()
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv)) {}
    }

    /// list_vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_list_vector_is_valid_list_vector_absurd_value_index_ffffffffffffffff() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.isValid(index: 18446744073709551615)
        }
        try recv.close()
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv)) {}
    }

    /// list_vector.value_offset (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_list_vector_value_offset_list_vector_stale() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.valueOffset(index: 0)
        }
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv)) {}
    }

    /// list_vector.value_offset (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_list_vector_value_offset_list_vector_reused() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        let newer = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.valueOffset(index: 0)
        }
        try newer.close()
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv, newer)) {}
    }

    /// list_vector.value_offset (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_list_vector_value_offset_list_vector_forged() throws {
        let region = try Region()
        let recv = ListVector(adopting: 0xbfffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.valueOffset(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// list_vector.value_offset (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_list_vector_value_offset_list_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = ListVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.valueOffset(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// list_vector.value_offset (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_list_vector_value_offset_list_vector_after_region_destroy() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        try region.close()
        let again = ListVector(adopting: recv.handle)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try again.valueOffset(index: 0)
        }
        withExtendedLifetime((region, recv_child, recv, again)) {}
    }

    /// list_vector.value_offset (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_list_vector_value_offset_list_vector_absurd_value_index_100000010() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.valueOffset(index: 4294967312)
        }
        try recv.close()
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv)) {}
    }

    /// list_vector.value_offset (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_list_vector_value_offset_list_vector_absurd_value_index_10000000000() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.valueOffset(index: 1099511627776)
        }
        try recv.close()
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv)) {}
    }

    /// list_vector.value_offset (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_list_vector_value_offset_list_vector_absurd_value_index_ffffffffffffffff() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.valueOffset(index: 18446744073709551615)
        }
        try recv.close()
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv)) {}
    }

    /// list_vector.value_length (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_list_vector_value_length_list_vector_stale() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.valueLength(index: 0)
        }
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv)) {}
    }

    /// list_vector.value_length (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_list_vector_value_length_list_vector_reused() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        let newer = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.valueLength(index: 0)
        }
        try newer.close()
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv, newer)) {}
    }

    /// list_vector.value_length (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_list_vector_value_length_list_vector_forged() throws {
        let region = try Region()
        let recv = ListVector(adopting: 0xbfffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.valueLength(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// list_vector.value_length (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_list_vector_value_length_list_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = ListVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.valueLength(index: 0)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// list_vector.value_length (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_list_vector_value_length_list_vector_after_region_destroy() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        try region.close()
        let again = ListVector(adopting: recv.handle)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try again.valueLength(index: 0)
        }
        withExtendedLifetime((region, recv_child, recv, again)) {}
    }

    /// list_vector.value_length (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_list_vector_value_length_list_vector_absurd_value_index_100000010() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.valueLength(index: 4294967312)
        }
        try recv.close()
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv)) {}
    }

    /// list_vector.value_length (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_list_vector_value_length_list_vector_absurd_value_index_10000000000() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.valueLength(index: 1099511627776)
        }
        try recv.close()
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv)) {}
    }

    /// list_vector.value_length (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_list_vector_value_length_list_vector_absurd_value_index_ffffffffffffffff() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.valueLength(index: 18446744073709551615)
        }
        try recv.close()
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv)) {}
    }

    /// list_vector.append (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_list_vector_append_list_vector_stale() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.append(value: [104, 101, 108, 108, 111] as [UInt8])
        }
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv)) {}
    }

    /// list_vector.append (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_list_vector_append_list_vector_reused() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        let newer = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.append(value: [104, 101, 108, 108, 111] as [UInt8])
        }
        try newer.close()
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv, newer)) {}
    }

    /// list_vector.append (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_list_vector_append_list_vector_forged() throws {
        let region = try Region()
        let recv = ListVector(adopting: 0xbfffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.append(value: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// list_vector.append (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_list_vector_append_list_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = ListVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.append(value: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// list_vector.append (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_list_vector_append_list_vector_after_region_destroy() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        try region.close()
        let again = ListVector(adopting: recv.handle)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try again.append(value: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv_child, recv, again)) {}
    }

    /// list_vector.append_null (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_list_vector_append_null_list_vector_stale() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.appendNull()
        }
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv)) {}
    }

    /// list_vector.append_null (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_list_vector_append_null_list_vector_reused() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        let newer = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.appendNull()
        }
        try newer.close()
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv, newer)) {}
    }

    /// list_vector.append_null (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_list_vector_append_null_list_vector_forged() throws {
        let region = try Region()
        let recv = ListVector(adopting: 0xbfffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.appendNull()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// list_vector.append_null (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_list_vector_append_null_list_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = ListVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.appendNull()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// list_vector.append_null (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_list_vector_append_null_list_vector_after_region_destroy() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        try region.close()
        let again = ListVector(adopting: recv.handle)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try again.appendNull()
        }
        withExtendedLifetime((region, recv_child, recv, again)) {}
    }

    /// list_vector.lookup (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_list_vector_lookup_list_vector_stale() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.lookup(index: 0, key: [104, 101, 108, 108, 111] as [UInt8])
        }
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv)) {}
    }

    /// list_vector.lookup (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_list_vector_lookup_list_vector_reused() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        let newer = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.lookup(index: 0, key: [104, 101, 108, 108, 111] as [UInt8])
        }
        try newer.close()
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv, newer)) {}
    }

    /// list_vector.lookup (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_list_vector_lookup_list_vector_forged() throws {
        let region = try Region()
        let recv = ListVector(adopting: 0xbfffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.lookup(index: 0, key: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// list_vector.lookup (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_list_vector_lookup_list_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = ListVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.lookup(index: 0, key: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// list_vector.lookup (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_list_vector_lookup_list_vector_after_region_destroy() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        try recv.close()
        try region.close()
        let again = ListVector(adopting: recv.handle)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try again.lookup(index: 0, key: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv_child, recv, again)) {}
    }

    /// list_vector.lookup (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_list_vector_lookup_list_vector_absurd_value_index_100000010() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.lookup(index: 4294967312, key: [104, 101, 108, 108, 111] as [UInt8])
        }
        try recv.close()
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv)) {}
    }

    /// list_vector.lookup (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_list_vector_lookup_list_vector_absurd_value_index_10000000000() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.lookup(index: 1099511627776, key: [104, 101, 108, 108, 111] as [UInt8])
        }
        try recv.close()
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv)) {}
    }

    /// list_vector.lookup (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.outOfRange, no counter moving.
    func test_list_vector_lookup_list_vector_absurd_value_index_ffffffffffffffff() throws {
        let region = try Region()
        let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
        let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
        let before: [[UInt8]] = [try recv_child.view { Array($0) }]
        try expectRefusal(.outOfRange, family: [.outOfRange], counter: nil) {
            _ = try recv.lookup(index: 18446744073709551615, key: [104, 101, 108, 108, 111] as [UInt8])
        }
        try recv.close()
        XCTAssertEqual([try recv_child.view { Array($0) }], before, "the bytes of recv_child")
        withExtendedLifetime((region, recv_child, recv)) {}
    }

    /// batch_stream.create (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_batch_stream_create_region_stale() throws {
        let region = try Region()
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try region.batchStream(maxBatches: 16)
        }
        withExtendedLifetime((region)) {}
    }

    /// batch_stream.create (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_batch_stream_create_region_reused() throws {
        let region = try Region()
        try region.close()
        let newer = try Region()
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try region.batchStream(maxBatches: 16)
        }
        withExtendedLifetime((region, newer)) {}
    }

    /// batch_stream.create (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_batch_stream_create_region_forged() throws {
        let region = try Region()
        let recv = Region(adopting: 0x1fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.batchStream(maxBatches: 16)
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch_stream.create (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_batch_stream_create_region_wrong_kind_buffer() throws {
        let region = try Region()
        let other = try region.alloc(size: 16, align: 16)
        _ = try other.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let recv = Region(adopting: other.handle)
        let before: [[UInt8]] = [try other.view { Array($0) }]
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.batchStream(maxBatches: 16)
        }
        XCTAssertEqual([try other.view { Array($0) }], before, "the bytes of other")
        withExtendedLifetime((region, other, recv)) {}
    }

    /// batch_stream.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.invalidArgument, no counter moving.
    func test_batch_stream_create_region_absurd_value_max_batches_10001() throws {
        let region = try Region()
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try region.batchStream(maxBatches: 65537)
        }
        withExtendedLifetime((region)) {}
    }

    /// batch_stream.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects WeaveHeapError.invalidArgument, no counter moving.
    func test_batch_stream_create_region_absurd_value_max_batches_ffffffff() throws {
        let region = try Region()
        try expectRefusal(.invalidArgument, family: [.invalidArgument], counter: nil) {
            _ = try region.batchStream(maxBatches: 4294967295)
        }
        withExtendedLifetime((region)) {}
    }

    /// batch_stream.release (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_batch_stream_release_batch_stream_reused() throws {
        let region = try Region()
        let recv = try region.batchStream(maxBatches: 16)
        try recv.close()
        let newer = try region.batchStream(maxBatches: 16)
        let again = BatchStream(adopting: recv.handle)
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            try again.close()
        }
        withExtendedLifetime((region, recv, newer, again)) {}
    }

    /// batch_stream.release (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_batch_stream_release_batch_stream_forged() throws {
        let region = try Region()
        let recv = BatchStream(adopting: 0x9fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch_stream.release (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_batch_stream_release_batch_stream_wrong_kind_region() throws {
        let region = try Region()
        let recv = BatchStream(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch_stream.release (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_batch_stream_release_batch_stream_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.batchStream(maxBatches: 16)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch_stream.release (double_release): a second wrapper of an already released handle is closed; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_batch_stream_release_batch_stream_double_release() throws {
        let region = try Region()
        let recv = try region.batchStream(maxBatches: 16)
        try recv.close()
        let again = BatchStream(adopting: recv.handle)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try again.close()
        }
        withExtendedLifetime((region, recv, again)) {}
    }

    /// batch_stream.add_batch (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_batch_stream_add_batch_batch_stream_stale() throws {
        let region = try Region()
        let recv = try region.batchStream(maxBatches: 16)
        let arg_batch = try region.batch(maxColumns: 16)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.addBatch(batch: arg_batch)
        }
        withExtendedLifetime((region, recv, arg_batch)) {}
    }

    /// batch_stream.add_batch (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_batch_stream_add_batch_batch_stream_reused() throws {
        let region = try Region()
        let recv = try region.batchStream(maxBatches: 16)
        let arg_batch = try region.batch(maxColumns: 16)
        try recv.close()
        let newer = try region.batchStream(maxBatches: 16)
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.addBatch(batch: arg_batch)
        }
        withExtendedLifetime((region, recv, arg_batch, newer)) {}
    }

    /// batch_stream.add_batch (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_batch_stream_add_batch_batch_stream_forged() throws {
        let region = try Region()
        let arg_batch = try region.batch(maxColumns: 16)
        let recv = BatchStream(adopting: 0x9fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.addBatch(batch: arg_batch)
        }
        withExtendedLifetime((region, arg_batch, recv)) {}
    }

    /// batch_stream.add_batch (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_batch_stream_add_batch_batch_stream_wrong_kind_region() throws {
        let region = try Region()
        let arg_batch = try region.batch(maxColumns: 16)
        let recv = BatchStream(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.addBatch(batch: arg_batch)
        }
        withExtendedLifetime((region, arg_batch, recv)) {}
    }

    /// batch_stream.add_batch (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_batch_stream_add_batch_batch_stream_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.batchStream(maxBatches: 16)
        let arg_batch = try region.batch(maxColumns: 16)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.addBatch(batch: arg_batch)
        }
        withExtendedLifetime((region, recv, arg_batch)) {}
    }

    /// batch_stream.add_batch (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_batch_stream_add_batch_batch_stale_batch() throws {
        let region = try Region()
        let recv = try region.batchStream(maxBatches: 16)
        let arg_batch = try region.batch(maxColumns: 16)
        try arg_batch.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.addBatch(batch: arg_batch)
        }
        withExtendedLifetime((region, recv, arg_batch)) {}
    }

    /// batch_stream.add_batch (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_batch_stream_add_batch_batch_forged_batch() throws {
        let region = try Region()
        let recv = try region.batchStream(maxBatches: 16)
        let arg_batch = Batch(adopting: 0x8fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.addBatch(batch: arg_batch)
        }
        withExtendedLifetime((region, recv, arg_batch)) {}
    }

    /// batch_stream.add_batch (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_batch_stream_add_batch_batch_reused_batch() throws {
        let region = try Region()
        let recv = try region.batchStream(maxBatches: 16)
        let arg_batch = try region.batch(maxColumns: 16)
        try arg_batch.close()
        let newer = try region.batch(maxColumns: 16)
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.addBatch(batch: arg_batch)
        }
        withExtendedLifetime((region, recv, arg_batch, newer)) {}
    }

    /// batch_stream.num_batches (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_batch_stream_num_batches_batch_stream_stale() throws {
        let region = try Region()
        let recv = try region.batchStream(maxBatches: 16)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.numBatches()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch_stream.num_batches (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_batch_stream_num_batches_batch_stream_reused() throws {
        let region = try Region()
        let recv = try region.batchStream(maxBatches: 16)
        try recv.close()
        let newer = try region.batchStream(maxBatches: 16)
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.numBatches()
        }
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// batch_stream.num_batches (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_batch_stream_num_batches_batch_stream_forged() throws {
        let region = try Region()
        let recv = BatchStream(adopting: 0x9fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.numBatches()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch_stream.num_batches (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_batch_stream_num_batches_batch_stream_wrong_kind_region() throws {
        let region = try Region()
        let recv = BatchStream(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.numBatches()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// batch_stream.num_batches (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_batch_stream_num_batches_batch_stream_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.batchStream(maxBatches: 16)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.numBatches()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// foreign.create (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_foreign_create_region_stale() throws {
        let region = try Region()
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region)) {}
    }

    /// foreign.create (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_foreign_create_region_reused() throws {
        let region = try Region()
        try region.close()
        let newer = try Region()
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, newer)) {}
    }

    /// foreign.create (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_foreign_create_region_forged() throws {
        let region = try Region()
        let recv = Region(adopting: 0x1fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// foreign.create (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_foreign_create_region_wrong_kind_buffer() throws {
        let region = try Region()
        let other = try region.alloc(size: 16, align: 16)
        _ = try other.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let recv = Region(adopting: other.handle)
        let before: [[UInt8]] = [try other.view { Array($0) }]
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        }
        XCTAssertEqual([try other.view { Array($0) }], before, "the bytes of other")
        withExtendedLifetime((region, other, recv)) {}
    }

    /// foreign.release (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_foreign_release_foreign_reused() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        let newer = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        let again = Foreign(adopting: recv.handle)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            try again.close()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer, again)) {}
    }

    /// foreign.release (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_foreign_release_foreign_forged() throws {
        let region = try Region()
        let recv = Foreign(adopting: 0xcfffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// foreign.release (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_foreign_release_foreign_wrong_kind_region() throws {
        let region = try Region()
        let recv = Foreign(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// foreign.release (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_foreign_release_foreign_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.close()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// foreign.release (double_release): a second wrapper of an already released handle is closed; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_foreign_release_foreign_double_release() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        let again = Foreign(adopting: recv.handle)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try again.close()
        }
        withExtendedLifetime((region, recv, again)) {}
    }

    /// foreign.release (while_borrowed): the call needs the object (or its region) free of the view that is live; expects WeaveHeapError.borrow, borrow_conflicts +1.
    func test_foreign_release_foreign_while_borrowed_shared() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view()
        try expectRefusal(.borrow, family: [.borrow], counter: \Stats.borrowConflicts) {
            try recv.close()
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// foreign.length (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_foreign_length_foreign_stale() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// foreign.length (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_foreign_length_foreign_reused() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        let newer = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// foreign.length (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_foreign_length_foreign_forged() throws {
        let region = try Region()
        let recv = Foreign(adopting: 0xcfffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// foreign.length (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_foreign_length_foreign_wrong_kind_region() throws {
        let region = try Region()
        let recv = Foreign(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// foreign.length (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_foreign_length_foreign_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.length()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// foreign.null_count (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_foreign_null_count_foreign_stale() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.nullCount()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// foreign.null_count (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_foreign_null_count_foreign_reused() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        let newer = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.nullCount()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// foreign.null_count (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_foreign_null_count_foreign_forged() throws {
        let region = try Region()
        let recv = Foreign(adopting: 0xcfffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.nullCount()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// foreign.null_count (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_foreign_null_count_foreign_wrong_kind_region() throws {
        let region = try Region()
        let recv = Foreign(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.nullCount()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// foreign.null_count (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_foreign_null_count_foreign_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.nullCount()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// foreign.offset (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_foreign_offset_foreign_stale() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.offset()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// foreign.offset (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_foreign_offset_foreign_reused() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        let newer = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.offset()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// foreign.offset (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_foreign_offset_foreign_forged() throws {
        let region = try Region()
        let recv = Foreign(adopting: 0xcfffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.offset()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// foreign.offset (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_foreign_offset_foreign_wrong_kind_region() throws {
        let region = try Region()
        let recv = Foreign(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.offset()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// foreign.offset (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_foreign_offset_foreign_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.offset()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// foreign.num_children (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_foreign_num_children_foreign_stale() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.numChildren()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// foreign.num_children (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_foreign_num_children_foreign_reused() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        let newer = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.numChildren()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// foreign.num_children (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_foreign_num_children_foreign_forged() throws {
        let region = try Region()
        let recv = Foreign(adopting: 0xcfffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.numChildren()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// foreign.num_children (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_foreign_num_children_foreign_wrong_kind_region() throws {
        let region = try Region()
        let recv = Foreign(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.numChildren()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// foreign.num_children (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_foreign_num_children_foreign_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.numChildren()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// foreign.format (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_foreign_format_foreign_stale() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.format()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// foreign.format (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_foreign_format_foreign_reused() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        let newer = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try recv.format()
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// foreign.format (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_foreign_format_foreign_forged() throws {
        let region = try Region()
        let recv = Foreign(adopting: 0xcfffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try recv.format()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// foreign.format (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_foreign_format_foreign_wrong_kind_region() throws {
        let region = try Region()
        let recv = Foreign(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            _ = try recv.format()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// foreign.format (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_foreign_format_foreign_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try recv.format()
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_shared_buffer_stale() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_borrow_shared_buffer_reused() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        try recv.close()
        let newer = try region.alloc(size: 16, align: 16)
        _ = try newer.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// borrow.shared (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_borrow_shared_buffer_forged() throws {
        let region = try Region()
        let recv = Buffer(adopting: 0x2fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_borrow_shared_buffer_wrong_kind_region() throws {
        let region = try Region()
        let recv = Buffer(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_shared_buffer_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (borrow_conflict): a view is taken while a conflicting view is live; expects WeaveHeapError.borrowConflict, borrow_conflicts +1.
    func test_borrow_shared_buffer_borrow_conflict_unique_shared() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view(.unique)
        try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts) {
            try recv.view { _ in }
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// borrow.shared (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_shared_bytes_stale() throws {
        let region = try Region()
        let recv = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_borrow_shared_bytes_reused() throws {
        let region = try Region()
        let recv = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        let newer = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// borrow.shared (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_borrow_shared_bytes_forged() throws {
        let region = try Region()
        let recv = Bytes(adopting: 0x3fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_borrow_shared_bytes_wrong_kind_region() throws {
        let region = try Region()
        let recv = Bytes(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_shared_bytes_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (borrow_conflict): a view is taken while a conflicting view is live; expects WeaveHeapError.borrowConflict, borrow_conflicts +1.
    func test_borrow_shared_bytes_borrow_conflict_unique_shared() throws {
        let region = try Region()
        let recv = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view(.unique)
        try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts) {
            try recv.view { _ in }
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// borrow.shared (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_shared_string_stale() throws {
        let region = try Region()
        let recv = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_borrow_shared_string_reused() throws {
        let region = try Region()
        let recv = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        let newer = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// borrow.shared (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_borrow_shared_string_forged() throws {
        let region = try Region()
        let recv = WeaveHeapString(adopting: 0x4fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_borrow_shared_string_wrong_kind_region() throws {
        let region = try Region()
        let recv = WeaveHeapString(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_shared_string_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (borrow_conflict): a view is taken while a conflicting view is live; expects WeaveHeapError.borrowConflict, borrow_conflicts +1.
    func test_borrow_shared_string_borrow_conflict_unique_shared() throws {
        let region = try Region()
        let recv = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view(.unique)
        try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts) {
            try recv.view { _ in }
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// borrow.shared (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_shared_vector_stale() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_borrow_shared_vector_reused() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        let newer = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// borrow.shared (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_borrow_shared_vector_forged() throws {
        let region = try Region()
        let recv = Vector(adopting: 0x7fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_borrow_shared_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = Vector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_shared_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (borrow_conflict): a view is taken while a conflicting view is live; expects WeaveHeapError.borrowConflict, borrow_conflicts +1.
    func test_borrow_shared_vector_borrow_conflict_unique_shared() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view(.unique)
        try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts) {
            try recv.view { _ in }
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// borrow.shared (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_shared_var_vector_stale() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_borrow_shared_var_vector_reused() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        let newer = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// borrow.shared (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_borrow_shared_var_vector_forged() throws {
        let region = try Region()
        let recv = VarVector(adopting: 0xafffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_borrow_shared_var_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = VarVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_shared_var_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (borrow_conflict): a view is taken while a conflicting view is live; expects WeaveHeapError.borrowConflict, borrow_conflicts +1.
    func test_borrow_shared_var_vector_borrow_conflict_unique_shared() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view(.unique)
        try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts) {
            try recv.view { _ in }
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// borrow.shared (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_shared_foreign_stale() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_borrow_shared_foreign_reused() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        let newer = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// borrow.shared (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_borrow_shared_foreign_forged() throws {
        let region = try Region()
        let recv = Foreign(adopting: 0xcfffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_borrow_shared_foreign_wrong_kind_region() throws {
        let region = try Region()
        let recv = Foreign(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_shared_foreign_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.view { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.shared (borrow_conflict): a view is taken while a conflicting view is live; expects WeaveHeapError.borrowConflict, borrow_conflicts +1.
    func test_borrow_shared_foreign_borrow_conflict_unique_shared() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view(.unique)
        try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts) {
            try recv.view { _ in }
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// borrow.unique (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_unique_buffer_stale() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.unique (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_borrow_unique_buffer_reused() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        try recv.close()
        let newer = try region.alloc(size: 16, align: 16)
        _ = try newer.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// borrow.unique (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_borrow_unique_buffer_forged() throws {
        let region = try Region()
        let recv = Buffer(adopting: 0x2fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.unique (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_borrow_unique_buffer_wrong_kind_region() throws {
        let region = try Region()
        let recv = Buffer(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.unique (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_unique_buffer_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.unique (borrow_conflict): a view is taken while a conflicting view is live; expects WeaveHeapError.borrowConflict, borrow_conflicts +1.
    func test_borrow_unique_buffer_borrow_conflict_shared_unique() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view()
        try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts) {
            try recv.view(.unique) { _ in }
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// borrow.unique (borrow_conflict): a view is taken while a conflicting view is live; expects WeaveHeapError.borrowConflict, borrow_conflicts +1.
    func test_borrow_unique_buffer_borrow_conflict_unique_unique() throws {
        let region = try Region()
        let recv = try region.alloc(size: 16, align: 16)
        _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view(.unique)
        try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts) {
            try recv.view(.unique) { _ in }
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// borrow.unique (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_unique_bytes_stale() throws {
        let region = try Region()
        let recv = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.unique (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_borrow_unique_bytes_reused() throws {
        let region = try Region()
        let recv = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        let newer = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// borrow.unique (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_borrow_unique_bytes_forged() throws {
        let region = try Region()
        let recv = Bytes(adopting: 0x3fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.unique (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_borrow_unique_bytes_wrong_kind_region() throws {
        let region = try Region()
        let recv = Bytes(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.unique (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_unique_bytes_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.unique (borrow_conflict): a view is taken while a conflicting view is live; expects WeaveHeapError.borrowConflict, borrow_conflicts +1.
    func test_borrow_unique_bytes_borrow_conflict_shared_unique() throws {
        let region = try Region()
        let recv = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view()
        try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts) {
            try recv.view(.unique) { _ in }
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// borrow.unique (borrow_conflict): a view is taken while a conflicting view is live; expects WeaveHeapError.borrowConflict, borrow_conflicts +1.
    func test_borrow_unique_bytes_borrow_conflict_unique_unique() throws {
        let region = try Region()
        let recv = try region.bytes(data: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view(.unique)
        try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts) {
            try recv.view(.unique) { _ in }
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// borrow.unique (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_unique_string_stale() throws {
        let region = try Region()
        let recv = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.unique (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_borrow_unique_string_reused() throws {
        let region = try Region()
        let recv = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        let newer = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// borrow.unique (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_borrow_unique_string_forged() throws {
        let region = try Region()
        let recv = WeaveHeapString(adopting: 0x4fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.unique (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_borrow_unique_string_wrong_kind_region() throws {
        let region = try Region()
        let recv = WeaveHeapString(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.unique (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_unique_string_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.unique (borrow_conflict): a view is taken while a conflicting view is live; expects WeaveHeapError.borrowConflict, borrow_conflicts +1.
    func test_borrow_unique_string_borrow_conflict_shared_unique() throws {
        let region = try Region()
        let recv = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view()
        try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts) {
            try recv.view(.unique) { _ in }
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// borrow.unique (borrow_conflict): a view is taken while a conflicting view is live; expects WeaveHeapError.borrowConflict, borrow_conflicts +1.
    func test_borrow_unique_string_borrow_conflict_unique_unique() throws {
        let region = try Region()
        let recv = try region.string(text: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view(.unique)
        try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts) {
            try recv.view(.unique) { _ in }
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// borrow.unique (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_unique_vector_stale() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.unique (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_borrow_unique_vector_reused() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try recv.close()
        let newer = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// borrow.unique (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_borrow_unique_vector_forged() throws {
        let region = try Region()
        let recv = Vector(adopting: 0x7fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.unique (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_borrow_unique_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = Vector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.unique (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_unique_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.unique (borrow_conflict): a view is taken while a conflicting view is live; expects WeaveHeapError.borrowConflict, borrow_conflicts +1.
    func test_borrow_unique_vector_borrow_conflict_shared_unique() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view()
        try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts) {
            try recv.view(.unique) { _ in }
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// borrow.unique (borrow_conflict): a view is taken while a conflicting view is live; expects WeaveHeapError.borrowConflict, borrow_conflicts +1.
    func test_borrow_unique_vector_borrow_conflict_unique_unique() throws {
        let region = try Region()
        let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view(.unique)
        try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts) {
            try recv.view(.unique) { _ in }
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// borrow.unique (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_unique_var_vector_stale() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.unique (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_borrow_unique_var_vector_reused() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try recv.close()
        let newer = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// borrow.unique (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_borrow_unique_var_vector_forged() throws {
        let region = try Region()
        let recv = VarVector(adopting: 0xafffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.unique (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_borrow_unique_var_vector_wrong_kind_region() throws {
        let region = try Region()
        let recv = VarVector(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.unique (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_unique_var_vector_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.unique (borrow_conflict): a view is taken while a conflicting view is live; expects WeaveHeapError.borrowConflict, borrow_conflicts +1.
    func test_borrow_unique_var_vector_borrow_conflict_shared_unique() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view()
        try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts) {
            try recv.view(.unique) { _ in }
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// borrow.unique (borrow_conflict): a view is taken while a conflicting view is live; expects WeaveHeapError.borrowConflict, borrow_conflicts +1.
    func test_borrow_unique_var_vector_borrow_conflict_unique_unique() throws {
        let region = try Region()
        let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view(.unique)
        try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts) {
            try recv.view(.unique) { _ in }
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// borrow.unique (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_unique_foreign_stale() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.unique (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_borrow_unique_foreign_reused() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        try recv.close()
        let newer = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try newer.view { Array($0) }]
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        XCTAssertEqual([try newer.view { Array($0) }], before, "the bytes of newer")
        withExtendedLifetime((region, recv, newer)) {}
    }

    /// borrow.unique (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_borrow_unique_foreign_forged() throws {
        let region = try Region()
        let recv = Foreign(adopting: 0xcfffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.unique (wrong_kind): a live object of another class, adopted under this one; expects WeaveHeapError.wrongKind, stale_rejected +1.
    func test_borrow_unique_foreign_wrong_kind_region() throws {
        let region = try Region()
        let recv = Foreign(adopting: region.handle)
        try expectRefusal(.wrongKind, family: [.wrongKind], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.unique (after_region_destroy): the object's region was destroyed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_unique_foreign_after_region_destroy() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.view(.unique) { _ in }
        }
        withExtendedLifetime((region, recv)) {}
    }

    /// borrow.unique (borrow_conflict): a view is taken while a conflicting view is live; expects WeaveHeapError.borrowConflict, borrow_conflicts +1.
    func test_borrow_unique_foreign_borrow_conflict_shared_unique() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view()
        try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts) {
            try recv.view(.unique) { _ in }
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// borrow.unique (borrow_conflict): a view is taken while a conflicting view is live; expects WeaveHeapError.borrowConflict, borrow_conflicts +1.
    func test_borrow_unique_foreign_borrow_conflict_unique_unique() throws {
        let region = try Region()
        let recv = try region.foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8])
        let before: [[UInt8]] = [try recv.view { Array($0) }]
        let held = try recv.view(.unique)
        try expectRefusal(.borrowConflict, family: [.borrowConflict, .borrow], counter: \Stats.borrowConflicts) {
            try recv.view(.unique) { _ in }
        }
        try held.close()
        XCTAssertEqual([try recv.view { Array($0) }], before, "the bytes of recv")
        withExtendedLifetime((region, recv, held)) {}
    }

    /// borrow.release (double_release): a second wrapper of an already released handle is closed; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_borrow_release_view_double_release() throws {
        let region = try Region()
        let viewed = try region.alloc(size: 16, align: 16)
        _ = try viewed.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
        let before: [[UInt8]] = [try viewed.view { Array($0) }]
        let first = try viewed.view()
        try first.close()
        let recv = View(adopting: first.handle)
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            try recv.close()
        }
        XCTAssertEqual([try viewed.view { Array($0) }], before, "the bytes of viewed")
        withExtendedLifetime((region, viewed, first, recv)) {}
    }

    /// handle.kind_of (stale): the object was closed before the call; expects WeaveHeapError.staleHandle, stale_rejected +1.
    func test_handle_kind_of_region_stale_handle() throws {
        let region = try Region()
        try region.close()
        try expectRefusal(.staleHandle, family: [.staleHandle], counter: \Stats.staleRejected) {
            _ = try handleKindOf(handle: region)
        }
        withExtendedLifetime((region)) {}
    }

    /// handle.kind_of (forged): a handle that was never issued; expects WeaveHeapError.forgedHandle, stale_rejected +1.
    func test_handle_kind_of_region_forged_handle() throws {
        let region = try Region()
        let arg_handle = Region(adopting: 0x1fffffff00000001)
        try expectRefusal(.forgedHandle, family: [.forgedHandle], counter: \Stats.staleRejected) {
            _ = try handleKindOf(handle: arg_handle)
        }
        withExtendedLifetime((region, arg_handle)) {}
    }

    /// handle.kind_of (reused): the object was closed and its slot now holds a newer object; expects WeaveHeapError.reusedHandle, stale_rejected +1.
    func test_handle_kind_of_region_reused_handle() throws {
        let region = try Region()
        try region.close()
        let newer = try Region()
        try expectRefusal(.reusedHandle, family: [.reusedHandle], counter: \Stats.staleRejected) {
            _ = try handleKindOf(handle: region)
        }
        withExtendedLifetime((region, newer)) {}
    }
}
