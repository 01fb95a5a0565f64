/* libFuzzer harness for the batch validator (core/src/arrow_check.c): columns
 * of arbitrary formats, lengths, null counts and buffers, each buffer its own
 * allocation of exactly the size the validator is told (so ASan sees any read
 * past it). The validator must never read out of bounds, and must say yes
 * only to columns that hold what it promises: checked after a yes by walking
 * the column independently (offsets within the data, every valid value of a
 * "u" column accepted by the core's string_create as UTF-8).
 *
 * Input: [columns 1..4][rows lo][rows hi], then per column 8 bytes
 * [format][length delta][null delta][flags][validity size][values size]
 * [data size][scale], then the bytes the buffers are filled from, in turn.
 * Flag 8 checks the column as a list ("+l": weaveheap__check_list) whose
 * child has `data size` rows, its values buffer the int32 offsets. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arrow_check.h"

static const char* const formats[] = {"c", "s", "i", "l", "C", "S", "I", "L", "f", "g", "b", "u", "z", "x", "+s", ""};

typedef struct reader {
    const uint8_t* p;
    size_t n, at;
} reader;
static uint8_t next(reader* r) { return r->at < r->n ? r->p[r->at++] : 0; }

/* A buffer of exactly `size` bytes filled from the input (NULL for size 0 with flag). */
static uint8_t* filled(reader* r, uint64_t size) {
    uint8_t* b = malloc(size ? size : 1);
    if (!b) abort();
    for (uint64_t i = 0; i < size; i++) b[i] = next(r);
    return b;
}

static void check_yes(const weaveheap__column_check* c, weaveheap_region_t region) {
    if (c->format[0] != 'u' && c->format[0] != 'z') return;
    const uint8_t* o = c->values;
    for (uint64_t row = 0; row < c->length; row++) {
        int32_t a, b;
        memcpy(&a, o + 4 * row, 4);
        memcpy(&b, o + 4 * row + 4, 4);
        if (a < 0 || b < a || (uint64_t)b > c->data_size) abort(); /* the validator said yes to a bad offset */
        bool valid = !c->validity || ((c->validity[row / 8] >> (row % 8)) & 1);
        if (c->format[0] == 'u' && valid) {
            weaveheap_error err = {0};
            weaveheap_string_t s = weaveheap_string_create(region, b > a ? c->data + a : (const uint8_t*)"", (uint64_t)(b - a), &err);
            if (err.code == WEAVEHEAP_ERR_INVALID_UTF8) abort(); /* a yes to text that is not UTF-8 */
            if (s) weaveheap_string_release(s, NULL);
            weaveheap_error_clear(&err);
        }
    }
}

/* After a yes to a list: offsets from 0, never decreasing, ending at the child's rows. */
static void check_list_yes(const weaveheap__column_check* c, uint64_t child_rows) {
    int32_t prev;
    memcpy(&prev, c->values, 4);
    if (prev != 0) abort();
    for (uint64_t row = 0; row < c->length; row++) {
        int32_t next_offset;
        memcpy(&next_offset, c->values + 4 * row + 4, 4);
        if (next_offset < prev || (uint64_t)next_offset > child_rows) abort();
        prev = next_offset;
    }
    if ((uint64_t)prev != child_rows) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    reader r = {data, size, 0};
    unsigned ncols = 1 + next(&r) % 4;
    uint64_t rows = next(&r);
    rows |= (uint64_t)(next(&r) & 1) << 8; /* up to 511 rows */
    uint8_t head[4][8];
    for (unsigned i = 0; i < ncols; i++)
        for (unsigned k = 0; k < 8; k++) head[i][k] = next(&r);
    weaveheap_region_t region = weaveheap_region_create(NULL, NULL);
    if (!region) abort();
    for (unsigned i = 0; i < ncols; i++) {
        const uint8_t* h = head[i];
        uint64_t scale = 1 + h[7] % 8;
        weaveheap__column_check c = {
            .name = "fuzzed",
            .format = formats[h[0] % (sizeof formats / sizeof formats[0])],
            .length = rows + (h[1] & 0x80 ? (uint64_t)(int8_t)h[1] : 0), /* sometimes another length */
            .null_count = h[2] % 16 == 15 ? UINT64_MAX - h[2] : h[2] % 16,
            .validity_size = (uint64_t)h[4] * scale / 4,
            .values_size = (uint64_t)h[5] * scale * 4,
            .data_size = (uint64_t)h[6] * scale,
        };
        uint8_t* validity = h[3] & 1 ? filled(&r, c.validity_size) : NULL;
        uint8_t* values = h[3] & 2 ? NULL : filled(&r, c.values_size);
        uint8_t* bytes = h[3] & 4 ? NULL : filled(&r, c.data_size);
        c.validity = validity;
        c.values = values;
        c.data = bytes;
        if (!validity) c.validity_size = 0;
        weaveheap_error err = {0};
        bool list = h[3] & 8;
        if (list) c.format = "+l";
        bool yes = list ? weaveheap__check_list(&c, rows, c.data_size, &err) : weaveheap__check_column(&c, rows, &err);
        if (yes != (err.code == 0)) abort(); /* a no always has its typed error */
        if (!yes && !err.message) abort();
        if (yes && list) check_list_yes(&c, c.data_size);
        else if (yes) check_yes(&c, region);
        weaveheap_error_clear(&err);
        free(validity);
        free(values);
        free(bytes);
    }
    weaveheap_region_destroy(region, NULL);
    return 0;
}
