/* The peers of B9: C functions that do nothing, compiled apart from the
 * caller (a separate translation unit, no LTO) so that each call is a real
 * call through the Clang importer, as a core call is. */
#ifndef WEAVEHEAP_BENCH_PEERS_H
#define WEAVEHEAP_BENCH_PEERS_H
#include <stdint.h>

typedef struct weaveheap_bench_error {
    int32_t code;
    const char* message;
} weaveheap_bench_error;

void weaveheap_bench_noop(void);
uint32_t weaveheap_bench_noop_u32(void);
/* The shape of a handle method: a handle in, an error out, a number back. */
uint64_t weaveheap_bench_noop_handle(uint64_t handle, weaveheap_bench_error* out_err);
#endif
