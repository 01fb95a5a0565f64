// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 db1157e920782dbe1120f117b8e3f0c6b0381b3db1201d91f00072a9ed454762
// The Go binding of weaveheap: cgo over the C core, which it finds with
// pkg-config (weaveheap.pc: docs/go.md).
module weaveheap.dev/go/weaveheap

go 1.19
