// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 94be2fd8bfe5920168adfebb86c1374aa2299371ff165931150eb0dd95d39f43
// The Go binding of weaveheap: cgo over the C core, which it finds with
// pkg-config (weaveheap.pc: docs/go.md).
module weaveheap.dev/go/weaveheap

go 1.19
