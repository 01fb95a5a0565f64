/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 9751d03531cba848dfb420e2a87d961f149092d56cf8c495c03fc91e7f994c5d */
/* weaveheap.h comes from the C include path, where pkg-config's Cflags put it
 * (the C SDK's include/), so that the Swift package and the core always agree. */
#ifndef WEAVEHEAP_SWIFT_SHIM_H
#define WEAVEHEAP_SWIFT_SHIM_H
#include <weaveheap.h>
#endif
