// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 9642b5336c411b3e8138dbfec9a542ba111ba757cb2538628071934c4e6b3821

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
	before := remember(t)
	must(t, region.Close(), "close region")
	misuseRegion(t, 0) // the case's region: this call does not use it
	again := wh.RegionFromHandle(region.Handle())
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// region.destroy (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_region_destroy_region_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	recv := wh.RegionFromHandle(0x1fffffff00000001)
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// region.destroy (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_region_destroy_region_wrong_kind_buffer(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	other, err := region.NewBuffer(16, 16)
	must(t, err, "make other")
	must(t, other.Write(0, []byte("hello")), "fill other")
	before := remember(t, other)
	recv := wh.RegionFromHandle(other.Handle())
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
	before := remember(t)
	must(t, region.Close(), "close region")
	again := wh.RegionFromHandle(region.Handle())
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// region.destroy (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_region_destroy_region_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	stats := snapshot(t)
	err = (*wh.Region)(nil).Close()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "region")
	unchanged(t, before)
}

// region.destroy (while_borrowed): the call needs the object (or its region)
// free of the view that is live; expects BorrowError, borrow_conflicts +1.
func TestMisuse_region_destroy_region_while_borrowed_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	viewed, err := region.NewBuffer(16, 16)
	must(t, err, "make viewed")
	must(t, viewed.Write(0, []byte("hello")), "fill viewed")
	before := remember(t, viewed)
	held, err := viewed.View()
	must(t, err, "view held")
	stats := snapshot(t)
	err = region.Close()
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close held")
	unchanged(t, before, viewed)
}

// region.reset (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_region_reset_region_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	must(t, region.Close(), "close region")
	stats := snapshot(t)
	err = region.Reset()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// region.reset (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_region_reset_region_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	must(t, region.Close(), "close region")
	misuseRegion(t, 0) // the case's region: this call does not use it
	stats := snapshot(t)
	err = region.Reset()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// region.reset (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_region_reset_region_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	recv := wh.RegionFromHandle(0x1fffffff00000001)
	stats := snapshot(t)
	err = recv.Reset()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// region.reset (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_region_reset_region_wrong_kind_buffer(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	other, err := region.NewBuffer(16, 16)
	must(t, err, "make other")
	must(t, other.Write(0, []byte("hello")), "fill other")
	before := remember(t, other)
	recv := wh.RegionFromHandle(other.Handle())
	stats := snapshot(t)
	err = recv.Reset()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, other)
}

// region.reset (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_region_reset_region_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	stats := snapshot(t)
	err = (*wh.Region)(nil).Reset()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "region")
	unchanged(t, before)
}

// region.reset (while_borrowed): the call needs the object (or its region)
// free of the view that is live; expects BorrowError, borrow_conflicts +1.
func TestMisuse_region_reset_region_while_borrowed_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	viewed, err := region.NewBuffer(16, 16)
	must(t, err, "make viewed")
	must(t, viewed.Write(0, []byte("hello")), "fill viewed")
	before := remember(t, viewed)
	held, err := viewed.View()
	must(t, err, "view held")
	stats := snapshot(t)
	err = region.Reset()
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close held")
	unchanged(t, before, viewed)
}

// region.stats (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_region_stats_region_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	must(t, region.Close(), "close region")
	stats := snapshot(t)
	_, err = region.Stats()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// region.stats (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_region_stats_region_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	must(t, region.Close(), "close region")
	misuseRegion(t, 0) // the case's region: this call does not use it
	stats := snapshot(t)
	_, err = region.Stats()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// region.stats (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_region_stats_region_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	recv := wh.RegionFromHandle(0x1fffffff00000001)
	stats := snapshot(t)
	_, err = recv.Stats()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// region.stats (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_region_stats_region_wrong_kind_buffer(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	other, err := region.NewBuffer(16, 16)
	must(t, err, "make other")
	must(t, other.Write(0, []byte("hello")), "fill other")
	before := remember(t, other)
	recv := wh.RegionFromHandle(other.Handle())
	stats := snapshot(t)
	_, err = recv.Stats()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, other)
}

// region.stats (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_region_stats_region_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	stats := snapshot(t)
	_, err = (*wh.Region)(nil).Stats()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "region")
	unchanged(t, before)
}

// buffer.alloc (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_buffer_alloc_region_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	must(t, region.Close(), "close region")
	stats := snapshot(t)
	_, err = region.NewBuffer(16, 16)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// buffer.alloc (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_buffer_alloc_region_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	must(t, region.Close(), "close region")
	misuseRegion(t, 0) // the case's region: this call does not use it
	stats := snapshot(t)
	_, err = region.NewBuffer(16, 16)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// buffer.alloc (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_buffer_alloc_region_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	recv := wh.RegionFromHandle(0x1fffffff00000001)
	stats := snapshot(t)
	_, err = recv.NewBuffer(16, 16)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// buffer.alloc (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_buffer_alloc_region_wrong_kind_buffer(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	other, err := region.NewBuffer(16, 16)
	must(t, err, "make other")
	must(t, other.Write(0, []byte("hello")), "fill other")
	before := remember(t, other)
	recv := wh.RegionFromHandle(other.Handle())
	stats := snapshot(t)
	_, err = recv.NewBuffer(16, 16)
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, other)
}

// buffer.alloc (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_buffer_alloc_region_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	stats := snapshot(t)
	_, err = (*wh.Region)(nil).NewBuffer(16, 16)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "region")
	unchanged(t, before)
}

// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects InvalidArgumentError, no counter
// moving.
func TestMisuse_buffer_alloc_region_absurd_value_size_1000000000001(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	stats := snapshot(t)
	_, err = region.NewBuffer(0x1000000000001, 16)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
	unchanged(t, before)
}

// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects InvalidArgumentError, no counter
// moving.
func TestMisuse_buffer_alloc_region_absurd_value_size_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	stats := snapshot(t)
	_, err = region.NewBuffer(0xffffffffffffffff, 16)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
	unchanged(t, before)
}

// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_buffer_alloc_region_absurd_value_size_100000010_limited(t *testing.T) {
	var err error
	region := misuseRegion(t, 1048576)
	before := remember(t)
	stats := snapshot(t)
	_, err = region.NewBuffer(0x100000010, 16)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
	unchanged(t, before)
}

// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_buffer_alloc_region_absurd_value_size_10000000000_limited(t *testing.T) {
	var err error
	region := misuseRegion(t, 1048576)
	before := remember(t)
	stats := snapshot(t)
	_, err = region.NewBuffer(0x10000000000, 16)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
	unchanged(t, before)
}

// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_buffer_alloc_region_absurd_value_size_1000000000000_limited(t *testing.T) {
	var err error
	region := misuseRegion(t, 1048576)
	before := remember(t)
	stats := snapshot(t)
	_, err = region.NewBuffer(0x1000000000000, 16)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
	unchanged(t, before)
}

// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_buffer_alloc_region_absurd_value_size_10000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	stats := snapshot(t)
	_, err = region.NewBuffer(0x10000000000, 16)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
	unchanged(t, before)
}

// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects OutOfMemoryError, no counter
// moving.
func TestMisuse_buffer_alloc_region_absurd_value_size_1000000000000(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	stats := snapshot(t)
	_, err = region.NewBuffer(0x1000000000000, 16)
	expectMisuse[*wh.OutOfMemoryError](t, err, stats, "", "")
	unchanged(t, before)
}

// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects InvalidArgumentError, no counter
// moving.
func TestMisuse_buffer_alloc_region_absurd_value_align_100001(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	stats := snapshot(t)
	_, err = region.NewBuffer(16, 1048577)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
	unchanged(t, before)
}

// buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32
// and more on every target width); expects InvalidArgumentError, no counter
// moving.
func TestMisuse_buffer_alloc_region_absurd_value_align_ffffffffffffffff(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	stats := snapshot(t)
	_, err = region.NewBuffer(16, 0xffffffffffffffff)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
	unchanged(t, before)
}

// buffer.alloc (bad_alignment): an integer that must be a power of two and
// is not; expects InvalidArgumentError, no counter moving.
func TestMisuse_buffer_alloc_region_bad_alignment_align_0(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	stats := snapshot(t)
	_, err = region.NewBuffer(16, 0)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
	unchanged(t, before)
}

// buffer.alloc (bad_alignment): an integer that must be a power of two and
// is not; expects InvalidArgumentError, no counter moving.
func TestMisuse_buffer_alloc_region_bad_alignment_align_3(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	stats := snapshot(t)
	_, err = region.NewBuffer(16, 3)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
	unchanged(t, before)
}

// buffer.alloc (bad_alignment): an integer that must be a power of two and
// is not; expects InvalidArgumentError, no counter moving.
func TestMisuse_buffer_alloc_region_bad_alignment_align_18(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	stats := snapshot(t)
	_, err = region.NewBuffer(16, 24)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "")
	unchanged(t, before)
}

// buffer.release (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_buffer_release_buffer_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("hello")), "fill recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	newer, err := region.NewBuffer(16, 16)
	must(t, err, "make newer")
	_ = newer // holds the slot
	again := wh.BufferFromHandle(recv.Handle())
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// buffer.release (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_buffer_release_buffer_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	recv := wh.BufferFromHandle(0x2fffffff00000001)
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// buffer.release (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_buffer_release_buffer_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	recv := wh.BufferFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// buffer.release (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_buffer_release_buffer_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("hello")), "fill recv")
	before := remember(t)
	must(t, region.Close(), "close region")
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// buffer.release (double_release): a second wrapper of an already released
// handle is closed; expects StaleHandleError, stale_rejected +1.
func TestMisuse_buffer_release_buffer_double_release(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("hello")), "fill recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	again := wh.BufferFromHandle(recv.Handle())
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// buffer.release (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_buffer_release_buffer_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	stats := snapshot(t)
	err = (*wh.Buffer)(nil).Close()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "buffer")
	unchanged(t, before)
}

// buffer.release (while_borrowed): the call needs the object (or its region)
// free of the view that is live; expects BorrowError, borrow_conflicts +1.
func TestMisuse_buffer_release_buffer_while_borrowed_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("hello")), "fill recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close held")
	unchanged(t, before, recv)
}

// buffer.size (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_buffer_size_buffer_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("hello")), "fill recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	stats := snapshot(t)
	_, err = recv.Size()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// buffer.size (reused): the object was closed and its slot now holds a newer
// object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_buffer_size_buffer_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("hello")), "fill recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	newer, err := region.NewBuffer(16, 16)
	must(t, err, "make newer")
	_ = newer // holds the slot
	stats := snapshot(t)
	_, err = recv.Size()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// buffer.size (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_buffer_size_buffer_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	recv := wh.BufferFromHandle(0x2fffffff00000001)
	stats := snapshot(t)
	_, err = recv.Size()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// buffer.size (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_buffer_size_buffer_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	recv := wh.BufferFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.Size()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// buffer.size (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_buffer_size_buffer_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("hello")), "fill recv")
	before := remember(t)
	must(t, region.Close(), "close region")
	stats := snapshot(t)
	_, err = recv.Size()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// buffer.size (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_buffer_size_buffer_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	stats := snapshot(t)
	_, err = (*wh.Buffer)(nil).Size()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "buffer")
	unchanged(t, before)
}

// buffer.write (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_buffer_write_buffer_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("hello")), "fill recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	stats := snapshot(t)
	err = recv.Write(0, []byte("hello"))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// buffer.write (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_buffer_write_buffer_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("hello")), "fill recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	newer, err := region.NewBuffer(16, 16)
	must(t, err, "make newer")
	_ = newer // holds the slot
	stats := snapshot(t)
	err = recv.Write(0, []byte("hello"))
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// buffer.write (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_buffer_write_buffer_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	recv := wh.BufferFromHandle(0x2fffffff00000001)
	stats := snapshot(t)
	err = recv.Write(0, []byte("hello"))
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// buffer.write (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_buffer_write_buffer_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	recv := wh.BufferFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Write(0, []byte("hello"))
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// buffer.write (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_buffer_write_buffer_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("hello")), "fill recv")
	before := remember(t)
	must(t, region.Close(), "close region")
	stats := snapshot(t)
	err = recv.Write(0, []byte("hello"))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// buffer.write (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_buffer_write_buffer_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	stats := snapshot(t)
	err = (*wh.Buffer)(nil).Write(0, []byte("hello"))
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "buffer")
	unchanged(t, before)
}

// buffer.write (while_borrowed): the call needs the object (or its region)
// free of the view that is live; expects BorrowError, borrow_conflicts +1.
func TestMisuse_buffer_write_buffer_while_borrowed_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("hello")), "fill recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	err = recv.Write(0, []byte("hello"))
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close held")
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
	must(t, recv.Write(0, []byte("hello")), "fill recv")
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
	must(t, recv.Write(0, []byte("hello")), "fill recv")
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
	must(t, recv.Write(0, []byte("hello")), "fill recv")
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
	must(t, recv.Write(0, []byte("hello")), "fill recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	stats := snapshot(t)
	err = recv.Read(0, make([]byte, 4))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// buffer.read (reused): the object was closed and its slot now holds a newer
// object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_buffer_read_buffer_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("hello")), "fill recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	newer, err := region.NewBuffer(16, 16)
	must(t, err, "make newer")
	_ = newer // holds the slot
	stats := snapshot(t)
	err = recv.Read(0, make([]byte, 4))
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// buffer.read (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_buffer_read_buffer_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	recv := wh.BufferFromHandle(0x2fffffff00000001)
	stats := snapshot(t)
	err = recv.Read(0, make([]byte, 4))
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// buffer.read (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_buffer_read_buffer_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	recv := wh.BufferFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Read(0, make([]byte, 4))
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// buffer.read (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_buffer_read_buffer_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("hello")), "fill recv")
	before := remember(t)
	must(t, region.Close(), "close region")
	stats := snapshot(t)
	err = recv.Read(0, make([]byte, 4))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// buffer.read (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_buffer_read_buffer_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	stats := snapshot(t)
	err = (*wh.Buffer)(nil).Read(0, make([]byte, 4))
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "buffer")
	unchanged(t, before)
}

// buffer.read (while_borrowed): the call needs the object (or its region)
// free of the view that is live; expects BorrowError, borrow_conflicts +1.
func TestMisuse_buffer_read_buffer_while_borrowed_unique(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("hello")), "fill recv")
	before := remember(t, recv)
	held, err := recv.View(wh.Unique)
	must(t, err, "view held")
	stats := snapshot(t)
	err = recv.Read(0, make([]byte, 4))
	expectMisuse[*wh.BorrowError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close held")
	unchanged(t, before, recv)
}

// buffer.read (absurd_value): an integer far out of range (sizes of 2^32 and
// more on every target width); expects OutOfRangeError, no counter moving.
func TestMisuse_buffer_read_buffer_absurd_value_offset_100000010(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("hello")), "fill recv")
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
	must(t, recv.Write(0, []byte("hello")), "fill recv")
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
	must(t, recv.Write(0, []byte("hello")), "fill recv")
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
	before := remember(t)
	must(t, region.Close(), "close region")
	stats := snapshot(t)
	_, err = region.NewBytes([]byte("hello"))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// bytes.create (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_bytes_create_region_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	must(t, region.Close(), "close region")
	misuseRegion(t, 0) // the case's region: this call does not use it
	stats := snapshot(t)
	_, err = region.NewBytes([]byte("hello"))
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// bytes.create (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_bytes_create_region_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	recv := wh.RegionFromHandle(0x1fffffff00000001)
	stats := snapshot(t)
	_, err = recv.NewBytes([]byte("hello"))
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// bytes.create (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_bytes_create_region_wrong_kind_buffer(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	other, err := region.NewBuffer(16, 16)
	must(t, err, "make other")
	must(t, other.Write(0, []byte("hello")), "fill other")
	before := remember(t, other)
	recv := wh.RegionFromHandle(other.Handle())
	stats := snapshot(t)
	_, err = recv.NewBytes([]byte("hello"))
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, other)
}

// bytes.create (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_bytes_create_region_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	stats := snapshot(t)
	_, err = (*wh.Region)(nil).NewBytes([]byte("hello"))
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "region")
	unchanged(t, before)
}

// bytes.release (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_bytes_release_bytes_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	newer, err := region.NewBytes([]byte("hello"))
	must(t, err, "make newer")
	_ = newer // holds the slot
	again := wh.BytesFromHandle(recv.Handle())
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// bytes.release (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_bytes_release_bytes_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	recv := wh.BytesFromHandle(0x3fffffff00000001)
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// bytes.release (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_bytes_release_bytes_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	recv := wh.BytesFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// bytes.release (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_bytes_release_bytes_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, region.Close(), "close region")
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// bytes.release (double_release): a second wrapper of an already released
// handle is closed; expects StaleHandleError, stale_rejected +1.
func TestMisuse_bytes_release_bytes_double_release(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	again := wh.BytesFromHandle(recv.Handle())
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// bytes.release (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_bytes_release_bytes_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	stats := snapshot(t)
	err = (*wh.Bytes)(nil).Close()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "bytes")
	unchanged(t, before)
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
	must(t, held.Close(), "close held")
	unchanged(t, before, recv)
}

// bytes.length (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_bytes_length_bytes_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// bytes.length (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_bytes_length_bytes_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	newer, err := region.NewBytes([]byte("hello"))
	must(t, err, "make newer")
	_ = newer // holds the slot
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// bytes.length (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_bytes_length_bytes_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	recv := wh.BytesFromHandle(0x3fffffff00000001)
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// bytes.length (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_bytes_length_bytes_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	recv := wh.BytesFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// bytes.length (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_bytes_length_bytes_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, region.Close(), "close region")
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// bytes.length (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_bytes_length_bytes_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	stats := snapshot(t)
	_, err = (*wh.Bytes)(nil).Length()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "bytes")
	unchanged(t, before)
}

// bytes.dup (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_bytes_dup_bytes_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	stats := snapshot(t)
	_, err = recv.Dup()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// bytes.dup (reused): the object was closed and its slot now holds a newer
// object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_bytes_dup_bytes_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	newer, err := region.NewBytes([]byte("hello"))
	must(t, err, "make newer")
	_ = newer // holds the slot
	stats := snapshot(t)
	_, err = recv.Dup()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// bytes.dup (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_bytes_dup_bytes_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	recv := wh.BytesFromHandle(0x3fffffff00000001)
	stats := snapshot(t)
	_, err = recv.Dup()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// bytes.dup (wrong_kind): a live object of another class, adopted under this
// one; expects WrongKindError, stale_rejected +1.
func TestMisuse_bytes_dup_bytes_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	recv := wh.BytesFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.Dup()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// bytes.dup (after_region_destroy): the object's region was destroyed before
// the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_bytes_dup_bytes_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, region.Close(), "close region")
	stats := snapshot(t)
	_, err = recv.Dup()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// bytes.dup (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_bytes_dup_bytes_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	stats := snapshot(t)
	_, err = (*wh.Bytes)(nil).Dup()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "bytes")
	unchanged(t, before)
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
	must(t, held.Close(), "close held")
	unchanged(t, before, recv)
}

// string.create (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_string_create_region_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	must(t, region.Close(), "close region")
	stats := snapshot(t)
	_, err = region.NewString([]byte("hello"))
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// string.create (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_string_create_region_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	must(t, region.Close(), "close region")
	misuseRegion(t, 0) // the case's region: this call does not use it
	stats := snapshot(t)
	_, err = region.NewString([]byte("hello"))
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// string.create (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_string_create_region_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	recv := wh.RegionFromHandle(0x1fffffff00000001)
	stats := snapshot(t)
	_, err = recv.NewString([]byte("hello"))
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// string.create (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_string_create_region_wrong_kind_buffer(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	other, err := region.NewBuffer(16, 16)
	must(t, err, "make other")
	must(t, other.Write(0, []byte("hello")), "fill other")
	before := remember(t, other)
	recv := wh.RegionFromHandle(other.Handle())
	stats := snapshot(t)
	_, err = recv.NewString([]byte("hello"))
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before, other)
}

// string.create (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_string_create_region_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	stats := snapshot(t)
	_, err = (*wh.Region)(nil).NewString([]byte("hello"))
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "region")
	unchanged(t, before)
}

// string.create (invalid_utf8): text that is not UTF-8; expects
// InvalidUTF8Error, no counter moving.
func TestMisuse_string_create_region_invalid_utf8_text(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	stats := snapshot(t)
	_, err = region.NewString([]byte("\xc3(\xff"))
	expectMisuse[*wh.InvalidUTF8Error](t, err, stats, "", "")
	unchanged(t, before)
}

// string.release (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_string_release_string_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	newer, err := region.NewString([]byte("hello"))
	must(t, err, "make newer")
	_ = newer // holds the slot
	again := wh.StringFromHandle(recv.Handle())
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// string.release (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_string_release_string_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	recv := wh.StringFromHandle(0x4fffffff00000001)
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// string.release (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_string_release_string_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	recv := wh.StringFromHandle(region.Handle())
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// string.release (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_string_release_string_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, region.Close(), "close region")
	stats := snapshot(t)
	err = recv.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// string.release (double_release): a second wrapper of an already released
// handle is closed; expects StaleHandleError, stale_rejected +1.
func TestMisuse_string_release_string_double_release(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	again := wh.StringFromHandle(recv.Handle())
	stats := snapshot(t)
	err = again.Close()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// string.release (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_string_release_string_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	stats := snapshot(t)
	err = (*wh.String)(nil).Close()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "string")
	unchanged(t, before)
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
	must(t, held.Close(), "close held")
	unchanged(t, before, recv)
}

// string.length (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_string_length_string_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// string.length (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_string_length_string_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	newer, err := region.NewString([]byte("hello"))
	must(t, err, "make newer")
	_ = newer // holds the slot
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// string.length (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_string_length_string_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	recv := wh.StringFromHandle(0x4fffffff00000001)
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// string.length (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_string_length_string_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	recv := wh.StringFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// string.length (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_string_length_string_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, region.Close(), "close region")
	stats := snapshot(t)
	_, err = recv.Length()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// string.length (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_string_length_string_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	stats := snapshot(t)
	_, err = (*wh.String)(nil).Length()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "string")
	unchanged(t, before)
}

// string.dup (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_string_dup_string_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	stats := snapshot(t)
	_, err = recv.Dup()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// string.dup (reused): the object was closed and its slot now holds a newer
// object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_string_dup_string_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	newer, err := region.NewString([]byte("hello"))
	must(t, err, "make newer")
	_ = newer // holds the slot
	stats := snapshot(t)
	_, err = recv.Dup()
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// string.dup (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_string_dup_string_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	recv := wh.StringFromHandle(0x4fffffff00000001)
	stats := snapshot(t)
	_, err = recv.Dup()
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// string.dup (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_string_dup_string_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	recv := wh.StringFromHandle(region.Handle())
	stats := snapshot(t)
	_, err = recv.Dup()
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// string.dup (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_string_dup_string_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, region.Close(), "close region")
	stats := snapshot(t)
	_, err = recv.Dup()
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// string.dup (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_string_dup_string_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	stats := snapshot(t)
	_, err = (*wh.String)(nil).Dup()
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "string")
	unchanged(t, before)
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
	must(t, held.Close(), "close held")
	unchanged(t, before, recv)
}

// borrow.shared (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_buffer_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("hello")), "fill recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.shared (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_buffer_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("hello")), "fill recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	newer, err := region.NewBuffer(16, 16)
	must(t, err, "make newer")
	_ = newer // holds the slot
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.shared (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_buffer_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	recv := wh.BufferFromHandle(0x2fffffff00000001)
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.shared (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_borrow_shared_buffer_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	recv := wh.BufferFromHandle(region.Handle())
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.shared (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_buffer_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("hello")), "fill recv")
	before := remember(t)
	must(t, region.Close(), "close region")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.shared (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_borrow_shared_buffer_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	stats := snapshot(t)
	got, err := (*wh.Buffer)(nil).View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "target")
	unchanged(t, before)
}

// borrow.shared (borrow_conflict): a view is taken while a conflicting view
// is live; expects BorrowConflictError, borrow_conflicts +1.
func TestMisuse_borrow_shared_buffer_borrow_conflict_unique_shared(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("hello")), "fill recv")
	before := remember(t, recv)
	held, err := recv.View(wh.Unique)
	must(t, err, "view held")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.BorrowConflictError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close held")
	unchanged(t, before, recv)
}

// borrow.shared (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_bytes_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.shared (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_bytes_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	newer, err := region.NewBytes([]byte("hello"))
	must(t, err, "make newer")
	_ = newer // holds the slot
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.shared (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_bytes_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	recv := wh.BytesFromHandle(0x3fffffff00000001)
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.shared (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_borrow_shared_bytes_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	recv := wh.BytesFromHandle(region.Handle())
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.shared (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_bytes_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, region.Close(), "close region")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.shared (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_borrow_shared_bytes_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	stats := snapshot(t)
	got, err := (*wh.Bytes)(nil).View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "target")
	unchanged(t, before)
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
	must(t, held.Close(), "close held")
	unchanged(t, before, recv)
}

// borrow.shared (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_string_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.shared (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_string_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	newer, err := region.NewString([]byte("hello"))
	must(t, err, "make newer")
	_ = newer // holds the slot
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.shared (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_string_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	recv := wh.StringFromHandle(0x4fffffff00000001)
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.shared (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_borrow_shared_string_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	recv := wh.StringFromHandle(region.Handle())
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.shared (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_shared_string_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, region.Close(), "close region")
	stats := snapshot(t)
	got, err := recv.View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.shared (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_borrow_shared_string_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	stats := snapshot(t)
	got, err := (*wh.String)(nil).View()
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "target")
	unchanged(t, before)
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
	must(t, held.Close(), "close held")
	unchanged(t, before, recv)
}

// borrow.unique (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_buffer_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("hello")), "fill recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.unique (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_buffer_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("hello")), "fill recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	newer, err := region.NewBuffer(16, 16)
	must(t, err, "make newer")
	_ = newer // holds the slot
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.unique (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_buffer_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	recv := wh.BufferFromHandle(0x2fffffff00000001)
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.unique (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_borrow_unique_buffer_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	recv := wh.BufferFromHandle(region.Handle())
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.unique (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_buffer_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("hello")), "fill recv")
	before := remember(t)
	must(t, region.Close(), "close region")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.unique (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_borrow_unique_buffer_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	stats := snapshot(t)
	got, err := (*wh.Buffer)(nil).View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "target")
	unchanged(t, before)
}

// borrow.unique (borrow_conflict): a view is taken while a conflicting view
// is live; expects BorrowConflictError, borrow_conflicts +1.
func TestMisuse_borrow_unique_buffer_borrow_conflict_shared_unique(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("hello")), "fill recv")
	before := remember(t, recv)
	held, err := recv.View()
	must(t, err, "view held")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.BorrowConflictError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close held")
	unchanged(t, before, recv)
}

// borrow.unique (borrow_conflict): a view is taken while a conflicting view
// is live; expects BorrowConflictError, borrow_conflicts +1.
func TestMisuse_borrow_unique_buffer_borrow_conflict_unique_unique(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBuffer(16, 16)
	must(t, err, "make recv")
	must(t, recv.Write(0, []byte("hello")), "fill recv")
	before := remember(t, recv)
	held, err := recv.View(wh.Unique)
	must(t, err, "view held")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.BorrowConflictError](t, err, stats, "BorrowConflicts", "")
	must(t, held.Close(), "close held")
	unchanged(t, before, recv)
}

// borrow.unique (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_bytes_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.unique (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_bytes_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	newer, err := region.NewBytes([]byte("hello"))
	must(t, err, "make newer")
	_ = newer // holds the slot
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.unique (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_bytes_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	recv := wh.BytesFromHandle(0x3fffffff00000001)
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.unique (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_borrow_unique_bytes_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	recv := wh.BytesFromHandle(region.Handle())
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.unique (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_bytes_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewBytes([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, region.Close(), "close region")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.unique (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_borrow_unique_bytes_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	stats := snapshot(t)
	got, err := (*wh.Bytes)(nil).View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "target")
	unchanged(t, before)
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
	must(t, held.Close(), "close held")
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
	must(t, held.Close(), "close held")
	unchanged(t, before, recv)
}

// borrow.unique (stale): the object was closed before the call; expects
// StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_string_stale(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.unique (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_string_reused(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, recv.Close(), "close recv")
	newer, err := region.NewString([]byte("hello"))
	must(t, err, "make newer")
	_ = newer // holds the slot
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.unique (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_string_forged(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	recv := wh.StringFromHandle(0x4fffffff00000001)
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.unique (wrong_kind): a live object of another class, adopted under
// this one; expects WrongKindError, stale_rejected +1.
func TestMisuse_borrow_unique_string_wrong_kind_region(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	recv := wh.StringFromHandle(region.Handle())
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.WrongKindError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.unique (after_region_destroy): the object's region was destroyed
// before the call; expects StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_unique_string_after_region_destroy(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	recv, err := region.NewString([]byte("hello"))
	must(t, err, "make recv")
	before := remember(t)
	must(t, region.Close(), "close region")
	stats := snapshot(t)
	got, err := recv.View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// borrow.unique (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_borrow_unique_string_null(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	stats := snapshot(t)
	got, err := (*wh.String)(nil).View(wh.Unique)
	if err == nil {
		must(t, got.Close(), "close the view")
	}
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "target")
	unchanged(t, before)
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
	must(t, held.Close(), "close held")
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
	must(t, held.Close(), "close held")
	unchanged(t, before, recv)
}

// borrow.release (double_release): a second wrapper of an already released
// handle is closed; expects StaleHandleError, stale_rejected +1.
func TestMisuse_borrow_release_view_double_release(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	viewed, err := region.NewBuffer(16, 16)
	must(t, err, "make viewed")
	must(t, viewed.Write(0, []byte("hello")), "fill viewed")
	before := remember(t, viewed)
	first, err := viewed.View()
	must(t, err, "view first")
	must(t, first.Close(), "close first")
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
	before := remember(t)
	must(t, region.Close(), "close region")
	stats := snapshot(t)
	_, err = wh.HandleKindOf(region)
	expectMisuse[*wh.StaleHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// handle.kind_of (forged): a handle that was never issued; expects
// ForgedHandleError, stale_rejected +1.
func TestMisuse_handle_kind_of_region_forged_handle(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	arg_handle := wh.RegionFromHandle(0x1fffffff00000001)
	stats := snapshot(t)
	_, err = wh.HandleKindOf(arg_handle)
	expectMisuse[*wh.ForgedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// handle.kind_of (reused): the object was closed and its slot now holds a
// newer object; expects ReusedHandleError, stale_rejected +1.
func TestMisuse_handle_kind_of_region_reused_handle(t *testing.T) {
	var err error
	region := misuseRegion(t, 0)
	before := remember(t)
	must(t, region.Close(), "close region")
	misuseRegion(t, 0) // the case's region: this call does not use it
	stats := snapshot(t)
	_, err = wh.HandleKindOf(region)
	expectMisuse[*wh.ReusedHandleError](t, err, stats, "StaleRejected", "")
	unchanged(t, before)
}

// handle.kind_of (null): null (None, nil) where a value is required; expects
// InvalidArgumentError, no counter moving.
func TestMisuse_handle_kind_of_region_null_handle(t *testing.T) {
	var err error
	misuseRegion(t, 0) // the case's region: this call does not use it
	before := remember(t)
	stats := snapshot(t)
	_, err = wh.HandleKindOf(nil)
	expectMisuse[*wh.InvalidArgumentError](t, err, stats, "", "handle")
	unchanged(t, before)
}
