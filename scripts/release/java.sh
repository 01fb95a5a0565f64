#!/usr/bin/env bash
# Release step: the Java binding's Maven artefacts, for the coordinates of
# generated/java/pom.xml (dev.weaveheap:weaveheap:<version>, rendered by the
# generator's java target):
#   dist/weaveheap-<version>.jar          classes, META-INF/LICENSE, manifest
#                                         (Automatic-Module-Name), and the JNI
#                                         library for linux-<arch> inside it
#   dist/weaveheap-<version>-sources.jar, -javadoc.jar, .pom
# Built by CMake (target weaveheap_java_maven, bindings/java) in a Release
# build of its own, whose JUnit suites run first (a failure fails the step).
# Installing them into a Maven repository and using them from it is the
# release test's (docs/java.md).
set -euo pipefail
. "$(dirname "$0")/common.sh"
build=$WH_WORK/build
arch=$(uname -m)

logged "$WH_WORK/configure.log" cmake -S "$WH_SRC" -B "$build" -DCMAKE_BUILD_TYPE=Release \
  -DWEAVEHEAP_JAVA=ON -DWEAVEHEAP_BUILD_BENCH=OFF -DWEAVEHEAP_BUILD_SAMPLES=OFF
logged "$WH_WORK/build.log" cmake --build "$build" -j "${JOBS:-2}" \
  --target weaveheap_java_maven weaveheap_java_tests
if ! ctest --test-dir "$build" -R '^java_' --output-on-failure --timeout 600 >"$WH_WORK/ctest.log" 2>&1; then
  grep -E "^ *[0-9]+/[0-9]+ Test|tests passed|Failed|\*\*\*" "$WH_WORK/ctest.log" | tail -30 >&2
  die "the Java tests of this build failed (log: $WH_WORK/ctest.log)"
fi
grep -q "^ *[0-9]*/[0-9]* Test .*java_jar_native .*Passed" "$WH_WORK/ctest.log" || die "java_jar_native did not run"
say "$(grep -E 'tests passed' "$WH_WORK/ctest.log") (JUnit suites, javadoc, the sample, the jar's own JNI library)"

maven=$build/bindings/java/maven
name=weaveheap-$WH_VERSION
for f in "$name.jar" "$name-sources.jar" "$name-javadoc.jar" "$name.pom"; do
  [ -f "$maven/$f" ] || die "the build made no $f (the POM's version must be the IDL's)"
done
# The jar: its manifest, its license, the JNI library for this machine.
jar=$maven/$name.jar
unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' >"$WH_WORK/MANIFEST.MF"
grep -qx "Automatic-Module-Name: dev.weaveheap" "$WH_WORK/MANIFEST.MF" || die "$name.jar: no Automatic-Module-Name"
grep -qx "Implementation-Version: $WH_VERSION" "$WH_WORK/MANIFEST.MF" || die "$name.jar: Implementation-Version is not $WH_VERSION"
unzip -p "$jar" META-INF/LICENSE | grep -q "^MIT License" || die "$name.jar: no META-INF/LICENSE"
lib=dev/weaveheap/native/linux-$arch/libweaveheap_jni.so
mkdir -p "$WH_WORK/native"
unzip -q -o "$jar" "$lib" -d "$WH_WORK/native" || die "$name.jar has no $lib"
want=$(case $arch in x86_64) echo X86-64 ;; aarch64) echo AArch64 ;; *) echo "$arch" ;; esac)
elf_machine "$WH_WORK/native/$lib" | grep -q -- "$want" || die "$lib is built for $(elf_machine "$WH_WORK/native/$lib")"
readelf -S "$WH_WORK/native/$lib" | grep -q '\.symtab' && die "$lib is not stripped"
cp "$maven/$name.jar" "$maven/$name-sources.jar" "$maven/$name-javadoc.jar" "$maven/$name.pom" "$WH_DIST/"
say "made $name.jar (with $lib, glibc >= $(glibc_needed "$WH_WORK/native/$lib")), -sources.jar, -javadoc.jar, .pom"
