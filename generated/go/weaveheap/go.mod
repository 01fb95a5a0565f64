// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 ea006132c7d97580305bc2dce183c7385a0e40a5d11fd338a42b8d4cd4729930
// The Go binding of weaveheap: cgo over the C core, which it finds with
// pkg-config (weaveheap.pc: docs/go.md).
module weaveheap.dev/go/weaveheap

go 1.19
