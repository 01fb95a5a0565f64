/* The interface between the N-API module (weaveheap.node) and its optional
 * companion weaveheap_v8views_node<major>.so, which makes views' ArrayBuffers
 * with V8's own C++ API (weaveheap_v8_views.cc says why and what it costs).
 *
 * The module looks for the companion next to itself when an environment
 * starts, loads it with dlopen (RTLD_NOW: a Node.js without one of the V8
 * symbols it uses refuses it, and nothing is called), and uses it only when
 * the running Node.js has the NODE_MODULE_VERSION it was compiled for (the
 * V8/Node C++ ABI); otherwise views are napi_create_external_arraybuffer's,
 * as always. Plain C: both sides include it. */
#ifndef WEAVEHEAP_V8_VIEWS_H
#define WEAVEHEAP_V8_VIEWS_H

#ifndef NAPI_VERSION
#define NAPI_VERSION 8
#endif
#include <node_api.h>

#include <stddef.h>
#include <stdint.h>

/* The symbol the companion exports, and its file, by the Node.js major it
 * was built for: "weaveheap_v8views_node20.so". */
#define WEAVEHEAP_V8_VIEWS_SYMBOL "weaveheap_v8_views_v1"
#define WEAVEHEAP_V8_VIEWS_FILE "weaveheap_v8views_node%u.so"

typedef struct weaveheap_v8_views {
    uint32_t size;            /* sizeof (weaveheap_v8_views): fields are only ever added at the end */
    uint32_t module_version;  /* the NODE_MODULE_VERSION it was compiled for */
    size_t max_length;        /* the longest ArrayBuffer it makes (node::Buffer::kMaxLength, as N-API's) */
    /* An ArrayBuffer over [data, data + length) that V8 does not count as
     * external memory: the memory is lent (the core's, under a borrow), so
     * collecting the ArrayBuffer frees none of it. It has no finalizer: the
     * caller adds one (napi_add_finalizer) and detaches it before the memory
     * may be freed. Called from a JavaScript call of `env`'s thread. */
    napi_status (*lend)(napi_env env, void* data, size_t length, napi_value* result);
} weaveheap_v8_views;

#endif
