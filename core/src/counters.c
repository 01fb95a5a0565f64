/* Counters: per region (relaxed atomics, written by the region's one thread
 * or under its lock) and for the process (the sum over regions, plus what
 * destroyed regions counted). */
#include "internal.h"

#include <string.h>

_Atomic bool weaveheap__counting = true;

/* What destroyed regions counted, so that process totals never go back.
 * Guarded by the region table's lock (see weaveheap__region_table_lock_each). */
static weaveheap__counters retired;

static void add_into(weaveheap_stats* out, weaveheap__counters* c) {
    out->allocations += weaveheap__get(&c->allocations);
    out->releases += weaveheap__get(&c->releases);
    out->bytes_allocated += weaveheap__get(&c->bytes_allocated);
    out->bytes_live += weaveheap__get(&c->bytes_live);
    /* the peak is caught up lazily (weaveheap__note_peak): live may be past it */
    uint64_t live = weaveheap__get(&c->bytes_live), peak = weaveheap__get(&c->bytes_peak);
    out->bytes_peak += live > peak && atomic_load_explicit(&weaveheap__counting, memory_order_relaxed) ? live : peak;
    out->bytes_reserved += weaveheap__get(&c->bytes_reserved);
    out->borrows_taken += weaveheap__get(&c->borrows_taken);
    out->borrows_active += weaveheap__get(&c->borrows_active);
    out->borrow_conflicts += weaveheap__get(&c->borrow_conflicts);
    out->copies += weaveheap__get(&c->copies);
    out->copy_bytes += weaveheap__get(&c->copy_bytes);
    out->imports += weaveheap__get(&c->imports);
}

void weaveheap__stats_add(weaveheap_stats* out, weaveheap__counters* c) { add_into(out, c); }

void weaveheap__retire_counters(weaveheap__region* r) {
    weaveheap__add(&retired.allocations, weaveheap__get(&r->c.allocations));
    weaveheap__add(&retired.releases, weaveheap__get(&r->c.releases));
    weaveheap__add(&retired.bytes_allocated, weaveheap__get(&r->c.bytes_allocated));
    weaveheap__add(&retired.bytes_peak, weaveheap__get(&r->c.bytes_peak));
    weaveheap__add(&retired.borrows_taken, weaveheap__get(&r->c.borrows_taken));
    weaveheap__add(&retired.borrow_conflicts, weaveheap__get(&r->c.borrow_conflicts));
    weaveheap__add(&retired.copies, weaveheap__get(&r->c.copies));
    weaveheap__add(&retired.copy_bytes, weaveheap__get(&r->c.copy_bytes));
    weaveheap__add(&retired.imports, weaveheap__get(&r->c.imports));
}

void weaveheap_region_stats(weaveheap_region_t region, weaveheap_stats* out, weaveheap_error* out_err) {
    if (!out) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "out must not be NULL");
        return;
    }
    weaveheap__region* r;
    if (!weaveheap__region_enter_shared(region, &r, out_err)) return; /* any thread */
    memset(out, 0, sizeof *out);
    add_into(out, &r->c);
    weaveheap__leave_shared(r);
}

static void add_region(weaveheap__region* r, void* arg) {
    weaveheap_stats* out = arg;
    if (!r) {
        add_into(out, &retired);
        return;
    }
    add_into(out, &r->c);
    out->regions_live++;
}

void weaveheap_stats_global(weaveheap_stats* out, weaveheap_error* out_err) {
    if (!out) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "out must not be NULL");
        return;
    }
    weaveheap_stats s = {0};
    weaveheap__region_table_lock_each(add_region, &s);
    s.stale_rejected = atomic_load_explicit(&weaveheap__stale_rejected, memory_order_relaxed);
    *out = s;
}

/* The peak is caught up lazily, and not at all while counting is off: so
 * catch every region's up when counting goes off, or the peak read while
 * off would fall back to an older value. */
static void catch_up_peak(weaveheap__region* r, void* arg) {
    (void)arg;
    if (!r) return;
    uint64_t live = weaveheap__get(&r->c.bytes_live), peak = weaveheap__get(&r->c.bytes_peak);
    while (live > peak && !atomic_compare_exchange_weak_explicit(&r->c.bytes_peak, &peak, live, memory_order_relaxed,
                                                                  memory_order_relaxed)) {}
}

void weaveheap_stats_set_enabled(bool enabled) {
    bool was = atomic_exchange_explicit(&weaveheap__counting, enabled, memory_order_relaxed);
    if (was && !enabled) weaveheap__region_table_lock_each(catch_up_peak, NULL);
}

bool weaveheap_stats_enabled(void) { return atomic_load_explicit(&weaveheap__counting, memory_order_relaxed); }
