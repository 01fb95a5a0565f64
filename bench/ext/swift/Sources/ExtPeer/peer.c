#include "ext_peer.h"

#include "crc_pieces.h"   /* bench/ext/crc_pieces.h (-Xcc -I<bench/ext>): zpack.c's very loop */

uint32_t bench_ext_peer_crc32(const void* data, uint64_t length) {
    return bench_ext_crc32((const uint8_t*)data, length);
}
