/* The cost of the quarantine of chunks (core/src/chunks.c,
 * docs/memory-model.md "A raw view kept too long"): region churn and large
 * objects, in regions that never lent a view and in regions that did, in ns
 * per cycle (median of 9 runs after a warm-up). Not part of weaveheap_bench
 * (bench/c/run.sh): built by hand against a core's sources, so that two
 * trees (before and after a change) can be compared in one session:
 *
 *   gcc -O3 -DNDEBUG -std=c11 -I generated/c -I core/src core/src/[a-z]*.c \
 *       bench/c/quarantine_churn.c -o quarantine_churn -lpthread
 *
 * (every .c of core/src, in the shell's words). */
#define _POSIX_C_SOURCE 200809L
#include "weaveheap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define RUNS 9

static double now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static int by_value(const void* a, const void* b) {
    double x = *(const double*)a, y = *(const double*)b;
    return x < y ? -1 : x > y;
}

static weaveheap_region_t clean_region, lent_region;

/* Lends a view of h (a borrow taken and released at once). */
static void lend(weaveheap_handle_t h) {
    weaveheap_view v;
    weaveheap_borrow_release(weaveheap_borrow_shared(h, &v, NULL), NULL);
}

static void churn(unsigned long n, int objects, int lent) {
    for (unsigned long i = 0; i < n; i++) {
        weaveheap_region_t r = weaveheap_region_create(NULL, NULL);
        weaveheap_buffer_t b = 0;
        for (int k = 0; k < objects; k++) b = weaveheap_buffer_alloc(r, 32, 16, NULL);
        if (lent && b) lend(b);
        weaveheap_region_destroy(r, NULL);
    }
}

static void big(unsigned long n, weaveheap_region_t r, uint64_t size, int lent) {
    for (unsigned long i = 0; i < n; i++) {
        weaveheap_buffer_t b = weaveheap_buffer_alloc(r, size, 16, NULL);
        if (lent) lend(b);
        weaveheap_buffer_release(b, NULL);
    }
}

/* A kept region filled with `objects` buffers and reset; `lent`: a view of
 * the last one is lent first (WEAVEHEAP_QUARANTINE_RESET=1 in the
 * environment makes such a reset quarantine the region's chunks). */
static weaveheap_region_t reset_region;
static void fill_reset(unsigned long n, int objects, int lent) {
    for (unsigned long i = 0; i < n; i++) {
        weaveheap_buffer_t b = 0;
        for (int k = 0; k < objects; k++) b = weaveheap_buffer_alloc(reset_region, 32, 16, NULL);
        if (lent && b) lend(b);
        weaveheap_region_reset(reset_region, NULL);
    }
}

static void reset_one(unsigned long n) { fill_reset(n, 1, 0); }
static void reset_full(unsigned long n) { fill_reset(n, 2000, 0); }
static void reset_one_lent(unsigned long n) { fill_reset(n, 1, 1); }
static void reset_full_lent(unsigned long n) { fill_reset(n, 2000, 1); }
static void churn_empty(unsigned long n) { churn(n, 0, 0); }
static void churn_one(unsigned long n) { churn(n, 1, 0); }
static void churn_full(unsigned long n) { churn(n, 2000, 0); }
static void churn_one_lent(unsigned long n) { churn(n, 1, 1); }
static void churn_full_lent(unsigned long n) { churn(n, 2000, 1); }
static void big64k(unsigned long n) { big(n, clean_region, 65536, 0); }
static void big1m(unsigned long n) { big(n, clean_region, 1 << 20, 0); }
static void big64k_lent(unsigned long n) { big(n, lent_region, 65536, 1); }
static void big1m_lent(unsigned long n) { big(n, lent_region, 1 << 20, 1); }

static void run(const char* name, void (*fn)(unsigned long), unsigned long n) {
    double s[RUNS];
    fn(n / 4);
    for (int k = 0; k < RUNS; k++) {
        double t = now_ns();
        fn(n);
        s[k] = (now_ns() - t) / (double)n;
    }
    qsort(s, RUNS, sizeof *s, by_value);
    printf("%-52s %10.1f ns (min %.1f)\n", name, s[RUNS / 2], s[0]);
}

int main(void) {
    clean_region = weaveheap_region_create(NULL, NULL);
    lent_region = weaveheap_region_create(NULL, NULL);
    reset_region = weaveheap_region_create(NULL, NULL);
    run("create + destroy, no object", churn_empty, 200000);
    run("create + 1 buffer of 32 B + destroy", churn_one, 50000);
    run("create + 2000 x 32 B (one chunk) + destroy", churn_full, 2000);
    run("create + 1 buffer + a view + destroy (lent)", churn_one_lent, 20000);
    run("create + 2000 x 32 B + a view + destroy (lent)", churn_full_lent, 2000);
    run("64 KiB buffer (own chunk) alloc + release", big64k, 20000);
    run("1 MiB buffer (own chunk) alloc + release", big1m, 5000);
    run("64 KiB buffer alloc + view + release (lent)", big64k_lent, 20000);
    run("1 MiB buffer alloc + view + release (lent)", big1m_lent, 5000);
    run("1 buffer of 32 B + reset", reset_one, 50000);
    run("2000 x 32 B (one chunk) + reset", reset_full, 2000);
    run("1 buffer + a view + reset (lent)", reset_one_lent, 20000);
    run("2000 x 32 B + a view + reset (lent)", reset_full_lent, 2000);
    weaveheap_region_destroy(reset_region, NULL);
    weaveheap_region_destroy(clean_region, NULL);
    weaveheap_region_destroy(lent_region, NULL);
    return 0;
}
