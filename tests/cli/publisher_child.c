/* A publisher driven line by line on stdin, for the stats-directory tests
 * run as another user (test_dir_security.py): it prints "pid N", then for
 * each command one line, "ok" or "error <code> <message>":
 *
 *   region   make a region holding a 100-byte buffer (something to publish)
 *   start    weaveheap_publish_start(20)
 *   now      weaveheap_publish_now()
 *   stop     weaveheap_publish_stop()
 *   active   "ok 1" or "ok 0": weaveheap_publish_active()
 *   exit     exit(0): the exit handler removes (or keeps) the file
 *
 * Linked statically, so that another user can run a copy of it from
 * anywhere. */
#include "weaveheap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void answer(weaveheap_error* err) {
    if (err->code) printf("error %d %s\n", (int)err->code, err->message ? err->message : "");
    else printf("ok\n");
    weaveheap_error_clear(err);
    fflush(stdout);
}

int main(void) {
    printf("pid %ld\n", (long)getpid());
    fflush(stdout);
    char line[64];
    weaveheap_error err = {0};
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        if (strcmp(line, "region") == 0) {
            weaveheap_region_t r = weaveheap_region_create(NULL, &err);
            if (!err.code) weaveheap_buffer_alloc(r, 100, 16, &err);
            answer(&err);
        } else if (strcmp(line, "start") == 0) {
            weaveheap_publish_start(20, &err);
            answer(&err);
        } else if (strcmp(line, "now") == 0) {
            weaveheap_publish_now(&err);
            answer(&err);
        } else if (strcmp(line, "stop") == 0) {
            weaveheap_publish_stop();
            answer(&err);
        } else if (strcmp(line, "active") == 0) {
            printf("ok %d\n", weaveheap_publish_active() ? 1 : 0);
            fflush(stdout);
        } else if (strcmp(line, "exit") == 0) {
            exit(0);
        } else {
            printf("error 0 unknown command %s\n", line);
            fflush(stdout);
        }
    }
    return 0;
}
