// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 a6ced2c4dfeb7407a78019ee1af1d005cfdba1690491955488a3d65d05f496ba
// The Go binding of weaveheap: cgo over the C core, which it finds with
// pkg-config (weaveheap.pc: docs/go.md).
module weaveheap.dev/go/weaveheap

go 1.19
