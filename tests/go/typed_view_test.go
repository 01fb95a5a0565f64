package weaveheap_test

import (
	"math"
	"testing"
	"unsafe"

	wh "weaveheap.dev/go/weaveheap"
	"weaveheap_tests/corepeek"
)

// A typed view is the vector's memory as []float64 / []int32, not a copy:
// its slice starts where the core's own borrow says the values are, a byte
// written from C after the view was taken is read through it, and the core
// counts no copy. The view holds a borrow until Close: the vector cannot be
// closed under it, and after Close the view is a StaleHandleError.
func TestTypedViewIsTheCoresMemory(t *testing.T) {
	r := newRegion(t, nil)
	v, err := r.NewVector(wh.ElementTypeFloat64, 16, false)
	must(t, err, "NewVector")
	for i := 0; i < 4; i++ {
		must(t, v.AppendF64(float64(i)+0.5), "AppendF64")
	}
	got, err := v.GetF64(3)
	must(t, err, "GetF64")
	if got != 3.5 {
		t.Fatalf("GetF64(3) = %v, want 3.5", got)
	}
	h := uint64(v.Handle())
	core, n, err := corepeek.Where(h)
	must(t, err, "corepeek.Where")
	if n != 32 {
		t.Fatalf("the core reports %d bytes, want 32", n)
	}
	start := *globalStats(t)

	tv, err := wh.ViewAs[float64](v)
	must(t, err, "ViewAs[float64]")
	if tv.Len() != 4 {
		t.Fatalf("Len %d, want 4", tv.Len())
	}
	vals, err := tv.UnsafeValues()
	must(t, err, "UnsafeValues")
	if uintptr(unsafe.Pointer(&vals[0])) != core {
		t.Fatalf("[]float64 at %p, the core's values at %#x: a copy", &vals[0], core)
	}
	if vals[0] != 0.5 || vals[3] != 3.5 {
		t.Fatalf("values %v", vals)
	}
	// C writes the top byte of value 1 (little-endian: byte 15) after the
	// view was taken: 1.5 becomes -1.5 (the sign bit), seen through the slice
	peek, err := corepeek.Peek(h, 15)
	must(t, err, "Peek")
	must(t, corepeek.Poke(h, 15, peek|0x80), "Poke")
	if vals[1] != -1.5 {
		t.Fatalf("after C flipped the sign of value 1 the view reads %v", vals[1])
	}
	must(t, tv.Do(func(xs []float64) error {
		if uintptr(unsafe.Pointer(&xs[0])) != core || len(xs) != 4 {
			t.Fatalf("Do's slice at %p (%d values), the core's at %#x", &xs[0], len(xs), core)
		}
		return nil
	}), "Do")
	// the borrow is held: the vector cannot be closed, nor written
	expectErr[*wh.BorrowError](t, v.Close(), "Vector.Close under a typed view")
	expectErr[*wh.BorrowError](t, v.AppendF64(9), "AppendF64 under a typed view")
	end := *globalStats(t)
	if end.Copies != start.Copies || end.CopyBytes != start.CopyBytes {
		t.Fatalf("typed views copied: copies %d -> %d", start.Copies, end.Copies)
	}
	must(t, tv.Close(), "TypedView.Close")
	must(t, tv.Close(), "second Close")
	// a closed view is an error, never a read of freed memory
	_, err = tv.UnsafeValues()
	expectErr[*wh.StaleHandleError](t, err, "UnsafeValues after Close")
	expectErr[*wh.StaleHandleError](t, tv.Do(func([]float64) error { return nil }), "Do after Close")
	if tv.Len() != 0 {
		t.Fatalf("a closed view's Len is %d", tv.Len())
	}
	must(t, v.AppendF64(4.5), "AppendF64 after Close")
	must(t, v.Close(), "Vector.Close after the view closed")
}

// Every fixed-width element type has its Go type, at the same address; a
// view of the wrong type is an InvalidArgumentError that takes no borrow.
func TestTypedViewTypes(t *testing.T) {
	r := newRegion(t, nil)
	i32, err := r.NewVector(wh.ElementTypeInt32, 8, false)
	must(t, err, "NewVector int32")
	for _, x := range []int64{-7, math.MaxInt32} {
		must(t, i32.Append(x), "Append")
	}
	iv, err := wh.ViewAs[int32](i32)
	must(t, err, "ViewAs[int32]")
	xs, err := iv.UnsafeValues()
	must(t, err, "UnsafeValues")
	core, _, err := corepeek.Where(uint64(i32.Handle()))
	must(t, err, "corepeek.Where")
	if len(xs) != 2 || xs[0] != -7 || xs[1] != math.MaxInt32 || uintptr(unsafe.Pointer(&xs[0])) != core {
		t.Fatalf("[]int32 %v at %p, the core's at %#x", xs, &xs[0], core)
	}
	must(t, iv.Close(), "Close")

	_, err = wh.ViewAs[float64](i32)
	expectErr[*wh.InvalidArgumentError](t, err, "ViewAs[float64] of an int32 vector")
	_, err = wh.ViewAs[uint32](i32)
	expectErr[*wh.InvalidArgumentError](t, err, "ViewAs[uint32] of an int32 vector")
	_, err = i32.GetF64(0)
	expectErr[*wh.InvalidArgumentError](t, err, "GetF64 of an int32 vector")
	expectErr[*wh.InvalidArgumentError](t, i32.AppendF64(1), "AppendF64 of an int32 vector")
	// no borrow was left behind by the refusals
	must(t, i32.Append(1), "Append after the refusals")

	f32, err := r.NewVector(wh.ElementTypeFloat32, 4, false)
	must(t, err, "NewVector float32")
	must(t, f32.AppendF64(0.25), "AppendF64 float32")
	expectErr[*wh.OutOfRangeError](t, f32.AppendF64(1e39), "AppendF64 beyond float32")
	fv, err := wh.ViewAs[float32](f32, wh.Unique)
	must(t, err, "ViewAs[float32] Unique")
	fs, err := fv.UnsafeValues()
	must(t, err, "UnsafeValues float32")
	if len(fs) != 1 || fs[0] != 0.25 {
		t.Fatalf("[]float32 %v", fs)
	}
	_, err = f32.GetF64(0)
	expectErr[*wh.BorrowError](t, err, "GetF64 under a unique typed view")
	must(t, fv.Close(), "Close")

	u8, err := r.NewVector(wh.ElementTypeUint8, 4, false)
	must(t, err, "NewVector uint8")
	empty, err := wh.ViewAs[uint8](u8)
	must(t, err, "ViewAs[uint8] of an empty vector")
	if es, err := empty.UnsafeValues(); err != nil || len(es) != 0 {
		t.Fatalf("an empty view: %v, %v", es, err)
	}
	must(t, empty.Close(), "Close")
	var nilVec *wh.Vector
	_, err = wh.ViewAs[int8](nilVec)
	expectErr[*wh.InvalidArgumentError](t, err, "ViewAs of a nil vector")
}
