/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144 */
/*
 * The misuse matrix in C: one CUnit test per case of misuse.build(surface)
 * (generator/weaveheap_gen/misuse.py, its steps from misuse.plan). Each makes
 * the objects the call needs, puts the target in its misused state, calls,
 * and checks that the call failed with the typed error code, that the
 * process-wide counters moved only by the case's counter (+1 exactly), and
 * that the bytes of every live object of the case are unchanged.
 *
 * In C a null is what the C API can be given: a NULL pointer with the
 * sample length (invalid_argument), or for a handle the handle 0, which no
 * table ever issues (forged_handle, counted as a rejected handle). Every
 * case is expressible in C.
 *
 * Built and run by tests/core/CMakeLists.txt (ctest core_misuse_matrix, also
 * in the sanitizer build). The exit status counts CUnit's failures.
 */
#include <CUnit/Basic.h>
#include <CUnit/CUnit.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "weaveheap.h"

#define WH_SNAPSHOT 64

/* The case running, for the messages. */
static const char* wh_case = "";

static void wh_assert(bool ok, bool fatal, unsigned line, const char* fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void wh_assert(bool ok, bool fatal, unsigned line, const char* fmt, ...) {
    char msg[512];
    if (ok) {
        CU_assertImplementation(CU_TRUE, line, "ok", __FILE__, "", CU_FALSE);
        return;
    }
    int n = snprintf(msg, sizeof msg, "%s: ", wh_case);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg + n, sizeof msg - (size_t)n, fmt, ap);
    va_end(ap);
    fprintf(stderr, "FAILED %s\n", msg);
    CU_assertImplementation(CU_FALSE, line, msg, __FILE__, "", fatal ? CU_TRUE : CU_FALSE);
}

/* A step that must work for the case to mean anything: fatal otherwise. */
#define wh_ok(err, what) wh_ok_at((err), (what), __LINE__)
static void wh_ok_at(weaveheap_error* err, const char* what, unsigned line) {
    wh_assert(err->code == 0, true, line, "%s failed: %d %s", what, (int)err->code,
              err->message ? err->message : "");
    weaveheap_error_clear(err);
}

/* The misused call failed with `code`, and says why. */
#define wh_refused(err, code, name) wh_refused_at((err), (code), (name), __LINE__)
static void wh_refused_at(weaveheap_error* err, int32_t code, const char* name, unsigned line) {
    wh_assert(err->code == code, false, line, "expected %s (%d), got %d: %s", name, (int)code, (int)err->code,
              err->message ? err->message : "(no message)");
    if (err->code == code) wh_assert(err->message && err->message[0], false, line, "an error has a message");
    weaveheap_error_clear(err);
}

static weaveheap_stats wh_stats(void) {
    weaveheap_error err = {0, NULL};
    weaveheap_stats s;
    memset(&s, 0xab, sizeof s);
    weaveheap_stats_global(&s, &err);
    wh_ok(&err, "weaveheap_stats_global");
    return s;
}

/* The process-wide counters moved only by `counter`, by one (NULL: none moved). */
#define wh_counted(before, counter) wh_counted_at((before), (counter), __LINE__)
static void wh_counted_at(const weaveheap_stats* before, const char* counter, unsigned line) {
    weaveheap_stats after = wh_stats();
    {
        uint64_t want = before->allocations + (counter && strcmp(counter, "allocations") == 0);
        wh_assert(after.allocations == want, false, line, "allocations is %" PRIu64 ", expected %" PRIu64,
                  (uint64_t)after.allocations, want);
    }
    {
        uint64_t want = before->releases + (counter && strcmp(counter, "releases") == 0);
        wh_assert(after.releases == want, false, line, "releases is %" PRIu64 ", expected %" PRIu64,
                  (uint64_t)after.releases, want);
    }
    {
        uint64_t want = before->bytes_allocated + (counter && strcmp(counter, "bytes_allocated") == 0);
        wh_assert(after.bytes_allocated == want, false, line, "bytes_allocated is %" PRIu64 ", expected %" PRIu64,
                  (uint64_t)after.bytes_allocated, want);
    }
    {
        uint64_t want = before->bytes_live + (counter && strcmp(counter, "bytes_live") == 0);
        wh_assert(after.bytes_live == want, false, line, "bytes_live is %" PRIu64 ", expected %" PRIu64,
                  (uint64_t)after.bytes_live, want);
    }
    {
        uint64_t want = before->bytes_peak + (counter && strcmp(counter, "bytes_peak") == 0);
        wh_assert(after.bytes_peak == want, false, line, "bytes_peak is %" PRIu64 ", expected %" PRIu64,
                  (uint64_t)after.bytes_peak, want);
    }
    {
        uint64_t want = before->bytes_reserved + (counter && strcmp(counter, "bytes_reserved") == 0);
        wh_assert(after.bytes_reserved == want, false, line, "bytes_reserved is %" PRIu64 ", expected %" PRIu64,
                  (uint64_t)after.bytes_reserved, want);
    }
    {
        uint64_t want = before->borrows_taken + (counter && strcmp(counter, "borrows_taken") == 0);
        wh_assert(after.borrows_taken == want, false, line, "borrows_taken is %" PRIu64 ", expected %" PRIu64,
                  (uint64_t)after.borrows_taken, want);
    }
    {
        uint64_t want = before->borrows_active + (counter && strcmp(counter, "borrows_active") == 0);
        wh_assert(after.borrows_active == want, false, line, "borrows_active is %" PRIu64 ", expected %" PRIu64,
                  (uint64_t)after.borrows_active, want);
    }
    {
        uint64_t want = before->borrow_conflicts + (counter && strcmp(counter, "borrow_conflicts") == 0);
        wh_assert(after.borrow_conflicts == want, false, line, "borrow_conflicts is %" PRIu64 ", expected %" PRIu64,
                  (uint64_t)after.borrow_conflicts, want);
    }
    {
        uint64_t want = before->stale_rejected + (counter && strcmp(counter, "stale_rejected") == 0);
        wh_assert(after.stale_rejected == want, false, line, "stale_rejected is %" PRIu64 ", expected %" PRIu64,
                  (uint64_t)after.stale_rejected, want);
    }
    {
        uint64_t want = before->copies + (counter && strcmp(counter, "copies") == 0);
        wh_assert(after.copies == want, false, line, "copies is %" PRIu64 ", expected %" PRIu64,
                  (uint64_t)after.copies, want);
    }
    {
        uint64_t want = before->copy_bytes + (counter && strcmp(counter, "copy_bytes") == 0);
        wh_assert(after.copy_bytes == want, false, line, "copy_bytes is %" PRIu64 ", expected %" PRIu64,
                  (uint64_t)after.copy_bytes, want);
    }
    {
        uint64_t want = before->regions_live + (counter && strcmp(counter, "regions_live") == 0);
        wh_assert(after.regions_live == want, false, line, "regions_live is %" PRIu64 ", expected %" PRIu64,
                  (uint64_t)after.regions_live, want);
    }
    {
        uint64_t want = before->imports + (counter && strcmp(counter, "imports") == 0);
        wh_assert(after.imports == want, false, line, "imports is %" PRIu64 ", expected %" PRIu64,
                  (uint64_t)after.imports, want);
    }
}

/* An object's bytes, through a shared view (before the misused call, or
 * after its views are closed); returns how many, at most WH_SNAPSHOT. */
static uint64_t wh_snapshot(weaveheap_handle_t h, uint8_t* out) {
    weaveheap_error err = {0, NULL};
    weaveheap_view v;
    weaveheap_handle_t token = weaveheap_borrow_shared(h, &v, &err);
    wh_ok(&err, "a shared view to read the bytes");
    uint64_t n = v.length < WH_SNAPSHOT ? v.length : WH_SNAPSHOT;
    wh_assert(v.length <= WH_SNAPSHOT, false, __LINE__, "an object longer than WH_SNAPSHOT");
    memcpy(out, v.data, (size_t)n);
    weaveheap_borrow_release(token, &err);
    wh_ok(&err, "close the view that read the bytes");
    return n;
}

static void wh_same_bytes(const uint8_t* was, uint64_t was_len, const uint8_t* now, uint64_t now_len,
                          const char* name) {
    bool same = was_len == now_len && memcmp(was, now, (size_t)was_len) == 0;
    wh_assert(same, false, __LINE__, "the bytes of the %s changed (%" PRIu64 " bytes, now %" PRIu64 ")", name,
              was_len, now_len);
}

/* region.destroy on a region: the object was closed and its slot now holds a newer object */
static void case_region_destroy_region_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "region_destroy_region_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t newer = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the newer (region.create)");
    weaveheap_handle_t again = region;
    weaveheap_stats before = wh_stats();
    weaveheap_region_destroy(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(newer, &err);
    wh_ok(&err, "close the newer");
}

/* region.destroy on a region: a handle that was never issued */
static void case_region_destroy_region_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "region_destroy_region_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x1fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_region_destroy(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* region.destroy on a region: a live object of another class, adopted under this one */
static void case_region_destroy_region_wrong_kind_buffer(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "region_destroy_region_wrong_kind_buffer";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t other = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the other (buffer.alloc)");
    weaveheap_buffer_write(other, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the other");
    weaveheap_handle_t recv = other;
    uint8_t was_other[WH_SNAPSHOT];
    uint64_t was_other_len = wh_snapshot(other, was_other);
    weaveheap_stats before = wh_stats();
    weaveheap_region_destroy(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    uint8_t now_other[WH_SNAPSHOT];
    uint64_t now_other_len = wh_snapshot(other, now_other);
    wh_same_bytes(was_other, was_other_len, now_other, now_other_len, "other");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* region.destroy on a region: a second wrapper of an already released handle is closed */
static void case_region_destroy_region_double_release(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "region_destroy_region_double_release";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t again = region;
    weaveheap_stats before = wh_stats();
    weaveheap_region_destroy(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* region.destroy on a region: null (None, nil) where a value is required */
static void case_region_destroy_region_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "region_destroy_region_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_region_destroy(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* region.destroy on a region: the call needs the object (or its region) free of the view that is live */
static void case_region_destroy_region_while_borrowed_shared(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "region_destroy_region_while_borrowed_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t viewed = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the viewed (buffer.alloc)");
    weaveheap_buffer_write(viewed, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the viewed");
    uint8_t was_viewed[WH_SNAPSHOT];
    uint64_t was_viewed_len = wh_snapshot(viewed, was_viewed);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(viewed, &out_view0, &err);
    wh_ok(&err, "a shared view of the viewed");
    weaveheap_stats before = wh_stats();
    weaveheap_region_destroy(region, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_viewed[WH_SNAPSHOT];
    uint64_t now_viewed_len = wh_snapshot(viewed, now_viewed);
    wh_same_bytes(was_viewed, was_viewed_len, now_viewed, now_viewed_len, "viewed");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* region.reset on a region: the object was closed before the call */
static void case_region_reset_region_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "region_reset_region_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_region_reset(region, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* region.reset on a region: the object was closed and its slot now holds a newer object */
static void case_region_reset_region_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "region_reset_region_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t newer = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the newer (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_region_reset(region, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(newer, &err);
    wh_ok(&err, "close the newer");
}

/* region.reset on a region: a handle that was never issued */
static void case_region_reset_region_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "region_reset_region_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x1fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_region_reset(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* region.reset on a region: a live object of another class, adopted under this one */
static void case_region_reset_region_wrong_kind_buffer(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "region_reset_region_wrong_kind_buffer";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t other = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the other (buffer.alloc)");
    weaveheap_buffer_write(other, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the other");
    weaveheap_handle_t recv = other;
    uint8_t was_other[WH_SNAPSHOT];
    uint64_t was_other_len = wh_snapshot(other, was_other);
    weaveheap_stats before = wh_stats();
    weaveheap_region_reset(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    uint8_t now_other[WH_SNAPSHOT];
    uint64_t now_other_len = wh_snapshot(other, now_other);
    wh_same_bytes(was_other, was_other_len, now_other, now_other_len, "other");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* region.reset on a region: null (None, nil) where a value is required */
static void case_region_reset_region_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "region_reset_region_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_region_reset(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* region.reset on a region: the call needs the object (or its region) free of the view that is live */
static void case_region_reset_region_while_borrowed_shared(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "region_reset_region_while_borrowed_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t viewed = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the viewed (buffer.alloc)");
    weaveheap_buffer_write(viewed, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the viewed");
    uint8_t was_viewed[WH_SNAPSHOT];
    uint64_t was_viewed_len = wh_snapshot(viewed, was_viewed);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(viewed, &out_view0, &err);
    wh_ok(&err, "a shared view of the viewed");
    weaveheap_stats before = wh_stats();
    weaveheap_region_reset(region, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_viewed[WH_SNAPSHOT];
    uint64_t now_viewed_len = wh_snapshot(viewed, now_viewed);
    wh_same_bytes(was_viewed, was_viewed_len, now_viewed, now_viewed_len, "viewed");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* region.stats on a region: the object was closed before the call */
static void case_region_stats_region_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "region_stats_region_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats out_out0;
    weaveheap_stats before = wh_stats();
    weaveheap_region_stats(region, &out_out0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* region.stats on a region: the object was closed and its slot now holds a newer object */
static void case_region_stats_region_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "region_stats_region_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t newer = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the newer (region.create)");
    weaveheap_stats out_out0;
    weaveheap_stats before = wh_stats();
    weaveheap_region_stats(region, &out_out0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(newer, &err);
    wh_ok(&err, "close the newer");
}

/* region.stats on a region: a handle that was never issued */
static void case_region_stats_region_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "region_stats_region_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x1fffffff00000001);
    weaveheap_stats out_out0;
    weaveheap_stats before = wh_stats();
    weaveheap_region_stats(recv, &out_out0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* region.stats on a region: a live object of another class, adopted under this one */
static void case_region_stats_region_wrong_kind_buffer(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "region_stats_region_wrong_kind_buffer";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t other = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the other (buffer.alloc)");
    weaveheap_buffer_write(other, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the other");
    weaveheap_handle_t recv = other;
    uint8_t was_other[WH_SNAPSHOT];
    uint64_t was_other_len = wh_snapshot(other, was_other);
    weaveheap_stats out_out0;
    weaveheap_stats before = wh_stats();
    weaveheap_region_stats(recv, &out_out0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    uint8_t now_other[WH_SNAPSHOT];
    uint64_t now_other_len = wh_snapshot(other, now_other);
    wh_same_bytes(was_other, was_other_len, now_other, now_other_len, "other");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* region.stats on a region: null (None, nil) where a value is required */
static void case_region_stats_region_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "region_stats_region_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats out_out0;
    weaveheap_stats before = wh_stats();
    weaveheap_region_stats(0, &out_out0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.alloc on a region: the object was closed before the call */
static void case_buffer_alloc_region_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_alloc_region_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_t result = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_buffer_release(result, &err);
    weaveheap_error_clear(&err);
}

/* buffer.alloc on a region: the object was closed and its slot now holds a newer object */
static void case_buffer_alloc_region_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_alloc_region_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t newer = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the newer (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_t result = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_buffer_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(newer, &err);
    wh_ok(&err, "close the newer");
}

/* buffer.alloc on a region: a handle that was never issued */
static void case_buffer_alloc_region_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_alloc_region_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x1fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_t result = weaveheap_buffer_alloc(recv, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_buffer_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.alloc on a region: a live object of another class, adopted under this one */
static void case_buffer_alloc_region_wrong_kind_buffer(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_alloc_region_wrong_kind_buffer";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t other = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the other (buffer.alloc)");
    weaveheap_buffer_write(other, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the other");
    weaveheap_handle_t recv = other;
    uint8_t was_other[WH_SNAPSHOT];
    uint64_t was_other_len = wh_snapshot(other, was_other);
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_t result = weaveheap_buffer_alloc(recv, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_buffer_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_other[WH_SNAPSHOT];
    uint64_t now_other_len = wh_snapshot(other, now_other);
    wh_same_bytes(was_other, was_other_len, now_other, now_other_len, "other");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.alloc on a region: null (None, nil) where a value is required */
static void case_buffer_alloc_region_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_alloc_region_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_t result = weaveheap_buffer_alloc(0, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_buffer_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.alloc on a region: an integer far out of range (sizes of 2^32 and more on every target width) (size) */
static void case_buffer_alloc_region_absurd_value_size_1000000000001(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_alloc_region_absurd_value_size_1000000000001";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_t result = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(281474976710657), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_buffer_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.alloc on a region: an integer far out of range (sizes of 2^32 and more on every target width) (size) */
static void case_buffer_alloc_region_absurd_value_size_ffffffffffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_alloc_region_absurd_value_size_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_t result = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(18446744073709551615), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_buffer_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.alloc on a region: an integer far out of range (sizes of 2^32 and more on every target width) (size) */
static void case_buffer_alloc_region_absurd_value_size_100000010_limited(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_alloc_region_absurd_value_size_100000010_limited";
    weaveheap_region_options s_options0 = {0};
    s_options0.byte_limit = UINT64_C(1048576);
    weaveheap_handle_t region = weaveheap_region_create(&s_options0, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_t result = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(4294967312), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_buffer_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.alloc on a region: an integer far out of range (sizes of 2^32 and more on every target width) (size) */
static void case_buffer_alloc_region_absurd_value_size_10000000000_limited(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_alloc_region_absurd_value_size_10000000000_limited";
    weaveheap_region_options s_options0 = {0};
    s_options0.byte_limit = UINT64_C(1048576);
    weaveheap_handle_t region = weaveheap_region_create(&s_options0, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_t result = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(1099511627776), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_buffer_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.alloc on a region: an integer far out of range (sizes of 2^32 and more on every target width) (size) */
static void case_buffer_alloc_region_absurd_value_size_1000000000000_limited(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_alloc_region_absurd_value_size_1000000000000_limited";
    weaveheap_region_options s_options0 = {0};
    s_options0.byte_limit = UINT64_C(1048576);
    weaveheap_handle_t region = weaveheap_region_create(&s_options0, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_t result = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(281474976710656), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_buffer_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.alloc on a region: an integer far out of range (sizes of 2^32 and more on every target width) (size) */
static void case_buffer_alloc_region_absurd_value_size_10000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_alloc_region_absurd_value_size_10000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_t result = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(1099511627776), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_buffer_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.alloc on a region: an integer far out of range (sizes of 2^32 and more on every target width) (size) */
static void case_buffer_alloc_region_absurd_value_size_1000000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_alloc_region_absurd_value_size_1000000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_t result = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(281474976710656), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_buffer_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.alloc on a region: an integer far out of range (sizes of 2^32 and more on every target width) (align) */
static void case_buffer_alloc_region_absurd_value_align_100001(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_alloc_region_absurd_value_align_100001";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_t result = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(1048577), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_buffer_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.alloc on a region: an integer far out of range (sizes of 2^32 and more on every target width) (align) */
static void case_buffer_alloc_region_absurd_value_align_ffffffffffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_alloc_region_absurd_value_align_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_t result = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(18446744073709551615), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_buffer_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.alloc on a region: an integer that must be a power of two and is not (align) */
static void case_buffer_alloc_region_bad_alignment_align_0(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_alloc_region_bad_alignment_align_0";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_t result = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_buffer_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.alloc on a region: an integer that must be a power of two and is not (align) */
static void case_buffer_alloc_region_bad_alignment_align_3(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_alloc_region_bad_alignment_align_3";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_t result = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(3), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_buffer_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.alloc on a region: an integer that must be a power of two and is not (align) */
static void case_buffer_alloc_region_bad_alignment_align_18(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_alloc_region_bad_alignment_align_18";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_t result = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(24), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_buffer_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.release on a buffer: the object was closed and its slot now holds a newer object */
static void case_buffer_release_buffer_reused(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    static const uint8_t data2[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_release_buffer_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    weaveheap_buffer_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the newer (buffer.alloc)");
    weaveheap_buffer_write(newer, (uint64_t)UINT64_C(0), data2, UINT64_C(16), &err);
    wh_ok(&err, "fill the newer");
    weaveheap_handle_t again = recv;
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_release(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.release on a buffer: a handle that was never issued */
static void case_buffer_release_buffer_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_release_buffer_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x2fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.release on a buffer: a live object of another class, adopted under this one */
static void case_buffer_release_buffer_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_release_buffer_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.release on a buffer: the object's region was destroyed before the call */
static void case_buffer_release_buffer_after_region_destroy(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_release_buffer_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* buffer.release on a buffer: a second wrapper of an already released handle is closed */
static void case_buffer_release_buffer_double_release(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_release_buffer_double_release";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    weaveheap_buffer_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t again = recv;
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_release(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.release on a buffer: null (None, nil) where a value is required */
static void case_buffer_release_buffer_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_release_buffer_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_release(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.release on a buffer: the call needs the object (or its region) free of the view that is live */
static void case_buffer_release_buffer_while_borrowed_shared(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_release_buffer_while_borrowed_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_ok(&err, "a shared view of the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.size on a buffer: the object was closed before the call */
static void case_buffer_size_buffer_stale(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_size_buffer_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    weaveheap_buffer_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_buffer_size(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.size on a buffer: the object was closed and its slot now holds a newer object */
static void case_buffer_size_buffer_reused(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    static const uint8_t data2[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_size_buffer_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    weaveheap_buffer_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the newer (buffer.alloc)");
    weaveheap_buffer_write(newer, (uint64_t)UINT64_C(0), data2, UINT64_C(16), &err);
    wh_ok(&err, "fill the newer");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_buffer_size(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.size on a buffer: a handle that was never issued */
static void case_buffer_size_buffer_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_size_buffer_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x2fffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_buffer_size(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.size on a buffer: a live object of another class, adopted under this one */
static void case_buffer_size_buffer_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_size_buffer_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_buffer_size(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.size on a buffer: the object's region was destroyed before the call */
static void case_buffer_size_buffer_after_region_destroy(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_size_buffer_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_buffer_size(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* buffer.size on a buffer: null (None, nil) where a value is required */
static void case_buffer_size_buffer_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_size_buffer_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_buffer_size(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.write on a buffer: the object was closed before the call */
static void case_buffer_write_buffer_stale(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_write_buffer_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    weaveheap_buffer_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data2, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.write on a buffer: the object was closed and its slot now holds a newer object */
static void case_buffer_write_buffer_reused(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    static const uint8_t data2[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    static const uint8_t data3[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_write_buffer_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    weaveheap_buffer_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the newer (buffer.alloc)");
    weaveheap_buffer_write(newer, (uint64_t)UINT64_C(0), data2, UINT64_C(16), &err);
    wh_ok(&err, "fill the newer");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data3, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.write on a buffer: a handle that was never issued */
static void case_buffer_write_buffer_forged(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_write_buffer_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x2fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.write on a buffer: a live object of another class, adopted under this one */
static void case_buffer_write_buffer_wrong_kind_region(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_write_buffer_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.write on a buffer: the object's region was destroyed before the call */
static void case_buffer_write_buffer_after_region_destroy(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_write_buffer_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data2, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* buffer.write on a buffer: null (None, nil) where a value is required */
static void case_buffer_write_buffer_null(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_write_buffer_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_write(0, (uint64_t)UINT64_C(0), data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.write on a buffer: the call needs the object (or its region) free of the view that is live */
static void case_buffer_write_buffer_while_borrowed_shared(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_write_buffer_while_borrowed_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_ok(&err, "a shared view of the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data2, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.write on a buffer: an integer far out of range (sizes of 2^32 and more on every target width) (offset) */
static void case_buffer_write_buffer_absurd_value_offset_100000010(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_write_buffer_absurd_value_offset_100000010";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(4294967312), data2, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.write on a buffer: an integer far out of range (sizes of 2^32 and more on every target width) (offset) */
static void case_buffer_write_buffer_absurd_value_offset_10000000000(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_write_buffer_absurd_value_offset_10000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(1099511627776), data2, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.write on a buffer: an integer far out of range (sizes of 2^32 and more on every target width) (offset) */
static void case_buffer_write_buffer_absurd_value_offset_ffffffffffffffff(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_write_buffer_absurd_value_offset_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(18446744073709551615), data2, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.write on a buffer: null (None, nil) where a value is required (data) */
static void case_buffer_write_buffer_null_data(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_write_buffer_null_data";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), NULL, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.read on a buffer: the object was closed before the call */
static void case_buffer_read_buffer_stale(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_read_buffer_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    weaveheap_buffer_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_read(recv, (uint64_t)UINT64_C(0), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.read on a buffer: the object was closed and its slot now holds a newer object */
static void case_buffer_read_buffer_reused(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    static const uint8_t data2[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_read_buffer_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    weaveheap_buffer_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the newer (buffer.alloc)");
    weaveheap_buffer_write(newer, (uint64_t)UINT64_C(0), data2, UINT64_C(16), &err);
    wh_ok(&err, "fill the newer");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_read(recv, (uint64_t)UINT64_C(0), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.read on a buffer: a handle that was never issued */
static void case_buffer_read_buffer_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_read_buffer_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x2fffffff00000001);
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_read(recv, (uint64_t)UINT64_C(0), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.read on a buffer: a live object of another class, adopted under this one */
static void case_buffer_read_buffer_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_read_buffer_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_read(recv, (uint64_t)UINT64_C(0), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.read on a buffer: the object's region was destroyed before the call */
static void case_buffer_read_buffer_after_region_destroy(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_read_buffer_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_read(recv, (uint64_t)UINT64_C(0), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* buffer.read on a buffer: null (None, nil) where a value is required */
static void case_buffer_read_buffer_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_read_buffer_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_read(0, (uint64_t)UINT64_C(0), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.read on a buffer: the call needs the object (or its region) free of the view that is live */
static void case_buffer_read_buffer_while_borrowed_unique(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_read_buffer_while_borrowed_unique";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_ok(&err, "a unique view of the recv");
    uint8_t dst1[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_read(recv, (uint64_t)UINT64_C(0), dst1, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.read on a buffer: an integer far out of range (sizes of 2^32 and more on every target width) (offset) */
static void case_buffer_read_buffer_absurd_value_offset_100000010(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_read_buffer_absurd_value_offset_100000010";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_read(recv, (uint64_t)UINT64_C(4294967312), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.read on a buffer: an integer far out of range (sizes of 2^32 and more on every target width) (offset) */
static void case_buffer_read_buffer_absurd_value_offset_10000000000(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_read_buffer_absurd_value_offset_10000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_read(recv, (uint64_t)UINT64_C(1099511627776), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.read on a buffer: an integer far out of range (sizes of 2^32 and more on every target width) (offset) */
static void case_buffer_read_buffer_absurd_value_offset_ffffffffffffffff(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_read_buffer_absurd_value_offset_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_read(recv, (uint64_t)UINT64_C(18446744073709551615), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* buffer.read on a buffer: null (None, nil) where a value is required (dst) */
static void case_buffer_read_buffer_null_dst(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "buffer_read_buffer_null_dst";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_buffer_read(recv, (uint64_t)UINT64_C(0), NULL, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* bytes.create on a region: the object was closed before the call */
static void case_bytes_create_region_stale(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_create_region_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_bytes_t result = weaveheap_bytes_create(region, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_bytes_release(result, &err);
    weaveheap_error_clear(&err);
}

/* bytes.create on a region: the object was closed and its slot now holds a newer object */
static void case_bytes_create_region_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_create_region_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t newer = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the newer (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_bytes_t result = weaveheap_bytes_create(region, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_bytes_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(newer, &err);
    wh_ok(&err, "close the newer");
}

/* bytes.create on a region: a handle that was never issued */
static void case_bytes_create_region_forged(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_create_region_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x1fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_bytes_t result = weaveheap_bytes_create(recv, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_bytes_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* bytes.create on a region: a live object of another class, adopted under this one */
static void case_bytes_create_region_wrong_kind_buffer(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_create_region_wrong_kind_buffer";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t other = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the other (buffer.alloc)");
    weaveheap_buffer_write(other, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the other");
    weaveheap_handle_t recv = other;
    uint8_t was_other[WH_SNAPSHOT];
    uint64_t was_other_len = wh_snapshot(other, was_other);
    weaveheap_stats before = wh_stats();
    weaveheap_bytes_t result = weaveheap_bytes_create(recv, data2, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_bytes_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_other[WH_SNAPSHOT];
    uint64_t now_other_len = wh_snapshot(other, now_other);
    wh_same_bytes(was_other, was_other_len, now_other, now_other_len, "other");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* bytes.create on a region: null (None, nil) where a value is required */
static void case_bytes_create_region_null(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_create_region_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_bytes_t result = weaveheap_bytes_create(0, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_bytes_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* bytes.create on a region: null (None, nil) where a value is required (data) */
static void case_bytes_create_region_null_data(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_create_region_null_data";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_bytes_t result = weaveheap_bytes_create(region, NULL, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_bytes_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* bytes.release on a bytes: the object was closed and its slot now holds a newer object */
static void case_bytes_release_bytes_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_release_bytes_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_bytes_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (bytes.create)");
    weaveheap_bytes_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_bytes_create(region, data2, UINT64_C(5), &err);
    wh_ok(&err, "make the newer (bytes.create)");
    weaveheap_handle_t again = recv;
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    weaveheap_bytes_release(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* bytes.release on a bytes: a handle that was never issued */
static void case_bytes_release_bytes_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_release_bytes_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x3fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_bytes_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* bytes.release on a bytes: a live object of another class, adopted under this one */
static void case_bytes_release_bytes_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_release_bytes_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_bytes_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* bytes.release on a bytes: the object's region was destroyed before the call */
static void case_bytes_release_bytes_after_region_destroy(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_release_bytes_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_bytes_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (bytes.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_bytes_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* bytes.release on a bytes: a second wrapper of an already released handle is closed */
static void case_bytes_release_bytes_double_release(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_release_bytes_double_release";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_bytes_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (bytes.create)");
    weaveheap_bytes_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t again = recv;
    weaveheap_stats before = wh_stats();
    weaveheap_bytes_release(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* bytes.release on a bytes: null (None, nil) where a value is required */
static void case_bytes_release_bytes_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_release_bytes_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_bytes_release(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* bytes.release on a bytes: the call needs the object (or its region) free of the view that is live */
static void case_bytes_release_bytes_while_borrowed_shared(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_release_bytes_while_borrowed_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_bytes_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (bytes.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_ok(&err, "a shared view of the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_bytes_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* bytes.length on a bytes: the object was closed before the call */
static void case_bytes_length_bytes_stale(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_length_bytes_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_bytes_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (bytes.create)");
    weaveheap_bytes_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_bytes_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* bytes.length on a bytes: the object was closed and its slot now holds a newer object */
static void case_bytes_length_bytes_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_length_bytes_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_bytes_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (bytes.create)");
    weaveheap_bytes_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_bytes_create(region, data2, UINT64_C(5), &err);
    wh_ok(&err, "make the newer (bytes.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_bytes_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* bytes.length on a bytes: a handle that was never issued */
static void case_bytes_length_bytes_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_length_bytes_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x3fffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_bytes_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* bytes.length on a bytes: a live object of another class, adopted under this one */
static void case_bytes_length_bytes_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_length_bytes_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_bytes_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* bytes.length on a bytes: the object's region was destroyed before the call */
static void case_bytes_length_bytes_after_region_destroy(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_length_bytes_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_bytes_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (bytes.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_bytes_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* bytes.length on a bytes: null (None, nil) where a value is required */
static void case_bytes_length_bytes_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_length_bytes_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_bytes_length(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* bytes.dup on a bytes: the object was closed before the call */
static void case_bytes_dup_bytes_stale(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_dup_bytes_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_bytes_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (bytes.create)");
    weaveheap_bytes_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint64_t out_len = 0;
    weaveheap_stats before = wh_stats();
    uint8_t* result = weaveheap_bytes_dup(recv, &out_len, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_bytes(result, out_len);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* bytes.dup on a bytes: the object was closed and its slot now holds a newer object */
static void case_bytes_dup_bytes_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_dup_bytes_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_bytes_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (bytes.create)");
    weaveheap_bytes_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_bytes_create(region, data2, UINT64_C(5), &err);
    wh_ok(&err, "make the newer (bytes.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    uint64_t out_len = 0;
    weaveheap_stats before = wh_stats();
    uint8_t* result = weaveheap_bytes_dup(recv, &out_len, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_bytes(result, out_len);
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* bytes.dup on a bytes: a handle that was never issued */
static void case_bytes_dup_bytes_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_dup_bytes_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x3fffffff00000001);
    uint64_t out_len = 0;
    weaveheap_stats before = wh_stats();
    uint8_t* result = weaveheap_bytes_dup(recv, &out_len, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_bytes(result, out_len);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* bytes.dup on a bytes: a live object of another class, adopted under this one */
static void case_bytes_dup_bytes_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_dup_bytes_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    uint64_t out_len = 0;
    weaveheap_stats before = wh_stats();
    uint8_t* result = weaveheap_bytes_dup(recv, &out_len, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_bytes(result, out_len);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* bytes.dup on a bytes: the object's region was destroyed before the call */
static void case_bytes_dup_bytes_after_region_destroy(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_dup_bytes_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_bytes_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (bytes.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    uint64_t out_len = 0;
    weaveheap_stats before = wh_stats();
    uint8_t* result = weaveheap_bytes_dup(recv, &out_len, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_bytes(result, out_len);
}

/* bytes.dup on a bytes: null (None, nil) where a value is required */
static void case_bytes_dup_bytes_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_dup_bytes_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    uint64_t out_len = 0;
    weaveheap_stats before = wh_stats();
    uint8_t* result = weaveheap_bytes_dup(0, &out_len, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_bytes(result, out_len);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* bytes.dup on a bytes: the call needs the object (or its region) free of the view that is live */
static void case_bytes_dup_bytes_while_borrowed_unique(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "bytes_dup_bytes_while_borrowed_unique";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_bytes_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (bytes.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_ok(&err, "a unique view of the recv");
    uint64_t out_len = 0;
    weaveheap_stats before = wh_stats();
    uint8_t* result = weaveheap_bytes_dup(recv, &out_len, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_bytes(result, out_len);
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* string.create on a region: the object was closed before the call */
static void case_string_create_region_stale(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "string_create_region_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_string_t result = weaveheap_string_create(region, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_string_release(result, &err);
    weaveheap_error_clear(&err);
}

/* string.create on a region: the object was closed and its slot now holds a newer object */
static void case_string_create_region_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "string_create_region_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t newer = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the newer (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_string_t result = weaveheap_string_create(region, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_string_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(newer, &err);
    wh_ok(&err, "close the newer");
}

/* string.create on a region: a handle that was never issued */
static void case_string_create_region_forged(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "string_create_region_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x1fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_string_t result = weaveheap_string_create(recv, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_string_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* string.create on a region: a live object of another class, adopted under this one */
static void case_string_create_region_wrong_kind_buffer(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "string_create_region_wrong_kind_buffer";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t other = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the other (buffer.alloc)");
    weaveheap_buffer_write(other, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the other");
    weaveheap_handle_t recv = other;
    uint8_t was_other[WH_SNAPSHOT];
    uint64_t was_other_len = wh_snapshot(other, was_other);
    weaveheap_stats before = wh_stats();
    weaveheap_string_t result = weaveheap_string_create(recv, data2, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_string_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_other[WH_SNAPSHOT];
    uint64_t now_other_len = wh_snapshot(other, now_other);
    wh_same_bytes(was_other, was_other_len, now_other, now_other_len, "other");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* string.create on a region: null (None, nil) where a value is required */
static void case_string_create_region_null(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "string_create_region_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_string_t result = weaveheap_string_create(0, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_string_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* string.create on a region: null (None, nil) where a value is required (text) */
static void case_string_create_region_null_text(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "string_create_region_null_text";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_string_t result = weaveheap_string_create(region, NULL, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_string_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* string.create on a region: text that is not UTF-8 (text) */
static void case_string_create_region_invalid_utf8_text(void) {
    static const uint8_t data1[3] = {0xc3, 0x28, 0xff};
    weaveheap_error err = {0, NULL};
    wh_case = "string_create_region_invalid_utf8_text";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_string_t result = weaveheap_string_create(region, data1, UINT64_C(3), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_UTF8, "WEAVEHEAP_ERR_INVALID_UTF8");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_string_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* string.release on a string: the object was closed and its slot now holds a newer object */
static void case_string_release_string_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "string_release_string_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_string_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (string.create)");
    weaveheap_string_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_string_create(region, data2, UINT64_C(5), &err);
    wh_ok(&err, "make the newer (string.create)");
    weaveheap_handle_t again = recv;
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    weaveheap_string_release(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* string.release on a string: a handle that was never issued */
static void case_string_release_string_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "string_release_string_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x4fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_string_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* string.release on a string: a live object of another class, adopted under this one */
static void case_string_release_string_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "string_release_string_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_string_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* string.release on a string: the object's region was destroyed before the call */
static void case_string_release_string_after_region_destroy(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "string_release_string_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_string_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (string.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_string_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* string.release on a string: a second wrapper of an already released handle is closed */
static void case_string_release_string_double_release(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "string_release_string_double_release";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_string_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (string.create)");
    weaveheap_string_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t again = recv;
    weaveheap_stats before = wh_stats();
    weaveheap_string_release(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* string.release on a string: null (None, nil) where a value is required */
static void case_string_release_string_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "string_release_string_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_string_release(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* string.release on a string: the call needs the object (or its region) free of the view that is live */
static void case_string_release_string_while_borrowed_shared(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "string_release_string_while_borrowed_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_string_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (string.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_ok(&err, "a shared view of the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_string_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* string.length on a string: the object was closed before the call */
static void case_string_length_string_stale(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "string_length_string_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_string_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (string.create)");
    weaveheap_string_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_string_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* string.length on a string: the object was closed and its slot now holds a newer object */
static void case_string_length_string_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "string_length_string_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_string_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (string.create)");
    weaveheap_string_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_string_create(region, data2, UINT64_C(5), &err);
    wh_ok(&err, "make the newer (string.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_string_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* string.length on a string: a handle that was never issued */
static void case_string_length_string_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "string_length_string_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x4fffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_string_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* string.length on a string: a live object of another class, adopted under this one */
static void case_string_length_string_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "string_length_string_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_string_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* string.length on a string: the object's region was destroyed before the call */
static void case_string_length_string_after_region_destroy(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "string_length_string_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_string_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (string.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_string_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* string.length on a string: null (None, nil) where a value is required */
static void case_string_length_string_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "string_length_string_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_string_length(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* string.dup on a string: the object was closed before the call */
static void case_string_dup_string_stale(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "string_dup_string_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_string_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (string.create)");
    weaveheap_string_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    char* result = weaveheap_string_dup(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_string(result);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* string.dup on a string: the object was closed and its slot now holds a newer object */
static void case_string_dup_string_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "string_dup_string_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_string_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (string.create)");
    weaveheap_string_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_string_create(region, data2, UINT64_C(5), &err);
    wh_ok(&err, "make the newer (string.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    char* result = weaveheap_string_dup(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_string(result);
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* string.dup on a string: a handle that was never issued */
static void case_string_dup_string_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "string_dup_string_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x4fffffff00000001);
    weaveheap_stats before = wh_stats();
    char* result = weaveheap_string_dup(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_string(result);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* string.dup on a string: a live object of another class, adopted under this one */
static void case_string_dup_string_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "string_dup_string_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    char* result = weaveheap_string_dup(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_string(result);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* string.dup on a string: the object's region was destroyed before the call */
static void case_string_dup_string_after_region_destroy(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "string_dup_string_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_string_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (string.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    char* result = weaveheap_string_dup(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_string(result);
}

/* string.dup on a string: null (None, nil) where a value is required */
static void case_string_dup_string_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "string_dup_string_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    char* result = weaveheap_string_dup(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_string(result);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* string.dup on a string: the call needs the object (or its region) free of the view that is live */
static void case_string_dup_string_while_borrowed_unique(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "string_dup_string_while_borrowed_unique";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_string_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (string.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_ok(&err, "a unique view of the recv");
    weaveheap_stats before = wh_stats();
    char* result = weaveheap_string_dup(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_string(result);
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.create on a region: the object was closed before the call */
static void case_vector_create_region_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_create_region_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_t result = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_vector_release(result, &err);
    weaveheap_error_clear(&err);
}

/* vector.create on a region: the object was closed and its slot now holds a newer object */
static void case_vector_create_region_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_create_region_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t newer = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the newer (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_t result = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(newer, &err);
    wh_ok(&err, "close the newer");
}

/* vector.create on a region: a handle that was never issued */
static void case_vector_create_region_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_create_region_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x1fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_t result = weaveheap_vector_create(recv, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.create on a region: a live object of another class, adopted under this one */
static void case_vector_create_region_wrong_kind_buffer(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "vector_create_region_wrong_kind_buffer";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t other = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the other (buffer.alloc)");
    weaveheap_buffer_write(other, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the other");
    weaveheap_handle_t recv = other;
    uint8_t was_other[WH_SNAPSHOT];
    uint64_t was_other_len = wh_snapshot(other, was_other);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_t result = weaveheap_vector_create(recv, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_vector_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_other[WH_SNAPSHOT];
    uint64_t now_other_len = wh_snapshot(other, now_other);
    wh_same_bytes(was_other, was_other_len, now_other, now_other_len, "other");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.create on a region: null (None, nil) where a value is required */
static void case_vector_create_region_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_create_region_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_t result = weaveheap_vector_create(0, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_vector_create_region_absurd_value_capacity_1000000000001(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_create_region_absurd_value_capacity_1000000000001";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_t result = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(281474976710657), false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_vector_create_region_absurd_value_capacity_ffffffffffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_create_region_absurd_value_capacity_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_t result = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(18446744073709551615), false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_vector_create_region_absurd_value_capacity_100000010_limited(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_create_region_absurd_value_capacity_100000010_limited";
    weaveheap_region_options s_options0 = {0};
    s_options0.byte_limit = UINT64_C(1048576);
    weaveheap_handle_t region = weaveheap_region_create(&s_options0, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_t result = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(4294967312), false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_vector_create_region_absurd_value_capacity_10000000000_limited(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_create_region_absurd_value_capacity_10000000000_limited";
    weaveheap_region_options s_options0 = {0};
    s_options0.byte_limit = UINT64_C(1048576);
    weaveheap_handle_t region = weaveheap_region_create(&s_options0, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_t result = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(1099511627776), false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_vector_create_region_absurd_value_capacity_1000000000000_limited(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_create_region_absurd_value_capacity_1000000000000_limited";
    weaveheap_region_options s_options0 = {0};
    s_options0.byte_limit = UINT64_C(1048576);
    weaveheap_handle_t region = weaveheap_region_create(&s_options0, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_t result = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(281474976710656), false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_vector_create_region_absurd_value_capacity_10000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_create_region_absurd_value_capacity_10000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_t result = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(1099511627776), false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_vector_create_region_absurd_value_capacity_1000000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_create_region_absurd_value_capacity_1000000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_t result = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(281474976710656), false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.release on a vector: the object was closed and its slot now holds a newer object */
static void case_vector_release_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_release_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the newer (vector.create)");
    weaveheap_handle_t again = recv;
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_release(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.release on a vector: a handle that was never issued */
static void case_vector_release_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_release_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x7fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.release on a vector: a live object of another class, adopted under this one */
static void case_vector_release_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_release_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_vector_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.release on a vector: the object's region was destroyed before the call */
static void case_vector_release_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_release_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* vector.release on a vector: a second wrapper of an already released handle is closed */
static void case_vector_release_vector_double_release(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_release_vector_double_release";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t again = recv;
    weaveheap_stats before = wh_stats();
    weaveheap_vector_release(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.release on a vector: null (None, nil) where a value is required */
static void case_vector_release_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_release_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_release(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.release on a vector: the call needs the object (or its region) free of the view that is live */
static void case_vector_release_vector_while_borrowed_shared(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_release_vector_while_borrowed_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_ok(&err, "a shared view of the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.length on a vector: the object was closed before the call */
static void case_vector_length_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_length_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_vector_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.length on a vector: the object was closed and its slot now holds a newer object */
static void case_vector_length_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_length_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the newer (vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_vector_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.length on a vector: a handle that was never issued */
static void case_vector_length_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_length_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x7fffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_vector_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.length on a vector: a live object of another class, adopted under this one */
static void case_vector_length_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_length_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_vector_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.length on a vector: the object's region was destroyed before the call */
static void case_vector_length_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_length_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_vector_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* vector.length on a vector: null (None, nil) where a value is required */
static void case_vector_length_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_length_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_vector_length(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.capacity on a vector: the object was closed before the call */
static void case_vector_capacity_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_capacity_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_vector_capacity(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.capacity on a vector: the object was closed and its slot now holds a newer object */
static void case_vector_capacity_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_capacity_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the newer (vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_vector_capacity(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.capacity on a vector: a handle that was never issued */
static void case_vector_capacity_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_capacity_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x7fffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_vector_capacity(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.capacity on a vector: a live object of another class, adopted under this one */
static void case_vector_capacity_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_capacity_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_vector_capacity(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.capacity on a vector: the object's region was destroyed before the call */
static void case_vector_capacity_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_capacity_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_vector_capacity(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* vector.capacity on a vector: null (None, nil) where a value is required */
static void case_vector_capacity_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_capacity_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_vector_capacity(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.resize on a vector: the object was closed before the call */
static void case_vector_resize_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_resize_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_resize(recv, (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.resize on a vector: the object was closed and its slot now holds a newer object */
static void case_vector_resize_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_resize_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the newer (vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_resize(recv, (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.resize on a vector: a handle that was never issued */
static void case_vector_resize_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_resize_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x7fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_resize(recv, (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.resize on a vector: a live object of another class, adopted under this one */
static void case_vector_resize_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_resize_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_vector_resize(recv, (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.resize on a vector: the object's region was destroyed before the call */
static void case_vector_resize_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_resize_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_resize(recv, (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* vector.resize on a vector: null (None, nil) where a value is required */
static void case_vector_resize_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_resize_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_resize(0, (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.resize on a vector: the call needs the object (or its region) free of the view that is live */
static void case_vector_resize_vector_while_borrowed_shared(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_resize_vector_while_borrowed_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_ok(&err, "a shared view of the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_resize(recv, (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.resize on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_vector_resize_vector_absurd_value_capacity_1000000000001(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_resize_vector_absurd_value_capacity_1000000000001";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_resize(recv, (uint64_t)UINT64_C(281474976710657), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.resize on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_vector_resize_vector_absurd_value_capacity_ffffffffffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_resize_vector_absurd_value_capacity_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_resize(recv, (uint64_t)UINT64_C(18446744073709551615), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.resize on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_vector_resize_vector_absurd_value_capacity_100000010_limited(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_resize_vector_absurd_value_capacity_100000010_limited";
    weaveheap_region_options s_options0 = {0};
    s_options0.byte_limit = UINT64_C(1048576);
    weaveheap_handle_t region = weaveheap_region_create(&s_options0, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_resize(recv, (uint64_t)UINT64_C(4294967312), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.resize on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_vector_resize_vector_absurd_value_capacity_10000000000_limited(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_resize_vector_absurd_value_capacity_10000000000_limited";
    weaveheap_region_options s_options0 = {0};
    s_options0.byte_limit = UINT64_C(1048576);
    weaveheap_handle_t region = weaveheap_region_create(&s_options0, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_resize(recv, (uint64_t)UINT64_C(1099511627776), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.resize on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_vector_resize_vector_absurd_value_capacity_1000000000000_limited(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_resize_vector_absurd_value_capacity_1000000000000_limited";
    weaveheap_region_options s_options0 = {0};
    s_options0.byte_limit = UINT64_C(1048576);
    weaveheap_handle_t region = weaveheap_region_create(&s_options0, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_resize(recv, (uint64_t)UINT64_C(281474976710656), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.resize on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_vector_resize_vector_absurd_value_capacity_10000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_resize_vector_absurd_value_capacity_10000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_resize(recv, (uint64_t)UINT64_C(1099511627776), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.resize on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_vector_resize_vector_absurd_value_capacity_1000000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_resize_vector_absurd_value_capacity_1000000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_resize(recv, (uint64_t)UINT64_C(281474976710656), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.element_type on a vector: the object was closed before the call */
static void case_vector_element_type_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_element_type_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_element_type result = weaveheap_vector_element_type(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.element_type on a vector: the object was closed and its slot now holds a newer object */
static void case_vector_element_type_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_element_type_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the newer (vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    weaveheap_element_type result = weaveheap_vector_element_type(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.element_type on a vector: a handle that was never issued */
static void case_vector_element_type_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_element_type_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x7fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_element_type result = weaveheap_vector_element_type(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.element_type on a vector: a live object of another class, adopted under this one */
static void case_vector_element_type_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_element_type_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_element_type result = weaveheap_vector_element_type(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.element_type on a vector: the object's region was destroyed before the call */
static void case_vector_element_type_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_element_type_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_element_type result = weaveheap_vector_element_type(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* vector.element_type on a vector: null (None, nil) where a value is required */
static void case_vector_element_type_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_element_type_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_element_type result = weaveheap_vector_element_type(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.null_count on a vector: the object was closed before the call */
static void case_vector_null_count_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_null_count_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_vector_null_count(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.null_count on a vector: the object was closed and its slot now holds a newer object */
static void case_vector_null_count_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_null_count_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the newer (vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_vector_null_count(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.null_count on a vector: a handle that was never issued */
static void case_vector_null_count_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_null_count_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x7fffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_vector_null_count(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.null_count on a vector: a live object of another class, adopted under this one */
static void case_vector_null_count_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_null_count_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_vector_null_count(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.null_count on a vector: the object's region was destroyed before the call */
static void case_vector_null_count_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_null_count_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_vector_null_count(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* vector.null_count on a vector: null (None, nil) where a value is required */
static void case_vector_null_count_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_null_count_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_vector_null_count(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.append on a vector: the object was closed before the call */
static void case_vector_append_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_append_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_append(recv, (int64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.append on a vector: the object was closed and its slot now holds a newer object */
static void case_vector_append_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_append_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the newer (vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_append(recv, (int64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.append on a vector: a handle that was never issued */
static void case_vector_append_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_append_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x7fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_append(recv, (int64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.append on a vector: a live object of another class, adopted under this one */
static void case_vector_append_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_append_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_vector_append(recv, (int64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.append on a vector: the object's region was destroyed before the call */
static void case_vector_append_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_append_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_append(recv, (int64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* vector.append on a vector: null (None, nil) where a value is required */
static void case_vector_append_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_append_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_append(0, (int64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.append on a vector: the call needs the object (or its region) free of the view that is live */
static void case_vector_append_vector_while_borrowed_shared(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_append_vector_while_borrowed_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_ok(&err, "a shared view of the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_append(recv, (int64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.extend on a vector: the object was closed before the call */
static void case_vector_extend_vector_stale(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "vector_extend_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_extend(recv, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.extend on a vector: the object was closed and its slot now holds a newer object */
static void case_vector_extend_vector_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "vector_extend_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the newer (vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_extend(recv, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.extend on a vector: a handle that was never issued */
static void case_vector_extend_vector_forged(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "vector_extend_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x7fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_extend(recv, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.extend on a vector: a live object of another class, adopted under this one */
static void case_vector_extend_vector_wrong_kind_region(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "vector_extend_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_vector_extend(recv, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.extend on a vector: the object's region was destroyed before the call */
static void case_vector_extend_vector_after_region_destroy(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "vector_extend_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_extend(recv, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* vector.extend on a vector: null (None, nil) where a value is required */
static void case_vector_extend_vector_null(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "vector_extend_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_extend(0, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.extend on a vector: the call needs the object (or its region) free of the view that is live */
static void case_vector_extend_vector_while_borrowed_shared(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "vector_extend_vector_while_borrowed_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_ok(&err, "a shared view of the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_extend(recv, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.extend on a vector: null (None, nil) where a value is required (data) */
static void case_vector_extend_vector_null_data(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_extend_vector_null_data";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_extend(recv, NULL, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.append_null on a vector: the object was closed before the call */
static void case_vector_append_null_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_append_null_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_append_null(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.append_null on a vector: the object was closed and its slot now holds a newer object */
static void case_vector_append_null_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_append_null_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the newer (vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_append_null(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.append_null on a vector: a handle that was never issued */
static void case_vector_append_null_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_append_null_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x7fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_append_null(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.append_null on a vector: a live object of another class, adopted under this one */
static void case_vector_append_null_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_append_null_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_vector_append_null(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.append_null on a vector: the object's region was destroyed before the call */
static void case_vector_append_null_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_append_null_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_append_null(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* vector.append_null on a vector: null (None, nil) where a value is required */
static void case_vector_append_null_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_append_null_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_append_null(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.append_null on a vector: the call needs the object (or its region) free of the view that is live */
static void case_vector_append_null_vector_while_borrowed_shared(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_append_null_vector_while_borrowed_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_ok(&err, "a shared view of the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_append_null(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.set on a vector: the object was closed before the call */
static void case_vector_set_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_set_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_set(recv, (uint64_t)UINT64_C(0), (int64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.set on a vector: the object was closed and its slot now holds a newer object */
static void case_vector_set_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_set_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the newer (vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_set(recv, (uint64_t)UINT64_C(0), (int64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.set on a vector: a handle that was never issued */
static void case_vector_set_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_set_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x7fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_set(recv, (uint64_t)UINT64_C(0), (int64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.set on a vector: a live object of another class, adopted under this one */
static void case_vector_set_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_set_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_vector_set(recv, (uint64_t)UINT64_C(0), (int64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.set on a vector: the object's region was destroyed before the call */
static void case_vector_set_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_set_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_set(recv, (uint64_t)UINT64_C(0), (int64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* vector.set on a vector: null (None, nil) where a value is required */
static void case_vector_set_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_set_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_set(0, (uint64_t)UINT64_C(0), (int64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.set on a vector: the call needs the object (or its region) free of the view that is live */
static void case_vector_set_vector_while_borrowed_shared(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_set_vector_while_borrowed_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_ok(&err, "a shared view of the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_set(recv, (uint64_t)UINT64_C(0), (int64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.set on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_vector_set_vector_absurd_value_index_100000010(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_set_vector_absurd_value_index_100000010";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_set(recv, (uint64_t)UINT64_C(4294967312), (int64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.set on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_vector_set_vector_absurd_value_index_10000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_set_vector_absurd_value_index_10000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_set(recv, (uint64_t)UINT64_C(1099511627776), (int64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.set on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_vector_set_vector_absurd_value_index_ffffffffffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_set_vector_absurd_value_index_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_set(recv, (uint64_t)UINT64_C(18446744073709551615), (int64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.get on a vector: the object was closed before the call */
static void case_vector_get_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_get_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    int64_t result = weaveheap_vector_get(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.get on a vector: the object was closed and its slot now holds a newer object */
static void case_vector_get_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_get_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the newer (vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    int64_t result = weaveheap_vector_get(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.get on a vector: a handle that was never issued */
static void case_vector_get_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_get_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x7fffffff00000001);
    weaveheap_stats before = wh_stats();
    int64_t result = weaveheap_vector_get(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.get on a vector: a live object of another class, adopted under this one */
static void case_vector_get_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_get_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    int64_t result = weaveheap_vector_get(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.get on a vector: the object's region was destroyed before the call */
static void case_vector_get_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_get_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    int64_t result = weaveheap_vector_get(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* vector.get on a vector: null (None, nil) where a value is required */
static void case_vector_get_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_get_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    int64_t result = weaveheap_vector_get(0, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.get on a vector: the call needs the object (or its region) free of the view that is live */
static void case_vector_get_vector_while_borrowed_unique(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_get_vector_while_borrowed_unique";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_ok(&err, "a unique view of the recv");
    weaveheap_stats before = wh_stats();
    int64_t result = weaveheap_vector_get(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.get on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_vector_get_vector_absurd_value_index_100000010(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_get_vector_absurd_value_index_100000010";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    int64_t result = weaveheap_vector_get(recv, (uint64_t)UINT64_C(4294967312), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.get on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_vector_get_vector_absurd_value_index_10000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_get_vector_absurd_value_index_10000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    int64_t result = weaveheap_vector_get(recv, (uint64_t)UINT64_C(1099511627776), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.get on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_vector_get_vector_absurd_value_index_ffffffffffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_get_vector_absurd_value_index_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    int64_t result = weaveheap_vector_get(recv, (uint64_t)UINT64_C(18446744073709551615), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.append_f64 on a vector: the object was closed before the call */
static void case_vector_append_f64_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_append_f64_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_append_f64(recv, 1.5, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.append_f64 on a vector: the object was closed and its slot now holds a newer object */
static void case_vector_append_f64_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_append_f64_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the newer (vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_append_f64(recv, 1.5, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.append_f64 on a vector: a handle that was never issued */
static void case_vector_append_f64_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_append_f64_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x7fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_append_f64(recv, 1.5, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.append_f64 on a vector: a live object of another class, adopted under this one */
static void case_vector_append_f64_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_append_f64_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_vector_append_f64(recv, 1.5, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.append_f64 on a vector: the object's region was destroyed before the call */
static void case_vector_append_f64_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_append_f64_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_append_f64(recv, 1.5, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* vector.append_f64 on a vector: null (None, nil) where a value is required */
static void case_vector_append_f64_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_append_f64_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_append_f64(0, 1.5, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.append_f64 on a vector: the call needs the object (or its region) free of the view that is live */
static void case_vector_append_f64_vector_while_borrowed_shared(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_append_f64_vector_while_borrowed_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_ok(&err, "a shared view of the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_append_f64(recv, 1.5, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.set_f64 on a vector: the object was closed before the call */
static void case_vector_set_f64_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_set_f64_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_set_f64(recv, (uint64_t)UINT64_C(0), 1.5, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.set_f64 on a vector: the object was closed and its slot now holds a newer object */
static void case_vector_set_f64_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_set_f64_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the newer (vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_set_f64(recv, (uint64_t)UINT64_C(0), 1.5, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.set_f64 on a vector: a handle that was never issued */
static void case_vector_set_f64_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_set_f64_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x7fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_set_f64(recv, (uint64_t)UINT64_C(0), 1.5, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.set_f64 on a vector: a live object of another class, adopted under this one */
static void case_vector_set_f64_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_set_f64_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_vector_set_f64(recv, (uint64_t)UINT64_C(0), 1.5, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.set_f64 on a vector: the object's region was destroyed before the call */
static void case_vector_set_f64_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_set_f64_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_set_f64(recv, (uint64_t)UINT64_C(0), 1.5, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* vector.set_f64 on a vector: null (None, nil) where a value is required */
static void case_vector_set_f64_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_set_f64_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_set_f64(0, (uint64_t)UINT64_C(0), 1.5, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.set_f64 on a vector: the call needs the object (or its region) free of the view that is live */
static void case_vector_set_f64_vector_while_borrowed_shared(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_set_f64_vector_while_borrowed_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_ok(&err, "a shared view of the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_vector_set_f64(recv, (uint64_t)UINT64_C(0), 1.5, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.set_f64 on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_vector_set_f64_vector_absurd_value_index_100000010(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_set_f64_vector_absurd_value_index_100000010";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_set_f64(recv, (uint64_t)UINT64_C(4294967312), 1.5, &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.set_f64 on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_vector_set_f64_vector_absurd_value_index_10000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_set_f64_vector_absurd_value_index_10000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_set_f64(recv, (uint64_t)UINT64_C(1099511627776), 1.5, &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.set_f64 on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_vector_set_f64_vector_absurd_value_index_ffffffffffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_set_f64_vector_absurd_value_index_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_set_f64(recv, (uint64_t)UINT64_C(18446744073709551615), 1.5, &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.get_f64 on a vector: the object was closed before the call */
static void case_vector_get_f64_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_get_f64_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    double result = weaveheap_vector_get_f64(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.get_f64 on a vector: the object was closed and its slot now holds a newer object */
static void case_vector_get_f64_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_get_f64_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the newer (vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    double result = weaveheap_vector_get_f64(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.get_f64 on a vector: a handle that was never issued */
static void case_vector_get_f64_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_get_f64_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x7fffffff00000001);
    weaveheap_stats before = wh_stats();
    double result = weaveheap_vector_get_f64(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.get_f64 on a vector: a live object of another class, adopted under this one */
static void case_vector_get_f64_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_get_f64_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    double result = weaveheap_vector_get_f64(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.get_f64 on a vector: the object's region was destroyed before the call */
static void case_vector_get_f64_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_get_f64_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    double result = weaveheap_vector_get_f64(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* vector.get_f64 on a vector: null (None, nil) where a value is required */
static void case_vector_get_f64_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_get_f64_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    double result = weaveheap_vector_get_f64(0, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.get_f64 on a vector: the call needs the object (or its region) free of the view that is live */
static void case_vector_get_f64_vector_while_borrowed_unique(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_get_f64_vector_while_borrowed_unique";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_ok(&err, "a unique view of the recv");
    weaveheap_stats before = wh_stats();
    double result = weaveheap_vector_get_f64(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.get_f64 on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_vector_get_f64_vector_absurd_value_index_100000010(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_get_f64_vector_absurd_value_index_100000010";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    double result = weaveheap_vector_get_f64(recv, (uint64_t)UINT64_C(4294967312), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.get_f64 on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_vector_get_f64_vector_absurd_value_index_10000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_get_f64_vector_absurd_value_index_10000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    double result = weaveheap_vector_get_f64(recv, (uint64_t)UINT64_C(1099511627776), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.get_f64 on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_vector_get_f64_vector_absurd_value_index_ffffffffffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_get_f64_vector_absurd_value_index_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    double result = weaveheap_vector_get_f64(recv, (uint64_t)UINT64_C(18446744073709551615), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.is_valid on a vector: the object was closed before the call */
static void case_vector_is_valid_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_is_valid_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_vector_is_valid(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.is_valid on a vector: the object was closed and its slot now holds a newer object */
static void case_vector_is_valid_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_is_valid_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the newer (vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_vector_is_valid(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.is_valid on a vector: a handle that was never issued */
static void case_vector_is_valid_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_is_valid_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x7fffffff00000001);
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_vector_is_valid(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.is_valid on a vector: a live object of another class, adopted under this one */
static void case_vector_is_valid_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_is_valid_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_vector_is_valid(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.is_valid on a vector: the object's region was destroyed before the call */
static void case_vector_is_valid_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_is_valid_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_vector_is_valid(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* vector.is_valid on a vector: null (None, nil) where a value is required */
static void case_vector_is_valid_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_is_valid_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_vector_is_valid(0, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.is_valid on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_vector_is_valid_vector_absurd_value_index_100000010(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_is_valid_vector_absurd_value_index_100000010";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_vector_is_valid(recv, (uint64_t)UINT64_C(4294967312), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.is_valid on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_vector_is_valid_vector_absurd_value_index_10000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_is_valid_vector_absurd_value_index_10000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_vector_is_valid(recv, (uint64_t)UINT64_C(1099511627776), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.is_valid on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_vector_is_valid_vector_absurd_value_index_ffffffffffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_is_valid_vector_absurd_value_index_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_vector_is_valid(recv, (uint64_t)UINT64_C(18446744073709551615), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.read on a vector: the object was closed before the call */
static void case_vector_read_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_read_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_vector_read(recv, (uint64_t)UINT64_C(0), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.read on a vector: the object was closed and its slot now holds a newer object */
static void case_vector_read_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_read_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the newer (vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_vector_read(recv, (uint64_t)UINT64_C(0), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.read on a vector: a handle that was never issued */
static void case_vector_read_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_read_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x7fffffff00000001);
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_vector_read(recv, (uint64_t)UINT64_C(0), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.read on a vector: a live object of another class, adopted under this one */
static void case_vector_read_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_read_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_vector_read(recv, (uint64_t)UINT64_C(0), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.read on a vector: the object's region was destroyed before the call */
static void case_vector_read_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_read_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_vector_read(recv, (uint64_t)UINT64_C(0), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* vector.read on a vector: null (None, nil) where a value is required */
static void case_vector_read_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_read_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_vector_read(0, (uint64_t)UINT64_C(0), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.read on a vector: the call needs the object (or its region) free of the view that is live */
static void case_vector_read_vector_while_borrowed_unique(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_read_vector_while_borrowed_unique";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_ok(&err, "a unique view of the recv");
    uint8_t dst1[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_vector_read(recv, (uint64_t)UINT64_C(0), dst1, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.read on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (offset) */
static void case_vector_read_vector_absurd_value_offset_100000010(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_read_vector_absurd_value_offset_100000010";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_vector_read(recv, (uint64_t)UINT64_C(4294967312), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.read on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (offset) */
static void case_vector_read_vector_absurd_value_offset_10000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_read_vector_absurd_value_offset_10000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_vector_read(recv, (uint64_t)UINT64_C(1099511627776), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.read on a vector: an integer far out of range (sizes of 2^32 and more on every target width) (offset) */
static void case_vector_read_vector_absurd_value_offset_ffffffffffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_read_vector_absurd_value_offset_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_vector_read(recv, (uint64_t)UINT64_C(18446744073709551615), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* vector.read on a vector: null (None, nil) where a value is required (dst) */
static void case_vector_read_vector_null_dst(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "vector_read_vector_null_dst";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_vector_read(recv, (uint64_t)UINT64_C(0), NULL, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.create on a region: the object was closed before the call */
static void case_var_vector_create_region_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_create_region_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_t result = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_var_vector_release(result, &err);
    weaveheap_error_clear(&err);
}

/* var_vector.create on a region: the object was closed and its slot now holds a newer object */
static void case_var_vector_create_region_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_create_region_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t newer = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the newer (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_t result = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_var_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(newer, &err);
    wh_ok(&err, "close the newer");
}

/* var_vector.create on a region: a handle that was never issued */
static void case_var_vector_create_region_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_create_region_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x1fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_t result = weaveheap_var_vector_create(recv, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_var_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.create on a region: a live object of another class, adopted under this one */
static void case_var_vector_create_region_wrong_kind_buffer(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_create_region_wrong_kind_buffer";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t other = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the other (buffer.alloc)");
    weaveheap_buffer_write(other, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the other");
    weaveheap_handle_t recv = other;
    uint8_t was_other[WH_SNAPSHOT];
    uint64_t was_other_len = wh_snapshot(other, was_other);
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_t result = weaveheap_var_vector_create(recv, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_var_vector_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_other[WH_SNAPSHOT];
    uint64_t now_other_len = wh_snapshot(other, now_other);
    wh_same_bytes(was_other, was_other_len, now_other, now_other_len, "other");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.create on a region: null (None, nil) where a value is required */
static void case_var_vector_create_region_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_create_region_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_t result = weaveheap_var_vector_create(0, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_var_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_var_vector_create_region_absurd_value_capacity_1000000000001(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_create_region_absurd_value_capacity_1000000000001";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_t result = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(281474976710657), (uint64_t)UINT64_C(16), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_var_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_var_vector_create_region_absurd_value_capacity_ffffffffffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_create_region_absurd_value_capacity_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_t result = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(18446744073709551615), (uint64_t)UINT64_C(16), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_var_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_var_vector_create_region_absurd_value_capacity_100000010_limited(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_create_region_absurd_value_capacity_100000010_limited";
    weaveheap_region_options s_options0 = {0};
    s_options0.byte_limit = UINT64_C(1048576);
    weaveheap_handle_t region = weaveheap_region_create(&s_options0, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_t result = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(4294967312), (uint64_t)UINT64_C(16), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_var_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_var_vector_create_region_absurd_value_capacity_10000000000_limited(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_create_region_absurd_value_capacity_10000000000_limited";
    weaveheap_region_options s_options0 = {0};
    s_options0.byte_limit = UINT64_C(1048576);
    weaveheap_handle_t region = weaveheap_region_create(&s_options0, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_t result = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(1099511627776), (uint64_t)UINT64_C(16), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_var_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_var_vector_create_region_absurd_value_capacity_1000000000000_limited(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_create_region_absurd_value_capacity_1000000000000_limited";
    weaveheap_region_options s_options0 = {0};
    s_options0.byte_limit = UINT64_C(1048576);
    weaveheap_handle_t region = weaveheap_region_create(&s_options0, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_t result = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(281474976710656), (uint64_t)UINT64_C(16), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_var_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_var_vector_create_region_absurd_value_capacity_10000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_create_region_absurd_value_capacity_10000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_t result = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(1099511627776), (uint64_t)UINT64_C(16), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_var_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_var_vector_create_region_absurd_value_capacity_1000000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_create_region_absurd_value_capacity_1000000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_t result = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(281474976710656), (uint64_t)UINT64_C(16), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_var_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (data_capacity) */
static void case_var_vector_create_region_absurd_value_data_capacity_80000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_create_region_absurd_value_data_capacity_80000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_t result = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(2147483648), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_var_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (data_capacity) */
static void case_var_vector_create_region_absurd_value_data_capacity_ffffffffffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_create_region_absurd_value_data_capacity_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_t result = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(18446744073709551615), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_var_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.release on a var_vector: the object was closed and its slot now holds a newer object */
static void case_var_vector_release_var_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_release_var_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (var_vector.create)");
    weaveheap_handle_t again = recv;
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_release(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.release on a var_vector: a handle that was never issued */
static void case_var_vector_release_var_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_release_var_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xafffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.release on a var_vector: a live object of another class, adopted under this one */
static void case_var_vector_release_var_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_release_var_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.release on a var_vector: the object's region was destroyed before the call */
static void case_var_vector_release_var_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_release_var_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* var_vector.release on a var_vector: a second wrapper of an already released handle is closed */
static void case_var_vector_release_var_vector_double_release(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_release_var_vector_double_release";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t again = recv;
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_release(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.release on a var_vector: null (None, nil) where a value is required */
static void case_var_vector_release_var_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_release_var_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_release(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.release on a var_vector: the call needs the object (or its region) free of the view that is live */
static void case_var_vector_release_var_vector_while_borrowed_shared(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_release_var_vector_while_borrowed_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_ok(&err, "a shared view of the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.length on a var_vector: the object was closed before the call */
static void case_var_vector_length_var_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_length_var_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.length on a var_vector: the object was closed and its slot now holds a newer object */
static void case_var_vector_length_var_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_length_var_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (var_vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.length on a var_vector: a handle that was never issued */
static void case_var_vector_length_var_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_length_var_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xafffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.length on a var_vector: a live object of another class, adopted under this one */
static void case_var_vector_length_var_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_length_var_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.length on a var_vector: the object's region was destroyed before the call */
static void case_var_vector_length_var_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_length_var_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* var_vector.length on a var_vector: null (None, nil) where a value is required */
static void case_var_vector_length_var_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_length_var_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_length(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.capacity on a var_vector: the object was closed before the call */
static void case_var_vector_capacity_var_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_capacity_var_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_capacity(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.capacity on a var_vector: the object was closed and its slot now holds a newer object */
static void case_var_vector_capacity_var_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_capacity_var_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (var_vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_capacity(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.capacity on a var_vector: a handle that was never issued */
static void case_var_vector_capacity_var_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_capacity_var_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xafffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_capacity(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.capacity on a var_vector: a live object of another class, adopted under this one */
static void case_var_vector_capacity_var_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_capacity_var_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_capacity(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.capacity on a var_vector: the object's region was destroyed before the call */
static void case_var_vector_capacity_var_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_capacity_var_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_capacity(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* var_vector.capacity on a var_vector: null (None, nil) where a value is required */
static void case_var_vector_capacity_var_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_capacity_var_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_capacity(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.data_length on a var_vector: the object was closed before the call */
static void case_var_vector_data_length_var_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_data_length_var_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_data_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.data_length on a var_vector: the object was closed and its slot now holds a newer object */
static void case_var_vector_data_length_var_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_data_length_var_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (var_vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_data_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.data_length on a var_vector: a handle that was never issued */
static void case_var_vector_data_length_var_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_data_length_var_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xafffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_data_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.data_length on a var_vector: a live object of another class, adopted under this one */
static void case_var_vector_data_length_var_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_data_length_var_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_data_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.data_length on a var_vector: the object's region was destroyed before the call */
static void case_var_vector_data_length_var_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_data_length_var_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_data_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* var_vector.data_length on a var_vector: null (None, nil) where a value is required */
static void case_var_vector_data_length_var_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_data_length_var_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_data_length(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.data_capacity on a var_vector: the object was closed before the call */
static void case_var_vector_data_capacity_var_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_data_capacity_var_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_data_capacity(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.data_capacity on a var_vector: the object was closed and its slot now holds a newer object */
static void case_var_vector_data_capacity_var_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_data_capacity_var_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (var_vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_data_capacity(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.data_capacity on a var_vector: a handle that was never issued */
static void case_var_vector_data_capacity_var_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_data_capacity_var_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xafffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_data_capacity(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.data_capacity on a var_vector: a live object of another class, adopted under this one */
static void case_var_vector_data_capacity_var_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_data_capacity_var_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_data_capacity(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.data_capacity on a var_vector: the object's region was destroyed before the call */
static void case_var_vector_data_capacity_var_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_data_capacity_var_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_data_capacity(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* var_vector.data_capacity on a var_vector: null (None, nil) where a value is required */
static void case_var_vector_data_capacity_var_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_data_capacity_var_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_data_capacity(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.resize on a var_vector: the object was closed before the call */
static void case_var_vector_resize_var_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_resize_var_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_resize(recv, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.resize on a var_vector: the object was closed and its slot now holds a newer object */
static void case_var_vector_resize_var_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_resize_var_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (var_vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_resize(recv, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.resize on a var_vector: a handle that was never issued */
static void case_var_vector_resize_var_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_resize_var_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xafffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_resize(recv, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.resize on a var_vector: a live object of another class, adopted under this one */
static void case_var_vector_resize_var_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_resize_var_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_resize(recv, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.resize on a var_vector: the object's region was destroyed before the call */
static void case_var_vector_resize_var_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_resize_var_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_resize(recv, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* var_vector.resize on a var_vector: null (None, nil) where a value is required */
static void case_var_vector_resize_var_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_resize_var_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_resize(0, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.resize on a var_vector: the call needs the object (or its region) free of the view that is live */
static void case_var_vector_resize_var_vector_while_borrowed_shared(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_resize_var_vector_while_borrowed_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_ok(&err, "a shared view of the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_resize(recv, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.resize on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_var_vector_resize_var_vector_absurd_value_capacity_1000000000001(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_resize_var_vector_absurd_value_capacity_1000000000001";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_resize(recv, (uint64_t)UINT64_C(281474976710657), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.resize on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_var_vector_resize_var_vector_absurd_value_capacity_ffffffffffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_resize_var_vector_absurd_value_capacity_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_resize(recv, (uint64_t)UINT64_C(18446744073709551615), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.resize on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_var_vector_resize_var_vector_absurd_value_capacity_100000010_limited(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_resize_var_vector_absurd_value_capacity_100000010_limited";
    weaveheap_region_options s_options0 = {0};
    s_options0.byte_limit = UINT64_C(1048576);
    weaveheap_handle_t region = weaveheap_region_create(&s_options0, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_resize(recv, (uint64_t)UINT64_C(4294967312), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.resize on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_var_vector_resize_var_vector_absurd_value_capacity_10000000000_limited(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_resize_var_vector_absurd_value_capacity_10000000000_limited";
    weaveheap_region_options s_options0 = {0};
    s_options0.byte_limit = UINT64_C(1048576);
    weaveheap_handle_t region = weaveheap_region_create(&s_options0, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_resize(recv, (uint64_t)UINT64_C(1099511627776), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.resize on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_var_vector_resize_var_vector_absurd_value_capacity_1000000000000_limited(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_resize_var_vector_absurd_value_capacity_1000000000000_limited";
    weaveheap_region_options s_options0 = {0};
    s_options0.byte_limit = UINT64_C(1048576);
    weaveheap_handle_t region = weaveheap_region_create(&s_options0, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_resize(recv, (uint64_t)UINT64_C(281474976710656), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.resize on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_var_vector_resize_var_vector_absurd_value_capacity_10000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_resize_var_vector_absurd_value_capacity_10000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_resize(recv, (uint64_t)UINT64_C(1099511627776), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.resize on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_var_vector_resize_var_vector_absurd_value_capacity_1000000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_resize_var_vector_absurd_value_capacity_1000000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_resize(recv, (uint64_t)UINT64_C(281474976710656), (uint64_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.resize on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (data_capacity) */
static void case_var_vector_resize_var_vector_absurd_value_data_capacity_80000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_resize_var_vector_absurd_value_data_capacity_80000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_resize(recv, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(2147483648), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.resize on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (data_capacity) */
static void case_var_vector_resize_var_vector_absurd_value_data_capacity_ffffffffffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_resize_var_vector_absurd_value_data_capacity_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_resize(recv, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(18446744073709551615), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.null_count on a var_vector: the object was closed before the call */
static void case_var_vector_null_count_var_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_null_count_var_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_null_count(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.null_count on a var_vector: the object was closed and its slot now holds a newer object */
static void case_var_vector_null_count_var_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_null_count_var_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (var_vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_null_count(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.null_count on a var_vector: a handle that was never issued */
static void case_var_vector_null_count_var_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_null_count_var_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xafffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_null_count(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.null_count on a var_vector: a live object of another class, adopted under this one */
static void case_var_vector_null_count_var_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_null_count_var_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_null_count(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.null_count on a var_vector: the object's region was destroyed before the call */
static void case_var_vector_null_count_var_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_null_count_var_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_null_count(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* var_vector.null_count on a var_vector: null (None, nil) where a value is required */
static void case_var_vector_null_count_var_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_null_count_var_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_null_count(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.is_utf8 on a var_vector: the object was closed before the call */
static void case_var_vector_is_utf8_var_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_is_utf8_var_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_var_vector_is_utf8(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.is_utf8 on a var_vector: the object was closed and its slot now holds a newer object */
static void case_var_vector_is_utf8_var_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_is_utf8_var_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (var_vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_var_vector_is_utf8(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.is_utf8 on a var_vector: a handle that was never issued */
static void case_var_vector_is_utf8_var_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_is_utf8_var_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xafffffff00000001);
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_var_vector_is_utf8(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.is_utf8 on a var_vector: a live object of another class, adopted under this one */
static void case_var_vector_is_utf8_var_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_is_utf8_var_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_var_vector_is_utf8(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.is_utf8 on a var_vector: the object's region was destroyed before the call */
static void case_var_vector_is_utf8_var_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_is_utf8_var_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_var_vector_is_utf8(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* var_vector.is_utf8 on a var_vector: null (None, nil) where a value is required */
static void case_var_vector_is_utf8_var_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_is_utf8_var_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_var_vector_is_utf8(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.append on a var_vector: the object was closed before the call */
static void case_var_vector_append_var_vector_stale(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_append_var_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_append(recv, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.append on a var_vector: the object was closed and its slot now holds a newer object */
static void case_var_vector_append_var_vector_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_append_var_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (var_vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_append(recv, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.append on a var_vector: a handle that was never issued */
static void case_var_vector_append_var_vector_forged(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_append_var_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xafffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_append(recv, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.append on a var_vector: a live object of another class, adopted under this one */
static void case_var_vector_append_var_vector_wrong_kind_region(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_append_var_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_append(recv, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.append on a var_vector: the object's region was destroyed before the call */
static void case_var_vector_append_var_vector_after_region_destroy(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_append_var_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_append(recv, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* var_vector.append on a var_vector: null (None, nil) where a value is required */
static void case_var_vector_append_var_vector_null(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_append_var_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_append(0, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.append on a var_vector: the call needs the object (or its region) free of the view that is live */
static void case_var_vector_append_var_vector_while_borrowed_shared(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_append_var_vector_while_borrowed_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_ok(&err, "a shared view of the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_append(recv, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.append on a var_vector: null (None, nil) where a value is required (value) */
static void case_var_vector_append_var_vector_null_value(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_append_var_vector_null_value";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_append(recv, NULL, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.append on a var_vector: text that is not UTF-8 (value) */
static void case_var_vector_append_var_vector_invalid_utf8_value(void) {
    static const uint8_t data1[3] = {0xc3, 0x28, 0xff};
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_append_var_vector_invalid_utf8_value";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_append(recv, data1, UINT64_C(3), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_UTF8, "WEAVEHEAP_ERR_INVALID_UTF8");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.append_null on a var_vector: the object was closed before the call */
static void case_var_vector_append_null_var_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_append_null_var_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_append_null(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.append_null on a var_vector: the object was closed and its slot now holds a newer object */
static void case_var_vector_append_null_var_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_append_null_var_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (var_vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_append_null(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.append_null on a var_vector: a handle that was never issued */
static void case_var_vector_append_null_var_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_append_null_var_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xafffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_append_null(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.append_null on a var_vector: a live object of another class, adopted under this one */
static void case_var_vector_append_null_var_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_append_null_var_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_append_null(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.append_null on a var_vector: the object's region was destroyed before the call */
static void case_var_vector_append_null_var_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_append_null_var_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_append_null(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* var_vector.append_null on a var_vector: null (None, nil) where a value is required */
static void case_var_vector_append_null_var_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_append_null_var_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_append_null(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.append_null on a var_vector: the call needs the object (or its region) free of the view that is live */
static void case_var_vector_append_null_var_vector_while_borrowed_shared(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_append_null_var_vector_while_borrowed_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_ok(&err, "a shared view of the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_append_null(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.get on a var_vector: the object was closed before the call */
static void case_var_vector_get_var_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_get_var_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint64_t out_len = 0;
    weaveheap_stats before = wh_stats();
    uint8_t* result = weaveheap_var_vector_get(recv, (uint64_t)UINT64_C(0), &out_len, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_bytes(result, out_len);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.get on a var_vector: the object was closed and its slot now holds a newer object */
static void case_var_vector_get_var_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_get_var_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (var_vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    uint64_t out_len = 0;
    weaveheap_stats before = wh_stats();
    uint8_t* result = weaveheap_var_vector_get(recv, (uint64_t)UINT64_C(0), &out_len, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_bytes(result, out_len);
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.get on a var_vector: a handle that was never issued */
static void case_var_vector_get_var_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_get_var_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xafffffff00000001);
    uint64_t out_len = 0;
    weaveheap_stats before = wh_stats();
    uint8_t* result = weaveheap_var_vector_get(recv, (uint64_t)UINT64_C(0), &out_len, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_bytes(result, out_len);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.get on a var_vector: a live object of another class, adopted under this one */
static void case_var_vector_get_var_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_get_var_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    uint64_t out_len = 0;
    weaveheap_stats before = wh_stats();
    uint8_t* result = weaveheap_var_vector_get(recv, (uint64_t)UINT64_C(0), &out_len, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_bytes(result, out_len);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.get on a var_vector: the object's region was destroyed before the call */
static void case_var_vector_get_var_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_get_var_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    uint64_t out_len = 0;
    weaveheap_stats before = wh_stats();
    uint8_t* result = weaveheap_var_vector_get(recv, (uint64_t)UINT64_C(0), &out_len, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_bytes(result, out_len);
}

/* var_vector.get on a var_vector: null (None, nil) where a value is required */
static void case_var_vector_get_var_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_get_var_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    uint64_t out_len = 0;
    weaveheap_stats before = wh_stats();
    uint8_t* result = weaveheap_var_vector_get(0, (uint64_t)UINT64_C(0), &out_len, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_bytes(result, out_len);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.get on a var_vector: the call needs the object (or its region) free of the view that is live */
static void case_var_vector_get_var_vector_while_borrowed_unique(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_get_var_vector_while_borrowed_unique";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_ok(&err, "a unique view of the recv");
    uint64_t out_len = 0;
    weaveheap_stats before = wh_stats();
    uint8_t* result = weaveheap_var_vector_get(recv, (uint64_t)UINT64_C(0), &out_len, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_bytes(result, out_len);
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.get on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_var_vector_get_var_vector_absurd_value_index_100000010(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_get_var_vector_absurd_value_index_100000010";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    uint64_t out_len = 0;
    weaveheap_stats before = wh_stats();
    uint8_t* result = weaveheap_var_vector_get(recv, (uint64_t)UINT64_C(4294967312), &out_len, &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_bytes(result, out_len);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.get on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_var_vector_get_var_vector_absurd_value_index_10000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_get_var_vector_absurd_value_index_10000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    uint64_t out_len = 0;
    weaveheap_stats before = wh_stats();
    uint8_t* result = weaveheap_var_vector_get(recv, (uint64_t)UINT64_C(1099511627776), &out_len, &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_bytes(result, out_len);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.get on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_var_vector_get_var_vector_absurd_value_index_ffffffffffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_get_var_vector_absurd_value_index_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    uint64_t out_len = 0;
    weaveheap_stats before = wh_stats();
    uint8_t* result = weaveheap_var_vector_get(recv, (uint64_t)UINT64_C(18446744073709551615), &out_len, &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_bytes(result, out_len);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.value_offset on a var_vector: the object was closed before the call */
static void case_var_vector_value_offset_var_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_value_offset_var_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_value_offset(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.value_offset on a var_vector: the object was closed and its slot now holds a newer object */
static void case_var_vector_value_offset_var_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_value_offset_var_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (var_vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_value_offset(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.value_offset on a var_vector: a handle that was never issued */
static void case_var_vector_value_offset_var_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_value_offset_var_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xafffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_value_offset(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.value_offset on a var_vector: a live object of another class, adopted under this one */
static void case_var_vector_value_offset_var_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_value_offset_var_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_value_offset(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.value_offset on a var_vector: the object's region was destroyed before the call */
static void case_var_vector_value_offset_var_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_value_offset_var_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_value_offset(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* var_vector.value_offset on a var_vector: null (None, nil) where a value is required */
static void case_var_vector_value_offset_var_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_value_offset_var_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_value_offset(0, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.value_offset on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_var_vector_value_offset_var_vector_absurd_value_index_100000010(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_value_offset_var_vector_absurd_value_index_100000010";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_value_offset(recv, (uint64_t)UINT64_C(4294967312), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.value_offset on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_var_vector_value_offset_var_vector_absurd_value_index_10000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_value_offset_var_vector_absurd_value_index_10000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_value_offset(recv, (uint64_t)UINT64_C(1099511627776), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.value_offset on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_var_vector_value_offset_var_vector_absurd_value_index_ffffffffffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_value_offset_var_vector_absurd_value_index_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_value_offset(recv, (uint64_t)UINT64_C(18446744073709551615), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.value_length on a var_vector: the object was closed before the call */
static void case_var_vector_value_length_var_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_value_length_var_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_value_length(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.value_length on a var_vector: the object was closed and its slot now holds a newer object */
static void case_var_vector_value_length_var_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_value_length_var_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (var_vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_value_length(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.value_length on a var_vector: a handle that was never issued */
static void case_var_vector_value_length_var_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_value_length_var_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xafffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_value_length(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.value_length on a var_vector: a live object of another class, adopted under this one */
static void case_var_vector_value_length_var_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_value_length_var_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_value_length(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.value_length on a var_vector: the object's region was destroyed before the call */
static void case_var_vector_value_length_var_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_value_length_var_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_value_length(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* var_vector.value_length on a var_vector: null (None, nil) where a value is required */
static void case_var_vector_value_length_var_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_value_length_var_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_value_length(0, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.value_length on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_var_vector_value_length_var_vector_absurd_value_index_100000010(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_value_length_var_vector_absurd_value_index_100000010";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_value_length(recv, (uint64_t)UINT64_C(4294967312), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.value_length on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_var_vector_value_length_var_vector_absurd_value_index_10000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_value_length_var_vector_absurd_value_index_10000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_value_length(recv, (uint64_t)UINT64_C(1099511627776), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.value_length on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_var_vector_value_length_var_vector_absurd_value_index_ffffffffffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_value_length_var_vector_absurd_value_index_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_var_vector_value_length(recv, (uint64_t)UINT64_C(18446744073709551615), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.is_valid on a var_vector: the object was closed before the call */
static void case_var_vector_is_valid_var_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_is_valid_var_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_var_vector_is_valid(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.is_valid on a var_vector: the object was closed and its slot now holds a newer object */
static void case_var_vector_is_valid_var_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_is_valid_var_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (var_vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_var_vector_is_valid(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.is_valid on a var_vector: a handle that was never issued */
static void case_var_vector_is_valid_var_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_is_valid_var_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xafffffff00000001);
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_var_vector_is_valid(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.is_valid on a var_vector: a live object of another class, adopted under this one */
static void case_var_vector_is_valid_var_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_is_valid_var_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_var_vector_is_valid(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.is_valid on a var_vector: the object's region was destroyed before the call */
static void case_var_vector_is_valid_var_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_is_valid_var_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_var_vector_is_valid(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* var_vector.is_valid on a var_vector: null (None, nil) where a value is required */
static void case_var_vector_is_valid_var_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_is_valid_var_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_var_vector_is_valid(0, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.is_valid on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_var_vector_is_valid_var_vector_absurd_value_index_100000010(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_is_valid_var_vector_absurd_value_index_100000010";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_var_vector_is_valid(recv, (uint64_t)UINT64_C(4294967312), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.is_valid on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_var_vector_is_valid_var_vector_absurd_value_index_10000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_is_valid_var_vector_absurd_value_index_10000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_var_vector_is_valid(recv, (uint64_t)UINT64_C(1099511627776), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.is_valid on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_var_vector_is_valid_var_vector_absurd_value_index_ffffffffffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_is_valid_var_vector_absurd_value_index_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_var_vector_is_valid(recv, (uint64_t)UINT64_C(18446744073709551615), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.read on a var_vector: the object was closed before the call */
static void case_var_vector_read_var_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_read_var_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_read(recv, (uint64_t)UINT64_C(0), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.read on a var_vector: the object was closed and its slot now holds a newer object */
static void case_var_vector_read_var_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_read_var_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (var_vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_read(recv, (uint64_t)UINT64_C(0), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.read on a var_vector: a handle that was never issued */
static void case_var_vector_read_var_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_read_var_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xafffffff00000001);
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_read(recv, (uint64_t)UINT64_C(0), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.read on a var_vector: a live object of another class, adopted under this one */
static void case_var_vector_read_var_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_read_var_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_read(recv, (uint64_t)UINT64_C(0), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.read on a var_vector: the object's region was destroyed before the call */
static void case_var_vector_read_var_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_read_var_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_read(recv, (uint64_t)UINT64_C(0), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* var_vector.read on a var_vector: null (None, nil) where a value is required */
static void case_var_vector_read_var_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_read_var_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_read(0, (uint64_t)UINT64_C(0), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.read on a var_vector: the call needs the object (or its region) free of the view that is live */
static void case_var_vector_read_var_vector_while_borrowed_unique(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_read_var_vector_while_borrowed_unique";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_ok(&err, "a unique view of the recv");
    uint8_t dst1[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_read(recv, (uint64_t)UINT64_C(0), dst1, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.read on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (offset) */
static void case_var_vector_read_var_vector_absurd_value_offset_100000010(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_read_var_vector_absurd_value_offset_100000010";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_read(recv, (uint64_t)UINT64_C(4294967312), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.read on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (offset) */
static void case_var_vector_read_var_vector_absurd_value_offset_10000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_read_var_vector_absurd_value_offset_10000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_read(recv, (uint64_t)UINT64_C(1099511627776), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.read on a var_vector: an integer far out of range (sizes of 2^32 and more on every target width) (offset) */
static void case_var_vector_read_var_vector_absurd_value_offset_ffffffffffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_read_var_vector_absurd_value_offset_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    uint8_t dst0[4] = {0};
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_read(recv, (uint64_t)UINT64_C(18446744073709551615), dst0, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* var_vector.read on a var_vector: null (None, nil) where a value is required (dst) */
static void case_var_vector_read_var_vector_null_dst(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "var_vector_read_var_vector_null_dst";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_stats before = wh_stats();
    weaveheap_var_vector_read(recv, (uint64_t)UINT64_C(0), NULL, UINT64_C(4), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.create on a region: the object was closed before the call */
static void case_batch_create_region_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_create_region_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_t result = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_batch_release(result, &err);
    weaveheap_error_clear(&err);
}

/* batch.create on a region: the object was closed and its slot now holds a newer object */
static void case_batch_create_region_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_create_region_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t newer = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the newer (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_t result = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_batch_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(newer, &err);
    wh_ok(&err, "close the newer");
}

/* batch.create on a region: a handle that was never issued */
static void case_batch_create_region_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_create_region_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x1fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_batch_t result = weaveheap_batch_create(recv, (uint32_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_batch_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.create on a region: a live object of another class, adopted under this one */
static void case_batch_create_region_wrong_kind_buffer(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "batch_create_region_wrong_kind_buffer";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t other = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the other (buffer.alloc)");
    weaveheap_buffer_write(other, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the other");
    weaveheap_handle_t recv = other;
    uint8_t was_other[WH_SNAPSHOT];
    uint64_t was_other_len = wh_snapshot(other, was_other);
    weaveheap_stats before = wh_stats();
    weaveheap_batch_t result = weaveheap_batch_create(recv, (uint32_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_batch_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_other[WH_SNAPSHOT];
    uint64_t now_other_len = wh_snapshot(other, now_other);
    wh_same_bytes(was_other, was_other_len, now_other, now_other_len, "other");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.create on a region: null (None, nil) where a value is required */
static void case_batch_create_region_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_create_region_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_t result = weaveheap_batch_create(0, (uint32_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_batch_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (max_columns) */
static void case_batch_create_region_absurd_value_max_columns_1001(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_create_region_absurd_value_max_columns_1001";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_t result = weaveheap_batch_create(region, (uint32_t)UINT64_C(4097), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_batch_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (max_columns) */
static void case_batch_create_region_absurd_value_max_columns_ffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_create_region_absurd_value_max_columns_ffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_t result = weaveheap_batch_create(region, (uint32_t)UINT64_C(4294967295), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_batch_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.release on a batch: the object was closed and its slot now holds a newer object */
static void case_batch_release_batch_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_release_batch_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_batch_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the newer (batch.create)");
    (void)newer; /* made to hold its slot; no bytes to compare */
    weaveheap_handle_t again = recv;
    weaveheap_stats before = wh_stats();
    weaveheap_batch_release(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.release on a batch: a handle that was never issued */
static void case_batch_release_batch_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_release_batch_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x8fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_batch_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.release on a batch: a live object of another class, adopted under this one */
static void case_batch_release_batch_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_release_batch_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_batch_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.release on a batch: the object's region was destroyed before the call */
static void case_batch_release_batch_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_release_batch_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* batch.release on a batch: a second wrapper of an already released handle is closed */
static void case_batch_release_batch_double_release(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_release_batch_double_release";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_batch_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t again = recv;
    weaveheap_stats before = wh_stats();
    weaveheap_batch_release(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.release on a batch: null (None, nil) where a value is required */
static void case_batch_release_batch_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_release_batch_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_release(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.add_column on a batch: the object was closed before the call */
static void case_batch_add_column_batch_stale(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "batch_add_column_batch_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_handle_t arg_column = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the arg_column (vector.create)");
    weaveheap_batch_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t was_arg_column[WH_SNAPSHOT];
    uint64_t was_arg_column_len = wh_snapshot(arg_column, was_arg_column);
    weaveheap_stats before = wh_stats();
    weaveheap_batch_add_column(recv, data1, UINT64_C(5), arg_column, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_arg_column[WH_SNAPSHOT];
    uint64_t now_arg_column_len = wh_snapshot(arg_column, now_arg_column);
    wh_same_bytes(was_arg_column, was_arg_column_len, now_arg_column, now_arg_column_len, "arg_column");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.add_column on a batch: the object was closed and its slot now holds a newer object */
static void case_batch_add_column_batch_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "batch_add_column_batch_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_handle_t arg_column = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the arg_column (vector.create)");
    weaveheap_batch_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the newer (batch.create)");
    (void)newer; /* made to hold its slot; no bytes to compare */
    uint8_t was_arg_column[WH_SNAPSHOT];
    uint64_t was_arg_column_len = wh_snapshot(arg_column, was_arg_column);
    weaveheap_stats before = wh_stats();
    weaveheap_batch_add_column(recv, data1, UINT64_C(5), arg_column, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_arg_column[WH_SNAPSHOT];
    uint64_t now_arg_column_len = wh_snapshot(arg_column, now_arg_column);
    wh_same_bytes(was_arg_column, was_arg_column_len, now_arg_column, now_arg_column_len, "arg_column");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.add_column on a batch: a handle that was never issued */
static void case_batch_add_column_batch_forged(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "batch_add_column_batch_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t arg_column = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the arg_column (vector.create)");
    weaveheap_handle_t recv = UINT64_C(0x8fffffff00000001);
    uint8_t was_arg_column[WH_SNAPSHOT];
    uint64_t was_arg_column_len = wh_snapshot(arg_column, was_arg_column);
    weaveheap_stats before = wh_stats();
    weaveheap_batch_add_column(recv, data1, UINT64_C(5), arg_column, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_arg_column[WH_SNAPSHOT];
    uint64_t now_arg_column_len = wh_snapshot(arg_column, now_arg_column);
    wh_same_bytes(was_arg_column, was_arg_column_len, now_arg_column, now_arg_column_len, "arg_column");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.add_column on a batch: a live object of another class, adopted under this one */
static void case_batch_add_column_batch_wrong_kind_region(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "batch_add_column_batch_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t arg_column = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the arg_column (vector.create)");
    weaveheap_handle_t recv = region;
    uint8_t was_arg_column[WH_SNAPSHOT];
    uint64_t was_arg_column_len = wh_snapshot(arg_column, was_arg_column);
    weaveheap_stats before = wh_stats();
    weaveheap_batch_add_column(recv, data1, UINT64_C(5), arg_column, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    uint8_t now_arg_column[WH_SNAPSHOT];
    uint64_t now_arg_column_len = wh_snapshot(arg_column, now_arg_column);
    wh_same_bytes(was_arg_column, was_arg_column_len, now_arg_column, now_arg_column_len, "arg_column");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.add_column on a batch: the object's region was destroyed before the call */
static void case_batch_add_column_batch_after_region_destroy(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "batch_add_column_batch_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_handle_t arg_column = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the arg_column (vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_add_column(recv, data1, UINT64_C(5), arg_column, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* batch.add_column on a batch: null (None, nil) where a value is required */
static void case_batch_add_column_batch_null(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "batch_add_column_batch_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t arg_column = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the arg_column (vector.create)");
    uint8_t was_arg_column[WH_SNAPSHOT];
    uint64_t was_arg_column_len = wh_snapshot(arg_column, was_arg_column);
    weaveheap_stats before = wh_stats();
    weaveheap_batch_add_column(0, data1, UINT64_C(5), arg_column, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_arg_column[WH_SNAPSHOT];
    uint64_t now_arg_column_len = wh_snapshot(arg_column, now_arg_column);
    wh_same_bytes(was_arg_column, was_arg_column_len, now_arg_column, now_arg_column_len, "arg_column");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.add_column on a batch: null (None, nil) where a value is required (name) */
static void case_batch_add_column_batch_null_name(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_add_column_batch_null_name";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_handle_t arg_column = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the arg_column (vector.create)");
    uint8_t was_arg_column[WH_SNAPSHOT];
    uint64_t was_arg_column_len = wh_snapshot(arg_column, was_arg_column);
    weaveheap_stats before = wh_stats();
    weaveheap_batch_add_column(recv, NULL, UINT64_C(5), arg_column, &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    uint8_t now_arg_column[WH_SNAPSHOT];
    uint64_t now_arg_column_len = wh_snapshot(arg_column, now_arg_column);
    wh_same_bytes(was_arg_column, was_arg_column_len, now_arg_column, now_arg_column_len, "arg_column");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.add_column on a vector: the object was closed before the call (column) */
static void case_batch_add_column_vector_stale_column(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "batch_add_column_vector_stale_column";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_handle_t arg_column = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the arg_column (vector.create)");
    weaveheap_vector_release(arg_column, &err);
    wh_ok(&err, "close the arg_column");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_add_column(recv, data1, UINT64_C(5), arg_column, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.add_column on a vector: a handle that was never issued (column) */
static void case_batch_add_column_vector_forged_column(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "batch_add_column_vector_forged_column";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_handle_t arg_column = UINT64_C(0x7fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_batch_add_column(recv, data1, UINT64_C(5), arg_column, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.add_column on a vector: the object was closed and its slot now holds a newer object (column) */
static void case_batch_add_column_vector_reused_column(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "batch_add_column_vector_reused_column";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_handle_t arg_column = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the arg_column (vector.create)");
    weaveheap_vector_release(arg_column, &err);
    wh_ok(&err, "close the arg_column");
    weaveheap_handle_t newer = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the newer (vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    weaveheap_batch_add_column(recv, data1, UINT64_C(5), arg_column, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.add_column on a vector: null (None, nil) where a value is required (column) */
static void case_batch_add_column_vector_null_column(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "batch_add_column_vector_null_column";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_stats before = wh_stats();
    weaveheap_batch_add_column(recv, data1, UINT64_C(5), 0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.num_columns on a batch: the object was closed before the call */
static void case_batch_num_columns_batch_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_num_columns_batch_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_batch_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_batch_num_columns(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.num_columns on a batch: the object was closed and its slot now holds a newer object */
static void case_batch_num_columns_batch_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_num_columns_batch_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_batch_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the newer (batch.create)");
    (void)newer; /* made to hold its slot; no bytes to compare */
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_batch_num_columns(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.num_columns on a batch: a handle that was never issued */
static void case_batch_num_columns_batch_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_num_columns_batch_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x8fffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_batch_num_columns(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.num_columns on a batch: a live object of another class, adopted under this one */
static void case_batch_num_columns_batch_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_num_columns_batch_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_batch_num_columns(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.num_columns on a batch: the object's region was destroyed before the call */
static void case_batch_num_columns_batch_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_num_columns_batch_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_batch_num_columns(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* batch.num_columns on a batch: null (None, nil) where a value is required */
static void case_batch_num_columns_batch_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_num_columns_batch_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_batch_num_columns(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.num_rows on a batch: the object was closed before the call */
static void case_batch_num_rows_batch_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_num_rows_batch_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_batch_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_batch_num_rows(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.num_rows on a batch: the object was closed and its slot now holds a newer object */
static void case_batch_num_rows_batch_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_num_rows_batch_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_batch_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the newer (batch.create)");
    (void)newer; /* made to hold its slot; no bytes to compare */
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_batch_num_rows(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.num_rows on a batch: a handle that was never issued */
static void case_batch_num_rows_batch_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_num_rows_batch_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x8fffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_batch_num_rows(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.num_rows on a batch: a live object of another class, adopted under this one */
static void case_batch_num_rows_batch_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_num_rows_batch_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_batch_num_rows(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.num_rows on a batch: the object's region was destroyed before the call */
static void case_batch_num_rows_batch_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_num_rows_batch_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_batch_num_rows(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* batch.num_rows on a batch: null (None, nil) where a value is required */
static void case_batch_num_rows_batch_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_num_rows_batch_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_batch_num_rows(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.column_name on a batch: the object was closed before the call */
static void case_batch_column_name_batch_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_column_name_batch_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_batch_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    char* result = weaveheap_batch_column_name(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_string(result);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.column_name on a batch: the object was closed and its slot now holds a newer object */
static void case_batch_column_name_batch_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_column_name_batch_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_batch_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the newer (batch.create)");
    (void)newer; /* made to hold its slot; no bytes to compare */
    weaveheap_stats before = wh_stats();
    char* result = weaveheap_batch_column_name(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_string(result);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.column_name on a batch: a handle that was never issued */
static void case_batch_column_name_batch_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_column_name_batch_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x8fffffff00000001);
    weaveheap_stats before = wh_stats();
    char* result = weaveheap_batch_column_name(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_string(result);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.column_name on a batch: a live object of another class, adopted under this one */
static void case_batch_column_name_batch_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_column_name_batch_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    char* result = weaveheap_batch_column_name(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_string(result);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.column_name on a batch: the object's region was destroyed before the call */
static void case_batch_column_name_batch_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_column_name_batch_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    char* result = weaveheap_batch_column_name(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_string(result);
}

/* batch.column_name on a batch: null (None, nil) where a value is required */
static void case_batch_column_name_batch_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_column_name_batch_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    char* result = weaveheap_batch_column_name(0, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_string(result);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.column_name on a batch: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_batch_column_name_batch_absurd_value_index_100000010(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_column_name_batch_absurd_value_index_100000010";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_stats before = wh_stats();
    char* result = weaveheap_batch_column_name(recv, (uint64_t)UINT64_C(4294967312), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_string(result);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.column_name on a batch: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_batch_column_name_batch_absurd_value_index_10000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_column_name_batch_absurd_value_index_10000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_stats before = wh_stats();
    char* result = weaveheap_batch_column_name(recv, (uint64_t)UINT64_C(1099511627776), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_string(result);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.column_name on a batch: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_batch_column_name_batch_absurd_value_index_ffffffffffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_column_name_batch_absurd_value_index_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_stats before = wh_stats();
    char* result = weaveheap_batch_column_name(recv, (uint64_t)UINT64_C(18446744073709551615), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_string(result);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.validate on a batch: the object was closed before the call */
static void case_batch_validate_batch_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_validate_batch_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_batch_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_validate(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.validate on a batch: the object was closed and its slot now holds a newer object */
static void case_batch_validate_batch_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_validate_batch_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_batch_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the newer (batch.create)");
    (void)newer; /* made to hold its slot; no bytes to compare */
    weaveheap_stats before = wh_stats();
    weaveheap_batch_validate(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.validate on a batch: a handle that was never issued */
static void case_batch_validate_batch_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_validate_batch_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x8fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_batch_validate(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.validate on a batch: a live object of another class, adopted under this one */
static void case_batch_validate_batch_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_validate_batch_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_batch_validate(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.validate on a batch: the object's region was destroyed before the call */
static void case_batch_validate_batch_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_validate_batch_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_validate(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* batch.validate on a batch: null (None, nil) where a value is required */
static void case_batch_validate_batch_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_validate_batch_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_validate(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.append_row on a batch: the object was closed before the call */
static void case_batch_append_row_batch_stale(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "batch_append_row_batch_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_batch_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_append_row(recv, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.append_row on a batch: the object was closed and its slot now holds a newer object */
static void case_batch_append_row_batch_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "batch_append_row_batch_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_batch_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the newer (batch.create)");
    (void)newer; /* made to hold its slot; no bytes to compare */
    weaveheap_stats before = wh_stats();
    weaveheap_batch_append_row(recv, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.append_row on a batch: a handle that was never issued */
static void case_batch_append_row_batch_forged(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "batch_append_row_batch_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x8fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_batch_append_row(recv, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.append_row on a batch: a live object of another class, adopted under this one */
static void case_batch_append_row_batch_wrong_kind_region(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "batch_append_row_batch_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_batch_append_row(recv, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.append_row on a batch: the object's region was destroyed before the call */
static void case_batch_append_row_batch_after_region_destroy(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "batch_append_row_batch_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_append_row(recv, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* batch.append_row on a batch: null (None, nil) where a value is required */
static void case_batch_append_row_batch_null(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "batch_append_row_batch_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_append_row(0, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch.append_row on a batch: null (None, nil) where a value is required (row) */
static void case_batch_append_row_batch_null_row(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_append_row_batch_null_row";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_stats before = wh_stats();
    weaveheap_batch_append_row(recv, NULL, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.create on a region: the object was closed before the call */
static void case_list_vector_create_region_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_create_region_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t arg_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the arg_child (vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_t result = weaveheap_list_vector_create(region, arg_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_list_vector_release(result, &err);
    weaveheap_error_clear(&err);
}

/* list_vector.create on a region: the object was closed and its slot now holds a newer object */
static void case_list_vector_create_region_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_create_region_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t arg_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the arg_child (vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t newer = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the newer (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_t result = weaveheap_list_vector_create(region, arg_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_list_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(newer, &err);
    wh_ok(&err, "close the newer");
}

/* list_vector.create on a region: a handle that was never issued */
static void case_list_vector_create_region_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_create_region_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t arg_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the arg_child (vector.create)");
    weaveheap_handle_t recv = UINT64_C(0x1fffffff00000001);
    uint8_t was_arg_child[WH_SNAPSHOT];
    uint64_t was_arg_child_len = wh_snapshot(arg_child, was_arg_child);
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_t result = weaveheap_list_vector_create(recv, arg_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_list_vector_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_arg_child[WH_SNAPSHOT];
    uint64_t now_arg_child_len = wh_snapshot(arg_child, now_arg_child);
    wh_same_bytes(was_arg_child, was_arg_child_len, now_arg_child, now_arg_child_len, "arg_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.create on a region: a live object of another class, adopted under this one */
static void case_list_vector_create_region_wrong_kind_buffer(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_create_region_wrong_kind_buffer";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t other = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the other (buffer.alloc)");
    weaveheap_buffer_write(other, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the other");
    weaveheap_handle_t arg_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the arg_child (vector.create)");
    weaveheap_handle_t recv = other;
    uint8_t was_other[WH_SNAPSHOT];
    uint64_t was_other_len = wh_snapshot(other, was_other);
    uint8_t was_arg_child[WH_SNAPSHOT];
    uint64_t was_arg_child_len = wh_snapshot(arg_child, was_arg_child);
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_t result = weaveheap_list_vector_create(recv, arg_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_list_vector_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_other[WH_SNAPSHOT];
    uint64_t now_other_len = wh_snapshot(other, now_other);
    wh_same_bytes(was_other, was_other_len, now_other, now_other_len, "other");
    uint8_t now_arg_child[WH_SNAPSHOT];
    uint64_t now_arg_child_len = wh_snapshot(arg_child, now_arg_child);
    wh_same_bytes(was_arg_child, was_arg_child_len, now_arg_child, now_arg_child_len, "arg_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.create on a region: null (None, nil) where a value is required */
static void case_list_vector_create_region_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_create_region_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t arg_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the arg_child (vector.create)");
    uint8_t was_arg_child[WH_SNAPSHOT];
    uint64_t was_arg_child_len = wh_snapshot(arg_child, was_arg_child);
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_t result = weaveheap_list_vector_create(0, arg_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_list_vector_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_arg_child[WH_SNAPSHOT];
    uint64_t now_arg_child_len = wh_snapshot(arg_child, now_arg_child);
    wh_same_bytes(was_arg_child, was_arg_child_len, now_arg_child, now_arg_child_len, "arg_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.create on a vector: the object was closed before the call (child) */
static void case_list_vector_create_vector_stale_child(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_create_vector_stale_child";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t arg_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the arg_child (vector.create)");
    weaveheap_vector_release(arg_child, &err);
    wh_ok(&err, "close the arg_child");
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_t result = weaveheap_list_vector_create(region, arg_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_list_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.create on a vector: a handle that was never issued (child) */
static void case_list_vector_create_vector_forged_child(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_create_vector_forged_child";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t arg_child = UINT64_C(0x7fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_t result = weaveheap_list_vector_create(region, arg_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_list_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.create on a vector: the object was closed and its slot now holds a newer object (child) */
static void case_list_vector_create_vector_reused_child(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_create_vector_reused_child";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t arg_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the arg_child (vector.create)");
    weaveheap_vector_release(arg_child, &err);
    wh_ok(&err, "close the arg_child");
    weaveheap_handle_t newer = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the newer (vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_t result = weaveheap_list_vector_create(region, arg_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_list_vector_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.create on a vector: null (None, nil) where a value is required (child) */
static void case_list_vector_create_vector_null_child(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_create_vector_null_child";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_t result = weaveheap_list_vector_create(region, 0, (uint64_t)UINT64_C(16), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_list_vector_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_list_vector_create_region_absurd_value_capacity_1000000000001(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_create_region_absurd_value_capacity_1000000000001";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t arg_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the arg_child (vector.create)");
    uint8_t was_arg_child[WH_SNAPSHOT];
    uint64_t was_arg_child_len = wh_snapshot(arg_child, was_arg_child);
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_t result = weaveheap_list_vector_create(region, arg_child, (uint64_t)UINT64_C(281474976710657), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_list_vector_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_arg_child[WH_SNAPSHOT];
    uint64_t now_arg_child_len = wh_snapshot(arg_child, now_arg_child);
    wh_same_bytes(was_arg_child, was_arg_child_len, now_arg_child, now_arg_child_len, "arg_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_list_vector_create_region_absurd_value_capacity_ffffffffffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_create_region_absurd_value_capacity_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t arg_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the arg_child (vector.create)");
    uint8_t was_arg_child[WH_SNAPSHOT];
    uint64_t was_arg_child_len = wh_snapshot(arg_child, was_arg_child);
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_t result = weaveheap_list_vector_create(region, arg_child, (uint64_t)UINT64_C(18446744073709551615), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_list_vector_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_arg_child[WH_SNAPSHOT];
    uint64_t now_arg_child_len = wh_snapshot(arg_child, now_arg_child);
    wh_same_bytes(was_arg_child, was_arg_child_len, now_arg_child, now_arg_child_len, "arg_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_list_vector_create_region_absurd_value_capacity_100000010_limited(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_create_region_absurd_value_capacity_100000010_limited";
    weaveheap_region_options s_options0 = {0};
    s_options0.byte_limit = UINT64_C(1048576);
    weaveheap_handle_t region = weaveheap_region_create(&s_options0, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t arg_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the arg_child (vector.create)");
    uint8_t was_arg_child[WH_SNAPSHOT];
    uint64_t was_arg_child_len = wh_snapshot(arg_child, was_arg_child);
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_t result = weaveheap_list_vector_create(region, arg_child, (uint64_t)UINT64_C(4294967312), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_list_vector_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_arg_child[WH_SNAPSHOT];
    uint64_t now_arg_child_len = wh_snapshot(arg_child, now_arg_child);
    wh_same_bytes(was_arg_child, was_arg_child_len, now_arg_child, now_arg_child_len, "arg_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_list_vector_create_region_absurd_value_capacity_10000000000_limited(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_create_region_absurd_value_capacity_10000000000_limited";
    weaveheap_region_options s_options0 = {0};
    s_options0.byte_limit = UINT64_C(1048576);
    weaveheap_handle_t region = weaveheap_region_create(&s_options0, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t arg_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the arg_child (vector.create)");
    uint8_t was_arg_child[WH_SNAPSHOT];
    uint64_t was_arg_child_len = wh_snapshot(arg_child, was_arg_child);
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_t result = weaveheap_list_vector_create(region, arg_child, (uint64_t)UINT64_C(1099511627776), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_list_vector_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_arg_child[WH_SNAPSHOT];
    uint64_t now_arg_child_len = wh_snapshot(arg_child, now_arg_child);
    wh_same_bytes(was_arg_child, was_arg_child_len, now_arg_child, now_arg_child_len, "arg_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_list_vector_create_region_absurd_value_capacity_1000000000000_limited(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_create_region_absurd_value_capacity_1000000000000_limited";
    weaveheap_region_options s_options0 = {0};
    s_options0.byte_limit = UINT64_C(1048576);
    weaveheap_handle_t region = weaveheap_region_create(&s_options0, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t arg_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the arg_child (vector.create)");
    uint8_t was_arg_child[WH_SNAPSHOT];
    uint64_t was_arg_child_len = wh_snapshot(arg_child, was_arg_child);
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_t result = weaveheap_list_vector_create(region, arg_child, (uint64_t)UINT64_C(281474976710656), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_list_vector_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_arg_child[WH_SNAPSHOT];
    uint64_t now_arg_child_len = wh_snapshot(arg_child, now_arg_child);
    wh_same_bytes(was_arg_child, was_arg_child_len, now_arg_child, now_arg_child_len, "arg_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_list_vector_create_region_absurd_value_capacity_10000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_create_region_absurd_value_capacity_10000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t arg_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the arg_child (vector.create)");
    uint8_t was_arg_child[WH_SNAPSHOT];
    uint64_t was_arg_child_len = wh_snapshot(arg_child, was_arg_child);
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_t result = weaveheap_list_vector_create(region, arg_child, (uint64_t)UINT64_C(1099511627776), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_list_vector_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_arg_child[WH_SNAPSHOT];
    uint64_t now_arg_child_len = wh_snapshot(arg_child, now_arg_child);
    wh_same_bytes(was_arg_child, was_arg_child_len, now_arg_child, now_arg_child_len, "arg_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (capacity) */
static void case_list_vector_create_region_absurd_value_capacity_1000000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_create_region_absurd_value_capacity_1000000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t arg_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the arg_child (vector.create)");
    uint8_t was_arg_child[WH_SNAPSHOT];
    uint64_t was_arg_child_len = wh_snapshot(arg_child, was_arg_child);
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_t result = weaveheap_list_vector_create(region, arg_child, (uint64_t)UINT64_C(281474976710656), false, false, &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_MEMORY, "WEAVEHEAP_ERR_OUT_OF_MEMORY");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_list_vector_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_arg_child[WH_SNAPSHOT];
    uint64_t now_arg_child_len = wh_snapshot(arg_child, now_arg_child);
    wh_same_bytes(was_arg_child, was_arg_child_len, now_arg_child, now_arg_child_len, "arg_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.release on a list_vector: the object was closed and its slot now holds a newer object */
static void case_list_vector_release_list_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_release_list_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (list_vector.create)");
    (void)newer; /* made to hold its slot; no bytes to compare */
    weaveheap_handle_t again = recv;
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_release(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_list_vector_release(newer, &err);
    wh_ok(&err, "close the newer");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.release on a list_vector: a handle that was never issued */
static void case_list_vector_release_list_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_release_list_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xbfffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.release on a list_vector: a live object of another class, adopted under this one */
static void case_list_vector_release_list_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_release_list_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.release on a list_vector: the object's region was destroyed before the call */
static void case_list_vector_release_list_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_release_list_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t again = recv;
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_release(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* list_vector.release on a list_vector: a second wrapper of an already released handle is closed */
static void case_list_vector_release_list_vector_double_release(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_release_list_vector_double_release";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t again = recv;
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_release(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.release on a list_vector: null (None, nil) where a value is required */
static void case_list_vector_release_list_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_release_list_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_release(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.length on a list_vector: the object was closed before the call */
static void case_list_vector_length_list_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_length_list_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.length on a list_vector: the object was closed and its slot now holds a newer object */
static void case_list_vector_length_list_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_length_list_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (list_vector.create)");
    (void)newer; /* made to hold its slot; no bytes to compare */
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_list_vector_release(newer, &err);
    wh_ok(&err, "close the newer");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.length on a list_vector: a handle that was never issued */
static void case_list_vector_length_list_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_length_list_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xbfffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.length on a list_vector: a live object of another class, adopted under this one */
static void case_list_vector_length_list_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_length_list_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.length on a list_vector: the object's region was destroyed before the call */
static void case_list_vector_length_list_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_length_list_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t again = recv;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_length(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* list_vector.length on a list_vector: null (None, nil) where a value is required */
static void case_list_vector_length_list_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_length_list_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_length(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.capacity on a list_vector: the object was closed before the call */
static void case_list_vector_capacity_list_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_capacity_list_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_capacity(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.capacity on a list_vector: the object was closed and its slot now holds a newer object */
static void case_list_vector_capacity_list_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_capacity_list_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (list_vector.create)");
    (void)newer; /* made to hold its slot; no bytes to compare */
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_capacity(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_list_vector_release(newer, &err);
    wh_ok(&err, "close the newer");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.capacity on a list_vector: a handle that was never issued */
static void case_list_vector_capacity_list_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_capacity_list_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xbfffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_capacity(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.capacity on a list_vector: a live object of another class, adopted under this one */
static void case_list_vector_capacity_list_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_capacity_list_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_capacity(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.capacity on a list_vector: the object's region was destroyed before the call */
static void case_list_vector_capacity_list_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_capacity_list_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t again = recv;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_capacity(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* list_vector.capacity on a list_vector: null (None, nil) where a value is required */
static void case_list_vector_capacity_list_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_capacity_list_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_capacity(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.null_count on a list_vector: the object was closed before the call */
static void case_list_vector_null_count_list_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_null_count_list_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_null_count(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.null_count on a list_vector: the object was closed and its slot now holds a newer object */
static void case_list_vector_null_count_list_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_null_count_list_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (list_vector.create)");
    (void)newer; /* made to hold its slot; no bytes to compare */
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_null_count(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_list_vector_release(newer, &err);
    wh_ok(&err, "close the newer");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.null_count on a list_vector: a handle that was never issued */
static void case_list_vector_null_count_list_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_null_count_list_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xbfffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_null_count(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.null_count on a list_vector: a live object of another class, adopted under this one */
static void case_list_vector_null_count_list_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_null_count_list_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_null_count(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.null_count on a list_vector: the object's region was destroyed before the call */
static void case_list_vector_null_count_list_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_null_count_list_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t again = recv;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_null_count(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* list_vector.null_count on a list_vector: null (None, nil) where a value is required */
static void case_list_vector_null_count_list_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_null_count_list_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_null_count(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.is_map on a list_vector: the object was closed before the call */
static void case_list_vector_is_map_list_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_is_map_list_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_list_vector_is_map(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.is_map on a list_vector: the object was closed and its slot now holds a newer object */
static void case_list_vector_is_map_list_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_is_map_list_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (list_vector.create)");
    (void)newer; /* made to hold its slot; no bytes to compare */
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_list_vector_is_map(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_list_vector_release(newer, &err);
    wh_ok(&err, "close the newer");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.is_map on a list_vector: a handle that was never issued */
static void case_list_vector_is_map_list_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_is_map_list_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xbfffffff00000001);
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_list_vector_is_map(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.is_map on a list_vector: a live object of another class, adopted under this one */
static void case_list_vector_is_map_list_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_is_map_list_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_list_vector_is_map(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.is_map on a list_vector: the object's region was destroyed before the call */
static void case_list_vector_is_map_list_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_is_map_list_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t again = recv;
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_list_vector_is_map(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* list_vector.is_map on a list_vector: null (None, nil) where a value is required */
static void case_list_vector_is_map_list_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_is_map_list_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_list_vector_is_map(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.is_valid on a list_vector: the object was closed before the call */
static void case_list_vector_is_valid_list_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_is_valid_list_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_list_vector_is_valid(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.is_valid on a list_vector: the object was closed and its slot now holds a newer object */
static void case_list_vector_is_valid_list_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_is_valid_list_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (list_vector.create)");
    (void)newer; /* made to hold its slot; no bytes to compare */
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_list_vector_is_valid(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_list_vector_release(newer, &err);
    wh_ok(&err, "close the newer");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.is_valid on a list_vector: a handle that was never issued */
static void case_list_vector_is_valid_list_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_is_valid_list_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xbfffffff00000001);
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_list_vector_is_valid(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.is_valid on a list_vector: a live object of another class, adopted under this one */
static void case_list_vector_is_valid_list_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_is_valid_list_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_list_vector_is_valid(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.is_valid on a list_vector: the object's region was destroyed before the call */
static void case_list_vector_is_valid_list_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_is_valid_list_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t again = recv;
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_list_vector_is_valid(again, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* list_vector.is_valid on a list_vector: null (None, nil) where a value is required */
static void case_list_vector_is_valid_list_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_is_valid_list_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_list_vector_is_valid(0, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.is_valid on a list_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_list_vector_is_valid_list_vector_absurd_value_index_100000010(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_is_valid_list_vector_absurd_value_index_100000010";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_list_vector_is_valid(recv, (uint64_t)UINT64_C(4294967312), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.is_valid on a list_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_list_vector_is_valid_list_vector_absurd_value_index_10000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_is_valid_list_vector_absurd_value_index_10000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_list_vector_is_valid(recv, (uint64_t)UINT64_C(1099511627776), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.is_valid on a list_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_list_vector_is_valid_list_vector_absurd_value_index_ffffffffffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_is_valid_list_vector_absurd_value_index_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    bool result = weaveheap_list_vector_is_valid(recv, (uint64_t)UINT64_C(18446744073709551615), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.value_offset on a list_vector: the object was closed before the call */
static void case_list_vector_value_offset_list_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_value_offset_list_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_value_offset(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.value_offset on a list_vector: the object was closed and its slot now holds a newer object */
static void case_list_vector_value_offset_list_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_value_offset_list_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (list_vector.create)");
    (void)newer; /* made to hold its slot; no bytes to compare */
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_value_offset(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_list_vector_release(newer, &err);
    wh_ok(&err, "close the newer");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.value_offset on a list_vector: a handle that was never issued */
static void case_list_vector_value_offset_list_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_value_offset_list_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xbfffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_value_offset(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.value_offset on a list_vector: a live object of another class, adopted under this one */
static void case_list_vector_value_offset_list_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_value_offset_list_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_value_offset(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.value_offset on a list_vector: the object's region was destroyed before the call */
static void case_list_vector_value_offset_list_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_value_offset_list_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t again = recv;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_value_offset(again, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* list_vector.value_offset on a list_vector: null (None, nil) where a value is required */
static void case_list_vector_value_offset_list_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_value_offset_list_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_value_offset(0, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.value_offset on a list_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_list_vector_value_offset_list_vector_absurd_value_index_100000010(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_value_offset_list_vector_absurd_value_index_100000010";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_value_offset(recv, (uint64_t)UINT64_C(4294967312), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.value_offset on a list_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_list_vector_value_offset_list_vector_absurd_value_index_10000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_value_offset_list_vector_absurd_value_index_10000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_value_offset(recv, (uint64_t)UINT64_C(1099511627776), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.value_offset on a list_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_list_vector_value_offset_list_vector_absurd_value_index_ffffffffffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_value_offset_list_vector_absurd_value_index_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_value_offset(recv, (uint64_t)UINT64_C(18446744073709551615), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.value_length on a list_vector: the object was closed before the call */
static void case_list_vector_value_length_list_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_value_length_list_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_value_length(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.value_length on a list_vector: the object was closed and its slot now holds a newer object */
static void case_list_vector_value_length_list_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_value_length_list_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (list_vector.create)");
    (void)newer; /* made to hold its slot; no bytes to compare */
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_value_length(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_list_vector_release(newer, &err);
    wh_ok(&err, "close the newer");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.value_length on a list_vector: a handle that was never issued */
static void case_list_vector_value_length_list_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_value_length_list_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xbfffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_value_length(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.value_length on a list_vector: a live object of another class, adopted under this one */
static void case_list_vector_value_length_list_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_value_length_list_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_value_length(recv, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.value_length on a list_vector: the object's region was destroyed before the call */
static void case_list_vector_value_length_list_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_value_length_list_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t again = recv;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_value_length(again, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* list_vector.value_length on a list_vector: null (None, nil) where a value is required */
static void case_list_vector_value_length_list_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_value_length_list_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_value_length(0, (uint64_t)UINT64_C(0), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.value_length on a list_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_list_vector_value_length_list_vector_absurd_value_index_100000010(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_value_length_list_vector_absurd_value_index_100000010";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_value_length(recv, (uint64_t)UINT64_C(4294967312), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.value_length on a list_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_list_vector_value_length_list_vector_absurd_value_index_10000000000(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_value_length_list_vector_absurd_value_index_10000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_value_length(recv, (uint64_t)UINT64_C(1099511627776), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.value_length on a list_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_list_vector_value_length_list_vector_absurd_value_index_ffffffffffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_value_length_list_vector_absurd_value_index_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_list_vector_value_length(recv, (uint64_t)UINT64_C(18446744073709551615), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.append on a list_vector: the object was closed before the call */
static void case_list_vector_append_list_vector_stale(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_append_list_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_append(recv, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.append on a list_vector: the object was closed and its slot now holds a newer object */
static void case_list_vector_append_list_vector_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_append_list_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (list_vector.create)");
    (void)newer; /* made to hold its slot; no bytes to compare */
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_append(recv, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_list_vector_release(newer, &err);
    wh_ok(&err, "close the newer");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.append on a list_vector: a handle that was never issued */
static void case_list_vector_append_list_vector_forged(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_append_list_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xbfffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_append(recv, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.append on a list_vector: a live object of another class, adopted under this one */
static void case_list_vector_append_list_vector_wrong_kind_region(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_append_list_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_append(recv, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.append on a list_vector: the object's region was destroyed before the call */
static void case_list_vector_append_list_vector_after_region_destroy(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_append_list_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t again = recv;
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_append(again, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* list_vector.append on a list_vector: null (None, nil) where a value is required */
static void case_list_vector_append_list_vector_null(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_append_list_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_append(0, data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.append on a list_vector: null (None, nil) where a value is required (value) */
static void case_list_vector_append_list_vector_null_value(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_append_list_vector_null_value";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_append(recv, NULL, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.append_null on a list_vector: the object was closed before the call */
static void case_list_vector_append_null_list_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_append_null_list_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_append_null(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.append_null on a list_vector: the object was closed and its slot now holds a newer object */
static void case_list_vector_append_null_list_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_append_null_list_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (list_vector.create)");
    (void)newer; /* made to hold its slot; no bytes to compare */
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_append_null(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_list_vector_release(newer, &err);
    wh_ok(&err, "close the newer");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.append_null on a list_vector: a handle that was never issued */
static void case_list_vector_append_null_list_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_append_null_list_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xbfffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_append_null(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.append_null on a list_vector: a live object of another class, adopted under this one */
static void case_list_vector_append_null_list_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_append_null_list_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_append_null(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.append_null on a list_vector: the object's region was destroyed before the call */
static void case_list_vector_append_null_list_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_append_null_list_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t again = recv;
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_append_null(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* list_vector.append_null on a list_vector: null (None, nil) where a value is required */
static void case_list_vector_append_null_list_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_append_null_list_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_list_vector_append_null(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.lookup on a list_vector: the object was closed before the call */
static void case_list_vector_lookup_list_vector_stale(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_lookup_list_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    int64_t result = weaveheap_list_vector_lookup(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.lookup on a list_vector: the object was closed and its slot now holds a newer object */
static void case_list_vector_lookup_list_vector_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_lookup_list_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (list_vector.create)");
    (void)newer; /* made to hold its slot; no bytes to compare */
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    int64_t result = weaveheap_list_vector_lookup(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_list_vector_release(newer, &err);
    wh_ok(&err, "close the newer");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.lookup on a list_vector: a handle that was never issued */
static void case_list_vector_lookup_list_vector_forged(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_lookup_list_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xbfffffff00000001);
    weaveheap_stats before = wh_stats();
    int64_t result = weaveheap_list_vector_lookup(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.lookup on a list_vector: a live object of another class, adopted under this one */
static void case_list_vector_lookup_list_vector_wrong_kind_region(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_lookup_list_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    int64_t result = weaveheap_list_vector_lookup(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.lookup on a list_vector: the object's region was destroyed before the call */
static void case_list_vector_lookup_list_vector_after_region_destroy(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_lookup_list_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t again = recv;
    weaveheap_stats before = wh_stats();
    int64_t result = weaveheap_list_vector_lookup(again, (uint64_t)UINT64_C(0), data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* list_vector.lookup on a list_vector: null (None, nil) where a value is required */
static void case_list_vector_lookup_list_vector_null(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_lookup_list_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    int64_t result = weaveheap_list_vector_lookup(0, (uint64_t)UINT64_C(0), data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.lookup on a list_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_list_vector_lookup_list_vector_absurd_value_index_100000010(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_lookup_list_vector_absurd_value_index_100000010";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    int64_t result = weaveheap_list_vector_lookup(recv, (uint64_t)UINT64_C(4294967312), data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.lookup on a list_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_list_vector_lookup_list_vector_absurd_value_index_10000000000(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_lookup_list_vector_absurd_value_index_10000000000";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    int64_t result = weaveheap_list_vector_lookup(recv, (uint64_t)UINT64_C(1099511627776), data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.lookup on a list_vector: an integer far out of range (sizes of 2^32 and more on every target width) (index) */
static void case_list_vector_lookup_list_vector_absurd_value_index_ffffffffffffffff(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_lookup_list_vector_absurd_value_index_ffffffffffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    int64_t result = weaveheap_list_vector_lookup(recv, (uint64_t)UINT64_C(18446744073709551615), data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_OUT_OF_RANGE, "WEAVEHEAP_ERR_OUT_OF_RANGE");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* list_vector.lookup on a list_vector: null (None, nil) where a value is required (key) */
static void case_list_vector_lookup_list_vector_null_key(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "list_vector_lookup_list_vector_null_key";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv_child = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv_child (vector.create)");
    weaveheap_handle_t recv = weaveheap_list_vector_create(region, recv_child, (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (list_vector.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    uint8_t was_recv_child[WH_SNAPSHOT];
    uint64_t was_recv_child_len = wh_snapshot(recv_child, was_recv_child);
    weaveheap_stats before = wh_stats();
    int64_t result = weaveheap_list_vector_lookup(recv, (uint64_t)UINT64_C(0), NULL, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_list_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    uint8_t now_recv_child[WH_SNAPSHOT];
    uint64_t now_recv_child_len = wh_snapshot(recv_child, now_recv_child);
    wh_same_bytes(was_recv_child, was_recv_child_len, now_recv_child, now_recv_child_len, "recv_child");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch_stream.create on a region: the object was closed before the call */
static void case_batch_stream_create_region_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_create_region_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_stream_t result = weaveheap_batch_stream_create(region, (uint32_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_batch_stream_release(result, &err);
    weaveheap_error_clear(&err);
}

/* batch_stream.create on a region: the object was closed and its slot now holds a newer object */
static void case_batch_stream_create_region_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_create_region_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t newer = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the newer (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_stream_t result = weaveheap_batch_stream_create(region, (uint32_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_batch_stream_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(newer, &err);
    wh_ok(&err, "close the newer");
}

/* batch_stream.create on a region: a handle that was never issued */
static void case_batch_stream_create_region_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_create_region_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x1fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_batch_stream_t result = weaveheap_batch_stream_create(recv, (uint32_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_batch_stream_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch_stream.create on a region: a live object of another class, adopted under this one */
static void case_batch_stream_create_region_wrong_kind_buffer(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_create_region_wrong_kind_buffer";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t other = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the other (buffer.alloc)");
    weaveheap_buffer_write(other, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the other");
    weaveheap_handle_t recv = other;
    uint8_t was_other[WH_SNAPSHOT];
    uint64_t was_other_len = wh_snapshot(other, was_other);
    weaveheap_stats before = wh_stats();
    weaveheap_batch_stream_t result = weaveheap_batch_stream_create(recv, (uint32_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_batch_stream_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_other[WH_SNAPSHOT];
    uint64_t now_other_len = wh_snapshot(other, now_other);
    wh_same_bytes(was_other, was_other_len, now_other, now_other_len, "other");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch_stream.create on a region: null (None, nil) where a value is required */
static void case_batch_stream_create_region_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_create_region_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_stream_t result = weaveheap_batch_stream_create(0, (uint32_t)UINT64_C(16), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_batch_stream_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch_stream.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (max_batches) */
static void case_batch_stream_create_region_absurd_value_max_batches_10001(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_create_region_absurd_value_max_batches_10001";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_stream_t result = weaveheap_batch_stream_create(region, (uint32_t)UINT64_C(65537), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_batch_stream_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch_stream.create on a region: an integer far out of range (sizes of 2^32 and more on every target width) (max_batches) */
static void case_batch_stream_create_region_absurd_value_max_batches_ffffffff(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_create_region_absurd_value_max_batches_ffffffff";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_stream_t result = weaveheap_batch_stream_create(region, (uint32_t)UINT64_C(4294967295), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_batch_stream_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch_stream.release on a batch_stream: the object was closed and its slot now holds a newer object */
static void case_batch_stream_release_batch_stream_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_release_batch_stream_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_stream_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch_stream.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_batch_stream_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_batch_stream_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the newer (batch_stream.create)");
    (void)newer; /* made to hold its slot; no bytes to compare */
    weaveheap_handle_t again = recv;
    weaveheap_stats before = wh_stats();
    weaveheap_batch_stream_release(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch_stream.release on a batch_stream: a handle that was never issued */
static void case_batch_stream_release_batch_stream_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_release_batch_stream_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x9fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_batch_stream_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch_stream.release on a batch_stream: a live object of another class, adopted under this one */
static void case_batch_stream_release_batch_stream_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_release_batch_stream_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_batch_stream_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch_stream.release on a batch_stream: the object's region was destroyed before the call */
static void case_batch_stream_release_batch_stream_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_release_batch_stream_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_stream_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch_stream.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_stream_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* batch_stream.release on a batch_stream: a second wrapper of an already released handle is closed */
static void case_batch_stream_release_batch_stream_double_release(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_release_batch_stream_double_release";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_stream_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch_stream.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_batch_stream_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t again = recv;
    weaveheap_stats before = wh_stats();
    weaveheap_batch_stream_release(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch_stream.release on a batch_stream: null (None, nil) where a value is required */
static void case_batch_stream_release_batch_stream_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_release_batch_stream_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_stream_release(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch_stream.add_batch on a batch_stream: the object was closed before the call */
static void case_batch_stream_add_batch_batch_stream_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_add_batch_batch_stream_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_stream_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch_stream.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_handle_t arg_batch = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the arg_batch (batch.create)");
    (void)arg_batch; /* made to hold its slot; no bytes to compare */
    weaveheap_batch_stream_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_stream_add_batch(recv, arg_batch, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch_stream.add_batch on a batch_stream: the object was closed and its slot now holds a newer object */
static void case_batch_stream_add_batch_batch_stream_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_add_batch_batch_stream_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_stream_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch_stream.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_handle_t arg_batch = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the arg_batch (batch.create)");
    (void)arg_batch; /* made to hold its slot; no bytes to compare */
    weaveheap_batch_stream_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_batch_stream_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the newer (batch_stream.create)");
    (void)newer; /* made to hold its slot; no bytes to compare */
    weaveheap_stats before = wh_stats();
    weaveheap_batch_stream_add_batch(recv, arg_batch, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch_stream.add_batch on a batch_stream: a handle that was never issued */
static void case_batch_stream_add_batch_batch_stream_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_add_batch_batch_stream_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t arg_batch = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the arg_batch (batch.create)");
    (void)arg_batch; /* made to hold its slot; no bytes to compare */
    weaveheap_handle_t recv = UINT64_C(0x9fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_batch_stream_add_batch(recv, arg_batch, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch_stream.add_batch on a batch_stream: a live object of another class, adopted under this one */
static void case_batch_stream_add_batch_batch_stream_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_add_batch_batch_stream_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t arg_batch = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the arg_batch (batch.create)");
    (void)arg_batch; /* made to hold its slot; no bytes to compare */
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_batch_stream_add_batch(recv, arg_batch, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch_stream.add_batch on a batch_stream: the object's region was destroyed before the call */
static void case_batch_stream_add_batch_batch_stream_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_add_batch_batch_stream_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_stream_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch_stream.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_handle_t arg_batch = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the arg_batch (batch.create)");
    (void)arg_batch; /* made to hold its slot; no bytes to compare */
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_stream_add_batch(recv, arg_batch, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* batch_stream.add_batch on a batch_stream: null (None, nil) where a value is required */
static void case_batch_stream_add_batch_batch_stream_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_add_batch_batch_stream_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t arg_batch = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the arg_batch (batch.create)");
    (void)arg_batch; /* made to hold its slot; no bytes to compare */
    weaveheap_stats before = wh_stats();
    weaveheap_batch_stream_add_batch(0, arg_batch, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch_stream.add_batch on a batch: the object was closed before the call (batch) */
static void case_batch_stream_add_batch_batch_stale_batch(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_add_batch_batch_stale_batch";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_stream_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch_stream.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_handle_t arg_batch = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the arg_batch (batch.create)");
    (void)arg_batch; /* made to hold its slot; no bytes to compare */
    weaveheap_batch_release(arg_batch, &err);
    wh_ok(&err, "close the arg_batch");
    weaveheap_stats before = wh_stats();
    weaveheap_batch_stream_add_batch(recv, arg_batch, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch_stream.add_batch on a batch: a handle that was never issued (batch) */
static void case_batch_stream_add_batch_batch_forged_batch(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_add_batch_batch_forged_batch";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_stream_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch_stream.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_handle_t arg_batch = UINT64_C(0x8fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_batch_stream_add_batch(recv, arg_batch, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch_stream.add_batch on a batch: the object was closed and its slot now holds a newer object (batch) */
static void case_batch_stream_add_batch_batch_reused_batch(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_add_batch_batch_reused_batch";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_stream_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch_stream.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_handle_t arg_batch = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the arg_batch (batch.create)");
    (void)arg_batch; /* made to hold its slot; no bytes to compare */
    weaveheap_batch_release(arg_batch, &err);
    wh_ok(&err, "close the arg_batch");
    weaveheap_handle_t newer = weaveheap_batch_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the newer (batch.create)");
    (void)newer; /* made to hold its slot; no bytes to compare */
    weaveheap_stats before = wh_stats();
    weaveheap_batch_stream_add_batch(recv, arg_batch, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch_stream.add_batch on a batch: null (None, nil) where a value is required (batch) */
static void case_batch_stream_add_batch_batch_null_batch(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_add_batch_batch_null_batch";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_stream_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch_stream.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_stats before = wh_stats();
    weaveheap_batch_stream_add_batch(recv, 0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch_stream.num_batches on a batch_stream: the object was closed before the call */
static void case_batch_stream_num_batches_batch_stream_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_num_batches_batch_stream_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_stream_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch_stream.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_batch_stream_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_batch_stream_num_batches(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch_stream.num_batches on a batch_stream: the object was closed and its slot now holds a newer object */
static void case_batch_stream_num_batches_batch_stream_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_num_batches_batch_stream_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_stream_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch_stream.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_batch_stream_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_batch_stream_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the newer (batch_stream.create)");
    (void)newer; /* made to hold its slot; no bytes to compare */
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_batch_stream_num_batches(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch_stream.num_batches on a batch_stream: a handle that was never issued */
static void case_batch_stream_num_batches_batch_stream_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_num_batches_batch_stream_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x9fffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_batch_stream_num_batches(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch_stream.num_batches on a batch_stream: a live object of another class, adopted under this one */
static void case_batch_stream_num_batches_batch_stream_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_num_batches_batch_stream_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_batch_stream_num_batches(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* batch_stream.num_batches on a batch_stream: the object's region was destroyed before the call */
static void case_batch_stream_num_batches_batch_stream_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_num_batches_batch_stream_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_batch_stream_create(region, (uint32_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (batch_stream.create)");
    (void)recv; /* made to hold its slot; no bytes to compare */
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_batch_stream_num_batches(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* batch_stream.num_batches on a batch_stream: null (None, nil) where a value is required */
static void case_batch_stream_num_batches_batch_stream_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "batch_stream_num_batches_batch_stream_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_batch_stream_num_batches(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.create on a region: the object was closed before the call */
static void case_foreign_create_region_stale(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_create_region_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_foreign_t result = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_foreign_release(result, &err);
    weaveheap_error_clear(&err);
}

/* foreign.create on a region: the object was closed and its slot now holds a newer object */
static void case_foreign_create_region_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_create_region_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t newer = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the newer (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_foreign_t result = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_foreign_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(newer, &err);
    wh_ok(&err, "close the newer");
}

/* foreign.create on a region: a handle that was never issued */
static void case_foreign_create_region_forged(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_create_region_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x1fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_foreign_t result = weaveheap_foreign_create(recv, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_foreign_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.create on a region: a live object of another class, adopted under this one */
static void case_foreign_create_region_wrong_kind_buffer(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_create_region_wrong_kind_buffer";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t other = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the other (buffer.alloc)");
    weaveheap_buffer_write(other, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the other");
    weaveheap_handle_t recv = other;
    uint8_t was_other[WH_SNAPSHOT];
    uint64_t was_other_len = wh_snapshot(other, was_other);
    weaveheap_stats before = wh_stats();
    weaveheap_foreign_t result = weaveheap_foreign_create(recv, (weaveheap_element_type)UINT64_C(1), data2, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_foreign_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_other[WH_SNAPSHOT];
    uint64_t now_other_len = wh_snapshot(other, now_other);
    wh_same_bytes(was_other, was_other_len, now_other, now_other_len, "other");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.create on a region: null (None, nil) where a value is required */
static void case_foreign_create_region_null(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_create_region_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_foreign_t result = weaveheap_foreign_create(0, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_foreign_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.create on a region: null (None, nil) where a value is required (values) */
static void case_foreign_create_region_null_values(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_create_region_null_values";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_foreign_t result = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), NULL, UINT64_C(5), &err);
    wh_refused(&err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "WEAVEHEAP_ERR_INVALID_ARGUMENT");
    wh_counted(&before, NULL);
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_foreign_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.release on a foreign: the object was closed and its slot now holds a newer object */
static void case_foreign_release_foreign_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_release_foreign_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    weaveheap_foreign_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data2, UINT64_C(5), &err);
    wh_ok(&err, "make the newer (foreign.create)");
    weaveheap_handle_t again = recv;
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    weaveheap_foreign_release(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.release on a foreign: a handle that was never issued */
static void case_foreign_release_foreign_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_release_foreign_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xcfffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_foreign_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.release on a foreign: a live object of another class, adopted under this one */
static void case_foreign_release_foreign_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_release_foreign_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    weaveheap_foreign_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.release on a foreign: the object's region was destroyed before the call */
static void case_foreign_release_foreign_after_region_destroy(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_release_foreign_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_foreign_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
}

/* foreign.release on a foreign: a second wrapper of an already released handle is closed */
static void case_foreign_release_foreign_double_release(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_release_foreign_double_release";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    weaveheap_foreign_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t again = recv;
    weaveheap_stats before = wh_stats();
    weaveheap_foreign_release(again, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.release on a foreign: null (None, nil) where a value is required */
static void case_foreign_release_foreign_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_release_foreign_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_foreign_release(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.release on a foreign: the call needs the object (or its region) free of the view that is live */
static void case_foreign_release_foreign_while_borrowed_shared(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_release_foreign_while_borrowed_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_ok(&err, "a shared view of the recv");
    weaveheap_stats before = wh_stats();
    weaveheap_foreign_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROWED, "WEAVEHEAP_ERR_BORROWED");
    wh_counted(&before, "borrow_conflicts");
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.length on a foreign: the object was closed before the call */
static void case_foreign_length_foreign_stale(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_length_foreign_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    weaveheap_foreign_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_foreign_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.length on a foreign: the object was closed and its slot now holds a newer object */
static void case_foreign_length_foreign_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_length_foreign_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    weaveheap_foreign_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data2, UINT64_C(5), &err);
    wh_ok(&err, "make the newer (foreign.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_foreign_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.length on a foreign: a handle that was never issued */
static void case_foreign_length_foreign_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_length_foreign_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xcfffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_foreign_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.length on a foreign: a live object of another class, adopted under this one */
static void case_foreign_length_foreign_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_length_foreign_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_foreign_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.length on a foreign: the object's region was destroyed before the call */
static void case_foreign_length_foreign_after_region_destroy(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_length_foreign_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_foreign_length(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* foreign.length on a foreign: null (None, nil) where a value is required */
static void case_foreign_length_foreign_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_length_foreign_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_foreign_length(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.null_count on a foreign: the object was closed before the call */
static void case_foreign_null_count_foreign_stale(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_null_count_foreign_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    weaveheap_foreign_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_foreign_null_count(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.null_count on a foreign: the object was closed and its slot now holds a newer object */
static void case_foreign_null_count_foreign_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_null_count_foreign_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    weaveheap_foreign_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data2, UINT64_C(5), &err);
    wh_ok(&err, "make the newer (foreign.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_foreign_null_count(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.null_count on a foreign: a handle that was never issued */
static void case_foreign_null_count_foreign_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_null_count_foreign_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xcfffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_foreign_null_count(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.null_count on a foreign: a live object of another class, adopted under this one */
static void case_foreign_null_count_foreign_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_null_count_foreign_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_foreign_null_count(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.null_count on a foreign: the object's region was destroyed before the call */
static void case_foreign_null_count_foreign_after_region_destroy(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_null_count_foreign_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_foreign_null_count(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* foreign.null_count on a foreign: null (None, nil) where a value is required */
static void case_foreign_null_count_foreign_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_null_count_foreign_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_foreign_null_count(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.offset on a foreign: the object was closed before the call */
static void case_foreign_offset_foreign_stale(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_offset_foreign_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    weaveheap_foreign_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_foreign_offset(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.offset on a foreign: the object was closed and its slot now holds a newer object */
static void case_foreign_offset_foreign_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_offset_foreign_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    weaveheap_foreign_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data2, UINT64_C(5), &err);
    wh_ok(&err, "make the newer (foreign.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_foreign_offset(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.offset on a foreign: a handle that was never issued */
static void case_foreign_offset_foreign_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_offset_foreign_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xcfffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_foreign_offset(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.offset on a foreign: a live object of another class, adopted under this one */
static void case_foreign_offset_foreign_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_offset_foreign_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_foreign_offset(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.offset on a foreign: the object's region was destroyed before the call */
static void case_foreign_offset_foreign_after_region_destroy(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_offset_foreign_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_foreign_offset(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* foreign.offset on a foreign: null (None, nil) where a value is required */
static void case_foreign_offset_foreign_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_offset_foreign_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_foreign_offset(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.num_children on a foreign: the object was closed before the call */
static void case_foreign_num_children_foreign_stale(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_num_children_foreign_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    weaveheap_foreign_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_foreign_num_children(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.num_children on a foreign: the object was closed and its slot now holds a newer object */
static void case_foreign_num_children_foreign_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_num_children_foreign_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    weaveheap_foreign_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data2, UINT64_C(5), &err);
    wh_ok(&err, "make the newer (foreign.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_foreign_num_children(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.num_children on a foreign: a handle that was never issued */
static void case_foreign_num_children_foreign_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_num_children_foreign_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xcfffffff00000001);
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_foreign_num_children(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.num_children on a foreign: a live object of another class, adopted under this one */
static void case_foreign_num_children_foreign_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_num_children_foreign_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_foreign_num_children(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.num_children on a foreign: the object's region was destroyed before the call */
static void case_foreign_num_children_foreign_after_region_destroy(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_num_children_foreign_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_foreign_num_children(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* foreign.num_children on a foreign: null (None, nil) where a value is required */
static void case_foreign_num_children_foreign_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_num_children_foreign_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    uint64_t result = weaveheap_foreign_num_children(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.format on a foreign: the object was closed before the call */
static void case_foreign_format_foreign_stale(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_format_foreign_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    weaveheap_foreign_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_stats before = wh_stats();
    char* result = weaveheap_foreign_format(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_string(result);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.format on a foreign: the object was closed and its slot now holds a newer object */
static void case_foreign_format_foreign_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_format_foreign_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    weaveheap_foreign_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data2, UINT64_C(5), &err);
    wh_ok(&err, "make the newer (foreign.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_stats before = wh_stats();
    char* result = weaveheap_foreign_format(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_string(result);
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.format on a foreign: a handle that was never issued */
static void case_foreign_format_foreign_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_format_foreign_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xcfffffff00000001);
    weaveheap_stats before = wh_stats();
    char* result = weaveheap_foreign_format(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_string(result);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.format on a foreign: a live object of another class, adopted under this one */
static void case_foreign_format_foreign_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_format_foreign_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_stats before = wh_stats();
    char* result = weaveheap_foreign_format(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_string(result);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* foreign.format on a foreign: the object's region was destroyed before the call */
static void case_foreign_format_foreign_after_region_destroy(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_format_foreign_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    char* result = weaveheap_foreign_format(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_string(result);
}

/* foreign.format on a foreign: null (None, nil) where a value is required */
static void case_foreign_format_foreign_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "foreign_format_foreign_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    char* result = weaveheap_foreign_format(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_free_string(result);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a buffer: the object was closed before the call */
static void case_borrow_shared_buffer_stale(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_buffer_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    weaveheap_buffer_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a buffer: the object was closed and its slot now holds a newer object */
static void case_borrow_shared_buffer_reused(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    static const uint8_t data2[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_buffer_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    weaveheap_buffer_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the newer (buffer.alloc)");
    weaveheap_buffer_write(newer, (uint64_t)UINT64_C(0), data2, UINT64_C(16), &err);
    wh_ok(&err, "fill the newer");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a buffer: a handle that was never issued */
static void case_borrow_shared_buffer_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_buffer_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x2fffffff00000001);
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a buffer: a live object of another class, adopted under this one */
static void case_borrow_shared_buffer_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_buffer_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a buffer: the object's region was destroyed before the call */
static void case_borrow_shared_buffer_after_region_destroy(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_buffer_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
}

/* borrow.shared on a buffer: null (None, nil) where a value is required */
static void case_borrow_shared_buffer_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_buffer_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(0, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a buffer: a view is taken while a conflicting view is live */
static void case_borrow_shared_buffer_borrow_conflict_unique_shared(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_buffer_borrow_conflict_unique_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_ok(&err, "a unique view of the recv");
    weaveheap_view out_view1;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view1, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROW_CONFLICT, "WEAVEHEAP_ERR_BORROW_CONFLICT");
    wh_counted(&before, "borrow_conflicts");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a bytes: the object was closed before the call */
static void case_borrow_shared_bytes_stale(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_bytes_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_bytes_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (bytes.create)");
    weaveheap_bytes_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a bytes: the object was closed and its slot now holds a newer object */
static void case_borrow_shared_bytes_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_bytes_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_bytes_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (bytes.create)");
    weaveheap_bytes_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_bytes_create(region, data2, UINT64_C(5), &err);
    wh_ok(&err, "make the newer (bytes.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a bytes: a handle that was never issued */
static void case_borrow_shared_bytes_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_bytes_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x3fffffff00000001);
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a bytes: a live object of another class, adopted under this one */
static void case_borrow_shared_bytes_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_bytes_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a bytes: the object's region was destroyed before the call */
static void case_borrow_shared_bytes_after_region_destroy(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_bytes_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_bytes_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (bytes.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
}

/* borrow.shared on a bytes: null (None, nil) where a value is required */
static void case_borrow_shared_bytes_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_bytes_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(0, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a bytes: a view is taken while a conflicting view is live */
static void case_borrow_shared_bytes_borrow_conflict_unique_shared(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_bytes_borrow_conflict_unique_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_bytes_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (bytes.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_ok(&err, "a unique view of the recv");
    weaveheap_view out_view1;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view1, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROW_CONFLICT, "WEAVEHEAP_ERR_BORROW_CONFLICT");
    wh_counted(&before, "borrow_conflicts");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a string: the object was closed before the call */
static void case_borrow_shared_string_stale(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_string_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_string_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (string.create)");
    weaveheap_string_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a string: the object was closed and its slot now holds a newer object */
static void case_borrow_shared_string_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_string_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_string_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (string.create)");
    weaveheap_string_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_string_create(region, data2, UINT64_C(5), &err);
    wh_ok(&err, "make the newer (string.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a string: a handle that was never issued */
static void case_borrow_shared_string_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_string_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x4fffffff00000001);
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a string: a live object of another class, adopted under this one */
static void case_borrow_shared_string_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_string_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a string: the object's region was destroyed before the call */
static void case_borrow_shared_string_after_region_destroy(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_string_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_string_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (string.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
}

/* borrow.shared on a string: null (None, nil) where a value is required */
static void case_borrow_shared_string_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_string_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(0, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a string: a view is taken while a conflicting view is live */
static void case_borrow_shared_string_borrow_conflict_unique_shared(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_string_borrow_conflict_unique_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_string_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (string.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_ok(&err, "a unique view of the recv");
    weaveheap_view out_view1;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view1, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROW_CONFLICT, "WEAVEHEAP_ERR_BORROW_CONFLICT");
    wh_counted(&before, "borrow_conflicts");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a vector: the object was closed before the call */
static void case_borrow_shared_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a vector: the object was closed and its slot now holds a newer object */
static void case_borrow_shared_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the newer (vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a vector: a handle that was never issued */
static void case_borrow_shared_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x7fffffff00000001);
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a vector: a live object of another class, adopted under this one */
static void case_borrow_shared_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a vector: the object's region was destroyed before the call */
static void case_borrow_shared_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
}

/* borrow.shared on a vector: null (None, nil) where a value is required */
static void case_borrow_shared_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(0, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a vector: a view is taken while a conflicting view is live */
static void case_borrow_shared_vector_borrow_conflict_unique_shared(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_vector_borrow_conflict_unique_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_ok(&err, "a unique view of the recv");
    weaveheap_view out_view1;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view1, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROW_CONFLICT, "WEAVEHEAP_ERR_BORROW_CONFLICT");
    wh_counted(&before, "borrow_conflicts");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a var_vector: the object was closed before the call */
static void case_borrow_shared_var_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_var_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a var_vector: the object was closed and its slot now holds a newer object */
static void case_borrow_shared_var_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_var_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (var_vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a var_vector: a handle that was never issued */
static void case_borrow_shared_var_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_var_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xafffffff00000001);
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a var_vector: a live object of another class, adopted under this one */
static void case_borrow_shared_var_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_var_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a var_vector: the object's region was destroyed before the call */
static void case_borrow_shared_var_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_var_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
}

/* borrow.shared on a var_vector: null (None, nil) where a value is required */
static void case_borrow_shared_var_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_var_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(0, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a var_vector: a view is taken while a conflicting view is live */
static void case_borrow_shared_var_vector_borrow_conflict_unique_shared(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_var_vector_borrow_conflict_unique_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_ok(&err, "a unique view of the recv");
    weaveheap_view out_view1;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view1, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROW_CONFLICT, "WEAVEHEAP_ERR_BORROW_CONFLICT");
    wh_counted(&before, "borrow_conflicts");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a foreign: the object was closed before the call */
static void case_borrow_shared_foreign_stale(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_foreign_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    weaveheap_foreign_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a foreign: the object was closed and its slot now holds a newer object */
static void case_borrow_shared_foreign_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_foreign_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    weaveheap_foreign_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data2, UINT64_C(5), &err);
    wh_ok(&err, "make the newer (foreign.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a foreign: a handle that was never issued */
static void case_borrow_shared_foreign_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_foreign_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xcfffffff00000001);
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a foreign: a live object of another class, adopted under this one */
static void case_borrow_shared_foreign_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_foreign_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a foreign: the object's region was destroyed before the call */
static void case_borrow_shared_foreign_after_region_destroy(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_foreign_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
}

/* borrow.shared on a foreign: null (None, nil) where a value is required */
static void case_borrow_shared_foreign_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_foreign_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(0, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.shared on a foreign: a view is taken while a conflicting view is live */
static void case_borrow_shared_foreign_borrow_conflict_unique_shared(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_shared_foreign_borrow_conflict_unique_shared";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_ok(&err, "a unique view of the recv");
    weaveheap_view out_view1;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_shared(recv, &out_view1, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROW_CONFLICT, "WEAVEHEAP_ERR_BORROW_CONFLICT");
    wh_counted(&before, "borrow_conflicts");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a buffer: the object was closed before the call */
static void case_borrow_unique_buffer_stale(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_buffer_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    weaveheap_buffer_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a buffer: the object was closed and its slot now holds a newer object */
static void case_borrow_unique_buffer_reused(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    static const uint8_t data2[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_buffer_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    weaveheap_buffer_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the newer (buffer.alloc)");
    weaveheap_buffer_write(newer, (uint64_t)UINT64_C(0), data2, UINT64_C(16), &err);
    wh_ok(&err, "fill the newer");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a buffer: a handle that was never issued */
static void case_borrow_unique_buffer_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_buffer_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x2fffffff00000001);
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a buffer: a live object of another class, adopted under this one */
static void case_borrow_unique_buffer_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_buffer_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a buffer: the object's region was destroyed before the call */
static void case_borrow_unique_buffer_after_region_destroy(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_buffer_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
}

/* borrow.unique on a buffer: null (None, nil) where a value is required */
static void case_borrow_unique_buffer_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_buffer_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(0, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a buffer: a view is taken while a conflicting view is live */
static void case_borrow_unique_buffer_borrow_conflict_shared_unique(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_buffer_borrow_conflict_shared_unique";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_ok(&err, "a shared view of the recv");
    weaveheap_view out_view1;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view1, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROW_CONFLICT, "WEAVEHEAP_ERR_BORROW_CONFLICT");
    wh_counted(&before, "borrow_conflicts");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a buffer: a view is taken while a conflicting view is live */
static void case_borrow_unique_buffer_borrow_conflict_unique_unique(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_buffer_borrow_conflict_unique_unique";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the recv (buffer.alloc)");
    weaveheap_buffer_write(recv, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the recv");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_ok(&err, "a unique view of the recv");
    weaveheap_view out_view1;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view1, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROW_CONFLICT, "WEAVEHEAP_ERR_BORROW_CONFLICT");
    wh_counted(&before, "borrow_conflicts");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a bytes: the object was closed before the call */
static void case_borrow_unique_bytes_stale(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_bytes_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_bytes_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (bytes.create)");
    weaveheap_bytes_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a bytes: the object was closed and its slot now holds a newer object */
static void case_borrow_unique_bytes_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_bytes_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_bytes_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (bytes.create)");
    weaveheap_bytes_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_bytes_create(region, data2, UINT64_C(5), &err);
    wh_ok(&err, "make the newer (bytes.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a bytes: a handle that was never issued */
static void case_borrow_unique_bytes_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_bytes_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x3fffffff00000001);
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a bytes: a live object of another class, adopted under this one */
static void case_borrow_unique_bytes_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_bytes_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a bytes: the object's region was destroyed before the call */
static void case_borrow_unique_bytes_after_region_destroy(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_bytes_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_bytes_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (bytes.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
}

/* borrow.unique on a bytes: null (None, nil) where a value is required */
static void case_borrow_unique_bytes_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_bytes_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(0, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a bytes: a view is taken while a conflicting view is live */
static void case_borrow_unique_bytes_borrow_conflict_shared_unique(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_bytes_borrow_conflict_shared_unique";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_bytes_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (bytes.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_ok(&err, "a shared view of the recv");
    weaveheap_view out_view1;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view1, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROW_CONFLICT, "WEAVEHEAP_ERR_BORROW_CONFLICT");
    wh_counted(&before, "borrow_conflicts");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a bytes: a view is taken while a conflicting view is live */
static void case_borrow_unique_bytes_borrow_conflict_unique_unique(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_bytes_borrow_conflict_unique_unique";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_bytes_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (bytes.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_ok(&err, "a unique view of the recv");
    weaveheap_view out_view1;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view1, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROW_CONFLICT, "WEAVEHEAP_ERR_BORROW_CONFLICT");
    wh_counted(&before, "borrow_conflicts");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a string: the object was closed before the call */
static void case_borrow_unique_string_stale(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_string_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_string_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (string.create)");
    weaveheap_string_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a string: the object was closed and its slot now holds a newer object */
static void case_borrow_unique_string_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_string_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_string_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (string.create)");
    weaveheap_string_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_string_create(region, data2, UINT64_C(5), &err);
    wh_ok(&err, "make the newer (string.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a string: a handle that was never issued */
static void case_borrow_unique_string_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_string_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x4fffffff00000001);
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a string: a live object of another class, adopted under this one */
static void case_borrow_unique_string_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_string_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a string: the object's region was destroyed before the call */
static void case_borrow_unique_string_after_region_destroy(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_string_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_string_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (string.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
}

/* borrow.unique on a string: null (None, nil) where a value is required */
static void case_borrow_unique_string_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_string_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(0, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a string: a view is taken while a conflicting view is live */
static void case_borrow_unique_string_borrow_conflict_shared_unique(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_string_borrow_conflict_shared_unique";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_string_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (string.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_ok(&err, "a shared view of the recv");
    weaveheap_view out_view1;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view1, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROW_CONFLICT, "WEAVEHEAP_ERR_BORROW_CONFLICT");
    wh_counted(&before, "borrow_conflicts");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a string: a view is taken while a conflicting view is live */
static void case_borrow_unique_string_borrow_conflict_unique_unique(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_string_borrow_conflict_unique_unique";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_string_create(region, data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (string.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_ok(&err, "a unique view of the recv");
    weaveheap_view out_view1;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view1, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROW_CONFLICT, "WEAVEHEAP_ERR_BORROW_CONFLICT");
    wh_counted(&before, "borrow_conflicts");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a vector: the object was closed before the call */
static void case_borrow_unique_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a vector: the object was closed and its slot now holds a newer object */
static void case_borrow_unique_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the newer (vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a vector: a handle that was never issued */
static void case_borrow_unique_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0x7fffffff00000001);
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a vector: a live object of another class, adopted under this one */
static void case_borrow_unique_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a vector: the object's region was destroyed before the call */
static void case_borrow_unique_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
}

/* borrow.unique on a vector: null (None, nil) where a value is required */
static void case_borrow_unique_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(0, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a vector: a view is taken while a conflicting view is live */
static void case_borrow_unique_vector_borrow_conflict_shared_unique(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_vector_borrow_conflict_shared_unique";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_ok(&err, "a shared view of the recv");
    weaveheap_view out_view1;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view1, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROW_CONFLICT, "WEAVEHEAP_ERR_BORROW_CONFLICT");
    wh_counted(&before, "borrow_conflicts");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a vector: a view is taken while a conflicting view is live */
static void case_borrow_unique_vector_borrow_conflict_unique_unique(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_vector_borrow_conflict_unique_unique";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_vector_create(region, (weaveheap_element_type)UINT64_C(1), (uint64_t)UINT64_C(16), false, &err);
    wh_ok(&err, "make the recv (vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_ok(&err, "a unique view of the recv");
    weaveheap_view out_view1;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view1, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROW_CONFLICT, "WEAVEHEAP_ERR_BORROW_CONFLICT");
    wh_counted(&before, "borrow_conflicts");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a var_vector: the object was closed before the call */
static void case_borrow_unique_var_vector_stale(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_var_vector_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a var_vector: the object was closed and its slot now holds a newer object */
static void case_borrow_unique_var_vector_reused(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_var_vector_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_var_vector_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the newer (var_vector.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a var_vector: a handle that was never issued */
static void case_borrow_unique_var_vector_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_var_vector_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xafffffff00000001);
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a var_vector: a live object of another class, adopted under this one */
static void case_borrow_unique_var_vector_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_var_vector_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a var_vector: the object's region was destroyed before the call */
static void case_borrow_unique_var_vector_after_region_destroy(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_var_vector_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
}

/* borrow.unique on a var_vector: null (None, nil) where a value is required */
static void case_borrow_unique_var_vector_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_var_vector_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(0, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a var_vector: a view is taken while a conflicting view is live */
static void case_borrow_unique_var_vector_borrow_conflict_shared_unique(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_var_vector_borrow_conflict_shared_unique";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_ok(&err, "a shared view of the recv");
    weaveheap_view out_view1;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view1, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROW_CONFLICT, "WEAVEHEAP_ERR_BORROW_CONFLICT");
    wh_counted(&before, "borrow_conflicts");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a var_vector: a view is taken while a conflicting view is live */
static void case_borrow_unique_var_vector_borrow_conflict_unique_unique(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_var_vector_borrow_conflict_unique_unique";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_var_vector_create(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), false, false, &err);
    wh_ok(&err, "make the recv (var_vector.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_ok(&err, "a unique view of the recv");
    weaveheap_view out_view1;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view1, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROW_CONFLICT, "WEAVEHEAP_ERR_BORROW_CONFLICT");
    wh_counted(&before, "borrow_conflicts");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a foreign: the object was closed before the call */
static void case_borrow_unique_foreign_stale(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_foreign_stale";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    weaveheap_foreign_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a foreign: the object was closed and its slot now holds a newer object */
static void case_borrow_unique_foreign_reused(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    static const uint8_t data2[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_foreign_reused";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    weaveheap_foreign_release(recv, &err);
    wh_ok(&err, "close the recv");
    weaveheap_handle_t newer = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data2, UINT64_C(5), &err);
    wh_ok(&err, "make the newer (foreign.create)");
    uint8_t was_newer[WH_SNAPSHOT];
    uint64_t was_newer_len = wh_snapshot(newer, was_newer);
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    uint8_t now_newer[WH_SNAPSHOT];
    uint64_t now_newer_len = wh_snapshot(newer, now_newer);
    wh_same_bytes(was_newer, was_newer_len, now_newer, now_newer_len, "newer");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a foreign: a handle that was never issued */
static void case_borrow_unique_foreign_forged(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_foreign_forged";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = UINT64_C(0xcfffffff00000001);
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a foreign: a live object of another class, adopted under this one */
static void case_borrow_unique_foreign_wrong_kind_region(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_foreign_wrong_kind_region";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = region;
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_WRONG_KIND, "WEAVEHEAP_ERR_WRONG_KIND");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a foreign: the object's region was destroyed before the call */
static void case_borrow_unique_foreign_after_region_destroy(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_foreign_after_region_destroy";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
}

/* borrow.unique on a foreign: null (None, nil) where a value is required */
static void case_borrow_unique_foreign_null(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_foreign_null";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_view out_view0;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(0, &out_view0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a foreign: a view is taken while a conflicting view is live */
static void case_borrow_unique_foreign_borrow_conflict_shared_unique(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_foreign_borrow_conflict_shared_unique";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_shared(recv, &out_view0, &err);
    wh_ok(&err, "a shared view of the recv");
    weaveheap_view out_view1;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view1, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROW_CONFLICT, "WEAVEHEAP_ERR_BORROW_CONFLICT");
    wh_counted(&before, "borrow_conflicts");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.unique on a foreign: a view is taken while a conflicting view is live */
static void case_borrow_unique_foreign_borrow_conflict_unique_unique(void) {
    static const uint8_t data1[5] = {0x68, 0x65, 0x6c, 0x6c, 0x6f};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_unique_foreign_borrow_conflict_unique_unique";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t recv = weaveheap_foreign_create(region, (weaveheap_element_type)UINT64_C(1), data1, UINT64_C(5), &err);
    wh_ok(&err, "make the recv (foreign.create)");
    uint8_t was_recv[WH_SNAPSHOT];
    uint64_t was_recv_len = wh_snapshot(recv, was_recv);
    weaveheap_view out_view0;
    weaveheap_handle_t held = weaveheap_borrow_unique(recv, &out_view0, &err);
    wh_ok(&err, "a unique view of the recv");
    weaveheap_view out_view1;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_t result = weaveheap_borrow_unique(recv, &out_view1, &err);
    wh_refused(&err, WEAVEHEAP_ERR_BORROW_CONFLICT, "WEAVEHEAP_ERR_BORROW_CONFLICT");
    wh_counted(&before, "borrow_conflicts");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    if (!err.code) weaveheap_borrow_release(result, &err);
    weaveheap_error_clear(&err);
    weaveheap_borrow_release(held, &err);
    wh_ok(&err, "close the held");
    uint8_t now_recv[WH_SNAPSHOT];
    uint64_t now_recv_len = wh_snapshot(recv, now_recv);
    wh_same_bytes(was_recv, was_recv_len, now_recv, now_recv_len, "recv");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* borrow.release on a view: a second wrapper of an already released handle is closed */
static void case_borrow_release_view_double_release(void) {
    static const uint8_t data1[16] = {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf};
    weaveheap_error err = {0, NULL};
    wh_case = "borrow_release_view_double_release";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t viewed = weaveheap_buffer_alloc(region, (uint64_t)UINT64_C(16), (uint64_t)UINT64_C(16), &err);
    wh_ok(&err, "make the viewed (buffer.alloc)");
    weaveheap_buffer_write(viewed, (uint64_t)UINT64_C(0), data1, UINT64_C(16), &err);
    wh_ok(&err, "fill the viewed");
    uint8_t was_viewed[WH_SNAPSHOT];
    uint64_t was_viewed_len = wh_snapshot(viewed, was_viewed);
    weaveheap_view out_view0;
    weaveheap_handle_t first = weaveheap_borrow_shared(viewed, &out_view0, &err);
    wh_ok(&err, "a shared view of the viewed");
    weaveheap_borrow_release(first, &err);
    wh_ok(&err, "close the first");
    weaveheap_handle_t recv = first;
    weaveheap_stats before = wh_stats();
    weaveheap_borrow_release(recv, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    uint8_t now_viewed[WH_SNAPSHOT];
    uint64_t now_viewed_len = wh_snapshot(viewed, now_viewed);
    wh_same_bytes(was_viewed, was_viewed_len, now_viewed, now_viewed_len, "viewed");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* handle.kind_of on a region: the object was closed before the call (handle) */
static void case_handle_kind_of_region_stale_handle(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "handle_kind_of_region_stale_handle";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_stats before = wh_stats();
    weaveheap_handle_kind result = weaveheap_handle_kind_of(region, &err);
    wh_refused(&err, WEAVEHEAP_ERR_STALE_HANDLE, "WEAVEHEAP_ERR_STALE_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
}

/* handle.kind_of on a region: a handle that was never issued (handle) */
static void case_handle_kind_of_region_forged_handle(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "handle_kind_of_region_forged_handle";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_handle_t arg_handle = UINT64_C(0x1fffffff00000001);
    weaveheap_stats before = wh_stats();
    weaveheap_handle_kind result = weaveheap_handle_kind_of(arg_handle, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

/* handle.kind_of on a region: the object was closed and its slot now holds a newer object (handle) */
static void case_handle_kind_of_region_reused_handle(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "handle_kind_of_region_reused_handle";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
    weaveheap_handle_t newer = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the newer (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_handle_kind result = weaveheap_handle_kind_of(region, &err);
    wh_refused(&err, WEAVEHEAP_ERR_REUSED_HANDLE, "WEAVEHEAP_ERR_REUSED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(newer, &err);
    wh_ok(&err, "close the newer");
}

/* handle.kind_of on a region: null (None, nil) where a value is required (handle) */
static void case_handle_kind_of_region_null_handle(void) {
    weaveheap_error err = {0, NULL};
    wh_case = "handle_kind_of_region_null_handle";
    weaveheap_handle_t region = weaveheap_region_create(NULL, &err);
    wh_ok(&err, "make the region (region.create)");
    weaveheap_stats before = wh_stats();
    weaveheap_handle_kind result = weaveheap_handle_kind_of(0, &err);
    wh_refused(&err, WEAVEHEAP_ERR_FORGED_HANDLE, "WEAVEHEAP_ERR_FORGED_HANDLE");
    wh_counted(&before, "stale_rejected");
    wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");
    weaveheap_region_destroy(region, &err);
    wh_ok(&err, "close the region");
}

static const struct {
    const char* name;
    void (*run)(void);
} cases[] = {
    {"region_destroy_region_reused", case_region_destroy_region_reused},
    {"region_destroy_region_forged", case_region_destroy_region_forged},
    {"region_destroy_region_wrong_kind_buffer", case_region_destroy_region_wrong_kind_buffer},
    {"region_destroy_region_double_release", case_region_destroy_region_double_release},
    {"region_destroy_region_null", case_region_destroy_region_null},
    {"region_destroy_region_while_borrowed_shared", case_region_destroy_region_while_borrowed_shared},
    {"region_reset_region_stale", case_region_reset_region_stale},
    {"region_reset_region_reused", case_region_reset_region_reused},
    {"region_reset_region_forged", case_region_reset_region_forged},
    {"region_reset_region_wrong_kind_buffer", case_region_reset_region_wrong_kind_buffer},
    {"region_reset_region_null", case_region_reset_region_null},
    {"region_reset_region_while_borrowed_shared", case_region_reset_region_while_borrowed_shared},
    {"region_stats_region_stale", case_region_stats_region_stale},
    {"region_stats_region_reused", case_region_stats_region_reused},
    {"region_stats_region_forged", case_region_stats_region_forged},
    {"region_stats_region_wrong_kind_buffer", case_region_stats_region_wrong_kind_buffer},
    {"region_stats_region_null", case_region_stats_region_null},
    {"buffer_alloc_region_stale", case_buffer_alloc_region_stale},
    {"buffer_alloc_region_reused", case_buffer_alloc_region_reused},
    {"buffer_alloc_region_forged", case_buffer_alloc_region_forged},
    {"buffer_alloc_region_wrong_kind_buffer", case_buffer_alloc_region_wrong_kind_buffer},
    {"buffer_alloc_region_null", case_buffer_alloc_region_null},
    {"buffer_alloc_region_absurd_value_size_1000000000001", case_buffer_alloc_region_absurd_value_size_1000000000001},
    {"buffer_alloc_region_absurd_value_size_ffffffffffffffff", case_buffer_alloc_region_absurd_value_size_ffffffffffffffff},
    {"buffer_alloc_region_absurd_value_size_100000010_limited", case_buffer_alloc_region_absurd_value_size_100000010_limited},
    {"buffer_alloc_region_absurd_value_size_10000000000_limited", case_buffer_alloc_region_absurd_value_size_10000000000_limited},
    {"buffer_alloc_region_absurd_value_size_1000000000000_limited", case_buffer_alloc_region_absurd_value_size_1000000000000_limited},
    {"buffer_alloc_region_absurd_value_size_10000000000", case_buffer_alloc_region_absurd_value_size_10000000000},
    {"buffer_alloc_region_absurd_value_size_1000000000000", case_buffer_alloc_region_absurd_value_size_1000000000000},
    {"buffer_alloc_region_absurd_value_align_100001", case_buffer_alloc_region_absurd_value_align_100001},
    {"buffer_alloc_region_absurd_value_align_ffffffffffffffff", case_buffer_alloc_region_absurd_value_align_ffffffffffffffff},
    {"buffer_alloc_region_bad_alignment_align_0", case_buffer_alloc_region_bad_alignment_align_0},
    {"buffer_alloc_region_bad_alignment_align_3", case_buffer_alloc_region_bad_alignment_align_3},
    {"buffer_alloc_region_bad_alignment_align_18", case_buffer_alloc_region_bad_alignment_align_18},
    {"buffer_release_buffer_reused", case_buffer_release_buffer_reused},
    {"buffer_release_buffer_forged", case_buffer_release_buffer_forged},
    {"buffer_release_buffer_wrong_kind_region", case_buffer_release_buffer_wrong_kind_region},
    {"buffer_release_buffer_after_region_destroy", case_buffer_release_buffer_after_region_destroy},
    {"buffer_release_buffer_double_release", case_buffer_release_buffer_double_release},
    {"buffer_release_buffer_null", case_buffer_release_buffer_null},
    {"buffer_release_buffer_while_borrowed_shared", case_buffer_release_buffer_while_borrowed_shared},
    {"buffer_size_buffer_stale", case_buffer_size_buffer_stale},
    {"buffer_size_buffer_reused", case_buffer_size_buffer_reused},
    {"buffer_size_buffer_forged", case_buffer_size_buffer_forged},
    {"buffer_size_buffer_wrong_kind_region", case_buffer_size_buffer_wrong_kind_region},
    {"buffer_size_buffer_after_region_destroy", case_buffer_size_buffer_after_region_destroy},
    {"buffer_size_buffer_null", case_buffer_size_buffer_null},
    {"buffer_write_buffer_stale", case_buffer_write_buffer_stale},
    {"buffer_write_buffer_reused", case_buffer_write_buffer_reused},
    {"buffer_write_buffer_forged", case_buffer_write_buffer_forged},
    {"buffer_write_buffer_wrong_kind_region", case_buffer_write_buffer_wrong_kind_region},
    {"buffer_write_buffer_after_region_destroy", case_buffer_write_buffer_after_region_destroy},
    {"buffer_write_buffer_null", case_buffer_write_buffer_null},
    {"buffer_write_buffer_while_borrowed_shared", case_buffer_write_buffer_while_borrowed_shared},
    {"buffer_write_buffer_absurd_value_offset_100000010", case_buffer_write_buffer_absurd_value_offset_100000010},
    {"buffer_write_buffer_absurd_value_offset_10000000000", case_buffer_write_buffer_absurd_value_offset_10000000000},
    {"buffer_write_buffer_absurd_value_offset_ffffffffffffffff", case_buffer_write_buffer_absurd_value_offset_ffffffffffffffff},
    {"buffer_write_buffer_null_data", case_buffer_write_buffer_null_data},
    {"buffer_read_buffer_stale", case_buffer_read_buffer_stale},
    {"buffer_read_buffer_reused", case_buffer_read_buffer_reused},
    {"buffer_read_buffer_forged", case_buffer_read_buffer_forged},
    {"buffer_read_buffer_wrong_kind_region", case_buffer_read_buffer_wrong_kind_region},
    {"buffer_read_buffer_after_region_destroy", case_buffer_read_buffer_after_region_destroy},
    {"buffer_read_buffer_null", case_buffer_read_buffer_null},
    {"buffer_read_buffer_while_borrowed_unique", case_buffer_read_buffer_while_borrowed_unique},
    {"buffer_read_buffer_absurd_value_offset_100000010", case_buffer_read_buffer_absurd_value_offset_100000010},
    {"buffer_read_buffer_absurd_value_offset_10000000000", case_buffer_read_buffer_absurd_value_offset_10000000000},
    {"buffer_read_buffer_absurd_value_offset_ffffffffffffffff", case_buffer_read_buffer_absurd_value_offset_ffffffffffffffff},
    {"buffer_read_buffer_null_dst", case_buffer_read_buffer_null_dst},
    {"bytes_create_region_stale", case_bytes_create_region_stale},
    {"bytes_create_region_reused", case_bytes_create_region_reused},
    {"bytes_create_region_forged", case_bytes_create_region_forged},
    {"bytes_create_region_wrong_kind_buffer", case_bytes_create_region_wrong_kind_buffer},
    {"bytes_create_region_null", case_bytes_create_region_null},
    {"bytes_create_region_null_data", case_bytes_create_region_null_data},
    {"bytes_release_bytes_reused", case_bytes_release_bytes_reused},
    {"bytes_release_bytes_forged", case_bytes_release_bytes_forged},
    {"bytes_release_bytes_wrong_kind_region", case_bytes_release_bytes_wrong_kind_region},
    {"bytes_release_bytes_after_region_destroy", case_bytes_release_bytes_after_region_destroy},
    {"bytes_release_bytes_double_release", case_bytes_release_bytes_double_release},
    {"bytes_release_bytes_null", case_bytes_release_bytes_null},
    {"bytes_release_bytes_while_borrowed_shared", case_bytes_release_bytes_while_borrowed_shared},
    {"bytes_length_bytes_stale", case_bytes_length_bytes_stale},
    {"bytes_length_bytes_reused", case_bytes_length_bytes_reused},
    {"bytes_length_bytes_forged", case_bytes_length_bytes_forged},
    {"bytes_length_bytes_wrong_kind_region", case_bytes_length_bytes_wrong_kind_region},
    {"bytes_length_bytes_after_region_destroy", case_bytes_length_bytes_after_region_destroy},
    {"bytes_length_bytes_null", case_bytes_length_bytes_null},
    {"bytes_dup_bytes_stale", case_bytes_dup_bytes_stale},
    {"bytes_dup_bytes_reused", case_bytes_dup_bytes_reused},
    {"bytes_dup_bytes_forged", case_bytes_dup_bytes_forged},
    {"bytes_dup_bytes_wrong_kind_region", case_bytes_dup_bytes_wrong_kind_region},
    {"bytes_dup_bytes_after_region_destroy", case_bytes_dup_bytes_after_region_destroy},
    {"bytes_dup_bytes_null", case_bytes_dup_bytes_null},
    {"bytes_dup_bytes_while_borrowed_unique", case_bytes_dup_bytes_while_borrowed_unique},
    {"string_create_region_stale", case_string_create_region_stale},
    {"string_create_region_reused", case_string_create_region_reused},
    {"string_create_region_forged", case_string_create_region_forged},
    {"string_create_region_wrong_kind_buffer", case_string_create_region_wrong_kind_buffer},
    {"string_create_region_null", case_string_create_region_null},
    {"string_create_region_null_text", case_string_create_region_null_text},
    {"string_create_region_invalid_utf8_text", case_string_create_region_invalid_utf8_text},
    {"string_release_string_reused", case_string_release_string_reused},
    {"string_release_string_forged", case_string_release_string_forged},
    {"string_release_string_wrong_kind_region", case_string_release_string_wrong_kind_region},
    {"string_release_string_after_region_destroy", case_string_release_string_after_region_destroy},
    {"string_release_string_double_release", case_string_release_string_double_release},
    {"string_release_string_null", case_string_release_string_null},
    {"string_release_string_while_borrowed_shared", case_string_release_string_while_borrowed_shared},
    {"string_length_string_stale", case_string_length_string_stale},
    {"string_length_string_reused", case_string_length_string_reused},
    {"string_length_string_forged", case_string_length_string_forged},
    {"string_length_string_wrong_kind_region", case_string_length_string_wrong_kind_region},
    {"string_length_string_after_region_destroy", case_string_length_string_after_region_destroy},
    {"string_length_string_null", case_string_length_string_null},
    {"string_dup_string_stale", case_string_dup_string_stale},
    {"string_dup_string_reused", case_string_dup_string_reused},
    {"string_dup_string_forged", case_string_dup_string_forged},
    {"string_dup_string_wrong_kind_region", case_string_dup_string_wrong_kind_region},
    {"string_dup_string_after_region_destroy", case_string_dup_string_after_region_destroy},
    {"string_dup_string_null", case_string_dup_string_null},
    {"string_dup_string_while_borrowed_unique", case_string_dup_string_while_borrowed_unique},
    {"vector_create_region_stale", case_vector_create_region_stale},
    {"vector_create_region_reused", case_vector_create_region_reused},
    {"vector_create_region_forged", case_vector_create_region_forged},
    {"vector_create_region_wrong_kind_buffer", case_vector_create_region_wrong_kind_buffer},
    {"vector_create_region_null", case_vector_create_region_null},
    {"vector_create_region_absurd_value_capacity_1000000000001", case_vector_create_region_absurd_value_capacity_1000000000001},
    {"vector_create_region_absurd_value_capacity_ffffffffffffffff", case_vector_create_region_absurd_value_capacity_ffffffffffffffff},
    {"vector_create_region_absurd_value_capacity_100000010_limited", case_vector_create_region_absurd_value_capacity_100000010_limited},
    {"vector_create_region_absurd_value_capacity_10000000000_limited", case_vector_create_region_absurd_value_capacity_10000000000_limited},
    {"vector_create_region_absurd_value_capacity_1000000000000_limited", case_vector_create_region_absurd_value_capacity_1000000000000_limited},
    {"vector_create_region_absurd_value_capacity_10000000000", case_vector_create_region_absurd_value_capacity_10000000000},
    {"vector_create_region_absurd_value_capacity_1000000000000", case_vector_create_region_absurd_value_capacity_1000000000000},
    {"vector_release_vector_reused", case_vector_release_vector_reused},
    {"vector_release_vector_forged", case_vector_release_vector_forged},
    {"vector_release_vector_wrong_kind_region", case_vector_release_vector_wrong_kind_region},
    {"vector_release_vector_after_region_destroy", case_vector_release_vector_after_region_destroy},
    {"vector_release_vector_double_release", case_vector_release_vector_double_release},
    {"vector_release_vector_null", case_vector_release_vector_null},
    {"vector_release_vector_while_borrowed_shared", case_vector_release_vector_while_borrowed_shared},
    {"vector_length_vector_stale", case_vector_length_vector_stale},
    {"vector_length_vector_reused", case_vector_length_vector_reused},
    {"vector_length_vector_forged", case_vector_length_vector_forged},
    {"vector_length_vector_wrong_kind_region", case_vector_length_vector_wrong_kind_region},
    {"vector_length_vector_after_region_destroy", case_vector_length_vector_after_region_destroy},
    {"vector_length_vector_null", case_vector_length_vector_null},
    {"vector_capacity_vector_stale", case_vector_capacity_vector_stale},
    {"vector_capacity_vector_reused", case_vector_capacity_vector_reused},
    {"vector_capacity_vector_forged", case_vector_capacity_vector_forged},
    {"vector_capacity_vector_wrong_kind_region", case_vector_capacity_vector_wrong_kind_region},
    {"vector_capacity_vector_after_region_destroy", case_vector_capacity_vector_after_region_destroy},
    {"vector_capacity_vector_null", case_vector_capacity_vector_null},
    {"vector_resize_vector_stale", case_vector_resize_vector_stale},
    {"vector_resize_vector_reused", case_vector_resize_vector_reused},
    {"vector_resize_vector_forged", case_vector_resize_vector_forged},
    {"vector_resize_vector_wrong_kind_region", case_vector_resize_vector_wrong_kind_region},
    {"vector_resize_vector_after_region_destroy", case_vector_resize_vector_after_region_destroy},
    {"vector_resize_vector_null", case_vector_resize_vector_null},
    {"vector_resize_vector_while_borrowed_shared", case_vector_resize_vector_while_borrowed_shared},
    {"vector_resize_vector_absurd_value_capacity_1000000000001", case_vector_resize_vector_absurd_value_capacity_1000000000001},
    {"vector_resize_vector_absurd_value_capacity_ffffffffffffffff", case_vector_resize_vector_absurd_value_capacity_ffffffffffffffff},
    {"vector_resize_vector_absurd_value_capacity_100000010_limited", case_vector_resize_vector_absurd_value_capacity_100000010_limited},
    {"vector_resize_vector_absurd_value_capacity_10000000000_limited", case_vector_resize_vector_absurd_value_capacity_10000000000_limited},
    {"vector_resize_vector_absurd_value_capacity_1000000000000_limited", case_vector_resize_vector_absurd_value_capacity_1000000000000_limited},
    {"vector_resize_vector_absurd_value_capacity_10000000000", case_vector_resize_vector_absurd_value_capacity_10000000000},
    {"vector_resize_vector_absurd_value_capacity_1000000000000", case_vector_resize_vector_absurd_value_capacity_1000000000000},
    {"vector_element_type_vector_stale", case_vector_element_type_vector_stale},
    {"vector_element_type_vector_reused", case_vector_element_type_vector_reused},
    {"vector_element_type_vector_forged", case_vector_element_type_vector_forged},
    {"vector_element_type_vector_wrong_kind_region", case_vector_element_type_vector_wrong_kind_region},
    {"vector_element_type_vector_after_region_destroy", case_vector_element_type_vector_after_region_destroy},
    {"vector_element_type_vector_null", case_vector_element_type_vector_null},
    {"vector_null_count_vector_stale", case_vector_null_count_vector_stale},
    {"vector_null_count_vector_reused", case_vector_null_count_vector_reused},
    {"vector_null_count_vector_forged", case_vector_null_count_vector_forged},
    {"vector_null_count_vector_wrong_kind_region", case_vector_null_count_vector_wrong_kind_region},
    {"vector_null_count_vector_after_region_destroy", case_vector_null_count_vector_after_region_destroy},
    {"vector_null_count_vector_null", case_vector_null_count_vector_null},
    {"vector_append_vector_stale", case_vector_append_vector_stale},
    {"vector_append_vector_reused", case_vector_append_vector_reused},
    {"vector_append_vector_forged", case_vector_append_vector_forged},
    {"vector_append_vector_wrong_kind_region", case_vector_append_vector_wrong_kind_region},
    {"vector_append_vector_after_region_destroy", case_vector_append_vector_after_region_destroy},
    {"vector_append_vector_null", case_vector_append_vector_null},
    {"vector_append_vector_while_borrowed_shared", case_vector_append_vector_while_borrowed_shared},
    {"vector_extend_vector_stale", case_vector_extend_vector_stale},
    {"vector_extend_vector_reused", case_vector_extend_vector_reused},
    {"vector_extend_vector_forged", case_vector_extend_vector_forged},
    {"vector_extend_vector_wrong_kind_region", case_vector_extend_vector_wrong_kind_region},
    {"vector_extend_vector_after_region_destroy", case_vector_extend_vector_after_region_destroy},
    {"vector_extend_vector_null", case_vector_extend_vector_null},
    {"vector_extend_vector_while_borrowed_shared", case_vector_extend_vector_while_borrowed_shared},
    {"vector_extend_vector_null_data", case_vector_extend_vector_null_data},
    {"vector_append_null_vector_stale", case_vector_append_null_vector_stale},
    {"vector_append_null_vector_reused", case_vector_append_null_vector_reused},
    {"vector_append_null_vector_forged", case_vector_append_null_vector_forged},
    {"vector_append_null_vector_wrong_kind_region", case_vector_append_null_vector_wrong_kind_region},
    {"vector_append_null_vector_after_region_destroy", case_vector_append_null_vector_after_region_destroy},
    {"vector_append_null_vector_null", case_vector_append_null_vector_null},
    {"vector_append_null_vector_while_borrowed_shared", case_vector_append_null_vector_while_borrowed_shared},
    {"vector_set_vector_stale", case_vector_set_vector_stale},
    {"vector_set_vector_reused", case_vector_set_vector_reused},
    {"vector_set_vector_forged", case_vector_set_vector_forged},
    {"vector_set_vector_wrong_kind_region", case_vector_set_vector_wrong_kind_region},
    {"vector_set_vector_after_region_destroy", case_vector_set_vector_after_region_destroy},
    {"vector_set_vector_null", case_vector_set_vector_null},
    {"vector_set_vector_while_borrowed_shared", case_vector_set_vector_while_borrowed_shared},
    {"vector_set_vector_absurd_value_index_100000010", case_vector_set_vector_absurd_value_index_100000010},
    {"vector_set_vector_absurd_value_index_10000000000", case_vector_set_vector_absurd_value_index_10000000000},
    {"vector_set_vector_absurd_value_index_ffffffffffffffff", case_vector_set_vector_absurd_value_index_ffffffffffffffff},
    {"vector_get_vector_stale", case_vector_get_vector_stale},
    {"vector_get_vector_reused", case_vector_get_vector_reused},
    {"vector_get_vector_forged", case_vector_get_vector_forged},
    {"vector_get_vector_wrong_kind_region", case_vector_get_vector_wrong_kind_region},
    {"vector_get_vector_after_region_destroy", case_vector_get_vector_after_region_destroy},
    {"vector_get_vector_null", case_vector_get_vector_null},
    {"vector_get_vector_while_borrowed_unique", case_vector_get_vector_while_borrowed_unique},
    {"vector_get_vector_absurd_value_index_100000010", case_vector_get_vector_absurd_value_index_100000010},
    {"vector_get_vector_absurd_value_index_10000000000", case_vector_get_vector_absurd_value_index_10000000000},
    {"vector_get_vector_absurd_value_index_ffffffffffffffff", case_vector_get_vector_absurd_value_index_ffffffffffffffff},
    {"vector_append_f64_vector_stale", case_vector_append_f64_vector_stale},
    {"vector_append_f64_vector_reused", case_vector_append_f64_vector_reused},
    {"vector_append_f64_vector_forged", case_vector_append_f64_vector_forged},
    {"vector_append_f64_vector_wrong_kind_region", case_vector_append_f64_vector_wrong_kind_region},
    {"vector_append_f64_vector_after_region_destroy", case_vector_append_f64_vector_after_region_destroy},
    {"vector_append_f64_vector_null", case_vector_append_f64_vector_null},
    {"vector_append_f64_vector_while_borrowed_shared", case_vector_append_f64_vector_while_borrowed_shared},
    {"vector_set_f64_vector_stale", case_vector_set_f64_vector_stale},
    {"vector_set_f64_vector_reused", case_vector_set_f64_vector_reused},
    {"vector_set_f64_vector_forged", case_vector_set_f64_vector_forged},
    {"vector_set_f64_vector_wrong_kind_region", case_vector_set_f64_vector_wrong_kind_region},
    {"vector_set_f64_vector_after_region_destroy", case_vector_set_f64_vector_after_region_destroy},
    {"vector_set_f64_vector_null", case_vector_set_f64_vector_null},
    {"vector_set_f64_vector_while_borrowed_shared", case_vector_set_f64_vector_while_borrowed_shared},
    {"vector_set_f64_vector_absurd_value_index_100000010", case_vector_set_f64_vector_absurd_value_index_100000010},
    {"vector_set_f64_vector_absurd_value_index_10000000000", case_vector_set_f64_vector_absurd_value_index_10000000000},
    {"vector_set_f64_vector_absurd_value_index_ffffffffffffffff", case_vector_set_f64_vector_absurd_value_index_ffffffffffffffff},
    {"vector_get_f64_vector_stale", case_vector_get_f64_vector_stale},
    {"vector_get_f64_vector_reused", case_vector_get_f64_vector_reused},
    {"vector_get_f64_vector_forged", case_vector_get_f64_vector_forged},
    {"vector_get_f64_vector_wrong_kind_region", case_vector_get_f64_vector_wrong_kind_region},
    {"vector_get_f64_vector_after_region_destroy", case_vector_get_f64_vector_after_region_destroy},
    {"vector_get_f64_vector_null", case_vector_get_f64_vector_null},
    {"vector_get_f64_vector_while_borrowed_unique", case_vector_get_f64_vector_while_borrowed_unique},
    {"vector_get_f64_vector_absurd_value_index_100000010", case_vector_get_f64_vector_absurd_value_index_100000010},
    {"vector_get_f64_vector_absurd_value_index_10000000000", case_vector_get_f64_vector_absurd_value_index_10000000000},
    {"vector_get_f64_vector_absurd_value_index_ffffffffffffffff", case_vector_get_f64_vector_absurd_value_index_ffffffffffffffff},
    {"vector_is_valid_vector_stale", case_vector_is_valid_vector_stale},
    {"vector_is_valid_vector_reused", case_vector_is_valid_vector_reused},
    {"vector_is_valid_vector_forged", case_vector_is_valid_vector_forged},
    {"vector_is_valid_vector_wrong_kind_region", case_vector_is_valid_vector_wrong_kind_region},
    {"vector_is_valid_vector_after_region_destroy", case_vector_is_valid_vector_after_region_destroy},
    {"vector_is_valid_vector_null", case_vector_is_valid_vector_null},
    {"vector_is_valid_vector_absurd_value_index_100000010", case_vector_is_valid_vector_absurd_value_index_100000010},
    {"vector_is_valid_vector_absurd_value_index_10000000000", case_vector_is_valid_vector_absurd_value_index_10000000000},
    {"vector_is_valid_vector_absurd_value_index_ffffffffffffffff", case_vector_is_valid_vector_absurd_value_index_ffffffffffffffff},
    {"vector_read_vector_stale", case_vector_read_vector_stale},
    {"vector_read_vector_reused", case_vector_read_vector_reused},
    {"vector_read_vector_forged", case_vector_read_vector_forged},
    {"vector_read_vector_wrong_kind_region", case_vector_read_vector_wrong_kind_region},
    {"vector_read_vector_after_region_destroy", case_vector_read_vector_after_region_destroy},
    {"vector_read_vector_null", case_vector_read_vector_null},
    {"vector_read_vector_while_borrowed_unique", case_vector_read_vector_while_borrowed_unique},
    {"vector_read_vector_absurd_value_offset_100000010", case_vector_read_vector_absurd_value_offset_100000010},
    {"vector_read_vector_absurd_value_offset_10000000000", case_vector_read_vector_absurd_value_offset_10000000000},
    {"vector_read_vector_absurd_value_offset_ffffffffffffffff", case_vector_read_vector_absurd_value_offset_ffffffffffffffff},
    {"vector_read_vector_null_dst", case_vector_read_vector_null_dst},
    {"var_vector_create_region_stale", case_var_vector_create_region_stale},
    {"var_vector_create_region_reused", case_var_vector_create_region_reused},
    {"var_vector_create_region_forged", case_var_vector_create_region_forged},
    {"var_vector_create_region_wrong_kind_buffer", case_var_vector_create_region_wrong_kind_buffer},
    {"var_vector_create_region_null", case_var_vector_create_region_null},
    {"var_vector_create_region_absurd_value_capacity_1000000000001", case_var_vector_create_region_absurd_value_capacity_1000000000001},
    {"var_vector_create_region_absurd_value_capacity_ffffffffffffffff", case_var_vector_create_region_absurd_value_capacity_ffffffffffffffff},
    {"var_vector_create_region_absurd_value_capacity_100000010_limited", case_var_vector_create_region_absurd_value_capacity_100000010_limited},
    {"var_vector_create_region_absurd_value_capacity_10000000000_limited", case_var_vector_create_region_absurd_value_capacity_10000000000_limited},
    {"var_vector_create_region_absurd_value_capacity_1000000000000_limited", case_var_vector_create_region_absurd_value_capacity_1000000000000_limited},
    {"var_vector_create_region_absurd_value_capacity_10000000000", case_var_vector_create_region_absurd_value_capacity_10000000000},
    {"var_vector_create_region_absurd_value_capacity_1000000000000", case_var_vector_create_region_absurd_value_capacity_1000000000000},
    {"var_vector_create_region_absurd_value_data_capacity_80000000", case_var_vector_create_region_absurd_value_data_capacity_80000000},
    {"var_vector_create_region_absurd_value_data_capacity_ffffffffffffffff", case_var_vector_create_region_absurd_value_data_capacity_ffffffffffffffff},
    {"var_vector_release_var_vector_reused", case_var_vector_release_var_vector_reused},
    {"var_vector_release_var_vector_forged", case_var_vector_release_var_vector_forged},
    {"var_vector_release_var_vector_wrong_kind_region", case_var_vector_release_var_vector_wrong_kind_region},
    {"var_vector_release_var_vector_after_region_destroy", case_var_vector_release_var_vector_after_region_destroy},
    {"var_vector_release_var_vector_double_release", case_var_vector_release_var_vector_double_release},
    {"var_vector_release_var_vector_null", case_var_vector_release_var_vector_null},
    {"var_vector_release_var_vector_while_borrowed_shared", case_var_vector_release_var_vector_while_borrowed_shared},
    {"var_vector_length_var_vector_stale", case_var_vector_length_var_vector_stale},
    {"var_vector_length_var_vector_reused", case_var_vector_length_var_vector_reused},
    {"var_vector_length_var_vector_forged", case_var_vector_length_var_vector_forged},
    {"var_vector_length_var_vector_wrong_kind_region", case_var_vector_length_var_vector_wrong_kind_region},
    {"var_vector_length_var_vector_after_region_destroy", case_var_vector_length_var_vector_after_region_destroy},
    {"var_vector_length_var_vector_null", case_var_vector_length_var_vector_null},
    {"var_vector_capacity_var_vector_stale", case_var_vector_capacity_var_vector_stale},
    {"var_vector_capacity_var_vector_reused", case_var_vector_capacity_var_vector_reused},
    {"var_vector_capacity_var_vector_forged", case_var_vector_capacity_var_vector_forged},
    {"var_vector_capacity_var_vector_wrong_kind_region", case_var_vector_capacity_var_vector_wrong_kind_region},
    {"var_vector_capacity_var_vector_after_region_destroy", case_var_vector_capacity_var_vector_after_region_destroy},
    {"var_vector_capacity_var_vector_null", case_var_vector_capacity_var_vector_null},
    {"var_vector_data_length_var_vector_stale", case_var_vector_data_length_var_vector_stale},
    {"var_vector_data_length_var_vector_reused", case_var_vector_data_length_var_vector_reused},
    {"var_vector_data_length_var_vector_forged", case_var_vector_data_length_var_vector_forged},
    {"var_vector_data_length_var_vector_wrong_kind_region", case_var_vector_data_length_var_vector_wrong_kind_region},
    {"var_vector_data_length_var_vector_after_region_destroy", case_var_vector_data_length_var_vector_after_region_destroy},
    {"var_vector_data_length_var_vector_null", case_var_vector_data_length_var_vector_null},
    {"var_vector_data_capacity_var_vector_stale", case_var_vector_data_capacity_var_vector_stale},
    {"var_vector_data_capacity_var_vector_reused", case_var_vector_data_capacity_var_vector_reused},
    {"var_vector_data_capacity_var_vector_forged", case_var_vector_data_capacity_var_vector_forged},
    {"var_vector_data_capacity_var_vector_wrong_kind_region", case_var_vector_data_capacity_var_vector_wrong_kind_region},
    {"var_vector_data_capacity_var_vector_after_region_destroy", case_var_vector_data_capacity_var_vector_after_region_destroy},
    {"var_vector_data_capacity_var_vector_null", case_var_vector_data_capacity_var_vector_null},
    {"var_vector_resize_var_vector_stale", case_var_vector_resize_var_vector_stale},
    {"var_vector_resize_var_vector_reused", case_var_vector_resize_var_vector_reused},
    {"var_vector_resize_var_vector_forged", case_var_vector_resize_var_vector_forged},
    {"var_vector_resize_var_vector_wrong_kind_region", case_var_vector_resize_var_vector_wrong_kind_region},
    {"var_vector_resize_var_vector_after_region_destroy", case_var_vector_resize_var_vector_after_region_destroy},
    {"var_vector_resize_var_vector_null", case_var_vector_resize_var_vector_null},
    {"var_vector_resize_var_vector_while_borrowed_shared", case_var_vector_resize_var_vector_while_borrowed_shared},
    {"var_vector_resize_var_vector_absurd_value_capacity_1000000000001", case_var_vector_resize_var_vector_absurd_value_capacity_1000000000001},
    {"var_vector_resize_var_vector_absurd_value_capacity_ffffffffffffffff", case_var_vector_resize_var_vector_absurd_value_capacity_ffffffffffffffff},
    {"var_vector_resize_var_vector_absurd_value_capacity_100000010_limited", case_var_vector_resize_var_vector_absurd_value_capacity_100000010_limited},
    {"var_vector_resize_var_vector_absurd_value_capacity_10000000000_limited", case_var_vector_resize_var_vector_absurd_value_capacity_10000000000_limited},
    {"var_vector_resize_var_vector_absurd_value_capacity_1000000000000_limited", case_var_vector_resize_var_vector_absurd_value_capacity_1000000000000_limited},
    {"var_vector_resize_var_vector_absurd_value_capacity_10000000000", case_var_vector_resize_var_vector_absurd_value_capacity_10000000000},
    {"var_vector_resize_var_vector_absurd_value_capacity_1000000000000", case_var_vector_resize_var_vector_absurd_value_capacity_1000000000000},
    {"var_vector_resize_var_vector_absurd_value_data_capacity_80000000", case_var_vector_resize_var_vector_absurd_value_data_capacity_80000000},
    {"var_vector_resize_var_vector_absurd_value_data_capacity_ffffffffffffffff", case_var_vector_resize_var_vector_absurd_value_data_capacity_ffffffffffffffff},
    {"var_vector_null_count_var_vector_stale", case_var_vector_null_count_var_vector_stale},
    {"var_vector_null_count_var_vector_reused", case_var_vector_null_count_var_vector_reused},
    {"var_vector_null_count_var_vector_forged", case_var_vector_null_count_var_vector_forged},
    {"var_vector_null_count_var_vector_wrong_kind_region", case_var_vector_null_count_var_vector_wrong_kind_region},
    {"var_vector_null_count_var_vector_after_region_destroy", case_var_vector_null_count_var_vector_after_region_destroy},
    {"var_vector_null_count_var_vector_null", case_var_vector_null_count_var_vector_null},
    {"var_vector_is_utf8_var_vector_stale", case_var_vector_is_utf8_var_vector_stale},
    {"var_vector_is_utf8_var_vector_reused", case_var_vector_is_utf8_var_vector_reused},
    {"var_vector_is_utf8_var_vector_forged", case_var_vector_is_utf8_var_vector_forged},
    {"var_vector_is_utf8_var_vector_wrong_kind_region", case_var_vector_is_utf8_var_vector_wrong_kind_region},
    {"var_vector_is_utf8_var_vector_after_region_destroy", case_var_vector_is_utf8_var_vector_after_region_destroy},
    {"var_vector_is_utf8_var_vector_null", case_var_vector_is_utf8_var_vector_null},
    {"var_vector_append_var_vector_stale", case_var_vector_append_var_vector_stale},
    {"var_vector_append_var_vector_reused", case_var_vector_append_var_vector_reused},
    {"var_vector_append_var_vector_forged", case_var_vector_append_var_vector_forged},
    {"var_vector_append_var_vector_wrong_kind_region", case_var_vector_append_var_vector_wrong_kind_region},
    {"var_vector_append_var_vector_after_region_destroy", case_var_vector_append_var_vector_after_region_destroy},
    {"var_vector_append_var_vector_null", case_var_vector_append_var_vector_null},
    {"var_vector_append_var_vector_while_borrowed_shared", case_var_vector_append_var_vector_while_borrowed_shared},
    {"var_vector_append_var_vector_null_value", case_var_vector_append_var_vector_null_value},
    {"var_vector_append_var_vector_invalid_utf8_value", case_var_vector_append_var_vector_invalid_utf8_value},
    {"var_vector_append_null_var_vector_stale", case_var_vector_append_null_var_vector_stale},
    {"var_vector_append_null_var_vector_reused", case_var_vector_append_null_var_vector_reused},
    {"var_vector_append_null_var_vector_forged", case_var_vector_append_null_var_vector_forged},
    {"var_vector_append_null_var_vector_wrong_kind_region", case_var_vector_append_null_var_vector_wrong_kind_region},
    {"var_vector_append_null_var_vector_after_region_destroy", case_var_vector_append_null_var_vector_after_region_destroy},
    {"var_vector_append_null_var_vector_null", case_var_vector_append_null_var_vector_null},
    {"var_vector_append_null_var_vector_while_borrowed_shared", case_var_vector_append_null_var_vector_while_borrowed_shared},
    {"var_vector_get_var_vector_stale", case_var_vector_get_var_vector_stale},
    {"var_vector_get_var_vector_reused", case_var_vector_get_var_vector_reused},
    {"var_vector_get_var_vector_forged", case_var_vector_get_var_vector_forged},
    {"var_vector_get_var_vector_wrong_kind_region", case_var_vector_get_var_vector_wrong_kind_region},
    {"var_vector_get_var_vector_after_region_destroy", case_var_vector_get_var_vector_after_region_destroy},
    {"var_vector_get_var_vector_null", case_var_vector_get_var_vector_null},
    {"var_vector_get_var_vector_while_borrowed_unique", case_var_vector_get_var_vector_while_borrowed_unique},
    {"var_vector_get_var_vector_absurd_value_index_100000010", case_var_vector_get_var_vector_absurd_value_index_100000010},
    {"var_vector_get_var_vector_absurd_value_index_10000000000", case_var_vector_get_var_vector_absurd_value_index_10000000000},
    {"var_vector_get_var_vector_absurd_value_index_ffffffffffffffff", case_var_vector_get_var_vector_absurd_value_index_ffffffffffffffff},
    {"var_vector_value_offset_var_vector_stale", case_var_vector_value_offset_var_vector_stale},
    {"var_vector_value_offset_var_vector_reused", case_var_vector_value_offset_var_vector_reused},
    {"var_vector_value_offset_var_vector_forged", case_var_vector_value_offset_var_vector_forged},
    {"var_vector_value_offset_var_vector_wrong_kind_region", case_var_vector_value_offset_var_vector_wrong_kind_region},
    {"var_vector_value_offset_var_vector_after_region_destroy", case_var_vector_value_offset_var_vector_after_region_destroy},
    {"var_vector_value_offset_var_vector_null", case_var_vector_value_offset_var_vector_null},
    {"var_vector_value_offset_var_vector_absurd_value_index_100000010", case_var_vector_value_offset_var_vector_absurd_value_index_100000010},
    {"var_vector_value_offset_var_vector_absurd_value_index_10000000000", case_var_vector_value_offset_var_vector_absurd_value_index_10000000000},
    {"var_vector_value_offset_var_vector_absurd_value_index_ffffffffffffffff", case_var_vector_value_offset_var_vector_absurd_value_index_ffffffffffffffff},
    {"var_vector_value_length_var_vector_stale", case_var_vector_value_length_var_vector_stale},
    {"var_vector_value_length_var_vector_reused", case_var_vector_value_length_var_vector_reused},
    {"var_vector_value_length_var_vector_forged", case_var_vector_value_length_var_vector_forged},
    {"var_vector_value_length_var_vector_wrong_kind_region", case_var_vector_value_length_var_vector_wrong_kind_region},
    {"var_vector_value_length_var_vector_after_region_destroy", case_var_vector_value_length_var_vector_after_region_destroy},
    {"var_vector_value_length_var_vector_null", case_var_vector_value_length_var_vector_null},
    {"var_vector_value_length_var_vector_absurd_value_index_100000010", case_var_vector_value_length_var_vector_absurd_value_index_100000010},
    {"var_vector_value_length_var_vector_absurd_value_index_10000000000", case_var_vector_value_length_var_vector_absurd_value_index_10000000000},
    {"var_vector_value_length_var_vector_absurd_value_index_ffffffffffffffff", case_var_vector_value_length_var_vector_absurd_value_index_ffffffffffffffff},
    {"var_vector_is_valid_var_vector_stale", case_var_vector_is_valid_var_vector_stale},
    {"var_vector_is_valid_var_vector_reused", case_var_vector_is_valid_var_vector_reused},
    {"var_vector_is_valid_var_vector_forged", case_var_vector_is_valid_var_vector_forged},
    {"var_vector_is_valid_var_vector_wrong_kind_region", case_var_vector_is_valid_var_vector_wrong_kind_region},
    {"var_vector_is_valid_var_vector_after_region_destroy", case_var_vector_is_valid_var_vector_after_region_destroy},
    {"var_vector_is_valid_var_vector_null", case_var_vector_is_valid_var_vector_null},
    {"var_vector_is_valid_var_vector_absurd_value_index_100000010", case_var_vector_is_valid_var_vector_absurd_value_index_100000010},
    {"var_vector_is_valid_var_vector_absurd_value_index_10000000000", case_var_vector_is_valid_var_vector_absurd_value_index_10000000000},
    {"var_vector_is_valid_var_vector_absurd_value_index_ffffffffffffffff", case_var_vector_is_valid_var_vector_absurd_value_index_ffffffffffffffff},
    {"var_vector_read_var_vector_stale", case_var_vector_read_var_vector_stale},
    {"var_vector_read_var_vector_reused", case_var_vector_read_var_vector_reused},
    {"var_vector_read_var_vector_forged", case_var_vector_read_var_vector_forged},
    {"var_vector_read_var_vector_wrong_kind_region", case_var_vector_read_var_vector_wrong_kind_region},
    {"var_vector_read_var_vector_after_region_destroy", case_var_vector_read_var_vector_after_region_destroy},
    {"var_vector_read_var_vector_null", case_var_vector_read_var_vector_null},
    {"var_vector_read_var_vector_while_borrowed_unique", case_var_vector_read_var_vector_while_borrowed_unique},
    {"var_vector_read_var_vector_absurd_value_offset_100000010", case_var_vector_read_var_vector_absurd_value_offset_100000010},
    {"var_vector_read_var_vector_absurd_value_offset_10000000000", case_var_vector_read_var_vector_absurd_value_offset_10000000000},
    {"var_vector_read_var_vector_absurd_value_offset_ffffffffffffffff", case_var_vector_read_var_vector_absurd_value_offset_ffffffffffffffff},
    {"var_vector_read_var_vector_null_dst", case_var_vector_read_var_vector_null_dst},
    {"batch_create_region_stale", case_batch_create_region_stale},
    {"batch_create_region_reused", case_batch_create_region_reused},
    {"batch_create_region_forged", case_batch_create_region_forged},
    {"batch_create_region_wrong_kind_buffer", case_batch_create_region_wrong_kind_buffer},
    {"batch_create_region_null", case_batch_create_region_null},
    {"batch_create_region_absurd_value_max_columns_1001", case_batch_create_region_absurd_value_max_columns_1001},
    {"batch_create_region_absurd_value_max_columns_ffffffff", case_batch_create_region_absurd_value_max_columns_ffffffff},
    {"batch_release_batch_reused", case_batch_release_batch_reused},
    {"batch_release_batch_forged", case_batch_release_batch_forged},
    {"batch_release_batch_wrong_kind_region", case_batch_release_batch_wrong_kind_region},
    {"batch_release_batch_after_region_destroy", case_batch_release_batch_after_region_destroy},
    {"batch_release_batch_double_release", case_batch_release_batch_double_release},
    {"batch_release_batch_null", case_batch_release_batch_null},
    {"batch_add_column_batch_stale", case_batch_add_column_batch_stale},
    {"batch_add_column_batch_reused", case_batch_add_column_batch_reused},
    {"batch_add_column_batch_forged", case_batch_add_column_batch_forged},
    {"batch_add_column_batch_wrong_kind_region", case_batch_add_column_batch_wrong_kind_region},
    {"batch_add_column_batch_after_region_destroy", case_batch_add_column_batch_after_region_destroy},
    {"batch_add_column_batch_null", case_batch_add_column_batch_null},
    {"batch_add_column_batch_null_name", case_batch_add_column_batch_null_name},
    {"batch_add_column_vector_stale_column", case_batch_add_column_vector_stale_column},
    {"batch_add_column_vector_forged_column", case_batch_add_column_vector_forged_column},
    {"batch_add_column_vector_reused_column", case_batch_add_column_vector_reused_column},
    {"batch_add_column_vector_null_column", case_batch_add_column_vector_null_column},
    {"batch_num_columns_batch_stale", case_batch_num_columns_batch_stale},
    {"batch_num_columns_batch_reused", case_batch_num_columns_batch_reused},
    {"batch_num_columns_batch_forged", case_batch_num_columns_batch_forged},
    {"batch_num_columns_batch_wrong_kind_region", case_batch_num_columns_batch_wrong_kind_region},
    {"batch_num_columns_batch_after_region_destroy", case_batch_num_columns_batch_after_region_destroy},
    {"batch_num_columns_batch_null", case_batch_num_columns_batch_null},
    {"batch_num_rows_batch_stale", case_batch_num_rows_batch_stale},
    {"batch_num_rows_batch_reused", case_batch_num_rows_batch_reused},
    {"batch_num_rows_batch_forged", case_batch_num_rows_batch_forged},
    {"batch_num_rows_batch_wrong_kind_region", case_batch_num_rows_batch_wrong_kind_region},
    {"batch_num_rows_batch_after_region_destroy", case_batch_num_rows_batch_after_region_destroy},
    {"batch_num_rows_batch_null", case_batch_num_rows_batch_null},
    {"batch_column_name_batch_stale", case_batch_column_name_batch_stale},
    {"batch_column_name_batch_reused", case_batch_column_name_batch_reused},
    {"batch_column_name_batch_forged", case_batch_column_name_batch_forged},
    {"batch_column_name_batch_wrong_kind_region", case_batch_column_name_batch_wrong_kind_region},
    {"batch_column_name_batch_after_region_destroy", case_batch_column_name_batch_after_region_destroy},
    {"batch_column_name_batch_null", case_batch_column_name_batch_null},
    {"batch_column_name_batch_absurd_value_index_100000010", case_batch_column_name_batch_absurd_value_index_100000010},
    {"batch_column_name_batch_absurd_value_index_10000000000", case_batch_column_name_batch_absurd_value_index_10000000000},
    {"batch_column_name_batch_absurd_value_index_ffffffffffffffff", case_batch_column_name_batch_absurd_value_index_ffffffffffffffff},
    {"batch_validate_batch_stale", case_batch_validate_batch_stale},
    {"batch_validate_batch_reused", case_batch_validate_batch_reused},
    {"batch_validate_batch_forged", case_batch_validate_batch_forged},
    {"batch_validate_batch_wrong_kind_region", case_batch_validate_batch_wrong_kind_region},
    {"batch_validate_batch_after_region_destroy", case_batch_validate_batch_after_region_destroy},
    {"batch_validate_batch_null", case_batch_validate_batch_null},
    {"batch_append_row_batch_stale", case_batch_append_row_batch_stale},
    {"batch_append_row_batch_reused", case_batch_append_row_batch_reused},
    {"batch_append_row_batch_forged", case_batch_append_row_batch_forged},
    {"batch_append_row_batch_wrong_kind_region", case_batch_append_row_batch_wrong_kind_region},
    {"batch_append_row_batch_after_region_destroy", case_batch_append_row_batch_after_region_destroy},
    {"batch_append_row_batch_null", case_batch_append_row_batch_null},
    {"batch_append_row_batch_null_row", case_batch_append_row_batch_null_row},
    {"list_vector_create_region_stale", case_list_vector_create_region_stale},
    {"list_vector_create_region_reused", case_list_vector_create_region_reused},
    {"list_vector_create_region_forged", case_list_vector_create_region_forged},
    {"list_vector_create_region_wrong_kind_buffer", case_list_vector_create_region_wrong_kind_buffer},
    {"list_vector_create_region_null", case_list_vector_create_region_null},
    {"list_vector_create_vector_stale_child", case_list_vector_create_vector_stale_child},
    {"list_vector_create_vector_forged_child", case_list_vector_create_vector_forged_child},
    {"list_vector_create_vector_reused_child", case_list_vector_create_vector_reused_child},
    {"list_vector_create_vector_null_child", case_list_vector_create_vector_null_child},
    {"list_vector_create_region_absurd_value_capacity_1000000000001", case_list_vector_create_region_absurd_value_capacity_1000000000001},
    {"list_vector_create_region_absurd_value_capacity_ffffffffffffffff", case_list_vector_create_region_absurd_value_capacity_ffffffffffffffff},
    {"list_vector_create_region_absurd_value_capacity_100000010_limited", case_list_vector_create_region_absurd_value_capacity_100000010_limited},
    {"list_vector_create_region_absurd_value_capacity_10000000000_limited", case_list_vector_create_region_absurd_value_capacity_10000000000_limited},
    {"list_vector_create_region_absurd_value_capacity_1000000000000_limited", case_list_vector_create_region_absurd_value_capacity_1000000000000_limited},
    {"list_vector_create_region_absurd_value_capacity_10000000000", case_list_vector_create_region_absurd_value_capacity_10000000000},
    {"list_vector_create_region_absurd_value_capacity_1000000000000", case_list_vector_create_region_absurd_value_capacity_1000000000000},
    {"list_vector_release_list_vector_reused", case_list_vector_release_list_vector_reused},
    {"list_vector_release_list_vector_forged", case_list_vector_release_list_vector_forged},
    {"list_vector_release_list_vector_wrong_kind_region", case_list_vector_release_list_vector_wrong_kind_region},
    {"list_vector_release_list_vector_after_region_destroy", case_list_vector_release_list_vector_after_region_destroy},
    {"list_vector_release_list_vector_double_release", case_list_vector_release_list_vector_double_release},
    {"list_vector_release_list_vector_null", case_list_vector_release_list_vector_null},
    {"list_vector_length_list_vector_stale", case_list_vector_length_list_vector_stale},
    {"list_vector_length_list_vector_reused", case_list_vector_length_list_vector_reused},
    {"list_vector_length_list_vector_forged", case_list_vector_length_list_vector_forged},
    {"list_vector_length_list_vector_wrong_kind_region", case_list_vector_length_list_vector_wrong_kind_region},
    {"list_vector_length_list_vector_after_region_destroy", case_list_vector_length_list_vector_after_region_destroy},
    {"list_vector_length_list_vector_null", case_list_vector_length_list_vector_null},
    {"list_vector_capacity_list_vector_stale", case_list_vector_capacity_list_vector_stale},
    {"list_vector_capacity_list_vector_reused", case_list_vector_capacity_list_vector_reused},
    {"list_vector_capacity_list_vector_forged", case_list_vector_capacity_list_vector_forged},
    {"list_vector_capacity_list_vector_wrong_kind_region", case_list_vector_capacity_list_vector_wrong_kind_region},
    {"list_vector_capacity_list_vector_after_region_destroy", case_list_vector_capacity_list_vector_after_region_destroy},
    {"list_vector_capacity_list_vector_null", case_list_vector_capacity_list_vector_null},
    {"list_vector_null_count_list_vector_stale", case_list_vector_null_count_list_vector_stale},
    {"list_vector_null_count_list_vector_reused", case_list_vector_null_count_list_vector_reused},
    {"list_vector_null_count_list_vector_forged", case_list_vector_null_count_list_vector_forged},
    {"list_vector_null_count_list_vector_wrong_kind_region", case_list_vector_null_count_list_vector_wrong_kind_region},
    {"list_vector_null_count_list_vector_after_region_destroy", case_list_vector_null_count_list_vector_after_region_destroy},
    {"list_vector_null_count_list_vector_null", case_list_vector_null_count_list_vector_null},
    {"list_vector_is_map_list_vector_stale", case_list_vector_is_map_list_vector_stale},
    {"list_vector_is_map_list_vector_reused", case_list_vector_is_map_list_vector_reused},
    {"list_vector_is_map_list_vector_forged", case_list_vector_is_map_list_vector_forged},
    {"list_vector_is_map_list_vector_wrong_kind_region", case_list_vector_is_map_list_vector_wrong_kind_region},
    {"list_vector_is_map_list_vector_after_region_destroy", case_list_vector_is_map_list_vector_after_region_destroy},
    {"list_vector_is_map_list_vector_null", case_list_vector_is_map_list_vector_null},
    {"list_vector_is_valid_list_vector_stale", case_list_vector_is_valid_list_vector_stale},
    {"list_vector_is_valid_list_vector_reused", case_list_vector_is_valid_list_vector_reused},
    {"list_vector_is_valid_list_vector_forged", case_list_vector_is_valid_list_vector_forged},
    {"list_vector_is_valid_list_vector_wrong_kind_region", case_list_vector_is_valid_list_vector_wrong_kind_region},
    {"list_vector_is_valid_list_vector_after_region_destroy", case_list_vector_is_valid_list_vector_after_region_destroy},
    {"list_vector_is_valid_list_vector_null", case_list_vector_is_valid_list_vector_null},
    {"list_vector_is_valid_list_vector_absurd_value_index_100000010", case_list_vector_is_valid_list_vector_absurd_value_index_100000010},
    {"list_vector_is_valid_list_vector_absurd_value_index_10000000000", case_list_vector_is_valid_list_vector_absurd_value_index_10000000000},
    {"list_vector_is_valid_list_vector_absurd_value_index_ffffffffffffffff", case_list_vector_is_valid_list_vector_absurd_value_index_ffffffffffffffff},
    {"list_vector_value_offset_list_vector_stale", case_list_vector_value_offset_list_vector_stale},
    {"list_vector_value_offset_list_vector_reused", case_list_vector_value_offset_list_vector_reused},
    {"list_vector_value_offset_list_vector_forged", case_list_vector_value_offset_list_vector_forged},
    {"list_vector_value_offset_list_vector_wrong_kind_region", case_list_vector_value_offset_list_vector_wrong_kind_region},
    {"list_vector_value_offset_list_vector_after_region_destroy", case_list_vector_value_offset_list_vector_after_region_destroy},
    {"list_vector_value_offset_list_vector_null", case_list_vector_value_offset_list_vector_null},
    {"list_vector_value_offset_list_vector_absurd_value_index_100000010", case_list_vector_value_offset_list_vector_absurd_value_index_100000010},
    {"list_vector_value_offset_list_vector_absurd_value_index_10000000000", case_list_vector_value_offset_list_vector_absurd_value_index_10000000000},
    {"list_vector_value_offset_list_vector_absurd_value_index_ffffffffffffffff", case_list_vector_value_offset_list_vector_absurd_value_index_ffffffffffffffff},
    {"list_vector_value_length_list_vector_stale", case_list_vector_value_length_list_vector_stale},
    {"list_vector_value_length_list_vector_reused", case_list_vector_value_length_list_vector_reused},
    {"list_vector_value_length_list_vector_forged", case_list_vector_value_length_list_vector_forged},
    {"list_vector_value_length_list_vector_wrong_kind_region", case_list_vector_value_length_list_vector_wrong_kind_region},
    {"list_vector_value_length_list_vector_after_region_destroy", case_list_vector_value_length_list_vector_after_region_destroy},
    {"list_vector_value_length_list_vector_null", case_list_vector_value_length_list_vector_null},
    {"list_vector_value_length_list_vector_absurd_value_index_100000010", case_list_vector_value_length_list_vector_absurd_value_index_100000010},
    {"list_vector_value_length_list_vector_absurd_value_index_10000000000", case_list_vector_value_length_list_vector_absurd_value_index_10000000000},
    {"list_vector_value_length_list_vector_absurd_value_index_ffffffffffffffff", case_list_vector_value_length_list_vector_absurd_value_index_ffffffffffffffff},
    {"list_vector_append_list_vector_stale", case_list_vector_append_list_vector_stale},
    {"list_vector_append_list_vector_reused", case_list_vector_append_list_vector_reused},
    {"list_vector_append_list_vector_forged", case_list_vector_append_list_vector_forged},
    {"list_vector_append_list_vector_wrong_kind_region", case_list_vector_append_list_vector_wrong_kind_region},
    {"list_vector_append_list_vector_after_region_destroy", case_list_vector_append_list_vector_after_region_destroy},
    {"list_vector_append_list_vector_null", case_list_vector_append_list_vector_null},
    {"list_vector_append_list_vector_null_value", case_list_vector_append_list_vector_null_value},
    {"list_vector_append_null_list_vector_stale", case_list_vector_append_null_list_vector_stale},
    {"list_vector_append_null_list_vector_reused", case_list_vector_append_null_list_vector_reused},
    {"list_vector_append_null_list_vector_forged", case_list_vector_append_null_list_vector_forged},
    {"list_vector_append_null_list_vector_wrong_kind_region", case_list_vector_append_null_list_vector_wrong_kind_region},
    {"list_vector_append_null_list_vector_after_region_destroy", case_list_vector_append_null_list_vector_after_region_destroy},
    {"list_vector_append_null_list_vector_null", case_list_vector_append_null_list_vector_null},
    {"list_vector_lookup_list_vector_stale", case_list_vector_lookup_list_vector_stale},
    {"list_vector_lookup_list_vector_reused", case_list_vector_lookup_list_vector_reused},
    {"list_vector_lookup_list_vector_forged", case_list_vector_lookup_list_vector_forged},
    {"list_vector_lookup_list_vector_wrong_kind_region", case_list_vector_lookup_list_vector_wrong_kind_region},
    {"list_vector_lookup_list_vector_after_region_destroy", case_list_vector_lookup_list_vector_after_region_destroy},
    {"list_vector_lookup_list_vector_null", case_list_vector_lookup_list_vector_null},
    {"list_vector_lookup_list_vector_absurd_value_index_100000010", case_list_vector_lookup_list_vector_absurd_value_index_100000010},
    {"list_vector_lookup_list_vector_absurd_value_index_10000000000", case_list_vector_lookup_list_vector_absurd_value_index_10000000000},
    {"list_vector_lookup_list_vector_absurd_value_index_ffffffffffffffff", case_list_vector_lookup_list_vector_absurd_value_index_ffffffffffffffff},
    {"list_vector_lookup_list_vector_null_key", case_list_vector_lookup_list_vector_null_key},
    {"batch_stream_create_region_stale", case_batch_stream_create_region_stale},
    {"batch_stream_create_region_reused", case_batch_stream_create_region_reused},
    {"batch_stream_create_region_forged", case_batch_stream_create_region_forged},
    {"batch_stream_create_region_wrong_kind_buffer", case_batch_stream_create_region_wrong_kind_buffer},
    {"batch_stream_create_region_null", case_batch_stream_create_region_null},
    {"batch_stream_create_region_absurd_value_max_batches_10001", case_batch_stream_create_region_absurd_value_max_batches_10001},
    {"batch_stream_create_region_absurd_value_max_batches_ffffffff", case_batch_stream_create_region_absurd_value_max_batches_ffffffff},
    {"batch_stream_release_batch_stream_reused", case_batch_stream_release_batch_stream_reused},
    {"batch_stream_release_batch_stream_forged", case_batch_stream_release_batch_stream_forged},
    {"batch_stream_release_batch_stream_wrong_kind_region", case_batch_stream_release_batch_stream_wrong_kind_region},
    {"batch_stream_release_batch_stream_after_region_destroy", case_batch_stream_release_batch_stream_after_region_destroy},
    {"batch_stream_release_batch_stream_double_release", case_batch_stream_release_batch_stream_double_release},
    {"batch_stream_release_batch_stream_null", case_batch_stream_release_batch_stream_null},
    {"batch_stream_add_batch_batch_stream_stale", case_batch_stream_add_batch_batch_stream_stale},
    {"batch_stream_add_batch_batch_stream_reused", case_batch_stream_add_batch_batch_stream_reused},
    {"batch_stream_add_batch_batch_stream_forged", case_batch_stream_add_batch_batch_stream_forged},
    {"batch_stream_add_batch_batch_stream_wrong_kind_region", case_batch_stream_add_batch_batch_stream_wrong_kind_region},
    {"batch_stream_add_batch_batch_stream_after_region_destroy", case_batch_stream_add_batch_batch_stream_after_region_destroy},
    {"batch_stream_add_batch_batch_stream_null", case_batch_stream_add_batch_batch_stream_null},
    {"batch_stream_add_batch_batch_stale_batch", case_batch_stream_add_batch_batch_stale_batch},
    {"batch_stream_add_batch_batch_forged_batch", case_batch_stream_add_batch_batch_forged_batch},
    {"batch_stream_add_batch_batch_reused_batch", case_batch_stream_add_batch_batch_reused_batch},
    {"batch_stream_add_batch_batch_null_batch", case_batch_stream_add_batch_batch_null_batch},
    {"batch_stream_num_batches_batch_stream_stale", case_batch_stream_num_batches_batch_stream_stale},
    {"batch_stream_num_batches_batch_stream_reused", case_batch_stream_num_batches_batch_stream_reused},
    {"batch_stream_num_batches_batch_stream_forged", case_batch_stream_num_batches_batch_stream_forged},
    {"batch_stream_num_batches_batch_stream_wrong_kind_region", case_batch_stream_num_batches_batch_stream_wrong_kind_region},
    {"batch_stream_num_batches_batch_stream_after_region_destroy", case_batch_stream_num_batches_batch_stream_after_region_destroy},
    {"batch_stream_num_batches_batch_stream_null", case_batch_stream_num_batches_batch_stream_null},
    {"foreign_create_region_stale", case_foreign_create_region_stale},
    {"foreign_create_region_reused", case_foreign_create_region_reused},
    {"foreign_create_region_forged", case_foreign_create_region_forged},
    {"foreign_create_region_wrong_kind_buffer", case_foreign_create_region_wrong_kind_buffer},
    {"foreign_create_region_null", case_foreign_create_region_null},
    {"foreign_create_region_null_values", case_foreign_create_region_null_values},
    {"foreign_release_foreign_reused", case_foreign_release_foreign_reused},
    {"foreign_release_foreign_forged", case_foreign_release_foreign_forged},
    {"foreign_release_foreign_wrong_kind_region", case_foreign_release_foreign_wrong_kind_region},
    {"foreign_release_foreign_after_region_destroy", case_foreign_release_foreign_after_region_destroy},
    {"foreign_release_foreign_double_release", case_foreign_release_foreign_double_release},
    {"foreign_release_foreign_null", case_foreign_release_foreign_null},
    {"foreign_release_foreign_while_borrowed_shared", case_foreign_release_foreign_while_borrowed_shared},
    {"foreign_length_foreign_stale", case_foreign_length_foreign_stale},
    {"foreign_length_foreign_reused", case_foreign_length_foreign_reused},
    {"foreign_length_foreign_forged", case_foreign_length_foreign_forged},
    {"foreign_length_foreign_wrong_kind_region", case_foreign_length_foreign_wrong_kind_region},
    {"foreign_length_foreign_after_region_destroy", case_foreign_length_foreign_after_region_destroy},
    {"foreign_length_foreign_null", case_foreign_length_foreign_null},
    {"foreign_null_count_foreign_stale", case_foreign_null_count_foreign_stale},
    {"foreign_null_count_foreign_reused", case_foreign_null_count_foreign_reused},
    {"foreign_null_count_foreign_forged", case_foreign_null_count_foreign_forged},
    {"foreign_null_count_foreign_wrong_kind_region", case_foreign_null_count_foreign_wrong_kind_region},
    {"foreign_null_count_foreign_after_region_destroy", case_foreign_null_count_foreign_after_region_destroy},
    {"foreign_null_count_foreign_null", case_foreign_null_count_foreign_null},
    {"foreign_offset_foreign_stale", case_foreign_offset_foreign_stale},
    {"foreign_offset_foreign_reused", case_foreign_offset_foreign_reused},
    {"foreign_offset_foreign_forged", case_foreign_offset_foreign_forged},
    {"foreign_offset_foreign_wrong_kind_region", case_foreign_offset_foreign_wrong_kind_region},
    {"foreign_offset_foreign_after_region_destroy", case_foreign_offset_foreign_after_region_destroy},
    {"foreign_offset_foreign_null", case_foreign_offset_foreign_null},
    {"foreign_num_children_foreign_stale", case_foreign_num_children_foreign_stale},
    {"foreign_num_children_foreign_reused", case_foreign_num_children_foreign_reused},
    {"foreign_num_children_foreign_forged", case_foreign_num_children_foreign_forged},
    {"foreign_num_children_foreign_wrong_kind_region", case_foreign_num_children_foreign_wrong_kind_region},
    {"foreign_num_children_foreign_after_region_destroy", case_foreign_num_children_foreign_after_region_destroy},
    {"foreign_num_children_foreign_null", case_foreign_num_children_foreign_null},
    {"foreign_format_foreign_stale", case_foreign_format_foreign_stale},
    {"foreign_format_foreign_reused", case_foreign_format_foreign_reused},
    {"foreign_format_foreign_forged", case_foreign_format_foreign_forged},
    {"foreign_format_foreign_wrong_kind_region", case_foreign_format_foreign_wrong_kind_region},
    {"foreign_format_foreign_after_region_destroy", case_foreign_format_foreign_after_region_destroy},
    {"foreign_format_foreign_null", case_foreign_format_foreign_null},
    {"borrow_shared_buffer_stale", case_borrow_shared_buffer_stale},
    {"borrow_shared_buffer_reused", case_borrow_shared_buffer_reused},
    {"borrow_shared_buffer_forged", case_borrow_shared_buffer_forged},
    {"borrow_shared_buffer_wrong_kind_region", case_borrow_shared_buffer_wrong_kind_region},
    {"borrow_shared_buffer_after_region_destroy", case_borrow_shared_buffer_after_region_destroy},
    {"borrow_shared_buffer_null", case_borrow_shared_buffer_null},
    {"borrow_shared_buffer_borrow_conflict_unique_shared", case_borrow_shared_buffer_borrow_conflict_unique_shared},
    {"borrow_shared_bytes_stale", case_borrow_shared_bytes_stale},
    {"borrow_shared_bytes_reused", case_borrow_shared_bytes_reused},
    {"borrow_shared_bytes_forged", case_borrow_shared_bytes_forged},
    {"borrow_shared_bytes_wrong_kind_region", case_borrow_shared_bytes_wrong_kind_region},
    {"borrow_shared_bytes_after_region_destroy", case_borrow_shared_bytes_after_region_destroy},
    {"borrow_shared_bytes_null", case_borrow_shared_bytes_null},
    {"borrow_shared_bytes_borrow_conflict_unique_shared", case_borrow_shared_bytes_borrow_conflict_unique_shared},
    {"borrow_shared_string_stale", case_borrow_shared_string_stale},
    {"borrow_shared_string_reused", case_borrow_shared_string_reused},
    {"borrow_shared_string_forged", case_borrow_shared_string_forged},
    {"borrow_shared_string_wrong_kind_region", case_borrow_shared_string_wrong_kind_region},
    {"borrow_shared_string_after_region_destroy", case_borrow_shared_string_after_region_destroy},
    {"borrow_shared_string_null", case_borrow_shared_string_null},
    {"borrow_shared_string_borrow_conflict_unique_shared", case_borrow_shared_string_borrow_conflict_unique_shared},
    {"borrow_shared_vector_stale", case_borrow_shared_vector_stale},
    {"borrow_shared_vector_reused", case_borrow_shared_vector_reused},
    {"borrow_shared_vector_forged", case_borrow_shared_vector_forged},
    {"borrow_shared_vector_wrong_kind_region", case_borrow_shared_vector_wrong_kind_region},
    {"borrow_shared_vector_after_region_destroy", case_borrow_shared_vector_after_region_destroy},
    {"borrow_shared_vector_null", case_borrow_shared_vector_null},
    {"borrow_shared_vector_borrow_conflict_unique_shared", case_borrow_shared_vector_borrow_conflict_unique_shared},
    {"borrow_shared_var_vector_stale", case_borrow_shared_var_vector_stale},
    {"borrow_shared_var_vector_reused", case_borrow_shared_var_vector_reused},
    {"borrow_shared_var_vector_forged", case_borrow_shared_var_vector_forged},
    {"borrow_shared_var_vector_wrong_kind_region", case_borrow_shared_var_vector_wrong_kind_region},
    {"borrow_shared_var_vector_after_region_destroy", case_borrow_shared_var_vector_after_region_destroy},
    {"borrow_shared_var_vector_null", case_borrow_shared_var_vector_null},
    {"borrow_shared_var_vector_borrow_conflict_unique_shared", case_borrow_shared_var_vector_borrow_conflict_unique_shared},
    {"borrow_shared_foreign_stale", case_borrow_shared_foreign_stale},
    {"borrow_shared_foreign_reused", case_borrow_shared_foreign_reused},
    {"borrow_shared_foreign_forged", case_borrow_shared_foreign_forged},
    {"borrow_shared_foreign_wrong_kind_region", case_borrow_shared_foreign_wrong_kind_region},
    {"borrow_shared_foreign_after_region_destroy", case_borrow_shared_foreign_after_region_destroy},
    {"borrow_shared_foreign_null", case_borrow_shared_foreign_null},
    {"borrow_shared_foreign_borrow_conflict_unique_shared", case_borrow_shared_foreign_borrow_conflict_unique_shared},
    {"borrow_unique_buffer_stale", case_borrow_unique_buffer_stale},
    {"borrow_unique_buffer_reused", case_borrow_unique_buffer_reused},
    {"borrow_unique_buffer_forged", case_borrow_unique_buffer_forged},
    {"borrow_unique_buffer_wrong_kind_region", case_borrow_unique_buffer_wrong_kind_region},
    {"borrow_unique_buffer_after_region_destroy", case_borrow_unique_buffer_after_region_destroy},
    {"borrow_unique_buffer_null", case_borrow_unique_buffer_null},
    {"borrow_unique_buffer_borrow_conflict_shared_unique", case_borrow_unique_buffer_borrow_conflict_shared_unique},
    {"borrow_unique_buffer_borrow_conflict_unique_unique", case_borrow_unique_buffer_borrow_conflict_unique_unique},
    {"borrow_unique_bytes_stale", case_borrow_unique_bytes_stale},
    {"borrow_unique_bytes_reused", case_borrow_unique_bytes_reused},
    {"borrow_unique_bytes_forged", case_borrow_unique_bytes_forged},
    {"borrow_unique_bytes_wrong_kind_region", case_borrow_unique_bytes_wrong_kind_region},
    {"borrow_unique_bytes_after_region_destroy", case_borrow_unique_bytes_after_region_destroy},
    {"borrow_unique_bytes_null", case_borrow_unique_bytes_null},
    {"borrow_unique_bytes_borrow_conflict_shared_unique", case_borrow_unique_bytes_borrow_conflict_shared_unique},
    {"borrow_unique_bytes_borrow_conflict_unique_unique", case_borrow_unique_bytes_borrow_conflict_unique_unique},
    {"borrow_unique_string_stale", case_borrow_unique_string_stale},
    {"borrow_unique_string_reused", case_borrow_unique_string_reused},
    {"borrow_unique_string_forged", case_borrow_unique_string_forged},
    {"borrow_unique_string_wrong_kind_region", case_borrow_unique_string_wrong_kind_region},
    {"borrow_unique_string_after_region_destroy", case_borrow_unique_string_after_region_destroy},
    {"borrow_unique_string_null", case_borrow_unique_string_null},
    {"borrow_unique_string_borrow_conflict_shared_unique", case_borrow_unique_string_borrow_conflict_shared_unique},
    {"borrow_unique_string_borrow_conflict_unique_unique", case_borrow_unique_string_borrow_conflict_unique_unique},
    {"borrow_unique_vector_stale", case_borrow_unique_vector_stale},
    {"borrow_unique_vector_reused", case_borrow_unique_vector_reused},
    {"borrow_unique_vector_forged", case_borrow_unique_vector_forged},
    {"borrow_unique_vector_wrong_kind_region", case_borrow_unique_vector_wrong_kind_region},
    {"borrow_unique_vector_after_region_destroy", case_borrow_unique_vector_after_region_destroy},
    {"borrow_unique_vector_null", case_borrow_unique_vector_null},
    {"borrow_unique_vector_borrow_conflict_shared_unique", case_borrow_unique_vector_borrow_conflict_shared_unique},
    {"borrow_unique_vector_borrow_conflict_unique_unique", case_borrow_unique_vector_borrow_conflict_unique_unique},
    {"borrow_unique_var_vector_stale", case_borrow_unique_var_vector_stale},
    {"borrow_unique_var_vector_reused", case_borrow_unique_var_vector_reused},
    {"borrow_unique_var_vector_forged", case_borrow_unique_var_vector_forged},
    {"borrow_unique_var_vector_wrong_kind_region", case_borrow_unique_var_vector_wrong_kind_region},
    {"borrow_unique_var_vector_after_region_destroy", case_borrow_unique_var_vector_after_region_destroy},
    {"borrow_unique_var_vector_null", case_borrow_unique_var_vector_null},
    {"borrow_unique_var_vector_borrow_conflict_shared_unique", case_borrow_unique_var_vector_borrow_conflict_shared_unique},
    {"borrow_unique_var_vector_borrow_conflict_unique_unique", case_borrow_unique_var_vector_borrow_conflict_unique_unique},
    {"borrow_unique_foreign_stale", case_borrow_unique_foreign_stale},
    {"borrow_unique_foreign_reused", case_borrow_unique_foreign_reused},
    {"borrow_unique_foreign_forged", case_borrow_unique_foreign_forged},
    {"borrow_unique_foreign_wrong_kind_region", case_borrow_unique_foreign_wrong_kind_region},
    {"borrow_unique_foreign_after_region_destroy", case_borrow_unique_foreign_after_region_destroy},
    {"borrow_unique_foreign_null", case_borrow_unique_foreign_null},
    {"borrow_unique_foreign_borrow_conflict_shared_unique", case_borrow_unique_foreign_borrow_conflict_shared_unique},
    {"borrow_unique_foreign_borrow_conflict_unique_unique", case_borrow_unique_foreign_borrow_conflict_unique_unique},
    {"borrow_release_view_double_release", case_borrow_release_view_double_release},
    {"handle_kind_of_region_stale_handle", case_handle_kind_of_region_stale_handle},
    {"handle_kind_of_region_forged_handle", case_handle_kind_of_region_forged_handle},
    {"handle_kind_of_region_reused_handle", case_handle_kind_of_region_reused_handle},
    {"handle_kind_of_region_null_handle", case_handle_kind_of_region_null_handle},
};

int main(void) {
    if (CU_initialize_registry() != CUE_SUCCESS) {
        fprintf(stderr, "CUnit: %s\n", CU_get_error_msg());
        return 2;
    }
    CU_pSuite suite = CU_add_suite("misuse_matrix", NULL, NULL);
    if (!suite) goto registry_error;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        if (!CU_add_test(suite, cases[i].name, cases[i].run)) goto registry_error;
    CU_basic_set_mode(CU_BRM_NORMAL);
    if (CU_basic_run_tests() != CUE_SUCCESS) goto registry_error;
    unsigned failures = CU_get_number_of_failures();
    unsigned ran = CU_get_number_of_tests_run();
    CU_cleanup_registry();
    printf("misuse matrix: %u cases run, %u failed assertions\n", ran, failures);
    /* CUnit's runner returns success even on failures: its count decides. */
    return failures == 0 && ran == sizeof cases / sizeof cases[0] ? 0 : 1;
registry_error:
    fprintf(stderr, "CUnit: %s\n", CU_get_error_msg());
    CU_cleanup_registry();
    return 2;
}
