/* zpack from C: the generated entry points over the core's table. Each
 * test checks the result, the typed error of every misuse, and the core's
 * counters: borrows taken and given back (borrows_active where it was),
 * copies (0 where the IDL promises zero-copy), objects. CUnit's basic runner
 * succeeds even on failures: the exit status comes from its failure count. */
#include <CUnit/Basic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "zpack.h"
#include "weaveheap_api.h"

#define EXPECT_CODE(err, want)                                                                      \
    do {                                                                                            \
        if ((err).code != (want))                                                                   \
            fprintf(stderr, "%s:%d: code %d, expected %d (%s)\n", __FILE__, __LINE__, (int)(err).code, \
                    (int)(want), (err).message ? (err).message : "no message");                     \
        CU_ASSERT_EQUAL((err).code, (want));                                                        \
        weaveheap_error_clear(&(err));                                                              \
    } while (0)

static weaveheap_stats stats_of(weaveheap_region_t r) {
    weaveheap_stats s;
    weaveheap_error err = {0, NULL};
    weaveheap_region_stats(r, &s, &err);
    CU_ASSERT_EQUAL(err.code, 0);
    return s;
}

static weaveheap_buffer_t buffer_with(weaveheap_region_t r, const void* data, uint64_t n) {
    weaveheap_error err = {0, NULL};
    weaveheap_buffer_t b = weaveheap_buffer_alloc(r, n, 16, &err);
    CU_ASSERT_FATAL(b != 0);
    weaveheap_buffer_write(b, 0, data, n, &err);
    CU_ASSERT_EQUAL(err.code, 0);
    return b;
}

/* Before zpack_init every function fails, and a table of another core is
 * refused with both hashes named. Runs first. */
static void init_refusals(void) {
    weaveheap_error err = {0, NULL};
    CU_ASSERT_EQUAL(zpack_crc32(1, &err), 0);
    CU_ASSERT_EQUAL(err.code, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    CU_ASSERT_PTR_NULL(err.message);
    err.code = 0;
    CU_ASSERT_FALSE(zpack_init(NULL, &err));
    CU_ASSERT_EQUAL(err.code, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    err.code = 0;
    weaveheap_api other = *(const weaveheap_api*)weaveheap_api_table();
    other.hash = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    CU_ASSERT_FALSE(zpack_init(&other, &err));
    CU_ASSERT_EQUAL(err.code, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    CU_ASSERT(err.message && strstr(err.message, "0123456789abcdef"));
    weaveheap_error_clear(&err);
    other = *(const weaveheap_api*)weaveheap_api_table();
    other.abi++;
    CU_ASSERT_FALSE(zpack_init(&other, &err));
    CU_ASSERT_EQUAL(err.code, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    err.code = 0;
    CU_ASSERT_TRUE(zpack_init(weaveheap_api_table(), &err));
    CU_ASSERT_TRUE(zpack_init(weaveheap_api_table(), &err)); /* idempotent */
    other = *(const weaveheap_api*)weaveheap_api_table();   /* compatible, but a second table */
    CU_ASSERT_FALSE(zpack_init(&other, &err));
    CU_ASSERT(err.message && strstr(err.message, "another"));
    EXPECT_CODE(err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
}

/* crc32 of a buffer, bytes and a string: zlib's answer over the core's own
 * memory, one borrow taken and given back, nothing copied. */
static void crc32_in_place(void) {
    weaveheap_error err = {0, NULL};
    weaveheap_region_t r = weaveheap_region_create(NULL, &err);
    const char text[] = "The quick brown fox jumps over the lazy dog";
    uint64_t n = sizeof text - 1;
    weaveheap_handle_t objects[3] = {
        buffer_with(r, text, n),
        weaveheap_bytes_create(r, (const uint8_t*)text, n, &err),
        weaveheap_string_create(r, (const uint8_t*)text, n, &err),
    };
    CU_ASSERT_EQUAL(err.code, 0);
    uint32_t want = (uint32_t)crc32(0, (const Bytef*)text, (uInt)n);
    CU_ASSERT_EQUAL(want, 0x414FA339u);
    for (int i = 0; i < 3; i++) {
        weaveheap_stats before = stats_of(r);
        CU_ASSERT_EQUAL(zpack_crc32(objects[i], &err), want);
        CU_ASSERT_EQUAL(err.code, 0);
        weaveheap_stats after = stats_of(r);
        CU_ASSERT_EQUAL(after.copies, before.copies);            /* read in place */
        CU_ASSERT_EQUAL(after.borrows_taken, before.borrows_taken + 1);
        CU_ASSERT_EQUAL(after.borrows_active, 0);
    }
    /* write through a unique view: crc32 sees the core's bytes, not a copy */
    weaveheap_view v;
    weaveheap_borrow_t t = weaveheap_borrow_unique(objects[0], &v, &err);
    ((uint8_t*)v.data)[0] = 't';
    weaveheap_borrow_release(t, &err);
    CU_ASSERT_EQUAL(zpack_crc32(objects[0], NULL), (uint32_t)crc32(0, (const Bytef*)"the quick brown fox jumps over the lazy dog", (uInt)n));
    weaveheap_region_destroy(r, &err);
    CU_ASSERT_EQUAL(err.code, 0);
}

static void deflate_inflate_round_trip(void) {
    weaveheap_error err = {0, NULL};
    weaveheap_region_t r = weaveheap_region_create(NULL, &err);
    uint64_t n = 1u << 20;
    uint8_t* data = malloc(n);
    for (uint64_t i = 0; i < n; i++) data[i] = (uint8_t)((i * 7) ^ (i >> 9));
    weaveheap_buffer_t src = buffer_with(r, data, n);
    weaveheap_stats before = stats_of(r);
    weaveheap_buffer_t packed = zpack_deflate(r, src, 9, &err);
    CU_ASSERT_EQUAL(err.code, 0);
    CU_ASSERT_FATAL(packed != 0);
    uint64_t packed_size = weaveheap_buffer_size(packed, &err);
    CU_ASSERT_TRUE(packed_size > 0 && packed_size < n / 4);
    weaveheap_stats mid = stats_of(r);
    CU_ASSERT_EQUAL(mid.copies, before.copies + 1);                     /* the output, written once */
    CU_ASSERT_EQUAL(mid.copy_bytes, before.copy_bytes + packed_size);   /* the input was not copied */
    CU_ASSERT_EQUAL(mid.borrows_active, 0);
    weaveheap_buffer_t back = zpack_inflate(r, packed, n, &err);
    CU_ASSERT_EQUAL(err.code, 0);
    CU_ASSERT_FATAL(back != 0);
    weaveheap_stats after = stats_of(r);
    CU_ASSERT_EQUAL(after.copies, mid.copies);                          /* inflated in place */
    CU_ASSERT_EQUAL(after.borrows_active, 0);
    weaveheap_view v;
    weaveheap_borrow_t t = weaveheap_borrow_shared(back, &v, &err);
    CU_ASSERT_EQUAL(v.length, n);
    CU_ASSERT_EQUAL(memcmp(v.data, data, n), 0);
    weaveheap_borrow_release(t, &err);
    /* into an existing buffer, in place: no copy, the count written */
    weaveheap_buffer_t into = weaveheap_buffer_alloc(r, n + 100, 16, &err);
    weaveheap_stats s0 = stats_of(r);
    CU_ASSERT_EQUAL(zpack_inflate_into(into, packed, &err), n);
    CU_ASSERT_EQUAL(err.code, 0);
    weaveheap_stats s1 = stats_of(r);
    CU_ASSERT_EQUAL(s1.copies, s0.copies);
    CU_ASSERT_EQUAL(s1.borrows_taken, s0.borrows_taken + 2);
    CU_ASSERT_EQUAL(s1.borrows_active, 0);
    t = weaveheap_borrow_shared(into, &v, &err);
    CU_ASSERT_EQUAL(memcmp(v.data, data, n), 0);
    weaveheap_borrow_release(t, &err);
    /* the default level, and an empty input */
    weaveheap_bytes_t empty = weaveheap_bytes_create(r, NULL, 0, &err);
    weaveheap_buffer_t packed_empty = zpack_deflate(r, empty, -1, &err);
    CU_ASSERT_EQUAL(err.code, 0);
    weaveheap_buffer_t empty_back = zpack_inflate(r, packed_empty, 0, &err);
    CU_ASSERT_EQUAL(err.code, 0);
    CU_ASSERT_EQUAL(weaveheap_buffer_size(empty_back, &err), 0);
    free(data);
    weaveheap_region_destroy(r, &err);
    CU_ASSERT_EQUAL(err.code, 0);
}

/* Every misuse: a typed error, every borrow given back, nothing made. */
static void misuse(void) {
    weaveheap_error err = {0, NULL};
    weaveheap_region_t r = weaveheap_region_create(NULL, &err);
    weaveheap_buffer_t b = buffer_with(r, "zpack zpack zpack", 17);
    weaveheap_buffer_t packed = zpack_deflate(r, b, 6, &err);
    weaveheap_bytes_t not_buffer = weaveheap_bytes_create(r, (const uint8_t*)"b", 1, &err);
    weaveheap_stats before = stats_of(r);
    /* stale, forged, wrong kind */
    weaveheap_buffer_t gone = buffer_with(r, "x", 1);
    weaveheap_buffer_release(gone, &err);
    before = stats_of(r);
    CU_ASSERT_EQUAL(zpack_crc32(gone, &err), 0);
    EXPECT_CODE(err, WEAVEHEAP_ERR_STALE_HANDLE);
    CU_ASSERT_EQUAL(zpack_crc32(0, &err), 0);
    EXPECT_CODE(err, WEAVEHEAP_ERR_FORGED_HANDLE);
    CU_ASSERT_EQUAL(zpack_deflate(r, r, 6, &err), 0);           /* a region is no memory */
    EXPECT_CODE(err, WEAVEHEAP_ERR_WRONG_KIND);
    CU_ASSERT_EQUAL(zpack_deflate(b, b, 6, &err), 0);           /* a buffer is no region */
    EXPECT_CODE(err, WEAVEHEAP_ERR_WRONG_KIND);
    /* uniquely borrowed elsewhere: a conflict, the other borrow untouched */
    weaveheap_view v;
    weaveheap_borrow_t t = weaveheap_borrow_unique(b, &v, &err);
    CU_ASSERT_EQUAL(zpack_crc32(b, &err), 0);
    EXPECT_CODE(err, WEAVEHEAP_ERR_BORROW_CONFLICT);
    CU_ASSERT_EQUAL(stats_of(r).borrows_active, 1);
    weaveheap_borrow_release(t, &err);
    /* the implementation fails: its error, its borrow back */
    CU_ASSERT_EQUAL(zpack_deflate(r, b, 42, &err), 0);
    CU_ASSERT(err.message && strstr(err.message, "level 42"));
    EXPECT_CODE(err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    CU_ASSERT_EQUAL(zpack_inflate(r, b, 17, &err), 0);          /* not zlib data */
    EXPECT_CODE(err, ZPACK_ERR_CORRUPT);
    CU_ASSERT_EQUAL(zpack_inflate(r, packed, 16, &err), 0);     /* one byte short */
    EXPECT_CODE(err, ZPACK_ERR_WRONG_SIZE);
    CU_ASSERT_EQUAL(zpack_inflate(r, packed, 18, &err), 0);     /* one byte long */
    EXPECT_CODE(err, ZPACK_ERR_WRONG_SIZE);
    CU_ASSERT_EQUAL(zpack_inflate(r, packed, 18, NULL), 0);     /* no out_err: still clean */
    /* one buffer as the unique dst and the shared src: a conflict, nothing kept */
    weaveheap_stats same_before = stats_of(r);
    CU_ASSERT_EQUAL(zpack_inflate_into(packed, packed, &err), 0);
    EXPECT_CODE(err, WEAVEHEAP_ERR_BORROW_CONFLICT);
    weaveheap_stats same_after = stats_of(r);
    CU_ASSERT_EQUAL(same_after.borrows_active, 0);
    CU_ASSERT_EQUAL(same_after.borrows_taken, same_before.borrows_taken + 1);     /* the first, given back */
    CU_ASSERT_EQUAL(same_after.borrow_conflicts, same_before.borrow_conflicts + 1);
    weaveheap_buffer_t small_dst = weaveheap_buffer_alloc(r, 16, 16, &err);
    CU_ASSERT_EQUAL(zpack_inflate_into(small_dst, packed, &err), 0);               /* 17 bytes into 16 */
    EXPECT_CODE(err, ZPACK_ERR_WRONG_SIZE);
    CU_ASSERT_EQUAL(zpack_inflate_into(not_buffer, packed, &err), 0);              /* bytes are no buffer */
    EXPECT_CODE(err, WEAVEHEAP_ERR_WRONG_KIND);
    weaveheap_buffer_release(small_dst, &err);
    weaveheap_stats after = stats_of(r);
    CU_ASSERT_EQUAL(after.borrows_active, 0);
    CU_ASSERT_EQUAL(after.bytes_live, before.bytes_live);       /* no buffer left behind */
    CU_ASSERT_EQUAL(after.allocations - after.releases, before.allocations - before.releases);
    /* a region at its byte limit: the core's out_of_memory, passed on */
    weaveheap_region_options small = {0, 64, false};
    weaveheap_region_t tight = weaveheap_region_create(&small, &err);
    weaveheap_stats tight_before = stats_of(tight);
    CU_ASSERT_EQUAL(zpack_inflate(tight, packed, 1000, &err), 0);
    EXPECT_CODE(err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    weaveheap_stats tight_after = stats_of(tight);
    CU_ASSERT_EQUAL(tight_after.bytes_live, tight_before.bytes_live);
    CU_ASSERT_EQUAL(stats_of(r).borrows_active, 0);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(tight, &err);
    weaveheap_region_destroy(r, &err);
    CU_ASSERT_EQUAL(err.code, 0);
}

/* The crc kind: an object of zpack's own in the core's table. */
static void crc_objects(void) {
    weaveheap_error err = {0, NULL};
    weaveheap_region_t r = weaveheap_region_create(NULL, &err);
    weaveheap_buffer_t a = buffer_with(r, "hello, ", 7);
    weaveheap_string_t b = weaveheap_string_create(r, (const uint8_t*)"world", 5, &err);
    zpack_crc_t c = zpack_crc_create(r, &err);
    CU_ASSERT_EQUAL(err.code, 0);
    CU_ASSERT_EQUAL(weaveheap_handle_kind_of(c, &err), WEAVEHEAP_HANDLE_KIND_OBJECT);
    zpack_crc_update(c, a, &err);
    zpack_crc_update(c, b, &err);
    CU_ASSERT_EQUAL(err.code, 0);
    CU_ASSERT_EQUAL(zpack_crc_value(c, &err), (uint32_t)crc32(0, (const Bytef*)"hello, world", 12));
    CU_ASSERT_EQUAL(stats_of(r).borrows_active, 0);
    /* wrong kinds both ways, a forged one */
    zpack_crc_update(a, a, &err);
    EXPECT_CODE(err, WEAVEHEAP_ERR_WRONG_KIND);
    zpack_crc_update(c, c, &err);
    EXPECT_CODE(err, WEAVEHEAP_ERR_WRONG_KIND);
    CU_ASSERT_EQUAL(zpack_crc_value(c ^ 1, &err), 0);
    CU_ASSERT_TRUE(err.code == WEAVEHEAP_ERR_REUSED_HANDLE || err.code == WEAVEHEAP_ERR_STALE_HANDLE ||
                   err.code == WEAVEHEAP_ERR_FORGED_HANDLE);
    weaveheap_error_clear(&err);
    CU_ASSERT_EQUAL(stats_of(r).borrows_active, 0);
    /* close, then every use is stale */
    zpack_crc_close(c, &err);
    CU_ASSERT_EQUAL(err.code, 0);
    zpack_crc_close(c, &err);
    EXPECT_CODE(err, WEAVEHEAP_ERR_STALE_HANDLE);
    CU_ASSERT_EQUAL(zpack_crc_value(c, &err), 0);
    EXPECT_CODE(err, WEAVEHEAP_ERR_STALE_HANDLE);
    /* reset frees the payloads of live ones (valgrind/ASan see a leak otherwise) */
    zpack_crc_t d = zpack_crc_create(r, &err);
    weaveheap_region_reset(r, &err);
    CU_ASSERT_EQUAL(err.code, 0);
    CU_ASSERT_EQUAL(zpack_crc_value(d, &err), 0);
    EXPECT_CODE(err, WEAVEHEAP_ERR_STALE_HANDLE);
    zpack_crc_create(r, &err);
    weaveheap_region_destroy(r, &err);
    CU_ASSERT_EQUAL(err.code, 0);
    CU_ASSERT_EQUAL(zpack_crc_create(r, &err), 0);
    EXPECT_CODE(err, WEAVEHEAP_ERR_STALE_HANDLE);
}

int main(void) {
    if (CU_initialize_registry() != CUE_SUCCESS) return 2;
    CU_pSuite s = CU_add_suite("zpack", NULL, NULL);
    CU_add_test(s, "init_refusals", init_refusals);
    CU_add_test(s, "crc32_in_place", crc32_in_place);
    CU_add_test(s, "deflate_inflate_round_trip", deflate_inflate_round_trip);
    CU_add_test(s, "misuse", misuse);
    CU_add_test(s, "crc_objects", crc_objects);
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failures = CU_get_number_of_failures(), run = CU_get_number_of_tests_run();
    CU_cleanup_registry();
    return failures || run != 5 ? 1 : 0;
}
