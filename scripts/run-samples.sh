#!/usr/bin/env bash
# Runs every end-to-end sample against the build in $1 (default build/).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
echo "-- C"; "$BUILD/samples/weaveheap_sample_c"
for sample in samples/*/run.sh; do
  [ -x "$sample" ] || continue
  echo "-- $(basename "$(dirname "$sample")")"
  "$sample" "$BUILD"
done
