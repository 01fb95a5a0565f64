/* weaveheap_bench: the C benchmarks B1-B5 (bench/README.md). Peers run in the
 * same process, interleaved, after a warm-up; every table shows medians
 * and the ratio to each row's peer, and a summary of the targets ends the
 * run. --callgrind runs each contender once for valgrind's instruction
 * counts instead (bench/c/run.sh --callgrind reads them). */
#include "bench.h"
#include "harness.h"

#include <malloc.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#if defined(WH_BENCH_HAVE_CALLGRIND)
#include <valgrind/valgrind.h>
#endif

static void usage(FILE* f) {
    fputs("usage: weaveheap_bench [--rounds N] [--only B1,B2,B3,B4,B5,B11] [--quick] [--callgrind]\n"
          "  --rounds N    measured rounds per table (default 11, at most 31), after one warm-up\n"
          "  --only LIST   run only these benchmarks (default: all)\n"
          "  --quick       smaller sizes (10^5 allocations, no 10^7 handle set): a smoke run\n"
          "  --cpu-time    time B1-B5 by the thread's CPU time (B11 stays on the wall clock)\n"
          "  --callgrind   no timing: run each contender once under\n"
          "                valgrind --tool=callgrind --collect-atstart=no (see run.sh --callgrind)\n",
          f);
}

/* jemalloc's TLS is initial-exec: dlopen'ed, it needs more surplus static
 * TLS than glibc reserves by default ("cannot allocate memory in static TLS
 * block"). The tunable must be set before the process starts, so the bench
 * sets it and runs itself again (run.sh sets it for valgrind). */
#define WB_TLS_TUNABLE "glibc.rtld.optional_static_tls=65536"

static void reexec_with_static_tls(char** argv) {
    const char* t = getenv("GLIBC_TUNABLES");
    if (t && strstr(t, "optional_static_tls")) return;
#if defined(WH_BENCH_HAVE_CALLGRIND)
    if (RUNNING_ON_VALGRIND) return;
#endif
    char value[1024];
    snprintf(value, sizeof value, "%s%s%s", t ? t : "", t ? ":" : "", WB_TLS_TUNABLE);
    if (setenv("GLIBC_TUNABLES", value, 1) == 0) execv("/proc/self/exe", argv);
    /* if that failed, go on: jemalloc's rows will say it could not load */
}

/* Whether `id` is one of the comma-separated names in `list` (whole names:
 * B1 is not B11). */
static bool listed(const char* list, const char* id) {
    size_t n = strlen(id);
    for (const char* p = list; (p = strstr(p, id)) != NULL; p += n)
        if ((p == list || p[-1] == ',') && (p[n] == ',' || p[n] == '\0')) return true;
    return false;
}

int main(int argc, char** argv) {
    reexec_with_static_tls(argv);
    /* Keep freed memory in glibc's heap instead of trimming it back to the
     * system, so that no contender pays first-touch page faults for another
     * one's frees ("reuse warm memory", shared/BENCHMARKS.md). */
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    const char* only = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--rounds") && i + 1 < argc) {
            wb_opt.rounds = atoi(argv[++i]);
            if (wb_opt.rounds < 1 || wb_opt.rounds > WB_MAX_ROUNDS) wb_die("--rounds must be 1..%d", WB_MAX_ROUNDS);
        } else if (!strcmp(argv[i], "--only") && i + 1 < argc) {
            only = argv[++i];
        } else if (!strcmp(argv[i], "--cpu-time")) {
            wb_opt.cpu_time = true;
        } else if (!strcmp(argv[i], "--quick")) {
            wb_opt.quick = true;
        } else if (!strcmp(argv[i], "--callgrind")) {
            wb_opt.callgrind = true;
        } else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            usage(stdout);
            return 0;
        } else {
            usage(stderr);
            return 2;
        }
    }
    if (wb_opt.callgrind) {
#if defined(WH_BENCH_HAVE_CALLGRIND)
        if (!RUNNING_ON_VALGRIND) wb_die("--callgrind: run me under valgrind --tool=callgrind (bench/c/run.sh --callgrind)");
#else
        wb_die("--callgrind: built without valgrind/callgrind.h");
#endif
    }
#define WANT(id) (!only || listed(only, id))
    bool small = wb_opt.quick || wb_opt.callgrind;
    uint64_t n = small ? 100000 : 1000000;

    wb_use_wall_clock(!wb_opt.cpu_time);
    printf("weaveheap %s bench (%s)\n", weaveheap_version_string(),
           wb_opt.callgrind  ? "callgrind instruction counts"
           : wb_opt.cpu_time ? "B1-B5: the thread's CPU time, CLOCK_THREAD_CPUTIME_ID; B11: wall clock"
                             : "wall clock, CLOCK_MONOTONIC");
#if !defined(__OPTIMIZE__)
    puts("warning: built without optimisation; use bench/c/run.sh (Release)");
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    puts("warning: sanitizer build: malloc is the sanitizer's and every figure is meaningless");
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
    puts("warning: sanitizer build: malloc is the sanitizer's and every figure is meaningless");
#endif
#endif
    if (WANT("B1") || WANT("B5")) wb_bench_alloc(n, WANT("B1"), WANT("B5"));
    if (WANT("B2")) {
        static const uint64_t counts[] = {10000, 100000, 1000000};
        wb_bench_reset(counts, small ? 2 : 3);
    }
    if (WANT("B3") || WANT("B4")) wb_bench_resolve(10000, small ? 0 : 10000000, WANT("B3"), WANT("B4"));
    if (WANT("B11")) { /* last: it makes threads */
        if (wb_opt.callgrind) puts("B11: not counted under --callgrind (its work runs on other threads)");
        else {
            wb_use_wall_clock(true); /* a throughput over threads: the wall clock */
            wb_bench_threads(wb_opt.quick ? 20000 : 2000000);
        }
    }
    wb_print_summary();
    return 0;
}
