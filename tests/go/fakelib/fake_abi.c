/* Preloaded by the go_abi_guard test: a library reporting an ABI version
 * one past the one the Go package was generated for, the way a library
 * built from another IDL would. */
#include "weaveheap.h"

uint32_t weaveheap_abi_version(void) { return WEAVEHEAP_ABI_VERSION + 1; }
