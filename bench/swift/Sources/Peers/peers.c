#include "peers.h"

void weaveheap_bench_noop(void) {}

uint32_t weaveheap_bench_noop_u32(void) { return 1; }

uint64_t weaveheap_bench_noop_handle(uint64_t handle, weaveheap_bench_error* out_err)
{
    (void)out_err;
    return handle;
}
