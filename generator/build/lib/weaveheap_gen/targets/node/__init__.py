"""The JavaScript packages: the Node.js package (an N-API module in C, a
CommonJS entry with an ESM wrapper) and the WebAssembly glue, both the same
JavaScript API (js_api.j2) over their backend, described by one index.d.ts;
and the generated tests that hold both to the API contract (docs/api.md) and
the misuse matrix.

prepare() reads the binding surface and spells through names.JavaScript:
jsapi.py (the layer, the types), napi.py (the N-API backend's C),
wasm_glue.py (the wasm backend), jstests.py (the generated tests)."""
from ... import names
from ... import surface as sf
from . import jsapi, jstests, napi, wasm_glue

OUTPUTS = [
    ("node/napi.c.j2", "node/weaveheap_napi.c"),
    ("node/napi_glue.h.j2", "node/weaveheap_napi_glue.h"),
    ("node/index.js.j2", "node/index.js"),
    ("node/index.mjs.j2", "node/index.mjs"),
    ("node/index.d.ts.j2", "node/index.d.ts"),
    ("node/wasm_glue.mjs.j2", "wasm/weaveheap.mjs"),
    ("node/wasm_glue.d.mts.j2", "wasm/weaveheap.d.mts"),
    ("node/contract.test.mjs.j2", "node/tests/contract.test.mjs"),
    ("node/contract.ts.j2", "node/tests/contract.ts"),
    ("node/misuse.test.mjs.j2", "node/tests/misuse_matrix.test.mjs"),
]


def prepare(lib) -> dict:
    s = sf.build(lib)
    js = jsapi.build(s)
    return {
        "js": js,
        "napi": napi.build(s, js),
        "wasm": wasm_glue.build(s, js),
        "tests": jstests.build(s, js),
        "quoted": names.quoted,
    }
