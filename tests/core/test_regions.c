/* Regions: options, byte limit, reset, destroy, record reuse. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "testing.h"

static void create_with_default_and_explicit_options(void) {
    weaveheap_error err = {0};
    weaveheap_stats before = wh_global_stats();
    weaveheap_region_t a = weaveheap_region_create(NULL, &err);
    EXPECT_OK(weaveheap_region_create, &err);
    weaveheap_region_options zero = {0};
    weaveheap_region_t b = weaveheap_region_create(&zero, &err);
    EXPECT_OK(weaveheap_region_create, &err);
    weaveheap_region_t c = weaveheap_region_create(&(weaveheap_region_options){.chunk_size = 256}, &err);
    EXPECT_OK(weaveheap_region_create, &err);
    weaveheap_region_t d = weaveheap_region_create(
        &(weaveheap_region_options){.chunk_size = WEAVEHEAP_MAX_SIZE, .thread_safe = true}, &err);
    EXPECT_OK(weaveheap_region_create, &err);
    uint64_t all[] = {a, b, c, d};
    for (size_t i = 0; i < 4; i++) {
        CHECK_NE_HEX(all[i], 0);
        CHECK_EQ_U64(wh_kind_bits(all[i]), WEAVEHEAP_HANDLE_KIND_REGION);
        CHECK_EQ_U64(wh_epoch(all[i]), 0); /* region handles leave the epoch 0 */
        CHECK_TRUE(wh_gen(all[i]) != 0);
        for (size_t j = 0; j < i; j++) CHECK_NE_HEX(all[i], all[j]);
        weaveheap_stats s = wh_region_stats(all[i]);
        weaveheap_stats zeroed = {0};
        CHECK_EQ_STATS(&s, &zeroed); /* nothing allocated yet, not even a chunk */
    }
    CHECK_EQ_U64(wh_global_stats().regions_live, before.regions_live + 4);
    /* the default chunk size: a first small object reserves one such chunk */
    weaveheap_buffer_alloc(a, 1, 1, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    CHECK_EQ_U64(wh_region_stats(a).bytes_reserved, WEAVEHEAP_DEFAULT_CHUNK_SIZE);
    weaveheap_buffer_alloc(c, 1, 1, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    CHECK_EQ_U64(wh_region_stats(c).bytes_reserved, 256);
    for (size_t i = 0; i < 4; i++) wh_destroy(all[i]);
    CHECK_EQ_U64(wh_global_stats().regions_live, before.regions_live);
}

static void create_rejects_bad_chunk_size(void) {
    weaveheap_error err = {0};
    weaveheap_stats before = wh_global_stats();
    static const uint64_t bad[] = {1, 255, WEAVEHEAP_MAX_SIZE + 1, UINT64_MAX};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        weaveheap_region_options o = {.chunk_size = bad[i]};
        CHECK_EQ_HEX(weaveheap_region_create(&o, &err), 0);
        char want[64];
        snprintf(want, sizeof want, "chunk_size %" PRIu64, bad[i]);
        EXPECT_ERR_MSG(weaveheap_region_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, want);
    }
    weaveheap_stats after = wh_global_stats();
    CHECK_EQ_STATS(&after, &before);
}

/* With every free record taken, the next region needs a new block of
 * records: make that allocation fail. */
static void create_out_of_memory_changes_nothing(void) {
    weaveheap_error err = {0};
    size_t cap = 1 << 16;
    weaveheap_region_t* held = malloc(cap * sizeof *held);
    REQUIRE_NE_PTR(held, NULL);
    size_t n = wh_drain_records(held, cap);
    weaveheap_stats before = wh_global_stats();
    int64_t live = weaveheap__test_live_allocs();
    weaveheap__test_fail_nth_alloc(1);
    CHECK_EQ_HEX(weaveheap_region_create(NULL, &err), 0);
    weaveheap__test_fail_nth_alloc(0);
    EXPECT_ERR_MSG(weaveheap_region_create, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "region");
    weaveheap_stats after = wh_global_stats();
    CHECK_EQ_STATS(&after, &before);
    CHECK_EQ_I64(weaveheap__test_live_allocs(), live);
    /* without the failure the same call makes the block and works */
    weaveheap_region_t r = weaveheap_region_create(NULL, &err);
    EXPECT_OK(weaveheap_region_create, &err);
    CHECK_EQ_I64(weaveheap__test_live_allocs(), live + 1);
    wh_destroy(r);
    for (size_t i = 0; i < n; i++) wh_destroy(held[i]);
    free(held);
}

static void byte_limit(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(&(weaveheap_region_options){.chunk_size = 4096, .byte_limit = 1000});
    weaveheap_buffer_t a = weaveheap_buffer_alloc(r, 600, 8, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_buffer_t b = weaveheap_buffer_alloc(r, 400, 8, &err); /* exactly at the limit */
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_buffer_write(a, 0, (const uint8_t*)"kept", 4, &err);
    EXPECT_OK(weaveheap_buffer_write, &err);
    weaveheap_stats before = wh_region_stats(r);
    weaveheap_stats gbefore = wh_global_stats();
    CHECK_EQ_HEX(weaveheap_buffer_alloc(r, 1, 1, &err), 0);
    EXPECT_ERR_MSG(weaveheap_buffer_alloc, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "limit of 1000");
    CHECK_EQ_HEX(weaveheap_bytes_create(r, (const uint8_t*)"x", 1, &err), 0);
    EXPECT_ERR(weaveheap_bytes_create, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    CHECK_EQ_HEX(weaveheap_string_create(r, (const uint8_t*)"", 0, &err), 0); /* its NUL is a byte */
    EXPECT_ERR(weaveheap_string_create, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    /* WEAVEHEAP_MAX_SIZE itself is not an invalid size: it fails the limit */
    CHECK_EQ_HEX(weaveheap_buffer_alloc(r, WEAVEHEAP_MAX_SIZE, 1, &err), 0);
    EXPECT_ERR(weaveheap_buffer_alloc, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    /* the failed calls changed nothing */
    weaveheap_stats after = wh_region_stats(r);
    CHECK_EQ_STATS(&after, &before);
    weaveheap_stats gafter = wh_global_stats();
    gbefore.stale_rejected = gafter.stale_rejected;
    CHECK_EQ_STATS(&gafter, &gbefore);
    CHECK_EQ_U64(weaveheap_buffer_size(a, &err), 600);
    EXPECT_OK(weaveheap_buffer_size, &err);
    uint8_t back[4];
    weaveheap_buffer_read(a, 0, back, 4, &err);
    EXPECT_OK(weaveheap_buffer_read, &err);
    CHECK_EQ_MEM(back, "kept", 4);
    /* A released object's bytes come back at the next reset; only the most
     * recent allocation gives its bytes back at once. */
    weaveheap_buffer_release(a, &err);
    EXPECT_OK(weaveheap_buffer_release, &err);
    CHECK_EQ_HEX(weaveheap_buffer_alloc(r, 1, 1, &err), 0);
    EXPECT_ERR(weaveheap_buffer_alloc, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    weaveheap_buffer_release(b, &err);
    EXPECT_OK(weaveheap_buffer_release, &err);
    weaveheap_buffer_t c = weaveheap_buffer_alloc(r, 400, 8, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    CHECK_EQ_HEX(weaveheap_buffer_alloc(r, 1, 1, &err), 0);
    EXPECT_ERR(weaveheap_buffer_alloc, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    (void)c;
    weaveheap_region_reset(r, &err);
    EXPECT_OK(weaveheap_region_reset, &err);
    /* after the reset the whole limit is there again, large objects too */
    weaveheap_buffer_alloc(r, 1000, 1, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_region_reset(r, &err);
    EXPECT_OK(weaveheap_region_reset, &err);
    weaveheap_buffer_alloc(r, 900, 1, &err); /* > half a chunk: a chunk of its own */
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_buffer_alloc(r, 100, 1, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    CHECK_EQ_HEX(weaveheap_buffer_alloc(r, 1, 1, &err), 0);
    EXPECT_ERR(weaveheap_buffer_alloc, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    wh_destroy(r);
}

static void reset_makes_handles_stale_and_reuses_chunks(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(&(weaveheap_region_options){.chunk_size = 4096});
    weaveheap_buffer_t buf = weaveheap_buffer_alloc(r, 100, 16, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_bytes_t by = weaveheap_bytes_create(r, (const uint8_t*)"abc", 3, &err);
    EXPECT_OK(weaveheap_bytes_create, &err);
    weaveheap_string_t st = weaveheap_string_create(r, (const uint8_t*)"abc", 3, &err);
    EXPECT_OK(weaveheap_string_create, &err);
    weaveheap_view v0 = wh_view_of(buf);
    for (int i = 0; i < 5; i++) { /* two of 1500 fit a chunk: three chunks in all */
        weaveheap_buffer_alloc(r, 1500, 16, &err);
        EXPECT_OK(weaveheap_buffer_alloc, &err);
    }
    weaveheap_buffer_alloc(r, 10000, 16, &err); /* a chunk of its own */
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_stats s = wh_region_stats(r);
    CHECK_EQ_U64(s.bytes_reserved, 3 * 4096 + 10000 + 16);
    weaveheap_region_reset(r, &err);
    EXPECT_OK(weaveheap_region_reset, &err);
    weaveheap_stats t = wh_region_stats(r);
    CHECK_EQ_U64(t.bytes_live, 0);
    CHECK_EQ_U64(t.bytes_reserved, 3 * 4096); /* the standard chunks are kept, the large one freed */
    CHECK_EQ_U64(t.allocations, s.allocations); /* totals are not reset */
    CHECK_EQ_U64(t.bytes_peak, s.bytes_peak);
    /* every handle of the region is stale */
    CHECK_EQ_U64(weaveheap_buffer_size(buf, &err), 0);
    EXPECT_ERR_MSG(weaveheap_buffer_size, &err, WEAVEHEAP_ERR_STALE_HANDLE, "reset");
    CHECK_EQ_U64(weaveheap_bytes_length(by, &err), 0);
    EXPECT_ERR(weaveheap_bytes_length, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    CHECK_EQ_U64(weaveheap_string_length(st, &err), 0);
    EXPECT_ERR(weaveheap_string_length, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    weaveheap_buffer_release(buf, &err);
    EXPECT_ERR(weaveheap_buffer_release, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    /* the region lives on and reuses its first chunk from its start */
    weaveheap_buffer_t again = weaveheap_buffer_alloc(r, 100, 16, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    CHECK_NE_HEX(again, buf);
    weaveheap_view v1 = wh_view_of(again);
    CHECK_EQ_PTR(v1.data, v0.data);
    for (int i = 0; i < 4; i++) {
        weaveheap_buffer_alloc(r, 1000, 16, &err);
        EXPECT_OK(weaveheap_buffer_alloc, &err);
    }
    CHECK_EQ_U64(wh_region_stats(r).bytes_reserved, 3 * 4096); /* no new chunk */
    CHECK_EQ_U64(wh_region_stats(r).bytes_live, 4100);
    /* a reset buffer reads as zero again: alloc zeroes */
    uint8_t z[100];
    memset(z, 0xff, sizeof z);
    weaveheap_buffer_read(again, 0, z, sizeof z, &err);
    EXPECT_OK(weaveheap_buffer_read, &err);
    static const uint8_t zeros[100];
    CHECK_EQ_MEM(z, zeros, sizeof z);
    /* reset twice in a row, and on an empty region */
    weaveheap_region_reset(r, &err);
    EXPECT_OK(weaveheap_region_reset, &err);
    weaveheap_region_reset(r, &err);
    EXPECT_OK(weaveheap_region_reset, &err);
    weaveheap_region_t e = wh_region(NULL);
    weaveheap_region_reset(e, &err);
    EXPECT_OK(weaveheap_region_reset, &err);
    wh_destroy(e);
    wh_destroy(r);
}

static void destroy_makes_every_handle_stale(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_buffer_t buf = weaveheap_buffer_alloc(r, 10, 16, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_string_t st = weaveheap_string_create(r, (const uint8_t*)"x", 1, &err);
    EXPECT_OK(weaveheap_string_create, &err);
    wh_destroy(r);
    weaveheap_region_destroy(r, &err); /* twice */
    EXPECT_ERR_MSG(weaveheap_region_destroy, &err, WEAVEHEAP_ERR_STALE_HANDLE, "destroyed");
    weaveheap_region_reset(r, &err);
    EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    weaveheap_stats out;
    memset(&out, 0x5a, sizeof out);
    weaveheap_stats untouched = out;
    weaveheap_region_stats(r, &out, &err);
    EXPECT_ERR(weaveheap_region_stats, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    CHECK_EQ_STATS(&out, &untouched); /* left as it was */
    weaveheap_buffer_alloc(r, 1, 1, &err);
    EXPECT_ERR(weaveheap_buffer_alloc, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    weaveheap_bytes_create(r, (const uint8_t*)"x", 1, &err);
    EXPECT_ERR(weaveheap_bytes_create, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    weaveheap_string_create(r, (const uint8_t*)"x", 1, &err);
    EXPECT_ERR(weaveheap_string_create, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    weaveheap_buffer_size(buf, &err);
    EXPECT_ERR(weaveheap_buffer_size, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    CHECK_EQ_PTR(weaveheap_string_dup(st, &err), NULL);
    EXPECT_ERR(weaveheap_string_dup, &err, WEAVEHEAP_ERR_STALE_HANDLE);
}

/* Destroyed records are reused (last freed, first reused): the old handle
 * then names a newer region. */
static void record_reuse_gives_reused_handle(void) {
    weaveheap_error err = {0};
    weaveheap_region_t old = wh_region(NULL);
    wh_destroy(old);
    weaveheap_region_t now = wh_region(NULL);
    CHECK_EQ_U64(wh_slot(now), wh_slot(old)); /* the same record ... */
    CHECK_EQ_U64(wh_page(now), wh_page(old));
    CHECK_EQ_U64(wh_gen(now), wh_gen(old) + 1); /* ... in its next generation */
    weaveheap_region_destroy(old, &err);
    EXPECT_ERR_MSG(weaveheap_region_destroy, &err, WEAVEHEAP_ERR_REUSED_HANDLE, "newer region");
    weaveheap_region_reset(old, &err);
    EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_REUSED_HANDLE);
    weaveheap_region_stats(old, &(weaveheap_stats){0}, &err);
    EXPECT_ERR(weaveheap_region_stats, &err, WEAVEHEAP_ERR_REUSED_HANDLE);
    weaveheap_buffer_alloc(old, 1, 1, &err);
    EXPECT_ERR(weaveheap_buffer_alloc, &err, WEAVEHEAP_ERR_REUSED_HANDLE);
    weaveheap_bytes_create(old, (const uint8_t*)"x", 1, &err);
    EXPECT_ERR(weaveheap_bytes_create, &err, WEAVEHEAP_ERR_REUSED_HANDLE);
    weaveheap_string_create(old, (const uint8_t*)"x", 1, &err);
    EXPECT_ERR(weaveheap_string_create, &err, WEAVEHEAP_ERR_REUSED_HANDLE);
    CHECK_EQ_I64(weaveheap_handle_kind_of(old, &err), WEAVEHEAP_HANDLE_KIND_NONE);
    EXPECT_ERR(weaveheap_handle_kind_of, &err, WEAVEHEAP_ERR_REUSED_HANDLE);
    /* none of that touched the new region */
    weaveheap_stats s = wh_region_stats(now), zero = {0};
    CHECK_EQ_STATS(&s, &zero);
    wh_destroy(now);
}

/* A destroyed region's record, free now, is at the generation its next
 * region will get: a handle with that generation was never issued, though
 * it matches the record's generation (only liveness tells them apart). */
static void next_generation_of_a_free_record(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_region_destroy(r, &err);
    EXPECT_OK(weaveheap_region_destroy, &err);
    weaveheap_region_t next = wh_with_gen(r, wh_gen(r) + 1);
    CHECK_EQ_HEX(weaveheap_buffer_alloc(next, 16, 16, &err), 0);
    EXPECT_ERR(weaveheap_buffer_alloc, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    CHECK_EQ_HEX(weaveheap_bytes_create(next, (const uint8_t*)"x", 1, &err), 0);
    EXPECT_ERR(weaveheap_bytes_create, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    weaveheap_region_reset(next, &err);
    EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    /* the next region made takes the record and that generation */
    weaveheap_region_t again = wh_region(NULL);
    CHECK_EQ_HEX(again, next);
    weaveheap_buffer_alloc(again, 16, 16, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_region_destroy(again, &err);
    EXPECT_OK(weaveheap_region_destroy, &err);
}

static void forged_and_wrong_kind_region_handles(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_buffer_t buf = weaveheap_buffer_alloc(r, 4, 4, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_view v;
    weaveheap_borrow_t tok = weaveheap_borrow_shared(buf, &v, &err);
    EXPECT_OK(weaveheap_borrow_shared, &err);
    weaveheap_stats before = wh_region_stats(r);
    const uint64_t forged[] = {
        0,
        wh_with_slot(wh_with_page(r, 0xffff), 0xfff),      /* record index past every record */
        wh_with_epoch(r, 1),                                /* region handles have epoch 0 */
        wh_with_gen(r, wh_gen(r) + 1),                      /* a future generation */
        wh_with_gen(r, 0),                                  /* generations start at 1 */
        wh_with_kind(r, 15),                                /* no such kind */
        wh_with_kind(r, 0),
    };
    for (size_t i = 0; i < sizeof forged / sizeof forged[0]; i++) {
        weaveheap_region_destroy(forged[i], &err);
        EXPECT_ERR(weaveheap_region_destroy, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
        weaveheap_region_reset(forged[i], &err);
        EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
        weaveheap_region_stats(forged[i], &(weaveheap_stats){0}, &err);
        EXPECT_ERR(weaveheap_region_stats, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
        CHECK_EQ_HEX(weaveheap_buffer_alloc(forged[i], 1, 1, &err), 0);
        EXPECT_ERR(weaveheap_buffer_alloc, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
        CHECK_EQ_HEX(weaveheap_bytes_create(forged[i], (const uint8_t*)"x", 1, &err), 0);
        EXPECT_ERR(weaveheap_bytes_create, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
        CHECK_EQ_HEX(weaveheap_string_create(forged[i], (const uint8_t*)"x", 1, &err), 0);
        EXPECT_ERR(weaveheap_string_create, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
        CHECK_EQ_I64(weaveheap_handle_kind_of(forged[i], &err), WEAVEHEAP_HANDLE_KIND_NONE);
        EXPECT_ERR(weaveheap_handle_kind_of, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    }
    const uint64_t wrong[] = {buf, tok};
    for (size_t i = 0; i < 2; i++) {
        weaveheap_region_destroy(wrong[i], &err);
        EXPECT_ERR_MSG(weaveheap_region_destroy, &err, WEAVEHEAP_ERR_WRONG_KIND, "not a region");
        weaveheap_region_reset(wrong[i], &err);
        EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_WRONG_KIND);
        weaveheap_region_stats(wrong[i], &(weaveheap_stats){0}, &err);
        EXPECT_ERR(weaveheap_region_stats, &err, WEAVEHEAP_ERR_WRONG_KIND);
        weaveheap_buffer_alloc(wrong[i], 1, 1, &err);
        EXPECT_ERR(weaveheap_buffer_alloc, &err, WEAVEHEAP_ERR_WRONG_KIND);
        weaveheap_bytes_create(wrong[i], (const uint8_t*)"x", 1, &err);
        EXPECT_ERR(weaveheap_bytes_create, &err, WEAVEHEAP_ERR_WRONG_KIND);
        weaveheap_string_create(wrong[i], (const uint8_t*)"x", 1, &err);
        EXPECT_ERR(weaveheap_string_create, &err, WEAVEHEAP_ERR_WRONG_KIND);
    }
    weaveheap_stats after = wh_region_stats(r);
    CHECK_EQ_STATS(&after, &before);
    weaveheap_borrow_release(tok, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    wh_destroy(r);
}

static void region_stats_needs_out(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_region_stats(r, NULL, &err);
    EXPECT_ERR_MSG(weaveheap_region_stats, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "out");
    wh_destroy(r);
}

/* Reset and destroy refuse while any object of the region is borrowed and
 * change nothing; the view stays valid. */
static void reset_and_destroy_refused_while_borrowed(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_bytes_t b = weaveheap_bytes_create(r, (const uint8_t*)"held", 4, &err);
    EXPECT_OK(weaveheap_bytes_create, &err);
    weaveheap_buffer_t other = weaveheap_buffer_alloc(r, 32, 16, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_view v;
    weaveheap_borrow_t tok = weaveheap_borrow_shared(b, &v, &err);
    EXPECT_OK(weaveheap_borrow_shared, &err);
    weaveheap_stats before = wh_region_stats(r);
    weaveheap_region_reset(r, &err);
    EXPECT_ERR_MSG(weaveheap_region_reset, &err, WEAVEHEAP_ERR_BORROWED, "1 outstanding borrow");
    weaveheap_region_destroy(r, &err);
    EXPECT_ERR_MSG(weaveheap_region_destroy, &err, WEAVEHEAP_ERR_BORROWED, "cannot be destroyed");
    weaveheap_stats after = wh_region_stats(r);
    before.borrow_conflicts += 2; /* the only change: the refusals are counted */
    CHECK_EQ_STATS(&after, &before);
    CHECK_EQ_MEM(v.data, "held", 4);
    CHECK_EQ_U64(weaveheap_buffer_size(other, &err), 32);
    EXPECT_OK(weaveheap_buffer_size, &err);
    CHECK_EQ_U64(weaveheap_bytes_length(b, &err), 4);
    EXPECT_OK(weaveheap_bytes_length, &err);
    weaveheap_borrow_release(tok, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    weaveheap_region_reset(r, &err);
    EXPECT_OK(weaveheap_region_reset, &err);
    wh_destroy(r);
}


/* An object with a chunk of its own gives its bytes back to the byte limit,
 * and its chunk back to the system, when it is released: the most recent
 * allocation or not, buffer, bytes or string. */
static void own_chunk_release_gives_bytes_back(void) {
    weaveheap_error err = {0};
    static uint8_t payload[40000];
    weaveheap_region_t r = wh_region(&(weaveheap_region_options){.chunk_size = 65536, .byte_limit = 50000});
    /* the case of the report: the most recent allocation */
    weaveheap_buffer_t a = weaveheap_buffer_alloc(r, 40000, 16, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_stats s = wh_region_stats(r);
    CHECK_EQ_U64(s.bytes_reserved, 40000 + 16);
    weaveheap_buffer_release(a, &err);
    EXPECT_OK(weaveheap_buffer_release, &err);
    s = wh_region_stats(r);
    CHECK_EQ_U64(s.bytes_reserved, 0); /* the chunk went back */
    CHECK_EQ_U64(s.bytes_live, 0);
    a = weaveheap_buffer_alloc(r, 40000, 16, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    /* not the most recent: a small object after it, in a standard chunk */
    weaveheap_buffer_t small = weaveheap_buffer_alloc(r, 100, 16, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    CHECK_EQ_HEX(weaveheap_buffer_alloc(r, 40000, 16, &err), 0);
    EXPECT_ERR_MSG(weaveheap_buffer_alloc, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "limit of 50000");
    weaveheap_buffer_release(a, &err);
    EXPECT_OK(weaveheap_buffer_release, &err);
    CHECK_EQ_U64(wh_region_stats(r).bytes_reserved, 65536);
    /* bytes and strings too, each in a chunk of its own (more than half of
     * 4096 bytes), released out of order: the middle one first */
    weaveheap_region_t q = wh_region(&(weaveheap_region_options){.chunk_size = 4096, .byte_limit = 50000});
    memset(payload, 'x', sizeof payload);
    weaveheap_bytes_t b1 = weaveheap_bytes_create(q, payload, 10000, &err);
    EXPECT_OK(weaveheap_bytes_create, &err);
    weaveheap_string_t t = weaveheap_string_create(q, payload, 10000, &err);
    EXPECT_OK(weaveheap_string_create, &err);
    weaveheap_bytes_t b3 = weaveheap_bytes_create(q, payload, 10000, &err);
    EXPECT_OK(weaveheap_bytes_create, &err);
    CHECK_EQ_U64(wh_region_stats(q).bytes_reserved, 10001 + 10002 + 10001);
    weaveheap_string_release(t, &err);
    EXPECT_OK(weaveheap_string_release, &err);
    s = wh_region_stats(q);
    CHECK_EQ_U64(s.bytes_reserved, 10001 + 10001);
    uint64_t n = 0;
    uint8_t* copy = weaveheap_bytes_dup(b1, &n, &err);
    EXPECT_OK(weaveheap_bytes_dup, &err);
    REQUIRE_NE_PTR(copy, NULL);
    CHECK_EQ_U64(n, 10000);
    CHECK_EQ_MEM(copy, payload, 10000);
    weaveheap_free_bytes(copy, n);
    weaveheap_bytes_release(b3, &err); /* the newest */
    EXPECT_OK(weaveheap_bytes_release, &err);
    weaveheap_bytes_t b4 = weaveheap_bytes_create(q, payload, 39999, &err); /* 10000 + 39999 + ... fits */
    EXPECT_OK(weaveheap_bytes_create, &err);
    CHECK_EQ_HEX(weaveheap_bytes_create(q, payload, 2, &err), 0);
    EXPECT_ERR(weaveheap_bytes_create, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    weaveheap_bytes_release(b1, &err); /* the oldest */
    EXPECT_OK(weaveheap_bytes_release, &err);
    weaveheap_bytes_release(b4, &err);
    EXPECT_OK(weaveheap_bytes_release, &err);
    s = wh_region_stats(q);
    CHECK_EQ_U64(s.bytes_reserved, 0);
    CHECK_EQ_U64(s.bytes_live, 0);
    wh_destroy(q);
    /* the whole limit but the small object's 100 bytes is there again */
    a = weaveheap_buffer_alloc(r, 49900, 16, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    CHECK_EQ_HEX(weaveheap_buffer_alloc(r, 1, 1, &err), 0);
    EXPECT_ERR(weaveheap_buffer_alloc, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    /* a borrowed one is refused and keeps its chunk */
    weaveheap_view v;
    weaveheap_borrow_t tok = weaveheap_borrow_shared(a, &v, &err);
    EXPECT_OK(weaveheap_borrow_shared, &err);
    weaveheap_buffer_release(a, &err);
    EXPECT_ERR(weaveheap_buffer_release, &err, WEAVEHEAP_ERR_BORROWED);
    CHECK_EQ_U64(wh_region_stats(r).bytes_reserved, 65536); /* it fit in the current chunk */
    weaveheap_borrow_release(tok, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    weaveheap_buffer_release(small, &err);
    EXPECT_OK(weaveheap_buffer_release, &err);
    /* a reset frees what is left, as before */
    weaveheap_region_reset(r, &err);
    EXPECT_OK(weaveheap_region_reset, &err);
    CHECK_EQ_U64(wh_region_stats(r).bytes_reserved, 65536);
    wh_destroy(r);
    /* the same in a thread-safe region; a large object lands in a chunk of
     * its own when the current chunk has no room for it */
    r = wh_region(&(weaveheap_region_options){.chunk_size = 65536, .byte_limit = 80000, .thread_safe = true});
    weaveheap_buffer_alloc(r, 30000, 16, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    for (int i = 0; i < 4; i++) {
        a = weaveheap_buffer_alloc(r, 40000, 16, &err);
        EXPECT_OK(weaveheap_buffer_alloc, &err);
        weaveheap_buffer_alloc(r, 10, 16, &err);
        EXPECT_OK(weaveheap_buffer_alloc, &err);
        weaveheap_buffer_release(a, &err);
        EXPECT_OK(weaveheap_buffer_release, &err);
        CHECK_EQ_U64(wh_region_stats(r).bytes_reserved, 65536);
    }
    wh_destroy(r);
}

/* Under the thread check (WEAVEHEAP_CHECK_THREADS), a single-threaded region
 * used by one thread behaves exactly as without it: every call, success and
 * refusal alike. (tests/core/stress_publish.c has two threads misuse one.) */
static void the_thread_check_changes_nothing_for_one_thread(void) {
    weaveheap_error err = {0};
    weaveheap__test_check_threads(true);
    weaveheap_region_t r = wh_region(&(weaveheap_region_options){.byte_limit = 1000});
    weaveheap__test_check_threads(false);
    weaveheap_buffer_t b = weaveheap_buffer_alloc(r, 64, 16, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_buffer_write(b, 0, (const uint8_t*)"checked", 7, &err);
    EXPECT_OK(weaveheap_buffer_write, &err);
    weaveheap_view v;
    weaveheap_borrow_t t = weaveheap_borrow_unique(b, &v, &err);
    EXPECT_OK(weaveheap_borrow_unique, &err);
    CHECK_EQ_MEM(v.data, "checked", 7);
    weaveheap_borrow_shared(b, &v, &err);
    EXPECT_ERR(weaveheap_borrow_shared, &err, WEAVEHEAP_ERR_BORROW_CONFLICT);
    weaveheap_region_reset(r, &err);
    EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_borrow_release(t, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    CHECK_EQ_HEX(weaveheap_buffer_alloc(r, 2000, 16, &err), 0);
    EXPECT_ERR(weaveheap_buffer_alloc, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    weaveheap_stats s = wh_region_stats(r);
    CHECK_EQ_U64(s.bytes_live, 64);
    CHECK_EQ_U64(s.borrows_active, 0);
    CHECK_EQ_I64(weaveheap_handle_kind_of(r, &err), WEAVEHEAP_HANDLE_KIND_REGION);
    weaveheap_buffer_release(b, &err);
    EXPECT_OK(weaveheap_buffer_release, &err);
    weaveheap_buffer_size(b, &err);
    EXPECT_ERR(weaveheap_buffer_size, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    weaveheap_region_reset(r, &err);
    EXPECT_OK(weaveheap_region_reset, &err);
    wh_destroy(r);
    weaveheap_region_destroy(r, &err);
    EXPECT_ERR(weaveheap_region_destroy, &err, WEAVEHEAP_ERR_STALE_HANDLE);
}

/* Sizes and options of 2^32 and more are checked in 64 bits before the core
 * narrows them to size_t. Here the system allocator refuses every request
 * above 2^32 - 1 bytes, as a 32-bit address space would (wasm32, where
 * tests/wasm/core.test.mjs calls the same functions for real): each call is
 * out_of_memory, asked the system for the whole size (never a narrowed one)
 * and changed nothing. */
static void sizes_past_32_bits_are_checked_in_64_bits(void) {
    weaveheap_error err = {0};
    const uint64_t four_g = (uint64_t)1 << 32;
    static const uint8_t text[64] = "text";
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_buffer_t keep = weaveheap_buffer_alloc(r, 48, 16, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_buffer_write(keep, 0, text, 4, &err);
    EXPECT_OK(weaveheap_buffer_write, &err);
    const uint64_t sizes[] = {four_g, four_g + 16, (uint64_t)1 << 40, WEAVEHEAP_MAX_SIZE};
    const uint64_t aligns[] = {16, WEAVEHEAP_MAX_ALIGN};
    weaveheap__test_fail_above(four_g - 1);
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        for (size_t j = 0; j < 2; j++) {
            weaveheap_stats before = wh_region_stats(r), gbefore = wh_global_stats();
            int64_t live = weaveheap__test_live_allocs();
            weaveheap__test_fail_nth_alloc(0); /* re-arms the largest-request record */
            CHECK_EQ_HEX(weaveheap_buffer_alloc(r, sizes[i], aligns[j], &err), 0);
            EXPECT_ERR_MSG(weaveheap_buffer_alloc, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory");
            CHECK_LE_U64(sizes[i] + aligns[j], weaveheap__test_largest_request());
            /* bytes_create reads nothing before the memory for the copy is had */
            weaveheap__test_fail_nth_alloc(0);
            CHECK_EQ_HEX(weaveheap_bytes_create(r, text, sizes[i], &err), 0);
            EXPECT_ERR(weaveheap_bytes_create, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
            CHECK_LE_U64(sizes[i], weaveheap__test_largest_request());
            weaveheap_stats after = wh_region_stats(r), gafter = wh_global_stats();
            CHECK_EQ_STATS(&after, &before);
            gbefore.stale_rejected = gafter.stale_rejected;
            CHECK_EQ_STATS(&gafter, &gbefore);
            CHECK_EQ_I64(weaveheap__test_live_allocs(), live);
        }
        /* offsets and lengths past 2^32 are out of the buffer's range */
        uint8_t out[8];
        weaveheap_buffer_write(keep, sizes[i], text, 1, &err);
        EXPECT_ERR(weaveheap_buffer_write, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
        weaveheap_buffer_read(keep, sizes[i] + 4, out, 1, &err);
        EXPECT_ERR(weaveheap_buffer_read, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
    }
    CHECK_EQ_HEX(weaveheap_buffer_alloc(r, WEAVEHEAP_MAX_SIZE + 1, 16, &err), 0);
    EXPECT_ERR_MSG(weaveheap_buffer_alloc, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "larger than the maximum");
    /* a chunk size past 2^32 is in the documented range: the region is made,
     * and its first chunk is asked for whole and refused */
    const uint64_t chunks[] = {four_g + 256, (uint64_t)1 << 40, WEAVEHEAP_MAX_SIZE};
    for (size_t i = 0; i < sizeof chunks / sizeof chunks[0]; i++) {
        weaveheap_region_t big = wh_region(&(weaveheap_region_options){.chunk_size = chunks[i]});
        weaveheap_stats before = wh_region_stats(big);
        weaveheap__test_fail_nth_alloc(0);
        CHECK_EQ_HEX(weaveheap_buffer_alloc(big, 64, 16, &err), 0);
        EXPECT_ERR(weaveheap_buffer_alloc, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
        CHECK_LE_U64(chunks[i], weaveheap__test_largest_request());
        weaveheap_stats after = wh_region_stats(big);
        CHECK_EQ_STATS(&after, &before);
        wh_destroy(big);
    }
    weaveheap__test_fail_above(0);
    /* a byte limit past 2^32 counts in 64 bits */
    weaveheap_region_t limited = wh_region(&(weaveheap_region_options){.byte_limit = four_g + 8});
    weaveheap_buffer_alloc(limited, 1000, 16, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    CHECK_EQ_HEX(weaveheap_buffer_alloc(limited, four_g, 16, &err), 0);
    EXPECT_ERR_MSG(weaveheap_buffer_alloc, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "limit of 4294967304");
    wh_destroy(limited);
    /* what was there is untouched */
    uint8_t back[4];
    weaveheap_buffer_read(keep, 0, back, 4, &err);
    EXPECT_OK(weaveheap_buffer_read, &err);
    CHECK_EQ_MEM(back, text, 4);
    CHECK_EQ_U64(weaveheap_buffer_size(keep, &err), 48);
    EXPECT_OK(weaveheap_buffer_size, &err);
    wh_destroy(r);
}

static const wh_test tests[] = {
    {"create with NULL, zeroed and explicit options", create_with_default_and_explicit_options},
    {"create rejects a bad chunk_size", create_rejects_bad_chunk_size},
    {"create out of memory changes nothing", create_out_of_memory_changes_nothing},
    {"byte limit: out_of_memory, nothing changed, bytes back at reset", byte_limit},
    {"an object with a chunk of its own gives its bytes and chunk back at release", own_chunk_release_gives_bytes_back},
    {"the thread check changes nothing for one thread", the_thread_check_changes_nothing_for_one_thread},
    {"sizes and options past 2^32 are checked in 64 bits", sizes_past_32_bits_are_checked_in_64_bits},
    {"reset makes handles stale and reuses the chunks", reset_makes_handles_stale_and_reuses_chunks},
    {"destroy makes every handle stale", destroy_makes_every_handle_stale},
    {"record reuse gives reused_handle for the old region", record_reuse_gives_reused_handle},
    {"forged and wrong-kind region handles", forged_and_wrong_kind_region_handles},
    {"the next generation of a free record was never issued", next_generation_of_a_free_record},
    {"region_stats needs out", region_stats_needs_out},
    {"reset and destroy refused while borrowed", reset_and_destroy_refused_while_borrowed},
    {NULL, NULL},
};
const wh_suite wh_suite_regions = {"regions", tests};
