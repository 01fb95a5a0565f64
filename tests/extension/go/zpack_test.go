// zpack from Go (samples/extension/): the extension's package over the base
// weaveheap package, taking its objects. Zero-copy is proven by the core's
// counters and by a write through a view being what the extension reads;
// every misuse is a typed error of the base package (or zpack's own) that
// gives every borrow back; the package holds no core of its own.
package zpack_tests

import (
	"bytes"
	"compress/zlib"
	"errors"
	"hash/crc32"
	"io"
	"os"
	"testing"

	"weaveheap.dev/go/weaveheap"
	"weaveheap.dev/go/zpack"
)

const text = "The quick brown fox jumps over the lazy dog"

// must is v, or a panic (a failed test) on an unexpected error.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// call is the error of a call that also returns a value.
func call[T any](_ T, err error) error { return err }

func region(t *testing.T, opts *weaveheap.RegionOptions) *weaveheap.Region {
	r := must(weaveheap.NewRegion(opts))
	t.Cleanup(func() { r.Close() })
	return r
}

func stats(t *testing.T, r *weaveheap.Region) *weaveheap.Stats {
	t.Helper()
	return must(r.Stats())
}

// objects: a buffer, a bytes object and a string holding text.
func objects(t *testing.T, r *weaveheap.Region) (*weaveheap.Buffer, *weaveheap.Bytes, *weaveheap.String) {
	buf := must(r.NewBuffer(uint64(len(text)), 16))
	if err := buf.Write(0, []byte(text)); err != nil {
		t.Fatal(err)
	}
	return buf, must(r.NewBytes([]byte(text))), must(r.NewString([]byte(text)))
}

func TestCrc32ReadsBaseObjectsInPlace(t *testing.T) {
	r := region(t, nil)
	buf, b, s := objects(t, r)
	for _, obj := range []weaveheap.Object{buf, b, s} {
		before := stats(t, r)
		if got := must(zpack.Crc32(obj)); got != 0x414FA339 {
			t.Fatalf("crc32 %#x", got)
		}
		after := stats(t, r)
		if after.Copies != before.Copies {
			t.Fatalf("copied in: %d -> %d", before.Copies, after.Copies)
		}
		if after.BorrowsTaken != before.BorrowsTaken+1 || after.BorrowsActive != 0 {
			t.Fatalf("borrows taken %d -> %d, active %d", before.BorrowsTaken, after.BorrowsTaken, after.BorrowsActive)
		}
	}
	view := must(buf.View(weaveheap.Unique))
	if _, err := view.WriteAt([]byte("THE"), 0); err != nil { // the extension reads the core's bytes
		t.Fatal(err)
	}
	var conflict *weaveheap.BorrowConflictError
	if _, err := zpack.Crc32(buf); !errors.As(err, &conflict) { // while the unique view is out
		t.Fatalf("crc32 under a unique view: %v", err)
	}
	if a := stats(t, r).BorrowsActive; a != 1 {
		t.Fatalf("borrows active %d, want the view's 1", a)
	}
	view.Close()
	want := crc32.ChecksumIEEE([]byte("THE" + text[3:]))
	if got := must(zpack.Crc32(buf)); got != want {
		t.Fatalf("crc32 after the write %#x, want %#x", got, want)
	}
}

func TestDeflateInflateRoundTrip(t *testing.T) {
	r := region(t, nil)
	data := make([]byte, 1<<20)
	for i := range data {
		data[i] = byte((i * 7) ^ (i >> 9))
	}
	src := must(r.NewBuffer(uint64(len(data)), 16))
	if err := src.Write(0, data); err != nil {
		t.Fatal(err)
	}
	before := stats(t, r)
	packed := must(zpack.Deflate(r, src, 9))
	size := must(packed.Size())
	mid := stats(t, r)
	if mid.Copies != before.Copies+1 || mid.CopyBytes != before.CopyBytes+size { // the output, once
		t.Fatalf("deflate copies %d -> %d (%d bytes, packed %d)", before.Copies, mid.Copies, mid.CopyBytes-before.CopyBytes, size)
	}
	back := must(zpack.Inflate(r, packed, uint64(len(data))))
	if c := stats(t, r).Copies; c != mid.Copies { // inflated in place
		t.Fatalf("inflate copied: %d -> %d", mid.Copies, c)
	}
	got := make([]byte, len(data))
	if err := back.Read(0, got); err != nil || !bytes.Equal(got, data) {
		t.Fatalf("inflated bytes differ (%v)", err)
	}
	compressed := make([]byte, size)
	if err := packed.Read(0, compressed); err != nil {
		t.Fatal(err)
	}
	zr := must(zlib.NewReader(bytes.NewReader(compressed))) // real zlib format
	if plain := must(io.ReadAll(zr)); !bytes.Equal(plain, data) {
		t.Fatal("Go's zlib reads other bytes")
	}
	into := must(r.NewBuffer(uint64(len(data)+10), 16))
	beforeInto := stats(t, r)
	if n := must(zpack.InflateInto(into, packed)); n != uint64(len(data)) {
		t.Fatalf("inflate_into wrote %d", n)
	}
	if c := stats(t, r).Copies; c != beforeInto.Copies {
		t.Fatalf("inflate_into copied: %d -> %d", beforeInto.Copies, c)
	}
}

func TestMisuseIsTypedAndGivesBorrowsBack(t *testing.T) {
	r := region(t, nil)
	buf, _, s := objects(t, r)
	packed := must(zpack.Deflate(r, buf, -1))
	notBuffer := must(r.NewBytes([]byte("x")))
	gone := must(r.NewBuffer(4, 16))
	if err := gone.Close(); err != nil {
		t.Fatal(err)
	}
	before := stats(t, r)
	var (
		stale    *weaveheap.StaleHandleError
		forged   *weaveheap.ForgedHandleError
		kind     *weaveheap.WrongKindError
		invalid  *weaveheap.InvalidArgumentError
		conflict *weaveheap.BorrowConflictError
		corrupt  *zpack.CorruptError
		size     *zpack.WrongSizeError
	)
	cases := []struct {
		name string
		err  error
		as   any
	}{
		{"stale", call(zpack.Crc32(gone)), &stale},
		{"forged", call(zpack.Crc32(weaveheap.Handle(0))), &forged},
		{"forged bits", call(zpack.Crc32(weaveheap.Handle(0xdead_beef_0000_0001))), &forged},
		{"region as memory", call(zpack.Crc32(r)), &kind},
		{"string as region", call(zpack.Deflate(weaveheap.RegionFromHandle(s.Handle()), buf, -1)), &kind},
		{"bytes as unique buffer", call(zpack.InflateInto(weaveheap.BufferFromHandle(notBuffer.Handle()), packed)), &kind},
		{"nil", call(zpack.Crc32(nil)), &invalid},
		{"level", call(zpack.Deflate(r, buf, 42)), &invalid},
		{"corrupt", call(zpack.Inflate(r, buf, uint64(len(text)))), &corrupt},
		{"wrong size", call(zpack.Inflate(r, packed, uint64(len(text)+1))), &size},
		{"same buffer dst and src", call(zpack.InflateInto(packed, packed)), &conflict},
	}
	for _, c := range cases {
		if !errors.As(c.err, c.as) {
			t.Errorf("%s: got %T %v", c.name, c.err, c.err)
			continue
		}
		var base *weaveheap.WeaveHeapError
		if !errors.As(c.err, &base) || base.Message == "" {
			t.Errorf("%s: %v does not unwrap to a WeaveHeapError with a message", c.name, c.err)
		}
		if a := stats(t, r).BorrowsActive; a != 0 {
			t.Errorf("%s: borrows active %d", c.name, a)
		}
	}
	if corrupt == nil || corrupt.Code != 1000 {
		t.Errorf("CorruptError code: %+v", corrupt)
	}
	after := stats(t, r)
	if after.BytesLive != before.BytesLive || after.Allocations-after.Releases != before.Allocations-before.Releases {
		t.Errorf("a failed call left objects: live %d -> %d bytes", before.BytesLive, after.BytesLive)
	}
	tight := region(t, &weaveheap.RegionOptions{ByteLimit: 64})
	var oom *weaveheap.OutOfMemoryError
	if _, err := zpack.Inflate(tight, packed, 1000); !errors.As(err, &oom) {
		t.Errorf("inflate over the byte limit: %v", err)
	}
	if live := stats(t, tight).BytesLive; live != 0 {
		t.Errorf("the tight region holds %d bytes", live)
	}
}

func TestCrcObjectsLiveInTheCoreTable(t *testing.T) {
	r := region(t, nil)
	a, b, _ := objects(t, r)
	crc := must(zpack.NewCrc(r))
	if k := must(weaveheap.HandleKindOf(crc.Handle())); k != weaveheap.HandleKindObject {
		t.Fatalf("kind %v", k)
	}
	if err := crc.Update(a); err != nil {
		t.Fatal(err)
	}
	if err := crc.Update(b); err != nil {
		t.Fatal(err)
	}
	if v := must(crc.Value()); v != crc32.ChecksumIEEE([]byte(text+text)) {
		t.Fatalf("value %#x", v)
	}
	var kind *weaveheap.WrongKindError
	if err := crc.Update(crc.Handle()); !errors.As(err, &kind) {
		t.Fatalf("a crc as memory: %v", err)
	}
	if err := zpack.CrcFromHandle(a.Handle()).Update(b); !errors.As(err, &kind) {
		t.Fatalf("a buffer as a crc: %v", err)
	}
	if err := crc.Close(); err != nil {
		t.Fatal(err)
	}
	var stale *weaveheap.StaleHandleError
	if _, err := crc.Value(); !errors.As(err, &stale) {
		t.Fatalf("value after close: %v", err)
	}
	if err := crc.Close(); err != nil { // a second Close is a no-op
		t.Fatal(err)
	}
	later := must(zpack.NewCrc(r))
	if err := r.Reset(); err != nil {
		t.Fatal(err)
	}
	if _, err := later.Value(); !errors.As(err, &stale) {
		t.Fatalf("value after the region's reset: %v", err)
	}
}

func TestOneCoreTheBasePackages(t *testing.T) {
	if zpack.CoreTable() != weaveheap.APITable() {
		t.Fatalf("zpack is bound to table %p, the weaveheap package's is %p", zpack.CoreTable(), weaveheap.APITable())
	}
	if zpack.CoreIDLHash != weaveheap.GeneratedIDLHash {
		t.Fatalf("zpack imported IDL %s, the weaveheap package is %s", zpack.CoreIDLHash, weaveheap.GeneratedIDLHash)
	}
	lib := os.Getenv("ZPACK_LIBRARY") // zpack's C library (tests/extension/CMakeLists.txt)
	if lib == "" {
		t.Fatal("ZPACK_LIBRARY is not set")
	}
	image := must(os.ReadFile(lib))
	if bytes.Contains(image, []byte("weaveheap_region_create")) {
		t.Fatalf("%s names the core's functions: it links a core of its own", lib)
	}
	// the base package's global counters see zpack's borrows: one core
	r := region(t, nil)
	buf, _, _ := objects(t, r)
	before := must(weaveheap.ReadStats())
	if _, err := zpack.Crc32(buf); err != nil {
		t.Fatal(err)
	}
	if after := must(weaveheap.ReadStats()); after.BorrowsTaken != before.BorrowsTaken+1 {
		t.Fatalf("process borrows taken %d -> %d", before.BorrowsTaken, after.BorrowsTaken)
	}
}
