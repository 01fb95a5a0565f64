/* Library-wide functions: versions, error texts and error values, freeing
 * what the core hands out, and handle_kind_of. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "testing.h"

static void versions_match_the_macros(void) {
    CHECK_EQ_U64(weaveheap_version_number(), WEAVEHEAP_VERSION_NUMBER);
    CHECK_EQ_U64(WEAVEHEAP_VERSION_NUMBER,
                 WEAVEHEAP_VERSION_MAJOR * 1000000 + WEAVEHEAP_VERSION_MINOR * 1000 + WEAVEHEAP_VERSION_PATCH);
    CHECK_EQ_STR(weaveheap_version_string(), WEAVEHEAP_VERSION_STRING);
    char expect[64];
    snprintf(expect, sizeof expect, "%d.%d.%d", WEAVEHEAP_VERSION_MAJOR, WEAVEHEAP_VERSION_MINOR,
             WEAVEHEAP_VERSION_PATCH);
    CHECK_EQ_STR(weaveheap_version_string(), expect);
    CHECK_EQ_U64(weaveheap_abi_version(), WEAVEHEAP_ABI_VERSION);
    CHECK_EQ_STR(weaveheap_idl_hash(), WEAVEHEAP_IDL_HASH);
    const char* h = weaveheap_idl_hash();
    CHECK_EQ_U64(strlen(h), 64);
    CHECK_EQ_U64(strspn(h, "0123456789abcdef"), 64);
    /* static strings: the same pointer every time */
    CHECK_EQ_PTR(weaveheap_version_string(), weaveheap_version_string());
    CHECK_EQ_PTR(weaveheap_idl_hash(), weaveheap_idl_hash());
    COVERS(weaveheap_version_number);
    COVERS(weaveheap_version_string);
    COVERS(weaveheap_abi_version);
    COVERS(weaveheap_idl_hash);
}

static void strerror_of_every_code(void) {
    size_t n = 0;
    int32_t last = 0;
#define WH_TEXT(c_name, value, id, text)                       \
    CHECK_EQ_U64(c_name, value);                               \
    CHECK_EQ_STR(weaveheap_strerror(value), text);             \
    CHECK_EQ_PTR(weaveheap_strerror(value), weaveheap_strerror(c_name)); \
    if (value > last) last = value;                            \
    n++;
    WEAVEHEAP_ERROR_CODES(WH_TEXT)
#undef WH_TEXT
    CHECK_EQ_U64(n, (uint64_t)last + 1); /* the codes are 0 .. last, none missing */
    CHECK_EQ_STR(weaveheap_strerror(0), "no error");
    CHECK_EQ_STR(weaveheap_strerror(WEAVEHEAP_ERR_STALE_HANDLE), "stale handle");
    const int32_t unknown[] = {-1, last + 1, last + 2, 100, INT32_MAX, INT32_MIN};
    for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++)
        CHECK_EQ_STR(weaveheap_strerror(unknown[i]), "unknown error");
    COVERS(weaveheap_strerror);
}

static void error_clear_null_and_twice(void) {
    weaveheap_error_clear(NULL); /* a no-op */
    weaveheap_error err = {0};
    weaveheap_error_clear(&err); /* no message: a no-op */
    CHECK_EQ_I64(err.code, 0);
    CHECK_EQ_PTR(err.message, NULL);
    weaveheap_stats_global(NULL, &err);
    CHECK_EQ_I64(err.code, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    CHECK_TRUE(err.message != NULL);
    weaveheap_error_clear(&err);
    CHECK_EQ_I64(err.code, 0);
    CHECK_EQ_PTR(err.message, NULL);
    weaveheap_error_clear(&err); /* the second clear finds nothing to free */
    CHECK_EQ_I64(err.code, 0);
    CHECK_EQ_PTR(err.message, NULL);
    COVERS(weaveheap_error_clear);
}

/* A failing call frees the message of the error it overwrites (ASan and
 * valgrind see a leak otherwise), and a NULL error is allowed everywhere. */
static void errors_overwrite_and_null(void) {
    weaveheap_error err = {0};
    int64_t live = weaveheap__test_live_allocs();
    weaveheap_stats_global(NULL, &err);
    const char* first = err.message;
    CHECK_TRUE(first != NULL);
    CHECK_EQ_I64(weaveheap__test_live_allocs(), live + 1);
    weaveheap_region_create(&(weaveheap_region_options){.chunk_size = 1}, &err);
    CHECK_EQ_I64(err.code, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    CHECK_CONTAINS(err.message, "chunk_size 1");
    CHECK_EQ_I64(weaveheap__test_live_allocs(), live + 1); /* the first message was freed */
    EXPECT_ERR(weaveheap_region_create, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    CHECK_EQ_I64(weaveheap__test_live_allocs(), live);
    /* NULL out_err: the call still fails, and allocates nothing */
    CHECK_EQ_HEX(weaveheap_region_create(&(weaveheap_region_options){.chunk_size = 1}, NULL), 0);
    weaveheap_stats_global(NULL, NULL);
    CHECK_EQ_U64(weaveheap_buffer_size(0, NULL), 0);
    CHECK_EQ_I64(weaveheap__test_live_allocs(), live);
}

/* When the message cannot be allocated the error still carries its code,
 * with the static text, which error_clear must not free. */
static void error_message_falls_back_to_static_text(void) {
    weaveheap_error err = {0};
    weaveheap__test_fail_nth_alloc(1);
    weaveheap_stats_global(NULL, &err);
    weaveheap__test_fail_nth_alloc(0);
    CHECK_EQ_I64(err.code, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    CHECK_EQ_PTR(err.message, weaveheap_strerror(WEAVEHEAP_ERR_INVALID_ARGUMENT));
    int64_t live = weaveheap__test_live_allocs();
    weaveheap_error_clear(&err);
    CHECK_EQ_I64(weaveheap__test_live_allocs(), live);
    CHECK_EQ_PTR(err.message, NULL);
    /* and a dynamic message overwritten by a static one is freed */
    weaveheap_stats_global(NULL, &err);
    CHECK_TRUE(err.message != weaveheap_strerror(WEAVEHEAP_ERR_INVALID_ARGUMENT));
    weaveheap__test_fail_nth_alloc(1);
    weaveheap_buffer_size(0, &err);
    weaveheap__test_fail_nth_alloc(0);
    CHECK_EQ_I64(err.code, WEAVEHEAP_ERR_FORGED_HANDLE);
    CHECK_EQ_PTR(err.message, weaveheap_strerror(WEAVEHEAP_ERR_FORGED_HANDLE));
    CHECK_EQ_I64(weaveheap__test_live_allocs(), live);
    EXPECT_ERR(weaveheap_buffer_size, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
}

static void free_string_and_bytes(void) {
    weaveheap_free_string(NULL); /* no-ops */
    weaveheap_free_bytes(NULL, 0);
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_error err = {0};
    weaveheap_string_t s = weaveheap_string_create(r, (const uint8_t*)"dup me", 6, &err);
    EXPECT_OK(weaveheap_string_create, &err);
    weaveheap_bytes_t b = weaveheap_bytes_create(r, (const uint8_t*)"\x01\x02", 2, &err);
    EXPECT_OK(weaveheap_bytes_create, &err);
    int64_t live = weaveheap__test_live_allocs();
    char* text = weaveheap_string_dup(s, &err);
    EXPECT_OK(weaveheap_string_dup, &err);
    uint64_t len = 99;
    uint8_t* data = weaveheap_bytes_dup(b, &len, &err);
    EXPECT_OK(weaveheap_bytes_dup, &err);
    CHECK_EQ_I64(weaveheap__test_live_allocs(), live + 2);
    CHECK_EQ_STR(text, "dup me");
    CHECK_EQ_U64(len, 2);
    CHECK_EQ_MEM(data, "\x01\x02", 2);
    weaveheap_free_string(text);
    weaveheap_free_bytes(data, len);
    CHECK_EQ_I64(weaveheap__test_live_allocs(), live);
    COVERS(weaveheap_free_string);
    COVERS(weaveheap_free_bytes);
    wh_destroy(r);
}

static void handle_kind_of_each_kind(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    CHECK_EQ_I64(weaveheap_handle_kind_of(r, &err), WEAVEHEAP_HANDLE_KIND_REGION);
    EXPECT_OK(weaveheap_handle_kind_of, &err);
    weaveheap_buffer_t buf = weaveheap_buffer_alloc(r, 8, 8, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_bytes_t by = weaveheap_bytes_create(r, (const uint8_t*)"b", 1, &err);
    EXPECT_OK(weaveheap_bytes_create, &err);
    weaveheap_string_t st = weaveheap_string_create(r, (const uint8_t*)"s", 1, &err);
    EXPECT_OK(weaveheap_string_create, &err);
    weaveheap_view v;
    weaveheap_borrow_t bo = weaveheap_borrow_shared(buf, &v, &err);
    EXPECT_OK(weaveheap_borrow_shared, &err);
    const struct {
        uint64_t h;
        weaveheap_handle_kind k;
    } cases[] = {{r, WEAVEHEAP_HANDLE_KIND_REGION},
                 {buf, WEAVEHEAP_HANDLE_KIND_BUFFER},
                 {by, WEAVEHEAP_HANDLE_KIND_BYTES},
                 {st, WEAVEHEAP_HANDLE_KIND_STRING},
                 {bo, WEAVEHEAP_HANDLE_KIND_BORROW}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        CHECK_EQ_I64(weaveheap_handle_kind_of(cases[i].h, &err), cases[i].k);
        EXPECT_OK(weaveheap_handle_kind_of, &err);
        CHECK_EQ_U64(wh_kind_bits(cases[i].h), (uint64_t)cases[i].k); /* the kind is in the top 4 bits */
    }
    /* kind_of never says wrong_kind: it takes every kind; dead handles fail */
    weaveheap_borrow_release(bo, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    CHECK_EQ_I64(weaveheap_handle_kind_of(bo, &err), WEAVEHEAP_HANDLE_KIND_NONE);
    EXPECT_ERR(weaveheap_handle_kind_of, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    weaveheap_bytes_release(by, &err);
    EXPECT_OK(weaveheap_bytes_release, &err);
    weaveheap_bytes_t by2 = weaveheap_bytes_create(r, (const uint8_t*)"c", 1, &err); /* takes by's slot */
    EXPECT_OK(weaveheap_bytes_create, &err);
    CHECK_EQ_U64(wh_slot(by2), wh_slot(by));
    CHECK_EQ_I64(weaveheap_handle_kind_of(by, &err), WEAVEHEAP_HANDLE_KIND_NONE);
    EXPECT_ERR(weaveheap_handle_kind_of, &err, WEAVEHEAP_ERR_REUSED_HANDLE);
    CHECK_EQ_I64(weaveheap_handle_kind_of(0, &err), WEAVEHEAP_HANDLE_KIND_NONE);
    EXPECT_ERR(weaveheap_handle_kind_of, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    CHECK_EQ_I64(weaveheap_handle_kind_of(wh_with_gen(st, wh_gen(st) + 1), &err), WEAVEHEAP_HANDLE_KIND_NONE);
    EXPECT_ERR(weaveheap_handle_kind_of, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    wh_destroy(r);
    CHECK_EQ_I64(weaveheap_handle_kind_of(r, &err), WEAVEHEAP_HANDLE_KIND_NONE);
    EXPECT_ERR(weaveheap_handle_kind_of, &err, WEAVEHEAP_ERR_STALE_HANDLE);
    CHECK_EQ_I64(weaveheap_handle_kind_of(st, &err), WEAVEHEAP_HANDLE_KIND_NONE);
    EXPECT_ERR(weaveheap_handle_kind_of, &err, WEAVEHEAP_ERR_STALE_HANDLE);
}

/* A handle with kind bits 0 that otherwise matches a released slot (whose
 * kind is 0 while free) was never issued. */
static void kind_zero_over_a_free_slot_is_forged(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_buffer_t keep = weaveheap_buffer_alloc(r, 1, 1, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_buffer_t b = weaveheap_buffer_alloc(r, 1, 1, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_buffer_release(b, &err);
    EXPECT_OK(weaveheap_buffer_release, &err);
    /* the free slot now carries generation gen(b) + 1 and kind 0 */
    uint64_t forged = wh_with_kind(wh_with_gen(b, wh_gen(b) + 1), 0);
    CHECK_EQ_I64(weaveheap_handle_kind_of(forged, &err), WEAVEHEAP_HANDLE_KIND_NONE);
    EXPECT_ERR(weaveheap_handle_kind_of, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    weaveheap_region_reset(forged, &err);
    EXPECT_ERR(weaveheap_region_reset, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    weaveheap_region_stats(forged, &(weaveheap_stats){0}, &err);
    EXPECT_ERR(weaveheap_region_stats, &err, WEAVEHEAP_ERR_FORGED_HANDLE);
    CHECK_EQ_U64(weaveheap_buffer_size(keep, &err), 1);
    EXPECT_OK(weaveheap_buffer_size, &err);
    wh_destroy(r);
}

static void stats_enabled_toggles(void) {
    CHECK_TRUE(weaveheap_stats_enabled()); /* on by default */
    weaveheap_stats_set_enabled(false);
    CHECK_TRUE(!weaveheap_stats_enabled());
    weaveheap_stats_set_enabled(true);
    CHECK_TRUE(weaveheap_stats_enabled());
    COVERS(weaveheap_stats_enabled);
    COVERS(weaveheap_stats_set_enabled);
}

static const wh_test tests[] = {
    {"versions match the macros", versions_match_the_macros},
    {"strerror of every code and of unknown codes", strerror_of_every_code},
    {"error_clear(NULL), on an empty error and twice", error_clear_null_and_twice},
    {"a failing call frees the message it overwrites; NULL out_err", errors_overwrite_and_null},
    {"an unallocatable message falls back to the static text", error_message_falls_back_to_static_text},
    {"free_string / free_bytes of dup results and of NULL", free_string_and_bytes},
    {"handle_kind_of each kind, and of dead handles", handle_kind_of_each_kind},
    {"kind bits 0 over a free slot are forged", kind_zero_over_a_free_slot_is_forged},
    {"stats_enabled follows stats_set_enabled", stats_enabled_toggles},
    {NULL, NULL},
};
const wh_suite wh_suite_library = {"library", tests};
