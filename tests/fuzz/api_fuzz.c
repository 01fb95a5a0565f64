/* libFuzzer harness for the core's public C API.
 *
 * The input is read as a sequence of operations on a small pool of regions
 * (both kinds, with and without byte limits), objects (buffers, bytes,
 * strings) and borrow tokens: every allocation and borrow function,
 * releases, resets, destroys, reads, writes, dups, stats, counting on and
 * off, and handles that are stale, forged or bit-flipped, passed to every
 * function that takes one. An independent model of what must hold runs
 * beside it: each call's error code is predicted (or, where the core may
 * choose, bounded) and checked, and after every step the model is compared
 * with the core: each region's bytes_live, borrows_active and counters, the
 * process's stale_rejected, every object's contents and every live view's
 * bytes. Any difference aborts with a message (a crash to libFuzzer).
 *
 * tests/fuzz/README.md says how to build and run it; tests/fuzz/api.dict is
 * its dictionary, tests/fuzz/corpus/api/ its seed corpus. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "weaveheap.h"

#define REGIONS 4
#define OBJECTS 16
#define TOKENS 12
#define DEAD 16
#define MAX_OBJECT 70000u /* past a 64 KiB chunk's half: chunks of their own */

/* -- the input ---------------------------------------------------------------- */

typedef struct input {
    const uint8_t* p;
    size_t n;
} input;

static uint8_t u8(input* in) {
    if (!in->n) return 0;
    in->n--;
    return *in->p++;
}
static uint16_t u16(input* in) { return (uint16_t)(u8(in) | u8(in) << 8); }
static uint32_t u32(input* in) { return (uint32_t)u16(in) | (uint32_t)u16(in) << 16; }
static uint64_t u64(input* in) { return (uint64_t)u32(in) | (uint64_t)u32(in) << 32; }

/* -- failing ------------------------------------------------------------------ */

static unsigned step;

static void fail(const char* fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void fail(const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "api_fuzz: step %u: ", step);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n");
    va_end(ap);
    abort();
}

static const char* code_name(int32_t code) {
    switch (code) {
#define WH_NAME(name, value, id, text) \
    case value: return id;
        WEAVEHEAP_ERROR_CODES(WH_NAME)
#undef WH_NAME
    default: return "ok";
    }
}

/* Expected outcomes: a set of error codes (bit n: code n; bit 0: success). */
#define OK (1u << 0)
#define E(code) (1u << (code))
#define DEAD_HANDLE (E(WEAVEHEAP_ERR_STALE_HANDLE) | E(WEAVEHEAP_ERR_REUSED_HANDLE))
#define NOT_LIVE (DEAD_HANDLE | E(WEAVEHEAP_ERR_FORGED_HANDLE))
#define HANDLE_ERRORS (NOT_LIVE | E(WEAVEHEAP_ERR_WRONG_KIND))

static void expect(const char* what, weaveheap_error* err, uint32_t allowed) {
    uint32_t got = err->code >= 0 && err->code < 32 ? 1u << err->code : 0;
    if (!(got & allowed)) {
        char list[256] = "";
        for (int c = 0; c < 32; c++)
            if (allowed & (1u << c)) {
                strncat(list, " ", sizeof list - strlen(list) - 1);
                strncat(list, c ? code_name(c) : "ok", sizeof list - strlen(list) - 1);
            }
        fail("%s: got %s (%s), expected one of:%s", what, err->code ? code_name(err->code) : "ok",
             err->message ? err->message : "", list);
    }
    if (err->code && (!err->message || !err->message[0])) fail("%s: an error without a message", what);
    if (!err->code && err->message) fail("%s: a success with a message", what);
}

/* -- the model ------------------------------------------------------------------ */

typedef struct m_region {
    bool live;
    weaveheap_region_t h;
    bool thread_safe;
    uint64_t chunk_size, byte_limit;
    /* the byte limit's count lies in [live, live + released since the reset]:
     * a release gives its bytes back at once or at the reset, as the core
     * finds (most recent allocation, chunk of its own) */
    uint64_t bytes_live, released;
    int last;        /* the object allocated last, if nothing was allocated since: -1 */
    uint64_t borrows_active;
    weaveheap_stats counted; /* allocations, releases, bytes_allocated, borrows_taken,
                                borrow_conflicts, copies, copy_bytes */
} m_region;

typedef struct m_object {
    bool live;
    weaveheap_handle_t h;
    int region;
    unsigned kind;      /* WEAVEHEAP_HANDLE_KIND_BUFFER, _BYTES or _STRING */
    uint64_t size;      /* length; a string's NUL is not counted */
    uint64_t align;
    uint8_t* bytes;     /* what it holds */
    int shared;         /* shared borrows out */
    bool unique;        /* the unique borrow is out */
} m_object;

typedef struct m_token {
    bool live;
    weaveheap_borrow_t h;
    int object;
    bool unique;
    weaveheap_view view;
} m_token;

static m_region regions[REGIONS];
static m_object objects[OBJECTS];
static m_token tokens[TOKENS];
static weaveheap_handle_t dead[DEAD]; /* handles that named something once */
static unsigned ndead;
static bool counting = true;
static uint64_t stale_rejected; /* the process's count, as the model sees it */

static void bury(weaveheap_handle_t h) { dead[ndead++ % DEAD] = h; }

/* A handle is never issued twice: a new one is none of the dead ones. */
static void check_new(weaveheap_handle_t h) {
    for (int i = 0; i < DEAD; i++)
        if (dead[i] && dead[i] == h) fail("handle 0x%016llx issued again", (unsigned long long)h);
}

static uint64_t object_bytes(const m_object* o) { return o->size + (o->kind == WEAVEHEAP_HANDLE_KIND_STRING); }

static void count(m_region* r, uint64_t* field, uint64_t n) {
    (void)r;
    if (counting) *field += n;
}

static weaveheap_stats core_stats(weaveheap_region_t h) {
    weaveheap_stats s;
    weaveheap_error err = {0};
    weaveheap_region_stats(h, &s, &err);
    if (err.code) fail("region_stats of a live region: %s", err.message);
    return s;
}

static uint64_t core_stale_rejected(void) {
    weaveheap_stats s;
    weaveheap_stats_global(&s, NULL);
    return s.stale_rejected;
}

/* What a handle is in the model: a live region (index), object or token. */
typedef struct found {
    enum { F_NONE, F_REGION, F_OBJECT, F_TOKEN } what;
    int i;
} found;

static found find(weaveheap_handle_t h) {
    for (int i = 0; i < REGIONS; i++)
        if (regions[i].live && regions[i].h == h) return (found){F_REGION, i};
    for (int i = 0; i < OBJECTS; i++)
        if (objects[i].live && objects[i].h == h) return (found){F_OBJECT, i};
    for (int i = 0; i < TOKENS; i++)
        if (tokens[i].live && tokens[i].h == h) return (found){F_TOKEN, i};
    return (found){F_NONE, 0};
}

static unsigned kind_of(found f) {
    switch (f.what) {
    case F_REGION: return WEAVEHEAP_HANDLE_KIND_REGION;
    case F_OBJECT: return objects[f.i].kind;
    case F_TOKEN: return WEAVEHEAP_HANDLE_KIND_BORROW;
    default: return WEAVEHEAP_HANDLE_KIND_NONE;
    }
}

/* The outcome of checking handle h for a function taking `kinds` (bits by
 * kind): OK if it is live and of one of them, else its error(s). A refused
 * handle counts once in stale_rejected. */
static uint32_t handle_outcome(weaveheap_handle_t h, unsigned kinds) {
    found f = find(h);
    if (f.what == F_NONE) return NOT_LIVE;
    return (kinds >> kind_of(f)) & 1 ? OK : E(WEAVEHEAP_ERR_WRONG_KIND);
}

static void note_rejection(weaveheap_error* err) {
    if (err->code >= WEAVEHEAP_ERR_STALE_HANDLE && err->code <= WEAVEHEAP_ERR_WRONG_KIND) stale_rejected++;
}

#define K(kind) (1u << WEAVEHEAP_HANDLE_KIND_##kind)
#define MEMORY_KINDS (K(BUFFER) | K(BYTES) | K(STRING))
#define OBJECT_KINDS (MEMORY_KINDS | K(BORROW))

/* RFC 3629 UTF-8, written here from the RFC, not taken from the core. */
static bool utf8_valid(const uint8_t* s, size_t n) {
    size_t i = 0;
    while (i < n) {
        uint8_t c = s[i];
        size_t len;
        uint32_t cp;
        if (c < 0x80) {
            i++;
            continue;
        } else if ((c & 0xe0) == 0xc0) {
            len = 2, cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            len = 3, cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            len = 4, cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n) return false;
        for (size_t k = 1; k < len; k++) {
            if ((s[i + k] & 0xc0) != 0x80) return false;
            cp = cp << 6 | (s[i + k] & 0x3f);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000)) return false;
        if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
        i += len;
    }
    return true;
}

/* -- the comparison after every step ---------------------------------------------- */

static void compare(void) {
    for (int i = 0; i < REGIONS; i++) {
        m_region* r = &regions[i];
        if (!r->live) continue;
        weaveheap_stats s = core_stats(r->h);
        const weaveheap_stats* m = &r->counted;
#define SAME(field, want)                                                                                   \
    if (s.field != (want))                                                                                  \
        fail("region %d: " #field " is %llu, the model says %llu", i, (unsigned long long)s.field,         \
             (unsigned long long)(want))
        SAME(bytes_live, r->bytes_live);
        SAME(borrows_active, r->borrows_active);
        SAME(allocations, m->allocations);
        SAME(releases, m->releases);
        SAME(bytes_allocated, m->bytes_allocated);
        SAME(borrows_taken, m->borrows_taken);
        SAME(borrow_conflicts, m->borrow_conflicts);
        SAME(copies, m->copies);
        SAME(copy_bytes, m->copy_bytes);
#undef SAME
        if (counting && s.bytes_peak < s.bytes_live) fail("region %d: bytes_peak below bytes_live", i);
    }
    uint64_t sr = core_stale_rejected();
    if (sr != stale_rejected)
        fail("stale_rejected is %llu, the model says %llu", (unsigned long long)sr, (unsigned long long)stale_rejected);
    for (int i = 0; i < TOKENS; i++) {
        m_token* t = &tokens[i];
        if (!t->live) continue;
        m_object* o = &objects[t->object];
        if (t->view.length != o->size || !t->view.data) fail("token %d: its view has the wrong length", i);
        if (o->size && memcmp(t->view.data, o->bytes, o->size) != 0) fail("token %d: its view shows other bytes", i);
        if (o->kind == WEAVEHEAP_HANDLE_KIND_STRING && t->view.data[o->size] != 0)
            fail("token %d: the string's NUL is gone", i);
    }
}

/* -- picking ------------------------------------------------------------------------ */

static int pick_region(input* in) { return u8(in) % REGIONS; }

/* Some handle: a live one of the pool, a dead one, a forged one, or one of
 * these with a bit flipped. */
static weaveheap_handle_t pick_handle(input* in) {
    uint8_t how = u8(in);
    weaveheap_handle_t h;
    switch (how % 8) {
    case 0: h = regions[u8(in) % REGIONS].h; break;
    case 1: case 2: h = objects[u8(in) % OBJECTS].h; break;
    case 3: h = tokens[u8(in) % TOKENS].h; break;
    case 4: h = dead[u8(in) % DEAD]; break;
    case 5: h = u64(in); break; /* forged */
    default: {                  /* a bit flipped in some handle */
        weaveheap_handle_t base = objects[u8(in) % OBJECTS].h;
        if (!base) base = regions[u8(in) % REGIONS].h;
        h = base ^ (1ull << (u8(in) % 64));
        break;
    }
    }
    return h;
}

static int free_object(void) {
    for (int i = 0; i < OBJECTS; i++)
        if (!objects[i].live) return i;
    return -1;
}

static int free_token(void) {
    for (int i = 0; i < TOKENS; i++)
        if (!tokens[i].live) return i;
    return -1;
}

static uint64_t pick_size(input* in) {
    uint8_t c = u8(in);
    switch (c % 8) {
    case 0: case 1: case 2: return c / 8 % 65;      /* the fast path's sizes */
    case 3: case 4: return u16(in) % 4097;
    case 5: /* chunks of their own in a 64 KiB-chunk region, now and then */
        return c % 64 == 5 ? 30000 + u16(in) % (MAX_OBJECT - 30000) : 200 + u16(in) % 3000;
    case 6: return u8(in) % 300;
    default: return c % 17;
    }
}

/* -- the operations ------------------------------------------------------------------- */

static void op_region_create(input* in) {
    int i = pick_region(in);
    if (regions[i].live) return;
    static const uint64_t chunks[] = {0, 256, 1024, 4096, 65536, 1, 255, WEAVEHEAP_MAX_SIZE + 1};
    static const uint64_t limits[] = {0, 0, 1000, 5000, 50000, 200000};
    uint8_t c = u8(in);
    weaveheap_region_options o = {.chunk_size = chunks[c % 8], .byte_limit = limits[(c >> 3) % 6],
                                  .thread_safe = (c >> 6) & 1};
    weaveheap_error err = {0};
    weaveheap_region_t h = weaveheap_region_create(&o, &err);
    bool bad = o.chunk_size && (o.chunk_size < 256 || o.chunk_size > WEAVEHEAP_MAX_SIZE);
    expect("region_create", &err, bad ? E(WEAVEHEAP_ERR_INVALID_ARGUMENT) : OK);
    weaveheap_error_clear(&err);
    if (bad) {
        if (h) fail("region_create refused but returned a handle");
        return;
    }
    check_new(h);
    regions[i] = (m_region){.live = true, .h = h, .thread_safe = o.thread_safe, .last = -1,
                            .chunk_size = o.chunk_size ? o.chunk_size : WEAVEHEAP_DEFAULT_CHUNK_SIZE,
                            .byte_limit = o.byte_limit};
}

/* Everything of region i goes: objects stale, and (destroy) the region. */
static void forget_region_objects(int i) {
    for (int k = 0; k < OBJECTS; k++)
        if (objects[k].live && objects[k].region == i) {
            objects[k].live = false;
            free(objects[k].bytes);
            objects[k].bytes = NULL;
            bury(objects[k].h);
        }
    regions[i].bytes_live = regions[i].released = 0;
    regions[i].last = -1;
}

static void op_region_reset_or_destroy(input* in, bool destroy) {
    weaveheap_handle_t h = u8(in) % 4 ? regions[pick_region(in)].h : pick_handle(in);
    found f = find(h);
    uint32_t want;
    if (f.what == F_REGION) want = regions[f.i].borrows_active ? E(WEAVEHEAP_ERR_BORROWED) : OK;
    else want = handle_outcome(h, K(REGION));
    weaveheap_error err = {0};
    if (destroy) weaveheap_region_destroy(h, &err);
    else weaveheap_region_reset(h, &err);
    expect(destroy ? "region_destroy" : "region_reset", &err, want);
    note_rejection(&err);
    if (err.code == WEAVEHEAP_ERR_BORROWED) count(&regions[f.i], &regions[f.i].counted.borrow_conflicts, 1);
    if (!err.code) {
        forget_region_objects(f.i);
        if (destroy) {
            regions[f.i].live = false;
            bury(h);
        }
    }
    weaveheap_error_clear(&err);
}

/* A new object of `bytes` bytes in region handle h: the expected outcome
 * once the arguments are fine. */
static uint32_t alloc_outcome(weaveheap_handle_t h, uint64_t bytes, int* ri) {
    found f = find(h);
    *ri = f.what == F_REGION ? f.i : -1;
    if (f.what != F_REGION) return handle_outcome(h, K(REGION));
    m_region* r = &regions[f.i];
    if (!r->byte_limit) return OK;
    if (bytes > r->byte_limit || r->bytes_live > r->byte_limit - bytes) return E(WEAVEHEAP_ERR_OUT_OF_MEMORY);
    if (r->bytes_live + r->released + bytes <= r->byte_limit) return OK;
    return OK | E(WEAVEHEAP_ERR_OUT_OF_MEMORY); /* depends on what was given back at once */
}

static void made(int ri, unsigned kind, weaveheap_handle_t h, const uint8_t* data, uint64_t size, uint64_t align,
                 bool copied) {
    int k = free_object();
    m_region* r = &regions[ri];
    uint64_t bytes = size + (kind == WEAVEHEAP_HANDLE_KIND_STRING);
    r->bytes_live += bytes;
    count(r, &r->counted.allocations, 1);
    count(r, &r->counted.bytes_allocated, bytes);
    if (copied) {
        count(r, &r->counted.copies, 1);
        count(r, &r->counted.copy_bytes, size);
    }
    if (k < 0) fail("no room for an object: the caller checks");
    m_object* o = &objects[k];
    *o = (m_object){.live = true, .h = h, .region = ri, .kind = kind, .size = size, .align = align};
    r->last = k;
    o->bytes = calloc(1, size + 1);
    if (!o->bytes) abort();
    if (data) memcpy(o->bytes, data, size);
    if (!h || (h >> 60) != kind) fail("a new object's handle 0x%016llx is not of kind %u", (unsigned long long)h, kind);
    check_new(h);
}

static void op_buffer_alloc(input* in) {
    if (free_object() < 0) return;
    weaveheap_handle_t h = u8(in) % 8 ? regions[pick_region(in)].h : pick_handle(in);
    uint64_t size = pick_size(in);
    uint8_t a = u8(in);
    uint64_t align = a % 16 == 15 ? (a % 3 == 0 ? 0 : a % 3 == 1 ? 3 : (uint64_t)1 << 21) : (uint64_t)1 << (a % 13);
    if (u8(in) % 32 == 0) size = WEAVEHEAP_MAX_SIZE + 1 + u8(in);
    uint32_t want;
    int ri = -1;
    if (align == 0 || (align & (align - 1)) || align > WEAVEHEAP_MAX_ALIGN) want = E(WEAVEHEAP_ERR_INVALID_ARGUMENT);
    else if (size > WEAVEHEAP_MAX_SIZE) want = E(WEAVEHEAP_ERR_INVALID_ARGUMENT);
    else want = alloc_outcome(h, size, &ri);
    weaveheap_error err = {0};
    weaveheap_buffer_t b = weaveheap_buffer_alloc(h, size, align, &err);
    expect("buffer_alloc", &err, want);
    note_rejection(&err);
    if (err.code) {
        if (b) fail("buffer_alloc failed but returned a handle");
    } else {
        made(ri, WEAVEHEAP_HANDLE_KIND_BUFFER, b, NULL, size, align, false);
        /* zeroed, and aligned: look through a view */
        weaveheap_view v;
        weaveheap_borrow_t t = weaveheap_borrow_shared(b, &v, &err);
        expect("borrow_shared of a new buffer", &err, OK);
        static const uint8_t zeros[MAX_OBJECT];
        if ((uintptr_t)v.data % align) fail("buffer not aligned to %llu", (unsigned long long)align);
        if (size && memcmp(v.data, zeros, size) != 0) fail("a new buffer is not zeroed");
        weaveheap_borrow_release(t, &err);
        expect("borrow_release", &err, OK);
        count(&regions[ri], &regions[ri].counted.borrows_taken, 1);
    }
    weaveheap_error_clear(&err);
}

static void op_bytes_or_string_create(input* in, bool string) {
    if (free_object() < 0) return;
    weaveheap_handle_t h = u8(in) % 8 ? regions[pick_region(in)].h : pick_handle(in);
    uint64_t size = pick_size(in);
    uint8_t* data = malloc(size + 1);
    if (!data) abort();
    uint8_t how = u8(in);
    /* from the input while it lasts (at most 256 bytes), then a pattern */
    uint64_t taken = size < in->n ? size : in->n;
    if (taken > 256) taken = 256;
    memcpy(data, in->p, taken);
    in->p += taken, in->n -= taken;
    memset(data + taken, how % 2 ? 'a' + how % 26 : how, size - taken);
    bool null = how % 29 == 0 && size;
    uint32_t want;
    int ri = -1;
    if (null) want = E(WEAVEHEAP_ERR_INVALID_ARGUMENT);
    else if (string && !utf8_valid(data, size)) want = E(WEAVEHEAP_ERR_INVALID_UTF8);
    else want = alloc_outcome(h, size + string, &ri);
    weaveheap_error err = {0};
    weaveheap_handle_t o = string ? weaveheap_string_create(h, null ? NULL : data, size, &err)
                                  : weaveheap_bytes_create(h, null ? NULL : data, size, &err);
    expect(string ? "string_create" : "bytes_create", &err, want);
    note_rejection(&err);
    if (!err.code)
        made(ri, string ? WEAVEHEAP_HANDLE_KIND_STRING : WEAVEHEAP_HANDLE_KIND_BYTES, o, data, size, 1, true);
    else if (o) fail("create failed but returned a handle");
    weaveheap_error_clear(&err);
    free(data);
}

/* The live object named by h, or NULL. */
static m_object* object_of(weaveheap_handle_t h) {
    found f = find(h);
    return f.what == F_OBJECT ? &objects[f.i] : NULL;
}

static weaveheap_handle_t some_object_handle(input* in) {
    return u8(in) % 4 ? objects[u8(in) % OBJECTS].h : pick_handle(in);
}

static void op_release(input* in) {
    weaveheap_handle_t h = some_object_handle(in);
    unsigned as = 2 + u8(in) % 3; /* which kind's release is called */
    uint32_t want = handle_outcome(h, 1u << as);
    m_object* o = object_of(h);
    if (want == OK && (o->shared || o->unique)) want = E(WEAVEHEAP_ERR_BORROWED);
    weaveheap_error err = {0};
    uint64_t reserved = o ? core_stats(regions[o->region].h).bytes_reserved : 0;
    switch (as) {
    case WEAVEHEAP_HANDLE_KIND_BUFFER: weaveheap_buffer_release(h, &err); break;
    case WEAVEHEAP_HANDLE_KIND_BYTES: weaveheap_bytes_release(h, &err); break;
    default: weaveheap_string_release(h, &err); break;
    }
    expect("release", &err, want);
    note_rejection(&err);
    if (err.code == WEAVEHEAP_ERR_BORROWED) count(&regions[o->region], &regions[o->region].counted.borrow_conflicts, 1);
    if (!err.code) {
        m_region* r = &regions[o->region];
        uint64_t bytes = object_bytes(o), now = core_stats(r->h).bytes_reserved;
        /* given back at once: a chunk of its own (bytes_reserved drops by it),
         * or the most recent allocation when it was surely bumped (no larger
         * than half a chunk with its alignment) */
        bool own_chunk = now < reserved;
        if (own_chunk && reserved - now != bytes + o->align)
            fail("a chunk of its own went back with %llu bytes reserved for %llu", (unsigned long long)(reserved - now),
                 (unsigned long long)bytes);
        bool most_recent = r->last == (int)(o - objects) && bytes + o->align <= r->chunk_size / 2;
        r->bytes_live -= bytes;
        if (!own_chunk && !most_recent) r->released += bytes;
        r->last = -1;
        count(r, &r->counted.releases, 1);
        o->live = false;
        free(o->bytes);
        o->bytes = NULL;
        bury(h);
    }
    weaveheap_error_clear(&err);
}

static void op_buffer_write(input* in) {
    weaveheap_handle_t h = some_object_handle(in);
    m_object* o = object_of(h);
    uint64_t offset = u8(in) % 8 == 0 ? u64(in) : u16(in) % (o && o->size ? o->size + 2 : 64);
    uint64_t len = u8(in) % 8 == 0 ? u64(in) % ((uint64_t)1 << 40) : u16(in) % 300;
    bool null = u8(in) % 31 == 0 && len;
    uint64_t have = len < 300 ? len : 0; /* bytes data holds: a longer len is always refused */
    uint8_t* data = malloc(have + 1);
    if (!data) abort();
    for (uint64_t k = 0; k < have; k++) data[k] = u8(in);
    uint32_t want;
    if (null) want = E(WEAVEHEAP_ERR_INVALID_ARGUMENT);
    else if ((want = handle_outcome(h, K(BUFFER))) == OK) {
        if (o->shared || o->unique) want = E(WEAVEHEAP_ERR_BORROWED);
        else if (offset > o->size || len > o->size - offset) want = E(WEAVEHEAP_ERR_OUT_OF_RANGE);
    }
    weaveheap_error err = {0};
    /* a length past what data holds is only passed where the core refuses it before reading */
    if (len >= 300 && want == OK) want = E(WEAVEHEAP_ERR_OUT_OF_RANGE), len = o->size + 1;
    weaveheap_buffer_write(h, offset, null ? NULL : data, len, &err);
    expect("buffer_write", &err, want);
    note_rejection(&err);
    if (err.code == WEAVEHEAP_ERR_BORROWED) count(&regions[o->region], &regions[o->region].counted.borrow_conflicts, 1);
    if (!err.code) {
        memcpy(o->bytes + offset, data, len);
        count(&regions[o->region], &regions[o->region].counted.copies, 1);
        count(&regions[o->region], &regions[o->region].counted.copy_bytes, len);
    }
    weaveheap_error_clear(&err);
    free(data);
}

static void op_buffer_read(input* in) {
    weaveheap_handle_t h = some_object_handle(in);
    m_object* o = object_of(h);
    uint64_t offset = u8(in) % 8 == 0 ? u64(in) : u16(in) % (o && o->size ? o->size + 2 : 64);
    uint64_t len = u16(in) % 600;
    bool null = u8(in) % 31 == 0 && len;
    uint8_t* dst = malloc(len + 1);
    if (!dst) abort();
    memset(dst, 0xee, len + 1);
    uint32_t want;
    if (null) want = E(WEAVEHEAP_ERR_INVALID_ARGUMENT);
    else if ((want = handle_outcome(h, K(BUFFER))) == OK) {
        if (o->unique) want = E(WEAVEHEAP_ERR_BORROWED);
        else if (offset > o->size || len > o->size - offset) want = E(WEAVEHEAP_ERR_OUT_OF_RANGE);
    }
    weaveheap_error err = {0};
    weaveheap_buffer_read(h, offset, null ? NULL : dst, len, &err);
    expect("buffer_read", &err, want);
    note_rejection(&err);
    if (err.code == WEAVEHEAP_ERR_BORROWED) count(&regions[o->region], &regions[o->region].counted.borrow_conflicts, 1);
    if (!err.code) {
        if (memcmp(dst, o->bytes + offset, len) != 0) fail("buffer_read gave other bytes than were written");
        count(&regions[o->region], &regions[o->region].counted.copies, 1);
        count(&regions[o->region], &regions[o->region].counted.copy_bytes, len);
    } else {
        for (uint64_t k = 0; k < len; k++)
            if (dst[k] != 0xee) fail("a refused buffer_read wrote into dst");
    }
    weaveheap_error_clear(&err);
    free(dst);
}

static void op_size_and_dup(input* in) {
    weaveheap_handle_t h = some_object_handle(in);
    m_object* o = object_of(h);
    weaveheap_error err = {0};
    switch (u8(in) % 6) {
    case 0: case 1: case 2: { /* buffer_size, bytes_length, string_length */
        unsigned as = 2 + u8(in) % 3;
        uint32_t want = handle_outcome(h, 1u << as);
        uint64_t n = as == WEAVEHEAP_HANDLE_KIND_BUFFER ? weaveheap_buffer_size(h, &err)
                     : as == WEAVEHEAP_HANDLE_KIND_BYTES ? weaveheap_bytes_length(h, &err)
                                                         : weaveheap_string_length(h, &err);
        expect("size", &err, want);
        note_rejection(&err);
        if (!err.code && n != o->size) fail("size %llu, the model says %llu", (unsigned long long)n,
                                           (unsigned long long)o->size);
        if (err.code && n) fail("a refused size returned %llu", (unsigned long long)n);
        break;
    }
    case 3: case 4: { /* bytes_dup */
        bool null = u8(in) % 16 == 0;
        uint32_t want = null ? E(WEAVEHEAP_ERR_INVALID_ARGUMENT) : handle_outcome(h, K(BYTES));
        if (want == OK && o->unique) want = E(WEAVEHEAP_ERR_BORROWED);
        uint64_t n = 7;
        uint8_t* copy = weaveheap_bytes_dup(h, null ? NULL : &n, &err);
        expect("bytes_dup", &err, want);
        note_rejection(&err);
        if (err.code == WEAVEHEAP_ERR_BORROWED) count(&regions[o->region], &regions[o->region].counted.borrow_conflicts, 1);
        if (!err.code) {
            if (!copy || n != o->size || memcmp(copy, o->bytes, n) != 0) fail("bytes_dup gave other bytes");
            count(&regions[o->region], &regions[o->region].counted.copies, 1);
            count(&regions[o->region], &regions[o->region].counted.copy_bytes, n);
        } else if (copy || n != 7) {
            fail("a refused bytes_dup returned something");
        }
        weaveheap_free_bytes(copy, n);
        break;
    }
    default: { /* string_dup */
        uint32_t want = handle_outcome(h, K(STRING));
        if (want == OK && o->unique) want = E(WEAVEHEAP_ERR_BORROWED);
        char* copy = weaveheap_string_dup(h, &err);
        expect("string_dup", &err, want);
        note_rejection(&err);
        if (err.code == WEAVEHEAP_ERR_BORROWED) count(&regions[o->region], &regions[o->region].counted.borrow_conflicts, 1);
        if (!err.code) {
            if (!copy || memcmp(copy, o->bytes, o->size) != 0 || copy[o->size]) fail("string_dup gave other text");
            count(&regions[o->region], &regions[o->region].counted.copies, 1);
            count(&regions[o->region], &regions[o->region].counted.copy_bytes, o->size);
        } else if (copy) {
            fail("a refused string_dup returned something");
        }
        weaveheap_free_string(copy);
        break;
    }
    }
    weaveheap_error_clear(&err);
}

static void op_borrow(input* in) {
    int ti = free_token();
    if (ti < 0) return;
    weaveheap_handle_t h = some_object_handle(in);
    uint8_t c = u8(in);
    bool unique = c & 1, null = c % 37 == 0;
    m_object* o = object_of(h);
    uint32_t want = null ? E(WEAVEHEAP_ERR_INVALID_ARGUMENT) : handle_outcome(h, MEMORY_KINDS);
    if (want == OK && (o->unique || (unique && o->shared))) want = E(WEAVEHEAP_ERR_BORROW_CONFLICT);
    weaveheap_error err = {0};
    weaveheap_view v = {(uint8_t*)&v, 12345, true};
    weaveheap_view before = v;
    weaveheap_borrow_t t = unique ? weaveheap_borrow_unique(h, null ? NULL : &v, &err)
                                  : weaveheap_borrow_shared(h, null ? NULL : &v, &err);
    expect(unique ? "borrow_unique" : "borrow_shared", &err, want);
    note_rejection(&err);
    if (err.code == WEAVEHEAP_ERR_BORROW_CONFLICT)
        count(&regions[o->region], &regions[o->region].counted.borrow_conflicts, 1);
    if (!err.code) {
        m_region* r = &regions[o->region];
        if (!t || (t >> 60) != WEAVEHEAP_HANDLE_KIND_BORROW) fail("a borrow returned no token");
        if (v.writable != (unique && o->kind == WEAVEHEAP_HANDLE_KIND_BUFFER)) fail("a view's writable is wrong");
        check_new(t);
        tokens[ti] = (m_token){.live = true, .h = t, .object = (int)(o - objects), .unique = unique, .view = v};
        if (unique) o->unique = true;
        else o->shared++;
        r->borrows_active++;
        count(r, &r->counted.borrows_taken, 1);
    } else {
        if (t) fail("a refused borrow returned a token");
        if (memcmp(&v, &before, sizeof v) != 0) fail("a refused borrow changed the view");
    }
    weaveheap_error_clear(&err);
}

static void op_borrow_release(input* in) {
    int ti = u8(in) % TOKENS;
    weaveheap_handle_t h = u8(in) % 4 ? tokens[ti].h : pick_handle(in);
    uint32_t want = handle_outcome(h, K(BORROW));
    found f = find(h);
    weaveheap_error err = {0};
    weaveheap_borrow_release(h, &err);
    expect("borrow_release", &err, want);
    note_rejection(&err);
    if (!err.code) {
        m_token* t = &tokens[f.i];
        m_object* o = &objects[t->object];
        if (t->unique) o->unique = false;
        else o->shared--;
        regions[o->region].borrows_active--;
        t->live = false;
        bury(h);
    }
    weaveheap_error_clear(&err);
}

/* A write through a unique view of a buffer: seen by the model too. */
static void op_write_through_view(input* in) {
    int ti = u8(in) % TOKENS;
    m_token* t = &tokens[ti];
    if (!t->live || !t->view.writable || !t->view.length) return;
    uint64_t at = u16(in) % t->view.length;
    uint64_t n = u8(in) % (t->view.length - at + 1);
    for (uint64_t k = 0; k < n; k++) t->view.data[at + k] = u8(in);
    memcpy(objects[t->object].bytes + at, t->view.data + at, n);
}

static void op_kind_of(input* in) {
    weaveheap_handle_t h = pick_handle(in);
    found f = find(h);
    weaveheap_error err = {0};
    weaveheap_handle_kind k = weaveheap_handle_kind_of(h, &err);
    expect("handle_kind_of", &err, f.what == F_NONE ? NOT_LIVE : OK);
    note_rejection(&err);
    if ((unsigned)k != kind_of(f)) fail("handle_kind_of says %d, the model %u", (int)k, kind_of(f));
    weaveheap_error_clear(&err);
}

static void op_stats(input* in) {
    uint8_t c = u8(in);
    weaveheap_error err = {0};
    if (c % 4 == 0) { /* counting off or on */
        counting = c & 16;
        weaveheap_stats_set_enabled(counting);
        if (weaveheap_stats_enabled() != counting) fail("stats_enabled is not what was set");
        return;
    }
    weaveheap_handle_t h = c % 4 == 1 ? pick_handle(in) : regions[pick_region(in)].h;
    bool null = c % 64 == 2;
    uint32_t want = null ? E(WEAVEHEAP_ERR_INVALID_ARGUMENT) : handle_outcome(h, K(REGION));
    weaveheap_stats s;
    memset(&s, 0xab, sizeof s);
    weaveheap_stats before = s;
    weaveheap_region_stats(h, null ? NULL : &s, &err);
    expect("region_stats", &err, want);
    note_rejection(&err);
    if (err.code && memcmp(&s, &before, sizeof s) != 0) fail("a refused region_stats wrote its out");
    weaveheap_error_clear(&err);
}

/* Everything the input left live is taken down, so that nothing leaks into
 * the next input (and LeakSanitizer sees every allocation freed). */
static void teardown(void) {
    weaveheap_error err = {0};
    for (int i = 0; i < TOKENS; i++)
        if (tokens[i].live) {
            weaveheap_borrow_release(tokens[i].h, &err);
            expect("borrow_release at the end", &err, OK);
            tokens[i].live = false;
        }
    for (int i = 0; i < REGIONS; i++)
        if (regions[i].live) {
            weaveheap_region_destroy(regions[i].h, &err);
            expect("region_destroy at the end", &err, OK);
            regions[i].live = false;
        }
    for (int i = 0; i < OBJECTS; i++) {
        free(objects[i].bytes);
        objects[i] = (m_object){0};
    }
    memset(tokens, 0, sizeof tokens);
    memset(regions, 0, sizeof regions);
    memset(dead, 0, sizeof dead);
    ndead = 0;
    if (!counting) weaveheap_stats_set_enabled(true);
    counting = true;
}

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    input in = {data, size};
    stale_rejected = core_stale_rejected();
    for (step = 0; in.n; step++) {
        switch (u8(&in) % 19) {
        case 0: case 1: op_region_create(&in); break;
        case 2: op_region_reset_or_destroy(&in, false); break;
        case 3: op_region_reset_or_destroy(&in, true); break;
        case 4: case 5: op_buffer_alloc(&in); break;
        case 6: op_bytes_or_string_create(&in, false); break;
        case 7: op_bytes_or_string_create(&in, true); break;
        case 8: case 9: op_release(&in); break;
        case 10: op_buffer_write(&in); break;
        case 11: op_buffer_read(&in); break;
        case 12: op_size_and_dup(&in); break;
        case 13: case 14: op_borrow(&in); break;
        case 15: op_borrow_release(&in); break;
        case 16: op_write_through_view(&in); break;
        case 17: op_kind_of(&in); break;
        default: op_stats(&in); break;
        }
        compare();
    }
    teardown();
    return 0;
}
