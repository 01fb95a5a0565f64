/* Record batches: named vectors of equal length, exported through the Arrow
 * C Data Interface as a struct array ("+s") whose children are the vectors'
 * own memory.
 *
 * One allocation from the region: a header, then room for max_columns
 * columns (handle, slot, name). The batch holds a shared borrow (a
 * weaveheap__hold, counted as every borrow) of each column, so a column's
 * length cannot change and it cannot go while it is in the batch: the
 * lengths checked when a column is added stay true. Columns live in the
 * batch's region, so that one entered region covers every call. An export
 * holds the batch itself (the same kind of borrow) until its release. */
#include "arrow_abi.h"
#include "arrow_check.h"
#include "column.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

enum { NAME_ROOM = 64, MAX_COLUMNS = 4096 };

typedef struct batch_column {
    weaveheap_vector_t handle;
    weaveheap__slot* slot; /* held: it cannot move or go */
    char name[NAME_ROOM];  /* NUL-terminated UTF-8 */
} batch_column;

typedef struct batch_head {
    uint64_t bytes; /* the whole allocation */
    uint64_t rows;
    uint32_t max_columns, num_columns;
    batch_column columns[];
} batch_head;

static batch_head* head_of(const weaveheap__object* o) { return (batch_head*)(void*)o->slot->data; }

static batch_head* resolve(weaveheap_batch_t h, weaveheap__object* o, weaveheap_error* err) {
    if (!weaveheap__resolve(h, WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BATCH), o, err)) return NULL;
    return head_of(o);
}

/* -- make and release ------------------------------------------------------------ */

weaveheap_batch_t weaveheap_batch_create(weaveheap_region_t region, uint32_t max_columns, weaveheap_error* out_err) {
    if (max_columns == 0 || max_columns > MAX_COLUMNS) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "max_columns %u is not one of 1..%d",
                        (unsigned)max_columns, MAX_COLUMNS);
        return 0;
    }
    uint64_t bytes = sizeof(batch_head) + (uint64_t)max_columns * sizeof(batch_column); /* < 400 KiB */
    weaveheap__region* r;
    if (!weaveheap__region_enter(region, &r, out_err)) return 0;
    weaveheap__object o;
    uint8_t* mem = weaveheap__object_new(r, WEAVEHEAP_HANDLE_KIND_BATCH, bytes, 64, &o, out_err);
    if (!mem) goto fail;
    batch_head* b = (batch_head*)(void*)mem;
    b->bytes = bytes;
    b->max_columns = max_columns;
    o.slot->data = mem;
    WH_SET(o.slot->size, bytes);
    weaveheap_handle_t h = weaveheap__object_handle(&o);
    weaveheap__leave(r);
    return h;
fail:
    weaveheap__leave(r);
    return 0;
}

void weaveheap_batch_release(weaveheap_batch_t batch, weaveheap_error* out_err) {
    weaveheap__object o;
    batch_head* b = resolve(batch, &o, out_err);
    if (!b || weaveheap__refuse_borrowed(&o, batch, false, "released (an Arrow export holds it)", out_err)) return;
    weaveheap__region* r = o.region;
    for (uint32_t i = 0; i < b->num_columns; i++) weaveheap__unhold(r, b->columns[i].slot);
    uint8_t* mem = (uint8_t*)b;
    uint64_t bytes = b->bytes;
    weaveheap__object_forget_memory(&o, mem, bytes);
    weaveheap__leave(r);
}

/* -- columns ----------------------------------------------------------------------- */

/* Refuses (and leaves) a column the batch cannot take, naming it. */
static bool column_refused(weaveheap__region* r, weaveheap_error* err, int32_t code, const char* fmt, ...)
    __attribute__((format(printf, 4, 5)));
static bool column_refused(weaveheap__region* r, weaveheap_error* err, int32_t code, const char* fmt, ...) {
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    weaveheap__leave(r);
    weaveheap__fail(err, code, "%s", msg);
    return true;
}

/* The first reason `name` cannot name a new column of b, or NULL. */
static const char* bad_name(const batch_head* b, const uint8_t* name, uint64_t len) {
    if (len == 0 || len >= NAME_ROOM) return "must be 1 to 63 bytes";
    if (weaveheap__utf8_check(name, len) != len) return "is not valid UTF-8";
    for (uint64_t i = 0; i < len; i++)
        if (!name[i]) return "holds a NUL byte"; /* the names are C strings in the schema */
    for (uint32_t i = 0; i < b->num_columns; i++)
        if (strlen(b->columns[i].name) == len && memcmp(b->columns[i].name, name, (size_t)len) == 0)
            return "is already a column of the batch";
    return NULL;
}

void weaveheap_batch_add_column(weaveheap_batch_t batch, const uint8_t* name, uint64_t name_len,
                                weaveheap_handle_t column, weaveheap_error* out_err) {
    if (!name && name_len) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "name is NULL with a length of %llu",
                        (unsigned long long)name_len);
        return;
    }
    if (!weaveheap__span_fits(name, name_len)) {
        weaveheap__span_refused(name, name_len, "name", out_err);
        return;
    }
    weaveheap__object o;
    batch_head* b = resolve(batch, &o, out_err);
    if (!b || weaveheap__refuse_borrowed(&o, batch, false, "changed (an Arrow export holds it)", out_err)) return;
    weaveheap__region* r = o.region;
    /* The name is shown in messages only once it is known to be short text. */
    const char* why = bad_name(b, name, name_len);
    char shown[NAME_ROOM] = "?";
    if (name_len && name_len < NAME_ROOM && weaveheap__utf8_check(name, name_len) == name_len) {
        memcpy(shown, name, (size_t)name_len);
        shown[name_len] = 0;
    }
    if (why) {
        column_refused(r, out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "batch 0x%016llx: column name '%s' %s",
                       (unsigned long long)batch, shown, why);
        return;
    }
    if (b->num_columns == b->max_columns) {
        column_refused(r, out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                       "batch 0x%016llx: column '%s' does not fit: the batch holds its %u columns",
                       (unsigned long long)batch, shown, (unsigned)b->max_columns);
        return;
    }
    weaveheap__object c;
    bool elsewhere;
    if (!weaveheap__resolve_in(r, column, WH_COLUMN_KINDS, &c, &elsewhere, out_err)) {
        weaveheap__leave(r);
        if (!elsewhere) return;
        /* Not of this region: its own error if it has one, else that. */
        if (!weaveheap__resolve(column, WH_COLUMN_KINDS, &c, out_err)) return;
        weaveheap__leave(c.region);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                        "batch 0x%016llx: column '%s' (%s 0x%016llx) is in another region than the batch",
                        (unsigned long long)batch, shown, weaveheap__kind_name(weaveheap__handle_kind_bits(column)),
                        (unsigned long long)column);
        return;
    }
    if (c.slot->borrows < 0) {
        weaveheap__count(&r->c.borrow_conflicts, 1);
        column_refused(r, out_err, WEAVEHEAP_ERR_BORROW_CONFLICT,
                       "batch 0x%016llx: column '%s' (%s 0x%016llx) is borrowed unique",
                       (unsigned long long)batch, shown, weaveheap__kind_name(weaveheap__handle_kind_bits(column)),
                       (unsigned long long)column);
        return;
    }
    weaveheap__vector_arrow v;
    weaveheap__vector_arrow_of(c.slot, &v);
    if (b->num_columns && v.length != b->rows) {
        column_refused(r, out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                       "batch 0x%016llx: column '%s' has %llu values, the batch %llu rows",
                       (unsigned long long)batch, shown, (unsigned long long)v.length,
                       (unsigned long long)b->rows);
        return;
    }
    weaveheap__hold(&c);
    batch_column* col = &b->columns[b->num_columns++];
    col->handle = column;
    col->slot = c.slot;
    memcpy(col->name, name, (size_t)name_len); /* below NAME_ROOM: checked */
    col->name[name_len] = 0;
    b->rows = v.length;
    weaveheap__leave(r);
}

/* -- queries ------------------------------------------------------------------------ */

uint64_t weaveheap_batch_num_columns(weaveheap_batch_t batch, weaveheap_error* out_err) {
    weaveheap__object o;
    batch_head* b = resolve(batch, &o, out_err);
    if (!b) return 0;
    uint64_t n = b->num_columns;
    weaveheap__leave(o.region);
    return n;
}

uint64_t weaveheap_batch_num_rows(weaveheap_batch_t batch, weaveheap_error* out_err) {
    weaveheap__object o;
    batch_head* b = resolve(batch, &o, out_err);
    if (!b) return 0;
    uint64_t n = b->rows;
    weaveheap__leave(o.region);
    return n;
}

char* weaveheap_batch_column_name(weaveheap_batch_t batch, uint64_t index, weaveheap_error* out_err) {
    weaveheap__object o;
    batch_head* b = resolve(batch, &o, out_err);
    if (!b) return NULL;
    if (index >= b->num_columns) {
        column_refused(o.region, out_err, WEAVEHEAP_ERR_OUT_OF_RANGE,
                       "batch 0x%016llx: column %llu is past its %u columns", (unsigned long long)batch,
                       (unsigned long long)index, (unsigned)b->num_columns);
        return NULL;
    }
    size_t len = strlen(b->columns[index].name);
    char* copy = weaveheap__malloc(len + 1);
    if (!copy) {
        column_refused(o.region, out_err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory to copy a column name");
        return NULL;
    }
    memcpy(copy, b->columns[index].name, len + 1);
    weaveheap__count(&o.region->c.copies, 1);
    weaveheap__count(&o.region->c.copy_bytes, len);
    weaveheap__leave(o.region);
    return copy;
}

/* -- validation ---------------------------------------------------------------------- */

void weaveheap_batch_validate(weaveheap_batch_t batch, weaveheap_error* out_err) {
    weaveheap__object o;
    batch_head* b = resolve(batch, &o, out_err);
    if (!b) return;
    /* A failure fills out_err (weaveheap__fail) before the region is left: its
     * message is formatted from the batch's names while they are held. */
    for (uint32_t i = 0; i < b->num_columns; i++) {
        weaveheap__vector_arrow v;
        weaveheap__vector_arrow_of(b->columns[i].slot, &v);
        weaveheap__column_check c = {
            .name = b->columns[i].name, .format = v.format, .length = v.length, .null_count = v.null_count,
            .validity = v.validity, .validity_size = v.validity_size, .values = v.values,
            .values_size = v.values_size, .data = v.data, .data_size = v.data_size,
        };
        if (!weaveheap__check_column(&c, b->rows, out_err)) break;
    }
    weaveheap__leave(o.region);
}

/* -- rows ------------------------------------------------------------------------------ */

/* One column's part of a row, read from it: a null, or a value of `len` bytes at `at`. */
typedef struct row_value {
    bool null;
    const uint8_t* at;
    uint64_t len;
} row_value;

/* Reads column i's part of the row at *pos (advanced), or says why not
 * (with *code); checks it against the column's room and rules. */
static const char* row_value_of(const batch_column* col, const uint8_t* row, uint64_t row_len, uint64_t* pos,
                                row_value* out, int32_t* code) {
    const vec_head* v = (const vec_head*)(const void*)(col->slot->data - VEC_HEAD);
    *code = WEAVEHEAP_ERR_INVALID_ARGUMENT;
    if (*pos == row_len) return "the row ends before its tag";
    uint8_t tag = row[(*pos)++];
    if (tag > 1) return "its tag is neither 0 (null) nor 1 (a value)";
    out->null = tag == 0;
    out->at = NULL;
    out->len = 0;
    if (out->null) {
        if (!v->validity) return "a null, but the column was made without nullable";
    } else if (v->offsets) {
        if (row_len - *pos < 4) return "the row ends inside the value's length";
        uint32_t len;
        memcpy(&len, row + *pos, 4);
        *pos += 4;
        if (len > row_len - *pos) return "the row ends inside the value";
        out->at = row + *pos;
        out->len = len;
        *pos += len;
        if (v->type == WEAVEHEAP_ELEMENT_TYPE_UTF8 && weaveheap__utf8_check(out->at, len) != len)
            return "its value is not UTF-8";
    } else {
        unsigned bits = weaveheap__element_bits(v->type);
        uint64_t width = bits == 1 ? 1 : bits / 8;
        if (row_len - *pos < width) return "the row ends inside the value";
        out->at = row + *pos;
        out->len = width;
        *pos += width;
        if (bits == 1 && *out->at > 1) return "a boolean is 0 or 1";
    }
    *code = WEAVEHEAP_ERR_OUT_OF_RANGE;
    if (v->length == v->capacity) return "the column is full";
    if (v->offsets && out->len > (uint64_t)v->data_capacity - (uint64_t)v->offsets[v->length])
        return "the value does not fit the column's data bytes";
    return NULL;
}

/* Appends a checked value (or null) to the column. */
static void row_store(batch_column* col, const row_value* x) {
    weaveheap__slot* s = col->slot;
    vec_head* v = (vec_head*)(void*)(s->data - VEC_HEAD);
    uint64_t i = v->length;
    if (v->offsets) {
        int32_t end = v->offsets[i];
        if (x->len) memcpy(s->data + end, x->at, (size_t)x->len); /* within the data: checked */
        v->offsets[i + 1] = end + (int32_t)x->len;                /* <= data_capacity <= INT32_MAX */
        WH_SET(s->size, (uint64_t)v->offsets[i + 1]);
    } else {
        unsigned bits = weaveheap__element_bits(v->type);
        if (bits == 1) {
            if (!x->null) weaveheap__bit_set(s->data, i, *x->at != 0);
            WH_SET(s->size, (i + 8) / 8);
        } else {
            if (!x->null) memcpy(s->data + i * (bits / 8), x->at, bits / 8); /* below the capacity */
            WH_SET(s->size, (i + 1) * (bits / 8));
        }
    }
    if (v->validity) weaveheap__bit_set(v->validity, i, !x->null);
    v->null_count += x->null;
    v->length = i + 1;
}

void weaveheap_batch_append_row(weaveheap_batch_t batch, const uint8_t* row, uint64_t row_len,
                                weaveheap_error* out_err) {
    if (!row && row_len) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "row is NULL with a length of %llu",
                        (unsigned long long)row_len);
        return;
    }
    if (!weaveheap__span_fits(row, row_len)) {
        weaveheap__span_refused(row, row_len, "row", out_err);
        return;
    }
    weaveheap__object o;
    batch_head* b = resolve(batch, &o, out_err);
    if (!b || weaveheap__refuse_borrowed(&o, batch, false, "changed (an Arrow export holds it)", out_err)) return;
    weaveheap__region* r = o.region;
    if (!b->num_columns) {
        column_refused(r, out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "batch 0x%016llx has no column to append a row to",
                       (unsigned long long)batch);
        return;
    }
    /* Only the batch may hold a column it writes, and once: its own borrow. */
    for (uint32_t i = 0; i < b->num_columns; i++) {
        uint32_t held = 0;
        for (uint32_t j = 0; j < b->num_columns; j++) held += b->columns[j].slot == b->columns[i].slot;
        if (held > 1) {
            column_refused(r, out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                           "batch 0x%016llx: column '%s' is another column of the batch too: rows go to distinct "
                           "vectors",
                           (unsigned long long)batch, b->columns[i].name);
            return;
        }
        if (b->columns[i].slot->borrows != 1) {
            weaveheap__count(&r->c.borrow_conflicts, 1);
            column_refused(r, out_err, WEAVEHEAP_ERR_BORROWED,
                           "batch 0x%016llx: column '%s' is borrowed by another holder (a view, an export or "
                           "another batch): no row can be appended",
                           (unsigned long long)batch, b->columns[i].name);
            return;
        }
    }
    /* Every value checked before any is stored: all or nothing. */
    uint64_t pos = 0;
    for (uint32_t i = 0; i < b->num_columns; i++) {
        row_value x;
        int32_t code;
        uint64_t at = pos;
        const char* why = row_value_of(&b->columns[i], row, row_len, &pos, &x, &code);
        if (why) {
            column_refused(r, out_err, code, "batch 0x%016llx: row %llu, column '%s' (at byte %llu of the row): %s",
                           (unsigned long long)batch, (unsigned long long)b->rows, b->columns[i].name,
                           (unsigned long long)at, why);
            return;
        }
    }
    if (pos != row_len) {
        column_refused(r, out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                       "batch 0x%016llx: the row has %llu bytes, its %u columns take %llu", (unsigned long long)batch,
                       (unsigned long long)row_len, (unsigned)b->num_columns, (unsigned long long)pos);
        return;
    }
    pos = 0;
    for (uint32_t i = 0; i < b->num_columns; i++) {
        row_value x;
        int32_t code;
        row_value_of(&b->columns[i], row, row_len, &pos, &x, &code); /* checked above */
        row_store(&b->columns[i], &x);
    }
    b->rows++;
    weaveheap__count(&r->c.copies, 1);
    weaveheap__count(&r->c.copy_bytes, row_len);
    weaveheap__leave(r);
}

/* -- Arrow C Data Interface: a struct array of the columns ------------------------- */

/* What an exported array owns, in one block: the hold on the batch, and the
 * children's structs and buffer lists (the buffers are the vectors'). */
typedef struct array_state {
    weaveheap_batch_t batch;
    const void* top_buffers[1]; /* the struct's validity: none */
    struct ArrowArray** child_ptrs;
    struct ArrowArray* children;
    const void* (*buffers)[3];
} array_state;

/* What an exported schema owns: its children, with copies of the names (a
 * schema may outlive the array). */
typedef struct schema_state {
    struct ArrowSchema** child_ptrs;
    struct ArrowSchema* children;
    char (*names)[NAME_ROOM];
} schema_state;

/* A child lives in its parent's block and owns nothing: its release only
 * marks it released (a consumer may move a child out and release it alone);
 * the parent's release frees the block, children and all. */
static void child_array_release(struct ArrowArray* a) {
    if (a) a->release = NULL;
}
static void child_schema_release(struct ArrowSchema* s) {
    if (s) s->release = NULL;
}

static void array_release(struct ArrowArray* a) {
    if (!a || !a->release) return;
    array_state* st = a->private_data;
    a->release = NULL;
    a->private_data = NULL;
    /* The children own nothing but their place in st: freed with it. */
    /* The hold keeps the batch live: it resolves. */
    weaveheap__object o;
    if (weaveheap__resolve(st->batch, WH_KIND_BIT(WEAVEHEAP_HANDLE_KIND_BATCH), &o, NULL)) {
        weaveheap__unhold(o.region, o.slot);
        weaveheap__leave(o.region);
    }
    weaveheap__free(st);
}

static void schema_release(struct ArrowSchema* s) {
    if (!s || !s->release) return;
    schema_state* st = s->private_data;
    s->release = NULL;
    s->private_data = NULL;
    weaveheap__free(st); /* the children and their names with it */
}

/* One block of `head` bytes, then n of each of the parts' sizes (each a
 * multiple of 8: the parts stay aligned). n <= MAX_COLUMNS: no overflow. */
static uint8_t* block_new(size_t head, uint32_t n, size_t a, size_t b, size_t c) {
    return weaveheap__malloc(head + (size_t)n * (a + b + c));
}
#define HEAD(t) ((sizeof(t) + 7) & ~(size_t)7)

bool weaveheap__batch_schema_fill(const weaveheap__slot* batch, struct ArrowSchema* out) {
    const batch_head* b = (const batch_head*)(const void*)batch->data;
    uint32_t n = b->num_columns;
    uint8_t* sm = block_new(HEAD(schema_state), n, sizeof(struct ArrowSchema*), sizeof(struct ArrowSchema), NAME_ROOM);
    if (!sm) return false;
    schema_state* sst = (schema_state*)(void*)sm;
    sst->child_ptrs = (struct ArrowSchema**)(void*)(sm + HEAD(schema_state));
    sst->children = (struct ArrowSchema*)(void*)(sst->child_ptrs + n);
    sst->names = (char(*)[NAME_ROOM])(void*)(sst->children + n);
    for (uint32_t i = 0; i < n; i++) {
        weaveheap__vector_arrow v;
        weaveheap__vector_arrow_of(b->columns[i].slot, &v);
        memcpy(sst->names[i], b->columns[i].name, NAME_ROOM);
        sst->child_ptrs[i] = &sst->children[i];
        sst->children[i] = (struct ArrowSchema){
            .format = v.format,
            .name = sst->names[i],
            .flags = v.validity ? ARROW_FLAG_NULLABLE : 0,
            .release = child_schema_release,
        };
    }
    *out = (struct ArrowSchema){
        .format = "+s",
        .name = "",
        .n_children = n,
        .children = sst->child_ptrs,
        .release = schema_release,
        .private_data = sst,
    };
    return true;
}

bool weaveheap__batch_array_fill(weaveheap__object* batch, weaveheap_batch_t h, struct ArrowArray* out) {
    const batch_head* b = head_of(batch);
    uint32_t n = b->num_columns;
    uint8_t* am = block_new(HEAD(array_state), n, sizeof(struct ArrowArray*), sizeof(struct ArrowArray),
                            3 * sizeof(void*));
    if (!am) return false;
    array_state* ast = (array_state*)(void*)am;
    ast->batch = h;
    ast->top_buffers[0] = NULL;
    ast->child_ptrs = (struct ArrowArray**)(void*)(am + HEAD(array_state));
    ast->children = (struct ArrowArray*)(void*)(ast->child_ptrs + n);
    ast->buffers = (const void*(*)[3])(void*)(ast->children + n);
    for (uint32_t i = 0; i < n; i++) {
        weaveheap__vector_arrow v;
        weaveheap__vector_arrow_of(b->columns[i].slot, &v);
        ast->buffers[i][0] = v.validity;
        ast->buffers[i][1] = v.values;
        ast->buffers[i][2] = v.data; /* variable-size columns' data bytes */
        ast->child_ptrs[i] = &ast->children[i];
        ast->children[i] = (struct ArrowArray){
            .length = (int64_t)v.length, /* at most 2^48 */
            .null_count = (int64_t)v.null_count,
            .n_buffers = v.n_buffers,
            .buffers = ast->buffers[i],
            .release = child_array_release,
        };
    }
    weaveheap__hold(batch); /* a batch is never borrowed unique */
    *out = (struct ArrowArray){
        .length = (int64_t)b->rows,
        .null_count = 0,
        .n_buffers = 1,
        .n_children = n,
        .buffers = ast->top_buffers,
        .children = ast->child_ptrs,
        .release = array_release,
        .private_data = ast,
    };
    return true;
}

static bool same_text(const char* a, const char* b) {
    size_t n = strlen(a);
    return n == strlen(b) && memcmp(a, b, n) == 0;
}

const char* weaveheap__batch_schema_differs(const weaveheap__slot* a, const weaveheap__slot* b) {
    const batch_head *x = (const batch_head*)(const void*)a->data, *y = (const batch_head*)(const void*)b->data;
    if (x->num_columns != y->num_columns) return "has another number of columns";
    for (uint32_t i = 0; i < x->num_columns; i++) {
        weaveheap__vector_arrow u, v;
        weaveheap__vector_arrow_of(x->columns[i].slot, &u);
        weaveheap__vector_arrow_of(y->columns[i].slot, &v);
        if (!same_text(x->columns[i].name, y->columns[i].name)) return "names its columns otherwise";
        if (!same_text(u.format, v.format) || !u.validity != !v.validity)
            return "has a column of another type or nullability";
    }
    return NULL;
}

void weaveheap_batch_export_arrow(weaveheap_batch_t batch, uint8_t* schema, uint8_t* array,
                                  weaveheap_error* out_err) {
    if (!schema || !array) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "%s must not be NULL", schema ? "array" : "schema");
        return;
    }
    weaveheap__object o;
    batch_head* b = resolve(batch, &o, out_err);
    if (!b) return;
    struct ArrowSchema s;
    if (!weaveheap__batch_schema_fill(o.slot, &s)) {
        column_refused(o.region, out_err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for an Arrow export of %u columns",
                       (unsigned)b->num_columns);
        return;
    }
    if (!weaveheap__batch_array_fill(&o, batch, (struct ArrowArray*)(void*)array)) {
        s.release(&s);
        column_refused(o.region, out_err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for an Arrow export of %u columns",
                       (unsigned)b->num_columns);
        return;
    }
    memcpy(schema, &s, sizeof s); /* filled only once nothing can fail */
    weaveheap__leave(o.region);
}

/* -- a batch handed over with its columns (stream_source.c) ------------------------ */

bool weaveheap__batch_release_all(weaveheap_batch_t batch) {
    weaveheap__object o;
    batch_head* b = resolve(batch, &o, NULL);
    if (!b) return false;
    if (o.slot->borrows) { /* still held by someone else: left to the region */
        weaveheap__leave(o.region);
        return false;
    }
    weaveheap__region* r = o.region;
    uint32_t n = b->num_columns;
    weaveheap_vector_t cols[64];
    weaveheap_vector_t* columns = n <= 64 ? cols : weaveheap__malloc((size_t)n * sizeof *columns);
    if (!columns) { /* no memory to note them: the batch stays, to the region */
        weaveheap__leave(r);
        return false;
    }
    for (uint32_t i = 0; i < n; i++) {
        columns[i] = b->columns[i].handle;
        weaveheap__unhold(r, b->columns[i].slot);
    }
    weaveheap__object_forget_memory(&o, (uint8_t*)b, b->bytes);
    weaveheap__leave(r);
    /* The last column first: columns made in order are given back in the
     * reverse order, each the region's most recent allocation when they are. */
    for (uint32_t i = n; i-- > 0;) {
        bool again = false; /* a vector added twice under two names is released once */
        for (uint32_t j = 0; j < i && !again; j++) again = columns[j] == columns[i];
        if (!again) weaveheap_vector_release(columns[i], NULL);
    }
    if (columns != cols) weaveheap__free(columns);
    return true;
}
