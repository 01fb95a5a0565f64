/* Test hooks, for the project's own tests only: not exported from the shared
 * library (link the static one). */
#ifndef WEAVEHEAP_TESTING_H
#define WEAVEHEAP_TESTING_H

#include <stdbool.h>
#include <stdint.h>

/* Makes the nth allocation from now fail (1 = the next one); 0 turns failing
 * off. Returns how many allocations were made since the last call. */
uint64_t weaveheap__test_fail_nth_alloc(uint64_t nth);

/* The largest number of bytes the core asked the system for since the last
 * weaveheap__test_fail_nth_alloc: a size narrowed on the way shows smaller. */
uint64_t weaveheap__test_largest_request(void);

/* Makes every request for more than `bytes` fail, as a 32-bit address space
 * would (0: no ceiling). */
void weaveheap__test_fail_above(uint64_t bytes);

/* Turns the thread check (WEAVEHEAP_CHECK_THREADS=1) on or off for the
 * regions made from now on. */
void weaveheap__test_check_threads(bool on);

/* Pages of the handle table made so far (they are never freed). */
uint32_t weaveheap__test_pages_made(void);

/* Allocations the core holds now (each malloc not yet freed). */
int64_t weaveheap__test_live_allocs(void);

/* The quarantine of chunks that left their region (quarantine.c): the
 * ranges it holds now, their bytes, and how many the system refused to
 * reserve (unmapped at once instead). 0 where there is no mmap. */
uint32_t weaveheap__test_quarantine(uint64_t* bytes, uint64_t* refused);

/* Holds at most `ranges` ranges from the next one on (0: the default). */
void weaveheap__test_quarantine_limit(uint32_t ranges);

/* Turns WEAVEHEAP_QUARANTINE_RESET=1 on or off for the resets from now on. */
void weaveheap__test_quarantine_resets(bool on);

#endif
