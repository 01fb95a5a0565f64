/* Internal declarations shared by the core's files. Nothing here is part of
 * the ABI: public names are weaveheap_, internal ones weaveheap__. */
#ifndef WEAVEHEAP_INTERNAL_H
#define WEAVEHEAP_INTERNAL_H

#include "weaveheap.h"
#include "platform.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <string.h>

#define WH_LIKELY(x) __builtin_expect(!!(x), 1)
#define WH_UNLIKELY(x) __builtin_expect(!!(x), 0)

/* Fields that a region's own thread writes and other threads read (the stats
 * publisher; a check of a stale handle whose page now serves another
 * region): written with relaxed atomic stores and read elsewhere with relaxed
 * atomic loads, plain moves on x86-64 and arm64, so that C11 (and TSan) sees
 * no data race. The owning thread reads its own fields plainly. */
#define WH_SET(field, value) __atomic_store_n(&(field), (value), __ATOMIC_RELAXED)
#define WH_PEEK(field) __atomic_load_n(&(field), __ATOMIC_RELAXED)

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
#define WH_MATCH_MASK 0x0000ffffffff0000ull /* the page and epoch bits of a handle */
#define WH_MATCH_LOCKED (1ull << 63)        /* never in (handle & WH_MATCH_MASK) */

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
    union {
        struct {
            uint16_t gen;    /* generation of the current (or last) object */
            uint8_t kind;    /* 0 while free */
            uint8_t flags;   /* tokens: WH_SLOT_UNIQUE; objects: WH_SLOT_OWN_CHUNK */
            int32_t borrows; /* objects: >0 shared borrows, -1 the unique borrow */
        };
        /* The four above as one word. Other threads read them (the stats
         * publisher, a stale handle's check), so the region's thread writes
         * them whole with one relaxed atomic store (weaveheap__slot_set) and
         * the others read them whole with one atomic load: race-free, and
         * one move where there were three. */
        uint64_t head;
    };
    uint8_t* data;    /* objects: first byte; tokens: the borrowed slot */
    uint64_t size;    /* objects: length; tokens: the borrowed handle;
                         free slots: 1 + index of the next free slot */
} weaveheap__slot;

#define WH_SLOT_UNIQUE 1u    /* a token of the unique borrow */
#define WH_SLOT_OWN_CHUNK 2u /* an object in a chunk of its own, freed with it */

/* Where each field of the head word lies in it, in the machine's byte order. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
enum { WH_HEAD_GEN = 48, WH_HEAD_KIND = 40, WH_HEAD_FLAGS = 32, WH_HEAD_BORROWS = 0 };
#else
enum { WH_HEAD_GEN = 0, WH_HEAD_KIND = 16, WH_HEAD_FLAGS = 24, WH_HEAD_BORROWS = 32 };
#endif
_Static_assert(sizeof(weaveheap__slot) == 8 + 2 * sizeof(uint64_t) || sizeof(void*) < 8, "slot layout");

/* A slot's head word with these fields. */
static inline uint64_t weaveheap__head(uint16_t gen, unsigned kind, unsigned flags, int32_t borrows) {
    return ((uint64_t)gen << WH_HEAD_GEN) | ((uint64_t)(uint8_t)kind << WH_HEAD_KIND) |
           ((uint64_t)(uint8_t)flags << WH_HEAD_FLAGS) | ((uint64_t)(uint32_t)borrows << WH_HEAD_BORROWS);
}
/* A head word's fields, read back. */
static inline weaveheap__slot weaveheap__head_fields(uint64_t head) {
    weaveheap__slot s;
    s.gen = (uint16_t)(head >> WH_HEAD_GEN);
    s.kind = (uint8_t)(head >> WH_HEAD_KIND);
    s.flags = (uint8_t)(head >> WH_HEAD_FLAGS);
    s.borrows = (int32_t)(uint32_t)(head >> WH_HEAD_BORROWS);
    return s;
}
/* The head word's generation and kind bits: a handle's identity in its slot. */
#define WH_HEAD_ID_MASK (weaveheap__head(0xffff, 0xff, 0, 0))

/* Sets a slot's head word: by its region's thread only (see the union). */
static inline void weaveheap__slot_set(weaveheap__slot* s, uint16_t gen, unsigned kind, unsigned flags,
                                       int32_t borrows) {
    __atomic_store_n(&s->head, weaveheap__head(gen, kind, flags, borrows), __ATOMIC_RELAXED);
}

/* A slot's generations over one cycle of its page's epochs (1 .. 0xfffe).
 * Within a cycle the epoch tells handles of different epochs apart, so each
 * epoch starts the slot again at `first`; when the epochs wrap, the next
 * cycle starts above `high`, the highest generation the slot reached in any
 * epoch of this one, so no handle of an earlier cycle names a newer object.
 * A slot whose generations run out is spent: first == 0, never issued again.
 *
 * A slot's generation only moves when it is released, so at the start of
 * every epoch each slot's generation is its `first` (the slot needs no
 * write when it is first used in the epoch), and only a page that saw a
 * release (`dirty`) has slots to catch up when its epoch moves on: their
 * high is noted and their generation set back to `first`. Kept beside the
 * slots, not in them: only a reset of a dirty page and the wrap read it. */
typedef struct weaveheap__slot_cycle {
    uint16_t first; /* the generation the slot starts each epoch at; 0: spent */
    uint16_t high;  /* the highest generation it reached in this cycle's epochs so far;
                       spent: the next spent slot of the page (WH_PAGE_SLOTS: none) */
} weaveheap__slot_cycle;

struct weaveheap__region;

typedef struct weaveheap__page {
    _Atomic(struct weaveheap__region*) owner; /* NULL while in the pool */
    uint16_t epoch;      /* moves on at every reset and destroy */
    _Atomic bool guarded; /* the owner's guard is not WH_GUARD_NONE (copied here to spare a
                             load); atomic: a stale handle's check reads it as the page changes hands */
    uint32_t index;      /* this page's number in the table */
    uint32_t bump;       /* slots [0, bump) were issued in this epoch */
    uint32_t bump_end;   /* the inline paths bump up to here: the next spent slot, or
                            the end of the page (weaveheap__page_refill moves it on) */
    uint32_t free_head;  /* 1 + index of the first free slot, 0 for none */
    uint32_t dirty;      /* a slot was released in this epoch (see weaveheap__slot_cycle) */
    uint32_t first_spent; /* the first slot spent for good (see weaveheap__slot_cycle), or
                             WH_PAGE_SLOTS; each spent slot's cycle.high names the next */
    uint64_t prefix;     /* page and epoch bits of this page's handles */
    /* prefix, with WH_MATCH_LOCKED set while the owner is guarded (thread-safe,
     * or under the thread check) or the page is retired: the inline resolve
     * checks page, epoch and "no lock or check needed" in one compare */
    _Atomic uint64_t match;
    struct weaveheap__page* next;
    weaveheap__slot slots[WH_PAGE_SLOTS];
    weaveheap__slot_cycle cycles[WH_PAGE_SLOTS];
} weaveheap__page;

/* -- counters ---------------------------------------------------------------
 * Written by one thread at a time (the region's thread, or under its lock),
 * read from any thread: relaxed atomic loads and stores, never a locked
 * read-modify-write on the hot path. */
typedef struct weaveheap__counters {
    _Atomic uint64_t allocations, releases, bytes_allocated, bytes_peak;
    _Atomic uint64_t borrows_taken, borrow_conflicts, copies, copy_bytes;
    _Atomic uint64_t bytes_live, bytes_reserved, borrows_active;
    _Atomic uint64_t chunks; /* chunks held now, standard and large (publish.c) */
    _Atomic uint64_t imports; /* foreign Arrow arrays and streams taken in (foreign.c) */
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
    struct weaveheap__chunk *next, *prev; /* prev: chunks of their own only */
    size_t size;   /* usable bytes, from data on */
    uint8_t* data; /* a chunk of its own: just after this header, in the same mapping;
                      a standard chunk: a mapping of exactly `size` bytes (this header
                      is malloc'd, so that a chunk of whole pages maps no page more) */
} weaveheap__chunk;

/* region.guard: what stands between a region and two threads at once */
enum {
    WH_GUARD_NONE = 0,  /* single-threaded: the fast paths, no lock, no check */
    WH_GUARD_LOCK = 1,  /* thread_safe: every call takes the region's lock */
    WH_GUARD_CHECK = 2, /* single-threaded under WEAVEHEAP_CHECK_THREADS: a call made while
                           another thread is inside the region is refused */
};

typedef struct weaveheap__region {
    union {
        struct {
            _Atomic uint16_t gen;
            _Atomic bool live;
            _Atomic uint8_t guard; /* WH_GUARD_*, set while the record is free */
        };
        /* The three above as one word, for the inline check of a region
         * handle (weaveheap__region_peek): one load and one compare. They
         * are written one by one (region.c), always by atomic stores. */
        _Atomic uint32_t state;
    };
    uint32_t index;
    weaveheap__lock lock;        /* used only by WH_GUARD_LOCK */
    _Atomic uintptr_t inside;    /* WH_GUARD_CHECK: the thread inside a call, or 0 */
    uint64_t chunk_size, byte_limit;
    /* Bytes of objects released since the last reset that are not given back
     * until then (weaveheap__unbump): with bytes_live, the bytes the region has
     * handed out (weaveheap__bytes_used), which is what the byte limit counts.
     * Kept this way so that allocating, and releasing the most recent
     * allocation, count nothing beyond bytes_live. */
    uint64_t bytes_dead;
    weaveheap__chunk* chunks;    /* standard chunks, oldest first */
    weaveheap__chunk* window;    /* the chunk being bumped */
    weaveheap__chunk* big;       /* chunks of one large object each */
    uint8_t *cur, *end;          /* free part of the window */
    weaveheap__page* pages;      /* table pages owned by this region */
    weaveheap__page* page;       /* the page new slots come from */
    weaveheap__counters c;
    struct weaveheap__ext_object* ext_objects; /* live objects of extensions' kinds (ext_object.c) */
    struct weaveheap__region* next_free;
    /* A view of one of its objects was lent since the region was made (or,
     * under WEAVEHEAP_QUARANTINE_RESET, last reset): a raw pointer into its
     * chunks may be kept, so they are quarantined when they leave it
     * (chunks.c), never handed to another region. */
    bool lent;
} weaveheap__region;

/* The bytes a region has handed out since it was made or reset (the byte
 * limit's count). */
static inline uint64_t weaveheap__bytes_used(weaveheap__region* r) {
    return weaveheap__get(&r->c.bytes_live) + WH_PEEK(r->bytes_dead);
}

/* bytes_live only grows between the points where it goes down (release,
 * reset, destroy), so the peak is caught up there and when read, never on the
 * allocation path. */
static inline void weaveheap__note_peak(weaveheap__region* r) {
    weaveheap__raise(&r->c.bytes_peak, weaveheap__get(&r->c.bytes_live));
}

/* A resolved object handle: the slot, its page and its region, locked when
 * the region is thread-safe. Release with weaveheap__leave. */
typedef struct weaveheap__object {
    weaveheap__region* region;
    weaveheap__page* page;
    weaveheap__slot* slot;
    uint32_t slot_index;
    uint16_t gen; /* the slot's generation (what the handle says, checked) */
} weaveheap__object;

#define WH_KIND_BIT(k) (1u << (k))
#define WH_MEMORY_KINDS \
    (WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BUFFER) | WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BYTES) | \
     WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_STRING) | WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_VECTOR) | \
     WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_VAR_VECTOR) | WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_FOREIGN))
/* What a batch takes as a column, and a list as its child (column.h). */
#define WH_COLUMN_KINDS                                                                                    \
    (WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_VECTOR) | WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_VAR_VECTOR) |           \
     WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_LIST_VECTOR) | WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BATCH))
/* Every kind that lives in a table slot (not kind 0: a free slot has kind 0,
 * so a handle with kind bits 0 must never match one). */
#define WH_OBJECT_KINDS                                                                                \
    (WH_MEMORY_KINDS | WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BORROW) | WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_OBJECT) | \
     WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BATCH) | WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BATCH_STREAM) | \
     WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_LIST_VECTOR) | WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_FOREIGN_STREAM))

/* handle.c: the tables (read here by the inline fast paths) and the slow
 * paths (thread-safe regions, errors, new pages). */
extern _Atomic(weaveheap__page*) weaveheap__pages[WH_MAX_PAGES];
extern _Atomic uint32_t weaveheap__page_count;
bool weaveheap__resolve_slow(weaveheap_handle_t h, unsigned kinds, weaveheap__object* out, weaveheap_error* err);
bool weaveheap__slot_new_slow(weaveheap__region* r, unsigned kind, weaveheap__object* out, weaveheap_error* err);

weaveheap__page* weaveheap__page_take(weaveheap__region* r);
void weaveheap__pages_reset(weaveheap__region* r);
void weaveheap__pages_return(weaveheap__region* r);
const char* weaveheap__kind_name(unsigned kind);
bool weaveheap__resolve_in(weaveheap__region* r, weaveheap_handle_t h, unsigned kinds, weaveheap__object* out,
                           bool* elsewhere, weaveheap_error* err);

/* borrow.c: a borrow the core holds itself, without a token (batch.c). */
void weaveheap__hold(weaveheap__object* o);
void weaveheap__unhold(weaveheap__region* r, weaveheap__slot* s);

/* vector.c: what an Arrow C Data export of the vector or var_vector in slot s shows
 * (batch.c builds its columns from it). */
typedef struct weaveheap__vector_arrow {
    const char* format;
    uint64_t length, null_count;
    const void* validity; /* NULL unless nullable */
    const void* values;   /* a var_vector's: the int32 offsets */
    const void* data;     /* a var_vector's data bytes, else NULL */
    int n_buffers;        /* 2, or 3 for a var_vector */
    uint64_t validity_size, values_size, data_size; /* the room of each buffer */
} weaveheap__vector_arrow;
void weaveheap__vector_arrow_of(const weaveheap__slot* s, weaveheap__vector_arrow* out);
void weaveheap__reject(weaveheap_error* err, int32_t code, weaveheap_handle_t h, const char* why);

/* region.c */
#define WH_REGION_BLOCK 256u
extern _Atomic(weaveheap__region*) weaveheap__region_blocks[WH_MAX_REGIONS / WH_REGION_BLOCK];
extern _Atomic uint32_t weaveheap__region_count;
bool weaveheap__region_enter_slow(weaveheap_handle_t h, weaveheap__region** out, weaveheap_error* err);
/* For what any thread may call on a region (region_stats, handle_kind_of):
 * enters it like weaveheap__region_enter (locked if thread-safe), but does
 * not claim a region under the thread check for the calling thread. Leave
 * with weaveheap__leave_shared. */
bool weaveheap__region_enter_shared(weaveheap_handle_t h, weaveheap__region** out, weaveheap_error* err);
static inline void weaveheap__leave_shared(weaveheap__region* r) {
    if (atomic_load_explicit(&r->guard, memory_order_relaxed) == WH_GUARD_LOCK) weaveheap__lock_give(&r->lock);
}
/* WH_GUARD_CHECK: enters r for the calling thread, or refuses the call on
 * handle h (invalid_argument) while another thread is inside r. */
bool weaveheap__check_enter(weaveheap__region* r, weaveheap_handle_t h, weaveheap_error* err);
uint8_t* weaveheap__bump_slow(weaveheap__region* r, uint64_t size, uint64_t align, weaveheap_error* err);

bool weaveheap__region_table_lock_each(void (*fn)(weaveheap__region*, void*), void* arg);

/* object.c: what buffers, bytes and strings share (the hot part is in
 * object.h) */
/* The length of an object whose handle the inline weaveheap__object_length
 * (object.h) did not resolve: a thread-safe region's, and every error. */
uint64_t weaveheap__object_length_slow(weaveheap_handle_t h, unsigned kind, weaveheap_error* err);
/* Refuses (and leaves the region) while the object is borrowed: any borrow,
 * or with unique_only only the unique one. Call through the inline
 * weaveheap__refuse_borrowed. */
bool weaveheap__refuse_borrowed_slow(weaveheap__object* o, weaveheap_handle_t h, const char* what,
                                     weaveheap_error* err);
uint8_t* weaveheap__object_dup(weaveheap_handle_t h, unsigned kind, uint64_t extra, uint64_t* out_len,
                               weaveheap_error* err);

/* ext_object.c: an object of an extension's kind is a slot whose data is
 * its record, linked in its region's list so that reset and destroy can
 * call the destructors of those still live. */
typedef struct weaveheap__ext_object {
    struct weaveheap__ext_object *prev, *next;
    void* payload;
    uint32_t kind; /* as registered (16..255) */
    /* NULL for an extension's object; else the core's own record (a foreign
     * array or stream, foreign.c; a stream source's context, batch_stream.c)
     * that this frees, record included */
    void (*destroy)(struct weaveheap__ext_object* self);
} weaveheap__ext_object;
/* Calls the destructor of every record of `list` and frees it: with no
 * region entered, as the destructors may call the core. */
void weaveheap__ext_objects_destroy(weaveheap__ext_object* list);
/* The core's own records on the same list, so that the region's reset or
 * destroy frees them if nothing took them before: `rec` is linked in r's
 * list (region entered) with its `destroy`. Unlinked by
 * weaveheap__region_undefer, it is the caller's to destroy (with
 * weaveheap__ext_objects_destroy, out of the region). */
void weaveheap__region_defer(weaveheap__region* r, weaveheap__ext_object* rec,
                             void (*destroy)(weaveheap__ext_object* self));
void weaveheap__region_undefer(weaveheap__region* r, weaveheap__ext_object* rec);

/* foreign.c: what a view of the foreign in slot s shows (the producer's bytes). */
void weaveheap__foreign_view(const weaveheap__slot* s, weaveheap_view* view);

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
/* For chunks.c: whether a request of `bytes` fails (in tests), and a change
 * of the count of allocations held. */
bool weaveheap__alloc_refused(uint64_t bytes);
void weaveheap__alloc_counted(int64_t delta);

/* chunks.c: the memory of a chunk, n bytes (header included), a mapping of
 * its own where there is mmap; zeroed if asked. When it leaves its region,
 * weaveheap__chunk_unmap takes the same n, and whether a view of an object
 * in it may have been lent: then its address range is quarantined (never
 * handed out again while the quarantine holds it), else it is kept for the
 * next chunk. */
void* weaveheap__chunk_map(size_t n, bool zeroed);
void weaveheap__chunk_unmap(void* p, size_t n, bool lent);

/* counters.c */
extern _Atomic uint64_t weaveheap__stale_rejected;
/* Adds a destroyed region's totals to the process's; region table lock held. */
void weaveheap__retire_counters(weaveheap__region* r);
/* Adds a region's counters into `out` (fields of the public stats struct). */
void weaveheap__stats_add(weaveheap_stats* out, weaveheap__counters* c);

/* publish.c: starts publishing when WEAVEHEAP_STATS=1, once per process
 * (called by region_create, never on the allocation path). */
void weaveheap__publish_first_use(void);
/* publish.c: under `weaveheap stats -- CMD`, a snapshot after a region is
 * destroyed (called by region_destroy, no lock held; a no-op otherwise). */
void weaveheap__publish_region_destroyed(void);

/* -- hot paths, inline -------------------------------------------------------
 * The common case of each (a live handle of a single-threaded region, room
 * in the current page and chunk) in a few instructions; everything else,
 * including every error, goes to the out-of-line *_slow function. */

static inline void weaveheap__leave(weaveheap__region* r) {
    uint8_t guard = atomic_load_explicit(&r->guard, memory_order_relaxed);
    if (WH_UNLIKELY(guard)) {
        if (guard == WH_GUARD_LOCK) weaveheap__lock_give(&r->lock);
        else atomic_store_explicit(&r->inside, 0, memory_order_release);
    }
}

/* The common case of a resolve, calling nothing: a live object handle of a
 * single-threaded region, whose slot's head word matches the handle in the
 * bits of `mask` (its generation and kind, and more if the caller asks: the
 * release path asks for no borrow too). False for anything else (thread-safe
 * regions, every error), which weaveheap__resolve_slow sorts out. */
static inline bool weaveheap__resolve_peek_as(weaveheap_handle_t h, unsigned kinds, uint64_t mask,
                                              weaveheap__object* out) {
    unsigned kind = weaveheap__handle_kind_bits(h);
    uint32_t pi = weaveheap__handle_page(h), si = weaveheap__handle_slot(h);
    /* pi < WH_MAX_PAGES by construction: a page never made is NULL. A region
     * handle never gets past the compare: its epoch bits are 0, which no page
     * ever has. A pooled or retired page has bump 0. */
    weaveheap__page* p = atomic_load_explicit(&weaveheap__pages[pi], memory_order_acquire);
    /* The loads are atomic because another thread may be checking a stale
     * handle into a page this region's thread is writing; match is read with
     * acquire (a plain move on x86-64), so that a page's later state is seen
     * with its later epoch. */
    if (WH_LIKELY(p && (kinds & WH_KIND_BIT(kind)) &&
                  (h & WH_MATCH_MASK) == atomic_load_explicit(&p->match, memory_order_acquire) &&
                  si < WH_PEEK(p->bump))) {
        weaveheap__slot* s = &p->slots[si];
        if (WH_LIKELY((WH_PEEK(s->head) & mask) == weaveheap__head(weaveheap__handle_gen(h), kind, 0, 0))) {
            out->region = atomic_load_explicit(&p->owner, memory_order_relaxed);
            out->page = p;
            out->slot = s;
            out->slot_index = si;
            out->gen = weaveheap__handle_gen(h);
            return true;
        }
    }
    return false;
}

/* The same for a thread-safe region's live handle: its page's match word
 * has WH_MATCH_LOCKED set. Takes the region's lock (the caller leaves it),
 * then checks again: a page changes hands, and its slots change, only under
 * its owner's lock, so what is seen under it holds until it is given back.
 * False (and no lock held) for anything else. */
static inline bool weaveheap__resolve_peek_locked_as(weaveheap_handle_t h, unsigned kinds, uint64_t mask,
                                                     weaveheap__object* out) {
    unsigned kind = weaveheap__handle_kind_bits(h);
    uint32_t pi = weaveheap__handle_page(h), si = weaveheap__handle_slot(h);
    weaveheap__page* p = atomic_load_explicit(&weaveheap__pages[pi], memory_order_acquire);
    uint64_t match = (h & WH_MATCH_MASK) | WH_MATCH_LOCKED;
    if (!p || !(kinds & WH_KIND_BIT(kind)) || atomic_load_explicit(&p->match, memory_order_relaxed) != match)
        return false;
    weaveheap__region* r = atomic_load_explicit(&p->owner, memory_order_acquire);
    if (!r || atomic_load_explicit(&r->guard, memory_order_relaxed) != WH_GUARD_LOCK) return false;
    weaveheap__lock_take(&r->lock);
    weaveheap__slot* s = &p->slots[si];
    if (WH_LIKELY(atomic_load_explicit(&p->owner, memory_order_relaxed) == r &&
                  atomic_load_explicit(&p->match, memory_order_relaxed) == match && si < WH_PEEK(p->bump) &&
                  (WH_PEEK(s->head) & mask) == weaveheap__head(weaveheap__handle_gen(h), kind, 0, 0))) {
        out->region = r;
        out->page = p;
        out->slot = s;
        out->slot_index = si;
        out->gen = weaveheap__handle_gen(h);
        return true;
    }
    weaveheap__lock_give(&r->lock);
    return false;
}

static inline bool weaveheap__resolve_peek(weaveheap_handle_t h, unsigned kinds, weaveheap__object* out) {
    return weaveheap__resolve_peek_as(h, kinds, WH_HEAD_ID_MASK, out);
}

/* Checks every part of an object handle against the table. On success the
 * region is entered (locked if thread-safe) and the caller must leave it.
 * The common case (a single-threaded region's live handle) is
 * weaveheap__resolve_peek, which calls nothing. */
static inline bool weaveheap__resolve(weaveheap_handle_t h, unsigned kinds, weaveheap__object* out,
                                      weaveheap_error* err) {
    return weaveheap__resolve_peek(h, kinds, out) || weaveheap__resolve_slow(h, kinds, out, err);
}

_Static_assert(sizeof(bool) == 1 && sizeof(_Atomic uint16_t) == 2, "a region's state word");
/* A region record's state word (gen, live, guard) with these fields. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define WH_REGION_STATE(gen, live, guard) (((uint32_t)(gen) << 16) | ((uint32_t)(live) << 8) | (uint32_t)(guard))
#else
#define WH_REGION_STATE(gen, live, guard) ((uint32_t)(gen) | ((uint32_t)(live) << 16) | ((uint32_t)(guard) << 24))
#endif
/* The kind and epoch bits of a handle, which for a region are 1 and 0. */
#define WH_REGION_KIND_EPOCH_MASK 0xf0000000ffff0000ull

/* The record a region handle names, if its kind and epoch bits are a
 * region's and its record block was made; NULL otherwise. Says nothing of
 * the record's generation, liveness or guard. */
static inline weaveheap__region* weaveheap__region_record(weaveheap_handle_t h) {
    uint32_t i = weaveheap__handle_region_index(h);
    /* A block never made is NULL; records of a made block start not live. */
    weaveheap__region* block = atomic_load_explicit(&weaveheap__region_blocks[i / WH_REGION_BLOCK],
                                                    memory_order_acquire);
    /* kind region and epoch 0 in one compare */
    if (WH_LIKELY((h & WH_REGION_KIND_EPOCH_MASK) == (uint64_t)WEAVEHEAP_HANDLE_KIND_REGION << 60 && block))
        return &block[i % WH_REGION_BLOCK];
    return NULL;
}

/* The region of a live handle of a single-threaded region, or NULL for
 * anything else (which weaveheap__region_enter_slow sorts out). */
static inline weaveheap__region* weaveheap__region_peek(weaveheap_handle_t h) {
    weaveheap__region* r = weaveheap__region_record(h);
    /* live, unguarded and of the handle's generation, in one compare */
    if (WH_LIKELY(r && atomic_load_explicit(&r->state, memory_order_relaxed) ==
                           WH_REGION_STATE(weaveheap__handle_gen(h), 1, WH_GUARD_NONE)))
        return r;
    return NULL;
}

/* The same for a live handle of a thread-safe region, which it returns
 * locked (the caller gives the lock back); NULL, and no lock held, for
 * anything else. The record's generation and liveness only change under its
 * lock (destroy), so they are checked again once it is taken. */
static inline weaveheap__region* weaveheap__region_peek_locked(weaveheap_handle_t h) {
    weaveheap__region* r = weaveheap__region_record(h);
    const uint32_t live_locked = WH_REGION_STATE(weaveheap__handle_gen(h), 1, WH_GUARD_LOCK);
    if (!r || atomic_load_explicit(&r->state, memory_order_relaxed) != live_locked) return NULL;
    weaveheap__lock_take(&r->lock);
    if (WH_LIKELY(atomic_load_explicit(&r->state, memory_order_relaxed) == live_locked)) return r;
    weaveheap__lock_give(&r->lock);
    return NULL;
}

/* Checks a region handle; on success the region is entered (locked if
 * thread-safe) and the caller must leave it. */
static inline bool weaveheap__region_enter(weaveheap_handle_t h, weaveheap__region** out, weaveheap_error* err) {
    weaveheap__region* r = weaveheap__region_peek(h);
    if (WH_LIKELY(r != NULL)) {
        *out = r;
        return true;
    }
    return weaveheap__region_enter_slow(h, out, err);
}

/* Takes a slot from page p, which has room (a free slot, or one never
 * issued in this epoch). */
static inline void weaveheap__slot_take(weaveheap__region* r, weaveheap__page* p, unsigned kind,
                                        weaveheap__object* out) {
    uint32_t i;
    weaveheap__slot* s;
    if (p->free_head) {
        i = p->free_head - 1;
        s = &p->slots[i];
        p->free_head = (uint32_t)s->size;
    } else { /* its first use in this epoch: its generation is its cycle's first */
        i = p->bump;
        WH_SET(p->bump, i + 1);
        s = &p->slots[i];
    }
    uint16_t gen = s->gen;
    weaveheap__slot_set(s, gen, kind, 0, 0);
    out->region = r;
    out->page = p;
    out->slot = s;
    out->slot_index = i;
    out->gen = gen;
}

static inline bool weaveheap__page_has_room(const weaveheap__page* p) {
    return p && (p->free_head || p->bump < p->bump_end);
}
/* handle.c: steps over spent slots; true if the page has room then. */
bool weaveheap__page_refill(weaveheap__page* p);

/* A new slot of `kind` in r (region entered). */
static inline bool weaveheap__slot_new(weaveheap__region* r, unsigned kind, weaveheap__object* out,
                                       weaveheap_error* err) {
    if (WH_UNLIKELY(!weaveheap__page_has_room(r->page))) return weaveheap__slot_new_slow(r, kind, out, err);
    weaveheap__slot_take(r, r->page, kind, out);
    return true;
}

/* Objects larger than half a chunk get a chunk of their own (unless the
 * current chunk still has room), which comes zeroed from the system. */
static inline bool weaveheap__wants_own_chunk(const weaveheap__region* r, uint64_t size, uint64_t align) {
    return size + align > r->chunk_size / 2;
}
/* Whether mem is in the region's newest chunk of its own: zeroed memory. */
bool weaveheap__in_fresh_chunk(const weaveheap__region* r, const uint8_t* mem);

/* `size` bytes aligned to `align` (a power of two) from r's current chunk,
 * or from the slow path (limit, new chunk, large object). */
static inline uint8_t* weaveheap__bump(weaveheap__region* r, uint64_t size, uint64_t align, weaveheap_error* err) {
    uintptr_t p = ((uintptr_t)r->cur + (align - 1)) & ~(uintptr_t)(align - 1);
    if (WH_LIKELY(r->cur && !r->byte_limit && p <= (uintptr_t)r->end &&
                  size <= (uint64_t)((uintptr_t)r->end - p))) {
        r->cur = (uint8_t*)(p + size);
        return (uint8_t*)p;
    }
    return weaveheap__bump_slow(r, size, align, err);
}

/* Frees a slot: its generation moves on, so the old handle is stale. A slot
 * whose generation would wrap stays out of the free list until the page's
 * next epoch (which starts it again at its cycle's first generation). */
static inline void weaveheap__slot_free(weaveheap__object* o) {
    weaveheap__slot* s = o->slot;
    uint16_t gen = (uint16_t)(o->gen + 1);
    weaveheap__slot_set(s, gen, 0, 0, 0);
    o->page->dirty = 1; /* its generation moved: see weaveheap__slot_cycle */
    if (WH_UNLIKELY(gen >= WH_GEN_LIMIT)) return;
    WH_SET(s->size, (uint64_t)o->page->free_head);
    o->page->free_head = o->slot_index + 1;
}

static inline weaveheap_handle_t weaveheap__object_handle(const weaveheap__object* o) {
    return ((uint64_t)o->slot->kind << 60) | ((uint64_t)o->slot_index << 48) | o->page->prefix | o->slot->gen;
}

/* Undoes a slot_new whose handle was never issued (the allocation after it
 * failed): the slot goes back to the free list with its generation. */
static inline void weaveheap__slot_unnew(weaveheap__object* o) {
    weaveheap__slot* s = o->slot;
    weaveheap__slot_set(s, s->gen, 0, 0, 0);
    WH_SET(s->size, (uint64_t)o->page->free_head);
    o->page->free_head = o->slot_index + 1;
}

/* Zeroes n bytes; up to 64 without a call, in at most four overlapping
 * stores, so that mixed sizes do not cost mispredicted loops. */
static inline void weaveheap__zero(uint8_t* p, uint64_t n) {
    static const uint8_t zero[16] = {0};
    if (n >= 16) {
        if (n > 64) {
            memset(p, 0, (size_t)n); /* n bytes of an object in memory: n fits a size_t */
            return;
        }
        memcpy(p, zero, 16);
        memcpy(p + n - 16, zero, 16);
        if (n > 32) {
            memcpy(p + 16, zero, 16);
            memcpy(p + n - 32, zero, 16);
        }
    } else if (n >= 8) {
        memcpy(p, zero, 8);
        memcpy(p + n - 8, zero, 8);
    } else if (n >= 4) {
        memcpy(p, zero, 4);
        memcpy(p + n - 4, zero, 4);
    } else if (n) {
        p[0] = 0;
        p[n / 2] = 0;
        p[n - 1] = 0;
    }
}

/* Zeroes exactly 64 bytes: four 16-byte stores. */
static inline void weaveheap__zero64(uint8_t* p) {
    static const uint8_t zero[64] = {0};
    memcpy(p, zero, 64);
}

/* region.c: frees the chunk of its own of a released object. */
void weaveheap__own_chunk_free(weaveheap__region* r, uint8_t* data);

/* Gives back the most recent allocation (data + size == r->cur), so that
 * alloc/release pairs reuse warm memory. An object with a chunk of its own
 * gives its bytes back with its chunk (weaveheap__own_chunk_free); anything
 * else waits for the next reset (weaveheap__region.bytes_dead). */
static inline void weaveheap__unbump(weaveheap__region* r, uint8_t* data) { r->cur = data; }

static inline bool weaveheap__refuse_borrowed(weaveheap__object* o, weaveheap_handle_t h, bool unique_only,
                                              const char* what, weaveheap_error* err) {
    int32_t b = o->slot->borrows;
    if (WH_LIKELY(b == 0 || (unique_only && b > 0))) return false;
    return weaveheap__refuse_borrowed_slow(o, h, what, err);
}

#endif
