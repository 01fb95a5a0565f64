/* Internal declarations shared by the core's files. Nothing here is part of
 * the ABI: public names are weaveheap_, internal ones weaveheap__. */
#ifndef WEAVEHEAP_INTERNAL_H
#define WEAVEHEAP_INTERNAL_H

#include "weaveheap.h"
#include "platform.h"

#include <stdarg.h>
#include <stdatomic.h>

#define WH_LIKELY(x) __builtin_expect(!!(x), 1)
#define WH_UNLIKELY(x) __builtin_expect(!!(x), 0)

/* -- handle bits ------------------------------------------------------------
 * A handle is 64 bits:  kind:4 | slot:12 | page:16 | epoch:16 | gen:16
 * (high to low). An object handle names slot `slot` of table page `page`
 * while that page is in epoch `epoch` and the slot in generation `gen`.
 * Kind 0 never exists, so 0 is never a handle. Region handles use the 28 bits
 * of slot and page as the index of their region record and leave epoch 0. */
#define WH_PAGE_SLOTS 4096u
#define WH_MAX_PAGES 65536u
#define WH_MAX_REGIONS (1u << 28)
#define WH_GEN_LIMIT 0xffffu /* a generation or epoch that reaches this retires */

static inline weaveheap_handle_t weaveheap__handle_make(unsigned kind, uint32_t page, uint32_t slot,
                                                        uint16_t epoch, uint16_t gen) {
    return ((uint64_t)kind << 60) | ((uint64_t)slot << 48) | ((uint64_t)page << 32) |
           ((uint64_t)epoch << 16) | gen;
}
static inline unsigned weaveheap__handle_kind_bits(weaveheap_handle_t h) { return (unsigned)(h >> 60); }
static inline uint32_t weaveheap__handle_slot(weaveheap_handle_t h) { return (uint32_t)(h >> 48) & 0xfffu; }
static inline uint32_t weaveheap__handle_page(weaveheap_handle_t h) { return (uint32_t)(h >> 32) & 0xffffu; }
static inline uint16_t weaveheap__handle_epoch(weaveheap_handle_t h) { return (uint16_t)(h >> 16); }
static inline uint16_t weaveheap__handle_gen(weaveheap_handle_t h) { return (uint16_t)h; }
static inline uint32_t weaveheap__handle_region_index(weaveheap_handle_t h) {
    return (uint32_t)(h >> 32) & (WH_MAX_REGIONS - 1);
}

/* -- the handle table ------------------------------------------------------
 * Pages of slots, owned by one region at a time and never freed while the
 * library is loaded, so that reading a stale handle never touches freed
 * memory. A slot is small and holds what it guards (address and size), so a
 * resolve costs one cache miss. */
typedef struct weaveheap__slot {
    uint16_t gen;     /* generation of the current (or last) object */
    uint8_t kind;     /* 0 while free */
    uint8_t unique;   /* borrow tokens: the borrow is unique */
    int32_t borrows;  /* objects: >0 shared borrows, -1 the unique borrow */
    uint8_t* data;    /* objects: first byte */
    uint64_t size;    /* objects: length; tokens: the borrowed handle;
                         free slots: 1 + index of the next free slot */
} weaveheap__slot;

struct weaveheap__region;

typedef struct weaveheap__page {
    _Atomic(struct weaveheap__region*) owner; /* NULL while in the pool */
    uint16_t epoch;      /* moves on at every reset and destroy */
    uint32_t index;      /* this page's number in the table */
    uint32_t bump;       /* slots [0, bump) were issued in this epoch */
    uint32_t free_head;  /* 1 + index of the first free slot, 0 for none */
    struct weaveheap__page* next;
    weaveheap__slot slots[WH_PAGE_SLOTS];
} weaveheap__page;

/* -- counters ---------------------------------------------------------------
 * Written by one thread at a time (the region's thread, or under its lock),
 * read from any thread: relaxed atomic loads and stores, never a locked
 * read-modify-write on the hot path. */
typedef struct weaveheap__counters {
    _Atomic uint64_t allocations, releases, bytes_allocated, bytes_peak;
    _Atomic uint64_t borrows_taken, borrow_conflicts, copies, copy_bytes;
    _Atomic uint64_t bytes_live, bytes_reserved, borrows_active;
} weaveheap__counters;

extern _Atomic bool weaveheap__counting;

static inline void weaveheap__add(_Atomic uint64_t* c, uint64_t n) {
    atomic_store_explicit(c, atomic_load_explicit(c, memory_order_relaxed) + n, memory_order_relaxed);
}
static inline void weaveheap__sub(_Atomic uint64_t* c, uint64_t n) {
    atomic_store_explicit(c, atomic_load_explicit(c, memory_order_relaxed) - n, memory_order_relaxed);
}
static inline uint64_t weaveheap__get(_Atomic uint64_t* c) {
    return atomic_load_explicit(c, memory_order_relaxed);
}
/* Statistics only: skipped while counting is off. */
static inline void weaveheap__raise(_Atomic uint64_t* c, uint64_t v) {
    if (atomic_load_explicit(&weaveheap__counting, memory_order_relaxed) && v > weaveheap__get(c))
        atomic_store_explicit(c, v, memory_order_relaxed);
}
static inline void weaveheap__count(_Atomic uint64_t* c, uint64_t n) {
    if (atomic_load_explicit(&weaveheap__counting, memory_order_relaxed)) weaveheap__add(c, n);
}

/* -- regions --------------------------------------------------------------- */
typedef struct weaveheap__chunk {
    struct weaveheap__chunk* next;
    size_t size; /* usable bytes after the header */
} weaveheap__chunk;

typedef struct weaveheap__region {
    _Atomic uint16_t gen;
    _Atomic bool live;
    _Atomic bool thread_safe;
    uint32_t index;
    weaveheap__mutex lock;       /* used only when thread_safe */
    uint64_t chunk_size, byte_limit;
    uint64_t bytes_used;         /* bump bytes since create or reset */
    weaveheap__chunk* chunks;    /* standard chunks, oldest first */
    weaveheap__chunk* window;    /* the chunk being bumped */
    weaveheap__chunk* big;       /* chunks of one large object each */
    uint8_t *cur, *end;          /* free part of the window */
    weaveheap__page* pages;      /* table pages owned by this region */
    weaveheap__page* page;       /* the page new slots come from */
    weaveheap__counters c;
    struct weaveheap__region* next_free;
} weaveheap__region;

/* A resolved object handle: the slot, its page and its region, locked when
 * the region is thread-safe. Release with weaveheap__leave. */
typedef struct weaveheap__object {
    weaveheap__region* region;
    weaveheap__page* page;
    weaveheap__slot* slot;
    uint32_t slot_index;
} weaveheap__object;

#define WH_KIND_BIT(k) (1u << (k))
#define WH_MEMORY_KINDS \
    (WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BUFFER) | WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BYTES) | \
     WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_STRING))

/* handle.c */
bool weaveheap__resolve(weaveheap_handle_t h, unsigned kinds, weaveheap__object* out, weaveheap_error* err);
bool weaveheap__region_enter(weaveheap_handle_t h, weaveheap__region** out, weaveheap_error* err);
void weaveheap__leave(weaveheap__region* r);
bool weaveheap__slot_new(weaveheap__region* r, unsigned kind, weaveheap__object* out, weaveheap_error* err);
void weaveheap__slot_free(weaveheap__object* o);
weaveheap_handle_t weaveheap__object_handle(const weaveheap__object* o);
/* The slot of a handle known to be live (no checks): a borrow's target. */
weaveheap__slot* weaveheap__slot_of_live(weaveheap_handle_t h);
weaveheap__page* weaveheap__page_take(weaveheap__region* r);
void weaveheap__pages_reset(weaveheap__region* r);
void weaveheap__pages_return(weaveheap__region* r);
const char* weaveheap__kind_name(unsigned kind);
void weaveheap__reject(weaveheap_error* err, int32_t code, weaveheap_handle_t h, const char* why);

/* region.c */
uint8_t* weaveheap__bump(weaveheap__region* r, uint64_t size, uint64_t align, weaveheap_error* err);
void weaveheap__unbump(weaveheap__region* r, uint8_t* data, uint64_t size);
bool weaveheap__region_table_lock_each(void (*fn)(weaveheap__region*, void*), void* arg);

/* object.c: what buffers, bytes and strings share */
weaveheap_handle_t weaveheap__object_create(weaveheap_region_t region, unsigned kind, const uint8_t* data,
                                            uint64_t len, uint64_t extra, uint64_t align, weaveheap_error* err);
void weaveheap__object_release(weaveheap_handle_t h, unsigned kind, weaveheap_error* err);
uint64_t weaveheap__object_length(weaveheap_handle_t h, unsigned kind, weaveheap_error* err);
/* Refuses (and leaves the region) while the object is borrowed: any borrow,
 * or with unique_only only the unique one. */
bool weaveheap__refuse_borrowed(weaveheap__object* o, weaveheap_handle_t h, bool unique_only, const char* what,
                                weaveheap_error* err);
uint8_t* weaveheap__object_dup(weaveheap_handle_t h, unsigned kind, uint64_t extra, uint64_t* out_len,
                               weaveheap_error* err);

/* error.c */
void weaveheap__fail(weaveheap_error* err, int32_t code, const char* fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* utf8.c: returns the offset of the first invalid byte, or len if valid */
uint64_t weaveheap__utf8_check(const uint8_t* s, uint64_t len);

/* alloc.c: every allocation of the core goes through here, so that tests can
 * make the Nth one fail (see core/src/testing.h). */
void* weaveheap__malloc(size_t n);
void* weaveheap__calloc(size_t n, size_t size);
void weaveheap__free(void* p);

/* counters.c */
extern _Atomic uint64_t weaveheap__stale_rejected;
/* Adds a destroyed region's totals to the process's; region table lock held. */
void weaveheap__retire_counters(weaveheap__region* r);

#endif
