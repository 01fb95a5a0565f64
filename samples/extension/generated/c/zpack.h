/* Generated from samples/extension/zpack.wh by weaveheap_gen: do not edit. IDL sha256 a79f42f696d09eae4e0adf0c4e603e9a5ffe4d5838b0b8389db22b59b0cee278 */
/*
 * The public C API of zpack 0.1.0, an extension of weaveheap
 * (docs/extensions.md). Handles, errors, views and borrow rules are weaveheap's:
 * a stale, reused, forged or wrong-kind handle is an error, never undefined
 * behaviour; every function borrows what it takes for the call only. Call
 * zpack_init() once before any other function.
 */
#ifndef ZPACK_H
#define ZPACK_H

#include "weaveheap.h"

#define ZPACK_VERSION_STRING "0.1.0"
#define ZPACK_ABI_VERSION 1
/* SHA-256 of the IDL this header was generated from. */
#define ZPACK_IDL_HASH "a79f42f696d09eae4e0adf0c4e603e9a5ffe4d5838b0b8389db22b59b0cee278"
/* SHA-256 of the weaveheap IDL it imported: zpack_init refuses a core built from
 * another. */
#define ZPACK_CORE_IDL_HASH "44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144"

#if defined(_WIN32)
#  define ZPACK_API __declspec(dllimport)
#elif defined(__GNUC__) || defined(__clang__)
#  define ZPACK_API __attribute__((visibility("default")))
#else
#  define ZPACK_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* -- handles of its own kinds (weaveheap handles, kind `object`) ---------- */
/**
 * A running CRC-32: feed it memory piece by piece, read the checksum of it
 * all. Lives in a region like every object.
 */
typedef weaveheap_handle_t zpack_crc_t;

/* -- errors (numbered from 1000; the core's keep their numbers) ----------- */
/** zpack's own errors, numbered from 1000 (the core's keep theirs). */
typedef int32_t zpack_failure;
enum {
    /** The compressed data is corrupt or truncated. */
    ZPACK_ERR_CORRUPT = 1000,
    /** The inflated data does not have the size the caller gave. */
    ZPACK_ERR_WRONG_SIZE = 1001,
};

/* Every error code as X(C_NAME, number, "name", "static text"), so that one
 * list gives the enum, weaveheap_strerror and the names of the bindings. */
#define ZPACK_ERROR_CODES(X) \
    X(ZPACK_ERR_CORRUPT, 1000, "corrupt", "corrupt compressed data") \
    X(ZPACK_ERR_WRONG_SIZE, 1001, "wrong_size", "inflated size differs")

/* -- functions ------------------------------------------------------------ */

/**
 * Binds zpack to the weaveheap core of the process: `core_api` is that core's
 * function table (weaveheap_api_table() in C, the base package's in other
 * languages), checked for weaveheap's ABI and ZPACK_CORE_IDL_HASH, and
 * zpack's kinds are registered with it. Idempotent for the same table; another
 * table (a second core) is refused. Until it succeeds every other function
 * fails with invalid_argument (message NULL).
 *
 * @param core_api a `const weaveheap_api*`; NULL fails.
 * @param out_err filled on failure; may be NULL.
 * @return true on success.
 * Threads: any thread.
 */
ZPACK_API bool zpack_init(const void* core_api, weaveheap_error* out_err);

/* ---- module zpack ---- */
/** Checksums and compression of whole objects. */

/**
 * The CRC-32 of the bytes of `src` (a buffer, bytes or string), read in
 * place: no copy.
 *
 * @param src a buffer | bytes | string | vector | var_vector | foreign
 *        handle, borrowed shared for the call: the core reads it and keeps no
 *        reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u32; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_BORROW_CONFLICT, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
ZPACK_API uint32_t zpack_crc32(weaveheap_handle_t src, weaveheap_error* out_err);

/**
 * Deflates `src` (zlib format, `level` -1 for zlib's default, or 0..9)
 * into a new buffer of `region` holding exactly the compressed bytes.
 * The input is read in place; the output is written once into the new
 * buffer (one counted copy, as its size is known only at the end).
 *
 * @param region a region handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param src a buffer | bytes | string | vector | var_vector | foreign
 *        handle, borrowed shared for the call: the core reads it and keeps no
 *        reference past the call.
 * @param level passed by value. Default -1.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a new buffer handle owned by the caller, to release with
 *        weaveheap_buffer_release; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_BORROW_CONFLICT, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
ZPACK_API weaveheap_buffer_t zpack_deflate(weaveheap_region_t region, weaveheap_handle_t src, int32_t level, weaveheap_error* out_err);

/**
 * Inflates `src` (zlib format) straight into a new buffer of `region` of
 * `size` bytes, the size of the data before it was deflated: no copy
 * either way.
 *
 * @param region a region handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param src a buffer | bytes | string | vector | var_vector | foreign
 *        handle, borrowed shared for the call: the core reads it and keeps no
 *        reference past the call.
 * @param size passed by value.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a new buffer handle owned by the caller, to release with
 *        weaveheap_buffer_release; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_BORROW_CONFLICT, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND, ZPACK_ERR_CORRUPT, ZPACK_ERR_WRONG_SIZE. A
 *        failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
ZPACK_API weaveheap_buffer_t zpack_inflate(weaveheap_region_t region, weaveheap_handle_t src, uint64_t size, weaveheap_error* out_err);

/**
 * Inflates `src` (zlib format) into the buffer `dst`, in place, and
 * returns how many bytes it wrote; data longer than `dst` fails with
 * wrong_size. `dst` and `src` cannot be the same object (a unique and a
 * shared borrow of one object conflict).
 *
 * @param dst a buffer handle, borrowed unique for the call: the caller
 *        keeps ownership; the core may write it but keeps no reference past the
 *        call.
 * @param src a buffer | bytes | string | vector | var_vector | foreign
 *        handle, borrowed shared for the call: the core reads it and keeps no
 *        reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_BORROW_CONFLICT, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND, ZPACK_ERR_CORRUPT, ZPACK_ERR_WRONG_SIZE. A
 *        failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
ZPACK_API uint64_t zpack_inflate_into(weaveheap_buffer_t dst, weaveheap_handle_t src, weaveheap_error* out_err);

/* ---- module crc ---- */
/** Running checksums. */

/**
 * A new running CRC-32 in `region`, starting from nothing.
 *
 * @param region a region handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a new crc handle owned by the caller, to release with
 *        zpack_crc_close; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
ZPACK_API zpack_crc_t zpack_crc_create(weaveheap_region_t region, weaveheap_error* out_err);

/**
 * Adds the bytes of `src` to the checksum, read in place.
 *
 * @param crc a crc handle, borrowed unique for the call: the caller
 *        keeps ownership; the core may write it but keeps no reference past the
 *        call.
 * @param src a buffer | bytes | string | vector | var_vector | foreign
 *        handle, borrowed shared for the call: the core reads it and keeps no
 *        reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_BORROW_CONFLICT, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
ZPACK_API void zpack_crc_update(zpack_crc_t crc, weaveheap_handle_t src, weaveheap_error* out_err);

/**
 * The CRC-32 of everything added so far.
 *
 * @param crc a crc handle, borrowed shared for the call: the core reads
 *        it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u32; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_BORROW_CONFLICT, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
ZPACK_API uint32_t zpack_crc_value(zpack_crc_t crc, weaveheap_error* out_err);

/**
 * Releases the checksum; its handle goes stale.
 *
 * @param crc ownership moves to the core: the handle is stale once the
 *        call succeeds (unchanged if it fails).
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND, WEAVEHEAP_ERR_BORROWED. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
ZPACK_API void zpack_crc_close(zpack_crc_t crc, weaveheap_error* out_err);

#ifdef __cplusplus
}
#endif

#endif /* ZPACK_H */
