#!/usr/bin/env bash
# Release step: the sample extension zpack (samples/extension) as the
# packages a user's extension ships, in dist/extensions/ (docs/extensions.md#packages):
#   zpack-<v>-cpXY-cpXY-manylinux_*.whl   the Python package: built by pip
#       from its generated pyproject.toml (scikit-build-core over the zpack
#       CMake project, against the host C SDK's headers), requiring
#       weaveheap==<core version>, tagged by auditwheel; for this machine's
#       python3 only (one wheel keeps the step short)
#   zpack-<v>.tgz    the npm package: its generated package.json (depending on
#       weaveheap <core version>), index.js and this machine's zpack.node
# <v> is zpack.wh's version. Neither holds a core: each binds to the core of
# the base package it depends on. The release test installs them next to the
# base packages of dist/ (tests/release/run.sh, section extensions).
set -euo pipefail
. "$(dirname "$0")/common.sh"
PY=${PYTHON:-python3}
ext=$WH_SRC/samples/extension
gen=$ext/generated
out=$WH_DIST/extensions
mkdir -p "$out"
zversion=$(sed -n 's/^library zpack version \([0-9.]*\) .*/\1/p' "$ext/zpack.wh")
[ -n "$zversion" ] || die "no 'library zpack version' line in samples/extension/zpack.wh"

# The generated packages must be what zpack.wh makes.
(cd "$WH_SRC" && logged "$WH_WORK/generated-check.log" env PYTHONPATH=generator python3 -m weaveheap_gen \
   --idl samples/extension/zpack.wh --out samples/extension/generated --target c --target python_ext \
   --target node_ext --target go_ext --target java_ext --target swift_ext --check)

# The host's C SDK (the c-sdk step's): the core's headers, and its CMake package.
sdk_tgz=$WH_DIST/weaveheap-$WH_VERSION-linux-$(uname -m).tar.gz
[ -f "$sdk_tgz" ] || die "no $(basename "$sdk_tgz") in dist/ (run the c-sdk-linux-$(uname -m) step first)"
mkdir -p "$WH_WORK/sdk"
tar xzf "$sdk_tgz" -C "$WH_WORK/sdk"
sdk=$WH_WORK/sdk/$(basename "$sdk_tgz" .tar.gz)

# -- the wheel ------------------------------------------------------------------
# pip builds the package directory in place: a copy, so the sources stay clean
# (cmake.source-dir = "../..": the copy holds the whole sample).
cp -r "$ext" "$WH_WORK/zpack-src"
export CMAKE_PREFIX_PATH=$sdk CMAKE_BUILD_PARALLEL_LEVEL=${JOBS:-2}
logged "$WH_WORK/wheel.log" "$PY" -m pip wheel "$WH_WORK/zpack-src/generated/python" --no-build-isolation \
  --no-deps --disable-pip-version-check -w "$WH_WORK/raw" --config-settings=build-dir="$WH_WORK/wheel-build"
wheel=$(ls "$WH_WORK"/raw/zpack-"$zversion"-*.whl 2>/dev/null || true)
[ -n "$wheel" ] || die "pip made no zpack-$zversion wheel (log: $WH_WORK/wheel.log)"
# Its metadata: the pin on the base package, the license; its files: the
# package and nothing of the core.
"$PY" - "$wheel" "$WH_VERSION" <<'EOF' || die "$(basename "$wheel") is not what the generated pyproject.toml says"
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
meta = z.read(next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))).decode()
head = meta.split("\n\n")[0].splitlines()
assert f"Requires-Dist: weaveheap=={sys.argv[2]}" in head, head
assert "License-Expression: MIT" in head, head
names = z.namelist()
assert "zpack/__init__.py" in names and any(n.startswith("zpack/_native.") and n.endswith(".so") for n in names), names
assert all(n.startswith(("zpack/", "zpack-")) for n in names), names   # nothing of the core
EOF
# Tagged by auditwheel, as the base wheels are (zlib's libz.so.1 is one of
# the libraries every manylinux system has: nothing is grafted in).
PATH="$("$PY" -c "import sysconfig; print(sysconfig.get_path('scripts'))"):$PATH"
logged "$WH_WORK/repair.log" "$PY" -m auditwheel repair --wheel-dir "$WH_WORK/repaired" "$wheel"
fixed=$(sed -n 's/^Fixed-up wheel written to //p' "$WH_WORK/repair.log")
case $(basename "${fixed:-none}") in
  zpack-*manylinux_*) ;;
  *) die "auditwheel did not tag the zpack wheel manylinux (log: $WH_WORK/repair.log)" ;;
esac
cp "$fixed" "$out/"
say "made extensions/$(basename "$fixed") (requires weaveheap==$WH_VERSION)"

# -- the npm tarball --------------------------------------------------------------
pkg=$WH_WORK/npm/package
mkdir -p "$pkg"
cp "$gen/node/zpack/package.json" "$gen/node/zpack/index.js" "$WH_SRC/LICENSE" "$pkg/"
# The flags of samples/extension/CMakeLists.txt's zpack_node (a Release
# build): no core linked in, only the N-API entry exported.
logged "$WH_WORK/addon.log" cc -std=c11 -O2 -DNDEBUG -fPIC -fvisibility=hidden -Wall -Wextra -Werror -shared \
  -I/usr/include/node -I"$gen/c" -I"$sdk/include" -o "$pkg/zpack.node" \
  "$gen/node/zpack_napi.c" "$ext/zpack.c" "$gen/c/zpack_entry.c" -lz
strip --strip-unneeded "$pkg/zpack.node"
if readelf --dyn-syms -W "$pkg/zpack.node" | awk '$7 != "UND" { print $8 }' | grep -q '^weaveheap_'; then
  die "zpack.node defines weaveheap_* symbols: it must hold no core"
fi
logged "$WH_WORK/pack.log" env npm_config_cache="$WH_WORK/npm-cache" npm_config_offline=true \
  npm_config_update_notifier=false npm_config_fund=false npm pack --pack-destination "$out" "$pkg"
tgz=$out/zpack-$zversion.tgz
[ -f "$tgz" ] || die "npm pack made no $(basename "$tgz") (log: $WH_WORK/pack.log)"
tar tzf "$tgz" >"$WH_WORK/npm.list"
for f in package/package.json package/index.js package/zpack.node package/LICENSE; do
  grep -qx "$f" "$WH_WORK/npm.list" || die "$(basename "$tgz") lacks $f"
done
say "made extensions/$(basename "$tgz") (depends on weaveheap $WH_VERSION)"
