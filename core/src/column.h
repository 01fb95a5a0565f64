/* The memory of an Arrow column, shared by vector.c (fixed-width values)
 * and var_vector.c (values of any size): one allocation from the region,
 * 64-byte aligned, a 64-byte header and then the column's buffers. The
 * slot's data is the first value (or data) byte and its size the bytes so
 * far, so a borrow's view (borrow.c) shows exactly what was appended, and
 * the header sits VEC_HEAD bytes before it. */
#ifndef WEAVEHEAP_COLUMN_H
#define WEAVEHEAP_COLUMN_H

#include "object.h"

#define VEC_HEAD 64u

typedef struct vec_head {
    uint64_t length, capacity, null_count;
    uint64_t bytes;         /* the whole allocation, header included */
    uint8_t* validity;      /* NULL unless nullable */
    int32_t* offsets;       /* var_vector only: capacity + 1 int32 offsets; NULL for a vector */
    int32_t type;           /* an element_type */
    uint32_t data_capacity; /* var_vector only: at most INT32_MAX */
} vec_head;
_Static_assert(sizeof(vec_head) <= VEC_HEAD, "the header fits its room");

static inline vec_head* weaveheap__column_head(const weaveheap__object* o) {
    return (vec_head*)(void*)(o->slot->data - VEC_HEAD);
}
static inline uint64_t weaveheap__round64(uint64_t n) { return (n + 63) & ~(uint64_t)63; }
static inline void weaveheap__bit_set(uint8_t* map, uint64_t i, bool on) {
    if (on) map[i / 8] |= (uint8_t)(1u << (i % 8));
    else map[i / 8] &= (uint8_t)~(1u << (i % 8));
}
static inline bool weaveheap__bit_get(const uint8_t* map, uint64_t i) { return (map[i / 8] >> (i % 8)) & 1u; }

/* -- nested columns ----------------------------------------------------------
 * A column is a vector or var_vector (the header above), a list_vector
 * (list_head) or a batch (batch_head: a struct column). Lists and batches
 * hold their children (weaveheap__hold), so a column tree cannot change
 * while it is held and cannot hold itself. Its depth and node count are
 * bounded when it is made, so that every walk over it (export, validate,
 * rows, schema compare) is shallow and small: misuse is an error, never a
 * deep recursion. */
enum {
    WH_NEST_MAX_DEPTH = 16,     /* levels of columns, a leaf being 1 */
    WH_NEST_MAX_NODES = 65536,  /* columns in one tree, counting every one */
    WH_COLUMN_NAME_ROOM = 64,   /* a batch column's name and its NUL */
};

typedef struct list_head {
    uint64_t length, capacity, null_count;
    uint64_t bytes;              /* the whole allocation, header included */
    uint8_t* validity;           /* NULL unless nullable */
    int32_t* offsets;            /* capacity + 1 int32 offsets into the child */
    weaveheap_handle_t child;
    weaveheap__slot* child_slot; /* held: it cannot move or go */
    uint32_t depth, nodes;       /* of the tree it roots */
    bool map;
} list_head;

typedef struct batch_column {
    weaveheap_handle_t handle;
    weaveheap__slot* slot;           /* held: it cannot move or go */
    char name[WH_COLUMN_NAME_ROOM];  /* NUL-terminated UTF-8 */
} batch_column;

typedef struct batch_head {
    uint64_t bytes; /* the whole allocation */
    uint64_t rows;
    uint32_t max_columns, num_columns;
    uint32_t depth, nodes; /* of the tree it roots: 1 and 1 with no column */
    batch_column columns[];
} batch_head;

static inline list_head* weaveheap__list_head(const weaveheap__slot* s) { return (list_head*)(void*)s->data; }
static inline batch_head* weaveheap__batch_head(const weaveheap__slot* s) { return (batch_head*)(void*)s->data; }

/* nested.c: what every column kind has, by the kind of its slot. */
uint64_t weaveheap__node_length(const weaveheap__slot* s);
bool weaveheap__node_nullable(const weaveheap__slot* s);
uint32_t weaveheap__node_depth(const weaveheap__slot* s);
uint32_t weaveheap__node_nodes(const weaveheap__slot* s);
const char* weaveheap__node_format(const weaveheap__slot* s);
/* The first slot in the tree under s (not s) that another holder than its
 * parent borrows, with its path from s in `path` (NULL: none): a row may
 * only be written into columns the tree alone holds. */
const weaveheap__slot* weaveheap__node_shared_child(const weaveheap__slot* s, char* path, size_t room);

/* The check of column s against the Arrow layout (arrow_check.c), and of
 * its children, recursively: `rows` values; `path` (room bytes) names it
 * and grows with each child's name in the messages. */
bool weaveheap__node_check(const weaveheap__slot* s, char* path, size_t room, uint64_t rows, weaveheap_error* err);

/* row_codec.c: one value of column s (docs/arrow.md: a tag byte, then the
 * bytes), recursive. A codec checks every value of a row (or list) first,
 * noting what each column would take, then stores them: all or nothing. */
typedef struct weaveheap__codec weaveheap__codec;
/* A codec over `len` bytes at `in` for a tree of `nodes` columns; false: no memory. */
weaveheap__codec* weaveheap__codec_new(const uint8_t* in, uint64_t len, uint32_t nodes);
void weaveheap__codec_free(weaveheap__codec* c);
/* Checks the value of column s (node `index` of the tree, named `name`) at
 * the codec's position, moving it on. NULL: fine; else why, with the
 * error's code, the column's path and the byte at fault. */
const char* weaveheap__codec_check(weaveheap__codec* c, const weaveheap__slot* s, uint32_t index, const char* name,
                                   int32_t* code);
/* The path of the column at fault and the byte, after a failed check. */
const char* weaveheap__codec_path(const weaveheap__codec* c);
uint64_t weaveheap__codec_at(const weaveheap__codec* c);
uint64_t weaveheap__codec_pos(const weaveheap__codec* c);
/* Goes back to the first byte, for the store. */
void weaveheap__codec_rewind(weaveheap__codec* c);
/* Stores the (checked) value of column s at the codec's position. */
void weaveheap__codec_store(weaveheap__codec* c, weaveheap__slot* s);
/* A list's items (a u32 count and the values; checked or stored): list.c's append. */
const char* weaveheap__codec_check_items(weaveheap__codec* c, const weaveheap__slot* list, uint32_t index,
                                         int32_t* code);
void weaveheap__codec_store_items(weaveheap__codec* c, weaveheap__slot* list);

/* vector.c: the name of an element type ("?" for none), and its bits per
 * value (1 for boolean; 0 for utf8 and binary, whose values vary in size). */
const char* weaveheap__element_type_name(int32_t t);
unsigned weaveheap__element_bits(int32_t t);
/* vector.c: the Arrow C Data export of the column `h` of `kind` (a vector or
 * a var_vector): what vector.export_arrow and var_vector.export_arrow do. */
void weaveheap__column_export(weaveheap_handle_t h, unsigned kind, uint8_t* schema, uint8_t* array,
                              weaveheap_error* err);
/* vector.c: vector.read and var_vector.read. */
void weaveheap__column_read(weaveheap_handle_t h, unsigned kind, uint64_t offset, uint8_t* dst, uint64_t dst_len,
                            weaveheap_error* err);

/* vector.c: resize's two halves, for vector.c and var_vector.c. The new
 * memory of a column being resized (`bytes` <= WEAVEHEAP_MAX_SIZE, zeroed,
 * 64-byte aligned, counted as an allocation; region entered), or NULL with
 * `err` filled and nothing changed. `*own_chunk` says whether it is a chunk
 * of its own. */
uint8_t* weaveheap__column_alloc(weaveheap__region* r, uint64_t bytes, bool* own_chunk, weaveheap_error* err);
/* The column `o` (live, unborrowed) moved to `mem` (from
 * weaveheap__column_alloc), its `copied` bytes copied there: its old memory
 * goes back as a release gives it, the slot points at the new, and the move
 * is counted as a release and a copy. */
void weaveheap__column_moved(weaveheap__object* o, uint8_t* mem, uint64_t bytes, bool own_chunk, uint64_t copied);

#endif
