// A program that only loads the package: its init runs the ABI guard. The
// go_abi_guard test runs it against the shared core with ../fakelib/fake_abi.c
// preloaded (another ABI version), and expects the guard's panic.
package main

import (
	"fmt"

	wh "weaveheap.dev/go/weaveheap"
)

func main() {
	fmt.Printf("loaded: ABI %d, IDL %s\n", wh.ABIVersion(), wh.IDLHash())
}
