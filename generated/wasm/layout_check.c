/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144 */
/* The C struct layouts that the wasm glue (weaveheap.mjs) reads and writes in
 * linear memory, as the generator computed them for 32- and 64-bit pointers.
 * Compiled into every wasm build (and the wasm64 one), it fails the build if
 * the compiler ever lays a struct out otherwise. Only `ptr` and `str` fields
 * change width with the memory; every size in the IDL is u64 already. */
#include "weaveheap.h"

#include <stddef.h>
#include <stdint.h>

#if UINTPTR_MAX == UINT32_MAX /* wasm32: 32-bit pointers */
_Static_assert(sizeof(weaveheap_error) == 8 && _Alignof(weaveheap_error) == 4, "layout of weaveheap_error");
_Static_assert(offsetof(weaveheap_error, code) == 0, "offset of weaveheap_error.code");
_Static_assert(offsetof(weaveheap_error, message) == 4, "offset of weaveheap_error.message");
_Static_assert(sizeof(weaveheap_region_options) == 24 && _Alignof(weaveheap_region_options) == 8, "layout of weaveheap_region_options");
_Static_assert(offsetof(weaveheap_region_options, chunk_size) == 0, "offset of weaveheap_region_options.chunk_size");
_Static_assert(offsetof(weaveheap_region_options, byte_limit) == 8, "offset of weaveheap_region_options.byte_limit");
_Static_assert(offsetof(weaveheap_region_options, thread_safe) == 16, "offset of weaveheap_region_options.thread_safe");
_Static_assert(sizeof(weaveheap_view) == 24 && _Alignof(weaveheap_view) == 8, "layout of weaveheap_view");
_Static_assert(offsetof(weaveheap_view, data) == 0, "offset of weaveheap_view.data");
_Static_assert(offsetof(weaveheap_view, length) == 8, "offset of weaveheap_view.length");
_Static_assert(offsetof(weaveheap_view, writable) == 16, "offset of weaveheap_view.writable");
_Static_assert(sizeof(weaveheap_stats) == 112 && _Alignof(weaveheap_stats) == 8, "layout of weaveheap_stats");
_Static_assert(offsetof(weaveheap_stats, allocations) == 0, "offset of weaveheap_stats.allocations");
_Static_assert(offsetof(weaveheap_stats, releases) == 8, "offset of weaveheap_stats.releases");
_Static_assert(offsetof(weaveheap_stats, bytes_allocated) == 16, "offset of weaveheap_stats.bytes_allocated");
_Static_assert(offsetof(weaveheap_stats, bytes_live) == 24, "offset of weaveheap_stats.bytes_live");
_Static_assert(offsetof(weaveheap_stats, bytes_peak) == 32, "offset of weaveheap_stats.bytes_peak");
_Static_assert(offsetof(weaveheap_stats, bytes_reserved) == 40, "offset of weaveheap_stats.bytes_reserved");
_Static_assert(offsetof(weaveheap_stats, borrows_taken) == 48, "offset of weaveheap_stats.borrows_taken");
_Static_assert(offsetof(weaveheap_stats, borrows_active) == 56, "offset of weaveheap_stats.borrows_active");
_Static_assert(offsetof(weaveheap_stats, borrow_conflicts) == 64, "offset of weaveheap_stats.borrow_conflicts");
_Static_assert(offsetof(weaveheap_stats, stale_rejected) == 72, "offset of weaveheap_stats.stale_rejected");
_Static_assert(offsetof(weaveheap_stats, copies) == 80, "offset of weaveheap_stats.copies");
_Static_assert(offsetof(weaveheap_stats, copy_bytes) == 88, "offset of weaveheap_stats.copy_bytes");
_Static_assert(offsetof(weaveheap_stats, regions_live) == 96, "offset of weaveheap_stats.regions_live");
_Static_assert(offsetof(weaveheap_stats, imports) == 104, "offset of weaveheap_stats.imports");
#else /* wasm64: 64-bit pointers */
_Static_assert(sizeof(weaveheap_error) == 16 && _Alignof(weaveheap_error) == 8, "layout of weaveheap_error");
_Static_assert(offsetof(weaveheap_error, code) == 0, "offset of weaveheap_error.code");
_Static_assert(offsetof(weaveheap_error, message) == 8, "offset of weaveheap_error.message");
_Static_assert(sizeof(weaveheap_region_options) == 24 && _Alignof(weaveheap_region_options) == 8, "layout of weaveheap_region_options");
_Static_assert(offsetof(weaveheap_region_options, chunk_size) == 0, "offset of weaveheap_region_options.chunk_size");
_Static_assert(offsetof(weaveheap_region_options, byte_limit) == 8, "offset of weaveheap_region_options.byte_limit");
_Static_assert(offsetof(weaveheap_region_options, thread_safe) == 16, "offset of weaveheap_region_options.thread_safe");
_Static_assert(sizeof(weaveheap_view) == 24 && _Alignof(weaveheap_view) == 8, "layout of weaveheap_view");
_Static_assert(offsetof(weaveheap_view, data) == 0, "offset of weaveheap_view.data");
_Static_assert(offsetof(weaveheap_view, length) == 8, "offset of weaveheap_view.length");
_Static_assert(offsetof(weaveheap_view, writable) == 16, "offset of weaveheap_view.writable");
_Static_assert(sizeof(weaveheap_stats) == 112 && _Alignof(weaveheap_stats) == 8, "layout of weaveheap_stats");
_Static_assert(offsetof(weaveheap_stats, allocations) == 0, "offset of weaveheap_stats.allocations");
_Static_assert(offsetof(weaveheap_stats, releases) == 8, "offset of weaveheap_stats.releases");
_Static_assert(offsetof(weaveheap_stats, bytes_allocated) == 16, "offset of weaveheap_stats.bytes_allocated");
_Static_assert(offsetof(weaveheap_stats, bytes_live) == 24, "offset of weaveheap_stats.bytes_live");
_Static_assert(offsetof(weaveheap_stats, bytes_peak) == 32, "offset of weaveheap_stats.bytes_peak");
_Static_assert(offsetof(weaveheap_stats, bytes_reserved) == 40, "offset of weaveheap_stats.bytes_reserved");
_Static_assert(offsetof(weaveheap_stats, borrows_taken) == 48, "offset of weaveheap_stats.borrows_taken");
_Static_assert(offsetof(weaveheap_stats, borrows_active) == 56, "offset of weaveheap_stats.borrows_active");
_Static_assert(offsetof(weaveheap_stats, borrow_conflicts) == 64, "offset of weaveheap_stats.borrow_conflicts");
_Static_assert(offsetof(weaveheap_stats, stale_rejected) == 72, "offset of weaveheap_stats.stale_rejected");
_Static_assert(offsetof(weaveheap_stats, copies) == 80, "offset of weaveheap_stats.copies");
_Static_assert(offsetof(weaveheap_stats, copy_bytes) == 88, "offset of weaveheap_stats.copy_bytes");
_Static_assert(offsetof(weaveheap_stats, regions_live) == 96, "offset of weaveheap_stats.regions_live");
_Static_assert(offsetof(weaveheap_stats, imports) == 104, "offset of weaveheap_stats.imports");
#endif
