#!/usr/bin/env bash
# Release step: the Go module, in the Go module proxy's layout, in
# dist/goproxy/ (GOPROXY=file://<dist>/goproxy serves it):
#   goproxy/<module>/@v/{list, v<version>.info, v<version>.mod, v<version>.zip}
# The module is generated/go/weaveheap (its go.mod names the module path,
# weaveheap.dev/go/weaveheap, from the generator's go target) with LICENSE;
# its version is the IDL's. The step checks what it made as the go command
# does: `go mod download` through the file proxy (which verifies the zip) and
# `go vet` of the downloaded package against the committed header. Building
# and running it against the C SDK is the release test's (tests/release).
set -euo pipefail
. "$(dirname "$0")/common.sh"
here=$(cd "$(dirname "$0")" && pwd)
command -v go >/dev/null || die "no go (scripts/install-deps.sh installs golang-go)"

proxy=$WH_DIST/goproxy
module=$(python3 "$here/go_module.py" "$WH_SRC/generated/go/weaveheap" "v$WH_VERSION" "$SOURCE_DATE_EPOCH" \
         "$proxy" "$WH_SRC/LICENSE")
say "made goproxy/$module/@v/v$WH_VERSION.{zip,mod,info} and list"

# Fetched as a user's go command would: the zip is verified on extraction.
check=$WH_WORK/check
mkdir -p "$check"
printf 'module check\n\ngo 1.19\n' >"$check/go.mod"
# (-modcacherw: a module cache build-release/ can be removed from)
export GOPATH=$WH_WORK/gopath GOCACHE=$WH_WORK/gocache GOPROXY=file://$proxy GONOSUMDB=weaveheap.dev \
       GOFLAGS="-mod=mod -modcacherw" GOWORK=off GO111MODULE=on
(cd "$check" && logged "$WH_WORK/download.log" go mod download -json "$module@v$WH_VERSION")
dir=$(sed -n 's/^\s*"Dir": "\(.*\)",$/\1/p' "$WH_WORK/download.log")
[ -f "$dir/LICENSE" ] && [ -f "$dir/go.mod" ] || die "the downloaded module lacks LICENSE or go.mod ($dir)"
grep -q '^#cgo pkg-config: ' "$dir"/*.go || die "the module's cgo preamble has no '#cgo pkg-config:' line"
# vet needs the header only, which pkg-config gives from a .pc naming the sources'
mkdir -p "$WH_WORK/pc"
printf 'Name: weaveheap\nDescription: header only\nVersion: %s\nLibs:\nCflags: -I%s\n' \
  "$WH_VERSION" "$WH_SRC/generated/c" >"$WH_WORK/pc/weaveheap.pc"
(cd "$dir" && PKG_CONFIG_PATH=$WH_WORK/pc logged "$WH_WORK/vet.log" go vet .)
say "go mod download (file proxy) and go vet: ok"
