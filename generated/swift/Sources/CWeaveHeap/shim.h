/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 eb6f05195e26c4a731b41c40b56929551257548ac7df99d8c88ec4dd792063da */
/* weaveheap.h comes from the C include path, where pkg-config's Cflags put it
 * (the C SDK's include/), so that the Swift package and the core always agree. */
#ifndef WEAVEHEAP_SWIFT_SHIM_H
#define WEAVEHEAP_SWIFT_SHIM_H
#include <weaveheap.h>
#endif
