/* Chunk memory: where a region's chunks come from and where they go.
 *
 * A raw view (a C pointer, a Go slice from UnsafeBytes, a Java
 * unsafeBuffer) cannot be revoked, and may be used after its borrow ended.
 * If the chunk it points into went back to malloc, the next region (or any
 * malloc of the process) could get those addresses, and the stale view
 * would silently read and write another live object. So on native targets
 * each chunk is a mapping of its own, and a chunk that leaves its region
 * (destroy; at a reset or a release, a chunk of its own) goes:
 *
 * - if its region never lent a view (no raw pointer into it ever left the
 *   core), to the pool of clean chunks, from which the next chunk of the
 *   same length is taken again (no system call, warm pages);
 * - else into the quarantine: its pages are replaced, in one
 *   mmap(MAP_FIXED), by an inaccessible reservation, so that the address
 *   range stays taken and a stale access faults (SIGSEGV) instead of
 *   aliasing. Before that, where Linux can (mremap MREMAP_DONTUNMAP), its
 *   physical pages move to a new address and join the pool: the next chunk
 *   reuses them at an address no view ever had. The reservations wait in a
 *   FIFO; the oldest is unmapped (its addresses free for reuse) only when a
 *   newer one passes the bound, WH_QUARANTINE_RANGES ranges or
 *   WH_QUARANTINE_BYTES of address space (docs/memory-model.md).
 *
 * Without mmap (WebAssembly) chunks come from calloc and go back to free. */
#define _GNU_SOURCE /* MAP_ANONYMOUS, MAP_NORESERVE, mremap */
#include "internal.h"
#include "testing.h"

#include <stdlib.h>

#if WH_HAVE_MMAP
#include <sys/mman.h>
#include <unistd.h>

/* Each quarantined range is a mapping (a VMA) until it leaves: well below
 * Linux's default limit of 65530 mappings a process. */
#define WH_QUARANTINE_RANGES 4096u
#if UINTPTR_MAX > 0xffffffffu
#define WH_QUARANTINE_BYTES ((uint64_t)4 << 30) /* of 128 TiB of user address space */
#else
#define WH_QUARANTINE_BYTES ((uint64_t)256 << 20)
#endif
/* The pool of clean chunks: resident memory kept for the next chunks. */
#define WH_POOL_CHUNKS 1024u
#define WH_POOL_BYTES ((uint64_t)64 << 20)

typedef struct range {
    void* base;
    size_t len;
} range;

static weaveheap__mutex lock = WEAVEHEAP__MUTEX_INIT; /* both lists */
static range ring[WH_QUARANTINE_RANGES];
static uint32_t oldest, held; /* the quarantine: ring[oldest] and the next held - 1 */
static uint64_t held_bytes;
static uint32_t max_ranges = WH_QUARANTINE_RANGES; /* lowered by tests */
static range pool[WH_POOL_CHUNKS];
static uint32_t pooled;
static uint64_t pooled_bytes;
static _Atomic uint64_t unmapped_at_once; /* reservations the system refused */

static size_t page_size(void) {
    static _Atomic size_t cached;
    size_t p = atomic_load_explicit(&cached, memory_order_relaxed);
    if (WH_UNLIKELY(p == 0)) {
        long s = sysconf(_SC_PAGESIZE);
        p = s > 0 ? (size_t)s : 4096;
        atomic_store_explicit(&cached, p, memory_order_relaxed);
    }
    return p;
}

/* n rounded up to whole pages; 0 if that does not fit a size_t. */
static size_t map_length(size_t n) {
    size_t page = page_size();
    if (n > SIZE_MAX - (page - 1)) return 0;
    return (n + page - 1) & ~(page - 1);
}

/* A clean chunk of exactly len bytes from the pool, or NULL. */
static void* pool_take(size_t len) {
    void* p = NULL;
    weaveheap__mutex_lock(&lock);
    for (uint32_t i = pooled; i-- > 0;) {
        if (pool[i].len == len) {
            p = pool[i].base;
            pool[i] = pool[--pooled];
            pooled_bytes -= len;
            break;
        }
    }
    weaveheap__mutex_unlock(&lock);
    return p;
}

/* Keeps a clean chunk for later; false if the pool is full. */
static bool pool_put(void* p, size_t len) {
    weaveheap__mutex_lock(&lock);
    bool room = pooled < WH_POOL_CHUNKS && pooled_bytes + len <= WH_POOL_BYTES;
    if (room) {
        pool[pooled++] = (range){p, len};
        pooled_bytes += len;
    }
    weaveheap__mutex_unlock(&lock);
    return room;
}

static bool pool_has_room(size_t len) {
    weaveheap__mutex_lock(&lock);
    bool room = pooled < WH_POOL_CHUNKS && pooled_bytes + len <= WH_POOL_BYTES;
    weaveheap__mutex_unlock(&lock);
    return room;
}

/* Replaces [p, p + len) by an inaccessible reservation and queues it. */
static void quarantine(void* p, size_t len) {
    /* Atomic replacement: there is no moment at which the range is free for
     * another mapping. MAP_NORESERVE: an inaccessible range commits nothing. */
    if (mmap(p, len, PROT_NONE, MAP_FIXED | MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0) == MAP_FAILED) {
        /* Only when the system will not make one more mapping: the memory
         * still goes (unmapped, its addresses free again), and it is counted. */
        munmap(p, len);
        atomic_fetch_add_explicit(&unmapped_at_once, 1, memory_order_relaxed);
        return;
    }
    weaveheap__mutex_lock(&lock);
    while (held && (held >= max_ranges || held_bytes + len > WH_QUARANTINE_BYTES)) {
        range* r = &ring[oldest];
        munmap(r->base, r->len);
        held_bytes -= r->len;
        oldest = (oldest + 1) % WH_QUARANTINE_RANGES;
        held--;
    }
    ring[(oldest + held) % WH_QUARANTINE_RANGES] = (range){p, len};
    held++;
    held_bytes += len;
    weaveheap__mutex_unlock(&lock);
}

#if defined(MREMAP_DONTUNMAP)
static _Atomic bool no_dontunmap; /* the kernel refused it once (before Linux 5.7) */
#endif

/* The physical pages of [p, p + len) at a new address (the old range left
 * mapped but empty, to be quarantined), or NULL. */
static void* salvage(void* p, size_t len) {
#if defined(MREMAP_DONTUNMAP)
    if (atomic_load_explicit(&no_dontunmap, memory_order_relaxed) || !pool_has_room(len)) return NULL;
    void* q = mremap(p, len, len, MREMAP_MAYMOVE | MREMAP_DONTUNMAP);
    if (q != MAP_FAILED) return q;
    atomic_store_explicit(&no_dontunmap, true, memory_order_relaxed);
#else
    (void)p;
    (void)len;
#endif
    return NULL;
}

void* weaveheap__chunk_map(size_t n, bool zeroed) {
    size_t len = map_length(n);
    if (weaveheap__alloc_refused(n) || len == 0) return NULL;
    void* p = pool_take(len);
    if (p) {
        if (zeroed) memset(p, 0, n);
    } else {
        p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED) return NULL;
    }
    weaveheap__alloc_counted(1);
    return p;
}

void weaveheap__chunk_unmap(void* p, size_t n, bool lent) {
    size_t len = map_length(n);
    weaveheap__alloc_counted(-1);
    if (lent) {
        void* q = salvage(p, len);
        quarantine(p, len);
        if (!q) return;
        p = q;
    }
    if (!pool_put(p, len)) munmap(p, len);
}

uint32_t weaveheap__test_quarantine(uint64_t* bytes, uint64_t* refused) {
    weaveheap__mutex_lock(&lock);
    uint32_t n = held;
    if (bytes) *bytes = held_bytes;
    weaveheap__mutex_unlock(&lock);
    if (refused) *refused = atomic_load_explicit(&unmapped_at_once, memory_order_relaxed);
    return n;
}

void weaveheap__test_quarantine_limit(uint32_t ranges) {
    weaveheap__mutex_lock(&lock);
    max_ranges = ranges == 0 || ranges > WH_QUARANTINE_RANGES ? WH_QUARANTINE_RANGES : ranges;
    weaveheap__mutex_unlock(&lock);
}

#else /* no mmap */

void* weaveheap__chunk_map(size_t n, bool zeroed) {
    if (weaveheap__alloc_refused(n)) return NULL;
    void* p = zeroed ? calloc(1, n) : malloc(n);
    if (p) weaveheap__alloc_counted(1);
    return p;
}

void weaveheap__chunk_unmap(void* p, size_t n, bool lent) {
    (void)n;
    (void)lent;
    weaveheap__alloc_counted(-1);
    free(p);
}

uint32_t weaveheap__test_quarantine(uint64_t* bytes, uint64_t* refused) {
    if (bytes) *bytes = 0;
    if (refused) *refused = 0;
    return 0;
}

void weaveheap__test_quarantine_limit(uint32_t ranges) { (void)ranges; }

#endif
