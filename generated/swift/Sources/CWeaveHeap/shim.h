/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 1b0dd4bb522c2329309f4d4f56a0df13639647eb2b36a91ecaa97c3c069a5758 */
/* weaveheap.h comes from the C include path, where pkg-config's Cflags put it
 * (the C SDK's include/), so that the Swift package and the core always agree. */
#ifndef WEAVEHEAP_SWIFT_SHIM_H
#define WEAVEHEAP_SWIFT_SHIM_H
#include <weaveheap.h>
#endif
