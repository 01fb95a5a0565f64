#!/usr/bin/env bash
# Builds the release artefacts into dist/ from the committed sources: HEAD is
# exported (git archive) into a fresh build-release/src, every step builds in
# its own fresh build-release/<step> (never the development build), the
# version comes from the IDL (generated/c/weaveheap.h carries it), and
# dist/SHA256SUMS covers everything made. Prints what it made and the time
# each step took. docs/release.md describes the artefacts.
#
# Usage: scripts/release.sh [STEP...]   (default: every step; --list names them)
# Exits non-zero when a step fails (a step's tests failing included).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
. scripts/release/common.sh

# The steps, in order: "name  command". One ecosystem is one step and one
# script in scripts/release/; adding a package is adding a line here.
host_arch=$(uname -m)
STEPS=(
  "c-sdk-linux-$host_arch   scripts/release/c-sdk.sh $host_arch"
)
for arch in aarch64; do  # cross-built C SDKs (cmake/toolchains/<arch>-linux-gnu.cmake)
  [ "$arch" = "$host_arch" ] || STEPS+=("c-sdk-linux-$arch   scripts/release/c-sdk.sh $arch")
done
STEPS+=(
  "python                   scripts/release/python.sh"
  "wasm                     scripts/release/wasm.sh"
  "node                     scripts/release/node.sh"
  "go                       scripts/release/go.sh"
  "java                     scripts/release/java.sh"
  "swift                    scripts/release/swift.sh"
  "extensions               scripts/release/extensions.sh"
)

step_name() { echo "${1%% *}"; }
if [ "${1:-}" = "--list" ]; then
  for s in "${STEPS[@]}"; do step_name "$s"; done
  exit 0
fi
wanted=("$@")
for w in "${wanted[@]}"; do
  found=no
  for s in "${STEPS[@]}"; do [ "$(step_name "$s")" = "$w" ] && found=yes; done
  [ $found = yes ] || die "no step '$w' (scripts/release.sh --list)"
done

# -- the sources: HEAD, exported fresh ------------------------------------------
export WH_DIST=$root/dist
work=$root/build-release
rm -rf "$work" "$WH_DIST"
mkdir -p "$work/src" "$WH_DIST"
export WH_SRC=$work/src
if git rev-parse --git-dir >/dev/null 2>&1; then
  commit=$(git rev-parse HEAD)
  git archive --format=tar HEAD | tar -x -C "$WH_SRC"
  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct HEAD)
  if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
    say "WARNING: uncommitted changes are not in this release (it is built from HEAD ${commit:0:12})"
  fi
else
  commit="(not a git checkout)"
  tar -C "$root" --exclude=./build\* --exclude=./dist --exclude=./.venv\* -cf - . | tar -x -C "$WH_SRC"
  SOURCE_DATE_EPOCH=$(stat -c %Y "$root/idl/weaveheap.wh")
fi
export SOURCE_DATE_EPOCH
export JOBS=${JOBS:-2}

# generated/ must be what the IDL makes, or the packages would not match it.
(cd "$WH_SRC" && PYTHONPATH=generator python3 -m weaveheap_gen --check >"$work/generated-check.log" 2>&1) ||
  { cat "$work/generated-check.log" >&2; die "generated/ is stale: run PYTHONPATH=generator python3 -m weaveheap_gen"; }
WH_VERSION=$(sed -n 's/^#define WEAVEHEAP_VERSION_STRING "\(.*\)"$/\1/p' "$WH_SRC/generated/c/weaveheap.h")
[ -n "$WH_VERSION" ] || die "no WEAVEHEAP_VERSION_STRING in generated/c/weaveheap.h"
export WH_VERSION
say "weaveheap $WH_VERSION from ${commit:0:12}, into dist/"

# -- the steps ------------------------------------------------------------------
timings=()
for s in "${STEPS[@]}"; do
  name=$(step_name "$s")
  if [ ${#wanted[@]} -gt 0 ] && ! printf '%s\n' "${wanted[@]}" | grep -qx -- "$name"; then continue; fi
  read -r -a cmd <<<"${s#* }"
  export WH_STEP=$name WH_WORK=$work/$name
  mkdir -p "$WH_WORK"
  say "== $name"
  start=$(date +%s)
  "${cmd[@]}" || die "step $name failed"
  timings+=("$(printf '%-26s %5d s' "$name" $(( $(date +%s) - start )))")
done
unset WH_STEP

# -- checksums and what was made ------------------------------------------------
(cd "$WH_DIST" && find . -type f ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort | xargs -r -d '\n' sha256sum >SHA256SUMS)
echo
echo "dist/ (weaveheap $WH_VERSION):"
(cd "$WH_DIST" && find . -type f -printf '%P\n' | LC_ALL=C sort | while read -r f; do
  printf '  %-60s %8s\n' "$f" "$(du -h "$f" | cut -f1)"
done)
echo
echo "time per step:"
printf '  %s\n' "${timings[@]}"
