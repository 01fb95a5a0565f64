/* Helpers for the core's CUnit suites: typed assertions that print both
 * values on failure (CUnit's own print only the expression), expectations on
 * weaveheap_error that also record which function returned which code (the
 * coverage suite compares that record with the "Errors:" lists of the
 * generated header), and handles built from the documented bit layout. */
#ifndef WH_TEST_CHECK_H
#define WH_TEST_CHECK_H

#include <CUnit/CUnit.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>

#include "weaveheap.h"

/* -- assertions ------------------------------------------------------------- */

/* Reports one CUnit assertion; the message is formatted only on failure. A
 * fatal one ends the current test (CUnit longjmps out of it). */
bool wh_check(bool ok, bool fatal, const char* file, unsigned line, const char* fmt, ...)
    __attribute__((format(printf, 5, 6)));

#define WH_CMP_(fatal, type, fmt, a, op, b)                                                                 \
    do {                                                                                                   \
        type wh_a_ = (type)(a);                                                                            \
        type wh_b_ = (type)(b);                                                                            \
        wh_check(wh_a_ op wh_b_, fatal, __FILE__, __LINE__, "%s " #op " %s (" fmt " vs " fmt ")", #a, #b,  \
                 wh_a_, wh_b_);                                                                            \
    } while (0)

#define CHECK_EQ_U64(a, b) WH_CMP_(false, uint64_t, "%" PRIu64, a, ==, b)
#define CHECK_NE_U64(a, b) WH_CMP_(false, uint64_t, "%" PRIu64, a, !=, b)
#define CHECK_LT_U64(a, b) WH_CMP_(false, uint64_t, "%" PRIu64, a, <, b)
#define CHECK_LE_U64(a, b) WH_CMP_(false, uint64_t, "%" PRIu64, a, <=, b)
#define CHECK_EQ_I64(a, b) WH_CMP_(false, int64_t, "%" PRId64, a, ==, b)
#define CHECK_EQ_F64(a, b) WH_CMP_(false, double, "%.17g", a, ==, b)
#define CHECK_EQ_HEX(a, b) WH_CMP_(false, uint64_t, "0x%016" PRIx64, a, ==, b)
#define CHECK_NE_HEX(a, b) WH_CMP_(false, uint64_t, "0x%016" PRIx64, a, !=, b)
#define CHECK_EQ_PTR(a, b) WH_CMP_(false, const void*, "%p", a, ==, b)
#define CHECK_NE_PTR(a, b) WH_CMP_(false, const void*, "%p", a, !=, b)
#define REQUIRE_EQ_U64(a, b) WH_CMP_(true, uint64_t, "%" PRIu64, a, ==, b)
#define REQUIRE_NE_HEX(a, b) WH_CMP_(true, uint64_t, "0x%016" PRIx64, a, !=, b)
#define REQUIRE_NE_PTR(a, b) WH_CMP_(true, const void*, "%p", a, !=, b)
#define CHECK_TRUE(c) wh_check((c), false, __FILE__, __LINE__, "%s", #c)
#define REQUIRE_TRUE(c) wh_check((c), true, __FILE__, __LINE__, "%s", #c)
/* Strings compared by content; NULL only equals NULL. */
#define CHECK_EQ_STR(a, b) wh_check_str((a), (b), #a, #b, __FILE__, __LINE__)
#define CHECK_CONTAINS(s, sub) wh_check_contains((s), (sub), #s, __FILE__, __LINE__)
#define CHECK_EQ_MEM(a, b, n) wh_check_mem((a), (b), (n), #a, #b, __FILE__, __LINE__)
/* Every field of two stats structs, each reported by name. */
#define CHECK_EQ_STATS(a, b) wh_check_stats((a), (b), #a, #b, __FILE__, __LINE__)

void wh_check_str(const char* a, const char* b, const char* ea, const char* eb, const char* file, unsigned line);
void wh_check_contains(const char* s, const char* sub, const char* es, const char* file, unsigned line);
void wh_check_mem(const void* a, const void* b, uint64_t n, const char* ea, const char* eb, const char* file,
                  unsigned line);
void wh_check_stats(const weaveheap_stats* a, const weaveheap_stats* b, const char* ea, const char* eb,
                    const char* file, unsigned line);

/* -- errors ----------------------------------------------------------------- */

/* Checks that `err` holds `code` (with a message when code != 0, none when it
 * is 0), records that `fn` returned it, and clears `err` for the next call.
 * Naming `fn` as a symbol makes a misspelt function a compile error. */
#define EXPECT_ERR(fn, err, code)                                              \
    do {                                                                       \
        (void)(fn);                                                            \
        wh_expect_code(#fn, (err), (code), NULL, __FILE__, __LINE__);          \
    } while (0)
#define EXPECT_OK(fn, err) EXPECT_ERR(fn, err, WEAVEHEAP_OK)
/* The same, and the message must contain `sub`. */
#define EXPECT_ERR_MSG(fn, err, code, sub)                                     \
    do {                                                                       \
        (void)(fn);                                                            \
        wh_expect_code(#fn, (err), (code), (sub), __FILE__, __LINE__);         \
    } while (0)
/* A function that cannot fail was called and its result checked. */
#define COVERS(fn)                                                             \
    do {                                                                       \
        (void)(fn);                                                            \
        wh_record(#fn, WEAVEHEAP_OK);                                          \
    } while (0)

bool wh_expect_code(const char* fn, weaveheap_error* err, int32_t code, const char* sub, const char* file,
                    unsigned line);
void wh_record(const char* fn, int32_t code);
/* The C name of an error code ("WEAVEHEAP_ERR_STALE_HANDLE"), from the
 * header's X-macro list; NULL for an unknown code. */
const char* wh_code_name(int32_t code);
int32_t wh_code_of_name(const char* name);

/* What the suites recorded, for the coverage suite. */
typedef struct wh_seen {
    char fn[64];
    int32_t code;
} wh_seen;
size_t wh_recorded(const wh_seen** out);

/* -- handles from the bit layout -------------------------------------------- *
 * kind:4 | slot:12 | page:16 | epoch:16 | gen:16, high to low
 * (docs/memory-model.md). Region handles: kind 1, a 28-bit record index in
 * the slot and page bits, epoch 0. */
#define WH_SLOTS_PER_PAGE (1u << 12)
static inline unsigned wh_kind_bits(uint64_t h) { return (unsigned)(h >> 60); }
static inline unsigned wh_slot(uint64_t h) { return (unsigned)(h >> 48) & 0xfffu; }
static inline unsigned wh_page(uint64_t h) { return (unsigned)(h >> 32) & 0xffffu; }
static inline unsigned wh_epoch(uint64_t h) { return (unsigned)(h >> 16) & 0xffffu; }
static inline unsigned wh_gen(uint64_t h) { return (unsigned)h & 0xffffu; }
static inline uint64_t wh_with_kind(uint64_t h, unsigned k) { return (h & ~(0xfull << 60)) | ((uint64_t)k << 60); }
static inline uint64_t wh_with_slot(uint64_t h, unsigned s) {
    return (h & ~(0xfffull << 48)) | ((uint64_t)(s & 0xfffu) << 48);
}
static inline uint64_t wh_with_page(uint64_t h, unsigned p) {
    return (h & ~(0xffffull << 32)) | ((uint64_t)(p & 0xffffu) << 32);
}
static inline uint64_t wh_with_epoch(uint64_t h, unsigned e) {
    return (h & ~(0xffffull << 16)) | ((uint64_t)(e & 0xffffu) << 16);
}
static inline uint64_t wh_with_gen(uint64_t h, unsigned g) { return (h & ~0xffffull) | (g & 0xffffu); }

/* -- shared fixtures -------------------------------------------------------- */

/* A region with the given options (NULL: defaults); fails the test if it
 * cannot be made. */
weaveheap_region_t wh_region(const weaveheap_region_options* o);
/* An object's view through a shared borrow taken and released at once:
 * only its address and length may be used (a raw view kept too long). */
weaveheap_view wh_view_of(weaveheap_handle_t h);
/* Destroys a region, checking that it worked. */
void wh_destroy(weaveheap_region_t r);
weaveheap_stats wh_region_stats(weaveheap_region_t r);
weaveheap_stats wh_global_stats(void);

/* The core pools table pages and region records for the process's life, so
 * a page or region block is only allocated when the pool is empty. These
 * take every pooled page (into `hog`, a region filled with empty buffers) or
 * every free region record (into `regions`, at most `cap`), so that the next
 * new page or region makes an allocation. They return how many objects or
 * regions they made; the hog's current page is left full. */
uint64_t wh_drain_pages(weaveheap_region_t hog);
size_t wh_drain_records(weaveheap_region_t* regions, size_t cap);

/* Suites (one file each), registered by main.c. */
typedef struct wh_test {
    const char* name;
    void (*fn)(void);
} wh_test;
typedef struct wh_suite {
    const char* name;
    const wh_test* tests;
} wh_suite;
extern const wh_suite wh_suite_library, wh_suite_regions, wh_suite_handles, wh_suite_buffers,
    wh_suite_bytes_strings, wh_suite_borrows, wh_suite_stats, wh_suite_publish, wh_suite_faults,
    wh_suite_objects, wh_suite_vectors, wh_suite_varcolumns, wh_suite_resize, wh_suite_foreign, wh_suite_batches, wh_suite_batch_rows, wh_suite_lists, wh_suite_producer, wh_suite_coverage, wh_suite_quarantine;

#endif
