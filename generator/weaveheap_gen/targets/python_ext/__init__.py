"""An extension's Python package (docs/extensions.md): a CPython module of
flat functions over the extension's generated C entry points, bound at import
to the core of the installed `weaveheap` package through its capsule
`weaveheap._C_API` (never a second core), and a pure-Python layer that takes
the base package's objects (Buffer, Bytes, String, Region), raises its
error classes (and the extension's own, under WeaveHeapError) and gives the
extension's kinds classes with the base package's lifetime idioms (close(),
with). Renders nothing for a library that is not an extension."""
from dataclasses import dataclass, field

from ... import boundary as bd
from ... import packaging
from ...names import pascal


def outputs(lib):
    if not lib.is_extension:
        return []
    return [("python_ext/module.c.j2", f"python/{lib.name}_python.c"),
            ("python_ext/__init__.py.j2", f"python/{lib.name}/__init__.py"),
            ("python_ext/pyproject.toml.j2", "python/pyproject.toml")]


@dataclass
class PyFunction:
    b: bd.BFunction
    flat: str                      # the flat function of the C module
    name: str                      # as a library function or method
    args: list                     # (C converter, Python parameter) per C parameter before out_err
    py_params: list                # the public Python parameters (with defaults)
    handles: list                  # parameters converted from objects to handles
    wrap: str = ""                 # how the result is wrapped (a class name) or "" for a value
    wrap_core: bool = True         # the class is the base package's


@dataclass
class PyClass:
    name: str                      # Crc
    kind: object
    constructor: PyFunction = None
    methods: list = field(default_factory=list)
    close: PyFunction = None


# The C converter of each C type of a flat function's parameter.
CONVERTERS = {
    "uint64_t": ("unsigned long long", "PyLong_AsUnsignedLongLong", "(unsigned long long)-1"),
    "int64_t": ("long long", "PyLong_AsLongLong", "-1"),
    "uint32_t": ("unsigned long", "PyLong_AsUnsignedLong", "(unsigned long)-1"),
    "int32_t": ("long", "PyLong_AsLong", "-1"),
    "bool": ("int", "PyObject_IsTrue", "-1"),
}


def _converter(c_type: str, lib) -> tuple:
    if c_type.endswith("_t") and c_type not in CONVERTERS:   # a handle typedef
        return CONVERTERS["uint64_t"]
    if c_type in CONVERTERS:
        return CONVERTERS[c_type]
    raise ValueError(f"the Python extension target cannot pass a C '{c_type}' yet")


def _attach(pf: PyFunction, classes: dict, member: str) -> "PyClass | None":
    """Puts a function in its class (boundary.BFunction.role); returns the
    class, or None for a library function."""
    bf = pf.b
    if bf.owner is None:
        return None
    cls = classes[bf.owner.name]
    if bf.role == "close":
        cls.close = pf
    elif bf.role == "constructor":
        cls.constructor = pf
    else:
        pf.name = member
        cls.methods.append(pf)
    return cls


def prepare(lib):
    if not lib.is_extension:
        return {}
    b = bd.build(lib)
    classes = {h.name: PyClass(pascal(h.name), h) for h in lib.handles}
    functions = []
    for bf in b.functions:
        f = bf.fn
        flat = f.c_name[len(lib.name) + 1:]
        args, handles, params = [], [], []
        for p in f.params:
            cp = p.c_params[0]
            args.append((_converter(cp.c_type, lib), p.name))
            params.append(p.name if p.default is None else f"{p.name}={p.default}")
            if p.type.is_handle:
                handles.append(p.name)
        pf = PyFunction(bf, flat, flat, args, params, handles)
        r = f.result
        if bf.result == "payload":
            pf.wrap, pf.wrap_core = classes[bf.kind.name].name, False
        elif bf.result == "core_object":
            pf.wrap = pascal(r.type.name)
        pf.owner = _attach(pf, classes, f.name)
        functions.append(pf)
    return {"pkg": packaging.extension(lib), "b": b, "core": lib.root, "py_functions": functions, "py_classes": list(classes.values()),
            "pascal": pascal}
