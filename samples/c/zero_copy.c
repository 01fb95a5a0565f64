/* End-to-end sample: a region, a string and a buffer, a zero-copy view of
 * each, the borrow rules at work, and the counters. It exits non-zero on any
 * failure, and prints its success line last, once everything (the region's
 * destroy included) succeeded. */
#include <stdio.h>
#include <string.h>

#include "weaveheap.h"

static int check(weaveheap_error* err, const char* what) {
    if (err->code == 0) return 1;
    fprintf(stderr, "%s failed: %s\n", what, err->message);
    weaveheap_error_clear(err);
    return 0;
}

int main(void) {
    weaveheap_error err = {0};
    printf("weaveheap %s (ABI %u, IDL %.12s)\n", weaveheap_version_string(), weaveheap_abi_version(),
           weaveheap_idl_hash());
    weaveheap_region_t region = weaveheap_region_create(NULL, &err);
    if (!check(&err, "region_create")) return 1;

    const char* text = "héllo, weaveheap";
    weaveheap_string_t s = weaveheap_string_create(region, (const uint8_t*)text, strlen(text), &err);
    if (!check(&err, "string_create")) return 1;

    weaveheap_view v;
    weaveheap_borrow_t shared = weaveheap_borrow_shared(s, &v, &err);
    if (!check(&err, "borrow_shared")) return 1;
    printf("string view: \"%s\" (%llu bytes at %p, read-only)\n", (const char*)v.data,
           (unsigned long long)v.length, (void*)v.data);

    weaveheap_string_release(s, &err); /* refused: the view is live */
    printf("release while viewed: %s (%s)\n", weaveheap_strerror(err.code), err.message);
    int refused = err.code == WEAVEHEAP_ERR_BORROWED;
    weaveheap_error_clear(&err);
    weaveheap_borrow_release(shared, &err);
    if (!check(&err, "borrow_release")) return 1;

    weaveheap_buffer_t buf = weaveheap_buffer_alloc(region, 64, 64, &err);
    if (!check(&err, "buffer_alloc")) return 1;
    weaveheap_borrow_t unique = weaveheap_borrow_unique(buf, &v, &err);
    if (!check(&err, "borrow_unique")) return 1;
    memcpy(v.data, "written in place", 17); /* through the view: no copy */
    weaveheap_borrow_release(unique, &err);
    char back[17];
    weaveheap_buffer_read(buf, 0, (uint8_t*)back, sizeof back, &err); /* a counted copy */
    if (!check(&err, "buffer_read")) return 1;
    int written = memcmp(back, "written in place", sizeof back) == 0;
    printf("buffer: \"%s\" (aligned to 64: %s)\n", back, ((uintptr_t)v.data % 64) == 0 ? "yes" : "no");

    weaveheap_stats st;
    weaveheap_region_stats(region, &st, &err);
    if (!check(&err, "region_stats")) return 1;
    printf("counters: allocations=%llu bytes_live=%llu borrows_taken=%llu borrows_active=%llu "
           "copies=%llu copy_bytes=%llu borrow_conflicts=%llu\n",
           (unsigned long long)st.allocations, (unsigned long long)st.bytes_live,
           (unsigned long long)st.borrows_taken, (unsigned long long)st.borrows_active,
           (unsigned long long)st.copies, (unsigned long long)st.copy_bytes,
           (unsigned long long)st.borrow_conflicts);

    weaveheap_region_destroy(region, &err);
    if (!check(&err, "region_destroy")) return 1;
    weaveheap_buffer_size(buf, &err); /* the handle went stale with its region */
    printf("buffer after destroy: %s (%s)\n", weaveheap_strerror(err.code), err.message);
    int stale = err.code == WEAVEHEAP_ERR_STALE_HANDLE;
    weaveheap_error_clear(&err);
    /* Two copies: string_create's into the region and buffer_read's out; the views none. */
    if (!refused || !written || !stale || st.copies != 2) {
        fprintf(stderr, "zero-copy: FAILED (release refused %d, written through the view %d, stale after "
                "destroy %d, copies %llu, not 2)\n", refused, written, stale,
                (unsigned long long)st.copies);
        return 1;
    }
    printf("zero-copy: ok\n");
    return 0;
}
