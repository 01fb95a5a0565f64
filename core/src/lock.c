/* The slow half of a thread-safe region's lock (platform.h): waiting for
 * it and waking a waiter, out of line (taking and giving back are inline).
 * On Linux a waiter sleeps on a futex (the lock word, 2 while someone may
 * be waiting: Drepper's "Futexes Are Tricky", mutex 3); elsewhere it yields
 * and naps in 20 us steps. */
#define _GNU_SOURCE /* syscall */
#include "platform.h"

#ifndef WEAVEHEAP_SINGLE_THREADED
#include <sched.h>
#include <time.h>
#if defined(__linux__)
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

/* Spins this many times (reading, not writing, the word) before sleeping:
 * a holder keeps it a few dozen instructions. */
#define WH_LOCK_SPINS 100

void weaveheap__lock_wait(weaveheap__lock* l) {
    for (int i = 0; i < WH_LOCK_SPINS; i++) {
        if (!atomic_load_explicit(&l->held, memory_order_relaxed) && weaveheap__lock_try(l)) return;
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#endif
    }
    /* From here the word says 2 while this thread may sleep on it, so that
     * whoever gives it back wakes one waiter (weaveheap__lock_give). */
    while (atomic_exchange_explicit(&l->held, 2, memory_order_acquire) != 0) {
#if defined(__linux__)
        syscall(SYS_futex, (int*)&l->held, FUTEX_WAIT_PRIVATE, 2, NULL, NULL, 0);
#else
        sched_yield();
        nanosleep(&(struct timespec){0, 20000}, NULL);
#endif
    }
}

void weaveheap__lock_wake(weaveheap__lock* l) {
#if defined(__linux__)
    syscall(SYS_futex, (int*)&l->held, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
#else
    (void)l; /* waiters nap and look again */
#endif
}
#else
typedef int weaveheap__lock_c_is_empty_on_one_thread; /* ISO C: no empty translation unit */
#endif
