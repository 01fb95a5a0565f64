/* Publishing live stats while threads use the core, under ThreadSanitizer
 * (label tsan) and in the other builds: the background publisher (1 ms
 * interval) and publish_now from another thread read single-threaded and
 * thread-safe regions while they are created, borrowed, reset and destroyed;
 * stale handles of destroyed regions are checked from other threads while
 * their pages serve new regions; and, with the thread check on
 * (WEAVEHEAP_CHECK_THREADS=1), two threads that misuse one single-threaded
 * region get a typed error instead of corrupting it. Any data race is a
 * TSan report (and a failure: TSan exits non-zero); every check below is
 * counted.
 *
 * Usage: weaveheap_stress_publish [iterations per thread]   (default 4000) */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "stress.h"
#include "testing.h"
#include "weaveheap.h"

static uint64_t next(uint64_t* s) { /* xorshift64 */
    uint64_t x = *s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *s = x;
}

/* Handles of destroyed regions, for other threads to check. */
#define POSTS 64
static _Atomic uint64_t dead[POSTS];
static _Atomic bool stop;
static uint64_t iterations;

static void post_dead(uint64_t* rng, uint64_t h) { atomic_store(&dead[next(rng) % POSTS], h); }

/* One thread's single-threaded regions: made, filled, borrowed, written
 * through views, released, reset and destroyed; their handles posted dead. */
static void* owner(void* arg) {
    uint64_t rng = (uint64_t)(uintptr_t)arg * 0x9e3779b97f4a7c15ull + 1;
    weaveheap_error err = {0};
    for (uint64_t i = 0; i < iterations; i++) {
        bool ts = next(&rng) % 4 == 0;
        weaveheap_region_t r = weaveheap_region_create(
            &(weaveheap_region_options){.chunk_size = 512 + next(&rng) % 4096, .thread_safe = ts}, &err);
        CHECK_CODE(err, err.code == 0);
        uint64_t made[16];
        size_t n = 0;
        for (int round = 0; round < 3; round++) {
            for (int k = 0; k < 5; k++) {
                uint64_t size = next(&rng) % 3000;
                uint64_t h;
                switch (next(&rng) % 3) {
                case 0: h = weaveheap_buffer_alloc(r, size, 16, &err); break;
                case 1: {
                    static const uint8_t text[64] = "bytes for the publisher to count";
                    h = weaveheap_bytes_create(r, text, size % 64, &err);
                    break;
                }
                default: h = weaveheap_string_create(r, (const uint8_t*)"text", 4, &err); break;
                }
                CHECK_CODE(err, err.code == 0);
                if (n < 16) made[n++] = h;
                weaveheap_view v;
                weaveheap_borrow_t t = (h >> 60) == WEAVEHEAP_HANDLE_KIND_BUFFER
                                           ? weaveheap_borrow_unique(h, &v, &err)
                                           : weaveheap_borrow_shared(h, &v, &err);
                CHECK_CODE(err, err.code == 0);
                if (v.writable && v.length) memset(v.data, (int)k, v.length);
                if (next(&rng) % 2) { /* keep the borrow across a snapshot or two */
                    weaveheap_borrow_release(t, &err);
                    CHECK_CODE(err, err.code == 0);
                } else {
                    weaveheap_stats s;
                    weaveheap_region_stats(r, &s, &err);
                    CHECK(s.borrows_active == 1);
                    weaveheap_borrow_release(t, &err);
                    CHECK_CODE(err, err.code == 0);
                }
                if (next(&rng) % 3 == 0) {
                    switch (h >> 60) {
                    case WEAVEHEAP_HANDLE_KIND_BUFFER: weaveheap_buffer_release(h, &err); break;
                    case WEAVEHEAP_HANDLE_KIND_BYTES: weaveheap_bytes_release(h, &err); break;
                    default: weaveheap_string_release(h, &err); break;
                    }
                    CHECK_CODE(err, err.code == 0);
                }
            }
            if (round < 2) {
                weaveheap_region_reset(r, &err);
                CHECK_CODE(err, err.code == 0);
            }
        }
        weaveheap_region_destroy(r, &err);
        CHECK_CODE(err, err.code == 0);
        post_dead(&rng, r);
        for (size_t k = 0; k < n; k++) post_dead(&rng, made[k]);
    }
    return NULL;
}

/* Another thread: snapshots on demand, and every posted handle checked:
 * each names a destroyed region or one of its objects, whose page may serve
 * another thread's single-threaded region right now. */
static void* checker(void* arg) {
    uint64_t rng = (uint64_t)(uintptr_t)arg;
    weaveheap_error err = {0};
    uint64_t checks = 0;
    while (!atomic_load(&stop) || checks < 2000) { /* some checks, however the threads are scheduled */
        if (next(&rng) % 8 == 0) {
            weaveheap_publish_now(&err);
            CHECK_CODE(err, err.code == 0);
        }
        uint64_t h = atomic_load(&dead[next(&rng) % POSTS]);
        if (!h) continue;
        weaveheap_handle_kind_of(h, &err);
        CHECK_CODE(err, err.code == WEAVEHEAP_ERR_STALE_HANDLE || err.code == WEAVEHEAP_ERR_REUSED_HANDLE);
        weaveheap_error_clear(&err);
        if ((h >> 60) == WEAVEHEAP_HANDLE_KIND_BUFFER) {
            uint8_t byte;
            weaveheap_buffer_read(h, 0, &byte, 1, &err);
            CHECK_CODE(err, err.code == WEAVEHEAP_ERR_STALE_HANDLE || err.code == WEAVEHEAP_ERR_REUSED_HANDLE);
            weaveheap_error_clear(&err);
        }
        weaveheap_stats s;
        weaveheap_stats_global(&s, &err);
        CHECK_CODE(err, err.code == 0);
        checks++;
    }
    printf("checker: %" PRIu64 " stale handles refused across threads\n", checks);
    return NULL;
}

/* -- misuse: two threads on one single-threaded region ------------------------ */

static weaveheap_region_t shared_region;
static _Atomic uint64_t misuse_refused, misuse_allocs, misuse_releases;
static pthread_barrier_t misuse_start;

static double seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Two of these run at once on one single-threaded region, until their calls
 * have overlapped at least once (or 20 s have passed: a failure below). */
static void* intruder(void* arg) {
    uint64_t rng = (uint64_t)(uintptr_t)arg;
    weaveheap_error err = {0};
    pthread_barrier_wait(&misuse_start);
    double until = seconds() + 20;
    for (uint64_t i = 0; i < iterations * 4 || (!atomic_load(&misuse_refused) && seconds() < until); i++) {
        weaveheap_buffer_t b = weaveheap_buffer_alloc(shared_region, 8 + next(&rng) % 100, 8, &err);
        if (err.code) { /* the other thread is inside: refused, nothing done */
            CHECK_CODE(err, err.code == WEAVEHEAP_ERR_INVALID_ARGUMENT && strstr(err.message, "another thread"));
            CHECK(b == 0);
            atomic_fetch_add(&misuse_refused, 1);
            weaveheap_error_clear(&err);
            continue;
        }
        atomic_fetch_add(&misuse_allocs, 1);
        uint8_t data[8] = {1, 2, 3, 4, 5, 6, 7, 8}, back[8];
        for (;;) { /* write and read back until the region is free for us */
            weaveheap_buffer_write(b, 0, data, 8, &err);
            if (!err.code) break;
            CHECK_CODE(err, err.code == WEAVEHEAP_ERR_INVALID_ARGUMENT);
            atomic_fetch_add(&misuse_refused, 1);
            weaveheap_error_clear(&err);
        }
        for (;;) {
            weaveheap_buffer_read(b, 0, back, 8, &err);
            if (!err.code) break;
            atomic_fetch_add(&misuse_refused, 1);
            weaveheap_error_clear(&err);
        }
        CHECK(memcmp(back, data, 8) == 0);
        for (;;) {
            weaveheap_buffer_release(b, &err);
            if (!err.code) break;
            CHECK_CODE(err, err.code == WEAVEHEAP_ERR_INVALID_ARGUMENT);
            atomic_fetch_add(&misuse_refused, 1);
            weaveheap_error_clear(&err);
        }
        atomic_fetch_add(&misuse_releases, 1);
    }
    return NULL;
}

/* What any thread may call on a region is never refused by the check. */
static _Atomic bool misuse_done;
static void* watcher(void* arg) {
    (void)arg;
    weaveheap_error err = {0};
    uint64_t calls = 0;
    pthread_barrier_wait(&misuse_start);
    while (!atomic_load(&misuse_done) || !calls) {
        weaveheap_stats s;
        weaveheap_region_stats(shared_region, &s, &err);
        CHECK_CODE(err, err.code == 0);
        CHECK(weaveheap_handle_kind_of(shared_region, &err) == WEAVEHEAP_HANDLE_KIND_REGION);
        CHECK_CODE(err, err.code == 0);
        weaveheap_error_clear(&err);
        calls++;
    }
    CHECK(calls > 0);
    return NULL;
}

int main(int argc, char** argv) {
    iterations = argc > 1 ? strtoull(argv[1], NULL, 10) : 4000;
    char dir[] = "/tmp/weaveheap-stress-publish-XXXXXX";
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 2;
    }
    setenv("WEAVEHEAP_STATS_DIR", dir, 1);
    weaveheap_error err = {0};
    weaveheap_publish_start(1, &err);
    CHECK_CODE(err, err.code == 0);
    CHECK(weaveheap_publish_active());

    /* phase 1: owners and checkers, the publisher reading everything */
    pthread_t th[4];
    for (uintptr_t i = 0; i < 2; i++) CHECK(pthread_create(&th[i], NULL, owner, (void*)(i + 1)) == 0);
    for (uintptr_t i = 2; i < 4; i++) CHECK(pthread_create(&th[i], NULL, checker, (void*)(i * 7919)) == 0);
    for (int i = 0; i < 2; i++) CHECK(pthread_join(th[i], NULL) == 0);
    atomic_store(&stop, true);
    for (int i = 2; i < 4; i++) CHECK(pthread_join(th[i], NULL) == 0);

    /* phase 2: the thread check on; two threads on one single-threaded region */
    weaveheap__test_check_threads(true);
    CHECK(pthread_barrier_init(&misuse_start, NULL, 3) == 0);
    shared_region = weaveheap_region_create(NULL, &err);
    CHECK_CODE(err, err.code == 0);
    for (uintptr_t i = 0; i < 2; i++) CHECK(pthread_create(&th[i], NULL, intruder, (void*)(i + 99)) == 0);
    CHECK(pthread_create(&th[2], NULL, watcher, NULL) == 0);
    for (int i = 0; i < 2; i++) CHECK(pthread_join(th[i], NULL) == 0);
    atomic_store(&misuse_done, true);
    CHECK(pthread_join(th[2], NULL) == 0);
    weaveheap_stats s;
    weaveheap_region_stats(shared_region, &s, &err);
    CHECK_CODE(err, err.code == 0);
    /* every call either happened whole or not at all: the counters add up */
    CHECK(s.allocations == atomic_load(&misuse_allocs));
    CHECK(s.releases == atomic_load(&misuse_releases));
    CHECK(s.bytes_live == 0 && s.borrows_active == 0);
    CHECK(atomic_load(&misuse_refused) > 0); /* the check caught the overlap */
    pthread_barrier_destroy(&misuse_start);
    weaveheap_region_destroy(shared_region, &err);
    CHECK_CODE(err, err.code == 0);
    weaveheap__test_check_threads(false);
    printf("misuse: %" PRIu64 " allocations, %" PRIu64 " calls refused while the other thread was inside\n",
           atomic_load(&misuse_allocs), atomic_load(&misuse_refused));

    weaveheap_publish_stop();
    CHECK(!weaveheap_publish_active());
    rmdir(dir);
    int f = atomic_load(&failures);
    printf("%s: %d failed checks\n", f ? "FAILED" : "ok", f);
    return f ? 1 : 0;
}
