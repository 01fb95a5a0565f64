/* A program outside the tree that uses an installed weaveheap: the header
 * it was compiled with must match the library it runs with, and the basics
 * (a region, a string, a zero-copy view, a refused stale handle) work.
 * Prints a fixed text that tests/install/run.sh compares. */
#include <stdio.h>
#include <string.h>

#include <weaveheap.h>

static int fail(const char* what, weaveheap_error* err) {
    fprintf(stderr, "consumer: %s: %s\n", what, err->message ? err->message : "(no message)");
    weaveheap_error_clear(err);
    return 1;
}

int main(void) {
    printf("header %s library %s\n", WEAVEHEAP_VERSION_STRING, weaveheap_version_string());
    printf("abi %d library %u\n", WEAVEHEAP_ABI_VERSION, weaveheap_abi_version());
    printf("idl %s\n", strcmp(WEAVEHEAP_IDL_HASH, weaveheap_idl_hash()) == 0 ? WEAVEHEAP_IDL_HASH : "MISMATCH");
    if (weaveheap_version_number() != WEAVEHEAP_VERSION_NUMBER) return 1;

    weaveheap_error err = {0};
    weaveheap_region_t region = weaveheap_region_create(NULL, &err);
    if (err.code) return fail("region_create", &err);
    const char* text = "h\xc3\xa9llo";
    weaveheap_string_t s = weaveheap_string_create(region, (const uint8_t*)text, strlen(text), &err);
    if (err.code) return fail("string_create", &err);
    weaveheap_view v;
    weaveheap_borrow_t token = weaveheap_borrow_shared(s, &v, &err);
    if (err.code) return fail("borrow_shared", &err);
    printf("view %s (%llu bytes)\n", (const char*)v.data, (unsigned long long)v.length);
    weaveheap_borrow_release(token, &err);
    if (err.code) return fail("borrow_release", &err);
    weaveheap_string_release(s, &err);
    if (err.code) return fail("string_release", &err);
    weaveheap_string_length(s, &err);
    printf("again %s\n", weaveheap_strerror(err.code));
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    if (err.code) return fail("region_destroy", &err);
    printf("ok\n");
    return 0;
}
