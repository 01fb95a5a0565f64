/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 ead4b68ba0f78d6f6f1ad689ff1cc7e6c5320bc5719f97cdaebc428a23261838 */
/* weaveheap.h comes from the C include path, where pkg-config's Cflags put it
 * (the C SDK's include/), so that the Swift package and the core always agree. */
#ifndef WEAVEHEAP_SWIFT_SHIM_H
#define WEAVEHEAP_SWIFT_SHIM_H
#include <weaveheap.h>
#endif
