/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 db1157e920782dbe1120f117b8e3f0c6b0381b3db1201d91f00072a9ed454762 */
/* weaveheap.h comes from the C include path, where pkg-config's Cflags put it
 * (the C SDK's include/), so that the Swift package and the core always agree. */
#ifndef WEAVEHEAP_SWIFT_SHIM_H
#define WEAVEHEAP_SWIFT_SHIM_H
#include <weaveheap.h>
#endif
