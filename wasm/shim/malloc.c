/* malloc for the freestanding wasm build: boundary tags, segregated free
 * lists and coalescing, on top of memory.grow. Single-threaded, like the
 * wasm core (WEAVEHEAP_SINGLE_THREADED).
 *
 * A block is a 16-byte header and a payload aligned to 16. The header holds
 * the block's size with two flags (in use, previous block in use) and, when
 * the previous block is free, that block's size, so that a free can merge with
 * both neighbours in constant time. Free blocks sit in one of NBINS lists:
 * exact 16-byte classes below 1 KiB, then four classes per power of two; a
 * bitmap finds the first non-empty list. What no list can serve is cut from
 * the top block, the end of the heap, which memory.grow extends. Memory is
 * never given back to the host (wasm cannot shrink a memory). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ALIGN 16u
#define HEADER 16u
#define MIN_BLOCK 32u
#define PAGE 65536u
#define IN_USE 1u
#define PREV_IN_USE 2u
#define FLAGS 3u
#define SMALL_LIMIT 1024u              /* exact classes below this */
#define SMALL_BINS (SMALL_LIMIT / ALIGN)
#define NBINS (SMALL_BINS + 4 * (8 * sizeof(size_t) - 10))

typedef struct block {
    size_t prev_size; /* size of the previous block, valid while it is free */
    size_t head;      /* size | IN_USE | PREV_IN_USE */
#if SIZE_MAX == UINT32_MAX
    size_t pad[2];    /* keeps the payload 16-aligned on wasm32 */
#endif
    struct block* next; /* free blocks only: links of their list */
    struct block* prev;
} block;

_Static_assert(HEADER == __builtin_offsetof(block, next), "the payload starts after the header");

extern unsigned char __heap_base;

static block* bins[NBINS];
static uint64_t bitmap[(NBINS + 63) / 64];
static block* top;       /* the last block of the heap, never in a list */
static int ready;

static size_t size_of(const block* b) { return b->head & ~(size_t)FLAGS; }
static block* after(block* b) { return (block*)((char*)b + size_of(b)); }
static void* payload(block* b) { return (char*)b + HEADER; }
static block* block_of(void* p) { return (block*)((char*)p - HEADER); }

static unsigned bin_of(size_t size) {
    if (size < SMALL_LIMIT) return (unsigned)(size / ALIGN);
    unsigned lg = (unsigned)(8 * sizeof(size_t) - 1 - (unsigned)__builtin_clzl(size)); /* >= 10 */
    unsigned sub = (unsigned)(size >> (lg - 2)) & 3u;
    return SMALL_BINS + 4 * (lg - 10) + sub;
}

static void bin_insert(block* b) {
    unsigned i = bin_of(size_of(b));
    b->prev = NULL;
    b->next = bins[i];
    if (b->next) b->next->prev = b;
    bins[i] = b;
    bitmap[i / 64] |= UINT64_C(1) << (i % 64);
}

static void bin_remove(block* b) {
    unsigned i = bin_of(size_of(b));
    if (b->prev) b->prev->next = b->next;
    else bins[i] = b->next;
    if (b->next) b->next->prev = b->prev;
    if (!bins[i]) bitmap[i / 64] &= ~(UINT64_C(1) << (i % 64));
}

/* The first non-empty list at or above i, or NBINS. */
static unsigned bin_next(unsigned i) {
    for (unsigned w = i / 64; w < sizeof bitmap / sizeof bitmap[0]; w++) {
        uint64_t bits = bitmap[w];
        if (w == i / 64) bits &= ~UINT64_C(0) << (i % 64);
        if (bits) return w * 64 + (unsigned)__builtin_ctzll(bits);
    }
    return NBINS;
}

static void init(void) {
    uintptr_t start = ((uintptr_t)&__heap_base + ALIGN - 1) & ~(uintptr_t)(ALIGN - 1);
    uintptr_t end = (uintptr_t)__builtin_wasm_memory_size(0) * PAGE;
    top = (block*)start;
    top->head = (size_t)(end - start) | PREV_IN_USE;
    ready = 1;
}

/* Makes the top block at least `need` bytes. */
static int grow(size_t need) {
    size_t have = size_of(top);
    size_t more = need - have;
    size_t pages = more / PAGE + (more % PAGE != 0);
    if (__builtin_wasm_memory_grow(0, pages) == (size_t)-1) return 0;
    top->head += pages * PAGE;
    return 1;
}

/* Cuts `size` bytes off the front of free block b (already out of its list)
 * and marks them in use; the rest becomes a free block, or the new top. */
static void* take(block* b, size_t size, int from_top) {
    size_t have = size_of(b);
    size_t prev_flag = b->head & PREV_IN_USE;
    if (from_top || have - size >= MIN_BLOCK) {
        block* rest = (block*)((char*)b + size);
        rest->head = (have - size) | PREV_IN_USE;
        b->head = size | IN_USE | prev_flag;
        if (from_top) {
            top = rest;
        } else {
            after(rest)->prev_size = size_of(rest);
            bin_insert(rest);
        }
    } else {
        b->head |= IN_USE;
        after(b)->head |= PREV_IN_USE;
    }
    return payload(b);
}

void* malloc(size_t n) {
    if (!ready) init();
    if (n > SIZE_MAX / 2) return NULL;
    size_t size = (n + HEADER + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (size < MIN_BLOCK) size = MIN_BLOCK;
    unsigned i = bin_of(size);
    /* Below SMALL_LIMIT a list holds one size; above it, the first list may
     * hold smaller blocks than asked for, the next ones never do. */
    for (i = bin_next(i); i < NBINS; i = bin_next(i + 1)) {
        for (block* b = bins[i]; b; b = b->next) {
            if (size_of(b) >= size) {
                bin_remove(b);
                return take(b, size, 0);
            }
        }
    }
    /* The top block always keeps room for a header after what it gives. */
    if (size_of(top) < size + MIN_BLOCK && !grow(size + MIN_BLOCK)) return NULL;
    return take(top, size, 1);
}

void free(void* p) {
    if (!p) return;
    block* b = block_of(p);
    size_t size = size_of(b);
    block* next = after(b);
    if (!(b->head & PREV_IN_USE)) { /* merge with the free block before */
        block* prev = (block*)((char*)b - b->prev_size);
        bin_remove(prev);
        size += size_of(prev);
        b = prev;
    }
    if (next != top && !(next->head & IN_USE)) { /* and with the one after */
        bin_remove(next);
        size += size_of(next);
        next = after(next);
    }
    if (next == top) { /* a free block never precedes the top: merge */
        b->head = (size + size_of(top)) | PREV_IN_USE;
        top = b;
        return;
    }
    b->head = size | PREV_IN_USE;
    next->prev_size = size;
    next->head &= ~(size_t)PREV_IN_USE;
    bin_insert(b);
}

void* calloc(size_t n, size_t size) {
    if (size && n > SIZE_MAX / size) return NULL;
    void* p = malloc(n * size);
    if (p) memset(p, 0, n * size);
    return p;
}

void* realloc(void* p, size_t n) {
    if (!p) return malloc(n);
    size_t have = size_of(block_of(p)) - HEADER;
    if (n <= have) return p;
    void* q = malloc(n);
    if (q) {
        memcpy(q, p, have);
        free(p);
    }
    return q;
}

_Noreturn void abort(void) { __builtin_trap(); }
