/* Streams of record batches, exported through the Arrow C Stream Interface
 * (https://arrow.apache.org/docs/format/CStreamInterface.html).
 *
 * One allocation from the region: a header, then room for max_batches
 * batches (handle, slot). The stream holds a shared borrow (weaveheap__hold)
 * of each batch, which holds its columns, so nothing a stream shows can
 * change or go while it lives; every batch has the first one's schema,
 * checked when it is added. An export holds the stream itself until its
 * release; each array it hands out holds its batch until that array's
 * release, as batch.export_arrow's do.
 *
 * A stream made by stream_source.create has no list: its producer makes each
 * batch when the export's get_schema or get_next asks, hands it over with
 * its columns, and the batch and columns are released when the consumer
 * releases its array (the section "streams from a producer" below). */
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
#define EIO 5
#endif

enum { MAX_BATCHES = 65536 };

typedef struct stream_entry {
    weaveheap_batch_t handle;
    weaveheap__slot* slot; /* held: it cannot move or go */
} stream_entry;

typedef struct stream_head {
    uint64_t bytes; /* the whole allocation */
    uint32_t max_batches, num_batches;
    /* 8 bytes each on every target width, so that a stream takes the same
     * bytes from its region on wasm32 as natively (tests/wasm parity). */
    union {
        weaveheap_batch_producer fn; /* NULL: a list of batches */
        uint64_t width;
    } producer;
    union {
        void* p;
        uint64_t width;
    } context;
    union {
        weaveheap__ext_object* p; /* stream_source.create_owned: the context's destructor, on the region's list */
        uint64_t width;
    } owned;
    weaveheap_region_t region;
    /* Where a producer's stream is between exports: its batches are read
     * once, and an export goes on where the last one stopped. */
    weaveheap_batch_t pending; /* pulled (for a schema), not handed out: held */
    bool ended;
    int code; /* the errno of the producer's failure, for good */
    char last_error[256];
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
    uint32_t listed = st->producer.fn ? 0 : st->num_batches; /* a producer's count is of batches handed out */
    for (uint32_t i = 0; i < listed; i++) weaveheap__unhold(r, st->batches[i].slot);
    weaveheap_batch_t pending = st->pending;
    if (pending) { /* pulled by an export for its schema, never handed out: held */
        weaveheap__object b;
        bool elsewhere;
        if (weaveheap__resolve_in(r, pending, WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BATCH), &b, &elsewhere, NULL))
            weaveheap__unhold(r, b.slot);
    }
    weaveheap__ext_object* owned = st->owned.p;
    if (owned) weaveheap__region_undefer(r, owned); /* taken from the region: destroyed here, once */
    uint8_t* mem = (uint8_t*)st;
    uint64_t bytes = st->bytes;
    weaveheap__object_forget_memory(&o, mem, bytes);
    weaveheap__leave(r);
    if (pending) weaveheap__batch_release_all(pending);
    if (owned) weaveheap__ext_objects_destroy(owned); /* out of the region: the destructor may call the core */
}

void weaveheap_batch_stream_add_batch(weaveheap_batch_stream_t stream, weaveheap_batch_t batch, weaveheap_error* out_err) {
    weaveheap__object o;
    stream_head* st = resolve(stream, &o, out_err);
    if (!st || weaveheap__refuse_borrowed(&o, stream, false, "changed (an Arrow export holds it)", out_err)) return;
    weaveheap__region* r = o.region;
    if (st->producer.fn) {
        weaveheap__leave(r);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                        "stream 0x%016llx takes no batch: its producer makes them", (unsigned long long)stream);
        return;
    }
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
 * the text of its last error. A producer's stream also keeps the schema of
 * its first batch, the batch get_schema pulled and get_next has not handed
 * out yet (held), and whether the producer has ended (code: its error). */
typedef struct export_state {
    weaveheap_batch_stream_t stream;
    uint32_t next;
    char last_error[256];
    bool producer, has_schema, ended;
    int code;
    struct ArrowSchema schema;
    weaveheap_batch_t pending;
} export_state;

static int source_get_schema(export_state* x, struct ArrowSchema* out);
static int source_get_next(export_state* x, struct ArrowArray* out);
static void source_export_released(export_state* x);
static bool source_resumed(export_state* x, stream_head* st, const struct weaveheap__object* o);

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
    if (x->producer) return source_get_schema(x, out);
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
    if (x->producer) return source_get_next(x, out);
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
    source_export_released(x); /* what a producer's stream kept, given back */
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
    if (!st->num_batches && !st->producer.fn) {
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
    *x = (export_state){.stream = stream, .producer = st->producer.fn != NULL};
    if (st->producer.fn && !source_resumed(x, st, &o)) {
        weaveheap__leave(o.region);
        weaveheap__free(x);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for an Arrow stream export");
        return;
    }
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

/* -- streams from a producer ------------------------------------------------------------ */

/* create_owned's context and its destructor, a record on the region's list
 * (so that reset and destroy call it). */
typedef struct owned_context {
    weaveheap__ext_object link; /* first: the region's list hands it back as this */
    weaveheap_destructor fn;
} owned_context;

static void owned_context_destroy(weaveheap__ext_object* link) {
    owned_context* oc = (owned_context*)(void*)link;
    oc->fn(link->payload, NULL);
    weaveheap__free(oc);
}

/* stream_source.create, and create_owned when `destroy` is not NULL: its
 * record goes on the region's list only once nothing else can fail. */
static weaveheap_batch_stream_t source_create(weaveheap_region_t region, weaveheap_batch_producer producer,
                                              void* context, weaveheap_destructor destroy, weaveheap_error* out_err) {
    if (!producer) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "producer must not be NULL");
        return 0;
    }
    weaveheap__region* r;
    if (!weaveheap__region_enter(region, &r, out_err)) return 0;
    owned_context* owned = NULL;
    if (destroy) {
        owned = weaveheap__malloc(sizeof *owned);
        if (!owned) {
            weaveheap__leave(r);
            weaveheap__fail(out_err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for the context's destructor");
            return 0;
        }
        owned->link.payload = context;
        owned->fn = destroy;
    }
    weaveheap__object o;
    uint8_t* mem = weaveheap__object_new(r, WEAVEHEAP_HANDLE_KIND_BATCH_STREAM, sizeof(stream_head), 64, &o, out_err);
    if (!mem) {
        weaveheap__leave(r);
        weaveheap__free(owned);
        return 0;
    }
    stream_head* st = (stream_head*)(void*)mem;
    st->bytes = sizeof(stream_head);
    st->producer.fn = producer;
    st->context.p = context;
    st->region = region;
    if (owned) {
        weaveheap__region_defer(r, &owned->link, owned_context_destroy);
        st->owned.p = &owned->link;
    }
    o.slot->data = mem;
    WH_SET(o.slot->size, sizeof(stream_head));
    weaveheap_handle_t h = weaveheap__object_handle(&o);
    weaveheap__leave(r);
    return h;
}

weaveheap_batch_stream_t weaveheap_stream_source_create(weaveheap_region_t region, weaveheap_batch_producer producer,
                                                        void* context, weaveheap_error* out_err) {
    return source_create(region, producer, context, NULL, out_err);
}

weaveheap_batch_stream_t weaveheap_stream_source_create_owned(weaveheap_region_t region,
                                                              weaveheap_batch_producer producer, void* context,
                                                              weaveheap_destructor destroy, weaveheap_error* out_err) {
    if (!destroy) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "destroy must not be NULL (stream_source.create "
                                                                 "takes a context the caller frees)");
        return 0;
    }
    return source_create(region, producer, context, destroy, out_err);
}

/* The errno-style code of a core error, for get_schema and get_next. */
static int errno_of(int32_t code) {
    return code == WEAVEHEAP_ERR_OUT_OF_MEMORY ? ENOMEM : code == WEAVEHEAP_ERR_INVALID_ARGUMENT ? EINVAL : EIO;
}

/* Ends the stream with an error: every later call gives it again. */
static int source_failed(export_state* x, int code) {
    x->ended = true;
    x->code = code;
    return code;
}

static bool same_text(const char* a, const char* b) { /* the wasm shim has no strcmp */
    size_t n = strlen(a);
    return n == strlen(b) && memcmp(a, b, n) == 0;
}

/* Whether schema b (of a new batch) is a (the stream's): names, formats, flags. */
static bool same_schema(const struct ArrowSchema* a, const struct ArrowSchema* b) {
    if (a->n_children != b->n_children) return false;
    for (int64_t i = 0; i < a->n_children; i++) {
        const struct ArrowSchema *u = a->children[i], *v = b->children[i];
        if (!same_text(u->name, v->name) || !same_text(u->format, v->format) || u->flags != v->flags) return false;
    }
    return true;
}

/* Asks the producer for a batch until one is pending or the stream ended:
 * 0, or the errno of the failure (last_error says why). The region is not
 * entered while the producer runs: it makes its batch through the API. */
static int source_pull(export_state* x) {
    if (x->pending || x->ended) return x->code;
    weaveheap__object o;
    stream_head* st = held(x, &o);
    if (!st) return source_failed(x, EINVAL);
    weaveheap_batch_producer producer = st->producer.fn;
    void* context = st->context.p;
    weaveheap_region_t region = st->region;
    weaveheap__leave(o.region);

    weaveheap_error err = {0, NULL};
    weaveheap_batch_t batch = producer(context, region, &err);
    if (err.code) {
        snprintf(x->last_error, sizeof x->last_error, "the producer failed: %s",
                 err.message ? err.message : weaveheap_strerror(err.code));
        int code = errno_of(err.code);
        weaveheap_error_clear(&err);
        return source_failed(x, code);
    }
    if (!batch) { /* the end */
        x->ended = true;
        if (!x->has_schema) {
            snprintf(x->last_error, sizeof x->last_error, "the producer ended before its first batch: no schema");
            x->code = EINVAL;
        }
        return x->code;
    }
    /* The batch is the stream's now: checked, then held until handed out. */
    st = held(x, &o);
    if (!st) return source_failed(x, EINVAL);
    weaveheap__object b;
    bool elsewhere;
    const char* why = NULL;
    char text[192];
    struct ArrowSchema schema = {0};
    if (!weaveheap__resolve_in(o.region, batch, WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BATCH), &b, &elsewhere, &err)) {
        snprintf(text, sizeof text, "%s", elsewhere ? "is not a batch of the stream's region"
                                                    : err.message ? err.message : "is not a live batch");
        weaveheap_error_clear(&err);
        why = text;
    } else if (!weaveheap__batch_schema_fill(b.slot, &schema)) {
        weaveheap__leave(o.region);
        snprintf(x->last_error, sizeof x->last_error, "no memory for the schema of the producer's batch");
        weaveheap__batch_release_all(batch);
        return source_failed(x, ENOMEM);
    } else if (!schema.n_children) {
        why = "has no column";
    } else if (x->has_schema && !same_schema(&x->schema, &schema)) {
        why = "has another schema than the first batch (names, types or nullability)";
    }
    if (why) {
        weaveheap__leave(o.region);
        if (schema.release) schema.release(&schema);
        snprintf(x->last_error, sizeof x->last_error, "the producer's batch 0x%016llx %s", (unsigned long long)batch,
                 why);
        weaveheap__batch_release_all(batch); /* handed over: given back (nothing, when it is not a batch) */
        return source_failed(x, EINVAL);
    }
    weaveheap__hold(&b); /* a batch is never borrowed unique */
    weaveheap__leave(o.region);
    if (x->has_schema) schema.release(&schema);
    else {
        x->schema = schema;
        x->has_schema = true;
    }
    x->pending = batch;
    return 0;
}

/* A deep copy of a schema, each node one block with its text, so that the
 * consumer's copy outlives the stream's (kept until the export's release). */
typedef struct schema_node {
    struct ArrowSchema** children; /* n of them, then the structs, then the text */
} schema_node;

static void copy_release(struct ArrowSchema* s) {
    if (!s || !s->release) return;
    for (int64_t i = 0; i < s->n_children; i++)
        if (s->children[i]->release) s->children[i]->release(s->children[i]);
    s->release = NULL;
    weaveheap__free(s->private_data);
    s->private_data = NULL;
}

static bool schema_copy(const struct ArrowSchema* src, struct ArrowSchema* out) {
    size_t n = (size_t)src->n_children, format = strlen(src->format) + 1, name = strlen(src->name) + 1;
    uint8_t* block = weaveheap__malloc(n * (sizeof(struct ArrowSchema*) + sizeof(struct ArrowSchema)) + format + name);
    if (!block) return false;
    struct ArrowSchema** ptrs = (struct ArrowSchema**)(void*)block;
    struct ArrowSchema* kids = (struct ArrowSchema*)(void*)(ptrs + n);
    char* text = (char*)(kids + n);
    memcpy(text, src->format, format);
    memcpy(text + format, src->name, name);
    for (size_t i = 0; i < n; i++) {
        ptrs[i] = &kids[i];
        if (!schema_copy(src->children[i], &kids[i])) {
            for (size_t j = 0; j < i; j++) copy_release(&kids[j]);
            weaveheap__free(block);
            return false;
        }
    }
    *out = (struct ArrowSchema){
        .format = text,
        .name = text + format,
        .flags = src->flags,
        .n_children = (int64_t)n,
        .children = n ? ptrs : NULL,
        .release = copy_release,
        .private_data = block,
    };
    return true;
}

static int source_get_schema(export_state* x, struct ArrowSchema* out) {
    int code = source_pull(x);
    if (code) return code;
    if (!x->has_schema) { /* the end, reached by an earlier export: no batch is left to tell the schema */
        snprintf(x->last_error, sizeof x->last_error,
                 "the stream was read to its end by an earlier export: no batch is left to give its schema");
        return EINVAL;
    }
    if (!schema_copy(&x->schema, out)) {
        snprintf(x->last_error, sizeof x->last_error, "no memory for the stream's schema");
        return ENOMEM; /* the stream does not move on: the next call retries */
    }
    return 0;
}

/* A produced batch's array: batch.c's, whose release then gives the batch
 * and its columns back (they were handed over to the stream). */
typedef struct produced {
    void (*release)(struct ArrowArray*);
    void* private_data;
    weaveheap_batch_t batch;
} produced;

static void produced_release(struct ArrowArray* a) {
    if (!a || !a->release) return;
    produced* p = a->private_data;
    a->release = p->release;
    a->private_data = p->private_data;
    a->release(a); /* the array's hold on the batch, given back */
    weaveheap__batch_release_all(p->batch);
    weaveheap__free(p);
}

static int source_get_next(export_state* x, struct ArrowArray* out) {
    int code = source_pull(x);
    if (code) return code;
    if (!x->pending) { /* the end: a released array */
        memset(out, 0, sizeof *out);
        return 0;
    }
    produced* p = weaveheap__malloc(sizeof *p);
    weaveheap__object o;
    stream_head* st = p ? held(x, &o) : NULL;
    if (!st) {
        weaveheap__free(p);
        snprintf(x->last_error, sizeof x->last_error, "no memory for a batch of the stream");
        return ENOMEM; /* the batch stays pending: the next call retries */
    }
    weaveheap__object b;
    bool elsewhere;
    bool ok = weaveheap__resolve_in(o.region, x->pending, WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BATCH), &b, &elsewhere,
                                    NULL) && /* held by the stream: it resolves */
              weaveheap__batch_array_fill(&b, x->pending, out);
    if (ok) {
        weaveheap__unhold(o.region, b.slot); /* the array holds it now */
        st->num_batches++;
    }
    weaveheap__leave(o.region);
    if (!ok) {
        weaveheap__free(p);
        snprintf(x->last_error, sizeof x->last_error, "no memory for a batch of the stream");
        return ENOMEM;
    }
    *p = (produced){out->release, out->private_data, x->pending};
    out->release = produced_release;
    out->private_data = p;
    x->pending = 0;
    return 0;
}

/* An export of a producer's stream starts where the last one stopped: a
 * batch it pulled and did not hand out, its end or its error. False: no
 * memory for the pending batch's schema. */
static bool source_resumed(export_state* x, stream_head* st, const weaveheap__object* o) {
    x->ended = st->ended;
    x->code = st->code;
    memcpy(x->last_error, st->last_error, sizeof x->last_error);
    if (!st->pending) return true;
    weaveheap__object b;
    bool elsewhere;
    if (!weaveheap__resolve_in(o->region, st->pending, WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BATCH), &b, &elsewhere,
                               NULL) ||
        !weaveheap__batch_schema_fill(b.slot, &x->schema))
        return false;
    x->has_schema = true;
    x->pending = st->pending; /* the stream's hold, now the export's */
    st->pending = 0;
    return true;
}

/* The export's release: the kept schema goes; a batch pending, the end or
 * the error stay with the stream for the next export. */
static void source_export_released(export_state* x) {
    if (!x->producer) return;
    if (x->has_schema) x->schema.release(&x->schema);
    weaveheap__object o;
    stream_head* st = held(x, &o);
    if (!st) return;
    st->pending = x->pending; /* held still */
    st->ended = x->ended;
    st->code = x->code;
    memcpy(st->last_error, x->last_error, sizeof st->last_error);
    weaveheap__leave(o.region);
}
