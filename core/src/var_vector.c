/* Var vectors: columns of values of any size laid out as Arrow lays out a
 * utf8 ("u") or binary ("z") array, so that views and Arrow C Data exports
 * read them in place.
 *
 * One allocation from the region (64-byte aligned, column.h):
 *   [header, 64 bytes][data bytes, rounded up to 64][int32 offsets, capacity
 *   + 1 of them, rounded up to 64][validity bitmap, rounded up to 64,
 *   nullable columns only]
 * The slot's data is the first data byte and its size the data bytes so far
 * (offsets[length]): a view shows the values end to end, the offsets slice
 * it. Offsets are int32 (Arrow's "u" and "z"), so the data capacity is at
 * most INT32_MAX and every offset stays below it. */
#include "column.h"

#include <string.h>

#define KIND WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_VAR_VECTOR)

/* -- make and release ------------------------------------------------------------ */

static weaveheap_var_vector_t create(weaveheap_region_t region, int32_t type, uint64_t capacity, uint64_t data_capacity,
                                     bool nullable, weaveheap_error* out_err) {
    if (capacity > WEAVEHEAP_MAX_SIZE) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "capacity %llu is larger than the maximum %llu",
                        (unsigned long long)capacity, (unsigned long long)WEAVEHEAP_MAX_SIZE);
        return 0;
    }
    if (data_capacity > INT32_MAX) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                        "data_capacity %llu is larger than the maximum %d (Arrow's offsets are int32)",
                        (unsigned long long)data_capacity, INT32_MAX);
        return 0;
    }
    /* In 64 bits: at most 64 + 2^31 + 2^50 + 2^45, whatever size_t is (wasm32). */
    uint64_t data = weaveheap__round64(data_capacity);
    uint64_t offsets = weaveheap__round64((capacity + 1) * 4);
    uint64_t bitmap = nullable ? weaveheap__round64((capacity + 7) / 8) : 0;
    uint64_t bytes = VEC_HEAD + data + offsets + bitmap;
    weaveheap__region* r;
    if (!weaveheap__region_enter(region, &r, out_err)) return 0;
    if (bytes > WEAVEHEAP_MAX_SIZE) { /* no region can hold it, on any target width */
        weaveheap__leave(r);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_OUT_OF_MEMORY,
                        "a %s column of capacity %llu needs %llu bytes, more than the maximum %llu",
                        weaveheap__element_type_name(type), (unsigned long long)capacity,
                        (unsigned long long)bytes, (unsigned long long)WEAVEHEAP_MAX_SIZE);
        return 0;
    }
    weaveheap__object o;
    uint8_t* mem = weaveheap__object_new(r, WEAVEHEAP_HANDLE_KIND_VAR_VECTOR, bytes, 64, &o, out_err);
    if (!mem) {
        weaveheap__leave(r);
        return 0;
    }
    vec_head* v = (vec_head*)(void*)mem;
    v->capacity = capacity;
    v->bytes = bytes;
    v->type = type;
    v->data_capacity = (uint32_t)data_capacity;              /* <= INT32_MAX: checked */
    v->offsets = (int32_t*)(void*)(mem + VEC_HEAD + data); /* zeroed: offsets[0] is 0 */
    v->validity = nullable ? mem + VEC_HEAD + data + offsets : NULL;
    o.slot->data = mem + VEC_HEAD;
    WH_SET(o.slot->size, 0);
    weaveheap_handle_t h = weaveheap__object_handle(&o);
    weaveheap__leave(r);
    return h;
}

weaveheap_var_vector_t weaveheap_var_vector_create(weaveheap_region_t region, uint64_t capacity, uint64_t data_capacity,
                                                   bool nullable, bool binary, weaveheap_error* out_err) {
    return create(region, binary ? WEAVEHEAP_ELEMENT_TYPE_BINARY : WEAVEHEAP_ELEMENT_TYPE_UTF8, capacity, data_capacity,
                  nullable, out_err);
}

void weaveheap_var_vector_release(weaveheap_var_vector_t vector, weaveheap_error* out_err) {
    weaveheap__object o;
    if (!weaveheap__resolve(vector, KIND, &o, out_err)) return;
    if (weaveheap__refuse_borrowed(&o, vector, false, "released", out_err)) return;
    weaveheap__region* r = o.region;
    vec_head* v = weaveheap__column_head(&o);
    uint64_t bytes = v->bytes;
    weaveheap__object_forget_memory(&o, (uint8_t*)v, bytes);
    weaveheap__leave(r);
}

void weaveheap_var_vector_resize(weaveheap_var_vector_t vector, uint64_t capacity, uint64_t data_capacity,
                                 weaveheap_error* out_err) {
    if (capacity > WEAVEHEAP_MAX_SIZE) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "capacity %llu is larger than the maximum %llu",
                        (unsigned long long)capacity, (unsigned long long)WEAVEHEAP_MAX_SIZE);
        return;
    }
    if (data_capacity > INT32_MAX) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                        "data_capacity %llu is larger than the maximum %d (Arrow's offsets are int32)",
                        (unsigned long long)data_capacity, INT32_MAX);
        return;
    }
    weaveheap__object o;
    if (!weaveheap__resolve(vector, KIND, &o, out_err)) return;
    if (weaveheap__refuse_borrowed(&o, vector, false, "resized", out_err)) return;
    vec_head* v = weaveheap__column_head(&o);
    weaveheap__region* r = o.region;
    uint64_t used = (uint64_t)v->offsets[v->length];
    if (capacity < v->length || data_capacity < used) {
        weaveheap__leave(r);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                        "var_vector 0x%016llx: capacity %llu and data_capacity %llu are below its length %llu "
                        "and data length %llu",
                        (unsigned long long)vector, (unsigned long long)capacity, (unsigned long long)data_capacity,
                        (unsigned long long)v->length, (unsigned long long)used);
        return;
    }
    /* In 64 bits, as create: at most 64 + 2^31 + 2^50 + 2^45, whatever size_t is (wasm32). */
    uint64_t data = weaveheap__round64(data_capacity);
    uint64_t offsets = weaveheap__round64((capacity + 1) * 4);
    uint64_t bitmap = v->validity ? weaveheap__round64((capacity + 7) / 8) : 0;
    uint64_t bytes = VEC_HEAD + data + offsets + bitmap;
    if (bytes > WEAVEHEAP_MAX_SIZE) {
        weaveheap__leave(r);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_OUT_OF_MEMORY,
                        "a %s column of capacity %llu needs %llu bytes, more than the maximum %llu",
                        weaveheap__element_type_name(v->type), (unsigned long long)capacity,
                        (unsigned long long)bytes, (unsigned long long)WEAVEHEAP_MAX_SIZE);
        return;
    }
    bool own_chunk;
    uint8_t* mem = weaveheap__column_alloc(r, bytes, &own_chunk, out_err);
    if (!mem) {
        weaveheap__leave(r);
        return;
    }
    vec_head* n = (vec_head*)(void*)mem;
    *n = *v;
    n->capacity = capacity;
    n->data_capacity = (uint32_t)data_capacity; /* <= INT32_MAX: checked */
    n->offsets = (int32_t*)(void*)(mem + VEC_HEAD + data);
    /* what the old allocation held: each fits a size_t */
    memcpy(mem + VEC_HEAD, o.slot->data, (size_t)used);
    memcpy(n->offsets, v->offsets, (size_t)(v->length + 1) * 4);
    uint64_t copied = used + (v->length + 1) * 4;
    if (v->validity) {
        uint64_t map = (v->length + 7) / 8;
        n->validity = mem + VEC_HEAD + data + offsets;
        memcpy(n->validity, v->validity, (size_t)map);
        copied += map;
    }
    weaveheap__column_moved(&o, mem, bytes, own_chunk, copied);
    weaveheap__leave(r);
}

/* -- queries ------------------------------------------------------------------------ */

static vec_head* resolve(weaveheap_var_vector_t h, weaveheap__object* o, weaveheap_error* err) {
    if (!weaveheap__resolve(h, KIND, o, err)) return NULL;
    return weaveheap__column_head(o);
}

#define QUERY(expr)                                    \
    weaveheap__object o;                               \
    vec_head* v = resolve(vector, &o, out_err);        \
    if (!v) return 0;                                  \
    uint64_t n = (expr);                               \
    weaveheap__leave(o.region);                        \
    return n

uint64_t weaveheap_var_vector_length(weaveheap_var_vector_t vector, weaveheap_error* out_err) { QUERY(v->length); }
uint64_t weaveheap_var_vector_capacity(weaveheap_var_vector_t vector, weaveheap_error* out_err) {
    QUERY(v->capacity);
}
uint64_t weaveheap_var_vector_data_length(weaveheap_var_vector_t vector, weaveheap_error* out_err) {
    QUERY((uint64_t)v->offsets[v->length]);
}
uint64_t weaveheap_var_vector_data_capacity(weaveheap_var_vector_t vector, weaveheap_error* out_err) {
    QUERY(v->data_capacity);
}
uint64_t weaveheap_var_vector_null_count(weaveheap_var_vector_t vector, weaveheap_error* out_err) {
    QUERY(v->null_count);
}
bool weaveheap_var_vector_is_utf8(weaveheap_var_vector_t vector, weaveheap_error* out_err) {
    QUERY(v->type == WEAVEHEAP_ELEMENT_TYPE_UTF8) != 0;
}

/* -- values ------------------------------------------------------------------------- */

/* Refuses (and leaves) an index at or past the length. */
static bool index_refused(weaveheap_var_vector_t h, weaveheap__object* o, const vec_head* v, uint64_t index,
                          weaveheap_error* err) {
    if (index < v->length) return false;
    weaveheap__leave(o->region);
    weaveheap__fail(err, WEAVEHEAP_ERR_OUT_OF_RANGE, "var_vector 0x%016llx: index %llu is past its length %llu",
                    (unsigned long long)h, (unsigned long long)index, (unsigned long long)v->length);
    return true;
}

/* Why a value of len bytes cannot be appended to v, or NULL; *code the
 * error and *bad the byte at fault. The checks in 64 bits. */
static const char* value_unfit(const vec_head* v, const uint8_t* value, uint64_t len, int32_t* code, uint64_t* bad) {
    *bad = 0;
    if (v->type == WEAVEHEAP_ELEMENT_TYPE_UTF8) {
        uint64_t ok = weaveheap__utf8_check(value, len);
        if (ok != len) {
            *code = WEAVEHEAP_ERR_INVALID_UTF8;
            *bad = ok;
            return "is not UTF-8";
        }
    }
    *code = WEAVEHEAP_ERR_OUT_OF_RANGE;
    if (v->length == v->capacity) return "does not fit: the column is full";
    if (len > (uint64_t)v->data_capacity - (uint64_t)v->offsets[v->length]) return "does not fit its data bytes";
    return NULL;
}

/* The column grew to n values: the view's size follows. */
static void grown(weaveheap__object* o, vec_head* v, uint64_t n) {
    v->length = n;
    WH_SET(o->slot->size, (uint64_t)v->offsets[n]);
}

static vec_head* resolve_for_write(weaveheap_var_vector_t h, weaveheap__object* o, weaveheap_error* err) {
    if (!weaveheap__resolve(h, KIND, o, err)) return NULL;
    if (weaveheap__refuse_borrowed(o, h, false, "written by its owner", err)) return NULL;
    return weaveheap__column_head(o);
}

void weaveheap_var_vector_append(weaveheap_var_vector_t vector, const uint8_t* value, uint64_t value_len,
                                 weaveheap_error* out_err) {
    if (!value && value_len) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "value is NULL with a length of %llu",
                        (unsigned long long)value_len);
        return;
    }
    if (!weaveheap__span_fits(value, value_len)) {
        weaveheap__span_refused(value, value_len, "value", out_err);
        return;
    }
    weaveheap__object o;
    vec_head* v = resolve_for_write(vector, &o, out_err);
    if (!v) return;
    int32_t code;
    uint64_t bad;
    const char* why = value_unfit(v, value, value_len, &code, &bad);
    if (why) {
        uint64_t length = v->length, used = (uint64_t)v->offsets[v->length], room = v->data_capacity;
        weaveheap__leave(o.region);
        weaveheap__fail(out_err, code,
                        "var_vector 0x%016llx: a value of %llu bytes %s (byte %llu; %llu values, %llu of %llu "
                        "data bytes used)",
                        (unsigned long long)vector, (unsigned long long)value_len, why, (unsigned long long)bad,
                        (unsigned long long)length, (unsigned long long)used, (unsigned long long)room);
        return;
    }
    int32_t end = v->offsets[v->length];
    if (value_len) memcpy(o.slot->data + end, value, (size_t)value_len); /* within the data: fits */
    v->offsets[v->length + 1] = end + (int32_t)value_len;               /* <= data_capacity <= INT32_MAX */
    if (v->validity) weaveheap__bit_set(v->validity, v->length, true);
    grown(&o, v, v->length + 1);
    weaveheap__count(&o.region->c.copies, 1);
    weaveheap__count(&o.region->c.copy_bytes, value_len);
    weaveheap__leave(o.region);
}

void weaveheap_var_vector_append_null(weaveheap_var_vector_t vector, weaveheap_error* out_err) {
    weaveheap__object o;
    vec_head* v = resolve_for_write(vector, &o, out_err);
    if (!v) return;
    const char* why = !v->validity ? "was made without nullable: it holds no nulls"
                      : v->length == v->capacity ? "is full"
                                                 : NULL;
    if (why) {
        weaveheap__leave(o.region);
        weaveheap__fail(out_err, v->validity ? WEAVEHEAP_ERR_OUT_OF_RANGE : WEAVEHEAP_ERR_INVALID_ARGUMENT,
                        "var_vector 0x%016llx %s", (unsigned long long)vector, why);
        return;
    }
    v->offsets[v->length + 1] = v->offsets[v->length]; /* an empty value; its validity bit is still 0 */
    v->null_count++;
    grown(&o, v, v->length + 1);
    weaveheap__leave(o.region);
}

/* Resolves a column and an index below its length, or fails (left). */
static vec_head* resolve_index(weaveheap_var_vector_t h, uint64_t index, weaveheap__object* o, weaveheap_error* err) {
    vec_head* v = resolve(h, o, err);
    if (!v || index_refused(h, o, v, index, err)) return NULL;
    return v;
}

uint64_t weaveheap_var_vector_value_offset(weaveheap_var_vector_t vector, uint64_t index, weaveheap_error* out_err) {
    weaveheap__object o;
    vec_head* v = resolve_index(vector, index, &o, out_err);
    if (!v) return 0;
    uint64_t at = (uint64_t)v->offsets[index];
    weaveheap__leave(o.region);
    return at;
}

uint64_t weaveheap_var_vector_value_length(weaveheap_var_vector_t vector, uint64_t index, weaveheap_error* out_err) {
    weaveheap__object o;
    vec_head* v = resolve_index(vector, index, &o, out_err);
    if (!v) return 0;
    uint64_t n = (uint64_t)(v->offsets[index + 1] - v->offsets[index]);
    weaveheap__leave(o.region);
    return n;
}

bool weaveheap_var_vector_is_valid(weaveheap_var_vector_t vector, uint64_t index, weaveheap_error* out_err) {
    weaveheap__object o;
    vec_head* v = resolve_index(vector, index, &o, out_err);
    if (!v) return false;
    bool valid = !v->validity || weaveheap__bit_get(v->validity, index);
    weaveheap__leave(o.region);
    return valid;
}

uint8_t* weaveheap_var_vector_get(weaveheap_var_vector_t vector, uint64_t index, uint64_t* out_len,
                                  weaveheap_error* out_err) {
    if (!out_len) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "out_len must not be NULL");
        return NULL;
    }
    weaveheap__object o;
    vec_head* v = resolve(vector, &o, out_err);
    if (!v || weaveheap__refuse_borrowed(&o, vector, true, "read by its owner", out_err) ||
        index_refused(vector, &o, v, index, out_err))
        return NULL;
    uint64_t at = (uint64_t)v->offsets[index], n = (uint64_t)(v->offsets[index + 1] - v->offsets[index]);
    uint8_t* copy = weaveheap__malloc(n ? (size_t)n : 1); /* n < 2^31: fits; an empty value is an address too */
    if (!copy) {
        weaveheap__leave(o.region);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory to copy %llu bytes", (unsigned long long)n);
        return NULL;
    }
    if (n) memcpy(copy, o.slot->data + at, (size_t)n);
    weaveheap__count(&o.region->c.copies, 1);
    weaveheap__count(&o.region->c.copy_bytes, n);
    weaveheap__leave(o.region);
    *out_len = n;
    return copy;
}

void weaveheap_var_vector_read(weaveheap_var_vector_t vector, uint64_t offset, uint8_t* dst, uint64_t dst_len,
                               weaveheap_error* out_err) {
    weaveheap__column_read(vector, WEAVEHEAP_HANDLE_KIND_VAR_VECTOR, offset, dst, dst_len, out_err);
}

void weaveheap_var_vector_export_arrow(weaveheap_var_vector_t vector, uint8_t* schema, uint8_t* array,
                                       weaveheap_error* out_err) {
    weaveheap__column_export(vector, WEAVEHEAP_HANDLE_KIND_VAR_VECTOR, schema, array, out_err);
}
