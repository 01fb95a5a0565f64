/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144 */
/*
 * The public C API of weaveheap 0.1.0. Conventions:
 * every fallible function takes `weaveheap_error* out_err` last and fills it on
 * failure; handles are 64-bit capability values where 0 is never valid; a
 * stale, reused, forged or wrong-kind handle is an error, never undefined
 * behaviour. Ownership and borrow rules: docs/memory-model.md.
 */
#ifndef WEAVEHEAP_H
#define WEAVEHEAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define WEAVEHEAP_VERSION_MAJOR 0
#define WEAVEHEAP_VERSION_MINOR 1
#define WEAVEHEAP_VERSION_PATCH 0
/* major * 1000000 + minor * 1000 + patch; same major means ABI compatible. */
#define WEAVEHEAP_VERSION_NUMBER 1000
#define WEAVEHEAP_VERSION_STRING "0.1.0"
#define WEAVEHEAP_ABI_VERSION 2
/* SHA-256 of the IDL this header was generated from. A binding compares it
 * with weaveheap_idl_hash() at load time. */
#define WEAVEHEAP_IDL_HASH "44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144"

#if defined(_WIN32)
#  define WEAVEHEAP_API __declspec(dllimport)
#elif defined(__GNUC__) || defined(__clang__)
#  define WEAVEHEAP_API __attribute__((visibility("default")))
#else
#  define WEAVEHEAP_API
#endif
/* Marks the functions only C can call (they take or return an opaque address,
 * a callback or an extension's object): for extensions' generated C
 * (docs/extensions.md); no binding has them. Exported like the others. */
#define WEAVEHEAP_C_ONLY WEAVEHEAP_API

#ifdef __cplusplus
extern "C" {
#endif

/* -- constants ------------------------------------------------------------ */
/** The largest alignment `buffer_alloc` accepts, in bytes. */
#define WEAVEHEAP_MAX_ALIGN UINT64_C(1048576)
/** The largest size of one allocation, bytes object or string, in bytes. */
#define WEAVEHEAP_MAX_SIZE UINT64_C(281474976710656)
/** The alignment used when a binding does not name one. */
#define WEAVEHEAP_DEFAULT_ALIGN UINT64_C(16)
/** The chunk size used when region options leave it 0. */
#define WEAVEHEAP_DEFAULT_CHUNK_SIZE UINT64_C(65536)

/* -- handles -------------------------------------------------------------- */
/**
 * A capability handle: slot index, generation and kind in 64 bits. 0 is
 * never a valid handle. The typedefs below name the kind a function expects;
 * the core checks it at run time.
 */
typedef uint64_t weaveheap_handle_t;
/**
 * A region: an arena that owns chunks of memory and every object made in
 * it. Destroying it frees them all at once and makes their handles stale.
 */
typedef weaveheap_handle_t weaveheap_region_t;
/** A mutable, sized, aligned block of memory in a region. */
typedef weaveheap_handle_t weaveheap_buffer_t;
/** An immutable byte string in a region. */
typedef weaveheap_handle_t weaveheap_bytes_t;
/**
 * An immutable, validated UTF-8 string in a region, stored with a trailing
 * NUL so that C can read it in place.
 */
typedef weaveheap_handle_t weaveheap_string_t;
/** A borrow of a buffer, bytes, string or vector: proof that a view is live. */
typedef weaveheap_handle_t weaveheap_borrow_t;
/**
 * An object of an extension's own kind (docs/extensions.md): the core keeps
 * the extension's payload address for it, with a generation like every
 * handle, and the kind the extension registered, so a stale, forged or
 * wrong-kind object handle is the same error as a core one. Only C makes
 * them (an extension's generated entry points); the bindings wrap them in
 * the extension's own classes.
 */
typedef weaveheap_handle_t weaveheap_object_t;
/**
 * A typed column of fixed-width values in a region, laid out as an Arrow
 * primitive array (values, and a validity bitmap when it is nullable): its
 * views and Arrow exports read it in place.
 */
typedef weaveheap_handle_t weaveheap_vector_t;
/**
 * A record batch: named vectors of equal length (Arrow's record batch, a
 * struct array of them). It holds a shared borrow of each column, so a
 * column cannot change, or be released, while it is in a batch; release
 * the batch (before the region's reset or destroy) to give them back.
 */
typedef weaveheap_handle_t weaveheap_batch_t;
/**
 * A stream of record batches of one schema, exported through the Arrow C
 * Stream Interface. It holds a shared borrow of each batch (which holds
 * its columns) until it is released.
 */
typedef weaveheap_handle_t weaveheap_batch_stream_t;
/**
 * A column of values of any size, laid out as Arrow lays out `utf8` ("u")
 * and `binary` ("z") arrays: int32 offsets (capacity + 1 of them), the
 * values' bytes end to end, and a validity bitmap when it is nullable. Its
 * views (the data bytes so far) and Arrow exports read it in place.
 */
typedef weaveheap_handle_t weaveheap_var_vector_t;
/**
 * A column of lists (Arrow's "+l"), or of maps ("+m": lists of key/value
 * entries), laid out as Arrow lays them out: int32 offsets (capacity + 1 of
 * them) into one child column, and a validity bitmap when it is nullable.
 * It holds a shared borrow of its child (any column, nested ones included)
 * until it is released, as a batch holds its columns.
 */
typedef weaveheap_handle_t weaveheap_list_vector_t;
/**
 * An Arrow array a foreign producer made (any format, nested too), taken
 * into a region without a copy (`foreign.import_array`): the region holds
 * the producer's memory until the foreign is released or the region reset
 * or destroyed, and then calls the producer's `release` callbacks (the
 * array's, then the schema's) exactly once, on the thread doing that.
 */
typedef weaveheap_handle_t weaveheap_foreign_t;
/**
 * An Arrow C Stream a foreign producer made, taken into a region
 * (`foreign_stream.import_stream`); each batch it gives is a `foreign`.
 * The producer's `release` is called exactly once, when the stream is
 * released or its region reset or destroyed.
 */
typedef weaveheap_handle_t weaveheap_foreign_stream_t;

/* -- errors --------------------------------------------------------------- */
/**
 * Every error the core reports. The numbers are part of the ABI: a code is
 * never renumbered, and a retired code keeps its slot.
 */
typedef int32_t weaveheap_error_code;
enum {
    /** Success. */
    WEAVEHEAP_OK = 0,
    /**
     * An argument is out of its documented range (NULL where not allowed,
     * an alignment that is not a power of two, an absurd size).
     */
    WEAVEHEAP_ERR_INVALID_ARGUMENT = 1,
    /** The allocator failed, or the region's byte limit would be exceeded. */
    WEAVEHEAP_ERR_OUT_OF_MEMORY = 2,
    /**
     * The handle was valid once; what it named was released, or its region
     * was reset or destroyed.
     */
    WEAVEHEAP_ERR_STALE_HANDLE = 3,
    /** The handle was valid once; its slot now holds a newer object. */
    WEAVEHEAP_ERR_REUSED_HANDLE = 4,
    /**
     * The handle was never issued by this process (0, out of range, or bits
     * that no slot ever carried).
     */
    WEAVEHEAP_ERR_FORGED_HANDLE = 5,
    /** The handle is live but of another kind than the function takes. */
    WEAVEHEAP_ERR_WRONG_KIND = 6,
    /**
     * The object (or region) is borrowed and cannot be released, reset,
     * destroyed or written by its owner.
     */
    WEAVEHEAP_ERR_BORROWED = 7,
    /**
     * The borrow asked for conflicts with one that is outstanding
     * (unique with anything, shared with unique).
     */
    WEAVEHEAP_ERR_BORROW_CONFLICT = 8,
    /** The text is not valid UTF-8; the message names the byte offset. */
    WEAVEHEAP_ERR_INVALID_UTF8 = 9,
    /** An offset and length reach past the end of the object. */
    WEAVEHEAP_ERR_OUT_OF_RANGE = 10,
    /**
     * A system call failed (a file or thread for publishing live stats);
     * the message names the call and the system's reason.
     */
    WEAVEHEAP_ERR_SYSTEM_ERROR = 11,
};

/* Every error code as X(C_NAME, number, "name", "static text"), so that one
 * list gives the enum, weaveheap_strerror and the names of the bindings. */
#define WEAVEHEAP_ERROR_CODES(X) \
    X(WEAVEHEAP_OK, 0, "ok", "no error") \
    X(WEAVEHEAP_ERR_INVALID_ARGUMENT, 1, "invalid_argument", "invalid argument") \
    X(WEAVEHEAP_ERR_OUT_OF_MEMORY, 2, "out_of_memory", "out of memory") \
    X(WEAVEHEAP_ERR_STALE_HANDLE, 3, "stale_handle", "stale handle") \
    X(WEAVEHEAP_ERR_REUSED_HANDLE, 4, "reused_handle", "handle slot reused") \
    X(WEAVEHEAP_ERR_FORGED_HANDLE, 5, "forged_handle", "forged handle") \
    X(WEAVEHEAP_ERR_WRONG_KIND, 6, "wrong_kind", "wrong handle kind") \
    X(WEAVEHEAP_ERR_BORROWED, 7, "borrowed", "object is borrowed") \
    X(WEAVEHEAP_ERR_BORROW_CONFLICT, 8, "borrow_conflict", "borrow conflict") \
    X(WEAVEHEAP_ERR_INVALID_UTF8, 9, "invalid_utf8", "invalid UTF-8") \
    X(WEAVEHEAP_ERR_OUT_OF_RANGE, 10, "out_of_range", "out of range") \
    X(WEAVEHEAP_ERR_SYSTEM_ERROR, 11, "system_error", "system call failed")

/* -- enums ---------------------------------------------------------------- */
/** The kind a handle carries in its bits (derived from the handle declarations). */
typedef int32_t weaveheap_handle_kind;
enum {
    /** Not a handle. */
    WEAVEHEAP_HANDLE_KIND_NONE = 0,
    /** A region handle. */
    WEAVEHEAP_HANDLE_KIND_REGION = 1,
    /** A buffer handle. */
    WEAVEHEAP_HANDLE_KIND_BUFFER = 2,
    /** A bytes handle. */
    WEAVEHEAP_HANDLE_KIND_BYTES = 3,
    /** A string handle. */
    WEAVEHEAP_HANDLE_KIND_STRING = 4,
    /** A borrow handle. */
    WEAVEHEAP_HANDLE_KIND_BORROW = 5,
    /** An object handle. */
    WEAVEHEAP_HANDLE_KIND_OBJECT = 6,
    /** A vector handle. */
    WEAVEHEAP_HANDLE_KIND_VECTOR = 7,
    /** A batch handle. */
    WEAVEHEAP_HANDLE_KIND_BATCH = 8,
    /** A batch_stream handle. */
    WEAVEHEAP_HANDLE_KIND_BATCH_STREAM = 9,
    /** A var_vector handle. */
    WEAVEHEAP_HANDLE_KIND_VAR_VECTOR = 10,
    /** A list_vector handle. */
    WEAVEHEAP_HANDLE_KIND_LIST_VECTOR = 11,
    /** A foreign handle. */
    WEAVEHEAP_HANDLE_KIND_FOREIGN = 12,
    /** A foreign_stream handle. */
    WEAVEHEAP_HANDLE_KIND_FOREIGN_STREAM = 13,
};
/* Every member as X(C_NAME, number, "name"). */
#define WEAVEHEAP_HANDLE_KIND_LIST(X) \
    X(WEAVEHEAP_HANDLE_KIND_NONE, 0, "none") \
    X(WEAVEHEAP_HANDLE_KIND_REGION, 1, "region") \
    X(WEAVEHEAP_HANDLE_KIND_BUFFER, 2, "buffer") \
    X(WEAVEHEAP_HANDLE_KIND_BYTES, 3, "bytes") \
    X(WEAVEHEAP_HANDLE_KIND_STRING, 4, "string") \
    X(WEAVEHEAP_HANDLE_KIND_BORROW, 5, "borrow") \
    X(WEAVEHEAP_HANDLE_KIND_OBJECT, 6, "object") \
    X(WEAVEHEAP_HANDLE_KIND_VECTOR, 7, "vector") \
    X(WEAVEHEAP_HANDLE_KIND_BATCH, 8, "batch") \
    X(WEAVEHEAP_HANDLE_KIND_BATCH_STREAM, 9, "batch_stream") \
    X(WEAVEHEAP_HANDLE_KIND_VAR_VECTOR, 10, "var_vector") \
    X(WEAVEHEAP_HANDLE_KIND_LIST_VECTOR, 11, "list_vector") \
    X(WEAVEHEAP_HANDLE_KIND_FOREIGN, 12, "foreign") \
    X(WEAVEHEAP_HANDLE_KIND_FOREIGN_STREAM, 13, "foreign_stream")

/**
 * The type of a vector's values. Each is stored as Arrow stores it: in the
 * machine's byte order (as the Arrow C Data Interface wants), `boolean` one
 * bit per value (least significant bit first).
 */
typedef int32_t weaveheap_element_type;
enum {
    /** Signed 8-bit integers (Arrow format "c"). */
    WEAVEHEAP_ELEMENT_TYPE_INT8 = 1,
    /** Signed 16-bit integers ("s"). */
    WEAVEHEAP_ELEMENT_TYPE_INT16 = 2,
    /** Signed 32-bit integers ("i"). */
    WEAVEHEAP_ELEMENT_TYPE_INT32 = 3,
    /** Signed 64-bit integers ("l"). */
    WEAVEHEAP_ELEMENT_TYPE_INT64 = 4,
    /** Unsigned 8-bit integers ("C"). */
    WEAVEHEAP_ELEMENT_TYPE_UINT8 = 5,
    /** Unsigned 16-bit integers ("S"). */
    WEAVEHEAP_ELEMENT_TYPE_UINT16 = 6,
    /** Unsigned 32-bit integers ("I"). */
    WEAVEHEAP_ELEMENT_TYPE_UINT32 = 7,
    /** Unsigned 64-bit integers ("L"). */
    WEAVEHEAP_ELEMENT_TYPE_UINT64 = 8,
    /** IEEE 754 binary32 ("f"). */
    WEAVEHEAP_ELEMENT_TYPE_FLOAT32 = 9,
    /** IEEE 754 binary64 ("g"). */
    WEAVEHEAP_ELEMENT_TYPE_FLOAT64 = 10,
    /** Booleans, a bitmap ("b"). */
    WEAVEHEAP_ELEMENT_TYPE_BOOLEAN = 11,
    /**
     * UTF-8 strings of any size ("u"): int32 offsets and the data bytes
     * (docs/arrow.md): a `var_vector` (`var_vector.create`).
     */
    WEAVEHEAP_ELEMENT_TYPE_UTF8 = 12,
    /**
     * Byte strings of any size ("z"), laid out as `utf8`: a `var_vector`
     * (`var_vector.create` with `binary`).
     */
    WEAVEHEAP_ELEMENT_TYPE_BINARY = 13,
};
/* Every member as X(C_NAME, number, "name"). */
#define WEAVEHEAP_ELEMENT_TYPE_LIST(X) \
    X(WEAVEHEAP_ELEMENT_TYPE_INT8, 1, "int8") \
    X(WEAVEHEAP_ELEMENT_TYPE_INT16, 2, "int16") \
    X(WEAVEHEAP_ELEMENT_TYPE_INT32, 3, "int32") \
    X(WEAVEHEAP_ELEMENT_TYPE_INT64, 4, "int64") \
    X(WEAVEHEAP_ELEMENT_TYPE_UINT8, 5, "uint8") \
    X(WEAVEHEAP_ELEMENT_TYPE_UINT16, 6, "uint16") \
    X(WEAVEHEAP_ELEMENT_TYPE_UINT32, 7, "uint32") \
    X(WEAVEHEAP_ELEMENT_TYPE_UINT64, 8, "uint64") \
    X(WEAVEHEAP_ELEMENT_TYPE_FLOAT32, 9, "float32") \
    X(WEAVEHEAP_ELEMENT_TYPE_FLOAT64, 10, "float64") \
    X(WEAVEHEAP_ELEMENT_TYPE_BOOLEAN, 11, "boolean") \
    X(WEAVEHEAP_ELEMENT_TYPE_UTF8, 12, "utf8") \
    X(WEAVEHEAP_ELEMENT_TYPE_BINARY, 13, "binary")

/* -- structs -------------------------------------------------------------- */
/**
 * An error as a value: every fallible function takes a `weaveheap_error*`
 * as its last parameter (NULL to ignore errors) and fills it on failure.
 */
typedef struct weaveheap_error {
    /** 0 on success, else an `error_code`. */
    int32_t code;
    /**
     * On failure, a message owned by the error naming the handle and the
     * rule broken; free it with `error_clear`. NULL on success. A failing
     * call frees the message of an error it overwrites, so an error must
     * start zeroed ({0, NULL}) and is never left uninitialised.
     */
    const char* message;
} weaveheap_error;

/** How a region is made. A zeroed struct (or NULL) asks for the defaults. */
typedef struct weaveheap_region_options {
    /**
     * Size of each chunk the region takes from the system; 0 means
     * `default_chunk_size`. Allocations larger than half a chunk get a chunk
     * of their own.
     */
    uint64_t chunk_size;
    /**
     * Most bytes the region may have handed out since it was made or last
     * reset (a released object's bytes come back at the next reset); 0
     * means no limit. Going past it is an out_of_memory error.
     */
    uint64_t byte_limit;
    /**
     * When true the region may be used from many threads at once (a lock
     * guards it and its counters are atomic). When false it belongs to one
     * thread at a time and is faster.
     */
    bool thread_safe;
} weaveheap_region_options;

/**
 * A window on memory owned by the core, valid exactly as long as the borrow
 * token returned with it.
 */
typedef struct weaveheap_view {
    /**
     * First byte of the object; never NULL for a live view (an empty
     * object still has an address).
     */
    uint8_t* data;
    /**
     * Length in bytes (a string's length excludes its trailing NUL; a
     * vector's counts its values so far, a boolean vector's the bytes of
     * its bitmap that hold them).
     */
    uint64_t length;
    /**
     * True when the holder may write through `data` (a unique borrow of a
     * buffer).
     */
    bool writable;
} weaveheap_view;

/** The core's counters, for one region or for the whole process. */
typedef struct weaveheap_stats {
    /** Objects (buffers, bytes, strings, extension objects) created. */
    uint64_t allocations;
    /** Objects released one by one (reset and destroy are not counted here). */
    uint64_t releases;
    /** Bytes handed out, in total. */
    uint64_t bytes_allocated;
    /** Bytes of live objects now. */
    uint64_t bytes_live;
    /**
     * Highest `bytes_live` seen. For the process: the sum of each region's
     * peak, an upper bound on the true simultaneous peak.
     */
    uint64_t bytes_peak;
    /** Bytes the region holds in chunks from the system (used or not). */
    uint64_t bytes_reserved;
    /** Borrows acquired, in total. */
    uint64_t borrows_taken;
    /** Borrows outstanding now. */
    uint64_t borrows_active;
    /**
     * Borrow requests refused because of a conflicting borrow, and
     * releases, resets, destroys or writes refused because of a borrow.
     */
    uint64_t borrow_conflicts;
    /**
     * Calls refused because a handle was stale, reused, forged or of the
     * wrong kind (process-wide only: a rejected handle names no region).
     */
    uint64_t stale_rejected;
    /**
     * Calls that copied bytes across the API (in or out). Zero-copy views
     * never count.
     */
    uint64_t copies;
    /** Bytes those calls copied. */
    uint64_t copy_bytes;
    /** Regions live now (process-wide only). */
    uint64_t regions_live;
    /**
     * Foreign Arrow arrays and streams taken in without a copy
     * (`foreign.import_array`, `foreign_stream.import_stream` and their
     * kin): never counted in `copies`.
     */
    uint64_t imports;
} weaveheap_stats;

/* -- callbacks ------------------------------------------------------------ */
/**
 * Frees an extension's object: called exactly once, when its handle is
 * released or its region is reset or destroyed, on the thread doing that,
 * after the core has left the region (it may call the core, but not reset,
 * destroy or release in the region whose reset or destroy called it).
 * `payload` is what `object.create` was given, `context` what
 * `object.register_kind` was given.
 */
typedef void (*weaveheap_destructor)(void* payload, void* context);

/**
 * Makes the next record batch of a stream read as it goes
 * (`stream_source.create`): called by the stream's Arrow export from
 * get_schema or get_next, on the thread calling them, with the region not
 * entered (it may make vectors and a batch in `region`). Returns a batch
 * of `region` whose columns are its own (made for it, not added to any
 * other batch), handing over the batch and its columns: the stream
 * releases them when the consumer releases the batch's array. Returns 0
 * for the end, or 0 with `out_err` filled (error.set) for a failure, which
 * the stream's get_last_error then gives. Called once more after neither.
 */
typedef weaveheap_batch_t (*weaveheap_batch_producer)(void* context, uint64_t region, weaveheap_error* out_err);

/* -- functions ------------------------------------------------------------ */

/* ---- module weaveheap ---- */
/** Library-wide functions: their C names are `weaveheap_<function>`. */

/**
 * The version this library was built as: major * 1000000 + minor * 1000
 * + patch. Compare with WEAVEHEAP_VERSION_NUMBER to see what a binding
 * was generated for.
 *
 * @return the u32.
 *
 * Errors: none; this function cannot fail.
 * Threads: any thread.
 */
WEAVEHEAP_API uint32_t weaveheap_version_number(void);

/**
 * The version as "major.minor.patch".
 *
 * @return a static NUL-terminated string: never free it.
 *
 * Errors: none; this function cannot fail.
 * Threads: any thread.
 */
WEAVEHEAP_API const char* weaveheap_version_string(void);

/**
 * The ABI version; bindings generated for another ABI must not load.
 *
 * @return the u32.
 *
 * Errors: none; this function cannot fail.
 * Threads: any thread.
 */
WEAVEHEAP_API uint32_t weaveheap_abi_version(void);

/**
 * The SHA-256 of the IDL this library was built from, in hex.
 *
 * @return a static NUL-terminated string: never free it.
 *
 * Errors: none; this function cannot fail.
 * Threads: any thread.
 */
WEAVEHEAP_API const char* weaveheap_idl_hash(void);

/**
 * A static description of an error code; unknown codes give
 * "unknown error".
 *
 * @param code passed by value.
 * @return a static NUL-terminated string: never free it.
 *
 * Errors: none; this function cannot fail.
 * Threads: any thread.
 */
WEAVEHEAP_API const char* weaveheap_strerror(int32_t code);

/**
 * Frees a string the core handed out (`string_dup`). NULL is a no-op.
 *
 * @param text ownership moves to the core, which frees it. May be NULL.
 *
 * Errors: none; this function cannot fail.
 * Threads: any thread.
 */
WEAVEHEAP_API void weaveheap_free_string(const char* text);

/**
 * Frees bytes the core handed out (`bytes_dup`), with the length it
 * gave. NULL is a no-op.
 *
 * @param data ownership moves to the core, which frees it. `data_len`
 *        gives its length in bytes. May be NULL (with a length of 0).
 *
 * Errors: none; this function cannot fail.
 * Threads: any thread.
 */
WEAVEHEAP_API void weaveheap_free_bytes(uint8_t* data, uint64_t data_len);

/**
 * The core's function table, a static `const weaveheap_api*`
 * (weaveheap_api.h): its ABI version, the IDL hash it was built from and
 * a pointer to each of its other functions. An extension calls the core
 * through the table its base package hands out, so that a process
 * has one core whatever loaded it (docs/extensions.md). Never free it.
 *
 * @return an address the core keeps and never reads.
 *
 * Errors: none; this function cannot fail.
 * Threads: any thread.
 */
WEAVEHEAP_C_ONLY void* weaveheap_api_table(void);

/* ---- module error ---- */
/** Errors as values. */

/**
 * Frees the message of an error and sets it back to {0, NULL}. NULL, or
 * an error with no message, is a no-op.
 *
 * @param error borrowed unique for the call: the caller keeps ownership;
 *        the core may write it but keeps no reference past the call. May be
 *        NULL.
 *
 * Errors: none; this function cannot fail.
 * Threads: any thread.
 */
WEAVEHEAP_API void weaveheap_error_clear(weaveheap_error* error);

/**
 * Fills an error with `code` and a copy of `message` that the core
 * allocates (so that `error.clear` frees it), freeing the message it
 * held. For extensions' implementations, which report their own codes
 * this way (docs/extensions.md). NULL `error` is a no-op; code 0
 * clears it; a NULL message, or a copy that cannot be made, gives the
 * code's static text.
 *
 * @param error borrowed unique for the call: the caller keeps ownership;
 *        the core may write it but keeps no reference past the call. May be
 *        NULL.
 * @param code passed by value.
 * @param message borrowed shared for the call: the core reads it and
 *        keeps no reference past the call. May be NULL.
 *
 * Errors: none; this function cannot fail.
 * Threads: any thread.
 */
WEAVEHEAP_C_ONLY void weaveheap_error_set(weaveheap_error* error, int32_t code, const char* message);

/* ---- module region ---- */
/** Regions: create, reset, destroy, and their counters. */

/**
 * Makes a region.
 *
 * @param options borrowed shared for the call: the core reads it and
 *        keeps no reference past the call. May be NULL.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a new region handle owned by the caller, to release with
 *        weaveheap_region_destroy; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY. A
 *        failed call changes nothing.
 * Threads: any thread.
 */
WEAVEHEAP_API weaveheap_region_t weaveheap_region_create(const weaveheap_region_options* options, weaveheap_error* out_err);

/**
 * Destroys a region: frees every object in it at once, returns its
 * chunks, and makes every handle of it stale. Fails, changing nothing,
 * while any object of the region is borrowed.
 *
 * @param region ownership moves to the core: the handle is stale once
 *        the call succeeds (unchanged if it fails).
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND,
 *        WEAVEHEAP_ERR_BORROWED. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_region_destroy(weaveheap_region_t region, weaveheap_error* out_err);

/**
 * Frees every object in the region at once and makes their handles
 * stale, keeping the region's chunks for reuse. Costs per chunk, not per
 * object. Fails, changing nothing, while any object is borrowed.
 *
 * @param region a region handle, borrowed unique for the call: the
 *        caller keeps ownership; the core may write it but keeps no reference
 *        past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND,
 *        WEAVEHEAP_ERR_BORROWED. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_region_reset(weaveheap_region_t region, weaveheap_error* out_err);

/**
 * Reads the region's counters into `out`.
 *
 * @param region a region handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param out filled on success, left as it was on failure. Must not be
 *        NULL.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread.
 */
WEAVEHEAP_API void weaveheap_region_stats(weaveheap_region_t region, weaveheap_stats* out, weaveheap_error* out_err);

/* ---- module buffer ---- */
/** Buffers: mutable memory, written by their owner or through a unique view. */

/**
 * Allocates `size` bytes aligned to `align` (a power of two up to
 * `max_align`). The bytes are zeroed.
 *
 * @param region a region handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param size passed by value. Must be at most WEAVEHEAP_MAX_SIZE;
 *        otherwise invalid_argument.
 * @param align passed by value. Default 16. Must be a power of two and
 *        at most WEAVEHEAP_MAX_ALIGN; otherwise invalid_argument.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a new buffer handle owned by the caller, to release with
 *        weaveheap_buffer_release; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API weaveheap_buffer_t weaveheap_buffer_alloc(weaveheap_region_t region, uint64_t size, uint64_t align, weaveheap_error* out_err);

/**
 * Releases a buffer; its handle becomes stale. The memory returns to the
 * region at its next reset or destroy. Fails while it is borrowed.
 *
 * @param buffer ownership moves to the core: the handle is stale once
 *        the call succeeds (unchanged if it fails).
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND,
 *        WEAVEHEAP_ERR_BORROWED. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_buffer_release(weaveheap_buffer_t buffer, weaveheap_error* out_err);

/**
 * The buffer's size in bytes.
 *
 * @param buffer a buffer handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_buffer_size(weaveheap_buffer_t buffer, weaveheap_error* out_err);

/**
 * Copies `data` into the buffer at `offset` (counted as a copy). The
 * owner may write only while no borrow is outstanding.
 *
 * @param buffer a buffer handle, borrowed unique for the call: the
 *        caller keeps ownership; the core may write it but keeps no reference
 *        past the call.
 * @param offset passed by value.
 * @param data borrowed shared for the call: the core reads it and keeps
 *        no reference past the call. `data_len` gives its length in bytes. NULL
 *        fails with invalid_argument unless the length is 0.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_RANGE,
 *        WEAVEHEAP_ERR_BORROWED, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_buffer_write(weaveheap_buffer_t buffer, uint64_t offset, const uint8_t* data, uint64_t data_len, weaveheap_error* out_err);

/**
 * Copies bytes from `offset` into `dst` (counted as a copy). Fails while
 * a unique borrow is outstanding.
 *
 * @param buffer a buffer handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param offset passed by value.
 * @param dst borrowed unique for the call: the caller keeps ownership;
 *        the core may write it but keeps no reference past the call. `dst_len`
 *        gives its length in bytes. NULL fails with invalid_argument unless the
 *        length is 0.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_RANGE,
 *        WEAVEHEAP_ERR_BORROWED, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_buffer_read(weaveheap_buffer_t buffer, uint64_t offset, uint8_t* dst, uint64_t dst_len, weaveheap_error* out_err);

/* ---- module bytes ---- */
/** Bytes: immutable once created. */

/**
 * Copies `data` into a new bytes object (counted as a copy).
 *
 * @param region a region handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param data borrowed shared for the call: the core reads it and keeps
 *        no reference past the call. `data_len` gives its length in bytes. NULL
 *        fails with invalid_argument unless the length is 0.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a new bytes handle owned by the caller, to release with
 *        weaveheap_bytes_release; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API weaveheap_bytes_t weaveheap_bytes_create(weaveheap_region_t region, const uint8_t* data, uint64_t data_len, weaveheap_error* out_err);

/**
 * Releases a bytes object. Fails while it is borrowed.
 *
 * @param bytes ownership moves to the core: the handle is stale once the
 *        call succeeds (unchanged if it fails).
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND,
 *        WEAVEHEAP_ERR_BORROWED. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_bytes_release(weaveheap_bytes_t bytes, weaveheap_error* out_err);

/**
 * The length in bytes.
 *
 * @param bytes a bytes handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_bytes_length(weaveheap_bytes_t bytes, weaveheap_error* out_err);

/**
 * A copy of the bytes in memory the caller owns (counted as a copy);
 * free it with `free_bytes`. An empty object gives a non-NULL pointer.
 *
 * @param bytes a bytes handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param out_len receives the length of the result; must not be NULL.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return bytes owned by the caller, to free with weaveheap_free_bytes;
 *        NULL on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_BORROWED, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint8_t* weaveheap_bytes_dup(weaveheap_bytes_t bytes, uint64_t* out_len, weaveheap_error* out_err);

/* ---- module string ---- */
/** Strings: validated UTF-8, immutable once created. */

/**
 * Validates `text` as UTF-8 and copies it into a new string (counted as
 * a copy). Invalid input fails with the byte offset of the first bad
 * sequence in the message.
 *
 * @param region a region handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param text borrowed shared for the call: the core reads it and keeps
 *        no reference past the call. `text_len` gives its length in bytes. NULL
 *        fails with invalid_argument unless the length is 0.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a new string handle owned by the caller, to release with
 *        weaveheap_string_release; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_INVALID_UTF8,
 *        WEAVEHEAP_ERR_OUT_OF_MEMORY, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API weaveheap_string_t weaveheap_string_create(weaveheap_region_t region, const uint8_t* text, uint64_t text_len, weaveheap_error* out_err);

/**
 * Releases a string. Fails while it is borrowed.
 *
 * @param string ownership moves to the core: the handle is stale once
 *        the call succeeds (unchanged if it fails).
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND,
 *        WEAVEHEAP_ERR_BORROWED. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_string_release(weaveheap_string_t string, weaveheap_error* out_err);

/**
 * The length in bytes, without the trailing NUL.
 *
 * @param string a string handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_string_length(weaveheap_string_t string, weaveheap_error* out_err);

/**
 * A NUL-terminated copy the caller owns (counted as a copy); free it
 * with `free_string`.
 *
 * @param string a string handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a NUL-terminated string owned by the caller, to free with
 *        weaveheap_free_string; NULL on failure.
 *
 * Errors: WEAVEHEAP_ERR_OUT_OF_MEMORY, WEAVEHEAP_ERR_BORROWED,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API char* weaveheap_string_dup(weaveheap_string_t string, weaveheap_error* out_err);

/* ---- module vector ---- */
/**
 * Vectors: typed columns of fixed capacity, Arrow's primitive layout. The
 * owner appends and sets values while no borrow is outstanding; views (the
 * value bytes so far) and Arrow exports hold a shared borrow.
 */

/**
 * Makes an empty vector of `type` with room for `capacity` values, and
 * a validity bitmap when `nullable`. Its memory (values, then the
 * bitmap, each 64-byte aligned) is taken from the region at once.
 * `utf8` and `binary` are invalid_argument here (they vary in
 * size: `var_vector.create`).
 *
 * @param region a region handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param type passed by value.
 * @param capacity passed by value. Must be at most WEAVEHEAP_MAX_SIZE;
 *        otherwise invalid_argument.
 * @param nullable passed by value. Default false.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a new vector handle owned by the caller, to release with
 *        weaveheap_vector_release; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API weaveheap_vector_t weaveheap_vector_create(weaveheap_region_t region, weaveheap_element_type type, uint64_t capacity, bool nullable, weaveheap_error* out_err);

/**
 * Releases a vector. Fails while it is borrowed (a view or an Arrow
 * export is live).
 *
 * @param vector ownership moves to the core: the handle is stale once
 *        the call succeeds (unchanged if it fails).
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND,
 *        WEAVEHEAP_ERR_BORROWED. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_vector_release(weaveheap_vector_t vector, weaveheap_error* out_err);

/**
 * The number of values (nulls included).
 *
 * @param vector a vector handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_vector_length(weaveheap_vector_t vector, weaveheap_error* out_err);

/**
 * The number of values it has room for.
 *
 * @param vector a vector handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_vector_capacity(weaveheap_vector_t vector, weaveheap_error* out_err);

/**
 * Gives the vector room for `capacity` values (more or fewer): a new
 * allocation from the region, the values and validity bitmap copied
 * into it (counted as a copy), the old memory given back as a release
 * gives it. A capacity below the length is invalid_argument; one whose
 * bytes pass the maximum size or the region's byte limit (the old
 * memory still counts while the new is taken) out_of_memory. Fails
 * while the vector is borrowed (a view, an Arrow export, a batch).
 * A refused resize changes nothing.
 *
 * @param vector a vector handle, borrowed unique for the call: the
 *        caller keeps ownership; the core may write it but keeps no reference
 *        past the call.
 * @param capacity passed by value. Must be at most WEAVEHEAP_MAX_SIZE;
 *        otherwise invalid_argument.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_BORROWED, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_vector_resize(weaveheap_vector_t vector, uint64_t capacity, weaveheap_error* out_err);

/**
 * The type of its values.
 *
 * @param vector a vector handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the element_type; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API weaveheap_element_type weaveheap_vector_element_type(weaveheap_vector_t vector, weaveheap_error* out_err);

/**
 * The number of null values.
 *
 * @param vector a vector handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_vector_null_count(weaveheap_vector_t vector, weaveheap_error* out_err);

/**
 * Appends an integer (0 or 1 for `boolean`). A value the type cannot
 * hold, or a full vector, is out_of_range; a float vector is
 * invalid_argument (append its values with `append_f64` or `extend`).
 *
 * @param vector a vector handle, borrowed unique for the call: the
 *        caller keeps ownership; the core may write it but keeps no reference
 *        past the call.
 * @param value passed by value.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_RANGE,
 *        WEAVEHEAP_ERR_BORROWED, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_vector_append(weaveheap_vector_t vector, int64_t value, weaveheap_error* out_err);

/**
 * Appends the values in `data`, in the machine's byte order, `data`
 * holding a whole number of them (one byte per value, 0 or 1, for
 * `boolean`); counted as a copy. Past the capacity it is out_of_range
 * and appends nothing.
 *
 * @param vector a vector handle, borrowed unique for the call: the
 *        caller keeps ownership; the core may write it but keeps no reference
 *        past the call.
 * @param data borrowed shared for the call: the core reads it and keeps
 *        no reference past the call. `data_len` gives its length in bytes. NULL
 *        fails with invalid_argument unless the length is 0.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_RANGE,
 *        WEAVEHEAP_ERR_BORROWED, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_vector_extend(weaveheap_vector_t vector, const uint8_t* data, uint64_t data_len, weaveheap_error* out_err);

/**
 * Appends a null (its value bytes are zero). A vector made without
 * `nullable` refuses it with invalid_argument.
 *
 * @param vector a vector handle, borrowed unique for the call: the
 *        caller keeps ownership; the core may write it but keeps no reference
 *        past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_RANGE,
 *        WEAVEHEAP_ERR_BORROWED, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_vector_append_null(weaveheap_vector_t vector, weaveheap_error* out_err);

/**
 * Sets the value at `index` (below the length) and marks it valid; the
 * value's checks are those of `append`.
 *
 * @param vector a vector handle, borrowed unique for the call: the
 *        caller keeps ownership; the core may write it but keeps no reference
 *        past the call.
 * @param index passed by value.
 * @param value passed by value.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_RANGE,
 *        WEAVEHEAP_ERR_BORROWED, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_vector_set(weaveheap_vector_t vector, uint64_t index, int64_t value, weaveheap_error* out_err);

/**
 * The integer at `index` (a null reads as 0). A float vector is
 * invalid_argument (read it with `get_f64`), a uint64 above the largest i64 out_of_range. Fails
 * while a unique borrow is outstanding.
 *
 * @param vector a vector handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param index passed by value.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the i64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_RANGE,
 *        WEAVEHEAP_ERR_BORROWED, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API int64_t weaveheap_vector_get(weaveheap_vector_t vector, uint64_t index, weaveheap_error* out_err);

/**
 * Appends a floating-point value to a float32 or float64 vector (a
 * float32 vector stores it rounded to the nearest float; a finite value
 * beyond float32's range is out_of_range, NaN and infinities are kept).
 * An integer or boolean vector is invalid_argument, a full one
 * out_of_range.
 *
 * @param vector a vector handle, borrowed unique for the call: the
 *        caller keeps ownership; the core may write it but keeps no reference
 *        past the call.
 * @param value passed by value.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_RANGE,
 *        WEAVEHEAP_ERR_BORROWED, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_vector_append_f64(weaveheap_vector_t vector, double value, weaveheap_error* out_err);

/**
 * Sets the float at `index` (below the length, else out_of_range, for
 * any type) and marks it valid; the value's checks are those of
 * `append_f64`.
 *
 * @param vector a vector handle, borrowed unique for the call: the
 *        caller keeps ownership; the core may write it but keeps no reference
 *        past the call.
 * @param index passed by value.
 * @param value passed by value.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_RANGE,
 *        WEAVEHEAP_ERR_BORROWED, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_vector_set_f64(weaveheap_vector_t vector, uint64_t index, double value, weaveheap_error* out_err);

/**
 * The float at `index` (a null reads as 0; a float32 widened exactly).
 * An index at or past the length is out_of_range (for any type), an
 * integer or boolean vector invalid_argument. Fails while a unique
 * borrow is outstanding.
 *
 * @param vector a vector handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param index passed by value.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the f64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_RANGE,
 *        WEAVEHEAP_ERR_BORROWED, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API double weaveheap_vector_get_f64(weaveheap_vector_t vector, uint64_t index, weaveheap_error* out_err);

/**
 * Whether the value at `index` is not null.
 *
 * @param vector a vector handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param index passed by value.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the bool; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_OUT_OF_RANGE, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API bool weaveheap_vector_is_valid(weaveheap_vector_t vector, uint64_t index, weaveheap_error* out_err);

/**
 * Copies value bytes from `offset` into `dst` (counted as a copy), as a
 * view would show them. Fails while a unique borrow is outstanding.
 *
 * @param vector a vector handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param offset passed by value.
 * @param dst borrowed unique for the call: the caller keeps ownership;
 *        the core may write it but keeps no reference past the call. `dst_len`
 *        gives its length in bytes. NULL fails with invalid_argument unless the
 *        length is 0.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_RANGE,
 *        WEAVEHEAP_ERR_BORROWED, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_vector_read(weaveheap_vector_t vector, uint64_t offset, uint8_t* dst, uint64_t dst_len, weaveheap_error* out_err);

/**
 * Exports the vector through the Arrow C Data Interface: fills the
 * caller's `struct ArrowSchema` at `schema` and `struct ArrowArray` at
 * `array` (the spec's layouts; docs/arrow.md). The array points into
 * the vector without a copy and holds a shared borrow of it until the
 * array's `release` callback runs (release, reset and destroy fail
 * until then; after the release callback the structs are marked
 * released and a second call of it is a no-op). The schema owns only
 * its format string. Call the array's `release` from the region's
 * thread (any thread for a thread-safe region). Fails, filling nothing,
 * while a unique borrow is outstanding.
 *
 * @param vector a vector handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param schema borrowed unique for the call: the caller keeps
 *        ownership; the core may write it but keeps no reference past the call.
 *        NULL fails with invalid_argument.
 * @param array borrowed unique for the call: the caller keeps ownership;
 *        the core may write it but keeps no reference past the call. NULL fails
 *        with invalid_argument.
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
WEAVEHEAP_API void weaveheap_vector_export_arrow(weaveheap_vector_t vector, uint8_t* schema, uint8_t* array, weaveheap_error* out_err);

/* ---- module var_vector ---- */
/**
 * Columns of values of any size (UTF-8 strings, binary), Arrow's variable-size
 * binary layout. The owner appends values while no borrow is outstanding;
 * views (the data bytes so far) and Arrow exports hold a shared borrow.
 */

/**
 * Makes an empty column of `utf8` values (Arrow's "u": UTF-8 strings
 * of any size), or of `binary` ones ("z": byte strings) when `binary`,
 * with room for `capacity` values holding `data_capacity` bytes in all
 * (at most 2^31 - 1: Arrow's offsets are int32), and a validity bitmap
 * when `nullable`. Its memory (the data, the capacity + 1 offsets, then
 * the bitmap, each 64-byte aligned) is taken from the region at once.
 * Sizes are checked in 64 bits: one that no region can hold, or past
 * the region's byte limit, is out_of_memory.
 *
 * @param region a region handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param capacity passed by value. Must be at most WEAVEHEAP_MAX_SIZE;
 *        otherwise invalid_argument.
 * @param data_capacity passed by value. Must be at most 2147483647;
 *        otherwise invalid_argument.
 * @param nullable passed by value. Default false.
 * @param binary passed by value. Default false.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a new var_vector handle owned by the caller, to release with
 *        weaveheap_var_vector_release; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API weaveheap_var_vector_t weaveheap_var_vector_create(weaveheap_region_t region, uint64_t capacity, uint64_t data_capacity, bool nullable, bool binary, weaveheap_error* out_err);

/**
 * Releases a column. Fails while it is borrowed (a view, an Arrow
 * export or a batch holds it).
 *
 * @param vector ownership moves to the core: the handle is stale once
 *        the call succeeds (unchanged if it fails).
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND,
 *        WEAVEHEAP_ERR_BORROWED. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_var_vector_release(weaveheap_var_vector_t vector, weaveheap_error* out_err);

/**
 * The number of values (nulls included).
 *
 * @param vector a var_vector handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_var_vector_length(weaveheap_var_vector_t vector, weaveheap_error* out_err);

/**
 * The number of values it has room for.
 *
 * @param vector a var_vector handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_var_vector_capacity(weaveheap_var_vector_t vector, weaveheap_error* out_err);

/**
 * The number of data bytes its values hold so far.
 *
 * @param vector a var_vector handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_var_vector_data_length(weaveheap_var_vector_t vector, weaveheap_error* out_err);

/**
 * The number of data bytes it has room for.
 *
 * @param vector a var_vector handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_var_vector_data_capacity(weaveheap_var_vector_t vector, weaveheap_error* out_err);

/**
 * Gives the column room for `capacity` values holding `data_capacity`
 * data bytes (more or less): a new allocation from the region, the
 * data, offsets and validity bitmap copied into it (counted as a copy),
 * the old memory given back as a release gives it. A capacity below the
 * length, or a data capacity below the data length, is
 * invalid_argument; sizes past the maximum or the region's byte limit
 * (the old memory still counts while the new is taken) out_of_memory.
 * Fails while the column is borrowed (a view, an Arrow export, a
 * batch). A refused resize changes nothing.
 *
 * @param vector a var_vector handle, borrowed unique for the call: the
 *        caller keeps ownership; the core may write it but keeps no reference
 *        past the call.
 * @param capacity passed by value. Must be at most WEAVEHEAP_MAX_SIZE;
 *        otherwise invalid_argument.
 * @param data_capacity passed by value. Must be at most 2147483647;
 *        otherwise invalid_argument.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_BORROWED, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_var_vector_resize(weaveheap_var_vector_t vector, uint64_t capacity, uint64_t data_capacity, weaveheap_error* out_err);

/**
 * The number of null values.
 *
 * @param vector a var_vector handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_var_vector_null_count(weaveheap_var_vector_t vector, weaveheap_error* out_err);

/**
 * Whether its values are UTF-8 text (`utf8`) rather than bytes (`binary`).
 *
 * @param vector a var_vector handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the bool; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API bool weaveheap_var_vector_is_utf8(weaveheap_var_vector_t vector, weaveheap_error* out_err);

/**
 * Appends a value (counted as a copy). In a `utf8` column a value that
 * is not UTF-8 is invalid_utf8 (the message names the byte); a full
 * column (values or data bytes) is out_of_range. A refused value adds
 * nothing.
 *
 * @param vector a var_vector handle, borrowed unique for the call: the
 *        caller keeps ownership; the core may write it but keeps no reference
 *        past the call.
 * @param value borrowed shared for the call: the core reads it and keeps
 *        no reference past the call. `value_len` gives its length in bytes.
 *        NULL fails with invalid_argument unless the length is 0.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_INVALID_UTF8,
 *        WEAVEHEAP_ERR_OUT_OF_RANGE, WEAVEHEAP_ERR_BORROWED,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_var_vector_append(weaveheap_var_vector_t vector, const uint8_t* value, uint64_t value_len, weaveheap_error* out_err);

/**
 * Appends a null (an empty value). A column made without `nullable`
 * refuses it with invalid_argument; a full one is out_of_range.
 *
 * @param vector a var_vector handle, borrowed unique for the call: the
 *        caller keeps ownership; the core may write it but keeps no reference
 *        past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_RANGE,
 *        WEAVEHEAP_ERR_BORROWED, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_var_vector_append_null(weaveheap_var_vector_t vector, weaveheap_error* out_err);

/**
 * A copy of the value at `index` (below the length, else out_of_range)
 * in memory the caller owns (counted as a copy; a null is empty); free
 * it with `free_bytes`. Fails while a unique borrow is outstanding.
 *
 * @param vector a var_vector handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param index passed by value.
 * @param out_len receives the length of the result; must not be NULL.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return bytes owned by the caller, to free with weaveheap_free_bytes;
 *        NULL on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_RANGE,
 *        WEAVEHEAP_ERR_OUT_OF_MEMORY, WEAVEHEAP_ERR_BORROWED,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint8_t* weaveheap_var_vector_get(weaveheap_var_vector_t vector, uint64_t index, uint64_t* out_len, weaveheap_error* out_err);

/**
 * Where the value at `index` starts in the data bytes (what a view
 * shows): with `value_length`, the value read in place.
 *
 * @param vector a var_vector handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param index passed by value.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_OUT_OF_RANGE, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_var_vector_value_offset(weaveheap_var_vector_t vector, uint64_t index, weaveheap_error* out_err);

/**
 * The length in bytes of the value at `index` (0 for a null).
 *
 * @param vector a var_vector handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param index passed by value.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_OUT_OF_RANGE, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_var_vector_value_length(weaveheap_var_vector_t vector, uint64_t index, weaveheap_error* out_err);

/**
 * Whether the value at `index` is not null.
 *
 * @param vector a var_vector handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param index passed by value.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the bool; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_OUT_OF_RANGE, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API bool weaveheap_var_vector_is_valid(weaveheap_var_vector_t vector, uint64_t index, weaveheap_error* out_err);

/**
 * Copies data bytes from `offset` into `dst` (counted as a copy), as a
 * view would show them. Fails while a unique borrow is outstanding.
 *
 * @param vector a var_vector handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param offset passed by value.
 * @param dst borrowed unique for the call: the caller keeps ownership;
 *        the core may write it but keeps no reference past the call. `dst_len`
 *        gives its length in bytes. NULL fails with invalid_argument unless the
 *        length is 0.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_RANGE,
 *        WEAVEHEAP_ERR_BORROWED, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_var_vector_read(weaveheap_var_vector_t vector, uint64_t offset, uint8_t* dst, uint64_t dst_len, weaveheap_error* out_err);

/**
 * Exports the column through the Arrow C Data Interface: fills the
 * caller's `struct ArrowSchema` at `schema` (format "u" or "z") and
 * `struct ArrowArray` at `array` (three buffers: the validity bitmap or
 * NULL, the int32 offsets, the data; docs/arrow.md). The array points
 * into the column without a copy and holds a shared borrow of it until
 * its `release` callback runs, as `vector.export_arrow`'s does. Fails,
 * filling nothing, while a unique borrow is outstanding.
 *
 * @param vector a var_vector handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param schema borrowed unique for the call: the caller keeps
 *        ownership; the core may write it but keeps no reference past the call.
 *        NULL fails with invalid_argument.
 * @param array borrowed unique for the call: the caller keeps ownership;
 *        the core may write it but keeps no reference past the call. NULL fails
 *        with invalid_argument.
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
WEAVEHEAP_API void weaveheap_var_vector_export_arrow(weaveheap_var_vector_t vector, uint8_t* schema, uint8_t* array, weaveheap_error* out_err);

/* ---- module batch ---- */
/**
 * Record batches: named columns (vectors) of equal length, exported through
 * the Arrow C Data Interface as a struct array without a copy.
 */

/**
 * Makes an empty batch in `region` with room for `max_columns` columns
 * (1 to 4096). Its record (the columns' handles, borrows and names) is
 * taken from the region at once.
 *
 * @param region a region handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param max_columns passed by value. Must be at most 4096; otherwise
 *        invalid_argument.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a new batch handle owned by the caller, to release with
 *        weaveheap_batch_release; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API weaveheap_batch_t weaveheap_batch_create(weaveheap_region_t region, uint32_t max_columns, weaveheap_error* out_err);

/**
 * Releases a batch and gives back the borrows of its columns (the
 * vectors stay, their owner's again). Fails while an Arrow export of
 * the batch is live.
 *
 * @param batch ownership moves to the core: the handle is stale once the
 *        call succeeds (unchanged if it fails).
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND,
 *        WEAVEHEAP_ERR_BORROWED. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_batch_release(weaveheap_batch_t batch, weaveheap_error* out_err);

/**
 * Adds `column` under `name` (1 to 63 bytes of UTF-8, unique in the
 * batch), taking a shared borrow of it until the batch is released.
 * The column must be in the batch's region and have as many values as
 * the columns already there; a full batch, a bad or repeated name or a
 * length that differs is invalid_argument (the message names the
 * column), an outstanding unique borrow of the column borrow_conflict.
 * A refused column is not added and not borrowed.
 *
 * @param batch a batch handle, borrowed unique for the call: the caller
 *        keeps ownership; the core may write it but keeps no reference past the
 *        call.
 * @param name borrowed shared for the call: the core reads it and keeps
 *        no reference past the call. `name_len` gives its length in bytes. NULL
 *        fails with invalid_argument unless the length is 0.
 * @param column a vector | var_vector | list_vector | batch handle,
 *        borrowed shared for the call: the core reads it and keeps no reference
 *        past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_BORROWED,
 *        WEAVEHEAP_ERR_BORROW_CONFLICT, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_batch_add_column(weaveheap_batch_t batch, const uint8_t* name, uint64_t name_len, weaveheap_handle_t column, weaveheap_error* out_err);

/**
 * The number of columns.
 *
 * @param batch a batch handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_batch_num_columns(weaveheap_batch_t batch, weaveheap_error* out_err);

/**
 * The number of rows: the length of every column (0 with no column).
 *
 * @param batch a batch handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_batch_num_rows(weaveheap_batch_t batch, weaveheap_error* out_err);

/**
 * A copy of the name of column `index` (below `num_columns`, else
 * out_of_range) that the caller owns (counted as a copy); free it with
 * `free_string`.
 *
 * @param batch a batch handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param index passed by value.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a NUL-terminated string owned by the caller, to free with
 *        weaveheap_free_string; NULL on failure.
 *
 * Errors: WEAVEHEAP_ERR_OUT_OF_RANGE, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API char* weaveheap_batch_column_name(weaveheap_batch_t batch, uint64_t index, weaveheap_error* out_err);

/**
 * Checks every column against the Arrow layout, in place: its length
 * is the batch's rows, its validity bitmap holds its null count, its
 * buffers hold its values, a `utf8` or `binary` column's offsets start
 * at 0 or more, never decrease and stay within its data, and a `utf8`
 * column's values are UTF-8. The first fault is a typed error whose
 * message names the column and the row: invalid_argument (a length or
 * null count), out_of_range (an offset, a buffer too small),
 * invalid_utf8. Changes nothing, copies nothing.
 *
 * @param batch a batch handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_INVALID_UTF8,
 *        WEAVEHEAP_ERR_OUT_OF_RANGE, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_batch_validate(weaveheap_batch_t batch, weaveheap_error* out_err);

/**
 * Appends one row to the batch's columns, all or nothing. `row` holds,
 * for each column in order, a tag byte (0: null, 1: a value) and, for a
 * value, its bytes: a fixed-width column's value in the machine's byte
 * order (one byte, 0 or 1, for `boolean`), a `utf8` or `binary` value
 * as a u32 length in the machine's byte order and then its bytes
 * (docs/arrow.md). Counted as one copy. A malformed row, a null in a
 * column made without `nullable`, a bad boolean or a `utf8` value that
 * is not UTF-8 is invalid_argument, a full column out_of_range (the
 * message names the column); a live export of the batch, or a column
 * that another holder (a view, an export, another batch) borrows, is
 * borrowed. A refused row changes no column.
 *
 * @param batch a batch handle, borrowed unique for the call: the caller
 *        keeps ownership; the core may write it but keeps no reference past the
 *        call.
 * @param row borrowed shared for the call: the core reads it and keeps
 *        no reference past the call. `row_len` gives its length in bytes. NULL
 *        fails with invalid_argument unless the length is 0.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_RANGE,
 *        WEAVEHEAP_ERR_OUT_OF_MEMORY, WEAVEHEAP_ERR_BORROWED,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_batch_append_row(weaveheap_batch_t batch, const uint8_t* row, uint64_t row_len, weaveheap_error* out_err);

/**
 * Exports the batch through the Arrow C Data Interface as a struct
 * array (format "+s", one child per column, named, the columns'
 * arrays as vector.export_arrow makes them): fills the caller's
 * `struct ArrowSchema` at `schema` and `struct ArrowArray` at `array`
 * (docs/arrow.md). No copy is made: the array holds a shared borrow of
 * the batch (which holds its columns) until its `release` callback
 * runs; until then the batch's release and the region's reset and
 * destroy fail. The schema owns copies of the names. Call the array's
 * `release` from the region's thread (any thread for a thread-safe
 * region). A refused export fills nothing.
 *
 * @param batch a batch handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param schema borrowed unique for the call: the caller keeps
 *        ownership; the core may write it but keeps no reference past the call.
 *        NULL fails with invalid_argument.
 * @param array borrowed unique for the call: the caller keeps ownership;
 *        the core may write it but keeps no reference past the call. NULL fails
 *        with invalid_argument.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_batch_export_arrow(weaveheap_batch_t batch, uint8_t* schema, uint8_t* array, weaveheap_error* out_err);

/* ---- module list_vector ---- */
/**
 * Columns of lists and maps (Arrow's list and map layouts) over a child
 * column, nested to at most 16 levels. Values go in encoded as
 * `batch.append_row` encodes one column's value (docs/arrow.md).
 */

/**
 * Makes an empty list column with room for `capacity` lists over
 * `child` (a column of `region`, empty, not borrowed unique), and a
 * validity bitmap when `nullable`; it holds a shared borrow of `child`
 * until it is released. With `map`, the child must be a batch of two
 * columns whose first (the key) is not nullable: a map column ("+m").
 * A bad child, a nesting deeper than 16 levels or a capacity above
 * max_size is invalid_argument, a child borrowed unique
 * borrow_conflict. A refused list borrows nothing.
 *
 * @param region a region handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param child a vector | var_vector | list_vector | batch handle,
 *        borrowed shared for the call: the core reads it and keeps no reference
 *        past the call.
 * @param capacity passed by value. Must be at most WEAVEHEAP_MAX_SIZE;
 *        otherwise invalid_argument.
 * @param nullable passed by value. Default false.
 * @param map passed by value. Default false.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a new list_vector handle owned by the caller, to release with
 *        weaveheap_list_vector_release; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_BORROW_CONFLICT, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API weaveheap_list_vector_t weaveheap_list_vector_create(weaveheap_region_t region, weaveheap_handle_t child, uint64_t capacity, bool nullable, bool map, weaveheap_error* out_err);

/**
 * Releases a list column and gives back the borrow of its child (the
 * child stays, its owner's again). Fails while it is borrowed (an
 * Arrow export or a batch holds it).
 *
 * @param list ownership moves to the core: the handle is stale once the
 *        call succeeds (unchanged if it fails).
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND,
 *        WEAVEHEAP_ERR_BORROWED. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_list_vector_release(weaveheap_list_vector_t list, weaveheap_error* out_err);

/**
 * The number of lists (nulls included).
 *
 * @param list a list_vector handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_list_vector_length(weaveheap_list_vector_t list, weaveheap_error* out_err);

/**
 * The number of lists it has room for.
 *
 * @param list a list_vector handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_list_vector_capacity(weaveheap_list_vector_t list, weaveheap_error* out_err);

/**
 * The number of null lists.
 *
 * @param list a list_vector handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_list_vector_null_count(weaveheap_list_vector_t list, weaveheap_error* out_err);

/**
 * Whether it is a map column.
 *
 * @param list a list_vector handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the bool; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API bool weaveheap_list_vector_is_map(weaveheap_list_vector_t list, weaveheap_error* out_err);

/**
 * Whether the list at `index` is not null.
 *
 * @param list a list_vector handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param index passed by value.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the bool; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_OUT_OF_RANGE, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API bool weaveheap_list_vector_is_valid(weaveheap_list_vector_t list, uint64_t index, weaveheap_error* out_err);

/**
 * The child row of the first item of the list at `index`.
 *
 * @param list a list_vector handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param index passed by value.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_OUT_OF_RANGE, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_list_vector_value_offset(weaveheap_list_vector_t list, uint64_t index, weaveheap_error* out_err);

/**
 * The number of items of the list at `index` (0 for a null).
 *
 * @param list a list_vector handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param index passed by value.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_OUT_OF_RANGE, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_list_vector_value_length(weaveheap_list_vector_t list, uint64_t index, weaveheap_error* out_err);

/**
 * Appends one list, all or nothing: `value` is a u32 count in the
 * machine's byte order, then that many child values, each encoded as
 * `batch.append_row` encodes one column's value (docs/arrow.md).
 * Counted as one copy. A malformed value is invalid_argument, a full
 * column (the list's or a child's) out_of_range (the message names the
 * column and the byte); a list with a live export or in a batch, or a
 * child that another holder borrows, is borrowed. A refused value
 * changes no column.
 *
 * @param list a list_vector handle, borrowed unique for the call: the
 *        caller keeps ownership; the core may write it but keeps no reference
 *        past the call.
 * @param value borrowed shared for the call: the core reads it and keeps
 *        no reference past the call. `value_len` gives its length in bytes.
 *        NULL fails with invalid_argument unless the length is 0.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_RANGE,
 *        WEAVEHEAP_ERR_OUT_OF_MEMORY, WEAVEHEAP_ERR_BORROWED,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_list_vector_append(weaveheap_list_vector_t list, const uint8_t* value, uint64_t value_len, weaveheap_error* out_err);

/**
 * Appends a null (an empty list). A column made without `nullable`
 * refuses it with invalid_argument, a full one with out_of_range.
 *
 * @param list a list_vector handle, borrowed unique for the call: the
 *        caller keeps ownership; the core may write it but keeps no reference
 *        past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_RANGE,
 *        WEAVEHEAP_ERR_BORROWED, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_list_vector_append_null(weaveheap_list_vector_t list, weaveheap_error* out_err);

/**
 * The child row of the first entry of map `index` whose key equals
 * `key`, or -1 when it has none (a failed call returns 0, as every
 * failed call does): read the value with the value column's
 * `get(row)`.
 * `key` is the key's bytes without a tag: a fixed-width key exactly
 * its type's width in the machine's byte order (else
 * invalid_argument), a utf8 or binary key its bytes. An index past the
 * length is out_of_range, a list that is not a map invalid_argument.
 * Copies nothing.
 *
 * @param map a list_vector handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param index passed by value.
 * @param key borrowed shared for the call: the core reads it and keeps
 *        no reference past the call. `key_len` gives its length in bytes. NULL
 *        fails with invalid_argument unless the length is 0.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the i64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_RANGE,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API int64_t weaveheap_list_vector_lookup(weaveheap_list_vector_t map, uint64_t index, const uint8_t* key, uint64_t key_len, weaveheap_error* out_err);

/**
 * Exports the column through the Arrow C Data Interface: fills the
 * caller's `struct ArrowSchema` at `schema` (format "+l" with a child
 * named "item", or "+m" with a struct child "entries") and `struct
 * ArrowArray` at `array` (the validity bitmap or NULL, the int32
 * offsets, and the child's array, recursively; docs/arrow.md). No copy
 * is made: the array holds a shared borrow of the list (which holds its
 * child) until its `release` callback runs; until then the list's
 * release and the region's reset and destroy fail. Call the array's
 * `release` from the region's thread (any thread for a thread-safe
 * region). A refused export fills nothing.
 *
 * @param list a list_vector handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param schema borrowed unique for the call: the caller keeps
 *        ownership; the core may write it but keeps no reference past the call.
 *        NULL fails with invalid_argument.
 * @param array borrowed unique for the call: the caller keeps ownership;
 *        the core may write it but keeps no reference past the call. NULL fails
 *        with invalid_argument.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_list_vector_export_arrow(weaveheap_list_vector_t list, uint8_t* schema, uint8_t* array, weaveheap_error* out_err);

/* ---- module batch_stream ---- */
/**
 * Streams of record batches: the Arrow C Stream Interface over batches of one
 * schema, in the order they were added, without a copy.
 */

/**
 * Makes an empty stream in `region` with room for `max_batches` batches
 * (1 to 65536), taken from the region at once.
 *
 * @param region a region handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param max_batches passed by value. Must be at most 65536; otherwise
 *        invalid_argument.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a new batch_stream handle owned by the caller, to release with
 *        weaveheap_batch_stream_release; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API weaveheap_batch_stream_t weaveheap_batch_stream_create(weaveheap_region_t region, uint32_t max_batches, weaveheap_error* out_err);

/**
 * Releases a stream and gives back the borrows of its batches. Fails
 * while an Arrow export of the stream is live.
 *
 * @param stream ownership moves to the core: the handle is stale once
 *        the call succeeds (unchanged if it fails).
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND,
 *        WEAVEHEAP_ERR_BORROWED. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_batch_stream_release(weaveheap_batch_stream_t stream, weaveheap_error* out_err);

/**
 * Adds `batch` at the end, taking a shared borrow of it until the
 * stream is released. The batch must be in the stream's region and
 * have the first batch's schema (the same column names, types and
 * nullability); a full stream or another schema is invalid_argument
 * (the message says what differs). A refused batch is not added.
 *
 * @param stream a batch_stream handle, borrowed unique for the call: the
 *        caller keeps ownership; the core may write it but keeps no reference
 *        past the call.
 * @param batch a batch handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_BORROWED,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_batch_stream_add_batch(weaveheap_batch_stream_t stream, weaveheap_batch_t batch, weaveheap_error* out_err);

/**
 * The number of batches.
 *
 * @param stream a batch_stream handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_batch_stream_num_batches(weaveheap_batch_stream_t stream, weaveheap_error* out_err);

/**
 * Exports the stream through the Arrow C Stream Interface: fills the
 * caller's `struct ArrowArrayStream` at `out` (docs/arrow.md), whose
 * get_schema gives the batches' schema and get_next each batch in turn
 * (as batch.export_arrow makes it, each array holding its batch until
 * its release), then the end. The stream export holds a shared borrow
 * of the stream until its `release`: until then the stream's release
 * and add_batch and the region's reset and destroy fail. Call its
 * callbacks from the region's thread (any thread for a thread-safe
 * region). A stream without a batch has no schema: invalid_argument.
 * A refused export fills nothing.
 *
 * @param stream a batch_stream handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param out borrowed unique for the call: the caller keeps ownership;
 *        the core may write it but keeps no reference past the call. NULL fails
 *        with invalid_argument.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_batch_stream_export_arrow(weaveheap_batch_stream_t stream, uint8_t* out, weaveheap_error* out_err);

/* ---- module stream_source ---- */
/**
 * Streams whose batches a C producer makes as they are read: data larger
 * than memory flows batch by batch through the Arrow C Stream Interface.
 */

/**
 * Makes a stream in `region` whose batches `producer` makes when its
 * Arrow export (`batch_stream.export_arrow`, exported once) asks for
 * them, called with `context` (the caller's: it must stay valid until
 * the stream is released or its region reset or destroyed). The first
 * batch gives the schema; a later batch of another schema, of another
 * region or not a batch ends the stream with invalid_argument. Each
 * batch and its columns are released when the consumer releases its
 * array, so only the batches a consumer holds take memory. NULL
 * producer: invalid_argument. Nothing is called before the export.
 *
 * @param region a region handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param producer a function the core calls back (see
 *        weaveheap_batch_producer), passed by value.
 * @param context an address passed by value; the core keeps it for its
 *        owner and never reads what it points to.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a new batch_stream handle owned by the caller, to release with
 *        weaveheap_batch_stream_release; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_C_ONLY weaveheap_batch_stream_t weaveheap_stream_source_create(weaveheap_region_t region, weaveheap_batch_producer producer, void* context, weaveheap_error* out_err);

/**
 * `create`, with a `context` the core frees: `destroy(context, NULL)`
 * is called exactly once, when the stream is released or its region
 * reset or destroyed (whichever comes first), on the thread doing
 * that, after the core has left the region (it may call the core, but
 * not reset, destroy or release in that region), and after the stream
 * has finished with the producer. NULL producer or destroy:
 * invalid_argument. A refused call calls nothing: the context stays
 * the caller's.
 *
 * @param region a region handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param producer a function the core calls back (see
 *        weaveheap_batch_producer), passed by value.
 * @param context an address passed by value; the core keeps it for its
 *        owner and never reads what it points to.
 * @param destroy a function the core calls back (see
 *        weaveheap_destructor), passed by value.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a new batch_stream handle owned by the caller, to release with
 *        weaveheap_batch_stream_release; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_C_ONLY weaveheap_batch_stream_t weaveheap_stream_source_create_owned(weaveheap_region_t region, weaveheap_batch_producer producer, void* context, weaveheap_destructor destroy, weaveheap_error* out_err);

/* ---- module foreign ---- */
/**
 * Foreign Arrow arrays: what another library made, held in a region without
 * a copy (docs/arrow.md, "Import").
 */

/**
 * Moves the caller's `struct ArrowSchema` at `schema` and `struct
 * ArrowArray` at `array` (the spec's layouts) into a new foreign of
 * `region`: the core copies the two structs (not the buffers) and marks
 * the caller's released (`release` set to NULL), as the spec's move
 * does. Any format is taken, nested ones too. Counted in `imports`, not
 * in `copies`. NULL pointers, a released struct, a negative length,
 * offset or null count, fewer buffers or children than the format
 * needs (for the formats the core knows), or a NULL values buffer of a
 * non-empty array, are invalid_argument and move nothing (the caller
 * still owns both). The producer's `release` callbacks are called from
 * the thread that releases the foreign or resets or destroys its
 * region.
 *
 * @param region a region handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param schema borrowed unique for the call: the caller keeps
 *        ownership; the core may write it but keeps no reference past the call.
 *        NULL fails with invalid_argument.
 * @param array borrowed unique for the call: the caller keeps ownership;
 *        the core may write it but keeps no reference past the call. NULL fails
 *        with invalid_argument.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a new foreign handle owned by the caller, to release with
 *        weaveheap_foreign_release; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API weaveheap_foreign_t weaveheap_foreign_import_array(weaveheap_region_t region, uint8_t* schema, uint8_t* array, weaveheap_error* out_err);

/**
 * A foreign array of `type` (a fixed-width one: not boolean, utf8 or
 * binary, which are invalid_argument) whose producer is the core: a
 * copy of `values` (a whole number of values in the machine's byte
 * order, else invalid_argument) in memory of its own, counted as a copy
 * and not as an import. For the languages with no Arrow library to
 * import from, and for tests: its views and export behave as an
 * import's.
 *
 * @param region a region handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param type passed by value.
 * @param values borrowed shared for the call: the core reads it and
 *        keeps no reference past the call. `values_len` gives its length in
 *        bytes. NULL fails with invalid_argument unless the length is 0.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a new foreign handle owned by the caller, to release with
 *        weaveheap_foreign_release; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API weaveheap_foreign_t weaveheap_foreign_create(weaveheap_region_t region, weaveheap_element_type type, const uint8_t* values, uint64_t values_len, weaveheap_error* out_err);

/**
 * Imports the vector's own Arrow C Data export (`vector.export_arrow`)
 * as a foreign: the import of an array whose producer is the core. The
 * foreign holds the export, and so a shared borrow of the vector, until
 * it is released. Counted in `imports`. Fails as the export does.
 *
 * @param vector a vector handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a new foreign handle owned by the caller, to release with
 *        weaveheap_foreign_release; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_OUT_OF_MEMORY, WEAVEHEAP_ERR_BORROW_CONFLICT,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_C_ONLY weaveheap_foreign_t weaveheap_foreign_import_vector(weaveheap_vector_t vector, weaveheap_error* out_err);

/**
 * Releases a foreign: calls the producer's `release` of the array, then
 * of the schema, once. Fails while it is borrowed (a view or an Arrow
 * export of it is live).
 *
 * @param foreign ownership moves to the core: the handle is stale once
 *        the call succeeds (unchanged if it fails).
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND,
 *        WEAVEHEAP_ERR_BORROWED. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_foreign_release(weaveheap_foreign_t foreign, weaveheap_error* out_err);

/**
 * The number of values (the array's `length`).
 *
 * @param foreign a foreign handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_foreign_length(weaveheap_foreign_t foreign, weaveheap_error* out_err);

/**
 * The number of nulls as the producer gave it (-1, unknown, reads as
 * the largest u64).
 *
 * @param foreign a foreign handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_foreign_null_count(weaveheap_foreign_t foreign, weaveheap_error* out_err);

/**
 * The array's offset, in values, into its buffers.
 *
 * @param foreign a foreign handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_foreign_offset(weaveheap_foreign_t foreign, weaveheap_error* out_err);

/**
 * The number of children (a struct's fields, a list's one).
 *
 * @param foreign a foreign handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u64; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API uint64_t weaveheap_foreign_num_children(weaveheap_foreign_t foreign, weaveheap_error* out_err);

/**
 * A copy of the Arrow format string ("l", "u", "+s", "+l" ...) that the
 * caller owns (counted as a copy); free it with `free_string`.
 *
 * @param foreign a foreign handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a NUL-terminated string owned by the caller, to free with
 *        weaveheap_free_string; NULL on failure.
 *
 * Errors: WEAVEHEAP_ERR_OUT_OF_MEMORY, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API char* weaveheap_foreign_format(weaveheap_foreign_t foreign, weaveheap_error* out_err);

/**
 * Exports the foreign again through the Arrow C Data Interface without
 * a copy: fills the caller's `struct ArrowSchema` at `schema` (a copy
 * of the producer's schema, which the consumer owns) and `struct
 * ArrowArray` at `array`, whose buffers (its children's too) are the
 * producer's. The array holds a shared borrow of the foreign until its
 * `release` callback runs: until then the foreign's release and the
 * region's reset and destroy fail. Call it from the region's thread
 * (any thread for a thread-safe region). A refused export fills
 * nothing.
 *
 * @param foreign a foreign handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param schema borrowed unique for the call: the caller keeps
 *        ownership; the core may write it but keeps no reference past the call.
 *        NULL fails with invalid_argument.
 * @param array borrowed unique for the call: the caller keeps ownership;
 *        the core may write it but keeps no reference past the call. NULL fails
 *        with invalid_argument.
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
WEAVEHEAP_API void weaveheap_foreign_export_arrow(weaveheap_foreign_t foreign, uint8_t* schema, uint8_t* array, weaveheap_error* out_err);

/* ---- module foreign_stream ---- */
/**
 * Foreign Arrow streams: another library's batches, taken in one by one
 * without a copy (docs/arrow.md, "Import"). C only: `next` returns 0 at the
 * end, which no binding's method result can be; Python's glue iterates it
 * (weaveheap.import_arrow).
 */

/**
 * Moves the caller's `struct ArrowArrayStream` at `stream` into a new
 * foreign stream of `region` (the struct is copied and the caller's
 * marked released). Counted in `imports`. NULL or a released stream is
 * invalid_argument and moves nothing. The producer's `release` is
 * called once, from the thread that releases the stream or resets or
 * destroys its region.
 *
 * @param region a region handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param stream borrowed unique for the call: the caller keeps
 *        ownership; the core may write it but keeps no reference past the call.
 *        NULL fails with invalid_argument.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a new foreign_stream handle owned by the caller, to release
 *        with weaveheap_foreign_stream_release; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_C_ONLY weaveheap_foreign_stream_t weaveheap_foreign_stream_import_stream(weaveheap_region_t region, uint8_t* stream, weaveheap_error* out_err);

/**
 * Imports a batch stream's own Arrow C Stream export
 * (`batch_stream.export_arrow`): the import of a stream whose producer
 * is the core. Counted in `imports`. Fails as the export does.
 *
 * @param stream a batch_stream handle, borrowed shared for the call: the
 *        core reads it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a new foreign_stream handle owned by the caller, to release
 *        with weaveheap_foreign_stream_release; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_C_ONLY weaveheap_foreign_stream_t weaveheap_foreign_stream_import_batch_stream(weaveheap_batch_stream_t stream, weaveheap_error* out_err);

/**
 * The next batch, a foreign (format "+s" for a stream of record
 * batches) in the stream's region holding the producer's array and a
 * schema from its get_schema, counted in `imports`; 0 at the end. The
 * producer's error is invalid_argument with its get_last_error as the
 * message (the stream is not changed by it). The producer is called
 * with the region not entered.
 *
 * @param stream a foreign_stream handle, borrowed unique for the call:
 *        the caller keeps ownership; the core may write it but keeps no
 *        reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a new foreign handle owned by the caller, to release with
 *        weaveheap_foreign_release; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_BORROWED, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_C_ONLY weaveheap_foreign_t weaveheap_foreign_stream_next(weaveheap_foreign_stream_t stream, weaveheap_error* out_err);

/**
 * Releases the stream: calls the producer's `release` once (the
 * batches already taken stay, each a foreign of its own). Fails while
 * a `next` of it is running.
 *
 * @param stream ownership moves to the core: the handle is stale once
 *        the call succeeds (unchanged if it fails).
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND,
 *        WEAVEHEAP_ERR_BORROWED. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_C_ONLY void weaveheap_foreign_stream_release(weaveheap_foreign_stream_t stream, weaveheap_error* out_err);

/* ---- module borrow ---- */
/**
 * Borrows: zero-copy views of a buffer, bytes, string or vector, checked at run
 * time. Many shared borrows, or one unique borrow, at a time.
 */

/**
 * Takes a shared borrow: `view` is read-only and lives until the
 * returned token is released. Fails with borrow_conflict while a unique
 * borrow is outstanding.
 *
 * @param target a buffer | bytes | string | vector | var_vector |
 *        foreign handle, borrowed shared for the call: the core reads it and
 *        keeps no reference past the call.
 * @param view receives a view of `target`; it is valid exactly as long
 *        as the returned token, until that is released. Must not be NULL.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a new borrow handle owned by the caller, to release with
 *        weaveheap_borrow_release; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_BORROW_CONFLICT, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API weaveheap_borrow_t weaveheap_borrow_shared(weaveheap_handle_t target, weaveheap_view* view, weaveheap_error* out_err);

/**
 * Takes the unique borrow: no other borrow may be outstanding. The view
 * is writable for a buffer (bytes, strings and vectors stay read-only).
 *
 * @param target a buffer | bytes | string | vector | var_vector |
 *        foreign handle, borrowed unique for the call: the caller keeps
 *        ownership; the core may write it but keeps no reference past the call.
 * @param view receives a view of `target`; it is valid exactly as long
 *        as the returned token, until that is released. Must not be NULL.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a new borrow handle owned by the caller, to release with
 *        weaveheap_borrow_release; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_BORROW_CONFLICT, WEAVEHEAP_ERR_STALE_HANDLE,
 *        WEAVEHEAP_ERR_REUSED_HANDLE, WEAVEHEAP_ERR_FORGED_HANDLE,
 *        WEAVEHEAP_ERR_WRONG_KIND. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API weaveheap_borrow_t weaveheap_borrow_unique(weaveheap_handle_t target, weaveheap_view* view, weaveheap_error* out_err);

/**
 * Ends a borrow; the view must not be used again. A second release of
 * the same token is a stale-handle error.
 *
 * @param token ownership moves to the core: the handle is stale once the
 *        call succeeds (unchanged if it fails).
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API void weaveheap_borrow_release(weaveheap_borrow_t token, weaveheap_error* out_err);

/* ---- module object ---- */
/**
 * Objects of extensions' own kinds: the C API an extension's generated
 * entry points use (not in the bindings: they take opaque addresses).
 */

/**
 * Registers a kind of object named `name` (at most 63 bytes) whose
 * payloads `destroy` frees, called with `context`; returns its number
 * (16..255), kept for the process's life. Registering the same name
 * with the same destroy and context again returns the same number;
 * with another destroy or context it fails with invalid_argument. At
 * most 240 kinds (out_of_memory past that).
 *
 * @param name borrowed shared for the call: the core reads it and keeps
 *        no reference past the call. NULL fails with invalid_argument.
 * @param destroy a function the core calls back (see
 *        weaveheap_destructor), passed by value.
 * @param context an address passed by value; the core keeps it for its
 *        owner and never reads what it points to.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the u32; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY. A
 *        failed call changes nothing.
 * Threads: any thread.
 */
WEAVEHEAP_C_ONLY uint32_t weaveheap_object_register_kind(const char* name, weaveheap_destructor destroy, void* context, weaveheap_error* out_err);

/**
 * Makes an object of registered kind `kind` in `region` that holds
 * `payload` (not NULL). On success its destructor will free the
 * payload exactly once; on failure the caller still owns it.
 *
 * @param region a region handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param kind passed by value.
 * @param payload an address passed by value; the core keeps it for its
 *        owner and never reads what it points to.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a new object handle owned by the caller, to release with
 *        weaveheap_object_release; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_OUT_OF_MEMORY,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_C_ONLY weaveheap_object_t weaveheap_object_create(weaveheap_region_t region, uint32_t kind, void* payload, weaveheap_error* out_err);

/**
 * The payload of a live object of kind `kind`; an object of another
 * registered kind fails with wrong_kind. Valid while the object is
 * (hold a borrow, `object.borrow`, to keep it from being released).
 *
 * @param object a object handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param kind passed by value.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return an address the core keeps and never reads; NULL on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_C_ONLY void* weaveheap_object_get(weaveheap_object_t object, uint32_t kind, weaveheap_error* out_err);

/**
 * Borrows a live object of kind `kind` (many shared, or one unique, as
 * for memory): while the token is out the object cannot be released and
 * its region cannot be reset or destroyed. End it with `borrow.release`.
 *
 * @param object a object handle, borrowed shared for the call: the core
 *        reads it and keeps no reference past the call.
 * @param kind passed by value.
 * @param unique passed by value.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return a new borrow handle owned by the caller, to release with
 *        weaveheap_borrow_release; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_OUT_OF_MEMORY, WEAVEHEAP_ERR_BORROW_CONFLICT,
 *        WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND. A failed call
 *        changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_C_ONLY weaveheap_borrow_t weaveheap_object_borrow(weaveheap_object_t object, uint32_t kind, bool unique, weaveheap_error* out_err);

/**
 * Releases an object of kind `kind` (another registered kind fails with
 * wrong_kind): its handle goes stale and its kind's destructor frees the
 * payload, once the core has left the region. Fails while the object is
 * borrowed.
 *
 * @param object ownership moves to the core: the handle is stale once
 *        the call succeeds (unchanged if it fails).
 * @param kind passed by value.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE, WEAVEHEAP_ERR_WRONG_KIND,
 *        WEAVEHEAP_ERR_BORROWED. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_C_ONLY void weaveheap_object_release(weaveheap_object_t object, uint32_t kind, weaveheap_error* out_err);

/* ---- module handle ---- */
/** Handles in general. */

/**
 * The kind of a live handle; a stale, reused or forged handle fails.
 * Region handles may be checked from any thread; other handles follow
 * their region's rule.
 *
 * @param handle any handle, borrowed shared for the call: the core reads
 *        it and keeps no reference past the call.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 * @return the handle_kind; 0 on failure.
 *
 * Errors: WEAVEHEAP_ERR_STALE_HANDLE, WEAVEHEAP_ERR_REUSED_HANDLE,
 *        WEAVEHEAP_ERR_FORGED_HANDLE. A failed call changes nothing.
 * Threads: any thread for a thread-safe region; otherwise only the
 *        thread that is using the region.
 */
WEAVEHEAP_API weaveheap_handle_kind weaveheap_handle_kind_of(weaveheap_handle_t handle, weaveheap_error* out_err);

/* ---- module stats ---- */
/** Process-wide counters. */

/**
 * Reads the process-wide counters into `out`.
 *
 * @param out filled on success, left as it was on failure. Must not be
 *        NULL.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT. A failed call changes nothing.
 * Threads: any thread.
 */
WEAVEHEAP_API void weaveheap_stats_global(weaveheap_stats* out, weaveheap_error* out_err);

/**
 * Turns counting on or off for the whole process (on by default). While
 * off, the statistics keep their values; what the core itself relies on
 * (bytes_live, bytes_reserved, borrows_active, regions_live,
 * stale_rejected) stays exact.
 *
 * @param enabled passed by value.
 *
 * Errors: none; this function cannot fail.
 * Threads: any thread.
 */
WEAVEHEAP_API void weaveheap_stats_set_enabled(bool enabled);

/**
 * Whether counting is on.
 *
 * @return the bool.
 *
 * Errors: none; this function cannot fail.
 * Threads: any thread.
 */
WEAVEHEAP_API bool weaveheap_stats_enabled(void);

/* ---- module publish ---- */
/**
 * Live counters for the `weaveheap stats` and `weaveheap viz` commands. A
 * publishing process keeps its counters and its table of regions, handles
 * and borrows in a small memory-mapped file of its own, in a directory only
 * its user can read ($WEAVEHEAP_STATS_DIR, else $XDG_RUNTIME_DIR/weaveheap,
 * else /tmp/weaveheap-<uid>; docs/cli.md), and removes the file when it
 * exits. WEAVEHEAP_STATS=1 in the environment starts publishing at the first
 * `region.create`. Nothing here adds work or a lock to the allocation path:
 * snapshots are taken by a background thread or by `now`.
 */

/**
 * Starts publishing: a background thread rewrites the file every
 * `interval_ms` milliseconds (0 means the default, 250; at most
 * 3600000). Called again while publishing, it changes the interval.
 * Fails, changing nothing, when the directory is unsafe (not owned by
 * this user, or open to group or others: invalid_argument, the message
 * names it) or the file or thread cannot be made (system_error).
 *
 * @param interval_ms passed by value. Default 0. Must be at most
 *        3600000; otherwise invalid_argument.
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_SYSTEM_ERROR. A
 *        failed call changes nothing.
 * Threads: any thread.
 */
WEAVEHEAP_API void weaveheap_publish_start(uint32_t interval_ms, weaveheap_error* out_err);

/**
 * Writes a snapshot now from the calling thread, creating the file
 * first if this process is not publishing yet (without starting the
 * background thread). Thread-safe regions are read under their lock;
 * the table of any other region is exact when the caller is the thread
 * using it, and best effort otherwise. Fails as `start` does.
 *
 * @param out_err filled on failure (code != 0, message to free with
 *        weaveheap_error_clear); may be NULL to ignore errors.
 *
 * Errors: WEAVEHEAP_ERR_INVALID_ARGUMENT, WEAVEHEAP_ERR_SYSTEM_ERROR. A
 *        failed call changes nothing.
 * Threads: any thread.
 */
WEAVEHEAP_API void weaveheap_publish_now(weaveheap_error* out_err);

/**
 * Stops publishing and removes the file. A no-op when not publishing.
 *
 *
 * Errors: none; this function cannot fail.
 * Threads: any thread.
 */
WEAVEHEAP_API void weaveheap_publish_stop(void);

/**
 * Whether this process is publishing (its file exists).
 *
 * @return the bool.
 *
 * Errors: none; this function cannot fail.
 * Threads: any thread.
 */
WEAVEHEAP_API bool weaveheap_publish_active(void);

#ifdef __cplusplus
}
#endif

#endif /* WEAVEHEAP_H */
