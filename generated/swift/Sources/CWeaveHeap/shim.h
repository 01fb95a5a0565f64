/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 3e4b4a8e198cd4f31a3806e2a14671ba1fcc41bb8a3781a1cb34e15c012afe43 */
/* weaveheap.h comes from the C include path, where pkg-config's Cflags put it
 * (the C SDK's include/), so that the Swift package and the core always agree. */
#ifndef WEAVEHEAP_SWIFT_SHIM_H
#define WEAVEHEAP_SWIFT_SHIM_H
#include <weaveheap.h>
#endif
