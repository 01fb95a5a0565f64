#!/usr/bin/env bash
# The long run of the stats-reader and IDL fuzz harnesses (tests/fuzz/,
# docs/testing.md): each for MINUTES (default 10), one job each, the corpus
# kept between runs in build-asan/fuzz-readers/ (seeded from tests/fuzz/).
# Needs the clang ASan build (scripts/test.sh makes it: build-asan). A crash
# stops that harness and leaves crash-* in that directory: turn each into a
# regression test before fixing it.
# Usage: scripts/fuzz-readers.sh [MINUTES]
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=${1:-10}
SECONDS_EACH=$((MINUTES * 60))
BUILD=${BUILD:-build-asan}
FUZZER="$BUILD/tests/weaveheap_statsfile_fuzz"
[ -x "$FUZZER" ] || { echo "fuzz-readers: $FUZZER is missing: CC=clang cmake -S . -B $BUILD -DWEAVEHEAP_SANITIZE=address && cmake --build $BUILD"; exit 2; }
WORK="$BUILD/fuzz-readers"
mkdir -p "$WORK/statsfile" "$WORK/idl"
cd "$WORK"
status=0
echo "fuzz-readers: statsfile_fuzz for $MINUTES min"
"../tests/weaveheap_statsfile_fuzz" -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
  -dict=../../tests/fuzz/statsfile.dict statsfile ../../tests/fuzz/statsfile_corpus 2>&1 | tail -25 || status=1
echo "fuzz-readers: idl_fuzz for $MINUTES min"
python3 ../../tests/fuzz/idl_fuzz.py -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
  -dict=../../tests/fuzz/idl.dict idl ../../tests/fuzz/idl_corpus ../../tests/generator/negative ../../idl \
  2>&1 | tail -25 || status=1
exit $status
