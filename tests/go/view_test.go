package weaveheap_test

import (
	"bytes"
	"errors"
	"io"
	"runtime"
	"testing"

	wh "weaveheap.dev/go/weaveheap"
	"weaveheap_tests/corepeek"
)

// address is where a slice's first byte is (0 when empty).
func address(b []byte) uintptr {
	if len(b) == 0 {
		return 0
	}
	return uintptr(unsafePointer(b))
}

// A view is the core's memory itself, proven three ways: its slice starts
// at the address the core's own borrow reports (corepeek, beside the
// binding), a byte written from C through the core's pointer after the view
// was taken is read through the view, and bytes written through a view are
// read from C; the core counts no copy for any of it.
func TestViewIsTheCoresMemory(t *testing.T) {
	r := newRegion(t, nil)
	const size = 1 << 16
	b, err := r.NewBuffer(size, 64)
	must(t, err, "NewBuffer")
	h := uint64(b.Handle())
	core, n, err := corepeek.Where(h)
	must(t, err, "corepeek.Where")
	if n != size || core == 0 {
		t.Fatalf("the core reports %d bytes at %#x", n, core)
	}
	start := *globalStats(t)

	v, err := b.View()
	must(t, err, "View")
	if v.Len() != size || v.Writable() {
		t.Fatalf("shared view: Len %d Writable %v", v.Len(), v.Writable())
	}
	if got := address(v.UnsafeBytes()); got != core {
		t.Fatalf("UnsafeBytes at %#x, the core's bytes at %#x: a copy", got, core)
	}
	must(t, v.Do(func(data []byte) error {
		if got := address(data); got != core {
			t.Fatalf("Do's slice at %#x, the core's bytes at %#x: a copy", got, core)
		}
		return nil
	}), "Do")
	// written by C after the view was taken: seen through the view
	must(t, corepeek.Poke(h, 4097, 0xa5), "Poke")
	one := make([]byte, 1)
	if _, err := v.ReadAt(one, 4097); err != nil || one[0] != 0xa5 {
		t.Fatalf("ReadAt after C wrote 0xa5: %#x, %v", one[0], err)
	}
	must(t, v.Do(func(data []byte) error {
		if data[4097] != 0xa5 {
			t.Fatalf("Do sees %#x where C wrote 0xa5", data[4097])
		}
		return nil
	}), "Do")
	must(t, v.Close(), "Close")

	u, err := b.View(wh.Unique)
	must(t, err, "View(Unique)")
	if !u.Writable() || address(u.UnsafeBytes()) != core {
		t.Fatalf("unique view: Writable %v at %#x, the core's bytes at %#x", u.Writable(), address(u.UnsafeBytes()), core)
	}
	must(t, u.Do(func(data []byte) error {
		for i := range data {
			data[i] = byte(i * 7)
		}
		return nil
	}), "Do")
	if _, err := u.WriteAt([]byte{0x5a}, 100); err != nil {
		t.Fatalf("WriteAt: %v", err)
	}
	must(t, u.Close(), "Close")
	for _, i := range []int{0, 1, 99, 101, size - 1} {
		if got, err := corepeek.Peek(h, i); err != nil || got != byte(i*7) {
			t.Fatalf("C reads %#x at %d after the view wrote %#x (%v)", got, i, byte(i*7), err)
		}
	}
	if got, _ := corepeek.Peek(h, 100); got != 0x5a {
		t.Fatalf("C reads %#x at 100 after WriteAt wrote 0x5a", got)
	}

	// the closure form: the same memory, written through and read from C
	must(t, b.WithView(func(data []byte) error {
		if address(data) != core {
			t.Fatalf("WithView's slice at %#x, the core's bytes at %#x", address(data), core)
		}
		data[5] = 0x33
		return nil
	}, wh.Unique), "WithView")
	if got, _ := corepeek.Peek(h, 5); got != 0x33 {
		t.Fatalf("C reads %#x after WithView wrote 0x33", got)
	}

	end := *globalStats(t)
	if end.Copies != start.Copies || end.CopyBytes != start.CopyBytes {
		t.Fatalf("views copied: copies %d -> %d", start.Copies, end.Copies)
	}
	if end.BorrowsActive != start.BorrowsActive {
		t.Fatalf("borrows active %d -> %d", start.BorrowsActive, end.BorrowsActive)
	}
}

func TestViewOfStringIsInPlace(t *testing.T) {
	r := newRegion(t, nil)
	s, err := r.NewString([]byte("zero-copy"))
	must(t, err, "NewString")
	core, _, err := corepeek.Where(uint64(s.Handle()))
	must(t, err, "corepeek.Where")
	before := globalStats(t).Copies
	must(t, s.WithView(func(data []byte) error {
		if string(data) != "zero-copy" || address(data) != core {
			t.Fatalf("view %q at %#x, the core's string at %#x", data, address(data), core)
		}
		// the core keeps a trailing NUL right after the string, in place
		if *(*byte)(unsafePointerAdd(data, len(data))) != 0 {
			t.Fatal("no NUL after the string: the view is not the core's memory")
		}
		return nil
	}), "WithView")
	if got := globalStats(t).Copies; got != before {
		t.Fatalf("a string view copied: %d -> %d", before, got)
	}
}

// A view used after Close, after its object's Close and after its region's
// Close is an error, never a read of freed memory (issue 10, item 3).
func TestClosedViewIsAnErrorNotACrash(t *testing.T) {
	r, err := wh.NewRegion(nil)
	must(t, err, "NewRegion")
	b, err := r.NewBuffer(1<<20, 16) // a chunk of its own: freed when the region goes
	must(t, err, "NewBuffer")
	v, err := b.View(wh.Unique)
	must(t, err, "View")
	expectErr[*wh.BorrowError](t, r.Close(), "Region.Close while viewed")
	must(t, v.Close(), "Close")
	must(t, b.Close(), "Buffer.Close")
	must(t, r.Close(), "Region.Close")

	_, err = v.ReadAt(make([]byte, 8), 0)
	expectErr[*wh.StaleHandleError](t, err, "ReadAt after Close")
	_, err = v.WriteAt([]byte{1}, 0)
	expectErr[*wh.StaleHandleError](t, err, "WriteAt after Close")
	called := false
	expectErr[*wh.StaleHandleError](t, v.Do(func([]byte) error { called = true; return nil }), "Do after Close")
	if called {
		t.Fatal("Do ran its function on a closed view")
	}
	if v.UnsafeBytes() != nil {
		t.Fatal("UnsafeBytes of a closed view is not nil")
	}
	must(t, v.Close(), "a second Close is a no-op")
	_, err = b.View()
	expectErr[*wh.StaleHandleError](t, err, "View of a buffer whose region is closed")
	expectErr[*wh.StaleHandleError](t, b.WithView(func([]byte) error { return nil }), "WithView after Close")
}

func TestViewAccessors(t *testing.T) {
	r := newRegion(t, nil)
	b, err := r.NewBuffer(8, 8)
	must(t, err, "NewBuffer")
	must(t, b.Write(0, []byte("abcdefgh")), "Write")
	v, err := b.View()
	must(t, err, "View")
	got := make([]byte, 4)
	if n, err := v.ReadAt(got, 6); n != 2 || err != io.EOF || string(got[:2]) != "gh" {
		t.Fatalf("ReadAt past the end: %d %v %q", n, err, got[:n])
	}
	if n, err := v.ReadAt(got, 8); n != 0 || err != io.EOF {
		t.Fatalf("ReadAt at the end: %d %v", n, err)
	}
	_, err = v.ReadAt(got, -1)
	expectErr[*wh.InvalidArgumentError](t, err, "ReadAt at -1")
	_, err = v.WriteAt([]byte("x"), 0)
	expectErr[*wh.InvalidArgumentError](t, err, "WriteAt through a shared view")
	// Close cannot end the borrow under a running Do
	must(t, v.Do(func([]byte) error {
		expectErr[*wh.BorrowError](t, v.Close(), "Close inside Do")
		return nil
	}), "Do")
	sentinel := errors.New("mine")
	if err := v.Do(func([]byte) error { return sentinel }); err != sentinel {
		t.Fatalf("Do returned %v, not its function's error", err)
	}
	must(t, v.Close(), "Close")

	u, err := b.View(wh.Unique)
	must(t, err, "View(Unique)")
	_, err = u.WriteAt([]byte("xyz"), 6)
	expectErr[*wh.OutOfRangeError](t, err, "WriteAt past the end")
	if n, err := u.WriteAt([]byte("XY"), 6); n != 2 || err != nil {
		t.Fatalf("WriteAt: %d %v", n, err)
	}
	must(t, u.Close(), "Close")
	all := make([]byte, 8)
	must(t, b.Read(0, all), "Read")
	if string(all) != "abcdefXY" {
		t.Fatalf("after a refused and an accepted WriteAt: %q", all)
	}
	_, err = b.View(wh.Shared, wh.Unique)
	expectErr[*wh.InvalidArgumentError](t, err, "two Access values")
	_, err = b.View(wh.Access(7))
	expectErr[*wh.InvalidArgumentError](t, err, "an unknown Access")
	expectErr[*wh.InvalidArgumentError](t, b.WithView(nil), "WithView(nil)")
	if n := regionStats(t, r).BorrowsActive; n != 0 {
		t.Fatalf("refused views left %d borrows", n)
	}
}

// WithView ends its borrow when its function returns, fails or panics.
func TestWithViewEndsItsBorrow(t *testing.T) {
	r := newRegion(t, nil)
	b, err := r.NewBuffer(16, 16)
	must(t, err, "NewBuffer")
	sentinel := errors.New("mine")
	if err := b.WithView(func([]byte) error { return sentinel }, wh.Unique); err != sentinel {
		t.Fatalf("WithView returned %v, not its function's error", err)
	}
	func() {
		defer func() { _ = recover() }()
		_ = b.WithView(func([]byte) error { panic("in the closure") })
	}()
	if n := regionStats(t, r).BorrowsActive; n != 0 {
		t.Fatalf("%d borrows left after WithView returned and panicked", n)
	}
	must(t, b.Close(), "Close: nothing is borrowed")
}

// A View dropped without Close ends its borrow from its finalizer (on the
// finalizer goroutine: the region is thread-safe).
func TestDroppedViewIsReleasedByFinalizer(t *testing.T) {
	r := newRegion(t, &wh.RegionOptions{ThreadSafe: true})
	b, err := r.NewBuffer(32, 16)
	must(t, err, "NewBuffer")
	func() {
		_, err := b.View(wh.Unique)
		must(t, err, "View")
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

func TestViewsOfOneBufferAgree(t *testing.T) {
	r := newRegion(t, nil)
	b, err := r.NewBuffer(64, 16)
	must(t, err, "NewBuffer")
	v1, err := b.View()
	must(t, err, "View")
	v2, err := b.View()
	must(t, err, "second View")
	if address(v1.UnsafeBytes()) != address(v2.UnsafeBytes()) || !bytes.Equal(v1.UnsafeBytes(), v2.UnsafeBytes()) {
		t.Fatal("two shared views of one buffer differ")
	}
	must(t, v1.Close(), "Close")
	must(t, v2.Close(), "Close")
}
