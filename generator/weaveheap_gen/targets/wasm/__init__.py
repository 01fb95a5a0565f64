"""The WebAssembly component: the canonical-ABI adapter that implements the
WIT package (generated/wit/) over the C API (wasm/component_exports.c, for
`wasm-tools component new`), and wasm/layout_check.c: static assertions that
the C structs have, on wasm32 and wasm64, the layout the JavaScript glue
(rendered by the node target) reads and writes. The WIT mapping is
witmodel's, shared with the `wit` target."""
from ... import layout, witmodel
from ...model import c_type

OUTPUTS = [
    ("wasm/component_exports.c.j2", "wasm/component_exports.c"),
    ("wasm/layout_check.c.j2", "wasm/layout_check.c"),
]


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

    def fn(module, name):
        f = lib.function(module, name)
        if f is None:
            raise ValueError(f"the wasm adapter needs '{module}.{name}' in the IDL")
        return f.c_name

    oom = next((m for m in lib.errors.members if m.name == "out_of_memory"), None)
    if oom is None:
        raise ValueError("the wasm adapter needs an 'out_of_memory' error in the IDL")
    public = [f for f in lib.functions if not witmodel.skip_reason(f, lib)]
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
        "layouts": layout.layouts(lib),
    }
