"""The Python package around the SWIG module: `weaveheap/__init__.py` (the
ABI guard, re-exports under Python names) and its type stub `__init__.pyi`.
The names come from api.py, shared with the `swig` target."""
from . import api as pyapi

OUTPUTS = [
    ("python/__init__.py.j2", "python/weaveheap/__init__.py"),
    ("python/__init__.pyi.j2", "python/weaveheap/__init__.pyi"),
]


def _return_type(f, api) -> str:
    outs = [p for p in f.params if p.is_out and p.type.category == "struct"]
    if outs:
        return pyapi.camel(outs[0].type.decl.name)
    if not f.result:
        return "None"
    return pyapi._py_type(f.result.type, None)


def prepare(lib):
    api = pyapi.build(lib)
    exported = ["ABI_VERSION", "IDL_HASH", "Exporter", api.base_error]
    exported += [c.name for c in api.classes]
    exported += [pyapi.camel(st.name) for st in api.out_structs + api.in_structs]
    exported += [e.name for e in api.errors]
    exported += [c.name.upper() for c in lib.consts]
    exported += [fn.name for fn in api.functions]
    return {
        "api": api,
        "camel": pyapi.camel,
        "paragraph": pyapi.paragraph,
        "exported": exported,
        "field_type": lambda fld: pyapi._py_type(fld.type, None),
        "field_default": lambda fld: "False" if fld.type.name == "bool" else "0",
        "param_type": lambda p: pyapi._py_type(p.type, None, p.ownership),
        "return_type": lambda f: _return_type(f, api),
    }
