/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 9642b5336c411b3e8138dbfec9a542ba111ba757cb2538628071934c4e6b3821 */
/* weaveheap.h comes from the C include path, where pkg-config's Cflags put it
 * (the C SDK's include/), so that the Swift package and the core always agree. */
#ifndef WEAVEHEAP_SWIFT_SHIM_H
#define WEAVEHEAP_SWIFT_SHIM_H
#include <weaveheap.h>
#endif
