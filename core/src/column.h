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
