/* Errors as values, the static texts (from the IDL's error list), versions,
 * and freeing what the core hands out. */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char* const texts[] = {
#define WH_TEXT(name, value, id, text) [value] = text,
    WEAVEHEAP_ERROR_CODES(WH_TEXT)
#undef WH_TEXT
};

static const char unknown[] = "unknown error";

const char* weaveheap_strerror(int32_t code) {
    if (code < 0 || (size_t)code >= sizeof texts / sizeof texts[0] || !texts[code]) return unknown;
    return texts[code];
}

/* A message we could not allocate falls back to the static text, which
 * error_clear must then not free. */
static bool is_static(const char* m) {
    if (m == unknown) return true; /* an extension's code (error_set) */
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        if (m == texts[i]) return true;
    return false;
}

void weaveheap_error_clear(weaveheap_error* error) {
    if (!error) return;
    if (error->message && !is_static(error->message)) weaveheap__free((void*)error->message);
    error->code = 0;
    error->message = NULL;
}

void weaveheap__fail(weaveheap_error* err, int32_t code, const char* fmt, ...) {
    if (!err) return;
    weaveheap_error_clear(err);
    err->code = code;
    char buf[256];
    va_list ap, again;
    va_start(ap, fmt);
    va_copy(again, ap);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    char* m = n >= 0 ? weaveheap__malloc((size_t)n + 1) : NULL;
    if (m && (size_t)n < sizeof buf) memcpy(m, buf, (size_t)n + 1);
    else if (m) vsnprintf(m, (size_t)n + 1, fmt, again); /* longer than buf: format it again */
    va_end(again);
    if (m) {
        err->message = m;
    } else {
        err->message = weaveheap_strerror(code);
    }
}

void weaveheap_error_set(weaveheap_error* error, int32_t code, const char* message) {
    if (!error) return;
    if (code == 0) weaveheap_error_clear(error);
    else weaveheap__fail(error, code, "%s", message ? message : weaveheap_strerror(code));
}

uint32_t weaveheap_version_number(void) { return WEAVEHEAP_VERSION_NUMBER; }
const char* weaveheap_version_string(void) { return WEAVEHEAP_VERSION_STRING; }
uint32_t weaveheap_abi_version(void) { return WEAVEHEAP_ABI_VERSION; }
const char* weaveheap_idl_hash(void) { return WEAVEHEAP_IDL_HASH; }

void weaveheap_free_string(const char* text) { weaveheap__free((void*)text); }

void weaveheap_free_bytes(uint8_t* data, uint64_t data_len) {
    (void)data_len;
    weaveheap__free(data);
}
