/* What buffers, bytes and strings share: a slot that owns `size` bytes of
 * region memory, and the rule that an owner may not release, write or (while
 * a unique borrow is out) read what is borrowed. */
#include "object.h"

#include <string.h>

bool weaveheap__size_refused(uint64_t len, weaveheap_error* err) {
    weaveheap__fail(err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "size %llu is larger than the maximum %llu",
                    (unsigned long long)len, (unsigned long long)WEAVEHEAP_MAX_SIZE);
    return false;
}

bool weaveheap__span_refused(const void* p, uint64_t len, const char* what, weaveheap_error* err) {
    weaveheap__fail(err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                    "%s of %llu bytes at %p would run past the end of the address space", what,
                    (unsigned long long)len, p);
    return false;
}

bool weaveheap__refuse_borrowed_slow(weaveheap__object* o, weaveheap_handle_t h, const char* what,
                                     weaveheap_error* err) {
    int32_t b = o->slot->borrows;
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

uint64_t weaveheap__object_length_slow(weaveheap_handle_t h, unsigned kind, weaveheap_error* err) {
    weaveheap__object o;
    if (!weaveheap__resolve_slow(h, WH_KIND_BIT(kind), &o, err)) return 0;
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
    memcpy(copy, o.slot->data, (size_t)n); /* n + extra <= SIZE_MAX: checked above */
    if (extra) memset(copy + n, 0, (size_t)extra);
    weaveheap__count(&o.region->c.copies, 1);
    weaveheap__count(&o.region->c.copy_bytes, n);
    weaveheap__leave(o.region);
    if (out_len) *out_len = n;
    return copy;
}

void weaveheap__object_release_slow(weaveheap_handle_t h, unsigned kind, uint64_t extra, weaveheap_error* err) {
    weaveheap__object o;
    /* a live, unborrowed object of a thread-safe region, in a chunk it shares */
    const uint64_t mask = WH_HEAD_ID_MASK | weaveheap__head(0, 0, WH_SLOT_OWN_CHUNK, -1);
    if (weaveheap__resolve_peek_locked_as(h, WH_KIND_BIT(kind), mask, &o)) {
        weaveheap__object_forget_bumped(&o, extra);
        weaveheap__lock_give(&o.region->lock);
        return;
    }
    if (!weaveheap__resolve(h, WH_KIND_BIT(kind), &o, err)) return;
    if (weaveheap__refuse_borrowed(&o, h, false, "released", err)) return;
    weaveheap__object_forget(&o, extra);
    weaveheap__leave(o.region);
}
