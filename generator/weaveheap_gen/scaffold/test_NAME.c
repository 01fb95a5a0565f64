/* @name@ from C: the result, its own error, a stale handle, and the core's
 * counters (nothing copied in, every borrow given back). Exit status 0 when
 * every check holds. */
#include <stdio.h>
#include <string.h>

#include "@name@.h"
#include "weaveheap_api.h"

static int failures;
#define CHECK(c) ((c) ? (void)0 : (void)(fprintf(stderr, "%s:%d: failed: %s\n", __FILE__, __LINE__, #c), failures++))

int main(void) {
    weaveheap_error err = {0, NULL};
    CHECK(@name@_sum(1, 10, &err) == 0 && err.code == WEAVEHEAP_ERR_INVALID_ARGUMENT); /* before init */
    err.code = 0;
    CHECK(@name@_init(weaveheap_api_table(), &err));
    weaveheap_region_t r = weaveheap_region_create(NULL, &err);
    weaveheap_bytes_t b = weaveheap_bytes_create(r, (const uint8_t*)"abc", 3, &err);
    weaveheap_stats before, after;
    weaveheap_region_stats(r, &before, &err);
    CHECK(@name@_sum(b, 1000, &err) == 294 && err.code == 0);
    CHECK(@name@_sum(b, 10, &err) == 0 && err.code == @NAME@_ERR_OVER_LIMIT);
    CHECK(err.message && strstr(err.message, "294"));
    weaveheap_error_clear(&err);
    weaveheap_region_stats(r, &after, &err);
    CHECK(after.copies == before.copies);
    CHECK(after.borrows_taken == before.borrows_taken + 2 && after.borrows_active == 0);
    weaveheap_bytes_release(b, &err);
    CHECK(@name@_sum(b, 1000, &err) == 0 && err.code == WEAVEHEAP_ERR_STALE_HANDLE);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(r, &err);
    printf("%s\n", failures ? "FAILED" : "ok");
    return failures != 0;
}
