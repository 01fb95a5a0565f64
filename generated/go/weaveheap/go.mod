// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 108c52b1ab623bfbbb0f9c1578e1cc7e657be7c3b240a975387c4884c9efac72
// The Go binding of weaveheap: cgo over the C core, which it finds with
// pkg-config (weaveheap.pc: docs/go.md).
module weaveheap.dev/go/weaveheap

go 1.19
