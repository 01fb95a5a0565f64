/* B10's floor: bare exported functions that do nothing, in a module of their
 * own, built with the same clang flags as the core module. */
#include <stdint.h>

__attribute__((export_name("noop"))) int32_t noop(void) { return 1; }
__attribute__((export_name("noop_i64"))) int64_t noop_i64(int64_t h, int32_t err) {
    (void)h;
    (void)err;
    return 64; /* what buffer_size returns in the benchmark: the same BigInt to make */
}
