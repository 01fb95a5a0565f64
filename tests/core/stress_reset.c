/* The handle table's cost over many resets: a region reset again and again
 * (and regions made and destroyed) must not make the process grow. Each
 * cycle allocates a few objects, releases and borrows some (so that pages
 * see releases and catch up at the reset), then resets; every 1000th cycle
 * also makes, uses and destroys a second region. Every 16th cycle does
 * `pairs` alloc/release pairs on one slot, the pattern that spends slots
 * fastest (docs/memory-model.md, "What a reset costs the handle table").
 *
 * At the end, the resident size and the handle-table pages made must not
 * have moved since the warm-up (the first 2^18 cycles, which see the first
 * wraps of the epochs), and every handle kept from the start is still
 * refused. Not a timed test: ctest runs it for 3 x 2^17 cycles (label
 * `stress`), and docs/memory-model.md records a run of 10^9.
 *
 * Usage: weaveheap_stress_reset [cycles] [pairs]   (default 393216 and 64) */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "stress.h"
#include "testing.h"
#include "weaveheap.h"

#define OK(err)                                                                      \
    do {                                                                             \
        if ((err).code) {                                                            \
            fprintf(stderr, "%s:%d: FAILED: error %d: %s\n", __FILE__, __LINE__,     \
                    (int)(err).code, (err).message);                                 \
            exit(1);                                                                 \
        }                                                                            \
    } while (0)

/* Resident set size in KiB, from /proc/self/statm. */
static uint64_t rss_kib(void) {
    FILE* f = fopen("/proc/self/statm", "r");
    unsigned long long size = 0, resident = 0;
    if (f) {
        if (fscanf(f, "%llu %llu", &size, &resident) != 2) resident = 0;
        fclose(f);
    }
    return (uint64_t)resident * 4;
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static bool refused(uint64_t h) {
    weaveheap_error err = {0};
    weaveheap_handle_kind_of(h, &err);
    bool dead = err.code == WEAVEHEAP_ERR_STALE_HANDLE || err.code == WEAVEHEAP_ERR_REUSED_HANDLE;
    weaveheap_error_clear(&err);
    return dead;
}

/* One cycle of work in r, then a reset. Returns a handle it made. */
static uint64_t cycle(weaveheap_region_t r, uint64_t n, uint64_t pairs) {
    weaveheap_error err = {0};
    static const uint8_t text[] = "a string that lives until the reset";
    weaveheap_buffer_t a = weaveheap_buffer_alloc(r, 48, 16, &err);
    OK(err);
    weaveheap_bytes_t b = weaveheap_bytes_create(r, text, 16, &err);
    OK(err);
    weaveheap_string_t s = weaveheap_string_create(r, text, sizeof text - 1, &err);
    OK(err);
    weaveheap_view v;
    weaveheap_borrow_t t = weaveheap_borrow_unique(a, &v, &err);
    OK(err);
    v.data[0] = (uint8_t)n;
    weaveheap_borrow_release(t, &err);
    OK(err);
    if (n % 2) { /* a release: the page catches up at the reset */
        weaveheap_bytes_release(b, &err);
        OK(err);
    }
    if (n % 256 == 0) {
        for (uint64_t i = 0; i < pairs; i++) {
            weaveheap_buffer_t p = weaveheap_buffer_alloc(r, 32, 16, &err);
            OK(err);
            weaveheap_buffer_release(p, &err);
            OK(err);
        }
    }
    weaveheap_region_reset(r, &err);
    OK(err);
    return s;
}

int main(int argc, char** argv) {
    uint64_t cycles = argc > 1 ? strtoull(argv[1], NULL, 10) : 3u << 17;
    uint64_t pairs = argc > 2 ? strtoull(argv[2], NULL, 10) : 64;
    const uint64_t warmup = cycles < (1u << 18) ? cycles / 3 : 1u << 18;
    weaveheap_error err = {0};
    weaveheap_region_t r = weaveheap_region_create(NULL, &err);
    OK(err);
    uint64_t first = cycle(r, 0, pairs); /* kept: refused to the end */
    uint64_t rss0 = 0, pages0 = 0, kept[8] = {0};
    double t0 = now(), tw = t0;
    for (uint64_t n = 1; n < cycles; n++) {
        uint64_t h = cycle(r, n, pairs);
        if (n % 1000 == 0) { /* a region made, used and destroyed: its pages go back to the pool */
            weaveheap_region_t q = weaveheap_region_create(NULL, &err);
            OK(err);
            h = cycle(q, n, pairs);
            weaveheap_region_destroy(q, &err);
            OK(err);
        }
        if (n % (cycles / 8 + 1) == 0) kept[(n / (cycles / 8 + 1)) % 8] = h;
        if (n == warmup) {
            rss0 = rss_kib();
            pages0 = weaveheap__test_pages_made();
            tw = now();
            printf("after %" PRIu64 " warm-up cycles: RSS %" PRIu64 " KiB, %" PRIu64 " table pages\n", n, rss0,
                   pages0);
            fflush(stdout);
        }
        if (n > warmup && (n & ((1u << 26) - 1)) == 0) {
            printf("  %" PRIu64 " cycles: RSS %" PRIu64 " KiB, %u table pages, %.1f s\n", n, rss_kib(),
                   weaveheap__test_pages_made(), now() - t0);
            fflush(stdout);
        }
    }
    double t1 = now();
    uint64_t rss1 = rss_kib(), pages1 = weaveheap__test_pages_made();
    CHECK(refused(first));
    for (int i = 0; i < 8; i++) CHECK(kept[i] == 0 || refused(kept[i]));
    weaveheap_stats st;
    weaveheap_region_stats(r, &st, &err);
    OK(err);
    CHECK(st.bytes_live == 0 && st.borrows_active == 0);
    weaveheap_region_destroy(r, &err);
    OK(err);
    printf("%" PRIu64 " reset cycles (%" PRIu64 " pairs every 256th): RSS %" PRIu64 " -> %" PRIu64
           " KiB, table pages %" PRIu64 " -> %" PRIu64 ", %.1f s (%.1f ns a cycle after the warm-up)\n",
           cycles, pairs, rss0, rss1, pages0, pages1, t1 - t0,
           cycles > warmup ? (t1 - tw) * 1e9 / (double)(cycles - warmup) : 0.0);
    /* flat: no new page of the table, and no more than a few pages of RSS
     * (stdio, the allocator's own bookkeeping) */
    CHECK(pages1 == pages0);
    CHECK(rss1 <= rss0 + 256);
    if (atomic_load(&failures)) return 1;
    printf("flat\n");
    return 0;
}
