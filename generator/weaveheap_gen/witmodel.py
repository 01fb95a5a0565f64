"""The binding surface seen through the WebAssembly component model: a layer
over surface.py that decides, once, what every WIT declaration is
(interfaces, resources, records, variants, functions and their `result`
error types) and what each looks like in the canonical ABI (flat core wasm
types, sizes and alignments in linear memory). The `wit` target renders the
WIT package from it and the `wasm` target the C adapter that implements that
package over the C API, so the two can never disagree.

Roles, classes, public parameters and their shapes, results, error classes
and hidden functions are the surface's; this module only says how WIT
spells each (names.Wit) and where each goes:
  - every class is a resource, named like its handle kind, in the interface
    of the module named like it (else in `types`).
  - constructor: the resource's constructor. A method that makes another
    class, when it is the only way to make that class, is that class's
    constructor, its receiver the first parameter (WIT has no methods
    across interfaces: `buffer.alloc` is `[constructor]buffer(region, ...)`).
  - method: a method of its class's resource (a method of several classes is
    a function taking a variant of them).
  - release and view_release: the method `close`. It takes the resource by
    borrow, as every other language's close() takes its object: a refused
    close changes nothing (the host keeps the resource and may close it
    again), and after a successful one the resource stays in the host's
    table as a closed object: a second close is a no-op, any other call on it
    goes to the core, which refuses the stale handle and counts it once.
    Dropping a resource that was not closed releases it.
  - view: a static function of the view token's resource, taking the viewed
    object as a variant of the classes it accepts and giving back the token
    and the view record.
  - function: a function of its module's interface.
  - hidden: no WIT form (the adapter calls them; the canonical ABI copies and
    frees on its own).
Shapes: object is `borrow<k>` (or a variant of borrows), any_handle a
variant of every resource, bytes_in `list<u8>`, a bytes_out destination its
length (`<name>-len: u64`, the bytes come back in the result), text_in
`string`, struct_in a record (an option when it may be NULL). Structs are
records in `types`; the error struct is the error type of every fallible
function's `result`, its code the `error-code` enum of the surface's error
classes. `ptr` fields are `u64` (an address in the component's own linear
memory, 64 bits wide so that memory64 changes no type).
"""
from dataclasses import dataclass, field
from typing import Optional

from . import model as m
from . import names
from . import surface as sf
from .diagnostics import IdlError

PACKAGE_NAME = "core"            # the package is <library>:core@<version>
TYPES_INTERFACE = "types"        # where records, enums and the error live
WORLD_NAME = "core"
ANY_HANDLE = "handle"            # the variant of every resource

SCALAR_WIT = {"u8": "u8", "u16": "u16", "u32": "u32", "u64": "u64",
              "i8": "s8", "i16": "s16", "i32": "s32", "i64": "s64", "bool": "bool",
              "f64": "f64"}
PRIM_LAYOUT = {"bool": (1, 1), "u8": (1, 1), "s8": (1, 1), "u16": (2, 2), "s16": (2, 2),
               "u32": (4, 4), "s32": (4, 4), "u64": (8, 8), "s64": (8, 8),
               "f64": (8, 8)}
# The core wasm type a primitive flattens to (the rest: i32).
FLAT_PRIM = {"u64": "i64", "s64": "i64", "f64": "f64"}
MAX_FLAT_PARAMS = 16
MAX_FLAT_RESULTS = 1

SPELL = names.speller("wit", "")


def ident(name: str) -> str:
    """A WIT identifier for an IDL name, escaped when it is a keyword."""
    return SPELL.member(name)


def _fail(pos, msg):
    raise IdlError(pos, f"WIT: {msg}")


# -- WIT types, with their canonical ABI -------------------------------------
@dataclass
class WType:
    """A type as written in WIT. `kind` is one of prim, list, string, own,
    borrow, option, result, tuple, record, enum, variant."""
    kind: str
    name: str = ""                       # prim name
    items: list = field(default_factory=list)   # option/result/tuple/list payloads (None = none)
    decl: object = None                  # Record, Enum, Variant or Resource

    @property
    def wit(self) -> str:
        k = self.kind
        if k in ("prim", "string"):
            return self.name
        if k == "list":
            return f"list<{self.items[0].wit}>"
        if k == "own":
            return self.decl.ident
        if k == "borrow":
            return f"borrow<{self.decl.ident}>"
        if k == "option":
            return f"option<{self.items[0].wit}>"
        if k == "result":
            ok, err = self.items
            if ok is None:
                return f"result<_, {err.wit}>"
            return f"result<{ok.wit}, {err.wit}>"
        if k == "tuple":
            return f"tuple<{', '.join(t.wit for t in self.items)}>"
        return self.decl.ident           # record, enum, variant

    # canonical ABI: flattening, size and alignment (32-bit linear memory)
    @property
    def flat(self) -> list[str]:
        k = self.kind
        if k == "prim":
            return [FLAT_PRIM.get(self.name, "i32")]
        if k in ("enum", "own", "borrow"):
            return ["i32"]
        if k in ("string", "list"):
            return ["i32", "i32"]
        if k in ("record", "tuple"):
            fields = self.decl.field_types if k == "record" else self.items
            return [f for t in fields for f in t.flat]
        joined: list[str] = []
        for c in self.cases:
            for i, f in enumerate(c.flat if c is not None else []):
                if i < len(joined):
                    joined[i] = _join(joined[i], f)
                else:
                    joined.append(f)
        return ["i32"] + joined

    @property
    def cases(self) -> list:
        if self.kind == "option":
            return [None, self.items[0]]
        if self.kind == "result":
            return list(self.items)
        if self.kind == "variant":
            return [c.type for c in self.decl.cases]
        return []

    @property
    def layout(self) -> tuple[int, int]:
        """(size, alignment) in linear memory."""
        k = self.kind
        if k == "prim":
            return PRIM_LAYOUT[self.name]
        if k in ("own", "borrow"):
            return (4, 4)
        if k in ("string", "list"):
            return (8, 4)
        if k == "enum":
            return (_discriminant(len(self.decl.cases)), _discriminant(len(self.decl.cases)))
        if k in ("record", "tuple"):
            fields = self.decl.field_types if k == "record" else self.items
            return _record_layout([t.layout for t in fields])[:2]
        cases = [c.layout if c is not None else (0, 1) for c in self.cases]
        d = _discriminant(len(cases))
        payload_align = max(a for _, a in cases)
        align = max(d, payload_align)
        size = _align_to(d, payload_align) + max(s for s, _ in cases)
        return (_align_to(size, align), align)

    @property
    def payload_offset(self) -> int:
        cases = [c.layout if c is not None else (0, 1) for c in self.cases]
        return _align_to(_discriminant(len(cases)), max(a for _, a in cases))


def _join(a: str, b: str) -> str:
    """The canonical ABI's join of two cases' flat types at one position."""
    return a if a == b else "i64"      # i64 holds either (no f32 here, so no i32/f32 join)


def _align_to(n: int, a: int) -> int:
    return (n + a - 1) // a * a


def _discriminant(n: int) -> int:
    return 1 if n <= 256 else 2 if n <= 65536 else 4


def _record_layout(fields: list[tuple[int, int]]) -> tuple[int, int, list[int]]:
    offset, align, offsets = 0, 1, []
    for size, a in fields:
        offset = _align_to(offset, a)
        offsets.append(offset)
        offset += size
        align = max(align, a)
    return _align_to(offset, align), align, offsets


# -- declarations ------------------------------------------------------------
@dataclass
class RecordField:
    name: str                # IDL name
    ident: str               # WIT name
    type: WType
    doc: str
    idl: m.Field = field(repr=False)
    offset: int = 0


@dataclass
class Record:
    name: str
    ident: str
    doc: str
    fields: list[RecordField]
    idl: m.Struct = field(repr=False)
    interface: "Interface" = field(default=None, repr=False)

    @property
    def field_types(self) -> list[WType]:
        return [f.type for f in self.fields]

    @property
    def layout(self) -> tuple[int, int]:
        return WType("record", decl=self).layout


@dataclass
class EnumCase:
    name: str
    ident: str
    value: int               # the number in C
    index: int               # the discriminant in the canonical ABI
    doc: str


@dataclass
class Enum:
    name: str
    ident: str
    doc: str
    cases: list[EnumCase]
    interface: "Interface" = field(default=None, repr=False)


@dataclass
class VariantCase:
    name: str
    ident: str
    type: WType
    index: int
    cls: sf.Class = field(repr=False)


@dataclass
class Variant:
    """Objects of several classes passed by borrow: one case per class."""
    name: str
    ident: str
    doc: str
    cases: list[VariantCase]
    interface: "Interface" = field(default=None, repr=False)


@dataclass
class Resource:
    cls: sf.Class = field(repr=False)
    name: str                # the handle kind's name
    ident: str
    interface: "Interface" = field(default=None, repr=False)
    functions: list["WFunc"] = field(default_factory=list)

    @property
    def doc(self) -> str:
        return self.cls.doc

    @property
    def release(self) -> sf.Callable:
        """What dropping a resource that was not closed calls."""
        return self.cls.release

    @property
    def wit_name(self) -> str:
        """As core wasm names spell it: kebab-case, never escaped."""
        return names.kebab(self.name)


@dataclass
class WParam:
    """One WIT parameter and the surface parameter (or receiver) it comes
    from. `role` says how the adapter lifts it: value, bool, enum, borrow, handles
    (a variant of borrows), list, string, record, dst (the length of a bytes_out
    destination)."""
    name: str                # kebab, unescaped
    ident: str
    type: WType
    role: str
    idl: m.Param = field(repr=False)
    surface: Optional[sf.Param] = field(default=None, repr=False)   # None for a receiver
    flat: list[str] = field(default_factory=list)

    @property
    def consumed(self) -> bool:
        """The IDL takes the handle (`own`): a successful call closes the resource."""
        return self.idl.ownership == "own"


@dataclass
class WResult:
    """One part of what a function gives back: its result or the bytes of a
    bytes_out destination. `role`: value, bool, enum, own, static-string,
    owned-string, owned-list, dst, record, view."""
    type: WType
    role: str
    idl: object = field(repr=False)   # model.Result or model.Param (an out or dst parameter)


@dataclass
class WFunc:
    c: sf.Callable = field(repr=False)
    name: str                # WIT name (kebab, unescaped)
    ident: str               # as written in WIT
    form: str                # func, constructor, method, static
    interface: "Interface" = field(default=None, repr=False)
    resource: Optional[Resource] = field(default=None, repr=False)
    params: list[WParam] = field(default_factory=list)   # without `self`
    self_param: Optional[WParam] = None
    results: list[WResult] = field(default_factory=list)
    result: Optional[WType] = None       # the WIT result type, or None
    export_name: str = ""                # the core wasm export the adapter defines
    flat_params: list[str] = field(default_factory=list)
    flat_results: list[str] = field(default_factory=list)

    @property
    def f(self) -> m.Function:
        return self.c.fn

    @property
    def closes(self) -> bool:
        """close(): a no-op on a closed resource, closes it on success."""
        return self.c.role in ("release", "view_release")

    @property
    def fallible(self) -> bool:
        return self.c.fallible

    @property
    def errors(self) -> list[sf.ErrorClass]:
        return self.c.errors

    @property
    def doc(self) -> str:
        return self.f.doc

    @property
    def all_params(self) -> list[WParam]:
        return ([self.self_param] if self.self_param else []) + self.params


@dataclass
class Interface:
    name: str
    ident: str
    doc: str
    module: object = field(default=None, repr=False)   # model.Module, None for `types`
    records: list[Record] = field(default_factory=list)
    enums: list[Enum] = field(default_factory=list)
    variants: list[Variant] = field(default_factory=list)
    resources: list[Resource] = field(default_factory=list)
    functions: list[WFunc] = field(default_factory=list)   # freestanding
    uses: dict = field(default_factory=dict)               # interface -> [type idents]
    use_list: list = field(default_factory=list)           # [(interface ident, [type idents])]
    package: "Package" = field(default=None, repr=False)

    @property
    def qualified(self) -> str:
        # the WIT name (kebab-case, without the `%` that escapes a keyword)
        return f"{self.package.namespace}:{self.package.name}/{self.ident.lstrip('%')}@{self.package.version}"


@dataclass
class Skipped:
    c: sf.Callable = field(repr=False)

    @property
    def f(self) -> m.Function:
        return self.c.fn

    @property
    def why(self) -> str:
        return self.c.hidden_why


@dataclass
class Package:
    surface: sf.Surface = field(repr=False)
    namespace: str
    name: str
    version: str
    world: str
    doc: str
    interfaces: list[Interface]
    skipped: list[Skipped]
    error_code: Enum
    error: Record
    error_type: WType
    resources: list[Resource]

    @property
    def functions(self) -> list[WFunc]:
        out = []
        for i in self.interfaces:
            out += i.functions
            for r in i.resources:
                out += r.functions
        return out

    def resource(self, cls: sf.Class) -> Resource:
        return next(r for r in self.resources if r.cls is cls)


# -- the pass ----------------------------------------------------------------
def skip_reason(f: m.Function, lib: m.Library) -> Optional[str]:
    """Why a function has no WIT form (nor a JS one in the wasm glue), or
    None: the surface's hidden functions."""
    c = _surface_of(lib).callable(f)
    return c.hidden_why if c.role == "hidden" else None


_surfaces: dict = {}


def _surface_of(lib: m.Library) -> sf.Surface:
    if id(lib) not in _surfaces or _surfaces[id(lib)].lib is not lib:
        _surfaces[id(lib)] = sf.build(lib)
    return _surfaces[id(lib)]


class _Builder:
    def __init__(self, s: sf.Surface):
        self.s = s
        self.lib = s.lib
        self.types = Interface(TYPES_INTERFACE, ident(TYPES_INTERFACE),
                               "Records, enums and the error type that the other interfaces use.")
        self.interfaces: dict[str, Interface] = {}
        self.resources: dict[int, Resource] = {}       # id(Class) -> Resource
        self.records: dict[str, Record] = {}
        self.enums: dict[str, Enum] = {}
        self.variants: dict[str, Variant] = {}

    # types
    def record(self, st: m.Struct) -> Record:
        if st.name not in self.records:
            fields = []
            for fl in st.fields:
                if st is self.s.error_struct and fl.name == "code":
                    t = WType("enum", decl=self.error_code)
                else:
                    t = self.value_type(fl.type, fl.pos, f"field '{fl.name}' of '{st.name}'")
                fields.append(RecordField(fl.name, ident(fl.name), t, fl.doc, fl))
            rec = Record(st.name, ident(st.name), st.doc, fields, st, self.types)
            _, _, offsets = _record_layout([f.type.layout for f in fields])
            for fl, off in zip(fields, offsets):
                fl.offset = off
            self.records[st.name] = rec
            self.types.records.append(rec)
        return self.records[st.name]

    def errors_enum(self) -> Enum:
        """The surface's error classes: every code but success, in its order."""
        e = self.lib.errors
        cases = [EnumCase(x.member.name, ident(x.member.name), x.code, i, x.member.doc)
                 for i, x in enumerate(self.s.errors)]
        en = Enum(e.name, ident(e.name), e.doc, cases, self.types)
        self.enums[e.name] = en
        self.types.enums.append(en)
        return en

    def enum(self, e: m.Enum) -> Enum:
        if e is self.lib.errors:
            return self.error_code
        if e.name not in self.enums:
            cases = [EnumCase(x.name, ident(x.name), x.value, i, x.doc) for i, x in enumerate(e.members)]
            en = Enum(e.name, ident(e.name), e.doc, cases, self.types)
            self.enums[e.name] = en
            self.types.enums.append(en)
        return self.enums[e.name]

    def value_type(self, t: m.Type, pos, where: str) -> WType:
        """A type held by value: in a record field or a result."""
        c = t.category
        if c == "scalar":
            return WType("prim", SCALAR_WIT[t.name])
        if c in ("str", "cstring"):
            return WType("string", "string")
        if c == "ptr":
            return WType("prim", "u64")
        if c == "array":
            return WType("list", items=[WType("prim", "u8")])
        if c == "enum":
            return WType("enum", decl=self.enum(t.decl))
        if c in ("struct", "view"):
            return WType("record", decl=self.record(t.decl))
        _fail(pos, f"{where}: type '{t.name}' has no WIT form")

    def variant(self, name: str, doc: str, classes: list[sf.Class], iface: Interface) -> Variant:
        if name not in self.variants:
            cases = [VariantCase(r.name, r.ident, WType("borrow", decl=r), i, k)
                     for i, k in enumerate(classes) for r in [self.resources[id(k)]]]
            v = Variant(name, ident(name), doc, cases, iface)
            iface.variants.append(v)
            self.variants[name] = v
        return self.variants[name]

    # parameters
    def objects(self, name: str, p: m.Param, classes: list[sf.Class], iface: Interface,
                sp: Optional[sf.Param] = None) -> WParam:
        """A handle parameter: a borrow of its one class, or a variant of borrows."""
        if len(classes) == 1:
            res = self.resources[id(classes[0])]
            return WParam(name, ident(name), WType("borrow", decl=res), "borrow", p, sp)
        kinds = p.type.decl
        if isinstance(kinds, m.HandleSet):
            v = self.variant(kinds.name, kinds.doc, classes, iface)
        else:
            v = self.variant(ANY_HANDLE, "Any object, borrowed for the call.", classes, iface)
        return WParam(name, ident(name), WType("variant", decl=v), "handles", p, sp)

    def param(self, sp: sf.Param, iface: Interface) -> WParam:
        p, shape, name = sp.idl, sp.shape, names.kebab(sp.name)
        if shape == "object":
            return self.objects(sp.name, p, sp.classes, iface, sp)
        if shape == "any_handle":
            # any handle: every resource, view tokens included
            return self.objects(sp.name, p, self.s.classes, iface, sp)
        if shape in ("int", "float", "bool"):
            role = "bool" if shape == "bool" else "value"
            return WParam(name, ident(sp.name), WType("prim", SCALAR_WIT[sp.type]), role, p, sp)
        if shape == "enum":
            return WParam(name, ident(sp.name), WType("enum", decl=self.enum(sp.enum)), "enum", p, sp)
        if shape == "bytes_in":
            return WParam(name, ident(sp.name), WType("list", items=[WType("prim", "u8")]), "list", p, sp)
        if shape == "bytes_out":
            return WParam(f"{name}-len", ident(sp.name + "_len"), WType("prim", "u64"), "dst", p, sp)
        if shape == "text_in":
            return WParam(name, ident(sp.name), WType("string", "string"), "string", p, sp)
        if shape == "struct_in":
            rt = WType("record", decl=self.record(sp.struct.idl))
            if sp.nullable:
                rt = WType("option", items=[rt])
            return WParam(name, ident(sp.name), rt, "record", p, sp)
        _fail(p.pos, f"parameter '{sp.name}' ({shape}) has no WIT form")

    # results
    RESULT_ROLES = {"int": "value", "float": "value", "bool": "bool", "enum": "enum", "static_text": "static-string",
                    "text": "owned-string", "bytes": "owned-list"}

    def results(self, c: sf.Callable) -> list[WResult]:
        r, f = c.result, c.fn
        out = []
        if r.shape in self.RESULT_ROLES:
            t = self.value_type(r.type, f.pos, f.qualified_name)
            out.append(WResult(t, self.RESULT_ROLES[r.shape], f.result))
        elif r.shape == "object":
            out.append(WResult(WType("own", decl=self.resources[id(r.cls)]), "own", f.result))
        elif r.shape == "struct_out":
            out.append(WResult(WType("record", decl=self.record(r.struct.idl)), "record", r.out_param))
        elif r.shape == "view":
            token = self.s.token_class
            if token is None or r.cls is not token:
                _fail(f.pos, f"{f.qualified_name}: a view gives back a view token")
            out.append(WResult(WType("own", decl=self.resources[id(token)]), "own", f.result))
            out.append(WResult(WType("record", decl=self.record(r.out_param.type.decl)), "view", r.out_param))
        elif r.shape != "none":
            _fail(f.pos, f"{f.qualified_name}: result '{r.shape}' has no WIT form")
        for sp in c.params:
            if sp.shape == "bytes_out":
                out.append(WResult(WType("list", items=[WType("prim", "u8")]), "dst", sp.idl))
        return out

    # functions
    def placement(self, c: sf.Callable):
        """(form, resource or None, interface, WIT name, receiver as: self | param | None)."""
        f = c.fn
        res = lambda k: self.resources[id(k)]   # noqa: E731
        module_iface = self.interface_for(f.module)
        if c.role == "constructor":
            r = res(c.classes[0])
            return "constructor", r, r.interface, names.kebab(f.name), None
        if c.role in ("release", "view_release"):
            r = res(c.classes[0])
            return "method", r, r.interface, names.kebab(c.member), "self"
        if c.role == "view":
            r = res(self.s.token_class)
            return "static", r, r.interface, names.kebab(f.name), "param"
        if c.role == "method":
            made = c.result.cls if c.result.shape == "object" else None
            if made is not None and made.constructor is None and made.made_by == [c]:
                r = res(made)
                return "constructor", r, r.interface, names.kebab(f.name), "param"
            if c.owner is not None:
                r = res(c.owner)
                return "method", r, r.interface, names.kebab(c.member), "self"
            return "func", None, module_iface, names.kebab(f.name), "param"
        return "func", None, module_iface, names.kebab(f.name), None

    def function(self, c: sf.Callable) -> WFunc:
        form, res, iface, name, receiver = self.placement(c)
        wf = WFunc(c, name, SPELL.escape(name), form, iface, res)
        if receiver == "self":
            wf.self_param = WParam("self", "self", WType("borrow", decl=res), "borrow", c.fn.receiver)
        elif receiver == "param":
            p = c.fn.receiver
            wf.params.append(self.objects(p.name, p, c.classes, iface))
        wf.params += [self.param(sp, iface) for sp in c.params]
        wf.results = self.results(c)
        if form == "constructor":
            wf.results = [r for r in wf.results if r.role == "own"]
        types = [r.type for r in wf.results]
        ok = None if not types else types[0] if len(types) == 1 else WType("tuple", items=types)
        wf.result = WType("result", items=[ok, self.error_type]) if c.fallible else ok
        for p in wf.all_params:
            p.flat = p.type.flat
        wf.flat_params = [x for p in wf.all_params for x in p.flat]
        wf.flat_results = wf.result.flat if wf.result is not None else []
        if len(wf.flat_params) > MAX_FLAT_PARAMS:
            _fail(c.fn.pos, f"{c.name}: {len(wf.flat_params)} flat parameters; the adapter "
                            f"passes at most {MAX_FLAT_PARAMS} (no spilling to memory yet)")
        (res.functions if res and form != "func" else iface.functions).append(wf)
        return wf

    def build(self) -> Package:
        s, lib = self.s, self.lib
        if s.error_struct is None:
            _fail(lib.pos, "the IDL has no 'struct error' for the error type of results")
        self.error_code = self.errors_enum()
        self.error_rec = self.record(s.error_struct)
        self.error_type = WType("record", decl=self.error_rec)
        modules = {x.name: x for x in lib.modules}
        moved = self.moved_resources()
        for cls in s.classes:                 # resources first: functions refer to them
            h = cls.handle
            home = moved.get(h.name, h.name)
            iface = self.interface_for(modules[home]) if home in modules else self.types
            res = Resource(cls, h.name, SPELL.class_name(h.name), iface)
            iface.resources.append(res)
            self.resources[id(cls)] = res
        for c in s.public:
            self.function(c)
        # every struct becomes a record, used or not, so that types are complete
        for st in s.structs:
            self.record(st.idl)
        for e in lib.enums:
            self.enum(e)
        used = [self.interfaces[x.name] for x in lib.modules if x.name in self.interfaces]
        interfaces = [self.types] + [i for i in used if i.resources or i.functions]
        pkg = Package(s, lib.name, PACKAGE_NAME, lib.version_string, WORLD_NAME,
                      f"The {lib.name} core as a component: the functions of {lib.idl_file} over "
                      f"resources, with errors as values.",
                      interfaces, [Skipped(c) for c in s.hidden], self.error_code, self.error_rec,
                      self.error_type, [self.resources[id(k)] for k in s.classes])
        for i in interfaces:
            i.package = pkg
        self.resolve_uses(interfaces)
        for wf in pkg.functions:
            wf.export_name = _export_name(wf)
        return pkg

    def moved_resources(self) -> dict:
        """{handle name: module name} for the resources that live in another
        module's interface than their own. A handle set's variant lives in
        the interface of the first module whose function takes it; a kind of
        the set whose own module takes the set too would make the two
        interfaces use each other's types (WIT forbids it: a list column's
        child may be a batch, and a batch's column a list), so its resource
        lives with the variant."""
        first: dict = {}        # handle set name -> the first module taking it
        takers: dict = {}       # handle set name -> every module taking it
        for c in self.s.public:
            for p in c.fn.params:
                decl = p.type.decl
                if isinstance(decl, m.HandleSet):
                    first.setdefault(decl.name, c.fn.module.name)
                    takers.setdefault(decl.name, set()).add(c.fn.module.name)
        out = {}
        for hs in self.lib.handlesets:
            home = first.get(hs.name)
            for k in hs.kinds if home else []:
                if k.name != home and k.name in takers[hs.name]:
                    out[k.name] = home
        return out

    def interface_for(self, module: m.Module) -> Interface:
        if module.name not in self.interfaces:
            self.interfaces[module.name] = Interface(module.name, ident(module.name), module.doc, module)
        return self.interfaces[module.name]

    def resolve_uses(self, interfaces: list[Interface]):
        """Each interface `use`s the named types it mentions from another one;
        WIT forbids cycles, so interfaces are ordered by their uses."""
        by_name = {i.name: i for i in interfaces}
        owner = {}
        for i in interfaces:
            for d in i.records + i.enums + i.variants + i.resources:
                owner[id(d)] = (i, d.ident)

        def walk(t: WType, acc: list):
            if t is None:
                return
            if t.decl is not None and id(t.decl) in owner:
                acc.append(owner[id(t.decl)])
            for x in t.items:
                walk(x, acc)

        for i in interfaces:
            mentioned: list = []
            for v in i.variants:
                for c in v.cases:
                    walk(c.type, mentioned)
            funcs = i.functions + [f for r in i.resources for f in r.functions]
            for wf in funcs:
                for p in wf.all_params:
                    walk(p.type, mentioned)
                walk(wf.result, mentioned)
            uses: dict = {}
            for other, name in mentioned:
                if other is not i and name not in uses.setdefault(other.name, []):
                    uses[other.name].append(name)
            i.uses = {k: v for k, v in uses.items() if v}
            i.use_list = [(by_name[k].ident, v) for k, v in i.uses.items()]
        # order: an interface after every interface it uses
        done: list[Interface] = []
        visiting: set = set()

        def visit(i: Interface):
            if i in done:
                return
            if i.name in visiting:
                pos = i.module.pos if i.module is not None else self.lib.pos
                _fail(pos, f"interfaces '{i.name}' and another use each other's types: WIT "
                           f"forbids the cycle; move the shared type to a handle's own module")
            visiting.add(i.name)
            for name in i.uses:
                visit(by_name[name])
            visiting.discard(i.name)
            done.append(i)

        for i in interfaces:
            visit(i)
        interfaces[:] = done


def _export_name(wf: WFunc) -> str:
    q = wf.interface.qualified
    if wf.form == "func":
        return f"{q}#{wf.name}"
    r = wf.resource.wit_name
    if wf.form == "constructor":
        return f"{q}#[constructor]{r}"
    return f"{q}#[{wf.form}]{r}.{wf.name}"


def build(s: sf.Surface) -> Package:
    """The WIT view of the binding surface. Raises IdlError for what WIT
    cannot say."""
    if isinstance(s, m.Library):
        s = _surface_of(s)
    return _Builder(s).build()
