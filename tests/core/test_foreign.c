/* Foreign Arrow arrays and streams (kinds 12 and 13): a producer made in
 * this file, through the spec's structs alone, whose release callbacks count
 * their calls. The import moves the structs without copying a buffer, the
 * producer's memory is held until the foreign's release or the region's
 * reset or destroy, which call the producer's release exactly once (array
 * first, then schema); views and the export again read the producer's
 * buffers; every refusal moves nothing and changes no counter but its own. */
#include <string.h>

#include "arrow_spec.h"
#include "check.h"
#include "testing.h"

/* -- a producer ----------------------------------------------------------------- */

static int array_releases, schema_releases, stream_releases;
static char order[64];
static size_t norder;

static void note(char c) {
    if (norder + 1 < sizeof order) order[norder++] = c;
    order[norder] = 0;
}
static void reset_counts(void) {
    array_releases = schema_releases = stream_releases = 0;
    norder = 0;
    order[0] = 0;
}

static void child_array_release(struct ArrowArray* a) { a->release = NULL; }
static void child_schema_release(struct ArrowSchema* s) { s->release = NULL; }

/* The parent's release releases the children it still owns, as the spec says. */
static void p_array_release(struct ArrowArray* a) {
    for (int64_t i = 0; i < a->n_children; i++)
        if (a->children[i] && a->children[i]->release) a->children[i]->release(a->children[i]);
    array_releases++;
    note('A');
    a->release = NULL;
}
static void p_schema_release(struct ArrowSchema* s) {
    for (int64_t i = 0; i < s->n_children; i++)
        if (s->children[i] && s->children[i]->release) s->children[i]->release(s->children[i]);
    schema_releases++;
    note('S');
    s->release = NULL;
}

/* One producer's array: int64 values 10..14 seen from offset 1 (3 values),
 * or utf8 "ab", "cde", "f" from offset 1, or a struct of the int64 one. */
typedef struct made {
    int64_t values[5];
    int32_t offsets[4];
    char data[8];
    const void* bufs[3];
    const void* child_bufs[2];
    struct ArrowSchema s, child_s;
    struct ArrowArray a, child_a;
    struct ArrowSchema* child_sp;
    struct ArrowArray* child_ap;
} made;

static void produce(made* m, const char* format) {
    memset(m, 0, sizeof *m);
    for (int i = 0; i < 5; i++) m->values[i] = 10 + i;
    memcpy(m->offsets, (int32_t[]){0, 2, 5, 6}, sizeof m->offsets);
    memcpy(m->data, "abcdef", 6);
    m->s = (struct ArrowSchema){.format = format, .name = "col", .release = p_schema_release};
    m->a = (struct ArrowArray){.length = 3, .offset = 1, .release = p_array_release};
    if (!strcmp(format, "l")) {
        m->bufs[0] = NULL;
        m->bufs[1] = m->values;
        m->a.n_buffers = 2;
    } else if (!strcmp(format, "u")) {
        m->bufs[0] = NULL;
        m->bufs[1] = m->offsets;
        m->bufs[2] = m->data;
        m->a.n_buffers = 3;
        m->a.length = 2;
    } else { /* "+s" of one int64 child "x" */
        m->child_bufs[1] = m->values;
        m->child_s = (struct ArrowSchema){.format = "l", .name = "x", .release = child_schema_release};
        m->child_a = (struct ArrowArray){.length = 5, .n_buffers = 2, .buffers = m->child_bufs,
                                         .release = child_array_release};
        m->child_sp = &m->child_s;
        m->child_ap = &m->child_a;
        m->s.n_children = m->a.n_children = 1;
        m->s.children = &m->child_sp;
        m->a.children = &m->child_ap;
        m->a.n_buffers = 1;
        m->a.offset = 0;
    }
    m->a.buffers = m->bufs;
}

static weaveheap_foreign_t import(weaveheap_region_t r, made* m) {
    weaveheap_error err = {0};
    weaveheap_foreign_t f = weaveheap_foreign_import_array(r, (uint8_t*)&m->s, (uint8_t*)&m->a, &err);
    EXPECT_OK(weaveheap_foreign_import_array, &err);
    REQUIRE_NE_HEX(f, 0);
    return f;
}

/* -- arrays ------------------------------------------------------------------------ */

static void import_moves_and_holds(void) {
    weaveheap_error err = {0};
    reset_counts();
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_stats s0 = wh_region_stats(r);
    made m;
    produce(&m, "l");
    weaveheap_foreign_t f = import(r, &m);
    /* moved: the caller's structs are released, the buffers untouched */
    CHECK_TRUE(m.s.release == NULL && m.a.release == NULL);
    CHECK_EQ_I64(array_releases + schema_releases, 0);
    weaveheap_stats s1 = wh_region_stats(r);
    CHECK_EQ_U64(s1.imports, s0.imports + 1);
    CHECK_EQ_U64(s1.copies, s0.copies);
    CHECK_EQ_U64(s1.bytes_allocated, s0.bytes_allocated); /* nothing of the region's */
    CHECK_EQ_U64(s1.allocations, s0.allocations + 1);  /* an object, released one by one below */
    CHECK_EQ_HEX(weaveheap_handle_kind_of(f, &err), WEAVEHEAP_HANDLE_KIND_FOREIGN);
    EXPECT_OK(weaveheap_handle_kind_of, &err);
    CHECK_EQ_U64(weaveheap_foreign_length(f, &err), 3);
    EXPECT_OK(weaveheap_foreign_length, &err);
    CHECK_EQ_U64(weaveheap_foreign_null_count(f, &err), 0);
    EXPECT_OK(weaveheap_foreign_null_count, &err);
    CHECK_EQ_U64(weaveheap_foreign_offset(f, &err), 1);
    EXPECT_OK(weaveheap_foreign_offset, &err);
    CHECK_EQ_U64(weaveheap_foreign_num_children(f, &err), 0);
    EXPECT_OK(weaveheap_foreign_num_children, &err);
    char* fmt = weaveheap_foreign_format(f, &err);
    EXPECT_OK(weaveheap_foreign_format, &err);
    CHECK_EQ_STR(fmt, "l");
    weaveheap_free_string(fmt);
    CHECK_EQ_U64(wh_region_stats(r).copies, s0.copies + 1); /* the format's copy */
    /* a view is the producer's values, offset applied: zero copy */
    weaveheap_view v = {0};
    weaveheap_borrow_t t = weaveheap_borrow_shared(f, &v, &err);
    EXPECT_OK(weaveheap_borrow_shared, &err);
    CHECK_EQ_PTR(v.data, &m.values[1]);
    CHECK_EQ_U64(v.length, 3 * 8);
    CHECK_TRUE(!v.writable);
    /* while it lives: release, reset and destroy refused, nothing released */
    weaveheap_foreign_release(f, &err);
    EXPECT_ERR(weaveheap_foreign_release, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_region_reset(r, &err);
    EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_BORROWED);
    CHECK_EQ_I64(array_releases + schema_releases, 0);
    weaveheap_borrow_release(t, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    /* a unique view too (read-only: the producer's memory) */
    t = weaveheap_borrow_unique(f, &v, &err);
    EXPECT_OK(weaveheap_borrow_unique, &err);
    CHECK_TRUE(!v.writable);
    weaveheap_borrow_release(t, &err);
    weaveheap_foreign_release(f, &err);
    EXPECT_OK(weaveheap_foreign_release, &err);
    CHECK_EQ_I64(array_releases, 1);
    CHECK_EQ_I64(schema_releases, 1);
    CHECK_EQ_STR(order, "AS");
    weaveheap_foreign_release(f, &err);
    EXPECT_ERR(weaveheap_foreign_release, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    CHECK_EQ_I64(array_releases, 1); /* exactly once */
    wh_destroy(r);
    CHECK_EQ_I64(array_releases + schema_releases, 2);
}

static void reset_and_destroy_release_once(void) {
    weaveheap_error err = {0};
    reset_counts();
    weaveheap_region_t r = wh_region(NULL);
    made a, b, c;
    produce(&a, "l");
    produce(&b, "u");
    produce(&c, "+s");
    weaveheap_foreign_t fa = import(r, &a);
    import(r, &b);
    weaveheap_region_reset(r, &err);
    EXPECT_OK(weaveheap_region_reset, &err);
    CHECK_EQ_I64(array_releases, 2);
    CHECK_EQ_I64(schema_releases, 2);
    CHECK_EQ_STR(order, "ASAS");
    CHECK_EQ_U64(weaveheap_foreign_length(fa, &err), 0);
    EXPECT_ERR(weaveheap_foreign_length, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    import(r, &c);
    wh_destroy(r);
    CHECK_EQ_I64(array_releases, 3);
    CHECK_EQ_I64(schema_releases, 3);
    CHECK_TRUE(c.child_a.release == NULL && c.child_s.release == NULL); /* the producer's own release ran */
    CHECK_EQ_I64(wh_global_stats().borrows_active, 0);
}

/* The producer's struct, then a copy whose fault is set by `spoil`. */
static void refused_import(weaveheap_region_t r, const char* format, void (*spoil)(made*), const char* why) {
    weaveheap_error err = {0};
    reset_counts();
    made m;
    produce(&m, format);
    spoil(&m);
    made before = m;
    weaveheap_stats s0 = wh_region_stats(r), g0 = wh_global_stats();
    CHECK_EQ_HEX(weaveheap_foreign_import_array(r, (uint8_t*)&m.s, (uint8_t*)&m.a, &err), 0);
    EXPECT_ERR_MSG(weaveheap_foreign_import_array, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, why);
    CHECK_TRUE(memcmp(&m.s, &before.s, sizeof m.s) == 0 && memcmp(&m.a, &before.a, sizeof m.a) == 0);
    weaveheap_stats s1 = wh_region_stats(r), g1 = wh_global_stats();
    CHECK_EQ_STATS(&s1, &s0);
    CHECK_EQ_STATS(&g1, &g0);
    CHECK_EQ_I64(array_releases + schema_releases, 0);
    if (m.a.release) m.a.release(&m.a); /* still the caller's */
    if (m.s.release) m.s.release(&m.s);
}

static void no_schema_release(made* m) { m->s.release = NULL; }
static void no_array_release(made* m) { m->a.release = NULL; }
static void negative_length(made* m) { m->a.length = -1; }
static void negative_offset(made* m) { m->a.offset = -3; }
static void bad_null_count(made* m) { m->a.null_count = -2; }
static void one_buffer(made* m) { m->a.n_buffers = 1; }
static void no_values(made* m) { m->bufs[1] = NULL; }
static void no_data(made* m) { m->bufs[2] = NULL; }
static void children_differ(made* m) { m->a.n_children = 0; }
static void null_child(made* m) { m->child_ap = NULL; }
static void no_format(made* m) { m->s.format = NULL; }
static void overflow(made* m) { m->a.offset = INT64_MAX; }

static void import_refusals_move_nothing(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    refused_import(r, "l", no_schema_release, "schema is released");
    refused_import(r, "l", no_array_release, "array is released");
    refused_import(r, "l", negative_length, "length is negative");
    refused_import(r, "l", negative_offset, "offset is negative");
    refused_import(r, "l", bad_null_count, "null_count");
    refused_import(r, "l", one_buffer, "2 buffers");
    refused_import(r, "l", no_values, "values");
    refused_import(r, "u", no_data, "data buffer");
    refused_import(r, "u", one_buffer, "3 buffers");
    refused_import(r, "+s", children_differ, "children differ");
    refused_import(r, "+s", null_child, "child");
    refused_import(r, "l", no_format, "format");
    refused_import(r, "l", overflow, "overflow");
    made m;
    produce(&m, "l");
    CHECK_EQ_HEX(weaveheap_foreign_import_array(r, NULL, (uint8_t*)&m.a, &err), 0);
    EXPECT_ERR_MSG(weaveheap_foreign_import_array, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "schema");
    CHECK_EQ_HEX(weaveheap_foreign_import_array(r, (uint8_t*)&m.s, NULL, &err), 0);
    EXPECT_ERR_MSG(weaveheap_foreign_import_array, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "array");
    /* no memory: nothing moved, nothing counted */
    weaveheap_stats s0 = wh_region_stats(r);
    weaveheap__test_fail_nth_alloc(1);
    CHECK_EQ_HEX(weaveheap_foreign_import_array(r, (uint8_t*)&m.s, (uint8_t*)&m.a, &err), 0);
    weaveheap__test_fail_nth_alloc(0);
    EXPECT_ERR(weaveheap_foreign_import_array, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    CHECK_TRUE(m.s.release != NULL && m.a.release != NULL);
    weaveheap_stats s1 = wh_region_stats(r);
    CHECK_EQ_STATS(&s1, &s0);
    /* region handles */
    weaveheap_region_t dead = wh_region(NULL);
    wh_destroy(dead);
    CHECK_EQ_HEX(weaveheap_foreign_import_array(dead, (uint8_t*)&m.s, (uint8_t*)&m.a, &err), 0);
    EXPECT_ERR(weaveheap_foreign_import_array, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    weaveheap_region_t again = wh_region(NULL);
    CHECK_EQ_HEX(weaveheap_foreign_import_array(dead, (uint8_t*)&m.s, (uint8_t*)&m.a, &err), 0);
    EXPECT_ERR(weaveheap_foreign_import_array, &err, WEAVEHEAP_ERR_REUSED_HANDLE);
    CHECK_EQ_HEX(weaveheap_foreign_import_array(0, (uint8_t*)&m.s, (uint8_t*)&m.a, &err), 0);
    EXPECT_ERR(weaveheap_foreign_import_array, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    weaveheap_buffer_t b = weaveheap_buffer_alloc(r, 8, 8, &err);
    CHECK_EQ_HEX(weaveheap_foreign_import_array(b, (uint8_t*)&m.s, (uint8_t*)&m.a, &err), 0);
    EXPECT_ERR(weaveheap_foreign_import_array, &err, WEAVEHEAP_ERR_WRONG_KIND);
    CHECK_TRUE(m.s.release != NULL && m.a.release != NULL);
    reset_counts();
    m.a.release(&m.a);
    m.s.release(&m.s);
    /* format: no memory for its copy */
    produce(&m, "l");
    weaveheap_foreign_t f = import(r, &m);
    weaveheap__test_fail_nth_alloc(1);
    CHECK_EQ_PTR(weaveheap_foreign_format(f, &err), NULL);
    weaveheap__test_fail_nth_alloc(0);
    EXPECT_ERR(weaveheap_foreign_format, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    weaveheap_foreign_release(f, &err);
    EXPECT_OK(weaveheap_foreign_release, &err);
    wh_destroy(again);
    wh_destroy(r);
}

static void views_of_formats(void) {
    weaveheap_error err = {0};
    reset_counts();
    weaveheap_region_t r = wh_region(NULL);
    made u, st;
    produce(&u, "u");
    produce(&st, "+s");
    weaveheap_foreign_t fu = import(r, &u), fs = import(r, &st);
    /* "u" from offset 1: values "cde" and "f", the data bytes 2..6 */
    weaveheap_view v = wh_view_of(fu);
    CHECK_EQ_PTR(v.data, u.data + 2);
    CHECK_EQ_U64(v.length, 4);
    /* another format: an empty view */
    v = wh_view_of(fs);
    CHECK_EQ_U64(v.length, 0);
    CHECK_NE_PTR(v.data, NULL);
    CHECK_EQ_U64(weaveheap_foreign_num_children(fs, &err), 1);
    EXPECT_OK(weaveheap_foreign_num_children, &err);
    wh_destroy(r);
    CHECK_EQ_I64(array_releases, 2);
}

/* -- export again ------------------------------------------------------------------ */

static void export_again_in_place(void) {
    weaveheap_error err = {0};
    reset_counts();
    weaveheap_region_t r = wh_region(NULL);
    made m;
    produce(&m, "+s");
    weaveheap_foreign_t f = import(r, &m);
    weaveheap_stats s0 = wh_region_stats(r);
    struct ArrowSchema s;
    struct ArrowArray a;
    weaveheap_foreign_export_arrow(f, (uint8_t*)&s, (uint8_t*)&a, &err);
    EXPECT_OK(weaveheap_foreign_export_arrow, &err);
    CHECK_EQ_STR(s.format, "+s");
    CHECK_EQ_STR(s.name, "col");
    REQUIRE_EQ_U64(s.n_children, 1);
    CHECK_EQ_STR(s.children[0]->format, "l");
    CHECK_EQ_STR(s.children[0]->name, "x");
    CHECK_NE_PTR(s.children[0]->name, m.child_s.name); /* the consumer's own copy */
    CHECK_EQ_I64(a.length, 3);
    REQUIRE_EQ_U64(a.n_children, 1);
    CHECK_EQ_PTR(a.children[0]->buffers[1], m.values); /* the producer's buffer: zero copy */
    CHECK_EQ_I64(a.children[0]->length, 5);
    weaveheap_stats s1 = wh_region_stats(r);
    CHECK_EQ_U64(s1.copies, s0.copies);
    CHECK_EQ_U64(s1.borrows_active, s0.borrows_active + 1);
    /* held: the foreign's release and the region's reset refused */
    weaveheap_foreign_release(f, &err);
    EXPECT_ERR(weaveheap_foreign_release, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_region_reset(r, &err);
    EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_view v;
    CHECK_EQ_HEX(weaveheap_borrow_unique(f, &v, &err), 0);
    EXPECT_ERR(weaveheap_borrow_unique, &err, WEAVEHEAP_ERR_BORROW_CONFLICT);
    /* a child moved out and released alone, then the root */
    struct ArrowArray child = *a.children[0];
    a.children[0]->release = NULL;
    child.release(&child);
    void (*release)(struct ArrowArray*) = a.release;
    a.release(&a);
    release(&a); /* a second call finds it released */
    CHECK_EQ_U64(wh_region_stats(r).borrows_active, s0.borrows_active);
    s.release(&s); /* the schema copy lives on its own */
    CHECK_EQ_I64(array_releases, 0);
    /* refusals fill nothing */
    uint8_t sb[sizeof s], ab[sizeof a];
    memset(sb, 0xab, sizeof sb);
    memset(ab, 0xab, sizeof ab);
    weaveheap_foreign_export_arrow(f, NULL, ab, &err);
    EXPECT_ERR(weaveheap_foreign_export_arrow, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    weaveheap_foreign_export_arrow(f, sb, NULL, &err);
    EXPECT_ERR(weaveheap_foreign_export_arrow, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    for (uint64_t n = 1; n <= 4; n++) {
        weaveheap__test_fail_nth_alloc(n);
        weaveheap_foreign_export_arrow(f, sb, ab, &err);
        weaveheap__test_fail_nth_alloc(0);
        EXPECT_ERR(weaveheap_foreign_export_arrow, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    }
    weaveheap_borrow_t t = weaveheap_borrow_unique(f, &v, &err);
    EXPECT_OK(weaveheap_borrow_unique, &err);
    weaveheap_foreign_export_arrow(f, sb, ab, &err);
    EXPECT_ERR(weaveheap_foreign_export_arrow, &err, WEAVEHEAP_ERR_BORROW_CONFLICT);
    weaveheap_borrow_release(t, &err);
    CHECK_TRUE(sb[0] == 0xab && sb[sizeof sb - 1] == 0xab && ab[0] == 0xab && ab[sizeof ab - 1] == 0xab);
    CHECK_EQ_U64(wh_region_stats(r).borrows_active, s0.borrows_active);
    weaveheap_foreign_release(f, &err);
    EXPECT_OK(weaveheap_foreign_release, &err);
    CHECK_EQ_STR(order, "AS");
    wh_destroy(r);
}

/* -- the core as producer ------------------------------------------------------------ */

static void import_of_a_vector(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_vector_t vec = weaveheap_vector_create(r, WEAVEHEAP_ELEMENT_TYPE_INT64, 4, false, &err);
    weaveheap_vector_append(vec, 7, &err);
    weaveheap_vector_append(vec, 8, &err);
    EXPECT_OK(weaveheap_vector_append, &err);
    weaveheap_view vv = wh_view_of(vec);
    weaveheap_stats s0 = wh_region_stats(r);
    weaveheap_foreign_t f = weaveheap_foreign_import_vector(vec, &err);
    EXPECT_OK(weaveheap_foreign_import_vector, &err);
    weaveheap_stats s1 = wh_region_stats(r);
    CHECK_EQ_U64(s1.imports, s0.imports + 1);
    CHECK_EQ_U64(s1.copies, s0.copies);
    weaveheap_view fv = wh_view_of(f);
    CHECK_EQ_PTR(fv.data, vv.data);
    CHECK_EQ_U64(fv.length, 16);
    weaveheap_vector_release(vec, &err); /* the foreign holds the export */
    EXPECT_ERR(weaveheap_vector_release, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_foreign_release(f, &err);
    EXPECT_OK(weaveheap_foreign_release, &err);
    CHECK_EQ_U64(wh_region_stats(r).borrows_active, s0.borrows_active);
    /* refused as the export is: a unique view of the vector */
    weaveheap_view v;
    weaveheap_borrow_t t = weaveheap_borrow_unique(vec, &v, &err);
    EXPECT_OK(weaveheap_borrow_unique, &err);
    CHECK_EQ_HEX(weaveheap_foreign_import_vector(vec, &err), 0);
    EXPECT_ERR(weaveheap_foreign_import_vector, &err, WEAVEHEAP_ERR_BORROW_CONFLICT);
    weaveheap_borrow_release(t, &err);
    for (uint64_t n = 1; n <= 2; n++) {
        weaveheap_stats b0 = wh_region_stats(r);
        weaveheap__test_fail_nth_alloc(n);
        CHECK_EQ_HEX(weaveheap_foreign_import_vector(vec, &err), 0);
        weaveheap__test_fail_nth_alloc(0);
        EXPECT_ERR(weaveheap_foreign_import_vector, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
        CHECK_EQ_U64(wh_region_stats(r).borrows_active, b0.borrows_active);
        CHECK_EQ_U64(wh_region_stats(r).imports, b0.imports);
    }
    weaveheap_vector_release(vec, &err);
    EXPECT_OK(weaveheap_vector_release, &err);
    wh_destroy(r);
}

/* -- streams --------------------------------------------------------------------------- */

typedef struct producer {
    int batches, given, fail_at;
    uint64_t self;    /* the foreign stream, to call back into */
    int reentered;    /* what a call back into the stream returned */
    made m[4];
} producer;

static int p_get_schema(struct ArrowArrayStream* st, struct ArrowSchema* out) {
    producer* p = st->private_data;
    made* m = &p->m[p->given - 1]; /* called after a batch: that batch's schema */
    *out = m->s;
    m->s.release = NULL;
    return 0;
}
static int p_get_next(struct ArrowArrayStream* st, struct ArrowArray* out) {
    producer* p = st->private_data;
    if (p->self) { /* call back: the stream is held while its producer runs */
        weaveheap_error err = {0};
        CHECK_EQ_HEX(weaveheap_foreign_stream_next(p->self, &err), 0);
        EXPECT_ERR(weaveheap_foreign_stream_next, &err, WEAVEHEAP_ERR_BORROWED);
        weaveheap_foreign_stream_release(p->self, &err);
        EXPECT_ERR(weaveheap_foreign_stream_release, &err, WEAVEHEAP_ERR_BORROWED);
        p->reentered++;
    }
    if (p->given == p->fail_at) return 5; /* EIO */
    if (p->given == p->batches) {
        out->release = NULL; /* the end */
        return 0;
    }
    made* m = &p->m[p->given++];
    produce(m, "+s");
    *out = m->a;
    m->a.release = NULL;
    return 0;
}
static const char* p_last_error(struct ArrowArrayStream* st) {
    (void)st;
    return "the producer's disk is on fire";
}
static void p_stream_release(struct ArrowArrayStream* st) {
    stream_releases++;
    st->release = NULL;
}

static struct ArrowArrayStream stream_of(producer* p) {
    return (struct ArrowArrayStream){p_get_schema, p_get_next, p_last_error, p_stream_release, p};
}

static void streams_batch_by_batch(void) {
    weaveheap_error err = {0};
    reset_counts();
    weaveheap_region_t r = wh_region(NULL);
    producer p = {.batches = 2, .fail_at = -1};
    struct ArrowArrayStream in = stream_of(&p);
    weaveheap_stats s0 = wh_region_stats(r);
    weaveheap_foreign_stream_t st = weaveheap_foreign_stream_import_stream(r, (uint8_t*)&in, &err);
    EXPECT_OK(weaveheap_foreign_stream_import_stream, &err);
    CHECK_TRUE(in.release == NULL); /* moved */
    CHECK_EQ_U64(wh_region_stats(r).imports, s0.imports + 1);
    weaveheap_foreign_t b[2];
    for (int i = 0; i < 2; i++) {
        b[i] = weaveheap_foreign_stream_next(st, &err);
        EXPECT_OK(weaveheap_foreign_stream_next, &err);
        REQUIRE_NE_HEX(b[i], 0);
        char* fmt = weaveheap_foreign_format(b[i], &err);
        CHECK_EQ_STR(fmt, "+s");
        weaveheap_free_string(fmt);
        CHECK_EQ_U64(weaveheap_foreign_length(b[i], &err), 3);
    }
    CHECK_EQ_U64(wh_region_stats(r).imports, s0.imports + 3);
    CHECK_EQ_HEX(weaveheap_foreign_stream_next(st, &err), 0); /* the end: no error */
    EXPECT_OK(weaveheap_foreign_stream_next, &err);
    CHECK_EQ_U64(wh_region_stats(r).imports, s0.imports + 3);
    /* the stream's release: the producer's, once; its batches stay */
    weaveheap_foreign_stream_release(st, &err);
    EXPECT_OK(weaveheap_foreign_stream_release, &err);
    CHECK_EQ_I64(stream_releases, 1);
    CHECK_EQ_U64(weaveheap_foreign_length(b[1], &err), 3);
    EXPECT_OK(weaveheap_foreign_length, &err);
    CHECK_EQ_I64(array_releases, 0);
    weaveheap_foreign_stream_release(st, &err);
    EXPECT_ERR(weaveheap_foreign_stream_release, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    wh_destroy(r);
    CHECK_EQ_I64(array_releases, 2);
    CHECK_EQ_I64(schema_releases, 2);
    CHECK_EQ_I64(stream_releases, 1);
}

static void stream_errors_and_refusals(void) {
    weaveheap_error err = {0};
    reset_counts();
    weaveheap_region_t r = wh_region(NULL);
    producer p = {.batches = 3, .fail_at = 1};
    struct ArrowArrayStream in = stream_of(&p);
    weaveheap_foreign_stream_t st = weaveheap_foreign_stream_import_stream(r, (uint8_t*)&in, &err);
    EXPECT_OK(weaveheap_foreign_stream_import_stream, &err);
    weaveheap_foreign_t first = weaveheap_foreign_stream_next(st, &err);
    EXPECT_OK(weaveheap_foreign_stream_next, &err);
    CHECK_NE_HEX(first, 0);
    weaveheap_stats s0 = wh_region_stats(r);
    CHECK_EQ_HEX(weaveheap_foreign_stream_next(st, &err), 0);
    EXPECT_ERR_MSG(weaveheap_foreign_stream_next, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "disk is on fire");
    weaveheap_stats s1 = wh_region_stats(r);
    CHECK_EQ_STATS(&s1, &s0);
    /* calls back into the stream while its producer runs: borrowed */
    p.fail_at = -1;
    p.self = st;
    weaveheap_foreign_t second = weaveheap_foreign_stream_next(st, &err);
    EXPECT_OK(weaveheap_foreign_stream_next, &err);
    CHECK_NE_HEX(second, 0);
    CHECK_EQ_I64(p.reentered, 1);
    p.self = 0;
    /* no memory for the batch: the producer's array and schema released, nothing counted */
    reset_counts();
    s0 = wh_region_stats(r);
    weaveheap__test_fail_nth_alloc(1);
    CHECK_EQ_HEX(weaveheap_foreign_stream_next(st, &err), 0);
    weaveheap__test_fail_nth_alloc(0);
    EXPECT_ERR(weaveheap_foreign_stream_next, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    CHECK_EQ_I64(array_releases, 1);
    CHECK_EQ_I64(schema_releases, 1);
    CHECK_EQ_U64(wh_region_stats(r).imports, s0.imports);
    /* import refusals */
    struct ArrowArrayStream bad = stream_of(&p);
    CHECK_EQ_HEX(weaveheap_foreign_stream_import_stream(r, NULL, &err), 0);
    EXPECT_ERR(weaveheap_foreign_stream_import_stream, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    bad.get_next = NULL;
    CHECK_EQ_HEX(weaveheap_foreign_stream_import_stream(r, (uint8_t*)&bad, &err), 0);
    EXPECT_ERR_MSG(weaveheap_foreign_stream_import_stream, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "callback");
    bad = stream_of(&p);
    bad.release = NULL;
    CHECK_EQ_HEX(weaveheap_foreign_stream_import_stream(r, (uint8_t*)&bad, &err), 0);
    EXPECT_ERR_MSG(weaveheap_foreign_stream_import_stream, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "released");
    bad = stream_of(&p);
    weaveheap__test_fail_nth_alloc(1);
    CHECK_EQ_HEX(weaveheap_foreign_stream_import_stream(r, (uint8_t*)&bad, &err), 0);
    weaveheap__test_fail_nth_alloc(0);
    EXPECT_ERR(weaveheap_foreign_stream_import_stream, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    CHECK_TRUE(bad.release != NULL); /* not moved */
    weaveheap_region_t dead = wh_region(NULL);
    wh_destroy(dead);
    CHECK_EQ_HEX(weaveheap_foreign_stream_import_stream(dead, (uint8_t*)&bad, &err), 0);
    EXPECT_ERR(weaveheap_foreign_stream_import_stream, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    weaveheap_region_t again = wh_region(NULL);
    CHECK_EQ_HEX(weaveheap_foreign_stream_import_stream(dead, (uint8_t*)&bad, &err), 0);
    EXPECT_ERR(weaveheap_foreign_stream_import_stream, &err, WEAVEHEAP_ERR_REUSED_HANDLE);
    CHECK_EQ_HEX(weaveheap_foreign_stream_import_stream(0, (uint8_t*)&bad, &err), 0);
    EXPECT_ERR(weaveheap_foreign_stream_import_stream, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    CHECK_EQ_HEX(weaveheap_foreign_stream_import_stream(first, (uint8_t*)&bad, &err), 0);
    EXPECT_ERR(weaveheap_foreign_stream_import_stream, &err, WEAVEHEAP_ERR_WRONG_KIND);
    CHECK_TRUE(bad.release != NULL);
    /* a reset releases the stream and the batches, each once */
    reset_counts();
    weaveheap_region_reset(r, &err);
    EXPECT_OK(weaveheap_region_reset, &err);
    CHECK_EQ_I64(stream_releases, 1);
    CHECK_EQ_I64(array_releases, 2);
    wh_destroy(again);
    wh_destroy(r);
    CHECK_EQ_I64(stream_releases, 1);
}

static void stream_of_the_core(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_vector_t vec = weaveheap_vector_create(r, WEAVEHEAP_ELEMENT_TYPE_INT32, 4, false, &err);
    weaveheap_vector_append(vec, 3, &err);
    weaveheap_batch_t b = weaveheap_batch_create(r, 1, &err);
    weaveheap_batch_add_column(b, (const uint8_t*)"x", 1, vec, &err);
    weaveheap_batch_stream_t bs = weaveheap_batch_stream_create(r, 1, &err);
    /* no batch, no schema: refused as the export is */
    CHECK_EQ_HEX(weaveheap_foreign_stream_import_batch_stream(bs, &err), 0);
    EXPECT_ERR(weaveheap_foreign_stream_import_batch_stream, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    weaveheap_batch_stream_add_batch(bs, b, &err);
    EXPECT_OK(weaveheap_batch_stream_add_batch, &err);
    weaveheap__test_fail_nth_alloc(2);
    CHECK_EQ_HEX(weaveheap_foreign_stream_import_batch_stream(bs, &err), 0);
    weaveheap__test_fail_nth_alloc(0);
    EXPECT_ERR(weaveheap_foreign_stream_import_batch_stream, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    weaveheap_foreign_stream_t st = weaveheap_foreign_stream_import_batch_stream(bs, &err);
    EXPECT_OK(weaveheap_foreign_stream_import_batch_stream, &err);
    weaveheap_foreign_t f = weaveheap_foreign_stream_next(st, &err);
    EXPECT_OK(weaveheap_foreign_stream_next, &err);
    REQUIRE_NE_HEX(f, 0);
    CHECK_EQ_U64(weaveheap_foreign_length(f, &err), 1);
    CHECK_EQ_U64(weaveheap_foreign_num_children(f, &err), 1);
    CHECK_EQ_HEX(weaveheap_foreign_stream_next(st, &err), 0);
    EXPECT_OK(weaveheap_foreign_stream_next, &err);
    weaveheap_region_reset(r, &err); /* the core's exports hold their objects */
    EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_foreign_release(f, &err);
    EXPECT_OK(weaveheap_foreign_release, &err);
    weaveheap_foreign_stream_release(st, &err);
    EXPECT_OK(weaveheap_foreign_stream_release, &err);
    weaveheap_batch_stream_release(bs, &err);
    EXPECT_OK(weaveheap_batch_stream_release, &err);
    weaveheap_batch_release(b, &err);
    EXPECT_OK(weaveheap_batch_release, &err);
    weaveheap_region_reset(r, &err);
    EXPECT_OK(weaveheap_region_reset, &err);
    wh_destroy(r);
}

static void made_by_the_core(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    const double values[3] = {1.5, -2, 4e300};
    weaveheap_stats s0 = wh_region_stats(r);
    weaveheap_foreign_t f =
        weaveheap_foreign_create(r, WEAVEHEAP_ELEMENT_TYPE_FLOAT64, (const uint8_t*)values, sizeof values, &err);
    EXPECT_OK(weaveheap_foreign_create, &err);
    weaveheap_stats s1 = wh_region_stats(r);
    CHECK_EQ_U64(s1.copies, s0.copies + 1); /* a copy, not an import */
    CHECK_EQ_U64(s1.copy_bytes, s0.copy_bytes + sizeof values);
    CHECK_EQ_U64(s1.imports, s0.imports);
    CHECK_EQ_U64(weaveheap_foreign_length(f, &err), 3);
    char* fmt = weaveheap_foreign_format(f, &err);
    CHECK_EQ_STR(fmt, "g");
    weaveheap_free_string(fmt);
    weaveheap_view v = wh_view_of(f);
    CHECK_NE_PTR(v.data, values);
    CHECK_EQ_U64(v.length, sizeof values);
    CHECK_EQ_MEM(v.data, values, sizeof values);
    /* its export points at the same copy */
    struct ArrowSchema s;
    struct ArrowArray a;
    weaveheap_foreign_export_arrow(f, (uint8_t*)&s, (uint8_t*)&a, &err);
    EXPECT_OK(weaveheap_foreign_export_arrow, &err);
    CHECK_EQ_PTR(a.buffers[1], v.data);
    a.release(&a);
    s.release(&s);
    weaveheap_foreign_t empty = weaveheap_foreign_create(r, WEAVEHEAP_ELEMENT_TYPE_INT8, NULL, 0, &err);
    EXPECT_OK(weaveheap_foreign_create, &err);
    CHECK_EQ_U64(weaveheap_foreign_length(empty, &err), 0);
    CHECK_NE_PTR(wh_view_of(empty).data, NULL);
    /* refusals change nothing */
    s0 = wh_region_stats(r);
    const weaveheap_element_type bad[] = {WEAVEHEAP_ELEMENT_TYPE_BOOLEAN, WEAVEHEAP_ELEMENT_TYPE_UTF8,
                                          WEAVEHEAP_ELEMENT_TYPE_BINARY, (weaveheap_element_type)0,
                                          (weaveheap_element_type)99};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CHECK_EQ_HEX(weaveheap_foreign_create(r, bad[i], (const uint8_t*)values, 8, &err), 0);
        EXPECT_ERR_MSG(weaveheap_foreign_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "fixed-width");
    }
    CHECK_EQ_HEX(weaveheap_foreign_create(r, WEAVEHEAP_ELEMENT_TYPE_INT32, (const uint8_t*)values, 6, &err), 0);
    EXPECT_ERR_MSG(weaveheap_foreign_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "whole number");
    CHECK_EQ_HEX(weaveheap_foreign_create(r, WEAVEHEAP_ELEMENT_TYPE_INT32, NULL, 4, &err), 0);
    EXPECT_ERR(weaveheap_foreign_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    CHECK_EQ_HEX(weaveheap_foreign_create(r, WEAVEHEAP_ELEMENT_TYPE_INT8, (const uint8_t*)UINTPTR_MAX, 2, &err), 0);
    EXPECT_ERR(weaveheap_foreign_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    for (uint64_t n = 1; n <= 2; n++) {
        weaveheap__test_fail_nth_alloc(n);
        CHECK_EQ_HEX(weaveheap_foreign_create(r, WEAVEHEAP_ELEMENT_TYPE_INT64, (const uint8_t*)values, 8, &err), 0);
        weaveheap__test_fail_nth_alloc(0);
        EXPECT_ERR(weaveheap_foreign_create, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    }
    s1 = wh_region_stats(r);
    CHECK_EQ_STATS(&s1, &s0);
    weaveheap_region_t dead = wh_region(NULL);
    wh_destroy(dead);
    CHECK_EQ_HEX(weaveheap_foreign_create(dead, WEAVEHEAP_ELEMENT_TYPE_INT8, NULL, 0, &err), 0);
    EXPECT_ERR(weaveheap_foreign_create, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    weaveheap_region_t again = wh_region(NULL);
    CHECK_EQ_HEX(weaveheap_foreign_create(dead, WEAVEHEAP_ELEMENT_TYPE_INT8, NULL, 0, &err), 0);
    EXPECT_ERR(weaveheap_foreign_create, &err, WEAVEHEAP_ERR_REUSED_HANDLE);
    CHECK_EQ_HEX(weaveheap_foreign_create(0, WEAVEHEAP_ELEMENT_TYPE_INT8, NULL, 0, &err), 0);
    EXPECT_ERR(weaveheap_foreign_create, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    CHECK_EQ_HEX(weaveheap_foreign_create(f, WEAVEHEAP_ELEMENT_TYPE_INT8, NULL, 0, &err), 0);
    EXPECT_ERR(weaveheap_foreign_create, &err, WEAVEHEAP_ERR_WRONG_KIND);
    wh_destroy(again);
    wh_destroy(r); /* frees the copies (valgrind and ASan see) */
}

static const wh_test tests[] = {
    {"foreign.create: the core as producer of a copy", made_by_the_core},
    {"import moves the structs, holds the producer's memory, releases once", import_moves_and_holds},
    {"reset and destroy call the producer's release exactly once", reset_and_destroy_release_once},
    {"refused imports move nothing and change no counter", import_refusals_move_nothing},
    {"views: fixed-width values and utf8 data in place, other formats empty", views_of_formats},
    {"export again: the producer's buffers, held until release", export_again_in_place},
    {"a vector's own export imported", import_of_a_vector},
    {"streams: batch by batch, the end, release once", streams_batch_by_batch},
    {"streams: producer errors, call backs, refusals, reset", stream_errors_and_refusals},
    {"a batch stream's own export imported", stream_of_the_core},
    {NULL, NULL},
};
const wh_suite wh_suite_foreign = {"foreign", tests};
