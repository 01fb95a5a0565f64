/* vector.resize and var_vector.resize: a new allocation in the region with
 * the values, offsets and bitmap copied (counted as one copy) and the old
 * memory given back; refused while a view, an export or a batch holds the
 * column, below the length, past the maximum size or the region's byte
 * limit, each refusal changing nothing. */
#include <string.h>

#include "arrow_spec.h"
#include "check.h"
#include "testing.h"

static weaveheap_vector_t int32s(weaveheap_region_t r, uint64_t cap, int n, bool nullable) {
    weaveheap_error err = {0};
    weaveheap_vector_t v = weaveheap_vector_create(r, WEAVEHEAP_ELEMENT_TYPE_INT32, cap, nullable, &err);
    EXPECT_OK(weaveheap_vector_create, &err);
    REQUIRE_NE_HEX(v, 0);
    for (int i = 0; i < n; i++) {
        if (nullable && i % 3 == 1) weaveheap_vector_append_null(v, &err);
        else weaveheap_vector_append(v, 100 + i, &err);
        EXPECT_OK(weaveheap_vector_append, &err);
    }
    return v;
}

/* What a refused resize must leave as it was. */
typedef struct state {
    uint64_t length, capacity, nulls;
    const uint8_t* data;
    weaveheap_stats stats;
} state;
static state vec_state(weaveheap_region_t r, weaveheap_vector_t v) {
    weaveheap_error err = {0};
    state s = {weaveheap_vector_length(v, &err), weaveheap_vector_capacity(v, &err),
               weaveheap_vector_null_count(v, &err), NULL, wh_region_stats(r)};
    return s;
}
static void same_state(state a, state b) {
    CHECK_EQ_U64(b.length, a.length);
    CHECK_EQ_U64(b.capacity, a.capacity);
    CHECK_EQ_U64(b.nulls, a.nulls);
    CHECK_EQ_U64(b.stats.allocations, a.stats.allocations);
    CHECK_EQ_U64(b.stats.releases, a.stats.releases);
    CHECK_EQ_U64(b.stats.bytes_live, a.stats.bytes_live);
    CHECK_EQ_U64(b.stats.copies, a.stats.copies);
    CHECK_EQ_U64(b.stats.borrows_active, a.stats.borrows_active);
}

static void vector_grows_and_shrinks(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_vector_t v = int32s(r, 4, 4, true);
    weaveheap_vector_append(v, 9, &err); /* full */
    EXPECT_ERR(weaveheap_vector_append, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
    const uint8_t* before = wh_view_of(v).data;
    weaveheap_stats s0 = wh_region_stats(r);
    weaveheap_vector_resize(v, 1000, &err);
    EXPECT_OK(weaveheap_vector_resize, &err);
    weaveheap_stats s1 = wh_region_stats(r);
    CHECK_EQ_U64(weaveheap_vector_capacity(v, &err), 1000);
    CHECK_EQ_U64(weaveheap_vector_length(v, &err), 4);
    CHECK_EQ_U64(weaveheap_vector_null_count(v, &err), 1);
    CHECK_TRUE(wh_view_of(v).data != before);
    CHECK_EQ_U64(wh_view_of(v).length, 16);
    /* one copy: 16 value bytes and 1 bitmap byte */
    CHECK_EQ_U64(s1.copies, s0.copies + 1);
    CHECK_EQ_U64(s1.copy_bytes, s0.copy_bytes + 17);
    /* the new memory (64 header + 4000 values rounded + 125 bitmap bytes rounded) in, the old (3 x 64) out */
    CHECK_EQ_U64(s1.allocations, s0.allocations + 1);
    CHECK_EQ_U64(s1.releases, s0.releases + 1);
    CHECK_EQ_U64(s1.bytes_live, s0.bytes_live + 64 + 4032 + 128 - 64 * 3);
    for (uint64_t i = 0; i < 4; i++) {
        CHECK_EQ_I64(weaveheap_vector_get(v, i, &err), i == 1 ? 0 : (int64_t)(100 + i));
        CHECK_EQ_I64(weaveheap_vector_is_valid(v, i, &err), i != 1);
    }
    weaveheap_vector_append(v, 7, &err);
    EXPECT_OK(weaveheap_vector_append, &err);
    weaveheap_vector_append_null(v, &err);
    EXPECT_OK(weaveheap_vector_append_null, &err);
    CHECK_EQ_I64(weaveheap_vector_get(v, 4, &err), 7);
    CHECK_TRUE(!weaveheap_vector_is_valid(v, 5, &err));
    /* shrink to the length exactly */
    weaveheap_vector_resize(v, 6, &err);
    EXPECT_OK(weaveheap_vector_resize, &err);
    CHECK_EQ_U64(weaveheap_vector_capacity(v, &err), 6);
    CHECK_EQ_I64(weaveheap_vector_get(v, 4, &err), 7);
    CHECK_EQ_U64(weaveheap_vector_null_count(v, &err), 2);
    /* the Arrow export after the move: the new memory */
    struct ArrowSchema sc;
    struct ArrowArray a;
    weaveheap_vector_export_arrow(v, (uint8_t*)&sc, (uint8_t*)&a, &err);
    EXPECT_OK(weaveheap_vector_export_arrow, &err);
    CHECK_EQ_PTR(a.buffers[1], wh_view_of(v).data);
    CHECK_EQ_I64(a.length, 6);
    CHECK_EQ_I64(a.null_count, 2);
    a.release(&a);
    sc.release(&sc);
    /* a boolean vector's bits move with it */
    weaveheap_vector_t b = weaveheap_vector_create(r, WEAVEHEAP_ELEMENT_TYPE_BOOLEAN, 9, false, &err);
    for (int i = 0; i < 9; i++) weaveheap_vector_append(b, i % 2, &err);
    weaveheap_vector_resize(b, 100, &err);
    EXPECT_OK(weaveheap_vector_resize, &err);
    for (uint64_t i = 0; i < 9; i++) CHECK_EQ_I64(weaveheap_vector_get(b, i, &err), (int64_t)(i % 2));
    weaveheap_vector_release(b, &err);
    weaveheap_vector_release(v, &err);
    EXPECT_OK(weaveheap_vector_release, &err);
    CHECK_EQ_U64(wh_region_stats(r).bytes_live, 0);
    wh_destroy(r);
}

static void vector_refusals_change_nothing(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(&(weaveheap_region_options){.byte_limit = 1 << 20});
    weaveheap_vector_t v = int32s(r, 8, 5, true);
    state s0 = vec_state(r, v);
    /* below the length */
    weaveheap_vector_resize(v, 4, &err);
    EXPECT_ERR_MSG(weaveheap_vector_resize, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "below its length 5");
    same_state(s0, vec_state(r, v));
    /* above max_size: invalid; bytes past the maximum: out_of_memory, in 64 bits */
    weaveheap_vector_resize(v, WEAVEHEAP_MAX_SIZE + 1, &err);
    EXPECT_ERR(weaveheap_vector_resize, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    weaveheap_vector_resize(v, WEAVEHEAP_MAX_SIZE, &err);
    EXPECT_ERR(weaveheap_vector_resize, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    same_state(s0, vec_state(r, v));
    /* past the region's byte limit (1 MiB): 2^20 int32 values need 4 MiB */
    weaveheap_vector_resize(v, 1u << 20, &err);
    EXPECT_ERR(weaveheap_vector_resize, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    same_state(s0, vec_state(r, v));
    /* a view, an export, a batch: borrowed, nothing moved */
    weaveheap_view view = {0};
    weaveheap_borrow_t t = weaveheap_borrow_shared(v, &view, &err);
    EXPECT_OK(weaveheap_borrow_shared, &err);
    state s1 = vec_state(r, v);
    weaveheap_vector_resize(v, 64, &err);
    EXPECT_ERR(weaveheap_vector_resize, &err, WEAVEHEAP_ERR_BORROWED);
    same_state(s1, vec_state(r, v));
    CHECK_EQ_PTR(wh_view_of(v).data, view.data);
    weaveheap_borrow_release(t, &err);
    struct ArrowSchema sc;
    struct ArrowArray a;
    weaveheap_vector_export_arrow(v, (uint8_t*)&sc, (uint8_t*)&a, &err);
    weaveheap_vector_resize(v, 64, &err);
    EXPECT_ERR(weaveheap_vector_resize, &err, WEAVEHEAP_ERR_BORROWED);
    CHECK_EQ_PTR(a.buffers[1], view.data); /* the export still reads the same memory */
    a.release(&a);
    sc.release(&sc);
    weaveheap_batch_t b = weaveheap_batch_create(r, 1, &err);
    weaveheap_batch_add_column(b, (const uint8_t*)"x", 1, v, &err);
    EXPECT_OK(weaveheap_batch_add_column, &err);
    state s2 = vec_state(r, v);
    weaveheap_vector_resize(v, 64, &err);
    EXPECT_ERR(weaveheap_vector_resize, &err, WEAVEHEAP_ERR_BORROWED);
    same_state(s2, vec_state(r, v));
    weaveheap_batch_release(b, &err);
    /* free again: it works */
    weaveheap_vector_resize(v, 64, &err);
    EXPECT_OK(weaveheap_vector_resize, &err);
    weaveheap_vector_release(v, &err);
    EXPECT_OK(weaveheap_vector_release, &err);
    wh_destroy(r);
}

static void var_vector_grows_and_refuses(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(&(weaveheap_region_options){.byte_limit = 1 << 20});
    weaveheap_var_vector_t v = weaveheap_var_vector_create(r, 2, 8, true, false, &err);
    EXPECT_OK(weaveheap_var_vector_create, &err);
    weaveheap_var_vector_append(v, (const uint8_t*)"h\xc3\xa9", 3, &err);
    weaveheap_var_vector_append_null(v, &err);
    weaveheap_var_vector_append(v, (const uint8_t*)"x", 1, &err); /* full */
    EXPECT_ERR(weaveheap_var_vector_append, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
    weaveheap_stats s0 = wh_region_stats(r);
    /* below the length or the data length: refused, nothing changed */
    weaveheap_var_vector_resize(v, 1, 100, &err);
    EXPECT_ERR(weaveheap_var_vector_resize, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    weaveheap_var_vector_resize(v, 10, 2, &err);
    EXPECT_ERR_MSG(weaveheap_var_vector_resize, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "data length 3");
    weaveheap_var_vector_resize(v, 10, (uint64_t)INT32_MAX + 1, &err);
    EXPECT_ERR(weaveheap_var_vector_resize, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    weaveheap_var_vector_resize(v, WEAVEHEAP_MAX_SIZE + 1, 8, &err);
    EXPECT_ERR(weaveheap_var_vector_resize, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    weaveheap_var_vector_resize(v, WEAVEHEAP_MAX_SIZE, 8, &err); /* 2^50 bytes of offsets */
    EXPECT_ERR(weaveheap_var_vector_resize, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    weaveheap_var_vector_resize(v, 10, 2u << 20, &err); /* past the byte limit */
    EXPECT_ERR(weaveheap_var_vector_resize, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    weaveheap_view view = {0};
    weaveheap_borrow_t t = weaveheap_borrow_shared(v, &view, &err);
    weaveheap_var_vector_resize(v, 10, 100, &err);
    EXPECT_ERR(weaveheap_var_vector_resize, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_borrow_release(t, &err);
    weaveheap_stats s1 = wh_region_stats(r);
    CHECK_EQ_U64(s1.allocations, s0.allocations);
    CHECK_EQ_U64(s1.bytes_live, s0.bytes_live);
    CHECK_EQ_U64(s1.copies, s0.copies);
    CHECK_EQ_U64(weaveheap_var_vector_capacity(v, &err), 2);
    /* grows: the values, offsets and bitmap follow */
    weaveheap_var_vector_resize(v, 10, 100, &err);
    EXPECT_OK(weaveheap_var_vector_resize, &err);
    weaveheap_stats s2 = wh_region_stats(r);
    CHECK_EQ_U64(s2.copies, s1.copies + 1);
    CHECK_EQ_U64(s2.copy_bytes, s1.copy_bytes + 3 + 3 * 4 + 1);
    CHECK_EQ_U64(s2.releases, s1.releases + 1);
    CHECK_EQ_U64(weaveheap_var_vector_capacity(v, &err), 10);
    CHECK_EQ_U64(weaveheap_var_vector_data_capacity(v, &err), 100);
    CHECK_EQ_U64(weaveheap_var_vector_data_length(v, &err), 3);
    CHECK_EQ_U64(weaveheap_var_vector_null_count(v, &err), 1);
    weaveheap_var_vector_append(v, (const uint8_t*)"xyz", 3, &err);
    EXPECT_OK(weaveheap_var_vector_append, &err);
    uint64_t n = 0;
    uint8_t* got = weaveheap_var_vector_get(v, 0, &n, &err);
    CHECK_EQ_U64(n, 3);
    CHECK_EQ_MEM(got, "h\xc3\xa9", 3);
    weaveheap_free_bytes(got, n);
    CHECK_TRUE(!weaveheap_var_vector_is_valid(v, 1, &err));
    got = weaveheap_var_vector_get(v, 2, &n, &err);
    CHECK_EQ_MEM(got, "xyz", 3);
    weaveheap_free_bytes(got, n);
    CHECK_EQ_U64(weaveheap_var_vector_value_offset(v, 2, &err), 3);
    weaveheap_var_vector_release(v, &err);
    EXPECT_OK(weaveheap_var_vector_release, &err);
    CHECK_EQ_U64(wh_region_stats(r).bytes_live, 0);
    wh_destroy(r);
}

/* A large column (a chunk of its own) moves to a chunk of its own and gives
 * its old one back; a small one moves within the chunks. */
static void large_columns_move_chunks(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_vector_t v = int32s(r, 100000, 3, false);
    weaveheap_vector_resize(v, 200000, &err);
    EXPECT_OK(weaveheap_vector_resize, &err);
    weaveheap_vector_resize(v, 16, &err); /* back into a shared chunk */
    EXPECT_OK(weaveheap_vector_resize, &err);
    for (uint64_t i = 0; i < 3; i++) CHECK_EQ_I64(weaveheap_vector_get(v, i, &err), (int64_t)(100 + i));
    weaveheap_vector_resize(v, 300000, &err);
    EXPECT_OK(weaveheap_vector_resize, &err);
    CHECK_EQ_I64(weaveheap_vector_get(v, 2, &err), 102);
    weaveheap_vector_release(v, &err);
    EXPECT_OK(weaveheap_vector_release, &err);
    CHECK_EQ_U64(wh_region_stats(r).bytes_live, 0);
    wh_destroy(r);
}

static const wh_test tests[] = {
    {"vector.resize grows and shrinks: values, nulls, export, counters", vector_grows_and_shrinks},
    {"vector.resize refusals (length, sizes, byte limit, borrows) change nothing", vector_refusals_change_nothing},
    {"var_vector.resize: data, offsets, bitmap follow; refusals change nothing", var_vector_grows_and_refuses},
    {"large columns move between chunks of their own", large_columns_move_chunks},
    {NULL, NULL},
};
const wh_suite wh_suite_resize = {"resize", tests};
