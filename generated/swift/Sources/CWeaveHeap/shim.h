/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 6c3d8688bb5217f2588d9345fc232fa3487785c65a994bc83fb8f24ef9c7e264 */
/* weaveheap.h comes from the C include path, where pkg-config's Cflags put it
 * (the C SDK's include/), so that the Swift package and the core always agree. */
#ifndef WEAVEHEAP_SWIFT_SHIM_H
#define WEAVEHEAP_SWIFT_SHIM_H
#include <weaveheap.h>

/* The Arrow C Data and C Stream Interfaces' structs (the C SDK's header,
 * guarded as the spec asks): the raw exports hand out their addresses. */
#include <weaveheap_arrow.h>
#endif
