// Zero-copy from Go: a region, a buffer written by Go through a view (no
// copy), read back by the core, a string's UTF-8 in place, and the borrow
// rules at work as typed errors. Run with pkg-config finding weaveheap.pc
// (the C SDK's, or the build tree's; docs/go.md):
//
//	PKG_CONFIG_PATH=$BUILD/bindings/go/pkgconfig go run .
package main

import (
	"errors"
	"fmt"
	"os"

	wh "weaveheap.dev/go/weaveheap"
)

func main() {
	if err := run(); err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	// printed only once everything, every Close included, succeeded
	fmt.Println("zero-copy: ok (1000 views, 0 copies)")
}

func run() (err error) {
	region, err := wh.NewRegion(&wh.RegionOptions{ChunkSize: 1 << 20})
	if err != nil {
		return err
	}
	defer func() {
		if cerr := region.Close(); err == nil {
			err = cerr
		}
	}()

	// A buffer, and a unique view: the buffer's bytes in place.
	buf, err := region.NewBuffer(16, wh.DefaultAlign)
	if err != nil {
		return err
	}
	view, err := buf.View(wh.Unique)
	if err != nil {
		return err
	}
	if _, err := view.WriteAt([]byte("hello, core"), 0); err != nil {
		return err
	}

	// While the view is live the buffer cannot be released: a typed error.
	var borrowErr *wh.BorrowError
	if err := buf.Close(); errors.As(err, &borrowErr) {
		fmt.Printf("close while viewed: %T: %v\n", err, err)
	} else {
		return fmt.Errorf("close while viewed gave %v", err)
	}
	if err := view.Close(); err != nil {
		return err
	}
	// A closed view is an error, never a read of freed memory.
	if _, err := view.ReadAt(make([]byte, 1), 0); err == nil {
		return errors.New("a closed view was read")
	}

	// The core (a C copy) reads what Go wrote.
	out := make([]byte, 11)
	if err := buf.Read(0, out); err != nil {
		return err
	}
	fmt.Printf("the core read: %s\n", out)

	// A string's UTF-8, in place, for as long as the closure runs.
	s, err := region.NewString([]byte("grüße"))
	if err != nil {
		return err
	}
	if err := s.WithView(func(text []byte) error {
		fmt.Printf("string view: %d bytes: %s\n", len(text), text)
		return nil
	}); err != nil {
		return err
	}

	// Invalid UTF-8 is refused with the offset of the bad byte.
	var utf8Err *wh.InvalidUTF8Error
	if _, err := region.NewString([]byte{'o', 'k', 0xff}); !errors.As(err, &utf8Err) {
		return fmt.Errorf("invalid UTF-8 gave %v", err)
	}
	fmt.Printf("invalid UTF-8: %T: %v\n", utf8Err, utf8Err)

	before, err := wh.ReadStats()
	if err != nil {
		return err
	}
	for i := 0; i < 1000; i++ {
		if err := buf.WithView(func(data []byte) error {
			data[0] = byte(i)
			return nil
		}, wh.Unique); err != nil {
			return err
		}
	}
	after, err := wh.ReadStats()
	if err != nil {
		return err
	}
	if copies := after.Copies - before.Copies; copies != 0 {
		return fmt.Errorf("zero-copy: FAILED (%d copies)", copies)
	}
	if err := s.Close(); err != nil {
		return err
	}
	return buf.Close()
}
