/* B12 from C, the floor of every language (bench/README.md, "Extensions"):
 * zpack_crc32(buffer handle), the generated entry point (resolve, shared
 * borrow, zlib's crc32, release), against zlib's crc32 called on the same
 * bytes through a pointer (what a C caller with the pointer in hand does),
 * and against copying the bytes first (malloc + memcpy + crc32 + free, what
 * a copying binding does), at 64 B .. 256 MiB.
 *
 * Same data, same crc32 loop (crc_pieces.h is zpack.c's), the same number of
 * calls for every row of a size; each round times every row once, in a
 * rotating order, by the thread's CPU time; a row's ratio is the median of
 * its per-round ratios to the pointer row. Usage: bench_ext_c [rounds]. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "crc_pieces.h"
#include "weaveheap.h"
#include "weaveheap_api.h"
#include "zpack.h"

/* rows: 0 the pointer, 1 zpack_crc32, 2 copy in then crc32 */
enum { ROWS = 3, MAX_ROUNDS = 31 };

static weaveheap_buffer_t buffer;
static const uint8_t* bytes;
static uint64_t size;
static volatile uint32_t sink;

static void die(const char* what, weaveheap_error* err) {
    fprintf(stderr, "bench_ext_c: %s%s%s\n", what, err && err->message ? ": " : "", err && err->message ? err->message : "");
    exit(1);
}

static double now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static uint32_t row(int which) {
    switch (which) {
    case 0:
        return bench_ext_crc32(bytes, size);
    case 1: {
        weaveheap_error err = {0, NULL};
        uint32_t crc = zpack_crc32(buffer, &err);
        if (err.code) die("zpack_crc32 failed", &err);
        return crc;
    }
    default: {
        uint8_t* copy = malloc(size ? size : 1);
        if (!copy) die("malloc failed", NULL);
        memcpy(copy, bytes, size);
        uint32_t crc = bench_ext_crc32(copy, size);
        free(copy);
        return crc;
    }
    }
}

static int cmp(const void* a, const void* b) {
    double x = *(const double*)a, y = *(const double*)b;
    return (x > y) - (x < y);
}

static double median(double* xs, int n) {
    qsort(xs, (size_t)n, sizeof *xs, cmp);
    return xs[n / 2];
}

int main(int argc, char** argv) {
    int rounds = argc > 1 ? atoi(argv[1]) : 11;
    if (rounds < 1 || rounds > MAX_ROUNDS) rounds = 11;
    weaveheap_error err = {0, NULL};
    if (!zpack_init(weaveheap_api_table(), &err)) die("zpack_init failed", &err);
    weaveheap_region_t region = weaveheap_region_create(NULL, &err);
    if (err.code) die("region_create failed", &err);

    printf("| size | calls a sample | pointer | zpack_crc32 | copy in | zpack / pointer | zpack - pointer | copy / pointer |\n");
    printf("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    static const uint64_t sizes[] = {64, 4096, 65536, 1 << 20, 16 << 20, 256 << 20};
    for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
        size = sizes[s];
        buffer = weaveheap_buffer_alloc(region, size, 64, &err);
        if (err.code) die("buffer_alloc failed", &err);
        /* the data: written through a unique borrow, then read through a shared one */
        weaveheap_view wview, view;
        weaveheap_borrow_t token = weaveheap_borrow_unique(buffer, &wview, &err);
        if (err.code) die("borrow_unique failed", &err);
        for (uint64_t i = 0; i < size; i++) ((uint8_t*)wview.data)[i] = (uint8_t)((i * 7) ^ (i >> 9));
        weaveheap_borrow_release(token, &err);
        token = weaveheap_borrow_shared(buffer, &view, &err);   /* held for the pointer row, as a binding would */
        if (err.code) die("borrow_shared failed", &err);
        bytes = view.data;

        uint32_t want = row(0);
        if (row(1) != want || row(2) != want) die("the rows' checksums differ", NULL);
        weaveheap_stats before, after;
        weaveheap_region_stats(region, &before, &err);
        row(1);
        weaveheap_region_stats(region, &after, &err);
        if (err.code || after.copies != before.copies) die("the extension copied (or the stats failed)", &err);
        /* the same number of calls for every row: >= 30 ms of the pointer row, >= 3 calls */
        long calls = 3;
        for (;;) {
            double t0 = now_ns();
            for (long i = 0; i < calls; i++) sink ^= row(0);
            if (now_ns() - t0 >= 3e7) break;
            calls *= 2;
        }
        double per[ROWS][MAX_ROUNDS], ratio[ROWS][MAX_ROUNDS];
        for (int w = 0; w < ROWS; w++) for (long i = 0; i < calls; i++) sink ^= row(w);   /* warm-up */
        for (int r = 0; r < rounds; r++) {
            double t[ROWS];
            for (int k = 0; k < ROWS; k++) {
                int w = (r + k) % ROWS;
                double a = now_ns();
                for (long i = 0; i < calls; i++) sink ^= row(w);
                t[w] = (now_ns() - a) / (double)calls;
            }
            for (int w = 0; w < ROWS; w++) {
                per[w][r] = t[w];
                ratio[w][r] = t[w] / t[0];
            }
        }
        double m[ROWS], q[ROWS], diff[MAX_ROUNDS];
        for (int r = 0; r < rounds; r++) diff[r] = per[1][r] - per[0][r];
        for (int w = 0; w < ROWS; w++) {
            m[w] = median(per[w], rounds);
            q[w] = median(ratio[w], rounds);
        }
        printf("| %llu B | %ld | %.1f ns | %.1f ns | %.1f ns | **%.3fx** | %+.1f ns | %.2fx |\n",
               (unsigned long long)size, calls, m[0], m[1], m[2], q[1], median(diff, rounds), q[2]);
        fflush(stdout);
        weaveheap_borrow_release(token, &err);
        weaveheap_buffer_release(buffer, &err);
        if (err.code) die("release failed", &err);
    }
    weaveheap_region_destroy(region, &err);
    return 0;
}
