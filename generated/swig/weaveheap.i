/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144 */
/*
 * The language-neutral SWIG interface of weaveheap 0.1.0: the C API of
 * the IDL as flat functions, for any SWIG language. A language layer (for
 * Python: generated/python/weaveheap_python.i) declares its %module,
 * includes this file and may replace these typemaps with idiomatic ones:
 *
 *   weaveheap_error* out_err   never an argument: the wrapper passes a zeroed
 *                              error, raises through the language's exception
 *                              hook when the call fails (the `argout` typemap
 *                              below; replace it to raise typed errors) and
 *                              frees the message in every case.
 *   (const uint8_t* x, uint64_t x_len)   one argument: a byte string.
 *   (uint8_t* x, uint64_t x_len)         one argument: a size; the call returns
 *                              that many bytes as a byte string.
 *   out structs                returned, appended to the result.
 *   own cstring / own u8[]     returned as strings, freed with the core's frees.
 *
 * The byte-array, out-struct and owned-bytes typemaps use SWIG's unified
 * typemap library (Python, Ruby, Perl, Tcl, ...); other languages (Java,
 * C#, Lua) get SWIG's defaults there: out structs and the buffer to fill are
 * arguments, and Java maps byte arrays to byte[].
 *
 * Handles are 64-bit integers. Functions that free what the core hands out
 * are called by these typemaps and are not wrapped. A language layer that
 * brings its own typemaps defines, before including this file,
 * WEAVEHEAP_SWIG_LANGUAGE_ERRORS (out_err: freearg, argout),
 * WEAVEHEAP_SWIG_LANGUAGE_ARRAYS (byte arrays in and out) and/or
 * WEAVEHEAP_SWIG_LANGUAGE_NAMES (the language names the structs itself).
 */
%{
#include "weaveheap.h"
#include <string.h>
%}

%include <stdint.i>
%include <exception.i>
%include <typemaps.i>

/* -- constants ------------------------------------------------------------ */
%constant uint64_t MAX_ALIGN = WEAVEHEAP_MAX_ALIGN;
%constant uint64_t MAX_SIZE = WEAVEHEAP_MAX_SIZE;
%constant uint64_t DEFAULT_ALIGN = WEAVEHEAP_DEFAULT_ALIGN;
%constant uint64_t DEFAULT_CHUNK_SIZE = WEAVEHEAP_DEFAULT_CHUNK_SIZE;
%constant int32_t OK = WEAVEHEAP_OK;
%constant int32_t ERR_INVALID_ARGUMENT = WEAVEHEAP_ERR_INVALID_ARGUMENT;
%constant int32_t ERR_OUT_OF_MEMORY = WEAVEHEAP_ERR_OUT_OF_MEMORY;
%constant int32_t ERR_STALE_HANDLE = WEAVEHEAP_ERR_STALE_HANDLE;
%constant int32_t ERR_REUSED_HANDLE = WEAVEHEAP_ERR_REUSED_HANDLE;
%constant int32_t ERR_FORGED_HANDLE = WEAVEHEAP_ERR_FORGED_HANDLE;
%constant int32_t ERR_WRONG_KIND = WEAVEHEAP_ERR_WRONG_KIND;
%constant int32_t ERR_BORROWED = WEAVEHEAP_ERR_BORROWED;
%constant int32_t ERR_BORROW_CONFLICT = WEAVEHEAP_ERR_BORROW_CONFLICT;
%constant int32_t ERR_INVALID_UTF8 = WEAVEHEAP_ERR_INVALID_UTF8;
%constant int32_t ERR_OUT_OF_RANGE = WEAVEHEAP_ERR_OUT_OF_RANGE;
%constant int32_t ERR_SYSTEM_ERROR = WEAVEHEAP_ERR_SYSTEM_ERROR;
%constant int32_t HANDLE_KIND_NONE = WEAVEHEAP_HANDLE_KIND_NONE;
%constant int32_t HANDLE_KIND_REGION = WEAVEHEAP_HANDLE_KIND_REGION;
%constant int32_t HANDLE_KIND_BUFFER = WEAVEHEAP_HANDLE_KIND_BUFFER;
%constant int32_t HANDLE_KIND_BYTES = WEAVEHEAP_HANDLE_KIND_BYTES;
%constant int32_t HANDLE_KIND_STRING = WEAVEHEAP_HANDLE_KIND_STRING;
%constant int32_t HANDLE_KIND_BORROW = WEAVEHEAP_HANDLE_KIND_BORROW;
%constant int32_t HANDLE_KIND_OBJECT = WEAVEHEAP_HANDLE_KIND_OBJECT;
%constant int32_t HANDLE_KIND_VECTOR = WEAVEHEAP_HANDLE_KIND_VECTOR;
%constant int32_t HANDLE_KIND_BATCH = WEAVEHEAP_HANDLE_KIND_BATCH;
%constant int32_t HANDLE_KIND_BATCH_STREAM = WEAVEHEAP_HANDLE_KIND_BATCH_STREAM;
%constant int32_t HANDLE_KIND_VAR_VECTOR = WEAVEHEAP_HANDLE_KIND_VAR_VECTOR;
%constant int32_t HANDLE_KIND_LIST_VECTOR = WEAVEHEAP_HANDLE_KIND_LIST_VECTOR;
%constant int32_t HANDLE_KIND_FOREIGN = WEAVEHEAP_HANDLE_KIND_FOREIGN;
%constant int32_t HANDLE_KIND_FOREIGN_STREAM = WEAVEHEAP_HANDLE_KIND_FOREIGN_STREAM;
%constant int32_t ELEMENT_TYPE_INT8 = WEAVEHEAP_ELEMENT_TYPE_INT8;
%constant int32_t ELEMENT_TYPE_INT16 = WEAVEHEAP_ELEMENT_TYPE_INT16;
%constant int32_t ELEMENT_TYPE_INT32 = WEAVEHEAP_ELEMENT_TYPE_INT32;
%constant int32_t ELEMENT_TYPE_INT64 = WEAVEHEAP_ELEMENT_TYPE_INT64;
%constant int32_t ELEMENT_TYPE_UINT8 = WEAVEHEAP_ELEMENT_TYPE_UINT8;
%constant int32_t ELEMENT_TYPE_UINT16 = WEAVEHEAP_ELEMENT_TYPE_UINT16;
%constant int32_t ELEMENT_TYPE_UINT32 = WEAVEHEAP_ELEMENT_TYPE_UINT32;
%constant int32_t ELEMENT_TYPE_UINT64 = WEAVEHEAP_ELEMENT_TYPE_UINT64;
%constant int32_t ELEMENT_TYPE_FLOAT32 = WEAVEHEAP_ELEMENT_TYPE_FLOAT32;
%constant int32_t ELEMENT_TYPE_FLOAT64 = WEAVEHEAP_ELEMENT_TYPE_FLOAT64;
%constant int32_t ELEMENT_TYPE_BOOLEAN = WEAVEHEAP_ELEMENT_TYPE_BOOLEAN;
%constant int32_t ELEMENT_TYPE_UTF8 = WEAVEHEAP_ELEMENT_TYPE_UTF8;
%constant int32_t ELEMENT_TYPE_BINARY = WEAVEHEAP_ELEMENT_TYPE_BINARY;
%constant uint32_t ABI_VERSION = WEAVEHEAP_ABI_VERSION;
%constant const char* IDL_HASH = WEAVEHEAP_IDL_HASH;

/* -- handles: 64-bit integers --------------------------------------------- */
typedef uint64_t weaveheap_handle_t;
typedef weaveheap_handle_t weaveheap_region_t;
typedef weaveheap_handle_t weaveheap_buffer_t;
typedef weaveheap_handle_t weaveheap_bytes_t;
typedef weaveheap_handle_t weaveheap_string_t;
typedef weaveheap_handle_t weaveheap_borrow_t;
typedef weaveheap_handle_t weaveheap_object_t;
typedef weaveheap_handle_t weaveheap_vector_t;
typedef weaveheap_handle_t weaveheap_batch_t;
typedef weaveheap_handle_t weaveheap_batch_stream_t;
typedef weaveheap_handle_t weaveheap_var_vector_t;
typedef weaveheap_handle_t weaveheap_list_vector_t;
typedef weaveheap_handle_t weaveheap_foreign_t;
typedef weaveheap_handle_t weaveheap_foreign_stream_t;
typedef int32_t weaveheap_error_code;
typedef int32_t weaveheap_handle_kind;
typedef int32_t weaveheap_element_type;

/* -- errors: the per-language hook ---------------------------------------- */
%typemap(in, numinputs=0, noblock=1) weaveheap_error* out_err (weaveheap_error err_temp = {0, NULL}) {
  $1 = &err_temp;
}
#ifndef WEAVEHEAP_SWIG_LANGUAGE_ERRORS
%typemap(freearg, noblock=1) weaveheap_error* out_err {
  weaveheap_error_clear($1);
}
%typemap(argout, noblock=1) weaveheap_error* out_err {
  if ($1->code != 0) {
    SWIG_exception(SWIG_RuntimeError, $1->message ? $1->message : weaveheap_strerror($1->code));
  }
}
#endif

/* -- byte arrays ----------------------------------------------------------- */
#ifndef WEAVEHEAP_SWIG_LANGUAGE_ARRAYS
%apply (const char *STRING, size_t LENGTH) { (const uint8_t* data, uint64_t data_len) };
%apply (const char *STRING, size_t LENGTH) { (const uint8_t* key, uint64_t key_len) };
%apply (const char *STRING, size_t LENGTH) { (const uint8_t* name, uint64_t name_len) };
%apply (const char *STRING, size_t LENGTH) { (const uint8_t* row, uint64_t row_len) };
%apply (const char *STRING, size_t LENGTH) { (const uint8_t* text, uint64_t text_len) };
%apply (const char *STRING, size_t LENGTH) { (const uint8_t* value, uint64_t value_len) };
%apply (const char *STRING, size_t LENGTH) { (const uint8_t* values, uint64_t values_len) };
#ifdef SWIG_AsVal_frag
/* Languages with SWIG's unified typemap library (Python, Ruby, Perl, Tcl ...). */
%typemap(in, noblock=1, fragment=SWIG_AsVal_frag(size_t)) (uint8_t* dst, uint64_t dst_len) (size_t size_temp = 0, uint8_t* buf_temp = NULL) {
  if (!SWIG_IsOK(SWIG_AsVal(size_t)($input, &size_temp))) {
    SWIG_exception_fail(SWIG_TypeError, "in method '$symname', expected a size in bytes");
  }
  buf_temp = (uint8_t*)calloc(size_temp ? size_temp : 1, 1);
  if (!buf_temp) {
    SWIG_exception_fail(SWIG_MemoryError, "in method '$symname', no memory for the bytes to read");
  }
  $1 = buf_temp;
  $2 = (uint64_t)size_temp;
}
%typemap(argout, noblock=1, fragment="SWIG_FromCharPtrAndSize") (uint8_t* dst, uint64_t dst_len) {
  %append_output(SWIG_FromCharPtrAndSize((const char*)$1, (size_t)$2));
}
%typemap(freearg, noblock=1) (uint8_t* dst, uint64_t dst_len) {
  free(buf_temp$argnum);
}
#else
/* Others (Java: byte[] copied back): the buffer to fill is an argument. */
%apply (char *STRING, size_t LENGTH) { (uint8_t* dst, uint64_t dst_len) };
#endif
#endif

/* -- out structs: filled by the call, returned as a new object ------------ */
#ifdef SWIG_AsVal_frag
%typemap(in, numinputs=0, noblock=1) weaveheap_view* view (weaveheap_view out_temp) {
  memset(&out_temp, 0, sizeof out_temp);
  $1 = &out_temp;
}
%typemap(argout, noblock=1) weaveheap_view* view {
  %append_output(SWIG_NewPointerObj(%new_copy(*$1, weaveheap_view), $descriptor(weaveheap_view*), SWIG_POINTER_OWN));
}
%typemap(in, numinputs=0, noblock=1) weaveheap_stats* out (weaveheap_stats out_temp) {
  memset(&out_temp, 0, sizeof out_temp);
  $1 = &out_temp;
}
%typemap(argout, noblock=1) weaveheap_stats* out {
  %append_output(SWIG_NewPointerObj(%new_copy(*$1, weaveheap_stats), $descriptor(weaveheap_stats*), SWIG_POINTER_OWN));
}
#endif

/* -- results the caller owns: copied out, then freed by the core ---------- */
%typemap(newfree) char* "weaveheap_free_string($1);";
#ifdef SWIG_AsVal_frag
%typemap(in, numinputs=0, noblock=1) uint64_t* out_len (uint64_t len_temp = 0) {
  $1 = &len_temp;
}
#ifndef WEAVEHEAP_SWIG_LANGUAGE_ARRAYS
%typemap(argout, noblock=1, fragment="SWIG_FromCharPtrAndSize") uint64_t* out_len {
  if (result) {
    %append_output(SWIG_FromCharPtrAndSize((const char*)result, (size_t)*$1));
    weaveheap_free_bytes(result, *$1);
  }
}
#endif
%typemap(out, noblock=1) uint8_t* weaveheap_bytes_dup "";
%typemap(out, noblock=1) uint8_t* weaveheap_var_vector_get "";
#endif
%newobject weaveheap_string_dup;
%newobject weaveheap_batch_column_name;
%newobject weaveheap_foreign_format;

/* -- addresses: `ptr` fields read as integers ------------------------------ */
#ifdef SWIG_AsVal_frag
%typemap(out, noblock=1, fragment=SWIG_From_frag(unsigned long long)) uint8_t* data {
  %set_output(SWIG_From(unsigned long long)((unsigned long long)(uintptr_t)$1));
}
#endif

/* -- structs --------------------------------------------------------------- */
%ignore weaveheap_error;
#ifndef WEAVEHEAP_SWIG_LANGUAGE_NAMES
%rename(View) weaveheap_view;
#endif
%immutable;
%feature("docstring") weaveheap_view "A window on memory owned by the core, valid exactly as long as the borrow token returned with it.";
typedef struct weaveheap_view {
  uint8_t* data;
  uint64_t length;
  bool writable;
} weaveheap_view;
%mutable;

#ifndef WEAVEHEAP_SWIG_LANGUAGE_NAMES
%rename(Stats) weaveheap_stats;
#endif
%immutable;
%feature("docstring") weaveheap_stats "The core's counters, for one region or for the whole process.";
typedef struct weaveheap_stats {
  uint64_t allocations;
  uint64_t releases;
  uint64_t bytes_allocated;
  uint64_t bytes_live;
  uint64_t bytes_peak;
  uint64_t bytes_reserved;
  uint64_t borrows_taken;
  uint64_t borrows_active;
  uint64_t borrow_conflicts;
  uint64_t stale_rejected;
  uint64_t copies;
  uint64_t copy_bytes;
  uint64_t regions_live;
  uint64_t imports;
} weaveheap_stats;
%mutable;

#ifndef WEAVEHEAP_SWIG_LANGUAGE_NAMES
%rename(RegionOptions) weaveheap_region_options;
#endif
%feature("docstring") weaveheap_region_options "How a region is made. A zeroed struct (or NULL) asks for the defaults.";
typedef struct weaveheap_region_options {
  uint64_t chunk_size;
  uint64_t byte_limit;
  bool thread_safe;
} weaveheap_region_options;

/* -- functions ------------------------------------------------------------- */
%ignore weaveheap_free_string;
%ignore weaveheap_free_bytes;
%ignore weaveheap_error_clear;
%ignore weaveheap_vector_export_arrow;
%ignore weaveheap_var_vector_export_arrow;
%ignore weaveheap_batch_export_arrow;
%ignore weaveheap_list_vector_export_arrow;
%ignore weaveheap_batch_stream_export_arrow;
%ignore weaveheap_foreign_import_array;
%ignore weaveheap_foreign_export_arrow;

%rename(version_number) weaveheap_version_number;
%feature("docstring") weaveheap_version_number "The version this library was built as: major * 1000000 + minor * 1000 + patch. Compare with WEAVEHEAP_VERSION_NUMBER to see what a binding was generated for.\nThreads: any thread.";
uint32_t weaveheap_version_number(void);

%rename(version_string) weaveheap_version_string;
%feature("docstring") weaveheap_version_string "The version as \"major.minor.patch\".\nThreads: any thread.";
const char* weaveheap_version_string(void);

%rename(abi_version) weaveheap_abi_version;
%feature("docstring") weaveheap_abi_version "The ABI version; bindings generated for another ABI must not load.\nThreads: any thread.";
uint32_t weaveheap_abi_version(void);

%rename(idl_hash) weaveheap_idl_hash;
%feature("docstring") weaveheap_idl_hash "The SHA-256 of the IDL this library was built from, in hex.\nThreads: any thread.";
const char* weaveheap_idl_hash(void);

%rename(strerror) weaveheap_strerror;
%feature("docstring") weaveheap_strerror "A static description of an error code; unknown codes give \"unknown error\".\nThreads: any thread.";
const char* weaveheap_strerror(int32_t code);

%rename(region_create) weaveheap_region_create;
%feature("docstring") weaveheap_region_create "Makes a region.\n\nErrors: invalid_argument, out_of_memory; a failed call changes nothing.\nThreads: any thread.";
weaveheap_region_t weaveheap_region_create(const weaveheap_region_options* options, weaveheap_error* out_err);

%rename(region_destroy) weaveheap_region_destroy;
%feature("docstring") weaveheap_region_destroy "Destroys a region: frees every object in it at once, returns its chunks, and makes every handle of it stale. Fails, changing nothing, while any object of the region is borrowed.\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind, borrowed; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_region_destroy(weaveheap_region_t region, weaveheap_error* out_err);

%rename(region_reset) weaveheap_region_reset;
%feature("docstring") weaveheap_region_reset "Frees every object in the region at once and makes their handles stale, keeping the region's chunks for reuse. Costs per chunk, not per object. Fails, changing nothing, while any object is borrowed.\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind, borrowed; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_region_reset(weaveheap_region_t region, weaveheap_error* out_err);

%rename(region_stats) weaveheap_region_stats;
%feature("docstring") weaveheap_region_stats "Reads the region's counters into `out`.\n\nErrors: invalid_argument, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread.";
void weaveheap_region_stats(weaveheap_region_t region, weaveheap_stats* out, weaveheap_error* out_err);

%rename(buffer_alloc) weaveheap_buffer_alloc;
%feature("docstring") weaveheap_buffer_alloc "Allocates `size` bytes aligned to `align` (a power of two up to `max_align`). The bytes are zeroed.\n\nErrors: invalid_argument, out_of_memory, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
weaveheap_buffer_t weaveheap_buffer_alloc(weaveheap_region_t region, uint64_t size, uint64_t align = 16, weaveheap_error* out_err = NULL);

%rename(buffer_release) weaveheap_buffer_release;
%feature("docstring") weaveheap_buffer_release "Releases a buffer; its handle becomes stale. The memory returns to the region at its next reset or destroy. Fails while it is borrowed.\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind, borrowed; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_buffer_release(weaveheap_buffer_t buffer, weaveheap_error* out_err);

%rename(buffer_size) weaveheap_buffer_size;
%feature("docstring") weaveheap_buffer_size "The buffer's size in bytes.\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_buffer_size(weaveheap_buffer_t buffer, weaveheap_error* out_err);

%rename(buffer_write) weaveheap_buffer_write;
%feature("docstring") weaveheap_buffer_write "Copies `data` into the buffer at `offset` (counted as a copy). The owner may write only while no borrow is outstanding.\n\nErrors: invalid_argument, out_of_range, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_buffer_write(weaveheap_buffer_t buffer, uint64_t offset, const uint8_t* data, uint64_t data_len, weaveheap_error* out_err);

%rename(buffer_read) weaveheap_buffer_read;
%feature("docstring") weaveheap_buffer_read "Copies bytes from `offset` into `dst` (counted as a copy). Fails while a unique borrow is outstanding.\n\nErrors: invalid_argument, out_of_range, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_buffer_read(weaveheap_buffer_t buffer, uint64_t offset, uint8_t* dst, uint64_t dst_len, weaveheap_error* out_err);

%rename(bytes_create) weaveheap_bytes_create;
%feature("docstring") weaveheap_bytes_create "Copies `data` into a new bytes object (counted as a copy).\n\nErrors: invalid_argument, out_of_memory, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
weaveheap_bytes_t weaveheap_bytes_create(weaveheap_region_t region, const uint8_t* data, uint64_t data_len, weaveheap_error* out_err);

%rename(bytes_release) weaveheap_bytes_release;
%feature("docstring") weaveheap_bytes_release "Releases a bytes object. Fails while it is borrowed.\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind, borrowed; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_bytes_release(weaveheap_bytes_t bytes, weaveheap_error* out_err);

%rename(bytes_length) weaveheap_bytes_length;
%feature("docstring") weaveheap_bytes_length "The length in bytes.\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_bytes_length(weaveheap_bytes_t bytes, weaveheap_error* out_err);

%rename(bytes_dup) weaveheap_bytes_dup;
%feature("docstring") weaveheap_bytes_dup "A copy of the bytes in memory the caller owns (counted as a copy); free it with `free_bytes`. An empty object gives a non-NULL pointer.\n\nErrors: invalid_argument, out_of_memory, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint8_t* weaveheap_bytes_dup(weaveheap_bytes_t bytes, uint64_t* out_len, weaveheap_error* out_err);

%rename(string_create) weaveheap_string_create;
%feature("docstring") weaveheap_string_create "Validates `text` as UTF-8 and copies it into a new string (counted as a copy). Invalid input fails with the byte offset of the first bad sequence in the message.\n\nErrors: invalid_argument, invalid_utf8, out_of_memory, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
weaveheap_string_t weaveheap_string_create(weaveheap_region_t region, const uint8_t* text, uint64_t text_len, weaveheap_error* out_err);

%rename(string_release) weaveheap_string_release;
%feature("docstring") weaveheap_string_release "Releases a string. Fails while it is borrowed.\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind, borrowed; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_string_release(weaveheap_string_t string, weaveheap_error* out_err);

%rename(string_length) weaveheap_string_length;
%feature("docstring") weaveheap_string_length "The length in bytes, without the trailing NUL.\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_string_length(weaveheap_string_t string, weaveheap_error* out_err);

%rename(string_dup) weaveheap_string_dup;
%feature("docstring") weaveheap_string_dup "A NUL-terminated copy the caller owns (counted as a copy); free it with `free_string`.\n\nErrors: out_of_memory, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
char* weaveheap_string_dup(weaveheap_string_t string, weaveheap_error* out_err);

%rename(vector_create) weaveheap_vector_create;
%feature("docstring") weaveheap_vector_create "Makes an empty vector of `type` with room for `capacity` values, and a validity bitmap when `nullable`. Its memory (values, then the bitmap, each 64-byte aligned) is taken from the region at once. `utf8` and `binary` are invalid_argument here (they vary in size: `var_vector.create`).\n\nErrors: invalid_argument, out_of_memory, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
weaveheap_vector_t weaveheap_vector_create(weaveheap_region_t region, weaveheap_element_type type, uint64_t capacity, bool nullable = false, weaveheap_error* out_err = NULL);

%rename(vector_release) weaveheap_vector_release;
%feature("docstring") weaveheap_vector_release "Releases a vector. Fails while it is borrowed (a view or an Arrow export is live).\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind, borrowed; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_vector_release(weaveheap_vector_t vector, weaveheap_error* out_err);

%rename(vector_length) weaveheap_vector_length;
%feature("docstring") weaveheap_vector_length "The number of values (nulls included).\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_vector_length(weaveheap_vector_t vector, weaveheap_error* out_err);

%rename(vector_capacity) weaveheap_vector_capacity;
%feature("docstring") weaveheap_vector_capacity "The number of values it has room for.\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_vector_capacity(weaveheap_vector_t vector, weaveheap_error* out_err);

%rename(vector_resize) weaveheap_vector_resize;
%feature("docstring") weaveheap_vector_resize "Gives the vector room for `capacity` values (more or fewer): a new allocation from the region, the values and validity bitmap copied into it (counted as a copy), the old memory given back as a release gives it. A capacity below the length is invalid_argument; one whose bytes pass the maximum size or the region's byte limit (the old memory still counts while the new is taken) out_of_memory. Fails while the vector is borrowed (a view, an Arrow export, a batch). A refused resize changes nothing.\n\nErrors: invalid_argument, out_of_memory, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_vector_resize(weaveheap_vector_t vector, uint64_t capacity, weaveheap_error* out_err);

%rename(vector_element_type) weaveheap_vector_element_type;
%feature("docstring") weaveheap_vector_element_type "The type of its values.\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
weaveheap_element_type weaveheap_vector_element_type(weaveheap_vector_t vector, weaveheap_error* out_err);

%rename(vector_null_count) weaveheap_vector_null_count;
%feature("docstring") weaveheap_vector_null_count "The number of null values.\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_vector_null_count(weaveheap_vector_t vector, weaveheap_error* out_err);

%rename(vector_append) weaveheap_vector_append;
%feature("docstring") weaveheap_vector_append "Appends an integer (0 or 1 for `boolean`). A value the type cannot hold, or a full vector, is out_of_range; a float vector is invalid_argument (append its values with `append_f64` or `extend`).\n\nErrors: invalid_argument, out_of_range, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_vector_append(weaveheap_vector_t vector, int64_t value, weaveheap_error* out_err);

%rename(vector_extend) weaveheap_vector_extend;
%feature("docstring") weaveheap_vector_extend "Appends the values in `data`, in the machine's byte order, `data` holding a whole number of them (one byte per value, 0 or 1, for `boolean`); counted as a copy. Past the capacity it is out_of_range and appends nothing.\n\nErrors: invalid_argument, out_of_range, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_vector_extend(weaveheap_vector_t vector, const uint8_t* data, uint64_t data_len, weaveheap_error* out_err);

%rename(vector_append_null) weaveheap_vector_append_null;
%feature("docstring") weaveheap_vector_append_null "Appends a null (its value bytes are zero). A vector made without `nullable` refuses it with invalid_argument.\n\nErrors: invalid_argument, out_of_range, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_vector_append_null(weaveheap_vector_t vector, weaveheap_error* out_err);

%rename(vector_set) weaveheap_vector_set;
%feature("docstring") weaveheap_vector_set "Sets the value at `index` (below the length) and marks it valid; the value's checks are those of `append`.\n\nErrors: invalid_argument, out_of_range, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_vector_set(weaveheap_vector_t vector, uint64_t index, int64_t value, weaveheap_error* out_err);

%rename(vector_get) weaveheap_vector_get;
%feature("docstring") weaveheap_vector_get "The integer at `index` (a null reads as 0). A float vector is invalid_argument (read it with `get_f64`), a uint64 above the largest i64 out_of_range. Fails while a unique borrow is outstanding.\n\nErrors: invalid_argument, out_of_range, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
int64_t weaveheap_vector_get(weaveheap_vector_t vector, uint64_t index, weaveheap_error* out_err);

%rename(vector_append_f64) weaveheap_vector_append_f64;
%feature("docstring") weaveheap_vector_append_f64 "Appends a floating-point value to a float32 or float64 vector (a float32 vector stores it rounded to the nearest float; a finite value beyond float32's range is out_of_range, NaN and infinities are kept). An integer or boolean vector is invalid_argument, a full one out_of_range.\n\nErrors: invalid_argument, out_of_range, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_vector_append_f64(weaveheap_vector_t vector, double value, weaveheap_error* out_err);

%rename(vector_set_f64) weaveheap_vector_set_f64;
%feature("docstring") weaveheap_vector_set_f64 "Sets the float at `index` (below the length, else out_of_range, for any type) and marks it valid; the value's checks are those of `append_f64`.\n\nErrors: invalid_argument, out_of_range, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_vector_set_f64(weaveheap_vector_t vector, uint64_t index, double value, weaveheap_error* out_err);

%rename(vector_get_f64) weaveheap_vector_get_f64;
%feature("docstring") weaveheap_vector_get_f64 "The float at `index` (a null reads as 0; a float32 widened exactly). An index at or past the length is out_of_range (for any type), an integer or boolean vector invalid_argument. Fails while a unique borrow is outstanding.\n\nErrors: invalid_argument, out_of_range, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
double weaveheap_vector_get_f64(weaveheap_vector_t vector, uint64_t index, weaveheap_error* out_err);

%rename(vector_is_valid) weaveheap_vector_is_valid;
%feature("docstring") weaveheap_vector_is_valid "Whether the value at `index` is not null.\n\nErrors: out_of_range, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
bool weaveheap_vector_is_valid(weaveheap_vector_t vector, uint64_t index, weaveheap_error* out_err);

%rename(vector_read) weaveheap_vector_read;
%feature("docstring") weaveheap_vector_read "Copies value bytes from `offset` into `dst` (counted as a copy), as a view would show them. Fails while a unique borrow is outstanding.\n\nErrors: invalid_argument, out_of_range, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_vector_read(weaveheap_vector_t vector, uint64_t offset, uint8_t* dst, uint64_t dst_len, weaveheap_error* out_err);

%rename(var_vector_create) weaveheap_var_vector_create;
%feature("docstring") weaveheap_var_vector_create "Makes an empty column of `utf8` values (Arrow's \"u\": UTF-8 strings of any size), or of `binary` ones (\"z\": byte strings) when `binary`, with room for `capacity` values holding `data_capacity` bytes in all (at most 2^31 - 1: Arrow's offsets are int32), and a validity bitmap when `nullable`. Its memory (the data, the capacity + 1 offsets, then the bitmap, each 64-byte aligned) is taken from the region at once. Sizes are checked in 64 bits: one that no region can hold, or past the region's byte limit, is out_of_memory.\n\nErrors: invalid_argument, out_of_memory, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
weaveheap_var_vector_t weaveheap_var_vector_create(weaveheap_region_t region, uint64_t capacity, uint64_t data_capacity, bool nullable = false, bool binary = false, weaveheap_error* out_err = NULL);

%rename(var_vector_release) weaveheap_var_vector_release;
%feature("docstring") weaveheap_var_vector_release "Releases a column. Fails while it is borrowed (a view, an Arrow export or a batch holds it).\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind, borrowed; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_var_vector_release(weaveheap_var_vector_t vector, weaveheap_error* out_err);

%rename(var_vector_length) weaveheap_var_vector_length;
%feature("docstring") weaveheap_var_vector_length "The number of values (nulls included).\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_var_vector_length(weaveheap_var_vector_t vector, weaveheap_error* out_err);

%rename(var_vector_capacity) weaveheap_var_vector_capacity;
%feature("docstring") weaveheap_var_vector_capacity "The number of values it has room for.\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_var_vector_capacity(weaveheap_var_vector_t vector, weaveheap_error* out_err);

%rename(var_vector_data_length) weaveheap_var_vector_data_length;
%feature("docstring") weaveheap_var_vector_data_length "The number of data bytes its values hold so far.\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_var_vector_data_length(weaveheap_var_vector_t vector, weaveheap_error* out_err);

%rename(var_vector_data_capacity) weaveheap_var_vector_data_capacity;
%feature("docstring") weaveheap_var_vector_data_capacity "The number of data bytes it has room for.\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_var_vector_data_capacity(weaveheap_var_vector_t vector, weaveheap_error* out_err);

%rename(var_vector_resize) weaveheap_var_vector_resize;
%feature("docstring") weaveheap_var_vector_resize "Gives the column room for `capacity` values holding `data_capacity` data bytes (more or less): a new allocation from the region, the data, offsets and validity bitmap copied into it (counted as a copy), the old memory given back as a release gives it. A capacity below the length, or a data capacity below the data length, is invalid_argument; sizes past the maximum or the region's byte limit (the old memory still counts while the new is taken) out_of_memory. Fails while the column is borrowed (a view, an Arrow export, a batch). A refused resize changes nothing.\n\nErrors: invalid_argument, out_of_memory, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_var_vector_resize(weaveheap_var_vector_t vector, uint64_t capacity, uint64_t data_capacity, weaveheap_error* out_err);

%rename(var_vector_null_count) weaveheap_var_vector_null_count;
%feature("docstring") weaveheap_var_vector_null_count "The number of null values.\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_var_vector_null_count(weaveheap_var_vector_t vector, weaveheap_error* out_err);

%rename(var_vector_is_utf8) weaveheap_var_vector_is_utf8;
%feature("docstring") weaveheap_var_vector_is_utf8 "Whether its values are UTF-8 text (`utf8`) rather than bytes (`binary`).\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
bool weaveheap_var_vector_is_utf8(weaveheap_var_vector_t vector, weaveheap_error* out_err);

%rename(var_vector_append) weaveheap_var_vector_append;
%feature("docstring") weaveheap_var_vector_append "Appends a value (counted as a copy). In a `utf8` column a value that is not UTF-8 is invalid_utf8 (the message names the byte); a full column (values or data bytes) is out_of_range. A refused value adds nothing.\n\nErrors: invalid_argument, invalid_utf8, out_of_range, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_var_vector_append(weaveheap_var_vector_t vector, const uint8_t* value, uint64_t value_len, weaveheap_error* out_err);

%rename(var_vector_append_null) weaveheap_var_vector_append_null;
%feature("docstring") weaveheap_var_vector_append_null "Appends a null (an empty value). A column made without `nullable` refuses it with invalid_argument; a full one is out_of_range.\n\nErrors: invalid_argument, out_of_range, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_var_vector_append_null(weaveheap_var_vector_t vector, weaveheap_error* out_err);

%rename(var_vector_get) weaveheap_var_vector_get;
%feature("docstring") weaveheap_var_vector_get "A copy of the value at `index` (below the length, else out_of_range) in memory the caller owns (counted as a copy; a null is empty); free it with `free_bytes`. Fails while a unique borrow is outstanding.\n\nErrors: invalid_argument, out_of_range, out_of_memory, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint8_t* weaveheap_var_vector_get(weaveheap_var_vector_t vector, uint64_t index, uint64_t* out_len, weaveheap_error* out_err);

%rename(var_vector_value_offset) weaveheap_var_vector_value_offset;
%feature("docstring") weaveheap_var_vector_value_offset "Where the value at `index` starts in the data bytes (what a view shows): with `value_length`, the value read in place.\n\nErrors: out_of_range, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_var_vector_value_offset(weaveheap_var_vector_t vector, uint64_t index, weaveheap_error* out_err);

%rename(var_vector_value_length) weaveheap_var_vector_value_length;
%feature("docstring") weaveheap_var_vector_value_length "The length in bytes of the value at `index` (0 for a null).\n\nErrors: out_of_range, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_var_vector_value_length(weaveheap_var_vector_t vector, uint64_t index, weaveheap_error* out_err);

%rename(var_vector_is_valid) weaveheap_var_vector_is_valid;
%feature("docstring") weaveheap_var_vector_is_valid "Whether the value at `index` is not null.\n\nErrors: out_of_range, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
bool weaveheap_var_vector_is_valid(weaveheap_var_vector_t vector, uint64_t index, weaveheap_error* out_err);

%rename(var_vector_read) weaveheap_var_vector_read;
%feature("docstring") weaveheap_var_vector_read "Copies data bytes from `offset` into `dst` (counted as a copy), as a view would show them. Fails while a unique borrow is outstanding.\n\nErrors: invalid_argument, out_of_range, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_var_vector_read(weaveheap_var_vector_t vector, uint64_t offset, uint8_t* dst, uint64_t dst_len, weaveheap_error* out_err);

%rename(batch_create) weaveheap_batch_create;
%feature("docstring") weaveheap_batch_create "Makes an empty batch in `region` with room for `max_columns` columns (1 to 4096). Its record (the columns' handles, borrows and names) is taken from the region at once.\n\nErrors: invalid_argument, out_of_memory, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
weaveheap_batch_t weaveheap_batch_create(weaveheap_region_t region, uint32_t max_columns, weaveheap_error* out_err);

%rename(batch_release) weaveheap_batch_release;
%feature("docstring") weaveheap_batch_release "Releases a batch and gives back the borrows of its columns (the vectors stay, their owner's again). Fails while an Arrow export of the batch is live.\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind, borrowed; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_batch_release(weaveheap_batch_t batch, weaveheap_error* out_err);

%rename(batch_add_column) weaveheap_batch_add_column;
%feature("docstring") weaveheap_batch_add_column "Adds `column` under `name` (1 to 63 bytes of UTF-8, unique in the batch), taking a shared borrow of it until the batch is released. The column must be in the batch's region and have as many values as the columns already there; a full batch, a bad or repeated name or a length that differs is invalid_argument (the message names the column), an outstanding unique borrow of the column borrow_conflict. A refused column is not added and not borrowed.\n\nErrors: invalid_argument, borrowed, borrow_conflict, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_batch_add_column(weaveheap_batch_t batch, const uint8_t* name, uint64_t name_len, weaveheap_handle_t column, weaveheap_error* out_err);

%rename(batch_num_columns) weaveheap_batch_num_columns;
%feature("docstring") weaveheap_batch_num_columns "The number of columns.\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_batch_num_columns(weaveheap_batch_t batch, weaveheap_error* out_err);

%rename(batch_num_rows) weaveheap_batch_num_rows;
%feature("docstring") weaveheap_batch_num_rows "The number of rows: the length of every column (0 with no column).\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_batch_num_rows(weaveheap_batch_t batch, weaveheap_error* out_err);

%rename(batch_column_name) weaveheap_batch_column_name;
%feature("docstring") weaveheap_batch_column_name "A copy of the name of column `index` (below `num_columns`, else out_of_range) that the caller owns (counted as a copy); free it with `free_string`.\n\nErrors: out_of_range, out_of_memory, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
char* weaveheap_batch_column_name(weaveheap_batch_t batch, uint64_t index, weaveheap_error* out_err);

%rename(batch_validate) weaveheap_batch_validate;
%feature("docstring") weaveheap_batch_validate "Checks every column against the Arrow layout, in place: its length is the batch's rows, its validity bitmap holds its null count, its buffers hold its values, a `utf8` or `binary` column's offsets start at 0 or more, never decrease and stay within its data, and a `utf8` column's values are UTF-8. The first fault is a typed error whose message names the column and the row: invalid_argument (a length or null count), out_of_range (an offset, a buffer too small), invalid_utf8. Changes nothing, copies nothing.\n\nErrors: invalid_argument, invalid_utf8, out_of_range, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_batch_validate(weaveheap_batch_t batch, weaveheap_error* out_err);

%rename(batch_append_row) weaveheap_batch_append_row;
%feature("docstring") weaveheap_batch_append_row "Appends one row to the batch's columns, all or nothing. `row` holds, for each column in order, a tag byte (0: null, 1: a value) and, for a value, its bytes: a fixed-width column's value in the machine's byte order (one byte, 0 or 1, for `boolean`), a `utf8` or `binary` value as a u32 length in the machine's byte order and then its bytes (docs/arrow.md). Counted as one copy. A malformed row, a null in a column made without `nullable`, a bad boolean or a `utf8` value that is not UTF-8 is invalid_argument, a full column out_of_range (the message names the column); a live export of the batch, or a column that another holder (a view, an export, another batch) borrows, is borrowed. A refused row changes no column.\n\nErrors: invalid_argument, out_of_range, out_of_memory, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_batch_append_row(weaveheap_batch_t batch, const uint8_t* row, uint64_t row_len, weaveheap_error* out_err);

%rename(list_vector_create) weaveheap_list_vector_create;
%feature("docstring") weaveheap_list_vector_create "Makes an empty list column with room for `capacity` lists over `child` (a column of `region`, empty, not borrowed unique), and a validity bitmap when `nullable`; it holds a shared borrow of `child` until it is released. With `map`, the child must be a batch of two columns whose first (the key) is not nullable: a map column (\"+m\"). A bad child, a nesting deeper than 16 levels or a capacity above max_size is invalid_argument, a child borrowed unique borrow_conflict. A refused list borrows nothing.\n\nErrors: invalid_argument, out_of_memory, borrow_conflict, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
weaveheap_list_vector_t weaveheap_list_vector_create(weaveheap_region_t region, weaveheap_handle_t child, uint64_t capacity, bool nullable = false, bool map = false, weaveheap_error* out_err = NULL);

%rename(list_vector_release) weaveheap_list_vector_release;
%feature("docstring") weaveheap_list_vector_release "Releases a list column and gives back the borrow of its child (the child stays, its owner's again). Fails while it is borrowed (an Arrow export or a batch holds it).\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind, borrowed; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_list_vector_release(weaveheap_list_vector_t list, weaveheap_error* out_err);

%rename(list_vector_length) weaveheap_list_vector_length;
%feature("docstring") weaveheap_list_vector_length "The number of lists (nulls included).\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_list_vector_length(weaveheap_list_vector_t list, weaveheap_error* out_err);

%rename(list_vector_capacity) weaveheap_list_vector_capacity;
%feature("docstring") weaveheap_list_vector_capacity "The number of lists it has room for.\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_list_vector_capacity(weaveheap_list_vector_t list, weaveheap_error* out_err);

%rename(list_vector_null_count) weaveheap_list_vector_null_count;
%feature("docstring") weaveheap_list_vector_null_count "The number of null lists.\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_list_vector_null_count(weaveheap_list_vector_t list, weaveheap_error* out_err);

%rename(list_vector_is_map) weaveheap_list_vector_is_map;
%feature("docstring") weaveheap_list_vector_is_map "Whether it is a map column.\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
bool weaveheap_list_vector_is_map(weaveheap_list_vector_t list, weaveheap_error* out_err);

%rename(list_vector_is_valid) weaveheap_list_vector_is_valid;
%feature("docstring") weaveheap_list_vector_is_valid "Whether the list at `index` is not null.\n\nErrors: out_of_range, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
bool weaveheap_list_vector_is_valid(weaveheap_list_vector_t list, uint64_t index, weaveheap_error* out_err);

%rename(list_vector_value_offset) weaveheap_list_vector_value_offset;
%feature("docstring") weaveheap_list_vector_value_offset "The child row of the first item of the list at `index`.\n\nErrors: out_of_range, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_list_vector_value_offset(weaveheap_list_vector_t list, uint64_t index, weaveheap_error* out_err);

%rename(list_vector_value_length) weaveheap_list_vector_value_length;
%feature("docstring") weaveheap_list_vector_value_length "The number of items of the list at `index` (0 for a null).\n\nErrors: out_of_range, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_list_vector_value_length(weaveheap_list_vector_t list, uint64_t index, weaveheap_error* out_err);

%rename(list_vector_append) weaveheap_list_vector_append;
%feature("docstring") weaveheap_list_vector_append "Appends one list, all or nothing: `value` is a u32 count in the machine's byte order, then that many child values, each encoded as `batch.append_row` encodes one column's value (docs/arrow.md). Counted as one copy. A malformed value is invalid_argument, a full column (the list's or a child's) out_of_range (the message names the column and the byte); a list with a live export or in a batch, or a child that another holder borrows, is borrowed. A refused value changes no column.\n\nErrors: invalid_argument, out_of_range, out_of_memory, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_list_vector_append(weaveheap_list_vector_t list, const uint8_t* value, uint64_t value_len, weaveheap_error* out_err);

%rename(list_vector_append_null) weaveheap_list_vector_append_null;
%feature("docstring") weaveheap_list_vector_append_null "Appends a null (an empty list). A column made without `nullable` refuses it with invalid_argument, a full one with out_of_range.\n\nErrors: invalid_argument, out_of_range, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_list_vector_append_null(weaveheap_list_vector_t list, weaveheap_error* out_err);

%rename(list_vector_lookup) weaveheap_list_vector_lookup;
%feature("docstring") weaveheap_list_vector_lookup "The child row of the first entry of map `index` whose key equals `key`, or -1 when it has none (a failed call returns 0, as every failed call does): read the value with the value column's `get(row)`. `key` is the key's bytes without a tag: a fixed-width key exactly its type's width in the machine's byte order (else invalid_argument), a utf8 or binary key its bytes. An index past the length is out_of_range, a list that is not a map invalid_argument. Copies nothing.\n\nErrors: invalid_argument, out_of_range, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
int64_t weaveheap_list_vector_lookup(weaveheap_list_vector_t map, uint64_t index, const uint8_t* key, uint64_t key_len, weaveheap_error* out_err);

%rename(batch_stream_create) weaveheap_batch_stream_create;
%feature("docstring") weaveheap_batch_stream_create "Makes an empty stream in `region` with room for `max_batches` batches (1 to 65536), taken from the region at once.\n\nErrors: invalid_argument, out_of_memory, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
weaveheap_batch_stream_t weaveheap_batch_stream_create(weaveheap_region_t region, uint32_t max_batches, weaveheap_error* out_err);

%rename(batch_stream_release) weaveheap_batch_stream_release;
%feature("docstring") weaveheap_batch_stream_release "Releases a stream and gives back the borrows of its batches. Fails while an Arrow export of the stream is live.\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind, borrowed; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_batch_stream_release(weaveheap_batch_stream_t stream, weaveheap_error* out_err);

%rename(batch_stream_add_batch) weaveheap_batch_stream_add_batch;
%feature("docstring") weaveheap_batch_stream_add_batch "Adds `batch` at the end, taking a shared borrow of it until the stream is released. The batch must be in the stream's region and have the first batch's schema (the same column names, types and nullability); a full stream or another schema is invalid_argument (the message says what differs). A refused batch is not added.\n\nErrors: invalid_argument, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_batch_stream_add_batch(weaveheap_batch_stream_t stream, weaveheap_batch_t batch, weaveheap_error* out_err);

%rename(batch_stream_num_batches) weaveheap_batch_stream_num_batches;
%feature("docstring") weaveheap_batch_stream_num_batches "The number of batches.\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_batch_stream_num_batches(weaveheap_batch_stream_t stream, weaveheap_error* out_err);

%rename(foreign_create) weaveheap_foreign_create;
%feature("docstring") weaveheap_foreign_create "A foreign array of `type` (a fixed-width one: not boolean, utf8 or binary, which are invalid_argument) whose producer is the core: a copy of `values` (a whole number of values in the machine's byte order, else invalid_argument) in memory of its own, counted as a copy and not as an import. For the languages with no Arrow library to import from, and for tests: its views and export behave as an import's.\n\nErrors: invalid_argument, out_of_memory, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
weaveheap_foreign_t weaveheap_foreign_create(weaveheap_region_t region, weaveheap_element_type type, const uint8_t* values, uint64_t values_len, weaveheap_error* out_err);

%rename(foreign_release) weaveheap_foreign_release;
%feature("docstring") weaveheap_foreign_release "Releases a foreign: calls the producer's `release` of the array, then of the schema, once. Fails while it is borrowed (a view or an Arrow export of it is live).\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind, borrowed; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_foreign_release(weaveheap_foreign_t foreign, weaveheap_error* out_err);

%rename(foreign_length) weaveheap_foreign_length;
%feature("docstring") weaveheap_foreign_length "The number of values (the array's `length`).\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_foreign_length(weaveheap_foreign_t foreign, weaveheap_error* out_err);

%rename(foreign_null_count) weaveheap_foreign_null_count;
%feature("docstring") weaveheap_foreign_null_count "The number of nulls as the producer gave it (-1, unknown, reads as the largest u64).\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_foreign_null_count(weaveheap_foreign_t foreign, weaveheap_error* out_err);

%rename(foreign_offset) weaveheap_foreign_offset;
%feature("docstring") weaveheap_foreign_offset "The array's offset, in values, into its buffers.\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_foreign_offset(weaveheap_foreign_t foreign, weaveheap_error* out_err);

%rename(foreign_num_children) weaveheap_foreign_num_children;
%feature("docstring") weaveheap_foreign_num_children "The number of children (a struct's fields, a list's one).\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
uint64_t weaveheap_foreign_num_children(weaveheap_foreign_t foreign, weaveheap_error* out_err);

%rename(foreign_format) weaveheap_foreign_format;
%feature("docstring") weaveheap_foreign_format "A copy of the Arrow format string (\"l\", \"u\", \"+s\", \"+l\" ...) that the caller owns (counted as a copy); free it with `free_string`.\n\nErrors: out_of_memory, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
char* weaveheap_foreign_format(weaveheap_foreign_t foreign, weaveheap_error* out_err);

%rename(borrow_shared) weaveheap_borrow_shared;
%feature("docstring") weaveheap_borrow_shared "Takes a shared borrow: `view` is read-only and lives until the returned token is released. Fails with borrow_conflict while a unique borrow is outstanding.\n\nErrors: invalid_argument, out_of_memory, borrow_conflict, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
weaveheap_borrow_t weaveheap_borrow_shared(weaveheap_handle_t target, weaveheap_view* view, weaveheap_error* out_err);

%rename(borrow_unique) weaveheap_borrow_unique;
%feature("docstring") weaveheap_borrow_unique "Takes the unique borrow: no other borrow may be outstanding. The view is writable for a buffer (bytes, strings and vectors stay read-only).\n\nErrors: invalid_argument, out_of_memory, borrow_conflict, stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
weaveheap_borrow_t weaveheap_borrow_unique(weaveheap_handle_t target, weaveheap_view* view, weaveheap_error* out_err);

%rename(borrow_release) weaveheap_borrow_release;
%feature("docstring") weaveheap_borrow_release "Ends a borrow; the view must not be used again. A second release of the same token is a stale-handle error.\n\nErrors: stale_handle, reused_handle, forged_handle, wrong_kind; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
void weaveheap_borrow_release(weaveheap_borrow_t token, weaveheap_error* out_err);

%rename(handle_kind_of) weaveheap_handle_kind_of;
%feature("docstring") weaveheap_handle_kind_of "The kind of a live handle; a stale, reused or forged handle fails. Region handles may be checked from any thread; other handles follow their region's rule.\n\nErrors: stale_handle, reused_handle, forged_handle; a failed call changes nothing.\nThreads: any thread for a thread-safe region; otherwise only the thread that is using the region.";
weaveheap_handle_kind weaveheap_handle_kind_of(weaveheap_handle_t handle, weaveheap_error* out_err);

%rename(stats_global) weaveheap_stats_global;
%feature("docstring") weaveheap_stats_global "Reads the process-wide counters into `out`.\n\nErrors: invalid_argument; a failed call changes nothing.\nThreads: any thread.";
void weaveheap_stats_global(weaveheap_stats* out, weaveheap_error* out_err);

%rename(stats_set_enabled) weaveheap_stats_set_enabled;
%feature("docstring") weaveheap_stats_set_enabled "Turns counting on or off for the whole process (on by default). While off, the statistics keep their values; what the core itself relies on (bytes_live, bytes_reserved, borrows_active, regions_live, stale_rejected) stays exact.\nThreads: any thread.";
void weaveheap_stats_set_enabled(bool enabled);

%rename(stats_enabled) weaveheap_stats_enabled;
%feature("docstring") weaveheap_stats_enabled "Whether counting is on.\nThreads: any thread.";
bool weaveheap_stats_enabled(void);

%rename(publish_start) weaveheap_publish_start;
%feature("docstring") weaveheap_publish_start "Starts publishing: a background thread rewrites the file every `interval_ms` milliseconds (0 means the default, 250; at most 3600000). Called again while publishing, it changes the interval. Fails, changing nothing, when the directory is unsafe (not owned by this user, or open to group or others: invalid_argument, the message names it) or the file or thread cannot be made (system_error).\n\nErrors: invalid_argument, system_error; a failed call changes nothing.\nThreads: any thread.";
void weaveheap_publish_start(uint32_t interval_ms = 0, weaveheap_error* out_err = NULL);

%rename(publish_now) weaveheap_publish_now;
%feature("docstring") weaveheap_publish_now "Writes a snapshot now from the calling thread, creating the file first if this process is not publishing yet (without starting the background thread). Thread-safe regions are read under their lock; the table of any other region is exact when the caller is the thread using it, and best effort otherwise. Fails as `start` does.\n\nErrors: invalid_argument, system_error; a failed call changes nothing.\nThreads: any thread.";
void weaveheap_publish_now(weaveheap_error* out_err);

%rename(publish_stop) weaveheap_publish_stop;
%feature("docstring") weaveheap_publish_stop "Stops publishing and removes the file. A no-op when not publishing.\nThreads: any thread.";
void weaveheap_publish_stop(void);

%rename(publish_active) weaveheap_publish_active;
%feature("docstring") weaveheap_publish_active "Whether this process is publishing (its file exists).\nThreads: any thread.";
bool weaveheap_publish_active(void);
