/* weaveheap_v8views_node<major>.so: views' ArrayBuffers that V8 does not
 * count as external memory, for weaveheap.node (weaveheap_v8_views.h).
 *
 * Why: napi_create_external_arraybuffer gives V8 a backing store with a
 * deleter, and V8 counts every such buffer's length as external memory the
 * heap owns (BackingStore::PerIsolateAccountingLength). A view of a 256 MiB
 * object raises that count by 256 MiB at once; V8 answers any rise of more
 * than 64 MiB over the lowest count since its last full collection with a
 * full mark-compact, and the count falls back when the view is closed, so
 * every view of an object of 64 MiB or more costs a full collection (~100x a
 * small view). napi_adjust_external_memory cannot help: it moves the same
 * count, and lowering it first only lowers the limit with it. A view owns
 * none of that memory (the core does; collecting the view frees nothing),
 * and V8 has the exact word for that: a backing store with
 * v8::BackingStore::EmptyDeleter is not counted. N-API has no way to ask for
 * one, so this file uses V8's C++ API.
 *
 * What it costs: V8's C++ API has no stable ABI. This file is compiled
 * against one Node.js's headers and is valid for that NODE_MODULE_VERSION
 * only (one Node.js major), with the same C++ standard library (std::shared_ptr
 * crosses the boundary); napi_value is taken to be a v8::Local's slot, which
 * is how Node.js implements N-API but not something N-API promises. So it is
 * a separate, optional file: weaveheap.node itself stays N-API only and loads
 * on every Node.js N-API 8 supports, and uses this file only where it was
 * built for the Node.js running (weaveheap_napi_helpers.c, load_v8_views).
 * Runtimes whose V8 keeps buffers in a memory cage (Electron's sandbox) have
 * their own NODE_MODULE_VERSION, so they never load it. */
#include <node_buffer.h>
#include <node_version.h>
#include <v8.h>

#include <memory>

extern "C" {
#include "weaveheap_v8_views.h"
}

namespace {

static_assert(sizeof(napi_value) == sizeof(v8::Local<v8::Value>), "napi_value is a v8::Local's slot");

napi_status lend(napi_env env, void* data, size_t length, napi_value* result) {
    (void)env;
    if (length > node::Buffer::kMaxLength) return napi_invalid_arg;
    v8::Isolate* isolate = v8::Isolate::GetCurrent();
    if (isolate == nullptr) return napi_generic_failure;
    std::unique_ptr<v8::BackingStore> store =
        v8::ArrayBuffer::NewBackingStore(data, length, v8::BackingStore::EmptyDeleter, nullptr);
    v8::Local<v8::Value> buffer = v8::ArrayBuffer::New(isolate, std::move(store));
    /* N-API's own conversion (Node.js's JsValueFromV8LocalValue): the
     * handle lives in the HandleScope of the N-API call in progress. */
    *result = reinterpret_cast<napi_value>(*buffer);
    return napi_ok;
}

}  // namespace

extern "C" __attribute__((visibility("default"))) const weaveheap_v8_views weaveheap_v8_views_v1 = {
    sizeof(weaveheap_v8_views),
    NODE_MODULE_VERSION,
    node::Buffer::kMaxLength,
    lend,
};
