/* Loading mimalloc and jemalloc without letting them replace malloc. */
#include "peers.h"

#include <dlfcn.h>
#include <gnu/libc-version.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char status[512];

static void say(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
static void say(const char* fmt, ...) {
    size_t len = strlen(status);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(status + len, sizeof status - len, fmt, ap);
    va_end(ap);
}

/* A function from a dlopen'ed library (POSIX guarantees the conversion). */
#define WB_DLSYM(dst, lib, name) (*(void**)&(dst) = (lib) ? dlsym((lib), (name)) : NULL)

size_t wb_allocators(wb_allocator out[3]) {
    size_t n = 0;
    status[0] = '\0';
    out[n++] = (wb_allocator){"glibc", malloc, free};
    say("glibc %s", gnu_get_libc_version());

    void* mi = dlopen("libmimalloc.so.2", RTLD_NOW | RTLD_LOCAL);
    const char* why = mi ? NULL : dlerror();
    wb_allocator m = {"mimalloc", NULL, NULL};
    int (*mi_version)(void);
    WB_DLSYM(m.alloc, mi, "mi_malloc");
    WB_DLSYM(m.free, mi, "mi_free");
    WB_DLSYM(mi_version, mi, "mi_version");
    if (m.alloc && m.free) {
        out[n++] = m;
        say(", mimalloc %d (dlopen, mi_malloc/mi_free)", mi_version ? mi_version() : 0);
    } else {
        say(", mimalloc skipped (%.120s)", why ? why : "no mi_malloc");
    }

    void* je = dlopen("libjemalloc.so.2", RTLD_NOW | RTLD_LOCAL);
    why = je ? NULL : dlerror();
    /* dlsym on the handle searches jemalloc before its dependencies, so
     * these are jemalloc's malloc and free, while the process keeps glibc's. */
    wb_allocator j = {"jemalloc", NULL, NULL};
    int (*mallctl)(const char*, void*, size_t*, void*, size_t);
    WB_DLSYM(j.alloc, je, "malloc");
    WB_DLSYM(j.free, je, "free");
    WB_DLSYM(mallctl, je, "mallctl");
    if (j.alloc && j.free && mallctl && j.alloc != malloc) {
        out[n++] = j;
        const char* v = "?";
        size_t sz = sizeof v;
        mallctl("version", &v, &sz, NULL, 0);
        say(", jemalloc %.24s (dlopen, its own malloc/free)", v);
    } else {
        say(", jemalloc skipped (%.120s)", why ? why : "its malloc not found");
    }
    return n;
}

const char* wb_peer_status(void) { return status; }

__attribute__((noinline)) uint64_t wb_pointer_api_read(const uint64_t* object) { return *object; }
