/* What the generated N-API functions (generated/node/weaveheap_napi.c) share:
 * argument conversions, results, errors thrown as the JavaScript layer's
 * classes, and views. Plain C against node_api.h. The few facts of the IDL
 * this file needs come from the generated weaveheap_napi_glue.h (the error
 * struct, the functions that free what the core hands out, the view
 * functions, the memory classes); everything here is the same for any IDL. */
#ifndef WEAVEHEAP_NAPI_HELPERS_H
#define WEAVEHEAP_NAPI_HELPERS_H

#define NAPI_VERSION 8
#include <node_api.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "weaveheap_napi_glue.h"

/* -- errors -------------------------------------------------------------------
 * Thrown as the JavaScript layer's class for the code (registered by init),
 * never over an exception that is already pending. */
void weaveheap__napi_throw_code(napi_env env, int32_t code, const char* message);
void weaveheap__napi_throw_fmt(napi_env env, int32_t code, const char* fmt, ...) __attribute__((format(printf, 3, 4)));
/* Throws the core's error and frees its message. */
void weaveheap__napi_throw(napi_env env, wh_error* err);
/* An N-API call failed: throws its message; returns NULL. */
napi_value weaveheap__napi_failed(napi_env env);

/* -- arguments ------------------------------------------------------------------
 * The layer checked every argument already; these convert, and still refuse
 * (InvalidArgument naming `what`, false) a value of the wrong type, so that
 * nothing the native module is given can crash it. */
bool weaveheap__napi_get_handle(napi_env env, napi_value v, const char* what, uint64_t* out);
bool weaveheap__napi_get_u64(napi_env env, napi_value v, const char* what, uint64_t* out);
bool weaveheap__napi_get_int(napi_env env, napi_value v, const char* what, int64_t lo, int64_t hi, int64_t* out);
bool weaveheap__napi_get_bool(napi_env env, napi_value v, const char* what, bool* out);
bool weaveheap__napi_get_double(napi_env env, napi_value v, const char* what, double* out);

/* Bytes the core reads: a TypedArray, DataView or ArrayBuffer in place, or a
 * string as UTF-8 in `owned` (freed by weaveheap__napi_bytes_free). */
typedef struct weaveheap__napi_bytes {
    const uint8_t* data;
    uint64_t len;
    char* owned;
} weaveheap__napi_bytes;
bool weaveheap__napi_get_bytes(napi_env env, napi_value v, const char* what, weaveheap__napi_bytes* out);
void weaveheap__napi_bytes_free(weaveheap__napi_bytes* b);

/* Text the core reads as a C string: a copy in `text`, NUL-terminated. */
typedef struct weaveheap__napi_text {
    char* text;
} weaveheap__napi_text;
bool weaveheap__napi_get_text(napi_env env, napi_value v, const char* what, weaveheap__napi_text* out);
void weaveheap__napi_text_free(weaveheap__napi_text* t);

/* Memory the core writes into, in place. */
typedef struct weaveheap__napi_memory {
    uint8_t* data;
    uint64_t len;
} weaveheap__napi_memory;
bool weaveheap__napi_get_memory(napi_env env, napi_value v, const char* what, weaveheap__napi_memory* out);

/* A struct argument: null (`*present` false) or an object, whose fields the
 * generated getter reads with weaveheap__napi_get_field. */
bool weaveheap__napi_get_object(napi_env env, napi_value v, const char* what, bool* present);
bool weaveheap__napi_get_field(napi_env env, napi_value object, const char* name, napi_value* out);
/* A struct argument the IDL does not let be NULL: false (thrown) when absent. */
bool weaveheap__napi_require_object(napi_env env, bool present, const char* what);

/* -- results ------------------------------------------------------------------- */
napi_value weaveheap__napi_make_u32(napi_env env, uint32_t v);
napi_value weaveheap__napi_make_i32(napi_env env, int32_t v);
napi_value weaveheap__napi_make_number(napi_env env, double v);  /* u64 and i64: exact below 2^53 */
napi_value weaveheap__napi_make_bool(napi_env env, bool v);
napi_value weaveheap__napi_make_handle(napi_env env, uint64_t v);
napi_value weaveheap__napi_make_static_text(napi_env env, const char* text);
/* Text and bytes the core handed out: converted, then freed. */
napi_value weaveheap__napi_take_text(napi_env env, char* text);
napi_value weaveheap__napi_take_bytes(napi_env env, uint8_t* data, uint64_t len);
bool weaveheap__napi_set(napi_env env, napi_value object, const char* name, napi_value value);

/* -- views ------------------------------------------------------------------------
 * The memory classes, from the generated code: each kind's read-only call
 * that checks a handle is one (the surface's kind_probe), and how a whole
 * object is copied out and written back where external buffers are refused. */
typedef enum { WEAVEHEAP__NAPI_COPY_READ, WEAVEHEAP__NAPI_COPY_DUP_BYTES, WEAVEHEAP__NAPI_COPY_DUP_TEXT } weaveheap__napi_copy;
typedef struct weaveheap__napi_class {
    int32_t kind;
    uint64_t (*probe)(wh_handle target, wh_error* err);
    weaveheap__napi_copy copy;
    void (*read)(wh_handle target, uint64_t offset, uint8_t* dst, uint64_t len, wh_error* err);
    uint8_t* (*dup_bytes)(wh_handle target, uint64_t* len, wh_error* err);
    char* (*dup_text)(wh_handle target, wh_error* err);
    void (*write_back)(wh_handle target, uint64_t offset, const uint8_t* data, uint64_t len, wh_error* err);
} weaveheap__napi_class;
extern const weaveheap__napi_class weaveheap__napi_classes[];
extern const size_t weaveheap__napi_class_count;

typedef wh_handle (*weaveheap__napi_take)(wh_handle target, wh_view* view, wh_error* err);
/* (handle, kind, elementSize, checked) -> the view's ArrayBuffer; token and
 * flags in the layer's scratch arrays. */
napi_value weaveheap__napi_view_take(napi_env env, napi_callback_info info, weaveheap__napi_take take, bool unique);
/* (token, ArrayBuffer): ends the borrow of an open view of this environment
 * and detaches the ArrayBuffer it was made over; (token, null): a token
 * adopted with View.fromHandle, released only when no view here holds it. */
napi_value weaveheap__napi_view_release(napi_env env, napi_callback_info info);

/* -- the module ------------------------------------------------------------------ */
typedef struct weaveheap__napi_native {
    const char* name;
    napi_callback fn;
} weaveheap__napi_native;
/* Sets up this environment's state and exports `natives`, the layer's
 * helpers (init, view_abandon, addressOf, coreAddressOf) and the glue's ABI
 * version and IDL hash. */
napi_value weaveheap__napi_register(napi_env env, napi_value exports, const weaveheap__napi_native* natives,
                                    size_t count);

#endif
