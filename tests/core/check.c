/* The helpers declared in check.h. */
#include "check.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testing.h"

bool wh_check(bool ok, bool fatal, const char* file, unsigned line, const char* fmt, ...) {
    if (ok) {
        CU_assertImplementation(CU_TRUE, line, "ok", file, "", CU_FALSE);
        return true;
    }
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* CUnit copies the condition text; print it at once too, so that a test
     * that crashes later still shows what went wrong first. */
    fprintf(stderr, "%s:%u: FAILED: %s\n", file, line, msg);
    CU_assertImplementation(CU_FALSE, line, msg, file, "", fatal ? CU_TRUE : CU_FALSE);
    return false;
}

void wh_check_str(const char* a, const char* b, const char* ea, const char* eb, const char* file, unsigned line) {
    bool ok = (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
    wh_check(ok, false, file, line, "%s == %s (\"%s\" vs \"%s\")", ea, eb, a ? a : "(null)", b ? b : "(null)");
}

void wh_check_contains(const char* s, const char* sub, const char* es, const char* file, unsigned line) {
    wh_check(s && strstr(s, sub), false, file, line, "%s contains \"%s\" (it is \"%s\")", es, sub,
             s ? s : "(null)");
}

void wh_check_mem(const void* a, const void* b, uint64_t n, const char* ea, const char* eb, const char* file,
                  unsigned line) {
    const uint8_t *x = a, *y = b;
    uint64_t i = 0;
    if (x && y)
        while (i < n && x[i] == y[i]) i++;
    if (x && y && i == n) {
        wh_check(true, false, file, line, "-");
        return;
    }
    if (!x || !y) {
        wh_check(false, false, file, line, "%s == %s over %" PRIu64 " bytes (a pointer is NULL)", ea, eb, n);
        return;
    }
    wh_check(false, false, file, line, "%s == %s over %" PRIu64 " bytes (first difference at %" PRIu64
             ": 0x%02x vs 0x%02x)", ea, eb, n, i, x[i], y[i]);
}

void wh_check_stats(const weaveheap_stats* a, const weaveheap_stats* b, const char* ea, const char* eb,
                    const char* file, unsigned line) {
    ea += ea[0] == '&';
    eb += eb[0] == '&';
#define WH_FIELD(f)                                                                                          \
    wh_check(a->f == b->f, false, file, line, "%s.%s == %s.%s (%" PRIu64 " vs %" PRIu64 ")", ea, #f, eb, #f, \
             a->f, b->f);
    WH_FIELD(allocations) WH_FIELD(releases) WH_FIELD(bytes_allocated) WH_FIELD(bytes_live)
    WH_FIELD(bytes_peak) WH_FIELD(bytes_reserved) WH_FIELD(borrows_taken) WH_FIELD(borrows_active)
    WH_FIELD(borrow_conflicts) WH_FIELD(stale_rejected) WH_FIELD(copies) WH_FIELD(copy_bytes)
    WH_FIELD(regions_live) WH_FIELD(imports)
#undef WH_FIELD
}

/* -- error codes ------------------------------------------------------------ */

static const struct {
    int32_t code;
    const char* name;
} codes[] = {
#define WH_CODE(c_name, value, id, text) {value, #c_name},
    WEAVEHEAP_ERROR_CODES(WH_CODE)
#undef WH_CODE
};

const char* wh_code_name(int32_t code) {
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
        if (codes[i].code == code) return codes[i].name;
    return NULL;
}

int32_t wh_code_of_name(const char* name) {
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
        if (strcmp(codes[i].name, name) == 0) return codes[i].code;
    return -1;
}

static wh_seen seen[1024];
static size_t seen_count;

void wh_record(const char* fn, int32_t code) {
    for (size_t i = 0; i < seen_count; i++)
        if (seen[i].code == code && strcmp(seen[i].fn, fn) == 0) return;
    if (seen_count == sizeof seen / sizeof seen[0]) {
        fprintf(stderr, "check.c: too many (function, code) pairs\n");
        abort();
    }
    snprintf(seen[seen_count].fn, sizeof seen[seen_count].fn, "%s", fn);
    seen[seen_count].code = code;
    seen_count++;
}

size_t wh_recorded(const wh_seen** out) {
    *out = seen;
    return seen_count;
}

bool wh_expect_code(const char* fn, weaveheap_error* err, int32_t code, const char* sub, const char* file,
                    unsigned line) {
    const char* want = wh_code_name(code);
    const char* got = wh_code_name(err->code);
    bool ok = wh_check(err->code == code, false, file, line, "%s: error %s expected, got %s (%d): %s", fn,
                       want ? want : "?", got ? got : "an unknown code", (int)err->code,
                       err->message ? err->message : "(no message)");
    if (err->code != 0) wh_record(fn, err->code);
    else wh_record(fn, WEAVEHEAP_OK);
    if (code == 0) {
        ok &= wh_check(err->message == NULL, false, file, line, "%s: a success leaves no message (has \"%s\")",
                       fn, err->message ? err->message : "");
    } else if (err->code == code) {
        ok &= wh_check(err->message && err->message[0], false, file, line, "%s: an error has a message", fn);
        if (sub) {
            wh_check_contains(err->message, sub, "the message", file, line);
            ok &= err->message && strstr(err->message, sub);
        }
    }
    weaveheap_error_clear(err);
    return ok;
}

/* -- fixtures --------------------------------------------------------------- */

weaveheap_region_t wh_region(const weaveheap_region_options* o) {
    weaveheap_error err = {0};
    weaveheap_region_t r = weaveheap_region_create(o, &err);
    EXPECT_OK(weaveheap_region_create, &err);
    REQUIRE_NE_HEX(r, 0);
    return r;
}

weaveheap_view wh_view_of(weaveheap_handle_t h) {
    weaveheap_error err = {0};
    weaveheap_view v = {0};
    weaveheap_borrow_t t = weaveheap_borrow_shared(h, &v, &err);
    EXPECT_OK(weaveheap_borrow_shared, &err);
    weaveheap_borrow_release(t, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    return v;
}

void wh_destroy(weaveheap_region_t r) {
    weaveheap_error err = {0};
    weaveheap_region_destroy(r, &err);
    EXPECT_OK(weaveheap_region_destroy, &err);
}

weaveheap_stats wh_region_stats(weaveheap_region_t r) {
    weaveheap_error err = {0};
    weaveheap_stats s;
    memset(&s, 0xab, sizeof s);
    weaveheap_region_stats(r, &s, &err);
    EXPECT_OK(weaveheap_region_stats, &err);
    return s;
}

weaveheap_stats wh_global_stats(void) {
    weaveheap_error err = {0};
    weaveheap_stats s;
    memset(&s, 0xab, sizeof s);
    weaveheap_stats_global(&s, &err);
    EXPECT_OK(weaveheap_stats_global, &err);
    return s;
}

uint64_t wh_drain_pages(weaveheap_region_t hog) {
    uint64_t n = 0;
    weaveheap_error err = {0};
    for (;;) {
        weaveheap__test_fail_nth_alloc(1);
        weaveheap_buffer_t b = weaveheap_buffer_alloc(hog, 0, 1, &err);
        weaveheap__test_fail_nth_alloc(0);
        if (!b) break;
        n++;
    }
    /* The only allocation an empty buffer in a region with a chunk makes is
     * a new table page. */
    EXPECT_ERR(weaveheap_buffer_alloc, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    return n;
}

size_t wh_drain_records(weaveheap_region_t* regions, size_t cap) {
    size_t n = 0;
    weaveheap_error err = {0};
    while (n < cap) {
        weaveheap__test_fail_nth_alloc(1);
        weaveheap_region_t r = weaveheap_region_create(NULL, &err);
        weaveheap__test_fail_nth_alloc(0);
        if (!r) break;
        regions[n++] = r;
    }
    REQUIRE_TRUE(n < cap);
    EXPECT_ERR(weaveheap_region_create, &err, WEAVEHEAP_ERR_OUT_OF_MEMORY);
    return n;
}
