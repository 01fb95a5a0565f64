/* The wait of a thread-safe region's lock (platform.h), out of line: the
 * taking and giving back are inline. */
#define _POSIX_C_SOURCE 200809L /* nanosleep */
#include "platform.h"

#ifndef WEAVEHEAP_SINGLE_THREADED
#include <sched.h>
#include <time.h>

void weaveheap__lock_wait(weaveheap__lock* l) {
    for (unsigned i = 0;; i++) {
        /* read until it looks free, then try: the holder keeps its line meanwhile */
        if (!atomic_load_explicit(&l->held, memory_order_relaxed) && weaveheap__lock_try(l)) return;
        if (i < 64) {
#if defined(__x86_64__) || defined(__i386__)
            __builtin_ia32_pause();
#endif
        } else if (i < 1024) {
            sched_yield();
        } else {
            nanosleep(&(struct timespec){0, 20000}, NULL);
        }
    }
}
#else
typedef int weaveheap__lock_c_is_empty_on_one_thread; /* ISO C: no empty translation unit */
#endif
