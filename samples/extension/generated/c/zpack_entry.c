/* Generated from samples/extension/zpack.wh by weaveheap_gen: do not edit. IDL sha256 a79f42f696d09eae4e0adf0c4e603e9a5ffe4d5838b0b8389db22b59b0cee278 */
/*
 * The entry points of zpack (docs/extensions.md): each resolves its handles,
 * takes the borrows its parameters declare through the core's table, calls the
 * implementation (zpack_impl.h) and releases every borrow on every path,
 * success or failure. The implementation reports into a local error, so a
 * caller that passes no `out_err` still gets every borrow back.
 */
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>

#include "zpack_impl.h"

/* The core's table, set once by zpack_init. */
static _Atomic(const weaveheap_api*) core_table;
/* The number the core gave the crc kind (zpack_init). */
static uint32_t zpack__kind_crc;

static void zpack__destroy_crc(void* payload, void* context) {
    (void)context;
    zpack_impl_crc_destroy(payload);
}

const weaveheap_api* zpack_core(void) { return atomic_load_explicit(&core_table, memory_order_acquire); }

void zpack_fail(weaveheap_error* err, int32_t code, const char* fmt, ...) {
    char message[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    zpack_core()->error_set(err, code, message);
}

/* The table, or NULL (with the error's code set: the core that would write
 * its message is unknown) before zpack_init. */
static const weaveheap_api* core_or_fail(weaveheap_error* out_err) {
    const weaveheap_api* core = zpack_core();
    if (!core && out_err) {
        out_err->code = WEAVEHEAP_ERR_INVALID_ARGUMENT;
        out_err->message = NULL;
    }
    return core;
}

/* The name of a kind, for messages. */
static inline const char* kind_name(weaveheap_handle_kind kind) {
    switch (kind) {
#define KIND_NAME(c_name, number, name) case c_name: return name;
    WEAVEHEAP_HANDLE_KIND_LIST(KIND_NAME)
#undef KIND_NAME
    default: return "unknown";
    }
}

/* Whether `h` is live and of a kind in `kinds` (a parameter that takes
 * fewer kinds than the core's borrow would lend); fills `e` if not. */
static inline bool kind_in(const weaveheap_api* core, weaveheap_handle_t h, const weaveheap_handle_kind* kinds,
                           size_t n, const char* what, weaveheap_error* e) {
    weaveheap_handle_kind k = core->handle_kind_of(h, e);
    if (e->code) return false;
    for (size_t i = 0; i < n; i++)
        if (k == kinds[i]) return true;
    char message[160];
    snprintf(message, sizeof message, "%s is a %s handle, which it does not take", what, kind_name(k));
    core->error_set(e, WEAVEHEAP_ERR_WRONG_KIND, message);
    return false;
}

/* Hands the entry point's error to the caller, or frees it. */
static void give(const weaveheap_api* core, weaveheap_error* e, weaveheap_error* out_err) {
    if (out_err) {
        core->error_clear(out_err);
        *out_err = *e;
    } else {
        core->error_clear(e);
    }
}

bool zpack_init(const void* core_api, weaveheap_error* out_err) {
    const weaveheap_api* table = core_api;
    if (!table || table->abi != WEAVEHEAP_ABI_VERSION) {
        if (out_err) {
            out_err->code = WEAVEHEAP_ERR_INVALID_ARGUMENT;
            out_err->message = NULL;
        }
        return false;
    }
    if (!weaveheap_api_compatible(table)) {
        weaveheap_error e = {0, NULL};
        char message[256];
        snprintf(message, sizeof message, "zpack was generated for the weaveheap IDL %.16s..., but the core was built from %.16s...",
                 ZPACK_CORE_IDL_HASH, table->hash);
        table->error_set(&e, WEAVEHEAP_ERR_INVALID_ARGUMENT, message);
        give(table, &e, out_err);
        return false;
    }
    const weaveheap_api* bound = zpack_core();
    if (bound && bound != table) {
        weaveheap_error e = {0, NULL};
        table->error_set(&e, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                         "zpack is bound to another weaveheap core of this process");
        give(table, &e, out_err);
        return false;
    }
    weaveheap_error e = {0, NULL};
    /* the same name, destructor and context: the same number if called again */
    uint32_t kind_crc = table->object_register_kind("zpack.crc", zpack__destroy_crc, NULL, &e);
    if (!kind_crc) {
        give(table, &e, out_err);
        return false;
    }
    zpack__kind_crc = kind_crc;
    atomic_store_explicit(&core_table, table, memory_order_release);
    return true;
}

ZPACK_API uint32_t zpack_crc32(weaveheap_handle_t src, weaveheap_error* out_err) {
    const weaveheap_api* core = core_or_fail(out_err);
    if (!core) return 0;
    weaveheap_error e = {0, NULL};
    uint32_t result = 0;
    weaveheap_view view_src;
    weaveheap_borrow_t token_src = 0;
    token_src = core->borrow_shared(src, &view_src, &e);
    if (!token_src) goto done;
    result = zpack_impl_crc32(&view_src, &e);
done:
    if (token_src) core->borrow_release(token_src, NULL);
    if (e.code) {
        give(core, &e, out_err);
        return 0;
    }
    return result;
}

ZPACK_API weaveheap_buffer_t zpack_deflate(weaveheap_region_t region, weaveheap_handle_t src, int32_t level, weaveheap_error* out_err) {
    const weaveheap_api* core = core_or_fail(out_err);
    if (!core) return 0;
    weaveheap_error e = {0, NULL};
    weaveheap_buffer_t result = 0;
    weaveheap_view view_src;
    weaveheap_borrow_t token_src = 0;
    token_src = core->borrow_shared(src, &view_src, &e);
    if (!token_src) goto done;
    result = zpack_impl_deflate(region, &view_src, level, &e);
done:
    if (token_src) core->borrow_release(token_src, NULL);
    if (e.code) {
        give(core, &e, out_err);
        return 0;
    }
    return result;
}

ZPACK_API weaveheap_buffer_t zpack_inflate(weaveheap_region_t region, weaveheap_handle_t src, uint64_t size, weaveheap_error* out_err) {
    const weaveheap_api* core = core_or_fail(out_err);
    if (!core) return 0;
    weaveheap_error e = {0, NULL};
    weaveheap_buffer_t result = 0;
    weaveheap_view view_src;
    weaveheap_borrow_t token_src = 0;
    token_src = core->borrow_shared(src, &view_src, &e);
    if (!token_src) goto done;
    result = zpack_impl_inflate(region, &view_src, size, &e);
done:
    if (token_src) core->borrow_release(token_src, NULL);
    if (e.code) {
        give(core, &e, out_err);
        return 0;
    }
    return result;
}

ZPACK_API uint64_t zpack_inflate_into(weaveheap_buffer_t dst, weaveheap_handle_t src, weaveheap_error* out_err) {
    const weaveheap_api* core = core_or_fail(out_err);
    if (!core) return 0;
    weaveheap_error e = {0, NULL};
    uint64_t result = 0;
    weaveheap_view view_dst;
    weaveheap_borrow_t token_dst = 0;
    weaveheap_view view_src;
    weaveheap_borrow_t token_src = 0;
    static const weaveheap_handle_kind kinds_dst[] = { WEAVEHEAP_HANDLE_KIND_BUFFER };
    if (!kind_in(core, dst, kinds_dst, 1, "zpack.inflate_into(): argument 'dst'", &e))
        goto done;
    token_dst = core->borrow_unique(dst, &view_dst, &e);
    if (!token_dst) goto done;
    token_src = core->borrow_shared(src, &view_src, &e);
    if (!token_src) goto done;
    result = zpack_impl_inflate_into(&view_dst, &view_src, &e);
done:
    if (token_src) core->borrow_release(token_src, NULL);
    if (token_dst) core->borrow_release(token_dst, NULL);
    if (e.code) {
        give(core, &e, out_err);
        return 0;
    }
    return result;
}

ZPACK_API zpack_crc_t zpack_crc_create(weaveheap_region_t region, weaveheap_error* out_err) {
    const weaveheap_api* core = core_or_fail(out_err);
    if (!core) return 0;
    weaveheap_error e = {0, NULL};
    zpack_crc_t result = 0;
    {
        struct zpack_crc* made = zpack_impl_crc_create(region, &e);
        if (made && !e.code) {
            result = core->object_create(region, zpack__kind_crc, made, &e);
            if (!result) zpack_impl_crc_destroy(made); /* not wrapped: still ours */
        } else if (made) {
            zpack_impl_crc_destroy(made);
        }
    }
    if (e.code) {
        give(core, &e, out_err);
        return 0;
    }
    return result;
}

ZPACK_API void zpack_crc_update(zpack_crc_t crc, weaveheap_handle_t src, weaveheap_error* out_err) {
    const weaveheap_api* core = core_or_fail(out_err);
    if (!core) return;
    weaveheap_error e = {0, NULL};
    struct zpack_crc* payload_crc = NULL;
    weaveheap_borrow_t token_crc = 0;
    weaveheap_view view_src;
    weaveheap_borrow_t token_src = 0;
    token_crc = core->object_borrow(crc, zpack__kind_crc, true, &e);
    if (!token_crc) goto done;
    payload_crc = core->object_get(crc, zpack__kind_crc, &e);
    token_src = core->borrow_shared(src, &view_src, &e);
    if (!token_src) goto done;
    zpack_impl_crc_update(payload_crc, &view_src, &e);
done:
    if (token_src) core->borrow_release(token_src, NULL);
    if (token_crc) core->borrow_release(token_crc, NULL);
    if (e.code) {
        give(core, &e, out_err);
    }
}

ZPACK_API uint32_t zpack_crc_value(zpack_crc_t crc, weaveheap_error* out_err) {
    const weaveheap_api* core = core_or_fail(out_err);
    if (!core) return 0;
    weaveheap_error e = {0, NULL};
    uint32_t result = 0;
    struct zpack_crc* payload_crc = NULL;
    weaveheap_borrow_t token_crc = 0;
    token_crc = core->object_borrow(crc, zpack__kind_crc, false, &e);
    if (!token_crc) goto done;
    payload_crc = core->object_get(crc, zpack__kind_crc, &e);
    result = zpack_impl_crc_value(payload_crc, &e);
done:
    if (token_crc) core->borrow_release(token_crc, NULL);
    if (e.code) {
        give(core, &e, out_err);
        return 0;
    }
    return result;
}

ZPACK_API void zpack_crc_close(zpack_crc_t crc, weaveheap_error* out_err) {
    const weaveheap_api* core = core_or_fail(out_err);
    if (!core) return;
    weaveheap_error e = {0, NULL};
    core->object_release(crc, zpack__kind_crc, &e);
    if (e.code) {
        give(core, &e, out_err);
    }
}
