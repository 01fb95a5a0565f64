/* <string.h> for the freestanding wasm build. The module is built with
 * bulk memory, so the builtins below become memory.copy and memory.fill
 * instructions, never calls back into these functions. */
#include <string.h>

#ifndef __wasm_bulk_memory__
#error "the wasm shims need -mbulk-memory: memcpy would call itself"
#endif

void* memcpy(void* restrict dst, const void* restrict src, size_t n) { return __builtin_memmove(dst, src, n); }
void* memmove(void* dst, const void* src, size_t n) { return __builtin_memmove(dst, src, n); }
void* memset(void* dst, int c, size_t n) { return __builtin_memset(dst, c, n); }

int memcmp(const void* a, const void* b, size_t n) {
    const unsigned char *p = a, *q = b;
    for (size_t i = 0; i < n; i++)
        if (p[i] != q[i]) return p[i] - q[i];
    return 0;
}

size_t strlen(const char* s) {
    const char* e = s;
    while (*e) e++;
    return (size_t)(e - s);
}
