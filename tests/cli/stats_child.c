/* A process with known regions, handles and borrows, for the CLI tests:
 *
 *   region A  single-threaded, default options
 *             buffer a1 (64 B, shared x2), bytes b1 "hello" (unique),
 *             string s1 "h\u00e9llo w\u00f6rld" (13 B, not borrowed),
 *             a buffer of 100 B released at once, one refused unique borrow
 *   region B  thread-safe, 4 KiB chunks, 1 MiB limit
 *             buffer big (3000 B: a chunk of its own), string s2 "abc" (shared x1)
 *   region C  made, given a 10 B buffer, destroyed
 *   plus one call with a stale handle (tmp's, whose slot t1 reuses).
 *
 * It then publishes (--mode now: weaveheap_publish_now(); thread:
 * weaveheap_publish_start(50); env: nothing, WEAVEHEAP_STATS=1 did it), prints
 * one JSON line with its handles and its own view of the counters, and reads
 * commands on stdin: "now" publishes again, "fork" forks a child that makes a
 * region and exits, "vanish" ends at once without exit handlers (like a
 * crash), "quit" (or EOF) releases everything and exits with --exit N. */
#include "sanitized.h"
#include "weaveheap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static void must(weaveheap_error* err, const char* what) {
    if (err->code) {
        fprintf(stderr, "stats_child: %s: %s\n", what, err->message);
        exit(99);
    }
}

static void print_stats(const char* name, const weaveheap_stats* s) {
    printf("\"%s\":{\"allocations\":%llu,\"releases\":%llu,\"bytes_allocated\":%llu,\"bytes_live\":%llu,"
           "\"bytes_peak\":%llu,\"bytes_reserved\":%llu,\"borrows_taken\":%llu,\"borrows_active\":%llu,"
           "\"borrow_conflicts\":%llu,\"stale_rejected\":%llu,\"copies\":%llu,\"copy_bytes\":%llu,"
           "\"regions_live\":%llu,\"imports\":%llu}",
           name, (unsigned long long)s->allocations, (unsigned long long)s->releases,
           (unsigned long long)s->bytes_allocated, (unsigned long long)s->bytes_live,
           (unsigned long long)s->bytes_peak, (unsigned long long)s->bytes_reserved,
           (unsigned long long)s->borrows_taken, (unsigned long long)s->borrows_active,
           (unsigned long long)s->borrow_conflicts, (unsigned long long)s->stale_rejected,
           (unsigned long long)s->copies, (unsigned long long)s->copy_bytes, (unsigned long long)s->regions_live,
           (unsigned long long)s->imports);
}

int main(int argc, char** argv) {
    const char* mode = "now";
    int exit_code = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (strcmp(argv[i], "--mode") == 0) mode = argv[i + 1];
        else if (strcmp(argv[i], "--exit") == 0) exit_code = atoi(argv[i + 1]);
    }
    weaveheap_error err = {0};
    weaveheap_region_t a = weaveheap_region_create(NULL, &err);
    must(&err, "region A");
    weaveheap_buffer_t a1 = weaveheap_buffer_alloc(a, 64, 16, &err);
    weaveheap_bytes_t b1 = weaveheap_bytes_create(a, (const uint8_t*)"hello", 5, &err);
    const char* text = "h\xc3\xa9llo w\xc3\xb6rld";
    weaveheap_string_t s1 = weaveheap_string_create(a, (const uint8_t*)text, strlen(text), &err);
    weaveheap_buffer_t tmp = weaveheap_buffer_alloc(a, 100, 16, &err);
    must(&err, "objects of A");
    weaveheap_buffer_release(tmp, &err);
    must(&err, "release");
    weaveheap_view v;
    weaveheap_borrow_t t1 = weaveheap_borrow_shared(a1, &v, &err);
    weaveheap_borrow_t t2 = weaveheap_borrow_shared(a1, &v, &err);
    weaveheap_borrow_t t3 = weaveheap_borrow_unique(b1, &v, &err);
    must(&err, "borrows of A");
    weaveheap_borrow_unique(a1, &v, &err); /* refused: a1 is shared */
    if (err.code != WEAVEHEAP_ERR_BORROW_CONFLICT) return 98;
    weaveheap_error_clear(&err);

    weaveheap_region_options ob = {.chunk_size = 4096, .byte_limit = 1 << 20, .thread_safe = true};
    weaveheap_region_t b = weaveheap_region_create(&ob, &err);
    weaveheap_buffer_t big = weaveheap_buffer_alloc(b, 3000, 16, &err);
    weaveheap_string_t s2 = weaveheap_string_create(b, (const uint8_t*)"abc", 3, &err);
    weaveheap_borrow_t t4 = weaveheap_borrow_shared(s2, &v, &err);
    must(&err, "region B");

    weaveheap_region_t c = weaveheap_region_create(NULL, &err);
    weaveheap_buffer_alloc(c, 10, 16, &err);
    weaveheap_region_destroy(c, &err);
    must(&err, "region C");
    weaveheap_buffer_size(tmp, &err); /* its slot now holds the borrow token t1 */
    if (err.code != WEAVEHEAP_ERR_REUSED_HANDLE) return 97;
    weaveheap_error_clear(&err);

    if (strcmp(mode, "now") == 0) weaveheap_publish_now(&err);
    else if (strcmp(mode, "thread") == 0) weaveheap_publish_start(50, &err);
    must(&err, "publish");

    weaveheap_stats g, sa, sb;
    weaveheap_stats_global(&g, &err);
    weaveheap_region_stats(a, &sa, &err);
    weaveheap_region_stats(b, &sb, &err);
    must(&err, "stats");
    printf("{\"pid\":%ld,\"active\":%s,\"handles\":{\"a\":\"0x%016llx\",\"b\":\"0x%016llx\",\"c\":\"0x%016llx\","
           "\"a1\":\"0x%016llx\",\"b1\":\"0x%016llx\",\"s1\":\"0x%016llx\",\"tmp\":\"0x%016llx\",\"t1\":\"0x%016llx\","
           "\"t2\":\"0x%016llx\",\"t3\":\"0x%016llx\",\"big\":\"0x%016llx\",\"s2\":\"0x%016llx\",\"t4\":\"0x%016llx\"},",
           (long)getpid(), weaveheap_publish_active() ? "true" : "false", (unsigned long long)a,
           (unsigned long long)b, (unsigned long long)c, (unsigned long long)a1, (unsigned long long)b1,
           (unsigned long long)s1, (unsigned long long)tmp, (unsigned long long)t1, (unsigned long long)t2,
           (unsigned long long)t3, (unsigned long long)big, (unsigned long long)s2, (unsigned long long)t4);
    print_stats("global", &g);
    putchar(',');
    print_stats("A", &sa);
    putchar(',');
    print_stats("B", &sb);
    printf("}\nready\n");
    fflush(stdout);

    char line[64];
    while (fgets(line, sizeof line, stdin)) {
        if (strncmp(line, "now", 3) == 0) {
            weaveheap_publish_now(&err);
            must(&err, "publish now");
            printf("published\n");
        } else if (strncmp(line, "fork", 4) == 0) {
            pid_t p = fork();
            if (p == 0) {
#if WH_SANITIZED
                _exit(0); /* see sanitized.h: the plain build runs the full check */
#else
                weaveheap_region_t r = weaveheap_region_create(NULL, NULL);
                weaveheap_region_destroy(r, NULL);
                exit(0); /* runs the exit handlers: must leave the parent's file alone */
#endif
            }
            int st;
            waitpid(p, &st, 0);
            printf("forked %ld %d\n", (long)p, WIFEXITED(st) ? WEXITSTATUS(st) : -1);
        } else if (strncmp(line, "vanish", 6) == 0) {
            fflush(stdout);
            _exit(exit_code); /* no exit handlers: the stats file stays behind */
        } else if (strncmp(line, "quit", 4) == 0) {
            break;
        }
        fflush(stdout);
    }
    weaveheap_borrow_release(t1, &err);
    weaveheap_borrow_release(t2, &err);
    weaveheap_borrow_release(t3, &err);
    weaveheap_borrow_release(t4, &err);
    weaveheap_region_destroy(a, &err);
    weaveheap_region_destroy(b, &err);
    must(&err, "cleanup");
    return exit_code;
}
