/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144 */
/*
 * The component adapter: implements the WIT package of generated/wit/ over
 * the C API of weaveheap 0.1.0, in the canonical ABI that
 * `wasm-tools component new` lifts. Linked with the core and the adapter's
 * runtime (wasm/component/runtime.c) for wasm32 (see wasm/CMakeLists.txt),
 * it is the component's whole surface: one export per WIT function
 * (<interface>#<function>), its cabi_post_ function when the result lends
 * memory, a destructor per resource, and cabi_realloc (in the runtime).
 *
 * Ownership across the boundary:
 *  - list and string arguments are allocated by the host with cabi_realloc;
 *    the adapter frees them when the call returns.
 *  - strings and lists in results (error messages, copies) stay the
 *    adapter's; the host copies them out and then calls the cabi_post_
 *    function, which frees them.
 *  - a resource's rep names a cell of the runtime's table, which holds the
 *    core's 64-bit handle. Resources always arrive borrowed: `close` releases
 *    what the cell names and marks it closed, and the destructor releases it
 *    unless it was closed.
 * Not in the IDL's error lists: memory the adapter cannot get (a cell, a
 * destination) and a size this 32-bit memory cannot hold give out_of_memory;
 * a failed cabi_realloc traps (the canonical ABI has no other way to refuse).
 */
#include "runtime.h"

#include <stdlib.h>
#include <string.h>

/* Helpers that only some IDLs need. */
#define WH_HELPER static inline __attribute__((unused))

/* -- canonical ABI values ------------------------------------------------- */
_Static_assert(sizeof(wh_list) == 8 && _Alignof(wh_list) == 4, "canonical ABI layout of list");

/* record error */
typedef struct wh_rec_error {
    uint8_t code;
    wh_list message;
} wh_rec_error;
_Static_assert(sizeof(wh_rec_error) == 12 && _Alignof(wh_rec_error) == 4,
               "canonical ABI layout of record error");
_Static_assert(offsetof(wh_rec_error, code) == 0, "offset of error.code");
_Static_assert(offsetof(wh_rec_error, message) == 4, "offset of error.message");

/* record region-options */
typedef struct wh_rec_region_options {
    uint64_t chunk_size;
    uint64_t byte_limit;
    uint8_t thread_safe;
} wh_rec_region_options;
_Static_assert(sizeof(wh_rec_region_options) == 24 && _Alignof(wh_rec_region_options) == 8,
               "canonical ABI layout of record region-options");
_Static_assert(offsetof(wh_rec_region_options, chunk_size) == 0, "offset of region-options.chunk-size");
_Static_assert(offsetof(wh_rec_region_options, byte_limit) == 8, "offset of region-options.byte-limit");
_Static_assert(offsetof(wh_rec_region_options, thread_safe) == 16, "offset of region-options.thread-safe");

/* record stats */
typedef struct wh_rec_stats {
    uint64_t allocations;
    uint64_t releases;
    uint64_t bytes_allocated;
    uint64_t bytes_live;
    uint64_t bytes_peak;
    uint64_t bytes_reserved;
    uint64_t borrows_taken;
    uint64_t borrows_active;
    uint64_t borrow_conflicts;
    uint64_t stale_rejected;
    uint64_t copies;
    uint64_t copy_bytes;
    uint64_t regions_live;
    uint64_t imports;
} wh_rec_stats;
_Static_assert(sizeof(wh_rec_stats) == 112 && _Alignof(wh_rec_stats) == 8,
               "canonical ABI layout of record stats");
_Static_assert(offsetof(wh_rec_stats, allocations) == 0, "offset of stats.allocations");
_Static_assert(offsetof(wh_rec_stats, releases) == 8, "offset of stats.releases");
_Static_assert(offsetof(wh_rec_stats, bytes_allocated) == 16, "offset of stats.bytes-allocated");
_Static_assert(offsetof(wh_rec_stats, bytes_live) == 24, "offset of stats.bytes-live");
_Static_assert(offsetof(wh_rec_stats, bytes_peak) == 32, "offset of stats.bytes-peak");
_Static_assert(offsetof(wh_rec_stats, bytes_reserved) == 40, "offset of stats.bytes-reserved");
_Static_assert(offsetof(wh_rec_stats, borrows_taken) == 48, "offset of stats.borrows-taken");
_Static_assert(offsetof(wh_rec_stats, borrows_active) == 56, "offset of stats.borrows-active");
_Static_assert(offsetof(wh_rec_stats, borrow_conflicts) == 64, "offset of stats.borrow-conflicts");
_Static_assert(offsetof(wh_rec_stats, stale_rejected) == 72, "offset of stats.stale-rejected");
_Static_assert(offsetof(wh_rec_stats, copies) == 80, "offset of stats.copies");
_Static_assert(offsetof(wh_rec_stats, copy_bytes) == 88, "offset of stats.copy-bytes");
_Static_assert(offsetof(wh_rec_stats, regions_live) == 96, "offset of stats.regions-live");
_Static_assert(offsetof(wh_rec_stats, imports) == 104, "offset of stats.imports");

/* record view */
typedef struct wh_rec_view {
    uint64_t data;
    uint64_t length;
    uint8_t writable;
} wh_rec_view;
_Static_assert(sizeof(wh_rec_view) == 24 && _Alignof(wh_rec_view) == 8,
               "canonical ABI layout of record view");
_Static_assert(offsetof(wh_rec_view, data) == 0, "offset of view.data");
_Static_assert(offsetof(wh_rec_view, length) == 8, "offset of view.length");
_Static_assert(offsetof(wh_rec_view, writable) == 16, "offset of view.writable");

/* enum error-code: C value -> case index */
WH_HELPER uint32_t wh_error_code_index(int32_t value) {
    switch (value) {
    case 1: return 0;
    case 2: return 1;
    case 3: return 2;
    case 4: return 3;
    case 5: return 4;
    case 6: return 5;
    case 7: return 6;
    case 8: return 7;
    case 9: return 8;
    case 10: return 9;
    case 11: return 10;
    }
    __builtin_trap(); /* a value the IDL does not declare: a bug in the core */
}

/* enum element-type: C value -> case index */
WH_HELPER uint32_t wh_element_type_index(int32_t value) {
    switch (value) {
    case 1: return 0;
    case 2: return 1;
    case 3: return 2;
    case 4: return 3;
    case 5: return 4;
    case 6: return 5;
    case 7: return 6;
    case 8: return 7;
    case 9: return 8;
    case 10: return 9;
    case 11: return 10;
    case 12: return 11;
    case 13: return 12;
    }
    __builtin_trap(); /* a value the IDL does not declare: a bug in the core */
}

/* enum handle-kind: C value -> case index */
WH_HELPER uint32_t wh_handle_kind_index(int32_t value) {
    switch (value) {
    case 0: return 0;
    case 1: return 1;
    case 2: return 2;
    case 3: return 3;
    case 4: return 4;
    case 5: return 5;
    case 6: return 6;
    case 7: return 7;
    case 8: return 8;
    case 9: return 9;
    case 10: return 10;
    case 11: return 11;
    case 12: return 12;
    case 13: return 13;
    }
    __builtin_trap(); /* a value the IDL does not declare: a bug in the core */
}

/* enum element-type: case index -> C value */
WH_HELPER int32_t wh_element_type_value(uint32_t index) {
    switch (index) {
    case 0: return 1;
    case 1: return 2;
    case 2: return 3;
    case 3: return 4;
    case 4: return 5;
    case 5: return 6;
    case 6: return 7;
    case 7: return 8;
    case 8: return 9;
    case 9: return 10;
    case 10: return 11;
    case 11: return 12;
    case 12: return 13;
    }
    __builtin_trap(); /* the host lifts only declared cases */
}

/* The error of the call, as the `err` of its result. */
static void wh_lower_error(wh_rec_error* out) {
    const char* message = wh_message();
    out->code = (uint8_t)wh_error_code_index(wh_err.code);
    out->message.ptr = (uint8_t*)message;
    out->message.len = strlen(message);
}

/* resource region (weaveheap:core/region@0.1.0) */
WH_IMPORT("[export]weaveheap:core/region@0.1.0", "[resource-new]region") int32_t wh_region_new(int32_t rep);

/* Releases what a region handle names, ignoring a refusal (the core counts it). */
static void wh_region_release(weaveheap_handle_t h) {
    weaveheap_error e = {0, NULL};
    weaveheap_region_destroy(h, &e);
    weaveheap_error_clear(&e);
}

/* Dropping a region releases it unless it was closed. */
WH_EXPORT("weaveheap:core/region@0.1.0#[dtor]region")
void wh_region_dtor(int32_t rep) {
    if (!wh_closed(rep)) wh_region_release(wh_handle(rep));
    wh_cell_free(rep);
}

/* resource buffer (weaveheap:core/buffer@0.1.0) */
WH_IMPORT("[export]weaveheap:core/buffer@0.1.0", "[resource-new]buffer") int32_t wh_buffer_new(int32_t rep);

/* Releases what a buffer handle names, ignoring a refusal (the core counts it). */
static void wh_buffer_release(weaveheap_handle_t h) {
    weaveheap_error e = {0, NULL};
    weaveheap_buffer_release(h, &e);
    weaveheap_error_clear(&e);
}

/* Dropping a buffer releases it unless it was closed. */
WH_EXPORT("weaveheap:core/buffer@0.1.0#[dtor]buffer")
void wh_buffer_dtor(int32_t rep) {
    if (!wh_closed(rep)) wh_buffer_release(wh_handle(rep));
    wh_cell_free(rep);
}

/* resource bytes (weaveheap:core/bytes@0.1.0) */
WH_IMPORT("[export]weaveheap:core/bytes@0.1.0", "[resource-new]bytes") int32_t wh_bytes_new(int32_t rep);

/* Releases what a bytes handle names, ignoring a refusal (the core counts it). */
static void wh_bytes_release(weaveheap_handle_t h) {
    weaveheap_error e = {0, NULL};
    weaveheap_bytes_release(h, &e);
    weaveheap_error_clear(&e);
}

/* Dropping a bytes releases it unless it was closed. */
WH_EXPORT("weaveheap:core/bytes@0.1.0#[dtor]bytes")
void wh_bytes_dtor(int32_t rep) {
    if (!wh_closed(rep)) wh_bytes_release(wh_handle(rep));
    wh_cell_free(rep);
}

/* resource %string (weaveheap:core/string@0.1.0) */
WH_IMPORT("[export]weaveheap:core/string@0.1.0", "[resource-new]string") int32_t wh_string_new(int32_t rep);

/* Releases what a string handle names, ignoring a refusal (the core counts it). */
static void wh_string_release(weaveheap_handle_t h) {
    weaveheap_error e = {0, NULL};
    weaveheap_string_release(h, &e);
    weaveheap_error_clear(&e);
}

/* Dropping a %string releases it unless it was closed. */
WH_EXPORT("weaveheap:core/string@0.1.0#[dtor]string")
void wh_string_dtor(int32_t rep) {
    if (!wh_closed(rep)) wh_string_release(wh_handle(rep));
    wh_cell_free(rep);
}

/* resource %borrow (weaveheap:core/borrow@0.1.0) */
WH_IMPORT("[export]weaveheap:core/borrow@0.1.0", "[resource-new]borrow") int32_t wh_borrow_new(int32_t rep);

/* Releases what a borrow handle names, ignoring a refusal (the core counts it). */
static void wh_borrow_release(weaveheap_handle_t h) {
    weaveheap_error e = {0, NULL};
    weaveheap_borrow_release(h, &e);
    weaveheap_error_clear(&e);
}

/* Dropping a %borrow releases it unless it was closed. */
WH_EXPORT("weaveheap:core/borrow@0.1.0#[dtor]borrow")
void wh_borrow_dtor(int32_t rep) {
    if (!wh_closed(rep)) wh_borrow_release(wh_handle(rep));
    wh_cell_free(rep);
}

/* resource vector (weaveheap:core/vector@0.1.0) */
WH_IMPORT("[export]weaveheap:core/vector@0.1.0", "[resource-new]vector") int32_t wh_vector_new(int32_t rep);

/* Releases what a vector handle names, ignoring a refusal (the core counts it). */
static void wh_vector_release(weaveheap_handle_t h) {
    weaveheap_error e = {0, NULL};
    weaveheap_vector_release(h, &e);
    weaveheap_error_clear(&e);
}

/* Dropping a vector releases it unless it was closed. */
WH_EXPORT("weaveheap:core/vector@0.1.0#[dtor]vector")
void wh_vector_dtor(int32_t rep) {
    if (!wh_closed(rep)) wh_vector_release(wh_handle(rep));
    wh_cell_free(rep);
}

/* resource batch (weaveheap:core/batch@0.1.0) */
WH_IMPORT("[export]weaveheap:core/batch@0.1.0", "[resource-new]batch") int32_t wh_batch_new(int32_t rep);

/* Releases what a batch handle names, ignoring a refusal (the core counts it). */
static void wh_batch_release(weaveheap_handle_t h) {
    weaveheap_error e = {0, NULL};
    weaveheap_batch_release(h, &e);
    weaveheap_error_clear(&e);
}

/* Dropping a batch releases it unless it was closed. */
WH_EXPORT("weaveheap:core/batch@0.1.0#[dtor]batch")
void wh_batch_dtor(int32_t rep) {
    if (!wh_closed(rep)) wh_batch_release(wh_handle(rep));
    wh_cell_free(rep);
}

/* resource batch-stream (weaveheap:core/batch-stream@0.1.0) */
WH_IMPORT("[export]weaveheap:core/batch-stream@0.1.0", "[resource-new]batch-stream") int32_t wh_batch_stream_new(int32_t rep);

/* Releases what a batch_stream handle names, ignoring a refusal (the core counts it). */
static void wh_batch_stream_release(weaveheap_handle_t h) {
    weaveheap_error e = {0, NULL};
    weaveheap_batch_stream_release(h, &e);
    weaveheap_error_clear(&e);
}

/* Dropping a batch-stream releases it unless it was closed. */
WH_EXPORT("weaveheap:core/batch-stream@0.1.0#[dtor]batch-stream")
void wh_batch_stream_dtor(int32_t rep) {
    if (!wh_closed(rep)) wh_batch_stream_release(wh_handle(rep));
    wh_cell_free(rep);
}

/* resource var-vector (weaveheap:core/var-vector@0.1.0) */
WH_IMPORT("[export]weaveheap:core/var-vector@0.1.0", "[resource-new]var-vector") int32_t wh_var_vector_new(int32_t rep);

/* Releases what a var_vector handle names, ignoring a refusal (the core counts it). */
static void wh_var_vector_release(weaveheap_handle_t h) {
    weaveheap_error e = {0, NULL};
    weaveheap_var_vector_release(h, &e);
    weaveheap_error_clear(&e);
}

/* Dropping a var-vector releases it unless it was closed. */
WH_EXPORT("weaveheap:core/var-vector@0.1.0#[dtor]var-vector")
void wh_var_vector_dtor(int32_t rep) {
    if (!wh_closed(rep)) wh_var_vector_release(wh_handle(rep));
    wh_cell_free(rep);
}

/* resource list-vector (weaveheap:core/batch@0.1.0) */
WH_IMPORT("[export]weaveheap:core/batch@0.1.0", "[resource-new]list-vector") int32_t wh_list_vector_new(int32_t rep);

/* Releases what a list_vector handle names, ignoring a refusal (the core counts it). */
static void wh_list_vector_release(weaveheap_handle_t h) {
    weaveheap_error e = {0, NULL};
    weaveheap_list_vector_release(h, &e);
    weaveheap_error_clear(&e);
}

/* Dropping a list-vector releases it unless it was closed. */
WH_EXPORT("weaveheap:core/batch@0.1.0#[dtor]list-vector")
void wh_list_vector_dtor(int32_t rep) {
    if (!wh_closed(rep)) wh_list_vector_release(wh_handle(rep));
    wh_cell_free(rep);
}

/* resource foreign (weaveheap:core/foreign@0.1.0) */
WH_IMPORT("[export]weaveheap:core/foreign@0.1.0", "[resource-new]foreign") int32_t wh_foreign_new(int32_t rep);

/* Releases what a foreign handle names, ignoring a refusal (the core counts it). */
static void wh_foreign_release(weaveheap_handle_t h) {
    weaveheap_error e = {0, NULL};
    weaveheap_foreign_release(h, &e);
    weaveheap_error_clear(&e);
}

/* Dropping a foreign releases it unless it was closed. */
WH_EXPORT("weaveheap:core/foreign@0.1.0#[dtor]foreign")
void wh_foreign_dtor(int32_t rep) {
    if (!wh_closed(rep)) wh_foreign_release(wh_handle(rep));
    wh_cell_free(rep);
}

/* -- functions ------------------------------------------------------------ */

/* weaveheap:core/weaveheap@0.1.0#version-number -> weaveheap_version_number */
WH_EXPORT("weaveheap:core/weaveheap@0.1.0#version-number")
int32_t wh_export_version_number(void) {
    int32_t ret = 0;
    wh_clear();
    uint32_t result = 0;
    result = weaveheap_version_number();
    if (!wh_err.code) {
        ret = (int32_t)(result);
    }
    return ret;
}

/* weaveheap:core/weaveheap@0.1.0#version-string -> weaveheap_version_string */
typedef wh_list wh_ret_version_string;
_Static_assert(sizeof(wh_ret_version_string) == 8 && _Alignof(wh_ret_version_string) == 4,
               "canonical ABI layout of the result of weaveheap:core/weaveheap@0.1.0#version-string");
static wh_ret_version_string wh_ret_version_string_area;

WH_EXPORT("weaveheap:core/weaveheap@0.1.0#version-string")
wh_ret_version_string* wh_export_version_string(void) {
    wh_ret_version_string* ret = &wh_ret_version_string_area;
    wh_clear();
    const char* result = 0;
    result = weaveheap_version_string();
    if (!wh_err.code) {
        (*ret).ptr = (uint8_t*)result;
        (*ret).len = strlen(result);
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/weaveheap@0.1.0#version-string")
void wh_post_version_string(wh_ret_version_string* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/weaveheap@0.1.0#abi-version -> weaveheap_abi_version */
WH_EXPORT("weaveheap:core/weaveheap@0.1.0#abi-version")
int32_t wh_export_abi_version(void) {
    int32_t ret = 0;
    wh_clear();
    uint32_t result = 0;
    result = weaveheap_abi_version();
    if (!wh_err.code) {
        ret = (int32_t)(result);
    }
    return ret;
}

/* weaveheap:core/weaveheap@0.1.0#idl-hash -> weaveheap_idl_hash */
typedef wh_list wh_ret_idl_hash;
_Static_assert(sizeof(wh_ret_idl_hash) == 8 && _Alignof(wh_ret_idl_hash) == 4,
               "canonical ABI layout of the result of weaveheap:core/weaveheap@0.1.0#idl-hash");
static wh_ret_idl_hash wh_ret_idl_hash_area;

WH_EXPORT("weaveheap:core/weaveheap@0.1.0#idl-hash")
wh_ret_idl_hash* wh_export_idl_hash(void) {
    wh_ret_idl_hash* ret = &wh_ret_idl_hash_area;
    wh_clear();
    const char* result = 0;
    result = weaveheap_idl_hash();
    if (!wh_err.code) {
        (*ret).ptr = (uint8_t*)result;
        (*ret).len = strlen(result);
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/weaveheap@0.1.0#idl-hash")
void wh_post_idl_hash(wh_ret_idl_hash* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/weaveheap@0.1.0#strerror -> weaveheap_strerror */
typedef wh_list wh_ret_strerror;
_Static_assert(sizeof(wh_ret_strerror) == 8 && _Alignof(wh_ret_strerror) == 4,
               "canonical ABI layout of the result of weaveheap:core/weaveheap@0.1.0#strerror");
static wh_ret_strerror wh_ret_strerror_area;

WH_EXPORT("weaveheap:core/weaveheap@0.1.0#strerror")
wh_ret_strerror* wh_export_strerror(int32_t p_code) {
    wh_ret_strerror* ret = &wh_ret_strerror_area;
    wh_clear();
    const char* result = 0;
    result = weaveheap_strerror((int32_t)p_code);
    if (!wh_err.code) {
        (*ret).ptr = (uint8_t*)result;
        (*ret).len = strlen(result);
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/weaveheap@0.1.0#strerror")
void wh_post_strerror(wh_ret_strerror* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/region@0.1.0#[constructor]region -> weaveheap_region_create */
typedef struct wh_ret_region_create {
    uint8_t is_err;
    union {
        int32_t ok;
        wh_rec_error err;
    } v;
} wh_ret_region_create;
_Static_assert(sizeof(wh_ret_region_create) == 16 && _Alignof(wh_ret_region_create) == 4,
               "canonical ABI layout of the result of weaveheap:core/region@0.1.0#[constructor]region");
static wh_ret_region_create wh_ret_region_create_area;

WH_EXPORT("weaveheap:core/region@0.1.0#[constructor]region")
wh_ret_region_create* wh_export_region_create(int32_t p_options_is_some, int64_t p_options_chunk_size, int64_t p_options_byte_limit, int32_t p_options_thread_safe) {
    wh_ret_region_create* ret = &wh_ret_region_create_area;
    wh_clear();
    weaveheap_region_options p_options_value = {0};
    const weaveheap_region_options* p_options_arg = NULL;
    if (p_options_is_some) {
        p_options_value.chunk_size = (uint64_t)p_options_chunk_size;
        p_options_value.byte_limit = (uint64_t)p_options_byte_limit;
        p_options_value.thread_safe = p_options_thread_safe != 0;
        p_options_arg = &p_options_value;
    }
    weaveheap_region_t result = 0;
    result = weaveheap_region_create(p_options_arg, &wh_err);
    if (!wh_err.code) {
        int32_t rep0 = wh_cell_new(result);
        if (!rep0) {
            wh_region_release(result);
            wh_fail(WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for the cell of a new region");
        } else {
            ret->v.ok = wh_region_new(rep0);
        }
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/region@0.1.0#[constructor]region")
void wh_post_region_create(wh_ret_region_create* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/region@0.1.0#[method]region.close -> weaveheap_region_destroy */
typedef struct wh_ret_region_destroy {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_region_destroy;
_Static_assert(sizeof(wh_ret_region_destroy) == 16 && _Alignof(wh_ret_region_destroy) == 4,
               "canonical ABI layout of the result of weaveheap:core/region@0.1.0#[method]region.close");
static wh_ret_region_destroy wh_ret_region_destroy_area;

WH_EXPORT("weaveheap:core/region@0.1.0#[method]region.close")
wh_ret_region_destroy* wh_export_region_destroy(int32_t p_self) {
    wh_ret_region_destroy* ret = &wh_ret_region_destroy_area;
    wh_clear();
    if (!wh_closed(p_self) /* a second close is a no-op */) weaveheap_region_destroy(wh_handle(p_self), &wh_err);
    if (!wh_err.code) wh_close(p_self); /* consumed: closed */
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/region@0.1.0#[method]region.close")
void wh_post_region_destroy(wh_ret_region_destroy* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/region@0.1.0#[method]region.reset -> weaveheap_region_reset */
typedef struct wh_ret_region_reset {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_region_reset;
_Static_assert(sizeof(wh_ret_region_reset) == 16 && _Alignof(wh_ret_region_reset) == 4,
               "canonical ABI layout of the result of weaveheap:core/region@0.1.0#[method]region.reset");
static wh_ret_region_reset wh_ret_region_reset_area;

WH_EXPORT("weaveheap:core/region@0.1.0#[method]region.reset")
wh_ret_region_reset* wh_export_region_reset(int32_t p_self) {
    wh_ret_region_reset* ret = &wh_ret_region_reset_area;
    wh_clear();
    weaveheap_region_reset(wh_handle(p_self), &wh_err);
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/region@0.1.0#[method]region.reset")
void wh_post_region_reset(wh_ret_region_reset* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/region@0.1.0#[method]region.stats -> weaveheap_region_stats */
typedef struct wh_ret_region_stats {
    uint8_t is_err;
    union {
        wh_rec_stats ok;
        wh_rec_error err;
    } v;
} wh_ret_region_stats;
_Static_assert(sizeof(wh_ret_region_stats) == 120 && _Alignof(wh_ret_region_stats) == 8,
               "canonical ABI layout of the result of weaveheap:core/region@0.1.0#[method]region.stats");
static wh_ret_region_stats wh_ret_region_stats_area;

WH_EXPORT("weaveheap:core/region@0.1.0#[method]region.stats")
wh_ret_region_stats* wh_export_region_stats(int32_t p_self) {
    wh_ret_region_stats* ret = &wh_ret_region_stats_area;
    wh_clear();
    weaveheap_stats out_out = {0};
    weaveheap_region_stats(wh_handle(p_self), &out_out, &wh_err);
    if (!wh_err.code) {
        ret->v.ok.allocations = out_out.allocations;
        ret->v.ok.releases = out_out.releases;
        ret->v.ok.bytes_allocated = out_out.bytes_allocated;
        ret->v.ok.bytes_live = out_out.bytes_live;
        ret->v.ok.bytes_peak = out_out.bytes_peak;
        ret->v.ok.bytes_reserved = out_out.bytes_reserved;
        ret->v.ok.borrows_taken = out_out.borrows_taken;
        ret->v.ok.borrows_active = out_out.borrows_active;
        ret->v.ok.borrow_conflicts = out_out.borrow_conflicts;
        ret->v.ok.stale_rejected = out_out.stale_rejected;
        ret->v.ok.copies = out_out.copies;
        ret->v.ok.copy_bytes = out_out.copy_bytes;
        ret->v.ok.regions_live = out_out.regions_live;
        ret->v.ok.imports = out_out.imports;
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/region@0.1.0#[method]region.stats")
void wh_post_region_stats(wh_ret_region_stats* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/buffer@0.1.0#[constructor]buffer -> weaveheap_buffer_alloc */
typedef struct wh_ret_buffer_alloc {
    uint8_t is_err;
    union {
        int32_t ok;
        wh_rec_error err;
    } v;
} wh_ret_buffer_alloc;
_Static_assert(sizeof(wh_ret_buffer_alloc) == 16 && _Alignof(wh_ret_buffer_alloc) == 4,
               "canonical ABI layout of the result of weaveheap:core/buffer@0.1.0#[constructor]buffer");
static wh_ret_buffer_alloc wh_ret_buffer_alloc_area;

WH_EXPORT("weaveheap:core/buffer@0.1.0#[constructor]buffer")
wh_ret_buffer_alloc* wh_export_buffer_alloc(int32_t p_region, int64_t p_size, int64_t p_align) {
    wh_ret_buffer_alloc* ret = &wh_ret_buffer_alloc_area;
    wh_clear();
    wh_check_size("size", (uint64_t)p_size, WEAVEHEAP_MAX_SIZE);
    weaveheap_buffer_t result = 0;
    if (!wh_err.code) result = weaveheap_buffer_alloc(wh_handle(p_region), (uint64_t)p_size, (uint64_t)p_align, &wh_err);
    if (!wh_err.code) {
        int32_t rep0 = wh_cell_new(result);
        if (!rep0) {
            wh_buffer_release(result);
            wh_fail(WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for the cell of a new buffer");
        } else {
            ret->v.ok = wh_buffer_new(rep0);
        }
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/buffer@0.1.0#[constructor]buffer")
void wh_post_buffer_alloc(wh_ret_buffer_alloc* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/buffer@0.1.0#[method]buffer.close -> weaveheap_buffer_release */
typedef struct wh_ret_buffer_release {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_buffer_release;
_Static_assert(sizeof(wh_ret_buffer_release) == 16 && _Alignof(wh_ret_buffer_release) == 4,
               "canonical ABI layout of the result of weaveheap:core/buffer@0.1.0#[method]buffer.close");
static wh_ret_buffer_release wh_ret_buffer_release_area;

WH_EXPORT("weaveheap:core/buffer@0.1.0#[method]buffer.close")
wh_ret_buffer_release* wh_export_buffer_release(int32_t p_self) {
    wh_ret_buffer_release* ret = &wh_ret_buffer_release_area;
    wh_clear();
    if (!wh_closed(p_self) /* a second close is a no-op */) weaveheap_buffer_release(wh_handle(p_self), &wh_err);
    if (!wh_err.code) wh_close(p_self); /* consumed: closed */
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/buffer@0.1.0#[method]buffer.close")
void wh_post_buffer_release(wh_ret_buffer_release* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/buffer@0.1.0#[method]buffer.size -> weaveheap_buffer_size */
typedef struct wh_ret_buffer_size {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_buffer_size;
_Static_assert(sizeof(wh_ret_buffer_size) == 24 && _Alignof(wh_ret_buffer_size) == 8,
               "canonical ABI layout of the result of weaveheap:core/buffer@0.1.0#[method]buffer.size");
static wh_ret_buffer_size wh_ret_buffer_size_area;

WH_EXPORT("weaveheap:core/buffer@0.1.0#[method]buffer.size")
wh_ret_buffer_size* wh_export_buffer_size(int32_t p_self) {
    wh_ret_buffer_size* ret = &wh_ret_buffer_size_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_buffer_size(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/buffer@0.1.0#[method]buffer.size")
void wh_post_buffer_size(wh_ret_buffer_size* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/buffer@0.1.0#[method]buffer.write -> weaveheap_buffer_write */
typedef struct wh_ret_buffer_write {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_buffer_write;
_Static_assert(sizeof(wh_ret_buffer_write) == 16 && _Alignof(wh_ret_buffer_write) == 4,
               "canonical ABI layout of the result of weaveheap:core/buffer@0.1.0#[method]buffer.write");
static wh_ret_buffer_write wh_ret_buffer_write_area;

WH_EXPORT("weaveheap:core/buffer@0.1.0#[method]buffer.write")
wh_ret_buffer_write* wh_export_buffer_write(int32_t p_self, int64_t p_offset, uint8_t* p_data_ptr, size_t p_data_len) {
    wh_ret_buffer_write* ret = &wh_ret_buffer_write_area;
    wh_clear();
    weaveheap_buffer_write(wh_handle(p_self), (uint64_t)p_offset, p_data_ptr, (uint64_t)p_data_len, &wh_err);
    wh_free_arg(p_data_ptr, p_data_len);
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/buffer@0.1.0#[method]buffer.write")
void wh_post_buffer_write(wh_ret_buffer_write* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/buffer@0.1.0#[method]buffer.read -> weaveheap_buffer_read */
typedef struct wh_ret_buffer_read {
    uint8_t is_err;
    union {
        wh_list ok;
        wh_rec_error err;
    } v;
} wh_ret_buffer_read;
_Static_assert(sizeof(wh_ret_buffer_read) == 16 && _Alignof(wh_ret_buffer_read) == 4,
               "canonical ABI layout of the result of weaveheap:core/buffer@0.1.0#[method]buffer.read");
static wh_ret_buffer_read wh_ret_buffer_read_area;

WH_EXPORT("weaveheap:core/buffer@0.1.0#[method]buffer.read")
wh_ret_buffer_read* wh_export_buffer_read(int32_t p_self, int64_t p_offset, int64_t p_dst_len) {
    wh_ret_buffer_read* ret = &wh_ret_buffer_read_area;
    wh_clear();
    uint8_t* p_dst = wh_dst((uint64_t)p_dst_len);
    if (!wh_err.code) weaveheap_buffer_read(wh_handle(p_self), (uint64_t)p_offset, p_dst, (uint64_t)p_dst_len, &wh_err);
    if (!wh_err.code) {
        ret->v.ok.ptr = p_dst;
        ret->v.ok.len = (size_t)p_dst_len;
    }
    if (wh_err.code) {
        wh_free_arg(p_dst, (size_t)p_dst_len);
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/buffer@0.1.0#[method]buffer.read")
void wh_post_buffer_read(wh_ret_buffer_read* ret) {
    if (!ret->is_err) {
        wh_free_arg(ret->v.ok.ptr, ret->v.ok.len);
    }
    wh_clear();
}

/* weaveheap:core/bytes@0.1.0#[constructor]bytes -> weaveheap_bytes_create */
typedef struct wh_ret_bytes_create {
    uint8_t is_err;
    union {
        int32_t ok;
        wh_rec_error err;
    } v;
} wh_ret_bytes_create;
_Static_assert(sizeof(wh_ret_bytes_create) == 16 && _Alignof(wh_ret_bytes_create) == 4,
               "canonical ABI layout of the result of weaveheap:core/bytes@0.1.0#[constructor]bytes");
static wh_ret_bytes_create wh_ret_bytes_create_area;

WH_EXPORT("weaveheap:core/bytes@0.1.0#[constructor]bytes")
wh_ret_bytes_create* wh_export_bytes_create(int32_t p_region, uint8_t* p_data_ptr, size_t p_data_len) {
    wh_ret_bytes_create* ret = &wh_ret_bytes_create_area;
    wh_clear();
    weaveheap_bytes_t result = 0;
    result = weaveheap_bytes_create(wh_handle(p_region), p_data_ptr, (uint64_t)p_data_len, &wh_err);
    wh_free_arg(p_data_ptr, p_data_len);
    if (!wh_err.code) {
        int32_t rep0 = wh_cell_new(result);
        if (!rep0) {
            wh_bytes_release(result);
            wh_fail(WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for the cell of a new bytes");
        } else {
            ret->v.ok = wh_bytes_new(rep0);
        }
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/bytes@0.1.0#[constructor]bytes")
void wh_post_bytes_create(wh_ret_bytes_create* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/bytes@0.1.0#[method]bytes.close -> weaveheap_bytes_release */
typedef struct wh_ret_bytes_release {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_bytes_release;
_Static_assert(sizeof(wh_ret_bytes_release) == 16 && _Alignof(wh_ret_bytes_release) == 4,
               "canonical ABI layout of the result of weaveheap:core/bytes@0.1.0#[method]bytes.close");
static wh_ret_bytes_release wh_ret_bytes_release_area;

WH_EXPORT("weaveheap:core/bytes@0.1.0#[method]bytes.close")
wh_ret_bytes_release* wh_export_bytes_release(int32_t p_self) {
    wh_ret_bytes_release* ret = &wh_ret_bytes_release_area;
    wh_clear();
    if (!wh_closed(p_self) /* a second close is a no-op */) weaveheap_bytes_release(wh_handle(p_self), &wh_err);
    if (!wh_err.code) wh_close(p_self); /* consumed: closed */
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/bytes@0.1.0#[method]bytes.close")
void wh_post_bytes_release(wh_ret_bytes_release* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/bytes@0.1.0#[method]bytes.length -> weaveheap_bytes_length */
typedef struct wh_ret_bytes_length {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_bytes_length;
_Static_assert(sizeof(wh_ret_bytes_length) == 24 && _Alignof(wh_ret_bytes_length) == 8,
               "canonical ABI layout of the result of weaveheap:core/bytes@0.1.0#[method]bytes.length");
static wh_ret_bytes_length wh_ret_bytes_length_area;

WH_EXPORT("weaveheap:core/bytes@0.1.0#[method]bytes.length")
wh_ret_bytes_length* wh_export_bytes_length(int32_t p_self) {
    wh_ret_bytes_length* ret = &wh_ret_bytes_length_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_bytes_length(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/bytes@0.1.0#[method]bytes.length")
void wh_post_bytes_length(wh_ret_bytes_length* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/bytes@0.1.0#[method]bytes.dup -> weaveheap_bytes_dup */
typedef struct wh_ret_bytes_dup {
    uint8_t is_err;
    union {
        wh_list ok;
        wh_rec_error err;
    } v;
} wh_ret_bytes_dup;
_Static_assert(sizeof(wh_ret_bytes_dup) == 16 && _Alignof(wh_ret_bytes_dup) == 4,
               "canonical ABI layout of the result of weaveheap:core/bytes@0.1.0#[method]bytes.dup");
static wh_ret_bytes_dup wh_ret_bytes_dup_area;

WH_EXPORT("weaveheap:core/bytes@0.1.0#[method]bytes.dup")
wh_ret_bytes_dup* wh_export_bytes_dup(int32_t p_self) {
    wh_ret_bytes_dup* ret = &wh_ret_bytes_dup_area;
    wh_clear();
    uint64_t out_len = 0;
    uint8_t* result = 0;
    result = weaveheap_bytes_dup(wh_handle(p_self), &out_len, &wh_err);
    if (!wh_err.code) {
        ret->v.ok.ptr = result;
        ret->v.ok.len = (size_t)out_len;
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/bytes@0.1.0#[method]bytes.dup")
void wh_post_bytes_dup(wh_ret_bytes_dup* ret) {
    if (!ret->is_err) {
        weaveheap_free_bytes(ret->v.ok.ptr, ret->v.ok.len);
    }
    wh_clear();
}

/* weaveheap:core/string@0.1.0#[constructor]string -> weaveheap_string_create */
typedef struct wh_ret_string_create {
    uint8_t is_err;
    union {
        int32_t ok;
        wh_rec_error err;
    } v;
} wh_ret_string_create;
_Static_assert(sizeof(wh_ret_string_create) == 16 && _Alignof(wh_ret_string_create) == 4,
               "canonical ABI layout of the result of weaveheap:core/string@0.1.0#[constructor]string");
static wh_ret_string_create wh_ret_string_create_area;

WH_EXPORT("weaveheap:core/string@0.1.0#[constructor]string")
wh_ret_string_create* wh_export_string_create(int32_t p_region, uint8_t* p_text_ptr, size_t p_text_len) {
    wh_ret_string_create* ret = &wh_ret_string_create_area;
    wh_clear();
    weaveheap_string_t result = 0;
    result = weaveheap_string_create(wh_handle(p_region), p_text_ptr, (uint64_t)p_text_len, &wh_err);
    wh_free_arg(p_text_ptr, p_text_len);
    if (!wh_err.code) {
        int32_t rep0 = wh_cell_new(result);
        if (!rep0) {
            wh_string_release(result);
            wh_fail(WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for the cell of a new string");
        } else {
            ret->v.ok = wh_string_new(rep0);
        }
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/string@0.1.0#[constructor]string")
void wh_post_string_create(wh_ret_string_create* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/string@0.1.0#[method]string.close -> weaveheap_string_release */
typedef struct wh_ret_string_release {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_string_release;
_Static_assert(sizeof(wh_ret_string_release) == 16 && _Alignof(wh_ret_string_release) == 4,
               "canonical ABI layout of the result of weaveheap:core/string@0.1.0#[method]string.close");
static wh_ret_string_release wh_ret_string_release_area;

WH_EXPORT("weaveheap:core/string@0.1.0#[method]string.close")
wh_ret_string_release* wh_export_string_release(int32_t p_self) {
    wh_ret_string_release* ret = &wh_ret_string_release_area;
    wh_clear();
    if (!wh_closed(p_self) /* a second close is a no-op */) weaveheap_string_release(wh_handle(p_self), &wh_err);
    if (!wh_err.code) wh_close(p_self); /* consumed: closed */
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/string@0.1.0#[method]string.close")
void wh_post_string_release(wh_ret_string_release* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/string@0.1.0#[method]string.length -> weaveheap_string_length */
typedef struct wh_ret_string_length {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_string_length;
_Static_assert(sizeof(wh_ret_string_length) == 24 && _Alignof(wh_ret_string_length) == 8,
               "canonical ABI layout of the result of weaveheap:core/string@0.1.0#[method]string.length");
static wh_ret_string_length wh_ret_string_length_area;

WH_EXPORT("weaveheap:core/string@0.1.0#[method]string.length")
wh_ret_string_length* wh_export_string_length(int32_t p_self) {
    wh_ret_string_length* ret = &wh_ret_string_length_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_string_length(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/string@0.1.0#[method]string.length")
void wh_post_string_length(wh_ret_string_length* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/string@0.1.0#[method]string.dup -> weaveheap_string_dup */
typedef struct wh_ret_string_dup {
    uint8_t is_err;
    union {
        wh_list ok;
        wh_rec_error err;
    } v;
} wh_ret_string_dup;
_Static_assert(sizeof(wh_ret_string_dup) == 16 && _Alignof(wh_ret_string_dup) == 4,
               "canonical ABI layout of the result of weaveheap:core/string@0.1.0#[method]string.dup");
static wh_ret_string_dup wh_ret_string_dup_area;

WH_EXPORT("weaveheap:core/string@0.1.0#[method]string.dup")
wh_ret_string_dup* wh_export_string_dup(int32_t p_self) {
    wh_ret_string_dup* ret = &wh_ret_string_dup_area;
    wh_clear();
    char* result = 0;
    result = weaveheap_string_dup(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok.ptr = (uint8_t*)result;
        ret->v.ok.len = strlen(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/string@0.1.0#[method]string.dup")
void wh_post_string_dup(wh_ret_string_dup* ret) {
    if (!ret->is_err) {
        weaveheap_free_string((char*)ret->v.ok.ptr);
    }
    wh_clear();
}

/* weaveheap:core/vector@0.1.0#[constructor]vector -> weaveheap_vector_create */
typedef struct wh_ret_vector_create {
    uint8_t is_err;
    union {
        int32_t ok;
        wh_rec_error err;
    } v;
} wh_ret_vector_create;
_Static_assert(sizeof(wh_ret_vector_create) == 16 && _Alignof(wh_ret_vector_create) == 4,
               "canonical ABI layout of the result of weaveheap:core/vector@0.1.0#[constructor]vector");
static wh_ret_vector_create wh_ret_vector_create_area;

WH_EXPORT("weaveheap:core/vector@0.1.0#[constructor]vector")
wh_ret_vector_create* wh_export_vector_create(int32_t p_region, int32_t p_type, int64_t p_capacity, int32_t p_nullable) {
    wh_ret_vector_create* ret = &wh_ret_vector_create_area;
    wh_clear();
    wh_check_size("capacity", (uint64_t)p_capacity, WEAVEHEAP_MAX_SIZE);
    weaveheap_vector_t result = 0;
    if (!wh_err.code) result = weaveheap_vector_create(wh_handle(p_region), wh_element_type_value((uint32_t)p_type), (uint64_t)p_capacity, p_nullable != 0, &wh_err);
    if (!wh_err.code) {
        int32_t rep0 = wh_cell_new(result);
        if (!rep0) {
            wh_vector_release(result);
            wh_fail(WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for the cell of a new vector");
        } else {
            ret->v.ok = wh_vector_new(rep0);
        }
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/vector@0.1.0#[constructor]vector")
void wh_post_vector_create(wh_ret_vector_create* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/vector@0.1.0#[method]vector.close -> weaveheap_vector_release */
typedef struct wh_ret_vector_release {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_vector_release;
_Static_assert(sizeof(wh_ret_vector_release) == 16 && _Alignof(wh_ret_vector_release) == 4,
               "canonical ABI layout of the result of weaveheap:core/vector@0.1.0#[method]vector.close");
static wh_ret_vector_release wh_ret_vector_release_area;

WH_EXPORT("weaveheap:core/vector@0.1.0#[method]vector.close")
wh_ret_vector_release* wh_export_vector_release(int32_t p_self) {
    wh_ret_vector_release* ret = &wh_ret_vector_release_area;
    wh_clear();
    if (!wh_closed(p_self) /* a second close is a no-op */) weaveheap_vector_release(wh_handle(p_self), &wh_err);
    if (!wh_err.code) wh_close(p_self); /* consumed: closed */
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/vector@0.1.0#[method]vector.close")
void wh_post_vector_release(wh_ret_vector_release* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/vector@0.1.0#[method]vector.length -> weaveheap_vector_length */
typedef struct wh_ret_vector_length {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_vector_length;
_Static_assert(sizeof(wh_ret_vector_length) == 24 && _Alignof(wh_ret_vector_length) == 8,
               "canonical ABI layout of the result of weaveheap:core/vector@0.1.0#[method]vector.length");
static wh_ret_vector_length wh_ret_vector_length_area;

WH_EXPORT("weaveheap:core/vector@0.1.0#[method]vector.length")
wh_ret_vector_length* wh_export_vector_length(int32_t p_self) {
    wh_ret_vector_length* ret = &wh_ret_vector_length_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_vector_length(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/vector@0.1.0#[method]vector.length")
void wh_post_vector_length(wh_ret_vector_length* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/vector@0.1.0#[method]vector.capacity -> weaveheap_vector_capacity */
typedef struct wh_ret_vector_capacity {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_vector_capacity;
_Static_assert(sizeof(wh_ret_vector_capacity) == 24 && _Alignof(wh_ret_vector_capacity) == 8,
               "canonical ABI layout of the result of weaveheap:core/vector@0.1.0#[method]vector.capacity");
static wh_ret_vector_capacity wh_ret_vector_capacity_area;

WH_EXPORT("weaveheap:core/vector@0.1.0#[method]vector.capacity")
wh_ret_vector_capacity* wh_export_vector_capacity(int32_t p_self) {
    wh_ret_vector_capacity* ret = &wh_ret_vector_capacity_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_vector_capacity(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/vector@0.1.0#[method]vector.capacity")
void wh_post_vector_capacity(wh_ret_vector_capacity* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/vector@0.1.0#[method]vector.resize -> weaveheap_vector_resize */
typedef struct wh_ret_vector_resize {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_vector_resize;
_Static_assert(sizeof(wh_ret_vector_resize) == 16 && _Alignof(wh_ret_vector_resize) == 4,
               "canonical ABI layout of the result of weaveheap:core/vector@0.1.0#[method]vector.resize");
static wh_ret_vector_resize wh_ret_vector_resize_area;

WH_EXPORT("weaveheap:core/vector@0.1.0#[method]vector.resize")
wh_ret_vector_resize* wh_export_vector_resize(int32_t p_self, int64_t p_capacity) {
    wh_ret_vector_resize* ret = &wh_ret_vector_resize_area;
    wh_clear();
    wh_check_size("capacity", (uint64_t)p_capacity, WEAVEHEAP_MAX_SIZE);
    if (!wh_err.code) weaveheap_vector_resize(wh_handle(p_self), (uint64_t)p_capacity, &wh_err);
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/vector@0.1.0#[method]vector.resize")
void wh_post_vector_resize(wh_ret_vector_resize* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/vector@0.1.0#[method]vector.element-type -> weaveheap_vector_element_type */
typedef struct wh_ret_vector_element_type {
    uint8_t is_err;
    union {
        uint8_t ok;
        wh_rec_error err;
    } v;
} wh_ret_vector_element_type;
_Static_assert(sizeof(wh_ret_vector_element_type) == 16 && _Alignof(wh_ret_vector_element_type) == 4,
               "canonical ABI layout of the result of weaveheap:core/vector@0.1.0#[method]vector.element-type");
static wh_ret_vector_element_type wh_ret_vector_element_type_area;

WH_EXPORT("weaveheap:core/vector@0.1.0#[method]vector.element-type")
wh_ret_vector_element_type* wh_export_vector_element_type(int32_t p_self) {
    wh_ret_vector_element_type* ret = &wh_ret_vector_element_type_area;
    wh_clear();
    weaveheap_element_type result = 0;
    result = weaveheap_vector_element_type(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint8_t)(wh_element_type_index(result));
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/vector@0.1.0#[method]vector.element-type")
void wh_post_vector_element_type(wh_ret_vector_element_type* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/vector@0.1.0#[method]vector.null-count -> weaveheap_vector_null_count */
typedef struct wh_ret_vector_null_count {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_vector_null_count;
_Static_assert(sizeof(wh_ret_vector_null_count) == 24 && _Alignof(wh_ret_vector_null_count) == 8,
               "canonical ABI layout of the result of weaveheap:core/vector@0.1.0#[method]vector.null-count");
static wh_ret_vector_null_count wh_ret_vector_null_count_area;

WH_EXPORT("weaveheap:core/vector@0.1.0#[method]vector.null-count")
wh_ret_vector_null_count* wh_export_vector_null_count(int32_t p_self) {
    wh_ret_vector_null_count* ret = &wh_ret_vector_null_count_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_vector_null_count(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/vector@0.1.0#[method]vector.null-count")
void wh_post_vector_null_count(wh_ret_vector_null_count* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/vector@0.1.0#[method]vector.append -> weaveheap_vector_append */
typedef struct wh_ret_vector_append {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_vector_append;
_Static_assert(sizeof(wh_ret_vector_append) == 16 && _Alignof(wh_ret_vector_append) == 4,
               "canonical ABI layout of the result of weaveheap:core/vector@0.1.0#[method]vector.append");
static wh_ret_vector_append wh_ret_vector_append_area;

WH_EXPORT("weaveheap:core/vector@0.1.0#[method]vector.append")
wh_ret_vector_append* wh_export_vector_append(int32_t p_self, int64_t p_value) {
    wh_ret_vector_append* ret = &wh_ret_vector_append_area;
    wh_clear();
    weaveheap_vector_append(wh_handle(p_self), (int64_t)p_value, &wh_err);
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/vector@0.1.0#[method]vector.append")
void wh_post_vector_append(wh_ret_vector_append* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/vector@0.1.0#[method]vector.extend -> weaveheap_vector_extend */
typedef struct wh_ret_vector_extend {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_vector_extend;
_Static_assert(sizeof(wh_ret_vector_extend) == 16 && _Alignof(wh_ret_vector_extend) == 4,
               "canonical ABI layout of the result of weaveheap:core/vector@0.1.0#[method]vector.extend");
static wh_ret_vector_extend wh_ret_vector_extend_area;

WH_EXPORT("weaveheap:core/vector@0.1.0#[method]vector.extend")
wh_ret_vector_extend* wh_export_vector_extend(int32_t p_self, uint8_t* p_data_ptr, size_t p_data_len) {
    wh_ret_vector_extend* ret = &wh_ret_vector_extend_area;
    wh_clear();
    weaveheap_vector_extend(wh_handle(p_self), p_data_ptr, (uint64_t)p_data_len, &wh_err);
    wh_free_arg(p_data_ptr, p_data_len);
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/vector@0.1.0#[method]vector.extend")
void wh_post_vector_extend(wh_ret_vector_extend* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/vector@0.1.0#[method]vector.append-null -> weaveheap_vector_append_null */
typedef struct wh_ret_vector_append_null {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_vector_append_null;
_Static_assert(sizeof(wh_ret_vector_append_null) == 16 && _Alignof(wh_ret_vector_append_null) == 4,
               "canonical ABI layout of the result of weaveheap:core/vector@0.1.0#[method]vector.append-null");
static wh_ret_vector_append_null wh_ret_vector_append_null_area;

WH_EXPORT("weaveheap:core/vector@0.1.0#[method]vector.append-null")
wh_ret_vector_append_null* wh_export_vector_append_null(int32_t p_self) {
    wh_ret_vector_append_null* ret = &wh_ret_vector_append_null_area;
    wh_clear();
    weaveheap_vector_append_null(wh_handle(p_self), &wh_err);
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/vector@0.1.0#[method]vector.append-null")
void wh_post_vector_append_null(wh_ret_vector_append_null* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/vector@0.1.0#[method]vector.set -> weaveheap_vector_set */
typedef struct wh_ret_vector_set {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_vector_set;
_Static_assert(sizeof(wh_ret_vector_set) == 16 && _Alignof(wh_ret_vector_set) == 4,
               "canonical ABI layout of the result of weaveheap:core/vector@0.1.0#[method]vector.set");
static wh_ret_vector_set wh_ret_vector_set_area;

WH_EXPORT("weaveheap:core/vector@0.1.0#[method]vector.set")
wh_ret_vector_set* wh_export_vector_set(int32_t p_self, int64_t p_index, int64_t p_value) {
    wh_ret_vector_set* ret = &wh_ret_vector_set_area;
    wh_clear();
    weaveheap_vector_set(wh_handle(p_self), (uint64_t)p_index, (int64_t)p_value, &wh_err);
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/vector@0.1.0#[method]vector.set")
void wh_post_vector_set(wh_ret_vector_set* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/vector@0.1.0#[method]vector.get -> weaveheap_vector_get */
typedef struct wh_ret_vector_get {
    uint8_t is_err;
    union {
        int64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_vector_get;
_Static_assert(sizeof(wh_ret_vector_get) == 24 && _Alignof(wh_ret_vector_get) == 8,
               "canonical ABI layout of the result of weaveheap:core/vector@0.1.0#[method]vector.get");
static wh_ret_vector_get wh_ret_vector_get_area;

WH_EXPORT("weaveheap:core/vector@0.1.0#[method]vector.get")
wh_ret_vector_get* wh_export_vector_get(int32_t p_self, int64_t p_index) {
    wh_ret_vector_get* ret = &wh_ret_vector_get_area;
    wh_clear();
    int64_t result = 0;
    result = weaveheap_vector_get(wh_handle(p_self), (uint64_t)p_index, &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (int64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/vector@0.1.0#[method]vector.get")
void wh_post_vector_get(wh_ret_vector_get* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/vector@0.1.0#[method]vector.append-f64 -> weaveheap_vector_append_f64 */
typedef struct wh_ret_vector_append_f64 {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_vector_append_f64;
_Static_assert(sizeof(wh_ret_vector_append_f64) == 16 && _Alignof(wh_ret_vector_append_f64) == 4,
               "canonical ABI layout of the result of weaveheap:core/vector@0.1.0#[method]vector.append-f64");
static wh_ret_vector_append_f64 wh_ret_vector_append_f64_area;

WH_EXPORT("weaveheap:core/vector@0.1.0#[method]vector.append-f64")
wh_ret_vector_append_f64* wh_export_vector_append_f64(int32_t p_self, double p_value) {
    wh_ret_vector_append_f64* ret = &wh_ret_vector_append_f64_area;
    wh_clear();
    weaveheap_vector_append_f64(wh_handle(p_self), (double)p_value, &wh_err);
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/vector@0.1.0#[method]vector.append-f64")
void wh_post_vector_append_f64(wh_ret_vector_append_f64* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/vector@0.1.0#[method]vector.set-f64 -> weaveheap_vector_set_f64 */
typedef struct wh_ret_vector_set_f64 {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_vector_set_f64;
_Static_assert(sizeof(wh_ret_vector_set_f64) == 16 && _Alignof(wh_ret_vector_set_f64) == 4,
               "canonical ABI layout of the result of weaveheap:core/vector@0.1.0#[method]vector.set-f64");
static wh_ret_vector_set_f64 wh_ret_vector_set_f64_area;

WH_EXPORT("weaveheap:core/vector@0.1.0#[method]vector.set-f64")
wh_ret_vector_set_f64* wh_export_vector_set_f64(int32_t p_self, int64_t p_index, double p_value) {
    wh_ret_vector_set_f64* ret = &wh_ret_vector_set_f64_area;
    wh_clear();
    weaveheap_vector_set_f64(wh_handle(p_self), (uint64_t)p_index, (double)p_value, &wh_err);
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/vector@0.1.0#[method]vector.set-f64")
void wh_post_vector_set_f64(wh_ret_vector_set_f64* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/vector@0.1.0#[method]vector.get-f64 -> weaveheap_vector_get_f64 */
typedef struct wh_ret_vector_get_f64 {
    uint8_t is_err;
    union {
        double ok;
        wh_rec_error err;
    } v;
} wh_ret_vector_get_f64;
_Static_assert(sizeof(wh_ret_vector_get_f64) == 24 && _Alignof(wh_ret_vector_get_f64) == 8,
               "canonical ABI layout of the result of weaveheap:core/vector@0.1.0#[method]vector.get-f64");
static wh_ret_vector_get_f64 wh_ret_vector_get_f64_area;

WH_EXPORT("weaveheap:core/vector@0.1.0#[method]vector.get-f64")
wh_ret_vector_get_f64* wh_export_vector_get_f64(int32_t p_self, int64_t p_index) {
    wh_ret_vector_get_f64* ret = &wh_ret_vector_get_f64_area;
    wh_clear();
    double result = 0;
    result = weaveheap_vector_get_f64(wh_handle(p_self), (uint64_t)p_index, &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (double)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/vector@0.1.0#[method]vector.get-f64")
void wh_post_vector_get_f64(wh_ret_vector_get_f64* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/vector@0.1.0#[method]vector.is-valid -> weaveheap_vector_is_valid */
typedef struct wh_ret_vector_is_valid {
    uint8_t is_err;
    union {
        uint8_t ok;
        wh_rec_error err;
    } v;
} wh_ret_vector_is_valid;
_Static_assert(sizeof(wh_ret_vector_is_valid) == 16 && _Alignof(wh_ret_vector_is_valid) == 4,
               "canonical ABI layout of the result of weaveheap:core/vector@0.1.0#[method]vector.is-valid");
static wh_ret_vector_is_valid wh_ret_vector_is_valid_area;

WH_EXPORT("weaveheap:core/vector@0.1.0#[method]vector.is-valid")
wh_ret_vector_is_valid* wh_export_vector_is_valid(int32_t p_self, int64_t p_index) {
    wh_ret_vector_is_valid* ret = &wh_ret_vector_is_valid_area;
    wh_clear();
    bool result = 0;
    result = weaveheap_vector_is_valid(wh_handle(p_self), (uint64_t)p_index, &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint8_t)(result ? 1 : 0);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/vector@0.1.0#[method]vector.is-valid")
void wh_post_vector_is_valid(wh_ret_vector_is_valid* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/vector@0.1.0#[method]vector.read -> weaveheap_vector_read */
typedef struct wh_ret_vector_read {
    uint8_t is_err;
    union {
        wh_list ok;
        wh_rec_error err;
    } v;
} wh_ret_vector_read;
_Static_assert(sizeof(wh_ret_vector_read) == 16 && _Alignof(wh_ret_vector_read) == 4,
               "canonical ABI layout of the result of weaveheap:core/vector@0.1.0#[method]vector.read");
static wh_ret_vector_read wh_ret_vector_read_area;

WH_EXPORT("weaveheap:core/vector@0.1.0#[method]vector.read")
wh_ret_vector_read* wh_export_vector_read(int32_t p_self, int64_t p_offset, int64_t p_dst_len) {
    wh_ret_vector_read* ret = &wh_ret_vector_read_area;
    wh_clear();
    uint8_t* p_dst = wh_dst((uint64_t)p_dst_len);
    if (!wh_err.code) weaveheap_vector_read(wh_handle(p_self), (uint64_t)p_offset, p_dst, (uint64_t)p_dst_len, &wh_err);
    if (!wh_err.code) {
        ret->v.ok.ptr = p_dst;
        ret->v.ok.len = (size_t)p_dst_len;
    }
    if (wh_err.code) {
        wh_free_arg(p_dst, (size_t)p_dst_len);
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/vector@0.1.0#[method]vector.read")
void wh_post_vector_read(wh_ret_vector_read* ret) {
    if (!ret->is_err) {
        wh_free_arg(ret->v.ok.ptr, ret->v.ok.len);
    }
    wh_clear();
}

/* weaveheap:core/var-vector@0.1.0#[constructor]var-vector -> weaveheap_var_vector_create */
typedef struct wh_ret_var_vector_create {
    uint8_t is_err;
    union {
        int32_t ok;
        wh_rec_error err;
    } v;
} wh_ret_var_vector_create;
_Static_assert(sizeof(wh_ret_var_vector_create) == 16 && _Alignof(wh_ret_var_vector_create) == 4,
               "canonical ABI layout of the result of weaveheap:core/var-vector@0.1.0#[constructor]var-vector");
static wh_ret_var_vector_create wh_ret_var_vector_create_area;

WH_EXPORT("weaveheap:core/var-vector@0.1.0#[constructor]var-vector")
wh_ret_var_vector_create* wh_export_var_vector_create(int32_t p_region, int64_t p_capacity, int64_t p_data_capacity, int32_t p_nullable, int32_t p_binary) {
    wh_ret_var_vector_create* ret = &wh_ret_var_vector_create_area;
    wh_clear();
    wh_check_size("capacity", (uint64_t)p_capacity, WEAVEHEAP_MAX_SIZE);
    weaveheap_var_vector_t result = 0;
    if (!wh_err.code) result = weaveheap_var_vector_create(wh_handle(p_region), (uint64_t)p_capacity, (uint64_t)p_data_capacity, p_nullable != 0, p_binary != 0, &wh_err);
    if (!wh_err.code) {
        int32_t rep0 = wh_cell_new(result);
        if (!rep0) {
            wh_var_vector_release(result);
            wh_fail(WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for the cell of a new var-vector");
        } else {
            ret->v.ok = wh_var_vector_new(rep0);
        }
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/var-vector@0.1.0#[constructor]var-vector")
void wh_post_var_vector_create(wh_ret_var_vector_create* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/var-vector@0.1.0#[method]var-vector.close -> weaveheap_var_vector_release */
typedef struct wh_ret_var_vector_release {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_var_vector_release;
_Static_assert(sizeof(wh_ret_var_vector_release) == 16 && _Alignof(wh_ret_var_vector_release) == 4,
               "canonical ABI layout of the result of weaveheap:core/var-vector@0.1.0#[method]var-vector.close");
static wh_ret_var_vector_release wh_ret_var_vector_release_area;

WH_EXPORT("weaveheap:core/var-vector@0.1.0#[method]var-vector.close")
wh_ret_var_vector_release* wh_export_var_vector_release(int32_t p_self) {
    wh_ret_var_vector_release* ret = &wh_ret_var_vector_release_area;
    wh_clear();
    if (!wh_closed(p_self) /* a second close is a no-op */) weaveheap_var_vector_release(wh_handle(p_self), &wh_err);
    if (!wh_err.code) wh_close(p_self); /* consumed: closed */
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/var-vector@0.1.0#[method]var-vector.close")
void wh_post_var_vector_release(wh_ret_var_vector_release* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/var-vector@0.1.0#[method]var-vector.length -> weaveheap_var_vector_length */
typedef struct wh_ret_var_vector_length {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_var_vector_length;
_Static_assert(sizeof(wh_ret_var_vector_length) == 24 && _Alignof(wh_ret_var_vector_length) == 8,
               "canonical ABI layout of the result of weaveheap:core/var-vector@0.1.0#[method]var-vector.length");
static wh_ret_var_vector_length wh_ret_var_vector_length_area;

WH_EXPORT("weaveheap:core/var-vector@0.1.0#[method]var-vector.length")
wh_ret_var_vector_length* wh_export_var_vector_length(int32_t p_self) {
    wh_ret_var_vector_length* ret = &wh_ret_var_vector_length_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_var_vector_length(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/var-vector@0.1.0#[method]var-vector.length")
void wh_post_var_vector_length(wh_ret_var_vector_length* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/var-vector@0.1.0#[method]var-vector.capacity -> weaveheap_var_vector_capacity */
typedef struct wh_ret_var_vector_capacity {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_var_vector_capacity;
_Static_assert(sizeof(wh_ret_var_vector_capacity) == 24 && _Alignof(wh_ret_var_vector_capacity) == 8,
               "canonical ABI layout of the result of weaveheap:core/var-vector@0.1.0#[method]var-vector.capacity");
static wh_ret_var_vector_capacity wh_ret_var_vector_capacity_area;

WH_EXPORT("weaveheap:core/var-vector@0.1.0#[method]var-vector.capacity")
wh_ret_var_vector_capacity* wh_export_var_vector_capacity(int32_t p_self) {
    wh_ret_var_vector_capacity* ret = &wh_ret_var_vector_capacity_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_var_vector_capacity(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/var-vector@0.1.0#[method]var-vector.capacity")
void wh_post_var_vector_capacity(wh_ret_var_vector_capacity* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/var-vector@0.1.0#[method]var-vector.data-length -> weaveheap_var_vector_data_length */
typedef struct wh_ret_var_vector_data_length {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_var_vector_data_length;
_Static_assert(sizeof(wh_ret_var_vector_data_length) == 24 && _Alignof(wh_ret_var_vector_data_length) == 8,
               "canonical ABI layout of the result of weaveheap:core/var-vector@0.1.0#[method]var-vector.data-length");
static wh_ret_var_vector_data_length wh_ret_var_vector_data_length_area;

WH_EXPORT("weaveheap:core/var-vector@0.1.0#[method]var-vector.data-length")
wh_ret_var_vector_data_length* wh_export_var_vector_data_length(int32_t p_self) {
    wh_ret_var_vector_data_length* ret = &wh_ret_var_vector_data_length_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_var_vector_data_length(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/var-vector@0.1.0#[method]var-vector.data-length")
void wh_post_var_vector_data_length(wh_ret_var_vector_data_length* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/var-vector@0.1.0#[method]var-vector.data-capacity -> weaveheap_var_vector_data_capacity */
typedef struct wh_ret_var_vector_data_capacity {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_var_vector_data_capacity;
_Static_assert(sizeof(wh_ret_var_vector_data_capacity) == 24 && _Alignof(wh_ret_var_vector_data_capacity) == 8,
               "canonical ABI layout of the result of weaveheap:core/var-vector@0.1.0#[method]var-vector.data-capacity");
static wh_ret_var_vector_data_capacity wh_ret_var_vector_data_capacity_area;

WH_EXPORT("weaveheap:core/var-vector@0.1.0#[method]var-vector.data-capacity")
wh_ret_var_vector_data_capacity* wh_export_var_vector_data_capacity(int32_t p_self) {
    wh_ret_var_vector_data_capacity* ret = &wh_ret_var_vector_data_capacity_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_var_vector_data_capacity(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/var-vector@0.1.0#[method]var-vector.data-capacity")
void wh_post_var_vector_data_capacity(wh_ret_var_vector_data_capacity* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/var-vector@0.1.0#[method]var-vector.resize -> weaveheap_var_vector_resize */
typedef struct wh_ret_var_vector_resize {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_var_vector_resize;
_Static_assert(sizeof(wh_ret_var_vector_resize) == 16 && _Alignof(wh_ret_var_vector_resize) == 4,
               "canonical ABI layout of the result of weaveheap:core/var-vector@0.1.0#[method]var-vector.resize");
static wh_ret_var_vector_resize wh_ret_var_vector_resize_area;

WH_EXPORT("weaveheap:core/var-vector@0.1.0#[method]var-vector.resize")
wh_ret_var_vector_resize* wh_export_var_vector_resize(int32_t p_self, int64_t p_capacity, int64_t p_data_capacity) {
    wh_ret_var_vector_resize* ret = &wh_ret_var_vector_resize_area;
    wh_clear();
    wh_check_size("capacity", (uint64_t)p_capacity, WEAVEHEAP_MAX_SIZE);
    if (!wh_err.code) weaveheap_var_vector_resize(wh_handle(p_self), (uint64_t)p_capacity, (uint64_t)p_data_capacity, &wh_err);
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/var-vector@0.1.0#[method]var-vector.resize")
void wh_post_var_vector_resize(wh_ret_var_vector_resize* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/var-vector@0.1.0#[method]var-vector.null-count -> weaveheap_var_vector_null_count */
typedef struct wh_ret_var_vector_null_count {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_var_vector_null_count;
_Static_assert(sizeof(wh_ret_var_vector_null_count) == 24 && _Alignof(wh_ret_var_vector_null_count) == 8,
               "canonical ABI layout of the result of weaveheap:core/var-vector@0.1.0#[method]var-vector.null-count");
static wh_ret_var_vector_null_count wh_ret_var_vector_null_count_area;

WH_EXPORT("weaveheap:core/var-vector@0.1.0#[method]var-vector.null-count")
wh_ret_var_vector_null_count* wh_export_var_vector_null_count(int32_t p_self) {
    wh_ret_var_vector_null_count* ret = &wh_ret_var_vector_null_count_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_var_vector_null_count(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/var-vector@0.1.0#[method]var-vector.null-count")
void wh_post_var_vector_null_count(wh_ret_var_vector_null_count* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/var-vector@0.1.0#[method]var-vector.is-utf8 -> weaveheap_var_vector_is_utf8 */
typedef struct wh_ret_var_vector_is_utf8 {
    uint8_t is_err;
    union {
        uint8_t ok;
        wh_rec_error err;
    } v;
} wh_ret_var_vector_is_utf8;
_Static_assert(sizeof(wh_ret_var_vector_is_utf8) == 16 && _Alignof(wh_ret_var_vector_is_utf8) == 4,
               "canonical ABI layout of the result of weaveheap:core/var-vector@0.1.0#[method]var-vector.is-utf8");
static wh_ret_var_vector_is_utf8 wh_ret_var_vector_is_utf8_area;

WH_EXPORT("weaveheap:core/var-vector@0.1.0#[method]var-vector.is-utf8")
wh_ret_var_vector_is_utf8* wh_export_var_vector_is_utf8(int32_t p_self) {
    wh_ret_var_vector_is_utf8* ret = &wh_ret_var_vector_is_utf8_area;
    wh_clear();
    bool result = 0;
    result = weaveheap_var_vector_is_utf8(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint8_t)(result ? 1 : 0);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/var-vector@0.1.0#[method]var-vector.is-utf8")
void wh_post_var_vector_is_utf8(wh_ret_var_vector_is_utf8* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/var-vector@0.1.0#[method]var-vector.append -> weaveheap_var_vector_append */
typedef struct wh_ret_var_vector_append {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_var_vector_append;
_Static_assert(sizeof(wh_ret_var_vector_append) == 16 && _Alignof(wh_ret_var_vector_append) == 4,
               "canonical ABI layout of the result of weaveheap:core/var-vector@0.1.0#[method]var-vector.append");
static wh_ret_var_vector_append wh_ret_var_vector_append_area;

WH_EXPORT("weaveheap:core/var-vector@0.1.0#[method]var-vector.append")
wh_ret_var_vector_append* wh_export_var_vector_append(int32_t p_self, uint8_t* p_value_ptr, size_t p_value_len) {
    wh_ret_var_vector_append* ret = &wh_ret_var_vector_append_area;
    wh_clear();
    weaveheap_var_vector_append(wh_handle(p_self), p_value_ptr, (uint64_t)p_value_len, &wh_err);
    wh_free_arg(p_value_ptr, p_value_len);
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/var-vector@0.1.0#[method]var-vector.append")
void wh_post_var_vector_append(wh_ret_var_vector_append* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/var-vector@0.1.0#[method]var-vector.append-null -> weaveheap_var_vector_append_null */
typedef struct wh_ret_var_vector_append_null {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_var_vector_append_null;
_Static_assert(sizeof(wh_ret_var_vector_append_null) == 16 && _Alignof(wh_ret_var_vector_append_null) == 4,
               "canonical ABI layout of the result of weaveheap:core/var-vector@0.1.0#[method]var-vector.append-null");
static wh_ret_var_vector_append_null wh_ret_var_vector_append_null_area;

WH_EXPORT("weaveheap:core/var-vector@0.1.0#[method]var-vector.append-null")
wh_ret_var_vector_append_null* wh_export_var_vector_append_null(int32_t p_self) {
    wh_ret_var_vector_append_null* ret = &wh_ret_var_vector_append_null_area;
    wh_clear();
    weaveheap_var_vector_append_null(wh_handle(p_self), &wh_err);
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/var-vector@0.1.0#[method]var-vector.append-null")
void wh_post_var_vector_append_null(wh_ret_var_vector_append_null* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/var-vector@0.1.0#[method]var-vector.get -> weaveheap_var_vector_get */
typedef struct wh_ret_var_vector_get {
    uint8_t is_err;
    union {
        wh_list ok;
        wh_rec_error err;
    } v;
} wh_ret_var_vector_get;
_Static_assert(sizeof(wh_ret_var_vector_get) == 16 && _Alignof(wh_ret_var_vector_get) == 4,
               "canonical ABI layout of the result of weaveheap:core/var-vector@0.1.0#[method]var-vector.get");
static wh_ret_var_vector_get wh_ret_var_vector_get_area;

WH_EXPORT("weaveheap:core/var-vector@0.1.0#[method]var-vector.get")
wh_ret_var_vector_get* wh_export_var_vector_get(int32_t p_self, int64_t p_index) {
    wh_ret_var_vector_get* ret = &wh_ret_var_vector_get_area;
    wh_clear();
    uint64_t out_len = 0;
    uint8_t* result = 0;
    result = weaveheap_var_vector_get(wh_handle(p_self), (uint64_t)p_index, &out_len, &wh_err);
    if (!wh_err.code) {
        ret->v.ok.ptr = result;
        ret->v.ok.len = (size_t)out_len;
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/var-vector@0.1.0#[method]var-vector.get")
void wh_post_var_vector_get(wh_ret_var_vector_get* ret) {
    if (!ret->is_err) {
        weaveheap_free_bytes(ret->v.ok.ptr, ret->v.ok.len);
    }
    wh_clear();
}

/* weaveheap:core/var-vector@0.1.0#[method]var-vector.value-offset -> weaveheap_var_vector_value_offset */
typedef struct wh_ret_var_vector_value_offset {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_var_vector_value_offset;
_Static_assert(sizeof(wh_ret_var_vector_value_offset) == 24 && _Alignof(wh_ret_var_vector_value_offset) == 8,
               "canonical ABI layout of the result of weaveheap:core/var-vector@0.1.0#[method]var-vector.value-offset");
static wh_ret_var_vector_value_offset wh_ret_var_vector_value_offset_area;

WH_EXPORT("weaveheap:core/var-vector@0.1.0#[method]var-vector.value-offset")
wh_ret_var_vector_value_offset* wh_export_var_vector_value_offset(int32_t p_self, int64_t p_index) {
    wh_ret_var_vector_value_offset* ret = &wh_ret_var_vector_value_offset_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_var_vector_value_offset(wh_handle(p_self), (uint64_t)p_index, &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/var-vector@0.1.0#[method]var-vector.value-offset")
void wh_post_var_vector_value_offset(wh_ret_var_vector_value_offset* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/var-vector@0.1.0#[method]var-vector.value-length -> weaveheap_var_vector_value_length */
typedef struct wh_ret_var_vector_value_length {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_var_vector_value_length;
_Static_assert(sizeof(wh_ret_var_vector_value_length) == 24 && _Alignof(wh_ret_var_vector_value_length) == 8,
               "canonical ABI layout of the result of weaveheap:core/var-vector@0.1.0#[method]var-vector.value-length");
static wh_ret_var_vector_value_length wh_ret_var_vector_value_length_area;

WH_EXPORT("weaveheap:core/var-vector@0.1.0#[method]var-vector.value-length")
wh_ret_var_vector_value_length* wh_export_var_vector_value_length(int32_t p_self, int64_t p_index) {
    wh_ret_var_vector_value_length* ret = &wh_ret_var_vector_value_length_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_var_vector_value_length(wh_handle(p_self), (uint64_t)p_index, &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/var-vector@0.1.0#[method]var-vector.value-length")
void wh_post_var_vector_value_length(wh_ret_var_vector_value_length* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/var-vector@0.1.0#[method]var-vector.is-valid -> weaveheap_var_vector_is_valid */
typedef struct wh_ret_var_vector_is_valid {
    uint8_t is_err;
    union {
        uint8_t ok;
        wh_rec_error err;
    } v;
} wh_ret_var_vector_is_valid;
_Static_assert(sizeof(wh_ret_var_vector_is_valid) == 16 && _Alignof(wh_ret_var_vector_is_valid) == 4,
               "canonical ABI layout of the result of weaveheap:core/var-vector@0.1.0#[method]var-vector.is-valid");
static wh_ret_var_vector_is_valid wh_ret_var_vector_is_valid_area;

WH_EXPORT("weaveheap:core/var-vector@0.1.0#[method]var-vector.is-valid")
wh_ret_var_vector_is_valid* wh_export_var_vector_is_valid(int32_t p_self, int64_t p_index) {
    wh_ret_var_vector_is_valid* ret = &wh_ret_var_vector_is_valid_area;
    wh_clear();
    bool result = 0;
    result = weaveheap_var_vector_is_valid(wh_handle(p_self), (uint64_t)p_index, &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint8_t)(result ? 1 : 0);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/var-vector@0.1.0#[method]var-vector.is-valid")
void wh_post_var_vector_is_valid(wh_ret_var_vector_is_valid* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/var-vector@0.1.0#[method]var-vector.read -> weaveheap_var_vector_read */
typedef struct wh_ret_var_vector_read {
    uint8_t is_err;
    union {
        wh_list ok;
        wh_rec_error err;
    } v;
} wh_ret_var_vector_read;
_Static_assert(sizeof(wh_ret_var_vector_read) == 16 && _Alignof(wh_ret_var_vector_read) == 4,
               "canonical ABI layout of the result of weaveheap:core/var-vector@0.1.0#[method]var-vector.read");
static wh_ret_var_vector_read wh_ret_var_vector_read_area;

WH_EXPORT("weaveheap:core/var-vector@0.1.0#[method]var-vector.read")
wh_ret_var_vector_read* wh_export_var_vector_read(int32_t p_self, int64_t p_offset, int64_t p_dst_len) {
    wh_ret_var_vector_read* ret = &wh_ret_var_vector_read_area;
    wh_clear();
    uint8_t* p_dst = wh_dst((uint64_t)p_dst_len);
    if (!wh_err.code) weaveheap_var_vector_read(wh_handle(p_self), (uint64_t)p_offset, p_dst, (uint64_t)p_dst_len, &wh_err);
    if (!wh_err.code) {
        ret->v.ok.ptr = p_dst;
        ret->v.ok.len = (size_t)p_dst_len;
    }
    if (wh_err.code) {
        wh_free_arg(p_dst, (size_t)p_dst_len);
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/var-vector@0.1.0#[method]var-vector.read")
void wh_post_var_vector_read(wh_ret_var_vector_read* ret) {
    if (!ret->is_err) {
        wh_free_arg(ret->v.ok.ptr, ret->v.ok.len);
    }
    wh_clear();
}

/* weaveheap:core/batch@0.1.0#[constructor]batch -> weaveheap_batch_create */
typedef struct wh_ret_batch_create {
    uint8_t is_err;
    union {
        int32_t ok;
        wh_rec_error err;
    } v;
} wh_ret_batch_create;
_Static_assert(sizeof(wh_ret_batch_create) == 16 && _Alignof(wh_ret_batch_create) == 4,
               "canonical ABI layout of the result of weaveheap:core/batch@0.1.0#[constructor]batch");
static wh_ret_batch_create wh_ret_batch_create_area;

WH_EXPORT("weaveheap:core/batch@0.1.0#[constructor]batch")
wh_ret_batch_create* wh_export_batch_create(int32_t p_region, int32_t p_max_columns) {
    wh_ret_batch_create* ret = &wh_ret_batch_create_area;
    wh_clear();
    weaveheap_batch_t result = 0;
    result = weaveheap_batch_create(wh_handle(p_region), (uint32_t)p_max_columns, &wh_err);
    if (!wh_err.code) {
        int32_t rep0 = wh_cell_new(result);
        if (!rep0) {
            wh_batch_release(result);
            wh_fail(WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for the cell of a new batch");
        } else {
            ret->v.ok = wh_batch_new(rep0);
        }
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/batch@0.1.0#[constructor]batch")
void wh_post_batch_create(wh_ret_batch_create* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/batch@0.1.0#[method]batch.close -> weaveheap_batch_release */
typedef struct wh_ret_batch_release {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_batch_release;
_Static_assert(sizeof(wh_ret_batch_release) == 16 && _Alignof(wh_ret_batch_release) == 4,
               "canonical ABI layout of the result of weaveheap:core/batch@0.1.0#[method]batch.close");
static wh_ret_batch_release wh_ret_batch_release_area;

WH_EXPORT("weaveheap:core/batch@0.1.0#[method]batch.close")
wh_ret_batch_release* wh_export_batch_release(int32_t p_self) {
    wh_ret_batch_release* ret = &wh_ret_batch_release_area;
    wh_clear();
    if (!wh_closed(p_self) /* a second close is a no-op */) weaveheap_batch_release(wh_handle(p_self), &wh_err);
    if (!wh_err.code) wh_close(p_self); /* consumed: closed */
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/batch@0.1.0#[method]batch.close")
void wh_post_batch_release(wh_ret_batch_release* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/batch@0.1.0#[method]batch.add-column -> weaveheap_batch_add_column */
typedef struct wh_ret_batch_add_column {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_batch_add_column;
_Static_assert(sizeof(wh_ret_batch_add_column) == 16 && _Alignof(wh_ret_batch_add_column) == 4,
               "canonical ABI layout of the result of weaveheap:core/batch@0.1.0#[method]batch.add-column");
static wh_ret_batch_add_column wh_ret_batch_add_column_area;

WH_EXPORT("weaveheap:core/batch@0.1.0#[method]batch.add-column")
wh_ret_batch_add_column* wh_export_batch_add_column(int32_t p_self, uint8_t* p_name_ptr, size_t p_name_len, int32_t p_column_case, int32_t p_column_rep) {
    wh_ret_batch_add_column* ret = &wh_ret_batch_add_column_area;
    wh_clear();
    (void)p_column_case; /* the rep names the object, whose kind the core checks */
    weaveheap_batch_add_column(wh_handle(p_self), p_name_ptr, (uint64_t)p_name_len, wh_handle(p_column_rep), &wh_err);
    wh_free_arg(p_name_ptr, p_name_len);
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/batch@0.1.0#[method]batch.add-column")
void wh_post_batch_add_column(wh_ret_batch_add_column* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/batch@0.1.0#[method]batch.num-columns -> weaveheap_batch_num_columns */
typedef struct wh_ret_batch_num_columns {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_batch_num_columns;
_Static_assert(sizeof(wh_ret_batch_num_columns) == 24 && _Alignof(wh_ret_batch_num_columns) == 8,
               "canonical ABI layout of the result of weaveheap:core/batch@0.1.0#[method]batch.num-columns");
static wh_ret_batch_num_columns wh_ret_batch_num_columns_area;

WH_EXPORT("weaveheap:core/batch@0.1.0#[method]batch.num-columns")
wh_ret_batch_num_columns* wh_export_batch_num_columns(int32_t p_self) {
    wh_ret_batch_num_columns* ret = &wh_ret_batch_num_columns_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_batch_num_columns(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/batch@0.1.0#[method]batch.num-columns")
void wh_post_batch_num_columns(wh_ret_batch_num_columns* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/batch@0.1.0#[method]batch.num-rows -> weaveheap_batch_num_rows */
typedef struct wh_ret_batch_num_rows {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_batch_num_rows;
_Static_assert(sizeof(wh_ret_batch_num_rows) == 24 && _Alignof(wh_ret_batch_num_rows) == 8,
               "canonical ABI layout of the result of weaveheap:core/batch@0.1.0#[method]batch.num-rows");
static wh_ret_batch_num_rows wh_ret_batch_num_rows_area;

WH_EXPORT("weaveheap:core/batch@0.1.0#[method]batch.num-rows")
wh_ret_batch_num_rows* wh_export_batch_num_rows(int32_t p_self) {
    wh_ret_batch_num_rows* ret = &wh_ret_batch_num_rows_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_batch_num_rows(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/batch@0.1.0#[method]batch.num-rows")
void wh_post_batch_num_rows(wh_ret_batch_num_rows* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/batch@0.1.0#[method]batch.column-name -> weaveheap_batch_column_name */
typedef struct wh_ret_batch_column_name {
    uint8_t is_err;
    union {
        wh_list ok;
        wh_rec_error err;
    } v;
} wh_ret_batch_column_name;
_Static_assert(sizeof(wh_ret_batch_column_name) == 16 && _Alignof(wh_ret_batch_column_name) == 4,
               "canonical ABI layout of the result of weaveheap:core/batch@0.1.0#[method]batch.column-name");
static wh_ret_batch_column_name wh_ret_batch_column_name_area;

WH_EXPORT("weaveheap:core/batch@0.1.0#[method]batch.column-name")
wh_ret_batch_column_name* wh_export_batch_column_name(int32_t p_self, int64_t p_index) {
    wh_ret_batch_column_name* ret = &wh_ret_batch_column_name_area;
    wh_clear();
    char* result = 0;
    result = weaveheap_batch_column_name(wh_handle(p_self), (uint64_t)p_index, &wh_err);
    if (!wh_err.code) {
        ret->v.ok.ptr = (uint8_t*)result;
        ret->v.ok.len = strlen(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/batch@0.1.0#[method]batch.column-name")
void wh_post_batch_column_name(wh_ret_batch_column_name* ret) {
    if (!ret->is_err) {
        weaveheap_free_string((char*)ret->v.ok.ptr);
    }
    wh_clear();
}

/* weaveheap:core/batch@0.1.0#[method]batch.validate -> weaveheap_batch_validate */
typedef struct wh_ret_batch_validate {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_batch_validate;
_Static_assert(sizeof(wh_ret_batch_validate) == 16 && _Alignof(wh_ret_batch_validate) == 4,
               "canonical ABI layout of the result of weaveheap:core/batch@0.1.0#[method]batch.validate");
static wh_ret_batch_validate wh_ret_batch_validate_area;

WH_EXPORT("weaveheap:core/batch@0.1.0#[method]batch.validate")
wh_ret_batch_validate* wh_export_batch_validate(int32_t p_self) {
    wh_ret_batch_validate* ret = &wh_ret_batch_validate_area;
    wh_clear();
    weaveheap_batch_validate(wh_handle(p_self), &wh_err);
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/batch@0.1.0#[method]batch.validate")
void wh_post_batch_validate(wh_ret_batch_validate* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/batch@0.1.0#[method]batch.append-row -> weaveheap_batch_append_row */
typedef struct wh_ret_batch_append_row {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_batch_append_row;
_Static_assert(sizeof(wh_ret_batch_append_row) == 16 && _Alignof(wh_ret_batch_append_row) == 4,
               "canonical ABI layout of the result of weaveheap:core/batch@0.1.0#[method]batch.append-row");
static wh_ret_batch_append_row wh_ret_batch_append_row_area;

WH_EXPORT("weaveheap:core/batch@0.1.0#[method]batch.append-row")
wh_ret_batch_append_row* wh_export_batch_append_row(int32_t p_self, uint8_t* p_row_ptr, size_t p_row_len) {
    wh_ret_batch_append_row* ret = &wh_ret_batch_append_row_area;
    wh_clear();
    weaveheap_batch_append_row(wh_handle(p_self), p_row_ptr, (uint64_t)p_row_len, &wh_err);
    wh_free_arg(p_row_ptr, p_row_len);
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/batch@0.1.0#[method]batch.append-row")
void wh_post_batch_append_row(wh_ret_batch_append_row* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/batch@0.1.0#[constructor]list-vector -> weaveheap_list_vector_create */
typedef struct wh_ret_list_vector_create {
    uint8_t is_err;
    union {
        int32_t ok;
        wh_rec_error err;
    } v;
} wh_ret_list_vector_create;
_Static_assert(sizeof(wh_ret_list_vector_create) == 16 && _Alignof(wh_ret_list_vector_create) == 4,
               "canonical ABI layout of the result of weaveheap:core/batch@0.1.0#[constructor]list-vector");
static wh_ret_list_vector_create wh_ret_list_vector_create_area;

WH_EXPORT("weaveheap:core/batch@0.1.0#[constructor]list-vector")
wh_ret_list_vector_create* wh_export_list_vector_create(int32_t p_region, int32_t p_child_case, int32_t p_child_rep, int64_t p_capacity, int32_t p_nullable, int32_t p_map) {
    wh_ret_list_vector_create* ret = &wh_ret_list_vector_create_area;
    wh_clear();
    (void)p_child_case; /* the rep names the object, whose kind the core checks */
    wh_check_size("capacity", (uint64_t)p_capacity, WEAVEHEAP_MAX_SIZE);
    weaveheap_list_vector_t result = 0;
    if (!wh_err.code) result = weaveheap_list_vector_create(wh_handle(p_region), wh_handle(p_child_rep), (uint64_t)p_capacity, p_nullable != 0, p_map != 0, &wh_err);
    if (!wh_err.code) {
        int32_t rep0 = wh_cell_new(result);
        if (!rep0) {
            wh_list_vector_release(result);
            wh_fail(WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for the cell of a new list-vector");
        } else {
            ret->v.ok = wh_list_vector_new(rep0);
        }
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/batch@0.1.0#[constructor]list-vector")
void wh_post_list_vector_create(wh_ret_list_vector_create* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/batch@0.1.0#[method]list-vector.close -> weaveheap_list_vector_release */
typedef struct wh_ret_list_vector_release {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_list_vector_release;
_Static_assert(sizeof(wh_ret_list_vector_release) == 16 && _Alignof(wh_ret_list_vector_release) == 4,
               "canonical ABI layout of the result of weaveheap:core/batch@0.1.0#[method]list-vector.close");
static wh_ret_list_vector_release wh_ret_list_vector_release_area;

WH_EXPORT("weaveheap:core/batch@0.1.0#[method]list-vector.close")
wh_ret_list_vector_release* wh_export_list_vector_release(int32_t p_self) {
    wh_ret_list_vector_release* ret = &wh_ret_list_vector_release_area;
    wh_clear();
    if (!wh_closed(p_self) /* a second close is a no-op */) weaveheap_list_vector_release(wh_handle(p_self), &wh_err);
    if (!wh_err.code) wh_close(p_self); /* consumed: closed */
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/batch@0.1.0#[method]list-vector.close")
void wh_post_list_vector_release(wh_ret_list_vector_release* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/batch@0.1.0#[method]list-vector.length -> weaveheap_list_vector_length */
typedef struct wh_ret_list_vector_length {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_list_vector_length;
_Static_assert(sizeof(wh_ret_list_vector_length) == 24 && _Alignof(wh_ret_list_vector_length) == 8,
               "canonical ABI layout of the result of weaveheap:core/batch@0.1.0#[method]list-vector.length");
static wh_ret_list_vector_length wh_ret_list_vector_length_area;

WH_EXPORT("weaveheap:core/batch@0.1.0#[method]list-vector.length")
wh_ret_list_vector_length* wh_export_list_vector_length(int32_t p_self) {
    wh_ret_list_vector_length* ret = &wh_ret_list_vector_length_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_list_vector_length(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/batch@0.1.0#[method]list-vector.length")
void wh_post_list_vector_length(wh_ret_list_vector_length* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/batch@0.1.0#[method]list-vector.capacity -> weaveheap_list_vector_capacity */
typedef struct wh_ret_list_vector_capacity {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_list_vector_capacity;
_Static_assert(sizeof(wh_ret_list_vector_capacity) == 24 && _Alignof(wh_ret_list_vector_capacity) == 8,
               "canonical ABI layout of the result of weaveheap:core/batch@0.1.0#[method]list-vector.capacity");
static wh_ret_list_vector_capacity wh_ret_list_vector_capacity_area;

WH_EXPORT("weaveheap:core/batch@0.1.0#[method]list-vector.capacity")
wh_ret_list_vector_capacity* wh_export_list_vector_capacity(int32_t p_self) {
    wh_ret_list_vector_capacity* ret = &wh_ret_list_vector_capacity_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_list_vector_capacity(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/batch@0.1.0#[method]list-vector.capacity")
void wh_post_list_vector_capacity(wh_ret_list_vector_capacity* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/batch@0.1.0#[method]list-vector.null-count -> weaveheap_list_vector_null_count */
typedef struct wh_ret_list_vector_null_count {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_list_vector_null_count;
_Static_assert(sizeof(wh_ret_list_vector_null_count) == 24 && _Alignof(wh_ret_list_vector_null_count) == 8,
               "canonical ABI layout of the result of weaveheap:core/batch@0.1.0#[method]list-vector.null-count");
static wh_ret_list_vector_null_count wh_ret_list_vector_null_count_area;

WH_EXPORT("weaveheap:core/batch@0.1.0#[method]list-vector.null-count")
wh_ret_list_vector_null_count* wh_export_list_vector_null_count(int32_t p_self) {
    wh_ret_list_vector_null_count* ret = &wh_ret_list_vector_null_count_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_list_vector_null_count(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/batch@0.1.0#[method]list-vector.null-count")
void wh_post_list_vector_null_count(wh_ret_list_vector_null_count* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/batch@0.1.0#[method]list-vector.is-map -> weaveheap_list_vector_is_map */
typedef struct wh_ret_list_vector_is_map {
    uint8_t is_err;
    union {
        uint8_t ok;
        wh_rec_error err;
    } v;
} wh_ret_list_vector_is_map;
_Static_assert(sizeof(wh_ret_list_vector_is_map) == 16 && _Alignof(wh_ret_list_vector_is_map) == 4,
               "canonical ABI layout of the result of weaveheap:core/batch@0.1.0#[method]list-vector.is-map");
static wh_ret_list_vector_is_map wh_ret_list_vector_is_map_area;

WH_EXPORT("weaveheap:core/batch@0.1.0#[method]list-vector.is-map")
wh_ret_list_vector_is_map* wh_export_list_vector_is_map(int32_t p_self) {
    wh_ret_list_vector_is_map* ret = &wh_ret_list_vector_is_map_area;
    wh_clear();
    bool result = 0;
    result = weaveheap_list_vector_is_map(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint8_t)(result ? 1 : 0);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/batch@0.1.0#[method]list-vector.is-map")
void wh_post_list_vector_is_map(wh_ret_list_vector_is_map* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/batch@0.1.0#[method]list-vector.is-valid -> weaveheap_list_vector_is_valid */
typedef struct wh_ret_list_vector_is_valid {
    uint8_t is_err;
    union {
        uint8_t ok;
        wh_rec_error err;
    } v;
} wh_ret_list_vector_is_valid;
_Static_assert(sizeof(wh_ret_list_vector_is_valid) == 16 && _Alignof(wh_ret_list_vector_is_valid) == 4,
               "canonical ABI layout of the result of weaveheap:core/batch@0.1.0#[method]list-vector.is-valid");
static wh_ret_list_vector_is_valid wh_ret_list_vector_is_valid_area;

WH_EXPORT("weaveheap:core/batch@0.1.0#[method]list-vector.is-valid")
wh_ret_list_vector_is_valid* wh_export_list_vector_is_valid(int32_t p_self, int64_t p_index) {
    wh_ret_list_vector_is_valid* ret = &wh_ret_list_vector_is_valid_area;
    wh_clear();
    bool result = 0;
    result = weaveheap_list_vector_is_valid(wh_handle(p_self), (uint64_t)p_index, &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint8_t)(result ? 1 : 0);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/batch@0.1.0#[method]list-vector.is-valid")
void wh_post_list_vector_is_valid(wh_ret_list_vector_is_valid* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/batch@0.1.0#[method]list-vector.value-offset -> weaveheap_list_vector_value_offset */
typedef struct wh_ret_list_vector_value_offset {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_list_vector_value_offset;
_Static_assert(sizeof(wh_ret_list_vector_value_offset) == 24 && _Alignof(wh_ret_list_vector_value_offset) == 8,
               "canonical ABI layout of the result of weaveheap:core/batch@0.1.0#[method]list-vector.value-offset");
static wh_ret_list_vector_value_offset wh_ret_list_vector_value_offset_area;

WH_EXPORT("weaveheap:core/batch@0.1.0#[method]list-vector.value-offset")
wh_ret_list_vector_value_offset* wh_export_list_vector_value_offset(int32_t p_self, int64_t p_index) {
    wh_ret_list_vector_value_offset* ret = &wh_ret_list_vector_value_offset_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_list_vector_value_offset(wh_handle(p_self), (uint64_t)p_index, &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/batch@0.1.0#[method]list-vector.value-offset")
void wh_post_list_vector_value_offset(wh_ret_list_vector_value_offset* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/batch@0.1.0#[method]list-vector.value-length -> weaveheap_list_vector_value_length */
typedef struct wh_ret_list_vector_value_length {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_list_vector_value_length;
_Static_assert(sizeof(wh_ret_list_vector_value_length) == 24 && _Alignof(wh_ret_list_vector_value_length) == 8,
               "canonical ABI layout of the result of weaveheap:core/batch@0.1.0#[method]list-vector.value-length");
static wh_ret_list_vector_value_length wh_ret_list_vector_value_length_area;

WH_EXPORT("weaveheap:core/batch@0.1.0#[method]list-vector.value-length")
wh_ret_list_vector_value_length* wh_export_list_vector_value_length(int32_t p_self, int64_t p_index) {
    wh_ret_list_vector_value_length* ret = &wh_ret_list_vector_value_length_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_list_vector_value_length(wh_handle(p_self), (uint64_t)p_index, &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/batch@0.1.0#[method]list-vector.value-length")
void wh_post_list_vector_value_length(wh_ret_list_vector_value_length* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/batch@0.1.0#[method]list-vector.append -> weaveheap_list_vector_append */
typedef struct wh_ret_list_vector_append {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_list_vector_append;
_Static_assert(sizeof(wh_ret_list_vector_append) == 16 && _Alignof(wh_ret_list_vector_append) == 4,
               "canonical ABI layout of the result of weaveheap:core/batch@0.1.0#[method]list-vector.append");
static wh_ret_list_vector_append wh_ret_list_vector_append_area;

WH_EXPORT("weaveheap:core/batch@0.1.0#[method]list-vector.append")
wh_ret_list_vector_append* wh_export_list_vector_append(int32_t p_self, uint8_t* p_value_ptr, size_t p_value_len) {
    wh_ret_list_vector_append* ret = &wh_ret_list_vector_append_area;
    wh_clear();
    weaveheap_list_vector_append(wh_handle(p_self), p_value_ptr, (uint64_t)p_value_len, &wh_err);
    wh_free_arg(p_value_ptr, p_value_len);
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/batch@0.1.0#[method]list-vector.append")
void wh_post_list_vector_append(wh_ret_list_vector_append* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/batch@0.1.0#[method]list-vector.append-null -> weaveheap_list_vector_append_null */
typedef struct wh_ret_list_vector_append_null {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_list_vector_append_null;
_Static_assert(sizeof(wh_ret_list_vector_append_null) == 16 && _Alignof(wh_ret_list_vector_append_null) == 4,
               "canonical ABI layout of the result of weaveheap:core/batch@0.1.0#[method]list-vector.append-null");
static wh_ret_list_vector_append_null wh_ret_list_vector_append_null_area;

WH_EXPORT("weaveheap:core/batch@0.1.0#[method]list-vector.append-null")
wh_ret_list_vector_append_null* wh_export_list_vector_append_null(int32_t p_self) {
    wh_ret_list_vector_append_null* ret = &wh_ret_list_vector_append_null_area;
    wh_clear();
    weaveheap_list_vector_append_null(wh_handle(p_self), &wh_err);
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/batch@0.1.0#[method]list-vector.append-null")
void wh_post_list_vector_append_null(wh_ret_list_vector_append_null* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/batch@0.1.0#[method]list-vector.lookup -> weaveheap_list_vector_lookup */
typedef struct wh_ret_list_vector_lookup {
    uint8_t is_err;
    union {
        int64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_list_vector_lookup;
_Static_assert(sizeof(wh_ret_list_vector_lookup) == 24 && _Alignof(wh_ret_list_vector_lookup) == 8,
               "canonical ABI layout of the result of weaveheap:core/batch@0.1.0#[method]list-vector.lookup");
static wh_ret_list_vector_lookup wh_ret_list_vector_lookup_area;

WH_EXPORT("weaveheap:core/batch@0.1.0#[method]list-vector.lookup")
wh_ret_list_vector_lookup* wh_export_list_vector_lookup(int32_t p_self, int64_t p_index, uint8_t* p_key_ptr, size_t p_key_len) {
    wh_ret_list_vector_lookup* ret = &wh_ret_list_vector_lookup_area;
    wh_clear();
    int64_t result = 0;
    result = weaveheap_list_vector_lookup(wh_handle(p_self), (uint64_t)p_index, p_key_ptr, (uint64_t)p_key_len, &wh_err);
    wh_free_arg(p_key_ptr, p_key_len);
    if (!wh_err.code) {
        ret->v.ok = (int64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/batch@0.1.0#[method]list-vector.lookup")
void wh_post_list_vector_lookup(wh_ret_list_vector_lookup* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/batch-stream@0.1.0#[constructor]batch-stream -> weaveheap_batch_stream_create */
typedef struct wh_ret_batch_stream_create {
    uint8_t is_err;
    union {
        int32_t ok;
        wh_rec_error err;
    } v;
} wh_ret_batch_stream_create;
_Static_assert(sizeof(wh_ret_batch_stream_create) == 16 && _Alignof(wh_ret_batch_stream_create) == 4,
               "canonical ABI layout of the result of weaveheap:core/batch-stream@0.1.0#[constructor]batch-stream");
static wh_ret_batch_stream_create wh_ret_batch_stream_create_area;

WH_EXPORT("weaveheap:core/batch-stream@0.1.0#[constructor]batch-stream")
wh_ret_batch_stream_create* wh_export_batch_stream_create(int32_t p_region, int32_t p_max_batches) {
    wh_ret_batch_stream_create* ret = &wh_ret_batch_stream_create_area;
    wh_clear();
    weaveheap_batch_stream_t result = 0;
    result = weaveheap_batch_stream_create(wh_handle(p_region), (uint32_t)p_max_batches, &wh_err);
    if (!wh_err.code) {
        int32_t rep0 = wh_cell_new(result);
        if (!rep0) {
            wh_batch_stream_release(result);
            wh_fail(WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for the cell of a new batch-stream");
        } else {
            ret->v.ok = wh_batch_stream_new(rep0);
        }
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/batch-stream@0.1.0#[constructor]batch-stream")
void wh_post_batch_stream_create(wh_ret_batch_stream_create* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/batch-stream@0.1.0#[method]batch-stream.close -> weaveheap_batch_stream_release */
typedef struct wh_ret_batch_stream_release {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_batch_stream_release;
_Static_assert(sizeof(wh_ret_batch_stream_release) == 16 && _Alignof(wh_ret_batch_stream_release) == 4,
               "canonical ABI layout of the result of weaveheap:core/batch-stream@0.1.0#[method]batch-stream.close");
static wh_ret_batch_stream_release wh_ret_batch_stream_release_area;

WH_EXPORT("weaveheap:core/batch-stream@0.1.0#[method]batch-stream.close")
wh_ret_batch_stream_release* wh_export_batch_stream_release(int32_t p_self) {
    wh_ret_batch_stream_release* ret = &wh_ret_batch_stream_release_area;
    wh_clear();
    if (!wh_closed(p_self) /* a second close is a no-op */) weaveheap_batch_stream_release(wh_handle(p_self), &wh_err);
    if (!wh_err.code) wh_close(p_self); /* consumed: closed */
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/batch-stream@0.1.0#[method]batch-stream.close")
void wh_post_batch_stream_release(wh_ret_batch_stream_release* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/batch-stream@0.1.0#[method]batch-stream.add-batch -> weaveheap_batch_stream_add_batch */
typedef struct wh_ret_batch_stream_add_batch {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_batch_stream_add_batch;
_Static_assert(sizeof(wh_ret_batch_stream_add_batch) == 16 && _Alignof(wh_ret_batch_stream_add_batch) == 4,
               "canonical ABI layout of the result of weaveheap:core/batch-stream@0.1.0#[method]batch-stream.add-batch");
static wh_ret_batch_stream_add_batch wh_ret_batch_stream_add_batch_area;

WH_EXPORT("weaveheap:core/batch-stream@0.1.0#[method]batch-stream.add-batch")
wh_ret_batch_stream_add_batch* wh_export_batch_stream_add_batch(int32_t p_self, int32_t p_batch) {
    wh_ret_batch_stream_add_batch* ret = &wh_ret_batch_stream_add_batch_area;
    wh_clear();
    weaveheap_batch_stream_add_batch(wh_handle(p_self), wh_handle(p_batch), &wh_err);
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/batch-stream@0.1.0#[method]batch-stream.add-batch")
void wh_post_batch_stream_add_batch(wh_ret_batch_stream_add_batch* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/batch-stream@0.1.0#[method]batch-stream.num-batches -> weaveheap_batch_stream_num_batches */
typedef struct wh_ret_batch_stream_num_batches {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_batch_stream_num_batches;
_Static_assert(sizeof(wh_ret_batch_stream_num_batches) == 24 && _Alignof(wh_ret_batch_stream_num_batches) == 8,
               "canonical ABI layout of the result of weaveheap:core/batch-stream@0.1.0#[method]batch-stream.num-batches");
static wh_ret_batch_stream_num_batches wh_ret_batch_stream_num_batches_area;

WH_EXPORT("weaveheap:core/batch-stream@0.1.0#[method]batch-stream.num-batches")
wh_ret_batch_stream_num_batches* wh_export_batch_stream_num_batches(int32_t p_self) {
    wh_ret_batch_stream_num_batches* ret = &wh_ret_batch_stream_num_batches_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_batch_stream_num_batches(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/batch-stream@0.1.0#[method]batch-stream.num-batches")
void wh_post_batch_stream_num_batches(wh_ret_batch_stream_num_batches* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/foreign@0.1.0#[constructor]foreign -> weaveheap_foreign_create */
typedef struct wh_ret_foreign_create {
    uint8_t is_err;
    union {
        int32_t ok;
        wh_rec_error err;
    } v;
} wh_ret_foreign_create;
_Static_assert(sizeof(wh_ret_foreign_create) == 16 && _Alignof(wh_ret_foreign_create) == 4,
               "canonical ABI layout of the result of weaveheap:core/foreign@0.1.0#[constructor]foreign");
static wh_ret_foreign_create wh_ret_foreign_create_area;

WH_EXPORT("weaveheap:core/foreign@0.1.0#[constructor]foreign")
wh_ret_foreign_create* wh_export_foreign_create(int32_t p_region, int32_t p_type, uint8_t* p_values_ptr, size_t p_values_len) {
    wh_ret_foreign_create* ret = &wh_ret_foreign_create_area;
    wh_clear();
    weaveheap_foreign_t result = 0;
    result = weaveheap_foreign_create(wh_handle(p_region), wh_element_type_value((uint32_t)p_type), p_values_ptr, (uint64_t)p_values_len, &wh_err);
    wh_free_arg(p_values_ptr, p_values_len);
    if (!wh_err.code) {
        int32_t rep0 = wh_cell_new(result);
        if (!rep0) {
            wh_foreign_release(result);
            wh_fail(WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for the cell of a new foreign");
        } else {
            ret->v.ok = wh_foreign_new(rep0);
        }
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/foreign@0.1.0#[constructor]foreign")
void wh_post_foreign_create(wh_ret_foreign_create* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/foreign@0.1.0#[method]foreign.close -> weaveheap_foreign_release */
typedef struct wh_ret_foreign_release {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_foreign_release;
_Static_assert(sizeof(wh_ret_foreign_release) == 16 && _Alignof(wh_ret_foreign_release) == 4,
               "canonical ABI layout of the result of weaveheap:core/foreign@0.1.0#[method]foreign.close");
static wh_ret_foreign_release wh_ret_foreign_release_area;

WH_EXPORT("weaveheap:core/foreign@0.1.0#[method]foreign.close")
wh_ret_foreign_release* wh_export_foreign_release(int32_t p_self) {
    wh_ret_foreign_release* ret = &wh_ret_foreign_release_area;
    wh_clear();
    if (!wh_closed(p_self) /* a second close is a no-op */) weaveheap_foreign_release(wh_handle(p_self), &wh_err);
    if (!wh_err.code) wh_close(p_self); /* consumed: closed */
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/foreign@0.1.0#[method]foreign.close")
void wh_post_foreign_release(wh_ret_foreign_release* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/foreign@0.1.0#[method]foreign.length -> weaveheap_foreign_length */
typedef struct wh_ret_foreign_length {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_foreign_length;
_Static_assert(sizeof(wh_ret_foreign_length) == 24 && _Alignof(wh_ret_foreign_length) == 8,
               "canonical ABI layout of the result of weaveheap:core/foreign@0.1.0#[method]foreign.length");
static wh_ret_foreign_length wh_ret_foreign_length_area;

WH_EXPORT("weaveheap:core/foreign@0.1.0#[method]foreign.length")
wh_ret_foreign_length* wh_export_foreign_length(int32_t p_self) {
    wh_ret_foreign_length* ret = &wh_ret_foreign_length_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_foreign_length(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/foreign@0.1.0#[method]foreign.length")
void wh_post_foreign_length(wh_ret_foreign_length* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/foreign@0.1.0#[method]foreign.null-count -> weaveheap_foreign_null_count */
typedef struct wh_ret_foreign_null_count {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_foreign_null_count;
_Static_assert(sizeof(wh_ret_foreign_null_count) == 24 && _Alignof(wh_ret_foreign_null_count) == 8,
               "canonical ABI layout of the result of weaveheap:core/foreign@0.1.0#[method]foreign.null-count");
static wh_ret_foreign_null_count wh_ret_foreign_null_count_area;

WH_EXPORT("weaveheap:core/foreign@0.1.0#[method]foreign.null-count")
wh_ret_foreign_null_count* wh_export_foreign_null_count(int32_t p_self) {
    wh_ret_foreign_null_count* ret = &wh_ret_foreign_null_count_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_foreign_null_count(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/foreign@0.1.0#[method]foreign.null-count")
void wh_post_foreign_null_count(wh_ret_foreign_null_count* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/foreign@0.1.0#[method]foreign.offset -> weaveheap_foreign_offset */
typedef struct wh_ret_foreign_offset {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_foreign_offset;
_Static_assert(sizeof(wh_ret_foreign_offset) == 24 && _Alignof(wh_ret_foreign_offset) == 8,
               "canonical ABI layout of the result of weaveheap:core/foreign@0.1.0#[method]foreign.offset");
static wh_ret_foreign_offset wh_ret_foreign_offset_area;

WH_EXPORT("weaveheap:core/foreign@0.1.0#[method]foreign.offset")
wh_ret_foreign_offset* wh_export_foreign_offset(int32_t p_self) {
    wh_ret_foreign_offset* ret = &wh_ret_foreign_offset_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_foreign_offset(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/foreign@0.1.0#[method]foreign.offset")
void wh_post_foreign_offset(wh_ret_foreign_offset* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/foreign@0.1.0#[method]foreign.num-children -> weaveheap_foreign_num_children */
typedef struct wh_ret_foreign_num_children {
    uint8_t is_err;
    union {
        uint64_t ok;
        wh_rec_error err;
    } v;
} wh_ret_foreign_num_children;
_Static_assert(sizeof(wh_ret_foreign_num_children) == 24 && _Alignof(wh_ret_foreign_num_children) == 8,
               "canonical ABI layout of the result of weaveheap:core/foreign@0.1.0#[method]foreign.num-children");
static wh_ret_foreign_num_children wh_ret_foreign_num_children_area;

WH_EXPORT("weaveheap:core/foreign@0.1.0#[method]foreign.num-children")
wh_ret_foreign_num_children* wh_export_foreign_num_children(int32_t p_self) {
    wh_ret_foreign_num_children* ret = &wh_ret_foreign_num_children_area;
    wh_clear();
    uint64_t result = 0;
    result = weaveheap_foreign_num_children(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint64_t)(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/foreign@0.1.0#[method]foreign.num-children")
void wh_post_foreign_num_children(wh_ret_foreign_num_children* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/foreign@0.1.0#[method]foreign.format -> weaveheap_foreign_format */
typedef struct wh_ret_foreign_format {
    uint8_t is_err;
    union {
        wh_list ok;
        wh_rec_error err;
    } v;
} wh_ret_foreign_format;
_Static_assert(sizeof(wh_ret_foreign_format) == 16 && _Alignof(wh_ret_foreign_format) == 4,
               "canonical ABI layout of the result of weaveheap:core/foreign@0.1.0#[method]foreign.format");
static wh_ret_foreign_format wh_ret_foreign_format_area;

WH_EXPORT("weaveheap:core/foreign@0.1.0#[method]foreign.format")
wh_ret_foreign_format* wh_export_foreign_format(int32_t p_self) {
    wh_ret_foreign_format* ret = &wh_ret_foreign_format_area;
    wh_clear();
    char* result = 0;
    result = weaveheap_foreign_format(wh_handle(p_self), &wh_err);
    if (!wh_err.code) {
        ret->v.ok.ptr = (uint8_t*)result;
        ret->v.ok.len = strlen(result);
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/foreign@0.1.0#[method]foreign.format")
void wh_post_foreign_format(wh_ret_foreign_format* ret) {
    if (!ret->is_err) {
        weaveheap_free_string((char*)ret->v.ok.ptr);
    }
    wh_clear();
}

/* weaveheap:core/borrow@0.1.0#[static]borrow.shared -> weaveheap_borrow_shared */
typedef struct wh_ret_borrow_shared {
    uint8_t is_err;
    union {
        struct { int32_t f0; wh_rec_view f1; } ok;
        wh_rec_error err;
    } v;
} wh_ret_borrow_shared;
_Static_assert(sizeof(wh_ret_borrow_shared) == 40 && _Alignof(wh_ret_borrow_shared) == 8,
               "canonical ABI layout of the result of weaveheap:core/borrow@0.1.0#[static]borrow.shared");
static wh_ret_borrow_shared wh_ret_borrow_shared_area;

WH_EXPORT("weaveheap:core/borrow@0.1.0#[static]borrow.shared")
wh_ret_borrow_shared* wh_export_borrow_shared(int32_t p_target_case, int32_t p_target_rep) {
    wh_ret_borrow_shared* ret = &wh_ret_borrow_shared_area;
    wh_clear();
    (void)p_target_case; /* the rep names the object, whose kind the core checks */
    weaveheap_view out_view = {0};
    weaveheap_borrow_t result = 0;
    result = weaveheap_borrow_shared(wh_handle(p_target_rep), &out_view, &wh_err);
    if (!wh_err.code) {
        ret->v.ok.f1.data = (uint64_t)(uintptr_t)out_view.data;
        ret->v.ok.f1.length = out_view.length;
        ret->v.ok.f1.writable = out_view.writable ? 1 : 0;
        int32_t rep0 = wh_cell_new(result);
        if (!rep0) {
            wh_borrow_release(result);
            wh_fail(WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for the cell of a new borrow");
        } else {
            ret->v.ok.f0 = wh_borrow_new(rep0);
        }
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/borrow@0.1.0#[static]borrow.shared")
void wh_post_borrow_shared(wh_ret_borrow_shared* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/borrow@0.1.0#[static]borrow.unique -> weaveheap_borrow_unique */
typedef struct wh_ret_borrow_unique {
    uint8_t is_err;
    union {
        struct { int32_t f0; wh_rec_view f1; } ok;
        wh_rec_error err;
    } v;
} wh_ret_borrow_unique;
_Static_assert(sizeof(wh_ret_borrow_unique) == 40 && _Alignof(wh_ret_borrow_unique) == 8,
               "canonical ABI layout of the result of weaveheap:core/borrow@0.1.0#[static]borrow.unique");
static wh_ret_borrow_unique wh_ret_borrow_unique_area;

WH_EXPORT("weaveheap:core/borrow@0.1.0#[static]borrow.unique")
wh_ret_borrow_unique* wh_export_borrow_unique(int32_t p_target_case, int32_t p_target_rep) {
    wh_ret_borrow_unique* ret = &wh_ret_borrow_unique_area;
    wh_clear();
    (void)p_target_case; /* the rep names the object, whose kind the core checks */
    weaveheap_view out_view = {0};
    weaveheap_borrow_t result = 0;
    result = weaveheap_borrow_unique(wh_handle(p_target_rep), &out_view, &wh_err);
    if (!wh_err.code) {
        ret->v.ok.f1.data = (uint64_t)(uintptr_t)out_view.data;
        ret->v.ok.f1.length = out_view.length;
        ret->v.ok.f1.writable = out_view.writable ? 1 : 0;
        int32_t rep0 = wh_cell_new(result);
        if (!rep0) {
            wh_borrow_release(result);
            wh_fail(WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for the cell of a new borrow");
        } else {
            ret->v.ok.f0 = wh_borrow_new(rep0);
        }
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/borrow@0.1.0#[static]borrow.unique")
void wh_post_borrow_unique(wh_ret_borrow_unique* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/borrow@0.1.0#[method]borrow.close -> weaveheap_borrow_release */
typedef struct wh_ret_borrow_release {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_borrow_release;
_Static_assert(sizeof(wh_ret_borrow_release) == 16 && _Alignof(wh_ret_borrow_release) == 4,
               "canonical ABI layout of the result of weaveheap:core/borrow@0.1.0#[method]borrow.close");
static wh_ret_borrow_release wh_ret_borrow_release_area;

WH_EXPORT("weaveheap:core/borrow@0.1.0#[method]borrow.close")
wh_ret_borrow_release* wh_export_borrow_release(int32_t p_self) {
    wh_ret_borrow_release* ret = &wh_ret_borrow_release_area;
    wh_clear();
    if (!wh_closed(p_self) /* a second close is a no-op */) weaveheap_borrow_release(wh_handle(p_self), &wh_err);
    if (!wh_err.code) wh_close(p_self); /* consumed: closed */
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/borrow@0.1.0#[method]borrow.close")
void wh_post_borrow_release(wh_ret_borrow_release* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/handle@0.1.0#kind-of -> weaveheap_handle_kind_of */
typedef struct wh_ret_handle_kind_of {
    uint8_t is_err;
    union {
        uint8_t ok;
        wh_rec_error err;
    } v;
} wh_ret_handle_kind_of;
_Static_assert(sizeof(wh_ret_handle_kind_of) == 16 && _Alignof(wh_ret_handle_kind_of) == 4,
               "canonical ABI layout of the result of weaveheap:core/handle@0.1.0#kind-of");
static wh_ret_handle_kind_of wh_ret_handle_kind_of_area;

WH_EXPORT("weaveheap:core/handle@0.1.0#kind-of")
wh_ret_handle_kind_of* wh_export_handle_kind_of(int32_t p_handle_case, int32_t p_handle_rep) {
    wh_ret_handle_kind_of* ret = &wh_ret_handle_kind_of_area;
    wh_clear();
    (void)p_handle_case; /* the rep names the object, whose kind the core checks */
    weaveheap_handle_kind result = 0;
    result = weaveheap_handle_kind_of(wh_handle(p_handle_rep), &wh_err);
    if (!wh_err.code) {
        ret->v.ok = (uint8_t)(wh_handle_kind_index(result));
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/handle@0.1.0#kind-of")
void wh_post_handle_kind_of(wh_ret_handle_kind_of* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/stats@0.1.0#global -> weaveheap_stats_global */
typedef struct wh_ret_stats_global {
    uint8_t is_err;
    union {
        wh_rec_stats ok;
        wh_rec_error err;
    } v;
} wh_ret_stats_global;
_Static_assert(sizeof(wh_ret_stats_global) == 120 && _Alignof(wh_ret_stats_global) == 8,
               "canonical ABI layout of the result of weaveheap:core/stats@0.1.0#global");
static wh_ret_stats_global wh_ret_stats_global_area;

WH_EXPORT("weaveheap:core/stats@0.1.0#global")
wh_ret_stats_global* wh_export_stats_global(void) {
    wh_ret_stats_global* ret = &wh_ret_stats_global_area;
    wh_clear();
    weaveheap_stats out_out = {0};
    weaveheap_stats_global(&out_out, &wh_err);
    if (!wh_err.code) {
        ret->v.ok.allocations = out_out.allocations;
        ret->v.ok.releases = out_out.releases;
        ret->v.ok.bytes_allocated = out_out.bytes_allocated;
        ret->v.ok.bytes_live = out_out.bytes_live;
        ret->v.ok.bytes_peak = out_out.bytes_peak;
        ret->v.ok.bytes_reserved = out_out.bytes_reserved;
        ret->v.ok.borrows_taken = out_out.borrows_taken;
        ret->v.ok.borrows_active = out_out.borrows_active;
        ret->v.ok.borrow_conflicts = out_out.borrow_conflicts;
        ret->v.ok.stale_rejected = out_out.stale_rejected;
        ret->v.ok.copies = out_out.copies;
        ret->v.ok.copy_bytes = out_out.copy_bytes;
        ret->v.ok.regions_live = out_out.regions_live;
        ret->v.ok.imports = out_out.imports;
    }
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/stats@0.1.0#global")
void wh_post_stats_global(wh_ret_stats_global* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/stats@0.1.0#set-enabled -> weaveheap_stats_set_enabled */
WH_EXPORT("weaveheap:core/stats@0.1.0#set-enabled")
void wh_export_stats_set_enabled(int32_t p_enabled) {
    wh_clear();
    weaveheap_stats_set_enabled(p_enabled != 0);
}

/* weaveheap:core/stats@0.1.0#enabled -> weaveheap_stats_enabled */
WH_EXPORT("weaveheap:core/stats@0.1.0#enabled")
int32_t wh_export_stats_enabled(void) {
    int32_t ret = 0;
    wh_clear();
    bool result = 0;
    result = weaveheap_stats_enabled();
    if (!wh_err.code) {
        ret = (int32_t)(result ? 1 : 0);
    }
    return ret;
}

/* weaveheap:core/publish@0.1.0#start -> weaveheap_publish_start */
typedef struct wh_ret_publish_start {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_publish_start;
_Static_assert(sizeof(wh_ret_publish_start) == 16 && _Alignof(wh_ret_publish_start) == 4,
               "canonical ABI layout of the result of weaveheap:core/publish@0.1.0#start");
static wh_ret_publish_start wh_ret_publish_start_area;

WH_EXPORT("weaveheap:core/publish@0.1.0#start")
wh_ret_publish_start* wh_export_publish_start(int32_t p_interval_ms) {
    wh_ret_publish_start* ret = &wh_ret_publish_start_area;
    wh_clear();
    weaveheap_publish_start((uint32_t)p_interval_ms, &wh_err);
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/publish@0.1.0#start")
void wh_post_publish_start(wh_ret_publish_start* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/publish@0.1.0#now -> weaveheap_publish_now */
typedef struct wh_ret_publish_now {
    uint8_t is_err;
    union {
        wh_rec_error err;
    } v;
} wh_ret_publish_now;
_Static_assert(sizeof(wh_ret_publish_now) == 16 && _Alignof(wh_ret_publish_now) == 4,
               "canonical ABI layout of the result of weaveheap:core/publish@0.1.0#now");
static wh_ret_publish_now wh_ret_publish_now_area;

WH_EXPORT("weaveheap:core/publish@0.1.0#now")
wh_ret_publish_now* wh_export_publish_now(void) {
    wh_ret_publish_now* ret = &wh_ret_publish_now_area;
    wh_clear();
    weaveheap_publish_now(&wh_err);
    if (wh_err.code) {
        ret->is_err = 1;
        wh_lower_error(&ret->v.err);
    } else {
        ret->is_err = 0;
    }
    return ret;
}

WH_EXPORT("cabi_post_weaveheap:core/publish@0.1.0#now")
void wh_post_publish_now(wh_ret_publish_now* ret) {
    (void)ret;
    wh_clear();
}

/* weaveheap:core/publish@0.1.0#stop -> weaveheap_publish_stop */
WH_EXPORT("weaveheap:core/publish@0.1.0#stop")
void wh_export_publish_stop(void) {
    wh_clear();
    weaveheap_publish_stop();
}

/* weaveheap:core/publish@0.1.0#active -> weaveheap_publish_active */
WH_EXPORT("weaveheap:core/publish@0.1.0#active")
int32_t wh_export_publish_active(void) {
    int32_t ret = 0;
    wh_clear();
    bool result = 0;
    result = weaveheap_publish_active();
    if (!wh_err.code) {
        ret = (int32_t)(result ? 1 : 0);
    }
    return ret;
}
