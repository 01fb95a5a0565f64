/* Compiler runtime functions that clang calls on wasm64 and that Debian ships
 * no wasm64 compiler-rt for: a 128-bit multiply, which LLVM uses to check a
 * 64-bit product for overflow (calloc's n * size). wasm32 needs none. */
#include <stdint.h>

#if defined(__wasm64__)
typedef union {
    __int128 all;
    struct {
        uint64_t lo, hi; /* wasm is little-endian */
    } s;
} wh_u128;

__int128 __multi3(__int128 a, __int128 b);

__int128 __multi3(__int128 a, __int128 b) {
    wh_u128 x = {.all = a}, y = {.all = b}, r;
    uint64_t a0 = x.s.lo & 0xffffffffu, a1 = x.s.lo >> 32;
    uint64_t b0 = y.s.lo & 0xffffffffu, b1 = y.s.lo >> 32;
    uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    uint64_t mid = (p00 >> 32) + (p01 & 0xffffffffu) + (p10 & 0xffffffffu);
    r.s.lo = (p00 & 0xffffffffu) | (mid << 32);
    r.s.hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32) + x.s.lo * y.s.hi + x.s.hi * y.s.lo;
    return r.all;
}
#else
/* ISO C wants a declaration in every translation unit. */
typedef int wh_no_builtins_needed;
#endif
