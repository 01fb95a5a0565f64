"""An extension's Python package (docs/extensions.md): a CPython module of
METH_FASTCALL functions over the extension's generated C entry points, bound
at import to the core of the installed `weaveheap` package through its
capsule `weaveheap._C_API` (never a second core). They take the base
package's objects (Buffer, Bytes, String, Region: their handles read in C),
the extension's own or raw handles, refuse anything else with the base
package's InvalidArgumentError and raise its error classes (and the
extension's own, under WeaveHeapError). A library function whose result
needs no wrapping is the C function itself; a thin Python layer wraps the
others' results and gives the extension's kinds classes with the base
package's lifetime idioms (close(), with). Renders nothing for a library
that is not an extension."""
from dataclasses import dataclass, field

from ... import boundary as bd
from ... import packaging
from ...model import RANGES
from ...names import c_string, pascal
from ..ext_common import attach, start


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
    checks: list = field(default_factory=list)   # (C variable, C converter call) per parameter
    defaults: list = field(default_factory=list)  # the C value of a parameter left out, or None
    signature: str = ""            # __text_signature__ and doc of the C function, as a C string


# The C variable and converter (module.c.j2) of each kind of parameter: an
# object or a handle, a signed or unsigned integer in its IDL type's range, a
# bool. Each refuses what it cannot take with invalid_argument, naming it.
def _converter(p, what: str) -> tuple:
    t = p.type
    if t.is_handle:
        return ("uint64_t", f'arg_handle(ARG, "{what}", &VAR)')
    if t.name == "bool":
        return ("int", f'arg_bool(ARG, "{what}", &VAR)')
    if t.name in RANGES:
        lo, hi = RANGES[t.name]
        if lo < 0:
            return ("long long", f'arg_signed(ARG, "{what}", {lo}LL, {hi}LL, &VAR)' if lo > -(1 << 63)
                    else f'arg_signed(ARG, "{what}", LLONG_MIN, LLONG_MAX, &VAR)')
        return ("unsigned long long", f'arg_unsigned(ARG, "{what}", {hi}ULL, &VAR)')
    raise ValueError(f"the Python extension target cannot pass a '{t.name}' yet")


def _c_default(value) -> "str | None":
    if value is None:
        return None
    return str(int(value))


def prepare(lib):
    if not lib.is_extension:
        return {}
    st = start(lib, "python")
    b, s, sp, classes = st.b, st.s, st.sp, st.classes
    functions = []
    for bf in b.functions:
        f = bf.fn
        flat = f.c_name[len(lib.name) + 1:]
        args, handles, params, checks, defaults = [], [], [], [], []
        for p in f.params:
            args.append((None, p.name))
            params.append(p.name if p.default is None else f"{p.name}={p.default}")
            if p.type.is_handle:
                handles.append(p.name)
            c_var, check = _converter(p, f"{f.qualified_name}(): argument '{p.name}'")
            checks.append((c_var, check))
            defaults.append(_c_default(p.default))
        pf = PyFunction(bf, flat, flat, args, params, handles, checks=checks, defaults=defaults)
        shown = [p.name if p.default is None else f"{p.name}={p.default!r}" for p in f.params]
        pf.signature = c_string(f"{flat}($module, {', '.join(shown)})\n--\n\n{f.doc}")
        r = f.result
        if bf.result == "payload":
            pf.wrap, pf.wrap_core = classes[bf.kind.name].name, False
        elif bf.result == "core_object":
            pf.wrap = sp.class_name(r.type.name)
        pf.owner = attach(pf, classes, f.name)
        functions.append(pf)
    return {"pkg": packaging.extension(lib), "b": b, "core": lib.root, "py_functions": functions, "py_classes": list(classes.values()),
            "pascal": pascal, "invalid_code": s.glue_error("argument").member.value}
