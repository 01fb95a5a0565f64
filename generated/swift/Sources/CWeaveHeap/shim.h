/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 70ab201f2184af3e9185bfe178fd75db91802c246987671fd9178756d5f18a5f */
/* weaveheap.h comes from the C include path, where pkg-config's Cflags put it
 * (the C SDK's include/), so that the Swift package and the core always agree. */
#ifndef WEAVEHEAP_SWIFT_SHIM_H
#define WEAVEHEAP_SWIFT_SHIM_H
#include <weaveheap.h>
#endif
