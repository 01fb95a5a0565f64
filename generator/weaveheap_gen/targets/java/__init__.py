"""The Java binding: JNI glue in C (weaveheap_jni.c) and the Java sources of
package dev.weaveheap.

prepare() turns the model into what the templates need: every Java name
(PascalCase classes, camelCase methods, UPPER_SNAKE constants), the role of
each IDL function in Java (a static function of WeaveHeap, a class
constructor, a method, close(), a view, or used by the glue itself), the JNI
type of each argument and result, and the overloads that IDL defaults give.
Templates only lay these out."""
from dataclasses import dataclass, field
from typing import Optional

from ... import exceptions
from ...diagnostics import IdlError
from ...model import SCALARS as SCALAR_C, Function, Handle, Library, Param, Struct

PACKAGE = "dev.weaveheap"
PACKAGE_DIR = PACKAGE.replace(".", "/")

# One public outer class holds the API (its nested classes: one per handle
# kind, error code and struct), so the files do not depend on the IDL.
OUTPUTS = [
    ("java/WeaveHeap.java.j2", f"java/{PACKAGE_DIR}/WeaveHeap.java"),
    ("java/Native.java.j2", f"java/{PACKAGE_DIR}/Native.java"),
    ("java/jni.c.j2", "java/weaveheap_jni.c"),
]
JNI_PREFIX = "Java_" + PACKAGE.replace(".", "_") + "_Native_"

# java.lang names a generated class must not shadow inside the package.
JAVA_LANG = frozenset("""
    Boolean Byte Character Class Enum Error Exception Integer Long Math Module Number Object
    Package Process Record Runtime Short String System Thread Void
""".split())

# scalar -> (Java type, JNI type, JNI signature letter)
SCALARS = {
    "bool": ("boolean", "jboolean", "Z"),
    "u8": ("int", "jint", "I"), "u16": ("int", "jint", "I"), "u32": ("int", "jint", "I"),
    "i8": ("int", "jint", "I"), "i16": ("int", "jint", "I"), "i32": ("int", "jint", "I"),
    "u64": ("long", "jlong", "J"), "i64": ("long", "jlong", "J"),
}


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def pascal(name: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in name.split("_"))


def doc_lines(text: str) -> list[str]:
    return [line.replace("*/", "*&#47;") for line in text.split("\n")] if text else []


def _fail(pos, msg):
    raise IdlError(pos, f"java target: {msg}")


@dataclass
class JStruct:
    struct: Struct
    name: str                      # Java record name
    doc: list[str]
    fields: list = field(default_factory=list)   # (Field, java name, java type, jni type, sig)
    ctor_sig: str = ""             # JNI signature of the canonical constructor
    c_var: str = ""                # the glue's cached class


@dataclass
class Arg:
    param: Param
    name: str                      # Java parameter name
    conv: str                      # handle | scalar | bytes_in | bytes_out | struct_in
    java_type: str
    jni_type: str
    c_type: str
    default: Optional[str] = None  # Java expression used by a shorter overload
    struct: Optional[JStruct] = None


@dataclass
class JClass:
    handle: Handle
    name: str
    doc: list[str]
    constructor: Optional["JFunction"] = None
    methods: list = field(default_factory=list)
    release: Optional["JFunction"] = None
    views: list = field(default_factory=list)      # JFunction with role view
    is_root: bool = False


@dataclass
class JFunction:
    fn: Function
    native: str                    # method name in class Native
    jni_name: str                  # exported C symbol
    role: str                      # module | constructor | method | release | view | internal
    java_name: str = ""
    owner: Optional[JClass] = None
    args: list = field(default_factory=list)       # all Java-side args, receiver first for methods
    out_struct: Optional[JStruct] = None
    result: str = "void"           # void | scalar | static_str | own_cstring | own_bytes | handle | enum | struct
    native_type: str = "void"      # Java type the native returns
    jni_return: str = "void"
    java_type: str = "void"        # Java type the public method returns
    returns_class: Optional[JClass] = None
    doc: list = field(default_factory=list)
    throws: list = field(default_factory=list)     # (class name, doc)
    c_call: list = field(default_factory=list)
    overloads: list = field(default_factory=list)  # list of arg counts (public args) to emit

    @property
    def public_args(self) -> list:
        return self.args[1:] if self.role in ("method", "release", "view") else self.args


def prepare(lib: Library) -> dict:
    prefix = lib.name
    base_error = exceptions.base_name(lib)
    errors = [(c, c.member.c_name, doc_lines(c.member.doc)) for c in exceptions.error_classes(lib)]
    by_member = {id(c.member): c.name for c, _, _ in errors}
    stale = next((c.name for c, _, _ in errors if c.member.name == "stale_handle"), None)
    invalid = next((c.name for c, _, _ in errors if c.member.name == "invalid_argument"), None)
    if stale is None or invalid is None:
        _fail(lib.errors.pos, "the glue needs 'stale_handle' and 'invalid_argument' codes")

    err_struct, error_clear = lib.error_struct, lib.error_clear   # shape checked in validate.py
    free_string, free_bytes = lib.free_string, lib.free_bytes

    view_functions = lib.views.functions if lib.views else []
    view_struct = lib.views.struct if lib.views else None
    token_kinds = {f.constructs.name for f in view_functions if f.constructs}
    if len(token_kinds) > 1:
        _fail(lib.pos, f"views return tokens of several kinds: {sorted(token_kinds)}")
    token_kind = token_kinds.pop() if token_kinds else None

    # -- records: structs Java passes in or gets back -------------------------
    records = {}
    for st in lib.structs:
        if st is err_struct or st is view_struct:
            continue
        js = JStruct(st, pascal(st.name), doc_lines(st.doc), c_var=f"wh__class_{st.name}")
        for f in st.fields:
            if f.type.category != "scalar":
                _fail(f.pos, f"field '{f.name}' of '{st.name}' has no Java form")
            jt, jni, sig = SCALARS[f.type.name]
            js.fields.append((f, camel(f.name), jt, jni, sig, doc_lines(f.doc), SCALAR_C[f.type.name]))
        js.ctor_sig = "(" + "".join(x[4] for x in js.fields) + ")V"
        records[st.name] = js

    classes = {}
    for h in lib.handles:
        name = "View" if h.name == token_kind else pascal(h.name)
        if name in JAVA_LANG:
            name = "Wh" + name
        classes[h.name] = JClass(h, name, doc_lines(h.doc))

    def arg_of(p: Param) -> Arg:
        t = p.type
        name = camel(p.name)
        if t.is_handle:
            return Arg(p, name, "handle", "long", "jlong", "uint64_t")
        if t.category == "scalar":
            jt, jni, _ = SCALARS[t.name]
            a = Arg(p, name, "scalar", jt, jni, p.c_params[0].c_type)
            if p.default is not None:
                a.default = str(p.default).lower() if isinstance(p.default, bool) else str(p.default)
                if jt == "long":
                    a.default += "L"
            return a
        if t.category == "enum":
            return Arg(p, name, "scalar", "int", "jint", p.c_params[0].c_type)
        if t.category == "array" and p.ownership == "shared":
            return Arg(p, name, "bytes_in", "byte[]", "jbyteArray", "const uint8_t*")
        if t.category == "array" and p.ownership == "unique":
            return Arg(p, name, "bytes_out", "byte[]", "jbyteArray", "uint8_t*")
        if t.category == "struct" and p.ownership == "shared" and t.name in records:
            js = records[t.name]
            return Arg(p, name, "struct_in", js.name, "jobject", t.decl.c_name, "null" if p.nullable else None, js)
        _fail(p.pos, f"parameter '{p.name}' ({p.ownership or ''} {t.name}) has no Java form")

    def result_of(jf: JFunction):
        r = jf.fn.result
        if r is None:
            return
        t = r.type
        if t.category == "scalar":
            jt, jni, _ = SCALARS[t.name]
            jf.result, jf.native_type, jf.jni_return, jf.java_type = "scalar", jt, jni, jt
        elif t.category in ("str", "cstring") and r.ownership == "static":
            jf.result, jf.native_type, jf.jni_return, jf.java_type = "static_str", "String", "jstring", "String"
        elif t.category == "cstring" and r.ownership == "own":
            jf.result, jf.native_type, jf.jni_return, jf.java_type = "own_cstring", "byte[]", "jbyteArray", "String"
        elif t.category == "array" and r.ownership == "own":
            jf.result, jf.native_type, jf.jni_return, jf.java_type = "own_bytes", "byte[]", "jbyteArray", "byte[]"
        elif t.category == "handle" and r.ownership == "own":
            jf.result, jf.native_type, jf.jni_return = "handle", "long", "jlong"
            jf.returns_class = classes[t.decl.name]
            jf.java_type = jf.returns_class.name
        elif t.category == "enum":
            jf.result, jf.native_type, jf.jni_return = "enum", "int", "jint"
            jf.java_type = pascal(t.decl.name)
        else:
            _fail(jf.fn.pos, f"the result of {jf.fn.qualified_name} has no Java form")

    functions = []
    for f in lib.functions:
        native = camel(f.c_name[len(prefix) + 1:])
        jf = JFunction(f, native, JNI_PREFIX + native, "module", doc=doc_lines(f.doc),
                       throws=[(by_member[id(m)], " ".join(doc_lines(m.doc))) for m in f.errors])
        functions.append(jf)
        if any(f is g for g in (free_string, free_bytes, error_clear)):
            jf.role = "internal"
            continue
        if any(f is g for g in view_functions):
            jf.role = "view"
            target = f.receiver
            if target is None or target.ownership not in ("shared", "unique"):
                _fail(f.pos, f"view function {f.qualified_name} needs a shared or unique handle first")
            jf.args = [arg_of(target)]
            jf.java_name = camel(f.name) + "View"
            jf.native_type, jf.jni_return = "java.nio.ByteBuffer", "jobject"
            for k in target.type.kinds:
                classes[k.name].views.append(jf)
            continue
        params = [p for p in f.params if not p.is_out]
        outs = [p for p in f.params if p.is_out]
        if len(outs) > 1 or (outs and (outs[0].type.name not in records or f.result)):
            _fail(f.pos, f"{f.qualified_name}: the glue returns at most one 'out' struct, and then no result")
        jf.args = [arg_of(p) for p in params]
        result_of(jf)
        if outs:
            jf.out_struct = records[outs[0].type.name]
            jf.result, jf.native_type, jf.jni_return = "struct", jf.out_struct.name, "jobject"
            jf.java_type = jf.out_struct.name
        if f.releases is not None:
            jf.role, jf.java_name = "release", "close"
            jf.owner = classes[f.releases.name]
            jf.owner.release = jf
        elif f.constructs is not None and f.receiver is None:
            jf.role = "constructor"
            jf.owner = classes[f.constructs.name]
            if jf.owner.constructor is not None:
                _fail(f.pos, f"two constructors without a receiver for '{f.constructs.name}'")
            jf.owner.constructor = jf
            jf.owner.is_root = True
        elif f.receiver is not None and len(f.receiver.type.kinds) == 1:
            jf.role = "method"
            kind = f.receiver.type.kinds[0]
            jf.owner = classes[kind.name]
            jf.java_name = camel(f.member_name)
            jf.owner.methods.append(jf)
        elif f.receiver is not None:
            _fail(f.pos, f"{f.qualified_name} takes a handle set but is not a view function")
        else:
            jf.role = "module"
            jf.java_name = camel(f.member_name)
        # Shorter overloads while trailing arguments have a default (or may be null).
        pub = jf.public_args
        n = len(pub)
        jf.overloads = [n]
        while n > 0 and pub[n - 1].default is not None:
            n -= 1
            jf.overloads.append(n)

    roots = [c for c in classes.values() if c.is_root]
    if len(roots) != 1:
        _fail(lib.pos, f"the Java classes need exactly one kind made without a receiver, found {[c.name for c in roots]}")
    root = roots[0]
    for cls in classes.values():
        if cls.handle.release is None:
            _fail(cls.handle.pos, f"'{cls.handle.name}' has no release function for close()")
        seen = {"close", "handle", "kind"} | {v.java_name for v in cls.views}
        for m in cls.methods:
            if m.java_name in seen:
                _fail(m.fn.pos, f"method name '{m.java_name}' is used twice on {cls.name}")
            seen.add(m.java_name)
        if cls is not root and cls.handle.name != token_kind and not any(
                m.returns_class is cls for m in root.methods):
            _fail(cls.handle.pos, f"'{cls.handle.name}' is not made by a method of '{root.handle.name}'")

    for jf in functions:
        if jf.role in ("internal", "view"):
            continue
        call, args = [], iter(enumerate(jf.args))
        for p in jf.fn.params:
            if p.is_out:
                call.append("&out")
                continue
            i, a = next(args)
            if a.conv in ("bytes_in", "bytes_out"):
                call += [f"a{i}_ptr", f"a{i}_len"]
            elif a.conv == "struct_in":
                call.append(f"(a{i} ? &a{i}_s : NULL)")
            elif a.conv == "scalar" and a.param.type.name == "bool":
                call.append(f"a{i} == JNI_TRUE")
            else:
                call.append(f"({p.c_params[0].c_type})a{i}")
        if jf.fn.result and jf.fn.result.c_out_params:
            call.append("&out_len")
        if jf.fn.fallible:
            call.append("&err")
        jf.c_call = call

    module_functions = [jf for jf in functions if jf.role == "module"]
    names = [jf.java_name for jf in module_functions]
    if len(names) != len(set(names)):
        _fail(lib.pos, f"two module functions share a Java name: {names}")
    guard = {}
    for name in ("abi_version", "idl_hash"):
        jf = next((g for g in module_functions if g.fn.module.is_root and g.fn.name == name), None)
        if jf is None:
            _fail(lib.pos, f"the ABI guard needs '{lib.name}.{name}'")
        guard[name] = jf.native
    kind_of = next((f for f in lib.functions if f.result and f.result.type.decl is lib.handle_kind
                    and f.params and f.params[0].type.category == "anyhandle"), None)
    if kind_of is None:
        _fail(lib.pos, "the glue needs a function that tells a handle's kind (handle -> handle_kind)")

    if base_error != "WeaveHeapError":
        _fail(lib.pos, f"the outer class is WeaveHeap.java: the base error must be WeaveHeapError, not {base_error}")
    release_by_kind = [(h.c_kind, h.release) for h in lib.handles]
    return {
        "java": {
            "package": PACKAGE,
            "jni_prefix": JNI_PREFIX,
            "base_error": base_error,
            "main_class": base_error[:-len("Error")],
            "errors": errors,
            "stale_error": stale,
            "invalid_error": invalid,
            "error_clear": error_clear,
            "free_string": free_string,
            "free_bytes": free_bytes,
            "records": list(records.values()),
            "classes": list(classes.values()),
            "root": root,
            "token_class": classes.get(token_kind),
            "view_struct": view_struct,
            "functions": functions,
            "module_functions": module_functions,
            "guard": guard,
            "kind_of": kind_of,
            "release_by_kind": release_by_kind,
            "handle_kind": lib.handle_kind,
            "handle_kind_class": pascal(lib.handle_kind.name),
            "consts": [(c, c.name.upper(), SCALARS[c.type.name][0]) for c in lib.consts],
            "version_string": lib.version_string,
        },
    }

