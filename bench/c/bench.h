/* The benchmarks of the C core, one file each, run by main.c. */
#ifndef WEAVEHEAP_BENCH_BENCH_H
#define WEAVEHEAP_BENCH_BENCH_H

#include <stdint.h>

#include "weaveheap.h"

/* B1 (allocation) and B5 (counters on vs off on B1), n objects a run. */
void wb_bench_alloc(uint64_t n, int want_b1, int want_b5);
/* B2: reset and destroy of regions holding each count in counts[0..k). */
void wb_bench_reset(const uint64_t* counts, int k);
/* B3 (resolve vs raw dereference) and B4 (borrow pairs vs resolve). */
void wb_bench_resolve(uint64_t small, uint64_t large, int want_b3, int want_b4);

/* B11: pairs and batches from 1, 2 and 4 threads, ops_per_thread each. Makes
 * threads: run it last. */
void wb_bench_threads(uint64_t ops_per_thread);

/* A region for a benchmark; dies on failure. */
weaveheap_region_t wb_region(int thread_safe);

#endif
