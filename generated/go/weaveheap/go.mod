// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 eb6f05195e26c4a731b41c40b56929551257548ac7df99d8c88ec4dd792063da
// The Go binding of weaveheap: cgo over the C core, which it finds with
// pkg-config (weaveheap.pc: docs/go.md).
module weaveheap.dev/go/weaveheap

go 1.19
