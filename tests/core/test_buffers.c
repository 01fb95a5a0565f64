/* Buffers: sizes, alignment, zeroing, write/read by copy and their ranges. */
#include <string.h>

#include "check.h"

static uint8_t* data_of(weaveheap_buffer_t b) { return wh_view_of(b).data; }

static void alloc_sizes_and_zeroing(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(&(weaveheap_region_options){.chunk_size = 4096});
    static const uint64_t sizes[] = {0, 1, 7, 16, 100, 2000, 2048, 4096, 100000};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        /* dirty the memory first, so that zeroing is what makes it zero */
        weaveheap_buffer_t dirty = weaveheap_buffer_alloc(r, sizes[i], 16, &err);
        EXPECT_OK(weaveheap_buffer_alloc, &err);
        weaveheap_view v;
        weaveheap_borrow_t t = weaveheap_borrow_unique(dirty, &v, &err);
        EXPECT_OK(weaveheap_borrow_unique, &err);
        memset(v.data, 0xee, v.length);
        weaveheap_borrow_release(t, &err);
        EXPECT_OK(weaveheap_borrow_release, &err);
        weaveheap_buffer_release(dirty, &err); /* the most recent: its bytes are reused at once */
        EXPECT_OK(weaveheap_buffer_release, &err);
        weaveheap_buffer_t b = weaveheap_buffer_alloc(r, sizes[i], 16, &err);
        EXPECT_OK(weaveheap_buffer_alloc, &err);
        CHECK_EQ_U64(weaveheap_buffer_size(b, &err), sizes[i]);
        EXPECT_OK(weaveheap_buffer_size, &err);
        t = weaveheap_borrow_shared(b, &v, &err);
        EXPECT_OK(weaveheap_borrow_shared, &err);
        CHECK_TRUE(v.data != NULL); /* an empty buffer still has an address */
        CHECK_EQ_U64(v.length, sizes[i]);
        uint64_t nonzero = 0;
        for (uint64_t k = 0; k < v.length; k++) nonzero += v.data[k] != 0;
        CHECK_EQ_U64(nonzero, 0);
        weaveheap_borrow_release(t, &err);
        EXPECT_OK(weaveheap_borrow_release, &err);
    }
    wh_destroy(r);
}

static void alignments_are_honoured(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(&(weaveheap_region_options){.chunk_size = 65536});
    for (uint64_t align = 1; align <= 4096; align *= 2) {
        for (int i = 0; i < 3; i++) { /* after objects of awkward sizes */
            weaveheap_buffer_alloc(r, 3, 1, &err);
            EXPECT_OK(weaveheap_buffer_alloc, &err);
            weaveheap_buffer_t b = weaveheap_buffer_alloc(r, 24 + i, align, &err);
            EXPECT_OK(weaveheap_buffer_alloc, &err);
            uint8_t* p = data_of(b);
            wh_check((uintptr_t)p % align == 0, false, __FILE__, __LINE__, "%p is aligned to %" PRIu64, (void*)p,
                     align);
        }
    }
    /* the largest alignment, for a small and for a large object */
    weaveheap_buffer_t b = weaveheap_buffer_alloc(r, 10, WEAVEHEAP_MAX_ALIGN, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    CHECK_EQ_U64((uintptr_t)data_of(b) % WEAVEHEAP_MAX_ALIGN, 0);
    b = weaveheap_buffer_alloc(r, 3 * WEAVEHEAP_MAX_ALIGN, WEAVEHEAP_MAX_ALIGN, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    CHECK_EQ_U64((uintptr_t)data_of(b) % WEAVEHEAP_MAX_ALIGN, 0);
    wh_destroy(r);
}

static void bad_alignments_and_sizes_rejected(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_buffer_t keep = weaveheap_buffer_alloc(r, 8, 8, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_stats before = wh_region_stats(r);
    static const uint64_t bad[] = {0, 3, 6, 12, 1000, WEAVEHEAP_MAX_ALIGN * 2, (uint64_t)1 << 21,
                                   UINT64_MAX, (uint64_t)1 << 63};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CHECK_EQ_HEX(weaveheap_buffer_alloc(r, 16, bad[i], &err), 0);
        char want[48];
        snprintf(want, sizeof want, "alignment %" PRIu64 " ", bad[i]);
        EXPECT_ERR_MSG(weaveheap_buffer_alloc, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, want);
    }
    static const uint64_t absurd[] = {WEAVEHEAP_MAX_SIZE + 1, UINT64_MAX, UINT64_MAX - 15, (uint64_t)1 << 63};
    for (size_t i = 0; i < sizeof absurd / sizeof absurd[0]; i++) {
        CHECK_EQ_HEX(weaveheap_buffer_alloc(r, absurd[i], 16, &err), 0);
        EXPECT_ERR_MSG(weaveheap_buffer_alloc, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "larger than the maximum");
    }
    weaveheap_stats after = wh_region_stats(r);
    CHECK_EQ_STATS(&after, &before);
    CHECK_EQ_U64(weaveheap_buffer_size(keep, &err), 8);
    EXPECT_OK(weaveheap_buffer_size, &err);
    wh_destroy(r);
}

static void write_and_read_by_copy(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_buffer_t b = weaveheap_buffer_alloc(r, 64, 16, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    uint8_t src[64];
    for (int i = 0; i < 64; i++) src[i] = (uint8_t)(i * 7 + 1);
    weaveheap_buffer_write(b, 0, src, 64, &err);
    EXPECT_OK(weaveheap_buffer_write, &err);
    weaveheap_buffer_write(b, 10, (const uint8_t*)"HELLO", 5, &err);
    EXPECT_OK(weaveheap_buffer_write, &err);
    memcpy(src + 10, "HELLO", 5);
    uint8_t dst[64] = {0};
    weaveheap_buffer_read(b, 0, dst, 64, &err);
    EXPECT_OK(weaveheap_buffer_read, &err);
    CHECK_EQ_MEM(dst, src, 64);
    uint8_t part[4];
    weaveheap_buffer_read(b, 60, part, 4, &err); /* up to the last byte */
    EXPECT_OK(weaveheap_buffer_read, &err);
    CHECK_EQ_MEM(part, src + 60, 4);
    /* the copy went into the buffer's own memory */
    CHECK_EQ_MEM(data_of(b), src, 64);
    /* empty copies, at the end and with NULL */
    weaveheap_buffer_write(b, 64, NULL, 0, &err);
    EXPECT_OK(weaveheap_buffer_write, &err);
    weaveheap_buffer_read(b, 64, NULL, 0, &err);
    EXPECT_OK(weaveheap_buffer_read, &err);
    weaveheap_buffer_read(b, 0, dst, 0, &err);
    EXPECT_OK(weaveheap_buffer_read, &err);
    wh_destroy(r);
}

static void write_and_read_ranges(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_buffer_t b = weaveheap_buffer_alloc(r, 16, 16, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_buffer_write(b, 0, (const uint8_t*)"0123456789abcdef", 16, &err);
    EXPECT_OK(weaveheap_buffer_write, &err);
    weaveheap_stats before = wh_region_stats(r);
    uint8_t big[32];
    memset(big, 'z', sizeof big);
    const struct {
        uint64_t offset, len;
    } out[] = {{0, 17}, {1, 16}, {16, 1}, {17, 0}, {UINT64_MAX, 1}, {1, UINT64_MAX}, {UINT64_MAX, 0},
               {8, UINT64_MAX - 7}};
    for (size_t i = 0; i < sizeof out / sizeof out[0]; i++) {
        uint64_t len = out[i].len;
        weaveheap_buffer_write(b, out[i].offset, big, len, &err);
        EXPECT_ERR_MSG(weaveheap_buffer_write, &err, WEAVEHEAP_ERR_OUT_OF_RANGE, "reach past its size 16");
        weaveheap_buffer_read(b, out[i].offset, big, len, &err);
        EXPECT_ERR_MSG(weaveheap_buffer_read, &err, WEAVEHEAP_ERR_OUT_OF_RANGE, "reach past its size 16");
    }
    /* NULL with a length */
    weaveheap_buffer_write(b, 0, NULL, 1, &err);
    EXPECT_ERR_MSG(weaveheap_buffer_write, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "NULL");
    weaveheap_buffer_read(b, 0, NULL, 1, &err);
    EXPECT_ERR_MSG(weaveheap_buffer_read, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "NULL");
    /* nothing was written or counted, and `big` was not written either */
    weaveheap_stats after = wh_region_stats(r);
    CHECK_EQ_STATS(&after, &before);
    uint8_t back[16];
    weaveheap_buffer_read(b, 0, back, 16, &err);
    EXPECT_OK(weaveheap_buffer_read, &err);
    CHECK_EQ_MEM(back, "0123456789abcdef", 16);
    uint8_t zs[32];
    memset(zs, 'z', sizeof zs);
    CHECK_EQ_MEM(big, zs, sizeof big);
    wh_destroy(r);
}

/* The owner writes only while nothing is borrowed, and reads only while no
 * unique borrow is out; a refused call changes nothing. */
static void owner_access_while_borrowed(void) {
    weaveheap_error err = {0};
    weaveheap_region_t r = wh_region(NULL);
    weaveheap_buffer_t b = weaveheap_buffer_alloc(r, 8, 8, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);
    weaveheap_buffer_write(b, 0, (const uint8_t*)"original", 8, &err);
    EXPECT_OK(weaveheap_buffer_write, &err);
    weaveheap_view v;
    weaveheap_borrow_t s = weaveheap_borrow_shared(b, &v, &err);
    EXPECT_OK(weaveheap_borrow_shared, &err);
    weaveheap_stats before = wh_region_stats(r);
    weaveheap_buffer_write(b, 0, (const uint8_t*)"XXXXXXXX", 8, &err);
    EXPECT_ERR_MSG(weaveheap_buffer_write, &err, WEAVEHEAP_ERR_BORROWED, "borrowed (1 shared)");
    weaveheap_buffer_release(b, &err);
    EXPECT_ERR_MSG(weaveheap_buffer_release, &err, WEAVEHEAP_ERR_BORROWED, "cannot be released");
    weaveheap_stats after = wh_region_stats(r);
    before.borrow_conflicts += 2;
    CHECK_EQ_STATS(&after, &before);
    CHECK_EQ_MEM(v.data, "original", 8);
    uint8_t back[8];
    weaveheap_buffer_read(b, 0, back, 8, &err); /* reading beside shared views is fine */
    EXPECT_OK(weaveheap_buffer_read, &err);
    CHECK_EQ_MEM(back, "original", 8);
    weaveheap_borrow_release(s, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);

    weaveheap_borrow_t u = weaveheap_borrow_unique(b, &v, &err);
    EXPECT_OK(weaveheap_borrow_unique, &err);
    memset(back, 0, sizeof back);
    weaveheap_buffer_read(b, 0, back, 8, &err);
    EXPECT_ERR_MSG(weaveheap_buffer_read, &err, WEAVEHEAP_ERR_BORROWED, "borrowed (unique)");
    CHECK_EQ_MEM(back, "\0\0\0\0\0\0\0\0", 8);
    weaveheap_buffer_write(b, 0, (const uint8_t*)"XXXXXXXX", 8, &err);
    EXPECT_ERR(weaveheap_buffer_write, &err, WEAVEHEAP_ERR_BORROWED);
    weaveheap_buffer_release(b, &err);
    EXPECT_ERR(weaveheap_buffer_release, &err, WEAVEHEAP_ERR_BORROWED);
    CHECK_EQ_MEM(v.data, "original", 8);
    weaveheap_borrow_release(u, &err);
    EXPECT_OK(weaveheap_borrow_release, &err);
    weaveheap_buffer_release(b, &err);
    EXPECT_OK(weaveheap_buffer_release, &err);
    wh_destroy(r);
}

static const wh_test tests[] = {
    {"alloc: sizes, empty buffers, zeroed memory", alloc_sizes_and_zeroing},
    {"alignments 1..4096 and max_align are honoured", alignments_are_honoured},
    {"bad alignments and absurd sizes are rejected", bad_alignments_and_sizes_rejected},
    {"write and read by copy", write_and_read_by_copy},
    {"write and read past the end are out_of_range", write_and_read_ranges},
    {"owner writes, reads and releases while borrowed", owner_access_while_borrowed},
    {NULL, NULL},
};
const wh_suite wh_suite_buffers = {"buffers", tests};
