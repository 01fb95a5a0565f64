/* B13 from C (bench/README.md, shared/BENCHMARKS.md row B13): a typed
 * vector's append throughput against a C growth vector (realloc doubling,
 * what std::vector does) and a plain preallocated array (the floor), value
 * by value and chunk by chunk; and the Arrow C Data export of a record batch
 * of 10^3 .. 10^8 rows (export + release: flat in rows) against a copying
 * path (memcpy of the column, what an exporter that copies would pay).
 * Peers in the same run, interleaved (rotating order), medians. Timed by
 * the thread's CPU time (CLOCK_THREAD_CPUTIME_ID): on the shared machine a
 * fill of 10^7 values is long enough to be preempted, and wall time would
 * count other sessions' work.
 *
 *   cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release && cmake --build build-bench --target weaveheap_bench_b13 -j2
 *   build-bench/bench/c/weaveheap_bench_b13 [--quick] [--rounds N] [--max-exp 8]
 *
 * Not a test: nothing checks a time. A contender that fails (an error, a
 * wrong checksum) stops the run. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "weaveheap.h"

#include "weaveheap_arrow.h" /* the spec's structs */

#define MAX_ROUNDS 31
#define CHUNK 4096u

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static void check(const weaveheap_error* err, const char* what) {
    if (err->code) {
        fprintf(stderr, "b13: %s failed: %s\n", what, err->message ? err->message : "?");
        exit(1);
    }
}

static int by_value(const void* a, const void* b) {
    double x = *(const double*)a, y = *(const double*)b;
    return (x > y) - (x < y);
}

static double median(double* v, int n) {
    qsort(v, (size_t)n, sizeof *v, by_value);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* -- append ---------------------------------------------------------------- */

typedef struct {
    int64_t* data;
    size_t len, cap;
} growth_vector;

/* Doubles the capacity until `need` values fit. */
static void growth_reserve(growth_vector* g, size_t need) {
    size_t cap = g->cap ? g->cap : 16;
    while (cap < need) cap *= 2;
    int64_t* data = realloc(g->data, cap * sizeof *data);
    if (!data) {
        fprintf(stderr, "b13: realloc failed\n");
        exit(1);
    }
    g->data = data;
    g->cap = cap;
}

static void growth_push(growth_vector* g, int64_t x) {
    if (g->len == g->cap) growth_reserve(g, g->len + 1);
    g->data[g->len++] = x;
}

static void growth_extend(growth_vector* g, const int64_t* src, size_t n) {
    if (g->len + n > g->cap) growth_reserve(g, g->len + n);
    memcpy(g->data + g->len, src, n * sizeof *src);
    g->len += n;
}

enum { APPEND_VECTOR, APPEND_GROWTH, APPEND_FLOOR, EXTEND_VECTOR, EXTEND_GROWTH, APPEND_ROWS };
static const char* const append_names[APPEND_ROWS] = {
    "weaveheap_vector_append (capacity given)",
    "growth vector push (realloc doubling)",
    "preallocated array store (floor)",
    "weaveheap_vector_extend, 4096 values a call",
    "growth vector memcpy, 4096 values a call",
};

/* One run of contender `which` over n values: ns per value. */
static double append_once(int which, weaveheap_region_t region, const int64_t* src, size_t n) {
    weaveheap_error err = {0, NULL};
    int64_t sum = 0;
    double t0 = 0, t1 = 0;
    if (which == APPEND_VECTOR || which == EXTEND_VECTOR) {
        weaveheap_region_reset(region, &err);
        check(&err, "reset");
        weaveheap_vector_t v = weaveheap_vector_create(region, WEAVEHEAP_ELEMENT_TYPE_INT64, n, false, &err);
        check(&err, "vector_create");
        t0 = now_ns();
        if (which == APPEND_VECTOR) {
            for (size_t i = 0; i < n; i++) weaveheap_vector_append(v, src[i], &err);
        } else {
            for (size_t i = 0; i < n; i += CHUNK)
                weaveheap_vector_extend(v, (const uint8_t*)(src + i), (n - i < CHUNK ? n - i : CHUNK) * 8, &err);
        }
        t1 = now_ns();
        check(&err, "append");
        sum = weaveheap_vector_get(v, n - 1, &err) + (int64_t)weaveheap_vector_length(v, &err);
        check(&err, "vector_get");
        weaveheap_vector_release(v, &err);
        check(&err, "vector_release");
    } else if (which == APPEND_FLOOR) {
        int64_t* a = malloc(n * sizeof *a);
        memset(a, 0, n * sizeof *a);   /* warm: no first-touch faults in the timed part */
        t0 = now_ns();
        for (size_t i = 0; i < n; i++) a[i] = src[i];
        t1 = now_ns();
        __asm__ volatile("" ::"r"(a) : "memory");
        sum = a[n - 1] + (int64_t)n;
        free(a);
    } else {
        growth_vector g = {NULL, 0, 0};
        t0 = now_ns();
        if (which == APPEND_GROWTH) {
            for (size_t i = 0; i < n; i++) growth_push(&g, src[i]);
        } else {
            for (size_t i = 0; i < n; i += CHUNK) growth_extend(&g, src + i, n - i < CHUNK ? n - i : CHUNK);
        }
        t1 = now_ns();
        __asm__ volatile("" ::"r"(g.data) : "memory");
        sum = g.data[n - 1] + (int64_t)g.len;
        free(g.data);
    }
    if (sum != src[n - 1] + (int64_t)n) {
        fprintf(stderr, "b13: %s: wrong checksum\n", append_names[which]);
        exit(1);
    }
    return (t1 - t0) / (double)n;
}

static void bench_append(weaveheap_region_t region, size_t n, int rounds) {
    int64_t* src = malloc(n * sizeof *src);
    for (size_t i = 0; i < n; i++) src[i] = (int64_t)(i * 2654435761u);
    double samples[APPEND_ROWS][MAX_ROUNDS];
    for (int r = -1; r < rounds; r++) {   /* round -1: warm-up */
        for (int k = 0; k < APPEND_ROWS; k++) {
            int which = (k + (r < 0 ? 0 : r)) % APPEND_ROWS;
            double ns = append_once(which, region, src, n);
            if (r >= 0) samples[which][r] = ns;
        }
    }
    free(src);
    printf("### B13b: typed-vector append from C, %zu int64 values, ns per value (median of %d rounds)\n\n", n, rounds);
    printf("| contender | ns per value | vs growth vector |\n|---|---|---|\n");
    double m[APPEND_ROWS];
    for (int k = 0; k < APPEND_ROWS; k++) m[k] = median(samples[k], rounds);
    for (int k = 0; k < APPEND_ROWS; k++) {
        double base = k < EXTEND_VECTOR ? m[APPEND_GROWTH] : m[EXTEND_GROWTH];
        printf("| %s | %.2f | %.2fx |\n", append_names[k], m[k], m[k] / base);
    }
    printf("\n");
}

/* -- export ---------------------------------------------------------------- */

/* Export + release of the batch: ns per export, averaged over `number`. */
static double export_once(weaveheap_batch_t batch, int number) {
    weaveheap_error err = {0, NULL};
    double t0 = now_ns();
    for (int i = 0; i < number; i++) {
        struct ArrowSchema schema;
        struct ArrowArray array;
        weaveheap_batch_export_arrow(batch, (uint8_t*)&schema, (uint8_t*)&array, &err);
        check(&err, "batch_export_arrow");
        __asm__ volatile("" ::"r"(array.children[0]->buffers[1]) : "memory");
        array.release(&array);
        schema.release(&schema);
    }
    return (now_ns() - t0) / number;
}

static double copy_once(const int64_t* values, int64_t* dst, size_t rows, int number) {
    double t0 = now_ns();
    for (int i = 0; i < number; i++) {
        memcpy(dst, values, rows * sizeof *values);
        __asm__ volatile("" ::"r"(dst) : "memory");
    }
    return (now_ns() - t0) / number;
}

static void bench_export(weaveheap_region_t region, int max_exp, int rounds) {
    printf("### B13a: Arrow C Data export of a record batch (one int64 column) from C, ns per export "
           "(median of %d rounds)\n\n", rounds);
    printf("| rows | export + release | copying path (memcpy of the values) | copy / export |\n|---|---|---|---|\n");
    double first = 0, last = 0;
    for (int e = 3; e <= max_exp; e++) {
        size_t rows = 1;
        for (int k = 0; k < e; k++) rows *= 10;
        weaveheap_error err = {0, NULL};
        weaveheap_region_reset(region, &err);
        check(&err, "reset");
        weaveheap_vector_t v = weaveheap_vector_create(region, WEAVEHEAP_ELEMENT_TYPE_INT64, rows, false, &err);
        check(&err, "vector_create");
        for (size_t i = 0; i < rows; i++) weaveheap_vector_append(v, (int64_t)i, &err);
        check(&err, "append");
        weaveheap_batch_t batch = weaveheap_batch_create(region, 1, &err);
        weaveheap_batch_add_column(batch, (const uint8_t*)"x", 1, v, &err);
        check(&err, "batch");
        weaveheap_view view;
        weaveheap_borrow_t token = weaveheap_borrow_shared(v, &view, &err);
        check(&err, "borrow");
        int64_t* dst = malloc(rows * sizeof *dst);
        memset(dst, 0, rows * sizeof *dst);
        int copies = (int)(rows >= 10000000 ? 2 : 200000000 / rows < 2000 ? 200000000 / rows : 2000);
        double ex[MAX_ROUNDS], cp[MAX_ROUNDS];
        for (int r = -1; r < rounds; r++) {
            double a, b;
            if (r % 2) {
                a = export_once(batch, 2000);
                b = copy_once((const int64_t*)view.data, dst, rows, copies);
            } else {
                b = copy_once((const int64_t*)view.data, dst, rows, copies);
                a = export_once(batch, 2000);
            }
            if (r >= 0) ex[r] = a, cp[r] = b;
        }
        free(dst);
        weaveheap_borrow_release(token, &err);
        weaveheap_batch_release(batch, &err);
        weaveheap_vector_release(v, &err);
        check(&err, "release");
        double mex = median(ex, rounds), mcp = median(cp, rounds);
        if (e == 3) first = mex;
        last = mex;
        printf("| 10^%d | %.0f | %.0f | %.0fx |\n", e, mex, mcp, mcp / mex);
    }
    printf("\n- export + release: %.2fx from 10^3 to 10^%d rows (flat = 1)\n\n", last / first, max_exp);
}

int main(int argc, char** argv) {
    bool quick = false;
    int rounds = 11, max_exp = 8;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--quick")) quick = true;
        else if (!strcmp(argv[i], "--rounds") && i + 1 < argc) rounds = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--max-exp") && i + 1 < argc) max_exp = atoi(argv[++i]);
        else {
            printf("usage: %s [--quick] [--rounds 1..%d] [--max-exp 3..8]\n", argv[0], MAX_ROUNDS);
            return strcmp(argv[i], "--help") ? 2 : 0;
        }
    }
    if (rounds < 1 || rounds > MAX_ROUNDS || max_exp < 3 || max_exp > 8) {
        fprintf(stderr, "b13: --rounds 1..%d, --max-exp 3..8\n", MAX_ROUNDS);
        return 2;
    }
    if (quick) {
        rounds = rounds < 5 ? rounds : 5;
        max_exp = max_exp < 6 ? max_exp : 6;
    }
    weaveheap_error err = {0, NULL};
    weaveheap_region_t region = weaveheap_region_create(NULL, &err);
    check(&err, "region_create");
    bench_append(region, quick ? 1000000 : 10000000, rounds);
    bench_export(region, max_exp, rounds);
    weaveheap_region_destroy(region, &err);
    check(&err, "region_destroy");
    return 0;
}
