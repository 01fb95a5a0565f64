// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 d352ecca36531bb3746e58005dcdd0b56c7a9722ff15bb530bb4d9130a5cab79
// The Go binding of weaveheap: cgo over the C core, which it finds with
// pkg-config (weaveheap.pc: docs/go.md).
module weaveheap.dev/go/weaveheap

go 1.19
