/* The quarantine (core/src/chunks.c, docs/memory-model.md "Raw views kept
 * too long"): once a region has lent a view, the chunks that leave it are
 * never handed to another region while the quarantine holds them, and a
 * stale raw pointer into them faults instead of reading or writing another
 * object. The faults are taken in forked children; the parent checks that
 * each died of SIGSEGV (or SIGBUS) and read nothing of the newer objects.
 * Where there is no mmap (WebAssembly) none of this holds, and this suite
 * is not built. */
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "testing.h"

#define OLD_BYTE 0xa5
#define NEW_BYTE 0x5a

typedef struct span {
    const uint8_t* lo;
    const uint8_t* hi;
} span;

/* The object's bytes, through a shared borrow (released at once: this is
 * the raw view kept too long). */
static span bytes_of(weaveheap_handle_t h) {
    weaveheap_view v = wh_view_of(h);
    return (span){v.data, v.data + v.length};
}

/* A buffer of `size` bytes, each OLD_BYTE or NEW_BYTE. */
static weaveheap_buffer_t filled(weaveheap_region_t r, uint64_t size, uint8_t byte) {
    weaveheap_error err = {0};
    weaveheap_buffer_t b = weaveheap_buffer_alloc(r, size, 16, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_view v = {0};
    weaveheap_borrow_t t = weaveheap_borrow_unique(b, &v, &err);
    EXPECT_OK(weaveheap_borrow_unique, &err);
    if (v.data) memset(v.data, byte, (size_t)v.length);
    weaveheap_borrow_release(t, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    return b;
}

/* Pages, not bytes: a chunk is mapped whole. */
static span pages_of(span s) {
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    return (span){(const uint8_t*)((uintptr_t)s.lo & ~(page - 1)),
                  (const uint8_t*)(((uintptr_t)s.hi + page - 1) & ~(page - 1))};
}

static bool overlaps(span a, span b) { return a.lo < b.hi && b.lo < a.hi; }

/* A destroyed region's chunks (three standard, one of its own) are not
 * handed to any of 1000 later regions (2000 chunks, within the bound of
 * 4096 ranges), whose objects are all checked against every page the
 * destroyed region's objects were on; bytes_reserved stays exact. */
static void destroyed_chunks_are_not_handed_out_again(void) {
    uint64_t held0 = weaveheap__test_quarantine(NULL, NULL);
    weaveheap_stats global0 = wh_global_stats();
    weaveheap_region_options o = {.chunk_size = 4096};
    weaveheap_region_t a = wh_region(&o);
    span old[64];
    size_t n = 0;
    for (int i = 0; i < 6; i++) old[n++] = pages_of(bytes_of(filled(a, 2000, OLD_BYTE))); /* two a chunk */
    old[n++] = pages_of(bytes_of(filled(a, 100000, OLD_BYTE)));                           /* its own */
    CHECK_EQ_U64(wh_region_stats(a).bytes_reserved, 3 * 4096 + 100000 + 16);
    wh_destroy(a);
    CHECK_EQ_U64(wh_global_stats().bytes_reserved, global0.bytes_reserved);
    uint64_t refused = 0;
    CHECK_EQ_U64(weaveheap__test_quarantine(NULL, &refused), held0 + 4);
    CHECK_EQ_U64(refused, 0);
    unsigned aliased = 0;
    for (int i = 0; i < 1000; i++) {
        weaveheap_region_t b = wh_region(&o);
        span small = bytes_of(filled(b, 2000, NEW_BYTE));
        span big = bytes_of(filled(b, 100000, NEW_BYTE));
        for (size_t k = 0; k < n; k++) aliased += overlaps(small, old[k]) + overlaps(big, old[k]);
        CHECK_EQ_U64(wh_region_stats(b).bytes_reserved, 4096 + 100000 + 16);
        wh_destroy(b);
    }
    CHECK_EQ_U64(aliased, 0);
    CHECK_EQ_U64(wh_global_stats().bytes_reserved, global0.bytes_reserved);
    CHECK_EQ_U64(weaveheap__test_quarantine(NULL, NULL), held0 + 4 + 2000);
}

/* What the child read before it died: nothing, if it faulted. */
typedef struct child {
    bool signalled;
    int signal;
    int status;
    ssize_t got; /* bytes the child wrote to the pipe */
    uint8_t byte;
} child;

/* Runs fn in a forked child that reports through `fd` what it read, and
 * returns how it ended. */
static child in_child(void (*fn)(int fd, const uint8_t* stale), const uint8_t* stale) {
    child c = {0};
    int fds[2];
    REQUIRE_TRUE(pipe(fds) == 0);
    pid_t pid = fork();
    REQUIRE_TRUE(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        /* die of the fault, whatever a sanitizer would do with it */
        signal(SIGSEGV, SIG_DFL);
        signal(SIGBUS, SIG_DFL);
        fn(fds[1], stale);
        _exit(0);
    }
    close(fds[1]);
    int status = 0;
    REQUIRE_TRUE(waitpid(pid, &status, 0) == pid);
    c.status = status;
    c.signalled = WIFSIGNALED(status);
    c.signal = c.signalled ? WTERMSIG(status) : 0;
    c.got = read(fds[0], &c.byte, 1);
    close(fds[0]);
    return c;
}

static void check_faulted(child c, const char* what) {
    wh_check(c.signalled && (c.signal == SIGSEGV || c.signal == SIGBUS), false, __FILE__, __LINE__,
             "%s: the child should die of SIGSEGV or SIGBUS (status 0x%x, signal %d; it read %zd byte(s): 0x%02x%s)",
             what, (unsigned)c.status, c.signal, c.got, c.byte,
             c.got == 1 && c.byte == NEW_BYTE ? ", a newer object's" : "");
    CHECK_EQ_I64(c.got, 0);
}

/* The stale pointer is read, the byte read sent to the parent. */
static void read_stale(int fd, const uint8_t* stale) {
    uint8_t b = *(const volatile uint8_t*)stale;
    if (write(fd, &b, 1) != 1) _exit(3);
}

/* The stale pointer is written (what was there before is reported). */
static void write_stale(int fd, const uint8_t* stale) {
    uint8_t b = *(volatile uint8_t*)stale;
    *(volatile uint8_t*)stale = OLD_BYTE;
    if (write(fd, &b, 1) != 1) _exit(3);
}

/* A raw pointer kept past its borrow and its region's destroy, used while
 * newer regions are filled (with malloc'd chunks they got the same
 * addresses at once): the read and the write fault. */
static void a_stale_access_after_destroy_faults(void) {
    weaveheap_region_t a = wh_region(NULL);
    span s = bytes_of(filled(a, 64, OLD_BYTE));
    span big = bytes_of(filled(a, 200000, OLD_BYTE)); /* a chunk of its own */
    wh_destroy(a);
    weaveheap_region_t b[8];
    for (int i = 0; i < 8; i++) {
        b[i] = wh_region(NULL);
        filled(b[i], 64, NEW_BYTE);
        filled(b[i], 60000, NEW_BYTE);
        filled(b[i], 200000, NEW_BYTE);
    }
    check_faulted(in_child(read_stale, s.lo), "reading a destroyed region's object");
    check_faulted(in_child(read_stale, big.lo + 1000), "reading a destroyed region's object with a chunk of its own");
    check_faulted(in_child(write_stale, s.lo + 8), "writing a destroyed region's object");
    for (int i = 0; i < 8; i++) wh_destroy(b[i]);
}

/* An object with a chunk of its own, released on its own while its region
 * lives: its chunk leaves the region, and a stale pointer into it faults. */
static void a_stale_access_after_release_of_an_own_chunk_faults(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_buffer_t big = filled(r, 300000, OLD_BYTE);
    span s = bytes_of(big);
    uint64_t reserved = wh_region_stats(r).bytes_reserved;
    weaveheap_buffer_release(big, &err);
    EXPECT_OK(weaveheap_buffer_release, &err);
    CHECK_EQ_U64(wh_region_stats(r).bytes_reserved, reserved - (300000 + 16));
    for (int i = 0; i < 4; i++) filled(r, 300000, NEW_BYTE);
    check_faulted(in_child(read_stale, s.lo + 4096), "reading a released object's own chunk");
    wh_destroy(r);
}

/* By default a reset keeps the region's chunks: a stale pointer reads the
 * region's newer objects (documented, docs/memory-model.md). Under
 * WEAVEHEAP_QUARANTINE_RESET a reset of a region that lent a view lets its
 * chunks go into the quarantine: the same read faults, bytes_reserved
 * drops to 0 and the next objects get a fresh chunk. */
static void reset_keeps_chunks_unless_quarantine_reset(void) {
    weaveheap_error err = {0};
    for (int on = 0; on < 2; on++) {
        weaveheap__test_quarantine_resets(on);
        weaveheap_region_t r = wh_region(NULL);
        span s = bytes_of(filled(r, 64, OLD_BYTE));
        uint64_t held = weaveheap__test_quarantine(NULL, NULL);
        weaveheap_region_reset(r, &err);
        EXPECT_OK(weaveheap_region_reset, &err);
        CHECK_EQ_U64(wh_region_stats(r).bytes_reserved, on ? 0 : WEAVEHEAP_DEFAULT_CHUNK_SIZE);
        CHECK_EQ_U64(weaveheap__test_quarantine(NULL, NULL), held + (on ? 1 : 0));
        span t = bytes_of(filled(r, 64, NEW_BYTE));
        CHECK_EQ_U64(wh_region_stats(r).bytes_reserved, WEAVEHEAP_DEFAULT_CHUNK_SIZE);
        if (on) {
            CHECK_TRUE(t.lo != s.lo);
            check_faulted(in_child(read_stale, s.lo), "reading a reset region's object (quarantine_reset)");
        } else {
            CHECK_EQ_PTR(t.lo, s.lo); /* the same bytes: the region's newer object */
            child c = in_child(read_stale, s.lo);
            CHECK_TRUE(!c.signalled);
            CHECK_EQ_I64(c.got, 1);
            CHECK_EQ_U64(c.byte, NEW_BYTE);
        }
        wh_destroy(r);
    }
    weaveheap__test_quarantine_resets(false);
}

/* The bound: the quarantine never holds more than its ranges; the oldest
 * leave first, unmapped. */
static void the_quarantine_is_bounded(void) {
    weaveheap__test_quarantine_limit(16);
    for (int i = 0; i < 40; i++) {
        weaveheap_region_t r = wh_region(NULL);
        bytes_of(filled(r, 64, NEW_BYTE)); /* lent */
        wh_destroy(r);
        CHECK_LE_U64(weaveheap__test_quarantine(NULL, NULL), 16);
    }
    uint64_t bytes = 0;
    CHECK_EQ_U64(weaveheap__test_quarantine(&bytes, NULL), 16);
    CHECK_LE_U64(bytes, 16 * (WEAVEHEAP_DEFAULT_CHUNK_SIZE + 2 * 4096));
    weaveheap__test_quarantine_limit(0);
}

static const wh_test tests[] = {
    {"a destroyed region's chunks are not handed out again", destroyed_chunks_are_not_handed_out_again},
    {"a stale access after destroy faults", a_stale_access_after_destroy_faults},
    {"a stale access after the release of an own chunk faults", a_stale_access_after_release_of_an_own_chunk_faults},
    {"a reset keeps its chunks, unless WEAVEHEAP_QUARANTINE_RESET", reset_keeps_chunks_unless_quarantine_reset},
    {"the quarantine is bounded", the_quarantine_is_bounded},
    {NULL, NULL},
};
const wh_suite wh_suite_quarantine = {"quarantine", tests};
