/* Borrows: many shared or one unique; views are the object's own memory
 * (zero-copy, proven by pointer identity and write-through both ways, with
 * the copy counter unmoved); tokens are handles. */
#include <string.h>

#include "check.h"
#include "testing.h"

static void shared_and_shared(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_buffer_t b = weaveheap_buffer_alloc(r, 32, 16, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_view v[3];
    weaveheap_borrow_t t[3];
    for (int i = 0; i < 3; i++) {
        t[i] = weaveheap_borrow_shared(b, &v[i], &err);
        EXPECT_OK(weaveheap_borrow_shared, &err);
        CHECK_EQ_U64(wh_kind_bits(t[i]), WEAVEHEAP_HANDLE_KIND_BORROW);
        CHECK_TRUE(!v[i].writable);
        CHECK_EQ_U64(v[i].length, 32);
        CHECK_EQ_PTR(v[i].data, v[0].data); /* every view is the same memory */
    }
    CHECK_TRUE(t[0] != t[1] && t[1] != t[2] && t[0] != t[2]);
    CHECK_EQ_U64(wh_region_stats(r).borrows_active, 3);
    for (int i = 0; i < 3; i++) {
        weaveheap_borrow_release(t[i], &err);
        EXPECT_OK(weaveheap_borrow_release, &err);
    }
    CHECK_EQ_U64(wh_region_stats(r).borrows_active, 0);
    wh_destroy(r);
}

static void unique_and_shared_conflict_both_ways(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    uint64_t targets[3];
    targets[0] = weaveheap_buffer_alloc(r, 8, 8, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    targets[1] = weaveheap_bytes_create(r, (const uint8_t*)"b", 1, &err);
    EXPECT_OK(weaveheap_bytes_create, &err);
    targets[2] = weaveheap_string_create(r, (const uint8_t*)"s", 1, &err);
    EXPECT_OK(weaveheap_string_create, &err);
    for (int i = 0; i < 3; i++) {
        weaveheap_handle_t h = targets[i];
        weaveheap_view v, w;
        /* shared first: unique refused */
        weaveheap_borrow_t s = weaveheap_borrow_shared(h, &v, &err);
        EXPECT_OK(weaveheap_borrow_shared, &err);
        weaveheap_stats before = wh_region_stats(r);
        memset(&w, 0x77, sizeof w);
        weaveheap_view untouched = w;
        CHECK_EQ_HEX(weaveheap_borrow_unique(h, &w, &err), 0);
        EXPECT_ERR_MSG(weaveheap_borrow_unique, &err, WEAVEHEAP_ERR_BORROW_CONFLICT, "(1 shared)");
        CHECK_EQ_MEM(&w, &untouched, sizeof w); /* a failed borrow leaves the view alone */
        weaveheap_stats after = wh_region_stats(r);
        before.borrow_conflicts++;
        CHECK_EQ_STATS(&after, &before);
        weaveheap_borrow_release(s, &err);
        EXPECT_OK(weaveheap_borrow_release, &err);
        /* unique first: shared and unique refused */
        weaveheap_borrow_t u = weaveheap_borrow_unique(h, &v, &err);
        EXPECT_OK(weaveheap_borrow_unique, &err);
        CHECK_EQ_HEX(weaveheap_borrow_shared(h, &w, &err), 0);
        EXPECT_ERR_MSG(weaveheap_borrow_shared, &err, WEAVEHEAP_ERR_BORROW_CONFLICT, "borrowed unique");
        CHECK_EQ_HEX(weaveheap_borrow_unique(h, &w, &err), 0);
        EXPECT_ERR(weaveheap_borrow_unique, &err, WEAVEHEAP_ERR_BORROW_CONFLICT);
        CHECK_EQ_U64(wh_region_stats(r).borrows_active, 1);
        weaveheap_borrow_release(u, &err);
        EXPECT_OK(weaveheap_borrow_release, &err);
        /* and after the release both kinds work again */
        u = weaveheap_borrow_unique(h, &v, &err);
        EXPECT_OK(weaveheap_borrow_unique, &err);
        weaveheap_borrow_release(u, &err);
        EXPECT_OK(weaveheap_borrow_release, &err);
    }
    wh_destroy(r);
}

/* Views are the object: the same pointer from every borrow; a write through
 * a unique view is what buffer_read returns, and a buffer_write is what the
 * next view shows; none of it is a copy. */
static void views_are_zero_copy(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_buffer_t b = weaveheap_buffer_alloc(r, 4096, 64, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_stats s0 = wh_region_stats(r), g0 = wh_global_stats();

    weaveheap_view u, s1, s2;
    weaveheap_borrow_t tu = weaveheap_borrow_unique(b, &u, &err);
    EXPECT_OK(weaveheap_borrow_unique, &err);
    CHECK_TRUE(u.writable);
    CHECK_EQ_U64(u.length, 4096);
    for (int i = 0; i < 4096; i++) u.data[i] = (uint8_t)(i ^ 0x5a);
    weaveheap_borrow_release(tu, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    weaveheap_borrow_t t1 = weaveheap_borrow_shared(b, &s1, &err);
    EXPECT_OK(weaveheap_borrow_shared, &err);
    weaveheap_borrow_t t2 = weaveheap_borrow_shared(b, &s2, &err);
    EXPECT_OK(weaveheap_borrow_shared, &err);
    CHECK_EQ_PTR(s1.data, u.data);
    CHECK_EQ_PTR(s2.data, u.data);
    CHECK_EQ_U64(s1.data[4095], (uint8_t)(4095 ^ 0x5a));
    weaveheap_borrow_release(t1, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    weaveheap_borrow_release(t2, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    weaveheap_stats s1st = wh_region_stats(r), g1 = wh_global_stats();
    CHECK_EQ_U64(s1st.copies, s0.copies); /* three views, no copy */
    CHECK_EQ_U64(s1st.copy_bytes, s0.copy_bytes);
    CHECK_EQ_U64(g1.copies, g0.copies);
    CHECK_EQ_U64(s1st.borrows_taken, s0.borrows_taken + 3);

    /* the unique view's writes are what the owner reads ... */
    uint8_t back[4096];
    weaveheap_buffer_read(b, 0, back, sizeof back, &err);
    EXPECT_OK(weaveheap_buffer_read, &err);
    CHECK_EQ_MEM(back, u.data, sizeof back);
    /* ... and the owner's writes are what the next view sees, in place */
    weaveheap_buffer_write(b, 100, (const uint8_t*)"owner", 5, &err);
    EXPECT_OK(weaveheap_buffer_write, &err);
    weaveheap_view w;
    weaveheap_borrow_t tw = weaveheap_borrow_unique(b, &w, &err);
    EXPECT_OK(weaveheap_borrow_unique, &err);
    CHECK_EQ_PTR(w.data, u.data);
    CHECK_EQ_MEM(w.data + 100, "owner", 5);
    memcpy(w.data + 200, "view", 4);
    weaveheap_borrow_release(tw, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    weaveheap_buffer_read(b, 200, back, 4, &err);
    EXPECT_OK(weaveheap_buffer_read, &err);
    CHECK_EQ_MEM(back, "view", 4);
    weaveheap_stats s2nd = wh_region_stats(r);
    CHECK_EQ_U64(s2nd.copies, s0.copies + 3); /* read, write, read: only the copies count */
    CHECK_EQ_U64(s2nd.copy_bytes, s0.copy_bytes + 4096 + 5 + 4);

    /* bytes and strings: the view is the object's memory too */
    weaveheap_bytes_t by = weaveheap_bytes_create(r, (const uint8_t*)"zero-copy", 9, &err);
    EXPECT_OK(weaveheap_bytes_create, &err);
    weaveheap_view a, c;
    weaveheap_borrow_t ta = weaveheap_borrow_shared(by, &a, &err);
    EXPECT_OK(weaveheap_borrow_shared, &err);
    weaveheap_borrow_t tc = weaveheap_borrow_shared(by, &c, &err);
    EXPECT_OK(weaveheap_borrow_shared, &err);
    CHECK_EQ_PTR(a.data, c.data);
    CHECK_EQ_MEM(a.data, "zero-copy", 9);
    weaveheap_borrow_release(ta, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    weaveheap_borrow_release(tc, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    wh_destroy(r);
}

static void view_must_not_be_null(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_buffer_t b = weaveheap_buffer_alloc(r, 8, 8, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_stats before = wh_region_stats(r);
    CHECK_EQ_HEX(weaveheap_borrow_shared(b, NULL, &err), 0);
    EXPECT_ERR_MSG(weaveheap_borrow_shared, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "view");
    CHECK_EQ_HEX(weaveheap_borrow_unique(b, NULL, &err), 0);
    EXPECT_ERR_MSG(weaveheap_borrow_unique, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "view");
    weaveheap_stats after = wh_region_stats(r);
    CHECK_EQ_STATS(&after, &before);
    wh_destroy(r);
}

/* A token is a handle: released once, it is stale; its slot reused, the
 * old token is reused_handle; and neither release touches the new borrow. */
static void tokens_are_handles(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_buffer_t b = weaveheap_buffer_alloc(r, 8, 8, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_view v;
    weaveheap_borrow_t t = weaveheap_borrow_unique(b, &v, &err);
    EXPECT_OK(weaveheap_borrow_unique, &err);
    weaveheap_borrow_release(t, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    weaveheap_stats before = wh_region_stats(r);
    weaveheap_borrow_release(t, &err);
    EXPECT_ERR_MSG(weaveheap_borrow_release, &err, WEAVEHEAP_ERR_STALE_HANDLE, "released");
    weaveheap_stats after = wh_region_stats(r);
    CHECK_EQ_STATS(&after, &before);
    /* a double release must not have freed the buffer's borrow state: */
    weaveheap_borrow_t s1 = weaveheap_borrow_shared(b, &v, &err);
    EXPECT_OK(weaveheap_borrow_shared, &err);
    CHECK_EQ_U64(wh_slot(s1), wh_slot(t)); /* the new token took the old one's slot */
    weaveheap_borrow_release(t, &err);
    EXPECT_ERR(weaveheap_borrow_release, &err, WEAVEHEAP_ERR_REUSED_HANDLE);
    /* s1 is still out: the buffer still refuses a unique borrow */
    weaveheap_view w;
    CHECK_EQ_HEX(weaveheap_borrow_unique(b, &w, &err), 0);
    EXPECT_ERR(weaveheap_borrow_unique, &err, WEAVEHEAP_ERR_BORROW_CONFLICT);
    CHECK_EQ_U64(wh_region_stats(r).borrows_active, 1);
    weaveheap_borrow_release(s1, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    CHECK_EQ_U64(wh_region_stats(r).borrows_active, 0);
    /* tokens cannot be borrowed, nor released as objects */
    weaveheap_borrow_t s2 = weaveheap_borrow_shared(b, &v, &err);
    EXPECT_OK(weaveheap_borrow_shared, &err);
    CHECK_EQ_HEX(weaveheap_borrow_shared(s2, &w, &err), 0);
    EXPECT_ERR(weaveheap_borrow_shared, &err, WEAVEHEAP_ERR_WRONG_KIND);
    weaveheap_buffer_release(s2, &err);
    EXPECT_ERR(weaveheap_buffer_release, &err, WEAVEHEAP_ERR_WRONG_KIND);
    weaveheap_borrow_release(b, &err); /* an object is not a token */
    EXPECT_ERR(weaveheap_borrow_release, &err, WEAVEHEAP_ERR_WRONG_KIND);
    CHECK_EQ_U64(wh_region_stats(r).borrows_active, 1);
    weaveheap_borrow_release(s2, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    wh_destroy(r);
}

/* Everything the owner may not do while a view is live is refused and
 * changes nothing; the view stays valid and exact. */
static void owner_refused_while_viewed(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_buffer_t b = weaveheap_buffer_alloc(r, 16, 16, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_view v;
    weaveheap_borrow_t u = weaveheap_borrow_unique(b, &v, &err);
    EXPECT_OK(weaveheap_borrow_unique, &err);
    memcpy(v.data, "in place", 8);
    weaveheap_stats before = wh_region_stats(r);
    weaveheap_buffer_release(b, &err);
    EXPECT_ERR(weaveheap_buffer_release, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_region_reset(r, &err);
    EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_region_destroy(r, &err);
    EXPECT_ERR(weaveheap_region_destroy, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_buffer_write(b, 0, (const uint8_t*)"no", 2, &err);
    EXPECT_ERR(weaveheap_buffer_write, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_stats after = wh_region_stats(r);
    before.borrow_conflicts += 4;
    CHECK_EQ_STATS(&after, &before);
    CHECK_EQ_MEM(v.data, "in place", 8);
    memcpy(v.data + 8, "still ok", 8); /* still writable: the region kept the memory */
    weaveheap_borrow_release(u, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    uint8_t back[16];
    weaveheap_buffer_read(b, 0, back, 16, &err);
    EXPECT_OK(weaveheap_buffer_read, &err);
    CHECK_EQ_MEM(back, "in placestill ok", 16);
    wh_destroy(r);
}

/* A token needs a slot: with the region's page full and no page in the
 * pool, a borrow needs a new page; if that fails it is out_of_memory and
 * the object is not left borrowed. */
static void borrow_out_of_memory(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_buffer_t b = weaveheap_buffer_alloc(r, 8, 8, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    wh_drain_pages(r);
    weaveheap_stats before = wh_region_stats(r);
    weaveheap_view v;
    memset(&v, 0x33, sizeof v);
    weaveheap_view untouched = v;
    weaveheap__test_fail_nth_alloc(1);
    CHECK_EQ_HEX(weaveheap_borrow_shared(b, &v, &err), 0);
    weaveheap__test_fail_nth_alloc(0);
    EXPECT_ERR_MSG(weaveheap_borrow_shared, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "page of handles");
    weaveheap__test_fail_nth_alloc(1);
    CHECK_EQ_HEX(weaveheap_borrow_unique(b, &v, &err), 0);
    weaveheap__test_fail_nth_alloc(0);
    EXPECT_ERR(weaveheap_borrow_unique, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    CHECK_EQ_MEM(&v, &untouched, sizeof v);
    weaveheap_stats after = wh_region_stats(r);
    CHECK_EQ_STATS(&after, &before);
    /* not left borrowed: it can be written and then borrowed uniquely */
    weaveheap_buffer_write(b, 0, (const uint8_t*)"free", 4, &err);
    EXPECT_OK(weaveheap_buffer_write, &err);
    weaveheap_borrow_t t = weaveheap_borrow_unique(b, &v, &err);
    EXPECT_OK(weaveheap_borrow_unique, &err);
    CHECK_EQ_MEM(v.data, "free", 4);
    CHECK_TRUE(wh_page(t) != wh_page(b)); /* the token is on the new page */
    weaveheap_borrow_release(t, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    wh_destroy(r);
}

/* The object functions against a region that is not thread-safe and one that
 * is (which takes its lock): the same answers. */
static void thread_safe_region_behaves_the_same(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(&(weaveheap_region_options){.thread_safe = true});
    weaveheap_buffer_t b = weaveheap_buffer_alloc(r, 8, 8, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_view v, w;
    weaveheap_borrow_t s = weaveheap_borrow_shared(b, &v, &err);
    EXPECT_OK(weaveheap_borrow_shared, &err);
    CHECK_EQ_HEX(weaveheap_borrow_unique(b, &w, &err), 0);
    EXPECT_ERR(weaveheap_borrow_unique, &err, WEAVEHEAP_ERR_BORROW_CONFLICT);
    weaveheap_region_reset(r, &err);
    EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_borrow_release(s, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    weaveheap_borrow_release(s, &err);
    EXPECT_ERR(weaveheap_borrow_release, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    weaveheap_buffer_release(b, &err);
    EXPECT_OK(weaveheap_buffer_release, &err);
    weaveheap_buffer_size(b, &err);
    EXPECT_ERR(weaveheap_buffer_size, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    weaveheap_buffer_t b2 = weaveheap_buffer_alloc(r, 8, 8, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_buffer_size(b, &err);
    EXPECT_ERR(weaveheap_buffer_size, &err, WEAVEHEAP_ERR_REUSED_HANDLE);
    weaveheap_bytes_length(b2, &err);
    EXPECT_ERR(weaveheap_bytes_length, &err, WEAVEHEAP_ERR_WRONG_KIND);
    weaveheap_buffer_size(wh_with_gen(b2, wh_gen(b2) + 1), &err);
    EXPECT_ERR(weaveheap_buffer_size, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    weaveheap_region_reset(r, &err);
    EXPECT_OK(weaveheap_region_reset, &err);
    weaveheap_buffer_size(b2, &err);
    EXPECT_ERR(weaveheap_buffer_size, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    wh_destroy(r);
    weaveheap_region_stats(r, &(weaveheap_stats){0}, &err);
    EXPECT_ERR(weaveheap_region_stats, &err, WEAVEHEAP_ERR_STALE_HANDLE);
}

static const wh_test tests[] = {
    {"shared + shared is fine", shared_and_shared},
    {"unique vs shared conflict, both ways", unique_and_shared_conflict_both_ways},
    {"views are zero-copy: identity, write-through both ways", views_are_zero_copy},
    {"view must not be NULL", view_must_not_be_null},
    {"tokens: double release stale, reused, wrong kind", tokens_are_handles},
    {"release/reset/destroy/write refused while viewed", owner_refused_while_viewed},
    {"borrow out of memory leaves nothing borrowed", borrow_out_of_memory},
    {"a thread-safe region gives the same answers", thread_safe_region_behaves_the_same},
    {NULL, NULL},
};
const wh_suite wh_suite_borrows = {"borrows", tests};
