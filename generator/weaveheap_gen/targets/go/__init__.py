"""The Go (cgo) package: generated/go/weaveheap/ (go.mod and weaveheap.go).

Every name a Go user sees is derived here from the model, never in a
template: a type per handle kind with Close() from `Handle.release`, methods
from `Function.receiver`, factories (`New<Kind>`) from `Function.constructs`,
views from functions with an `out view(...)` parameter, one error type per
error code named by ../../exceptions.py, docs from the IDL. The cgo
conversions of each parameter and result are computed here too, so the
templates only lay them out."""
import textwrap
from dataclasses import dataclass, field
from typing import Optional

from ... import contract, exceptions

OUTPUTS = [
    ("go/go.mod.j2", "go/weaveheap/go.mod"),
    ("go/weaveheap.go.j2", "go/weaveheap/weaveheap.go"),
]

# Go's spelling of the IDL scalars.
GO_SCALARS = {"u8": "uint8", "u16": "uint16", "u32": "uint32", "u64": "uint64",
              "i8": "int8", "i16": "int16", "i32": "int32", "i64": "int64", "bool": "bool"}
# Go keywords and predeclared names a parameter must not shadow.
GO_RESERVED = {"string", "bytes", "type", "func", "range", "map", "chan", "var", "len", "cap",
               "copy", "append", "close", "new", "make", "error", "default", "select", "go"}
# Initialisms Go style writes in capitals.
INITIALISMS = {"abi": "ABI", "idl": "IDL", "utf8": "UTF8", "id": "ID"}


def pascal(name: str) -> str:
    return "".join(INITIALISMS.get(p, p.capitalize()) for p in name.split("_"))


def paragraph(doc: str) -> str:
    return " ".join(line.strip() for line in doc.split("\n") if line.strip())


def comment(text: str, indent: str = "") -> list[str]:
    """`text` as Go `//` lines (paragraphs separated by blank `//`)."""
    out = []
    for i, para in enumerate(text.split("\n\n")):
        if i:
            out.append(indent + "//")
        out += [indent + "// " + line for line in textwrap.wrap(para, 76 - len(indent))]
    return out


def go_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass
class GoError:
    name: str
    code_const: str
    parent: Optional[str]     # Go error type it unwraps to (None: the base)
    doc: list[str]


@dataclass
class GoFunc:
    function: object
    name: str
    receiver: Optional[str]    # Go type of the receiver, or None
    recv_var: str
    params: str                # the Go parameter list
    returns: str               # "(T, error)", "error", "T", ""
    prelude: list[str]
    call: str                  # the C call expression
    result: str                # how to finish: none | value | handle | cstring | bytes | out
    result_expr: str = ""      # Go expression of the value from `r`
    out_type: str = ""
    fallible: bool = False
    doc: list[str] = field(default_factory=list)
    zero: str = ""             # the zero of the first result when failing
    shim: Optional[dict] = None  # the C shim called instead of the function
    r: str = "r"               # the Go expression of the C result


@dataclass
class GoClass:
    handle: object
    name: str
    c_type: str
    doc: list[str]
    memory: bool
    close: Optional[GoFunc] = None
    methods: list[GoFunc] = field(default_factory=list)


@dataclass
class GoStruct:
    struct: object
    name: str
    c_name: str
    doc: list[str]
    fields: list[tuple]        # (Go name, Go type, C field, doc lines, padded "c_field:", padded "GoName:")
    to_c: bool                 # the caller fills it (needs a Go -> C conversion)


def _has(items, obj) -> bool:
    return any(i is obj for i in items)


def build(lib):
    prefix = lib.name
    err_classes = exceptions.error_classes(lib)
    base = exceptions.base_name(lib)
    errors_by_code = {c.member.value: c.name for c in err_classes}
    errors = [GoError(c.name, "Code" + pascal(c.member.name), c.parent.name if c.parent else None,
                      comment(f"{c.name} is the error for code {c.member.name} ({c.member.value}): "
                              f"{paragraph(c.member.doc)}"))
              for c in err_classes]
    codes = [("Code" + pascal(m.name), m.value, comment(paragraph(m.doc), "\t")) for m in lib.errors.members]
    kinds = [("HandleKind" + pascal(m.name), m.value, comment(paragraph(m.doc), "\t"))
             for m in lib.handle_kind.members]

    error_struct, clear = lib.error_struct, lib.error_clear
    hidden = [lib.free_string, lib.free_bytes, clear]
    views = lib.views
    view_fns, view_shared, token = views.functions, views.shared, views.token
    view_release, view_struct = views.release, views.struct
    memory_set = view_shared.receiver.type.decl

    structs = []
    for st in lib.structs:
        if st is error_struct or st is view_struct:
            continue
        uses = [p for f in lib.functions for p in f.params if p.type.decl is st]
        # (Go name, Go type, C field, doc, "c_field:" and "GoName:" padded as gofmt aligns them)
        cw = max(len(fl.name) for fl in st.fields) + 1
        gw = max(len(pascal(fl.name)) for fl in st.fields) + 1
        fields = [(pascal(fl.name), GO_SCALARS[fl.type.name], fl.name, comment(paragraph(fl.doc), "\t"),
                   (fl.name + ":").ljust(cw), (pascal(fl.name) + ":").ljust(gw))
                  for fl in st.fields]
        structs.append(GoStruct(st, pascal(st.name), st.c_name, comment(f"{pascal(st.name)}: {paragraph(st.doc)}"),
                                fields, not all(p.is_out for p in uses)))
    struct_by = {id(s.struct): s for s in structs}

    classes = {h.name: GoClass(h, pascal(h.name), h.c_name, comment(f"{pascal(h.name)}: {paragraph(h.doc)}"),
                               _has(memory_set.kinds, h))
               for h in lib.handles if h is not token}

    def doc_of(f, name, extra=""):
        text = f"{name}: {paragraph(f.doc)}"
        if extra:
            text += "\n\n" + extra
        if f.errors:
            text += "\n\nFails with " + ", ".join(errors_by_code[m.value] for m in f.errors) + \
                    "; a failed call changes nothing."
        text += "\n\nThreads: " + contract.threads_text(f)
        return comment(text)

    shims, shim_by_name = [], {}

    def shim_of(f):
        """A C shim for `f` (static, in the cgo preamble) returning its result,
        its `out` parameters and its error in one struct by value: Go then
        passes no pointer to its own memory for them, so nothing escapes to
        the heap on the call (cgo moves every pointer argument there)."""
        outs = [p for p in f.params if p.is_out]
        if not f.fallible and not outs:
            return None
        if f.c_name in shim_by_name:          # a method of several kinds: one shim
            return shim_by_name[f.c_name]
        members = []
        if f.result:
            members.append((f.c_return, "r"))
        members += [(p.type.decl.c_name, p.name) for p in outs]
        if f.result:
            members += [(c.c_type.rstrip("*"), c.name) for c in f.result.c_out_params]
        if f.fallible:
            members.append((f"{prefix}_error", "e"))
        params, inner = [], []
        for p in f.params:
            if p.is_out:
                inner.append(f"&res.{p.name}")
            else:
                params += [f"{c.c_type} {c.name}" for c in p.c_params]
                inner += [c.name for c in p.c_params]
        if f.result:
            inner += [f"&res.{c.name}" for c in f.result.c_out_params]
        if f.fallible:
            inner.append("&res.e")
        name = f"{prefix}__go_{f.c_name[len(prefix) + 1:]}"
        shim = {"name": name, "result": f"{name}_result", "members": members,
                "params": ", ".join(params) or "void",
                "call": ("res.r = " if f.result else "") + f"{f.c_name}({', '.join(inner)});"}
        shims.append(shim)
        shim_by_name[f.c_name] = shim
        return shim

    def convert(f, skip_receiver):
        """Go parameters, prelude lines and C arguments of `f` (or of its shim)."""
        params, prelude, args = [], [], []
        for i, p in enumerate(f.params):
            t = p.type
            var = pascal(p.name)
            var = var[0].lower() + var[1:]
            if var in GO_RESERVED:
                var += "_"
            if p.is_out:
                continue
            if i == 0 and skip_receiver:
                args.append(f"C.{prefix}_handle_t(recv.Handle())")
                continue
            if t.category == "scalar":
                params.append(f"{var} {GO_SCALARS[t.name]}")
                args.append(f"C.{'bool' if t.name == 'bool' else SCALAR_C[t.name]}({var})")
            elif t.category == "array":
                params.append(f"{var} []byte")
                args += [f"(*C.uint8_t)(bytesPtr({var}))", f"C.uint64_t(len({var}))"]
            elif t.category == "anyhandle":
                params.append(f"{var} Handle")
                args.append(f"C.{prefix}_handle_t({var})")
            elif t.category == "struct":
                gs = struct_by[id(t.decl)]
                params.append(f"{var} *{gs.name}")
                prelude += [f"var {var}C *C.{t.decl.c_name}",
                            f"if {var} != nil {{", f"\tc := {var}.toC()", f"\t{var}C = &c", "}"]
                args.append(f"{var}C")
            else:
                raise ValueError(f"go target: no conversion for {f.qualified_name}.{p.name}")
        return ", ".join(params), prelude, args

    def make(f, name, receiver, doc_name):
        params, prelude, args = convert(f, receiver is not None)
        shim = shim_of(f)
        r = "res.r" if shim else "r"
        call = f"C.{shim['name'] if shim else f.c_name}({', '.join(args)})"
        result, expr, out_type, zero = "none", "", "", ""
        outs = [p for p in f.params if p.is_out and p.type.category == "struct"]
        if outs:
            gs = struct_by[id(outs[0].type.decl)]
            result, out_type, zero = "out", "*" + gs.name, "nil"
            expr = f"{gs.name[0].lower() + gs.name[1:]}FromC(&res.{outs[0].name})"
        elif f.result:
            t = f.result.type
            if f.constructs is not None and f.constructs.name in classes:
                cls = classes[f.constructs.name]
                result, out_type, expr, zero = "handle", "*" + cls.name, f"&{cls.name}{{h: uint64({r})}}", "nil"
            elif t.category == "cstring":
                result, out_type, zero = "cstring", "string", '""'
            elif t.category == "array":
                result, out_type, zero = "bytes", "[]byte", "nil"
            elif t.category == "str":
                result, out_type, expr, zero = "value", "string", f"C.GoString({r})", '""'
            elif t.category == "enum":
                result, out_type, expr, zero = "value", pascal(t.name), f"{pascal(t.name)}({r})", "0"
            else:
                result, out_type, expr, zero = "value", GO_SCALARS[t.name], f"{GO_SCALARS[t.name]}({r})", \
                    "false" if t.name == "bool" else "0"
        if out_type and f.fallible:
            returns = f"({out_type}, error)"
        elif out_type:
            returns = out_type
        else:
            returns = "error" if f.fallible else ""
        fn = GoFunc(f, name, receiver, "recv", params, returns, prelude, call, result, expr, out_type,
                    f.fallible, doc_of(f, doc_name), zero)
        fn.shim = shim
        fn.r = r
        return fn

    functions, views = [], []
    for f in lib.functions:
        if _has(hidden, f) or f is view_release:
            continue
        if _has(view_fns, f):
            views.append(f)
            continue
        if f.releases is not None and f.releases.name in classes:
            cls = classes[f.releases.name]
            cls.close = make(f, "Close", cls.name, "Close")
            continue
        if f.receiver is None:
            if f.constructs is not None and f.constructs.name in classes:
                name = "New" + classes[f.constructs.name].name
            else:
                name = pascal(f.name) if f.module.is_root else pascal(f.module.name + "_" + f.name)
            functions.append(make(f, name, None, name))
            continue
        for k in f.receiver.type.kinds:
            if k.name not in classes:
                continue
            if f.constructs is not None and f.constructs.name in classes:
                name = "New" + classes[f.constructs.name].name
            else:
                name = pascal(f.name)
            classes[k.name].methods.append(make(f, name, classes[k.name].name, name))

    view_methods = []
    for f in views:
        name = pascal(f.module.name + "_" + f.name)
        view_param = next(p for p in f.params if p.type.category == "view")
        view_methods.append((name, shim_of(f)["name"], view_param.name,
                             doc_of(f, name, "The View's Data is a slice over the core's memory "
                                             "(no copy); call View.Release when done.")))
    release_shim = shim_of(view_release)
    return {
        "base_error": base,
        "base_error_doc": comment(f"{base} is the base of every error the library reports: "
                                  f"{paragraph(lib.errors.doc)}"),
        "errors": errors,
        "codes": codes,
        "kinds": kinds,
        "structs": structs,
        "classes": list(classes.values()),
        "memory_classes": [c for c in classes.values() if c.memory],
        "memory_name": pascal(memory_set.name),
        "memory_doc": comment(f"{pascal(memory_set.name)}: {paragraph(memory_set.doc)}"),
        "functions": functions,
        "view_methods": view_methods,
        "view_release": view_release,
        "release_shim": release_shim,
        "shims": shims,
        "view_struct": view_struct,
        "view_doc": comment(f"View: {paragraph(view_struct.doc)} Data is a Go slice over the core's "
                            f"memory; it must not be used after Release."),
        "error_struct": error_struct,
        "clear": clear,
        "free_string": lib.free_string,
        "free_bytes": lib.free_bytes,
        "abi_fn": lib.function(lib.name, "abi_version"),
        "hash_fn": lib.function(lib.name, "idl_hash"),
        "consts": [(pascal(c.name), GO_SCALARS[c.type.name], c.value, comment(paragraph(c.doc))) for c in lib.consts],
        "go_string": go_string,
        "pascal": pascal,
    }


SCALAR_C = {"u8": "uint8_t", "u16": "uint16_t", "u32": "uint32_t", "u64": "uint64_t",
            "i8": "int8_t", "i16": "int16_t", "i32": "int32_t", "i64": "int64_t"}


def prepare(lib):
    return build(lib)
