/* Conversions, errors and zero-copy views shared by the generated N-API
 * functions (weaveheap_napi_helpers.h). */
#define _GNU_SOURCE /* dladdr */
#include "weaveheap_napi_helpers.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__unix__) || defined(__APPLE__)
#include <dlfcn.h>
#include <pthread.h>
#define WEAVEHEAP__HAS_DLOPEN 1
#endif

#include "weaveheap_v8_views.h"

/* -- per-environment state (one per main thread or worker) ------------------ */
typedef struct weaveheap__napi_view weaveheap__napi_view;
typedef struct weaveheap__napi_env {
    napi_ref errors;        /* the layer's error classes, indexed by code */
    napi_ref token_ref, meta_ref;
    uint64_t* token;        /* the layer's BigUint64Array(1): a new view's token */
    double* meta;           /* its Float64Array(4): flags, byteOffset, byteLength, slot */
    bool no_external;       /* WH_NO_EXTERNAL_ENV: act as a runtime that refuses
                               external buffers (Electron's sandbox) */
    const weaveheap_v8_views* v8_views;  /* the V8 companion, when this Node.js is its own */
    weaveheap__napi_view** views;   /* open views by token */
    size_t cap, count;
    size_t refs;            /* 1 for the environment, 1 per view */
} weaveheap__napi_env;

/* Freed when the environment is gone and the last view's finalizer ran
 * (finalizers may run after the environment's own, at teardown). */
static void env_unref(weaveheap__napi_env* e) {
    if (--e->refs == 0) {
        free(e->views);
        free(e);
    }
}

static weaveheap__napi_env* env_of(napi_env env) {
    void* data = NULL;
    napi_get_instance_data(env, &data);
    return data;
}

/* -- errors ------------------------------------------------------------------ */

void weaveheap__napi_throw_code(napi_env env, int32_t code, const char* message) {
    bool pending = false;
    napi_value msg, classes, ctor = NULL, error, errno_value;
    napi_valuetype type = napi_undefined;
    weaveheap__napi_env* e = env_of(env);
    if (napi_is_exception_pending(env, &pending) != napi_ok || pending) return;
    if (napi_create_string_utf8(env, message ? message : wh_strerror(code), NAPI_AUTO_LENGTH, &msg) != napi_ok)
        return;
    if (e && e->errors && napi_get_reference_value(env, e->errors, &classes) == napi_ok && classes &&
        code >= 0 && napi_get_element(env, classes, (uint32_t)code, &ctor) == napi_ok &&
        napi_typeof(env, ctor, &type) == napi_ok && type == napi_function &&
        napi_new_instance(env, ctor, 1, &msg, &error) == napi_ok) {
        napi_throw(env, error);
        return;
    }
    /* before init: a plain Error carrying .errno */
    if (napi_create_error(env, NULL, msg, &error) == napi_ok &&
        napi_create_int32(env, code, &errno_value) == napi_ok &&
        napi_set_named_property(env, error, "errno", errno_value) == napi_ok)
        napi_throw(env, error);
}

void weaveheap__napi_throw(napi_env env, wh_error* err) {
    weaveheap__napi_throw_code(env, err->code, err->message);
    wh_error_clear(err);
}

void weaveheap__napi_throw_fmt(napi_env env, int32_t code, const char* fmt, ...) {
    char buf[320];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    weaveheap__napi_throw_code(env, code, buf);
}

napi_value weaveheap__napi_failed(napi_env env) {
    const napi_extended_error_info* info = NULL;
    napi_get_last_error_info(env, &info);
    weaveheap__napi_throw_fmt(env, WH_ERR_ARGUMENT, "N-API call failed: %s",
                              info && info->error_message ? info->error_message : "unknown error");
    return NULL;
}

/* A pending exception Node left behind (a refused buffer) is dropped: ours follows. */
static void clear_pending(napi_env env) {
    bool pending = false;
    napi_is_exception_pending(env, &pending);
    if (pending) {
        napi_value ignored;
        napi_get_and_clear_last_exception(env, &ignored);
    }
}

/* -- arguments --------------------------------------------------------------- */

static const char* type_name(napi_env env, napi_value v) {
    napi_valuetype t = napi_undefined;
    napi_typeof(env, v, &t);
    static const char* const names[] = {"undefined", "null",   "boolean",  "number",   "string",
                                        "symbol",    "object", "function", "external", "bigint"};
    return (size_t)t < sizeof names / sizeof names[0] ? names[t] : "value";
}

bool weaveheap__napi_get_handle(napi_env env, napi_value v, const char* what, uint64_t* out) {
    bool lossless = false;
    if (napi_get_value_bigint_uint64(env, v, out, &lossless) != napi_ok) {
        weaveheap__napi_throw_fmt(env, WH_ERR_ARGUMENT, "%s must be a handle (a bigint), not %s", what,
                                  type_name(env, v));
        return false;
    }
    if (!lossless) {
        weaveheap__napi_throw_fmt(env, WH_ERR_ARGUMENT, "%s must be a handle: a bigint in [0, 2^64)", what);
        return false;
    }
    return true;
}

bool weaveheap__napi_get_u64(napi_env env, napi_value v, const char* what, uint64_t* out) {
    napi_valuetype t = napi_undefined;
    napi_typeof(env, v, &t);
    if (t == napi_number) {
        double d = 0;
        napi_get_value_double(env, v, &d);
        if (!(d >= 0) || d >= 18446744073709551616.0 || d != (double)(uint64_t)d) {
            weaveheap__napi_throw_fmt(env, WH_ERR_ARGUMENT, "%s must be an integer in [0, 2^64), not %g", what, d);
            return false;
        }
        *out = (uint64_t)d;
        return true;
    }
    if (t == napi_bigint) {
        bool lossless = false;
        napi_get_value_bigint_uint64(env, v, out, &lossless);
        if (!lossless) {
            weaveheap__napi_throw_fmt(env, WH_ERR_ARGUMENT, "%s must be an integer in [0, 2^64)", what);
            return false;
        }
        return true;
    }
    weaveheap__napi_throw_fmt(env, WH_ERR_ARGUMENT, "%s must be a number or a bigint, not %s", what,
                              type_name(env, v));
    return false;
}

bool weaveheap__napi_get_int(napi_env env, napi_value v, const char* what, int64_t lo, int64_t hi, int64_t* out) {
    napi_valuetype t = napi_undefined;
    napi_typeof(env, v, &t);
    if (t == napi_number) {
        double d = 0;
        napi_get_value_double(env, v, &d);
        if (!(d >= (double)lo && d <= (double)hi && d < 9223372036854775808.0) || d != (double)(int64_t)d) {
            weaveheap__napi_throw_fmt(env, WH_ERR_ARGUMENT, "%s must be an integer in [%lld, %lld], not %g", what,
                                      (long long)lo, (long long)hi, d);
            return false;
        }
        *out = (int64_t)d;
        return true;
    }
    if (t == napi_bigint) {
        bool lossless = false;
        napi_get_value_bigint_int64(env, v, out, &lossless);
        if (!lossless || *out < lo || *out > hi) {
            weaveheap__napi_throw_fmt(env, WH_ERR_ARGUMENT, "%s must be an integer in [%lld, %lld]", what,
                                      (long long)lo, (long long)hi);
            return false;
        }
        return true;
    }
    weaveheap__napi_throw_fmt(env, WH_ERR_ARGUMENT, "%s must be a number, not %s", what, type_name(env, v));
    return false;
}

bool weaveheap__napi_get_bool(napi_env env, napi_value v, const char* what, bool* out) {
    if (napi_get_value_bool(env, v, out) != napi_ok) {
        weaveheap__napi_throw_fmt(env, WH_ERR_ARGUMENT, "%s must be a boolean, not %s", what, type_name(env, v));
        return false;
    }
    return true;
}

bool weaveheap__napi_get_double(napi_env env, napi_value v, const char* what, double* out) {
    if (napi_get_value_double(env, v, out) != napi_ok) {
        weaveheap__napi_throw_fmt(env, WH_ERR_ARGUMENT, "%s must be a number, not %s", what, type_name(env, v));
        return false;
    }
    return true;
}

static size_t element_size(napi_typedarray_type t) {
    switch (t) {
    case napi_int16_array: case napi_uint16_array: return 2;
    case napi_int32_array: case napi_uint32_array: case napi_float32_array: return 4;
    case napi_float64_array: case napi_bigint64_array: case napi_biguint64_array: return 8;
    default: return 1;
    }
}

/* The memory of a TypedArray, DataView or ArrayBuffer (a detached one is empty). */
static bool memory_of(napi_env env, napi_value v, void** data, size_t* len, bool* is_memory) {
    bool is = false;
    *is_memory = true;
    if (napi_is_typedarray(env, v, &is) == napi_ok && is) {
        napi_typedarray_type t;
        if (napi_get_typedarray_info(env, v, &t, len, data, NULL, NULL) != napi_ok) return false;
        *len *= element_size(t);
        return true;
    }
    if (napi_is_dataview(env, v, &is) == napi_ok && is) return napi_get_dataview_info(env, v, len, data, NULL, NULL) == napi_ok;
    if (napi_is_arraybuffer(env, v, &is) == napi_ok && is) return napi_get_arraybuffer_info(env, v, data, len) == napi_ok;
    *is_memory = false;
    return true;
}

bool weaveheap__napi_get_memory(napi_env env, napi_value v, const char* what, weaveheap__napi_memory* out) {
    void* p = NULL;
    size_t n = 0;
    bool is_memory = false;
    if (!memory_of(env, v, &p, &n, &is_memory)) {
        weaveheap__napi_failed(env);
        return false;
    }
    if (!is_memory) {
        weaveheap__napi_throw_fmt(env, WH_ERR_ARGUMENT, "%s must be a TypedArray, DataView or ArrayBuffer, not %s",
                                  what, type_name(env, v));
        return false;
    }
    out->data = p;
    out->len = n;
    return true;
}

/* A string's UTF-8 in a fresh allocation the caller frees. */
static char* utf8_copy(napi_env env, napi_value v, const char* what, size_t* len) {
    size_t n = 0;
    if (napi_get_value_string_utf8(env, v, NULL, 0, &n) != napi_ok) {
        weaveheap__napi_failed(env);
        return NULL;
    }
    char* s = malloc(n + 1);
    if (!s) {
        weaveheap__napi_throw_fmt(env, WH_ERR_MEMORY, "%s: no memory for %zu bytes of UTF-8", what, n);
        return NULL;
    }
    napi_get_value_string_utf8(env, v, s, n + 1, &n);
    *len = n;
    return s;
}

bool weaveheap__napi_get_bytes(napi_env env, napi_value v, const char* what, weaveheap__napi_bytes* out) {
    napi_valuetype t = napi_undefined;
    out->owned = NULL;
    napi_typeof(env, v, &t);
    if (t == napi_string) {
        size_t n = 0;
        out->owned = utf8_copy(env, v, what, &n);
        out->data = (const uint8_t*)out->owned;
        out->len = n;
        return out->owned != NULL;
    }
    weaveheap__napi_memory m;
    if (!weaveheap__napi_get_memory(env, v, what, &m)) return false;
    out->data = m.data;
    out->len = m.len;
    return true;
}

void weaveheap__napi_bytes_free(weaveheap__napi_bytes* b) { free(b->owned); }

bool weaveheap__napi_get_text(napi_env env, napi_value v, const char* what, weaveheap__napi_text* out) {
    napi_valuetype t = napi_undefined;
    size_t n = 0;
    out->text = NULL;
    napi_typeof(env, v, &t);
    if (t != napi_string) {
        weaveheap__napi_throw_fmt(env, WH_ERR_ARGUMENT, "%s must be a string, not %s", what, type_name(env, v));
        return false;
    }
    out->text = utf8_copy(env, v, what, &n);
    return out->text != NULL;
}

void weaveheap__napi_text_free(weaveheap__napi_text* t) { free(t->text); }

bool weaveheap__napi_get_object(napi_env env, napi_value v, const char* what, bool* present) {
    napi_valuetype t = napi_undefined;
    *present = false;
    napi_typeof(env, v, &t);
    if (t == napi_undefined || t == napi_null) return true;
    if (t != napi_object) {
        weaveheap__napi_throw_fmt(env, WH_ERR_ARGUMENT, "%s must be an object, not %s", what, type_name(env, v));
        return false;
    }
    *present = true;
    return true;
}

bool weaveheap__napi_require_object(napi_env env, bool present, const char* what) {
    if (!present) weaveheap__napi_throw_fmt(env, WH_ERR_ARGUMENT, "%s must be an object", what);
    return present;
}

bool weaveheap__napi_get_field(napi_env env, napi_value object, const char* name, napi_value* out) {
    if (napi_get_named_property(env, object, name, out) != napi_ok) {
        weaveheap__napi_failed(env);
        return false;
    }
    return true;
}

/* -- results ----------------------------------------------------------------- */

napi_value weaveheap__napi_make_u32(napi_env env, uint32_t v) {
    napi_value r;
    return napi_create_uint32(env, v, &r) == napi_ok ? r : weaveheap__napi_failed(env);
}

napi_value weaveheap__napi_make_i32(napi_env env, int32_t v) {
    napi_value r;
    return napi_create_int32(env, v, &r) == napi_ok ? r : weaveheap__napi_failed(env);
}

napi_value weaveheap__napi_make_number(napi_env env, double v) {
    napi_value r;
    return napi_create_double(env, v, &r) == napi_ok ? r : weaveheap__napi_failed(env);
}

napi_value weaveheap__napi_make_bool(napi_env env, bool v) {
    napi_value r;
    return napi_get_boolean(env, v, &r) == napi_ok ? r : weaveheap__napi_failed(env);
}

napi_value weaveheap__napi_make_handle(napi_env env, uint64_t v) {
    napi_value r;
    return napi_create_bigint_uint64(env, v, &r) == napi_ok ? r : weaveheap__napi_failed(env);
}

napi_value weaveheap__napi_make_static_text(napi_env env, const char* text) {
    napi_value r;
    return napi_create_string_utf8(env, text, NAPI_AUTO_LENGTH, &r) == napi_ok ? r : weaveheap__napi_failed(env);
}

napi_value weaveheap__napi_take_text(napi_env env, char* text) {
    napi_value r;
    napi_status st = napi_create_string_utf8(env, text, NAPI_AUTO_LENGTH, &r);
    wh_free_text(text);
    return st == napi_ok ? r : weaveheap__napi_failed(env);
}

bool weaveheap__napi_set(napi_env env, napi_value object, const char* name, napi_value value) {
    if (!value) return false;
    if (napi_set_named_property(env, object, name, value) != napi_ok) {
        weaveheap__napi_failed(env);
        return false;
    }
    return true;
}

/* Bytes adopted by an external ArrayBuffer. Node calls the finalizer at once
 * when it cannot make the buffer (too large): while `creating`, the finalizer
 * only notes that, and the caller keeps the bytes. */
typedef struct adopted_bytes {
    uint8_t* data;
    uint64_t len;
    bool creating;
} adopted_bytes;

static void free_adopted(napi_env env, void* data, void* hint) {
    (void)env;
    (void)data;
    adopted_bytes* a = hint;
    if (a->creating) return;
    wh_free_bytes(a->data, a->len);
    free(a);
}

/* Large results are adopted as they are (freed when collected), small ones
 * copied (an external buffer costs more than the copy). */
napi_value weaveheap__napi_take_bytes(napi_env env, uint8_t* data, uint64_t len) {
    napi_value ab = NULL, array = NULL;
    napi_status st = napi_generic_failure;
    adopted_bytes* a = NULL;
    if (len >= 65536 && len <= SIZE_MAX && !env_of(env)->no_external && (a = malloc(sizeof *a)) != NULL) {
        a->data = data;
        a->len = len;
        a->creating = true;
        st = napi_create_external_arraybuffer(env, data, (size_t)len, free_adopted, a, &ab);
        a->creating = false;
        if (st != napi_ok) free(a);
    }
    if (st != napi_ok) {
        void* copy = NULL;
        clear_pending(env);
        if (len <= SIZE_MAX) st = napi_create_arraybuffer(env, (size_t)len, &copy, &ab);
        if (st == napi_ok && len) memcpy(copy, data, (size_t)len);
        wh_free_bytes(data, len);
        if (st != napi_ok) {
            clear_pending(env);
            weaveheap__napi_throw_fmt(env, WH_ERR_MEMORY, "%llu bytes do not fit in a JavaScript ArrayBuffer",
                                      (unsigned long long)len);
            return NULL;
        }
    }
    if (napi_create_typedarray(env, napi_uint8_array, (size_t)len, ab, 0, &array) != napi_ok)
        return weaveheap__napi_failed(env);
    return array;
}

/* -- views ------------------------------------------------------------------ */
/*
 * A view is an external ArrayBuffer over the memory a borrow token lends. Its
 * state (below) is the ArrayBuffer's finalize hint, and this environment's
 * table finds it by token when JavaScript closes the view. The borrow ends at
 * the first of:
 *   - release (View.close()): ends the borrow, then detaches the ArrayBuffer,
 *     so JavaScript can never reach the memory again;
 *   - the ArrayBuffer's finalizer, once nothing references it (neither the
 *     view nor any other TypedArray over the same buffer).
 * The finalizer frees the state. A view costs one external ArrayBuffer and
 * one small allocation: no napi_ref, no wrapper object.
 *
 * Where the runtime refuses external buffers (napi_no_external_buffers_allowed,
 * as in Electron's V8 sandbox), the view is a copy made through the core's
 * own copying functions, so that the copy counters see it; a unique view of a
 * writable object is written back at release. The borrow is still held, so
 * the borrow rules hold as they do for zero-copy views; a finalizer added to
 * the copy ends it.
 */
struct weaveheap__napi_view {
    wh_handle token;     /* the borrow */
    wh_handle target;    /* what it borrows */
    uint8_t* data;       /* what the ArrayBuffer covers: the core's memory, or a copy */
    uint8_t* lent;       /* what the core lent */
    uint64_t length;
    weaveheap__napi_env* env;   /* whose table lists it while it is open */
    const weaveheap__napi_class* cls;
    bool released, unique, writable, copy;
    bool creating;       /* inside napi_create_external_arraybuffer */
};

/* -- the table of open views: token -> state, open addressing ---------------- */

static size_t slot_of(const weaveheap__napi_env* e, uint64_t token) {
    uint64_t x = token * 0x9e3779b97f4a7c15ull;
    return (size_t)(x >> 32) & (e->cap - 1);
}

static weaveheap__napi_view* views_find(const weaveheap__napi_env* e, uint64_t token) {
    if (!e->cap) return NULL;
    for (size_t i = slot_of(e, token);; i = (i + 1) & (e->cap - 1)) {
        if (!e->views[i]) return NULL;
        if (e->views[i]->token == token) return e->views[i];
    }
}

static bool views_put(weaveheap__napi_env* e, weaveheap__napi_view* s) {
    if (2 * (e->count + 1) > e->cap) {
        size_t cap = e->cap ? 2 * e->cap : 64;
        weaveheap__napi_view** old = e->views;
        size_t old_cap = e->cap;
        weaveheap__napi_view** fresh = calloc(cap, sizeof *fresh);
        if (!fresh) return false;
        e->views = fresh;
        e->cap = cap;
        for (size_t i = 0; i < old_cap; i++) {
            if (!old[i]) continue;
            size_t j = slot_of(e, old[i]->token);
            while (fresh[j]) j = (j + 1) & (cap - 1);
            fresh[j] = old[i];
        }
        free(old);
    }
    size_t i = slot_of(e, s->token);
    while (e->views[i]) i = (i + 1) & (e->cap - 1);
    e->views[i] = s;
    e->count++;
    return true;
}

/* Removes s, shifting the entries after it back into place (no tombstones). */
static void views_remove(weaveheap__napi_env* e, weaveheap__napi_view* s) {
    size_t mask = e->cap - 1, i = slot_of(e, s->token);
    while (e->views[i] != s) i = (i + 1) & mask;
    e->views[i] = NULL;
    e->count--;
    for (size_t j = (i + 1) & mask; e->views[j]; j = (j + 1) & mask) {
        size_t home = slot_of(e, e->views[j]->token);
        /* move j to the hole at i when its home is not in (i, j] cyclically */
        if (((j - home) & mask) >= ((j - i) & mask)) {
            e->views[i] = e->views[j];
            e->views[j] = NULL;
            i = j;
        }
    }
}

/* Ends a view's borrow once: from release, abandon or its finalizer. */
static void view_end(weaveheap__napi_view* s) {
    if (s->released) return;
    s->released = true;
    wh_borrow_release(s->token, NULL);
    if (s->env) views_remove(s->env, s);
}

/* The ArrayBuffer is gone (collected, or detached after release): the borrow
 * ends here unless release ended it, and the state goes. */
static void view_finalize(napi_env env, void* data, void* hint) {
    (void)env;
    (void)data;
    weaveheap__napi_view* s = hint;
    weaveheap__napi_env* e = s->env;
    /* Node calls it at once when it cannot make the buffer (too large): the
     * caller cleans up then. */
    if (s->creating) return;
    view_end(s);
    free(s);
    if (e) env_unref(e);
}

/* Copies a whole object into `dst` through the core, which counts the copy. */
static void copy_out(weaveheap__napi_view* s, uint8_t* dst, wh_error* err) {
    const weaveheap__napi_class* c = s->cls;
    if (c->copy == WEAVEHEAP__NAPI_COPY_READ) {
        c->read(s->target, 0, dst, s->length, err);
    } else if (c->copy == WEAVEHEAP__NAPI_COPY_DUP_BYTES) {
        uint64_t n = 0;
        uint8_t* p = c->dup_bytes(s->target, &n, err);
        if (p) {
            memcpy(dst, p, (size_t)(n < s->length ? n : s->length));
            wh_free_bytes(p, n);
        }
    } else {
        char* p = c->dup_text(s->target, err);
        if (p) {
            memcpy(dst, p, (size_t)s->length);
            wh_free_text(p);
        }
    }
}

static const weaveheap__napi_class* class_of(int64_t kind) {
    for (size_t i = 0; i < weaveheap__napi_class_count; i++)
        if (weaveheap__napi_classes[i].kind == kind) return &weaveheap__napi_classes[i];
    return NULL;
}

/* Tells the layer what view() made: the token, and flags (1 writable, 2
 * copied), byte offset and length. */
static void view_out(weaveheap__napi_env* e, const weaveheap__napi_view* s) {
    e->token[0] = s->token;
    e->meta[0] = (s->writable ? 1 : 0) | (s->copy ? 2 : 0);
    e->meta[1] = 0;
    e->meta[2] = (double)s->length;
    e->meta[3] = 0;   /* the table finds views by token */
}

/* Takes a borrow of `target` with `take`, after the class's probe had the
 * core check the handle is one of the class (a Bytes adopting a buffer's
 * handle is the core's wrong_kind, not a writable view), unless `checked`:
 * the core said so at an earlier view of the same wrapper. `element` is the
 * element size of the TypedArray JavaScript lays over it: address and length
 * must suit it. A borrow taken is given back whenever the view cannot be made. */
napi_value weaveheap__napi_view_take(napi_env env, napi_callback_info info, weaveheap__napi_take take, bool unique) {
    napi_value argv[4], ab = NULL;
    size_t argc = 4;
    wh_handle target = 0;
    int64_t element = 1, kind = 0;
    bool checked = false;
    wh_error err = {0, NULL};
    wh_view view = {NULL, 0, false};
    napi_status st = napi_no_external_buffers_allowed;
    weaveheap__napi_env* e = env_of(env);
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "view(): the receiver", &target)) return NULL;
    if (!weaveheap__napi_get_int(env, argv[1], "view(): the kind", 0, INT32_MAX, &kind)) return NULL;
    if (!weaveheap__napi_get_int(env, argv[2], "view(): the element size", 1, 8, &element)) return NULL;
    if (argc >= 4 && !weaveheap__napi_get_bool(env, argv[3], "view(): checked", &checked)) return NULL;
    const weaveheap__napi_class* cls = class_of(kind);
    if (!cls || !e->token) {
        weaveheap__napi_throw_code(env, WH_ERR_ARGUMENT, cls ? "view(): the module is not initialised (init)"
                                                             : "view(): not a kind that has views");
        return NULL;
    }
    if (!checked) cls->probe(target, &err);
    if (err.code == 0) {
        wh_handle token = take(target, &view, &err);
        if (err.code == 0 && ((uintptr_t)view.data % (uint64_t)element != 0 || view.length % (uint64_t)element != 0)) {
            wh_borrow_release(token, NULL);
            if ((uintptr_t)view.data % (uint64_t)element != 0)
                weaveheap__napi_throw_fmt(env, WH_ERR_ARGUMENT,
                                          "view(): handle 0x%016llx is not aligned for %d-byte elements (allocate "
                                          "it with align >= %d)", (unsigned long long)target, (int)element,
                                          (int)element);
            else
                weaveheap__napi_throw_fmt(env, WH_ERR_ARGUMENT,
                                          "view(): handle 0x%016llx has %llu bytes, not a multiple of the %d-byte "
                                          "element", (unsigned long long)target, (unsigned long long)view.length,
                                          (int)element);
            return NULL;
        }
        if (err.code == 0) {
            weaveheap__napi_view* s = calloc(1, sizeof *s);
            if (s) s->token = token;
            if (!s || !views_put(e, s)) {
                wh_borrow_release(token, NULL);
                free(s);
                weaveheap__napi_throw_code(env, WH_ERR_MEMORY, "view(): no memory for the view's state");
                return NULL;
            }
            s->target = target;
            s->length = view.length;
            s->lent = view.data;
            s->unique = unique;
            s->writable = view.writable;
            s->env = e;
            s->cls = cls;
            e->refs++;
            if (view.length > SIZE_MAX) {
                st = napi_invalid_arg;
            } else if (e->no_external) {
                /* st is napi_no_external_buffers_allowed: a copy, below */
            } else if (e->v8_views) {
                /* Lent memory V8 does not count (weaveheap_v8_views.cc): the
                 * finalizer is N-API's, as for a copy. */
                st = view.length <= e->v8_views->max_length
                         ? e->v8_views->lend(env, view.data, (size_t)view.length, &ab)
                         : napi_invalid_arg;
                if (st == napi_ok && napi_add_finalizer(env, ab, s, view_finalize, s, NULL) != napi_ok) {
                    view_finalize(env, NULL, s);
                    return weaveheap__napi_failed(env);
                }
            } else {
                s->creating = true;
                st = napi_create_external_arraybuffer(env, view.data, (size_t)view.length, view_finalize, s, &ab);
                s->creating = false;
            }
            if (st == napi_ok) {
                s->data = view.data;
            } else if (st == napi_no_external_buffers_allowed) {
                void* copy = NULL;
                clear_pending(env);
                /* The core copies only what no unique borrow holds: copy between
                 * a release and a new borrow (JavaScript runs nothing in between). */
                s->copy = true;
                view_end(s);
                if (napi_create_arraybuffer(env, (size_t)view.length, &copy, &ab) != napi_ok) {
                    view_finalize(env, NULL, s);
                    return weaveheap__napi_failed(env);
                }
                s->data = copy;
                copy_out(s, copy, &err);
                if (err.code == 0) s->token = take(target, &view, &err);
                if (err.code != 0) {
                    view_finalize(env, NULL, s);
                    weaveheap__napi_throw(env, &err);
                    return NULL;
                }
                s->lent = view.data;
                s->released = false;
                if (!views_put(e, s)) {
                    s->env = NULL; /* not listed: end the borrow without the table */
                    view_finalize(env, NULL, s);
                    env_unref(e);
                    weaveheap__napi_throw_code(env, WH_ERR_MEMORY, "view(): no memory for the view's state");
                    return NULL;
                }
                if (napi_add_finalizer(env, ab, s, view_finalize, s, NULL) != napi_ok) {
                    view_finalize(env, NULL, s);
                    return weaveheap__napi_failed(env);
                }
            } else {
                view_finalize(env, NULL, s);
                clear_pending(env);
                weaveheap__napi_throw_fmt(env, WH_ERR_ARGUMENT, "view(): %llu bytes do not fit in a JavaScript "
                                          "ArrayBuffer", (unsigned long long)view.length);
                return NULL;
            }
            view_out(e, s);
            return ab;
        }
    }
    weaveheap__napi_throw(env, &err);
    return NULL;
}

/* A token no open view of this environment holds: the core says what it is
 * (stale after a first release ...); a live one is never released here, for
 * its memory may be in use elsewhere (another worker's view of it). */
static napi_value release_foreign(napi_env env, wh_handle token) {
    wh_error err = {0, NULL};
    wh_kind_of(token, &err);
    if (err.code != 0)
        weaveheap__napi_throw(env, &err);
    else
        weaveheap__napi_throw_fmt(env, WH_ERR_ARGUMENT, "%s: borrow 0x%016llx is not a view of this thread's",
                                  WH_VIEW_RELEASE_PATH, (unsigned long long)token);
    return NULL;
}

napi_value weaveheap__napi_view_release(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    wh_handle token = 0;
    void* data = NULL;
    size_t len = 0;
    napi_valuetype t = napi_undefined;
    wh_error err = {0, NULL};
    weaveheap__napi_env* e = env_of(env);
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], WH_VIEW_RELEASE_PATH ": the token", &token)) return NULL;
    weaveheap__napi_view* s = views_find(e, token);
    napi_typeof(env, argv[1], &t);
    if (t == napi_null || t == napi_undefined) {
        if (!s) return release_foreign(env, token);
        weaveheap__napi_throw_fmt(env, WH_ERR_ARGUMENT, "%s: borrow 0x%016llx is held by an open view: close "
                                  "that view", WH_VIEW_RELEASE_PATH, (unsigned long long)token);
        return NULL;
    }
    if (!s) return release_foreign(env, token);
    if (napi_get_arraybuffer_info(env, argv[1], &data, &len) != napi_ok || len != s->length ||
        (len && data != s->data)) {
        weaveheap__napi_throw_fmt(env, WH_ERR_ARGUMENT, "%s: this is not the view of borrow 0x%016llx",
                                  WH_VIEW_RELEASE_PATH, (unsigned long long)token);
        return NULL;
    }
    view_end(s);
    if (s->copy && s->unique && s->writable && s->cls->write_back) {
        s->cls->write_back(s->target, 0, s->data, s->length, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            return NULL;
        }
    }
    if (napi_detach_arraybuffer(env, argv[1]) != napi_ok) return weaveheap__napi_failed(env);
    return NULL;
}

/* The layer could not make the view of a borrow it was given: give it back.
 * The ArrayBuffer, never handed out, frees the state when collected. */
static napi_value view_abandon(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    wh_handle token = 0;
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "view_abandon(): the token", &token)) return NULL;
    weaveheap__napi_view* s = views_find(env_of(env), token);
    if (s) view_end(s);
    return NULL;
}

/* -- addresses, for the tests that prove a view is the core's memory ---------- */

/* The address of a TypedArray's (DataView's, ArrayBuffer's) first byte. */
static napi_value address_of(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    weaveheap__napi_memory m;
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_memory(env, argv[0], "addressOf(): the array", &m)) return NULL;
    return weaveheap__napi_make_number(env, (double)(uintptr_t)m.data);
}

/* The address the core lends for an object: a shared borrow, given back. */
static napi_value core_address_of(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    wh_handle target = 0;
    wh_view view = {NULL, 0, false};
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "coreAddressOf(): the object", &target)) return NULL;
    wh_handle token = wh_borrow_shared(target, &view, &err);
    if (err.code != 0) {
        weaveheap__napi_throw(env, &err);
        return NULL;
    }
    wh_borrow_release(token, NULL);
    return weaveheap__napi_make_number(env, (double)(uintptr_t)view.data);
}

/* -- registration ----------------------------------------------------------- */

/* The layer passes its error classes, indexed by code, before any call can
 * fail, and the arrays in which view() leaves a view's token and meta
 * (ArrayBuffer-backed arrays: their memory never moves). */
static napi_value init(napi_env env, napi_callback_info info) {
    napi_value argv[3];
    size_t argc = 3;
    bool is_array = false, is_typed = false;
    napi_typedarray_type type;
    size_t length = 0;
    void *token = NULL, *meta = NULL;
    weaveheap__napi_env* e = env_of(env);
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (argc < 3 || napi_is_array(env, argv[0], &is_array) != napi_ok || !is_array ||
        napi_is_typedarray(env, argv[1], &is_typed) != napi_ok || !is_typed ||
        napi_get_typedarray_info(env, argv[1], &type, &length, &token, NULL, NULL) != napi_ok ||
        type != napi_biguint64_array || length < 1 ||
        napi_is_typedarray(env, argv[2], &is_typed) != napi_ok || !is_typed ||
        napi_get_typedarray_info(env, argv[2], &type, &length, &meta, NULL, NULL) != napi_ok ||
        type != napi_float64_array || length < 4) {
        weaveheap__napi_throw_code(env, WH_ERR_ARGUMENT,
                                   "init expects the error classes, a BigUint64Array(1) and a Float64Array(4)");
        return NULL;
    }
    if (e->errors) napi_delete_reference(env, e->errors);
    if (e->token_ref) napi_delete_reference(env, e->token_ref);
    if (e->meta_ref) napi_delete_reference(env, e->meta_ref);
    e->errors = e->token_ref = e->meta_ref = NULL;
    e->token = NULL;
    e->meta = NULL;
    if (napi_create_reference(env, argv[0], 1, &e->errors) != napi_ok ||
        napi_create_reference(env, argv[1], 1, &e->token_ref) != napi_ok ||
        napi_create_reference(env, argv[2], 1, &e->meta_ref) != napi_ok)
        return weaveheap__napi_failed(env);
    e->token = token;
    e->meta = meta;
    return NULL;
}

static void env_finalize(napi_env env, void* data, void* hint) {
    (void)hint;
    weaveheap__napi_env* e = data;
    if (e->errors) napi_delete_reference(env, e->errors);
    if (e->token_ref) napi_delete_reference(env, e->token_ref);
    if (e->meta_ref) napi_delete_reference(env, e->meta_ref);
    e->errors = e->token_ref = e->meta_ref = NULL;
    e->token = NULL;
    e->meta = NULL;
    env_unref(e);
}

/* -- the V8 companion (weaveheap_v8_views.h) ------------------------------------
 * Loaded once per process, from the directory this module was loaded from,
 * by the running Node.js's major version; used by an environment only when
 * Node.js's NODE_MODULE_VERSION is the one it was compiled for. */
#ifdef WEAVEHEAP__HAS_DLOPEN
static pthread_mutex_t v8_views_lock = PTHREAD_MUTEX_INITIALIZER;
static const weaveheap_v8_views* v8_views_loaded;
static bool v8_views_tried;

static const weaveheap_v8_views* v8_views_load(unsigned major) {
    pthread_mutex_lock(&v8_views_lock);
    if (!v8_views_tried) {
        Dl_info self;
        char path[4096];
        v8_views_tried = true;
        if (dladdr((void*)&weaveheap__napi_register, &self) && self.dli_fname) {
            const char* slash = strrchr(self.dli_fname, '/');
            int dir = slash ? (int)(slash - self.dli_fname + 1) : 0;
            int n = snprintf(path, sizeof path, "%.*s" WEAVEHEAP_V8_VIEWS_FILE, dir, self.dli_fname, major);
            /* RTLD_NOW: a Node.js that lacks a symbol it uses refuses it here */
            void* lib = n > 0 && (size_t)n < sizeof path ? dlopen(path, RTLD_NOW | RTLD_LOCAL) : NULL;
            const weaveheap_v8_views* v = lib ? dlsym(lib, WEAVEHEAP_V8_VIEWS_SYMBOL) : NULL;
            if (v && v->size >= sizeof *v) v8_views_loaded = v;
        }
    }
    pthread_mutex_unlock(&v8_views_lock);
    return v8_views_loaded;
}

/* process.versions.modules, or 0. */
static unsigned long node_module_version(napi_env env) {
    napi_value global, process, versions, modules;
    char text[16];
    size_t n = 0;
    if (napi_get_global(env, &global) != napi_ok ||
        napi_get_named_property(env, global, "process", &process) != napi_ok ||
        napi_get_named_property(env, process, "versions", &versions) != napi_ok ||
        napi_get_named_property(env, versions, "modules", &modules) != napi_ok ||
        napi_get_value_string_utf8(env, modules, text, sizeof text, &n) != napi_ok) {
        clear_pending(env);
        return 0;
    }
    return strtoul(text, NULL, 10);
}
#endif

static const weaveheap_v8_views* v8_views_for(napi_env env) {
#ifdef WEAVEHEAP__HAS_DLOPEN
    const napi_node_version* version = NULL;
    const char* off = getenv(WH_NAPI_VIEWS_ENV);
    if (off && *off && strcmp(off, "0") != 0) return NULL;
    if (napi_get_node_version(env, &version) != napi_ok || !version) return NULL;
    const weaveheap_v8_views* v = v8_views_load(version->major);
    return v && v->module_version == node_module_version(env) ? v : NULL;
#else
    (void)env;
    return NULL;
#endif
}

static bool export_function(napi_env env, napi_value exports, const char* name, napi_callback fn) {
    napi_value v;
    return napi_create_function(env, name, NAPI_AUTO_LENGTH, fn, NULL, &v) == napi_ok &&
           napi_set_named_property(env, exports, name, v) == napi_ok;
}

napi_value weaveheap__napi_register(napi_env env, napi_value exports, const weaveheap__napi_native* natives,
                                    size_t count) {
    static const weaveheap__napi_native own[] = {
        {"init", init}, {"view_abandon", view_abandon}, {"addressOf", address_of}, {"coreAddressOf", core_address_of},
    };
    weaveheap__napi_env* e = calloc(1, sizeof *e);
    const char* no_external = getenv(WH_NO_EXTERNAL_ENV);
    napi_value v;
    if (!e || napi_set_instance_data(env, e, env_finalize, NULL) != napi_ok) {
        free(e);
        napi_throw_error(env, NULL, "cannot set up the native module");
        return NULL;
    }
    e->refs = 1;
    e->no_external = no_external && *no_external && strcmp(no_external, "0") != 0;
    e->v8_views = e->no_external ? NULL : v8_views_for(env);
    for (size_t i = 0; i < sizeof own / sizeof own[0]; i++)
        if (!export_function(env, exports, own[i].name, own[i].fn)) return NULL;
    for (size_t i = 0; i < count; i++)
        if (!export_function(env, exports, natives[i].name, natives[i].fn)) return NULL;
    if (napi_create_string_utf8(env, WH_GLUE_IDL_HASH, NAPI_AUTO_LENGTH, &v) != napi_ok ||
        napi_set_named_property(env, exports, "glueIdlHash", v) != napi_ok ||
        napi_create_uint32(env, WH_GLUE_ABI_VERSION, &v) != napi_ok ||
        napi_set_named_property(env, exports, "glueAbiVersion", v) != napi_ok ||
        /* how views are made (wh.backend.views) */
        napi_create_string_utf8(env, e->no_external ? "copy" : e->v8_views ? "v8" : "napi", NAPI_AUTO_LENGTH,
                                &v) != napi_ok ||
        napi_set_named_property(env, exports, "views", v) != napi_ok)
        return NULL;
    return exports;
}
