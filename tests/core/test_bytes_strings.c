/* Bytes and strings: made by copy, immutable, read by dup or through a
 * view; strings are validated UTF-8 with a trailing NUL. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "testing.h"

static void bytes_create_length_dup(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    uint8_t src[300];
    for (int i = 0; i < 300; i++) src[i] = (uint8_t)(255 - i);
    weaveheap_bytes_t b = weaveheap_bytes_create(r, src, sizeof src, &err);
    EXPECT_OK(weaveheap_bytes_create, &err);
    memset(src, 0, sizeof src); /* the object holds its own copy */
    CHECK_EQ_U64(weaveheap_bytes_length(b, &err), 300);
    EXPECT_OK(weaveheap_bytes_length, &err);
    uint64_t n = 0;
    uint8_t* copy = weaveheap_bytes_dup(b, &n, &err);
    EXPECT_OK(weaveheap_bytes_dup, &err);
    REQUIRE_NE_PTR(copy, NULL);
    CHECK_EQ_U64(n, 300);
    uint64_t wrong = 0;
    for (int i = 0; i < 300; i++) wrong += copy[i] != (uint8_t)(255 - i);
    CHECK_EQ_U64(wrong, 0);
    weaveheap_view v;
    weaveheap_borrow_t t = weaveheap_borrow_shared(b, &v, &err);
    EXPECT_OK(weaveheap_borrow_shared, &err);
    CHECK_TRUE(v.data != copy); /* dup is a copy, the view is the object */
    CHECK_EQ_MEM(v.data, copy, 300);
    CHECK_TRUE(!v.writable);
    weaveheap_borrow_release(t, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    weaveheap_free_bytes(copy, n);
    weaveheap_bytes_release(b, &err);
    EXPECT_OK(weaveheap_bytes_release, &err);
    weaveheap_bytes_release(b, &err); /* twice */
    EXPECT_ERR(weaveheap_bytes_release, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    wh_destroy(r);
}

static void empty_bytes(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_bytes_t a = weaveheap_bytes_create(r, NULL, 0, &err); /* NULL is fine with length 0 */
    EXPECT_OK(weaveheap_bytes_create, &err);
    weaveheap_bytes_t b = weaveheap_bytes_create(r, (const uint8_t*)"x", 0, &err);
    EXPECT_OK(weaveheap_bytes_create, &err);
    weaveheap_bytes_t both[] = {a, b};
    for (int i = 0; i < 2; i++) {
        CHECK_EQ_U64(weaveheap_bytes_length(both[i], &err), 0);
        EXPECT_OK(weaveheap_bytes_length, &err);
        uint64_t n = 5;
        uint8_t* copy = weaveheap_bytes_dup(both[i], &n, &err);
        EXPECT_OK(weaveheap_bytes_dup, &err);
        CHECK_TRUE(copy != NULL); /* an empty object gives a non-NULL pointer */
        CHECK_EQ_U64(n, 0);
        weaveheap_free_bytes(copy, n);
        weaveheap_view v;
        weaveheap_borrow_t t = weaveheap_borrow_shared(both[i], &v, &err);
        EXPECT_OK(weaveheap_borrow_shared, &err);
        CHECK_TRUE(v.data != NULL);
        CHECK_EQ_U64(v.length, 0);
        weaveheap_borrow_release(t, &err);
        EXPECT_OK(weaveheap_borrow_release, &err);
    }
    wh_destroy(r);
}

static void bytes_bad_arguments(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_bytes_t b = weaveheap_bytes_create(r, (const uint8_t*)"abc", 3, &err);
    EXPECT_OK(weaveheap_bytes_create, &err);
    weaveheap_stats before = wh_region_stats(r);
    CHECK_EQ_HEX(weaveheap_bytes_create(r, NULL, 1, &err), 0);
    EXPECT_ERR_MSG(weaveheap_bytes_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "NULL");
    /* an absurd length is refused before a byte is read */
    CHECK_EQ_HEX(weaveheap_bytes_create(r, (const uint8_t*)"abc", WEAVEHEAP_MAX_SIZE + 1, &err), 0);
    EXPECT_ERR_MSG(weaveheap_bytes_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "larger than the maximum");
    CHECK_EQ_HEX(weaveheap_bytes_create(r, (const uint8_t*)"abc", UINT64_MAX, &err), 0);
    EXPECT_ERR(weaveheap_bytes_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    /* dup needs somewhere to put the length */
    CHECK_EQ_PTR(weaveheap_bytes_dup(b, NULL, &err), NULL);
    EXPECT_ERR_MSG(weaveheap_bytes_dup, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "out_len");
    weaveheap_stats after = wh_region_stats(r);
    CHECK_EQ_STATS(&after, &before);
    wh_destroy(r);
}

/* dup is a read: refused while the unique borrow is out, fine beside shared
 * ones; the refusal changes nothing and allocates nothing. */
static void dup_while_borrowed(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_bytes_t b = weaveheap_bytes_create(r, (const uint8_t*)"bytes", 5, &err);
    EXPECT_OK(weaveheap_bytes_create, &err);
    weaveheap_string_t s = weaveheap_string_create(r, (const uint8_t*)"text", 4, &err);
    EXPECT_OK(weaveheap_string_create, &err);
    weaveheap_view vb, vs;
    weaveheap_borrow_t ub = weaveheap_borrow_unique(b, &vb, &err);
    EXPECT_OK(weaveheap_borrow_unique, &err);
    weaveheap_borrow_t us = weaveheap_borrow_unique(s, &vs, &err);
    EXPECT_OK(weaveheap_borrow_unique, &err);
    CHECK_TRUE(!vb.writable); /* bytes and strings stay read-only */
    CHECK_TRUE(!vs.writable);
    weaveheap_stats before = wh_region_stats(r);
    int64_t live = weaveheap__test_live_allocs();
    uint64_t n = 9;
    CHECK_EQ_PTR(weaveheap_bytes_dup(b, &n, NULL), NULL);
    CHECK_EQ_U64(n, 9);
    CHECK_EQ_PTR(weaveheap_bytes_dup(b, &n, &err), NULL);
    EXPECT_ERR_MSG(weaveheap_bytes_dup, &err, WEAVEHEAP_ERR_BORROWED, "cannot be copied");
    CHECK_EQ_PTR(weaveheap_string_dup(s, &err), NULL);
    EXPECT_ERR_MSG(weaveheap_string_dup, &err, WEAVEHEAP_ERR_BORROWED, "borrowed (unique)");
    weaveheap_string_release(s, &err);
    EXPECT_ERR(weaveheap_string_release, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_bytes_release(b, &err);
    EXPECT_ERR(weaveheap_bytes_release, &err, WEAVEHEAP_ERR_BORROWED);
    CHECK_EQ_I64(weaveheap__test_live_allocs(), live);
    weaveheap_stats after = wh_region_stats(r);
    before.borrow_conflicts += 5;
    CHECK_EQ_STATS(&after, &before);
    /* length is not a read of the bytes: allowed */
    CHECK_EQ_U64(weaveheap_string_length(s, &err), 4);
    EXPECT_OK(weaveheap_string_length, &err);
    weaveheap_borrow_release(ub, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    weaveheap_borrow_release(us, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    weaveheap_borrow_t sh = weaveheap_borrow_shared(s, &vs, &err);
    EXPECT_OK(weaveheap_borrow_shared, &err);
    char* text = weaveheap_string_dup(s, &err);
    EXPECT_OK(weaveheap_string_dup, &err);
    CHECK_EQ_STR(text, "text");
    weaveheap_free_string(text);
    weaveheap_string_release(s, &err);
    EXPECT_ERR_MSG(weaveheap_string_release, &err, WEAVEHEAP_ERR_BORROWED, "borrowed (1 shared)");
    weaveheap_borrow_release(sh, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    weaveheap_string_release(s, &err);
    EXPECT_OK(weaveheap_string_release, &err);
    wh_destroy(r);
}

static void dup_out_of_memory(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_bytes_t b = weaveheap_bytes_create(r, (const uint8_t*)"bytes", 5, &err);
    EXPECT_OK(weaveheap_bytes_create, &err);
    weaveheap_string_t s = weaveheap_string_create(r, (const uint8_t*)"text", 4, &err);
    EXPECT_OK(weaveheap_string_create, &err);
    weaveheap_stats before = wh_region_stats(r);
    int64_t live = weaveheap__test_live_allocs();
    uint64_t n = 9;
    weaveheap__test_fail_nth_alloc(1);
    CHECK_EQ_PTR(weaveheap_bytes_dup(b, &n, &err), NULL);
    weaveheap__test_fail_nth_alloc(0);
    CHECK_EQ_U64(n, 9);
    EXPECT_ERR_MSG(weaveheap_bytes_dup, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "5 bytes");
    weaveheap__test_fail_nth_alloc(1);
    CHECK_EQ_PTR(weaveheap_string_dup(s, &err), NULL);
    weaveheap__test_fail_nth_alloc(0);
    EXPECT_ERR(weaveheap_string_dup, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    weaveheap_stats after = wh_region_stats(r);
    CHECK_EQ_STATS(&after, &before); /* no copy was counted */
    CHECK_EQ_I64(weaveheap__test_live_allocs(), live);
    wh_destroy(r);
}

static void strings_create_length_dup_view(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    static const char* const valid[] = {
        "",
        "ascii",
        "caf\xc3\xa9",                 /* U+00E9, 2 bytes */
        "\xe2\x82\xac 20",             /* U+20AC, 3 bytes */
        "\xf0\x9f\x98\x80",            /* U+1F600, 4 bytes */
        "\xc2\x80\xdf\xbf",            /* U+0080 and U+07FF: the 2-byte range's ends */
        "\xe0\xa0\x80\xef\xbf\xbf",    /* U+0800 and U+FFFF */
        "\xed\x9f\xbf\xee\x80\x80",    /* U+D7FF and U+E000, beside the surrogates */
        "\xf0\x90\x80\x80\xf4\x8f\xbf\xbf", /* U+10000 and U+10FFFF */
    };
    for (size_t i = 0; i < sizeof valid / sizeof valid[0]; i++) {
        uint64_t len = strlen(valid[i]);
        weaveheap_string_t s = weaveheap_string_create(r, (const uint8_t*)valid[i], len, &err);
        EXPECT_OK(weaveheap_string_create, &err);
        CHECK_EQ_U64(weaveheap_string_length(s, &err), len);
        EXPECT_OK(weaveheap_string_length, &err);
        char* copy = weaveheap_string_dup(s, &err);
        EXPECT_OK(weaveheap_string_dup, &err);
        CHECK_EQ_STR(copy, valid[i]);
        weaveheap_free_string(copy);
        weaveheap_view v;
        weaveheap_borrow_t t = weaveheap_borrow_shared(s, &v, &err);
        EXPECT_OK(weaveheap_borrow_shared, &err);
        CHECK_EQ_U64(v.length, len); /* without the NUL ... */
        CHECK_EQ_U64(v.data[len], 0); /* ... which is there, so C reads it in place */
        CHECK_EQ_STR((const char*)v.data, valid[i]);
        CHECK_TRUE(!v.writable);
        weaveheap_borrow_release(t, &err);
        EXPECT_OK(weaveheap_borrow_release, &err);
    }
    /* NULL text with length 0 is the empty string */
    weaveheap_string_t e = weaveheap_string_create(r, NULL, 0, &err);
    EXPECT_OK(weaveheap_string_create, &err);
    char* copy = weaveheap_string_dup(e, &err);
    EXPECT_OK(weaveheap_string_dup, &err);
    CHECK_EQ_STR(copy, "");
    weaveheap_free_string(copy);
    /* an embedded NUL is valid UTF-8; the length says where the string ends */
    weaveheap_string_t z = weaveheap_string_create(r, (const uint8_t*)"a\0b", 3, &err);
    EXPECT_OK(weaveheap_string_create, &err);
    CHECK_EQ_U64(weaveheap_string_length(z, &err), 3);
    EXPECT_OK(weaveheap_string_length, &err);
    wh_destroy(r);
}

static void invalid_utf8_names_the_offset(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    const struct {
        const char* what;
        const char* text;
        uint64_t offset;
    } bad[] = {
        {"overlong 2-byte NUL", "ab\xc0\x80", 2},
        {"overlong 2-byte", "\xc1\xbf", 0},
        {"overlong 3-byte", "xyz\xe0\x80\xaf", 3},
        {"overlong 3-byte, top", "\xe0\x9f\xbf", 0},
        {"overlong 4-byte", "\xf0\x8f\xbf\xbf", 0},
        {"surrogate high", "a\xed\xa0\x80", 1},
        {"surrogate low", "\xed\xbf\xbf", 0},
        {"above U+10FFFF", "ok\xf4\x90\x80\x80", 2},
        {"F5 lead", "\xf5\x80\x80\x80", 0},
        {"FF byte", "abc\xff", 3},
        {"truncated 2-byte", "abcd\xc3", 4},
        {"truncated 3-byte", "\xe2\x82", 0},
        {"truncated 4-byte", "\xf0\x9f\x98", 0},
        {"truncated by a new lead", "\xe2\x82\xe2\x82\xac", 0},
        {"stray continuation", "\x80", 0},
        {"stray continuation after text", "caf\xc3\xa9\xa9", 5},
        {"continuation missing in a 4-byte", "\xf0\x9f\x41\x80", 0},
        {"after valid 4-byte", "\xf0\x9f\x98\x80\xbf", 4},
    };
    weaveheap_stats before = wh_region_stats(r);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        uint64_t len = strlen(bad[i].text);
        CHECK_EQ_HEX(weaveheap_string_create(r, (const uint8_t*)bad[i].text, len, &err), 0);
        char want[64];
        snprintf(want, sizeof want, "byte offset %" PRIu64 " ", bad[i].offset);
        if (!wh_expect_code("weaveheap_string_create", &err, WEAVEHEAP_ERR_INVALID_UTF8, want, __FILE__, __LINE__))
            fprintf(stderr, "  (case: %s)\n", bad[i].what);
    }
    weaveheap_stats after = wh_region_stats(r);
    CHECK_EQ_STATS(&after, &before);
    /* the length bounds the check: a bad byte past it is not read */
    weaveheap_string_t s = weaveheap_string_create(r, (const uint8_t*)"ok\xff", 2, &err);
    EXPECT_OK(weaveheap_string_create, &err);
    CHECK_EQ_U64(weaveheap_string_length(s, &err), 2);
    EXPECT_OK(weaveheap_string_length, &err);
    wh_destroy(r);
}

static void strings_bad_arguments(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_stats before = wh_region_stats(r);
    CHECK_EQ_HEX(weaveheap_string_create(r, NULL, 3, &err), 0);
    EXPECT_ERR_MSG(weaveheap_string_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "NULL");
    /* an absurd length is refused before a byte is read (the text is 3 bytes
     * of valid UTF-8 and a NUL: reading on would run off its end) */
    CHECK_EQ_HEX(weaveheap_string_create(r, (const uint8_t*)"abc", WEAVEHEAP_MAX_SIZE + 1, &err), 0);
    EXPECT_ERR_MSG(weaveheap_string_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "larger than the maximum");
    CHECK_EQ_HEX(weaveheap_string_create(r, (const uint8_t*)"abc", UINT64_MAX, &err), 0);
    EXPECT_ERR(weaveheap_string_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    weaveheap_stats after = wh_region_stats(r);
    CHECK_EQ_STATS(&after, &before);
    wh_destroy(r);
}

static const wh_test tests[] = {
    {"bytes: create, length, dup, view, release", bytes_create_length_dup},
    {"bytes: empty objects have an address", empty_bytes},
    {"bytes: NULL data, absurd sizes, NULL out_len", bytes_bad_arguments},
    {"dup while borrowed unique or shared", dup_while_borrowed},
    {"dup out of memory changes nothing", dup_out_of_memory},
    {"strings: create, length, dup, NUL-terminated view", strings_create_length_dup_view},
    {"strings: invalid UTF-8 names the byte offset", invalid_utf8_names_the_offset},
    {"strings: NULL text and absurd sizes", strings_bad_arguments},
    {NULL, NULL},
};
const wh_suite wh_suite_bytes_strings = {"bytes_strings", tests};
