// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 ead4b68ba0f78d6f6f1ad689ff1cc7e6c5320bc5719f97cdaebc428a23261838
// The Go binding of weaveheap: cgo over the C core, which it finds with
// pkg-config (weaveheap.pc: docs/go.md).
module weaveheap.dev/go/weaveheap

go 1.19
