/* Entry points over the wasm shims (wasm/shim/) for shim.test.mjs: snprintf
 * with each kind of argument the core's messages pass. Linked with the shims
 * alone, which it also exports (malloc, calloc, realloc, free). */
#include <stdint.h>
#include <stdio.h>

#define PROBE(name) __attribute__((export_name(name), visibility("default")))

PROBE("fmt_int") int fmt_int(char* buf, size_t n, const char* fmt, int v) { return snprintf(buf, n, fmt, v); }
PROBE("fmt_uint") int fmt_uint(char* buf, size_t n, const char* fmt, unsigned v) { return snprintf(buf, n, fmt, v); }
PROBE("fmt_long") int fmt_long(char* buf, size_t n, const char* fmt, long v) { return snprintf(buf, n, fmt, v); }
PROBE("fmt_llong") int fmt_llong(char* buf, size_t n, const char* fmt, long long v) { return snprintf(buf, n, fmt, v); }
PROBE("fmt_ullong") int fmt_ullong(char* buf, size_t n, const char* fmt, unsigned long long v) {
    return snprintf(buf, n, fmt, v);
}
PROBE("fmt_size") int fmt_size(char* buf, size_t n, const char* fmt, size_t v) { return snprintf(buf, n, fmt, v); }
PROBE("fmt_str") int fmt_str(char* buf, size_t n, const char* fmt, const char* v) { return snprintf(buf, n, fmt, v); }
PROBE("fmt_ptr") int fmt_ptr(char* buf, size_t n, const char* fmt, void* v) { return snprintf(buf, n, fmt, v); }
PROBE("fmt_int_str") int fmt_int_str(char* buf, size_t n, const char* fmt, int a, const char* b) {
    return snprintf(buf, n, fmt, a, b);
}
PROBE("fmt_int_int") int fmt_int_int(char* buf, size_t n, const char* fmt, int a, int b) {
    return snprintf(buf, n, fmt, a, b);
}
/* The core's own message shape: "%s 0x%016llx %s". */
PROBE("fmt_handle") int fmt_handle(char* buf, size_t n, const char* kind, unsigned long long h, const char* why) {
    return snprintf(buf, n, "%s 0x%016llx %s", kind, h, why);
}
