/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 5d174764c93e802a671510be464c998ea14e298321ce101e6d4642dd204ae639 */
/* weaveheap.h comes from the C include path, where pkg-config's Cflags put it
 * (the C SDK's include/), so that the Swift package and the core always agree. */
#ifndef WEAVEHEAP_SWIFT_SHIM_H
#define WEAVEHEAP_SWIFT_SHIM_H
#include <weaveheap.h>
#endif
