// The Go binding's tests, against the generated package (tests/go/CMakeLists.txt).
module weaveheap_tests

go 1.19

require weaveheap v0.0.0

replace weaveheap => ../../generated/go/weaveheap
