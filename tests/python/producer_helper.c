/* A C producer for tests/python/producer_stream_check.py: it makes its
 * batches through the function table of the weaveheap package loaded in
 * Python (weaveheap._C_API), so they are that core's objects. Each batch has
 * columns "id" (int64: the row's number in the stream) and "twice" (int64:
 * 2 * id); at batch `fail_at` (1-based, 0: never) it fails instead. */
#include <stdlib.h>

#include "weaveheap_api.h"

typedef struct helper {
    const weaveheap_api* api;
    uint64_t batches, rows, made, fail_at;
} helper;

static weaveheap_vector_t ints(const weaveheap_api* api, uint64_t region, uint64_t n, uint64_t first, int64_t k,
                               weaveheap_error* err) {
    weaveheap_vector_t v = api->vector_create(region, WEAVEHEAP_ELEMENT_TYPE_INT64, n, false, err);
    for (uint64_t i = 0; v && i < n && !err->code; i++) api->vector_append(v, (int64_t)(first + i) * k, err);
    return err->code ? 0 : v;
}

static weaveheap_batch_t produce(void* context, uint64_t region, weaveheap_error* out_err) {
    helper* h = context;
    if (h->made == h->batches) return 0;
    if (h->made + 1 == h->fail_at) {
        h->api->error_set(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "the helper's source broke");
        return 0;
    }
    uint64_t first = h->made * h->rows;
    weaveheap_vector_t id = ints(h->api, region, h->rows, first, 1, out_err);
    weaveheap_vector_t twice = id ? ints(h->api, region, h->rows, first, 2, out_err) : 0;
    weaveheap_batch_t b = twice ? h->api->batch_create(region, 2, out_err) : 0;
    if (!b) return 0;
    h->api->batch_add_column(b, (const uint8_t*)"id", 2, id, out_err);
    h->api->batch_add_column(b, (const uint8_t*)"twice", 5, twice, out_err);
    h->made++;
    return b;
}

/* A producer's stream in `region`; *out_helper is freed by helper_free once
 * the stream is released. 0 and the error's code on failure. */
__attribute__((visibility("default"))) uint64_t helper_stream(const weaveheap_api* api, uint64_t region,
                                                               uint64_t batches, uint64_t rows, uint64_t fail_at,
                                                               void** out_helper, int32_t* out_code) {
    helper* h = calloc(1, sizeof *h);
    if (!h) return 0;
    *h = (helper){api, batches, rows, 0, fail_at};
    weaveheap_error err = {0, NULL};
    uint64_t st = api->stream_source_create(region, produce, h, &err);
    *out_code = err.code;
    if (err.code) {
        api->error_clear(&err);
        free(h);
        return 0;
    }
    *out_helper = h;
    return st;
}

__attribute__((visibility("default"))) uint64_t helper_made(void* h) { return ((helper*)h)->made; }
__attribute__((visibility("default"))) void helper_free(void* h) { free(h); }
