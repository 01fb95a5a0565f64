// The Go sample, against the generated package (docs/go.md).
module weaveheap_sample

go 1.19

require weaveheap.dev/go/weaveheap v0.0.0

replace weaveheap.dev/go/weaveheap => ../../generated/go/weaveheap
