/* The Node.js addon of the Arrow sample: the same C code as Python's
 * (arrow_sample.c) behind three functions, bound to the core of the
 * `weaveheap` package already loaded (its backend.apiTable):
 *   make(apiTable, region: bigint, rows: number) -> bigint   the vector
 *   coreAddress(apiTable, vector: bigint) -> bigint          its first value, as the core hands it out
 *   viewAddress(typedArray) -> bigint                        the first element of a JS typed array
 * viewAddress is what V8 itself holds as the array's data: comparing it with
 * coreAddress proves the JavaScript view is the core's memory, not a copy. */
#include <node_api.h>
#include <stdint.h>

#include "arrow_sample.h"

static napi_value throw_msg(napi_env env, const char* msg) {
    napi_throw_error(env, NULL, msg);
    return NULL;
}

static napi_value bigint(napi_env env, uint64_t value) {
    napi_value out;
    return napi_create_bigint_uint64(env, value, &out) == napi_ok ? out : NULL;
}

/* argv[0] is the table, argv[1] a handle as a bigint. */
static bool table_and_handle(napi_env env, napi_value* argv, const weaveheap_api** api, uint64_t* handle) {
    void* table = NULL;
    bool lossless = false;
    return napi_get_value_external(env, argv[0], &table) == napi_ok && table &&
           napi_get_value_bigint_uint64(env, argv[1], handle, &lossless) == napi_ok && lossless &&
           (*api = table) != NULL;
}

static napi_value make(napi_env env, napi_callback_info info) {
    size_t argc = 3;
    napi_value argv[3];
    const weaveheap_api* api = NULL;
    uint64_t region = 0;
    int64_t rows = -1;
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc != 3 ||
        !table_and_handle(env, argv, &api, &region) || napi_get_value_int64(env, argv[2], &rows) != napi_ok || rows < 0)
        return throw_msg(env, "make(apiTable, region: bigint, rows: number >= 0)");
    char msg[512];
    uint64_t v = sample_column_make(api, region, (uint64_t)rows, msg, sizeof msg);
    return v ? bigint(env, v) : throw_msg(env, msg);
}

static napi_value core_address(napi_env env, napi_callback_info info) {
    size_t argc = 2;
    napi_value argv[2];
    const weaveheap_api* api = NULL;
    uint64_t vector = 0;
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc != 2 ||
        !table_and_handle(env, argv, &api, &vector))
        return throw_msg(env, "coreAddress(apiTable, vector: bigint)");
    char msg[512];
    uint64_t address = sample_column_address(api, vector, msg, sizeof msg);
    return address ? bigint(env, address) : throw_msg(env, msg);
}

static napi_value view_address(napi_env env, napi_callback_info info) {
    size_t argc = 1;
    napi_value argv[1];
    bool is_typed = false;
    void* data = NULL;
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc != 1 ||
        napi_is_typedarray(env, argv[0], &is_typed) != napi_ok || !is_typed ||
        napi_get_typedarray_info(env, argv[0], NULL, NULL, &data, NULL, NULL) != napi_ok)
        return throw_msg(env, "viewAddress(typedArray)");
    return bigint(env, (uint64_t)(uintptr_t)data);   /* data already counts the view's byte offset */
}

NAPI_MODULE_INIT() {
    napi_property_descriptor props[] = {
        {"make", NULL, make, NULL, NULL, NULL, napi_default, NULL},
        {"coreAddress", NULL, core_address, NULL, NULL, NULL, napi_default, NULL},
        {"viewAddress", NULL, view_address, NULL, NULL, NULL, napi_default, NULL},
    };
    if (napi_define_properties(env, exports, sizeof props / sizeof props[0], props) != napi_ok) return NULL;
    return exports;
}
