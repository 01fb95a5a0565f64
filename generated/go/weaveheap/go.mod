// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 2aa1a5bf7c696a38d031b32c7bbd7770e704e21de9006714e8d5b34146dd7ee1
// The Go binding of weaveheap: cgo over the C core, which it finds with
// pkg-config (weaveheap.pc: docs/go.md).
module weaveheap.dev/go/weaveheap

go 1.19
