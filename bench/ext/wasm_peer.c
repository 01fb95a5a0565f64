/* The hand-written WebAssembly peer of bench/ext (B12): zlib's crc32 as an
 * export taking an address and a length in linear memory, what an author
 * exports by hand for JavaScript to call on bytes already there. Linked into
 * a copy of zpack.wasm (the same core, zpack and zlib: bench_ext_wasm), so
 * both rows run the same crc32 on the same memory. */
#include <stdint.h>

#include "crc_pieces.h"

__attribute__((visibility("default"))) uint32_t bench_ext_wasm_crc32(const uint8_t* data, uint32_t length) {
    return bench_ext_crc32(data, length);
}
