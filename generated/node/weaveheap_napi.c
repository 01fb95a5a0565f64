/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144 */
/*
 * The N-API backend of weaveheap 0.1.0: one native function per IDL
 * function but those the glue calls itself, converting the arguments the
 * JavaScript layer checked (index.js; docs/node.md, "Backends") and the
 * result. Errors, views and the rest are bindings/node/weaveheap_napi_helpers.c.
 */
#include "weaveheap_napi_helpers.h"

#include <stdlib.h>
#include <string.h>
#include <errno.h>

#include "weaveheap_arrow.h"

/* -- structs ---------------------------------------------------------------- */
/* region_options from a plain object (chunkSize, byteLimit, threadSafe); undefined or
 * null leave *present false. */
static bool get_region_options(napi_env env, napi_value object, const char* what, weaveheap_region_options* out, bool* present) {
    napi_value v;
    int64_t x = 0;
    (void)x;
    memset(out, 0, sizeof *out);
    if (!weaveheap__napi_get_object(env, object, what, present)) return false;
    if (!*present) return true;
    if (!weaveheap__napi_get_field(env, object, "chunkSize", &v) || !(weaveheap__napi_get_u64(env, v, what, &out->chunk_size))) return false;
    if (!weaveheap__napi_get_field(env, object, "byteLimit", &v) || !(weaveheap__napi_get_u64(env, v, what, &out->byte_limit))) return false;
    if (!weaveheap__napi_get_field(env, object, "threadSafe", &v) || !(weaveheap__napi_get_bool(env, v, what, &out->thread_safe))) return false;
    return true;
}

/* stats as a plain object (allocations, releases, bytesAllocated, bytesLive, bytesPeak, bytesReserved, borrowsTaken, borrowsActive, borrowConflicts, staleRejected, copies, copyBytes, regionsLive, imports). */
static napi_value make_stats(napi_env env, const weaveheap_stats* s) {
    napi_value o;
    if (napi_create_object(env, &o) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_set(env, o, "allocations", weaveheap__napi_make_number(env, (double)s->allocations))) return NULL;
    if (!weaveheap__napi_set(env, o, "releases", weaveheap__napi_make_number(env, (double)s->releases))) return NULL;
    if (!weaveheap__napi_set(env, o, "bytesAllocated", weaveheap__napi_make_number(env, (double)s->bytes_allocated))) return NULL;
    if (!weaveheap__napi_set(env, o, "bytesLive", weaveheap__napi_make_number(env, (double)s->bytes_live))) return NULL;
    if (!weaveheap__napi_set(env, o, "bytesPeak", weaveheap__napi_make_number(env, (double)s->bytes_peak))) return NULL;
    if (!weaveheap__napi_set(env, o, "bytesReserved", weaveheap__napi_make_number(env, (double)s->bytes_reserved))) return NULL;
    if (!weaveheap__napi_set(env, o, "borrowsTaken", weaveheap__napi_make_number(env, (double)s->borrows_taken))) return NULL;
    if (!weaveheap__napi_set(env, o, "borrowsActive", weaveheap__napi_make_number(env, (double)s->borrows_active))) return NULL;
    if (!weaveheap__napi_set(env, o, "borrowConflicts", weaveheap__napi_make_number(env, (double)s->borrow_conflicts))) return NULL;
    if (!weaveheap__napi_set(env, o, "staleRejected", weaveheap__napi_make_number(env, (double)s->stale_rejected))) return NULL;
    if (!weaveheap__napi_set(env, o, "copies", weaveheap__napi_make_number(env, (double)s->copies))) return NULL;
    if (!weaveheap__napi_set(env, o, "copyBytes", weaveheap__napi_make_number(env, (double)s->copy_bytes))) return NULL;
    if (!weaveheap__napi_set(env, o, "regionsLive", weaveheap__napi_make_number(env, (double)s->regions_live))) return NULL;
    if (!weaveheap__napi_set(env, o, "imports", weaveheap__napi_make_number(env, (double)s->imports))) return NULL;
    return o;
}

/* -- views: the memory classes, and the view functions ------------------------ */
static uint64_t probe_buffer(wh_handle target, wh_error* err) { return (uint64_t)weaveheap_buffer_size(target, err); }
static uint64_t probe_bytes(wh_handle target, wh_error* err) { return (uint64_t)weaveheap_bytes_length(target, err); }
static uint64_t probe_string(wh_handle target, wh_error* err) { return (uint64_t)weaveheap_string_length(target, err); }
static uint64_t probe_vector(wh_handle target, wh_error* err) { return (uint64_t)weaveheap_vector_length(target, err); }
static uint64_t probe_var_vector(wh_handle target, wh_error* err) { return (uint64_t)weaveheap_var_vector_length(target, err); }
static uint64_t probe_foreign(wh_handle target, wh_error* err) { return (uint64_t)weaveheap_foreign_length(target, err); }

const weaveheap__napi_class weaveheap__napi_classes[] = {
    {WEAVEHEAP_HANDLE_KIND_BUFFER, probe_buffer, WEAVEHEAP__NAPI_COPY_READ, weaveheap_buffer_read, NULL, NULL, weaveheap_buffer_write},
    {WEAVEHEAP_HANDLE_KIND_BYTES, probe_bytes, WEAVEHEAP__NAPI_COPY_DUP_BYTES, NULL, weaveheap_bytes_dup, NULL, NULL},
    {WEAVEHEAP_HANDLE_KIND_STRING, probe_string, WEAVEHEAP__NAPI_COPY_DUP_TEXT, NULL, NULL, weaveheap_string_dup, NULL},
    {WEAVEHEAP_HANDLE_KIND_VECTOR, probe_vector, WEAVEHEAP__NAPI_COPY_READ, weaveheap_vector_read, NULL, NULL, NULL},
    {WEAVEHEAP_HANDLE_KIND_VAR_VECTOR, probe_var_vector, WEAVEHEAP__NAPI_COPY_READ, weaveheap_var_vector_read, NULL, NULL, NULL},
    {WEAVEHEAP_HANDLE_KIND_FOREIGN, probe_foreign, WEAVEHEAP__NAPI_COPY_DUP_TEXT, NULL, NULL, weaveheap_foreign_format, NULL},
};
const size_t weaveheap__napi_class_count = sizeof weaveheap__napi_classes / sizeof weaveheap__napi_classes[0];

/* borrow.shared -> WeaveHeapBuffer.prototype.view(), Bytes.prototype.view(), WeaveHeapString.prototype.view(), Vector.prototype.view(), VarVector.prototype.view(), Foreign.prototype.view() */
static napi_value native_borrow_shared(napi_env env, napi_callback_info info) {
    return weaveheap__napi_view_take(env, info, weaveheap_borrow_shared, false);
}

/* borrow.unique -> WeaveHeapBuffer.prototype.view({ writable: true }), Bytes.prototype.view({ writable: true }), WeaveHeapString.prototype.view({ writable: true }), Vector.prototype.view({ writable: true }), VarVector.prototype.view({ writable: true }), Foreign.prototype.view({ writable: true }) */
static napi_value native_borrow_unique(napi_env env, napi_callback_info info) {
    return weaveheap__napi_view_take(env, info, weaveheap_borrow_unique, true);
}

/* -- raw Arrow C Data / C Stream exports ------------------------------------------
 * The structs live on the C heap (their addresses are what the layer hands
 * out, as BigInts, to a user's Arrow C Data importer), behind an external
 * tagged as this module's: nothing else is taken for one, so a forged
 * address never reaches the core. `live` is false once the layer's
 * release() ran the callbacks no importer took; the memory goes with the
 * external (at garbage collection), which releases first if nobody did. */
typedef struct wh_arrow_held {
    bool live;
    bool stream;
    struct ArrowSchema schema;
    struct ArrowArray array;
    struct ArrowArrayStream s;
} wh_arrow_held;

static const napi_type_tag wh_arrow_tag = {0x5748617272657870ULL, 0x6f72742d6e617069ULL};

/* Runs the release callbacks nobody ran (a moved struct is marked released). */
static void wh_arrow_release_held(wh_arrow_held* held) {
    if (!held->live) return;
    held->live = false;
    if (held->stream) {
        if (held->s.release) held->s.release(&held->s);
        return;
    }
    if (held->array.release) held->array.release(&held->array);
    if (held->schema.release) held->schema.release(&held->schema);
}

static void wh_arrow_finalize(napi_env env, void* data, void* hint) {
    (void)env;
    (void)hint;
    wh_arrow_release_held(data);
    free(data);
}

static napi_value wh_arrow_address(napi_env env, const void* p) {
    return weaveheap__napi_make_handle(env, (uint64_t)(uintptr_t)p);
}

/* [external, schema address, array address] (or [external, stream address]);
 * on failure the export is released and freed, and NULL is returned (thrown). */
static napi_value wh_arrow_wrap(napi_env env, wh_arrow_held* held) {
    napi_value ext, list, v;
    if (napi_create_external(env, held, wh_arrow_finalize, NULL, &ext) != napi_ok) {
        wh_arrow_finalize(env, held, NULL);
        return weaveheap__napi_failed(env);
    }
    if (napi_type_tag_object(env, ext, &wh_arrow_tag) != napi_ok ||
        napi_create_array_with_length(env, held->stream ? 2 : 3, &list) != napi_ok ||
        napi_set_element(env, list, 0, ext) != napi_ok)
        return weaveheap__napi_failed(env);
    if (held->stream) {
        if (!(v = wh_arrow_address(env, &held->s)) || napi_set_element(env, list, 1, v) != napi_ok)
            return weaveheap__napi_failed(env);
        return list;
    }
    if (!(v = wh_arrow_address(env, &held->schema)) || napi_set_element(env, list, 1, v) != napi_ok ||
        !(v = wh_arrow_address(env, &held->array)) || napi_set_element(env, list, 2, v) != napi_ok)
        return weaveheap__napi_failed(env);
    return list;
}

/* The export an external of this module holds, or NULL (thrown). */
static wh_arrow_held* wh_arrow_get(napi_env env, napi_callback_info info, const char* what) {
    napi_value argv[1];
    size_t argc = 1;
    bool tagged = false;
    void* data = NULL;
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env), NULL;
    if (argc < 1 || napi_check_object_type_tag(env, argv[0], &wh_arrow_tag, &tagged) != napi_ok || !tagged ||
        napi_get_value_external(env, argv[0], &data) != napi_ok || !data) {
        weaveheap__napi_throw_fmt(env, WH_ERR_ARGUMENT, "%s: not an Arrow export of this module", what);
        return NULL;
    }
    return data;
}

/* arrow_release(external): the layer's release(). */
static napi_value wh_arrow_native_release(napi_env env, napi_callback_info info) {
    wh_arrow_held* held = wh_arrow_get(env, info, "arrow_release()");
    if (held) wh_arrow_release_held(held);
    return NULL;
}

/* arrow_stream_next(external): the stream's next batch as [external, schema,
 * array], or null at its end. */
static napi_value wh_arrow_native_stream_next(napi_env env, napi_callback_info info) {
    wh_arrow_held* st = wh_arrow_get(env, info, "arrow_stream_next()");
    if (!st) return NULL;
    if (!st->stream) {
        weaveheap__napi_throw_code(env, WH_ERR_ARGUMENT, "arrow_stream_next(): not a stream export");
        return NULL;
    }
    if (!st->live || !st->s.release) {
        weaveheap__napi_throw_code(env, WEAVEHEAP_ERR_STALE_HANDLE, "the Arrow stream export was released or moved to a consumer");
        return NULL;
    }
    wh_arrow_held* held = calloc(1, sizeof *held);
    if (!held) {
        weaveheap__napi_throw_code(env, WH_ERR_MEMORY, "no memory for the Arrow structs");
        return NULL;
    }
    held->live = true;
    int rc = st->s.get_schema(&st->s, &held->schema);
    if (rc == 0) rc = st->s.get_next(&st->s, &held->array);
    if (rc != 0) {
        const char* text = st->s.get_last_error(&st->s);
        wh_arrow_release_held(held);
        free(held);
        weaveheap__napi_throw_fmt(env, rc == ENOMEM ? WH_ERR_MEMORY : WH_ERR_ARGUMENT, "get_next failed (errno %d): %s",
                                  rc, text ? text : "");
        return NULL;
    }
    if (!held->array.release) {  /* the end of the stream */
        wh_arrow_release_held(held);
        free(held);
        napi_value nothing;
        return napi_get_null(env, &nothing) == napi_ok ? nothing : weaveheap__napi_failed(env);
    }
    return wh_arrow_wrap(env, held);
}

/* weaveheap_vector_export_arrow (hidden: the glue gives it the structs) -> exportArrow() */
static napi_value native_vector_export_arrow(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    uint64_t h = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "exportArrow(): the receiver", &h)) return NULL;
    wh_arrow_held* held = calloc(1, sizeof *held);
    if (!held) {
        weaveheap__napi_throw_code(env, WH_ERR_MEMORY, "no memory for the Arrow structs");
        return NULL;
    }
    weaveheap_vector_export_arrow(h, (uint8_t*)&held->schema, (uint8_t*)&held->array, &err);
    if (err.code != 0) {
        free(held);  /* a refused export fills nothing */
        weaveheap__napi_throw(env, &err);
        return NULL;
    }
    held->live = true;
    return wh_arrow_wrap(env, held);
}

/* weaveheap_batch_export_arrow (hidden: the glue gives it the structs) -> exportArrow() */
static napi_value native_batch_export_arrow(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    uint64_t h = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "exportArrow(): the receiver", &h)) return NULL;
    wh_arrow_held* held = calloc(1, sizeof *held);
    if (!held) {
        weaveheap__napi_throw_code(env, WH_ERR_MEMORY, "no memory for the Arrow structs");
        return NULL;
    }
    weaveheap_batch_export_arrow(h, (uint8_t*)&held->schema, (uint8_t*)&held->array, &err);
    if (err.code != 0) {
        free(held);  /* a refused export fills nothing */
        weaveheap__napi_throw(env, &err);
        return NULL;
    }
    held->live = true;
    return wh_arrow_wrap(env, held);
}

/* weaveheap_batch_stream_export_arrow (hidden: the glue gives it the structs) -> exportArrowStream() */
static napi_value native_batch_stream_export_arrow(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    uint64_t h = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "exportArrowStream(): the receiver", &h)) return NULL;
    wh_arrow_held* held = calloc(1, sizeof *held);
    if (!held) {
        weaveheap__napi_throw_code(env, WH_ERR_MEMORY, "no memory for the Arrow structs");
        return NULL;
    }
    weaveheap_batch_stream_export_arrow(h, (uint8_t*)&held->s, &err);
    held->stream = true;
    if (err.code != 0) {
        free(held);  /* a refused export fills nothing */
        weaveheap__napi_throw(env, &err);
        return NULL;
    }
    held->live = true;
    return wh_arrow_wrap(env, held);
}

/* weaveheap_var_vector_export_arrow (hidden: the glue gives it the structs) -> exportArrow() */
static napi_value native_var_vector_export_arrow(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    uint64_t h = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "exportArrow(): the receiver", &h)) return NULL;
    wh_arrow_held* held = calloc(1, sizeof *held);
    if (!held) {
        weaveheap__napi_throw_code(env, WH_ERR_MEMORY, "no memory for the Arrow structs");
        return NULL;
    }
    weaveheap_var_vector_export_arrow(h, (uint8_t*)&held->schema, (uint8_t*)&held->array, &err);
    if (err.code != 0) {
        free(held);  /* a refused export fills nothing */
        weaveheap__napi_throw(env, &err);
        return NULL;
    }
    held->live = true;
    return wh_arrow_wrap(env, held);
}

/* weaveheap_list_vector_export_arrow (hidden: the glue gives it the structs) -> exportArrow() */
static napi_value native_list_vector_export_arrow(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    uint64_t h = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "exportArrow(): the receiver", &h)) return NULL;
    wh_arrow_held* held = calloc(1, sizeof *held);
    if (!held) {
        weaveheap__napi_throw_code(env, WH_ERR_MEMORY, "no memory for the Arrow structs");
        return NULL;
    }
    weaveheap_list_vector_export_arrow(h, (uint8_t*)&held->schema, (uint8_t*)&held->array, &err);
    if (err.code != 0) {
        free(held);  /* a refused export fills nothing */
        weaveheap__napi_throw(env, &err);
        return NULL;
    }
    held->live = true;
    return wh_arrow_wrap(env, held);
}

/* weaveheap_foreign_export_arrow (hidden: the glue gives it the structs) -> exportArrow() */
static napi_value native_foreign_export_arrow(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    uint64_t h = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "exportArrow(): the receiver", &h)) return NULL;
    wh_arrow_held* held = calloc(1, sizeof *held);
    if (!held) {
        weaveheap__napi_throw_code(env, WH_ERR_MEMORY, "no memory for the Arrow structs");
        return NULL;
    }
    weaveheap_foreign_export_arrow(h, (uint8_t*)&held->schema, (uint8_t*)&held->array, &err);
    if (err.code != 0) {
        free(held);  /* a refused export fills nothing */
        weaveheap__napi_throw(env, &err);
        return NULL;
    }
    held->live = true;
    return wh_arrow_wrap(env, held);
}

/* -- functions -------------------------------------------------------------- */
/* weaveheap.version_number -> versionNumber */
static napi_value native_version_number(napi_env env, napi_callback_info info) {
    (void)info;
    napi_value result = NULL;
    {
        uint32_t r = weaveheap_version_number();
        result = weaveheap__napi_make_u32(env, (uint32_t)r);
    }
    return result;
}

/* weaveheap.version_string -> versionString */
static napi_value native_version_string(napi_env env, napi_callback_info info) {
    (void)info;
    napi_value result = NULL;
    {
        const char* r = weaveheap_version_string();
        result = weaveheap__napi_make_static_text(env, r);
    }
    return result;
}

/* weaveheap.abi_version -> abiVersion */
static napi_value native_abi_version(napi_env env, napi_callback_info info) {
    (void)info;
    napi_value result = NULL;
    {
        uint32_t r = weaveheap_abi_version();
        result = weaveheap__napi_make_u32(env, (uint32_t)r);
    }
    return result;
}

/* weaveheap.idl_hash -> idlHash */
static napi_value native_idl_hash(napi_env env, napi_callback_info info) {
    (void)info;
    napi_value result = NULL;
    {
        const char* r = weaveheap_idl_hash();
        result = weaveheap__napi_make_static_text(env, r);
    }
    return result;
}

/* weaveheap.strerror -> strerror */
static napi_value native_strerror(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    int64_t a0 = 0;
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_int(env, argv[0], "strerror: argument 'code'", INT32_MIN, INT32_MAX, &a0)) goto done;
    {
        const char* r = weaveheap_strerror((int32_t)a0);
        result = weaveheap__napi_make_static_text(env, r);
    }
done:
    return result;
}

/* region.create -> new Region */
static napi_value native_region_create(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    weaveheap_region_options a0;
    bool a0_present = false;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!get_region_options(env, argv[0], "new Region: argument 'options'", &a0, &a0_present)) goto done;
    {
        weaveheap_region_t r = weaveheap_region_create((a0_present ? &a0 : NULL), &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_handle(env, r);
    }
done:
    return result;
}

/* region.destroy -> Region.prototype.close */
static napi_value native_region_destroy(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Region.prototype.close: the receiver", &a0)) goto done;
    {
        weaveheap_region_destroy(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* region.reset -> Region.prototype.reset */
static napi_value native_region_reset(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Region.prototype.reset: the receiver", &a0)) goto done;
    {
        weaveheap_region_reset(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* region.stats -> Region.prototype.stats */
static napi_value native_region_stats(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    weaveheap_stats out;
    memset(&out, 0, sizeof out);
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Region.prototype.stats: the receiver", &a0)) goto done;
    {
        weaveheap_region_stats(a0, &out, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = make_stats(env, &out);
    }
done:
    return result;
}

/* buffer.alloc -> Region.prototype.alloc */
static napi_value native_buffer_alloc(napi_env env, napi_callback_info info) {
    napi_value argv[3];
    size_t argc = 3;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    uint64_t a2 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Region.prototype.alloc: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[1], "Region.prototype.alloc: argument 'size'", &a1)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[2], "Region.prototype.alloc: option 'align'", &a2)) goto done;
    {
        weaveheap_buffer_t r = weaveheap_buffer_alloc(a0, a1, a2, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_handle(env, r);
    }
done:
    return result;
}

/* buffer.release -> WeaveHeapBuffer.prototype.close */
static napi_value native_buffer_release(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "WeaveHeapBuffer.prototype.close: the receiver", &a0)) goto done;
    {
        weaveheap_buffer_release(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* buffer.size -> WeaveHeapBuffer.prototype.size */
static napi_value native_buffer_size(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "WeaveHeapBuffer.prototype.size: the receiver", &a0)) goto done;
    {
        uint64_t r = weaveheap_buffer_size(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* buffer.write -> WeaveHeapBuffer.prototype.write */
static napi_value native_buffer_write(napi_env env, napi_callback_info info) {
    napi_value argv[3];
    size_t argc = 3;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    weaveheap__napi_bytes a2 = {NULL, 0, NULL};
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "WeaveHeapBuffer.prototype.write: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[1], "WeaveHeapBuffer.prototype.write: argument 'offset'", &a1)) goto done;
    if (!weaveheap__napi_get_bytes(env, argv[2], "WeaveHeapBuffer.prototype.write: argument 'data'", &a2)) goto done;
    {
        weaveheap_buffer_write(a0, a1, a2.data, a2.len, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    weaveheap__napi_bytes_free(&a2);
    return result;
}

/* buffer.read -> WeaveHeapBuffer.prototype.read */
static napi_value native_buffer_read(napi_env env, napi_callback_info info) {
    napi_value argv[3];
    size_t argc = 3;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    weaveheap__napi_memory a2 = {NULL, 0};
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "WeaveHeapBuffer.prototype.read: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[1], "WeaveHeapBuffer.prototype.read: argument 'offset'", &a1)) goto done;
    if (!weaveheap__napi_get_memory(env, argv[2], "WeaveHeapBuffer.prototype.read: argument 'dst'", &a2)) goto done;
    {
        weaveheap_buffer_read(a0, a1, a2.data, a2.len, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* bytes.create -> Region.prototype.bytes */
static napi_value native_bytes_create(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    weaveheap__napi_bytes a1 = {NULL, 0, NULL};
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Region.prototype.bytes: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_bytes(env, argv[1], "Region.prototype.bytes: argument 'data'", &a1)) goto done;
    {
        weaveheap_bytes_t r = weaveheap_bytes_create(a0, a1.data, a1.len, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_handle(env, r);
    }
done:
    weaveheap__napi_bytes_free(&a1);
    return result;
}

/* bytes.release -> Bytes.prototype.close */
static napi_value native_bytes_release(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Bytes.prototype.close: the receiver", &a0)) goto done;
    {
        weaveheap_bytes_release(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* bytes.length -> Bytes.prototype.length */
static napi_value native_bytes_length(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Bytes.prototype.length: the receiver", &a0)) goto done;
    {
        uint64_t r = weaveheap_bytes_length(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* bytes.dup -> Bytes.prototype.dup */
static napi_value native_bytes_dup(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t out_len = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Bytes.prototype.dup: the receiver", &a0)) goto done;
    {
        uint8_t* r = weaveheap_bytes_dup(a0, &out_len, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_take_bytes(env, r, out_len);
    }
done:
    return result;
}

/* string.create -> Region.prototype.string */
static napi_value native_string_create(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    weaveheap__napi_bytes a1 = {NULL, 0, NULL};
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Region.prototype.string: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_bytes(env, argv[1], "Region.prototype.string: argument 'text'", &a1)) goto done;
    {
        weaveheap_string_t r = weaveheap_string_create(a0, a1.data, a1.len, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_handle(env, r);
    }
done:
    weaveheap__napi_bytes_free(&a1);
    return result;
}

/* string.release -> WeaveHeapString.prototype.close */
static napi_value native_string_release(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "WeaveHeapString.prototype.close: the receiver", &a0)) goto done;
    {
        weaveheap_string_release(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* string.length -> WeaveHeapString.prototype.length */
static napi_value native_string_length(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "WeaveHeapString.prototype.length: the receiver", &a0)) goto done;
    {
        uint64_t r = weaveheap_string_length(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* string.dup -> WeaveHeapString.prototype.dup */
static napi_value native_string_dup(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "WeaveHeapString.prototype.dup: the receiver", &a0)) goto done;
    {
        char* r = weaveheap_string_dup(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_take_text(env, r);
    }
done:
    return result;
}

/* vector.create -> Region.prototype.vector */
static napi_value native_vector_create(napi_env env, napi_callback_info info) {
    napi_value argv[4];
    size_t argc = 4;
    napi_value result = NULL;
    uint64_t a0 = 0;
    int64_t a1 = 0;
    uint64_t a2 = 0;
    bool a3 = false;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Region.prototype.vector: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_int(env, argv[1], "Region.prototype.vector: argument 'type'", INT32_MIN, INT32_MAX, &a1)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[2], "Region.prototype.vector: argument 'capacity'", &a2)) goto done;
    if (!weaveheap__napi_get_bool(env, argv[3], "Region.prototype.vector: option 'nullable'", &a3)) goto done;
    {
        weaveheap_vector_t r = weaveheap_vector_create(a0, (weaveheap_element_type)a1, a2, a3, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_handle(env, r);
    }
done:
    return result;
}

/* vector.release -> Vector.prototype.close */
static napi_value native_vector_release(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Vector.prototype.close: the receiver", &a0)) goto done;
    {
        weaveheap_vector_release(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* vector.length -> Vector.prototype.length */
static napi_value native_vector_length(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Vector.prototype.length: the receiver", &a0)) goto done;
    {
        uint64_t r = weaveheap_vector_length(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* vector.capacity -> Vector.prototype.capacity */
static napi_value native_vector_capacity(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Vector.prototype.capacity: the receiver", &a0)) goto done;
    {
        uint64_t r = weaveheap_vector_capacity(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* vector.resize -> Vector.prototype.resize */
static napi_value native_vector_resize(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Vector.prototype.resize: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[1], "Vector.prototype.resize: argument 'capacity'", &a1)) goto done;
    {
        weaveheap_vector_resize(a0, a1, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* vector.element_type -> Vector.prototype.elementType */
static napi_value native_vector_element_type(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Vector.prototype.elementType: the receiver", &a0)) goto done;
    {
        weaveheap_element_type r = weaveheap_vector_element_type(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_i32(env, (int32_t)r);
    }
done:
    return result;
}

/* vector.null_count -> Vector.prototype.nullCount */
static napi_value native_vector_null_count(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Vector.prototype.nullCount: the receiver", &a0)) goto done;
    {
        uint64_t r = weaveheap_vector_null_count(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* vector.append -> Vector.prototype.append */
static napi_value native_vector_append(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    int64_t a1 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Vector.prototype.append: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_int(env, argv[1], "Vector.prototype.append: argument 'value'", INT64_MIN, INT64_MAX, &a1)) goto done;
    {
        weaveheap_vector_append(a0, (int64_t)a1, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* vector.extend -> Vector.prototype.extend */
static napi_value native_vector_extend(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    weaveheap__napi_bytes a1 = {NULL, 0, NULL};
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Vector.prototype.extend: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_bytes(env, argv[1], "Vector.prototype.extend: argument 'data'", &a1)) goto done;
    {
        weaveheap_vector_extend(a0, a1.data, a1.len, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    weaveheap__napi_bytes_free(&a1);
    return result;
}

/* vector.append_null -> Vector.prototype.appendNull */
static napi_value native_vector_append_null(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Vector.prototype.appendNull: the receiver", &a0)) goto done;
    {
        weaveheap_vector_append_null(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* vector.set -> Vector.prototype.set */
static napi_value native_vector_set(napi_env env, napi_callback_info info) {
    napi_value argv[3];
    size_t argc = 3;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    int64_t a2 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Vector.prototype.set: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[1], "Vector.prototype.set: argument 'index'", &a1)) goto done;
    if (!weaveheap__napi_get_int(env, argv[2], "Vector.prototype.set: argument 'value'", INT64_MIN, INT64_MAX, &a2)) goto done;
    {
        weaveheap_vector_set(a0, a1, (int64_t)a2, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* vector.get -> Vector.prototype.get */
static napi_value native_vector_get(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Vector.prototype.get: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[1], "Vector.prototype.get: argument 'index'", &a1)) goto done;
    {
        int64_t r = weaveheap_vector_get(a0, a1, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* vector.append_f64 -> Vector.prototype.appendF64 */
static napi_value native_vector_append_f64(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    double a1 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Vector.prototype.appendF64: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_double(env, argv[1], "Vector.prototype.appendF64: argument 'value'", &a1)) goto done;
    {
        weaveheap_vector_append_f64(a0, (double)a1, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* vector.set_f64 -> Vector.prototype.setF64 */
static napi_value native_vector_set_f64(napi_env env, napi_callback_info info) {
    napi_value argv[3];
    size_t argc = 3;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    double a2 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Vector.prototype.setF64: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[1], "Vector.prototype.setF64: argument 'index'", &a1)) goto done;
    if (!weaveheap__napi_get_double(env, argv[2], "Vector.prototype.setF64: argument 'value'", &a2)) goto done;
    {
        weaveheap_vector_set_f64(a0, a1, (double)a2, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* vector.get_f64 -> Vector.prototype.getF64 */
static napi_value native_vector_get_f64(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Vector.prototype.getF64: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[1], "Vector.prototype.getF64: argument 'index'", &a1)) goto done;
    {
        double r = weaveheap_vector_get_f64(a0, a1, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* vector.is_valid -> Vector.prototype.isValid */
static napi_value native_vector_is_valid(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Vector.prototype.isValid: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[1], "Vector.prototype.isValid: argument 'index'", &a1)) goto done;
    {
        bool r = weaveheap_vector_is_valid(a0, a1, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_bool(env, r);
    }
done:
    return result;
}

/* vector.read -> Vector.prototype.read */
static napi_value native_vector_read(napi_env env, napi_callback_info info) {
    napi_value argv[3];
    size_t argc = 3;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    weaveheap__napi_memory a2 = {NULL, 0};
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Vector.prototype.read: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[1], "Vector.prototype.read: argument 'offset'", &a1)) goto done;
    if (!weaveheap__napi_get_memory(env, argv[2], "Vector.prototype.read: argument 'dst'", &a2)) goto done;
    {
        weaveheap_vector_read(a0, a1, a2.data, a2.len, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* var_vector.create -> Region.prototype.varVector */
static napi_value native_var_vector_create(napi_env env, napi_callback_info info) {
    napi_value argv[5];
    size_t argc = 5;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    uint64_t a2 = 0;
    bool a3 = false;
    bool a4 = false;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Region.prototype.varVector: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[1], "Region.prototype.varVector: argument 'capacity'", &a1)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[2], "Region.prototype.varVector: argument 'dataCapacity'", &a2)) goto done;
    if (!weaveheap__napi_get_bool(env, argv[3], "Region.prototype.varVector: option 'nullable'", &a3)) goto done;
    if (!weaveheap__napi_get_bool(env, argv[4], "Region.prototype.varVector: option 'binary'", &a4)) goto done;
    {
        weaveheap_var_vector_t r = weaveheap_var_vector_create(a0, a1, a2, a3, a4, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_handle(env, r);
    }
done:
    return result;
}

/* var_vector.release -> VarVector.prototype.close */
static napi_value native_var_vector_release(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "VarVector.prototype.close: the receiver", &a0)) goto done;
    {
        weaveheap_var_vector_release(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* var_vector.length -> VarVector.prototype.length */
static napi_value native_var_vector_length(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "VarVector.prototype.length: the receiver", &a0)) goto done;
    {
        uint64_t r = weaveheap_var_vector_length(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* var_vector.capacity -> VarVector.prototype.capacity */
static napi_value native_var_vector_capacity(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "VarVector.prototype.capacity: the receiver", &a0)) goto done;
    {
        uint64_t r = weaveheap_var_vector_capacity(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* var_vector.data_length -> VarVector.prototype.dataLength */
static napi_value native_var_vector_data_length(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "VarVector.prototype.dataLength: the receiver", &a0)) goto done;
    {
        uint64_t r = weaveheap_var_vector_data_length(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* var_vector.data_capacity -> VarVector.prototype.dataCapacity */
static napi_value native_var_vector_data_capacity(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "VarVector.prototype.dataCapacity: the receiver", &a0)) goto done;
    {
        uint64_t r = weaveheap_var_vector_data_capacity(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* var_vector.resize -> VarVector.prototype.resize */
static napi_value native_var_vector_resize(napi_env env, napi_callback_info info) {
    napi_value argv[3];
    size_t argc = 3;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    uint64_t a2 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "VarVector.prototype.resize: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[1], "VarVector.prototype.resize: argument 'capacity'", &a1)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[2], "VarVector.prototype.resize: argument 'dataCapacity'", &a2)) goto done;
    {
        weaveheap_var_vector_resize(a0, a1, a2, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* var_vector.null_count -> VarVector.prototype.nullCount */
static napi_value native_var_vector_null_count(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "VarVector.prototype.nullCount: the receiver", &a0)) goto done;
    {
        uint64_t r = weaveheap_var_vector_null_count(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* var_vector.is_utf8 -> VarVector.prototype.isUtf8 */
static napi_value native_var_vector_is_utf8(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "VarVector.prototype.isUtf8: the receiver", &a0)) goto done;
    {
        bool r = weaveheap_var_vector_is_utf8(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_bool(env, r);
    }
done:
    return result;
}

/* var_vector.append -> VarVector.prototype.append */
static napi_value native_var_vector_append(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    weaveheap__napi_bytes a1 = {NULL, 0, NULL};
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "VarVector.prototype.append: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_bytes(env, argv[1], "VarVector.prototype.append: argument 'value'", &a1)) goto done;
    {
        weaveheap_var_vector_append(a0, a1.data, a1.len, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    weaveheap__napi_bytes_free(&a1);
    return result;
}

/* var_vector.append_null -> VarVector.prototype.appendNull */
static napi_value native_var_vector_append_null(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "VarVector.prototype.appendNull: the receiver", &a0)) goto done;
    {
        weaveheap_var_vector_append_null(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* var_vector.get -> VarVector.prototype.get */
static napi_value native_var_vector_get(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    uint64_t out_len = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "VarVector.prototype.get: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[1], "VarVector.prototype.get: argument 'index'", &a1)) goto done;
    {
        uint8_t* r = weaveheap_var_vector_get(a0, a1, &out_len, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_take_bytes(env, r, out_len);
    }
done:
    return result;
}

/* var_vector.value_offset -> VarVector.prototype.valueOffset */
static napi_value native_var_vector_value_offset(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "VarVector.prototype.valueOffset: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[1], "VarVector.prototype.valueOffset: argument 'index'", &a1)) goto done;
    {
        uint64_t r = weaveheap_var_vector_value_offset(a0, a1, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* var_vector.value_length -> VarVector.prototype.valueLength */
static napi_value native_var_vector_value_length(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "VarVector.prototype.valueLength: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[1], "VarVector.prototype.valueLength: argument 'index'", &a1)) goto done;
    {
        uint64_t r = weaveheap_var_vector_value_length(a0, a1, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* var_vector.is_valid -> VarVector.prototype.isValid */
static napi_value native_var_vector_is_valid(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "VarVector.prototype.isValid: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[1], "VarVector.prototype.isValid: argument 'index'", &a1)) goto done;
    {
        bool r = weaveheap_var_vector_is_valid(a0, a1, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_bool(env, r);
    }
done:
    return result;
}

/* var_vector.read -> VarVector.prototype.read */
static napi_value native_var_vector_read(napi_env env, napi_callback_info info) {
    napi_value argv[3];
    size_t argc = 3;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    weaveheap__napi_memory a2 = {NULL, 0};
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "VarVector.prototype.read: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[1], "VarVector.prototype.read: argument 'offset'", &a1)) goto done;
    if (!weaveheap__napi_get_memory(env, argv[2], "VarVector.prototype.read: argument 'dst'", &a2)) goto done;
    {
        weaveheap_var_vector_read(a0, a1, a2.data, a2.len, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* batch.create -> Region.prototype.batch */
static napi_value native_batch_create(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    int64_t a1 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Region.prototype.batch: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_int(env, argv[1], "Region.prototype.batch: argument 'maxColumns'", 0, UINT32_MAX, &a1)) goto done;
    {
        weaveheap_batch_t r = weaveheap_batch_create(a0, (uint32_t)a1, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_handle(env, r);
    }
done:
    return result;
}

/* batch.release -> Batch.prototype.close */
static napi_value native_batch_release(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Batch.prototype.close: the receiver", &a0)) goto done;
    {
        weaveheap_batch_release(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* batch.add_column -> Batch.prototype.addColumn */
static napi_value native_batch_add_column(napi_env env, napi_callback_info info) {
    napi_value argv[3];
    size_t argc = 3;
    napi_value result = NULL;
    uint64_t a0 = 0;
    weaveheap__napi_bytes a1 = {NULL, 0, NULL};
    uint64_t a2 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Batch.prototype.addColumn: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_bytes(env, argv[1], "Batch.prototype.addColumn: argument 'name'", &a1)) goto done;
    if (!weaveheap__napi_get_handle(env, argv[2], "Batch.prototype.addColumn: argument 'column'", &a2)) goto done;
    {
        weaveheap_batch_add_column(a0, a1.data, a1.len, a2, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    weaveheap__napi_bytes_free(&a1);
    return result;
}

/* batch.num_columns -> Batch.prototype.numColumns */
static napi_value native_batch_num_columns(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Batch.prototype.numColumns: the receiver", &a0)) goto done;
    {
        uint64_t r = weaveheap_batch_num_columns(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* batch.num_rows -> Batch.prototype.numRows */
static napi_value native_batch_num_rows(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Batch.prototype.numRows: the receiver", &a0)) goto done;
    {
        uint64_t r = weaveheap_batch_num_rows(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* batch.column_name -> Batch.prototype.columnName */
static napi_value native_batch_column_name(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Batch.prototype.columnName: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[1], "Batch.prototype.columnName: argument 'index'", &a1)) goto done;
    {
        char* r = weaveheap_batch_column_name(a0, a1, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_take_text(env, r);
    }
done:
    return result;
}

/* batch.validate -> Batch.prototype.validate */
static napi_value native_batch_validate(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Batch.prototype.validate: the receiver", &a0)) goto done;
    {
        weaveheap_batch_validate(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* batch.append_row -> Batch.prototype.appendRow */
static napi_value native_batch_append_row(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    weaveheap__napi_bytes a1 = {NULL, 0, NULL};
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Batch.prototype.appendRow: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_bytes(env, argv[1], "Batch.prototype.appendRow: argument 'row'", &a1)) goto done;
    {
        weaveheap_batch_append_row(a0, a1.data, a1.len, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    weaveheap__napi_bytes_free(&a1);
    return result;
}

/* list_vector.create -> Region.prototype.listVector */
static napi_value native_list_vector_create(napi_env env, napi_callback_info info) {
    napi_value argv[5];
    size_t argc = 5;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    uint64_t a2 = 0;
    bool a3 = false;
    bool a4 = false;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Region.prototype.listVector: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_handle(env, argv[1], "Region.prototype.listVector: argument 'child'", &a1)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[2], "Region.prototype.listVector: argument 'capacity'", &a2)) goto done;
    if (!weaveheap__napi_get_bool(env, argv[3], "Region.prototype.listVector: option 'nullable'", &a3)) goto done;
    if (!weaveheap__napi_get_bool(env, argv[4], "Region.prototype.listVector: option 'map'", &a4)) goto done;
    {
        weaveheap_list_vector_t r = weaveheap_list_vector_create(a0, a1, a2, a3, a4, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_handle(env, r);
    }
done:
    return result;
}

/* list_vector.release -> ListVector.prototype.close */
static napi_value native_list_vector_release(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "ListVector.prototype.close: the receiver", &a0)) goto done;
    {
        weaveheap_list_vector_release(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* list_vector.length -> ListVector.prototype.length */
static napi_value native_list_vector_length(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "ListVector.prototype.length: the receiver", &a0)) goto done;
    {
        uint64_t r = weaveheap_list_vector_length(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* list_vector.capacity -> ListVector.prototype.capacity */
static napi_value native_list_vector_capacity(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "ListVector.prototype.capacity: the receiver", &a0)) goto done;
    {
        uint64_t r = weaveheap_list_vector_capacity(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* list_vector.null_count -> ListVector.prototype.nullCount */
static napi_value native_list_vector_null_count(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "ListVector.prototype.nullCount: the receiver", &a0)) goto done;
    {
        uint64_t r = weaveheap_list_vector_null_count(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* list_vector.is_map -> ListVector.prototype.isMap */
static napi_value native_list_vector_is_map(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "ListVector.prototype.isMap: the receiver", &a0)) goto done;
    {
        bool r = weaveheap_list_vector_is_map(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_bool(env, r);
    }
done:
    return result;
}

/* list_vector.is_valid -> ListVector.prototype.isValid */
static napi_value native_list_vector_is_valid(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "ListVector.prototype.isValid: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[1], "ListVector.prototype.isValid: argument 'index'", &a1)) goto done;
    {
        bool r = weaveheap_list_vector_is_valid(a0, a1, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_bool(env, r);
    }
done:
    return result;
}

/* list_vector.value_offset -> ListVector.prototype.valueOffset */
static napi_value native_list_vector_value_offset(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "ListVector.prototype.valueOffset: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[1], "ListVector.prototype.valueOffset: argument 'index'", &a1)) goto done;
    {
        uint64_t r = weaveheap_list_vector_value_offset(a0, a1, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* list_vector.value_length -> ListVector.prototype.valueLength */
static napi_value native_list_vector_value_length(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "ListVector.prototype.valueLength: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[1], "ListVector.prototype.valueLength: argument 'index'", &a1)) goto done;
    {
        uint64_t r = weaveheap_list_vector_value_length(a0, a1, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* list_vector.append -> ListVector.prototype.append */
static napi_value native_list_vector_append(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    weaveheap__napi_bytes a1 = {NULL, 0, NULL};
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "ListVector.prototype.append: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_bytes(env, argv[1], "ListVector.prototype.append: argument 'value'", &a1)) goto done;
    {
        weaveheap_list_vector_append(a0, a1.data, a1.len, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    weaveheap__napi_bytes_free(&a1);
    return result;
}

/* list_vector.append_null -> ListVector.prototype.appendNull */
static napi_value native_list_vector_append_null(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "ListVector.prototype.appendNull: the receiver", &a0)) goto done;
    {
        weaveheap_list_vector_append_null(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* list_vector.lookup -> ListVector.prototype.lookup */
static napi_value native_list_vector_lookup(napi_env env, napi_callback_info info) {
    napi_value argv[3];
    size_t argc = 3;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    weaveheap__napi_bytes a2 = {NULL, 0, NULL};
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "ListVector.prototype.lookup: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_u64(env, argv[1], "ListVector.prototype.lookup: argument 'index'", &a1)) goto done;
    if (!weaveheap__napi_get_bytes(env, argv[2], "ListVector.prototype.lookup: argument 'key'", &a2)) goto done;
    {
        int64_t r = weaveheap_list_vector_lookup(a0, a1, a2.data, a2.len, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    weaveheap__napi_bytes_free(&a2);
    return result;
}

/* batch_stream.create -> Region.prototype.batchStream */
static napi_value native_batch_stream_create(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    int64_t a1 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Region.prototype.batchStream: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_int(env, argv[1], "Region.prototype.batchStream: argument 'maxBatches'", 0, UINT32_MAX, &a1)) goto done;
    {
        weaveheap_batch_stream_t r = weaveheap_batch_stream_create(a0, (uint32_t)a1, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_handle(env, r);
    }
done:
    return result;
}

/* batch_stream.release -> BatchStream.prototype.close */
static napi_value native_batch_stream_release(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "BatchStream.prototype.close: the receiver", &a0)) goto done;
    {
        weaveheap_batch_stream_release(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* batch_stream.add_batch -> BatchStream.prototype.addBatch */
static napi_value native_batch_stream_add_batch(napi_env env, napi_callback_info info) {
    napi_value argv[2];
    size_t argc = 2;
    napi_value result = NULL;
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "BatchStream.prototype.addBatch: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_handle(env, argv[1], "BatchStream.prototype.addBatch: argument 'batch'", &a1)) goto done;
    {
        weaveheap_batch_stream_add_batch(a0, a1, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* batch_stream.num_batches -> BatchStream.prototype.numBatches */
static napi_value native_batch_stream_num_batches(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "BatchStream.prototype.numBatches: the receiver", &a0)) goto done;
    {
        uint64_t r = weaveheap_batch_stream_num_batches(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* foreign.create -> Region.prototype.foreign */
static napi_value native_foreign_create(napi_env env, napi_callback_info info) {
    napi_value argv[3];
    size_t argc = 3;
    napi_value result = NULL;
    uint64_t a0 = 0;
    int64_t a1 = 0;
    weaveheap__napi_bytes a2 = {NULL, 0, NULL};
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Region.prototype.foreign: the receiver", &a0)) goto done;
    if (!weaveheap__napi_get_int(env, argv[1], "Region.prototype.foreign: argument 'type'", INT32_MIN, INT32_MAX, &a1)) goto done;
    if (!weaveheap__napi_get_bytes(env, argv[2], "Region.prototype.foreign: argument 'values'", &a2)) goto done;
    {
        weaveheap_foreign_t r = weaveheap_foreign_create(a0, (weaveheap_element_type)a1, a2.data, a2.len, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_handle(env, r);
    }
done:
    weaveheap__napi_bytes_free(&a2);
    return result;
}

/* foreign.release -> Foreign.prototype.close */
static napi_value native_foreign_release(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Foreign.prototype.close: the receiver", &a0)) goto done;
    {
        weaveheap_foreign_release(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* foreign.length -> Foreign.prototype.length */
static napi_value native_foreign_length(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Foreign.prototype.length: the receiver", &a0)) goto done;
    {
        uint64_t r = weaveheap_foreign_length(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* foreign.null_count -> Foreign.prototype.nullCount */
static napi_value native_foreign_null_count(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Foreign.prototype.nullCount: the receiver", &a0)) goto done;
    {
        uint64_t r = weaveheap_foreign_null_count(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* foreign.offset -> Foreign.prototype.offset */
static napi_value native_foreign_offset(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Foreign.prototype.offset: the receiver", &a0)) goto done;
    {
        uint64_t r = weaveheap_foreign_offset(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* foreign.num_children -> Foreign.prototype.numChildren */
static napi_value native_foreign_num_children(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Foreign.prototype.numChildren: the receiver", &a0)) goto done;
    {
        uint64_t r = weaveheap_foreign_num_children(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_number(env, (double)r);
    }
done:
    return result;
}

/* foreign.format -> Foreign.prototype.format */
static napi_value native_foreign_format(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "Foreign.prototype.format: the receiver", &a0)) goto done;
    {
        char* r = weaveheap_foreign_format(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_take_text(env, r);
    }
done:
    return result;
}

/* handle.kind_of -> handleKindOf */
static napi_value native_handle_kind_of(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    uint64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_handle(env, argv[0], "handleKindOf: argument 'handle'", &a0)) goto done;
    {
        weaveheap_handle_kind r = weaveheap_handle_kind_of(a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = weaveheap__napi_make_i32(env, (int32_t)r);
    }
done:
    return result;
}

/* stats.global -> stats */
static napi_value native_stats_global(napi_env env, napi_callback_info info) {
    (void)info;
    napi_value result = NULL;
    weaveheap_stats out;
    memset(&out, 0, sizeof out);
    wh_error err = {0, NULL};
    {
        weaveheap_stats_global(&out, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
        result = make_stats(env, &out);
    }
done:
    return result;
}

/* stats.set_enabled -> statsSetEnabled */
static napi_value native_stats_set_enabled(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    bool a0 = false;
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_bool(env, argv[0], "statsSetEnabled: argument 'enabled'", &a0)) goto done;
    {
        weaveheap_stats_set_enabled(a0);
    }
done:
    return result;
}

/* stats.enabled -> statsEnabled */
static napi_value native_stats_enabled(napi_env env, napi_callback_info info) {
    (void)info;
    napi_value result = NULL;
    {
        bool r = weaveheap_stats_enabled();
        result = weaveheap__napi_make_bool(env, r);
    }
    return result;
}

/* publish.start -> publishStart */
static napi_value native_publish_start(napi_env env, napi_callback_info info) {
    napi_value argv[1];
    size_t argc = 1;
    napi_value result = NULL;
    int64_t a0 = 0;
    wh_error err = {0, NULL};
    if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return weaveheap__napi_failed(env);
    if (!weaveheap__napi_get_int(env, argv[0], "publishStart: option 'intervalMs'", 0, UINT32_MAX, &a0)) goto done;
    {
        weaveheap_publish_start((uint32_t)a0, &err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* publish.now -> publishNow */
static napi_value native_publish_now(napi_env env, napi_callback_info info) {
    (void)info;
    napi_value result = NULL;
    wh_error err = {0, NULL};
    {
        weaveheap_publish_now(&err);
        if (err.code != 0) {
            weaveheap__napi_throw(env, &err);
            goto done;
        }
    }
done:
    return result;
}

/* publish.stop -> publishStop */
static napi_value native_publish_stop(napi_env env, napi_callback_info info) {
    (void)info;
    (void)env;
    napi_value result = NULL;
    {
        weaveheap_publish_stop();
    }
    return result;
}

/* publish.active -> publishActive */
static napi_value native_publish_active(napi_env env, napi_callback_info info) {
    (void)info;
    napi_value result = NULL;
    {
        bool r = weaveheap_publish_active();
        result = weaveheap__napi_make_bool(env, r);
    }
    return result;
}

/* -- registration ----------------------------------------------------------- */
NAPI_MODULE_INIT() {
    static const weaveheap__napi_native natives[] = {
        {"version_number", native_version_number},
        {"version_string", native_version_string},
        {"abi_version", native_abi_version},
        {"idl_hash", native_idl_hash},
        {"strerror", native_strerror},
        {"region_create", native_region_create},
        {"region_destroy", native_region_destroy},
        {"region_reset", native_region_reset},
        {"region_stats", native_region_stats},
        {"buffer_alloc", native_buffer_alloc},
        {"buffer_release", native_buffer_release},
        {"buffer_size", native_buffer_size},
        {"buffer_write", native_buffer_write},
        {"buffer_read", native_buffer_read},
        {"bytes_create", native_bytes_create},
        {"bytes_release", native_bytes_release},
        {"bytes_length", native_bytes_length},
        {"bytes_dup", native_bytes_dup},
        {"string_create", native_string_create},
        {"string_release", native_string_release},
        {"string_length", native_string_length},
        {"string_dup", native_string_dup},
        {"vector_create", native_vector_create},
        {"vector_release", native_vector_release},
        {"vector_length", native_vector_length},
        {"vector_capacity", native_vector_capacity},
        {"vector_resize", native_vector_resize},
        {"vector_element_type", native_vector_element_type},
        {"vector_null_count", native_vector_null_count},
        {"vector_append", native_vector_append},
        {"vector_extend", native_vector_extend},
        {"vector_append_null", native_vector_append_null},
        {"vector_set", native_vector_set},
        {"vector_get", native_vector_get},
        {"vector_append_f64", native_vector_append_f64},
        {"vector_set_f64", native_vector_set_f64},
        {"vector_get_f64", native_vector_get_f64},
        {"vector_is_valid", native_vector_is_valid},
        {"vector_read", native_vector_read},
        {"var_vector_create", native_var_vector_create},
        {"var_vector_release", native_var_vector_release},
        {"var_vector_length", native_var_vector_length},
        {"var_vector_capacity", native_var_vector_capacity},
        {"var_vector_data_length", native_var_vector_data_length},
        {"var_vector_data_capacity", native_var_vector_data_capacity},
        {"var_vector_resize", native_var_vector_resize},
        {"var_vector_null_count", native_var_vector_null_count},
        {"var_vector_is_utf8", native_var_vector_is_utf8},
        {"var_vector_append", native_var_vector_append},
        {"var_vector_append_null", native_var_vector_append_null},
        {"var_vector_get", native_var_vector_get},
        {"var_vector_value_offset", native_var_vector_value_offset},
        {"var_vector_value_length", native_var_vector_value_length},
        {"var_vector_is_valid", native_var_vector_is_valid},
        {"var_vector_read", native_var_vector_read},
        {"batch_create", native_batch_create},
        {"batch_release", native_batch_release},
        {"batch_add_column", native_batch_add_column},
        {"batch_num_columns", native_batch_num_columns},
        {"batch_num_rows", native_batch_num_rows},
        {"batch_column_name", native_batch_column_name},
        {"batch_validate", native_batch_validate},
        {"batch_append_row", native_batch_append_row},
        {"list_vector_create", native_list_vector_create},
        {"list_vector_release", native_list_vector_release},
        {"list_vector_length", native_list_vector_length},
        {"list_vector_capacity", native_list_vector_capacity},
        {"list_vector_null_count", native_list_vector_null_count},
        {"list_vector_is_map", native_list_vector_is_map},
        {"list_vector_is_valid", native_list_vector_is_valid},
        {"list_vector_value_offset", native_list_vector_value_offset},
        {"list_vector_value_length", native_list_vector_value_length},
        {"list_vector_append", native_list_vector_append},
        {"list_vector_append_null", native_list_vector_append_null},
        {"list_vector_lookup", native_list_vector_lookup},
        {"batch_stream_create", native_batch_stream_create},
        {"batch_stream_release", native_batch_stream_release},
        {"batch_stream_add_batch", native_batch_stream_add_batch},
        {"batch_stream_num_batches", native_batch_stream_num_batches},
        {"foreign_create", native_foreign_create},
        {"foreign_release", native_foreign_release},
        {"foreign_length", native_foreign_length},
        {"foreign_null_count", native_foreign_null_count},
        {"foreign_offset", native_foreign_offset},
        {"foreign_num_children", native_foreign_num_children},
        {"foreign_format", native_foreign_format},
        {"handle_kind_of", native_handle_kind_of},
        {"stats_global", native_stats_global},
        {"stats_set_enabled", native_stats_set_enabled},
        {"stats_enabled", native_stats_enabled},
        {"publish_start", native_publish_start},
        {"publish_now", native_publish_now},
        {"publish_stop", native_publish_stop},
        {"publish_active", native_publish_active},
        {"borrow_shared", native_borrow_shared},
        {"borrow_unique", native_borrow_unique},
        {"borrow_release", weaveheap__napi_view_release},
        {"arrow_release", wh_arrow_native_release},
        {"arrow_stream_next", wh_arrow_native_stream_next},
        {"vector_export_arrow", native_vector_export_arrow},
        {"batch_export_arrow", native_batch_export_arrow},
        {"batch_stream_export_arrow", native_batch_stream_export_arrow},
        {"var_vector_export_arrow", native_var_vector_export_arrow},
        {"list_vector_export_arrow", native_list_vector_export_arrow},
        {"foreign_export_arrow", native_foreign_export_arrow},
    };
    if (!weaveheap__napi_register(env, exports, natives, sizeof natives / sizeof natives[0])) return NULL;
    /* the core's function table, for extensions' addons (docs/extensions.md) */
    napi_value api_table;
    if (napi_create_external(env, weaveheap_api_table(), NULL, NULL, &api_table) != napi_ok ||
        napi_set_named_property(env, exports, "apiTable", api_table) != napi_ok)
        return NULL;
    return exports;
}
