#!/usr/bin/env bash
# A long fuzzing run (the ctest 'fuzz' label runs only a short smoke):
#
#   scripts/fuzz.sh HOURS [HARNESS]     HARNESS: api (default)
#
# Builds the libFuzzer harnesses of tests/fuzz/ with clang in build-fuzz/,
# under ASan+UBSan (FUZZ_SANITIZE=none builds them without sanitizers, about
# twice as many executions a second, for a model-only run), then runs
# HARNESS for HOURS hours (fractions allowed) on FUZZ_JOBS processes
# (default 1; this machine has 2 cores, shared). The corpus grows in
# build-fuzz/corpus/HARNESS/ (seeded from tests/fuzz/corpus/HARNESS/, never
# written back to the sources: copy what is worth keeping, minimised with
# -merge=1); crashes land in build-fuzz/crashes/HARNESS/. The log is
# build-fuzz/fuzz-HARNESS.log and ends with the executions reached, which
# docs/testing.md records.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
HOURS=${1:?usage: scripts/fuzz.sh HOURS [HARNESS]}
HARNESS=${2:-api}
BUILD=${FUZZ_BUILD:-$ROOT/build-fuzz}
JOBS=${FUZZ_JOBS:-1}
case "${FUZZ_SANITIZE:-address}" in
  address) SAN=(-DWEAVEHEAP_SANITIZE=address) ;;
  none) SAN=(-DWEAVEHEAP_SANITIZE=) ;;
  *) echo "fuzz.sh: FUZZ_SANITIZE is address or none" >&2; exit 2 ;;
esac
case "$HARNESS" in
  api) TARGET=weaveheap_api_fuzz; EXTRA=(-max_len=1024) ;;
  *) echo "fuzz.sh: no harness '$HARNESS' (api)" >&2; exit 2 ;;
esac
SECONDS_TOTAL=$(python3 -c "print(int(float('$HOURS') * 3600))")

mkdir -p "$BUILD"
CC=clang cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${SAN[@]}" \
  -DWEAVEHEAP_BUILD_BENCH=OFF -DWEAVEHEAP_BUILD_SAMPLES=OFF \
  >"$BUILD/fuzz-configure.log" 2>&1 || { cat "$BUILD/fuzz-configure.log"; exit 1; }
cmake --build "$BUILD" --target "$TARGET" -j2 >"$BUILD/fuzz-build.log" 2>&1 \
  || { tail -40 "$BUILD/fuzz-build.log"; exit 1; }
BIN=$(find "$BUILD/tests/fuzz" -maxdepth 1 -name "$TARGET" -type f | head -1)

CORPUS=$BUILD/corpus/$HARNESS
CRASHES=$BUILD/crashes/$HARNESS
mkdir -p "$CORPUS" "$CRASHES"
cp -n "$ROOT/tests/fuzz/corpus/$HARNESS"/* "$CORPUS"/ 2>/dev/null || true
LOG=$BUILD/fuzz-$HARNESS.log
echo "fuzz.sh: $TARGET for $HOURS h on $JOBS job(s), ${FUZZ_SANITIZE:-address}; log $LOG"
status=0
if [ "$JOBS" -gt 1 ]; then
  (cd "$CRASHES" && "$BIN" "$CORPUS" -dict="$ROOT/tests/fuzz/$HARNESS.dict" -max_total_time="$SECONDS_TOTAL" \
     -jobs="$JOBS" -workers="$JOBS" -print_final_stats=1 "${EXTRA[@]}") >"$LOG" 2>&1 || status=$?
  cat "$CRASHES"/fuzz-*.log >>"$LOG" 2>/dev/null || true
else
  "$BIN" "$CORPUS" -dict="$ROOT/tests/fuzz/$HARNESS.dict" -max_total_time="$SECONDS_TOTAL" \
    -artifact_prefix="$CRASHES/" -print_final_stats=1 "${EXTRA[@]}" >"$LOG" 2>&1 || status=$?
fi
execs=$(grep -h "stat::number_of_executed_units" "$LOG" | awk '{s += $2} END {print s + 0}')
echo "fuzz.sh: $execs executions; exit status $status; crashes: $(ls "$CRASHES" | grep -c -v '^fuzz-' || true)"
exit "$status"
