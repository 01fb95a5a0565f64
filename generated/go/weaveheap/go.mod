// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 9642b5336c411b3e8138dbfec9a542ba111ba757cb2538628071934c4e6b3821
// The Go binding of weaveheap: cgo over the C core, which it finds with
// pkg-config (weaveheap.pc: docs/go.md).
module weaveheap.dev/go/weaveheap

go 1.19
