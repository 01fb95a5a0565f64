/* The C side of the Arrow samples: see arrow_sample.h. */
#include "arrow_sample.h"

#include <stdio.h>

/* Copies the reason of a failure into the caller's `msg` and gives the
 * error's message back to the core. */
static uint64_t fail(const weaveheap_api* api, weaveheap_error* err, const char* what, char* msg, size_t msg_len) {
    if (msg && msg_len)
        snprintf(msg, msg_len, "%s: %s", what, err && err->message ? err->message : "invalid table");
    if (api && err) api->error_clear(err);
    return 0;
}

/* The table is one this library was built for: same ABI, same IDL. */
static bool usable(const weaveheap_api* api, char* msg, size_t msg_len) {
    if (weaveheap_api_compatible(api)) return true;
    fail(NULL, NULL, "the weaveheap table is not the one this sample was built against", msg, msg_len);
    return false;
}

/* An int64 or int32 vector of `rows` values value(first + i). */
static uint64_t make_column(const weaveheap_api* api, uint64_t region, weaveheap_element_type type, uint64_t first,
                            uint64_t rows, int64_t (*value)(uint64_t), weaveheap_error* err) {
    weaveheap_vector_t v = api->vector_create(region, type, rows, false, err);
    if (err->code) return 0;
    for (uint64_t i = 0; i < rows; i++) {
        api->vector_append(v, value(first + i), err);
        if (err->code) {
            weaveheap_error ignored = {0, NULL};
            api->vector_release(v, &ignored);
            api->error_clear(&ignored);
            return 0;
        }
    }
    return v;
}

static int64_t column_value(uint64_t i) { return sample_column_value(i); }
static int64_t station_value(uint64_t r) { return sample_station(r); }
static int64_t reading_value(uint64_t r) { return sample_reading(r); }

uint64_t sample_column_make(const weaveheap_api* api, uint64_t region, uint64_t rows, char* msg, size_t msg_len) {
    if (!usable(api, msg, msg_len)) return 0;
    weaveheap_error err = {0, NULL};
    uint64_t v = make_column(api, region, WEAVEHEAP_ELEMENT_TYPE_INT64, 0, rows, column_value, &err);
    return v ? v : fail(api, &err, "sample_column_make", msg, msg_len);
}

uint64_t sample_column_address(const weaveheap_api* api, uint64_t vector, char* msg, size_t msg_len) {
    if (!usable(api, msg, msg_len)) return 0;
    weaveheap_error err = {0, NULL};
    weaveheap_view view;
    weaveheap_borrow_t token = api->borrow_shared(vector, &view, &err);
    if (err.code) return fail(api, &err, "sample_column_address", msg, msg_len);
    api->borrow_release(token, &err);
    if (err.code) return fail(api, &err, "sample_column_address", msg, msg_len);
    return (uint64_t)(uintptr_t)view.data;
}

uint64_t sample_producer_batch(const weaveheap_api* api, uint64_t region, uint64_t index, uint64_t rows,
                               uint64_t* columns, char* msg, size_t msg_len) {
    if (!usable(api, msg, msg_len)) return 0;
    weaveheap_error err = {0, NULL};
    weaveheap_error ignored = {0, NULL};
    uint64_t first = index * rows;
    weaveheap_vector_t station = 0, reading = 0;
    weaveheap_batch_t batch = api->batch_create(region, 2, &err);
    if (!err.code) station = make_column(api, region, WEAVEHEAP_ELEMENT_TYPE_INT32, first, rows, station_value, &err);
    if (!err.code) reading = make_column(api, region, WEAVEHEAP_ELEMENT_TYPE_INT64, first, rows, reading_value, &err);
    if (!err.code) api->batch_add_column(batch, (const uint8_t*)"station", 7, station, &err);
    if (!err.code) api->batch_add_column(batch, (const uint8_t*)"reading", 7, reading, &err);
    if (!err.code) {
        if (columns) {
            columns[0] = station;
            columns[1] = reading;
        }
        return batch;
    }
    /* a failed batch gives back what it made: the batch first (it holds the columns) */
    if (batch) api->batch_release(batch, &ignored);
    api->error_clear(&ignored);
    if (station) api->vector_release(station, &ignored);
    api->error_clear(&ignored);
    if (reading) api->vector_release(reading, &ignored);
    api->error_clear(&ignored);
    return fail(api, &err, "sample_producer_batch", msg, msg_len);
}
