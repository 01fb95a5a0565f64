/* Allocation-failure injection (lua's ltests.c idea): a scenario that goes
 * through every path of the core that allocates -- a region block, a first
 * chunk, a new chunk, a chunk of its own, a new page of handles, a page for a
 * borrow token, error messages, bytes_dup and string_dup -- is run once to
 * count its allocations, then once for every N with the Nth failing. Each
 * step must succeed, or (if it made the Nth allocation) report
 * out_of_memory and change nothing, or (if the Nth was its error message)
 * report its own error with the static text. Nothing may leak.
 *
 * Table pages and region blocks are never freed (a stale handle must always
 * read memory the core owns) but pooled: a page or block is only allocated
 * when the pool is empty. Before every run the pools are drained into
 * fixtures (a hog region holding every pooled page, a list of regions holding
 * every free record), so that the scenario has to allocate its pages and its
 * block; the pages a run created are counted when the next drain takes them
 * back, and the leak check allows exactly those. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "testing.h"

typedef struct run {
    uint64_t fail_at;  /* the allocation that fails, 1-based; 0 for none */
    uint64_t made;     /* allocations made so far */
    uint64_t blocks;   /* region blocks made (kept for the process's life) */
    uint64_t failures; /* steps that failed because of the injection */
} run;

typedef struct step {
    uint64_t made; /* allocations this step made */
    bool hit;      /* one of them was the failing one */
} step;

static void begin(run* R) {
    uint64_t left = R->fail_at > R->made ? R->fail_at - R->made : 0;
    uint64_t between = weaveheap__test_fail_nth_alloc(left);
    CHECK_EQ_U64(between, 0); /* nothing allocates between steps */
}

static step end(run* R) {
    step s;
    s.made = weaveheap__test_fail_nth_alloc(0);
    s.hit = R->fail_at > R->made && R->fail_at <= R->made + s.made;
    R->made += s.made;
    return s;
}

/* Checks a step's error against what it should be, given whether it made
 * the failing allocation. Returns true when the call did what it does
 * without injection. */
static bool outcome(run* R, step s, weaveheap_error* err, const char* fn, int32_t expect, unsigned line) {
    bool as_usual;
    if (expect == WEAVEHEAP_OK && s.hit) { /* its own allocation failed */
        wh_check(err->code == WEAVEHEAP_ERR_OUT_OF_MEMORY, false, __FILE__, line,
                 "%s with allocation %" PRIu64 " failing: out_of_memory expected, got %d (%s)", fn, R->fail_at,
                 (int)err->code, err->message ? err->message : "no message");
        R->failures++;
        as_usual = false;
    } else if (expect != WEAVEHEAP_OK && s.hit) { /* its message could not be allocated */
        wh_check(err->code == expect && err->message == weaveheap_strerror(expect), false, __FILE__, line,
                 "%s with its message's allocation (%" PRIu64 ") failing: code %d with the static text "
                 "expected, got %d (%s)", fn, R->fail_at, (int)expect, (int)err->code,
                 err->message ? err->message : "no message");
        R->failures++;
        as_usual = true;
    } else {
        wh_check(err->code == expect && (expect == 0) == (err->message == NULL) &&
                     (expect == 0 || err->message != weaveheap_strerror(expect)),
                 false, __FILE__, line, "%s (no injected failure): code %d expected, got %d (%s)", fn,
                 (int)expect, (int)err->code, err->message ? err->message : "no message");
        as_usual = err->code == expect;
    }
    if (err->code) wh_record(fn, err->code);
    weaveheap_error_clear(err);
    return as_usual;
}

/* One step: arm the injection, make the call, check its outcome. */
#define CALL(R, fn, expect, call) \
    (begin(R), (void)(call), (void)(fn), outcome(R, end(R), &err, #fn, expect, __LINE__))

/* The handles the scenario made, for checks after a failed step. */
typedef struct world {
    weaveheap_region_t a, b;
    uint64_t objects[8];
    size_t n;
    uint64_t a_allocs, a_bytes; /* what region a's counters must say */
} world;

static void keep(world* W, uint64_t h) {
    if (h && W->n < sizeof W->objects / sizeof W->objects[0]) W->objects[W->n++] = h;
}

/* After a refused call: everything made before is still live. */
static void all_live(const world* W) {
    weaveheap_error err = {0};
    for (size_t i = 0; i < W->n; i++) {
        weaveheap_handle_kind k = weaveheap_handle_kind_of(W->objects[i], &err);
        CHECK_EQ_U64(k, wh_kind_bits(W->objects[i]));
        EXPECT_OK(weaveheap_handle_kind_of, &err);
    }
}

static weaveheap_stats snap(weaveheap_region_t r) {
    weaveheap_stats s = {0};
    if (r) s = wh_region_stats(r);
    return s;
}

/* Creates an object in W->a through `call`, expecting success; on an injected
 * failure checks that nothing changed. */
#define CREATE(R, W, fn, var, bytes, call)                                          \
    do {                                                                           \
        weaveheap_stats before_ = snap((W)->a);                                    \
        if (CALL(R, fn, WEAVEHEAP_OK, var = call)) {                               \
            keep(W, var);                                                          \
            (W)->a_allocs++;                                                       \
            (W)->a_bytes += (bytes);                                               \
        } else {                                                                   \
            CHECK_EQ_HEX(var, 0);                                                  \
            weaveheap_stats after_ = snap((W)->a);                                 \
            CHECK_EQ_STATS(&after_, &before_);                                     \
            all_live(W);                                                           \
        }                                                                          \
    } while (0)

static void scenario(run* R) {
    weaveheap_error err = {0};
    world W = {0};
    weaveheap_region_t a = 0, b = 0;
    uint64_t made_before;

    /* a region: a new block of records */
    made_before = R->made;
    if (CALL(R, weaveheap_region_create, WEAVEHEAP_OK,
             a = weaveheap_region_create(&(weaveheap_region_options){.chunk_size = 4096}, &err)))
        R->blocks += R->made - made_before;
    else
        CHECK_EQ_HEX(a, 0);
    W.a = a;

    weaveheap_buffer_t small = 0, mid1 = 0, mid2 = 0, big = 0, any = 0;
    weaveheap_bytes_t bytes = 0;
    weaveheap_string_t text = 0;
    if (a) {
        CREATE(R, &W, weaveheap_buffer_alloc, small, 100, weaveheap_buffer_alloc(a, 100, 16, &err)); /* first chunk, first page */
        CREATE(R, &W, weaveheap_buffer_alloc, mid1, 2000, weaveheap_buffer_alloc(a, 2000, 16, &err));
        CREATE(R, &W, weaveheap_buffer_alloc, mid2, 2000, weaveheap_buffer_alloc(a, 2000, 16, &err)); /* a new chunk */
        CREATE(R, &W, weaveheap_buffer_alloc, big, 10000, weaveheap_buffer_alloc(a, 10000, 64, &err)); /* its own chunk */
        static const uint8_t data[50] = {1, 2, 3};
        CREATE(R, &W, weaveheap_bytes_create, bytes, 50, weaveheap_bytes_create(a, data, 50, &err));
        CREATE(R, &W, weaveheap_string_create, text, 7,
               weaveheap_string_create(a, (const uint8_t*)"h\xc3\xa9llo", 6, &err));
        /* fill the page of handles to its last slot: the next slot needs a
         * new page (the pool is empty) */
        for (;;) {
            weaveheap_buffer_t f = 0;
            CREATE(R, &W, weaveheap_buffer_alloc, f, 0, weaveheap_buffer_alloc(a, 0, 1, &err));
            if (f && !any) any = f;
            if (f && wh_slot(f) == WH_SLOTS_PER_PAGE - 1) break;
        }
        any = small ? small : mid1 ? mid1 : any;
    }
    if (any) {
        weaveheap_view v;
        weaveheap_borrow_t token = 0;
        weaveheap_stats before = snap(a);
        if (CALL(R, weaveheap_borrow_shared, WEAVEHEAP_OK, token = weaveheap_borrow_shared(any, &v, &err))) {
            CALL(R, weaveheap_borrow_unique, WEAVEHEAP_ERR_BORROW_CONFLICT, weaveheap_borrow_unique(any, &v, &err));
            CALL(R, weaveheap_buffer_release, WEAVEHEAP_ERR_BORROWED, weaveheap_buffer_release(any, &err));
            CALL(R, weaveheap_borrow_release, WEAVEHEAP_OK, weaveheap_borrow_release(token, &err));
        } else {
            CHECK_EQ_HEX(token, 0);
            weaveheap_stats after = snap(a);
            CHECK_EQ_STATS(&after, &before);
            all_live(&W);
        }
    }
    CALL(R, weaveheap_string_create, WEAVEHEAP_ERR_INVALID_UTF8,
         weaveheap_string_create(a, (const uint8_t*)"ok\xff", 3, &err));
    if (bytes) {
        uint8_t* copy = NULL;
        uint64_t n = 0;
        if (CALL(R, weaveheap_bytes_dup, WEAVEHEAP_OK, copy = weaveheap_bytes_dup(bytes, &n, &err))) {
            CHECK_EQ_U64(n, 50);
            CHECK_EQ_U64(copy[2], 3);
        } else {
            CHECK_EQ_PTR(copy, NULL);
        }
        weaveheap_free_bytes(copy, n);
    }
    if (text) {
        char* copy = NULL;
        if (CALL(R, weaveheap_string_dup, WEAVEHEAP_OK, copy = weaveheap_string_dup(text, &err)))
            CHECK_EQ_STR(copy, "h\xc3\xa9llo");
        else
            CHECK_EQ_PTR(copy, NULL);
        weaveheap_free_string(copy);
    }
    if (mid1 && CALL(R, weaveheap_buffer_release, WEAVEHEAP_OK, weaveheap_buffer_release(mid1, &err))) {
        CALL(R, weaveheap_buffer_size, WEAVEHEAP_ERR_STALE_HANDLE, weaveheap_buffer_size(mid1, &err));
        W.a_bytes -= 2000;
        for (size_t i = 0; i < W.n; i++)
            if (W.objects[i] == mid1) W.objects[i] = W.objects[--W.n];
    }
    if (a) {
        /* the counters agree with what succeeded */
        weaveheap_stats s = snap(a);
        CHECK_EQ_U64(s.allocations, W.a_allocs);
        CHECK_EQ_U64(s.bytes_live, W.a_bytes);
        CHECK_EQ_U64(s.releases, mid1 ? 1 : 0);
        CHECK_EQ_U64(s.borrows_active, 0);
        CALL(R, weaveheap_region_reset, WEAVEHEAP_OK, weaveheap_region_reset(a, &err));
        W.n = 0;
        uint64_t reserved = snap(a).bytes_reserved;
        weaveheap_buffer_t again = 0;
        CREATE(R, &W, weaveheap_buffer_alloc, again, 100, weaveheap_buffer_alloc(a, 100, 16, &err));
        if (again) CHECK_EQ_U64(snap(a).bytes_reserved, reserved); /* reused a kept chunk */
    }
    /* a second region: its first chunk and page */
    made_before = R->made;
    if (CALL(R, weaveheap_region_create, WEAVEHEAP_OK, b = weaveheap_region_create(NULL, &err)))
        R->blocks += R->made - made_before;
    if (b) {
        weaveheap_bytes_t x = 0;
        world WB = {.a = b};
        CREATE(R, &WB, weaveheap_bytes_create, x, 1, weaveheap_bytes_create(b, (const uint8_t*)"x", 1, &err));
        CALL(R, weaveheap_region_destroy, WEAVEHEAP_OK, weaveheap_region_destroy(b, &err));
    }
    if (a) CALL(R, weaveheap_region_destroy, WEAVEHEAP_OK, weaveheap_region_destroy(a, &err));
}

typedef struct fixture {
    weaveheap_region_t hog;
    weaveheap_region_t* regions;
    size_t nregions, cap;
} fixture;

/* Drains both pools; returns how many pages the hog took. */
static uint64_t drain(fixture* F, uint64_t* records) {
    uint64_t objects = wh_drain_pages(F->hog);
    size_t n = wh_drain_records(F->regions + F->nregions, F->cap - F->nregions);
    F->nregions += n;
    *records = n;
    CHECK_EQ_U64(objects % WH_SLOTS_PER_PAGE, 0); /* whole pages: the hog's own were full */
    return objects / WH_SLOTS_PER_PAGE;
}

static void every_allocation_fails_once(void) {
    weaveheap_error err = {0};
    fixture F = {0};
    F.cap = 1 << 16;
    F.regions = malloc(F.cap * sizeof *F.regions);
    REQUIRE_NE_PTR(F.regions, NULL);
    F.hog = wh_region(NULL);
    weaveheap_buffer_alloc(F.hog, 0, 1, &err); /* its chunk */
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    wh_drain_pages(F.hog); /* fills its first page and takes the pool */
    uint64_t records;
    drain(&F, &records);
    int64_t start = weaveheap__test_live_allocs();

    /* no failure: count the allocations */
    run clean = {0};
    int64_t live0 = weaveheap__test_live_allocs();
    scenario(&clean);
    int64_t live1 = weaveheap__test_live_allocs();
    uint64_t pages = drain(&F, &records);
    CHECK_EQ_U64(clean.failures, 0);
    CHECK_EQ_U64(clean.blocks, 1);
    CHECK_EQ_U64(pages, 3); /* a's first page, a's token page, b's page */
    CHECK_TRUE(records > 0);
    CHECK_EQ_I64(live1 - live0, (int64_t)(pages + clean.blocks)); /* only what is kept for good */
    uint64_t total = clean.made, kept = pages + clean.blocks;
    printf("\n    scenario makes %" PRIu64 " allocations; failing each in turn\n", total);
    /* a block; a's first chunk and page; a new chunk; a chunk of its own; the
     * token's page; four error messages; two dups; b's first chunk and page.
     * A standard chunk is two allocations (its header, then its mapping). */
    CHECK_EQ_U64(total, 17);

    for (uint64_t n = 1; n <= total; n++) {
        run R = {.fail_at = n};
        live0 = weaveheap__test_live_allocs();
        scenario(&R);
        live1 = weaveheap__test_live_allocs();
        pages = drain(&F, &records);
        kept += pages + R.blocks;
        wh_check(R.failures == 1, false, __FILE__, __LINE__,
                 "allocation %" PRIu64 " failed exactly one step (%" PRIu64 " did)", n, R.failures);
        wh_check(live1 - live0 == (int64_t)(pages + R.blocks), false, __FILE__, __LINE__,
                 "allocation %" PRIu64 " failing: %" PRId64 " allocations outlive the run, %" PRIu64
                 " pages and %" PRIu64 " region blocks expected", n, live1 - live0, pages, R.blocks);
    }
    CHECK_EQ_I64(weaveheap__test_live_allocs() - start, (int64_t)kept);
    /* the fixtures go: the hog's one chunk (header and mapping) is freed;
     * pages and blocks stay */
    int64_t before = weaveheap__test_live_allocs();
    wh_destroy(F.hog);
    for (size_t i = 0; i < F.nregions; i++) wh_destroy(F.regions[i]);
    free(F.regions);
    CHECK_EQ_I64(weaveheap__test_live_allocs(), before - 2);
}

static const wh_test tests[] = {
    {"every allocation of a full scenario fails once, cleanly", every_allocation_fails_once},
    {NULL, NULL},
};
const wh_suite wh_suite_faults = {"faults", tests};
