// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 9751d03531cba848dfb420e2a87d961f149092d56cf8c495c03fc91e7f994c5d
// The Go binding of weaveheap: cgo over the C core, which it finds with
// pkg-config (weaveheap.pc: docs/go.md).
module weaveheap.dev/go/weaveheap

go 1.19
