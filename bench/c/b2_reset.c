/* B2: the cost of one region reset and one region destroy when the region
 * holds 10^4, 10^5 or 10^6 objects of 32 B, against APR's pool clear and
 * destroy and talloc's free of a context's children and of the context. Only
 * the reset (destroy, clear, free) call is timed; filling is setup. Short
 * calls are repeated so that every sample covers ~2*10^5 objects. */
#include "bench.h"
#include "harness.h"

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

#define B2_SIZE 32u
#define B2_OBJECTS_PER_SAMPLE 200000u
/* "Flat in the object count": a cost per 64 KiB chunk or per handle page
 * comes to hundredths of a ns an object; freeing objects one by one costs
 * >= ~1 ns each (glibc free, talloc). Below this, nothing visits objects. */
#define B2_PER_OBJECT_MAX 0.25

typedef struct b2_arg {
    uint64_t count, reps;
    weaveheap_region_t region; /* the kept region, for reset */
#if defined(WH_BENCH_HAVE_APR)
    apr_pool_t* pool;
#endif
#if defined(WH_BENCH_HAVE_TALLOC)
    void* ctx;
#endif
} b2_arg;

static void fill_region(weaveheap_region_t r, uint64_t count) {
    for (uint64_t i = 0; i < count; i++)
        if (!weaveheap_buffer_alloc(r, B2_SIZE, 16, NULL)) wb_die("buffer_alloc failed while filling");
}

static void c_wh_reset(wb_run* run, void* arg) {
    b2_arg* a = arg;
    for (uint64_t k = 0; k < a->reps; k++) {
        fill_region(a->region, a->count);
        weaveheap_error err = {0, NULL};
        wb_begin(run);
        weaveheap_region_reset(a->region, &err);
        wb_end(run);
        if (err.code) wb_die("region_reset: %s", err.message);
    }
}

static void c_wh_destroy(wb_run* run, void* arg) {
    b2_arg* a = arg;
    for (uint64_t k = 0; k < a->reps; k++) {
        weaveheap_region_t r = wb_region(0);
        fill_region(r, a->count);
        weaveheap_error err = {0, NULL};
        wb_begin(run);
        weaveheap_region_destroy(r, &err);
        wb_end(run);
        if (err.code) wb_die("region_destroy: %s", err.message);
    }
}

#if defined(WH_BENCH_HAVE_APR)
static void fill_pool(apr_pool_t* p, uint64_t count) {
    for (uint64_t i = 0; i < count; i++)
        if (!apr_palloc(p, B2_SIZE)) wb_die("apr_palloc failed");
}

static void c_apr_clear(wb_run* run, void* arg) {
    b2_arg* a = arg;
    for (uint64_t k = 0; k < a->reps; k++) {
        fill_pool(a->pool, a->count);
        wb_begin(run);
        apr_pool_clear(a->pool);
        wb_end(run);
    }
}

static void c_apr_destroy(wb_run* run, void* arg) {
    b2_arg* a = arg;
    for (uint64_t k = 0; k < a->reps; k++) {
        apr_pool_t* p;
        if (apr_pool_create(&p, NULL) != APR_SUCCESS) wb_die("apr_pool_create failed");
        fill_pool(p, a->count);
        wb_begin(run);
        apr_pool_destroy(p);
        wb_end(run);
    }
}
#endif

#if defined(WH_BENCH_HAVE_TALLOC)
static void fill_ctx(void* ctx, uint64_t count) {
    for (uint64_t i = 0; i < count; i++)
        if (!talloc_size(ctx, B2_SIZE)) wb_die("talloc_size failed");
}

static void c_talloc_children(wb_run* run, void* arg) {
    b2_arg* a = arg;
    for (uint64_t k = 0; k < a->reps; k++) {
        fill_ctx(a->ctx, a->count);
        wb_begin(run);
        talloc_free_children(a->ctx);
        wb_end(run);
    }
}

static void c_talloc_free(wb_run* run, void* arg) {
    b2_arg* a = arg;
    for (uint64_t k = 0; k < a->reps; k++) {
        void* ctx = talloc_new(NULL);
        if (!ctx) wb_die("talloc_new failed");
        fill_ctx(ctx, a->count);
        wb_begin(run);
        talloc_free(ctx);
        wb_end(run);
    }
}
#endif

enum { ROW_WH_RESET, ROW_WH_DESTROY, ROW_APR_CLEAR, ROW_APR_DESTROY, ROW_TALLOC_CHILDREN, ROW_TALLOC_FREE, ROWS };
static const char* const row_names[ROWS] = {
    "weaveheap region_reset", "weaveheap region_destroy", "APR apr_pool_clear",
    "APR apr_pool_destroy",   "talloc_free_children",     "talloc_free (context)",
};

#define B2_MAX_COUNTS 4

void wb_bench_reset(const uint64_t* counts, int k) {
    if (k > B2_MAX_COUNTS) k = B2_MAX_COUNTS;
    static wb_contender rows[B2_MAX_COUNTS * ROWS];
    static b2_arg args[B2_MAX_COUNTS];
    static char names[B2_MAX_COUNTS * ROWS][80];
    int index[B2_MAX_COUNTS][ROWS];
    size_t n = 0;
#if defined(WH_BENCH_HAVE_APR)
    if (apr_initialize() != APR_SUCCESS) wb_die("apr_initialize failed");
#endif
    for (int j = 0; j < k; j++) {
        b2_arg* a = &args[j];
        a->count = counts[j];
        a->reps = counts[j] >= B2_OBJECTS_PER_SAMPLE ? 1 : B2_OBJECTS_PER_SAMPLE / counts[j];
        a->region = wb_region(0);
#if defined(WH_BENCH_HAVE_APR)
        if (apr_pool_create(&a->pool, NULL) != APR_SUCCESS) wb_die("apr_pool_create failed");
#endif
#if defined(WH_BENCH_HAVE_TALLOC)
        a->ctx = talloc_new(NULL);
        if (!a->ctx) wb_die("talloc_new failed");
#endif
        static const wb_fn fns[ROWS] = {
            c_wh_reset, c_wh_destroy,
#if defined(WH_BENCH_HAVE_APR)
            c_apr_clear, c_apr_destroy,
#else
            NULL, NULL,
#endif
#if defined(WH_BENCH_HAVE_TALLOC)
            c_talloc_children, c_talloc_free,
#else
            NULL, NULL,
#endif
        };
        for (int r = 0; r < ROWS; r++) {
            index[j][r] = -1;
            if (!fns[r]) continue;
            snprintf(names[n], sizeof names[n], "%s, %llu objects", row_names[r], (unsigned long long)counts[j]);
            rows[n] = (wb_contender){.name = names[n], .fn = fns[r], .arg = a, .ops = (double)a->reps, .peer = -1};
            index[j][r] = (int)n++;
        }
        /* WeaveHeap next to the pool allocators holding the same objects */
        if (index[j][ROW_APR_CLEAR] >= 0) rows[index[j][ROW_WH_RESET]].peer = index[j][ROW_APR_CLEAR];
        if (index[j][ROW_APR_DESTROY] >= 0) rows[index[j][ROW_WH_DESTROY]].peer = index[j][ROW_APR_DESTROY];
    }
    wb_measure("B2 region reset / destroy holding N objects of 32 B, per call", rows, n);

    if (!wb_opt.callgrind && k >= 2) {
        /* Flat in the object count: no work per object (B2_PER_OBJECT_MAX). */
        printf("\nB2 growth with the object count (median ns per call)\n");
        printf("  %-28s", "contender");
        for (int j = 0; j < k; j++) printf(" %12llu", (unsigned long long)counts[j]);
        printf("  %8s  %14s\n", "growth", "ns per object");
        double objects = (double)counts[k - 1] / (double)counts[0];
        for (int r = 0; r < ROWS; r++) {
            if (index[0][r] < 0) continue;
            printf("  %-28s", row_names[r]);
            for (int j = 0; j < k; j++) printf(" %12.1f", rows[index[j][r]].median);
            double first = rows[index[0][r]].median, last = rows[index[k - 1][r]].median;
            double per_object = last / (double)counts[k - 1];
            printf("  %7.1fx  %14.4f\n", first > 0 ? last / first : 0, per_object);
            if (r == ROW_WH_RESET || r == ROW_WH_DESTROY) {
                char what[128];
                snprintf(what, sizeof what, "%s, %llu objects: ns per object (no per-object work)", row_names[r],
                         (unsigned long long)counts[k - 1]);
                wb_verdict("B2 region reset / destroy", what, per_object, " ns", B2_PER_OBJECT_MAX,
                           per_object <= B2_PER_OBJECT_MAX);
            }
        }
        printf("  (objects grow %.0fx; per-object work would grow as much and cost >= ~1 ns an object)\n",
               objects);
    }

    for (int j = 0; j < k; j++) {
        weaveheap_region_destroy(args[j].region, NULL);
#if defined(WH_BENCH_HAVE_APR)
        apr_pool_destroy(args[j].pool);
#endif
#if defined(WH_BENCH_HAVE_TALLOC)
        talloc_free(args[j].ctx);
#endif
    }
#if defined(WH_BENCH_HAVE_APR)
    apr_terminate();
#endif
}
