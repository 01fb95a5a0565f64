"""An extension for WebAssembly (docs/extensions.md, "From WebAssembly"): the
extension's entry points are linked into the same wasm module as the core
(one core: the module exports the core's C API and the extension's), and
this target writes the ES module glue over them, `wasm/<lib>.mjs`. Its
`bind(wh)` takes the API the base glue (generated/wasm/<core>.mjs) made of
that module's instance and returns the extension's API over the same
instance: functions that take the base glue's objects, the extension's
kinds as classes with the base's lifetime idioms (close(), Symbol.dispose),
errors thrown as the base's classes and the extension's own under its
WeaveHeapError.

Everything is derived where the Node.js extension target derives it (the
boundary, the surface's names, its argument checks: node_ext.prepare); this
target only adds how a wasm export is called: 64-bit values as BigInts, the
error struct at the wasm32 offsets layout.py computes. Renders nothing for a
library that is not an extension."""
from ... import layout
from ..node_ext import prepare as node_prepare

PTR = 4   # wasm32


def outputs(lib):
    if not lib.is_extension:
        return []
    return [("wasm_ext/ext.mjs.j2", f"wasm/{lib.name}.mjs")]


def _result(f) -> str:
    """How the JavaScript value of a wasm export's result is made (`r` is what
    the export returned), as the Node.js extension's N-API module makes it:
    handles and u64 as BigInts, the rest as numbers."""
    r = f.result
    if r is None or f.releases is not None:
        return "undefined"
    t = r.type
    if t.category in ("handle", "anyhandle") or t.name == "u64":
        return "BigInt.asUintN(64, r)"
    if t.name == "bool":
        return "r !== 0"
    if t.name in ("u8", "u16", "u32"):
        return "r >>> 0"
    if t.name in ("i8", "i16", "i32"):
        return "r"
    if t.name == "i64":
        return "Number(r)"
    raise ValueError(f"the wasm extension target cannot return a '{t.name}' yet")


def prepare(lib):
    if not lib.is_extension:
        return {}
    ctx = node_prepare(lib)
    core = lib.root
    err = layout.c_struct_layout(core.error_struct, PTR)
    offsets = {f["name"]: f["offset"] for f in err["fields"]}
    for pf in ctx["js_functions"]:
        pf.wasm_result = _result(pf.b.fn)
    exports = [ctx["b"].init_name] + [pf.b.fn.c_name for pf in ctx["js_functions"]]
    ctx["wasm"] = {
        "exports": exports,
        "api_table": core.api_table.c_name,
        "error_clear": core.error_clear.c_name,
        "strerror": core.function(core.name, "strerror").c_name,
        "err_size": err["size"], "err_code": offsets["code"], "err_message": offsets["message"],
    }
    return ctx
