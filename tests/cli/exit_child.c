/* A program that leaves through _exit(), as a Go program does (Go's runtime
 * ends the process with exit_group and never runs the C atexit handlers),
 * for `weaveheap stats -- CMD` (test_stats.py):
 *
 *   exit_child close N   two regions (one thread-safe) with objects and
 *                        borrows, everything released and both regions
 *                        destroyed, then _exit(N)
 *   exit_child keep N    one region left live with its objects; waits until
 *                        a snapshot of its own stats file shows them (the
 *                        background thread's), then _exit(N)
 *
 * Before leaving it prints, on stdout, one JSON line: its own reading of
 * weaveheap_stats_global(), to compare with what `weaveheap stats` reports. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void must(weaveheap_error* err, const char* what) {
    if (err->code) {
        fprintf(stderr, "exit_child: %s: %s\n", what, err->message);
        _exit(99);
    }
}

static void print_global(void) {
    weaveheap_stats g;
    weaveheap_stats_global(&g, NULL);
    wh_print_counters_json(stdout, &g);
    putchar('\n');
    fflush(stdout);
}

/* Objects and borrows in r: 3 allocations, 1 release, 2 borrows taken and
 * given back. */
static void fill(weaveheap_region_t r, weaveheap_error* err) {
    weaveheap_buffer_t a = weaveheap_buffer_alloc(r, 1000, 16, err);
    weaveheap_string_t s = weaveheap_string_create(r, (const uint8_t*)"go-like", 7, err);
    weaveheap_buffer_t tmp = weaveheap_buffer_alloc(r, 64, 8, err);
    must(err, "objects");
    weaveheap_buffer_release(tmp, err);
    weaveheap_view v;
    weaveheap_borrow_t t1 = weaveheap_borrow_unique(a, &v, err);
    must(err, "borrow");
    memset(v.data, 7, 1000);
    weaveheap_borrow_release(t1, err);
    weaveheap_borrow_t t2 = weaveheap_borrow_shared(s, &v, err);
    weaveheap_borrow_release(t2, err);
    must(err, "borrows");
}

/* Whether this process's stats file holds a snapshot whose process counters
 * are `want`. */
static bool published(const weaveheap_stats* want) {
    wh_dir d;
    wh_snap s;
    char msg[PATH_MAX + 512];
    if (wh_stats_dir(NULL, &d, msg, sizeof msg) != WH_EXIT_OK) return false;
    bool same = false;
    if (wh_snap_read(&d, (long)getpid(), &s, msg, sizeof msg) == WH_EXIT_OK) {
        same = memcmp(&s.h->process, want, sizeof *want) == 0;
        wh_snap_free(&s);
    }
    wh_dir_close(&d);
    return same;
}

int main(int argc, char** argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: exit_child close|keep STATUS\n");
        return 2;
    }
    int status = atoi(argv[2]);
    weaveheap_error err = {0};
    if (strcmp(argv[1], "close") == 0) {
        weaveheap_region_t a = weaveheap_region_create(NULL, &err);
        weaveheap_region_options o = {.thread_safe = true, .chunk_size = 4096};
        weaveheap_region_t b = weaveheap_region_create(&o, &err);
        must(&err, "regions");
        fill(a, &err);
        fill(b, &err);
        weaveheap_region_destroy(a, &err);
        weaveheap_region_destroy(b, &err);
        must(&err, "destroy");
        print_global();
        _exit(status);
    }
    weaveheap_region_t a = weaveheap_region_create(NULL, &err);
    must(&err, "region");
    fill(a, &err);
    weaveheap_stats want;
    weaveheap_stats_global(&want, NULL);
    for (int i = 0; i < 3000 && !published(&want); i++) /* up to 30 s on a loaded machine */
        nanosleep(&(struct timespec){0, 10000000}, NULL);
    print_global();
    _exit(status);
}
