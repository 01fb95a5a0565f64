/* The handle table: pages of slots, and resolving a handle to its slot.
 *
 * A page belongs to one region at a time. A reset or destroy moves every
 * page of the region to its next epoch, which makes all of its handles stale
 * at a cost per page, not per object. Pages are never freed while the
 * library is loaded: a destroyed region's pages go to a pool, so that a stale
 * handle always reads memory that is still ours.
 *
 * Epochs run from 1 to 0xfffe, then wrap: every 65534 resets (or destroys)
 * a page starts a new cycle, in which each slot starts above the highest
 * generation it reached in the cycle before (weaveheap__slot_cycle). A slot
 * retires for good only when its generations run out, and a page only when
 * all of its slots have. */
#include "internal.h"

_Atomic(weaveheap__page*) weaveheap__pages[WH_MAX_PAGES];
_Atomic uint32_t weaveheap__page_count;
static weaveheap__page* pool;                 /* pages no region owns */
static weaveheap__mutex table_lock = WEAVEHEAP__MUTEX_INIT;
_Atomic uint64_t weaveheap__stale_rejected;

static const char* const kind_names[] = {
#define WH_NAME(name, value, id) [value] = id,
    WEAVEHEAP_HANDLE_KIND_LIST(WH_NAME)
#undef WH_NAME
};

const char* weaveheap__kind_name(unsigned kind) {
    return kind < sizeof kind_names / sizeof kind_names[0] && kind_names[kind] ? kind_names[kind] : "handle";
}

void weaveheap__reject(weaveheap_error* err, int32_t code, weaveheap_handle_t h, const char* why) {
    atomic_fetch_add_explicit(&weaveheap__stale_rejected, 1, memory_order_relaxed);
    weaveheap__fail(err, code, "%s 0x%016llx %s", weaveheap__kind_name(weaveheap__handle_kind_bits(h)),
                    (unsigned long long)h, why);
}

/* -- pages ------------------------------------------------------------------ */

/* The bits every handle into the page carries, and what the inline resolve
 * compares them with. */
static void page_set_prefix(weaveheap__page* p) {
    p->prefix = weaveheap__handle_make(0, p->index, 0, p->epoch, 0);
    bool locked = atomic_load_explicit(&p->guarded, memory_order_relaxed);
    /* release: pairs with the acquire in weaveheap__resolve_peek */
    atomic_store_explicit(&p->match, p->prefix | (locked ? WH_MATCH_LOCKED : 0), memory_order_release);
}

/* A page for r: from the pool, or new. Called with r's lock held (if any). */
weaveheap__page* weaveheap__page_take(weaveheap__region* r) {
    weaveheap__mutex_lock(&table_lock);
    weaveheap__page* p = pool;
    if (p) {
        pool = p->next;
    } else {
        uint32_t n = atomic_load_explicit(&weaveheap__page_count, memory_order_relaxed);
        if (n < WH_MAX_PAGES && (p = weaveheap__calloc(1, sizeof *p)) != NULL) {
            p->index = n;
            p->epoch = 1;
            p->bump_end = WH_PAGE_SLOTS;
            p->first_spent = WH_PAGE_SLOTS;
            for (uint32_t i = 0; i < WH_PAGE_SLOTS; i++) {
                p->cycles[i] = (weaveheap__slot_cycle){1, 1};
                p->slots[i].gen = 1;
            }
            atomic_store_explicit(&weaveheap__pages[n], p, memory_order_release);
            atomic_store_explicit(&weaveheap__page_count, n + 1, memory_order_release);
        }
    }
    if (p) {
        WH_SET(p->bump, 0);
        p->free_head = 0;
        atomic_store_explicit(&p->guarded, atomic_load_explicit(&r->guard, memory_order_relaxed) != WH_GUARD_NONE,
                              memory_order_relaxed);
        page_set_prefix(p);
        WH_SET(p->next, r->pages);
        /* release: a publisher that reads r->pages without r's lock (a
         * region that is not thread-safe) must see the page made above */
        __atomic_store_n(&r->pages, p, __ATOMIC_RELEASE);
        atomic_store_explicit(&p->owner, r, memory_order_release);
    }
    weaveheap__mutex_unlock(&table_lock);
    return p;
}

/* The inline paths stopped at bump_end, a spent slot (or the end of the
 * page): step over it, and over the spent slots right after it, and let them
 * bump up to the next spent one. Spent slots are linked in order through
 * their cycle's `high`, from first_spent. True if the page has room again. */
bool weaveheap__page_refill(weaveheap__page* p) {
    uint32_t i = p->bump, next = p->bump_end;
    while (i == next && i < WH_PAGE_SLOTS) {
        next = p->cycles[i].high;
        i++;
    }
    WH_SET(p->bump, i);
    p->bump_end = next;
    return weaveheap__page_has_room(p);
}

/* The epoch of a page that saw a release ends: each slot used in it notes
 * how far its generation went, and starts the next epoch at its first
 * again. A pass over the slots issued in the epoch, at most the page. */
static __attribute__((noinline, cold)) void page_catch_up(weaveheap__page* p) {
    p->dirty = 0;
    for (uint32_t i = 0; i < p->bump; i++) {
        weaveheap__slot* s = &p->slots[i];
        weaveheap__slot_cycle* c = &p->cycles[i];
        if (s->gen == c->first || !c->first) continue;
        if (s->gen > c->high) WH_SET(c->high, s->gen);
        weaveheap__slot_set(s, c->first, s->kind, s->flags, s->borrows);
    }
}

/* The epochs wrapped: each slot's next cycle starts above every generation
 * it issued in this one. Once per 65534 epochs, so a pass over the slots
 * costs nothing that shows. Returns false if every slot is spent. */
static __attribute__((noinline, cold)) bool page_next_cycle(weaveheap__page* p) {
    uint32_t spent = 0, last = WH_PAGE_SLOTS;
    p->first_spent = WH_PAGE_SLOTS;
    for (uint32_t i = 0; i < WH_PAGE_SLOTS; i++) {
        weaveheap__slot* s = &p->slots[i];
        weaveheap__slot_cycle* c = &p->cycles[i];
        if (c->first) {
            if (c->high + 1u < WH_GEN_LIMIT) {
                uint16_t first = (uint16_t)(c->high + 1u);
                WH_SET(c->first, first);
                WH_SET(c->high, first);
                weaveheap__slot_set(s, first, s->kind, s->flags, s->borrows);
                continue;
            }
            WH_SET(c->first, 0); /* spent: its generations ran out */
            weaveheap__slot_set(s, WH_GEN_LIMIT, 0, 0, 0);
        }
        spent++; /* linked in order, for weaveheap__page_refill */
        if (last == WH_PAGE_SLOTS) p->first_spent = i;
        else p->cycles[last].high = (uint16_t)i;
        last = i;
    }
    if (last != WH_PAGE_SLOTS) p->cycles[last].high = WH_PAGE_SLOTS;
    return spent < WH_PAGE_SLOTS;
}

/* Moves a page to its next epoch: every handle into it becomes stale. A page
 * whose every slot is spent is retired for good (returns false). */
static bool page_next_epoch(weaveheap__page* p) {
    if (p->dirty) page_catch_up(p);
    WH_SET(p->bump, 0);
    p->free_head = 0;
    if (p->epoch + 1u >= WH_GEN_LIMIT) {
        if (!page_next_cycle(p)) {
            WH_SET(p->epoch, WH_GEN_LIMIT);
            p->bump_end = 0;
            atomic_store_explicit(&p->match, WH_MATCH_LOCKED, memory_order_relaxed);
            return false;
        }
        WH_SET(p->epoch, 1);
    } else {
        WH_SET(p->epoch, p->epoch + 1);
    }
    p->bump_end = p->first_spent;
    page_set_prefix(p);
    return true;
}

/* The first generation of slot si in the page's current cycle: a handle
 * below it was issued in an earlier cycle (a spent slot issues none). */
static uint16_t cycle_floor(const weaveheap__page* p, uint32_t si) {
    uint16_t first = WH_PEEK(p->cycles[si].first);
    return first ? first : (uint16_t)WH_GEN_LIMIT;
}

void weaveheap__pages_reset(weaveheap__region* r) {
    weaveheap__page **link = &r->pages, *p;
    while ((p = *link) != NULL) {
        if (page_next_epoch(p)) {
            link = &p->next;
        } else { /* retired: leave it ownerless and out of every list */
            WH_SET(*link, p->next);
            atomic_store_explicit(&p->owner, NULL, memory_order_release);
        }
    }
    r->page = r->pages;
}

void weaveheap__pages_return(weaveheap__region* r) {
    weaveheap__mutex_lock(&table_lock);
    weaveheap__page* p = r->pages;
    while (p) {
        weaveheap__page* next = p->next;
        atomic_store_explicit(&p->owner, NULL, memory_order_release);
        if (page_next_epoch(p)) {
            WH_SET(p->next, pool);
            pool = p;
        }
        p = next;
    }
    WH_SET(r->pages, NULL);
    r->page = NULL;
    weaveheap__mutex_unlock(&table_lock);
}

uint32_t weaveheap__test_pages_made(void) {
    return atomic_load_explicit(&weaveheap__page_count, memory_order_acquire);
}

/* -- slots ------------------------------------------------------------------ */

/* The current page is full: move to another page of the region with room,
 * or take a new one. */
bool weaveheap__slot_new_slow(weaveheap__region* r, unsigned kind, weaveheap__object* out, weaveheap_error* err) {
    weaveheap__page* p = r->pages;
    while (p && !weaveheap__page_has_room(p) && !weaveheap__page_refill(p)) p = p->next;
    if (!p && !(p = weaveheap__page_take(r))) {
        weaveheap__fail(err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for a new page of handles");
        return false;
    }
    r->page = p;
    return weaveheap__slot_new(r, kind, out, err);
}

/* -- resolving -------------------------------------------------------------- */

/* Why handle h does not name a live object of `kinds` in page p (NULL if it
 * does), with the error code in *code. */
static inline __attribute__((always_inline)) const char* classify(weaveheap__page* p, weaveheap_handle_t h,
                                                                  unsigned kinds, int32_t* code) {
    unsigned kind = weaveheap__handle_kind_bits(h);
    uint16_t epoch = weaveheap__handle_epoch(h), gen = weaveheap__handle_gen(h);
    uint32_t si = weaveheap__handle_slot(h);
    weaveheap__slot* s = &p->slots[si];
    weaveheap__slot now = weaveheap__head_fields(WH_PEEK(s->head));
    uint16_t page_epoch = WH_PEEK(p->epoch), slot_gen = now.gen;
    unsigned slot_kind = now.kind;
    *code = WEAVEHEAP_ERR_FORGED_HANDLE;
    if (WH_UNLIKELY(epoch != page_epoch || si >= WH_PEEK(p->bump))) {
        /* a generation below the slot's first in this cycle: issued in an
         * earlier cycle of the page's epochs (epochs start at 1) */
        bool earlier_cycle = epoch != 0 && gen != 0 && gen < cycle_floor(p, si);
        if (earlier_cycle || (epoch != 0 && epoch < page_epoch)) {
            *code = WEAVEHEAP_ERR_STALE_HANDLE;
            return "is stale: its region was reset or destroyed";
        }
        return epoch != page_epoch ? "was never issued (future epoch)"
                                   : "was never issued (slot beyond the page's use)";
    }
    if (WH_UNLIKELY(gen != slot_gen)) {
        if (gen > slot_gen || gen == 0) return "was never issued (future generation, or 0)";
        *code = slot_kind ? WEAVEHEAP_ERR_REUSED_HANDLE : WEAVEHEAP_ERR_STALE_HANDLE;
        return slot_kind ? "is stale: its slot now holds a newer object" : "is stale: it was released";
    }
    if (WH_UNLIKELY(slot_kind != kind)) {
        if (slot_kind) return "was never issued (kind bits do not match the slot)";
        *code = WEAVEHEAP_ERR_STALE_HANDLE;
        return "is stale: it was released";
    }
    if (WH_UNLIKELY(!(kinds & WH_KIND_BIT(kind)))) {
        *code = WEAVEHEAP_ERR_WRONG_KIND;
        return "is of a kind this function does not take";
    }
    return NULL;
}

/* The whole check of an object handle, with the reason for every refusal;
 * locks a thread-safe region. The inline weaveheap__resolve covers the
 * common case and comes here for the rest. */
bool weaveheap__resolve_slow(weaveheap_handle_t h, unsigned kinds, weaveheap__object* out, weaveheap_error* err) {
    if (weaveheap__resolve_peek_locked_as(h, kinds, WH_HEAD_ID_MASK, out)) return true; /* thread-safe, live */
    unsigned kind = weaveheap__handle_kind_bits(h);
    if (WH_UNLIKELY(kind == WEAVEHEAP_HANDLE_KIND_REGION)) {
        weaveheap__region* r;
        if (!weaveheap__region_enter_shared(h, &r, err)) return false;
        weaveheap__leave_shared(r);
        weaveheap__reject(err, WEAVEHEAP_ERR_WRONG_KIND, h, "is a region, which this function does not take");
        return false;
    }
    uint32_t pi = weaveheap__handle_page(h);
    if (WH_UNLIKELY(!(WH_KIND_BIT(kind) & WH_OBJECT_KINDS) ||
                    pi >= atomic_load_explicit(&weaveheap__page_count, memory_order_acquire))) {
        weaveheap__reject(err, WEAVEHEAP_ERR_FORGED_HANDLE, h, "was never issued (no such kind or page)");
        return false;
    }
    weaveheap__page* p = atomic_load_explicit(&weaveheap__pages[pi], memory_order_acquire);
    uint32_t si = weaveheap__handle_slot(h);
    for (;;) {
        weaveheap__region* r = atomic_load_explicit(&p->owner, memory_order_acquire);
        uint8_t guard = WH_GUARD_NONE;
        for (;;) {
            if (!r) { /* pooled or retired page: only old epochs were ever issued */
                uint16_t e = weaveheap__handle_epoch(h), g = weaveheap__handle_gen(h);
                weaveheap__mutex_lock(&table_lock);
                /* A region may have taken the page since: its epoch then moves
                 * under that region's rule, not this lock; check it there. */
                if ((r = atomic_load_explicit(&p->owner, memory_order_acquire)) != NULL) {
                    weaveheap__mutex_unlock(&table_lock);
                    continue;
                }
                bool old = e != 0 && (e < WH_PEEK(p->epoch) || (g != 0 && g < cycle_floor(p, si)));
                weaveheap__mutex_unlock(&table_lock);
                weaveheap__reject(err, old ? WEAVEHEAP_ERR_STALE_HANDLE : WEAVEHEAP_ERR_FORGED_HANDLE, h,
                                  old ? "is stale: its region was destroyed" : "was never issued");
                return false;
            }
            guard = atomic_load_explicit(&r->guard, memory_order_relaxed);
            if (guard != WH_GUARD_LOCK) break;
            weaveheap__lock_take(&r->lock);
            weaveheap__region* again = atomic_load_explicit(&p->owner, memory_order_acquire);
            if (again == r) break;
            weaveheap__lock_give(&r->lock); /* the page changed hands meanwhile */
            r = again;
        }
        /* Unlocked (a single-threaded region), the page may be changing
         * under its region's thread while this one checks a stale handle:
         * atomic loads, and a live answer only counts once entered. */
        int32_t code;
        const char* why = classify(p, h, kinds, &code);
        if (WH_UNLIKELY(why != NULL)) {
            if (guard == WH_GUARD_LOCK) weaveheap__lock_give(&r->lock);
            weaveheap__reject(err, code, h, why);
            return false;
        }
        if (WH_UNLIKELY(guard == WH_GUARD_CHECK)) { /* WEAVEHEAP_CHECK_THREADS */
            if (!weaveheap__check_enter(r, h, err)) return false;
            if (atomic_load_explicit(&p->owner, memory_order_acquire) != r || classify(p, h, kinds, &code)) {
                atomic_store_explicit(&r->inside, 0, memory_order_release); /* it changed meanwhile */
                continue;
            }
        }
        out->region = r;
        out->page = p;
        out->slot = &p->slots[si];
        out->slot_index = si;
        out->gen = weaveheap__handle_gen(h);
        return true;
    }
}

weaveheap_handle_kind weaveheap_handle_kind_of(weaveheap_handle_t handle, weaveheap_error* out_err) {
    unsigned kind = weaveheap__handle_kind_bits(handle);
    if (kind == WEAVEHEAP_HANDLE_KIND_REGION) {
        weaveheap__region* r;
        if (!weaveheap__region_enter_shared(handle, &r, out_err)) return WEAVEHEAP_HANDLE_KIND_NONE; /* any thread */
        weaveheap__leave_shared(r);
        return WEAVEHEAP_HANDLE_KIND_REGION;
    }
    weaveheap__object o;
    if (!weaveheap__resolve(handle, WH_OBJECT_KINDS, &o, out_err)) return WEAVEHEAP_HANDLE_KIND_NONE;
    weaveheap__leave(o.region);
    return (weaveheap_handle_kind)kind;
}

/* Resolves h as a live object of `kinds` in region r, which the caller has
 * entered and stays in: for a call that takes two handles of one region (a
 * batch and its column). False, r still entered, when h is of another
 * region (*elsewhere set: the caller leaves r and resolves h on its own for
 * the right error) or is refused here (the error filled). */
bool weaveheap__resolve_in(weaveheap__region* r, weaveheap_handle_t h, unsigned kinds, weaveheap__object* out,
                           bool* elsewhere, weaveheap_error* err) {
    *elsewhere = false;
    unsigned kind = weaveheap__handle_kind_bits(h);
    uint32_t pi = weaveheap__handle_page(h);
    weaveheap__page* p = NULL;
    if (kind != WEAVEHEAP_HANDLE_KIND_REGION && (WH_KIND_BIT(kind) & WH_OBJECT_KINDS) &&
        pi < atomic_load_explicit(&weaveheap__page_count, memory_order_acquire))
        p = atomic_load_explicit(&weaveheap__pages[pi], memory_order_acquire);
    if (!p || atomic_load_explicit(&p->owner, memory_order_acquire) != r) {
        *elsewhere = true;
        return false;
    }
    int32_t code;
    const char* why = classify(p, h, kinds, &code); /* r entered: its pages hold still */
    if (why) {
        weaveheap__reject(err, code, h, why);
        return false;
    }
    uint32_t si = weaveheap__handle_slot(h);
    out->region = r;
    out->page = p;
    out->slot = &p->slots[si];
    out->slot_index = si;
    out->gen = weaveheap__handle_gen(h);
    return true;
}
