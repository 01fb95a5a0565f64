/* The Arrow C Data Interface's structs, as the spec defines them (and nothing
 * of the core's): https://arrow.apache.org/docs/format/CDataInterface.html */
#ifndef WH_TEST_ARROW_SPEC_H
#define WH_TEST_ARROW_SPEC_H
#include <stdint.h>

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
#define ARROW_FLAG_NULLABLE 2
#endif
