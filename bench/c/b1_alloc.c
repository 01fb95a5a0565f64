/* B1: 10^6 small allocations through the public API (handles), released one
 * by one or all at once by a reset, against an inline bump loop (the floor),
 * glibc, mimalloc, jemalloc, APR pools and talloc. B5: the same public
 * contenders with the core's counters on and off, in the same binary.
 *
 * Every contender gets the same sizes (one array, read in the loop) and
 * stores what it allocated into the same kind of warm array; memory is
 * reused between rounds (regions reset, pools cleared, heaps warm). */
#include "bench.h"
#include "harness.h"
#include "internal.h" /* weaveheap__bump and the region record, for the internal row */
#include "peers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(WH_BENCH_HAVE_APR)
#include <apr_general.h>
#include <apr_pools.h>
#endif
#if defined(WH_BENCH_HAVE_TALLOC)
#include <talloc.h>
#endif

#define B1_ALIGN 16u

typedef struct b1_ctx {
    uint64_t n;
    uint32_t* sizes;
    void** ptrs;
    weaveheap_handle_t* handles;
    weaveheap_region_t region, region_ts, bump_region;
    weaveheap__region* bump_record;
    uint8_t *floor_base, *floor_end;
    wb_allocator alloc[3];
    size_t n_alloc;
#if defined(WH_BENCH_HAVE_APR)
    apr_pool_t* apr;
#endif
#if defined(WH_BENCH_HAVE_TALLOC)
    void* talloc;
#endif
} b1_ctx;

typedef struct b1_arg {
    b1_ctx* ctx;
    const wb_allocator* a;
    weaveheap_region_t region;
} b1_arg;

weaveheap_region_t wb_region(int thread_safe) {
    weaveheap_error err = {0, NULL};
    weaveheap_region_options o = {.thread_safe = thread_safe != 0};
    weaveheap_region_t r = weaveheap_region_create(&o, &err);
    if (!r) wb_die("region_create: %s", err.message);
    return r;
}

static void reset_or_die(weaveheap_region_t r) {
    weaveheap_error err = {0, NULL};
    weaveheap_region_reset(r, &err);
    if (err.code) wb_die("region_reset: %s", err.message);
}

/* Every handle was issued (a failed call returns 0), checked untimed. */
static void check_handles(const b1_ctx* c, const char* what) {
    for (uint64_t i = 0; i < c->n; i++)
        if (!c->handles[i]) wb_die("%s: allocation %llu failed", what, (unsigned long long)i);
}

static void check_ptrs(const b1_ctx* c, const char* what) {
    for (uint64_t i = 0; i < c->n; i++)
        if (!c->ptrs[i]) wb_die("%s: allocation %llu failed", what, (unsigned long long)i);
}

/* Every object was released (bytes_live is kept even with counters off). */
static void check_empty(weaveheap_region_t r, const char* what) {
    weaveheap_stats s;
    weaveheap_region_stats(r, &s, NULL);
    if (s.bytes_live != 0) wb_die("%s: %llu bytes still live", what, (unsigned long long)s.bytes_live);
}

/* -- the floor and the internal bump path ----------------------------------- */

static void c_floor(wb_run* run, void* arg) {
    b1_ctx* c = ((b1_arg*)arg)->ctx;
    uint8_t* cur = c->floor_base;
    uint8_t* end = c->floor_end;
    const uint32_t* sizes = c->sizes;
    void** out = c->ptrs;
    uint64_t n = c->n;
    wb_begin(run);
    for (uint64_t i = 0; i < n; i++) {
        uintptr_t p = ((uintptr_t)cur + (B1_ALIGN - 1)) & ~(uintptr_t)(B1_ALIGN - 1);
        if (__builtin_expect(p + sizes[i] > (uintptr_t)end, 0)) wb_die("floor arena too small");
        cur = (uint8_t*)(p + sizes[i]);
        out[i] = (void*)p;
    }
    wb_end(run);
    wb_escape(out);
}

static void c_internal_bump(wb_run* run, void* arg) {
    b1_ctx* c = ((b1_arg*)arg)->ctx;
    reset_or_die(c->bump_region);
    weaveheap__region* r = c->bump_record;
    const uint32_t* sizes = c->sizes;
    void** out = c->ptrs;
    uint64_t n = c->n;
    wb_begin(run);
    for (uint64_t i = 0; i < n; i++) out[i] = weaveheap__bump(r, sizes[i], B1_ALIGN, NULL);
    wb_end(run);
    check_ptrs(c, "weaveheap__bump");
}

/* -- the public API ------------------------------------------------------------ */

static void c_public_pair(wb_run* run, void* arg) {
    b1_arg* a = arg;
    b1_ctx* c = a->ctx;
    weaveheap_region_t region = a->region;
    reset_or_die(region);
    const uint32_t* sizes = c->sizes;
    weaveheap_handle_t* out = c->handles;
    uint64_t n = c->n;
    wb_begin(run);
    for (uint64_t i = 0; i < n; i++) {
        weaveheap_buffer_t h = weaveheap_buffer_alloc(region, sizes[i], B1_ALIGN, NULL);
        out[i] = h;
        weaveheap_buffer_release(h, NULL);
    }
    wb_end(run);
    check_handles(c, "buffer_alloc");
    check_empty(region, "buffer_release");
}

static void c_public_release(wb_run* run, void* arg) {
    b1_arg* a = arg;
    b1_ctx* c = a->ctx;
    weaveheap_region_t region = a->region;
    reset_or_die(region);
    const uint32_t* sizes = c->sizes;
    weaveheap_handle_t* out = c->handles;
    uint64_t n = c->n;
    wb_begin(run);
    for (uint64_t i = 0; i < n; i++) out[i] = weaveheap_buffer_alloc(region, sizes[i], B1_ALIGN, NULL);
    for (uint64_t i = 0; i < n; i++) weaveheap_buffer_release(out[i], NULL);
    wb_end(run);
    check_handles(c, "buffer_alloc");
    check_empty(region, "buffer_release");
}

static void c_public_reset(wb_run* run, void* arg) {
    b1_arg* a = arg;
    b1_ctx* c = a->ctx;
    weaveheap_region_t region = a->region;
    reset_or_die(region);
    const uint32_t* sizes = c->sizes;
    weaveheap_handle_t* out = c->handles;
    uint64_t n = c->n;
    wb_begin(run);
    for (uint64_t i = 0; i < n; i++) out[i] = weaveheap_buffer_alloc(region, sizes[i], B1_ALIGN, NULL);
    weaveheap_region_reset(region, NULL);
    wb_end(run);
    check_handles(c, "buffer_alloc");
    check_empty(region, "region_reset");
}

/* -- malloc-style peers ---------------------------------------------------------- */

static void c_malloc_pair(wb_run* run, void* arg) {
    b1_arg* a = arg;
    b1_ctx* c = a->ctx;
    void* (*alloc)(size_t) = a->a->alloc;
    void (*release)(void*) = a->a->free;
    const uint32_t* sizes = c->sizes;
    void** out = c->ptrs;
    uint64_t n = c->n;
    wb_begin(run);
    for (uint64_t i = 0; i < n; i++) {
        void* p = alloc(sizes[i]);
        out[i] = p;
        release(p);
    }
    wb_end(run);
    check_ptrs(c, a->a->name);
}

/* The same work as WeaveHeap's pair: its buffers are zeroed when made (the
 * contract), so this peer zeroes what it allocates. */
static void c_malloc_zero_pair(wb_run* run, void* arg) {
    b1_arg* a = arg;
    b1_ctx* c = a->ctx;
    void* (*alloc)(size_t) = a->a->alloc;
    void (*release)(void*) = a->a->free;
    const uint32_t* sizes = c->sizes;
    void** out = c->ptrs;
    uint64_t n = c->n;
    wb_begin(run);
    for (uint64_t i = 0; i < n; i++) {
        void* p = alloc(sizes[i]);
        out[i] = p;
        memset(p, 0, sizes[i]);
        release(p);
    }
    wb_end(run);
    check_ptrs(c, a->a->name);
}

static void c_malloc_batch(wb_run* run, void* arg) {
    b1_arg* a = arg;
    b1_ctx* c = a->ctx;
    void* (*alloc)(size_t) = a->a->alloc;
    void (*release)(void*) = a->a->free;
    const uint32_t* sizes = c->sizes;
    void** out = c->ptrs;
    uint64_t n = c->n;
    wb_begin(run);
    for (uint64_t i = 0; i < n; i++) out[i] = alloc(sizes[i]);
    for (uint64_t i = 0; i < n; i++) release(out[i]);
    wb_end(run);
    check_ptrs(c, a->a->name);
}

#if defined(WH_BENCH_HAVE_APR)
static void c_apr_clear(wb_run* run, void* arg) {
    b1_ctx* c = ((b1_arg*)arg)->ctx;
    apr_pool_t* pool = c->apr;
    const uint32_t* sizes = c->sizes;
    void** out = c->ptrs;
    uint64_t n = c->n;
    wb_begin(run);
    for (uint64_t i = 0; i < n; i++) out[i] = apr_palloc(pool, sizes[i]);
    apr_pool_clear(pool);
    wb_end(run);
    check_ptrs(c, "apr_palloc");
}
#endif

#if defined(WH_BENCH_HAVE_TALLOC)
static void c_talloc_pair(wb_run* run, void* arg) {
    b1_ctx* c = ((b1_arg*)arg)->ctx;
    void* ctx = c->talloc;
    const uint32_t* sizes = c->sizes;
    void** out = c->ptrs;
    uint64_t n = c->n;
    wb_begin(run);
    for (uint64_t i = 0; i < n; i++) {
        void* p = talloc_size(ctx, sizes[i]);
        out[i] = p;
        talloc_free(p);
    }
    wb_end(run);
    check_ptrs(c, "talloc_size");
}

static void c_talloc_batch(wb_run* run, void* arg) {
    b1_ctx* c = ((b1_arg*)arg)->ctx;
    void* ctx = c->talloc;
    const uint32_t* sizes = c->sizes;
    void** out = c->ptrs;
    uint64_t n = c->n;
    wb_begin(run);
    for (uint64_t i = 0; i < n; i++) out[i] = talloc_size(ctx, sizes[i]);
    for (uint64_t i = 0; i < n; i++) talloc_free(out[i]);
    wb_end(run);
    check_ptrs(c, "talloc_size");
}

static void c_talloc_children(wb_run* run, void* arg) {
    b1_ctx* c = ((b1_arg*)arg)->ctx;
    void* ctx = c->talloc;
    const uint32_t* sizes = c->sizes;
    void** out = c->ptrs;
    uint64_t n = c->n;
    wb_begin(run);
    for (uint64_t i = 0; i < n; i++) out[i] = talloc_size(ctx, sizes[i]);
    talloc_free_children(ctx);
    wb_end(run);
    check_ptrs(c, "talloc_size");
}
#endif

/* -- B5: the same contender with counting on or off ------------------------------ */

typedef struct counting_arg {
    wb_fn fn;
    void* arg;
    bool on;
} counting_arg;

static void c_counting(wb_run* run, void* arg) {
    counting_arg* a = arg;
    weaveheap_stats_set_enabled(a->on);
    if (weaveheap_stats_enabled() != a->on) wb_die("stats_set_enabled(%d) did not take", a->on);
    a->fn(run, a->arg);
    weaveheap_stats_set_enabled(true);
}

/* -- tables ------------------------------------------------------------------------ */

typedef struct table {
    wb_contender rows[24];
    b1_arg args[24];
    counting_arg counting[24];
    size_t n;
} table;

static int add(table* t, const char* name, wb_fn fn, b1_arg arg, double ops) {
    if (t->n == sizeof t->rows / sizeof t->rows[0]) wb_die("too many rows");
    size_t i = t->n++;
    t->args[i] = arg;
    t->rows[i] = (wb_contender){.name = name, .fn = fn, .arg = &t->args[i], .ops = ops, .peer = -1};
    return (int)i;
}

static void target(table* t, int row, int peer, double ratio) {
    t->rows[row].peer = peer;
    t->rows[row].target_ratio = ratio;
}

static void run_b1(b1_ctx* c, const char* title) {
    static table t;
    memset(&t, 0, sizeof t);
    double n = (double)c->n;
    b1_arg base = {.ctx = c, .region = c->region};
    static char names[3][3][64];

    int floor = add(&t, "inline bump (floor)", c_floor, base, n);
    int bump = add(&t, "weaveheap__bump (internal, no handle)", c_internal_bump, base, n);
    target(&t, bump, floor, 1.3);

    /* alloc + release pairs */
    int glibc_pair = -1;
    for (size_t k = 0; k < c->n_alloc; k++) {
        snprintf(names[k][0], sizeof names[k][0], "%s malloc+free pair", c->alloc[k].name);
        b1_arg a = base;
        a.a = &c->alloc[k];
        int row = add(&t, names[k][0], c_malloc_pair, a, n);
        if (k == 0) glibc_pair = row;
        else t.rows[row].peer = glibc_pair;
    }
#if defined(WH_BENCH_HAVE_TALLOC)
    t.rows[add(&t, "talloc_size+talloc_free pair", c_talloc_pair, base, n)].peer = glibc_pair;
#endif
    int pair = add(&t, "weaveheap alloc+release pair", c_public_pair, base, n);
    target(&t, pair, glibc_pair, 1.0);
    /* the same pair against a peer that does the same work: zeroed memory */
    b1_arg glibc = base;
    glibc.a = &c->alloc[0];
    int zero_pair = add(&t, "glibc malloc+memset 0+free pair", c_malloc_zero_pair, glibc, n);
    t.rows[zero_pair].peer = glibc_pair;
    target(&t, add(&t, "weaveheap pair (vs the zeroing pair)", c_public_pair, base, n), zero_pair, 1.0);
    b1_arg ts = base;
    ts.region = c->region_ts;
    t.rows[add(&t, "weaveheap pair, thread-safe region", c_public_pair, ts, n)].peer = glibc_pair;

    /* alloc x N, then free x N */
    int glibc_batch = -1;
    for (size_t k = 0; k < c->n_alloc; k++) {
        snprintf(names[k][1], sizeof names[k][1], "%s malloc xN, free xN", c->alloc[k].name);
        b1_arg a = base;
        a.a = &c->alloc[k];
        int row = add(&t, names[k][1], c_malloc_batch, a, n);
        if (k == 0) glibc_batch = row;
        else t.rows[row].peer = glibc_batch;
    }
#if defined(WH_BENCH_HAVE_TALLOC)
    t.rows[add(&t, "talloc xN, talloc_free xN", c_talloc_batch, base, n)].peer = glibc_batch;
#endif
    int rel = add(&t, "weaveheap alloc xN, release xN", c_public_release, base, n);
    target(&t, rel, glibc_batch, 1.0);

    /* alloc x N, then everything at once */
#if defined(WH_BENCH_HAVE_APR)
    t.rows[add(&t, "APR palloc xN, pool clear", c_apr_clear, base, n)].peer = glibc_batch;
#endif
#if defined(WH_BENCH_HAVE_TALLOC)
    t.rows[add(&t, "talloc xN, talloc_free_children", c_talloc_children, base, n)].peer = glibc_batch;
#endif
    int rst = add(&t, "weaveheap alloc xN, region reset", c_public_reset, base, n);
    target(&t, rst, glibc_batch, 1.0);

    wb_measure(title, t.rows, t.n);
}

static void run_b5(b1_ctx* c) {
    static table t;
    memset(&t, 0, sizeof t);
    double n = (double)c->n;
    b1_arg base = {.ctx = c, .region = c->region};
    static const struct {
        const char *on, *off;
        wb_fn fn;
    } what[] = {
        {"alloc+release pair, counters on", "alloc+release pair, counters off", c_public_pair},
        {"alloc xN, release xN, counters on", "alloc xN, release xN, counters off", c_public_release},
        {"alloc xN, region reset, counters on", "alloc xN, region reset, counters off", c_public_reset},
    };
    for (size_t k = 0; k < sizeof what / sizeof what[0]; k++) {
        int off = add(&t, what[k].off, c_counting, base, n);
        int on = add(&t, what[k].on, c_counting, base, n);
        t.counting[off] = (counting_arg){what[k].fn, &t.args[off], false};
        t.counting[on] = (counting_arg){what[k].fn, &t.args[on], true};
        t.rows[off].arg = &t.counting[off];
        t.rows[on].arg = &t.counting[on];
        target(&t, on, off, 1.02);
    }
    wb_measure("B5 counters on vs off (public API, 32 B)", t.rows, t.n);
}

void wb_bench_alloc(uint64_t n, int want_b1, int want_b5) {
    b1_ctx c = {.n = n};
    c.sizes = malloc(n * sizeof *c.sizes);
    c.ptrs = calloc(n, sizeof *c.ptrs);
    c.handles = calloc(n, sizeof *c.handles);
    size_t arena = (size_t)n * (64 + B1_ALIGN) + 4096;
    c.floor_base = malloc(arena);
    if (!c.sizes || !c.ptrs || !c.handles || !c.floor_base) wb_die("out of memory");
    memset(c.floor_base, 1, arena); /* warm: no first-touch page faults in the floor */
    c.floor_end = c.floor_base + arena;
    c.region = wb_region(0);
    c.region_ts = wb_region(1);
    c.bump_region = wb_region(0);
    if (!weaveheap__region_enter(c.bump_region, &c.bump_record, NULL)) wb_die("region_enter failed");
    weaveheap__leave(c.bump_record);
    c.n_alloc = wb_allocators(c.alloc);
#if defined(WH_BENCH_HAVE_APR)
    if (apr_initialize() != APR_SUCCESS || apr_pool_create(&c.apr, NULL) != APR_SUCCESS) wb_die("APR init failed");
#endif
#if defined(WH_BENCH_HAVE_TALLOC)
    c.talloc = talloc_new(NULL);
    if (!c.talloc) wb_die("talloc_new failed");
#endif
    if (!wb_opt.callgrind) printf("\npeers: %s\n", wb_peer_status());

    for (uint64_t i = 0; i < n; i++) c.sizes[i] = 32;
    char title[96];
    snprintf(title, sizeof title, "B1 alloc 32 B x %llu", (unsigned long long)n);
    if (want_b1) run_b1(&c, title);
    if (want_b5) run_b5(&c);

    if (want_b1) {
        uint64_t seed = 0x9e3779b97f4a7c15u;
        for (uint64_t i = 0; i < n; i++) c.sizes[i] = 8 + (uint32_t)(wb_rand(&seed) % 57); /* 8..64 */
        snprintf(title, sizeof title, "B1 alloc mixed 8-64 B x %llu", (unsigned long long)n);
        run_b1(&c, title);
    }

#if defined(WH_BENCH_HAVE_TALLOC)
    talloc_free(c.talloc);
#endif
#if defined(WH_BENCH_HAVE_APR)
    apr_pool_destroy(c.apr);
    apr_terminate();
#endif
    weaveheap_region_destroy(c.region, NULL);
    weaveheap_region_destroy(c.region_ts, NULL);
    weaveheap_region_destroy(c.bump_region, NULL);
    free(c.floor_base);
    free(c.handles);
    free(c.ptrs);
    free(c.sizes);
}
