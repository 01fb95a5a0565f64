"""The SWIG interface: `weaveheap.i`, the language-neutral C API for any SWIG
language, and `weaveheap_python.i`, the Python layer on top of it (-builtin
classes, buffer protocol, DLPack, Arrow, exceptions). SWIG runs at build
time (bindings/python/CMakeLists.txt); only the .i files are committed."""
from ...model import c_type
from ..python import api as pyapi

OUTPUTS = [
    ("swig/weaveheap.i.j2", "swig/weaveheap.i"),
    ("swig/weaveheap_python.i.j2", "swig/weaveheap_python.i"),
]

MEMORY_DOC = {
    "view": "A memoryview of the object's memory, without a copy, holding a borrow until it is released "
            "(mv.release(), `with`, or garbage collection). writable=True takes the unique borrow and gives "
            "a writable view (buffers only); otherwise the view is read-only and shares the memory with "
            "other read-only views. While any view lives, closing the object or resetting or closing its "
            "region raises BorrowError.",
    "view_as": "An Exporter of the same memory as a 1-D array of `dtype` (uint8, int8, uint16, int16, "
               "uint32, int32, uint64, int64, float16, float32, float64) for numpy.from_dlpack() and "
               "pyarrow.array(); writable=True makes DLPack exports take the unique borrow and be writable.",
    "dlpack": "DLPack export (a 'dltensor_versioned' capsule, or the legacy 'dltensor' when max_version is "
              "None or below 1.0): a read-only 1-D uint8 tensor over the memory, without a copy. The shared "
              "borrow it holds is released by the consumer's deleter, from any thread.",
    "arrow": "Arrow PyCapsule interface (experimental): a uint8 column over the memory, without a copy; "
             "the array's release callback releases the shared borrow it holds.",
}


def _py_from(fld, expr: str) -> str:
    """The C expression making a Python object of `expr`, a value of the type
    of `fld` (a struct field or a result)."""
    t = fld.type
    if t.category == "scalar":
        if t.name == "bool":
            return f"PyBool_FromLong({expr})"
        if t.name.startswith("u"):
            return f"PyLong_FromUnsignedLongLong((unsigned long long){expr})"
        return f"PyLong_FromLongLong((long long){expr})"
    if t.category == "ptr":
        return f"PyLong_FromVoidPtr((void*){expr})"
    if t.category in ("str", "cstring"):
        return f"({expr} ? PyUnicode_FromString({expr}) : (Py_INCREF(Py_None), Py_None))"
    if t.category == "enum" or t.is_handle:
        return f"PyLong_FromLongLong((long long){expr})"
    raise ValueError(f"no Python conversion for field '{fld.name}' of type '{t.name}'")


def _flat_decl(f) -> str:
    """The C parameters of `f` with the IDL's defaults (SWIG supports them;
    a trailing `out_err` gets one too, as the typemap hides it)."""
    parts = []
    for p in f.params:
        for c in p.c_params:
            text = f"{c.c_type} {c.name}"
            if p.default is not None and len(p.c_params) == 1:
                text += " = " + (("true" if p.default else "false") if isinstance(p.default, bool) else str(p.default))
            parts.append(text)
    defaults = any(p.default is not None for p in f.params)
    if f.result:
        parts += [f"{c.c_type} {c.name}" for c in f.result.c_out_params]
    if f.fallible:
        parts.append(f"{f.c_params[-1].c_type} {f.c_params[-1].name}" + (" = NULL" if defaults else ""))
    return ", ".join(parts) or "void"


def prepare(lib):
    api = pyapi.build(lib)
    prefix_upper = lib.name.upper() + "_"
    out_params = {st.name: sorted({p.name for f in lib.functions for p in f.params
                                   if p.type.decl is st and p.is_out})
                  for st in api.out_structs}
    own_bytes = [f for f in api.flat if f.result and f.result.ownership == "own"
                 and f.result.type.category == "array"]
    own_cstrings = [f for f in api.flat if f.result and f.result.ownership == "own"
                    and f.result.type.category == "cstring"]
    ptr_fields = [(st, fld) for st in api.out_structs + api.in_structs for fld in st.fields
                  if fld.type.category == "ptr"]
    errors_by_code = {e.member.value: e.name for e in api.errors}
    # Zero-argument functions that cannot fail: registered again as
    # METH_FASTCALL (fast_functions.j2).
    fast_functions = [(api.flat_name[f.c_name], f, _py_from(f.result, "r") if f.result else None)
                      for f in api.flat if not f.params and not f.fallible
                      and (f.result is None or f.result.type.category in ("scalar", "str", "enum"))]
    flat_doc = {f.c_name: pyapi._docstring(f, errors_by_code) for f in api.flat}
    class_doc = {}
    for cls in api.classes:
        text = cls.docstring
        if cls.init:
            text += "\n\n" + cls.init.docstring
            for p, fields in cls.init_fields:
                for fld in fields:
                    text += f"\n{fld.name}: {pyapi.paragraph(fld.doc)}"
        if cls.close:
            text += "\n\nclose() releases it (so does leaving a `with` block); the destructor does so best-effort."
        class_doc[cls.name] = text
    return {
        "api": api,
        "c_type": lambda t: c_type(t, lib),
        "strip": lambda name: name[len(prefix_upper):] if name.startswith(prefix_upper) else name,
        "c_string": pyapi.c_string,
        "paragraph": pyapi.paragraph,
        "camel": pyapi.camel,
        "error_clear": next(f.c_name for f in api.ignored
                            if any(p.type.decl is api.error_struct for p in f.params)),
        "strerror": lib.function(lib.name, "strerror").c_name,
        "free_string": lib.free_string.c_name,
        "free_bytes": lib.free_bytes.c_name,
        "out_params": out_params,
        "own_bytes": own_bytes,
        "own_cstrings": own_cstrings,
        "ptr_fields": ptr_fields,
        "flat_doc": flat_doc,
        "flat_decl": {f.c_name: _flat_decl(f) for f in api.flat},
        "max_error": max(m.value for m in lib.errors.members),
        "py_from": _py_from,
        "class_doc": class_doc,
        "memory_doc": MEMORY_DOC,
        "fast_functions": fast_functions,
    }
