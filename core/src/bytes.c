/* Bytes: immutable once created. */
#include "object.h"

weaveheap_bytes_t weaveheap_bytes_create(weaveheap_region_t region, const uint8_t* data, uint64_t data_len,
                                         weaveheap_error* out_err) {
    if (!data && data_len) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "data is NULL with a length of %llu",
                        (unsigned long long)data_len);
        return 0;
    }
    if (WH_UNLIKELY(data_len > WEAVEHEAP_MAX_SIZE)) return weaveheap__size_refused(data_len, out_err);
    if (WH_UNLIKELY(!weaveheap__span_fits(data, data_len))) return weaveheap__span_refused(data, data_len, "data", out_err);
    static const uint8_t empty = 0;
    return weaveheap__object_create(region, WEAVEHEAP_HANDLE_KIND_BYTES, data ? data : &empty, data_len, 0, 1,
                                    out_err);
}

void weaveheap_bytes_release(weaveheap_bytes_t bytes, weaveheap_error* out_err) {
    weaveheap__object_release(bytes, WEAVEHEAP_HANDLE_KIND_BYTES, 0, out_err);
}

uint64_t weaveheap_bytes_length(weaveheap_bytes_t bytes, weaveheap_error* out_err) {
    return weaveheap__object_length(bytes, WEAVEHEAP_HANDLE_KIND_BYTES, out_err);
}

uint8_t* weaveheap_bytes_dup(weaveheap_bytes_t bytes, uint64_t* out_len, weaveheap_error* out_err) {
    return weaveheap__object_dup(bytes, WEAVEHEAP_HANDLE_KIND_BYTES, 0, out_len, out_err);
}

