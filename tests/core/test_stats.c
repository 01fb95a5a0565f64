/* Counters: exact values after a known scenario, for the region and for
 * the process; what counts as a copy; counting switched off. */
#include <string.h>

#include "check.h"

/* A scenario whose every counter is known. Returns the region, still live,
 * with one shared borrow out (its token in *out_token). */
static weaveheap_region_t scenario(weaveheap_borrow_t* out_token) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(&(weaveheap_region_options){.chunk_size = 4096});
    weaveheap_buffer_t b = weaveheap_buffer_alloc(r, 100, 16, &err);       /* alloc 1: 100 bytes, chunk 1 */
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_buffer_write(b, 0, (const uint8_t*)"0123456789", 10, &err);  /* copy 1: 10 */
    EXPECT_OK(weaveheap_buffer_write, &err);
    uint8_t back[20];
    weaveheap_buffer_read(b, 5, back, 20, &err);                           /* copy 2: 20 */
    EXPECT_OK(weaveheap_buffer_read, &err);
    weaveheap_bytes_t by = weaveheap_bytes_create(r, (const uint8_t*)"12345678", 8, &err); /* alloc 2: 8, copy 3: 8 */
    EXPECT_OK(weaveheap_bytes_create, &err);
    weaveheap_string_t st = weaveheap_string_create(r, (const uint8_t*)"hello", 5, &err); /* alloc 3: 6, copy 4: 5 */
    EXPECT_OK(weaveheap_string_create, &err);
    uint64_t n;
    weaveheap_free_bytes(weaveheap_bytes_dup(by, &n, &err), 8);            /* copy 5: 8 */
    EXPECT_OK(weaveheap_bytes_dup, &err);
    weaveheap_free_string(weaveheap_string_dup(st, &err));                 /* copy 6: 5 */
    EXPECT_OK(weaveheap_string_dup, &err);
    weaveheap_view v;
    weaveheap_borrow_t s1 = weaveheap_borrow_shared(b, &v, &err);           /* borrow 1 */
    EXPECT_OK(weaveheap_borrow_shared, &err);
    *out_token = weaveheap_borrow_shared(st, &v, &err);                     /* borrow 2, stays out */
    EXPECT_OK(weaveheap_borrow_shared, &err);
    weaveheap_borrow_unique(b, &v, &err);                                  /* conflict 1 */
    EXPECT_ERR(weaveheap_borrow_unique, &err, WEAVEHEAP_ERR_BORROW_CONFLICT);
    weaveheap_buffer_write(b, 0, (const uint8_t*)"x", 1, &err);            /* conflict 2, no copy */
    EXPECT_ERR(weaveheap_buffer_write, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_region_reset(r, &err);                                        /* conflict 3 */
    EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_borrow_release(s1, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    weaveheap_borrow_t u = weaveheap_borrow_unique(b, &v, &err);            /* borrow 3 */
    EXPECT_OK(weaveheap_borrow_unique, &err);
    memset(v.data, 1, 100); /* through the view: no copy */
    weaveheap_borrow_release(u, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    weaveheap_bytes_release(by, &err);                                      /* release 1: 8 bytes */
    EXPECT_OK(weaveheap_bytes_release, &err);
    weaveheap_bytes_length(by, &err);                                       /* rejected 1 (process-wide) */
    EXPECT_ERR(weaveheap_bytes_length, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    weaveheap_bytes_length(b, &err);                                        /* rejected 2 */
    EXPECT_ERR(weaveheap_bytes_length, &err, WEAVEHEAP_ERR_WRONG_KIND);
    weaveheap_buffer_alloc(r, 2000, 8, &err);                               /* alloc 4: 2000, fits chunk 1 */
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_buffer_alloc(r, 2000, 8, &err);                               /* alloc 5: 2000, chunk 2 */
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_buffer_alloc(r, 5000, 8, &err);                               /* alloc 6: a chunk of 5008 */
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    return r;
}

static weaveheap_stats expected(void) {
    weaveheap_stats e = {0};
    e.allocations = 6;
    e.releases = 1;
    e.bytes_allocated = 100 + 8 + 6 + 2000 + 2000 + 5000;
    e.bytes_live = e.bytes_allocated - 8;
    e.bytes_peak = e.bytes_live;
    e.bytes_reserved = 4096 + 4096 + 5000 + 8;
    e.borrows_taken = 3;
    e.borrows_active = 1;
    e.borrow_conflicts = 3;
    e.stale_rejected = 0; /* process-wide only */
    e.copies = 6;
    e.copy_bytes = 10 + 20 + 8 + 5 + 8 + 5;
    e.regions_live = 0; /* process-wide only */
    return e;
}

static void region_stats_exact(void) {
    weaveheap_stats g0 = wh_global_stats();
    weaveheap_borrow_t token;
    weaveheap_region_t r = scenario(&token);
    weaveheap_stats s = wh_region_stats(r), e = expected();
    CHECK_EQ_STATS(&s, &e);
    /* the process: the same deltas, plus the two rejected handles and the
     * live region */
    weaveheap_stats g1 = wh_global_stats();
#define DELTA(f, d) CHECK_EQ_U64(g1.f - g0.f, d)
    DELTA(allocations, e.allocations);
    DELTA(releases, e.releases);
    DELTA(bytes_allocated, e.bytes_allocated);
    DELTA(bytes_live, e.bytes_live);
    DELTA(bytes_peak, e.bytes_peak);
    DELTA(bytes_reserved, e.bytes_reserved);
    DELTA(borrows_taken, e.borrows_taken);
    DELTA(borrows_active, e.borrows_active);
    DELTA(borrow_conflicts, e.borrow_conflicts);
    DELTA(stale_rejected, 2);
    DELTA(copies, e.copies);
    DELTA(copy_bytes, e.copy_bytes);
    DELTA(regions_live, 1);
#undef DELTA
    weaveheap_error err = {0};
    weaveheap_borrow_release(token, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    wh_destroy(r);
}

/* The scenario again, but with its last borrow released so the region can
 * go; then the process totals keep what it counted. */
static void destroyed_regions_stay_in_process_totals(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_buffer_t b = weaveheap_buffer_alloc(r, 64, 16, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_buffer_write(b, 0, (const uint8_t*)"abc", 3, &err);
    EXPECT_OK(weaveheap_buffer_write, &err);
    weaveheap_view v;
    weaveheap_borrow_t t = weaveheap_borrow_shared(b, &v, &err);
    EXPECT_OK(weaveheap_borrow_shared, &err);
    weaveheap_buffer_release(b, &err);
    EXPECT_ERR(weaveheap_buffer_release, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_borrow_release(t, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    weaveheap_buffer_release(b, &err);
    EXPECT_OK(weaveheap_buffer_release, &err);
    weaveheap_buffer_alloc(r, 32, 16, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_stats g0 = wh_global_stats();
    wh_destroy(r);
    weaveheap_stats g1 = wh_global_stats();
    CHECK_EQ_U64(g1.allocations, g0.allocations);
    CHECK_EQ_U64(g1.releases, g0.releases);
    CHECK_EQ_U64(g1.bytes_allocated, g0.bytes_allocated);
    CHECK_EQ_U64(g1.bytes_peak, g0.bytes_peak);
    CHECK_EQ_U64(g1.borrows_taken, g0.borrows_taken);
    CHECK_EQ_U64(g1.borrow_conflicts, g0.borrow_conflicts);
    CHECK_EQ_U64(g1.copies, g0.copies);
    CHECK_EQ_U64(g1.copy_bytes, g0.copy_bytes);
    CHECK_EQ_U64(g0.bytes_live - g1.bytes_live, 32);
    CHECK_EQ_U64(g0.bytes_reserved - g1.bytes_reserved, WEAVEHEAP_DEFAULT_CHUNK_SIZE);
    CHECK_EQ_U64(g0.regions_live - g1.regions_live, 1);
    CHECK_EQ_U64(g1.borrows_active, g0.borrows_active);
}

/* Reset frees the objects (bytes_live 0) but is not a release; peak and the
 * totals stay. */
static void reset_and_peak(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_buffer_t a = weaveheap_buffer_alloc(r, 1000, 8, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_buffer_alloc(r, 500, 8, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_buffer_release(a, &err);
    EXPECT_OK(weaveheap_buffer_release, &err);
    weaveheap_buffer_alloc(r, 200, 8, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_stats s = wh_region_stats(r);
    CHECK_EQ_U64(s.bytes_live, 700);
    CHECK_EQ_U64(s.bytes_peak, 1500);
    CHECK_EQ_U64(s.releases, 1);
    weaveheap_region_reset(r, &err);
    EXPECT_OK(weaveheap_region_reset, &err);
    s = wh_region_stats(r);
    CHECK_EQ_U64(s.bytes_live, 0);
    CHECK_EQ_U64(s.bytes_peak, 1500);
    CHECK_EQ_U64(s.releases, 1); /* reset and destroy are not releases */
    CHECK_EQ_U64(s.allocations, 3);
    CHECK_EQ_U64(s.bytes_allocated, 1700);
    wh_destroy(r);
}

/* With counting off the statistics keep their values; what the core relies
 * on (bytes_live, bytes_reserved, borrows_active, regions_live,
 * stale_rejected) stays exact. */
static void counting_off_freezes_statistics(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_buffer_t keep = weaveheap_buffer_alloc(r, 10, 8, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_stats s0 = wh_region_stats(r), g0 = wh_global_stats();
    weaveheap_stats_set_enabled(false);
    CHECK_TRUE(!weaveheap_stats_enabled());
    weaveheap_buffer_t b = weaveheap_buffer_alloc(r, 100, 8, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_buffer_write(b, 0, (const uint8_t*)"abc", 3, &err);
    EXPECT_OK(weaveheap_buffer_write, &err);
    weaveheap_bytes_t by = weaveheap_bytes_create(r, (const uint8_t*)"abc", 3, &err);
    EXPECT_OK(weaveheap_bytes_create, &err);
    weaveheap_view v;
    weaveheap_borrow_t t = weaveheap_borrow_shared(b, &v, &err);
    EXPECT_OK(weaveheap_borrow_shared, &err);
    weaveheap_borrow_unique(b, &v, &err);
    EXPECT_ERR(weaveheap_borrow_unique, &err, WEAVEHEAP_ERR_BORROW_CONFLICT);
    weaveheap_bytes_release(by, &err);
    EXPECT_OK(weaveheap_bytes_release, &err);
    weaveheap_bytes_length(by, &err);
    EXPECT_ERR(weaveheap_bytes_length, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    weaveheap_region_t r2 = wh_region(NULL);
    weaveheap_buffer_alloc(r2, 70000, 8, &err); /* a chunk of its own */
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_stats s1 = wh_region_stats(r), g1 = wh_global_stats();
    /* frozen */
    CHECK_EQ_U64(s1.allocations, s0.allocations);
    CHECK_EQ_U64(s1.releases, s0.releases);
    CHECK_EQ_U64(s1.bytes_allocated, s0.bytes_allocated);
    CHECK_EQ_U64(s1.bytes_peak, s0.bytes_peak);
    CHECK_EQ_U64(s1.borrows_taken, s0.borrows_taken);
    CHECK_EQ_U64(s1.borrow_conflicts, s0.borrow_conflicts);
    CHECK_EQ_U64(s1.copies, s0.copies);
    CHECK_EQ_U64(s1.copy_bytes, s0.copy_bytes);
    CHECK_EQ_U64(g1.allocations, g0.allocations);
    CHECK_EQ_U64(g1.copies, g0.copies);
    CHECK_EQ_U64(g1.borrows_taken, g0.borrows_taken);
    /* exact */
    CHECK_EQ_U64(s1.bytes_live, s0.bytes_live + 100);
    CHECK_EQ_U64(s1.borrows_active, 1);
    CHECK_EQ_U64(s1.bytes_reserved, s0.bytes_reserved);
    CHECK_EQ_U64(g1.bytes_reserved, g0.bytes_reserved + 70008);
    CHECK_EQ_U64(g1.regions_live, g0.regions_live + 1);
    CHECK_EQ_U64(g1.stale_rejected, g0.stale_rejected + 1);
    CHECK_EQ_U64(g1.borrows_active, g0.borrows_active + 1);
    weaveheap_borrow_release(t, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    weaveheap_buffer_release(b, &err);
    EXPECT_OK(weaveheap_buffer_release, &err);
    CHECK_EQ_U64(wh_region_stats(r).bytes_live, s0.bytes_live);
    CHECK_EQ_U64(wh_region_stats(r).borrows_active, 0);
    /* on again: counting resumes from the frozen values */
    weaveheap_stats_set_enabled(true);
    weaveheap_buffer_alloc(r, 1, 1, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_stats s2 = wh_region_stats(r);
    CHECK_EQ_U64(s2.allocations, s0.allocations + 1);
    CHECK_EQ_U64(s2.bytes_allocated, s0.bytes_allocated + 1);
    CHECK_EQ_U64(s2.bytes_live, s0.bytes_live + 1);
    (void)keep;
    wh_destroy(r2);
    wh_destroy(r);
}

static void stats_global_needs_out(void) {
    weaveheap_error err = {0};
    weaveheap_stats_global(NULL, &err);
    EXPECT_ERR_MSG(weaveheap_stats_global, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "out");
    weaveheap_stats g = wh_global_stats();
    CHECK_TRUE(g.regions_live < 1000000);
}

static const wh_test tests[] = {
    {"region and process counters after a known scenario", region_stats_exact},
    {"a destroyed region's totals stay in the process's", destroyed_regions_stay_in_process_totals},
    {"reset: bytes_live 0, peak and totals kept", reset_and_peak},
    {"counting off freezes the statistics, not the gauges", counting_off_freezes_statistics},
    {"stats_global needs out", stats_global_needs_out},
    {NULL, NULL},
};
const wh_suite wh_suite_stats = {"stats", tests};
