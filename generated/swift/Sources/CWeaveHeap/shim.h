/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 1e5ad580ac601b5752f260a003e9c68a57909d1cbff8a08051f00a5f3dbab897 */
/* weaveheap.h comes from the C include path, where pkg-config's Cflags put it
 * (the C SDK's include/), so that the Swift package and the core always agree. */
#ifndef WEAVEHEAP_SWIFT_SHIM_H
#define WEAVEHEAP_SWIFT_SHIM_H
#include <weaveheap.h>
#endif
