/* The C side of the Arrow samples (samples/arrow/README.md): code that makes
 * WeaveHeap columns and record batches in a region its caller owns. It links
 * no core of its own: every call goes through the function table of the core
 * already in the process (weaveheap._C_API in Python, backend.apiTable in
 * Node.js), so what it makes is the caller's object, under the caller's
 * counters. Handles cross as uint64_t so that ctypes and N-API pass them
 * as they are.
 *
 * Every function returns 0 on failure and writes the reason into `msg`
 * (`msg_len` bytes, NUL-terminated, may be NULL); a failed call leaves the
 * region as it was (what it made so far is released). Threads: the region's
 * rule (its thread, or any thread for a thread-safe region). */
#ifndef WEAVEHEAP_SAMPLE_ARROW_H
#define WEAVEHEAP_SAMPLE_ARROW_H

#include <stddef.h>
#include <stdint.h>

#include "weaveheap_api.h"

#define SAMPLE_EXPORT __attribute__((visibility("default")))

/* The value of the sample column at row i: what every reader checks. */
static inline int64_t sample_column_value(uint64_t i) {
    return (int64_t)(i * 7u) - 3;
}

/* The producer's rows: batch `index` of `rows` rows holds the global rows
 * index*rows ... index*rows + rows-1; row r is at station r % 7 and reads
 * (r * 37) % 1000 - 500. */
static inline int32_t sample_station(uint64_t row) { return (int32_t)(row % 7u); }
static inline int64_t sample_reading(uint64_t row) { return (int64_t)((row * 37u) % 1000u) - 500; }

/* An int64 vector of `rows` values sample_column_value(0..rows-1), filled in
 * place by the core's `append` (no copy made or counted). The caller owns
 * the vector's handle. */
SAMPLE_EXPORT uint64_t sample_column_make(const weaveheap_api* api, uint64_t region, uint64_t rows,
                                          char* msg, size_t msg_len);

/* The address of the first value of `vector`, as the core hands it out
 * through a shared borrow taken and given back at once: what a zero-copy
 * reader must see. 0 on failure. */
SAMPLE_EXPORT uint64_t sample_column_address(const weaveheap_api* api, uint64_t vector, char* msg, size_t msg_len);

/* Record batch number `index` of the producer: columns "station" (int32)
 * and "reading" (int64), `rows` rows each, appended in place. The batch
 * holds its columns (a shared borrow each); the caller owns the batch's
 * handle, and the columns' handles are written to `columns` (2 entries, may
 * be NULL): the vectors stay the region's until it is reset. A lazy
 * producer (a stream whose `next` makes each batch as it is read) calls
 * exactly this. */
SAMPLE_EXPORT uint64_t sample_producer_batch(const weaveheap_api* api, uint64_t region, uint64_t index,
                                             uint64_t rows, uint64_t* columns, char* msg, size_t msg_len);

#endif
