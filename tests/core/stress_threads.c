/* Many threads on the core at once; run under TSan (label tsan) and in the
 * normal build. Every thread keeps an exact tally of what it did, and at the
 * end the core's counters must equal the sums.
 *
 * Phase 1: one thread-safe region shared by every thread: allocations,
 * copies in and out, shared and unique borrows of shared buffers (a view's
 * bytes must never change under a shared borrow, and a unique borrow must
 * see nobody else), bytes, strings, stale handles, stats from any thread.
 * Phase 2: every thread makes, resets and destroys its own thread-safe
 * regions while probing the handles the others publish, so table pages and
 * region records change hands between threads all the time.
 *
 * Usage: weaveheap_stress_threads [iterations per thread] */
#include <inttypes.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stress.h"
#include "weaveheap.h"

#define THREADS 4
#define SHARED 8
#define SHARED_SIZE 64
#define KEEP 16

typedef struct tally {
    uint64_t allocs, alloc_bytes, releases, release_bytes;
    uint64_t borrows, conflicts, copies, copy_bytes, rejected;
} tally;

typedef struct object {
    weaveheap_handle_t h;
    uint64_t bytes; /* what it counts in bytes_live */
} object;

typedef struct worker {
    int id;
    uint64_t iterations;
    uint64_t rng;
    tally t;
    object kept[KEEP];
    size_t nkept;
    weaveheap_handle_t dead; /* a handle this thread released */
} worker;

static weaveheap_region_t region;
static weaveheap_buffer_t shared_buf[SHARED];
static weaveheap_bytes_t shared_bytes;
static weaveheap_string_t shared_text;
static const char bytes_content[] = "bytes every thread reads";
static const char text_content[] = "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80";

static uint64_t next(worker* w) { /* xorshift64 */
    uint64_t x = w->rng;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return w->rng = x;
}

static bool uniform(const uint8_t* p, uint64_t n) {
    for (uint64_t i = 1; i < n; i++)
        if (p[i] != p[0]) return false;
    return true;
}

static void release_object(worker* w, object o) {
    weaveheap_error err = {0};
    switch (o.h >> 60) {
    case WEAVEHEAP_HANDLE_KIND_BUFFER: weaveheap_buffer_release(o.h, &err); break;
    case WEAVEHEAP_HANDLE_KIND_BYTES: weaveheap_bytes_release(o.h, &err); break;
    case WEAVEHEAP_HANDLE_KIND_STRING: weaveheap_string_release(o.h, &err); break;
    default: CHECK(false);
    }
    CHECK_CODE(err, err.code == 0);
    weaveheap_error_clear(&err);
    w->t.releases++;
    w->t.release_bytes += o.bytes;
    w->dead = o.h;
}

static void keep(worker* w, weaveheap_handle_t h, uint64_t bytes) {
    if (w->nkept == KEEP) {
        release_object(w, w->kept[0]);
        memmove(w->kept, w->kept + 1, (KEEP - 1) * sizeof w->kept[0]);
        w->nkept--;
    }
    w->kept[w->nkept++] = (object){h, bytes};
}

static void op_own_buffer(worker* w) {
    weaveheap_error err = {0};
    uint64_t size = 1 + next(w) % 256, align = (uint64_t)1 << (next(w) % 7);
    weaveheap_buffer_t b = weaveheap_buffer_alloc(region, size, align, &err);
    CHECK_CODE(err, err.code == 0);
    if (!b) return;
    w->t.allocs++;
    w->t.alloc_bytes += size;
    uint8_t pattern[256], back[256];
    for (uint64_t i = 0; i < size; i++) pattern[i] = (uint8_t)(w->id * 31 + i);
    weaveheap_buffer_write(b, 0, pattern, size, &err);
    CHECK_CODE(err, err.code == 0);
    weaveheap_buffer_read(b, 0, back, size, &err);
    CHECK_CODE(err, err.code == 0);
    w->t.copies += 2;
    w->t.copy_bytes += 2 * size;
    CHECK(memcmp(back, pattern, size) == 0);
    weaveheap_view v;
    weaveheap_borrow_t u = weaveheap_borrow_unique(b, &v, &err);
    CHECK_CODE(err, err.code == 0);
    if (u) {
        w->t.borrows++;
        CHECK(v.writable && v.length == size && (uintptr_t)v.data % align == 0);
        CHECK(memcmp(v.data, pattern, size) == 0);
        v.data[0] ^= 0xff; /* in place */
        weaveheap_borrow_release(u, &err);
        CHECK_CODE(err, err.code == 0);
        weaveheap_buffer_read(b, 0, back, 1, &err);
        CHECK_CODE(err, err.code == 0);
        w->t.copies++;
        w->t.copy_bytes++;
        CHECK_EQ(back[0], (uint8_t)(pattern[0] ^ 0xff));
    }
    weaveheap_error_clear(&err);
    keep(w, b, size);
}

static void op_shared_borrow(worker* w, bool unique) {
    weaveheap_error err = {0};
    weaveheap_buffer_t b = shared_buf[next(w) % SHARED];
    weaveheap_view v;
    weaveheap_borrow_t t = unique ? weaveheap_borrow_unique(b, &v, &err) : weaveheap_borrow_shared(b, &v, &err);
    CHECK_CODE(err, err.code == 0 || err.code == WEAVEHEAP_ERR_BORROW_CONFLICT);
    if (!t) {
        w->t.conflicts += err.code == WEAVEHEAP_ERR_BORROW_CONFLICT;
        weaveheap_error_clear(&err);
        return;
    }
    w->t.borrows++;
    CHECK_EQ(v.length, SHARED_SIZE);
    CHECK(v.writable == unique);
    if (unique) { /* nobody else may look or write: fill, and it stays ours */
        uint8_t mine = (uint8_t)(w->id + 1 + (next(w) % 8) * THREADS);
        memset(v.data, mine, SHARED_SIZE);
        for (int spin = 0; spin < 50; spin++) CHECK(v.data[spin % SHARED_SIZE] == mine);
        CHECK(uniform(v.data, SHARED_SIZE) && v.data[0] == mine);
    } else { /* nobody may write while we look */
        uint8_t first = v.data[0];
        for (int spin = 0; spin < 50; spin++) CHECK(uniform(v.data, SHARED_SIZE) && v.data[0] == first);
    }
    weaveheap_borrow_release(t, &err);
    CHECK_CODE(err, err.code == 0);
}

static void op_shared_copy(worker* w, bool write) {
    weaveheap_error err = {0};
    weaveheap_buffer_t b = shared_buf[next(w) % SHARED];
    uint8_t data[SHARED_SIZE];
    if (write) {
        memset(data, (uint8_t)(0x80 + w->id), sizeof data);
        weaveheap_buffer_write(b, 0, data, sizeof data, &err);
    } else {
        weaveheap_buffer_read(b, 0, data, sizeof data, &err);
    }
    CHECK_CODE(err, err.code == 0 || err.code == WEAVEHEAP_ERR_BORROWED);
    if (err.code == 0) {
        w->t.copies++;
        w->t.copy_bytes += sizeof data;
        CHECK(uniform(data, sizeof data)); /* a copy is never torn */
    } else {
        w->t.conflicts++;
    }
    weaveheap_error_clear(&err);
}

static void op_bytes(worker* w) {
    weaveheap_error err = {0};
    uint8_t data[64];
    uint64_t n = next(w) % sizeof data;
    for (uint64_t i = 0; i < n; i++) data[i] = (uint8_t)next(w);
    weaveheap_bytes_t b = weaveheap_bytes_create(region, data, n, &err);
    CHECK_CODE(err, err.code == 0);
    if (!b) return;
    w->t.allocs++;
    w->t.alloc_bytes += n;
    w->t.copies++;
    w->t.copy_bytes += n;
    uint64_t len = 0;
    uint8_t* copy = weaveheap_bytes_dup(b, &len, &err);
    CHECK_CODE(err, err.code == 0);
    w->t.copies++;
    w->t.copy_bytes += n;
    CHECK(copy && len == n && memcmp(copy, data, n) == 0);
    weaveheap_free_bytes(copy, len);
    weaveheap_view v;
    weaveheap_borrow_t t = weaveheap_borrow_shared(b, &v, &err);
    CHECK_CODE(err, err.code == 0);
    w->t.borrows++;
    CHECK(v.length == n && memcmp(v.data, data, n) == 0);
    weaveheap_borrow_release(t, &err);
    CHECK_CODE(err, err.code == 0);
    weaveheap_error_clear(&err);
    keep(w, b, n);
}

static void op_string(worker* w) {
    weaveheap_error err = {0};
    char text[64];
    int n = snprintf(text, sizeof text, "thread %d \xc3\xa9t\xc3\xa9 %" PRIu64, w->id, next(w) % 1000);
    weaveheap_string_t s = weaveheap_string_create(region, (const uint8_t*)text, (uint64_t)n, &err);
    CHECK_CODE(err, err.code == 0);
    if (!s) return;
    w->t.allocs++;
    w->t.alloc_bytes += (uint64_t)n + 1;
    w->t.copies++;
    w->t.copy_bytes += (uint64_t)n;
    char* copy = weaveheap_string_dup(s, &err);
    CHECK_CODE(err, err.code == 0);
    w->t.copies++;
    w->t.copy_bytes += (uint64_t)n;
    CHECK(copy && strcmp(copy, text) == 0);
    weaveheap_free_string(copy);
    /* invalid text fails before the region is touched */
    weaveheap_string_create(region, (const uint8_t*)"bad \xed\xa0\x80", 7, &err);
    CHECK_CODE(err, err.code == WEAVEHEAP_ERR_INVALID_UTF8);
    weaveheap_error_clear(&err);
    keep(w, s, (uint64_t)n + 1);
}

static void op_shared_immutables(worker* w) {
    weaveheap_error err = {0};
    weaveheap_view v;
    bool text = next(w) & 1, unique = (next(w) % 4) == 0;
    weaveheap_handle_t h = text ? shared_text : shared_bytes;
    weaveheap_borrow_t t = unique ? weaveheap_borrow_unique(h, &v, &err) : weaveheap_borrow_shared(h, &v, &err);
    CHECK_CODE(err, err.code == 0 || err.code == WEAVEHEAP_ERR_BORROW_CONFLICT);
    if (!t) {
        w->t.conflicts++;
        weaveheap_error_clear(&err);
        return;
    }
    w->t.borrows++;
    CHECK(!v.writable);
    if (text) CHECK(v.length == strlen(text_content) && strcmp((const char*)v.data, text_content) == 0);
    else CHECK(v.length == sizeof bytes_content && memcmp(v.data, bytes_content, sizeof bytes_content) == 0);
    weaveheap_borrow_release(t, &err);
    CHECK_CODE(err, err.code == 0);
}

static void op_stale(worker* w) {
    weaveheap_error err = {0};
    if (!w->dead) return;
    /* released by us: stale, or reused if any thread's object took the slot */
    switch (w->dead >> 60) {
    case WEAVEHEAP_HANDLE_KIND_BUFFER: weaveheap_buffer_size(w->dead, &err); break;
    case WEAVEHEAP_HANDLE_KIND_BYTES: weaveheap_bytes_length(w->dead, &err); break;
    default: weaveheap_string_length(w->dead, &err); break;
    }
    CHECK_CODE(err, err.code == WEAVEHEAP_ERR_STALE_HANDLE || err.code == WEAVEHEAP_ERR_REUSED_HANDLE);
    w->t.rejected++;
    weaveheap_error_clear(&err);
    weaveheap_buffer_size(region, &err); /* wrong kind */
    CHECK_CODE(err, err.code == WEAVEHEAP_ERR_WRONG_KIND);
    w->t.rejected++;
    weaveheap_error_clear(&err);
}

static void op_stats(worker* w) {
    (void)w;
    weaveheap_error err = {0};
    weaveheap_stats g, r;
    weaveheap_stats_global(&g, &err);
    CHECK_CODE(err, err.code == 0);
    weaveheap_region_stats(region, &r, &err); /* taken under the region's lock: consistent */
    CHECK_CODE(err, err.code == 0);
    CHECK(g.regions_live >= 1);
    CHECK(r.bytes_live <= r.bytes_allocated && r.releases <= r.allocations);
    CHECK(r.borrows_active <= THREADS);
    CHECK(r.bytes_peak >= r.bytes_live);
    weaveheap_error_clear(&err);
}

static void* phase1(void* arg) {
    worker* w = arg;
    for (uint64_t i = 0; i < w->iterations; i++) {
        switch (next(w) % 10) {
        case 0: op_own_buffer(w); break;
        case 1: op_shared_borrow(w, false); break;
        case 2: op_shared_borrow(w, true); break;
        case 3: op_shared_copy(w, true); break;
        case 4: op_shared_copy(w, false); break;
        case 5: op_bytes(w); break;
        case 6: op_string(w); break;
        case 7: op_shared_immutables(w); break;
        case 8: op_stale(w); break;
        default: op_stats(w); break;
        }
    }
    return NULL;
}

/* -- phase 2 ---------------------------------------------------------------- */

#define POSTS 16
static _Atomic uint64_t posted[POSTS]; /* handles published for other threads to probe */

static void* phase2(void* arg) {
    worker* w = arg;
    weaveheap_error err = {0};
    for (uint64_t i = 0; i < w->iterations; i++) {
        weaveheap_region_t r =
            weaveheap_region_create(&(weaveheap_region_options){.chunk_size = 1024, .thread_safe = true}, &err);
        CHECK_CODE(err, err.code == 0);
        if (!r) continue;
        atomic_store(&posted[next(w) % POSTS], r);
        for (int round = 0; round < 2; round++) {
            for (int k = 0; k < 3; k++) {
                weaveheap_buffer_t b = weaveheap_buffer_alloc(r, 16 + next(w) % 600, 8, &err);
                CHECK_CODE(err, err.code == 0);
                if (b) atomic_store(&posted[next(w) % POSTS], b);
            }
            /* probe what the others posted: live, or stale/reused by now */
            for (int k = 0; k < 4; k++) {
                uint64_t h = atomic_load(&posted[next(w) % POSTS]);
                if (!h) continue;
                weaveheap_stats s;
                if ((h >> 60) == WEAVEHEAP_HANDLE_KIND_REGION) weaveheap_region_stats(h, &s, &err);
                else weaveheap_buffer_size(h, &err);
                CHECK_CODE(err, err.code == 0 || err.code == WEAVEHEAP_ERR_STALE_HANDLE ||
                                    err.code == WEAVEHEAP_ERR_REUSED_HANDLE);
                w->t.rejected += err.code != 0;
                weaveheap_error_clear(&err);
                weaveheap_handle_kind_of(h, &err);
                CHECK_CODE(err, err.code == 0 || err.code == WEAVEHEAP_ERR_STALE_HANDLE ||
                                    err.code == WEAVEHEAP_ERR_REUSED_HANDLE);
                w->t.rejected += err.code != 0;
                weaveheap_error_clear(&err);
            }
            if (round == 0) {
                weaveheap_region_reset(r, &err);
                CHECK_CODE(err, err.code == 0);
            }
        }
        weaveheap_region_destroy(r, &err);
        CHECK_CODE(err, err.code == 0);
    }
    return NULL;
}

static weaveheap_stats global(void) {
    weaveheap_error err = {0};
    weaveheap_stats g;
    weaveheap_stats_global(&g, &err);
    CHECK_EQ(err.code, 0);
    return g;
}

static void run(void* (*fn)(void*), worker* w) {
    pthread_t th[THREADS];
    for (int i = 0; i < THREADS; i++) CHECK_EQ(pthread_create(&th[i], NULL, fn, &w[i]), 0);
    for (int i = 0; i < THREADS; i++) CHECK_EQ(pthread_join(th[i], NULL), 0);
}

int main(int argc, char** argv) {
    uint64_t iterations = argc > 1 ? strtoull(argv[1], NULL, 10) : 20000;
    weaveheap_error err = {0};
    weaveheap_stats g0 = global();
    region = weaveheap_region_create(&(weaveheap_region_options){.chunk_size = 8192, .thread_safe = true}, &err);
    CHECK_EQ(err.code, 0);
    tally main_t = {0};
    for (int i = 0; i < SHARED; i++) {
        shared_buf[i] = weaveheap_buffer_alloc(region, SHARED_SIZE, 64, &err);
        CHECK_EQ(err.code, 0);
        main_t.allocs++;
        main_t.alloc_bytes += SHARED_SIZE;
    }
    shared_bytes = weaveheap_bytes_create(region, (const uint8_t*)bytes_content, sizeof bytes_content, &err);
    shared_text = weaveheap_string_create(region, (const uint8_t*)text_content, strlen(text_content), &err);
    CHECK_EQ(err.code, 0);
    main_t.allocs += 2;
    main_t.alloc_bytes += sizeof bytes_content + strlen(text_content) + 1;
    main_t.copies += 2;
    main_t.copy_bytes += sizeof bytes_content + strlen(text_content);

    worker w[THREADS];
    for (int i = 0; i < THREADS; i++)
        w[i] = (worker){.id = i, .iterations = iterations, .rng = 0x9e3779b97f4a7c15ull * (uint64_t)(i + 1)};
    run(phase1, w);

    tally sum = main_t;
    uint64_t live_objects = SHARED + 2, live_bytes = main_t.alloc_bytes;
    for (int i = 0; i < THREADS; i++) {
        tally* t = &w[i].t;
        sum.allocs += t->allocs;
        sum.alloc_bytes += t->alloc_bytes;
        sum.releases += t->releases;
        sum.release_bytes += t->release_bytes;
        sum.borrows += t->borrows;
        sum.conflicts += t->conflicts;
        sum.copies += t->copies;
        sum.copy_bytes += t->copy_bytes;
        sum.rejected += t->rejected;
        live_objects += w[i].nkept;
        for (size_t k = 0; k < w[i].nkept; k++) live_bytes += w[i].kept[k].bytes;
    }
    weaveheap_stats s;
    weaveheap_region_stats(region, &s, &err);
    CHECK_EQ(err.code, 0);
    CHECK_EQ(s.borrows_active, 0);
    CHECK_EQ(s.allocations, sum.allocs);
    CHECK_EQ(s.releases, sum.releases);
    CHECK_EQ(s.allocations - s.releases, live_objects);
    CHECK_EQ(s.bytes_allocated, sum.alloc_bytes);
    CHECK_EQ(s.bytes_live, live_bytes);
    CHECK_EQ(s.bytes_live, sum.alloc_bytes - sum.release_bytes);
    CHECK_EQ(s.borrows_taken, sum.borrows);
    CHECK_EQ(s.borrow_conflicts, sum.conflicts);
    CHECK_EQ(s.copies, sum.copies);
    CHECK_EQ(s.copy_bytes, sum.copy_bytes);
    weaveheap_stats g1 = global();
    CHECK_EQ(g1.stale_rejected - g0.stale_rejected, sum.rejected);
    CHECK_EQ(g1.regions_live, g0.regions_live + 1);
    for (int i = 0; i < SHARED; i++) { /* whole-buffer writes only: never torn */
        uint8_t back[SHARED_SIZE];
        weaveheap_buffer_read(shared_buf[i], 0, back, sizeof back, &err);
        CHECK_EQ(err.code, 0);
        CHECK(uniform(back, sizeof back));
    }
    printf("phase 1: %d threads x %" PRIu64 " ops: %" PRIu64 " allocations, %" PRIu64 " borrows, %" PRIu64
           " conflicts, %" PRIu64 " copies, %" PRIu64 " rejected handles\n",
           THREADS, iterations, s.allocations, s.borrows_taken, s.borrow_conflicts, s.copies, sum.rejected);
    weaveheap_region_destroy(region, &err);
    CHECK_EQ(err.code, 0);

    weaveheap_stats g2 = global();
    for (int i = 0; i < THREADS; i++) {
        w[i].t = (tally){0};
        w[i].iterations = iterations / 20 + 1;
    }
    run(phase2, w);
    uint64_t rejected = 0;
    for (int i = 0; i < THREADS; i++) rejected += w[i].t.rejected;
    weaveheap_stats g3 = global();
    CHECK_EQ(g3.stale_rejected - g2.stale_rejected, rejected);
    CHECK_EQ(g3.regions_live, g0.regions_live);
    CHECK_EQ(g3.bytes_live, g0.bytes_live);
    CHECK_EQ(g3.bytes_reserved, g0.bytes_reserved);
    CHECK_EQ(g3.borrows_active, 0);
    printf("phase 2: %d threads x %" PRIu64 " regions made, reset and destroyed; %" PRIu64
           " probes refused as stale or reused\n", THREADS, w[0].iterations, rejected);

    int f = atomic_load(&failures);
    printf("%s: %d failed checks\n", f ? "FAILED" : "ok", f);
    return f ? 1 : 0;
}
