#!/usr/bin/env bash
# `weaveheap-gen new` outside this tree, as a user would: the weaveheap-gen
# wheel (pip wheel generator/) installed into a fresh venv, the C SDK
# installed from the build (cmake --install), then a new extension project
# made in an empty directory, configured with find_package(weaveheap),
# built, and its tests run (its C test and its drift test).
# Usage: scaffold_test.sh SOURCE_DIR BUILD_DIR PYTHON
set -euo pipefail
src=$1 build=$2 python=$3
work=$(mktemp -d "${TMPDIR:-/tmp}/weaveheap-scaffold.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
# a copy (links followed: the core IDL is package data), so that the build
# leaves nothing in the source tree
cp -rL "$src/generator" generator-src
"$python" -m pip wheel ./generator-src --no-build-isolation --no-deps -q -w wheel
"$python" -m venv --system-site-packages venv        # jinja2: Debian's python3-jinja2
venv/bin/pip install --no-index --no-deps -q wheel/weaveheap_gen-*.whl
cmake --install "$build" --prefix "$work/sdk" >/dev/null
mkdir project && cd project
PATH="$work/venv/bin:$PATH" weaveheap-gen new hello
test -f hello/generated/c/hello_entry.c
# the installed generator read the core's IDL from its own package data
venv_idl=$(ls "$work"/venv/lib/python3*/site-packages/weaveheap_gen/idl/weaveheap.wh)
cmp "$venv_idl" "$src/idl/weaveheap.wh"
PATH="$work/venv/bin:$PATH" cmake -S hello -B hello/build -DCMAKE_PREFIX_PATH="$work/sdk" >/dev/null
cmake --build hello/build -j2 >/dev/null
PATH="$work/venv/bin:$PATH" ctest --test-dir hello/build --output-on-failure
echo "scaffold: ok"
