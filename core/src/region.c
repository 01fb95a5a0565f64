/* Regions: records, chunks and bump allocation.
 *
 * Region records live in blocks that are never freed while the library is
 * loaded (like table pages), so a stale region handle never reads freed
 * memory and a record's lock stays valid. A reset keeps the region's chunks
 * (no new page faults on reuse) and frees only chunks of large objects. */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WH_CHUNK_ALIGN 64u

_Atomic(weaveheap__region*) weaveheap__region_blocks[WH_MAX_REGIONS / WH_REGION_BLOCK];
_Atomic uint32_t weaveheap__region_count;
static weaveheap__region* free_records;
static weaveheap__mutex table_lock = WEAVEHEAP__MUTEX_INIT;

static weaveheap__region* record(uint32_t i) {
    return &atomic_load_explicit(&weaveheap__region_blocks[i / WH_REGION_BLOCK], memory_order_acquire)[i % WH_REGION_BLOCK];
}

/* -- records ---------------------------------------------------------------- */

static weaveheap__region* record_take(void) {
    weaveheap__mutex_lock(&table_lock);
    weaveheap__region* r = free_records;
    if (r) {
        free_records = r->next_free;
    } else {
        uint32_t n = atomic_load_explicit(&weaveheap__region_count, memory_order_relaxed);
        if (n % WH_REGION_BLOCK == 0) {
            weaveheap__region* b = n < WH_MAX_REGIONS ? weaveheap__calloc(WH_REGION_BLOCK, sizeof *b) : NULL;
            if (!b) {
                weaveheap__mutex_unlock(&table_lock);
                return NULL;
            }
            for (uint32_t i = 0; i < WH_REGION_BLOCK; i++) {
                b[i].index = n + i;
                weaveheap__lock_init(&b[i].lock);
            }
            atomic_store_explicit(&weaveheap__region_blocks[n / WH_REGION_BLOCK], b, memory_order_release);
        }
        r = record(n);
        atomic_store_explicit(&r->gen, 1, memory_order_relaxed);
        atomic_store_explicit(&weaveheap__region_count, n + 1, memory_order_release);
    }
    weaveheap__mutex_unlock(&table_lock);
    return r;
}

static weaveheap_handle_t region_handle(const weaveheap__region* r) {
    return ((uint64_t)WEAVEHEAP_HANDLE_KIND_REGION << 60) | ((uint64_t)r->index << 32) |
           atomic_load_explicit(&r->gen, memory_order_relaxed);
}

/* -- the thread check (WEAVEHEAP_CHECK_THREADS) ---------------------------------
 * Single-threaded regions take no lock. With WEAVEHEAP_CHECK_THREADS=1 in the
 * environment (read at the first region_create), the single-threaded regions
 * made from then on note which thread is inside a call, and a call from
 * another thread at that moment is refused with invalid_argument instead of
 * corrupting the region; the fast paths are not taken for them. Off, it costs
 * nothing: the fast paths test the guard they tested before. */
static _Atomic int check_threads = -1; /* -1: not read yet */

static bool checking_threads(void) {
    int on = atomic_load_explicit(&check_threads, memory_order_relaxed);
    if (WH_UNLIKELY(on < 0)) {
#ifdef WEAVEHEAP_SINGLE_THREADED
        on = 0; /* one thread: nothing to check */
#else
        const char* v = getenv("WEAVEHEAP_CHECK_THREADS");
        on = v && (strcmp(v, "1") == 0 || strcmp(v, "on") == 0 || strcmp(v, "yes") == 0 || strcmp(v, "true") == 0);
#endif
        atomic_store_explicit(&check_threads, on, memory_order_relaxed);
    }
    return on;
}

void weaveheap__test_check_threads(bool on) { atomic_store_explicit(&check_threads, on, memory_order_relaxed); }

#ifdef WEAVEHEAP_SINGLE_THREADED
static uintptr_t this_thread(void) { return 1; }
#else
static _Thread_local char thread_mark;
static uintptr_t this_thread(void) { return (uintptr_t)&thread_mark; }
#endif

bool weaveheap__check_enter(weaveheap__region* r, weaveheap_handle_t h, weaveheap_error* err) {
    uintptr_t none = 0;
    if (WH_LIKELY(atomic_compare_exchange_strong_explicit(&r->inside, &none, this_thread(), memory_order_acquire,
                                                          memory_order_relaxed)))
        return true;
    char what[64] = "";
    if (weaveheap__handle_kind_bits(h) != WEAVEHEAP_HANDLE_KIND_REGION)
        snprintf(what, sizeof what, "%s 0x%016llx: its ", weaveheap__kind_name(weaveheap__handle_kind_bits(h)),
                 (unsigned long long)h);
    weaveheap__fail(err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                    "%sregion 0x%016llx is single-threaded and another thread is inside it right now (caught by "
                    "WEAVEHEAP_CHECK_THREADS): give each thread its own region, or make it thread_safe",
                    what, (unsigned long long)region_handle(r));
    return false;
}

/* The whole check of a region handle, with the reason for every refusal;
 * locks a thread-safe region. */
static bool enter(weaveheap_handle_t h, weaveheap__region** out, weaveheap_error* err, bool claim) {
    unsigned kind = weaveheap__handle_kind_bits(h);
    if (WH_UNLIKELY(kind != WEAVEHEAP_HANDLE_KIND_REGION)) {
        weaveheap__object o;
        if (!weaveheap__resolve(h, WH_OBJECT_KINDS, &o, err)) return false;
        weaveheap__leave(o.region);
        weaveheap__reject(err, WEAVEHEAP_ERR_WRONG_KIND, h, "is not a region");
        return false;
    }
    uint32_t i = weaveheap__handle_region_index(h);
    uint16_t gen = weaveheap__handle_gen(h);
    if (WH_UNLIKELY(i >= atomic_load_explicit(&weaveheap__region_count, memory_order_acquire) ||
                    weaveheap__handle_epoch(h) != 0)) {
        weaveheap__reject(err, WEAVEHEAP_ERR_FORGED_HANDLE, h, "was never issued");
        return false;
    }
    weaveheap__region* r = record(i);
    uint8_t guard = atomic_load_explicit(&r->guard, memory_order_relaxed);
    if (guard == WH_GUARD_LOCK) weaveheap__lock_take(&r->lock);
    uint16_t now = atomic_load_explicit(&r->gen, memory_order_relaxed);
    bool live = atomic_load_explicit(&r->live, memory_order_relaxed);
    if (WH_LIKELY(gen == now && live)) {
        /* the guard may only change while the record is free */
        if (guard != WH_GUARD_CHECK || !claim) {
            *out = r;
            return true;
        }
        /* WEAVEHEAP_CHECK_THREADS: a live handle is entered, then checked again */
        if (!weaveheap__check_enter(r, h, err)) return false;
        now = atomic_load_explicit(&r->gen, memory_order_relaxed);
        live = atomic_load_explicit(&r->live, memory_order_relaxed);
        if (WH_LIKELY(gen == now && live)) {
            *out = r;
            return true;
        }
        atomic_store_explicit(&r->inside, 0, memory_order_release); /* destroyed meanwhile */
    }
    if (guard == WH_GUARD_LOCK) weaveheap__lock_give(&r->lock);
    if (gen > now || gen == 0 || (gen == now && !live))
        weaveheap__reject(err, WEAVEHEAP_ERR_FORGED_HANDLE, h, "was never issued");
    else if (live)
        weaveheap__reject(err, WEAVEHEAP_ERR_REUSED_HANDLE, h, "is stale: its record now holds a newer region");
    else
        weaveheap__reject(err, WEAVEHEAP_ERR_STALE_HANDLE, h, "is stale: the region was destroyed");
    return false;
}

bool weaveheap__region_enter_slow(weaveheap_handle_t h, weaveheap__region** out, weaveheap_error* err) {
    return enter(h, out, err, true);
}

bool weaveheap__region_enter_shared(weaveheap_handle_t h, weaveheap__region** out, weaveheap_error* err) {
    weaveheap__region* r = weaveheap__region_peek(h);
    if (WH_LIKELY(r != NULL)) {
        *out = r;
        return true;
    }
    return enter(h, out, err, false);
}

/* -- chunks ----------------------------------------------------------------- */

/* Chunks leave the region through chunks.c, never back to an allocator
 * that would reuse their addresses: once the region has lent a view, they
 * are quarantined, so that a raw view kept past its borrow faults instead of
 * aliasing another object. */
static void chunk_free(weaveheap__region* r, weaveheap__chunk* c, bool own) {
    if (own) {
        weaveheap__chunk_unmap(c, WH_CHUNK_ALIGN + c->size, r->lent);
    } else {
        weaveheap__chunk_unmap(c->data, c->size, r->lent);
        weaveheap__free(c);
    }
}

static void chunks_free(weaveheap__region* r, weaveheap__chunk* c, bool own) {
    while (c) {
        weaveheap__chunk* next = c->next;
        chunk_free(r, c, own);
        c = next;
    }
}

static uint8_t* chunk_data(const weaveheap__chunk* c) { return c->data; }

/* A chunk of `size` usable bytes (chunks.c): `own` for one large object,
 * zeroed, with its header in the same mapping; else a standard chunk. The
 * size is checked in 64 bits before it becomes a size_t: on a 32-bit target
 * (wasm32) a size of 2^32 or more is no memory, never a smaller chunk. */
static weaveheap__chunk* chunk_new(weaveheap__region* r, uint64_t size, bool own) {
    if (size > (uint64_t)SIZE_MAX - WH_CHUNK_ALIGN) return NULL;
    weaveheap__chunk* c;
    if (own) {
        c = weaveheap__chunk_map(WH_CHUNK_ALIGN + (size_t)size, true);
        if (!c) return NULL;
        c->data = (uint8_t*)c + WH_CHUNK_ALIGN;
    } else {
        c = weaveheap__malloc(sizeof *c);
        if (!c) return NULL;
        c->data = weaveheap__chunk_map((size_t)size, false);
        if (!c->data) {
            weaveheap__free(c);
            return NULL;
        }
    }
    c->size = (size_t)size;
    weaveheap__add(&r->c.bytes_reserved, size);
    weaveheap__add(&r->c.chunks, 1);
    return c;
}

void weaveheap__own_chunk_free(weaveheap__region* r, uint8_t* data) {
    weaveheap__chunk* c;
    memcpy(&c, data - sizeof c, sizeof c);
    if (c->prev) c->prev->next = c->next;
    else r->big = c->next;
    if (c->next) c->next->prev = c->prev;
    weaveheap__sub(&r->c.bytes_reserved, c->size);
    weaveheap__sub(&r->c.chunks, 1);
    chunk_free(r, c, true);
}

bool weaveheap__in_fresh_chunk(const weaveheap__region* r, const uint8_t* mem) {
    const weaveheap__chunk* c = r->big;
    return c && mem >= chunk_data(c) && mem < chunk_data(c) + c->size;
}

static uintptr_t align_up(uintptr_t p, uint64_t align) { return (p + (align - 1)) & ~(uintptr_t)(align - 1); }

static void window_to(weaveheap__region* r, weaveheap__chunk* c) {
    r->window = c;
    r->cur = chunk_data(c);
    r->end = chunk_data(c) + c->size;
}

/* Hands out `size` bytes aligned to `align` (a power of two). Objects larger
 * than half a chunk get a chunk of their own; the others are bumped out of
 * the region's chunks in order, reusing the ones a reset kept. */
uint8_t* weaveheap__bump_slow(weaveheap__region* r, uint64_t size, uint64_t align, weaveheap_error* err) {
    uint64_t used = weaveheap__bytes_used(r);
    if (WH_UNLIKELY(r->byte_limit && (size > r->byte_limit || used > r->byte_limit - size))) {
        weaveheap__fail(err, WEAVEHEAP_ERR_OUT_OF_MEMORY,
                        "region 0x%016llx: %llu more bytes would pass its limit of %llu (%llu in use)",
                        (unsigned long long)region_handle(r), (unsigned long long)size,
                        (unsigned long long)r->byte_limit, (unsigned long long)used);
        return NULL;
    }
    uintptr_t p = align_up((uintptr_t)r->cur, align);
    /* p < cur: aligning wrapped past the top of a 32-bit address space */
    if (WH_LIKELY(r->cur && p >= (uintptr_t)r->cur && p <= (uintptr_t)r->end &&
                  size <= (uint64_t)((uintptr_t)r->end - p))) {
        r->cur = (uint8_t*)(p + size);
        return (uint8_t*)p;
    }
    if (weaveheap__wants_own_chunk(r, size, align)) { /* zeroed: see object.h */
        weaveheap__chunk* c = chunk_new(r, size + align, true); /* <= 2^48 + 2^20: no wrap */
        if (!c) goto oom;
        c->next = r->big;
        c->prev = NULL;
        if (r->big) r->big->prev = c;
        r->big = c;
        uint8_t* data = (uint8_t*)align_up((uintptr_t)chunk_data(c), align);
        /* the chunk, just before the object (in the header's room), for its release */
        memcpy(data - sizeof c, &c, sizeof c);
        return data;
    }
    if (r->window && r->window->next) {
        window_to(r, r->window->next);
    } else {
        weaveheap__chunk* c = chunk_new(r, r->chunk_size, false);
        if (!c) goto oom;
        c->next = NULL;
        if (r->window) r->window->next = c;
        else r->chunks = c;
        window_to(r, c);
    }
    p = align_up((uintptr_t)r->cur, align);
    r->cur = (uint8_t*)(p + size);
    return (uint8_t*)p;
oom:
    weaveheap__fail(err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "region 0x%016llx: no memory for %llu bytes",
                    (unsigned long long)region_handle(r), (unsigned long long)size);
    return NULL;
}

/* -- the public functions ----------------------------------------------------- */

weaveheap_region_t weaveheap_region_create(const weaveheap_region_options* options, weaveheap_error* out_err) {
    weaveheap__publish_first_use();
    weaveheap_region_options o = {0};
    if (options) o = *options;
    if (o.chunk_size == 0) o.chunk_size = WEAVEHEAP_DEFAULT_CHUNK_SIZE;
    if (o.chunk_size < 256 || o.chunk_size > WEAVEHEAP_MAX_SIZE) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                        "chunk_size %llu is out of range (256 .. %llu, or 0 for the default)",
                        (unsigned long long)o.chunk_size, (unsigned long long)WEAVEHEAP_MAX_SIZE);
        return 0;
    }
    weaveheap__region* r = record_take();
    if (!r) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for a new region");
        return 0;
    }
    uint8_t guard = o.thread_safe ? WH_GUARD_LOCK : checking_threads() ? WH_GUARD_CHECK : WH_GUARD_NONE;
    WH_SET(r->chunk_size, o.chunk_size);
    WH_SET(r->byte_limit, o.byte_limit);
    WH_SET(r->bytes_dead, 0);
    r->chunks = r->big = r->window = NULL;
    r->cur = r->end = NULL;
    WH_SET(r->pages, NULL);
    r->page = NULL;
    memset(&r->c, 0, sizeof r->c);
    r->ext_objects = NULL;
    r->next_free = NULL;
    r->lent = false;
    atomic_store_explicit(&r->guard, guard, memory_order_relaxed);
    atomic_store_explicit(&r->inside, 0, memory_order_relaxed);
    atomic_store_explicit(&r->live, true, memory_order_release);
    return region_handle(r);
}

/* Every handle of the region goes stale; the region keeps nothing borrowed. */
static bool refuse_if_borrowed(weaveheap__region* r, weaveheap_handle_t h, const char* what,
                               weaveheap_error* err) {
    uint64_t n = weaveheap__get(&r->c.borrows_active);
    if (WH_LIKELY(n == 0)) return false;
    weaveheap__count(&r->c.borrow_conflicts, 1);
    weaveheap__leave(r);
    weaveheap__fail(err, WEAVEHEAP_ERR_BORROWED,
                    "region 0x%016llx has %llu outstanding borrow%s and cannot be %s",
                    (unsigned long long)h, (unsigned long long)n, n == 1 ? "" : "s", what);
    return true;
}

/* Forgets every object at once: their bytes, their chunks of their own, and
 * (through the pages' epochs) their handles. */
static void forget_objects(weaveheap__region* r) {
    weaveheap__note_peak(r);
    atomic_store_explicit(&r->c.bytes_live, 0, memory_order_relaxed);
    WH_SET(r->bytes_dead, 0);
    for (weaveheap__chunk* c = r->big; c; c = c->next) {
        weaveheap__sub(&r->c.bytes_reserved, c->size);
        weaveheap__sub(&r->c.chunks, 1);
    }
    chunks_free(r, r->big, true);
    r->big = NULL;
}

/* -- WEAVEHEAP_QUARANTINE_RESET ------------------------------------------------
 * A reset keeps the region's standard chunks, so a raw view kept past its
 * borrow sees the region's newer objects (docs/memory-model.md). With
 * WEAVEHEAP_QUARANTINE_RESET=1 in the environment (read at the first reset),
 * a reset of a region that lent a view since its chunks were taken lets them
 * all leave it, into the quarantine (chunks.c), as a destroy does: a stale
 * access then faults. Off, a reset costs what it did. */
static _Atomic int quarantine_resets = -1; /* -1: not read yet */

static bool quarantining_resets(void) {
    int on = atomic_load_explicit(&quarantine_resets, memory_order_relaxed);
    if (WH_UNLIKELY(on < 0)) {
#if WH_HAVE_MMAP
        const char* v = getenv("WEAVEHEAP_QUARANTINE_RESET");
        on = v && (strcmp(v, "1") == 0 || strcmp(v, "on") == 0 || strcmp(v, "yes") == 0 || strcmp(v, "true") == 0);
#else
        on = 0; /* no quarantine without mmap: the chunks would only be freed */
#endif
        atomic_store_explicit(&quarantine_resets, on, memory_order_relaxed);
    }
    return on;
}

void weaveheap__test_quarantine_resets(bool on) {
    atomic_store_explicit(&quarantine_resets, on, memory_order_relaxed);
}

void weaveheap_region_reset(weaveheap_region_t region, weaveheap_error* out_err) {
    weaveheap__region* r;
    if (!weaveheap__region_enter(region, &r, out_err)) return;
    if (refuse_if_borrowed(r, region, "reset", out_err)) return;
    weaveheap__ext_object* dead = r->ext_objects;
    r->ext_objects = NULL;
    forget_objects(r);
    weaveheap__pages_reset(r);
    if (r->lent && quarantining_resets()) {
        /* every chunk leaves, the large ones went above: none was lent now */
        chunks_free(r, r->chunks, false);
        r->chunks = r->window = NULL;
        r->cur = r->end = NULL;
        atomic_store_explicit(&r->c.bytes_reserved, 0, memory_order_relaxed);
        atomic_store_explicit(&r->c.chunks, 0, memory_order_relaxed);
        r->lent = false;
    } else if (r->chunks) {
        window_to(r, r->chunks); /* keep every chunk: no new page faults */
    }
    weaveheap__leave(r);
    weaveheap__ext_objects_destroy(dead); /* the region consistent and left: destructors may call the core */
}

void weaveheap_region_destroy(weaveheap_region_t region, weaveheap_error* out_err) {
    weaveheap__region* r;
    if (!weaveheap__region_enter(region, &r, out_err)) return;
    if (refuse_if_borrowed(r, region, "destroyed", out_err)) return;
    uint8_t guard = atomic_load_explicit(&r->guard, memory_order_relaxed);
    weaveheap__ext_object* dead = r->ext_objects;
    r->ext_objects = NULL;
    forget_objects(r);
    chunks_free(r, r->chunks, false);
    r->chunks = r->window = NULL;
    r->cur = r->end = NULL;
    atomic_store_explicit(&r->c.bytes_reserved, 0, memory_order_relaxed);
    atomic_store_explicit(&r->c.chunks, 0, memory_order_relaxed);
    weaveheap__pages_return(r);
    weaveheap__mutex_lock(&table_lock);
    weaveheap__retire_counters(r);
    uint16_t gen = atomic_load_explicit(&r->gen, memory_order_relaxed);
    atomic_store_explicit(&r->live, false, memory_order_relaxed);
    atomic_store_explicit(&r->gen, (uint16_t)(gen + 1u < WH_GEN_LIMIT ? gen + 1u : WH_GEN_LIMIT),
                          memory_order_relaxed);
    /* a thread that gets in from here sees the region gone (release) */
    if (guard == WH_GUARD_CHECK) atomic_store_explicit(&r->inside, 0, memory_order_release);
    if (gen + 1u < WH_GEN_LIMIT) { /* else the record retires */
        r->next_free = free_records;
        free_records = r;
    }
    weaveheap__mutex_unlock(&table_lock);
    if (guard == WH_GUARD_LOCK) weaveheap__lock_give(&r->lock);
    weaveheap__ext_objects_destroy(dead);
    weaveheap__publish_region_destroyed();
}

/* Calls fn on every live region with the record table locked, then once
 * with NULL (for what destroyed regions counted, kept under the same lock). */
bool weaveheap__region_table_lock_each(void (*fn)(weaveheap__region*, void*), void* arg) {
    weaveheap__mutex_lock(&table_lock);
    uint32_t n = atomic_load_explicit(&weaveheap__region_count, memory_order_acquire);
    for (uint32_t i = 0; i < n; i++) {
        weaveheap__region* r = record(i);
        if (atomic_load_explicit(&r->live, memory_order_acquire)) fn(r, arg);
    }
    fn(NULL, arg);
    weaveheap__mutex_unlock(&table_lock);
    return true;
}
