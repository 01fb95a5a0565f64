// B12 for Go (bench/README.md, "Extensions"): the generated zpack package
// over the generated weaveheap package, both from this tree.
module bench_ext_go

go 1.19

require (
	weaveheap.dev/go/weaveheap v0.0.0
	weaveheap.dev/go/zpack v0.0.0
)

replace (
	weaveheap.dev/go/weaveheap => ../../../generated/go/weaveheap
	weaveheap.dev/go/zpack => ../../../samples/extension/generated/go/zpack
)
