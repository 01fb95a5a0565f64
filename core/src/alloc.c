/* Every allocation of the core goes through here: one place to count them
 * and, in tests, to make the Nth fail (lua's ltests.c does the same). */
#include "internal.h"
#include "testing.h"

#include <stdlib.h>

static _Atomic uint64_t fail_at;    /* 0: never fail */
static _Atomic uint64_t made;       /* allocations since the last arm */
static _Atomic int64_t live;
static _Atomic uint64_t largest; /* the largest request since the last arm */
static _Atomic uint64_t ceiling; /* 0: none; else requests above it fail */

static bool should_fail(uint64_t bytes) {
    uint64_t n = atomic_fetch_add_explicit(&made, 1, memory_order_relaxed) + 1;
    uint64_t at = atomic_load_explicit(&fail_at, memory_order_relaxed);
    uint64_t top = atomic_load_explicit(&largest, memory_order_relaxed);
    while (bytes > top && !atomic_compare_exchange_weak_explicit(&largest, &top, bytes, memory_order_relaxed,
                                                                 memory_order_relaxed)) {}
    uint64_t cap = atomic_load_explicit(&ceiling, memory_order_relaxed);
    return WH_UNLIKELY((at != 0 && n == at) || (cap != 0 && bytes > cap));
}

void* weaveheap__malloc(size_t n) {
    if (should_fail(n)) return NULL;
    void* p = malloc(n ? n : 1);
    if (p) atomic_fetch_add_explicit(&live, 1, memory_order_relaxed);
    return p;
}

void* weaveheap__calloc(size_t n, size_t size) {
    if (should_fail(size && n > SIZE_MAX / size ? UINT64_MAX : (uint64_t)n * size)) return NULL;
    void* p = calloc(n ? n : 1, size ? size : 1);
    if (p) atomic_fetch_add_explicit(&live, 1, memory_order_relaxed);
    return p;
}

void weaveheap__free(void* p) {
    if (!p) return;
    atomic_fetch_sub_explicit(&live, 1, memory_order_relaxed);
    free(p);
}

/* For chunks.c, whose chunks are mappings: counted and failed the same way. */
bool weaveheap__alloc_refused(uint64_t bytes) { return should_fail(bytes); }
void weaveheap__alloc_counted(int64_t delta) { atomic_fetch_add_explicit(&live, delta, memory_order_relaxed); }

uint64_t weaveheap__test_fail_nth_alloc(uint64_t nth) {
    atomic_store_explicit(&largest, 0, memory_order_relaxed);
    uint64_t before = atomic_exchange_explicit(&made, 0, memory_order_relaxed);
    atomic_store_explicit(&fail_at, nth, memory_order_relaxed);
    return before;
}

int64_t weaveheap__test_live_allocs(void) { return atomic_load_explicit(&live, memory_order_relaxed); }

uint64_t weaveheap__test_largest_request(void) { return atomic_load_explicit(&largest, memory_order_relaxed); }

void weaveheap__test_fail_above(uint64_t bytes) { atomic_store_explicit(&ceiling, bytes, memory_order_relaxed); }
