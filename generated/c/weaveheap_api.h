/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144 */
/*
 * The function table of weaveheap 0.1.0: one pointer per public function
 * of weaveheap.h, with the ABI version and the IDL hash the core was built from.
 * weaveheap_api_table() returns the core's static table; a base package hands it out
 * (Python: the capsule `weaveheap._C_API`; Node: the native module's `apiTable`)
 * so that an extension calls the one core of the process, whatever package
 * loaded it. An extension checks `abi` and `idl_hash` before its first call
 * (weaveheap_api_compatible). Members are never reordered within an ABI
 * version: new functions are appended.
 */
#ifndef WEAVEHEAP_API_TABLE_H
#define WEAVEHEAP_API_TABLE_H

#include <string.h>

#include "weaveheap.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct weaveheap_api {
    /** WEAVEHEAP_ABI_VERSION of the core. */
    uint32_t abi;
    /** sizeof(struct weaveheap_api) in the core: later cores only append. */
    uint32_t size;
    /** WEAVEHEAP_IDL_HASH of the core. */
    const char* hash;
    uint32_t (*version_number)(void);
    const char* (*version_string)(void);
    uint32_t (*abi_version)(void);
    const char* (*idl_hash)(void);
    const char* (*strerror)(int32_t code);
    void (*free_string)(const char* text);
    void (*free_bytes)(uint8_t* data, uint64_t data_len);
    void (*error_clear)(weaveheap_error* error);
    void (*error_set)(weaveheap_error* error, int32_t code, const char* message);
    weaveheap_region_t (*region_create)(const weaveheap_region_options* options, weaveheap_error* out_err);
    void (*region_destroy)(weaveheap_region_t region, weaveheap_error* out_err);
    void (*region_reset)(weaveheap_region_t region, weaveheap_error* out_err);
    void (*region_stats)(weaveheap_region_t region, weaveheap_stats* out, weaveheap_error* out_err);
    weaveheap_buffer_t (*buffer_alloc)(weaveheap_region_t region, uint64_t size, uint64_t align, weaveheap_error* out_err);
    void (*buffer_release)(weaveheap_buffer_t buffer, weaveheap_error* out_err);
    uint64_t (*buffer_size)(weaveheap_buffer_t buffer, weaveheap_error* out_err);
    void (*buffer_write)(weaveheap_buffer_t buffer, uint64_t offset, const uint8_t* data, uint64_t data_len, weaveheap_error* out_err);
    void (*buffer_read)(weaveheap_buffer_t buffer, uint64_t offset, uint8_t* dst, uint64_t dst_len, weaveheap_error* out_err);
    weaveheap_bytes_t (*bytes_create)(weaveheap_region_t region, const uint8_t* data, uint64_t data_len, weaveheap_error* out_err);
    void (*bytes_release)(weaveheap_bytes_t bytes, weaveheap_error* out_err);
    uint64_t (*bytes_length)(weaveheap_bytes_t bytes, weaveheap_error* out_err);
    uint8_t* (*bytes_dup)(weaveheap_bytes_t bytes, uint64_t* out_len, weaveheap_error* out_err);
    weaveheap_string_t (*string_create)(weaveheap_region_t region, const uint8_t* text, uint64_t text_len, weaveheap_error* out_err);
    void (*string_release)(weaveheap_string_t string, weaveheap_error* out_err);
    uint64_t (*string_length)(weaveheap_string_t string, weaveheap_error* out_err);
    char* (*string_dup)(weaveheap_string_t string, weaveheap_error* out_err);
    weaveheap_vector_t (*vector_create)(weaveheap_region_t region, weaveheap_element_type type, uint64_t capacity, bool nullable, weaveheap_error* out_err);
    void (*vector_release)(weaveheap_vector_t vector, weaveheap_error* out_err);
    uint64_t (*vector_length)(weaveheap_vector_t vector, weaveheap_error* out_err);
    uint64_t (*vector_capacity)(weaveheap_vector_t vector, weaveheap_error* out_err);
    void (*vector_resize)(weaveheap_vector_t vector, uint64_t capacity, weaveheap_error* out_err);
    weaveheap_element_type (*vector_element_type)(weaveheap_vector_t vector, weaveheap_error* out_err);
    uint64_t (*vector_null_count)(weaveheap_vector_t vector, weaveheap_error* out_err);
    void (*vector_append)(weaveheap_vector_t vector, int64_t value, weaveheap_error* out_err);
    void (*vector_extend)(weaveheap_vector_t vector, const uint8_t* data, uint64_t data_len, weaveheap_error* out_err);
    void (*vector_append_null)(weaveheap_vector_t vector, weaveheap_error* out_err);
    void (*vector_set)(weaveheap_vector_t vector, uint64_t index, int64_t value, weaveheap_error* out_err);
    int64_t (*vector_get)(weaveheap_vector_t vector, uint64_t index, weaveheap_error* out_err);
    void (*vector_append_f64)(weaveheap_vector_t vector, double value, weaveheap_error* out_err);
    void (*vector_set_f64)(weaveheap_vector_t vector, uint64_t index, double value, weaveheap_error* out_err);
    double (*vector_get_f64)(weaveheap_vector_t vector, uint64_t index, weaveheap_error* out_err);
    bool (*vector_is_valid)(weaveheap_vector_t vector, uint64_t index, weaveheap_error* out_err);
    void (*vector_read)(weaveheap_vector_t vector, uint64_t offset, uint8_t* dst, uint64_t dst_len, weaveheap_error* out_err);
    void (*vector_export_arrow)(weaveheap_vector_t vector, uint8_t* schema, uint8_t* array, weaveheap_error* out_err);
    weaveheap_var_vector_t (*var_vector_create)(weaveheap_region_t region, uint64_t capacity, uint64_t data_capacity, bool nullable, bool binary, weaveheap_error* out_err);
    void (*var_vector_release)(weaveheap_var_vector_t vector, weaveheap_error* out_err);
    uint64_t (*var_vector_length)(weaveheap_var_vector_t vector, weaveheap_error* out_err);
    uint64_t (*var_vector_capacity)(weaveheap_var_vector_t vector, weaveheap_error* out_err);
    uint64_t (*var_vector_data_length)(weaveheap_var_vector_t vector, weaveheap_error* out_err);
    uint64_t (*var_vector_data_capacity)(weaveheap_var_vector_t vector, weaveheap_error* out_err);
    void (*var_vector_resize)(weaveheap_var_vector_t vector, uint64_t capacity, uint64_t data_capacity, weaveheap_error* out_err);
    uint64_t (*var_vector_null_count)(weaveheap_var_vector_t vector, weaveheap_error* out_err);
    bool (*var_vector_is_utf8)(weaveheap_var_vector_t vector, weaveheap_error* out_err);
    void (*var_vector_append)(weaveheap_var_vector_t vector, const uint8_t* value, uint64_t value_len, weaveheap_error* out_err);
    void (*var_vector_append_null)(weaveheap_var_vector_t vector, weaveheap_error* out_err);
    uint8_t* (*var_vector_get)(weaveheap_var_vector_t vector, uint64_t index, uint64_t* out_len, weaveheap_error* out_err);
    uint64_t (*var_vector_value_offset)(weaveheap_var_vector_t vector, uint64_t index, weaveheap_error* out_err);
    uint64_t (*var_vector_value_length)(weaveheap_var_vector_t vector, uint64_t index, weaveheap_error* out_err);
    bool (*var_vector_is_valid)(weaveheap_var_vector_t vector, uint64_t index, weaveheap_error* out_err);
    void (*var_vector_read)(weaveheap_var_vector_t vector, uint64_t offset, uint8_t* dst, uint64_t dst_len, weaveheap_error* out_err);
    void (*var_vector_export_arrow)(weaveheap_var_vector_t vector, uint8_t* schema, uint8_t* array, weaveheap_error* out_err);
    weaveheap_batch_t (*batch_create)(weaveheap_region_t region, uint32_t max_columns, weaveheap_error* out_err);
    void (*batch_release)(weaveheap_batch_t batch, weaveheap_error* out_err);
    void (*batch_add_column)(weaveheap_batch_t batch, const uint8_t* name, uint64_t name_len, weaveheap_handle_t column, weaveheap_error* out_err);
    uint64_t (*batch_num_columns)(weaveheap_batch_t batch, weaveheap_error* out_err);
    uint64_t (*batch_num_rows)(weaveheap_batch_t batch, weaveheap_error* out_err);
    char* (*batch_column_name)(weaveheap_batch_t batch, uint64_t index, weaveheap_error* out_err);
    void (*batch_validate)(weaveheap_batch_t batch, weaveheap_error* out_err);
    void (*batch_append_row)(weaveheap_batch_t batch, const uint8_t* row, uint64_t row_len, weaveheap_error* out_err);
    void (*batch_export_arrow)(weaveheap_batch_t batch, uint8_t* schema, uint8_t* array, weaveheap_error* out_err);
    weaveheap_list_vector_t (*list_vector_create)(weaveheap_region_t region, weaveheap_handle_t child, uint64_t capacity, bool nullable, bool map, weaveheap_error* out_err);
    void (*list_vector_release)(weaveheap_list_vector_t list, weaveheap_error* out_err);
    uint64_t (*list_vector_length)(weaveheap_list_vector_t list, weaveheap_error* out_err);
    uint64_t (*list_vector_capacity)(weaveheap_list_vector_t list, weaveheap_error* out_err);
    uint64_t (*list_vector_null_count)(weaveheap_list_vector_t list, weaveheap_error* out_err);
    bool (*list_vector_is_map)(weaveheap_list_vector_t list, weaveheap_error* out_err);
    bool (*list_vector_is_valid)(weaveheap_list_vector_t list, uint64_t index, weaveheap_error* out_err);
    uint64_t (*list_vector_value_offset)(weaveheap_list_vector_t list, uint64_t index, weaveheap_error* out_err);
    uint64_t (*list_vector_value_length)(weaveheap_list_vector_t list, uint64_t index, weaveheap_error* out_err);
    void (*list_vector_append)(weaveheap_list_vector_t list, const uint8_t* value, uint64_t value_len, weaveheap_error* out_err);
    void (*list_vector_append_null)(weaveheap_list_vector_t list, weaveheap_error* out_err);
    int64_t (*list_vector_lookup)(weaveheap_list_vector_t map, uint64_t index, const uint8_t* key, uint64_t key_len, weaveheap_error* out_err);
    void (*list_vector_export_arrow)(weaveheap_list_vector_t list, uint8_t* schema, uint8_t* array, weaveheap_error* out_err);
    weaveheap_batch_stream_t (*batch_stream_create)(weaveheap_region_t region, uint32_t max_batches, weaveheap_error* out_err);
    void (*batch_stream_release)(weaveheap_batch_stream_t stream, weaveheap_error* out_err);
    void (*batch_stream_add_batch)(weaveheap_batch_stream_t stream, weaveheap_batch_t batch, weaveheap_error* out_err);
    uint64_t (*batch_stream_num_batches)(weaveheap_batch_stream_t stream, weaveheap_error* out_err);
    void (*batch_stream_export_arrow)(weaveheap_batch_stream_t stream, uint8_t* out, weaveheap_error* out_err);
    weaveheap_batch_stream_t (*stream_source_create)(weaveheap_region_t region, weaveheap_batch_producer producer, void* context, weaveheap_error* out_err);
    weaveheap_batch_stream_t (*stream_source_create_owned)(weaveheap_region_t region, weaveheap_batch_producer producer, void* context, weaveheap_destructor destroy, weaveheap_error* out_err);
    weaveheap_foreign_t (*foreign_import_array)(weaveheap_region_t region, uint8_t* schema, uint8_t* array, weaveheap_error* out_err);
    weaveheap_foreign_t (*foreign_create)(weaveheap_region_t region, weaveheap_element_type type, const uint8_t* values, uint64_t values_len, weaveheap_error* out_err);
    weaveheap_foreign_t (*foreign_import_vector)(weaveheap_vector_t vector, weaveheap_error* out_err);
    void (*foreign_release)(weaveheap_foreign_t foreign, weaveheap_error* out_err);
    uint64_t (*foreign_length)(weaveheap_foreign_t foreign, weaveheap_error* out_err);
    uint64_t (*foreign_null_count)(weaveheap_foreign_t foreign, weaveheap_error* out_err);
    uint64_t (*foreign_offset)(weaveheap_foreign_t foreign, weaveheap_error* out_err);
    uint64_t (*foreign_num_children)(weaveheap_foreign_t foreign, weaveheap_error* out_err);
    char* (*foreign_format)(weaveheap_foreign_t foreign, weaveheap_error* out_err);
    void (*foreign_export_arrow)(weaveheap_foreign_t foreign, uint8_t* schema, uint8_t* array, weaveheap_error* out_err);
    weaveheap_foreign_stream_t (*foreign_stream_import_stream)(weaveheap_region_t region, uint8_t* stream, weaveheap_error* out_err);
    weaveheap_foreign_stream_t (*foreign_stream_import_batch_stream)(weaveheap_batch_stream_t stream, weaveheap_error* out_err);
    weaveheap_foreign_t (*foreign_stream_next)(weaveheap_foreign_stream_t stream, weaveheap_error* out_err);
    void (*foreign_stream_release)(weaveheap_foreign_stream_t stream, weaveheap_error* out_err);
    weaveheap_borrow_t (*borrow_shared)(weaveheap_handle_t target, weaveheap_view* view, weaveheap_error* out_err);
    weaveheap_borrow_t (*borrow_unique)(weaveheap_handle_t target, weaveheap_view* view, weaveheap_error* out_err);
    void (*borrow_release)(weaveheap_borrow_t token, weaveheap_error* out_err);
    uint32_t (*object_register_kind)(const char* name, weaveheap_destructor destroy, void* context, weaveheap_error* out_err);
    weaveheap_object_t (*object_create)(weaveheap_region_t region, uint32_t kind, void* payload, weaveheap_error* out_err);
    void* (*object_get)(weaveheap_object_t object, uint32_t kind, weaveheap_error* out_err);
    weaveheap_borrow_t (*object_borrow)(weaveheap_object_t object, uint32_t kind, bool unique, weaveheap_error* out_err);
    void (*object_release)(weaveheap_object_t object, uint32_t kind, weaveheap_error* out_err);
    weaveheap_handle_kind (*handle_kind_of)(weaveheap_handle_t handle, weaveheap_error* out_err);
    void (*stats_global)(weaveheap_stats* out, weaveheap_error* out_err);
    void (*stats_set_enabled)(bool enabled);
    bool (*stats_enabled)(void);
    void (*publish_start)(uint32_t interval_ms, weaveheap_error* out_err);
    void (*publish_now)(weaveheap_error* out_err);
    void (*publish_stop)(void);
    bool (*publish_active)(void);
} weaveheap_api;

/* X(weaveheap_api member, C function) for each function of the table. */
#define WEAVEHEAP_API_FUNCTIONS(X) \
    X(version_number, weaveheap_version_number) \
    X(version_string, weaveheap_version_string) \
    X(abi_version, weaveheap_abi_version) \
    X(idl_hash, weaveheap_idl_hash) \
    X(strerror, weaveheap_strerror) \
    X(free_string, weaveheap_free_string) \
    X(free_bytes, weaveheap_free_bytes) \
    X(error_clear, weaveheap_error_clear) \
    X(error_set, weaveheap_error_set) \
    X(region_create, weaveheap_region_create) \
    X(region_destroy, weaveheap_region_destroy) \
    X(region_reset, weaveheap_region_reset) \
    X(region_stats, weaveheap_region_stats) \
    X(buffer_alloc, weaveheap_buffer_alloc) \
    X(buffer_release, weaveheap_buffer_release) \
    X(buffer_size, weaveheap_buffer_size) \
    X(buffer_write, weaveheap_buffer_write) \
    X(buffer_read, weaveheap_buffer_read) \
    X(bytes_create, weaveheap_bytes_create) \
    X(bytes_release, weaveheap_bytes_release) \
    X(bytes_length, weaveheap_bytes_length) \
    X(bytes_dup, weaveheap_bytes_dup) \
    X(string_create, weaveheap_string_create) \
    X(string_release, weaveheap_string_release) \
    X(string_length, weaveheap_string_length) \
    X(string_dup, weaveheap_string_dup) \
    X(vector_create, weaveheap_vector_create) \
    X(vector_release, weaveheap_vector_release) \
    X(vector_length, weaveheap_vector_length) \
    X(vector_capacity, weaveheap_vector_capacity) \
    X(vector_resize, weaveheap_vector_resize) \
    X(vector_element_type, weaveheap_vector_element_type) \
    X(vector_null_count, weaveheap_vector_null_count) \
    X(vector_append, weaveheap_vector_append) \
    X(vector_extend, weaveheap_vector_extend) \
    X(vector_append_null, weaveheap_vector_append_null) \
    X(vector_set, weaveheap_vector_set) \
    X(vector_get, weaveheap_vector_get) \
    X(vector_append_f64, weaveheap_vector_append_f64) \
    X(vector_set_f64, weaveheap_vector_set_f64) \
    X(vector_get_f64, weaveheap_vector_get_f64) \
    X(vector_is_valid, weaveheap_vector_is_valid) \
    X(vector_read, weaveheap_vector_read) \
    X(vector_export_arrow, weaveheap_vector_export_arrow) \
    X(var_vector_create, weaveheap_var_vector_create) \
    X(var_vector_release, weaveheap_var_vector_release) \
    X(var_vector_length, weaveheap_var_vector_length) \
    X(var_vector_capacity, weaveheap_var_vector_capacity) \
    X(var_vector_data_length, weaveheap_var_vector_data_length) \
    X(var_vector_data_capacity, weaveheap_var_vector_data_capacity) \
    X(var_vector_resize, weaveheap_var_vector_resize) \
    X(var_vector_null_count, weaveheap_var_vector_null_count) \
    X(var_vector_is_utf8, weaveheap_var_vector_is_utf8) \
    X(var_vector_append, weaveheap_var_vector_append) \
    X(var_vector_append_null, weaveheap_var_vector_append_null) \
    X(var_vector_get, weaveheap_var_vector_get) \
    X(var_vector_value_offset, weaveheap_var_vector_value_offset) \
    X(var_vector_value_length, weaveheap_var_vector_value_length) \
    X(var_vector_is_valid, weaveheap_var_vector_is_valid) \
    X(var_vector_read, weaveheap_var_vector_read) \
    X(var_vector_export_arrow, weaveheap_var_vector_export_arrow) \
    X(batch_create, weaveheap_batch_create) \
    X(batch_release, weaveheap_batch_release) \
    X(batch_add_column, weaveheap_batch_add_column) \
    X(batch_num_columns, weaveheap_batch_num_columns) \
    X(batch_num_rows, weaveheap_batch_num_rows) \
    X(batch_column_name, weaveheap_batch_column_name) \
    X(batch_validate, weaveheap_batch_validate) \
    X(batch_append_row, weaveheap_batch_append_row) \
    X(batch_export_arrow, weaveheap_batch_export_arrow) \
    X(list_vector_create, weaveheap_list_vector_create) \
    X(list_vector_release, weaveheap_list_vector_release) \
    X(list_vector_length, weaveheap_list_vector_length) \
    X(list_vector_capacity, weaveheap_list_vector_capacity) \
    X(list_vector_null_count, weaveheap_list_vector_null_count) \
    X(list_vector_is_map, weaveheap_list_vector_is_map) \
    X(list_vector_is_valid, weaveheap_list_vector_is_valid) \
    X(list_vector_value_offset, weaveheap_list_vector_value_offset) \
    X(list_vector_value_length, weaveheap_list_vector_value_length) \
    X(list_vector_append, weaveheap_list_vector_append) \
    X(list_vector_append_null, weaveheap_list_vector_append_null) \
    X(list_vector_lookup, weaveheap_list_vector_lookup) \
    X(list_vector_export_arrow, weaveheap_list_vector_export_arrow) \
    X(batch_stream_create, weaveheap_batch_stream_create) \
    X(batch_stream_release, weaveheap_batch_stream_release) \
    X(batch_stream_add_batch, weaveheap_batch_stream_add_batch) \
    X(batch_stream_num_batches, weaveheap_batch_stream_num_batches) \
    X(batch_stream_export_arrow, weaveheap_batch_stream_export_arrow) \
    X(stream_source_create, weaveheap_stream_source_create) \
    X(stream_source_create_owned, weaveheap_stream_source_create_owned) \
    X(foreign_import_array, weaveheap_foreign_import_array) \
    X(foreign_create, weaveheap_foreign_create) \
    X(foreign_import_vector, weaveheap_foreign_import_vector) \
    X(foreign_release, weaveheap_foreign_release) \
    X(foreign_length, weaveheap_foreign_length) \
    X(foreign_null_count, weaveheap_foreign_null_count) \
    X(foreign_offset, weaveheap_foreign_offset) \
    X(foreign_num_children, weaveheap_foreign_num_children) \
    X(foreign_format, weaveheap_foreign_format) \
    X(foreign_export_arrow, weaveheap_foreign_export_arrow) \
    X(foreign_stream_import_stream, weaveheap_foreign_stream_import_stream) \
    X(foreign_stream_import_batch_stream, weaveheap_foreign_stream_import_batch_stream) \
    X(foreign_stream_next, weaveheap_foreign_stream_next) \
    X(foreign_stream_release, weaveheap_foreign_stream_release) \
    X(borrow_shared, weaveheap_borrow_shared) \
    X(borrow_unique, weaveheap_borrow_unique) \
    X(borrow_release, weaveheap_borrow_release) \
    X(object_register_kind, weaveheap_object_register_kind) \
    X(object_create, weaveheap_object_create) \
    X(object_get, weaveheap_object_get) \
    X(object_borrow, weaveheap_object_borrow) \
    X(object_release, weaveheap_object_release) \
    X(handle_kind_of, weaveheap_handle_kind_of) \
    X(stats_global, weaveheap_stats_global) \
    X(stats_set_enabled, weaveheap_stats_set_enabled) \
    X(stats_enabled, weaveheap_stats_enabled) \
    X(publish_start, weaveheap_publish_start) \
    X(publish_now, weaveheap_publish_now) \
    X(publish_stop, weaveheap_publish_stop) \
    X(publish_active, weaveheap_publish_active)

/* Whether `table` is a core this header was generated for: the same ABI,
 * the same IDL, and at least this header's members. */
static inline bool weaveheap_api_compatible(const weaveheap_api* table) {
    return table && table->abi == WEAVEHEAP_ABI_VERSION && table->size >= sizeof(*table) &&
           table->hash && strlen(table->hash) == sizeof WEAVEHEAP_IDL_HASH - 1 &&
           memcmp(table->hash, WEAVEHEAP_IDL_HASH, sizeof WEAVEHEAP_IDL_HASH) == 0;
}

#ifdef __cplusplus
}
#endif

#endif /* WEAVEHEAP_API_TABLE_H */
