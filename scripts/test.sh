#!/usr/bin/env bash
# Runs every test: the main build (gcc, all bindings whose toolchain is
# present), the core and CLI under ASan+UBSan (clang) and under TSan (gcc). Ends with "N passed, N failed".
# Usage: scripts/test.sh [--quick]   (--quick: main build only)
set -uo pipefail
cd "$(dirname "$0")/.."
JOBS=${JOBS:-2}
passed=0; failed=0

# ctest prints "NN% tests passed, F tests failed out of T"; add them up.
run_ctest() {
  local dir=$1; shift
  local log="$dir/ctest.log"
  ctest --test-dir "$dir" --output-on-failure --timeout 600 "$@" 2>&1 | tee "$log"
  local line
  line=$(grep -E "tests passed, [0-9]+ tests? failed out of [0-9]+" "$log" | tail -1)
  if [ -z "$line" ]; then
    echo "test.sh: no ctest summary from $dir"; failed=$((failed + 1)); return
  fi
  local f t
  f=$(echo "$line" | sed -E 's/.*passed, ([0-9]+) tests? failed out of ([0-9]+).*/\1/')
  t=$(echo "$line" | sed -E 's/.*failed out of ([0-9]+).*/\1/')
  passed=$((passed + t - f)); failed=$((failed + f))
}

configure_build() {
  local dir=$1; shift
  if ! cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >"$dir.configure.log" 2>&1 \
     || ! cmake --build "$dir" -j "$JOBS" >"$dir.build.log" 2>&1; then
    cat "$dir.configure.log" "$dir.build.log" 2>/dev/null | tail -60
    echo "test.sh: build in $dir failed"; failed=$((failed + 1)); return 1
  fi
}

mkdir -p build
OPTIONAL=$(scripts/bindings-options.sh)
# -LE release: the release test checks dist/, made after the tests (.ci/run).
if configure_build build $OPTIONAL; then run_ctest build -LE release; fi

if [ "${1:-}" != "--quick" ]; then
  # The core again under the sanitizers: tests labelled 'sanitize' and the
  # libFuzzer smoke runs labelled 'fuzz' (ASan+UBSan, built with clang so that
  # both compilers build everything with -Werror), and 'tsan' (thread
  # stress, gcc).
  if CC=clang configure_build build-asan -DWEAVEHEAP_SANITIZE=address -DWEAVEHEAP_BUILD_BENCH=OFF; then
    run_ctest build-asan -L "sanitize|fuzz"
  fi
  if configure_build build-tsan -DWEAVEHEAP_SANITIZE=thread -DWEAVEHEAP_BUILD_BENCH=OFF; then
    run_ctest build-tsan -L tsan
  fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
