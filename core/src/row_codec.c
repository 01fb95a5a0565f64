/* The value encoding of batch.append_row and list_vector.append
 * (docs/arrow.md), once, recursive over a column tree: a tag byte (0: null,
 * 1: a value) and then
 *   a fixed-width column's value: its width in the machine's byte order
 *     (one byte, 0 or 1, for boolean);
 *   a utf8 or binary value: a u32 length, then the bytes;
 *   a struct column's (a batch's) value: each of its columns' values;
 *   a list's value: a u32 count, then that many values of its child.
 * Every value is checked first, noting per column of the tree (by its
 * pre-order index) how many values and data bytes the row adds, so that a
 * full column anywhere refuses the whole row; then the values are stored.
 * The tree is at most WH_NEST_MAX_DEPTH deep: the recursion is shallow. */
#include "column.h"

#include <stdio.h>
#include <string.h>

typedef struct pending {
    uint64_t values, data; /* what the row adds to the column */
} pending;

struct weaveheap__codec {
    const uint8_t* in;
    uint64_t len, pos;
    uint64_t at; /* the byte of the value at fault */
    pending* pend;
    uint32_t nodes;
    char path[WH_NEST_MAX_DEPTH * WH_COLUMN_NAME_ROOM];
    pending room[]; /* nodes of them */
};

weaveheap__codec* weaveheap__codec_new(const uint8_t* in, uint64_t len, uint32_t nodes) {
    weaveheap__codec* c = weaveheap__malloc(sizeof *c + (size_t)nodes * sizeof(pending)); /* nodes <= 2^16 */
    if (!c) return NULL;
    c->in = in;
    c->len = len;
    c->pos = 0;
    c->at = 0;
    c->pend = c->room;
    c->nodes = nodes;
    c->path[0] = 0;
    memset(c->room, 0, (size_t)nodes * sizeof(pending));
    return c;
}

void weaveheap__codec_free(weaveheap__codec* c) { weaveheap__free(c); }
const char* weaveheap__codec_path(const weaveheap__codec* c) { return c->path; }
uint64_t weaveheap__codec_at(const weaveheap__codec* c) { return c->at; }
uint64_t weaveheap__codec_pos(const weaveheap__codec* c) { return c->pos; }
void weaveheap__codec_rewind(weaveheap__codec* c) { c->pos = 0; }

static bool take_u32(weaveheap__codec* c, uint32_t* out) {
    if (c->len - c->pos < 4) return false;
    memcpy(out, c->in + c->pos, 4);
    c->pos += 4;
    return true;
}

static const char* check_leaf(weaveheap__codec* c, const weaveheap__slot* s, uint32_t index, bool null,
                              int32_t* code) {
    const vec_head* v = (const vec_head*)(const void*)(s->data - VEC_HEAD);
    pending* p = &c->pend[index];
    uint64_t len = 0;
    if (null) {
        if (!v->validity) return "a null, but the column was made without nullable";
    } else if (v->offsets) {
        uint32_t n;
        if (!take_u32(c, &n)) return "the value ends inside its length";
        if (n > c->len - c->pos) return "the value ends inside its bytes";
        const uint8_t* at = c->in + c->pos;
        c->pos += n;
        len = n;
        if (v->type == WEAVEHEAP_ELEMENT_TYPE_UTF8 && weaveheap__utf8_check(at, n) != n) return "its value is not UTF-8";
    } else {
        unsigned bits = weaveheap__element_bits(v->type);
        uint64_t width = bits == 1 ? 1 : bits / 8;
        if (c->len - c->pos < width) return "the value ends inside its bytes";
        if (bits == 1 && c->in[c->pos] > 1) return "a boolean is 0 or 1";
        c->pos += width;
    }
    *code = WEAVEHEAP_ERR_OUT_OF_RANGE;
    if (v->length + p->values >= v->capacity) return "the column is full";
    if (v->offsets && len > (uint64_t)v->data_capacity - (uint64_t)v->offsets[v->length] - p->data)
        return "the value does not fit the column's data bytes";
    p->values++;
    p->data += len;
    return NULL;
}

static const char* check_value(weaveheap__codec* c, const weaveheap__slot* s, uint32_t index, int32_t* code);

/* The items of a list (a u32 count, then the child's values). */
static const char* check_items(weaveheap__codec* c, const weaveheap__slot* s, uint32_t index, int32_t* code) {
    const list_head* l = weaveheap__list_head(s);
    uint32_t n;
    if (!take_u32(c, &n)) return "the value ends inside its count";
    if (n > c->len - c->pos) return "the value ends before its items"; /* each item takes a byte at least */
    size_t end = strlen(c->path);
    snprintf(c->path + end, sizeof c->path - end, "%s%s", end ? "." : "", l->map ? "entries" : "item");
    for (uint32_t i = 0; i < n; i++) {
        const char* why = check_value(c, l->child_slot, index + 1, code);
        if (why) return why;
    }
    c->path[end] = 0;
    *code = WEAVEHEAP_ERR_OUT_OF_RANGE;
    if (weaveheap__node_length(l->child_slot) + c->pend[index + 1].values > INT32_MAX)
        return "the list's items pass 2^31 - 1 (Arrow's offsets are int32)";
    return NULL;
}

static const char* check_value(weaveheap__codec* c, const weaveheap__slot* s, uint32_t index, int32_t* code) {
    *code = WEAVEHEAP_ERR_INVALID_ARGUMENT;
    c->at = c->pos;
    if (c->pos == c->len) return "the value ends before its tag";
    uint8_t tag = c->in[c->pos++];
    if (tag > 1) return "its tag is neither 0 (null) nor 1 (a value)";
    bool null = tag == 0;
    if (s->kind == WEAVEHEAP_HANDLE_KIND_VECTOR || s->kind == WEAVEHEAP_HANDLE_KIND_VAR_VECTOR)
        return check_leaf(c, s, index, null, code);
    if (s->kind == WEAVEHEAP_HANDLE_KIND_LIST_VECTOR) {
        const list_head* l = weaveheap__list_head(s);
        if (null && !l->validity) return "a null, but the list column was made without nullable";
        if (!null) {
            const char* why = check_items(c, s, index, code);
            if (why) return why;
        }
        *code = WEAVEHEAP_ERR_OUT_OF_RANGE;
        if (l->length + c->pend[index].values >= l->capacity) return "the list column is full";
        c->pend[index].values++;
        return NULL;
    }
    /* a struct column (a batch): its columns' values, never a null */
    if (null) return "a null, but a struct column holds no nulls";
    const batch_head* b = weaveheap__batch_head(s);
    uint32_t child = index + 1;
    for (uint32_t i = 0; i < b->num_columns; i++) {
        size_t end = strlen(c->path);
        snprintf(c->path + end, sizeof c->path - end, "%s%s", end ? "." : "", b->columns[i].name);
        const char* why = check_value(c, b->columns[i].slot, child, code);
        if (why) return why;
        c->path[end] = 0;
        child += weaveheap__node_nodes(b->columns[i].slot);
    }
    c->pend[index].values++;
    return NULL;
}

const char* weaveheap__codec_check(weaveheap__codec* c, const weaveheap__slot* s, uint32_t index, const char* name,
                                   int32_t* code) {
    snprintf(c->path, sizeof c->path, "%s", name);
    return check_value(c, s, index, code);
}

const char* weaveheap__codec_check_items(weaveheap__codec* c, const weaveheap__slot* list, uint32_t index,
                                         int32_t* code) {
    c->path[0] = 0;
    c->at = c->pos;
    *code = WEAVEHEAP_ERR_INVALID_ARGUMENT;
    const char* why = check_items(c, list, index, code);
    if (why) return why;
    const list_head* l = weaveheap__list_head(list);
    *code = WEAVEHEAP_ERR_OUT_OF_RANGE;
    if (l->length + c->pend[index].values >= l->capacity) return "the list column is full";
    c->pend[index].values++;
    return NULL;
}

/* -- the store: values already checked ------------------------------------------- */

static void store_leaf(weaveheap__codec* c, weaveheap__slot* s, bool null) {
    vec_head* v = (vec_head*)(void*)(s->data - VEC_HEAD);
    uint64_t i = v->length;
    if (v->offsets) {
        uint32_t n = 0;
        if (!null) take_u32(c, &n);
        int32_t end = v->offsets[i];
        if (n) memcpy(s->data + end, c->in + c->pos, n); /* within the data: checked */
        c->pos += n;
        v->offsets[i + 1] = end + (int32_t)n; /* <= data_capacity <= INT32_MAX */
        WH_SET(s->size, (uint64_t)v->offsets[i + 1]);
    } else {
        unsigned bits = weaveheap__element_bits(v->type);
        if (bits == 1) {
            if (!null) weaveheap__bit_set(s->data, i, c->in[c->pos++] != 0);
            WH_SET(s->size, (i + 8) / 8);
        } else {
            if (!null) memcpy(s->data + i * (bits / 8), c->in + c->pos, bits / 8); /* below the capacity */
            if (!null) c->pos += bits / 8;
            WH_SET(s->size, (i + 1) * (bits / 8));
        }
    }
    if (v->validity) weaveheap__bit_set(v->validity, i, !null);
    v->null_count += null;
    v->length = i + 1;
}

static void store_value(weaveheap__codec* c, weaveheap__slot* s);

static void store_items(weaveheap__codec* c, weaveheap__slot* s, bool null) {
    list_head* l = weaveheap__list_head(s);
    uint32_t n = 0;
    if (!null) take_u32(c, &n);
    for (uint32_t i = 0; i < n; i++) store_value(c, l->child_slot);
    uint64_t i = l->length;
    l->offsets[i + 1] = l->offsets[i] + (int32_t)n; /* the child's length: <= INT32_MAX, checked */
    if (l->validity) weaveheap__bit_set(l->validity, i, !null);
    l->null_count += null;
    l->length = i + 1;
}

static void store_value(weaveheap__codec* c, weaveheap__slot* s) {
    bool null = c->in[c->pos++] == 0;
    if (s->kind == WEAVEHEAP_HANDLE_KIND_VECTOR || s->kind == WEAVEHEAP_HANDLE_KIND_VAR_VECTOR) {
        store_leaf(c, s, null);
    } else if (s->kind == WEAVEHEAP_HANDLE_KIND_LIST_VECTOR) {
        store_items(c, s, null);
    } else {
        batch_head* b = weaveheap__batch_head(s);
        for (uint32_t i = 0; i < b->num_columns; i++) store_value(c, b->columns[i].slot);
        b->rows++;
    }
}

void weaveheap__codec_store(weaveheap__codec* c, weaveheap__slot* s) { store_value(c, s); }
void weaveheap__codec_store_items(weaveheap__codec* c, weaveheap__slot* list) { store_items(c, list, false); }
