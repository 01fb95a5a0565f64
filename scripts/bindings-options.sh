#!/usr/bin/env bash
# Prints the CMake options that turn on every binding whose toolchain is on
# this machine (scripts/install-deps.sh installs them all).
opts=()
python3 -c "import numpy" 2>/dev/null && command -v swig >/dev/null && opts+=(-DWEAVEHEAP_PYTHON=ON)
[ -f /usr/include/node/node_api.h ] && command -v node >/dev/null && opts+=(-DWEAVEHEAP_NODE=ON)
{ command -v wasm-ld >/dev/null || command -v wasm-ld-14 >/dev/null; } && command -v clang >/dev/null \
  && opts+=(-DWEAVEHEAP_WASM=ON)
command -v go >/dev/null && opts+=(-DWEAVEHEAP_GO=ON)
command -v javac >/dev/null && [ -f /usr/lib/jvm/default-java/include/jni.h ] && opts+=(-DWEAVEHEAP_JAVA=ON)
{ command -v swift >/dev/null || [ -x /opt/swift/usr/bin/swift ]; } && opts+=(-DWEAVEHEAP_SWIFT=ON)
echo "${opts[@]}"
