/* Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144 */
/*
 * What bindings/node/weaveheap_napi_helpers.c needs to know of the IDL, and
 * nothing more: the glue's ABI version and IDL hash, the error struct and
 * codes, the functions that free what the core hands out, and the view
 * functions the helpers call themselves.
 */
#ifndef WEAVEHEAP_NAPI_GLUE_H
#define WEAVEHEAP_NAPI_GLUE_H

#include "weaveheap.h"

/* The IDL this glue was generated from; index.js compares it, and the core's
 * weaveheap_idl_hash(), with its own at load time. */
#define WH_GLUE_IDL_HASH "44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144"
#define WH_GLUE_ABI_VERSION 2

#if WEAVEHEAP_ABI_VERSION != WH_GLUE_ABI_VERSION
#error "generated/c/weaveheap.h and this glue come from IDLs of different ABI versions: regenerate"
#endif

typedef weaveheap_error wh_error;
typedef weaveheap_view wh_view;
typedef weaveheap_handle_t wh_handle;

#define WH_ERR_ARGUMENT WEAVEHEAP_ERR_INVALID_ARGUMENT
#define WH_ERR_MEMORY WEAVEHEAP_ERR_OUT_OF_MEMORY
/* Set (and not "0"): act as a runtime that refuses external buffers. */
#define WH_NO_EXTERNAL_ENV "WEAVEHEAP_NODE_NO_EXTERNAL_BUFFERS"
/* Set (and not "0"): make views with napi_create_external_arraybuffer even
 * where the V8 companion could (weaveheap_v8_views.h). */
#define WH_NAPI_VIEWS_ENV "WEAVEHEAP_NODE_NAPI_VIEWS"
/* How messages name the view's close(). */
#define WH_VIEW_RELEASE_PATH "View.prototype.close"

#define wh_error_clear weaveheap_error_clear
#define wh_strerror weaveheap_strerror
#define wh_free_bytes weaveheap_free_bytes
#define wh_free_text weaveheap_free_string
#define wh_borrow_release weaveheap_borrow_release
#define wh_borrow_shared weaveheap_borrow_shared
#define wh_kind_of weaveheap_handle_kind_of

#endif
