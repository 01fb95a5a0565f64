// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 1b0dd4bb522c2329309f4d4f56a0df13639647eb2b36a91ecaa97c3c069a5758
// The Go binding of weaveheap: cgo over the C core, which it finds with
// pkg-config (weaveheap.pc: docs/go.md).
module weaveheap.dev/go/weaveheap

go 1.19
