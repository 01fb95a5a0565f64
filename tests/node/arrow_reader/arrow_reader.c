/* A test-only N-API addon that reads Arrow C Data / C Stream structs at raw
 * addresses, as a user's Arrow importer would: the Node test of
 * exportArrow() / exportArrowStream() (arrow.test.js) reads the structs the
 * package hands out through the spec's layout alone, and moves an array as a
 * consumer does. Nothing of the core's or of the package's is included: the structs are
 * the core tests' copy of the spec's. */
#define NAPI_VERSION 8
#include <node_api.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arrow_spec.h" /* the spec's structs, as a consumer declares them (tests/core) */

static void* address_arg(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    uint64_t v = 0;
    bool lossless = false;
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 1 ||
        napi_get_value_bigint_uint64(env, argv[0], &v, &lossless) != napi_ok || !lossless || v == 0) {
        napi_throw_type_error(env, NULL, "an address (a non-zero bigint) is expected");
        return NULL;
    }
    return (void*)(uintptr_t)v;
}

static napi_value big(napi_env env, const void* p) {
    napi_value r;
    napi_create_bigint_uint64(env, (uint64_t)(uintptr_t)p, &r);
    return r;
}

static napi_value num(napi_env env, int64_t v) {
    napi_value r;
    napi_create_int64(env, v, &r);
    return r;
}

static void set(napi_env env, napi_value o, const char* name, napi_value v) {
    napi_set_named_property(env, o, name, v);
}

/* readSchema(address) -> {format, name, flags, nChildren, released, children: [address]} */
static napi_value read_schema(napi_env env, napi_callback_info info) {
    struct ArrowSchema* s = address_arg(env, info);
    napi_value o, t, list;
    if (!s) return NULL;
    napi_create_object(env, &o);
    napi_get_boolean(env, s->release == NULL, &t);
    set(env, o, "released", t);
    if (s->release == NULL) return o;
    napi_create_string_utf8(env, s->format, NAPI_AUTO_LENGTH, &t);
    set(env, o, "format", t);
    napi_create_string_utf8(env, s->name ? s->name : "", NAPI_AUTO_LENGTH, &t);
    set(env, o, "name", t);
    set(env, o, "flags", num(env, s->flags));
    set(env, o, "nChildren", num(env, s->n_children));
    napi_create_array_with_length(env, (size_t)s->n_children, &list);
    for (int64_t i = 0; i < s->n_children; i++) napi_set_element(env, list, (uint32_t)i, big(env, s->children[i]));
    set(env, o, "children", list);
    return o;
}

/* readArray(address) -> {length, nullCount, offset, nBuffers, nChildren,
 * buffers: [address], children: [address], released} */
static napi_value read_array(napi_env env, napi_callback_info info) {
    struct ArrowArray* a = address_arg(env, info);
    napi_value o, t, list;
    if (!a) return NULL;
    napi_create_object(env, &o);
    napi_get_boolean(env, a->release == NULL, &t);
    set(env, o, "released", t);
    if (a->release == NULL) return o;
    set(env, o, "length", num(env, a->length));
    set(env, o, "nullCount", num(env, a->null_count));
    set(env, o, "offset", num(env, a->offset));
    set(env, o, "nBuffers", num(env, a->n_buffers));
    set(env, o, "nChildren", num(env, a->n_children));
    napi_create_array_with_length(env, (size_t)a->n_buffers, &list);
    for (int64_t i = 0; i < a->n_buffers; i++) napi_set_element(env, list, (uint32_t)i, big(env, a->buffers[i]));
    set(env, o, "buffers", list);
    napi_create_array_with_length(env, (size_t)a->n_children, &list);
    for (int64_t i = 0; i < a->n_children; i++) napi_set_element(env, list, (uint32_t)i, big(env, a->children[i]));
    set(env, o, "children", list);
    return o;
}

/* readInt64(address, index): a value of an int64 buffer. */
static napi_value read_int64(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    uint64_t v = 0;
    int64_t i = 0;
    bool lossless = false;
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 2 ||
        napi_get_value_bigint_uint64(env, argv[0], &v, &lossless) != napi_ok || !lossless || v == 0 ||
        napi_get_value_int64(env, argv[1], &i) != napi_ok) {
        napi_throw_type_error(env, NULL, "readInt64(address, index)");
        return NULL;
    }
    int64_t x;
    memcpy(&x, (const char*)(uintptr_t)v + i * 8, 8);
    return num(env, x);
}

/* moveArray(address) -> the address of a copy on the heap, the source marked
 * released: what a consumer does when it takes the array. */
static napi_value move_array(napi_env env, napi_callback_info info) {
    struct ArrowArray* a = address_arg(env, info);
    if (!a) return NULL;
    struct ArrowArray* moved = malloc(sizeof *moved);
    if (!moved) {
        napi_throw_error(env, NULL, "no memory");
        return NULL;
    }
    *moved = *a;
    a->release = NULL;
    return big(env, moved);
}

/* releaseMoved(address): the consumer's release of a moved array, then its free. */
static napi_value release_moved(napi_env env, napi_callback_info info) {
    struct ArrowArray* a = address_arg(env, info);
    if (!a) return NULL;
    if (a->release) a->release(a);
    free(a);
    return NULL;
}

NAPI_MODULE_INIT() {
    static const struct {
        const char* name;
        napi_callback fn;
    } fns[] = {{"readSchema", read_schema}, {"readArray", read_array}, {"readInt64", read_int64},
               {"moveArray", move_array}, {"releaseMoved", release_moved}};
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
        napi_value f;
        if (napi_create_function(env, fns[i].name, NAPI_AUTO_LENGTH, fns[i].fn, NULL, &f) != napi_ok ||
            napi_set_named_property(env, exports, fns[i].name, f) != napi_ok)
            return NULL;
    }
    return exports;
}
