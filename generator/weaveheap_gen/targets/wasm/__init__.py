"""WebAssembly: what the core module and the component need beyond the C
core, all from the IDL.

  - wasm/weaveheap.mjs: ESM glue for Node and browsers over the core module
    (weaveheap.wasm, the C API exported as is): every IDL function as a JS
    function, handles as classes, strings and bytes through linear memory,
    views as Uint8Arrays over it, errors as WeaveHeapError.
  - wasm/component_exports.c: the canonical-ABI adapter that implements the
    WIT package (generated/wit/) over the C API, for `wasm-tools component
    new`. The WIT mapping is the `wit` target's witmodel, shared.
  - wasm/layout_check.c: static assertions that the C structs have, on
    wasm32 and wasm64, the layout the glue reads and writes.
"""
from ...model import c_type
from ... import witmodel

OUTPUTS = [
    ("wasm/glue.mjs.j2", "wasm/weaveheap.mjs"),
    ("wasm/component_exports.c.j2", "wasm/component_exports.c"),
    ("wasm/layout_check.c.j2", "wasm/layout_check.c"),
]

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


# -- C struct layouts (the C ABI of wasm32 and wasm64) ------------------------
C_SCALAR = {"u8": (1, "u8"), "u16": (2, "u16"), "u32": (4, "u32"), "u64": (8, "u64"),
            "i8": (1, "i8"), "i16": (2, "i16"), "i32": (4, "i32"), "i64": (8, "i64"), "bool": (1, "bool")}


def c_field_layout(t, ptr: int):
    """(size, align, how the glue reads it) of a struct field's C type."""
    c = t.category
    if c == "scalar":
        size, how = C_SCALAR[t.name]
        return size, size, how
    if c in ("str", "cstring"):
        return ptr, ptr, "str"
    if c == "ptr":
        return ptr, ptr, "ptr"
    if c == "enum":
        return 4, 4, "i32"
    raise ValueError(f"struct field of type '{t.name}' has no layout in the wasm glue")


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


def c_struct_layout(st, ptr: int) -> dict:
    offset, align, fields = 0, 1, []
    for f in st.fields:
        size, a, how = c_field_layout(f.type, ptr)
        offset = (offset + a - 1) // a * a
        fields.append({"name": f.name, "js": js_ident(f.name), "offset": offset, "how": how, "size": size})
        offset += size
        align = max(align, a)
    return {"size": (offset + align - 1) // align * align, "align": align, "fields": fields}


# -- the adapter: C spellings of canonical ABI values -------------------------
CABI_PRIM = {"bool": "uint8_t", "u8": "uint8_t", "s8": "int8_t", "u16": "uint16_t", "s16": "int16_t",
             "u32": "uint32_t", "s32": "int32_t", "u64": "uint64_t", "s64": "int64_t"}
FLAT_C = {"i32": "int32_t", "i64": "int64_t"}


def cabi_c_type(t: witmodel.WType) -> str:
    """The C type whose wasm32 layout is `t`'s canonical ABI layout."""
    k = t.kind
    if k == "prim":
        return CABI_PRIM[t.name]
    if k in ("string", "list"):
        return "wh_list"
    if k in ("own", "borrow"):
        return "int32_t"
    if k == "enum":
        return {1: "uint8_t", 2: "uint16_t", 4: "uint32_t"}[t.layout[0]]
    if k == "record":
        return f"wh_rec_{t.decl.name}"
    if k == "tuple":
        return "struct { " + " ".join(f"{cabi_c_type(x)} f{i};" for i, x in enumerate(t.items)) + " }"
    raise ValueError(f"no C spelling for a nested {k}")


def _flat_c_params(p: witmodel.WParam) -> list[tuple[str, str]]:
    """The C parameters of the export for one WIT parameter, matching its
    canonical ABI flattening."""
    n = "p_" + (p.idl.name if p.name != "self" else "self")
    p.c_name = n
    if p.role in ("list", "string"):
        out = [("uint8_t*", f"{n}_ptr"), ("size_t", f"{n}_len")]
    elif p.role == "handles":
        out = [("int32_t", f"{n}_case"), ("int32_t", f"{n}_rep")]
    elif p.role == "record":
        fields = p.type.items[0].decl.fields if p.type.kind == "option" else p.type.decl.fields
        out = [("int32_t", f"{n}_is_some")] if p.type.kind == "option" else []
        out += [(FLAT_C[f.type.flat[0]], f"{n}_{f.name}") for f in fields]
    elif p.role == "dst":
        out = [("int64_t", f"{n}_len")]
    else:
        out = [(FLAT_C[p.flat[0]], n)]
    got = ["i64" if t == "int64_t" else "i32" for t, _ in out]
    if got != p.flat:
        raise ValueError(f"{p.idl.name}: C parameters {got} do not flatten like {p.flat}")
    return out


def _c_call_args(role: str, x) -> list[str]:
    """The C expressions the adapter passes to the C API for one parameter."""
    if role == "out":
        return [f"&p_{x.idl.name}_out"]
    n = x.c_name
    return {
        "borrow": lambda: [f"wh_handle({n})"],
        "own": lambda: [f"{n}_cell->handle"],
        "value": lambda: [f"({x.idl.c_params[0].c_type}){n}"],
        "bool": lambda: [f"{n} != 0"],
        "enum": lambda: [f"wh_{x.type.decl.name}_value((uint32_t){n})"],
        "handles": lambda: [f"wh_handle({n}_rep)"],
        "list": lambda: [f"{n}_ptr", f"(uint64_t){n}_len"],
        "string": lambda: [f"{n}_str"],
        "record": lambda: [f"{n}_arg"],
        "dst": lambda: [n, f"{n}_n"],
    }[x.role]()


def _prepare_func(wf: witmodel.WFunc, lib) -> None:
    f = wf.f
    wf.c_id = f.name if f.module.is_root else f"{f.module.name}_{f.name}"
    wf.c_params = [cp for p in wf.all_params for cp in _flat_c_params(p)]
    by_param = {id(p.idl): p for p in wf.all_params}
    by_result = {id(r.idl): r for r in wf.results}
    # The C API's arguments, in order: how each is made from the WIT values.
    wf.c_args = []
    for p in f.params:
        if id(p) in by_param:
            wf.c_args.append(("param", by_param[id(p)]))
        elif id(p) in by_result:
            wf.c_args.append(("out", by_result[id(p)]))
        else:
            raise ValueError(f"{f.qualified_name}: parameter '{p.name}' has no WIT counterpart")
    wf.setup_can_fail = any(p.role in ("dst", "string") for p in wf.all_params)
    wf.c_call_args = []
    for role, x in wf.c_args:
        wf.c_call_args += _c_call_args(role, x)
    if f.result and f.result.type.category == "array":
        wf.c_call_args.append("&out_len")
    if f.fallible:
        wf.c_call_args.append("&wh_err")
    # Where each result goes.
    if wf.result is None:
        wf.ret_mode = "none"
    elif len(wf.flat_results) <= witmodel.MAX_FLAT_RESULTS:
        wf.ret_mode = "direct"
        wf.direct_c_type = FLAT_C[wf.flat_results[0]]
    else:
        wf.ret_mode = "area"
    ok_type = wf.result.items[0] if wf.result is not None and wf.result.kind == "result" else wf.result
    wf.ok_c_type = cabi_c_type(ok_type) if ok_type is not None else None
    base = "ret->v.ok" if wf.fallible else "(*ret)"
    for i, r in enumerate(wf.results):
        if wf.ret_mode == "direct":
            r.target = "ret"
        else:
            r.target = f"{base}.f{i}" if len(wf.results) > 1 else base
        if r.role in ("record", "view"):
            r.fields = [(fl, next(x for x in r.type.decl.idl.fields if x.name == fl.name))
                        for fl in r.type.decl.fields]
    if wf.result is not None:
        wf.ret_layout = wf.result.layout
    ret = f.result
    wf.c_result_type = ret.c_type if ret else None
    wf.releases_h = f.releases


def prepare(lib):
    pkg = witmodel.build(lib)
    for wf in pkg.functions:
        _prepare_func(wf, lib)
    # the JS side
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
    layouts = {ptr: {st.name: c_struct_layout(st, ptr) for st in lib.structs} for ptr in (4, 8)}
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

    oom = next((m for m in lib.errors.members if m.name == "out_of_memory"), None)
    if oom is None:
        raise ValueError("the wasm adapter needs an 'out_of_memory' error in the IDL")
    # helpers that only some IDLs need: generated when used, so that none is
    # left untested
    string_args = any(p.type.category in ("str", "cstring") and p.ownership == "shared"
                      for f in public for p in f.params)
    # enum conversions the adapter uses: C value -> case index for results and
    # the error code, index -> value for arguments
    to_index, to_value = {pkg.error_code.name}, set()
    for wf in pkg.functions:
        for p in wf.all_params:
            if p.role == "enum":
                to_value.add(p.type.decl.name)
            if p.role == "record":
                rec = p.type.items[0].decl if p.type.kind == "option" else p.type.decl
                to_value |= {fl.type.decl.name for fl in rec.fields if fl.type.kind == "enum"}
        for r in wf.results:
            if r.role == "enum":
                to_index.add(r.type.decl.name)
            if r.role in ("record", "view"):
                to_index |= {fl.type.decl.name for fl in r.type.decl.fields if fl.type.kind == "enum"}
    return {
        "pkg": pkg,
        "enum_to_index": to_index,
        "enum_to_value": to_value,
        "needs_string_args": string_args,
        "oom": oom,
        "clear_fn": fn("error", "clear"),
        "strerror_fn": fn(lib.name, "strerror"),
        "free_string_fn": fn(lib.name, "free_string"),
        "free_bytes_fn": fn(lib.name, "free_bytes"),
        "c_type": lambda t: c_type(t, lib),
        "cabi_c_type": cabi_c_type,
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
