// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144

// The misuse matrix (weaveheap_gen/misuse.py), one test per case: the call
// must return the typed error, the process-wide counters must be unchanged
// but for the one that counts the refusal (+1), and the bytes of the objects
// still alive must be unchanged.
//
// Not expressible in Go, so not tests (docs/go.md):
//
//	buffer_write_buffer_null_data:
//	  a nil []byte is Go's empty slice, a valid value (an empty write, an
//	  empty bytes object), not a missing one
//	buffer_read_buffer_null_dst:
//	  a nil []byte is Go's empty slice, a valid value (a read of 0 bytes),
//	  not a missing one
//	bytes_create_region_null_data:
//	  a nil []byte is Go's empty slice, a valid value (an empty write, an
//	  empty bytes object), not a missing one
//	string_create_region_null_text:
//	  a nil []byte is Go's empty slice, a valid value (an empty write, an
//	  empty bytes object), not a missing one
//	vector_extend_vector_null_data:
//	  a nil []byte is Go's empty slice, a valid value (an empty write, an
//	  empty bytes object), not a missing one
//	vector_read_vector_null_dst:
//	  a nil []byte is Go's empty slice, a valid value (a read of 0 bytes),
//	  not a missing one
//	var_vector_append_var_vector_null_value:
//	  a nil []byte is Go's empty slice, a valid value (an empty write, an
//	  empty bytes object), not a missing one
//	var_vector_read_var_vector_null_dst:
//	  a nil []byte is Go's empty slice, a valid value (a read of 0 bytes),
//	  not a missing one
//	batch_add_column_batch_null_name:
//	  a nil []byte is Go's empty slice, a valid value (an empty write, an
//	  empty bytes object), not a missing one
//	batch_append_row_batch_null_row:
//	  a nil []byte is Go's empty slice, a valid value (an empty write, an
//	  empty bytes object), not a missing one
//	list_vector_append_list_vector_null_value:
//	  a nil []byte is Go's empty slice, a valid value (an empty write, an
//	  empty bytes object), not a missing one
//	list_vector_lookup_list_vector_null_key:
//	  a nil []byte is Go's empty slice, a valid value (an empty write, an
//	  empty bytes object), not a missing one
//	foreign_create_region_null_values:
//	  a nil []byte is Go's empty slice, a valid value (an empty write, an
//	  empty bytes object), not a missing one
package weaveheap_test

import (
	"testing"

	wh "weaveheap.dev/go/weaveheap"
)

// region.destroy (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_region_destroy_region_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	must(t, region.Close(), "close the region")
	misuseRegion(t, 0) // this call does not use it
	again := wh.RegionFromHandle(region.Handle())
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
}

// region.destroy (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_region_destroy_region_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.RegionFromHandle(0x1fffffff00000001)
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// region.destroy (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_region_destroy_region_wrong_kind_buffer(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	other, err := region.NewBuffer(16, 16)
	must(t, err, "make other")
	must(t, other.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the other")
	recv := wh.RegionFromHandle(other.Handle())
	before := remember(t, other)
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, other)
}

// region.destroy (double_release): a second wrapper of an already released
// handle is closed; expects StaleHandleError, stale_rejected +1.
func TestMisuse_region_destroy_region_double_release(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	must(t, region.Close(), "close the region")
	again := wh.RegionFromHandle(region.Handle())
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// region.destroy (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_region_destroy_region_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.Region)(nil).Close()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "region")
}

// region.destroy (while_borrowed): the call needs the object (or its region)
// free of the view that is live; expects BorrowError, borrow_conflicts +1.
func TestMisuse_region_destroy_region_while_borrowed_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	viewed, err := region.NewBuffer(16, 16)
	must(t, err, "make viewed")
	must(t, viewed.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the viewed")
	before := remember(t, viewed)
	held, err := viewed.View()
	must(t, err, "view held")
	stats := snapshot(t)
	err = region.Close()
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, viewed)
}

// region.reset (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_region_reset_region_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = region.Reset()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// region.reset (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_region_reset_region_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	must(t, region.Close(), "close the region")
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = region.Reset()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
}

// region.reset (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_region_reset_region_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.RegionFromHandle(0x1fffffff00000001)
	stats := snapshot(t)
	err = recv.Reset()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// region.reset (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_region_reset_region_wrong_kind_buffer(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	other, err := region.NewBuffer(16, 16)
	must(t, err, "make other")
	must(t, other.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the other")
	recv := wh.RegionFromHandle(other.Handle())
	before := remember(t, other)
	stats := snapshot(t)
	err = recv.Reset()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, other)
}

// region.reset (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_region_reset_region_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.Region)(nil).Reset()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "region")
}

// region.reset (while_borrowed): the call needs the object (or its region)
// free of the view that is live; expects BorrowError, borrow_conflicts +1.
func TestMisuse_region_reset_region_while_borrowed_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	viewed, err := region.NewBuffer(16, 16)
	must(t, err, "make viewed")
	must(t, viewed.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the viewed")
	before := remember(t, viewed)
	held, err := viewed.View()
	must(t, err, "view held")
	stats := snapshot(t)
	err = region.Reset()
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, viewed)
}

// region.stats (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_region_stats_region_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = region.Stats()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// region.stats (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_region_stats_region_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	must(t, region.Close(), "close the region")
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = region.Stats()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
}

// region.stats (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_region_stats_region_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.RegionFromHandle(0x1fffffff00000001)
	stats := snapshot(t)
	_, err = recv.Stats()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// region.stats (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_region_stats_region_wrong_kind_buffer(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	other, err := region.NewBuffer(16, 16)
	must(t, err, "make other")
	must(t, other.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the other")
	recv := wh.RegionFromHandle(other.Handle())
	before := remember(t, other)
	stats := snapshot(t)
	_, err = recv.Stats()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, other)
}

// region.stats (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_region_stats_region_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Region)(nil).Stats()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "region")
}

// buffer.alloc (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_buffer_alloc_region_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = region.NewBuffer(16, 16)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// buffer.alloc (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_buffer_alloc_region_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	must(t, region.Close(), "close the region")
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = region.NewBuffer(16, 16)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
}

// buffer.alloc (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_buffer_alloc_region_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.RegionFromHandle(0x1fffffff00000001)
	stats := snapshot(t)
	_, err = recv.NewBuffer(16, 16)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// buffer.alloc (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_buffer_alloc_region_wrong_kind_buffer(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	other, err := region.NewBuffer(16, 16)
	must(t, err, "make other")
	must(t, other.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the other")
	recv := wh.RegionFromHandle(other.Handle())
	before := remember(t, other)
	stats := snapshot(t)
	_, err = recv.NewBuffer(16, 16)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, other)
}

// buffer.alloc (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_buffer_alloc_region_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Region)(nil).NewBuffer(16, 16)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "region")
}

// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects InvalidArgumentError, no counter
// moving.
func TestMisuse_buffer_alloc_region_absurd_value_size_1000000000001(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewBuffer(0x1000000000001, 16)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
}

// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects InvalidArgumentError, no counter
// moving.
func TestMisuse_buffer_alloc_region_absurd_value_size_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewBuffer(0xffffffffffffffff, 16)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
}

// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_buffer_alloc_region_absurd_value_size_100000010_limited(t *testing.T) {
	var err error
	region := misuseRegion(t, 1048576)
	stats := snapshot(t)
	_, err = region.NewBuffer(0x100000010, 16)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
}

// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_buffer_alloc_region_absurd_value_size_10000000000_limited(t *testing.T) {
	var err error
	region := misuseRegion(t, 1048576)
	stats := snapshot(t)
	_, err = region.NewBuffer(0x10000000000, 16)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
}

// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_buffer_alloc_region_absurd_value_size_1000000000000_limited(t *testing.T) {
	var err error
	region := misuseRegion(t, 1048576)
	stats := snapshot(t)
	_, err = region.NewBuffer(0x1000000000000, 16)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
}

// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_buffer_alloc_region_absurd_value_size_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewBuffer(0x10000000000, 16)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
}

// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_buffer_alloc_region_absurd_value_size_1000000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewBuffer(0x1000000000000, 16)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
}

// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects InvalidArgumentError, no counter
// moving.
func TestMisuse_buffer_alloc_region_absurd_value_align_100001(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewBuffer(16, 1048577)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
}

// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects InvalidArgumentError, no counter
// moving.
func TestMisuse_buffer_alloc_region_absurd_value_align_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewBuffer(16, 0xffffffffffffffff)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
}

// buffer.alloc (bad_alignment): an integer that must be a power of two and
// is not; expects InvalidArgumentError, no counter moving.
func TestMisuse_buffer_alloc_region_bad_alignment_align_0(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewBuffer(16, 0)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
}

// buffer.alloc (bad_alignment): an integer that must be a power of two and
// is not; expects InvalidArgumentError, no counter moving.
func TestMisuse_buffer_alloc_region_bad_alignment_align_3(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewBuffer(16, 3)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
}

// buffer.alloc (bad_alignment): an integer that must be a power of two and
// is not; expects InvalidArgumentError, no counter moving.
func TestMisuse_buffer_alloc_region_bad_alignment_align_18(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewBuffer(16, 24)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
}

// buffer.release (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_buffer_release_buffer_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewBuffer(16, 16)
	must(t, err, "make newer")
	must(t, newer.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the newer")
	again := wh.BufferFromHandle(recv.Handle())
	before := remember(t, newer)
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// buffer.release (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_buffer_release_buffer_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.BufferFromHandle(0x2fffffff00000001)
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// buffer.release (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_buffer_release_buffer_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.BufferFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// buffer.release (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_buffer_release_buffer_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// buffer.release (double_release): a second wrapper of an already released
// handle is closed; expects StaleHandleError, stale_rejected +1.
func TestMisuse_buffer_release_buffer_double_release(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	must(t, recv.Close(), "close the recv")
	again := wh.BufferFromHandle(recv.Handle())
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// buffer.release (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_buffer_release_buffer_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.Buffer)(nil).Close()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "buffer")
}

// buffer.release (while_borrowed): the call needs the object (or its region)
// free of the view that is live; expects BorrowError, borrow_conflicts +1.
func TestMisuse_buffer_release_buffer_while_borrowed_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// buffer.size (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_buffer_size_buffer_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.Size()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// buffer.size (reused): the object was closed and its slot now holds a newer
// object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_buffer_size_buffer_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewBuffer(16, 16)
	must(t, err, "make newer")
	must(t, newer.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.Size()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// buffer.size (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_buffer_size_buffer_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.BufferFromHandle(0x2fffffff00000001)
	stats := snapshot(t)
	_, err = recv.Size()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// buffer.size (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_buffer_size_buffer_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.BufferFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.Size()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// buffer.size (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_buffer_size_buffer_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.Size()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// buffer.size (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_buffer_size_buffer_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Buffer)(nil).Size()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "buffer")
}

// buffer.write (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_buffer_write_buffer_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	err = recv.Write(0, []byte("hello"))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// buffer.write (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_buffer_write_buffer_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewBuffer(16, 16)
	must(t, err, "make newer")
	must(t, newer.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the newer")
	before := remember(t, newer)
	stats := snapshot(t)
	err = recv.Write(0, []byte("hello"))
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// buffer.write (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_buffer_write_buffer_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.BufferFromHandle(0x2fffffff00000001)
	stats := snapshot(t)
	err = recv.Write(0, []byte("hello"))
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// buffer.write (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_buffer_write_buffer_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.BufferFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Write(0, []byte("hello"))
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// buffer.write (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_buffer_write_buffer_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.Write(0, []byte("hello"))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// buffer.write (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_buffer_write_buffer_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.Buffer)(nil).Write(0, []byte("hello"))
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "buffer")
}

// buffer.write (while_borrowed): the call needs the object (or its region)
// free of the view that is live; expects BorrowError, borrow_conflicts +1.
func TestMisuse_buffer_write_buffer_while_borrowed_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	err = recv.Write(0, []byte("hello"))
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// buffer.write (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_buffer_write_buffer_absurd_value_offset_100000010(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Write(0x100000010, []byte("hello"))
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// buffer.write (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_buffer_write_buffer_absurd_value_offset_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Write(0x10000000000, []byte("hello"))
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// buffer.write (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_buffer_write_buffer_absurd_value_offset_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Write(0xffffffffffffffff, []byte("hello"))
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// buffer.read (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_buffer_read_buffer_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	err = recv.Read(0, make([]byte, 4))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// buffer.read (reused): the object was closed and its slot now holds a newer
// object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_buffer_read_buffer_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewBuffer(16, 16)
	must(t, err, "make newer")
	must(t, newer.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the newer")
	before := remember(t, newer)
	stats := snapshot(t)
	err = recv.Read(0, make([]byte, 4))
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// buffer.read (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_buffer_read_buffer_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.BufferFromHandle(0x2fffffff00000001)
	stats := snapshot(t)
	err = recv.Read(0, make([]byte, 4))
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// buffer.read (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_buffer_read_buffer_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.BufferFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Read(0, make([]byte, 4))
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// buffer.read (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_buffer_read_buffer_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.Read(0, make([]byte, 4))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// buffer.read (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_buffer_read_buffer_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.Buffer)(nil).Read(0, make([]byte, 4))
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "buffer")
}

// buffer.read (while_borrowed): the call needs the object (or its region)
// free of the view that is live; expects BorrowError, borrow_conflicts +1.
func TestMisuse_buffer_read_buffer_while_borrowed_unique(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	before := remember(t, recv)
	held, err := recv.View(wh.Unique)
	must(t, err, "view held")
	stats := snapshot(t)
	err = recv.Read(0, make([]byte, 4))
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// buffer.read (absurd_value): an integer far out of range (sizes of 2^32 and
// more on every target width); expects OutOfRangeError, no counter moving.
func TestMisuse_buffer_read_buffer_absurd_value_offset_100000010(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Read(0x100000010, make([]byte, 4))
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// buffer.read (absurd_value): an integer far out of range (sizes of 2^32 and
// more on every target width); expects OutOfRangeError, no counter moving.
func TestMisuse_buffer_read_buffer_absurd_value_offset_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Read(0x10000000000, make([]byte, 4))
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// buffer.read (absurd_value): an integer far out of range (sizes of 2^32 and
// more on every target width); expects OutOfRangeError, no counter moving.
func TestMisuse_buffer_read_buffer_absurd_value_offset_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Read(0xffffffffffffffff, make([]byte, 4))
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// bytes.create (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_bytes_create_region_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = region.NewBytes([]byte("hello"))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// bytes.create (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_bytes_create_region_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	must(t, region.Close(), "close the region")
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = region.NewBytes([]byte("hello"))
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
}

// bytes.create (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_bytes_create_region_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.RegionFromHandle(0x1fffffff00000001)
	stats := snapshot(t)
	_, err = recv.NewBytes([]byte("hello"))
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// bytes.create (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_bytes_create_region_wrong_kind_buffer(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	other, err := region.NewBuffer(16, 16)
	must(t, err, "make other")
	must(t, other.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the other")
	recv := wh.RegionFromHandle(other.Handle())
	before := remember(t, other)
	stats := snapshot(t)
	_, err = recv.NewBytes([]byte("hello"))
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, other)
}

// bytes.create (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_bytes_create_region_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Region)(nil).NewBytes([]byte("hello"))
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "region")
}

// bytes.release (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_bytes_release_bytes_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewBytes([]byte("hello"))
	must(t, err, "make newer")
	again := wh.BytesFromHandle(recv.Handle())
	before := remember(t, newer)
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// bytes.release (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_bytes_release_bytes_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.BytesFromHandle(0x3fffffff00000001)
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// bytes.release (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_bytes_release_bytes_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.BytesFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// bytes.release (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_bytes_release_bytes_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// bytes.release (double_release): a second wrapper of an already released
// handle is closed; expects StaleHandleError, stale_rejected +1.
func TestMisuse_bytes_release_bytes_double_release(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	again := wh.BytesFromHandle(recv.Handle())
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// bytes.release (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_bytes_release_bytes_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.Bytes)(nil).Close()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "bytes")
}

// bytes.release (while_borrowed): the call needs the object (or its region)
// free of the view that is live; expects BorrowError, borrow_conflicts +1.
func TestMisuse_bytes_release_bytes_while_borrowed_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// bytes.length (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_bytes_length_bytes_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// bytes.length (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_bytes_length_bytes_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewBytes([]byte("hello"))
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// bytes.length (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_bytes_length_bytes_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.BytesFromHandle(0x3fffffff00000001)
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// bytes.length (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_bytes_length_bytes_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.BytesFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// bytes.length (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_bytes_length_bytes_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// bytes.length (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_bytes_length_bytes_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Bytes)(nil).Length()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "bytes")
}

// bytes.dup (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_bytes_dup_bytes_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.Dup()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// bytes.dup (reused): the object was closed and its slot now holds a newer
// object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_bytes_dup_bytes_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewBytes([]byte("hello"))
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.Dup()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// bytes.dup (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_bytes_dup_bytes_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.BytesFromHandle(0x3fffffff00000001)
	stats := snapshot(t)
	_, err = recv.Dup()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// bytes.dup (wrong_kind): a live object of another class, adopted under this
// one; expects WrongKindError, stale_rejected +1.
func TestMisuse_bytes_dup_bytes_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.BytesFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.Dup()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// bytes.dup (after_region_destroy): the object's region was destroyed before
// the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_bytes_dup_bytes_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.Dup()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// bytes.dup (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_bytes_dup_bytes_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Bytes)(nil).Dup()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "bytes")
}

// bytes.dup (while_borrowed): the call needs the object (or its region) free
// of the view that is live; expects BorrowError, borrow_conflicts +1.
func TestMisuse_bytes_dup_bytes_while_borrowed_unique(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View(wh.Unique)
	must(t, err, "view held")
	stats := snapshot(t)
	_, err = recv.Dup()
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// string.create (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_string_create_region_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = region.NewString([]byte("hello"))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// string.create (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_string_create_region_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	must(t, region.Close(), "close the region")
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = region.NewString([]byte("hello"))
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
}

// string.create (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_string_create_region_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.RegionFromHandle(0x1fffffff00000001)
	stats := snapshot(t)
	_, err = recv.NewString([]byte("hello"))
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// string.create (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_string_create_region_wrong_kind_buffer(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	other, err := region.NewBuffer(16, 16)
	must(t, err, "make other")
	must(t, other.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the other")
	recv := wh.RegionFromHandle(other.Handle())
	before := remember(t, other)
	stats := snapshot(t)
	_, err = recv.NewString([]byte("hello"))
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, other)
}

// string.create (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_string_create_region_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Region)(nil).NewString([]byte("hello"))
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "region")
}

// string.create (invalid_utf8): text that is not UTF-8; expects
// InvalidUTF8Error, no counter moving.
func TestMisuse_string_create_region_invalid_utf8_text(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewString([]byte("\xc3(\xff"))
	expectMisuse[*wh.InvalidUTF8Error](t, err, stats, "", "")
}

// string.release (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_string_release_string_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewString([]byte("hello"))
	must(t, err, "make newer")
	again := wh.StringFromHandle(recv.Handle())
	before := remember(t, newer)
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// string.release (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_string_release_string_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.StringFromHandle(0x4fffffff00000001)
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// string.release (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_string_release_string_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.StringFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// string.release (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_string_release_string_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// string.release (double_release): a second wrapper of an already released
// handle is closed; expects StaleHandleError, stale_rejected +1.
func TestMisuse_string_release_string_double_release(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	again := wh.StringFromHandle(recv.Handle())
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// string.release (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_string_release_string_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.String)(nil).Close()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "string")
}

// string.release (while_borrowed): the call needs the object (or its region)
// free of the view that is live; expects BorrowError, borrow_conflicts +1.
func TestMisuse_string_release_string_while_borrowed_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// string.length (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_string_length_string_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// string.length (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_string_length_string_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewString([]byte("hello"))
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// string.length (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_string_length_string_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.StringFromHandle(0x4fffffff00000001)
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// string.length (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_string_length_string_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.StringFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// string.length (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_string_length_string_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// string.length (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_string_length_string_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.String)(nil).Length()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "string")
}

// string.dup (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_string_dup_string_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.Dup()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// string.dup (reused): the object was closed and its slot now holds a newer
// object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_string_dup_string_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewString([]byte("hello"))
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.Dup()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// string.dup (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_string_dup_string_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.StringFromHandle(0x4fffffff00000001)
	stats := snapshot(t)
	_, err = recv.Dup()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// string.dup (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_string_dup_string_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.StringFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.Dup()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// string.dup (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_string_dup_string_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.Dup()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// string.dup (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_string_dup_string_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.String)(nil).Dup()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "string")
}

// string.dup (while_borrowed): the call needs the object (or its region)
// free of the view that is live; expects BorrowError, borrow_conflicts +1.
func TestMisuse_string_dup_string_while_borrowed_unique(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View(wh.Unique)
	must(t, err, "view held")
	stats := snapshot(t)
	_, err = recv.Dup()
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// vector.create (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_vector_create_region_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = region.NewVector(wh.ElementType(1), 16, false)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.create (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_vector_create_region_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	must(t, region.Close(), "close the region")
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = region.NewVector(wh.ElementType(1), 16, false)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
}

// vector.create (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_vector_create_region_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.RegionFromHandle(0x1fffffff00000001)
	stats := snapshot(t)
	_, err = recv.NewVector(wh.ElementType(1), 16, false)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// vector.create (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_vector_create_region_wrong_kind_buffer(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	other, err := region.NewBuffer(16, 16)
	must(t, err, "make other")
	must(t, other.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the other")
	recv := wh.RegionFromHandle(other.Handle())
	before := remember(t, other)
	stats := snapshot(t)
	_, err = recv.NewVector(wh.ElementType(1), 16, false)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, other)
}

// vector.create (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_vector_create_region_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Region)(nil).NewVector(wh.ElementType(1), 16, false)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "region")
}

// vector.create (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects InvalidArgumentError, no counter
// moving.
func TestMisuse_vector_create_region_absurd_value_capacity_1000000000001(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewVector(wh.ElementType(1), 0x1000000000001, false)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
}

// vector.create (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects InvalidArgumentError, no counter
// moving.
func TestMisuse_vector_create_region_absurd_value_capacity_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewVector(wh.ElementType(1), 0xffffffffffffffff, false)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
}

// vector.create (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_vector_create_region_absurd_value_capacity_100000010_limited(t *testing.T) {
	var err error
	region := misuseRegion(t, 1048576)
	stats := snapshot(t)
	_, err = region.NewVector(wh.ElementType(1), 0x100000010, false)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
}

// vector.create (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_vector_create_region_absurd_value_capacity_10000000000_limited(t *testing.T) {
	var err error
	region := misuseRegion(t, 1048576)
	stats := snapshot(t)
	_, err = region.NewVector(wh.ElementType(1), 0x10000000000, false)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
}

// vector.create (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_vector_create_region_absurd_value_capacity_1000000000000_limited(t *testing.T) {
	var err error
	region := misuseRegion(t, 1048576)
	stats := snapshot(t)
	_, err = region.NewVector(wh.ElementType(1), 0x1000000000000, false)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
}

// vector.create (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_vector_create_region_absurd_value_capacity_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewVector(wh.ElementType(1), 0x10000000000, false)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
}

// vector.create (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_vector_create_region_absurd_value_capacity_1000000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewVector(wh.ElementType(1), 0x1000000000000, false)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
}

// vector.release (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_vector_release_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make newer")
	again := wh.VectorFromHandle(recv.Handle())
	before := remember(t, newer)
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// vector.release (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_vector_release_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VectorFromHandle(0x7fffffff00000001)
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// vector.release (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_vector_release_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VectorFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// vector.release (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_vector_release_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.release (double_release): a second wrapper of an already released
// handle is closed; expects StaleHandleError, stale_rejected +1.
func TestMisuse_vector_release_vector_double_release(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	again := wh.VectorFromHandle(recv.Handle())
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.release (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_vector_release_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.Vector)(nil).Close()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// vector.release (while_borrowed): the call needs the object (or its region)
// free of the view that is live; expects BorrowError, borrow_conflicts +1.
func TestMisuse_vector_release_vector_while_borrowed_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// vector.length (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_vector_length_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.length (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_vector_length_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// vector.length (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_vector_length_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VectorFromHandle(0x7fffffff00000001)
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// vector.length (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_vector_length_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// vector.length (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_vector_length_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.length (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_vector_length_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Vector)(nil).Length()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// vector.capacity (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_vector_capacity_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.Capacity()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.capacity (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_vector_capacity_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.Capacity()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// vector.capacity (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_vector_capacity_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VectorFromHandle(0x7fffffff00000001)
	stats := snapshot(t)
	_, err = recv.Capacity()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// vector.capacity (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_vector_capacity_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.Capacity()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// vector.capacity (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_vector_capacity_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.Capacity()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.capacity (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_vector_capacity_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Vector)(nil).Capacity()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// vector.resize (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_vector_resize_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	err = recv.Resize(16)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.resize (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_vector_resize_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	err = recv.Resize(16)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// vector.resize (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_vector_resize_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VectorFromHandle(0x7fffffff00000001)
	stats := snapshot(t)
	err = recv.Resize(16)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// vector.resize (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_vector_resize_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VectorFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Resize(16)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// vector.resize (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_vector_resize_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.Resize(16)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.resize (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_vector_resize_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.Vector)(nil).Resize(16)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// vector.resize (while_borrowed): the call needs the object (or its region)
// free of the view that is live; expects BorrowError, borrow_conflicts +1.
func TestMisuse_vector_resize_vector_while_borrowed_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	err = recv.Resize(16)
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// vector.resize (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects InvalidArgumentError, no counter
// moving.
func TestMisuse_vector_resize_vector_absurd_value_capacity_1000000000001(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Resize(0x1000000000001)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// vector.resize (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects InvalidArgumentError, no counter
// moving.
func TestMisuse_vector_resize_vector_absurd_value_capacity_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Resize(0xffffffffffffffff)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// vector.resize (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_vector_resize_vector_absurd_value_capacity_100000010_limited(t *testing.T) {
	var err error
	region := misuseRegion(t, 1048576)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Resize(0x100000010)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// vector.resize (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_vector_resize_vector_absurd_value_capacity_10000000000_limited(t *testing.T) {
	var err error
	region := misuseRegion(t, 1048576)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Resize(0x10000000000)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// vector.resize (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_vector_resize_vector_absurd_value_capacity_1000000000000_limited(t *testing.T) {
	var err error
	region := misuseRegion(t, 1048576)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Resize(0x1000000000000)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// vector.resize (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_vector_resize_vector_absurd_value_capacity_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Resize(0x10000000000)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// vector.resize (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_vector_resize_vector_absurd_value_capacity_1000000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Resize(0x1000000000000)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// vector.element_type (stale): the object was closed before the call;
// expects StaleHandleError, stale_rejected +1.
func TestMisuse_vector_element_type_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.ElementType()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.element_type (reused): the object was closed and its slot now holds
// a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_vector_element_type_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.ElementType()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// vector.element_type (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_vector_element_type_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VectorFromHandle(0x7fffffff00000001)
	stats := snapshot(t)
	_, err = recv.ElementType()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// vector.element_type (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_vector_element_type_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.ElementType()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// vector.element_type (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_vector_element_type_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.ElementType()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.element_type (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_vector_element_type_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Vector)(nil).ElementType()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// vector.null_count (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_vector_null_count_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.NullCount()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.null_count (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_vector_null_count_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.NullCount()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// vector.null_count (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_vector_null_count_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VectorFromHandle(0x7fffffff00000001)
	stats := snapshot(t)
	_, err = recv.NullCount()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// vector.null_count (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_vector_null_count_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.NullCount()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// vector.null_count (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_vector_null_count_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.NullCount()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.null_count (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_vector_null_count_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Vector)(nil).NullCount()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// vector.append (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_vector_append_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	err = recv.Append(0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.append (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_vector_append_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	err = recv.Append(0)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// vector.append (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_vector_append_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VectorFromHandle(0x7fffffff00000001)
	stats := snapshot(t)
	err = recv.Append(0)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// vector.append (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_vector_append_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VectorFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Append(0)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// vector.append (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_vector_append_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.Append(0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.append (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_vector_append_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.Vector)(nil).Append(0)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// vector.append (while_borrowed): the call needs the object (or its region)
// free of the view that is live; expects BorrowError, borrow_conflicts +1.
func TestMisuse_vector_append_vector_while_borrowed_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	err = recv.Append(0)
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// vector.extend (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_vector_extend_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	err = recv.Extend([]byte("hello"))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.extend (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_vector_extend_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	err = recv.Extend([]byte("hello"))
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// vector.extend (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_vector_extend_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VectorFromHandle(0x7fffffff00000001)
	stats := snapshot(t)
	err = recv.Extend([]byte("hello"))
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// vector.extend (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_vector_extend_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VectorFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Extend([]byte("hello"))
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// vector.extend (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_vector_extend_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.Extend([]byte("hello"))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.extend (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_vector_extend_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.Vector)(nil).Extend([]byte("hello"))
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// vector.extend (while_borrowed): the call needs the object (or its region)
// free of the view that is live; expects BorrowError, borrow_conflicts +1.
func TestMisuse_vector_extend_vector_while_borrowed_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	err = recv.Extend([]byte("hello"))
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// vector.append_null (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_vector_append_null_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	err = recv.AppendNull()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.append_null (reused): the object was closed and its slot now holds
// a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_vector_append_null_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	err = recv.AppendNull()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// vector.append_null (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_vector_append_null_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VectorFromHandle(0x7fffffff00000001)
	stats := snapshot(t)
	err = recv.AppendNull()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// vector.append_null (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_vector_append_null_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VectorFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.AppendNull()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// vector.append_null (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_vector_append_null_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.AppendNull()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.append_null (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_vector_append_null_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.Vector)(nil).AppendNull()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// vector.append_null (while_borrowed): the call needs the object (or its
// region) free of the view that is live; expects BorrowError,
// borrow_conflicts +1.
func TestMisuse_vector_append_null_vector_while_borrowed_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	err = recv.AppendNull()
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// vector.set (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_vector_set_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	err = recv.Set(0, 0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.set (reused): the object was closed and its slot now holds a newer
// object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_vector_set_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	err = recv.Set(0, 0)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// vector.set (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_vector_set_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VectorFromHandle(0x7fffffff00000001)
	stats := snapshot(t)
	err = recv.Set(0, 0)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// vector.set (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_vector_set_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VectorFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Set(0, 0)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// vector.set (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_vector_set_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.Set(0, 0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.set (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_vector_set_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.Vector)(nil).Set(0, 0)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// vector.set (while_borrowed): the call needs the object (or its region)
// free of the view that is live; expects BorrowError, borrow_conflicts +1.
func TestMisuse_vector_set_vector_while_borrowed_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	err = recv.Set(0, 0)
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// vector.set (absurd_value): an integer far out of range (sizes of 2^32 and
// more on every target width); expects OutOfRangeError, no counter moving.
func TestMisuse_vector_set_vector_absurd_value_index_100000010(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Set(0x100000010, 0)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// vector.set (absurd_value): an integer far out of range (sizes of 2^32 and
// more on every target width); expects OutOfRangeError, no counter moving.
func TestMisuse_vector_set_vector_absurd_value_index_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Set(0x10000000000, 0)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// vector.set (absurd_value): an integer far out of range (sizes of 2^32 and
// more on every target width); expects OutOfRangeError, no counter moving.
func TestMisuse_vector_set_vector_absurd_value_index_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Set(0xffffffffffffffff, 0)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// vector.get (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_vector_get_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.Get(0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.get (reused): the object was closed and its slot now holds a newer
// object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_vector_get_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.Get(0)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// vector.get (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_vector_get_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VectorFromHandle(0x7fffffff00000001)
	stats := snapshot(t)
	_, err = recv.Get(0)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// vector.get (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_vector_get_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.Get(0)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// vector.get (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_vector_get_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.Get(0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.get (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_vector_get_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Vector)(nil).Get(0)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// vector.get (while_borrowed): the call needs the object (or its region)
// free of the view that is live; expects BorrowError, borrow_conflicts +1.
func TestMisuse_vector_get_vector_while_borrowed_unique(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View(wh.Unique)
	must(t, err, "view held")
	stats := snapshot(t)
	_, err = recv.Get(0)
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// vector.get (absurd_value): an integer far out of range (sizes of 2^32 and
// more on every target width); expects OutOfRangeError, no counter moving.
func TestMisuse_vector_get_vector_absurd_value_index_100000010(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	_, err = recv.Get(0x100000010)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// vector.get (absurd_value): an integer far out of range (sizes of 2^32 and
// more on every target width); expects OutOfRangeError, no counter moving.
func TestMisuse_vector_get_vector_absurd_value_index_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	_, err = recv.Get(0x10000000000)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// vector.get (absurd_value): an integer far out of range (sizes of 2^32 and
// more on every target width); expects OutOfRangeError, no counter moving.
func TestMisuse_vector_get_vector_absurd_value_index_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	_, err = recv.Get(0xffffffffffffffff)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// vector.append_f64 (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_vector_append_f64_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	err = recv.AppendF64(1.5)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.append_f64 (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_vector_append_f64_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	err = recv.AppendF64(1.5)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// vector.append_f64 (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_vector_append_f64_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VectorFromHandle(0x7fffffff00000001)
	stats := snapshot(t)
	err = recv.AppendF64(1.5)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// vector.append_f64 (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_vector_append_f64_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VectorFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.AppendF64(1.5)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// vector.append_f64 (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_vector_append_f64_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.AppendF64(1.5)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.append_f64 (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_vector_append_f64_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.Vector)(nil).AppendF64(1.5)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// vector.append_f64 (while_borrowed): the call needs the object (or its
// region) free of the view that is live; expects BorrowError,
// borrow_conflicts +1.
func TestMisuse_vector_append_f64_vector_while_borrowed_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	err = recv.AppendF64(1.5)
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// vector.set_f64 (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_vector_set_f64_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	err = recv.SetF64(0, 1.5)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.set_f64 (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_vector_set_f64_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	err = recv.SetF64(0, 1.5)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// vector.set_f64 (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_vector_set_f64_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VectorFromHandle(0x7fffffff00000001)
	stats := snapshot(t)
	err = recv.SetF64(0, 1.5)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// vector.set_f64 (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_vector_set_f64_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VectorFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.SetF64(0, 1.5)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// vector.set_f64 (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_vector_set_f64_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.SetF64(0, 1.5)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.set_f64 (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_vector_set_f64_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.Vector)(nil).SetF64(0, 1.5)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// vector.set_f64 (while_borrowed): the call needs the object (or its region)
// free of the view that is live; expects BorrowError, borrow_conflicts +1.
func TestMisuse_vector_set_f64_vector_while_borrowed_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	err = recv.SetF64(0, 1.5)
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// vector.set_f64 (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_vector_set_f64_vector_absurd_value_index_100000010(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.SetF64(0x100000010, 1.5)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// vector.set_f64 (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_vector_set_f64_vector_absurd_value_index_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.SetF64(0x10000000000, 1.5)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// vector.set_f64 (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_vector_set_f64_vector_absurd_value_index_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.SetF64(0xffffffffffffffff, 1.5)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// vector.get_f64 (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_vector_get_f64_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.GetF64(0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.get_f64 (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_vector_get_f64_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.GetF64(0)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// vector.get_f64 (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_vector_get_f64_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VectorFromHandle(0x7fffffff00000001)
	stats := snapshot(t)
	_, err = recv.GetF64(0)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// vector.get_f64 (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_vector_get_f64_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.GetF64(0)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// vector.get_f64 (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_vector_get_f64_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.GetF64(0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.get_f64 (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_vector_get_f64_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Vector)(nil).GetF64(0)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// vector.get_f64 (while_borrowed): the call needs the object (or its region)
// free of the view that is live; expects BorrowError, borrow_conflicts +1.
func TestMisuse_vector_get_f64_vector_while_borrowed_unique(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View(wh.Unique)
	must(t, err, "view held")
	stats := snapshot(t)
	_, err = recv.GetF64(0)
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// vector.get_f64 (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_vector_get_f64_vector_absurd_value_index_100000010(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	_, err = recv.GetF64(0x100000010)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// vector.get_f64 (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_vector_get_f64_vector_absurd_value_index_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	_, err = recv.GetF64(0x10000000000)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// vector.get_f64 (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_vector_get_f64_vector_absurd_value_index_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	_, err = recv.GetF64(0xffffffffffffffff)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// vector.is_valid (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_vector_is_valid_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.IsValid(0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.is_valid (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_vector_is_valid_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.IsValid(0)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// vector.is_valid (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_vector_is_valid_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VectorFromHandle(0x7fffffff00000001)
	stats := snapshot(t)
	_, err = recv.IsValid(0)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// vector.is_valid (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_vector_is_valid_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.IsValid(0)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// vector.is_valid (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_vector_is_valid_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.IsValid(0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.is_valid (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_vector_is_valid_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Vector)(nil).IsValid(0)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_vector_is_valid_vector_absurd_value_index_100000010(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	_, err = recv.IsValid(0x100000010)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_vector_is_valid_vector_absurd_value_index_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	_, err = recv.IsValid(0x10000000000)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_vector_is_valid_vector_absurd_value_index_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	_, err = recv.IsValid(0xffffffffffffffff)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// vector.read (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_vector_read_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	err = recv.Read(0, make([]byte, 4))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.read (reused): the object was closed and its slot now holds a newer
// object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_vector_read_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	err = recv.Read(0, make([]byte, 4))
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// vector.read (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_vector_read_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VectorFromHandle(0x7fffffff00000001)
	stats := snapshot(t)
	err = recv.Read(0, make([]byte, 4))
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// vector.read (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_vector_read_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VectorFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Read(0, make([]byte, 4))
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// vector.read (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_vector_read_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.Read(0, make([]byte, 4))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// vector.read (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_vector_read_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.Vector)(nil).Read(0, make([]byte, 4))
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// vector.read (while_borrowed): the call needs the object (or its region)
// free of the view that is live; expects BorrowError, borrow_conflicts +1.
func TestMisuse_vector_read_vector_while_borrowed_unique(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View(wh.Unique)
	must(t, err, "view held")
	stats := snapshot(t)
	err = recv.Read(0, make([]byte, 4))
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// vector.read (absurd_value): an integer far out of range (sizes of 2^32 and
// more on every target width); expects OutOfRangeError, no counter moving.
func TestMisuse_vector_read_vector_absurd_value_offset_100000010(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Read(0x100000010, make([]byte, 4))
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// vector.read (absurd_value): an integer far out of range (sizes of 2^32 and
// more on every target width); expects OutOfRangeError, no counter moving.
func TestMisuse_vector_read_vector_absurd_value_offset_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Read(0x10000000000, make([]byte, 4))
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// vector.read (absurd_value): an integer far out of range (sizes of 2^32 and
// more on every target width); expects OutOfRangeError, no counter moving.
func TestMisuse_vector_read_vector_absurd_value_offset_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Read(0xffffffffffffffff, make([]byte, 4))
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.create (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_create_region_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = region.NewVarVector(16, 16, false, false)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.create (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_var_vector_create_region_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	must(t, region.Close(), "close the region")
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = region.NewVarVector(16, 16, false, false)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.create (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_var_vector_create_region_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.RegionFromHandle(0x1fffffff00000001)
	stats := snapshot(t)
	_, err = recv.NewVarVector(16, 16, false, false)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.create (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_var_vector_create_region_wrong_kind_buffer(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	other, err := region.NewBuffer(16, 16)
	must(t, err, "make other")
	must(t, other.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the other")
	recv := wh.RegionFromHandle(other.Handle())
	before := remember(t, other)
	stats := snapshot(t)
	_, err = recv.NewVarVector(16, 16, false, false)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, other)
}

// var_vector.create (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_var_vector_create_region_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Region)(nil).NewVarVector(16, 16, false, false)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "region")
}

// var_vector.create (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects InvalidArgumentError, no
// counter moving.
func TestMisuse_var_vector_create_region_absurd_value_capacity_1000000000001(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewVarVector(0x1000000000001, 16, false, false)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
}

// var_vector.create (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects InvalidArgumentError, no
// counter moving.
func TestMisuse_var_vector_create_region_absurd_value_capacity_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewVarVector(0xffffffffffffffff, 16, false, false)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
}

// var_vector.create (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_var_vector_create_region_absurd_value_capacity_100000010_limited(t *testing.T) {
	var err error
	region := misuseRegion(t, 1048576)
	stats := snapshot(t)
	_, err = region.NewVarVector(0x100000010, 16, false, false)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
}

// var_vector.create (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_var_vector_create_region_absurd_value_capacity_10000000000_limited(t *testing.T) {
	var err error
	region := misuseRegion(t, 1048576)
	stats := snapshot(t)
	_, err = region.NewVarVector(0x10000000000, 16, false, false)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
}

// var_vector.create (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_var_vector_create_region_absurd_value_capacity_1000000000000_limited(t *testing.T) {
	var err error
	region := misuseRegion(t, 1048576)
	stats := snapshot(t)
	_, err = region.NewVarVector(0x1000000000000, 16, false, false)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
}

// var_vector.create (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_var_vector_create_region_absurd_value_capacity_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewVarVector(0x10000000000, 16, false, false)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
}

// var_vector.create (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_var_vector_create_region_absurd_value_capacity_1000000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewVarVector(0x1000000000000, 16, false, false)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
}

// var_vector.create (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects InvalidArgumentError, no
// counter moving.
func TestMisuse_var_vector_create_region_absurd_value_data_capacity_80000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewVarVector(16, 2147483648, false, false)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
}

// var_vector.create (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects InvalidArgumentError, no
// counter moving.
func TestMisuse_var_vector_create_region_absurd_value_data_capacity_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewVarVector(16, 0xffffffffffffffff, false, false)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
}

// var_vector.release (reused): the object was closed and its slot now holds
// a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_var_vector_release_var_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make newer")
	again := wh.VarVectorFromHandle(recv.Handle())
	before := remember(t, newer)
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// var_vector.release (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_var_vector_release_var_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VarVectorFromHandle(0xafffffff00000001)
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.release (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_var_vector_release_var_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VarVectorFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// var_vector.release (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_release_var_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.release (double_release): a second wrapper of an already
// released handle is closed; expects StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_release_var_vector_double_release(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	again := wh.VarVectorFromHandle(recv.Handle())
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.release (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_var_vector_release_var_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.VarVector)(nil).Close()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// var_vector.release (while_borrowed): the call needs the object (or its
// region) free of the view that is live; expects BorrowError,
// borrow_conflicts +1.
func TestMisuse_var_vector_release_var_vector_while_borrowed_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// var_vector.length (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_length_var_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.length (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_var_vector_length_var_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// var_vector.length (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_var_vector_length_var_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VarVectorFromHandle(0xafffffff00000001)
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.length (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_var_vector_length_var_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VarVectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// var_vector.length (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_length_var_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.length (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_var_vector_length_var_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.VarVector)(nil).Length()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// var_vector.capacity (stale): the object was closed before the call;
// expects StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_capacity_var_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.Capacity()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.capacity (reused): the object was closed and its slot now holds
// a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_var_vector_capacity_var_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.Capacity()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// var_vector.capacity (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_var_vector_capacity_var_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VarVectorFromHandle(0xafffffff00000001)
	stats := snapshot(t)
	_, err = recv.Capacity()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.capacity (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_var_vector_capacity_var_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VarVectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.Capacity()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// var_vector.capacity (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_capacity_var_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.Capacity()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.capacity (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_var_vector_capacity_var_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.VarVector)(nil).Capacity()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// var_vector.data_length (stale): the object was closed before the call;
// expects StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_data_length_var_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.DataLength()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.data_length (reused): the object was closed and its slot now
// holds a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_var_vector_data_length_var_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.DataLength()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// var_vector.data_length (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_var_vector_data_length_var_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VarVectorFromHandle(0xafffffff00000001)
	stats := snapshot(t)
	_, err = recv.DataLength()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.data_length (wrong_kind): a live object of another class,
// adopted under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_var_vector_data_length_var_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VarVectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.DataLength()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// var_vector.data_length (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_data_length_var_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.DataLength()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.data_length (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_var_vector_data_length_var_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.VarVector)(nil).DataLength()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// var_vector.data_capacity (stale): the object was closed before the call;
// expects StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_data_capacity_var_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.DataCapacity()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.data_capacity (reused): the object was closed and its slot now
// holds a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_var_vector_data_capacity_var_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.DataCapacity()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// var_vector.data_capacity (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_var_vector_data_capacity_var_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VarVectorFromHandle(0xafffffff00000001)
	stats := snapshot(t)
	_, err = recv.DataCapacity()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.data_capacity (wrong_kind): a live object of another class,
// adopted under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_var_vector_data_capacity_var_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VarVectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.DataCapacity()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// var_vector.data_capacity (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_data_capacity_var_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.DataCapacity()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.data_capacity (null): null (None, nil) where a value is
// required; expects InvalidArgumentError, no counter moving.
func TestMisuse_var_vector_data_capacity_var_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.VarVector)(nil).DataCapacity()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// var_vector.resize (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_resize_var_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	err = recv.Resize(16, 16)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.resize (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_var_vector_resize_var_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	err = recv.Resize(16, 16)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// var_vector.resize (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_var_vector_resize_var_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VarVectorFromHandle(0xafffffff00000001)
	stats := snapshot(t)
	err = recv.Resize(16, 16)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.resize (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_var_vector_resize_var_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VarVectorFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Resize(16, 16)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// var_vector.resize (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_resize_var_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.Resize(16, 16)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.resize (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_var_vector_resize_var_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.VarVector)(nil).Resize(16, 16)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// var_vector.resize (while_borrowed): the call needs the object (or its
// region) free of the view that is live; expects BorrowError,
// borrow_conflicts +1.
func TestMisuse_var_vector_resize_var_vector_while_borrowed_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	err = recv.Resize(16, 16)
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// var_vector.resize (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects InvalidArgumentError, no
// counter moving.
func TestMisuse_var_vector_resize_var_vector_absurd_value_capacity_1000000000001(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Resize(0x1000000000001, 16)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.resize (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects InvalidArgumentError, no
// counter moving.
func TestMisuse_var_vector_resize_var_vector_absurd_value_capacity_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Resize(0xffffffffffffffff, 16)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.resize (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_var_vector_resize_var_vector_absurd_value_capacity_100000010_limited(t *testing.T) {
	var err error
	region := misuseRegion(t, 1048576)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Resize(0x100000010, 16)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.resize (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_var_vector_resize_var_vector_absurd_value_capacity_10000000000_limited(t *testing.T) {
	var err error
	region := misuseRegion(t, 1048576)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Resize(0x10000000000, 16)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.resize (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_var_vector_resize_var_vector_absurd_value_capacity_1000000000000_limited(t *testing.T) {
	var err error
	region := misuseRegion(t, 1048576)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Resize(0x1000000000000, 16)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.resize (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_var_vector_resize_var_vector_absurd_value_capacity_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Resize(0x10000000000, 16)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.resize (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_var_vector_resize_var_vector_absurd_value_capacity_1000000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Resize(0x1000000000000, 16)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.resize (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects InvalidArgumentError, no
// counter moving.
func TestMisuse_var_vector_resize_var_vector_absurd_value_data_capacity_80000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Resize(16, 2147483648)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.resize (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects InvalidArgumentError, no
// counter moving.
func TestMisuse_var_vector_resize_var_vector_absurd_value_data_capacity_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Resize(16, 0xffffffffffffffff)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.null_count (stale): the object was closed before the call;
// expects StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_null_count_var_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.NullCount()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.null_count (reused): the object was closed and its slot now
// holds a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_var_vector_null_count_var_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.NullCount()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// var_vector.null_count (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_var_vector_null_count_var_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VarVectorFromHandle(0xafffffff00000001)
	stats := snapshot(t)
	_, err = recv.NullCount()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.null_count (wrong_kind): a live object of another class,
// adopted under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_var_vector_null_count_var_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VarVectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.NullCount()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// var_vector.null_count (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_null_count_var_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.NullCount()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.null_count (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_var_vector_null_count_var_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.VarVector)(nil).NullCount()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// var_vector.is_utf8 (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_is_utf8_var_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.IsUTF8()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.is_utf8 (reused): the object was closed and its slot now holds
// a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_var_vector_is_utf8_var_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.IsUTF8()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// var_vector.is_utf8 (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_var_vector_is_utf8_var_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VarVectorFromHandle(0xafffffff00000001)
	stats := snapshot(t)
	_, err = recv.IsUTF8()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.is_utf8 (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_var_vector_is_utf8_var_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VarVectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.IsUTF8()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// var_vector.is_utf8 (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_is_utf8_var_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.IsUTF8()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.is_utf8 (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_var_vector_is_utf8_var_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.VarVector)(nil).IsUTF8()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// var_vector.append (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_append_var_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	err = recv.Append([]byte("hello"))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.append (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_var_vector_append_var_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	err = recv.Append([]byte("hello"))
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// var_vector.append (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_var_vector_append_var_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VarVectorFromHandle(0xafffffff00000001)
	stats := snapshot(t)
	err = recv.Append([]byte("hello"))
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.append (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_var_vector_append_var_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VarVectorFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Append([]byte("hello"))
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// var_vector.append (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_append_var_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.Append([]byte("hello"))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.append (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_var_vector_append_var_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.VarVector)(nil).Append([]byte("hello"))
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// var_vector.append (while_borrowed): the call needs the object (or its
// region) free of the view that is live; expects BorrowError,
// borrow_conflicts +1.
func TestMisuse_var_vector_append_var_vector_while_borrowed_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	err = recv.Append([]byte("hello"))
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// var_vector.append (invalid_utf8): text that is not UTF-8; expects
// InvalidUTF8Error, no counter moving.
func TestMisuse_var_vector_append_var_vector_invalid_utf8_value(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Append([]byte("\xc3(\xff"))
	expectMisuse[*wh.InvalidUTF8Error](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.append_null (stale): the object was closed before the call;
// expects StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_append_null_var_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	err = recv.AppendNull()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.append_null (reused): the object was closed and its slot now
// holds a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_var_vector_append_null_var_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	err = recv.AppendNull()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// var_vector.append_null (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_var_vector_append_null_var_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VarVectorFromHandle(0xafffffff00000001)
	stats := snapshot(t)
	err = recv.AppendNull()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.append_null (wrong_kind): a live object of another class,
// adopted under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_var_vector_append_null_var_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VarVectorFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.AppendNull()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// var_vector.append_null (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_append_null_var_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.AppendNull()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.append_null (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_var_vector_append_null_var_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.VarVector)(nil).AppendNull()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// var_vector.append_null (while_borrowed): the call needs the object (or its
// region) free of the view that is live; expects BorrowError,
// borrow_conflicts +1.
func TestMisuse_var_vector_append_null_var_vector_while_borrowed_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	err = recv.AppendNull()
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// var_vector.get (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_get_var_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.Get(0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.get (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_var_vector_get_var_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.Get(0)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// var_vector.get (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_var_vector_get_var_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VarVectorFromHandle(0xafffffff00000001)
	stats := snapshot(t)
	_, err = recv.Get(0)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.get (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_var_vector_get_var_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VarVectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.Get(0)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// var_vector.get (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_get_var_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.Get(0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.get (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_var_vector_get_var_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.VarVector)(nil).Get(0)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// var_vector.get (while_borrowed): the call needs the object (or its region)
// free of the view that is live; expects BorrowError, borrow_conflicts +1.
func TestMisuse_var_vector_get_var_vector_while_borrowed_unique(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View(wh.Unique)
	must(t, err, "view held")
	stats := snapshot(t)
	_, err = recv.Get(0)
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// var_vector.get (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_var_vector_get_var_vector_absurd_value_index_100000010(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	_, err = recv.Get(0x100000010)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.get (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_var_vector_get_var_vector_absurd_value_index_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	_, err = recv.Get(0x10000000000)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.get (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_var_vector_get_var_vector_absurd_value_index_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	_, err = recv.Get(0xffffffffffffffff)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.value_offset (stale): the object was closed before the call;
// expects StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_value_offset_var_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.ValueOffset(0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.value_offset (reused): the object was closed and its slot now
// holds a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_var_vector_value_offset_var_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.ValueOffset(0)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// var_vector.value_offset (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_var_vector_value_offset_var_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VarVectorFromHandle(0xafffffff00000001)
	stats := snapshot(t)
	_, err = recv.ValueOffset(0)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.value_offset (wrong_kind): a live object of another class,
// adopted under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_var_vector_value_offset_var_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VarVectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.ValueOffset(0)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// var_vector.value_offset (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_value_offset_var_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.ValueOffset(0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.value_offset (null): null (None, nil) where a value is
// required; expects InvalidArgumentError, no counter moving.
func TestMisuse_var_vector_value_offset_var_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.VarVector)(nil).ValueOffset(0)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// var_vector.value_offset (absurd_value): an integer far out of range (sizes
// of 2^32 and more on every target width); expects OutOfRangeError, no
// counter moving.
func TestMisuse_var_vector_value_offset_var_vector_absurd_value_index_100000010(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	_, err = recv.ValueOffset(0x100000010)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.value_offset (absurd_value): an integer far out of range (sizes
// of 2^32 and more on every target width); expects OutOfRangeError, no
// counter moving.
func TestMisuse_var_vector_value_offset_var_vector_absurd_value_index_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	_, err = recv.ValueOffset(0x10000000000)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.value_offset (absurd_value): an integer far out of range (sizes
// of 2^32 and more on every target width); expects OutOfRangeError, no
// counter moving.
func TestMisuse_var_vector_value_offset_var_vector_absurd_value_index_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	_, err = recv.ValueOffset(0xffffffffffffffff)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.value_length (stale): the object was closed before the call;
// expects StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_value_length_var_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.ValueLength(0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.value_length (reused): the object was closed and its slot now
// holds a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_var_vector_value_length_var_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.ValueLength(0)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// var_vector.value_length (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_var_vector_value_length_var_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VarVectorFromHandle(0xafffffff00000001)
	stats := snapshot(t)
	_, err = recv.ValueLength(0)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.value_length (wrong_kind): a live object of another class,
// adopted under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_var_vector_value_length_var_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VarVectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.ValueLength(0)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// var_vector.value_length (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_value_length_var_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.ValueLength(0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.value_length (null): null (None, nil) where a value is
// required; expects InvalidArgumentError, no counter moving.
func TestMisuse_var_vector_value_length_var_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.VarVector)(nil).ValueLength(0)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// var_vector.value_length (absurd_value): an integer far out of range (sizes
// of 2^32 and more on every target width); expects OutOfRangeError, no
// counter moving.
func TestMisuse_var_vector_value_length_var_vector_absurd_value_index_100000010(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	_, err = recv.ValueLength(0x100000010)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.value_length (absurd_value): an integer far out of range (sizes
// of 2^32 and more on every target width); expects OutOfRangeError, no
// counter moving.
func TestMisuse_var_vector_value_length_var_vector_absurd_value_index_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	_, err = recv.ValueLength(0x10000000000)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.value_length (absurd_value): an integer far out of range (sizes
// of 2^32 and more on every target width); expects OutOfRangeError, no
// counter moving.
func TestMisuse_var_vector_value_length_var_vector_absurd_value_index_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	_, err = recv.ValueLength(0xffffffffffffffff)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.is_valid (stale): the object was closed before the call;
// expects StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_is_valid_var_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.IsValid(0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.is_valid (reused): the object was closed and its slot now holds
// a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_var_vector_is_valid_var_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.IsValid(0)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// var_vector.is_valid (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_var_vector_is_valid_var_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VarVectorFromHandle(0xafffffff00000001)
	stats := snapshot(t)
	_, err = recv.IsValid(0)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.is_valid (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_var_vector_is_valid_var_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VarVectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.IsValid(0)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// var_vector.is_valid (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_is_valid_var_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.IsValid(0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.is_valid (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_var_vector_is_valid_var_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.VarVector)(nil).IsValid(0)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// var_vector.is_valid (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_var_vector_is_valid_var_vector_absurd_value_index_100000010(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	_, err = recv.IsValid(0x100000010)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.is_valid (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_var_vector_is_valid_var_vector_absurd_value_index_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	_, err = recv.IsValid(0x10000000000)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.is_valid (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_var_vector_is_valid_var_vector_absurd_value_index_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	_, err = recv.IsValid(0xffffffffffffffff)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.read (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_read_var_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	err = recv.Read(0, make([]byte, 4))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.read (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_var_vector_read_var_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	err = recv.Read(0, make([]byte, 4))
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// var_vector.read (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_var_vector_read_var_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VarVectorFromHandle(0xafffffff00000001)
	stats := snapshot(t)
	err = recv.Read(0, make([]byte, 4))
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.read (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_var_vector_read_var_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VarVectorFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Read(0, make([]byte, 4))
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// var_vector.read (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_var_vector_read_var_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.Read(0, make([]byte, 4))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// var_vector.read (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_var_vector_read_var_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.VarVector)(nil).Read(0, make([]byte, 4))
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "vector")
}

// var_vector.read (while_borrowed): the call needs the object (or its
// region) free of the view that is live; expects BorrowError,
// borrow_conflicts +1.
func TestMisuse_var_vector_read_var_vector_while_borrowed_unique(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View(wh.Unique)
	must(t, err, "view held")
	stats := snapshot(t)
	err = recv.Read(0, make([]byte, 4))
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// var_vector.read (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_var_vector_read_var_vector_absurd_value_offset_100000010(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Read(0x100000010, make([]byte, 4))
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.read (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_var_vector_read_var_vector_absurd_value_offset_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Read(0x10000000000, make([]byte, 4))
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// var_vector.read (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_var_vector_read_var_vector_absurd_value_offset_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	stats := snapshot(t)
	err = recv.Read(0xffffffffffffffff, make([]byte, 4))
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	unchanged(t, before, recv)
}

// batch.create (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_batch_create_region_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = region.NewBatch(16)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// batch.create (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_batch_create_region_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	must(t, region.Close(), "close the region")
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = region.NewBatch(16)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
}

// batch.create (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_batch_create_region_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.RegionFromHandle(0x1fffffff00000001)
	stats := snapshot(t)
	_, err = recv.NewBatch(16)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// batch.create (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_batch_create_region_wrong_kind_buffer(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	other, err := region.NewBuffer(16, 16)
	must(t, err, "make other")
	must(t, other.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the other")
	recv := wh.RegionFromHandle(other.Handle())
	before := remember(t, other)
	stats := snapshot(t)
	_, err = recv.NewBatch(16)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, other)
}

// batch.create (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_batch_create_region_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Region)(nil).NewBatch(16)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "region")
}

// batch.create (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects InvalidArgumentError, no counter
// moving.
func TestMisuse_batch_create_region_absurd_value_max_columns_1001(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewBatch(4097)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
}

// batch.create (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects InvalidArgumentError, no counter
// moving.
func TestMisuse_batch_create_region_absurd_value_max_columns_ffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewBatch(4294967295)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
}

// batch.release (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_batch_release_batch_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewBatch(16)
	must(t, err, "make newer")
	_ = newer // nothing refers to it: it only holds the slot
	again := wh.BatchFromHandle(recv.Handle())
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
}

// batch.release (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_batch_release_batch_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.BatchFromHandle(0x8fffffff00000001)
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// batch.release (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_batch_release_batch_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.BatchFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// batch.release (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_batch_release_batch_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// batch.release (double_release): a second wrapper of an already released
// handle is closed; expects StaleHandleError, stale_rejected +1.
func TestMisuse_batch_release_batch_double_release(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	again := wh.BatchFromHandle(recv.Handle())
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// batch.release (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_batch_release_batch_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.Batch)(nil).Close()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "batch")
}

// batch.add_column (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_batch_add_column_batch_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	arg_column, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make arg_column")
	must(t, recv.Close(), "close the recv")
	before := remember(t, arg_column)
	stats := snapshot(t)
	err = recv.AddColumn([]byte("hello"), arg_column)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, arg_column)
}

// batch.add_column (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_batch_add_column_batch_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	arg_column, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make arg_column")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewBatch(16)
	must(t, err, "make newer")
	_ = newer // nothing refers to it: it only holds the slot
	before := remember(t, arg_column)
	stats := snapshot(t)
	err = recv.AddColumn([]byte("hello"), arg_column)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, arg_column)
}

// batch.add_column (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_batch_add_column_batch_forged(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	arg_column, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make arg_column")
	recv := wh.BatchFromHandle(0x8fffffff00000001)
	before := remember(t, arg_column)
	stats := snapshot(t)
	err = recv.AddColumn([]byte("hello"), arg_column)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, arg_column)
}

// batch.add_column (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_batch_add_column_batch_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	arg_column, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make arg_column")
	recv := wh.BatchFromHandle(region.Handle())
	before := remember(t, arg_column)
	stats := snapshot(t)
	err = recv.AddColumn([]byte("hello"), arg_column)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, arg_column)
}

// batch.add_column (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_batch_add_column_batch_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	arg_column, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make arg_column")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.AddColumn([]byte("hello"), arg_column)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// batch.add_column (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_batch_add_column_batch_null(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	arg_column, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make arg_column")
	before := remember(t, arg_column)
	stats := snapshot(t)
	err = (*wh.Batch)(nil).AddColumn([]byte("hello"), arg_column)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "batch")
	unchanged(t, before, arg_column)
}

// batch.add_column (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_batch_add_column_vector_stale_column(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	arg_column, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make arg_column")
	must(t, arg_column.Close(), "close the arg_column")
	stats := snapshot(t)
	err = recv.AddColumn([]byte("hello"), arg_column)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// batch.add_column (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_batch_add_column_vector_forged_column(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	arg_column := wh.VectorFromHandle(0x7fffffff00000001)
	stats := snapshot(t)
	err = recv.AddColumn([]byte("hello"), arg_column)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// batch.add_column (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_batch_add_column_vector_reused_column(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	arg_column, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make arg_column")
	must(t, arg_column.Close(), "close the arg_column")
	newer, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	err = recv.AddColumn([]byte("hello"), arg_column)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// batch.add_column (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_batch_add_column_vector_null_column(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	stats := snapshot(t)
	err = recv.AddColumn([]byte("hello"), nil)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "column")
}

// batch.num_columns (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_batch_num_columns_batch_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.NumColumns()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// batch.num_columns (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_batch_num_columns_batch_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewBatch(16)
	must(t, err, "make newer")
	_ = newer // nothing refers to it: it only holds the slot
	stats := snapshot(t)
	_, err = recv.NumColumns()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
}

// batch.num_columns (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_batch_num_columns_batch_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.BatchFromHandle(0x8fffffff00000001)
	stats := snapshot(t)
	_, err = recv.NumColumns()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// batch.num_columns (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_batch_num_columns_batch_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.BatchFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.NumColumns()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// batch.num_columns (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_batch_num_columns_batch_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.NumColumns()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// batch.num_columns (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_batch_num_columns_batch_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Batch)(nil).NumColumns()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "batch")
}

// batch.num_rows (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_batch_num_rows_batch_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.NumRows()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// batch.num_rows (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_batch_num_rows_batch_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewBatch(16)
	must(t, err, "make newer")
	_ = newer // nothing refers to it: it only holds the slot
	stats := snapshot(t)
	_, err = recv.NumRows()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
}

// batch.num_rows (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_batch_num_rows_batch_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.BatchFromHandle(0x8fffffff00000001)
	stats := snapshot(t)
	_, err = recv.NumRows()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// batch.num_rows (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_batch_num_rows_batch_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.BatchFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.NumRows()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// batch.num_rows (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_batch_num_rows_batch_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.NumRows()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// batch.num_rows (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_batch_num_rows_batch_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Batch)(nil).NumRows()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "batch")
}

// batch.column_name (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_batch_column_name_batch_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.ColumnName(0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// batch.column_name (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_batch_column_name_batch_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewBatch(16)
	must(t, err, "make newer")
	_ = newer // nothing refers to it: it only holds the slot
	stats := snapshot(t)
	_, err = recv.ColumnName(0)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
}

// batch.column_name (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_batch_column_name_batch_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.BatchFromHandle(0x8fffffff00000001)
	stats := snapshot(t)
	_, err = recv.ColumnName(0)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// batch.column_name (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_batch_column_name_batch_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.BatchFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.ColumnName(0)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// batch.column_name (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_batch_column_name_batch_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.ColumnName(0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// batch.column_name (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_batch_column_name_batch_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Batch)(nil).ColumnName(0)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "batch")
}

// batch.column_name (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_batch_column_name_batch_absurd_value_index_100000010(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	stats := snapshot(t)
	_, err = recv.ColumnName(0x100000010)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
}

// batch.column_name (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_batch_column_name_batch_absurd_value_index_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	stats := snapshot(t)
	_, err = recv.ColumnName(0x10000000000)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
}

// batch.column_name (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_batch_column_name_batch_absurd_value_index_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	stats := snapshot(t)
	_, err = recv.ColumnName(0xffffffffffffffff)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
}

// batch.validate (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_batch_validate_batch_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	err = recv.Validate()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// batch.validate (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_batch_validate_batch_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewBatch(16)
	must(t, err, "make newer")
	_ = newer // nothing refers to it: it only holds the slot
	stats := snapshot(t)
	err = recv.Validate()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
}

// batch.validate (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_batch_validate_batch_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.BatchFromHandle(0x8fffffff00000001)
	stats := snapshot(t)
	err = recv.Validate()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// batch.validate (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_batch_validate_batch_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.BatchFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Validate()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// batch.validate (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_batch_validate_batch_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.Validate()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// batch.validate (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_batch_validate_batch_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.Batch)(nil).Validate()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "batch")
}

// batch.append_row (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_batch_append_row_batch_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	err = recv.AppendRow([]byte("hello"))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// batch.append_row (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_batch_append_row_batch_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewBatch(16)
	must(t, err, "make newer")
	_ = newer // nothing refers to it: it only holds the slot
	stats := snapshot(t)
	err = recv.AppendRow([]byte("hello"))
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
}

// batch.append_row (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_batch_append_row_batch_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.BatchFromHandle(0x8fffffff00000001)
	stats := snapshot(t)
	err = recv.AppendRow([]byte("hello"))
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// batch.append_row (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_batch_append_row_batch_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.BatchFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.AppendRow([]byte("hello"))
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// batch.append_row (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_batch_append_row_batch_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatch(16)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.AppendRow([]byte("hello"))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// batch.append_row (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_batch_append_row_batch_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.Batch)(nil).AppendRow([]byte("hello"))
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "batch")
}

// list_vector.create (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_list_vector_create_region_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	arg_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make arg_child")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = region.NewListVector(arg_child, 16, false, false)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.create (reused): the object was closed and its slot now holds
// a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_list_vector_create_region_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	arg_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make arg_child")
	must(t, region.Close(), "close the region")
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = region.NewListVector(arg_child, 16, false, false)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.create (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_list_vector_create_region_forged(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	arg_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make arg_child")
	recv := wh.RegionFromHandle(0x1fffffff00000001)
	before := remember(t, arg_child)
	stats := snapshot(t)
	_, err = recv.NewListVector(arg_child, 16, false, false)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, arg_child)
}

// list_vector.create (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_list_vector_create_region_wrong_kind_buffer(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	other, err := region.NewBuffer(16, 16)
	must(t, err, "make other")
	must(t, other.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the other")
	arg_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make arg_child")
	recv := wh.RegionFromHandle(other.Handle())
	before := remember(t, other, arg_child)
	stats := snapshot(t)
	_, err = recv.NewListVector(arg_child, 16, false, false)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, other, arg_child)
}

// list_vector.create (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_list_vector_create_region_null(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	arg_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make arg_child")
	before := remember(t, arg_child)
	stats := snapshot(t)
	_, err = (*wh.Region)(nil).NewListVector(arg_child, 16, false, false)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "region")
	unchanged(t, before, arg_child)
}

// list_vector.create (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_list_vector_create_vector_stale_child(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	arg_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make arg_child")
	must(t, arg_child.Close(), "close the arg_child")
	stats := snapshot(t)
	_, err = region.NewListVector(arg_child, 16, false, false)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.create (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_list_vector_create_vector_forged_child(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	arg_child := wh.VectorFromHandle(0x7fffffff00000001)
	stats := snapshot(t)
	_, err = region.NewListVector(arg_child, 16, false, false)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.create (reused): the object was closed and its slot now holds
// a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_list_vector_create_vector_reused_child(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	arg_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make arg_child")
	must(t, arg_child.Close(), "close the arg_child")
	newer, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = region.NewListVector(arg_child, 16, false, false)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// list_vector.create (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_list_vector_create_vector_null_child(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewListVector(nil, 16, false, false)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "child")
}

// list_vector.create (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects InvalidArgumentError, no
// counter moving.
func TestMisuse_list_vector_create_region_absurd_value_capacity_1000000000001(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	arg_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make arg_child")
	before := remember(t, arg_child)
	stats := snapshot(t)
	_, err = region.NewListVector(arg_child, 0x1000000000001, false, false)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
	unchanged(t, before, arg_child)
}

// list_vector.create (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects InvalidArgumentError, no
// counter moving.
func TestMisuse_list_vector_create_region_absurd_value_capacity_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	arg_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make arg_child")
	before := remember(t, arg_child)
	stats := snapshot(t)
	_, err = region.NewListVector(arg_child, 0xffffffffffffffff, false, false)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
	unchanged(t, before, arg_child)
}

// list_vector.create (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_list_vector_create_region_absurd_value_capacity_100000010_limited(t *testing.T) {
	var err error
	region := misuseRegion(t, 1048576)
	arg_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make arg_child")
	before := remember(t, arg_child)
	stats := snapshot(t)
	_, err = region.NewListVector(arg_child, 0x100000010, false, false)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
	unchanged(t, before, arg_child)
}

// list_vector.create (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_list_vector_create_region_absurd_value_capacity_10000000000_limited(t *testing.T) {
	var err error
	region := misuseRegion(t, 1048576)
	arg_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make arg_child")
	before := remember(t, arg_child)
	stats := snapshot(t)
	_, err = region.NewListVector(arg_child, 0x10000000000, false, false)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
	unchanged(t, before, arg_child)
}

// list_vector.create (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_list_vector_create_region_absurd_value_capacity_1000000000000_limited(t *testing.T) {
	var err error
	region := misuseRegion(t, 1048576)
	arg_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make arg_child")
	before := remember(t, arg_child)
	stats := snapshot(t)
	_, err = region.NewListVector(arg_child, 0x1000000000000, false, false)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
	unchanged(t, before, arg_child)
}

// list_vector.create (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_list_vector_create_region_absurd_value_capacity_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	arg_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make arg_child")
	before := remember(t, arg_child)
	stats := snapshot(t)
	_, err = region.NewListVector(arg_child, 0x10000000000, false, false)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
	unchanged(t, before, arg_child)
}

// list_vector.create (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_list_vector_create_region_absurd_value_capacity_1000000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	arg_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make arg_child")
	before := remember(t, arg_child)
	stats := snapshot(t)
	_, err = region.NewListVector(arg_child, 0x1000000000000, false, false)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
	unchanged(t, before, arg_child)
}

// list_vector.release (reused): the object was closed and its slot now holds
// a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_list_vector_release_list_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make newer")
	_ = newer // nothing refers to it: it only holds the slot
	again := wh.ListVectorFromHandle(recv.Handle())
	before := remember(t, recv_child)
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	must(t, newer.Close(), "close the newer")
	unchanged(t, before, recv_child)
}

// list_vector.release (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_list_vector_release_list_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.ListVectorFromHandle(0xbfffffff00000001)
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.release (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_list_vector_release_list_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.ListVectorFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// list_vector.release (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_list_vector_release_list_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	_ = recv_child // nothing refers to it: it only holds the slot
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	must(t, region.Close(), "close the region")
	again := wh.ListVectorFromHandle(recv.Handle())
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.release (double_release): a second wrapper of an already
// released handle is closed; expects StaleHandleError, stale_rejected +1.
func TestMisuse_list_vector_release_list_vector_double_release(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	again := wh.ListVectorFromHandle(recv.Handle())
	before := remember(t, recv_child)
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, recv_child)
}

// list_vector.release (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_list_vector_release_list_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.ListVector)(nil).Close()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "list")
}

// list_vector.length (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_list_vector_length_list_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, recv_child)
}

// list_vector.length (reused): the object was closed and its slot now holds
// a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_list_vector_length_list_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make newer")
	_ = newer // nothing refers to it: it only holds the slot
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	must(t, newer.Close(), "close the newer")
	unchanged(t, before, recv_child)
}

// list_vector.length (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_list_vector_length_list_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.ListVectorFromHandle(0xbfffffff00000001)
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.length (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_list_vector_length_list_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.ListVectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// list_vector.length (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_list_vector_length_list_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	_ = recv_child // nothing refers to it: it only holds the slot
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	must(t, region.Close(), "close the region")
	again := wh.ListVectorFromHandle(recv.Handle())
	stats := snapshot(t)
	_, err = again.Length()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.length (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_list_vector_length_list_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.ListVector)(nil).Length()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "list")
}

// list_vector.capacity (stale): the object was closed before the call;
// expects StaleHandleError, stale_rejected +1.
func TestMisuse_list_vector_capacity_list_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.Capacity()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, recv_child)
}

// list_vector.capacity (reused): the object was closed and its slot now
// holds a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_list_vector_capacity_list_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make newer")
	_ = newer // nothing refers to it: it only holds the slot
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.Capacity()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	must(t, newer.Close(), "close the newer")
	unchanged(t, before, recv_child)
}

// list_vector.capacity (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_list_vector_capacity_list_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.ListVectorFromHandle(0xbfffffff00000001)
	stats := snapshot(t)
	_, err = recv.Capacity()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.capacity (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_list_vector_capacity_list_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.ListVectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.Capacity()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// list_vector.capacity (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_list_vector_capacity_list_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	_ = recv_child // nothing refers to it: it only holds the slot
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	must(t, region.Close(), "close the region")
	again := wh.ListVectorFromHandle(recv.Handle())
	stats := snapshot(t)
	_, err = again.Capacity()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.capacity (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_list_vector_capacity_list_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.ListVector)(nil).Capacity()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "list")
}

// list_vector.null_count (stale): the object was closed before the call;
// expects StaleHandleError, stale_rejected +1.
func TestMisuse_list_vector_null_count_list_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.NullCount()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, recv_child)
}

// list_vector.null_count (reused): the object was closed and its slot now
// holds a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_list_vector_null_count_list_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make newer")
	_ = newer // nothing refers to it: it only holds the slot
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.NullCount()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	must(t, newer.Close(), "close the newer")
	unchanged(t, before, recv_child)
}

// list_vector.null_count (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_list_vector_null_count_list_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.ListVectorFromHandle(0xbfffffff00000001)
	stats := snapshot(t)
	_, err = recv.NullCount()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.null_count (wrong_kind): a live object of another class,
// adopted under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_list_vector_null_count_list_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.ListVectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.NullCount()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// list_vector.null_count (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_list_vector_null_count_list_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	_ = recv_child // nothing refers to it: it only holds the slot
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	must(t, region.Close(), "close the region")
	again := wh.ListVectorFromHandle(recv.Handle())
	stats := snapshot(t)
	_, err = again.NullCount()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.null_count (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_list_vector_null_count_list_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.ListVector)(nil).NullCount()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "list")
}

// list_vector.is_map (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_list_vector_is_map_list_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.IsMap()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, recv_child)
}

// list_vector.is_map (reused): the object was closed and its slot now holds
// a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_list_vector_is_map_list_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make newer")
	_ = newer // nothing refers to it: it only holds the slot
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.IsMap()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	must(t, newer.Close(), "close the newer")
	unchanged(t, before, recv_child)
}

// list_vector.is_map (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_list_vector_is_map_list_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.ListVectorFromHandle(0xbfffffff00000001)
	stats := snapshot(t)
	_, err = recv.IsMap()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.is_map (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_list_vector_is_map_list_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.ListVectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.IsMap()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// list_vector.is_map (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_list_vector_is_map_list_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	_ = recv_child // nothing refers to it: it only holds the slot
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	must(t, region.Close(), "close the region")
	again := wh.ListVectorFromHandle(recv.Handle())
	stats := snapshot(t)
	_, err = again.IsMap()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.is_map (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_list_vector_is_map_list_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.ListVector)(nil).IsMap()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "list")
}

// list_vector.is_valid (stale): the object was closed before the call;
// expects StaleHandleError, stale_rejected +1.
func TestMisuse_list_vector_is_valid_list_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.IsValid(0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, recv_child)
}

// list_vector.is_valid (reused): the object was closed and its slot now
// holds a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_list_vector_is_valid_list_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make newer")
	_ = newer // nothing refers to it: it only holds the slot
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.IsValid(0)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	must(t, newer.Close(), "close the newer")
	unchanged(t, before, recv_child)
}

// list_vector.is_valid (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_list_vector_is_valid_list_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.ListVectorFromHandle(0xbfffffff00000001)
	stats := snapshot(t)
	_, err = recv.IsValid(0)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.is_valid (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_list_vector_is_valid_list_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.ListVectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.IsValid(0)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// list_vector.is_valid (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_list_vector_is_valid_list_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	_ = recv_child // nothing refers to it: it only holds the slot
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	must(t, region.Close(), "close the region")
	again := wh.ListVectorFromHandle(recv.Handle())
	stats := snapshot(t)
	_, err = again.IsValid(0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.is_valid (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_list_vector_is_valid_list_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.ListVector)(nil).IsValid(0)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "list")
}

// list_vector.is_valid (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_list_vector_is_valid_list_vector_absurd_value_index_100000010(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.IsValid(0x100000010)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	must(t, recv.Close(), "close the recv")
	unchanged(t, before, recv_child)
}

// list_vector.is_valid (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_list_vector_is_valid_list_vector_absurd_value_index_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.IsValid(0x10000000000)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	must(t, recv.Close(), "close the recv")
	unchanged(t, before, recv_child)
}

// list_vector.is_valid (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_list_vector_is_valid_list_vector_absurd_value_index_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.IsValid(0xffffffffffffffff)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	must(t, recv.Close(), "close the recv")
	unchanged(t, before, recv_child)
}

// list_vector.value_offset (stale): the object was closed before the call;
// expects StaleHandleError, stale_rejected +1.
func TestMisuse_list_vector_value_offset_list_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.ValueOffset(0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, recv_child)
}

// list_vector.value_offset (reused): the object was closed and its slot now
// holds a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_list_vector_value_offset_list_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make newer")
	_ = newer // nothing refers to it: it only holds the slot
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.ValueOffset(0)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	must(t, newer.Close(), "close the newer")
	unchanged(t, before, recv_child)
}

// list_vector.value_offset (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_list_vector_value_offset_list_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.ListVectorFromHandle(0xbfffffff00000001)
	stats := snapshot(t)
	_, err = recv.ValueOffset(0)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.value_offset (wrong_kind): a live object of another class,
// adopted under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_list_vector_value_offset_list_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.ListVectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.ValueOffset(0)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// list_vector.value_offset (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_list_vector_value_offset_list_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	_ = recv_child // nothing refers to it: it only holds the slot
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	must(t, region.Close(), "close the region")
	again := wh.ListVectorFromHandle(recv.Handle())
	stats := snapshot(t)
	_, err = again.ValueOffset(0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.value_offset (null): null (None, nil) where a value is
// required; expects InvalidArgumentError, no counter moving.
func TestMisuse_list_vector_value_offset_list_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.ListVector)(nil).ValueOffset(0)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "list")
}

// list_vector.value_offset (absurd_value): an integer far out of range
// (sizes of 2^32 and more on every target width); expects OutOfRangeError,
// no counter moving.
func TestMisuse_list_vector_value_offset_list_vector_absurd_value_index_100000010(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.ValueOffset(0x100000010)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	must(t, recv.Close(), "close the recv")
	unchanged(t, before, recv_child)
}

// list_vector.value_offset (absurd_value): an integer far out of range
// (sizes of 2^32 and more on every target width); expects OutOfRangeError,
// no counter moving.
func TestMisuse_list_vector_value_offset_list_vector_absurd_value_index_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.ValueOffset(0x10000000000)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	must(t, recv.Close(), "close the recv")
	unchanged(t, before, recv_child)
}

// list_vector.value_offset (absurd_value): an integer far out of range
// (sizes of 2^32 and more on every target width); expects OutOfRangeError,
// no counter moving.
func TestMisuse_list_vector_value_offset_list_vector_absurd_value_index_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.ValueOffset(0xffffffffffffffff)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	must(t, recv.Close(), "close the recv")
	unchanged(t, before, recv_child)
}

// list_vector.value_length (stale): the object was closed before the call;
// expects StaleHandleError, stale_rejected +1.
func TestMisuse_list_vector_value_length_list_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.ValueLength(0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, recv_child)
}

// list_vector.value_length (reused): the object was closed and its slot now
// holds a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_list_vector_value_length_list_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make newer")
	_ = newer // nothing refers to it: it only holds the slot
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.ValueLength(0)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	must(t, newer.Close(), "close the newer")
	unchanged(t, before, recv_child)
}

// list_vector.value_length (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_list_vector_value_length_list_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.ListVectorFromHandle(0xbfffffff00000001)
	stats := snapshot(t)
	_, err = recv.ValueLength(0)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.value_length (wrong_kind): a live object of another class,
// adopted under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_list_vector_value_length_list_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.ListVectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.ValueLength(0)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// list_vector.value_length (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_list_vector_value_length_list_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	_ = recv_child // nothing refers to it: it only holds the slot
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	must(t, region.Close(), "close the region")
	again := wh.ListVectorFromHandle(recv.Handle())
	stats := snapshot(t)
	_, err = again.ValueLength(0)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.value_length (null): null (None, nil) where a value is
// required; expects InvalidArgumentError, no counter moving.
func TestMisuse_list_vector_value_length_list_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.ListVector)(nil).ValueLength(0)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "list")
}

// list_vector.value_length (absurd_value): an integer far out of range
// (sizes of 2^32 and more on every target width); expects OutOfRangeError,
// no counter moving.
func TestMisuse_list_vector_value_length_list_vector_absurd_value_index_100000010(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.ValueLength(0x100000010)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	must(t, recv.Close(), "close the recv")
	unchanged(t, before, recv_child)
}

// list_vector.value_length (absurd_value): an integer far out of range
// (sizes of 2^32 and more on every target width); expects OutOfRangeError,
// no counter moving.
func TestMisuse_list_vector_value_length_list_vector_absurd_value_index_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.ValueLength(0x10000000000)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	must(t, recv.Close(), "close the recv")
	unchanged(t, before, recv_child)
}

// list_vector.value_length (absurd_value): an integer far out of range
// (sizes of 2^32 and more on every target width); expects OutOfRangeError,
// no counter moving.
func TestMisuse_list_vector_value_length_list_vector_absurd_value_index_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.ValueLength(0xffffffffffffffff)
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	must(t, recv.Close(), "close the recv")
	unchanged(t, before, recv_child)
}

// list_vector.append (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_list_vector_append_list_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	before := remember(t, recv_child)
	stats := snapshot(t)
	err = recv.Append([]byte("hello"))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, recv_child)
}

// list_vector.append (reused): the object was closed and its slot now holds
// a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_list_vector_append_list_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make newer")
	_ = newer // nothing refers to it: it only holds the slot
	before := remember(t, recv_child)
	stats := snapshot(t)
	err = recv.Append([]byte("hello"))
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	must(t, newer.Close(), "close the newer")
	unchanged(t, before, recv_child)
}

// list_vector.append (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_list_vector_append_list_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.ListVectorFromHandle(0xbfffffff00000001)
	stats := snapshot(t)
	err = recv.Append([]byte("hello"))
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.append (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_list_vector_append_list_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.ListVectorFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Append([]byte("hello"))
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// list_vector.append (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_list_vector_append_list_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	_ = recv_child // nothing refers to it: it only holds the slot
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	must(t, region.Close(), "close the region")
	again := wh.ListVectorFromHandle(recv.Handle())
	stats := snapshot(t)
	err = again.Append([]byte("hello"))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.append (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_list_vector_append_list_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.ListVector)(nil).Append([]byte("hello"))
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "list")
}

// list_vector.append_null (stale): the object was closed before the call;
// expects StaleHandleError, stale_rejected +1.
func TestMisuse_list_vector_append_null_list_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	before := remember(t, recv_child)
	stats := snapshot(t)
	err = recv.AppendNull()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, recv_child)
}

// list_vector.append_null (reused): the object was closed and its slot now
// holds a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_list_vector_append_null_list_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make newer")
	_ = newer // nothing refers to it: it only holds the slot
	before := remember(t, recv_child)
	stats := snapshot(t)
	err = recv.AppendNull()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	must(t, newer.Close(), "close the newer")
	unchanged(t, before, recv_child)
}

// list_vector.append_null (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_list_vector_append_null_list_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.ListVectorFromHandle(0xbfffffff00000001)
	stats := snapshot(t)
	err = recv.AppendNull()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.append_null (wrong_kind): a live object of another class,
// adopted under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_list_vector_append_null_list_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.ListVectorFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.AppendNull()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// list_vector.append_null (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_list_vector_append_null_list_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	_ = recv_child // nothing refers to it: it only holds the slot
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	must(t, region.Close(), "close the region")
	again := wh.ListVectorFromHandle(recv.Handle())
	stats := snapshot(t)
	err = again.AppendNull()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.append_null (null): null (None, nil) where a value is
// required; expects InvalidArgumentError, no counter moving.
func TestMisuse_list_vector_append_null_list_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.ListVector)(nil).AppendNull()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "list")
}

// list_vector.lookup (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_list_vector_lookup_list_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.Lookup(0, []byte("hello"))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, recv_child)
}

// list_vector.lookup (reused): the object was closed and its slot now holds
// a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_list_vector_lookup_list_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make newer")
	_ = newer // nothing refers to it: it only holds the slot
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.Lookup(0, []byte("hello"))
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	must(t, newer.Close(), "close the newer")
	unchanged(t, before, recv_child)
}

// list_vector.lookup (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_list_vector_lookup_list_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.ListVectorFromHandle(0xbfffffff00000001)
	stats := snapshot(t)
	_, err = recv.Lookup(0, []byte("hello"))
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.lookup (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_list_vector_lookup_list_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.ListVectorFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.Lookup(0, []byte("hello"))
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// list_vector.lookup (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_list_vector_lookup_list_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	_ = recv_child // nothing refers to it: it only holds the slot
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	must(t, region.Close(), "close the region")
	again := wh.ListVectorFromHandle(recv.Handle())
	stats := snapshot(t)
	_, err = again.Lookup(0, []byte("hello"))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// list_vector.lookup (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_list_vector_lookup_list_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.ListVector)(nil).Lookup(0, []byte("hello"))
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "map")
}

// list_vector.lookup (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_list_vector_lookup_list_vector_absurd_value_index_100000010(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.Lookup(0x100000010, []byte("hello"))
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	must(t, recv.Close(), "close the recv")
	unchanged(t, before, recv_child)
}

// list_vector.lookup (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_list_vector_lookup_list_vector_absurd_value_index_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.Lookup(0x10000000000, []byte("hello"))
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	must(t, recv.Close(), "close the recv")
	unchanged(t, before, recv_child)
}

// list_vector.lookup (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects OutOfRangeError, no counter
// moving.
func TestMisuse_list_vector_lookup_list_vector_absurd_value_index_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv_child, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv_child")
	recv, err := region.NewListVector(recv_child, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv_child)
	stats := snapshot(t)
	_, err = recv.Lookup(0xffffffffffffffff, []byte("hello"))
	expectMisuse[*wh.OutOfRangeError](t, err, stats, "", "")
	must(t, recv.Close(), "close the recv")
	unchanged(t, before, recv_child)
}

// batch_stream.create (stale): the object was closed before the call;
// expects StaleHandleError, stale_rejected +1.
func TestMisuse_batch_stream_create_region_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = region.NewBatchStream(16)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// batch_stream.create (reused): the object was closed and its slot now holds
// a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_batch_stream_create_region_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	must(t, region.Close(), "close the region")
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = region.NewBatchStream(16)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
}

// batch_stream.create (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_batch_stream_create_region_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.RegionFromHandle(0x1fffffff00000001)
	stats := snapshot(t)
	_, err = recv.NewBatchStream(16)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// batch_stream.create (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_batch_stream_create_region_wrong_kind_buffer(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	other, err := region.NewBuffer(16, 16)
	must(t, err, "make other")
	must(t, other.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the other")
	recv := wh.RegionFromHandle(other.Handle())
	before := remember(t, other)
	stats := snapshot(t)
	_, err = recv.NewBatchStream(16)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, other)
}

// batch_stream.create (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_batch_stream_create_region_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Region)(nil).NewBatchStream(16)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "region")
}

// batch_stream.create (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects InvalidArgumentError, no
// counter moving.
func TestMisuse_batch_stream_create_region_absurd_value_max_batches_10001(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewBatchStream(65537)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
}

// batch_stream.create (absurd_value): an integer far out of range (sizes of
// 2^32 and more on every target width); expects InvalidArgumentError, no
// counter moving.
func TestMisuse_batch_stream_create_region_absurd_value_max_batches_ffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	stats := snapshot(t)
	_, err = region.NewBatchStream(4294967295)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
}

// batch_stream.release (reused): the object was closed and its slot now
// holds a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_batch_stream_release_batch_stream_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatchStream(16)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewBatchStream(16)
	must(t, err, "make newer")
	_ = newer // nothing refers to it: it only holds the slot
	again := wh.BatchStreamFromHandle(recv.Handle())
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
}

// batch_stream.release (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_batch_stream_release_batch_stream_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.BatchStreamFromHandle(0x9fffffff00000001)
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// batch_stream.release (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_batch_stream_release_batch_stream_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.BatchStreamFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// batch_stream.release (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_batch_stream_release_batch_stream_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatchStream(16)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// batch_stream.release (double_release): a second wrapper of an already
// released handle is closed; expects StaleHandleError, stale_rejected +1.
func TestMisuse_batch_stream_release_batch_stream_double_release(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatchStream(16)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	again := wh.BatchStreamFromHandle(recv.Handle())
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// batch_stream.release (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_batch_stream_release_batch_stream_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.BatchStream)(nil).Close()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "stream")
}

// batch_stream.add_batch (stale): the object was closed before the call;
// expects StaleHandleError, stale_rejected +1.
func TestMisuse_batch_stream_add_batch_batch_stream_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatchStream(16)
	must(t, err, "make recv")
	arg_batch, err := region.NewBatch(16)
	must(t, err, "make arg_batch")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	err = recv.AddBatch(arg_batch)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// batch_stream.add_batch (reused): the object was closed and its slot now
// holds a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_batch_stream_add_batch_batch_stream_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatchStream(16)
	must(t, err, "make recv")
	arg_batch, err := region.NewBatch(16)
	must(t, err, "make arg_batch")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewBatchStream(16)
	must(t, err, "make newer")
	_ = newer // nothing refers to it: it only holds the slot
	stats := snapshot(t)
	err = recv.AddBatch(arg_batch)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
}

// batch_stream.add_batch (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_batch_stream_add_batch_batch_stream_forged(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	arg_batch, err := region.NewBatch(16)
	must(t, err, "make arg_batch")
	recv := wh.BatchStreamFromHandle(0x9fffffff00000001)
	stats := snapshot(t)
	err = recv.AddBatch(arg_batch)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// batch_stream.add_batch (wrong_kind): a live object of another class,
// adopted under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_batch_stream_add_batch_batch_stream_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	arg_batch, err := region.NewBatch(16)
	must(t, err, "make arg_batch")
	recv := wh.BatchStreamFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.AddBatch(arg_batch)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// batch_stream.add_batch (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_batch_stream_add_batch_batch_stream_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatchStream(16)
	must(t, err, "make recv")
	arg_batch, err := region.NewBatch(16)
	must(t, err, "make arg_batch")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.AddBatch(arg_batch)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// batch_stream.add_batch (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_batch_stream_add_batch_batch_stream_null(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	arg_batch, err := region.NewBatch(16)
	must(t, err, "make arg_batch")
	stats := snapshot(t)
	err = (*wh.BatchStream)(nil).AddBatch(arg_batch)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "stream")
}

// batch_stream.add_batch (stale): the object was closed before the call;
// expects StaleHandleError, stale_rejected +1.
func TestMisuse_batch_stream_add_batch_batch_stale_batch(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatchStream(16)
	must(t, err, "make recv")
	arg_batch, err := region.NewBatch(16)
	must(t, err, "make arg_batch")
	must(t, arg_batch.Close(), "close the arg_batch")
	stats := snapshot(t)
	err = recv.AddBatch(arg_batch)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// batch_stream.add_batch (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_batch_stream_add_batch_batch_forged_batch(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatchStream(16)
	must(t, err, "make recv")
	arg_batch := wh.BatchFromHandle(0x8fffffff00000001)
	stats := snapshot(t)
	err = recv.AddBatch(arg_batch)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// batch_stream.add_batch (reused): the object was closed and its slot now
// holds a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_batch_stream_add_batch_batch_reused_batch(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatchStream(16)
	must(t, err, "make recv")
	arg_batch, err := region.NewBatch(16)
	must(t, err, "make arg_batch")
	must(t, arg_batch.Close(), "close the arg_batch")
	newer, err := region.NewBatch(16)
	must(t, err, "make newer")
	_ = newer // nothing refers to it: it only holds the slot
	stats := snapshot(t)
	err = recv.AddBatch(arg_batch)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
}

// batch_stream.add_batch (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_batch_stream_add_batch_batch_null_batch(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatchStream(16)
	must(t, err, "make recv")
	stats := snapshot(t)
	err = recv.AddBatch(nil)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "batch")
}

// batch_stream.num_batches (stale): the object was closed before the call;
// expects StaleHandleError, stale_rejected +1.
func TestMisuse_batch_stream_num_batches_batch_stream_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatchStream(16)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.NumBatches()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// batch_stream.num_batches (reused): the object was closed and its slot now
// holds a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_batch_stream_num_batches_batch_stream_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatchStream(16)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewBatchStream(16)
	must(t, err, "make newer")
	_ = newer // nothing refers to it: it only holds the slot
	stats := snapshot(t)
	_, err = recv.NumBatches()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
}

// batch_stream.num_batches (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_batch_stream_num_batches_batch_stream_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.BatchStreamFromHandle(0x9fffffff00000001)
	stats := snapshot(t)
	_, err = recv.NumBatches()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// batch_stream.num_batches (wrong_kind): a live object of another class,
// adopted under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_batch_stream_num_batches_batch_stream_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.BatchStreamFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.NumBatches()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// batch_stream.num_batches (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_batch_stream_num_batches_batch_stream_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBatchStream(16)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.NumBatches()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// batch_stream.num_batches (null): null (None, nil) where a value is
// required; expects InvalidArgumentError, no counter moving.
func TestMisuse_batch_stream_num_batches_batch_stream_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.BatchStream)(nil).NumBatches()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "stream")
}

// foreign.create (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_foreign_create_region_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = region.NewForeign(wh.ElementType(1), []byte("hello"))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// foreign.create (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_foreign_create_region_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	must(t, region.Close(), "close the region")
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = region.NewForeign(wh.ElementType(1), []byte("hello"))
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
}

// foreign.create (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_foreign_create_region_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.RegionFromHandle(0x1fffffff00000001)
	stats := snapshot(t)
	_, err = recv.NewForeign(wh.ElementType(1), []byte("hello"))
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// foreign.create (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_foreign_create_region_wrong_kind_buffer(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	other, err := region.NewBuffer(16, 16)
	must(t, err, "make other")
	must(t, other.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the other")
	recv := wh.RegionFromHandle(other.Handle())
	before := remember(t, other)
	stats := snapshot(t)
	_, err = recv.NewForeign(wh.ElementType(1), []byte("hello"))
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, other)
}

// foreign.create (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_foreign_create_region_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Region)(nil).NewForeign(wh.ElementType(1), []byte("hello"))
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "region")
}

// foreign.release (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_foreign_release_foreign_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make newer")
	again := wh.ForeignFromHandle(recv.Handle())
	before := remember(t, newer)
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// foreign.release (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_foreign_release_foreign_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.ForeignFromHandle(0xcfffffff00000001)
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// foreign.release (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_foreign_release_foreign_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.ForeignFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// foreign.release (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_foreign_release_foreign_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// foreign.release (double_release): a second wrapper of an already released
// handle is closed; expects StaleHandleError, stale_rejected +1.
func TestMisuse_foreign_release_foreign_double_release(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	again := wh.ForeignFromHandle(recv.Handle())
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// foreign.release (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_foreign_release_foreign_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	err = (*wh.Foreign)(nil).Close()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "foreign")
}

// foreign.release (while_borrowed): the call needs the object (or its
// region) free of the view that is live; expects BorrowError,
// borrow_conflicts +1.
func TestMisuse_foreign_release_foreign_while_borrowed_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// foreign.length (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_foreign_length_foreign_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// foreign.length (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_foreign_length_foreign_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// foreign.length (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_foreign_length_foreign_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.ForeignFromHandle(0xcfffffff00000001)
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// foreign.length (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_foreign_length_foreign_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.ForeignFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// foreign.length (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_foreign_length_foreign_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// foreign.length (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_foreign_length_foreign_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Foreign)(nil).Length()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "foreign")
}

// foreign.null_count (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_foreign_null_count_foreign_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.NullCount()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// foreign.null_count (reused): the object was closed and its slot now holds
// a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_foreign_null_count_foreign_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.NullCount()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// foreign.null_count (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_foreign_null_count_foreign_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.ForeignFromHandle(0xcfffffff00000001)
	stats := snapshot(t)
	_, err = recv.NullCount()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// foreign.null_count (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_foreign_null_count_foreign_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.ForeignFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.NullCount()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// foreign.null_count (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_foreign_null_count_foreign_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.NullCount()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// foreign.null_count (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_foreign_null_count_foreign_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Foreign)(nil).NullCount()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "foreign")
}

// foreign.offset (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_foreign_offset_foreign_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.Offset()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// foreign.offset (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_foreign_offset_foreign_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.Offset()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// foreign.offset (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_foreign_offset_foreign_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.ForeignFromHandle(0xcfffffff00000001)
	stats := snapshot(t)
	_, err = recv.Offset()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// foreign.offset (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_foreign_offset_foreign_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.ForeignFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.Offset()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// foreign.offset (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_foreign_offset_foreign_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.Offset()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// foreign.offset (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_foreign_offset_foreign_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Foreign)(nil).Offset()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "foreign")
}

// foreign.num_children (stale): the object was closed before the call;
// expects StaleHandleError, stale_rejected +1.
func TestMisuse_foreign_num_children_foreign_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.NumChildren()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// foreign.num_children (reused): the object was closed and its slot now
// holds a newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_foreign_num_children_foreign_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.NumChildren()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// foreign.num_children (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_foreign_num_children_foreign_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.ForeignFromHandle(0xcfffffff00000001)
	stats := snapshot(t)
	_, err = recv.NumChildren()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// foreign.num_children (wrong_kind): a live object of another class, adopted
// under this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_foreign_num_children_foreign_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.ForeignFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.NumChildren()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// foreign.num_children (after_region_destroy): the object's region was
// destroyed before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_foreign_num_children_foreign_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.NumChildren()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// foreign.num_children (null): null (None, nil) where a value is required;
// expects InvalidArgumentError, no counter moving.
func TestMisuse_foreign_num_children_foreign_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Foreign)(nil).NumChildren()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "foreign")
}

// foreign.format (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_foreign_format_foreign_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	_, err = recv.NewFormat()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// foreign.format (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_foreign_format_foreign_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	_, err = recv.NewFormat()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// foreign.format (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_foreign_format_foreign_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.ForeignFromHandle(0xcfffffff00000001)
	stats := snapshot(t)
	_, err = recv.NewFormat()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// foreign.format (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_foreign_format_foreign_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.ForeignFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.NewFormat()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// foreign.format (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_foreign_format_foreign_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = recv.NewFormat()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// foreign.format (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_foreign_format_foreign_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = (*wh.Foreign)(nil).NewFormat()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "foreign")
}

// borrow.shared (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_buffer_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.shared (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_buffer_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewBuffer(16, 16)
	must(t, err, "make newer")
	must(t, newer.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the newer")
	before := remember(t, newer)
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// borrow.shared (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_buffer_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.BufferFromHandle(0x2fffffff00000001)
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.shared (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_borrow_shared_buffer_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.BufferFromHandle(region.Handle())
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// borrow.shared (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_buffer_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.shared (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_borrow_shared_buffer_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	got, err := (*wh.Buffer)(nil).View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "target")
}

// borrow.shared (borrow_conflict): a view is taken while a conflicting view
// is live; expects BorrowConflictError, borrow_conflicts +1.
func TestMisuse_borrow_shared_buffer_borrow_conflict_unique_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	before := remember(t, recv)
	held, err := recv.View(wh.Unique)
	must(t, err, "view held")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.BorrowConflictError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// borrow.shared (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_bytes_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.shared (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_bytes_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewBytes([]byte("hello"))
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// borrow.shared (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_bytes_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.BytesFromHandle(0x3fffffff00000001)
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.shared (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_borrow_shared_bytes_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.BytesFromHandle(region.Handle())
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// borrow.shared (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_bytes_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.shared (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_borrow_shared_bytes_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	got, err := (*wh.Bytes)(nil).View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "target")
}

// borrow.shared (borrow_conflict): a view is taken while a conflicting view
// is live; expects BorrowConflictError, borrow_conflicts +1.
func TestMisuse_borrow_shared_bytes_borrow_conflict_unique_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View(wh.Unique)
	must(t, err, "view held")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.BorrowConflictError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// borrow.shared (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_string_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.shared (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_string_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewString([]byte("hello"))
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// borrow.shared (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_string_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.StringFromHandle(0x4fffffff00000001)
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.shared (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_borrow_shared_string_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.StringFromHandle(region.Handle())
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// borrow.shared (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_string_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.shared (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_borrow_shared_string_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	got, err := (*wh.String)(nil).View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "target")
}

// borrow.shared (borrow_conflict): a view is taken while a conflicting view
// is live; expects BorrowConflictError, borrow_conflicts +1.
func TestMisuse_borrow_shared_string_borrow_conflict_unique_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View(wh.Unique)
	must(t, err, "view held")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.BorrowConflictError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// borrow.shared (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.shared (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// borrow.shared (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VectorFromHandle(0x7fffffff00000001)
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.shared (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_borrow_shared_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VectorFromHandle(region.Handle())
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// borrow.shared (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.shared (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_borrow_shared_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	got, err := (*wh.Vector)(nil).View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "target")
}

// borrow.shared (borrow_conflict): a view is taken while a conflicting view
// is live; expects BorrowConflictError, borrow_conflicts +1.
func TestMisuse_borrow_shared_vector_borrow_conflict_unique_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View(wh.Unique)
	must(t, err, "view held")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.BorrowConflictError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// borrow.shared (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_var_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.shared (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_var_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// borrow.shared (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_var_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VarVectorFromHandle(0xafffffff00000001)
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.shared (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_borrow_shared_var_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VarVectorFromHandle(region.Handle())
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// borrow.shared (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_var_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.shared (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_borrow_shared_var_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	got, err := (*wh.VarVector)(nil).View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "target")
}

// borrow.shared (borrow_conflict): a view is taken while a conflicting view
// is live; expects BorrowConflictError, borrow_conflicts +1.
func TestMisuse_borrow_shared_var_vector_borrow_conflict_unique_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View(wh.Unique)
	must(t, err, "view held")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.BorrowConflictError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// borrow.shared (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_foreign_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.shared (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_foreign_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// borrow.shared (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_foreign_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.ForeignFromHandle(0xcfffffff00000001)
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.shared (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_borrow_shared_foreign_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.ForeignFromHandle(region.Handle())
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// borrow.shared (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_foreign_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.shared (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_borrow_shared_foreign_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	got, err := (*wh.Foreign)(nil).View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "target")
}

// borrow.shared (borrow_conflict): a view is taken while a conflicting view
// is live; expects BorrowConflictError, borrow_conflicts +1.
func TestMisuse_borrow_shared_foreign_borrow_conflict_unique_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View(wh.Unique)
	must(t, err, "view held")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.BorrowConflictError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// borrow.unique (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_buffer_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.unique (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_buffer_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewBuffer(16, 16)
	must(t, err, "make newer")
	must(t, newer.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the newer")
	before := remember(t, newer)
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// borrow.unique (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_buffer_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.BufferFromHandle(0x2fffffff00000001)
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.unique (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_borrow_unique_buffer_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.BufferFromHandle(region.Handle())
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// borrow.unique (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_buffer_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.unique (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_borrow_unique_buffer_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	got, err := (*wh.Buffer)(nil).View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "target")
}

// borrow.unique (borrow_conflict): a view is taken while a conflicting view
// is live; expects BorrowConflictError, borrow_conflicts +1.
func TestMisuse_borrow_unique_buffer_borrow_conflict_shared_unique(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.BorrowConflictError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// borrow.unique (borrow_conflict): a view is taken while a conflicting view
// is live; expects BorrowConflictError, borrow_conflicts +1.
func TestMisuse_borrow_unique_buffer_borrow_conflict_unique_unique(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the recv")
	before := remember(t, recv)
	held, err := recv.View(wh.Unique)
	must(t, err, "view held")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.BorrowConflictError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// borrow.unique (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_bytes_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.unique (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_bytes_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewBytes([]byte("hello"))
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// borrow.unique (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_bytes_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.BytesFromHandle(0x3fffffff00000001)
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.unique (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_borrow_unique_bytes_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.BytesFromHandle(region.Handle())
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// borrow.unique (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_bytes_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.unique (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_borrow_unique_bytes_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	got, err := (*wh.Bytes)(nil).View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "target")
}

// borrow.unique (borrow_conflict): a view is taken while a conflicting view
// is live; expects BorrowConflictError, borrow_conflicts +1.
func TestMisuse_borrow_unique_bytes_borrow_conflict_shared_unique(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.BorrowConflictError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// borrow.unique (borrow_conflict): a view is taken while a conflicting view
// is live; expects BorrowConflictError, borrow_conflicts +1.
func TestMisuse_borrow_unique_bytes_borrow_conflict_unique_unique(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View(wh.Unique)
	must(t, err, "view held")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.BorrowConflictError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// borrow.unique (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_string_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.unique (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_string_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewString([]byte("hello"))
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// borrow.unique (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_string_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.StringFromHandle(0x4fffffff00000001)
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.unique (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_borrow_unique_string_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.StringFromHandle(region.Handle())
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// borrow.unique (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_string_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.unique (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_borrow_unique_string_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	got, err := (*wh.String)(nil).View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "target")
}

// borrow.unique (borrow_conflict): a view is taken while a conflicting view
// is live; expects BorrowConflictError, borrow_conflicts +1.
func TestMisuse_borrow_unique_string_borrow_conflict_shared_unique(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.BorrowConflictError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// borrow.unique (borrow_conflict): a view is taken while a conflicting view
// is live; expects BorrowConflictError, borrow_conflicts +1.
func TestMisuse_borrow_unique_string_borrow_conflict_unique_unique(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View(wh.Unique)
	must(t, err, "view held")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.BorrowConflictError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// borrow.unique (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.unique (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// borrow.unique (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VectorFromHandle(0x7fffffff00000001)
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.unique (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_borrow_unique_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VectorFromHandle(region.Handle())
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// borrow.unique (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.unique (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_borrow_unique_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	got, err := (*wh.Vector)(nil).View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "target")
}

// borrow.unique (borrow_conflict): a view is taken while a conflicting view
// is live; expects BorrowConflictError, borrow_conflicts +1.
func TestMisuse_borrow_unique_vector_borrow_conflict_shared_unique(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.BorrowConflictError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// borrow.unique (borrow_conflict): a view is taken while a conflicting view
// is live; expects BorrowConflictError, borrow_conflicts +1.
func TestMisuse_borrow_unique_vector_borrow_conflict_unique_unique(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVector(wh.ElementType(1), 16, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View(wh.Unique)
	must(t, err, "view held")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.BorrowConflictError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// borrow.unique (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_var_vector_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.unique (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_var_vector_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// borrow.unique (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_var_vector_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.VarVectorFromHandle(0xafffffff00000001)
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.unique (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_borrow_unique_var_vector_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.VarVectorFromHandle(region.Handle())
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// borrow.unique (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_var_vector_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.unique (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_borrow_unique_var_vector_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	got, err := (*wh.VarVector)(nil).View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "target")
}

// borrow.unique (borrow_conflict): a view is taken while a conflicting view
// is live; expects BorrowConflictError, borrow_conflicts +1.
func TestMisuse_borrow_unique_var_vector_borrow_conflict_shared_unique(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.BorrowConflictError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// borrow.unique (borrow_conflict): a view is taken while a conflicting view
// is live; expects BorrowConflictError, borrow_conflicts +1.
func TestMisuse_borrow_unique_var_vector_borrow_conflict_unique_unique(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewVarVector(16, 16, false, false)
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View(wh.Unique)
	must(t, err, "view held")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.BorrowConflictError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// borrow.unique (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_foreign_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.unique (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_foreign_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	must(t, recv.Close(), "close the recv")
	newer, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make newer")
	before := remember(t, newer)
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, newer)
}

// borrow.unique (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_foreign_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	recv := wh.ForeignFromHandle(0xcfffffff00000001)
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.unique (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_borrow_unique_foreign_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv := wh.ForeignFromHandle(region.Handle())
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
}

// borrow.unique (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_foreign_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// borrow.unique (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_borrow_unique_foreign_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	got, err := (*wh.Foreign)(nil).View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "target")
}

// borrow.unique (borrow_conflict): a view is taken while a conflicting view
// is live; expects BorrowConflictError, borrow_conflicts +1.
func TestMisuse_borrow_unique_foreign_borrow_conflict_shared_unique(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.BorrowConflictError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// borrow.unique (borrow_conflict): a view is taken while a conflicting view
// is live; expects BorrowConflictError, borrow_conflicts +1.
func TestMisuse_borrow_unique_foreign_borrow_conflict_unique_unique(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewForeign(wh.ElementType(1), []byte("hello"))
	must(t, err, "make recv")
	before := remember(t, recv)
	held, err := recv.View(wh.Unique)
	must(t, err, "view held")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.BorrowConflictError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close the held")
	unchanged(t, before, recv)
}

// borrow.release (double_release): a second wrapper of an already released
// handle is closed; expects StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_release_view_double_release(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	viewed, err := region.NewBuffer(16, 16)
	must(t, err, "make viewed")
	must(t, viewed.Write(0, []byte("\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf")), "fill the viewed")
	before := remember(t, viewed)
	first, err := viewed.View()
	must(t, err, "view first")
	must(t, first.Close(), "close the first")
	recv := wh.ViewFromHandle(first.Handle())
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, viewed)
}

// handle.kind_of (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_handle_kind_of_region_stale_handle(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	must(t, region.Close(), "close the region")
	stats := snapshot(t)
	_, err = wh.HandleKindOf(region)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
}

// handle.kind_of (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_handle_kind_of_region_forged_handle(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	arg_handle := wh.RegionFromHandle(0x1fffffff00000001)
	stats := snapshot(t)
	_, err = wh.HandleKindOf(arg_handle)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
}

// handle.kind_of (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_handle_kind_of_region_reused_handle(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	must(t, region.Close(), "close the region")
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = wh.HandleKindOf(region)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
}

// handle.kind_of (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_handle_kind_of_region_null_handle(t *testing.T) {
	var err error
	misuseRegion(t, 0) // this call does not use it
	stats := snapshot(t)
	_, err = wh.HandleKindOf(nil)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "handle")
}
