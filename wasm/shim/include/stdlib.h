/* The part of <stdlib.h> the core uses, for the freestanding wasm build
 * (wasm/shim/malloc.c implements it). */
#ifndef WEAVEHEAP_SHIM_STDLIB_H
#define WEAVEHEAP_SHIM_STDLIB_H

#include <stddef.h>

void* malloc(size_t n);
void* calloc(size_t n, size_t size);
void* realloc(void* p, size_t n);
void free(void* p);
_Noreturn void abort(void);

#endif
