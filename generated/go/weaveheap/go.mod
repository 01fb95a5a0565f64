// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 6c3d8688bb5217f2588d9345fc232fa3487785c65a994bc83fb8f24ef9c7e264
// The Go binding of weaveheap: cgo over the C core, which it finds with
// pkg-config (weaveheap.pc: docs/go.md).
module weaveheap.dev/go/weaveheap

go 1.19
