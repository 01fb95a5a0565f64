// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 3f371c110f079011c8646ac8055604ac7cdcb1dcb18e50c2793e3867f1a05039
// The Go binding of weaveheap: cgo over the C core, which it finds with
// pkg-config (weaveheap.pc: docs/go.md).
module weaveheap.dev/go/weaveheap

go 1.19
