package weaveheap_test

import (
	"bytes"
	"runtime/debug"
	"testing"

	wh "weaveheap.dev/go/weaveheap"
)

// touch reads (or writes) b[i] and reports whether that faulted: with
// SetPanicOnFault, a fault is a panic whose value tells the address.
func touch(b []byte, i int, write bool) (faulted bool, got byte, addr uintptr) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if e := recover(); e != nil {
			a, ok := e.(interface{ Addr() uintptr })
			if !ok {
				panic(e)
			}
			faulted, addr = true, a.Addr()
		}
	}()
	if write {
		b[i] = 0xa5
	}
	return false, b[i], 0
}

// An UnsafeBytes slice kept past its view, its buffer and its region (the
// misuse the name warns of) faults when used, instead of reading or writing
// the bytes of objects made since in other regions (core/src/chunks.c: a
// region that lent a view has its chunks quarantined when it is destroyed).
func TestStaleUnsafeBytesFaultInsteadOfAliasing(t *testing.T) {
	old, err := wh.NewRegion(nil)
	must(t, err, "NewRegion")
	var stale [][]byte
	for _, size := range []uint64{64, 200000} { // in a chunk, and a chunk of its own
		b, err := old.NewBuffer(size, 16)
		must(t, err, "NewBuffer")
		must(t, b.Write(0, bytes.Repeat([]byte{0x11}, int(size))), "Write")
		v, err := b.View()
		must(t, err, "View")
		stale = append(stale, v.UnsafeBytes())
		must(t, v.Close(), "View.Close")
	}
	must(t, old.Close(), "Region.Close")

	for i := 0; i < 8; i++ { // newer objects, where malloc would have put them
		r := newRegion(t, nil)
		for _, size := range []uint64{64, 60000, 200000} {
			b, err := r.NewBuffer(size, 16)
			must(t, err, "NewBuffer")
			must(t, b.Write(0, bytes.Repeat([]byte{0x5a}, int(size))), "Write")
		}
	}
	for k, s := range stale {
		for _, write := range []bool{false, true} {
			faulted, got, addr := touch(s, 8, write)
			if !faulted {
				t.Fatalf("stale slice %d (write %v): no fault; it read %#x (0x5a: a newer object's byte)", k, write, got)
			}
			if want := uintptr(unsafePointerAdd(s, 8)); addr != want {
				t.Fatalf("stale slice %d: the fault was at %#x, not at the slice's byte %#x", k, addr, want)
			}
		}
	}
}
