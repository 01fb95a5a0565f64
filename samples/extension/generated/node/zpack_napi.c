/* Generated from samples/extension/zpack.wh by weaveheap_gen: do not edit. IDL sha256 a79f42f696d09eae4e0adf0c4e603e9a5ffe4d5838b0b8389db22b59b0cee278 */
/*
 * The N-API module of zpack: flat functions over its generated C entry points.
 * init(apiTable, errorClasses, baseError) binds zpack to the core of the
 * `weaveheap` package already loaded (its backend.apiTable, the core's function
 * table): one core, whoever made the objects. Handles come in as BigInts (the
 * JavaScript layer takes the objects and checks every argument first);
 * errors are thrown as the classes it registers.
 */
#include <node_api.h>
#include <stdlib.h>

#include "zpack.h"
#include "weaveheap_api.h"

static const weaveheap_api* core;
static napi_ref error_classes;   /* an array indexed by code */
static napi_ref base_error;

static napi_value throw_error(napi_env env, weaveheap_error* err) {
    napi_value classes, cls = NULL, message, instance;
    napi_valuetype type = napi_undefined;
    if (napi_get_reference_value(env, error_classes, &classes) == napi_ok &&
        napi_get_element(env, classes, (uint32_t)err->code, &cls) == napi_ok)
        napi_typeof(env, cls, &type);
    if (type != napi_function) napi_get_reference_value(env, base_error, &cls);
    const char* text = err->message ? err->message : core->strerror(err->code);
    if (napi_create_string_utf8(env, text, NAPI_AUTO_LENGTH, &message) == napi_ok &&
        napi_new_instance(env, cls, 1, &message, &instance) == napi_ok)
        napi_throw(env, instance);
    core->error_clear(err);
    return NULL;
}

static inline bool read_u64(napi_env env, napi_value v, uint64_t* out) {
    bool lossless = false;
    return napi_get_value_bigint_uint64(env, v, out, &lossless) == napi_ok && lossless;
}

static inline bool read_i64(napi_env env, napi_value v, int64_t* out) { return napi_get_value_int64(env, v, out) == napi_ok; }

static inline bool read_bool(napi_env env, napi_value v, bool* out) { return napi_get_value_bool(env, v, out) == napi_ok; }

static napi_value init(napi_env env, napi_callback_info info) {
    size_t argc = 3;
    napi_value argv[3];
    void* table = NULL;
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc != 3 ||
        napi_get_value_external(env, argv[0], &table) != napi_ok) {
        napi_throw_type_error(env, NULL, "zpack: init(apiTable, errorClasses, baseError)");
        return NULL;
    }
    weaveheap_error err = {0, NULL};
    if (!zpack_init(table, &err)) {
        napi_throw_error(env, NULL, err.message ? err.message :
                         "zpack: the weaveheap package's core table is not one this extension was built for");
        if (err.message) ((weaveheap_api*)table)->error_clear(&err);
        return NULL;
    }
    core = table;
    if (napi_create_reference(env, argv[1], 1, &error_classes) != napi_ok ||
        napi_create_reference(env, argv[2], 1, &base_error) != napi_ok)
        return NULL;
    return NULL;
}

/* zpack.crc32 */
static napi_value flat_crc32(napi_env env, napi_callback_info info) {
    size_t argc = 1;
    napi_value argv[1];
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc != 1) {
        napi_throw_type_error(env, NULL, "crc32: 1 arguments");
        return NULL;
    }
    uint64_t src;
    if (!read_u64(env, argv[0], &src)) {
        napi_throw_type_error(env, NULL, "crc32: argument 'src'");
        return NULL;
    }
    weaveheap_error err = {0, NULL};
uint32_t result = zpack_crc32((weaveheap_handle_t)src, &err);
    if (err.code) return throw_error(env, &err);
    napi_value out = NULL;
    napi_create_uint32(env, result, &out);
    return out;
}

/* zpack.deflate */
static napi_value flat_deflate(napi_env env, napi_callback_info info) {
    size_t argc = 3;
    napi_value argv[3];
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc != 3) {
        napi_throw_type_error(env, NULL, "deflate: 3 arguments");
        return NULL;
    }
    uint64_t region;
    if (!read_u64(env, argv[0], &region)) {
        napi_throw_type_error(env, NULL, "deflate: argument 'region'");
        return NULL;
    }
    uint64_t src;
    if (!read_u64(env, argv[1], &src)) {
        napi_throw_type_error(env, NULL, "deflate: argument 'src'");
        return NULL;
    }
    int64_t level;
    if (!read_i64(env, argv[2], &level)) {
        napi_throw_type_error(env, NULL, "deflate: argument 'level'");
        return NULL;
    }
    weaveheap_error err = {0, NULL};
weaveheap_buffer_t result = zpack_deflate((weaveheap_region_t)region, (weaveheap_handle_t)src, (int32_t)level, &err);
    if (err.code) return throw_error(env, &err);
    napi_value out = NULL;
    napi_create_bigint_uint64(env, (uint64_t)result, &out);
    return out;
}

/* zpack.inflate */
static napi_value flat_inflate(napi_env env, napi_callback_info info) {
    size_t argc = 3;
    napi_value argv[3];
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc != 3) {
        napi_throw_type_error(env, NULL, "inflate: 3 arguments");
        return NULL;
    }
    uint64_t region;
    if (!read_u64(env, argv[0], &region)) {
        napi_throw_type_error(env, NULL, "inflate: argument 'region'");
        return NULL;
    }
    uint64_t src;
    if (!read_u64(env, argv[1], &src)) {
        napi_throw_type_error(env, NULL, "inflate: argument 'src'");
        return NULL;
    }
    uint64_t size;
    if (!read_u64(env, argv[2], &size)) {
        napi_throw_type_error(env, NULL, "inflate: argument 'size'");
        return NULL;
    }
    weaveheap_error err = {0, NULL};
weaveheap_buffer_t result = zpack_inflate((weaveheap_region_t)region, (weaveheap_handle_t)src, (uint64_t)size, &err);
    if (err.code) return throw_error(env, &err);
    napi_value out = NULL;
    napi_create_bigint_uint64(env, (uint64_t)result, &out);
    return out;
}

/* zpack.inflate_into */
static napi_value flat_inflateInto(napi_env env, napi_callback_info info) {
    size_t argc = 2;
    napi_value argv[2];
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc != 2) {
        napi_throw_type_error(env, NULL, "inflateInto: 2 arguments");
        return NULL;
    }
    uint64_t dst;
    if (!read_u64(env, argv[0], &dst)) {
        napi_throw_type_error(env, NULL, "inflateInto: argument 'dst'");
        return NULL;
    }
    uint64_t src;
    if (!read_u64(env, argv[1], &src)) {
        napi_throw_type_error(env, NULL, "inflateInto: argument 'src'");
        return NULL;
    }
    weaveheap_error err = {0, NULL};
uint64_t result = zpack_inflate_into((weaveheap_buffer_t)dst, (weaveheap_handle_t)src, &err);
    if (err.code) return throw_error(env, &err);
    napi_value out = NULL;
    napi_create_bigint_uint64(env, (uint64_t)result, &out);
    return out;
}

/* crc.create */
static napi_value flat_crcCreate(napi_env env, napi_callback_info info) {
    size_t argc = 1;
    napi_value argv[1];
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc != 1) {
        napi_throw_type_error(env, NULL, "crcCreate: 1 arguments");
        return NULL;
    }
    uint64_t region;
    if (!read_u64(env, argv[0], &region)) {
        napi_throw_type_error(env, NULL, "crcCreate: argument 'region'");
        return NULL;
    }
    weaveheap_error err = {0, NULL};
zpack_crc_t result = zpack_crc_create((weaveheap_region_t)region, &err);
    if (err.code) return throw_error(env, &err);
    napi_value out = NULL;
    napi_create_bigint_uint64(env, (uint64_t)result, &out);
    return out;
}

/* crc.update */
static napi_value flat_crcUpdate(napi_env env, napi_callback_info info) {
    size_t argc = 2;
    napi_value argv[2];
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc != 2) {
        napi_throw_type_error(env, NULL, "crcUpdate: 2 arguments");
        return NULL;
    }
    uint64_t crc;
    if (!read_u64(env, argv[0], &crc)) {
        napi_throw_type_error(env, NULL, "crcUpdate: argument 'crc'");
        return NULL;
    }
    uint64_t src;
    if (!read_u64(env, argv[1], &src)) {
        napi_throw_type_error(env, NULL, "crcUpdate: argument 'src'");
        return NULL;
    }
    weaveheap_error err = {0, NULL};
zpack_crc_update((zpack_crc_t)crc, (weaveheap_handle_t)src, &err);
    if (err.code) return throw_error(env, &err);
    napi_value out = NULL;
    napi_get_undefined(env, &out);
    return out;
}

/* crc.value */
static napi_value flat_crcValue(napi_env env, napi_callback_info info) {
    size_t argc = 1;
    napi_value argv[1];
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc != 1) {
        napi_throw_type_error(env, NULL, "crcValue: 1 arguments");
        return NULL;
    }
    uint64_t crc;
    if (!read_u64(env, argv[0], &crc)) {
        napi_throw_type_error(env, NULL, "crcValue: argument 'crc'");
        return NULL;
    }
    weaveheap_error err = {0, NULL};
uint32_t result = zpack_crc_value((zpack_crc_t)crc, &err);
    if (err.code) return throw_error(env, &err);
    napi_value out = NULL;
    napi_create_uint32(env, result, &out);
    return out;
}

/* crc.close */
static napi_value flat_crcClose(napi_env env, napi_callback_info info) {
    size_t argc = 1;
    napi_value argv[1];
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc != 1) {
        napi_throw_type_error(env, NULL, "crcClose: 1 arguments");
        return NULL;
    }
    uint64_t crc;
    if (!read_u64(env, argv[0], &crc)) {
        napi_throw_type_error(env, NULL, "crcClose: argument 'crc'");
        return NULL;
    }
    weaveheap_error err = {0, NULL};
zpack_crc_close((zpack_crc_t)crc, &err);
    if (err.code) return throw_error(env, &err);
    napi_value out = NULL;
    napi_get_undefined(env, &out);
    return out;
}

NAPI_MODULE_INIT() {
    static const struct { const char* name; napi_callback fn; } natives[] = {
        {"init", init},
        {"crc32", flat_crc32},
        {"deflate", flat_deflate},
        {"inflate", flat_inflate},
        {"inflateInto", flat_inflateInto},
        {"crcCreate", flat_crcCreate},
        {"crcUpdate", flat_crcUpdate},
        {"crcValue", flat_crcValue},
        {"crcClose", flat_crcClose},
    };
    for (size_t i = 0; i < sizeof natives / sizeof natives[0]; i++) {
        napi_value fn;
        if (napi_create_function(env, natives[i].name, NAPI_AUTO_LENGTH, natives[i].fn, NULL, &fn) != napi_ok ||
            napi_set_named_property(env, exports, natives[i].name, fn) != napi_ok)
            return NULL;
    }
    return exports;
}
