package weaveheap_test

import (
	"bytes"
	"runtime"
	"testing"

	wh "weaveheap"
)

// Views are Go slices over the core's memory: the same address every time,
// writes through a unique view seen by the core's Read, writes by the
// core's Write seen through a view, and no copy counted for any view.
func TestViewsAreZeroCopy(t *testing.T) {
	r := newRegion(t, nil)
	const size = 1 << 16
	b, err := r.NewBuffer(size, 64)
	must(t, err, "NewBuffer")

	start := *globalStats(t)
	pattern := bytes.Repeat([]byte("weave"), 1000)
	must(t, b.Write(100, pattern), "Write") // one copy, by the core

	v1, err := b.BorrowShared()
	must(t, err, "BorrowShared")
	v2, err := b.BorrowShared()
	must(t, err, "second BorrowShared")
	if len(v1.Data) != size || v1.Writable {
		t.Fatalf("shared view: len %d writable %v", len(v1.Data), v1.Writable)
	}
	if unsafePointer(v1.Data) != unsafePointer(v2.Data) {
		t.Fatalf("two views of one buffer at %p and %p: a copy", unsafePointer(v1.Data), unsafePointer(v2.Data))
	}
	if !bytes.Equal(v1.Data[100:100+len(pattern)], pattern) {
		t.Fatal("the view does not show what Write put in the buffer")
	}
	shared := unsafePointer(v1.Data)
	must(t, v1.Release(), "Release")
	must(t, v2.Release(), "Release")
	if v1.Data != nil || !v1.Released() {
		t.Fatal("Release left the view usable")
	}

	u, err := b.BorrowUnique()
	must(t, err, "BorrowUnique")
	if !u.Writable || unsafePointer(u.Data) != shared {
		t.Fatalf("unique view writable=%v at %p, shared views were at %p", u.Writable, unsafePointer(u.Data), shared)
	}
	for i := range u.Data {
		u.Data[i] = byte(i * 7)
	}
	must(t, u.Release(), "Release")

	got := make([]byte, size)
	must(t, b.Read(0, got), "Read") // the second copy, by the core
	for i := range got {
		if got[i] != byte(i*7) {
			t.Fatalf("byte %d = %d after writing through the view, want %d", i, got[i], byte(i*7))
		}
	}

	end := *globalStats(t)
	if end.Copies-start.Copies != 2 || end.CopyBytes-start.CopyBytes != uint64(len(pattern)+size) {
		t.Fatalf("copies %d (%d bytes): views copied (want exactly Write and Read: 2, %d bytes)",
			end.Copies-start.Copies, end.CopyBytes-start.CopyBytes, len(pattern)+size)
	}
	if end.BorrowsTaken-start.BorrowsTaken != 3 || end.BorrowsActive != start.BorrowsActive {
		t.Fatalf("borrows taken %d active %d->%d", end.BorrowsTaken-start.BorrowsTaken,
			start.BorrowsActive, end.BorrowsActive)
	}
}

func TestViewOfStringIsInPlace(t *testing.T) {
	r := newRegion(t, nil)
	s, err := r.NewString([]byte("zero-copy"))
	must(t, err, "NewString")
	before := globalStats(t).Copies
	v, err := s.BorrowShared()
	must(t, err, "BorrowShared")
	if string(v.Data) != "zero-copy" {
		t.Fatalf("view = %q", v.Data)
	}
	// The core keeps a trailing NUL right after the string, in place.
	if *(*byte)(unsafePointerAdd(v.Data, len(v.Data))) != 0 {
		t.Fatal("no NUL after the string: the view is not the core's memory")
	}
	must(t, v.Release(), "Release")
	if got := globalStats(t).Copies; got != before {
		t.Fatalf("a string view copied: %d -> %d", before, got)
	}
}

// A View dropped without Release ends its borrow from its finalizer (on the
// finalizer goroutine: the region is thread-safe).
func TestDroppedViewIsReleasedByFinalizer(t *testing.T) {
	r := newRegion(t, &wh.RegionOptions{ThreadSafe: true})
	b, err := r.NewBuffer(32, 16)
	must(t, err, "NewBuffer")
	func() {
		_, err := b.BorrowUnique()
		must(t, err, "BorrowUnique")
	}()
	expectErr[*wh.BorrowError](t, b.Close(), "Close while the dropped view is not finalized yet")
	for i := 0; i < 50 && regionStats(t, r).BorrowsActive != 0; i++ {
		runtime.GC()
		runtime.Gosched()
	}
	if n := regionStats(t, r).BorrowsActive; n != 0 {
		t.Fatalf("%d borrows still active after GC", n)
	}
	must(t, b.Close(), "Close after the finalizer")
}
