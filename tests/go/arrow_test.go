package weaveheap_test

import (
	"testing"
	"unsafe"

	wh "weaveheap.dev/go/weaveheap"
	"weaveheap_tests/corepeek"
)

// The Arrow C Data Interface's structs as the spec lays them out, read here
// through the addresses the binding hands out, as an importer would.
type cSchema struct {
	format, name, metadata *byte
	flags, nChildren       int64
	children               *unsafe.Pointer
	dictionary             unsafe.Pointer
	release                unsafe.Pointer
	privateData            unsafe.Pointer
}

type cArray struct {
	length, nullCount, offset, nBuffers, nChildren int64
	buffers                                        *unsafe.Pointer
	children                                       *unsafe.Pointer
	dictionary                                     unsafe.Pointer
	release                                        unsafe.Pointer
	privateData                                    unsafe.Pointer
}

func cString(p *byte) string {
	var out []byte
	for q := unsafe.Pointer(p); *(*byte)(q) != 0; q = unsafe.Add(q, 1) {
		out = append(out, *(*byte)(q))
	}
	return string(out)
}

func at(p *unsafe.Pointer, i int) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(p), i*int(unsafe.Sizeof(p))))
}

// A vector's export: format "g", its length, and its values buffer at the
// core's own address (no copy); the borrow lives until Release.
func TestArrowExportOfAVector(t *testing.T) {
	r := newRegion(t, nil)
	v, err := r.NewVector(wh.ElementTypeFloat64, 8, true)
	must(t, err, "NewVector")
	must(t, v.AppendF64(1.25), "AppendF64")
	must(t, v.AppendNull(), "AppendNull")
	must(t, v.AppendF64(-2), "AppendF64")
	core, _, err := corepeek.Where(uint64(v.Handle()))
	must(t, err, "corepeek.Where")
	copies := globalStats(t).Copies
	e, err := v.ExportArrow()
	must(t, err, "ExportArrow")
	s := (*cSchema)(e.Schema())
	a := (*cArray)(e.Array())
	if got := cString(s.format); got != "g" {
		t.Fatalf("format %q, want g", got)
	}
	if s.flags != 2 || s.release == nil {
		t.Fatalf("schema flags %d (want ARROW_FLAG_NULLABLE), release %v", s.flags, s.release)
	}
	if a.length != 3 || a.nullCount != 1 || a.nBuffers != 2 || a.release == nil {
		t.Fatalf("array length %d null_count %d n_buffers %d", a.length, a.nullCount, a.nBuffers)
	}
	if got := uintptr(at(a.buffers, 1)); got != core {
		t.Fatalf("values buffer at %#x, the core's values at %#x: a copy", got, core)
	}
	if vals := unsafe.Slice((*float64)(at(a.buffers, 1)), 3); vals[0] != 1.25 || vals[2] != -2 {
		t.Fatalf("values %v", vals)
	}
	if at(a.buffers, 0) == nil {
		t.Fatal("a nullable vector's export has no validity bitmap")
	}
	expectErr[*wh.BorrowError](t, v.Close(), "Vector.Close while exported")
	expectErr[*wh.BorrowError](t, r.Reset(), "Region.Reset while exported")
	if globalStats(t).Copies != copies {
		t.Fatal("the export copied")
	}
	e.Release()
	if e.Schema() != nil || e.Array() != nil {
		t.Fatal("a released export still hands out addresses")
	}
	e.Release() // a no-op
	must(t, v.Close(), "Vector.Close after Release")
}

// A batch exports as a struct array ("+s") whose children are its columns,
// each at its vector's address; a consumer that moved the array (copied it
// and marked it released) releases it itself, and Release then only frees.
func TestArrowExportOfABatch(t *testing.T) {
	r := newRegion(t, nil)
	x, err := r.NewVector(wh.ElementTypeInt32, 4, false)
	must(t, err, "NewVector")
	y, err := r.NewVector(wh.ElementTypeFloat64, 4, false)
	must(t, err, "NewVector")
	for i := 0; i < 3; i++ {
		must(t, x.Append(int64(i)), "Append")
		must(t, y.AppendF64(float64(i)/2), "AppendF64")
	}
	b, err := r.NewBatch(4)
	must(t, err, "NewBatch")
	must(t, b.AddColumn([]byte("x"), x), "AddColumn")
	must(t, b.AddColumn([]byte("y"), y), "AddColumn")
	yCore, _, err := corepeek.Where(uint64(y.Handle()))
	must(t, err, "corepeek.Where")
	e, err := b.ExportArrow()
	must(t, err, "ExportArrow")
	s := (*cSchema)(e.Schema())
	a := (*cArray)(e.Array())
	if cString(s.format) != "+s" || s.nChildren != 2 || a.nChildren != 2 || a.length != 3 {
		t.Fatalf("batch: format %q, %d/%d children, length %d", cString(s.format), s.nChildren, a.nChildren, a.length)
	}
	ys := (*cSchema)(at(s.children, 1))
	ya := (*cArray)(at(a.children, 1))
	if cString(ys.name) != "y" || cString(ys.format) != "g" || uintptr(at(ya.buffers, 1)) != yCore {
		t.Fatalf("column y: name %q format %q at %#x, the core's at %#x", cString(ys.name), cString(ys.format),
			uintptr(at(ya.buffers, 1)), yCore)
	}
	// a consumer moves the array: it copies the struct, marks the source released
	moved := *a
	a.release = nil
	e.Release() // releases only the schema, frees both structs
	expectErr[*wh.BorrowError](t, b.Close(), "Batch.Close while the moved array lives")
	releaseMoved(&moved)
	must(t, b.Close(), "Batch.Close after the consumer released")
}

// The stream export's address, and Next: the batches in turn, each with
// its schema, then nil; the stream and each batch hold their borrows until
// released.
func TestArrowStreamExport(t *testing.T) {
	r := newRegion(t, nil)
	st, err := r.NewBatchStream(4)
	must(t, err, "NewBatchStream")
	var cores []uintptr
	for n := 1; n <= 3; n++ {
		v, err := r.NewVector(wh.ElementTypeFloat64, 8, false)
		must(t, err, "NewVector")
		for i := 0; i < n; i++ {
			must(t, v.AppendF64(float64(10*n+i)), "AppendF64")
		}
		core, _, err := corepeek.Where(uint64(v.Handle()))
		must(t, err, "corepeek.Where")
		cores = append(cores, core)
		b, err := r.NewBatch(1)
		must(t, err, "NewBatch")
		must(t, b.AddColumn([]byte("v"), v), "AddColumn")
		must(t, st.AddBatch(b), "AddBatch")
	}
	ex, err := st.ExportArrowStream()
	must(t, err, "ExportArrowStream")
	if ex.Stream() == nil {
		t.Fatal("no stream address")
	}
	expectErr[*wh.BorrowError](t, st.Close(), "BatchStream.Close while exported")
	var got []*wh.ArrowExport
	for {
		batch, err := ex.Next()
		must(t, err, "Next")
		if batch == nil {
			break
		}
		got = append(got, batch)
	}
	if len(got) != 3 {
		t.Fatalf("%d batches, want 3", len(got))
	}
	for i, batch := range got {
		a := (*cArray)(batch.Array())
		col := (*cArray)(at(a.children, 0))
		if a.length != int64(i+1) || uintptr(at(col.buffers, 1)) != cores[i] {
			t.Fatalf("batch %d: length %d, values at %#x, the core's at %#x", i, a.length, uintptr(at(col.buffers, 1)), cores[i])
		}
		if cString((*cSchema)(batch.Schema()).format) != "+s" {
			t.Fatalf("batch %d: schema %q", i, cString((*cSchema)(batch.Schema()).format))
		}
	}
	ex.Release()
	_, err = ex.Next()
	expectErr[*wh.StaleHandleError](t, err, "Next after Release")
	expectErr[*wh.BorrowError](t, r.Reset(), "Region.Reset while a batch from the stream lives")
	for _, batch := range got {
		batch.Release()
	}
	must(t, st.Close(), "BatchStream.Close after the releases")
}

// releaseMoved is a consumer's release of the array it moved.
func releaseMoved(a *cArray) {
	corepeek.CallRelease(a.release, unsafe.Pointer(a))
	if a.release != nil {
		panic("the release callback did not mark the array released")
	}
}
