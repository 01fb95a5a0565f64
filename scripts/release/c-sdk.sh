#!/usr/bin/env bash
# Release step: the C SDK for one Linux architecture,
# dist/weaveheap-<version>-linux-<arch>.tar.gz: header, shared and static
# libraries, weaveheap.pc, the CMake package, the weaveheap command, its man
# page, the license and docs (docs/c-sdk.md), and the weaveheap-gen wheel
# (share/weaveheap/python/) that binds a user's C library (docs/extensions.md).
#
# Usage: c-sdk.sh ARCH   (uname -m spelling: x86_64, aarch64)
# ARCH is this machine's: a native build, every test run. Another ARCH:
# cross-built with cmake/toolchains/ARCH-linux-gnu.cmake, its tests run
# under qemu-user, except those labelled native_only (docs/c-sdk.md).
# A failing test fails the step, and so the release.
set -euo pipefail
. "$(dirname "$0")/common.sh"
arch=${1:?usage: c-sdk.sh ARCH}
build=$WH_WORK/build
name=weaveheap-$WH_VERSION-linux-$arch

opts=(-DCMAKE_BUILD_TYPE=Release -DWEAVEHEAP_BUILD_BENCH=OFF)
# Not the release test (it checks dist/, which this step is making), nor the
# mutation smoke (CI's own step, on the main build), nor the generator's tests (they check Python code, not this build; release.sh has
# run `weaveheap_gen --check`).
no_generator=(-E '^(generated_up_to_date|generator_pytest)$')
ctest_opts=(-LE '^(release|mutation)$' "${no_generator[@]}")
cross=no
if [ "$arch" = "$(uname -m)" ]; then
  say "native build for linux-$arch"
else
  cross=yes
  toolchain=$WH_SRC/cmake/toolchains/$arch-linux-gnu.cmake
  [ -f "$toolchain" ] || die "no toolchain file for $arch (cmake/toolchains/$arch-linux-gnu.cmake)"
  say "cross build for linux-$arch ($(basename "$toolchain"))"
  opts+=(-DCMAKE_TOOLCHAIN_FILE="$toolchain")
  ctest_opts=(-LE native_only "${no_generator[@]}")  # release and mutation are native_only too
fi

logged "$WH_WORK/configure.log" cmake -S "$WH_SRC" -B "$build" "${opts[@]}"
emulator=$(sed -n 's/^WEAVEHEAP_QEMU:FILEPATH=\(\/.*\)/\1/p' "$build/CMakeCache.txt")
if [ $cross = yes ] && [ -z "$emulator" ]; then
  die "no qemu-user to run the $arch tests (scripts/install-deps.sh installs qemu-user-static)"
fi
logged "$WH_WORK/build.log" cmake --build "$build" -j "${JOBS:-2}"

# The tests of this very build (a cross build's under qemu-user).
if ! ctest --test-dir "$build" --output-on-failure --timeout 600 "${ctest_opts[@]}" >"$WH_WORK/ctest.log" 2>&1; then
  grep -E "^ *[0-9]+/[0-9]+ Test|tests passed|Failed|\*\*\*" "$WH_WORK/ctest.log" | tail -40 >&2
  die "tests of the linux-$arch build failed (log: $WH_WORK/ctest.log)"
fi
say "$(grep -E 'tests passed' "$WH_WORK/ctest.log")${emulator:+ (under $emulator, ${ctest_opts[*]})}"

stage=$WH_WORK/stage
logged "$WH_WORK/install.log" cmake --install "$build" --prefix "$stage/$name" --strip
sdk=$stage/$name
for f in include/weaveheap.h include/weaveheap_arrow.h lib/libweaveheap.a lib/pkgconfig/weaveheap.pc \
         lib/cmake/weaveheap/weaveheapConfig.cmake lib/cmake/weaveheap/weaveheapConfigVersion.cmake \
         bin/weaveheap share/man/man1/weaveheap.1 share/doc/weaveheap/LICENSE; do
  [ -e "$sdk/$f" ] || die "the SDK lacks $f"
done
# The generator ships with the SDK (docs/extensions.md): its wheel, pure
# Python, version from the core IDL (weaveheap_gen/version.py), built from a
# copy with links followed (the core IDL is package data).
cp -rL "$WH_SRC/generator" "$WH_WORK/generator-src"
logged "$WH_WORK/generator-wheel.log" python3 -m pip wheel "$WH_WORK/generator-src" --no-build-isolation \
  --no-deps --disable-pip-version-check -w "$sdk/share/weaveheap/python"
gen_wheel=$sdk/share/weaveheap/python/weaveheap_gen-$WH_VERSION-py3-none-any.whl
[ -f "$gen_wheel" ] || die "no $(basename "$gen_wheel") (log: $WH_WORK/generator-wheel.log)"
so=$(readlink -f "$sdk/lib/libweaveheap.so")
[ -f "$so" ] || die "the SDK lacks lib/libweaveheap.so"
want=$(case $arch in x86_64) echo X86-64 ;; aarch64) echo AArch64 ;; *) echo "$arch" ;; esac)
for f in "$so" "$sdk/bin/weaveheap"; do
  elf_machine "$f" | grep -q -- "$want" || die "$f is built for $(elf_machine "$f"), not $arch"
done
say "needs glibc >= $(glibc_needed "$so" "$sdk/bin/weaveheap")"

reproducible_tgz "$stage" "$name" "$WH_DIST/$name.tar.gz"
say "made $name.tar.gz"
