/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 2aa1a5bf7c696a38d031b32c7bbd7770e704e21de9006714e8d5b34146dd7ee1 */
/* weaveheap.h comes from the C include path, where pkg-config's Cflags put it
 * (the C SDK's include/), so that the Swift package and the core always agree. */
#ifndef WEAVEHEAP_SWIFT_SHIM_H
#define WEAVEHEAP_SWIFT_SHIM_H
#include <weaveheap.h>

/* The Arrow C Data and C Stream Interfaces' structs (the C SDK's header,
 * guarded as the spec asks): the raw exports hand out their addresses. */
#include <weaveheap_arrow.h>
#endif
