/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 108c52b1ab623bfbbb0f9c1578e1cc7e657be7c3b240a975387c4884c9efac72 */
/* weaveheap.h comes from the C include path, where pkg-config's Cflags put it
 * (the C SDK's include/), so that the Swift package and the core always agree. */
#ifndef WEAVEHEAP_SWIFT_SHIM_H
#define WEAVEHEAP_SWIFT_SHIM_H
#include <weaveheap.h>
#endif
