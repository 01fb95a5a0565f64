/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 7829535500a4a4755de0d23b52b54445de60ab0ed1c24bbc2cf3f4583686767c */
/* weaveheap.h comes from the C include path (-Xcc -I<generated/c> or an
 * installed prefix), so that the Swift package and the core always agree. */
#ifndef WEAVEHEAP_SWIFT_SHIM_H
#define WEAVEHEAP_SWIFT_SHIM_H
#include <weaveheap.h>
#endif
