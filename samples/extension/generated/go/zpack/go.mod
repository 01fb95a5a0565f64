// Generated from samples/extension/zpack.wh by weaveheap_gen: do not edit. IDL sha256 a79f42f696d09eae4e0adf0c4e603e9a5ffe4d5838b0b8389db22b59b0cee278
// The Go package of zpack 0.1.0, an extension of weaveheap: cgo over
// zpack's C library (pkg-config zpack.pc), bound to the core of
// the weaveheap.dev/go/weaveheap package, required at the core IDL's version
// (docs/extensions.md#packages).
// SPDX-License-Identifier: MIT
module weaveheap.dev/go/zpack

go 1.19

require weaveheap.dev/go/weaveheap v0.1.0
