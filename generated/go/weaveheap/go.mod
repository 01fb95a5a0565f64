// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 9743a090e7d1cd34a23229c5c93881fa4e32fee52af0fc87ce1064f233754f80
// The Go binding of weaveheap: cgo over the C core, which it finds with
// pkg-config (weaveheap.pc: docs/go.md).
module weaveheap.dev/go/weaveheap

go 1.19
