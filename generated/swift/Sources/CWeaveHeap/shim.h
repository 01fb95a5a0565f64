/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 3f371c110f079011c8646ac8055604ac7cdcb1dcb18e50c2793e3867f1a05039 */
/* weaveheap.h comes from the C include path, where pkg-config's Cflags put it
 * (the C SDK's include/), so that the Swift package and the core always agree. */
#ifndef WEAVEHEAP_SWIFT_SHIM_H
#define WEAVEHEAP_SWIFT_SHIM_H
#include <weaveheap.h>
#endif
