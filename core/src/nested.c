/* Column trees: what every column kind has (column.h), and the Arrow C Data
 * export of a tree (a batch's struct array, a list's list or map array),
 * and the comparison of two trees' schemas (batch_stream.add_batch).
 *
 * A tree is at most WH_NEST_MAX_DEPTH deep and WH_NEST_MAX_NODES columns
 * large (checked when a list or a batch takes a child), so the recursions
 * here are shallow and an export is one block of a known size. */
#include "arrow_abi.h"
#include "arrow_check.h"
#include "column.h"

#include <stdio.h>
#include <string.h>

static bool is_leaf(const weaveheap__slot* s) {
    return s->kind == WEAVEHEAP_HANDLE_KIND_VECTOR || s->kind == WEAVEHEAP_HANDLE_KIND_VAR_VECTOR;
}

uint64_t weaveheap__node_length(const weaveheap__slot* s) {
    if (s->kind == WEAVEHEAP_HANDLE_KIND_LIST_VECTOR) return weaveheap__list_head(s)->length;
    if (s->kind == WEAVEHEAP_HANDLE_KIND_BATCH) return weaveheap__batch_head(s)->rows;
    return ((const vec_head*)(const void*)(s->data - VEC_HEAD))->length;
}

bool weaveheap__node_nullable(const weaveheap__slot* s) {
    if (s->kind == WEAVEHEAP_HANDLE_KIND_LIST_VECTOR) return weaveheap__list_head(s)->validity != NULL;
    if (s->kind == WEAVEHEAP_HANDLE_KIND_BATCH) return false; /* a struct column has no validity */
    return ((const vec_head*)(const void*)(s->data - VEC_HEAD))->validity != NULL;
}

uint32_t weaveheap__node_depth(const weaveheap__slot* s) {
    if (s->kind == WEAVEHEAP_HANDLE_KIND_LIST_VECTOR) return weaveheap__list_head(s)->depth;
    if (s->kind == WEAVEHEAP_HANDLE_KIND_BATCH) return weaveheap__batch_head(s)->depth;
    return 1;
}

uint32_t weaveheap__node_nodes(const weaveheap__slot* s) {
    if (s->kind == WEAVEHEAP_HANDLE_KIND_LIST_VECTOR) return weaveheap__list_head(s)->nodes;
    if (s->kind == WEAVEHEAP_HANDLE_KIND_BATCH) return weaveheap__batch_head(s)->nodes;
    return 1;
}

const char* weaveheap__node_format(const weaveheap__slot* s) {
    if (s->kind == WEAVEHEAP_HANDLE_KIND_LIST_VECTOR) return weaveheap__list_head(s)->map ? "+m" : "+l";
    if (s->kind == WEAVEHEAP_HANDLE_KIND_BATCH) return "+s";
    weaveheap__vector_arrow v;
    weaveheap__vector_arrow_of(s, &v);
    return v.format;
}

/* Appends ".name" (or "name" at the start) to path; returns the old end. */
static size_t path_push(char* path, size_t room, const char* name) {
    size_t n = strlen(path);
    snprintf(path + n, room - n, "%s%s", n ? "." : "", name);
    return n;
}

static const weaveheap__slot* shared_under(const weaveheap__slot* s, char* path, size_t room) {
    if (s->kind == WEAVEHEAP_HANDLE_KIND_LIST_VECTOR) {
        const list_head* l = weaveheap__list_head(s);
        size_t end = path_push(path, room, l->map ? "entries" : "item");
        if (l->child_slot->borrows != 1) return l->child_slot;
        const weaveheap__slot* x = shared_under(l->child_slot, path, room);
        if (x) return x;
        path[end] = 0;
    } else if (s->kind == WEAVEHEAP_HANDLE_KIND_BATCH) {
        const batch_head* b = weaveheap__batch_head(s);
        for (uint32_t i = 0; i < b->num_columns; i++) {
            size_t end = path_push(path, room, b->columns[i].name);
            if (b->columns[i].slot->borrows != 1) return b->columns[i].slot;
            const weaveheap__slot* x = shared_under(b->columns[i].slot, path, room);
            if (x) return x;
            path[end] = 0;
        }
    }
    return NULL;
}

const weaveheap__slot* weaveheap__node_shared_child(const weaveheap__slot* s, char* path, size_t room) {
    path[0] = 0;
    return shared_under(s, path, room);
}

/* -- the export ------------------------------------------------------------------ */

/* One block per export: a header, then one entry per column of the tree (the
 * root's entry holds only its buffers: the root struct is the caller's), and
 * the children's pointer lists (fewer than the columns). */
typedef struct array_node {
    struct ArrowArray array;
    const void* buffers[3];
} array_node;

typedef struct array_block {
    weaveheap_handle_t root; /* held until the release */
    unsigned kind;
    array_node* nodes;
    struct ArrowArray** ptrs;
    uint32_t next_node, next_ptr;
} array_block;

typedef struct schema_node {
    struct ArrowSchema schema;
    char name[WH_COLUMN_NAME_ROOM];
} schema_node;

typedef struct schema_block {
    schema_node* nodes;
    struct ArrowSchema** ptrs;
    uint32_t next_node, next_ptr;
} schema_block;

#define HEAD(t) ((sizeof(t) + 15) & ~(size_t)15)

/* A child lives in its parent's block and owns nothing: its release only
 * marks it released (a consumer may move a child out and release it alone);
 * the root's release frees the block, children and all. */
static void child_array_release(struct ArrowArray* a) {
    if (a) a->release = NULL;
}
static void child_schema_release(struct ArrowSchema* s) {
    if (s) s->release = NULL;
}

static void array_release(struct ArrowArray* a) {
    if (!a || !a->release) return;
    array_block* st = a->private_data;
    a->release = NULL;
    a->private_data = NULL;
    /* The hold keeps the root live: it resolves. */
    weaveheap__object o;
    if (weaveheap__resolve(st->root, WH_KIND_BIT(st->kind), &o, NULL)) {
        weaveheap__unhold(o.region, o.slot);
        weaveheap__leave(o.region);
    }
    weaveheap__free(st);
}

static void schema_release(struct ArrowSchema* s) {
    if (!s || !s->release) return;
    void* st = s->private_data;
    s->release = NULL;
    s->private_data = NULL;
    weaveheap__free(st);
}

/* The number of children of column s and the i-th one (with its name). */
static uint32_t children_of(const weaveheap__slot* s) {
    if (s->kind == WEAVEHEAP_HANDLE_KIND_LIST_VECTOR) return 1;
    if (s->kind == WEAVEHEAP_HANDLE_KIND_BATCH) return weaveheap__batch_head(s)->num_columns;
    return 0;
}
static const weaveheap__slot* child_of(const weaveheap__slot* s, uint32_t i, const char** name) {
    if (s->kind == WEAVEHEAP_HANDLE_KIND_LIST_VECTOR) {
        const list_head* l = weaveheap__list_head(s);
        *name = l->map ? "entries" : "item";
        return l->child_slot;
    }
    const batch_head* b = weaveheap__batch_head(s);
    *name = b->columns[i].name;
    return b->columns[i].slot;
}

/* Fills the array of column s into *out, its buffers into node->buffers. */
static void array_fill(array_block* st, const weaveheap__slot* s, array_node* node, struct ArrowArray* out) {
    uint32_t n = children_of(s);
    struct ArrowArray** ptrs = st->ptrs + st->next_ptr;
    st->next_ptr += n;
    *out = (struct ArrowArray){.buffers = node->buffers, .n_children = n, .children = n ? ptrs : NULL,
                               .release = child_array_release};
    if (is_leaf(s)) {
        weaveheap__vector_arrow v;
        weaveheap__vector_arrow_of(s, &v);
        node->buffers[0] = v.validity;
        node->buffers[1] = v.values;
        node->buffers[2] = v.data; /* variable-size columns' data bytes */
        out->length = (int64_t)v.length; /* at most 2^48 */
        out->null_count = (int64_t)v.null_count;
        out->n_buffers = v.n_buffers;
    } else if (s->kind == WEAVEHEAP_HANDLE_KIND_LIST_VECTOR) {
        const list_head* l = weaveheap__list_head(s);
        node->buffers[0] = l->validity;
        node->buffers[1] = l->offsets;
        out->length = (int64_t)l->length;
        out->null_count = (int64_t)l->null_count;
        out->n_buffers = 2;
    } else {
        node->buffers[0] = NULL; /* a struct column: no row is null */
        out->length = (int64_t)weaveheap__batch_head(s)->rows;
        out->n_buffers = 1;
    }
    for (uint32_t i = 0; i < n; i++) {
        const char* name;
        const weaveheap__slot* c = child_of(s, i, &name);
        array_node* cn = &st->nodes[st->next_node++];
        ptrs[i] = &cn->array;
        array_fill(st, c, cn, &cn->array);
    }
}

static void schema_fill(schema_block* st, const weaveheap__slot* s, const char* name, struct ArrowSchema* out) {
    uint32_t n = children_of(s);
    struct ArrowSchema** ptrs = st->ptrs + st->next_ptr;
    st->next_ptr += n;
    *out = (struct ArrowSchema){
        .format = weaveheap__node_format(s),
        .name = name,
        .flags = weaveheap__node_nullable(s) ? ARROW_FLAG_NULLABLE : 0,
        .n_children = n,
        .children = n ? ptrs : NULL,
        .release = child_schema_release,
    };
    for (uint32_t i = 0; i < n; i++) {
        const char* cname;
        const weaveheap__slot* c = child_of(s, i, &cname);
        schema_node* cn = &st->nodes[st->next_node++];
        snprintf(cn->name, sizeof cn->name, "%s", cname); /* below the room: a column name */
        ptrs[i] = &cn->schema;
        schema_fill(st, c, cn->name, &cn->schema);
    }
}

bool weaveheap__node_schema_fill(const weaveheap__slot* s, struct ArrowSchema* out) {
    uint32_t nodes = weaveheap__node_nodes(s); /* <= WH_NEST_MAX_NODES: no overflow */
    size_t bytes = HEAD(schema_block) + nodes * (sizeof(schema_node) + sizeof(struct ArrowSchema*));
    uint8_t* mem = weaveheap__malloc(bytes);
    if (!mem) return false;
    schema_block* st = (schema_block*)(void*)mem;
    st->nodes = (schema_node*)(void*)(mem + HEAD(schema_block));
    st->ptrs = (struct ArrowSchema**)(void*)(st->nodes + nodes);
    st->next_node = 1; /* the root's entry is unused: the root is *out */
    st->next_ptr = 0;
    schema_fill(st, s, "", out);
    out->release = schema_release;
    out->private_data = st;
    return true;
}

bool weaveheap__node_array_fill(weaveheap__object* o, weaveheap_handle_t h, struct ArrowArray* out) {
    uint32_t nodes = weaveheap__node_nodes(o->slot);
    size_t bytes = HEAD(array_block) + nodes * (sizeof(array_node) + sizeof(struct ArrowArray*));
    uint8_t* mem = weaveheap__malloc(bytes);
    if (!mem) return false;
    array_block* st = (array_block*)(void*)mem;
    st->root = h;
    st->kind = o->slot->kind;
    st->nodes = (array_node*)(void*)(mem + HEAD(array_block));
    st->ptrs = (struct ArrowArray**)(void*)(st->nodes + nodes);
    st->next_node = 1; /* the root's entry holds its buffers */
    st->next_ptr = 0;
    array_fill(st, o->slot, &st->nodes[0], out);
    weaveheap__hold(o); /* a batch or list is never borrowed unique */
    out->release = array_release;
    out->private_data = st;
    return true;
}

/* -- schemas compared -------------------------------------------------------------- */

static bool same_text(const char* a, const char* b) {
    size_t n = strlen(a);
    return n == strlen(b) && memcmp(a, b, n) == 0;
}

const char* weaveheap__node_schema_differs(const weaveheap__slot* a, const weaveheap__slot* b) {
    uint32_t n = children_of(a);
    if (n != children_of(b)) return "has another number of columns";
    for (uint32_t i = 0; i < n; i++) {
        const char *na, *nb;
        const weaveheap__slot* x = child_of(a, i, &na);
        const weaveheap__slot* y = child_of(b, i, &nb);
        if (!same_text(na, nb)) return "names its columns otherwise";
        if (!same_text(weaveheap__node_format(x), weaveheap__node_format(y)) ||
            weaveheap__node_nullable(x) != weaveheap__node_nullable(y))
            return "has a column of another type or nullability";
        const char* why = weaveheap__node_schema_differs(x, y);
        if (why) return why;
    }
    return NULL;
}

/* -- validation (batch.validate) ------------------------------------------------------- */

bool weaveheap__node_check(const weaveheap__slot* s, char* path, size_t room, uint64_t rows, weaveheap_error* err) {
    if (is_leaf(s)) {
        weaveheap__vector_arrow v;
        weaveheap__vector_arrow_of(s, &v);
        weaveheap__column_check c = {
            .name = path, .format = v.format, .length = v.length, .null_count = v.null_count,
            .validity = v.validity, .validity_size = v.validity_size, .values = v.values,
            .values_size = v.values_size, .data = v.data, .data_size = v.data_size,
        };
        return weaveheap__check_column(&c, rows, err);
    }
    if (s->kind == WEAVEHEAP_HANDLE_KIND_LIST_VECTOR) {
        const list_head* l = weaveheap__list_head(s);
        uint64_t child_length = weaveheap__node_length(l->child_slot);
        weaveheap__column_check c = {
            .name = path, .format = l->map ? "+m" : "+l", .length = l->length, .null_count = l->null_count,
            .validity = l->validity, .validity_size = l->validity ? weaveheap__round64((l->capacity + 7) / 8) : 0,
            .values = (const uint8_t*)l->offsets, .values_size = weaveheap__round64((l->capacity + 1) * 4),
        };
        if (!weaveheap__check_list(&c, rows, child_length, err)) return false;
        size_t end = path_push(path, room, l->map ? "entries" : "item");
        bool ok = weaveheap__node_check(l->child_slot, path, room, child_length, err);
        path[end] = 0;
        return ok;
    }
    const batch_head* b = weaveheap__batch_head(s);
    if (b->rows != rows) {
        weaveheap__fail(err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "column '%s' has %llu values, its parent %llu rows", path,
                        (unsigned long long)b->rows, (unsigned long long)rows);
        return false;
    }
    for (uint32_t i = 0; i < b->num_columns; i++) {
        size_t end = path_push(path, room, b->columns[i].name);
        bool ok = weaveheap__node_check(b->columns[i].slot, path, room, rows, err);
        path[end] = 0;
        if (!ok) return false;
    }
    return true;
}
