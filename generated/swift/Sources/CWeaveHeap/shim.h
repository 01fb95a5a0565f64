/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 ea006132c7d97580305bc2dce183c7385a0e40a5d11fd338a42b8d4cd4729930 */
/* weaveheap.h comes from the C include path, where pkg-config's Cflags put it
 * (the C SDK's include/), so that the Swift package and the core always agree. */
#ifndef WEAVEHEAP_SWIFT_SHIM_H
#define WEAVEHEAP_SWIFT_SHIM_H
#include <weaveheap.h>

/* The Arrow C Data and C Stream Interfaces' structs, as the spec defines them
 * (guarded as it asks): the raw exports hand out their addresses. */
#ifndef ARROW_C_DATA_INTERFACE
#define ARROW_C_DATA_INTERFACE
struct ArrowSchema {
    const char* format;
    const char* name;
    const char* metadata;
    int64_t flags;
    int64_t n_children;
    struct ArrowSchema** children;
    struct ArrowSchema* dictionary;
    void (*release)(struct ArrowSchema*);
    void* private_data;
};
struct ArrowArray {
    int64_t length;
    int64_t null_count;
    int64_t offset;
    int64_t n_buffers;
    int64_t n_children;
    const void** buffers;
    struct ArrowArray** children;
    struct ArrowArray* dictionary;
    void (*release)(struct ArrowArray*);
    void* private_data;
};
#endif
#ifndef ARROW_C_STREAM_INTERFACE
#define ARROW_C_STREAM_INTERFACE
struct ArrowArrayStream {
    int (*get_schema)(struct ArrowArrayStream*, struct ArrowSchema* out);
    int (*get_next)(struct ArrowArrayStream*, struct ArrowArray* out);
    const char* (*get_last_error)(struct ArrowArrayStream*);
    void (*release)(struct ArrowArrayStream*);
    void* private_data;
};
#endif
#endif
