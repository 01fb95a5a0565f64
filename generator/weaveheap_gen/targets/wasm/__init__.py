"""The WebAssembly component: the canonical-ABI adapter that implements the
WIT package (generated/wit/) over the C API (wasm/component_exports.c, for
`wasm-tools component new`, with the hand-written runtime in
wasm/component/), its generated tests (component_tests/: the WIT column of
docs/api.md and the misuse matrix, component_tests.py), and
wasm/layout_check.c: static assertions that the C structs have, on wasm32 and
wasm64, the layout the JavaScript glue (rendered by the node target) reads
and writes. The WIT mapping is witmodel's, over the
binding surface, shared with the `wit` target.

Every conversion the adapter makes is decided here, from the surface's
shapes as witmodel maps them, as lines of C: the templates only lay them
out."""
from ... import layout, names, surface, witmodel
from . import component_tests
from ...diagnostics import IdlError
from ...model import c_type

OUTPUTS = [
    ("wasm/component_exports.c.j2", "wasm/component_exports.c"),
    ("wasm/layout_check.c.j2", "wasm/layout_check.c"),
    ("wasm/test_contract.py.j2", "component_tests/test_contract.py"),
    ("wasm/test_misuse.py.j2", "component_tests/test_misuse.py"),
]

# A 32-bit memory cannot hold an object of this many bytes, or more: an
# integer parameter whose constraint allows it is a size the adapter guards.
MEMORY_BYTES = 1 << 32

# -- C spellings of canonical ABI values ----------------------------------------
CABI_PRIM = {"bool": "uint8_t", "u8": "uint8_t", "s8": "int8_t", "u16": "uint16_t", "s16": "int16_t",
             "u32": "uint32_t", "s32": "int32_t", "u64": "uint64_t", "s64": "int64_t",
             "f64": "double"}
FLAT_C = {"i32": "int32_t", "i64": "int64_t", "f64": "double"}


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
    raise AssertionError(f"no C spelling for a nested {k}")    # witmodel makes none


class _Adapter:
    """The C of one WIT function: its parameters, the lines that lift them,
    the call, the lines after it, those that lower the results, and what the
    post-return function frees."""

    def __init__(self, wf: witmodel.WFunc, lib, enums):
        self.wf, self.lib, self.enums = wf, lib, enums
        self.params: list[tuple[str, str]] = []       # (C type, name) of the export
        self.setup: list[str] = []                     # lift the arguments
        self.guards: list[str] = []                    # the call is made only when all hold
        self.after: list[str] = []                     # free the arguments, close what was consumed
        self.lower: list[str] = []                     # on success: the results
        self.on_error: list[str] = []                  # on failure, before the error is lowered
        self.post: list[str] = []                      # the post-return function: what the host copied
        self.can_fail_before = False                   # the adapter may refuse before the call

    # names
    @staticmethod
    def c_name(p: witmodel.WParam) -> str:
        return "p_self" if p.name == "self" else "p_" + p.idl.name

    def enum_value(self, decl, expr: str) -> str:
        self.enums["to_value"].add(decl.name)
        return f"wh_{decl.name}_value((uint32_t){expr})"

    def enum_index(self, decl, expr: str) -> str:
        self.enums["to_index"].add(decl.name)
        return f"wh_{decl.name}_index({expr})"

    # parameters
    def lift(self, p: witmodel.WParam) -> list[str]:
        """Declares the export's C parameters for `p` and the lines that make
        it a C API argument; returns the C API arguments."""
        n = self.c_name(p)
        role = p.role
        if role in ("list", "string"):
            self.params += [("uint8_t*", f"{n}_ptr"), ("size_t", f"{n}_len")]
            self.after.append(f"wh_free_arg({n}_ptr, {n}_len);")
            if role == "list":
                return [f"{n}_ptr", f"(uint64_t){n}_len"]
            self.setup.append(f"char* {n}_str = wh_cstr({n}_ptr, {n}_len);")
            self.after.insert(len(self.after) - 1, f"free({n}_str);")
            self.can_fail_before = True
            return [f"{n}_str"] + ([f"(uint64_t){n}_len"] if len(p.idl.c_params) == 2 else [])
        if role == "handles":
            self.params += [("int32_t", f"{n}_case"), ("int32_t", f"{n}_rep")]
            self.setup.append(f"(void){n}_case; /* the rep names the object, whose kind the core checks */")
            if p.consumed:
                self.after.append(f"if (!wh_err.code) wh_close({n}_rep);")
            return [f"wh_handle({n}_rep)"]
        if role == "borrow":
            self.params.append(("int32_t", n))
            if p.consumed:
                self.after.append(f"if (!wh_err.code) wh_close({n}); /* consumed: closed */")
            return [f"wh_handle({n})"]
        if role == "record":
            return [self.lift_record(p, n)]
        if role == "dst":
            self.params.append(("int64_t", f"{n}_len"))
            self.setup.append(f"uint8_t* {n} = wh_dst((uint64_t){n}_len);")
            self.on_error.append(f"wh_free_arg({n}, (size_t){n}_len);")
            self.can_fail_before = True
            return [n, f"(uint64_t){n}_len"]
        self.params.append((FLAT_C[p.flat[0]], n))
        if role == "bool":
            return [f"{n} != 0"]
        if role == "enum":
            return [self.enum_value(p.type.decl, n)]
        mx = p.idl.maximum
        if mx is not None and mx.value >= MEMORY_BYTES:
            limit = mx.const.c_name if mx.const is not None else f"UINT64_C({mx.value})"
            self.setup.append(f'wh_check_size("{p.idl.name}", (uint64_t){n}, {limit});')
            self.can_fail_before = True
        return [f"({p.idl.c_params[0].c_type}){n}"]

    def lift_record(self, p: witmodel.WParam, n: str) -> str:
        optional = p.type.kind == "option"
        rec = p.type.items[0].decl if optional else p.type.decl
        st = p.idl.type.decl
        if optional:
            self.params.append(("int32_t", f"{n}_is_some"))
        self.setup.append(f"{st.c_name} {n}_value = {{0}};")
        self.setup.append(f"{p.idl.c_params[0].c_type} {n}_arg = {'NULL' if optional else f'&{n}_value'};")
        fields = []
        for fl in rec.fields:
            self.params.append((FLAT_C[fl.type.flat[0]], f"{n}_{fl.name}"))
            t, x = fl.idl.type, f"{n}_{fl.name}"
            if t.category == "enum":
                fields.append(f"{n}_value.{fl.name} = {self.enum_value(t.decl, x)};")
            elif t.name == "bool":
                fields.append(f"{n}_value.{fl.name} = {x} != 0;")
            else:
                fields.append(f"{n}_value.{fl.name} = ({c_type(t, self.lib)}){x};")
        if optional:
            self.setup.append(f"if ({n}_is_some) {{")
            self.setup += ["    " + x for x in fields] + [f"    {n}_arg = &{n}_value;", "}"]
        else:
            self.setup += fields
        return f"{n}_arg"

    # results
    def target(self, i: int) -> str:
        wf = self.wf
        if self.ret_mode == "direct":
            return "ret"
        base = "ret->v.ok" if wf.fallible else "(*ret)"
        return f"{base}.f{i}" if len(wf.results) > 1 else base

    def lower_result(self, r: witmodel.WResult, T: str):
        role = r.role
        if role in ("value", "bool", "enum"):
            ct = self.direct_c_type if self.ret_mode == "direct" else cabi_c_type(r.type)
            if role == "enum":
                expr = self.enum_index(r.type.decl, "result")
            else:
                expr = "result ? 1 : 0" if role == "bool" else "result"
            self.lower.append(f"{T} = ({ct})({expr});")
        elif role in ("static-string", "owned-string"):
            self.lower += [f"{T}.ptr = (uint8_t*)result;", f"{T}.len = strlen(result);"]
            if role == "owned-string":
                self.post.append(f"{self.s.free_text.fn.c_name}((char*){T}.ptr);")
        elif role == "owned-list":
            self.lower += [f"{T}.ptr = result;", f"{T}.len = (size_t)out_len;"]
            self.post.append(f"{self.s.free_bytes.fn.c_name}({T}.ptr, {T}.len);")
        elif role == "dst":
            n = "p_" + r.idl.name
            self.lower += [f"{T}.ptr = {n};", f"{T}.len = (size_t){n}_len;"]
            self.post.append(f"wh_free_arg({T}.ptr, {T}.len);")
        elif role in ("record", "view"):
            out = f"out_{r.idl.name}"
            for fl in r.type.decl.fields:
                t, x = fl.idl.type, f"{out}.{fl.name}"
                if t.category == "ptr":
                    expr = f"(uint64_t)(uintptr_t){x}"
                elif t.category == "enum":
                    expr = f"({cabi_c_type(fl.type)}){self.enum_index(t.decl, x)}"
                elif t.name == "bool":
                    expr = f"{x} ? 1 : 0"
                else:
                    expr = x
                self.lower.append(f"{T}.{fl.name} = {expr};")
        else:
            raise AssertionError(f"no lowering for a '{role}' result")    # witmodel makes none

    def lower_own(self, r: witmodel.WResult, T: str, i: int):
        """A new resource: a cell for the handle, then the host's index; without
        a cell the handle (a view's borrow too) is given back and the call
        fails with out_of_memory."""
        res = r.type.decl
        self.lower += [
            f"int32_t rep{i} = wh_cell_new(result);",
            f"if (!rep{i}) {{",
            f"    wh_{res.name}_release(result);",
            f'    wh_fail({self.oom}, "no memory for the cell of a new {res.wit_name}");',
            "} else {",
            f"    {T} = wh_{res.name}_new(rep{i});",
            "}",
        ]

    def build(self, s, oom: str):
        wf, f = self.wf, self.wf.f
        self.s, self.oom = s, oom
        by_param = {id(p.idl): p for p in wf.all_params}
        by_out = {id(r.idl): r for r in wf.results if r.role in ("record", "view")}
        args, decls = [], []
        for p in f.params:
            if id(p) in by_param:
                args += self.lift(by_param[id(p)])
            elif id(p) in by_out:
                decls.append(f"{p.type.decl.c_name} out_{p.name} = {{0}};")
                args.append(f"&out_{p.name}")
            else:
                raise IdlError(p.pos, f"WIT adapter: {f.qualified_name}: parameter '{p.name}' has no WIT counterpart")
        if f.result and f.result.type.category == "array":
            decls.append("uint64_t out_len = 0;")
            args.append("&out_len")
        if f.fallible:
            args.append("&wh_err")
        self.setup += decls
        if f.result:
            self.setup.append(f"{f.result.c_type} result = 0;")
        if self.can_fail_before:
            self.guards.append("!wh_err.code")
        if wf.closes:
            self.guards.append("!wh_closed(p_self) /* a second close is a no-op */")
        call = f"{f.c_name}({', '.join(args)});"
        self.call = f"result = {call}" if f.result else call

        # where the results go
        if wf.result is None:
            self.ret_mode = "none"
        elif len(wf.flat_results) <= witmodel.MAX_FLAT_RESULTS:
            self.ret_mode = "direct"
            self.direct_c_type = FLAT_C[wf.flat_results[0]]
        else:
            self.ret_mode = "area"
        ok_type = wf.result.items[0] if wf.result is not None and wf.result.kind == "result" else wf.result
        self.ok_c_type = cabi_c_type(ok_type) if ok_type is not None else None
        self.ret_layout = wf.result.layout if wf.result is not None else None
        own = []
        for i, r in enumerate(wf.results):
            if r.role == "own":
                own.append((r, self.target(i), i))
            else:
                self.lower_result(r, self.target(i))
        for r, T, i in own:          # last: a failed cell must leave nothing to undo
            self.lower_own(r, T, i)
        if not wf.fallible and (self.can_fail_before or own):
            self.on_error.append("__builtin_trap(); /* the WIT function cannot fail: no way to say it */")
        self.post_if = "!ret->is_err" if wf.fallible else ""


def _resource_release(r: witmodel.Resource, s) -> list[str]:
    """The lines that release what a resource's handle `h` names (its
    class's close), a refusal ignored (the core counts it)."""
    fn = r.release.fn
    if not fn.fallible:
        return [f"{fn.c_name}(h);"]
    return [f"{s.error_struct.c_name} e = {{0, NULL}};", f"{fn.c_name}(h, &e);",
            f"{s.error_clear.fn.c_name}(&e);"]


def prepare(lib):
    s = surface.build(lib)
    pkg = witmodel.build(s)
    oom = s.glue_error("no_memory").member.c_name
    # enum conversions the adapter uses: C value -> case index for results and
    # the error code, index -> value for arguments
    enums = {"to_index": {pkg.error_code.name}, "to_value": set()}
    for wf in pkg.functions:
        wf.adapter = _Adapter(wf, lib, enums)
        wf.adapter.build(s, oom)
        wf.c_id = names.unprefixed(wf.f.c_name, lib.name)
    for r in pkg.resources:
        r.release_lines = _resource_release(r, s)
    return {
        **component_tests.prepare(s, pkg),
        "pkg": pkg,
        "enum_to_index": enums["to_index"],
        "enum_to_value": enums["to_value"],
        "error_code_c_type": cabi_c_type(witmodel.WType("enum", decl=pkg.error_code)),
        "cabi_c_type": cabi_c_type,
        "layouts": layout.layouts(lib),
    }
