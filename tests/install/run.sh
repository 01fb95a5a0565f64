#!/usr/bin/env bash
# Installs a build into a temporary prefix with `cmake --install`, then
# builds the consumer in tests/install/consumer against it twice -- with
# `pkg-config --cflags --libs weaveheap` and with find_package(weaveheap) --
# runs each (without LD_LIBRARY_PATH: the .pc file's rpath, or CMake's, finds
# the library) and compares what they print with what the generated header of
# this source tree says (version, ABI, IDL hash).
#
# Usage: run.sh BUILD_DIR WORK_DIR [C_COMPILER] [CMAKE]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$1 work=$2 cc=${3:-cc} cmake=${4:-cmake}
header="$here/../../generated/c/weaveheap.h"

fail() { echo "install test: $*" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work"
prefix="$work/prefix"
"$cmake" --install "$build" --prefix "$prefix" >"$work/install.log" || { cat "$work/install.log"; fail "cmake --install failed"; }

version=$(sed -n 's/^#define WEAVEHEAP_VERSION_STRING "\(.*\)"$/\1/p' "$header")
abi=$(sed -n 's/^#define WEAVEHEAP_ABI_VERSION \([0-9]*\)$/\1/p' "$header")
hash=$(sed -n 's/^#define WEAVEHEAP_IDL_HASH "\(.*\)"$/\1/p' "$header")
[ -n "$version" ] && [ -n "$abi" ] && [ -n "$hash" ] || fail "cannot read the version from $header"
cmp -s "$header" "$prefix/include/weaveheap.h" || fail "the installed header differs from $header"
expected="header $version library $version
abi $abi library $abi
idl $hash
view h\xc3\xa9llo (6 bytes)
again stale handle
ok"
expected=$(printf '%b' "$expected")

pc=$(find "$prefix" -name weaveheap.pc -print -quit)
lib=$(find "$prefix" -name 'libweaveheap.so' -print -quit)
[ -n "$pc" ] || fail "no weaveheap.pc under $prefix"
[ -n "$lib" ] || fail "no libweaveheap.so under $prefix"
libdir=$(dirname "$lib")

# Runs a consumer with no LD_LIBRARY_PATH, checks its output and that it
# loaded the installed library.
run() {
    local exe=$1 how=$2 out loaded
    out=$(env -u LD_LIBRARY_PATH "$exe") || fail "$how: the consumer failed"
    if [ "$out" != "$expected" ]; then
        printf '%s: expected\n%s\ngot\n%s\n' "$how" "$expected" "$out" >&2
        fail "$how: wrong output"
    fi
    if [ "${3:-shared}" = shared ]; then
        loaded=$(env -u LD_LIBRARY_PATH ldd "$exe" | sed -n 's/^\s*libweaveheap\.so[^ ]* => \(\S*\) .*/\1/p')
        [ -n "$loaded" ] && [ "$(dirname "$(realpath "$loaded")")" = "$(realpath "$libdir")" ] ||
            fail "$how: the consumer loads '${loaded:-no libweaveheap}', not the one in $libdir"
    fi
    echo "$how: ok"
}

# 1. pkg-config, with only the install prefix on its path
flags=$(PKG_CONFIG_PATH="$(dirname "$pc")" PKG_CONFIG_LIBDIR=/nonexistent pkg-config --cflags --libs weaveheap) ||
    fail "pkg-config does not find weaveheap in $(dirname "$pc")"
echo "pkg-config --cflags --libs weaveheap: $flags"
# shellcheck disable=SC2086 # the flags are words
"$cc" -std=c11 -Wall -Wextra -Wpedantic -Werror "$here/consumer/main.c" $flags -o "$work/consumer_pc" ||
    fail "pkg-config: the consumer does not build"
run "$work/consumer_pc" "pkg-config"

# 2. find_package(weaveheap <this version>) -> weaveheap::weaveheap
"$cmake" -S "$here/consumer" -B "$work/consumer-build" -DCMAKE_C_COMPILER="$cc" \
    -DCMAKE_PREFIX_PATH="$prefix" -DWEAVEHEAP_WANT_VERSION="$version" >"$work/consumer-configure.log" 2>&1 ||
    { cat "$work/consumer-configure.log"; fail "find_package: the consumer does not configure"; }
"$cmake" --build "$work/consumer-build" >"$work/consumer-build.log" 2>&1 ||
    { cat "$work/consumer-build.log"; fail "find_package: the consumer does not build"; }
run "$work/consumer-build/consumer" "find_package weaveheap::weaveheap"
run "$work/consumer-build/consumer_static" "find_package weaveheap::weaveheap_static" static
if ldd "$work/consumer-build/consumer_static" | grep libweaveheap >/dev/null; then
    fail "consumer_static loads a shared libweaveheap"
fi

# 3. a version of another major is refused (SameMajorVersion)
other=$(( ${version%%.*} + 1 )).0.0
if "$cmake" -S "$here/consumer" -B "$work/consumer-other" -DCMAKE_PREFIX_PATH="$prefix" \
    -DWEAVEHEAP_WANT_VERSION="$other" >"$work/consumer-other.log" 2>&1; then
    fail "find_package(weaveheap $other) accepted version $version"
fi
echo "find_package(weaveheap $other): refused, as it should be"
rm -rf "$work"
echo "install test: ok"
