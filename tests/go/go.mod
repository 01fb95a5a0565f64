// The Go binding's tests, against the generated package (tests/go/CMakeLists.txt).
module weaveheap_tests

go 1.19

require weaveheap.dev/go/weaveheap v0.0.0

replace weaveheap.dev/go/weaveheap => ../../generated/go/weaveheap
