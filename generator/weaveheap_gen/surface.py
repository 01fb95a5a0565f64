"""The binding surface: everything a binding needs that is not a spelling,
derived once from the validated model, so that every language presents the
same library.

For each function: its role (a class's constructor, a method of one or more
classes, a class's close, a view, the end of a view, a library function, or
hidden: called only by the glue), the classes it belongs to, its public
parameters (receiver and `out` parameters taken away) with their defaults
and the shape each is converted in, the shape of its result, and its error
classes. For the library: a class per handle kind, the error classes and
their hierarchy, the view functions and their token, the structs a caller
fills and those the core fills, the ABI-guard functions.

Targets read this and only choose spellings (names.py) and render. A target
that needs a fact missing here adds it here, for every target."""
import re
from dataclasses import dataclass, field
from typing import Optional

from . import model as m
from .diagnostics import IdlError
from .names import pascal

# -- error classes ------------------------------------------------------------
# How the library spells itself in a class name.
BRANDS = {"weaveheap": "WeaveHeap"}
# Error stems that read better than the code's name (`borrowed` is a
# BorrowError; `system_error` would be SystemErrorError, or shadow Python's
# SystemError).
ERROR_STEMS = {"borrowed": "Borrow", "system_error": "SystemCall"}
# Errors that are a special case of another: a conflicting borrow is a borrow
# error, so catching BorrowError catches both.
ERROR_PARENTS = {"borrow_conflict": "borrowed"}
# The errors a binding raises itself, the same in every language: by the
# situation the glue refuses, the error code's IDL name.
GLUE_ERRORS = {
    "argument": ("invalid_argument", "an argument the language lets through but the C API cannot take "
                                     "(null, a negative size, a value of the wrong type)"),
    "no_memory": ("out_of_memory", "the glue's own allocation fails"),
    "closed": ("stale_handle", "an object or a view is used after its close()"),
    "past_end": ("out_of_range", "a view is read or written past its end"),
    "read_only": ("invalid_argument", "a view that is not writable is written through"),
    "in_use": ("borrowed", "a view is closed while a call of the binding still uses it"),
}
# The parameters of a method that exports its object through the Arrow C Data
# Interface: the caller's `struct ArrowSchema*` and `struct ArrowArray*`, as
# `unique ptr`. A function that takes `ptr` parameters writes through
# addresses no binding can check, so it is hidden: only a binding's glue
# calls it (Python's __arrow_c_schema__ / __arrow_c_array__), with structs it
# allocated itself.
ARROW_EXPORT_PARAMS = ("schema", "array")
# The same for an Arrow C Stream export: the caller's `struct ArrowArrayStream*`
# (Python's __arrow_c_stream__).
ARROW_STREAM_PARAMS = ("out",)
# The parameters of an Arrow C Data import (`foreign.import_array`): the
# caller's structs, moved into a new object of the class the function
# makes. Hidden too: Python's glue calls it with a producer's capsules
# (weaveheap.import_arrow).
ARROW_IMPORT_PARAMS = ("schema", "array")
# A C-only import of a `struct ArrowArrayStream*` (`foreign_stream.import_stream`):
# its kind's `next` (own handle of a class with an arrow_import, 0 at the
# end) and release are C-only too (a method result cannot be 0), so only a
# binding's glue drives them.
ARROW_STREAM_IMPORT_PARAMS = ("stream",)


@dataclass
class ArrowStreamImport:
    importer: m.Function      # (region, stream: unique ptr) -> own stream kind
    next: m.Function          # (stream) -> own item kind, 0 at the end
    release: m.Function
    item: "Class" = field(repr=False)       # what `next` makes
    receiver: "Class" = field(repr=False)   # what `importer` is called on
# The bool field of a constructor's options that makes the object thread-safe:
# its `threads(region)` functions, and those of every object made in it, may
# then be called from any thread (docs/idl.md, threads).
THREAD_SAFE_FIELD = "thread_safe"


def brand(lib: m.Library) -> str:
    return BRANDS.get(lib.name, pascal(lib.name))


@dataclass
class ErrorClass:
    member: m.Member                 # the errors enum member: name, value, c_name, doc
    stem: str                        # StaleHandle, Borrow, SystemCall: each language adds its suffix
    parent: Optional["ErrorClass"]   # None: derives from the base class
    children: list["ErrorClass"] = field(default_factory=list, repr=False)

    @property
    def code(self) -> int:
        return self.member.value

    @property
    def family(self) -> list["ErrorClass"]:
        """Itself and every class below it: what `catch` of it catches."""
        out = [self]
        for c in self.children:
            out += c.family
        return out


# -- parameters and results -----------------------------------------------------
# How a public parameter crosses the boundary:
#   object      a handle of one kind or of a handle set: an instance of its class(es)
#   any_handle  any handle (`handle`): an instance of any class, or a raw handle
#   int         an integer scalar (`type` names which)
#   float       a floating-point scalar (`type`: f32 or f64)
#   bool        a boolean
#   enum        a member of `enum`
#   bytes_in    `shared u8[]`: bytes the core reads during the call
#   bytes_out   `unique u8[]`: a caller's buffer the core fills
#   text_in     `shared str` / `shared cstring`: text the core reads
#   struct_in   `shared struct`: a record the caller fills
PARAM_SHAPES = ("object", "any_handle", "int", "float", "bool", "enum", "bytes_in", "bytes_out", "text_in", "struct_in")
# What a call gives back:
#   none, int, float, bool, enum    as the C result
#   static_text              a static string the core keeps
#   text                     an owned C string, copied out and freed (free_string)
#   bytes                    owned bytes, copied out and freed (free_bytes)
#   object                   a new handle: an instance of `cls`
#   struct_out               the struct of the one `out` parameter
#   view                     a view: the token and the view struct
RESULT_SHAPES = ("none", "int", "float", "bool", "enum", "static_text", "text", "bytes", "object", "struct_out", "view")


@dataclass
class Param:
    idl: m.Param
    shape: str
    classes: list["Class"] = field(default_factory=list)   # object: the classes it accepts
    struct: Optional["Struct"] = None                       # struct_in
    enum: Optional[m.Enum] = None                           # enum

    @property
    def name(self) -> str:
        return self.idl.name

    @property
    def type(self) -> str:
        """The IDL type's name (u64, bool, region, memory, u8[] ...)."""
        return self.idl.type.name

    @property
    def default(self):
        """The IDL default (an int or a bool), or None."""
        return self.idl.default

    @property
    def nullable(self) -> bool:
        return self.idl.nullable

    @property
    def optional(self) -> bool:
        """A caller may leave it out: it has a default, or may be NULL."""
        return self.idl.default is not None or self.idl.nullable

    @property
    def ownership(self) -> Optional[str]:
        return self.idl.ownership

    @property
    def constraints(self):
        return self.idl.constraints


@dataclass
class Result:
    shape: str
    type: Optional[m.Type] = None                # the IDL type (int, bool, enum: its scalar or enum)
    cls: Optional["Class"] = None                # object
    struct: Optional["Struct"] = None            # struct_out
    out_param: Optional[m.Param] = None          # struct_out, view: the `out` parameter


# -- functions ------------------------------------------------------------------
# The member names every binding gives a view function (one `view` call, or
# one per borrow) and a release (`close`, as for files).
VIEW_MEMBER = "view"
CLOSE_MEMBER = "close"
ROLES = ("constructor", "method", "release", "view", "view_release", "function", "hidden")


@dataclass(eq=False)
class Callable:
    """An IDL function as every binding presents it."""
    # Short, as Class's and Surface's: their dataclass reprs would print the
    # whole graph (parents, owners, the library), gigabytes in a failing
    # test's report.
    def __repr__(self):
        return f"<Callable {self.fn.qualified_name}>"

    fn: m.Function
    role: str
    member: str                                  # snake_case name as a member or library function
    classes: list["Class"] = field(default_factory=list)   # the classes it is a member of
    params: list[Param] = field(default_factory=list)      # public: no receiver, no `out`
    result: Result = field(default_factory=lambda: Result("none"))
    errors: list[ErrorClass] = field(default_factory=list)
    hidden_why: str = ""                         # hidden: what the glue calls it for
    frees_results_of: list["Callable"] = field(default_factory=list)   # hidden: whose results it frees

    @property
    def name(self) -> str:
        return self.fn.qualified_name

    @property
    def receiver(self) -> Optional[m.Param]:
        return self.fn.receiver if self.role in ("method", "release", "view", "view_release") else None

    @property
    def owner(self) -> Optional["Class"]:
        """The one class it belongs to (None for library functions, and for a
        method of several classes: see `classes`)."""
        return self.classes[0] if len(self.classes) == 1 else None

    @property
    def fallible(self) -> bool:
        return self.fn.fallible

    @property
    def any_thread(self) -> bool:
        """`threads(any)`: callable from any thread, whatever the region's
        kind; otherwise (`threads(region)`) from any thread only for a
        thread-safe region (see `Surface.thread_safe`)."""
        return self.fn.threads == "any"

    @property
    def makes(self) -> Optional["Class"]:
        return self.result.cls

    def declared(self, name: str) -> Optional[ErrorClass]:
        """The error class of code `name` if the function declares it (its
        IDL `errors(...)`), else None."""
        return next((e for e in self.errors if e.member.name == name), None)

    @property
    def required(self) -> list[Param]:
        return [p for p in self.params if not p.optional]

    @property
    def optional(self) -> list[Param]:
        return [p for p in self.params if p.optional]


# -- classes and structs -----------------------------------------------------------
@dataclass(eq=False)
class Class:
    """A handle kind as a class: made by its constructor or by a method of
    another class, ended by `close` (its kind's release)."""
    def __repr__(self):
        return f"<Class {self.name}>"

    handle: m.Handle
    name: str                                    # snake_case: the kind's name, `view` for view tokens
    is_token: bool = False                       # the view token kind: a View, made only by views
    constructor: Optional[Callable] = None
    methods: list[Callable] = field(default_factory=list)
    release: Optional[Callable] = None
    views: dict = field(default_factory=dict)    # "shared" / "unique" -> Callable
    made_by: list[Callable] = field(default_factory=list)
    parent: Optional["Class"] = None             # the class whose object an instance lives in
    writable: bool = False                       # its unique view may be written through
    copy_out: Optional[tuple] = None             # ("read" | "dup_bytes" | "dup_text", Callable)
    write_back: Optional[Callable] = None        # writes a copied unique view back
    kind_probe: Optional[Callable] = None        # the cheapest call that has the core check a handle is one of these
    arrow_export: Optional[Callable] = None      # hidden: fills Arrow C Data structs (ARROW_EXPORT_PARAMS)
    arrow_stream_export: Optional[Callable] = None  # hidden: fills an ArrowArrayStream (ARROW_STREAM_PARAMS)
    arrow_import: Optional[Callable] = None      # hidden: moves Arrow C Data structs into a new one (ARROW_IMPORT_PARAMS)
    typed_by: Optional[Callable] = None          # the call that says the element type its views show (None: bytes)
    element_types: list["ElementType"] = field(default_factory=list)   # typed_by's fixed-width members

    @property
    def typed_enum(self) -> Optional[m.Enum]:
        """The enum of its element types (typed classes only)."""
        return self.typed_by.result.type.decl if self.typed_by else None

    @property
    def doc(self) -> str:
        return self.handle.doc

    @property
    def memory(self) -> bool:
        """It can be viewed without a copy."""
        return bool(self.views)


@dataclass(eq=False)
class ThreadSafeOption:
    """How a class is made thread-safe: `field` (a bool) of its constructor's
    struct parameter `param`. An object made with it true, and every object
    made in it (`classes`), may be used from any thread at once."""
    cls: Class
    param: "Param"
    field: m.Field
    classes: list[Class] = field(default_factory=list)   # cls and the classes whose parent chain reaches it


@dataclass(eq=False)
class Struct:
    idl: m.Struct
    direction: str                               # in (a caller fills it), out (the core does), both, error, view

    @property
    def name(self) -> str:
        return self.idl.name

    @property
    def fields(self) -> list[m.Field]:
        return self.idl.fields


@dataclass(eq=False)
class Surface:
    def __repr__(self):
        return f"<Surface of {self.lib.name}>"

    lib: m.Library
    brand: str
    errors: list[ErrorClass]
    classes: list[Class]
    callables: list[Callable]
    structs: list[Struct]
    abi_version: Callable                        # the ABI guard compares these two
    idl_hash: Callable
    version_string: Callable
    strerror: Callable
    kind_of: Optional[Callable]                  # any handle -> its kind
    error_struct: Optional[m.Struct]
    error_clear: Optional[Callable]
    free_text: Optional[Callable]                # frees what `text` results hand out
    free_bytes: Optional[Callable]               # frees what `bytes` results hand out
    thread_safe: Optional[ThreadSafeOption] = None   # None: every object belongs to one thread at a time
    # Functions only C can call (model.Function.c_only: an opaque address, a
    # callback, a kind only C makes): in the C header, for extensions'
    # generated C, and in no binding; not among `callables`.
    c_only: list[m.Function] = field(default_factory=list)
    # The C-only import of an Arrow C Stream (ARROW_STREAM_IMPORT_PARAMS) that
    # a binding's glue may drive itself (Python's weaveheap.import_arrow).
    arrow_stream_import: Optional["ArrowStreamImport"] = field(default=None, repr=False)

    @property
    def functions(self) -> list[Callable]:
        """Library functions (module level in every language)."""
        return [c for c in self.callables if c.role == "function"]

    @property
    def hidden(self) -> list[Callable]:
        return [c for c in self.callables if c.role == "hidden"]

    @property
    def public(self) -> list[Callable]:
        return [c for c in self.callables if c.role != "hidden"]

    @property
    def user_classes(self) -> list[Class]:
        """Classes a user makes and closes (not view tokens)."""
        return [c for c in self.classes if not c.is_token]

    @property
    def memory_classes(self) -> list[Class]:
        return [c for c in self.classes if c.memory]

    @property
    def token_class(self) -> Optional[Class]:
        return next((c for c in self.classes if c.is_token), None)

    @property
    def root_classes(self) -> list[Class]:
        """Classes made by a constructor of their own (no other object needed)."""
        return [c for c in self.user_classes if c.constructor is not None]

    @property
    def views(self) -> list[Callable]:
        return [c for c in self.callables if c.role == "view"]

    @property
    def viewed(self):
        """The type every view function takes (the `memory` handle set):
        what the classes with views have in common, an interface in the
        languages that have them. None without views, or when the views
        take different types."""
        types = {id(v.fn.receiver.type.decl): v.fn.receiver.type.decl for v in self.views}
        return next(iter(types.values())) if len(types) == 1 else None

    @property
    def type_names(self) -> list[str]:
        """The IDL names of everything a binding makes a type of: classes
        (`view` for the view tokens), structs and enums (names.Speller
        keeps functions clear of them where they share one namespace)."""
        return [c.name for c in self.classes] + [st.name for st in self.structs] + \
            [e.name for e in self.lib.enums]

    @property
    def process_stats(self) -> Optional[Callable]:
        """The library function that reads the process-wide counters (what
        the misuse tests compare before and after a refused call): the one
        with no parameters that fills an `out` struct."""
        found = [c for c in self.functions if not c.params and c.result.shape == "struct_out"]
        return found[0] if len(found) == 1 else None

    @property
    def view_struct(self) -> Optional[m.Struct]:
        return self.lib.views.struct if self.lib.views else None

    def error(self, name: str) -> ErrorClass:
        """The error class of the code named `name` (IdlError: the IDL has none)."""
        found = next((e for e in self.errors if e.member.name == name), None)
        if found is None:
            _fail(self.lib.errors.pos, f"the errors need a '{name}' code")
        return found

    def glue_error(self, situation: str) -> ErrorClass:
        """What every binding raises itself in `situation` (GLUE_ERRORS):
        the same error class in every language."""
        name, when = GLUE_ERRORS[situation]
        found = next((e for e in self.errors if e.member.name == name), None)
        if found is None:
            _fail(self.lib.errors.pos, f"every binding raises '{name}' when {when}: the errors need that code")
        return found

    def callable(self, fn: m.Function) -> Callable:
        return next(c for c in self.callables if c.fn is fn)

    def cls(self, handle: m.Handle) -> Class:
        return next(c for c in self.classes if c.handle is handle)

    def struct(self, st: m.Struct) -> Struct:
        return next(s for s in self.structs if s.idl is st)


# -- the pass ----------------------------------------------------------------------
def _fail(pos, msg):
    raise IdlError(pos, f"binding surface: {msg}")


def _errors(lib: m.Library) -> list[ErrorClass]:
    out: dict[str, ErrorClass] = {}

    def make(member) -> ErrorClass:
        if member.name not in out:
            stem = ERROR_STEMS.get(member.name, pascal(member.name))
            if stem.endswith("Error"):
                stem = stem[:-len("Error")]
            parent_name = ERROR_PARENTS.get(member.name)
            parent = None
            if parent_name:
                parent = make(next(p for p in lib.errors.members if p.name == parent_name))
            out[member.name] = e = ErrorClass(member, stem, parent)
            if parent:
                parent.children.append(e)
        return out[member.name]

    for member in lib.errors.members:
        if member.value != 0:
            make(member)
    stems = [e.stem for e in out.values()]
    for e in out.values():
        if stems.count(e.stem) > 1:
            _fail(e.member.pos, f"two errors make the class stem '{e.stem}'")
    # parents before their children, otherwise in the IDL's order
    ordered: list[ErrorClass] = []

    def add(e):
        if e.parent and e.parent not in ordered:
            add(e.parent)
        if e not in ordered:
            ordered.append(e)

    for e in out.values():
        add(e)
    return ordered


def _structs(lib: m.Library) -> list[Struct]:
    out = []
    view_struct = lib.views.struct if lib.views else None
    for st in lib.structs:
        if st is lib.error_struct:
            direction = "error"
        elif st is view_struct:
            direction = "view"
        else:
            uses = [p for f in lib.functions for p in f.params if p.type.decl is st]
            outs = [p for p in uses if p.is_out]
            ins = [p for p in uses if not p.is_out]
            direction = "both" if outs and ins else "out" if outs else "in"
        out.append(Struct(st, direction))
    return out


def _scalar_shape(t: m.Type) -> str:
    return "bool" if t.name == "bool" else "float" if t.name in m.FLOATS else "int"


def _param(p: m.Param, s: Surface, where: str) -> Param:
    t, cat, own = p.type, p.type.category, p.ownership
    if cat in ("handle", "handleset"):
        return Param(p, "object", classes=[s.cls(k) for k in t.kinds])
    if cat == "anyhandle":
        return Param(p, "any_handle", classes=list(s.user_classes))
    if cat == "scalar":
        return Param(p, _scalar_shape(t))
    if cat == "enum":
        return Param(p, "enum", enum=t.decl)
    if cat == "array" and own == "shared":
        return Param(p, "bytes_in")
    if cat == "array" and own == "unique":
        return Param(p, "bytes_out")
    if cat in ("str", "cstring") and own == "shared":
        return Param(p, "text_in")
    if cat == "struct" and own in ("shared", "unique"):
        return Param(p, "struct_in", struct=s.struct(t.decl))
    _fail(p.pos, f"{where}: parameter '{p.name}' ({own or 'by value'} {t.name}) has no form in the bindings")


def _result(f: m.Function, s: Surface) -> Result:
    outs = [p for p in f.params if p.is_out]
    views = [p for p in outs if p.type.category == "view"]
    if views:
        return Result("view", cls=s.cls(f.constructs) if f.constructs else None, out_param=views[0])
    if outs:
        if len(outs) > 1 or f.result is not None or outs[0].type.category != "struct":
            _fail(f.pos, f"{f.qualified_name}: a binding returns at most one 'out' struct, and then no result")
        return Result("struct_out", type=outs[0].type, struct=s.struct(outs[0].type.decl), out_param=outs[0])
    r = f.result
    if r is None:
        return Result("none")
    t, cat = r.type, r.type.category
    if cat == "scalar":
        return Result(_scalar_shape(t), type=t)
    if cat == "enum":
        return Result("enum", type=t)
    if cat == "str" and r.ownership == "static":
        return Result("static_text", type=t)
    if cat == "cstring" and r.ownership == "own":
        return Result("text", type=t)
    if cat == "array" and r.ownership == "own":
        return Result("bytes", type=t)
    if cat == "handle" and r.ownership == "own":
        return Result("object", type=t, cls=s.cls(t.decl))
    _fail(f.pos, f"the result of {f.qualified_name} has no form in the bindings")


def _single_receiver(c: Callable, cls: Class) -> bool:
    return c.classes == [cls]


def _copy_out(cls: Class, s: Surface):
    """How a whole object of `cls` is copied out (for runtimes that refuse
    external memory, so that the core counts the copy): ('read', f) fills
    caller memory from an offset; ('dup_bytes', f) and ('dup_text', f) return
    memory the glue frees."""
    for c in cls.methods:
        if (_single_receiver(c, cls) and [p.shape for p in c.params] == ["int", "bytes_out"]
                and c.params[0].type == "u64"):
            return ("read", c)
    for c in cls.methods:
        if _single_receiver(c, cls) and not c.params and c.result.shape in ("bytes", "text"):
            return ("dup_bytes" if c.result.shape == "bytes" else "dup_text", c)
    _fail(cls.handle.pos, f"no function copies a '{cls.handle.name}' out, so its views have no copying fallback")


def _kind_probe(cls: Class) -> Optional[Callable]:
    """A method of `cls` alone that only reads: a shared receiver, no other
    parameter, an int result, no `borrowed` error. Calling it has the core
    check that a handle is a live object of this class (and count a
    refusal) without touching the object, so a binding whose view function
    takes a handle set (a `Bytes` object's view() calls borrow.shared, which
    takes any memory handle) can refuse a buffer adopted as a Bytes as the
    core's wrong_kind, not lend a writable view of it."""
    for c in cls.methods:
        if (_single_receiver(c, cls) and c.receiver.ownership == "shared" and not c.params
                and c.result.shape == "int" and not any(e.member.name == "borrowed" for e in c.errors)):
            return c
    return None


@dataclass
class ElementType:
    """A member of a typed class's element type enum that a language can show
    as an array of a native number type: `kind` int, uint or float and its
    width in bits, read from the member's name (int8 .. uint64, float32,
    float64). A member of another name (a boolean bitmap) has no such array."""
    member: m.Member
    kind: str
    bits: int

    @property
    def size(self) -> int:
        return self.bits // 8


_ELEMENT_NAME = re.compile(r"^(?:(int|uint)(8|16|32|64)|(float)(32|64))$")


def _element_types(enum: m.Enum) -> list[ElementType]:
    out = []
    for mb in enum.members:
        hit = _ELEMENT_NAME.match(mb.name)
        if hit:
            kind, bits = (hit.group(1), hit.group(2)) if hit.group(1) else (hit.group(3), hit.group(4))
            out.append(ElementType(mb, kind, int(bits)))
    return out


def _typed_by(cls: Class, lib: m.Library) -> Optional[Callable]:
    """The method of a memory class alone that names the type of its values
    (a shared receiver, no parameter, an enum result other than the handle
    kind): its views are arrays of that type, not bytes, where a language
    can say so (Python's buffer format, numpy's dtype)."""
    for c in cls.methods:
        if (_single_receiver(c, cls) and c.receiver.ownership == "shared" and not c.params
                and c.result.shape == "enum" and c.result.type.decl is not lib.handle_kind):
            return c
    return None


def _write_back(cls: Class) -> Optional[Callable]:
    """The function that writes a copied unique view back: a unique receiver,
    a u64 offset and shared bytes."""
    for c in cls.methods:
        if (_single_receiver(c, cls) and c.receiver.ownership == "unique"
                and [p.shape for p in c.params] == ["int", "bytes_in"] and c.params[0].type == "u64"
                and c.result.shape == "none"):
            return c
    return None


def _thread_safe(s: Surface) -> Optional[ThreadSafeOption]:
    """The root class whose constructor's options have THREAD_SAFE_FIELD."""
    for cls in s.root_classes:
        for p in cls.constructor.params:
            if p.shape != "struct_in":
                continue
            fl = next((x for x in p.struct.fields if x.name == THREAD_SAFE_FIELD), None)
            if fl is None:
                continue
            if fl.type.name != "bool":
                _fail(fl.pos, f"'{p.struct.name}.{fl.name}' makes a '{cls.name}' thread-safe: it must be a bool")
            inside = [k for k in s.user_classes if _lives_in(k, cls)]
            return ThreadSafeOption(cls, p, fl, inside)
    return None


def _lives_in(k: Class, root: Class) -> bool:
    while k is not None:
        if k is root:
            return True
        k = k.parent
    return False


def build(lib: m.Library) -> Surface:
    views = lib.views
    token = views.token if views else None
    hidden_why = {}
    for f in lib.functions:
        if f.c_only:
            continue  # in the C header only: no binding calls it
        if any(p.type.category == "ptr" for p in f.params):
            if f.receiver is None or [p.name for p in f.params[1:]] not in (list(ARROW_EXPORT_PARAMS),
                                                                             list(ARROW_STREAM_PARAMS)) or \
                    any(p.type.category != "ptr" or p.ownership != "unique" for p in f.params[1:]):
                _fail(f.pos, f"{f.qualified_name}: a function with 'ptr' parameters has no form in the "
                             f"bindings unless it is an Arrow export (a receiver, then "
                             f"{', '.join(n + ': unique ptr' for n in ARROW_EXPORT_PARAMS)}, or "
                             f"{', '.join(n + ': unique ptr' for n in ARROW_STREAM_PARAMS)} for a stream)")
            hidden_why[id(f)] = ("fills the Arrow C Data structs of the glue's exports (Python's "
                                 "__arrow_c_array__, __arrow_c_stream__): it writes through caller addresses, which no binding "
                                 "could check")
    if lib.free_string:
        hidden_why[id(lib.free_string)] = "frees the text {} hand out"
    if lib.free_bytes:
        hidden_why[id(lib.free_bytes)] = "frees the bytes {} hand out"
    if lib.error_clear:
        hidden_why[id(lib.error_clear)] = "clears the error of every failing call before it is raised"

    def fn(name):
        f = lib.function(lib.name, name)
        if f is None:
            _fail(lib.pos, f"every binding needs '{lib.name}.{name}'")
        return f

    classes = [Class(h, "view" if h is token else h.name, is_token=h is token)
               for h in lib.handles if not h.c_only]
    s = Surface(lib, brand(lib), _errors(lib), classes, [], [], None, None, None, None, None,
                lib.error_struct, None, None, None)
    s.structs = _structs(lib)
    by_member = {id(e.member): e for e in s.errors}

    for f in lib.functions:
        if f.c_only:
            s.c_only.append(f)
            continue
        if id(f) in hidden_why:
            c = Callable(f, "hidden", f.member_name, hidden_why=hidden_why[id(f)])
        elif views and f is views.release:
            c = Callable(f, "view_release", CLOSE_MEMBER, classes=[s.cls(token)])
        elif f.role == "view":
            c = Callable(f, "view", VIEW_MEMBER, classes=[s.cls(k) for k in f.receiver.type.kinds])
        elif f.role == "release":
            c = Callable(f, "release", CLOSE_MEMBER, classes=[s.cls(f.releases)])
        elif f.role == "constructor":
            c = Callable(f, "constructor", f.member_name, classes=[s.cls(f.constructs)])
        elif f.role == "method":
            c = Callable(f, "method", f.member_name, classes=[s.cls(k) for k in f.receiver.type.kinds])
        else:
            c = Callable(f, "function", f.member_name)
        c.errors = [by_member[id(e)] for e in f.errors]
        s.callables.append(c)

    for c in s.callables:
        f = c.fn
        if c.role == "hidden":
            continue
        skip = 1 if c.receiver is not None else 0
        c.params = [_param(p, s, f.qualified_name) for p in f.params[skip:] if not p.is_out]
        c.result = _result(f, s)
        for cls in c.classes:
            if c.role == "constructor":
                if cls.constructor is not None:
                    _fail(f.pos, f"two constructors for '{cls.handle.name}': "
                                 f"{cls.constructor.name} and {c.name}")
                cls.constructor = c
            elif c.role in ("release", "view_release"):
                cls.release = c
            elif c.role == "view":
                kind = c.receiver.ownership
                if kind in cls.views:
                    _fail(f.pos, f"two {kind} view functions for '{cls.handle.name}'")
                cls.views[kind] = c
            else:
                cls.methods.append(c)
        if c.result.shape == "object":
            made = c.result.cls
            made.made_by.append(c)
            if c.role == "method" and c.owner is not None and made.parent is None and made is not c.owner:
                made.parent = c.owner

    for c in s.hidden:
        if c.fn.constructs is not None and [p.name for p in c.fn.params[1:]] == list(ARROW_IMPORT_PARAMS):
            cls = s.cls(c.fn.constructs)
            cls.arrow_import = c
            c.classes = [cls]
            continue
        if c.fn.receiver is not None and c.fn.receiver.type.category == "handle":
            cls = s.cls(c.fn.receiver.type.decl)
            if [p.name for p in c.fn.params[1:]] == list(ARROW_STREAM_PARAMS):
                cls.arrow_stream_export = c
            else:
                cls.arrow_export = c
            c.classes = [cls]
    for f in s.c_only:
        if f.constructs is not None and f.receiver is not None and \
                [p.name for p in f.params[1:]] == list(ARROW_STREAM_IMPORT_PARAMS) and f.params[1].type.category == "ptr":
            h = f.constructs
            nxt = next((g for g in s.c_only if g.receiver is not None and h in g.receiver.type.kinds
                        and g.constructs is not None and s.cls(g.constructs).arrow_import is not None), None)
            if nxt is not None and h.release is not None:
                s.arrow_stream_import = ArrowStreamImport(f, nxt, h.release, s.cls(nxt.constructs),
                                                          s.cls(f.receiver.type.decl))
    for c in s.hidden:
        c.frees_results_of = [u for u in s.callables
                              if (c.fn is lib.free_string and u.result.shape == "text")
                              or (c.fn is lib.free_bytes and u.result.shape == "bytes")]
        if "{}" in c.hidden_why:
            c.hidden_why = c.hidden_why.format(", ".join(u.name for u in c.frees_results_of) or "no function")

    for cls in s.classes:
        if cls.release is None:
            _fail(cls.handle.pos, f"'{cls.handle.name}' has no release function: every class needs close()")
        names = [x.member for x in cls.methods] + [CLOSE_MEMBER] + ([VIEW_MEMBER] if cls.views else [])
        for n in names:
            if names.count(n) > 1:
                _fail(cls.handle.pos, f"two members of '{cls.handle.name}' are named '{n}'")
        if cls.views:
            if set(cls.views) != {"shared", "unique"}:
                _fail(cls.handle.pos, f"'{cls.handle.name}' needs both a shared and a unique view function")
            cls.copy_out = _copy_out(cls, s)
            cls.write_back = _write_back(cls)
            cls.writable = cls.write_back is not None
            cls.kind_probe = _kind_probe(cls)
            cls.typed_by = _typed_by(cls, lib)
            cls.element_types = _element_types(cls.typed_enum) if cls.typed_by else []
            if cls.kind_probe is None and any(len(v.classes) > 1 for v in cls.views.values()):
                _fail(cls.handle.pos, f"'{cls.handle.name}' is viewed through a function of several kinds but has "
                                      f"no method that only reads it (shared receiver, no parameter, an int "
                                      f"result) to check a handle's kind first")
        if cls.is_token and (cls.constructor or cls.methods):
            _fail(cls.handle.pos, f"view tokens ('{cls.handle.name}') are made and used only by views")

    names = [c.member for c in s.functions]
    for c in s.functions:
        if names.count(c.member) > 1:
            _fail(c.fn.pos, f"two library functions are named '{c.member}'")

    s.abi_version = s.callable(fn("abi_version"))
    s.idl_hash = s.callable(fn("idl_hash"))
    s.version_string = s.callable(fn("version_string"))
    s.strerror = s.callable(fn("strerror"))
    s.kind_of = next((c for c in s.functions if c.result.shape == "enum"
                      and c.result.type.decl is lib.handle_kind
                      and [p.shape for p in c.params] == ["any_handle"]), None)
    if s.memory_classes and s.kind_of is None:
        _fail(lib.pos, "views need a function that tells a handle's kind (handle -> handle_kind)")
    s.thread_safe = _thread_safe(s)
    s.error_clear = s.callable(lib.error_clear) if lib.error_clear else None
    s.free_text = s.callable(lib.free_string) if lib.free_string else None
    s.free_bytes = s.callable(lib.free_bytes) if lib.free_bytes else None
    return s
