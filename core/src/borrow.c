/* Borrows: many shared or one unique, on a buffer, bytes or string, each
 * proven by a token handle. The token lives in the same region as what it
 * borrows, and the region refuses reset and destroy while any is out. */
#include "internal.h"

/* Grants a borrow of o (resolved, region entered, no conflict) with a token
 * slot t: fills the view and returns the token. */
static inline weaveheap_borrow_t grant(weaveheap_handle_t target, bool unique, weaveheap__object* o,
                                       weaveheap__object* t, weaveheap_view* view) {
    weaveheap__region* r = o->region;
    WH_SET(t->slot->size, target);
    /* slot_new made it a borrow token (kind set, flags 0): a unique one says so */
    if (unique) weaveheap__slot_set(t->slot, t->gen, WEAVEHEAP_HANDLE_KIND_BORROW, WH_SLOT_UNIQUE, 0);
    /* The borrowed slot itself, so that release needs no second lookup:
     * pages never move, and the object cannot go while borrowed. */
    t->slot->data = (uint8_t*)o->slot;
    weaveheap__slot* s = o->slot;
    weaveheap__slot_set(s, s->gen, s->kind, s->flags, unique ? -1 : s->borrows + 1);
    weaveheap__add(&r->c.borrows_active, 1);
    weaveheap__count(&r->c.borrows_taken, 1);
    r->lent = true; /* its chunks are quarantined when they leave (chunks.c) */
    if (WH_UNLIKELY(o->slot->kind == WEAVEHEAP_HANDLE_KIND_FOREIGN)) {
        weaveheap__foreign_view(o->slot, view); /* the producer's bytes, not the record */
    } else {
        view->data = o->slot->data;
        view->length = o->slot->size;
    }
    view->writable = unique && o->slot->kind == WEAVEHEAP_HANDLE_KIND_BUFFER;
    /* the token's handle from what is known here (object_handle would read it back) */
    return ((uint64_t)WEAVEHEAP_HANDLE_KIND_BORROW << 60) | ((uint64_t)t->slot_index << 48) | t->page->prefix | t->gen;
}

static bool conflicts(int32_t borrows, bool unique) { return borrows < 0 || (unique && borrows > 0); }

/* Every borrow the hot path does not take, and every error. */
static weaveheap_borrow_t acquire_slow(weaveheap_handle_t target, bool unique, weaveheap_view* view,
                                       weaveheap_error* err) {
    if (WH_UNLIKELY(!view)) {
        weaveheap__fail(err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "view must not be NULL");
        return 0;
    }
    weaveheap__object o;
    if (!weaveheap__resolve(target, WH_MEMORY_KINDS, &o, err)) return 0;
    weaveheap__region* r = o.region;
    int32_t b = o.slot->borrows;
    if (WH_UNLIKELY(conflicts(b, unique))) {
        weaveheap__count(&r->c.borrow_conflicts, 1);
        weaveheap__leave(r);
        const char* kind = weaveheap__kind_name(weaveheap__handle_kind_bits(target));
        if (b < 0)
            weaveheap__fail(err, WEAVEHEAP_ERR_BORROW_CONFLICT,
                            "%s 0x%016llx is borrowed unique; a %s borrow must wait for its release", kind,
                            (unsigned long long)target, unique ? "unique" : "shared");
        else
            weaveheap__fail(err, WEAVEHEAP_ERR_BORROW_CONFLICT,
                            "%s 0x%016llx is borrowed (%d shared); a unique borrow must wait for their release",
                            kind, (unsigned long long)target, (int)b);
        return 0;
    }
    weaveheap__object t;
    if (WH_UNLIKELY(!weaveheap__slot_new(r, WEAVEHEAP_HANDLE_KIND_BORROW, &t, err))) {
        weaveheap__leave(r);
        return 0;
    }
    weaveheap_borrow_t token = grant(target, unique, &o, &t, view);
    weaveheap__leave(r);
    return token;
}

/* The hot path calls nothing: a live object of a single-threaded region, no
 * conflict, room for the token in the region's current page. */
static inline weaveheap_borrow_t acquire(weaveheap_handle_t target, bool unique, weaveheap_view* view,
                                         weaveheap_error* err) {
    weaveheap__object o;
    if (WH_LIKELY(view && weaveheap__resolve_peek(target, WH_MEMORY_KINDS, &o) &&
                  !conflicts(o.slot->borrows, unique) && weaveheap__page_has_room(o.region->page))) {
        weaveheap__object t;
        weaveheap__slot_take(o.region, o.region->page, WEAVEHEAP_HANDLE_KIND_BORROW, &t);
        return grant(target, unique, &o, &t, view);
    }
    return acquire_slow(target, unique, view, err);
}

weaveheap_borrow_t weaveheap_borrow_shared(weaveheap_handle_t target, weaveheap_view* view,
                                           weaveheap_error* out_err) {
    return acquire(target, false, view, out_err);
}

weaveheap_borrow_t weaveheap_borrow_unique(weaveheap_handle_t target, weaveheap_view* view,
                                           weaveheap_error* out_err) {
    return acquire(target, true, view, out_err);
}

/* Ends the borrow of token slot t (resolved, region entered). The borrowed
 * object cannot have gone: release, reset and destroy all refuse while it is
 * borrowed, so its slot is read directly. */
static inline void end(weaveheap__object* t) {
    weaveheap__slot* s = (weaveheap__slot*)(void*)t->slot->data;
    weaveheap__slot_set(s, s->gen, s->kind, s->flags, (t->slot->flags & WH_SLOT_UNIQUE) ? 0 : s->borrows - 1);
    weaveheap__sub(&t->region->c.borrows_active, 1);
    weaveheap__slot_free(t);
}

static void release_slow(weaveheap_borrow_t token, weaveheap_error* err) {
    weaveheap__object t;
    if (!weaveheap__resolve(token, WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BORROW), &t, err)) return;
    end(&t);
    weaveheap__leave(t.region);
}

void weaveheap_borrow_release(weaveheap_borrow_t token, weaveheap_error* out_err) {
    weaveheap__object t;
    if (WH_LIKELY(weaveheap__resolve_peek(token, WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BORROW), &t))) {
        end(&t);
        return;
    }
    release_slow(token, out_err);
}

/* A shared borrow without a token, for what the core itself holds (a batch's
 * columns, an Arrow export of a batch): counted as every borrow, so that
 * release, reset and destroy refuse while it is held. o is resolved, its
 * region entered, and not borrowed unique (the caller checked). */
void weaveheap__hold(weaveheap__object* o) {
    weaveheap__region* r = o->region;
    weaveheap__slot* s = o->slot;
    weaveheap__slot_set(s, s->gen, s->kind, s->flags, s->borrows + 1);
    weaveheap__add(&r->c.borrows_active, 1);
    weaveheap__count(&r->c.borrows_taken, 1);
    r->lent = true; /* its chunks are quarantined when they leave (chunks.c) */
}

/* Ends a weaveheap__hold of slot s in region r (entered). */
void weaveheap__unhold(weaveheap__region* r, weaveheap__slot* s) {
    weaveheap__slot_set(s, s->gen, s->kind, s->flags, s->borrows - 1);
    weaveheap__sub(&r->c.borrows_active, 1);
}
