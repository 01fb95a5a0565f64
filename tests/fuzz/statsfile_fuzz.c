/* libFuzzer harness of the `weaveheap` command's stats-file reader: each
 * input is the bytes of a stats file, read as `weaveheap stats` and `viz`
 * read one (wh_snap_take: the validator, then the records taken), and when
 * it is accepted, printed by every printer of both commands (JSON and
 * text). Built with clang's -fsanitize=fuzzer,address,undefined (the CLI's
 * reader and printers compiled in, so that coverage guides the search into
 * them): any read outside the input, any undefined behaviour, any crash is
 * a finding. Whether what is accepted and printed is right is
 * tests/cli/test_corruption.py's job (an independent decoder).
 *
 * Run: statsfile_fuzz [libFuzzer options] [CORPUS_DIR...]; seeds in
 * tests/fuzz/statsfile_corpus, dictionary tests/fuzz/statsfile.dict. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static FILE* sink;

int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (!sink && !(sink = fopen("/dev/null", "w"))) abort();
    uint8_t* buf = malloc(size ? size : 1); /* its exact size: ASan sees any read past it */
    if (!buf) return 0;
    if (size) memcpy(buf, data, size);
    /* The pid the file is named for: the one it says, so that a well-formed
     * input is accepted (a pid of its own is checked by the unit tests). */
    long pid = -1;
    if (size >= sizeof(weaveheap__pub_header)) pid = (long)((const weaveheap__pub_header*)buf)->pid;
    wh_snap s;
    memset(&s, 0, sizeof s);
    char msg[1024];
    if (wh_snap_take(buf, size, pid, &s, msg, sizeof msg) == WH_EXIT_OK) { /* else buf is freed */
        snprintf(s.path, sizeof s.path, "fuzz/%ld.stats", pid);
        wh_print_stats(sink, &s, true);
        wh_print_stats(sink, &s, false);
        wh_print_viz(sink, &s, true);
        wh_print_viz(sink, &s, false);
        wh_snap_free(&s);
    }
    return 0;
}
