/* Buffers: mutable, sized, aligned, zeroed when made. Their owner writes and
 * reads them by copy; a unique borrow writes them in place. */
#include "object.h"

#include <string.h>

weaveheap_buffer_t weaveheap_buffer_alloc(weaveheap_region_t region, uint64_t size, uint64_t align,
                                          weaveheap_error* out_err) {
    return weaveheap__small_buffer(region, size, align, out_err);
}

/* Every buffer the hot path does not take: checks, then the general way. */
weaveheap_buffer_t weaveheap__small_buffer_slow(weaveheap_region_t region, uint64_t size, uint64_t align,
                                                weaveheap_error* out_err) {
    weaveheap__region* r = weaveheap__region_peek_locked(region); /* a thread-safe region: its lock taken */
    if (r) {
        weaveheap_buffer_t h = weaveheap__small_buffer_in(r, size, align);
        weaveheap__lock_give(&r->lock);
        if (h) return h;
    }
    if (WH_UNLIKELY(align == 0 || (align & (align - 1)) || align > WEAVEHEAP_MAX_ALIGN)) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                        "alignment %llu is not a power of two between 1 and %llu", (unsigned long long)align,
                        (unsigned long long)WEAVEHEAP_MAX_ALIGN);
        return 0;
    }
    return weaveheap__object_create(region, WEAVEHEAP_HANDLE_KIND_BUFFER, NULL, size, 0, align, out_err);
}

void weaveheap_buffer_release(weaveheap_buffer_t buffer, weaveheap_error* out_err) {
    weaveheap__object_release(buffer, WEAVEHEAP_HANDLE_KIND_BUFFER, 0, out_err);
}

uint64_t weaveheap_buffer_size(weaveheap_buffer_t buffer, weaveheap_error* out_err) {
    return weaveheap__object_length(buffer, WEAVEHEAP_HANDLE_KIND_BUFFER, out_err);
}

/* Resolves a buffer for a copy of `len` bytes at `offset`. */
static bool buffer_span(weaveheap_buffer_t h, uint64_t offset, const void* p, uint64_t len, bool write,
                        weaveheap__object* o, weaveheap_error* err) {
    if (WH_UNLIKELY(!p && len)) {
        weaveheap__fail(err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "%s is NULL with a length of %llu",
                        write ? "data" : "dst", (unsigned long long)len);
        return false;
    }
    if (!weaveheap__resolve(h, WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BUFFER), o, err)) return false;
    if (weaveheap__refuse_borrowed(o, h, !write, write ? "written by its owner" : "read by its owner", err)) return false;
    uint64_t size = o->slot->size;
    if (WH_UNLIKELY(offset > size || len > size - offset)) {
        weaveheap__leave(o->region);
        weaveheap__fail(err, WEAVEHEAP_ERR_OUT_OF_RANGE,
                        "buffer 0x%016llx: %llu bytes at offset %llu reach past its size %llu",
                        (unsigned long long)h, (unsigned long long)len, (unsigned long long)offset,
                        (unsigned long long)size);
        return false;
    }
    if (WH_UNLIKELY(!weaveheap__span_fits(p, len))) { /* the caller's memory cannot hold len bytes */
        weaveheap__leave(o->region);
        weaveheap__span_refused(p, len, write ? "data" : "dst", err);
        return false;
    }
    return true;
}

void weaveheap_buffer_write(weaveheap_buffer_t buffer, uint64_t offset, const uint8_t* data, uint64_t data_len,
                            weaveheap_error* out_err) {
    weaveheap__object o;
    if (!buffer_span(buffer, offset, data, data_len, true, &o, out_err)) return;
    if (data_len) memcpy(o.slot->data + offset, data, (size_t)data_len); /* within the buffer: fits */
    weaveheap__count(&o.region->c.copies, 1);
    weaveheap__count(&o.region->c.copy_bytes, data_len);
    weaveheap__leave(o.region);
}

void weaveheap_buffer_read(weaveheap_buffer_t buffer, uint64_t offset, uint8_t* dst, uint64_t dst_len,
                           weaveheap_error* out_err) {
    weaveheap__object o;
    if (!buffer_span(buffer, offset, dst, dst_len, false, &o, out_err)) return;
    if (dst_len) memcpy(dst, o.slot->data + offset, (size_t)dst_len); /* within the buffer: fits */
    weaveheap__count(&o.region->c.copies, 1);
    weaveheap__count(&o.region->c.copy_bytes, dst_len);
    weaveheap__leave(o.region);
}

