"""The language-neutral SWIG interface, `weaveheap.i`: the C API of the IDL
as flat functions on raw handles, for any SWIG language (Python, Tcl, Java,
Ruby ...). It knows no language: a language layer (the `python` target's
weaveheap_python.i) declares its %module, may replace the hooks named in the
file's header, and includes it. Everything here is read from the binding
surface; the SWIG names are the C names without the library prefix."""
from ... import names
from ...contract import threads_text
from ...model import c_type
from ...surface import build as build_surface

OUTPUTS = [
    ("swig/weaveheap.i.j2", "swig/weaveheap.i"),
]


def _doc(c) -> str:
    """A flat function's docstring: the IDL's doc, the error codes by their
    IDL names (no language's class names) and the thread rule."""
    text = names.paragraph(c.fn.doc)
    if c.errors:
        text += "\n\nErrors: " + ", ".join(e.member.name for e in c.errors) + "; a failed call changes nothing."
    return text + "\nThreads: " + threads_text(c.fn)


def _decl(c) -> str:
    """The C parameters with the IDL's defaults (SWIG supports them; a
    trailing `out_err` gets one too, as the typemap hides it)."""
    f = c.fn
    parts = []
    for p in f.params:
        for cp in p.c_params:
            text = f"{cp.c_type} {cp.name}"
            if p.default is not None and len(p.c_params) == 1:
                text += " = " + names.literal(p.default)
            parts.append(text)
    if f.result:
        parts += [f"{cp.c_type} {cp.name}" for cp in f.result.c_out_params]
    if f.fallible:
        last = f.c_params[-1]
        parts.append(f"{last.c_type} {last.name}" + (" = NULL" if any(p.default is not None for p in f.params) else ""))
    return ", ".join(parts) or "void"


def prepare(lib):
    s = build_surface(lib)
    flat = s.public
    params = [p for c in flat for p in c.params]
    # Structs the core fills (returned), and the parameter names they come in.
    filled = [st for st in s.structs if st.direction in ("out", "view")]
    out_params = {st.name: sorted({c.result.out_param.name for c in flat
                                   if c.result.out_param is not None and c.result.out_param.type.decl is st.idl})
                  for st in filled}
    renamed = filled + [st for st in s.structs if st.direction in ("in", "both")]
    return {
        "s": s,
        "c_type": lambda t: c_type(t, lib),
        "strip": lambda c_name: names.unprefixed(c_name, lib.name),
        "c_string": names.c_string,
        "paragraph": names.paragraph,
        "struct_name": lambda st: names.speller("c", s.brand).class_name(st.name),
        "error_struct": s.error_struct.c_name,
        "error_clear": s.error_clear.fn.c_name,
        "strerror": s.strerror.fn.c_name,
        "free_text": s.free_text.fn.c_name,
        "free_bytes": s.free_bytes.fn.c_name,
        "shared_arrays": sorted({p.name for p in params if p.shape == "bytes_in"}),
        "unique_arrays": sorted({p.name for p in params if p.shape == "bytes_out"}),
        "filled": filled,
        "renamed": renamed,
        "out_params": out_params,
        "own_bytes": [c for c in flat if c.result.shape == "bytes"],
        "own_text": [c for c in flat if c.result.shape == "text"],
        "ptr_fields": [(st, fld) for st in renamed for fld in st.fields if fld.type.category == "ptr"],
        "hidden": s.hidden,
        "flat": flat,
        "flat_doc": {c.name: _doc(c) for c in flat},
        "flat_decl": {c.name: _decl(c) for c in flat},
    }
