/* The hand-written Swift peer of bench/ext (B12): zlib's crc32 over a
 * pointer and a length, what a Swift author binds by hand and calls with an
 * UnsafeRawBufferPointer's base address and count (Swift's own zero-copy
 * path). Compiled apart from the caller, as zpack's entry point is. */
#ifndef BENCH_EXT_PEER_H
#define BENCH_EXT_PEER_H
#include <stdint.h>

uint32_t bench_ext_peer_crc32(const void* data, uint64_t length);
#endif
