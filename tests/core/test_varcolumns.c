/* Var vectors (utf8 "u", binary "z"): int32 offsets and data bytes
 * as Arrow lays them out; values appended, read in place and copied; every
 * refusal changing nothing; the Arrow C Data export, alone and as a batch
 * column, read through the spec's structs alone. */
#include <string.h>

#include "arrow_spec.h"
#include "check.h"
#include "testing.h"

#define UTF8 WEAVEHEAP_ELEMENT_TYPE_UTF8
#define BINARY WEAVEHEAP_ELEMENT_TYPE_BINARY

static weaveheap_var_vector_t var(weaveheap_region_t r, weaveheap_element_type t, uint64_t cap, uint64_t data,
                                  bool nullable) {
    weaveheap_error err = {0};
    weaveheap_var_vector_t v = t == UTF8 ? weaveheap_var_vector_create(r, cap, data, nullable, false, &err)
                                         : weaveheap_var_vector_create(r, cap, data, nullable, true, &err);
    EXPECT_OK(weaveheap_var_vector_create, &err);
    REQUIRE_NE_HEX(v, 0);
    return v;
}

static void put(weaveheap_var_vector_t v, const char* s) {
    weaveheap_error err = {0};
    weaveheap_var_vector_append(v, (const uint8_t*)s, strlen(s), &err);
    EXPECT_OK(weaveheap_var_vector_append, &err);
}

/* The value at i, copied, compared with want. */
static void check_value(weaveheap_var_vector_t v, uint64_t i, const char* want) {
    weaveheap_error err = {0};
    uint64_t n = 99;
    uint8_t* got = weaveheap_var_vector_get(v, i, &n, &err);
    EXPECT_OK(weaveheap_var_vector_get, &err);
    REQUIRE_NE_PTR(got, NULL);
    CHECK_EQ_U64(n, strlen(want));
    CHECK_EQ_MEM(got, want, strlen(want));
    weaveheap_free_bytes(got, n);
    CHECK_EQ_U64(weaveheap_var_vector_value_length(v, i, &err), strlen(want));
    EXPECT_OK(weaveheap_var_vector_value_length, &err);
}

static void strings_round_trip(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_stats s0 = wh_region_stats(r);
    weaveheap_var_vector_t v = var(r, UTF8, 5, 16, true);
    weaveheap_stats s1 = wh_region_stats(r);
    /* 64 header + 16 data rounded to 64 + 6 offsets (24 bytes) rounded to 64 + bitmap 64 */
    CHECK_EQ_U64(s1.bytes_allocated, s0.bytes_allocated + 64 * 4);
    CHECK_EQ_U64(weaveheap_var_vector_data_capacity(v, &err), 16);
    EXPECT_OK(weaveheap_var_vector_data_capacity, &err);
    CHECK_TRUE(weaveheap_var_vector_is_utf8(v, &err));
    EXPECT_OK(weaveheap_var_vector_is_utf8, &err);
    put(v, "h\xc3\xa9llo"); /* héllo: 6 bytes */
    weaveheap_var_vector_append_null(v, &err);
    EXPECT_OK(weaveheap_var_vector_append_null, &err);
    put(v, "");
    put(v, "ab");
    CHECK_EQ_U64(weaveheap_var_vector_length(v, &err), 4);
    CHECK_EQ_U64(weaveheap_var_vector_capacity(v, &err), 5);
    EXPECT_OK(weaveheap_var_vector_capacity, &err);
    CHECK_EQ_U64(weaveheap_var_vector_data_length(v, &err), 8);
    EXPECT_OK(weaveheap_var_vector_data_length, &err);
    CHECK_EQ_U64(weaveheap_var_vector_null_count(v, &err), 1);
    weaveheap_stats s2 = wh_region_stats(r);
    CHECK_EQ_U64(s2.copies, s1.copies + 3); /* each value appended is a copy in */
    CHECK_EQ_U64(s2.copy_bytes, s1.copy_bytes + 8);
    check_value(v, 0, "h\xc3\xa9llo");
    check_value(v, 1, "");
    check_value(v, 2, "");
    check_value(v, 3, "ab");
    CHECK_TRUE(weaveheap_var_vector_is_valid(v, 0, &err));
    CHECK_TRUE(!weaveheap_var_vector_is_valid(v, 1, &err));
    CHECK_TRUE(weaveheap_var_vector_is_valid(v, 2, &err));
    EXPECT_OK(weaveheap_var_vector_is_valid, &err);
    /* in place: the view is the data bytes end to end, offsets slice it */
    weaveheap_view view = wh_view_of(v);
    CHECK_EQ_U64(view.length, 8);
    CHECK_EQ_MEM(view.data, "h\xc3\xa9lloab", 8);
    CHECK_EQ_U64(weaveheap_var_vector_value_offset(v, 3, &err), 6);
    EXPECT_OK(weaveheap_var_vector_value_offset, &err);
    CHECK_EQ_U64(weaveheap_var_vector_value_offset(v, 1, &err), 6);
    uint8_t two[2];
    weaveheap_var_vector_read(v, 6, two, 2, &err);
    EXPECT_OK(weaveheap_var_vector_read, &err);
    CHECK_EQ_MEM(two, "ab", 2);
    /* binary takes any bytes, NUL and invalid UTF-8 included */
    weaveheap_var_vector_t b = var(r, BINARY, 2, 8, false);
    CHECK_TRUE(!weaveheap_var_vector_is_utf8(b, &err));
    static const uint8_t raw[] = {0, 0xff, 0xc3};
    weaveheap_var_vector_append(b, raw, 3, &err);
    EXPECT_OK(weaveheap_var_vector_append, &err);
    weaveheap_var_vector_append(b, NULL, 0, &err); /* an empty value */
    EXPECT_OK(weaveheap_var_vector_append, &err);
    uint64_t n = 0;
    uint8_t* got = weaveheap_var_vector_get(b, 0, &n, &err);
    EXPECT_OK(weaveheap_var_vector_get, &err);
    CHECK_EQ_U64(n, 3);
    CHECK_EQ_MEM(got, raw, 3);
    weaveheap_free_bytes(got, n);
    got = weaveheap_var_vector_get(b, 1, &n, &err);
    CHECK_TRUE(got != NULL); /* an empty value is still an address */
    CHECK_EQ_U64(n, 0);
    weaveheap_free_bytes(got, n);
    weaveheap_var_vector_append_null(b, &err); /* not nullable */
    EXPECT_ERR(weaveheap_var_vector_append_null, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    weaveheap_var_vector_release(v, &err);
    EXPECT_OK(weaveheap_var_vector_release, &err);
    wh_destroy(r);
}

/* What a vector shows, to see that a refused call changed nothing. */
typedef struct snapshot {
    uint64_t length, nulls, data;
    weaveheap_stats stats;
} snapshot;
static snapshot snap(weaveheap_region_t r, weaveheap_var_vector_t v) {
    weaveheap_view view = wh_view_of(v);
    weaveheap_error err = {0};
    snapshot s = {weaveheap_var_vector_length(v, &err), weaveheap_var_vector_null_count(v, &err), view.length,
                  wh_region_stats(r)};
    return s;
}
static void check_unchanged(snapshot a, snapshot b) {
    CHECK_EQ_U64(b.length, a.length);
    CHECK_EQ_U64(b.nulls, a.nulls);
    CHECK_EQ_U64(b.data, a.data);
    CHECK_EQ_U64(b.stats.copies, a.stats.copies);
    CHECK_EQ_U64(b.stats.allocations, a.stats.allocations);
    CHECK_EQ_U64(b.stats.bytes_live, a.stats.bytes_live);
    CHECK_EQ_U64(b.stats.borrows_active, a.stats.borrows_active);
}

static void value_refusals_change_nothing(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_var_vector_t v = var(r, UTF8, 3, 8, true);
    put(v, "abc");
    snapshot s0 = snap(r, v);
    /* not UTF-8: a lone continuation byte at 2, an overlong NUL, a surrogate */
    weaveheap_var_vector_append(v, (const uint8_t*)"ok\x80", 3, &err);
    EXPECT_ERR_MSG(weaveheap_var_vector_append, &err, WEAVEHEAP_ERR_INVALID_UTF8, "byte 2");
    weaveheap_var_vector_append(v, (const uint8_t*)"\xc0\x80", 2, &err);
    EXPECT_ERR(weaveheap_var_vector_append, &err, WEAVEHEAP_ERR_INVALID_UTF8);
    weaveheap_var_vector_append(v, (const uint8_t*)"\xed\xa0\x80", 3, &err);
    EXPECT_ERR(weaveheap_var_vector_append, &err, WEAVEHEAP_ERR_INVALID_UTF8);
    /* past the data bytes: 3 used, 6 more do not fit 8 */
    weaveheap_var_vector_append(v, (const uint8_t*)"123456", 6, &err);
    EXPECT_ERR_MSG(weaveheap_var_vector_append, &err, WEAVEHEAP_ERR_OUT_OF_RANGE, "data bytes");
    /* NULL with a length, an absurd length */
    weaveheap_var_vector_append(v, NULL, 1, &err);
    EXPECT_ERR(weaveheap_var_vector_append, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    weaveheap_var_vector_append(v, (const uint8_t*)"x", UINT64_MAX, &err);
    CHECK_TRUE(err.code != 0);
    weaveheap_error_clear(&err);
    /* a vector's functions refuse a var_vector: another kind */
    weaveheap_vector_append(v, 1, &err);
    EXPECT_ERR(weaveheap_vector_append, &err, WEAVEHEAP_ERR_WRONG_KIND);
    weaveheap_vector_get(v, 0, &err);
    EXPECT_ERR(weaveheap_vector_get, &err, WEAVEHEAP_ERR_WRONG_KIND);
    /* indexes past the length */
    uint64_t n = 7;
    CHECK_TRUE(weaveheap_var_vector_get(v, 1, &n, &err) == NULL);
    EXPECT_ERR(weaveheap_var_vector_get, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
    CHECK_EQ_U64(n, 7);
    weaveheap_var_vector_value_length(v, 1, &err);
    EXPECT_ERR(weaveheap_var_vector_value_length, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
    weaveheap_var_vector_value_offset(v, UINT64_MAX, &err);
    EXPECT_ERR(weaveheap_var_vector_value_offset, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
    CHECK_TRUE(weaveheap_var_vector_get(v, 0, NULL, &err) == NULL);
    EXPECT_ERR(weaveheap_var_vector_get, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    /* borrowed: no append under a view; no copy out under a unique one */
    weaveheap_view view;
    weaveheap_borrow_t t = weaveheap_borrow_unique(v, &view, &err);
    EXPECT_OK(weaveheap_borrow_unique, &err);
    weaveheap_var_vector_append(v, (const uint8_t*)"d", 1, &err);
    EXPECT_ERR(weaveheap_var_vector_append, &err, WEAVEHEAP_ERR_BORROWED);
    CHECK_TRUE(weaveheap_var_vector_get(v, 0, &n, &err) == NULL);
    EXPECT_ERR(weaveheap_var_vector_get, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_borrow_release(t, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    snapshot s1 = snap(r, v);
    s0.stats.borrows_taken = s1.stats.borrows_taken; /* the views taken to look */
    check_unchanged(s0, s1);
    /* full: two more values fit, a third does not */
    put(v, "d");
    weaveheap_var_vector_append_null(v, &err);
    EXPECT_OK(weaveheap_var_vector_append_null, &err);
    snapshot s2 = snap(r, v);
    weaveheap_var_vector_append(v, NULL, 0, &err);
    EXPECT_ERR_MSG(weaveheap_var_vector_append, &err, WEAVEHEAP_ERR_OUT_OF_RANGE, "full");
    weaveheap_var_vector_append_null(v, &err);
    EXPECT_ERR(weaveheap_var_vector_append_null, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
    check_unchanged(s2, snap(r, v));
    /* and a var_vector's refuse a vector */
    weaveheap_vector_t f = weaveheap_vector_create(r, WEAVEHEAP_ELEMENT_TYPE_INT32, 4, false, &err);
    EXPECT_OK(weaveheap_vector_create, &err);
    weaveheap_var_vector_append(f, (const uint8_t*)"abcd", 4, &err);
    EXPECT_ERR(weaveheap_var_vector_append, &err, WEAVEHEAP_ERR_WRONG_KIND);
    CHECK_EQ_U64(weaveheap_vector_length(f, &err), 0);
    wh_destroy(r);
}

static void bad_types_and_sizes(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(&(weaveheap_region_options){.byte_limit = 1 << 20});
    weaveheap_stats s0 = wh_region_stats(r);
    CHECK_EQ_HEX(weaveheap_vector_create(r, UTF8, 4, false, &err), 0);
    EXPECT_ERR_MSG(weaveheap_vector_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "var_vector.create");
    CHECK_EQ_HEX(weaveheap_vector_create(r, BINARY, 4, false, &err), 0);
    EXPECT_ERR_MSG(weaveheap_vector_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "var_vector.create");
    CHECK_EQ_HEX(weaveheap_vector_create(r, 14, 4, false, &err), 0);
    EXPECT_ERR(weaveheap_vector_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    /* offsets are int32: 2^31 data bytes is one too many */
    CHECK_EQ_HEX(weaveheap_var_vector_create(r, 4, (uint64_t)INT32_MAX + 1, false, false, &err), 0);
    EXPECT_ERR_MSG(weaveheap_var_vector_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "int32");
    CHECK_EQ_HEX(weaveheap_var_vector_create(r, WEAVEHEAP_MAX_SIZE + 1, 4, false, false, &err), 0);
    EXPECT_ERR(weaveheap_var_vector_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    CHECK_EQ_HEX(weaveheap_var_vector_create(r, 4, UINT64_MAX, false, true, &err), 0);
    EXPECT_ERR(weaveheap_var_vector_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    /* sizes in 64 bits: 2^48 values need 2^50 bytes of offsets (a wrap on wasm32) */
    CHECK_EQ_HEX(weaveheap_var_vector_create(r, WEAVEHEAP_MAX_SIZE, 0, true, true, &err), 0);
    EXPECT_ERR_MSG(weaveheap_var_vector_create, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "maximum");
    CHECK_EQ_HEX(weaveheap_var_vector_create(r, (1ull << 30) - 1, 0, false, true, &err), 0);
    EXPECT_ERR(weaveheap_var_vector_create, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY); /* 4 GiB: the byte limit */
    CHECK_EQ_HEX(weaveheap_var_vector_create(r, 4, INT32_MAX, false, false, &err), 0);
    EXPECT_ERR(weaveheap_var_vector_create, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY); /* the byte limit */
    weaveheap_stats s1 = wh_region_stats(r);
    CHECK_EQ_U64(s1.allocations, s0.allocations);
    CHECK_EQ_U64(s1.bytes_live, s0.bytes_live);
    /* the largest that the limit allows is made */
    weaveheap_var_vector_t v = var(r, UTF8, 1000, (1 << 20) - 64 - 4032, false);
    CHECK_EQ_U64(weaveheap_var_vector_data_capacity(v, &err), (1 << 20) - 64 - 4032);
    /* no memory for a copy out: nothing counted */
    put(v, "abc");
    weaveheap_stats s2 = wh_region_stats(r);
    uint64_t n = 7;
    weaveheap__test_fail_nth_alloc(1);
    CHECK_TRUE(weaveheap_var_vector_get(v, 0, &n, &err) == NULL);
    weaveheap__test_fail_nth_alloc(0);
    EXPECT_ERR(weaveheap_var_vector_get, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    CHECK_EQ_U64(n, 7);
    weaveheap_stats s3 = wh_region_stats(r);
    CHECK_EQ_STATS(&s3, &s2);
    /* region handles: stale, reused, forged, of another kind */
    wh_destroy(r);
    CHECK_EQ_HEX(weaveheap_var_vector_create(r, 4, 4, false, false, &err), 0);
    EXPECT_ERR(weaveheap_var_vector_create, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    CHECK_EQ_HEX(weaveheap_var_vector_create(r, 4, 4, false, true, &err), 0);
    EXPECT_ERR(weaveheap_var_vector_create, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    weaveheap_region_t again = wh_region(NULL); /* takes the record back: the old handle is reused */
    CHECK_EQ_HEX(weaveheap_var_vector_create(r, 4, 4, false, false, &err), 0);
    EXPECT_ERR(weaveheap_var_vector_create, &err, WEAVEHEAP_ERR_REUSED_HANDLE);
    CHECK_EQ_HEX(weaveheap_var_vector_create(0, 4, 4, false, false, &err), 0);
    EXPECT_ERR(weaveheap_var_vector_create, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    CHECK_EQ_HEX(weaveheap_var_vector_create(r, 4, 4, false, true, &err), 0);
    EXPECT_ERR(weaveheap_var_vector_create, &err, WEAVEHEAP_ERR_REUSED_HANDLE);
    CHECK_EQ_HEX(weaveheap_var_vector_create(0, 4, 4, false, true, &err), 0);
    EXPECT_ERR(weaveheap_var_vector_create, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    weaveheap_var_vector_t w = var(again, UTF8, 1, 1, false);
    CHECK_EQ_HEX(weaveheap_var_vector_create(w, 4, 4, false, true, &err), 0);
    EXPECT_ERR(weaveheap_var_vector_create, &err, WEAVEHEAP_ERR_WRONG_KIND);
    CHECK_EQ_HEX(weaveheap_var_vector_create(w, 4, 4, false, false, &err), 0);
    EXPECT_ERR(weaveheap_var_vector_create, &err, WEAVEHEAP_ERR_WRONG_KIND);
    wh_destroy(again);
}

/* The spec's checks on an exported variable-size array, values included. */
static void check_export(const struct ArrowArray* a, const char* data, uint64_t data_len, const int32_t* offsets,
                         int64_t n, int64_t nulls, const void* at) {
    CHECK_EQ_I64(a->length, n);
    CHECK_EQ_I64(a->null_count, nulls);
    CHECK_EQ_I64(a->offset, 0);
    REQUIRE_EQ_U64(a->n_buffers, 3);
    CHECK_EQ_I64(a->n_children, 0);
    CHECK_EQ_MEM(a->buffers[1], offsets, (size_t)(n + 1) * 4);
    CHECK_EQ_PTR(a->buffers[2], at); /* the data bytes in place */
    CHECK_EQ_MEM(a->buffers[2], data, data_len);
}

static void arrow_export_in_place(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_var_vector_t u = var(r, UTF8, 4, 64, true);
    put(u, "one");
    weaveheap_var_vector_append_null(u, &err);
    put(u, "three");
    weaveheap_var_vector_t z = var(r, BINARY, 4, 64, false);
    put(z, "xy");
    put(z, "");
    put(z, "z");
    weaveheap_view uv = wh_view_of(u), zv = wh_view_of(z);
    weaveheap_stats s0 = wh_region_stats(r);
    struct ArrowSchema s;
    struct ArrowArray a;
    weaveheap_var_vector_export_arrow(u, (uint8_t*)&s, (uint8_t*)&a, &err);
    EXPECT_OK(weaveheap_var_vector_export_arrow, &err);
    CHECK_EQ_STR(s.format, "u");
    CHECK_EQ_I64(s.flags, ARROW_FLAG_NULLABLE);
    check_export(&a, "onethree", 8, (const int32_t[]){0, 3, 3, 8}, 3, 1, uv.data);
    REQUIRE_NE_PTR(a.buffers[0], NULL);
    CHECK_EQ_U64(((const uint8_t*)a.buffers[0])[0] & 7u, 5u); /* valid, null, valid */
    /* the export holds the vector */
    weaveheap_var_vector_append(u, (const uint8_t*)"x", 1, &err);
    EXPECT_ERR(weaveheap_var_vector_append, &err, WEAVEHEAP_ERR_BORROWED);
    a.release(&a);
    s.release(&s);
    put(u, "four");
    weaveheap_var_vector_export_arrow(z, (uint8_t*)&s, (uint8_t*)&a, &err);
    EXPECT_OK(weaveheap_var_vector_export_arrow, &err);
    CHECK_EQ_STR(s.format, "z");
    CHECK_EQ_I64(s.flags, 0);
    check_export(&a, "xyz", 3, (const int32_t[]){0, 2, 2, 3}, 3, 0, zv.data);
    CHECK_EQ_PTR(a.buffers[0], NULL);
    a.release(&a);
    s.release(&s);
    CHECK_EQ_U64(wh_region_stats(r).copies, s0.copies + 1); /* "four" only: the exports copy nothing */
    /* as batch columns: the struct's children are the same buffers */
    weaveheap_var_vector_t z2 = var(r, BINARY, 4, 64, false);
    put(z2, "a");
    put(z2, "b");
    put(z2, "c");
    put(z2, "d");
    weaveheap_batch_t b = weaveheap_batch_create(r, 2, &err);
    EXPECT_OK(weaveheap_batch_create, &err);
    weaveheap_batch_add_column(b, (const uint8_t*)"s", 1, u, &err);
    EXPECT_OK(weaveheap_batch_add_column, &err);
    weaveheap_batch_add_column(b, (const uint8_t*)"z", 1, z2, &err);
    EXPECT_OK(weaveheap_batch_add_column, &err);
    weaveheap_batch_export_arrow(b, (uint8_t*)&s, (uint8_t*)&a, &err);
    EXPECT_OK(weaveheap_batch_export_arrow, &err);
    REQUIRE_EQ_U64(a.n_children, 2);
    CHECK_EQ_STR(s.children[0]->format, "u");
    CHECK_EQ_STR(s.children[1]->format, "z");
    check_export(a.children[0], "onethreefour", 12, (const int32_t[]){0, 3, 3, 8, 12}, 4, 1, uv.data);
    check_export(a.children[1], "abcd", 4, (const int32_t[]){0, 1, 2, 3, 4}, 4, 0, wh_view_of(z2).data);
    a.release(&a);
    s.release(&s);
    weaveheap_batch_release(b, &err);
    EXPECT_OK(weaveheap_batch_release, &err);
    wh_destroy(r);
}

static void borrows_and_export_refusals(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_var_vector_t v = var(r, UTF8, 4, 16, true);
    put(v, "abc");
    uint8_t dst[4];
    weaveheap_var_vector_is_valid(v, 1, &err);
    EXPECT_ERR(weaveheap_var_vector_is_valid, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
    weaveheap_var_vector_read(v, 1, dst, 3, &err); /* 1 + 3 > 3 data bytes */
    EXPECT_ERR(weaveheap_var_vector_read, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
    weaveheap_var_vector_read(v, 0, NULL, 1, &err);
    EXPECT_ERR(weaveheap_var_vector_read, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    struct ArrowSchema s, s0;
    struct ArrowArray a, a0;
    memset(&s, 0xab, sizeof s);
    memset(&a, 0xab, sizeof a);
    s0 = s;
    a0 = a;
    weaveheap_stats g0 = wh_global_stats();
    int64_t live0 = weaveheap__test_live_allocs();
    weaveheap_var_vector_export_arrow(v, NULL, (uint8_t*)&a, &err);
    EXPECT_ERR_MSG(weaveheap_var_vector_export_arrow, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "schema");
    weaveheap__test_fail_nth_alloc(1);
    weaveheap_var_vector_export_arrow(v, (uint8_t*)&s, (uint8_t*)&a, &err);
    weaveheap__test_fail_nth_alloc(0);
    EXPECT_ERR(weaveheap_var_vector_export_arrow, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    /* a unique view out: no export, no copy out, no change */
    weaveheap_view view;
    weaveheap_borrow_t t = weaveheap_borrow_unique(v, &view, &err);
    EXPECT_OK(weaveheap_borrow_unique, &err);
    CHECK_TRUE(!view.writable); /* a column changes through its functions only */
    weaveheap_var_vector_export_arrow(v, (uint8_t*)&s, (uint8_t*)&a, &err);
    EXPECT_ERR(weaveheap_var_vector_export_arrow, &err, WEAVEHEAP_ERR_BORROW_CONFLICT);
    weaveheap_var_vector_read(v, 0, dst, 1, &err);
    EXPECT_ERR(weaveheap_var_vector_read, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_var_vector_append_null(v, &err);
    EXPECT_ERR(weaveheap_var_vector_append_null, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_var_vector_release(v, &err);
    EXPECT_ERR(weaveheap_var_vector_release, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_region_reset(r, &err);
    EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_borrow_release(t, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    CHECK_EQ_MEM(&s, &s0, sizeof s);
    CHECK_EQ_MEM(&a, &a0, sizeof a);
    CHECK_EQ_I64(weaveheap__test_live_allocs(), live0);
    weaveheap_stats g1 = wh_global_stats();
    CHECK_EQ_U64(g1.borrows_active, g0.borrows_active);
    CHECK_EQ_U64(g1.copies, g0.copies);
    CHECK_EQ_U64(weaveheap_var_vector_length(v, &err), 1);
    /* an export holds the column until its release; a second release does nothing */
    weaveheap_var_vector_export_arrow(v, (uint8_t*)&s, (uint8_t*)&a, &err);
    EXPECT_OK(weaveheap_var_vector_export_arrow, &err);
    weaveheap_var_vector_release(v, &err);
    EXPECT_ERR(weaveheap_var_vector_release, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_region_reset(r, &err);
    EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_BORROWED);
    void (*release)(struct ArrowArray*) = a.release;
    a.release(&a);
    release(&a);
    s.release(&s);
    CHECK_EQ_U64(wh_global_stats().borrows_active, g0.borrows_active);
    weaveheap_var_vector_read(v, 0, dst, 3, &err);
    EXPECT_OK(weaveheap_var_vector_read, &err);
    CHECK_EQ_MEM(dst, "abc", 3);
    weaveheap_var_vector_release(v, &err);
    EXPECT_OK(weaveheap_var_vector_release, &err);
    weaveheap_region_reset(r, &err);
    EXPECT_OK(weaveheap_region_reset, &err);
    wh_destroy(r);
}

static const wh_test tests[] = {
    {"views and exports hold the column; refusals change nothing", borrows_and_export_refusals},
    {"utf8 and binary values round-trip, in place and copied", strings_round_trip},
    {"refused values (UTF-8, sizes, kinds, borrows) change nothing", value_refusals_change_nothing},
    {"bad types, int32 offsets, absurd sizes in 64 bits, byte limit", bad_types_and_sizes},
    {"Arrow export of utf8 and binary, alone and in a batch, in place", arrow_export_in_place},
    {NULL, NULL},
};
const wh_suite wh_suite_varcolumns = {"varcolumns", tests};
