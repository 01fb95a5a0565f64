/* Vectors: types, append/extend/set/get, nulls, counters, the borrow rules,
 * every refusal (with nothing changed), and the Arrow C Data export read
 * through the spec's structs alone. Stale, reused, forged and wrong-kind
 * vector handles are in test_handles.c. */
#include <float.h>
#include <math.h>
#include <string.h>

#include "check.h"
#include "testing.h"

#include "arrow_spec.h"

static weaveheap_vector_t vec(weaveheap_region_t r, weaveheap_element_type t, uint64_t cap, bool nullable) {
    weaveheap_error err = {0};
    weaveheap_vector_t v = weaveheap_vector_create(r, t, cap, nullable, &err);
    EXPECT_OK(weaveheap_vector_create, &err);
    REQUIRE_NE_HEX(v, 0);
    return v;
}

static weaveheap_borrow_t view_of(weaveheap_vector_t v, bool unique, weaveheap_view* out) {
    weaveheap_error err = {0};
    weaveheap_borrow_t t = unique ? weaveheap_borrow_unique(v, out, &err) : weaveheap_borrow_shared(v, out, &err);
    EXPECT_OK(weaveheap_borrow_shared, &err);
    REQUIRE_NE_HEX(t, 0);
    return t;
}

static void unview(weaveheap_borrow_t t) {
    weaveheap_error err = {0};
    weaveheap_borrow_release(t, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
}

static void every_type_round_trips(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    static const struct {
        weaveheap_element_type type;
        int64_t lo, hi;  /* the extremes append takes */
        unsigned width;  /* bytes per value; 0: bits */
    } cases[] = {
        {WEAVEHEAP_ELEMENT_TYPE_INT8, INT8_MIN, INT8_MAX, 1},
        {WEAVEHEAP_ELEMENT_TYPE_INT16, INT16_MIN, INT16_MAX, 2},
        {WEAVEHEAP_ELEMENT_TYPE_INT32, INT32_MIN, INT32_MAX, 4},
        {WEAVEHEAP_ELEMENT_TYPE_INT64, INT64_MIN, INT64_MAX, 8},
        {WEAVEHEAP_ELEMENT_TYPE_UINT8, 0, UINT8_MAX, 1},
        {WEAVEHEAP_ELEMENT_TYPE_UINT16, 0, UINT16_MAX, 2},
        {WEAVEHEAP_ELEMENT_TYPE_UINT32, 0, UINT32_MAX, 4},
        {WEAVEHEAP_ELEMENT_TYPE_UINT64, 0, INT64_MAX, 8},
        {WEAVEHEAP_ELEMENT_TYPE_BOOLEAN, 0, 1, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        weaveheap_vector_t v = vec(r, cases[i].type, 3, false);
        CHECK_EQ_I64(weaveheap_vector_element_type(v, &err), cases[i].type);
        EXPECT_OK(weaveheap_vector_element_type, &err);
        CHECK_EQ_U64(weaveheap_vector_capacity(v, &err), 3);
        EXPECT_OK(weaveheap_vector_capacity, &err);
        weaveheap_vector_append(v, cases[i].lo, &err);
        EXPECT_OK(weaveheap_vector_append, &err);
        weaveheap_vector_append(v, cases[i].hi, &err);
        EXPECT_OK(weaveheap_vector_append, &err);
        /* one past each end is refused, and appends nothing */
        if (cases[i].lo > INT64_MIN) {
            weaveheap_vector_append(v, cases[i].lo - 1, &err);
            EXPECT_ERR_MSG(weaveheap_vector_append, &err, WEAVEHEAP_ERR_OUT_OF_RANGE, "does not fit");
        }
        if (cases[i].hi < INT64_MAX) {
            weaveheap_vector_append(v, cases[i].hi + 1, &err);
            EXPECT_ERR(weaveheap_vector_append, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
        }
        CHECK_EQ_U64(weaveheap_vector_length(v, &err), 2);
        EXPECT_OK(weaveheap_vector_length, &err);
        CHECK_EQ_I64(weaveheap_vector_get(v, 0, &err), cases[i].lo);
        EXPECT_OK(weaveheap_vector_get, &err);
        CHECK_EQ_I64(weaveheap_vector_get(v, 1, &err), cases[i].hi);
        EXPECT_OK(weaveheap_vector_get, &err);
        weaveheap_vector_set(v, 0, cases[i].hi, &err);
        EXPECT_OK(weaveheap_vector_set, &err);
        CHECK_EQ_I64(weaveheap_vector_get(v, 0, &err), cases[i].hi);
        EXPECT_OK(weaveheap_vector_get, &err);
        /* the view is the value bytes so far, in the machine's order */
        weaveheap_view view;
        weaveheap_borrow_t t = view_of(v, false, &view);
        CHECK_EQ_U64(view.length, cases[i].width ? 2 * cases[i].width : 1);
        CHECK_TRUE(!view.writable);
        CHECK_TRUE((uintptr_t)view.data % 64 == 0); /* Arrow's recommended alignment */
        if (cases[i].width) {
            int64_t hi = cases[i].hi;
            CHECK_EQ_MEM(view.data + cases[i].width, &hi, cases[i].width); /* little endian host */
        } else {
            CHECK_EQ_U64(view.data[0], 3); /* bits 0 and 1 */
        }
        unview(t);
        weaveheap_vector_release(v, &err);
        EXPECT_OK(weaveheap_vector_release, &err);
    }
    wh_destroy(r);
}

static void floats_go_in_by_extend(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_vector_t v = vec(r, WEAVEHEAP_ELEMENT_TYPE_FLOAT64, 8, false);
    const double xs[] = {1.5, -2.25, 1e300};
    weaveheap_stats s0 = wh_region_stats(r);
    weaveheap_vector_extend(v, (const uint8_t*)xs, sizeof xs, &err);
    EXPECT_OK(weaveheap_vector_extend, &err);
    weaveheap_stats s1 = wh_region_stats(r);
    CHECK_EQ_U64(s1.copies, s0.copies + 1); /* extend copies, once */
    CHECK_EQ_U64(s1.copy_bytes, s0.copy_bytes + sizeof xs);
    double back[3];
    weaveheap_vector_read(v, 0, (uint8_t*)back, sizeof back, &err);
    EXPECT_OK(weaveheap_vector_read, &err);
    CHECK_EQ_MEM(back, xs, sizeof xs);
    /* integers are the wrong type for floats */
    weaveheap_vector_append(v, 1, &err);
    EXPECT_ERR_MSG(weaveheap_vector_append, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "float64");
    weaveheap_vector_set(v, 0, 1, &err);
    EXPECT_ERR(weaveheap_vector_set, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    CHECK_EQ_I64(weaveheap_vector_get(v, 0, &err), 0);
    EXPECT_ERR(weaveheap_vector_get, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    /* a part of a value, and more than the room left */
    weaveheap_vector_extend(v, (const uint8_t*)xs, 7, &err);
    EXPECT_ERR_MSG(weaveheap_vector_extend, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "whole number");
    double many[6] = {0};
    weaveheap_vector_extend(v, (const uint8_t*)many, sizeof many, &err);
    EXPECT_ERR(weaveheap_vector_extend, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
    weaveheap_vector_extend(v, NULL, 8, &err);
    EXPECT_ERR(weaveheap_vector_extend, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    CHECK_EQ_U64(weaveheap_vector_length(v, &err), 3); /* nothing appended by the refusals */
    EXPECT_OK(weaveheap_vector_length, &err);
    weaveheap_stats s2 = wh_region_stats(r);
    CHECK_EQ_U64(s2.copies, s1.copies + 1); /* the read only */
    /* reads past the values, and to NULL */
    weaveheap_vector_read(v, 8, (uint8_t*)back, 24, &err);
    EXPECT_ERR(weaveheap_vector_read, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
    weaveheap_vector_read(v, 0, NULL, 8, &err);
    EXPECT_ERR(weaveheap_vector_read, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    /* booleans: one byte per value, 0 or 1 */
    weaveheap_vector_t b = vec(r, WEAVEHEAP_ELEMENT_TYPE_BOOLEAN, 20, false);
    const uint8_t bits[] = {1, 0, 1, 1, 0, 0, 0, 0, 1, 1};
    weaveheap_vector_extend(b, bits, sizeof bits, &err);
    EXPECT_OK(weaveheap_vector_extend, &err);
    const uint8_t bad[] = {1, 2};
    weaveheap_vector_extend(b, bad, sizeof bad, &err);
    EXPECT_ERR_MSG(weaveheap_vector_extend, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "not a boolean");
    CHECK_EQ_U64(weaveheap_vector_length(b, &err), 10);
    EXPECT_OK(weaveheap_vector_length, &err);
    uint8_t packed[2];
    weaveheap_vector_read(b, 0, packed, 2, &err);
    EXPECT_OK(weaveheap_vector_read, &err);
    CHECK_EQ_U64(packed[0], 0x0d); /* LSB first: 1,0,1,1 */
    CHECK_EQ_U64(packed[1], 0x03);
    wh_destroy(r);
}

/* append_f64 / set_f64 / get_f64: float32 and float64 only, float32 range
 * checked, NaN and infinities kept, every refusal changes nothing. */
static void floats_by_value(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_vector_t d = vec(r, WEAVEHEAP_ELEMENT_TYPE_FLOAT64, 4, true);
    weaveheap_stats s0 = wh_region_stats(r);
    weaveheap_vector_append_f64(d, 0.1, &err);
    EXPECT_OK(weaveheap_vector_append_f64, &err);
    weaveheap_vector_append_f64(d, -INFINITY, &err);
    EXPECT_OK(weaveheap_vector_append_f64, &err);
    weaveheap_vector_append_null(d, &err);
    EXPECT_OK(weaveheap_vector_append_null, &err);
    CHECK_EQ_F64(weaveheap_vector_get_f64(d, 0, &err), 0.1);
    EXPECT_OK(weaveheap_vector_get_f64, &err);
    CHECK_EQ_F64(weaveheap_vector_get_f64(d, 1, &err), -INFINITY);
    CHECK_EQ_F64(weaveheap_vector_get_f64(d, 2, &err), 0.0); /* a null reads as 0 */
    /* the bytes are the double's, in place */
    weaveheap_view view;
    weaveheap_borrow_t t = view_of(d, false, &view);
    double first;
    memcpy(&first, view.data, 8);
    CHECK_EQ_F64(first, 0.1);
    weaveheap_vector_set_f64(d, 0, 2.5, &err); /* borrowed: refused */
    EXPECT_ERR(weaveheap_vector_set_f64, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_vector_append_f64(d, 2.5, &err);
    EXPECT_ERR(weaveheap_vector_append_f64, &err, WEAVEHEAP_ERR_BORROWED);
    CHECK_EQ_F64(weaveheap_vector_get_f64(d, 0, &err), 0.1); /* a shared borrow: reads are fine */
    EXPECT_OK(weaveheap_vector_get_f64, &err);
    unview(t);
    t = view_of(d, true, &view); /* a unique borrow: even reads are refused */
    CHECK_EQ_F64(weaveheap_vector_get_f64(d, 0, &err), 0.0);
    EXPECT_ERR(weaveheap_vector_get_f64, &err, WEAVEHEAP_ERR_BORROWED);
    unview(t);
    /* set_f64 marks a null valid */
    weaveheap_vector_set_f64(d, 2, NAN, &err);
    EXPECT_OK(weaveheap_vector_set_f64, &err);
    CHECK_TRUE(isnan(weaveheap_vector_get_f64(d, 2, &err)));
    CHECK_EQ_U64(weaveheap_vector_null_count(d, &err), 0);
    CHECK_TRUE(weaveheap_vector_is_valid(d, 2, &err));
    weaveheap_vector_set_f64(d, 3, 1.0, &err); /* past the length */
    EXPECT_ERR(weaveheap_vector_set_f64, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
    weaveheap_vector_get_f64(d, 3, &err);
    EXPECT_ERR(weaveheap_vector_get_f64, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
    weaveheap_vector_append_f64(d, 4.0, &err);
    EXPECT_OK(weaveheap_vector_append_f64, &err);
    weaveheap_vector_append_f64(d, 5.0, &err); /* full */
    EXPECT_ERR(weaveheap_vector_append_f64, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
    CHECK_EQ_U64(weaveheap_vector_length(d, &err), 4);
    CHECK_EQ_F64(weaveheap_vector_get_f64(d, 3, &err), 4.0);
    weaveheap_stats s1 = wh_region_stats(r);
    CHECK_EQ_U64(s1.copies, s0.copies); /* by value: no copy counted */
    /* float32: rounded to the nearest float, widened back exactly */
    weaveheap_vector_t f = vec(r, WEAVEHEAP_ELEMENT_TYPE_FLOAT32, 4, false);
    weaveheap_vector_append_f64(f, 0.1, &err);
    EXPECT_OK(weaveheap_vector_append_f64, &err);
    CHECK_EQ_F64(weaveheap_vector_get_f64(f, 0, &err), (double)0.1f);
    weaveheap_vector_append_f64(f, (double)FLT_MAX, &err);
    EXPECT_OK(weaveheap_vector_append_f64, &err);
    weaveheap_vector_append_f64(f, INFINITY, &err);
    EXPECT_OK(weaveheap_vector_append_f64, &err);
    CHECK_EQ_F64(weaveheap_vector_get_f64(f, 2, &err), INFINITY);
    weaveheap_vector_append_f64(f, 1e39, &err); /* finite, past float32 */
    EXPECT_ERR_MSG(weaveheap_vector_append_f64, &err, WEAVEHEAP_ERR_OUT_OF_RANGE, "float32");
    weaveheap_vector_set_f64(f, 0, -1e39, &err);
    EXPECT_ERR(weaveheap_vector_set_f64, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
    CHECK_EQ_U64(weaveheap_vector_length(f, &err), 3);
    CHECK_EQ_F64(weaveheap_vector_get_f64(f, 0, &err), (double)0.1f);
    /* integer and boolean vectors refuse floats: the wrong type */
    weaveheap_vector_t i = vec(r, WEAVEHEAP_ELEMENT_TYPE_INT32, 4, false);
    weaveheap_vector_append(i, 7, &err);
    EXPECT_OK(weaveheap_vector_append, &err);
    weaveheap_vector_append_f64(i, 1.0, &err);
    EXPECT_ERR_MSG(weaveheap_vector_append_f64, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "int32");
    weaveheap_vector_set_f64(i, 0, 1.0, &err);
    EXPECT_ERR(weaveheap_vector_set_f64, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    CHECK_EQ_F64(weaveheap_vector_get_f64(i, 0, &err), 0.0);
    EXPECT_ERR(weaveheap_vector_get_f64, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    CHECK_EQ_U64(weaveheap_vector_length(i, &err), 1);
    CHECK_EQ_I64(weaveheap_vector_get(i, 0, &err), 7);
    weaveheap_vector_t b = vec(r, WEAVEHEAP_ELEMENT_TYPE_BOOLEAN, 4, false);
    weaveheap_vector_append_f64(b, 1.0, &err);
    EXPECT_ERR(weaveheap_vector_append_f64, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    CHECK_EQ_U64(weaveheap_vector_length(b, &err), 0);
    EXPECT_OK(weaveheap_vector_length, &err);
    wh_destroy(r);
}

static void uint64_above_i64_and_indexes(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_vector_t v = vec(r, WEAVEHEAP_ELEMENT_TYPE_UINT64, 2, false);
    const uint64_t big = UINT64_MAX;
    weaveheap_vector_extend(v, (const uint8_t*)&big, 8, &err);
    EXPECT_OK(weaveheap_vector_extend, &err);
    CHECK_EQ_I64(weaveheap_vector_get(v, 0, &err), 0);
    EXPECT_ERR_MSG(weaveheap_vector_get, &err, WEAVEHEAP_ERR_OUT_OF_RANGE, "does not fit an i64");
    CHECK_EQ_I64(weaveheap_vector_get(v, 1, &err), 0);
    EXPECT_ERR_MSG(weaveheap_vector_get, &err, WEAVEHEAP_ERR_OUT_OF_RANGE, "past its length");
    weaveheap_vector_set(v, 1, 5, &err);
    EXPECT_ERR(weaveheap_vector_set, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
    CHECK_TRUE(!weaveheap_vector_is_valid(v, 1, &err));
    EXPECT_ERR(weaveheap_vector_is_valid, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
    CHECK_TRUE(weaveheap_vector_is_valid(v, 0, &err)); /* not nullable: always valid */
    EXPECT_OK(weaveheap_vector_is_valid, &err);
    weaveheap_vector_append(v, 7, &err);
    EXPECT_OK(weaveheap_vector_append, &err);
    weaveheap_vector_append(v, 8, &err); /* full */
    EXPECT_ERR_MSG(weaveheap_vector_append, &err, WEAVEHEAP_ERR_OUT_OF_RANGE, "capacity 2");
    weaveheap_vector_append_null(v, &err);
    EXPECT_ERR_MSG(weaveheap_vector_append_null, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "without nullable");
    wh_destroy(r);
}

static void nulls_and_the_validity_bitmap(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_vector_t v = vec(r, WEAVEHEAP_ELEMENT_TYPE_INT32, 3, true);
    weaveheap_vector_append(v, 10, &err);
    EXPECT_OK(weaveheap_vector_append, &err);
    weaveheap_vector_append_null(v, &err);
    EXPECT_OK(weaveheap_vector_append_null, &err);
    weaveheap_vector_append(v, 30, &err);
    EXPECT_OK(weaveheap_vector_append, &err);
    weaveheap_vector_append_null(v, &err);
    EXPECT_ERR(weaveheap_vector_append_null, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
    CHECK_EQ_U64(weaveheap_vector_null_count(v, &err), 1);
    EXPECT_OK(weaveheap_vector_null_count, &err);
    CHECK_TRUE(!weaveheap_vector_is_valid(v, 1, &err));
    EXPECT_OK(weaveheap_vector_is_valid, &err);
    CHECK_EQ_I64(weaveheap_vector_get(v, 1, &err), 0); /* a null reads as 0 */
    EXPECT_OK(weaveheap_vector_get, &err);
    weaveheap_vector_set(v, 1, 20, &err); /* a set makes it valid */
    EXPECT_OK(weaveheap_vector_set, &err);
    CHECK_EQ_U64(weaveheap_vector_null_count(v, &err), 0);
    EXPECT_OK(weaveheap_vector_null_count, &err);
    CHECK_TRUE(weaveheap_vector_is_valid(v, 1, &err));
    EXPECT_OK(weaveheap_vector_is_valid, &err);
    wh_destroy(r);
}

static void counters_are_exact(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_stats s0 = wh_region_stats(r);
    /* 64 header + 100 * 4 values rounded to 448 + a 13-byte bitmap rounded to 64 */
    weaveheap_vector_t v = vec(r, WEAVEHEAP_ELEMENT_TYPE_FLOAT32, 100, true);
    weaveheap_stats s1 = wh_region_stats(r);
    CHECK_EQ_U64(s1.allocations, s0.allocations + 1);
    CHECK_EQ_U64(s1.bytes_allocated, s0.bytes_allocated + 64 + 448 + 64);
    CHECK_EQ_U64(s1.bytes_live, s0.bytes_live + 64 + 448 + 64);
    CHECK_EQ_U64(s1.copies, s0.copies);
    weaveheap_vector_release(v, &err);
    EXPECT_OK(weaveheap_vector_release, &err);
    weaveheap_stats s2 = wh_region_stats(r);
    CHECK_EQ_U64(s2.bytes_live, s0.bytes_live);
    CHECK_EQ_U64(s2.releases, s0.releases + 1);
    /* a vector larger than half a chunk gets a chunk of its own, given back at release */
    uint64_t reserved = s2.bytes_reserved;
    v = vec(r, WEAVEHEAP_ELEMENT_TYPE_INT64, 1 << 20, false);
    CHECK_LT_U64(reserved + (8u << 20), wh_region_stats(r).bytes_reserved + 1);
    weaveheap_view view;
    weaveheap_borrow_t t = view_of(v, false, &view);
    CHECK_EQ_U64(view.length, 0); /* empty, but an address */
    CHECK_TRUE(view.data != NULL);
    unview(t);
    weaveheap_vector_release(v, &err);
    EXPECT_OK(weaveheap_vector_release, &err);
    CHECK_EQ_U64(wh_region_stats(r).bytes_reserved, reserved);
    CHECK_EQ_U64(wh_region_stats(r).bytes_live, s0.bytes_live);
    wh_destroy(r);
}

static void bad_types_and_capacities(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(&(weaveheap_region_options){.byte_limit = 1 << 20});
    weaveheap_stats s0 = wh_region_stats(r);
    CHECK_EQ_HEX(weaveheap_vector_create(r, 0, 4, false, &err), 0);
    EXPECT_ERR_MSG(weaveheap_vector_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "element type 0");
    CHECK_EQ_HEX(weaveheap_vector_create(r, 12, 4, false, &err), 0);
    EXPECT_ERR(weaveheap_vector_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    CHECK_EQ_HEX(weaveheap_vector_create(r, -1, 4, false, &err), 0);
    EXPECT_ERR(weaveheap_vector_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    CHECK_EQ_HEX(weaveheap_vector_create(r, WEAVEHEAP_ELEMENT_TYPE_INT8, WEAVEHEAP_MAX_SIZE + 1, false, &err), 0);
    EXPECT_ERR_MSG(weaveheap_vector_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "capacity");
    CHECK_EQ_HEX(weaveheap_vector_create(r, WEAVEHEAP_ELEMENT_TYPE_INT8, UINT64_MAX, false, &err), 0);
    EXPECT_ERR(weaveheap_vector_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    /* the capacity is allowed, the bytes are not: 8 * 2^48 passes max_size */
    CHECK_EQ_HEX(weaveheap_vector_create(r, WEAVEHEAP_ELEMENT_TYPE_INT64, WEAVEHEAP_MAX_SIZE, true, &err), 0);
    EXPECT_ERR_MSG(weaveheap_vector_create, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "more than the maximum");
    /* past the byte limit, sizes a 32-bit size_t would wrap */
    CHECK_EQ_HEX(weaveheap_vector_create(r, WEAVEHEAP_ELEMENT_TYPE_INT32, (1ull << 30) + 4, false, &err), 0);
    EXPECT_ERR(weaveheap_vector_create, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    weaveheap_stats s1 = wh_region_stats(r);
    CHECK_EQ_STATS(&s1, &s0);
    wh_destroy(r);
    /* as on wasm32: no request above 4 GiB gets through, and none is narrowed */
    r = wh_region(NULL);
    weaveheap__test_fail_nth_alloc(0);
    weaveheap__test_fail_above(UINT32_MAX);
    CHECK_EQ_HEX(weaveheap_vector_create(r, WEAVEHEAP_ELEMENT_TYPE_INT16, (1ull << 31) + 8, false, &err), 0);
    EXPECT_ERR(weaveheap_vector_create, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    CHECK_LE_U64((1ull << 32) + 16, weaveheap__test_largest_request());
    weaveheap__test_fail_above(0);
    wh_destroy(r);
    /* region handles: dead, reused, forged, of another kind */
    weaveheap_region_t gone = wh_region(NULL);
    wh_destroy(gone);
    CHECK_EQ_HEX(weaveheap_vector_create(gone, WEAVEHEAP_ELEMENT_TYPE_INT8, 1, false, &err), 0);
    EXPECT_ERR(weaveheap_vector_create, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    r = wh_region(NULL); /* takes the record back: the old handle is reused */
    CHECK_EQ_HEX(weaveheap_vector_create(gone, WEAVEHEAP_ELEMENT_TYPE_INT8, 1, false, &err), 0);
    EXPECT_ERR(weaveheap_vector_create, &err, WEAVEHEAP_ERR_REUSED_HANDLE);
    CHECK_EQ_HEX(weaveheap_vector_create(0, WEAVEHEAP_ELEMENT_TYPE_INT8, 1, false, &err), 0);
    EXPECT_ERR(weaveheap_vector_create, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    weaveheap_vector_t v = vec(r, WEAVEHEAP_ELEMENT_TYPE_INT8, 1, false);
    CHECK_EQ_HEX(weaveheap_vector_create(v, WEAVEHEAP_ELEMENT_TYPE_INT8, 1, false, &err), 0);
    EXPECT_ERR(weaveheap_vector_create, &err, WEAVEHEAP_ERR_WRONG_KIND);
    wh_destroy(r);
}

/* A view holds a borrow, as for buffers: the owner cannot change or release
 * the vector until it ends. */
static void borrow_rules(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_vector_t v = vec(r, WEAVEHEAP_ELEMENT_TYPE_INT16, 4, true);
    weaveheap_vector_append(v, 5, &err);
    EXPECT_OK(weaveheap_vector_append, &err);
    weaveheap_view view;
    weaveheap_borrow_t t = view_of(v, false, &view);
    weaveheap_stats s0 = wh_region_stats(r);
    weaveheap_vector_append(v, 1, &err);
    EXPECT_ERR_MSG(weaveheap_vector_append, &err, WEAVEHEAP_ERR_BORROWED, "written by its owner");
    weaveheap_vector_extend(v, (const uint8_t*)"ab", 2, &err);
    EXPECT_ERR(weaveheap_vector_extend, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_vector_append_null(v, &err);
    EXPECT_ERR(weaveheap_vector_append_null, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_vector_set(v, 0, 1, &err);
    EXPECT_ERR(weaveheap_vector_set, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_vector_release(v, &err);
    EXPECT_ERR(weaveheap_vector_release, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_stats s1 = wh_region_stats(r);
    CHECK_EQ_U64(s1.borrow_conflicts, s0.borrow_conflicts + 5);
    CHECK_EQ_I64(weaveheap_vector_get(v, 0, &err), 5); /* a shared borrow lets the owner read */
    EXPECT_OK(weaveheap_vector_get, &err);
    CHECK_EQ_U64(weaveheap_vector_length(v, &err), 1);
    EXPECT_OK(weaveheap_vector_length, &err);
    unview(t);
    /* the unique borrow: the owner may not read either; the view is read-only */
    t = view_of(v, true, &view);
    CHECK_TRUE(!view.writable);
    CHECK_EQ_I64(weaveheap_vector_get(v, 0, &err), 0);
    EXPECT_ERR_MSG(weaveheap_vector_get, &err, WEAVEHEAP_ERR_BORROWED, "unique");
    uint8_t two[2];
    weaveheap_vector_read(v, 0, two, 2, &err);
    EXPECT_ERR(weaveheap_vector_read, &err, WEAVEHEAP_ERR_BORROWED);
    unview(t);
    weaveheap_vector_release(v, &err);
    EXPECT_OK(weaveheap_vector_release, &err);
    wh_destroy(r);
}

/* -- Arrow export --------------------------------------------------------------------- */

static void arrow_export_reads_in_place(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    static const struct {
        weaveheap_element_type type;
        const char* format;
    } formats[] = {
        {WEAVEHEAP_ELEMENT_TYPE_INT8, "c"},     {WEAVEHEAP_ELEMENT_TYPE_UINT8, "C"},
        {WEAVEHEAP_ELEMENT_TYPE_INT16, "s"},    {WEAVEHEAP_ELEMENT_TYPE_UINT16, "S"},
        {WEAVEHEAP_ELEMENT_TYPE_INT32, "i"},    {WEAVEHEAP_ELEMENT_TYPE_UINT32, "I"},
        {WEAVEHEAP_ELEMENT_TYPE_INT64, "l"},    {WEAVEHEAP_ELEMENT_TYPE_UINT64, "L"},
        {WEAVEHEAP_ELEMENT_TYPE_FLOAT32, "f"},  {WEAVEHEAP_ELEMENT_TYPE_FLOAT64, "g"},
        {WEAVEHEAP_ELEMENT_TYPE_BOOLEAN, "b"},
    };
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
        weaveheap_vector_t v = vec(r, formats[i].type, 8, false);
        struct ArrowSchema s;
        struct ArrowArray a;
        weaveheap_vector_export_arrow(v, (uint8_t*)&s, (uint8_t*)&a, &err);
        EXPECT_OK(weaveheap_vector_export_arrow, &err);
        CHECK_EQ_STR(s.format, formats[i].format);
        CHECK_EQ_U64(s.flags, 0);
        CHECK_EQ_U64(a.length, 0);
        a.release(&a);
        s.release(&s);
        weaveheap_vector_release(v, &err);
        EXPECT_OK(weaveheap_vector_release, &err);
    }
    /* an int32 column with a null, read through the spec's structs alone */
    weaveheap_vector_t v = vec(r, WEAVEHEAP_ELEMENT_TYPE_INT32, 1000, true);
    for (int k = 0; k < 1000; k++) {
        if (k == 3) weaveheap_vector_append_null(v, &err);
        else weaveheap_vector_append(v, k * 7, &err);
        REQUIRE_EQ_U64(err.code, 0);
    }
    weaveheap_view view;
    weaveheap_borrow_t t = view_of(v, false, &view);
    const uint8_t* values = view.data;
    unview(t);
    weaveheap_stats g0 = wh_global_stats();
    struct ArrowSchema s;
    struct ArrowArray a;
    weaveheap_vector_export_arrow(v, (uint8_t*)&s, (uint8_t*)&a, &err);
    EXPECT_OK(weaveheap_vector_export_arrow, &err);
    weaveheap_stats g1 = wh_global_stats();
    CHECK_EQ_U64(g1.copies, g0.copies); /* no copy */
    CHECK_EQ_U64(g1.borrows_active, g0.borrows_active + 1);
    CHECK_EQ_STR(s.format, "i");
    CHECK_EQ_U64(s.flags, ARROW_FLAG_NULLABLE);
    CHECK_EQ_U64(s.n_children, 0);
    CHECK_TRUE(s.release != NULL);
    CHECK_EQ_I64(a.length, 1000);
    CHECK_EQ_I64(a.null_count, 1);
    CHECK_EQ_I64(a.offset, 0);
    REQUIRE_EQ_U64(a.n_buffers, 2);
    CHECK_EQ_I64(a.n_children, 0);
    CHECK_EQ_PTR(a.buffers[1], values); /* the vector's own memory */
    const uint8_t* validity = a.buffers[0];
    REQUIRE_NE_PTR(validity, NULL);
    CHECK_EQ_U64(validity[0], 0xf7); /* all but bit 3 */
    int32_t x;
    memcpy(&x, (const uint8_t*)a.buffers[1] + 4 * 999, 4);
    CHECK_EQ_I64(x, 999 * 7);
    /* while exported: no change, release, reset or destroy; shared views are fine */
    weaveheap_vector_append(v, 1, &err);
    EXPECT_ERR(weaveheap_vector_append, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_vector_release(v, &err);
    EXPECT_ERR(weaveheap_vector_release, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_region_reset(r, &err);
    EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_region_destroy(r, &err);
    EXPECT_ERR(weaveheap_region_destroy, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_borrow_t u = weaveheap_borrow_unique(v, &view, &err);
    EXPECT_ERR(weaveheap_borrow_unique, &err, WEAVEHEAP_ERR_BORROW_CONFLICT);
    CHECK_EQ_HEX(u, 0);
    /* a second export holds a second borrow */
    struct ArrowSchema s2;
    struct ArrowArray a2;
    weaveheap_vector_export_arrow(v, (uint8_t*)&s2, (uint8_t*)&a2, &err);
    EXPECT_OK(weaveheap_vector_export_arrow, &err);
    /* a consumer moves the struct (the spec's "move"), and releases its copy */
    struct ArrowArray moved = a;
    a.release = NULL;
    void (*release)(struct ArrowArray*) = moved.release;
    moved.release(&moved);
    CHECK_TRUE(moved.release == NULL); /* marked released */
    release(&moved);                   /* a second call is harmless */
    CHECK_EQ_U64(wh_global_stats().borrows_active, g0.borrows_active + 1);
    weaveheap_region_reset(r, &err); /* the second export still holds */
    EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_BORROWED);
    a2.release(&a2);
    s.release(&s);
    CHECK_TRUE(s.release == NULL);
    s2.release(&s2);
    CHECK_EQ_U64(wh_global_stats().borrows_active, g0.borrows_active);
    weaveheap_region_reset(r, &err); /* free once every export is released */
    EXPECT_OK(weaveheap_region_reset, &err);
    wh_destroy(r);
}

static void arrow_export_refusals(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_vector_t v = vec(r, WEAVEHEAP_ELEMENT_TYPE_UINT8, 4, false);
    struct ArrowSchema s;
    struct ArrowArray a;
    memset(&s, 0xab, sizeof s);
    memset(&a, 0xab, sizeof a);
    struct ArrowSchema s0 = s;
    struct ArrowArray a0 = a;
    weaveheap_stats g0 = wh_global_stats();
    int64_t live0 = weaveheap__test_live_allocs();
    weaveheap_vector_export_arrow(v, NULL, (uint8_t*)&a, &err);
    EXPECT_ERR_MSG(weaveheap_vector_export_arrow, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "schema");
    weaveheap_vector_export_arrow(v, (uint8_t*)&s, NULL, &err);
    EXPECT_ERR_MSG(weaveheap_vector_export_arrow, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "array");
    /* no memory for its state: nothing taken, nothing filled */
    weaveheap__test_fail_nth_alloc(1);
    weaveheap_vector_export_arrow(v, (uint8_t*)&s, (uint8_t*)&a, &err);
    weaveheap__test_fail_nth_alloc(0);
    EXPECT_ERR(weaveheap_vector_export_arrow, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    /* while the unique borrow is out */
    weaveheap_view view;
    weaveheap_borrow_t t = view_of(v, true, &view);
    weaveheap_vector_export_arrow(v, (uint8_t*)&s, (uint8_t*)&a, &err);
    EXPECT_ERR(weaveheap_vector_export_arrow, &err, WEAVEHEAP_ERR_BORROW_CONFLICT);
    unview(t);
    weaveheap_stats g1 = wh_global_stats();
    CHECK_EQ_U64(g1.borrows_active, g0.borrows_active);
    CHECK_EQ_U64(g1.borrows_taken, g0.borrows_taken + 1); /* the unique view only */
    CHECK_EQ_MEM(&s, &s0, sizeof s);
    CHECK_EQ_MEM(&a, &a0, sizeof a);
    CHECK_EQ_I64(weaveheap__test_live_allocs(), live0); /* the failed exports kept no state */
    wh_destroy(r);
}

static const wh_test tests[] = {
    {"every integer type round-trips; extremes and one past them", every_type_round_trips},
    {"floats and booleans go in by extend; wrong types refused", floats_go_in_by_extend},
    {"append_f64/set_f64/get_f64: float types only, float32 range, NaN kept", floats_by_value},
    {"uint64 above i64, indexes past the length, a full vector", uint64_above_i64_and_indexes},
    {"nulls and the validity bitmap", nulls_and_the_validity_bitmap},
    {"counters are exact; large vectors get a chunk of their own", counters_are_exact},
    {"bad types, absurd capacities, dead region handles", bad_types_and_capacities},
    {"views hold a borrow as for buffers", borrow_rules},
    {"Arrow export: formats, in place, borrow held until release", arrow_export_reads_in_place},
    {"Arrow export: refusals change nothing", arrow_export_refusals},
    {NULL, NULL},
};
const wh_suite wh_suite_vectors = {"vectors", tests};
