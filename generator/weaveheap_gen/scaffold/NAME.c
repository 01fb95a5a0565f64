/* The implementation of @name@ (@name@.wh): what you write. The generated
 * entry points (generated/c/@name@_entry.c) resolve handles and take and
 * give back the borrows; `src` is the core's own memory, valid during the
 * call only. */
#include "@name@_impl.h"

uint64_t @name@_impl_sum(const weaveheap_view* src, uint64_t limit, weaveheap_error* err) {
    const uint8_t* p = src->data;
    uint64_t total = 0;
    for (uint64_t i = 0; i < src->length; i++) total += p[i];
    if (total > limit) {
        @name@_fail(err, @NAME@_ERR_OVER_LIMIT, "the sum %llu is over %llu", (unsigned long long)total,
                    (unsigned long long)limit);
        return 0;
    }
    return total;
}
