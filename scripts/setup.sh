#!/usr/bin/env bash
# The main job on a fresh Debian 12 machine: install what WeaveHeap needs,
# regenerate the bindings from the IDL, build everything, run the samples.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
echo "== regenerate generated/ from idl/weaveheap.wh"
PYTHONPATH=generator python3 -m weaveheap_gen
# the sample extension's generated code carries the core IDL's hash
PYTHONPATH=generator python3 -m weaveheap_gen --idl samples/extension/zpack.wh \
  --out samples/extension/generated --target c --target python_ext --target node_ext --target go_ext --target java_ext --target swift_ext --target wasm_ext
echo "== build"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo $(scripts/bindings-options.sh) >/dev/null
cmake --build build -j "${JOBS:-2}"
echo "== samples"
scripts/run-samples.sh build
