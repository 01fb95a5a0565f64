// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 0b426e91c515c9335454a7e149124ff456d2538d6d6c2a4a09c6d270ce7b9064
// The Go binding of weaveheap: cgo over the C core, which it finds with
// pkg-config (weaveheap.pc: docs/go.md).
module weaveheap.dev/go/weaveheap

go 1.19
