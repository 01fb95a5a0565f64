#!/usr/bin/env bash
# Runs every end-to-end sample against the build in $1 (default build/), with
# its output: C, Python (the built package), Node.js (the npm tarball
# installed into an empty project), the wasm page in headless Chromium, Go,
# Java and Swift (those the build has).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
ctest --test-dir "$BUILD" --output-on-failure -V \
  -R '^(sample_c|sample_python|node_sample|wasm_browser|go_sample|java_sample|swift_sample)$' 2>&1 \
  | sed -E 's/^[0-9]+: //' \
  | grep -vE '^(UpdateCTestConfiguration|Parse Config|Test project|Constructing|Updating test|Checking test|Test command|Environment variables|Working Directory|Test timeout|Added test|Test Pass Reason|Label Time|python  |sanitize  |test [0-9]+$| *PYTHONPATH=|$)'
