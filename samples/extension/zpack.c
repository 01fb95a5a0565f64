/* The implementation of zpack (zpack.wh) with zlib: what the extension's
 * author writes. Everything else -- handles, borrows, errors, the kinds --
 * is in the generated entry points (generated/c/zpack_entry.c). The views
 * are the core's own memory: read in place, never copied in. */
#include <stdbool.h>
#include <stdlib.h>
#include <zlib.h>

#include "zpack_impl.h"

/* zlib counts in uInt: feed it views of any size in pieces. */
#define PIECE ((uint64_t)1 << 30)

static uint32_t crc_of(uint32_t crc, const uint8_t* data, uint64_t length) {
    while (length > 0) {
        uInt n = (uInt)(length < PIECE ? length : PIECE);
        crc = (uint32_t)crc32(crc, data, n);
        data += n;
        length -= n;
    }
    return crc;
}

uint32_t zpack_impl_crc32(const weaveheap_view* src, weaveheap_error* err) {
    (void)err;
    return crc_of((uint32_t)crc32(0L, Z_NULL, 0), src->data, src->length);
}

weaveheap_buffer_t zpack_impl_deflate(weaveheap_region_t region, const weaveheap_view* src, int32_t level,
                                      weaveheap_error* err) {
    if (level < -1 || level > 9) {
        zpack_fail(err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "level %d is not -1 (zlib's default) or 0..9", (int)level);
        return 0;
    }
    if (src->length > (uint64_t)(uLong)-1 / 2) {
        zpack_fail(err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "%llu bytes are more than zlib takes at once",
                   (unsigned long long)src->length);
        return 0;
    }
    uLong bound = compressBound((uLong)src->length);
    Bytef* out = malloc(bound ? bound : 1);
    if (!out) {
        zpack_fail(err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for %lu bytes of deflate output", bound);
        return 0;
    }
    uLongf n = bound;
    int z = compress2(out, &n, src->data, (uLong)src->length, level);
    if (z != Z_OK) {
        free(out);
        zpack_fail(err, z == Z_MEM_ERROR ? WEAVEHEAP_ERR_OUT_OF_MEMORY : WEAVEHEAP_ERR_INVALID_ARGUMENT,
                   "zlib's compress2 failed (%d)", z);
        return 0;
    }
    const weaveheap_api* wh = zpack_core();
    weaveheap_buffer_t result = wh->buffer_alloc(region, n, 16, err);
    if (result) {
        wh->buffer_write(result, 0, out, n, err); /* the one copy, counted by the core */
        if (err->code) {
            weaveheap_error ignored = {0, NULL};
            wh->buffer_release(result, &ignored);
            result = 0;
        }
    }
    free(out);
    return result;
}

/* Inflates the zlib stream of `src` into out[0, cap), reading and writing in
 * place, piece by piece. Returns how many bytes it wrote, or fills err:
 * corrupt, or wrong_size when the data is longer than `cap` (or, with
 * `exact`, shorter). */
static uint64_t inflate_view(const weaveheap_view* src, uint8_t* out, uint64_t cap, bool exact,
                             weaveheap_error* err) {
    enum { TOO_BIG = -100 };
    z_stream z = {0};
    z.next_out = out; /* never NULL, even for 0 bytes */
    int rc = inflateInit(&z);
    uint64_t in_left = src->length, out_left = cap;
    const uint8_t* in = src->data;
    uint8_t* to = out;
    while (rc == Z_OK || rc == Z_BUF_ERROR) {
        if (z.avail_in == 0 && in_left) { /* the next piece of the view, in place */
            z.next_in = (Bytef*)in;
            z.avail_in = (uInt)(in_left < PIECE ? in_left : PIECE);
            in += z.avail_in;
            in_left -= z.avail_in;
        }
        if (z.avail_out == 0 && out_left) {
            z.next_out = to;
            z.avail_out = (uInt)(out_left < PIECE ? out_left : PIECE);
            to += z.avail_out;
            out_left -= z.avail_out;
        }
        rc = inflate(&z, Z_NO_FLUSH);
        if (rc == Z_BUF_ERROR && z.avail_in == 0 && !in_left) rc = Z_DATA_ERROR;  /* truncated */
        else if (rc == Z_BUF_ERROR && z.avail_out == 0 && !out_left) rc = TOO_BIG;
    }
    uint64_t produced = cap - out_left - z.avail_out;
    bool rest = z.avail_in != 0 || in_left != 0;
    inflateEnd(&z);
    if (rc == Z_STREAM_END && !rest && (produced == cap || !exact)) return produced;
    if (rc == TOO_BIG)
        zpack_fail(err, ZPACK_ERR_WRONG_SIZE, "the data inflates to more than %llu bytes", (unsigned long long)cap);
    else if (rc == Z_STREAM_END && !rest)
        zpack_fail(err, ZPACK_ERR_WRONG_SIZE, "the data inflates to %llu bytes, not %llu",
                   (unsigned long long)produced, (unsigned long long)cap);
    else if (rc == Z_MEM_ERROR)
        zpack_fail(err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "zlib has no memory to inflate");
    else
        zpack_fail(err, ZPACK_ERR_CORRUPT, "the data is not one complete zlib stream (%s)",
                   rc == Z_STREAM_END ? "bytes after its end" : rc == Z_DATA_ERROR && !z.msg ? "truncated"
                   : z.msg ? z.msg : "zlib refused it");
    return 0;
}

weaveheap_buffer_t zpack_impl_inflate(weaveheap_region_t region, const weaveheap_view* src, uint64_t size,
                                      weaveheap_error* err) {
    const weaveheap_api* wh = zpack_core();
    weaveheap_buffer_t result = wh->buffer_alloc(region, size, 16, err);
    if (!result) return 0;
    /* inflate straight into the new buffer, through its unique view */
    weaveheap_view out;
    weaveheap_borrow_t token = wh->borrow_unique(result, &out, err);
    if (token) {
        inflate_view(src, out.data, out.length, true, err);
        wh->borrow_release(token, NULL);
    }
    if (!err->code) return result;
    weaveheap_error ignored = {0, NULL};
    wh->buffer_release(result, &ignored); /* failed: nothing of it stays */
    return 0;
}

uint64_t zpack_impl_inflate_into(weaveheap_view* dst, const weaveheap_view* src, weaveheap_error* err) {
    return inflate_view(src, dst->data, dst->length, false, err);
}

/* -- the crc kind --------------------------------------------------------------- */

struct zpack_crc {
    uint32_t value;
};

struct zpack_crc* zpack_impl_crc_create(weaveheap_region_t region, weaveheap_error* err) {
    (void)region;
    struct zpack_crc* c = malloc(sizeof *c);
    if (!c) {
        zpack_fail(err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for a crc");
        return NULL;
    }
    c->value = (uint32_t)crc32(0L, Z_NULL, 0);
    return c;
}

void zpack_impl_crc_update(struct zpack_crc* crc, const weaveheap_view* src, weaveheap_error* err) {
    (void)err;
    crc->value = crc_of(crc->value, src->data, src->length);
}

uint32_t zpack_impl_crc_value(struct zpack_crc* crc, weaveheap_error* err) {
    (void)err;
    return crc->value;
}

void zpack_impl_crc_destroy(struct zpack_crc* payload) { free(payload); }
