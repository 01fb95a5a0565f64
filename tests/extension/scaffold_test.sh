#!/usr/bin/env bash
# `weaveheap-gen new` outside this tree, as a user would: the weaveheap-gen
# wheel (pip wheel generator/) installed into a fresh venv, the C SDK
# installed from the build (cmake --install), then a new extension project
# made in an empty directory, configured with find_package(weaveheap) and
# this build's package of each language (Python, Node.js, Go, Java, Swift),
# built, and its tests run: C, each language's, and the drift test. Every
# one of them must be registered (a language left out fails this test), and
# the project's Python wheel builds from its generated pyproject.toml.
# Usage: scaffold_test.sh SOURCE_DIR BUILD_DIR PYTHON "LANGUAGES"
# LANGUAGES: the bindings this build has (python node go java swift), whose
# tests the project must register; the C test and the drift test always.
# Environment (from tests/extension/CMakeLists.txt): WEAVEHEAP_JAR,
# WEAVEHEAP_JNI_LIBRARY (this build's Java binding).
set -euo pipefail
src=$1 build=$2 python=$3 languages=${4-python node go java swift}
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
# each language's package of this build, for the languages it has
packages=()
for l in $languages; do
  case $l in
    python) packages+=(-DWEAVEHEAP_PYTHONPATH="$build/bindings/python") ;;
    node) packages+=(-DWEAVEHEAP_NODE_PACKAGE="$build/bindings/node/package") ;;
    go) packages+=(-DWEAVEHEAP_GO_MODULE="$src/generated/go/weaveheap") ;;
    java) packages+=(-DWEAVEHEAP_JAR="${WEAVEHEAP_JAR:-}" -DWEAVEHEAP_JNI_LIBRARY="${WEAVEHEAP_JNI_LIBRARY:-}") ;;
    swift) packages+=(-DWEAVEHEAP_SWIFT_PACKAGE="$src/generated/swift") ;;
    *) echo "scaffold: unknown language '$l'"; exit 1 ;;
  esac
done
PATH="$work/venv/bin:$PATH" cmake -S hello -B hello/build -DCMAKE_PREFIX_PATH="$work/sdk" \
  -DPython3_EXECUTABLE="$python" "${packages[@]}" >configure.log || { cat configure.log; exit 1; }
registered=$(ctest --test-dir hello/build -N | sed -n 's/^ *Test *#[0-9]*: //p' | sort | tr '\n' ' ')
want=$(for t in hello_c hello_generated_current; do echo $t; done
       for l in $languages; do echo hello_$l; [ "$l" = swift ] && echo hello_swift_stage; done)
want=$(echo "$want" | sort | tr '\n' ' ')
if [ "$registered" != "$want" ]; then
  grep "is not registered" configure.log || true
  echo "scaffold: the project registered '$registered', not '$want'"
  exit 1
fi
cmake --build hello/build -j2 >/dev/null
PATH="$work/venv/bin:$PATH" ctest --test-dir hello/build --output-on-failure
# its wheel, from the generated pyproject.toml: the package and the pin on the base
CMAKE_PREFIX_PATH="$work/sdk" "$python" -m pip wheel hello/generated/python --no-build-isolation --no-deps -q \
  -w wheels --config-settings=build-dir="$work/wheel-build"
"$python" - wheels/hello-0.1.0-*.whl "$(sed -n 's/^library weaveheap version \([0-9.]*\) .*/\1/p' "$src/idl/weaveheap.wh")" <<'PY'
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
assert "hello/__init__.py" in names and any(n.startswith("hello/_native.") for n in names), names
meta = z.read(next(n for n in names if n.endswith("METADATA"))).decode()
assert f"Requires-Dist: weaveheap=={sys.argv[2]}" in meta, meta
PY
echo "scaffold: ok"
