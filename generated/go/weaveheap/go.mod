// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 3e4b4a8e198cd4f31a3806e2a14671ba1fcc41bb8a3781a1cb34e15c012afe43
// The Go binding of weaveheap: cgo over the C core, which it finds with
// pkg-config (weaveheap.pc: docs/go.md).
module weaveheap.dev/go/weaveheap

go 1.19
