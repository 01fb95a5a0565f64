/* Strings: validated UTF-8, immutable, stored with a trailing NUL so that C
 * can read them in place through a view. */
#include "object.h"

weaveheap_string_t weaveheap_string_create(weaveheap_region_t region, const uint8_t* text, uint64_t text_len,
                                           weaveheap_error* out_err) {
    if (!text && text_len) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "text is NULL with a length of %llu",
                        (unsigned long long)text_len);
        return 0;
    }
    if (WH_UNLIKELY(text_len > WEAVEHEAP_MAX_SIZE)) return weaveheap__size_refused(text_len, out_err);
    if (WH_UNLIKELY(!weaveheap__span_fits(text, text_len))) return weaveheap__span_refused(text, text_len, "text", out_err);
    static const uint8_t empty = 0;
    if (!text) text = &empty;
    uint64_t bad = weaveheap__utf8_check(text, text_len);
    if (bad != text_len) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_UTF8, "invalid UTF-8 at byte offset %llu (byte 0x%02x)",
                        (unsigned long long)bad, text[bad]);
        return 0;
    }
    return weaveheap__object_create(region, WEAVEHEAP_HANDLE_KIND_STRING, text, text_len, 1, 1, out_err);
}

void weaveheap_string_release(weaveheap_string_t string, weaveheap_error* out_err) {
    weaveheap__object_release(string, WEAVEHEAP_HANDLE_KIND_STRING, 1, out_err);
}

uint64_t weaveheap_string_length(weaveheap_string_t string, weaveheap_error* out_err) {
    return weaveheap__object_length(string, WEAVEHEAP_HANDLE_KIND_STRING, out_err);
}

char* weaveheap_string_dup(weaveheap_string_t string, weaveheap_error* out_err) {
    return (char*)weaveheap__object_dup(string, WEAVEHEAP_HANDLE_KIND_STRING, 1, NULL, out_err);
}
