/* Record batches: columns of equal length, the borrows a batch holds, every
 * refusal (with nothing changed), and the Arrow C Data export as a struct
 * array read through the spec's structs alone. Stale, reused, forged and
 * wrong-kind batch handles are in test_handles.c. */
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

/* An int64 vector holding 0, k, 2k ... (n values). */
static weaveheap_vector_t ints(weaveheap_region_t r, uint64_t n, int64_t k) {
    weaveheap_error err = {0};
    weaveheap_vector_t v = vec(r, WEAVEHEAP_ELEMENT_TYPE_INT64, n ? n : 1, false);
    for (uint64_t i = 0; i < n; i++) {
        weaveheap_vector_append(v, (int64_t)i * k, &err);
        REQUIRE_EQ_U64(err.code, 0);
    }
    return v;
}

static weaveheap_batch_t batch(weaveheap_region_t r, uint32_t max_columns) {
    weaveheap_error err = {0};
    weaveheap_batch_t b = weaveheap_batch_create(r, max_columns, &err);
    EXPECT_OK(weaveheap_batch_create, &err);
    REQUIRE_NE_HEX(b, 0);
    return b;
}

static void add(weaveheap_batch_t b, const char* name, weaveheap_vector_t v) {
    weaveheap_error err = {0};
    weaveheap_batch_add_column(b, (const uint8_t*)name, strlen(name), v, &err);
    EXPECT_OK(weaveheap_batch_add_column, &err);
}

static const uint8_t* values_of(weaveheap_vector_t v) {
    weaveheap_error err = {0};
    weaveheap_view view;
    weaveheap_borrow_t t = weaveheap_borrow_shared(v, &view, &err);
    EXPECT_OK(weaveheap_borrow_shared, &err);
    weaveheap_borrow_release(t, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    return view.data;
}

static void columns_and_queries(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_stats s0 = wh_region_stats(r);
    weaveheap_batch_t b = batch(r, 3);
    weaveheap_stats s1 = wh_region_stats(r);
    CHECK_EQ_U64(s1.allocations, s0.allocations + 1);
    CHECK_EQ_U64(s1.bytes_live - s0.bytes_live, 32 + 3 * 80); /* its record: header and 3 columns */
    CHECK_EQ_U64(weaveheap_batch_num_columns(b, &err), 0);
    EXPECT_OK(weaveheap_batch_num_columns, &err);
    CHECK_EQ_U64(weaveheap_batch_num_rows(b, &err), 0);
    EXPECT_OK(weaveheap_batch_num_rows, &err);
    weaveheap_vector_t x = ints(r, 5, 3), y = ints(r, 5, -1);
    weaveheap_stats s2 = wh_region_stats(r);
    add(b, "x", x);
    add(b, "y\xc3\xa9", y); /* any UTF-8 */
    weaveheap_stats s3 = wh_region_stats(r);
    CHECK_EQ_U64(s3.borrows_active, s2.borrows_active + 2); /* a shared borrow of each column */
    CHECK_EQ_U64(s3.borrows_taken, s2.borrows_taken + 2);
    CHECK_EQ_U64(s3.copies, s2.copies);
    CHECK_EQ_U64(s3.allocations, s2.allocations);
    CHECK_EQ_U64(weaveheap_batch_num_columns(b, &err), 2);
    EXPECT_OK(weaveheap_batch_num_columns, &err);
    CHECK_EQ_U64(weaveheap_batch_num_rows(b, &err), 5);
    EXPECT_OK(weaveheap_batch_num_rows, &err);
    char* name = weaveheap_batch_column_name(b, 1, &err);
    EXPECT_OK(weaveheap_batch_column_name, &err);
    CHECK_EQ_STR(name, "y\xc3\xa9");
    weaveheap_free_string(name);
    CHECK_EQ_U64(wh_region_stats(r).copies, s3.copies + 1); /* the name's copy */
    CHECK_EQ_PTR(weaveheap_batch_column_name(b, 2, &err), NULL);
    EXPECT_ERR_MSG(weaveheap_batch_column_name, &err, WEAVEHEAP_ERR_OUT_OF_RANGE, "column 2");
    /* the columns are held: their owner cannot change or release them, the region not reset */
    weaveheap_vector_append(x, 1, &err);
    EXPECT_ERR(weaveheap_vector_append, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_vector_release(y, &err);
    EXPECT_ERR(weaveheap_vector_release, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_region_reset(r, &err);
    EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_BORROWED);
    CHECK_EQ_I64(weaveheap_vector_get(x, 4, &err), 12); /* reads are fine */
    EXPECT_OK(weaveheap_vector_get, &err);
    /* the same vector twice, under two names, is two borrows */
    add(b, "x again", x);
    CHECK_EQ_U64(wh_region_stats(r).borrows_active, s2.borrows_active + 3);
    /* release gives every borrow back; the vectors are their owner's again */
    weaveheap_stats s4 = wh_region_stats(r);
    weaveheap_batch_release(b, &err);
    EXPECT_OK(weaveheap_batch_release, &err);
    weaveheap_stats s5 = wh_region_stats(r);
    CHECK_EQ_U64(s5.borrows_active, s2.borrows_active);
    CHECK_EQ_U64(s5.releases, s4.releases + 1);
    CHECK_EQ_U64(s5.bytes_live, s2.bytes_live - (s1.bytes_live - s0.bytes_live));
    weaveheap_vector_append(x, 1, &err);
    EXPECT_ERR(weaveheap_vector_append, &err, WEAVEHEAP_ERR_OUT_OF_RANGE); /* full, no longer borrowed */
    weaveheap_vector_release(y, &err);
    EXPECT_OK(weaveheap_vector_release, &err);
    weaveheap_batch_num_rows(b, &err);
    EXPECT_ERR(weaveheap_batch_num_rows, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    weaveheap_region_reset(r, &err);
    EXPECT_OK(weaveheap_region_reset, &err);
    wh_destroy(r);
}

/* Calls add_column, expecting `code` with `sub` in the message, and checks
 * that nothing changed: no column, no borrow, counters but borrow_conflicts. */
static void add_refused(weaveheap_region_t r, weaveheap_batch_t b, const uint8_t* name, uint64_t len,
                        weaveheap_vector_t v, int32_t code, const char* sub) {
    weaveheap_error err = {0};
    weaveheap_stats s0 = wh_region_stats(r);
    uint64_t n0 = weaveheap_batch_num_columns(b, &err);
    EXPECT_OK(weaveheap_batch_num_columns, &err);
    weaveheap_batch_add_column(b, name, len, v, &err);
    EXPECT_ERR_MSG(weaveheap_batch_add_column, &err, code, sub);
    weaveheap_stats s1 = wh_region_stats(r);
    if (code == WEAVEHEAP_ERR_BORROW_CONFLICT || code == WEAVEHEAP_ERR_BORROWED)
        CHECK_EQ_U64(s1.borrow_conflicts, s0.borrow_conflicts + 1);
    s1.borrow_conflicts = s0.borrow_conflicts;
    CHECK_EQ_STATS(&s1, &s0);
    CHECK_EQ_U64(weaveheap_batch_num_columns(b, &err), n0);
    EXPECT_OK(weaveheap_batch_num_columns, &err);
}
#define NAME(s) (const uint8_t*)(s), sizeof(s) - 1

static void add_column_refusals(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_batch_t b = batch(r, 2);
    weaveheap_vector_t five = ints(r, 5, 1), four = ints(r, 4, 1), empty = ints(r, 0, 1);
    add(b, "five", five);
    /* inconsistent lengths, both ways, named */
    add_refused(r, b, NAME("four"), four, WEAVEHEAP_ERR_INVALID_ARGUMENT, "column 'four' has 4 values, the batch 5");
    add_refused(r, b, NAME("none"), empty, WEAVEHEAP_ERR_INVALID_ARGUMENT, "'none' has 0 values");
    /* names: empty, too long, not UTF-8, with a NUL, taken, NULL */
    add_refused(r, b, NAME(""), five, WEAVEHEAP_ERR_INVALID_ARGUMENT, "1 to 63 bytes");
    static const char long_name[65] = "0123456789012345678901234567890123456789012345678901234567890123";
    add_refused(r, b, (const uint8_t*)long_name, 64, five, WEAVEHEAP_ERR_INVALID_ARGUMENT, "1 to 63 bytes");
    add_refused(r, b, NAME("bad\xff"), five, WEAVEHEAP_ERR_INVALID_ARGUMENT, "not valid UTF-8");
    add_refused(r, b, NAME("a\0b"), five, WEAVEHEAP_ERR_INVALID_ARGUMENT, "NUL");
    add_refused(r, b, NAME("five"), five, WEAVEHEAP_ERR_INVALID_ARGUMENT, "'five' is already a column");
    add_refused(r, b, NULL, 3, five, WEAVEHEAP_ERR_INVALID_ARGUMENT, "name is NULL");
    /* a column handle that is dead, forged, of another kind, or of another region */
    weaveheap_vector_t gone = ints(r, 5, 1);
    weaveheap_vector_release(gone, &err);
    EXPECT_OK(weaveheap_vector_release, &err);
    add_refused(r, b, NAME("gone"), gone, WEAVEHEAP_ERR_STALE_HANDLE, "stale");
    add_refused(r, b, NAME("forged"), 0, WEAVEHEAP_ERR_FORGED_HANDLE, "never issued");
    add_refused(r, b, NAME("region"), r, WEAVEHEAP_ERR_WRONG_KIND, "region");
    add_refused(r, b, NAME("itself"), b, WEAVEHEAP_ERR_INVALID_ARGUMENT, "cannot hold itself"); /* a batch is a column */
    weaveheap_batch_stream_t not_column = weaveheap_batch_stream_create(r, 1, &err);
    EXPECT_OK(weaveheap_batch_stream_create, &err);
    add_refused(r, b, NAME("stream"), not_column, WEAVEHEAP_ERR_WRONG_KIND, "kind");
    weaveheap_region_t other = wh_region(NULL);
    weaveheap_vector_t far = ints(other, 5, 1);
    add_refused(r, b, NAME("far"), far, WEAVEHEAP_ERR_INVALID_ARGUMENT, "'far' (vector");
    weaveheap_region_t dead = wh_region(NULL);
    weaveheap_vector_t dead_col = ints(dead, 5, 1);
    wh_destroy(dead);
    add_refused(r, b, NAME("dead"), dead_col, WEAVEHEAP_ERR_STALE_HANDLE, "stale");
    /* a column borrowed unique */
    weaveheap_vector_t taken = ints(r, 5, 1);
    weaveheap_view view;
    weaveheap_borrow_t t = weaveheap_borrow_unique(taken, &view, &err);
    EXPECT_OK(weaveheap_borrow_unique, &err);
    add_refused(r, b, NAME("taken"), taken, WEAVEHEAP_ERR_BORROW_CONFLICT, "'taken' (vector");
    weaveheap_borrow_release(t, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    /* a full batch */
    add(b, "taken", taken);
    add_refused(r, b, NAME("third"), five, WEAVEHEAP_ERR_INVALID_ARGUMENT, "holds its 2 columns");
    /* every refusal above left the batch as it was */
    CHECK_EQ_U64(weaveheap_batch_num_rows(b, &err), 5);
    EXPECT_OK(weaveheap_batch_num_rows, &err);
    weaveheap_batch_release(b, &err);
    EXPECT_OK(weaveheap_batch_release, &err);
    CHECK_EQ_U64(wh_region_stats(r).borrows_active, 0);
    /* an empty column first: a batch of 0 rows */
    b = batch(r, 1);
    add(b, "empty", empty);
    CHECK_EQ_U64(weaveheap_batch_num_rows(b, &err), 0);
    EXPECT_OK(weaveheap_batch_num_rows, &err);
    weaveheap_batch_release(b, &err);
    EXPECT_OK(weaveheap_batch_release, &err);
    wh_destroy(other);
    wh_destroy(r);
}

static void create_refusals(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(&(weaveheap_region_options){.byte_limit = 4096});
    weaveheap_stats s0 = wh_region_stats(r);
    CHECK_EQ_HEX(weaveheap_batch_create(r, 0, &err), 0);
    EXPECT_ERR_MSG(weaveheap_batch_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "max_columns 0");
    CHECK_EQ_HEX(weaveheap_batch_create(r, 4097, &err), 0);
    EXPECT_ERR(weaveheap_batch_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    CHECK_EQ_HEX(weaveheap_batch_create(r, 4096, &err), 0); /* 327 704 bytes, past the limit */
    EXPECT_ERR(weaveheap_batch_create, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    weaveheap_stats s1 = wh_region_stats(r);
    CHECK_EQ_STATS(&s1, &s0);
    wh_destroy(r);
    weaveheap_region_t gone = wh_region(NULL);
    wh_destroy(gone);
    CHECK_EQ_HEX(weaveheap_batch_create(gone, 1, &err), 0);
    EXPECT_ERR(weaveheap_batch_create, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    r = wh_region(NULL); /* takes the record back: the old handle is reused */
    CHECK_EQ_HEX(weaveheap_batch_create(gone, 1, &err), 0);
    EXPECT_ERR(weaveheap_batch_create, &err, WEAVEHEAP_ERR_REUSED_HANDLE);
    CHECK_EQ_HEX(weaveheap_batch_create(0, 1, &err), 0);
    EXPECT_ERR(weaveheap_batch_create, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    weaveheap_vector_t v = ints(r, 1, 1);
    CHECK_EQ_HEX(weaveheap_batch_create(v, 1, &err), 0);
    EXPECT_ERR(weaveheap_batch_create, &err, WEAVEHEAP_ERR_WRONG_KIND);
    /* a large batch gets a chunk of its own, and gives it back */
    weaveheap_batch_t big = batch(r, 4096);
    weaveheap_batch_release(big, &err);
    EXPECT_OK(weaveheap_batch_release, &err);
    wh_destroy(r);
}

static void export_reads_in_place(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_batch_t b = batch(r, 3);
    weaveheap_vector_t id = ints(r, 1000, 7);
    weaveheap_vector_t score = vec(r, WEAVEHEAP_ELEMENT_TYPE_FLOAT64, 1000, false);
    weaveheap_vector_t flag = vec(r, WEAVEHEAP_ELEMENT_TYPE_INT32, 1000, true);
    for (int k = 0; k < 1000; k++) {
        double d = k * 0.5;
        weaveheap_vector_extend(score, (const uint8_t*)&d, sizeof d, &err);
        REQUIRE_EQ_U64(err.code, 0);
        if (k == 3) weaveheap_vector_append_null(flag, &err);
        else weaveheap_vector_append(flag, k % 2, &err);
        REQUIRE_EQ_U64(err.code, 0);
    }
    const uint8_t *id_values = values_of(id), *score_values = values_of(score), *flag_values = values_of(flag);
    add(b, "id", id);
    add(b, "score", score);
    add(b, "flag", flag);
    weaveheap_stats g0 = wh_global_stats();
    struct ArrowSchema s;
    struct ArrowArray a;
    weaveheap_batch_export_arrow(b, (uint8_t*)&s, (uint8_t*)&a, &err);
    EXPECT_OK(weaveheap_batch_export_arrow, &err);
    weaveheap_stats g1 = wh_global_stats();
    CHECK_EQ_U64(g1.copies, g0.copies); /* no copy */
    CHECK_EQ_U64(g1.borrows_active, g0.borrows_active + 1);
    /* the schema: a struct of three named children */
    CHECK_EQ_STR(s.format, "+s");
    CHECK_EQ_STR(s.name, "");
    CHECK_EQ_U64(s.flags, 0);
    REQUIRE_EQ_U64(s.n_children, 3);
    CHECK_TRUE(s.release != NULL && s.dictionary == NULL && s.metadata == NULL);
    static const char* const names[] = {"id", "score", "flag"};
    static const char* const formats[] = {"l", "g", "i"};
    for (int i = 0; i < 3; i++) {
        CHECK_EQ_STR(s.children[i]->name, names[i]);
        CHECK_EQ_STR(s.children[i]->format, formats[i]);
        CHECK_EQ_U64(s.children[i]->n_children, 0);
        CHECK_TRUE(s.children[i]->release != NULL);
    }
    CHECK_EQ_U64(s.children[0]->flags, 0);
    CHECK_EQ_U64(s.children[2]->flags, ARROW_FLAG_NULLABLE);
    /* the array: 1000 rows, no struct-level nulls, children in the vectors' memory */
    CHECK_EQ_I64(a.length, 1000);
    CHECK_EQ_I64(a.null_count, 0);
    CHECK_EQ_I64(a.offset, 0);
    REQUIRE_EQ_U64(a.n_buffers, 1);
    CHECK_EQ_PTR(a.buffers[0], NULL);
    REQUIRE_EQ_U64(a.n_children, 3);
    CHECK_EQ_PTR(a.children[0]->buffers[1], id_values);
    CHECK_EQ_PTR(a.children[1]->buffers[1], score_values);
    CHECK_EQ_PTR(a.children[2]->buffers[1], flag_values);
    CHECK_EQ_PTR(a.children[0]->buffers[0], NULL);
    for (int i = 0; i < 3; i++) {
        CHECK_EQ_I64(a.children[i]->length, 1000);
        CHECK_EQ_I64(a.children[i]->n_buffers, 2);
        CHECK_TRUE(a.children[i]->release != NULL);
    }
    CHECK_EQ_I64(a.children[2]->null_count, 1);
    const uint8_t* validity = a.children[2]->buffers[0];
    REQUIRE_NE_PTR(validity, NULL);
    CHECK_EQ_U64(validity[0], 0xf7); /* all but bit 3 */
    int64_t x;
    memcpy(&x, (const uint8_t*)a.children[0]->buffers[1] + 8 * 999, 8);
    CHECK_EQ_I64(x, 999 * 7);
    double d;
    memcpy(&d, (const uint8_t*)a.children[1]->buffers[1] + 8 * 10, 8);
    CHECK_TRUE(d == 5.0);
    /* while exported: the batch cannot change or go, nor the region */
    weaveheap_vector_t more = ints(r, 1000, 1);
    weaveheap_stats r0 = wh_region_stats(r);
    weaveheap_batch_add_column(b, (const uint8_t*)"more", 4, more, &err);
    EXPECT_ERR_MSG(weaveheap_batch_add_column, &err, WEAVEHEAP_ERR_BORROWED, "export");
    weaveheap_batch_release(b, &err);
    EXPECT_ERR_MSG(weaveheap_batch_release, &err, WEAVEHEAP_ERR_BORROWED, "export");
    weaveheap_region_reset(r, &err);
    EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_region_destroy(r, &err);
    EXPECT_ERR(weaveheap_region_destroy, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_stats r1 = wh_region_stats(r);
    CHECK_EQ_U64(r1.borrow_conflicts, r0.borrow_conflicts + 4);
    CHECK_EQ_U64(weaveheap_batch_num_columns(b, &err), 3);
    EXPECT_OK(weaveheap_batch_num_columns, &err);
    /* a second export holds a second borrow */
    struct ArrowSchema s2;
    struct ArrowArray a2;
    weaveheap_batch_export_arrow(b, (uint8_t*)&s2, (uint8_t*)&a2, &err);
    EXPECT_OK(weaveheap_batch_export_arrow, &err);
    CHECK_EQ_U64(wh_global_stats().borrows_active, g0.borrows_active + 2);
    /* a consumer moves a child out and releases it alone, then the parent (moved) */
    struct ArrowArray child = *a.children[1];
    a.children[1]->release = NULL;
    child.release(&child);
    CHECK_TRUE(child.release == NULL);
    struct ArrowArray moved = a;
    a.release = NULL;
    void (*release)(struct ArrowArray*) = moved.release;
    moved.release(&moved);
    CHECK_TRUE(moved.release == NULL); /* marked released */
    release(&moved);                   /* a second call is harmless */
    CHECK_EQ_U64(wh_global_stats().borrows_active, g0.borrows_active + 1);
    weaveheap_batch_release(b, &err); /* the second export still holds */
    EXPECT_ERR(weaveheap_batch_release, &err, WEAVEHEAP_ERR_BORROWED);
    a2.release(&a2);
    CHECK_EQ_U64(wh_global_stats().borrows_active, g0.borrows_active);
    /* the schemas outlive the arrays: names are their own */
    CHECK_EQ_STR(s.children[1]->name, "score");
    s.release(&s);
    CHECK_TRUE(s.release == NULL);
    s2.release(&s2);
    weaveheap_batch_release(b, &err);
    EXPECT_OK(weaveheap_batch_release, &err);
    weaveheap_region_reset(r, &err); /* free once the exports and the batch are gone */
    EXPECT_OK(weaveheap_region_reset, &err);
    wh_destroy(r);
}

static void export_refusals(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_batch_t b = batch(r, 1);
    add(b, "x", ints(r, 4, 1));
    struct ArrowSchema s;
    struct ArrowArray a;
    memset(&s, 0xab, sizeof s);
    memset(&a, 0xab, sizeof a);
    struct ArrowSchema s0 = s;
    struct ArrowArray a0 = a;
    weaveheap_stats g0 = wh_global_stats();
    int64_t live0 = weaveheap__test_live_allocs();
    weaveheap_batch_export_arrow(b, NULL, (uint8_t*)&a, &err);
    EXPECT_ERR_MSG(weaveheap_batch_export_arrow, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "schema");
    weaveheap_batch_export_arrow(b, (uint8_t*)&s, NULL, &err);
    EXPECT_ERR_MSG(weaveheap_batch_export_arrow, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "array");
    /* no memory for either block: nothing taken, nothing filled */
    for (uint64_t nth = 1; nth <= 2; nth++) {
        weaveheap__test_fail_nth_alloc(nth);
        weaveheap_batch_export_arrow(b, (uint8_t*)&s, (uint8_t*)&a, &err);
        weaveheap__test_fail_nth_alloc(0);
        EXPECT_ERR(weaveheap_batch_export_arrow, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    }
    /* no memory for a column name's copy */
    weaveheap__test_fail_nth_alloc(1);
    CHECK_EQ_PTR(weaveheap_batch_column_name(b, 0, &err), NULL);
    weaveheap__test_fail_nth_alloc(0);
    EXPECT_ERR(weaveheap_batch_column_name, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    weaveheap_stats g1 = wh_global_stats();
    CHECK_EQ_U64(g1.borrows_active, g0.borrows_active);
    CHECK_EQ_U64(g1.borrows_taken, g0.borrows_taken);
    CHECK_EQ_U64(g1.copies, g0.copies);
    CHECK_EQ_MEM(&s, &s0, sizeof s);
    CHECK_EQ_MEM(&a, &a0, sizeof a);
    CHECK_EQ_I64(weaveheap__test_live_allocs(), live0); /* the failed exports kept no state */
    weaveheap_batch_release(b, &err);
    EXPECT_OK(weaveheap_batch_release, &err);
    wh_destroy(r);
}

/* -- streams -------------------------------------------------------------------- */

static weaveheap_batch_stream_t stream_of(weaveheap_region_t r, uint32_t max_batches) {
    weaveheap_error err = {0};
    weaveheap_batch_stream_t st = weaveheap_batch_stream_create(r, max_batches, &err);
    EXPECT_OK(weaveheap_batch_stream_create, &err);
    REQUIRE_NE_HEX(st, 0);
    return st;
}

/* A batch of an int64 "id" (n values from `from`) and a nullable int32 "flag". */
static weaveheap_batch_t id_flag(weaveheap_region_t r, uint64_t n, int64_t from) {
    weaveheap_error err = {0};
    weaveheap_vector_t id = vec(r, WEAVEHEAP_ELEMENT_TYPE_INT64, n, false);
    weaveheap_vector_t flag = vec(r, WEAVEHEAP_ELEMENT_TYPE_INT32, n, true);
    for (uint64_t i = 0; i < n; i++) {
        weaveheap_vector_append(id, from + (int64_t)i, &err);
        REQUIRE_EQ_U64(err.code, 0);
        weaveheap_vector_append(flag, 1, &err);
        REQUIRE_EQ_U64(err.code, 0);
    }
    weaveheap_batch_t b = batch(r, 2);
    add(b, "id", id);
    add(b, "flag", flag);
    return b;
}

/* An int32 vector of n ones. */
static weaveheap_vector_t ones(weaveheap_region_t r, uint64_t n, bool nullable) {
    weaveheap_error err = {0};
    weaveheap_vector_t v = vec(r, WEAVEHEAP_ELEMENT_TYPE_INT32, n, nullable);
    for (uint64_t i = 0; i < n; i++) {
        weaveheap_vector_append(v, 1, &err);
        REQUIRE_EQ_U64(err.code, 0);
    }
    return v;
}

static void release_batches(const weaveheap_batch_t* bs, size_t n) {
    weaveheap_error err = {0};
    for (size_t i = 0; i < n; i++) {
        weaveheap_batch_release(bs[i], &err);
        EXPECT_OK(weaveheap_batch_release, &err);
    }
}

static void add_batch(weaveheap_batch_stream_t st, weaveheap_batch_t b) {
    weaveheap_error err = {0};
    weaveheap_batch_stream_add_batch(st, b, &err);
    EXPECT_OK(weaveheap_batch_stream_add_batch, &err);
}

/* The values of the first column of a held batch, through a batch export of
 * its own (the column's memory). */
static const void* values_of_held(weaveheap_batch_t b) {
    weaveheap_error err = {0};
    struct ArrowSchema s;
    struct ArrowArray a;
    weaveheap_batch_export_arrow(b, (uint8_t*)&s, (uint8_t*)&a, &err);
    EXPECT_OK(weaveheap_batch_export_arrow, &err);
    const void* p = a.children[0]->buffers[1];
    a.release(&a);
    s.release(&s);
    return p;
}

static void stream_reads_batch_by_batch(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_batch_t b0 = id_flag(r, 100, 0), b1 = id_flag(r, 50, 100);
    weaveheap_batch_stream_t st = stream_of(r, 4);
    weaveheap_stats s0 = wh_region_stats(r);
    add_batch(st, b0);
    add_batch(st, b1);
    CHECK_EQ_U64(wh_region_stats(r).borrows_active, s0.borrows_active + 2); /* the stream holds each batch */
    CHECK_EQ_U64(weaveheap_batch_stream_num_batches(st, &err), 2);
    EXPECT_OK(weaveheap_batch_stream_num_batches, &err);
    weaveheap_batch_release(b1, &err);
    EXPECT_ERR(weaveheap_batch_release, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_batch_t b2 = id_flag(r, 1, 0);
    weaveheap_stats g0 = wh_global_stats();
    struct ArrowArrayStream s;
    weaveheap_batch_stream_export_arrow(st, (uint8_t*)&s, &err);
    EXPECT_OK(weaveheap_batch_stream_export_arrow, &err);
    CHECK_EQ_U64(wh_global_stats().borrows_active, g0.borrows_active + 1);
    REQUIRE_TRUE(s.release && s.get_schema && s.get_next && s.get_last_error);
    CHECK_TRUE(s.get_last_error(&s) == NULL);
    struct ArrowSchema schema;
    REQUIRE_TRUE(s.get_schema(&s, &schema) == 0);
    CHECK_EQ_STR(schema.format, "+s");
    REQUIRE_TRUE(schema.n_children == 2);
    CHECK_EQ_STR(schema.children[0]->name, "id");
    CHECK_EQ_STR(schema.children[1]->format, "i");
    CHECK_EQ_U64(schema.children[1]->flags, ARROW_FLAG_NULLABLE);
    schema.release(&schema);
    /* batch by batch, in order, each in the vectors' memory, then the end */
    struct ArrowArray a0, a1, end;
    REQUIRE_TRUE(s.get_next(&s, &a0) == 0);
    REQUIRE_TRUE(a0.release != NULL);
    CHECK_EQ_I64(a0.length, 100);
    REQUIRE_TRUE(s.get_next(&s, &a1) == 0);
    REQUIRE_TRUE(a1.release != NULL);
    CHECK_EQ_I64(a1.length, 50);
    int64_t x;
    memcpy(&x, (const uint8_t*)a1.children[0]->buffers[1] + 8 * 49, 8);
    CHECK_EQ_I64(x, 149);
    CHECK_EQ_PTR(a1.children[0]->buffers[1], values_of_held(b1));
    memset(&end, 0xab, sizeof end);
    REQUIRE_TRUE(s.get_next(&s, &end) == 0);
    CHECK_TRUE(end.release == NULL); /* the end of the stream */
    REQUIRE_TRUE(s.get_next(&s, &end) == 0);
    CHECK_TRUE(end.release == NULL);
    CHECK_EQ_U64(wh_global_stats().copies, g0.copies); /* no copy */
    CHECK_EQ_U64(wh_global_stats().borrows_active, g0.borrows_active + 3); /* the stream and two arrays */
    /* while exported: the stream cannot change or go, nor the region */
    weaveheap_batch_stream_add_batch(st, b2, &err);
    EXPECT_ERR_MSG(weaveheap_batch_stream_add_batch, &err, WEAVEHEAP_ERR_BORROWED, "export");
    weaveheap_batch_stream_release(st, &err);
    EXPECT_ERR_MSG(weaveheap_batch_stream_release, &err, WEAVEHEAP_ERR_BORROWED, "export");
    weaveheap_region_reset(r, &err);
    EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_BORROWED);
    /* released (moved first), twice: the second does nothing */
    struct ArrowArrayStream moved = s;
    s.release = NULL;
    void (*release)(struct ArrowArrayStream*) = moved.release;
    moved.release(&moved);
    CHECK_TRUE(moved.release == NULL);
    release(&moved);
    CHECK_EQ_U64(wh_global_stats().borrows_active, g0.borrows_active + 2); /* the arrays still hold */
    weaveheap_batch_stream_release(st, &err);
    EXPECT_OK(weaveheap_batch_stream_release, &err);
    weaveheap_batch_release(b1, &err); /* a1 holds it */
    EXPECT_ERR(weaveheap_batch_release, &err, WEAVEHEAP_ERR_BORROWED);
    a0.release(&a0);
    a1.release(&a1);
    CHECK_EQ_U64(wh_global_stats().borrows_active, g0.borrows_active - 2); /* the stream's holds went with it */
    weaveheap_batch_release(b0, &err);
    EXPECT_OK(weaveheap_batch_release, &err);
    weaveheap_batch_release(b1, &err);
    EXPECT_OK(weaveheap_batch_release, &err);
    weaveheap_batch_release(b2, &err);
    EXPECT_OK(weaveheap_batch_release, &err);
    weaveheap_region_reset(r, &err);
    EXPECT_OK(weaveheap_region_reset, &err);
    wh_destroy(r);
}

static void add_batch_refused(weaveheap_region_t r, weaveheap_batch_stream_t st, weaveheap_batch_t b, int32_t code,
                              const char* sub) {
    weaveheap_error err = {0};
    weaveheap_stats s0 = wh_region_stats(r);
    uint64_t n0 = weaveheap_batch_stream_num_batches(st, &err);
    EXPECT_OK(weaveheap_batch_stream_num_batches, &err);
    weaveheap_batch_stream_add_batch(st, b, &err);
    EXPECT_ERR_MSG(weaveheap_batch_stream_add_batch, &err, code, sub);
    weaveheap_stats s1 = wh_region_stats(r);
    CHECK_EQ_STATS(&s1, &s0);
    CHECK_EQ_U64(weaveheap_batch_stream_num_batches(st, &err), n0);
    EXPECT_OK(weaveheap_batch_stream_num_batches, &err);
}

static void stream_refusals(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_batch_stream_t st = stream_of(r, 2);
    /* an empty stream has no schema */
    struct ArrowArrayStream s;
    memset(&s, 0xab, sizeof s);
    struct ArrowArrayStream s0 = s;
    weaveheap_batch_stream_export_arrow(st, (uint8_t*)&s, &err);
    EXPECT_ERR_MSG(weaveheap_batch_stream_export_arrow, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "no batch");
    weaveheap_batch_t first = id_flag(r, 3, 0);
    add_batch(st, first);
    /* another schema: columns named, typed or counted otherwise */
    weaveheap_batch_t renamed = batch(r, 2);
    add(renamed, "id", ints(r, 3, 1));
    add(renamed, "flags", ones(r, 3, true));
    add_batch_refused(r, st, renamed, WEAVEHEAP_ERR_INVALID_ARGUMENT, "names its columns otherwise");
    weaveheap_batch_t retyped = batch(r, 2);
    add(retyped, "id", ints(r, 3, 1));
    add(retyped, "flag", ones(r, 3, false));
    add_batch_refused(r, st, retyped, WEAVEHEAP_ERR_INVALID_ARGUMENT, "another type or nullability");
    weaveheap_batch_t one = batch(r, 1);
    add(one, "id", ints(r, 3, 1));
    add_batch_refused(r, st, one, WEAVEHEAP_ERR_INVALID_ARGUMENT, "another number of columns");
    /* handles: dead, forged, wrong kind, another region */
    weaveheap_batch_t gone = batch(r, 1);
    weaveheap_batch_release(gone, &err);
    EXPECT_OK(weaveheap_batch_release, &err);
    add_batch_refused(r, st, gone, WEAVEHEAP_ERR_STALE_HANDLE, "stale");
    add_batch_refused(r, st, 0, WEAVEHEAP_ERR_FORGED_HANDLE, "never issued");
    add_batch_refused(r, st, st, WEAVEHEAP_ERR_WRONG_KIND, "kind");
    weaveheap_region_t other = wh_region(NULL);
    add_batch_refused(r, st, batch(other, 1), WEAVEHEAP_ERR_INVALID_ARGUMENT, "another region");
    /* full */
    weaveheap_batch_t second = id_flag(r, 7, 0), third = id_flag(r, 3, 0);
    add_batch(st, second); /* another length is fine: batch by batch */
    add_batch_refused(r, st, third, WEAVEHEAP_ERR_INVALID_ARGUMENT, "the stream is full");
    /* export: NULL, no memory; nothing filled, nothing held */
    weaveheap_stats g0 = wh_global_stats();
    int64_t live0 = weaveheap__test_live_allocs();
    weaveheap_batch_stream_export_arrow(st, NULL, &err);
    EXPECT_ERR_MSG(weaveheap_batch_stream_export_arrow, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "out");
    weaveheap__test_fail_nth_alloc(1);
    weaveheap_batch_stream_export_arrow(st, (uint8_t*)&s, &err);
    weaveheap__test_fail_nth_alloc(0);
    EXPECT_ERR(weaveheap_batch_stream_export_arrow, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    CHECK_EQ_MEM(&s, &s0, sizeof s);
    CHECK_EQ_U64(wh_global_stats().borrows_taken, g0.borrows_taken);
    CHECK_EQ_I64(weaveheap__test_live_allocs(), live0);
    /* get_schema and get_next without memory: ENOMEM, the error text, nothing taken */
    weaveheap_batch_stream_export_arrow(st, (uint8_t*)&s, &err);
    EXPECT_OK(weaveheap_batch_stream_export_arrow, &err);
    struct ArrowSchema schema;
    struct ArrowArray a;
    weaveheap__test_fail_nth_alloc(1);
    CHECK_TRUE(s.get_schema(&s, &schema) != 0);
    weaveheap__test_fail_nth_alloc(1);
    CHECK_TRUE(s.get_next(&s, &a) != 0);
    weaveheap__test_fail_nth_alloc(0);
    REQUIRE_TRUE(s.get_last_error(&s) != NULL);
    CHECK_TRUE(strstr(s.get_last_error(&s), "batch 0") != NULL);
    REQUIRE_TRUE(s.get_next(&s, &a) == 0); /* batch 0 again: the failure did not move on */
    CHECK_EQ_I64(a.length, 3);
    a.release(&a);
    s.release(&s);
    CHECK_EQ_U64(wh_global_stats().borrows_active, g0.borrows_active);
    weaveheap_batch_stream_release(st, &err);
    EXPECT_OK(weaveheap_batch_stream_release, &err);
    const weaveheap_batch_t all[] = {first, second, third, renamed, retyped, one};
    release_batches(all, sizeof all / sizeof all[0]);
    wh_destroy(other);
    wh_destroy(r);
    /* create: counts, limits, region handles */
    r = wh_region(&(weaveheap_region_options){.byte_limit = 4096});
    weaveheap_stats c0 = wh_region_stats(r);
    CHECK_EQ_HEX(weaveheap_batch_stream_create(r, 0, &err), 0);
    EXPECT_ERR_MSG(weaveheap_batch_stream_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "max_batches 0");
    CHECK_EQ_HEX(weaveheap_batch_stream_create(r, 65537, &err), 0);
    EXPECT_ERR(weaveheap_batch_stream_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    CHECK_EQ_HEX(weaveheap_batch_stream_create(r, 65536, &err), 0);
    EXPECT_ERR(weaveheap_batch_stream_create, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    weaveheap_stats c1 = wh_region_stats(r);
    CHECK_EQ_STATS(&c1, &c0);
    wh_destroy(r);
    weaveheap_region_t dead = wh_region(NULL);
    wh_destroy(dead);
    CHECK_EQ_HEX(weaveheap_batch_stream_create(dead, 1, &err), 0);
    EXPECT_ERR(weaveheap_batch_stream_create, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    r = wh_region(NULL);
    CHECK_EQ_HEX(weaveheap_batch_stream_create(dead, 1, &err), 0);
    EXPECT_ERR(weaveheap_batch_stream_create, &err, WEAVEHEAP_ERR_REUSED_HANDLE);
    CHECK_EQ_HEX(weaveheap_batch_stream_create(0, 1, &err), 0);
    EXPECT_ERR(weaveheap_batch_stream_create, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    CHECK_EQ_HEX(weaveheap_batch_stream_create(batch(r, 1), 1, &err), 0);
    EXPECT_ERR(weaveheap_batch_stream_create, &err, WEAVEHEAP_ERR_WRONG_KIND);
    weaveheap_batch_stream_t big = stream_of(r, 65536); /* a chunk of its own, given back */
    weaveheap_batch_stream_release(big, &err);
    EXPECT_OK(weaveheap_batch_stream_release, &err);
    wh_destroy(r);
}

static const wh_test tests[] = {
    {"columns, queries, the borrows a batch holds", columns_and_queries},
    {"add_column refusals name the column and change nothing", add_column_refusals},
    {"create refusals: column counts, limits, region handles", create_refusals},
    {"Arrow export: a struct array in place, held until release", export_reads_in_place},
    {"Arrow export: refusals change nothing", export_refusals},
    {"streams: batch by batch through the C Stream Interface, held until release", stream_reads_batch_by_batch},
    {"streams: refusals change nothing", stream_refusals},
    {NULL, NULL},
};
const wh_suite wh_suite_batches = {"batches", tests};
