/* The check of one column of a record batch against the Arrow layout
 * (arrow_check.c): what batch.validate runs over a batch's columns, and what
 * the fuzz harness (tests/fuzz/batch_fuzz.c) drives with arbitrary buffers.
 * It reads only within the sizes it is given. */
#ifndef WEAVEHEAP_ARROW_CHECK_H
#define WEAVEHEAP_ARROW_CHECK_H

#include <stdbool.h>
#include <stdint.h>

#include "weaveheap.h"

typedef struct weaveheap__column_check {
    const char* name;   /* for messages */
    const char* format; /* Arrow's format string */
    uint64_t length, null_count;
    const uint8_t* validity; /* NULL: no bitmap (then null_count must be 0) */
    uint64_t validity_size;
    const uint8_t* values; /* fixed-width: the values; "u" and "z": the int32 offsets */
    uint64_t values_size;
    const uint8_t* data; /* "u" and "z": the data bytes */
    uint64_t data_size;
} weaveheap__column_check;

/* True when column c is a well-formed Arrow array of `rows` values: a format
 * the core reads, `rows` values, a bitmap that holds them with null_count
 * nulls, buffers that hold them, offsets that start at 0 or more, never
 * decrease and stay within the data, and UTF-8 values in a "u" column. Else
 * false with a typed error naming the column (and row): invalid_argument
 * (format, length, null count), out_of_range (a buffer too small, an
 * offset), invalid_utf8. */
bool weaveheap__check_column(const weaveheap__column_check* c, uint64_t rows, weaveheap_error* err);

/* A list column ("+l", "+m"): `rows` lists, a bitmap that holds them with
 * null_count nulls, an offsets buffer (`values`: rows + 1 int32) that
 * starts at 0, never decreases and ends at the child's length
 * (`child_length`). Else false with the error naming the column and row. */
bool weaveheap__check_list(const weaveheap__column_check* c, uint64_t rows, uint64_t child_length,
                           weaveheap_error* err);

#endif
