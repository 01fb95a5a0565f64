/* The weaveheap command's hand-written helpers (cli/util.c) and its stats
 * file validator (cli/statsfile.c), which must refuse every garbled file
 * without reading outside it: cut at every length, fields broken in turn,
 * each with its own reason (run under ASan too: label sanitize). Random
 * corruptions, each outcome checked against an independent decoding, are
 * test_corruption.py's. */
#include "cli.h"

#include <CUnit/Basic.h>
#include <stdlib.h>
#include <string.h>

static char* capture_json(const char* s) {
    static char out[1024];
    FILE* f = fmemopen(out, sizeof out, "w");
    wh_json_str(f, s);
    fclose(f);
    return out;
}

static void test_json_str(void) {
    CU_ASSERT_STRING_EQUAL(capture_json("plain"), "\"plain\"");
    CU_ASSERT_STRING_EQUAL(capture_json("a\"b\\c"), "\"a\\\"b\\\\c\"");
    CU_ASSERT_STRING_EQUAL(capture_json("line\nnext\ttab\x01"), "\"line\\nnext\\ttab\\u0001\"");
    CU_ASSERT_STRING_EQUAL(capture_json("h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80"), "\"h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80\"");
    /* invalid UTF-8: a lone continuation byte, an overlong NUL, a surrogate, a cut sequence */
    CU_ASSERT_STRING_EQUAL(capture_json("a\x80z"), "\"a\\ufffdz\"");
    CU_ASSERT_STRING_EQUAL(capture_json("\xc0\x80"), "\"\\ufffd\\ufffd\"");
    CU_ASSERT_STRING_EQUAL(capture_json("\xed\xa0\x80"), "\"\\ufffd\\ufffd\\ufffd\"");
    CU_ASSERT_STRING_EQUAL(capture_json("\xe2\x82"), "\"\\ufffd\\ufffd\"");
    CU_ASSERT_STRING_EQUAL(capture_json(NULL), "\"\"");
}

static void test_human_bytes(void) {
    char b[32];
    CU_ASSERT_STRING_EQUAL(wh_human_bytes(0, b, sizeof b), "0 B");
    CU_ASSERT_STRING_EQUAL(wh_human_bytes(1023, b, sizeof b), "1023 B");
    CU_ASSERT_STRING_EQUAL(wh_human_bytes(1024, b, sizeof b), "1.0 KiB");
    CU_ASSERT_STRING_EQUAL(wh_human_bytes(65536, b, sizeof b), "64.0 KiB");
    CU_ASSERT_STRING_EQUAL(wh_human_bytes(3u << 20, b, sizeof b), "3.0 MiB");
    CU_ASSERT_STRING_EQUAL(wh_human_bytes(UINT64_MAX, b, sizeof b), "16.0 EiB");
}

static void test_parse(void) {
    uint64_t v;
    double d;
    CU_ASSERT_TRUE(wh_parse_u64("42", 1, 100, &v) && v == 42);
    CU_ASSERT_FALSE(wh_parse_u64("0", 1, 100, &v));
    CU_ASSERT_FALSE(wh_parse_u64("101", 1, 100, &v));
    CU_ASSERT_FALSE(wh_parse_u64("-1", 0, 100, &v));
    CU_ASSERT_FALSE(wh_parse_u64("12x", 0, 100, &v));
    CU_ASSERT_FALSE(wh_parse_u64("", 0, 100, &v));
    CU_ASSERT_FALSE(wh_parse_u64("99999999999999999999999", 0, UINT64_MAX, &v));
    CU_ASSERT_TRUE(wh_parse_seconds("0.5", &d) && d == 0.5);
    CU_ASSERT_TRUE(wh_parse_seconds("2", &d) && d == 2.0);
    CU_ASSERT_FALSE(wh_parse_seconds("0", &d));
    CU_ASSERT_FALSE(wh_parse_seconds("-1", &d));
    CU_ASSERT_FALSE(wh_parse_seconds("nan", &d));
    CU_ASSERT_FALSE(wh_parse_seconds("1e9", &d));
    CU_ASSERT_FALSE(wh_parse_seconds("2s", &d));
}

static void test_names(void) {
    char b[32];
    long pid;
    CU_ASSERT_STRING_EQUAL(wh_first_line("\n  SWIG Version 4.1.0  \nCompiled", b, sizeof b), "SWIG Version 4.1.0");
    CU_ASSERT_STRING_EQUAL(wh_first_line("", b, sizeof b), "");
    CU_ASSERT_STRING_EQUAL(wh_first_line("0123456789012345678901234567890123456789", b, 8), "0123456");
    CU_ASSERT_STRING_EQUAL(wh_kind_name(WEAVEHEAP_HANDLE_KIND_BUFFER, b, sizeof b), "buffer");
    CU_ASSERT_STRING_EQUAL(wh_kind_name(WEAVEHEAP_HANDLE_KIND_BORROW, b, sizeof b), "borrow");
    CU_ASSERT_STRING_EQUAL(wh_kind_name(14, b, sizeof b), "kind 14");
    CU_ASSERT_TRUE(wh_stats_name("1234.stats", &pid) && pid == 1234);
    CU_ASSERT_FALSE(wh_stats_name(".1234.stats.tmp", &pid));
    CU_ASSERT_FALSE(wh_stats_name("1234.stats.tmp", &pid));
    CU_ASSERT_FALSE(wh_stats_name("0123.stats", &pid));
    CU_ASSERT_FALSE(wh_stats_name("12a.stats", &pid));
    CU_ASSERT_FALSE(wh_stats_name("1234567890.stats", &pid));
    CU_ASSERT_FALSE(wh_stats_name(".stats", &pid));
    pid = -1;
    CU_ASSERT_TRUE(wh_parse_pid("test", "4321", &pid) && pid == 4321);
    CU_ASSERT_FALSE(wh_parse_pid("test", "99", &pid)); /* a second PID */
    pid = -1;
    CU_ASSERT_FALSE(wh_parse_pid("test", "0", &pid));
    CU_ASSERT_FALSE(wh_parse_pid("test", "2147483648", &pid));
    CU_ASSERT_EQUAL(pid, -1);
    CU_ASSERT_STRING_EQUAL(wh_taken_by_name(WH_PUB_BY_THREAD), "thread");
    CU_ASSERT_STRING_EQUAL(wh_taken_by_name(WH_PUB_BY_CALL), "call");
    CU_ASSERT_STRING_EQUAL(wh_taken_by_name(WH_PUB_BY_EXIT), "exit");
    CU_ASSERT_STRING_EQUAL(wh_taken_by_name(WH_PUB_BY_DESTROY), "destroy");
    CU_ASSERT_STRING_EQUAL(wh_table_name(WH_PUB_TABLE_LOCKED), "locked");
    CU_ASSERT_STRING_EQUAL(wh_table_name(WH_PUB_TABLE_CALLER), "caller");
    CU_ASSERT_STRING_EQUAL(wh_table_name(WH_PUB_TABLE_UNLOCKED), "best_effort");
}

/* -- the validator --------------------------------------------------------- */

/* A valid snapshot: `nr` regions, each holding a buffer and a borrow of it. */
static size_t make_regions(uint8_t* buf, size_t cap, long pid, unsigned nr) {
    size_t size = sizeof(weaveheap__pub_header) + nr * (sizeof(weaveheap__pub_region) + 2 * sizeof(weaveheap__pub_handle));
    CU_ASSERT_FATAL(size <= cap);
    memset(buf, 0, size);
    weaveheap__pub_header* h = (weaveheap__pub_header*)buf;
    h->magic = WH_PUB_MAGIC;
    h->format = WH_PUB_FORMAT;
    h->header_size = sizeof *h;
    h->region_size = sizeof(weaveheap__pub_region);
    h->handle_size = sizeof(weaveheap__pub_handle);
    h->stats_size = sizeof(weaveheap_stats);
    h->abi = WEAVEHEAP_ABI_VERSION;
    h->seq = 2;
    h->used_size = size;
    h->pid = pid;
    h->state = WH_PUB_LIVE;
    h->taken_by = WH_PUB_BY_CALL;
    h->region_count = nr;
    h->handle_count = h->handle_total = 2 * nr;
    h->regions_offset = sizeof *h;
    h->handles_offset = sizeof *h + nr * sizeof(weaveheap__pub_region);
    snprintf(h->version, sizeof h->version, "%s", WEAVEHEAP_VERSION_STRING);
    snprintf(h->idl_hash, sizeof h->idl_hash, "%s", WEAVEHEAP_IDL_HASH);
    snprintf(h->comm, sizeof h->comm, "unit");
    for (unsigned i = 0; i < nr; i++) {
        weaveheap__pub_region* r = (weaveheap__pub_region*)(buf + h->regions_offset) + i;
        r->handle = (uint64_t)WEAVEHEAP_HANDLE_KIND_REGION << 60 | (uint64_t)i << 32 | 1;
        r->index = i;
        r->generation = 1;
        r->table = WH_PUB_TABLE_CALLER;
        r->handle_first = 2 * i;
        r->handle_count = r->handle_total = 2;
        r->kind_live[WEAVEHEAP_HANDLE_KIND_BUFFER] = 1;
        r->kind_live[WEAVEHEAP_HANDLE_KIND_BORROW] = 1;
        r->kind_bytes[WEAVEHEAP_HANDLE_KIND_BUFFER] = 64;
        weaveheap__pub_handle* x = (weaveheap__pub_handle*)(buf + h->handles_offset) + 2 * i;
        x[0].kind = WEAVEHEAP_HANDLE_KIND_BUFFER;
        x[0].handle = (uint64_t)WEAVEHEAP_HANDLE_KIND_BUFFER << 60 | (uint64_t)(4096 * i) << 32 | 1;
        x[0].size = 64;
        x[0].borrows = 1;
        x[1].kind = WEAVEHEAP_HANDLE_KIND_BORROW;
        x[1].handle = (uint64_t)WEAVEHEAP_HANDLE_KIND_BORROW << 60 | (uint64_t)(4096 * i + 1) << 32 | 1;
        x[1].flags = WH_PUB_HANDLE_TOKEN;
        x[1].target = x[0].handle;
    }
    return size;
}

static size_t make_snapshot(uint8_t* buf, size_t cap, long pid) { return make_regions(buf, cap, pid, 1); }

#define CAP 4096
static uint8_t good[CAP];
static size_t good_size;

static int check(const uint8_t* buf, size_t size, const char* expect) {
    char msg[512] = "";
    int code = wh_snap_validate(buf, size, 42, msg, sizeof msg);
    if (expect) {
        CU_ASSERT_EQUAL(code, WH_EXIT_BAD_FILE);
        if (!strstr(msg, expect)) {
            fprintf(stderr, "\n  message \"%s\" lacks \"%s\"\n", msg, expect);
            CU_FAIL("message");
        }
    }
    return code;
}

static void test_valid(void) {
    good_size = make_snapshot(good, CAP, 42);
    char msg[512] = "";
    CU_ASSERT_EQUAL(wh_snap_validate(good, good_size, 42, msg, sizeof msg), WH_EXIT_OK);
    CU_ASSERT_EQUAL(wh_snap_validate(good, good_size, -1, msg, sizeof msg), WH_EXIT_OK);
    CU_ASSERT_EQUAL(wh_snap_validate(good, good_size, 43, msg, sizeof msg), WH_EXIT_BAD_FILE);
    CU_ASSERT_PTR_NOT_NULL(strstr(msg, "pid 43"));
}

/* Each field broken in turn gives its own clear reason. */
static void test_each_field(void) {
    static uint8_t b[CAP];
#define BREAK(stmt, expect)                                    \
    do {                                                       \
        memcpy(b, good, good_size);                            \
        weaveheap__pub_header* h = (weaveheap__pub_header*)b;  \
        weaveheap__pub_region* r = (weaveheap__pub_region*)(b + sizeof *h); \
        weaveheap__pub_handle* x = (weaveheap__pub_handle*)(r + 1); \
        (void)h, (void)r, (void)x;                             \
        stmt;                                                  \
        check(b, good_size, expect);                           \
    } while (0)
    BREAK(h->magic ^= 1, "bad magic");
    BREAK(h->format = 99, "format version 99");
    BREAK(h->header_size += 8, "another build");
    BREAK(h->region_size += 8, "another build");
    BREAK(h->handle_size -= 8, "another build");
    BREAK(h->stats_size = 8, "another build");
    BREAK(h->abi = 77, "same build");
    BREAK(h->idl_hash[0] ^= 1, "same build");
    BREAK(memset(h->comm, 'x', sizeof h->comm), "not terminated");
    BREAK(memset(h->token, 'x', sizeof h->token), "not terminated");
    BREAK(h->pid = 7, "pid 7");
    BREAK(h->state = 9, "unknown state");
    BREAK(h->taken_by = 0, "snapshot source");
    BREAK(h->taken_by = WH_PUB_BY_DESTROY + 1, "snapshot source");
    BREAK(h->used_size += 8, "header says");
    BREAK(h->region_count = UINT64_MAX / 2, "region records");
    BREAK(h->region_count = 2, "region records");
    BREAK(h->handle_count = UINT64_MAX, "handle records");
    BREAK(h->handle_count = 3, "handle records");
    BREAK(h->handles_offset += 8, "handle records");
    /* One more handle record claimed everywhere (the header, the region, its
     * kinds): only the bound against the bytes present catches it. */
    BREAK((h->handle_count = h->handle_total = 3, r->handle_count = r->handle_total = 3,
           r->kind_live[WEAVEHEAP_HANDLE_KIND_BUFFER] = 2),
          "handle records");
    BREAK(h->handle_total = 1, "handles counted");
    BREAK(r->handle_first = 1, "region record 0");
    BREAK(r->handle_count = UINT64_MAX, "region record 0");
    BREAK(r->handle_total = 3, "region record 0");
    BREAK(r->kind_live[3] = UINT64_MAX, "region record 0");
    /* Kinds whose counts wrap past 2^64 to the total: 3 x 2^63 handles
     * claimed, 2^63 after the wrap (issue 10, item 7). */
    BREAK((h->handle_total = r->handle_total = UINT64_C(1) << 63,
           r->kind_live[WEAVEHEAP_HANDLE_KIND_BUFFER] = UINT64_C(1) << 63,
           r->kind_live[WEAVEHEAP_HANDLE_KIND_STRING] = UINT64_C(1) << 63,
           r->kind_live[WEAVEHEAP_HANDLE_KIND_BORROW] = UINT64_C(1) << 63),
          "region record 0");
    BREAK((r->kind_live[WEAVEHEAP_HANDLE_KIND_BUFFER] = UINT64_MAX, r->kind_live[WEAVEHEAP_HANDLE_KIND_BORROW] = 3),
          "region record 0"); /* UINT64_MAX + 3 wraps to 2 */
    BREAK((r->kind_bytes[WEAVEHEAP_HANDLE_KIND_BUFFER] = UINT64_MAX, r->kind_bytes[WEAVEHEAP_HANDLE_KIND_BYTES] = 1),
          NULL); /* two kinds may each hold nearly 2^64 bytes */
    CU_ASSERT_EQUAL(check(b, good_size, NULL), WH_EXIT_OK);
    BREAK(r->table = 9, "region record 0");
    BREAK(r->thread_safe = 2, "region record 0");
    BREAK(r->handle = 5, "region record 0");
    BREAK((r->handle_count = 1, r->handle_total = 1, r->kind_live[WEAVEHEAP_HANDLE_KIND_BORROW] = 0),
          "the regions hold 1");
    BREAK(x[0].kind = 0, "handle record 0");
    BREAK(x[1].kind = 16, "handle record 1");
    BREAK(x[1].flags = 0x80, "handle record 1");
    BREAK(x[0].borrows = -2, "handle record 0");
    BREAK(x[0].handle = 1, "handle record 0");
#undef BREAK
}

/* Each kind's bytes, summed over the regions, must fit in 64 bits: what
 * `weaveheap stats` prints is that sum. */
static void test_bytes_across_regions(void) {
    static uint8_t b[CAP];
    size_t size = make_regions(b, CAP, 42, 2);
    CU_ASSERT_EQUAL(check(b, size, NULL), WH_EXIT_OK);
    weaveheap__pub_region* r = (weaveheap__pub_region*)(b + sizeof(weaveheap__pub_header));
    r[0].kind_bytes[WEAVEHEAP_HANDLE_KIND_BUFFER] = UINT64_MAX - 64;
    CU_ASSERT_EQUAL(check(b, size, NULL), WH_EXIT_OK); /* 2^64 - 1 in all: fits */
    r[0].kind_bytes[WEAVEHEAP_HANDLE_KIND_BUFFER] = UINT64_MAX - 63;
    check(b, size, "region record 1"); /* 2^64: wraps to 0 */
}

/* A file cut at any length is refused. */
static void test_truncated(void) {
    for (size_t n = 0; n < good_size; n++) {
        uint8_t* b = malloc(n ? n : 1); /* exact size: ASan sees any read past it */
        memcpy(b, good, n);
        CU_ASSERT_EQUAL(check(b, n, NULL), WH_EXIT_BAD_FILE);
        free(b);
    }
}

int main(void) {
    if (CU_initialize_registry() != CUE_SUCCESS) return 1;
    CU_pSuite s = CU_add_suite("cli_helpers", NULL, NULL);
    CU_add_test(s, "json_str", test_json_str);
    CU_add_test(s, "human_bytes", test_human_bytes);
    CU_add_test(s, "parse", test_parse);
    CU_add_test(s, "names", test_names);
    CU_pSuite v = CU_add_suite("stats_file_validator", NULL, NULL);
    CU_add_test(v, "valid", test_valid);
    CU_add_test(v, "each_field", test_each_field);
    CU_add_test(v, "bytes_across_regions", test_bytes_across_regions);
    CU_add_test(v, "truncated", test_truncated);
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
    CU_cleanup_registry();
    return failed ? 1 : 0;
}
