# Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
"""The misuse matrix against the component, in wasmtime: one test per case of
misuse.build(surface) that a host of the component can write (its steps from
misuse.plan). Each asserts the typed error (the `error-code` of the
result's `err`), that the process-wide counters moved only by the case's
counter (+1 exactly), and that the bytes of every live object of the case
are unchanged. Each runs in its own instance.

What the component model makes impossible is listed in NOT_EXPRESSIBLE, by
its reason in WHY (docs/wasm.md says the same): those cases are not tests,
and test_every_case_is_a_test_or_not_expressible counts them apart.

    WEAVEHEAP_WASM_DIR=<build>/wasm python3 -m pytest generated/component_tests/test_misuse.py
"""
import sys
from pathlib import Path

import pytest
from wasmtime.component import Variant

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "wasm"))
from component_host import Host, record  # noqa: E402,F401

FILL = b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf'
CASES = 726

WHY = {
    "forged": ("a handle that was never issued cannot be named: a host holds resources, which are entries of its own table, never the core's handles (below the component model a rep that names no cell is the core's forged_handle: test_component.py)"),
    "null": ("WIT has no null: a resource, list or string argument is always a value"),
    "wrong_kind": ("a resource of another type is refused by the host's type check before the component is entered (wasmtime: mismatched resource types)"),
    "second_wrapper": ("a closed object is closed again only through a second wrapper of its handle, and no second resource of one object can be made (nothing adopts a raw handle): close() on the closed resource itself is a no-op"),
}

NOT_EXPRESSIBLE = {
    "region_destroy_region_reused": "second_wrapper",
    "region_destroy_region_forged": "forged",
    "region_destroy_region_wrong_kind_buffer": "wrong_kind",
    "region_destroy_region_double_release": "second_wrapper",
    "region_destroy_region_null": "null",
    "region_reset_region_forged": "forged",
    "region_reset_region_wrong_kind_buffer": "wrong_kind",
    "region_reset_region_null": "null",
    "region_stats_region_forged": "forged",
    "region_stats_region_wrong_kind_buffer": "wrong_kind",
    "region_stats_region_null": "null",
    "buffer_alloc_region_forged": "forged",
    "buffer_alloc_region_wrong_kind_buffer": "wrong_kind",
    "buffer_alloc_region_null": "null",
    "buffer_release_buffer_reused": "second_wrapper",
    "buffer_release_buffer_forged": "forged",
    "buffer_release_buffer_wrong_kind_region": "wrong_kind",
    "buffer_release_buffer_double_release": "second_wrapper",
    "buffer_release_buffer_null": "null",
    "buffer_size_buffer_forged": "forged",
    "buffer_size_buffer_wrong_kind_region": "wrong_kind",
    "buffer_size_buffer_null": "null",
    "buffer_write_buffer_forged": "forged",
    "buffer_write_buffer_wrong_kind_region": "wrong_kind",
    "buffer_write_buffer_null": "null",
    "buffer_write_buffer_null_data": "null",
    "buffer_read_buffer_forged": "forged",
    "buffer_read_buffer_wrong_kind_region": "wrong_kind",
    "buffer_read_buffer_null": "null",
    "buffer_read_buffer_null_dst": "null",
    "bytes_create_region_forged": "forged",
    "bytes_create_region_wrong_kind_buffer": "wrong_kind",
    "bytes_create_region_null": "null",
    "bytes_create_region_null_data": "null",
    "bytes_release_bytes_reused": "second_wrapper",
    "bytes_release_bytes_forged": "forged",
    "bytes_release_bytes_wrong_kind_region": "wrong_kind",
    "bytes_release_bytes_double_release": "second_wrapper",
    "bytes_release_bytes_null": "null",
    "bytes_length_bytes_forged": "forged",
    "bytes_length_bytes_wrong_kind_region": "wrong_kind",
    "bytes_length_bytes_null": "null",
    "bytes_dup_bytes_forged": "forged",
    "bytes_dup_bytes_wrong_kind_region": "wrong_kind",
    "bytes_dup_bytes_null": "null",
    "string_create_region_forged": "forged",
    "string_create_region_wrong_kind_buffer": "wrong_kind",
    "string_create_region_null": "null",
    "string_create_region_null_text": "null",
    "string_release_string_reused": "second_wrapper",
    "string_release_string_forged": "forged",
    "string_release_string_wrong_kind_region": "wrong_kind",
    "string_release_string_double_release": "second_wrapper",
    "string_release_string_null": "null",
    "string_length_string_forged": "forged",
    "string_length_string_wrong_kind_region": "wrong_kind",
    "string_length_string_null": "null",
    "string_dup_string_forged": "forged",
    "string_dup_string_wrong_kind_region": "wrong_kind",
    "string_dup_string_null": "null",
    "vector_create_region_forged": "forged",
    "vector_create_region_wrong_kind_buffer": "wrong_kind",
    "vector_create_region_null": "null",
    "vector_release_vector_reused": "second_wrapper",
    "vector_release_vector_forged": "forged",
    "vector_release_vector_wrong_kind_region": "wrong_kind",
    "vector_release_vector_double_release": "second_wrapper",
    "vector_release_vector_null": "null",
    "vector_length_vector_forged": "forged",
    "vector_length_vector_wrong_kind_region": "wrong_kind",
    "vector_length_vector_null": "null",
    "vector_capacity_vector_forged": "forged",
    "vector_capacity_vector_wrong_kind_region": "wrong_kind",
    "vector_capacity_vector_null": "null",
    "vector_resize_vector_forged": "forged",
    "vector_resize_vector_wrong_kind_region": "wrong_kind",
    "vector_resize_vector_null": "null",
    "vector_element_type_vector_forged": "forged",
    "vector_element_type_vector_wrong_kind_region": "wrong_kind",
    "vector_element_type_vector_null": "null",
    "vector_null_count_vector_forged": "forged",
    "vector_null_count_vector_wrong_kind_region": "wrong_kind",
    "vector_null_count_vector_null": "null",
    "vector_append_vector_forged": "forged",
    "vector_append_vector_wrong_kind_region": "wrong_kind",
    "vector_append_vector_null": "null",
    "vector_extend_vector_forged": "forged",
    "vector_extend_vector_wrong_kind_region": "wrong_kind",
    "vector_extend_vector_null": "null",
    "vector_extend_vector_null_data": "null",
    "vector_append_null_vector_forged": "forged",
    "vector_append_null_vector_wrong_kind_region": "wrong_kind",
    "vector_append_null_vector_null": "null",
    "vector_set_vector_forged": "forged",
    "vector_set_vector_wrong_kind_region": "wrong_kind",
    "vector_set_vector_null": "null",
    "vector_get_vector_forged": "forged",
    "vector_get_vector_wrong_kind_region": "wrong_kind",
    "vector_get_vector_null": "null",
    "vector_append_f64_vector_forged": "forged",
    "vector_append_f64_vector_wrong_kind_region": "wrong_kind",
    "vector_append_f64_vector_null": "null",
    "vector_set_f64_vector_forged": "forged",
    "vector_set_f64_vector_wrong_kind_region": "wrong_kind",
    "vector_set_f64_vector_null": "null",
    "vector_get_f64_vector_forged": "forged",
    "vector_get_f64_vector_wrong_kind_region": "wrong_kind",
    "vector_get_f64_vector_null": "null",
    "vector_is_valid_vector_forged": "forged",
    "vector_is_valid_vector_wrong_kind_region": "wrong_kind",
    "vector_is_valid_vector_null": "null",
    "vector_read_vector_forged": "forged",
    "vector_read_vector_wrong_kind_region": "wrong_kind",
    "vector_read_vector_null": "null",
    "vector_read_vector_null_dst": "null",
    "var_vector_create_region_forged": "forged",
    "var_vector_create_region_wrong_kind_buffer": "wrong_kind",
    "var_vector_create_region_null": "null",
    "var_vector_release_var_vector_reused": "second_wrapper",
    "var_vector_release_var_vector_forged": "forged",
    "var_vector_release_var_vector_wrong_kind_region": "wrong_kind",
    "var_vector_release_var_vector_double_release": "second_wrapper",
    "var_vector_release_var_vector_null": "null",
    "var_vector_length_var_vector_forged": "forged",
    "var_vector_length_var_vector_wrong_kind_region": "wrong_kind",
    "var_vector_length_var_vector_null": "null",
    "var_vector_capacity_var_vector_forged": "forged",
    "var_vector_capacity_var_vector_wrong_kind_region": "wrong_kind",
    "var_vector_capacity_var_vector_null": "null",
    "var_vector_data_length_var_vector_forged": "forged",
    "var_vector_data_length_var_vector_wrong_kind_region": "wrong_kind",
    "var_vector_data_length_var_vector_null": "null",
    "var_vector_data_capacity_var_vector_forged": "forged",
    "var_vector_data_capacity_var_vector_wrong_kind_region": "wrong_kind",
    "var_vector_data_capacity_var_vector_null": "null",
    "var_vector_resize_var_vector_forged": "forged",
    "var_vector_resize_var_vector_wrong_kind_region": "wrong_kind",
    "var_vector_resize_var_vector_null": "null",
    "var_vector_null_count_var_vector_forged": "forged",
    "var_vector_null_count_var_vector_wrong_kind_region": "wrong_kind",
    "var_vector_null_count_var_vector_null": "null",
    "var_vector_is_utf8_var_vector_forged": "forged",
    "var_vector_is_utf8_var_vector_wrong_kind_region": "wrong_kind",
    "var_vector_is_utf8_var_vector_null": "null",
    "var_vector_append_var_vector_forged": "forged",
    "var_vector_append_var_vector_wrong_kind_region": "wrong_kind",
    "var_vector_append_var_vector_null": "null",
    "var_vector_append_var_vector_null_value": "null",
    "var_vector_append_null_var_vector_forged": "forged",
    "var_vector_append_null_var_vector_wrong_kind_region": "wrong_kind",
    "var_vector_append_null_var_vector_null": "null",
    "var_vector_get_var_vector_forged": "forged",
    "var_vector_get_var_vector_wrong_kind_region": "wrong_kind",
    "var_vector_get_var_vector_null": "null",
    "var_vector_value_offset_var_vector_forged": "forged",
    "var_vector_value_offset_var_vector_wrong_kind_region": "wrong_kind",
    "var_vector_value_offset_var_vector_null": "null",
    "var_vector_value_length_var_vector_forged": "forged",
    "var_vector_value_length_var_vector_wrong_kind_region": "wrong_kind",
    "var_vector_value_length_var_vector_null": "null",
    "var_vector_is_valid_var_vector_forged": "forged",
    "var_vector_is_valid_var_vector_wrong_kind_region": "wrong_kind",
    "var_vector_is_valid_var_vector_null": "null",
    "var_vector_read_var_vector_forged": "forged",
    "var_vector_read_var_vector_wrong_kind_region": "wrong_kind",
    "var_vector_read_var_vector_null": "null",
    "var_vector_read_var_vector_null_dst": "null",
    "batch_create_region_forged": "forged",
    "batch_create_region_wrong_kind_buffer": "wrong_kind",
    "batch_create_region_null": "null",
    "batch_release_batch_reused": "second_wrapper",
    "batch_release_batch_forged": "forged",
    "batch_release_batch_wrong_kind_region": "wrong_kind",
    "batch_release_batch_double_release": "second_wrapper",
    "batch_release_batch_null": "null",
    "batch_add_column_batch_forged": "forged",
    "batch_add_column_batch_wrong_kind_region": "wrong_kind",
    "batch_add_column_batch_null": "null",
    "batch_add_column_batch_null_name": "null",
    "batch_add_column_vector_forged_column": "forged",
    "batch_add_column_vector_null_column": "null",
    "batch_num_columns_batch_forged": "forged",
    "batch_num_columns_batch_wrong_kind_region": "wrong_kind",
    "batch_num_columns_batch_null": "null",
    "batch_num_rows_batch_forged": "forged",
    "batch_num_rows_batch_wrong_kind_region": "wrong_kind",
    "batch_num_rows_batch_null": "null",
    "batch_column_name_batch_forged": "forged",
    "batch_column_name_batch_wrong_kind_region": "wrong_kind",
    "batch_column_name_batch_null": "null",
    "batch_validate_batch_forged": "forged",
    "batch_validate_batch_wrong_kind_region": "wrong_kind",
    "batch_validate_batch_null": "null",
    "batch_append_row_batch_forged": "forged",
    "batch_append_row_batch_wrong_kind_region": "wrong_kind",
    "batch_append_row_batch_null": "null",
    "batch_append_row_batch_null_row": "null",
    "list_vector_create_region_forged": "forged",
    "list_vector_create_region_wrong_kind_buffer": "wrong_kind",
    "list_vector_create_region_null": "null",
    "list_vector_create_vector_forged_child": "forged",
    "list_vector_create_vector_null_child": "null",
    "list_vector_release_list_vector_reused": "second_wrapper",
    "list_vector_release_list_vector_forged": "forged",
    "list_vector_release_list_vector_wrong_kind_region": "wrong_kind",
    "list_vector_release_list_vector_after_region_destroy": "second_wrapper",
    "list_vector_release_list_vector_double_release": "second_wrapper",
    "list_vector_release_list_vector_null": "null",
    "list_vector_length_list_vector_forged": "forged",
    "list_vector_length_list_vector_wrong_kind_region": "wrong_kind",
    "list_vector_length_list_vector_after_region_destroy": "second_wrapper",
    "list_vector_length_list_vector_null": "null",
    "list_vector_capacity_list_vector_forged": "forged",
    "list_vector_capacity_list_vector_wrong_kind_region": "wrong_kind",
    "list_vector_capacity_list_vector_after_region_destroy": "second_wrapper",
    "list_vector_capacity_list_vector_null": "null",
    "list_vector_null_count_list_vector_forged": "forged",
    "list_vector_null_count_list_vector_wrong_kind_region": "wrong_kind",
    "list_vector_null_count_list_vector_after_region_destroy": "second_wrapper",
    "list_vector_null_count_list_vector_null": "null",
    "list_vector_is_map_list_vector_forged": "forged",
    "list_vector_is_map_list_vector_wrong_kind_region": "wrong_kind",
    "list_vector_is_map_list_vector_after_region_destroy": "second_wrapper",
    "list_vector_is_map_list_vector_null": "null",
    "list_vector_is_valid_list_vector_forged": "forged",
    "list_vector_is_valid_list_vector_wrong_kind_region": "wrong_kind",
    "list_vector_is_valid_list_vector_after_region_destroy": "second_wrapper",
    "list_vector_is_valid_list_vector_null": "null",
    "list_vector_value_offset_list_vector_forged": "forged",
    "list_vector_value_offset_list_vector_wrong_kind_region": "wrong_kind",
    "list_vector_value_offset_list_vector_after_region_destroy": "second_wrapper",
    "list_vector_value_offset_list_vector_null": "null",
    "list_vector_value_length_list_vector_forged": "forged",
    "list_vector_value_length_list_vector_wrong_kind_region": "wrong_kind",
    "list_vector_value_length_list_vector_after_region_destroy": "second_wrapper",
    "list_vector_value_length_list_vector_null": "null",
    "list_vector_append_list_vector_forged": "forged",
    "list_vector_append_list_vector_wrong_kind_region": "wrong_kind",
    "list_vector_append_list_vector_after_region_destroy": "second_wrapper",
    "list_vector_append_list_vector_null": "null",
    "list_vector_append_list_vector_null_value": "null",
    "list_vector_append_null_list_vector_forged": "forged",
    "list_vector_append_null_list_vector_wrong_kind_region": "wrong_kind",
    "list_vector_append_null_list_vector_after_region_destroy": "second_wrapper",
    "list_vector_append_null_list_vector_null": "null",
    "list_vector_lookup_list_vector_forged": "forged",
    "list_vector_lookup_list_vector_wrong_kind_region": "wrong_kind",
    "list_vector_lookup_list_vector_after_region_destroy": "second_wrapper",
    "list_vector_lookup_list_vector_null": "null",
    "list_vector_lookup_list_vector_null_key": "null",
    "batch_stream_create_region_forged": "forged",
    "batch_stream_create_region_wrong_kind_buffer": "wrong_kind",
    "batch_stream_create_region_null": "null",
    "batch_stream_release_batch_stream_reused": "second_wrapper",
    "batch_stream_release_batch_stream_forged": "forged",
    "batch_stream_release_batch_stream_wrong_kind_region": "wrong_kind",
    "batch_stream_release_batch_stream_double_release": "second_wrapper",
    "batch_stream_release_batch_stream_null": "null",
    "batch_stream_add_batch_batch_stream_forged": "forged",
    "batch_stream_add_batch_batch_stream_wrong_kind_region": "wrong_kind",
    "batch_stream_add_batch_batch_stream_null": "null",
    "batch_stream_add_batch_batch_forged_batch": "forged",
    "batch_stream_add_batch_batch_null_batch": "null",
    "batch_stream_num_batches_batch_stream_forged": "forged",
    "batch_stream_num_batches_batch_stream_wrong_kind_region": "wrong_kind",
    "batch_stream_num_batches_batch_stream_null": "null",
    "foreign_create_region_forged": "forged",
    "foreign_create_region_wrong_kind_buffer": "wrong_kind",
    "foreign_create_region_null": "null",
    "foreign_create_region_null_values": "null",
    "foreign_release_foreign_reused": "second_wrapper",
    "foreign_release_foreign_forged": "forged",
    "foreign_release_foreign_wrong_kind_region": "wrong_kind",
    "foreign_release_foreign_double_release": "second_wrapper",
    "foreign_release_foreign_null": "null",
    "foreign_length_foreign_forged": "forged",
    "foreign_length_foreign_wrong_kind_region": "wrong_kind",
    "foreign_length_foreign_null": "null",
    "foreign_null_count_foreign_forged": "forged",
    "foreign_null_count_foreign_wrong_kind_region": "wrong_kind",
    "foreign_null_count_foreign_null": "null",
    "foreign_offset_foreign_forged": "forged",
    "foreign_offset_foreign_wrong_kind_region": "wrong_kind",
    "foreign_offset_foreign_null": "null",
    "foreign_num_children_foreign_forged": "forged",
    "foreign_num_children_foreign_wrong_kind_region": "wrong_kind",
    "foreign_num_children_foreign_null": "null",
    "foreign_format_foreign_forged": "forged",
    "foreign_format_foreign_wrong_kind_region": "wrong_kind",
    "foreign_format_foreign_null": "null",
    "borrow_shared_buffer_forged": "forged",
    "borrow_shared_buffer_wrong_kind_region": "wrong_kind",
    "borrow_shared_buffer_null": "null",
    "borrow_shared_bytes_forged": "forged",
    "borrow_shared_bytes_wrong_kind_region": "wrong_kind",
    "borrow_shared_bytes_null": "null",
    "borrow_shared_string_forged": "forged",
    "borrow_shared_string_wrong_kind_region": "wrong_kind",
    "borrow_shared_string_null": "null",
    "borrow_shared_vector_forged": "forged",
    "borrow_shared_vector_wrong_kind_region": "wrong_kind",
    "borrow_shared_vector_null": "null",
    "borrow_shared_var_vector_forged": "forged",
    "borrow_shared_var_vector_wrong_kind_region": "wrong_kind",
    "borrow_shared_var_vector_null": "null",
    "borrow_shared_foreign_forged": "forged",
    "borrow_shared_foreign_wrong_kind_region": "wrong_kind",
    "borrow_shared_foreign_null": "null",
    "borrow_unique_buffer_forged": "forged",
    "borrow_unique_buffer_wrong_kind_region": "wrong_kind",
    "borrow_unique_buffer_null": "null",
    "borrow_unique_bytes_forged": "forged",
    "borrow_unique_bytes_wrong_kind_region": "wrong_kind",
    "borrow_unique_bytes_null": "null",
    "borrow_unique_string_forged": "forged",
    "borrow_unique_string_wrong_kind_region": "wrong_kind",
    "borrow_unique_string_null": "null",
    "borrow_unique_vector_forged": "forged",
    "borrow_unique_vector_wrong_kind_region": "wrong_kind",
    "borrow_unique_vector_null": "null",
    "borrow_unique_var_vector_forged": "forged",
    "borrow_unique_var_vector_wrong_kind_region": "wrong_kind",
    "borrow_unique_var_vector_null": "null",
    "borrow_unique_foreign_forged": "forged",
    "borrow_unique_foreign_wrong_kind_region": "wrong_kind",
    "borrow_unique_foreign_null": "null",
    "borrow_release_view_double_release": "second_wrapper",
    "handle_kind_of_region_forged_handle": "forged",
    "handle_kind_of_region_null_handle": "null",
}


@pytest.fixture
def h():
    return Host()


def bytes_of_buffer(h, obj):
    token, view = h.call("borrow", "[static]borrow.shared", Variant("buffer", obj))
    h.call("borrow", "[method]borrow.close", token)
    return h.call("buffer", "[method]buffer.read", obj, 0, view.length)


def bytes_of_bytes(h, obj):
    return h.call("bytes", "[method]bytes.dup", obj)


def bytes_of_string(h, obj):
    return h.call("string", "[method]string.dup", obj).encode()


def bytes_of_vector(h, obj):
    token, view = h.call("borrow", "[static]borrow.shared", Variant("vector", obj))
    h.call("borrow", "[method]borrow.close", token)
    return h.call("vector", "[method]vector.read", obj, 0, view.length)


def bytes_of_var_vector(h, obj):
    token, view = h.call("borrow", "[static]borrow.shared", Variant("var-vector", obj))
    h.call("borrow", "[method]borrow.close", token)
    return h.call("var_vector", "[method]var-vector.read", obj, 0, view.length)


def bytes_of_foreign(h, obj):
    return h.call("foreign", "[method]foreign.format", obj).encode()


def test_every_case_is_a_test_or_not_expressible():
    tests = [name for name in globals() if name.startswith("test_case_")]
    assert len(tests) == 397
    assert len(tests) + len(NOT_EXPRESSIBLE) == CASES
    assert set(NOT_EXPRESSIBLE.values()) <= set(WHY)


def test_case_region_destroy_region_while_borrowed_shared(h):
    """region.destroy on a region: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    viewed = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", viewed, 0, FILL)
    was_viewed = bytes_of_buffer(h, viewed)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("buffer", viewed))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("region", "[method]region.close", region))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_buffer(h, viewed) == was_viewed, "the bytes of the viewed changed"


def test_case_region_reset_region_stale(h):
    """region.reset on a region: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("region", "[method]region.reset", region))


def test_case_region_reset_region_reused(h):
    """region.reset on a region: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    h.call("region", "[method]region.close", region)
    newer = h.call("region", "[constructor]region", None)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("region", "[method]region.reset", region))


def test_case_region_reset_region_while_borrowed_shared(h):
    """region.reset on a region: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    viewed = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", viewed, 0, FILL)
    was_viewed = bytes_of_buffer(h, viewed)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("buffer", viewed))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("region", "[method]region.reset", region))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_buffer(h, viewed) == was_viewed, "the bytes of the viewed changed"


def test_case_region_stats_region_stale(h):
    """region.stats on a region: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("region", "[method]region.stats", region))


def test_case_region_stats_region_reused(h):
    """region.stats on a region: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    h.call("region", "[method]region.close", region)
    newer = h.call("region", "[constructor]region", None)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("region", "[method]region.stats", region))


def test_case_buffer_alloc_region_stale(h):
    """buffer.alloc on a region: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("buffer", "[constructor]buffer", region, 16, 16))


def test_case_buffer_alloc_region_reused(h):
    """buffer.alloc on a region: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    h.call("region", "[method]region.close", region)
    newer = h.call("region", "[constructor]region", None)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("buffer", "[constructor]buffer", region, 16, 16))


def test_case_buffer_alloc_region_absurd_value_size_1000000000001(h):
    """buffer.alloc on a region: an integer far out of range (sizes of 2^32 and more on every target width) (size)."""
    region = h.call("region", "[constructor]region", None)
    h.refused("invalid-argument", None, lambda: h.call("buffer", "[constructor]buffer", region, 281474976710657, 16))


def test_case_buffer_alloc_region_absurd_value_size_ffffffffffffffff(h):
    """buffer.alloc on a region: an integer far out of range (sizes of 2^32 and more on every target width) (size)."""
    region = h.call("region", "[constructor]region", None)
    h.refused("invalid-argument", None, lambda: h.call("buffer", "[constructor]buffer", region, 18446744073709551615, 16))


def test_case_buffer_alloc_region_absurd_value_size_100000010_limited(h):
    """buffer.alloc on a region: an integer far out of range (sizes of 2^32 and more on every target width) (size)."""
    region = h.call("region", "[constructor]region", record(chunk_size=0, byte_limit=1048576, thread_safe=False))
    h.refused("out-of-memory", None, lambda: h.call("buffer", "[constructor]buffer", region, 4294967312, 16))


def test_case_buffer_alloc_region_absurd_value_size_10000000000_limited(h):
    """buffer.alloc on a region: an integer far out of range (sizes of 2^32 and more on every target width) (size)."""
    region = h.call("region", "[constructor]region", record(chunk_size=0, byte_limit=1048576, thread_safe=False))
    h.refused("out-of-memory", None, lambda: h.call("buffer", "[constructor]buffer", region, 1099511627776, 16))


def test_case_buffer_alloc_region_absurd_value_size_1000000000000_limited(h):
    """buffer.alloc on a region: an integer far out of range (sizes of 2^32 and more on every target width) (size)."""
    region = h.call("region", "[constructor]region", record(chunk_size=0, byte_limit=1048576, thread_safe=False))
    h.refused("out-of-memory", None, lambda: h.call("buffer", "[constructor]buffer", region, 281474976710656, 16))


def test_case_buffer_alloc_region_absurd_value_size_10000000000(h):
    """buffer.alloc on a region: an integer far out of range (sizes of 2^32 and more on every target width) (size)."""
    region = h.call("region", "[constructor]region", None)
    h.refused("out-of-memory", None, lambda: h.call("buffer", "[constructor]buffer", region, 1099511627776, 16))


def test_case_buffer_alloc_region_absurd_value_size_1000000000000(h):
    """buffer.alloc on a region: an integer far out of range (sizes of 2^32 and more on every target width) (size)."""
    region = h.call("region", "[constructor]region", None)
    h.refused("out-of-memory", None, lambda: h.call("buffer", "[constructor]buffer", region, 281474976710656, 16))


def test_case_buffer_alloc_region_absurd_value_align_100001(h):
    """buffer.alloc on a region: an integer far out of range (sizes of 2^32 and more on every target width) (align)."""
    region = h.call("region", "[constructor]region", None)
    h.refused("invalid-argument", None, lambda: h.call("buffer", "[constructor]buffer", region, 16, 1048577))


def test_case_buffer_alloc_region_absurd_value_align_ffffffffffffffff(h):
    """buffer.alloc on a region: an integer far out of range (sizes of 2^32 and more on every target width) (align)."""
    region = h.call("region", "[constructor]region", None)
    h.refused("invalid-argument", None, lambda: h.call("buffer", "[constructor]buffer", region, 16, 18446744073709551615))


def test_case_buffer_alloc_region_bad_alignment_align_0(h):
    """buffer.alloc on a region: an integer that must be a power of two and is not (align)."""
    region = h.call("region", "[constructor]region", None)
    h.refused("invalid-argument", None, lambda: h.call("buffer", "[constructor]buffer", region, 16, 0))


def test_case_buffer_alloc_region_bad_alignment_align_3(h):
    """buffer.alloc on a region: an integer that must be a power of two and is not (align)."""
    region = h.call("region", "[constructor]region", None)
    h.refused("invalid-argument", None, lambda: h.call("buffer", "[constructor]buffer", region, 16, 3))


def test_case_buffer_alloc_region_bad_alignment_align_18(h):
    """buffer.alloc on a region: an integer that must be a power of two and is not (align)."""
    region = h.call("region", "[constructor]region", None)
    h.refused("invalid-argument", None, lambda: h.call("buffer", "[constructor]buffer", region, 16, 24))


def test_case_buffer_release_buffer_after_region_destroy(h):
    """buffer.release on a buffer: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("buffer", "[method]buffer.close", recv))


def test_case_buffer_release_buffer_while_borrowed_shared(h):
    """buffer.release on a buffer: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    was_recv = bytes_of_buffer(h, recv)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("buffer", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("buffer", "[method]buffer.close", recv))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_buffer(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_buffer_size_buffer_stale(h):
    """buffer.size on a buffer: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    h.call("buffer", "[method]buffer.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("buffer", "[method]buffer.size", recv))


def test_case_buffer_size_buffer_reused(h):
    """buffer.size on a buffer: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    h.call("buffer", "[method]buffer.close", recv)
    newer = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", newer, 0, FILL)
    was_newer = bytes_of_buffer(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("buffer", "[method]buffer.size", recv))
    assert bytes_of_buffer(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_buffer_size_buffer_after_region_destroy(h):
    """buffer.size on a buffer: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("buffer", "[method]buffer.size", recv))


def test_case_buffer_write_buffer_stale(h):
    """buffer.write on a buffer: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    h.call("buffer", "[method]buffer.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("buffer", "[method]buffer.write", recv, 0, b'hello'))


def test_case_buffer_write_buffer_reused(h):
    """buffer.write on a buffer: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    h.call("buffer", "[method]buffer.close", recv)
    newer = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", newer, 0, FILL)
    was_newer = bytes_of_buffer(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("buffer", "[method]buffer.write", recv, 0, b'hello'))
    assert bytes_of_buffer(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_buffer_write_buffer_after_region_destroy(h):
    """buffer.write on a buffer: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("buffer", "[method]buffer.write", recv, 0, b'hello'))


def test_case_buffer_write_buffer_while_borrowed_shared(h):
    """buffer.write on a buffer: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    was_recv = bytes_of_buffer(h, recv)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("buffer", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("buffer", "[method]buffer.write", recv, 0, b'hello'))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_buffer(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_buffer_write_buffer_absurd_value_offset_100000010(h):
    """buffer.write on a buffer: an integer far out of range (sizes of 2^32 and more on every target width) (offset)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    was_recv = bytes_of_buffer(h, recv)
    h.refused("out-of-range", None, lambda: h.call("buffer", "[method]buffer.write", recv, 4294967312, b'hello'))
    assert bytes_of_buffer(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_buffer_write_buffer_absurd_value_offset_10000000000(h):
    """buffer.write on a buffer: an integer far out of range (sizes of 2^32 and more on every target width) (offset)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    was_recv = bytes_of_buffer(h, recv)
    h.refused("out-of-range", None, lambda: h.call("buffer", "[method]buffer.write", recv, 1099511627776, b'hello'))
    assert bytes_of_buffer(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_buffer_write_buffer_absurd_value_offset_ffffffffffffffff(h):
    """buffer.write on a buffer: an integer far out of range (sizes of 2^32 and more on every target width) (offset)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    was_recv = bytes_of_buffer(h, recv)
    h.refused("out-of-range", None, lambda: h.call("buffer", "[method]buffer.write", recv, 18446744073709551615, b'hello'))
    assert bytes_of_buffer(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_buffer_read_buffer_stale(h):
    """buffer.read on a buffer: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    h.call("buffer", "[method]buffer.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("buffer", "[method]buffer.read", recv, 0, 4))


def test_case_buffer_read_buffer_reused(h):
    """buffer.read on a buffer: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    h.call("buffer", "[method]buffer.close", recv)
    newer = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", newer, 0, FILL)
    was_newer = bytes_of_buffer(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("buffer", "[method]buffer.read", recv, 0, 4))
    assert bytes_of_buffer(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_buffer_read_buffer_after_region_destroy(h):
    """buffer.read on a buffer: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("buffer", "[method]buffer.read", recv, 0, 4))


def test_case_buffer_read_buffer_while_borrowed_unique(h):
    """buffer.read on a buffer: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    was_recv = bytes_of_buffer(h, recv)
    held, _ = h.call("borrow", "[static]borrow.unique", Variant("buffer", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("buffer", "[method]buffer.read", recv, 0, 4))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_buffer(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_buffer_read_buffer_absurd_value_offset_100000010(h):
    """buffer.read on a buffer: an integer far out of range (sizes of 2^32 and more on every target width) (offset)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    was_recv = bytes_of_buffer(h, recv)
    h.refused("out-of-range", None, lambda: h.call("buffer", "[method]buffer.read", recv, 4294967312, 4))
    assert bytes_of_buffer(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_buffer_read_buffer_absurd_value_offset_10000000000(h):
    """buffer.read on a buffer: an integer far out of range (sizes of 2^32 and more on every target width) (offset)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    was_recv = bytes_of_buffer(h, recv)
    h.refused("out-of-range", None, lambda: h.call("buffer", "[method]buffer.read", recv, 1099511627776, 4))
    assert bytes_of_buffer(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_buffer_read_buffer_absurd_value_offset_ffffffffffffffff(h):
    """buffer.read on a buffer: an integer far out of range (sizes of 2^32 and more on every target width) (offset)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    was_recv = bytes_of_buffer(h, recv)
    h.refused("out-of-range", None, lambda: h.call("buffer", "[method]buffer.read", recv, 18446744073709551615, 4))
    assert bytes_of_buffer(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_bytes_create_region_stale(h):
    """bytes.create on a region: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("bytes", "[constructor]bytes", region, b'hello'))


def test_case_bytes_create_region_reused(h):
    """bytes.create on a region: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    h.call("region", "[method]region.close", region)
    newer = h.call("region", "[constructor]region", None)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("bytes", "[constructor]bytes", region, b'hello'))


def test_case_bytes_release_bytes_after_region_destroy(h):
    """bytes.release on a bytes: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("bytes", "[constructor]bytes", region, b'hello')
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("bytes", "[method]bytes.close", recv))


def test_case_bytes_release_bytes_while_borrowed_shared(h):
    """bytes.release on a bytes: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("bytes", "[constructor]bytes", region, b'hello')
    was_recv = bytes_of_bytes(h, recv)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("bytes", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("bytes", "[method]bytes.close", recv))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_bytes(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_bytes_length_bytes_stale(h):
    """bytes.length on a bytes: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("bytes", "[constructor]bytes", region, b'hello')
    h.call("bytes", "[method]bytes.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("bytes", "[method]bytes.length", recv))


def test_case_bytes_length_bytes_reused(h):
    """bytes.length on a bytes: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("bytes", "[constructor]bytes", region, b'hello')
    h.call("bytes", "[method]bytes.close", recv)
    newer = h.call("bytes", "[constructor]bytes", region, b'hello')
    was_newer = bytes_of_bytes(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("bytes", "[method]bytes.length", recv))
    assert bytes_of_bytes(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_bytes_length_bytes_after_region_destroy(h):
    """bytes.length on a bytes: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("bytes", "[constructor]bytes", region, b'hello')
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("bytes", "[method]bytes.length", recv))


def test_case_bytes_dup_bytes_stale(h):
    """bytes.dup on a bytes: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("bytes", "[constructor]bytes", region, b'hello')
    h.call("bytes", "[method]bytes.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("bytes", "[method]bytes.dup", recv))


def test_case_bytes_dup_bytes_reused(h):
    """bytes.dup on a bytes: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("bytes", "[constructor]bytes", region, b'hello')
    h.call("bytes", "[method]bytes.close", recv)
    newer = h.call("bytes", "[constructor]bytes", region, b'hello')
    was_newer = bytes_of_bytes(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("bytes", "[method]bytes.dup", recv))
    assert bytes_of_bytes(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_bytes_dup_bytes_after_region_destroy(h):
    """bytes.dup on a bytes: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("bytes", "[constructor]bytes", region, b'hello')
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("bytes", "[method]bytes.dup", recv))


def test_case_bytes_dup_bytes_while_borrowed_unique(h):
    """bytes.dup on a bytes: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("bytes", "[constructor]bytes", region, b'hello')
    was_recv = bytes_of_bytes(h, recv)
    held, _ = h.call("borrow", "[static]borrow.unique", Variant("bytes", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("bytes", "[method]bytes.dup", recv))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_bytes(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_string_create_region_stale(h):
    """string.create on a region: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("string", "[constructor]string", region, b'hello'))


def test_case_string_create_region_reused(h):
    """string.create on a region: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    h.call("region", "[method]region.close", region)
    newer = h.call("region", "[constructor]region", None)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("string", "[constructor]string", region, b'hello'))


def test_case_string_create_region_invalid_utf8_text(h):
    """string.create on a region: text that is not UTF-8 (text)."""
    region = h.call("region", "[constructor]region", None)
    h.refused("invalid-utf8", None, lambda: h.call("string", "[constructor]string", region, b'\xc3(\xff'))


def test_case_string_release_string_after_region_destroy(h):
    """string.release on a string: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("string", "[constructor]string", region, b'hello')
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("string", "[method]string.close", recv))


def test_case_string_release_string_while_borrowed_shared(h):
    """string.release on a string: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("string", "[constructor]string", region, b'hello')
    was_recv = bytes_of_string(h, recv)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("string", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("string", "[method]string.close", recv))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_string(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_string_length_string_stale(h):
    """string.length on a string: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("string", "[constructor]string", region, b'hello')
    h.call("string", "[method]string.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("string", "[method]string.length", recv))


def test_case_string_length_string_reused(h):
    """string.length on a string: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("string", "[constructor]string", region, b'hello')
    h.call("string", "[method]string.close", recv)
    newer = h.call("string", "[constructor]string", region, b'hello')
    was_newer = bytes_of_string(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("string", "[method]string.length", recv))
    assert bytes_of_string(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_string_length_string_after_region_destroy(h):
    """string.length on a string: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("string", "[constructor]string", region, b'hello')
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("string", "[method]string.length", recv))


def test_case_string_dup_string_stale(h):
    """string.dup on a string: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("string", "[constructor]string", region, b'hello')
    h.call("string", "[method]string.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("string", "[method]string.dup", recv))


def test_case_string_dup_string_reused(h):
    """string.dup on a string: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("string", "[constructor]string", region, b'hello')
    h.call("string", "[method]string.close", recv)
    newer = h.call("string", "[constructor]string", region, b'hello')
    was_newer = bytes_of_string(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("string", "[method]string.dup", recv))
    assert bytes_of_string(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_string_dup_string_after_region_destroy(h):
    """string.dup on a string: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("string", "[constructor]string", region, b'hello')
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("string", "[method]string.dup", recv))


def test_case_string_dup_string_while_borrowed_unique(h):
    """string.dup on a string: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("string", "[constructor]string", region, b'hello')
    was_recv = bytes_of_string(h, recv)
    held, _ = h.call("borrow", "[static]borrow.unique", Variant("string", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("string", "[method]string.dup", recv))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_string(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_create_region_stale(h):
    """vector.create on a region: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[constructor]vector", region, 'int8', 16, False))


def test_case_vector_create_region_reused(h):
    """vector.create on a region: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    h.call("region", "[method]region.close", region)
    newer = h.call("region", "[constructor]region", None)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("vector", "[constructor]vector", region, 'int8', 16, False))


def test_case_vector_create_region_absurd_value_capacity_1000000000001(h):
    """vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", None)
    h.refused("invalid-argument", None, lambda: h.call("vector", "[constructor]vector", region, 'int8', 281474976710657, False))


def test_case_vector_create_region_absurd_value_capacity_ffffffffffffffff(h):
    """vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", None)
    h.refused("invalid-argument", None, lambda: h.call("vector", "[constructor]vector", region, 'int8', 18446744073709551615, False))


def test_case_vector_create_region_absurd_value_capacity_100000010_limited(h):
    """vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", record(chunk_size=0, byte_limit=1048576, thread_safe=False))
    h.refused("out-of-memory", None, lambda: h.call("vector", "[constructor]vector", region, 'int8', 4294967312, False))


def test_case_vector_create_region_absurd_value_capacity_10000000000_limited(h):
    """vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", record(chunk_size=0, byte_limit=1048576, thread_safe=False))
    h.refused("out-of-memory", None, lambda: h.call("vector", "[constructor]vector", region, 'int8', 1099511627776, False))


def test_case_vector_create_region_absurd_value_capacity_1000000000000_limited(h):
    """vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", record(chunk_size=0, byte_limit=1048576, thread_safe=False))
    h.refused("out-of-memory", None, lambda: h.call("vector", "[constructor]vector", region, 'int8', 281474976710656, False))


def test_case_vector_create_region_absurd_value_capacity_10000000000(h):
    """vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", None)
    h.refused("out-of-memory", None, lambda: h.call("vector", "[constructor]vector", region, 'int8', 1099511627776, False))


def test_case_vector_create_region_absurd_value_capacity_1000000000000(h):
    """vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", None)
    h.refused("out-of-memory", None, lambda: h.call("vector", "[constructor]vector", region, 'int8', 281474976710656, False))


def test_case_vector_release_vector_after_region_destroy(h):
    """vector.release on a vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.close", recv))


def test_case_vector_release_vector_while_borrowed_shared(h):
    """vector.release on a vector: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("vector", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("vector", "[method]vector.close", recv))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_length_vector_stale(h):
    """vector.length on a vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.length", recv))


def test_case_vector_length_vector_reused(h):
    """vector.length on a vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    newer = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_newer = bytes_of_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.length", recv))
    assert bytes_of_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_vector_length_vector_after_region_destroy(h):
    """vector.length on a vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.length", recv))


def test_case_vector_capacity_vector_stale(h):
    """vector.capacity on a vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.capacity", recv))


def test_case_vector_capacity_vector_reused(h):
    """vector.capacity on a vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    newer = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_newer = bytes_of_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.capacity", recv))
    assert bytes_of_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_vector_capacity_vector_after_region_destroy(h):
    """vector.capacity on a vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.capacity", recv))


def test_case_vector_resize_vector_stale(h):
    """vector.resize on a vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.resize", recv, 16))


def test_case_vector_resize_vector_reused(h):
    """vector.resize on a vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    newer = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_newer = bytes_of_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.resize", recv, 16))
    assert bytes_of_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_vector_resize_vector_after_region_destroy(h):
    """vector.resize on a vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.resize", recv, 16))


def test_case_vector_resize_vector_while_borrowed_shared(h):
    """vector.resize on a vector: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("vector", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("vector", "[method]vector.resize", recv, 16))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_resize_vector_absurd_value_capacity_1000000000001(h):
    """vector.resize on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("invalid-argument", None, lambda: h.call("vector", "[method]vector.resize", recv, 281474976710657))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_resize_vector_absurd_value_capacity_ffffffffffffffff(h):
    """vector.resize on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("invalid-argument", None, lambda: h.call("vector", "[method]vector.resize", recv, 18446744073709551615))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_resize_vector_absurd_value_capacity_100000010_limited(h):
    """vector.resize on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", record(chunk_size=0, byte_limit=1048576, thread_safe=False))
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("out-of-memory", None, lambda: h.call("vector", "[method]vector.resize", recv, 4294967312))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_resize_vector_absurd_value_capacity_10000000000_limited(h):
    """vector.resize on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", record(chunk_size=0, byte_limit=1048576, thread_safe=False))
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("out-of-memory", None, lambda: h.call("vector", "[method]vector.resize", recv, 1099511627776))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_resize_vector_absurd_value_capacity_1000000000000_limited(h):
    """vector.resize on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", record(chunk_size=0, byte_limit=1048576, thread_safe=False))
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("out-of-memory", None, lambda: h.call("vector", "[method]vector.resize", recv, 281474976710656))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_resize_vector_absurd_value_capacity_10000000000(h):
    """vector.resize on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("out-of-memory", None, lambda: h.call("vector", "[method]vector.resize", recv, 1099511627776))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_resize_vector_absurd_value_capacity_1000000000000(h):
    """vector.resize on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("out-of-memory", None, lambda: h.call("vector", "[method]vector.resize", recv, 281474976710656))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_element_type_vector_stale(h):
    """vector.element_type on a vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.element-type", recv))


def test_case_vector_element_type_vector_reused(h):
    """vector.element_type on a vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    newer = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_newer = bytes_of_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.element-type", recv))
    assert bytes_of_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_vector_element_type_vector_after_region_destroy(h):
    """vector.element_type on a vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.element-type", recv))


def test_case_vector_null_count_vector_stale(h):
    """vector.null_count on a vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.null-count", recv))


def test_case_vector_null_count_vector_reused(h):
    """vector.null_count on a vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    newer = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_newer = bytes_of_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.null-count", recv))
    assert bytes_of_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_vector_null_count_vector_after_region_destroy(h):
    """vector.null_count on a vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.null-count", recv))


def test_case_vector_append_vector_stale(h):
    """vector.append on a vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.append", recv, 0))


def test_case_vector_append_vector_reused(h):
    """vector.append on a vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    newer = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_newer = bytes_of_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.append", recv, 0))
    assert bytes_of_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_vector_append_vector_after_region_destroy(h):
    """vector.append on a vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.append", recv, 0))


def test_case_vector_append_vector_while_borrowed_shared(h):
    """vector.append on a vector: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("vector", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("vector", "[method]vector.append", recv, 0))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_extend_vector_stale(h):
    """vector.extend on a vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.extend", recv, b'hello'))


def test_case_vector_extend_vector_reused(h):
    """vector.extend on a vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    newer = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_newer = bytes_of_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.extend", recv, b'hello'))
    assert bytes_of_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_vector_extend_vector_after_region_destroy(h):
    """vector.extend on a vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.extend", recv, b'hello'))


def test_case_vector_extend_vector_while_borrowed_shared(h):
    """vector.extend on a vector: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("vector", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("vector", "[method]vector.extend", recv, b'hello'))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_append_null_vector_stale(h):
    """vector.append_null on a vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.append-null", recv))


def test_case_vector_append_null_vector_reused(h):
    """vector.append_null on a vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    newer = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_newer = bytes_of_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.append-null", recv))
    assert bytes_of_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_vector_append_null_vector_after_region_destroy(h):
    """vector.append_null on a vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.append-null", recv))


def test_case_vector_append_null_vector_while_borrowed_shared(h):
    """vector.append_null on a vector: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("vector", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("vector", "[method]vector.append-null", recv))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_set_vector_stale(h):
    """vector.set on a vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.set", recv, 0, 0))


def test_case_vector_set_vector_reused(h):
    """vector.set on a vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    newer = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_newer = bytes_of_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.set", recv, 0, 0))
    assert bytes_of_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_vector_set_vector_after_region_destroy(h):
    """vector.set on a vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.set", recv, 0, 0))


def test_case_vector_set_vector_while_borrowed_shared(h):
    """vector.set on a vector: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("vector", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("vector", "[method]vector.set", recv, 0, 0))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_set_vector_absurd_value_index_100000010(h):
    """vector.set on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("vector", "[method]vector.set", recv, 4294967312, 0))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_set_vector_absurd_value_index_10000000000(h):
    """vector.set on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("vector", "[method]vector.set", recv, 1099511627776, 0))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_set_vector_absurd_value_index_ffffffffffffffff(h):
    """vector.set on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("vector", "[method]vector.set", recv, 18446744073709551615, 0))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_get_vector_stale(h):
    """vector.get on a vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.get", recv, 0))


def test_case_vector_get_vector_reused(h):
    """vector.get on a vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    newer = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_newer = bytes_of_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.get", recv, 0))
    assert bytes_of_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_vector_get_vector_after_region_destroy(h):
    """vector.get on a vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.get", recv, 0))


def test_case_vector_get_vector_while_borrowed_unique(h):
    """vector.get on a vector: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    held, _ = h.call("borrow", "[static]borrow.unique", Variant("vector", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("vector", "[method]vector.get", recv, 0))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_get_vector_absurd_value_index_100000010(h):
    """vector.get on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("vector", "[method]vector.get", recv, 4294967312))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_get_vector_absurd_value_index_10000000000(h):
    """vector.get on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("vector", "[method]vector.get", recv, 1099511627776))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_get_vector_absurd_value_index_ffffffffffffffff(h):
    """vector.get on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("vector", "[method]vector.get", recv, 18446744073709551615))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_append_f64_vector_stale(h):
    """vector.append_f64 on a vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.append-f64", recv, 1.5))


def test_case_vector_append_f64_vector_reused(h):
    """vector.append_f64 on a vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    newer = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_newer = bytes_of_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.append-f64", recv, 1.5))
    assert bytes_of_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_vector_append_f64_vector_after_region_destroy(h):
    """vector.append_f64 on a vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.append-f64", recv, 1.5))


def test_case_vector_append_f64_vector_while_borrowed_shared(h):
    """vector.append_f64 on a vector: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("vector", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("vector", "[method]vector.append-f64", recv, 1.5))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_set_f64_vector_stale(h):
    """vector.set_f64 on a vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.set-f64", recv, 0, 1.5))


def test_case_vector_set_f64_vector_reused(h):
    """vector.set_f64 on a vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    newer = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_newer = bytes_of_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.set-f64", recv, 0, 1.5))
    assert bytes_of_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_vector_set_f64_vector_after_region_destroy(h):
    """vector.set_f64 on a vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.set-f64", recv, 0, 1.5))


def test_case_vector_set_f64_vector_while_borrowed_shared(h):
    """vector.set_f64 on a vector: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("vector", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("vector", "[method]vector.set-f64", recv, 0, 1.5))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_set_f64_vector_absurd_value_index_100000010(h):
    """vector.set_f64 on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("vector", "[method]vector.set-f64", recv, 4294967312, 1.5))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_set_f64_vector_absurd_value_index_10000000000(h):
    """vector.set_f64 on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("vector", "[method]vector.set-f64", recv, 1099511627776, 1.5))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_set_f64_vector_absurd_value_index_ffffffffffffffff(h):
    """vector.set_f64 on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("vector", "[method]vector.set-f64", recv, 18446744073709551615, 1.5))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_get_f64_vector_stale(h):
    """vector.get_f64 on a vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.get-f64", recv, 0))


def test_case_vector_get_f64_vector_reused(h):
    """vector.get_f64 on a vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    newer = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_newer = bytes_of_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.get-f64", recv, 0))
    assert bytes_of_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_vector_get_f64_vector_after_region_destroy(h):
    """vector.get_f64 on a vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.get-f64", recv, 0))


def test_case_vector_get_f64_vector_while_borrowed_unique(h):
    """vector.get_f64 on a vector: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    held, _ = h.call("borrow", "[static]borrow.unique", Variant("vector", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("vector", "[method]vector.get-f64", recv, 0))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_get_f64_vector_absurd_value_index_100000010(h):
    """vector.get_f64 on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("vector", "[method]vector.get-f64", recv, 4294967312))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_get_f64_vector_absurd_value_index_10000000000(h):
    """vector.get_f64 on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("vector", "[method]vector.get-f64", recv, 1099511627776))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_get_f64_vector_absurd_value_index_ffffffffffffffff(h):
    """vector.get_f64 on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("vector", "[method]vector.get-f64", recv, 18446744073709551615))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_is_valid_vector_stale(h):
    """vector.is_valid on a vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.is-valid", recv, 0))


def test_case_vector_is_valid_vector_reused(h):
    """vector.is_valid on a vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    newer = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_newer = bytes_of_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.is-valid", recv, 0))
    assert bytes_of_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_vector_is_valid_vector_after_region_destroy(h):
    """vector.is_valid on a vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.is-valid", recv, 0))


def test_case_vector_is_valid_vector_absurd_value_index_100000010(h):
    """vector.is_valid on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("vector", "[method]vector.is-valid", recv, 4294967312))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_is_valid_vector_absurd_value_index_10000000000(h):
    """vector.is_valid on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("vector", "[method]vector.is-valid", recv, 1099511627776))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_is_valid_vector_absurd_value_index_ffffffffffffffff(h):
    """vector.is_valid on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("vector", "[method]vector.is-valid", recv, 18446744073709551615))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_read_vector_stale(h):
    """vector.read on a vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.read", recv, 0, 4))


def test_case_vector_read_vector_reused(h):
    """vector.read on a vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    newer = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_newer = bytes_of_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.read", recv, 0, 4))
    assert bytes_of_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_vector_read_vector_after_region_destroy(h):
    """vector.read on a vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("vector", "[method]vector.read", recv, 0, 4))


def test_case_vector_read_vector_while_borrowed_unique(h):
    """vector.read on a vector: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    held, _ = h.call("borrow", "[static]borrow.unique", Variant("vector", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("vector", "[method]vector.read", recv, 0, 4))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_read_vector_absurd_value_offset_100000010(h):
    """vector.read on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (offset)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("vector", "[method]vector.read", recv, 4294967312, 4))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_read_vector_absurd_value_offset_10000000000(h):
    """vector.read on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (offset)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("vector", "[method]vector.read", recv, 1099511627776, 4))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_vector_read_vector_absurd_value_offset_ffffffffffffffff(h):
    """vector.read on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (offset)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("vector", "[method]vector.read", recv, 18446744073709551615, 4))
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_create_region_stale(h):
    """var_vector.create on a region: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False))


def test_case_var_vector_create_region_reused(h):
    """var_vector.create on a region: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    h.call("region", "[method]region.close", region)
    newer = h.call("region", "[constructor]region", None)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False))


def test_case_var_vector_create_region_absurd_value_capacity_1000000000001(h):
    """var_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", None)
    h.refused("invalid-argument", None, lambda: h.call("var_vector", "[constructor]var-vector", region, 281474976710657, 16, False, False))


def test_case_var_vector_create_region_absurd_value_capacity_ffffffffffffffff(h):
    """var_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", None)
    h.refused("invalid-argument", None, lambda: h.call("var_vector", "[constructor]var-vector", region, 18446744073709551615, 16, False, False))


def test_case_var_vector_create_region_absurd_value_capacity_100000010_limited(h):
    """var_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", record(chunk_size=0, byte_limit=1048576, thread_safe=False))
    h.refused("out-of-memory", None, lambda: h.call("var_vector", "[constructor]var-vector", region, 4294967312, 16, False, False))


def test_case_var_vector_create_region_absurd_value_capacity_10000000000_limited(h):
    """var_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", record(chunk_size=0, byte_limit=1048576, thread_safe=False))
    h.refused("out-of-memory", None, lambda: h.call("var_vector", "[constructor]var-vector", region, 1099511627776, 16, False, False))


def test_case_var_vector_create_region_absurd_value_capacity_1000000000000_limited(h):
    """var_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", record(chunk_size=0, byte_limit=1048576, thread_safe=False))
    h.refused("out-of-memory", None, lambda: h.call("var_vector", "[constructor]var-vector", region, 281474976710656, 16, False, False))


def test_case_var_vector_create_region_absurd_value_capacity_10000000000(h):
    """var_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", None)
    h.refused("out-of-memory", None, lambda: h.call("var_vector", "[constructor]var-vector", region, 1099511627776, 16, False, False))


def test_case_var_vector_create_region_absurd_value_capacity_1000000000000(h):
    """var_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", None)
    h.refused("out-of-memory", None, lambda: h.call("var_vector", "[constructor]var-vector", region, 281474976710656, 16, False, False))


def test_case_var_vector_create_region_absurd_value_data_capacity_80000000(h):
    """var_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (data_capacity)."""
    region = h.call("region", "[constructor]region", None)
    h.refused("invalid-argument", None, lambda: h.call("var_vector", "[constructor]var-vector", region, 16, 2147483648, False, False))


def test_case_var_vector_create_region_absurd_value_data_capacity_ffffffffffffffff(h):
    """var_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (data_capacity)."""
    region = h.call("region", "[constructor]region", None)
    h.refused("invalid-argument", None, lambda: h.call("var_vector", "[constructor]var-vector", region, 16, 18446744073709551615, False, False))


def test_case_var_vector_release_var_vector_after_region_destroy(h):
    """var_vector.release on a var_vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.close", recv))


def test_case_var_vector_release_var_vector_while_borrowed_shared(h):
    """var_vector.release on a var_vector: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("var-vector", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("var_vector", "[method]var-vector.close", recv))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_length_var_vector_stale(h):
    """var_vector.length on a var_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.length", recv))


def test_case_var_vector_length_var_vector_reused(h):
    """var_vector.length on a var_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    newer = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_newer = bytes_of_var_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.length", recv))
    assert bytes_of_var_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_var_vector_length_var_vector_after_region_destroy(h):
    """var_vector.length on a var_vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.length", recv))


def test_case_var_vector_capacity_var_vector_stale(h):
    """var_vector.capacity on a var_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.capacity", recv))


def test_case_var_vector_capacity_var_vector_reused(h):
    """var_vector.capacity on a var_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    newer = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_newer = bytes_of_var_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.capacity", recv))
    assert bytes_of_var_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_var_vector_capacity_var_vector_after_region_destroy(h):
    """var_vector.capacity on a var_vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.capacity", recv))


def test_case_var_vector_data_length_var_vector_stale(h):
    """var_vector.data_length on a var_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.data-length", recv))


def test_case_var_vector_data_length_var_vector_reused(h):
    """var_vector.data_length on a var_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    newer = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_newer = bytes_of_var_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.data-length", recv))
    assert bytes_of_var_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_var_vector_data_length_var_vector_after_region_destroy(h):
    """var_vector.data_length on a var_vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.data-length", recv))


def test_case_var_vector_data_capacity_var_vector_stale(h):
    """var_vector.data_capacity on a var_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.data-capacity", recv))


def test_case_var_vector_data_capacity_var_vector_reused(h):
    """var_vector.data_capacity on a var_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    newer = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_newer = bytes_of_var_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.data-capacity", recv))
    assert bytes_of_var_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_var_vector_data_capacity_var_vector_after_region_destroy(h):
    """var_vector.data_capacity on a var_vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.data-capacity", recv))


def test_case_var_vector_resize_var_vector_stale(h):
    """var_vector.resize on a var_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.resize", recv, 16, 16))


def test_case_var_vector_resize_var_vector_reused(h):
    """var_vector.resize on a var_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    newer = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_newer = bytes_of_var_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.resize", recv, 16, 16))
    assert bytes_of_var_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_var_vector_resize_var_vector_after_region_destroy(h):
    """var_vector.resize on a var_vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.resize", recv, 16, 16))


def test_case_var_vector_resize_var_vector_while_borrowed_shared(h):
    """var_vector.resize on a var_vector: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("var-vector", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("var_vector", "[method]var-vector.resize", recv, 16, 16))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_resize_var_vector_absurd_value_capacity_1000000000001(h):
    """var_vector.resize on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("invalid-argument", None, lambda: h.call("var_vector", "[method]var-vector.resize", recv, 281474976710657, 16))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_resize_var_vector_absurd_value_capacity_ffffffffffffffff(h):
    """var_vector.resize on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("invalid-argument", None, lambda: h.call("var_vector", "[method]var-vector.resize", recv, 18446744073709551615, 16))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_resize_var_vector_absurd_value_capacity_100000010_limited(h):
    """var_vector.resize on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", record(chunk_size=0, byte_limit=1048576, thread_safe=False))
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("out-of-memory", None, lambda: h.call("var_vector", "[method]var-vector.resize", recv, 4294967312, 16))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_resize_var_vector_absurd_value_capacity_10000000000_limited(h):
    """var_vector.resize on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", record(chunk_size=0, byte_limit=1048576, thread_safe=False))
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("out-of-memory", None, lambda: h.call("var_vector", "[method]var-vector.resize", recv, 1099511627776, 16))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_resize_var_vector_absurd_value_capacity_1000000000000_limited(h):
    """var_vector.resize on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", record(chunk_size=0, byte_limit=1048576, thread_safe=False))
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("out-of-memory", None, lambda: h.call("var_vector", "[method]var-vector.resize", recv, 281474976710656, 16))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_resize_var_vector_absurd_value_capacity_10000000000(h):
    """var_vector.resize on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("out-of-memory", None, lambda: h.call("var_vector", "[method]var-vector.resize", recv, 1099511627776, 16))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_resize_var_vector_absurd_value_capacity_1000000000000(h):
    """var_vector.resize on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("out-of-memory", None, lambda: h.call("var_vector", "[method]var-vector.resize", recv, 281474976710656, 16))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_resize_var_vector_absurd_value_data_capacity_80000000(h):
    """var_vector.resize on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (data_capacity)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("invalid-argument", None, lambda: h.call("var_vector", "[method]var-vector.resize", recv, 16, 2147483648))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_resize_var_vector_absurd_value_data_capacity_ffffffffffffffff(h):
    """var_vector.resize on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (data_capacity)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("invalid-argument", None, lambda: h.call("var_vector", "[method]var-vector.resize", recv, 16, 18446744073709551615))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_null_count_var_vector_stale(h):
    """var_vector.null_count on a var_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.null-count", recv))


def test_case_var_vector_null_count_var_vector_reused(h):
    """var_vector.null_count on a var_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    newer = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_newer = bytes_of_var_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.null-count", recv))
    assert bytes_of_var_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_var_vector_null_count_var_vector_after_region_destroy(h):
    """var_vector.null_count on a var_vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.null-count", recv))


def test_case_var_vector_is_utf8_var_vector_stale(h):
    """var_vector.is_utf8 on a var_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.is-utf8", recv))


def test_case_var_vector_is_utf8_var_vector_reused(h):
    """var_vector.is_utf8 on a var_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    newer = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_newer = bytes_of_var_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.is-utf8", recv))
    assert bytes_of_var_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_var_vector_is_utf8_var_vector_after_region_destroy(h):
    """var_vector.is_utf8 on a var_vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.is-utf8", recv))


def test_case_var_vector_append_var_vector_stale(h):
    """var_vector.append on a var_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.append", recv, b'hello'))


def test_case_var_vector_append_var_vector_reused(h):
    """var_vector.append on a var_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    newer = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_newer = bytes_of_var_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.append", recv, b'hello'))
    assert bytes_of_var_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_var_vector_append_var_vector_after_region_destroy(h):
    """var_vector.append on a var_vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.append", recv, b'hello'))


def test_case_var_vector_append_var_vector_while_borrowed_shared(h):
    """var_vector.append on a var_vector: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("var-vector", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("var_vector", "[method]var-vector.append", recv, b'hello'))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_append_var_vector_invalid_utf8_value(h):
    """var_vector.append on a var_vector: text that is not UTF-8 (value)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("invalid-utf8", None, lambda: h.call("var_vector", "[method]var-vector.append", recv, b'\xc3(\xff'))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_append_null_var_vector_stale(h):
    """var_vector.append_null on a var_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.append-null", recv))


def test_case_var_vector_append_null_var_vector_reused(h):
    """var_vector.append_null on a var_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    newer = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_newer = bytes_of_var_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.append-null", recv))
    assert bytes_of_var_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_var_vector_append_null_var_vector_after_region_destroy(h):
    """var_vector.append_null on a var_vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.append-null", recv))


def test_case_var_vector_append_null_var_vector_while_borrowed_shared(h):
    """var_vector.append_null on a var_vector: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("var-vector", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("var_vector", "[method]var-vector.append-null", recv))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_get_var_vector_stale(h):
    """var_vector.get on a var_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.get", recv, 0))


def test_case_var_vector_get_var_vector_reused(h):
    """var_vector.get on a var_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    newer = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_newer = bytes_of_var_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.get", recv, 0))
    assert bytes_of_var_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_var_vector_get_var_vector_after_region_destroy(h):
    """var_vector.get on a var_vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.get", recv, 0))


def test_case_var_vector_get_var_vector_while_borrowed_unique(h):
    """var_vector.get on a var_vector: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    held, _ = h.call("borrow", "[static]borrow.unique", Variant("var-vector", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("var_vector", "[method]var-vector.get", recv, 0))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_get_var_vector_absurd_value_index_100000010(h):
    """var_vector.get on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("var_vector", "[method]var-vector.get", recv, 4294967312))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_get_var_vector_absurd_value_index_10000000000(h):
    """var_vector.get on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("var_vector", "[method]var-vector.get", recv, 1099511627776))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_get_var_vector_absurd_value_index_ffffffffffffffff(h):
    """var_vector.get on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("var_vector", "[method]var-vector.get", recv, 18446744073709551615))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_value_offset_var_vector_stale(h):
    """var_vector.value_offset on a var_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.value-offset", recv, 0))


def test_case_var_vector_value_offset_var_vector_reused(h):
    """var_vector.value_offset on a var_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    newer = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_newer = bytes_of_var_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.value-offset", recv, 0))
    assert bytes_of_var_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_var_vector_value_offset_var_vector_after_region_destroy(h):
    """var_vector.value_offset on a var_vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.value-offset", recv, 0))


def test_case_var_vector_value_offset_var_vector_absurd_value_index_100000010(h):
    """var_vector.value_offset on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("var_vector", "[method]var-vector.value-offset", recv, 4294967312))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_value_offset_var_vector_absurd_value_index_10000000000(h):
    """var_vector.value_offset on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("var_vector", "[method]var-vector.value-offset", recv, 1099511627776))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_value_offset_var_vector_absurd_value_index_ffffffffffffffff(h):
    """var_vector.value_offset on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("var_vector", "[method]var-vector.value-offset", recv, 18446744073709551615))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_value_length_var_vector_stale(h):
    """var_vector.value_length on a var_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.value-length", recv, 0))


def test_case_var_vector_value_length_var_vector_reused(h):
    """var_vector.value_length on a var_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    newer = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_newer = bytes_of_var_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.value-length", recv, 0))
    assert bytes_of_var_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_var_vector_value_length_var_vector_after_region_destroy(h):
    """var_vector.value_length on a var_vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.value-length", recv, 0))


def test_case_var_vector_value_length_var_vector_absurd_value_index_100000010(h):
    """var_vector.value_length on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("var_vector", "[method]var-vector.value-length", recv, 4294967312))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_value_length_var_vector_absurd_value_index_10000000000(h):
    """var_vector.value_length on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("var_vector", "[method]var-vector.value-length", recv, 1099511627776))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_value_length_var_vector_absurd_value_index_ffffffffffffffff(h):
    """var_vector.value_length on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("var_vector", "[method]var-vector.value-length", recv, 18446744073709551615))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_is_valid_var_vector_stale(h):
    """var_vector.is_valid on a var_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.is-valid", recv, 0))


def test_case_var_vector_is_valid_var_vector_reused(h):
    """var_vector.is_valid on a var_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    newer = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_newer = bytes_of_var_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.is-valid", recv, 0))
    assert bytes_of_var_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_var_vector_is_valid_var_vector_after_region_destroy(h):
    """var_vector.is_valid on a var_vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.is-valid", recv, 0))


def test_case_var_vector_is_valid_var_vector_absurd_value_index_100000010(h):
    """var_vector.is_valid on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("var_vector", "[method]var-vector.is-valid", recv, 4294967312))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_is_valid_var_vector_absurd_value_index_10000000000(h):
    """var_vector.is_valid on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("var_vector", "[method]var-vector.is-valid", recv, 1099511627776))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_is_valid_var_vector_absurd_value_index_ffffffffffffffff(h):
    """var_vector.is_valid on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("var_vector", "[method]var-vector.is-valid", recv, 18446744073709551615))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_read_var_vector_stale(h):
    """var_vector.read on a var_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.read", recv, 0, 4))


def test_case_var_vector_read_var_vector_reused(h):
    """var_vector.read on a var_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    newer = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_newer = bytes_of_var_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.read", recv, 0, 4))
    assert bytes_of_var_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_var_vector_read_var_vector_after_region_destroy(h):
    """var_vector.read on a var_vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("var_vector", "[method]var-vector.read", recv, 0, 4))


def test_case_var_vector_read_var_vector_while_borrowed_unique(h):
    """var_vector.read on a var_vector: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    held, _ = h.call("borrow", "[static]borrow.unique", Variant("var-vector", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("var_vector", "[method]var-vector.read", recv, 0, 4))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_read_var_vector_absurd_value_offset_100000010(h):
    """var_vector.read on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (offset)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("var_vector", "[method]var-vector.read", recv, 4294967312, 4))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_read_var_vector_absurd_value_offset_10000000000(h):
    """var_vector.read on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (offset)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("var_vector", "[method]var-vector.read", recv, 1099511627776, 4))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_var_vector_read_var_vector_absurd_value_offset_ffffffffffffffff(h):
    """var_vector.read on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (offset)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    h.refused("out-of-range", None, lambda: h.call("var_vector", "[method]var-vector.read", recv, 18446744073709551615, 4))
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_batch_create_region_stale(h):
    """batch.create on a region: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[constructor]batch", region, 16))


def test_case_batch_create_region_reused(h):
    """batch.create on a region: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    h.call("region", "[method]region.close", region)
    newer = h.call("region", "[constructor]region", None)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("batch", "[constructor]batch", region, 16))


def test_case_batch_create_region_absurd_value_max_columns_1001(h):
    """batch.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (max_columns)."""
    region = h.call("region", "[constructor]region", None)
    h.refused("invalid-argument", None, lambda: h.call("batch", "[constructor]batch", region, 4097))


def test_case_batch_create_region_absurd_value_max_columns_ffffffff(h):
    """batch.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (max_columns)."""
    region = h.call("region", "[constructor]region", None)
    h.refused("invalid-argument", None, lambda: h.call("batch", "[constructor]batch", region, 4294967295))


def test_case_batch_release_batch_after_region_destroy(h):
    """batch.release on a batch: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch", "[constructor]batch", region, 16)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[method]batch.close", recv))


def test_case_batch_add_column_batch_stale(h):
    """batch.add_column on a batch: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch", "[constructor]batch", region, 16)
    arg_column = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("batch", "[method]batch.close", recv)
    was_arg_column = bytes_of_vector(h, arg_column)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[method]batch.add-column", recv, b'hello', Variant("vector", arg_column)))
    assert bytes_of_vector(h, arg_column) == was_arg_column, "the bytes of the arg_column changed"


def test_case_batch_add_column_batch_reused(h):
    """batch.add_column on a batch: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch", "[constructor]batch", region, 16)
    arg_column = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("batch", "[method]batch.close", recv)
    newer = h.call("batch", "[constructor]batch", region, 16)
    was_arg_column = bytes_of_vector(h, arg_column)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("batch", "[method]batch.add-column", recv, b'hello', Variant("vector", arg_column)))
    assert bytes_of_vector(h, arg_column) == was_arg_column, "the bytes of the arg_column changed"


def test_case_batch_add_column_batch_after_region_destroy(h):
    """batch.add_column on a batch: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch", "[constructor]batch", region, 16)
    arg_column = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[method]batch.add-column", recv, b'hello', Variant("vector", arg_column)))


def test_case_batch_add_column_vector_stale_column(h):
    """batch.add_column on a vector: the object was closed before the call (column)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch", "[constructor]batch", region, 16)
    arg_column = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", arg_column)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[method]batch.add-column", recv, b'hello', Variant("vector", arg_column)))


def test_case_batch_add_column_vector_reused_column(h):
    """batch.add_column on a vector: the object was closed and its slot now holds a newer object (column)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch", "[constructor]batch", region, 16)
    arg_column = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", arg_column)
    newer = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_newer = bytes_of_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("batch", "[method]batch.add-column", recv, b'hello', Variant("vector", arg_column)))
    assert bytes_of_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_batch_num_columns_batch_stale(h):
    """batch.num_columns on a batch: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch", "[constructor]batch", region, 16)
    h.call("batch", "[method]batch.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[method]batch.num-columns", recv))


def test_case_batch_num_columns_batch_reused(h):
    """batch.num_columns on a batch: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch", "[constructor]batch", region, 16)
    h.call("batch", "[method]batch.close", recv)
    newer = h.call("batch", "[constructor]batch", region, 16)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("batch", "[method]batch.num-columns", recv))


def test_case_batch_num_columns_batch_after_region_destroy(h):
    """batch.num_columns on a batch: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch", "[constructor]batch", region, 16)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[method]batch.num-columns", recv))


def test_case_batch_num_rows_batch_stale(h):
    """batch.num_rows on a batch: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch", "[constructor]batch", region, 16)
    h.call("batch", "[method]batch.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[method]batch.num-rows", recv))


def test_case_batch_num_rows_batch_reused(h):
    """batch.num_rows on a batch: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch", "[constructor]batch", region, 16)
    h.call("batch", "[method]batch.close", recv)
    newer = h.call("batch", "[constructor]batch", region, 16)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("batch", "[method]batch.num-rows", recv))


def test_case_batch_num_rows_batch_after_region_destroy(h):
    """batch.num_rows on a batch: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch", "[constructor]batch", region, 16)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[method]batch.num-rows", recv))


def test_case_batch_column_name_batch_stale(h):
    """batch.column_name on a batch: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch", "[constructor]batch", region, 16)
    h.call("batch", "[method]batch.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[method]batch.column-name", recv, 0))


def test_case_batch_column_name_batch_reused(h):
    """batch.column_name on a batch: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch", "[constructor]batch", region, 16)
    h.call("batch", "[method]batch.close", recv)
    newer = h.call("batch", "[constructor]batch", region, 16)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("batch", "[method]batch.column-name", recv, 0))


def test_case_batch_column_name_batch_after_region_destroy(h):
    """batch.column_name on a batch: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch", "[constructor]batch", region, 16)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[method]batch.column-name", recv, 0))


def test_case_batch_column_name_batch_absurd_value_index_100000010(h):
    """batch.column_name on a batch: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch", "[constructor]batch", region, 16)
    h.refused("out-of-range", None, lambda: h.call("batch", "[method]batch.column-name", recv, 4294967312))


def test_case_batch_column_name_batch_absurd_value_index_10000000000(h):
    """batch.column_name on a batch: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch", "[constructor]batch", region, 16)
    h.refused("out-of-range", None, lambda: h.call("batch", "[method]batch.column-name", recv, 1099511627776))


def test_case_batch_column_name_batch_absurd_value_index_ffffffffffffffff(h):
    """batch.column_name on a batch: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch", "[constructor]batch", region, 16)
    h.refused("out-of-range", None, lambda: h.call("batch", "[method]batch.column-name", recv, 18446744073709551615))


def test_case_batch_validate_batch_stale(h):
    """batch.validate on a batch: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch", "[constructor]batch", region, 16)
    h.call("batch", "[method]batch.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[method]batch.validate", recv))


def test_case_batch_validate_batch_reused(h):
    """batch.validate on a batch: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch", "[constructor]batch", region, 16)
    h.call("batch", "[method]batch.close", recv)
    newer = h.call("batch", "[constructor]batch", region, 16)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("batch", "[method]batch.validate", recv))


def test_case_batch_validate_batch_after_region_destroy(h):
    """batch.validate on a batch: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch", "[constructor]batch", region, 16)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[method]batch.validate", recv))


def test_case_batch_append_row_batch_stale(h):
    """batch.append_row on a batch: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch", "[constructor]batch", region, 16)
    h.call("batch", "[method]batch.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[method]batch.append-row", recv, b'hello'))


def test_case_batch_append_row_batch_reused(h):
    """batch.append_row on a batch: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch", "[constructor]batch", region, 16)
    h.call("batch", "[method]batch.close", recv)
    newer = h.call("batch", "[constructor]batch", region, 16)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("batch", "[method]batch.append-row", recv, b'hello'))


def test_case_batch_append_row_batch_after_region_destroy(h):
    """batch.append_row on a batch: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch", "[constructor]batch", region, 16)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[method]batch.append-row", recv, b'hello'))


def test_case_list_vector_create_region_stale(h):
    """list_vector.create on a region: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    arg_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[constructor]list-vector", region, Variant("vector", arg_child), 16, False, False))


def test_case_list_vector_create_region_reused(h):
    """list_vector.create on a region: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    arg_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("region", "[method]region.close", region)
    newer = h.call("region", "[constructor]region", None)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("batch", "[constructor]list-vector", region, Variant("vector", arg_child), 16, False, False))


def test_case_list_vector_create_vector_stale_child(h):
    """list_vector.create on a vector: the object was closed before the call (child)."""
    region = h.call("region", "[constructor]region", None)
    arg_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", arg_child)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[constructor]list-vector", region, Variant("vector", arg_child), 16, False, False))


def test_case_list_vector_create_vector_reused_child(h):
    """list_vector.create on a vector: the object was closed and its slot now holds a newer object (child)."""
    region = h.call("region", "[constructor]region", None)
    arg_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", arg_child)
    newer = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_newer = bytes_of_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("batch", "[constructor]list-vector", region, Variant("vector", arg_child), 16, False, False))
    assert bytes_of_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_list_vector_create_region_absurd_value_capacity_1000000000001(h):
    """list_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", None)
    arg_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_arg_child = bytes_of_vector(h, arg_child)
    h.refused("invalid-argument", None, lambda: h.call("batch", "[constructor]list-vector", region, Variant("vector", arg_child), 281474976710657, False, False))
    assert bytes_of_vector(h, arg_child) == was_arg_child, "the bytes of the arg_child changed"


def test_case_list_vector_create_region_absurd_value_capacity_ffffffffffffffff(h):
    """list_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", None)
    arg_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_arg_child = bytes_of_vector(h, arg_child)
    h.refused("invalid-argument", None, lambda: h.call("batch", "[constructor]list-vector", region, Variant("vector", arg_child), 18446744073709551615, False, False))
    assert bytes_of_vector(h, arg_child) == was_arg_child, "the bytes of the arg_child changed"


def test_case_list_vector_create_region_absurd_value_capacity_100000010_limited(h):
    """list_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", record(chunk_size=0, byte_limit=1048576, thread_safe=False))
    arg_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_arg_child = bytes_of_vector(h, arg_child)
    h.refused("out-of-memory", None, lambda: h.call("batch", "[constructor]list-vector", region, Variant("vector", arg_child), 4294967312, False, False))
    assert bytes_of_vector(h, arg_child) == was_arg_child, "the bytes of the arg_child changed"


def test_case_list_vector_create_region_absurd_value_capacity_10000000000_limited(h):
    """list_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", record(chunk_size=0, byte_limit=1048576, thread_safe=False))
    arg_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_arg_child = bytes_of_vector(h, arg_child)
    h.refused("out-of-memory", None, lambda: h.call("batch", "[constructor]list-vector", region, Variant("vector", arg_child), 1099511627776, False, False))
    assert bytes_of_vector(h, arg_child) == was_arg_child, "the bytes of the arg_child changed"


def test_case_list_vector_create_region_absurd_value_capacity_1000000000000_limited(h):
    """list_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", record(chunk_size=0, byte_limit=1048576, thread_safe=False))
    arg_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_arg_child = bytes_of_vector(h, arg_child)
    h.refused("out-of-memory", None, lambda: h.call("batch", "[constructor]list-vector", region, Variant("vector", arg_child), 281474976710656, False, False))
    assert bytes_of_vector(h, arg_child) == was_arg_child, "the bytes of the arg_child changed"


def test_case_list_vector_create_region_absurd_value_capacity_10000000000(h):
    """list_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", None)
    arg_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_arg_child = bytes_of_vector(h, arg_child)
    h.refused("out-of-memory", None, lambda: h.call("batch", "[constructor]list-vector", region, Variant("vector", arg_child), 1099511627776, False, False))
    assert bytes_of_vector(h, arg_child) == was_arg_child, "the bytes of the arg_child changed"


def test_case_list_vector_create_region_absurd_value_capacity_1000000000000(h):
    """list_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity)."""
    region = h.call("region", "[constructor]region", None)
    arg_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_arg_child = bytes_of_vector(h, arg_child)
    h.refused("out-of-memory", None, lambda: h.call("batch", "[constructor]list-vector", region, Variant("vector", arg_child), 281474976710656, False, False))
    assert bytes_of_vector(h, arg_child) == was_arg_child, "the bytes of the arg_child changed"


def test_case_list_vector_length_list_vector_stale(h):
    """list_vector.length on a list_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    h.call("batch", "[method]list-vector.close", recv)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[method]list-vector.length", recv))
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_length_list_vector_reused(h):
    """list_vector.length on a list_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    h.call("batch", "[method]list-vector.close", recv)
    newer = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("batch", "[method]list-vector.length", recv))
    h.call("batch", "[method]list-vector.close", newer)
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_capacity_list_vector_stale(h):
    """list_vector.capacity on a list_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    h.call("batch", "[method]list-vector.close", recv)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[method]list-vector.capacity", recv))
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_capacity_list_vector_reused(h):
    """list_vector.capacity on a list_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    h.call("batch", "[method]list-vector.close", recv)
    newer = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("batch", "[method]list-vector.capacity", recv))
    h.call("batch", "[method]list-vector.close", newer)
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_null_count_list_vector_stale(h):
    """list_vector.null_count on a list_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    h.call("batch", "[method]list-vector.close", recv)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[method]list-vector.null-count", recv))
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_null_count_list_vector_reused(h):
    """list_vector.null_count on a list_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    h.call("batch", "[method]list-vector.close", recv)
    newer = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("batch", "[method]list-vector.null-count", recv))
    h.call("batch", "[method]list-vector.close", newer)
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_is_map_list_vector_stale(h):
    """list_vector.is_map on a list_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    h.call("batch", "[method]list-vector.close", recv)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[method]list-vector.is-map", recv))
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_is_map_list_vector_reused(h):
    """list_vector.is_map on a list_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    h.call("batch", "[method]list-vector.close", recv)
    newer = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("batch", "[method]list-vector.is-map", recv))
    h.call("batch", "[method]list-vector.close", newer)
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_is_valid_list_vector_stale(h):
    """list_vector.is_valid on a list_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    h.call("batch", "[method]list-vector.close", recv)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[method]list-vector.is-valid", recv, 0))
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_is_valid_list_vector_reused(h):
    """list_vector.is_valid on a list_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    h.call("batch", "[method]list-vector.close", recv)
    newer = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("batch", "[method]list-vector.is-valid", recv, 0))
    h.call("batch", "[method]list-vector.close", newer)
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_is_valid_list_vector_absurd_value_index_100000010(h):
    """list_vector.is_valid on a list_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("out-of-range", None, lambda: h.call("batch", "[method]list-vector.is-valid", recv, 4294967312))
    h.call("batch", "[method]list-vector.close", recv)
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_is_valid_list_vector_absurd_value_index_10000000000(h):
    """list_vector.is_valid on a list_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("out-of-range", None, lambda: h.call("batch", "[method]list-vector.is-valid", recv, 1099511627776))
    h.call("batch", "[method]list-vector.close", recv)
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_is_valid_list_vector_absurd_value_index_ffffffffffffffff(h):
    """list_vector.is_valid on a list_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("out-of-range", None, lambda: h.call("batch", "[method]list-vector.is-valid", recv, 18446744073709551615))
    h.call("batch", "[method]list-vector.close", recv)
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_value_offset_list_vector_stale(h):
    """list_vector.value_offset on a list_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    h.call("batch", "[method]list-vector.close", recv)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[method]list-vector.value-offset", recv, 0))
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_value_offset_list_vector_reused(h):
    """list_vector.value_offset on a list_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    h.call("batch", "[method]list-vector.close", recv)
    newer = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("batch", "[method]list-vector.value-offset", recv, 0))
    h.call("batch", "[method]list-vector.close", newer)
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_value_offset_list_vector_absurd_value_index_100000010(h):
    """list_vector.value_offset on a list_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("out-of-range", None, lambda: h.call("batch", "[method]list-vector.value-offset", recv, 4294967312))
    h.call("batch", "[method]list-vector.close", recv)
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_value_offset_list_vector_absurd_value_index_10000000000(h):
    """list_vector.value_offset on a list_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("out-of-range", None, lambda: h.call("batch", "[method]list-vector.value-offset", recv, 1099511627776))
    h.call("batch", "[method]list-vector.close", recv)
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_value_offset_list_vector_absurd_value_index_ffffffffffffffff(h):
    """list_vector.value_offset on a list_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("out-of-range", None, lambda: h.call("batch", "[method]list-vector.value-offset", recv, 18446744073709551615))
    h.call("batch", "[method]list-vector.close", recv)
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_value_length_list_vector_stale(h):
    """list_vector.value_length on a list_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    h.call("batch", "[method]list-vector.close", recv)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[method]list-vector.value-length", recv, 0))
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_value_length_list_vector_reused(h):
    """list_vector.value_length on a list_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    h.call("batch", "[method]list-vector.close", recv)
    newer = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("batch", "[method]list-vector.value-length", recv, 0))
    h.call("batch", "[method]list-vector.close", newer)
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_value_length_list_vector_absurd_value_index_100000010(h):
    """list_vector.value_length on a list_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("out-of-range", None, lambda: h.call("batch", "[method]list-vector.value-length", recv, 4294967312))
    h.call("batch", "[method]list-vector.close", recv)
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_value_length_list_vector_absurd_value_index_10000000000(h):
    """list_vector.value_length on a list_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("out-of-range", None, lambda: h.call("batch", "[method]list-vector.value-length", recv, 1099511627776))
    h.call("batch", "[method]list-vector.close", recv)
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_value_length_list_vector_absurd_value_index_ffffffffffffffff(h):
    """list_vector.value_length on a list_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("out-of-range", None, lambda: h.call("batch", "[method]list-vector.value-length", recv, 18446744073709551615))
    h.call("batch", "[method]list-vector.close", recv)
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_append_list_vector_stale(h):
    """list_vector.append on a list_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    h.call("batch", "[method]list-vector.close", recv)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[method]list-vector.append", recv, b'hello'))
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_append_list_vector_reused(h):
    """list_vector.append on a list_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    h.call("batch", "[method]list-vector.close", recv)
    newer = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("batch", "[method]list-vector.append", recv, b'hello'))
    h.call("batch", "[method]list-vector.close", newer)
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_append_null_list_vector_stale(h):
    """list_vector.append_null on a list_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    h.call("batch", "[method]list-vector.close", recv)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[method]list-vector.append-null", recv))
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_append_null_list_vector_reused(h):
    """list_vector.append_null on a list_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    h.call("batch", "[method]list-vector.close", recv)
    newer = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("batch", "[method]list-vector.append-null", recv))
    h.call("batch", "[method]list-vector.close", newer)
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_lookup_list_vector_stale(h):
    """list_vector.lookup on a list_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    h.call("batch", "[method]list-vector.close", recv)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch", "[method]list-vector.lookup", recv, 0, b'hello'))
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_lookup_list_vector_reused(h):
    """list_vector.lookup on a list_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    h.call("batch", "[method]list-vector.close", recv)
    newer = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("batch", "[method]list-vector.lookup", recv, 0, b'hello'))
    h.call("batch", "[method]list-vector.close", newer)
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_lookup_list_vector_absurd_value_index_100000010(h):
    """list_vector.lookup on a list_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("out-of-range", None, lambda: h.call("batch", "[method]list-vector.lookup", recv, 4294967312, b'hello'))
    h.call("batch", "[method]list-vector.close", recv)
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_lookup_list_vector_absurd_value_index_10000000000(h):
    """list_vector.lookup on a list_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("out-of-range", None, lambda: h.call("batch", "[method]list-vector.lookup", recv, 1099511627776, b'hello'))
    h.call("batch", "[method]list-vector.close", recv)
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_list_vector_lookup_list_vector_absurd_value_index_ffffffffffffffff(h):
    """list_vector.lookup on a list_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index)."""
    region = h.call("region", "[constructor]region", None)
    recv_child = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    recv = h.call("batch", "[constructor]list-vector", region, Variant("vector", recv_child), 16, False, False)
    was_recv_child = bytes_of_vector(h, recv_child)
    h.refused("out-of-range", None, lambda: h.call("batch", "[method]list-vector.lookup", recv, 18446744073709551615, b'hello'))
    h.call("batch", "[method]list-vector.close", recv)
    assert bytes_of_vector(h, recv_child) == was_recv_child, "the bytes of the recv_child changed"


def test_case_batch_stream_create_region_stale(h):
    """batch_stream.create on a region: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch_stream", "[constructor]batch-stream", region, 16))


def test_case_batch_stream_create_region_reused(h):
    """batch_stream.create on a region: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    h.call("region", "[method]region.close", region)
    newer = h.call("region", "[constructor]region", None)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("batch_stream", "[constructor]batch-stream", region, 16))


def test_case_batch_stream_create_region_absurd_value_max_batches_10001(h):
    """batch_stream.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (max_batches)."""
    region = h.call("region", "[constructor]region", None)
    h.refused("invalid-argument", None, lambda: h.call("batch_stream", "[constructor]batch-stream", region, 65537))


def test_case_batch_stream_create_region_absurd_value_max_batches_ffffffff(h):
    """batch_stream.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (max_batches)."""
    region = h.call("region", "[constructor]region", None)
    h.refused("invalid-argument", None, lambda: h.call("batch_stream", "[constructor]batch-stream", region, 4294967295))


def test_case_batch_stream_release_batch_stream_after_region_destroy(h):
    """batch_stream.release on a batch_stream: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch_stream", "[constructor]batch-stream", region, 16)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch_stream", "[method]batch-stream.close", recv))


def test_case_batch_stream_add_batch_batch_stream_stale(h):
    """batch_stream.add_batch on a batch_stream: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch_stream", "[constructor]batch-stream", region, 16)
    arg_batch = h.call("batch", "[constructor]batch", region, 16)
    h.call("batch_stream", "[method]batch-stream.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch_stream", "[method]batch-stream.add-batch", recv, arg_batch))


def test_case_batch_stream_add_batch_batch_stream_reused(h):
    """batch_stream.add_batch on a batch_stream: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch_stream", "[constructor]batch-stream", region, 16)
    arg_batch = h.call("batch", "[constructor]batch", region, 16)
    h.call("batch_stream", "[method]batch-stream.close", recv)
    newer = h.call("batch_stream", "[constructor]batch-stream", region, 16)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("batch_stream", "[method]batch-stream.add-batch", recv, arg_batch))


def test_case_batch_stream_add_batch_batch_stream_after_region_destroy(h):
    """batch_stream.add_batch on a batch_stream: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch_stream", "[constructor]batch-stream", region, 16)
    arg_batch = h.call("batch", "[constructor]batch", region, 16)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch_stream", "[method]batch-stream.add-batch", recv, arg_batch))


def test_case_batch_stream_add_batch_batch_stale_batch(h):
    """batch_stream.add_batch on a batch: the object was closed before the call (batch)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch_stream", "[constructor]batch-stream", region, 16)
    arg_batch = h.call("batch", "[constructor]batch", region, 16)
    h.call("batch", "[method]batch.close", arg_batch)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch_stream", "[method]batch-stream.add-batch", recv, arg_batch))


def test_case_batch_stream_add_batch_batch_reused_batch(h):
    """batch_stream.add_batch on a batch: the object was closed and its slot now holds a newer object (batch)."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch_stream", "[constructor]batch-stream", region, 16)
    arg_batch = h.call("batch", "[constructor]batch", region, 16)
    h.call("batch", "[method]batch.close", arg_batch)
    newer = h.call("batch", "[constructor]batch", region, 16)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("batch_stream", "[method]batch-stream.add-batch", recv, arg_batch))


def test_case_batch_stream_num_batches_batch_stream_stale(h):
    """batch_stream.num_batches on a batch_stream: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch_stream", "[constructor]batch-stream", region, 16)
    h.call("batch_stream", "[method]batch-stream.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch_stream", "[method]batch-stream.num-batches", recv))


def test_case_batch_stream_num_batches_batch_stream_reused(h):
    """batch_stream.num_batches on a batch_stream: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch_stream", "[constructor]batch-stream", region, 16)
    h.call("batch_stream", "[method]batch-stream.close", recv)
    newer = h.call("batch_stream", "[constructor]batch-stream", region, 16)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("batch_stream", "[method]batch-stream.num-batches", recv))


def test_case_batch_stream_num_batches_batch_stream_after_region_destroy(h):
    """batch_stream.num_batches on a batch_stream: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("batch_stream", "[constructor]batch-stream", region, 16)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("batch_stream", "[method]batch-stream.num-batches", recv))


def test_case_foreign_create_region_stale(h):
    """foreign.create on a region: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("foreign", "[constructor]foreign", region, 'int8', b'hello'))


def test_case_foreign_create_region_reused(h):
    """foreign.create on a region: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    h.call("region", "[method]region.close", region)
    newer = h.call("region", "[constructor]region", None)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("foreign", "[constructor]foreign", region, 'int8', b'hello'))


def test_case_foreign_release_foreign_after_region_destroy(h):
    """foreign.release on a foreign: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("foreign", "[method]foreign.close", recv))


def test_case_foreign_release_foreign_while_borrowed_shared(h):
    """foreign.release on a foreign: the call needs the object (or its region) free of the view that is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    was_recv = bytes_of_foreign(h, recv)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("foreign", recv))
    h.refused("borrowed", 'borrow_conflicts', lambda: h.call("foreign", "[method]foreign.close", recv))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_foreign(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_foreign_length_foreign_stale(h):
    """foreign.length on a foreign: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    h.call("foreign", "[method]foreign.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("foreign", "[method]foreign.length", recv))


def test_case_foreign_length_foreign_reused(h):
    """foreign.length on a foreign: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    h.call("foreign", "[method]foreign.close", recv)
    newer = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    was_newer = bytes_of_foreign(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("foreign", "[method]foreign.length", recv))
    assert bytes_of_foreign(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_foreign_length_foreign_after_region_destroy(h):
    """foreign.length on a foreign: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("foreign", "[method]foreign.length", recv))


def test_case_foreign_null_count_foreign_stale(h):
    """foreign.null_count on a foreign: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    h.call("foreign", "[method]foreign.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("foreign", "[method]foreign.null-count", recv))


def test_case_foreign_null_count_foreign_reused(h):
    """foreign.null_count on a foreign: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    h.call("foreign", "[method]foreign.close", recv)
    newer = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    was_newer = bytes_of_foreign(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("foreign", "[method]foreign.null-count", recv))
    assert bytes_of_foreign(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_foreign_null_count_foreign_after_region_destroy(h):
    """foreign.null_count on a foreign: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("foreign", "[method]foreign.null-count", recv))


def test_case_foreign_offset_foreign_stale(h):
    """foreign.offset on a foreign: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    h.call("foreign", "[method]foreign.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("foreign", "[method]foreign.offset", recv))


def test_case_foreign_offset_foreign_reused(h):
    """foreign.offset on a foreign: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    h.call("foreign", "[method]foreign.close", recv)
    newer = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    was_newer = bytes_of_foreign(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("foreign", "[method]foreign.offset", recv))
    assert bytes_of_foreign(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_foreign_offset_foreign_after_region_destroy(h):
    """foreign.offset on a foreign: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("foreign", "[method]foreign.offset", recv))


def test_case_foreign_num_children_foreign_stale(h):
    """foreign.num_children on a foreign: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    h.call("foreign", "[method]foreign.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("foreign", "[method]foreign.num-children", recv))


def test_case_foreign_num_children_foreign_reused(h):
    """foreign.num_children on a foreign: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    h.call("foreign", "[method]foreign.close", recv)
    newer = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    was_newer = bytes_of_foreign(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("foreign", "[method]foreign.num-children", recv))
    assert bytes_of_foreign(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_foreign_num_children_foreign_after_region_destroy(h):
    """foreign.num_children on a foreign: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("foreign", "[method]foreign.num-children", recv))


def test_case_foreign_format_foreign_stale(h):
    """foreign.format on a foreign: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    h.call("foreign", "[method]foreign.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("foreign", "[method]foreign.format", recv))


def test_case_foreign_format_foreign_reused(h):
    """foreign.format on a foreign: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    h.call("foreign", "[method]foreign.close", recv)
    newer = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    was_newer = bytes_of_foreign(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("foreign", "[method]foreign.format", recv))
    assert bytes_of_foreign(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_foreign_format_foreign_after_region_destroy(h):
    """foreign.format on a foreign: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("foreign", "[method]foreign.format", recv))


def test_case_borrow_shared_buffer_stale(h):
    """borrow.shared on a buffer: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    h.call("buffer", "[method]buffer.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.shared", Variant("buffer", recv)))


def test_case_borrow_shared_buffer_reused(h):
    """borrow.shared on a buffer: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    h.call("buffer", "[method]buffer.close", recv)
    newer = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", newer, 0, FILL)
    was_newer = bytes_of_buffer(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.shared", Variant("buffer", recv)))
    assert bytes_of_buffer(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_borrow_shared_buffer_after_region_destroy(h):
    """borrow.shared on a buffer: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.shared", Variant("buffer", recv)))


def test_case_borrow_shared_buffer_borrow_conflict_unique_shared(h):
    """borrow.shared on a buffer: a view is taken while a conflicting view is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    was_recv = bytes_of_buffer(h, recv)
    held, _ = h.call("borrow", "[static]borrow.unique", Variant("buffer", recv))
    h.refused("borrow-conflict", 'borrow_conflicts', lambda: h.call("borrow", "[static]borrow.shared", Variant("buffer", recv)))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_buffer(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_borrow_shared_bytes_stale(h):
    """borrow.shared on a bytes: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("bytes", "[constructor]bytes", region, b'hello')
    h.call("bytes", "[method]bytes.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.shared", Variant("bytes", recv)))


def test_case_borrow_shared_bytes_reused(h):
    """borrow.shared on a bytes: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("bytes", "[constructor]bytes", region, b'hello')
    h.call("bytes", "[method]bytes.close", recv)
    newer = h.call("bytes", "[constructor]bytes", region, b'hello')
    was_newer = bytes_of_bytes(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.shared", Variant("bytes", recv)))
    assert bytes_of_bytes(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_borrow_shared_bytes_after_region_destroy(h):
    """borrow.shared on a bytes: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("bytes", "[constructor]bytes", region, b'hello')
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.shared", Variant("bytes", recv)))


def test_case_borrow_shared_bytes_borrow_conflict_unique_shared(h):
    """borrow.shared on a bytes: a view is taken while a conflicting view is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("bytes", "[constructor]bytes", region, b'hello')
    was_recv = bytes_of_bytes(h, recv)
    held, _ = h.call("borrow", "[static]borrow.unique", Variant("bytes", recv))
    h.refused("borrow-conflict", 'borrow_conflicts', lambda: h.call("borrow", "[static]borrow.shared", Variant("bytes", recv)))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_bytes(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_borrow_shared_string_stale(h):
    """borrow.shared on a string: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("string", "[constructor]string", region, b'hello')
    h.call("string", "[method]string.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.shared", Variant("string", recv)))


def test_case_borrow_shared_string_reused(h):
    """borrow.shared on a string: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("string", "[constructor]string", region, b'hello')
    h.call("string", "[method]string.close", recv)
    newer = h.call("string", "[constructor]string", region, b'hello')
    was_newer = bytes_of_string(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.shared", Variant("string", recv)))
    assert bytes_of_string(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_borrow_shared_string_after_region_destroy(h):
    """borrow.shared on a string: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("string", "[constructor]string", region, b'hello')
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.shared", Variant("string", recv)))


def test_case_borrow_shared_string_borrow_conflict_unique_shared(h):
    """borrow.shared on a string: a view is taken while a conflicting view is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("string", "[constructor]string", region, b'hello')
    was_recv = bytes_of_string(h, recv)
    held, _ = h.call("borrow", "[static]borrow.unique", Variant("string", recv))
    h.refused("borrow-conflict", 'borrow_conflicts', lambda: h.call("borrow", "[static]borrow.shared", Variant("string", recv)))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_string(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_borrow_shared_vector_stale(h):
    """borrow.shared on a vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.shared", Variant("vector", recv)))


def test_case_borrow_shared_vector_reused(h):
    """borrow.shared on a vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    newer = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_newer = bytes_of_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.shared", Variant("vector", recv)))
    assert bytes_of_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_borrow_shared_vector_after_region_destroy(h):
    """borrow.shared on a vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.shared", Variant("vector", recv)))


def test_case_borrow_shared_vector_borrow_conflict_unique_shared(h):
    """borrow.shared on a vector: a view is taken while a conflicting view is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    held, _ = h.call("borrow", "[static]borrow.unique", Variant("vector", recv))
    h.refused("borrow-conflict", 'borrow_conflicts', lambda: h.call("borrow", "[static]borrow.shared", Variant("vector", recv)))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_borrow_shared_var_vector_stale(h):
    """borrow.shared on a var_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.shared", Variant("var-vector", recv)))


def test_case_borrow_shared_var_vector_reused(h):
    """borrow.shared on a var_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    newer = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_newer = bytes_of_var_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.shared", Variant("var-vector", recv)))
    assert bytes_of_var_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_borrow_shared_var_vector_after_region_destroy(h):
    """borrow.shared on a var_vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.shared", Variant("var-vector", recv)))


def test_case_borrow_shared_var_vector_borrow_conflict_unique_shared(h):
    """borrow.shared on a var_vector: a view is taken while a conflicting view is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    held, _ = h.call("borrow", "[static]borrow.unique", Variant("var-vector", recv))
    h.refused("borrow-conflict", 'borrow_conflicts', lambda: h.call("borrow", "[static]borrow.shared", Variant("var-vector", recv)))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_borrow_shared_foreign_stale(h):
    """borrow.shared on a foreign: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    h.call("foreign", "[method]foreign.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.shared", Variant("foreign", recv)))


def test_case_borrow_shared_foreign_reused(h):
    """borrow.shared on a foreign: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    h.call("foreign", "[method]foreign.close", recv)
    newer = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    was_newer = bytes_of_foreign(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.shared", Variant("foreign", recv)))
    assert bytes_of_foreign(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_borrow_shared_foreign_after_region_destroy(h):
    """borrow.shared on a foreign: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.shared", Variant("foreign", recv)))


def test_case_borrow_shared_foreign_borrow_conflict_unique_shared(h):
    """borrow.shared on a foreign: a view is taken while a conflicting view is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    was_recv = bytes_of_foreign(h, recv)
    held, _ = h.call("borrow", "[static]borrow.unique", Variant("foreign", recv))
    h.refused("borrow-conflict", 'borrow_conflicts', lambda: h.call("borrow", "[static]borrow.shared", Variant("foreign", recv)))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_foreign(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_borrow_unique_buffer_stale(h):
    """borrow.unique on a buffer: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    h.call("buffer", "[method]buffer.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.unique", Variant("buffer", recv)))


def test_case_borrow_unique_buffer_reused(h):
    """borrow.unique on a buffer: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    h.call("buffer", "[method]buffer.close", recv)
    newer = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", newer, 0, FILL)
    was_newer = bytes_of_buffer(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.unique", Variant("buffer", recv)))
    assert bytes_of_buffer(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_borrow_unique_buffer_after_region_destroy(h):
    """borrow.unique on a buffer: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.unique", Variant("buffer", recv)))


def test_case_borrow_unique_buffer_borrow_conflict_shared_unique(h):
    """borrow.unique on a buffer: a view is taken while a conflicting view is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    was_recv = bytes_of_buffer(h, recv)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("buffer", recv))
    h.refused("borrow-conflict", 'borrow_conflicts', lambda: h.call("borrow", "[static]borrow.unique", Variant("buffer", recv)))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_buffer(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_borrow_unique_buffer_borrow_conflict_unique_unique(h):
    """borrow.unique on a buffer: a view is taken while a conflicting view is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", recv, 0, FILL)
    was_recv = bytes_of_buffer(h, recv)
    held, _ = h.call("borrow", "[static]borrow.unique", Variant("buffer", recv))
    h.refused("borrow-conflict", 'borrow_conflicts', lambda: h.call("borrow", "[static]borrow.unique", Variant("buffer", recv)))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_buffer(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_borrow_unique_bytes_stale(h):
    """borrow.unique on a bytes: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("bytes", "[constructor]bytes", region, b'hello')
    h.call("bytes", "[method]bytes.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.unique", Variant("bytes", recv)))


def test_case_borrow_unique_bytes_reused(h):
    """borrow.unique on a bytes: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("bytes", "[constructor]bytes", region, b'hello')
    h.call("bytes", "[method]bytes.close", recv)
    newer = h.call("bytes", "[constructor]bytes", region, b'hello')
    was_newer = bytes_of_bytes(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.unique", Variant("bytes", recv)))
    assert bytes_of_bytes(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_borrow_unique_bytes_after_region_destroy(h):
    """borrow.unique on a bytes: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("bytes", "[constructor]bytes", region, b'hello')
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.unique", Variant("bytes", recv)))


def test_case_borrow_unique_bytes_borrow_conflict_shared_unique(h):
    """borrow.unique on a bytes: a view is taken while a conflicting view is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("bytes", "[constructor]bytes", region, b'hello')
    was_recv = bytes_of_bytes(h, recv)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("bytes", recv))
    h.refused("borrow-conflict", 'borrow_conflicts', lambda: h.call("borrow", "[static]borrow.unique", Variant("bytes", recv)))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_bytes(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_borrow_unique_bytes_borrow_conflict_unique_unique(h):
    """borrow.unique on a bytes: a view is taken while a conflicting view is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("bytes", "[constructor]bytes", region, b'hello')
    was_recv = bytes_of_bytes(h, recv)
    held, _ = h.call("borrow", "[static]borrow.unique", Variant("bytes", recv))
    h.refused("borrow-conflict", 'borrow_conflicts', lambda: h.call("borrow", "[static]borrow.unique", Variant("bytes", recv)))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_bytes(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_borrow_unique_string_stale(h):
    """borrow.unique on a string: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("string", "[constructor]string", region, b'hello')
    h.call("string", "[method]string.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.unique", Variant("string", recv)))


def test_case_borrow_unique_string_reused(h):
    """borrow.unique on a string: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("string", "[constructor]string", region, b'hello')
    h.call("string", "[method]string.close", recv)
    newer = h.call("string", "[constructor]string", region, b'hello')
    was_newer = bytes_of_string(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.unique", Variant("string", recv)))
    assert bytes_of_string(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_borrow_unique_string_after_region_destroy(h):
    """borrow.unique on a string: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("string", "[constructor]string", region, b'hello')
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.unique", Variant("string", recv)))


def test_case_borrow_unique_string_borrow_conflict_shared_unique(h):
    """borrow.unique on a string: a view is taken while a conflicting view is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("string", "[constructor]string", region, b'hello')
    was_recv = bytes_of_string(h, recv)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("string", recv))
    h.refused("borrow-conflict", 'borrow_conflicts', lambda: h.call("borrow", "[static]borrow.unique", Variant("string", recv)))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_string(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_borrow_unique_string_borrow_conflict_unique_unique(h):
    """borrow.unique on a string: a view is taken while a conflicting view is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("string", "[constructor]string", region, b'hello')
    was_recv = bytes_of_string(h, recv)
    held, _ = h.call("borrow", "[static]borrow.unique", Variant("string", recv))
    h.refused("borrow-conflict", 'borrow_conflicts', lambda: h.call("borrow", "[static]borrow.unique", Variant("string", recv)))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_string(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_borrow_unique_vector_stale(h):
    """borrow.unique on a vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.unique", Variant("vector", recv)))


def test_case_borrow_unique_vector_reused(h):
    """borrow.unique on a vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("vector", "[method]vector.close", recv)
    newer = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_newer = bytes_of_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.unique", Variant("vector", recv)))
    assert bytes_of_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_borrow_unique_vector_after_region_destroy(h):
    """borrow.unique on a vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.unique", Variant("vector", recv)))


def test_case_borrow_unique_vector_borrow_conflict_shared_unique(h):
    """borrow.unique on a vector: a view is taken while a conflicting view is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("vector", recv))
    h.refused("borrow-conflict", 'borrow_conflicts', lambda: h.call("borrow", "[static]borrow.unique", Variant("vector", recv)))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_borrow_unique_vector_borrow_conflict_unique_unique(h):
    """borrow.unique on a vector: a view is taken while a conflicting view is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("vector", "[constructor]vector", region, 'int8', 16, False)
    was_recv = bytes_of_vector(h, recv)
    held, _ = h.call("borrow", "[static]borrow.unique", Variant("vector", recv))
    h.refused("borrow-conflict", 'borrow_conflicts', lambda: h.call("borrow", "[static]borrow.unique", Variant("vector", recv)))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_borrow_unique_var_vector_stale(h):
    """borrow.unique on a var_vector: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.unique", Variant("var-vector", recv)))


def test_case_borrow_unique_var_vector_reused(h):
    """borrow.unique on a var_vector: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("var_vector", "[method]var-vector.close", recv)
    newer = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_newer = bytes_of_var_vector(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.unique", Variant("var-vector", recv)))
    assert bytes_of_var_vector(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_borrow_unique_var_vector_after_region_destroy(h):
    """borrow.unique on a var_vector: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.unique", Variant("var-vector", recv)))


def test_case_borrow_unique_var_vector_borrow_conflict_shared_unique(h):
    """borrow.unique on a var_vector: a view is taken while a conflicting view is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("var-vector", recv))
    h.refused("borrow-conflict", 'borrow_conflicts', lambda: h.call("borrow", "[static]borrow.unique", Variant("var-vector", recv)))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_borrow_unique_var_vector_borrow_conflict_unique_unique(h):
    """borrow.unique on a var_vector: a view is taken while a conflicting view is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("var_vector", "[constructor]var-vector", region, 16, 16, False, False)
    was_recv = bytes_of_var_vector(h, recv)
    held, _ = h.call("borrow", "[static]borrow.unique", Variant("var-vector", recv))
    h.refused("borrow-conflict", 'borrow_conflicts', lambda: h.call("borrow", "[static]borrow.unique", Variant("var-vector", recv)))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_var_vector(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_borrow_unique_foreign_stale(h):
    """borrow.unique on a foreign: the object was closed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    h.call("foreign", "[method]foreign.close", recv)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.unique", Variant("foreign", recv)))


def test_case_borrow_unique_foreign_reused(h):
    """borrow.unique on a foreign: the object was closed and its slot now holds a newer object."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    h.call("foreign", "[method]foreign.close", recv)
    newer = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    was_newer = bytes_of_foreign(h, newer)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.unique", Variant("foreign", recv)))
    assert bytes_of_foreign(h, newer) == was_newer, "the bytes of the newer changed"


def test_case_borrow_unique_foreign_after_region_destroy(h):
    """borrow.unique on a foreign: the object's region was destroyed before the call."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("borrow", "[static]borrow.unique", Variant("foreign", recv)))


def test_case_borrow_unique_foreign_borrow_conflict_shared_unique(h):
    """borrow.unique on a foreign: a view is taken while a conflicting view is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    was_recv = bytes_of_foreign(h, recv)
    held, _ = h.call("borrow", "[static]borrow.shared", Variant("foreign", recv))
    h.refused("borrow-conflict", 'borrow_conflicts', lambda: h.call("borrow", "[static]borrow.unique", Variant("foreign", recv)))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_foreign(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_borrow_unique_foreign_borrow_conflict_unique_unique(h):
    """borrow.unique on a foreign: a view is taken while a conflicting view is live."""
    region = h.call("region", "[constructor]region", None)
    recv = h.call("foreign", "[constructor]foreign", region, 'int8', b'hello')
    was_recv = bytes_of_foreign(h, recv)
    held, _ = h.call("borrow", "[static]borrow.unique", Variant("foreign", recv))
    h.refused("borrow-conflict", 'borrow_conflicts', lambda: h.call("borrow", "[static]borrow.unique", Variant("foreign", recv)))
    h.call("borrow", "[method]borrow.close", held)
    assert bytes_of_foreign(h, recv) == was_recv, "the bytes of the recv changed"


def test_case_handle_kind_of_region_stale_handle(h):
    """handle.kind_of on a region: the object was closed before the call (handle)."""
    region = h.call("region", "[constructor]region", None)
    h.call("region", "[method]region.close", region)
    h.refused("stale-handle", 'stale_rejected', lambda: h.call("handle", "kind-of", Variant("region", region)))


def test_case_handle_kind_of_region_reused_handle(h):
    """handle.kind_of on a region: the object was closed and its slot now holds a newer object (handle)."""
    region = h.call("region", "[constructor]region", None)
    h.call("region", "[method]region.close", region)
    newer = h.call("region", "[constructor]region", None)
    h.refused("reused-handle", 'stale_rejected', lambda: h.call("handle", "kind-of", Variant("region", region)))
