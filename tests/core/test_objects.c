/* Objects of extensions' own kinds (module object): registered kinds, the
 * destructor called exactly once (release, reset, destroy), stale, reused,
 * forged and wrong-kind handles (between two registered kinds too), borrows
 * that block release and reset, and counters that a failed call leaves
 * alone. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "testing.h"
#include "weaveheap_api.h"

/* What the destructors saw: how often each payload was freed, with which
 * context, and what the core said about the object's handle at that time. */
typedef struct payload {
    int freed;
    void* context;
    weaveheap_object_t handle;
    uint32_t kind;
    int32_t code_inside; /* object_get's error inside the destructor */
} payload;

static int context_a, context_b;

static void destroy_payload(void* p, void* context) {
    payload* pl = p;
    pl->freed++;
    pl->context = context;
    if (pl->handle) { /* the region is consistent and left: the handle is already stale */
        weaveheap_error err = {0};
        CHECK_EQ_PTR(weaveheap_object_get(pl->handle, pl->kind, &err), NULL);
        pl->code_inside = err.code;
        weaveheap_error_clear(&err);
    }
}

static void destroy_other(void* p, void* context) { destroy_payload(p, context); }

static uint32_t kind_a(void) {
    weaveheap_error err = {0};
    uint32_t k = weaveheap_object_register_kind("test.a", destroy_payload, &context_a, &err);
    EXPECT_OK(weaveheap_object_register_kind, &err);
    return k;
}

static uint32_t kind_b(void) {
    weaveheap_error err = {0};
    uint32_t k = weaveheap_object_register_kind("test.b", destroy_other, &context_b, &err);
    EXPECT_OK(weaveheap_object_register_kind, &err);
    return k;
}

static weaveheap_object_t make(weaveheap_region_t r, uint32_t kind, payload* p) {
    weaveheap_error err = {0};
    weaveheap_object_t h = weaveheap_object_create(r, kind, p, &err);
    EXPECT_OK(weaveheap_object_create, &err);
    REQUIRE_NE_HEX(h, 0);
    p->handle = h;
    p->kind = kind;
    return h;
}

static void register_kinds(void) {
    weaveheap_error err = {0};
    uint32_t a = kind_a(), b = kind_b();
    CHECK_TRUE(a >= 16 && a <= 255 && b >= 16 && b <= 255 && a != b);
    CHECK_EQ_U64(kind_a(), a); /* the same name, destructor and context: the same kind */
    CHECK_EQ_U64(weaveheap_object_register_kind("test.a", destroy_other, &context_a, &err), 0);
    EXPECT_ERR_MSG(weaveheap_object_register_kind, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "already registered");
    CHECK_EQ_U64(weaveheap_object_register_kind("test.a", destroy_payload, &context_b, &err), 0);
    EXPECT_ERR(weaveheap_object_register_kind, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    CHECK_EQ_U64(weaveheap_object_register_kind(NULL, destroy_payload, NULL, &err), 0);
    EXPECT_ERR_MSG(weaveheap_object_register_kind, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "name must not be NULL");
    CHECK_EQ_U64(weaveheap_object_register_kind("test.c", NULL, NULL, &err), 0);
    EXPECT_ERR_MSG(weaveheap_object_register_kind, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "destroy must not be NULL");
    CHECK_EQ_U64(weaveheap_object_register_kind("", destroy_payload, NULL, &err), 0);
    EXPECT_ERR_MSG(weaveheap_object_register_kind, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "1 to 63 bytes");
    char long_name[65];
    memset(long_name, 'x', 64);
    long_name[64] = 0;
    CHECK_EQ_U64(weaveheap_object_register_kind(long_name, destroy_payload, NULL, &err), 0);
    EXPECT_ERR(weaveheap_object_register_kind, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
}

/* create, get, release: the payload comes back, the destructor runs once
 * with the kind's context, the handle goes stale, counters are exact. */
static void create_get_release(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    uint32_t a = kind_a();
    payload p = {0};
    weaveheap_stats before = wh_region_stats(r);
    weaveheap_object_t h = make(r, a, &p);
    CHECK_EQ_U64(wh_kind_bits(h), WEAVEHEAP_HANDLE_KIND_OBJECT);
    CHECK_EQ_U64(weaveheap_handle_kind_of(h, &err), WEAVEHEAP_HANDLE_KIND_OBJECT);
    EXPECT_OK(weaveheap_handle_kind_of, &err);
    CHECK_EQ_PTR(weaveheap_object_get(h, a, &err), &p);
    EXPECT_OK(weaveheap_object_get, &err);
    weaveheap_stats mid = wh_region_stats(r);
    CHECK_EQ_U64(mid.allocations, before.allocations + 1);
    CHECK_EQ_U64(mid.bytes_live, before.bytes_live); /* the payload is the extension's memory */
    CHECK_EQ_U64(p.freed, 0);
    weaveheap_object_release(h, a, &err);
    EXPECT_OK(weaveheap_object_release, &err);
    CHECK_EQ_U64(p.freed, 1);
    CHECK_EQ_PTR(p.context, &context_a);
    CHECK_EQ_U64(p.code_inside, WEAVEHEAP_ERR_STALE_HANDLE);
    CHECK_EQ_U64(wh_region_stats(r).releases, before.releases + 1);
    /* double release and a use after release: stale, the destructor not run again */
    uint64_t rejected = wh_global_stats().stale_rejected;
    weaveheap_object_release(h, a, &err);
    EXPECT_ERR_MSG(weaveheap_object_release, &err, WEAVEHEAP_ERR_STALE_HANDLE, "object 0x");
    CHECK_EQ_PTR(weaveheap_object_get(h, a, &err), NULL);
    EXPECT_ERR(weaveheap_object_get, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    CHECK_EQ_HEX(weaveheap_object_borrow(h, a, false, &err), 0);
    EXPECT_ERR(weaveheap_object_borrow, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    CHECK_EQ_U64(wh_global_stats().stale_rejected, rejected + 3);
    CHECK_EQ_U64(p.freed, 1);
    /* the slot's next object: the old handle is reused, not the new object */
    payload q = {0};
    weaveheap_object_t h2 = make(r, a, &q);
    CHECK_EQ_U64(wh_slot(h2), wh_slot(h));
    CHECK_EQ_PTR(weaveheap_object_get(h, a, &err), NULL);
    EXPECT_ERR(weaveheap_object_get, &err, WEAVEHEAP_ERR_REUSED_HANDLE);
    weaveheap_object_release(h, a, &err);
    EXPECT_ERR(weaveheap_object_release, &err, WEAVEHEAP_ERR_REUSED_HANDLE);
    CHECK_EQ_HEX(weaveheap_object_borrow(h, a, true, &err), 0);
    EXPECT_ERR(weaveheap_object_borrow, &err, WEAVEHEAP_ERR_REUSED_HANDLE);
    CHECK_EQ_U64(q.freed, 0);
    CHECK_EQ_PTR(weaveheap_object_get(h2, a, &err), &q);
    EXPECT_OK(weaveheap_object_get, &err);
    weaveheap_object_release(h2, a, &err);
    EXPECT_OK(weaveheap_object_release, &err);
    CHECK_EQ_U64(q.freed, 1);
    wh_destroy(r);
    CHECK_EQ_U64(p.freed, 1); /* destroy calls no destructor of a released object */
}

/* Another registered kind, a core kind, a forged handle: typed errors that
 * change nothing. */
static void wrong_kinds_and_forgeries(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    uint32_t a = kind_a(), b = kind_b();
    payload p = {0};
    weaveheap_object_t h = make(r, a, &p);
    weaveheap_stats before = wh_region_stats(r);
    CHECK_EQ_PTR(weaveheap_object_get(h, b, &err), NULL);
    EXPECT_ERR_MSG(weaveheap_object_get, &err, WEAVEHEAP_ERR_WRONG_KIND, "is of kind 'test.a', not 'test.b'");
    CHECK_EQ_PTR(weaveheap_object_get(h, 200, &err), NULL);
    EXPECT_ERR_MSG(weaveheap_object_get, &err, WEAVEHEAP_ERR_WRONG_KIND, "unregistered");
    CHECK_EQ_HEX(weaveheap_object_borrow(h, b, false, &err), 0);
    EXPECT_ERR(weaveheap_object_borrow, &err, WEAVEHEAP_ERR_WRONG_KIND);
    weaveheap_buffer_t buf = weaveheap_buffer_alloc(r, 8, 8, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    before = wh_region_stats(r);
    CHECK_EQ_PTR(weaveheap_object_get(buf, a, &err), NULL);
    EXPECT_ERR(weaveheap_object_get, &err, WEAVEHEAP_ERR_WRONG_KIND);
    weaveheap_object_release(buf, a, &err);
    EXPECT_ERR(weaveheap_object_release, &err, WEAVEHEAP_ERR_WRONG_KIND);
    weaveheap_object_release(h, b, &err); /* another registered kind: refused, not released */
    EXPECT_ERR_MSG(weaveheap_object_release, &err, WEAVEHEAP_ERR_WRONG_KIND, "not 'test.b'");
    weaveheap_buffer_release(h, &err); /* and an object is no buffer */
    EXPECT_ERR(weaveheap_buffer_release, &err, WEAVEHEAP_ERR_WRONG_KIND);
    /* forged: kind bits 6 on a slot never issued, handle 0 */
    weaveheap_object_t forged = wh_with_slot(h, 4000);
    CHECK_EQ_PTR(weaveheap_object_get(forged, a, &err), NULL);
    EXPECT_ERR(weaveheap_object_get, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    weaveheap_object_release(0, a, &err);
    EXPECT_ERR(weaveheap_object_release, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    CHECK_EQ_HEX(weaveheap_object_borrow(0, a, false, &err), 0);
    EXPECT_ERR(weaveheap_object_borrow, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    /* a buffer handle with the object kind bits names a slot of another kind */
    CHECK_EQ_PTR(weaveheap_object_get(wh_with_kind(buf, WEAVEHEAP_HANDLE_KIND_OBJECT), a, &err), NULL);
    CHECK_TRUE(err.code == WEAVEHEAP_ERR_FORGED_HANDLE || err.code == WEAVEHEAP_ERR_WRONG_KIND);
    weaveheap_error_clear(&err);
    weaveheap_stats after = wh_region_stats(r);
    CHECK_EQ_STATS(&after, &before); /* refusals change nothing in the region */
    CHECK_EQ_U64(p.freed, 0);
    CHECK_EQ_PTR(weaveheap_object_get(h, a, &err), &p);
    EXPECT_OK(weaveheap_object_get, &err);
    wh_destroy(r);
    CHECK_EQ_U64(p.freed, 1);
}

static void create_refusals(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    uint32_t a = kind_a();
    payload p = {0};
    weaveheap_stats before = wh_region_stats(r);
    CHECK_EQ_HEX(weaveheap_object_create(r, 7, &p, &err), 0);
    EXPECT_ERR_MSG(weaveheap_object_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "never registered");
    CHECK_EQ_HEX(weaveheap_object_create(r, a, NULL, &err), 0);
    EXPECT_ERR_MSG(weaveheap_object_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "payload");
    weaveheap_buffer_t buf = weaveheap_buffer_alloc(r, 8, 8, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    before = wh_region_stats(r);
    CHECK_EQ_HEX(weaveheap_object_create(buf, a, &p, &err), 0);
    EXPECT_ERR(weaveheap_object_create, &err, WEAVEHEAP_ERR_WRONG_KIND);
    CHECK_EQ_HEX(weaveheap_object_create(0, a, &p, &err), 0);
    EXPECT_ERR(weaveheap_object_create, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    /* the record cannot be allocated: out_of_memory, the payload still the caller's */
    int64_t live = weaveheap__test_live_allocs();
    weaveheap__test_fail_nth_alloc(1);
    CHECK_EQ_HEX(weaveheap_object_create(r, a, &p, &err), 0);
    weaveheap__test_fail_nth_alloc(0);
    EXPECT_ERR(weaveheap_object_create, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    CHECK_EQ_I64(weaveheap__test_live_allocs(), live);
    weaveheap_stats after = wh_region_stats(r);
    CHECK_EQ_STATS(&after, &before);
    CHECK_EQ_U64(p.freed, 0);
    weaveheap_region_t old = r;
    wh_destroy(r);
    CHECK_EQ_HEX(weaveheap_object_create(old, a, &p, &err), 0);
    EXPECT_ERR(weaveheap_object_create, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    weaveheap_region_t now = wh_region(NULL); /* the same record, next generation */
    CHECK_EQ_HEX(weaveheap_object_create(old, a, &p, &err), 0);
    EXPECT_ERR(weaveheap_object_create, &err, WEAVEHEAP_ERR_REUSED_HANDLE);
    wh_destroy(now);
    CHECK_EQ_U64(p.freed, 0);
}

/* Borrows: shared with shared, unique alone; a borrowed object cannot be
 * released and its region cannot be reset or destroyed; borrows_active is
 * exact and the destructor waits for the last release. */
static void borrows(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    uint32_t a = kind_a();
    payload p = {0};
    weaveheap_object_t h = make(r, a, &p);
    weaveheap_stats s0 = wh_region_stats(r);
    weaveheap_borrow_t t1 = weaveheap_object_borrow(h, a, false, &err);
    EXPECT_OK(weaveheap_object_borrow, &err);
    weaveheap_borrow_t t2 = weaveheap_object_borrow(h, a, false, &err);
    EXPECT_OK(weaveheap_object_borrow, &err);
    CHECK_EQ_U64(wh_kind_bits(t1), WEAVEHEAP_HANDLE_KIND_BORROW);
    CHECK_EQ_U64(wh_region_stats(r).borrows_active, s0.borrows_active + 2);
    CHECK_EQ_U64(wh_region_stats(r).borrows_taken, s0.borrows_taken + 2);
    weaveheap_stats before = wh_region_stats(r);
    CHECK_EQ_HEX(weaveheap_object_borrow(h, a, true, &err), 0);
    EXPECT_ERR_MSG(weaveheap_object_borrow, &err, WEAVEHEAP_ERR_BORROW_CONFLICT, "(shared)");
    weaveheap_object_release(h, a, &err);
    EXPECT_ERR_MSG(weaveheap_object_release, &err, WEAVEHEAP_ERR_BORROWED, "2 shared");
    weaveheap_region_reset(r, &err);
    EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_stats after = wh_region_stats(r);
    before.borrow_conflicts += 3;
    CHECK_EQ_STATS(&after, &before);
    CHECK_EQ_U64(p.freed, 0);
    CHECK_EQ_PTR(weaveheap_object_get(h, a, &err), &p); /* still there */
    EXPECT_OK(weaveheap_object_get, &err);
    weaveheap_borrow_release(t1, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    weaveheap_borrow_release(t2, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    weaveheap_borrow_release(t2, &err); /* a token ends once */
    EXPECT_ERR(weaveheap_borrow_release, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    CHECK_EQ_U64(wh_region_stats(r).borrows_active, s0.borrows_active);
    /* unique: nothing else */
    weaveheap_borrow_t u = weaveheap_object_borrow(h, a, true, &err);
    EXPECT_OK(weaveheap_object_borrow, &err);
    CHECK_EQ_HEX(weaveheap_object_borrow(h, a, false, &err), 0);
    EXPECT_ERR_MSG(weaveheap_object_borrow, &err, WEAVEHEAP_ERR_BORROW_CONFLICT, "(unique)");
    weaveheap_object_release(h, a, &err);
    EXPECT_ERR_MSG(weaveheap_object_release, &err, WEAVEHEAP_ERR_BORROWED, "unique");
    weaveheap_borrow_release(u, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    CHECK_EQ_U64(p.freed, 0);
    weaveheap_object_release(h, a, &err);
    EXPECT_OK(weaveheap_object_release, &err);
    CHECK_EQ_U64(p.freed, 1);
    CHECK_EQ_U64(wh_region_stats(r).borrows_active, 0);
    wh_destroy(r);
}

/* A token needs a slot: with the page full and no page pooled, a borrow
 * that cannot have a new page is out_of_memory and leaves nothing borrowed. */
static void borrow_out_of_memory(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    uint32_t a = kind_a();
    payload p = {0};
    weaveheap_object_t h = make(r, a, &p);
    weaveheap_buffer_alloc(r, 8, 8, &err); /* a chunk, so that draining allocates only pages */
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    wh_drain_pages(r);
    weaveheap_stats before = wh_region_stats(r);
    weaveheap__test_fail_nth_alloc(1);
    CHECK_EQ_HEX(weaveheap_object_borrow(h, a, true, &err), 0);
    weaveheap__test_fail_nth_alloc(0);
    EXPECT_ERR_MSG(weaveheap_object_borrow, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "page of handles");
    weaveheap_stats after = wh_region_stats(r);
    CHECK_EQ_STATS(&after, &before);
    weaveheap_object_release(h, a, &err); /* not left borrowed */
    EXPECT_OK(weaveheap_object_release, &err);
    CHECK_EQ_U64(p.freed, 1);
    wh_destroy(r);
}

/* Reset and destroy call the destructor of every live object exactly once,
 * after the region is consistent (the handle already stale inside it), and
 * none of one released before. */
static void reset_and_destroy_call_destructors(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    uint32_t a = kind_a(), b = kind_b();
    payload p[4] = {{0}};
    weaveheap_object_t h[4];
    for (int i = 0; i < 4; i++) h[i] = make(r, i % 2 ? b : a, &p[i]);
    weaveheap_object_release(h[2], a, &err);
    EXPECT_OK(weaveheap_object_release, &err);
    weaveheap_region_reset(r, &err);
    EXPECT_OK(weaveheap_region_reset, &err);
    for (int i = 0; i < 4; i++) {
        CHECK_EQ_U64(p[i].freed, 1);
        CHECK_EQ_U64(p[i].code_inside, WEAVEHEAP_ERR_STALE_HANDLE);
        CHECK_EQ_PTR(p[i].context, i % 2 ? (void*)&context_b : (void*)&context_a);
    }
    weaveheap_region_reset(r, &err); /* nothing left to free */
    EXPECT_OK(weaveheap_region_reset, &err);
    CHECK_EQ_U64(p[0].freed, 1);
    payload q[3] = {{0}};
    for (int i = 0; i < 3; i++) make(r, a, &q[i]);
    weaveheap_region_destroy(r, &err);
    EXPECT_OK(weaveheap_region_destroy, &err);
    for (int i = 0; i < 3; i++) {
        CHECK_EQ_U64(q[i].freed, 1);
        CHECK_EQ_U64(q[i].code_inside, WEAVEHEAP_ERR_STALE_HANDLE);
    }
    for (int i = 0; i < 4; i++) CHECK_EQ_U64(p[i].freed, 1);
}

/* The function table: this core's ABI and IDL hash, a pointer to each
 * public function, and calls through it reach this core. */
static void api_table(void) {
    const weaveheap_api* wh = weaveheap_api_table();
    COVERS(weaveheap_api_table);
    REQUIRE_NE_PTR(wh, NULL);
    CHECK_EQ_PTR(weaveheap_api_table(), wh); /* static: the same every time */
    CHECK_EQ_U64(wh->abi, WEAVEHEAP_ABI_VERSION);
    CHECK_EQ_U64(wh->size, sizeof(weaveheap_api));
    CHECK_EQ_STR(wh->hash, WEAVEHEAP_IDL_HASH);
    CHECK_EQ_STR(wh->hash, weaveheap_idl_hash());
    CHECK_TRUE(weaveheap_api_compatible(wh));
#define WH_SAME(member, fn) CHECK_TRUE((void (*)(void))wh->member == (void (*)(void))fn);
    WEAVEHEAP_API_FUNCTIONS(WH_SAME)
#undef WH_SAME
    weaveheap_api other = *wh;
    other.hash = "0000";
    CHECK_TRUE(!weaveheap_api_compatible(&other));
    other = *wh;
    other.abi++;
    CHECK_TRUE(!weaveheap_api_compatible(&other));
    other = *wh;
    other.size = 8;
    CHECK_TRUE(!weaveheap_api_compatible(&other));
    CHECK_TRUE(!weaveheap_api_compatible(NULL));
    /* a call through the table is a call of this core: its counters move */
    weaveheap_error err = {0};
    weaveheap_region_t r = wh->region_create(NULL, &err);
    EXPECT_OK(weaveheap_region_create, &err);
    weaveheap_buffer_t b = wh->buffer_alloc(r, 24, 8, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    CHECK_EQ_U64(weaveheap_buffer_size(b, &err), 24);
    EXPECT_OK(weaveheap_buffer_size, &err);
    CHECK_EQ_U64(wh_region_stats(r).allocations, 1);
    wh_destroy(r);
}

/* error_set: how an extension's implementation reports its own code; the
 * message is the core's copy, so error_clear frees it. */
static void error_set(void) {
    weaveheap_error err = {0};
    char text[] = "zpack: corrupt stream";
    weaveheap_error_set(&err, 1000, text);
    COVERS(weaveheap_error_set);
    CHECK_EQ_I64(err.code, 1000);
    CHECK_EQ_STR(err.message, "zpack: corrupt stream");
    CHECK_NE_PTR(err.message, text); /* a copy */
    weaveheap_error_set(&err, 1001, NULL); /* frees the first; an extension's code: "unknown error" */
    CHECK_EQ_STR(err.message, "unknown error");
    weaveheap_error_set(&err, WEAVEHEAP_ERR_STALE_HANDLE, NULL);
    CHECK_EQ_STR(err.message, "stale handle");
    int64_t live = weaveheap__test_live_allocs();
    weaveheap__test_fail_nth_alloc(1); /* no memory for the copy: the static text */
    weaveheap_error_set(&err, 1002, "lost");
    weaveheap__test_fail_nth_alloc(0);
    CHECK_EQ_I64(err.code, 1002);
    CHECK_EQ_STR(err.message, "unknown error");
    CHECK_EQ_I64(weaveheap__test_live_allocs(), live - 1); /* the old copy freed, no new one */
    weaveheap_error_clear(&err); /* must not free the static text (ASan would say) */
    CHECK_EQ_PTR(err.message, NULL);
    weaveheap_error_set(&err, 1000, "again");
    weaveheap_error_set(&err, 0, "ignored"); /* code 0 clears */
    CHECK_EQ_I64(err.code, 0);
    CHECK_EQ_PTR(err.message, NULL);
    weaveheap_error_set(NULL, 1000, "nowhere");
}

/* Runs last in the suite: fills the table of kinds. */
static void kinds_run_out(void) {
    weaveheap_error err = {0};
    char name[32];
    uint32_t last = 0;
    for (int i = 0; i < 300 && !err.code; i++) {
        snprintf(name, sizeof name, "test.many.%d", i);
        uint32_t k = weaveheap_object_register_kind(name, destroy_payload, NULL, &err);
        if (!err.code) last = k;
    }
    EXPECT_ERR_MSG(weaveheap_object_register_kind, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "240 kinds");
    CHECK_EQ_U64(last, 255);
    CHECK_EQ_U64(kind_a(), 16); /* registered ones still answer */
}

static const wh_test tests[] = {
    {"register_kinds", register_kinds},
    {"create_get_release", create_get_release},
    {"wrong_kinds_and_forgeries", wrong_kinds_and_forgeries},
    {"create_refusals", create_refusals},
    {"borrows", borrows},
    {"borrow_out_of_memory", borrow_out_of_memory},
    {"reset_and_destroy_call_destructors", reset_and_destroy_call_destructors},
    {"api_table", api_table},
    {"error_set", error_set},
    {"kinds_run_out", kinds_run_out},
    {NULL, NULL},
};
const wh_suite wh_suite_objects = {"objects", tests};
