/* The live-stats file: what publish.c writes and `weaveheap stats` / `viz`
 * (cli/) read. One file per process, <dir>/<pid>.stats, where <dir> is
 * $WEAVEHEAP_STATS_DIR, else $XDG_RUNTIME_DIR/weaveheap, else
 * /tmp/weaveheap-<uid>: a directory owned by the user with no group or other
 * permissions, and files of mode 0600.
 *
 * Layout: a header, then `region_count` region records, then `handle_count`
 * handle records, all fixed-size and naturally aligned, in the writer's byte
 * order. The writer is a seqlock: `seq` is odd while a snapshot is being
 * written and moves by 2 per snapshot, so a reader copies the file and keeps
 * the copy only if `seq` was even and unchanged around it. A reader trusts
 * nothing else either: every size, count and offset is checked against the
 * bytes it read (cli/statsfile.c).
 *
 * Internal to this project (the core and its CLI, built together); the
 * format version moves on at any change, and a reader refuses a file whose
 * version, record sizes, ABI or IDL hash differ from its own.
 *
 * Includers define _POSIX_C_SOURCE 200809L (openat, lstat, geteuid). */
#ifndef WEAVEHEAP_PUBLISH_H
#define WEAVEHEAP_PUBLISH_H

#include "weaveheap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifndef WEAVEHEAP_SINGLE_THREADED /* the wasm32 build has no files: layout only */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#define WH_PUB_MAGIC UINT64_C(0x3153544154534857) /* "WHSTATS1" read as little-endian bytes */
#define WH_PUB_FORMAT 3u /* 2: taken_by "destroy"; 3: the counter imports */
#define WH_PUB_SUFFIX ".stats"
#define WH_PUB_KINDS 16u                  /* a handle's kind is 4 bits */
#define WH_PUB_DEFAULT_INTERVAL_MS 250u
#define WH_PUB_MAX_INTERVAL_MS 3600000u
#define WH_PUB_DEFAULT_MAX_HANDLES 4096u /* handle records per file; WEAVEHEAP_STATS_MAX_HANDLES */
#define WH_PUB_MAX_FILE (UINT64_C(1) << 30)

/* header.state */
enum { WH_PUB_LIVE = 1, WH_PUB_FINAL = 2 };
/* header.taken_by: who took the snapshot (DESTROY: after a region_destroy,
 * only under `weaveheap stats -- CMD`) */
enum { WH_PUB_BY_THREAD = 1, WH_PUB_BY_CALL = 2, WH_PUB_BY_EXIT = 3, WH_PUB_BY_DESTROY = 4 };
/* region.table: how its handle table was read */
enum {
    WH_PUB_TABLE_LOCKED = 1,  /* thread-safe region, under its lock: exact */
    WH_PUB_TABLE_CALLER = 2,  /* by publish.now() or at exit: exact if the caller uses the region */
    WH_PUB_TABLE_UNLOCKED = 3 /* single-threaded region, by the background thread: best effort */
};
/* handle.flags */
#define WH_PUB_HANDLE_TOKEN 1u  /* a borrow token: `target` is the borrowed handle */
#define WH_PUB_HANDLE_UNIQUE 2u /* a token of the unique borrow */

typedef struct weaveheap__pub_header {
    uint64_t magic;
    uint32_t format, header_size;
    uint32_t region_size, handle_size, stats_size, abi;
    uint64_t seq;             /* seqlock: odd while a snapshot is written */
    uint64_t used_size;       /* bytes of this snapshot (header + records) */
    int64_t pid;
    uint32_t uid, state;
    uint64_t proc_start;      /* field 22 of /proc/self/stat: tells a reused pid */
    uint64_t started_ns;      /* CLOCK_REALTIME when publishing started */
    uint64_t snapshot_ns;     /* CLOCK_REALTIME of this snapshot */
    uint64_t snapshots;       /* snapshots written so far */
    uint32_t interval_ms;     /* 0 when no background thread runs */
    uint32_t taken_by;
    uint64_t region_count, handle_count, handle_total;
    uint64_t regions_offset, handles_offset;
    char version[16];         /* the library's version string */
    char idl_hash[72];        /* the library's IDL hash, NUL-terminated */
    char comm[32];            /* the process's name, NUL-terminated */
    char token[64];           /* WEAVEHEAP_STATS_KEEP: `weaveheap stats -- CMD` */
    weaveheap_stats process;  /* weaveheap_stats_global() */
} weaveheap__pub_header;

typedef struct weaveheap__pub_region {
    uint64_t handle;
    uint32_t index, generation;
    uint8_t thread_safe, table, pad[6];
    uint64_t chunk_size, byte_limit, chunks, bytes_used;
    uint64_t handle_first;    /* its first record in the handle array */
    uint64_t handle_count;    /* records published (may be cut short) */
    uint64_t handle_total;    /* live handles found */
    uint64_t kind_live[WH_PUB_KINDS];  /* live handles of each kind */
    uint64_t kind_bytes[WH_PUB_KINDS]; /* their bytes (objects only) */
    weaveheap_stats counters; /* weaveheap_region_stats() */
} weaveheap__pub_region;

typedef struct weaveheap__pub_handle {
    uint64_t handle;
    uint64_t size;            /* objects: length in bytes */
    uint64_t target;          /* tokens: the borrowed handle */
    int32_t borrows;          /* objects: n > 0 shared borrows, -1 the unique one, 0 none */
    uint32_t index;           /* its slot in the whole table: page * slots per page + slot */
    uint32_t page, slot;      /* the table page and the slot in it */
    uint16_t epoch, generation;
    uint8_t kind, flags, pad[2];
} weaveheap__pub_handle;

_Static_assert(sizeof(weaveheap__pub_header) % 8 == 0, "header keeps records aligned");
_Static_assert(sizeof(weaveheap__pub_region) % 8 == 0, "region records stay aligned");
_Static_assert(sizeof(weaveheap__pub_handle) % 8 == 0, "handle records stay aligned");

#ifndef WEAVEHEAP_SINGLE_THREADED
/* The directory of this user's stats files, into buf. False if it does not
 * fit. */
static inline bool weaveheap__pub_dir(char* buf, size_t n) {
    const char* d = getenv("WEAVEHEAP_STATS_DIR");
    const char* x = getenv("XDG_RUNTIME_DIR");
    int k;
    if (d && *d) k = snprintf(buf, n, "%s", d);
    else if (x && *x == '/') k = snprintf(buf, n, "%s/weaveheap", x);
    else k = snprintf(buf, n, "/tmp/weaveheap-%lu", (unsigned long)geteuid());
    return k > 0 && (size_t)k < n;
}

/* Opens the stats directory `dir` and checks it: a real directory, owned by
 * this user, with no group or other permission. The directory is opened
 * without following a link, and trailing slashes and "/." are dropped first
 * (the kernel follows a link named "link/" or "link/." even under
 * O_NOFOLLOW), so a symbolic link is refused however it is named. A link
 * higher up the path is followed: what is checked is the directory reached,
 * and everything after is done relative to the descriptor in *fd (openat,
 * renameat, unlinkat), so the directory cannot be swapped for another (or
 * for a link) between the check and its use. With `create`, a missing
 * directory is made with mode 0700 (its parent must exist).
 * Returns 0 and a descriptor the caller closes, or an errno value with a
 * sentence in `why`: ENOENT (missing), ELOOP (a symbolic link), ENOTDIR,
 * EPERM (another owner or an open mode), EINVAL (a name that is not a
 * directory's own: empty, "/", ending in ".."), or another errno (the
 * directory cannot be made or examined). */
static inline int weaveheap__pub_open_dir(const char* dir, bool create, int* fd, char* why, size_t n) {
    char path[PATH_MAX];
    size_t len = strlen(dir);
    *fd = -1;
    if (len >= sizeof path) {
        snprintf(why, n, "the stats directory name is too long");
        return EINVAL;
    }
    memcpy(path, dir, len + 1);
    for (;;) { /* "d/", "d/.", "d/./" all name d */
        while (len > 1 && path[len - 1] == '/') path[--len] = 0;
        if (len > 2 && path[len - 1] == '.' && path[len - 2] == '/') path[--len] = 0;
        else break;
    }
    const char* last = strrchr(path, '/');
    last = last ? last + 1 : path;
    if (len == 0 || *last == 0 || strcmp(last, "..") == 0) {
        snprintf(why, n, "the stats directory '%s' must be named by a path that ends in its own name", dir);
        return EINVAL;
    }
    for (int attempt = 0;; attempt++) {
        *fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (*fd >= 0) break;
        int e = errno;
        if (e == ENOENT && create && attempt == 0) {
            if (mkdir(path, 0700) == 0 || errno == EEXIST) continue;
            e = errno;
            snprintf(why, n, "cannot make the stats directory %s: %s", dir, strerror(e));
            return e == ENOENT ? ENOENT : e;
        }
        struct stat st; /* only to say why */
        if (e != ENOENT && lstat(path, &st) == 0) {
            if (!S_ISDIR(st.st_mode)) {
                snprintf(why, n, "the stats directory %s is not a directory%s", dir,
                         S_ISLNK(st.st_mode) ? " (a symbolic link)" : "");
                return S_ISLNK(st.st_mode) ? ELOOP : ENOTDIR;
            }
            if (st.st_uid != geteuid()) { /* another user's, closed to this one */
                snprintf(why, n, "the stats directory %s belongs to uid %lu, not to you (uid %lu)", dir,
                         (unsigned long)st.st_uid, (unsigned long)geteuid());
                return EPERM;
            }
        }
        snprintf(why, n, "cannot examine the stats directory %s: %s", dir, strerror(e));
        return e == ENOTDIR || e == ELOOP ? ENOTDIR : e == EPERM ? EACCES : e;
    }
    struct stat st;
    int e = 0;
    if (fstat(*fd, &st) != 0) {
        e = errno;
        snprintf(why, n, "cannot examine the stats directory %s: %s", dir, strerror(e));
        e = e == EPERM ? EACCES : e;
    } else if (st.st_uid != geteuid()) {
        snprintf(why, n, "the stats directory %s belongs to uid %lu, not to you (uid %lu)", dir,
                 (unsigned long)st.st_uid, (unsigned long)geteuid());
        e = EPERM;
    } else if (st.st_mode & 077) {
        snprintf(why, n, "the stats directory %s has mode %04o: it must be open to its owner only (0700)", dir,
                 (unsigned)(st.st_mode & 07777));
        e = EPERM;
    }
    if (e) {
        close(*fd);
        *fd = -1;
    }
    return e;
}

/* Field 22 of a /proc/<pid>/stat file (the start time in clock ticks after
 * boot), or 0: together with the pid it names one process, so a reader can
 * tell a publisher that is still running from a reused pid. */
static inline uint64_t weaveheap__pub_proc_start(const char* stat_path) {
    char buf[1024];
    FILE* f = fopen(stat_path, "r");
    if (!f) return 0;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    char* p = strrchr(buf, ')'); /* the name may hold spaces and parentheses */
    for (int field = 2; p && field < 22; field++) p = strchr(p + 1, ' ');
    return p ? strtoull(p + 1, NULL, 10) : 0;
}

#endif /* WEAVEHEAP_SINGLE_THREADED */

#endif
