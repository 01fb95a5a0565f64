/* The allocators WeaveHeap is measured against. mimalloc and jemalloc are
 * loaded with dlopen(RTLD_LOCAL) and called through their own entry points,
 * so that they never replace malloc for the process and glibc's figures stay
 * glibc's. APR and talloc are linked normally (they allocate with malloc).
 * A peer that is not installed is reported as skipped, never faked. */
#ifndef WEAVEHEAP_BENCH_PEERS_H
#define WEAVEHEAP_BENCH_PEERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct wb_allocator {
    const char* name;
    void* (*alloc)(size_t size);
    void (*free)(void* p);
} wb_allocator;

/* Loads what is installed; returns how many of glibc, mimalloc, jemalloc
 * are available (glibc always is) and fills out[0..n). */
size_t wb_allocators(wb_allocator out[3]);

/* B3's peer for the public call: what a pointer-based C API's accessor
 * costs (a call in another file, that dereferences the pointer it gets). */
uint64_t wb_pointer_api_read(const uint64_t* object);

/* Whether libmimalloc / libjemalloc were found (for the report). */
const char* wb_peer_status(void);

#endif
