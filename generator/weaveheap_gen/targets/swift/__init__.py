"""The Swift package: a Clang-importer module over weaveheap.h (CWeaveHeap)
and the idiomatic module over it (WeaveHeap), rendered into generated/swift/.

Every name a Swift user sees is computed here from the model, never in a
template: a final class per handle kind (close() from Handle.release, deinit
as the safety net), methods from Function.receiver, factories from
Function.constructs, closure-scoped views from the functions with an
`out view(...)` parameter, one Error class per error code (named and related
as in every language with exceptions: ../../exceptions.py), doc comments
from the IDL and contract.py. The only Swift-specific facts are the tables
below (Swift spellings and the standard-library names a class must not
shadow)."""
from dataclasses import dataclass, field
from typing import Optional

from ... import contract, exceptions

OUTPUTS = [
    ("swift/Package.swift.j2", "swift/Package.swift"),
    ("swift/module.modulemap.j2", "swift/Sources/CWeaveHeap/module.modulemap"),
    ("swift/shim.h.j2", "swift/Sources/CWeaveHeap/shim.h"),
    ("swift/library.swift.j2", "swift/Sources/WeaveHeap/WeaveHeap.swift"),
    ("swift/errors.swift.j2", "swift/Sources/WeaveHeap/Errors.swift"),
    ("swift/types.swift.j2", "swift/Sources/WeaveHeap/Types.swift"),
    ("swift/handles.swift.j2", "swift/Sources/WeaveHeap/Handles.swift"),
]

SWIFT_SCALARS = {
    "u8": "UInt8", "u16": "UInt16", "u32": "UInt32", "u64": "UInt64",
    "i8": "Int8", "i16": "Int16", "i32": "Int32", "i64": "Int64", "bool": "Bool",
}
# Standard-library types a generated class must not shadow: such a class
# takes the library's brand as a prefix (string -> WeaveHeapString).
SWIFT_SHADOWED = {"String", "Error", "Array", "Set", "Dictionary", "Data", "Result", "Optional", "Range"}
SWIFT_KEYWORDS = {"init", "deinit", "self", "Self", "class", "struct", "func", "let", "var", "in",
                  "default", "case", "switch", "where", "is", "as", "try", "throw", "throws", "return"}
C_MODULE = "CWeaveHeap"


def lower_camel(name: str) -> str:
    parts = name.split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def paragraph(doc: str) -> str:
    return " ".join(line.strip() for line in doc.split("\n") if line.strip())


def doc_lines(text: str, width: int = 92) -> list[str]:
    """`text` wrapped into `///` lines (without the slashes)."""
    out = []
    for para in text.split("\n"):
        line = ""
        for word in para.split():
            if line and len(line) + 1 + len(word) > width:
                out.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        out.append(line)
    return out


def swift_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


@dataclass
class SwError:
    code: int
    name: str
    parent: str
    doc: list[str]
    final: bool


@dataclass
class SwParam:
    name: str                 # Swift argument label and name
    swift_type: str
    default: Optional[str]
    kind: str                 # value | bytes_in | bytes_out | handle
    c_name: str               # the IDL parameter name


@dataclass
class SwMethod:
    name: str
    c_name: str
    doc: list[str]
    params: list[SwParam]
    returns: str              # Swift return type ("" for Void)
    result: str               # void | plain | enum | static | cstring | bytes | handle | struct
    fallible: bool
    makes: Optional["SwClass"] = None
    out_struct: Optional[str] = None     # Swift struct an `out` parameter fills
    out_c_struct: Optional[str] = None
    receiver: bool = True
    enum_type: Optional[str] = None
    pre: list[str] = field(default_factory=list)    # statements before the call
    call: list[str] = field(default_factory=list)   # the call, its value bound to `raw`
    out_var: str = ""                                # the local an `out` struct is read into


@dataclass
class SwClass:
    name: str
    handle_name: str
    doc: list[str]
    close_c: str = ""
    close_doc: list[str] = field(default_factory=list)
    init: Optional[SwMethod] = None
    init_struct: Optional[tuple] = None   # (C struct name, [(swift field, C field, type, default)])
    methods: list[SwMethod] = field(default_factory=list)
    owner: Optional["SwClass"] = None     # the class an instance keeps alive
    memory: bool = False                  # can be viewed
    mutable: bool = False                 # its unique view is writable


@dataclass
class SwStruct:
    name: str
    c_name: str
    doc: list[str]
    fields: list[tuple]       # (swift name, C name, swift type, doc lines, conversion)


@dataclass
class SwEnum:
    name: str
    doc: list[str]
    members: list[tuple]      # (swift case, value, doc lines)


def _throws_doc(f, names) -> list[str]:
    lines = [paragraph(f.doc)]
    if f.errors:
        lines.append("- Throws: " + ", ".join(names[m.value] for m in f.errors)
                     + "; a failed call changes nothing.")
    lines.append("- Note: Threads: " + contract.threads_text(f))
    return doc_lines("\n".join(lines))


def _class_name(h, lib) -> str:
    name = exceptions.pascal(h.name)
    if name in SWIFT_SHADOWED:
        name = exceptions.BRAND.get(lib.name, exceptions.pascal(lib.name)) + name
    return name


def _value_type(t, enums) -> str:
    if t.category == "scalar":
        return SWIFT_SCALARS[t.name]
    if t.category == "enum":
        return enums[t.name].name
    if t.is_handle:
        return "UInt64"
    raise ValueError(f"no Swift value type for {t.category}")


def _call(f, receiver: bool, out_struct_c: Optional[str]) -> tuple[list[str], list[str]]:
    """The Swift statements that call `f`'s C function: (pre, call). Arrays are
    passed as pointers into the caller's [UInt8] for the call's duration;
    the value is bound to `raw` (nothing is bound for a void function)."""
    pre, args, opens = [], [], []
    for i, p in enumerate(f.params):
        name = lower_camel(p.name)
        if i == 0 and receiver:
            args.append("handle")
        elif p.is_out and p.type.category == "struct":
            pre.append(f"var {name} = {out_struct_c}()")
            args.append(f"&{name}")
        elif p.type.category == "struct":
            args.append(f"&{name}")
        elif p.type.category == "array":
            mut = "Mutable" if p.ownership == "unique" else ""
            opens.append(f"{name}.withUnsafe{mut}BufferPointer {{ {name}Ptr in")
            args += [f"{name}Ptr.baseAddress", f"UInt64({name}Ptr.count)"]
        elif p.type.category == "enum":
            args.append(f"{name}.rawValue")
        else:
            args.append(name)
    if f.result and f.result.type.category == "array":
        pre.append("var outLen: UInt64 = 0")
        args.append("&outLen")
    if f.fallible:
        args.append("err")
    expr = f"{f.c_name}({', '.join(args)})"
    bind = "let raw = " if f.result else ""
    if f.fallible:
        lines = [f"{bind}try weaveheapCall {{ err in"]
        depth = 1
    else:
        lines = [bind + (opens[0] if opens else expr)] if opens else [bind + expr]
        if not opens:
            return pre, lines
        depth = 1
        opens = opens[1:]
    for o in opens:
        lines.append("    " * depth + o)
        depth += 1
    lines.append("    " * depth + expr)
    while depth > 0:
        depth -= 1
        lines.append("    " * depth + "}")
    return pre, lines


def _has(items, obj) -> bool:
    """Membership by identity: model objects are dataclasses whose == would
    compare (and recurse through) every field."""
    return any(i is obj for i in items)


def prepare(lib):
    prefix = lib.name
    classes_e = exceptions.error_classes(lib)
    base = exceptions.base_name(lib)
    errors = []
    parents = {c.parent.name for c in classes_e if c.parent}
    for c in classes_e:
        errors.append(SwError(c.member.value, c.name, c.parent.name if c.parent else base,
                              doc_lines(paragraph(c.member.doc)), c.name not in parents))
    names = {e.code: e.name for e in errors}

    error_struct, error_clear = lib.error_struct, lib.error_clear
    ignored = [f for f in (lib.free_string, lib.free_bytes, error_clear) if f is not None]

    views = lib.views
    view_fns = views.functions
    view_shared, view_unique, token = views.shared, views.unique, views.token
    view_release, view_struct, memory_kinds = views.release, views.struct, views.kinds

    enums = {}
    for e in lib.enums:
        enums[e.name] = SwEnum(exceptions.pascal(e.name), doc_lines(paragraph(e.doc)),
                               [(lower_camel(m.name) + ("_" if lower_camel(m.name) in SWIFT_KEYWORDS else ""),
                                 m.value, doc_lines(paragraph(m.doc))) for m in e.members])

    structs = []
    out_structs = {}
    for st in lib.structs:
        if st is error_struct or st is view_struct:
            continue
        uses = [p for f in lib.functions for p in f.params if p.type.decl is st]
        if uses and all(p.is_out for p in uses):
            fields = [(lower_camel(fl.name), fl.name, _value_type(fl.type, enums),
                       doc_lines(paragraph(fl.doc)), "") for fl in st.fields]
            sw = SwStruct(exceptions.pascal(st.name), st.c_name, doc_lines(paragraph(st.doc)), fields)
            structs.append(sw)
            out_structs[st.name] = sw

    classes = {}
    for h in lib.handles:
        if h is token:
            continue
        mutable = any(f.receiver.ownership == "unique" and f is not h.release and f.receiver.type.decl is h
                      for f in h.methods if not _has(view_fns, f))
        cls = SwClass(_class_name(h, lib), h.name, doc_lines(paragraph(h.doc)),
                      memory=_has(memory_kinds, h), mutable=_has(memory_kinds, h) and mutable)
        if h.release:
            cls.close_c = h.release.c_name
            cls.close_doc = _throws_doc(h.release, names)
        classes[h.name] = cls

    def params_of(f, rest):
        out = []
        for p in rest:
            if p.is_out:
                continue
            t = p.type
            if t.category == "array":
                out.append(SwParam(lower_camel(p.name), "[UInt8]" if p.ownership == "shared" else "inout [UInt8]",
                                   None, "bytes_in" if p.ownership == "shared" else "bytes_out", p.name))
            elif t.category == "scalar" or t.category == "enum" or t.is_handle:
                default = None
                if p.default is not None:
                    default = ("true" if p.default else "false") if isinstance(p.default, bool) else str(p.default)
                out.append(SwParam(lower_camel(p.name), _value_type(t, enums), default,
                                   "handle" if t.is_handle else "value", p.name))
        return out

    def method(f, rest, receiver):
        params = params_of(f, rest)
        outs = [p for p in rest if p.is_out and p.type.category == "struct"]
        result, returns, makes, enum_type = "void", "", None, None
        if f.result:
            t = f.result.type
            if f.constructs and f.constructs.name in classes:
                makes = classes[f.constructs.name]
                result, returns = "handle", makes.name
            elif t.category == "cstring":
                result, returns = "cstring", "String"
            elif t.category == "str":
                result, returns = "static", "String"
            elif t.category == "array":
                result, returns = "bytes", "[UInt8]"
            elif t.category == "enum":
                result, returns, enum_type = "enum", enums[t.name].name, enums[t.name].name
            else:
                result, returns = "plain", _value_type(t, enums)
        out_struct = out_c = None
        if outs:
            sw = out_structs[outs[0].type.decl.name]
            result, returns, out_struct, out_c = "struct", sw.name, sw.name, sw.c_name
        if makes and f.name == "create":
            name = lower_camel(f.module.name)
        elif receiver:
            name = lower_camel(f.name)
        else:
            name = lower_camel(f.name if f.module.is_root else f"{f.module.name}_{f.name}")
        pre, call = _call(f, receiver, out_c)
        return SwMethod(name, f.c_name, _throws_doc(f, names), params, returns, result, f.fallible,
                        makes, out_struct, out_c, receiver, enum_type, pre, call,
                        lower_camel(outs[0].name) if outs else "")

    functions = []
    for f in lib.functions:
        if _has(ignored, f) or _has(view_fns, f) or f is view_release:
            continue
        kinds = f.receiver.type.kinds if f.receiver else []
        if f.constructs and f.constructs.name in classes and not f.receiver:
            cls = classes[f.constructs.name]
            m = method(f, f.params, False)
            m.name = "init"
            struct_params = [p for p in f.params if p.type.category == "struct"]
            if struct_params:
                st = struct_params[0].type.decl
                cls.init_struct = (st.c_name, [(lower_camel(fl.name), fl.name, _value_type(fl.type, enums),
                                                "false" if fl.type.name == "bool" else "0",
                                                doc_lines(paragraph(fl.doc))) for fl in st.fields])
            cls.init = m
            cls.init.pre_struct = lower_camel(struct_params[0].name) if struct_params else ""
            continue
        if f.releases and f.releases.name in classes:
            continue
        if not kinds:
            functions.append(method(f, f.params, False))
            continue
        for k in kinds:
            if k.name not in classes:
                continue
            m = method(f, f.params[1:], True)
            classes[k.name].methods.append(m)
            if m.makes:
                m.makes.owner = classes[k.name]

    abi_fn = lib.function(lib.name, "abi_version")
    hash_fn = lib.function(lib.name, "idl_hash")
    view = {
        "shared_c": view_shared.c_name, "unique_c": view_unique.c_name, "release_c": view_release.c_name,
        "struct_c": view_struct.c_name, "token": exceptions.pascal(token.name),
        "shared_doc": _throws_doc(view_shared, names), "unique_doc": _throws_doc(view_unique, names),
        "release_doc": _throws_doc(view_release, names),
        "stale_code": next(m.value for m in lib.errors.members if m.name == "stale_handle"),
        # Writing through a read-only view is refused as a borrow error.
        "readonly_code": next(m.value for m in lib.errors.members if m.name == "borrowed"),
        "readonly_name": names[next(m.value for m in lib.errors.members if m.name == "borrowed")],
    }
    return {
        "c_module": C_MODULE,
        "base_error": base,
        "base_error_doc": doc_lines(paragraph(lib.errors.doc)),
        "errors": errors,
        "error_struct_c": error_struct.c_name,
        "error_clear_c": error_clear.c_name,
        "free_string_c": lib.free_string.c_name,
        "free_bytes_c": lib.free_bytes.c_name,
        "abi_c": abi_fn.c_name,
        "strerror_c": lib.function(lib.name, "strerror").c_name,
        "version_c": lib.function(lib.name, "version_string").c_name,
        "hash_c": hash_fn.c_name,
        "enums": list(enums.values()),
        "structs": structs,
        "classes": list(classes.values()),
        "functions": functions,
        "view": view,
        "consts": [(lower_camel(c.name), _value_type(c.type, enums), c.value, doc_lines(paragraph(c.doc)))
                   for c in lib.consts],
        "library_doc": doc_lines(paragraph(lib.errors.doc)),
        "swift_string": swift_string,
    }
