/* zlib's crc32 over any length, in pieces zlib's uInt can count: the very
 * loop samples/extension/zpack.c runs, so that every peer of bench/ext does
 * the same work per byte as the extension. */
#ifndef BENCH_EXT_CRC_PIECES_H
#define BENCH_EXT_CRC_PIECES_H
#include <stdint.h>
#include <zlib.h>

#define BENCH_EXT_PIECE ((uint64_t)1 << 30)

static inline uint32_t bench_ext_crc32(const uint8_t* data, uint64_t length) {
    uint32_t crc = (uint32_t)crc32(0L, Z_NULL, 0);
    while (length > 0) {
        uInt n = (uInt)(length < BENCH_EXT_PIECE ? length : BENCH_EXT_PIECE);
        crc = (uint32_t)crc32(crc, data, n);
        data += n;
        length -= n;
    }
    return crc;
}
#endif
