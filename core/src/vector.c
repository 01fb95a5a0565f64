/* Vectors: typed columns of fixed capacity laid out as Arrow lays out a
 * primitive array, so that views and Arrow C Data exports read them in place.
 *
 * One allocation from the region (64-byte aligned):
 *   [header, 64 bytes][values, rounded up to 64][validity bitmap, rounded up
 *   to 64, nullable vectors only]
 * The slot's data is the first value byte and its size the value bytes so
 * far, so a borrow's view (borrow.c) shows exactly the values appended.
 * The header and the Arrow export are shared with var_vector.c (column.h). */
#include "arrow_abi.h"
#include "column.h"

#include <float.h>
#include <string.h>

/* Bits per value of each element type (0: not a type), and its Arrow format. */
static const struct {
    unsigned bits;
    const char* format;
} types[] = {
    [WEAVEHEAP_ELEMENT_TYPE_INT8] = {8, "c"},     [WEAVEHEAP_ELEMENT_TYPE_INT16] = {16, "s"},
    [WEAVEHEAP_ELEMENT_TYPE_INT32] = {32, "i"},   [WEAVEHEAP_ELEMENT_TYPE_INT64] = {64, "l"},
    [WEAVEHEAP_ELEMENT_TYPE_UINT8] = {8, "C"},    [WEAVEHEAP_ELEMENT_TYPE_UINT16] = {16, "S"},
    [WEAVEHEAP_ELEMENT_TYPE_UINT32] = {32, "I"},  [WEAVEHEAP_ELEMENT_TYPE_UINT64] = {64, "L"},
    [WEAVEHEAP_ELEMENT_TYPE_FLOAT32] = {32, "f"}, [WEAVEHEAP_ELEMENT_TYPE_FLOAT64] = {64, "g"},
    [WEAVEHEAP_ELEMENT_TYPE_BOOLEAN] = {1, "b"},
    /* values of any size: a var_vector's (var_vector.c) */
    [WEAVEHEAP_ELEMENT_TYPE_UTF8] = {0, "u"},     [WEAVEHEAP_ELEMENT_TYPE_BINARY] = {0, "z"},
};
#define N_TYPES (sizeof types / sizeof types[0])

static const char* type_name(int32_t t) {
    switch (t) {
#define WH_TYPE_NAME(c_name, number, name) \
    case number: return name;
        WEAVEHEAP_ELEMENT_TYPE_LIST(WH_TYPE_NAME)
#undef WH_TYPE_NAME
    }
    return "?";
}
const char* weaveheap__element_type_name(int32_t t) { return type_name(t); }
unsigned weaveheap__element_bits(int32_t t) { return t > 0 && (uint64_t)t < N_TYPES ? types[t].bits : 0; }

static bool is_float(int32_t t) { return t == WEAVEHEAP_ELEMENT_TYPE_FLOAT32 || t == WEAVEHEAP_ELEMENT_TYPE_FLOAT64; }

static vec_head* head_of(const weaveheap__object* o) { return weaveheap__column_head(o); }

/* The value bytes of n values: whole bytes of the bitmap for booleans. */
static uint64_t value_bytes(int32_t type, uint64_t n) {
    unsigned bits = types[type].bits;
    return bits == 1 ? (n + 7) / 8 : n * (bits / 8);
}

#define round64 weaveheap__round64
#define bit_set weaveheap__bit_set
#define bit_get weaveheap__bit_get

/* -- make and release ------------------------------------------------------------ */

weaveheap_vector_t weaveheap_vector_create(weaveheap_region_t region, weaveheap_element_type type, uint64_t capacity,
                                           bool nullable, weaveheap_error* out_err) {
    if (type <= 0 || (uint64_t)type >= N_TYPES || !types[type].format) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "element type %d is not one of 1..%u",
                        (int)type, (unsigned)N_TYPES - 1);
        return 0;
    }
    if (!types[type].bits) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                        "%s values vary in size: make the column with var_vector.create", type_name(type));
        return 0;
    }
    if (capacity > WEAVEHEAP_MAX_SIZE) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "capacity %llu is larger than the maximum %llu",
                        (unsigned long long)capacity, (unsigned long long)WEAVEHEAP_MAX_SIZE);
        return 0;
    }
    /* In 64 bits: at most 64 + 2^51 + 2^45, whatever size_t is (wasm32). */
    uint64_t values = round64(value_bytes(type, capacity));
    uint64_t bitmap = nullable ? round64((capacity + 7) / 8) : 0;
    uint64_t bytes = VEC_HEAD + values + bitmap;
    weaveheap__region* r;
    if (!weaveheap__region_enter(region, &r, out_err)) return 0;
    if (bytes > WEAVEHEAP_MAX_SIZE) { /* no region can hold it, on any target width */
        weaveheap__leave(r);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_OUT_OF_MEMORY,
                        "a %s vector of capacity %llu needs %llu bytes, more than the maximum %llu",
                        type_name(type), (unsigned long long)capacity, (unsigned long long)bytes,
                        (unsigned long long)WEAVEHEAP_MAX_SIZE);
        return 0;
    }
    weaveheap__object o;
    uint8_t* mem = weaveheap__object_new(r, WEAVEHEAP_HANDLE_KIND_VECTOR, bytes, 64, &o, out_err);
    if (!mem) goto fail;
    vec_head* v = (vec_head*)(void*)mem;
    v->capacity = capacity;
    v->bytes = bytes;
    v->type = type;
    v->validity = nullable ? mem + VEC_HEAD + values : NULL;
    o.slot->data = mem + VEC_HEAD;
    WH_SET(o.slot->size, 0);
    weaveheap_handle_t h = weaveheap__object_handle(&o);
    weaveheap__leave(r);
    return h;
fail:
    weaveheap__leave(r);
    return 0;
}

void weaveheap_vector_release(weaveheap_vector_t vector, weaveheap_error* out_err) {
    weaveheap__object o;
    if (!weaveheap__resolve(vector, WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_VECTOR), &o, out_err)) return;
    if (weaveheap__refuse_borrowed(&o, vector, false, "released", out_err)) return;
    weaveheap__region* r = o.region;
    vec_head* v = head_of(&o);
    uint8_t* mem = (uint8_t*)v;
    uint64_t bytes = v->bytes;
    weaveheap__object_forget_memory(&o, mem, bytes);
    weaveheap__leave(r);
}

/* -- resize ------------------------------------------------------------------------ */

uint8_t* weaveheap__column_alloc(weaveheap__region* r, uint64_t bytes, bool* own_chunk, weaveheap_error* err) {
    uint8_t* mem = weaveheap__bump(r, bytes, 64, err);
    if (!mem) return NULL;
    *own_chunk = weaveheap__wants_own_chunk(r, bytes, 64) && weaveheap__in_fresh_chunk(r, mem);
    if (!*own_chunk) memset(mem, 0, (size_t)bytes); /* bumped from a chunk: fits a size_t */
    weaveheap__add(&r->c.bytes_live, bytes);
    weaveheap__count(&r->c.allocations, 1);
    weaveheap__count(&r->c.bytes_allocated, bytes);
    return mem;
}

void weaveheap__column_moved(weaveheap__object* o, uint8_t* mem, uint64_t bytes, bool own_chunk, uint64_t copied) {
    weaveheap__region* r = o->region;
    weaveheap__slot* s = o->slot;
    vec_head* old = weaveheap__column_head(o);
    uint8_t* old_mem = (uint8_t*)old;
    uint64_t old_bytes = old->bytes;
    ((vec_head*)(void*)mem)->bytes = bytes;
    if (s->flags & WH_SLOT_OWN_CHUNK) weaveheap__own_chunk_free(r, old_mem);
    else if (old_mem + old_bytes == r->cur) weaveheap__unbump(r, old_mem);
    else WH_SET(r->bytes_dead, r->bytes_dead + old_bytes);
    weaveheap__slot_set(s, s->gen, s->kind, (s->flags & ~WH_SLOT_OWN_CHUNK) | (own_chunk ? WH_SLOT_OWN_CHUNK : 0u),
                        s->borrows);
    WH_SET(s->data, mem + VEC_HEAD);
    uint64_t live = weaveheap__get(&r->c.bytes_live);
    if (atomic_load_explicit(&weaveheap__counting, memory_order_relaxed)) {
        weaveheap__add(&r->c.releases, 1);
        if (live > weaveheap__get(&r->c.bytes_peak)) /* the peak, caught up (weaveheap__note_peak) */
            atomic_store_explicit(&r->c.bytes_peak, live, memory_order_relaxed);
        weaveheap__add(&r->c.copies, 1);
        weaveheap__add(&r->c.copy_bytes, copied);
    }
    atomic_store_explicit(&r->c.bytes_live, live - old_bytes, memory_order_relaxed);
}

void weaveheap_vector_resize(weaveheap_vector_t vector, uint64_t capacity, weaveheap_error* out_err) {
    if (capacity > WEAVEHEAP_MAX_SIZE) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "capacity %llu is larger than the maximum %llu",
                        (unsigned long long)capacity, (unsigned long long)WEAVEHEAP_MAX_SIZE);
        return;
    }
    weaveheap__object o;
    if (!weaveheap__resolve(vector, WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_VECTOR), &o, out_err)) return;
    if (weaveheap__refuse_borrowed(&o, vector, false, "resized", out_err)) return;
    vec_head* v = head_of(&o);
    weaveheap__region* r = o.region;
    if (capacity < v->length) {
        weaveheap__leave(r);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                        "vector 0x%016llx: capacity %llu is below its length %llu", (unsigned long long)vector,
                        (unsigned long long)capacity, (unsigned long long)v->length);
        return;
    }
    /* In 64 bits, as create: at most 64 + 2^51 + 2^45, whatever size_t is (wasm32). */
    uint64_t values = round64(value_bytes(v->type, capacity));
    uint64_t bitmap = v->validity ? round64((capacity + 7) / 8) : 0;
    uint64_t bytes = VEC_HEAD + values + bitmap;
    if (bytes > WEAVEHEAP_MAX_SIZE) {
        weaveheap__leave(r);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_OUT_OF_MEMORY,
                        "a %s vector of capacity %llu needs %llu bytes, more than the maximum %llu",
                        type_name(v->type), (unsigned long long)capacity, (unsigned long long)bytes,
                        (unsigned long long)WEAVEHEAP_MAX_SIZE);
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
    uint64_t copied = value_bytes(v->type, v->length);
    memcpy(mem + VEC_HEAD, o.slot->data, (size_t)copied); /* bytes the old allocation held: a size_t */
    if (v->validity) {
        uint64_t map = (v->length + 7) / 8;
        n->validity = mem + VEC_HEAD + values;
        memcpy(n->validity, v->validity, (size_t)map);
        copied += map;
    }
    weaveheap__column_moved(&o, mem, bytes, own_chunk, copied);
    weaveheap__leave(r);
}

/* -- queries ------------------------------------------------------------------------ */

/* Resolves a vector for a query; the caller reads its header and leaves. */
static vec_head* resolve(weaveheap_vector_t h, weaveheap__object* o, weaveheap_error* err) {
    if (!weaveheap__resolve(h, WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_VECTOR), o, err)) return NULL;
    return head_of(o);
}

#define QUERY(field)                                   \
    weaveheap__object o;                               \
    vec_head* v = resolve(vector, &o, out_err);        \
    if (!v) return 0;                                  \
    uint64_t n = v->field;                             \
    weaveheap__leave(o.region);                        \
    return n

uint64_t weaveheap_vector_length(weaveheap_vector_t vector, weaveheap_error* out_err) { QUERY(length); }
uint64_t weaveheap_vector_capacity(weaveheap_vector_t vector, weaveheap_error* out_err) { QUERY(capacity); }
uint64_t weaveheap_vector_null_count(weaveheap_vector_t vector, weaveheap_error* out_err) { QUERY(null_count); }

weaveheap_element_type weaveheap_vector_element_type(weaveheap_vector_t vector, weaveheap_error* out_err) {
    weaveheap__object o;
    vec_head* v = resolve(vector, &o, out_err);
    if (!v) return 0;
    int32_t t = v->type;
    weaveheap__leave(o.region);
    return t;
}

/* -- values --------------------------------------------------------------------------- */

/* Whether `value` fits the integer type t (booleans: 0 or 1). */
static bool fits(int32_t t, int64_t value) {
    switch (t) {
    case WEAVEHEAP_ELEMENT_TYPE_INT8: return value >= INT8_MIN && value <= INT8_MAX;
    case WEAVEHEAP_ELEMENT_TYPE_INT16: return value >= INT16_MIN && value <= INT16_MAX;
    case WEAVEHEAP_ELEMENT_TYPE_INT32: return value >= INT32_MIN && value <= INT32_MAX;
    case WEAVEHEAP_ELEMENT_TYPE_INT64: return true;
    case WEAVEHEAP_ELEMENT_TYPE_UINT8: return value >= 0 && value <= UINT8_MAX;
    case WEAVEHEAP_ELEMENT_TYPE_UINT16: return value >= 0 && value <= UINT16_MAX;
    case WEAVEHEAP_ELEMENT_TYPE_UINT32: return value >= 0 && value <= UINT32_MAX;
    case WEAVEHEAP_ELEMENT_TYPE_UINT64: return value >= 0;
    case WEAVEHEAP_ELEMENT_TYPE_BOOLEAN: return value == 0 || value == 1;
    }
    return false;
}

/* Stores a value that fits (checked) at index i, in the machine's byte order
 * as the Arrow C Data Interface wants. */
static void store(uint8_t* values, int32_t t, uint64_t i, int64_t value) {
    switch (types[t].bits) {
    case 1: bit_set(values, i, value != 0); break;
    case 8: { uint8_t x = (uint8_t)value; memcpy(values + i, &x, 1); break; }
    case 16: { uint16_t x = (uint16_t)value; memcpy(values + 2 * i, &x, 2); break; }
    case 32: { uint32_t x = (uint32_t)value; memcpy(values + 4 * i, &x, 4); break; }
    default: { uint64_t x = (uint64_t)value; memcpy(values + 8 * i, &x, 8); break; }
    }
}

/* The value at index i as 64 bits: sign-extended for signed types. */
static uint64_t load(const uint8_t* values, int32_t t, uint64_t i) {
    switch (t) {
    case WEAVEHEAP_ELEMENT_TYPE_BOOLEAN: return bit_get(values, i);
    case WEAVEHEAP_ELEMENT_TYPE_INT8: { int8_t x; memcpy(&x, values + i, 1); return (uint64_t)(int64_t)x; }
    case WEAVEHEAP_ELEMENT_TYPE_INT16: { int16_t x; memcpy(&x, values + 2 * i, 2); return (uint64_t)(int64_t)x; }
    case WEAVEHEAP_ELEMENT_TYPE_INT32: { int32_t x; memcpy(&x, values + 4 * i, 4); return (uint64_t)(int64_t)x; }
    case WEAVEHEAP_ELEMENT_TYPE_UINT8: { uint8_t x; memcpy(&x, values + i, 1); return x; }
    case WEAVEHEAP_ELEMENT_TYPE_UINT16: { uint16_t x; memcpy(&x, values + 2 * i, 2); return x; }
    case WEAVEHEAP_ELEMENT_TYPE_UINT32: { uint32_t x; memcpy(&x, values + 4 * i, 4); return x; }
    default: { uint64_t x; memcpy(&x, values + 8 * i, 8); return x; }
    }
}

/* Resolves a vector its owner is about to change: no borrow may be out. */
static vec_head* resolve_for_write(weaveheap_vector_t h, weaveheap__object* o, weaveheap_error* err) {
    if (!weaveheap__resolve(h, WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_VECTOR), o, err)) return NULL;
    if (weaveheap__refuse_borrowed(o, h, false, "written by its owner", err)) return NULL;
    return head_of(o);
}

/* Refuses (and leaves) a value the vector cannot take: floats go in by
 * `extend`, integers must fit the type. */
static bool value_refused(weaveheap_vector_t h, weaveheap__object* o, const vec_head* v, int64_t value,
                          weaveheap_error* err) {
    if (is_float(v->type)) {
        weaveheap__leave(o->region);
        weaveheap__fail(err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                        "vector 0x%016llx holds %s values: an integer cannot be stored (extend takes their bytes)",
                        (unsigned long long)h, type_name(v->type));
        return true;
    }
    if (!fits(v->type, value)) {
        weaveheap__leave(o->region);
        weaveheap__fail(err, WEAVEHEAP_ERR_OUT_OF_RANGE, "vector 0x%016llx: %lld does not fit its type %s",
                        (unsigned long long)h, (long long)value, type_name(v->type));
        return true;
    }
    return false;
}

/* Refuses (and leaves) adding n values past the capacity. */
static bool full_refused(weaveheap_vector_t h, weaveheap__object* o, const vec_head* v, uint64_t n,
                         weaveheap_error* err) {
    if (n <= v->capacity - v->length) return false;
    weaveheap__leave(o->region);
    weaveheap__fail(err, WEAVEHEAP_ERR_OUT_OF_RANGE,
                    "vector 0x%016llx: %llu more values do not fit (length %llu, capacity %llu)",
                    (unsigned long long)h, (unsigned long long)n, (unsigned long long)v->length,
                    (unsigned long long)v->capacity);
    return true;
}

/* Refuses (and leaves) an index at or past the length. */
static bool index_refused(weaveheap_vector_t h, weaveheap__object* o, const vec_head* v, uint64_t index,
                          weaveheap_error* err) {
    if (index < v->length) return false;
    weaveheap__leave(o->region);
    weaveheap__fail(err, WEAVEHEAP_ERR_OUT_OF_RANGE, "vector 0x%016llx: index %llu is past its length %llu",
                    (unsigned long long)h, (unsigned long long)index, (unsigned long long)v->length);
    return true;
}

/* The vector grew to n values: the view's size follows. */
static void grown(weaveheap__object* o, vec_head* v, uint64_t n) {
    v->length = n;
    WH_SET(o->slot->size, value_bytes(v->type, n));
}

void weaveheap_vector_append(weaveheap_vector_t vector, int64_t value, weaveheap_error* out_err) {
    weaveheap__object o;
    vec_head* v = resolve_for_write(vector, &o, out_err);
    if (!v || value_refused(vector, &o, v, value, out_err) || full_refused(vector, &o, v, 1, out_err)) return;
    store(o.slot->data, v->type, v->length, value);
    if (v->validity) bit_set(v->validity, v->length, true);
    grown(&o, v, v->length + 1);
    weaveheap__leave(o.region);
}

void weaveheap_vector_append_null(weaveheap_vector_t vector, weaveheap_error* out_err) {
    weaveheap__object o;
    vec_head* v = resolve_for_write(vector, &o, out_err);
    if (!v) return;
    if (!v->validity) {
        weaveheap__leave(o.region);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                        "vector 0x%016llx was made without nullable: it holds no nulls", (unsigned long long)vector);
        return;
    }
    if (full_refused(vector, &o, v, 1, out_err)) return;
    /* the value bytes are still zero: nothing was stored at or past the length */
    v->null_count++;
    grown(&o, v, v->length + 1);
    weaveheap__leave(o.region);
}

void weaveheap_vector_extend(weaveheap_vector_t vector, const uint8_t* data, uint64_t data_len,
                             weaveheap_error* out_err) {
    if (!data && data_len) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "data is NULL with a length of %llu",
                        (unsigned long long)data_len);
        return;
    }
    if (!weaveheap__span_fits(data, data_len)) {
        weaveheap__span_refused(data, data_len, "data", out_err);
        return;
    }
    weaveheap__object o;
    vec_head* v = resolve_for_write(vector, &o, out_err);
    if (!v) return;
    unsigned bits = types[v->type].bits;
    uint64_t width = bits == 1 ? 1 : bits / 8;
    if (data_len % width) {
        weaveheap__leave(o.region);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                        "vector 0x%016llx: %llu bytes are not a whole number of %s values (%llu bytes each)",
                        (unsigned long long)vector, (unsigned long long)data_len, type_name(v->type),
                        (unsigned long long)width);
        return;
    }
    uint64_t n = data_len / width;
    if (bits == 1) {
        for (uint64_t i = 0; i < n; i++) {
            if (data[i] > 1) {
                weaveheap__leave(o.region);
                weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                                "vector 0x%016llx: byte %llu is %u, not a boolean (0 or 1)",
                                (unsigned long long)vector, (unsigned long long)i, (unsigned)data[i]);
                return;
            }
        }
    }
    if (full_refused(vector, &o, v, n, out_err)) return;
    uint8_t* values = o.slot->data;
    if (bits == 1) {
        for (uint64_t i = 0; i < n; i++) bit_set(values, v->length + i, data[i]);
    } else if (n) {
        memcpy(values + v->length * width, data, (size_t)data_len); /* within the vector: fits */
    }
    if (v->validity)
        for (uint64_t i = 0; i < n; i++) bit_set(v->validity, v->length + i, true);
    grown(&o, v, v->length + n);
    weaveheap__count(&o.region->c.copies, 1);
    weaveheap__count(&o.region->c.copy_bytes, data_len);
    weaveheap__leave(o.region);
}

void weaveheap_vector_set(weaveheap_vector_t vector, uint64_t index, int64_t value, weaveheap_error* out_err) {
    weaveheap__object o;
    vec_head* v = resolve_for_write(vector, &o, out_err);
    if (!v || value_refused(vector, &o, v, value, out_err) || index_refused(vector, &o, v, index, out_err)) return;
    store(o.slot->data, v->type, index, value);
    if (v->validity && !bit_get(v->validity, index)) {
        bit_set(v->validity, index, true);
        v->null_count--;
    }
    weaveheap__leave(o.region);
}

int64_t weaveheap_vector_get(weaveheap_vector_t vector, uint64_t index, weaveheap_error* out_err) {
    weaveheap__object o;
    vec_head* v = resolve(vector, &o, out_err);
    if (!v || weaveheap__refuse_borrowed(&o, vector, true, "read by its owner", out_err)) return 0;
    if (is_float(v->type)) {
        weaveheap__leave(o.region);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                        "vector 0x%016llx holds %s values, not integers (read them with read or a view)",
                        (unsigned long long)vector, type_name(v->type));
        return 0;
    }
    if (index_refused(vector, &o, v, index, out_err)) return 0;
    uint64_t x = load(o.slot->data, v->type, index);
    weaveheap__leave(o.region);
    if (v->type == WEAVEHEAP_ELEMENT_TYPE_UINT64 && x > INT64_MAX) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_OUT_OF_RANGE,
                        "vector 0x%016llx: the uint64 %llu at index %llu does not fit an i64",
                        (unsigned long long)vector, (unsigned long long)x, (unsigned long long)index);
        return 0;
    }
    return (int64_t)x;
}

/* -- floats: append_f64 / set_f64 / get_f64 --------------------------------------------- */

/* Refuses (and leaves) a float for a vector that does not hold floats, or a
 * finite value beyond float32's range for a float32 vector (C leaves that
 * conversion undefined); NaN and the infinities are stored as they are. */
static bool float_refused(weaveheap_vector_t h, weaveheap__object* o, const vec_head* v, const double* value,
                          weaveheap_error* err) {
    if (!is_float(v->type)) {
        weaveheap__leave(o->region);
        weaveheap__fail(err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                        "vector 0x%016llx holds %s values, not floats (use append, set and get)",
                        (unsigned long long)h, type_name(v->type));
        return true;
    }
    /* x - x is 0 for a finite x, NaN for an infinity or NaN (no <math.h>:
     * the wasm core has no libc) */
    if (value && v->type == WEAVEHEAP_ELEMENT_TYPE_FLOAT32 && *value - *value == 0
        && (*value > FLT_MAX || *value < -FLT_MAX)) {
        weaveheap__leave(o->region);
        /* the value is not printed: the wasm core's vsnprintf has no %g */
        weaveheap__fail(err, WEAVEHEAP_ERR_OUT_OF_RANGE,
                        "vector 0x%016llx: a finite value beyond +-3.4e38 does not fit its type float32",
                        (unsigned long long)h);
        return true;
    }
    return false;
}

static void store_float(uint8_t* values, int32_t t, uint64_t i, double value) {
    if (t == WEAVEHEAP_ELEMENT_TYPE_FLOAT32) {
        float x = (float)value;   /* in range (checked), or NaN / infinite */
        memcpy(values + 4 * i, &x, 4);
    } else {
        memcpy(values + 8 * i, &value, 8);
    }
}

void weaveheap_vector_append_f64(weaveheap_vector_t vector, double value, weaveheap_error* out_err) {
    weaveheap__object o;
    vec_head* v = resolve_for_write(vector, &o, out_err);
    if (!v || float_refused(vector, &o, v, &value, out_err) || full_refused(vector, &o, v, 1, out_err)) return;
    store_float(o.slot->data, v->type, v->length, value);
    if (v->validity) bit_set(v->validity, v->length, true);
    grown(&o, v, v->length + 1);
    weaveheap__leave(o.region);
}

void weaveheap_vector_set_f64(weaveheap_vector_t vector, uint64_t index, double value, weaveheap_error* out_err) {
    weaveheap__object o;
    vec_head* v = resolve_for_write(vector, &o, out_err);
    if (!v || index_refused(vector, &o, v, index, out_err) || float_refused(vector, &o, v, &value, out_err)) return;
    store_float(o.slot->data, v->type, index, value);
    if (v->validity && !bit_get(v->validity, index)) {
        bit_set(v->validity, index, true);
        v->null_count--;
    }
    weaveheap__leave(o.region);
}

double weaveheap_vector_get_f64(weaveheap_vector_t vector, uint64_t index, weaveheap_error* out_err) {
    weaveheap__object o;
    vec_head* v = resolve(vector, &o, out_err);
    if (!v || weaveheap__refuse_borrowed(&o, vector, true, "read by its owner", out_err)) return 0;
    if (index_refused(vector, &o, v, index, out_err) || float_refused(vector, &o, v, NULL, out_err)) return 0;
    double x;
    if (v->type == WEAVEHEAP_ELEMENT_TYPE_FLOAT32) {
        float f;
        memcpy(&f, o.slot->data + 4 * index, 4);
        x = f;
    } else {
        memcpy(&x, o.slot->data + 8 * index, 8);
    }
    weaveheap__leave(o.region);
    return x;
}

bool weaveheap_vector_is_valid(weaveheap_vector_t vector, uint64_t index, weaveheap_error* out_err) {
    weaveheap__object o;
    vec_head* v = resolve(vector, &o, out_err);
    if (!v || index_refused(vector, &o, v, index, out_err)) return false;
    bool valid = !v->validity || bit_get(v->validity, index);
    weaveheap__leave(o.region);
    return valid;
}

/* What vector.read and var_vector.read do: copies dst_len bytes of the
 * column `h` of `kind` from `offset` of its values (a vector's value bytes,
 * a var_vector's data bytes) into dst, counted as a copy. */
void weaveheap__column_read(weaveheap_handle_t h, unsigned kind, uint64_t offset, uint8_t* dst, uint64_t dst_len,
                            weaveheap_error* err) {
    if (!dst && dst_len) {
        weaveheap__fail(err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "dst is NULL with a length of %llu",
                        (unsigned long long)dst_len);
        return;
    }
    weaveheap__object o;
    if (!weaveheap__resolve(h, WH_KIND_BIT(kind), &o, err)) return;
    if (weaveheap__refuse_borrowed(&o, h, true, "read by its owner", err)) return;
    uint64_t size = o.slot->size;
    if (offset > size || dst_len > size - offset) {
        weaveheap__leave(o.region);
        weaveheap__fail(err, WEAVEHEAP_ERR_OUT_OF_RANGE, "%s 0x%016llx: %llu bytes at offset %llu reach past its %llu %s",
                        weaveheap__kind_name(kind), (unsigned long long)h, (unsigned long long)dst_len,
                        (unsigned long long)offset, (unsigned long long)size,
                        kind == WEAVEHEAP_HANDLE_KIND_VECTOR ? "value bytes" : "data bytes");
        return;
    }
    if (!weaveheap__span_fits(dst, dst_len)) {
        weaveheap__leave(o.region);
        weaveheap__span_refused(dst, dst_len, "dst", err);
        return;
    }
    if (dst_len) memcpy(dst, o.slot->data + offset, (size_t)dst_len); /* within the column: fits */
    weaveheap__count(&o.region->c.copies, 1);
    weaveheap__count(&o.region->c.copy_bytes, dst_len);
    weaveheap__leave(o.region);
}

void weaveheap_vector_read(weaveheap_vector_t vector, uint64_t offset, uint8_t* dst, uint64_t dst_len,
                           weaveheap_error* out_err) {
    weaveheap__column_read(vector, WEAVEHEAP_HANDLE_KIND_VECTOR, offset, dst, dst_len, out_err);
}

/* -- Arrow C Data Interface (arrow_abi.h) ------------------------------------------------ */

void weaveheap__vector_arrow_of(const weaveheap__slot* s, weaveheap__vector_arrow* out) {
    const vec_head* v = (const vec_head*)(const void*)(s->data - VEC_HEAD);
    out->format = types[v->type].format;
    out->length = v->length;
    out->null_count = v->null_count;
    out->validity = v->validity;
    out->values = v->offsets ? (const void*)v->offsets : s->data;
    out->data = v->offsets ? s->data : NULL;
    out->n_buffers = v->offsets ? 3 : 2;
    /* the room of each buffer in the allocation (the validator reads within it) */
    out->validity_size = v->validity ? round64((v->capacity + 7) / 8) : 0;
    out->values_size = v->offsets ? round64((v->capacity + 1) * 4) : round64(value_bytes(v->type, v->capacity));
    out->data_size = v->offsets ? v->data_capacity : 0;
}

/* What an exported array owns: the borrow that keeps the vector, and its
 * buffer list. */
typedef struct export_state {
    weaveheap_borrow_t token;
    const void* buffers[3];
} export_state;

/* The schema points only at static text: releasing it marks it released. */
static void schema_release(struct ArrowSchema* s) {
    if (s) s->release = NULL;
}

/* Gives the borrow back. Marks the struct released, so that a second call
 * (through a saved pointer) finds nothing to do. */
static void array_release(struct ArrowArray* a) {
    if (!a || !a->release) return;
    export_state* st = a->private_data;
    a->release = NULL;
    a->private_data = NULL;
    if (!st) return;
    weaveheap_borrow_release(st->token, NULL);
    weaveheap__free(st);
}

void weaveheap_vector_export_arrow(weaveheap_vector_t vector, uint8_t* schema, uint8_t* array,
                                   weaveheap_error* out_err) {
    weaveheap__column_export(vector, WEAVEHEAP_HANDLE_KIND_VECTOR, schema, array, out_err);
}

void weaveheap__column_export(weaveheap_handle_t vector, unsigned kind, uint8_t* schema, uint8_t* array,
                              weaveheap_error* out_err) {
    if (!schema || !array) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "%s must not be NULL", schema ? "array" : "schema");
        return;
    }
    /* Its kind first: borrow_shared takes any memory handle. */
    weaveheap__object o;
    if (!weaveheap__resolve(vector, WH_KIND_BIT(kind), &o, out_err)) return;
    weaveheap__leave(o.region);
    export_state* st = weaveheap__malloc(sizeof *st);
    if (!st) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for an Arrow export");
        return;
    }
    weaveheap_view view;
    st->token = weaveheap_borrow_shared(vector, &view, out_err);
    if (!st->token) {
        weaveheap__free(st);
        return;
    }
    /* Under the shared borrow nothing changes the vector: its header is read without the region entered. */
    const vec_head* v = (const vec_head*)(const void*)(view.data - VEC_HEAD);
    st->buffers[0] = v->validity;
    st->buffers[1] = v->offsets ? (const void*)v->offsets : view.data;
    st->buffers[2] = view.data; /* a var_vector's data bytes */
    struct ArrowArray* a = (struct ArrowArray*)(void*)array;
    *a = (struct ArrowArray){
        .length = (int64_t)v->length, /* at most 2^48 */
        .null_count = (int64_t)v->null_count,
        .offset = 0,
        .n_buffers = v->offsets ? 3 : 2,
        .n_children = 0,
        .buffers = st->buffers,
        .children = NULL,
        .dictionary = NULL,
        .release = array_release,
        .private_data = st,
    };
    struct ArrowSchema* s = (struct ArrowSchema*)(void*)schema;
    *s = (struct ArrowSchema){
        .format = types[v->type].format,
        .name = "",
        .metadata = NULL,
        .flags = v->validity ? ARROW_FLAG_NULLABLE : 0,
        .n_children = 0,
        .children = NULL,
        .dictionary = NULL,
        .release = schema_release,
        .private_data = NULL,
    };
}
