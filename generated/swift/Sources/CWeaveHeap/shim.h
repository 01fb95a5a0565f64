/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 9743a090e7d1cd34a23229c5c93881fa4e32fee52af0fc87ce1064f233754f80 */
/* weaveheap.h comes from the C include path, where pkg-config's Cflags put it
 * (the C SDK's include/), so that the Swift package and the core always agree. */
#ifndef WEAVEHEAP_SWIFT_SHIM_H
#define WEAVEHEAP_SWIFT_SHIM_H
#include <weaveheap.h>

/* The Arrow C Data and C Stream Interfaces' structs (the C SDK's header,
 * guarded as the spec asks): the raw exports hand out their addresses. */
#include <weaveheap_arrow.h>
#endif
