/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 9642b5336c411b3e8138dbfec9a542ba111ba757cb2538628071934c4e6b3821 */
/*
 * The N-API glue of weaveheap 0.1.0: one native function per IDL
 * function, argument and result conversions, errors thrown as the classes
 * index.js generates (one per error code), and zero-copy views. Plain C
 * against the installed Node's node_api.h; no node-addon-api.
 *
 * Handles cross as BigInt (napi_create_bigint_uint64 is exact); index.js
 * wraps them in classes. u64 values cross as numbers (sizes never pass
 * max_size, 2^48), and are taken as a number or a bigint.
 */
#define NAPI_VERSION 8
#include <node_api.h>

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "weaveheap.h"

/* The IDL this glue was generated from; index.js compares it, and the core's
 * weaveheap_idl_hash(), with its own at load time. */
#define WH_GLUE_IDL_HASH "9642b5336c411b3e8138dbfec9a542ba111ba757cb2538628071934c4e6b3821"
#define WH_GLUE_ABI_VERSION 1
#define WH_ERR_ARGUMENT WEAVEHEAP_ERR_INVALID_ARGUMENT
#define WH_ERR_MEMORY WEAVEHEAP_ERR_OUT_OF_MEMORY

#if WEAVEHEAP_ABI_VERSION != WH_GLUE_ABI_VERSION
#error "generated/c/weaveheap.h and this glue come from IDLs of different ABI versions: regenerate"
#endif

/* -- per-environment state (one per main thread or worker) ------------------ */
struct wh__view_state;
typedef struct wh__env {
    napi_ref errors;     /* index.js's error classes, indexed by code */
    napi_ref scratch_ref;
    uint64_t* scratch;   /* index.js's BigUint64Array(2): a new view's token, flags */
    bool no_external;    /* WEAVEHEAP_NODE_NO_EXTERNAL_BUFFERS: act as a runtime
                            that refuses external buffers (Electron's sandbox) */
    struct wh__view_state** views;   /* open views by token (napi_view.j2) */
    size_t cap, count;
    size_t refs;         /* 1 for the environment, 1 per view state */
} wh__env;

/* Freed when the environment is gone and the last view's finalizer ran
 * (finalizers may run after the environment's own, at teardown). */
static void wh__env_unref(wh__env* e) {
    if (--e->refs == 0) {
        free(e->views);
        free(e);
    }
}

static wh__env* wh__env_of(napi_env env) {
    void* data = NULL;
    napi_get_instance_data(env, &data);
    return data;
}

/* -- errors ------------------------------------------------------------------ */

/* Throws the class index.js generated for `code`, with `message`; a plain
 * Error carrying .errno before the classes are registered. Never throws over
 * an exception that is already pending. */
static void wh__throw_code(napi_env env, int32_t code, const char* message) {
    bool pending = false;
    napi_value msg, classes, ctor = NULL, error, errno_value;
    napi_valuetype type = napi_undefined;
    wh__env* e = wh__env_of(env);
    if (napi_is_exception_pending(env, &pending) != napi_ok || pending) return;
    if (napi_create_string_utf8(env, message ? message : weaveheap_strerror(code), NAPI_AUTO_LENGTH, &msg) !=
        napi_ok)
        return;
    if (e && e->errors && napi_get_reference_value(env, e->errors, &classes) == napi_ok && classes &&
        code >= 0 && napi_get_element(env, classes, (uint32_t)code, &ctor) == napi_ok &&
        napi_typeof(env, ctor, &type) == napi_ok && type == napi_function &&
        napi_new_instance(env, ctor, 1, &msg, &error) == napi_ok) {
        napi_throw(env, error);
        return;
    }
    if (napi_create_error(env, NULL, msg, &error) == napi_ok &&
        napi_create_int32(env, code, &errno_value) == napi_ok &&
        napi_set_named_property(env, error, "errno", errno_value) == napi_ok)
        napi_throw(env, error);
}

/* Throws the core's error and frees its message. */
static void wh__throw(napi_env env, weaveheap_error* err) {
    wh__throw_code(env, err->code, err->message);
    weaveheap_error_clear(err);
}

static void wh__throw_fmt(napi_env env, int32_t code, const char* fmt, ...) __attribute__((format(printf, 3, 4)));
static void wh__throw_fmt(napi_env env, int32_t code, const char* fmt, ...) {
    char buf[320];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    wh__throw_code(env, code, buf);
}

/* An N-API call failed: throw its own message unless one is pending. */
static napi_value wh__napi_failed(napi_env env) {
    const napi_extended_error_info* info = NULL;
    napi_get_last_error_info(env, &info);
    wh__throw_fmt(env, WH_ERR_ARGUMENT, "N-API call failed: %s",
                  info && info->error_message ? info->error_message : "unknown error");
    return NULL;
}

/* -- arguments ---------------------------------------------------------------
 * Each getter converts one JavaScript value or throws InvalidArgument naming
 * `what`, and returns false. */

static const char* wh__type_name(napi_env env, napi_value v) {
    napi_valuetype t = napi_undefined;
    napi_typeof(env, v, &t);
    static const char* const names[] = {"undefined", "null",   "boolean",  "number",   "string",
                                        "symbol",    "object", "function", "external", "bigint"};
    return (size_t)t < sizeof names / sizeof names[0] ? names[t] : "value";
}

static bool wh__get_handle(napi_env env, napi_value v, const char* what, uint64_t* out) {
    bool lossless = false;
    if (napi_get_value_bigint_uint64(env, v, out, &lossless) != napi_ok) {
        wh__throw_fmt(env, WH_ERR_ARGUMENT, "%s must be a handle (a bigint), not %s", what, wh__type_name(env, v));
        return false;
    }
    if (!lossless) {
        wh__throw_fmt(env, WH_ERR_ARGUMENT, "%s must be a handle: a bigint in [0, 2^64)", what);
        return false;
    }
    return true;
}

static bool wh__get_u64(napi_env env, napi_value v, const char* what, uint64_t* out) {
    napi_valuetype t = napi_undefined;
    napi_typeof(env, v, &t);
    if (t == napi_number) {
        double d = 0;
        napi_get_value_double(env, v, &d);
        if (!(d >= 0) || d >= 18446744073709551616.0 || d != (double)(uint64_t)d) {
            wh__throw_fmt(env, WH_ERR_ARGUMENT, "%s must be an integer in [0, 2^64), not %g", what, d);
            return false;
        }
        *out = (uint64_t)d;
        return true;
    }
    if (t == napi_bigint) {
        bool lossless = false;
        napi_get_value_bigint_uint64(env, v, out, &lossless);
        if (!lossless) {
            wh__throw_fmt(env, WH_ERR_ARGUMENT, "%s must be an integer in [0, 2^64)", what);
            return false;
        }
        return true;
    }
    wh__throw_fmt(env, WH_ERR_ARGUMENT, "%s must be a number or a bigint, not %s", what, wh__type_name(env, v));
    return false;
}

static bool wh__get_int(napi_env env, napi_value v, const char* what, int64_t lo, int64_t hi, int64_t* out) {
    napi_valuetype t = napi_undefined;
    napi_typeof(env, v, &t);
    if (t == napi_number) {
        double d = 0;
        napi_get_value_double(env, v, &d);
        if (!(d >= (double)lo && d <= (double)hi && d < 9223372036854775808.0) || d != (double)(int64_t)d) {
            wh__throw_fmt(env, WH_ERR_ARGUMENT, "%s must be an integer in [%lld, %lld], not %g", what,
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
            wh__throw_fmt(env, WH_ERR_ARGUMENT, "%s must be an integer in [%lld, %lld]", what, (long long)lo,
                          (long long)hi);
            return false;
        }
        return true;
    }
    wh__throw_fmt(env, WH_ERR_ARGUMENT, "%s must be a number, not %s", what, wh__type_name(env, v));
    return false;
}

static bool wh__get_bool(napi_env env, napi_value v, const char* what, bool* out) {
    if (napi_get_value_bool(env, v, out) != napi_ok) {
        wh__throw_fmt(env, WH_ERR_ARGUMENT, "%s must be a boolean, not %s", what, wh__type_name(env, v));
        return false;
    }
    return true;
}

static size_t wh__element_size(napi_typedarray_type t) {
    switch (t) {
    case napi_int16_array: case napi_uint16_array: return 2;
    case napi_int32_array: case napi_uint32_array: case napi_float32_array: return 4;
    case napi_float64_array: case napi_bigint64_array: case napi_biguint64_array: return 8;
    default: return 1;
    }
}

/* Memory JavaScript owns: a TypedArray, a DataView or an ArrayBuffer, in
 * place (no copy). A detached one is empty. */
static bool wh__get_memory(napi_env env, napi_value v, const char* what, uint8_t** data, uint64_t* len) {
    bool is = false;
    void* p = NULL;
    size_t n = 0;
    if (napi_is_typedarray(env, v, &is) == napi_ok && is) {
        napi_typedarray_type t;
        if (napi_get_typedarray_info(env, v, &t, &n, &p, NULL, NULL) != napi_ok) {
            wh__napi_failed(env);
            return false;
        }
        n *= wh__element_size(t);
    } else if (napi_is_dataview(env, v, &is) == napi_ok && is) {
        if (napi_get_dataview_info(env, v, &n, &p, NULL, NULL) != napi_ok) {
            wh__napi_failed(env);
            return false;
        }
    } else if (napi_is_arraybuffer(env, v, &is) == napi_ok && is) {
        if (napi_get_arraybuffer_info(env, v, &p, &n) != napi_ok) {
            wh__napi_failed(env);
            return false;
        }
    } else {
        wh__throw_fmt(env, WH_ERR_ARGUMENT, "%s must be a TypedArray, DataView or ArrayBuffer, not %s", what,
                      wh__type_name(env, v));
        return false;
    }
    *data = p;
    *len = n;
    return true;
}

/* Bytes for the core to read: memory as above, or a string as UTF-8 (in a
 * temporary the caller frees: `owned`). */
typedef struct wh__bytes {
    const uint8_t* data;
    uint64_t len;
    char* owned;
} wh__bytes;

static bool wh__get_bytes_in(napi_env env, napi_value v, const char* what, wh__bytes* out) {
    napi_valuetype t = napi_undefined;
    out->owned = NULL;
    napi_typeof(env, v, &t);
    if (t == napi_string) {
        size_t n = 0;
        if (napi_get_value_string_utf8(env, v, NULL, 0, &n) != napi_ok) {
            wh__napi_failed(env);
            return false;
        }
        out->owned = malloc(n + 1);
        if (!out->owned) {
            wh__throw_fmt(env, WH_ERR_MEMORY, "%s: no memory for %zu bytes of UTF-8", what, n);
            return false;
        }
        napi_get_value_string_utf8(env, v, out->owned, n + 1, &n);
        out->data = (const uint8_t*)out->owned;
        out->len = n;
        return true;
    }
    uint8_t* p = NULL;
    if (!wh__get_memory(env, v, what, &p, &out->len)) return false;
    out->data = p;
    return true;
}

/* -- results ---------------------------------------------------------------- */

/* Bytes adopted by an external ArrayBuffer. Node calls the finalizer at once
 * when it cannot make the buffer (too large): while `creating`, the finalizer
 * only notes that, and the caller keeps the bytes. */
typedef struct wh__adopted {
    uint8_t* data;
    uint64_t len;
    bool creating;
} wh__adopted;

static void wh__free_bytes_finalize(napi_env env, void* data, void* hint) {
    (void)env;
    (void)data;
    wh__adopted* a = hint;
    if (a->creating) return;
    weaveheap_free_bytes(a->data, a->len);
    free(a);
}

/* Bytes the core handed out, as a Uint8Array that JavaScript owns: large ones
 * are adopted as they are (freed with weaveheap_free_bytes when collected),
 * small ones copied (an external buffer costs more than the copy). */
static napi_value wh__own_bytes(napi_env env, uint8_t* data, uint64_t len) {
    napi_value ab = NULL, array = NULL;
    napi_status st = napi_generic_failure;
    bool pending = false;
    wh__adopted* a = NULL;
    if (len >= 65536 && len <= SIZE_MAX && !wh__env_of(env)->no_external && (a = malloc(sizeof *a)) != NULL) {
        a->data = data;
        a->len = len;
        a->creating = true;
        st = napi_create_external_arraybuffer(env, data, (size_t)len, wh__free_bytes_finalize, a, &ab);
        a->creating = false;
        if (st != napi_ok) free(a);
    }
    if (st != napi_ok) {
        void* copy = NULL;
        napi_is_exception_pending(env, &pending);
        if (pending) {
            napi_value ignored;
            napi_get_and_clear_last_exception(env, &ignored);
        }
        if (len <= SIZE_MAX) st = napi_create_arraybuffer(env, (size_t)len, &copy, &ab);
        if (st == napi_ok && len) memcpy(copy, data, (size_t)len);
        weaveheap_free_bytes(data, len);
        if (st != napi_ok) {
            napi_is_exception_pending(env, &pending);
            if (pending) {
                napi_value ignored;
                napi_get_and_clear_last_exception(env, &ignored);
            }
            wh__throw_fmt(env, WH_ERR_MEMORY, "%llu bytes do not fit in a JavaScript ArrayBuffer",
                          (unsigned long long)len);
            return NULL;
        }
    }
    if (napi_create_typedarray(env, napi_uint8_array, (size_t)len, ab, 0, &array) != napi_ok)
        return wh__napi_failed(env);
    return array;
}

/* -- structs ---------------------------------------------------------------- */
/* region_options from a plain object (chunkSize, byteLimit, threadSafe; a
 * missing key is 0/false). undefined or null leave *present false. */
static bool wh__get_region_options(napi_env env, napi_value v, const char* what, weaveheap_region_options* out, bool* present) {
    static const char* const known[] = { "chunkSize", "byteLimit", "threadSafe", };
    napi_valuetype t = napi_undefined;
    napi_value keys, key, value;
    uint32_t count = 0;
    char name[64], field[192];
    size_t n = 0;
    memset(out, 0, sizeof *out);
    *present = false;
    napi_typeof(env, v, &t);
    if (t == napi_undefined || t == napi_null) return true;
    if (t != napi_object) {
        wh__throw_fmt(env, WH_ERR_ARGUMENT, "%s must be an object, not %s", what, wh__type_name(env, v));
        return false;
    }
    if (napi_get_property_names(env, v, &keys) != napi_ok || napi_get_array_length(env, keys, &count) != napi_ok) {
        wh__napi_failed(env);
        return false;
    }
    for (uint32_t i = 0; i < count; i++) {
        bool ok = false;
        if (napi_get_element(env, keys, i, &key) != napi_ok ||
            napi_get_value_string_utf8(env, key, name, sizeof name, &n) != napi_ok) {
            wh__napi_failed(env);
            return false;
        }
        for (size_t k = 0; k < sizeof known / sizeof known[0]; k++) ok = ok || strcmp(name, known[k]) == 0;
        if (!ok) {
            wh__throw_fmt(env, WH_ERR_ARGUMENT, "%s has an unknown key '%s' (known: chunkSize, byteLimit, threadSafe)",
                          what, name);
            return false;
        }
    }
    if (napi_get_named_property(env, v, "chunkSize", &value) != napi_ok) {
        wh__napi_failed(env);
        return false;
    }
    napi_typeof(env, value, &t);
    if (t != napi_undefined) {
        snprintf(field, sizeof field, "%s.%s", what, "chunkSize");
        if (!wh__get_u64(env, value, field, &out->chunk_size)) return false;
    }
    if (napi_get_named_property(env, v, "byteLimit", &value) != napi_ok) {
        wh__napi_failed(env);
        return false;
    }
    napi_typeof(env, value, &t);
    if (t != napi_undefined) {
        snprintf(field, sizeof field, "%s.%s", what, "byteLimit");
        if (!wh__get_u64(env, value, field, &out->byte_limit)) return false;
    }
    if (napi_get_named_property(env, v, "threadSafe", &value) != napi_ok) {
        wh__napi_failed(env);
        return false;
    }
    napi_typeof(env, value, &t);
    if (t != napi_undefined) {
        snprintf(field, sizeof field, "%s.%s", what, "threadSafe");
        if (!wh__get_bool(env, value, field, &out->thread_safe)) return false;
    }
    *present = true;
    return true;
}

/* stats as a plain object with camelCase keys. */
static napi_value wh__new_stats(napi_env env, const weaveheap_stats* s) {
    napi_value o, v;
    if (napi_create_object(env, &o) != napi_ok) return wh__napi_failed(env);
    if (napi_create_double(env, (double)s->allocations, &v) != napi_ok ||
        napi_set_named_property(env, o, "allocations", v) != napi_ok)
        return wh__napi_failed(env);
    if (napi_create_double(env, (double)s->releases, &v) != napi_ok ||
        napi_set_named_property(env, o, "releases", v) != napi_ok)
        return wh__napi_failed(env);
    if (napi_create_double(env, (double)s->bytes_allocated, &v) != napi_ok ||
        napi_set_named_property(env, o, "bytesAllocated", v) != napi_ok)
        return wh__napi_failed(env);
    if (napi_create_double(env, (double)s->bytes_live, &v) != napi_ok ||
        napi_set_named_property(env, o, "bytesLive", v) != napi_ok)
        return wh__napi_failed(env);
    if (napi_create_double(env, (double)s->bytes_peak, &v) != napi_ok ||
        napi_set_named_property(env, o, "bytesPeak", v) != napi_ok)
        return wh__napi_failed(env);
    if (napi_create_double(env, (double)s->bytes_reserved, &v) != napi_ok ||
        napi_set_named_property(env, o, "bytesReserved", v) != napi_ok)
        return wh__napi_failed(env);
    if (napi_create_double(env, (double)s->borrows_taken, &v) != napi_ok ||
        napi_set_named_property(env, o, "borrowsTaken", v) != napi_ok)
        return wh__napi_failed(env);
    if (napi_create_double(env, (double)s->borrows_active, &v) != napi_ok ||
        napi_set_named_property(env, o, "borrowsActive", v) != napi_ok)
        return wh__napi_failed(env);
    if (napi_create_double(env, (double)s->borrow_conflicts, &v) != napi_ok ||
        napi_set_named_property(env, o, "borrowConflicts", v) != napi_ok)
        return wh__napi_failed(env);
    if (napi_create_double(env, (double)s->stale_rejected, &v) != napi_ok ||
        napi_set_named_property(env, o, "staleRejected", v) != napi_ok)
        return wh__napi_failed(env);
    if (napi_create_double(env, (double)s->copies, &v) != napi_ok ||
        napi_set_named_property(env, o, "copies", v) != napi_ok)
        return wh__napi_failed(env);
    if (napi_create_double(env, (double)s->copy_bytes, &v) != napi_ok ||
        napi_set_named_property(env, o, "copyBytes", v) != napi_ok)
        return wh__napi_failed(env);
    if (napi_create_double(env, (double)s->regions_live, &v) != napi_ok ||
        napi_set_named_property(env, o, "regionsLive", v) != napi_ok)
        return wh__napi_failed(env);
    return o;
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
typedef struct wh__view_state {
    weaveheap_handle_t token;  /* the borrow */
    weaveheap_handle_t target; /* what it borrows */
    uint8_t* data;      /* what the ArrayBuffer covers */
    uint64_t length;
    wh__env* env;       /* whose table lists it while it is open */
    int32_t kind;       /* the target's handle kind */
    bool released, unique, writable, copy;
    bool creating;      /* inside napi_create_external_arraybuffer */
} wh__view_state;

typedef weaveheap_borrow_t (*wh__take_fn)(weaveheap_handle_t, weaveheap_view*, weaveheap_error*);

/* -- the table of open views: token -> state, open addressing ---------------- */

static size_t wh__slot_of(const wh__env* e, uint64_t token) {
    uint64_t x = token * 0x9e3779b97f4a7c15ull;
    return (size_t)(x >> 32) & (e->cap - 1);
}

static wh__view_state* wh__views_find(const wh__env* e, uint64_t token) {
    if (!e->cap) return NULL;
    for (size_t i = wh__slot_of(e, token);; i = (i + 1) & (e->cap - 1)) {
        if (!e->views[i]) return NULL;
        if (e->views[i]->token == token) return e->views[i];
    }
}

static bool wh__views_put(wh__env* e, wh__view_state* s) {
    if (2 * (e->count + 1) > e->cap) {
        size_t cap = e->cap ? 2 * e->cap : 64;
        wh__view_state** old = e->views;
        size_t old_cap = e->cap;
        wh__view_state** fresh = calloc(cap, sizeof *fresh);
        if (!fresh) return false;
        e->views = fresh;
        e->cap = cap;
        for (size_t i = 0; i < old_cap; i++) {
            if (!old[i]) continue;
            size_t j = wh__slot_of(e, old[i]->token);
            while (fresh[j]) j = (j + 1) & (cap - 1);
            fresh[j] = old[i];
        }
        free(old);
    }
    size_t i = wh__slot_of(e, s->token);
    while (e->views[i]) i = (i + 1) & (e->cap - 1);
    e->views[i] = s;
    e->count++;
    return true;
}

/* Removes s, shifting the entries after it back into place (no tombstones). */
static void wh__views_remove(wh__env* e, wh__view_state* s) {
    size_t mask = e->cap - 1, i = wh__slot_of(e, s->token);
    while (e->views[i] != s) i = (i + 1) & mask;
    e->views[i] = NULL;
    e->count--;
    for (size_t j = (i + 1) & mask; e->views[j]; j = (j + 1) & mask) {
        size_t home = wh__slot_of(e, e->views[j]->token);
        /* move j to the hole at i when its home is not in (i, j] cyclically */
        if (((j - home) & mask) >= ((j - i) & mask)) {
            e->views[i] = e->views[j];
            e->views[j] = NULL;
            i = j;
        }
    }
}

/* Ends a view's borrow once: from release or from its finalizer. */
static void wh__view_end(wh__view_state* s) {
    if (s->released) return;
    s->released = true;
    weaveheap_borrow_release(s->token, NULL);
    if (s->env) wh__views_remove(s->env, s);
}

/* The ArrayBuffer is gone (collected, or detached after release): the borrow
 * ends here unless release ended it, and the state goes. */
static void wh__view_finalize(napi_env env, void* data, void* hint) {
    (void)env;
    (void)data;
    wh__view_state* s = hint;
    wh__env* e = s->env;
    /* Node calls it at once when it cannot make the buffer (too large): the
     * caller cleans up then. */
    if (s->creating) return;
    wh__view_end(s);
    free(s);
    if (e) wh__env_unref(e);
}

/* Copies a whole object into `dst` through the core, which counts the copy. */
static void wh__copy_out(wh__view_state* s, uint8_t* dst, weaveheap_error* err) {
    switch (s->kind) {
    case WEAVEHEAP_HANDLE_KIND_BUFFER: {
        weaveheap_buffer_read(s->target, 0, dst, s->length, err);
        break;
    }
    case WEAVEHEAP_HANDLE_KIND_BYTES: {
        uint64_t n = 0;
        uint8_t* p = weaveheap_bytes_dup(s->target, &n, err);
        if (p) {
            memcpy(dst, p, (size_t)(n < s->length ? n : s->length));
            weaveheap_free_bytes(p, n);
        }
        break;
    }
    case WEAVEHEAP_HANDLE_KIND_STRING: {
        char* p = weaveheap_string_dup(s->target, err);
        if (p) {
            memcpy(dst, p, (size_t)s->length);
            weaveheap_free_string(p);
        }
        break;
    }
    default:
        break;
    }
}

/* Writes a copied unique view back through the core (counted as a copy). */
static void wh__write_back(wh__view_state* s, weaveheap_error* err) {
    switch (s->kind) {
    case WEAVEHEAP_HANDLE_KIND_BUFFER:
        weaveheap_buffer_write(s->target, 0, s->data, s->length, err);
        break;
    default:
        (void)err;
        break;
    }
}

/* Takes a borrow of `target` with `take` and returns the ArrayBuffer; the
 * token and the flags (1 writable, 2 copied) go to index.js's scratch array.
 * `element` is the element size of the TypedArray JavaScript will lay over
 * it: address and length must suit it. */
static napi_value wh__view(napi_env env, napi_callback_info info, wh__take_fn take, bool unique) {
    napi_value argv[2], ab = NULL;
    size_t argc = 2;
    weaveheap_handle_t target = 0;
    int64_t element = 1;
    weaveheap_error err = {0, NULL};
    weaveheap_view view = {NULL, 0, false};
    napi_status st = napi_no_external_buffers_allowed;
    bool pending = false;
    wh__env* e = wh__env_of(env);
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return wh__napi_failed(env);
    if (!wh__get_handle(env, argv[0], "view(): the receiver", &target)) return NULL;
    if (!wh__get_int(env, argv[1], "view(): the element size", 1, 8, &element)) return NULL;
    if (!e->scratch) {
        wh__throw_code(env, WH_ERR_ARGUMENT, "view(): the module is not initialised (__init)");
        return NULL;
    }
    weaveheap_borrow_t token = take(target, &view, &err);
    if (err.code != 0) {
        wh__throw(env, &err);
        return NULL;
    }
    if ((uintptr_t)view.data % (uint64_t)element != 0 || view.length % (uint64_t)element != 0) {
        weaveheap_borrow_release(token, NULL);
        if ((uintptr_t)view.data % (uint64_t)element != 0)
            wh__throw_fmt(env, WH_ERR_ARGUMENT,
                          "view(): handle 0x%016llx is not aligned for %d-byte elements (allocate it with "
                          "align >= %d)", (unsigned long long)target, (int)element, (int)element);
        else
            wh__throw_fmt(env, WH_ERR_ARGUMENT,
                          "view(): handle 0x%016llx has %llu bytes, not a multiple of the %d-byte element",
                          (unsigned long long)target, (unsigned long long)view.length, (int)element);
        return NULL;
    }
    wh__view_state* s = calloc(1, sizeof *s);
    if (s) s->token = token;
    if (!s || !wh__views_put(e, s)) {
        weaveheap_borrow_release(token, NULL);
        free(s);
        wh__throw_code(env, WH_ERR_MEMORY, "view(): no memory for the view's state");
        return NULL;
    }
    s->target = target;
    s->length = view.length;
    s->unique = unique;
    s->writable = view.writable;
    s->env = e;
    e->refs++;
    s->kind = weaveheap_handle_kind_of(target, NULL);
    if (view.length > SIZE_MAX) {
        st = napi_invalid_arg;
    } else if (!e->no_external) {
        s->creating = true;
        st = napi_create_external_arraybuffer(env, view.data, (size_t)view.length, wh__view_finalize, s, &ab);
        s->creating = false;
    }
    if (st == napi_ok) {
        s->data = view.data;
    } else if (st == napi_no_external_buffers_allowed) {
        void* copy = NULL;
        napi_is_exception_pending(env, &pending);
        if (pending) {
            napi_value ignored;
            napi_get_and_clear_last_exception(env, &ignored);
        }
        /* The core copies only what no unique borrow holds: copy between a
         * release and a new borrow (JavaScript runs nothing in between). */
        s->copy = true;
        wh__view_end(s);
        if (napi_create_arraybuffer(env, (size_t)view.length, &copy, &ab) != napi_ok) {
            wh__view_finalize(env, NULL, s);
            return wh__napi_failed(env);
        }
        s->data = copy;
        wh__copy_out(s, copy, &err);
        if (err.code == 0) s->token = take(target, &view, &err);
        if (err.code != 0) {
            wh__view_finalize(env, NULL, s);
            wh__throw(env, &err);
            return NULL;
        }
        s->released = false;
        if (!wh__views_put(e, s)) {
            s->env = NULL; /* not listed: end the borrow without the table */
            wh__view_finalize(env, NULL, s);
            wh__env_unref(e);
            wh__throw_code(env, WH_ERR_MEMORY, "view(): no memory for the view's state");
            return NULL;
        }
        if (napi_add_finalizer(env, ab, s, wh__view_finalize, s, NULL) != napi_ok) {
            wh__view_finalize(env, NULL, s);
            return wh__napi_failed(env);
        }
    } else {
        wh__view_finalize(env, NULL, s);
        napi_is_exception_pending(env, &pending);
        if (pending) {
            napi_value ignored;
            napi_get_and_clear_last_exception(env, &ignored);
        }
        wh__throw_fmt(env, WH_ERR_ARGUMENT, "view(): %llu bytes do not fit in a JavaScript ArrayBuffer",
                      (unsigned long long)view.length);
        return NULL;
    }
    e->scratch[0] = s->token;
    e->scratch[1] = (s->writable ? 1u : 0u) | (s->copy ? 2u : 0u);
    return ab;
}

/* borrow.shared -> Buffer.prototype.view({ shared: true }), Bytes.prototype.view({ shared: true }), String.prototype.view({ shared: true }) */
static napi_value wh__borrow_shared(napi_env env, napi_callback_info info) {
    return wh__view(env, info, weaveheap_borrow_shared, false);
}

/* borrow.unique -> Buffer.prototype.view(), Bytes.prototype.view(), String.prototype.view() */
static napi_value wh__borrow_unique(napi_env env, napi_callback_info info) {
    return wh__view(env, info, weaveheap_borrow_unique, true);
}

/* borrow.release -> View.prototype.close: (token, ArrayBuffer).
 * Ends the borrow, writes a copied unique view back, and detaches the
 * ArrayBuffer. A token this environment has no open view for is never
 * released here (its memory may be in use elsewhere): the core says what it
 * is - stale after a first close - and that is thrown. */
static napi_value wh__borrow_release(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    weaveheap_handle_t token = 0;
    void* data = NULL;
    size_t len = 0;
    weaveheap_error err = {0, NULL};
    wh__env* e = wh__env_of(env);
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return wh__napi_failed(env);
    if (!wh__get_handle(env, argv[0], "View.close(): the token", &token)) return NULL;
    wh__view_state* s = wh__views_find(e, token);
    if (!s) {
        weaveheap_handle_kind_of(token, &err);
        if (err.code != 0) {
            wh__throw(env, &err);
        } else {
            wh__throw_fmt(env, WH_ERR_ARGUMENT, "View.close(): borrow 0x%016llx is not a view of this thread's",
                          (unsigned long long)token);
        }
        return NULL;
    }
    if (napi_get_arraybuffer_info(env, argv[1], &data, &len) != napi_ok || len != s->length ||
        (len && data != s->data)) {
        wh__throw_code(env, WH_ERR_ARGUMENT, "View.close(): this ArrayBuffer is not the view's");
        return NULL;
    }
    wh__view_end(s);
    if (s->copy && s->unique && s->writable) {
        wh__write_back(s, &err);
        if (err.code != 0) {
            wh__throw(env, &err);
            return NULL;
        }
    }
    if (napi_detach_arraybuffer(env, argv[1]) != napi_ok) return wh__napi_failed(env);
    return NULL;
}

/* -- functions -------------------------------------------------------------- */
/* weaveheap.version_number -> versionNumber */
static napi_value wh__version_number(napi_env env, napi_callback_info info) {
    (void)info;
    napi_value result = NULL;
    {
        uint32_t r = weaveheap_version_number();
        if (napi_create_uint32(env, (uint32_t)r, &result) != napi_ok) result = wh__napi_failed(env);
    }
    return result;
}

/* weaveheap.version_string -> versionString */
static napi_value wh__version_string(napi_env env, napi_callback_info info) {
    (void)info;
    napi_value result = NULL;
    {
        const char* r = weaveheap_version_string();
        if (napi_create_string_utf8(env, r, NAPI_AUTO_LENGTH, &result) != napi_ok) result = wh__napi_failed(env);
    }
    return result;
}

/* weaveheap.abi_version -> abiVersion */
static napi_value wh__abi_version(napi_env env, napi_callback_info info) {
    (void)info;
    napi_value result = NULL;
    {
        uint32_t r = weaveheap_abi_version();
        if (napi_create_uint32(env, (uint32_t)r, &result) != napi_ok) result = wh__napi_failed(env);
    }
    return result;
}

/* weaveheap.idl_hash -> idlHash */
static napi_value wh__idl_hash(napi_env env, napi_callback_info info) {
    (void)info;
    napi_value result = NULL;
    {
        const char* r = weaveheap_idl_hash();
        if (napi_create_string_utf8(env, r, NAPI_AUTO_LENGTH, &result) != napi_ok) result = wh__napi_failed(env);
    }
    return result;
}

/* weaveheap.strerror -> strerror */
static napi_value wh__strerror(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    int64_t a0 = 0;
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return wh__napi_failed(env);
    if (!wh__get_int(env, argv[0], "strerror: argument 'code'", INT32_MIN, INT32_MAX, &a0)) goto done;
    {
        const char* r = weaveheap_strerror((int32_t)a0);
        if (napi_create_string_utf8(env, r, NAPI_AUTO_LENGTH, &result) != napi_ok) result = wh__napi_failed(env);
    }
done:
    return result;
}

/* region.create -> new Region */
static napi_value wh__region_create(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    weaveheap_region_options a0;
    bool a0_present = false;
    weaveheap_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return wh__napi_failed(env);
    if (!wh__get_region_options(env, argv[0], "new Region: argument 'options'", &a0, &a0_present)) goto done;
    {
        weaveheap_region_t r = weaveheap_region_create((a0_present ? &a0 : NULL), &err);
        if (err.code != 0) {
            wh__throw(env, &err);
            goto done;
        }
        if (napi_create_bigint_uint64(env, r, &result) != napi_ok) result = wh__napi_failed(env);
    }
done:
    return result;
}

/* region.destroy -> Region.prototype.close */
static napi_value wh__region_destroy(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    weaveheap_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return wh__napi_failed(env);
    if (!wh__get_handle(env, argv[0], "Region.prototype.close: the receiver", &a0)) goto done;
    {
        weaveheap_region_destroy(a0, &err);
        if (err.code != 0) {
            wh__throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* region.reset -> Region.prototype.reset */
static napi_value wh__region_reset(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    weaveheap_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return wh__napi_failed(env);
    if (!wh__get_handle(env, argv[0], "Region.prototype.reset: the receiver", &a0)) goto done;
    {
        weaveheap_region_reset(a0, &err);
        if (err.code != 0) {
            wh__throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* region.stats -> Region.prototype.stats */
static napi_value wh__region_stats(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    weaveheap_stats out;
    memset(&out, 0, sizeof out);
    weaveheap_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return wh__napi_failed(env);
    if (!wh__get_handle(env, argv[0], "Region.prototype.stats: the receiver", &a0)) goto done;
    {
        weaveheap_region_stats(a0, &out, &err);
        if (err.code != 0) {
            wh__throw(env, &err);
            goto done;
        }
        result = wh__new_stats(env, &out);
    }
done:
    return result;
}

/* buffer.alloc -> Region.prototype.alloc */
static napi_value wh__buffer_alloc(napi_env env, napi_callback_info info) {
    napi_value argv[3];
    size_t argc = 3;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    uint64_t a2 = 0;
    weaveheap_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return wh__napi_failed(env);
    if (!wh__get_handle(env, argv[0], "Region.prototype.alloc: the receiver", &a0)) goto done;
    if (!wh__get_u64(env, argv[1], "Region.prototype.alloc: argument 'size'", &a1)) goto done;
    if (!wh__get_u64(env, argv[2], "Region.prototype.alloc: option 'align'", &a2)) goto done;
    {
        weaveheap_buffer_t r = weaveheap_buffer_alloc(a0, a1, a2, &err);
        if (err.code != 0) {
            wh__throw(env, &err);
            goto done;
        }
        if (napi_create_bigint_uint64(env, r, &result) != napi_ok) result = wh__napi_failed(env);
    }
done:
    return result;
}

/* buffer.release -> Buffer.prototype.close */
static napi_value wh__buffer_release(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    weaveheap_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return wh__napi_failed(env);
    if (!wh__get_handle(env, argv[0], "Buffer.prototype.close: the receiver", &a0)) goto done;
    {
        weaveheap_buffer_release(a0, &err);
        if (err.code != 0) {
            wh__throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* buffer.size -> Buffer.prototype.size */
static napi_value wh__buffer_size(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    weaveheap_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return wh__napi_failed(env);
    if (!wh__get_handle(env, argv[0], "Buffer.prototype.size: the receiver", &a0)) goto done;
    {
        uint64_t r = weaveheap_buffer_size(a0, &err);
        if (err.code != 0) {
            wh__throw(env, &err);
            goto done;
        }
        if (napi_create_double(env, (double)r, &result) != napi_ok) result = wh__napi_failed(env);
    }
done:
    return result;
}

/* buffer.write -> Buffer.prototype.write */
static napi_value wh__buffer_write(napi_env env, napi_callback_info info) {
    napi_value argv[3];
    size_t argc = 3;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    wh__bytes a2 = {NULL, 0, NULL};
    weaveheap_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return wh__napi_failed(env);
    if (!wh__get_handle(env, argv[0], "Buffer.prototype.write: the receiver", &a0)) goto done;
    if (!wh__get_u64(env, argv[1], "Buffer.prototype.write: argument 'offset'", &a1)) goto done;
    if (!wh__get_bytes_in(env, argv[2], "Buffer.prototype.write: argument 'data'", &a2)) goto done;
    {
        weaveheap_buffer_write(a0, a1, a2.data, a2.len, &err);
        if (err.code != 0) {
            wh__throw(env, &err);
            goto done;
        }
    }
done:
    free(a2.owned);
    return result;
}

/* buffer.read -> Buffer.prototype.read */
static napi_value wh__buffer_read(napi_env env, napi_callback_info info) {
    napi_value argv[3];
    size_t argc = 3;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    uint8_t* a2 = NULL;
    uint64_t a2_len = 0;
    weaveheap_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return wh__napi_failed(env);
    if (!wh__get_handle(env, argv[0], "Buffer.prototype.read: the receiver", &a0)) goto done;
    if (!wh__get_u64(env, argv[1], "Buffer.prototype.read: argument 'offset'", &a1)) goto done;
    if (!wh__get_memory(env, argv[2], "Buffer.prototype.read: argument 'dst'", &a2, &a2_len)) goto done;
    {
        weaveheap_buffer_read(a0, a1, a2, a2_len, &err);
        if (err.code != 0) {
            wh__throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* bytes.create -> Region.prototype.bytes */
static napi_value wh__bytes_create(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh__bytes a1 = {NULL, 0, NULL};
    weaveheap_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return wh__napi_failed(env);
    if (!wh__get_handle(env, argv[0], "Region.prototype.bytes: the receiver", &a0)) goto done;
    if (!wh__get_bytes_in(env, argv[1], "Region.prototype.bytes: argument 'data'", &a1)) goto done;
    {
        weaveheap_bytes_t r = weaveheap_bytes_create(a0, a1.data, a1.len, &err);
        if (err.code != 0) {
            wh__throw(env, &err);
            goto done;
        }
        if (napi_create_bigint_uint64(env, r, &result) != napi_ok) result = wh__napi_failed(env);
    }
done:
    free(a1.owned);
    return result;
}

/* bytes.release -> Bytes.prototype.close */
static napi_value wh__bytes_release(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    weaveheap_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return wh__napi_failed(env);
    if (!wh__get_handle(env, argv[0], "Bytes.prototype.close: the receiver", &a0)) goto done;
    {
        weaveheap_bytes_release(a0, &err);
        if (err.code != 0) {
            wh__throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* bytes.length -> Bytes.prototype.length */
static napi_value wh__bytes_length(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    weaveheap_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return wh__napi_failed(env);
    if (!wh__get_handle(env, argv[0], "Bytes.prototype.length: the receiver", &a0)) goto done;
    {
        uint64_t r = weaveheap_bytes_length(a0, &err);
        if (err.code != 0) {
            wh__throw(env, &err);
            goto done;
        }
        if (napi_create_double(env, (double)r, &result) != napi_ok) result = wh__napi_failed(env);
    }
done:
    return result;
}

/* bytes.dup -> Bytes.prototype.dup */
static napi_value wh__bytes_dup(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t out_len = 0;
    weaveheap_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return wh__napi_failed(env);
    if (!wh__get_handle(env, argv[0], "Bytes.prototype.dup: the receiver", &a0)) goto done;
    {
        uint8_t* r = weaveheap_bytes_dup(a0, &out_len, &err);
        if (err.code != 0) {
            wh__throw(env, &err);
            goto done;
        }
        result = wh__own_bytes(env, r, out_len);
    }
done:
    return result;
}

/* string.create -> Region.prototype.string */
static napi_value wh__string_create(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh__bytes a1 = {NULL, 0, NULL};
    weaveheap_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return wh__napi_failed(env);
    if (!wh__get_handle(env, argv[0], "Region.prototype.string: the receiver", &a0)) goto done;
    if (!wh__get_bytes_in(env, argv[1], "Region.prototype.string: argument 'text'", &a1)) goto done;
    {
        weaveheap_string_t r = weaveheap_string_create(a0, a1.data, a1.len, &err);
        if (err.code != 0) {
            wh__throw(env, &err);
            goto done;
        }
        if (napi_create_bigint_uint64(env, r, &result) != napi_ok) result = wh__napi_failed(env);
    }
done:
    free(a1.owned);
    return result;
}

/* string.release -> String.prototype.close */
static napi_value wh__string_release(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    weaveheap_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return wh__napi_failed(env);
    if (!wh__get_handle(env, argv[0], "String.prototype.close: the receiver", &a0)) goto done;
    {
        weaveheap_string_release(a0, &err);
        if (err.code != 0) {
            wh__throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* string.length -> String.prototype.length */
static napi_value wh__string_length(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    weaveheap_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return wh__napi_failed(env);
    if (!wh__get_handle(env, argv[0], "String.prototype.length: the receiver", &a0)) goto done;
    {
        uint64_t r = weaveheap_string_length(a0, &err);
        if (err.code != 0) {
            wh__throw(env, &err);
            goto done;
        }
        if (napi_create_double(env, (double)r, &result) != napi_ok) result = wh__napi_failed(env);
    }
done:
    return result;
}

/* string.dup -> String.prototype.dup */
static napi_value wh__string_dup(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    weaveheap_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return wh__napi_failed(env);
    if (!wh__get_handle(env, argv[0], "String.prototype.dup: the receiver", &a0)) goto done;
    {
        char* r = weaveheap_string_dup(a0, &err);
        if (err.code != 0) {
            wh__throw(env, &err);
            goto done;
        }
        if (napi_create_string_utf8(env, r, NAPI_AUTO_LENGTH, &result) != napi_ok) result = wh__napi_failed(env);
        weaveheap_free_string(r);
    }
done:
    return result;
}

/* handle.kind_of -> handleKindOf */
static napi_value wh__handle_kind_of(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    weaveheap_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return wh__napi_failed(env);
    if (!wh__get_handle(env, argv[0], "handleKindOf: argument 'handle'", &a0)) goto done;
    {
        weaveheap_handle_kind r = weaveheap_handle_kind_of(a0, &err);
        if (err.code != 0) {
            wh__throw(env, &err);
            goto done;
        }
        if (napi_create_int32(env, (int32_t)r, &result) != napi_ok) result = wh__napi_failed(env);
    }
done:
    return result;
}

/* stats.global -> stats */
static napi_value wh__stats_global(napi_env env, napi_callback_info info) {
    (void)info;
    napi_value result = NULL;
    weaveheap_stats out;
    memset(&out, 0, sizeof out);
    weaveheap_error err = {0, NULL};
    {
        weaveheap_stats_global(&out, &err);
        if (err.code != 0) {
            wh__throw(env, &err);
            goto done;
        }
        result = wh__new_stats(env, &out);
    }
done:
    return result;
}

/* stats.set_enabled -> statsSetEnabled */
static napi_value wh__stats_set_enabled(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    bool a0 = 0;
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return wh__napi_failed(env);
    if (!wh__get_bool(env, argv[0], "statsSetEnabled: argument 'enabled'", &a0)) goto done;
    {
        weaveheap_stats_set_enabled(a0);
    }
done:
    return result;
}

/* stats.enabled -> statsEnabled */
static napi_value wh__stats_enabled(napi_env env, napi_callback_info info) {
    (void)info;
    napi_value result = NULL;
    {
        bool r = weaveheap_stats_enabled();
        if (napi_get_boolean(env, r, &result) != napi_ok) result = wh__napi_failed(env);
    }
    return result;
}

/* publish.start -> publishStart */
static napi_value wh__publish_start(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    int64_t a0 = 0;
    weaveheap_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return wh__napi_failed(env);
    if (!wh__get_int(env, argv[0], "publishStart: option 'intervalMs'", 0, UINT32_MAX, &a0)) goto done;
    {
        weaveheap_publish_start((uint32_t)a0, &err);
        if (err.code != 0) {
            wh__throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* publish.now -> publishNow */
static napi_value wh__publish_now(napi_env env, napi_callback_info info) {
    (void)info;
    napi_value result = NULL;
    weaveheap_error err = {0, NULL};
    {
        weaveheap_publish_now(&err);
        if (err.code != 0) {
            wh__throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* publish.stop -> publishStop */
static napi_value wh__publish_stop(napi_env env, napi_callback_info info) {
    (void)info;
    (void)env;
    napi_value result = NULL;
    {
        weaveheap_publish_stop();
    }
    return result;
}

/* publish.active -> publishActive */
static napi_value wh__publish_active(napi_env env, napi_callback_info info) {
    (void)info;
    napi_value result = NULL;
    {
        bool r = weaveheap_publish_active();
        if (napi_get_boolean(env, r, &result) != napi_ok) result = wh__napi_failed(env);
    }
    return result;
}

/* -- registration ----------------------------------------------------------- */

/* index.js passes its error classes, indexed by code, before any call can
 * fail, and the BigUint64Array(2) in which view() leaves a view's token and
 * flags (an ArrayBuffer-backed array: its memory never moves). */
static napi_value wh__init(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    bool is_array = false, is_typed = false;
    napi_typedarray_type type;
    size_t length = 0;
    void* data = NULL;
    wh__env* e = wh__env_of(env);
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return wh__napi_failed(env);
    if (argc < 2 || napi_is_array(env, argv[0], &is_array) != napi_ok || !is_array ||
        napi_is_typedarray(env, argv[1], &is_typed) != napi_ok || !is_typed ||
        napi_get_typedarray_info(env, argv[1], &type, &length, &data, NULL, NULL) != napi_ok ||
        type != napi_biguint64_array || length < 2) {
        wh__throw_code(env, WH_ERR_ARGUMENT, "__init expects the error classes and a BigUint64Array(2)");
        return NULL;
    }
    if (e->errors) napi_delete_reference(env, e->errors);
    if (e->scratch_ref) napi_delete_reference(env, e->scratch_ref);
    e->errors = e->scratch_ref = NULL;
    e->scratch = NULL;
    if (napi_create_reference(env, argv[0], 1, &e->errors) != napi_ok ||
        napi_create_reference(env, argv[1], 1, &e->scratch_ref) != napi_ok)
        return wh__napi_failed(env);
    e->scratch = data;
    return NULL;
}

static void wh__env_finalize(napi_env env, void* data, void* hint) {
    (void)hint;
    wh__env* e = data;
    if (e->errors) napi_delete_reference(env, e->errors);
    if (e->scratch_ref) napi_delete_reference(env, e->scratch_ref);
    e->errors = e->scratch_ref = NULL;
    e->scratch = NULL;
    wh__env_unref(e);
}

NAPI_MODULE_INIT() {
    static const struct { const char* name; napi_callback fn; } natives[] = {
        {"__init", wh__init},
        {"version_number", wh__version_number},
        {"version_string", wh__version_string},
        {"abi_version", wh__abi_version},
        {"idl_hash", wh__idl_hash},
        {"strerror", wh__strerror},
        {"region_create", wh__region_create},
        {"region_destroy", wh__region_destroy},
        {"region_reset", wh__region_reset},
        {"region_stats", wh__region_stats},
        {"buffer_alloc", wh__buffer_alloc},
        {"buffer_release", wh__buffer_release},
        {"buffer_size", wh__buffer_size},
        {"buffer_write", wh__buffer_write},
        {"buffer_read", wh__buffer_read},
        {"bytes_create", wh__bytes_create},
        {"bytes_release", wh__bytes_release},
        {"bytes_length", wh__bytes_length},
        {"bytes_dup", wh__bytes_dup},
        {"string_create", wh__string_create},
        {"string_release", wh__string_release},
        {"string_length", wh__string_length},
        {"string_dup", wh__string_dup},
        {"borrow_shared", wh__borrow_shared},
        {"borrow_unique", wh__borrow_unique},
        {"borrow_release", wh__borrow_release},
        {"handle_kind_of", wh__handle_kind_of},
        {"stats_global", wh__stats_global},
        {"stats_set_enabled", wh__stats_set_enabled},
        {"stats_enabled", wh__stats_enabled},
        {"publish_start", wh__publish_start},
        {"publish_now", wh__publish_now},
        {"publish_stop", wh__publish_stop},
        {"publish_active", wh__publish_active},
    };
    wh__env* e = calloc(1, sizeof *e);
    const char* no_external = getenv("WEAVEHEAP_NODE_NO_EXTERNAL_BUFFERS");
    napi_value v;
    if (!e || napi_set_instance_data(env, e, wh__env_finalize, NULL) != napi_ok) {
        free(e);
        napi_throw_error(env, NULL, "weaveheap: cannot set up the native module");
        return NULL;
    }
    e->refs = 1;
    e->no_external = no_external && *no_external && strcmp(no_external, "0") != 0;
    for (size_t i = 0; i < sizeof natives / sizeof natives[0]; i++) {
        if (napi_create_function(env, natives[i].name, NAPI_AUTO_LENGTH, natives[i].fn, NULL, &v) != napi_ok ||
            napi_set_named_property(env, exports, natives[i].name, v) != napi_ok)
            return NULL;
    }
    if (napi_create_string_utf8(env, WH_GLUE_IDL_HASH, NAPI_AUTO_LENGTH, &v) != napi_ok ||
        napi_set_named_property(env, exports, "glueIdlHash", v) != napi_ok ||
        napi_create_uint32(env, WH_GLUE_ABI_VERSION, &v) != napi_ok ||
        napi_set_named_property(env, exports, "glueAbiVersion", v) != napi_ok)
        return NULL;
    return exports;
}
