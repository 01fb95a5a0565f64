// zpack from Go (tests/extension/CMakeLists.txt): the generated zpack package
// over the generated weaveheap package, both from this tree. The versions are
// those zpack's go.mod requires (the core IDL's, and zpack.wh's).
module zpack_tests

go 1.19

require (
	weaveheap.dev/go/weaveheap v0.1.0
	weaveheap.dev/go/zpack v0.1.0
)

replace (
	weaveheap.dev/go/weaveheap => ../../../generated/go/weaveheap
	weaveheap.dev/go/zpack => ../../../samples/extension/generated/go/zpack
)
