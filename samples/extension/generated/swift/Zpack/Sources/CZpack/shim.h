/* Generated from samples/extension/zpack.wh by weaveheap_gen: do not edit. IDL sha256 a79f42f696d09eae4e0adf0c4e603e9a5ffe4d5838b0b8389db22b59b0cee278 */
/* zpack.h comes from the C include path, where pkg-config's Cflags put it. */
#ifndef ZPACK_SWIFT_SHIM_H
#define ZPACK_SWIFT_SHIM_H
#include <zpack.h>
#endif
