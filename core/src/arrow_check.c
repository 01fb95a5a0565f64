/* The check of a column against the Arrow layout (arrow_check.h): the
 * validator of batches, run over the core's own columns by batch.validate and
 * over arbitrary buffers by the fuzz harness. Every size is computed in 64
 * bits and every read is within the sizes given. */
#include "arrow_check.h"

#include <string.h>

#include "internal.h"

/* Bits per value of each fixed-width format; 0: a variable-size one ("u",
 * "z"); -1: not a format the core reads. */
static int format_bits(const char* f) {
    if (!f || !f[0] || f[1]) return -1;
    switch (f[0]) {
    case 'c': case 'C': return 8;
    case 's': case 'S': return 16;
    case 'i': case 'I': case 'f': return 32;
    case 'l': case 'L': case 'g': return 64;
    case 'b': return 1;
    case 'u': case 'z': return 0;
    }
    return -1;
}

static bool bit(const uint8_t* map, uint64_t i) { return (map[i / 8] >> (i % 8)) & 1u; }

static int32_t offset_at(const uint8_t* offsets, uint64_t i) {
    int32_t x;
    memcpy(&x, offsets + 4 * i, 4); /* the buffer need not be aligned */
    return x;
}

/* The bitmap of column c holds its n values and null_count nulls. */
static bool validity_ok(const weaveheap__column_check* c, const char* name, uint64_t n, weaveheap_error* err) {
    if (!c->validity) {
        if (c->null_count) {
            weaveheap__fail(err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "column '%s': %llu nulls but no validity bitmap",
                            name, (unsigned long long)c->null_count);
            return false;
        }
    } else {
        if (c->validity_size < (n + 7) / 8) {
            weaveheap__fail(err, WEAVEHEAP_ERR_OUT_OF_RANGE,
                            "column '%s': its validity bitmap has %llu bytes, %llu values need %llu", name,
                            (unsigned long long)c->validity_size, (unsigned long long)n,
                            (unsigned long long)((n + 7) / 8));
            return false;
        }
        uint64_t nulls = 0;
        for (uint64_t r = 0; r < n; r++) nulls += !bit(c->validity, r);
        if (nulls != c->null_count) {
            weaveheap__fail(err, WEAVEHEAP_ERR_INVALID_ARGUMENT,
                            "column '%s': null_count is %llu, its bitmap holds %llu nulls", name,
                            (unsigned long long)c->null_count, (unsigned long long)nulls);
            return false;
        }
    }
    return true;
}

bool weaveheap__check_column(const weaveheap__column_check* c, uint64_t rows, weaveheap_error* err) {
    const char* name = c->name ? c->name : "?";
    int bits = format_bits(c->format);
    if (bits < 0) {
        weaveheap__fail(err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "column '%s': format '%.8s' is not one the core reads",
                        name, c->format ? c->format : "(null)");
        return false;
    }
    if (c->length != rows) {
        weaveheap__fail(err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "column '%s' has %llu values, the batch %llu rows", name,
                        (unsigned long long)c->length, (unsigned long long)rows);
        return false;
    }
    uint64_t n = c->length;
    if (n > WEAVEHEAP_MAX_SIZE) { /* keeps every size below in 64 bits */
        weaveheap__fail(err, WEAVEHEAP_ERR_OUT_OF_RANGE, "column '%s': %llu values are more than any buffer holds",
                        name, (unsigned long long)n);
        return false;
    }
    if (!validity_ok(c, name, n, err)) return false;
    uint64_t need = bits == 1 ? (n + 7) / 8 : bits ? n * (uint64_t)(bits / 8) : (n + 1) * 4;
    if (c->values_size < need || (need && !c->values)) {
        weaveheap__fail(err, WEAVEHEAP_ERR_OUT_OF_RANGE, "column '%s': its %s buffer has %llu bytes, %llu values need %llu",
                        name, bits ? "values" : "offsets", (unsigned long long)c->values_size,
                        (unsigned long long)n, (unsigned long long)need);
        return false;
    }
    if (bits) return true;
    /* Variable-size: offsets from 0 or more, never decreasing, within the data. */
    if (c->data_size && !c->data) {
        weaveheap__fail(err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "column '%s': no data buffer for %llu data bytes", name,
                        (unsigned long long)c->data_size);
        return false;
    }
    int32_t prev = offset_at(c->values, 0);
    if (prev < 0 || (uint64_t)prev > c->data_size) {
        weaveheap__fail(err, WEAVEHEAP_ERR_OUT_OF_RANGE, "column '%s' row 0: offset %d is outside its %llu data bytes",
                        name, (int)prev, (unsigned long long)c->data_size);
        return false;
    }
    bool utf8 = c->format[0] == 'u';
    for (uint64_t r = 0; r < n; r++) {
        int32_t next = offset_at(c->values, r + 1);
        if (next < prev) {
            weaveheap__fail(err, WEAVEHEAP_ERR_OUT_OF_RANGE,
                            "column '%s' row %llu: its end offset %d is below its start %d", name,
                            (unsigned long long)r, (int)next, (int)prev);
            return false;
        }
        if ((uint64_t)next > c->data_size) {
            weaveheap__fail(err, WEAVEHEAP_ERR_OUT_OF_RANGE,
                            "column '%s' row %llu: its end offset %d is past its %llu data bytes", name,
                            (unsigned long long)r, (int)next, (unsigned long long)c->data_size);
            return false;
        }
        uint64_t len = (uint64_t)(next - prev);
        if (utf8 && (!c->validity || bit(c->validity, r))) {
            /* len > 0 only within data_size > 0, where data is not NULL (checked) */
            const uint8_t* value = len ? c->data + prev : (const uint8_t*)"";
            uint64_t ok = weaveheap__utf8_check(value, len);
            if (ok != len) {
                weaveheap__fail(err, WEAVEHEAP_ERR_INVALID_UTF8,
                                "column '%s' row %llu: byte %llu of its value is not UTF-8", name,
                                (unsigned long long)r, (unsigned long long)ok);
                return false;
            }
        }
        prev = next;
    }
    return true;
}

bool weaveheap__check_list(const weaveheap__column_check* c, uint64_t rows, uint64_t child_length,
                           weaveheap_error* err) {
    const char* name = c->name ? c->name : "?";
    if (c->length != rows) {
        weaveheap__fail(err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "column '%s' has %llu values, its parent %llu rows", name,
                        (unsigned long long)c->length, (unsigned long long)rows);
        return false;
    }
    uint64_t n = c->length;
    if (n > WEAVEHEAP_MAX_SIZE) {
        weaveheap__fail(err, WEAVEHEAP_ERR_OUT_OF_RANGE, "column '%s': %llu values are more than any buffer holds",
                        name, (unsigned long long)n);
        return false;
    }
    if (!validity_ok(c, name, n, err)) return false;
    if (c->values_size < (n + 1) * 4 || !c->values) {
        weaveheap__fail(err, WEAVEHEAP_ERR_OUT_OF_RANGE, "column '%s': its offsets buffer has %llu bytes, %llu lists "
                        "need %llu", name, (unsigned long long)c->values_size, (unsigned long long)n,
                        (unsigned long long)((n + 1) * 4));
        return false;
    }
    int32_t prev = offset_at(c->values, 0);
    if (prev != 0) {
        weaveheap__fail(err, WEAVEHEAP_ERR_OUT_OF_RANGE, "column '%s' row 0: its first offset is %d, not 0", name,
                        (int)prev);
        return false;
    }
    for (uint64_t r = 0; r < n; r++) {
        int32_t next = offset_at(c->values, r + 1);
        if (next < prev || (uint64_t)next > child_length) {
            weaveheap__fail(err, WEAVEHEAP_ERR_OUT_OF_RANGE,
                            "column '%s' row %llu: its end offset %d is %s", name, (unsigned long long)r, (int)next,
                            next < prev ? "below its start" : "past its child's values");
            return false;
        }
        prev = next;
    }
    if ((uint64_t)prev != child_length) {
        weaveheap__fail(err, WEAVEHEAP_ERR_OUT_OF_RANGE,
                        "column '%s' row %llu: its last offset %d is not its child's length %llu", name,
                        (unsigned long long)(n ? n - 1 : 0), (int)prev, (unsigned long long)child_length);
        return false;
    }
    return true;
}
