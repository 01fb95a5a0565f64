#!/usr/bin/env bash
# Prints the CMake options that turn on every binding whose toolchain is on
# this machine (scripts/install-deps.sh installs them all).
opts=()
python3 -c "import numpy" 2>/dev/null && command -v swig >/dev/null && opts+=(-DWEAVEHEAP_PYTHON=ON)
[ -f /usr/include/node/node_api.h ] && command -v node >/dev/null && opts+=(-DWEAVEHEAP_NODE=ON)
command -v clang >/dev/null && command -v wasm-ld >/dev/null || command -v wasm-ld-14 >/dev/null && opts+=(-DWEAVEHEAP_WASM=ON)
echo "${opts[@]}"
