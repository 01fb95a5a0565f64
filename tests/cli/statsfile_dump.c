/* Runs the stats-file reader and the printers of `weaveheap stats` and
 * `weaveheap viz` over many snapshots in one process, for the corruption
 * tests (test_corruption.py), which check every outcome against their own
 * decoding of the same bytes.
 *
 * stdin, repeated:  int64 pid, uint32 size, `size` bytes (the file's bytes)
 * stdout, for each: int32 exit code (wh_snap_take: validated and taken, as
 *                   the CLI does after reading a file), then five blobs
 *                   (uint32 length + bytes): the message, then what
 *                   `stats PID --json`, `viz PID --json`, `stats PID` and
 *                   `viz PID` print (empty when refused).
 * All little-endian, as the machine. The file is named dump/<pid>.stats. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static void blob(const char* data, size_t size) {
    uint32_t n = (uint32_t)size;
    fwrite(&n, sizeof n, 1, stdout);
    if (size) fwrite(data, 1, size, stdout);
}

static void printed(const wh_snap* s, void (*print)(FILE*, const wh_snap*, bool), bool json) {
    char* text = NULL;
    size_t size = 0;
    FILE* f = open_memstream(&text, &size);
    if (!f) abort();
    print(f, s, json);
    fclose(f);
    blob(text, size);
    free(text);
}

int main(void) {
    for (;;) {
        int64_t pid;
        uint32_t size;
        if (fread(&pid, sizeof pid, 1, stdin) != 1) break;
        if (fread(&size, sizeof size, 1, stdin) != 1) return 2;
        uint8_t* buf = malloc(size ? size : 1); /* its exact size: ASan sees any read past it */
        if (!buf || fread(buf, 1, size, stdin) != size) return 2;
        wh_snap s;
        memset(&s, 0, sizeof s);
        char msg[1024] = "";
        int32_t code = wh_snap_take(buf, size, (long)pid, &s, msg, sizeof msg);
        fwrite(&code, sizeof code, 1, stdout);
        blob(msg, code == WH_EXIT_OK ? 0 : strlen(msg));
        if (code == WH_EXIT_OK) {
            snprintf(s.path, sizeof s.path, "dump/%lld.stats", (long long)pid);
            printed(&s, wh_print_stats, true);
            printed(&s, wh_print_viz, true);
            printed(&s, wh_print_stats, false);
            printed(&s, wh_print_viz, false);
            wh_snap_free(&s);
        } else {
            for (int i = 0; i < 4; i++) blob(NULL, 0);
        }
    }
    return fflush(stdout) == 0 ? 0 : 1;
}
