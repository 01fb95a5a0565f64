// Generated from samples/extension/zpack.wh by weaveheap_gen: do not edit. IDL sha256 a79f42f696d09eae4e0adf0c4e603e9a5ffe4d5838b0b8389db22b59b0cee278

// Package zpack is zpack 0.1.0 for Go, an extension of
// weaveheap (docs/extensions.md). Its functions take the weaveheap package's
// objects and borrow them for the call only, in the one core of the
// process: at init it binds zpack's C library to the table of the core
// the weaveheap package loaded (weaveheap.APITable()), never a second one. A
// failure is the weaveheap package's typed error for the core's codes, or one
// of zpack's error types below; every one unwraps to
// *weaveheap.WeaveHeapError, and a failed call changes nothing.
//
// cgo finds zpack's C library with pkg-config (zpack.pc), which
// links no core of its own.
package zpack

/*
#cgo pkg-config: zpack
#include <stdbool.h>
#include <stdint.h>
#include "zpack.h"
#include "weaveheap_api.h"

// The table zpack is bound to: its errors' messages are the core's to free.
static const weaveheap_api* zpack__go_core;

typedef struct zpack__go_bind_result {
	bool r;
	weaveheap_error e;
} zpack__go_bind_result;
static inline zpack__go_bind_result zpack__go_bind(void* table) {
	zpack__go_bind_result res = {0};
	res.r = zpack_init(table, &res.e);
	if (res.r) zpack__go_core = table;
	return res;
}
static inline const void* zpack__go_table(void) { return zpack__go_core; }
static inline const char* zpack__go_message(weaveheap_error* e, void* table) {
	return e->message ? e->message : ((weaveheap_api*)table)->strerror(e->code);
}
static inline void zpack__go_clear(weaveheap_error* e, void* table) {
	((weaveheap_api*)table)->error_clear(e);
}

// Shims: each returns a function's result and error by value, so that the
// Go side passes no pointer to Go memory.

typedef struct zpack__go_crc32_result {
	uint32_t r;
	weaveheap_error e;
} zpack__go_crc32_result;
static inline zpack__go_crc32_result zpack__go_crc32(weaveheap_handle_t src) {
	zpack__go_crc32_result res = {0};
	res.r = zpack_crc32(src, &res.e);
	return res;
}

typedef struct zpack__go_deflate_result {
	weaveheap_buffer_t r;
	weaveheap_error e;
} zpack__go_deflate_result;
static inline zpack__go_deflate_result zpack__go_deflate(weaveheap_region_t region, weaveheap_handle_t src, int32_t level) {
	zpack__go_deflate_result res = {0};
	res.r = zpack_deflate(region, src, level, &res.e);
	return res;
}

typedef struct zpack__go_inflate_result {
	weaveheap_buffer_t r;
	weaveheap_error e;
} zpack__go_inflate_result;
static inline zpack__go_inflate_result zpack__go_inflate(weaveheap_region_t region, weaveheap_handle_t src, uint64_t size) {
	zpack__go_inflate_result res = {0};
	res.r = zpack_inflate(region, src, size, &res.e);
	return res;
}

typedef struct zpack__go_inflate_into_result {
	uint64_t r;
	weaveheap_error e;
} zpack__go_inflate_into_result;
static inline zpack__go_inflate_into_result zpack__go_inflate_into(weaveheap_buffer_t dst, weaveheap_handle_t src) {
	zpack__go_inflate_into_result res = {0};
	res.r = zpack_inflate_into(dst, src, &res.e);
	return res;
}

typedef struct zpack__go_crc_create_result {
	zpack_crc_t r;
	weaveheap_error e;
} zpack__go_crc_create_result;
static inline zpack__go_crc_create_result zpack__go_crc_create(weaveheap_region_t region) {
	zpack__go_crc_create_result res = {0};
	res.r = zpack_crc_create(region, &res.e);
	return res;
}

typedef struct zpack__go_crc_update_result {
	weaveheap_error e;
} zpack__go_crc_update_result;
static inline zpack__go_crc_update_result zpack__go_crc_update(zpack_crc_t crc, weaveheap_handle_t src) {
	zpack__go_crc_update_result res = {0};
	zpack_crc_update(crc, src, &res.e);
	return res;
}

typedef struct zpack__go_crc_value_result {
	uint32_t r;
	weaveheap_error e;
} zpack__go_crc_value_result;
static inline zpack__go_crc_value_result zpack__go_crc_value(zpack_crc_t crc) {
	zpack__go_crc_value_result res = {0};
	res.r = zpack_crc_value(crc, &res.e);
	return res;
}

typedef struct zpack__go_crc_close_result {
	weaveheap_error e;
} zpack__go_crc_close_result;
static inline zpack__go_crc_close_result zpack__go_crc_close(zpack_crc_t crc) {
	zpack__go_crc_close_result res = {0};
	zpack_crc_close(crc, &res.e);
	return res;
}
*/
import "C"

import (
	"unsafe"

	"weaveheap.dev/go/weaveheap"
)

// IDLHash is the SHA-256 of the IDL this package was generated from.
const IDLHash = "a79f42f696d09eae4e0adf0c4e603e9a5ffe4d5838b0b8389db22b59b0cee278"

// CoreIDLHash is the SHA-256 of the weaveheap IDL it imported: the core it binds
// to must have been built from it.
const CoreIDLHash = "44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144"

// table is the core's function table, weaveheap.APITable().
var table = weaveheap.APITable()

func init() {
	res := C.zpack__go_bind(table)
	if !bool(res.r) {
		panic(takeError(res.e))
	}
}

// CoreTable is the address of the core's function table zpack is bound
// to: weaveheap.APITable(), the one core of the process.
func CoreTable() unsafe.Pointer { return unsafe.Pointer(C.zpack__go_table()) }

// CorruptError is zpack's error corrupt (1000): The compressed data is corrupt
// or truncated.
type CorruptError struct{ *weaveheap.WeaveHeapError }

// Unwrap gives the weaveheap.WeaveHeapError every error type shares.
func (e *CorruptError) Unwrap() error { return e.WeaveHeapError }

// WrongSizeError is zpack's error wrong_size (1001): The inflated data does
// not have the size the caller gave.
type WrongSizeError struct{ *weaveheap.WeaveHeapError }

// Unwrap gives the weaveheap.WeaveHeapError every error type shares.
func (e *WrongSizeError) Unwrap() error { return e.WeaveHeapError }

// takeError turns a filled C error into a Go error (the weaveheap package's
// type for a core code, zpack's for its own) and frees its message.
func takeError(e C.weaveheap_error) error {
	code, msg := weaveheap.ErrorCode(e.code), C.GoString(C.zpack__go_message(&e, table))
	C.zpack__go_clear(&e, table)
	switch code {
	case 1000:
		return &CorruptError{&weaveheap.WeaveHeapError{Code: code, Message: msg}}
	case 1001:
		return &WrongSizeError{&weaveheap.WeaveHeapError{Code: code, Message: msg}}
	}
	return weaveheap.NewError(code, msg)
}

// Crc: A running CRC-32: feed it memory piece by piece, read the checksum of
// it all. Lives in a region like every object.
//
// A *Crc owns its handle (a weaveheap handle of kind object): Close
// releases it, and a second Close is a no-op. Any other call on a closed
// Crc reaches the core, which refuses its stale handle.
type Crc struct {
	h      uint64
	closed bool
}

// CrcFromHandle wraps a raw handle as a *Crc; the core checks it
// at each call.
func CrcFromHandle(h weaveheap.Handle) *Crc { return &Crc{h: uint64(h)} }

// Handle is the raw handle (0 for a nil *Crc).
func (recv *Crc) Handle() weaveheap.Handle {
	if recv == nil {
		return 0
	}
	return weaveheap.Handle(recv.h)
}

// Update: Adds the bytes of `src` to the checksum, read in place.
func (recv *Crc) Update(src weaveheap.Object) error {
	if recv == nil {
		return weaveheap.NewError(weaveheap.CodeInvalidArgument, "crc.update: 'crc' is nil")
	}
	if src == nil {
		return weaveheap.NewError(weaveheap.CodeInvalidArgument, "crc.update: 'src' is nil")
	}
	res := C.zpack__go_crc_update(C.zpack_crc_t(recv.h), C.weaveheap_handle_t(src.Handle()))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// Value: The CRC-32 of everything added so far.
func (recv *Crc) Value() (uint32, error) {
	if recv == nil {
		return 0, weaveheap.NewError(weaveheap.CodeInvalidArgument, "crc.value: 'crc' is nil")
	}
	res := C.zpack__go_crc_value(C.zpack_crc_t(recv.h))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint32(res.r), nil
}

// Close: Releases the checksum; its handle goes stale.
func (recv *Crc) Close() error {
	if recv == nil {
		return weaveheap.NewError(weaveheap.CodeInvalidArgument, "crc.close: 'crc' is nil")
	}
	if recv.closed {
		return nil
	}
	res := C.zpack__go_crc_close(C.zpack_crc_t(recv.h))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	recv.closed = true
	return nil
}

// Crc32: The CRC-32 of the bytes of `src` (a buffer, bytes or string), read in
// place: no copy.
func Crc32(src weaveheap.Object) (uint32, error) {
	if src == nil {
		return 0, weaveheap.NewError(weaveheap.CodeInvalidArgument, "zpack.crc32: 'src' is nil")
	}
	res := C.zpack__go_crc32(C.weaveheap_handle_t(src.Handle()))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint32(res.r), nil
}

// Deflate: Deflates `src` (zlib format, `level` -1 for zlib's default, or
// 0..9) into a new buffer of `region` holding exactly the compressed bytes.
// The input is read in place; the output is written once into the new buffer
// (one counted copy, as its size is known only at the end).
func Deflate(region *weaveheap.Region, src weaveheap.Object, level int32) (*weaveheap.Buffer, error) {
	if region == nil {
		return nil, weaveheap.NewError(weaveheap.CodeInvalidArgument, "zpack.deflate: 'region' is nil")
	}
	if src == nil {
		return nil, weaveheap.NewError(weaveheap.CodeInvalidArgument, "zpack.deflate: 'src' is nil")
	}
	res := C.zpack__go_deflate(C.weaveheap_region_t(region.Handle()), C.weaveheap_handle_t(src.Handle()), C.int32_t(level))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return weaveheap.BufferFromHandle(weaveheap.Handle(res.r)), nil
}

// Inflate: Inflates `src` (zlib format) straight into a new buffer of `region`
// of `size` bytes, the size of the data before it was deflated: no copy either
// way.
func Inflate(region *weaveheap.Region, src weaveheap.Object, size uint64) (*weaveheap.Buffer, error) {
	if region == nil {
		return nil, weaveheap.NewError(weaveheap.CodeInvalidArgument, "zpack.inflate: 'region' is nil")
	}
	if src == nil {
		return nil, weaveheap.NewError(weaveheap.CodeInvalidArgument, "zpack.inflate: 'src' is nil")
	}
	res := C.zpack__go_inflate(C.weaveheap_region_t(region.Handle()), C.weaveheap_handle_t(src.Handle()), C.uint64_t(size))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return weaveheap.BufferFromHandle(weaveheap.Handle(res.r)), nil
}

// InflateInto: Inflates `src` (zlib format) into the buffer `dst`, in place,
// and returns how many bytes it wrote; data longer than `dst` fails with
// wrong_size. `dst` and `src` cannot be the same object (a unique and a shared
// borrow of one object conflict).
func InflateInto(dst *weaveheap.Buffer, src weaveheap.Object) (uint64, error) {
	if dst == nil {
		return 0, weaveheap.NewError(weaveheap.CodeInvalidArgument, "zpack.inflate_into: 'dst' is nil")
	}
	if src == nil {
		return 0, weaveheap.NewError(weaveheap.CodeInvalidArgument, "zpack.inflate_into: 'src' is nil")
	}
	res := C.zpack__go_inflate_into(C.weaveheap_buffer_t(dst.Handle()), C.weaveheap_handle_t(src.Handle()))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// NewCrc: A new running CRC-32 in `region`, starting from nothing.
func NewCrc(region *weaveheap.Region) (*Crc, error) {
	if region == nil {
		return nil, weaveheap.NewError(weaveheap.CodeInvalidArgument, "crc.create: 'region' is nil")
	}
	res := C.zpack__go_crc_create(C.weaveheap_region_t(region.Handle()))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return &Crc{h: uint64(res.r)}, nil
}
