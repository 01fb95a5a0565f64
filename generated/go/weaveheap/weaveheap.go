// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144

// Package weaveheap is the Go binding of the weaveheap C core
// (version 0.1.0, ABI 2), generated from its IDL.
//
// Objects own their handles (Close releases them; a second Close is a
// no-op); views borrow an object's bytes in place and are read and written
// through checked accessors, a closure (WithView, Do), or, unchecked,
// UnsafeBytes; every failure is a typed error that unwraps to
// *WeaveHeapError, and a failed call changes nothing.
//
// cgo finds the C library with pkg-config (weaveheap.pc): with the C
// SDK's lib/pkgconfig on PKG_CONFIG_PATH, or the SDK installed where
// pkg-config looks, no CGO_CFLAGS or CGO_LDFLAGS are needed (docs/go.md).
package weaveheap

/*
#cgo pkg-config: weaveheap
#include <stdbool.h>
#include <stdint.h>
#include "weaveheap.h"

// Shims: each returns a function's result, out parameters and error by
// value, so that the Go side passes no pointer to Go memory for them.

typedef struct weaveheap__go_region_create_result {
	weaveheap_region_t r;
	weaveheap_error e;
} weaveheap__go_region_create_result;
static inline weaveheap__go_region_create_result weaveheap__go_region_create(const weaveheap_region_options* options) {
	weaveheap__go_region_create_result res = {0};
	res.r = weaveheap_region_create(options, &res.e);
	return res;
}

typedef struct weaveheap__go_region_destroy_result {
	weaveheap_error e;
} weaveheap__go_region_destroy_result;
static inline weaveheap__go_region_destroy_result weaveheap__go_region_destroy(weaveheap_region_t region) {
	weaveheap__go_region_destroy_result res = {0};
	weaveheap_region_destroy(region, &res.e);
	return res;
}

typedef struct weaveheap__go_region_reset_result {
	weaveheap_error e;
} weaveheap__go_region_reset_result;
static inline weaveheap__go_region_reset_result weaveheap__go_region_reset(weaveheap_region_t region) {
	weaveheap__go_region_reset_result res = {0};
	weaveheap_region_reset(region, &res.e);
	return res;
}

typedef struct weaveheap__go_region_stats_result {
	weaveheap_stats out;
	weaveheap_error e;
} weaveheap__go_region_stats_result;
static inline weaveheap__go_region_stats_result weaveheap__go_region_stats(weaveheap_region_t region) {
	weaveheap__go_region_stats_result res = {0};
	weaveheap_region_stats(region, &res.out, &res.e);
	return res;
}

typedef struct weaveheap__go_buffer_alloc_result {
	weaveheap_buffer_t r;
	weaveheap_error e;
} weaveheap__go_buffer_alloc_result;
static inline weaveheap__go_buffer_alloc_result weaveheap__go_buffer_alloc(weaveheap_region_t region, uint64_t size, uint64_t align) {
	weaveheap__go_buffer_alloc_result res = {0};
	res.r = weaveheap_buffer_alloc(region, size, align, &res.e);
	return res;
}

typedef struct weaveheap__go_buffer_release_result {
	weaveheap_error e;
} weaveheap__go_buffer_release_result;
static inline weaveheap__go_buffer_release_result weaveheap__go_buffer_release(weaveheap_buffer_t buffer) {
	weaveheap__go_buffer_release_result res = {0};
	weaveheap_buffer_release(buffer, &res.e);
	return res;
}

typedef struct weaveheap__go_buffer_size_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_buffer_size_result;
static inline weaveheap__go_buffer_size_result weaveheap__go_buffer_size(weaveheap_buffer_t buffer) {
	weaveheap__go_buffer_size_result res = {0};
	res.r = weaveheap_buffer_size(buffer, &res.e);
	return res;
}

typedef struct weaveheap__go_buffer_write_result {
	weaveheap_error e;
} weaveheap__go_buffer_write_result;
static inline weaveheap__go_buffer_write_result weaveheap__go_buffer_write(weaveheap_buffer_t buffer, uint64_t offset, const uint8_t* data, uint64_t data_len) {
	weaveheap__go_buffer_write_result res = {0};
	weaveheap_buffer_write(buffer, offset, data, data_len, &res.e);
	return res;
}

typedef struct weaveheap__go_buffer_read_result {
	weaveheap_error e;
} weaveheap__go_buffer_read_result;
static inline weaveheap__go_buffer_read_result weaveheap__go_buffer_read(weaveheap_buffer_t buffer, uint64_t offset, uint8_t* dst, uint64_t dst_len) {
	weaveheap__go_buffer_read_result res = {0};
	weaveheap_buffer_read(buffer, offset, dst, dst_len, &res.e);
	return res;
}

typedef struct weaveheap__go_bytes_create_result {
	weaveheap_bytes_t r;
	weaveheap_error e;
} weaveheap__go_bytes_create_result;
static inline weaveheap__go_bytes_create_result weaveheap__go_bytes_create(weaveheap_region_t region, const uint8_t* data, uint64_t data_len) {
	weaveheap__go_bytes_create_result res = {0};
	res.r = weaveheap_bytes_create(region, data, data_len, &res.e);
	return res;
}

typedef struct weaveheap__go_bytes_release_result {
	weaveheap_error e;
} weaveheap__go_bytes_release_result;
static inline weaveheap__go_bytes_release_result weaveheap__go_bytes_release(weaveheap_bytes_t bytes) {
	weaveheap__go_bytes_release_result res = {0};
	weaveheap_bytes_release(bytes, &res.e);
	return res;
}

typedef struct weaveheap__go_bytes_length_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_bytes_length_result;
static inline weaveheap__go_bytes_length_result weaveheap__go_bytes_length(weaveheap_bytes_t bytes) {
	weaveheap__go_bytes_length_result res = {0};
	res.r = weaveheap_bytes_length(bytes, &res.e);
	return res;
}

typedef struct weaveheap__go_bytes_dup_result {
	uint8_t* r;
	uint64_t out_len;
	weaveheap_error e;
} weaveheap__go_bytes_dup_result;
static inline weaveheap__go_bytes_dup_result weaveheap__go_bytes_dup(weaveheap_bytes_t bytes) {
	weaveheap__go_bytes_dup_result res = {0};
	res.r = weaveheap_bytes_dup(bytes, &res.out_len, &res.e);
	return res;
}

typedef struct weaveheap__go_string_create_result {
	weaveheap_string_t r;
	weaveheap_error e;
} weaveheap__go_string_create_result;
static inline weaveheap__go_string_create_result weaveheap__go_string_create(weaveheap_region_t region, const uint8_t* text, uint64_t text_len) {
	weaveheap__go_string_create_result res = {0};
	res.r = weaveheap_string_create(region, text, text_len, &res.e);
	return res;
}

typedef struct weaveheap__go_string_release_result {
	weaveheap_error e;
} weaveheap__go_string_release_result;
static inline weaveheap__go_string_release_result weaveheap__go_string_release(weaveheap_string_t string) {
	weaveheap__go_string_release_result res = {0};
	weaveheap_string_release(string, &res.e);
	return res;
}

typedef struct weaveheap__go_string_length_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_string_length_result;
static inline weaveheap__go_string_length_result weaveheap__go_string_length(weaveheap_string_t string) {
	weaveheap__go_string_length_result res = {0};
	res.r = weaveheap_string_length(string, &res.e);
	return res;
}

typedef struct weaveheap__go_string_dup_result {
	char* r;
	weaveheap_error e;
} weaveheap__go_string_dup_result;
static inline weaveheap__go_string_dup_result weaveheap__go_string_dup(weaveheap_string_t string) {
	weaveheap__go_string_dup_result res = {0};
	res.r = weaveheap_string_dup(string, &res.e);
	return res;
}

typedef struct weaveheap__go_vector_create_result {
	weaveheap_vector_t r;
	weaveheap_error e;
} weaveheap__go_vector_create_result;
static inline weaveheap__go_vector_create_result weaveheap__go_vector_create(weaveheap_region_t region, weaveheap_element_type type, uint64_t capacity, bool nullable) {
	weaveheap__go_vector_create_result res = {0};
	res.r = weaveheap_vector_create(region, type, capacity, nullable, &res.e);
	return res;
}

typedef struct weaveheap__go_vector_release_result {
	weaveheap_error e;
} weaveheap__go_vector_release_result;
static inline weaveheap__go_vector_release_result weaveheap__go_vector_release(weaveheap_vector_t vector) {
	weaveheap__go_vector_release_result res = {0};
	weaveheap_vector_release(vector, &res.e);
	return res;
}

typedef struct weaveheap__go_vector_length_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_vector_length_result;
static inline weaveheap__go_vector_length_result weaveheap__go_vector_length(weaveheap_vector_t vector) {
	weaveheap__go_vector_length_result res = {0};
	res.r = weaveheap_vector_length(vector, &res.e);
	return res;
}

typedef struct weaveheap__go_vector_capacity_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_vector_capacity_result;
static inline weaveheap__go_vector_capacity_result weaveheap__go_vector_capacity(weaveheap_vector_t vector) {
	weaveheap__go_vector_capacity_result res = {0};
	res.r = weaveheap_vector_capacity(vector, &res.e);
	return res;
}

typedef struct weaveheap__go_vector_resize_result {
	weaveheap_error e;
} weaveheap__go_vector_resize_result;
static inline weaveheap__go_vector_resize_result weaveheap__go_vector_resize(weaveheap_vector_t vector, uint64_t capacity) {
	weaveheap__go_vector_resize_result res = {0};
	weaveheap_vector_resize(vector, capacity, &res.e);
	return res;
}

typedef struct weaveheap__go_vector_element_type_result {
	weaveheap_element_type r;
	weaveheap_error e;
} weaveheap__go_vector_element_type_result;
static inline weaveheap__go_vector_element_type_result weaveheap__go_vector_element_type(weaveheap_vector_t vector) {
	weaveheap__go_vector_element_type_result res = {0};
	res.r = weaveheap_vector_element_type(vector, &res.e);
	return res;
}

typedef struct weaveheap__go_vector_null_count_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_vector_null_count_result;
static inline weaveheap__go_vector_null_count_result weaveheap__go_vector_null_count(weaveheap_vector_t vector) {
	weaveheap__go_vector_null_count_result res = {0};
	res.r = weaveheap_vector_null_count(vector, &res.e);
	return res;
}

typedef struct weaveheap__go_vector_append_result {
	weaveheap_error e;
} weaveheap__go_vector_append_result;
static inline weaveheap__go_vector_append_result weaveheap__go_vector_append(weaveheap_vector_t vector, int64_t value) {
	weaveheap__go_vector_append_result res = {0};
	weaveheap_vector_append(vector, value, &res.e);
	return res;
}

typedef struct weaveheap__go_vector_extend_result {
	weaveheap_error e;
} weaveheap__go_vector_extend_result;
static inline weaveheap__go_vector_extend_result weaveheap__go_vector_extend(weaveheap_vector_t vector, const uint8_t* data, uint64_t data_len) {
	weaveheap__go_vector_extend_result res = {0};
	weaveheap_vector_extend(vector, data, data_len, &res.e);
	return res;
}

typedef struct weaveheap__go_vector_append_null_result {
	weaveheap_error e;
} weaveheap__go_vector_append_null_result;
static inline weaveheap__go_vector_append_null_result weaveheap__go_vector_append_null(weaveheap_vector_t vector) {
	weaveheap__go_vector_append_null_result res = {0};
	weaveheap_vector_append_null(vector, &res.e);
	return res;
}

typedef struct weaveheap__go_vector_set_result {
	weaveheap_error e;
} weaveheap__go_vector_set_result;
static inline weaveheap__go_vector_set_result weaveheap__go_vector_set(weaveheap_vector_t vector, uint64_t index, int64_t value) {
	weaveheap__go_vector_set_result res = {0};
	weaveheap_vector_set(vector, index, value, &res.e);
	return res;
}

typedef struct weaveheap__go_vector_get_result {
	int64_t r;
	weaveheap_error e;
} weaveheap__go_vector_get_result;
static inline weaveheap__go_vector_get_result weaveheap__go_vector_get(weaveheap_vector_t vector, uint64_t index) {
	weaveheap__go_vector_get_result res = {0};
	res.r = weaveheap_vector_get(vector, index, &res.e);
	return res;
}

typedef struct weaveheap__go_vector_append_f64_result {
	weaveheap_error e;
} weaveheap__go_vector_append_f64_result;
static inline weaveheap__go_vector_append_f64_result weaveheap__go_vector_append_f64(weaveheap_vector_t vector, double value) {
	weaveheap__go_vector_append_f64_result res = {0};
	weaveheap_vector_append_f64(vector, value, &res.e);
	return res;
}

typedef struct weaveheap__go_vector_set_f64_result {
	weaveheap_error e;
} weaveheap__go_vector_set_f64_result;
static inline weaveheap__go_vector_set_f64_result weaveheap__go_vector_set_f64(weaveheap_vector_t vector, uint64_t index, double value) {
	weaveheap__go_vector_set_f64_result res = {0};
	weaveheap_vector_set_f64(vector, index, value, &res.e);
	return res;
}

typedef struct weaveheap__go_vector_get_f64_result {
	double r;
	weaveheap_error e;
} weaveheap__go_vector_get_f64_result;
static inline weaveheap__go_vector_get_f64_result weaveheap__go_vector_get_f64(weaveheap_vector_t vector, uint64_t index) {
	weaveheap__go_vector_get_f64_result res = {0};
	res.r = weaveheap_vector_get_f64(vector, index, &res.e);
	return res;
}

typedef struct weaveheap__go_vector_is_valid_result {
	bool r;
	weaveheap_error e;
} weaveheap__go_vector_is_valid_result;
static inline weaveheap__go_vector_is_valid_result weaveheap__go_vector_is_valid(weaveheap_vector_t vector, uint64_t index) {
	weaveheap__go_vector_is_valid_result res = {0};
	res.r = weaveheap_vector_is_valid(vector, index, &res.e);
	return res;
}

typedef struct weaveheap__go_vector_read_result {
	weaveheap_error e;
} weaveheap__go_vector_read_result;
static inline weaveheap__go_vector_read_result weaveheap__go_vector_read(weaveheap_vector_t vector, uint64_t offset, uint8_t* dst, uint64_t dst_len) {
	weaveheap__go_vector_read_result res = {0};
	weaveheap_vector_read(vector, offset, dst, dst_len, &res.e);
	return res;
}

typedef struct weaveheap__go_var_vector_create_result {
	weaveheap_var_vector_t r;
	weaveheap_error e;
} weaveheap__go_var_vector_create_result;
static inline weaveheap__go_var_vector_create_result weaveheap__go_var_vector_create(weaveheap_region_t region, uint64_t capacity, uint64_t data_capacity, bool nullable, bool binary) {
	weaveheap__go_var_vector_create_result res = {0};
	res.r = weaveheap_var_vector_create(region, capacity, data_capacity, nullable, binary, &res.e);
	return res;
}

typedef struct weaveheap__go_var_vector_release_result {
	weaveheap_error e;
} weaveheap__go_var_vector_release_result;
static inline weaveheap__go_var_vector_release_result weaveheap__go_var_vector_release(weaveheap_var_vector_t vector) {
	weaveheap__go_var_vector_release_result res = {0};
	weaveheap_var_vector_release(vector, &res.e);
	return res;
}

typedef struct weaveheap__go_var_vector_length_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_var_vector_length_result;
static inline weaveheap__go_var_vector_length_result weaveheap__go_var_vector_length(weaveheap_var_vector_t vector) {
	weaveheap__go_var_vector_length_result res = {0};
	res.r = weaveheap_var_vector_length(vector, &res.e);
	return res;
}

typedef struct weaveheap__go_var_vector_capacity_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_var_vector_capacity_result;
static inline weaveheap__go_var_vector_capacity_result weaveheap__go_var_vector_capacity(weaveheap_var_vector_t vector) {
	weaveheap__go_var_vector_capacity_result res = {0};
	res.r = weaveheap_var_vector_capacity(vector, &res.e);
	return res;
}

typedef struct weaveheap__go_var_vector_data_length_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_var_vector_data_length_result;
static inline weaveheap__go_var_vector_data_length_result weaveheap__go_var_vector_data_length(weaveheap_var_vector_t vector) {
	weaveheap__go_var_vector_data_length_result res = {0};
	res.r = weaveheap_var_vector_data_length(vector, &res.e);
	return res;
}

typedef struct weaveheap__go_var_vector_data_capacity_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_var_vector_data_capacity_result;
static inline weaveheap__go_var_vector_data_capacity_result weaveheap__go_var_vector_data_capacity(weaveheap_var_vector_t vector) {
	weaveheap__go_var_vector_data_capacity_result res = {0};
	res.r = weaveheap_var_vector_data_capacity(vector, &res.e);
	return res;
}

typedef struct weaveheap__go_var_vector_resize_result {
	weaveheap_error e;
} weaveheap__go_var_vector_resize_result;
static inline weaveheap__go_var_vector_resize_result weaveheap__go_var_vector_resize(weaveheap_var_vector_t vector, uint64_t capacity, uint64_t data_capacity) {
	weaveheap__go_var_vector_resize_result res = {0};
	weaveheap_var_vector_resize(vector, capacity, data_capacity, &res.e);
	return res;
}

typedef struct weaveheap__go_var_vector_null_count_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_var_vector_null_count_result;
static inline weaveheap__go_var_vector_null_count_result weaveheap__go_var_vector_null_count(weaveheap_var_vector_t vector) {
	weaveheap__go_var_vector_null_count_result res = {0};
	res.r = weaveheap_var_vector_null_count(vector, &res.e);
	return res;
}

typedef struct weaveheap__go_var_vector_is_utf8_result {
	bool r;
	weaveheap_error e;
} weaveheap__go_var_vector_is_utf8_result;
static inline weaveheap__go_var_vector_is_utf8_result weaveheap__go_var_vector_is_utf8(weaveheap_var_vector_t vector) {
	weaveheap__go_var_vector_is_utf8_result res = {0};
	res.r = weaveheap_var_vector_is_utf8(vector, &res.e);
	return res;
}

typedef struct weaveheap__go_var_vector_append_result {
	weaveheap_error e;
} weaveheap__go_var_vector_append_result;
static inline weaveheap__go_var_vector_append_result weaveheap__go_var_vector_append(weaveheap_var_vector_t vector, const uint8_t* value, uint64_t value_len) {
	weaveheap__go_var_vector_append_result res = {0};
	weaveheap_var_vector_append(vector, value, value_len, &res.e);
	return res;
}

typedef struct weaveheap__go_var_vector_append_null_result {
	weaveheap_error e;
} weaveheap__go_var_vector_append_null_result;
static inline weaveheap__go_var_vector_append_null_result weaveheap__go_var_vector_append_null(weaveheap_var_vector_t vector) {
	weaveheap__go_var_vector_append_null_result res = {0};
	weaveheap_var_vector_append_null(vector, &res.e);
	return res;
}

typedef struct weaveheap__go_var_vector_get_result {
	uint8_t* r;
	uint64_t out_len;
	weaveheap_error e;
} weaveheap__go_var_vector_get_result;
static inline weaveheap__go_var_vector_get_result weaveheap__go_var_vector_get(weaveheap_var_vector_t vector, uint64_t index) {
	weaveheap__go_var_vector_get_result res = {0};
	res.r = weaveheap_var_vector_get(vector, index, &res.out_len, &res.e);
	return res;
}

typedef struct weaveheap__go_var_vector_value_offset_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_var_vector_value_offset_result;
static inline weaveheap__go_var_vector_value_offset_result weaveheap__go_var_vector_value_offset(weaveheap_var_vector_t vector, uint64_t index) {
	weaveheap__go_var_vector_value_offset_result res = {0};
	res.r = weaveheap_var_vector_value_offset(vector, index, &res.e);
	return res;
}

typedef struct weaveheap__go_var_vector_value_length_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_var_vector_value_length_result;
static inline weaveheap__go_var_vector_value_length_result weaveheap__go_var_vector_value_length(weaveheap_var_vector_t vector, uint64_t index) {
	weaveheap__go_var_vector_value_length_result res = {0};
	res.r = weaveheap_var_vector_value_length(vector, index, &res.e);
	return res;
}

typedef struct weaveheap__go_var_vector_is_valid_result {
	bool r;
	weaveheap_error e;
} weaveheap__go_var_vector_is_valid_result;
static inline weaveheap__go_var_vector_is_valid_result weaveheap__go_var_vector_is_valid(weaveheap_var_vector_t vector, uint64_t index) {
	weaveheap__go_var_vector_is_valid_result res = {0};
	res.r = weaveheap_var_vector_is_valid(vector, index, &res.e);
	return res;
}

typedef struct weaveheap__go_var_vector_read_result {
	weaveheap_error e;
} weaveheap__go_var_vector_read_result;
static inline weaveheap__go_var_vector_read_result weaveheap__go_var_vector_read(weaveheap_var_vector_t vector, uint64_t offset, uint8_t* dst, uint64_t dst_len) {
	weaveheap__go_var_vector_read_result res = {0};
	weaveheap_var_vector_read(vector, offset, dst, dst_len, &res.e);
	return res;
}

typedef struct weaveheap__go_batch_create_result {
	weaveheap_batch_t r;
	weaveheap_error e;
} weaveheap__go_batch_create_result;
static inline weaveheap__go_batch_create_result weaveheap__go_batch_create(weaveheap_region_t region, uint32_t max_columns) {
	weaveheap__go_batch_create_result res = {0};
	res.r = weaveheap_batch_create(region, max_columns, &res.e);
	return res;
}

typedef struct weaveheap__go_batch_release_result {
	weaveheap_error e;
} weaveheap__go_batch_release_result;
static inline weaveheap__go_batch_release_result weaveheap__go_batch_release(weaveheap_batch_t batch) {
	weaveheap__go_batch_release_result res = {0};
	weaveheap_batch_release(batch, &res.e);
	return res;
}

typedef struct weaveheap__go_batch_add_column_result {
	weaveheap_error e;
} weaveheap__go_batch_add_column_result;
static inline weaveheap__go_batch_add_column_result weaveheap__go_batch_add_column(weaveheap_batch_t batch, const uint8_t* name, uint64_t name_len, weaveheap_handle_t column) {
	weaveheap__go_batch_add_column_result res = {0};
	weaveheap_batch_add_column(batch, name, name_len, column, &res.e);
	return res;
}

typedef struct weaveheap__go_batch_num_columns_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_batch_num_columns_result;
static inline weaveheap__go_batch_num_columns_result weaveheap__go_batch_num_columns(weaveheap_batch_t batch) {
	weaveheap__go_batch_num_columns_result res = {0};
	res.r = weaveheap_batch_num_columns(batch, &res.e);
	return res;
}

typedef struct weaveheap__go_batch_num_rows_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_batch_num_rows_result;
static inline weaveheap__go_batch_num_rows_result weaveheap__go_batch_num_rows(weaveheap_batch_t batch) {
	weaveheap__go_batch_num_rows_result res = {0};
	res.r = weaveheap_batch_num_rows(batch, &res.e);
	return res;
}

typedef struct weaveheap__go_batch_column_name_result {
	char* r;
	weaveheap_error e;
} weaveheap__go_batch_column_name_result;
static inline weaveheap__go_batch_column_name_result weaveheap__go_batch_column_name(weaveheap_batch_t batch, uint64_t index) {
	weaveheap__go_batch_column_name_result res = {0};
	res.r = weaveheap_batch_column_name(batch, index, &res.e);
	return res;
}

typedef struct weaveheap__go_batch_validate_result {
	weaveheap_error e;
} weaveheap__go_batch_validate_result;
static inline weaveheap__go_batch_validate_result weaveheap__go_batch_validate(weaveheap_batch_t batch) {
	weaveheap__go_batch_validate_result res = {0};
	weaveheap_batch_validate(batch, &res.e);
	return res;
}

typedef struct weaveheap__go_batch_append_row_result {
	weaveheap_error e;
} weaveheap__go_batch_append_row_result;
static inline weaveheap__go_batch_append_row_result weaveheap__go_batch_append_row(weaveheap_batch_t batch, const uint8_t* row, uint64_t row_len) {
	weaveheap__go_batch_append_row_result res = {0};
	weaveheap_batch_append_row(batch, row, row_len, &res.e);
	return res;
}

typedef struct weaveheap__go_list_vector_create_result {
	weaveheap_list_vector_t r;
	weaveheap_error e;
} weaveheap__go_list_vector_create_result;
static inline weaveheap__go_list_vector_create_result weaveheap__go_list_vector_create(weaveheap_region_t region, weaveheap_handle_t child, uint64_t capacity, bool nullable, bool map) {
	weaveheap__go_list_vector_create_result res = {0};
	res.r = weaveheap_list_vector_create(region, child, capacity, nullable, map, &res.e);
	return res;
}

typedef struct weaveheap__go_list_vector_release_result {
	weaveheap_error e;
} weaveheap__go_list_vector_release_result;
static inline weaveheap__go_list_vector_release_result weaveheap__go_list_vector_release(weaveheap_list_vector_t list) {
	weaveheap__go_list_vector_release_result res = {0};
	weaveheap_list_vector_release(list, &res.e);
	return res;
}

typedef struct weaveheap__go_list_vector_length_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_list_vector_length_result;
static inline weaveheap__go_list_vector_length_result weaveheap__go_list_vector_length(weaveheap_list_vector_t list) {
	weaveheap__go_list_vector_length_result res = {0};
	res.r = weaveheap_list_vector_length(list, &res.e);
	return res;
}

typedef struct weaveheap__go_list_vector_capacity_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_list_vector_capacity_result;
static inline weaveheap__go_list_vector_capacity_result weaveheap__go_list_vector_capacity(weaveheap_list_vector_t list) {
	weaveheap__go_list_vector_capacity_result res = {0};
	res.r = weaveheap_list_vector_capacity(list, &res.e);
	return res;
}

typedef struct weaveheap__go_list_vector_null_count_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_list_vector_null_count_result;
static inline weaveheap__go_list_vector_null_count_result weaveheap__go_list_vector_null_count(weaveheap_list_vector_t list) {
	weaveheap__go_list_vector_null_count_result res = {0};
	res.r = weaveheap_list_vector_null_count(list, &res.e);
	return res;
}

typedef struct weaveheap__go_list_vector_is_map_result {
	bool r;
	weaveheap_error e;
} weaveheap__go_list_vector_is_map_result;
static inline weaveheap__go_list_vector_is_map_result weaveheap__go_list_vector_is_map(weaveheap_list_vector_t list) {
	weaveheap__go_list_vector_is_map_result res = {0};
	res.r = weaveheap_list_vector_is_map(list, &res.e);
	return res;
}

typedef struct weaveheap__go_list_vector_is_valid_result {
	bool r;
	weaveheap_error e;
} weaveheap__go_list_vector_is_valid_result;
static inline weaveheap__go_list_vector_is_valid_result weaveheap__go_list_vector_is_valid(weaveheap_list_vector_t list, uint64_t index) {
	weaveheap__go_list_vector_is_valid_result res = {0};
	res.r = weaveheap_list_vector_is_valid(list, index, &res.e);
	return res;
}

typedef struct weaveheap__go_list_vector_value_offset_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_list_vector_value_offset_result;
static inline weaveheap__go_list_vector_value_offset_result weaveheap__go_list_vector_value_offset(weaveheap_list_vector_t list, uint64_t index) {
	weaveheap__go_list_vector_value_offset_result res = {0};
	res.r = weaveheap_list_vector_value_offset(list, index, &res.e);
	return res;
}

typedef struct weaveheap__go_list_vector_value_length_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_list_vector_value_length_result;
static inline weaveheap__go_list_vector_value_length_result weaveheap__go_list_vector_value_length(weaveheap_list_vector_t list, uint64_t index) {
	weaveheap__go_list_vector_value_length_result res = {0};
	res.r = weaveheap_list_vector_value_length(list, index, &res.e);
	return res;
}

typedef struct weaveheap__go_list_vector_append_result {
	weaveheap_error e;
} weaveheap__go_list_vector_append_result;
static inline weaveheap__go_list_vector_append_result weaveheap__go_list_vector_append(weaveheap_list_vector_t list, const uint8_t* value, uint64_t value_len) {
	weaveheap__go_list_vector_append_result res = {0};
	weaveheap_list_vector_append(list, value, value_len, &res.e);
	return res;
}

typedef struct weaveheap__go_list_vector_append_null_result {
	weaveheap_error e;
} weaveheap__go_list_vector_append_null_result;
static inline weaveheap__go_list_vector_append_null_result weaveheap__go_list_vector_append_null(weaveheap_list_vector_t list) {
	weaveheap__go_list_vector_append_null_result res = {0};
	weaveheap_list_vector_append_null(list, &res.e);
	return res;
}

typedef struct weaveheap__go_list_vector_lookup_result {
	int64_t r;
	weaveheap_error e;
} weaveheap__go_list_vector_lookup_result;
static inline weaveheap__go_list_vector_lookup_result weaveheap__go_list_vector_lookup(weaveheap_list_vector_t map, uint64_t index, const uint8_t* key, uint64_t key_len) {
	weaveheap__go_list_vector_lookup_result res = {0};
	res.r = weaveheap_list_vector_lookup(map, index, key, key_len, &res.e);
	return res;
}

typedef struct weaveheap__go_batch_stream_create_result {
	weaveheap_batch_stream_t r;
	weaveheap_error e;
} weaveheap__go_batch_stream_create_result;
static inline weaveheap__go_batch_stream_create_result weaveheap__go_batch_stream_create(weaveheap_region_t region, uint32_t max_batches) {
	weaveheap__go_batch_stream_create_result res = {0};
	res.r = weaveheap_batch_stream_create(region, max_batches, &res.e);
	return res;
}

typedef struct weaveheap__go_batch_stream_release_result {
	weaveheap_error e;
} weaveheap__go_batch_stream_release_result;
static inline weaveheap__go_batch_stream_release_result weaveheap__go_batch_stream_release(weaveheap_batch_stream_t stream) {
	weaveheap__go_batch_stream_release_result res = {0};
	weaveheap_batch_stream_release(stream, &res.e);
	return res;
}

typedef struct weaveheap__go_batch_stream_add_batch_result {
	weaveheap_error e;
} weaveheap__go_batch_stream_add_batch_result;
static inline weaveheap__go_batch_stream_add_batch_result weaveheap__go_batch_stream_add_batch(weaveheap_batch_stream_t stream, weaveheap_batch_t batch) {
	weaveheap__go_batch_stream_add_batch_result res = {0};
	weaveheap_batch_stream_add_batch(stream, batch, &res.e);
	return res;
}

typedef struct weaveheap__go_batch_stream_num_batches_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_batch_stream_num_batches_result;
static inline weaveheap__go_batch_stream_num_batches_result weaveheap__go_batch_stream_num_batches(weaveheap_batch_stream_t stream) {
	weaveheap__go_batch_stream_num_batches_result res = {0};
	res.r = weaveheap_batch_stream_num_batches(stream, &res.e);
	return res;
}

typedef struct weaveheap__go_foreign_create_result {
	weaveheap_foreign_t r;
	weaveheap_error e;
} weaveheap__go_foreign_create_result;
static inline weaveheap__go_foreign_create_result weaveheap__go_foreign_create(weaveheap_region_t region, weaveheap_element_type type, const uint8_t* values, uint64_t values_len) {
	weaveheap__go_foreign_create_result res = {0};
	res.r = weaveheap_foreign_create(region, type, values, values_len, &res.e);
	return res;
}

typedef struct weaveheap__go_foreign_release_result {
	weaveheap_error e;
} weaveheap__go_foreign_release_result;
static inline weaveheap__go_foreign_release_result weaveheap__go_foreign_release(weaveheap_foreign_t foreign) {
	weaveheap__go_foreign_release_result res = {0};
	weaveheap_foreign_release(foreign, &res.e);
	return res;
}

typedef struct weaveheap__go_foreign_length_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_foreign_length_result;
static inline weaveheap__go_foreign_length_result weaveheap__go_foreign_length(weaveheap_foreign_t foreign) {
	weaveheap__go_foreign_length_result res = {0};
	res.r = weaveheap_foreign_length(foreign, &res.e);
	return res;
}

typedef struct weaveheap__go_foreign_null_count_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_foreign_null_count_result;
static inline weaveheap__go_foreign_null_count_result weaveheap__go_foreign_null_count(weaveheap_foreign_t foreign) {
	weaveheap__go_foreign_null_count_result res = {0};
	res.r = weaveheap_foreign_null_count(foreign, &res.e);
	return res;
}

typedef struct weaveheap__go_foreign_offset_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_foreign_offset_result;
static inline weaveheap__go_foreign_offset_result weaveheap__go_foreign_offset(weaveheap_foreign_t foreign) {
	weaveheap__go_foreign_offset_result res = {0};
	res.r = weaveheap_foreign_offset(foreign, &res.e);
	return res;
}

typedef struct weaveheap__go_foreign_num_children_result {
	uint64_t r;
	weaveheap_error e;
} weaveheap__go_foreign_num_children_result;
static inline weaveheap__go_foreign_num_children_result weaveheap__go_foreign_num_children(weaveheap_foreign_t foreign) {
	weaveheap__go_foreign_num_children_result res = {0};
	res.r = weaveheap_foreign_num_children(foreign, &res.e);
	return res;
}

typedef struct weaveheap__go_foreign_format_result {
	char* r;
	weaveheap_error e;
} weaveheap__go_foreign_format_result;
static inline weaveheap__go_foreign_format_result weaveheap__go_foreign_format(weaveheap_foreign_t foreign) {
	weaveheap__go_foreign_format_result res = {0};
	res.r = weaveheap_foreign_format(foreign, &res.e);
	return res;
}

typedef struct weaveheap__go_handle_kind_of_result {
	weaveheap_handle_kind r;
	weaveheap_error e;
} weaveheap__go_handle_kind_of_result;
static inline weaveheap__go_handle_kind_of_result weaveheap__go_handle_kind_of(weaveheap_handle_t handle) {
	weaveheap__go_handle_kind_of_result res = {0};
	res.r = weaveheap_handle_kind_of(handle, &res.e);
	return res;
}

typedef struct weaveheap__go_stats_global_result {
	weaveheap_stats out;
	weaveheap_error e;
} weaveheap__go_stats_global_result;
static inline weaveheap__go_stats_global_result weaveheap__go_stats_global(void) {
	weaveheap__go_stats_global_result res = {0};
	weaveheap_stats_global(&res.out, &res.e);
	return res;
}

typedef struct weaveheap__go_publish_start_result {
	weaveheap_error e;
} weaveheap__go_publish_start_result;
static inline weaveheap__go_publish_start_result weaveheap__go_publish_start(uint32_t interval_ms) {
	weaveheap__go_publish_start_result res = {0};
	weaveheap_publish_start(interval_ms, &res.e);
	return res;
}

typedef struct weaveheap__go_publish_now_result {
	weaveheap_error e;
} weaveheap__go_publish_now_result;
static inline weaveheap__go_publish_now_result weaveheap__go_publish_now(void) {
	weaveheap__go_publish_now_result res = {0};
	weaveheap_publish_now(&res.e);
	return res;
}

typedef struct weaveheap__go_borrow_shared_result {
	weaveheap_borrow_t r;
	weaveheap_view view;
	weaveheap_error e;
} weaveheap__go_borrow_shared_result;
static inline weaveheap__go_borrow_shared_result weaveheap__go_borrow_shared(weaveheap_handle_t target) {
	weaveheap__go_borrow_shared_result res = {0};
	res.r = weaveheap_borrow_shared(target, &res.view, &res.e);
	return res;
}

typedef struct weaveheap__go_borrow_unique_result {
	weaveheap_borrow_t r;
	weaveheap_view view;
	weaveheap_error e;
} weaveheap__go_borrow_unique_result;
static inline weaveheap__go_borrow_unique_result weaveheap__go_borrow_unique(weaveheap_handle_t target) {
	weaveheap__go_borrow_unique_result res = {0};
	res.r = weaveheap_borrow_unique(target, &res.view, &res.e);
	return res;
}

typedef struct weaveheap__go_borrow_release_result {
	weaveheap_error e;
} weaveheap__go_borrow_release_result;
static inline weaveheap__go_borrow_release_result weaveheap__go_borrow_release(weaveheap_borrow_t token) {
	weaveheap__go_borrow_release_result res = {0};
	weaveheap_borrow_release(token, &res.e);
	return res;
}

// The Arrow C Data and C Stream Interfaces' structs (the C SDK's header,
// guarded as the spec asks, so that arrow's own may come first).
#include <weaveheap_arrow.h>
#include <stdlib.h>

// An export's structs live on the C heap: a consumer keeps their addresses.
typedef struct wh_arrow_pair {
	struct ArrowSchema schema;
	struct ArrowArray array;
} wh_arrow_pair;

typedef struct wh_arrow_result {
	void* out;          // a wh_arrow_pair or an ArrowArrayStream; NULL on failure
	weaveheap_error e;
} wh_arrow_result;

static wh_arrow_result wh_arrow_vector(weaveheap_handle_t h) {
	wh_arrow_result r = {NULL, {0, NULL}};
	void* out = calloc(1, sizeof(wh_arrow_pair));
	if (!out) {
		r.e.code = -1;  // the Go side makes the out-of-memory error
		return r;
	}
	wh_arrow_pair* p = out;
	weaveheap_vector_export_arrow(h, (uint8_t*)&p->schema, (uint8_t*)&p->array, &r.e);
	if (r.e.code != 0) {
		free(out);
		return r;
	}
	r.out = out;
	return r;
}

static wh_arrow_result wh_arrow_batch(weaveheap_handle_t h) {
	wh_arrow_result r = {NULL, {0, NULL}};
	void* out = calloc(1, sizeof(wh_arrow_pair));
	if (!out) {
		r.e.code = -1;  // the Go side makes the out-of-memory error
		return r;
	}
	wh_arrow_pair* p = out;
	weaveheap_batch_export_arrow(h, (uint8_t*)&p->schema, (uint8_t*)&p->array, &r.e);
	if (r.e.code != 0) {
		free(out);
		return r;
	}
	r.out = out;
	return r;
}

static wh_arrow_result wh_arrow_batch_stream_stream(weaveheap_handle_t h) {
	wh_arrow_result r = {NULL, {0, NULL}};
	void* out = calloc(1, sizeof(struct ArrowArrayStream));
	if (!out) {
		r.e.code = -1;  // the Go side makes the out-of-memory error
		return r;
	}
	weaveheap_batch_stream_export_arrow(h, (uint8_t*)out, &r.e);
	if (r.e.code != 0) {
		free(out);
		return r;
	}
	r.out = out;
	return r;
}

static wh_arrow_result wh_arrow_var_vector(weaveheap_handle_t h) {
	wh_arrow_result r = {NULL, {0, NULL}};
	void* out = calloc(1, sizeof(wh_arrow_pair));
	if (!out) {
		r.e.code = -1;  // the Go side makes the out-of-memory error
		return r;
	}
	wh_arrow_pair* p = out;
	weaveheap_var_vector_export_arrow(h, (uint8_t*)&p->schema, (uint8_t*)&p->array, &r.e);
	if (r.e.code != 0) {
		free(out);
		return r;
	}
	r.out = out;
	return r;
}

static wh_arrow_result wh_arrow_list_vector(weaveheap_handle_t h) {
	wh_arrow_result r = {NULL, {0, NULL}};
	void* out = calloc(1, sizeof(wh_arrow_pair));
	if (!out) {
		r.e.code = -1;  // the Go side makes the out-of-memory error
		return r;
	}
	wh_arrow_pair* p = out;
	weaveheap_list_vector_export_arrow(h, (uint8_t*)&p->schema, (uint8_t*)&p->array, &r.e);
	if (r.e.code != 0) {
		free(out);
		return r;
	}
	r.out = out;
	return r;
}

static wh_arrow_result wh_arrow_foreign(weaveheap_handle_t h) {
	wh_arrow_result r = {NULL, {0, NULL}};
	void* out = calloc(1, sizeof(wh_arrow_pair));
	if (!out) {
		r.e.code = -1;  // the Go side makes the out-of-memory error
		return r;
	}
	wh_arrow_pair* p = out;
	weaveheap_foreign_export_arrow(h, (uint8_t*)&p->schema, (uint8_t*)&p->array, &r.e);
	if (r.e.code != 0) {
		free(out);
		return r;
	}
	r.out = out;
	return r;
}

// Releases what the consumer has not (a moved struct is marked released),
// then frees the structs.
static void wh_arrow_pair_free(wh_arrow_pair* p) {
	if (p->array.release) p->array.release(&p->array);
	if (p->schema.release) p->schema.release(&p->schema);
	free(p);
}

static void wh_arrow_stream_free(struct ArrowArrayStream* s) {
	if (s->release) s->release(s);
	free(s);
}

// The stream's next batch, with its schema, in a new pair: NULL at the end
// (or on failure: *code is then the stream's errno, and *message its text).
static wh_arrow_pair* wh_arrow_stream_next(struct ArrowArrayStream* s, int* code, const char** message) {
	*code = 0;
	*message = NULL;
	if (!s->release) {
		*code = -1;
		return NULL;
	}
	wh_arrow_pair* p = calloc(1, sizeof *p);
	if (!p) {
		*code = -2;
		return NULL;
	}
	int rc = s->get_schema(s, &p->schema);
	if (rc == 0) rc = s->get_next(s, &p->array);
	if (rc != 0) {
		*code = rc;
		*message = s->get_last_error(s);
		wh_arrow_pair_free(p);
		return NULL;
	}
	if (!p->array.release) {  // the end of the stream
		wh_arrow_pair_free(p);
		return NULL;
	}
	return p;
}
*/
import "C"

import (
	"fmt"
	"io"
	"runtime"
	"unsafe"
)

// GeneratedABIVersion is the ABI this package was generated for.
const GeneratedABIVersion = 2

// GeneratedIDLHash is the SHA-256 of the IDL this package was generated from.
const GeneratedIDLHash = "44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144"

// GeneratedVersion is the library version this package was generated for.
const GeneratedVersion = "0.1.0"

// The largest alignment `buffer_alloc` accepts, in bytes.
const MaxAlign uint64 = 1048576

// The largest size of one allocation, bytes object or string, in bytes.
const MaxSize uint64 = 281474976710656

// The alignment used when a binding does not name one.
const DefaultAlign uint64 = 16

// The chunk size used when region options leave it 0.
const DefaultChunkSize uint64 = 65536

// Handle is a raw handle of any kind. It is an Object, so that HandleKindOf
// takes a raw handle as it takes any object.
type Handle uint64

// Handle returns h: a raw handle is an Object.
func (h Handle) Handle() Handle { return h }

func (h Handle) handleOf() (Handle, bool) { return h, true }

// Object is any object of this package, or a raw Handle.
type Object interface {
	// Handle is the object's raw handle (0 for a nil object).
	Handle() Handle
	handleOf() (Handle, bool) // false for a nil object
}

// objectHandle is o's handle; false when o is nil (or a nil pointer).
func objectHandle(o Object) (Handle, bool) {
	if o == nil {
		return 0, false
	}
	return o.handleOf()
}

// HandleKind is the kind a handle carries in its bits.
type HandleKind int32

const (
	// Not a handle.
	HandleKindNone HandleKind = 0
	// A region handle.
	HandleKindRegion HandleKind = 1
	// A buffer handle.
	HandleKindBuffer HandleKind = 2
	// A bytes handle.
	HandleKindBytes HandleKind = 3
	// A string handle.
	HandleKindString HandleKind = 4
	// A borrow handle.
	HandleKindBorrow HandleKind = 5
	// An object handle.
	HandleKindObject HandleKind = 6
	// A vector handle.
	HandleKindVector HandleKind = 7
	// A batch handle.
	HandleKindBatch HandleKind = 8
	// A batch_stream handle.
	HandleKindBatchStream HandleKind = 9
	// A var_vector handle.
	HandleKindVarVector HandleKind = 10
	// A list_vector handle.
	HandleKindListVector HandleKind = 11
	// A foreign handle.
	HandleKindForeign HandleKind = 12
	// A foreign_stream handle.
	HandleKindForeignStream HandleKind = 13
)

// ElementType: The type of a vector's values. Each is stored as Arrow stores
// it: in the machine's byte order (as the Arrow C Data Interface wants),
// `boolean` one bit per value (least significant bit first).
type ElementType int32

const (
	// Signed 8-bit integers (Arrow format "c").
	ElementTypeInt8 ElementType = 1
	// Signed 16-bit integers ("s").
	ElementTypeInt16 ElementType = 2
	// Signed 32-bit integers ("i").
	ElementTypeInt32 ElementType = 3
	// Signed 64-bit integers ("l").
	ElementTypeInt64 ElementType = 4
	// Unsigned 8-bit integers ("C").
	ElementTypeUint8 ElementType = 5
	// Unsigned 16-bit integers ("S").
	ElementTypeUint16 ElementType = 6
	// Unsigned 32-bit integers ("I").
	ElementTypeUint32 ElementType = 7
	// Unsigned 64-bit integers ("L").
	ElementTypeUint64 ElementType = 8
	// IEEE 754 binary32 ("f").
	ElementTypeFloat32 ElementType = 9
	// IEEE 754 binary64 ("g").
	ElementTypeFloat64 ElementType = 10
	// Booleans, a bitmap ("b").
	ElementTypeBoolean ElementType = 11
	// UTF-8 strings of any size ("u"): int32 offsets and the data bytes
	// (docs/arrow.md): a `var_vector` (`var_vector.create`).
	ElementTypeUTF8 ElementType = 12
	// Byte strings of any size ("z"), laid out as `utf8`: a `var_vector`
	// (`var_vector.create` with `binary`).
	ElementTypeBinary ElementType = 13
)

// ErrorCode is a code of the core's error enum; the numbers are part of the ABI.
type ErrorCode int32

const (
	// Success.
	CodeOk ErrorCode = 0
	// An argument is out of its documented range (NULL where not allowed, an
	// alignment that is not a power of two, an absurd size).
	CodeInvalidArgument ErrorCode = 1
	// The allocator failed, or the region's byte limit would be exceeded.
	CodeOutOfMemory ErrorCode = 2
	// The handle was valid once; what it named was released, or its region was
	// reset or destroyed.
	CodeStaleHandle ErrorCode = 3
	// The handle was valid once; its slot now holds a newer object.
	CodeReusedHandle ErrorCode = 4
	// The handle was never issued by this process (0, out of range, or bits that
	// no slot ever carried).
	CodeForgedHandle ErrorCode = 5
	// The handle is live but of another kind than the function takes.
	CodeWrongKind ErrorCode = 6
	// The object (or region) is borrowed and cannot be released, reset, destroyed
	// or written by its owner.
	CodeBorrowed ErrorCode = 7
	// The borrow asked for conflicts with one that is outstanding (unique with
	// anything, shared with unique).
	CodeBorrowConflict ErrorCode = 8
	// The text is not valid UTF-8; the message names the byte offset.
	CodeInvalidUTF8 ErrorCode = 9
	// An offset and length reach past the end of the object.
	CodeOutOfRange ErrorCode = 10
	// A system call failed (a file or thread for publishing live stats); the
	// message names the call and the system's reason.
	CodeSystemError ErrorCode = 11
)

// WeaveHeapError is the base of every error the library reports, and the error
// struct of the C API: An error as a value: every fallible function takes a
// `weaveheap_error*` as its last parameter (NULL to ignore errors) and fills
// it on failure.
//
// Every error a call returns is one of the typed errors below, each of which
// unwraps to a *WeaveHeapError: use errors.As to test for either.
type WeaveHeapError struct {
	// Code is the core's error code.
	Code ErrorCode
	// Message is the core's message, naming the handle and the rule broken.
	Message string
}

func (e *WeaveHeapError) Error() string { return "weaveheap: " + e.Message }

// InvalidArgumentError is the error for code invalid_argument (1): An argument
// is out of its documented range (NULL where not allowed, an alignment that is
// not a power of two, an absurd size).
type InvalidArgumentError struct{ *WeaveHeapError }

// Unwrap gives the WeaveHeapError every error type shares.
func (e *InvalidArgumentError) Unwrap() error { return e.WeaveHeapError }

// OutOfMemoryError is the error for code out_of_memory (2): The allocator
// failed, or the region's byte limit would be exceeded.
type OutOfMemoryError struct{ *WeaveHeapError }

// Unwrap gives the WeaveHeapError every error type shares.
func (e *OutOfMemoryError) Unwrap() error { return e.WeaveHeapError }

// StaleHandleError is the error for code stale_handle (3): The handle was
// valid once; what it named was released, or its region was reset or
// destroyed.
type StaleHandleError struct{ *WeaveHeapError }

// Unwrap gives the WeaveHeapError every error type shares.
func (e *StaleHandleError) Unwrap() error { return e.WeaveHeapError }

// ReusedHandleError is the error for code reused_handle (4): The handle was
// valid once; its slot now holds a newer object.
type ReusedHandleError struct{ *WeaveHeapError }

// Unwrap gives the WeaveHeapError every error type shares.
func (e *ReusedHandleError) Unwrap() error { return e.WeaveHeapError }

// ForgedHandleError is the error for code forged_handle (5): The handle was
// never issued by this process (0, out of range, or bits that no slot ever
// carried).
type ForgedHandleError struct{ *WeaveHeapError }

// Unwrap gives the WeaveHeapError every error type shares.
func (e *ForgedHandleError) Unwrap() error { return e.WeaveHeapError }

// WrongKindError is the error for code wrong_kind (6): The handle is live but
// of another kind than the function takes.
type WrongKindError struct{ *WeaveHeapError }

// Unwrap gives the WeaveHeapError every error type shares.
func (e *WrongKindError) Unwrap() error { return e.WeaveHeapError }

// BorrowError is the error for code borrowed (7): The object (or region) is
// borrowed and cannot be released, reset, destroyed or written by its owner.
type BorrowError struct{ *WeaveHeapError }

// Unwrap gives the WeaveHeapError every error type shares.
func (e *BorrowError) Unwrap() error { return e.WeaveHeapError }

// BorrowConflictError is the error for code borrow_conflict (8): The borrow
// asked for conflicts with one that is outstanding (unique with anything,
// shared with unique).
type BorrowConflictError struct{ *WeaveHeapError }

// Unwrap makes a BorrowConflictError also a BorrowError.
func (e *BorrowConflictError) Unwrap() error { return &BorrowError{e.WeaveHeapError} }

// InvalidUTF8Error is the error for code invalid_utf8 (9): The text is not
// valid UTF-8; the message names the byte offset.
type InvalidUTF8Error struct{ *WeaveHeapError }

// Unwrap gives the WeaveHeapError every error type shares.
func (e *InvalidUTF8Error) Unwrap() error { return e.WeaveHeapError }

// OutOfRangeError is the error for code out_of_range (10): An offset and
// length reach past the end of the object.
type OutOfRangeError struct{ *WeaveHeapError }

// Unwrap gives the WeaveHeapError every error type shares.
func (e *OutOfRangeError) Unwrap() error { return e.WeaveHeapError }

// SystemCallError is the error for code system_error (11): A system call
// failed (a file or thread for publishing live stats); the message names the
// call and the system's reason.
type SystemCallError struct{ *WeaveHeapError }

// Unwrap gives the WeaveHeapError every error type shares.
func (e *SystemCallError) Unwrap() error { return e.WeaveHeapError }

// newError wraps an error in the type of its code.
func newError(code ErrorCode, message string) error {
	base := &WeaveHeapError{Code: code, Message: message}
	switch code {
	case CodeInvalidArgument:
		return &InvalidArgumentError{base}
	case CodeOutOfMemory:
		return &OutOfMemoryError{base}
	case CodeStaleHandle:
		return &StaleHandleError{base}
	case CodeReusedHandle:
		return &ReusedHandleError{base}
	case CodeForgedHandle:
		return &ForgedHandleError{base}
	case CodeWrongKind:
		return &WrongKindError{base}
	case CodeBorrowed:
		return &BorrowError{base}
	case CodeBorrowConflict:
		return &BorrowConflictError{base}
	case CodeInvalidUTF8:
		return &InvalidUTF8Error{base}
	case CodeOutOfRange:
		return &OutOfRangeError{base}
	case CodeSystemError:
		return &SystemCallError{base}
	}
	return base
}

// NewError is the typed error of a code and message, as a call of this
// package would return it: what an extension package (docs/extensions.md)
// returns for a failure its C entry points report with one of the core's
// codes, so that its errors are this package's types.
func NewError(code ErrorCode, message string) error { return newError(code, message) }

// takeError turns a filled C error into a Go error and frees its message.
// It takes the error by value, so that only a failing call puts one on the
// heap.
func takeError(e C.weaveheap_error) error {
	code, msg := ErrorCode(e.code), C.GoString(e.message)
	C.weaveheap_error_clear(&e)
	return newError(code, msg)
}

// nilArgument is the error of a nil receiver or argument, refused before
// the core is called: it names the IDL function and parameter.
func nilArgument(function, param string) error {
	return newError(CodeInvalidArgument, fmt.Sprintf("%s: '%s' is nil", function, param))
}

// VerifyABI compares a library's ABI version and IDL hash with the ones
// this package was generated for; the package runs it on the loaded library
// when it is initialised and panics on a mismatch.
func VerifyABI(abi uint32, idlHash string) error {
	if abi != GeneratedABIVersion || idlHash != GeneratedIDLHash {
		return fmt.Errorf("weaveheap: the C library has ABI %d and IDL %s, but this Go package "+
			"was generated for ABI %d and IDL %s: rebuild the library and regenerate "+
			"(PYTHONPATH=generator python3 -m weaveheap_gen) from the same IDL", abi, idlHash, GeneratedABIVersion, GeneratedIDLHash)
	}
	return nil
}

func init() {
	if err := VerifyABI(uint32(C.weaveheap_abi_version()), C.GoString(C.weaveheap_idl_hash())); err != nil {
		panic(err)
	}
}


// APITable is the address of the core's function table (weaveheap_api.h):
// an extension package (docs/extensions.md) binds to it, so that it calls
// the one core this package loaded instead of a second one.
func APITable() unsafe.Pointer { return unsafe.Pointer(C.weaveheap_api_table()) }

// bytesPtr is the address of a slice's first byte, or nil when it is empty.
func bytesPtr(b []byte) unsafe.Pointer {
	if len(b) == 0 {
		return nil
	}
	return unsafe.Pointer(&b[0])
}

// RegionOptions: How a region is made. A zeroed struct (or NULL) asks for the
// defaults.
type RegionOptions struct {
	// Size of each chunk the region takes from the system; 0 means
	// `default_chunk_size`. Allocations larger than half a chunk get a chunk of
	// their own.
	ChunkSize uint64
	// Most bytes the region may have handed out since it was made or last reset
	// (a released object's bytes come back at the next reset); 0 means no limit.
	// Going past it is an out_of_memory error.
	ByteLimit uint64
	// When true the region may be used from many threads at once (a lock guards
	// it and its counters are atomic). When false it belongs to one thread at a
	// time and is faster.
	ThreadSafe bool
}

func (s *RegionOptions) toC() C.weaveheap_region_options {
	return C.weaveheap_region_options{
		chunk_size:  C.uint64_t(s.ChunkSize),
		byte_limit:  C.uint64_t(s.ByteLimit),
		thread_safe: C.bool(s.ThreadSafe),
	}
}

// Stats: The core's counters, for one region or for the whole process.
type Stats struct {
	// Objects (buffers, bytes, strings, extension objects) created.
	Allocations uint64
	// Objects released one by one (reset and destroy are not counted here).
	Releases uint64
	// Bytes handed out, in total.
	BytesAllocated uint64
	// Bytes of live objects now.
	BytesLive uint64
	// Highest `bytes_live` seen. For the process: the sum of each region's peak,
	// an upper bound on the true simultaneous peak.
	BytesPeak uint64
	// Bytes the region holds in chunks from the system (used or not).
	BytesReserved uint64
	// Borrows acquired, in total.
	BorrowsTaken uint64
	// Borrows outstanding now.
	BorrowsActive uint64
	// Borrow requests refused because of a conflicting borrow, and releases,
	// resets, destroys or writes refused because of a borrow.
	BorrowConflicts uint64
	// Calls refused because a handle was stale, reused, forged or of the wrong
	// kind (process-wide only: a rejected handle names no region).
	StaleRejected uint64
	// Calls that copied bytes across the API (in or out). Zero-copy views never
	// count.
	Copies uint64
	// Bytes those calls copied.
	CopyBytes uint64
	// Regions live now (process-wide only).
	RegionsLive uint64
	// Foreign Arrow arrays and streams taken in without a copy
	// (`foreign.import_array`, `foreign_stream.import_stream` and their kin):
	// never counted in `copies`.
	Imports uint64
}

func statsFromC(c *C.weaveheap_stats) *Stats {
	return &Stats{
		Allocations:     uint64(c.allocations),
		Releases:        uint64(c.releases),
		BytesAllocated:  uint64(c.bytes_allocated),
		BytesLive:       uint64(c.bytes_live),
		BytesPeak:       uint64(c.bytes_peak),
		BytesReserved:   uint64(c.bytes_reserved),
		BorrowsTaken:    uint64(c.borrows_taken),
		BorrowsActive:   uint64(c.borrows_active),
		BorrowConflicts: uint64(c.borrow_conflicts),
		StaleRejected:   uint64(c.stale_rejected),
		Copies:          uint64(c.copies),
		CopyBytes:       uint64(c.copy_bytes),
		RegionsLive:     uint64(c.regions_live),
		Imports:         uint64(c.imports),
	}
}

// VersionNumber: The version this library was built as: major * 1000000 +
// minor * 1000 + patch. Compare with WEAVEHEAP_VERSION_NUMBER to see what a
// binding was generated for.
//
// Threads: any thread.
func VersionNumber() uint32 {
	r := C.weaveheap_version_number()
	return uint32(r)
}

// VersionString: The version as "major.minor.patch".
//
// Threads: any thread.
func VersionString() string {
	r := C.weaveheap_version_string()
	return C.GoString(r)
}

// ABIVersion: The ABI version; bindings generated for another ABI must not
// load.
//
// Threads: any thread.
func ABIVersion() uint32 {
	r := C.weaveheap_abi_version()
	return uint32(r)
}

// IDLHash: The SHA-256 of the IDL this library was built from, in hex.
//
// Threads: any thread.
func IDLHash() string {
	r := C.weaveheap_idl_hash()
	return C.GoString(r)
}

// Strerror: A static description of an error code; unknown codes give "unknown
// error".
//
// Threads: any thread.
func Strerror(code int32) string {
	r := C.weaveheap_strerror(C.int32_t(code))
	return C.GoString(r)
}

// NewRegion: Makes a region.
//
// Fails with InvalidArgumentError, OutOfMemoryError; a failed call changes
// nothing.
//
// Threads: any thread.
func NewRegion(options *RegionOptions) (*Region, error) {
	var optionsC *C.weaveheap_region_options
	if options != nil {
		c := options.toC()
		optionsC = &c
	}
	res := C.weaveheap__go_region_create(optionsC)
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return &Region{h: uint64(res.r)}, nil
}

// HandleKindOf: The kind of a live handle; a stale, reused or forged handle
// fails. Region handles may be checked from any thread; other handles follow
// their region's rule.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError; a failed
// call changes nothing.
//
// A nil 'handle' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func HandleKindOf(handle Object) (HandleKind, error) {
	handleH, ok := objectHandle(handle)
	if !ok {
		return 0, nilArgument("handle.kind_of", "handle")
	}
	res := C.weaveheap__go_handle_kind_of(C.weaveheap_handle_t(handleH))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return HandleKind(res.r), nil
}

// ReadStats: Reads the process-wide counters into `out`.
//
// Fails with InvalidArgumentError; a failed call changes nothing.
//
// Threads: any thread.
func ReadStats() (*Stats, error) {
	res := C.weaveheap__go_stats_global()
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return statsFromC(&res.out), nil
}

// StatsSetEnabled: Turns counting on or off for the whole process (on by
// default). While off, the statistics keep their values; what the core itself
// relies on (bytes_live, bytes_reserved, borrows_active, regions_live,
// stale_rejected) stays exact.
//
// Threads: any thread.
func StatsSetEnabled(enabled bool) {
	C.weaveheap_stats_set_enabled(C.bool(enabled))
}

// StatsEnabled: Whether counting is on.
//
// Threads: any thread.
func StatsEnabled() bool {
	r := C.weaveheap_stats_enabled()
	return bool(r)
}

// PublishStart: Starts publishing: a background thread rewrites the file every
// `interval_ms` milliseconds (0 means the default, 250; at most 3600000).
// Called again while publishing, it changes the interval. Fails, changing
// nothing, when the directory is unsafe (not owned by this user, or open to
// group or others: invalid_argument, the message names it) or the file or
// thread cannot be made (system_error).
//
// Fails with InvalidArgumentError, SystemCallError; a failed call changes
// nothing.
//
// Threads: any thread.
func PublishStart(intervalMs uint32) error {
	res := C.weaveheap__go_publish_start(C.uint32_t(intervalMs))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// PublishNow: Writes a snapshot now from the calling thread, creating the file
// first if this process is not publishing yet (without starting the background
// thread). Thread-safe regions are read under their lock; the table of any
// other region is exact when the caller is the thread using it, and best
// effort otherwise. Fails as `start` does.
//
// Fails with InvalidArgumentError, SystemCallError; a failed call changes
// nothing.
//
// Threads: any thread.
func PublishNow() error {
	res := C.weaveheap__go_publish_now()
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// PublishStop: Stops publishing and removes the file. A no-op when not
// publishing.
//
// Threads: any thread.
func PublishStop() {
	C.weaveheap_publish_stop()
}

// PublishActive: Whether this process is publishing (its file exists).
//
// Threads: any thread.
func PublishActive() bool {
	r := C.weaveheap_publish_active()
	return bool(r)
}

// Region: A region: an arena that owns chunks of memory and every object made
// in it. Destroying it frees them all at once and makes their handles stale.
//
// A *Region owns its handle: Close releases it, and a second Close is
// a no-op. Any other call on a closed Region reaches the core, which
// refuses its stale handle. A *Region is not safe for concurrent use
// unless its region is thread-safe.
type Region struct {
	h      uint64
	closed bool
}

// RegionFromHandle wraps a raw handle as a *Region. Nothing is
// checked here: the core checks the handle at each call (one of another kind
// is a WrongKindError, one never issued a ForgedHandleError). Use it for a
// handle that crossed a boundary as a number.
func RegionFromHandle(h Handle) *Region { return &Region{h: uint64(h)} }

// Handle is the raw handle (0 for a nil *Region).
func (recv *Region) Handle() Handle {
	if recv == nil {
		return 0
	}
	return Handle(recv.h)
}

func (recv *Region) handleOf() (Handle, bool) {
	if recv == nil {
		return 0, false
	}
	return Handle(recv.h), true
}

// Close: Destroys a region: frees every object in it at once, returns its
// chunks, and makes every handle of it stale. Fails, changing nothing, while
// any object of the region is borrowed.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError, BorrowError; a failed call changes nothing.
//
// A nil 'region' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Region) Close() error {
	if recv == nil {
		return nilArgument("region.destroy", "region")
	}
	if recv.closed {
		return nil
	}
	res := C.weaveheap__go_region_destroy(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	recv.closed = true
	return nil
}

// Reset: Frees every object in the region at once and makes their handles
// stale, keeping the region's chunks for reuse. Costs per chunk, not per
// object. Fails, changing nothing, while any object is borrowed.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError, BorrowError; a failed call changes nothing.
//
// A nil 'region' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Region) Reset() error {
	if recv == nil {
		return nilArgument("region.reset", "region")
	}
	res := C.weaveheap__go_region_reset(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// Stats: Reads the region's counters into `out`.
//
// Fails with InvalidArgumentError, StaleHandleError, ReusedHandleError,
// ForgedHandleError, WrongKindError; a failed call changes nothing.
//
// A nil 'region' is an InvalidArgumentError.
//
// Threads: any thread.
func (recv *Region) Stats() (*Stats, error) {
	if recv == nil {
		return nil, nilArgument("region.stats", "region")
	}
	res := C.weaveheap__go_region_stats(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return statsFromC(&res.out), nil
}

// NewBuffer: Allocates `size` bytes aligned to `align` (a power of two up to
// `max_align`). The bytes are zeroed.
//
// Fails with InvalidArgumentError, OutOfMemoryError, StaleHandleError,
// ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes
// nothing.
//
// A nil 'region' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Region) NewBuffer(size uint64, align uint64) (*Buffer, error) {
	if recv == nil {
		return nil, nilArgument("buffer.alloc", "region")
	}
	res := C.weaveheap__go_buffer_alloc(C.weaveheap_handle_t(recv.h), C.uint64_t(size), C.uint64_t(align))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return &Buffer{h: uint64(res.r)}, nil
}

// NewBytes: Copies `data` into a new bytes object (counted as a copy).
//
// Fails with InvalidArgumentError, OutOfMemoryError, StaleHandleError,
// ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes
// nothing.
//
// A nil 'region' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Region) NewBytes(data []byte) (*Bytes, error) {
	if recv == nil {
		return nil, nilArgument("bytes.create", "region")
	}
	res := C.weaveheap__go_bytes_create(C.weaveheap_handle_t(recv.h), (*C.uint8_t)(bytesPtr(data)), C.uint64_t(len(data)))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return &Bytes{h: uint64(res.r)}, nil
}

// NewString: Validates `text` as UTF-8 and copies it into a new string
// (counted as a copy). Invalid input fails with the byte offset of the first
// bad sequence in the message.
//
// Fails with InvalidArgumentError, InvalidUTF8Error, OutOfMemoryError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// A nil 'region' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Region) NewString(text []byte) (*String, error) {
	if recv == nil {
		return nil, nilArgument("string.create", "region")
	}
	res := C.weaveheap__go_string_create(C.weaveheap_handle_t(recv.h), (*C.uint8_t)(bytesPtr(text)), C.uint64_t(len(text)))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return &String{h: uint64(res.r)}, nil
}

// NewVector: Makes an empty vector of `type` with room for `capacity` values,
// and a validity bitmap when `nullable`. Its memory (values, then the bitmap,
// each 64-byte aligned) is taken from the region at once. `utf8` and `binary`
// are invalid_argument here (they vary in size: `var_vector.create`).
//
// Fails with InvalidArgumentError, OutOfMemoryError, StaleHandleError,
// ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes
// nothing.
//
// A nil 'region' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Region) NewVector(type_ ElementType, capacity uint64, nullable bool) (*Vector, error) {
	if recv == nil {
		return nil, nilArgument("vector.create", "region")
	}
	res := C.weaveheap__go_vector_create(C.weaveheap_handle_t(recv.h), C.weaveheap_element_type(type_), C.uint64_t(capacity), C.bool(nullable))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return &Vector{h: uint64(res.r)}, nil
}

// NewVarVector: Makes an empty column of `utf8` values (Arrow's "u": UTF-8
// strings of any size), or of `binary` ones ("z": byte strings) when `binary`,
// with room for `capacity` values holding `data_capacity` bytes in all (at
// most 2^31 - 1: Arrow's offsets are int32), and a validity bitmap when
// `nullable`. Its memory (the data, the capacity + 1 offsets, then the bitmap,
// each 64-byte aligned) is taken from the region at once. Sizes are checked in
// 64 bits: one that no region can hold, or past the region's byte limit, is
// out_of_memory.
//
// Fails with InvalidArgumentError, OutOfMemoryError, StaleHandleError,
// ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes
// nothing.
//
// A nil 'region' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Region) NewVarVector(capacity uint64, dataCapacity uint64, nullable bool, binary bool) (*VarVector, error) {
	if recv == nil {
		return nil, nilArgument("var_vector.create", "region")
	}
	res := C.weaveheap__go_var_vector_create(C.weaveheap_handle_t(recv.h), C.uint64_t(capacity), C.uint64_t(dataCapacity), C.bool(nullable), C.bool(binary))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return &VarVector{h: uint64(res.r)}, nil
}

// NewBatch: Makes an empty batch in `region` with room for `max_columns`
// columns (1 to 4096). Its record (the columns' handles, borrows and names) is
// taken from the region at once.
//
// Fails with InvalidArgumentError, OutOfMemoryError, StaleHandleError,
// ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes
// nothing.
//
// A nil 'region' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Region) NewBatch(maxColumns uint32) (*Batch, error) {
	if recv == nil {
		return nil, nilArgument("batch.create", "region")
	}
	res := C.weaveheap__go_batch_create(C.weaveheap_handle_t(recv.h), C.uint32_t(maxColumns))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return &Batch{h: uint64(res.r)}, nil
}

// NewListVector: Makes an empty list column with room for `capacity` lists
// over `child` (a column of `region`, empty, not borrowed unique), and a
// validity bitmap when `nullable`; it holds a shared borrow of `child` until
// it is released. With `map`, the child must be a batch of two columns whose
// first (the key) is not nullable: a map column ("+m"). A bad child, a nesting
// deeper than 16 levels or a capacity above max_size is invalid_argument, a
// child borrowed unique borrow_conflict. A refused list borrows nothing.
//
// Fails with InvalidArgumentError, OutOfMemoryError, BorrowConflictError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// A nil 'region' or 'child' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Region) NewListVector(child Object, capacity uint64, nullable bool, map_ bool) (*ListVector, error) {
	if recv == nil {
		return nil, nilArgument("list_vector.create", "region")
	}
	childH, ok := objectHandle(child)
	if !ok {
		return nil, nilArgument("list_vector.create", "child")
	}
	res := C.weaveheap__go_list_vector_create(C.weaveheap_handle_t(recv.h), C.weaveheap_handle_t(childH), C.uint64_t(capacity), C.bool(nullable), C.bool(map_))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return &ListVector{h: uint64(res.r)}, nil
}

// NewBatchStream: Makes an empty stream in `region` with room for
// `max_batches` batches (1 to 65536), taken from the region at once.
//
// Fails with InvalidArgumentError, OutOfMemoryError, StaleHandleError,
// ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes
// nothing.
//
// A nil 'region' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Region) NewBatchStream(maxBatches uint32) (*BatchStream, error) {
	if recv == nil {
		return nil, nilArgument("batch_stream.create", "region")
	}
	res := C.weaveheap__go_batch_stream_create(C.weaveheap_handle_t(recv.h), C.uint32_t(maxBatches))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return &BatchStream{h: uint64(res.r)}, nil
}

// NewForeign: A foreign array of `type` (a fixed-width one: not boolean, utf8
// or binary, which are invalid_argument) whose producer is the core: a copy of
// `values` (a whole number of values in the machine's byte order, else
// invalid_argument) in memory of its own, counted as a copy and not as an
// import. For the languages with no Arrow library to import from, and for
// tests: its views and export behave as an import's.
//
// Fails with InvalidArgumentError, OutOfMemoryError, StaleHandleError,
// ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes
// nothing.
//
// A nil 'region' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Region) NewForeign(type_ ElementType, values []byte) (*Foreign, error) {
	if recv == nil {
		return nil, nilArgument("foreign.create", "region")
	}
	res := C.weaveheap__go_foreign_create(C.weaveheap_handle_t(recv.h), C.weaveheap_element_type(type_), (*C.uint8_t)(bytesPtr(values)), C.uint64_t(len(values)))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	return &Foreign{h: uint64(res.r)}, nil
}

// Buffer: A mutable, sized, aligned block of memory in a region.
//
// A *Buffer owns its handle: Close releases it, and a second Close is
// a no-op. Any other call on a closed Buffer reaches the core, which
// refuses its stale handle. A *Buffer is not safe for concurrent use
// unless its region is thread-safe.
type Buffer struct {
	h      uint64
	closed bool
}

// BufferFromHandle wraps a raw handle as a *Buffer. Nothing is
// checked here: the core checks the handle at each call (one of another kind
// is a WrongKindError, one never issued a ForgedHandleError). Use it for a
// handle that crossed a boundary as a number.
func BufferFromHandle(h Handle) *Buffer { return &Buffer{h: uint64(h)} }

// Handle is the raw handle (0 for a nil *Buffer).
func (recv *Buffer) Handle() Handle {
	if recv == nil {
		return 0
	}
	return Handle(recv.h)
}

func (recv *Buffer) handleOf() (Handle, bool) {
	if recv == nil {
		return 0, false
	}
	return Handle(recv.h), true
}

// Close: Releases a buffer; its handle becomes stale. The memory returns to
// the region at its next reset or destroy. Fails while it is borrowed.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError, BorrowError; a failed call changes nothing.
//
// A nil 'buffer' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Buffer) Close() error {
	if recv == nil {
		return nilArgument("buffer.release", "buffer")
	}
	if recv.closed {
		return nil
	}
	res := C.weaveheap__go_buffer_release(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	recv.closed = true
	return nil
}

// Size: The buffer's size in bytes.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'buffer' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Buffer) Size() (uint64, error) {
	if recv == nil {
		return 0, nilArgument("buffer.size", "buffer")
	}
	res := C.weaveheap__go_buffer_size(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// Write: Copies `data` into the buffer at `offset` (counted as a copy). The
// owner may write only while no borrow is outstanding.
//
// Fails with InvalidArgumentError, OutOfRangeError, BorrowError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// A nil 'buffer' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Buffer) Write(offset uint64, data []byte) error {
	if recv == nil {
		return nilArgument("buffer.write", "buffer")
	}
	res := C.weaveheap__go_buffer_write(C.weaveheap_handle_t(recv.h), C.uint64_t(offset), (*C.uint8_t)(bytesPtr(data)), C.uint64_t(len(data)))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// Read: Copies bytes from `offset` into `dst` (counted as a copy). Fails while
// a unique borrow is outstanding.
//
// Fails with InvalidArgumentError, OutOfRangeError, BorrowError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// A nil 'buffer' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Buffer) Read(offset uint64, dst []byte) error {
	if recv == nil {
		return nilArgument("buffer.read", "buffer")
	}
	res := C.weaveheap__go_buffer_read(C.weaveheap_handle_t(recv.h), C.uint64_t(offset), (*C.uint8_t)(bytesPtr(dst)), C.uint64_t(len(dst)))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// View borrows the buffer's bytes in place (no copy): the shared
// borrow by default (borrow.shared), the unique one with View(Unique)
// (borrow.unique: writable for a buffer). The *View holds the borrow until its
// Close; while it lives, closing the object or resetting or closing its
// region is a BorrowError. Its bytes are read and written through its
// checked accessors (ReadAt, WriteAt, Do), which refuse a closed view.
func (recv *Buffer) View(access ...Access) (*View, error) {
	if recv == nil {
		return nil, nilArgument("borrow.shared", "target")
	}
	return takeView(recv.h, access)
}

// WithView calls fn with the buffer's bytes in place (no copy) under
// a borrow that ends when fn returns (or panics): the shared borrow by
// default, the unique one with Unique. The slice must not be used after fn
// returns. It returns fn's error, or the borrow's.
func (recv *Buffer) WithView(fn func(data []byte) error, access ...Access) error {
	if recv == nil {
		return nilArgument("borrow.shared", "target")
	}
	return withView(recv.h, fn, access)
}

// Bytes: An immutable byte string in a region.
//
// A *Bytes owns its handle: Close releases it, and a second Close is
// a no-op. Any other call on a closed Bytes reaches the core, which
// refuses its stale handle. A *Bytes is not safe for concurrent use
// unless its region is thread-safe.
type Bytes struct {
	h      uint64
	closed bool
}

// BytesFromHandle wraps a raw handle as a *Bytes. Nothing is
// checked here: the core checks the handle at each call (one of another kind
// is a WrongKindError, one never issued a ForgedHandleError). Use it for a
// handle that crossed a boundary as a number.
func BytesFromHandle(h Handle) *Bytes { return &Bytes{h: uint64(h)} }

// Handle is the raw handle (0 for a nil *Bytes).
func (recv *Bytes) Handle() Handle {
	if recv == nil {
		return 0
	}
	return Handle(recv.h)
}

func (recv *Bytes) handleOf() (Handle, bool) {
	if recv == nil {
		return 0, false
	}
	return Handle(recv.h), true
}

// Close: Releases a bytes object. Fails while it is borrowed.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError, BorrowError; a failed call changes nothing.
//
// A nil 'bytes' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Bytes) Close() error {
	if recv == nil {
		return nilArgument("bytes.release", "bytes")
	}
	if recv.closed {
		return nil
	}
	res := C.weaveheap__go_bytes_release(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	recv.closed = true
	return nil
}

// Length: The length in bytes.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'bytes' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Bytes) Length() (uint64, error) {
	if recv == nil {
		return 0, nilArgument("bytes.length", "bytes")
	}
	res := C.weaveheap__go_bytes_length(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// Dup: A copy of the bytes in memory the caller owns (counted as a copy); free
// it with `free_bytes`. An empty object gives a non-NULL pointer.
//
// Fails with InvalidArgumentError, OutOfMemoryError, BorrowError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// A nil 'bytes' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Bytes) Dup() ([]byte, error) {
	if recv == nil {
		return nil, nilArgument("bytes.dup", "bytes")
	}
	res := C.weaveheap__go_bytes_dup(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	b := make([]byte, int(res.out_len))
	copy(b, unsafe.Slice((*byte)(unsafe.Pointer(res.r)), int(res.out_len)))
	C.weaveheap_free_bytes(res.r, res.out_len)
	return b, nil
}

// View borrows the bytes's bytes in place (no copy): the shared
// borrow by default (borrow.shared), the unique one with View(Unique)
// (borrow.unique: writable for a buffer). The *View holds the borrow until its
// Close; while it lives, closing the object or resetting or closing its
// region is a BorrowError. Its bytes are read and written through its
// checked accessors (ReadAt, WriteAt, Do), which refuse a closed view.
func (recv *Bytes) View(access ...Access) (*View, error) {
	if recv == nil {
		return nil, nilArgument("borrow.shared", "target")
	}
	return takeView(recv.h, access)
}

// WithView calls fn with the bytes's bytes in place (no copy) under
// a borrow that ends when fn returns (or panics): the shared borrow by
// default, the unique one with Unique. The slice must not be used after fn
// returns. It returns fn's error, or the borrow's.
func (recv *Bytes) WithView(fn func(data []byte) error, access ...Access) error {
	if recv == nil {
		return nilArgument("borrow.shared", "target")
	}
	return withView(recv.h, fn, access)
}

// String: An immutable, validated UTF-8 string in a region, stored with a
// trailing NUL so that C can read it in place.
//
// A *String owns its handle: Close releases it, and a second Close is
// a no-op. Any other call on a closed String reaches the core, which
// refuses its stale handle. A *String is not safe for concurrent use
// unless its region is thread-safe.
type String struct {
	h      uint64
	closed bool
}

// StringFromHandle wraps a raw handle as a *String. Nothing is
// checked here: the core checks the handle at each call (one of another kind
// is a WrongKindError, one never issued a ForgedHandleError). Use it for a
// handle that crossed a boundary as a number.
func StringFromHandle(h Handle) *String { return &String{h: uint64(h)} }

// Handle is the raw handle (0 for a nil *String).
func (recv *String) Handle() Handle {
	if recv == nil {
		return 0
	}
	return Handle(recv.h)
}

func (recv *String) handleOf() (Handle, bool) {
	if recv == nil {
		return 0, false
	}
	return Handle(recv.h), true
}

// Close: Releases a string. Fails while it is borrowed.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError, BorrowError; a failed call changes nothing.
//
// A nil 'string' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *String) Close() error {
	if recv == nil {
		return nilArgument("string.release", "string")
	}
	if recv.closed {
		return nil
	}
	res := C.weaveheap__go_string_release(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	recv.closed = true
	return nil
}

// Length: The length in bytes, without the trailing NUL.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'string' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *String) Length() (uint64, error) {
	if recv == nil {
		return 0, nilArgument("string.length", "string")
	}
	res := C.weaveheap__go_string_length(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// Dup: A NUL-terminated copy the caller owns (counted as a copy); free it with
// `free_string`.
//
// Fails with OutOfMemoryError, BorrowError, StaleHandleError,
// ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes
// nothing.
//
// A nil 'string' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *String) Dup() (string, error) {
	if recv == nil {
		return "", nilArgument("string.dup", "string")
	}
	res := C.weaveheap__go_string_dup(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return "", takeError(res.e)
	}
	s := C.GoString(res.r)
	C.weaveheap_free_string(res.r)
	return s, nil
}

// View borrows the string's bytes in place (no copy): the shared
// borrow by default (borrow.shared), the unique one with View(Unique)
// (borrow.unique: writable for a buffer). The *View holds the borrow until its
// Close; while it lives, closing the object or resetting or closing its
// region is a BorrowError. Its bytes are read and written through its
// checked accessors (ReadAt, WriteAt, Do), which refuse a closed view.
func (recv *String) View(access ...Access) (*View, error) {
	if recv == nil {
		return nil, nilArgument("borrow.shared", "target")
	}
	return takeView(recv.h, access)
}

// WithView calls fn with the string's bytes in place (no copy) under
// a borrow that ends when fn returns (or panics): the shared borrow by
// default, the unique one with Unique. The slice must not be used after fn
// returns. It returns fn's error, or the borrow's.
func (recv *String) WithView(fn func(data []byte) error, access ...Access) error {
	if recv == nil {
		return nilArgument("borrow.shared", "target")
	}
	return withView(recv.h, fn, access)
}

// Vector: A typed column of fixed-width values in a region, laid out as an
// Arrow primitive array (values, and a validity bitmap when it is nullable):
// its views and Arrow exports read it in place.
//
// A *Vector owns its handle: Close releases it, and a second Close is
// a no-op. Any other call on a closed Vector reaches the core, which
// refuses its stale handle. A *Vector is not safe for concurrent use
// unless its region is thread-safe.
type Vector struct {
	h      uint64
	closed bool
}

// VectorFromHandle wraps a raw handle as a *Vector. Nothing is
// checked here: the core checks the handle at each call (one of another kind
// is a WrongKindError, one never issued a ForgedHandleError). Use it for a
// handle that crossed a boundary as a number.
func VectorFromHandle(h Handle) *Vector { return &Vector{h: uint64(h)} }

// Handle is the raw handle (0 for a nil *Vector).
func (recv *Vector) Handle() Handle {
	if recv == nil {
		return 0
	}
	return Handle(recv.h)
}

func (recv *Vector) handleOf() (Handle, bool) {
	if recv == nil {
		return 0, false
	}
	return Handle(recv.h), true
}

// Close: Releases a vector. Fails while it is borrowed (a view or an Arrow
// export is live).
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError, BorrowError; a failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Vector) Close() error {
	if recv == nil {
		return nilArgument("vector.release", "vector")
	}
	if recv.closed {
		return nil
	}
	res := C.weaveheap__go_vector_release(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	recv.closed = true
	return nil
}

// Length: The number of values (nulls included).
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Vector) Length() (uint64, error) {
	if recv == nil {
		return 0, nilArgument("vector.length", "vector")
	}
	res := C.weaveheap__go_vector_length(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// Capacity: The number of values it has room for.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Vector) Capacity() (uint64, error) {
	if recv == nil {
		return 0, nilArgument("vector.capacity", "vector")
	}
	res := C.weaveheap__go_vector_capacity(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// Resize: Gives the vector room for `capacity` values (more or fewer): a new
// allocation from the region, the values and validity bitmap copied into it
// (counted as a copy), the old memory given back as a release gives it. A
// capacity below the length is invalid_argument; one whose bytes pass the
// maximum size or the region's byte limit (the old memory still counts while
// the new is taken) out_of_memory. Fails while the vector is borrowed (a view,
// an Arrow export, a batch). A refused resize changes nothing.
//
// Fails with InvalidArgumentError, OutOfMemoryError, BorrowError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Vector) Resize(capacity uint64) error {
	if recv == nil {
		return nilArgument("vector.resize", "vector")
	}
	res := C.weaveheap__go_vector_resize(C.weaveheap_handle_t(recv.h), C.uint64_t(capacity))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// ElementType: The type of its values.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Vector) ElementType() (ElementType, error) {
	if recv == nil {
		return 0, nilArgument("vector.element_type", "vector")
	}
	res := C.weaveheap__go_vector_element_type(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return ElementType(res.r), nil
}

// NullCount: The number of null values.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Vector) NullCount() (uint64, error) {
	if recv == nil {
		return 0, nilArgument("vector.null_count", "vector")
	}
	res := C.weaveheap__go_vector_null_count(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// Append: Appends an integer (0 or 1 for `boolean`). A value the type cannot
// hold, or a full vector, is out_of_range; a float vector is invalid_argument
// (append its values with `append_f64` or `extend`).
//
// Fails with InvalidArgumentError, OutOfRangeError, BorrowError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Vector) Append(value int64) error {
	if recv == nil {
		return nilArgument("vector.append", "vector")
	}
	res := C.weaveheap__go_vector_append(C.weaveheap_handle_t(recv.h), C.int64_t(value))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// Extend: Appends the values in `data`, in the machine's byte order, `data`
// holding a whole number of them (one byte per value, 0 or 1, for `boolean`);
// counted as a copy. Past the capacity it is out_of_range and appends nothing.
//
// Fails with InvalidArgumentError, OutOfRangeError, BorrowError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Vector) Extend(data []byte) error {
	if recv == nil {
		return nilArgument("vector.extend", "vector")
	}
	res := C.weaveheap__go_vector_extend(C.weaveheap_handle_t(recv.h), (*C.uint8_t)(bytesPtr(data)), C.uint64_t(len(data)))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// AppendNull: Appends a null (its value bytes are zero). A vector made without
// `nullable` refuses it with invalid_argument.
//
// Fails with InvalidArgumentError, OutOfRangeError, BorrowError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Vector) AppendNull() error {
	if recv == nil {
		return nilArgument("vector.append_null", "vector")
	}
	res := C.weaveheap__go_vector_append_null(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// Set: Sets the value at `index` (below the length) and marks it valid; the
// value's checks are those of `append`.
//
// Fails with InvalidArgumentError, OutOfRangeError, BorrowError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Vector) Set(index uint64, value int64) error {
	if recv == nil {
		return nilArgument("vector.set", "vector")
	}
	res := C.weaveheap__go_vector_set(C.weaveheap_handle_t(recv.h), C.uint64_t(index), C.int64_t(value))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// Get: The integer at `index` (a null reads as 0). A float vector is
// invalid_argument (read it with `get_f64`), a uint64 above the largest i64
// out_of_range. Fails while a unique borrow is outstanding.
//
// Fails with InvalidArgumentError, OutOfRangeError, BorrowError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Vector) Get(index uint64) (int64, error) {
	if recv == nil {
		return 0, nilArgument("vector.get", "vector")
	}
	res := C.weaveheap__go_vector_get(C.weaveheap_handle_t(recv.h), C.uint64_t(index))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return int64(res.r), nil
}

// AppendF64: Appends a floating-point value to a float32 or float64 vector (a
// float32 vector stores it rounded to the nearest float; a finite value beyond
// float32's range is out_of_range, NaN and infinities are kept). An integer or
// boolean vector is invalid_argument, a full one out_of_range.
//
// Fails with InvalidArgumentError, OutOfRangeError, BorrowError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Vector) AppendF64(value float64) error {
	if recv == nil {
		return nilArgument("vector.append_f64", "vector")
	}
	res := C.weaveheap__go_vector_append_f64(C.weaveheap_handle_t(recv.h), C.double(value))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// SetF64: Sets the float at `index` (below the length, else out_of_range, for
// any type) and marks it valid; the value's checks are those of `append_f64`.
//
// Fails with InvalidArgumentError, OutOfRangeError, BorrowError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Vector) SetF64(index uint64, value float64) error {
	if recv == nil {
		return nilArgument("vector.set_f64", "vector")
	}
	res := C.weaveheap__go_vector_set_f64(C.weaveheap_handle_t(recv.h), C.uint64_t(index), C.double(value))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// GetF64: The float at `index` (a null reads as 0; a float32 widened exactly).
// An index at or past the length is out_of_range (for any type), an integer or
// boolean vector invalid_argument. Fails while a unique borrow is outstanding.
//
// Fails with InvalidArgumentError, OutOfRangeError, BorrowError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Vector) GetF64(index uint64) (float64, error) {
	if recv == nil {
		return 0, nilArgument("vector.get_f64", "vector")
	}
	res := C.weaveheap__go_vector_get_f64(C.weaveheap_handle_t(recv.h), C.uint64_t(index))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return float64(res.r), nil
}

// IsValid: Whether the value at `index` is not null.
//
// Fails with OutOfRangeError, StaleHandleError, ReusedHandleError,
// ForgedHandleError, WrongKindError; a failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Vector) IsValid(index uint64) (bool, error) {
	if recv == nil {
		return false, nilArgument("vector.is_valid", "vector")
	}
	res := C.weaveheap__go_vector_is_valid(C.weaveheap_handle_t(recv.h), C.uint64_t(index))
	if res.e.code != 0 {
		return false, takeError(res.e)
	}
	return bool(res.r), nil
}

// Read: Copies value bytes from `offset` into `dst` (counted as a copy), as a
// view would show them. Fails while a unique borrow is outstanding.
//
// Fails with InvalidArgumentError, OutOfRangeError, BorrowError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Vector) Read(offset uint64, dst []byte) error {
	if recv == nil {
		return nilArgument("vector.read", "vector")
	}
	res := C.weaveheap__go_vector_read(C.weaveheap_handle_t(recv.h), C.uint64_t(offset), (*C.uint8_t)(bytesPtr(dst)), C.uint64_t(len(dst)))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// View borrows the vector's bytes in place (no copy): the shared
// borrow by default (borrow.shared), the unique one with View(Unique)
// (borrow.unique: writable for a buffer). The *View holds the borrow until its
// Close; while it lives, closing the object or resetting or closing its
// region is a BorrowError. Its bytes are read and written through its
// checked accessors (ReadAt, WriteAt, Do), which refuse a closed view.
func (recv *Vector) View(access ...Access) (*View, error) {
	if recv == nil {
		return nil, nilArgument("borrow.shared", "target")
	}
	return takeView(recv.h, access)
}

// WithView calls fn with the vector's bytes in place (no copy) under
// a borrow that ends when fn returns (or panics): the shared borrow by
// default, the unique one with Unique. The slice must not be used after fn
// returns. It returns fn's error, or the borrow's.
func (recv *Vector) WithView(fn func(data []byte) error, access ...Access) error {
	if recv == nil {
		return nilArgument("borrow.shared", "target")
	}
	return withView(recv.h, fn, access)
}

// Batch: A record batch: named vectors of equal length (Arrow's record batch,
// a struct array of them). It holds a shared borrow of each column, so a
// column cannot change, or be released, while it is in a batch; release the
// batch (before the region's reset or destroy) to give them back.
//
// A *Batch owns its handle: Close releases it, and a second Close is
// a no-op. Any other call on a closed Batch reaches the core, which
// refuses its stale handle. A *Batch is not safe for concurrent use
// unless its region is thread-safe.
type Batch struct {
	h      uint64
	closed bool
}

// BatchFromHandle wraps a raw handle as a *Batch. Nothing is
// checked here: the core checks the handle at each call (one of another kind
// is a WrongKindError, one never issued a ForgedHandleError). Use it for a
// handle that crossed a boundary as a number.
func BatchFromHandle(h Handle) *Batch { return &Batch{h: uint64(h)} }

// Handle is the raw handle (0 for a nil *Batch).
func (recv *Batch) Handle() Handle {
	if recv == nil {
		return 0
	}
	return Handle(recv.h)
}

func (recv *Batch) handleOf() (Handle, bool) {
	if recv == nil {
		return 0, false
	}
	return Handle(recv.h), true
}

// Close: Releases a batch and gives back the borrows of its columns (the
// vectors stay, their owner's again). Fails while an Arrow export of the batch
// is live.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError, BorrowError; a failed call changes nothing.
//
// A nil 'batch' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Batch) Close() error {
	if recv == nil {
		return nilArgument("batch.release", "batch")
	}
	if recv.closed {
		return nil
	}
	res := C.weaveheap__go_batch_release(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	recv.closed = true
	return nil
}

// AddColumn: Adds `column` under `name` (1 to 63 bytes of UTF-8, unique in the
// batch), taking a shared borrow of it until the batch is released. The column
// must be in the batch's region and have as many values as the columns already
// there; a full batch, a bad or repeated name or a length that differs is
// invalid_argument (the message names the column), an outstanding unique
// borrow of the column borrow_conflict. A refused column is not added and not
// borrowed.
//
// Fails with InvalidArgumentError, BorrowError, BorrowConflictError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// A nil 'batch' or 'column' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Batch) AddColumn(name []byte, column Object) error {
	if recv == nil {
		return nilArgument("batch.add_column", "batch")
	}
	columnH, ok := objectHandle(column)
	if !ok {
		return nilArgument("batch.add_column", "column")
	}
	res := C.weaveheap__go_batch_add_column(C.weaveheap_handle_t(recv.h), (*C.uint8_t)(bytesPtr(name)), C.uint64_t(len(name)), C.weaveheap_handle_t(columnH))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// NumColumns: The number of columns.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'batch' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Batch) NumColumns() (uint64, error) {
	if recv == nil {
		return 0, nilArgument("batch.num_columns", "batch")
	}
	res := C.weaveheap__go_batch_num_columns(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// NumRows: The number of rows: the length of every column (0 with no column).
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'batch' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Batch) NumRows() (uint64, error) {
	if recv == nil {
		return 0, nilArgument("batch.num_rows", "batch")
	}
	res := C.weaveheap__go_batch_num_rows(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// ColumnName: A copy of the name of column `index` (below `num_columns`, else
// out_of_range) that the caller owns (counted as a copy); free it with
// `free_string`.
//
// Fails with OutOfRangeError, OutOfMemoryError, StaleHandleError,
// ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes
// nothing.
//
// A nil 'batch' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Batch) ColumnName(index uint64) (string, error) {
	if recv == nil {
		return "", nilArgument("batch.column_name", "batch")
	}
	res := C.weaveheap__go_batch_column_name(C.weaveheap_handle_t(recv.h), C.uint64_t(index))
	if res.e.code != 0 {
		return "", takeError(res.e)
	}
	s := C.GoString(res.r)
	C.weaveheap_free_string(res.r)
	return s, nil
}

// Validate: Checks every column against the Arrow layout, in place: its length
// is the batch's rows, its validity bitmap holds its null count, its buffers
// hold its values, a `utf8` or `binary` column's offsets start at 0 or more,
// never decrease and stay within its data, and a `utf8` column's values are
// UTF-8. The first fault is a typed error whose message names the column and
// the row: invalid_argument (a length or null count), out_of_range (an offset,
// a buffer too small), invalid_utf8. Changes nothing, copies nothing.
//
// Fails with InvalidArgumentError, InvalidUTF8Error, OutOfRangeError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// A nil 'batch' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Batch) Validate() error {
	if recv == nil {
		return nilArgument("batch.validate", "batch")
	}
	res := C.weaveheap__go_batch_validate(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// AppendRow: Appends one row to the batch's columns, all or nothing. `row`
// holds, for each column in order, a tag byte (0: null, 1: a value) and, for a
// value, its bytes: a fixed-width column's value in the machine's byte order
// (one byte, 0 or 1, for `boolean`), a `utf8` or `binary` value as a u32
// length in the machine's byte order and then its bytes (docs/arrow.md).
// Counted as one copy. A malformed row, a null in a column made without
// `nullable`, a bad boolean or a `utf8` value that is not UTF-8 is
// invalid_argument, a full column out_of_range (the message names the column);
// a live export of the batch, or a column that another holder (a view, an
// export, another batch) borrows, is borrowed. A refused row changes no
// column.
//
// Fails with InvalidArgumentError, OutOfRangeError, OutOfMemoryError,
// BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'batch' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Batch) AppendRow(row []byte) error {
	if recv == nil {
		return nilArgument("batch.append_row", "batch")
	}
	res := C.weaveheap__go_batch_append_row(C.weaveheap_handle_t(recv.h), (*C.uint8_t)(bytesPtr(row)), C.uint64_t(len(row)))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// BatchStream: A stream of record batches of one schema, exported through the
// Arrow C Stream Interface. It holds a shared borrow of each batch (which
// holds its columns) until it is released.
//
// A *BatchStream owns its handle: Close releases it, and a second Close is
// a no-op. Any other call on a closed BatchStream reaches the core, which
// refuses its stale handle. A *BatchStream is not safe for concurrent use
// unless its region is thread-safe.
type BatchStream struct {
	h      uint64
	closed bool
}

// BatchStreamFromHandle wraps a raw handle as a *BatchStream. Nothing is
// checked here: the core checks the handle at each call (one of another kind
// is a WrongKindError, one never issued a ForgedHandleError). Use it for a
// handle that crossed a boundary as a number.
func BatchStreamFromHandle(h Handle) *BatchStream { return &BatchStream{h: uint64(h)} }

// Handle is the raw handle (0 for a nil *BatchStream).
func (recv *BatchStream) Handle() Handle {
	if recv == nil {
		return 0
	}
	return Handle(recv.h)
}

func (recv *BatchStream) handleOf() (Handle, bool) {
	if recv == nil {
		return 0, false
	}
	return Handle(recv.h), true
}

// Close: Releases a stream and gives back the borrows of its batches. Fails
// while an Arrow export of the stream is live.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError, BorrowError; a failed call changes nothing.
//
// A nil 'stream' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *BatchStream) Close() error {
	if recv == nil {
		return nilArgument("batch_stream.release", "stream")
	}
	if recv.closed {
		return nil
	}
	res := C.weaveheap__go_batch_stream_release(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	recv.closed = true
	return nil
}

// AddBatch: Adds `batch` at the end, taking a shared borrow of it until the
// stream is released. The batch must be in the stream's region and have the
// first batch's schema (the same column names, types and nullability); a full
// stream or another schema is invalid_argument (the message says what
// differs). A refused batch is not added.
//
// Fails with InvalidArgumentError, BorrowError, StaleHandleError,
// ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes
// nothing.
//
// A nil 'stream' or 'batch' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *BatchStream) AddBatch(batch *Batch) error {
	if recv == nil {
		return nilArgument("batch_stream.add_batch", "stream")
	}
	batchH, ok := objectHandle(batch)
	if !ok {
		return nilArgument("batch_stream.add_batch", "batch")
	}
	res := C.weaveheap__go_batch_stream_add_batch(C.weaveheap_handle_t(recv.h), C.weaveheap_handle_t(batchH))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// NumBatches: The number of batches.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'stream' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *BatchStream) NumBatches() (uint64, error) {
	if recv == nil {
		return 0, nilArgument("batch_stream.num_batches", "stream")
	}
	res := C.weaveheap__go_batch_stream_num_batches(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// VarVector: A column of values of any size, laid out as Arrow lays out `utf8`
// ("u") and `binary` ("z") arrays: int32 offsets (capacity + 1 of them), the
// values' bytes end to end, and a validity bitmap when it is nullable. Its
// views (the data bytes so far) and Arrow exports read it in place.
//
// A *VarVector owns its handle: Close releases it, and a second Close is
// a no-op. Any other call on a closed VarVector reaches the core, which
// refuses its stale handle. A *VarVector is not safe for concurrent use
// unless its region is thread-safe.
type VarVector struct {
	h      uint64
	closed bool
}

// VarVectorFromHandle wraps a raw handle as a *VarVector. Nothing is
// checked here: the core checks the handle at each call (one of another kind
// is a WrongKindError, one never issued a ForgedHandleError). Use it for a
// handle that crossed a boundary as a number.
func VarVectorFromHandle(h Handle) *VarVector { return &VarVector{h: uint64(h)} }

// Handle is the raw handle (0 for a nil *VarVector).
func (recv *VarVector) Handle() Handle {
	if recv == nil {
		return 0
	}
	return Handle(recv.h)
}

func (recv *VarVector) handleOf() (Handle, bool) {
	if recv == nil {
		return 0, false
	}
	return Handle(recv.h), true
}

// Close: Releases a column. Fails while it is borrowed (a view, an Arrow
// export or a batch holds it).
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError, BorrowError; a failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *VarVector) Close() error {
	if recv == nil {
		return nilArgument("var_vector.release", "vector")
	}
	if recv.closed {
		return nil
	}
	res := C.weaveheap__go_var_vector_release(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	recv.closed = true
	return nil
}

// Length: The number of values (nulls included).
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *VarVector) Length() (uint64, error) {
	if recv == nil {
		return 0, nilArgument("var_vector.length", "vector")
	}
	res := C.weaveheap__go_var_vector_length(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// Capacity: The number of values it has room for.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *VarVector) Capacity() (uint64, error) {
	if recv == nil {
		return 0, nilArgument("var_vector.capacity", "vector")
	}
	res := C.weaveheap__go_var_vector_capacity(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// DataLength: The number of data bytes its values hold so far.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *VarVector) DataLength() (uint64, error) {
	if recv == nil {
		return 0, nilArgument("var_vector.data_length", "vector")
	}
	res := C.weaveheap__go_var_vector_data_length(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// DataCapacity: The number of data bytes it has room for.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *VarVector) DataCapacity() (uint64, error) {
	if recv == nil {
		return 0, nilArgument("var_vector.data_capacity", "vector")
	}
	res := C.weaveheap__go_var_vector_data_capacity(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// Resize: Gives the column room for `capacity` values holding `data_capacity`
// data bytes (more or less): a new allocation from the region, the data,
// offsets and validity bitmap copied into it (counted as a copy), the old
// memory given back as a release gives it. A capacity below the length, or a
// data capacity below the data length, is invalid_argument; sizes past the
// maximum or the region's byte limit (the old memory still counts while the
// new is taken) out_of_memory. Fails while the column is borrowed (a view, an
// Arrow export, a batch). A refused resize changes nothing.
//
// Fails with InvalidArgumentError, OutOfMemoryError, BorrowError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *VarVector) Resize(capacity uint64, dataCapacity uint64) error {
	if recv == nil {
		return nilArgument("var_vector.resize", "vector")
	}
	res := C.weaveheap__go_var_vector_resize(C.weaveheap_handle_t(recv.h), C.uint64_t(capacity), C.uint64_t(dataCapacity))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// NullCount: The number of null values.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *VarVector) NullCount() (uint64, error) {
	if recv == nil {
		return 0, nilArgument("var_vector.null_count", "vector")
	}
	res := C.weaveheap__go_var_vector_null_count(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// IsUTF8: Whether its values are UTF-8 text (`utf8`) rather than bytes
// (`binary`).
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *VarVector) IsUTF8() (bool, error) {
	if recv == nil {
		return false, nilArgument("var_vector.is_utf8", "vector")
	}
	res := C.weaveheap__go_var_vector_is_utf8(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return false, takeError(res.e)
	}
	return bool(res.r), nil
}

// Append: Appends a value (counted as a copy). In a `utf8` column a value that
// is not UTF-8 is invalid_utf8 (the message names the byte); a full column
// (values or data bytes) is out_of_range. A refused value adds nothing.
//
// Fails with InvalidArgumentError, InvalidUTF8Error, OutOfRangeError,
// BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *VarVector) Append(value []byte) error {
	if recv == nil {
		return nilArgument("var_vector.append", "vector")
	}
	res := C.weaveheap__go_var_vector_append(C.weaveheap_handle_t(recv.h), (*C.uint8_t)(bytesPtr(value)), C.uint64_t(len(value)))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// AppendNull: Appends a null (an empty value). A column made without
// `nullable` refuses it with invalid_argument; a full one is out_of_range.
//
// Fails with InvalidArgumentError, OutOfRangeError, BorrowError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *VarVector) AppendNull() error {
	if recv == nil {
		return nilArgument("var_vector.append_null", "vector")
	}
	res := C.weaveheap__go_var_vector_append_null(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// Get: A copy of the value at `index` (below the length, else out_of_range) in
// memory the caller owns (counted as a copy; a null is empty); free it with
// `free_bytes`. Fails while a unique borrow is outstanding.
//
// Fails with InvalidArgumentError, OutOfRangeError, OutOfMemoryError,
// BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *VarVector) Get(index uint64) ([]byte, error) {
	if recv == nil {
		return nil, nilArgument("var_vector.get", "vector")
	}
	res := C.weaveheap__go_var_vector_get(C.weaveheap_handle_t(recv.h), C.uint64_t(index))
	if res.e.code != 0 {
		return nil, takeError(res.e)
	}
	b := make([]byte, int(res.out_len))
	copy(b, unsafe.Slice((*byte)(unsafe.Pointer(res.r)), int(res.out_len)))
	C.weaveheap_free_bytes(res.r, res.out_len)
	return b, nil
}

// ValueOffset: Where the value at `index` starts in the data bytes (what a
// view shows): with `value_length`, the value read in place.
//
// Fails with OutOfRangeError, StaleHandleError, ReusedHandleError,
// ForgedHandleError, WrongKindError; a failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *VarVector) ValueOffset(index uint64) (uint64, error) {
	if recv == nil {
		return 0, nilArgument("var_vector.value_offset", "vector")
	}
	res := C.weaveheap__go_var_vector_value_offset(C.weaveheap_handle_t(recv.h), C.uint64_t(index))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// ValueLength: The length in bytes of the value at `index` (0 for a null).
//
// Fails with OutOfRangeError, StaleHandleError, ReusedHandleError,
// ForgedHandleError, WrongKindError; a failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *VarVector) ValueLength(index uint64) (uint64, error) {
	if recv == nil {
		return 0, nilArgument("var_vector.value_length", "vector")
	}
	res := C.weaveheap__go_var_vector_value_length(C.weaveheap_handle_t(recv.h), C.uint64_t(index))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// IsValid: Whether the value at `index` is not null.
//
// Fails with OutOfRangeError, StaleHandleError, ReusedHandleError,
// ForgedHandleError, WrongKindError; a failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *VarVector) IsValid(index uint64) (bool, error) {
	if recv == nil {
		return false, nilArgument("var_vector.is_valid", "vector")
	}
	res := C.weaveheap__go_var_vector_is_valid(C.weaveheap_handle_t(recv.h), C.uint64_t(index))
	if res.e.code != 0 {
		return false, takeError(res.e)
	}
	return bool(res.r), nil
}

// Read: Copies data bytes from `offset` into `dst` (counted as a copy), as a
// view would show them. Fails while a unique borrow is outstanding.
//
// Fails with InvalidArgumentError, OutOfRangeError, BorrowError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// A nil 'vector' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *VarVector) Read(offset uint64, dst []byte) error {
	if recv == nil {
		return nilArgument("var_vector.read", "vector")
	}
	res := C.weaveheap__go_var_vector_read(C.weaveheap_handle_t(recv.h), C.uint64_t(offset), (*C.uint8_t)(bytesPtr(dst)), C.uint64_t(len(dst)))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// View borrows the varvector's bytes in place (no copy): the shared
// borrow by default (borrow.shared), the unique one with View(Unique)
// (borrow.unique: writable for a buffer). The *View holds the borrow until its
// Close; while it lives, closing the object or resetting or closing its
// region is a BorrowError. Its bytes are read and written through its
// checked accessors (ReadAt, WriteAt, Do), which refuse a closed view.
func (recv *VarVector) View(access ...Access) (*View, error) {
	if recv == nil {
		return nil, nilArgument("borrow.shared", "target")
	}
	return takeView(recv.h, access)
}

// WithView calls fn with the varvector's bytes in place (no copy) under
// a borrow that ends when fn returns (or panics): the shared borrow by
// default, the unique one with Unique. The slice must not be used after fn
// returns. It returns fn's error, or the borrow's.
func (recv *VarVector) WithView(fn func(data []byte) error, access ...Access) error {
	if recv == nil {
		return nilArgument("borrow.shared", "target")
	}
	return withView(recv.h, fn, access)
}

// ListVector: A column of lists (Arrow's "+l"), or of maps ("+m": lists of
// key/value entries), laid out as Arrow lays them out: int32 offsets (capacity
// + 1 of them) into one child column, and a validity bitmap when it is
// nullable. It holds a shared borrow of its child (any column, nested ones
// included) until it is released, as a batch holds its columns.
//
// A *ListVector owns its handle: Close releases it, and a second Close is
// a no-op. Any other call on a closed ListVector reaches the core, which
// refuses its stale handle. A *ListVector is not safe for concurrent use
// unless its region is thread-safe.
type ListVector struct {
	h      uint64
	closed bool
}

// ListVectorFromHandle wraps a raw handle as a *ListVector. Nothing is
// checked here: the core checks the handle at each call (one of another kind
// is a WrongKindError, one never issued a ForgedHandleError). Use it for a
// handle that crossed a boundary as a number.
func ListVectorFromHandle(h Handle) *ListVector { return &ListVector{h: uint64(h)} }

// Handle is the raw handle (0 for a nil *ListVector).
func (recv *ListVector) Handle() Handle {
	if recv == nil {
		return 0
	}
	return Handle(recv.h)
}

func (recv *ListVector) handleOf() (Handle, bool) {
	if recv == nil {
		return 0, false
	}
	return Handle(recv.h), true
}

// Close: Releases a list column and gives back the borrow of its child (the
// child stays, its owner's again). Fails while it is borrowed (an Arrow export
// or a batch holds it).
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError, BorrowError; a failed call changes nothing.
//
// A nil 'list' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *ListVector) Close() error {
	if recv == nil {
		return nilArgument("list_vector.release", "list")
	}
	if recv.closed {
		return nil
	}
	res := C.weaveheap__go_list_vector_release(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	recv.closed = true
	return nil
}

// Length: The number of lists (nulls included).
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'list' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *ListVector) Length() (uint64, error) {
	if recv == nil {
		return 0, nilArgument("list_vector.length", "list")
	}
	res := C.weaveheap__go_list_vector_length(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// Capacity: The number of lists it has room for.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'list' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *ListVector) Capacity() (uint64, error) {
	if recv == nil {
		return 0, nilArgument("list_vector.capacity", "list")
	}
	res := C.weaveheap__go_list_vector_capacity(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// NullCount: The number of null lists.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'list' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *ListVector) NullCount() (uint64, error) {
	if recv == nil {
		return 0, nilArgument("list_vector.null_count", "list")
	}
	res := C.weaveheap__go_list_vector_null_count(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// IsMap: Whether it is a map column.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'list' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *ListVector) IsMap() (bool, error) {
	if recv == nil {
		return false, nilArgument("list_vector.is_map", "list")
	}
	res := C.weaveheap__go_list_vector_is_map(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return false, takeError(res.e)
	}
	return bool(res.r), nil
}

// IsValid: Whether the list at `index` is not null.
//
// Fails with OutOfRangeError, StaleHandleError, ReusedHandleError,
// ForgedHandleError, WrongKindError; a failed call changes nothing.
//
// A nil 'list' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *ListVector) IsValid(index uint64) (bool, error) {
	if recv == nil {
		return false, nilArgument("list_vector.is_valid", "list")
	}
	res := C.weaveheap__go_list_vector_is_valid(C.weaveheap_handle_t(recv.h), C.uint64_t(index))
	if res.e.code != 0 {
		return false, takeError(res.e)
	}
	return bool(res.r), nil
}

// ValueOffset: The child row of the first item of the list at `index`.
//
// Fails with OutOfRangeError, StaleHandleError, ReusedHandleError,
// ForgedHandleError, WrongKindError; a failed call changes nothing.
//
// A nil 'list' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *ListVector) ValueOffset(index uint64) (uint64, error) {
	if recv == nil {
		return 0, nilArgument("list_vector.value_offset", "list")
	}
	res := C.weaveheap__go_list_vector_value_offset(C.weaveheap_handle_t(recv.h), C.uint64_t(index))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// ValueLength: The number of items of the list at `index` (0 for a null).
//
// Fails with OutOfRangeError, StaleHandleError, ReusedHandleError,
// ForgedHandleError, WrongKindError; a failed call changes nothing.
//
// A nil 'list' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *ListVector) ValueLength(index uint64) (uint64, error) {
	if recv == nil {
		return 0, nilArgument("list_vector.value_length", "list")
	}
	res := C.weaveheap__go_list_vector_value_length(C.weaveheap_handle_t(recv.h), C.uint64_t(index))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// Append: Appends one list, all or nothing: `value` is a u32 count in the
// machine's byte order, then that many child values, each encoded as
// `batch.append_row` encodes one column's value (docs/arrow.md). Counted as
// one copy. A malformed value is invalid_argument, a full column (the list's
// or a child's) out_of_range (the message names the column and the byte); a
// list with a live export or in a batch, or a child that another holder
// borrows, is borrowed. A refused value changes no column.
//
// Fails with InvalidArgumentError, OutOfRangeError, OutOfMemoryError,
// BorrowError, StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'list' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *ListVector) Append(value []byte) error {
	if recv == nil {
		return nilArgument("list_vector.append", "list")
	}
	res := C.weaveheap__go_list_vector_append(C.weaveheap_handle_t(recv.h), (*C.uint8_t)(bytesPtr(value)), C.uint64_t(len(value)))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// AppendNull: Appends a null (an empty list). A column made without `nullable`
// refuses it with invalid_argument, a full one with out_of_range.
//
// Fails with InvalidArgumentError, OutOfRangeError, BorrowError,
// StaleHandleError, ReusedHandleError, ForgedHandleError, WrongKindError; a
// failed call changes nothing.
//
// A nil 'list' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *ListVector) AppendNull() error {
	if recv == nil {
		return nilArgument("list_vector.append_null", "list")
	}
	res := C.weaveheap__go_list_vector_append_null(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

// Lookup: The child row of the first entry of map `index` whose key equals
// `key`, or -1 when it has none (a failed call returns 0, as every failed call
// does): read the value with the value column's `get(row)`. `key` is the key's
// bytes without a tag: a fixed-width key exactly its type's width in the
// machine's byte order (else invalid_argument), a utf8 or binary key its
// bytes. An index past the length is out_of_range, a list that is not a map
// invalid_argument. Copies nothing.
//
// Fails with InvalidArgumentError, OutOfRangeError, StaleHandleError,
// ReusedHandleError, ForgedHandleError, WrongKindError; a failed call changes
// nothing.
//
// A nil 'map' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *ListVector) Lookup(index uint64, key []byte) (int64, error) {
	if recv == nil {
		return 0, nilArgument("list_vector.lookup", "map")
	}
	res := C.weaveheap__go_list_vector_lookup(C.weaveheap_handle_t(recv.h), C.uint64_t(index), (*C.uint8_t)(bytesPtr(key)), C.uint64_t(len(key)))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return int64(res.r), nil
}

// Foreign: An Arrow array a foreign producer made (any format, nested too),
// taken into a region without a copy (`foreign.import_array`): the region
// holds the producer's memory until the foreign is released or the region
// reset or destroyed, and then calls the producer's `release` callbacks (the
// array's, then the schema's) exactly once, on the thread doing that.
//
// A *Foreign owns its handle: Close releases it, and a second Close is
// a no-op. Any other call on a closed Foreign reaches the core, which
// refuses its stale handle. A *Foreign is not safe for concurrent use
// unless its region is thread-safe.
type Foreign struct {
	h      uint64
	closed bool
}

// ForeignFromHandle wraps a raw handle as a *Foreign. Nothing is
// checked here: the core checks the handle at each call (one of another kind
// is a WrongKindError, one never issued a ForgedHandleError). Use it for a
// handle that crossed a boundary as a number.
func ForeignFromHandle(h Handle) *Foreign { return &Foreign{h: uint64(h)} }

// Handle is the raw handle (0 for a nil *Foreign).
func (recv *Foreign) Handle() Handle {
	if recv == nil {
		return 0
	}
	return Handle(recv.h)
}

func (recv *Foreign) handleOf() (Handle, bool) {
	if recv == nil {
		return 0, false
	}
	return Handle(recv.h), true
}

// Close: Releases a foreign: calls the producer's `release` of the array, then
// of the schema, once. Fails while it is borrowed (a view or an Arrow export
// of it is live).
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError, BorrowError; a failed call changes nothing.
//
// A nil 'foreign' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Foreign) Close() error {
	if recv == nil {
		return nilArgument("foreign.release", "foreign")
	}
	if recv.closed {
		return nil
	}
	res := C.weaveheap__go_foreign_release(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	recv.closed = true
	return nil
}

// Length: The number of values (the array's `length`).
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'foreign' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Foreign) Length() (uint64, error) {
	if recv == nil {
		return 0, nilArgument("foreign.length", "foreign")
	}
	res := C.weaveheap__go_foreign_length(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// NullCount: The number of nulls as the producer gave it (-1, unknown, reads
// as the largest u64).
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'foreign' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Foreign) NullCount() (uint64, error) {
	if recv == nil {
		return 0, nilArgument("foreign.null_count", "foreign")
	}
	res := C.weaveheap__go_foreign_null_count(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// Offset: The array's offset, in values, into its buffers.
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'foreign' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Foreign) Offset() (uint64, error) {
	if recv == nil {
		return 0, nilArgument("foreign.offset", "foreign")
	}
	res := C.weaveheap__go_foreign_offset(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// NumChildren: The number of children (a struct's fields, a list's one).
//
// Fails with StaleHandleError, ReusedHandleError, ForgedHandleError,
// WrongKindError; a failed call changes nothing.
//
// A nil 'foreign' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Foreign) NumChildren() (uint64, error) {
	if recv == nil {
		return 0, nilArgument("foreign.num_children", "foreign")
	}
	res := C.weaveheap__go_foreign_num_children(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return 0, takeError(res.e)
	}
	return uint64(res.r), nil
}

// NewFormat: A copy of the Arrow format string ("l", "u", "+s", "+l" ...) that
// the caller owns (counted as a copy); free it with `free_string`.
//
// Fails with OutOfMemoryError, StaleHandleError, ReusedHandleError,
// ForgedHandleError, WrongKindError; a failed call changes nothing.
//
// A nil 'foreign' is an InvalidArgumentError.
//
// Threads: any thread for a thread-safe region; otherwise only the thread that
// is using the region.
func (recv *Foreign) NewFormat() (string, error) {
	if recv == nil {
		return "", nilArgument("foreign.format", "foreign")
	}
	res := C.weaveheap__go_foreign_format(C.weaveheap_handle_t(recv.h))
	if res.e.code != 0 {
		return "", takeError(res.e)
	}
	s := C.GoString(res.r)
	C.weaveheap_free_string(res.r)
	return s, nil
}

// View borrows the foreign's bytes in place (no copy): the shared
// borrow by default (borrow.shared), the unique one with View(Unique)
// (borrow.unique: writable for a buffer). The *View holds the borrow until its
// Close; while it lives, closing the object or resetting or closing its
// region is a BorrowError. Its bytes are read and written through its
// checked accessors (ReadAt, WriteAt, Do), which refuse a closed view.
func (recv *Foreign) View(access ...Access) (*View, error) {
	if recv == nil {
		return nil, nilArgument("borrow.shared", "target")
	}
	return takeView(recv.h, access)
}

// WithView calls fn with the foreign's bytes in place (no copy) under
// a borrow that ends when fn returns (or panics): the shared borrow by
// default, the unique one with Unique. The slice must not be used after fn
// returns. It returns fn's error, or the borrow's.
func (recv *Foreign) WithView(fn func(data []byte) error, access ...Access) error {
	if recv == nil {
		return nilArgument("borrow.shared", "target")
	}
	return withView(recv.h, fn, access)
}

// Access is the borrow a view takes.
type Access int

const (
	// Shared is a read-only borrow; many may be live at once. The default.
	Shared Access = iota
	// Unique is the only borrow of an object while it lives; the view is
	// writable for a buffer (bytes and strings stay read-only).
	Unique
)

func (a Access) String() string {
	switch a {
	case Shared:
		return "Shared"
	case Unique:
		return "Unique"
	}
	return fmt.Sprintf("Access(%d)", int(a))
}

// borrow takes the borrow `access` asks for (none: Shared) of handle h.
func borrow(h uint64, access []Access) (uint64, C.weaveheap_view, error) {
	var view C.weaveheap_view
	mode := Shared
	if len(access) > 1 {
		return 0, view, newError(CodeInvalidArgument, fmt.Sprintf("View: one Access at most, got %d", len(access)))
	}
	if len(access) == 1 {
		mode = access[0]
	}
	switch mode {
	case Shared:
		res := C.weaveheap__go_borrow_shared(C.weaveheap_handle_t(h))
		if res.e.code != 0 {
			return 0, view, takeError(res.e)
		}
		return uint64(res.r), res.view, nil
	case Unique:
		res := C.weaveheap__go_borrow_unique(C.weaveheap_handle_t(h))
		if res.e.code != 0 {
			return 0, view, takeError(res.e)
		}
		return uint64(res.r), res.view, nil
	}
	return 0, view, newError(CodeInvalidArgument, fmt.Sprintf("View: unknown %v", mode))
}

// release ends the borrow of a view's token.
func release(token uint64) error {
	res := C.weaveheap__go_borrow_release(C.weaveheap_handle_t(token))
	if res.e.code != 0 {
		return takeError(res.e)
	}
	return nil
}

func takeView(h uint64, access []Access) (*View, error) {
	token, v, err := borrow(h, access)
	if err != nil {
		return nil, err
	}
	view := &View{token: token, data: unsafe.Pointer(v.data), length: int(v.length), writable: bool(v.writable)}
	// A safety net only: a view dropped without Close ends its borrow when
	// the garbage collector finds it (from the finalizer goroutine).
	runtime.SetFinalizer(view, func(v *View) { _ = v.Close() })
	return view, nil
}

func withView(h uint64, fn func(data []byte) error, access []Access) (err error) {
	if fn == nil {
		return newError(CodeInvalidArgument, "WithView: 'fn' is nil")
	}
	token, v, err := borrow(h, access)
	if err != nil {
		return err
	}
	defer func() {
		if rerr := release(token); err == nil {
			err = rerr
		}
	}()
	return fn(unsafe.Slice((*byte)(unsafe.Pointer(v.data)), int(v.length)))
}

// View: A borrow of a buffer, bytes, string or vector: proof that a view is
// live. A window on memory owned by the core, valid exactly as long as the
// borrow token returned with it.
//
// A *View made by View holds its borrow until Close (a second Close is
// a no-op). Its bytes are the core's, in place: ReadAt, WriteAt and Do check
// that the view is open at each use, so a closed view is an error, never a
// read of freed memory. UnsafeBytes hands out the bytes as a plain slice
// that nothing checks. A *View is not safe for concurrent use.
type View struct {
	token    uint64
	data     unsafe.Pointer
	length   int
	writable bool
	closed   bool
	busy     int // calls of Do running: the view cannot close under them
}

// ViewFromHandle wraps a raw borrow token as a *View without its
// bytes (Len is 0): it can only be closed, which ends that borrow.
func ViewFromHandle(h Handle) *View { return &View{token: uint64(h)} }

// Handle is the borrow token's raw handle (0 for a nil *View).
func (recv *View) Handle() Handle {
	if recv == nil {
		return 0
	}
	return Handle(recv.token)
}

func (recv *View) handleOf() (Handle, bool) {
	if recv == nil {
		return 0, false
	}
	return Handle(recv.token), true
}

// Len is the length of the viewed bytes (a string's without its NUL).
func (recv *View) Len() int {
	if recv == nil {
		return 0
	}
	return recv.length
}

// Writable reports whether the view may be written: the unique view of a
// buffer.
func (recv *View) Writable() bool { return recv != nil && recv.writable }

// Closed reports whether Close succeeded.
func (recv *View) Closed() bool { return recv != nil && recv.closed }

// open is nil for a live view, else the error of using it.
func (recv *View) open(what string) error {
	if recv == nil {
		return nilArgument("(*View)."+what, "view")
	}
	if recv.closed {
		return newError(CodeStaleHandle, "(*View)."+what+": the view is closed: its memory is no longer borrowed")
	}
	return nil
}

// ReadAt copies the viewed bytes at off into p (io.ReaderAt): io.EOF when
// fewer than len(p) remain. A closed view is a StaleHandleError.
func (recv *View) ReadAt(p []byte, off int64) (int, error) {
	if err := recv.open("ReadAt"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, newError(CodeInvalidArgument, fmt.Sprintf("(*View).ReadAt: negative offset %d", off))
	}
	if off >= int64(recv.length) {
		return 0, io.EOF
	}
	n := copy(p, unsafe.Slice((*byte)(unsafe.Add(recv.data, int(off))), recv.length-int(off)))
	runtime.KeepAlive(recv)
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

// WriteAt copies p into the viewed bytes at off (io.WriterAt), all or
// nothing: a view that is not Writable is an InvalidArgumentError, bytes past
// the end an OutOfRangeError, a closed view a StaleHandleError.
func (recv *View) WriteAt(p []byte, off int64) (int, error) {
	if err := recv.open("WriteAt"); err != nil {
		return 0, err
	}
	if !recv.writable {
		return 0, newError(CodeInvalidArgument, "(*View).WriteAt: the view is read-only")
	}
	if off < 0 || uint64(off) > uint64(recv.length) || uint64(len(p)) > uint64(recv.length)-uint64(off) {
		return 0, newError(CodeOutOfRange, fmt.Sprintf("(*View).WriteAt: %d bytes at %d reach past %d", len(p), off, recv.length))
	}
	n := copy(unsafe.Slice((*byte)(unsafe.Add(recv.data, int(off))), len(p)), p)
	runtime.KeepAlive(recv)
	return n, nil
}

// Do calls fn with the viewed bytes in place (no copy) and returns its
// error. The slice must not be used after fn returns; while fn runs the view
// cannot be closed (Close is then a BorrowError). Writing through the slice
// is allowed only when the view is Writable. A closed view is a
// StaleHandleError, and fn is not called.
func (recv *View) Do(fn func(data []byte) error) error {
	if err := recv.open("Do"); err != nil {
		return err
	}
	if fn == nil {
		return newError(CodeInvalidArgument, "(*View).Do: 'fn' is nil")
	}
	recv.busy++
	defer func() {
		recv.busy--
		runtime.KeepAlive(recv)
	}()
	return fn(unsafe.Slice((*byte)(recv.data), recv.length))
}

// UnsafeBytes is the viewed bytes as a slice over the core's memory, with
// nothing to check its uses: it must not be used after Close (nor after the
// *View becomes unreachable, when its finalizer may close it), and a
// read-only view's slice must not be written. A closed view gives nil. What
// a use after Close does is in docs/go.md; ReadAt, WriteAt and Do are the
// checked forms.
func (recv *View) UnsafeBytes() []byte {
	if recv == nil || recv.closed {
		return nil
	}
	return unsafe.Slice((*byte)(recv.data), recv.length)
}

// Close ends the borrow (borrow.release); a second Close is a no-op. A view
// whose Do is running is not closed (BorrowError).
func (recv *View) Close() error {
	if recv == nil {
		return nilArgument("borrow.release", "token")
	}
	if recv.closed {
		return nil
	}
	if recv.busy > 0 {
		return newError(CodeBorrowed, "(*View).Close: the view is in use by Do")
	}
	if err := release(recv.token); err != nil {
		return err
	}
	recv.closed = true
	recv.data = nil
	runtime.SetFinalizer(recv, nil)
	return nil
}

// Memory: The handle kinds that hold memory a view can borrow.
type Memory interface {
	Object
	View(access ...Access) (*View, error)
	WithView(fn func(data []byte) error, access ...Access) error
}

var (
	_ Memory = (*Buffer)(nil)
	_ Memory = (*Bytes)(nil)
	_ Memory = (*String)(nil)
	_ Memory = (*Vector)(nil)
	_ Memory = (*VarVector)(nil)
	_ Memory = (*Foreign)(nil)
)

// Element is a Go type a TypedView shows values as: one per
// fixed-width member of ElementType (a boolean bitmap has none).
type Element interface {
	int8 | int16 | int32 | int64 | uint8 | uint16 | uint32 | uint64 | float32 | float64
}

// elementTypeOf is the ElementType whose values are Go's T.
func elementTypeOf[T Element]() ElementType {
	var zero T
	switch any(zero).(type) {
	case int8:
		return ElementTypeInt8
	case int16:
		return ElementTypeInt16
	case int32:
		return ElementTypeInt32
	case int64:
		return ElementTypeInt64
	case uint8:
		return ElementTypeUint8
	case uint16:
		return ElementTypeUint16
	case uint32:
		return ElementTypeUint32
	case uint64:
		return ElementTypeUint64
	case float32:
		return ElementTypeFloat32
	case float64:
		return ElementTypeFloat64
	}
	return 0
}

// TypedMemory is an object whose values have one ElementType: a
// TypedView shows them as a slice of that Go type.
type TypedMemory interface {
	Memory
	ElementType() (ElementType, error)
}

// TypedView is a View of an object's values as []T, over the core's
// memory (no copy), holding the view's borrow until Close exactly as the
// View does: closing the object or resetting its region fails until then.
// Values and Do check that the view is open at each use, so a closed view is a
// StaleHandleError, never a read of freed memory. A *TypedView is not safe
// for concurrent use.
type TypedView[T Element] struct {
	view *View
}

// ViewAs takes a view (Shared unless access says Unique) of obj's
// values as []T. A T that is not obj's element type is an
// InvalidArgumentError and takes no borrow.
func ViewAs[T Element](obj TypedMemory, access ...Access) (*TypedView[T], error) {
	if obj == nil {
		return nil, nilArgument("ViewAs", "obj")
	}
	have, err := obj.ElementType()
	if err != nil {
		return nil, err
	}
	if want := elementTypeOf[T](); have != want {
		var zero T
		return nil, newError(CodeInvalidArgument, fmt.Sprintf("ViewAs[%T]: the object's ElementType is %d, not %d", zero, int32(have), int32(want)))
	}
	view, err := obj.View(access...)
	if err != nil {
		return nil, err
	}
	return &TypedView[T]{view: view}, nil
}

// values is the slice over the view's memory (the view is open).
func (recv *TypedView[T]) values() []T {
	var zero T
	n := recv.view.length / int(unsafe.Sizeof(zero))
	if n == 0 {
		return []T{}
	}
	return unsafe.Slice((*T)(recv.view.data), n)
}

// open is nil for a live view, else the error of using it.
func (recv *TypedView[T]) open(what string) error {
	if recv == nil || recv.view == nil {
		return nilArgument("(*TypedView)."+what, "view")
	}
	return recv.view.open(what)
}

// Len is the number of values (0 once closed).
func (recv *TypedView[T]) Len() int {
	if recv.open("Len") != nil {
		return 0
	}
	return len(recv.values())
}

// View is the byte view that holds the borrow.
func (recv *TypedView[T]) View() *View {
	if recv == nil {
		return nil
	}
	return recv.view
}

// Do calls fn with the values in place (no copy) and returns its error; the
// slice must not be used after fn returns, and while fn runs the view cannot
// be closed. Writing through it is allowed only when the view is Writable. A
// closed view is a StaleHandleError, and fn is not called.
func (recv *TypedView[T]) Do(fn func(values []T) error) error {
	if err := recv.open("Do"); err != nil {
		return err
	}
	if fn == nil {
		return newError(CodeInvalidArgument, "(*TypedView).Do: 'fn' is nil")
	}
	return recv.view.Do(func([]byte) error { return fn(recv.values()) })
}

// UnsafeValues is the values as a slice over the core's memory with nothing
// to check its uses, as View.UnsafeBytes: it must not be used after
// Close. A closed view is a StaleHandleError.
func (recv *TypedView[T]) UnsafeValues() ([]T, error) {
	if err := recv.open("UnsafeValues"); err != nil {
		return nil, err
	}
	return recv.values(), nil
}

// Close ends the borrow; a second Close is a no-op.
func (recv *TypedView[T]) Close() error {
	if recv == nil || recv.view == nil {
		return nilArgument("(*TypedView).Close", "view")
	}
	return recv.view.Close()
}

// ArrowExport is an Arrow C Data Interface export of an object (its
// ExportArrow): an ArrowSchema and an ArrowArray on the C heap, the array
// pointing into the object's memory without a copy and holding a shared
// borrow of it until the array's release callback runs (until then closing
// the object or resetting its region is a BorrowError). Hand Schema() and
// Array() to a C Data importer (arrow-go:
// cdata.ImportCRecordBatch((*cdata.CArrowArray)(e.Array()), (*cdata.CArrowSchema)(e.Schema()))
// for a batch, cdata.ImportCArray for a vector): it moves the structs (and
// marks them released), and its own release gives the borrow back. Release
// then frees the two structs, first releasing whatever no consumer took:
// call it once the importer is done with the addresses (a second call is a
// no-op). Use the export, and call the release callbacks, from the
// goroutine that uses the object's region (any, for a thread-safe region).
type ArrowExport struct {
	pair *C.wh_arrow_pair
}

func newArrowExport(r C.wh_arrow_result, what string) (*ArrowExport, error) {
	if r.e.code == -1 {
		return nil, newError(CodeOutOfMemory, what+": no memory for the Arrow structs")
	}
	if r.e.code != 0 {
		return nil, takeError(r.e)
	}
	e := &ArrowExport{pair: (*C.wh_arrow_pair)(r.out)}
	// A safety net only: an export dropped without Release gives its borrow back
	// when the garbage collector finds it.
	runtime.SetFinalizer(e, func(e *ArrowExport) { e.Release() })
	return e, nil
}

// Schema is the address of the export's struct ArrowSchema (nil once released).
func (recv *ArrowExport) Schema() unsafe.Pointer {
	if recv == nil || recv.pair == nil {
		return nil
	}
	return unsafe.Pointer(&recv.pair.schema)
}

// Array is the address of the export's struct ArrowArray (nil once released).
func (recv *ArrowExport) Array() unsafe.Pointer {
	if recv == nil || recv.pair == nil {
		return nil
	}
	return unsafe.Pointer(&recv.pair.array)
}

// Release runs the release callbacks no consumer ran (giving the borrow back)
// and frees the structs; a second Release is a no-op.
func (recv *ArrowExport) Release() {
	if recv == nil || recv.pair == nil {
		return
	}
	C.wh_arrow_pair_free(recv.pair)
	recv.pair = nil
	runtime.SetFinalizer(recv, nil)
}

// ArrowStreamExport is an Arrow C Stream Interface export of a stream of
// batches (its ExportArrowStream): a struct ArrowArrayStream on the C heap
// that holds a shared borrow of the stream until its release callback runs.
// Hand Stream() to an importer (arrow-go:
// cdata.ImportCRecordReader((*cdata.CArrowArrayStream)(s.Stream()), nil)),
// which moves it, or read it here with Next. Release runs the release
// callback if no consumer took the stream, and frees the struct.
type ArrowStreamExport struct {
	stream *C.struct_ArrowArrayStream
}

// Stream is the address of the export's struct ArrowArrayStream (nil once released).
func (recv *ArrowStreamExport) Stream() unsafe.Pointer {
	if recv == nil || recv.stream == nil {
		return nil
	}
	return unsafe.Pointer(recv.stream)
}

// Next is the stream's next batch as an ArrowExport (its schema and array,
// each array holding its batch until released: Release each one), or nil
// and no error at the end. A stream a consumer took (moved) or released is a
// StaleHandleError; an error of the stream's get_next an InvalidArgumentError
// with its message.
func (recv *ArrowStreamExport) Next() (*ArrowExport, error) {
	if recv == nil || recv.stream == nil {
		return nil, newError(CodeStaleHandle, "(*ArrowStreamExport).Next: the stream export was released")
	}
	var code C.int
	var message *C.char
	p := C.wh_arrow_stream_next(recv.stream, &code, &message)
	switch {
	case p != nil:
		return newArrowExport(C.wh_arrow_result{out: unsafe.Pointer(p)}, "(*ArrowStreamExport).Next")
	case code == 0:
		return nil, nil
	case code == -1:
		return nil, newError(CodeStaleHandle, "(*ArrowStreamExport).Next: the stream was moved to a consumer or released")
	case code == -2:
		return nil, newError(CodeOutOfMemory, "(*ArrowStreamExport).Next: no memory for the Arrow structs")
	}
	return nil, newError(CodeInvalidArgument, fmt.Sprintf("(*ArrowStreamExport).Next: get_next failed (errno %d): %s", int(code), C.GoString(message)))
}

// Release runs the stream's release callback if no consumer took it (giving
// the borrow back) and frees the struct; a second Release is a no-op.
func (recv *ArrowStreamExport) Release() {
	if recv == nil || recv.stream == nil {
		return
	}
	C.wh_arrow_stream_free(recv.stream)
	recv.stream = nil
	runtime.SetFinalizer(recv, nil)
}

// ExportArrow exports the Vector through the Arrow C Data Interface
// (vector.export_arrow: its doc in the C header says what it holds and
// refuses); see ArrowExport for the addresses and their lifetime.
func (recv *Vector) ExportArrow() (*ArrowExport, error) {
	if recv == nil {
		return nil, nilArgument("vector.export_arrow", "vector")
	}
	return newArrowExport(C.wh_arrow_vector(C.weaveheap_handle_t(recv.h)), "vector.export_arrow")
}

// ExportArrow exports the Batch through the Arrow C Data Interface
// (batch.export_arrow: its doc in the C header says what it holds and
// refuses); see ArrowExport for the addresses and their lifetime.
func (recv *Batch) ExportArrow() (*ArrowExport, error) {
	if recv == nil {
		return nil, nilArgument("batch.export_arrow", "batch")
	}
	return newArrowExport(C.wh_arrow_batch(C.weaveheap_handle_t(recv.h)), "batch.export_arrow")
}

// ExportArrowStream exports the BatchStream through the Arrow C Stream
// Interface (batch_stream.export_arrow: its doc in the C header says what it holds
// and refuses); see ArrowStreamExport for the addresses and their lifetime.
func (recv *BatchStream) ExportArrowStream() (*ArrowStreamExport, error) {
	if recv == nil {
		return nil, nilArgument("batch_stream.export_arrow", "stream")
	}
	r := C.wh_arrow_batch_stream_stream(C.weaveheap_handle_t(recv.h))
	if r.e.code == -1 {
		return nil, newError(CodeOutOfMemory, "batch_stream.export_arrow: no memory for the Arrow struct")
	}
	if r.e.code != 0 {
		return nil, takeError(r.e)
	}
	s := &ArrowStreamExport{stream: (*C.struct_ArrowArrayStream)(r.out)}
	runtime.SetFinalizer(s, func(s *ArrowStreamExport) { s.Release() })
	return s, nil
}

// ExportArrow exports the VarVector through the Arrow C Data Interface
// (var_vector.export_arrow: its doc in the C header says what it holds and
// refuses); see ArrowExport for the addresses and their lifetime.
func (recv *VarVector) ExportArrow() (*ArrowExport, error) {
	if recv == nil {
		return nil, nilArgument("var_vector.export_arrow", "vector")
	}
	return newArrowExport(C.wh_arrow_var_vector(C.weaveheap_handle_t(recv.h)), "var_vector.export_arrow")
}

// ExportArrow exports the ListVector through the Arrow C Data Interface
// (list_vector.export_arrow: its doc in the C header says what it holds and
// refuses); see ArrowExport for the addresses and their lifetime.
func (recv *ListVector) ExportArrow() (*ArrowExport, error) {
	if recv == nil {
		return nil, nilArgument("list_vector.export_arrow", "list")
	}
	return newArrowExport(C.wh_arrow_list_vector(C.weaveheap_handle_t(recv.h)), "list_vector.export_arrow")
}

// ExportArrow exports the Foreign through the Arrow C Data Interface
// (foreign.export_arrow: its doc in the C header says what it holds and
// refuses); see ArrowExport for the addresses and their lifetime.
func (recv *Foreign) ExportArrow() (*ArrowExport, error) {
	if recv == nil {
		return nil, nilArgument("foreign.export_arrow", "foreign")
	}
	return newArrowExport(C.wh_arrow_foreign(C.weaveheap_handle_t(recv.h)), "foreign.export_arrow")
}
