/* Batches built row by row (append_row: all or nothing) and the batch
 * validator (validate: lengths, null counts, offsets and UTF-8, each fault a
 * typed error naming the column and row). The validator's faults are made by
 * writing into the columns' memory behind the core's back, as a foreign
 * producer's bad buffers would be. */
#include <string.h>

#include "arrow_spec.h"
#include "check.h"
#include "testing.h"

/* A row under construction: tag bytes and values, as append_row reads them. */
typedef struct row {
    uint8_t b[256];
    size_t n;
} row;
static void r_null(row* r) { r->b[r->n++] = 0; }
static void r_raw(row* r, const void* p, size_t n) {
    r->b[r->n++] = 1;
    memcpy(r->b + r->n, p, n);
    r->n += n;
}
static void r_i32(row* r, int32_t x) { r_raw(r, &x, 4); }
static void r_f64(row* r, double x) { r_raw(r, &x, 8); }
static void r_text(row* r, const char* s) {
    uint32_t len = (uint32_t)strlen(s);
    r->b[r->n++] = 1;
    memcpy(r->b + r->n, &len, 4);
    memcpy(r->b + r->n + 4, s, len);
    r->n += 4 + len;
}

typedef struct fixture {
    weaveheap_region_t region;
    weaveheap_vector_t id, score;
    weaveheap_var_vector_t name;
    weaveheap_batch_t batch;
} fixture;

/* A batch of an int32 id, a nullable float64 score and a nullable utf8 name, room for 3 rows. */
static fixture make(void) {
    weaveheap_error err = {0};
    fixture f = {wh_region(NULL), 0, 0, 0, 0};
    f.id = weaveheap_vector_create(f.region, WEAVEHEAP_ELEMENT_TYPE_INT32, 3, false, &err);
    f.score = weaveheap_vector_create(f.region, WEAVEHEAP_ELEMENT_TYPE_FLOAT64, 3, true, &err);
    f.name = weaveheap_var_vector_create(f.region, 3, 12, true, false, &err);
    f.batch = weaveheap_batch_create(f.region, 3, &err);
    weaveheap_batch_add_column(f.batch, (const uint8_t*)"id", 2, f.id, &err);
    weaveheap_batch_add_column(f.batch, (const uint8_t*)"score", 5, f.score, &err);
    weaveheap_batch_add_column(f.batch, (const uint8_t*)"name", 4, f.name, &err);
    EXPECT_OK(weaveheap_batch_add_column, &err);
    return f;
}

static void append(fixture* f, const row* r) {
    weaveheap_error err = {0};
    weaveheap_batch_append_row(f->batch, r->b, r->n, &err);
    EXPECT_OK(weaveheap_batch_append_row, &err);
}

static void validate_ok(weaveheap_batch_t b) {
    weaveheap_error err = {0};
    weaveheap_batch_validate(b, &err);
    EXPECT_OK(weaveheap_batch_validate, &err);
}

static void rows_append_all_or_nothing(void) {
    weaveheap_error err = {0};
    fixture f = make();
    row a = {0};
    r_i32(&a, 7);
    r_f64(&a, 2.5);
    r_text(&a, "h\xc3\xa9");
    weaveheap_stats s0 = wh_region_stats(f.region);
    append(&f, &a);
    weaveheap_stats s1 = wh_region_stats(f.region);
    CHECK_EQ_U64(s1.copies, s0.copies + 1); /* one copy in, of the row's bytes */
    CHECK_EQ_U64(s1.copy_bytes, s0.copy_bytes + a.n);
    row b = {0};
    r_i32(&b, -1);
    r_null(&b);
    r_null(&b);
    append(&f, &b);
    CHECK_EQ_U64(weaveheap_batch_num_rows(f.batch, &err), 2);
    CHECK_EQ_U64(weaveheap_vector_length(f.id, &err), 2);
    CHECK_EQ_I64(weaveheap_vector_get(f.id, 1, &err), -1);
    CHECK_EQ_U64(weaveheap_vector_null_count(f.score, &err), 1);
    CHECK_TRUE(!weaveheap_vector_is_valid(f.score, 1, &err));
    double d;
    weaveheap_vector_read(f.score, 0, (uint8_t*)&d, 8, &err);
    CHECK_TRUE(d == 2.5);
    uint64_t n = 0;
    uint8_t* got = weaveheap_var_vector_get(f.name, 0, &n, &err);
    CHECK_EQ_U64(n, 3);
    CHECK_EQ_MEM(got, "h\xc3\xa9", 3);
    weaveheap_free_bytes(got, n);
    CHECK_TRUE(!weaveheap_var_vector_is_valid(f.name, 1, &err));
    EXPECT_OK(weaveheap_var_vector_is_valid, &err);
    validate_ok(f.batch);
    /* the export shows the rows */
    struct ArrowSchema s;
    struct ArrowArray arr;
    weaveheap_batch_export_arrow(f.batch, (uint8_t*)&s, (uint8_t*)&arr, &err);
    EXPECT_OK(weaveheap_batch_export_arrow, &err);
    CHECK_EQ_I64(arr.length, 2);
    CHECK_EQ_I64(arr.children[2]->null_count, 1);
    CHECK_EQ_MEM(arr.children[2]->buffers[1], ((const int32_t[]){0, 3, 3}), 12);
    /* while the export lives, no row */
    weaveheap_batch_append_row(f.batch, a.b, a.n, &err);
    EXPECT_ERR(weaveheap_batch_append_row, &err, WEAVEHEAP_ERR_BORROWED);
    arr.release(&arr);
    s.release(&s);

    /* refusals: each names the column, and no column moves */
    struct {
        row r;
        int32_t code;
        const char* sub;
    } bad[12];
    memset(bad, 0, sizeof bad);
    size_t k = 0;
    r_null(&bad[k].r); /* id is not nullable */
    r_null(&bad[k].r);
    r_null(&bad[k].r);
    bad[k].code = WEAVEHEAP_ERR_INVALID_ARGUMENT, bad[k++].sub = "column 'id'";
    r_i32(&bad[k].r, 1); /* the name is not UTF-8: nothing of the row lands */
    r_f64(&bad[k].r, 1);
    r_text(&bad[k].r, "\xff");
    bad[k].code = WEAVEHEAP_ERR_INVALID_ARGUMENT, bad[k++].sub = "column 'name'";
    r_i32(&bad[k].r, 1); /* a tag of 2 */
    bad[k].r.b[bad[k].r.n++] = 2;
    bad[k].code = WEAVEHEAP_ERR_INVALID_ARGUMENT, bad[k++].sub = "column 'score'";
    r_i32(&bad[k].r, 1); /* short: ends inside the score */
    bad[k].r.b[bad[k].r.n++] = 1;
    bad[k].code = WEAVEHEAP_ERR_INVALID_ARGUMENT, bad[k++].sub = "column 'score'";
    r_i32(&bad[k].r, 1); /* a byte too many */
    r_null(&bad[k].r);
    r_null(&bad[k].r);
    r_null(&bad[k].r);
    bad[k].code = WEAVEHEAP_ERR_INVALID_ARGUMENT, bad[k++].sub = "columns take";
    r_i32(&bad[k].r, 1); /* a length past the row */
    r_null(&bad[k].r);
    r_text(&bad[k].r, "abc");
    bad[k].r.b[bad[k].r.n - 7] = 200;
    bad[k].code = WEAVEHEAP_ERR_INVALID_ARGUMENT, bad[k++].sub = "column 'name'";
    r_i32(&bad[k].r, 1); /* 10 more data bytes: 3 of 12 used */
    r_null(&bad[k].r);
    r_text(&bad[k].r, "0123456789");
    bad[k].code = WEAVEHEAP_ERR_OUT_OF_RANGE, bad[k++].sub = "data bytes";
    weaveheap_stats g0 = wh_global_stats();
    for (size_t i = 0; i < k; i++) {
        weaveheap_batch_append_row(f.batch, bad[i].r.b, bad[i].r.n, &err);
        EXPECT_ERR_MSG(weaveheap_batch_append_row, &err, bad[i].code, bad[i].sub);
    }
    weaveheap_batch_append_row(f.batch, NULL, 1, &err);
    EXPECT_ERR(weaveheap_batch_append_row, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    weaveheap_stats g1 = wh_global_stats();
    CHECK_EQ_STATS(&g1, &g0);
    CHECK_EQ_U64(weaveheap_batch_num_rows(f.batch, &err), 2);
    CHECK_EQ_U64(weaveheap_vector_length(f.id, &err), 2);
    CHECK_EQ_U64(weaveheap_vector_length(f.score, &err), 2);
    CHECK_EQ_U64(weaveheap_var_vector_length(f.name, &err), 2);
    CHECK_EQ_U64(weaveheap_var_vector_data_length(f.name, &err), 3);
    validate_ok(f.batch);
    /* a third row fits, a fourth is full */
    append(&f, &a);
    weaveheap_batch_append_row(f.batch, a.b, a.n, &err);
    EXPECT_ERR_MSG(weaveheap_batch_append_row, &err, WEAVEHEAP_ERR_OUT_OF_RANGE, "full");
    CHECK_EQ_U64(weaveheap_vector_length(f.id, &err), 3);
    /* a column another holder borrows: a view */
    weaveheap_batch_t b2 = weaveheap_batch_create(f.region, 1, &err);
    weaveheap_vector_t flags = weaveheap_vector_create(f.region, WEAVEHEAP_ELEMENT_TYPE_BOOLEAN, 8, false, &err);
    weaveheap_batch_add_column(b2, (const uint8_t*)"flag", 4, flags, &err);
    uint8_t one[2] = {1, 1};
    weaveheap_batch_append_row(b2, one, 2, &err);
    EXPECT_OK(weaveheap_batch_append_row, &err);
    uint8_t two[2] = {1, 2};
    weaveheap_batch_append_row(b2, two, 2, &err);
    EXPECT_ERR_MSG(weaveheap_batch_append_row, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "boolean");
    weaveheap_view view;
    weaveheap_borrow_t t = weaveheap_borrow_shared(flags, &view, &err);
    weaveheap_batch_append_row(b2, one, 2, &err);
    EXPECT_ERR_MSG(weaveheap_batch_append_row, &err, WEAVEHEAP_ERR_BORROWED, "column 'flag'");
    weaveheap_borrow_release(t, &err);
    weaveheap_batch_append_row(b2, one, 2, &err);
    EXPECT_OK(weaveheap_batch_append_row, &err);
    CHECK_EQ_I64(weaveheap_vector_get(flags, 1, &err), 1);
    /* a batch without columns takes no row */
    weaveheap_batch_t empty = weaveheap_batch_create(f.region, 1, &err);
    weaveheap_batch_append_row(empty, NULL, 0, &err);
    EXPECT_ERR(weaveheap_batch_append_row, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    validate_ok(empty);
    weaveheap_batch_release(b2, &err);
    weaveheap_batch_release(f.batch, &err);
    EXPECT_OK(weaveheap_batch_release, &err);
    wh_destroy(f.region);
}

/* Writes x into memory the core handed out read-only (a foreign producer's fault). */
static void poke(const void* at, const void* x, size_t n) { memcpy((void*)(uintptr_t)at, x, n); }

static void validator_names_column_and_row(void) {
    weaveheap_error err = {0};
    fixture f = make();
    row a = {0};
    r_i32(&a, 1);
    r_f64(&a, 1);
    r_text(&a, "ab");
    append(&f, &a);
    row b = {0};
    r_i32(&b, 2);
    r_null(&b);
    r_text(&b, "cd");
    append(&f, &b);
    validate_ok(f.batch);
    /* the name column's buffers, through an export released at once */
    struct ArrowSchema s;
    struct ArrowArray arr;
    weaveheap_batch_export_arrow(f.batch, (uint8_t*)&s, (uint8_t*)&arr, &err);
    EXPECT_OK(weaveheap_batch_export_arrow, &err);
    const void* offsets = arr.children[2]->buffers[1];
    const void* data = arr.children[2]->buffers[2];
    const void* score_validity = arr.children[1]->buffers[0];
    arr.release(&arr);
    s.release(&s);
    weaveheap_stats g0 = wh_global_stats();
    /* invalid UTF-8 in row 1 */
    poke((const uint8_t*)data + 2, "\xc3", 1);
    weaveheap_batch_validate(f.batch, &err);
    EXPECT_ERR_MSG(weaveheap_batch_validate, &err, WEAVEHEAP_ERR_INVALID_UTF8, "column 'name' row 1");
    poke((const uint8_t*)data + 2, "c", 1);
    validate_ok(f.batch);
    /* offsets that decrease (row 0 ends at 5 > row 1's end 4) */
    int32_t five = 5, two = 2, minus = -1, far = 13;
    poke((const int32_t*)offsets + 1, &five, 4);
    weaveheap_batch_validate(f.batch, &err);
    EXPECT_ERR_MSG(weaveheap_batch_validate, &err, WEAVEHEAP_ERR_OUT_OF_RANGE, "column 'name' row 1");
    poke((const int32_t*)offsets + 1, &two, 4);
    /* an offset past the data bytes (12) */
    poke((const int32_t*)offsets + 2, &far, 4);
    weaveheap_batch_validate(f.batch, &err);
    EXPECT_ERR_MSG(weaveheap_batch_validate, &err, WEAVEHEAP_ERR_OUT_OF_RANGE, "row 1: its end offset 13 is past");
    int32_t four = 4;
    poke((const int32_t*)offsets + 2, &four, 4);
    /* a negative first offset */
    poke(offsets, &minus, 4);
    weaveheap_batch_validate(f.batch, &err);
    EXPECT_ERR_MSG(weaveheap_batch_validate, &err, WEAVEHEAP_ERR_OUT_OF_RANGE, "column 'name' row 0");
    int32_t zero = 0;
    poke(offsets, &zero, 4);
    /* a bitmap that does not hold the null count */
    uint8_t all = 3;
    poke(score_validity, &all, 1);
    weaveheap_batch_validate(f.batch, &err);
    EXPECT_ERR_MSG(weaveheap_batch_validate, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "column 'score': null_count");
    uint8_t one_valid = 1;
    poke(score_validity, &one_valid, 1);
    validate_ok(f.batch);
    weaveheap_stats g1 = wh_global_stats();
    CHECK_EQ_STATS(&g1, &g0); /* validation changes nothing, copies nothing */
    weaveheap_batch_release(f.batch, &err);
    EXPECT_OK(weaveheap_batch_release, &err);
    wh_destroy(f.region);
}

static const wh_test tests[] = {
    {"rows append to every column, all or nothing", rows_append_all_or_nothing},
    {"validate names the column and row of each fault", validator_names_column_and_row},
    {NULL, NULL},
};
const wh_suite wh_suite_batch_rows = {"batch_rows", tests};
