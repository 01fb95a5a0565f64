"""A WIT package from the IDL (generated/wit/weaveheap.wit): the binding
surface as component-model interfaces, resources and records, with the IDL's
docs. The mapping itself is witmodel.py, shared with the `wasm` target's
adapter."""
from ... import surface, witmodel

OUTPUTS = [
    ("wit/package.wit.j2", "wit/weaveheap.wit"),
]


def _defaults(wf: witmodel.WFunc) -> str:
    """The C API's defaults of a function's parameters, as a doc line."""
    out = [f"`{p.name}` = {witmodel.names.literal(p.surface.default)}" for p in wf.params
           if p.surface is not None and p.surface.default is not None]
    return ", ".join(out)


def _errors(wf: witmodel.WFunc) -> str:
    return ", ".join(witmodel.names.kebab(e.member.name) for e in wf.errors)


# How a declaration of each form opens.
HEADS = {"constructor": "constructor", "static": "{}: static func", "method": "{}: func", "func": "{}: func"}


def prepare(lib):
    pkg = witmodel.build(surface.build(lib))
    for wf in pkg.functions:
        wf.head = HEADS[wf.form].format(wf.ident)
        wf.params_decl = ", ".join(f"{p.ident}: {p.type.wit}" for p in wf.params)
        wf.result_decl = f" -> {wf.result.wit}" if wf.result else ""
        wf.defaults_doc = _defaults(wf)
        wf.errors_doc = _errors(wf)
    return {"pkg": pkg}
