/* What the core's Arrow exports share: the spec's structs (the public
 * weaveheap_arrow.h; the caller allocates them and the core fills them) and
 * batch.c's helpers for vector.c and batch_stream.c. */
#ifndef WEAVEHEAP_ARROW_ABI_H
#define WEAVEHEAP_ARROW_ABI_H

#include <stdbool.h>
#include <stdint.h>

#include "weaveheap_arrow.h"

/* batch.c, for its own export and a stream's (stream.c). */
struct weaveheap__slot;
struct weaveheap__object;
/* The schema of the batch in `batch` (its region entered): the struct of its
 * named columns, owning copies of the names. False: no memory, nothing filled. */
bool weaveheap__batch_schema_fill(const struct weaveheap__slot* batch, struct ArrowSchema* out);
/* The struct array of the batch `h` resolved in `batch` (region entered),
 * holding the batch until its release. False: no memory, nothing held. */
bool weaveheap__batch_array_fill(struct weaveheap__object* batch, uint64_t h, struct ArrowArray* out);
/* Releases a batch no one holds, then each of its columns no one holds
 * (no region entered): a producer's batch, handed over with its columns.
 * False: the batch is held or gone, and nothing was released. */
bool weaveheap__batch_release_all(uint64_t batch);
/* nested.c: the export of a column tree (a batch, a list) and its schema:
 * one block each, the tree's columns in it as the children. The array
 * holds the root `h` (resolved in `root`, its region entered) until its
 * release. False: no memory, nothing filled or held. */
bool weaveheap__node_schema_fill(const struct weaveheap__slot* s, struct ArrowSchema* out);
bool weaveheap__node_array_fill(struct weaveheap__object* root, uint64_t h, struct ArrowArray* out);
/* Why tree b's schema is not a's (NULL: the same names, types, nullability, recursively). */
const char* weaveheap__node_schema_differs(const struct weaveheap__slot* a, const struct weaveheap__slot* b);
/* Why batch b's schema is not a's (NULL: the same names, types, nullability). */
const char* weaveheap__batch_schema_differs(const struct weaveheap__slot* a, const struct weaveheap__slot* b);

#endif
