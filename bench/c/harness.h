/* The benchmark harness: contenders run interleaved, after a warm-up, in
 * several rounds; each reports a median next to the ratio to its peer.
 *
 * A contender is a function that does its own untimed setup and brackets
 * only the measured part with wb_begin / wb_end (several brackets add up).
 * Under --callgrind the same brackets switch valgrind's instruction counting
 * on and off, so one code path gives both figures. */
#ifndef WEAVEHEAP_BENCH_HARNESS_H
#define WEAVEHEAP_BENCH_HARNESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define WB_MAX_ROUNDS 31

typedef struct wb_run wb_run;
typedef void (*wb_fn)(wb_run* run, void* arg);

typedef struct wb_contender {
    const char* name;
    wb_fn fn;
    void* arg;
    double ops;             /* operations one call of fn times */
    int peer;               /* index of the peer row in the same table, or -1 */
    double target_ratio;    /* <= this ratio to the peer (0: none) */
    double target_ns;       /* <= this many ns per op (0: none) */
    /* filled by wb_measure */
    double samples[WB_MAX_ROUNDS];
    double median, min;
} wb_contender;

/* Keeps the compiler from dropping a value or a store it cannot see used. */
static inline void wb_escape(const void* p) { __asm__ volatile("" : : "g"(p) : "memory"); }
static inline void wb_clobber(void) { __asm__ volatile("" : : : "memory"); }

void wb_begin(wb_run* run);
void wb_end(wb_run* run);

/* Options shared by every benchmark. */
typedef struct wb_options {
    int rounds;        /* measured rounds (the warm-up round comes on top) */
    bool callgrind;    /* one measured run each, counted by callgrind, no timing */
    bool quick;        /* smaller sizes, for a smoke run */
    bool cpu_time;     /* time by the calling thread's CPU time, not the wall clock */
} wb_options;
extern wb_options wb_opt;

/* Runs every contender once (warm-up), then wb_opt.rounds rounds in a
 * rotating order; fills median and min (ns per op) and prints the table. */
void wb_measure(const char* title, wb_contender* c, size_t n);

/* Median of a copy of v[0..n). */
double wb_median(const double* v, size_t n);

/* A target's verdict, for the summary printed at the end under `group`. */
void wb_verdict(const char* group, const char* what, double value, const char* unit, double target, bool met);
void wb_print_summary(void);

/* Aborts the run with a message: a benchmark that measured a failing call
 * would measure the wrong thing. */
void wb_die(const char* fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

/* Deterministic pseudo-random numbers (xorshift64*), the same every run. */
uint64_t wb_rand(uint64_t* state);

/* Monotonic time in ns. */
uint64_t wb_now_ns(void);

/* What wb_begin/wb_end read: the wall clock, or with --cpu-time the calling
 * thread's CPU time. B11 sets the wall clock for its tables: its work runs
 * on other threads, and a throughput is a wall-clock figure. */
void wb_use_wall_clock(bool wall);

#endif
