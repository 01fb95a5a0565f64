#!/usr/bin/env bash
# The release test: takes only dist/ (what scripts/release.sh made), copies it
# into a temporary directory outside the source tree and uses each artefact
# the way its users would:
#   sums      SHA256SUMS holds, and covers every file
#   c-sdk     the host's SDK extracted: a consumer built with pkg-config and
#             one with find_package, run without LD_LIBRARY_PATH; its
#             weaveheap --version and doctor; its man page renders; the
#             weaveheap-gen wheel it ships installs and starts a project
#   c-sdk-cross  each other architecture's SDK: the right ELF machine, and a
#             consumer cross-built with pkg-config run under qemu-user, its
#             weaveheap --version too
#   sdist     only what builds the package (tar tzf), its metadata
#   wheels    one manylinux wheel per CPython of this machine; each installed
#             (--no-index) into a fresh venv of its Python and the Python
#             sample run there, and the weaveheap command it ships
#   npm_package  the npm tarball installed offline into an empty project: its
#             package.json, both prebuilds (checked; this machine's run), the
#             Node.js sample, the browser condition (in Node and in headless
#             Chromium), tsc on its one index.d.ts
#   wasm_builds  the ESM bundle (both cores, the glue in Node.js, memory64),
#             the WIT package (valid, its version, the component's world) and
#             the component run by wasmtime
#   go_module the file proxy: go get, build with pkg-config only, run
#   java_maven  the POM and jars; install:install-file into a local Maven
#             repository (offline) and a project resolving it (mvn -o) runs
#             the sample, its JNI library from the jar
#   swift_package  a SwiftPM package depending on the archive builds with
#             PKG_CONFIG_PATH only and runs
#   extensions  the sample extension's wheel and npm tarball (dist/extensions/)
#             installed next to the base packages they pin, from dist/ only;
#             crc32 and a deflate/inflate round trip over base buffers, the
#             borrow counted by the one core
#   versions  one version everywhere: the IDL (with --idl), the headers, the
#             .pc files, the CMake package, the libraries, the commands, the
#             sdist and wheel metadata, the file names, package.json, the Go
#             proxy, the POM and manifest, Package.swift, the WIT package, and
#             what each library reports when it runs
# Each section is one function: a new package is one more function and one
# more line in SECTIONS.
# A missing dist/ or a missing artefact fails; nothing is skipped.
#
# Usage: run.sh DIST_DIR [--idl IDL_FILE] [--keep]
#   --keep leaves the temporary directory; WH_RELEASE_SECTIONS="c_sdk wheels"
#   runs only those sections (while working on one; ctest runs them all).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)   # for the sample programs and the Python list only
dist_in=${1:?usage: run.sh DIST_DIR [--idl IDL_FILE] [--keep]}
shift
idl="" keep=no
while [ $# -gt 0 ]; do
  case $1 in
    --idl) idl=$(realpath "$2"); shift 2 ;;
    --keep) keep=yes; shift ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

SECTIONS=(${WH_RELEASE_SECTIONS:-sums c_sdk c_sdk_cross sdist wheels npm_package wasm_builds go_module java_maven swift_package extensions versions})

fail() { echo "    FAIL: $*" >&2; exit 1; }
note() { echo "    $*"; }

if [ ! -d "$dist_in" ] || [ -z "$(ls -A "$dist_in" 2>/dev/null)" ]; then
  echo "release test: no dist/ at $dist_in (run scripts/release.sh first)" >&2
  echo "release test: 0 passed, 1 failed"
  exit 1
fi
tmp=$(mktemp -d /tmp/weaveheap-release-test.XXXXXX)
if [ $keep = no ]; then trap 'rm -rf "$tmp"' EXIT; else echo "release test: keeping $tmp"; fi
cp -r "$dist_in" "$tmp/dist"
dist=$tmp/dist
cd "$tmp"
export WEAVEHEAP_STATS_DIR=$tmp/stats   # our own, as other tests run beside us
unset LD_LIBRARY_PATH PYTHONPATH

host_arch=$(uname -m)
# What the artefacts say their version is, one "what version" line each,
# collected by the sections and compared by `versions`.
versions_file=$tmp/versions
: >"$versions_file"
saw() { echo "$1 $2" >>"$versions_file"; }
header_define() { sed -n "s/^#define $2 \"*\([^\"]*\)\"*\$/\1/p" "$1"; }

# -- SHA256SUMS -------------------------------------------------------------------
sums() {
  [ -f "$dist/SHA256SUMS" ] || fail "no SHA256SUMS"
  (cd "$dist" && sha256sum --check --strict --quiet SHA256SUMS) || fail "sha256sum --check SHA256SUMS"
  local listed files
  listed=$(sed -E 's/^[0-9a-f]{64}  //' "$dist/SHA256SUMS" | LC_ALL=C sort)
  files=$(cd "$dist" && find . -type f ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort)
  [ "$listed" = "$files" ] || fail "SHA256SUMS does not list exactly the files of dist/: $(diff <(echo "$listed") <(echo "$files") | grep '^[<>]' | head -5 | tr '\n' ' ')"
  note "$(echo "$files" | wc -l) files, each checksum right"
}

# Extracts dist/weaveheap-*-linux-ARCH.tar.gz into $tmp/sdk-ARCH; prints the SDK's path.
extract_sdk() {
  local arch=$1 tgz
  tgz=$(ls "$dist"/weaveheap-*-linux-"$arch".tar.gz 2>/dev/null || true)
  [ -n "$tgz" ] && [ "$(echo "$tgz" | wc -l)" = 1 ] || fail "not one C SDK for linux-$arch in dist/"
  mkdir -p "$tmp/sdk-$arch"
  tar xzf "$tgz" -C "$tmp/sdk-$arch" || fail "cannot extract $(basename "$tgz")"
  local top
  top=$(ls "$tmp/sdk-$arch")
  [ "$top.tar.gz" = "$(basename "$tgz")" ] || fail "$(basename "$tgz") holds '$top', not one directory of its name"
  saw "$(basename "$tgz")" "$(echo "$top" | sed -n 's/^weaveheap-\([0-9.]*\)-linux-.*/\1/p')"
  echo "$tmp/sdk-$arch/$top"
}

# The version facts of an extracted SDK.
sdk_versions() {
  local sdk=$1 arch=$2 so
  for f in include/weaveheap.h include/weaveheap_arrow.h lib/pkgconfig/weaveheap.pc lib/cmake/weaveheap/weaveheapConfigVersion.cmake \
           lib/libweaveheap.a bin/weaveheap share/man/man1/weaveheap.1 share/doc/weaveheap/LICENSE; do
    [ -e "$sdk/$f" ] || fail "$arch SDK: no $f"
  done
  saw "$arch:weaveheap.h" "$(header_define "$sdk/include/weaveheap.h" WEAVEHEAP_VERSION_STRING)"
  saw "$arch:weaveheap.pc" "$(sed -n 's/^Version: //p' "$sdk/lib/pkgconfig/weaveheap.pc")"
  saw "$arch:weaveheapConfigVersion.cmake" \
    "$(sed -n 's/^set(PACKAGE_VERSION "\(.*\)")$/\1/p' "$sdk/lib/cmake/weaveheap/weaveheapConfigVersion.cmake")"
  so=$(cd "$sdk/lib" && ls libweaveheap.so.*.*.* 2>/dev/null || true)
  [ -n "$so" ] || fail "$arch SDK: no lib/libweaveheap.so.X.Y.Z"
  saw "$arch:$so" "${so#libweaveheap.so.}"
  grep -q "^MIT License" "$sdk/share/doc/weaveheap/LICENSE" || fail "$arch SDK: LICENSE is not the MIT license"
}

# The consumer (tests/install/consumer) prints this for a header and library that agree.
expected_output() {
  local h=$1/include/weaveheap.h
  printf 'header %s library %s\nabi %s library %s\nidl %s\nview h\xc3\xa9llo (6 bytes)\nagain stale handle\nok' \
    "$(header_define "$h" WEAVEHEAP_VERSION_STRING)" "$(header_define "$h" WEAVEHEAP_VERSION_STRING)" \
    "$(header_define "$h" WEAVEHEAP_ABI_VERSION)" "$(header_define "$h" WEAVEHEAP_ABI_VERSION)" \
    "$(header_define "$h" WEAVEHEAP_IDL_HASH)"
}

# Runs a consumer (through an emulator if given) without LD_LIBRARY_PATH and
# compares its output; a shared consumer must load the SDK's library.
run_consumer() {
  local sdk=$1 exe=$2 how=$3 emulator=${4:-} out
  out=$(env -u LD_LIBRARY_PATH $emulator "$exe") || fail "$how: the consumer failed (no LD_LIBRARY_PATH)"
  [ "$out" = "$(expected_output "$sdk")" ] || fail "$how: the consumer printed: $out"
  if [ -z "$emulator" ]; then
    local loaded
    loaded=$(ldd "$exe" | sed -n 's/^\s*libweaveheap\.so[^ ]* => \(\S*\) .*/\1/p' || true)
    [ -n "$loaded" ] && [ "$(dirname "$(realpath "$loaded")")" = "$(realpath "$sdk/lib")" ] ||
      fail "$how: loads '${loaded:-no libweaveheap}', not the SDK's"
  fi
  note "$how: runs without LD_LIBRARY_PATH"
}

pkg_config_flags() {
  PKG_CONFIG_PATH="$1/lib/pkgconfig" PKG_CONFIG_LIBDIR=/nonexistent pkg-config --cflags --libs weaveheap ||
    fail "pkg-config does not find weaveheap in $1/lib/pkgconfig"
}

# -- the C SDK of this machine ----------------------------------------------------------
c_sdk() {
  local sdk out
  sdk=$(extract_sdk "$host_arch") || exit 1
  sdk_versions "$sdk" "$host_arch"
  cp -r "$repo/tests/install/consumer" "$tmp/consumer-src"

  # pkg-config
  local flags
  flags=$(pkg_config_flags "$sdk") || exit 1
  # shellcheck disable=SC2086 # the flags are words
  cc -std=c11 -Wall -Wextra -Werror "$tmp/consumer-src/main.c" $flags -o "$tmp/consumer-pc" ||
    fail "pkg-config: the consumer does not build"
  run_consumer "$sdk" "$tmp/consumer-pc" "pkg-config consumer"

  # find_package(weaveheap <version>) -> weaveheap::weaveheap and weaveheap::weaveheap_static
  local v
  v=$(header_define "$sdk/include/weaveheap.h" WEAVEHEAP_VERSION_STRING)
  cmake -S "$tmp/consumer-src" -B "$tmp/consumer-cmake" -DCMAKE_PREFIX_PATH="$sdk" -DWEAVEHEAP_WANT_VERSION="$v" \
    >"$tmp/consumer-cmake.log" 2>&1 && cmake --build "$tmp/consumer-cmake" >>"$tmp/consumer-cmake.log" 2>&1 ||
    { tail -30 "$tmp/consumer-cmake.log" >&2; fail "find_package: the consumer does not build"; }
  run_consumer "$sdk" "$tmp/consumer-cmake/consumer" "find_package consumer (weaveheap::weaveheap)"
  out=$(env -u LD_LIBRARY_PATH "$tmp/consumer-cmake/consumer_static") && [ "$out" = "$(expected_output "$sdk")" ] ||
    fail "find_package consumer (weaveheap::weaveheap_static) failed"
  note "find_package consumer (weaveheap::weaveheap_static): runs"

  # the command: needs nothing beside it
  out=$(env -u LD_LIBRARY_PATH "$sdk/bin/weaveheap" --version) || fail "weaveheap --version failed"
  saw "$host_arch:weaveheap --version" "$(echo "$out" | sed -n 's/^weaveheap \([0-9.]*\) .*/\1/p')"
  note "bin/weaveheap --version: $out"
  # doctor finds the SDK's library through pkg-config and checks it against its header
  local json code
  code=0
  json=$(PKG_CONFIG_PATH="$sdk/lib/pkgconfig" "$sdk/bin/weaveheap" doctor --json) || code=$?
  [ $code -le 1 ] || fail "weaveheap doctor exited $code"
  echo "$json" | python3 -c '
import json, sys
d = json.load(sys.stdin)
lib = [c for c in d["checks"] if c["id"] == "libweaveheap"]
assert lib and lib[0]["status"] == "ok", f"doctor: libweaveheap: {lib}"
print(d["weaveheap"]["version"], lib[0]["version"])' >"$tmp/doctor.out" 2>&1 ||
    fail "$(cat "$tmp/doctor.out")"
  saw "$host_arch:weaveheap doctor" "$(cut -d' ' -f1 "$tmp/doctor.out")"
  note "weaveheap doctor: libweaveheap ok ($(cut -d' ' -f2- "$tmp/doctor.out"))"

  # the man page renders without warnings
  local warnings
  warnings=$(groff -t -man -Tutf8 -wmac -z "$sdk/share/man/man1/weaveheap.1" 2>&1)
  [ -z "$warnings" ] || fail "weaveheap.1: $warnings"
  groff -t -man -Tutf8 "$sdk/share/man/man1/weaveheap.1" 2>/dev/null | grep -q "weaveheap stats" ||
    fail "weaveheap.1 does not render"
  note "share/man/man1/weaveheap.1 renders"

  # the generator it ships: installed into a fresh venv from the SDK alone,
  # it starts an extension project against the core IDL it carries
  local gen_wheel gen_v
  gen_wheel=$(ls "$sdk"/share/weaveheap/python/weaveheap_gen-*-py3-none-any.whl 2>/dev/null) ||
    fail "the SDK has no share/weaveheap/python/weaveheap_gen-*.whl"
  gen_v=$(basename "$gen_wheel" | cut -d- -f2)
  saw "$host_arch:weaveheap-gen wheel" "$gen_v"
  python3 -m venv --system-site-packages "$tmp/gen-venv" >/dev/null     # jinja2 from the system
  "$tmp/gen-venv/bin/pip" install --no-index --no-deps -q "$gen_wheel" || fail "pip install $(basename "$gen_wheel")"
  mkdir -p "$tmp/gen-project"
  (cd "$tmp/gen-project" && "$tmp/gen-venv/bin/weaveheap-gen" new hello >"$tmp/gen-new.log" 2>&1) ||
    { cat "$tmp/gen-new.log" >&2; fail "weaveheap-gen new hello failed"; }
  for f in hello/hello.wh hello/CMakeLists.txt hello/generated/c/hello.h hello/generated/c/hello_entry.c; do
    [ -f "$tmp/gen-project/$f" ] || fail "weaveheap-gen new made no $f"
  done
  grep -q "$(header_define "$sdk/include/weaveheap.h" WEAVEHEAP_IDL_HASH)" "$tmp/gen-project/hello/generated/c/hello.h" ||
    fail "the project's entry points do not check the SDK's core IDL hash"
  note "share/weaveheap/python/$(basename "$gen_wheel"): installs; weaveheap-gen new makes a project against this core"
}

# -- the cross-built C SDKs ----------------------------------------------------------
c_sdk_cross() {
  local tgz arch n=0
  for tgz in "$dist"/weaveheap-*-linux-*.tar.gz; do
    arch=${tgz##*-linux-}; arch=${arch%.tar.gz}
    [ "$arch" = "$host_arch" ] && continue
    n=$((n + 1))
    local sdk machine cc=$arch-linux-gnu-gcc qemu=qemu-$arch-static
    sdk=$(extract_sdk "$arch") || exit 1
    sdk_versions "$sdk" "$arch"
    machine=$(case $arch in aarch64) echo AArch64 ;; x86_64) echo X86-64 ;; *) echo "$arch" ;; esac)
    for f in "$sdk/bin/weaveheap" "$(readlink -f "$sdk/lib/libweaveheap.so")"; do
      readelf -h "$f" | grep -q "Machine:.*$machine" || fail "$arch SDK: $f is not built for $machine"
    done
    command -v "$cc" >/dev/null || fail "no $cc to build a consumer for the $arch SDK (scripts/install-deps.sh)"
    command -v "$qemu" >/dev/null || fail "no $qemu to run the $arch SDK (scripts/install-deps.sh)"
    local flags out
    flags=$(pkg_config_flags "$sdk") || exit 1
    # shellcheck disable=SC2086 # the flags are words
    "$cc" -std=c11 -Wall -Wextra -Werror "$repo/tests/install/consumer/main.c" $flags -o "$tmp/consumer-$arch" ||
      fail "$arch: the pkg-config consumer does not build"
    run_consumer "$sdk" "$tmp/consumer-$arch" "$arch pkg-config consumer (under $qemu)" "$qemu"
    out=$($qemu "$sdk/bin/weaveheap" --version) || fail "$arch: weaveheap --version failed under $qemu"
    saw "$arch:weaveheap --version" "$(echo "$out" | sed -n 's/^weaveheap \([0-9.]*\) .*/\1/p')"
    note "$arch bin/weaveheap --version (under $qemu): $out"
  done
  [ $n -gt 0 ] || fail "no cross-built C SDK in dist/ (expected linux-aarch64)"
}

# -- the Python sdist ---------------------------------------------------------------
sdist() {
  local sd top
  sd=$(ls "$dist"/weaveheap-*.tar.gz 2>/dev/null | grep -E '/weaveheap-[0-9]+\.[0-9]+\.[0-9]+\.tar\.gz$' || true)
  [ -n "$sd" ] && [ "$(echo "$sd" | wc -l)" = 1 ] || fail "not one sdist (weaveheap-<version>.tar.gz) in dist/"
  top=$(basename "$sd" .tar.gz)
  saw "$(basename "$sd")" "${top#weaveheap-}"
  tar tzf "$sd" >"$tmp/sdist.list" || fail "cannot list $(basename "$sd")"
  local outside stray
  outside=$(grep -v "^$top/" "$tmp/sdist.list" | head -3 || true)
  [ -z "$outside" ] || fail "the sdist has files outside $top/: $outside"
  stray=$(grep -E "^$top/(bench|tests|samples|wasm|idl|generator|scripts|bindings/(node|go|java|swift)|generated/(node|go|java|swift|wasm|wit))/" \
          "$tmp/sdist.list" | head -5 || true)
  [ -z "$stray" ] || fail "the sdist holds what does not build the package: $(echo "$stray" | tr '\n' ' ')"
  for f in pyproject.toml CMakeLists.txt LICENSE PKG-INFO core/CMakeLists.txt bindings/python/CMakeLists.txt \
           generated/c/weaveheap.h generated/python/weaveheap_python.i; do
    grep -qx "$top/$f" "$tmp/sdist.list" || fail "the sdist lacks $f"
  done
  tar xzf "$sd" -C "$tmp" "$top/PKG-INFO" || fail "no PKG-INFO"
  saw "sdist PKG-INFO" "$(sed -n 's/^Version: //p' "$tmp/$top/PKG-INFO")"
  grep -qx "License-Expression: MIT" "$tmp/$top/PKG-INFO" || fail "PKG-INFO: no License-Expression: MIT"
  note "$(basename "$sd"): $(grep -vc '/$' "$tmp/sdist.list") files, none of tests, benchmarks, samples or other languages"
}

# -- the Python wheels ----------------------------------------------------------------
wheels() {
  local pythons whl ver py tag n=0
  pythons=$(PYTHON=python3 "$repo/scripts/release/pythons.sh")
  [ -n "$pythons" ] || fail "no CPython found to test the wheels with"
  # One wheel per CPython of this machine that can build one.
  while IFS=$'\t' read -r ver py; do
    "$py" -c "import scikit_build_core" 2>/dev/null || continue
    tag=cp${ver/./}
    ls "$dist"/weaveheap-*-"$tag"-"$tag"-manylinux_*.whl >/dev/null 2>&1 ||
      fail "no manylinux wheel for Python $ver ($py) in dist/"
  done <<<"$pythons"

  for whl in "$dist"/weaveheap-*.whl; do
    [ -f "$whl" ] || fail "no wheel in dist/"
    n=$((n + 1))
    local name=${whl##*/} version
    [[ $name =~ ^weaveheap-([0-9.]+)-cp([0-9])([0-9]+)-cp[0-9]+-(manylinux_[0-9]+_[0-9]+_[a-z0-9_]+)\.whl$ ]] ||
      fail "$name: not weaveheap-<version>-cpXY-cpXY-manylinux_<glibc>_<arch>.whl"
    version=${BASH_REMATCH[1]} ver=${BASH_REMATCH[2]}.${BASH_REMATCH[3]}
    saw "$name" "$version"
    py=$(echo "$pythons" | awk -F'\t' -v v="$ver" '$1 == v { print $2 }')
    [ -n "$py" ] || fail "$name: no Python $ver on this machine to test it with"
    "$py" -c "import numpy" 2>/dev/null || fail "Python $ver ($py) has no numpy for the sample (scripts/install-deps.sh)"

    # its metadata
    "$py" - "$whl" >"$tmp/meta-$ver" <<'EOF' || fail "$name: $(cat "$tmp/meta-$ver")"
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
info = [n for n in names if n.endswith(".dist-info/METADATA")]
meta = z.read(info[0]).decode()
fields = [l.split(": ", 1) for l in meta.split("\n\n")[0].splitlines() if ": " in l]
get = lambda k: [v for f, v in fields if f == k]
for key, want in (("License-Expression", "MIT"), ("Requires-Python", ">=3.9")):
    assert get(key) == [want], f"METADATA {key}: {get(key)}"
assert any(u.startswith("Homepage, https://") for u in get("Project-URL")), "METADATA: no Homepage URL"
assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names), "no LICENSE in the wheel"
assert any(n.endswith(".data/scripts/weaveheap") for n in names), "no weaveheap command in the wheel"
print(get("Version")[0])
EOF
    saw "$name METADATA" "$(cat "$tmp/meta-$ver")"

    # installed into a fresh venv of its Python; numpy from that Python's own
    # site-packages (--system-site-packages), weaveheap only from the wheel
    local venv=$tmp/venv-$ver where out
    "$py" -m venv --system-site-packages "$venv" || fail "Python $ver: cannot make a venv"
    "$venv/bin/python" -m pip install -q --no-index --no-deps --disable-pip-version-check "$whl" \
      >"$tmp/pip-$ver.log" 2>&1 || { cat "$tmp/pip-$ver.log" >&2; fail "$name does not install"; }
    where=$("$venv/bin/python" -c "import weaveheap; print(weaveheap.__file__)") || fail "$name: import weaveheap failed"
    [[ $(realpath "$where") == $(realpath "$venv")/* ]] || fail "$name: weaveheap came from $where, not the venv"
    saw "$name weaveheap.__version__" "$("$venv/bin/python" -c "import weaveheap; print(weaveheap.__version__)")"
    saw "$name weaveheap.version_string()" "$("$venv/bin/python" -c "import weaveheap; print(weaveheap.version_string())")"
    cp "$repo/samples/python/zero_copy.py" "$tmp/zero_copy.py"
    out=$("$venv/bin/python" "$tmp/zero_copy.py" 2>&1) || fail "$name: the sample failed: $out"
    echo "$out" | grep -q "numpy.from_dlpack read back" || fail "$name: the sample did not reach numpy: $out"
    echo "$out" | grep -qx "copies during the zero-copy handoffs: 0" || fail "$name: the sample copied: $out"
    out=$("$venv/bin/weaveheap" --version) || fail "$name: its weaveheap command failed"
    saw "$name weaveheap --version" "$(echo "$out" | sed -n 's/^weaveheap \([0-9.]*\) .*/\1/p')"
    note "$name: installs into a venv of $py; the sample runs (0 copies); weaveheap --version: $out"
  done
  [ $n -gt 0 ] || fail "no wheel in dist/"
}

# Runs a program without LD_LIBRARY_PATH and checks that it loaded the SDK's
# libweaveheap (by ldd).
loads_sdk_library() {
  local exe=$1 sdk=$2 how=$3 loaded
  loaded=$(env -u LD_LIBRARY_PATH ldd "$exe" | sed -n 's/^\s*libweaveheap\.so[^ ]* => \(\S*\) .*/\1/p' || true)
  [ -n "$loaded" ] && [ "$(dirname "$(realpath "$loaded")")" = "$(realpath "$sdk/lib")" ] ||
    fail "$how: loads '${loaded:-no libweaveheap}', not the SDK's"
}

# (A producer piped into `grep -q` may die of SIGPIPE when grep stops early,
# which pipefail counts as a failure: such greps read everything, >/dev/null.)

# -- the npm package: Node.js (both prebuilds) and the browser ------------------------------
npm_package() {
  local tgz name app=$tmp/npm-app
  tgz=$(ls "$dist"/weaveheap-*.tgz 2>/dev/null || true)
  [ -n "$tgz" ] && [ "$(echo "$tgz" | wc -l)" = 1 ] || fail "not one weaveheap-<version>.tgz in dist/"
  name=$(basename "$tgz" .tgz)
  saw "$name.tgz" "${name#weaveheap-}"
  tar tzf "$tgz" >"$tmp/npm.list" || fail "cannot list $name.tgz"
  grep -v '^package/' "$tmp/npm.list" >/dev/null && fail "$name.tgz has files outside package/ (not npm pack's format)"

  # Installed into an empty project, offline, as npm installs any tarball.
  mkdir -p "$app"
  printf '{ "name": "app", "version": "1.0.0", "private": true, "type": "module" }\n' >"$app/package.json"
  (cd "$app" && npm_config_cache=$tmp/npm-cache npm_config_update_notifier=false \
     npm install --offline --no-audit --no-fund --no-package-lock "$tgz") >"$tmp/npm-install.log" 2>&1 ||
    { tail -20 "$tmp/npm-install.log" >&2; fail "npm install --offline $name.tgz failed"; }
  local pkg=$app/node_modules/weaveheap
  node - "$pkg/package.json" >"$tmp/npm.facts" 2>&1 <<'JS' || fail "package.json: $(cat "$tmp/npm.facts")"
const p = require(process.argv[2]);
const assert = require('node:assert/strict');
process.on('uncaughtException', (e) => { console.log(e.message); process.exit(1); });
assert.equal(p.license, 'MIT', 'license');
assert.match(p.repository && p.repository.url || '', /^git\+https:\/\//, 'repository.url');
assert.ok(p.engines && p.engines.node, 'engines.node');
assert.equal(p.types, 'index.d.ts', 'types');
const dot = p.exports['.'];
assert.deepEqual(Object.keys(dot)[0], 'browser', 'the browser condition comes first in exports["."]');
assert.equal(dot.browser.default, './weaveheap.mjs', 'exports["."].browser');
assert.equal(dot.types, './index.d.ts', 'exports["."].types');
console.log(p.version);
JS
  saw "$name package.json" "$(cat "$tmp/npm.facts")"
  grep -q "^MIT License" "$pkg/LICENSE" 2>/dev/null || fail "the package has no MIT LICENSE"

  # The prebuilds: this machine's is loaded below; the arm64 one is checked
  # only (no arm64 node here: docs/node.md).
  local cpu machine f defined
  for cpu in x64:X86-64 arm64:AArch64; do
    machine=${cpu#*:} cpu=${cpu%%:*}
    f=$pkg/prebuilds/linux-$cpu/weaveheap.node
    [ -f "$f" ] || fail "no prebuilds/linux-$cpu/weaveheap.node"
    readelf -h "$f" | grep "Machine:.*$machine" >/dev/null || fail "prebuilds/linux-$cpu is not built for $machine"
    readelf -S "$f" | grep '\.symtab' >/dev/null && fail "prebuilds/linux-$cpu is not stripped"
    defined=$(readelf --dyn-syms -W "$f" | awk '$7 != "UND" && ($5 == "GLOBAL" || $5 == "WEAK") { print $8 }' | sort -u | tr '\n' ' ')
    [ "$defined" = "napi_register_module_v1 node_api_module_get_api_version_v1 " ] ||
      fail "prebuilds/linux-$cpu exports '$defined', not its N-API entry only"
  done

  # Node.js: the sample (N-API), CommonJS, and the browser condition.
  local out
  cp "$repo/samples/node/zero_copy.mjs" "$app/"
  out=$(cd "$app" && node zero_copy.mjs 2>&1) || fail "the Node.js sample failed: $out"
  echo "$out" | tail -1 | grep -q "^zero-copy: ok" || fail "the Node.js sample printed: $out"
  saw "require('weaveheap').versionString()" "$(cd "$app" && node -e "process.stdout.write(require('weaveheap').versionString())")"
  out=$(cd "$app" && node --input-type=module -e "
    const napi = await import('weaveheap');
    const api = await napi.load();
    console.log(JSON.stringify({ backend: api.backend.name, keys: Object.keys(api).sort() }));" 2>&1) ||
    fail "import('weaveheap') failed: $out"
  local browser
  browser=$(cd "$app" && node --conditions=browser --input-type=module -e "
    const m = await import('weaveheap');
    const api = await m.load();
    const r = new api.Region(); const s = r.string('grüße'); const back = s.dup(); r.close();
    console.log(JSON.stringify({ entry: import.meta.resolve('weaveheap'), backend: api.backend.name,
      keys: Object.keys(api).sort(), version: api.versionString(), back }));" 2>&1) ||
    fail "the browser condition under node failed: $browser"
  python3 - "$out" "$browser" "$pkg" >"$tmp/npm-shape.out" 2>&1 <<'PY' || fail "$(cat "$tmp/npm-shape.out")"
import json, sys
napi, wasm = json.loads(sys.argv[1]), json.loads(sys.argv[2])
assert napi["backend"] == "napi", napi["backend"]
assert wasm["backend"] == "wasm" and wasm["entry"] == "file://" + sys.argv[3] + "/weaveheap.mjs", wasm["entry"]
assert wasm["keys"] == napi["keys"], "the browser build's API differs: " + str(set(wasm["keys"]) ^ set(napi["keys"]))
assert wasm["back"] == "grüße", wasm["back"]
print(wasm["version"])
PY
  saw "$name browser build's versionString()" "$(cat "$tmp/npm-shape.out")"

  # Types: one index.d.ts, for the Node.js entry (node16 resolution) and the
  # browser entry's weaveheap.d.mts.
  cat >"$app/check.mts" <<'TS'
import * as wh from 'weaveheap';
import { load as loadBrowser } from './node_modules/weaveheap/weaveheap.mjs';
const node: typeof wh = await wh.load();
const browser: typeof wh = await loadBrowser();
const region: wh.Region = new node.Region();
const view: wh.View = region.alloc(8).view({ writable: true });
view.close();
const name: 'napi' | 'wasm' = browser.backend.name;
void name;
TS
  printf '{ "compilerOptions": { "strict": true, "noEmit": true, "target": "es2022", "lib": ["es2022"], "module": "node16", "moduleResolution": "node16", "types": [] }, "files": ["check.mts"] }\n' >"$app/tsconfig.json"
  (cd "$app" && tsc -p tsconfig.json) >"$tmp/tsc.log" 2>&1 || { cat "$tmp/tsc.log" >&2; fail "tsc --strict rejects a user of the package's types"; }

  # The browser: the installed package, in headless Chromium, where the
  # browser condition sends 'weaveheap'.
  local entry
  entry=${browser#*\"entry\":\"file://$app/}; entry=${entry%%\"*}
  out=$(python3 "$here/npm_browser.py" "$app" "$entry" "$repo/samples/wasm" 2>&1) ||
    fail "the browser build in headless Chromium: $out"
  # the browser build is the released WebAssembly bundle's module
  local bundle
  bundle=$(ls "$dist"/weaveheap-wasm-*.tar.gz 2>/dev/null | head -1)
  [ -n "$bundle" ] || fail "no weaveheap-wasm-<version>.tar.gz to compare the browser build with"
  cmp -s "$pkg/weaveheap.wasm" <(tar xzf "$bundle" -O --wildcards '*/weaveheap.wasm') ||
    fail "the package's weaveheap.wasm is not the one of $(basename "$bundle")"
  note "$name: npm install --offline; prebuilds linux-x64 (runs) and linux-arm64 (AArch64, checked, not loaded), stripped, N-API entry only; the sample runs; the browser condition gives the wasm build with the same API (node, and headless Chromium: $out); tsc --strict"
}

# -- the WebAssembly builds: the ESM bundle, the WIT package, the component --------------------
wasm_builds() {
  local tgz name v dir
  tgz=$(ls "$dist"/weaveheap-wasm-*.tar.gz 2>/dev/null || true)
  [ -n "$tgz" ] && [ "$(echo "$tgz" | wc -l)" = 1 ] || fail "not one weaveheap-wasm-<version>.tar.gz in dist/"
  name=$(basename "$tgz" .tar.gz)
  v=${name#weaveheap-wasm-}
  saw "$name.tar.gz" "$v"
  mkdir -p "$tmp/wasm"
  tar xzf "$tgz" -C "$tmp/wasm" || fail "cannot extract $name.tar.gz"
  [ "$(ls "$tmp/wasm")" = "$name" ] || fail "$name.tar.gz does not hold one directory $name"
  dir=$tmp/wasm/$name
  [ "$(cd "$dir" && ls | tr '\n' ' ')" = "LICENSE index.d.ts weaveheap.d.mts weaveheap.mjs weaveheap.wasm weaveheap64.wasm " ] ||
    fail "$name.tar.gz holds $(cd "$dir" && ls | tr '\n' ' ')"
  grep -q "^MIT License" "$dir/LICENSE" || fail "$name: LICENSE is not the MIT license"
  local f
  for f in weaveheap.wasm weaveheap64.wasm; do
    wasm-tools validate "$dir/$f" || fail "$f does not validate"
    [ "$(wasm-tools print "$dir/$f" | grep -c '(import ')" = 0 ] || fail "$f imports something"
  done

  # The glue loads the module next to it (wasm32); memory64 runs in Node behind its flag.
  local out
  out=$(node --input-type=module -e "
    const { load } = await import('$dir/weaveheap.mjs');
    const wh = await load();
    const r = new wh.Region(); const b = r.alloc(4); const v = b.view({ writable: true });
    v.set([1, 2, 3, 4]); v.close(); const o = new Uint8Array(4); b.read(0, o); r.close();
    console.log(wh.versionString(), wh.backend.name, o.join(''));" 2>&1) || fail "the glue: $out"
  [ "${out#* }" = "wasm 1234" ] || fail "the glue printed: $out"
  saw "$name weaveheap.mjs versionString()" "${out%% *}"
  out=$(node --experimental-wasm-memory64 --input-type=module -e "
    import { readFileSync } from 'node:fs';
    const { instance } = await WebAssembly.instantiate(readFileSync('$dir/weaveheap64.wasm'), {});
    const e = instance.exports, at = Number(e.weaveheap_version_string());
    const bytes = new Uint8Array(e.memory.buffer, at, 32);
    console.log(new TextDecoder().decode(bytes.subarray(0, bytes.indexOf(0))), e.weaveheap_abi_version());" 2>&1) ||
    fail "weaveheap64.wasm under node --experimental-wasm-memory64: $out"
  saw "$name weaveheap64.wasm version_string" "${out%% *}"

  # The WIT package: valid, its version, and the component exports exactly its world.
  local wit comp
  wit=$dist/weaveheap-$v.wit.wasm comp=$dist/weaveheap-$v.component.wasm
  [ -f "$wit" ] || fail "no weaveheap-$v.wit.wasm in dist/"
  [ -f "$comp" ] || fail "no weaveheap-$v.component.wasm in dist/"
  wasm-tools validate "$wit" || fail "$(basename "$wit") does not validate"
  wasm-tools component wit "$wit" >"$tmp/package.wit" || fail "$(basename "$wit") is not a WIT package"
  saw "$(basename "$wit") package" "$(sed -n 's/^package weaveheap:core@\([0-9.]*\);$/\1/p' "$tmp/package.wit")"
  sed -n '/^world core {/,/^}/s/^  export \(.*\);$/\1/p' "$tmp/package.wit" | sort >"$tmp/world.exports"
  wasm-tools validate "$comp" || fail "$(basename "$comp") does not validate"
  wasm-tools component wit "$comp" | sed -n "s|^  export weaveheap:core/\(.*\)@$v;\$|\1|p" | sort >"$tmp/component.exports"
  [ -s "$tmp/world.exports" ] && cmp -s "$tmp/world.exports" "$tmp/component.exports" ||
    fail "the component's exports differ from world core: $(diff "$tmp/world.exports" "$tmp/component.exports" | grep '^[<>]' | tr '\n' ' ')"

  # The component, run by wasmtime.
  out=$(python3 "$here/component_check.py" "$comp" "$v" 2>&1) || fail "wasmtime: $out"
  python3 - "$out" >"$tmp/component.out" 2>&1 <<'PY' || fail "the component: $(cat "$tmp/component.out")"
import json, sys
d = json.loads(sys.argv[1])
assert d["string"] == "héllo, wörld ✓" and d["bytes"] == "cafebabe", d
assert d["conflict"] == "borrow-conflict", d["conflict"]
print(d["version"])
PY
  saw "$(basename "$comp") version-string" "$(cat "$tmp/component.out")"
  note "$name: both cores validate and import nothing; the glue runs them in Node.js (memory64 behind its flag); $(basename "$wit"): weaveheap:core@$v, whose world the component exports; wasmtime runs the component (roundtrips, borrow-conflict as the typed error)"
}

# -- the Go module, through a file proxy --------------------------------------------------
go_module() {
  local sdk proxy lists list module v
  command -v go >/dev/null || fail "no go (scripts/install-deps.sh installs golang-go)"
  sdk=$(extract_sdk "$host_arch") || exit 1
  proxy=$dist/goproxy
  lists=$(find "$proxy" -path '*/@v/list' 2>/dev/null || true)
  [ -n "$lists" ] && [ "$(echo "$lists" | wc -l)" = 1 ] || fail "not one module in dist/goproxy/ (<module>/@v/list)"
  list=$lists
  module=${list#"$proxy"/}; module=${module%/@v/list}
  v=$(cat "$list")
  [ "$(echo "$v" | wc -l)" = 1 ] && [[ $v =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "$module/@v/list: '$v' is not one semver version"
  saw "goproxy $module/@v/list" "${v#v}"
  local at=$proxy/$module/@v
  for f in "$v.info" "$v.mod" "$v.zip"; do [ -f "$at/$f" ] || fail "no $module/@v/$f"; done
  saw "goproxy $module/@v/$v.info" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["Version"])' "$at/$v.info" | sed 's/^v//')"
  grep -qx "module $module" "$at/$v.mod" || fail "$v.mod does not name the module $module"
  unzip -Z1 "$at/$v.zip" >"$tmp/gozip.list" || fail "$v.zip is not a zip"
  grep -qvx "$module@$v/.*" "$tmp/gozip.list" && fail "$v.zip has files outside $module@$v/"
  grep -qx "$module@$v/LICENSE" "$tmp/gozip.list" || fail "$v.zip has no LICENSE"
  unzip -p "$at/$v.zip" "$module@$v/LICENSE" | grep "^MIT License" >/dev/null || fail "the module's LICENSE is not the MIT license"
  cmp -s <(unzip -p "$at/$v.zip" "$module@$v/go.mod") "$at/$v.mod" || fail "$v.mod differs from the zip's go.mod"

  # A program of its own: `go get` through the file proxy, pkg-config finds the
  # SDK; no CGO_CFLAGS, no CGO_LDFLAGS, no LD_LIBRARY_PATH.
  local app=$tmp/go-app out
  mkdir -p "$app"
  printf 'module example.com/app\n\ngo 1.19\n' >"$app/go.mod"
  sed "s|wh \"[^\"]*\"|wh \"$module\"|" "$repo/samples/go/main.go" >"$app/main.go"
  (
    cd "$app"
    unset CGO_CFLAGS CGO_LDFLAGS
    export GOPATH=$tmp/gopath GOCACHE=$tmp/gocache GOPROXY=file://$proxy GONOSUMDB=${module%%/*} \
           GOFLAGS="-mod=mod -modcacherw" GOWORK=off GO111MODULE=on PKG_CONFIG_PATH=$sdk/lib/pkgconfig
    go get "$module@$v" >"$tmp/goget.log" 2>&1 && go mod tidy >>"$tmp/goget.log" 2>&1 ||
      { cat "$tmp/goget.log" >&2; fail "go get $module@$v failed"; }
    grep -q "^require $module $v\$" go.mod || fail "go get did not require $module $v: $(cat go.mod)"
    grep -q "^$module $v h1:" go.sum || fail "go.sum has no hash of $module $v"
    go build -o app . >"$tmp/gobuild.log" 2>&1 || { cat "$tmp/gobuild.log" >&2; fail "the Go sample does not build"; }
    saw "go list -m $module" "$(go list -m -f '{{.Version}}' "$module" | sed 's/^v//')"
  ) || exit 1
  out=$(env -u LD_LIBRARY_PATH "$app/app" 2>&1) || fail "the Go sample failed: $out"
  echo "$out" | grep -qx "zero-copy: ok (1000 views, 0 copies)" || fail "the Go sample printed: $out"
  loads_sdk_library "$app/app" "$sdk" "the Go sample"
  note "$module@$v: go get (file proxy), go build with pkg-config only; the sample runs without LD_LIBRARY_PATH, on the SDK's library"
}

# -- the SwiftPM package -------------------------------------------------------------------
swift_package() {
  local swift sdk tgz name v pkg
  swift=$(command -v swift || echo /opt/swift/usr/bin/swift)
  [ -x "$swift" ] || fail "no swift (on PATH or /opt/swift/usr/bin)"
  sdk=$(extract_sdk "$host_arch") || exit 1
  tgz=$(ls "$dist"/weaveheap-swift-*.tar.gz 2>/dev/null || true)
  [ -n "$tgz" ] && [ "$(echo "$tgz" | wc -l)" = 1 ] || fail "not one weaveheap-swift-<version>.tar.gz in dist/"
  name=$(basename "$tgz" .tar.gz)
  saw "$name.tar.gz" "${name#weaveheap-swift-}"
  mkdir -p "$tmp/swift"
  tar xzf "$tgz" -C "$tmp/swift" || fail "cannot extract $name.tar.gz"
  [ "$(ls "$tmp/swift")" = WeaveHeap ] || fail "$name.tar.gz holds '$(ls "$tmp/swift" | tr '\n' ' ')', not one directory WeaveHeap"
  pkg=$tmp/swift/WeaveHeap
  grep -q "^MIT License" "$pkg/LICENSE" 2>/dev/null || fail "the Swift package has no MIT LICENSE"
  v=$(sed -n 's|^// weaveheap \([0-9.]*\) for Swift.*|\1|p' "$pkg/Package.swift")
  saw "Package.swift comment" "$v"
  grep -q "^// SPDX-License-Identifier: MIT" "$pkg/Package.swift" || fail "Package.swift: no SPDX-License-Identifier: MIT"
  grep -q 'pkgConfig: "weaveheap"' "$pkg/Package.swift" || fail "Package.swift: the system library has no pkgConfig \"weaveheap\""

  # samples/swift depends on ../WeaveHeap by path; built with the SDK's
  # pkg-config file and no -Xcc / -Xlinker flag.
  cp -r "$repo/samples/swift" "$tmp/swift/app"
  rm -rf "$tmp/swift/app/.build"
  PKG_CONFIG_PATH=$sdk/lib/pkgconfig "$swift" build -j 2 --package-path "$tmp/swift/app" \
    --scratch-path "$tmp/swift/scratch" >"$tmp/swift-build.log" 2>&1 ||
    { tail -30 "$tmp/swift-build.log" >&2; fail "the Swift sample does not build against the package"; }
  local exe=$tmp/swift/scratch/debug/weaveheap-sample out
  readelf -d "$exe" | grep 'NEEDED.*\[libweaveheap\.so\.0\]' >/dev/null || fail "the Swift sample does not link libweaveheap.so.0"
  # SwiftPM drops the .pc's rpath (docs/swift.md): the loader is told where the SDK is.
  out=$(LD_LIBRARY_PATH=$sdk/lib "$exe" 2>&1) || fail "the Swift sample failed: $out"
  echo "$out" | tail -1 | grep -q "^zero-copy: ok" || fail "the Swift sample printed: $out"
  local loaded
  loaded=$(LD_LIBRARY_PATH=$sdk/lib ldd "$exe" | sed -n 's/^\s*libweaveheap\.so[^ ]* => \(\S*\) .*/\1/p')
  [ "$(dirname "$(realpath "$loaded")")" = "$(realpath "$sdk/lib")" ] || fail "the Swift sample loads '$loaded', not the SDK's"
  note "$name: samples/swift builds against it with PKG_CONFIG_PATH only (no -Xcc/-Xlinker) and runs on the SDK's library (LD_LIBRARY_PATH: SwiftPM drops the .pc's rpath)"
}

# -- the Java artefacts, through a local Maven repository --------------------------------
# The newest version of a Maven plugin in Debian's /usr/share/maven-repo that has its jar.
debian_plugin() {
  local dir=/usr/share/maven-repo/$1 v
  for v in $(ls "$dir" 2>/dev/null | sort -V -r); do
    [ -f "$dir/$v/$(basename "$1")-$v.jar" ] && { echo "$v"; return; }
  done
  fail "no $1 in /usr/share/maven-repo (scripts/install-deps.sh installs it)"
}

java_maven() {
  command -v mvn >/dev/null || fail "no mvn (scripts/install-deps.sh installs maven)"
  local pom name v group artifact
  pom=$(ls "$dist"/weaveheap-*.pom 2>/dev/null || true)
  [ -n "$pom" ] && [ "$(echo "$pom" | wc -l)" = 1 ] || fail "not one weaveheap-<version>.pom in dist/"
  name=$(basename "$pom" .pom)
  saw "$name.pom" "${name#weaveheap-}"
  python3 - "$pom" >"$tmp/pom.facts" <<'PY' || fail "$(cat "$tmp/pom.facts")"
import sys, xml.etree.ElementTree as ET
ns = {"m": "http://maven.apache.org/POM/4.0.0"}
p = ET.parse(sys.argv[1]).getroot()
get = lambda path: (p.findtext(path, namespaces=ns) or "").strip()
assert get("m:licenses/m:license/m:name") == "MIT", f"POM license: {get('m:licenses/m:license/m:name')!r}"
assert get("m:url").startswith("https://"), "POM: no url"
print(get("m:groupId"), get("m:artifactId"), get("m:version"))
PY
  read -r group artifact v <"$tmp/pom.facts"
  saw "$name.pom <version>" "$v"
  [ "$group:$artifact" = "dev.weaveheap:weaveheap" ] || fail "the POM's coordinates are $group:$artifact"
  local f
  for f in "$name.jar" "$name-sources.jar" "$name-javadoc.jar"; do
    [ -f "$dist/$f" ] || fail "no $f in dist/"
    unzip -p "$dist/$f" META-INF/LICENSE 2>/dev/null | grep "^MIT License" >/dev/null || fail "$f has no META-INF/LICENSE"
  done
  unzip -p "$dist/$name.jar" META-INF/MANIFEST.MF | tr -d '\r' >"$tmp/MANIFEST.MF"
  grep -qx "Automatic-Module-Name: $group" "$tmp/MANIFEST.MF" || fail "$name.jar: no Automatic-Module-Name: $group"
  saw "$name.jar Implementation-Version" "$(sed -n 's/^Implementation-Version: //p' "$tmp/MANIFEST.MF")"
  unzip -Z1 "$dist/$name-sources.jar" | grep '^dev/weaveheap/WeaveHeap\.java$' >/dev/null || fail "$name-sources.jar lacks WeaveHeap.java"
  unzip -Z1 "$dist/$name-javadoc.jar" | grep '^index\.html$' >/dev/null || fail "$name-javadoc.jar has no index.html"
  # The JNI library inside: this machine's, stripped, exporting the JNI entry points only.
  local lib=dev/weaveheap/native/linux-$host_arch/libweaveheap_jni.so machine
  unzip -q -o "$dist/$name.jar" "$lib" -d "$tmp/jar-native" || fail "$name.jar has no $lib"
  machine=$(case $host_arch in aarch64) echo AArch64 ;; x86_64) echo X86-64 ;; *) echo "$host_arch" ;; esac)
  readelf -h "$tmp/jar-native/$lib" | grep "Machine:.*$machine" >/dev/null || fail "$lib is not built for $machine"
  readelf -S "$tmp/jar-native/$lib" | grep '\.symtab' >/dev/null && fail "$lib is not stripped"
  readelf --dyn-syms -W "$tmp/jar-native/$lib" | awk '$7 != "UND" && $5 == "GLOBAL" { print $8 }' |
    grep -v '^Java_dev_weaveheap_\|^JNI_OnLoad$\|^JNI_OnUnload$' >"$tmp/jni.extra" && fail "$lib exports more than JNI: $(head -3 "$tmp/jni.extra" | tr '\n' ' ')"

  # A local repository: Debian's Maven plugins (/usr/share/maven-repo) and
  # what install:install-file puts there, offline.
  local m2=$tmp/m2 d install exec
  mkdir -p "$m2"
  for d in /usr/share/maven-repo/*; do ln -s "$d" "$m2/"; done
  install=$(debian_plugin org/apache/maven/plugins/maven-install-plugin) || exit 1
  exec=$(debian_plugin org/codehaus/mojo/exec-maven-plugin) || exit 1
  (cd "$tmp" && mvn -o -B -q -Dmaven.repo.local="$m2" \
     "org.apache.maven.plugins:maven-install-plugin:$install:install-file" -Dfile="$dist/$name.jar" \
     -DpomFile="$pom" -Dsources="$dist/$name-sources.jar" -Djavadoc="$dist/$name-javadoc.jar") \
     >"$tmp/mvn-install.log" 2>&1 || { tail -30 "$tmp/mvn-install.log" >&2; fail "mvn install:install-file failed"; }
  local at=$m2/dev/weaveheap/weaveheap/$v
  for f in "weaveheap-$v.jar" "weaveheap-$v.pom" "weaveheap-$v-sources.jar" "weaveheap-$v-javadoc.jar"; do
    [ -f "$at/$f" ] || fail "the local repository has no dev/weaveheap/weaveheap/$v/$f"
  done

  # A project that depends on dev.weaveheap:weaveheap:<v>: Maven resolves it
  # from the local repository (offline) and runs the sample with that
  # classpath. No dev.weaveheap.library, nothing on java.library.path: the
  # JNI library comes out of the jar.
  local app=$tmp/java-app out
  mkdir -p "$app"
  cp "$repo/samples/java/ZeroCopy.java" "$app/"
  cat >"$app/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>app</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>$group</groupId><artifactId>$artifact</artifactId><version>$v</version></dependency>
  </dependencies>
  <build><plugins><plugin>
    <groupId>org.codehaus.mojo</groupId><artifactId>exec-maven-plugin</artifactId><version>$exec</version>
  </plugin></plugins></build>
</project>
POM
  out=$(cd "$app" && env -u LD_LIBRARY_PATH mvn -o -B -q -Dmaven.repo.local="$m2" exec:exec -Dexec.executable=java \
        "-Dexec.args=-Djava.library.path=/nonexistent -cp %classpath ZeroCopy.java" 2>&1 |
        sed 's/\x1b\[[0-9;]*m//g') ||   # (Maven's console resets colours even in batch mode)
    { echo "$out" | tail -30 >&2; fail "mvn exec:exec of the Java sample failed"; }
  echo "$out" | grep -qx "zero-copy: ok" || fail "the Java sample printed: $out"
  saw "the Java sample's versionString()" "$(echo "$out" | sed -n 's/^weaveheap \([0-9.]*\)$/\1/p')"
  ls "${TMPDIR:-/tmp}" | grep '^weaveheap_jni-' >/dev/null && note "(a weaveheap_jni-* directory is in the temp directory: another process's?)"
  note "$group:$artifact:$v: installed into a local Maven repository offline (with sources and javadoc); a project resolves it (mvn -o) and runs the sample, its JNI library from the jar"
}

# -- the sample extension's packages, next to the base packages -----------------------
# dist/extensions/: zpack's wheel and npm tarball (scripts/release/extensions.sh).
# Each installed the way its users would, from dist/ only, with the base
# package pulled in by its pinned dependency; a crc32 and a deflate/inflate
# round trip over base-package buffers, checked by the counters of the one
# core (the extension's borrow shows in the base region's stats).
extensions() {
  local ext=$dist/extensions zv whl tgz
  zv=$(sed -n 's/^library zpack version \([0-9.]*\) .*/\1/p' "$repo/samples/extension/zpack.wh")
  [ -n "$zv" ] || fail "no zpack version in samples/extension/zpack.wh"
  whl=$(ls "$ext"/zpack-"$zv"-cp*.whl 2>/dev/null || true)
  [ -n "$whl" ] && [ "$(echo "$whl" | wc -l)" = 1 ] || fail "not one zpack-$zv wheel in dist/extensions/"
  tgz=$ext/zpack-$zv.tgz
  [ -f "$tgz" ] || fail "no zpack-$zv.tgz in dist/extensions/"

  # Python: pip resolves weaveheap==<core version> from dist/ (--find-links,
  # --no-index): the pin is what brings the base wheel in.
  local name=${whl##*/} ver py venv=$tmp/venv-zpack out
  [[ $name =~ -cp([0-9])([0-9]+)-cp ]] || fail "$name: no CPython tag"
  ver=${BASH_REMATCH[1]}.${BASH_REMATCH[2]}
  py=$(PYTHON=python3 "$repo/scripts/release/pythons.sh" | awk -F'\t' -v v="$ver" '$1 == v { print $2 }')
  [ -n "$py" ] || fail "$name: no Python $ver on this machine to test it with"
  "$py" -m venv "$venv" || fail "Python $ver: cannot make a venv"
  "$venv/bin/python" -m pip install -q --no-index --find-links "$dist" --disable-pip-version-check "$whl" \
    >"$tmp/pip-zpack.log" 2>&1 || { cat "$tmp/pip-zpack.log" >&2; fail "$name does not install with its base from dist/"; }
  cat >"$tmp/zpack_check.py" <<'PY'
import os, sys, zlib
import weaveheap, zpack
from importlib.metadata import requires, version
venv = os.path.realpath(sys.argv[1])
for m in (weaveheap, zpack):
    assert os.path.realpath(m.__file__).startswith(venv + "/"), f"{m.__name__} from {m.__file__}"
assert requires("zpack") == [f"weaveheap=={weaveheap.__version__}"], requires("zpack")
assert zpack.CORE_IDL_HASH == weaveheap.IDL_HASH
data = bytes((i * 7 ^ i >> 9) & 0xFF for i in range(1 << 16))
with weaveheap.Region() as r:
    src = r.alloc(len(data))
    src.write(0, data)
    before = r.stats()
    assert zpack.crc32(src) == zlib.crc32(data)
    after = r.stats()
    assert after.copies == before.copies, "crc32 copied"
    assert after.borrows_taken == before.borrows_taken + 1, "the borrow is not in the base core's counters"
    assert after.borrows_active == 0
    packed = zpack.deflate(r, src, 6)
    assert isinstance(packed, weaveheap.Buffer)
    assert zlib.decompress(bytes(packed.view())) == data
    mid = r.stats()
    back = zpack.inflate(r, packed, len(data))
    assert r.stats().copies == mid.copies, "inflate copied"
    assert bytes(back.view()) == data
    assert r.stats().borrows_active == 0
print(version("zpack"), version("weaveheap"))
PY
  out=$("$venv/bin/python" "$tmp/zpack_check.py" "$venv" 2>&1) || fail "$name: $out"
  [ "$out" = "$zv $(sed -n 's/^library weaveheap version \([0-9.]*\) .*/\1/p' "$repo/idl/weaveheap.wh")" ] ||
    fail "$name: installed zpack/weaveheap versions '$out'"
  note "$name: pip installs it and its pinned base (weaveheap $(echo "$out" | cut -d' ' -f2)) from dist/ into a venv; crc32, deflate/inflate over base buffers, borrows in the one core's counters"

  # Node.js: both tarballs installed offline into an empty project.
  local base app=$tmp/npm-zpack
  base=$(ls "$dist"/weaveheap-*.tgz 2>/dev/null || true)
  [ -n "$base" ] || fail "no weaveheap-<version>.tgz in dist/ for zpack to depend on"
  mkdir -p "$app"
  printf '{ "name": "app", "version": "1.0.0", "private": true }\n' >"$app/package.json"
  (cd "$app" && npm_config_cache=$tmp/npm-cache-zpack npm_config_update_notifier=false \
     npm install --offline --no-audit --no-fund --no-package-lock "$base" "$tgz") >"$tmp/npm-zpack.log" 2>&1 ||
    { tail -20 "$tmp/npm-zpack.log" >&2; fail "npm install --offline of weaveheap and zpack-$zv.tgz failed"; }
  cat >"$app/check.js" <<'JS'
const assert = require('node:assert/strict');
const zlib = require('node:zlib');
const wh = require('weaveheap');
const zpack = require('zpack');
const meta = require('zpack/package.json');
assert.deepEqual(meta.dependencies, { weaveheap: require('weaveheap/package.json').version });
assert.equal(meta.license, 'MIT');
assert.equal(zpack.CORE_IDL_HASH, wh.IDL_HASH);
const data = Buffer.alloc(1 << 16);
for (let i = 0; i < data.length; i++) data[i] = ((i * 7) ^ (i >> 9)) & 0xff;
const r = new wh.Region();
const src = r.alloc(data.length);
src.write(0, data);
const before = r.stats();
assert.equal(zpack.crc32(src), zlib.crc32(data));
const after = r.stats();
assert.equal(after.copies, before.copies, 'crc32 copied');
assert.equal(Number(after.borrowsTaken), Number(before.borrowsTaken) + 1, 'the borrow is not in the base core');
assert.equal(Number(after.borrowsActive), 0);
const packed = zpack.deflate(r, src, 6);
const mid = r.stats();
const back = zpack.inflate(r, packed, data.length);
assert.equal(r.stats().copies, mid.copies, 'inflate copied');
assert.equal(Number(r.stats().borrowsActive), 0);
for (const [obj, check] of [[packed, (v) => zlib.inflateSync(Buffer.from(v)).equals(data)],
                            [back, (v) => Buffer.from(v).equals(data)]]) {
  const view = obj.view();
  assert.ok(check(view));
  view.close();
}
r.close();
console.log(meta.version);
JS
  out=$(cd "$app" && node check.js 2>&1) || fail "zpack-$zv.tgz: $out"
  [ "$out" = "$zv" ] || fail "zpack-$zv.tgz: the check printed '$out'"
  note "zpack-$zv.tgz: npm installs it offline beside weaveheap's tarball; crc32, deflate/inflate over base buffers, borrows in the one core's counters"
}

# -- one version everywhere -------------------------------------------------------------
versions() {
  local want
  if [ -n "$idl" ]; then
    want=$(sed -n 's/^library weaveheap version \([0-9.]*\) .*/\1/p' "$idl")
    [ -n "$want" ] || fail "no 'library weaveheap version' in $idl"
    saw "IDL $(basename "$idl")" "$want"
  else
    want=$(awk 'NR == 1 { print $2 }' "$versions_file")
  fi
  [ -s "$versions_file" ] || fail "no version was read (the other sections failed)"
  local wrong
  wrong=$(awk -v w="$want" '$NF != w' "$versions_file")
  [ -z "$wrong" ] || fail "versions differ from $want: $(echo "$wrong" | tr '\n' ';')"
  note "$(wc -l <"$versions_file") places say $want"
}

passed=0 failed=0
for s in "${SECTIONS[@]}"; do
  echo "== $s"
  start=$(date +%s)
  ( set -e; "$s" )
  if [ $? -eq 0 ]; then
    echo "ok   $s ($(( $(date +%s) - start )) s)"; passed=$((passed + 1))
  else
    echo "FAIL $s ($(( $(date +%s) - start )) s)"; failed=$((failed + 1))
  fi
done
echo "release test: $passed passed, $failed failed"
[ $failed -eq 0 ]
