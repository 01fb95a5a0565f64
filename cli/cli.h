/* The `weaveheap` command: what its files share. */
#ifndef WEAVEHEAP_CLI_INTERNAL_H
#define WEAVEHEAP_CLI_INTERNAL_H

#include "publish.h"
#include "weaveheap.h"
#include "weaveheap_cli.h"

#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

/* Exit codes, the same for every subcommand (docs/cli.md). */
enum {
    WH_EXIT_OK = 0,
    WH_EXIT_FAILED = 1,    /* doctor: a required check failed */
    WH_EXIT_USAGE = 2,     /* bad command line */
    WH_EXIT_NOT_FOUND = 3, /* no such process, not publishing, or only a stale file of it */
    WH_EXIT_BAD_FILE = 4,  /* a stats file that is garbled, truncated or of another build */
    WH_EXIT_DENIED = 5,    /* another user's file, an unsafe directory, a permission error */
    WH_EXIT_WRITE = 6      /* the output could not be written (a full disk, a closed stream) */
};

/* -- util.c: small helpers, each tested in tests/cli/test_cli_units.c ------- */

/* Flushes `out` (and with `close`, closes it) and tells whether everything
 * written to it since it was opened got through; if not, says so on stderr,
 * naming it `name`. */
bool wh_output_done(FILE* out, const char* name, bool close);
/* snprintf that may cut the text short (paths in messages): never fails. */
void wh_fmt(char* buf, size_t size, const char* fmt, ...) __attribute__((format(printf, 3, 4)));
/* Writes `s` as a JSON string, quoted and escaped (bytes that are not valid
 * UTF-8 become U+FFFD, so the output always parses). */
void wh_json_str(FILE* out, const char* s);
/* "512 B", "64.0 KiB", "1.5 MiB", ... into buf. */
const char* wh_human_bytes(uint64_t n, char* buf, size_t size);
/* Parses a whole decimal number in [min, max]; false otherwise. */
bool wh_parse_u64(const char* s, uint64_t min, uint64_t max, uint64_t* out);
/* Parses seconds like "2", "0.5"; (0, 86400]; false otherwise. */
bool wh_parse_seconds(const char* s, double* out);
/* The first line of `text` (without its end), trimmed, into buf. */
const char* wh_first_line(const char* text, char* buf, size_t size);
/* The name of a handle kind from the IDL's list, or "kind N". */
const char* wh_kind_name(unsigned kind, char* buf, size_t size);
/* True if the file name is "<digits>.stats"; then *pid is the number. */
bool wh_stats_name(const char* name, long* pid);
/* Takes `arg` as the command's one PID; says why not on stderr. */
bool wh_parse_pid(const char* command, const char* arg, long* pid);
/* The JSON names of a snapshot's source and of how a table was read. */
const char* wh_taken_by_name(uint32_t taken_by);
const char* wh_table_name(uint8_t table);

/* -- statsfile.c: reading the stats files, trusting nothing ---------------- */

/* The stats directory, open: every file in it is opened, listed and removed
 * through `fd` (openat, unlinkat), never through `path` again, so that the
 * directory checked is the one read even if its path is swapped for a link
 * meanwhile. `path` is for messages (and for the children of `stats --`). */
typedef struct wh_dir {
    int fd;
    char path[PATH_MAX];
} wh_dir;

typedef struct wh_snap {
    char path[PATH_MAX];
    char name[32]; /* <pid>.stats, in the directory */
    uint8_t* buf;  /* the whole snapshot, 8-aligned (malloc) */
    size_t size;
    const weaveheap__pub_header* h;
    const weaveheap__pub_region* regions;
    const weaveheap__pub_handle* handles;
    const char* status; /* "live", "exited" (final snapshot) or "stale" */
    double age_s;       /* seconds since the snapshot */
} wh_snap;

/* Checks a snapshot in memory: magic, format, sizes, this build's ABI and
 * IDL hash, every count and offset, strings ended, kinds in range, sums
 * that fit in 64 bits. `pid` < 0 accepts any pid. Returns WH_EXIT_OK or
 * WH_EXIT_BAD_FILE with a sentence in msg. */
int wh_snap_validate(const uint8_t* buf, size_t size, long pid, char* msg, size_t n);
/* Takes `buf` (malloc'd, `size` bytes, read from <dir>/<pid>.stats) into s:
 * validates it, points s's records into it, and tells whether its process
 * still runs. On failure frees buf. Returns a WH_EXIT_* code with a
 * sentence in msg. */
int wh_snap_take(uint8_t* buf, size_t size, long pid, wh_snap* s, char* msg, size_t n);
/* Reads <dir>/<pid>.stats: checks the file (owner, mode, type), copies it
 * under the seqlock, and takes it (wh_snap_take). Returns a WH_EXIT_* code
 * with a sentence in msg. */
int wh_snap_read(const wh_dir* d, long pid, wh_snap* s, char* msg, size_t n);
void wh_snap_free(wh_snap* s);
/* wh_snap_read for a process that must be running: says on stderr why it
 * cannot be read, and removes (and reports) the file of a process that is
 * gone, returning WH_EXIT_NOT_FOUND. */
int wh_snap_read_live(const wh_dir* d, long pid, wh_snap* s);
/* Opens the stats directory (`override` if not NULL, else the default) and
 * checks it: WH_EXIT_NOT_FOUND if it does not exist, WH_EXIT_DENIED if it is
 * unsafe or unreadable, WH_EXIT_USAGE if its name is unusable; d->path is
 * set in every case. Close it with wh_dir_close. */
int wh_stats_dir(const char* override, wh_dir* d, char* msg, size_t n);
void wh_dir_close(wh_dir* d);
/* The pids of the <pid>.stats files in the directory, sorted (malloc'd
 * into *pids: free it). */
size_t wh_dir_pids(const wh_dir* d, long** pids);
/* Removes <pid>.stats from the directory. */
bool wh_remove_stats_file(const wh_dir* d, long pid);
/* Whether process `pid` runs and is the one that started at `start` (0:
 * unknown). */
bool wh_process_alive(long pid, uint64_t start);

/* -- the subcommands --------------------------------------------------------- */
int wh_cmd_doctor(int argc, char** argv);
int wh_cmd_stats(int argc, char** argv);
int wh_cmd_viz(int argc, char** argv);

/* What `weaveheap stats PID` and `weaveheap viz PID` print of a snapshot
 * (JSON: one object; stats' ends with a newline, viz's does not). */
void wh_print_stats(FILE* out, const wh_snap* s, bool json);
void wh_print_viz(FILE* out, const wh_snap* s, bool json);
/* stats.c, used by viz too: prints a snapshot's header line and JSON of the
 * process and region counters. */
void wh_print_counters_json(FILE* out, const weaveheap_stats* s);
void wh_print_snap_head_json(FILE* out, const wh_snap* s);
/* Lists the stats files of `dir` ("--json" form when json); removes those
 * whose process is gone. Returns a WH_EXIT_* code. */
int wh_list_processes(const wh_dir* d, bool json, long** pids, size_t* npids);

#endif
