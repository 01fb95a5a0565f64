/* Reading a process's stats file (core/src/publish.h) without trusting it:
 * only from this user's own directory (held open, never a link), only files
 * this user owns with mode 0600 (never through a link), copied under the
 * writer's seqlock, and every size, count, offset, sum and string checked
 * against the bytes actually read before anything is used. */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static int fail(char* msg, size_t n, int code, const char* fmt, ...) __attribute__((format(printf, 4, 5)));
static int fail(char* msg, size_t n, int code, const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, n, fmt, ap);
    va_end(ap);
    return code;
}

static bool ended(const char* field, size_t size) { return memchr(field, 0, size) != NULL; }

int wh_stats_dir(const char* override, wh_dir* d, char* msg, size_t n) {
    d->fd = -1;
    if (override) {
        if (snprintf(d->path, sizeof d->path, "%s", override) >= (int)sizeof d->path)
            return fail(msg, n, WH_EXIT_USAGE, "the directory name is too long");
    } else if (!weaveheap__pub_dir(d->path, sizeof d->path)) {
        return fail(msg, n, WH_EXIT_USAGE, "the stats directory name is too long");
    }
    char why[PATH_MAX + 160];
    int e = weaveheap__pub_open_dir(d->path, false, &d->fd, why, sizeof why);
    if (e == 0) return WH_EXIT_OK;
    if (e == ENOENT)
        return fail(msg, n, WH_EXIT_NOT_FOUND,
                    "no stats directory %s: no process of yours has published stats (run it with WEAVEHEAP_STATS=1)",
                    d->path);
    return fail(msg, n, e == EINVAL ? WH_EXIT_USAGE : WH_EXIT_DENIED, "%s", why);
}

void wh_dir_close(wh_dir* d) {
    if (d->fd >= 0) close(d->fd);
    d->fd = -1;
}

static void file_name(long pid, char* buf, size_t size) { snprintf(buf, size, "%ld%s", pid, WH_PUB_SUFFIX); }

size_t wh_dir_pids(const wh_dir* d, long** pids) {
    *pids = NULL;
    int fd = openat(d->fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    DIR* x = fd >= 0 ? fdopendir(fd) : NULL;
    if (!x) {
        if (fd >= 0) close(fd);
        return 0;
    }
    size_t n = 0;
    struct dirent* e;
    while ((e = readdir(x)) != NULL) {
        long pid;
        if (!wh_stats_name(e->d_name, &pid)) continue;
        long* more = realloc(*pids, (n + 1) * sizeof **pids);
        if (!more) break;
        *pids = more;
        (*pids)[n++] = pid;
    }
    closedir(x);
    for (size_t i = 1; i < n; i++) /* by pid */
        for (size_t j = i; j > 0 && (*pids)[j - 1] > (*pids)[j]; j--) {
            long t = (*pids)[j];
            (*pids)[j] = (*pids)[j - 1];
            (*pids)[j - 1] = t;
        }
    return n;
}

bool wh_remove_stats_file(const wh_dir* d, long pid) {
    char name[32];
    file_name(pid, name, sizeof name);
    return unlinkat(d->fd, name, 0) == 0;
}

bool wh_process_alive(long pid, uint64_t start) {
    if (pid <= 0) return false;
    if (kill((pid_t)pid, 0) != 0 && errno != EPERM) return false;
    if (start == 0) return true;
    char path[64];
    snprintf(path, sizeof path, "/proc/%ld/stat", pid);
    uint64_t now = weaveheap__pub_proc_start(path);
    return now == 0 || now == start; /* another start time: the pid was reused */
}

int wh_snap_validate(const uint8_t* buf, size_t size, long pid, char* msg, size_t n) {
    const weaveheap__pub_header* h = (const weaveheap__pub_header*)buf;
    if (size < sizeof *h)
        return fail(msg, n, WH_EXIT_BAD_FILE, "truncated: %zu bytes, less than a header (%zu bytes)", size,
                    sizeof *h);
    if (h->magic != WH_PUB_MAGIC) return fail(msg, n, WH_EXIT_BAD_FILE, "not a weaveheap stats file (bad magic)");
    if (h->format != WH_PUB_FORMAT)
        return fail(msg, n, WH_EXIT_BAD_FILE,
                    "stats format version %u; this weaveheap command reads version %u: use the weaveheap "
                    "command built with that library",
                    h->format, WH_PUB_FORMAT);
    if (h->header_size != sizeof *h || h->region_size != sizeof(weaveheap__pub_region) ||
        h->handle_size != sizeof(weaveheap__pub_handle) || h->stats_size != sizeof(weaveheap_stats))
        return fail(msg, n, WH_EXIT_BAD_FILE,
                    "record sizes %u/%u/%u/%u differ from this command's %zu/%zu/%zu/%zu: written by another build",
                    h->header_size, h->region_size, h->handle_size, h->stats_size, sizeof *h,
                    sizeof(weaveheap__pub_region), sizeof(weaveheap__pub_handle), sizeof(weaveheap_stats));
    if (!ended(h->idl_hash, sizeof h->idl_hash) || !ended(h->version, sizeof h->version) ||
        !ended(h->comm, sizeof h->comm) || !ended(h->token, sizeof h->token))
        return fail(msg, n, WH_EXIT_BAD_FILE, "garbled: a text field of the header is not terminated");
    if (h->abi != WEAVEHEAP_ABI_VERSION || strcmp(h->idl_hash, WEAVEHEAP_IDL_HASH) != 0)
        return fail(msg, n, WH_EXIT_BAD_FILE,
                    "written by libweaveheap %s (ABI %u, IDL %.12s); this weaveheap command is %s (ABI %u, IDL "
                    "%.12s): use the weaveheap command of the same build",
                    h->version, h->abi, h->idl_hash, WEAVEHEAP_VERSION_STRING, (unsigned)WEAVEHEAP_ABI_VERSION,
                    WEAVEHEAP_IDL_HASH);
    if (h->pid <= 0 || (pid >= 0 && h->pid != pid))
        return fail(msg, n, WH_EXIT_BAD_FILE, "garbled: the file is named for pid %ld but says pid %lld", pid,
                    (long long)h->pid);
    if (h->state != WH_PUB_LIVE && h->state != WH_PUB_FINAL)
        return fail(msg, n, WH_EXIT_BAD_FILE, "garbled: unknown state %u", h->state);
    if (h->taken_by < WH_PUB_BY_THREAD || h->taken_by > WH_PUB_BY_DESTROY)
        return fail(msg, n, WH_EXIT_BAD_FILE, "garbled: unknown snapshot source %u", h->taken_by);
    if (h->used_size != size)
        return fail(msg, n, WH_EXIT_BAD_FILE, "garbled: the header says %llu bytes, %zu were read",
                    (unsigned long long)h->used_size, size);
    /* Records: every count bounded by the bytes present, no overflow. */
    if (h->regions_offset != sizeof *h || h->region_count > (size - sizeof *h) / sizeof(weaveheap__pub_region))
        return fail(msg, n, WH_EXIT_BAD_FILE, "garbled: %llu region records do not fit in %zu bytes",
                    (unsigned long long)h->region_count, size);
    size_t handles_at = sizeof *h + (size_t)h->region_count * sizeof(weaveheap__pub_region);
    if (h->handles_offset != handles_at || h->handle_count > (size - handles_at) / sizeof(weaveheap__pub_handle) ||
        handles_at + (size_t)h->handle_count * sizeof(weaveheap__pub_handle) != size)
        return fail(msg, n, WH_EXIT_BAD_FILE, "garbled: %llu handle records do not fit in %zu bytes",
                    (unsigned long long)h->handle_count, size);
    if (h->handle_total < h->handle_count)
        return fail(msg, n, WH_EXIT_BAD_FILE, "garbled: %llu handle records but %llu handles counted",
                    (unsigned long long)h->handle_count, (unsigned long long)h->handle_total);
    const weaveheap__pub_region* regions = (const weaveheap__pub_region*)(buf + h->regions_offset);
    uint64_t next = 0, total = 0, kind_bytes[WH_PUB_KINDS] = {0};
    for (uint64_t i = 0; i < h->region_count; i++) {
        const weaveheap__pub_region* r = &regions[i];
        /* The kinds' counts add up to the region's total without wrapping
         * past 2^64 (three kinds of 2^63 handles would wrap to 2^63), and
         * each kind's bytes, over all regions, fit in 64 bits. */
        bool sums = true;
        uint64_t live = 0;
        for (unsigned k = 0; k < WH_PUB_KINDS; k++) {
            sums = sums && !__builtin_add_overflow(live, r->kind_live[k], &live) &&
                   !__builtin_add_overflow(kind_bytes[k], r->kind_bytes[k], &kind_bytes[k]);
        }
        if (!sums || r->handle_first != next || r->handle_count > h->handle_count - next ||
            r->handle_count > r->handle_total || live != r->handle_total || r->thread_safe > 1 ||
            r->table < WH_PUB_TABLE_LOCKED || r->table > WH_PUB_TABLE_UNLOCKED ||
            r->handle >> 60 != WEAVEHEAP_HANDLE_KIND_REGION || r->handle_total > h->handle_total - total)
            return fail(msg, n, WH_EXIT_BAD_FILE, "garbled: region record %llu is inconsistent",
                        (unsigned long long)i);
        next += r->handle_count;
        total += r->handle_total;
    }
    if (next != h->handle_count || total != h->handle_total)
        return fail(msg, n, WH_EXIT_BAD_FILE, "garbled: the regions hold %llu handle records, the header %llu",
                    (unsigned long long)next, (unsigned long long)h->handle_count);
    const weaveheap__pub_handle* handles = (const weaveheap__pub_handle*)(buf + h->handles_offset);
    for (uint64_t i = 0; i < h->handle_count; i++) {
        const weaveheap__pub_handle* x = &handles[i];
        if (x->kind == 0 || x->kind >= WH_PUB_KINDS || (x->flags & ~(WH_PUB_HANDLE_TOKEN | WH_PUB_HANDLE_UNIQUE)) ||
            x->borrows < -1 || x->handle >> 60 != x->kind)
            return fail(msg, n, WH_EXIT_BAD_FILE, "garbled: handle record %llu is inconsistent",
                        (unsigned long long)i);
    }
    return WH_EXIT_OK;
}

static bool pread_all(int fd, void* buf, size_t size, off_t at) {
    uint8_t* p = buf;
    while (size > 0) {
        ssize_t k = pread(fd, p, size, at);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) return false;
        p += k;
        size -= (size_t)k;
        at += k;
    }
    return true;
}

static uint64_t read_seq(int fd) {
    uint64_t seq = 1; /* odd: "being written" when unreadable */
    pread_all(fd, &seq, sizeof seq, (off_t)offsetof(weaveheap__pub_header, seq));
    return seq;
}

/* Copies a consistent snapshot out of the open file: seq even and the same
 * before and after. */
static int copy_snapshot(int fd, const char* path, wh_snap* s, char* msg, size_t n) {
    weaveheap__pub_header h;
    for (int attempt = 0; attempt < 400; attempt++) {
        if (attempt) nanosleep(&(struct timespec){0, 2000000}, NULL);
        struct stat st;
        if (fstat(fd, &st) != 0) return fail(msg, n, WH_EXIT_BAD_FILE, "%s: %s", path, strerror(errno));
        if ((uint64_t)st.st_size < sizeof h)
            return fail(msg, n, WH_EXIT_BAD_FILE, "%s is truncated: %lld bytes, less than a header (%zu bytes)", path,
                        (long long)st.st_size, sizeof h);
        if (!pread_all(fd, &h, sizeof h, 0)) continue;
        if (h.magic != WH_PUB_MAGIC)
            return fail(msg, n, WH_EXIT_BAD_FILE, "%s is not a weaveheap stats file (bad magic)", path);
        uint64_t seq = h.seq;
        if (seq & 1) continue;
        if (h.used_size < sizeof h || h.used_size > WH_PUB_MAX_FILE)
            return fail(msg, n, WH_EXIT_BAD_FILE, "%s is garbled: it claims %llu bytes", path,
                        (unsigned long long)h.used_size);
        uint8_t* buf = malloc((size_t)h.used_size);
        if (!buf) return fail(msg, n, WH_EXIT_BAD_FILE, "no memory to read %s", path);
        bool whole = pread_all(fd, buf, (size_t)h.used_size, 0);
        if (read_seq(fd) != seq || ((weaveheap__pub_header*)buf)->seq != seq) {
            free(buf); /* a snapshot was written meanwhile */
            continue;
        }
        if (!whole) {
            free(buf);
            return fail(msg, n, WH_EXIT_BAD_FILE, "%s is truncated: its header says %llu bytes, the file has %lld",
                        path, (unsigned long long)h.used_size, (long long)st.st_size);
        }
        s->buf = buf;
        s->size = (size_t)h.used_size;
        return WH_EXIT_OK;
    }
    return fail(msg, n, WH_EXIT_BAD_FILE, "%s never held a whole snapshot while it was read (its writer stopped mid-write)",
                path);
}

int wh_snap_read(const wh_dir* d, long pid, wh_snap* s, char* msg, size_t n) {
    memset(s, 0, sizeof *s);
    file_name(pid, s->name, sizeof s->name);
    if (snprintf(s->path, sizeof s->path, "%s/%s", d->path, s->name) >= (int)sizeof s->path)
        return fail(msg, n, WH_EXIT_USAGE, "the directory name is too long");
    int fd = openat(d->fd, s->name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        int e = errno;
        if (e == ENOENT) {
            if (wh_process_alive(pid, 0))
                return fail(msg, n, WH_EXIT_NOT_FOUND,
                            "process %ld is not publishing stats (no %s): run it with WEAVEHEAP_STATS=1 or have it "
                            "call weaveheap_publish_start()",
                            pid, s->path);
            return fail(msg, n, WH_EXIT_NOT_FOUND, "no process %ld, and no stats file %s", pid, s->path);
        }
        if (e == ELOOP) return fail(msg, n, WH_EXIT_DENIED, "%s is a symbolic link: refusing to follow it", s->path);
        struct stat st;
        if ((e == EACCES || e == EPERM) && fstatat(d->fd, s->name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
            st.st_uid != geteuid())
            return fail(msg, n, WH_EXIT_DENIED,
                        "%s belongs to uid %lu, not to you (uid %lu): weaveheap never reads another user's stats",
                        s->path, (unsigned long)st.st_uid, (unsigned long)geteuid());
        if (e == EACCES || e == EPERM)
            return fail(msg, n, WH_EXIT_DENIED, "cannot open %s: %s", s->path, strerror(e));
        return fail(msg, n, WH_EXIT_BAD_FILE, "cannot open %s: %s", s->path, strerror(e));
    }
    struct stat st;
    int code = WH_EXIT_OK;
    if (fstat(fd, &st) != 0) {
        code = fail(msg, n, WH_EXIT_BAD_FILE, "%s: %s", s->path, strerror(errno));
    } else if (!S_ISREG(st.st_mode)) {
        code = fail(msg, n, WH_EXIT_BAD_FILE, "%s is not a regular file", s->path);
    } else if (st.st_uid != geteuid()) {
        code = fail(msg, n, WH_EXIT_DENIED,
                    "%s belongs to uid %lu, not to you (uid %lu): weaveheap never reads another user's stats",
                    s->path, (unsigned long)st.st_uid, (unsigned long)geteuid());
    } else if (st.st_mode & 077) {
        code = fail(msg, n, WH_EXIT_DENIED, "%s has mode %04o: a stats file must be open to its owner only (0600)",
                    s->path, (unsigned)(st.st_mode & 07777));
    } else {
        code = copy_snapshot(fd, s->path, s, msg, n);
    }
    close(fd);
    if (code != WH_EXIT_OK) return code;
    char why[512];
    uint8_t* buf = s->buf;
    s->buf = NULL;
    code = wh_snap_take(buf, s->size, pid, s, why, sizeof why);
    if (code != WH_EXIT_OK) fail(msg, n, code, "%s: %s", s->path, why);
    return code;
}

int wh_snap_take(uint8_t* buf, size_t size, long pid, wh_snap* s, char* msg, size_t n) {
    int code = wh_snap_validate(buf, size, pid, msg, n);
    if (code != WH_EXIT_OK) {
        free(buf);
        return code;
    }
    s->buf = buf;
    s->size = size;
    s->h = (const weaveheap__pub_header*)s->buf;
    s->regions = (const weaveheap__pub_region*)(s->buf + s->h->regions_offset);
    s->handles = (const weaveheap__pub_handle*)(s->buf + s->h->handles_offset);
    if (s->h->state == WH_PUB_FINAL) s->status = "exited";
    else s->status = wh_process_alive(pid, s->h->proc_start) ? "live" : "stale";
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    double t = (double)now.tv_sec + (double)now.tv_nsec / 1e9, at = (double)s->h->snapshot_ns / 1e9;
    s->age_s = t > at ? t - at : 0.0;
    return WH_EXIT_OK;
}

void wh_snap_free(wh_snap* s) {
    free(s->buf);
    s->buf = NULL;
    s->h = NULL;
    s->regions = NULL;
    s->handles = NULL;
}

int wh_snap_read_live(const wh_dir* d, long pid, wh_snap* s) {
    char msg[PATH_MAX + 512];
    int code = wh_snap_read(d, pid, s, msg, sizeof msg);
    if (code != WH_EXIT_OK) {
        fprintf(stderr, "weaveheap: %s\n", msg);
        return code;
    }
    if (strcmp(s->status, "stale") == 0) {
        fprintf(stderr,
                "weaveheap: process %ld is gone but left %s (it crashed or was killed; last snapshot %.1f s old); "
                "removed the stale file\n",
                pid, s->path, s->age_s);
        wh_remove_stats_file(d, pid);
        wh_snap_free(s);
        return WH_EXIT_NOT_FOUND;
    }
    return WH_EXIT_OK;
}
