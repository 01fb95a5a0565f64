/* The component adapter's runtime (runtime.h): errors, memory the host asks
 * for, the size guard and the resource cells. */
#include "runtime.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* -- errors --------------------------------------------------------------------- */
weaveheap_error wh_err;

/* A message of the adapter's own: lent like the core's, never freed. */
static char own_message[256];
static bool own;

void wh_clear(void) {
    weaveheap_error_clear(&wh_err);
    own = false;
}

void wh_fail(int32_t code, const char* fmt, ...) {
    weaveheap_error_clear(&wh_err);
    wh_err.code = code;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(own_message, sizeof own_message, fmt, ap);
    va_end(ap);
    own = true;
}

const char* wh_message(void) {
    if (own) return own_message;
    return wh_err.message ? wh_err.message : weaveheap_strerror(wh_err.code);
}

/* -- memory the host asks for ------------------------------------------------------ */
/* List and string arguments. An empty one gets a static address, never
 * freed; malloc aligns to 16, more than any canonical ABI type needs. */
static uint64_t empty;

WH_EXPORT("cabi_realloc")
void* cabi_realloc(void* old, size_t old_size, size_t align, size_t new_size) {
    (void)align;
    if (old_size == 0) old = NULL;
    if (new_size == 0) {
        free(old);
        return &empty;
    }
    void* p = realloc(old, new_size);
    if (!p) __builtin_trap(); /* the canonical ABI has no other way to refuse */
    return p;
}

void wh_free_arg(void* p, size_t len) {
    if (len) free(p);
}

char* wh_cstr(const uint8_t* p, size_t len) {
    char* s = len < SIZE_MAX ? malloc(len + 1) : NULL;
    if (!s) {
        wh_fail(WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for a copy of a %zu-byte string argument", len);
        return NULL;
    }
    memcpy(s, p, len);
    s[len] = 0;
    return s;
}

uint8_t* wh_dst(uint64_t len) {
    if (wh_err.code || len == 0) return NULL;
    uint8_t* p = len <= SIZE_MAX ? malloc((size_t)len) : NULL;
    if (!p) wh_fail(WEAVEHEAP_ERR_OUT_OF_MEMORY, "no memory for a %llu-byte destination", (unsigned long long)len);
    return p;
}

/* Where the heap starts: nothing in this memory can be larger than what
 * lies between it and the 4 GiB end of a 32-bit memory. */
extern unsigned char __heap_base;

void wh_check_size(const char* name, uint64_t value, uint64_t max) {
    uint64_t room = (uint64_t)SIZE_MAX + 1 - (uint64_t)(uintptr_t)&__heap_base;
    if (wh_err.code || value < room || value > max) return;
    wh_fail(WEAVEHEAP_ERR_OUT_OF_MEMORY, "%s %llu: more bytes than this component's 32-bit memory has room for (%llu)",
            name, (unsigned long long)value, (unsigned long long)room);
}

/* -- resource cells ------------------------------------------------------------------ *
 * rep = generation << INDEX_BITS | index. Generations run 1..GENERATIONS-1,
 * so no rep is 0. Freed cells wait in a FIFO and are reused only once more
 * than QUARANTINE others are free: a dropped resource's rep could name a
 * newer one only after its cell went round all its generations, at least
 * QUARANTINE * (GENERATIONS - 1) drops later. */
#define INDEX_BITS 20
#define MAX_CELLS (1u << INDEX_BITS) /* live resources of one instance, at most */
#define GENERATIONS (1u << (32 - INDEX_BITS))
#define QUARANTINE 1024u
#define NONE UINT32_MAX

typedef struct cell {
    weaveheap_handle_t handle;
    uint32_t rep;  /* 0 while free */
    uint32_t next; /* the next free cell */
    uint16_t generation;
    bool closed;
} cell;

static cell* cells;
static uint32_t used, capacity;
static uint32_t free_head = NONE, free_tail = NONE, free_count;

static cell* lookup(int32_t rep) {
    uint32_t r = (uint32_t)rep, i = r & (MAX_CELLS - 1);
    if (r == 0 || i >= used || cells[i].rep != r) return NULL;
    return &cells[i];
}

static bool grow(void) {
    uint32_t n = capacity ? capacity * 2 : 64;
    if (n > MAX_CELLS) n = MAX_CELLS;
    cell* c = realloc(cells, (size_t)n * sizeof *c);
    if (!c) return false;
    cells = c;
    capacity = n;
    return true;
}

int32_t wh_cell_new(weaveheap_handle_t handle) {
    uint32_t i;
    if (free_count > QUARANTINE || (used == MAX_CELLS && free_count)) {
        i = free_head;
        free_head = cells[i].next;
        if (free_head == NONE) free_tail = NONE;
        free_count--;
    } else if (used < MAX_CELLS && (used < capacity || grow())) {
        i = used++;
        cells[i].generation = 1;
    } else {
        return 0;
    }
    cell* c = &cells[i];
    c->handle = handle;
    c->closed = false;
    c->next = NONE;
    c->rep = (uint32_t)c->generation << INDEX_BITS | i;
    return (int32_t)c->rep;
}

weaveheap_handle_t wh_handle(int32_t rep) {
    cell* c = lookup(rep);
    return c ? c->handle : 0;
}

bool wh_closed(int32_t rep) {
    cell* c = lookup(rep);
    return !c || c->closed;
}

void wh_close(int32_t rep) {
    cell* c = lookup(rep);
    if (c) c->closed = true;
}

void wh_cell_free(int32_t rep) {
    cell* c = lookup(rep);
    if (!c) return;
    uint32_t i = (uint32_t)(c - cells);
    c->rep = 0;
    c->handle = 0;
    c->generation = c->generation + 1 == GENERATIONS ? 1 : (uint16_t)(c->generation + 1);
    c->next = NONE;
    if (free_tail == NONE) free_head = i;
    else cells[free_tail].next = i;
    free_tail = i;
    free_count++;
}
