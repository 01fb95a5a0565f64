/* The life of an object (buffer, bytes or string), inline so that each kind
 * gets a copy specialised for its constants: the allocation hot path. */
#ifndef WEAVEHEAP_OBJECT_H
#define WEAVEHEAP_OBJECT_H

#include "internal.h"

#include <string.h>

bool weaveheap__size_refused(uint64_t len, weaveheap_error* err);
bool weaveheap__span_refused(const void* p, uint64_t len, const char* what, weaveheap_error* err);

/* Whether `len` bytes from p lie within the address space, checked in 64
 * bits: on a 32-bit target (wasm32) a length of 2^32 or more never does, and
 * must be refused before a byte of it is read. */
static inline bool weaveheap__span_fits(const void* p, uint64_t len) {
    return len <= (uint64_t)(UINTPTR_MAX - (uintptr_t)p);
}
weaveheap_buffer_t weaveheap__small_buffer_slow(weaveheap_region_t region, uint64_t size, uint64_t align,
                                                weaveheap_error* err);
void weaveheap__object_release_slow(weaveheap_handle_t h, unsigned kind, uint64_t extra, weaveheap_error* err);

/* The length of an object (buffer_size, bytes_length, string_length): a
 * single-threaded region's live handle in a few instructions, with no lock
 * or mark to give back; anything else goes the general way. */
static inline uint64_t weaveheap__object_length(weaveheap_handle_t h, unsigned kind, weaveheap_error* err) {
    weaveheap__object o;
    if (WH_LIKELY(weaveheap__resolve_peek(h, WH_KIND_BIT(kind), &o))) return o.slot->size;
    return weaveheap__object_length_slow(h, kind, err);
}

/* Makes an object of `len` bytes (+ `extra` zeroed bytes after them, the
 * string's NUL) filled from `data`, or zeroed when data is NULL. */
static inline weaveheap_handle_t weaveheap__object_create(weaveheap_region_t region, unsigned kind,
                                                          const uint8_t* data, uint64_t len, uint64_t extra,
                                                          uint64_t align, weaveheap_error* err) {
    if (WH_UNLIKELY(len > WEAVEHEAP_MAX_SIZE)) return weaveheap__size_refused(len, err);
    weaveheap__region* r;
    if (!weaveheap__region_enter(region, &r, err)) return 0;
    uint64_t bytes = len + extra;
    /* The slot first: a bump that fails is undone by giving the slot back,
     * while a slot that fails after a bump took a new chunk could not give
     * the chunk back (a failed call changes nothing). */
    weaveheap__object o;
    if (WH_UNLIKELY(!weaveheap__slot_new(r, kind, &o, err))) goto fail;
    uint8_t* mem = weaveheap__bump(r, bytes, align, err);
    if (WH_UNLIKELY(!mem)) {
        weaveheap__slot_unnew(&o);
        goto fail;
    }
    bool own = weaveheap__wants_own_chunk(r, bytes, align) && weaveheap__in_fresh_chunk(r, mem);
    /* mem holds len + extra bytes: both fit a size_t (chunk_new checked) */
    if (data) memcpy(mem, data, (size_t)len);
    else if (!own) weaveheap__zero(mem, len); /* a fresh chunk of its own comes zeroed (calloc) */
    if (own) weaveheap__slot_set(o.slot, o.slot->gen, kind, WH_SLOT_OWN_CHUNK, 0);
    if (extra) memset(mem + len, 0, (size_t)extra);
    o.slot->data = mem;
    WH_SET(o.slot->size, len);
    weaveheap__add(&r->c.bytes_live, bytes);
    /* bytes_peak is caught up where bytes_live goes down, and when read. */
    if (atomic_load_explicit(&weaveheap__counting, memory_order_relaxed)) {
        weaveheap__add(&r->c.allocations, 1);
        weaveheap__add(&r->c.bytes_allocated, bytes);
        if (data) {
            weaveheap__add(&r->c.copies, 1);
            weaveheap__add(&r->c.copy_bytes, len);
        }
    }
    weaveheap_handle_t h = weaveheap__object_handle(&o);
    weaveheap__leave(r);
    return h;
fail:
    weaveheap__leave(r);
    return 0;
}

/* What every release does once the bytes are seen to: counters, slot. */
static inline void weaveheap__object_forgotten(weaveheap__object* o, uint64_t bytes) {
    weaveheap__region* r = o->region;
    uint64_t live = weaveheap__get(&r->c.bytes_live);
    if (atomic_load_explicit(&weaveheap__counting, memory_order_relaxed)) {
        weaveheap__add(&r->c.releases, 1);
        if (live > weaveheap__get(&r->c.bytes_peak)) /* the peak, caught up (weaveheap__note_peak) */
            atomic_store_explicit(&r->c.bytes_peak, live, memory_order_relaxed);
    }
    atomic_store_explicit(&r->c.bytes_live, live - bytes, memory_order_relaxed);
    weaveheap__slot_free(o);
}

/* Releases a live, unborrowed object (region entered) that has no chunk of
 * its own: the most recent allocation gives its bytes back at once, anything
 * else at the next reset. */
static inline void weaveheap__object_forget_bumped(weaveheap__object* o, uint64_t extra) {
    weaveheap__region* r = o->region;
    uint8_t* data = o->slot->data;
    uint64_t bytes = o->slot->size + extra;
    if (data + bytes == r->cur) weaveheap__unbump(r, data);
    else WH_SET(r->bytes_dead, r->bytes_dead + bytes);
    weaveheap__object_forgotten(o, bytes);
}

/* Releases a live, unborrowed object (region entered). One with a chunk of
 * its own gives the chunk back to the system, and its bytes at once. */
static inline void weaveheap__object_forget(weaveheap__object* o, uint64_t extra) {
    if (WH_LIKELY(!(o->slot->flags & WH_SLOT_OWN_CHUNK))) {
        weaveheap__object_forget_bumped(o, extra);
        return;
    }
    weaveheap__region* r = o->region;
    uint8_t* data = o->slot->data;
    weaveheap__object_forgotten(o, o->slot->size + extra);
    weaveheap__own_chunk_free(r, data);
}

/* The memory of an object whose layout its module keeps (vectors, batches,
 * streams): `bytes` (<= WEAVEHEAP_MAX_SIZE) zeroed bytes aligned to `align`
 * under a new slot of `kind`, region entered, counted as one allocation. The
 * slot first, as in weaveheap__object_create, so a failure changes nothing
 * (NULL). The caller sets the slot's data and size. */
static inline uint8_t* weaveheap__object_new(weaveheap__region* r, unsigned kind, uint64_t bytes, uint64_t align,
                                             weaveheap__object* o, weaveheap_error* err) {
    if (!weaveheap__slot_new(r, kind, o, err)) return NULL;
    uint8_t* mem = weaveheap__bump(r, bytes, align, err);
    if (!mem) {
        weaveheap__slot_unnew(o);
        return NULL;
    }
    if (weaveheap__wants_own_chunk(r, bytes, align) && weaveheap__in_fresh_chunk(r, mem))
        weaveheap__slot_set(o->slot, o->slot->gen, kind, WH_SLOT_OWN_CHUNK, 0); /* comes zeroed */
    else
        memset(mem, 0, (size_t)bytes); /* bumped from a chunk: fits a size_t */
    weaveheap__add(&r->c.bytes_live, bytes);
    weaveheap__count(&r->c.allocations, 1);
    weaveheap__count(&r->c.bytes_allocated, bytes);
    return mem;
}

/* Releases such an object (live, unborrowed, region entered): its `bytes`
 * at `mem` go back as weaveheap__object_forget gives a buffer's back. */
static inline void weaveheap__object_forget_memory(weaveheap__object* o, uint8_t* mem, uint64_t bytes) {
    weaveheap__region* r = o->region;
    if (o->slot->flags & WH_SLOT_OWN_CHUNK) {
        weaveheap__object_forgotten(o, bytes);
        weaveheap__own_chunk_free(r, mem);
        return;
    }
    if (mem + bytes == r->cur) weaveheap__unbump(r, mem);
    else WH_SET(r->bytes_dead, r->bytes_dead + bytes);
    weaveheap__object_forgotten(o, bytes);
}

/* The release hot path calls nothing: anything but a live, unborrowed
 * object of a single-threaded region (and every error) goes the general way. */
static inline void weaveheap__object_release(weaveheap_handle_t h, unsigned kind, uint64_t extra,
                                             weaveheap_error* err) {
    weaveheap__object o;
    /* its generation and kind, no borrow, no chunk of its own */
    const uint64_t mask = WH_HEAD_ID_MASK | weaveheap__head(0, 0, WH_SLOT_OWN_CHUNK, -1);
    if (WH_LIKELY(weaveheap__resolve_peek_as(h, WH_KIND_BIT(kind), mask, &o))) {
        weaveheap__object_forget_bumped(&o, extra);
        return;
    }
    weaveheap__object_release_slow(h, kind, extra, err);
}

/* A buffer of up to 64 bytes from r (entered) when it has room in its
 * current chunk and page, in a few instructions; 0 for anything else. */
static inline __attribute__((always_inline)) weaveheap_buffer_t weaveheap__small_buffer_in(weaveheap__region* r,
                                                                                          uint64_t size,
                                                                                          uint64_t align) {
    if (WH_LIKELY(size <= 64 && align && !(align & (align - 1)) && align <= 64 && !r->byte_limit)) {
        weaveheap__page* p = r->page;
        uintptr_t at = ((uintptr_t)r->cur + (align - 1)) & ~(uintptr_t)(align - 1);
        if (WH_LIKELY(weaveheap__page_has_room(p) && r->cur && at <= (uintptr_t)r->end &&
                      size <= (uint64_t)((uintptr_t)r->end - at))) {
            weaveheap__object o;
            weaveheap__slot_take(r, p, WEAVEHEAP_HANDLE_KIND_BUFFER, &o);
            r->cur = (uint8_t*)(at + size);
            /* The chunk's bytes past the new object are free: zero a fixed 64
             * (no branch on the size to mispredict) when they are there. */
            if (WH_LIKELY((uintptr_t)r->end - at >= 64)) weaveheap__zero64((uint8_t*)at);
            else weaveheap__zero((uint8_t*)at, size);
            o.slot->data = (uint8_t*)at;
            WH_SET(o.slot->size, size);
            weaveheap__add(&r->c.bytes_live, size);
            if (atomic_load_explicit(&weaveheap__counting, memory_order_relaxed)) {
                weaveheap__add(&r->c.allocations, 1);
                weaveheap__add(&r->c.bytes_allocated, size);
            }
            /* the handle from what is known here (weaveheap__object_handle reads it back) */
            return ((uint64_t)WEAVEHEAP_HANDLE_KIND_BUFFER << 60) | ((uint64_t)o.slot_index << 48) | p->prefix | o.gen;
        }
    }
    return 0;
}

/* The allocation hot path calls nothing: a buffer of up to 64 bytes in a
 * single-threaded region with room in its current chunk and page. Anything
 * else (a thread-safe region, and every error) goes the general way. */
static inline weaveheap_buffer_t weaveheap__small_buffer(weaveheap_region_t region, uint64_t size, uint64_t align,
                                                         weaveheap_error* err) {
    weaveheap__region* r = weaveheap__region_peek(region);
    if (WH_LIKELY(r != NULL)) {
        weaveheap_buffer_t h = weaveheap__small_buffer_in(r, size, align);
        if (WH_LIKELY(h != 0)) return h;
    }
    return weaveheap__small_buffer_slow(region, size, align, err);
}

#endif
