/* Rounds, medians, ratios and the two ways of counting (clock or callgrind). */
#include "harness.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#if defined(WH_BENCH_HAVE_CALLGRIND)
#include <valgrind/callgrind.h>
#endif

wb_options wb_opt = {.rounds = 11};

enum { RUN_IDLE, RUN_CLOCK, RUN_CALLGRIND };

struct wb_run {
    int mode;
    uint64_t start, total;
    uint64_t brackets;
};

static double timer_overhead_ns; /* one empty wb_begin/wb_end pair, on the clock in use */

uint64_t wb_now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static bool wall_clock = true;

void wb_use_wall_clock(bool wall) { wall_clock = wall; }

/* The clock a bracket reads. The thread's CPU time leaves out the time the
 * thread was not running: on a machine shared with other work, a round in
 * which the benchmark was preempted is not a slow round. */
static uint64_t bracket_now_ns(void) {
    if (wall_clock) return wb_now_ns();
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void wb_begin(wb_run* run) {
    if (run->mode == RUN_CLOCK) {
        run->start = bracket_now_ns();
    } else if (run->mode == RUN_CALLGRIND) {
#if defined(WH_BENCH_HAVE_CALLGRIND)
        CALLGRIND_TOGGLE_COLLECT;
#endif
    }
    wb_clobber();
}

void wb_end(wb_run* run) {
    wb_clobber();
    if (run->mode == RUN_CLOCK) {
        run->total += bracket_now_ns() - run->start;
        run->brackets++;
    } else if (run->mode == RUN_CALLGRIND) {
#if defined(WH_BENCH_HAVE_CALLGRIND)
        CALLGRIND_TOGGLE_COLLECT;
#endif
    }
}

void wb_die(const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("weaveheap_bench: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

uint64_t wb_rand(uint64_t* s) {
    uint64_t x = *s;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *s = x;
    return x * UINT64_C(2685821657736338717);
}

static int cmp_double(const void* a, const void* b) {
    double x = *(const double*)a, y = *(const double*)b;
    return (x > y) - (x < y);
}

double wb_median(const double* v, size_t n) {
    double tmp[WB_MAX_ROUNDS];
    if (n == 0 || n > WB_MAX_ROUNDS) return 0;
    memcpy(tmp, v, n * sizeof *v);
    qsort(tmp, n, sizeof *tmp, cmp_double);
    return n % 2 ? tmp[n / 2] : (tmp[n / 2 - 1] + tmp[n / 2]) / 2;
}

static void calibrate(void) {
    double v[WB_MAX_ROUNDS];
    for (int k = 0; k < WB_MAX_ROUNDS; k++) {
        wb_run run = {.mode = RUN_CLOCK};
        for (int i = 0; i < 1000; i++) {
            wb_begin(&run);
            wb_end(&run);
        }
        v[k] = (double)run.total / 1000.0;
    }
    timer_overhead_ns = wb_median(v, WB_MAX_ROUNDS);
}

/* ns per op of one call, the timer's own cost taken out of each bracket. */
static double run_once(wb_contender* c, int mode) {
    wb_run run = {.mode = mode};
    c->fn(&run, c->arg);
    if (mode != RUN_CLOCK) return 0;
    double ns = (double)run.total - timer_overhead_ns * (double)run.brackets;
    if (ns < 0) ns = 0;
    return ns / c->ops;
}

/* The ratio to the peer: the median over rounds of this round's sample
 * over the peer's sample in the same round. Load from other processes that
 * slows a whole round cancels out, which a ratio of medians does not do on a
 * shared 2-core machine. */
static double peer_ratio(const wb_contender* all, const wb_contender* c) {
    double r[WB_MAX_ROUNDS];
    const wb_contender* p = &all[c->peer];
    for (int i = 0; i < wb_opt.rounds; i++) r[i] = p->samples[i] > 0 ? c->samples[i] / p->samples[i] : 0;
    return wb_median(r, (size_t)wb_opt.rounds);
}

static void print_row(const wb_contender* all, const wb_contender* c) {
    printf("  %-46s %9.2f %9.2f", c->name, c->median, c->min);
    if (c->peer >= 0) {
        const wb_contender* p = &all[c->peer];
        double ratio = peer_ratio(all, c);
        printf("  %6.2fx  %-30s", ratio, p->name);
        if (c->target_ratio > 0) {
            bool met = ratio <= c->target_ratio;
            printf("  <=%.2fx %s", c->target_ratio, met ? "met" : "MISSED");
        }
    } else {
        printf("  %7s  %-30s", "", "");
    }
    if (c->target_ns > 0) printf("  <=%.1f ns %s", c->target_ns, c->median <= c->target_ns ? "met" : "MISSED");
    putchar('\n');
}

void wb_measure(const char* title, wb_contender* c, size_t n) {
    static int calibrated_for = -1; /* the clock calibrated: 1 wall, 0 CPU time */
    if (calibrated_for != (int)wall_clock && !wb_opt.callgrind) {
        calibrate();
        calibrated_for = (int)wall_clock;
    }
    if (wb_opt.callgrind) {
        /* Warm up, then count one run of each; run.sh reads the dumps. */
        for (size_t i = 0; i < n; i++) {
            run_once(&c[i], RUN_IDLE);
#if defined(WH_BENCH_HAVE_CALLGRIND)
            char label[256];
            CALLGRIND_ZERO_STATS;
            run_once(&c[i], RUN_CALLGRIND);
            /* title|name|ops|peer: run.sh divides by ops and takes ratios */
            snprintf(label, sizeof label, "%s|%s|%.0f|%s", title, c[i].name, c[i].ops,
                     c[i].peer >= 0 ? c[c[i].peer].name : "");
            CALLGRIND_DUMP_STATS_AT(label);
#endif
        }
        printf("%s: %zu contenders counted\n", title, n);
        return;
    }
    int rounds = wb_opt.rounds;
    for (size_t i = 0; i < n; i++) run_once(&c[i], RUN_IDLE); /* warm-up */
    for (int r = 0; r < rounds; r++) {
        for (size_t k = 0; k < n; k++) {
            size_t i = (k + (size_t)r) % n; /* rotate: no contender always goes first */
            c[i].samples[r] = run_once(&c[i], RUN_CLOCK);
        }
    }
    for (size_t i = 0; i < n; i++) {
        c[i].median = wb_median(c[i].samples, (size_t)rounds);
        c[i].min = c[i].samples[0];
        for (int r = 1; r < rounds; r++)
            if (c[i].samples[r] < c[i].min) c[i].min = c[i].samples[r];
    }
    printf("\n%s  (%d rounds after a warm-up; ns per op, %s)\n", title, rounds,
           wall_clock ? "wall clock" : "the thread's CPU time");
    printf("  %-46s %9s %9s  %7s  %-30s  %s\n", "contender", "median", "min", "ratio", "peer", "target");
    for (size_t i = 0; i < n; i++) print_row(c, &c[i]);
    for (size_t i = 0; i < n; i++) {
        if (c[i].peer >= 0 && c[i].target_ratio > 0) {
            double ratio = peer_ratio(c, &c[i]);
            char what[160];
            snprintf(what, sizeof what, "%s vs %s", c[i].name, c[c[i].peer].name);
            wb_verdict(title, what, ratio, "x", c[i].target_ratio, ratio <= c[i].target_ratio);
        }
        if (c[i].target_ns > 0)
            wb_verdict(title, c[i].name, c[i].median, " ns", c[i].target_ns, c[i].median <= c[i].target_ns);
    }
    fflush(stdout);
}

typedef struct verdict {
    char group[128], what[160], unit[8];
    double value, target;
    bool met;
} verdict;
static verdict verdicts[64];
static size_t n_verdicts;

void wb_verdict(const char* group, const char* what, double value, const char* unit, double target, bool met) {
    if (n_verdicts == sizeof verdicts / sizeof verdicts[0]) return;
    verdict* v = &verdicts[n_verdicts++];
    snprintf(v->group, sizeof v->group, "%s", group);
    snprintf(v->what, sizeof v->what, "%s", what);
    snprintf(v->unit, sizeof v->unit, "%s", unit);
    v->value = value;
    v->target = target;
    v->met = met;
}

void wb_print_summary(void) {
    if (n_verdicts == 0) return;
    printf("\nTargets\n");
    for (size_t i = 0; i < n_verdicts; i++) {
        const verdict* v = &verdicts[i];
        if (i == 0 || strcmp(v->group, verdicts[i - 1].group)) printf("  %s\n", v->group);
        printf("    %-76s %8.3f%-3s (<= %.2f%s)  %s\n", v->what, v->value, v->unit, v->target, v->unit,
               v->met ? "met" : "MISSED");
    }
}
