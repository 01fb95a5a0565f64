/* The publish module of the IDL (core/src/publish.c), in process: the file
 * it makes (where, which modes, what it says, read back with the CLI's own
 * reader), its errors (a failed call changes nothing), the background
 * thread, fork, the handle cap, and readers racing the writer's seqlock. */
#include "sanitized.h"
#include "cli.h"

#include <CUnit/Basic.h>
#include <dirent.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static char root[] = "/tmp/weaveheap-test-publish-XXXXXX";
static char dir[PATH_MAX];

static void use_dir(const char* name) {
    snprintf(dir, sizeof dir, "%s/%s", root, name);
    setenv("WEAVEHEAP_STATS_DIR", dir, 1);
}

static int files_in(const char* d) {
    DIR* x = opendir(d);
    if (!x) return -1;
    int n = 0;
    struct dirent* e;
    while ((e = readdir(x)) != NULL) n += e->d_name[0] != '.';
    closedir(x);
    return n;
}

static void sleep_ms(int ms) { nanosleep(&(struct timespec){ms / 1000, (ms % 1000) * 1000000L}, NULL); }

/* Reads this process's snapshot with the CLI's reader; fails the test if it cannot. */
static bool read_self(wh_snap* s) {
    char msg[PATH_MAX + 512];
    wh_dir d;
    int code = wh_stats_dir(dir, &d, msg, sizeof msg);
    if (code == WH_EXIT_OK) code = wh_snap_read(&d, (long)getpid(), s, msg, sizeof msg);
    wh_dir_close(&d);
    if (code != WH_EXIT_OK) fprintf(stderr, "\n  read: %s\n", msg);
    CU_ASSERT_EQUAL(code, WH_EXIT_OK);
    return code == WH_EXIT_OK;
}

/* A file of the user's outside the stats directory, which no publisher may
 * touch. */
static void make_victim(const char* path) {
    FILE* f = fopen(path, "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fputs("precious", f);
    fclose(f);
}

static bool victim_intact(const char* path) {
    char buf[32] = "";
    FILE* f = fopen(path, "r");
    if (!f) return false;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    return strcmp(buf, "precious") == 0;
}

static const weaveheap__pub_region* region_of(const wh_snap* s, weaveheap_region_t r) {
    for (uint64_t i = 0; i < s->h->region_count; i++)
        if (s->regions[i].handle == r) return &s->regions[i];
    return NULL;
}

static void test_bad_interval(void) {
    use_dir("interval");
    weaveheap_error err = {0};
    weaveheap_publish_start(3600001, &err);
    CU_ASSERT_EQUAL(err.code, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    CU_ASSERT_TRUE(err.message && strstr(err.message, "interval_ms 3600001") != NULL);
    CU_ASSERT_FALSE(weaveheap_publish_active());
    CU_ASSERT_EQUAL(files_in(dir), -1); /* nothing made, not even the directory */
    weaveheap_error_clear(&err);
}

static void expect_refused(const char* why) {
    weaveheap_error err = {0};
    weaveheap_publish_start(0, &err);
    CU_ASSERT_EQUAL(err.code, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    if (!err.message || !strstr(err.message, why)) {
        fprintf(stderr, "\n  message \"%s\" lacks \"%s\"\n", err.message ? err.message : "(null)", why);
        CU_FAIL("message");
    }
    weaveheap_error_clear(&err);
    weaveheap_publish_now(&err);
    CU_ASSERT_EQUAL(err.code, WEAVEHEAP_ERR_INVALID_ARGUMENT);
    weaveheap_error_clear(&err);
    CU_ASSERT_FALSE(weaveheap_publish_active());
}

static void test_unsafe_dirs(void) {
    use_dir("open");
    mkdir(dir, 0755);
    chmod(dir, 0755);
    expect_refused("has mode 0755");
    CU_ASSERT_EQUAL(files_in(dir), 0);

    use_dir("link");
    char target[PATH_MAX], spelled[PATH_MAX + 8];
    snprintf(target, sizeof target, "%s/real", root);
    mkdir(target, 0700);
    CU_ASSERT_EQUAL(symlink(target, dir), 0);
    expect_refused("a symbolic link");
    CU_ASSERT_EQUAL(files_in(target), 0);
    /* The kernel follows "link/" and "link/." even under O_NOFOLLOW. */
    static const char* const tails[] = {"/", "/.", "/./", "//", "/.//./"};
    for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
        snprintf(spelled, sizeof spelled, "%s/link%s", root, tails[i]);
        setenv("WEAVEHEAP_STATS_DIR", spelled, 1);
        expect_refused("a symbolic link");
        CU_ASSERT_EQUAL(files_in(target), 0);
    }
    snprintf(spelled, sizeof spelled, "%s/real/..", root);
    setenv("WEAVEHEAP_STATS_DIR", spelled, 1);
    expect_refused("ends in its own name");
    snprintf(spelled, sizeof spelled, "%s/real/", root); /* a real directory with a slash is fine */
    setenv("WEAVEHEAP_STATS_DIR", spelled, 1);
    weaveheap_error err = {0};
    weaveheap_publish_now(&err);
    CU_ASSERT_EQUAL(err.code, 0);
    CU_ASSERT_EQUAL(files_in(target), 1);
    weaveheap_publish_stop();
    CU_ASSERT_EQUAL(files_in(target), 0);
    weaveheap_error_clear(&err);

    if (geteuid() == 0) { /* only root can give a directory away */
        use_dir("foreign");
        mkdir(dir, 0700);
        CU_ASSERT_EQUAL(chown(dir, 65534, 65534), 0);
        expect_refused("belongs to uid 65534");
        CU_ASSERT_EQUAL(files_in(dir), 0);
    }
}

/* The directory swapped for a link to another directory of the user's
 * between start and stop: the publisher keeps writing to, and removes its
 * file from, the directory it opened; the other directory's file of the
 * same name is never touched (issue 10, item 7). */
static void test_dir_swapped(void) {
    use_dir("swap");
    char moved[PATH_MAX + 8], other[PATH_MAX + 8], victim[PATH_MAX + 48], mine[PATH_MAX + 48];
    snprintf(moved, sizeof moved, "%s.moved", dir);
    snprintf(other, sizeof other, "%s/other", root);
    mkdir(other, 0700);
    snprintf(victim, sizeof victim, "%s/%ld.stats", other, (long)getpid());
    make_victim(victim);
    weaveheap_error err = {0};
    weaveheap_publish_start(5, &err);
    CU_ASSERT_EQUAL_FATAL(err.code, 0);
    CU_ASSERT_EQUAL(rename(dir, moved), 0);
    CU_ASSERT_EQUAL(symlink(other, dir), 0);
    weaveheap_publish_now(&err); /* still into the directory it opened */
    CU_ASSERT_EQUAL(err.code, 0);
    sleep_ms(20);                /* and the thread too */
    CU_ASSERT_TRUE(victim_intact(victim));
    snprintf(mine, sizeof mine, "%s/%ld.stats", moved, (long)getpid());
    struct stat st;
    CU_ASSERT_EQUAL(stat(mine, &st), 0);
    weaveheap_publish_stop();
    CU_ASSERT_TRUE(victim_intact(victim));
    CU_ASSERT_EQUAL(files_in(moved), 0);
    CU_ASSERT_EQUAL(files_in(other), 1);
    weaveheap_error_clear(&err);
}

/* Links planted at the temporary and the final name: replaced, never
 * followed; a link put in place of the file after it was made is not the
 * publisher's file: left alone at stop. */
static void test_planted_names(void) {
    use_dir("planted");
    mkdir(dir, 0700);
    char victim[PATH_MAX + 16], tmp[PATH_MAX + 48], final[PATH_MAX + 48];
    snprintf(victim, sizeof victim, "%s/victim", root);
    make_victim(victim);
    snprintf(tmp, sizeof tmp, "%s/.%ld.stats.tmp", dir, (long)getpid());
    snprintf(final, sizeof final, "%s/%ld.stats", dir, (long)getpid());
    CU_ASSERT_EQUAL(symlink(victim, tmp), 0);
    CU_ASSERT_EQUAL(symlink(victim, final), 0);
    weaveheap_error err = {0};
    weaveheap_publish_now(&err);
    CU_ASSERT_EQUAL(err.code, 0);
    CU_ASSERT_TRUE(victim_intact(victim));
    struct stat st;
    CU_ASSERT_TRUE(lstat(final, &st) == 0 && S_ISREG(st.st_mode));
    CU_ASSERT_EQUAL(lstat(tmp, &st), -1);
    wh_snap s;
    if (read_self(&s)) wh_snap_free(&s);
    char planted[PATH_MAX + 64];
    snprintf(planted, sizeof planted, "%s/planted", dir);
    CU_ASSERT_EQUAL(symlink(victim, planted), 0);
    CU_ASSERT_EQUAL(rename(planted, final), 0);
    weaveheap_publish_stop();
    CU_ASSERT_TRUE(victim_intact(victim));
    CU_ASSERT_TRUE(lstat(final, &st) == 0 && S_ISLNK(st.st_mode)); /* not its file: not removed */
    unlink(final);
    weaveheap_error_clear(&err);
}

static void test_now_writes_file(void) {
    use_dir("now/nested"); /* the parent is missing: mkdir fails, nothing is made */
    weaveheap_error err = {0};
    weaveheap_publish_now(&err);
    CU_ASSERT_EQUAL(err.code, WEAVEHEAP_ERR_SYSTEM_ERROR);
    weaveheap_error_clear(&err);

    use_dir("now");
    weaveheap_region_t r = weaveheap_region_create(NULL, &err);
    weaveheap_buffer_t b = weaveheap_buffer_alloc(r, 40, 8, &err);
    weaveheap_string_t s = weaveheap_string_create(r, (const uint8_t*)"xyz", 3, &err);
    weaveheap_view v;
    weaveheap_borrow_t t = weaveheap_borrow_unique(b, &v, &err);
    CU_ASSERT_EQUAL_FATAL(err.code, 0);
    weaveheap_publish_now(&err);
    CU_ASSERT_EQUAL(err.code, 0);
    CU_ASSERT_TRUE(weaveheap_publish_active());

    struct stat st;
    CU_ASSERT_EQUAL(stat(dir, &st), 0);
    CU_ASSERT_EQUAL(st.st_mode & 07777, 0700);
    char path[PATH_MAX + 32];
    snprintf(path, sizeof path, "%s/%ld.stats", dir, (long)getpid());
    CU_ASSERT_EQUAL(stat(path, &st), 0);
    CU_ASSERT_EQUAL(st.st_mode & 07777, 0600);
    CU_ASSERT_EQUAL(st.st_uid, geteuid());
    CU_ASSERT_EQUAL(files_in(dir), 1); /* no temporary file left */

    wh_snap snap;
    if (read_self(&snap)) {
        CU_ASSERT_STRING_EQUAL(snap.status, "live");
        CU_ASSERT_EQUAL(snap.h->taken_by, WH_PUB_BY_CALL);
        CU_ASSERT_EQUAL(snap.h->interval_ms, 0);
        const weaveheap__pub_region* rec = region_of(&snap, r);
        CU_ASSERT_PTR_NOT_NULL_FATAL(rec);
        CU_ASSERT_EQUAL(rec->handle_total, 3);
        CU_ASSERT_EQUAL(rec->handle_count, 3);
        CU_ASSERT_EQUAL(rec->kind_live[WEAVEHEAP_HANDLE_KIND_BUFFER], 1);
        CU_ASSERT_EQUAL(rec->kind_bytes[WEAVEHEAP_HANDLE_KIND_BUFFER], 40);
        CU_ASSERT_EQUAL(rec->kind_live[WEAVEHEAP_HANDLE_KIND_STRING], 1);
        CU_ASSERT_EQUAL(rec->kind_live[WEAVEHEAP_HANDLE_KIND_BORROW], 1);
        CU_ASSERT_EQUAL(rec->chunks, 1);
        CU_ASSERT_EQUAL(rec->bytes_used, 44);
        CU_ASSERT_EQUAL(rec->counters.allocations, 2);
        CU_ASSERT_EQUAL(rec->counters.borrows_active, 1);
        const weaveheap__pub_handle* hb = NULL;
        const weaveheap__pub_handle* ht = NULL;
        for (uint64_t i = 0; i < rec->handle_count; i++) {
            const weaveheap__pub_handle* x = &snap.handles[rec->handle_first + i];
            if (x->handle == b) hb = x;
            if (x->handle == t) ht = x;
            if (x->handle == s) CU_ASSERT_EQUAL(x->size, 3);
        }
        CU_ASSERT_PTR_NOT_NULL_FATAL(hb);
        CU_ASSERT_PTR_NOT_NULL_FATAL(ht);
        CU_ASSERT_EQUAL(hb->borrows, -1); /* unique */
        CU_ASSERT_EQUAL(hb->size, 40);
        CU_ASSERT_EQUAL(ht->target, b);
        CU_ASSERT_EQUAL(ht->flags, WH_PUB_HANDLE_TOKEN | WH_PUB_HANDLE_UNIQUE);
        wh_snap_free(&snap);
    }
    /* A reset shows at the next snapshot: no handles, chunks kept. */
    weaveheap_borrow_release(t, &err);
    weaveheap_region_reset(r, &err);
    weaveheap_publish_now(&err);
    CU_ASSERT_EQUAL(err.code, 0);
    if (read_self(&snap)) {
        const weaveheap__pub_region* rec = region_of(&snap, r);
        CU_ASSERT_PTR_NOT_NULL_FATAL(rec);
        CU_ASSERT_EQUAL(rec->handle_total, 0);
        CU_ASSERT_EQUAL(rec->chunks, 1);
        CU_ASSERT_EQUAL(rec->bytes_used, 0);
        CU_ASSERT_EQUAL(snap.h->snapshots, 2);
        wh_snap_free(&snap);
    }
    weaveheap_region_destroy(r, &err);
    weaveheap_publish_now(&err);
    if (read_self(&snap)) {
        CU_ASSERT_PTR_NULL(region_of(&snap, r));
        wh_snap_free(&snap);
    }
    weaveheap_publish_stop();
    CU_ASSERT_FALSE(weaveheap_publish_active());
    CU_ASSERT_EQUAL(files_in(dir), 0);
    weaveheap_publish_stop(); /* again: a no-op */
    CU_ASSERT_EQUAL(err.code, 0);
}

static void test_thread(void) {
    use_dir("thread");
    weaveheap_error err = {0};
    weaveheap_publish_start(10, &err);
    CU_ASSERT_EQUAL_FATAL(err.code, 0);
    wh_snap s;
    uint64_t seen = 0;
    for (int i = 0; i < 500 && seen < 4; i++) { /* up to 5 s on a loaded machine */
        sleep_ms(10);
        if (read_self(&s)) {
            seen = s.h->snapshots;
            if (seen >= 2) CU_ASSERT_EQUAL(s.h->taken_by, WH_PUB_BY_THREAD);
            CU_ASSERT_EQUAL(s.h->interval_ms, 10);
            wh_snap_free(&s);
        }
    }
    CU_ASSERT_TRUE(seen >= 4);
    weaveheap_publish_start(20, &err); /* a new interval, the same file */
    CU_ASSERT_EQUAL(err.code, 0);
    bool changed = false;
    for (int i = 0; i < 500 && !changed; i++) {
        sleep_ms(10);
        if (read_self(&s)) {
            changed = s.h->interval_ms == 20 && s.h->snapshots > seen;
            wh_snap_free(&s);
        }
    }
    CU_ASSERT_TRUE(changed);
    CU_ASSERT_EQUAL(files_in(dir), 1);
    weaveheap_publish_stop();
    CU_ASSERT_EQUAL(files_in(dir), 0);
    CU_ASSERT_FALSE(weaveheap_publish_active());
}

static void test_fork(void) {
    use_dir("fork");
    weaveheap_error err = {0};
    weaveheap_publish_start(10, &err);
    CU_ASSERT_EQUAL_FATAL(err.code, 0);
    pid_t p = fork();
    if (p == 0) {
        /* The child does not publish (no thread, no file of its own) and its
         * exit must leave the parent's file alone. */
        if (weaveheap_publish_active()) _exit(3);
#if WH_SANITIZED
        _exit(0); /* see sanitized.h: the plain build runs the exit handlers */
#else
        exit(0);
#endif
    }
    int st = 0;
    waitpid(p, &st, 0);
    CU_ASSERT_TRUE(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    CU_ASSERT_EQUAL(files_in(dir), 1);
    wh_snap s;
    if (read_self(&s)) wh_snap_free(&s);
    weaveheap_publish_stop();
}

/* A thread-safe region changing all the time while the publisher writes every
 * millisecond and this thread reads: every read is whole or retried, never torn. */
static _Atomic bool stop_churn;
static void* churn(void* arg) {
    weaveheap_region_t r = *(weaveheap_region_t*)arg;
    weaveheap_buffer_t keep[64] = {0};
    unsigned i = 0;
    while (!atomic_load(&stop_churn)) {
        unsigned k = i++ % 64;
        if (keep[k]) weaveheap_buffer_release(keep[k], NULL);
        keep[k] = weaveheap_buffer_alloc(r, 16 + k, 16, NULL);
        if (k == 63) weaveheap_region_reset(r, NULL), memset(keep, 0, sizeof keep);
    }
    return NULL;
}

static void test_readers_race_writer(void) {
    use_dir("race");
    weaveheap_error err = {0};
    weaveheap_region_options o = {.thread_safe = true};
    weaveheap_region_t r = weaveheap_region_create(&o, &err);
    weaveheap_publish_start(1, &err);
    CU_ASSERT_EQUAL_FATAL(err.code, 0);
    pthread_t t;
    atomic_store(&stop_churn, false);
    pthread_create(&t, NULL, churn, &r);
    int ok = 0;
    uint64_t first = 0, last = 0;
    for (int i = 0; i < 400; i++) {
        wh_snap s;
        if (read_self(&s)) {
            ok++;
            const weaveheap__pub_region* rec = region_of(&s, r);
            CU_ASSERT_PTR_NOT_NULL(rec);
            if (rec) CU_ASSERT_EQUAL(rec->table, WH_PUB_TABLE_LOCKED);
            if (!first) first = s.h->snapshots;
            last = s.h->snapshots;
            wh_snap_free(&s);
        }
        sleep_ms(1);
    }
    atomic_store(&stop_churn, true);
    pthread_join(t, NULL);
    CU_ASSERT_EQUAL(ok, 400);
    CU_ASSERT_TRUE(last > first); /* the reads did overlap writes */
    weaveheap_publish_stop();
    weaveheap_region_destroy(r, &err);
    CU_ASSERT_EQUAL(err.code, 0);
}

static void test_handle_cap(void) {
    use_dir("cap");
    setenv("WEAVEHEAP_STATS_MAX_HANDLES", "5", 1);
    weaveheap_error err = {0};
    weaveheap_region_t r = weaveheap_region_create(NULL, &err);
    for (int i = 0; i < 20; i++) weaveheap_buffer_alloc(r, 8, 8, &err);
    weaveheap_publish_now(&err);
    CU_ASSERT_EQUAL(err.code, 0);
    wh_snap s;
    if (read_self(&s)) {
        const weaveheap__pub_region* rec = region_of(&s, r);
        CU_ASSERT_PTR_NOT_NULL_FATAL(rec);
        CU_ASSERT_EQUAL(rec->handle_total, 20);
        CU_ASSERT_EQUAL(rec->kind_live[WEAVEHEAP_HANDLE_KIND_BUFFER], 20);
        CU_ASSERT_EQUAL(rec->kind_bytes[WEAVEHEAP_HANDLE_KIND_BUFFER], 160);
        CU_ASSERT_EQUAL(s.h->handle_count, 5);
        wh_snap_free(&s);
    }
    weaveheap_publish_stop();
    unsetenv("WEAVEHEAP_STATS_MAX_HANDLES");
    weaveheap_region_destroy(r, &err);
}

int main(void) {
    unsetenv("WEAVEHEAP_STATS");
    unsetenv("WEAVEHEAP_STATS_KEEP");
    if (!mkdtemp(root)) return 1;
    if (CU_initialize_registry() != CUE_SUCCESS) return 1;
    CU_pSuite s = CU_add_suite("publish", NULL, NULL);
    CU_add_test(s, "bad_interval", test_bad_interval);
    CU_add_test(s, "unsafe_dirs", test_unsafe_dirs);
    CU_add_test(s, "dir_swapped", test_dir_swapped);
    CU_add_test(s, "planted_names", test_planted_names);
    CU_add_test(s, "now_writes_file", test_now_writes_file);
    CU_add_test(s, "thread", test_thread);
    CU_add_test(s, "fork", test_fork);
    CU_add_test(s, "readers_race_writer", test_readers_race_writer);
    CU_add_test(s, "handle_cap", test_handle_cap);
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
    CU_cleanup_registry();
    char cmd[PATH_MAX];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", root);
    return failed ? 1 : 0;
}
