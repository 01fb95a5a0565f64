/* The hand-written Node.js peer of bench/ext (B12): zlib's crc32 bound by
 * hand with N-API's zero-copy mechanism, a function taking a TypedArray (a
 * view of a weaveheap buffer, or a Buffer for the copying path) and reading
 * its bytes in place. What an author would write without WeaveHeap. */
#define NAPI_VERSION 8
#include <node_api.h>

#include "crc_pieces.h"

static napi_value crc32_of(napi_env env, napi_callback_info info) {
    size_t argc = 1;
    napi_value arg;
    if (napi_get_cb_info(env, info, &argc, &arg, NULL, NULL) != napi_ok || argc != 1) {
        napi_throw_type_error(env, NULL, "crc32() takes 1 argument");
        return NULL;
    }
    bool is_typed;
    napi_typedarray_type type;
    size_t length;
    void* data;
    if (napi_is_typedarray(env, arg, &is_typed) != napi_ok || !is_typed ||
        napi_get_typedarray_info(env, arg, &type, &length, &data, NULL, NULL) != napi_ok ||
        type != napi_uint8_array) {
        napi_throw_type_error(env, NULL, "crc32() takes a Uint8Array");
        return NULL;
    }
    napi_value result;
    napi_create_uint32(env, bench_ext_crc32(data, length), &result);
    return result;
}

static napi_value init(napi_env env, napi_value exports) {
    napi_value fn;
    napi_create_function(env, "crc32", NAPI_AUTO_LENGTH, crc32_of, NULL, &fn);
    napi_set_named_property(env, exports, "crc32", fn);
    return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
