// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 9642b5336c411b3e8138dbfec9a542ba111ba757cb2538628071934c4e6b3821

// Package weaveheap is the Go binding of the weaveheap C core
// (version 0.1.0, ABI 1), generated from its IDL.
//
// Handles are owned Go values (Close releases them); views are Go slices
// over the core's memory, valid until View.Release; every failure is a typed
// error that unwraps to *WeaveHeapError, and a failed call changes nothing.
// Build with CGO_CFLAGS naming the directory of weaveheap.h and
// CGO_LDFLAGS naming the library (docs/go.md).
package weaveheap

/*
#include <stdbool.h>
#include <stdint.h>
#include "weaveheap.h"

// Shims: each returns a function's result, out parameters and error by
// value, so that the Go side passes no pointer to Go memory for them.

typedef struct weaveheap__go_region_create_result {
	weaveheap_region_t r;
	weaveheap_error e;
} weaveheap__go_region_create_result;
static inline weaveheap__go_region_create_result weaveheap__go_region_create(const weaveheap_region_options* options) {
	weaveheap__go_region_create_result res = {0};
	res.r = weaveheap_region_create(options, &res.e);
	return res;
}

typedef struct weaveheap__go_region_destroy_result {
	weaveheap_error e;
} weaveheap__go_region_destroy_result;
static inline weaveheap__go_region_destroy_result weaveheap__go_region_destroy(weaveheap_region_t region) {
	weaveheap__go_region_destroy_result res = {0};
	weaveheap_region_destroy(region, &res.e);
	return res;
}

typedef struct weaveheap__go_region_reset_result {
	weaveheap_error e;
} weaveheap__go_region_reset_result;
static inline weaveheap__go_region_reset_result weaveheap__go_region_reset(weaveheap_region_t region) {
	weaveheap__go_region_reset_result res = {0};
	weaveheap_region_reset(region, &res.e);
	return res;
}

typedef struct weaveheap__go_region_stats_result {
	weaveheap_stats out;
	weaveheap_error e;
} weaveheap__go_region_stats_result;
static inline weaveheap__go_region_stats_result weaveheap__go_region_stats(weaveheap_region_t region) {
	weaveheap__go_region_stats_result res = {0};
	weaveheap_region_stats(region, &res.out, &res.e);
	return res;
}

typedef struct weaveheap__go_buffer_alloc_result {
	weaveheap_buffer_t r;
	weaveheap_error e;
} weaveheap__go_buffer_alloc_result;
static inline weaveheap__go_buffer_alloc_result weaveheap__go_buffer_alloc(weaveheap_region_t region, uint64_t size, uint64_t align) {
	weaveheap__go_buffer_alloc_result res = {0};
	res.r = weaveheap_buffer_alloc(region, size, align, &res.e);
	return res;
}

typedef struct weaveheap__go_buffer_release_result {
	weaveheap_error e;
} weaveheap__go_buffer_release_result;
static inline weaveheap__go_buffer_release_result weaveheap__go_buffer_release(weaveheap_buffer_t buffer) {
	weaveheap__go_buffer_release_result res = {0};
	weaveheap_buffer_release(buffer, &res.e);
	return res;
}

typedef struct weaveheap__go_buffer_size_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_buffer_size_result;
static inline weaveheap__go_buffer_size_result weaveheap__go_buffer_size(weaveheap_buffer_t buffer) {
	weaveheap__go_buffer_size_result res = {0};
	res.r = weaveheap_buffer_size(buffer, &res.e);
	return res;
}

typedef struct weaveheap__go_buffer_write_result {
	weaveheap_error e;
} weaveheap__go_buffer_write_result;
static inline weaveheap__go_buffer_write_result weaveheap__go_buffer_write(weaveheap_buffer_t buffer, uint64_t offset, const uint8_t* data, uint64_t data_len) {
	weaveheap__go_buffer_write_result res = {0};
	weaveheap_buffer_write(buffer, offset, data, data_len, &res.e);
	return res;
}

typedef struct weaveheap__go_buffer_read_result {
	weaveheap_error e;
} weaveheap__go_buffer_read_result;
static inline weaveheap__go_buffer_read_result weaveheap__go_buffer_read(weaveheap_buffer_t buffer, uint64_t offset, uint8_t* dst, uint64_t dst_len) {
	weaveheap__go_buffer_read_result res = {0};
	weaveheap_buffer_read(buffer, offset, dst, dst_len, &res.e);
	return res;
}

typedef struct weaveheap__go_bytes_create_result {
	weaveheap_bytes_t r;
	weaveheap_error e;
} weaveheap__go_bytes_create_result;
static inline weaveheap__go_bytes_create_result weaveheap__go_bytes_create(weaveheap_region_t region, const uint8_t* data, uint64_t data_len) {
	weaveheap__go_bytes_create_result res = {0};
	res.r = weaveheap_bytes_create(region, data, data_len, &res.e);
	return res;
}

typedef struct weaveheap__go_bytes_release_result {
	weaveheap_error e;
} weaveheap__go_bytes_release_result;
static inline weaveheap__go_bytes_release_result weaveheap__go_bytes_release(weaveheap_bytes_t bytes) {
	weaveheap__go_bytes_release_result res = {0};
	weaveheap_bytes_release(bytes, &res.e);
	return res;
}

typedef struct weaveheap__go_bytes_length_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_bytes_length_result;
static inline weaveheap__go_bytes_length_result weaveheap__go_bytes_length(weaveheap_bytes_t bytes) {
	weaveheap__go_bytes_length_result res = {0};
	res.r = weaveheap_bytes_length(bytes, &res.e);
	return res;
}

typedef struct weaveheap__go_bytes_dup_result {
	uint8_t* r;
	uint64_t out_len;
	weaveheap_error e;
} weaveheap__go_bytes_dup_result;
static inline weaveheap__go_bytes_dup_result weaveheap__go_bytes_dup(weaveheap_bytes_t bytes) {
	weaveheap__go_bytes_dup_result res = {0};
	res.r = weaveheap_bytes_dup(bytes, &res.out_len, &res.e);
	return res;
}

typedef struct weaveheap__go_string_create_result {
	weaveheap_string_t r;
	weaveheap_error e;
} weaveheap__go_string_create_result;
static inline weaveheap__go_string_create_result weaveheap__go_string_create(weaveheap_region_t region, const uint8_t* text, uint64_t text_len) {
	weaveheap__go_string_create_result res = {0};
	res.r = weaveheap_string_create(region, text, text_len, &res.e);
	return res;
}

typedef struct weaveheap__go_string_release_result {
	weaveheap_error e;
} weaveheap__go_string_release_result;
static inline weaveheap__go_string_release_result weaveheap__go_string_release(weaveheap_string_t string) {
	weaveheap__go_string_release_result res = {0};
	weaveheap_string_release(string, &res.e);
	return res;
}

typedef struct weaveheap__go_string_length_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_string_length_result;
static inline weaveheap__go_string_length_result weaveheap__go_string_length(weaveheap_string_t string) {
	weaveheap__go_string_length_result res = {0};
	res.r = weaveheap_string_length(string, &res.e);
	return res;
}

typedef struct weaveheap__go_string_dup_result {
	char* r;
	weaveheap_error e;
} weaveheap__go_string_dup_result;
static inline weaveheap__go_string_dup_result weaveheap__go_string_dup(weaveheap_string_t string) {
	weaveheap__go_string_dup_result res = {0};
	res.r = weaveheap_string_dup(string, &res.e);
	return res;
}

typedef struct weaveheap__go_handle_kind_of_result {
	weaveheap_handle_kind r;
	weaveheap_error e;
} weaveheap__go_handle_kind_of_result;
static inline weaveheap__go_handle_kind_of_result weaveheap__go_handle_kind_of(weaveheap_handle_t handle) {
	weaveheap__go_handle_kind_of_result res = {0};
	res.r = weaveheap_handle_kind_of(handle, &res.e);
	return res;
}

typedef struct weaveheap__go_stats_global_result {
	weaveheap_stats out;
	weaveheap_error e;
} weaveheap__go_stats_global_result;
static inline weaveheap__go_stats_global_result weaveheap__go_stats_global(void) {
	weaveheap__go_stats_global_result res = {0};
	weaveheap_stats_global(&res.out, &res.e);
	return res;
}

typedef struct weaveheap__go_publish_start_result {
	weaveheap_error e;
} weaveheap__go_publish_start_result;
static inline weaveheap__go_publish_start_result weaveheap__go_publish_start(uint32_t interval_ms) {
	weaveheap__go_publish_start_result res = {0};
	weaveheap_publish_start(interval_ms, &res.e);
	return res;
}

typedef struct weaveheap__go_publish_now_result {
	weaveheap_error e;
} weaveheap__go_publish_now_result;
static inline weaveheap__go_publish_now_result weaveheap__go_publish_now(void) {
	weaveheap__go_publish_now_result res = {0};
	weaveheap_publish_now(&res.e);
	return res;
}

typedef struct weaveheap__go_borrow_shared_result {
	weaveheap_borrow_t r;
	weaveheap_view view;
	weaveheap_error e;
} weaveheap__go_borrow_shared_result;
static inline weaveheap__go_borrow_shared_result weaveheap__go_borrow_shared(weaveheap_handle_t target) {
	weaveheap__go_borrow_shared_result res = {0};
	res.r = weaveheap_borrow_shared(target, &res.view, &res.e);
	return res;
}

typedef struct weaveheap__go_borrow_unique_result {
	weaveheap_borrow_t r;
	weaveheap_view view;
	weaveheap_error e;
} weaveheap__go_borrow_unique_result;
static inline weaveheap__go_borrow_unique_result weaveheap__go_borrow_unique(weaveheap_handle_t target) {
	weaveheap__go_borrow_unique_result res = {0};
	res.r = weaveheap_borrow_unique(target, &res.view, &res.e);
	return res;
}

typedef struct weaveheap__go_borrow_release_result {
	weaveheap_error e;
} weaveheap__go_borrow_release_result;
static inline weaveheap__go_borrow_release_result weaveheap__go_borrow_release(weaveheap_borrow_t token) {
	weaveheap__go_borrow_release_result res = {0};
	weaveheap_borrow_release(token, &res.e);
	return res;
}
*/
import "C"

import (
	"fmt"
	"runtime"
	"unsafe"
)

// GeneratedABIVersion is the ABI this package was generated for.
const GeneratedABIVersion = 1

// GeneratedIDLHash is the SHA-256 of the IDL this package was generated from.
const GeneratedIDLHash = "9642b5336c411b3e8138dbfec9a542ba111ba757cb2538628071934c4e6b3821"

// GeneratedVersion is the library version this package was generated for.
const GeneratedVersion = "0.1.0"

// The largest alignment `buffer_alloc` accepts, in bytes.
const MaxAlign uint64 = 1048576

// The largest size of one allocation, bytes object or string, in bytes.
const MaxSize uint64 = 281474976710656

// The alignment used when a binding does not name one.
const DefaultAlign uint64 = 16

// The chunk size used when region options leave it 0.
const DefaultChunkSize uint64 = 65536

// Handle is a raw handle of any kind.
type Handle uint64

// HandleKind is the kind a handle carries in its bits.
type HandleKind int32

const (
	// Not a handle.
	HandleKindNone HandleKind = 0
	// A region handle.
	HandleKindRegion HandleKind = 1
	// A buffer handle.
	HandleKindBuffer HandleKind = 2
	// A bytes handle.
	HandleKindBytes HandleKind = 3
	// A string handle.
	HandleKindString HandleKind = 4
	// A borrow handle.
	HandleKindBorrow HandleKind = 5
)

// ErrorCode is a code of the core's error enum; the numbers are part of the ABI.
type ErrorCode int32

const (
	// Success.
	CodeOk ErrorCode = 0
	// An argument is out of its documented range (NULL where not allowed, an
	// alignment that is not a power of two, an absurd size).
	CodeInvalidArgument ErrorCode = 1
	// The allocator failed, or the region's byte limit would be exceeded.
	CodeOutOfMemory ErrorCode = 2
	// The handle was valid once; what it named was released, or its region was
	// reset or destroyed.
	CodeStaleHandle ErrorCode = 3
	// The handle was valid once; its slot now holds a newer object.
	CodeReusedHandle ErrorCode = 4
	// The handle was never issued by this process (0, out of range, or bits that
	// no slot ever carried).
	CodeForgedHandle ErrorCode = 5
	// The handle is live but of another kind than the function takes.
	CodeWrongKind ErrorCode = 6
	// The object (or region) is borrowed and cannot be released, reset, destroyed
	// or written by its owner.
	CodeBorrowed ErrorCode = 7
	// The borrow asked for conflicts with one that is outstanding (unique with
	// anything, shared with unique).
	CodeBorrowConflict ErrorCode = 8
	// The text is not valid UTF-8; the message names the byte offset.
	CodeInvalidUTF8 ErrorCode = 9
	// An offset and length reach past the end of the object.
	CodeOutOfRange ErrorCode = 10
	// A system call failed (a file or thread for publishing live stats); the
	// message names the call and the system's reason.
	CodeSystemError ErrorCode = 11
)

// WeaveHeapError is the base of every error the library reports: Every error
// the core reports. The numbers are part of the ABI: a code is never
// renumbered, and a retired code keeps its slot.
// Every error a call returns is one of the typed errors below, each of which
// unwraps to a *WeaveHeapError: use errors.As to test for either.
type WeaveHeapError struct {
	// Code is the core's error code.
	Code ErrorCode
	// Message is the core's message, naming the handle and the rule broken.
	Message string
}

func (e *WeaveHeapError) Error() string { return "weaveheap: " + e.Message }

// InvalidArgumentError is the error for code invalid_argument (1): An argument
// is out of its documented range (NULL where not allowed, an alignment that is
// not a power of two, an absurd size).
type InvalidArgumentError struct{ *WeaveHeapError }

// Unwrap gives the WeaveHeapError every error type shares.
func (e *InvalidArgumentError) Unwrap() error { return e.WeaveHeapError }

// OutOfMemoryError is the error for code out_of_memory (2): The allocator
// failed, or the region's byte limit would be exceeded.
type OutOfMemoryError struct{ *WeaveHeapError }

// Unwrap gives the WeaveHeapError every error type shares.
func (e *OutOfMemoryError) Unwrap() error { return e.WeaveHeapError }

// StaleHandleError is the error for code stale_handle (3): The handle was
// valid once; what it named was released, or its region was reset or
// destroyed.
type StaleHandleError struct{ *WeaveHeapError }

// Unwrap gives the WeaveHeapError every error type shares.
func (e *StaleHandleError) Unwrap() error { return e.WeaveHeapError }

// ReusedHandleError is the error for code reused_handle (4): The handle was
// valid once; its slot now holds a newer object.
type ReusedHandleError struct{ *WeaveHeapError }

// Unwrap gives the WeaveHeapError every error type shares.
func (e *ReusedHandleError) Unwrap() error { return e.WeaveHeapError }

// ForgedHandleError is the error for code forged_handle (5): The handle was
// never issued by this process (0, out of range, or bits that no slot ever
// carried).
type ForgedHandleError struct{ *WeaveHeapError }

// Unwrap gives the WeaveHeapError every error type shares.
func (e *ForgedHandleError) Unwrap() error { return e.WeaveHeapError }

// WrongKindError is the error for code wrong_kind (6): The handle is live but
// of another kind than the function takes.
type WrongKindError struct{ *WeaveHeapError }

// Unwrap gives the WeaveHeapError every error type shares.
func (e *WrongKindError) Unwrap() error { return e.WeaveHeapError }

// BorrowError is the error for code borrowed (7): The object (or region) is
// borrowed and cannot be released, reset, destroyed or written by its owner.
type BorrowError struct{ *WeaveHeapError }

// Unwrap gives the WeaveHeapError every error type shares.
func (e *BorrowError) Unwrap() error { return e.WeaveHeapError }

// BorrowConflictError is the error for code borrow_conflict (8): The borrow
// asked for conflicts with one that is outstanding (unique with anything,
// shared with unique).
type BorrowConflictError struct{ *WeaveHeapError }

// Unwrap makes a BorrowConflictError also a BorrowError.
func (e *BorrowConflictError) Unwrap() error { return &BorrowError{e.WeaveHeapError} }

// InvalidUtf8Error is the error for code invalid_utf8 (9): The text is not
// valid UTF-8; the message names the byte offset.
type InvalidUtf8Error struct{ *WeaveHeapError }

// Unwrap gives the WeaveHeapError every error type shares.
func (e *InvalidUtf8Error) Unwrap() error { return e.WeaveHeapError }

// OutOfRangeError is the error for code out_of_range (10): An offset and
// length reach past the end of the object.
type OutOfRangeError struct{ *WeaveHeapError }

// Unwrap gives the WeaveHeapError every error type shares.
func (e *OutOfRangeError) Unwrap() error { return e.WeaveHeapError }

// SystemError is the error for code system_error (11): A system call failed (a
// file or thread for publishing live stats); the message names the call and
// the system's reason.
type SystemError struct{ *WeaveHeapError }

// Unwrap gives the WeaveHeapError every error type shares.
func (e *SystemError) Unwrap() error { return e.WeaveHeapError }

// newError wraps a core error in the type of its code.
func newError(code ErrorCode, message string) error {
	base := &WeaveHeapError{Code: code, Message: message}
	switch code {
	case CodeInvalidArgument:
		return &InvalidArgumentError{base}
	case CodeOutOfMemory:
		return &OutOfMemoryError{base}
	case CodeStaleHandle:
		return &StaleHandleError{base}
	case CodeReusedHandle:
		return &ReusedHandleError{base}
	case CodeForgedHandle:
		return &ForgedHandleError{base}
	case CodeWrongKind:
		return &WrongKindError{base}
	case CodeBorrowed:
		return &BorrowError{base}
	case CodeBorrowConflict:
		return &BorrowConflictError{base}
	case CodeInvalidUTF8:
		return &InvalidUtf8Error{base}
	case CodeOutOfRange:
		return &OutOfRangeError{base}
	case CodeSystemError:
		return &SystemError{base}
	}
	return base
}

// takeError turns a filled C error into a Go error and frees its message.
// It takes the error by value, so that only a failing call puts one on the
// heap.
func takeError(e C.weaveheap_error) error {
	code, msg := ErrorCode(e.code), C.GoString(e.message)
	C.weaveheap_error_clear(&e)
	return newError(code, msg)
}

// VerifyABI compares a library's ABI version and IDL hash with the ones
// this package was generated for; the package runs it on the loaded library
// when it is initialised and panics on a mismatch.
func VerifyABI(abi uint32, idlHash string) error {
	if abi != GeneratedABIVersion || idlHash != GeneratedIDLHash {
		return fmt.Errorf("weaveheap: the C library has ABI %d and IDL %s, but this Go package "+
			"was generated for ABI %d and IDL %s: rebuild the library and regenerate "+
			"(PYTHONPATH=generator python3 -m weaveheap_gen) from the same IDL", abi, idlHash, GeneratedABIVersion, GeneratedIDLHash)
	}
	return nil
}

func init() {
	if err := VerifyABI(uint32(C.weaveheap_abi_version()), C.GoString(C.weaveheap_idl_hash())); err != nil {
		panic(err)
	}
}

// bytesPtr is the address of a slice's first byte, or nil when it is empty.
func bytesPtr(b []byte) unsafe.Pointer {
	if len(b) == 0 {
		return nil
	}
	return unsafe.Pointer(&b[0])
}

// RegionOptions: How a region is made. A zeroed struct (or NULL) asks for the
// defaults.
type RegionOptions struct {
	// Size of each chunk the region takes from the system; 0 means
	// `default_chunk_size`. Allocations larger than half a chunk get a chunk of
	// their own.
	ChunkSize uint64
	// Most bytes the region may have handed out since it was made or last reset
	// (a released object's bytes come back at the next reset); 0 means no limit.
	// Going past it is an out_of_memory error.
	ByteLimit uint64
	// When true the region may be used from many threads at once (a lock guards
	// it and its counters are atomic). When false it belongs to one thread at a
	// time and is faster.
	ThreadSafe bool
}

func (s *RegionOptions) toC() C.weaveheap_region_options {
	return C.weaveheap_region_options{
		chunk_size:  C.uint64_t(s.ChunkSize),
		byte_limit:  C.uint64_t(s.ByteLimit),
		thread_safe: C.bool(s.ThreadSafe),
	}
}

// Stats: The core's counters, for one region or for the whole process.
type Stats struct {
	// Objects (buffers, bytes, strings) created.
	Allocations uint64
	// Objects released one by one (reset and destroy are not counted here).
	Releases uint64
	// Bytes handed out, in total.
	BytesAllocated uint64
	// Bytes of live objects now.
	BytesLive uint64
	// Highest `bytes_live` seen. For the process: the sum of each region's peak,
	// an upper bound on the true simultaneous peak.
	BytesPeak uint64
	// Bytes the region holds in chunks from the system (used or not).
	BytesReserved uint64
	// Borrows acquired, in total.
	BorrowsTaken uint64
	// Borrows outstanding now.
	BorrowsActive uint64
	// Borrow requests refused because of a conflicting borrow, and releases,
	// resets, destroys or writes refused because of a borrow.
	BorrowConflicts uint64
	// Calls refused because a handle was stale, reused, forged or of the wrong
	// kind (process-wide only: a rejected handle names no region).
	StaleRejected uint64
	// Calls that copied bytes across the API (in or out). Zero-copy views never
	// count.
	Copies uint64
	// Bytes those calls copied.
	CopyBytes uint64
	// Regions live now (process-wide only).
	RegionsLive uint64
}

func statsFromC(c *C.weaveheap_stats) *Stats {
	return &Stats{
		Allocations:     uint64(c.allocations),
		Releases:        uint64(c.releases),
		BytesAllocated:  uint64(c.bytes_allocated),
		BytesLive:       uint64(c.bytes_live),
		BytesPeak:       uint64(c.bytes_peak),
		BytesReserved:   uint64(c.bytes_reserved),
		BorrowsTaken:    uint64(c.borrows_taken),
		BorrowsActive:   uint64(c.borrows_active),
		BorrowConflicts: uint64(c.borrow_conflicts),
		StaleRejected:   uint64(c.stale_rejected),
		Copies:          uint64(c.copies),
		CopyBytes:       uint64(c.copy_bytes),
		RegionsLive:     uint64(c.regions_live),
	}
}

// VersionNumber: The version this library was built as: major * 1000000 +
// minor * 1000 + patch. Compare with WEAVEHEAP_VERSION_NUMBER to see what a
// binding was generated for.
//
// Threads: any thread.
func VersionNumber() uint32 {
	r := C.weaveheap_version_number()
	return uint32(r)
}

// VersionString: The version as "major.minor.patch".
//
// Threads: any thread.
func VersionString() string {
	r := C.weaveheap_version_string()
	return C.GoString(r)
}

// ABIVersion: The ABI version; bindings generated for another ABI must not
// load.
//
// Threads: any thread.
func ABIVersion() uint32 {
	r := C.weaveheap_abi_version()
	return uint32(r)
}

// IDLHash: The SHA-256 of the IDL this library was built from, in hex.
//
// Threads: any thread.
func IDLHash() string {
	r := C.weaveheap_idl_hash()
	return C.GoString(r)
}

// Strerror: A static description of an error code; unknown codes give "unknown
// error".
//
// Threads: any thread.
func Strerror(code int32) string {
	r := C.weaveheap_strerror(C.int32_t(code))
	return C.GoString(r)
}

// NewRegion: Makes a region.
//
// Fails with InvalidArgumentError, OutOfMemoryError; a failed call changes
// nothing.
//
// Threads: any thread.
func NewRegion(options *RegionOptions) (*Region, error) {
	var optionsC *C.weaveheap_region_options
	if options != nil {
		c := options.toC()
		optionsC = &c
	}
	res := C.weaveheap__go_region_create(optionsC)
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return &Region{h: uint64(res.r)}, nil
}

// HandleKindOf: The kind of a live handle; a stale, reused or forged handle
// fails. Region handles may be checked from any thread; other handles follow
// their region's rule.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError; a failed
// call changes nothing.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func HandleKindOf(handle Handle) (HandleKind, error) {
	res := C.weaveheap__go_handle_kind_of(C.weaveheap_handle_t(handle))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return HandleKind(res.r), nil
}

// StatsGlobal: Reads the process-wide counters into `out`.
//
// Fails with InvalidArgumentError; a failed call changes nothing.
//
// Threads: any thread.
func StatsGlobal() (*Stats, error) {
	res := C.weaveheap__go_stats_global()
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return statsFromC(&res.out), nil
}

// StatsSetEnabled: Turns counting on or off for the whole process (on by
// default). While off, the statistics keep their values; what the core itself
// relies on (bytes_live, bytes_reserved, borrows_active, regions_live,
// stale_rejected) stays exact.
//
// Threads: any thread.
func StatsSetEnabled(enabled bool) {
	C.weaveheap_stats_set_enabled(C.bool(enabled))
}

// StatsEnabled: Whether counting is on.
//
// Threads: any thread.
func StatsEnabled() bool {
	r := C.weaveheap_stats_enabled()
	return bool(r)
}

// PublishStart: Starts publishing: a background thread rewrites the file every
// `interval_ms` milliseconds (0 means the default, 250; at most 3600000).
// Called again while publishing, it changes the interval. Fails, changing
// nothing, when the directory is unsafe (not owned by this user, or open to
// group or others: invalid_argument, the message names it) or the file or
// thread cannot be made (system_error).
//
// Fails with InvalidArgumentError, SystemError; a failed call changes nothing.
//
// Threads: any thread.
func PublishStart(intervalMs uint32) error {
	res := C.weaveheap__go_publish_start(C.uint32_t(intervalMs))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// PublishNow: Writes a snapshot now from the calling thread, creating the file
// first if this process is not publishing yet (without starting the background
// thread). Thread-safe regions are read under their lock; the table of any
// other region is exact when the caller is the thread using it, and best
// effort otherwise. Fails as `start` does.
//
// Fails with InvalidArgumentError, SystemError; a failed call changes nothing.
//
// Threads: any thread.
func PublishNow() error {
	res := C.weaveheap__go_publish_now()
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// PublishStop: Stops publishing and removes the file. A no-op when not
// publishing.
//
// Threads: any thread.
func PublishStop() {
	C.weaveheap_publish_stop()
}

// PublishActive: Whether this process is publishing (its file exists).
//
// Threads: any thread.
func PublishActive() bool {
	r := C.weaveheap_publish_active()
	return bool(r)
}

// Region: A region: an arena that owns chunks of memory and every object made
// in it. Destroying it frees them all at once and makes their handles stale.
//
// An owned handle: Close releases it. A *Region is not safe for
// concurrent use unless its region is thread-safe.
type Region struct{ h uint64 }

// Handle is the raw handle value, for HandleKindOf and logs (0 for a nil
// *Region, which the core reports as a forged handle).
func (recv *Region) Handle() Handle {
	if recv == nil {
		return 0
	}
	return Handle(recv.h)
}

// Close: Destroys a region: frees every object in it at once, returns its
// chunks, and makes every handle of it stale. Fails, changing nothing, while
// any object of the region is borrowed.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError, BorrowError; a failed call changes nothing.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Region) Close() error {
	res := C.weaveheap__go_region_destroy(C.weaveheap_handle_t(recv.Handle()))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// Reset: Frees every object in the region at once and makes their handles
// stale, keeping the region's chunks for reuse. Costs per chunk, not per
// object. Fails, changing nothing, while any object is borrowed.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError, BorrowError; a failed call changes nothing.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Region) Reset() error {
	res := C.weaveheap__go_region_reset(C.weaveheap_handle_t(recv.Handle()))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// Stats: Reads the region's counters into `out`.
//
// Fails with InvalidArgumentError, StaleHandleError, ReusedHandleError,
// ForgedHandleError, WrongKindError; a failed call changes nothing.
//
// Threads: any thread.
func (recv *Region) Stats() (*Stats, error) {
	res := C.weaveheap__go_region_stats(C.weaveheap_handle_t(recv.Handle()))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return statsFromC(&res.out), nil
}

// NewBuffer: Allocates `size` bytes aligned to `align` (a power of two up to
// `max_align`). The bytes are zeroed.
//
// Fails with InvalidArgumentError, OutOfMemoryError, StaleHandleError,
// ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes
// nothing.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Region) NewBuffer(size uint64, align uint64) (*Buffer, error) {
	res := C.weaveheap__go_buffer_alloc(C.weaveheap_handle_t(recv.Handle()), C.uint64_t(size), C.uint64_t(align))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return &Buffer{h: uint64(res.r)}, nil
}

// NewBytes: Copies `data` into a new bytes object (counted as a copy).
//
// Fails with InvalidArgumentError, OutOfMemoryError, StaleHandleError,
// ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes
// nothing.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Region) NewBytes(data []byte) (*Bytes, error) {
	res := C.weaveheap__go_bytes_create(C.weaveheap_handle_t(recv.Handle()), (*C.uint8_t)(bytesPtr(data)), C.uint64_t(len(data)))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return &Bytes{h: uint64(res.r)}, nil
}

// NewString: Validates `text` as UTF-8 and copies it into a new string
// (counted as a copy). Invalid input fails with the byte offset of the first
// bad sequence in the message.
//
// Fails with InvalidArgumentError, InvalidUtf8Error, OutOfMemoryError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Region) NewString(text []byte) (*String, error) {
	res := C.weaveheap__go_string_create(C.weaveheap_handle_t(recv.Handle()), (*C.uint8_t)(bytesPtr(text)), C.uint64_t(len(text)))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return &String{h: uint64(res.r)}, nil
}

// Buffer: A mutable, sized, aligned block of memory in a region.
//
// An owned handle: Close releases it. A *Buffer is not safe for
// concurrent use unless its region is thread-safe.
type Buffer struct{ h uint64 }

// Handle is the raw handle value, for HandleKindOf and logs (0 for a nil
// *Buffer, which the core reports as a forged handle).
func (recv *Buffer) Handle() Handle {
	if recv == nil {
		return 0
	}
	return Handle(recv.h)
}

// Close: Releases a buffer; its handle becomes stale. The memory returns to
// the region at its next reset or destroy. Fails while it is borrowed.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError, BorrowError; a failed call changes nothing.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Buffer) Close() error {
	res := C.weaveheap__go_buffer_release(C.weaveheap_handle_t(recv.Handle()))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// Size: The buffer's size in bytes.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Buffer) Size() (uint64, error) {
	res := C.weaveheap__go_buffer_size(C.weaveheap_handle_t(recv.Handle()))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// Write: Copies `data` into the buffer at `offset` (counted as a copy). The
// owner may write only while no borrow is outstanding.
//
// Fails with InvalidArgumentError, OutOfRangeError, BorrowError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Buffer) Write(offset uint64, data []byte) error {
	res := C.weaveheap__go_buffer_write(C.weaveheap_handle_t(recv.Handle()), C.uint64_t(offset), (*C.uint8_t)(bytesPtr(data)), C.uint64_t(len(data)))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// Read: Copies bytes from `offset` into `dst` (counted as a copy). Fails while
// a unique borrow is outstanding.
//
// Fails with InvalidArgumentError, OutOfRangeError, BorrowError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Buffer) Read(offset uint64, dst []byte) error {
	res := C.weaveheap__go_buffer_read(C.weaveheap_handle_t(recv.Handle()), C.uint64_t(offset), (*C.uint8_t)(bytesPtr(dst)), C.uint64_t(len(dst)))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// BorrowShared: Takes a shared borrow: `view` is read-only and lives until the
// returned token is released. Fails with borrow_conflict while a unique borrow
// is outstanding.
//
// The View's Data is a slice over the core's memory (no copy); call
// View.Release when done.
//
// Fails with InvalidArgumentError, OutOfMemoryError, BorrowConflictError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Buffer) BorrowShared() (*View, error) {
	res := C.weaveheap__go_borrow_shared(C.weaveheap_handle_t(recv.Handle()))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return newView(uint64(res.r), res.view), nil
}

// BorrowUnique: Takes the unique borrow: no other borrow may be outstanding.
// The view is writable for a buffer (bytes and strings stay read-only).
//
// The View's Data is a slice over the core's memory (no copy); call
// View.Release when done.
//
// Fails with InvalidArgumentError, OutOfMemoryError, BorrowConflictError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Buffer) BorrowUnique() (*View, error) {
	res := C.weaveheap__go_borrow_unique(C.weaveheap_handle_t(recv.Handle()))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return newView(uint64(res.r), res.view), nil
}

// Bytes: An immutable byte string in a region.
//
// An owned handle: Close releases it. A *Bytes is not safe for
// concurrent use unless its region is thread-safe.
type Bytes struct{ h uint64 }

// Handle is the raw handle value, for HandleKindOf and logs (0 for a nil
// *Bytes, which the core reports as a forged handle).
func (recv *Bytes) Handle() Handle {
	if recv == nil {
		return 0
	}
	return Handle(recv.h)
}

// Close: Releases a bytes object. Fails while it is borrowed.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError, BorrowError; a failed call changes nothing.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Bytes) Close() error {
	res := C.weaveheap__go_bytes_release(C.weaveheap_handle_t(recv.Handle()))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// Length: The length in bytes.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Bytes) Length() (uint64, error) {
	res := C.weaveheap__go_bytes_length(C.weaveheap_handle_t(recv.Handle()))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// Dup: A copy of the bytes in memory the caller owns (counted as a copy); free
// it with `free_bytes`. An empty object gives a non-NULL pointer.
//
// Fails with InvalidArgumentError, OutOfMemoryError, BorrowError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Bytes) Dup() ([]byte, error) {
	res := C.weaveheap__go_bytes_dup(C.weaveheap_handle_t(recv.Handle()))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	b := make([]byte, int(res.out_len))
	copy(b, unsafe.Slice((*byte)(unsafe.Pointer(res.r)), int(res.out_len)))
	C.weaveheap_free_bytes(res.r, res.out_len)
	return b, nil
}

// BorrowShared: Takes a shared borrow: `view` is read-only and lives until the
// returned token is released. Fails with borrow_conflict while a unique borrow
// is outstanding.
//
// The View's Data is a slice over the core's memory (no copy); call
// View.Release when done.
//
// Fails with InvalidArgumentError, OutOfMemoryError, BorrowConflictError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Bytes) BorrowShared() (*View, error) {
	res := C.weaveheap__go_borrow_shared(C.weaveheap_handle_t(recv.Handle()))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return newView(uint64(res.r), res.view), nil
}

// BorrowUnique: Takes the unique borrow: no other borrow may be outstanding.
// The view is writable for a buffer (bytes and strings stay read-only).
//
// The View's Data is a slice over the core's memory (no copy); call
// View.Release when done.
//
// Fails with InvalidArgumentError, OutOfMemoryError, BorrowConflictError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Bytes) BorrowUnique() (*View, error) {
	res := C.weaveheap__go_borrow_unique(C.weaveheap_handle_t(recv.Handle()))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return newView(uint64(res.r), res.view), nil
}

// String: An immutable, validated UTF-8 string in a region, stored with a
// trailing NUL so that C can read it in place.
//
// An owned handle: Close releases it. A *String is not safe for
// concurrent use unless its region is thread-safe.
type String struct{ h uint64 }

// Handle is the raw handle value, for HandleKindOf and logs (0 for a nil
// *String, which the core reports as a forged handle).
func (recv *String) Handle() Handle {
	if recv == nil {
		return 0
	}
	return Handle(recv.h)
}

// Close: Releases a string. Fails while it is borrowed.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError, BorrowError; a failed call changes nothing.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *String) Close() error {
	res := C.weaveheap__go_string_release(C.weaveheap_handle_t(recv.Handle()))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// Length: The length in bytes, without the trailing NUL.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *String) Length() (uint64, error) {
	res := C.weaveheap__go_string_length(C.weaveheap_handle_t(recv.Handle()))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// Dup: A NUL-terminated copy the caller owns (counted as a copy); free it with
// `free_string`.
//
// Fails with OutOfMemoryError, BorrowError, StaleHandleError,
// ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes
// nothing.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *String) Dup() (string, error) {
	res := C.weaveheap__go_string_dup(C.weaveheap_handle_t(recv.Handle()))
	if res.e.code != 0 {
		return "", takeError(res.e)
	}
	s := C.GoString(res.r)
	C.weaveheap_free_string(res.r)
	return s, nil
}

// BorrowShared: Takes a shared borrow: `view` is read-only and lives until the
// returned token is released. Fails with borrow_conflict while a unique borrow
// is outstanding.
//
// The View's Data is a slice over the core's memory (no copy); call
// View.Release when done.
//
// Fails with InvalidArgumentError, OutOfMemoryError, BorrowConflictError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *String) BorrowShared() (*View, error) {
	res := C.weaveheap__go_borrow_shared(C.weaveheap_handle_t(recv.Handle()))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return newView(uint64(res.r), res.view), nil
}

// BorrowUnique: Takes the unique borrow: no other borrow may be outstanding.
// The view is writable for a buffer (bytes and strings stay read-only).
//
// The View's Data is a slice over the core's memory (no copy); call
// View.Release when done.
//
// Fails with InvalidArgumentError, OutOfMemoryError, BorrowConflictError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *String) BorrowUnique() (*View, error) {
	res := C.weaveheap__go_borrow_unique(C.weaveheap_handle_t(recv.Handle()))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return newView(uint64(res.r), res.view), nil
}

// View: A window on memory owned by the core, valid exactly as long as the
// borrow token returned with it. Data is a Go slice over the core's memory; it
// must not be used after Release.
type View struct {
	// Data is the object's bytes, in place. Writing through it is allowed
	// only when Writable is true.
	Data []byte
	// Writable is true for the unique view of a buffer.
	Writable bool
	token    uint64
	released bool
}

func newView(token uint64, v C.weaveheap_view) *View {
	view := &View{Data: unsafe.Slice((*byte)(unsafe.Pointer(v.data)), int(v.length)),
		Writable: bool(v.writable), token: token}
	// A safety net only: a View dropped without Release ends its borrow
	// when the garbage collector finds it (from the finalizer goroutine).
	runtime.SetFinalizer(view, func(v *View) { _ = v.Release() })
	return view
}

// Release ends the borrow (the core's weaveheap_borrow_release); Data must
// not be used afterwards and is set to nil. A second Release is a
// StaleHandleError, as in the core.
func (recv *View) Release() error {
	var token uint64
	if recv != nil {
		token = recv.token
	}
	res := C.weaveheap__go_borrow_release(C.weaveheap_handle_t(token))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	recv.released = true
	recv.Data = nil
	runtime.SetFinalizer(recv, nil)
	return nil
}

// Released reports whether Release succeeded.
func (recv *View) Released() bool { return recv != nil && recv.released }

// Memory: The handle kinds that hold memory a view can borrow.
type Memory interface {
	Handle() Handle
	BorrowShared() (*View, error)
	BorrowUnique() (*View, error)
}

var (
	_ Memory = (*Buffer)(nil)
	_ Memory = (*Bytes)(nil)
	_ Memory = (*String)(nil)
)
