/* Live stats publishing (publish.start/now/stop/active), in a directory of
 * the test's own ($WEAVEHEAP_STATS_DIR): the file appears and goes, and an
 * unsafe directory or a file that cannot be made is refused, changing
 * nothing. The file's contents are the CLI's tests' business (tests/cli). */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "publish.h" /* WH_PUB_SUFFIX, WH_PUB_MAX_INTERVAL_MS */

static char dir[256], file[1024];

static bool exists(const char* path) {
    struct stat st;
    return lstat(path, &st) == 0;
}

static void use_dir(const char* d) {
    setenv("WEAVEHEAP_STATS_DIR", d, 1);
    snprintf(file, sizeof file, "%s/%ld%s", d, (long)getpid(), WH_PUB_SUFFIX);
}

static void start_now_stop(void) {
    weaveheap_error err = {0};
    snprintf(dir, sizeof dir, "/tmp/weaveheap-core-tests-XXXXXX");
    REQUIRE_NE_PTR(mkdtemp(dir), NULL);
    use_dir(dir);
    CHECK_TRUE(!weaveheap_publish_active());
    weaveheap_publish_stop(); /* a no-op when not publishing */
    COVERS(weaveheap_publish_stop);
    COVERS(weaveheap_publish_active);

    /* a thread-safe region with something in it, for the snapshots to read */
    weaveheap_region_t r = wh_region(&(weaveheap_region_options){.thread_safe = true});
    weaveheap_buffer_alloc(r, 100, 16, &err);
    EXPECT_OK(weaveheap_buffer_alloc, &err);

    weaveheap_publish_start(WH_PUB_MAX_INTERVAL_MS + 1, &err);
    EXPECT_ERR_MSG(weaveheap_publish_start, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "interval_ms");
    CHECK_TRUE(!weaveheap_publish_active());
    CHECK_TRUE(!exists(file));

    weaveheap_publish_start(20, &err);
    EXPECT_OK(weaveheap_publish_start, &err);
    CHECK_TRUE(weaveheap_publish_active());
    CHECK_TRUE(exists(file));
    struct stat st;
    CHECK_TRUE(lstat(file, &st) == 0 && (st.st_mode & 0777) == 0600);
    weaveheap_publish_start(0, &err); /* again: only the interval changes */
    EXPECT_OK(weaveheap_publish_start, &err);
    weaveheap_publish_now(&err);
    EXPECT_OK(weaveheap_publish_now, &err);
    nanosleep(&(struct timespec){.tv_nsec = 60 * 1000 * 1000}, NULL); /* a few background snapshots */
    weaveheap_publish_stop();
    CHECK_TRUE(!weaveheap_publish_active());
    CHECK_TRUE(!exists(file));

    /* now() alone makes the file, without the thread; stop removes it */
    weaveheap_publish_now(&err);
    EXPECT_OK(weaveheap_publish_now, &err);
    CHECK_TRUE(weaveheap_publish_active());
    CHECK_TRUE(exists(file));
    weaveheap_publish_stop();
    CHECK_TRUE(!exists(file));
    CHECK_TRUE(!weaveheap_publish_active());
    wh_destroy(r);
}

static void refuses_an_unsafe_directory(void) {
    weaveheap_error err = {0};
    char open_dir[300];
    snprintf(open_dir, sizeof open_dir, "%s/open", dir);
    REQUIRE_TRUE(mkdir(open_dir, 0700) == 0 && chmod(open_dir, 0777) == 0);
    use_dir(open_dir);
    weaveheap_publish_start(0, &err);
    EXPECT_ERR_MSG(weaveheap_publish_start, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "open");
    weaveheap_publish_now(&err);
    EXPECT_ERR_MSG(weaveheap_publish_now, &err, WEAVEHEAP_ERR_INVALID_ARGUMENT, "open");
    CHECK_TRUE(!weaveheap_publish_active());
    CHECK_TRUE(!exists(file));
    rmdir(open_dir);
}

/* The file is made under a temporary name first: with that name taken by a
 * directory, it cannot be made (system_error, as the IDL says). */
static void refuses_when_the_file_cannot_be_made(void) {
    weaveheap_error err = {0};
    char sub[300], tmp[400];
    snprintf(sub, sizeof sub, "%s/blocked", dir);
    REQUIRE_TRUE(mkdir(sub, 0700) == 0);
    use_dir(sub);
    snprintf(tmp, sizeof tmp, "%s/.%ld%s.tmp", sub, (long)getpid(), WH_PUB_SUFFIX);
    REQUIRE_TRUE(mkdir(tmp, 0700) == 0);
    weaveheap_publish_start(0, &err);
    EXPECT_ERR_MSG(weaveheap_publish_start, &err, WEAVEHEAP_ERR_SYSTEM_ERROR, "stats file");
    weaveheap_publish_now(&err);
    EXPECT_ERR(weaveheap_publish_now, &err, WEAVEHEAP_ERR_SYSTEM_ERROR);
    CHECK_TRUE(!weaveheap_publish_active());
    CHECK_TRUE(!exists(file));
    rmdir(tmp);
    rmdir(sub);
    rmdir(dir);
    unsetenv("WEAVEHEAP_STATS_DIR");
}

/* A message longer than any fixed buffer arrives whole (it names a
 * directory of 600 characters that cannot be made). */
static void long_messages_arrive_whole(void) {
    weaveheap_error err = {0};
    char longdir[700];
    int n = snprintf(longdir, sizeof longdir, "%s/missing/", dir);
    while (n < 600) longdir[n++] = 'd';
    longdir[n] = 0;
    use_dir(longdir);
    weaveheap_publish_now(&err);
    CHECK_EQ_I64(err.code, WEAVEHEAP_ERR_SYSTEM_ERROR);
    CHECK_CONTAINS(err.message, longdir);
    CHECK_TRUE(err.message && strlen(err.message) > 600);
    EXPECT_ERR(weaveheap_publish_now, &err, WEAVEHEAP_ERR_SYSTEM_ERROR);
    CHECK_TRUE(!weaveheap_publish_active());
}

static const wh_test tests[] = {
    {"start, now, stop, active; the file comes and goes", start_now_stop},
    {"an unsafe directory is refused", refuses_an_unsafe_directory},
    {"a long message arrives whole", long_messages_arrive_whole},
    {"a file that cannot be made is refused", refuses_when_the_file_cannot_be_made},
    {NULL, NULL},
};
const wh_suite wh_suite_publish = {"publish", tests};
