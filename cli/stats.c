/* weaveheap stats: list the processes of this user that publish live
 * counters, print one process's counters per region and per handle kind, or
 * run a command with publishing on and print its counters when it ends. */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const char* const field_names[] = {
#define WH_NAME(field, name, summary) name,
    WEAVEHEAP_CLI_STATS_FIELDS(WH_NAME)
#undef WH_NAME
};
static const char* const field_summaries[] = {
#define WH_SUMMARY(field, name, summary) summary,
    WEAVEHEAP_CLI_STATS_FIELDS(WH_SUMMARY)
#undef WH_SUMMARY
};
static const size_t field_offsets[] = {
#define WH_OFFSET(field, name, summary) offsetof(weaveheap_stats, field),
    WEAVEHEAP_CLI_STATS_FIELDS(WH_OFFSET)
#undef WH_OFFSET
};

static uint64_t field(const weaveheap_stats* s, size_t i) {
    uint64_t v;
    memcpy(&v, (const uint8_t*)s + field_offsets[i], sizeof v);
    return v;
}

static void usage(FILE* out) {
    fprintf(out,
            "usage: weaveheap stats [--json] [--dir DIR]                    list your publishing processes\n"
            "       weaveheap stats PID [--json] [--watch SECONDS [--count N]] [--dir DIR]\n"
            "       weaveheap stats [--watch SECONDS] [-o FILE | --report-fd N] [--dir DIR] -- CMD [ARGS...]\n"
            "       weaveheap stats --json [--watch SECONDS] (-o FILE | --report-fd N) [--dir DIR] -- CMD [ARGS...]\n"
            "\n"
            "A process publishes its counters when WEAVEHEAP_STATS=1 is in its environment (at its first\n"
            "region) or when it calls weaveheap_publish_start(). Files are read only from your own stats\n"
            "directory ($WEAVEHEAP_STATS_DIR, else $XDG_RUNTIME_DIR/weaveheap, else /tmp/weaveheap-<uid>).\n"
            "\n"
            "  PID              print that process's counters, per region and per handle kind\n"
            "  -- CMD ARGS...   run CMD with publishing on; print its counters when it ends, exit with its status\n"
            "  --json           one JSON object (with --watch: one per line)\n"
            "  --watch SECONDS  print again every SECONDS until the process ends (or --count N times)\n"
            "  -o, --output FILE  write the report to FILE, apart from what CMD itself prints\n"
            "  --report-fd N    write the report to open descriptor N (3 or more; CMD does not inherit it)\n"
            "                   --json with -- CMD needs one of the two: JSON never shares CMD's output\n"
            "  --dir DIR        read DIR instead (it must be yours, mode 0700)\n"
            "\n"
            "counters:\n");
    for (size_t i = 0; i < WEAVEHEAP_CLI_STATS_COUNT; i++) fprintf(out, "  %-18s %s\n", field_names[i], field_summaries[i]);
    fprintf(out,
            "\n"
            "exit: 0 ok; 2 usage; 3 no such process, not publishing, or only a stale file; 4 garbled or\n"
            "foreign-build file; 5 another user's file, unsafe directory or permission error;\n"
            "6 the report could not be written (a full disk, a closed output).\n"
            "With -- CMD: the command's exit status (128+N if killed by signal N, 127 if it cannot run);\n"
            "3 if it succeeded but published nothing; 6 if the report could not be written, whatever CMD did.\n");
}

/* -- JSON pieces shared with viz ------------------------------------------- */

void wh_print_counters_json(FILE* out, const weaveheap_stats* s) {
    fputc('{', out);
    for (size_t i = 0; i < WEAVEHEAP_CLI_STATS_COUNT; i++)
        fprintf(out, "%s\"%s\":%llu", i ? "," : "", field_names[i], (unsigned long long)field(s, i));
    fputc('}', out);
}

void wh_print_snap_head_json(FILE* out, const wh_snap* s) {
    const weaveheap__pub_header* h = s->h;
    fprintf(out, "\"pid\":%lld,\"command\":", (long long)h->pid);
    wh_json_str(out, h->comm);
    fprintf(out, ",\"status\":\"%s\",\"file\":", s->status);
    wh_json_str(out, s->path);
    fprintf(out, ",\"library\":{\"version\":");
    wh_json_str(out, h->version);
    fprintf(out, ",\"abi\":%u,\"idl_hash\":", h->abi);
    wh_json_str(out, h->idl_hash);
    fprintf(out,
            "},\"snapshot\":{\"number\":%llu,\"age_s\":%.3f,\"taken_by\":\"%s\",\"interval_ms\":%u,"
            "\"time_ns\":%llu,\"started_ns\":%llu},\"process\":",
            (unsigned long long)h->snapshots, s->age_s, wh_taken_by_name(h->taken_by), h->interval_ms,
            (unsigned long long)h->snapshot_ns, (unsigned long long)h->started_ns);
    wh_print_counters_json(out, &h->process);
}

/* The kinds a table can hold: every kind of the IDL but none and region. */
static bool table_kind(unsigned k) { return k != WEAVEHEAP_HANDLE_KIND_NONE && k != WEAVEHEAP_HANDLE_KIND_REGION; }
static const unsigned all_kinds[] = {
#define WH_KIND(c_name, value, name) value,
    WEAVEHEAP_HANDLE_KIND_LIST(WH_KIND)
#undef WH_KIND
};
#define NKINDS (sizeof all_kinds / sizeof all_kinds[0])

static void kinds_json(FILE* out, const uint64_t* live, const uint64_t* bytes) {
    fputc('{', out);
    bool first = true;
    char buf[32];
    for (size_t i = 0; i < NKINDS; i++) {
        unsigned k = all_kinds[i];
        if (!table_kind(k) || k >= WH_PUB_KINDS) continue;
        fprintf(out, "%s\"%s\":{\"live\":%llu,\"bytes\":%llu}", first ? "" : ",", wh_kind_name(k, buf, sizeof buf),
                (unsigned long long)live[k], (unsigned long long)bytes[k]);
        first = false;
    }
    fputc('}', out);
}

static void stats_json(FILE* out, const wh_snap* s) {
    const weaveheap__pub_header* h = s->h;
    fputc('{', out);
    wh_print_snap_head_json(out, s);
    uint64_t live[WH_PUB_KINDS] = {0}, bytes[WH_PUB_KINDS] = {0};
    fprintf(out, ",\"regions\":[");
    for (uint64_t i = 0; i < h->region_count; i++) {
        const weaveheap__pub_region* r = &s->regions[i];
        for (unsigned k = 0; k < WH_PUB_KINDS; k++) live[k] += r->kind_live[k], bytes[k] += r->kind_bytes[k];
        fprintf(out,
                "%s{\"index\":%u,\"generation\":%u,\"handle\":\"0x%016llx\",\"thread_safe\":%s,\"table\":\"%s\","
                "\"chunk_size\":%llu,\"byte_limit\":%llu,\"chunks\":%llu,\"bytes_used\":%llu,"
                "\"handles_total\":%llu,\"handles_published\":%llu,\"counters\":",
                i ? "," : "", r->index, r->generation, (unsigned long long)r->handle, r->thread_safe ? "true" : "false",
                wh_table_name(r->table), (unsigned long long)r->chunk_size, (unsigned long long)r->byte_limit,
                (unsigned long long)r->chunks, (unsigned long long)r->bytes_used,
                (unsigned long long)r->handle_total, (unsigned long long)r->handle_count);
        wh_print_counters_json(out, &r->counters);
        fprintf(out, ",\"kinds\":");
        kinds_json(out, r->kind_live, r->kind_bytes);
        fputc('}', out);
    }
    fprintf(out, "],\"kinds\":");
    kinds_json(out, live, bytes);
    fprintf(out, ",\"handles_total\":%llu,\"handles_published\":%llu}\n", (unsigned long long)h->handle_total,
            (unsigned long long)h->handle_count);
}

/* -- text -------------------------------------------------------------------- */

static void snap_title(FILE* out, const wh_snap* s) {
    const weaveheap__pub_header* h = s->h;
    fprintf(out, "pid %lld (%s) %s, libweaveheap %s (ABI %u)\n", (long long)h->pid, h->comm, s->status, h->version,
            h->abi);
    fprintf(out, "snapshot #%llu, %.1f s ago, taken %s", (unsigned long long)h->snapshots, s->age_s,
            h->taken_by == WH_PUB_BY_THREAD ? "by the background thread"
            : h->taken_by == WH_PUB_BY_CALL ? "by weaveheap_publish_now()"
            : h->taken_by == WH_PUB_BY_EXIT ? "at exit"
                                            : "after a region was destroyed");
    if (h->interval_ms) fprintf(out, "; refreshed every %u ms", h->interval_ms);
    fputc('\n', out);
    if (strcmp(s->status, "stale") == 0) /* only `stats -- CMD` prints a stale snapshot */
        fprintf(out, "(it ended without its exit snapshot: a crash, a kill, _exit() or a runtime that skips the C "
                     "exit handlers, as Go's does; these are the counters of its last snapshot)\n");
}

static void stats_text(FILE* out, const wh_snap* s) {
    const weaveheap__pub_header* h = s->h;
    snap_title(out, s);
    /* Counters: the process, then the regions, four columns at a time. */
    uint64_t done = 0;
    do {
        uint64_t cols = h->region_count - done < 4 ? h->region_count - done : 4;
        fprintf(out, "\n%-18s %14s", "counter", done == 0 ? "process" : "");
        for (uint64_t c = 0; c < cols; c++) {
            char name[32];
            snprintf(name, sizeof name, "region %u", s->regions[done + c].index);
            fprintf(out, " %14s", name);
        }
        fputc('\n', out);
        for (size_t i = 0; i < WEAVEHEAP_CLI_STATS_COUNT; i++) {
            fprintf(out, "%-18s", field_names[i]);
            if (done == 0) fprintf(out, " %14llu", (unsigned long long)field(&h->process, i));
            else fprintf(out, " %14s", "");
            for (uint64_t c = 0; c < cols; c++)
                fprintf(out, " %14llu", (unsigned long long)field(&s->regions[done + c].counters, i));
            fputc('\n', out);
        }
        done += cols;
    } while (done < h->region_count);
    uint64_t live[WH_PUB_KINDS] = {0}, bytes[WH_PUB_KINDS] = {0};
    for (uint64_t i = 0; i < h->region_count; i++)
        for (unsigned k = 0; k < WH_PUB_KINDS; k++)
            live[k] += s->regions[i].kind_live[k], bytes[k] += s->regions[i].kind_bytes[k];
    fprintf(out, "\n%-18s %14s %14s\n", "handles by kind", "live", "bytes");
    char buf[32];
    for (size_t i = 0; i < NKINDS; i++) {
        unsigned k = all_kinds[i];
        if (!table_kind(k) || k >= WH_PUB_KINDS) continue;
        fprintf(out, "%-18s %14llu %14llu\n", wh_kind_name(k, buf, sizeof buf), (unsigned long long)live[k],
                (unsigned long long)bytes[k]);
    }
    if (h->handle_count < h->handle_total)
        fprintf(out, "(%llu of %llu handles listed in the file: WEAVEHEAP_STATS_MAX_HANDLES)\n",
                (unsigned long long)h->handle_count, (unsigned long long)h->handle_total);
}

void wh_print_stats(FILE* out, const wh_snap* s, bool json) {
    if (json) stats_json(out, s);
    else stats_text(out, s);
}

/* -- listing ------------------------------------------------------------------ */

int wh_list_processes(const wh_dir* d, bool json, long** pids, size_t* npids) {
    int code = WH_EXIT_OK;
    long* list = NULL;
    size_t n = wh_dir_pids(d, &list);
    if (json) {
        fprintf(stdout, "{\"dir\":");
        wh_json_str(stdout, d->path);
        fprintf(stdout, ",\"processes\":[");
    } else if (!pids) {
        printf("%-8s %-7s %8s %8s %12s %9s  %s\n", "PID", "STATUS", "REGIONS", "HANDLES", "BYTES LIVE", "SNAPSHOT",
               "COMMAND");
    }
    /* Three passes over the files keep the JSON arrays apart. */
    size_t shown = 0, live_n = 0;
    char (*stale)[PATH_MAX + 160] = calloc(n ? n : 1, sizeof *stale);
    char (*errors)[PATH_MAX + 600] = calloc(n ? n : 1, sizeof *errors);
    int* error_codes = calloc(n ? n : 1, sizeof *error_codes);
    size_t nstale = 0, nerrors = 0;
    for (size_t i = 0; i < n; i++) {
        wh_snap s;
        char msg[PATH_MAX + 512];
        int c = wh_snap_read(d, list[i], &s, msg, sizeof msg);
        if (c == WH_EXIT_OK && strcmp(s.status, "live") != 0) {
            /* Gone: a crash left it, or a finished `stats -- CMD` did not
             * collect its final snapshot within a minute. */
            if (strcmp(s.status, "stale") == 0 || s.age_s > 60.0) {
                if (wh_remove_stats_file(d, list[i]) && stale)
                    snprintf(stale[nstale++], sizeof *stale, "%ld\t%s", list[i], s.path);
            }
            wh_snap_free(&s);
            continue;
        }
        if (c != WH_EXIT_OK) {
            if (c == WH_EXIT_BAD_FILE && !wh_process_alive(list[i], 0)) { /* garbage of a dead process */
                if (wh_remove_stats_file(d, list[i]) && stale)
                    snprintf(stale[nstale++], sizeof *stale, "%ld\t%s/%ld%s", list[i], d->path, list[i], WH_PUB_SUFFIX);
                continue;
            }
            if (errors) {
                snprintf(errors[nerrors], sizeof *errors, "%s", msg);
                error_codes[nerrors++] = c;
            }
            if (code == WH_EXIT_OK) code = c;
            continue;
        }
        live_n++;
        if (pids) {
            long* more = realloc(*pids, (*npids + 1) * sizeof **pids);
            if (more) {
                *pids = more;
                (*pids)[(*npids)++] = list[i];
            }
        } else {
            const weaveheap__pub_header* h = s.h;
            if (json) {
                fprintf(stdout, "%s{\"pid\":%ld,\"command\":", shown ? "," : "", list[i]);
                wh_json_str(stdout, h->comm);
                fprintf(stdout,
                        ",\"status\":\"%s\",\"regions\":%llu,\"handles\":%llu,\"bytes_live\":%llu,\"age_s\":%.3f}",
                        s.status, (unsigned long long)h->region_count, (unsigned long long)h->handle_total,
                        (unsigned long long)h->process.bytes_live, s.age_s);
            } else {
                char b[32];
                printf("%-8ld %-7s %8llu %8llu %12s %7.1f s  %s\n", list[i], s.status,
                       (unsigned long long)h->region_count, (unsigned long long)h->handle_total,
                       wh_human_bytes(h->process.bytes_live, b, sizeof b), s.age_s, h->comm);
            }
            shown++;
        }
        wh_snap_free(&s);
    }
    if (json) {
        fprintf(stdout, "],\"stale\":[");
        for (size_t i = 0; i < nstale; i++) {
            char* tab = strchr(stale[i], '\t');
            *tab = 0;
            fprintf(stdout, "%s{\"pid\":%s,\"file\":", i ? "," : "", stale[i]);
            wh_json_str(stdout, tab + 1);
            fprintf(stdout, ",\"removed\":true}");
        }
        fprintf(stdout, "],\"errors\":[");
        for (size_t i = 0; i < nerrors; i++) {
            fprintf(stdout, "%s{\"exit_code\":%d,\"error\":", i ? "," : "", error_codes[i]);
            wh_json_str(stdout, errors[i]);
            fputc('}', stdout);
        }
        fprintf(stdout, "]}\n");
    } else {
        if (!pids && live_n == 0) printf("(no process of yours is publishing stats in %s)\n", d->path);
        for (size_t i = 0; i < nstale; i++) {
            char* tab = strchr(stale[i], '\t');
            *tab = 0;
            fprintf(pids ? stderr : stdout, "stale: removed %s (process %s is gone: it crashed or was killed)\n",
                    tab + 1, stale[i]);
        }
    }
    for (size_t i = 0; i < nerrors; i++) fprintf(stderr, "weaveheap: %s\n", errors[i]);
    free(stale);
    free(errors);
    free(error_codes);
    free(list);
    return code;
}

/* -- one process ---------------------------------------------------------------- */

static volatile sig_atomic_t interrupted;
static void on_interrupt(int sig) {
    (void)sig;
    interrupted = 1;
}

static void sleep_seconds(double s) {
    struct timespec t = {(time_t)s, (long)((s - (double)(time_t)s) * 1e9)};
    while (!interrupted && nanosleep(&t, &t) != 0 && errno == EINTR) {}
}

static int show_pid(const wh_dir* d, long pid, bool json, double watch, uint64_t count) {
    bool tty = isatty(STDOUT_FILENO) && !json;
    for (uint64_t round = 0;; round++) {
        wh_snap s;
        int code = wh_snap_read_live(d, pid, &s);
        if (code != WH_EXIT_OK) return round > 0 && code == WH_EXIT_NOT_FOUND ? WH_EXIT_OK : code;
        if (tty && watch > 0) fputs("\033[H\033[2J", stdout);
        if (json) stats_json(stdout, &s);
        else stats_text(stdout, &s);
        wh_snap_free(&s);
        if (!wh_output_done(stdout, "standard output", false)) return WH_EXIT_WRITE; /* each round: --watch stops */
        if (watch <= 0 || interrupted || (count && round + 1 >= count)) return WH_EXIT_OK;
        sleep_seconds(watch);
        if (interrupted) return WH_EXIT_OK;
        if (!json) fputc('\n', stdout);
    }
}

/* -- running a command ------------------------------------------------------------ */

/* Every snapshot in the directory that carries `token`: the processes of
 * the command; with `remove`, their files are removed once read. The
 * directory may have been made by the command: it is opened (and checked)
 * here, each time. */
static size_t collect(const char* dir, const char* token, wh_snap* out, size_t max, bool remove) {
    wh_dir d;
    char msg[PATH_MAX + 512];
    if (wh_stats_dir(dir, &d, msg, sizeof msg) != WH_EXIT_OK) return 0;
    long* pids;
    size_t found = wh_dir_pids(&d, &pids), n = 0;
    for (size_t i = 0; i < found && n < max; i++) {
        if (wh_snap_read(&d, pids[i], &out[n], msg, sizeof msg) != WH_EXIT_OK) continue;
        if (strcmp(out[n].h->token, token) == 0) {
            if (remove) wh_remove_stats_file(&d, pids[i]);
            n++;
        } else {
            wh_snap_free(&out[n]);
        }
    }
    free(pids);
    wh_dir_close(&d);
    return n;
}

static int run_command(const char* dir, char** cmd, bool json, double watch, FILE* out, const char* out_name) {
    char token[64];
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    snprintf(token, sizeof token, "stats-%ld-%lld%09ld", (long)getpid(), (long long)now.tv_sec, now.tv_nsec);
    struct sigaction ign = {.sa_handler = SIG_IGN}, old_int, old_quit;
    sigemptyset(&ign.sa_mask);
    sigaction(SIGINT, &ign, &old_int);
    sigaction(SIGQUIT, &ign, &old_quit);
    fflush(NULL);
    pid_t child = fork();
    if (child < 0) {
        fprintf(stderr, "weaveheap: cannot fork: %s\n", strerror(errno));
        return WH_EXIT_FAILED;
    }
    if (child == 0) {
        sigaction(SIGINT, &old_int, NULL);
        sigaction(SIGQUIT, &old_quit, NULL);
        setenv("WEAVEHEAP_STATS", "1", 1);
        setenv("WEAVEHEAP_STATS_KEEP", token, 1);
        setenv("WEAVEHEAP_STATS_DIR", dir, 1);
        setenv("WEAVEHEAP_STATS_INTERVAL_MS", "50", 0); /* a program that skips atexit: a recent last snapshot */
        execvp(cmd[0], cmd);
        int e = errno;
        fprintf(stderr, "weaveheap: cannot run %s: %s\n", cmd[0], strerror(e));
        _exit(e == ENOENT ? 127 : 126);
    }
    int status = 0;
    enum { MAX_PROCS = 64 };
    wh_snap* snaps = calloc(MAX_PROCS, sizeof *snaps);
    for (;;) {
        pid_t w = waitpid(child, &status, watch > 0 ? WNOHANG : 0);
        if (w == child) break;
        if (w < 0 && errno != EINTR) {
            fprintf(stderr, "weaveheap: waitpid: %s\n", strerror(errno));
            break;
        }
        if (watch > 0 && w == 0) {
            size_t n = snaps ? collect(dir, token, snaps, MAX_PROCS, false) : 0;
            for (size_t i = 0; i < n; i++) {
                if (ferror(out)) {} /* a report already lost: wait for the command, say so at the end */
                else if (json) stats_json(out, &snaps[i]);
                else stats_text(out, &snaps[i]), fputc('\n', out);
                wh_snap_free(&snaps[i]);
            }
            fflush(out);
            sleep_seconds(watch);
        }
    }
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGQUIT, &old_quit, NULL);
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : WH_EXIT_FAILED;
    size_t n = snaps ? collect(dir, token, snaps, MAX_PROCS, true) : 0;
    if (json) {
        fprintf(out, "{\"command\":[");
        for (char** a = cmd; *a; a++) {
            if (a != cmd) fputc(',', out);
            wh_json_str(out, *a);
        }
        fprintf(out, "],\"exit_status\":%d,\"processes\":[", code);
    } else if (WIFSIGNALED(status)) {
        fprintf(out, "%s was killed by signal %d (%s)\n", cmd[0], WTERMSIG(status), strsignal(WTERMSIG(status)));
    } else {
        fprintf(out, "%s exited with status %d\n", cmd[0], code);
    }
    for (size_t i = 0; i < n; i++) {
        if (json) {
            if (i) fputc(',', out);
            stats_json(out, &snaps[i]); /* ends with a newline: still one JSON value */
        } else {
            fputc('\n', out);
            stats_text(out, &snaps[i]);
        }
        wh_snap_free(&snaps[i]);
    }
    if (json) fprintf(out, "]}\n");
    free(snaps);
    if (!wh_output_done(out, out_name, out != stdout)) {
        fprintf(stderr, "weaveheap: the report of %s (exit status %d) is lost\n", cmd[0], code);
        return WH_EXIT_WRITE;
    }
    if (n == 0 && code == 0) {
        fprintf(stderr, "weaveheap: %s published no stats (it made no region, or does not use libweaveheap)\n", cmd[0]);
        code = WH_EXIT_NOT_FOUND;
    }
    return code;
}

int wh_cmd_stats(int argc, char** argv) {
    bool json = false;
    double watch = 0;
    uint64_t count = 0;
    const char* dir_opt = NULL;
    const char* output = NULL;
    uint64_t report_fd = 0;
    long pid = -1;
    char** cmd = NULL;
    for (int i = 1; i < argc; i++) {
        const char* a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return WH_EXIT_OK;
        } else if (strcmp(a, "--json") == 0) {
            json = true;
        } else if (strcmp(a, "--watch") == 0 || strcmp(a, "--count") == 0 || strcmp(a, "--dir") == 0 ||
                   strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0 || strcmp(a, "--report-fd") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "weaveheap stats: %s needs a value\n", a);
                return WH_EXIT_USAGE;
            }
            const char* v = argv[++i];
            if (strcmp(a, "--dir") == 0) {
                dir_opt = v;
            } else if (a[1] == 'o' || strcmp(a, "--output") == 0) {
                output = v;
            } else if (strcmp(a, "--report-fd") == 0) {
                if (!wh_parse_u64(v, 3, INT32_MAX, &report_fd)) {
                    fprintf(stderr, "weaveheap stats: --report-fd: '%s' is not a descriptor number of 3 or more "
                                    "(0, 1 and 2 are the command's too)\n", v);
                    return WH_EXIT_USAGE;
                }
            } else if (strcmp(a, "--watch") == 0 ? !wh_parse_seconds(v, &watch) : !wh_parse_u64(v, 1, UINT32_MAX, &count)) {
                fprintf(stderr, "weaveheap stats: %s: '%s' is not a valid %s\n", a, v,
                        strcmp(a, "--watch") == 0 ? "number of seconds (0 < s <= 86400)" : "count (1 or more)");
                return WH_EXIT_USAGE;
            }
        } else if (strcmp(a, "--") == 0) {
            cmd = argv + i + 1;
            if (!*cmd) {
                fprintf(stderr, "weaveheap stats: -- needs a command\n");
                return WH_EXIT_USAGE;
            }
            break;
        } else if (a[0] == '-') {
            fprintf(stderr, "weaveheap stats: unknown option %s (see weaveheap stats --help)\n", a);
            return WH_EXIT_USAGE;
        } else if (!wh_parse_pid("stats", a, &pid)) {
            return WH_EXIT_USAGE;
        }
    }
    if (cmd && pid >= 0) {
        fprintf(stderr, "weaveheap stats: give a PID or -- CMD, not both\n");
        return WH_EXIT_USAGE;
    }
    if ((output || report_fd) && !cmd) {
        fprintf(stderr, "weaveheap stats: %s goes with -- CMD\n", output ? "--output" : "--report-fd");
        return WH_EXIT_USAGE;
    }
    if (output && report_fd) {
        fprintf(stderr, "weaveheap stats: give --output or --report-fd, not both\n");
        return WH_EXIT_USAGE;
    }
    if (json && cmd && !output && !report_fd) { /* the rule: JSON never shares a stream with CMD's output */
        fprintf(stderr, "weaveheap stats: --json with -- CMD needs -o FILE or --report-fd N: on standard output "
                        "the report would be mixed with what CMD prints\n");
        return WH_EXIT_USAGE;
    }
    if (count && watch <= 0) {
        fprintf(stderr, "weaveheap stats: --count needs --watch\n");
        return WH_EXIT_USAGE;
    }
    struct sigaction sa = {.sa_handler = on_interrupt};
    sigemptyset(&sa.sa_mask);
    if (watch > 0 && !cmd) sigaction(SIGINT, &sa, NULL);
    wh_dir d;
    char msg[PATH_MAX + 256];
    int code = wh_stats_dir(dir_opt, &d, msg, sizeof msg);
    if (cmd) {
        wh_dir_close(&d); /* the command may make it: collect() opens it again */
        if (code == WH_EXIT_DENIED || code == WH_EXIT_USAGE) {
            fprintf(stderr, "weaveheap: %s\n", msg);
            return code;
        }
        /* The report's stream is close-on-exec: the command never inherits it. */
        char name[PATH_MAX + 32];
        FILE* out = stdout;
        if (output) {
            wh_fmt(name, sizeof name, "the report to %s", output);
            out = fopen(output, "we");
        } else if (report_fd) {
            wh_fmt(name, sizeof name, "the report to descriptor %llu", (unsigned long long)report_fd);
            int flags = fcntl((int)report_fd, F_GETFL);
            if (flags < 0 || (flags & O_ACCMODE) == O_RDONLY) {
                fprintf(stderr, "weaveheap: --report-fd %llu: %s\n", (unsigned long long)report_fd,
                        flags < 0 ? strerror(errno) : "open for reading only");
                return WH_EXIT_WRITE;
            }
            fcntl((int)report_fd, F_SETFD, FD_CLOEXEC);
            out = fdopen((int)report_fd, "w");
        } else {
            wh_fmt(name, sizeof name, "the report to standard output");
        }
        if (!out) {
            fprintf(stderr, "weaveheap: cannot write %s: %s\n", name + strlen("the report to "), strerror(errno));
            return WH_EXIT_WRITE;
        }
        return run_command(d.path, cmd, json, watch, out, name);
    }
    if (code == WH_EXIT_NOT_FOUND && pid < 0) { /* nothing published yet: an empty list */
        if (json) {
            printf("{\"dir\":");
            wh_json_str(stdout, d.path);
            printf(",\"processes\":[],\"stale\":[],\"errors\":[]}\n");
        } else {
            printf("(no process of yours is publishing stats: %s does not exist)\n", d.path);
        }
        return WH_EXIT_OK;
    }
    if (code != WH_EXIT_OK) {
        fprintf(stderr, "weaveheap: %s\n", msg);
        return code;
    }
    if (pid >= 0) {
        code = show_pid(&d, pid, json, watch, count);
    } else if (watch > 0) {
        fprintf(stderr, "weaveheap stats: --watch needs a PID or -- CMD\n");
        code = WH_EXIT_USAGE;
    } else {
        code = wh_list_processes(&d, json, NULL, NULL);
    }
    wh_dir_close(&d);
    return code;
}
