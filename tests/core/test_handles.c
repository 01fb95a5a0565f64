/* Every function that takes an object handle, against forged, stale,
 * reused and wrong-kind handles: the right error, counted once in
 * stale_rejected, and nothing else changed. */
#include <string.h>

#include "arrow_spec.h"
#include "check.h"
#include "testing.h"

typedef struct target {
    const char* fn;                           /* C name, for the coverage record */
    weaveheap_handle_kind kind;               /* what it takes */
    void (*call)(uint64_t h, weaveheap_error* err);
} target;

static uint8_t scratch[8];

#define WRAP(name, body) \
    static void name(uint64_t h, weaveheap_error* err) { body; }
WRAP(c_buffer_release, weaveheap_buffer_release(h, err))
WRAP(c_buffer_size, CHECK_EQ_U64(weaveheap_buffer_size(h, err), 0))
WRAP(c_buffer_write, weaveheap_buffer_write(h, 0, scratch, 1, err))
WRAP(c_buffer_read, weaveheap_buffer_read(h, 0, scratch, 1, err))
WRAP(c_bytes_release, weaveheap_bytes_release(h, err))
WRAP(c_bytes_length, CHECK_EQ_U64(weaveheap_bytes_length(h, err), 0))
WRAP(c_bytes_dup, uint64_t n = 7; CHECK_EQ_PTR(weaveheap_bytes_dup(h, &n, err), NULL); CHECK_EQ_U64(n, 7))
WRAP(c_string_release, weaveheap_string_release(h, err))
WRAP(c_string_length, CHECK_EQ_U64(weaveheap_string_length(h, err), 0))
WRAP(c_string_dup, CHECK_EQ_PTR(weaveheap_string_dup(h, err), NULL))
WRAP(c_borrow_shared_buffer, weaveheap_view v = {0}; CHECK_EQ_HEX(weaveheap_borrow_shared(h, &v, err), 0);
     CHECK_EQ_PTR(v.data, NULL))
WRAP(c_borrow_unique_buffer, weaveheap_view v = {0}; CHECK_EQ_HEX(weaveheap_borrow_unique(h, &v, err), 0);
     CHECK_EQ_PTR(v.data, NULL))
WRAP(c_borrow_shared_string, weaveheap_view v = {0}; CHECK_EQ_HEX(weaveheap_borrow_shared(h, &v, err), 0))
WRAP(c_borrow_unique_bytes, weaveheap_view v = {0}; CHECK_EQ_HEX(weaveheap_borrow_unique(h, &v, err), 0))
WRAP(c_borrow_release, weaveheap_borrow_release(h, err))
WRAP(c_vector_release, weaveheap_vector_release(h, err))
WRAP(c_vector_length, CHECK_EQ_U64(weaveheap_vector_length(h, err), 0))
WRAP(c_vector_capacity, CHECK_EQ_U64(weaveheap_vector_capacity(h, err), 0))
WRAP(c_vector_resize, weaveheap_vector_resize(h, 8, err))
WRAP(c_vector_element_type, CHECK_EQ_I64(weaveheap_vector_element_type(h, err), 0))
WRAP(c_vector_null_count, CHECK_EQ_U64(weaveheap_vector_null_count(h, err), 0))
WRAP(c_vector_append, weaveheap_vector_append(h, 1, err))
WRAP(c_vector_extend, weaveheap_vector_extend(h, scratch, 4, err))
WRAP(c_vector_append_null, weaveheap_vector_append_null(h, err))
WRAP(c_vector_set, weaveheap_vector_set(h, 0, 1, err))
WRAP(c_vector_get, CHECK_EQ_I64(weaveheap_vector_get(h, 0, err), 0))
WRAP(c_vector_append_f64, weaveheap_vector_append_f64(h, 1.5, err))
WRAP(c_vector_set_f64, weaveheap_vector_set_f64(h, 0, 1.5, err))
WRAP(c_vector_get_f64, CHECK_TRUE(weaveheap_vector_get_f64(h, 0, err) == 0.0))
WRAP(c_vector_is_valid, CHECK_TRUE(!weaveheap_vector_is_valid(h, 0, err)))
WRAP(c_vector_read, weaveheap_vector_read(h, 0, scratch, 1, err))
WRAP(c_var_release, weaveheap_var_vector_release(h, err))
WRAP(c_var_length, CHECK_EQ_U64(weaveheap_var_vector_length(h, err), 0))
WRAP(c_var_capacity, CHECK_EQ_U64(weaveheap_var_vector_capacity(h, err), 0))
WRAP(c_var_data_length, CHECK_EQ_U64(weaveheap_var_vector_data_length(h, err), 0))
WRAP(c_var_data_capacity, CHECK_EQ_U64(weaveheap_var_vector_data_capacity(h, err), 0))
WRAP(c_var_resize, weaveheap_var_vector_resize(h, 8, 8, err))
WRAP(c_var_null_count, CHECK_EQ_U64(weaveheap_var_vector_null_count(h, err), 0))
WRAP(c_var_is_utf8, CHECK_TRUE(!weaveheap_var_vector_is_utf8(h, err)))
WRAP(c_var_append, weaveheap_var_vector_append(h, scratch, 1, err))
WRAP(c_var_append_null, weaveheap_var_vector_append_null(h, err))
WRAP(c_var_get, uint64_t n = 7; CHECK_EQ_PTR(weaveheap_var_vector_get(h, 0, &n, err), NULL); CHECK_EQ_U64(n, 7))
WRAP(c_var_value_offset, CHECK_EQ_U64(weaveheap_var_vector_value_offset(h, 0, err), 0))
WRAP(c_var_value_length, CHECK_EQ_U64(weaveheap_var_vector_value_length(h, 0, err), 0))
WRAP(c_var_is_valid, CHECK_TRUE(!weaveheap_var_vector_is_valid(h, 0, err)))
WRAP(c_var_read, weaveheap_var_vector_read(h, 0, scratch, 1, err))
WRAP(c_var_export_arrow, uint8_t s[72]; uint8_t a[80]; memset(s, 0xab, sizeof s); memset(a, 0xab, sizeof a);
     weaveheap_var_vector_export_arrow(h, s, a, err); CHECK_TRUE(s[0] == 0xab && a[0] == 0xab && a[79] == 0xab))
/* the structs are filled only on success: all bits 0xab stay */
WRAP(c_vector_export_arrow, uint8_t s[72]; uint8_t a[80]; memset(s, 0xab, sizeof s); memset(a, 0xab, sizeof a);
     weaveheap_vector_export_arrow(h, s, a, err); CHECK_TRUE(s[0] == 0xab && a[0] == 0xab && a[79] == 0xab))
WRAP(c_list_release, weaveheap_list_vector_release(h, err))
WRAP(c_list_length, CHECK_EQ_U64(weaveheap_list_vector_length(h, err), 0))
WRAP(c_list_capacity, CHECK_EQ_U64(weaveheap_list_vector_capacity(h, err), 0))
WRAP(c_list_null_count, CHECK_EQ_U64(weaveheap_list_vector_null_count(h, err), 0))
WRAP(c_list_is_map, CHECK_TRUE(!weaveheap_list_vector_is_map(h, err)))
WRAP(c_list_is_valid, CHECK_TRUE(!weaveheap_list_vector_is_valid(h, 0, err)))
WRAP(c_list_value_offset, CHECK_EQ_U64(weaveheap_list_vector_value_offset(h, 0, err), 0))
WRAP(c_list_value_length, CHECK_EQ_U64(weaveheap_list_vector_value_length(h, 0, err), 0))
WRAP(c_list_append, weaveheap_list_vector_append(h, scratch, 4, err))
WRAP(c_list_append_null, weaveheap_list_vector_append_null(h, err))
WRAP(c_list_lookup, CHECK_EQ_I64(weaveheap_list_vector_lookup(h, 0, scratch, 1, err), 0))
WRAP(c_list_export_arrow, uint8_t s[72]; uint8_t a[80]; memset(s, 0xab, sizeof s); memset(a, 0xab, sizeof a);
     weaveheap_list_vector_export_arrow(h, s, a, err); CHECK_TRUE(s[0] == 0xab && a[0] == 0xab && a[79] == 0xab))
WRAP(c_batch_release, weaveheap_batch_release(h, err))
WRAP(c_batch_num_columns, CHECK_EQ_U64(weaveheap_batch_num_columns(h, err), 0))
WRAP(c_batch_num_rows, CHECK_EQ_U64(weaveheap_batch_num_rows(h, err), 0))
WRAP(c_batch_column_name, CHECK_EQ_PTR(weaveheap_batch_column_name(h, 0, err), NULL))
WRAP(c_batch_add_column, weaveheap_batch_add_column(h, (const uint8_t*)"x", 1, h, err))
WRAP(c_batch_export_arrow, uint8_t s[72]; uint8_t a[80]; memset(s, 0xab, sizeof s); memset(a, 0xab, sizeof a);
     weaveheap_batch_export_arrow(h, s, a, err); CHECK_TRUE(s[0] == 0xab && a[0] == 0xab && a[79] == 0xab))
WRAP(c_batch_validate, weaveheap_batch_validate(h, err))
WRAP(c_batch_append_row, weaveheap_batch_append_row(h, scratch, 1, err))
WRAP(c_batch_stream_release, weaveheap_batch_stream_release(h, err))
WRAP(c_batch_stream_num_batches, CHECK_EQ_U64(weaveheap_batch_stream_num_batches(h, err), 0))
WRAP(c_batch_stream_add_batch, weaveheap_batch_stream_add_batch(h, h, err))
WRAP(c_batch_stream_export_arrow, uint8_t s[40]; memset(s, 0xab, sizeof s); weaveheap_batch_stream_export_arrow(h, s, err);
     CHECK_TRUE(s[0] == 0xab && s[39] == 0xab))
WRAP(c_foreign_release, weaveheap_foreign_release(h, err))
WRAP(c_foreign_length, CHECK_EQ_U64(weaveheap_foreign_length(h, err), 0))
WRAP(c_foreign_null_count, CHECK_EQ_U64(weaveheap_foreign_null_count(h, err), 0))
WRAP(c_foreign_offset, CHECK_EQ_U64(weaveheap_foreign_offset(h, err), 0))
WRAP(c_foreign_num_children, CHECK_EQ_U64(weaveheap_foreign_num_children(h, err), 0))
WRAP(c_foreign_format, CHECK_EQ_PTR(weaveheap_foreign_format(h, err), NULL))
WRAP(c_foreign_export_arrow, uint8_t s[72]; uint8_t a[80]; memset(s, 0xab, sizeof s); memset(a, 0xab, sizeof a);
     weaveheap_foreign_export_arrow(h, s, a, err); CHECK_TRUE(s[0] == 0xab && a[0] == 0xab && a[79] == 0xab))
WRAP(c_foreign_import_vector, CHECK_EQ_HEX(weaveheap_foreign_import_vector(h, err), 0))
WRAP(c_foreign_stream_release, weaveheap_foreign_stream_release(h, err))
WRAP(c_foreign_stream_next, CHECK_EQ_HEX(weaveheap_foreign_stream_next(h, err), 0))
WRAP(c_foreign_stream_import_batch_stream, CHECK_EQ_HEX(weaveheap_foreign_stream_import_batch_stream(h, err), 0))
WRAP(c_borrow_shared_vector, weaveheap_view v = {0}; CHECK_EQ_HEX(weaveheap_borrow_shared(h, &v, err), 0))
WRAP(c_kind_of, CHECK_EQ_I64(weaveheap_handle_kind_of(h, err), WEAVEHEAP_HANDLE_KIND_NONE))

#define T(fn, kind, call) {#fn, kind, call}
static const target targets[] = {
    T(weaveheap_buffer_release, WEAVEHEAP_HANDLE_KIND_BUFFER, c_buffer_release),
    T(weaveheap_buffer_size, WEAVEHEAP_HANDLE_KIND_BUFFER, c_buffer_size),
    T(weaveheap_buffer_write, WEAVEHEAP_HANDLE_KIND_BUFFER, c_buffer_write),
    T(weaveheap_buffer_read, WEAVEHEAP_HANDLE_KIND_BUFFER, c_buffer_read),
    T(weaveheap_bytes_release, WEAVEHEAP_HANDLE_KIND_BYTES, c_bytes_release),
    T(weaveheap_bytes_length, WEAVEHEAP_HANDLE_KIND_BYTES, c_bytes_length),
    T(weaveheap_bytes_dup, WEAVEHEAP_HANDLE_KIND_BYTES, c_bytes_dup),
    T(weaveheap_string_release, WEAVEHEAP_HANDLE_KIND_STRING, c_string_release),
    T(weaveheap_string_length, WEAVEHEAP_HANDLE_KIND_STRING, c_string_length),
    T(weaveheap_string_dup, WEAVEHEAP_HANDLE_KIND_STRING, c_string_dup),
    T(weaveheap_borrow_shared, WEAVEHEAP_HANDLE_KIND_BUFFER, c_borrow_shared_buffer),
    T(weaveheap_borrow_unique, WEAVEHEAP_HANDLE_KIND_BUFFER, c_borrow_unique_buffer),
    T(weaveheap_borrow_shared, WEAVEHEAP_HANDLE_KIND_STRING, c_borrow_shared_string),
    T(weaveheap_borrow_unique, WEAVEHEAP_HANDLE_KIND_BYTES, c_borrow_unique_bytes),
    T(weaveheap_borrow_release, WEAVEHEAP_HANDLE_KIND_BORROW, c_borrow_release),
    T(weaveheap_vector_release, WEAVEHEAP_HANDLE_KIND_VECTOR, c_vector_release),
    T(weaveheap_vector_length, WEAVEHEAP_HANDLE_KIND_VECTOR, c_vector_length),
    T(weaveheap_vector_capacity, WEAVEHEAP_HANDLE_KIND_VECTOR, c_vector_capacity),
    T(weaveheap_vector_resize, WEAVEHEAP_HANDLE_KIND_VECTOR, c_vector_resize),
    T(weaveheap_vector_element_type, WEAVEHEAP_HANDLE_KIND_VECTOR, c_vector_element_type),
    T(weaveheap_vector_null_count, WEAVEHEAP_HANDLE_KIND_VECTOR, c_vector_null_count),
    T(weaveheap_vector_append, WEAVEHEAP_HANDLE_KIND_VECTOR, c_vector_append),
    T(weaveheap_vector_extend, WEAVEHEAP_HANDLE_KIND_VECTOR, c_vector_extend),
    T(weaveheap_vector_append_null, WEAVEHEAP_HANDLE_KIND_VECTOR, c_vector_append_null),
    T(weaveheap_vector_set, WEAVEHEAP_HANDLE_KIND_VECTOR, c_vector_set),
    T(weaveheap_vector_get, WEAVEHEAP_HANDLE_KIND_VECTOR, c_vector_get),
    T(weaveheap_vector_append_f64, WEAVEHEAP_HANDLE_KIND_VECTOR, c_vector_append_f64),
    T(weaveheap_vector_set_f64, WEAVEHEAP_HANDLE_KIND_VECTOR, c_vector_set_f64),
    T(weaveheap_vector_get_f64, WEAVEHEAP_HANDLE_KIND_VECTOR, c_vector_get_f64),
    T(weaveheap_vector_is_valid, WEAVEHEAP_HANDLE_KIND_VECTOR, c_vector_is_valid),
    T(weaveheap_vector_read, WEAVEHEAP_HANDLE_KIND_VECTOR, c_vector_read),
    T(weaveheap_foreign_release, WEAVEHEAP_HANDLE_KIND_FOREIGN, c_foreign_release),
    T(weaveheap_foreign_length, WEAVEHEAP_HANDLE_KIND_FOREIGN, c_foreign_length),
    T(weaveheap_foreign_null_count, WEAVEHEAP_HANDLE_KIND_FOREIGN, c_foreign_null_count),
    T(weaveheap_foreign_offset, WEAVEHEAP_HANDLE_KIND_FOREIGN, c_foreign_offset),
    T(weaveheap_foreign_num_children, WEAVEHEAP_HANDLE_KIND_FOREIGN, c_foreign_num_children),
    T(weaveheap_foreign_format, WEAVEHEAP_HANDLE_KIND_FOREIGN, c_foreign_format),
    T(weaveheap_foreign_export_arrow, WEAVEHEAP_HANDLE_KIND_FOREIGN, c_foreign_export_arrow),
    T(weaveheap_foreign_import_vector, WEAVEHEAP_HANDLE_KIND_VECTOR, c_foreign_import_vector),
    T(weaveheap_foreign_stream_release, WEAVEHEAP_HANDLE_KIND_FOREIGN_STREAM, c_foreign_stream_release),
    T(weaveheap_foreign_stream_next, WEAVEHEAP_HANDLE_KIND_FOREIGN_STREAM, c_foreign_stream_next),
    T(weaveheap_foreign_stream_import_batch_stream, WEAVEHEAP_HANDLE_KIND_BATCH_STREAM,
      c_foreign_stream_import_batch_stream),
    T(weaveheap_var_vector_release, WEAVEHEAP_HANDLE_KIND_VAR_VECTOR, c_var_release),
    T(weaveheap_var_vector_length, WEAVEHEAP_HANDLE_KIND_VAR_VECTOR, c_var_length),
    T(weaveheap_var_vector_capacity, WEAVEHEAP_HANDLE_KIND_VAR_VECTOR, c_var_capacity),
    T(weaveheap_var_vector_data_length, WEAVEHEAP_HANDLE_KIND_VAR_VECTOR, c_var_data_length),
    T(weaveheap_var_vector_data_capacity, WEAVEHEAP_HANDLE_KIND_VAR_VECTOR, c_var_data_capacity),
    T(weaveheap_var_vector_resize, WEAVEHEAP_HANDLE_KIND_VAR_VECTOR, c_var_resize),
    T(weaveheap_var_vector_null_count, WEAVEHEAP_HANDLE_KIND_VAR_VECTOR, c_var_null_count),
    T(weaveheap_var_vector_is_utf8, WEAVEHEAP_HANDLE_KIND_VAR_VECTOR, c_var_is_utf8),
    T(weaveheap_var_vector_append, WEAVEHEAP_HANDLE_KIND_VAR_VECTOR, c_var_append),
    T(weaveheap_var_vector_append_null, WEAVEHEAP_HANDLE_KIND_VAR_VECTOR, c_var_append_null),
    T(weaveheap_var_vector_get, WEAVEHEAP_HANDLE_KIND_VAR_VECTOR, c_var_get),
    T(weaveheap_var_vector_value_offset, WEAVEHEAP_HANDLE_KIND_VAR_VECTOR, c_var_value_offset),
    T(weaveheap_var_vector_value_length, WEAVEHEAP_HANDLE_KIND_VAR_VECTOR, c_var_value_length),
    T(weaveheap_var_vector_is_valid, WEAVEHEAP_HANDLE_KIND_VAR_VECTOR, c_var_is_valid),
    T(weaveheap_var_vector_read, WEAVEHEAP_HANDLE_KIND_VAR_VECTOR, c_var_read),
    T(weaveheap_var_vector_export_arrow, WEAVEHEAP_HANDLE_KIND_VAR_VECTOR, c_var_export_arrow),
    T(weaveheap_vector_export_arrow, WEAVEHEAP_HANDLE_KIND_VECTOR, c_vector_export_arrow),
    T(weaveheap_borrow_shared, WEAVEHEAP_HANDLE_KIND_VECTOR, c_borrow_shared_vector),
    T(weaveheap_list_vector_release, WEAVEHEAP_HANDLE_KIND_LIST_VECTOR, c_list_release),
    T(weaveheap_list_vector_length, WEAVEHEAP_HANDLE_KIND_LIST_VECTOR, c_list_length),
    T(weaveheap_list_vector_capacity, WEAVEHEAP_HANDLE_KIND_LIST_VECTOR, c_list_capacity),
    T(weaveheap_list_vector_null_count, WEAVEHEAP_HANDLE_KIND_LIST_VECTOR, c_list_null_count),
    T(weaveheap_list_vector_is_map, WEAVEHEAP_HANDLE_KIND_LIST_VECTOR, c_list_is_map),
    T(weaveheap_list_vector_is_valid, WEAVEHEAP_HANDLE_KIND_LIST_VECTOR, c_list_is_valid),
    T(weaveheap_list_vector_value_offset, WEAVEHEAP_HANDLE_KIND_LIST_VECTOR, c_list_value_offset),
    T(weaveheap_list_vector_value_length, WEAVEHEAP_HANDLE_KIND_LIST_VECTOR, c_list_value_length),
    T(weaveheap_list_vector_append, WEAVEHEAP_HANDLE_KIND_LIST_VECTOR, c_list_append),
    T(weaveheap_list_vector_append_null, WEAVEHEAP_HANDLE_KIND_LIST_VECTOR, c_list_append_null),
    T(weaveheap_list_vector_lookup, WEAVEHEAP_HANDLE_KIND_LIST_VECTOR, c_list_lookup),
    T(weaveheap_list_vector_export_arrow, WEAVEHEAP_HANDLE_KIND_LIST_VECTOR, c_list_export_arrow),
    T(weaveheap_batch_release, WEAVEHEAP_HANDLE_KIND_BATCH, c_batch_release),
    T(weaveheap_batch_num_columns, WEAVEHEAP_HANDLE_KIND_BATCH, c_batch_num_columns),
    T(weaveheap_batch_num_rows, WEAVEHEAP_HANDLE_KIND_BATCH, c_batch_num_rows),
    T(weaveheap_batch_column_name, WEAVEHEAP_HANDLE_KIND_BATCH, c_batch_column_name),
    T(weaveheap_batch_add_column, WEAVEHEAP_HANDLE_KIND_BATCH, c_batch_add_column),
    T(weaveheap_batch_export_arrow, WEAVEHEAP_HANDLE_KIND_BATCH, c_batch_export_arrow),
    T(weaveheap_batch_validate, WEAVEHEAP_HANDLE_KIND_BATCH, c_batch_validate),
    T(weaveheap_batch_append_row, WEAVEHEAP_HANDLE_KIND_BATCH, c_batch_append_row),
    T(weaveheap_batch_stream_release, WEAVEHEAP_HANDLE_KIND_BATCH_STREAM, c_batch_stream_release),
    T(weaveheap_batch_stream_num_batches, WEAVEHEAP_HANDLE_KIND_BATCH_STREAM, c_batch_stream_num_batches),
    T(weaveheap_batch_stream_add_batch, WEAVEHEAP_HANDLE_KIND_BATCH_STREAM, c_batch_stream_add_batch),
    T(weaveheap_batch_stream_export_arrow, WEAVEHEAP_HANDLE_KIND_BATCH_STREAM, c_batch_stream_export_arrow),
    T(weaveheap_handle_kind_of, WEAVEHEAP_HANDLE_KIND_NONE, c_kind_of), /* takes every kind */
};
/* A producer's stream with no batch (for a live foreign stream). */
static int no_schema(struct ArrowArrayStream* s, struct ArrowSchema* out) {
    (void)s;
    (void)out;
    return 22;
}
static int no_next(struct ArrowArrayStream* s, struct ArrowArray* out) {
    (void)s;
    out->release = NULL;
    return 0;
}
static const char* no_error(struct ArrowArrayStream* s) {
    (void)s;
    return "no batch";
}
static void no_release(struct ArrowArrayStream* s) { s->release = NULL; }
static void no_schema_release(struct ArrowSchema* s) { s->release = NULL; }
static void no_array_release(struct ArrowArray* a) { a->release = NULL; }

/* A live handle of `kind` in r (a borrow token borrows a fresh buffer). */
static uint64_t make(weaveheap_region_t r, weaveheap_handle_kind kind) {
    weaveheap_error err = {0};
    uint64_t h = 0;
    switch (kind) {
    case WEAVEHEAP_HANDLE_KIND_BUFFER: h = weaveheap_buffer_alloc(r, 8, 8, &err); break;
    case WEAVEHEAP_HANDLE_KIND_BYTES: h = weaveheap_bytes_create(r, (const uint8_t*)"bytes", 5, &err); break;
    case WEAVEHEAP_HANDLE_KIND_STRING: h = weaveheap_string_create(r, (const uint8_t*)"string", 6, &err); break;
    case WEAVEHEAP_HANDLE_KIND_VECTOR: h = weaveheap_vector_create(r, WEAVEHEAP_ELEMENT_TYPE_INT32, 4, true, &err); break;
    case WEAVEHEAP_HANDLE_KIND_VAR_VECTOR: h = weaveheap_var_vector_create(r, 4, 16, true, false, &err); break;
    case WEAVEHEAP_HANDLE_KIND_BATCH: h = weaveheap_batch_create(r, 2, &err); break;
    case WEAVEHEAP_HANDLE_KIND_LIST_VECTOR: {
        weaveheap_vector_t child = weaveheap_vector_create(r, WEAVEHEAP_ELEMENT_TYPE_INT32, 4, false, &err);
        if (!err.code) h = weaveheap_list_vector_create(r, child, 4, true, false, &err);
        break;
    }
    case WEAVEHEAP_HANDLE_KIND_BATCH_STREAM: h = weaveheap_batch_stream_create(r, 2, &err); break;
    case WEAVEHEAP_HANDLE_KIND_FOREIGN: {
        static int64_t value;
        static const void* bufs[2] = {NULL, &value};
        struct ArrowSchema s = {.format = "l", .release = no_schema_release};
        struct ArrowArray a = {.length = 1, .n_buffers = 2, .buffers = bufs, .release = no_array_release};
        h = weaveheap_foreign_import_array(r, (uint8_t*)&s, (uint8_t*)&a, &err);
        break;
    }
    case WEAVEHEAP_HANDLE_KIND_FOREIGN_STREAM: {
        struct ArrowArrayStream s = {no_schema, no_next, no_error, no_release, NULL};
        h = weaveheap_foreign_stream_import_stream(r, (uint8_t*)&s, &err);
        break;
    }
    case WEAVEHEAP_HANDLE_KIND_BORROW: {
        weaveheap_buffer_t b = weaveheap_buffer_alloc(r, 8, 8, &err);
        weaveheap_view v;
        if (!err.code) h = weaveheap_borrow_shared(b, &v, &err);
        break;
    }
    default: break;
    }
    REQUIRE_TRUE(err.code == 0 && h != 0);
    return h;
}

static void kill(uint64_t h) {
    weaveheap_error err = {0};
    switch (wh_kind_bits(h)) {
    case WEAVEHEAP_HANDLE_KIND_BUFFER: weaveheap_buffer_release(h, &err); break;
    case WEAVEHEAP_HANDLE_KIND_BYTES: weaveheap_bytes_release(h, &err); break;
    case WEAVEHEAP_HANDLE_KIND_STRING: weaveheap_string_release(h, &err); break;
    case WEAVEHEAP_HANDLE_KIND_VECTOR: weaveheap_vector_release(h, &err); break;
    case WEAVEHEAP_HANDLE_KIND_VAR_VECTOR: weaveheap_var_vector_release(h, &err); break;
    case WEAVEHEAP_HANDLE_KIND_BATCH: weaveheap_batch_release(h, &err); break;
    case WEAVEHEAP_HANDLE_KIND_LIST_VECTOR: weaveheap_list_vector_release(h, &err); break;
    case WEAVEHEAP_HANDLE_KIND_BATCH_STREAM: weaveheap_batch_stream_release(h, &err); break;
    case WEAVEHEAP_HANDLE_KIND_FOREIGN: weaveheap_foreign_release(h, &err); break;
    case WEAVEHEAP_HANDLE_KIND_FOREIGN_STREAM: weaveheap_foreign_stream_release(h, &err); break;
    case WEAVEHEAP_HANDLE_KIND_BORROW: weaveheap_borrow_release(h, &err); break;
    default: break;
    }
    REQUIRE_TRUE(err.code == 0);
}

/* Calls t with h, expecting `code`, and checks the refusal was counted once
 * and nothing in the region moved. */
static void refused(const target* t, weaveheap_region_t r, uint64_t h, int32_t code, const char* what) {
    weaveheap_error err = {0};
    weaveheap_stats g0 = wh_global_stats(), r0 = wh_region_stats(r);
    t->call(h, &err);
    weaveheap_stats g1 = wh_global_stats(), r1 = wh_region_stats(r);
    const char* got = wh_code_name(err.code);
    wh_check(err.code == code && err.message && err.message[0], false, __FILE__, __LINE__,
             "%s with a %s handle: %s expected, got %s: %s", t->fn, what, wh_code_name(code), got ? got : "?",
             err.message ? err.message : "(no message)");
    wh_record(t->fn, err.code);
    weaveheap_error_clear(&err);
    CHECK_EQ_U64(g1.stale_rejected, g0.stale_rejected + 1);
    CHECK_EQ_STATS(&r1, &r0);
}

static unsigned other_kind(weaveheap_handle_kind k) {
    return k == WEAVEHEAP_HANDLE_KIND_BYTES ? WEAVEHEAP_HANDLE_KIND_STRING : WEAVEHEAP_HANDLE_KIND_BYTES;
}

static void forged_handles(void) {
    weaveheap_region_t r = wh_region(NULL);
    for (size_t i = 0; i < sizeof targets / sizeof targets[0]; i++) {
        const target* t = &targets[i];
        weaveheap_handle_kind k = t->kind ? t->kind : WEAVEHEAP_HANDLE_KIND_BUFFER;
        uint64_t live = make(r, k);
        CHECK_TRUE(wh_page(live) != 0xffff && wh_slot(live) != 0xfff);
        refused(t, r, 0, WEAVEHEAP_ERR_FORGED_HANDLE, "zero");
        refused(t, r, wh_with_kind(live, 15), WEAVEHEAP_ERR_FORGED_HANDLE, "kind-15");
        refused(t, r, wh_with_kind(live, 14), WEAVEHEAP_ERR_FORGED_HANDLE, "kind-14"); /* no such kind */
        refused(t, r, wh_with_kind(live, 0), WEAVEHEAP_ERR_FORGED_HANDLE, "kind-0");
        refused(t, r, wh_with_page(live, 0xffff), WEAVEHEAP_ERR_FORGED_HANDLE, "page-out-of-range");
        refused(t, r, wh_with_epoch(live, wh_epoch(live) + 1), WEAVEHEAP_ERR_FORGED_HANDLE, "future-epoch");
        refused(t, r, wh_with_gen(live, wh_gen(live) + 1), WEAVEHEAP_ERR_FORGED_HANDLE, "future-generation");
        /* epochs and generations start at 1: 0 was never issued */
        refused(t, r, wh_with_epoch(live, 0), WEAVEHEAP_ERR_FORGED_HANDLE, "epoch-0");
        refused(t, r, wh_with_gen(live, 0), WEAVEHEAP_ERR_FORGED_HANDLE, "generation-0");
        refused(t, r, wh_with_slot(live, 0xfff), WEAVEHEAP_ERR_FORGED_HANDLE, "unissued-slot");
        if (k != WEAVEHEAP_HANDLE_KIND_BORROW) /* another object kind's bits on this slot */
            refused(t, r, wh_with_kind(live, other_kind(k)), WEAVEHEAP_ERR_FORGED_HANDLE, "mismatched-kind");
        /* the live handle is still fine */
        weaveheap_error err = {0};
        CHECK_EQ_I64(weaveheap_handle_kind_of(live, &err), k);
        EXPECT_OK(weaveheap_handle_kind_of, &err);
        kill(live);
    }
    wh_destroy(r);
}

static void stale_handles(void) {
    weaveheap_region_t r = wh_region(NULL);
    for (size_t i = 0; i < sizeof targets / sizeof targets[0]; i++) {
        const target* t = &targets[i];
        weaveheap_handle_kind k = t->kind ? t->kind : WEAVEHEAP_HANDLE_KIND_STRING;
        uint64_t h = make(r, k);
        kill(h);
        refused(t, r, h, WEAVEHEAP_ERR_STALE_HANDLE, "released");
    }
    /* after a reset (the page's epoch moved on) and after a destroy (the page
     * went back to the pool) */
    for (size_t i = 0; i < sizeof targets / sizeof targets[0]; i++) {
        const target* t = &targets[i];
        weaveheap_handle_kind k = t->kind ? t->kind : WEAVEHEAP_HANDLE_KIND_BYTES;
        uint64_t h = make(r, k);
        /* reset refuses while borrowed (a list holds its child) */
        if (k == WEAVEHEAP_HANDLE_KIND_BORROW || k == WEAVEHEAP_HANDLE_KIND_LIST_VECTOR) kill(h);
        weaveheap_error err = {0};
        weaveheap_region_reset(r, &err);
        EXPECT_OK(weaveheap_region_reset, &err);
        refused(t, r, h, WEAVEHEAP_ERR_STALE_HANDLE, "reset");
        weaveheap_region_t gone = wh_region(NULL);
        uint64_t g = make(gone, k);
        if (k == WEAVEHEAP_HANDLE_KIND_BORROW || k == WEAVEHEAP_HANDLE_KIND_LIST_VECTOR) kill(g);
        wh_destroy(gone);
        refused(t, r, g, WEAVEHEAP_ERR_STALE_HANDLE, "destroyed");
    }
    wh_destroy(r);
}

/* Slots are reused last-freed-first: release, make another of the same kind,
 * and the old handle names the newer object. */
static void reused_handles(void) {
    weaveheap_region_t r = wh_region(NULL);
    for (size_t i = 0; i < sizeof targets / sizeof targets[0]; i++) {
        const target* t = &targets[i];
        weaveheap_handle_kind k = t->kind ? t->kind : WEAVEHEAP_HANDLE_KIND_BUFFER;
        uint64_t old = make(r, k);
        uint64_t now;
        if (k == WEAVEHEAP_HANDLE_KIND_BORROW) { /* make the buffer first, so the token gets the slot */
            weaveheap_error err = {0};
            weaveheap_buffer_t b = weaveheap_buffer_alloc(r, 8, 8, &err);
            EXPECT_OK(weaveheap_buffer_alloc, &err);
            kill(old);
            weaveheap_view v;
            now = weaveheap_borrow_unique(b, &v, &err);
            EXPECT_OK(weaveheap_borrow_unique, &err);
        } else if (k == WEAVEHEAP_HANDLE_KIND_LIST_VECTOR) { /* its child first, so the list gets the slot */
            weaveheap_error err = {0};
            weaveheap_vector_t child = weaveheap_vector_create(r, WEAVEHEAP_ELEMENT_TYPE_INT32, 4, false, &err);
            EXPECT_OK(weaveheap_vector_create, &err);
            kill(old);
            now = weaveheap_list_vector_create(r, child, 4, true, false, &err);
            EXPECT_OK(weaveheap_list_vector_create, &err);
        } else {
            kill(old);
            now = make(r, k);
        }
        REQUIRE_TRUE(wh_slot(now) == wh_slot(old) && wh_page(now) == wh_page(old));
        CHECK_EQ_U64(wh_gen(now), wh_gen(old) + 1);
        refused(t, r, old, WEAVEHEAP_ERR_REUSED_HANDLE, "reused");
        weaveheap_error err = {0};
        CHECK_EQ_I64(weaveheap_handle_kind_of(now, &err), k); /* the newer object is untouched */
        EXPECT_OK(weaveheap_handle_kind_of, &err);
        if (k == WEAVEHEAP_HANDLE_KIND_BORROW || k == WEAVEHEAP_HANDLE_KIND_LIST_VECTOR) kill(now);
    }
    wh_destroy(r);
}

static void wrong_kind_handles(void) {
    weaveheap_region_t r = wh_region(NULL);
    for (size_t i = 0; i < sizeof targets / sizeof targets[0]; i++) {
        const target* t = &targets[i];
        if (!t->kind) continue; /* kind_of takes every kind */
        refused(t, r, r, WEAVEHEAP_ERR_WRONG_KIND, "region");
        static const weaveheap_handle_kind kinds[] = {WEAVEHEAP_HANDLE_KIND_BUFFER, WEAVEHEAP_HANDLE_KIND_BYTES,
                                                      WEAVEHEAP_HANDLE_KIND_STRING, WEAVEHEAP_HANDLE_KIND_VECTOR,
                                                      WEAVEHEAP_HANDLE_KIND_BATCH, WEAVEHEAP_HANDLE_KIND_BATCH_STREAM,
                                                      WEAVEHEAP_HANDLE_KIND_BORROW, WEAVEHEAP_HANDLE_KIND_LIST_VECTOR};
        for (size_t j = 0; j < sizeof kinds / sizeof kinds[0]; j++) {
            bool takes = kinds[j] == t->kind ||
                         ((strcmp(t->fn, "weaveheap_borrow_shared") == 0 ||
                           strcmp(t->fn, "weaveheap_borrow_unique") == 0) &&
                          kinds[j] != WEAVEHEAP_HANDLE_KIND_BORROW);
            if (takes) continue;
            uint64_t h = make(r, kinds[j]);
            refused(t, r, h, WEAVEHEAP_ERR_WRONG_KIND, "wrong-kind");
            kill(h);
        }
    }
    wh_destroy(r);
}

/* Expects h to be refused as dead by buffer_size: stale, or reused when its
 * slot holds a newer object (telling the two apart is best effort). */
static void expect_stale(uint64_t h, unsigned line) {
    weaveheap_error err = {0};
    weaveheap_buffer_size(h, &err);
    wh_check(err.code == WEAVEHEAP_ERR_STALE_HANDLE || err.code == WEAVEHEAP_ERR_REUSED_HANDLE, false, __FILE__,
             line, "0x%016" PRIx64 ": %s", h, err.message ? err.message : "accepted");
    weaveheap_error_clear(&err);
}
#define EXPECT_STALE(h) expect_stale((h), __LINE__)

static uint64_t alloc8(weaveheap_region_t r) {
    weaveheap_error err = {0};
    uint64_t h = weaveheap_buffer_alloc(r, 8, 8, &err);
    wh_check(err.code == 0 && h, true, __FILE__, __LINE__, "buffer_alloc: %s", err.message ? err.message : "0");
    return h;
}

static void reset(weaveheap_region_t r) {
    weaveheap_error err = {0};
    weaveheap_region_reset(r, &err);
    wh_check(err.code == 0, true, __FILE__, __LINE__, "region_reset: %s", err.message ? err.message : "");
}

/* Table pages are pooled across regions, and earlier tests leave spent
 * slots behind: take every pooled page into `hog`, so that the next region
 * gets a page nobody used. */
static weaveheap_region_t take_the_pool(void) {
    weaveheap_region_t hog = wh_region(NULL);
    alloc8(hog); /* its chunk: from here on, an empty buffer only ever needs a page */
    wh_drain_pages(hog);
    return hog;
}

/* A slot whose generation would wrap sits out the rest of the epoch, and
 * comes back at its first generation in the next one: no handle ever names a
 * newer object by accident of arithmetic. */
static void slot_generations_wrap_within_an_epoch(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    uint64_t first = alloc8(r);
    /* release and allocate again: the freed slot comes back, one generation
     * on, until its generation reaches the limit */
    uint64_t h = first, last_on_slot = first;
    unsigned n = 0;
    for (;;) {
        weaveheap_buffer_release(h, &err);
        REQUIRE_EQ_U64(err.code, 0);
        h = alloc8(r);
        if (wh_slot(h) != wh_slot(first) || wh_page(h) != wh_page(first)) break;
        last_on_slot = h;
        REQUIRE_TRUE(++n < 70000);
    }
    CHECK_EQ_U64(wh_gen(last_on_slot), 0xfffe); /* the last generation issued */
    CHECK_EQ_U64(n, 0xfffe - wh_gen(first));
    EXPECT_STALE(first);
    EXPECT_STALE(last_on_slot);
    CHECK_EQ_U64(weaveheap_buffer_size(h, &err), 8); /* the new object lives elsewhere */
    CHECK_EQ_I64(err.code, 0);
    /* the next epoch starts the slot again, at its first generation */
    reset(r);
    uint64_t again = alloc8(r);
    CHECK_EQ_U64(wh_slot(again), wh_slot(first));
    CHECK_EQ_U64(wh_page(again), wh_page(first));
    CHECK_EQ_U64(wh_gen(again), wh_gen(first));
    CHECK_EQ_U64(wh_epoch(again), wh_epoch(first) + 1);
    EXPECT_STALE(first);
    wh_destroy(r);
}

/* Resets move the region's pages through their epochs; when the epochs wrap
 * the page stays in use (it used to retire for good, 96 KiB a page every
 * 65534 resets) and each slot starts above every generation it issued, so
 * the handles of every earlier cycle stay stale. */
static void epochs_wrap_without_retiring_the_page(void) {
    weaveheap_region_t hog = take_the_pool();
    weaveheap_region_t r = wh_region(NULL);
    uint64_t b0 = alloc8(r);
    unsigned page0 = wh_page(b0), e0 = wh_epoch(b0), g0 = wh_gen(b0);
    uint32_t pages = weaveheap__test_pages_made();
    uint64_t last_of_cycle = 0, seen_at_e0 = 0;
    unsigned wraps = 0, prev_epoch = e0;
    for (unsigned n = 0; n < 2u * 65534u + 10u; n++) {
        reset(r);
        uint64_t h = alloc8(r);
        REQUIRE_EQ_U64(wh_page(h), page0); /* never another page */
        REQUIRE_EQ_U64(wh_slot(h), wh_slot(b0));
        if (wh_epoch(h) < prev_epoch) { /* the epochs wrapped: a new cycle */
            REQUIRE_EQ_U64(wh_epoch(h), 1);
            REQUIRE_EQ_U64(prev_epoch, 0xfffe);
            wraps++;
            CHECK_EQ_U64(wh_gen(h), g0 + wraps); /* one generation above the cycle before */
            EXPECT_STALE(last_of_cycle);
        }
        if (wh_epoch(h) == 0xfffe) last_of_cycle = h;
        if (wh_epoch(h) == e0) { /* the same page, epoch and slot as b0: only the generation differs */
            CHECK_EQ_U64(wh_gen(h), g0 + wraps);
            EXPECT_STALE(b0);
            if (seen_at_e0) EXPECT_STALE(seen_at_e0);
            seen_at_e0 = h;
        }
        if (wh_epoch(h) == 0xfffe && wraps == 1) EXPECT_STALE(wh_with_gen(h, g0)); /* cycle 0's twin */
        prev_epoch = wh_epoch(h);
    }
    CHECK_EQ_U64(wraps, 2);
    CHECK_EQ_U64(weaveheap__test_pages_made(), pages); /* no page was retired or made */
    EXPECT_STALE(b0);
    wh_destroy(r);

    /* create and destroy move the pooled pages through their epochs too */
    weaveheap_region_t first = wh_region(NULL);
    uint64_t f0 = alloc8(first);
    wh_destroy(first);
    pages = weaveheap__test_pages_made();
    for (unsigned n = 0; n < 2u * 65534u + 10u; n++) {
        weaveheap_region_t q = wh_region(NULL);
        uint64_t h = alloc8(q);
        if (wh_page(h) == wh_page(f0) && wh_slot(h) == wh_slot(f0) && wh_epoch(h) == wh_epoch(f0))
            CHECK_TRUE(wh_gen(h) != wh_gen(f0));
        wh_destroy(q);
        EXPECT_STALE(h);
    }
    CHECK_EQ_U64(weaveheap__test_pages_made(), pages);
    EXPECT_STALE(f0);
    wh_destroy(hog);
}

/* A slot that reached the last generation in some epoch of a cycle has no
 * generation left for the next cycle: it is spent for good, and the page
 * goes on with its other slots. */
static void a_spent_slot_is_skipped_for_good(void) {
    weaveheap_error err = {0};
    weaveheap_region_t hog = take_the_pool();
    weaveheap_region_t r = wh_region(NULL);
    /* drive slots 0, 1 and 2 to the limit (each sits out the epoch in turn),
     * keep slot 3 live, and drive slot 4 too: spent slots in a run and apart */
    uint64_t b0 = alloc8(r), h = b0;
    unsigned page0 = wh_page(b0);
    bool spent[WH_SLOTS_PER_PAGE] = {false};
    uint64_t kept = 0;
    for (unsigned driven = 0; driven < 4;) {
        unsigned slot = wh_slot(h);
        weaveheap_buffer_release(h, &err);
        REQUIRE_EQ_U64(err.code, 0);
        h = alloc8(r);
        if (wh_slot(h) == slot) continue;
        spent[slot] = true; /* it reached its last generation */
        if (++driven == 3) { /* keep slot 3 */
            REQUIRE_EQ_U64(wh_slot(h), 3);
            kept = h;
            h = alloc8(r);
        }
    }
    CHECK_TRUE(spent[0] && spent[1] && spent[2] && !spent[3] && spent[4]);
    CHECK_EQ_U64(wh_slot(kept), 3);
    /* reset until the epochs wrap */
    uint64_t before_wrap[4] = {0};
    for (;;) {
        reset(r);
        uint64_t x = alloc8(r);
        REQUIRE_EQ_U64(wh_page(x), page0);
        if (wh_epoch(x) == 1) {
            CHECK_EQ_U64(wh_slot(x), 3); /* 0, 1 and 2 skipped */
            break;
        }
        CHECK_EQ_U64(wh_slot(x), 0); /* until then each epoch starts them again */
        before_wrap[wh_epoch(x) % 4] = x;
    }
    /* the rest of the page is still there: 4092 slots, then another page */
    uint32_t pages = weaveheap__test_pages_made();
    reset(r);
    for (unsigned i = 0; i < WH_SLOTS_PER_PAGE - 4; i++) {
        uint64_t x = alloc8(r);
        REQUIRE_EQ_U64(wh_page(x), page0);
        REQUIRE_TRUE(!spent[wh_slot(x)]);
    }
    uint64_t next = alloc8(r);
    CHECK_TRUE(wh_page(next) != page0);
    CHECK_LE_U64(weaveheap__test_pages_made(), pages + 1);
    for (int i = 0; i < 4; i++) EXPECT_STALE(before_wrap[i]);
    EXPECT_STALE(b0);
    EXPECT_STALE(kept);
    /* a handle naming a spent slot in the current epoch was never issued */
    for (unsigned slot = 0; slot < 5; slot++) {
        if (!spent[slot]) continue;
        weaveheap_buffer_size(wh_with_page(wh_with_slot(next, slot), page0), &err);
        CHECK_TRUE(err.code == WEAVEHEAP_ERR_STALE_HANDLE || err.code == WEAVEHEAP_ERR_FORGED_HANDLE);
        weaveheap_error_clear(&err);
    }
    wh_destroy(r);
    wh_destroy(hog);
}

static const wh_test tests[] = {
    {"forged handles: zero, kind bits, page, epoch, generation, slot", forged_handles},
    {"stale handles: released, reset, destroyed", stale_handles},
    {"reused handles: the slot holds a newer object", reused_handles},
    {"wrong-kind handles", wrong_kind_handles},
    {"a slot whose generation would wrap sits out the epoch", slot_generations_wrap_within_an_epoch},
    {"epochs wrap without retiring the page; earlier cycles stay stale", epochs_wrap_without_retiring_the_page},
    {"a spent slot is skipped for good, the page goes on", a_spent_slot_is_skipped_for_good},
    {NULL, NULL},
};
const wh_suite wh_suite_handles = {"handles", tests};
