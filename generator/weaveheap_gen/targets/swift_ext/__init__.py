"""An extension's Swift package (docs/extensions.md): a SwiftPM package
`<Lib>` with a system-library target `C<Lib>` over the extension's header
(its C library found with pkg-config `<lib>.pc`) and a Swift target that
depends on the base package WeaveHeap. At first use it binds the C library
to the core's table (weaveheap_api_table() of the one shared libweaveheap the
WeaveHeap package links): never a second core. It takes the base package's
objects (Region, Buffer: single-threaded regions' classes, or any
HandleObject for a parameter of several memory kinds), throws WeaveHeapError for the core's codes and an
error enum of its own for its codes; its kinds are classes with close().
Roles, owners and borrows come from the boundary (boundary.py); this pass
only spells them in Swift. Renders nothing for a library that is not an
extension."""
from dataclasses import dataclass

from ... import boundary as bd
from ... import packaging
from ...names import camel, paragraph, pascal
from ..ext_common import attach, start

# Swift's spelling of the IDL scalars.
SWIFT_SCALARS = {"u8": "UInt8", "u16": "UInt16", "u32": "UInt32", "u64": "UInt64",
                 "i8": "Int8", "i16": "Int16", "i32": "Int32", "i64": "Int64", "bool": "Bool"}


def outputs(lib):
    if not lib.is_extension:
        return []
    p = pascal(lib.name)
    return [("swift_ext/Package.swift.j2", f"swift/{p}/Package.swift"),
            ("swift_ext/module.modulemap.j2", f"swift/{p}/Sources/C{p}/module.modulemap"),
            ("swift_ext/shim.h.j2", f"swift/{p}/Sources/C{p}/shim.h"),
            ("swift_ext/Lib.swift.j2", f"swift/{p}/Sources/{p}/{p}.swift")]


@dataclass
class SwiftExtFunc:
    b: bd.BFunction
    name: str
    generic: str                   # generic parameters of the declaration (none yet)
    params: list                   # Swift parameter declarations
    args: list                     # the C call's arguments
    returns: str                   # " -> T" or ""
    wrap: str                      # the result's expression, {} for the C call
    doc: str
    c_call: str = ""


def prepare(lib):
    if not lib.is_extension:
        return {}
    st = start(lib, "swift")
    b, core, s, sp, classes = st.b, st.core, st.s, st.sp, st.classes
    functions = []
    for bf in b.functions:
        f = bf.fn
        if bf.role == "close":
            name = "close"
        elif bf.role == "constructor":
            name = "init"
        else:
            name = camel(f.name)
        params, args, generic = [], [], ""
        for i, p in enumerate(f.params):
            t = p.type
            var = camel(p.name)
            if i == 0 and bf.role in ("method", "close"):
                args.append("handle")
                continue
            if t.category == "scalar":
                default = f" = {p.default}" if p.default is not None else ""
                params.append(f"{var}: {SWIFT_SCALARS[t.name]}{default}")
                args.append(var)
                continue
            if not t.is_handle:
                raise ValueError(f"the Swift extension target cannot pass '{p.name}' ({t.name}) yet")
            kinds = t.kinds
            if lib.owns(t.decl):
                typ = classes[t.decl.name].name
            elif len(kinds) == 1:
                typ = sp.class_name(kinds[0].name)     # a single-threaded region's class
            else:
                typ = "some HandleObject"
            params.append(f"{var}: {typ}")
            args.append(f"{var}.handle")
        r = f.result
        if bf.result in ("none", "release"):
            returns, wrap = "", "{}"
        elif bf.result == "payload":
            returns, wrap = "", "{}"
        elif bf.result == "core_object":
            cls = sp.class_name(r.type.name)
            returns, wrap = f" -> {cls}", cls + "(adopting: {})"
        else:
            returns, wrap = f" -> {SWIFT_SCALARS[r.type.name]}", "{}"
        sf = SwiftExtFunc(bf, name, generic, params, args, returns, wrap,
                          paragraph(f.doc))
        sf.c_call = f"{f.c_name}({', '.join(args + ['err'])})"
        functions.append(sf)
        attach(sf, classes, name)
    errors = [(camel(m.name), m.value, paragraph(m.doc)) for m in (lib.errors.members if lib.errors else [])]
    pkg = packaging.extension(lib)
    return {"pkg": pkg, "sext": {
        "b": b, "core": core, "module": pascal(lib.name), "c_module": f"C{pascal(lib.name)}",
        "base_module": pkg.base_swift_package, "base_error": sp.base_error(),
        "functions": functions, "library_functions": [sf for sf in functions if sf.b.owner is None],
        "classes": list(classes.values()), "errors": errors, "paragraph": paragraph,
        "api_table": core.api_table.c_name, "error_clear": s.error_clear.fn.c_name,
        "strerror": f"{core.name}_strerror", "error_struct": f"{core.name}_error",
    }}
