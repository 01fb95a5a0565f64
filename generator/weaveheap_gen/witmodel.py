"""The IDL seen through the WebAssembly component model: a pass over the model
that decides, once, what every WIT declaration is (interfaces, resources,
records, variants, functions, their own/borrow handles and `result` error
types) and what each looks like in the canonical ABI (flat core wasm types,
sizes and alignments in linear memory). The `wit` target renders the WIT
package from it and the `wasm` target the C adapter that implements that
package over the C API, so the two can never disagree.

The mapping:
  - handle kinds are resources; each lives in the interface of the module
    named like it (else in `types`). A parameter `own k` is `k` (an owned
    handle, consumed by the call); `shared k` and `unique k` are `borrow<k>`.
  - a handle set (or `handle`, any kind) passed shared or unique is a variant
    of borrows, one case per kind.
  - structs are records in `types`; the `error` struct is the error type of
    every fallible function's `result`, its code the `error-code` enum (the
    IDL's errors without the success code).
  - `u8[]` is `list<u8>`; a `unique u8[]` destination becomes its length, and
    the bytes come back in the result. `str` and `cstring` are `string`, `ptr`
    is `u64` (an address in the component's own linear memory, 64 bits wide so
    that memory64 changes no type).
  - `out` parameters join the result: none, one value, or a tuple.
  - functions that exist only to free C memory (an `own` u8[] or cstring
    parameter) or to manage C errors (an `error` parameter) have no WIT form:
    the canonical ABI copies and frees on its own.
"""
from dataclasses import dataclass, field
from typing import Optional

from .model import Function, Handle, Library, Param

PACKAGE_NAME = "core"            # the package is <library>:core@<version>
TYPES_INTERFACE = "types"        # where records, enums and the error live
WORLD_NAME = "core"

# Words WIT gives a meaning to: an identifier spelled like one takes a '%'.
KEYWORDS = frozenset("""
    use type func u8 u16 u32 u64 s8 s16 s32 s64 f32 f64 float32 float64 char resource own borrow
    record flags variant enum bool string option result future stream list _ as from static
    interface tuple import export world package constructor include with error-context async
""".split())

SCALAR_WIT = {"u8": "u8", "u16": "u16", "u32": "u32", "u64": "u64",
              "i8": "s8", "i16": "s16", "i32": "s32", "i64": "s64", "bool": "bool"}
PRIM_LAYOUT = {"bool": (1, 1), "u8": (1, 1), "s8": (1, 1), "u16": (2, 2), "s16": (2, 2),
               "u32": (4, 4), "s32": (4, 4), "u64": (8, 8), "s64": (8, 8)}
MAX_FLAT_PARAMS = 16
MAX_FLAT_RESULTS = 1


class WitError(Exception):
    """The IDL uses something this mapping cannot express."""


def kebab(name: str) -> str:
    return name.replace("_", "-")


def ident(name: str) -> str:
    """A WIT identifier for an IDL name, escaped when it is a keyword."""
    k = kebab(name)
    return f"%{k}" if k in KEYWORDS else k


# -- WIT types, with their canonical ABI -------------------------------------
@dataclass
class WType:
    """A type as written in WIT. `kind` is one of prim, list, string, own,
    borrow, option, result, tuple, record, enum, variant."""
    kind: str
    name: str = ""                       # prim name; record/enum/variant/resource name
    items: list = field(default_factory=list)   # option/result/tuple/variant payloads (None = none)
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
            return ["i64"] if self.name in ("u64", "s64") else ["i32"]
        if k in ("enum", "own", "borrow"):
            return ["i32"]
        if k in ("string", "list"):
            return ["i32", "i32"]
        if k in ("record", "tuple"):
            fields = self.decl.field_types if k == "record" else self.items
            return [f for t in fields for f in t.flat]
        cases = self.cases
        joined: list[str] = []
        for c in cases:
            for i, f in enumerate(c.flat if c is not None else []):
                if i < len(joined):
                    joined[i] = joined[i] if joined[i] == f else "i64"
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
    idl: object              # model.Field
    offset: int = 0


@dataclass
class Record:
    name: str
    ident: str
    doc: str
    fields: list[RecordField]
    idl: object              # model.Struct
    interface: "Interface" = None

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
    idl: object
    interface: "Interface" = None


@dataclass
class VariantCase:
    name: str
    ident: str
    type: WType
    index: int
    handle: Handle


@dataclass
class Variant:
    """A handle set (or any handle) passed by borrow: one case per kind."""
    name: str
    ident: str
    doc: str
    cases: list[VariantCase]
    interface: "Interface" = None


@dataclass
class Resource:
    name: str
    ident: str
    doc: str
    handle: Handle
    interface: "Interface" = None
    functions: list["WFunc"] = field(default_factory=list)

    @property
    def wit_name(self) -> str:
        """As core wasm names spell it: kebab-case, never escaped."""
        return kebab(self.name)


@dataclass
class WParam:
    """One WIT parameter and the IDL parameter it comes from. `role` says how
    the adapter lifts it: value, bool, enum, borrow, own, handles (a variant of
    borrows), list, string, record, dst (the length of a unique u8[])."""
    name: str
    ident: str
    type: WType
    role: str
    idl: Param
    flat: list[str] = field(default_factory=list)


@dataclass
class WResult:
    """One part of what a function gives back: its IDL result or an out
    parameter (or the bytes of a unique u8[] destination). `role`: value,
    bool, enum, own, static-string, owned-string, owned-list, dst, record,
    view."""
    type: WType
    role: str
    idl: object              # model.Result or model.Param


@dataclass
class WFunc:
    f: Function
    name: str                # WIT name (kebab, unescaped)
    ident: str               # as written in WIT
    form: str                # func, constructor, method, static
    interface: "Interface" = None
    resource: Optional[Resource] = None
    params: list[WParam] = field(default_factory=list)   # without `self`
    self_param: Optional[WParam] = None
    results: list[WResult] = field(default_factory=list)
    result: Optional[WType] = None       # the WIT result type, or None
    export_name: str = ""                # the core wasm export the adapter defines
    flat_params: list[str] = field(default_factory=list)
    flat_results: list[str] = field(default_factory=list)

    @property
    def fallible(self) -> bool:
        return self.f.fallible

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
    module: object = None                # model.Module, None for `types`
    records: list[Record] = field(default_factory=list)
    enums: list[Enum] = field(default_factory=list)
    variants: list[Variant] = field(default_factory=list)
    resources: list[Resource] = field(default_factory=list)
    functions: list[WFunc] = field(default_factory=list)   # freestanding
    uses: dict = field(default_factory=dict)               # interface -> [type idents]
    use_list: list = field(default_factory=list)           # [(interface ident, [type idents])]
    package: "Package" = None

    @property
    def qualified(self) -> str:
        return f"{self.package.namespace}:{self.package.name}/{self.name}@{self.package.version}"


@dataclass
class Skipped:
    f: Function
    why: str


@dataclass
class Package:
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


# -- the pass ----------------------------------------------------------------
def skip_reason(f: Function, lib: Library) -> Optional[str]:
    """Why a function has no WIT form (nor a JS one in the wasm glue), or None."""
    for p in f.params:
        if p.ownership == "own" and p.type.category in ("array", "cstring"):
            return "frees memory the C API handed out; the canonical ABI copies and frees on its own"
        if p.type.category == "struct" and p.type.name == "error":
            return "manages a C error value; in WIT errors are values of `result`"
        if p.type.category == "ptr":
            return "takes a raw pointer, which has no meaning outside the component"
    return None


class _Builder:
    def __init__(self, lib: Library):
        self.lib = lib
        self.types = Interface(TYPES_INTERFACE, ident(TYPES_INTERFACE),
                               "Records, enums and the error type that the other interfaces use.")
        self.interfaces: dict[str, Interface] = {}
        self.resources: dict[str, Resource] = {}
        self.records: dict[str, Record] = {}
        self.enums: dict[str, Enum] = {}
        self.variants: dict[str, Variant] = {}

    # types
    def record(self, st) -> Record:
        if st.name not in self.records:
            fields = []
            for fl in st.fields:
                if st.name == "error" and fl.name == "code":
                    t = WType("enum", decl=self.error_code)
                else:
                    t = self.value_type(fl.type, f"field '{fl.name}' of '{st.name}'")
                fields.append(RecordField(fl.name, ident(fl.name), t, fl.doc, fl))
            rec = Record(st.name, ident(st.name), st.doc, fields, st, self.types)
            _, _, offsets = _record_layout([f.type.layout for f in fields])
            for fl, off in zip(fields, offsets):
                fl.offset = off
            self.records[st.name] = rec
            self.types.records.append(rec)
        return self.records[st.name]

    def enum(self, e) -> Enum:
        if e.name not in self.enums:
            members = [m for m in e.members if not (e.is_errors and m.value == 0)]
            cases = [EnumCase(m.name, ident(m.name), m.value, i, m.doc) for i, m in enumerate(members)]
            en = Enum(e.name, ident(e.name), e.doc, cases, e, self.types)
            self.enums[e.name] = en
            self.types.enums.append(en)
        return self.enums[e.name]

    def value_type(self, t, where: str) -> WType:
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
        raise WitError(f"{where}: type '{t.name}' has no WIT form")

    def variant(self, name: str, doc: str, kinds: list[Handle], iface: Interface) -> Variant:
        if name not in self.variants:
            cases = [VariantCase(h.name, ident(h.name), WType("borrow", decl=self.resources[h.name]), i, h)
                     for i, h in enumerate(kinds)]
            v = Variant(name, ident(name), doc, cases, iface)
            iface.variants.append(v)
            self.variants[name] = v
        return self.variants[name]

    # functions
    def param(self, p: Param, iface: Interface, where: str) -> list[WParam]:
        t, c, own = p.type, p.type.category, p.ownership
        name = kebab(p.name)
        if c == "scalar":
            role = "bool" if t.name == "bool" else "value"
            return [WParam(name, ident(p.name), WType("prim", SCALAR_WIT[t.name]), role, p)]
        if c == "enum":
            return [WParam(name, ident(p.name), WType("enum", decl=self.enum(t.decl)), "enum", p)]
        if c == "handle":
            res = self.resources[t.decl.name]
            if own == "own":
                return [WParam(name, ident(p.name), WType("own", decl=res), "own", p)]
            return [WParam(name, ident(p.name), WType("borrow", decl=res), "borrow", p)]
        if c in ("handleset", "anyhandle") and own in ("shared", "unique"):
            if c == "handleset":
                v = self.variant(t.decl.name, t.decl.doc, t.decl.kinds, iface)
            else:
                v = self.variant("handle", "Any handle, borrowed for the call.", self.lib.handles, iface)
            return [WParam(name, ident(p.name), WType("variant", decl=v), "handles", p)]
        if c == "array" and own == "shared":
            return [WParam(name, ident(p.name), WType("list", items=[WType("prim", "u8")]), "list", p)]
        if c == "array" and own == "unique":
            return [WParam(f"{name}-len", ident(p.name + "_len"), WType("prim", "u64"), "dst", p)]
        if c in ("str", "cstring") and own == "shared":
            return [WParam(name, ident(p.name), WType("string", "string"), "string", p)]
        if c == "struct" and own in ("shared", "unique"):
            rt = WType("record", decl=self.record(t.decl))
            if p.nullable:
                rt = WType("option", items=[rt])
            return [WParam(name, ident(p.name), rt, "record", p)]
        if own == "out":
            return []
        raise WitError(f"{where}: parameter '{p.name}' ({own or 'by value'} {t.name}) has no WIT form")

    def results(self, f: Function) -> list[WResult]:
        out = []
        r = f.result
        if r is not None:
            t, c = r.type, r.type.category
            if c == "handle":
                out.append(WResult(WType("own", decl=self.resources[t.decl.name]), "own", r))
            elif c == "str":
                out.append(WResult(WType("string", "string"), "static-string", r))
            elif c == "cstring":
                out.append(WResult(WType("string", "string"), "owned-string", r))
            elif c == "array":
                out.append(WResult(WType("list", items=[WType("prim", "u8")]), "owned-list", r))
            elif c == "enum":
                out.append(WResult(self.value_type(t, f.qualified_name), "enum", r))
            elif c == "scalar":
                out.append(WResult(self.value_type(t, f.qualified_name), "bool" if t.name == "bool" else "value", r))
            else:
                raise WitError(f"{f.qualified_name}: result '{t.name}' has no WIT form")
        for p in f.params:
            if p.ownership == "out":
                role = "view" if p.type.category == "view" else "record"
                out.append(WResult(WType("record", decl=self.record(p.type.decl)), role, p))
            elif p.type.category == "array" and p.ownership == "unique":
                out.append(WResult(WType("list", items=[WType("prim", "u8")]), "dst", p))
        return out

    def function(self, f: Function, iface: Interface, res: Optional[Resource]) -> WFunc:
        h = res.handle if res else None
        if h is not None and f.releases is h:
            form = "static"
        elif (h is not None and f.receiver is not None and f.receiver.type.category == "handle"
              and f.receiver.type.decl is h and f.receiver.ownership in ("shared", "unique")):
            form = "method"
        elif (h is not None and f.constructs is h and len(h.constructors) == 1
              and not any(p.ownership == "out" for p in f.params)):
            form = "constructor"
        elif h is not None:
            form = "static"
        else:
            form = "func"
        wf = WFunc(f, kebab(f.name), ident(f.name), form, iface, res)
        params = list(f.params)
        if form == "method":
            wf.self_param = WParam("self", "self", WType("borrow", decl=res), "borrow", params.pop(0))
        for p in params:
            wf.params += self.param(p, iface, f.qualified_name)
        wf.results = self.results(f)
        if form == "constructor":
            wf.results = wf.results[:1]
        types = [r.type for r in wf.results]
        ok = None if not types else types[0] if len(types) == 1 else WType("tuple", items=types)
        wf.result = WType("result", items=[ok, self.error_type]) if f.fallible else ok
        for p in wf.all_params:
            p.flat = p.type.flat
        wf.flat_params = [x for p in wf.all_params for x in p.flat]
        wf.flat_results = wf.result.flat if wf.result is not None else []
        if len(wf.flat_params) > MAX_FLAT_PARAMS:
            raise WitError(f"{f.qualified_name}: {len(wf.flat_params)} flat parameters; the adapter "
                           f"passes at most {MAX_FLAT_PARAMS} (no spilling to memory yet)")
        return wf

    def build(self) -> Package:
        lib = self.lib
        self.error_code = self.enum(lib.errors)
        error_struct = next((s for s in lib.structs if s.name == "error"), None)
        if error_struct is None:
            raise WitError("the IDL has no 'struct error' for the error type of results")
        self.error_rec = self.record(error_struct)
        self.error_type = WType("record", decl=self.error_rec)
        modules = {m.name: m for m in lib.modules}
        order: list[Interface] = []
        for h in lib.handles:                 # resources first: functions refer to them
            m = modules.get(h.name)
            iface = self.interface_for(m) if m else self.types
            res = Resource(h.name, ident(h.name), h.doc, h, iface)
            iface.resources.append(res)
            self.resources[h.name] = res
        skipped = []
        for m in lib.modules:
            iface = self.interface_for(m)
            res = self.resources.get(m.name)
            for f in m.functions:
                why = skip_reason(f, lib)
                if why:
                    skipped.append(Skipped(f, why))
                    continue
                wf = self.function(f, iface, res)
                (res.functions if res else iface.functions).append(wf)
            if iface not in order:
                order.append(iface)
        # every struct becomes a record, used or not, so that types are complete
        for st in lib.structs:
            self.record(st)
        for e in lib.enums:
            self.enum(e)
        interfaces = [self.types] + [i for i in order if i.resources or i.functions]
        pkg = Package(lib.name, PACKAGE_NAME, lib.version_string, WORLD_NAME,
                      f"The {lib.name} core as a component: the functions of {lib.idl_file} over "
                      f"resources, with errors as values.",
                      interfaces, skipped, self.error_code, self.error_rec, self.error_type,
                      [self.resources[h.name] for h in lib.handles])
        for i in interfaces:
            i.package = pkg
        self.resolve_uses(interfaces)
        for wf in pkg.functions:
            wf.export_name = _export_name(wf)
        return pkg

    def interface_for(self, m) -> Interface:
        if m.name not in self.interfaces:
            self.interfaces[m.name] = Interface(m.name, ident(m.name), m.doc, m)
        return self.interfaces[m.name]

    def resolve_uses(self, interfaces: list[Interface]):
        """Each interface `use`s the named types it mentions from another one;
        WIT forbids cycles, so interfaces are ordered by their uses."""
        by_name_all = {i.name: i for i in interfaces}
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
            i.use_list = [(by_name_all[k].ident, v) for k, v in i.uses.items()]
        # order: an interface after every interface it uses
        by_name = {i.name: i for i in interfaces}
        done: list[Interface] = []
        visiting: set = set()

        def visit(i: Interface):
            if i in done:
                return
            if i.name in visiting:
                raise WitError(f"interfaces '{i.name}' and another use each other's types: WIT "
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
    r = kebab(wf.resource.name)
    if wf.form == "constructor":
        return f"{q}#[constructor]{r}"
    return f"{q}#[{wf.form}]{r}.{wf.name}"


def build(lib: Library) -> Package:
    """The WIT view of the library. Raises WitError for what WIT cannot say."""
    return _Builder(lib).build()
