/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 d352ecca36531bb3746e58005dcdd0b56c7a9722ff15bb530bb4d9130a5cab79 */
/* weaveheap.h comes from the C include path, where pkg-config's Cflags put it
 * (the C SDK's include/), so that the Swift package and the core always agree. */
#ifndef WEAVEHEAP_SWIFT_SHIM_H
#define WEAVEHEAP_SWIFT_SHIM_H
#include <weaveheap.h>
#endif
