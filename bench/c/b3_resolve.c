/* B3: resolving a handle (bounds + page epoch + generation + kind) against
 * dereferencing a raw pointer to the same object, with 10^4 live handles
 * (in cache) and 10^7 (cache-cold), visited in one random order. B4: a
 * borrow acquire + release pair against the same resolve.
 *
 * Three ways to resolve are measured:
 *  - weaveheap_buffer_size: the public call a binding makes, which resolves
 *    and reads the slot (the figure the targets are judged on);
 *  - weaveheap__resolve (static library, core/src/internal.h): the check
 *    alone, without the public call's layers;
 *  - weaveheap__resolve then a read of the object: what a checked access
 *    costs, one load more than the raw dereference. */
#include "bench.h"
#include "harness.h"
#include "internal.h"
#include "peers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define B3_SIZE 16u

typedef struct b3_set {
    uint64_t count, passes;
    weaveheap_region_t region;
    weaveheap_handle_t* handles; /* in the random visiting order */
    uint64_t** ptrs;             /* the same objects, same order */
    uint64_t sum_values;         /* what one pass of raw reads adds up to */
} b3_set;

static uint64_t sink;

static void check_sum(uint64_t got, uint64_t want, const char* what) {
    if (got != want)
        wb_die("%s: sum %llu, expected %llu: a call failed", what, (unsigned long long)got, (unsigned long long)want);
    sink += got;
}

static void set_make(b3_set* s, uint64_t count, uint64_t passes, uint64_t seed) {
    s->count = count;
    s->passes = passes;
    s->region = wb_region(0);
    s->handles = malloc(count * sizeof *s->handles);
    s->ptrs = malloc(count * sizeof *s->ptrs);
    if (!s->handles || !s->ptrs) wb_die("out of memory for %llu handles", (unsigned long long)count);
    s->sum_values = 0;
    for (uint64_t i = 0; i < count; i++) {
        weaveheap_error err = {0, NULL};
        weaveheap_buffer_t h = weaveheap_buffer_alloc(s->region, B3_SIZE, 16, &err);
        if (!h) wb_die("buffer_alloc %llu: %s", (unsigned long long)i, err.message);
        weaveheap__object o;
        if (!weaveheap__resolve(h, WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BUFFER), &o, NULL)) wb_die("resolve failed");
        weaveheap__leave(o.region);
        s->handles[i] = h;
        s->ptrs[i] = (uint64_t*)o.slot->data;
        *s->ptrs[i] = i + 1;
        s->sum_values += i + 1;
    }
    for (uint64_t i = count - 1; i > 0; i--) { /* Fisher-Yates, handles and pointers alike */
        uint64_t j = wb_rand(&seed) % (i + 1);
        weaveheap_handle_t th = s->handles[i];
        s->handles[i] = s->handles[j];
        s->handles[j] = th;
        uint64_t* tp = s->ptrs[i];
        s->ptrs[i] = s->ptrs[j];
        s->ptrs[j] = tp;
    }
}

static void set_free(b3_set* s) {
    weaveheap_region_destroy(s->region, NULL);
    free(s->handles);
    free(s->ptrs);
}

/* -- B3 ------------------------------------------------------------------------- */

static void c_raw(wb_run* run, void* arg) {
    b3_set* s = arg;
    uint64_t* const* p = s->ptrs;
    uint64_t sum = 0;
    wb_begin(run);
    for (uint64_t k = 0; k < s->passes; k++)
        for (uint64_t i = 0; i < s->count; i++) sum += *p[i];
    wb_end(run);
    check_sum(sum, s->sum_values * s->passes, "raw dereference");
}

static void c_raw_call(wb_run* run, void* arg) {
    b3_set* s = arg;
    uint64_t* const* p = s->ptrs;
    uint64_t sum = 0;
    wb_begin(run);
    for (uint64_t k = 0; k < s->passes; k++)
        for (uint64_t i = 0; i < s->count; i++) sum += wb_pointer_api_read(p[i]);
    wb_end(run);
    check_sum(sum, s->sum_values * s->passes, "pointer API call");
}

static void c_public_size(wb_run* run, void* arg) {
    b3_set* s = arg;
    const weaveheap_handle_t* h = s->handles;
    uint64_t sum = 0;
    wb_begin(run);
    for (uint64_t k = 0; k < s->passes; k++)
        for (uint64_t i = 0; i < s->count; i++) sum += weaveheap_buffer_size(h[i], NULL);
    wb_end(run);
    check_sum(sum, B3_SIZE * s->count * s->passes, "weaveheap_buffer_size");
}

static void c_internal_resolve(wb_run* run, void* arg) {
    b3_set* s = arg;
    const weaveheap_handle_t* h = s->handles;
    const unsigned kinds = WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BUFFER);
    uint64_t sum = 0;
    wb_begin(run);
    for (uint64_t k = 0; k < s->passes; k++)
        for (uint64_t i = 0; i < s->count; i++) {
            weaveheap__object o;
            if (weaveheap__resolve(h[i], kinds, &o, NULL)) {
                sum += o.slot->size;
                weaveheap__leave(o.region);
            }
        }
    wb_end(run);
    check_sum(sum, B3_SIZE * s->count * s->passes, "weaveheap__resolve");
}

static void c_internal_resolve_read(wb_run* run, void* arg) {
    b3_set* s = arg;
    const weaveheap_handle_t* h = s->handles;
    const unsigned kinds = WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BUFFER);
    uint64_t sum = 0;
    wb_begin(run);
    for (uint64_t k = 0; k < s->passes; k++)
        for (uint64_t i = 0; i < s->count; i++) {
            weaveheap__object o;
            if (weaveheap__resolve(h[i], kinds, &o, NULL)) {
                sum += *(const uint64_t*)o.slot->data;
                weaveheap__leave(o.region);
            }
        }
    wb_end(run);
    check_sum(sum, s->sum_values * s->passes, "weaveheap__resolve + read");
}

static void run_b3(b3_set* s, const char* title, double target) {
    /* Like for like: the public call against a call that takes a pointer,
     * the inlined resolve against an inlined dereference. */
    wb_contender rows[5];
    double ops = (double)(s->count * s->passes);
    rows[0] = (wb_contender){.name = "raw pointer dereference (inline)", .fn = c_raw, .arg = s, .ops = ops,
                             .peer = -1};
    rows[1] = (wb_contender){.name = "raw pointer through a call", .fn = c_raw_call, .arg = s, .ops = ops,
                             .peer = 0};
    rows[2] = (wb_contender){.name = "weaveheap_buffer_size (public call)", .fn = c_public_size, .arg = s,
                             .ops = ops, .peer = 1, .target_ratio = target};
    rows[3] = (wb_contender){.name = "weaveheap__resolve (inline, internal)", .fn = c_internal_resolve, .arg = s,
                             .ops = ops, .peer = 0, .target_ratio = target};
    rows[4] = (wb_contender){.name = "weaveheap__resolve + read object", .fn = c_internal_resolve_read, .arg = s,
                             .ops = ops, .peer = 0};
    wb_measure(title, rows, 5);
}

/* -- B4 ------------------------------------------------------------------------- */

typedef struct b4_arg {
    b3_set* set;
    bool unique, one_handle;
} b4_arg;

static void c_borrow(wb_run* run, void* arg) {
    b4_arg* a = arg;
    b3_set* s = a->set;
    const weaveheap_handle_t* h = s->handles;
    uint64_t failed = 0, sum = 0;
    weaveheap_view view;
    wb_begin(run);
    for (uint64_t k = 0; k < s->passes; k++)
        for (uint64_t i = 0; i < s->count; i++) {
            weaveheap_handle_t target = a->one_handle ? h[0] : h[i];
            weaveheap_borrow_t t = a->unique ? weaveheap_borrow_unique(target, &view, NULL)
                                             : weaveheap_borrow_shared(target, &view, NULL);
            failed += t == 0;
            sum += view.length;
            weaveheap_borrow_release(t, NULL);
        }
    wb_end(run);
    if (failed) wb_die("%llu borrows failed", (unsigned long long)failed);
    check_sum(sum, B3_SIZE * s->count * s->passes, "borrow");
    weaveheap_stats st;
    weaveheap_region_stats(s->region, &st, NULL);
    if (st.borrows_active != 0) wb_die("%llu borrows still active", (unsigned long long)st.borrows_active);
}

static void run_b4(b3_set* s) {
    static b4_arg args[4];
    wb_contender rows[5];
    double ops = (double)(s->count * s->passes);
    static const char* const names[4] = {"borrow_shared + release", "borrow_unique + release",
                                         "borrow_shared + release, one handle", "borrow_unique + release, one handle"};
    rows[0] = (wb_contender){.name = "weaveheap_buffer_size (B3 resolve)", .fn = c_public_size, .arg = s, .ops = ops,
                             .peer = -1};
    for (int i = 0; i < 4; i++) {
        args[i] = (b4_arg){.set = s, .unique = i % 2 == 1, .one_handle = i >= 2};
        rows[i + 1] = (wb_contender){.name = names[i], .fn = c_borrow, .arg = &args[i], .ops = ops, .peer = 0,
                                     .target_ns = i < 2 ? 5.0 : 0};
    }
    char title[128];
    snprintf(title, sizeof title, "B4 borrow acquire + release, %llu live handles, random order",
             (unsigned long long)s->count);
    wb_measure(title, rows, 5);
}

void wb_bench_resolve(uint64_t small, uint64_t large, int want_b3, int want_b4) {
    char title[128];
    b3_set s;
    set_make(&s, small, (1000000 + small - 1) / small, 42);
    if (want_b3) {
        snprintf(title, sizeof title, "B3 resolve, %llu live handles, random order (in cache)",
                 (unsigned long long)small);
        run_b3(&s, title, 1.2);
    }
    if (want_b4) run_b4(&s);
    set_free(&s);
    /* issue 14: <= 2x at 10^6 and 10^7 live handles (shared/BENCHMARKS.md
     * asks 1.5x cache-cold; the verdicts here are issue 14's) */
    for (uint64_t count = large / 10; want_b3 && large && count <= large; count *= 10) {
        b3_set l;
        set_make(&l, count, large / count, 43);
        snprintf(title, sizeof title, "B3 resolve, %llu live handles, random order (cache-cold)",
                 (unsigned long long)count);
        run_b3(&l, title, 2.0);
        set_free(&l);
    }
}
