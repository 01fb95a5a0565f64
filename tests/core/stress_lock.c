/* The thread-safe region's lock (core/src/platform.h, lock.c) on its own:
 * threads add to plain counters under it, one holding it for milliseconds
 * so that the waiters go through every stage of the wait (spin, then sleep
 * on the futex, woken by the give-back). Mutual exclusion shows as exact totals; the lock's acquire and
 * release ordering as no data race under TSan (label tsan). A thread-safe
 * region's paths are covered by stress_threads.c.
 *
 * Usage: weaveheap_stress_lock [increments per thread] */
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

#include "platform.h"
#include "stress.h"

#define THREADS 4
#define LONG_HOLDS 20

static weaveheap__lock lock;
static uint64_t counter, long_holds; /* plain: only ever touched under the lock */
static uint64_t per_thread;

static void* worker(void* arg) {
    int id = (int)(intptr_t)arg;
    for (uint64_t i = 0; i < per_thread; i++) {
        weaveheap__lock_take(&lock);
        uint64_t seen = counter;
        counter = seen + 1;
        weaveheap__lock_give(&lock);
    }
    if (id == 0) { /* long holds: the others wait past their spinning and yielding */
        for (int k = 0; k < LONG_HOLDS; k++) {
            weaveheap__lock_take(&lock);
            nanosleep(&(struct timespec){0, 2000000}, NULL);
            long_holds++;
            weaveheap__lock_give(&lock);
        }
    } else {
        for (int k = 0; k < LONG_HOLDS; k++) {
            weaveheap__lock_take(&lock);
            counter++;
            weaveheap__lock_give(&lock);
            nanosleep(&(struct timespec){0, 1000000}, NULL);
        }
    }
    return NULL;
}

int main(int argc, char** argv) {
    per_thread = argc > 1 ? strtoull(argv[1], NULL, 10) : 100000;
    weaveheap__lock_init(&lock);
    CHECK(weaveheap__lock_try(&lock));
    CHECK(!weaveheap__lock_try(&lock)); /* taken: a second try fails */
    weaveheap__lock_give(&lock);
    pthread_t t[THREADS];
    for (int i = 0; i < THREADS; i++) CHECK_EQ(pthread_create(&t[i], NULL, worker, (void*)(intptr_t)i), 0);
    for (int i = 0; i < THREADS; i++) pthread_join(t[i], NULL);
    CHECK_EQ(counter, per_thread * THREADS + (THREADS - 1) * LONG_HOLDS);
    CHECK_EQ(long_holds, LONG_HOLDS);
    CHECK(weaveheap__lock_try(&lock)); /* given back by everyone */
    int f = atomic_load(&failures);
    printf("stress_lock: %d thread(s), %llu increments each: %s\n", THREADS, (unsigned long long)per_thread,
           f ? "FAILED" : "ok");
    return f != 0;
}
