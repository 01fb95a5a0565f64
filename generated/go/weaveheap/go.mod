// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 70ab201f2184af3e9185bfe178fd75db91802c246987671fd9178756d5f18a5f
// The Go binding of weaveheap: cgo over the C core, which it finds with
// pkg-config (weaveheap.pc: docs/go.md).
module weaveheap.dev/go/weaveheap

go 1.19
