#!/usr/bin/env bash
# Builds weaveheap_bench (Release, in build-bench/) and runs it.
#
#   bench/c/run.sh                     every benchmark, wall clock (~1-2 min)
#   bench/c/run.sh --only B1,B5        some of them; --rounds N, --quick: see --help
#   bench/c/run.sh --callgrind         instruction counts per op under callgrind
#                                      (repeatable on a noisy machine; ~1-2 min)
#
# WEAVEHEAP_BENCH_BUILD overrides the build directory. With --callgrind,
# WEAVEHEAP_BENCH_KEEP=DIR keeps the profile dumps (one per contender, named
# by its row) for callgrind_annotate --auto=yes DIR/cg.out.N.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${WEAVEHEAP_BENCH_BUILD:-$ROOT/build-bench}
mkdir -p "$BUILD"

# -g changes no code at -O3; it lets callgrind_annotate name the lines.
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_FLAGS_RELEASE="-O3 -DNDEBUG -g" -DWEAVEHEAP_BUILD_BENCH=ON \
  -DWEAVEHEAP_BUILD_TESTS=OFF -DWEAVEHEAP_BUILD_SAMPLES=OFF -DWEAVEHEAP_BUILD_CLI=OFF >"$BUILD/bench-configure.log" 2>&1 \
  || { cat "$BUILD/bench-configure.log"; exit 1; }
cmake --build "$BUILD" --target weaveheap_bench -j2 >"$BUILD/bench-build.log" 2>&1 || { cat "$BUILD/bench-build.log"; exit 1; }
BIN=$BUILD/bench/c/weaveheap_bench

if [ "${1:-}" != "--callgrind" ]; then
  exec "$BIN" "$@"
fi
shift
command -v valgrind >/dev/null || { echo "run.sh: valgrind is not installed (scripts/install-deps.sh)" >&2; exit 1; }
if [ -n "${WEAVEHEAP_BENCH_KEEP:-}" ]; then
  OUT=$WEAVEHEAP_BENCH_KEEP
  mkdir -p "$OUT"
  rm -f "$OUT"/cg.out*
else
  OUT=$(mktemp -d)
  trap 'rm -rf "$OUT"' EXIT
fi
# Counting starts off; the program switches it on around each measured
# section only and dumps one profile per contender (CALLGRIND_DUMP_STATS_AT).
GLIBC_TUNABLES=${GLIBC_TUNABLES:+$GLIBC_TUNABLES:}glibc.rtld.optional_static_tls=65536 \
  valgrind --tool=callgrind --collect-atstart=no --callgrind-out-file="$OUT/cg.out" \
  "$BIN" --callgrind "$@" >"$OUT/log" 2>&1 || { cat "$OUT/log"; exit 1; }
python3 - "$OUT" <<'EOF'
import glob, os, re, sys
rows = []  # (title, name, ops, peer, instructions)
def dump_number(path):  # cg.out.1, cg.out.2, ... in the order they were made
    tail = path.rsplit(".", 1)[-1]
    return int(tail) if tail.isdigit() else 0
for path in sorted(glob.glob(os.path.join(sys.argv[1], "cg.out*")), key=dump_number):
    label, total = None, None
    with open(path) as f:
        for line in f:
            if line.startswith("desc: Trigger: Client Request: "):
                label = line[len("desc: Trigger: Client Request: "):].rstrip("\n")
            elif line.startswith("summary:") or line.startswith("totals:"):
                total = int(line.split()[1])
    if label and total is not None and label.count("|") == 3:
        title, name, ops, peer = label.split("|")
        rows.append((title, name, float(ops), peer, total))
if not rows:
    sys.exit("run.sh: no profile dumps found (was the bench built with valgrind/callgrind.h?)")
order = {}
for path_rows in rows:
    order.setdefault(path_rows[0], len(order))
print("callgrind: instructions per op (Ir), one run of each contender after a warm-up")
for title in sorted(order, key=order.get):
    sel = [r for r in rows if r[0] == title]
    per = {r[1]: r[4] / r[2] for r in sel}
    print(f"\n{title}")
    print(f"  {'contender':46} {'Ir/op':>9}  {'ratio':>7}  peer")
    for _, name, ops, peer, total in sel:
        ratio = f"{per[name] / per[peer]:6.2f}x" if peer in per and per[peer] else ""
        print(f"  {name:46} {total / ops:9.1f}  {ratio:>7}  {peer}")
EOF
