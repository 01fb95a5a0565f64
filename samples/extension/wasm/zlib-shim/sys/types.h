/* What zlib's zconf.h reads from <sys/types.h> (off_t), for its freestanding
 * wasm32 build with zpack (samples/extension/wasm): the core's shims
 * (wasm/shim/include) have no such header. */
#ifndef ZPACK_WASM_SYS_TYPES_H
#define ZPACK_WASM_SYS_TYPES_H
#include <stddef.h>
typedef long long off_t;
#endif
