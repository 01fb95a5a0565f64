package weaveheap_test

import (
	"bytes"
	"strings"
	"testing"

	wh "weaveheap.dev/go/weaveheap"
)

// Every misuse is a typed error, and a failed call changes nothing: the
// region's counters and the objects' contents are the same afterwards.

func TestUseAfterCloseAndDoubleClose(t *testing.T) {
	r := newRegion(t, nil)
	b, err := r.NewBuffer(16, 16)
	must(t, err, "NewBuffer")
	must(t, b.Close(), "Close")
	before := regionStats(t, r)
	rejected := globalStats(t).StaleRejected
	must(t, b.Close(), "a second Close is a no-op")
	expectErr[*wh.StaleHandleError](t, wh.BufferFromHandle(b.Handle()).Close(), "Close of a second wrapper")
	_, err = b.Size()
	expectErr[*wh.StaleHandleError](t, err, "Size after Close")
	expectErr[*wh.StaleHandleError](t, b.Write(0, []byte{1}), "Write after Close")
	_, err = b.View()
	expectErr[*wh.StaleHandleError](t, err, "View after Close")
	_, err = wh.HandleKindOf(b)
	expectErr[*wh.StaleHandleError](t, err, "HandleKindOf after Close")
	if after := regionStats(t, r); after != before {
		t.Fatalf("failed calls changed the region: %+v -> %+v", before, after)
	}
	if got := globalStats(t).StaleRejected; got != rejected+5 {
		t.Fatalf("stale_rejected %d -> %d, want +5", rejected, got)
	}

	s, err := r.NewString([]byte("x"))
	must(t, err, "NewString")
	must(t, s.Close(), "String.Close")
	_, err = s.Dup()
	expectErr[*wh.StaleHandleError](t, err, "String.Dup after Close")
	by, err := r.NewBytes([]byte("x"))
	must(t, err, "NewBytes")
	must(t, by.Close(), "Bytes.Close")
	_, err = by.Length()
	expectErr[*wh.StaleHandleError](t, err, "Bytes.Length after Close")

	r2, err := wh.NewRegion(nil)
	must(t, err, "NewRegion")
	must(t, r2.Close(), "Region.Close")
	must(t, r2.Close(), "a second Region.Close is a no-op")
	_, err = r2.NewBuffer(1, 1)
	expectErr[*wh.StaleHandleError](t, err, "NewBuffer in a destroyed region")
}

func TestStaleAfterReset(t *testing.T) {
	r := newRegion(t, nil)
	b, err := r.NewBuffer(16, 16)
	must(t, err, "NewBuffer")
	must(t, r.Reset(), "Reset")
	_, err = b.Size()
	base := expectErr[*wh.WeaveHeapError](t, err, "Size after Reset")
	if base.Code != wh.CodeStaleHandle && base.Code != wh.CodeReusedHandle {
		t.Fatalf("Size after Reset: code %d, want stale or reused", base.Code)
	}
}

func TestForgedHandles(t *testing.T) {
	_, err := wh.HandleKindOf(wh.Handle(0))
	expectErr[*wh.ForgedHandleError](t, err, "HandleKindOf(0)")
	_, err = wh.HandleKindOf(wh.Handle(^uint64(0)))
	expectErr[*wh.ForgedHandleError](t, err, "HandleKindOf(all ones)")
	_, err = wh.BufferFromHandle(0).Size()
	expectErr[*wh.ForgedHandleError](t, err, "Size of the handle 0")
}

// A nil object is the binding's InvalidArgumentError naming the parameter,
// never a nil-pointer panic, and nothing reaches the core.
func TestNilObjects(t *testing.T) {
	before := *globalStats(t)
	var nilBuffer *wh.Buffer
	_, err := nilBuffer.Size()
	e := expectErr[*wh.InvalidArgumentError](t, err, "Size of a nil *Buffer")
	if !strings.Contains(e.Message, "'buffer'") {
		t.Fatalf("the message does not name 'buffer': %q", e.Message)
	}
	expectErr[*wh.InvalidArgumentError](t, nilBuffer.Close(), "Close of a nil *Buffer")
	expectErr[*wh.InvalidArgumentError](t, nilBuffer.Write(0, []byte("x")), "Write of a nil *Buffer")
	_, err = nilBuffer.View()
	expectErr[*wh.InvalidArgumentError](t, err, "View of a nil *Buffer")
	var nilRegion *wh.Region
	expectErr[*wh.InvalidArgumentError](t, nilRegion.Close(), "Close of a nil *Region")
	_, err = nilRegion.NewBuffer(8, 8)
	expectErr[*wh.InvalidArgumentError](t, err, "NewBuffer of a nil *Region")
	var nilView *wh.View
	expectErr[*wh.InvalidArgumentError](t, nilView.Close(), "Close of a nil *View")
	_, err = nilView.ReadAt(make([]byte, 1), 0)
	expectErr[*wh.InvalidArgumentError](t, err, "ReadAt of a nil *View")
	_, err = wh.HandleKindOf(nil)
	expectErr[*wh.InvalidArgumentError](t, err, "HandleKindOf(nil)")
	_, err = wh.HandleKindOf(nilBuffer)
	expectErr[*wh.InvalidArgumentError](t, err, "HandleKindOf(a nil *Buffer)")
	if after := *globalStats(t); after != before {
		t.Fatalf("nil objects reached the core: %+v -> %+v", before, after)
	}
}

func TestCloseAndResetWhileViewed(t *testing.T) {
	r := newRegion(t, nil)
	b, err := r.NewBuffer(8, 8)
	must(t, err, "NewBuffer")
	must(t, b.Write(0, []byte("contents")), "Write")
	v, err := b.View()
	must(t, err, "View")
	before := regionStats(t, r)
	expectErr[*wh.BorrowError](t, b.Close(), "Buffer.Close while viewed")
	expectErr[*wh.BorrowError](t, r.Reset(), "Region.Reset while viewed")
	expectErr[*wh.BorrowError](t, r.Close(), "Region.Close while viewed")
	expectErr[*wh.BorrowError](t, b.Write(0, []byte("X")), "Write while viewed")
	after := regionStats(t, r)
	if after.BorrowConflicts != before.BorrowConflicts+4 {
		t.Fatalf("borrow_conflicts %d -> %d, want +4", before.BorrowConflicts, after.BorrowConflicts)
	}
	after.BorrowConflicts = before.BorrowConflicts
	if after != before {
		t.Fatalf("refused calls changed the region: %+v -> %+v", before, after)
	}
	if string(v.UnsafeBytes()) != "contents" {
		t.Fatalf("the view changed under refused calls: %q", v.UnsafeBytes())
	}
	must(t, v.Close(), "View.Close")
	must(t, v.Close(), "a second View.Close is a no-op")
	must(t, b.Close(), "Close after Release")
}

func TestConflictingViews(t *testing.T) {
	r := newRegion(t, nil)
	b, err := r.NewBuffer(8, 8)
	must(t, err, "NewBuffer")
	s, err := b.View()
	must(t, err, "View")
	_, err = b.View(wh.Unique)
	expectErr[*wh.BorrowConflictError](t, err, "View(Unique) while shared")
	expectErr[*wh.BorrowError](t, err, "a conflict is a BorrowError too")
	must(t, s.Close(), "Close")

	u, err := b.View(wh.Unique)
	must(t, err, "View(Unique)")
	_, err = b.View()
	expectErr[*wh.BorrowConflictError](t, err, "View while unique")
	_, err = b.View(wh.Unique)
	expectErr[*wh.BorrowConflictError](t, err, "second View(Unique)")
	expectErr[*wh.BorrowConflictError](t, b.WithView(func([]byte) error { return nil }), "WithView while unique")
	dst := make([]byte, 8)
	expectErr[*wh.BorrowError](t, b.Read(0, dst), "Read while unique")
	if n := regionStats(t, r).BorrowsActive; n != 1 {
		t.Fatalf("refused borrows left %d active", n)
	}
	must(t, u.Close(), "Close")
}

func TestInvalidUTF8(t *testing.T) {
	r := newRegion(t, nil)
	before := regionStats(t, r)
	_, err := r.NewString([]byte("ok\xffno"))
	e := expectErr[*wh.InvalidUTF8Error](t, err, "NewString of invalid UTF-8")
	if !strings.Contains(e.Message, "2") {
		t.Fatalf("the message does not name byte offset 2: %q", e.Message)
	}
	_, err = r.NewString([]byte{0xe4, 0xb8}) // truncated sequence
	expectErr[*wh.InvalidUTF8Error](t, err, "NewString of a truncated sequence")
	if after := regionStats(t, r); after != before {
		t.Fatalf("a refused string changed the region: %+v -> %+v", before, after)
	}
}

func TestAbsurdSizesAndAlignments(t *testing.T) {
	r := newRegion(t, &wh.RegionOptions{ByteLimit: 1024})
	before := regionStats(t, r)
	_, err := r.NewBuffer(wh.MaxSize+1, 16)
	expectErr[*wh.InvalidArgumentError](t, err, "NewBuffer(MaxSize+1)")
	_, err = r.NewBuffer(^uint64(0), 16)
	expectErr[*wh.InvalidArgumentError](t, err, "NewBuffer(2^64-1)")
	_, err = r.NewBuffer(16, 3)
	expectErr[*wh.InvalidArgumentError](t, err, "alignment 3")
	_, err = r.NewBuffer(16, wh.MaxAlign*2)
	expectErr[*wh.InvalidArgumentError](t, err, "alignment 2*MaxAlign")
	_, err = r.NewBuffer(4096, 16)
	expectErr[*wh.OutOfMemoryError](t, err, "NewBuffer past the byte limit")
	if after := regionStats(t, r); after != before {
		t.Fatalf("refused allocations changed the region: %+v -> %+v", before, after)
	}
}

func TestOutOfRange(t *testing.T) {
	r := newRegion(t, nil)
	b, err := r.NewBuffer(8, 8)
	must(t, err, "NewBuffer")
	must(t, b.Write(0, []byte("12345678")), "Write")
	expectErr[*wh.OutOfRangeError](t, b.Write(4, []byte("12345")), "Write past the end")
	expectErr[*wh.OutOfRangeError](t, b.Write(^uint64(0), []byte("1")), "Write at offset 2^64-1")
	dst := []byte("unchanged")
	expectErr[*wh.OutOfRangeError](t, b.Read(0, dst), "Read past the end")
	if string(dst) != "unchanged" {
		t.Fatalf("a refused Read wrote %q", dst)
	}
	got := make([]byte, 8)
	must(t, b.Read(0, got), "Read")
	if !bytes.Equal(got, []byte("12345678")) {
		t.Fatalf("a refused Write changed the buffer: %q", got)
	}
}

func TestReusedSlot(t *testing.T) {
	r := newRegion(t, nil)
	b, err := r.NewBuffer(16, 16)
	must(t, err, "NewBuffer")
	must(t, b.Close(), "Close")
	b2, err := r.NewBuffer(16, 16)
	must(t, err, "NewBuffer")
	if b2.Handle() == b.Handle() {
		t.Fatal("a new object got the released object's handle")
	}
	_, err = b.Size()
	expectErr[*wh.ReusedHandleError](t, err, "Size through the handle of a reused slot")
	if n, err := b2.Size(); err != nil || n != 16 {
		t.Fatalf("the new buffer: %d, %v", n, err)
	}
}
