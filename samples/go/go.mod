// The Go sample, against the generated package (docs/go.md).
module weaveheap_sample

go 1.19

require weaveheap v0.0.0

replace weaveheap => ../../generated/go/weaveheap
