/* Streams whose batches a C producer makes as they are read
 * (stream_source.create): read through the Arrow C Stream Interface's own
 * structs (nothing of the core's), batch by batch, each batch's memory given
 * back when its array is released, so that more data than the region may
 * hold flows through it; the producer's errors through get_last_error; the
 * borrows the export holds; and every refusal changing nothing. */
#include <string.h>

#include "check.h"
#include "testing.h"

#include "arrow_spec.h"

/* What the test's producer makes: `batches` batches of `rows` rows, columns
 * "id" (int64, the row's number in the whole stream) and "y" (int32,
 * nullable, null every third row), then the end; at batch `fail_at`
 * (1-based) it fails or hands over something wrong, as `odd` says. */
enum odd { NONE, FAIL, OTHER_SCHEMA, NOT_A_BATCH, OTHER_REGION, NO_COLUMN };
typedef struct producer_ctx {
    uint64_t batches, rows, made, calls;
    uint64_t fail_at;
    enum odd odd;
    int32_t fail_code;
    weaveheap_region_t other;
    weaveheap_batch_t last;       /* the last batch made */
    const uint8_t* id_values[64]; /* the address of each batch's "id" values */
} producer_ctx;

static weaveheap_vector_t column(weaveheap_region_t r, weaveheap_element_type t, uint64_t n, bool nullable,
                                 uint64_t first, weaveheap_error* err) {
    weaveheap_vector_t v = weaveheap_vector_create(r, t, n ? n : 1, nullable, err);
    for (uint64_t i = 0; v && i < n && !err->code; i++) {
        if (nullable && (first + i) % 3 == 0) weaveheap_vector_append_null(v, err);
        else
            weaveheap_vector_append(
                v, t == WEAVEHEAP_ELEMENT_TYPE_INT32 ? (int64_t)((first + i) % 1000) : (int64_t)(first + i), err);
    }
    return err->code ? 0 : v;
}

static weaveheap_batch_t produce(void* context, uint64_t region, weaveheap_error* out_err) {
    producer_ctx* p = context;
    p->calls++;
    if (p->made == p->batches) return 0;
    uint64_t k = p->made + 1;
    if (k == p->fail_at) {
        switch (p->odd) {
        case FAIL: weaveheap_error_set(out_err, p->fail_code, "the disk went away"); return 0;
        case NOT_A_BATCH: return weaveheap_vector_create(region, WEAVEHEAP_ELEMENT_TYPE_INT8, 1, false, out_err);
        case OTHER_REGION: region = p->other; break;
        case NO_COLUMN: return weaveheap_batch_create(region, 1, out_err);
        default: break;
        }
    }
    uint64_t first = p->made * p->rows;
    /* The columns first, then the batch: given back in the reverse order. */
    weaveheap_vector_t id = column(region, WEAVEHEAP_ELEMENT_TYPE_INT64, p->rows, false, first, out_err);
    weaveheap_vector_t y = id ? column(region, WEAVEHEAP_ELEMENT_TYPE_INT32, p->rows, true, first, out_err) : 0;
    weaveheap_batch_t b = y ? weaveheap_batch_create(region, 2, out_err) : 0;
    if (!b) return 0;
    weaveheap_batch_add_column(b, (const uint8_t*)"id", 2, id, out_err);
    bool other = k == p->fail_at && p->odd == OTHER_SCHEMA;
    weaveheap_batch_add_column(b, (const uint8_t*)(other ? "z" : "y"), 1, y, out_err);
    if (p->made < 64) p->id_values[p->made] = wh_view_of(id).data;
    p->made++;
    p->last = b;
    return b;
}

static weaveheap_batch_stream_t source(weaveheap_region_t r, producer_ctx* p) {
    weaveheap_error err = {0};
    weaveheap_batch_stream_t st = weaveheap_stream_source_create(r, produce, p, &err);
    EXPECT_OK(weaveheap_stream_source_create, &err);
    REQUIRE_NE_HEX(st, 0);
    return st;
}

static void export_stream(weaveheap_batch_stream_t st, struct ArrowArrayStream* s) {
    weaveheap_error err = {0};
    weaveheap_batch_stream_export_arrow(st, (uint8_t*)s, &err);
    EXPECT_OK(weaveheap_batch_stream_export_arrow, &err);
    REQUIRE_TRUE(s->release != NULL);
}

static void release_stream(weaveheap_batch_stream_t st) {
    weaveheap_error err = {0};
    weaveheap_batch_stream_release(st, &err);
    EXPECT_OK(weaveheap_batch_stream_release, &err);
}

/* Checks batch k's array: its rows, its columns' values, at the producer's addresses. */
static void check_batch(const struct ArrowArray* a, const producer_ctx* p, uint64_t k) {
    REQUIRE_EQ_U64(a->n_children, 2);
    CHECK_EQ_U64(a->length, p->rows);
    const struct ArrowArray *id = a->children[0], *y = a->children[1];
    CHECK_EQ_PTR(id->buffers[1], p->id_values[k]); /* the producer's vector: no copy */
    const int64_t* ids = id->buffers[1];
    const int32_t* ys = y->buffers[1];
    const uint8_t* valid = y->buffers[0];
    uint64_t nulls = 0;
    for (uint64_t i = 0; i < p->rows; i++) {
        uint64_t row = k * p->rows + i;
        CHECK_EQ_I64(ids[i], (int64_t)row);
        bool is_valid = (valid[i / 8] >> (i % 8)) & 1;
        CHECK_EQ_U64(is_valid, row % 3 != 0);
        if (is_valid) CHECK_EQ_I64(ys[i], (int64_t)(row % 1000));
        nulls += !is_valid;
    }
    CHECK_EQ_U64(y->null_count, nulls);
}

static void reads_batch_by_batch(void) {
    weaveheap_region_t r = wh_region(NULL);
    producer_ctx p = {.batches = 5, .rows = 100};
    weaveheap_batch_stream_t st = source(r, &p);
    CHECK_EQ_U64(p.calls, 0); /* nothing is called before the export asks */
    weaveheap_stats before = wh_region_stats(r);
    struct ArrowArrayStream s;
    export_stream(st, &s);
    struct ArrowSchema schema;
    REQUIRE_EQ_U64(s.get_schema(&s, &schema), 0);
    CHECK_EQ_U64(p.calls, 1); /* the first batch gives the schema */
    CHECK_EQ_STR(schema.format, "+s");
    REQUIRE_EQ_U64(schema.n_children, 2);
    CHECK_EQ_STR(schema.children[0]->name, "id");
    CHECK_EQ_STR(schema.children[0]->format, "l");
    CHECK_EQ_U64(schema.children[0]->flags, 0);
    CHECK_EQ_STR(schema.children[1]->name, "y");
    CHECK_EQ_STR(schema.children[1]->format, "i");
    CHECK_EQ_U64(schema.children[1]->flags, ARROW_FLAG_NULLABLE);
    for (uint64_t k = 0; k < 5; k++) {
        struct ArrowArray a;
        REQUIRE_EQ_U64(s.get_next(&s, &a), 0);
        REQUIRE_TRUE(a.release != NULL);
        CHECK_EQ_U64(p.calls, k + 1); /* one batch made per batch read */
        check_batch(&a, &p, k);
        weaveheap_batch_t b = p.last;
        weaveheap_error err = {0};
        CHECK_EQ_U64(weaveheap_batch_num_rows(b, &err), 100); /* live while the array is */
        EXPECT_OK(weaveheap_batch_num_rows, &err);
        struct ArrowArray moved = a; /* consumers move the struct */
        a.release = NULL;
        moved.release(&moved);
        CHECK_TRUE(moved.release == NULL);
        weaveheap_batch_num_rows(b, &err); /* the batch and its columns went back with the array */
        CHECK_EQ_U64(err.code, WEAVEHEAP_ERR_STALE_HANDLE);
        weaveheap_error_clear(&err);
        CHECK_EQ_U64(wh_region_stats(r).bytes_live, before.bytes_live); /* nothing of it is left */
    }
    for (int again = 0; again < 2; again++) { /* the end, and again */
        struct ArrowArray end;
        memset(&end, 0xab, sizeof end);
        CHECK_EQ_U64(s.get_next(&s, &end), 0);
        CHECK_TRUE(end.release == NULL);
    }
    CHECK_EQ_U64(p.calls, 6); /* the end was asked for once */
    CHECK_TRUE(s.get_last_error(&s) == NULL);
    weaveheap_error err = {0};
    CHECK_EQ_U64(weaveheap_batch_stream_num_batches(st, &err), 5);
    EXPECT_OK(weaveheap_batch_stream_num_batches, &err);
    weaveheap_stats after = wh_region_stats(r);
    CHECK_EQ_U64(after.copies, before.copies); /* no copy made or counted */
    CHECK_EQ_U64(after.allocations - before.allocations, 15); /* 2 vectors and a batch each */
    CHECK_EQ_U64(after.releases - before.releases, 15);       /* all given back */
    schema.release(&schema); /* the consumer's schema is its own */
    s.release(&s);
    CHECK_TRUE(s.release == NULL);
    /* Read to its end: a new export has the end, and no schema left to give. */
    export_stream(st, &s);
    struct ArrowArray end;
    CHECK_EQ_U64(s.get_next(&s, &end), 0);
    CHECK_TRUE(end.release == NULL);
    struct ArrowSchema none = {0};
    CHECK_EQ_U64(s.get_schema(&s, &none), 22);
    CHECK_CONTAINS(s.get_last_error(&s), "read to its end");
    CHECK_EQ_U64(p.calls, 6);
    s.release(&s);
    release_stream(st);
    wh_destroy(r);
}

/* More data than the region may hold flows through, batch by batch. */
static void larger_than_the_region(void) {
    weaveheap_region_options o = {.byte_limit = 1u << 20}; /* 1 MiB */
    weaveheap_region_t r = wh_region(&o);
    producer_ctx p = {.batches = 48, .rows = 16384}; /* 48 x 192 KiB: 9 MiB */
    weaveheap_batch_stream_t st = source(r, &p);
    struct ArrowArrayStream s;
    export_stream(st, &s);
    uint64_t rows = 0;
    for (;;) {
        struct ArrowArray a;
        int code = s.get_next(&s, &a);
        if (code) CHECK_EQ_STR(s.get_last_error(&s), NULL);
        REQUIRE_EQ_U64(code, 0);
        if (!a.release) break;
        rows += (uint64_t)a.length;
        a.release(&a);
    }
    CHECK_EQ_U64(rows, 48 * 16384);
    s.release(&s);
    release_stream(st);
    wh_destroy(r);
}

/* In a thread-safe region too: the producer runs with the region's lock
 * not held (it makes its batch through the API, which takes the lock). */
static void thread_safe_region(void) {
    weaveheap_region_options o = {.thread_safe = true};
    weaveheap_region_t r = wh_region(&o);
    producer_ctx p = {.batches = 3, .rows = 50};
    weaveheap_batch_stream_t st = source(r, &p);
    weaveheap_stats before = wh_region_stats(r);
    struct ArrowArrayStream s;
    export_stream(st, &s);
    for (uint64_t k = 0; k < 3; k++) {
        struct ArrowArray a;
        REQUIRE_EQ_U64(s.get_next(&s, &a), 0);
        check_batch(&a, &p, k);
        a.release(&a);
    }
    struct ArrowArray end;
    CHECK_EQ_U64(s.get_next(&s, &end), 0);
    CHECK_TRUE(end.release == NULL);
    s.release(&s);
    CHECK_EQ_U64(wh_region_stats(r).bytes_live, before.bytes_live);
    release_stream(st);
    wh_destroy(r);
}

/* A producer's failure is get_next's, with its message, for good. */
static void producer_errors(void) {
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_region_t other = wh_region(NULL);
    static const struct {
        enum odd odd;
        int32_t code;
        uint64_t expect;
        const char* says;
    } cases[] = {
        {FAIL, WEAVEHEAP_ERR_OUT_OF_MEMORY, 12, "the disk went away"},
        {FAIL, WEAVEHEAP_ERR_INVALID_ARGUMENT, 22, "the disk went away"},
        {OTHER_SCHEMA, 0, 22, "another schema"},
        {NOT_A_BATCH, 0, 22, "of a kind this function does not take"},
        {OTHER_REGION, 0, 22, "not a batch of the stream's region"},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        producer_ctx p = {.batches = 5, .rows = 10, .fail_at = 3, .odd = cases[c].odd, .fail_code = cases[c].code,
                          .other = other};
        weaveheap_batch_stream_t st = source(r, &p);
        struct ArrowArrayStream s;
        export_stream(st, &s);
        for (int k = 0; k < 2; k++) {
            struct ArrowArray a;
            REQUIRE_EQ_U64(s.get_next(&s, &a), 0);
            a.release(&a);
        }
        weaveheap_stats before = wh_region_stats(r);
        struct ArrowArray a = {0};
        CHECK_EQ_U64(s.get_next(&s, &a), cases[c].expect);
        CHECK_TRUE(a.release == NULL);
        const char* why = s.get_last_error(&s);
        REQUIRE_TRUE(why != NULL);
        CHECK_CONTAINS(why, cases[c].says);
        if (cases[c].odd == OTHER_SCHEMA) { /* the wrong batch was handed over: given back */
            weaveheap_error err = {0};
            weaveheap_batch_num_rows(p.last, &err);
            CHECK_EQ_U64(err.code, WEAVEHEAP_ERR_STALE_HANDLE);
            weaveheap_error_clear(&err);
            CHECK_EQ_U64(wh_region_stats(r).bytes_live, before.bytes_live);
        }
        uint64_t calls = p.calls;
        CHECK_EQ_U64(s.get_next(&s, &a), cases[c].expect); /* for good: the producer is not asked again */
        CHECK_EQ_U64(p.calls, calls);
        struct ArrowSchema none = {0};
        CHECK_EQ_U64(s.get_schema(&s, &none), cases[c].expect);
        CHECK_TRUE(none.release == NULL);
        s.release(&s);
        release_stream(st);
        weaveheap_region_reset(r, NULL); /* what a wrong producer left, gone */
        weaveheap_region_reset(other, NULL);
    }
    /* The end before a first batch: no schema. */
    producer_ctx p = {.batches = 0};
    weaveheap_batch_stream_t st = source(r, &p);
    struct ArrowArrayStream s;
    export_stream(st, &s);
    struct ArrowSchema schema = {0};
    CHECK_EQ_U64(s.get_schema(&s, &schema), 22);
    CHECK_TRUE(schema.release == NULL);
    CHECK_CONTAINS(s.get_last_error(&s), "no schema");
    s.release(&s);
    release_stream(st);
    /* A batch without a column. */
    producer_ctx q = {.batches = 2, .rows = 1, .fail_at = 1, .odd = NO_COLUMN};
    st = source(r, &q);
    export_stream(st, &s);
    CHECK_EQ_U64(s.get_schema(&s, &schema), 22);
    CHECK_CONTAINS(s.get_last_error(&s), "has no column");
    s.release(&s);
    release_stream(st);
    wh_destroy(other);
    wh_destroy(r);
}

/* The export holds the stream: release, reset and destroy refused; an array
 * holds its batch past the export; a batch pulled for the schema and never
 * read goes back with the export. */
static void borrows(void) {
    weaveheap_region_t r = wh_region(NULL);
    producer_ctx p = {.batches = 3, .rows = 10};
    weaveheap_batch_stream_t st = source(r, &p);
    weaveheap_stats base = wh_region_stats(r);
    struct ArrowArrayStream s;
    export_stream(st, &s);
    struct ArrowSchema schema;
    REQUIRE_EQ_U64(s.get_schema(&s, &schema), 0);
    schema.release(&schema);
    weaveheap_batch_t pending = p.last;
    weaveheap_stats held = wh_region_stats(r);
    weaveheap_error err = {0};
    weaveheap_batch_stream_release(st, &err);
    EXPECT_ERR(weaveheap_batch_stream_release, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_region_reset(r, &err);
    EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_region_destroy(r, &err);
    EXPECT_ERR(weaveheap_region_destroy, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_batch_release(pending, &err); /* the stream's now, and held */
    EXPECT_ERR(weaveheap_batch_release, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_stats refused = wh_region_stats(r);
    CHECK_EQ_U64(refused.borrow_conflicts, held.borrow_conflicts + 4);
    refused.borrow_conflicts = held.borrow_conflicts;
    CHECK_EQ_STATS(&refused, &held); /* nothing else changed */
    /* An array outlives the stream's export: it holds its batch. */
    struct ArrowArray a;
    REQUIRE_EQ_U64(s.get_next(&s, &a), 0);
    void (*release)(struct ArrowArrayStream*) = s.release;
    release(&s);
    CHECK_TRUE(s.release == NULL);
    release(&s); /* a second release, through a saved pointer, does nothing */
    weaveheap_region_reset(r, &err);
    EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_BORROWED);
    check_batch(&a, &p, 0);
    a.release(&a);
    CHECK_EQ_U64(wh_region_stats(r).bytes_live, base.bytes_live);
    /* A batch pulled for a schema and not read stays with the stream (held:
     * reset refused) for the next export, which goes on where the last
     * stopped (DuckDB exports twice: once for the schema, once to scan);
     * the stream's release gives it back. */
    producer_ctx q = {.batches = 3, .rows = 10};
    weaveheap_stats pre = wh_region_stats(r);
    weaveheap_batch_stream_t st2 = source(r, &q);
    weaveheap_stats base2 = wh_region_stats(r);
    export_stream(st2, &s);
    REQUIRE_EQ_U64(s.get_schema(&s, &schema), 0);
    schema.release(&schema);
    s.release(&s);
    CHECK_LT_U64(base2.bytes_live, wh_region_stats(r).bytes_live);
    weaveheap_region_reset(r, &err);
    EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_BORROWED);
    export_stream(st2, &s);
    REQUIRE_EQ_U64(s.get_schema(&s, &schema), 0);
    CHECK_EQ_U64(schema.n_children, 2);
    schema.release(&schema);
    REQUIRE_EQ_U64(s.get_next(&s, &a), 0);
    CHECK_EQ_U64(q.calls, 1); /* the batch pulled before, not a new one */
    check_batch(&a, &q, 0);
    a.release(&a);
    s.release(&s);
    export_stream(st2, &s); /* pull batch 1, then let the stream go with it */
    REQUIRE_EQ_U64(s.get_schema(&s, &schema), 0);
    schema.release(&schema);
    s.release(&s);
    CHECK_EQ_U64(q.calls, 2);
    release_stream(st2);
    CHECK_EQ_U64(wh_region_stats(r).bytes_live, pre.bytes_live); /* the stream, and the batch it held, gone */
    release_stream(st);
    weaveheap_region_reset(r, &err);
    EXPECT_OK(weaveheap_region_reset, &err);
    wh_destroy(r);
}

/* Refusals: each a typed error, nothing made or changed. */
static void refusals(void) {
    weaveheap_region_t r = wh_region(NULL);
    producer_ctx p = {.batches = 1, .rows = 1};
    weaveheap_error err = {0};
    weaveheap_stats c0 = wh_region_stats(r), c1;
    CHECK_EQ_HEX(weaveheap_stream_source_create(r, NULL, &p, &err), 0);
    EXPECT_ERR_MSG(weaveheap_stream_source_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "producer");
    c1 = wh_region_stats(r);
    CHECK_EQ_STATS(&c1, &c0);
    weaveheap_region_t dead = wh_region(NULL);
    wh_destroy(dead);
    CHECK_EQ_HEX(weaveheap_stream_source_create(dead, produce, &p, &err), 0);
    EXPECT_ERR(weaveheap_stream_source_create, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    weaveheap_region_t again = wh_region(NULL);
    CHECK_EQ_HEX(weaveheap_stream_source_create(dead, produce, &p, &err), 0);
    EXPECT_ERR(weaveheap_stream_source_create, &err, WEAVEHEAP_ERR_REUSED_HANDLE);
    wh_destroy(again);
    CHECK_EQ_HEX(weaveheap_stream_source_create(0, produce, &p, &err), 0);
    EXPECT_ERR(weaveheap_stream_source_create, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    weaveheap_batch_stream_t st = source(r, &p);
    CHECK_EQ_HEX(weaveheap_stream_source_create(st, produce, &p, &err), 0);
    EXPECT_ERR(weaveheap_stream_source_create, &err, WEAVEHEAP_ERR_WRONG_KIND);
    weaveheap_region_options tiny = {.byte_limit = 16};
    weaveheap_region_t small = wh_region(&tiny);
    weaveheap_stats s0 = wh_region_stats(small), s1;
    CHECK_EQ_HEX(weaveheap_stream_source_create(small, produce, &p, &err), 0);
    EXPECT_ERR(weaveheap_stream_source_create, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    s1 = wh_region_stats(small);
    CHECK_EQ_STATS(&s1, &s0);
    wh_destroy(small);
    CHECK_EQ_U64(p.calls, 0);
    /* A producer's stream takes no batch, and is exported once. */
    weaveheap_batch_t b = weaveheap_batch_create(r, 1, &err);
    EXPECT_OK(weaveheap_batch_create, &err);
    weaveheap_batch_stream_add_batch(st, b, &err);
    EXPECT_ERR_MSG(weaveheap_batch_stream_add_batch, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "producer");
    struct ArrowArrayStream s;
    export_stream(st, &s);
    s.release(&s);
    CHECK_EQ_U64(p.calls, 0); /* exported and released unread: never called */
    /* No memory for a resumed export's schema: refused, the batch kept. */
    export_stream(st, &s);
    struct ArrowSchema kept;
    REQUIRE_EQ_U64(s.get_schema(&s, &kept), 0);
    kept.release(&kept);
    s.release(&s);
    struct ArrowArrayStream s2 = {0};
    weaveheap__test_fail_nth_alloc(2); /* the export's state, then the schema */
    weaveheap_batch_stream_export_arrow(st, (uint8_t*)&s2, &err);
    weaveheap__test_fail_nth_alloc(0);
    EXPECT_ERR(weaveheap_batch_stream_export_arrow, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    CHECK_TRUE(s2.release == NULL);
    export_stream(st, &s2);
    struct ArrowArray one;
    REQUIRE_EQ_U64(s2.get_next(&s2, &one), 0);
    CHECK_EQ_U64(one.length, 1);
    one.release(&one);
    s2.release(&s2);
    CHECK_EQ_U64(p.calls, 1);
    /* No memory for an array: get_next says ENOMEM and the batch stays for the retry. */
    producer_ctx q = {.batches = 2, .rows = 4};
    weaveheap_batch_stream_t st2 = source(r, &q);
    export_stream(st2, &s);
    struct ArrowSchema schema;
    REQUIRE_EQ_U64(s.get_schema(&s, &schema), 0);
    schema.release(&schema);
    weaveheap__test_fail_nth_alloc(1);
    struct ArrowArray a = {0};
    CHECK_EQ_U64(s.get_next(&s, &a), 12);
    weaveheap__test_fail_nth_alloc(0);
    CHECK_TRUE(a.release == NULL);
    CHECK_CONTAINS(s.get_last_error(&s), "no memory");
    weaveheap__test_fail_nth_alloc(1);
    struct ArrowSchema none = {0};
    CHECK_EQ_U64(s.get_schema(&s, &none), 12); /* the schema's copy, likewise */
    weaveheap__test_fail_nth_alloc(0);
    CHECK_TRUE(none.release == NULL);
    REQUIRE_EQ_U64(s.get_next(&s, &a), 0);
    check_batch(&a, &q, 0);
    a.release(&a);
    CHECK_EQ_U64(q.calls, 1);
    s.release(&s);
    release_stream(st2);
    weaveheap_batch_release(b, &err);
    EXPECT_OK(weaveheap_batch_release, &err);
    release_stream(st);
    wh_destroy(r);
}

/* stream_source.create_owned: the context's destructor runs exactly once,
 * at the stream's release, or at its region's reset or destroy, and never
 * for a refused call. */
typedef struct owned_ctx {
    producer_ctx p;
    unsigned destroyed;
    void* second; /* what the destructor's second argument was */
    weaveheap_region_t region;
    bool region_usable; /* the destructor could call the core: the region left */
} owned_ctx;

static void destroy_owned(void* payload, void* context) {
    owned_ctx* c = payload;
    c->destroyed++;
    c->second = context;
    weaveheap_error err = {0};
    weaveheap_stats stats;
    weaveheap_region_stats(c->region, &stats, &err); /* a call into the core: the region was left */
    c->region_usable = err.code == 0 || err.code == WEAVEHEAP_ERR_STALE_HANDLE;
    weaveheap_error_clear(&err);
}

static weaveheap_batch_stream_t owned_source(weaveheap_region_t r, owned_ctx* c) {
    weaveheap_error err = {0};
    c->region = r;
    weaveheap_batch_stream_t st = weaveheap_stream_source_create_owned(r, produce, c, destroy_owned, &err);
    EXPECT_OK(weaveheap_stream_source_create_owned, &err);
    REQUIRE_NE_HEX(st, 0);
    return st;
}

static void owned_context(void) {
    weaveheap_error err = {0};
    /* released: once, after the export is given back (refused before) */
    weaveheap_region_t r = wh_region(NULL);
    owned_ctx c = {.p = {.batches = 2, .rows = 3}};
    weaveheap_batch_stream_t st = owned_source(r, &c);
    struct ArrowArrayStream s;
    export_stream(st, &s);
    struct ArrowArray a;
    REQUIRE_EQ_U64(s.get_next(&s, &a), 0);
    CHECK_EQ_U64(a.length, 3);
    weaveheap_batch_stream_release(st, &err);
    EXPECT_ERR(weaveheap_batch_stream_release, &err, WEAVEHEAP_ERR_BORROWED);
    CHECK_EQ_U64(c.destroyed, 0);
    s.release(&s);
    weaveheap_batch_stream_release(st, &err);
    EXPECT_OK(weaveheap_batch_stream_release, &err);
    CHECK_EQ_U64(c.destroyed, 1);
    CHECK_TRUE(c.second == NULL);
    CHECK_TRUE(c.region_usable);
    a.release(&a); /* an array outlives the stream and its context */
    weaveheap_batch_stream_release(st, &err);
    EXPECT_ERR(weaveheap_batch_stream_release, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    weaveheap_region_reset(r, &err);
    EXPECT_OK(weaveheap_region_reset, &err);
    wh_destroy(r);
    CHECK_EQ_U64(c.destroyed, 1);

    /* the region reset: once, and not again at its destroy */
    r = wh_region(NULL);
    owned_ctx c2 = {.p = {.batches = 1, .rows = 1}};
    owned_ctx c3 = {.p = {.batches = 1, .rows = 1}};
    st = owned_source(r, &c2);
    weaveheap_batch_stream_t st3 = owned_source(r, &c3);
    weaveheap_batch_stream_release(st3, &err); /* one of two released first: the list stays whole */
    EXPECT_OK(weaveheap_batch_stream_release, &err);
    CHECK_EQ_U64(c3.destroyed, 1);
    weaveheap_region_reset(r, &err);
    EXPECT_OK(weaveheap_region_reset, &err);
    CHECK_EQ_U64(c2.destroyed, 1);
    CHECK_TRUE(c2.region_usable);
    weaveheap_batch_stream_release(st, &err);
    EXPECT_ERR(weaveheap_batch_stream_release, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    wh_destroy(r);
    CHECK_EQ_U64(c2.destroyed, 1);
    CHECK_EQ_U64(c3.destroyed, 1);

    /* the region destroyed (its stream exported and read to the end first) */
    r = wh_region(NULL);
    owned_ctx c4 = {.p = {.batches = 1, .rows = 2}};
    st = owned_source(r, &c4);
    export_stream(st, &s);
    REQUIRE_EQ_U64(s.get_next(&s, &a), 0);
    a.release(&a);
    s.release(&s);
    wh_destroy(r);
    CHECK_EQ_U64(c4.destroyed, 1);
    CHECK_EQ_U64(c4.p.made, 1);

    /* refusals: nothing called, nothing made, the context the caller's */
    r = wh_region(NULL);
    owned_ctx c5 = {.p = {.batches = 1, .rows = 1}, .region = r};
    weaveheap_stats s0 = wh_region_stats(r), s1;
    CHECK_EQ_HEX(weaveheap_stream_source_create_owned(r, produce, &c5, NULL, &err), 0);
    EXPECT_ERR_MSG(weaveheap_stream_source_create_owned, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "destroy");
    CHECK_EQ_HEX(weaveheap_stream_source_create_owned(r, NULL, &c5, destroy_owned, &err), 0);
    EXPECT_ERR_MSG(weaveheap_stream_source_create_owned, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "producer");
    weaveheap__test_fail_nth_alloc(1); /* the destructor's record */
    CHECK_EQ_HEX(weaveheap_stream_source_create_owned(r, produce, &c5, destroy_owned, &err), 0);
    weaveheap__test_fail_nth_alloc(0);
    EXPECT_ERR(weaveheap_stream_source_create_owned, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    s1 = wh_region_stats(r);
    CHECK_EQ_STATS(&s1, &s0);
    weaveheap_region_options tiny = {.byte_limit = 16};
    weaveheap_region_t small = wh_region(&tiny);
    CHECK_EQ_HEX(weaveheap_stream_source_create_owned(small, produce, &c5, destroy_owned, &err), 0);
    EXPECT_ERR(weaveheap_stream_source_create_owned, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    wh_destroy(small); /* the refused record was not left on its list */
    weaveheap_region_t dead = wh_region(NULL);
    wh_destroy(dead);
    CHECK_EQ_HEX(weaveheap_stream_source_create_owned(dead, produce, &c5, destroy_owned, &err), 0);
    EXPECT_ERR(weaveheap_stream_source_create_owned, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    weaveheap_region_t again = wh_region(NULL);
    CHECK_EQ_HEX(weaveheap_stream_source_create_owned(dead, produce, &c5, destroy_owned, &err), 0);
    EXPECT_ERR(weaveheap_stream_source_create_owned, &err, WEAVEHEAP_ERR_REUSED_HANDLE);
    wh_destroy(again);
    CHECK_EQ_HEX(weaveheap_stream_source_create_owned(0, produce, &c5, destroy_owned, &err), 0);
    EXPECT_ERR(weaveheap_stream_source_create_owned, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    weaveheap_batch_stream_t plain = weaveheap_stream_source_create(r, produce, &c5.p, &err);
    CHECK_EQ_HEX(weaveheap_stream_source_create_owned(plain, produce, &c5, destroy_owned, &err), 0);
    EXPECT_ERR(weaveheap_stream_source_create_owned, &err, WEAVEHEAP_ERR_WRONG_KIND);
    weaveheap_batch_stream_release(plain, &err); /* create's context is the caller's: nothing called */
    EXPECT_OK(weaveheap_batch_stream_release, &err);
    wh_destroy(r);
    CHECK_EQ_U64(c5.destroyed, 0);
    CHECK_EQ_U64(c5.p.calls, 0);
}

static const wh_test tests[] = {
    {"create_owned: the context's destructor once, at release, reset or destroy", owned_context},
    {"a producer's stream: batch by batch, each given back with its array", reads_batch_by_batch},
    {"a producer's stream: more data than the region may hold", larger_than_the_region},
    {"a producer's stream: in a thread-safe region", thread_safe_region},
    {"a producer's stream: its errors through get_last_error, for good", producer_errors},
    {"a producer's stream: the export's borrows, the pending batch given back", borrows},
    {"a producer's stream: refusals change nothing", refusals},
    {NULL, NULL},
};
const wh_suite wh_suite_producer = {"producer", tests};
