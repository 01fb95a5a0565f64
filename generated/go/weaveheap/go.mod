// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 5d174764c93e802a671510be464c998ea14e298321ce101e6d4642dd204ae639
// The Go binding of weaveheap: cgo over the C core, which it finds with
// pkg-config (weaveheap.pc: docs/go.md).
module weaveheap.dev/go/weaveheap

go 1.19
