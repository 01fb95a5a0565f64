/* Foreign Arrow arrays and streams: what another library made, taken into a
 * region without a copy (docs/arrow.md, "Import").
 *
 * A foreign (kind 12) is a slot whose data is a malloc'd record holding the
 * producer's two structs, moved in (the spec's move: the structs copied, the
 * caller's marked released); a foreign stream (kind 13) holds the producer's
 * ArrowArrayStream the same way. Each record is linked in its region's list
 * of objects with destructors (ext_object.c), so that a release, reset or
 * destroy calls the producer's `release` exactly once, with the region left.
 * The slot's size is the bytes a view shows (borrow.c asks the record for
 * the view's address: the producer's memory, not the record). */
#include "arrow_abi.h"
#include "object.h"

#include <stdio.h>
#include <string.h>

#define FOREIGN WEAVEHEAP_HANDLE_KIND_FOREIGN
#define FOREIGN_STREAM WEAVEHEAP_HANDLE_KIND_FOREIGN_STREAM

typedef struct foreign {
    weaveheap__ext_object link; /* first: the region's list hands it back as this */
    struct ArrowSchema schema;
    struct ArrowArray array;
    const uint8_t* view; /* what a view shows: the producer's bytes (or the record, empty) */
    uint64_t view_len;
} foreign;

typedef struct foreign_stream {
    weaveheap__ext_object link;
    struct ArrowArrayStream stream;
} foreign_stream;

static foreign* record_of(const weaveheap__object* o) { return (foreign*)(void*)o->slot->data; }

void weaveheap__foreign_view(const weaveheap__slot* s, weaveheap_view* view) {
    const foreign* f = (const foreign*)(const void*)s->data;
    view->data = (uint8_t*)(uintptr_t)f->view;
    view->length = f->view_len;
}

/* -- the producer's release, exactly once ------------------------------------- */

static void foreign_destroy(weaveheap__ext_object* link) {
    foreign* f = (foreign*)(void*)link;
    if (f->array.release) f->array.release(&f->array);
    if (f->schema.release) f->schema.release(&f->schema);
    weaveheap__free(f);
}

static void stream_destroy(weaveheap__ext_object* link) {
    foreign_stream* fs = (foreign_stream*)(void*)link;
    if (fs->stream.release) fs->stream.release(&fs->stream);
    weaveheap__free(fs);
}

/* -- the formats the core knows ------------------------------------------------ */

/* Bytes per value of a fixed-width primitive format, 0 for any other. */
static unsigned fixed_width(const char* format) {
    if (!format || !format[0] || format[1]) return 0;
    switch (format[0]) {
    case 'c': case 'C': return 1;
    case 's': case 'S': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'g': return 8;
    default: return 0;
    }
}

/* strcmp(a, b) == 0 (the wasm build's string.h has no strcmp) */
static bool same(const char* a, const char* b) {
    size_t n = strlen(b);
    return strlen(a) == n && memcmp(a, b, n) == 0;
}

static bool is_var(const char* format) { return format && (same(format, "u") || same(format, "z")); }

/* Why the array (and its schema) cannot be taken, or NULL. Reads only the
 * structs and, for "u" and "z", nothing beyond them. */
static const char* refused(const struct ArrowSchema* s, const struct ArrowArray* a) {
    if (!s->release) return "the schema is released (its release is NULL)";
    if (!a->release) return "the array is released (its release is NULL)";
    if (!s->format) return "the schema's format is NULL";
    if (a->length < 0) return "the array's length is negative";
    if (a->offset < 0) return "the array's offset is negative";
    if (a->null_count < -1) return "the array's null_count is below -1";
    if (a->length > INT64_MAX - a->offset) return "the array's offset + length overflow";
    if (a->n_buffers < 0 || a->n_children < 0) return "the array's n_buffers or n_children is negative";
    if (a->n_buffers && !a->buffers) return "the array's buffers are NULL";
    if (a->n_children && !a->children) return "the array's children are NULL";
    if (a->n_children != s->n_children) return "the array's and the schema's numbers of children differ";
    for (int64_t i = 0; i < a->n_children; i++)
        if (!a->children[i] || !a->children[i]->release) return "a child of the array is NULL or released";
    unsigned w = fixed_width(s->format);
    bool var = is_var(s->format);
    if ((w || same(s->format, "b")) && a->n_buffers != 2) return "a primitive array needs 2 buffers";
    if (var && a->n_buffers != 3) return "a utf8 or binary array needs 3 buffers";
    if ((w || var) && a->length > 0 && !a->buffers[1]) return "the array's values (offsets) buffer is NULL";
    if (var && a->length > 0 && !a->buffers[2]) return "the array's data buffer is NULL";
    /* so that a view's bytes (8 per value at most) are computed without overflow */
    if ((uint64_t)(a->offset + a->length) > (UINT64_C(1) << 60)) return "the array's values overflow";
    return NULL;
}

/* What a view of the array shows: the values of a fixed-width array (its
 * offset applied), the data bytes of "u" and "z"; nothing for other formats. */
static void view_of(foreign* f) {
    const struct ArrowArray* a = &f->array;
    unsigned w = fixed_width(f->schema.format);
    f->view = (const uint8_t*)f;
    f->view_len = 0;
    if (w && a->buffers[1]) {
        f->view = (const uint8_t*)a->buffers[1] + (uint64_t)a->offset * w;
        f->view_len = (uint64_t)a->length * w;
    } else if (is_var(f->schema.format) && a->length > 0) {
        const int32_t* off = a->buffers[1];
        int32_t from = off[a->offset], to = off[a->offset + a->length];
        if (from >= 0 && to >= from) {
            f->view = (const uint8_t*)a->buffers[2] + from;
            f->view_len = (uint64_t)(to - from);
        }
    }
}

/* A foreign of r (entered) holding the moved structs: true, and the
 * caller's marked released; false (out of memory), nothing moved. */
static weaveheap_foreign_t make_foreign(weaveheap__region* r, struct ArrowSchema* s, struct ArrowArray* a,
                                        bool an_import, weaveheap_error* err) {
    foreign* f = weaveheap__malloc(sizeof *f);
    if (!f) {
        weaveheap__fail(err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for a foreign array");
        return 0;
    }
    weaveheap__object o;
    if (!weaveheap__slot_new(r, FOREIGN, &o, err)) {
        weaveheap__free(f);
        return 0;
    }
    memset(f, 0, sizeof *f);
    f->schema = *s;
    f->array = *a;
    s->release = NULL; /* moved: the caller's are released */
    a->release = NULL;
    view_of(f);
    weaveheap__region_defer(r, &f->link, foreign_destroy);
    o.slot->data = (uint8_t*)(void*)f;
    WH_SET(o.slot->size, f->view_len);
    weaveheap__count(&r->c.allocations, 1); /* an object, as an extension's is; no bytes of the region */
    if (an_import) weaveheap__count(&r->c.imports, 1);
    return weaveheap__object_handle(&o);
}

weaveheap_foreign_t weaveheap_foreign_import_array(weaveheap_region_t region, uint8_t* schema, uint8_t* array,
                                                   weaveheap_error* out_err) {
    if (!schema || !array) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "%s must not be NULL", schema ? "array" : "schema");
        return 0;
    }
    struct ArrowSchema* s = (struct ArrowSchema*)(void*)schema;
    struct ArrowArray* a = (struct ArrowArray*)(void*)array;
    const char* why = refused(s, a);
    if (why) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "cannot import the Arrow array: %s", why);
        return 0;
    }
    weaveheap__region* r;
    if (!weaveheap__region_enter(region, &r, out_err)) return 0;
    weaveheap_foreign_t h = make_foreign(r, s, a, true, out_err);
    weaveheap__leave(r);
    return h;
}

weaveheap_foreign_t weaveheap_foreign_import_vector(weaveheap_vector_t vector, weaveheap_error* out_err) {
    struct ArrowSchema s = {0};
    struct ArrowArray a = {0};
    weaveheap_vector_export_arrow(vector, (uint8_t*)&s, (uint8_t*)&a, out_err);
    if (!a.release) return 0; /* refused: nothing filled */
    weaveheap__object o;
    weaveheap_foreign_t h = 0;
    if (weaveheap__resolve(vector, WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_VECTOR), &o, out_err)) {
        h = make_foreign(o.region, &s, &a, true, out_err);
        weaveheap__leave(o.region);
    }
    if (!h) { /* nothing moved: give the export back */
        a.release(&a);
        s.release(&s);
    }
    return h;
}

/* foreign.create: the core as the producer of a copy of some values. The
 * block holds both structs' state; the last of the two releases frees it. */
typedef struct own_values {
    const void* bufs[2];
    char format[2];
    int live; /* structs not yet released */
    _Alignas(16) uint8_t values[];
} own_values;

static void own_release(own_values* v) {
    if (--v->live == 0) weaveheap__free(v);
}
static void own_array_release(struct ArrowArray* a) {
    if (!a->release) return;
    a->release = NULL;
    own_release(a->private_data);
}
static void own_schema_release(struct ArrowSchema* s) {
    if (!s->release) return;
    s->release = NULL;
    own_release(s->private_data);
}

static const char* format_of(int32_t type) {
    switch (type) {
    case WEAVEHEAP_ELEMENT_TYPE_INT8: return "c";
    case WEAVEHEAP_ELEMENT_TYPE_INT16: return "s";
    case WEAVEHEAP_ELEMENT_TYPE_INT32: return "i";
    case WEAVEHEAP_ELEMENT_TYPE_INT64: return "l";
    case WEAVEHEAP_ELEMENT_TYPE_UINT8: return "C";
    case WEAVEHEAP_ELEMENT_TYPE_UINT16: return "S";
    case WEAVEHEAP_ELEMENT_TYPE_UINT32: return "I";
    case WEAVEHEAP_ELEMENT_TYPE_UINT64: return "L";
    case WEAVEHEAP_ELEMENT_TYPE_FLOAT32: return "f";
    case WEAVEHEAP_ELEMENT_TYPE_FLOAT64: return "g";
    default: return NULL; /* boolean (a bitmap), utf8, binary, or no type */
    }
}

weaveheap_foreign_t weaveheap_foreign_create(weaveheap_region_t region, weaveheap_element_type type,
                                             const uint8_t* values, uint64_t values_len, weaveheap_error* out_err) {
    const char* format = format_of(type);
    if (!format) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                        "type %d is not a fixed-width type a foreign array can be made of", (int)type);
        return 0;
    }
    unsigned w = fixed_width(format);
    if ((!values && values_len) || values_len % w || values_len > WEAVEHEAP_MAX_SIZE) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                        "values of %llu bytes are not a whole number of %u-byte values (or NULL, or too many)",
                        (unsigned long long)values_len, w);
        return 0;
    }
    if (!weaveheap__span_fits(values, values_len) || values_len > SIZE_MAX - sizeof(own_values)) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "values of %llu bytes run past the address space",
                        (unsigned long long)values_len);
        return 0;
    }
    weaveheap__region* r;
    if (!weaveheap__region_enter(region, &r, out_err)) return 0;
    own_values* v = weaveheap__malloc(sizeof *v + (size_t)values_len);
    if (!v) {
        weaveheap__leave(r);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for %llu bytes of values",
                        (unsigned long long)values_len);
        return 0;
    }
    if (values_len) memcpy(v->values, values, (size_t)values_len);
    v->bufs[0] = NULL;
    v->bufs[1] = v->values;
    memcpy(v->format, format, 2);
    v->live = 2;
    struct ArrowSchema s = {.format = v->format, .name = "", .release = own_schema_release, .private_data = v};
    struct ArrowArray a = {.length = (int64_t)(values_len / w), .n_buffers = 2, .buffers = v->bufs,
                           .release = own_array_release, .private_data = v};
    weaveheap_foreign_t h = make_foreign(r, &s, &a, false, out_err); /* a copy, not an import */
    if (h) {
        weaveheap__count(&r->c.copies, 1);
        weaveheap__count(&r->c.copy_bytes, values_len);
    }
    weaveheap__leave(r);
    if (!h) weaveheap__free(v);
    return h;
}

void weaveheap_foreign_release(weaveheap_foreign_t f, weaveheap_error* out_err) {
    weaveheap__object o;
    if (!weaveheap__resolve(f, WH_KIND_BIT(FOREIGN), &o, out_err)) return;
    if (weaveheap__refuse_borrowed(&o, f, false, "released", out_err)) return;
    weaveheap__region* r = o.region;
    foreign* rec = record_of(&o);
    weaveheap__region_undefer(r, &rec->link);
    weaveheap__count(&r->c.releases, 1);
    weaveheap__slot_free(&o);
    weaveheap__leave(r);
    foreign_destroy(&rec->link); /* the region left: the producer may call the core */
}

/* -- queries ------------------------------------------------------------------- */

#define QUERY(expr)                                                         \
    weaveheap__object o;                                                    \
    if (!weaveheap__resolve(f, WH_KIND_BIT(FOREIGN), &o, out_err)) return 0; \
    const foreign* rec = record_of(&o);                                     \
    uint64_t n = (expr);                                                    \
    weaveheap__leave(o.region);                                             \
    return n

uint64_t weaveheap_foreign_length(weaveheap_foreign_t f, weaveheap_error* out_err) {
    QUERY((uint64_t)rec->array.length);
}
uint64_t weaveheap_foreign_null_count(weaveheap_foreign_t f, weaveheap_error* out_err) {
    QUERY((uint64_t)rec->array.null_count); /* -1 (unknown) reads as UINT64_MAX */
}
uint64_t weaveheap_foreign_offset(weaveheap_foreign_t f, weaveheap_error* out_err) {
    QUERY((uint64_t)rec->array.offset);
}
uint64_t weaveheap_foreign_num_children(weaveheap_foreign_t f, weaveheap_error* out_err) {
    QUERY((uint64_t)rec->array.n_children);
}

char* weaveheap_foreign_format(weaveheap_foreign_t f, weaveheap_error* out_err) {
    weaveheap__object o;
    if (!weaveheap__resolve(f, WH_KIND_BIT(FOREIGN), &o, out_err)) return NULL;
    const char* fmt = record_of(&o)->schema.format;
    size_t n = strlen(fmt);
    char* copy = weaveheap__malloc(n + 1);
    if (!copy) {
        weaveheap__leave(o.region);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory to copy a format of %zu bytes", n);
        return NULL;
    }
    memcpy(copy, fmt, n + 1);
    weaveheap__count(&o.region->c.copies, 1);
    weaveheap__count(&o.region->c.copy_bytes, n);
    weaveheap__leave(o.region);
    return copy;
}

/* -- export again, without a copy ---------------------------------------------- */

/* The schema: a deep copy the consumer owns (it may outlive the foreign).
 * Each node's private data is the block of its children (and dictionary). */
static void schema_release(struct ArrowSchema* s) {
    if (!s || !s->release) return;
    struct ArrowSchema* kids = s->private_data;
    for (int64_t i = 0; i < s->n_children; i++)
        if (kids[i].release) kids[i].release(&kids[i]);
    if (s->dictionary && s->dictionary->release) s->dictionary->release(s->dictionary);
    weaveheap__free((void*)(uintptr_t)s->format);
    weaveheap__free((void*)(uintptr_t)s->name);
    weaveheap__free((void*)(uintptr_t)s->metadata);
    weaveheap__free(s->children);
    weaveheap__free(kids);
    s->release = NULL;
}

static char* dup_bytes(const char* p, size_t n) {
    char* c = weaveheap__malloc(n ? n : 1);
    if (c && n) memcpy(c, p, n);
    return c;
}

/* The bytes of Arrow's metadata encoding: int32 count, then for each pair an
 * int32 length and the key, an int32 length and the value. */
static size_t metadata_size(const char* m) {
    int32_t n, len;
    size_t at = 4;
    memcpy(&n, m, 4);
    for (int32_t i = 0; i < 2 * n; i++) {
        memcpy(&len, m + at, 4);
        at += 4 + (size_t)(len > 0 ? len : 0);
    }
    return at;
}

static bool schema_copy(const struct ArrowSchema* src, struct ArrowSchema* dst) {
    memset(dst, 0, sizeof *dst);
    size_t nk = (size_t)src->n_children + (src->dictionary ? 1 : 0);
    struct ArrowSchema* kids = weaveheap__calloc(nk ? nk : 1, sizeof *kids);
    struct ArrowSchema** ptrs = src->n_children ? weaveheap__calloc((size_t)src->n_children, sizeof *ptrs) : NULL;
    char* format = dup_bytes(src->format, strlen(src->format) + 1);
    char* name = src->name ? dup_bytes(src->name, strlen(src->name) + 1) : NULL;
    char* meta = src->metadata ? dup_bytes(src->metadata, metadata_size(src->metadata)) : NULL;
    bool ok = kids && format && (ptrs || !src->n_children) && (name || !src->name) && (meta || !src->metadata);
    int64_t done = 0;
    for (; ok && done < src->n_children; done++) {
        ptrs[done] = &kids[done];
        ok = schema_copy(src->children[done], &kids[done]);
    }
    bool dict = ok && src->dictionary && (ok = schema_copy(src->dictionary, &kids[nk - 1]));
    if (!ok) {
        for (int64_t i = 0; i < done; i++) schema_release(&kids[i]);
        weaveheap__free(kids);
        weaveheap__free(ptrs);
        weaveheap__free(format);
        weaveheap__free(name);
        weaveheap__free(meta);
        return false;
    }
    *dst = (struct ArrowSchema){
        .format = format,
        .name = name,
        .metadata = meta,
        .flags = src->flags,
        .n_children = src->n_children,
        .children = ptrs,
        .dictionary = dict ? &kids[nk - 1] : NULL,
        .release = schema_release,
        .private_data = kids,
    };
    return true;
}

/* The array: a mirror of the producer's tree whose buffers are the
 * producer's. The root's private data holds the borrow of the foreign and
 * its node; each node's, the block of its children (and dictionary). A
 * child's own release only marks it released: its memory is the root's. */
typedef struct mirror {
    int64_t n;                  /* children */
    struct ArrowArray** ptrs;   /* what `children` points at */
    struct ArrowArray kids[];   /* the children, then the dictionary if any */
} mirror;

typedef struct export_root {
    weaveheap_borrow_t token;
    mirror* node;
} export_root;

static void child_release(struct ArrowArray* a) {
    if (a) a->release = NULL;
}

static void mirror_free(mirror* m, bool dict) {
    if (!m) return;
    for (int64_t i = 0; i < m->n; i++) mirror_free(m->kids[i].private_data, m->kids[i].dictionary != NULL);
    if (dict) mirror_free(m->kids[m->n].private_data, m->kids[m->n].dictionary != NULL);
    weaveheap__free(m->ptrs);
    weaveheap__free(m);
}

/* Fills dst as src's mirror; its private data is its node. */
static bool mirror_of(const struct ArrowArray* src, struct ArrowArray* dst) {
    size_t nk = (size_t)src->n_children + (src->dictionary ? 1 : 0);
    mirror* m = weaveheap__calloc(1, sizeof *m + nk * sizeof(struct ArrowArray));
    struct ArrowArray** ptrs = src->n_children ? weaveheap__calloc((size_t)src->n_children, sizeof *ptrs) : NULL;
    if (!m || (src->n_children && !ptrs)) {
        weaveheap__free(m);
        weaveheap__free(ptrs);
        return false;
    }
    m->ptrs = ptrs;
    bool ok = true;
    for (int64_t i = 0; ok && i < src->n_children; i++) {
        ptrs[i] = &m->kids[i];
        ok = mirror_of(src->children[i], &m->kids[i]);
        if (ok) m->n = i + 1;
    }
    bool dict = ok && src->dictionary && (ok = mirror_of(src->dictionary, &m->kids[nk - 1]));
    if (!ok) {
        mirror_free(m, false);
        return false;
    }
    *dst = (struct ArrowArray){
        .length = src->length,
        .null_count = src->null_count,
        .offset = src->offset,
        .n_buffers = src->n_buffers,
        .n_children = src->n_children,
        .buffers = src->buffers, /* the producer's list of its buffers: no copy */
        .children = ptrs,
        .dictionary = dict ? &m->kids[nk - 1] : NULL,
        .release = child_release,
        .private_data = m,
    };
    return true;
}

static void root_release(struct ArrowArray* a) {
    if (!a || !a->release) return;
    export_root* st = a->private_data;
    a->release = NULL;
    a->private_data = NULL;
    if (!st) return;
    mirror_free(st->node, a->dictionary != NULL);
    weaveheap_borrow_release(st->token, NULL);
    weaveheap__free(st);
}

void weaveheap_foreign_export_arrow(weaveheap_foreign_t f, uint8_t* schema, uint8_t* array,
                                    weaveheap_error* out_err) {
    if (!schema || !array) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "%s must not be NULL", schema ? "array" : "schema");
        return;
    }
    weaveheap__object o;
    if (!weaveheap__resolve(f, WH_KIND_BIT(FOREIGN), &o, out_err)) return;
    const foreign* rec = record_of(&o);
    weaveheap__leave(o.region);
    export_root* st = weaveheap__malloc(sizeof *st);
    struct ArrowSchema s;
    struct ArrowArray a;
    bool s_ok = st && schema_copy(&rec->schema, &s);
    bool a_ok = s_ok && mirror_of(&rec->array, &a);
    if (!a_ok) {
        if (s_ok) schema_release(&s);
        weaveheap__free(st);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for an Arrow export");
        return;
    }
    weaveheap_view view;
    st->token = weaveheap_borrow_shared(f, &view, out_err); /* refused under a unique borrow */
    if (!st->token) {
        mirror_free(a.private_data, a.dictionary != NULL);
        schema_release(&s);
        weaveheap__free(st);
        return;
    }
    st->node = a.private_data;
    a.private_data = st;
    a.release = root_release;
    *(struct ArrowSchema*)(void*)schema = s;
    *(struct ArrowArray*)(void*)array = a;
}

/* -- streams ---------------------------------------------------------------------- */

static foreign_stream* stream_of(const weaveheap__object* o) { return (foreign_stream*)(void*)o->slot->data; }

static weaveheap_foreign_stream_t make_stream(weaveheap__region* r, struct ArrowArrayStream* in,
                                              weaveheap_error* err) {
    foreign_stream* fs = weaveheap__malloc(sizeof *fs);
    if (!fs) {
        weaveheap__fail(err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for a foreign stream");
        return 0;
    }
    weaveheap__object o;
    if (!weaveheap__slot_new(r, FOREIGN_STREAM, &o, err)) {
        weaveheap__free(fs);
        return 0;
    }
    memset(fs, 0, sizeof *fs);
    fs->stream = *in;
    in->release = NULL; /* moved */
    weaveheap__region_defer(r, &fs->link, stream_destroy);
    o.slot->data = (uint8_t*)(void*)fs;
    WH_SET(o.slot->size, 0);
    weaveheap__count(&r->c.allocations, 1);
    weaveheap__count(&r->c.imports, 1);
    return weaveheap__object_handle(&o);
}

static bool stream_refused(const struct ArrowArrayStream* s, weaveheap_error* err) {
    const char* why = !s ? "stream must not be NULL"
                      : !s->release ? "the stream is released (its release is NULL)"
                      : !s->get_schema || !s->get_next || !s->get_last_error ? "a callback of the stream is NULL"
                                                                              : NULL;
    if (why) weaveheap__fail(err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "cannot import the Arrow stream: %s", why);
    return why != NULL;
}

weaveheap_foreign_stream_t weaveheap_foreign_stream_import_stream(weaveheap_region_t region, uint8_t* stream,
                                                                  weaveheap_error* out_err) {
    struct ArrowArrayStream* s = (struct ArrowArrayStream*)(void*)stream;
    if (stream_refused(s, out_err)) return 0;
    weaveheap__region* r;
    if (!weaveheap__region_enter(region, &r, out_err)) return 0;
    weaveheap_foreign_stream_t h = make_stream(r, s, out_err);
    weaveheap__leave(r);
    return h;
}

weaveheap_foreign_stream_t weaveheap_foreign_stream_import_batch_stream(weaveheap_batch_stream_t stream,
                                                                        weaveheap_error* out_err) {
    struct ArrowArrayStream s = {0};
    weaveheap_batch_stream_export_arrow(stream, (uint8_t*)&s, out_err);
    if (!s.release) return 0;
    weaveheap__object o;
    weaveheap_foreign_stream_t h = 0;
    if (weaveheap__resolve(stream, WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BATCH_STREAM), &o, out_err)) {
        h = make_stream(o.region, &s, out_err);
        weaveheap__leave(o.region);
    }
    if (!h) s.release(&s);
    return h;
}

/* The stream is held (not counted as a borrow taken) while its producer runs
 * with the region left: its release and the region's reset and destroy are
 * refused meanwhile. */
static void stream_hold(weaveheap__object* o, int32_t by) {
    weaveheap__slot* s = o->slot;
    weaveheap__slot_set(s, s->gen, s->kind, s->flags, s->borrows + by);
    if (by > 0) weaveheap__add(&o->region->c.borrows_active, 1);
    else weaveheap__sub(&o->region->c.borrows_active, 1);
}

weaveheap_foreign_t weaveheap_foreign_stream_next(weaveheap_foreign_stream_t stream, weaveheap_error* out_err) {
    weaveheap__object o;
    if (!weaveheap__resolve(stream, WH_KIND_BIT(FOREIGN_STREAM), &o, out_err)) return 0;
    if (weaveheap__refuse_borrowed(&o, stream, false, "read (a next of it is running)", out_err)) return 0;
    struct ArrowArrayStream* s = &stream_of(&o)->stream;
    stream_hold(&o, 1);
    weaveheap__leave(o.region);
    struct ArrowArray a = {0};
    struct ArrowSchema sch = {0};
    char why[512] = "";
    int rc = s->get_next(s, &a);
    if (rc == 0 && a.release) {
        rc = s->get_schema(s, &sch);
        if (rc != 0) a.release(&a);
    }
    if (rc != 0) {
        const char* e = s->get_last_error(s);
        snprintf(why, sizeof why, "the producer failed (%d): %s", rc, e ? e : "(no message)");
    } else if (a.release && (refused(&sch, &a) != NULL)) {
        snprintf(why, sizeof why, "the producer's batch cannot be imported: %s", refused(&sch, &a));
    }
    /* held since: neither the stream nor its region can have gone */
    weaveheap__object again;
    weaveheap__resolve(stream, WH_KIND_BIT(FOREIGN_STREAM), &again, NULL);
    stream_hold(&again, -1);
    weaveheap_foreign_t h = 0;
    if (!why[0] && a.release) h = make_foreign(again.region, &sch, &a, true, out_err);
    weaveheap__leave(again.region);
    if (why[0]) {
        if (a.release) a.release(&a);
        if (sch.release) sch.release(&sch);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "foreign_stream 0x%016llx: %s",
                        (unsigned long long)stream, why);
        return 0;
    }
    if (!h) { /* the end, or no memory: nothing moved */
        if (a.release) a.release(&a);
        if (sch.release) sch.release(&sch);
    }
    return h;
}

void weaveheap_foreign_stream_release(weaveheap_foreign_stream_t stream, weaveheap_error* out_err) {
    weaveheap__object o;
    if (!weaveheap__resolve(stream, WH_KIND_BIT(FOREIGN_STREAM), &o, out_err)) return;
    if (weaveheap__refuse_borrowed(&o, stream, false, "released", out_err)) return;
    weaveheap__region* r = o.region;
    foreign_stream* fs = stream_of(&o);
    weaveheap__region_undefer(r, &fs->link);
    weaveheap__count(&r->c.releases, 1);
    weaveheap__slot_free(&o);
    weaveheap__leave(r);
    stream_destroy(&fs->link);
}
