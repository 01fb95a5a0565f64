// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 1e5ad580ac601b5752f260a003e9c68a57909d1cbff8a08051f00a5f3dbab897
// The Go binding of weaveheap: cgo over the C core, which it finds with
// pkg-config (weaveheap.pc: docs/go.md).
module weaveheap.dev/go/weaveheap

go 1.19
