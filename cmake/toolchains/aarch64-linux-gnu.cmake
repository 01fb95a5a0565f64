# Cross-compiling WeaveHeap for 64-bit Arm Linux (linux-aarch64) on a Debian
# x86_64 host, with Debian's cross toolchain and multiarch arm64 libraries
# (scripts/install-deps.sh installs gcc-aarch64-linux-gnu, qemu-user-static
# and libcunit1-dev:arm64):
#
#   cmake -S . -B build-aarch64 \
#         -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/aarch64-linux-gnu.cmake
#   cmake --build build-aarch64 -j2
#   ctest --test-dir build-aarch64 -LE native_only   # runs the tests under qemu-user
#
# See docs/c-sdk.md (cross-compilation) for what runs under qemu and what not.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(WEAVEHEAP_CROSS_TRIPLE aarch64-linux-gnu)

set(CMAKE_C_COMPILER ${WEAVEHEAP_CROSS_TRIPLE}-gcc)
# Target libraries are found in Debian's multiarch directories
# (/usr/lib/aarch64-linux-gnu), headers in /usr/include.
set(CMAKE_LIBRARY_ARCHITECTURE ${WEAVEHEAP_CROSS_TRIPLE})
# pkg-config reads the target's .pc files only, never the host's.
set(ENV{PKG_CONFIG_LIBDIR} /usr/lib/${WEAVEHEAP_CROSS_TRIPLE}/pkgconfig:/usr/share/pkgconfig)
set(ENV{PKG_CONFIG_PATH} "")

# ctest (and CMake's try_run) run target programs through qemu-user. They
# load Debian's multiarch arm64 libc (libc6:arm64, /lib/ld-linux-aarch64.so.1),
# not the cross toolchain's copy: `-L /usr/aarch64-linux-gnu` would pair that
# copy's loader with the multiarch libc.so.6 of another build, and then
# pthread_create hangs.
find_program(WEAVEHEAP_QEMU NAMES qemu-aarch64-static qemu-aarch64)
if(WEAVEHEAP_QEMU)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${WEAVEHEAP_QEMU})
endif()
