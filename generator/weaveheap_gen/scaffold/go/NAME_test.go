// @name@ from Go: the package over the weaveheap package's objects, the
// result, its own error type (unwrapping to *WeaveHeapError), a stale
// handle, and the core's counters (nothing copied in, every borrow given
// back).
package @name@_tests

import (
	"errors"
	"testing"

	"weaveheap.dev/go/@name@"
	"weaveheap.dev/go/weaveheap"
)

func TestSum(t *testing.T) {
	r, err := weaveheap.NewRegion(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	b, err := r.NewBytes([]byte("abc"))
	if err != nil {
		t.Fatal(err)
	}
	before, _ := r.Stats()
	if got, err := @name@.Sum(b, 1000); got != 294 || err != nil {
		t.Fatalf("sum: %d, %v", got, err)
	}
	_, err = @name@.Sum(b, 10)
	var over *@name@.OverLimitError
	var base *weaveheap.WeaveHeapError
	if !errors.As(err, &over) || !errors.As(err, &base) {
		t.Fatalf("over the limit: %v", err)
	}
	after, _ := r.Stats()
	if after.Copies != before.Copies || after.BorrowsTaken != before.BorrowsTaken+2 || after.BorrowsActive != 0 {
		t.Fatalf("counters: before %+v, after %+v", before, after)
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	var stale *weaveheap.StaleHandleError
	if _, err := @name@.Sum(b, 1000); !errors.As(err, &stale) {
		t.Fatalf("a stale handle: %v", err)
	}
}
