"""The Python view of the model, computed once and shared by the `swig`
target (weaveheap.i, weaveheap_python.i) and the `python` target (the
package around the SWIG module and its type stub).

Every name a Python user sees is derived here from the model, never in a
template: classes from handle kinds, methods from `Function.receiver`,
factories from `Function.constructs`, `close()` from `Handle.release`, views
from functions with an `out view(...)` parameter, exceptions from the errors
enum. Error classes are named and related as in every language with exceptions
(../../exceptions.py); the only Python-specific knowledge is the small table
of built-in exception bases below.
"""
from dataclasses import dataclass, field
from typing import Optional

from ... import contract, exceptions

# Python idioms, not API facts: which built-in exception each error also is,
# so that `except ValueError` keeps working. An error not named here derives
# from the library's base exception only.
PY_ERROR_BASES = {
    "invalid_argument": "ValueError",
    "out_of_memory": "MemoryError",
    "wrong_kind": "TypeError",
    "borrowed": "BufferError",
    "invalid_utf8": "UnicodeError",
    "out_of_range": "IndexError",
    "system_error": "OSError",
}

PY_SCALARS = {"bool": "bool"}


def camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def paragraph(doc: str) -> str:
    """A doc comment as one paragraph (the IDL wraps its comments)."""
    return " ".join(line.strip() for line in doc.split("\n") if line.strip())


def c_string(text: str) -> str:
    """`text` as the inside of a C string literal."""
    return (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n"))


@dataclass
class PyError:
    member: object            # model Member
    name: str                 # StaleHandleError
    parent: str               # the Python class it derives from first
    bases: list[str]          # Python expressions for every base
    doc: str
    parent_code: int = 0      # the code of the parent error; 0 for the base class
    builtin: Optional[str] = None   # the built-in exception it also derives from


@dataclass
class PyParam:
    param: object             # model Param
    name: str
    py_type: str              # the stub's annotation
    default: Optional[str]    # Python literal, or None
    c_decl: list[str]         # the C parameters of the SWIG method


@dataclass
class PyMethod:
    function: object          # model Function
    name: str                 # Python name
    role: str                 # method | factory | close | stats
    params: list[PyParam]
    returns: str              # stub annotation
    result: str               # how the C body returns: plain | handle | cstring | bytes | out
    c_return: str             # the SWIG method's C return type
    docstring: str
    kwargs: bool = False
    makes: Optional["PyClass"] = None    # factory: the class it returns
    out_struct: Optional[object] = None  # the `out` struct parameter
    decl: list[str] = field(default_factory=list)   # the SWIG method's C parameters
    args: list[str] = field(default_factory=list)   # the C call's arguments


@dataclass
class PyClass:
    handle: object            # model Handle
    name: str                 # Region
    c_struct: str             # weaveheap_py_region
    docstring: str
    init: Optional[PyMethod] = None
    init_fields: list = field(default_factory=list)   # (struct param, [fields]) expanded as kwargs
    close: Optional[PyMethod] = None
    methods: list[PyMethod] = field(default_factory=list)
    memory: bool = False      # views, buffer protocol, DLPack and Arrow
    owner: Optional["PyClass"] = None   # the class whose object an instance keeps alive


@dataclass
class PyFunction:
    function: object
    name: str                 # the name in the `weaveheap` package
    flat: str                 # the name in the SWIG module
    docstring: str


@dataclass
class PyApi:
    lib: object
    classes: list[PyClass]
    errors: list[PyError]
    base_error: str
    base_error_doc: str
    functions: list[PyFunction]          # module-level, public
    flat: list[object]                   # every function the SWIG module wraps as is
    ignored: list[object]                # functions only the typemaps call (frees)
    view_shared: object                  # the function taking a shared view
    view_unique: object                  # the function taking the unique view
    view_release: object                 # the function releasing a view's token
    view_struct: object
    token: object                        # the handle kind of view tokens
    error_struct: object
    out_structs: list[object]            # structs only ever filled by the core
    in_structs: list[object]             # structs the caller fills
    shared_arrays: list[str]             # parameter names of `shared u8[]`
    unique_arrays: list[str]             # parameter names of `unique u8[]`
    flat_name: dict = field(default_factory=dict)   # C name -> SWIG module name


def _has(items, obj) -> bool:
    """Membership by identity: model objects are dataclasses whose == would
    compare (and recurse through) every field."""
    return any(i is obj for i in items)


def _errors(lib):
    out = []
    for c in exceptions.error_classes(lib):
        parent = c.parent.name if c.parent else exceptions.base_name(lib)
        builtin = PY_ERROR_BASES.get(c.member.name) if not c.parent else None
        bases = [parent] + ([builtin] if builtin else [])
        out.append(PyError(c.member, c.name, parent, bases, paragraph(c.member.doc),
                           c.parent.member.value if c.parent else 0, builtin))
    return exceptions.base_name(lib), out


def _threads(f) -> str:
    return "Threads: " + contract.threads_text(f)


def _docstring(f, errors_by_code, extra="") -> str:
    text = paragraph(f.doc)
    if extra:
        text += "\n\n" + extra
    if f.errors:
        names = ", ".join(errors_by_code[m.value] for m in f.errors)
        text += f"\n\nRaises {names}; a failed call changes nothing."
    text += "\n" + _threads(f)
    return text


def _py_type(t, api_classes, ownership=None) -> str:
    if t.category == "scalar":
        return PY_SCALARS.get(t.name, "int")
    if t.category == "array":
        if ownership == "unique":
            return "WritableBuffer"
        return "ReadableBuffer" if ownership == "shared" else "builtins.bytes"
    if t.category in ("str", "cstring"):
        return "builtins.str"
    if t.category == "enum":
        return "int"
    if t.is_handle:
        return "int"
    if t.category == "struct":
        return camel(t.name)
    return "object"


def _literal(p) -> Optional[str]:
    if p.default is None:
        return None
    if isinstance(p.default, bool):
        return "True" if p.default else "False"
    return str(p.default)


def _c_decl(p) -> list[str]:
    return [f"{c.c_type} {c.name}" for c in p.c_params]


def _c_decl_default(p) -> str:
    text = ", ".join(_c_decl(p))
    if p.default is not None:
        text += " = " + (("true" if p.default else "false") if isinstance(p.default, bool) else str(p.default))
    return text


def _field_c_type(fld, lib) -> str:
    from ...model import c_type
    return c_type(fld.type, lib)


def _field_zero(fld) -> str:
    return "false" if fld.type.name == "bool" else "0"


def build(lib) -> PyApi:
    base, errors = _errors(lib)
    errors_by_code = {e.member.value: e.name for e in errors}
    prefix = lib.name

    error_struct = lib.error_struct
    # Functions the binding calls for the user, never exposed: the frees of
    # what the core hands out, and clearing an error value.
    ignored = [f for f in (lib.free_string, lib.free_bytes, lib.error_clear) if f is not None]

    views = lib.views
    view_fns = views.functions
    view_shared, view_unique, token = views.shared, views.unique, views.token
    view_release, view_struct, memory_kinds = views.release, views.struct, views.kinds

    out_structs, in_structs = [], []
    for st in lib.structs:
        if st is error_struct:
            continue
        uses = [p for f in lib.functions for p in f.params if p.type.decl is st]
        (out_structs if uses and all(p.is_out for p in uses) else in_structs).append(st)

    shared_arrays, unique_arrays = [], []
    for f in lib.functions:
        if _has(ignored, f):
            continue
        for p in f.params:
            if p.type.category == "array":
                target = shared_arrays if p.ownership == "shared" else unique_arrays
                if p.ownership in ("shared", "unique") and p.name not in target:
                    target.append(p.name)

    # -- classes: one per handle kind a user owns (view tokens stay inside
    # the views that hold them).
    classes = {}
    for h in lib.handles:
        if h is token:
            continue
        classes[h.name] = PyClass(h, camel(h.name), f"{prefix}__py_{h.name}", paragraph(h.doc),
                             memory=_has(memory_kinds, h))
    flat_name = {}
    for m in lib.modules:
        for f in m.functions:
            flat_name[f.c_name] = f.name if m.is_root else f"{m.name}_{f.name}"

    functions = []
    for f in lib.functions:
        if _has(ignored, f) or _has(view_fns, f) or f is view_release:
            continue
        kinds = f.receiver.type.kinds if f.receiver else []
        if f.constructs and f.constructs.name in classes and not f.receiver:
            cls = classes[f.constructs.name]
            struct_params = [p for p in f.params if p.type.category == "struct"]
            cls.init_fields = [(p, p.type.decl.fields) for p in struct_params]
            params = [PyParam(p, p.name, _py_type(p.type, classes, p.ownership), _literal(p), _c_decl(p))
                      for p in f.params if p.type.category != "struct"]
            decl = [_c_decl_default(p.param) for p in params]
            for p, fields in cls.init_fields:
                decl += [f"{_field_c_type(fld, lib)} {fld.name} = {_field_zero(fld)}" for fld in fields]
            args = [("&" + p.name if p.type.category == "struct" else p.name) for p in f.params]
            if f.fallible:
                decl.append(f"{prefix}_error* out_err = NULL")
                args.append("out_err")
            cls.init = PyMethod(f, "__init__", "init", params, "None", "handle", "", paragraph(f.doc),
                                kwargs=True, decl=decl, args=args)
            continue
        if f.releases and f.releases.name in classes:
            cls = classes[f.releases.name]
            cls.close = PyMethod(f, "close", "close", [], "None", "plain", "void",
                                 _docstring(f, errors_by_code))
            continue
        if not kinds:
            flat = flat_name[f.c_name]
            functions.append(PyFunction(f, f.member_name, flat, _docstring(f, errors_by_code)))
            continue
        rest = f.params[1:]
        params = [PyParam(p, p.name, _py_type(p.type, classes, p.ownership), _literal(p), _c_decl(p))
                  for p in rest if not p.is_out]
        outs = [p for p in rest if p.is_out and p.type.category == "struct"]
        result, c_return, returns, makes = "plain", f.c_return, "None", None
        if f.result:
            t = f.result.type
            returns = _py_type(t, classes)
            if f.constructs and f.constructs.name in classes:
                makes = classes[f.constructs.name]
                result, c_return, returns = "handle", f"{makes.c_struct}*", makes.name
            elif f.result.ownership == "own" and t.category == "cstring":
                result, c_return = "cstring", "PyObject*"
            elif f.result.ownership == "own" and t.category == "array":
                result, c_return, returns = "bytes", "PyObject*", "builtins.bytes"
        if outs:
            result, returns = "out", camel(outs[0].type.decl.name)
        for k in kinds:
            if k.name not in classes:
                continue
            name = f.member_name
            decl = (["PyObject* py_self"] if makes else []) + [_c_decl_default(p.param) for p in params]
            decl += [f"{p.type.decl.c_name}* {p.name}" for p in outs]
            args = ["$self->handle"] + [c.name for p in rest for c in p.c_params]
            if result == "bytes":
                args += ["&" + c.name for c in f.result.c_out_params]
            if f.fallible:
                decl.append(f"{prefix}_error* out_err = NULL")
                args.append("out_err")
            method = PyMethod(f, name, "factory" if makes else "method", params, returns, result,
                              c_return, _docstring(f, errors_by_code), kwargs=bool(params), makes=makes,
                              out_struct=outs[0].type.decl if outs else None, decl=decl, args=args)
            classes[k.name].methods.append(method)
            if makes:
                makes.owner = classes[k.name]

    flat = [f for f in lib.functions if not _has(ignored, f)]
    return PyApi(lib, list(classes.values()), errors, base, paragraph(lib.errors.doc), functions, flat,
                 ignored, view_shared, view_unique, view_release, view_struct, token, error_struct,
                 out_structs, in_structs, shared_arrays, unique_arrays, flat_name)
