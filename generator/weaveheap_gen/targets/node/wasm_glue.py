"""The wasm glue (generated/wasm/weaveheap.mjs): JavaScript over the core
module built for wasm32, rendered by the Node.js target so that the two
JavaScript packages come from one place. What the glue needs beyond the
model: the JS names of the IDL functions inside the glue, how each struct is
read from and written to linear memory (layout.py), and the functions the
glue itself calls."""
from ... import layout, witmodel

JS_RESERVED = frozenset("""
    break case catch class const continue debugger default delete do else enum export extends false
    finally for function if import in instanceof let new null return static super switch this throw
    true try typeof var void while with yield await
""".split())


def camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(w[:1].upper() + w[1:] for w in rest)


def pascal(name: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in name.split("_"))


def js_ident(name: str) -> str:
    n = camel(name)
    return n + "_" if n in JS_RESERVED else n


# The glue's own names in the scope where it defines one JS function per IDL
# function: an IDL function must not take one.
JS_HELPERS = frozenset("""
    e memory malloc free mem alloc tmp endCall check cstr int64 hv released asBytes bytesIn stringIn
    cstrOrNull api View encoder decoder spilled top base lastLength u8 i32 dv ERR ERR_CODE_I
""".split())


def js_local(f) -> str:
    """The JS name of an IDL function inside the glue: module and function,
    camelCase (the namespace objects give it its short name)."""
    n = camel(f.name) if f.module.is_root else camel(f"{f.module.name}_{f.name}")
    if n in JS_HELPERS or n in JS_RESERVED:
        raise ValueError(f"'{f.qualified_name}' would be '{n}' in the wasm glue, a name the glue uses")
    return n


def _view_token_release(lib):
    """The function that ends a view: the release of the token kind returned
    with an `out view` parameter."""
    for f in lib.functions:
        if any(p.type.category == "view" for p in f.params):
            return f.result.type.decl.release
    return None


# How the glue reads and writes each kind of struct field at address `a` of
# the DataView `dv` (wasm32: pointers are u32).
JS_READ = {
    "u64": "int64(dv.getBigUint64({a}, true))", "i64": "int64(dv.getBigInt64({a}, true))",
    "u32": "dv.getUint32({a}, true)", "i32": "dv.getInt32({a}, true)", "ptr": "dv.getUint32({a}, true)",
    "u16": "dv.getUint16({a}, true)", "i16": "dv.getInt16({a}, true)",
    "u8": "dv.getUint8({a})", "i8": "dv.getInt8({a})", "bool": "dv.getUint8({a}) !== 0",
    "str": "cstrOrNull(dv.getUint32({a}, true))",
}
JS_WRITE = {
    "u64": "dv.setBigUint64({a}, BigInt.asUintN(64, BigInt({v})), true)",
    "i64": "dv.setBigInt64({a}, BigInt.asIntN(64, BigInt({v})), true)",
    "u32": "dv.setUint32({a}, Number({v}), true)", "i32": "dv.setInt32({a}, Number({v}), true)",
    "u16": "dv.setUint16({a}, Number({v}), true)", "i16": "dv.setInt16({a}, Number({v}), true)",
    "u8": "dv.setUint8({a}, Number({v}))", "i8": "dv.setInt8({a}, Number({v}))",
    "bool": "dv.setUint8({a}, {v} ? 1 : 0)",
}


def js_struct_io(st, layout) -> dict:
    """The JS expressions that read each field of a struct at `p`, and the
    statements that write them from `x` (None for structs that cannot come
    from JS: a pointer field has no JS value)."""
    reads = [(f["js"], JS_READ[f["how"]].format(a=f"p + {f['offset']}")) for f in layout["fields"]]
    writes = None
    if all(f["how"] in JS_WRITE for f in layout["fields"]):
        writes = [JS_WRITE[f["how"]].format(a=f"p + {f['offset']}", v=f"(x.{f['js']} ?? 0)")
                  for f in layout["fields"]]
    return {"reads": reads, "writes": writes}


def prepare(lib) -> dict:
    """The glue's template variables (top level, as its template expects)."""
    classes = {h.name: pascal(h.name) + "Handle" for h in lib.handles}
    methods = {}
    for h in lib.handles:
        ms = []
        for f in h.methods:
            if witmodel.skip_reason(f, lib):
                continue
            mname = camel(f.name) if f.module.name == h.name else camel(f"{f.module.name}_{f.name}")
            ms.append((mname, f, [js_ident(p.name) for p in f.params[1:] if p.ownership != "out"]))
        methods[h.name] = ms
    layouts = layout.layouts(lib)
    for ptr in layouts:
        for st in layouts[ptr].values():
            for f in st["fields"]:
                f["js"] = js_ident(f["name"])
    struct_io = {st.name: js_struct_io(st, layouts[4][st.name]) for st in lib.structs}
    # the glue reads the structs of out parameters and writes those passed in
    for st in lib.structs:
        struct_io[st.name]["read"] = struct_io[st.name]["write"] = False
    for f in lib.functions:
        if witmodel.skip_reason(f, lib):
            continue
        for p in f.params:
            if p.ownership == "out":
                struct_io[p.type.decl.name]["read"] = True
            elif p.type.category == "struct":
                if struct_io[p.type.decl.name]["writes"] is None:
                    raise ValueError(f"{f.qualified_name}: struct '{p.type.name}' has a pointer field: "
                                     f"the wasm glue cannot pass it from JS")
                struct_io[p.type.decl.name]["write"] = True
    public = [f for f in lib.functions if not witmodel.skip_reason(f, lib)]
    for f in public:
        js_local(f)                     # refuses a name the glue uses
    err_fields = {f["name"]: f["offset"] for f in layouts[4]["error"]["fields"]}

    def fn(module, name):
        f = lib.function(module, name)
        if f is None:
            raise ValueError(f"the wasm glue needs '{module}.{name}' in the IDL")
        return f.c_name

    string_args = any(p.type.category in ("str", "cstring") and p.ownership == "shared"
                      for f in public for p in f.params)
    return {
        "needs_string_args": string_args,
        "clear_fn": fn("error", "clear"),
        "strerror_fn": fn(lib.name, "strerror"),
        "camel": camel,
        "js_ident": js_ident,
        "js_classes": classes,
        "js_methods": methods,
        "layouts": layouts,
        "public_functions": public,
        "struct_io": struct_io,
        "js_local": js_local,
        "pascal": pascal,
        "abi_fn": fn(lib.name, "abi_version"),
        "hash_fn": fn(lib.name, "idl_hash"),
        "view_token_release": _view_token_release(lib),
        "err_code_offset": err_fields["code"],
        "err_message_offset": err_fields["message"],
        "js_modules": [m for m in lib.modules if not m.is_root and any(f in public for f in m.functions)],
        "js_root": next(m for m in lib.modules if m.is_root),
    }
