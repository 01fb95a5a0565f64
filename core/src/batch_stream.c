/* Streams of record batches, exported through the Arrow C Stream Interface
 * (https://arrow.apache.org/docs/format/CStreamInterface.html).
 *
 * One allocation from the region: a header, then room for max_batches
 * batches (handle, slot). The stream holds a shared borrow (weaveheap__hold)
 * of each batch, which holds its columns, so nothing a stream shows can
 * change or go while it lives; every batch has the first one's schema,
 * checked when it is added. An export holds the stream itself until its
 * release; each array it hands out holds its batch until that array's
 * release, as batch.export_arrow's do. */
#include "arrow_abi.h"
#include "object.h"

#include <stdio.h>
#include <string.h>
#if defined(__has_include)
#if __has_include(<errno.h>)
#include <errno.h>
#endif
#endif
#ifndef EINVAL /* the wasm shim has no errno.h, and no C stream consumer either */
#define EINVAL 22
#define ENOMEM 12
#endif

enum { MAX_BATCHES = 65536 };

typedef struct stream_entry {
    weaveheap_batch_t handle;
    weaveheap__slot* slot; /* held: it cannot move or go */
} stream_entry;

typedef struct stream_head {
    uint64_t bytes; /* the whole allocation */
    uint32_t max_batches, num_batches;
    stream_entry batches[];
} stream_head;

static stream_head* resolve(weaveheap_batch_stream_t h, weaveheap__object* o, weaveheap_error* err) {
    if (!weaveheap__resolve(h, WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BATCH_STREAM), o, err)) return NULL;
    return (stream_head*)(void*)o->slot->data;
}

weaveheap_batch_stream_t weaveheap_batch_stream_create(weaveheap_region_t region, uint32_t max_batches, weaveheap_error* out_err) {
    if (max_batches == 0 || max_batches > MAX_BATCHES) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "max_batches %u is not one of 1..%d",
                        (unsigned)max_batches, MAX_BATCHES);
        return 0;
    }
    uint64_t bytes = sizeof(stream_head) + (uint64_t)max_batches * sizeof(stream_entry); /* about 1 MiB at most */
    weaveheap__region* r;
    if (!weaveheap__region_enter(region, &r, out_err)) return 0;
    weaveheap__object o;
    uint8_t* mem = weaveheap__object_new(r, WEAVEHEAP_HANDLE_KIND_BATCH_STREAM, bytes, 64, &o, out_err);
    if (!mem) goto fail;
    stream_head* st = (stream_head*)(void*)mem;
    st->bytes = bytes;
    st->max_batches = max_batches;
    o.slot->data = mem;
    WH_SET(o.slot->size, bytes);
    weaveheap_handle_t h = weaveheap__object_handle(&o);
    weaveheap__leave(r);
    return h;
fail:
    weaveheap__leave(r);
    return 0;
}

void weaveheap_batch_stream_release(weaveheap_batch_stream_t stream, weaveheap_error* out_err) {
    weaveheap__object o;
    stream_head* st = resolve(stream, &o, out_err);
    if (!st || weaveheap__refuse_borrowed(&o, stream, false, "released (an Arrow export holds it)", out_err)) return;
    weaveheap__region* r = o.region;
    for (uint32_t i = 0; i < st->num_batches; i++) weaveheap__unhold(r, st->batches[i].slot);
    uint8_t* mem = (uint8_t*)st;
    uint64_t bytes = st->bytes;
    weaveheap__object_forget_memory(&o, mem, bytes);
    weaveheap__leave(r);
}

void weaveheap_batch_stream_add_batch(weaveheap_batch_stream_t stream, weaveheap_batch_t batch, weaveheap_error* out_err) {
    weaveheap__object o;
    stream_head* st = resolve(stream, &o, out_err);
    if (!st || weaveheap__refuse_borrowed(&o, stream, false, "changed (an Arrow export holds it)", out_err)) return;
    weaveheap__region* r = o.region;
    weaveheap__object b;
    bool elsewhere;
    if (!weaveheap__resolve_in(r, batch, WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BATCH), &b, &elsewhere, out_err)) {
        weaveheap__leave(r);
        if (!elsewhere) return;
        if (!weaveheap__resolve(batch, WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BATCH), &b, out_err)) return;
        weaveheap__leave(b.region);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                        "stream 0x%016llx: batch 0x%016llx is in another region than the stream",
                        (unsigned long long)stream, (unsigned long long)batch);
        return;
    }
    const char* why = st->num_batches == st->max_batches ? "does not fit: the stream is full"
                      : st->num_batches ? weaveheap__batch_schema_differs(st->batches[0].slot, b.slot)
                                        : NULL;
    if (why) {
        weaveheap__leave(r);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "stream 0x%016llx: batch %u (0x%016llx) %s%s",
                        (unsigned long long)stream, (unsigned)st->num_batches, (unsigned long long)batch, why,
                        st->num_batches == st->max_batches ? "" : " than batch 0");
        return;
    }
    weaveheap__hold(&b); /* a batch is never borrowed unique */
    st->batches[st->num_batches++] = (stream_entry){batch, b.slot};
    weaveheap__leave(r);
}

uint64_t weaveheap_batch_stream_num_batches(weaveheap_batch_stream_t stream, weaveheap_error* out_err) {
    weaveheap__object o;
    stream_head* st = resolve(stream, &o, out_err);
    if (!st) return 0;
    uint64_t n = st->num_batches;
    weaveheap__leave(o.region);
    return n;
}

/* -- the Arrow C Stream Interface ----------------------------------------------------- */

/* What an exported stream owns: the hold on the stream, where it is, and
 * the text of its last error. */
typedef struct export_state {
    weaveheap_batch_stream_t stream;
    uint32_t next;
    char last_error[256];
} export_state;

/* Resolves the exported stream (the export's hold keeps it live). */
static stream_head* held(export_state* x, weaveheap__object* o) {
    weaveheap_error err = {0, NULL};
    stream_head* st = resolve(x->stream, o, &err);
    if (!st) { /* only when misused: a callback after the region's thread changed, say */
        snprintf(x->last_error, sizeof x->last_error, "%s", err.message ? err.message : "the stream is gone");
        weaveheap_error_clear(&err);
    }
    return st;
}

static int get_schema(struct ArrowArrayStream* s, struct ArrowSchema* out) {
    if (!s || !s->release || !out) return EINVAL;
    export_state* x = s->private_data;
    weaveheap__object o;
    stream_head* st = held(x, &o);
    if (!st) return EINVAL;
    bool ok = weaveheap__batch_schema_fill(st->batches[0].slot, out); /* it has one: checked at export */
    weaveheap__leave(o.region);
    if (!ok) snprintf(x->last_error, sizeof x->last_error, "no memory for the stream's schema");
    return ok ? 0 : ENOMEM;
}

static int get_next(struct ArrowArrayStream* s, struct ArrowArray* out) {
    if (!s || !s->release || !out) return EINVAL;
    export_state* x = s->private_data;
    weaveheap__object o;
    stream_head* st = held(x, &o);
    if (!st) return EINVAL;
    if (x->next == st->num_batches) { /* the end: a released array */
        weaveheap__leave(o.region);
        memset(out, 0, sizeof *out);
        return 0;
    }
    stream_entry* e = &st->batches[x->next];
    weaveheap__object b = o; /* same region, entered; the batch's slot is held */
    b.slot = e->slot;
    bool ok = weaveheap__batch_array_fill(&b, e->handle, out);
    if (ok) x->next++;
    weaveheap__leave(o.region);
    if (!ok) snprintf(x->last_error, sizeof x->last_error, "no memory for batch %u of the stream", (unsigned)x->next);
    return ok ? 0 : ENOMEM;
}

static const char* get_last_error(struct ArrowArrayStream* s) {
    if (!s || !s->release) return NULL;
    export_state* x = s->private_data;
    return x->last_error[0] ? x->last_error : NULL;
}

/* Gives the hold back; marks the struct released, so a second call does nothing. */
static void stream_release(struct ArrowArrayStream* s) {
    if (!s || !s->release) return;
    export_state* x = s->private_data;
    s->release = NULL;
    s->private_data = NULL;
    weaveheap__object o;
    if (weaveheap__resolve(x->stream, WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BATCH_STREAM), &o, NULL)) {
        weaveheap__unhold(o.region, o.slot);
        weaveheap__leave(o.region);
    }
    weaveheap__free(x);
}

void weaveheap_batch_stream_export_arrow(weaveheap_batch_stream_t stream, uint8_t* out, weaveheap_error* out_err) {
    if (!out) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "out must not be NULL");
        return;
    }
    weaveheap__object o;
    stream_head* st = resolve(stream, &o, out_err);
    if (!st) return;
    if (!st->num_batches) {
        weaveheap__leave(o.region);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                        "stream 0x%016llx has no batch, and so no schema to export", (unsigned long long)stream);
        return;
    }
    export_state* x = weaveheap__malloc(sizeof *x);
    if (!x) {
        weaveheap__leave(o.region);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for an Arrow stream export");
        return;
    }
    x->stream = stream;
    x->next = 0;
    x->last_error[0] = 0;
    weaveheap__hold(&o); /* a stream is never borrowed unique */
    *(struct ArrowArrayStream*)(void*)out = (struct ArrowArrayStream){
        .get_schema = get_schema,
        .get_next = get_next,
        .get_last_error = get_last_error,
        .release = stream_release,
        .private_data = x,
    };
    weaveheap__leave(o.region);
}
