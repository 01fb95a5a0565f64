#!/usr/bin/env bash
# B12 (issue 11): runs the extension benchmarks of C, Python, Node.js, Go,
# Java, Swift and WebAssembly against a build whose bench_ext target is built (bench/README.md,
# "Extensions"). Prints the load before and after each part: the machine is
# shared, and the ratios are what to read.
#   bench/ext/run.sh <build-dir> [--rounds N] [--max-size BYTES]
set -euo pipefail
build=${1:?usage: bench/ext/run.sh <build-dir> [--rounds N] [--max-size BYTES]}
shift
rounds=11
max_size=$((256 << 20))
while [ $# -gt 0 ]; do
  case $1 in
    --rounds) rounds=$2; shift 2 ;;
    --max-size) max_size=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
here=$(cd "$(dirname "$0")" && pwd)
env_file=$build/bench/ext/paths.env
[ -f "$env_file" ] || { echo "no $env_file: configure with the zpack sample (zlib) and build the bench_ext target" >&2; exit 1; }
# shellcheck disable=SC1090
. "$env_file"
echo "tree $(git -C "$here" rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "load before C: $(uptime)"
echo
echo "### B12 from C (the floor), $rounds rounds, thread CPU time"
echo
"$BENCH_EXT_C" "$rounds" | awk -v max="$max_size" -F'|' 'NR <= 2 || $2 + 0 <= max'
if ls "${BENCH_EXT_PYTHONPATH##*:}"/bench_ext_peer*.so >/dev/null 2>&1; then
  echo; echo "load before Python: $(uptime)"
  PYTHONPATH=$BENCH_EXT_PYTHONPATH python3 "$here/run.py" --rounds "$rounds" --max-size "$max_size"
else
  echo; echo "Python: not built (WEAVEHEAP_PYTHON=OFF): skipped"
fi
if [ -f "$BENCH_EXT_NODE_PEER" ]; then
  echo; echo "load before Node.js: $(uptime)"
  NODE_PATH=$BENCH_EXT_NODE_PATH node "$here/run.mjs" --peer "$BENCH_EXT_NODE_PEER" --rounds "$rounds" --max-size "$max_size"
else
  echo; echo "Node.js: not built (WEAVEHEAP_NODE=OFF): skipped"
fi
if [ -n "${BENCH_EXT_GO:-}" ] && [ -x "$BENCH_EXT_GO" ]; then
  echo; echo "load before Go: $(uptime)"
  "$BENCH_EXT_GO" -rounds "$rounds" -max-size "$max_size"
else
  echo; echo "Go: not built (WEAVEHEAP_GO=OFF, or the bench_ext_go target): skipped"
fi
if [ -n "${BENCH_EXT_JAVA:-}" ]; then
  echo; echo "load before Java: $(uptime)"
  # shellcheck disable=SC2086  # a command line: the java command and its options
  $BENCH_EXT_JAVA "$rounds" "$max_size"
else
  echo; echo "Java: not built (WEAVEHEAP_JAVA=OFF): skipped"
fi
if [ -n "${BENCH_EXT_SWIFT:-}" ] && [ -x "$BENCH_EXT_SWIFT" ]; then
  echo; echo "load before Swift: $(uptime)"
  "$BENCH_EXT_SWIFT" "$rounds" "$max_size"
else
  echo; echo "Swift: not built (WEAVEHEAP_SWIFT=OFF, or the bench_ext_swift target): skipped"
fi
wasm_env=$build/bench/ext/paths-wasm.env
if [ -f "$wasm_env" ]; then
  # shellcheck disable=SC1090
  . "$wasm_env"
fi
if [ -n "${BENCH_EXT_WASM:-}" ] && [ -f "$BENCH_EXT_WASM" ]; then
  echo; echo "load before WebAssembly: $(uptime)"
  node "$here/run_wasm.mjs" --module "$BENCH_EXT_WASM" --glue "$BENCH_EXT_WASM_GLUE" --rounds "$rounds" --max-size "$max_size"
else
  echo; echo "WebAssembly: not built (WEAVEHEAP_WASM=OFF, or zlib's sources missing; target bench_ext_wasm): skipped"
fi
echo; echo "load after: $(uptime)"
