"""The Swift package: a Clang-importer module over weaveheap.h (CWeaveHeap)
and the idiomatic module over it (WeaveHeap), rendered into generated/swift/,
with its generated tests (the API contract and the misuse matrix).

Everything comes from the binding surface (surface.py) and is spelled by
names.Swift: a final class per handle kind, generic over where its objects
may be used (`RegionOf<SingleThreaded>` is `Region`, not Sendable;
`RegionOf<ThreadSafe>` is `ThreadSafeRegion`, Sendable, made with the
surface's thread-safe option), methods, closure-scoped views, `close()`,
the `anyThread` facet with the members the IDL marks threads(any), and the
errors as one `WeaveHeapError` enum. How each parameter and result crosses
is in calls.py; the generated tests are computed in tests.py."""
from dataclasses import dataclass, field
from typing import Optional

from ... import contract, names, packaging, surface
from ...diagnostics import IdlError
from . import tests
from .calls import SCALARS, Calls, Func

OUTPUTS = [
    ("swift/Package.swift.j2", "swift/Package.swift"),
    ("swift/module.modulemap.j2", "swift/Sources/CWeaveHeap/module.modulemap"),
    ("swift/shim.h.j2", "swift/Sources/CWeaveHeap/shim.h"),
    ("swift/library.swift.j2", "swift/Sources/WeaveHeap/WeaveHeap.swift"),
    ("swift/errors.swift.j2", "swift/Sources/WeaveHeap/Errors.swift"),
    ("swift/types.swift.j2", "swift/Sources/WeaveHeap/Types.swift"),
    ("swift/threads.swift.j2", "swift/Sources/WeaveHeap/Threads.swift"),
    ("swift/handles.swift.j2", "swift/Sources/WeaveHeap/Handles.swift"),
    ("swift/view.swift.j2", "swift/Sources/WeaveHeap/View.swift"),
    ("swift/contract_tests.swift.j2", "swift/Tests/WeaveHeapGeneratedTests/ContractTests.swift"),
    ("swift/misuse_tests.swift.j2", "swift/Tests/WeaveHeapGeneratedTests/MisuseMatrixTests.swift"),
    ("swift/not_expressible.swift.j2", "swift/Tests/NotExpressible/NullMisuse.swift"),
]
C_MODULE = "CWeaveHeap"
TESTS = "WeaveHeapGeneratedTests"
THREADS = "Threads"          # the generic parameter of the classes of a region


def doc_lines(text: str, width: int = 92) -> list[str]:
    """`text` wrapped into `///` lines (without the slashes), one paragraph a line of input."""
    out = []
    for para in text.split("\n"):
        out += names.wrap(para, width) if para.strip() else [""]
    return out


# -- types -----------------------------------------------------------------------
@dataclass
class SwField:
    name: str
    c_name: str
    type: str
    doc: list[str]
    default: str = "0"
    source: str = ""          # in structs: where the C field's value comes from ("" : the Swift field)

    def value(self, var: str) -> str:
        return self.source or f"{var}.{self.name}"


@dataclass
class SwStruct:
    name: str
    c_name: str
    doc: list[str]
    fields: list[SwField]                          # what Swift has
    c_fields: list[SwField] = field(default_factory=list)   # in structs: every C field and its source


@dataclass
class SwEnum:
    name: str
    doc: list[str]
    members: list[tuple]      # (case, value, doc lines)


@dataclass
class Types:
    enums: list[SwEnum]
    out_structs: dict         # IDL name -> SwStruct (the core fills it)
    in_structs: dict          # IDL name -> SwStruct (the caller fills it)
    consts: list[tuple]


def _field_type(f, sp) -> str:
    t = f.type
    if t.category == "scalar":
        return SCALARS[t.name]
    if t.category == "enum":
        return sp.class_name(t.decl.name)
    raise IdlError(f.pos, f"swift: no field type for a {t.category}")


def _types(s, sp) -> Types:
    enums = [SwEnum(sp.class_name(e.name), doc_lines(names.paragraph(e.doc)),
                    [(sp.enum_member(m.name), m.value, doc_lines(names.paragraph(m.doc))) for m in e.members])
             for e in s.lib.enums]
    outs, ins = {}, {}
    ts = s.thread_safe
    for st in s.structs:
        if st.direction in ("error", "view"):
            continue              # WeaveHeapError and View carry them
        doc = doc_lines(names.paragraph(st.idl.doc))
        fields = [SwField(sp.field(f.name), f.name, _field_type(f, sp), doc_lines(names.paragraph(f.doc)),
                          "false" if f.type.name == "bool" else "0") for f in st.fields]
        if st.direction == "out":
            outs[st.name] = SwStruct(sp.class_name(st.name), st.idl.c_name, doc, fields)
        elif st.direction == "in":
            c_fields = list(fields)
            if ts is not None and st is ts.param.struct:
                # whether the region is thread-safe is its type in Swift
                safe = next(f for f in fields if f.c_name == ts.field.name)
                safe.source = f"{THREADS}.{safe.name}"
                fields = [f for f in fields if f is not safe]
            ins[st.name] = SwStruct(sp.class_name(st.name), st.idl.c_name, doc, fields, c_fields)
        elif st.direction == "both":
            raise IdlError(st.idl.pos, f"swift: struct '{st.name}' is both filled by the caller and by the core")
    consts = [(sp.constant(c.name), SCALARS[c.type.name], c.value, doc_lines(names.paragraph(c.doc)))
              for c in s.lib.consts]
    return Types(enums, outs, ins, consts)


# -- classes -----------------------------------------------------------------------
@dataclass
class SwViews:
    shared_c: str
    unique_c: str
    release_c: str
    struct_c: str
    shared_doc: list[str]
    unique_doc: list[str]
    unique_pointer: str       # what the unique closure gets: mutable for a writable class


@dataclass
class SwClass:
    cls: object               # surface Class
    name: str                 # Region: the single-threaded name (a typealias when generic)
    generic: str              # RegionOf
    thread_safe: str          # ThreadSafeRegion ("" when the class belongs to no thread-safe region)
    self_type: str            # RegionOf<Threads>, or Region
    doc: list[str]
    parent: Optional["SwClass"] = None
    inits: list = field(default_factory=list)      # the constructor's overloads
    init_doc: list[str] = field(default_factory=list)
    flat_init: Optional[tuple] = None              # (params, options struct name, [field names]) convenience init
    close_c: str = ""
    close_doc: list[str] = field(default_factory=list)
    methods: list[Func] = field(default_factory=list)
    facet: list[Func] = field(default_factory=list)   # threads(any) members, callable from any thread
    views: Optional[SwViews] = None

    @property
    def threaded(self) -> bool:
        return bool(self.thread_safe)

    @property
    def owner_type(self) -> str:
        return self.parent.self_type if self.parent else "AnyObject"


def _doc(c, sp, extra: str = "") -> list[str]:
    lines = [names.paragraph(c.fn.doc)]
    if extra:
        lines.append(extra)
    if c.errors:
        lines.append("- Throws: " + ", ".join(f"`{sp.error_name(e.stem)}`" for e in c.errors)
                     + "; a failed call changes nothing.")
    lines.append("- Note: Threads: " + contract.threads_text(c.fn)
                 + (f" Also through `{sp.any_thread_member}`." if c.any_thread and c.receiver is not None else ""))
    return doc_lines("\n".join(lines))


def _classes(s, sp, calls: Calls) -> list[SwClass]:
    ts = s.thread_safe
    threaded = ts.classes if ts else []
    out = {}
    for cls in s.user_classes:
        name = sp.class_name(cls.name)
        if cls in threaded:
            generic = sp.generic_class(cls.name)
            k = SwClass(cls, name, generic, sp.thread_safe_class(ts.field.name, cls.name),
                        f"{generic}<{THREADS}>", doc_lines(names.paragraph(cls.doc)))
        else:
            k = SwClass(cls, name, name, "", name, doc_lines(names.paragraph(cls.doc)))
        out[cls.name] = k
    for k in out.values():
        cls = k.cls
        k.parent = out[cls.parent.name] if cls.parent else None
        k.close_c = cls.release.fn.c_name
        k.close_doc = _doc(cls.release, sp, "A second `close()` after one that succeeded does nothing, as for files.")
        if cls.constructor is not None:
            c = cls.constructor
            k.inits = calls.overloads(c, None, guard=True, bind="handle = ", constructor=True)
            structs = [p for p in c.params if p.shape == "struct_in"]
            if len(c.params) == 1 and structs:
                st = calls.types.in_structs[structs[0].struct.name]
                flat = ", ".join(f"{f.name}: {f.type} = {f.default}" for f in st.fields)
                k.flat_init = (flat, st.name, sp.param(structs[0].name), [f.name for f in st.fields])
            k.init_doc = _doc(c, sp)
        for c in cls.methods:
            made = out[c.makes.name].self_type if c.makes is not None else None
            f = Func(sp.member(c.member), _doc(c, sp), calls.overloads(c, "self.handle", made), c)
            k.methods.append(f)
            if c.any_thread and c.result.shape != "object":
                k.facet.append(f)
        if cls.views:
            sh, un = cls.views["shared"], cls.views["unique"]
            k.views = SwViews(sh.fn.c_name, un.fn.c_name, s.token_class.release.fn.c_name,
                              s.view_struct.c_name, _doc(sh, sp), _doc(un, sp),
                              "UnsafeMutableRawBufferPointer" if cls.writable else "UnsafeRawBufferPointer")
    return list(out.values())



def _typed(s, sp, classes) -> Optional[dict]:
    """Typed views: each fixed-width element type of the typed classes' enum
    as the Swift number type of its kind and width (Float32 and Float64 are
    Float and Double), and how a view asks its target for its element type."""
    typed = [c for c in s.memory_classes if c.element_types]
    if not typed:
        return None
    enum = typed[0].typed_enum
    if any(c.typed_enum is not enum for c in typed):
        raise IdlError(typed[1].handle.pos, "swift: typed views of two element type enums have no form yet")
    return {
        "enum": sp.class_name(enum.name),
        "protocol": sp.class_name(enum.name) + "Value",
        "elements": [(("Float" if e.kind == "float" else "UInt" if e.kind == "uint" else "Int") + str(e.bits),
                      sp.enum_member(e.member.name)) for e in typed[0].element_types],
        "holder": sp.class_name(enum.name) + "Holder",
        "typed_by": sp.member(typed[0].typed_by.member),
        "classes": [k.generic for k in classes if k.cls in typed],
    }

def prepare(lib):
    s = surface.build(lib)
    sp = names.speller("swift", s.brand)
    types = _types(s, sp)
    calls = Calls(s, sp, types)
    classes = _classes(s, sp, calls)
    functions = [Func(sp.function(c.member), _doc(c, sp),
                      calls.overloads(c, None, guard=c.fallible), c) for c in s.functions]

    errors = [{
        "case": sp.error_case(e.stem),
        "code": e.code,
        "c_name": e.member.c_name,
        "parent": sp.error_case(e.parent.stem) if e.parent else None,
        "doc": doc_lines(names.paragraph(e.member.doc)),
    } for e in s.errors]
    token = s.token_class
    ts = s.thread_safe
    view = {
        "name": sp.class_name(token.name),
        "release_c": token.release.fn.c_name,
        "release_doc": _doc(token.release, sp, "A second `close()` after one that succeeded does nothing."),
        "struct_c": s.view_struct.c_name,
        "doc": doc_lines(names.paragraph(s.view_struct.doc) if s.view_struct else ""),
        # the errors the binding raises itself (surface.GLUE_ERRORS)
        "stale": sp.error_case(s.glue_error("closed").stem),
        "readonly": sp.error_case(s.glue_error("read_only").stem),
        "invalid": sp.error_case(s.glue_error("argument").stem),
        "typed": _typed(s, sp, classes),
        "arrow": [(k.generic, c.fn.c_name, stream) for k in classes
                  for c, stream in ((k.cls.arrow_export, False), (k.cls.arrow_stream_export, True)) if c is not None],
        "oom": sp.error_case(s.glue_error("no_memory").stem),
    }
    threads = {
        "protocol": sp.threading,
        "single": sp.single_threaded,
        "safe": sp.thread_safe_marker(ts.field.name) if ts else "",
        "flag": sp.field(ts.field.name) if ts else "",
        "flag_doc": doc_lines(names.paragraph(ts.field.doc)) if ts else [],
        "param": THREADS,
        "facet": sp.any_thread,
        "facet_member": sp.any_thread_member,
        "object": sp.object_protocol,
        "unique": sp.unique_option,
    }
    return {
        "sw": {
            "c_module": C_MODULE,
            "pkg_config": packaging.pkg_config(lib),
            "providers": packaging.system_packages(lib),
            "license": packaging.LICENSE,
            "homepage": packaging.HOMEPAGE,
            "tests": TESTS,
            "brand": s.brand,
            "base_error": sp.base_error(),
            "base_error_doc": doc_lines(names.paragraph(lib.errors.doc)),
            "errors": errors,
            "error_struct_c": s.error_struct.c_name,
            "error_clear_c": s.error_clear.fn.c_name,
            "strerror_c": s.strerror.fn.c_name,
            "abi_c": s.abi_version.fn.c_name,
            "hash_c": s.idl_hash.fn.c_name,
            "types": types,
            "classes": classes,
            "memory": [k for k in classes if k.views],
            "functions": functions,
            "view": view,
            "threads": threads,
            "contract": tests.contract(s, sp, classes, functions, view, threads),
            "misuse": tests.misuse_matrix(s, sp, classes, view),
        },
    }
