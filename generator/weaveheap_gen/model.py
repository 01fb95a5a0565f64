"""The semantic model: the syntax tree with every name resolved and the facts
that every target needs derived once (C names, the C signature each binding
calls, which functions are constructors, methods and releases).

Built in passes, top to bottom:
  1. declare   - collect declarations, reject duplicates
  2. resolve   - turn type and error names into model objects
  3. derive    - C ABI names and signatures, roles of functions
Validation of the rules that need the whole model lives in validate.py.
"""
from dataclasses import dataclass, field
from typing import Optional, Union

from . import syntax as s
from .diagnostics import IdlError, Pos

SCALARS = {
    "u8": "uint8_t", "u16": "uint16_t", "u32": "uint32_t", "u64": "uint64_t",
    "i8": "int8_t", "i16": "int16_t", "i32": "int32_t", "i64": "int64_t",
    "bool": "bool", "f64": "double",
}
# The floating-point scalars: parameters and results only (no default, no
# constraint, no struct field, no constant: those hold integers). No f32:
# Python and JavaScript hold doubles, and narrowing one is a range check
# every binding would need.
FLOATS = ("f64",)
# Built-in non-scalar types: `str` a NUL-terminated string the core keeps,
# `cstring` one the caller owns, `ptr` an address, `handle` any handle,
# `opaque` an address the core keeps for its owner and never reads (C only).
BUILTINS = ("str", "cstring", "ptr", "handle", "opaque")
# Types only C can pass: a function taking or returning one is C-only (see
# Function.c_only), for extensions' generated C, not for the bindings.
C_ONLY_CATEGORIES = ("opaque", "callback")
# Words the grammar gives a meaning to where a type may follow.
KEYWORDS = ("own", "shared", "unique", "out", "static")
# Integer ranges, for constants and defaults.
RANGES = {n: ((0, (1 << b) - 1) if n[0] == "u" else (-(1 << (b - 1)), (1 << (b - 1)) - 1))
          for n, b in (("u8", 8), ("u16", 16), ("u32", 32), ("u64", 64),
                       ("i8", 8), ("i16", 16), ("i32", 32), ("i64", 64))}


# -- types -------------------------------------------------------------------
@dataclass
class Type:
    """A resolved type. `category` is one of: scalar, str, cstring, ptr,
    array (u8[]), struct, enum, handle, handleset, anyhandle, view, opaque,
    callback."""
    category: str
    name: str
    decl: object = None          # Struct, Enum, Handle or HandleSet
    view_of: Optional["Param"] = field(default=None, repr=False)

    @property
    def is_handle(self) -> bool:
        return self.category in ("handle", "handleset", "anyhandle")

    @property
    def c_only(self) -> bool:
        """Only C can pass it: an opaque address, a callback, or a handle of
        a kind that only C can make (Handle.c_only)."""
        return self.category in C_ONLY_CATEGORIES or (self.category == "handle" and self.decl.c_only)

    @property
    def kinds(self) -> list["Handle"]:
        """The handle kinds a handle-typed value may carry."""
        if self.category == "handle":
            return [self.decl]
        if self.category == "handleset":
            return list(self.decl.kinds)
        return []


@dataclass
class Member:
    name: str
    value: int
    text: Optional[str]
    doc: str
    pos: Pos
    c_name: str = ""


@dataclass
class Enum:
    name: str
    members: list[Member]
    doc: str
    pos: Pos
    is_errors: bool = False
    c_name: str = ""


@dataclass
class Field:
    name: str
    type: Type
    doc: str
    pos: Pos


@dataclass
class Struct:
    name: str
    fields: list[Field]
    doc: str
    pos: Pos
    c_name: str = ""


@dataclass
class Handle:
    name: str
    number: int
    doc: str
    pos: Pos
    # Links to functions are left out of repr(): the model is a graph.
    release: Optional["Function"] = field(default=None, repr=False)
    release_ref: Optional[tuple] = None
    c_name: str = ""             # weaveheap_buffer_t
    c_kind: str = ""             # WEAVEHEAP_HANDLE_KIND_BUFFER
    constructors: list["Function"] = field(default_factory=list, repr=False)
    methods: list["Function"] = field(default_factory=list, repr=False)
    # Only C makes objects of this kind (every function making one is C-only,
    # like `object.create`, which takes an opaque payload): no binding has a
    # class for it, and every function taking it is C-only too.
    c_only: bool = False


@dataclass
class HandleSet:
    name: str
    kinds: list[Handle]
    doc: str
    pos: Pos


@dataclass
class Callback:
    """A C function type (`callback destructor(payload: opaque, ...)`): what
    the core calls back, passed by value where a parameter names it."""
    name: str
    params: list["Param"]
    doc: str
    pos: Pos
    c_name: str = ""
    result: Optional[Type] = None             # what it returns (`-> TYPE`), by value
    errors: list["Member"] = field(default_factory=list)  # `errors(...)`: it takes an error to fill
    c_return: str = "void"
    c_error: str = ""                         # its error parameter's C type, when it has errors


@dataclass
class Const:
    name: str
    type: Type
    value: int
    doc: str
    pos: Pos
    c_name: str = ""


@dataclass
class CParam:
    """One parameter of the C signature (an IDL parameter may need two)."""
    c_type: str
    name: str


@dataclass
class Constraint:
    """A rule on an integer parameter that the function enforces: `max` (at
    most `value`) or `pow2` (a power of two). Breaking it is the function's
    invalid_argument error; the header says so and the generated misuse tests
    try it."""
    kind: str
    value: Optional[int]
    const: Optional["Const"]
    pos: Pos


@dataclass
class Param:
    name: str
    ownership: Optional[str]
    type: Type
    nullable: bool
    default: Optional[Union[int, bool]]
    pos: Pos
    c_params: list[CParam] = field(default_factory=list)
    constraints: list[Constraint] = field(default_factory=list)

    @property
    def maximum(self) -> Optional[Constraint]:
        return next((c for c in self.constraints if c.kind == "max"), None)

    @property
    def pow2(self) -> bool:
        return any(c.kind == "pow2" for c in self.constraints)

    @property
    def is_out(self) -> bool:
        return self.ownership == "out"


@dataclass
class Result:
    ownership: Optional[str]
    type: Type
    c_type: str = ""
    c_out_params: list[CParam] = field(default_factory=list)


@dataclass
class Function:
    module: "Module" = field(repr=False)
    name: str
    params: list[Param]
    result: Optional[Result]
    errors: list[Member]
    threads: str
    doc: str
    pos: Pos
    c_name: str = ""
    c_params: list[CParam] = field(default_factory=list)
    c_return: str = "void"
    receiver: Optional[Param] = field(default=None, repr=False)     # first param when it is a handle
    releases: Optional[Handle] = field(default=None, repr=False)    # the kind this function releases
    constructs: Optional[Handle] = field(default=None, repr=False)  # the kind an `own` result creates
    # How a language with classes presents it (see _roles):
    role: str = ""                       # constructor | method | release | view | module
    member_name: str = ""                # snake_case name as a method or module function
    declared_c_only: bool = False        # the IDL says `c_only`

    @property
    def fallible(self) -> bool:
        return bool(self.errors)

    @property
    def c_only(self) -> bool:
        """It takes or returns what only C can pass (Type.c_only), or the IDL
        says `c_only`: it is in the C header, for extensions' generated C,
        and in no binding."""
        return (self.declared_c_only or any(p.type.c_only for p in self.params)
                or bool(self.result and self.result.type.c_only))

    @property
    def qualified_name(self) -> str:
        return f"{self.module.name}.{self.name}"


@dataclass
class Module:
    name: str
    functions: list[Function]
    doc: str
    pos: Pos
    library: Optional["Library"] = field(default=None, repr=False)

    @property
    def is_root(self) -> bool:
        """The module named like the library: its C names drop the module."""
        return self.name == self.library.name


@dataclass(repr=False)
class Views:
    """The zero-copy views of the API, as every binding presents them: a
    shared and a unique way to borrow any kind of `kinds`, each filling a
    `struct` and returning a `token` whose kind's `release` ends the borrow."""
    shared: "Function"
    unique: "Function"
    struct: Struct
    token: Handle
    release: "Function"
    kinds: list[Handle]

    @property
    def functions(self) -> list["Function"]:
        return [self.shared, self.unique]

    def __repr__(self) -> str:
        return f"Views({self.shared.qualified_name}, {self.unique.qualified_name})"


@dataclass
class Library:
    name: str
    version: tuple[int, int, int]
    abi: int
    idl_file: str
    idl_hash: str
    consts: list[Const] = field(default_factory=list)
    errors: Optional[Enum] = None
    enums: list[Enum] = field(default_factory=list)
    structs: list[Struct] = field(default_factory=list)
    handles: list[Handle] = field(default_factory=list)
    handlesets: list[HandleSet] = field(default_factory=list)
    callbacks: list[Callback] = field(default_factory=list)
    modules: list[Module] = field(default_factory=list)
    handle_kind: Optional[Enum] = None   # derived from `handles`
    error_struct: Optional[Struct] = None    # the `error` every fallible function fills
    error_clear: Optional["Function"] = None  # the function that frees its message
    views: Optional["Views"] = None          # how zero-copy views are taken and ended
    pos: Optional[Pos] = None            # the `library` line
    imports: list["Library"] = field(default_factory=list, repr=False)   # `import weaveheap;`
    license: str = ""                    # `license "SPDX"`, "" = packaging.LICENSE

    @property
    def functions(self) -> list[Function]:
        return [f for m in self.modules for f in m.functions]

    @property
    def is_extension(self) -> bool:
        """An extension imports the core and binds its own C library over it."""
        return bool(self.imports)

    @property
    def handle_c_type(self) -> str:
        """The C type of any handle (`weaveheap_handle_t`): the core's,
        whoever declares the kind."""
        return f"{self.root.name}_handle_t"

    @property
    def root(self) -> "Library":
        """The core: the library whose handle table, errors and views every
        function uses (itself, unless it imports one)."""
        return self.imports[0] if self.imports else self

    def owns(self, decl) -> bool:
        """Whether `decl` is declared here (not imported)."""
        return any(decl is d for d in self.consts + self.enums + self.structs + self.handles
                   + self.handlesets + self.callbacks + ([self.errors] if self.errors else []))

    @property
    def api_table(self) -> Optional[Function]:
        """The root function that returns the core's function table
        (weaveheap_api.h), if the library has one."""
        return self.function(self.name, "api_table")

    @property
    def api_functions(self) -> list[Function]:
        """What the function table points to: every function but the one
        returning the table."""
        return [f for f in self.functions if f is not self.api_table]

    @property
    def free_string(self) -> Optional[Function]:
        return self.function(self.name, "free_string")

    @property
    def free_bytes(self) -> Optional[Function]:
        return self.function(self.name, "free_bytes")

    @property
    def version_string(self) -> str:
        return ".".join(map(str, self.version))

    @property
    def version_number(self) -> int:
        major, minor, patch = self.version
        return major * 1000000 + minor * 1000 + patch

    def function(self, module: str, name: str) -> Optional[Function]:
        for m in self.modules:
            if m.name == module:
                return next((f for f in m.functions if f.name == name), None)
        return None


# -- pass 1: declare ---------------------------------------------------------
def _declare(tree: s.Library, idl_file: str, idl_hash: str, imports: list):
    lib = Library(tree.name, tree.version, tree.abi, idl_file, idl_hash, pos=tree.pos, imports=imports,
                  license=tree.license)
    imported = {d.name: (core, d) for core in imports
                for d in core.consts + core.enums + core.structs + core.handles + core.handlesets
                + core.callbacks + [core.errors]}
    types: dict[str, object] = {}
    modules: dict[str, s.Module] = {}

    def claim(table, name, pos, what):
        if name in table:
            raise IdlError(pos, f"duplicate {what} '{name}'")
        table[name] = True

    for d in tree.decls:
        if isinstance(d, s.Module):
            claim(modules, d.name, d.pos, "module")
            modules[d.name] = d
            continue
        if d.name in SCALARS or d.name in BUILTINS:
            raise IdlError(d.pos, f"'{d.name}' is a built-in type and cannot be declared")
        if d.name in KEYWORDS:
            raise IdlError(d.pos, f"'{d.name}' is an ownership keyword and cannot name a declaration")
        if d.name in types:
            first = types[d.name].pos
            raise IdlError(d.pos, f"duplicate name '{d.name}' (first declared at {first.line}:{first.col})")
        if d.name in imported:
            core, first = imported[d.name]
            raise IdlError(d.pos, f"'{d.name}' is already declared by the imported library '{core.name}': "
                                  f"name it differently")
        types[d.name] = d
    return lib, types


# -- pass 2: resolve ---------------------------------------------------------
class _Resolver:
    def __init__(self, lib: Library, decls: dict):
        self.lib = lib
        self.decls = decls
        self.objects: dict[str, object] = {}
        for core in lib.imports:                  # the imported library's names are in scope
            for d in core.consts + core.enums + core.structs + core.handles + core.handlesets + core.callbacks:
                self.objects[d.name] = d

    def build(self, tree: s.Library):
        lib = self.lib
        for d in tree.decls:                      # named types first
            if isinstance(d, s.Enum):
                e = Enum(d.name, [Member(m.name, m.value, m.text, m.doc, m.pos) for m in d.members],
                         d.doc, d.pos, d.is_errors)
                self._unique([(m.name, m.pos) for m in d.members], "member", f"of '{d.name}'")
                if not d.members:
                    raise IdlError(d.pos, f"{'errors' if d.is_errors else 'enum'} '{d.name}' has no members")
                if d.is_errors:
                    if lib.errors is not None:
                        raise IdlError(d.pos, "only one 'errors' declaration is allowed")
                    lib.errors = e
                else:
                    lib.enums.append(e)
                self.objects[d.name] = e
            elif isinstance(d, s.Handle):
                h = Handle(d.name, d.number, d.doc, d.pos, release_ref=d.release)
                lib.handles.append(h)
                self.objects[d.name] = h
        if lib.errors is None and not lib.imports:
            raise IdlError(tree.pos, "the IDL declares no 'errors' enum")
        if "handle_kind" in self.decls:
            raise IdlError(self.decls["handle_kind"].pos,
                           "'handle_kind' is derived from the handle declarations; do not declare it")
        if lib.imports:
            # An extension's kinds are numbered when it registers them with
            # the core: the core's handle_kind enum stays what it is.
            lib.handle_kind = lib.root.handle_kind
        else:
            self._derive_handle_kind(tree)
        self._rest(tree)

    def _derive_handle_kind(self, tree: s.Library):
        lib = self.lib
        lib.handle_kind = Enum("handle_kind",
                               [Member("none", 0, None, "Not a handle.", tree.pos)] +
                               [Member(h.name, h.number, None, f"{'An' if h.name[0] in 'aeiou' else 'A'} {h.name} handle.", h.pos)
                                for h in lib.handles],
                               "The kind a handle carries in its bits (derived from the handle declarations).",
                               tree.pos)
        lib.enums.insert(0, lib.handle_kind)
        self.objects["handle_kind"] = lib.handle_kind

    def _rest(self, tree: s.Library):
        lib = self.lib
        for d in tree.decls:
            if isinstance(d, s.HandleSet):
                kinds = []
                for name, pos in d.kinds:
                    h = self.objects.get(name)
                    if h is None and name not in self.decls:
                        raise IdlError(pos, f"unknown handle kind '{name}'")
                    if not isinstance(h, Handle):
                        raise IdlError(pos, f"'{name}' in handle set '{d.name}' is not a handle kind")
                    if h in kinds:
                        raise IdlError(pos, f"duplicate handle kind '{name}' in handle set '{d.name}'")
                    kinds.append(h)
                hs = HandleSet(d.name, kinds, d.doc, d.pos)
                lib.handlesets.append(hs)
                self.objects[d.name] = hs
            elif isinstance(d, s.Struct):
                self.objects[d.name] = Struct(d.name, [], d.doc, d.pos)
            elif isinstance(d, s.Callback):
                self.objects[d.name] = Callback(d.name, [], d.doc, d.pos)
        for d in tree.decls:
            if isinstance(d, s.Callback):
                cb = self.objects[d.name]
                self._unique([(p.name, p.pos) for p in d.params], "parameter", f"of callback '{d.name}'")
                cb.params = [Param(p.name, p.ownership, self.type(p.type), p.nullable, p.default, p.pos)
                             for p in d.params]
                cb.result = self.type(d.result) if d.result else None
                known = lib.errors.members if lib.errors else []
                for name, pos in d.errors:
                    member = next((e for e in known if e.name == name), None)
                    if member is None:
                        raise IdlError(pos, f"unknown error '{name}'")
                    if member in cb.errors:
                        raise IdlError(pos, f"duplicate error '{name}' of callback '{d.name}'")
                    cb.errors.append(member)
                lib.callbacks.append(cb)
        for d in tree.decls:
            if isinstance(d, s.Struct):
                st = self.objects[d.name]
                if not d.fields:
                    raise IdlError(d.pos, f"struct '{d.name}' has no fields")
                self._unique([(f.name, f.pos) for f in d.fields], "field", f"of '{d.name}'")
                st.fields = [Field(f.name, self.field_type(f, st, lib), f.doc, f.pos) for f in d.fields]
                lib.structs.append(st)
            elif isinstance(d, s.Const):
                typ = self.type(d.type)
                if typ.name not in RANGES:
                    raise IdlError(d.type.pos, f"constant '{d.name}' needs an integer type "
                                               f"({', '.join(RANGES)}), not '{typ.name}'")
                lo, hi = RANGES[typ.name]
                if not lo <= d.value <= hi:
                    raise IdlError(d.pos, f"constant '{d.name}' = {d.value} does not fit in {typ.name}")
                lib.consts.append(Const(d.name, typ, d.value, d.doc, d.pos))
        for d in tree.decls:
            if isinstance(d, s.Module):
                lib.modules.append(self.module(d))
        for h in lib.handles:                     # release functions last
            if h.release_ref:
                module, name, pos = h.release_ref
                h.release = lib.function(module, name)
                if h.release is None:
                    raise IdlError(pos, f"unknown function '{module}.{name}' releasing '{h.name}'")

    def _unique(self, names, what, where):
        seen = set()
        for name, pos in names:
            if name in seen:
                raise IdlError(pos, f"duplicate {what} '{name}' {where}")
            seen.add(name)

    def field_type(self, f: s.Field, st: Struct, lib: Library) -> Type:
        """A field is a plain C member: no length of its own, no borrow, and a
        struct inside a struct must be complete where it is used."""
        if f.type.array or f.type.view_of is not None:
            shown = f"{f.type.name}[]" if f.type.array else f"{f.type.name}({f.type.view_of})"
            raise IdlError(f.type.pos, f"field '{f.name}' of '{st.name}' cannot be '{shown}': "
                                       f"a field is a single value")
        t = self.type(f.type)
        if t.name in FLOATS:
            raise IdlError(f.type.pos, f"field '{f.name}' of '{st.name}' cannot be '{t.name}': a float is "
                                       f"a parameter or a result, not a field")
        if t.category == "struct" and t.decl not in lib.structs:
            raise IdlError(f.type.pos, f"field '{f.name}' of '{st.name}' uses struct '{t.name}' "
                                       f"before it is declared (C needs it complete)")
        return t

    def type(self, ref: s.TypeRef, params: Optional[dict] = None) -> Type:
        name = ref.name
        if ref.array:
            if name != "u8":
                raise IdlError(ref.pos, f"only 'u8[]' arrays are supported, found '{name}[]'")
            return Type("array", "u8[]")
        if name in SCALARS:
            t = Type("scalar", name)
        elif name in ("str", "cstring", "ptr", "opaque"):
            t = Type(name, name)
        elif name == "handle":
            t = Type("anyhandle", name)
        else:
            decl = self.objects.get(name)
            if decl is None:
                raise IdlError(ref.pos, f"unknown type '{name}'")
            category = {Enum: "enum", Struct: "struct", Handle: "handle", HandleSet: "handleset",
                        Callback: "callback"}[type(decl)]
            t = Type(category, name, decl)
        if ref.view_of is not None:
            if t.category != "struct":
                raise IdlError(ref.pos, f"'{name}({ref.view_of})' names a borrowed parameter, so '{name}' must be a struct")
            if params is None:
                raise IdlError(ref.pos, f"'{name}({ref.view_of})' is a view: only an 'out' parameter "
                                        f"can be one")
            if ref.view_of not in params:
                raise IdlError(ref.pos, f"unknown parameter '{ref.view_of}' borrowed by '{name}'")
            t.category = "view"
            t.view_of = params[ref.view_of]
        return t

    def constraint(self, c: s.Constraint) -> Constraint:
        if c.kind == "pow2":
            return Constraint("pow2", None, None, c.pos)
        if isinstance(c.value, int):
            return Constraint(c.kind, c.value, None, c.pos)
        const = next((k for k in self.lib.consts + [x for i in self.lib.imports for x in i.consts]
                      if k.name == c.value), None)
        if const is None:
            raise IdlError(c.pos, f"unknown constant '{c.value}' in '{c.kind}(...)'")
        return Constraint(c.kind, const.value, const, c.pos)

    def module(self, d: s.Module) -> Module:
        m = Module(d.name, [], d.doc, d.pos, self.lib)
        self._unique([(f.name, f.pos) for f in d.functions], "function", f"in module '{d.name}'")
        for f in d.functions:
            self._unique([(p.name, p.pos) for p in f.params], "parameter", f"of '{d.name}.{f.name}'")
            params: dict[str, Param] = {}
            for p in f.params:
                params[p.name] = Param(p.name, p.ownership, None, p.nullable, p.default, p.pos)
            for p in f.params:
                params[p.name].type = self.type(p.type, params)
                params[p.name].constraints = [self.constraint(c) for c in p.constraints]
            result = None
            if f.result:
                result = Result(f.result.ownership, self.type(f.result.type))
            errors = []
            known = [m for e in [self.lib.errors] + [i.errors for i in self.lib.imports] if e for m in e.members]
            for name, pos in f.errors:
                member = next((e for e in known if e.name == name), None)
                if member is None:
                    raise IdlError(pos, f"unknown error '{name}'")
                if member in errors:
                    raise IdlError(pos, f"duplicate error '{name}' of '{d.name}.{f.name}'")
                errors.append(member)
            m.functions.append(Function(m, f.name, list(params.values()), result, errors,
                                        f.threads, f.doc, f.pos, declared_c_only=f.c_only))
        return m


# -- pass 3: derive ----------------------------------------------------------
def _upper(*parts: str) -> str:
    return "_".join(p.upper() for p in parts if p)


def c_type(t: Type, lib: Library) -> str:
    """The C spelling of a value of type `t` (fields, results, by-value params)."""
    if t.category == "scalar":
        return SCALARS[t.name]
    return {
        "str": "const char*", "cstring": "char*", "ptr": "uint8_t*", "array": "uint8_t*", "opaque": "void*",
        "anyhandle": lib.handle_c_type, "handleset": lib.handle_c_type,
    }.get(t.category) or t.decl.c_name


def _c_params(p: Param, lib: Library) -> list[CParam]:
    t = p.type
    if t.category == "array":
        const = "const " if p.ownership == "shared" else ""
        return [CParam(f"{const}uint8_t*", p.name), CParam("uint64_t", f"{p.name}_len")]
    if t.category == "cstring":
        return [CParam("const char*", p.name)]
    if t.category in ("struct", "view"):
        const = "const " if p.ownership == "shared" else ""
        return [CParam(f"{const}{t.decl.c_name}*", p.name)]
    return [CParam(c_type(t, lib), p.name)]


def _derive(lib: Library):
    prefix = lib.name
    up = prefix.upper()
    root = lib.root
    for c in lib.consts:
        c.c_name = _upper(prefix, c.name)
    if lib.errors is not None:
        lib.errors.c_name = f"{prefix}_{lib.errors.name}"
        for m in lib.errors.members:
            m.c_name = f"{up}_OK" if m.value == 0 else _upper(prefix, "err", m.name)
    for e in lib.enums:
        e.c_name = f"{prefix}_{e.name}"
        for m in e.members:
            m.c_name = _upper(prefix, e.name, m.name)
    for st in lib.structs:
        st.c_name = f"{prefix}_{st.name}"
    for cb in lib.callbacks:
        cb.c_name = f"{prefix}_{cb.name}"
        for p in cb.params:
            p.c_params = _c_params(p, lib)
    for h in lib.handles:
        h.c_name = f"{prefix}_{h.name}_t"
        # an extension's kind is a number the core gives it at registration,
        # kept in a variable its generated code defines
        h.c_kind = _upper(prefix, "handle_kind", h.name) if h.number is not None else f"{prefix}__kind_{h.name}"
    for cb in lib.callbacks:  # after the handles: a callback may return one
        if cb.result:
            cb.c_return = c_type(cb.result, lib)
        if cb.errors:
            cb.c_error = f"{root.name}_error*"
    for m in lib.modules:
        for f in m.functions:
            f.c_name = f"{prefix}_{f.name}" if m.is_root else f"{prefix}_{m.name}_{f.name}"
            f.c_params = []
            for p in f.params:
                p.c_params = _c_params(p, lib)
                f.c_params += p.c_params
            if f.result:
                r = f.result
                r.c_type = c_type(r.type, lib)
                if r.type.category == "array":
                    r.c_out_params = [CParam("uint64_t*", "out_len")]
                f.c_return = r.c_type
                f.c_params += r.c_out_params
            if f.fallible:
                f.c_params.append(CParam(f"{root.name}_error*", "out_err"))
            # Only this library's kinds have methods and constructors here: an
            # extension cannot add members to the core's classes, so a
            # function of it that takes or makes a core object is a library
            # function (zpack.crc32(buffer), zpack.deflate(region, ...)).
            first = f.params[0].type if f.params else None
            if first is not None and first.is_handle and first.kinds and all(lib.owns(k) for k in first.kinds):
                f.receiver = f.params[0]
            if (f.result and f.result.ownership == "own" and f.result.type.category == "handle"
                    and lib.owns(f.result.type.decl)):
                f.constructs = f.result.type.decl
    for h in lib.handles:
        if h.release:
            h.release.releases = h
        makers = [f for f in lib.functions if f.result and f.result.ownership == "own" and f.result.type.decl is h]
        h.c_only = bool(makers) and all(f.c_only for f in makers)
        h.constructors = [f for f in lib.functions if f.constructs is h and f.module.name == h.name]
        h.methods = [f for f in lib.functions if f.receiver and h in f.receiver.type.kinds]
    _roles(lib)
    if lib.imports:      # the core's error value, its clear and its views serve the extension
        lib.error_struct, lib.error_clear, lib.views = root.error_struct, root.error_clear, root.views
        return
    lib.error_struct = next((st for st in lib.structs if st.c_name == f"{prefix}_error"), None)
    lib.error_clear = next((f for f in lib.functions
                            if not f.c_only and any(p.type.decl is lib.error_struct for p in f.params)), None)
    view_fns = [f for f in lib.functions if any(p.is_out and p.type.category == "view" for p in f.params)]
    shared = next((f for f in view_fns if f.receiver and f.receiver.ownership == "shared"), None)
    unique = next((f for f in view_fns if f.receiver and f.receiver.ownership == "unique"), None)
    if shared and unique and shared.constructs and shared.constructs.release:
        lib.views = Views(shared, unique,
                          next(p.type.decl for p in shared.params if p.type.category == "view"),
                          shared.constructs, shared.constructs.release, list(shared.receiver.type.kinds))


def _roles(lib: Library):
    """The object view every binding with classes shares: a function that
    releases a kind is its `close`; one that makes a kind without taking a
    handle is that kind's constructor; one whose first parameter is a handle
    is a method of its kind(s) (a view when it fills an `out view`); the rest
    are module functions. Names are snake_case; each target cases them."""
    for f in lib.functions:
        if f.releases is not None:
            f.role, f.member_name = "release", "close"
        elif any(p.is_out and p.type.category == "view" for p in f.params):
            f.role, f.member_name = "view", f.name
        elif f.constructs is not None and f.receiver is None:
            f.role, f.member_name = "constructor", f.name
        elif f.receiver is not None:
            # buffer.alloc(region) -> Region.alloc(); x.create(region) -> Region.x()
            f.role = "method"
            f.member_name = f.module.name if (f.constructs is not None and f.name == "create") else f.name
        else:
            f.role = "module"
            if f.module.is_root:
                f.member_name = f.name
            elif f.name == "global":      # stats.global -> stats()
                f.member_name = f.module.name
            else:
                f.member_name = f"{f.module.name}_{f.name}"


def build(tree: s.Library, idl_file: str, idl_hash: str, imports: Optional[list] = None) -> Library:
    """The model of one IDL file; `imports` are the models of the libraries
    its `import` lines name (loaded by the caller: see load())."""
    lib, decls = _declare(tree, idl_file, idl_hash, list(imports or []))
    _Resolver(lib, decls).build(tree)
    _derive(lib)
    return lib
