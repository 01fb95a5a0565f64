/* What buffers, bytes and strings share: a slot that owns `size` bytes of
 * region memory, and the rule that an owner may not release, write or (while
 * a unique borrow is out) read what is borrowed. */
#include "internal.h"

#include <string.h>

static bool check_size(uint64_t len, weaveheap_error* err) {
    if (WH_UNLIKELY(len > WEAVEHEAP_MAX_SIZE)) {
        weaveheap__fail(err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "size %llu is larger than the maximum %llu",
                        (unsigned long long)len, (unsigned long long)WEAVEHEAP_MAX_SIZE);
        return false;
    }
    return true;
}

/* Makes an object of `len` bytes (+ `extra` zeroed bytes after them, the
 * string's NUL) filled from `data`, or zeroed when data is NULL. */
weaveheap_handle_t weaveheap__object_create(weaveheap_region_t region, unsigned kind, const uint8_t* data,
                                            uint64_t len, uint64_t extra, uint64_t align, weaveheap_error* err) {
    if (!check_size(len, err)) return 0;
    weaveheap__region* r;
    if (!weaveheap__region_enter(region, &r, err)) return 0;
    weaveheap__object o;
    uint8_t* mem = weaveheap__bump(r, len + extra, align, err);
    if (WH_UNLIKELY(!mem)) goto fail;
    if (WH_UNLIKELY(!weaveheap__slot_new(r, kind, &o, err))) {
        weaveheap__unbump(r, mem, len + extra);
        goto fail;
    }
    if (data) {
        memcpy(mem, data, len);
        weaveheap__count(&r->c.copies, 1);
        weaveheap__count(&r->c.copy_bytes, len);
    } else {
        memset(mem, 0, len);
    }
    if (extra) memset(mem + len, 0, extra);
    o.slot->data = mem;
    o.slot->size = len;
    weaveheap__add(&r->c.bytes_live, len + extra);
    weaveheap__raise(&r->c.bytes_peak, weaveheap__get(&r->c.bytes_live));
    weaveheap__count(&r->c.allocations, 1);
    weaveheap__count(&r->c.bytes_allocated, len + extra);
    weaveheap_handle_t h = weaveheap__object_handle(&o);
    weaveheap__leave(r);
    return h;
fail:
    weaveheap__leave(r);
    return 0;
}

bool weaveheap__refuse_borrowed(weaveheap__object* o, weaveheap_handle_t h, bool unique_only, const char* what,
                            weaveheap_error* err) {
    int32_t b = o->slot->borrows;
    if (WH_LIKELY(b == 0 || (unique_only && b > 0))) return false;
    weaveheap__count(&o->region->c.borrow_conflicts, 1);
    weaveheap__leave(o->region);
    if (b < 0)
        weaveheap__fail(err, WEAVEHEAP_ERR_BORROWED, "%s 0x%016llx is borrowed (unique) and cannot be %s",
                        weaveheap__kind_name(weaveheap__handle_kind_bits(h)), (unsigned long long)h, what);
    else
        weaveheap__fail(err, WEAVEHEAP_ERR_BORROWED, "%s 0x%016llx is borrowed (%d shared) and cannot be %s",
                        weaveheap__kind_name(weaveheap__handle_kind_bits(h)), (unsigned long long)h, (int)b, what);
    return true;
}

void weaveheap__object_release(weaveheap_handle_t h, unsigned kind, weaveheap_error* err) {
    weaveheap__object o;
    if (!weaveheap__resolve(h, WH_KIND_BIT(kind), &o, err)) return;
    if (weaveheap__refuse_borrowed(&o, h, false, "released", err)) return;
    weaveheap__region* r = o.region;
    uint64_t bytes = o.slot->size + (kind == WEAVEHEAP_HANDLE_KIND_STRING);
    weaveheap__unbump(r, o.slot->data, bytes);
    weaveheap__sub(&r->c.bytes_live, bytes);
    weaveheap__count(&r->c.releases, 1);
    weaveheap__slot_free(&o);
    weaveheap__leave(r);
}

uint64_t weaveheap__object_length(weaveheap_handle_t h, unsigned kind, weaveheap_error* err) {
    weaveheap__object o;
    if (!weaveheap__resolve(h, WH_KIND_BIT(kind), &o, err)) return 0;
    uint64_t n = o.slot->size;
    weaveheap__leave(o.region);
    return n;
}

uint8_t* weaveheap__object_dup(weaveheap_handle_t h, unsigned kind, uint64_t extra, uint64_t* out_len,
                               weaveheap_error* err) {
    if (!out_len && !extra) {
        weaveheap__fail(err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "out_len must not be NULL");
        return NULL;
    }
    weaveheap__object o;
    if (!weaveheap__resolve(h, WH_KIND_BIT(kind), &o, err)) return NULL;
    if (weaveheap__refuse_borrowed(&o, h, true, "copied", err)) return NULL;
    uint64_t n = o.slot->size;
    uint8_t* copy = n + extra <= SIZE_MAX ? weaveheap__malloc((size_t)(n + extra)) : NULL;
    if (!copy) {
        weaveheap__leave(o.region);
        weaveheap__fail(err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory to copy %llu bytes", (unsigned long long)n);
        return NULL;
    }
    memcpy(copy, o.slot->data, n);
    if (extra) memset(copy + n, 0, extra);
    weaveheap__count(&o.region->c.copies, 1);
    weaveheap__count(&o.region->c.copy_bytes, n);
    weaveheap__leave(o.region);
    if (out_len) *out_len = n;
    return copy;
}
