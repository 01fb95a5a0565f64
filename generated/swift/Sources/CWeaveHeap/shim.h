/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 2c6aacb42a58ce5e95fcfef7e718d394c15577ab1a0a87d4224ac930066d9faa */
/* weaveheap.h comes from the C include path, where pkg-config's Cflags put it
 * (the C SDK's include/), so that the Swift package and the core always agree. */
#ifndef WEAVEHEAP_SWIFT_SHIM_H
#define WEAVEHEAP_SWIFT_SHIM_H
#include <weaveheap.h>

/* The Arrow C Data and C Stream Interfaces' structs (the C SDK's header,
 * guarded as the spec asks): the raw exports hand out their addresses. */
#include <weaveheap_arrow.h>
#endif
