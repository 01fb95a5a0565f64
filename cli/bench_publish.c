/* What live-stats publishing costs the allocation path: the foundation's
 * allocation loop (10^6 buffers of 32 B through the public API, then a
 * region reset, as bench B1) with publishing off and on, in the same run,
 * rounds interleaved after a warm-up; prints the medians and on/off ratios.
 * A measurement, not a test (docs/cli.md has the figures). Each sample
 * runs whole rounds for about a second, so that the publisher thread takes
 * its snapshots (of up to 10^6 live handles) in the middle of them.
 *
 * usage: weaveheap_publish_overhead [SAMPLES] [INTERVAL_MS...]
 * Each INTERVAL_MS is a series (default: 0 0 250 10): 0 is publishing off
 * (the first is the baseline, a second shows the noise), others publishing
 * at that interval. Reported per allocation: wall time, the main thread's CPU
 * time (which other processes' load does not inflate), and the CPU the rest
 * of the process (the publisher) used, as a share of the main thread's. The
 * stats files go to a private temporary directory. */
#define _POSIX_C_SOURCE 200809L
#include "weaveheap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define N 1000000

static double clock_s(clockid_t c) {
    struct timespec t;
    clock_gettime(c, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}
static double now_s(void) { return clock_s(CLOCK_MONOTONIC); }

/* One sample's figures, per allocation: wall time, this thread's CPU time
 * (immune to other processes taking the CPU, not to cache effects), and the
 * CPU time of the process's other threads (the publisher). */
typedef struct {
    double wall, cpu, others;
} sample;

static int cmp(const void* a, const void* b) {
    double x = *(const double*)a, y = *(const double*)b;
    return x < y ? -1 : x > y;
}

/* One round: N allocations and a reset. */
static void round_once(weaveheap_region_t r) {
    for (int i = 0; i < N; i++) {
        if (!weaveheap_buffer_alloc(r, 32, 16, NULL)) {
            fprintf(stderr, "allocation failed\n");
            exit(1);
        }
    }
    weaveheap_region_reset(r, NULL);
}

/* One sample: whole rounds for about a second; ns per allocation. */
static sample sample_ns(weaveheap_region_t r) {
    double t0 = now_s(), c0 = clock_s(CLOCK_THREAD_CPUTIME_ID), p0 = clock_s(CLOCK_PROCESS_CPUTIME_ID), t;
    long rounds = 0;
    do {
        round_once(r);
        rounds++;
    } while ((t = now_s()) - t0 < 1.0);
    double c = clock_s(CLOCK_THREAD_CPUTIME_ID) - c0, p = clock_s(CLOCK_PROCESS_CPUTIME_ID) - p0;
    double n = (double)rounds * N;
    return (sample){(t - t0) * 1e9 / n, c * 1e9 / n, (p - c) * 1e9 / n};
}

int main(int argc, char** argv) {
    int rounds = argc > 1 ? atoi(argv[1]) : 7;
    unsigned intervals[8] = {0, 0, 250, 10};
    int ni = 4;
    if (argc > 2) {
        ni = 0;
        for (int i = 2; i < argc && ni < 8; i++) intervals[ni++] = (unsigned)atoi(argv[i]);
    }
    if (rounds < 1) rounds = 1;
    char dir[] = "/tmp/weaveheap-bench-XXXXXX";
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    setenv("WEAVEHEAP_STATS_DIR", dir, 1);
    weaveheap_region_t r = weaveheap_region_create(NULL, NULL);
    for (int i = 0; i < 3; i++) round_once(r); /* warm-up: chunks and table pages in place */

    /* One snapshot of a table holding N live handles, on this thread. */
    for (int i = 0; i < N; i++) weaveheap_buffer_alloc(r, 32, 16, NULL);
    weaveheap_error err = {0};
    weaveheap_publish_now(&err);
    double t0 = now_s();
    for (int i = 0; i < 10; i++) weaveheap_publish_now(&err);
    double snap_ms = (now_s() - t0) * 1000.0 / 10;
    if (err.code) {
        fprintf(stderr, "publish: %s\n", err.message);
        return 1;
    }
    weaveheap_publish_stop();
    weaveheap_region_reset(r, NULL);

    printf("publishing overhead on the allocation loop: 10^6 buffer_alloc(32) + reset, %d samples of ~1 s each,\n"
           "off and on interleaved\n",
           rounds);
    printf("one snapshot of %d live handles: %.2f ms\n", N, snap_ms);
    sample* all = calloc((size_t)rounds * (size_t)ni, sizeof *all);
    for (int k = 0; k < rounds; k++) {
        for (int j = 0; j < ni; j++) {
            if (intervals[j]) weaveheap_publish_start(intervals[j], &err);
            if (err.code) {
                fprintf(stderr, "publish: %s\n", err.message);
                return 1;
            }
            all[j * rounds + k] = sample_ns(r);
            weaveheap_publish_stop();
        }
    }
    double* v = calloc((size_t)rounds, sizeof *v);
    double base_wall = 0, base_cpu = 0;
    printf("%-20s %28s %28s %22s\n", "", "wall ns/alloc (on/off)", "main thread CPU ns (on/off)",
           "publisher CPU / main");
    for (int j = 0; j < ni; j++) {
        double med[3];
        for (int f = 0; f < 3; f++) {
            for (int k = 0; k < rounds; k++) {
                sample x = all[j * rounds + k];
                v[k] = f == 0 ? x.wall : f == 1 ? x.cpu : x.others / x.cpu;
            }
            qsort(v, (size_t)rounds, sizeof *v, cmp);
            med[f] = v[rounds / 2];
        }
        if (j == 0) base_wall = med[0], base_cpu = med[1];
        char name[64];
        if (intervals[j]) snprintf(name, sizeof name, "on, every %u ms", intervals[j]);
        else snprintf(name, sizeof name, j == 0 ? "off" : "off again (noise)");
        printf("%-20s %18.2f (%.3f) %18.2f (%.3f) %21.2f%%\n", name, med[0], med[0] / base_wall, med[1],
               med[1] / base_cpu, 100.0 * med[2]);
    }
    free(v);
    free(all);
    weaveheap_region_destroy(r, NULL);
    rmdir(dir);
    return 0;
}
