/* Objects of extensions' own kinds (handle kind `object`): a slot whose data
 * is a small record of the extension's payload, its registered kind and its
 * place in the region's list of such objects, so that a release, reset or
 * destroy calls the kind's destructor exactly once. Generations, staleness,
 * forgery and borrows are the table's, as for every other object. */
#include "internal.h"

#include <stdio.h>
#include <string.h>

/* -- registered kinds ----------------------------------------------------------
 * Numbered from WH_EXT_KIND_FIRST, kept for the process's life: an entry is
 * written once, under the lock, before the count that publishes it. */
enum { WH_EXT_KIND_FIRST = 16, WH_EXT_KINDS = 240, WH_EXT_NAME = 64 };

typedef struct ext_kind {
    char name[WH_EXT_NAME];
    weaveheap_destructor destroy;
    void* context;
} ext_kind;

static ext_kind kinds[WH_EXT_KINDS];
static _Atomic uint32_t kind_count;
static weaveheap__mutex kinds_lock = WEAVEHEAP__MUTEX_INIT;

static const ext_kind* kind_entry(uint32_t kind) {
    uint32_t n = atomic_load_explicit(&kind_count, memory_order_acquire);
    return kind >= WH_EXT_KIND_FIRST && kind - WH_EXT_KIND_FIRST < n ? &kinds[kind - WH_EXT_KIND_FIRST] : NULL;
}

uint32_t weaveheap_object_register_kind(const char* name, weaveheap_destructor destroy, void* context,
                                        weaveheap_error* out_err) {
    if (!name || !destroy) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "%s must not be NULL", name ? "destroy" : "name");
        return 0;
    }
    size_t len = 0; /* strnlen is POSIX, not C11 */
    while (len < WH_EXT_NAME && name[len]) len++;
    if (len == 0 || len == WH_EXT_NAME) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "a kind's name must be 1 to %d bytes",
                        WH_EXT_NAME - 1);
        return 0;
    }
    weaveheap__mutex_lock(&kinds_lock);
    uint32_t n = atomic_load_explicit(&kind_count, memory_order_relaxed);
    for (uint32_t i = 0; i < n; i++) {
        if (memcmp(kinds[i].name, name, len + 1) != 0) continue; /* both hold len + 1 bytes */
        bool same = kinds[i].destroy == destroy && kinds[i].context == context;
        weaveheap__mutex_unlock(&kinds_lock);
        if (same) return WH_EXT_KIND_FIRST + i;
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                        "kind '%s' is already registered with another destructor or context", name);
        return 0;
    }
    if (n == WH_EXT_KINDS) {
        weaveheap__mutex_unlock(&kinds_lock);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no room for kind '%s': %d kinds are registered",
                        name, WH_EXT_KINDS);
        return 0;
    }
    memcpy(kinds[n].name, name, len + 1);
    kinds[n].destroy = destroy;
    kinds[n].context = context;
    atomic_store_explicit(&kind_count, n + 1, memory_order_release);
    weaveheap__mutex_unlock(&kinds_lock);
    return WH_EXT_KIND_FIRST + n;
}

/* -- objects ------------------------------------------------------------------ */

static weaveheap__ext_object* record_of(const weaveheap__object* o) {
    return (weaveheap__ext_object*)(void*)o->slot->data;
}

/* Calls each record's destructor and frees it (no region entered). */
void weaveheap__ext_objects_destroy(weaveheap__ext_object* list) {
    while (list) {
        weaveheap__ext_object* next = list->next;
        if (list->destroy) { /* the core's own record (foreign.c) */
            list->destroy(list);
            list = next;
            continue;
        }
        const ext_kind* k = kind_entry(list->kind); /* registered for good: never NULL */
        k->destroy(list->payload, k->context);
        weaveheap__free(list);
        list = next;
    }
}

weaveheap_object_t weaveheap_object_create(weaveheap_region_t region, uint32_t kind, void* payload,
                                           weaveheap_error* out_err) {
    if (!kind_entry(kind)) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                        "kind %u was never registered (object_register_kind)", (unsigned)kind);
        return 0;
    }
    if (!payload) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "payload must not be NULL");
        return 0;
    }
    weaveheap__region* r;
    if (!weaveheap__region_enter(region, &r, out_err)) return 0;
    weaveheap__ext_object* rec = weaveheap__malloc(sizeof *rec);
    if (!rec) {
        weaveheap__leave(r);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for an object of kind %u", (unsigned)kind);
        return 0;
    }
    weaveheap__object o;
    if (!weaveheap__slot_new(r, WEAVEHEAP_HANDLE_KIND_OBJECT, &o, out_err)) {
        weaveheap__leave(r);
        weaveheap__free(rec);
        return 0;
    }
    rec->payload = payload;
    rec->kind = kind;
    weaveheap__region_defer(r, rec, NULL);
    o.slot->data = (uint8_t*)(void*)rec;
    WH_SET(o.slot->size, 0); /* no bytes of the region: the payload is the extension's */
    weaveheap__count(&r->c.allocations, 1);
    weaveheap_object_t h = weaveheap__object_handle(&o);
    weaveheap__leave(r);
    return h;
}

/* Resolves a live object of registered kind `kind` (region entered). */
static bool resolve_as(weaveheap_object_t h, uint32_t kind, weaveheap__object* o, weaveheap_error* err) {
    if (!weaveheap__resolve(h, WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_OBJECT), o, err)) return false;
    uint32_t is = record_of(o)->kind;
    if (WH_LIKELY(is == kind)) return true;
    weaveheap__leave(o->region);
    const ext_kind* want = kind_entry(kind);
    char why[2 * WH_EXT_NAME + 64];
    snprintf(why, sizeof why, "is of kind '%s', not '%s'", kind_entry(is)->name,
             want ? want->name : "(an unregistered kind)");
    weaveheap__reject(err, WEAVEHEAP_ERR_WRONG_KIND, h, why);
    return false;
}

void* weaveheap_object_get(weaveheap_object_t object, uint32_t kind, weaveheap_error* out_err) {
    weaveheap__object o;
    if (!resolve_as(object, kind, &o, out_err)) return NULL;
    void* payload = record_of(&o)->payload;
    weaveheap__leave(o.region);
    return payload;
}

weaveheap_borrow_t weaveheap_object_borrow(weaveheap_object_t object, uint32_t kind, bool unique,
                                           weaveheap_error* out_err) {
    weaveheap__object o;
    if (!resolve_as(object, kind, &o, out_err)) return 0;
    weaveheap__region* r = o.region;
    int32_t b = o.slot->borrows;
    if (b < 0 || (unique && b > 0)) {
        weaveheap__count(&r->c.borrow_conflicts, 1);
        weaveheap__leave(r);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_BORROW_CONFLICT,
                        "object 0x%016llx is borrowed (%s); a %s borrow must wait for its release",
                        (unsigned long long)object, b < 0 ? "unique" : "shared", unique ? "unique" : "shared");
        return 0;
    }
    weaveheap__object t;
    if (!weaveheap__slot_new(r, WEAVEHEAP_HANDLE_KIND_BORROW, &t, out_err)) {
        weaveheap__leave(r);
        return 0;
    }
    /* a token as borrow.c makes them, so that borrow.release ends it */
    WH_SET(t.slot->size, object);
    weaveheap__slot_set(t.slot, t.slot->gen, WEAVEHEAP_HANDLE_KIND_BORROW, unique ? WH_SLOT_UNIQUE : 0, 0);
    t.slot->data = (uint8_t*)o.slot;
    weaveheap__slot_set(o.slot, o.slot->gen, o.slot->kind, o.slot->flags, unique ? -1 : b + 1);
    weaveheap__add(&r->c.borrows_active, 1);
    weaveheap__count(&r->c.borrows_taken, 1);
    weaveheap_borrow_t token = weaveheap__object_handle(&t);
    weaveheap__leave(r);
    return token;
}

void weaveheap__region_defer(weaveheap__region* r, weaveheap__ext_object* rec,
                             void (*destroy)(weaveheap__ext_object* self)) {
    rec->destroy = destroy;
    rec->prev = NULL;
    rec->next = r->ext_objects;
    if (rec->next) rec->next->prev = rec;
    r->ext_objects = rec;
}

void weaveheap__region_undefer(weaveheap__region* r, weaveheap__ext_object* rec) {
    if (rec->prev) rec->prev->next = rec->next;
    else r->ext_objects = rec->next;
    if (rec->next) rec->next->prev = rec->prev;
    rec->prev = rec->next = NULL;
}

void weaveheap_object_release(weaveheap_object_t object, uint32_t kind, weaveheap_error* out_err) {
    weaveheap__object o;
    if (!resolve_as(object, kind, &o, out_err)) return;
    if (weaveheap__refuse_borrowed(&o, object, false, "released", out_err)) return;
    weaveheap__region* r = o.region;
    weaveheap__ext_object* rec = record_of(&o);
    weaveheap__region_undefer(r, rec);
    weaveheap__count(&r->c.releases, 1);
    weaveheap__slot_free(&o);
    weaveheap__leave(r);
    weaveheap__ext_objects_destroy(rec); /* outside the region: the destructor may call the core */
}
