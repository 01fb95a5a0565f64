/* Runs last: compares what the other suites recorded with the generated
 * header. Every function the header declares must have been called, every
 * error code in its "Errors:" list must have been seen coming from it, and
 * no function may have returned a code its list does not declare. The
 * header is generated from the IDL, so a new function or a new error in the
 * IDL fails this suite until a test exercises it. */
#include <stdlib.h>
#include <string.h>

#include "check.h"

#ifndef WH_HEADER_PATH
#error "WH_HEADER_PATH must name generated/c/weaveheap.h"
#endif

typedef struct declared {
    char fn[64];
    int32_t codes[16];
    size_t ncodes;
} declared;

static char* slurp(const char* path) {
    FILE* f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char* s = malloc((size_t)n + 1);
    if (s && fread(s, 1, (size_t)n, f) != (size_t)n) {
        free(s);
        s = NULL;
    }
    if (s) s[n] = 0;
    fclose(f);
    return s;
}

/* Every WEAVEHEAP_API function with the codes of the "Errors:" paragraph of
 * the doc comment just above it. */
static size_t parse(char* text, declared* out, size_t cap) {
    size_t n = 0;
    char* comment = NULL;
    for (char* line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        if (strncmp(line, "/**", 3) == 0) comment = line;
        if (strncmp(line, "WEAVEHEAP_API ", 14) != 0 && strncmp(line, "WEAVEHEAP_C_ONLY ", 17) != 0) continue;
        char* paren = strchr(line, '(');
        char* name = paren;
        while (name > line && name[-1] != ' ' && name[-1] != '*') name--;
        REQUIRE_TRUE(paren && n < cap && (size_t)(paren - name) < sizeof out[n].fn);
        declared* d = &out[n++];
        memset(d, 0, sizeof *d);
        memcpy(d->fn, name, (size_t)(paren - name));
        /* strtok wrote NULs between the comment's lines: walk them back */
        REQUIRE_TRUE(comment != NULL);
        char* errors = NULL;
        for (char* p = comment; p < line; p += strlen(p) + 1)
            if (!errors && strstr(p, "Errors:")) errors = strstr(p, "Errors:");
        REQUIRE_TRUE(errors != NULL);
        for (char* p = errors; p < line && !strstr(p, "Threads:"); p += strlen(p) + 1) {
            for (char* c = strstr(p, "WEAVEHEAP_ERR_"); c; c = strstr(c + 1, "WEAVEHEAP_ERR_")) {
                char code[64] = {0};
                size_t k = 0;
                while (k < sizeof code - 1 && (c[k] == '_' || (c[k] >= 'A' && c[k] <= 'Z') || (c[k] >= '0' && c[k] <= '9')))
                    code[k] = c[k], k++;
                int32_t v = wh_code_of_name(code);
                wh_check(v > 0, false, __FILE__, __LINE__, "%s declares an unknown error %s", d->fn, code);
                if (v > 0 && d->ncodes < 16) d->codes[d->ncodes++] = v;
            }
        }
        comment = NULL;
    }
    return n;
}

static bool was_seen(const char* fn, int32_t code, bool any) {
    const wh_seen* seen;
    size_t n = wh_recorded(&seen);
    for (size_t i = 0; i < n; i++)
        if (strcmp(seen[i].fn, fn) == 0 && (any || seen[i].code == code)) return true;
    return false;
}

static void every_function_and_error_is_exercised(void) {
    char* text = slurp(WH_HEADER_PATH);
    REQUIRE_NE_PTR(text, NULL);
    declared decl[128];
    size_t nd = parse(text, decl, 128);
    free(text);
    CHECK_TRUE(nd >= 30);
    size_t pairs = 0, missing = 0;
    for (size_t i = 0; i < nd; i++) {
        if (!wh_check(was_seen(decl[i].fn, 0, true), false, __FILE__, __LINE__,
                      "%s is declared in the header but no test called it", decl[i].fn))
            missing++;
        for (size_t k = 0; k < decl[i].ncodes; k++) {
            pairs++;
            if (!wh_check(was_seen(decl[i].fn, decl[i].codes[k], false), false, __FILE__, __LINE__,
                          "%s declares %s but no test saw it return that", decl[i].fn,
                          wh_code_name(decl[i].codes[k])))
                missing++;
        }
    }
    /* the other way: nothing recorded that the header does not declare */
    const wh_seen* seen;
    size_t ns = wh_recorded(&seen);
    for (size_t i = 0; i < ns; i++) {
        const declared* d = NULL;
        for (size_t j = 0; j < nd && !d; j++)
            if (strcmp(decl[j].fn, seen[i].fn) == 0) d = &decl[j];
        if (!wh_check(d != NULL, false, __FILE__, __LINE__, "tests recorded %s, which the header does not declare",
                      seen[i].fn))
            continue;
        if (seen[i].code == 0) continue;
        bool listed = false;
        for (size_t k = 0; k < d->ncodes; k++) listed |= d->codes[k] == seen[i].code;
        wh_check(listed, false, __FILE__, __LINE__, "%s returned %s, which its Errors: list does not declare",
                 d->fn, wh_code_name(seen[i].code));
    }
    printf("\n    %zu functions and %zu (function, error) pairs declared; %zu not exercised\n", nd, pairs,
           missing);
}

static const wh_test tests[] = {
    {"every function and every declared error is exercised", every_function_and_error_is_exercised},
    {NULL, NULL},
};
const wh_suite wh_suite_coverage = {"coverage", tests};
