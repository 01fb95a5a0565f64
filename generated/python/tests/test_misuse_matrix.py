# Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
"""The misuse matrix for Python (misuse.py): one test per case, its steps
from misuse.plan. Each makes the objects the call needs, puts the target
into the misused state, makes the call and checks that it raised the case's
error class, that the process-wide stats moved only in the case's counter
(by exactly one, or not at all) and that the bytes of every object involved
are unchanged (the checks are tests/python/harness.py's). Cases Python
cannot express are listed in NOT_EXPRESSIBLE, each with the reason, and are
not tests (docs/python.md names them).
Run with tests/python on the path (harness.py)."""
import weaveheap
import weaveheap.native
from harness import expect_misuse, remember, unchanged

# Why a case is not a test, and the cases of each reason.
WHY = [
    ('Python cannot call a method on None: `None.close()` is an AttributeError and '
     "`Class.method(None)` is refused by CPython's method descriptor (TypeError) "
     'before any binding code runs'),
]
NOT_EXPRESSIBLE = {
    "region_destroy_region_null": WHY[0],
    "region_reset_region_null": WHY[0],
    "region_stats_region_null": WHY[0],
    "buffer_alloc_region_null": WHY[0],
    "buffer_release_buffer_null": WHY[0],
    "buffer_size_buffer_null": WHY[0],
    "buffer_write_buffer_null": WHY[0],
    "buffer_read_buffer_null": WHY[0],
    "bytes_create_region_null": WHY[0],
    "bytes_release_bytes_null": WHY[0],
    "bytes_length_bytes_null": WHY[0],
    "bytes_dup_bytes_null": WHY[0],
    "string_create_region_null": WHY[0],
    "string_release_string_null": WHY[0],
    "string_length_string_null": WHY[0],
    "string_dup_string_null": WHY[0],
    "vector_create_region_null": WHY[0],
    "vector_release_vector_null": WHY[0],
    "vector_length_vector_null": WHY[0],
    "vector_capacity_vector_null": WHY[0],
    "vector_resize_vector_null": WHY[0],
    "vector_element_type_vector_null": WHY[0],
    "vector_null_count_vector_null": WHY[0],
    "vector_append_vector_null": WHY[0],
    "vector_extend_vector_null": WHY[0],
    "vector_append_null_vector_null": WHY[0],
    "vector_set_vector_null": WHY[0],
    "vector_get_vector_null": WHY[0],
    "vector_append_f64_vector_null": WHY[0],
    "vector_set_f64_vector_null": WHY[0],
    "vector_get_f64_vector_null": WHY[0],
    "vector_is_valid_vector_null": WHY[0],
    "vector_read_vector_null": WHY[0],
    "var_vector_create_region_null": WHY[0],
    "var_vector_release_var_vector_null": WHY[0],
    "var_vector_length_var_vector_null": WHY[0],
    "var_vector_capacity_var_vector_null": WHY[0],
    "var_vector_data_length_var_vector_null": WHY[0],
    "var_vector_data_capacity_var_vector_null": WHY[0],
    "var_vector_resize_var_vector_null": WHY[0],
    "var_vector_null_count_var_vector_null": WHY[0],
    "var_vector_is_utf8_var_vector_null": WHY[0],
    "var_vector_append_var_vector_null": WHY[0],
    "var_vector_append_null_var_vector_null": WHY[0],
    "var_vector_get_var_vector_null": WHY[0],
    "var_vector_value_offset_var_vector_null": WHY[0],
    "var_vector_value_length_var_vector_null": WHY[0],
    "var_vector_is_valid_var_vector_null": WHY[0],
    "var_vector_read_var_vector_null": WHY[0],
    "batch_create_region_null": WHY[0],
    "batch_release_batch_null": WHY[0],
    "batch_add_column_batch_null": WHY[0],
    "batch_num_columns_batch_null": WHY[0],
    "batch_num_rows_batch_null": WHY[0],
    "batch_column_name_batch_null": WHY[0],
    "batch_validate_batch_null": WHY[0],
    "batch_append_row_batch_null": WHY[0],
    "list_vector_create_region_null": WHY[0],
    "list_vector_release_list_vector_null": WHY[0],
    "list_vector_length_list_vector_null": WHY[0],
    "list_vector_capacity_list_vector_null": WHY[0],
    "list_vector_null_count_list_vector_null": WHY[0],
    "list_vector_is_map_list_vector_null": WHY[0],
    "list_vector_is_valid_list_vector_null": WHY[0],
    "list_vector_value_offset_list_vector_null": WHY[0],
    "list_vector_value_length_list_vector_null": WHY[0],
    "list_vector_append_list_vector_null": WHY[0],
    "list_vector_append_null_list_vector_null": WHY[0],
    "list_vector_lookup_list_vector_null": WHY[0],
    "batch_stream_create_region_null": WHY[0],
    "batch_stream_release_batch_stream_null": WHY[0],
    "batch_stream_add_batch_batch_stream_null": WHY[0],
    "batch_stream_num_batches_batch_stream_null": WHY[0],
    "foreign_create_region_null": WHY[0],
    "foreign_release_foreign_null": WHY[0],
    "foreign_length_foreign_null": WHY[0],
    "foreign_null_count_foreign_null": WHY[0],
    "foreign_offset_foreign_null": WHY[0],
    "foreign_num_children_foreign_null": WHY[0],
    "foreign_format_foreign_null": WHY[0],
    "borrow_shared_buffer_null": WHY[0],
    "borrow_shared_bytes_null": WHY[0],
    "borrow_shared_string_null": WHY[0],
    "borrow_shared_vector_null": WHY[0],
    "borrow_shared_var_vector_null": WHY[0],
    "borrow_shared_foreign_null": WHY[0],
    "borrow_unique_buffer_null": WHY[0],
    "borrow_unique_bytes_null": WHY[0],
    "borrow_unique_string_null": WHY[0],
    "borrow_unique_vector_null": WHY[0],
    "borrow_unique_var_vector_null": WHY[0],
    "borrow_unique_foreign_null": WHY[0],
}


def test_every_case_is_a_test_or_not_expressible():
    tests = {name[len("test_"):] for name in globals() if name.startswith("test_")}
    tests.discard("every_case_is_a_test_or_not_expressible")
    assert len(tests) == 634
    assert not tests & set(NOT_EXPRESSIBLE)
    assert len(tests) + len(NOT_EXPRESSIBLE) == 726


def test_region_destroy_region_reused():
    """region.destroy (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    region.close()
    newer = weaveheap.Region()
    again = weaveheap.Region.from_handle(region.handle, owned=False)
    expect_misuse(lambda: again.close(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    newer.close()


def test_region_destroy_region_forged():
    """region.destroy (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Region.from_handle(0x1fffffff00000001, owned=False)
    expect_misuse(lambda: recv.close(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_region_destroy_region_wrong_kind_buffer():
    """region.destroy (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    other = region.alloc(16, 16)
    other.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    recv = weaveheap.Region.from_handle(other.handle, owned=False)
    before = remember(other)
    expect_misuse(lambda: recv.close(), weaveheap.WrongKindError, 'stale_rejected', None)
    unchanged(before, other)
    region.close()


def test_region_destroy_region_double_release():
    """region.destroy (double_release): a second wrapper of an already released handle is closed; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    region.close()
    again = weaveheap.Region.from_handle(region.handle, owned=False)
    expect_misuse(lambda: again.close(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_region_destroy_region_while_borrowed_shared():
    """region.destroy (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    viewed = region.alloc(16, 16)
    viewed.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    before = remember(viewed)
    held = viewed.view().obj
    expect_misuse(lambda: region.close(), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, viewed)
    region.close()


def test_region_reset_region_stale():
    """region.reset (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    region.close()
    expect_misuse(lambda: region.reset(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_region_reset_region_reused():
    """region.reset (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    region.close()
    newer = weaveheap.Region()
    expect_misuse(lambda: region.reset(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    newer.close()


def test_region_reset_region_forged():
    """region.reset (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Region.from_handle(0x1fffffff00000001, owned=False)
    expect_misuse(lambda: recv.reset(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_region_reset_region_wrong_kind_buffer():
    """region.reset (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    other = region.alloc(16, 16)
    other.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    recv = weaveheap.Region.from_handle(other.handle, owned=False)
    before = remember(other)
    expect_misuse(lambda: recv.reset(), weaveheap.WrongKindError, 'stale_rejected', None)
    unchanged(before, other)
    region.close()


def test_region_reset_region_while_borrowed_shared():
    """region.reset (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    viewed = region.alloc(16, 16)
    viewed.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    before = remember(viewed)
    held = viewed.view().obj
    expect_misuse(lambda: region.reset(), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, viewed)
    region.close()


def test_region_stats_region_stale():
    """region.stats (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    region.close()
    expect_misuse(lambda: region.stats(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_region_stats_region_reused():
    """region.stats (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    region.close()
    newer = weaveheap.Region()
    expect_misuse(lambda: region.stats(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    newer.close()


def test_region_stats_region_forged():
    """region.stats (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Region.from_handle(0x1fffffff00000001, owned=False)
    expect_misuse(lambda: recv.stats(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_region_stats_region_wrong_kind_buffer():
    """region.stats (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    other = region.alloc(16, 16)
    other.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    recv = weaveheap.Region.from_handle(other.handle, owned=False)
    before = remember(other)
    expect_misuse(lambda: recv.stats(), weaveheap.WrongKindError, 'stale_rejected', None)
    unchanged(before, other)
    region.close()


def test_buffer_alloc_region_stale():
    """buffer.alloc (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    region.close()
    expect_misuse(lambda: region.alloc(16, 16), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_buffer_alloc_region_reused():
    """buffer.alloc (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    region.close()
    newer = weaveheap.Region()
    expect_misuse(lambda: region.alloc(16, 16), weaveheap.ReusedHandleError, 'stale_rejected', None)
    newer.close()


def test_buffer_alloc_region_forged():
    """buffer.alloc (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Region.from_handle(0x1fffffff00000001, owned=False)
    expect_misuse(lambda: recv.alloc(16, 16), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_buffer_alloc_region_wrong_kind_buffer():
    """buffer.alloc (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    other = region.alloc(16, 16)
    other.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    recv = weaveheap.Region.from_handle(other.handle, owned=False)
    before = remember(other)
    expect_misuse(lambda: recv.alloc(16, 16), weaveheap.WrongKindError, 'stale_rejected', None)
    unchanged(before, other)
    region.close()


def test_buffer_alloc_region_absurd_value_size_1000000000001():
    """buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.alloc(281474976710657, 16), weaveheap.InvalidArgumentError, None, None)
    region.close()


def test_buffer_alloc_region_absurd_value_size_ffffffffffffffff():
    """buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.alloc(18446744073709551615, 16), weaveheap.InvalidArgumentError, None, None)
    region.close()


def test_buffer_alloc_region_absurd_value_size_100000010_limited():
    """buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region(byte_limit=1048576)
    expect_misuse(lambda: region.alloc(4294967312, 16), weaveheap.OutOfMemoryError, None, None)
    region.close()


def test_buffer_alloc_region_absurd_value_size_10000000000_limited():
    """buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region(byte_limit=1048576)
    expect_misuse(lambda: region.alloc(1099511627776, 16), weaveheap.OutOfMemoryError, None, None)
    region.close()


def test_buffer_alloc_region_absurd_value_size_1000000000000_limited():
    """buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region(byte_limit=1048576)
    expect_misuse(lambda: region.alloc(281474976710656, 16), weaveheap.OutOfMemoryError, None, None)
    region.close()


def test_buffer_alloc_region_absurd_value_size_10000000000():
    """buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.alloc(1099511627776, 16), weaveheap.OutOfMemoryError, None, None)
    region.close()


def test_buffer_alloc_region_absurd_value_size_1000000000000():
    """buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.alloc(281474976710656, 16), weaveheap.OutOfMemoryError, None, None)
    region.close()


def test_buffer_alloc_region_absurd_value_align_100001():
    """buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.alloc(16, 1048577), weaveheap.InvalidArgumentError, None, None)
    region.close()


def test_buffer_alloc_region_absurd_value_align_ffffffffffffffff():
    """buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.alloc(16, 18446744073709551615), weaveheap.InvalidArgumentError, None, None)
    region.close()


def test_buffer_alloc_region_bad_alignment_align_0():
    """buffer.alloc (bad_alignment): an integer that must be a power of two and is not; expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.alloc(16, 0), weaveheap.InvalidArgumentError, None, None)
    region.close()


def test_buffer_alloc_region_bad_alignment_align_3():
    """buffer.alloc (bad_alignment): an integer that must be a power of two and is not; expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.alloc(16, 3), weaveheap.InvalidArgumentError, None, None)
    region.close()


def test_buffer_alloc_region_bad_alignment_align_18():
    """buffer.alloc (bad_alignment): an integer that must be a power of two and is not; expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.alloc(16, 24), weaveheap.InvalidArgumentError, None, None)
    region.close()


def test_buffer_release_buffer_reused():
    """buffer.release (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    recv.close()
    newer = region.alloc(16, 16)
    newer.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    again = weaveheap.Buffer.from_handle(recv.handle, owned=False)
    before = remember(newer)
    expect_misuse(lambda: again.close(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_buffer_release_buffer_forged():
    """buffer.release (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Buffer.from_handle(0x2fffffff00000001, owned=False)
    expect_misuse(lambda: recv.close(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_buffer_release_buffer_wrong_kind_region():
    """buffer.release (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Buffer.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.close(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_buffer_release_buffer_after_region_destroy():
    """buffer.release (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    region.close()
    expect_misuse(lambda: recv.close(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_buffer_release_buffer_double_release():
    """buffer.release (double_release): a second wrapper of an already released handle is closed; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    recv.close()
    again = weaveheap.Buffer.from_handle(recv.handle, owned=False)
    expect_misuse(lambda: again.close(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_buffer_release_buffer_while_borrowed_shared():
    """buffer.release (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    before = remember(recv)
    held = recv.view().obj
    expect_misuse(lambda: recv.close(), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_buffer_size_buffer_stale():
    """buffer.size (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    recv.close()
    expect_misuse(lambda: recv.size(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_buffer_size_buffer_reused():
    """buffer.size (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    recv.close()
    newer = region.alloc(16, 16)
    newer.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    before = remember(newer)
    expect_misuse(lambda: recv.size(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_buffer_size_buffer_forged():
    """buffer.size (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Buffer.from_handle(0x2fffffff00000001, owned=False)
    expect_misuse(lambda: recv.size(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_buffer_size_buffer_wrong_kind_region():
    """buffer.size (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Buffer.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.size(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_buffer_size_buffer_after_region_destroy():
    """buffer.size (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    region.close()
    expect_misuse(lambda: recv.size(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_buffer_write_buffer_stale():
    """buffer.write (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    recv.close()
    expect_misuse(lambda: recv.write(0, b'hello'), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_buffer_write_buffer_reused():
    """buffer.write (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    recv.close()
    newer = region.alloc(16, 16)
    newer.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    before = remember(newer)
    expect_misuse(lambda: recv.write(0, b'hello'), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_buffer_write_buffer_forged():
    """buffer.write (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Buffer.from_handle(0x2fffffff00000001, owned=False)
    expect_misuse(lambda: recv.write(0, b'hello'), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_buffer_write_buffer_wrong_kind_region():
    """buffer.write (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Buffer.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.write(0, b'hello'), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_buffer_write_buffer_after_region_destroy():
    """buffer.write (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    region.close()
    expect_misuse(lambda: recv.write(0, b'hello'), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_buffer_write_buffer_while_borrowed_shared():
    """buffer.write (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    before = remember(recv)
    held = recv.view().obj
    expect_misuse(lambda: recv.write(0, b'hello'), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_buffer_write_buffer_absurd_value_offset_100000010():
    """buffer.write (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    before = remember(recv)
    expect_misuse(lambda: recv.write(4294967312, b'hello'), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_buffer_write_buffer_absurd_value_offset_10000000000():
    """buffer.write (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    before = remember(recv)
    expect_misuse(lambda: recv.write(1099511627776, b'hello'), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_buffer_write_buffer_absurd_value_offset_ffffffffffffffff():
    """buffer.write (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    before = remember(recv)
    expect_misuse(lambda: recv.write(18446744073709551615, b'hello'), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_buffer_write_buffer_null_data():
    """buffer.write (null): null (None, nil) where a value is required; expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    before = remember(recv)
    expect_misuse(lambda: recv.write(0, None), weaveheap.InvalidArgumentError, None, 'data')
    unchanged(before, recv)
    region.close()


def test_buffer_read_buffer_stale():
    """buffer.read (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    recv.close()
    expect_misuse(lambda: recv.read(0, bytearray(4)), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_buffer_read_buffer_reused():
    """buffer.read (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    recv.close()
    newer = region.alloc(16, 16)
    newer.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    before = remember(newer)
    expect_misuse(lambda: recv.read(0, bytearray(4)), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_buffer_read_buffer_forged():
    """buffer.read (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Buffer.from_handle(0x2fffffff00000001, owned=False)
    expect_misuse(lambda: recv.read(0, bytearray(4)), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_buffer_read_buffer_wrong_kind_region():
    """buffer.read (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Buffer.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.read(0, bytearray(4)), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_buffer_read_buffer_after_region_destroy():
    """buffer.read (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    region.close()
    expect_misuse(lambda: recv.read(0, bytearray(4)), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_buffer_read_buffer_while_borrowed_unique():
    """buffer.read (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    before = remember(recv)
    held = recv.view(writable=True).obj
    expect_misuse(lambda: recv.read(0, bytearray(4)), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_buffer_read_buffer_absurd_value_offset_100000010():
    """buffer.read (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    before = remember(recv)
    expect_misuse(lambda: recv.read(4294967312, bytearray(4)), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_buffer_read_buffer_absurd_value_offset_10000000000():
    """buffer.read (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    before = remember(recv)
    expect_misuse(lambda: recv.read(1099511627776, bytearray(4)), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_buffer_read_buffer_absurd_value_offset_ffffffffffffffff():
    """buffer.read (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    before = remember(recv)
    expect_misuse(lambda: recv.read(18446744073709551615, bytearray(4)), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_buffer_read_buffer_null_dst():
    """buffer.read (null): null (None, nil) where a value is required; expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    before = remember(recv)
    expect_misuse(lambda: recv.read(0, None), weaveheap.InvalidArgumentError, None, 'dst')
    unchanged(before, recv)
    region.close()


def test_bytes_create_region_stale():
    """bytes.create (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    region.close()
    expect_misuse(lambda: region.bytes(b'hello'), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_bytes_create_region_reused():
    """bytes.create (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    region.close()
    newer = weaveheap.Region()
    expect_misuse(lambda: region.bytes(b'hello'), weaveheap.ReusedHandleError, 'stale_rejected', None)
    newer.close()


def test_bytes_create_region_forged():
    """bytes.create (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Region.from_handle(0x1fffffff00000001, owned=False)
    expect_misuse(lambda: recv.bytes(b'hello'), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_bytes_create_region_wrong_kind_buffer():
    """bytes.create (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    other = region.alloc(16, 16)
    other.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    recv = weaveheap.Region.from_handle(other.handle, owned=False)
    before = remember(other)
    expect_misuse(lambda: recv.bytes(b'hello'), weaveheap.WrongKindError, 'stale_rejected', None)
    unchanged(before, other)
    region.close()


def test_bytes_create_region_null_data():
    """bytes.create (null): null (None, nil) where a value is required; expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.bytes(None), weaveheap.InvalidArgumentError, None, 'data')
    region.close()


def test_bytes_release_bytes_reused():
    """bytes.release (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.bytes(b'hello')
    recv.close()
    newer = region.bytes(b'hello')
    again = weaveheap.Bytes.from_handle(recv.handle, owned=False)
    before = remember(newer)
    expect_misuse(lambda: again.close(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_bytes_release_bytes_forged():
    """bytes.release (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Bytes.from_handle(0x3fffffff00000001, owned=False)
    expect_misuse(lambda: recv.close(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_bytes_release_bytes_wrong_kind_region():
    """bytes.release (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Bytes.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.close(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_bytes_release_bytes_after_region_destroy():
    """bytes.release (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.bytes(b'hello')
    region.close()
    expect_misuse(lambda: recv.close(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_bytes_release_bytes_double_release():
    """bytes.release (double_release): a second wrapper of an already released handle is closed; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.bytes(b'hello')
    recv.close()
    again = weaveheap.Bytes.from_handle(recv.handle, owned=False)
    expect_misuse(lambda: again.close(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_bytes_release_bytes_while_borrowed_shared():
    """bytes.release (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.bytes(b'hello')
    before = remember(recv)
    held = recv.view().obj
    expect_misuse(lambda: recv.close(), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_bytes_length_bytes_stale():
    """bytes.length (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.bytes(b'hello')
    recv.close()
    expect_misuse(lambda: recv.length(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_bytes_length_bytes_reused():
    """bytes.length (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.bytes(b'hello')
    recv.close()
    newer = region.bytes(b'hello')
    before = remember(newer)
    expect_misuse(lambda: recv.length(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_bytes_length_bytes_forged():
    """bytes.length (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Bytes.from_handle(0x3fffffff00000001, owned=False)
    expect_misuse(lambda: recv.length(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_bytes_length_bytes_wrong_kind_region():
    """bytes.length (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Bytes.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.length(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_bytes_length_bytes_after_region_destroy():
    """bytes.length (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.bytes(b'hello')
    region.close()
    expect_misuse(lambda: recv.length(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_bytes_dup_bytes_stale():
    """bytes.dup (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.bytes(b'hello')
    recv.close()
    expect_misuse(lambda: recv.dup(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_bytes_dup_bytes_reused():
    """bytes.dup (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.bytes(b'hello')
    recv.close()
    newer = region.bytes(b'hello')
    before = remember(newer)
    expect_misuse(lambda: recv.dup(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_bytes_dup_bytes_forged():
    """bytes.dup (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Bytes.from_handle(0x3fffffff00000001, owned=False)
    expect_misuse(lambda: recv.dup(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_bytes_dup_bytes_wrong_kind_region():
    """bytes.dup (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Bytes.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.dup(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_bytes_dup_bytes_after_region_destroy():
    """bytes.dup (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.bytes(b'hello')
    region.close()
    expect_misuse(lambda: recv.dup(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_bytes_dup_bytes_while_borrowed_unique():
    """bytes.dup (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.bytes(b'hello')
    before = remember(recv)
    held = weaveheap.View.from_handle(weaveheap.native.borrow_unique(recv.handle)[0])
    expect_misuse(lambda: recv.dup(), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_string_create_region_stale():
    """string.create (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    region.close()
    expect_misuse(lambda: region.string(b'hello'), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_string_create_region_reused():
    """string.create (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    region.close()
    newer = weaveheap.Region()
    expect_misuse(lambda: region.string(b'hello'), weaveheap.ReusedHandleError, 'stale_rejected', None)
    newer.close()


def test_string_create_region_forged():
    """string.create (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Region.from_handle(0x1fffffff00000001, owned=False)
    expect_misuse(lambda: recv.string(b'hello'), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_string_create_region_wrong_kind_buffer():
    """string.create (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    other = region.alloc(16, 16)
    other.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    recv = weaveheap.Region.from_handle(other.handle, owned=False)
    before = remember(other)
    expect_misuse(lambda: recv.string(b'hello'), weaveheap.WrongKindError, 'stale_rejected', None)
    unchanged(before, other)
    region.close()


def test_string_create_region_null_text():
    """string.create (null): null (None, nil) where a value is required; expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.string(None), weaveheap.InvalidArgumentError, None, 'text')
    region.close()


def test_string_create_region_invalid_utf8_text():
    """string.create (invalid_utf8): text that is not UTF-8; expects InvalidUtf8Error, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.string(b'\xc3(\xff'), weaveheap.InvalidUtf8Error, None, None)
    region.close()


def test_string_release_string_reused():
    """string.release (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.string(b'hello')
    recv.close()
    newer = region.string(b'hello')
    again = weaveheap.String.from_handle(recv.handle, owned=False)
    before = remember(newer)
    expect_misuse(lambda: again.close(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_string_release_string_forged():
    """string.release (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.String.from_handle(0x4fffffff00000001, owned=False)
    expect_misuse(lambda: recv.close(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_string_release_string_wrong_kind_region():
    """string.release (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.String.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.close(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_string_release_string_after_region_destroy():
    """string.release (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.string(b'hello')
    region.close()
    expect_misuse(lambda: recv.close(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_string_release_string_double_release():
    """string.release (double_release): a second wrapper of an already released handle is closed; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.string(b'hello')
    recv.close()
    again = weaveheap.String.from_handle(recv.handle, owned=False)
    expect_misuse(lambda: again.close(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_string_release_string_while_borrowed_shared():
    """string.release (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.string(b'hello')
    before = remember(recv)
    held = recv.view().obj
    expect_misuse(lambda: recv.close(), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_string_length_string_stale():
    """string.length (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.string(b'hello')
    recv.close()
    expect_misuse(lambda: recv.length(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_string_length_string_reused():
    """string.length (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.string(b'hello')
    recv.close()
    newer = region.string(b'hello')
    before = remember(newer)
    expect_misuse(lambda: recv.length(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_string_length_string_forged():
    """string.length (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.String.from_handle(0x4fffffff00000001, owned=False)
    expect_misuse(lambda: recv.length(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_string_length_string_wrong_kind_region():
    """string.length (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.String.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.length(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_string_length_string_after_region_destroy():
    """string.length (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.string(b'hello')
    region.close()
    expect_misuse(lambda: recv.length(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_string_dup_string_stale():
    """string.dup (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.string(b'hello')
    recv.close()
    expect_misuse(lambda: recv.dup(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_string_dup_string_reused():
    """string.dup (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.string(b'hello')
    recv.close()
    newer = region.string(b'hello')
    before = remember(newer)
    expect_misuse(lambda: recv.dup(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_string_dup_string_forged():
    """string.dup (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.String.from_handle(0x4fffffff00000001, owned=False)
    expect_misuse(lambda: recv.dup(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_string_dup_string_wrong_kind_region():
    """string.dup (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.String.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.dup(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_string_dup_string_after_region_destroy():
    """string.dup (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.string(b'hello')
    region.close()
    expect_misuse(lambda: recv.dup(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_string_dup_string_while_borrowed_unique():
    """string.dup (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.string(b'hello')
    before = remember(recv)
    held = weaveheap.View.from_handle(weaveheap.native.borrow_unique(recv.handle)[0])
    expect_misuse(lambda: recv.dup(), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_vector_create_region_stale():
    """vector.create (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    region.close()
    expect_misuse(lambda: region.vector(1, 16, False), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_vector_create_region_reused():
    """vector.create (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    region.close()
    newer = weaveheap.Region()
    expect_misuse(lambda: region.vector(1, 16, False), weaveheap.ReusedHandleError, 'stale_rejected', None)
    newer.close()


def test_vector_create_region_forged():
    """vector.create (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Region.from_handle(0x1fffffff00000001, owned=False)
    expect_misuse(lambda: recv.vector(1, 16, False), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_vector_create_region_wrong_kind_buffer():
    """vector.create (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    other = region.alloc(16, 16)
    other.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    recv = weaveheap.Region.from_handle(other.handle, owned=False)
    before = remember(other)
    expect_misuse(lambda: recv.vector(1, 16, False), weaveheap.WrongKindError, 'stale_rejected', None)
    unchanged(before, other)
    region.close()


def test_vector_create_region_absurd_value_capacity_1000000000001():
    """vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.vector(1, 281474976710657, False), weaveheap.InvalidArgumentError, None, None)
    region.close()


def test_vector_create_region_absurd_value_capacity_ffffffffffffffff():
    """vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.vector(1, 18446744073709551615, False), weaveheap.InvalidArgumentError, None, None)
    region.close()


def test_vector_create_region_absurd_value_capacity_100000010_limited():
    """vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region(byte_limit=1048576)
    expect_misuse(lambda: region.vector(1, 4294967312, False), weaveheap.OutOfMemoryError, None, None)
    region.close()


def test_vector_create_region_absurd_value_capacity_10000000000_limited():
    """vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region(byte_limit=1048576)
    expect_misuse(lambda: region.vector(1, 1099511627776, False), weaveheap.OutOfMemoryError, None, None)
    region.close()


def test_vector_create_region_absurd_value_capacity_1000000000000_limited():
    """vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region(byte_limit=1048576)
    expect_misuse(lambda: region.vector(1, 281474976710656, False), weaveheap.OutOfMemoryError, None, None)
    region.close()


def test_vector_create_region_absurd_value_capacity_10000000000():
    """vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.vector(1, 1099511627776, False), weaveheap.OutOfMemoryError, None, None)
    region.close()


def test_vector_create_region_absurd_value_capacity_1000000000000():
    """vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.vector(1, 281474976710656, False), weaveheap.OutOfMemoryError, None, None)
    region.close()


def test_vector_release_vector_reused():
    """vector.release (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    newer = region.vector(1, 16, False)
    again = weaveheap.Vector.from_handle(recv.handle, owned=False)
    before = remember(newer)
    expect_misuse(lambda: again.close(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_vector_release_vector_forged():
    """vector.release (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(0x7fffffff00000001, owned=False)
    expect_misuse(lambda: recv.close(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_vector_release_vector_wrong_kind_region():
    """vector.release (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.close(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_vector_release_vector_after_region_destroy():
    """vector.release (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    region.close()
    expect_misuse(lambda: recv.close(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_vector_release_vector_double_release():
    """vector.release (double_release): a second wrapper of an already released handle is closed; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    again = weaveheap.Vector.from_handle(recv.handle, owned=False)
    expect_misuse(lambda: again.close(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_vector_release_vector_while_borrowed_shared():
    """vector.release (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    held = recv.view().obj
    expect_misuse(lambda: recv.close(), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_vector_length_vector_stale():
    """vector.length (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    expect_misuse(lambda: recv.length(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_vector_length_vector_reused():
    """vector.length (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    newer = region.vector(1, 16, False)
    before = remember(newer)
    expect_misuse(lambda: recv.length(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_vector_length_vector_forged():
    """vector.length (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(0x7fffffff00000001, owned=False)
    expect_misuse(lambda: recv.length(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_vector_length_vector_wrong_kind_region():
    """vector.length (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.length(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_vector_length_vector_after_region_destroy():
    """vector.length (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    region.close()
    expect_misuse(lambda: recv.length(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_vector_capacity_vector_stale():
    """vector.capacity (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    expect_misuse(lambda: recv.capacity(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_vector_capacity_vector_reused():
    """vector.capacity (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    newer = region.vector(1, 16, False)
    before = remember(newer)
    expect_misuse(lambda: recv.capacity(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_vector_capacity_vector_forged():
    """vector.capacity (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(0x7fffffff00000001, owned=False)
    expect_misuse(lambda: recv.capacity(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_vector_capacity_vector_wrong_kind_region():
    """vector.capacity (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.capacity(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_vector_capacity_vector_after_region_destroy():
    """vector.capacity (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    region.close()
    expect_misuse(lambda: recv.capacity(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_vector_resize_vector_stale():
    """vector.resize (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    expect_misuse(lambda: recv.resize(16), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_vector_resize_vector_reused():
    """vector.resize (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    newer = region.vector(1, 16, False)
    before = remember(newer)
    expect_misuse(lambda: recv.resize(16), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_vector_resize_vector_forged():
    """vector.resize (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(0x7fffffff00000001, owned=False)
    expect_misuse(lambda: recv.resize(16), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_vector_resize_vector_wrong_kind_region():
    """vector.resize (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.resize(16), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_vector_resize_vector_after_region_destroy():
    """vector.resize (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    region.close()
    expect_misuse(lambda: recv.resize(16), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_vector_resize_vector_while_borrowed_shared():
    """vector.resize (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    held = recv.view().obj
    expect_misuse(lambda: recv.resize(16), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_vector_resize_vector_absurd_value_capacity_1000000000001():
    """vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.resize(281474976710657), weaveheap.InvalidArgumentError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_resize_vector_absurd_value_capacity_ffffffffffffffff():
    """vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.resize(18446744073709551615), weaveheap.InvalidArgumentError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_resize_vector_absurd_value_capacity_100000010_limited():
    """vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region(byte_limit=1048576)
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.resize(4294967312), weaveheap.OutOfMemoryError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_resize_vector_absurd_value_capacity_10000000000_limited():
    """vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region(byte_limit=1048576)
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.resize(1099511627776), weaveheap.OutOfMemoryError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_resize_vector_absurd_value_capacity_1000000000000_limited():
    """vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region(byte_limit=1048576)
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.resize(281474976710656), weaveheap.OutOfMemoryError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_resize_vector_absurd_value_capacity_10000000000():
    """vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.resize(1099511627776), weaveheap.OutOfMemoryError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_resize_vector_absurd_value_capacity_1000000000000():
    """vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.resize(281474976710656), weaveheap.OutOfMemoryError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_element_type_vector_stale():
    """vector.element_type (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    expect_misuse(lambda: recv.element_type(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_vector_element_type_vector_reused():
    """vector.element_type (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    newer = region.vector(1, 16, False)
    before = remember(newer)
    expect_misuse(lambda: recv.element_type(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_vector_element_type_vector_forged():
    """vector.element_type (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(0x7fffffff00000001, owned=False)
    expect_misuse(lambda: recv.element_type(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_vector_element_type_vector_wrong_kind_region():
    """vector.element_type (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.element_type(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_vector_element_type_vector_after_region_destroy():
    """vector.element_type (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    region.close()
    expect_misuse(lambda: recv.element_type(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_vector_null_count_vector_stale():
    """vector.null_count (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    expect_misuse(lambda: recv.null_count(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_vector_null_count_vector_reused():
    """vector.null_count (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    newer = region.vector(1, 16, False)
    before = remember(newer)
    expect_misuse(lambda: recv.null_count(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_vector_null_count_vector_forged():
    """vector.null_count (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(0x7fffffff00000001, owned=False)
    expect_misuse(lambda: recv.null_count(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_vector_null_count_vector_wrong_kind_region():
    """vector.null_count (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.null_count(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_vector_null_count_vector_after_region_destroy():
    """vector.null_count (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    region.close()
    expect_misuse(lambda: recv.null_count(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_vector_append_vector_stale():
    """vector.append (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    expect_misuse(lambda: recv.append(0), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_vector_append_vector_reused():
    """vector.append (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    newer = region.vector(1, 16, False)
    before = remember(newer)
    expect_misuse(lambda: recv.append(0), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_vector_append_vector_forged():
    """vector.append (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(0x7fffffff00000001, owned=False)
    expect_misuse(lambda: recv.append(0), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_vector_append_vector_wrong_kind_region():
    """vector.append (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.append(0), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_vector_append_vector_after_region_destroy():
    """vector.append (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    region.close()
    expect_misuse(lambda: recv.append(0), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_vector_append_vector_while_borrowed_shared():
    """vector.append (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    held = recv.view().obj
    expect_misuse(lambda: recv.append(0), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_vector_extend_vector_stale():
    """vector.extend (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    expect_misuse(lambda: recv.extend(b'hello'), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_vector_extend_vector_reused():
    """vector.extend (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    newer = region.vector(1, 16, False)
    before = remember(newer)
    expect_misuse(lambda: recv.extend(b'hello'), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_vector_extend_vector_forged():
    """vector.extend (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(0x7fffffff00000001, owned=False)
    expect_misuse(lambda: recv.extend(b'hello'), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_vector_extend_vector_wrong_kind_region():
    """vector.extend (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.extend(b'hello'), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_vector_extend_vector_after_region_destroy():
    """vector.extend (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    region.close()
    expect_misuse(lambda: recv.extend(b'hello'), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_vector_extend_vector_while_borrowed_shared():
    """vector.extend (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    held = recv.view().obj
    expect_misuse(lambda: recv.extend(b'hello'), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_vector_extend_vector_null_data():
    """vector.extend (null): null (None, nil) where a value is required; expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.extend(None), weaveheap.InvalidArgumentError, None, 'data')
    unchanged(before, recv)
    region.close()


def test_vector_append_null_vector_stale():
    """vector.append_null (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    expect_misuse(lambda: recv.append_null(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_vector_append_null_vector_reused():
    """vector.append_null (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    newer = region.vector(1, 16, False)
    before = remember(newer)
    expect_misuse(lambda: recv.append_null(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_vector_append_null_vector_forged():
    """vector.append_null (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(0x7fffffff00000001, owned=False)
    expect_misuse(lambda: recv.append_null(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_vector_append_null_vector_wrong_kind_region():
    """vector.append_null (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.append_null(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_vector_append_null_vector_after_region_destroy():
    """vector.append_null (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    region.close()
    expect_misuse(lambda: recv.append_null(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_vector_append_null_vector_while_borrowed_shared():
    """vector.append_null (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    held = recv.view().obj
    expect_misuse(lambda: recv.append_null(), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_vector_set_vector_stale():
    """vector.set (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    expect_misuse(lambda: recv.set(0, 0), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_vector_set_vector_reused():
    """vector.set (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    newer = region.vector(1, 16, False)
    before = remember(newer)
    expect_misuse(lambda: recv.set(0, 0), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_vector_set_vector_forged():
    """vector.set (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(0x7fffffff00000001, owned=False)
    expect_misuse(lambda: recv.set(0, 0), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_vector_set_vector_wrong_kind_region():
    """vector.set (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.set(0, 0), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_vector_set_vector_after_region_destroy():
    """vector.set (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    region.close()
    expect_misuse(lambda: recv.set(0, 0), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_vector_set_vector_while_borrowed_shared():
    """vector.set (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    held = recv.view().obj
    expect_misuse(lambda: recv.set(0, 0), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_vector_set_vector_absurd_value_index_100000010():
    """vector.set (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.set(4294967312, 0), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_set_vector_absurd_value_index_10000000000():
    """vector.set (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.set(1099511627776, 0), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_set_vector_absurd_value_index_ffffffffffffffff():
    """vector.set (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.set(18446744073709551615, 0), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_get_vector_stale():
    """vector.get (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    expect_misuse(lambda: recv.get(0), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_vector_get_vector_reused():
    """vector.get (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    newer = region.vector(1, 16, False)
    before = remember(newer)
    expect_misuse(lambda: recv.get(0), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_vector_get_vector_forged():
    """vector.get (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(0x7fffffff00000001, owned=False)
    expect_misuse(lambda: recv.get(0), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_vector_get_vector_wrong_kind_region():
    """vector.get (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.get(0), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_vector_get_vector_after_region_destroy():
    """vector.get (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    region.close()
    expect_misuse(lambda: recv.get(0), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_vector_get_vector_while_borrowed_unique():
    """vector.get (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    held = weaveheap.View.from_handle(weaveheap.native.borrow_unique(recv.handle)[0])
    expect_misuse(lambda: recv.get(0), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_vector_get_vector_absurd_value_index_100000010():
    """vector.get (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.get(4294967312), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_get_vector_absurd_value_index_10000000000():
    """vector.get (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.get(1099511627776), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_get_vector_absurd_value_index_ffffffffffffffff():
    """vector.get (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.get(18446744073709551615), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_append_f64_vector_stale():
    """vector.append_f64 (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    expect_misuse(lambda: recv.append_f64(1.5), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_vector_append_f64_vector_reused():
    """vector.append_f64 (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    newer = region.vector(1, 16, False)
    before = remember(newer)
    expect_misuse(lambda: recv.append_f64(1.5), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_vector_append_f64_vector_forged():
    """vector.append_f64 (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(0x7fffffff00000001, owned=False)
    expect_misuse(lambda: recv.append_f64(1.5), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_vector_append_f64_vector_wrong_kind_region():
    """vector.append_f64 (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.append_f64(1.5), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_vector_append_f64_vector_after_region_destroy():
    """vector.append_f64 (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    region.close()
    expect_misuse(lambda: recv.append_f64(1.5), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_vector_append_f64_vector_while_borrowed_shared():
    """vector.append_f64 (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    held = recv.view().obj
    expect_misuse(lambda: recv.append_f64(1.5), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_vector_set_f64_vector_stale():
    """vector.set_f64 (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    expect_misuse(lambda: recv.set_f64(0, 1.5), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_vector_set_f64_vector_reused():
    """vector.set_f64 (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    newer = region.vector(1, 16, False)
    before = remember(newer)
    expect_misuse(lambda: recv.set_f64(0, 1.5), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_vector_set_f64_vector_forged():
    """vector.set_f64 (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(0x7fffffff00000001, owned=False)
    expect_misuse(lambda: recv.set_f64(0, 1.5), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_vector_set_f64_vector_wrong_kind_region():
    """vector.set_f64 (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.set_f64(0, 1.5), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_vector_set_f64_vector_after_region_destroy():
    """vector.set_f64 (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    region.close()
    expect_misuse(lambda: recv.set_f64(0, 1.5), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_vector_set_f64_vector_while_borrowed_shared():
    """vector.set_f64 (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    held = recv.view().obj
    expect_misuse(lambda: recv.set_f64(0, 1.5), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_vector_set_f64_vector_absurd_value_index_100000010():
    """vector.set_f64 (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.set_f64(4294967312, 1.5), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_set_f64_vector_absurd_value_index_10000000000():
    """vector.set_f64 (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.set_f64(1099511627776, 1.5), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_set_f64_vector_absurd_value_index_ffffffffffffffff():
    """vector.set_f64 (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.set_f64(18446744073709551615, 1.5), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_get_f64_vector_stale():
    """vector.get_f64 (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    expect_misuse(lambda: recv.get_f64(0), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_vector_get_f64_vector_reused():
    """vector.get_f64 (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    newer = region.vector(1, 16, False)
    before = remember(newer)
    expect_misuse(lambda: recv.get_f64(0), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_vector_get_f64_vector_forged():
    """vector.get_f64 (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(0x7fffffff00000001, owned=False)
    expect_misuse(lambda: recv.get_f64(0), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_vector_get_f64_vector_wrong_kind_region():
    """vector.get_f64 (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.get_f64(0), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_vector_get_f64_vector_after_region_destroy():
    """vector.get_f64 (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    region.close()
    expect_misuse(lambda: recv.get_f64(0), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_vector_get_f64_vector_while_borrowed_unique():
    """vector.get_f64 (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    held = weaveheap.View.from_handle(weaveheap.native.borrow_unique(recv.handle)[0])
    expect_misuse(lambda: recv.get_f64(0), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_vector_get_f64_vector_absurd_value_index_100000010():
    """vector.get_f64 (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.get_f64(4294967312), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_get_f64_vector_absurd_value_index_10000000000():
    """vector.get_f64 (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.get_f64(1099511627776), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_get_f64_vector_absurd_value_index_ffffffffffffffff():
    """vector.get_f64 (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.get_f64(18446744073709551615), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_is_valid_vector_stale():
    """vector.is_valid (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    expect_misuse(lambda: recv.is_valid(0), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_vector_is_valid_vector_reused():
    """vector.is_valid (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    newer = region.vector(1, 16, False)
    before = remember(newer)
    expect_misuse(lambda: recv.is_valid(0), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_vector_is_valid_vector_forged():
    """vector.is_valid (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(0x7fffffff00000001, owned=False)
    expect_misuse(lambda: recv.is_valid(0), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_vector_is_valid_vector_wrong_kind_region():
    """vector.is_valid (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.is_valid(0), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_vector_is_valid_vector_after_region_destroy():
    """vector.is_valid (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    region.close()
    expect_misuse(lambda: recv.is_valid(0), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_vector_is_valid_vector_absurd_value_index_100000010():
    """vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.is_valid(4294967312), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_is_valid_vector_absurd_value_index_10000000000():
    """vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.is_valid(1099511627776), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_is_valid_vector_absurd_value_index_ffffffffffffffff():
    """vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.is_valid(18446744073709551615), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_read_vector_stale():
    """vector.read (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    expect_misuse(lambda: recv.read(0, bytearray(4)), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_vector_read_vector_reused():
    """vector.read (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    newer = region.vector(1, 16, False)
    before = remember(newer)
    expect_misuse(lambda: recv.read(0, bytearray(4)), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_vector_read_vector_forged():
    """vector.read (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(0x7fffffff00000001, owned=False)
    expect_misuse(lambda: recv.read(0, bytearray(4)), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_vector_read_vector_wrong_kind_region():
    """vector.read (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.read(0, bytearray(4)), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_vector_read_vector_after_region_destroy():
    """vector.read (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    region.close()
    expect_misuse(lambda: recv.read(0, bytearray(4)), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_vector_read_vector_while_borrowed_unique():
    """vector.read (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    held = weaveheap.View.from_handle(weaveheap.native.borrow_unique(recv.handle)[0])
    expect_misuse(lambda: recv.read(0, bytearray(4)), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_vector_read_vector_absurd_value_offset_100000010():
    """vector.read (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.read(4294967312, bytearray(4)), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_read_vector_absurd_value_offset_10000000000():
    """vector.read (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.read(1099511627776, bytearray(4)), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_read_vector_absurd_value_offset_ffffffffffffffff():
    """vector.read (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.read(18446744073709551615, bytearray(4)), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_vector_read_vector_null_dst():
    """vector.read (null): null (None, nil) where a value is required; expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    expect_misuse(lambda: recv.read(0, None), weaveheap.InvalidArgumentError, None, 'dst')
    unchanged(before, recv)
    region.close()


def test_var_vector_create_region_stale():
    """var_vector.create (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    region.close()
    expect_misuse(lambda: region.var_vector(16, 16, False, False), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_var_vector_create_region_reused():
    """var_vector.create (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    region.close()
    newer = weaveheap.Region()
    expect_misuse(lambda: region.var_vector(16, 16, False, False), weaveheap.ReusedHandleError, 'stale_rejected', None)
    newer.close()


def test_var_vector_create_region_forged():
    """var_vector.create (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Region.from_handle(0x1fffffff00000001, owned=False)
    expect_misuse(lambda: recv.var_vector(16, 16, False, False), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_create_region_wrong_kind_buffer():
    """var_vector.create (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    other = region.alloc(16, 16)
    other.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    recv = weaveheap.Region.from_handle(other.handle, owned=False)
    before = remember(other)
    expect_misuse(lambda: recv.var_vector(16, 16, False, False), weaveheap.WrongKindError, 'stale_rejected', None)
    unchanged(before, other)
    region.close()


def test_var_vector_create_region_absurd_value_capacity_1000000000001():
    """var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.var_vector(281474976710657, 16, False, False), weaveheap.InvalidArgumentError, None, None)
    region.close()


def test_var_vector_create_region_absurd_value_capacity_ffffffffffffffff():
    """var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.var_vector(18446744073709551615, 16, False, False), weaveheap.InvalidArgumentError, None, None)
    region.close()


def test_var_vector_create_region_absurd_value_capacity_100000010_limited():
    """var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region(byte_limit=1048576)
    expect_misuse(lambda: region.var_vector(4294967312, 16, False, False), weaveheap.OutOfMemoryError, None, None)
    region.close()


def test_var_vector_create_region_absurd_value_capacity_10000000000_limited():
    """var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region(byte_limit=1048576)
    expect_misuse(lambda: region.var_vector(1099511627776, 16, False, False), weaveheap.OutOfMemoryError, None, None)
    region.close()


def test_var_vector_create_region_absurd_value_capacity_1000000000000_limited():
    """var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region(byte_limit=1048576)
    expect_misuse(lambda: region.var_vector(281474976710656, 16, False, False), weaveheap.OutOfMemoryError, None, None)
    region.close()


def test_var_vector_create_region_absurd_value_capacity_10000000000():
    """var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.var_vector(1099511627776, 16, False, False), weaveheap.OutOfMemoryError, None, None)
    region.close()


def test_var_vector_create_region_absurd_value_capacity_1000000000000():
    """var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.var_vector(281474976710656, 16, False, False), weaveheap.OutOfMemoryError, None, None)
    region.close()


def test_var_vector_create_region_absurd_value_data_capacity_80000000():
    """var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.var_vector(16, 2147483648, False, False), weaveheap.InvalidArgumentError, None, None)
    region.close()


def test_var_vector_create_region_absurd_value_data_capacity_ffffffffffffffff():
    """var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.var_vector(16, 18446744073709551615, False, False), weaveheap.InvalidArgumentError, None, None)
    region.close()


def test_var_vector_release_var_vector_reused():
    """var_vector.release (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    newer = region.var_vector(16, 16, False, False)
    again = weaveheap.VarVector.from_handle(recv.handle, owned=False)
    before = remember(newer)
    expect_misuse(lambda: again.close(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_var_vector_release_var_vector_forged():
    """var_vector.release (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(0xafffffff00000001, owned=False)
    expect_misuse(lambda: recv.close(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_release_var_vector_wrong_kind_region():
    """var_vector.release (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.close(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_var_vector_release_var_vector_after_region_destroy():
    """var_vector.release (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    region.close()
    expect_misuse(lambda: recv.close(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_var_vector_release_var_vector_double_release():
    """var_vector.release (double_release): a second wrapper of an already released handle is closed; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    again = weaveheap.VarVector.from_handle(recv.handle, owned=False)
    expect_misuse(lambda: again.close(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_release_var_vector_while_borrowed_shared():
    """var_vector.release (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    held = recv.view().obj
    expect_misuse(lambda: recv.close(), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_var_vector_length_var_vector_stale():
    """var_vector.length (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    expect_misuse(lambda: recv.length(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_length_var_vector_reused():
    """var_vector.length (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    newer = region.var_vector(16, 16, False, False)
    before = remember(newer)
    expect_misuse(lambda: recv.length(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_var_vector_length_var_vector_forged():
    """var_vector.length (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(0xafffffff00000001, owned=False)
    expect_misuse(lambda: recv.length(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_length_var_vector_wrong_kind_region():
    """var_vector.length (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.length(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_var_vector_length_var_vector_after_region_destroy():
    """var_vector.length (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    region.close()
    expect_misuse(lambda: recv.length(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_var_vector_capacity_var_vector_stale():
    """var_vector.capacity (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    expect_misuse(lambda: recv.capacity(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_capacity_var_vector_reused():
    """var_vector.capacity (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    newer = region.var_vector(16, 16, False, False)
    before = remember(newer)
    expect_misuse(lambda: recv.capacity(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_var_vector_capacity_var_vector_forged():
    """var_vector.capacity (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(0xafffffff00000001, owned=False)
    expect_misuse(lambda: recv.capacity(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_capacity_var_vector_wrong_kind_region():
    """var_vector.capacity (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.capacity(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_var_vector_capacity_var_vector_after_region_destroy():
    """var_vector.capacity (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    region.close()
    expect_misuse(lambda: recv.capacity(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_var_vector_data_length_var_vector_stale():
    """var_vector.data_length (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    expect_misuse(lambda: recv.data_length(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_data_length_var_vector_reused():
    """var_vector.data_length (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    newer = region.var_vector(16, 16, False, False)
    before = remember(newer)
    expect_misuse(lambda: recv.data_length(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_var_vector_data_length_var_vector_forged():
    """var_vector.data_length (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(0xafffffff00000001, owned=False)
    expect_misuse(lambda: recv.data_length(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_data_length_var_vector_wrong_kind_region():
    """var_vector.data_length (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.data_length(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_var_vector_data_length_var_vector_after_region_destroy():
    """var_vector.data_length (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    region.close()
    expect_misuse(lambda: recv.data_length(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_var_vector_data_capacity_var_vector_stale():
    """var_vector.data_capacity (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    expect_misuse(lambda: recv.data_capacity(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_data_capacity_var_vector_reused():
    """var_vector.data_capacity (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    newer = region.var_vector(16, 16, False, False)
    before = remember(newer)
    expect_misuse(lambda: recv.data_capacity(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_var_vector_data_capacity_var_vector_forged():
    """var_vector.data_capacity (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(0xafffffff00000001, owned=False)
    expect_misuse(lambda: recv.data_capacity(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_data_capacity_var_vector_wrong_kind_region():
    """var_vector.data_capacity (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.data_capacity(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_var_vector_data_capacity_var_vector_after_region_destroy():
    """var_vector.data_capacity (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    region.close()
    expect_misuse(lambda: recv.data_capacity(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_var_vector_resize_var_vector_stale():
    """var_vector.resize (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    expect_misuse(lambda: recv.resize(16, 16), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_resize_var_vector_reused():
    """var_vector.resize (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    newer = region.var_vector(16, 16, False, False)
    before = remember(newer)
    expect_misuse(lambda: recv.resize(16, 16), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_var_vector_resize_var_vector_forged():
    """var_vector.resize (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(0xafffffff00000001, owned=False)
    expect_misuse(lambda: recv.resize(16, 16), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_resize_var_vector_wrong_kind_region():
    """var_vector.resize (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.resize(16, 16), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_var_vector_resize_var_vector_after_region_destroy():
    """var_vector.resize (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    region.close()
    expect_misuse(lambda: recv.resize(16, 16), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_var_vector_resize_var_vector_while_borrowed_shared():
    """var_vector.resize (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    held = recv.view().obj
    expect_misuse(lambda: recv.resize(16, 16), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_var_vector_resize_var_vector_absurd_value_capacity_1000000000001():
    """var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.resize(281474976710657, 16), weaveheap.InvalidArgumentError, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_resize_var_vector_absurd_value_capacity_ffffffffffffffff():
    """var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.resize(18446744073709551615, 16), weaveheap.InvalidArgumentError, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_resize_var_vector_absurd_value_capacity_100000010_limited():
    """var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region(byte_limit=1048576)
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.resize(4294967312, 16), weaveheap.OutOfMemoryError, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_resize_var_vector_absurd_value_capacity_10000000000_limited():
    """var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region(byte_limit=1048576)
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.resize(1099511627776, 16), weaveheap.OutOfMemoryError, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_resize_var_vector_absurd_value_capacity_1000000000000_limited():
    """var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region(byte_limit=1048576)
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.resize(281474976710656, 16), weaveheap.OutOfMemoryError, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_resize_var_vector_absurd_value_capacity_10000000000():
    """var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.resize(1099511627776, 16), weaveheap.OutOfMemoryError, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_resize_var_vector_absurd_value_capacity_1000000000000():
    """var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.resize(281474976710656, 16), weaveheap.OutOfMemoryError, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_resize_var_vector_absurd_value_data_capacity_80000000():
    """var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.resize(16, 2147483648), weaveheap.InvalidArgumentError, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_resize_var_vector_absurd_value_data_capacity_ffffffffffffffff():
    """var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.resize(16, 18446744073709551615), weaveheap.InvalidArgumentError, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_null_count_var_vector_stale():
    """var_vector.null_count (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    expect_misuse(lambda: recv.null_count(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_null_count_var_vector_reused():
    """var_vector.null_count (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    newer = region.var_vector(16, 16, False, False)
    before = remember(newer)
    expect_misuse(lambda: recv.null_count(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_var_vector_null_count_var_vector_forged():
    """var_vector.null_count (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(0xafffffff00000001, owned=False)
    expect_misuse(lambda: recv.null_count(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_null_count_var_vector_wrong_kind_region():
    """var_vector.null_count (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.null_count(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_var_vector_null_count_var_vector_after_region_destroy():
    """var_vector.null_count (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    region.close()
    expect_misuse(lambda: recv.null_count(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_var_vector_is_utf8_var_vector_stale():
    """var_vector.is_utf8 (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    expect_misuse(lambda: recv.is_utf8(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_is_utf8_var_vector_reused():
    """var_vector.is_utf8 (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    newer = region.var_vector(16, 16, False, False)
    before = remember(newer)
    expect_misuse(lambda: recv.is_utf8(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_var_vector_is_utf8_var_vector_forged():
    """var_vector.is_utf8 (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(0xafffffff00000001, owned=False)
    expect_misuse(lambda: recv.is_utf8(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_is_utf8_var_vector_wrong_kind_region():
    """var_vector.is_utf8 (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.is_utf8(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_var_vector_is_utf8_var_vector_after_region_destroy():
    """var_vector.is_utf8 (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    region.close()
    expect_misuse(lambda: recv.is_utf8(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_var_vector_append_var_vector_stale():
    """var_vector.append (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    expect_misuse(lambda: recv.append(b'hello'), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_append_var_vector_reused():
    """var_vector.append (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    newer = region.var_vector(16, 16, False, False)
    before = remember(newer)
    expect_misuse(lambda: recv.append(b'hello'), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_var_vector_append_var_vector_forged():
    """var_vector.append (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(0xafffffff00000001, owned=False)
    expect_misuse(lambda: recv.append(b'hello'), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_append_var_vector_wrong_kind_region():
    """var_vector.append (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.append(b'hello'), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_var_vector_append_var_vector_after_region_destroy():
    """var_vector.append (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    region.close()
    expect_misuse(lambda: recv.append(b'hello'), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_var_vector_append_var_vector_while_borrowed_shared():
    """var_vector.append (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    held = recv.view().obj
    expect_misuse(lambda: recv.append(b'hello'), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_var_vector_append_var_vector_null_value():
    """var_vector.append (null): null (None, nil) where a value is required; expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.append(None), weaveheap.InvalidArgumentError, None, 'value')
    unchanged(before, recv)
    region.close()


def test_var_vector_append_var_vector_invalid_utf8_value():
    """var_vector.append (invalid_utf8): text that is not UTF-8; expects InvalidUtf8Error, no counter moving."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.append(b'\xc3(\xff'), weaveheap.InvalidUtf8Error, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_append_null_var_vector_stale():
    """var_vector.append_null (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    expect_misuse(lambda: recv.append_null(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_append_null_var_vector_reused():
    """var_vector.append_null (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    newer = region.var_vector(16, 16, False, False)
    before = remember(newer)
    expect_misuse(lambda: recv.append_null(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_var_vector_append_null_var_vector_forged():
    """var_vector.append_null (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(0xafffffff00000001, owned=False)
    expect_misuse(lambda: recv.append_null(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_append_null_var_vector_wrong_kind_region():
    """var_vector.append_null (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.append_null(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_var_vector_append_null_var_vector_after_region_destroy():
    """var_vector.append_null (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    region.close()
    expect_misuse(lambda: recv.append_null(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_var_vector_append_null_var_vector_while_borrowed_shared():
    """var_vector.append_null (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    held = recv.view().obj
    expect_misuse(lambda: recv.append_null(), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_var_vector_get_var_vector_stale():
    """var_vector.get (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    expect_misuse(lambda: recv.get(0), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_get_var_vector_reused():
    """var_vector.get (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    newer = region.var_vector(16, 16, False, False)
    before = remember(newer)
    expect_misuse(lambda: recv.get(0), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_var_vector_get_var_vector_forged():
    """var_vector.get (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(0xafffffff00000001, owned=False)
    expect_misuse(lambda: recv.get(0), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_get_var_vector_wrong_kind_region():
    """var_vector.get (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.get(0), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_var_vector_get_var_vector_after_region_destroy():
    """var_vector.get (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    region.close()
    expect_misuse(lambda: recv.get(0), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_var_vector_get_var_vector_while_borrowed_unique():
    """var_vector.get (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    held = weaveheap.View.from_handle(weaveheap.native.borrow_unique(recv.handle)[0])
    expect_misuse(lambda: recv.get(0), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_var_vector_get_var_vector_absurd_value_index_100000010():
    """var_vector.get (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.get(4294967312), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_get_var_vector_absurd_value_index_10000000000():
    """var_vector.get (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.get(1099511627776), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_get_var_vector_absurd_value_index_ffffffffffffffff():
    """var_vector.get (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.get(18446744073709551615), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_value_offset_var_vector_stale():
    """var_vector.value_offset (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    expect_misuse(lambda: recv.value_offset(0), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_value_offset_var_vector_reused():
    """var_vector.value_offset (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    newer = region.var_vector(16, 16, False, False)
    before = remember(newer)
    expect_misuse(lambda: recv.value_offset(0), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_var_vector_value_offset_var_vector_forged():
    """var_vector.value_offset (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(0xafffffff00000001, owned=False)
    expect_misuse(lambda: recv.value_offset(0), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_value_offset_var_vector_wrong_kind_region():
    """var_vector.value_offset (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.value_offset(0), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_var_vector_value_offset_var_vector_after_region_destroy():
    """var_vector.value_offset (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    region.close()
    expect_misuse(lambda: recv.value_offset(0), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_var_vector_value_offset_var_vector_absurd_value_index_100000010():
    """var_vector.value_offset (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.value_offset(4294967312), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_value_offset_var_vector_absurd_value_index_10000000000():
    """var_vector.value_offset (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.value_offset(1099511627776), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_value_offset_var_vector_absurd_value_index_ffffffffffffffff():
    """var_vector.value_offset (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.value_offset(18446744073709551615), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_value_length_var_vector_stale():
    """var_vector.value_length (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    expect_misuse(lambda: recv.value_length(0), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_value_length_var_vector_reused():
    """var_vector.value_length (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    newer = region.var_vector(16, 16, False, False)
    before = remember(newer)
    expect_misuse(lambda: recv.value_length(0), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_var_vector_value_length_var_vector_forged():
    """var_vector.value_length (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(0xafffffff00000001, owned=False)
    expect_misuse(lambda: recv.value_length(0), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_value_length_var_vector_wrong_kind_region():
    """var_vector.value_length (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.value_length(0), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_var_vector_value_length_var_vector_after_region_destroy():
    """var_vector.value_length (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    region.close()
    expect_misuse(lambda: recv.value_length(0), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_var_vector_value_length_var_vector_absurd_value_index_100000010():
    """var_vector.value_length (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.value_length(4294967312), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_value_length_var_vector_absurd_value_index_10000000000():
    """var_vector.value_length (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.value_length(1099511627776), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_value_length_var_vector_absurd_value_index_ffffffffffffffff():
    """var_vector.value_length (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.value_length(18446744073709551615), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_is_valid_var_vector_stale():
    """var_vector.is_valid (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    expect_misuse(lambda: recv.is_valid(0), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_is_valid_var_vector_reused():
    """var_vector.is_valid (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    newer = region.var_vector(16, 16, False, False)
    before = remember(newer)
    expect_misuse(lambda: recv.is_valid(0), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_var_vector_is_valid_var_vector_forged():
    """var_vector.is_valid (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(0xafffffff00000001, owned=False)
    expect_misuse(lambda: recv.is_valid(0), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_is_valid_var_vector_wrong_kind_region():
    """var_vector.is_valid (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.is_valid(0), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_var_vector_is_valid_var_vector_after_region_destroy():
    """var_vector.is_valid (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    region.close()
    expect_misuse(lambda: recv.is_valid(0), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_var_vector_is_valid_var_vector_absurd_value_index_100000010():
    """var_vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.is_valid(4294967312), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_is_valid_var_vector_absurd_value_index_10000000000():
    """var_vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.is_valid(1099511627776), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_is_valid_var_vector_absurd_value_index_ffffffffffffffff():
    """var_vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.is_valid(18446744073709551615), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_read_var_vector_stale():
    """var_vector.read (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    expect_misuse(lambda: recv.read(0, bytearray(4)), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_read_var_vector_reused():
    """var_vector.read (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    newer = region.var_vector(16, 16, False, False)
    before = remember(newer)
    expect_misuse(lambda: recv.read(0, bytearray(4)), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_var_vector_read_var_vector_forged():
    """var_vector.read (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(0xafffffff00000001, owned=False)
    expect_misuse(lambda: recv.read(0, bytearray(4)), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_var_vector_read_var_vector_wrong_kind_region():
    """var_vector.read (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.read(0, bytearray(4)), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_var_vector_read_var_vector_after_region_destroy():
    """var_vector.read (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    region.close()
    expect_misuse(lambda: recv.read(0, bytearray(4)), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_var_vector_read_var_vector_while_borrowed_unique():
    """var_vector.read (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    held = weaveheap.View.from_handle(weaveheap.native.borrow_unique(recv.handle)[0])
    expect_misuse(lambda: recv.read(0, bytearray(4)), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_var_vector_read_var_vector_absurd_value_offset_100000010():
    """var_vector.read (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.read(4294967312, bytearray(4)), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_read_var_vector_absurd_value_offset_10000000000():
    """var_vector.read (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.read(1099511627776, bytearray(4)), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_read_var_vector_absurd_value_offset_ffffffffffffffff():
    """var_vector.read (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.read(18446744073709551615, bytearray(4)), weaveheap.OutOfRangeError, None, None)
    unchanged(before, recv)
    region.close()


def test_var_vector_read_var_vector_null_dst():
    """var_vector.read (null): null (None, nil) where a value is required; expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    expect_misuse(lambda: recv.read(0, None), weaveheap.InvalidArgumentError, None, 'dst')
    unchanged(before, recv)
    region.close()


def test_batch_create_region_stale():
    """batch.create (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    region.close()
    expect_misuse(lambda: region.batch(16), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_batch_create_region_reused():
    """batch.create (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    region.close()
    newer = weaveheap.Region()
    expect_misuse(lambda: region.batch(16), weaveheap.ReusedHandleError, 'stale_rejected', None)
    newer.close()


def test_batch_create_region_forged():
    """batch.create (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Region.from_handle(0x1fffffff00000001, owned=False)
    expect_misuse(lambda: recv.batch(16), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_batch_create_region_wrong_kind_buffer():
    """batch.create (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    other = region.alloc(16, 16)
    other.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    recv = weaveheap.Region.from_handle(other.handle, owned=False)
    before = remember(other)
    expect_misuse(lambda: recv.batch(16), weaveheap.WrongKindError, 'stale_rejected', None)
    unchanged(before, other)
    region.close()


def test_batch_create_region_absurd_value_max_columns_1001():
    """batch.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.batch(4097), weaveheap.InvalidArgumentError, None, None)
    region.close()


def test_batch_create_region_absurd_value_max_columns_ffffffff():
    """batch.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.batch(4294967295), weaveheap.InvalidArgumentError, None, None)
    region.close()


def test_batch_release_batch_reused():
    """batch.release (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch(16)
    recv.close()
    newer = region.batch(16)
    again = weaveheap.Batch.from_handle(recv.handle, owned=False)
    expect_misuse(lambda: again.close(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    region.close()


def test_batch_release_batch_forged():
    """batch.release (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Batch.from_handle(0x8fffffff00000001, owned=False)
    expect_misuse(lambda: recv.close(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_batch_release_batch_wrong_kind_region():
    """batch.release (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Batch.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.close(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_batch_release_batch_after_region_destroy():
    """batch.release (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch(16)
    region.close()
    expect_misuse(lambda: recv.close(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_batch_release_batch_double_release():
    """batch.release (double_release): a second wrapper of an already released handle is closed; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch(16)
    recv.close()
    again = weaveheap.Batch.from_handle(recv.handle, owned=False)
    expect_misuse(lambda: again.close(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_batch_add_column_batch_stale():
    """batch.add_column (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch(16)
    arg_column = region.vector(1, 16, False)
    recv.close()
    before = remember(arg_column)
    expect_misuse(lambda: recv.add_column(b'hello', arg_column), weaveheap.StaleHandleError, 'stale_rejected', None)
    unchanged(before, arg_column)
    region.close()


def test_batch_add_column_batch_reused():
    """batch.add_column (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch(16)
    arg_column = region.vector(1, 16, False)
    recv.close()
    newer = region.batch(16)
    before = remember(arg_column)
    expect_misuse(lambda: recv.add_column(b'hello', arg_column), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, arg_column)
    region.close()


def test_batch_add_column_batch_forged():
    """batch.add_column (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    arg_column = region.vector(1, 16, False)
    recv = weaveheap.Batch.from_handle(0x8fffffff00000001, owned=False)
    before = remember(arg_column)
    expect_misuse(lambda: recv.add_column(b'hello', arg_column), weaveheap.ForgedHandleError, 'stale_rejected', None)
    unchanged(before, arg_column)
    region.close()


def test_batch_add_column_batch_wrong_kind_region():
    """batch.add_column (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    arg_column = region.vector(1, 16, False)
    recv = weaveheap.Batch.from_handle(region.handle, owned=False)
    before = remember(arg_column)
    expect_misuse(lambda: recv.add_column(b'hello', arg_column), weaveheap.WrongKindError, 'stale_rejected', None)
    unchanged(before, arg_column)
    region.close()


def test_batch_add_column_batch_after_region_destroy():
    """batch.add_column (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch(16)
    arg_column = region.vector(1, 16, False)
    region.close()
    expect_misuse(lambda: recv.add_column(b'hello', arg_column), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_batch_add_column_batch_null_name():
    """batch.add_column (null): null (None, nil) where a value is required; expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    recv = region.batch(16)
    arg_column = region.vector(1, 16, False)
    before = remember(arg_column)
    expect_misuse(lambda: recv.add_column(None, arg_column), weaveheap.InvalidArgumentError, None, 'name')
    unchanged(before, arg_column)
    region.close()


def test_batch_add_column_vector_stale_column():
    """batch.add_column (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch(16)
    arg_column = region.vector(1, 16, False)
    arg_column.close()
    expect_misuse(lambda: recv.add_column(b'hello', arg_column), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_batch_add_column_vector_forged_column():
    """batch.add_column (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch(16)
    arg_column = weaveheap.Vector.from_handle(0x7fffffff00000001, owned=False)
    expect_misuse(lambda: recv.add_column(b'hello', arg_column), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_batch_add_column_vector_reused_column():
    """batch.add_column (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch(16)
    arg_column = region.vector(1, 16, False)
    arg_column.close()
    newer = region.vector(1, 16, False)
    before = remember(newer)
    expect_misuse(lambda: recv.add_column(b'hello', arg_column), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_batch_add_column_vector_null_column():
    """batch.add_column (null): null (None, nil) where a value is required; expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    recv = region.batch(16)
    expect_misuse(lambda: recv.add_column(b'hello', None), weaveheap.InvalidArgumentError, None, 'column')
    region.close()


def test_batch_num_columns_batch_stale():
    """batch.num_columns (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch(16)
    recv.close()
    expect_misuse(lambda: recv.num_columns(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_batch_num_columns_batch_reused():
    """batch.num_columns (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch(16)
    recv.close()
    newer = region.batch(16)
    expect_misuse(lambda: recv.num_columns(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    region.close()


def test_batch_num_columns_batch_forged():
    """batch.num_columns (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Batch.from_handle(0x8fffffff00000001, owned=False)
    expect_misuse(lambda: recv.num_columns(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_batch_num_columns_batch_wrong_kind_region():
    """batch.num_columns (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Batch.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.num_columns(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_batch_num_columns_batch_after_region_destroy():
    """batch.num_columns (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch(16)
    region.close()
    expect_misuse(lambda: recv.num_columns(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_batch_num_rows_batch_stale():
    """batch.num_rows (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch(16)
    recv.close()
    expect_misuse(lambda: recv.num_rows(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_batch_num_rows_batch_reused():
    """batch.num_rows (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch(16)
    recv.close()
    newer = region.batch(16)
    expect_misuse(lambda: recv.num_rows(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    region.close()


def test_batch_num_rows_batch_forged():
    """batch.num_rows (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Batch.from_handle(0x8fffffff00000001, owned=False)
    expect_misuse(lambda: recv.num_rows(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_batch_num_rows_batch_wrong_kind_region():
    """batch.num_rows (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Batch.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.num_rows(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_batch_num_rows_batch_after_region_destroy():
    """batch.num_rows (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch(16)
    region.close()
    expect_misuse(lambda: recv.num_rows(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_batch_column_name_batch_stale():
    """batch.column_name (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch(16)
    recv.close()
    expect_misuse(lambda: recv.column_name(0), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_batch_column_name_batch_reused():
    """batch.column_name (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch(16)
    recv.close()
    newer = region.batch(16)
    expect_misuse(lambda: recv.column_name(0), weaveheap.ReusedHandleError, 'stale_rejected', None)
    region.close()


def test_batch_column_name_batch_forged():
    """batch.column_name (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Batch.from_handle(0x8fffffff00000001, owned=False)
    expect_misuse(lambda: recv.column_name(0), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_batch_column_name_batch_wrong_kind_region():
    """batch.column_name (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Batch.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.column_name(0), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_batch_column_name_batch_after_region_destroy():
    """batch.column_name (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch(16)
    region.close()
    expect_misuse(lambda: recv.column_name(0), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_batch_column_name_batch_absurd_value_index_100000010():
    """batch.column_name (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.batch(16)
    expect_misuse(lambda: recv.column_name(4294967312), weaveheap.OutOfRangeError, None, None)
    region.close()


def test_batch_column_name_batch_absurd_value_index_10000000000():
    """batch.column_name (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.batch(16)
    expect_misuse(lambda: recv.column_name(1099511627776), weaveheap.OutOfRangeError, None, None)
    region.close()


def test_batch_column_name_batch_absurd_value_index_ffffffffffffffff():
    """batch.column_name (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv = region.batch(16)
    expect_misuse(lambda: recv.column_name(18446744073709551615), weaveheap.OutOfRangeError, None, None)
    region.close()


def test_batch_validate_batch_stale():
    """batch.validate (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch(16)
    recv.close()
    expect_misuse(lambda: recv.validate(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_batch_validate_batch_reused():
    """batch.validate (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch(16)
    recv.close()
    newer = region.batch(16)
    expect_misuse(lambda: recv.validate(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    region.close()


def test_batch_validate_batch_forged():
    """batch.validate (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Batch.from_handle(0x8fffffff00000001, owned=False)
    expect_misuse(lambda: recv.validate(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_batch_validate_batch_wrong_kind_region():
    """batch.validate (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Batch.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.validate(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_batch_validate_batch_after_region_destroy():
    """batch.validate (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch(16)
    region.close()
    expect_misuse(lambda: recv.validate(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_batch_append_row_batch_stale():
    """batch.append_row (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch(16)
    recv.close()
    expect_misuse(lambda: recv.append_row(b'hello'), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_batch_append_row_batch_reused():
    """batch.append_row (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch(16)
    recv.close()
    newer = region.batch(16)
    expect_misuse(lambda: recv.append_row(b'hello'), weaveheap.ReusedHandleError, 'stale_rejected', None)
    region.close()


def test_batch_append_row_batch_forged():
    """batch.append_row (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Batch.from_handle(0x8fffffff00000001, owned=False)
    expect_misuse(lambda: recv.append_row(b'hello'), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_batch_append_row_batch_wrong_kind_region():
    """batch.append_row (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Batch.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.append_row(b'hello'), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_batch_append_row_batch_after_region_destroy():
    """batch.append_row (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch(16)
    region.close()
    expect_misuse(lambda: recv.append_row(b'hello'), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_batch_append_row_batch_null_row():
    """batch.append_row (null): null (None, nil) where a value is required; expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    recv = region.batch(16)
    expect_misuse(lambda: recv.append_row(None), weaveheap.InvalidArgumentError, None, 'row')
    region.close()


def test_list_vector_create_region_stale():
    """list_vector.create (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    arg_child = region.vector(1, 16, False)
    region.close()
    expect_misuse(lambda: region.list_vector(arg_child, 16, False, False), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_list_vector_create_region_reused():
    """list_vector.create (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    arg_child = region.vector(1, 16, False)
    region.close()
    newer = weaveheap.Region()
    expect_misuse(lambda: region.list_vector(arg_child, 16, False, False), weaveheap.ReusedHandleError, 'stale_rejected', None)
    newer.close()


def test_list_vector_create_region_forged():
    """list_vector.create (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    arg_child = region.vector(1, 16, False)
    recv = weaveheap.Region.from_handle(0x1fffffff00000001, owned=False)
    before = remember(arg_child)
    expect_misuse(lambda: recv.list_vector(arg_child, 16, False, False), weaveheap.ForgedHandleError, 'stale_rejected', None)
    unchanged(before, arg_child)
    region.close()


def test_list_vector_create_region_wrong_kind_buffer():
    """list_vector.create (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    other = region.alloc(16, 16)
    other.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    arg_child = region.vector(1, 16, False)
    recv = weaveheap.Region.from_handle(other.handle, owned=False)
    before = remember(other, arg_child)
    expect_misuse(lambda: recv.list_vector(arg_child, 16, False, False), weaveheap.WrongKindError, 'stale_rejected', None)
    unchanged(before, other, arg_child)
    region.close()


def test_list_vector_create_vector_stale_child():
    """list_vector.create (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    arg_child = region.vector(1, 16, False)
    arg_child.close()
    expect_misuse(lambda: region.list_vector(arg_child, 16, False, False), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_list_vector_create_vector_forged_child():
    """list_vector.create (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    arg_child = weaveheap.Vector.from_handle(0x7fffffff00000001, owned=False)
    expect_misuse(lambda: region.list_vector(arg_child, 16, False, False), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_list_vector_create_vector_reused_child():
    """list_vector.create (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    arg_child = region.vector(1, 16, False)
    arg_child.close()
    newer = region.vector(1, 16, False)
    before = remember(newer)
    expect_misuse(lambda: region.list_vector(arg_child, 16, False, False), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_list_vector_create_vector_null_child():
    """list_vector.create (null): null (None, nil) where a value is required; expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.list_vector(None, 16, False, False), weaveheap.InvalidArgumentError, None, 'child')
    region.close()


def test_list_vector_create_region_absurd_value_capacity_1000000000001():
    """list_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    arg_child = region.vector(1, 16, False)
    before = remember(arg_child)
    expect_misuse(lambda: region.list_vector(arg_child, 281474976710657, False, False), weaveheap.InvalidArgumentError, None, None)
    unchanged(before, arg_child)
    region.close()


def test_list_vector_create_region_absurd_value_capacity_ffffffffffffffff():
    """list_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    arg_child = region.vector(1, 16, False)
    before = remember(arg_child)
    expect_misuse(lambda: region.list_vector(arg_child, 18446744073709551615, False, False), weaveheap.InvalidArgumentError, None, None)
    unchanged(before, arg_child)
    region.close()


def test_list_vector_create_region_absurd_value_capacity_100000010_limited():
    """list_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region(byte_limit=1048576)
    arg_child = region.vector(1, 16, False)
    before = remember(arg_child)
    expect_misuse(lambda: region.list_vector(arg_child, 4294967312, False, False), weaveheap.OutOfMemoryError, None, None)
    unchanged(before, arg_child)
    region.close()


def test_list_vector_create_region_absurd_value_capacity_10000000000_limited():
    """list_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region(byte_limit=1048576)
    arg_child = region.vector(1, 16, False)
    before = remember(arg_child)
    expect_misuse(lambda: region.list_vector(arg_child, 1099511627776, False, False), weaveheap.OutOfMemoryError, None, None)
    unchanged(before, arg_child)
    region.close()


def test_list_vector_create_region_absurd_value_capacity_1000000000000_limited():
    """list_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region(byte_limit=1048576)
    arg_child = region.vector(1, 16, False)
    before = remember(arg_child)
    expect_misuse(lambda: region.list_vector(arg_child, 281474976710656, False, False), weaveheap.OutOfMemoryError, None, None)
    unchanged(before, arg_child)
    region.close()


def test_list_vector_create_region_absurd_value_capacity_10000000000():
    """list_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region()
    arg_child = region.vector(1, 16, False)
    before = remember(arg_child)
    expect_misuse(lambda: region.list_vector(arg_child, 1099511627776, False, False), weaveheap.OutOfMemoryError, None, None)
    unchanged(before, arg_child)
    region.close()


def test_list_vector_create_region_absurd_value_capacity_1000000000000():
    """list_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfMemoryError, no counter moving."""
    region = weaveheap.Region()
    arg_child = region.vector(1, 16, False)
    before = remember(arg_child)
    expect_misuse(lambda: region.list_vector(arg_child, 281474976710656, False, False), weaveheap.OutOfMemoryError, None, None)
    unchanged(before, arg_child)
    region.close()


def test_list_vector_release_list_vector_reused():
    """list_vector.release (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    newer = region.list_vector(recv_child, 16, False, False)
    again = weaveheap.ListVector.from_handle(recv.handle, owned=False)
    before = remember(recv_child)
    expect_misuse(lambda: again.close(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    newer.close()
    unchanged(before, recv_child)
    region.close()


def test_list_vector_release_list_vector_forged():
    """list_vector.release (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.ListVector.from_handle(0xbfffffff00000001, owned=False)
    expect_misuse(lambda: recv.close(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_list_vector_release_list_vector_wrong_kind_region():
    """list_vector.release (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.ListVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.close(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_list_vector_release_list_vector_after_region_destroy():
    """list_vector.release (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    region.close()
    again = weaveheap.ListVector.from_handle(recv.handle, owned=False)
    expect_misuse(lambda: again.close(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_list_vector_release_list_vector_double_release():
    """list_vector.release (double_release): a second wrapper of an already released handle is closed; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    again = weaveheap.ListVector.from_handle(recv.handle, owned=False)
    before = remember(recv_child)
    expect_misuse(lambda: again.close(), weaveheap.StaleHandleError, 'stale_rejected', None)
    unchanged(before, recv_child)
    region.close()


def test_list_vector_length_list_vector_stale():
    """list_vector.length (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    before = remember(recv_child)
    expect_misuse(lambda: recv.length(), weaveheap.StaleHandleError, 'stale_rejected', None)
    unchanged(before, recv_child)
    region.close()


def test_list_vector_length_list_vector_reused():
    """list_vector.length (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    newer = region.list_vector(recv_child, 16, False, False)
    before = remember(recv_child)
    expect_misuse(lambda: recv.length(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    newer.close()
    unchanged(before, recv_child)
    region.close()


def test_list_vector_length_list_vector_forged():
    """list_vector.length (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.ListVector.from_handle(0xbfffffff00000001, owned=False)
    expect_misuse(lambda: recv.length(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_list_vector_length_list_vector_wrong_kind_region():
    """list_vector.length (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.ListVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.length(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_list_vector_length_list_vector_after_region_destroy():
    """list_vector.length (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    region.close()
    again = weaveheap.ListVector.from_handle(recv.handle, owned=False)
    expect_misuse(lambda: again.length(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_list_vector_capacity_list_vector_stale():
    """list_vector.capacity (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    before = remember(recv_child)
    expect_misuse(lambda: recv.capacity(), weaveheap.StaleHandleError, 'stale_rejected', None)
    unchanged(before, recv_child)
    region.close()


def test_list_vector_capacity_list_vector_reused():
    """list_vector.capacity (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    newer = region.list_vector(recv_child, 16, False, False)
    before = remember(recv_child)
    expect_misuse(lambda: recv.capacity(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    newer.close()
    unchanged(before, recv_child)
    region.close()


def test_list_vector_capacity_list_vector_forged():
    """list_vector.capacity (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.ListVector.from_handle(0xbfffffff00000001, owned=False)
    expect_misuse(lambda: recv.capacity(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_list_vector_capacity_list_vector_wrong_kind_region():
    """list_vector.capacity (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.ListVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.capacity(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_list_vector_capacity_list_vector_after_region_destroy():
    """list_vector.capacity (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    region.close()
    again = weaveheap.ListVector.from_handle(recv.handle, owned=False)
    expect_misuse(lambda: again.capacity(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_list_vector_null_count_list_vector_stale():
    """list_vector.null_count (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    before = remember(recv_child)
    expect_misuse(lambda: recv.null_count(), weaveheap.StaleHandleError, 'stale_rejected', None)
    unchanged(before, recv_child)
    region.close()


def test_list_vector_null_count_list_vector_reused():
    """list_vector.null_count (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    newer = region.list_vector(recv_child, 16, False, False)
    before = remember(recv_child)
    expect_misuse(lambda: recv.null_count(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    newer.close()
    unchanged(before, recv_child)
    region.close()


def test_list_vector_null_count_list_vector_forged():
    """list_vector.null_count (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.ListVector.from_handle(0xbfffffff00000001, owned=False)
    expect_misuse(lambda: recv.null_count(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_list_vector_null_count_list_vector_wrong_kind_region():
    """list_vector.null_count (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.ListVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.null_count(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_list_vector_null_count_list_vector_after_region_destroy():
    """list_vector.null_count (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    region.close()
    again = weaveheap.ListVector.from_handle(recv.handle, owned=False)
    expect_misuse(lambda: again.null_count(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_list_vector_is_map_list_vector_stale():
    """list_vector.is_map (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    before = remember(recv_child)
    expect_misuse(lambda: recv.is_map(), weaveheap.StaleHandleError, 'stale_rejected', None)
    unchanged(before, recv_child)
    region.close()


def test_list_vector_is_map_list_vector_reused():
    """list_vector.is_map (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    newer = region.list_vector(recv_child, 16, False, False)
    before = remember(recv_child)
    expect_misuse(lambda: recv.is_map(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    newer.close()
    unchanged(before, recv_child)
    region.close()


def test_list_vector_is_map_list_vector_forged():
    """list_vector.is_map (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.ListVector.from_handle(0xbfffffff00000001, owned=False)
    expect_misuse(lambda: recv.is_map(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_list_vector_is_map_list_vector_wrong_kind_region():
    """list_vector.is_map (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.ListVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.is_map(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_list_vector_is_map_list_vector_after_region_destroy():
    """list_vector.is_map (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    region.close()
    again = weaveheap.ListVector.from_handle(recv.handle, owned=False)
    expect_misuse(lambda: again.is_map(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_list_vector_is_valid_list_vector_stale():
    """list_vector.is_valid (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    before = remember(recv_child)
    expect_misuse(lambda: recv.is_valid(0), weaveheap.StaleHandleError, 'stale_rejected', None)
    unchanged(before, recv_child)
    region.close()


def test_list_vector_is_valid_list_vector_reused():
    """list_vector.is_valid (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    newer = region.list_vector(recv_child, 16, False, False)
    before = remember(recv_child)
    expect_misuse(lambda: recv.is_valid(0), weaveheap.ReusedHandleError, 'stale_rejected', None)
    newer.close()
    unchanged(before, recv_child)
    region.close()


def test_list_vector_is_valid_list_vector_forged():
    """list_vector.is_valid (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.ListVector.from_handle(0xbfffffff00000001, owned=False)
    expect_misuse(lambda: recv.is_valid(0), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_list_vector_is_valid_list_vector_wrong_kind_region():
    """list_vector.is_valid (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.ListVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.is_valid(0), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_list_vector_is_valid_list_vector_after_region_destroy():
    """list_vector.is_valid (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    region.close()
    again = weaveheap.ListVector.from_handle(recv.handle, owned=False)
    expect_misuse(lambda: again.is_valid(0), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_list_vector_is_valid_list_vector_absurd_value_index_100000010():
    """list_vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    before = remember(recv_child)
    expect_misuse(lambda: recv.is_valid(4294967312), weaveheap.OutOfRangeError, None, None)
    recv.close()
    unchanged(before, recv_child)
    region.close()


def test_list_vector_is_valid_list_vector_absurd_value_index_10000000000():
    """list_vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    before = remember(recv_child)
    expect_misuse(lambda: recv.is_valid(1099511627776), weaveheap.OutOfRangeError, None, None)
    recv.close()
    unchanged(before, recv_child)
    region.close()


def test_list_vector_is_valid_list_vector_absurd_value_index_ffffffffffffffff():
    """list_vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    before = remember(recv_child)
    expect_misuse(lambda: recv.is_valid(18446744073709551615), weaveheap.OutOfRangeError, None, None)
    recv.close()
    unchanged(before, recv_child)
    region.close()


def test_list_vector_value_offset_list_vector_stale():
    """list_vector.value_offset (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    before = remember(recv_child)
    expect_misuse(lambda: recv.value_offset(0), weaveheap.StaleHandleError, 'stale_rejected', None)
    unchanged(before, recv_child)
    region.close()


def test_list_vector_value_offset_list_vector_reused():
    """list_vector.value_offset (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    newer = region.list_vector(recv_child, 16, False, False)
    before = remember(recv_child)
    expect_misuse(lambda: recv.value_offset(0), weaveheap.ReusedHandleError, 'stale_rejected', None)
    newer.close()
    unchanged(before, recv_child)
    region.close()


def test_list_vector_value_offset_list_vector_forged():
    """list_vector.value_offset (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.ListVector.from_handle(0xbfffffff00000001, owned=False)
    expect_misuse(lambda: recv.value_offset(0), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_list_vector_value_offset_list_vector_wrong_kind_region():
    """list_vector.value_offset (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.ListVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.value_offset(0), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_list_vector_value_offset_list_vector_after_region_destroy():
    """list_vector.value_offset (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    region.close()
    again = weaveheap.ListVector.from_handle(recv.handle, owned=False)
    expect_misuse(lambda: again.value_offset(0), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_list_vector_value_offset_list_vector_absurd_value_index_100000010():
    """list_vector.value_offset (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    before = remember(recv_child)
    expect_misuse(lambda: recv.value_offset(4294967312), weaveheap.OutOfRangeError, None, None)
    recv.close()
    unchanged(before, recv_child)
    region.close()


def test_list_vector_value_offset_list_vector_absurd_value_index_10000000000():
    """list_vector.value_offset (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    before = remember(recv_child)
    expect_misuse(lambda: recv.value_offset(1099511627776), weaveheap.OutOfRangeError, None, None)
    recv.close()
    unchanged(before, recv_child)
    region.close()


def test_list_vector_value_offset_list_vector_absurd_value_index_ffffffffffffffff():
    """list_vector.value_offset (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    before = remember(recv_child)
    expect_misuse(lambda: recv.value_offset(18446744073709551615), weaveheap.OutOfRangeError, None, None)
    recv.close()
    unchanged(before, recv_child)
    region.close()


def test_list_vector_value_length_list_vector_stale():
    """list_vector.value_length (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    before = remember(recv_child)
    expect_misuse(lambda: recv.value_length(0), weaveheap.StaleHandleError, 'stale_rejected', None)
    unchanged(before, recv_child)
    region.close()


def test_list_vector_value_length_list_vector_reused():
    """list_vector.value_length (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    newer = region.list_vector(recv_child, 16, False, False)
    before = remember(recv_child)
    expect_misuse(lambda: recv.value_length(0), weaveheap.ReusedHandleError, 'stale_rejected', None)
    newer.close()
    unchanged(before, recv_child)
    region.close()


def test_list_vector_value_length_list_vector_forged():
    """list_vector.value_length (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.ListVector.from_handle(0xbfffffff00000001, owned=False)
    expect_misuse(lambda: recv.value_length(0), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_list_vector_value_length_list_vector_wrong_kind_region():
    """list_vector.value_length (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.ListVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.value_length(0), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_list_vector_value_length_list_vector_after_region_destroy():
    """list_vector.value_length (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    region.close()
    again = weaveheap.ListVector.from_handle(recv.handle, owned=False)
    expect_misuse(lambda: again.value_length(0), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_list_vector_value_length_list_vector_absurd_value_index_100000010():
    """list_vector.value_length (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    before = remember(recv_child)
    expect_misuse(lambda: recv.value_length(4294967312), weaveheap.OutOfRangeError, None, None)
    recv.close()
    unchanged(before, recv_child)
    region.close()


def test_list_vector_value_length_list_vector_absurd_value_index_10000000000():
    """list_vector.value_length (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    before = remember(recv_child)
    expect_misuse(lambda: recv.value_length(1099511627776), weaveheap.OutOfRangeError, None, None)
    recv.close()
    unchanged(before, recv_child)
    region.close()


def test_list_vector_value_length_list_vector_absurd_value_index_ffffffffffffffff():
    """list_vector.value_length (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    before = remember(recv_child)
    expect_misuse(lambda: recv.value_length(18446744073709551615), weaveheap.OutOfRangeError, None, None)
    recv.close()
    unchanged(before, recv_child)
    region.close()


def test_list_vector_append_list_vector_stale():
    """list_vector.append (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    before = remember(recv_child)
    expect_misuse(lambda: recv.append(b'hello'), weaveheap.StaleHandleError, 'stale_rejected', None)
    unchanged(before, recv_child)
    region.close()


def test_list_vector_append_list_vector_reused():
    """list_vector.append (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    newer = region.list_vector(recv_child, 16, False, False)
    before = remember(recv_child)
    expect_misuse(lambda: recv.append(b'hello'), weaveheap.ReusedHandleError, 'stale_rejected', None)
    newer.close()
    unchanged(before, recv_child)
    region.close()


def test_list_vector_append_list_vector_forged():
    """list_vector.append (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.ListVector.from_handle(0xbfffffff00000001, owned=False)
    expect_misuse(lambda: recv.append(b'hello'), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_list_vector_append_list_vector_wrong_kind_region():
    """list_vector.append (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.ListVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.append(b'hello'), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_list_vector_append_list_vector_after_region_destroy():
    """list_vector.append (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    region.close()
    again = weaveheap.ListVector.from_handle(recv.handle, owned=False)
    expect_misuse(lambda: again.append(b'hello'), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_list_vector_append_list_vector_null_value():
    """list_vector.append (null): null (None, nil) where a value is required; expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    before = remember(recv_child)
    expect_misuse(lambda: recv.append(None), weaveheap.InvalidArgumentError, None, 'value')
    recv.close()
    unchanged(before, recv_child)
    region.close()


def test_list_vector_append_null_list_vector_stale():
    """list_vector.append_null (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    before = remember(recv_child)
    expect_misuse(lambda: recv.append_null(), weaveheap.StaleHandleError, 'stale_rejected', None)
    unchanged(before, recv_child)
    region.close()


def test_list_vector_append_null_list_vector_reused():
    """list_vector.append_null (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    newer = region.list_vector(recv_child, 16, False, False)
    before = remember(recv_child)
    expect_misuse(lambda: recv.append_null(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    newer.close()
    unchanged(before, recv_child)
    region.close()


def test_list_vector_append_null_list_vector_forged():
    """list_vector.append_null (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.ListVector.from_handle(0xbfffffff00000001, owned=False)
    expect_misuse(lambda: recv.append_null(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_list_vector_append_null_list_vector_wrong_kind_region():
    """list_vector.append_null (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.ListVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.append_null(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_list_vector_append_null_list_vector_after_region_destroy():
    """list_vector.append_null (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    region.close()
    again = weaveheap.ListVector.from_handle(recv.handle, owned=False)
    expect_misuse(lambda: again.append_null(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_list_vector_lookup_list_vector_stale():
    """list_vector.lookup (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    before = remember(recv_child)
    expect_misuse(lambda: recv.lookup(0, b'hello'), weaveheap.StaleHandleError, 'stale_rejected', None)
    unchanged(before, recv_child)
    region.close()


def test_list_vector_lookup_list_vector_reused():
    """list_vector.lookup (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    newer = region.list_vector(recv_child, 16, False, False)
    before = remember(recv_child)
    expect_misuse(lambda: recv.lookup(0, b'hello'), weaveheap.ReusedHandleError, 'stale_rejected', None)
    newer.close()
    unchanged(before, recv_child)
    region.close()


def test_list_vector_lookup_list_vector_forged():
    """list_vector.lookup (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.ListVector.from_handle(0xbfffffff00000001, owned=False)
    expect_misuse(lambda: recv.lookup(0, b'hello'), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_list_vector_lookup_list_vector_wrong_kind_region():
    """list_vector.lookup (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.ListVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.lookup(0, b'hello'), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_list_vector_lookup_list_vector_after_region_destroy():
    """list_vector.lookup (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    recv.close()
    region.close()
    again = weaveheap.ListVector.from_handle(recv.handle, owned=False)
    expect_misuse(lambda: again.lookup(0, b'hello'), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_list_vector_lookup_list_vector_absurd_value_index_100000010():
    """list_vector.lookup (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    before = remember(recv_child)
    expect_misuse(lambda: recv.lookup(4294967312, b'hello'), weaveheap.OutOfRangeError, None, None)
    recv.close()
    unchanged(before, recv_child)
    region.close()


def test_list_vector_lookup_list_vector_absurd_value_index_10000000000():
    """list_vector.lookup (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    before = remember(recv_child)
    expect_misuse(lambda: recv.lookup(1099511627776, b'hello'), weaveheap.OutOfRangeError, None, None)
    recv.close()
    unchanged(before, recv_child)
    region.close()


def test_list_vector_lookup_list_vector_absurd_value_index_ffffffffffffffff():
    """list_vector.lookup (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects OutOfRangeError, no counter moving."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    before = remember(recv_child)
    expect_misuse(lambda: recv.lookup(18446744073709551615, b'hello'), weaveheap.OutOfRangeError, None, None)
    recv.close()
    unchanged(before, recv_child)
    region.close()


def test_list_vector_lookup_list_vector_null_key():
    """list_vector.lookup (null): null (None, nil) where a value is required; expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    recv_child = region.vector(1, 16, False)
    recv = region.list_vector(recv_child, 16, False, False)
    before = remember(recv_child)
    expect_misuse(lambda: recv.lookup(0, None), weaveheap.InvalidArgumentError, None, 'key')
    recv.close()
    unchanged(before, recv_child)
    region.close()


def test_batch_stream_create_region_stale():
    """batch_stream.create (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    region.close()
    expect_misuse(lambda: region.batch_stream(16), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_batch_stream_create_region_reused():
    """batch_stream.create (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    region.close()
    newer = weaveheap.Region()
    expect_misuse(lambda: region.batch_stream(16), weaveheap.ReusedHandleError, 'stale_rejected', None)
    newer.close()


def test_batch_stream_create_region_forged():
    """batch_stream.create (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Region.from_handle(0x1fffffff00000001, owned=False)
    expect_misuse(lambda: recv.batch_stream(16), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_batch_stream_create_region_wrong_kind_buffer():
    """batch_stream.create (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    other = region.alloc(16, 16)
    other.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    recv = weaveheap.Region.from_handle(other.handle, owned=False)
    before = remember(other)
    expect_misuse(lambda: recv.batch_stream(16), weaveheap.WrongKindError, 'stale_rejected', None)
    unchanged(before, other)
    region.close()


def test_batch_stream_create_region_absurd_value_max_batches_10001():
    """batch_stream.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.batch_stream(65537), weaveheap.InvalidArgumentError, None, None)
    region.close()


def test_batch_stream_create_region_absurd_value_max_batches_ffffffff():
    """batch_stream.create (absurd_value): an integer far out of range (sizes of 2^32 and more on every target width); expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.batch_stream(4294967295), weaveheap.InvalidArgumentError, None, None)
    region.close()


def test_batch_stream_release_batch_stream_reused():
    """batch_stream.release (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch_stream(16)
    recv.close()
    newer = region.batch_stream(16)
    again = weaveheap.BatchStream.from_handle(recv.handle, owned=False)
    expect_misuse(lambda: again.close(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    region.close()


def test_batch_stream_release_batch_stream_forged():
    """batch_stream.release (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.BatchStream.from_handle(0x9fffffff00000001, owned=False)
    expect_misuse(lambda: recv.close(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_batch_stream_release_batch_stream_wrong_kind_region():
    """batch_stream.release (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.BatchStream.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.close(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_batch_stream_release_batch_stream_after_region_destroy():
    """batch_stream.release (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch_stream(16)
    region.close()
    expect_misuse(lambda: recv.close(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_batch_stream_release_batch_stream_double_release():
    """batch_stream.release (double_release): a second wrapper of an already released handle is closed; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch_stream(16)
    recv.close()
    again = weaveheap.BatchStream.from_handle(recv.handle, owned=False)
    expect_misuse(lambda: again.close(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_batch_stream_add_batch_batch_stream_stale():
    """batch_stream.add_batch (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch_stream(16)
    arg_batch = region.batch(16)
    recv.close()
    expect_misuse(lambda: recv.add_batch(arg_batch), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_batch_stream_add_batch_batch_stream_reused():
    """batch_stream.add_batch (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch_stream(16)
    arg_batch = region.batch(16)
    recv.close()
    newer = region.batch_stream(16)
    expect_misuse(lambda: recv.add_batch(arg_batch), weaveheap.ReusedHandleError, 'stale_rejected', None)
    region.close()


def test_batch_stream_add_batch_batch_stream_forged():
    """batch_stream.add_batch (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    arg_batch = region.batch(16)
    recv = weaveheap.BatchStream.from_handle(0x9fffffff00000001, owned=False)
    expect_misuse(lambda: recv.add_batch(arg_batch), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_batch_stream_add_batch_batch_stream_wrong_kind_region():
    """batch_stream.add_batch (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    arg_batch = region.batch(16)
    recv = weaveheap.BatchStream.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.add_batch(arg_batch), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_batch_stream_add_batch_batch_stream_after_region_destroy():
    """batch_stream.add_batch (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch_stream(16)
    arg_batch = region.batch(16)
    region.close()
    expect_misuse(lambda: recv.add_batch(arg_batch), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_batch_stream_add_batch_batch_stale_batch():
    """batch_stream.add_batch (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch_stream(16)
    arg_batch = region.batch(16)
    arg_batch.close()
    expect_misuse(lambda: recv.add_batch(arg_batch), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_batch_stream_add_batch_batch_forged_batch():
    """batch_stream.add_batch (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch_stream(16)
    arg_batch = weaveheap.Batch.from_handle(0x8fffffff00000001, owned=False)
    expect_misuse(lambda: recv.add_batch(arg_batch), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_batch_stream_add_batch_batch_reused_batch():
    """batch_stream.add_batch (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch_stream(16)
    arg_batch = region.batch(16)
    arg_batch.close()
    newer = region.batch(16)
    expect_misuse(lambda: recv.add_batch(arg_batch), weaveheap.ReusedHandleError, 'stale_rejected', None)
    region.close()


def test_batch_stream_add_batch_batch_null_batch():
    """batch_stream.add_batch (null): null (None, nil) where a value is required; expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    recv = region.batch_stream(16)
    expect_misuse(lambda: recv.add_batch(None), weaveheap.InvalidArgumentError, None, 'batch')
    region.close()


def test_batch_stream_num_batches_batch_stream_stale():
    """batch_stream.num_batches (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch_stream(16)
    recv.close()
    expect_misuse(lambda: recv.num_batches(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_batch_stream_num_batches_batch_stream_reused():
    """batch_stream.num_batches (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch_stream(16)
    recv.close()
    newer = region.batch_stream(16)
    expect_misuse(lambda: recv.num_batches(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    region.close()


def test_batch_stream_num_batches_batch_stream_forged():
    """batch_stream.num_batches (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.BatchStream.from_handle(0x9fffffff00000001, owned=False)
    expect_misuse(lambda: recv.num_batches(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_batch_stream_num_batches_batch_stream_wrong_kind_region():
    """batch_stream.num_batches (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.BatchStream.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.num_batches(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_batch_stream_num_batches_batch_stream_after_region_destroy():
    """batch_stream.num_batches (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.batch_stream(16)
    region.close()
    expect_misuse(lambda: recv.num_batches(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_foreign_create_region_stale():
    """foreign.create (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    region.close()
    expect_misuse(lambda: region.foreign(1, b'hello'), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_foreign_create_region_reused():
    """foreign.create (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    region.close()
    newer = weaveheap.Region()
    expect_misuse(lambda: region.foreign(1, b'hello'), weaveheap.ReusedHandleError, 'stale_rejected', None)
    newer.close()


def test_foreign_create_region_forged():
    """foreign.create (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Region.from_handle(0x1fffffff00000001, owned=False)
    expect_misuse(lambda: recv.foreign(1, b'hello'), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_foreign_create_region_wrong_kind_buffer():
    """foreign.create (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    other = region.alloc(16, 16)
    other.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    recv = weaveheap.Region.from_handle(other.handle, owned=False)
    before = remember(other)
    expect_misuse(lambda: recv.foreign(1, b'hello'), weaveheap.WrongKindError, 'stale_rejected', None)
    unchanged(before, other)
    region.close()


def test_foreign_create_region_null_values():
    """foreign.create (null): null (None, nil) where a value is required; expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: region.foreign(1, None), weaveheap.InvalidArgumentError, None, 'values')
    region.close()


def test_foreign_release_foreign_reused():
    """foreign.release (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    recv.close()
    newer = region.foreign(1, b'hello')
    again = weaveheap.Foreign.from_handle(recv.handle, owned=False)
    before = remember(newer)
    expect_misuse(lambda: again.close(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_foreign_release_foreign_forged():
    """foreign.release (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Foreign.from_handle(0xcfffffff00000001, owned=False)
    expect_misuse(lambda: recv.close(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_foreign_release_foreign_wrong_kind_region():
    """foreign.release (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Foreign.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.close(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_foreign_release_foreign_after_region_destroy():
    """foreign.release (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    region.close()
    expect_misuse(lambda: recv.close(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_foreign_release_foreign_double_release():
    """foreign.release (double_release): a second wrapper of an already released handle is closed; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    recv.close()
    again = weaveheap.Foreign.from_handle(recv.handle, owned=False)
    expect_misuse(lambda: again.close(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_foreign_release_foreign_while_borrowed_shared():
    """foreign.release (while_borrowed): the call needs the object (or its region) free of the view that is live; expects BorrowError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    before = remember(recv)
    held = recv.view().obj
    expect_misuse(lambda: recv.close(), weaveheap.BorrowError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_foreign_length_foreign_stale():
    """foreign.length (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    recv.close()
    expect_misuse(lambda: recv.length(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_foreign_length_foreign_reused():
    """foreign.length (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    recv.close()
    newer = region.foreign(1, b'hello')
    before = remember(newer)
    expect_misuse(lambda: recv.length(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_foreign_length_foreign_forged():
    """foreign.length (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Foreign.from_handle(0xcfffffff00000001, owned=False)
    expect_misuse(lambda: recv.length(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_foreign_length_foreign_wrong_kind_region():
    """foreign.length (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Foreign.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.length(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_foreign_length_foreign_after_region_destroy():
    """foreign.length (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    region.close()
    expect_misuse(lambda: recv.length(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_foreign_null_count_foreign_stale():
    """foreign.null_count (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    recv.close()
    expect_misuse(lambda: recv.null_count(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_foreign_null_count_foreign_reused():
    """foreign.null_count (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    recv.close()
    newer = region.foreign(1, b'hello')
    before = remember(newer)
    expect_misuse(lambda: recv.null_count(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_foreign_null_count_foreign_forged():
    """foreign.null_count (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Foreign.from_handle(0xcfffffff00000001, owned=False)
    expect_misuse(lambda: recv.null_count(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_foreign_null_count_foreign_wrong_kind_region():
    """foreign.null_count (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Foreign.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.null_count(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_foreign_null_count_foreign_after_region_destroy():
    """foreign.null_count (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    region.close()
    expect_misuse(lambda: recv.null_count(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_foreign_offset_foreign_stale():
    """foreign.offset (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    recv.close()
    expect_misuse(lambda: recv.offset(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_foreign_offset_foreign_reused():
    """foreign.offset (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    recv.close()
    newer = region.foreign(1, b'hello')
    before = remember(newer)
    expect_misuse(lambda: recv.offset(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_foreign_offset_foreign_forged():
    """foreign.offset (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Foreign.from_handle(0xcfffffff00000001, owned=False)
    expect_misuse(lambda: recv.offset(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_foreign_offset_foreign_wrong_kind_region():
    """foreign.offset (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Foreign.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.offset(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_foreign_offset_foreign_after_region_destroy():
    """foreign.offset (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    region.close()
    expect_misuse(lambda: recv.offset(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_foreign_num_children_foreign_stale():
    """foreign.num_children (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    recv.close()
    expect_misuse(lambda: recv.num_children(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_foreign_num_children_foreign_reused():
    """foreign.num_children (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    recv.close()
    newer = region.foreign(1, b'hello')
    before = remember(newer)
    expect_misuse(lambda: recv.num_children(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_foreign_num_children_foreign_forged():
    """foreign.num_children (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Foreign.from_handle(0xcfffffff00000001, owned=False)
    expect_misuse(lambda: recv.num_children(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_foreign_num_children_foreign_wrong_kind_region():
    """foreign.num_children (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Foreign.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.num_children(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_foreign_num_children_foreign_after_region_destroy():
    """foreign.num_children (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    region.close()
    expect_misuse(lambda: recv.num_children(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_foreign_format_foreign_stale():
    """foreign.format (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    recv.close()
    expect_misuse(lambda: recv.format(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_foreign_format_foreign_reused():
    """foreign.format (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    recv.close()
    newer = region.foreign(1, b'hello')
    before = remember(newer)
    expect_misuse(lambda: recv.format(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_foreign_format_foreign_forged():
    """foreign.format (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Foreign.from_handle(0xcfffffff00000001, owned=False)
    expect_misuse(lambda: recv.format(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_foreign_format_foreign_wrong_kind_region():
    """foreign.format (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Foreign.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.format(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_foreign_format_foreign_after_region_destroy():
    """foreign.format (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    region.close()
    expect_misuse(lambda: recv.format(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_borrow_shared_buffer_stale():
    """borrow.shared (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    recv.close()
    expect_misuse(lambda: recv.view(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_borrow_shared_buffer_reused():
    """borrow.shared (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    recv.close()
    newer = region.alloc(16, 16)
    newer.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    before = remember(newer)
    expect_misuse(lambda: recv.view(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_borrow_shared_buffer_forged():
    """borrow.shared (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Buffer.from_handle(0x2fffffff00000001, owned=False)
    expect_misuse(lambda: recv.view(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_borrow_shared_buffer_wrong_kind_region():
    """borrow.shared (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Buffer.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.view(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_borrow_shared_buffer_after_region_destroy():
    """borrow.shared (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    region.close()
    expect_misuse(lambda: recv.view(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_borrow_shared_buffer_borrow_conflict_unique_shared():
    """borrow.shared (borrow_conflict): a view is taken while a conflicting view is live; expects BorrowConflictError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    before = remember(recv)
    held = recv.view(writable=True).obj
    expect_misuse(lambda: recv.view(), weaveheap.BorrowConflictError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_borrow_shared_bytes_stale():
    """borrow.shared (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.bytes(b'hello')
    recv.close()
    expect_misuse(lambda: recv.view(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_borrow_shared_bytes_reused():
    """borrow.shared (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.bytes(b'hello')
    recv.close()
    newer = region.bytes(b'hello')
    before = remember(newer)
    expect_misuse(lambda: recv.view(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_borrow_shared_bytes_forged():
    """borrow.shared (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Bytes.from_handle(0x3fffffff00000001, owned=False)
    expect_misuse(lambda: recv.view(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_borrow_shared_bytes_wrong_kind_region():
    """borrow.shared (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Bytes.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.view(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_borrow_shared_bytes_after_region_destroy():
    """borrow.shared (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.bytes(b'hello')
    region.close()
    expect_misuse(lambda: recv.view(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_borrow_shared_bytes_borrow_conflict_unique_shared():
    """borrow.shared (borrow_conflict): a view is taken while a conflicting view is live; expects BorrowConflictError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.bytes(b'hello')
    before = remember(recv)
    held = weaveheap.View.from_handle(weaveheap.native.borrow_unique(recv.handle)[0])
    expect_misuse(lambda: recv.view(), weaveheap.BorrowConflictError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_borrow_shared_string_stale():
    """borrow.shared (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.string(b'hello')
    recv.close()
    expect_misuse(lambda: recv.view(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_borrow_shared_string_reused():
    """borrow.shared (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.string(b'hello')
    recv.close()
    newer = region.string(b'hello')
    before = remember(newer)
    expect_misuse(lambda: recv.view(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_borrow_shared_string_forged():
    """borrow.shared (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.String.from_handle(0x4fffffff00000001, owned=False)
    expect_misuse(lambda: recv.view(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_borrow_shared_string_wrong_kind_region():
    """borrow.shared (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.String.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.view(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_borrow_shared_string_after_region_destroy():
    """borrow.shared (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.string(b'hello')
    region.close()
    expect_misuse(lambda: recv.view(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_borrow_shared_string_borrow_conflict_unique_shared():
    """borrow.shared (borrow_conflict): a view is taken while a conflicting view is live; expects BorrowConflictError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.string(b'hello')
    before = remember(recv)
    held = weaveheap.View.from_handle(weaveheap.native.borrow_unique(recv.handle)[0])
    expect_misuse(lambda: recv.view(), weaveheap.BorrowConflictError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_borrow_shared_vector_stale():
    """borrow.shared (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    expect_misuse(lambda: recv.view(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_borrow_shared_vector_reused():
    """borrow.shared (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    newer = region.vector(1, 16, False)
    before = remember(newer)
    expect_misuse(lambda: recv.view(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_borrow_shared_vector_forged():
    """borrow.shared (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(0x7fffffff00000001, owned=False)
    expect_misuse(lambda: recv.view(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_borrow_shared_vector_wrong_kind_region():
    """borrow.shared (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.view(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_borrow_shared_vector_after_region_destroy():
    """borrow.shared (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    region.close()
    expect_misuse(lambda: recv.view(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_borrow_shared_vector_borrow_conflict_unique_shared():
    """borrow.shared (borrow_conflict): a view is taken while a conflicting view is live; expects BorrowConflictError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    held = weaveheap.View.from_handle(weaveheap.native.borrow_unique(recv.handle)[0])
    expect_misuse(lambda: recv.view(), weaveheap.BorrowConflictError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_borrow_shared_var_vector_stale():
    """borrow.shared (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    expect_misuse(lambda: recv.view(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_borrow_shared_var_vector_reused():
    """borrow.shared (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    newer = region.var_vector(16, 16, False, False)
    before = remember(newer)
    expect_misuse(lambda: recv.view(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_borrow_shared_var_vector_forged():
    """borrow.shared (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(0xafffffff00000001, owned=False)
    expect_misuse(lambda: recv.view(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_borrow_shared_var_vector_wrong_kind_region():
    """borrow.shared (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.view(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_borrow_shared_var_vector_after_region_destroy():
    """borrow.shared (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    region.close()
    expect_misuse(lambda: recv.view(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_borrow_shared_var_vector_borrow_conflict_unique_shared():
    """borrow.shared (borrow_conflict): a view is taken while a conflicting view is live; expects BorrowConflictError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    held = weaveheap.View.from_handle(weaveheap.native.borrow_unique(recv.handle)[0])
    expect_misuse(lambda: recv.view(), weaveheap.BorrowConflictError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_borrow_shared_foreign_stale():
    """borrow.shared (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    recv.close()
    expect_misuse(lambda: recv.view(), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_borrow_shared_foreign_reused():
    """borrow.shared (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    recv.close()
    newer = region.foreign(1, b'hello')
    before = remember(newer)
    expect_misuse(lambda: recv.view(), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_borrow_shared_foreign_forged():
    """borrow.shared (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Foreign.from_handle(0xcfffffff00000001, owned=False)
    expect_misuse(lambda: recv.view(), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_borrow_shared_foreign_wrong_kind_region():
    """borrow.shared (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Foreign.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.view(), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_borrow_shared_foreign_after_region_destroy():
    """borrow.shared (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    region.close()
    expect_misuse(lambda: recv.view(), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_borrow_shared_foreign_borrow_conflict_unique_shared():
    """borrow.shared (borrow_conflict): a view is taken while a conflicting view is live; expects BorrowConflictError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    before = remember(recv)
    held = weaveheap.View.from_handle(weaveheap.native.borrow_unique(recv.handle)[0])
    expect_misuse(lambda: recv.view(), weaveheap.BorrowConflictError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_borrow_unique_buffer_stale():
    """borrow.unique (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    recv.close()
    expect_misuse(lambda: recv.view(writable=True), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_borrow_unique_buffer_reused():
    """borrow.unique (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    recv.close()
    newer = region.alloc(16, 16)
    newer.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    before = remember(newer)
    expect_misuse(lambda: recv.view(writable=True), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_borrow_unique_buffer_forged():
    """borrow.unique (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Buffer.from_handle(0x2fffffff00000001, owned=False)
    expect_misuse(lambda: recv.view(writable=True), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_borrow_unique_buffer_wrong_kind_region():
    """borrow.unique (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Buffer.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.view(writable=True), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_borrow_unique_buffer_after_region_destroy():
    """borrow.unique (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    region.close()
    expect_misuse(lambda: recv.view(writable=True), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_borrow_unique_buffer_borrow_conflict_shared_unique():
    """borrow.unique (borrow_conflict): a view is taken while a conflicting view is live; expects BorrowConflictError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    before = remember(recv)
    held = recv.view().obj
    expect_misuse(lambda: recv.view(writable=True), weaveheap.BorrowConflictError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_borrow_unique_buffer_borrow_conflict_unique_unique():
    """borrow.unique (borrow_conflict): a view is taken while a conflicting view is live; expects BorrowConflictError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.alloc(16, 16)
    recv.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    before = remember(recv)
    held = recv.view(writable=True).obj
    expect_misuse(lambda: recv.view(writable=True), weaveheap.BorrowConflictError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_borrow_unique_bytes_stale():
    """borrow.unique (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.bytes(b'hello')
    recv.close()
    expect_misuse(lambda: recv.view(writable=True), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_borrow_unique_bytes_reused():
    """borrow.unique (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.bytes(b'hello')
    recv.close()
    newer = region.bytes(b'hello')
    before = remember(newer)
    expect_misuse(lambda: recv.view(writable=True), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_borrow_unique_bytes_forged():
    """borrow.unique (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Bytes.from_handle(0x3fffffff00000001, owned=False)
    expect_misuse(lambda: recv.view(writable=True), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_borrow_unique_bytes_wrong_kind_region():
    """borrow.unique (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Bytes.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.view(writable=True), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_borrow_unique_bytes_after_region_destroy():
    """borrow.unique (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.bytes(b'hello')
    region.close()
    expect_misuse(lambda: recv.view(writable=True), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_borrow_unique_bytes_borrow_conflict_shared_unique():
    """borrow.unique (borrow_conflict): a view is taken while a conflicting view is live; expects BorrowConflictError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.bytes(b'hello')
    before = remember(recv)
    held = recv.view().obj
    expect_misuse(lambda: recv.view(writable=True), weaveheap.BorrowConflictError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_borrow_unique_bytes_borrow_conflict_unique_unique():
    """borrow.unique (borrow_conflict): a view is taken while a conflicting view is live; expects BorrowConflictError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.bytes(b'hello')
    before = remember(recv)
    held = weaveheap.View.from_handle(weaveheap.native.borrow_unique(recv.handle)[0])
    expect_misuse(lambda: recv.view(writable=True), weaveheap.BorrowConflictError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_borrow_unique_string_stale():
    """borrow.unique (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.string(b'hello')
    recv.close()
    expect_misuse(lambda: recv.view(writable=True), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_borrow_unique_string_reused():
    """borrow.unique (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.string(b'hello')
    recv.close()
    newer = region.string(b'hello')
    before = remember(newer)
    expect_misuse(lambda: recv.view(writable=True), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_borrow_unique_string_forged():
    """borrow.unique (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.String.from_handle(0x4fffffff00000001, owned=False)
    expect_misuse(lambda: recv.view(writable=True), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_borrow_unique_string_wrong_kind_region():
    """borrow.unique (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.String.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.view(writable=True), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_borrow_unique_string_after_region_destroy():
    """borrow.unique (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.string(b'hello')
    region.close()
    expect_misuse(lambda: recv.view(writable=True), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_borrow_unique_string_borrow_conflict_shared_unique():
    """borrow.unique (borrow_conflict): a view is taken while a conflicting view is live; expects BorrowConflictError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.string(b'hello')
    before = remember(recv)
    held = recv.view().obj
    expect_misuse(lambda: recv.view(writable=True), weaveheap.BorrowConflictError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_borrow_unique_string_borrow_conflict_unique_unique():
    """borrow.unique (borrow_conflict): a view is taken while a conflicting view is live; expects BorrowConflictError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.string(b'hello')
    before = remember(recv)
    held = weaveheap.View.from_handle(weaveheap.native.borrow_unique(recv.handle)[0])
    expect_misuse(lambda: recv.view(writable=True), weaveheap.BorrowConflictError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_borrow_unique_vector_stale():
    """borrow.unique (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    expect_misuse(lambda: recv.view(writable=True), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_borrow_unique_vector_reused():
    """borrow.unique (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    recv.close()
    newer = region.vector(1, 16, False)
    before = remember(newer)
    expect_misuse(lambda: recv.view(writable=True), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_borrow_unique_vector_forged():
    """borrow.unique (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(0x7fffffff00000001, owned=False)
    expect_misuse(lambda: recv.view(writable=True), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_borrow_unique_vector_wrong_kind_region():
    """borrow.unique (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Vector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.view(writable=True), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_borrow_unique_vector_after_region_destroy():
    """borrow.unique (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    region.close()
    expect_misuse(lambda: recv.view(writable=True), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_borrow_unique_vector_borrow_conflict_shared_unique():
    """borrow.unique (borrow_conflict): a view is taken while a conflicting view is live; expects BorrowConflictError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    held = recv.view().obj
    expect_misuse(lambda: recv.view(writable=True), weaveheap.BorrowConflictError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_borrow_unique_vector_borrow_conflict_unique_unique():
    """borrow.unique (borrow_conflict): a view is taken while a conflicting view is live; expects BorrowConflictError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.vector(1, 16, False)
    before = remember(recv)
    held = weaveheap.View.from_handle(weaveheap.native.borrow_unique(recv.handle)[0])
    expect_misuse(lambda: recv.view(writable=True), weaveheap.BorrowConflictError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_borrow_unique_var_vector_stale():
    """borrow.unique (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    expect_misuse(lambda: recv.view(writable=True), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_borrow_unique_var_vector_reused():
    """borrow.unique (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    recv.close()
    newer = region.var_vector(16, 16, False, False)
    before = remember(newer)
    expect_misuse(lambda: recv.view(writable=True), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_borrow_unique_var_vector_forged():
    """borrow.unique (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(0xafffffff00000001, owned=False)
    expect_misuse(lambda: recv.view(writable=True), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_borrow_unique_var_vector_wrong_kind_region():
    """borrow.unique (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.VarVector.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.view(writable=True), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_borrow_unique_var_vector_after_region_destroy():
    """borrow.unique (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    region.close()
    expect_misuse(lambda: recv.view(writable=True), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_borrow_unique_var_vector_borrow_conflict_shared_unique():
    """borrow.unique (borrow_conflict): a view is taken while a conflicting view is live; expects BorrowConflictError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    held = recv.view().obj
    expect_misuse(lambda: recv.view(writable=True), weaveheap.BorrowConflictError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_borrow_unique_var_vector_borrow_conflict_unique_unique():
    """borrow.unique (borrow_conflict): a view is taken while a conflicting view is live; expects BorrowConflictError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.var_vector(16, 16, False, False)
    before = remember(recv)
    held = weaveheap.View.from_handle(weaveheap.native.borrow_unique(recv.handle)[0])
    expect_misuse(lambda: recv.view(writable=True), weaveheap.BorrowConflictError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_borrow_unique_foreign_stale():
    """borrow.unique (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    recv.close()
    expect_misuse(lambda: recv.view(writable=True), weaveheap.StaleHandleError, 'stale_rejected', None)
    region.close()


def test_borrow_unique_foreign_reused():
    """borrow.unique (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    recv.close()
    newer = region.foreign(1, b'hello')
    before = remember(newer)
    expect_misuse(lambda: recv.view(writable=True), weaveheap.ReusedHandleError, 'stale_rejected', None)
    unchanged(before, newer)
    region.close()


def test_borrow_unique_foreign_forged():
    """borrow.unique (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Foreign.from_handle(0xcfffffff00000001, owned=False)
    expect_misuse(lambda: recv.view(writable=True), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_borrow_unique_foreign_wrong_kind_region():
    """borrow.unique (wrong_kind): a live object of another class, adopted under this one; expects WrongKindError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = weaveheap.Foreign.from_handle(region.handle, owned=False)
    expect_misuse(lambda: recv.view(writable=True), weaveheap.WrongKindError, 'stale_rejected', None)
    region.close()


def test_borrow_unique_foreign_after_region_destroy():
    """borrow.unique (after_region_destroy): the object's region was destroyed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    region.close()
    expect_misuse(lambda: recv.view(writable=True), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_borrow_unique_foreign_borrow_conflict_shared_unique():
    """borrow.unique (borrow_conflict): a view is taken while a conflicting view is live; expects BorrowConflictError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    before = remember(recv)
    held = recv.view().obj
    expect_misuse(lambda: recv.view(writable=True), weaveheap.BorrowConflictError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_borrow_unique_foreign_borrow_conflict_unique_unique():
    """borrow.unique (borrow_conflict): a view is taken while a conflicting view is live; expects BorrowConflictError, borrow_conflicts +1."""
    region = weaveheap.Region()
    recv = region.foreign(1, b'hello')
    before = remember(recv)
    held = weaveheap.View.from_handle(weaveheap.native.borrow_unique(recv.handle)[0])
    expect_misuse(lambda: recv.view(writable=True), weaveheap.BorrowConflictError, 'borrow_conflicts', None)
    held.close()
    unchanged(before, recv)
    region.close()


def test_borrow_release_view_double_release():
    """borrow.release (double_release): a second wrapper of an already released handle is closed; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    viewed = region.alloc(16, 16)
    viewed.write(0, b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf')
    before = remember(viewed)
    first = viewed.view().obj
    first.close()
    recv = weaveheap.View.from_handle(first.handle, owned=False)
    expect_misuse(lambda: recv.close(), weaveheap.StaleHandleError, 'stale_rejected', None)
    unchanged(before, viewed)
    region.close()


def test_handle_kind_of_region_stale_handle():
    """handle.kind_of (stale): the object was closed before the call; expects StaleHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    region.close()
    expect_misuse(lambda: weaveheap.handle_kind_of(region), weaveheap.StaleHandleError, 'stale_rejected', None)


def test_handle_kind_of_region_forged_handle():
    """handle.kind_of (forged): a handle that was never issued; expects ForgedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    arg_handle = weaveheap.Region.from_handle(0x1fffffff00000001, owned=False)
    expect_misuse(lambda: weaveheap.handle_kind_of(arg_handle), weaveheap.ForgedHandleError, 'stale_rejected', None)
    region.close()


def test_handle_kind_of_region_reused_handle():
    """handle.kind_of (reused): the object was closed and its slot now holds a newer object; expects ReusedHandleError, stale_rejected +1."""
    region = weaveheap.Region()
    region.close()
    newer = weaveheap.Region()
    expect_misuse(lambda: weaveheap.handle_kind_of(region), weaveheap.ReusedHandleError, 'stale_rejected', None)
    newer.close()


def test_handle_kind_of_region_null_handle():
    """handle.kind_of (null): null (None, nil) where a value is required; expects InvalidArgumentError, no counter moving."""
    region = weaveheap.Region()
    expect_misuse(lambda: weaveheap.handle_kind_of(None), weaveheap.InvalidArgumentError, None, 'handle')
    region.close()
