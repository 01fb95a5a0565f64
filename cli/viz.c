/* weaveheap viz: a picture of a process's memory as the core sees it. Each
 * region with its chunks, bytes used of capacity and threading; under it the
 * live handles (kind, index, generation, size) and their borrow states. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static void usage(FILE* out) {
    fprintf(out,
            "usage: weaveheap viz [PID] [--json] [--dir DIR]\n"
            "\n"
            "Draws each region of a publishing process (all of yours without PID): its chunks, bytes used of\n"
            "its capacity, whether it is thread-safe, then every live handle in it (kind, table index,\n"
            "generation, size) with its borrow state (none, shared xN, unique) and every borrow token with\n"
            "the handle it borrows.\n"
            "\n"
            "  --json     the same as one JSON object ({\"processes\": [...]} without PID)\n"
            "  --dir DIR  read DIR instead of your stats directory (it must be yours, mode 0700)\n"
            "\n"
            "exit: 0 ok; 2 usage; 3 no such process (or none publishing), not publishing, or only a stale\n"
            "file; 4 garbled or foreign-build file; 5 another user's file, unsafe directory or permission error;\n"
            "6 the picture could not be written (a full disk, a closed output).\n");
}

/* The record of `handle` among a region's records, or NULL. */
static const weaveheap__pub_handle* find(const wh_snap* s, const weaveheap__pub_region* r, uint64_t handle) {
    for (uint64_t i = 0; i < r->handle_count; i++)
        if (s->handles[r->handle_first + i].handle == handle) return &s->handles[r->handle_first + i];
    return NULL;
}

static const char* table_text(uint8_t t) {
    return t == WH_PUB_TABLE_LOCKED   ? "table exact (read under its lock)"
           : t == WH_PUB_TABLE_CALLER ? "table read by the owning thread"
                                      : "table read without a lock (best effort)";
}

static void viz_text(FILE* out, const wh_snap* s) {
    const weaveheap__pub_header* h = s->h;
    char b1[32], b2[32], b3[32], kb[32], tk[32];
    fprintf(out, "pid %lld (%s) %s   libweaveheap %s   snapshot #%llu, %.1f s ago\n", (long long)h->pid, h->comm,
            s->status, h->version, (unsigned long long)h->snapshots, s->age_s);
    fprintf(out, "process: %llu region%s, %llu live handle%s, %llu borrow%s active, %llu cop%s (%s)\n",
            (unsigned long long)h->region_count, h->region_count == 1 ? "" : "s",
            (unsigned long long)h->handle_total, h->handle_total == 1 ? "" : "s",
            (unsigned long long)h->process.borrows_active, h->process.borrows_active == 1 ? "" : "s",
            (unsigned long long)h->process.copies, h->process.copies == 1 ? "y" : "ies",
            wh_human_bytes(h->process.copy_bytes, b1, sizeof b1));
    for (uint64_t i = 0; i < h->region_count; i++) {
        const weaveheap__pub_region* r = &s->regions[i];
        uint64_t cap = r->counters.bytes_reserved;
        fprintf(out, "\nregion %u  gen %u  (0x%016llx)  %s, %s\n", r->index, r->generation,
                (unsigned long long)r->handle, r->thread_safe ? "thread-safe" : "single-threaded", table_text(r->table));
        int fill = cap ? (int)((double)(r->bytes_used > cap ? cap : r->bytes_used) * 30.0 / (double)cap + 0.5) : 0;
        if (fill == 0 && r->bytes_used > 0) fill = 1;
        fprintf(out, "  %llu chunk%s   used %s / capacity %s  [", (unsigned long long)r->chunks,
                r->chunks == 1 ? "" : "s", wh_human_bytes(r->bytes_used, b1, sizeof b1),
                wh_human_bytes(cap, b2, sizeof b2));
        for (int k = 0; k < 30; k++) fputc(k < fill ? '#' : '.', out);
        fprintf(out, "]  live %s", wh_human_bytes(r->counters.bytes_live, b3, sizeof b3));
        if (r->byte_limit) fprintf(out, ", limit %s", wh_human_bytes(r->byte_limit, b1, sizeof b1));
        fputc('\n', out);
        if (r->handle_total == 0) fprintf(out, "  (no live handles)\n");
        for (uint64_t j = 0; j < r->handle_count; j++) {
            const weaveheap__pub_handle* x = &s->handles[r->handle_first + j];
            const char* branch = j + 1 == r->handle_count && r->handle_count == r->handle_total ? "`-" : "|-";
            fprintf(out, "  %s %-7s #%-6u gen %-5u ", branch, wh_kind_name(x->kind, kb, sizeof kb), x->index,
                    x->generation);
            if (x->flags & WH_PUB_HANDLE_TOKEN) {
                const weaveheap__pub_handle* t = find(s, r, x->target);
                fprintf(out, "%10s   %s borrow of ", "", x->flags & WH_PUB_HANDLE_UNIQUE ? "unique" : "shared");
                if (t) fprintf(out, "%s #%u\n", wh_kind_name(t->kind, tk, sizeof tk), t->index);
                else fprintf(out, "0x%016llx\n", (unsigned long long)x->target);
            } else {
                fprintf(out, "%10s   ", wh_human_bytes(x->size, b1, sizeof b1));
                if (x->borrows > 0) fprintf(out, "borrowed: shared x%d\n", x->borrows);
                else if (x->borrows < 0) fprintf(out, "borrowed: unique\n");
                else fprintf(out, "not borrowed\n");
            }
        }
        if (r->handle_count < r->handle_total)
            fprintf(out, "  `- ... %llu more (the file lists %llu handles at most: WEAVEHEAP_STATS_MAX_HANDLES)\n",
                    (unsigned long long)(r->handle_total - r->handle_count), (unsigned long long)r->handle_count);
    }
}

static void viz_json(FILE* out, const wh_snap* s) {
    const weaveheap__pub_header* h = s->h;
    char kb[32];
    fputc('{', out);
    wh_print_snap_head_json(out, s);
    fprintf(out, ",\"regions\":[");
    for (uint64_t i = 0; i < h->region_count; i++) {
        const weaveheap__pub_region* r = &s->regions[i];
        fprintf(out,
                "%s{\"index\":%u,\"generation\":%u,\"handle\":\"0x%016llx\",\"thread_safe\":%s,\"table\":\"%s\","
                "\"chunks\":%llu,\"chunk_size\":%llu,\"byte_limit\":%llu,\"bytes_used\":%llu,\"bytes_reserved\":%llu,"
                "\"bytes_live\":%llu,\"handles_total\":%llu,\"handles_published\":%llu,\"handles\":[",
                i ? "," : "", r->index, r->generation, (unsigned long long)r->handle, r->thread_safe ? "true" : "false",
                wh_table_name(r->table),
                (unsigned long long)r->chunks, (unsigned long long)r->chunk_size, (unsigned long long)r->byte_limit,
                (unsigned long long)r->bytes_used, (unsigned long long)r->counters.bytes_reserved,
                (unsigned long long)r->counters.bytes_live, (unsigned long long)r->handle_total,
                (unsigned long long)r->handle_count);
        for (uint64_t j = 0; j < r->handle_count; j++) {
            const weaveheap__pub_handle* x = &s->handles[r->handle_first + j];
            fprintf(out,
                    "%s{\"kind\":\"%s\",\"handle\":\"0x%016llx\",\"index\":%u,\"page\":%u,\"slot\":%u,\"epoch\":%u,"
                    "\"generation\":%u,",
                    j ? "," : "", wh_kind_name(x->kind, kb, sizeof kb), (unsigned long long)x->handle, x->index, x->page,
                    x->slot, x->epoch, x->generation);
            if (x->flags & WH_PUB_HANDLE_TOKEN) {
                const weaveheap__pub_handle* t = find(s, r, x->target);
                fprintf(out, "\"target\":\"0x%016llx\",\"unique\":%s", (unsigned long long)x->target,
                        x->flags & WH_PUB_HANDLE_UNIQUE ? "true" : "false");
                if (t) fprintf(out, ",\"target_kind\":\"%s\",\"target_index\":%u", wh_kind_name(t->kind, kb, sizeof kb), t->index);
            } else {
                fprintf(out, "\"size\":%llu,\"borrow\":{\"state\":\"%s\",\"count\":%d}", (unsigned long long)x->size,
                        x->borrows > 0 ? "shared" : x->borrows < 0 ? "unique" : "none",
                        x->borrows > 0 ? x->borrows : x->borrows < 0 ? 1 : 0);
            }
            fputc('}', out);
        }
        fprintf(out, "]}");
    }
    fprintf(out, "]}");
}

void wh_print_viz(FILE* out, const wh_snap* s, bool json) {
    if (json) viz_json(out, s);
    else viz_text(out, s);
}

static int viz_one(const wh_dir* d, long pid, bool json) {
    wh_snap s;
    int code = wh_snap_read_live(d, pid, &s);
    if (code != WH_EXIT_OK) return code;
    if (json) viz_json(stdout, &s), fputc('\n', stdout);
    else viz_text(stdout, &s);
    wh_snap_free(&s);
    return WH_EXIT_OK;
}

static int viz_all(const wh_dir* d, bool json) {
    long* pids = NULL;
    size_t n = 0;
    int code = wh_list_processes(d, false, &pids, &n);
    if (json) printf("{\"processes\":[");
    size_t shown = 0;
    for (size_t i = 0; i < n; i++) {
        wh_snap s;
        if (wh_snap_read_live(d, pids[i], &s) != WH_EXIT_OK) continue; /* it ended meanwhile */
        if (json) {
            if (shown) putchar(',');
            viz_json(stdout, &s);
        } else {
            if (shown) putchar('\n');
            viz_text(stdout, &s);
        }
        shown++;
        wh_snap_free(&s);
    }
    if (json) printf("]}\n");
    free(pids);
    if (code != WH_EXIT_OK) return code;
    if (shown == 0) {
        fprintf(stderr, "weaveheap: no process of yours is publishing stats in %s (run one with WEAVEHEAP_STATS=1)\n",
                d->path);
        return WH_EXIT_NOT_FOUND;
    }
    return WH_EXIT_OK;
}

int wh_cmd_viz(int argc, char** argv) {
    bool json = false;
    const char* dir_opt = NULL;
    long pid = -1;
    for (int i = 1; i < argc; i++) {
        const char* a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return WH_EXIT_OK;
        } else if (strcmp(a, "--json") == 0) {
            json = true;
        } else if (strcmp(a, "--dir") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "weaveheap viz: --dir needs a value\n");
                return WH_EXIT_USAGE;
            }
            dir_opt = argv[++i];
        } else if (a[0] == '-') {
            fprintf(stderr, "weaveheap viz: unknown option %s (see weaveheap viz --help)\n", a);
            return WH_EXIT_USAGE;
        } else if (!wh_parse_pid("viz", a, &pid)) {
            return WH_EXIT_USAGE;
        }
    }
    wh_dir d;
    char msg[PATH_MAX + 256];
    int code = wh_stats_dir(dir_opt, &d, msg, sizeof msg);
    if (code != WH_EXIT_OK) {
        fprintf(stderr, "weaveheap: %s\n", msg);
        return code;
    }
    code = pid >= 0 ? viz_one(&d, pid, json) : viz_all(&d, json);
    wh_dir_close(&d);
    return code;
}
