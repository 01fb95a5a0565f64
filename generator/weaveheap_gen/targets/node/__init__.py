"""The Node.js package: N-API glue in C, a CommonJS entry with an ESM
wrapper, and TypeScript declarations.

prepare() turns the model into what the templates need: every JavaScript
name (camelCase methods, PascalCase classes, UPPER_SNAKE constants), the role
of each IDL function in JavaScript (a module function, a class constructor, a
method, close(), a view, or used by the glue itself), and the conversion of
each argument and result. Templates only lay these out."""
from dataclasses import dataclass, field
from typing import Optional

from ... import exceptions
from . import wasm_glue
from ...diagnostics import IdlError
from ...model import Function, Handle, Library, Param, Struct

OUTPUTS = [
    ("node/napi.c.j2", "node/weaveheap_napi.c"),
    ("node/index.js.j2", "node/index.js"),
    ("node/index.mjs.j2", "node/index.mjs"),
    ("node/index.d.ts.j2", "node/index.d.ts"),
    ("node/wasm_glue.mjs.j2", "wasm/weaveheap.mjs"),
]

# JavaScript and Node globals a generated class must not shadow inside the
# generated module; such classes get a local name and are exported under the
# IDL's.
JS_GLOBALS = frozenset("""
    Array ArrayBuffer BigInt Boolean Buffer DataView Date Error Function Map Number Object
    Promise Proxy Reflect RegExp Set String Symbol TypeError RangeError WeakMap WeakRef
""".split())

# The typed arrays a view can be, with their element size.
TYPED_ARRAYS = [
    ("Uint8Array", 1), ("Int8Array", 1), ("Uint8ClampedArray", 1),
    ("Uint16Array", 2), ("Int16Array", 2), ("Uint32Array", 4), ("Int32Array", 4),
    ("Float32Array", 4), ("Float64Array", 8), ("BigInt64Array", 8), ("BigUint64Array", 8),
]

# How each scalar comes from JavaScript (C getter, range) and goes back.
INT_RANGES = {
    "u8": ("0", "UINT8_MAX"), "u16": ("0", "UINT16_MAX"), "u32": ("0", "UINT32_MAX"),
    "i8": ("INT8_MIN", "INT8_MAX"), "i16": ("INT16_MIN", "INT16_MAX"), "i32": ("INT32_MIN", "INT32_MAX"),
    "i64": ("INT64_MIN", "INT64_MAX"),
}


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def pascal(name: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in name.split("_"))


def doc_lines(text: str) -> list[str]:
    return text.split("\n") if text else []


@dataclass
class Arg:
    """One argument of a native function, as JavaScript passes it."""
    param: Param
    js_name: str          # camelCase name in JavaScript
    conv: str             # handle | u64 | int | bool | bytes_in | bytes_out | struct_in | enum
    c_type: str           # the C local it converts into
    ts_type: str          # its TypeScript type
    option: bool = False  # passed in the trailing options object
    default: str = ""     # the IDL default, as JavaScript
    int_min: str = ""
    int_max: str = ""
    struct: Optional["JsStruct"] = None
    what: str = ""        # how error messages name it

    @property
    def ts_option(self) -> str:
        return f"{self.js_name}?: {self.ts_type}"


@dataclass
class JsStruct:
    struct: Struct
    ts_name: str
    c_getter: str = ""    # converts a JavaScript object into the struct
    c_maker: str = ""     # converts the struct into a JavaScript object
    fields: list = field(default_factory=list)   # (Field, js name, conv, ts type, int range)


@dataclass
class NodeFunction:
    fn: Function
    native: str           # its name in the native module's exports
    c_wrapper: str        # the static C function that wraps it
    role: str             # module | constructor | method | release | view | view_release | internal
    js_name: str = ""     # export name, or method name on `owner`
    owner: Optional["JsClass"] = None
    args: list[Arg] = field(default_factory=list)     # native arguments, receiver first
    out_struct: Optional[Param] = None                # an `out` struct the call returns
    out_js: Optional[JsStruct] = None
    result_conv: str = "undefined"                    # how the C result becomes a value
    result_ts: str = "void"
    returns_class: Optional["JsClass"] = None         # a new handle wrapped in this class
    returns_enum: Optional[object] = None             # an enum value mapped to its name
    reachable: str = ""                               # where JavaScript reaches it
    direct: bool = False                              # exported as the native function itself
    doc: list[str] = field(default_factory=list)
    throws: list[str] = field(default_factory=list)   # error class names
    c_call: list[str] = field(default_factory=list)   # the C call's arguments
    tags: list[str] = field(default_factory=list)     # JSDoc tags: defaults, @throws

    @property
    def positional(self) -> list[Arg]:
        start = 1 if self.role in ("method", "release", "view") else 0
        return [a for a in self.args[start:] if not a.option]

    @property
    def options(self) -> list[Arg]:
        return [a for a in self.args if a.option]


@dataclass
class JsClass:
    handle: Handle
    name: str             # exported name (the IDL's, PascalCase)
    local: str            # identifier inside the generated module
    doc: list[str]
    constructor: Optional[NodeFunction] = None
    methods: list[NodeFunction] = field(default_factory=list)
    release: Optional[NodeFunction] = None
    views: dict = field(default_factory=dict)         # "shared"/"unique" -> NodeFunction
    copy_out: Optional[tuple] = None                  # (style, Function) for the copy fallback
    write_back: Optional[Function] = None             # writes a copied unique view back
    made_by: list = field(default_factory=list)       # JavaScript paths that return one


@dataclass
class JsError:
    member: object
    name: str             # class name, e.g. StaleHandleError
    code: str             # the C constant, e.g. WEAVEHEAP_ERR_STALE_HANDLE
    doc: list[str]
    parent: str           # the class it extends
    family: list = field(default_factory=list)   # itself and its subclasses


def _fail(pos, msg):
    raise IdlError(pos, f"node target: {msg}")


def prepare(lib: Library) -> dict:
    prefix = lib.name
    base_error = exceptions.base_name(lib)

    # -- errors: one class per code but success, named and related as in ---
    # -- every language with exceptions (exceptions.py) ----------------------
    errors = [JsError(c.member, c.name, c.member.c_name, doc_lines(c.member.doc),
                      c.parent.name if c.parent else base_error)
              for c in exceptions.error_classes(lib)]
    for e in errors:   # a class's instances carry its code or a subclass's
        e.family = [d for d in errors if d is e or d.parent == e.name]
    by_member = {id(e.member): e for e in errors}
    invalid = next((e for e in errors if e.member.name == "invalid_argument"), None)
    if invalid is None:
        _fail(lib.errors.pos, "the errors need an 'invalid_argument' code for arguments JavaScript gets wrong")

    # -- the error struct and what clears it ---------------------------------
    err_struct, error_clear = lib.error_struct, lib.error_clear   # shape checked in validate.py
    free_string, free_bytes = lib.free_string, lib.free_bytes

    # -- structs --------------------------------------------------------------
    structs = {}
    for st in lib.structs:
        js = JsStruct(st, pascal(st.name), f"wh__get_{st.name}", f"wh__new_{st.name}")
        for f in st.fields:
            t = f.type
            if t.category == "scalar" and t.name == "bool":
                conv, ts, rng = "bool", "boolean", ("", "")
            elif t.category == "scalar" and t.name == "u64":
                conv, ts, rng = "u64", "number", ("", "")
            elif t.category == "scalar":
                conv, ts, rng = "int", "number", INT_RANGES[t.name]
            else:
                conv, ts, rng = None, None, ("", "")
            js.fields.append((f, camel(f.name), conv, ts, rng))
        structs[st.name] = js

    # -- classes: one per handle kind ------------------------------------------
    view_functions = lib.views.functions if lib.views else []
    token_kinds = {f.constructs.name for f in view_functions if f.constructs}
    if len(token_kinds) > 1:
        _fail(lib.pos, f"views return tokens of several kinds: {sorted(token_kinds)}")
    token_kind = token_kinds.pop() if token_kinds else None

    classes = {}
    for h in lib.handles:
        name = pascal(h.name)
        if h.name == token_kind:
            name = "View"
        local = name if name not in JS_GLOBALS else "Wh" + name
        classes[h.name] = JsClass(h, name, local, doc_lines(h.doc))

    def errors_of(f):
        return [by_member[id(m)].name for m in f.errors]

    def arg_of(p: Param) -> Arg:
        t = p.type
        js_name = camel(p.name)
        if t.is_handle:
            return Arg(p, js_name, "handle", "uint64_t", "bigint")
        if t.category == "scalar" and t.name == "bool":
            a = Arg(p, js_name, "bool", "bool", "boolean")
        elif t.category == "scalar" and t.name == "u64":
            a = Arg(p, js_name, "u64", "uint64_t", "number | bigint")
        elif t.category == "scalar":
            lo, hi = INT_RANGES[t.name]
            a = Arg(p, js_name, "int", "int64_t", "number", int_min=lo, int_max=hi)
        elif t.category == "enum":
            a = Arg(p, js_name, "int", "int64_t", "number", int_min="INT32_MIN", int_max="INT32_MAX")
        elif t.category == "array" and p.ownership == "shared":
            a = Arg(p, js_name, "bytes_in", "const uint8_t*", "ArrayBufferView | ArrayBuffer | string")
        elif t.category == "array" and p.ownership == "unique":
            a = Arg(p, js_name, "bytes_out", "uint8_t*", "ArrayBufferView | ArrayBuffer")
        elif t.category == "struct" and p.ownership == "shared":
            js = structs[t.name]
            for f, _, conv, _, _ in js.fields:
                if conv is None:
                    _fail(f.pos, f"field '{f.name}' of '{t.name}' cannot come from JavaScript")
            a = Arg(p, js_name, "struct_in", t.decl.c_name, js.ts_name + (" | null" if p.nullable else ""),
                    struct=js)
        else:
            _fail(p.pos, f"parameter '{p.name}' ({p.ownership or ''} {t.name}) has no JavaScript form")
        if p.default is not None:
            a.option = True
            a.default = str(p.default).lower() if isinstance(p.default, bool) else str(p.default)
        return a

    def result_of(nf: NodeFunction):
        f = nf.fn
        r = f.result
        if r is None:
            return
        t = r.type
        if t.category == "scalar":
            nf.result_conv = {"bool": "bool", "u64": "u64", "i64": "i64", "u32": "u32", "u16": "u32",
                              "u8": "u32", "i32": "i32", "i16": "i32", "i8": "i32"}[t.name]
            nf.result_ts = "boolean" if t.name == "bool" else "number"
        elif t.category in ("str", "cstring") and r.ownership == "static":
            nf.result_conv, nf.result_ts = "static_str", "string"
        elif t.category == "cstring" and r.ownership == "own":
            nf.result_conv, nf.result_ts = "own_cstring", "string"
        elif t.category == "array" and r.ownership == "own":
            nf.result_conv, nf.result_ts = "own_bytes", "Uint8Array"
        elif t.category == "handle" and r.ownership == "own":
            nf.result_conv = "handle"
            nf.returns_class = classes[t.decl.name]
            nf.result_ts = nf.returns_class.local
        elif t.category == "enum":
            nf.result_conv, nf.returns_enum = "i32", t.decl
            nf.result_ts = pascal(t.decl.name)
        else:
            _fail(f.pos, f"the result of {f.qualified_name} has no JavaScript form")

    # -- functions ---------------------------------------------------------------
    functions = []
    for f in lib.functions:
        native = f.c_name[len(prefix) + 1:]
        nf = NodeFunction(f, native, f"wh__{native}", "module", doc=doc_lines(f.doc), throws=errors_of(f))
        functions.append(nf)
        if any(f is g for g in (free_string, free_bytes, error_clear)):
            nf.role = "internal"
            continue
        if any(f is g for g in view_functions):
            nf.role = "view"
            target = f.receiver
            if target is None or target.ownership not in ("shared", "unique"):
                _fail(f.pos, f"view function {f.qualified_name} needs a shared or unique handle first")
            nf.args = [arg_of(target)]
            for k in target.type.kinds:
                cls = classes[k.name]
                if target.ownership in cls.views:
                    _fail(f.pos, f"two {target.ownership} view functions for '{k.name}'")
                cls.views[target.ownership] = nf
            nf.js_name = "view"
            nf.result_ts = "View"
            continue
        if f.releases is not None and f.releases.name == token_kind:
            nf.role = "view_release"
            nf.owner = classes[token_kind]
            nf.owner.release = nf
            nf.js_name = "close"
            continue
        params = [p for p in f.params if not p.is_out]
        outs = [p for p in f.params if p.is_out]
        if len(outs) > 1 or (outs and (outs[0].type.category != "struct" or f.result)):
            _fail(f.pos, f"{f.qualified_name}: the glue returns at most one 'out' struct, and then no result")
        if outs:
            nf.out_struct = outs[0]
            nf.out_js = structs[outs[0].type.name]
            nf.result_ts = nf.out_js.ts_name
        nf.args = [arg_of(p) for p in params]
        result_of(nf)
        if f.releases is not None:
            nf.role, nf.js_name = "release", "close"
            nf.owner = classes[f.releases.name]
            nf.owner.release = nf
        elif f.constructs is not None and f.receiver is None:
            nf.role = "constructor"
            nf.owner = classes[f.constructs.name]
            if nf.owner.constructor is not None:
                _fail(f.pos, f"two constructors without a receiver for '{f.constructs.name}'")
            nf.owner.constructor = nf
        elif f.receiver is not None and len(f.receiver.type.kinds) == 1:
            nf.role = "method"
            kind = f.receiver.type.kinds[0]
            nf.owner = classes[kind.name]
            nf.js_name = camel(f.member_name)
            nf.owner.methods.append(nf)
        elif f.receiver is not None:
            _fail(f.pos, f"{f.qualified_name} takes a handle set but is not a view function")
        else:
            nf.role = "module"
            nf.js_name = camel(f.member_name)
            # Exported as the native function itself when JavaScript has
            # nothing to unwrap or wrap: the fastest call there is.
            nf.direct = not any(a.conv == "handle" for a in nf.args) and nf.returns_enum is None \
                and nf.returns_class is None and not any(a.option for a in nf.args)

    # -- per class: names must not collide; copy fallback for views -------------
    for cls in classes.values():
        seen = {"close", "view", "handle"}
        for m in cls.methods:
            if m.js_name in seen:
                _fail(m.fn.pos, f"method name '{m.js_name}' is used twice on {cls.name}")
            seen.add(m.js_name)
        if cls.views:
            if set(cls.views) != {"shared", "unique"}:
                _fail(cls.handle.pos, f"'{cls.handle.name}' needs both a shared and a unique view function")
            cls.copy_out = _copy_out(cls.handle, lib)
            cls.write_back = _write_back(cls.handle, lib)
        if cls.handle.release is None:
            _fail(cls.handle.pos, f"'{cls.handle.name}' has no release function for close()")

    for nf in functions:
        f = nf.fn
        if nf.role == "internal":
            if f is error_clear:
                nf.reachable = "(glue) clears the error of every failing call before it throws"
            else:
                conv = "own_cstring" if f is free_string else "own_bytes"
                using = [g for g in functions if g.result_conv == conv]
                nf.reachable = "(glue) frees the results of " + ", ".join(_path(g) for g in using)
        else:
            nf.reachable = _path(nf)

    for nf in functions:
        for i, a in enumerate(nf.args):
            if i == 0 and nf.role == "view":
                a.what = "view(): the receiver"
            elif i == 0 and nf.role in ("method", "release"):
                a.what = f"{_path(nf)}: the receiver"
            else:
                a.what = f"{_path(nf)}: " + ("option" if a.option else "argument") + f" '{a.js_name}'"
        if nf.returns_class is not None:
            nf.returns_class.made_by.append(_path(nf))

    for nf in functions:
        if nf.role in ("module", "constructor", "method", "release"):
            nf.c_call = _c_call(nf)
        for i, a in enumerate(nf.args):
            if a.conv == "handle" and not (i == 0 and nf.role in ("method", "release", "view")):
                a.ts_type = "bigint | { readonly handle: bigint }"
        nf.tags = [f"@param options.{a.js_name} default {a.default}" for a in nf.options]
        if nf.out_struct is not None:
            nf.tags.append(f"@returns the `{nf.out_struct.name}` the C function fills in, as a {nf.out_js.ts_name} object")
        nf.tags += [f"@throws {{{by_member[id(m)].name}}} {' '.join(doc_lines(m.doc))}" for m in nf.fn.errors]

    kind_of = next((f for f in lib.functions if f.result and f.result.type.decl is lib.handle_kind
                    and f.params and f.params[0].type.category == "anyhandle"), None)
    if kind_of is None and any(cls.views for cls in classes.values()):
        _fail(lib.pos, "views need a function that tells a handle's kind (handle -> handle_kind)")
    oom = next((e for e in errors if e.member.name == "out_of_memory"), invalid)
    in_structs = {a.struct.struct.name: a.struct for nf in functions for a in nf.args if a.struct}
    out_structs = {nf.out_js.struct.name: nf.out_js for nf in functions if nf.out_js}
    for js in out_structs.values():
        for f, _, conv, _, _ in js.fields:
            if conv is None:
                _fail(f.pos, f"field '{f.name}' of '{js.struct.name}' cannot go to JavaScript")

    # The ABI guard in index.js calls these two.
    guard = {}
    for name in ("abi_version", "idl_hash"):
        nf = next((g for g in functions if g.fn.module.is_root and g.fn.name == name and g.role == "module"), None)
        if nf is None:
            _fail(lib.pos, f"the ABI guard needs '{lib.name}.{name}'")
        guard[name] = nf.native

    module_functions = [nf for nf in functions if nf.role == "module"]
    names = [nf.js_name for nf in module_functions]
    if len(names) != len(set(names)):
        _fail(lib.pos, f"two module functions share a JavaScript name: {names}")

    consts = [(c, c.name.upper()) for c in lib.consts]
    for c, _ in consts:
        if c.value > (1 << 53):
            _fail(c.pos, f"constant '{c.name}' does not fit in a JavaScript number")

    handle_classes = [cls for cls in classes.values() if cls.handle.name != token_kind]
    return {
        **wasm_glue.prepare(lib),
        "node": {
            "base_error": base_error,
            "errors": errors,
            "invalid": invalid,
            "error_clear": error_clear,
            "free_string": free_string,
            "free_bytes": free_bytes,
            "in_structs": list(in_structs.values()),
            "out_structs": list(out_structs.values()),
            "kind_of": kind_of,
            "oom": oom,
            "classes": handle_classes,
            "guard": guard,
            "view_class": classes.get(token_kind),
            "memory_classes": [cls for cls in classes.values() if cls.views],
            "view_functions": [nf for nf in functions if nf.role == "view"],
            "functions": functions,
            "module_functions": module_functions,
            "consts": consts,
            "typed_arrays": TYPED_ARRAYS,
            "handle_kind": lib.handle_kind,
            "handle_kind_ts": pascal(lib.handle_kind.name),
        },
    }


def _path(nf: NodeFunction) -> str:
    if nf.role == "module":
        return nf.js_name
    if nf.role == "constructor":
        return f"new {nf.owner.name}"
    if nf.role == "view":
        k = nf.fn.receiver.ownership
        owners = [pascal(h.name) for h in nf.fn.receiver.type.kinds]
        opt = "{ shared: true }" if k == "shared" else ""
        return ", ".join(f"{o}.prototype.view({opt})" for o in owners)
    return f"{nf.owner.name}.prototype.{nf.js_name}"


def _c_call(nf: NodeFunction) -> list[str]:
    """The arguments of the C call, from the locals napi_function.j2 declares:
    a<i> for the i-th native argument, `out` for an out struct."""
    f = nf.fn
    call, args = [], iter(enumerate(nf.args))
    for p in f.params:
        if p.is_out:
            call.append("&out")
            continue
        i, a = next(args)
        if a.conv == "bytes_in":
            call += [f"a{i}.data", f"a{i}.len"]
        elif a.conv == "bytes_out":
            call += [f"a{i}", f"a{i}_len"]
        elif a.conv == "struct_in":
            call.append(f"(a{i}_present ? &a{i} : NULL)" if p.nullable else f"&a{i}")
        elif a.conv == "int":
            call.append(f"({p.c_params[0].c_type})a{i}")
        else:
            call.append(f"a{i}")
    if f.result and f.result.c_out_params:
        call.append("&out_len")
    if f.fallible:
        call.append("&err")
    return call


def _single_receiver(f: Function, h: Handle) -> bool:
    return f.receiver is not None and len(f.receiver.type.kinds) == 1 and f.receiver.type.kinds[0] is h


def _copy_out(h: Handle, lib: Library):
    """The core function that copies a whole object of kind `h` out (so that
    the core counts the copy), for runtimes that refuse external buffers:
    ('read', f) fills caller memory from an offset, ('dup_bytes', f) and
    ('dup_cstring', f) return memory the caller frees."""
    for f in h.methods:
        if not _single_receiver(f, h):
            continue
        rest = f.params[1:]
        kinds = [(p.type.category, p.ownership) for p in rest]
        if kinds == [("scalar", None), ("array", "unique")] and rest[0].type.name == "u64":
            return ("read", f)
    for f in h.methods:
        if _single_receiver(f, h) and len(f.params) == 1 and f.result and f.result.ownership == "own":
            if f.result.type.category == "array":
                return ("dup_bytes", f)
            if f.result.type.category == "cstring":
                return ("dup_cstring", f)
    _fail(h.pos, f"no function copies a '{h.name}' out: views cannot fall back to a copy")


def _write_back(h: Handle, lib: Library) -> Optional[Function]:
    """The core function that writes a copied unique view back, if the kind
    can be written: receiver unique, then a u64 offset and shared bytes."""
    for f in h.methods:
        if not _single_receiver(f, h) or f.receiver.ownership != "unique":
            continue
        rest = f.params[1:]
        kinds = [(p.type.category, p.ownership) for p in rest]
        if kinds == [("scalar", None), ("array", "shared")] and rest[0].type.name == "u64" and not f.result:
            return f
    return None
