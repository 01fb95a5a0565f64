// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 2c6aacb42a58ce5e95fcfef7e718d394c15577ab1a0a87d4224ac930066d9faa
// The Go binding of weaveheap: cgo over the C core, which it finds with
// pkg-config (weaveheap.pc: docs/go.md).
module weaveheap.dev/go/weaveheap

go 1.19
