/* Generated from samples/extension/zpack.wh by weaveheap_gen: do not edit. IDL sha256 a79f42f696d09eae4e0adf0c4e603e9a5ffe4d5838b0b8389db22b59b0cee278 */
/*
 * What the implementer of zpack writes: one function per function of zpack.h,
 * called by the generated entry points (zpack_entry.c) once they have
 * resolved the handles and taken the borrows the IDL declares. Every view
 * and payload an implementation receives is valid only until it returns:
 * never keep one. An implementation that fails fills `err` (zpack_fail, with
 * one of the codes its function declares) and returns 0 or NULL; the entry
 * point then releases every borrow and hands the error to the caller. An
 * implementation that made a core object and then fails releases it.
 */
#ifndef ZPACK_IMPL_H
#define ZPACK_IMPL_H

#include "zpack.h"
#include "weaveheap_api.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The core's function table (zpack_init's): make and use core objects with it,
 * as in zpack_core()->buffer_alloc(region, size, 16, err). */
const weaveheap_api* zpack_core(void);

/* Fills `err` with `code` and a formatted message (printf's rules), allocated
 * by the core so that weaveheap_error_clear frees it. */
void zpack_fail(weaveheap_error* err, int32_t code, const char* fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* The payload of a crc: defined by the implementation. */
struct zpack_crc;
/* Frees a crc's payload: called exactly once, when its handle is released or
 * its region reset or destroyed (after the region is consistent: it must not
 * reset, destroy or release in that region). */
void zpack_impl_crc_destroy(struct zpack_crc* payload);

/*
 * zpack.crc32: The CRC-32 of the bytes of `src` (a buffer, bytes or string), read in
 *   place: no copy.
 * src: the bytes of the buffer | bytes | string | vector | var_vector | foreign `src`, borrowed shared (read-only) for the call: valid only until the implementation returns.
 */
uint32_t zpack_impl_crc32(const weaveheap_view* src, weaveheap_error* err);

/*
 * zpack.deflate: Deflates `src` (zlib format, `level` -1 for zlib's default, or 0..9)
 *   into a new buffer of `region` holding exactly the compressed bytes.
 *   The input is read in place; the output is written once into the new
 *   buffer (one counted copy, as its size is known only at the end).
 * region: passed through as the C API has it: a region handle to make results in with the core's table.
 * src: the bytes of the buffer | bytes | string | vector | var_vector | foreign `src`, borrowed shared (read-only) for the call: valid only until the implementation returns.
 * level: passed through as the C API has it.
 * Returns the buffer it made in the region, owned by the caller (0 with `err`
 * filled on failure).
 */
weaveheap_buffer_t zpack_impl_deflate(weaveheap_region_t region, const weaveheap_view* src, int32_t level, weaveheap_error* err);

/*
 * zpack.inflate: Inflates `src` (zlib format) straight into a new buffer of `region` of
 *   `size` bytes, the size of the data before it was deflated: no copy
 *   either way.
 * region: passed through as the C API has it: a region handle to make results in with the core's table.
 * src: the bytes of the buffer | bytes | string | vector | var_vector | foreign `src`, borrowed shared (read-only) for the call: valid only until the implementation returns.
 * size: passed through as the C API has it.
 * Returns the buffer it made in the region, owned by the caller (0 with `err`
 * filled on failure).
 */
weaveheap_buffer_t zpack_impl_inflate(weaveheap_region_t region, const weaveheap_view* src, uint64_t size, weaveheap_error* err);

/*
 * zpack.inflate_into: Inflates `src` (zlib format) into the buffer `dst`, in place, and
 *   returns how many bytes it wrote; data longer than `dst` fails with
 *   wrong_size. `dst` and `src` cannot be the same object (a unique and a
 *   shared borrow of one object conflict).
 * dst: the bytes of the buffer `dst`, borrowed unique (writable for a buffer) for the call: valid only until the implementation returns.
 * src: the bytes of the buffer | bytes | string | vector | var_vector | foreign `src`, borrowed shared (read-only) for the call: valid only until the implementation returns.
 */
uint64_t zpack_impl_inflate_into(weaveheap_view* dst, const weaveheap_view* src, weaveheap_error* err);

/*
 * crc.create: A new running CRC-32 in `region`, starting from nothing.
 * region: passed through as the C API has it: a region handle to make results in with the core's table.
 * Returns the payload of the new crc (NULL with `err` filled on failure);
 * the entry point wraps it in a handle, or destroys it if that fails.
 */
struct zpack_crc* zpack_impl_crc_create(weaveheap_region_t region, weaveheap_error* err);

/*
 * crc.update: Adds the bytes of `src` to the checksum, read in place.
 * crc: the payload of the crc `crc`, borrowed unique for the call (it cannot be released meanwhile): valid only until the implementation returns.
 * src: the bytes of the buffer | bytes | string | vector | var_vector | foreign `src`, borrowed shared (read-only) for the call: valid only until the implementation returns.
 */
void zpack_impl_crc_update(struct zpack_crc* crc, const weaveheap_view* src, weaveheap_error* err);

/*
 * crc.value: The CRC-32 of everything added so far.
 * crc: the payload of the crc `crc`, borrowed shared for the call (it cannot be released meanwhile): valid only until the implementation returns.
 */
uint32_t zpack_impl_crc_value(struct zpack_crc* crc, weaveheap_error* err);

#ifdef __cplusplus
}
#endif

#endif /* ZPACK_IMPL_H */
