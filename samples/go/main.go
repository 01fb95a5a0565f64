// Zero-copy from Go: a region, a buffer written by Go through a view (no
// copy), read back by the core, a string's UTF-8 in place, and the borrow
// rules at work as typed errors. Run (docs/go.md for the environment):
//
//	CGO_CFLAGS=-I$PWD/../../generated/c CGO_LDFLAGS="$BUILD/core/libweaveheap.a -lpthread" go run .
package main

import (
	"errors"
	"fmt"
	"os"

	wh "weaveheap"
)

func main() {
	if err := run(); err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
}

func run() error {
	region, err := wh.NewRegion(&wh.RegionOptions{ChunkSize: 1 << 20})
	if err != nil {
		return err
	}
	defer region.Close()

	// A buffer, and a unique view: a Go slice over the core's memory.
	buf, err := region.NewBuffer(16, wh.DefaultAlign)
	if err != nil {
		return err
	}
	view, err := buf.BorrowUnique()
	if err != nil {
		return err
	}
	copy(view.Data, "hello, core")

	// While the view is live the buffer cannot be released: a typed error.
	var borrowErr *wh.BorrowError
	if err := buf.Close(); errors.As(err, &borrowErr) {
		fmt.Printf("close while viewed: %T: %v\n", err, err)
	} else {
		return fmt.Errorf("close while viewed gave %v", err)
	}
	if err := view.Release(); err != nil {
		return err
	}

	// The core (a C copy) reads what Go wrote.
	out := make([]byte, 11)
	if err := buf.Read(0, out); err != nil {
		return err
	}
	fmt.Printf("the core read: %s\n", out)

	// A string's UTF-8, in place.
	s, err := region.NewString([]byte("grüße"))
	if err != nil {
		return err
	}
	text, err := s.BorrowShared()
	if err != nil {
		return err
	}
	fmt.Printf("string view: %d bytes: %s\n", len(text.Data), text.Data)
	if err := text.Release(); err != nil {
		return err
	}

	// Invalid UTF-8 is refused with the offset of the bad byte.
	if _, err := region.NewString([]byte{'o', 'k', 0xff}); err != nil {
		fmt.Printf("invalid UTF-8: %T: %v\n", err, err)
	}

	before, err := wh.StatsGlobal()
	if err != nil {
		return err
	}
	for i := 0; i < 1000; i++ {
		v, err := buf.BorrowUnique()
		if err != nil {
			return err
		}
		v.Data[0] = byte(i)
		if err := v.Release(); err != nil {
			return err
		}
	}
	after, err := wh.StatsGlobal()
	if err != nil {
		return err
	}
	if copies := after.Copies - before.Copies; copies != 0 {
		return fmt.Errorf("zero-copy: FAILED (%d copies)", copies)
	}
	fmt.Println("zero-copy: ok (1000 views, 0 copies)")
	return nil
}
