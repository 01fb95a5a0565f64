#!/usr/bin/env bash
# Release step: the SwiftPM package archive,
# dist/weaveheap-swift-<version>.tar.gz: one directory WeaveHeap/ holding the
# generated package (generated/swift: Package.swift, the system-library
# target CWeaveHeap that finds the C SDK with pkgConfig "weaveheap", the
# WeaveHeap module, its generated tests) and LICENSE. A package of the user's
# depends on it by path, with the SDK's lib/pkgconfig on PKG_CONFIG_PATH and
# no -Xcc/-Xlinker flags (docs/swift.md). The step checks the manifest as
# SwiftPM parses it (dump-package): the system-library target, its
# pkg-config name and provider hints, the version and license comment.
# Building and running a dependent package is the release test's.
set -euo pipefail
. "$(dirname "$0")/common.sh"
swift=$(command -v swift || echo /opt/swift/usr/bin/swift)
[ -x "$swift" ] || die "no swift (on PATH or /opt/swift/usr/bin)"

name=weaveheap-swift-$WH_VERSION
stage=$WH_WORK/stage
mkdir -p "$stage/WeaveHeap"
cp -r "$WH_SRC/generated/swift/." "$stage/WeaveHeap/"
cp "$WH_SRC/LICENSE" "$stage/WeaveHeap/LICENSE"

manifest=$stage/WeaveHeap/Package.swift
head -5 "$manifest" | grep -q "^// weaveheap $WH_VERSION for Swift" ||
  die "Package.swift's comment does not name version $WH_VERSION"
grep -q "^// SPDX-License-Identifier: MIT" "$manifest" || die "Package.swift's comment has no SPDX-License-Identifier: MIT"
logged "$WH_WORK/dump-package.log" "$swift" package dump-package --package-path "$stage/WeaveHeap" \
  --scratch-path "$WH_WORK/scratch"
python3 - "$WH_WORK/dump-package.log" <<'PY' 2>"$WH_WORK/dump-package.check" || die "Package.swift: $(tail -1 "$WH_WORK/dump-package.check")"
import json, sys
text = open(sys.argv[1]).read()
d = json.loads(text[text.index("{"):])
system = [t for t in d["targets"] if t["type"] == "system"]
assert len(system) == 1, f"not one system-library target: {[t['name'] for t in system]}"
t = system[0]
assert t.get("pkgConfig") == "weaveheap", f"{t['name']}: pkgConfig is {t.get('pkgConfig')!r}"
kinds = sorted(next(iter(p)) for p in t.get("providers") or [])
assert kinds == ["apt", "brew", "yum"], f"{t['name']}: provider hints {kinds}"
assert [p["name"] for p in d["products"]] == ["WeaveHeap"], d["products"]
PY
rm -rf "$stage/WeaveHeap/.build"
reproducible_tgz "$stage" WeaveHeap "$WH_DIST/$name.tar.gz"
say "made $name.tar.gz ($(tar tzf "$WH_DIST/$name.tar.gz" | grep -vc '/$') files)"
