/* Small helpers of the weaveheap command: JSON strings, sizes, numbers. */
#include "cli.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

bool wh_output_done(FILE* out, const char* name, bool close) {
    errno = 0;
    bool ok = fflush(out) == 0 && !ferror(out);
    int e = errno;
    if (close && fclose(out) != 0 && ok) ok = false, e = errno;
    if (!ok) /* errno 0: a write failed before, its reason is gone */
        fprintf(stderr, "weaveheap: cannot write %s: %s\n", name, e ? strerror(e) : "a write failed");
    return ok;
}

void wh_fmt(char* buf, size_t size, const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, size, fmt, ap);
    va_end(ap);
}

/* Length of the valid UTF-8 sequence at s (1-4), or 0 if it is not one. */
static size_t utf8_seq(const unsigned char* s) {
    unsigned c = s[0];
    if (c < 0x80) return 1;
    size_t len;
    unsigned min;
    if (c >= 0xc2 && c <= 0xdf) len = 2, min = 0x80;
    else if (c >= 0xe0 && c <= 0xef) len = 3, min = 0x800;
    else if (c >= 0xf0 && c <= 0xf4) len = 4, min = 0x10000;
    else return 0;
    unsigned cp = c & (0x3f >> (len - 1));
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80) return 0;
        cp = (cp << 6) | (s[i] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
    return len;
}

void wh_json_str(FILE* out, const char* s) {
    fputc('"', out);
    const unsigned char* p = (const unsigned char*)(s ? s : "");
    while (*p) {
        unsigned c = *p;
        if (c == '"' || c == '\\') {
            fputc('\\', out);
            fputc((int)c, out);
            p++;
        } else if (c < 0x20 || c == 0x7f) {
            switch (c) {
            case '\n': fputs("\\n", out); break;
            case '\r': fputs("\\r", out); break;
            case '\t': fputs("\\t", out); break;
            default: fprintf(out, "\\u%04x", c); break;
            }
            p++;
        } else if (c < 0x80) {
            fputc((int)c, out);
            p++;
        } else {
            size_t n = utf8_seq(p);
            if (n == 0) {
                fputs("\\ufffd", out);
                p++;
            } else {
                fwrite(p, 1, n, out);
                p += n;
            }
        }
    }
    fputc('"', out);
}

const char* wh_human_bytes(uint64_t n, char* buf, size_t size) {
    static const char* const units[] = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    if (n < 1024) {
        snprintf(buf, size, "%llu B", (unsigned long long)n);
        return buf;
    }
    double v = (double)n;
    size_t u = 0;
    v /= 1024.0;
    while (v >= 1024.0 && u + 1 < sizeof units / sizeof units[0]) {
        v /= 1024.0;
        u++;
    }
    snprintf(buf, size, "%.1f %s", v, units[u]);
    return buf;
}

bool wh_parse_u64(const char* s, uint64_t min, uint64_t max, uint64_t* out) {
    if (!s || !isdigit((unsigned char)*s)) return false;
    errno = 0;
    char* end;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end || v < min || v > max) return false;
    *out = v;
    return true;
}

bool wh_parse_seconds(const char* s, double* out) {
    if (!s || !(isdigit((unsigned char)*s) || *s == '.')) return false;
    errno = 0;
    char* end;
    double v = strtod(s, &end);
    if (errno || *end || !(v > 0.0) || v > 86400.0) return false;
    *out = v;
    return true;
}

const char* wh_first_line(const char* text, char* buf, size_t size) {
    if (size == 0) return buf;
    while (*text == ' ' || *text == '\t' || *text == '\n' || *text == '\r') text++;
    size_t n = strcspn(text, "\r\n");
    while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '\t')) n--;
    if (n >= size) n = size - 1;
    memcpy(buf, text, n);
    buf[n] = 0;
    return buf;
}

const char* wh_kind_name(unsigned kind, char* buf, size_t size) {
    switch (kind) {
#define WH_CASE(c_name, value, name) \
    case value: return name;
        WEAVEHEAP_HANDLE_KIND_LIST(WH_CASE)
#undef WH_CASE
    default: snprintf(buf, size, "kind %u", kind); return buf;
    }
}

bool wh_stats_name(const char* name, long* pid) {
    size_t digits = strspn(name, "0123456789");
    if (digits == 0 || digits > 9 || strcmp(name + digits, WH_PUB_SUFFIX) != 0 || name[0] == '0') return false;
    *pid = strtol(name, NULL, 10);
    return true;
}

bool wh_parse_pid(const char* command, const char* arg, long* pid) {
    uint64_t v;
    if (*pid >= 0 || !wh_parse_u64(arg, 1, 0x7fffffff, &v)) {
        fprintf(stderr, "weaveheap %s: '%s' is not a process id%s\n", command, arg, *pid >= 0 ? " (one PID only)" : "");
        return false;
    }
    *pid = (long)v;
    return true;
}

const char* wh_taken_by_name(uint32_t taken_by) {
    return taken_by == WH_PUB_BY_THREAD ? "thread"
           : taken_by == WH_PUB_BY_CALL ? "call"
           : taken_by == WH_PUB_BY_EXIT ? "exit"
                                        : "destroy";
}

const char* wh_table_name(uint8_t table) {
    return table == WH_PUB_TABLE_LOCKED ? "locked" : table == WH_PUB_TABLE_CALLER ? "caller" : "best_effort";
}
