/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 0b426e91c515c9335454a7e149124ff456d2538d6d6c2a4a09c6d270ce7b9064 */
/* weaveheap.h comes from the C include path, where pkg-config's Cflags put it
 * (the C SDK's include/), so that the Swift package and the core always agree. */
#ifndef WEAVEHEAP_SWIFT_SHIM_H
#define WEAVEHEAP_SWIFT_SHIM_H
#include <weaveheap.h>
#endif
