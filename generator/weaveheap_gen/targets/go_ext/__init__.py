"""An extension's Go package (docs/extensions.md): a cgo package over the
extension's generated C entry points (its C library, found with pkg-config
`<lib>.pc`), bound at init to the core of the base Go package
weaveheap.dev/go/weaveheap through that package's APITable() (never a second
core). It takes the base package's objects (*Region, *Buffer, or any Object
for a parameter of several memory kinds), returns the base package's typed
errors for the core's codes (weaveheap.NewError) and error types of its own,
unwrapping to *WeaveHeapError, for its own codes; its kinds are types with
the base package's lifetime idiom (Close, a second Close is a no-op).
Roles, owners and borrows come from the boundary (boundary.py); this pass
only spells them in Go. Renders nothing for a library that is not an
extension."""
from dataclasses import dataclass
from typing import Optional

from ... import boundary as bd
from ... import packaging
from ...model import SCALARS as C_SCALARS
from ...names import paragraph, pascal
from ..go import GO_SCALARS, comment
from ..ext_common import attach, start


def outputs(lib):
    if not lib.is_extension:
        return []
    return [("go_ext/go.mod.j2", f"go/{lib.name}/go.mod"),
            ("go_ext/package.go.j2", f"go/{lib.name}/{lib.name}.go")]


@dataclass
class GoExtFunc:
    b: bd.BFunction
    name: str
    receiver: Optional[str]        # the extension's type of a method or Close
    params: str                    # the Go parameter list
    returns: str
    body: list
    doc: list
    shim: dict


def prepare(lib):
    if not lib.is_extension:
        return {}
    st = start(lib, "go")
    b, core, s, sp, classes = st.b, st.core, st.s, st.sp, st.classes
    wh = "weaveheap"                                     # the base package's name in the import
    invalid = f"{wh}.Code{sp.constant(s.glue_error('argument').member.name)}"
    prefix = lib.name
    functions = []
    for bf in b.functions:
        f = bf.fn
        owner = classes[bf.owner.name] if bf.owner is not None else None
        if bf.role == "close":
            name = "Close"
        elif bf.role == "constructor":
            name = sp.constructor(owner.name)
        elif bf.role == "method":
            name = sp.member(f.name)
        else:
            name = sp.function(f.name)
        receiver = owner.name if bf.role in ("method", "close") else None
        params, pre, args = [], [], []
        zero = ""
        r = f.result
        if bf.result in ("none", "release"):
            out_type, zero, value = "", "", ""
        elif bf.result == "payload":
            t = classes[bf.kind.name].name
            out_type, zero, value = f"*{t}", "nil", f"&{t}{{h: uint64(res.r)}}"
        elif bf.result == "core_object":
            t = sp.class_name(r.type.name)
            out_type, zero, value = f"*{wh}.{t}", "nil", f"{wh}.{t}FromHandle({wh}.Handle(res.r))"
        else:
            t = GO_SCALARS[r.type.name]
            out_type, zero, value = t, "false" if t == "bool" else "0", f"{t}(res.r)"
        zero_ret = f"{zero}, " if out_type else ""
        nil_error = f'{wh}.NewError({invalid}, "{f.qualified_name}: \'%s\' is nil")'
        for i, p in enumerate(f.params):
            c_type = f.c_params[i].c_type
            var = sp.param(p.name)
            if i == 0 and receiver is not None:
                pre += ["if recv == nil {", f"\treturn {zero_ret}{nil_error.replace('%s', p.name)}", "}"]
                if bf.role == "close":
                    pre += ["if recv.closed {", "\treturn nil", "}"]
                args.append(f"C.{c_type}(recv.h)")
                continue
            t = p.type
            if t.category == "scalar":
                params.append(f"{var} {GO_SCALARS[t.name]}")
                args.append(f"C.{C_SCALARS[t.name]}({var})")
                continue
            if not t.is_handle:
                raise ValueError(f"the Go extension target cannot pass '{p.name}' ({t.name}) yet")
            kinds = t.kinds
            if lib.owns(t.decl):
                typ = f"*{classes[t.decl.name].name}"
            elif len(kinds) == 1:
                typ = f"*{wh}.{sp.class_name(kinds[0].name)}"
            else:
                typ = f"{wh}.Object"
            params.append(f"{var} {typ}")
            pre += [f"if {var} == nil {{", f"\treturn {zero_ret}{nil_error.replace('%s', p.name)}", "}"]
            args.append(f"C.{c_type}({var}.Handle())" if not lib.owns(t.decl) else f"C.{c_type}({var}.h)")
        members = ([(f.c_return, "r")] if f.c_return != "void" else []) + [(f"{core.name}_error", "e")]
        shim_name = f"{prefix}__go_{f.c_name[len(prefix) + 1:]}"
        cparams = [f"{c.c_type} {c.name}" for c in f.c_params if c.name != "out_err"]
        shim = {"name": shim_name, "result": f"{shim_name}_result", "members": members,
                "params": ", ".join(cparams) or "void",
                "call": ("res.r = " if f.c_return != "void" else "") +
                        f"{f.c_name}({', '.join([c.name for c in f.c_params if c.name != 'out_err'] + ['&res.e'])});"}
        body = pre + [f"res := C.{shim_name}({', '.join(args)})",
                      "if res.e.code != 0 {", f"\treturn {zero_ret}takeError(res.e)", "}"]
        if bf.role == "close":
            body.append("recv.closed = true")
        body.append(f"return {value}, nil" if value else "return nil")
        returns = f"({out_type}, error)" if out_type else "error"
        doc = comment(f"{name}: {paragraph(f.doc)}")
        gf = GoExtFunc(bf, name, receiver, ", ".join(params), returns, body, doc, shim)
        if attach(gf, classes, name) is None or bf.role == "constructor":
            functions.append(gf)
    errors = [(sp.error_name(pascal(m.name)), m.value, comment(f"{sp.error_name(pascal(m.name))} is {lib.name}'s "
                                                                 f"error {m.name} ({m.value}): {paragraph(m.doc)}"))
              for m in (lib.errors.members if lib.errors else [])]
    shims = [gf.shim for gf in functions] + [g.shim for c in classes.values()
                                             for g in c.methods + ([c.close] if c.close else [])]
    pkg = packaging.extension(lib)
    return {"pkg": pkg, "goext": {
        "b": b, "core": core, "wh": wh,
        "module": pkg.go_module, "core_module": pkg.base_go_module,
        "pkg_config": lib.name,
        "functions": functions, "classes": list(classes.values()), "shims": shims,
        "class_docs": {c.name: comment(f"{c.name}: {paragraph(c.kind.doc)}") for c in classes.values()},
        "errors": errors, "base_error": sp.base_error(), "invalid": invalid,
        "error_struct": f"{core.name}_error", "api_struct": f"{core.name}_api",
    }}
