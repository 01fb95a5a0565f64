/* List columns: Arrow's list ("+l") and map ("+m") layouts over one child
 * column, so that Arrow C Data exports read them in place.
 *
 * One allocation from the region (64-byte aligned, column.h's list_head):
 *   [header, 128 bytes][int32 offsets, capacity + 1 of them, rounded up to
 *   64][validity bitmap, rounded up to 64, nullable columns only]
 * The slot's data is the header. The list holds its child (a shared borrow,
 * as a batch holds its columns) from create to release, so the child's
 * length is what the offsets say: only the list appends to it. */
#include "arrow_abi.h"
#include "column.h"

#include <stdio.h>
#include <string.h>

#define KIND WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_LIST_VECTOR)

enum { LIST_HEAD = 128 }; /* the header's room, a multiple of 64 */
_Static_assert(sizeof(list_head) <= LIST_HEAD, "the header fits its room");

static list_head* resolve(weaveheap_list_vector_t h, weaveheap__object* o, weaveheap_error* err) {
    if (!weaveheap__resolve(h, KIND, o, err)) return NULL;
    return weaveheap__list_head(o->slot);
}

/* Leaves r and fails with a message about list h. */
static void refused(weaveheap__region* r, weaveheap_error* err, int32_t code, const char* fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void refused(weaveheap__region* r, weaveheap_error* err, int32_t code, const char* fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (r) weaveheap__leave(r);
    weaveheap__fail(err, code, "%s", msg);
}

/* -- make and release ------------------------------------------------------------ */

/* Why `child` cannot be a map's entries, or NULL. */
static const char* bad_entries(const weaveheap__slot* child) {
    if (child->kind != WEAVEHEAP_HANDLE_KIND_BATCH) return "a map's child must be a batch of a key and a value column";
    const batch_head* b = weaveheap__batch_head(child);
    if (b->num_columns != 2) return "a map's child must be a batch of exactly two columns (key, value)";
    const weaveheap__slot* key = b->columns[0].slot;
    if (key->kind != WEAVEHEAP_HANDLE_KIND_VECTOR && key->kind != WEAVEHEAP_HANDLE_KIND_VAR_VECTOR)
        return "a map's key column must be a vector or a var_vector";
    if (weaveheap__node_nullable(key)) return "a map's key column must not be nullable";
    return NULL;
}

weaveheap_list_vector_t weaveheap_list_vector_create(weaveheap_region_t region, weaveheap_handle_t child,
                                                     uint64_t capacity, bool nullable, bool map,
                                                     weaveheap_error* out_err) {
    if (capacity > WEAVEHEAP_MAX_SIZE) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "capacity %llu is larger than the maximum %llu",
                        (unsigned long long)capacity, (unsigned long long)WEAVEHEAP_MAX_SIZE);
        return 0;
    }
    /* In 64 bits: at most 128 + 2^50 + 2^45, whatever size_t is (wasm32). */
    uint64_t offsets = weaveheap__round64((capacity + 1) * 4);
    uint64_t bitmap = nullable ? weaveheap__round64((capacity + 7) / 8) : 0;
    uint64_t bytes = LIST_HEAD + offsets + bitmap;
    weaveheap__region* r;
    if (!weaveheap__region_enter(region, &r, out_err)) return 0;
    weaveheap__object c;
    bool elsewhere;
    if (!weaveheap__resolve_in(r, child, WH_COLUMN_KINDS, &c, &elsewhere, out_err)) {
        weaveheap__leave(r);
        if (!elsewhere) return 0;
        if (!weaveheap__resolve(child, WH_COLUMN_KINDS, &c, out_err)) return 0;
        weaveheap__leave(c.region);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "the child %s 0x%016llx is in another region",
                        weaveheap__kind_name(weaveheap__handle_kind_bits(child)), (unsigned long long)child);
        return 0;
    }
    const char* kind = weaveheap__kind_name(c.slot->kind);
    if (c.slot->borrows < 0) {
        weaveheap__count(&r->c.borrow_conflicts, 1);
        refused(r, out_err, WEAVEHEAP_ERR_BORROW_CONFLICT, "the child %s 0x%016llx is borrowed unique", kind,
                (unsigned long long)child);
        return 0;
    }
    uint64_t child_length = weaveheap__node_length(c.slot);
    if (child_length) {
        refused(r, out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                "the child %s 0x%016llx has %llu values: a list starts over an empty child", kind,
                (unsigned long long)child, (unsigned long long)child_length);
        return 0;
    }
    const char* why = map ? bad_entries(c.slot) : NULL;
    if (why) {
        refused(r, out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "the child %s 0x%016llx: %s", kind,
                (unsigned long long)child, why);
        return 0;
    }
    uint32_t depth = weaveheap__node_depth(c.slot), nodes = weaveheap__node_nodes(c.slot);
    if (depth >= WH_NEST_MAX_DEPTH || nodes >= WH_NEST_MAX_NODES) {
        refused(r, out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                "the child %s 0x%016llx nests %u levels and %u columns: a list holds at most %d levels and %d "
                "columns in all",
                kind, (unsigned long long)child, (unsigned)depth, (unsigned)nodes, WH_NEST_MAX_DEPTH,
                WH_NEST_MAX_NODES);
        return 0;
    }
    if (bytes > WEAVEHEAP_MAX_SIZE) { /* no region can hold it, on any target width */
        refused(r, out_err, WEAVEHEAP_ERR_OUT_OF_MEMORY,
                "a list column of capacity %llu needs %llu bytes, more than the maximum %llu",
                (unsigned long long)capacity, (unsigned long long)bytes, (unsigned long long)WEAVEHEAP_MAX_SIZE);
        return 0;
    }
    weaveheap__object o;
    uint8_t* mem = weaveheap__object_new(r, WEAVEHEAP_HANDLE_KIND_LIST_VECTOR, bytes, 64, &o, out_err);
    if (!mem) {
        weaveheap__leave(r);
        return 0;
    }
    list_head* l = (list_head*)(void*)mem;
    l->capacity = capacity;
    l->bytes = bytes;
    l->offsets = (int32_t*)(void*)(mem + LIST_HEAD); /* zeroed: offsets[0] is 0 */
    l->validity = nullable ? mem + LIST_HEAD + offsets : NULL;
    l->child = child;
    l->child_slot = c.slot;
    l->depth = depth + 1;
    l->nodes = nodes + 1;
    l->map = map;
    o.slot->data = mem;
    WH_SET(o.slot->size, bytes);
    weaveheap__hold(&c);
    weaveheap_handle_t h = weaveheap__object_handle(&o);
    weaveheap__leave(r);
    return h;
}

void weaveheap_list_vector_release(weaveheap_list_vector_t list, weaveheap_error* out_err) {
    weaveheap__object o;
    list_head* l = resolve(list, &o, out_err);
    if (!l || weaveheap__refuse_borrowed(&o, list, false, "released (an export or a batch holds it)", out_err))
        return;
    weaveheap__region* r = o.region;
    weaveheap__unhold(r, l->child_slot);
    weaveheap__object_forget_memory(&o, (uint8_t*)l, l->bytes);
    weaveheap__leave(r);
}

/* -- queries ------------------------------------------------------------------------ */

#define QUERY(expr)                              \
    weaveheap__object o;                         \
    list_head* l = resolve(list, &o, out_err);   \
    if (!l) return 0;                            \
    uint64_t n = (expr);                         \
    weaveheap__leave(o.region);                  \
    return n

uint64_t weaveheap_list_vector_length(weaveheap_list_vector_t list, weaveheap_error* out_err) { QUERY(l->length); }
uint64_t weaveheap_list_vector_capacity(weaveheap_list_vector_t list, weaveheap_error* out_err) {
    QUERY(l->capacity);
}
uint64_t weaveheap_list_vector_null_count(weaveheap_list_vector_t list, weaveheap_error* out_err) {
    QUERY(l->null_count);
}
bool weaveheap_list_vector_is_map(weaveheap_list_vector_t list, weaveheap_error* out_err) { QUERY(l->map) != 0; }

/* Resolves a list and an index below its length, or fails (left). */
static list_head* resolve_index(weaveheap_list_vector_t h, uint64_t index, weaveheap__object* o,
                                weaveheap_error* err) {
    list_head* l = resolve(h, o, err);
    if (!l) return NULL;
    if (index >= l->length) {
        refused(o->region, err, WEAVEHEAP_ERR_OUT_OF_RANGE, "list_vector 0x%016llx: index %llu is past its length %llu",
                (unsigned long long)h, (unsigned long long)index, (unsigned long long)l->length);
        return NULL;
    }
    return l;
}

bool weaveheap_list_vector_is_valid(weaveheap_list_vector_t list, uint64_t index, weaveheap_error* out_err) {
    weaveheap__object o;
    list_head* l = resolve_index(list, index, &o, out_err);
    if (!l) return false;
    bool valid = !l->validity || weaveheap__bit_get(l->validity, index);
    weaveheap__leave(o.region);
    return valid;
}

uint64_t weaveheap_list_vector_value_offset(weaveheap_list_vector_t list, uint64_t index, weaveheap_error* out_err) {
    weaveheap__object o;
    list_head* l = resolve_index(list, index, &o, out_err);
    if (!l) return 0;
    uint64_t at = (uint64_t)l->offsets[index];
    weaveheap__leave(o.region);
    return at;
}

uint64_t weaveheap_list_vector_value_length(weaveheap_list_vector_t list, uint64_t index, weaveheap_error* out_err) {
    weaveheap__object o;
    list_head* l = resolve_index(list, index, &o, out_err);
    if (!l) return 0;
    uint64_t n = (uint64_t)(l->offsets[index + 1] - l->offsets[index]);
    weaveheap__leave(o.region);
    return n;
}

/* -- values ------------------------------------------------------------------------- */

static list_head* resolve_for_write(weaveheap_list_vector_t h, weaveheap__object* o, weaveheap_error* err) {
    list_head* l = resolve(h, o, err);
    if (!l || weaveheap__refuse_borrowed(o, h, false, "written by its owner (an export or a batch holds it)", err))
        return NULL;
    return l;
}

void weaveheap_list_vector_append(weaveheap_list_vector_t list, const uint8_t* value, uint64_t value_len,
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
    list_head* l = resolve_for_write(list, &o, out_err);
    if (!l) return;
    weaveheap__region* r = o.region;
    /* Only the list may hold the child it writes (and the child's children). */
    char path[WH_NEST_MAX_DEPTH * WH_COLUMN_NAME_ROOM];
    if (weaveheap__node_shared_child(o.slot, path, sizeof path)) {
        weaveheap__count(&r->c.borrow_conflicts, 1);
        refused(r, out_err, WEAVEHEAP_ERR_BORROWED,
                "list_vector 0x%016llx: column '%s' is borrowed by another holder (a view, an export, a batch or "
                "a list): no value can be appended",
                (unsigned long long)list, path);
        return;
    }
    weaveheap__codec* c = weaveheap__codec_new(value, value_len, l->nodes);
    if (!c) {
        refused(r, out_err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory to check a value");
        return;
    }
    int32_t code;
    const char* why = weaveheap__codec_check_items(c, o.slot, 0, &code);
    if (!why && weaveheap__codec_pos(c) != value_len) {
        code = WEAVEHEAP_ERR_INVALID_ARGUMENT;
        why = "bytes are left over after its items";
    }
    if (why) {
        const char* path_at = weaveheap__codec_path(c);
        refused(r, out_err, code, "list_vector 0x%016llx: list %llu, column '%s' (at byte %llu of the value): %s",
                (unsigned long long)list, (unsigned long long)l->length, path_at[0] ? path_at : "(the list)",
                (unsigned long long)weaveheap__codec_at(c), why);
        weaveheap__codec_free(c);
        return;
    }
    weaveheap__codec_rewind(c);
    weaveheap__codec_store_items(c, o.slot);
    weaveheap__codec_free(c);
    weaveheap__count(&r->c.copies, 1);
    weaveheap__count(&r->c.copy_bytes, value_len);
    weaveheap__leave(r);
}

void weaveheap_list_vector_append_null(weaveheap_list_vector_t list, weaveheap_error* out_err) {
    weaveheap__object o;
    list_head* l = resolve_for_write(list, &o, out_err);
    if (!l) return;
    const char* why = !l->validity ? "was made without nullable: it holds no nulls"
                      : l->length == l->capacity ? "is full"
                                                 : NULL;
    if (why) {
        refused(o.region, out_err, l->validity ? WEAVEHEAP_ERR_OUT_OF_RANGE : WEAVEHEAP_ERR_INVALID_ARGUMENT,
                "list_vector 0x%016llx %s", (unsigned long long)list, why);
        return;
    }
    l->offsets[l->length + 1] = l->offsets[l->length]; /* an empty list; its validity bit is still 0 */
    l->null_count++;
    l->length++;
    weaveheap__leave(o.region);
}

/* -- maps ------------------------------------------------------------------------------ */

/* A failure returns 0 (as every failed call does), "not found" -1. */
int64_t weaveheap_list_vector_lookup(weaveheap_list_vector_t map, uint64_t index, const uint8_t* key,
                                     uint64_t key_len, weaveheap_error* out_err) {
    if (!key && key_len) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "key is NULL with a length of %llu",
                        (unsigned long long)key_len);
        return 0;
    }
    if (!weaveheap__span_fits(key, key_len)) {
        weaveheap__span_refused(key, key_len, "key", out_err);
        return 0;
    }
    weaveheap__object o;
    list_head* l = resolve(map, &o, out_err);
    if (!l) return 0;
    if (index >= l->length) {
        refused(o.region, out_err, WEAVEHEAP_ERR_OUT_OF_RANGE, "list_vector 0x%016llx: index %llu is past its length %llu",
                (unsigned long long)map, (unsigned long long)index, (unsigned long long)l->length);
        return 0;
    }
    if (!l->map) {
        refused(o.region, out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                "list_vector 0x%016llx is not a map: it has no keys to look up", (unsigned long long)map);
        return 0;
    }
    /* The key column: a vector or var_vector, not nullable (bad_entries). */
    const weaveheap__slot* ks = weaveheap__batch_head(l->child_slot)->columns[0].slot;
    const vec_head* k = (const vec_head*)(const void*)(ks->data - VEC_HEAD);
    unsigned bits = weaveheap__element_bits(k->type);
    uint64_t width = bits == 1 ? 1 : bits / 8;
    if (!k->offsets && key_len != width) {
        refused(o.region, out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                "list_vector 0x%016llx: wrong key type/size: a %s key is %llu bytes, not %llu", (unsigned long long)map,
                weaveheap__element_type_name(k->type), (unsigned long long)width, (unsigned long long)key_len);
        return 0;
    }
    int64_t found = -1;
    for (uint64_t row = (uint64_t)l->offsets[index]; row < (uint64_t)l->offsets[index + 1] && found < 0; row++) {
        bool same;
        if (k->offsets) {
            uint64_t at = (uint64_t)k->offsets[row], n = (uint64_t)(k->offsets[row + 1] - k->offsets[row]);
            same = n == key_len && (n == 0 || memcmp(ks->data + at, key, (size_t)n) == 0);
        } else if (bits == 1) {
            same = key[0] <= 1 && weaveheap__bit_get(ks->data, row) == (key[0] == 1);
        } else {
            same = memcmp(ks->data + row * width, key, (size_t)width) == 0;
        }
        if (same) found = (int64_t)row; /* below 2^31: an int32 offset */
    }
    weaveheap__leave(o.region);
    return found;
}

/* -- Arrow C Data Interface (nested.c) --------------------------------------------------- */

void weaveheap_list_vector_export_arrow(weaveheap_list_vector_t list, uint8_t* schema, uint8_t* array,
                                        weaveheap_error* out_err) {
    if (!schema || !array) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "%s must not be NULL", schema ? "array" : "schema");
        return;
    }
    weaveheap__object o;
    list_head* l = resolve(list, &o, out_err);
    if (!l) return;
    struct ArrowSchema s;
    if (!weaveheap__node_schema_fill(o.slot, &s)) {
        refused(o.region, out_err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for an Arrow export of a list column");
        return;
    }
    if (!weaveheap__node_array_fill(&o, list, (struct ArrowArray*)(void*)array)) {
        s.release(&s);
        refused(o.region, out_err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for an Arrow export of a list column");
        return;
    }
    memcpy(schema, &s, sizeof s); /* filled only once nothing can fail */
    weaveheap__leave(o.region);
}
