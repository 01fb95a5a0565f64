"""The Python binding's view of the binding surface (surface.py), computed
once for everything the `python` target renders: the SWIG layer
(weaveheap_python.i), the package and its type stubs, and the generated
contract and misuse tests.

The surface says what there is (classes, methods, views, errors, shapes);
names.Python says how each name is spelled. What is decided here is only how
Python presents each shape: the C statements that turn a result into a
Python object, the annotation a stub gives a parameter, the built-in
exception an error class also is. Templates lay these out and decide
nothing."""
from dataclasses import dataclass, field
from typing import Optional

from ... import contract, names
from ...diagnostics import IdlError
from ...model import FLOATS, RANGES, SCALARS, c_type
from ...surface import VIEW_MEMBER, Callable, Class, Surface

# How a stub annotates a value of each parameter shape. Bytes in and out are
# the buffer protocol (PEP 688: the stubs alias typing_extensions.Buffer, as
# they must read on Python 3.9 to 3.11 too).
PARAM_ANNOTATIONS = {
    "int": "int", "float": "float", "bool": "bool", "enum": "int", "bytes_in": "_BytesIn", "bytes_out": "_BytesOut",
    "text_in": "builtins.str",
}

# How Python's buffer protocol (the struct module's codes) spells an element
# type, by the name of its enum member, with its size: a typed class's
# buffers show values of its type (numpy.asarray gives that dtype). A member
# not here (a boolean bitmap) keeps its bytes.
BUFFER_FORMATS = {"int8": ("b", 1), "int16": ("h", 2), "int32": ("i", 4), "int64": ("q", 8),
                  "uint16": ("H", 2), "uint32": ("I", 4), "uint64": ("Q", 8),
                  "float32": ("f", 4), "float64": ("d", 8)}

# The docs of what the binding adds to every memory class.
MEMORY_DOC = {
    "view": "A memoryview of the object's memory, without a copy, over a View that holds the borrow until the "
            "memoryview is released (mv.release(), `with`, or garbage collection); mv.obj is that View. "
            "writable=True takes the unique borrow and gives a writable view (buffers only); otherwise the view "
            "is read-only and shares the memory with other read-only views. While any view lives, closing the "
            "object or resetting or closing its region raises BorrowError.",
    "view_as": "An Exporter of the same memory as a 1-D array of `dtype` (uint8, int8, uint16, int16, "
               "uint32, int32, uint64, int64, float16, float32, float64) for numpy.from_dlpack() and "
               "pyarrow.array(); writable=True makes DLPack exports take the unique borrow and be writable.",
    "dlpack": "DLPack export (a 'dltensor_versioned' capsule, or the legacy 'dltensor' when max_version is "
              "None or below 1.0): a read-only 1-D uint8 tensor over the memory, without a copy. The shared "
              "borrow it holds is released by the consumer's deleter, from any thread.",
    "arrow": "Arrow PyCapsule interface (experimental): a uint8 column over the memory, without a copy; "
             "the array's release callback releases the shared borrow it holds.",
    "arrow_export": "Arrow PyCapsule interface: the (schema, array) capsules of the core's own Arrow C Data "
                    "export of the object (its type's: a typed column, or a struct array of named columns), "
                    "over its memory without a copy (pyarrow.array(obj) or pyarrow.record_batch(obj), "
                    "polars.from_arrow, duckdb through pyarrow). The array holds a shared borrow (closing the "
                    "object or resetting its region raises BorrowError) until the consumer releases it. "
                    "requested_schema is ignored: the object has its own type.",
    "arrow_schema": "Arrow PyCapsule interface: the 'arrow_schema' capsule of the object's type (the core's "
                    "export, taken and released at once, so it fails as the export does).",
    "arrow_stream": "Arrow PyCapsule interface: an 'arrow_array_stream' capsule of the core's own Arrow C Stream "
                    "export of the object (pyarrow.RecordBatchReader.from_stream(obj), duckdb over that reader): "
                    "its record batches in turn, over their memory without a copy. The stream holds a shared "
                    "borrow (closing the object or resetting its region raises BorrowError) until the consumer "
                    "releases it, and each batch it hands out holds that batch until released; its callbacks "
                    "take the GIL, from whatever thread the consumer calls them. requested_schema is ignored.",
    "arrow_iter": "Iterates over the stream's record batches as pyarrow.RecordBatch objects "
                  "(pyarrow.RecordBatchReader.from_stream(obj) underneath, so pyarrow must be installed): each over "
                  "the core's memory without a copy, holding its batch until the RecordBatch goes.",
    "from_handle": "Wraps a raw handle (from weaveheap.native, or from C) in a new object, without asking the "
                   "core: a handle that is stale, forged or of another kind fails at its first use. With "
                   "owned=True the object releases the handle when closed or collected; with owned=False only "
                   "an explicit close() does.",
}


@dataclass
class PyError:
    surface: object           # surface ErrorClass
    name: str                 # StaleHandleError
    parent: str               # the package class it derives from first
    parent_code: int          # 0: the base class
    builtin: Optional[str]    # the built-in exception it also is
    doc: str

    @property
    def code(self) -> int:
        return self.surface.code

    @property
    def bases(self) -> list[str]:
        return [self.parent] + ([self.builtin] if self.builtin else [])

    @property
    def builtin_c(self) -> str:
        """The built-in base as C (NULL: none)."""
        return f"PyExc_{self.builtin}" if self.builtin else "NULL"


@dataclass
class PyParam:
    surface: object           # surface Param
    name: str
    annotation: str           # in the stubs
    default: Optional[str]    # a Python literal, or None
    c_decl: list[str]         # the C parameters of the SWIG method, with their defaults


@dataclass
class PyMethod:
    callable: Callable
    name: str
    params: list[PyParam]
    returns: str              # the stub's annotation
    c_return: str             # the SWIG method's C return type
    body: list[str]           # its C statements
    docstring: str
    decl: list[str] = field(default_factory=list)   # the SWIG method's C parameters
    kwargs: bool = False
    new_object: bool = False  # returns a new object SWIG must own
    fast: Optional["PyFastMethod"] = None   # its CPython form, when it has one


@dataclass
class PyFastMethod:
    """A method registered again, as a CPython method reading the handle
    from the object's own C struct, replacing SWIG's wrapper (which unwraps
    `self` through SWIG_ConvertPtr on every call: ~120 instructions). The
    same core call, error classes and messages; CPython's method descriptor
    has already checked that `self` is an instance of the class."""
    c_name: str               # the C function
    flags: str                # its METH_* calling convention
    signature: str            # its C parameters (the convention's)
    body: list[str]           # its C statements


@dataclass
class PyArrowStreamImport:
    importer: str            # C names: the import, next and release
    next: str
    release: str
    item: "PyClass"          # the class `next` makes
    name: str                # the Python class over the stream's handle (ForeignStream)


@dataclass
class PyClass:
    surface: Class
    name: str                 # Region
    c_struct: str             # weaveheap__py_region
    docstring: str
    init: Optional[PyMethod] = None
    close: Optional[PyMethod] = None
    exit: list[str] = field(default_factory=list)   # the C statements of __exit__
    methods: list[PyMethod] = field(default_factory=list)
    parent: Optional["PyClass"] = None   # the class whose object an instance keeps alive
    arrow_export: str = ""    # the C function that fills its Arrow C Data structs ("": none)
    arrow_stream_export: str = ""   # the C function that fills its ArrowArrayStream ("": none)
    # (method name, C import function, the class it makes): the Arrow imports
    # this class receives (surface.ARROW_IMPORT_PARAMS), Python's glue
    # taking a producer's PyCapsules (weaveheap.import_arrow)
    arrow_imports: list = field(default_factory=list)
    # the C-only Arrow stream import this class receives (surface.ArrowStreamImport):
    # a PyArrowStreamImport, or None
    arrow_stream_import: Optional["PyArrowStreamImport"] = None
    typed_by: str = ""        # the C function naming its element type ("": its buffers are bytes)
    formats: list = field(default_factory=list)   # typed: (C enum constant, struct code, size)

    @property
    def memory(self) -> bool:
        return self.surface.memory

    def release_quietly(self, handle: str) -> str:
        """The C call releasing `handle`, its error ignored (destructors)."""
        c = self.close.callable
        return f"{c.fn.c_name}({handle}{', NULL' if c.fallible else ''})"

    @property
    def handle_c_type(self) -> str:
        return self.surface.handle.c_name


@dataclass
class PyField:
    name: str
    c_type: str
    annotation: str
    to_python: str            # C expression making a Python object of `$self-><name>`
    default: str              # the stub's default as a keyword argument


@dataclass
class PyStruct:
    surface: object           # surface Struct
    name: str                 # Stats; the view struct keeps its C name in native (View is the live view)
    c_name: str
    doc: str
    fields: list[PyField]
    immutable: bool           # filled by the core


@dataclass
class PyEnum:
    name: str                 # HandleKind
    doc: str
    members: list[tuple[str, int]]


@dataclass
class PyFunction:
    callable: Callable
    name: str                 # in the package
    flat: str                 # in the native module
    docstring: str
    params: list[PyParam]
    returns: str
    # A Python-level wrapper, when the native function's raw form is not
    # the package's: objects given for handles, an enum made of the result.
    wrapper_args: list[str] = field(default_factory=list)
    wrapper_result: str = ""                # a class to make of the result ("": the result as it is)

    @property
    def wrapped(self) -> bool:
        return bool(self.wrapper_result) or self.wrapper_args != [p.name for p in self.params]


@dataclass
class PyFlat:
    """A function of the flat API in the native module, for its stub."""
    name: str
    params: list[tuple[str, str, Optional[str]]]   # (name, annotation, default)
    returns: str

    @property
    def signature(self) -> str:
        """The stub's parameters: positional only, as SWIG wraps them."""
        parts = [f"{n}: {a}" + (f" = {d}" if d is not None else "") for n, a, d in self.params]
        return ", ".join(parts + ["/"]) if parts else ""


@dataclass
class PyFast:
    """A zero-argument function that cannot fail, registered as METH_FASTCALL."""
    flat: str
    body: list[str]
    docstring: str


@dataclass
class PyView:
    """The Python package: everything the templates lay out."""
    s: Surface
    sp: names.Speller
    package: str
    base_error: str
    base_error_doc: str
    errors: list[PyError]
    classes: list[PyClass]
    token: PyClass                     # View: the live view, holding its borrow token
    structs: list[PyStruct]
    enums: list[PyEnum]
    functions: list[PyFunction]
    error_struct: str                  # C names the SWIG layer calls
    error_clear: str
    strerror: str
    free_text: str
    free_bytes: str
    view_shared: str
    view_unique: str
    view_struct: str
    invalid_argument: str              # the C code of the error the binding raises for a bad argument
    view_member: str                   # obj.view(writable=False): one method for both views
    int_types: list[tuple[str, str, str]]   # (C type, the converted value's C type, the conversion)
    fast_functions: list["PyFast"]
    flat: list[PyFlat]
    flat_constants: list[tuple[str, str]]   # (name in native, annotation)
    bytes_in: list[str]                # parameter names of bytes the core reads
    bytes_out: list[str]               # parameter names of memory the core fills
    struct_outs: dict = field(default_factory=dict)   # C struct name -> out parameter names
    object_args: list = field(default_factory=list)   # (C type, name) of methods' object parameters

    @property
    def token_doc(self) -> str:
        return (f"{self.token.docstring} What {self.view_member}() returns a memoryview of (mv.obj): it holds the "
                "borrow until it is closed or its last reference goes; `data` is the core's address of the first "
                "byte, `length` the bytes, `writable` whether it may be written through. close() refuses while a "
                "memoryview of it lives.")

    @property
    def view_doc(self) -> str:
        """The docstring of view(), with the signature CPython reads from it."""
        return f"{self.view_member}($self, /, writable=False)\n--\n\n" + MEMORY_DOC["view"]

    @property
    def invalid_argument_name(self) -> str:
        return next(e.name for e in self.errors if e.surface.member.c_name == self.invalid_argument)

    @property
    def package_structs(self) -> list[PyStruct]:
        """The structs the package exports (the view struct is the live view there)."""
        return [st for st in self.structs if st.surface.direction != "view"]

    @property
    def constants(self) -> list[tuple[str, int]]:
        return [(self.sp.constant(c.name), c.value) for c in self.s.lib.consts]

    @property
    def abi_version(self) -> str:
        return names.unprefixed(self.s.abi_version.fn.c_name, self.s.lib.name)

    @property
    def idl_hash(self) -> str:
        return names.unprefixed(self.s.idl_hash.fn.c_name, self.s.lib.name)

    @property
    def exported(self) -> list[str]:
        """The package's __all__."""
        out = ["ABI_VERSION", "IDL_HASH", self.base_error]
        out += [c.name for c in self.classes] + [self.token.name, "Exporter"]
        out += [st.name for st in self.package_structs if st.name not in out]
        out += [e.name for e in self.enums]
        out += [e.name for e in self.errors]
        out += [name for name, _ in self.constants]
        out += [f.name for f in self.functions]
        out += ["import_arrow"] if any(c.arrow_imports for c in self.classes) else []
        out += [c.arrow_stream_import.name for c in self.classes if c.arrow_stream_import]
        return out


def _fail(pos, msg):
    raise IdlError(pos, f"python target: {msg}")


def _literal(value) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, bool):
        return "True" if value else "False"
    return str(value)


def to_python(t, expr: str, pos=None) -> str:
    """The C expression making a Python object of `expr`, a value of type `t`."""
    if t.category == "scalar":
        if t.name == "bool":
            return f"PyBool_FromLong({expr})"
        if t.name in FLOATS:
            return f"PyFloat_FromDouble({expr})"
        if t.name.startswith("u"):
            return f"PyLong_FromUnsignedLongLong((unsigned long long){expr})"
        return f"PyLong_FromLongLong((long long){expr})"
    if t.category == "ptr":
        return f"PyLong_FromVoidPtr((void*){expr})"
    if t.category in ("str", "cstring"):
        return f"({expr} ? PyUnicode_FromString({expr}) : (Py_INCREF(Py_None), Py_None))"
    if t.category == "enum" or t.is_handle:
        return f"PyLong_FromLongLong((long long){expr})"
    _fail(pos, f"no Python conversion for a value of type '{t.name}'")


class _Builder:
    def __init__(self, s: Surface):
        self.s = s
        self.lib = s.lib
        self.sp = names.speller("python", s.brand)
        self.prefix = self.lib.name
        self.errors = self._errors()
        self.error_name = {e.code: e.name for e in self.errors}

    # -- text -------------------------------------------------------------------
    def docstring(self, c: Callable, extra: str = "") -> str:
        text = names.paragraph(c.fn.doc)
        if extra:
            text += "\n\n" + extra
        if c.errors:
            text += "\n\nRaises " + ", ".join(self.error_name[e.code] for e in c.errors) + \
                    "; a failed call changes nothing."
        return text + "\nThreads: " + contract.threads_text(c.fn)

    # -- errors -----------------------------------------------------------------
    def _errors(self) -> list[PyError]:
        base = self.sp.base_error()
        out = []
        for e in self.s.errors:
            parent = self.sp.error_name(e.parent.stem) if e.parent else base
            builtin = None if e.parent else self.sp.builtin_base(e.member.name)
            out.append(PyError(e, self.sp.error_name(e.stem), parent, e.parent.code if e.parent else 0, builtin,
                               names.paragraph(e.member.doc)))
        return out

    # -- parameters -------------------------------------------------------------
    def param(self, p) -> PyParam:
        if p.shape not in PARAM_ANNOTATIONS and p.shape != "object":
            _fail(p.idl.pos, f"parameter '{p.name}' ({p.shape}) has no Python form here")
        annotation = PARAM_ANNOTATIONS.get(p.shape) or " | ".join(self.sp.class_name(k.name) for k in p.classes)
        decl = []
        for cp in p.idl.c_params:
            text = f"{cp.c_type} {cp.name}"
            if p.default is not None and len(p.idl.c_params) == 1:
                text += " = " + names.literal(p.default)
            decl.append(text)
        return PyParam(p, self.sp.param(p.name), annotation, _literal(p.default), decl)

    def out_err(self, c: Callable) -> list[str]:
        return [f"{self.s.error_struct.c_name}* out_err = NULL"] if c.fallible else []

    # -- classes ----------------------------------------------------------------
    def c_struct(self, cls: Class) -> str:
        return f"{self.prefix}__py_{cls.name}"

    def call(self, c: Callable, receiver: Optional[str], given: Optional[dict] = None) -> str:
        """The C call of `c` with the SWIG method's own parameters (or, by
        C parameter name, the expressions in `given`)."""
        given = given or {}
        args = ([receiver] if receiver else []) + [given.get(cp.name, cp.name) for p in c.params
                                                   for cp in p.idl.c_params]
        if c.result.shape == "struct_out":
            args.append(c.result.out_param.name)
        args += ["&" + cp.name for cp in (c.fn.result.c_out_params if c.fn.result else [])]
        if c.fallible:
            args.append("out_err")
        return f"{c.fn.c_name}({', '.join(args)})"

    def result(self, c: Callable, call: str, owner: str) -> tuple[str, str, list[str]]:
        """(C return type, stub annotation, C statements) for each result shape."""
        r = c.result
        shape = r.shape
        if shape == "none":
            return "void", "None", [f"{call};"]
        if shape in ("int", "float", "bool", "enum", "static_text"):
            ann = {"int": "int", "float": "float", "bool": "bool", "enum": "int", "static_text": "builtins.str"}[shape]
            return c.fn.c_return, ann, [f"return {call};"]
        if shape == "text":
            return "PyObject*", "builtins.str", [
                f"return {self.prefix}__pyglue_text({call}, {self.s.free_text.fn.c_name});"]
        if shape == "bytes":
            out = c.fn.result.c_out_params[0]
            return "PyObject*", "builtins.bytes", [
                f"{out.c_type[:-1]} {out.name} = 0;",
                f"uint8_t* data = {call};",
                f"return {self.prefix}__pyglue_bytes(data, {out.name}, {self.s.free_bytes.fn.c_name});"]
        if shape == "object":
            made = self.c_struct(r.cls)
            return f"{made}*", self.sp.class_name(r.cls.name), [f"return {made}_wrap({call}, {owner}, true);"]
        if shape == "struct_out":
            return "void", self.sp.class_name(r.struct.name), [f"{call};"]
        _fail(c.fn.pos, f"{c.name}: a result of shape '{shape}' has no Python form here")

    def method(self, c: Callable, cls: Class) -> PyMethod:
        params = [self.param(p) for p in c.params]
        made_here = c.result.shape == "object"
        decl = (["PyObject* py_self"] if made_here else []) + [d for p in params for d in p.c_decl]
        if c.result.shape == "struct_out":
            decl.append(f"{c.result.struct.idl.c_name}* {c.result.out_param.name}")
        decl += self.out_err(c)
        c_return, returns, body = self.result(c, self.call(c, "$self->handle"), "py_self")
        name = self.sp.member(c.member)
        return PyMethod(c, name, params, returns, c_return, body, self.docstring(c),
                        decl, kwargs=bool(params), new_object=made_here, fast=self.fast_method(c, cls, name))

    # The shapes a fast method converts itself: its parameters' (as the
    # typemaps of arguments.i.j2 do) and its result's (an object or a struct
    # keeps SWIG's wrapper, which knows its Python type; so does an enum
    # parameter, which SWIG converts with its own rule).
    FAST_PARAMS = ("int", "float", "bool", "object", "bytes_in", "bytes_out")
    FAST_RESULTS = ("none", "int", "float", "bool", "enum", "text", "bytes")

    def int_conversion(self, scalar: str, input_: str, name: str, out: str) -> tuple[str, str]:
        """(the converted value's C type, the C call converting `input_` into
        `out`, 0 or -1) for an integer scalar: the typemaps' and the fast
        methods' one rule."""
        macro = SCALARS[scalar][:-2].upper()            # uint64_t -> UINT64
        if RANGES[scalar][0] == 0:
            return "uint64_t", f'{self.prefix}__pyglue_unsigned({input_}, "{name}", {macro}_MAX, &{out})'
        return "int64_t", f'{self.prefix}__pyglue_signed({input_}, "{name}", {macro}_MIN, {macro}_MAX, &{out})'

    def fast_param(self, p, index: int) -> tuple[list[str], list[str], list[str], dict]:
        """(declarations, conversions, clean-ups, {C parameter: the call's
        expression} where it is not the variable of its name) of parameter
        `p`, given as py_args[index] (NULL: not given, its default).
        Converted into C variables named after the C parameters. On a refusal
        a conversion jumps to `done` with its error set."""
        arg = f"py_args[{index}]"
        cps = p.idl.c_params
        glue = self.prefix + "__pyglue"
        if p.shape in ("bytes_in", "bytes_out"):
            # what holds the bytes during the call, the glue getting them,
            # their address and length in it, and its release
            holder, get, data, length_of, release = {
                "bytes_in": (f"{glue}_bytes_in", f"{glue}_bytes_in_get", "data", "{v}.length",
                             f"{glue}_bytes_in_release(&{{v}})"),
                "bytes_out": ("Py_buffer", f"{glue}_bytes_out_get", "buf", "(uint64_t){v}.len",
                              "PyBuffer_Release(&{v})"),
            }[p.shape]
            ptr, length = cps[0].name, cps[1].name
            v = f"{ptr}_held"
            return ([f"{holder} {v};", f"bool {ptr}_got = false;",
                     f"{cps[0].c_type} {ptr} = NULL;", f"{cps[1].c_type} {length} = 0;"],
                    [f'if ({get}({arg}, "{ptr}", &{v}) != 0) goto done;',
                     f"{ptr}_got = true;", f"{ptr} = ({cps[0].c_type}){v}.{data};",
                     f"{length} = {length_of.format(v=v)};"],
                    [f"if ({ptr}_got) {release.format(v=v)};"], {})
        (cp,) = cps
        default = names.literal(p.default) if p.default is not None else None
        given = f"{arg} && " if default is not None else ""
        cast = {cp.name: f"({cp.c_type}){cp.name}_value"}
        if p.shape == "object":
            return ([f"uint64_t {cp.name}_value = 0;"],
                    [f'if ({glue}_handle_arg({arg}, "{cp.name}", &{cp.name}_value) != 0) goto done;'], [], cast)
        if p.shape == "float":
            return ([f"double {cp.name} = {default or 0};"],
                    [f'if ({given}{glue}_double({arg}, "{cp.name}", &{cp.name}) != 0) goto done;'], [], {})
        if p.shape == "bool":
            return ([f"bool {cp.name} = {default or 'false'};"],
                    [f'if ({given}{glue}_bool({arg}, "{cp.name}", &{cp.name}) != 0) goto done;'], [], {})
        value_type, conversion = self.int_conversion(p.idl.type.name, arg, cp.name, f"{cp.name}_value")
        return ([f"{value_type} {cp.name}_value = {default or 0};"],
                [f"if ({given}{conversion} != 0) goto done;"], [], cast)

    def fast_method(self, c: Callable, cls: Class, name: str) -> Optional[PyFastMethod]:
        """The CPython form of a method whose parameters and result are
        shapes above. Without parameters METH_NOARGS, as SWIG registers it
        (a call with arguments is CPython's same TypeError); with them
        METH_FASTCALL | METH_KEYWORDS, by position or keyword, defaults as
        SWIG's, the call's TypeErrors PyArg_ParseTupleAndKeywords' (naming
        the method as SWIG does), each refused value the invalid-argument
        error naming its parameter. SWIG's order: the arguments' count and
        names first, then `self`, then each value in turn. The object SWIG
        made holds the class's C struct; one made by Class.__new__() holds
        none (the invalid-argument error, as SWIG's self typemap raises)."""
        if c.result.shape not in self.FAST_RESULTS or any(p.shape not in self.FAST_PARAMS for p in c.params):
            return None
        if c.result.shape == "struct_out" or (c.fn.result and c.result.shape != "bytes"
                                              and c.fn.result.c_out_params):
            return None
        struct = self.c_struct(cls)
        glue = self.prefix + "__pyglue"
        err = self.s.error_struct.c_name
        decls = [f"{struct}* c_self = ({struct}*)((SwigPyObject*)self)->ptr;", "PyObject* py_result = NULL;"]
        convert, cleanup, call_args = [], [], {}
        if c.params:
            kw = ", ".join(f'"{p.idl.c_params[0].name}"' for p in c.params)
            required = sum(1 for p in c.params if p.default is None)
            decls[:0] = [f"static const char* const names[] = {{{kw}}};", f"PyObject* py_args[{len(c.params)}];"]
            for i, p in enumerate(c.params):
                d, v, u, given = self.fast_param(p, i)
                call_args.update(given)
                decls += d
                convert += v
                cleanup += u
            parse = [f'if ({glue}_method_args("{self.sp.class_name(cls.name)}_{name}", names, {required}, {len(c.params)}, args, nargs, '
                     f"kwnames, py_args) != 0)", "    return NULL;"]
        else:
            decls.append("(void)unused;")
            parse = []
        if c.fallible:
            decls += [f"{err} err = {{0, NULL}};", f"{err}* out_err = &err;"]
        body = decls + parse + ["if (!c_self) {", f"    {glue}_unmade(self);", "    return NULL;", "}"] + convert
        call = self.call(c, "c_self->handle", call_args)
        raise_ = f"{self.prefix}__py_raise(&err);"
        shape = c.result.shape
        if shape in ("none", "int", "float", "bool", "enum"):
            if shape == "none":
                body.append(f"{call};")
                made = "(Py_INCREF(Py_None), Py_None)"
            else:
                body.append(f"{c.fn.c_return} result = {call};")
                made = to_python(c.fn.result.type, "result", c.fn.pos)
            body += ["if (err.code != 0)", f"    {raise_}", "else", f"    py_result = {made};"] if c.fallible \
                else [f"py_result = {made};"]
        else:
            # text and bytes: as SWIG's wrapper, a Python error the result's
            # conversion raised wins (the core's message freed), then the
            # core's error replaces the result
            if shape == "text":
                body.append(f"py_result = {glue}_text({call}, {self.s.free_text.fn.c_name});")
            else:
                out = c.fn.result.c_out_params[0]
                body += [f"{out.c_type[:-1]} {out.name} = 0;",
                         f"uint8_t* data_out = {call};",
                         f"py_result = {glue}_bytes(data_out, {out.name}, {self.s.free_bytes.fn.c_name});"]
            if c.fallible:
                body += ["if (!py_result && PyErr_Occurred()) {",
                         f"    if (err.message) {self.s.error_clear.fn.c_name}(&err);",
                         "} else if (err.code != 0) {",
                         "    Py_CLEAR(py_result);",
                         f"    {raise_}",
                         "}"]
        if convert:
            body.append("done:")
        body += cleanup + ["return py_result;"]
        if c.params:
            return PyFastMethod(f"{struct}_fast_{name}", "METH_FASTCALL | METH_KEYWORDS",
                                "PyObject* self, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames", body)
        return PyFastMethod(f"{struct}_fast_{name}", "METH_NOARGS", "PyObject* self, PyObject* unused", body)

    def constructor(self, c: Callable, cls: Class) -> PyMethod:
        """A constructor's `struct_in` parameter is spread into keyword
        arguments, one per field."""
        params, decl, body = [], [], []
        for p in c.params:
            if p.shape != "struct_in":
                pp = self.param(p)
                params.append(pp)
                decl += pp.c_decl
                continue
            st = p.struct.idl
            body += [f"{st.c_name} {p.name};", f"memset(&{p.name}, 0, sizeof {p.name});"]
            for fld in st.fields:
                ft = c_type(fld.type, self.lib)
                zero = "false" if fld.type.name == "bool" else "0"
                decl.append(f"{ft} {fld.name} = {zero}")
                body.append(f"{p.name}.{fld.name} = {fld.name};")
                params.append(PyParam(p, self.sp.field(fld.name), self.field_annotation(fld),
                                      "False" if fld.type.name == "bool" else "0", []))
        decl += self.out_err(c)
        args = [("&" + p.name if p.shape == "struct_in" else cp.name) for p in c.params for cp in p.idl.c_params]
        args += ["out_err"] if c.fallible else []
        body.append(f"return {self.c_struct(cls)}_wrap({c.fn.c_name}({', '.join(args)}), NULL, true);")
        extra = "\n".join(f"{self.sp.field(fld.name)}: {names.paragraph(fld.doc)}"
                          for p in c.params if p.shape == "struct_in" for fld in p.struct.fields)
        return PyMethod(c, "__init__", params, "None", f"{self.c_struct(cls)}*", body,
                        self.docstring(c, extra), decl, kwargs=True)

    def close(self, c: Callable) -> PyMethod:
        """close(): a no-op once it succeeded; otherwise the core's release,
        refusals and all."""
        body = ["if ($self->closed) return;"]
        body.append(f"{c.fn.c_name}($self->handle{', out_err' if c.fallible else ''});")
        done = "{ $self->closed = true; Py_CLEAR($self->owner); }"
        body.append(f"if (out_err->code == 0) {done}" if c.fallible else done)
        return PyMethod(c, "close", [], "None", "void", body,
                        self.docstring(c, "A second close() after a successful one does nothing, as for files."),
                        self.out_err(c))

    def exit(self, c: Callable) -> list[str]:
        """__exit__: close() once; when that is refused while the block is
        left by an exception, the refusal becomes a note on that exception
        (the object stays open) instead of replacing it."""
        refused = f"return {self.prefix}__py_exit_refused(%s, exc_value, py_self);"
        body = ["if ($self->closed) Py_RETURN_NONE;"]
        if not c.fallible:
            return body + [f"{c.fn.c_name}($self->handle);", "$self->closed = true;", "Py_CLEAR($self->owner);",
                           "Py_RETURN_NONE;"]
        return body + [f"{self.s.error_struct.c_name} err = {{0, NULL}};", f"{c.fn.c_name}($self->handle, &err);",
                       "if (err.code == 0) { $self->closed = true; Py_CLEAR($self->owner); Py_RETURN_NONE; }",
                       refused % "&err"]

    # -- the flat API (native) ----------------------------------------------------
    FLAT_RESULTS = {"none": "None", "int": "int", "float": "float", "bool": "bool", "enum": "int", "static_text": "builtins.str",
                    "text": "builtins.str", "bytes": "builtins.bytes", "object": "int", "view": "list[Any]"}

    def flat(self) -> list[PyFlat]:
        out = []
        for c in self.s.public:
            # the flat function takes the receiver's handle first, and raw handles for objects
            params = [(c.fn.receiver.name, "int", None)] if c.receiver is not None else []
            for p in c.params:
                if p.shape in ("object", "any_handle"):
                    ann = "int"
                elif p.shape == "struct_in":
                    ann = self.sp.class_name(p.struct.name) + (" | None" if p.nullable else "")
                else:
                    ann = PARAM_ANNOTATIONS[p.shape]
                params.append((p.name, ann, _literal(p.default)))
            r = c.result
            returns = self.sp.class_name(r.struct.name) if r.shape == "struct_out" else self.FLAT_RESULTS[r.shape]
            out.append(PyFlat(names.unprefixed(c.fn.c_name, self.prefix), params, returns))
        return out

    def flat_constants(self) -> list[tuple[str, str]]:
        lib = self.lib
        out = [(names.unprefixed(c.c_name, self.prefix), "int") for c in lib.consts]
        out += [(names.unprefixed(m.c_name, self.prefix), "int") for m in lib.errors.members]
        out += [(names.unprefixed(m.c_name, self.prefix), "int") for e in lib.enums for m in e.members]
        return out + [("ABI_VERSION", "int"), ("IDL_HASH", "builtins.str")]

    def field_annotation(self, fld) -> str:
        t = fld.type
        if t.category == "scalar":
            return "bool" if t.name == "bool" else "int"
        if t.category in ("str", "cstring"):
            return "builtins.str | None"
        return "int"

    def build(self) -> PyView:
        s, sp = self.s, self.sp
        classes = {}
        for cls in s.user_classes:
            doc = names.paragraph(cls.doc)
            classes[cls.name] = PyClass(cls, sp.class_name(cls.name), self.c_struct(cls), doc)
        for cls in s.user_classes:
            pc = classes[cls.name]
            if cls.parent is not None:
                pc.parent = classes[cls.parent.name]
            if cls.constructor is not None:
                pc.init = self.constructor(cls.constructor, cls)
                pc.docstring += "\n\n" + pc.init.docstring
            pc.close = self.close(cls.release)
            pc.exit = self.exit(cls.release)
            pc.docstring += ("\n\nclose() releases it (so does leaving a `with` block); the destructor does so "
                             "best-effort.")
            for c in cls.methods:
                pc.methods.append(self.method(c, cls))
            if cls.arrow_export is not None:
                pc.arrow_export = cls.arrow_export.fn.c_name
            if cls.arrow_stream_export is not None:
                pc.arrow_stream_export = cls.arrow_stream_export.fn.c_name
            if cls.arrow_import is not None:
                c = cls.arrow_import
                receiver = classes[c.fn.receiver.type.decl.name]
                receiver.arrow_imports.append((f"_import_arrow_{cls.name}", c.fn.c_name, pc))
            if cls.typed_by is not None:
                pc.typed_by = cls.typed_by.fn.c_name
                pc.formats = [(m.c_name, *BUFFER_FORMATS[m.name]) for m in cls.typed_by.result.type.decl.members
                              if m.name in BUFFER_FORMATS]
        si = s.arrow_stream_import
        if si is not None:
            classes[si.receiver.name].arrow_stream_import = PyArrowStreamImport(
                si.importer.c_name, si.next.c_name, si.release.c_name, classes[si.item.name],
                sp.class_name(si.importer.constructs.name))
        token_cls = s.token_class
        if token_cls is None:
            _fail(self.lib.pos, "the Python package needs views (a borrow token kind)")
        token = PyClass(token_cls, sp.class_name(token_cls.name), self.c_struct(token_cls),
                        names.paragraph(token_cls.doc))
        # the live view is a C type of its own (bindings/python/weaveheap_pyview.c):
        # only its release and the docstring of its close() come from here
        token.close = self.close(token_cls.release)

        structs = []
        for st in s.structs:
            if st.direction == "error":
                continue
            fields = [PyField(sp.field(f.name), c_type(f.type, self.lib), self.field_annotation(f),
                              to_python(f.type, "$self->" + f.name, f.pos), "False" if f.type.name == "bool" else "0")
                      for f in st.fields]
            name = st.idl.c_name if st.direction == "view" else sp.class_name(st.name)
            structs.append(PyStruct(st, name, st.idl.c_name, names.paragraph(st.idl.doc), fields,
                                    st.direction in ("out", "view")))
        struct_outs = {}
        for c in s.public:
            if c.result.out_param is not None:
                struct_outs.setdefault(c.result.out_param.type.decl.c_name, set()).add(c.result.out_param.name)

        enums = [PyEnum(sp.class_name(e.name), names.paragraph(e.doc),
                        [(sp.enum_member(m.name), m.value) for m in e.members]) for e in self.lib.enums]
        enum_name = {id(e): sp.class_name(e.name) for e in self.lib.enums}

        functions = []
        for c in s.functions:
            params = [self.param(p) if p.shape not in ("object", "any_handle") else
                      PyParam(p, sp.param(p.name), "_HandleObject | int", None, []) for p in c.params]
            args = [f"_handle_of({pp.name})" if p.shape in ("object", "any_handle") else pp.name
                    for p, pp in zip(c.params, params)]
            r = c.result
            wrapper_result = enum_name[id(r.type.decl)] if r.shape == "enum" else ""
            if r.shape in ("int", "bool"):
                returns = "bool" if r.shape == "bool" else "int"
            elif r.shape == "enum":
                returns = wrapper_result
            elif r.shape == "static_text":
                returns = "builtins.str"
            elif r.shape == "struct_out":
                returns = sp.class_name(r.struct.name)
            elif r.shape == "none":
                returns = "None"
            else:
                _fail(c.fn.pos, f"{c.name}: a library function's result of shape '{r.shape}' has no Python form")
            flat = names.unprefixed(c.fn.c_name, self.prefix)
            functions.append(PyFunction(c, sp.function(c.member), flat, self.docstring(c), params, returns,
                                        args, wrapper_result))

        int_types = []
        for name, ctype in SCALARS.items():
            if name not in RANGES:            # bool, and the floats: typemaps of their own
                continue
            int_types.append((ctype, *self.int_conversion(name, "$input", "$1_name", "value_temp")))

        fast = []
        for c in s.public:
            if c.params or c.fallible or c.result.shape not in ("none", "int", "bool", "enum", "static_text"):
                continue
            if c.result.shape == "none":
                body = [f"{c.fn.c_name}();", "Py_RETURN_NONE;"]
            else:
                body = [f"{c.fn.c_return} r = {c.fn.c_name}();", f"return {to_python(c.fn.result.type, 'r', c.fn.pos)};"]
            fast.append(PyFast(names.unprefixed(c.fn.c_name, self.prefix), body, self.docstring(c)))
        params = [p for c in s.public for p in c.params]
        views = self.lib.views
        return PyView(
            s, sp, sp.package, sp.base_error(),
            names.paragraph(self.lib.errors.doc), self.errors, list(classes.values()), token, structs, enums,
            functions, s.error_struct.c_name, s.error_clear.fn.c_name, s.strerror.fn.c_name,
            s.free_text.fn.c_name, s.free_bytes.fn.c_name, views.shared.c_name, views.unique.c_name,
            views.struct.c_name, s.glue_error("argument").member.c_name, sp.member(VIEW_MEMBER),
            int_types, fast, self.flat(), self.flat_constants(),
            sorted({p.name for p in params if p.shape == "bytes_in"}),
            sorted({p.name for p in params if p.shape == "bytes_out"}),
            {k: sorted(v) for k, v in struct_outs.items()},
            sorted({(cp.c_type, cp.name) for cls in s.user_classes for c in cls.methods for p in c.params
                    if p.shape == "object" for cp in p.idl.c_params}))


def build(s: Surface) -> PyView:
    return _Builder(s).build()
