/* The part of <stdio.h> the core uses, for the freestanding wasm build: the
 * formatting of error messages (wasm/shim/printf.c implements it). No
 * streams: the module has no imports. */
#ifndef WEAVEHEAP_SHIM_STDIO_H
#define WEAVEHEAP_SHIM_STDIO_H

#include <stdarg.h>
#include <stddef.h>

int vsnprintf(char* restrict buf, size_t n, const char* restrict fmt, va_list ap);
int snprintf(char* restrict buf, size_t n, const char* restrict fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
