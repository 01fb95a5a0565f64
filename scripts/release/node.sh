#!/usr/bin/env bash
# Release step: the npm package, dist/weaveheap-<version>.tgz (`npm pack`
# format: package/...), for Node.js and browsers:
#   package.json   version from the IDL, license, repository, engines, types,
#                  exports: the N-API entries, and the WebAssembly build under
#                  the "browser" condition (bindings/node/package.json.in)
#   index.js, index.mjs, index.d.ts         the N-API entries, the one index.d.ts
#   weaveheap.mjs, weaveheap.d.mts, weaveheap.wasm   the browser build
#   prebuilds/linux-x64/weaveheap.node      this machine's addon (Release build)
#   prebuilds/linux-arm64/weaveheap.node    cross-built with aarch64-linux-gnu-gcc
#                  against /usr/include/node and the arm64 static core of the
#                  linux-aarch64 C SDK (made by the c-sdk-linux-aarch64 step)
#   LICENSE, README.md
# Both addons are stripped and checked (ELF machine, the symbols they export);
# the arm64 one cannot be loaded here (no arm64 node: docs/node.md). The
# package's Node.js suites run against this build's x64 addon first.
set -euo pipefail
. "$(dirname "$0")/common.sh"
build=$WH_WORK/build
cross=aarch64-linux-gnu
arm_sdk_tgz=$WH_DIST/weaveheap-$WH_VERSION-linux-aarch64.tar.gz
[ -f "$arm_sdk_tgz" ] || die "no $(basename "$arm_sdk_tgz") in dist/: the node step links the arm64 addon with its core (run the c-sdk-linux-aarch64 step first)"
command -v $cross-gcc >/dev/null || die "no $cross-gcc (scripts/install-deps.sh installs gcc-aarch64-linux-gnu)"
node_include=/usr/include/node
[ -f "$node_include/node_api.h" ] || die "no $node_include/node_api.h (Debian's nodejs)"

# -- the package, with this machine's addon, built and tested by CMake ----------
logged "$WH_WORK/configure.log" cmake -S "$WH_SRC" -B "$build" -DCMAKE_BUILD_TYPE=Release \
  -DWEAVEHEAP_NODE=ON -DWEAVEHEAP_WASM=ON -DWEAVEHEAP_BUILD_BENCH=OFF -DWEAVEHEAP_BUILD_SAMPLES=OFF
logged "$WH_WORK/build.log" cmake --build "$build" -j "${JOBS:-2}" --target weaveheap_node_package weaveheap_test_arrow_reader
if ! ctest --test-dir "$build" -R '^node_' --output-on-failure --timeout 600 >"$WH_WORK/ctest.log" 2>&1; then
  grep -E "^ *[0-9]+/[0-9]+ Test|tests passed|Failed|\*\*\*" "$WH_WORK/ctest.log" | tail -30 >&2
  die "the Node.js tests of this build failed (log: $WH_WORK/ctest.log)"
fi
say "$(grep -E 'tests passed' "$WH_WORK/ctest.log") (the package's suites, both backends' shared ones on N-API, the browser condition)"

pkg=$WH_WORK/package
cp -r "$build/bindings/node/package" "$pkg"
x64=$pkg/prebuilds/linux-x64/weaveheap.node
[ -f "$x64" ] || die "the build made no prebuilds/linux-x64/weaveheap.node"
for f in weaveheap.mjs weaveheap.d.mts weaveheap.wasm LICENSE; do
  [ -f "$pkg/$f" ] || die "the package lacks $f"
done
chmod 644 "$pkg/weaveheap.wasm"   # (the linker makes it executable)

# -- the arm64 addon: the same sources, the arm64 core of the aarch64 SDK -------
mkdir -p "$WH_WORK/sdk-aarch64" "$pkg/prebuilds/linux-arm64"
tar xzf "$arm_sdk_tgz" -C "$WH_WORK/sdk-aarch64"
arm_sdk=$WH_WORK/sdk-aarch64/$(basename "$arm_sdk_tgz" .tar.gz)
arm64=$pkg/prebuilds/linux-arm64/weaveheap.node
# The flags of bindings/node/CMakeLists.txt (a Release build): hidden
# visibility, the core linked in and its symbols not re-exported; the napi_*
# functions stay undefined, for the node that loads the addon.
logged "$WH_WORK/arm64.log" $cross-gcc -std=c11 -O3 -DNDEBUG -fPIC -fvisibility=hidden -Wall -Wextra -Werror \
  -I"$node_include" -I"$WH_SRC/generated/node" -I"$WH_SRC/bindings/node" -I"$arm_sdk/include" \
  -shared -o "$arm64" "$WH_SRC/generated/node/weaveheap_napi.c" "$WH_SRC/bindings/node/weaveheap_napi_helpers.c" \
  "$arm_sdk/lib/libweaveheap.a" -lpthread -Wl,--exclude-libs,ALL

# -- stripped, and checked ----------------------------------------------------
strip --strip-unneeded "$x64"
# The optional V8 companion for views of large objects (docs/node.md), built
# for this machine's Node.js major only; the arm64 package has none (views
# there are N-API's: correct, slower for views of 64 MiB and more).
for companion in "$pkg"/prebuilds/linux-x64/weaveheap_v8views_node*.so; do
  [ -f "$companion" ] || continue
  strip --strip-unneeded "$companion"
  say "linux-x64 V8 companion: $(basename "$companion")"
done
$cross-strip --strip-unneeded "$arm64"
exported_ok='^(napi_register_module_v1|node_api_module_get_api_version_v1)$'
for pair in "x64:X86-64:$x64" "arm64:AArch64:$arm64"; do
  IFS=: read -r cpu machine f <<<"$pair"
  elf_machine "$f" | grep -q -- "$machine" || die "linux-$cpu addon is built for $(elf_machine "$f")"
  readelf -S "$f" | grep '\.symtab' >/dev/null && die "linux-$cpu addon is not stripped"
  defined=$(readelf --dyn-syms -W "$f" | awk '$7 != "UND" && ($5 == "GLOBAL" || $5 == "WEAK") { print $8 }' | sort -u)
  echo "$defined" | grep -q '^napi_register_module_v1$' || die "linux-$cpu addon does not export napi_register_module_v1"
  extra=$(echo "$defined" | grep -Ev "$exported_ok" || true)
  [ -z "$extra" ] || die "linux-$cpu addon exports more than its N-API entry: $(echo "$extra" | head -5 | tr '\n' ' ')"
  undefined=$(readelf --dyn-syms -W "$f" | awk '$7 == "UND" { print $8 }' | grep -c '^napi_' || true)
  [ "$undefined" -gt 0 ] || die "linux-$cpu addon calls no napi_* function through node"
  say "linux-$cpu addon: $machine, stripped, exports $(echo "$defined" | tr '\n' ' ')($undefined napi_* left to node; glibc >= $(glibc_needed "$f"))"
done

# -- packed --------------------------------------------------------------------
logged "$WH_WORK/pack.log" env npm_config_cache="$WH_WORK/npm-cache" npm_config_offline=true \
  npm_config_update_notifier=false npm_config_fund=false \
  npm pack --pack-destination "$WH_DIST" "$pkg"
tgz=$WH_DIST/weaveheap-$WH_VERSION.tgz
[ -f "$tgz" ] || die "npm pack made no $(basename "$tgz") (log: $WH_WORK/pack.log)"
files=$(tar tzf "$tgz")
for f in package/package.json package/LICENSE package/index.d.ts package/weaveheap.wasm \
         package/prebuilds/linux-x64/weaveheap.node package/prebuilds/linux-arm64/weaveheap.node; do
  echo "$files" | grep -qx "$f" || die "$(basename "$tgz") lacks $f"
done
say "made $(basename "$tgz") ($(echo "$files" | wc -l) files)"
