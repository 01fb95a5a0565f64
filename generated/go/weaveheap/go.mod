// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 7829535500a4a4755de0d23b52b54445de60ab0ed1c24bbc2cf3f4583686767c
// The Go binding of weaveheap: cgo over the C core (docs/go.md).
module weaveheap

go 1.19
