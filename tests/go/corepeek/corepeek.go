// Package corepeek reaches the core directly, beside the Go binding, for the
// zero-copy tests: where the core keeps an object's bytes, as its own
// borrow reports them, and a read or write through that address. A test
// that compares these with what a view of the binding gives proves that the
// view is the core's memory, not a copy of it.
package corepeek

/*
#include <stdint.h>
#cgo pkg-config: weaveheap
#include "weaveheap.h"

// The address and length of an object's bytes as a shared borrow reports
// them (the borrow is released again); the error code, 0 on success.
static int32_t corepeek_where(uint64_t h, uintptr_t* addr, uint64_t* len) {
	weaveheap_error e = {0, NULL};
	weaveheap_view v;
	weaveheap_borrow_t token = weaveheap_borrow_shared(h, &v, &e);
	int32_t code = e.code;
	weaveheap_error_clear(&e);
	if (code != 0) {
		return code;
	}
	*addr = (uintptr_t)v.data;
	*len = v.length;
	weaveheap_borrow_release(token, &e);
	code = e.code;
	weaveheap_error_clear(&e);
	return code;
}

// The C side's write of one byte at `at`, through the core's own pointer.
static void corepeek_poke(uintptr_t at, uint8_t value) { *(volatile uint8_t*)at = value; }

static uint8_t corepeek_peek(uintptr_t at) { return *(volatile uint8_t*)at; }

static void corepeek_call_release(void* release, void* self) { ((void (*)(void*))release)(self); }
*/
import "C"

import (
	"fmt"
	"unsafe"
)

// Where is the address and length of the bytes of the object whose handle
// is h, as the core's own shared borrow reports them.
func Where(h uint64) (uintptr, int, error) {
	var addr C.uintptr_t
	var n C.uint64_t
	if code := C.corepeek_where(C.uint64_t(h), &addr, &n); code != 0 {
		return 0, 0, fmt.Errorf("corepeek: borrow of %#x failed with code %d", h, code)
	}
	return uintptr(addr), int(n), nil
}

// Poke writes value at byte `off` of the object's bytes, from C, through
// the address the core reports.
func Poke(h uint64, off int, value byte) error {
	addr, n, err := Where(h)
	if err != nil {
		return err
	}
	if off < 0 || off >= n {
		return fmt.Errorf("corepeek: offset %d outside %d bytes", off, n)
	}
	C.corepeek_poke(C.uintptr_t(addr+uintptr(off)), C.uint8_t(value))
	return nil
}

// Peek reads byte `off` of the object's bytes, from C, through the address
// the core reports.
func Peek(h uint64, off int) (byte, error) {
	addr, n, err := Where(h)
	if err != nil {
		return 0, err
	}
	if off < 0 || off >= n {
		return 0, fmt.Errorf("corepeek: offset %d outside %d bytes", off, n)
	}
	return byte(C.corepeek_peek(C.uintptr_t(addr + uintptr(off)))), nil
}

// CallRelease calls an Arrow C Data struct's release callback, as a consumer
// that moved the struct does: `release` is the callback's address and
// `self` the (moved) struct's.
func CallRelease(release, self unsafe.Pointer) {
	C.corepeek_call_release(release, self)
}
