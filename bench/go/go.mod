// B9 for Go (bench/go/README in RESULTS.md): the generated package vs cgo no-ops.
module weaveheap_bench

go 1.19

require weaveheap.dev/go/weaveheap v0.0.0

replace weaveheap.dev/go/weaveheap => ../../generated/go/weaveheap
