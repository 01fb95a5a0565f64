"""The JavaScript API, once for both JavaScript packages: the Node.js package
(N-API) and the WebAssembly glue render the same layer (js_api.j2: classes,
error classes, views, argument checks) over a small backend, so they present
one API, spelled by names.JavaScript and described by one index.d.ts.

Everything here is read from the binding surface: roles, classes, public
parameters and their shapes, results, error classes. What this module adds
is JavaScript: how each shape is checked and converted (the check helper a
parameter calls, its TypeScript type), and the paths a user finds each
function by (IDL.functions, messages).

The backend ("native") is an object with one function per IDL function but
the hidden ones, named by its C name without the library prefix
(`buffer_alloc`), called with checked arguments:
  handles      bigint
  int          number or bigint, an integer in the type's range (u64: [0, 2^64))
  bool         boolean
  enum         its number
  bytes_in     a string (well-formed UTF-16: the layer refused lone surrogates),
               a TypedArray, DataView or ArrayBuffer
  bytes_out    a TypedArray, DataView or ArrayBuffer, filled in place
  struct_in    a plain object with every field (defaults filled in), or null
and returning handles as bigints, ints as numbers, bools, enums as numbers,
texts as strings, bytes as a Uint8Array the caller owns, structs as plain
objects. It throws ERROR_CLASSES[code] with the core's message. Views:
  borrow_<shared|unique>(handle, kind, elementSize, checked) -> the
      ArrayBuffer the view lies in; the token in VIEW_TOKEN[0], [flags,
      byteOffset, byteLength, slot] in VIEW_META (flags: 1 writable, 2
      copied; slot the backend's number for the view, for its release).
      `kind` is the handle number of the class whose view() it is: the
      backend has the core check it (the class's kind_probe) before it
      borrows, unless `checked` (the core said so at an earlier view of the
      same wrapper; a handle's kind is part of its value).
  borrow_release(token, buffer, slot) ends a view's borrow (`buffer`: the
      one the view was made over; null: a token adopted with View.fromHandle).
  view_abandon(token, slot) gives back a borrow whose view could not be made.
plus init(errorClasses, VIEW_TOKEN, VIEW_META), viewCopied(), name, addressOf(typedArray),
coreAddressOf(handle, kind), memory, exports (docs/node.md, "Backends")."""
from dataclasses import dataclass, field
from typing import Optional

from ... import api, names
from ...diagnostics import IdlError
from ...model import RANGES as INT_RANGES
from ... import surface as sf

# The typed arrays a view can be, with their element size.
TYPED_ARRAYS = [
    ("Uint8Array", 1), ("Int8Array", 1), ("Uint8ClampedArray", 1),
    ("Uint16Array", 2), ("Int16Array", 2), ("Uint32Array", 4), ("Int32Array", 4),
    ("Float32Array", 4), ("Float64Array", 8), ("BigInt64Array", 8), ("BigUint64Array", 8),
]


# What the generated layer itself names at module level or inside bind():
# an exported name must not take one.
LAYER_NAMES = frozenset("""
    bind native load backend ArrowExport ArrowStreamExport kArrow arrowBackend argumentError receiverError typeName checkOptions isKnown handleArg u64Arg intArg
    boolArg enumArg bytesArg memoryArg textArg structArg isWellFormed surrogateAt makeView viewClass
    VIEW_TYPES VIEW_TOKEN VIEW_META VIEW_U8 VIEW_WRITABLE VIEW_SHARED VIEW_ADOPTED VIEW_CLOSED
    NO_OPTIONS kAdopt hasDispose ERROR_CLASSES IDL exports
""".split())


def _fail(pos, msg):
    raise IdlError(pos, f"node target: {msg}")


@dataclass
class JsParam:
    p: sf.Param
    name: str                 # JavaScript name
    option: bool              # in the trailing options object (it has a default)
    default: str              # the default as a JavaScript literal
    what: str                 # how messages name it
    check: str                # the JavaScript expression that checks it and gives what the backend takes
    ts: str                   # its TypeScript type
    optional: bool = False    # a positional parameter the caller may leave out (a nullable struct)

    @property
    def ts_option(self) -> str:
        return f"{self.name}?: {self.ts}"


@dataclass
class JsCallable:
    c: sf.Callable
    native: str               # the backend's function
    path: str                 # where a user finds it (IDL.functions, messages)
    member: str = ""          # method or function name
    params: list = field(default_factory=list)        # JsParam: positional, then options
    wrap: str = "{}"          # the result expression around the backend call ({} is the call)
    ts_result: str = "void"
    doc: list = field(default_factory=list)
    tags: list = field(default_factory=list)          # JSDoc: defaults, @throws
    direct: bool = False      # a library function exported as the backend's own
    options_what: str = ""

    @property
    def positional(self) -> list:
        return [p for p in self.params if not p.option]

    @property
    def options(self) -> list:
        return [p for p in self.params if p.option]

    @property
    def signature(self) -> str:
        """The JavaScript parameter list."""
        return ", ".join([p.name for p in self.positional] + (["options"] if self.options else []))

    @property
    def args(self) -> list[str]:
        """The checked arguments, in the backend's order (the receiver first, outside this list)."""
        return [p.check for p in self.params]

    @property
    def option_list(self) -> str:
        return "[" + ", ".join(names.quoted(p.name) for p in self.options) + "]"

    def call(self, receiver) -> str:
        """The backend's call with the checked arguments, wrapped as the result needs."""
        args = ([receiver] if receiver else []) + self.args
        return self.wrap.replace("{}", f"native.{self.native}({', '.join(args)})")


@dataclass
class JsClass:
    cls: sf.Class
    name: str
    doc: list
    kind: int                 # the handle kind's number
    constructor: Optional[JsCallable] = None
    methods: list = field(default_factory=list)
    release: Optional[JsCallable] = None
    shared: Optional[JsCallable] = None               # the views
    unique: Optional[JsCallable] = None
    made_by: list = field(default_factory=list)       # paths of what makes one
    # The raw Arrow export the surface gives the class (its hidden
    # arrow_export / arrow_stream_export): "array" (exportArrow()), "stream"
    # (exportArrowStream()) or ""; `arrow_native` the backend's function.
    arrow: str = ""
    arrow_native: str = ""

    @property
    def adopt_param(self) -> str:
        """The constructor's first parameter, which also carries the adopt
        token when the layer wraps a handle it was given."""
        c = self.constructor
        return (c.positional[0].name if c.positional else "options") if c else "adopt"


@dataclass
class JsError:
    e: sf.ErrorClass
    name: str
    parent: str
    code: str                 # the C constant: WEAVEHEAP_ERR_BORROWED
    errno: int
    doc: list
    family_codes: list = field(default_factory=list)
    family_errnos: list = field(default_factory=list)


@dataclass
class JsField:
    f: object
    name: str
    check: str                # u64 | int | bool
    lo: str = ""
    hi: str = ""
    ts_in: str = ""
    ts_out: str = ""


@dataclass
class JsStruct:
    s: sf.Struct
    name: str
    fields: list
    spec: str                 # the layer's constant describing its fields for structArg()


@dataclass
class JsApi:
    sp: names.Speller
    base_error: str
    errors: list
    invalid: JsError          # the errors the layer raises itself (surface.GLUE_ERRORS)
    oom: JsError
    stale: JsError
    classes: list             # user classes
    view: JsClass             # the view token's class
    memory_classes: list
    functions: list           # library functions
    callables: list           # every public JsCallable
    structs: list
    in_structs: list
    out_structs: list
    consts: list              # (Const, name)
    handle_kind: object       # the enum of handle kinds
    handle_kind_ts: str
    idl_map: list             # (qualified name, path as a JavaScript string)
    kind_names: list          # the handle kinds' names by number, as JavaScript strings
    enums: list = field(default_factory=list)   # the other enums: (Enum, TypeScript name, names by number)
    typed_arrays: list = field(default_factory=lambda: TYPED_ARRAYS)

    @property
    def arrow_classes(self) -> list:
        """The classes with a raw Arrow export (exportArrow / exportArrowStream)."""
        return [c for c in self.classes if c.arrow]


def js_literal(v) -> str:
    """A JavaScript literal: a number (a BigInt past 2^53), a string, bytes
    as a Uint8Array, null."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v) if abs(v) <= (1 << 53) else f"{v}n"
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, bytes):
        return f"new Uint8Array([{', '.join(str(b) for b in v)}])"
    if isinstance(v, str):
        return names.quoted(v)
    assert v is None, f"no JavaScript literal for {v!r}"
    return "null"


def build(s: sf.Surface) -> JsApi:
    sp = names.speller("javascript", s.brand)
    errors = []
    by_code = {}
    for e in s.errors:
        je = JsError(e, sp.error_name(e.stem), sp.error_name(e.parent.stem) if e.parent else sp.base_error(),
                     e.member.c_name, e.code, names.doc_lines(e.member.doc))
        je.family_codes = [d.member.c_name for d in e.family]
        je.family_errnos = [d.code for d in e.family]
        errors.append(je)
        by_code[e.code] = je
    invalid = by_code[s.glue_error("argument").code]
    oom = by_code[s.glue_error("no_memory").code]

    structs = {}
    for st in s.structs:
        if st.direction in ("error", "view"):
            continue              # thrown as the error classes; a View
        fields = []
        for f in st.fields:
            t = f.type
            if t.category == "scalar" and t.name == "bool":
                fields.append(JsField(f, sp.field(f.name), "bool", ts_in="boolean", ts_out="boolean"))
            elif t.category == "scalar" and t.name in INT_RANGES:
                lo, hi = INT_RANGES[t.name]
                fields.append(JsField(f, sp.field(f.name), "u64" if t.name == "u64" else "int",
                                      js_literal(lo), js_literal(hi),
                                      ts_in="number | bigint" if t.name in ("u64", "i64") else "number",
                                      ts_out="number"))
            else:
                fields.append(JsField(f, sp.field(f.name), "", ts_out="number"))
        name = sp.class_name(st.name)
        spec = f"{names.upper(st.name)}_FIELDS"
        structs[st.name] = JsStruct(st, name, fields, spec)
    for st in structs.values():
        if st.s.direction in ("in", "both") and any(not f.check for f in st.fields):
            _fail(st.s.idl.pos, f"a field of '{st.s.name}' has no JavaScript form, so JavaScript cannot pass one")

    classes = {c.handle.name: JsClass(c, sp.class_name(c.name), names.doc_lines(c.doc),
                                      c.handle.number) for c in s.classes}
    kind_enum = s.kind_of.result.type.decl if s.kind_of else s.lib.handle_kind
    kind_ts = sp.class_name(kind_enum.name)

    def cls_of(c: sf.Class) -> JsClass:
        return classes[c.handle.name]

    def path_of(c: sf.Callable) -> str:
        e = api.entry(c, sp)
        if c.role == "view":
            option = "{ writable: true }" if c.receiver.ownership == "unique" else ""
            return ", ".join(f"{p}({option})" for p in e.path.split(", "))
        if c.role == "constructor":
            return f"new {e.cls}"
        if c.role == "function":
            return e.name
        return e.path

    def param(c: sf.Callable, p: sf.Param, where: str) -> JsParam:
        name = sp.param(p.name)
        option = p.default is not None
        what = f"{where}: {'option' if option else 'argument'} '{name}'"
        w = names.quoted(what)
        v = f"o.{name} ?? {js_literal(p.default)}" if option else name
        optional = False
        if p.shape in ("object", "any_handle"):
            check, ts = f"handleArg({v}, {w})", "bigint | { readonly handle: bigint }"
        elif p.shape == "int":
            lo, hi = INT_RANGES[p.type]
            if p.type == "u64":
                check, ts = f"u64Arg({v}, {w})", "number | bigint"
            else:
                check, ts = f"intArg({v}, {w}, {js_literal(lo)}, {js_literal(hi)})", \
                    "number | bigint" if p.type == "i64" else "number"
        elif p.shape == "float":
            check, ts = f"floatArg({v}, {w})", "number"
        elif p.shape == "bool":
            check, ts = f"boolArg({v}, {w})", "boolean"
        elif p.shape == "enum":
            check = f"enumArg({v}, {w}, {names.upper(p.enum.name)}_VALUES)"
            ts = sp.class_name(p.enum.name)
        elif p.shape in ("bytes_in", "text_in"):
            # A string is UTF-8 for the core; a lone surrogate cannot be:
            # the function's own invalid_utf8 error where it has one.
            bad = by_code[c.declared("invalid_utf8").code] if c.declared("invalid_utf8") else invalid
            helper = "bytesArg" if p.shape == "bytes_in" else "textArg"
            check = f"{helper}({v}, {w}, {bad.name})"
            ts = "BytesInput" if p.shape == "bytes_in" else "string"
        elif p.shape == "bytes_out":
            check, ts = f"memoryArg({v}, {w})", "BytesOutput"
        elif p.shape == "struct_in":
            st = structs[p.struct.name]
            check = f"structArg({v}, {w}, {st.spec}, {js_literal(p.nullable)})"
            ts = st.name + (" | null" if p.nullable else "")
            optional = p.nullable
        else:
            _fail(p.idl.pos, f"parameter '{p.name}' of {c.name} ({p.shape}) has no JavaScript form")
        return JsParam(p, name, option, js_literal(p.default) if option else "", what, check, ts, optional)

    def result(c: sf.Callable, jc: JsCallable):
        r = c.result
        if r.shape == "object":
            jc.wrap = f"new {cls_of(r.cls).name}(kAdopt, {{}})"
            jc.ts_result = cls_of(r.cls).name
        elif r.shape == "enum":
            jc.wrap = f"{names.upper(r.type.decl.name)}_NAMES[{{}}]"
            jc.ts_result = sp.class_name(r.type.decl.name)
        elif r.shape == "struct_out":
            jc.ts_result = structs[r.struct.name].name
        else:
            jc.ts_result = {"none": "void", "int": "number", "float": "number", "bool": "boolean", "static_text": "string",
                            "text": "string", "bytes": "Uint8Array", "view": "View"}[r.shape]

    callables = []
    for c in s.public:
        jc = JsCallable(c, names.unprefixed(c.fn.c_name, s.lib.name), path_of(c), doc=names.doc_lines(c.fn.doc))
        jc.member = "" if c.role == "constructor" else (
            sp.function(c.member) if c.role == "function" else sp.member(c.member))
        jc.options_what = jc.path
        jc.params = [param(c, p, jc.path) for p in c.params]
        result(c, jc)
        jc.tags = [f"@param options.{p.name} default {p.default}" for p in jc.options]
        if c.result.shape == "struct_out":
            jc.tags.append(f"@returns the `{c.result.out_param.name}` the C function fills in, "
                           f"as a {jc.ts_result} object")
        jc.tags += [f"@throws {{{by_code[e.code].name}}} {names.paragraph(e.member.doc)}" for e in c.errors]
        # The fastest call there is: the backend's own function, when the
        # layer has nothing to check, wrap or name.
        jc.direct = c.role == "function" and not jc.params and jc.wrap == "{}"
        callables.append(jc)

    # each class's members, as the surface has them
    by_c = {jc.c: jc for jc in callables}
    for c in s.classes:
        owner = cls_of(c)
        owner.constructor = by_c.get(c.constructor)
        owner.release = by_c[c.release]
        owner.shared, owner.unique = by_c.get(c.views.get("shared")), by_c.get(c.views.get("unique"))
        owner.methods = [by_c[m] for m in c.methods]
        owner.made_by = [by_c[m].path for m in c.made_by]
        for export, kind in ((c.arrow_export, "array"), (c.arrow_stream_export, "stream")):
            if export is not None:
                owner.arrow, owner.arrow_native = kind, names.unprefixed(export.fn.c_name, s.lib.name)

    functions = [jc for jc in callables if jc.c.role == "function"]
    exported = [jc.member for jc in functions] + [cls_of(c).name for c in s.classes] + [e.name for e in errors]
    for n in exported:
        if n in LAYER_NAMES:
            _fail(s.lib.pos, f"'{n}' would be exported by the JavaScript packages, but the layer uses the name")
        if exported.count(n) > 1:
            _fail(s.lib.pos, f"two exports of the JavaScript packages are named '{n}'")
    for jc in classes.values():
        members = [m.member for m in jc.methods]
        for n in members:
            if n in ("handle", "closed", "close", "view", "constructor", "exportArrow", "exportArrowStream", "batches"):
                _fail(jc.cls.handle.pos, f"a method of {jc.name} would be named '{n}', which the layer uses")

    consts = []
    for c in s.lib.consts:
        if c.value > (1 << 53):
            _fail(c.pos, f"constant '{c.name}' does not fit in a JavaScript number")
        consts.append((c, sp.constant(c.name)))

    idl_map = []
    for c in s.callables:
        if c.role == "hidden":
            users = [path_of(u) for u in c.frees_results_of]
            why = f"(glue) frees the results of {', '.join(users)}" if users else f"(glue) {c.hidden_why}"
            idl_map.append((c.name, names.quoted(why)))
        else:
            idl_map.append((c.name, names.quoted(next(jc.path for jc in callables if jc.c is c))))
    def names_by_value(e) -> list:
        by_value = {m.value: m.name for m in e.members}
        return [names.quoted(by_value[i]) if i in by_value else "undefined" for i in range(max(by_value) + 1)]

    kind_names = names_by_value(kind_enum)
    enums = [(e, sp.class_name(e.name), names_by_value(e)) for e in s.lib.enums if e is not kind_enum]

    token = s.token_class
    return JsApi(
        sp=sp, base_error=sp.base_error(), errors=errors, invalid=invalid, oom=oom,
        stale=by_code[s.glue_error("closed").code],
        classes=[cls_of(c) for c in s.user_classes], view=cls_of(token) if token else None,
        memory_classes=[cls_of(c) for c in s.memory_classes], functions=functions, callables=callables,
        structs=list(structs.values()),
        in_structs=[st for st in structs.values() if st.s.direction in ("in", "both")],
        out_structs=[st for st in structs.values() if st.s.direction in ("out", "both")],
        consts=consts, handle_kind=kind_enum, handle_kind_ts=kind_ts, idl_map=idl_map, kind_names=kind_names,
        enums=enums)
