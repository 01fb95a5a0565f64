/* Peers for the Node.js benchmarks (bench/node/run.mjs), in one N-API module:
 *   noop()            the floor: an N-API function that does nothing
 *   noop_u32()        returns a number, as abiVersion() does, without the core
 *   noop_bool()       returns a boolean, as statsEnabled() does
 *   noop_bigint(h)    reads one bigint argument, as a method's handle is read
 *   noop_bigint_number(h)  the same, returning a number, as size() does
 *   window_setup(n)   the other view design: makes an n-byte buffer in a
 *                     region and one external ArrayBuffer over its chunk,
 *                     once; views are then `new Uint8Array(chunk, off, n)`
 *   window_borrow()   takes the buffer's unique borrow (the core's bookkeeping
 *                     a view needs) and returns its offset in the chunk
 *   window_release()  ends that borrow
 * Benchmark code only: no error handling beyond what keeps it honest. */
#define NAPI_VERSION 8
#include <node_api.h>

#include <stdint.h>
#include <stdlib.h>

#include "weaveheap.h"

/* The window design's own objects. This module links its own copy of the
 * core (static), so it makes them itself: the same code the package runs. */
static weaveheap_region_t window_region;
static weaveheap_buffer_t window_buffer;
static uint8_t* window_base;
static weaveheap_borrow_t window_token;

static napi_value fail(napi_env env, weaveheap_error* err) {
    napi_throw_error(env, NULL, err->message ? err->message : "weaveheap error");
    weaveheap_error_clear(err);
    return NULL;
}

static napi_value noop(napi_env env, napi_callback_info info) {
    (void)env;
    (void)info;
    return NULL;
}

static napi_value noop_u32(napi_env env, napi_callback_info info) {
    (void)info;
    napi_value v;
    napi_create_uint32(env, 1, &v);
    return v;
}

static napi_value noop_bool(napi_env env, napi_callback_info info) {
    (void)info;
    napi_value v;
    napi_get_boolean(env, true, &v);
    return v;
}

static napi_value noop_bigint(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    uint64_t h = 0;
    bool lossless = false;
    napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
    napi_get_value_bigint_uint64(env, argv[0], &h, &lossless);
    return NULL;
}

static napi_value noop_bigint_number(napi_env env, napi_callback_info info) {
    napi_value argv[1], v;
    size_t argc = 1;
    uint64_t h = 0;
    bool lossless = false;
    napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
    napi_get_value_bigint_uint64(env, argv[0], &h, &lossless);
    napi_create_double(env, (double)(h & 1), &v);
    return v;
}

static napi_value window_setup(napi_env env, napi_callback_info info) {
    napi_value argv[1], ab;
    size_t argc = 1;
    double size = 0;
    weaveheap_view view;
    weaveheap_error err = {0, NULL};
    napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
    napi_get_value_double(env, argv[0], &size);
    if (window_region) weaveheap_region_destroy(window_region, NULL);
    window_region = weaveheap_region_create(NULL, &err);
    if (err.code) return fail(env, &err);
    /* a small object first, so the window does not start the chunk */
    weaveheap_buffer_alloc(window_region, 48, 16, &err);
    window_buffer = weaveheap_buffer_alloc(window_region, (uint64_t)size, 16, &err);
    if (err.code) return fail(env, &err);
    weaveheap_borrow_t t = weaveheap_borrow_shared(window_buffer, &view, &err);
    if (err.code) return fail(env, &err);
    weaveheap_borrow_release(t, NULL);
    /* the "chunk": from 64 bytes before the object to its end */
    window_base = view.data - 64;
    if (napi_create_external_arraybuffer(env, window_base, (size_t)view.length + 64, NULL, NULL, &ab) != napi_ok)
        return NULL;
    return ab;
}

static napi_value window_borrow(napi_env env, napi_callback_info info) {
    (void)info;
    weaveheap_view view;
    weaveheap_error err = {0, NULL};
    napi_value v;
    window_token = weaveheap_borrow_unique(window_buffer, &view, &err);
    if (err.code) return fail(env, &err);
    napi_create_double(env, (double)(view.data - window_base), &v);
    return v;
}

static napi_value window_release(napi_env env, napi_callback_info info) {
    (void)info;
    weaveheap_error err = {0, NULL};
    weaveheap_borrow_release(window_token, &err);
    if (err.code) return fail(env, &err);
    return NULL;
}

NAPI_MODULE_INIT() {
    static const struct { const char* name; napi_callback fn; } fns[] = {
        {"noop", noop}, {"noop_u32", noop_u32}, {"noop_bool", noop_bool}, {"noop_bigint", noop_bigint},
        {"noop_bigint_number", noop_bigint_number},
        {"window_setup", window_setup}, {"window_borrow", window_borrow}, {"window_release", window_release},
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
        napi_value f;
        if (napi_create_function(env, fns[i].name, NAPI_AUTO_LENGTH, fns[i].fn, NULL, &f) != napi_ok ||
            napi_set_named_property(env, exports, fns[i].name, f) != napi_ok)
            return NULL;
    }
    return exports;
}
