/* weaveheap: the command-line tool of libweaveheap.
 *   weaveheap doctor   checks what using the library needs (--dev: building it)
 *   weaveheap stats    live counters of processes that publish them
 *   weaveheap viz      a picture of a process's regions, handles and borrows
 * Exit codes are shared by every subcommand (cli.h, docs/cli.md). */
#include "cli.h"

#include <string.h>

static void usage(FILE* out) {
    fprintf(out,
            "usage: weaveheap <command> [options]      (weaveheap <command> --help for more)\n"
            "\n"
            "  doctor   check what using libweaveheap needs (the library next to this command, its header,\n"
            "           pkg-config); --dev: every toolchain this project builds with too\n"
            "  stats    list your processes that publish live counters; print one's counters; or run a\n"
            "           command with publishing on and print its counters when it ends\n"
            "  viz      draw a process's regions, live handles and borrow states\n"
            "\n"
            "  --version   print the version, ABI and IDL hash this command was built with\n"
            "\n"
            "exit: 0 ok; 1 a required check failed (doctor); 2 usage; 3 no such process or not publishing;\n"
            "4 garbled or foreign-build stats file; 5 another user's file, unsafe directory, permission;\n"
            "6 the report could not be written (a full disk, a closed output).\n");
}

/* Every command writes its report to standard output: a report that did not
 * get through (a full disk, a closed stream) is an error, not a success.
 * WH_EXIT_WRITE from a command: it said so already. */
static int finish(int code) {
    if (code == WH_EXIT_WRITE) {
        fclose(stdout);
        return code;
    }
    return wh_output_done(stdout, "standard output", true) ? code : WH_EXIT_WRITE;
}

static int run(int argc, char** argv);

int main(int argc, char** argv) { return finish(run(argc, argv)); }

static int run(int argc, char** argv) {
    if (argc < 2) {
        usage(stderr);
        return WH_EXIT_USAGE;
    }
    const char* cmd = argv[1];
    char* help[] = {NULL, "--help", NULL}; /* `weaveheap help CMD` is `weaveheap CMD --help` */
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
        if (argc > 2 && strcmp(cmd, "help") == 0) {
            help[0] = argv[2];
            argc = 2, argv = help, cmd = help[0];
        } else {
            usage(stdout);
            return WH_EXIT_OK;
        }
    } else {
        argc--, argv++;
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("weaveheap %s (ABI %u, IDL %s)\n", weaveheap_version_string(), weaveheap_abi_version(),
               weaveheap_idl_hash());
        return WH_EXIT_OK;
    }
    if (strcmp(cmd, "doctor") == 0) return wh_cmd_doctor(argc, argv);
    if (strcmp(cmd, "stats") == 0) return wh_cmd_stats(argc, argv);
    if (strcmp(cmd, "viz") == 0) return wh_cmd_viz(argc, argv);
    fprintf(stderr, "weaveheap: unknown command '%s'\n\n", cmd);
    usage(stderr);
    return WH_EXIT_USAGE;
}
