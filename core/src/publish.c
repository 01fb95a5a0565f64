/* Live counters for `weaveheap stats` and `weaveheap viz`: the process's
 * counters and its region, handle and borrow table, copied into a small
 * memory-mapped file of its own (the layout is in publish.h), the way the
 * JVM's hsperfdata files serve jstat.
 *
 * Nothing here runs on the allocation path. A snapshot is taken by the
 * background thread (publish.start, or WEAVEHEAP_STATS=1 at the first
 * region_create), by publish.now on the caller's thread, and at exit. It
 * reads what the core guarantees stays readable: region records and table
 * pages are never freed while the library is loaded, and counters are
 * relaxed atomics. A thread-safe region is walked under its lock; a
 * single-threaded one cannot be locked, so the background thread walks it
 * without a lock (best effort: a slot changing at that moment may show its
 * old or new state; never freed memory, and the walk is bounded). Chunk
 * lists are never walked: chunks are freed, so their count is a counter. */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE /* syscall(SYS_gettid) for the thread's nice value */
#include "internal.h"
#include "publish.h"

#ifdef WEAVEHEAP_SINGLE_THREADED
/* No threads and no files (the wasm32 build): publishing is unavailable. */
static void unavailable(weaveheap_error* err) {
    weaveheap__fail(err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "publishing live stats needs threads and files, "
                                                         "which this build of weaveheap does not have");
}
void weaveheap_publish_start(uint32_t interval_ms, weaveheap_error* out_err) {
    (void)interval_ms;
    unavailable(out_err);
}
void weaveheap_publish_now(weaveheap_error* out_err) { unavailable(out_err); }
void weaveheap_publish_stop(void) {}
bool weaveheap_publish_active(void) { return false; }
void weaveheap__publish_first_use(void) {}
void weaveheap__publish_region_destroyed(void) {}
#else

#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>

/* `control` serialises start, stop, exit and fork; `lock` guards `pub` and
 * is held while a snapshot is taken. Order: control, lock, a region's lock. */
static pthread_mutex_t control = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wake;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static _Atomic bool env_checked;
static _Atomic bool active;
static _Atomic bool keeping; /* the file is open and kept at exit: `weaveheap stats -- CMD` */

static struct {
    bool on;                 /* the file exists and is mapped */
    int fd;
    int dir_fd;              /* the stats directory, held open: every name is looked up in it */
    char name[32];           /* the file's name in it */
    uint8_t* map;
    size_t map_size;
    char path[PATH_MAX];     /* for messages */
    pid_t pid;
    uint64_t seq, snapshots, started_ns, proc_start, max_handles;
    char comm[32], token[64];
    bool thread_on, starting, stop, rewait;
    pthread_t thread;
    uint32_t interval_ms;
    weaveheap__pub_region* regions; /* scratch, reused between snapshots */
    size_t regions_cap;
    weaveheap__pub_handle* handles;
    size_t handles_cap;
} pub = {.fd = -1, .dir_fd = -1};

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* The program's name: the base name of argv[0], else the kernel's comm. */
static void read_comm(char* out, size_t n) {
    char buf[4096];
    snprintf(out, n, "?");
    FILE* f = fopen("/proc/self/cmdline", "re");
    if (f) {
        size_t k = fread(buf, 1, sizeof buf - 1, f);
        fclose(f);
        buf[k] = 0;
        const char* base = strrchr(buf, '/');
        base = base ? base + 1 : buf;
        size_t len = strlen(base);
        if (len) {
            if (len >= n) len = n - 1;
            memcpy(out, base, len);
            out[len] = 0;
            return;
        }
    }
    if ((f = fopen("/proc/self/comm", "re")) != NULL) {
        if (fgets(out, (int)n, f)) out[strcspn(out, "\n")] = 0;
        fclose(f);
    }
}

/* -- the snapshot ------------------------------------------------------------ */

/* Relaxed reads of plain fields that another thread may be writing. */
#define PEEK(x) __atomic_load_n(&(x), __ATOMIC_RELAXED)

static bool grow(void** array, size_t* cap, size_t need, size_t size) {
    if (need <= *cap) return true;
    size_t n = *cap ? *cap * 2 : 64;
    while (n < need) n *= 2;
    void* p = realloc(*array, n * size);
    if (!p) return false;
    *array = p;
    *cap = n;
    return true;
}

/* Takes a thread-safe region's lock; at exit, only if it comes soon (a
 * thread stopped inside the core must not hang the exit). */
static bool region_lock(weaveheap__region* r, bool patient) {
    if (patient) {
        weaveheap__lock_take(&r->lock);
        return true;
    }
    for (int i = 0; i < 200; i++) {
        if (weaveheap__lock_try(&r->lock)) return true;
        nanosleep(&(struct timespec){0, 1000000}, NULL);
    }
    return false;
}

/* Appends r's live handles to pub.handles (up to max_handles in all) and
 * counts them by kind. */
static void walk_table(weaveheap__region* r, weaveheap__pub_region* rec, size_t* nh) {
    rec->handle_first = *nh;
    /* acquire: pairs with the release in weaveheap__page_take */
    weaveheap__page* p = __atomic_load_n(&r->pages, __ATOMIC_ACQUIRE);
    for (uint32_t steps = 0; p && steps < WH_MAX_PAGES; steps++) {
        if (atomic_load_explicit(&p->owner, memory_order_acquire) != r) break; /* it moved meanwhile */
        uint16_t epoch = PEEK(p->epoch);
        uint32_t bump = PEEK(p->bump);
        if (bump > WH_PAGE_SLOTS) bump = WH_PAGE_SLOTS;
        for (uint32_t i = 0; i < bump; i++) {
            weaveheap__slot* s = &p->slots[i];
            weaveheap__slot now = weaveheap__head_fields(PEEK(s->head));
            unsigned kind = now.kind;
            if (kind == 0 || kind >= WH_PUB_KINDS) continue;
            weaveheap__pub_handle h = {0};
            h.kind = (uint8_t)kind;
            h.generation = now.gen;
            h.epoch = epoch;
            h.page = p->index;
            h.slot = i;
            h.index = p->index * WH_PAGE_SLOTS + i;
            h.handle = weaveheap__handle_make(kind, p->index, i, epoch, h.generation);
            if (kind == WEAVEHEAP_HANDLE_KIND_BORROW) {
                h.target = PEEK(s->size);
                h.flags = WH_PUB_HANDLE_TOKEN | ((now.flags & WH_SLOT_UNIQUE) ? WH_PUB_HANDLE_UNIQUE : 0);
            } else {
                h.size = PEEK(s->size);
                h.borrows = now.borrows;
                rec->kind_bytes[kind] += h.size;
            }
            rec->kind_live[kind]++;
            rec->handle_total++;
            if (*nh < pub.max_handles && grow((void**)&pub.handles, &pub.handles_cap, *nh + 1, sizeof h)) {
                pub.handles[(*nh)++] = h;
                rec->handle_count++;
            }
        }
        p = __atomic_load_n(&p->next, __ATOMIC_ACQUIRE);
    }
}

/* One region's record, or false if it went away meanwhile. */
static bool take_region(weaveheap__region* r, int taken_by, weaveheap__pub_region* rec, size_t* nh) {
    uint16_t gen = atomic_load_explicit(&r->gen, memory_order_relaxed);
    bool ts = atomic_load_explicit(&r->guard, memory_order_relaxed) == WH_GUARD_LOCK;
    if (ts && !region_lock(r, taken_by != WH_PUB_BY_EXIT)) return false;
    bool ok = atomic_load_explicit(&r->live, memory_order_acquire) &&
              atomic_load_explicit(&r->gen, memory_order_relaxed) == gen;
    if (ok) {
        memset(rec, 0, sizeof *rec);
        rec->index = r->index;
        rec->generation = gen;
        rec->handle = ((uint64_t)WEAVEHEAP_HANDLE_KIND_REGION << 60) | ((uint64_t)r->index << 32) | gen;
        rec->thread_safe = ts;
        rec->table = ts ? WH_PUB_TABLE_LOCKED : taken_by == WH_PUB_BY_THREAD ? WH_PUB_TABLE_UNLOCKED
                                                                            : WH_PUB_TABLE_CALLER;
        rec->chunk_size = PEEK(r->chunk_size);
        rec->byte_limit = PEEK(r->byte_limit);
        rec->bytes_used = weaveheap__bytes_used(r);
        rec->chunks = weaveheap__get(&r->c.chunks);
        weaveheap__stats_add(&rec->counters, &r->c);
        walk_table(r, rec, nh);
    }
    if (ts) weaveheap__lock_give(&r->lock);
    return ok;
}

/* Makes room for `need` bytes in the file and its mapping. */
static bool reserve(size_t need) {
    if (need <= pub.map_size) return true;
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t size = pub.map_size ? pub.map_size : page;
    while (size < need) size *= 2;
    if (size > WH_PUB_MAX_FILE || ftruncate(pub.fd, (off_t)size) != 0) return false;
    void* m = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, pub.fd, 0);
    if (m == MAP_FAILED) return false;
    if (pub.map) munmap(pub.map, pub.map_size);
    pub.map = m;
    pub.map_size = size;
    return true;
}

/* Takes a snapshot and writes it under the seqlock. `lock` held. */
static bool snapshot(int taken_by, uint32_t state) {
    weaveheap__pub_header h = {0};
    weaveheap_stats_global(&h.process, NULL);
    size_t nr = 0, nh = 0;
    uint32_t count = atomic_load_explicit(&weaveheap__region_count, memory_order_acquire);
    for (uint32_t i = 0; i < count; i++) {
        weaveheap__region* block =
            atomic_load_explicit(&weaveheap__region_blocks[i / WH_REGION_BLOCK], memory_order_acquire);
        if (!block) continue;
        weaveheap__region* r = &block[i % WH_REGION_BLOCK];
        if (!atomic_load_explicit(&r->live, memory_order_acquire)) continue;
        if (!grow((void**)&pub.regions, &pub.regions_cap, nr + 1, sizeof *pub.regions)) break;
        if (take_region(r, taken_by, &pub.regions[nr], &nh)) nr++;
    }
    h.magic = WH_PUB_MAGIC;
    h.format = WH_PUB_FORMAT;
    h.header_size = sizeof h;
    h.region_size = sizeof(weaveheap__pub_region);
    h.handle_size = sizeof(weaveheap__pub_handle);
    h.stats_size = sizeof(weaveheap_stats);
    h.abi = weaveheap_abi_version();
    h.pid = pub.pid;
    h.uid = (uint32_t)geteuid();
    h.state = state;
    h.proc_start = pub.proc_start;
    h.started_ns = pub.started_ns;
    h.snapshot_ns = now_ns();
    h.snapshots = pub.snapshots + 1;
    h.interval_ms = pub.thread_on || pub.starting ? pub.interval_ms : 0;
    h.taken_by = (uint32_t)taken_by;
    h.region_count = nr;
    h.handle_total = 0;
    for (size_t i = 0; i < nr; i++) h.handle_total += pub.regions[i].handle_total;
    h.regions_offset = sizeof h;
    h.handles_offset = sizeof h + nr * sizeof(weaveheap__pub_region);
    snprintf(h.version, sizeof h.version, "%s", weaveheap_version_string());
    snprintf(h.idl_hash, sizeof h.idl_hash, "%s", weaveheap_idl_hash());
    memcpy(h.comm, pub.comm, sizeof h.comm);
    memcpy(h.token, pub.token, sizeof h.token);

    /* Readers see an odd seq from here until the snapshot is whole. */
    uint64_t seq = pub.seq + 1;
    if (pub.map) /* an acquire exchange: no later store moves above it (and TSan has no fences) */
        __atomic_exchange_n(&((weaveheap__pub_header*)pub.map)->seq, seq, __ATOMIC_ACQ_REL);
    size_t room = reserve(h.handles_offset + nh * sizeof(weaveheap__pub_handle)) ? nh : 0;
    if (!pub.map || pub.map_size < h.handles_offset) return false;
    if (room < nh) /* could not grow: publish the handles that fit */
        room = (pub.map_size - h.handles_offset) / sizeof(weaveheap__pub_handle);
    if (room < nh) {
        nh = room;
        for (size_t i = 0; i < nr; i++) { /* cut each region's list to what was kept */
            weaveheap__pub_region* rec = &pub.regions[i];
            if (rec->handle_first >= nh) rec->handle_first = nh, rec->handle_count = 0;
            else if (rec->handle_first + rec->handle_count > nh) rec->handle_count = nh - rec->handle_first;
        }
    }
    h.handle_count = nh;
    h.used_size = h.handles_offset + nh * sizeof(weaveheap__pub_handle);
    uint8_t* m = pub.map;
    size_t at = offsetof(weaveheap__pub_header, seq), after = at + sizeof h.seq;
    memcpy(m, &h, at);
    memcpy(m + after, (uint8_t*)&h + after, sizeof h - after);
    if (nr) memcpy(m + h.regions_offset, pub.regions, nr * sizeof(weaveheap__pub_region));
    if (nh) memcpy(m + h.handles_offset, pub.handles, nh * sizeof(weaveheap__pub_handle));
    __atomic_store_n(&((weaveheap__pub_header*)m)->seq, seq + 1, __ATOMIC_RELEASE);
    pub.seq = seq + 1;
    pub.snapshots++;
    return true;
}

/* -- the file ---------------------------------------------------------------- */

/* Closes the file and, with `remove`, unlinks its name from the stats
 * directory if that name is still this file (not something put there
 * since). */
static void file_close(bool remove) {
    if (pub.map) munmap(pub.map, pub.map_size);
    if (remove && pub.on && pub.fd >= 0 && pub.dir_fd >= 0) {
        struct stat mine, named;
        if (fstat(pub.fd, &mine) == 0 && fstatat(pub.dir_fd, pub.name, &named, AT_SYMLINK_NOFOLLOW) == 0 &&
            mine.st_dev == named.st_dev && mine.st_ino == named.st_ino)
            unlinkat(pub.dir_fd, pub.name, 0);
    }
    if (pub.fd >= 0) close(pub.fd);
    if (pub.dir_fd >= 0) close(pub.dir_fd);
    pub.map = NULL;
    pub.map_size = 0;
    pub.fd = pub.dir_fd = -1;
    pub.on = false;
    atomic_store_explicit(&active, false, memory_order_relaxed);
    atomic_store_explicit(&keeping, false, memory_order_relaxed);
}

static uint64_t env_number(const char* name, uint64_t fallback, uint64_t max) {
    const char* v = getenv(name);
    if (!v || !*v) return fallback;
    char* end;
    errno = 0;
    unsigned long long n = strtoull(v, &end, 10);
    return (errno || *end || n > max) ? fallback : n;
}

/* Creates the file under a temporary name, writes the first snapshot and
 * renames it into place, so that a reader never sees it half made. Every
 * name is looked up in the directory opened and checked once
 * (weaveheap__pub_open_dir), never through its path again. */
static bool file_open(int taken_by, weaveheap_error* err) {
    char dir[PATH_MAX], why[PATH_MAX + 128], tmp[48];
    if (!weaveheap__pub_dir(dir, sizeof dir)) {
        weaveheap__fail(err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "the stats directory name is too long");
        return false;
    }
    int e = weaveheap__pub_open_dir(dir, true, &pub.dir_fd, why, sizeof why);
    if (e == EPERM || e == ELOOP || e == ENOTDIR || e == EINVAL) {
        weaveheap__fail(err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "refusing to publish stats: %s", why);
        return false;
    }
    if (e != 0) {
        weaveheap__fail(err, WEAVEHEAP_ERR_SYSTEM_ERROR, "%s", why);
        return false;
    }
    pub.pid = getpid();
    snprintf(pub.name, sizeof pub.name, "%ld%s", (long)pub.pid, WH_PUB_SUFFIX);
    snprintf(tmp, sizeof tmp, ".%ld%s.tmp", (long)pub.pid, WH_PUB_SUFFIX);
    snprintf(pub.path, sizeof pub.path, "%s/%s", dir, pub.name); /* may be cut: messages only */
    unlinkat(pub.dir_fd, tmp, 0); /* left by an earlier process with this pid (a link is removed, not followed) */
    pub.fd = openat(pub.dir_fd, tmp, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (pub.fd < 0 || fchmod(pub.fd, 0600) != 0) {
        weaveheap__fail(err, WEAVEHEAP_ERR_SYSTEM_ERROR, "cannot create the stats file %s/%s: %s", dir, tmp,
                        strerror(errno));
        if (pub.fd >= 0) unlinkat(pub.dir_fd, tmp, 0);
        file_close(false);
        return false;
    }
    const char* keep = getenv("WEAVEHEAP_STATS_KEEP");
    snprintf(pub.token, sizeof pub.token, "%s", keep ? keep : "");
    read_comm(pub.comm, sizeof pub.comm);
    pub.proc_start = weaveheap__pub_proc_start("/proc/self/stat");
    pub.started_ns = now_ns();
    pub.max_handles = env_number("WEAVEHEAP_STATS_MAX_HANDLES", WH_PUB_DEFAULT_MAX_HANDLES, 1u << 24);
    pub.seq = pub.snapshots = 0;
    errno = 0;
    if (!snapshot(taken_by, WH_PUB_LIVE) || renameat(pub.dir_fd, tmp, pub.dir_fd, pub.name) != 0) {
        weaveheap__fail(err, WEAVEHEAP_ERR_SYSTEM_ERROR, "cannot write the stats file %s: %s", pub.path,
                        strerror(errno ? errno : ENOSPC));
        unlinkat(pub.dir_fd, tmp, 0);
        file_close(false);
        return false;
    }
    pub.on = true;
    atomic_store_explicit(&active, true, memory_order_relaxed);
    atomic_store_explicit(&keeping, pub.token[0] != 0, memory_order_relaxed);
    return true;
}

/* -- the background thread ---------------------------------------------------- */

/* The thread runs at the lowest priority (nice 19, for itself only on
 * Linux): on a busy machine it waits rather than take the application's
 * time, and it still runs, so a region lock it holds is let go soon. It also
 * waits at least WH_PUB_DUTY times as long as its last snapshot took, so that
 * a huge table makes snapshots rarer instead of costing more than 1/WH_PUB_DUTY
 * of a core, whatever the interval asked for. */
#define WH_PUB_DUTY 100u

static uint64_t mono_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void* publisher(void* arg) {
    (void)arg;
#ifdef SYS_gettid
    setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), 19);
#endif
    uint64_t took = 0; /* ns the last snapshot took */
    pthread_mutex_lock(&lock);
    while (!pub.stop) {
        uint64_t wait = (uint64_t)pub.interval_ms * 1000000u;
        if (wait < took * WH_PUB_DUTY) wait = took * WH_PUB_DUTY;
        uint64_t at = mono_ns() + wait;
        struct timespec deadline = {(time_t)(at / 1000000000u), (long)(at % 1000000000u)};
        int rc = 0;
        while (!pub.stop && !pub.rewait && rc != ETIMEDOUT) rc = pthread_cond_timedwait(&wake, &lock, &deadline);
        if (pub.stop) break;
        if (pub.rewait) { /* the interval changed */
            pub.rewait = false;
            continue;
        }
        uint64_t t0 = mono_ns();
        if (pub.on) snapshot(WH_PUB_BY_THREAD, WH_PUB_LIVE);
        took = mono_ns() - t0;
    }
    pthread_mutex_unlock(&lock);
    return NULL;
}

/* Stops the thread, if any. `control` held, `lock` not. */
static void thread_stop(void) {
    pthread_mutex_lock(&lock);
    bool running = pub.thread_on;
    pub.stop = true;
    pthread_cond_signal(&wake);
    pthread_mutex_unlock(&lock);
    if (running) pthread_join(pub.thread, NULL);
    pthread_mutex_lock(&lock);
    pub.thread_on = false;
    pub.stop = false;
    pthread_mutex_unlock(&lock);
}

/* At exit: stop, then remove the file, or (for `weaveheap stats -- CMD`,
 * which set WEAVEHEAP_STATS_KEEP) leave a final snapshot for the command. */
static void at_exit(void) {
    pthread_mutex_lock(&control);
    if (pub.pid == getpid()) {
        thread_stop();
        pthread_mutex_lock(&lock);
        if (pub.on && pub.token[0] && snapshot(WH_PUB_BY_EXIT, WH_PUB_FINAL)) file_close(false);
        else file_close(true);
        pthread_mutex_unlock(&lock);
    }
    pthread_mutex_unlock(&control);
}

static void init_wake(void) {
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    pthread_cond_init(&wake, &a);
    pthread_condattr_destroy(&a);
}

/* fork: the child has no publisher thread and must not touch the parent's
 * file; it may start publishing its own (WEAVEHEAP_STATS is read again). */
static void fork_prepare(void) {
    pthread_mutex_lock(&control);
    pthread_mutex_lock(&lock);
}
static void fork_parent(void) {
    pthread_mutex_unlock(&lock);
    pthread_mutex_unlock(&control);
}
static void fork_child(void) {
    if (pub.map) munmap(pub.map, pub.map_size);
    if (pub.fd >= 0) close(pub.fd);
    if (pub.dir_fd >= 0) close(pub.dir_fd);
    pub.map = NULL;
    pub.map_size = 0;
    pub.fd = pub.dir_fd = -1;
    pub.on = pub.thread_on = pub.stop = pub.rewait = false;
    pub.pid = 0;
    init_wake(); /* its waiter is gone */
    atomic_store_explicit(&active, false, memory_order_relaxed);
    atomic_store_explicit(&keeping, false, memory_order_relaxed);
    atomic_store_explicit(&env_checked, false, memory_order_relaxed);
    pthread_mutex_unlock(&lock);
    pthread_mutex_unlock(&control);
}

static void init_once(void) {
    init_wake();
    atexit(at_exit);
    pthread_atfork(fork_prepare, fork_parent, fork_child);
}

/* -- the public functions ------------------------------------------------------ */

void weaveheap_publish_start(uint32_t interval_ms, weaveheap_error* out_err) {
    if (interval_ms > WH_PUB_MAX_INTERVAL_MS) {
        weaveheap__fail(out_err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "interval_ms %lu is out of range (0 .. %lu)",
                        (unsigned long)interval_ms, (unsigned long)WH_PUB_MAX_INTERVAL_MS);
        return;
    }
    if (interval_ms == 0) interval_ms = WH_PUB_DEFAULT_INTERVAL_MS;
    pthread_once(&once, init_once);
    pthread_mutex_lock(&control);
    pthread_mutex_lock(&lock);
    bool opened = false;
    uint32_t old = pub.interval_ms;
    pub.interval_ms = interval_ms;
    if (!pub.on) {
        pub.starting = true; /* the first snapshot names the interval */
        opened = file_open(WH_PUB_BY_CALL, out_err);
        pub.starting = false;
        if (!opened) {
            pub.interval_ms = old;
            goto out;
        }
    }
    if (pub.thread_on) {
        pub.rewait = true;
        pthread_cond_signal(&wake);
        goto out;
    }
    /* The thread takes no signal meant for the application. */
    sigset_t all, before;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &before);
    int rc = pthread_create(&pub.thread, NULL, publisher, NULL);
    pthread_sigmask(SIG_SETMASK, &before, NULL);
    if (rc != 0) {
        pub.interval_ms = old;
        if (opened) file_close(true);
        weaveheap__fail(out_err, WEAVEHEAP_ERR_SYSTEM_ERROR, "cannot start the publishing thread: %s",
                        strerror(rc));
        goto out;
    }
    pub.thread_on = true;
out:
    pthread_mutex_unlock(&lock);
    pthread_mutex_unlock(&control);
}

void weaveheap_publish_now(weaveheap_error* out_err) {
    pthread_once(&once, init_once);
    pthread_mutex_lock(&lock);
    if (!pub.on) file_open(WH_PUB_BY_CALL, out_err);
    else if (!snapshot(WH_PUB_BY_CALL, WH_PUB_LIVE))
        weaveheap__fail(out_err, WEAVEHEAP_ERR_SYSTEM_ERROR, "cannot write the stats file %s", pub.path);
    pthread_mutex_unlock(&lock);
}

void weaveheap_publish_stop(void) {
    if (!atomic_load_explicit(&active, memory_order_relaxed)) return;
    pthread_mutex_lock(&control);
    thread_stop();
    pthread_mutex_lock(&lock);
    file_close(true);
    pthread_mutex_unlock(&lock);
    pthread_mutex_unlock(&control);
}

bool weaveheap_publish_active(void) { return atomic_load_explicit(&active, memory_order_relaxed); }

/* A program whose exit skips the C atexit handlers (Go's runtime exits with
 * a bare exit_group; so does _exit()) never writes its final snapshot, and
 * `weaveheap stats -- CMD` would show its last one, which may be from its
 * first region_create. So under `stats -- CMD` (WEAVEHEAP_STATS_KEEP set),
 * each region_destroy also takes a snapshot on the caller's thread: always
 * when it leaves no region live (a program that closes its regions before it
 * exits is reported exactly), otherwise when the last such snapshot took less
 * than 1/WH_PUB_DUTY of the time since (a program destroying regions all the
 * time pays at most about 1%). Never outside `stats -- CMD`. */
void weaveheap__publish_region_destroyed(void) {
    static uint64_t last_end, last_took; /* under `lock` */
    if (WH_LIKELY(!atomic_load_explicit(&keeping, memory_order_relaxed))) return;
    weaveheap_stats g;
    weaveheap_stats_global(&g, NULL);
    pthread_mutex_lock(&lock);
    uint64_t t0 = mono_ns();
    if (pub.on && pub.token[0] && pub.pid == getpid() &&
        (g.regions_live == 0 || t0 - last_end >= last_took * WH_PUB_DUTY)) {
        snapshot(WH_PUB_BY_DESTROY, WH_PUB_LIVE);
        last_end = mono_ns();
        last_took = last_end - t0;
    }
    pthread_mutex_unlock(&lock);
}

/* WEAVEHEAP_STATS=1 (or on, yes, true) starts publishing once per process,
 * with WEAVEHEAP_STATS_INTERVAL_MS if set. A failure is said once on stderr:
 * the user asked for it and the program has no error to look at. */
void weaveheap__publish_first_use(void) {
    if (WH_LIKELY(atomic_load_explicit(&env_checked, memory_order_acquire))) return;
    if (atomic_exchange_explicit(&env_checked, true, memory_order_acq_rel)) return;
    const char* v = getenv("WEAVEHEAP_STATS");
    if (!v || !(strcmp(v, "1") == 0 || strcmp(v, "on") == 0 || strcmp(v, "yes") == 0 || strcmp(v, "true") == 0))
        return;
    uint32_t ms = (uint32_t)env_number("WEAVEHEAP_STATS_INTERVAL_MS", 0, WH_PUB_MAX_INTERVAL_MS);
    weaveheap_error err = {0};
    weaveheap_publish_start(ms, &err);
    if (err.code) fprintf(stderr, "weaveheap: WEAVEHEAP_STATS is set but publishing failed: %s\n", err.message);
    weaveheap_error_clear(&err);
}

#endif
