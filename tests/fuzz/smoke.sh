#!/usr/bin/env bash
# A libFuzzer smoke run for ctest: smoke.sh FUZZER SCRATCH SEEDS [libFuzzer flags...]
# Starts SCRATCH empty (libFuzzer writes new inputs to its first corpus
# directory), reads the checked-in SEEDS, and fails on any crash, leak or
# sanitizer report (libFuzzer's exit status).
set -euo pipefail
fuzzer=$1 scratch=$2 seeds=$3
shift 3
rm -rf "$scratch"
mkdir -p "$scratch"
exec "$fuzzer" "$scratch" "$seeds" -print_final_stats=1 "$@"
