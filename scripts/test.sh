#!/usr/bin/env bash
# Runs every test: the main build (gcc, all bindings whose toolchain is
# present), the core and CLI under ASan+UBSan (clang) and under TSan (gcc).
# Names every test that was skipped (exit 77, a skip inside a passed suite,
# a suite not registered for a missing tool, a binding left out) and ends
# with "N passed, N failed, N skipped" (scripts/test_summary.py). With CI=true,
# a skip that tests/allowed-skips.txt does not list counts as a failure.
# Usage: scripts/test.sh [--quick]   (--quick: main build only)
set -uo pipefail
cd "$(dirname "$0")/.."
JOBS=${JOBS:-2}
failed=0
summary_args=()
# pytest names each skip and its reason (-rs; f and E are its default), for the summary.
export PYTEST_ADDOPTS="${PYTEST_ADDOPTS:-} -rfEs"

# Every test's result and whole output in a JUnit file, read by test_summary.py.
run_ctest() {
  local dir=$1; shift
  local junit="$PWD/$dir/ctest-junit.xml"
  rm -f "$junit"
  ctest --test-dir "$dir" --output-on-failure --timeout 600 --output-junit "$junit" \
    --test-output-size-passed 1048576 --test-output-size-failed 1048576 "$@" 2>&1 | tee "$dir/ctest.log"
  summary_args+=(--ctest "$dir=$junit" --not-registered "$dir=$dir/tests/not-registered.txt")
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
# A binding whose toolchain is missing is left out of the build: a skip.
for binding in PYTHON NODE WASM GO JAVA SWIFT; do
  case " $OPTIONAL " in
    *" -DWEAVEHEAP_$binding=ON "*) ;;
    *) summary_args+=(--left-out "binding:${binding,,}=its toolchain is missing (scripts/bindings-options.sh)") ;;
  esac
done
# -LE release: the release test checks dist/, made after the tests (.ci/run).
# -LE mutation: the mutation smoke (scripts/mutate.sh) is its own CI step.
if configure_build build $OPTIONAL; then run_ctest build -LE "release|mutation"; fi

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

strict=()
if [ "${CI:-}" = "true" ]; then strict=(--strict); fi
python3 scripts/test_summary.py --allowed tests/allowed-skips.txt "${strict[@]}" \
  --extra-failed "$failed" "${summary_args[@]}"
