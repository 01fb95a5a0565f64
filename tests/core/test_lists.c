/* Nested columns: list_vector (Arrow's "+l" and "+m" over a child column),
 * a batch as a struct column ("+s"), the one value encoding of
 * list_vector.append and batch.append_row, map lookups, the exports read
 * through the spec's structs alone, recursive validation and schema
 * comparison, and every refusal changing nothing. */
#include <string.h>

#include "arrow_spec.h"
#include "check.h"
#include "testing.h"

#define I64 WEAVEHEAP_ELEMENT_TYPE_INT64
#define I32 WEAVEHEAP_ELEMENT_TYPE_INT32

/* -- building encoded values -------------------------------------------------------- */

typedef struct enc {
    uint8_t b[512];
    size_t n;
} enc;

static void put(enc* e, const void* p, size_t n) {
    REQUIRE_TRUE(e->n + n <= sizeof e->b);
    memcpy(e->b + e->n, p, n);
    e->n += n;
}
static void tag(enc* e, uint8_t t) { put(e, &t, 1); }
static void u32(enc* e, uint32_t x) { put(e, &x, 4); }
static void i64v(enc* e, int64_t x) { tag(e, 1), put(e, &x, 8); }
static void i32v(enc* e, int32_t x) { tag(e, 1), put(e, &x, 4); }
static void strv(enc* e, const char* s) { tag(e, 1), u32(e, (uint32_t)strlen(s)), put(e, s, strlen(s)); }
static void nullv(enc* e) { tag(e, 0); }

/* The lists and batches a test made, released (the last first: outer ones
 * were made after what they hold) before its region is destroyed, which
 * refuses while they hold their children. */
static weaveheap_handle_t made[256];
static size_t n_made;
static void keep(weaveheap_handle_t h) {
    REQUIRE_TRUE(n_made < sizeof made / sizeof made[0]);
    made[n_made++] = h;
}
static void finish(weaveheap_region_t r) {
    /* the last first, again while some are still held by others */
    for (size_t pass = 0; pass < 32 && n_made; pass++) {
        for (size_t i = n_made; i-- > 0;) {
            weaveheap_error err = {0};
            weaveheap_handle_t h = made[i];
            if (wh_kind_bits(h) == WEAVEHEAP_HANDLE_KIND_BATCH) weaveheap_batch_release(h, &err);
            else weaveheap_list_vector_release(h, &err);
            if (err.code == WEAVEHEAP_ERR_BORROWED) { /* held: the next pass */
                weaveheap_error_clear(&err);
                continue;
            }
            /* released by the test already: stale, or its slot reused */
            wh_check(err.code == 0 || err.code == WEAVEHEAP_ERR_STALE_HANDLE || err.code == WEAVEHEAP_ERR_REUSED_HANDLE,
                     false, __FILE__, __LINE__, "release: %s", err.message ? err.message : "");
            weaveheap_error_clear(&err);
            made[i] = made[--n_made];
        }
    }
    CHECK_EQ_U64(n_made, 0);
    n_made = 0;
    wh_destroy(r);
}

static weaveheap_vector_t vec(weaveheap_region_t r, weaveheap_element_type t, uint64_t cap, bool nullable) {
    weaveheap_error err = {0};
    weaveheap_vector_t v = weaveheap_vector_create(r, t, cap, nullable, &err);
    EXPECT_OK(weaveheap_vector_create, &err);
    REQUIRE_NE_HEX(v, 0);
    return v;
}
static weaveheap_var_vector_t strs(weaveheap_region_t r, uint64_t cap, uint64_t data, bool nullable) {
    weaveheap_error err = {0};
    weaveheap_var_vector_t v = weaveheap_var_vector_create(r, cap, data, nullable, false, &err);
    EXPECT_OK(weaveheap_var_vector_create, &err);
    REQUIRE_NE_HEX(v, 0);
    return v;
}
static weaveheap_list_vector_t list(weaveheap_region_t r, weaveheap_handle_t child, uint64_t cap, bool nullable,
                                    bool map) {
    weaveheap_error err = {0};
    weaveheap_list_vector_t l = weaveheap_list_vector_create(r, child, cap, nullable, map, &err);
    EXPECT_OK(weaveheap_list_vector_create, &err);
    REQUIRE_NE_HEX(l, 0);
    keep(l);
    return l;
}
static void add(weaveheap_batch_t b, const char* name, weaveheap_handle_t col) {
    weaveheap_error err = {0};
    weaveheap_batch_add_column(b, (const uint8_t*)name, strlen(name), col, &err);
    EXPECT_OK(weaveheap_batch_add_column, &err);
}
static weaveheap_batch_t batch(weaveheap_region_t r, uint32_t n) {
    weaveheap_error err = {0};
    weaveheap_batch_t b = weaveheap_batch_create(r, n, &err);
    EXPECT_OK(weaveheap_batch_create, &err);
    REQUIRE_NE_HEX(b, 0);
    keep(b);
    return b;
}
static void append(weaveheap_list_vector_t l, const enc* e) {
    weaveheap_error err = {0};
    weaveheap_list_vector_append(l, e->b, e->n, &err);
    EXPECT_OK(weaveheap_list_vector_append, &err);
}
static int32_t offset_of(const struct ArrowArray* a, int64_t i) { return ((const int32_t*)a->buffers[1])[i]; }

/* -- list<int64> -------------------------------------------------------------------- */

static void list_of_int64(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_vector_t items = vec(r, I64, 8, true);
    weaveheap_list_vector_t l = list(r, items, 4, true, false);
    weaveheap_stats s0 = wh_region_stats(r);
    enc e = {0};
    u32(&e, 3), i64v(&e, 1), i64v(&e, 2), nullv(&e); /* [1, 2, null] */
    append(l, &e);
    e.n = 0;
    u32(&e, 0); /* [] */
    append(l, &e);
    weaveheap_list_vector_append_null(l, &err);
    EXPECT_OK(weaveheap_list_vector_append_null, &err);
    e.n = 0;
    u32(&e, 1), i64v(&e, 7); /* [7] */
    append(l, &e);
    weaveheap_stats s1 = wh_region_stats(r);
    CHECK_EQ_U64(s1.copies, s0.copies + 3); /* one copy per value appended */
    CHECK_EQ_U64(weaveheap_list_vector_length(l, &err), 4);
    EXPECT_OK(weaveheap_list_vector_length, &err);
    CHECK_EQ_U64(weaveheap_list_vector_capacity(l, &err), 4);
    EXPECT_OK(weaveheap_list_vector_capacity, &err);
    CHECK_EQ_U64(weaveheap_list_vector_null_count(l, &err), 1);
    EXPECT_OK(weaveheap_list_vector_null_count, &err);
    CHECK_TRUE(!weaveheap_list_vector_is_map(l, &err));
    EXPECT_OK(weaveheap_list_vector_is_map, &err);
    CHECK_TRUE(weaveheap_list_vector_is_valid(l, 0, &err) && !weaveheap_list_vector_is_valid(l, 2, &err));
    EXPECT_OK(weaveheap_list_vector_is_valid, &err);
    uint64_t want_off[] = {0, 3, 3, 3}, want_len[] = {3, 0, 0, 1};
    for (uint64_t i = 0; i < 4; i++) {
        CHECK_EQ_U64(weaveheap_list_vector_value_offset(l, i, &err), want_off[i]);
        EXPECT_OK(weaveheap_list_vector_value_offset, &err);
        CHECK_EQ_U64(weaveheap_list_vector_value_length(l, i, &err), want_len[i]);
        EXPECT_OK(weaveheap_list_vector_value_length, &err);
    }
    weaveheap_list_vector_is_valid(l, 4, &err);
    EXPECT_ERR(weaveheap_list_vector_is_valid, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
    weaveheap_list_vector_value_offset(l, 4, &err);
    EXPECT_ERR(weaveheap_list_vector_value_offset, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
    weaveheap_list_vector_value_length(l, 9, &err);
    EXPECT_ERR(weaveheap_list_vector_value_length, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
    /* the child holds the items, and only the list may write it */
    CHECK_EQ_U64(weaveheap_vector_length(items, &err), 4);
    CHECK_EQ_I64(weaveheap_vector_get(items, 3, &err), 7);
    CHECK_TRUE(!weaveheap_vector_is_valid(items, 2, &err));
    EXPECT_OK(weaveheap_vector_is_valid, &err);
    weaveheap_vector_append(items, 5, &err);
    EXPECT_ERR(weaveheap_vector_append, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_vector_release(items, &err);
    EXPECT_ERR(weaveheap_vector_release, &err, WEAVEHEAP_ERR_BORROWED);

    /* the export, read through the spec's structs: the core's own memory */
    struct ArrowSchema s;
    struct ArrowArray a;
    weaveheap_list_vector_export_arrow(l, (uint8_t*)&s, (uint8_t*)&a, &err);
    EXPECT_OK(weaveheap_list_vector_export_arrow, &err);
    CHECK_EQ_STR(s.format, "+l");
    CHECK_EQ_U64(s.flags, ARROW_FLAG_NULLABLE);
    REQUIRE_EQ_U64(s.n_children, 1);
    CHECK_EQ_STR(s.children[0]->format, "l");
    CHECK_EQ_STR(s.children[0]->name, "item");
    CHECK_EQ_U64(s.children[0]->flags, ARROW_FLAG_NULLABLE);
    CHECK_EQ_U64(a.length, 4);
    CHECK_EQ_U64(a.null_count, 1);
    REQUIRE_EQ_U64(a.n_buffers, 2);
    REQUIRE_EQ_U64(a.n_children, 1);
    CHECK_TRUE(a.buffers[0] != NULL && (((const uint8_t*)a.buffers[0])[0] & 0xf) == 0xb); /* 1101: row 2 null */
    int32_t offsets[] = {0, 3, 3, 3, 4};
    for (int i = 0; i < 5; i++) CHECK_EQ_I64(offset_of(&a, i), offsets[i]);
    const struct ArrowArray* c = a.children[0];
    CHECK_EQ_U64(c->length, 4);
    CHECK_EQ_U64(c->null_count, 1);
    CHECK_EQ_PTR(c->buffers[1], wh_view_of(items).data); /* zero copy: the vector's own values */
    CHECK_EQ_I64(((const int64_t*)c->buffers[1])[1], 2);
    CHECK_EQ_U64(wh_region_stats(r).copies, s1.copies); /* the export copies nothing */
    /* held until the release: the list, the child, the region */
    weaveheap_list_vector_release(l, &err);
    EXPECT_ERR(weaveheap_list_vector_release, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_list_vector_append(l, e.b, e.n, &err);
    EXPECT_ERR(weaveheap_list_vector_append, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_list_vector_append_null(l, &err);
    EXPECT_ERR(weaveheap_list_vector_append_null, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_region_reset(r, &err);
    EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_BORROWED);
    CHECK_EQ_U64(weaveheap_list_vector_length(l, &err), 4);
    a.release(&a);
    CHECK_TRUE(a.release == NULL);
    s.release(&s);
    weaveheap_list_vector_release(l, &err);
    EXPECT_OK(weaveheap_list_vector_release, &err);
    /* the child is its owner's again */
    weaveheap_vector_append(items, 5, &err);
    EXPECT_OK(weaveheap_vector_append, &err);
    finish(r);
}

/* -- list<utf8> and a list of lists ------------------------------------------------------- */

static void list_of_strings_and_lists(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_var_vector_t words = strs(r, 8, 64, false);
    weaveheap_list_vector_t inner = list(r, words, 8, false, false);
    weaveheap_list_vector_t outer = list(r, inner, 4, false, false);
    enc e = {0};
    /* [["a", "héllo"], []] */
    u32(&e, 2);
    tag(&e, 1), u32(&e, 2), strv(&e, "a"), strv(&e, "h\xc3\xa9llo");
    tag(&e, 1), u32(&e, 0);
    append(outer, &e);
    CHECK_EQ_U64(weaveheap_list_vector_length(outer, &err), 1);
    CHECK_EQ_U64(weaveheap_list_vector_length(inner, &err), 2);
    CHECK_EQ_U64(weaveheap_var_vector_length(words, &err), 2);
    CHECK_EQ_U64(weaveheap_var_vector_data_length(words, &err), 7);
    EXPECT_OK(weaveheap_var_vector_data_length, &err);
    struct ArrowSchema s;
    struct ArrowArray a;
    weaveheap_list_vector_export_arrow(outer, (uint8_t*)&s, (uint8_t*)&a, &err);
    EXPECT_OK(weaveheap_list_vector_export_arrow, &err);
    CHECK_EQ_STR(s.children[0]->format, "+l");
    CHECK_EQ_STR(s.children[0]->children[0]->format, "u");
    CHECK_EQ_U64(s.flags, 0);
    const struct ArrowArray* w = a.children[0]->children[0];
    REQUIRE_EQ_U64(w->n_buffers, 3);
    CHECK_EQ_PTR(w->buffers[2], wh_view_of(words).data);
    CHECK_EQ_MEM((const char*)w->buffers[2], "ah\xc3\xa9llo", 7);
    CHECK_EQ_I64(offset_of(a.children[0], 1), 2);
    CHECK_EQ_I64(offset_of(a.children[0], 2), 2);
    /* a child moved out and released alone, then the parent */
    struct ArrowArray moved = *a.children[0];
    a.children[0]->release = NULL;
    moved.release(&moved);
    a.release(&a);
    s.release(&s);
    /* a value that is not UTF-8 deep inside: nothing changes anywhere */
    weaveheap_stats s0 = wh_region_stats(r);
    e.n = 0;
    u32(&e, 1), tag(&e, 1), u32(&e, 2), strv(&e, "ok"), strv(&e, "\xff");
    weaveheap_list_vector_append(outer, e.b, e.n, &err);
    EXPECT_ERR_MSG(weaveheap_list_vector_append, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "item.item");
    CHECK_EQ_U64(weaveheap_var_vector_length(words, &err), 2);
    CHECK_EQ_U64(weaveheap_list_vector_length(inner, &err), 2);
    weaveheap_stats s1 = wh_region_stats(r);
    CHECK_EQ_STATS(&s1, &s0);
    finish(r);
}

/* -- map<utf8, int64> and lookup ------------------------------------------------------------- */

static weaveheap_list_vector_t make_map(weaveheap_region_t r, weaveheap_var_vector_t* keys, weaveheap_vector_t* vals) {
    *keys = strs(r, 16, 128, false);
    *vals = vec(r, I64, 16, true);
    weaveheap_batch_t entries = batch(r, 2);
    add(entries, "key", *keys);
    add(entries, "value", *vals);
    return list(r, entries, 4, true, true);
}

static void map_and_lookup(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_var_vector_t keys;
    weaveheap_vector_t vals;
    weaveheap_list_vector_t m = make_map(r, &keys, &vals);
    CHECK_TRUE(weaveheap_list_vector_is_map(m, &err));
    enc e = {0};
    /* {"a": 1, "b": null, "c": 3} */
    u32(&e, 3);
    tag(&e, 1), strv(&e, "a"), i64v(&e, 1);
    tag(&e, 1), strv(&e, "b"), nullv(&e);
    tag(&e, 1), strv(&e, "c"), i64v(&e, 3);
    append(m, &e);
    e.n = 0;
    u32(&e, 1), tag(&e, 1), strv(&e, "c"), i64v(&e, 30); /* {"c": 30} */
    append(m, &e);
    weaveheap_stats s0 = wh_region_stats(r);
    int64_t row = weaveheap_list_vector_lookup(m, 0, (const uint8_t*)"c", 1, &err);
    EXPECT_OK(weaveheap_list_vector_lookup, &err);
    CHECK_EQ_I64(row, 2);
    CHECK_EQ_I64(weaveheap_vector_get(vals, (uint64_t)row, &err), 3);
    CHECK_EQ_I64(weaveheap_list_vector_lookup(m, 1, (const uint8_t*)"c", 1, &err), 3);
    CHECK_EQ_I64(weaveheap_vector_get(vals, 3, &err), 30);
    CHECK_EQ_I64(weaveheap_list_vector_lookup(m, 1, (const uint8_t*)"a", 1, &err), -1); /* map 1 has no "a" */
    CHECK_EQ_I64(weaveheap_list_vector_lookup(m, 0, (const uint8_t*)"", 0, &err), -1);
    CHECK_EQ_I64(weaveheap_list_vector_lookup(m, 0, (const uint8_t*)"b", 1, &err), 1);
    CHECK_TRUE(!weaveheap_vector_is_valid(vals, 1, &err));
    EXPECT_OK(weaveheap_list_vector_lookup, &err);
    CHECK_EQ_I64(weaveheap_list_vector_lookup(m, 2, (const uint8_t*)"a", 1, &err), 0); /* a failure returns 0 */
    EXPECT_ERR(weaveheap_list_vector_lookup, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
    weaveheap_list_vector_lookup(m, 0, NULL, 3, &err);
    EXPECT_ERR(weaveheap_list_vector_lookup, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    weaveheap_stats s1 = wh_region_stats(r);
    CHECK_EQ_STATS(&s1, &s0); /* lookups copy nothing */
    /* a null map, and an entry with a null key refused */
    weaveheap_list_vector_append_null(m, &err);
    EXPECT_OK(weaveheap_list_vector_append_null, &err);
    CHECK_EQ_I64(weaveheap_list_vector_lookup(m, 2, (const uint8_t*)"a", 1, &err), -1);
    EXPECT_OK(weaveheap_list_vector_lookup, &err);
    e.n = 0;
    u32(&e, 1), tag(&e, 1), nullv(&e), i64v(&e, 1);
    weaveheap_list_vector_append(m, e.b, e.n, &err);
    EXPECT_ERR_MSG(weaveheap_list_vector_append, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "entries.key");
    /* the export: "+m" over a struct "entries" of key and value */
    struct ArrowSchema s;
    struct ArrowArray a;
    weaveheap_list_vector_export_arrow(m, (uint8_t*)&s, (uint8_t*)&a, &err);
    EXPECT_OK(weaveheap_list_vector_export_arrow, &err);
    CHECK_EQ_STR(s.format, "+m");
    CHECK_EQ_STR(s.children[0]->format, "+s");
    CHECK_EQ_STR(s.children[0]->name, "entries");
    CHECK_EQ_U64(s.children[0]->flags, 0);
    REQUIRE_EQ_U64(s.children[0]->n_children, 2);
    CHECK_EQ_STR(s.children[0]->children[0]->name, "key");
    CHECK_EQ_U64(s.children[0]->children[0]->flags, 0);
    CHECK_EQ_STR(s.children[0]->children[1]->format, "l");
    CHECK_EQ_U64(a.length, 3);
    CHECK_EQ_U64(a.children[0]->length, 4);
    CHECK_EQ_U64(a.children[0]->n_buffers, 1);
    CHECK_EQ_PTR(a.children[0]->children[1]->buffers[1], wh_view_of(vals).data);
    a.release(&a);
    s.release(&s);

    /* an int32-keyed map: the key is exactly 4 bytes */
    weaveheap_vector_t ik = vec(r, I32, 4, false), iv = vec(r, I64, 4, false);
    weaveheap_batch_t ie = batch(r, 2);
    add(ie, "k", ik);
    add(ie, "v", iv);
    weaveheap_list_vector_t im = list(r, ie, 2, false, true);
    e.n = 0;
    u32(&e, 2), tag(&e, 1), i32v(&e, 5), i64v(&e, 50), tag(&e, 1), i32v(&e, 6), i64v(&e, 60);
    append(im, &e);
    int32_t k6 = 6;
    CHECK_EQ_I64(weaveheap_list_vector_lookup(im, 0, (const uint8_t*)&k6, 4, &err), 1);
    EXPECT_OK(weaveheap_list_vector_lookup, &err);
    int64_t k8 = 6;
    weaveheap_list_vector_lookup(im, 0, (const uint8_t*)&k8, 8, &err);
    EXPECT_ERR_MSG(weaveheap_list_vector_lookup, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "wrong key type/size");
    /* a list that is not a map has no keys */
    weaveheap_list_vector_t plain = list(r, vec(r, I64, 1, false), 1, false, false);
    e.n = 0;
    u32(&e, 0);
    append(plain, &e);
    weaveheap_list_vector_lookup(plain, 0, (const uint8_t*)"a", 1, &err);
    EXPECT_ERR_MSG(weaveheap_list_vector_lookup, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "not a map");
    finish(r);
}

/* -- a batch as a struct column, and a list of structs ------------------------------------ */

static void struct_columns(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_vector_t id = vec(r, I32, 4, false), x = vec(r, I64, 4, true);
    weaveheap_var_vector_t name = strs(r, 4, 32, false);
    weaveheap_batch_t inner = batch(r, 2);
    add(inner, "x", x);
    add(inner, "name", name);
    weaveheap_batch_t outer = batch(r, 2);
    add(outer, "id", id);
    add(outer, "s", inner);
    CHECK_EQ_U64(weaveheap_batch_num_columns(outer, &err), 2);
    EXPECT_OK(weaveheap_batch_num_columns, &err);
    /* held: the inner batch takes no column, and cannot hold the outer one (no cycle) */
    weaveheap_batch_add_column(inner, (const uint8_t*)"o", 1, outer, &err);
    EXPECT_ERR(weaveheap_batch_add_column, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_batch_add_column(outer, (const uint8_t*)"me", 2, outer, &err);
    EXPECT_ERR_MSG(weaveheap_batch_add_column, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "does not fit");
    weaveheap_batch_t lone = batch(r, 1);
    weaveheap_batch_add_column(lone, (const uint8_t*)"me", 2, lone, &err);
    EXPECT_ERR_MSG(weaveheap_batch_add_column, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "itself");
    CHECK_EQ_U64(weaveheap_batch_num_columns(lone, &err), 0);
    weaveheap_batch_release(inner, &err);
    EXPECT_ERR(weaveheap_batch_release, &err, WEAVEHEAP_ERR_BORROWED);
    enc e = {0};
    i32v(&e, 1), tag(&e, 1), i64v(&e, 10), strv(&e, "ten"); /* id 1, s {x 10, name "ten"} */
    weaveheap_batch_append_row(outer, e.b, e.n, &err);
    EXPECT_OK(weaveheap_batch_append_row, &err);
    e.n = 0;
    i32v(&e, 2), tag(&e, 1), nullv(&e), strv(&e, "");
    weaveheap_batch_append_row(outer, e.b, e.n, &err);
    EXPECT_OK(weaveheap_batch_append_row, &err);
    CHECK_EQ_U64(weaveheap_batch_num_rows(outer, &err), 2);
    CHECK_EQ_U64(weaveheap_batch_num_rows(inner, &err), 2);
    EXPECT_OK(weaveheap_batch_num_rows, &err);
    /* a null struct is refused, and nothing moves */
    weaveheap_stats s0 = wh_region_stats(r);
    e.n = 0;
    i32v(&e, 3), nullv(&e);
    weaveheap_batch_append_row(outer, e.b, e.n, &err);
    EXPECT_ERR_MSG(weaveheap_batch_append_row, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "struct");
    e.n = 0;
    i32v(&e, 3), tag(&e, 1), i64v(&e, 1); /* ends inside the struct */
    weaveheap_batch_append_row(outer, e.b, e.n, &err);
    EXPECT_ERR_MSG(weaveheap_batch_append_row, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "s.name");
    weaveheap_stats s1 = wh_region_stats(r);
    CHECK_EQ_STATS(&s1, &s0);
    CHECK_EQ_U64(weaveheap_vector_length(id, &err), 2);
    CHECK_EQ_U64(weaveheap_vector_length(x, &err), 2);
    weaveheap_batch_validate(outer, &err);
    EXPECT_OK(weaveheap_batch_validate, &err);
    struct ArrowSchema s;
    struct ArrowArray a;
    weaveheap_batch_export_arrow(outer, (uint8_t*)&s, (uint8_t*)&a, &err);
    EXPECT_OK(weaveheap_batch_export_arrow, &err);
    REQUIRE_EQ_U64(s.n_children, 2);
    CHECK_EQ_STR(s.children[1]->format, "+s");
    CHECK_EQ_STR(s.children[1]->name, "s");
    CHECK_EQ_U64(s.children[1]->flags, 0);
    CHECK_EQ_STR(s.children[1]->children[1]->name, "name");
    CHECK_EQ_U64(a.children[1]->length, 2);
    CHECK_EQ_U64(a.children[1]->n_buffers, 1);
    CHECK_EQ_PTR(a.children[1]->buffers[0], NULL);
    CHECK_EQ_PTR(a.children[1]->children[0]->buffers[1], wh_view_of(x).data);
    CHECK_EQ_MEM((const char*)a.children[1]->children[1]->buffers[2], "ten", 3);
    a.release(&a);
    s.release(&s);
    weaveheap_batch_release(outer, &err);
    EXPECT_OK(weaveheap_batch_release, &err);
    weaveheap_batch_release(inner, &err); /* the outer's hold is gone */
    EXPECT_OK(weaveheap_batch_release, &err);

    /* a list of structs: [{x 1, name "a"}, {x null, name "b"}] */
    weaveheap_vector_t lx = vec(r, I64, 8, true);
    weaveheap_var_vector_t ln = strs(r, 8, 32, false);
    weaveheap_batch_t item = batch(r, 2);
    add(item, "x", lx);
    add(item, "name", ln);
    weaveheap_list_vector_t ls = list(r, item, 2, false, false);
    e.n = 0;
    u32(&e, 2), tag(&e, 1), i64v(&e, 1), strv(&e, "a"), tag(&e, 1), nullv(&e), strv(&e, "b");
    append(ls, &e);
    CHECK_EQ_U64(weaveheap_batch_num_rows(item, &err), 2);
    weaveheap_list_vector_export_arrow(ls, (uint8_t*)&s, (uint8_t*)&a, &err);
    EXPECT_OK(weaveheap_list_vector_export_arrow, &err);
    CHECK_EQ_STR(s.children[0]->format, "+s");
    CHECK_EQ_U64(a.children[0]->length, 2);
    CHECK_EQ_U64(a.children[0]->children[0]->null_count, 1);
    a.release(&a);
    s.release(&s);
    finish(r);
}

/* -- refusals ------------------------------------------------------------------------------ */

static void create_refusals(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_vector_t v = vec(r, I64, 4, false);
    /* not a column */
    weaveheap_buffer_t buf = weaveheap_buffer_alloc(r, 8, 8, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_stats s0 = wh_region_stats(r);
    weaveheap_list_vector_create(r, buf, 4, false, false, &err);
    EXPECT_ERR(weaveheap_list_vector_create, &err, WEAVEHEAP_ERR_WRONG_KIND);
    CHECK_EQ_U64(wh_region_stats(r).allocations, s0.allocations);
    /* a child with values */
    weaveheap_vector_append(v, 1, &err);
    EXPECT_OK(weaveheap_vector_append, &err);
    weaveheap_stats s1 = wh_region_stats(r);
    weaveheap_list_vector_create(r, v, 4, false, false, &err);
    EXPECT_ERR_MSG(weaveheap_list_vector_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "empty");
    weaveheap_stats s2 = wh_region_stats(r);
    CHECK_EQ_STATS(&s2, &s1);
    /* a map's child: a batch of a non-nullable key and a value */
    weaveheap_vector_t a = vec(r, I64, 1, false), b = vec(r, I64, 1, false), c = vec(r, I64, 1, false);
    weaveheap_list_vector_create(r, a, 4, false, true, &err);
    EXPECT_ERR_MSG(weaveheap_list_vector_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "batch");
    weaveheap_batch_t three = batch(r, 3);
    add(three, "a", a);
    add(three, "b", b);
    add(three, "c", c);
    weaveheap_list_vector_create(r, three, 4, false, true, &err);
    EXPECT_ERR_MSG(weaveheap_list_vector_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "exactly two");
    weaveheap_batch_t nk = batch(r, 2);
    add(nk, "k", vec(r, I64, 1, true));
    add(nk, "v", vec(r, I64, 1, false));
    weaveheap_list_vector_create(r, nk, 4, false, true, &err);
    EXPECT_ERR_MSG(weaveheap_list_vector_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "not be nullable");
    /* a child borrowed unique */
    weaveheap_vector_t u = vec(r, I64, 1, false);
    weaveheap_view view;
    weaveheap_borrow_t tok = weaveheap_borrow_unique(u, &view, &err);
    EXPECT_OK(weaveheap_borrow_unique, &err);
    s1 = wh_region_stats(r);
    weaveheap_list_vector_create(r, u, 4, false, false, &err);
    EXPECT_ERR(weaveheap_list_vector_create, &err, WEAVEHEAP_ERR_BORROW_CONFLICT);
    s2 = wh_region_stats(r);
    CHECK_EQ_U64(s2.borrow_conflicts, s1.borrow_conflicts + 1);
    CHECK_EQ_U64(s2.borrows_active, s1.borrows_active);
    weaveheap_borrow_release(tok, &err);
    /* another region's child */
    weaveheap_region_t other = wh_region(NULL);
    weaveheap_vector_t far = vec(other, I64, 1, false);
    weaveheap_list_vector_create(r, far, 4, false, false, &err);
    EXPECT_ERR_MSG(weaveheap_list_vector_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "another region");
    /* stale, forged children */
    weaveheap_vector_t gone = vec(r, I64, 1, false);
    weaveheap_vector_release(gone, &err);
    weaveheap_list_vector_create(r, gone, 4, false, false, &err);
    EXPECT_ERR(weaveheap_list_vector_create, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    weaveheap_list_vector_create(r, wh_with_gen(u, wh_gen(u) + 7), 4, false, false, &err);
    EXPECT_ERR(weaveheap_list_vector_create, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    weaveheap_region_reset(other, &err);
    EXPECT_OK(weaveheap_region_reset, &err);
    weaveheap_vector_t newer = vec(other, I64, 1, false); /* far's slot, a newer generation */
    (void)newer;
    weaveheap_list_vector_create(other, far, 4, false, false, &err);
    EXPECT_ERR(weaveheap_list_vector_create, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    weaveheap_vector_t old = vec(r, I64, 1, false);
    weaveheap_vector_release(old, &err);
    EXPECT_OK(weaveheap_vector_release, &err);
    weaveheap_vector_t again = vec(r, I64, 1, false); /* old's slot */
    CHECK_EQ_U64(wh_slot(again), wh_slot(old));
    weaveheap_list_vector_create(r, old, 4, false, false, &err);
    EXPECT_ERR(weaveheap_list_vector_create, &err, WEAVEHEAP_ERR_REUSED_HANDLE);
    /* sizes */
    weaveheap_list_vector_create(r, u, (uint64_t)1 << 49, false, false, &err);
    EXPECT_ERR(weaveheap_list_vector_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    weaveheap_list_vector_create(r, u, (uint64_t)1 << 48, true, false, &err);
    EXPECT_ERR(weaveheap_list_vector_create, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    /* the depth limit: 15 lists over a vector nest 16 levels, a 16th is refused */
    weaveheap_handle_t child = vec(r, I64, 1, false);
    for (int i = 0; i < 15; i++) child = list(r, child, 1, false, false);
    s1 = wh_region_stats(r);
    weaveheap_list_vector_create(r, child, 1, false, false, &err);
    EXPECT_ERR_MSG(weaveheap_list_vector_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "levels");
    weaveheap_batch_t deep = batch(r, 1);
    s1 = wh_region_stats(r);
    weaveheap_batch_add_column(deep, (const uint8_t*)"d", 1, child, &err);
    EXPECT_ERR_MSG(weaveheap_batch_add_column, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "levels");
    s2 = wh_region_stats(r);
    CHECK_EQ_U64(s2.borrows_active, s1.borrows_active + 0);
    CHECK_EQ_U64(s2.allocations, s1.allocations);
    wh_destroy(other);
    finish(r);
}

static void append_refusals(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_vector_t items = vec(r, I64, 3, false);
    weaveheap_list_vector_t l = list(r, items, 2, false, false);
    enc e = {0};
    u32(&e, 2), i64v(&e, 1), i64v(&e, 2);
    append(l, &e);
    weaveheap_stats s0 = wh_region_stats(r);
    struct {
        const char* why;
        uint8_t bytes[32];
        size_t n;
        int32_t code;
    } bad[] = {
        {"count", {1, 0}, 2, WEAVEHEAP_ERR_INVALID_ARGUMENT},                  /* ends inside its count */
        {"items", {5, 0, 0, 0, 1}, 5, WEAVEHEAP_ERR_INVALID_ARGUMENT},         /* 5 items, 1 byte */
        {"tag", {1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0}, 13, WEAVEHEAP_ERR_INVALID_ARGUMENT},
        {"nullable", {1, 0, 0, 0, 0}, 5, WEAVEHEAP_ERR_INVALID_ARGUMENT},      /* a null item */
        {"left over", {0, 0, 0, 0, 9}, 5, WEAVEHEAP_ERR_INVALID_ARGUMENT},
        {"bytes", {1, 0, 0, 0, 1, 7, 0}, 7, WEAVEHEAP_ERR_INVALID_ARGUMENT},   /* ends inside the value */
        {"full", {2, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0}, 22,
         WEAVEHEAP_ERR_OUT_OF_RANGE},                                          /* the child has room for 1 more */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        weaveheap_list_vector_append(l, bad[i].bytes, bad[i].n, &err);
        EXPECT_ERR_MSG(weaveheap_list_vector_append, &err, bad[i].code, bad[i].why);
        weaveheap_stats s1 = wh_region_stats(r);
        CHECK_EQ_STATS(&s1, &s0);
        CHECK_EQ_U64(weaveheap_list_vector_length(l, &err), 1);
        CHECK_EQ_U64(weaveheap_vector_length(items, &err), 2);
    }
    weaveheap_list_vector_append(l, NULL, 4, &err);
    EXPECT_ERR(weaveheap_list_vector_append, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    weaveheap_list_vector_append_null(l, &err); /* not nullable */
    EXPECT_ERR(weaveheap_list_vector_append_null, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    e.n = 0;
    u32(&e, 1), i64v(&e, 3);
    append(l, &e);
    e.n = 0;
    u32(&e, 0);
    weaveheap_list_vector_append(l, e.b, e.n, &err); /* the list is full */
    EXPECT_ERR_MSG(weaveheap_list_vector_append, &err, WEAVEHEAP_ERR_OUT_OF_RANGE, "full");
    weaveheap_list_vector_t nl = list(r, vec(r, I64, 1, false), 1, true, false);
    weaveheap_list_vector_append_null(nl, &err);
    EXPECT_OK(weaveheap_list_vector_append_null, &err);
    weaveheap_list_vector_append_null(nl, &err);
    EXPECT_ERR(weaveheap_list_vector_append_null, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
    /* the child viewed by someone else: the list cannot write it */
    weaveheap_vector_t seen = vec(r, I64, 2, false);
    weaveheap_list_vector_t sl = list(r, seen, 2, false, false);
    weaveheap_view view;
    weaveheap_borrow_t tok = weaveheap_borrow_shared(seen, &view, &err);
    EXPECT_OK(weaveheap_borrow_shared, &err);
    weaveheap_stats s1 = wh_region_stats(r);
    weaveheap_list_vector_append(sl, e.b, e.n, &err);
    EXPECT_ERR(weaveheap_list_vector_append, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_stats s2 = wh_region_stats(r);
    CHECK_EQ_U64(s2.borrow_conflicts, s1.borrow_conflicts + 1);
    weaveheap_borrow_release(tok, &err);
    weaveheap_list_vector_append(sl, e.b, e.n, &err);
    EXPECT_OK(weaveheap_list_vector_append, &err);
    /* a list in a batch is written by the batch's rows only */
    weaveheap_batch_t b = batch(r, 1);
    add(b, "l", sl);
    weaveheap_list_vector_append(sl, e.b, e.n, &err);
    EXPECT_ERR(weaveheap_list_vector_append, &err, WEAVEHEAP_ERR_BORROWED);
    enc row = {0};
    tag(&row, 1), u32(&row, 1), i64v(&row, 4);
    weaveheap_batch_append_row(b, row.b, row.n, &err);
    EXPECT_OK(weaveheap_batch_append_row, &err);
    CHECK_EQ_U64(weaveheap_list_vector_length(sl, &err), 2);
    CHECK_EQ_I64(weaveheap_vector_get(seen, 0, &err), 4);
    weaveheap_batch_append_row(b, row.b, row.n, &err); /* the list is full now */
    EXPECT_ERR(weaveheap_batch_append_row, &err, WEAVEHEAP_ERR_OUT_OF_RANGE);
    finish(r);
}

/* Out of memory: the export's blocks and a row's check, each refused cleanly. */
static void out_of_memory(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_list_vector_t l = list(r, vec(r, I64, 4, false), 2, false, false);
    weaveheap_batch_t b = batch(r, 1);
    add(b, "l", l);
    enc row = {0};
    tag(&row, 1), u32(&row, 1), i64v(&row, 4);
    int64_t live = weaveheap__test_live_allocs();
    weaveheap_stats s0 = wh_region_stats(r);
    weaveheap__test_fail_nth_alloc(1);
    weaveheap_batch_append_row(b, row.b, row.n, &err);
    EXPECT_ERR(weaveheap_batch_append_row, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    weaveheap_stats s1 = wh_region_stats(r);
    CHECK_EQ_STATS(&s1, &s0);
    for (int nth = 1; nth <= 2; nth++) {
        struct ArrowSchema s;
        struct ArrowArray a;
        memset(&s, 0xab, sizeof s);
        memset(&a, 0xab, sizeof a);
        weaveheap__test_fail_nth_alloc((uint64_t)nth);
        weaveheap_batch_export_arrow(b, (uint8_t*)&s, (uint8_t*)&a, &err);
        EXPECT_ERR(weaveheap_batch_export_arrow, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
        CHECK_TRUE(((uint8_t*)&s)[0] == 0xab);
    }
    weaveheap_batch_release(b, &err);
    EXPECT_OK(weaveheap_batch_release, &err);
    for (int nth = 1; nth <= 2; nth++) {
        struct ArrowSchema s;
        struct ArrowArray a;
        memset(&s, 0xab, sizeof s);
        weaveheap__test_fail_nth_alloc((uint64_t)nth);
        weaveheap_list_vector_export_arrow(l, (uint8_t*)&s, (uint8_t*)&a, &err);
        EXPECT_ERR(weaveheap_list_vector_export_arrow, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
        CHECK_TRUE(((uint8_t*)&s)[0] == 0xab);
    }
    enc e = {0};
    u32(&e, 0);
    weaveheap__test_fail_nth_alloc(1);
    weaveheap_list_vector_append(l, e.b, e.n, &err);
    EXPECT_ERR(weaveheap_list_vector_append, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    weaveheap__test_fail_nth_alloc(0);
    CHECK_EQ_I64(weaveheap__test_live_allocs(), live);
    weaveheap_list_vector_export_arrow(l, NULL, (uint8_t*)&e, &err);
    EXPECT_ERR(weaveheap_list_vector_export_arrow, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    CHECK_EQ_U64(weaveheap_list_vector_length(l, &err), 0);
    finish(r);
}

/* -- validation and stream schemas -------------------------------------------------------- */

static void validate_nested(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_vector_t items = vec(r, I64, 8, false);
    weaveheap_list_vector_t l = list(r, items, 4, false, false);
    weaveheap_batch_t b = batch(r, 1);
    add(b, "tags", l);
    enc row = {0};
    tag(&row, 1), u32(&row, 2), i64v(&row, 1), i64v(&row, 2);
    weaveheap_batch_append_row(b, row.b, row.n, &err);
    weaveheap_batch_append_row(b, row.b, row.n, &err);
    EXPECT_OK(weaveheap_batch_append_row, &err);
    weaveheap_batch_validate(b, &err);
    EXPECT_OK(weaveheap_batch_validate, &err);
    /* the offsets written behind the core's back: each fault named by column and row */
    struct ArrowSchema s;
    struct ArrowArray a;
    weaveheap_list_vector_export_arrow(l, (uint8_t*)&s, (uint8_t*)&a, &err);
    EXPECT_OK(weaveheap_list_vector_export_arrow, &err);
    int32_t* off = (int32_t*)(uintptr_t)a.buffers[1];
    struct {
        int i;
        int32_t v;
        const char* msg;
    } faults[] = {
        {0, 1, "column 'tags' row 0"},       /* does not start at 0 */
        {1, 5, "column 'tags' row 0"},       /* past the child */
        {2, 1, "column 'tags' row 1"},       /* decreases */
        {2, 3, "column 'tags' row 1: its last offset 3"}, /* ends before the child's end */
    };
    for (size_t i = 0; i < sizeof faults / sizeof faults[0]; i++) {
        int32_t keep = off[faults[i].i];
        off[faults[i].i] = faults[i].v;
        weaveheap_batch_validate(b, &err);
        EXPECT_ERR_MSG(weaveheap_batch_validate, &err, WEAVEHEAP_ERR_OUT_OF_RANGE, faults[i].msg);
        off[faults[i].i] = keep;
    }
    weaveheap_batch_validate(b, &err);
    EXPECT_OK(weaveheap_batch_validate, &err);
    a.release(&a);
    s.release(&s);
    finish(r);
}

static void stream_schemas_compare_nested(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_batch_t b1 = batch(r, 1), b2 = batch(r, 1), b3 = batch(r, 1);
    add(b1, "l", list(r, vec(r, I64, 1, false), 1, false, false));
    add(b2, "l", list(r, vec(r, I32, 1, false), 1, false, false)); /* list<int32> */
    add(b3, "l", list(r, vec(r, I64, 1, false), 1, false, false));
    weaveheap_batch_stream_t st = weaveheap_batch_stream_create(r, 4, &err);
    EXPECT_OK(weaveheap_batch_stream_create, &err);
    weaveheap_batch_stream_add_batch(st, b1, &err);
    EXPECT_OK(weaveheap_batch_stream_add_batch, &err);
    weaveheap_batch_stream_add_batch(st, b2, &err);
    EXPECT_ERR_MSG(weaveheap_batch_stream_add_batch, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "another type");
    weaveheap_batch_stream_add_batch(st, b3, &err);
    EXPECT_OK(weaveheap_batch_stream_add_batch, &err);
    CHECK_EQ_U64(weaveheap_batch_stream_num_batches(st, &err), 2);
    weaveheap_batch_stream_release(st, &err);
    EXPECT_OK(weaveheap_batch_stream_release, &err);
    finish(r);
}

static const wh_test tests[] = {
    {"list<int64>: values, offsets, export in place, borrows", list_of_int64},
    {"list<utf8> and a list of lists", list_of_strings_and_lists},
    {"map<utf8,int64> and lookup by key", map_and_lookup},
    {"a batch as a struct column; a list of structs", struct_columns},
    {"create refuses bad children, sizes and depth, changing nothing", create_refusals},
    {"append refuses bad encodings and full columns, changing nothing", append_refusals},
    {"out of memory in exports and rows changes nothing", out_of_memory},
    {"validate checks list offsets, naming column and row", validate_nested},
    {"stream schemas compare nested columns", stream_schemas_compare_nested},
    {NULL, NULL},
};
const wh_suite wh_suite_lists = {"lists", tests};
