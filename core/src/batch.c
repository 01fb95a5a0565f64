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

enum { NAME_ROOM = WH_COLUMN_NAME_ROOM, MAX_COLUMNS = 4096 };

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
    b->depth = 1;
    b->nodes = 1;
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
    if (c.slot == o.slot) {
        column_refused(r, out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                       "batch 0x%016llx: column '%s' is the batch itself: a batch cannot hold itself",
                       (unsigned long long)batch, shown);
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
    uint64_t length = weaveheap__node_length(c.slot);
    if (b->num_columns && length != b->rows) {
        column_refused(r, out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                       "batch 0x%016llx: column '%s' has %llu values, the batch %llu rows",
                       (unsigned long long)batch, shown, (unsigned long long)length,
                       (unsigned long long)b->rows);
        return;
    }
    uint32_t depth = weaveheap__node_depth(c.slot), nodes = weaveheap__node_nodes(c.slot);
    if (depth >= WH_NEST_MAX_DEPTH || nodes > WH_NEST_MAX_NODES - b->nodes) {
        column_refused(r, out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                       "batch 0x%016llx: column '%s' nests %u levels and %u columns: a batch holds at most %d "
                       "levels and %d columns in all",
                       (unsigned long long)batch, shown, (unsigned)depth, (unsigned)nodes, WH_NEST_MAX_DEPTH,
                       WH_NEST_MAX_NODES);
        return;
    }
    weaveheap__hold(&c);
    batch_column* col = &b->columns[b->num_columns++];
    col->handle = column;
    col->slot = c.slot;
    memcpy(col->name, name, (size_t)name_len); /* below NAME_ROOM: checked */
    col->name[name_len] = 0;
    b->rows = length;
    if (depth + 1 > b->depth) b->depth = depth + 1;
    b->nodes += nodes;
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
    char path[WH_NEST_MAX_DEPTH * WH_COLUMN_NAME_ROOM];
    for (uint32_t i = 0; i < b->num_columns; i++) {
        snprintf(path, sizeof path, "%s", b->columns[i].name);
        if (!weaveheap__node_check(b->columns[i].slot, path, sizeof path, b->rows, out_err)) break;
    }
    weaveheap__leave(o.region);
}

/* -- rows ------------------------------------------------------------------------------ */

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
    }
    char path[WH_NEST_MAX_DEPTH * WH_COLUMN_NAME_ROOM];
    if (weaveheap__node_shared_child(o.slot, path, sizeof path)) {
        weaveheap__count(&r->c.borrow_conflicts, 1);
        column_refused(r, out_err, WEAVEHEAP_ERR_BORROWED,
                       "batch 0x%016llx: column '%s' is borrowed by another holder (a view, an export or "
                       "another batch or list): no row can be appended",
                       (unsigned long long)batch, path);
        return;
    }
    weaveheap__codec* c = weaveheap__codec_new(row, row_len, b->nodes);
    if (!c) {
        column_refused(r, out_err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory to check a row");
        return;
    }
    /* Every value checked before any is stored: all or nothing. */
    uint32_t index = 1; /* the columns' pre-order indexes in the batch's tree */
    for (uint32_t i = 0; i < b->num_columns; i++) {
        int32_t code;
        const char* why = weaveheap__codec_check(c, b->columns[i].slot, index, b->columns[i].name, &code);
        if (why) {
            column_refused(r, out_err, code, "batch 0x%016llx: row %llu, column '%s' (at byte %llu of the row): %s",
                           (unsigned long long)batch, (unsigned long long)b->rows, weaveheap__codec_path(c),
                           (unsigned long long)weaveheap__codec_at(c), why);
            weaveheap__codec_free(c);
            return;
        }
        index += weaveheap__node_nodes(b->columns[i].slot);
    }
    uint64_t pos = weaveheap__codec_pos(c);
    if (pos != row_len) {
        column_refused(r, out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                       "batch 0x%016llx: the row has %llu bytes, its %u columns take %llu", (unsigned long long)batch,
                       (unsigned long long)row_len, (unsigned)b->num_columns, (unsigned long long)pos);
        weaveheap__codec_free(c);
        return;
    }
    weaveheap__codec_rewind(c);
    for (uint32_t i = 0; i < b->num_columns; i++) weaveheap__codec_store(c, b->columns[i].slot);
    weaveheap__codec_free(c);
    b->rows++;
    weaveheap__count(&r->c.copies, 1);
    weaveheap__count(&r->c.copy_bytes, row_len);
    weaveheap__leave(r);
}

/* -- Arrow C Data Interface: a struct array of the columns (nested.c) ------------- */

bool weaveheap__batch_schema_fill(const weaveheap__slot* batch, struct ArrowSchema* out) {
    return weaveheap__node_schema_fill(batch, out);
}

bool weaveheap__batch_array_fill(weaveheap__object* batch, weaveheap_batch_t h, struct ArrowArray* out) {
    return weaveheap__node_array_fill(batch, h, out);
}

const char* weaveheap__batch_schema_differs(const weaveheap__slot* a, const weaveheap__slot* b) {
    return weaveheap__node_schema_differs(a, b);
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
        if (again) continue;
        switch (weaveheap__handle_kind_bits(columns[i])) {
        case WEAVEHEAP_HANDLE_KIND_VECTOR: weaveheap_vector_release(columns[i], NULL); break;
        case WEAVEHEAP_HANDLE_KIND_VAR_VECTOR: weaveheap_var_vector_release(columns[i], NULL); break;
        case WEAVEHEAP_HANDLE_KIND_LIST_VECTOR: weaveheap_list_vector_release(columns[i], NULL); break;
        default: weaveheap_batch_release(columns[i], NULL); break; /* a struct column: itself only */
        }
    }
    if (columns != cols) weaveheap__free(columns);
    return true;
}
