#!/usr/bin/env bash
# Prints the CPython interpreters of this machine that the weaveheap wheel
# supports (requires-python >= 3.9), one per minor version, as
# "X.Y<TAB>/path/to/python": python3 and every python3.X on PATH, the
# /usr/bin ones, and pyenv's installed versions ($PYENV_ROOT/versions/*,
# whose PATH shims answer only for the selected version). Of two
# interpreters of one minor version, the first that has scikit-build-core
# (the wheel's build backend) wins, else the first found.
# Used by scripts/install-deps.sh, scripts/release/python.sh and the
# release test, so that all three agree on the list.
set -uo pipefail

candidates=()
add() { [ -n "$1" ] && [ -x "$1" ] && candidates+=("$1"); }
add "$(command -v "${PYTHON:-python3}" 2>/dev/null)"
for n in $(seq 9 19); do
  add "$(command -v "python3.$n" 2>/dev/null)"
  add "/usr/bin/python3.$n"
done
pyenv_root=${PYENV_ROOT:-$HOME/.pyenv}
for p in "$pyenv_root"/versions/*/bin/python3.*; do
  case $p in *-config|*m) continue ;; esac
  add "$p"
done

# "X.Y has_backend realpath" for each interpreter that runs and is CPython.
probe='import importlib.util as u, os, platform, sys
if platform.python_implementation() == "CPython" and sys.version_info >= (3, 9):
    print("%d.%d" % sys.version_info[:2], int(u.find_spec("scikit_build_core") is not None), os.path.realpath(sys.executable))'
declare -A best=() has=()
order=()
for p in "${candidates[@]}"; do
  line=$(timeout 20 "$p" -c "$probe" 2>/dev/null) || continue
  [ -n "$line" ] || continue
  read -r ver backend real <<<"$line"
  if [ -z "${best[$ver]:-}" ]; then
    order+=("$ver"); best[$ver]=$real; has[$ver]=$backend
  elif [ "${has[$ver]}" = 0 ] && [ "$backend" = 1 ]; then
    best[$ver]=$real; has[$ver]=1
  fi
done
for ver in $(printf '%s\n' "${order[@]}" | sort -t. -k1,1n -k2,2n); do
  printf '%s\t%s\n' "$ver" "${best[$ver]}"
done
