package weaveheap_test

import "unsafe"

// unsafePointer is the address of a slice's first byte (nil when empty).
func unsafePointer(b []byte) unsafe.Pointer {
	if len(b) == 0 {
		return nil
	}
	return unsafe.Pointer(&b[0])
}

// unsafePointerAdd is the address n bytes past the start of b.
func unsafePointerAdd(b []byte, n int) unsafe.Pointer {
	return unsafe.Add(unsafePointer(b), n)
}
