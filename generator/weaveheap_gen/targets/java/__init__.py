"""The Java binding: JNI glue in C (weaveheap_jni.c), the Java sources of
package dev.weaveheap, and its generated tests (ContractTest, MisuseMatrixTest).

Everything that is not a spelling comes from the binding surface
(../../surface.py): a nested class per class (close() from its release,
methods, view()), static functions, exception classes and their hierarchy,
records for structs, the ABI guard. Names are spelled by names.Java (the
spelling docs/api.md shows). This pass turns each callable's shapes into the
Java signature, its overloads (trailing parameters with a default), the
native method and the C lines of its JNI function, so that templates only lay
lines out. The tests are built in javatests.py."""
from dataclasses import dataclass, field
from typing import Optional

from ... import api, packaging, surface
from ...diagnostics import IdlError
from ...model import SCALARS as C_SCALARS
from ...names import camel, c_string, first_sentence, literal, paragraph, unprefixed, wrap
from . import javatests

PACKAGE = packaging.java_group()
PACKAGE_DIR = PACKAGE.replace(".", "/")

# One public outer class holds the API (its nested classes: one per class,
# error code and struct), so the set of files does not depend on the IDL.
OUTPUTS = [
    ("java/WeaveHeap.java.j2", f"java/{PACKAGE_DIR}/WeaveHeap.java"),
    ("java/Native.java.j2", f"java/{PACKAGE_DIR}/Native.java"),
    ("java/jni.c.j2", "java/weaveheap_jni.c"),
    ("java/pom.xml.j2", "java/pom.xml"),
    ("java/ContractTest.java.j2", f"java/tests/{PACKAGE_DIR}/test/ContractTest.java"),
    ("java/MisuseMatrixTest.java.j2", f"java/tests/{PACKAGE_DIR}/test/MisuseMatrixTest.java"),
]
JNI_PREFIX = "Java_" + PACKAGE.replace(".", "_") + "_Native_"
# The JNI library, and where a jar carries it for each platform:
# /dev/weaveheap/native/<os>-<arch>/libweaveheap_jni.so (bindings/java puts it
# there, Native.java loads it from there at first use).
JNI_LIBRARY = "weaveheap_jni"
NATIVE_DIR = f"/{PACKAGE_DIR}/native"

# scalar -> (Java type, JNI type, JNI signature letter)
SCALARS = {
    "bool": ("boolean", "jboolean", "Z"),
    "u8": ("int", "jint", "I"), "u16": ("int", "jint", "I"), "u32": ("int", "jint", "I"),
    "i8": ("int", "jint", "I"), "i16": ("int", "jint", "I"), "i32": ("int", "jint", "I"),
    "u64": ("long", "jlong", "J"), "i64": ("long", "jlong", "J"),
    "f64": ("double", "jdouble", "D"),
}



def _fail(pos, msg):
    raise IdlError(pos, f"java target: {msg}")


def html(text: str) -> str:
    """IDL text inside a Javadoc comment."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")


def doc_lines(text: str, width: int = 80) -> list[str]:
    return wrap(html(paragraph(text)), width) if text else []


def returns_phrase(text: str) -> str:
    """A doc's first sentence as the phrase of an @return tag."""
    s = first_sentence(text).rstrip(".")
    return html(s[:1].lower() + s[1:])


@dataclass
class JRecord:
    name: str
    c_name: str
    doc: list[str]
    fields: list = field(default_factory=list)   # (IDL name, Java name, Java type, JNI type, sig, doc, C type)
    ctor_sig: str = ""
    c_var: str = ""


@dataclass
class JArg:
    param: surface.Param
    name: str                      # Java parameter name
    java_type: str                 # in the public signature
    native_type: str               # in the native method
    jni_type: str
    default: Optional[str] = None  # the Java expression a shorter overload passes
    to_native: str = ""            # the expression the public method passes to the native one


@dataclass
class JMethod:
    """One public Java method (an overload) and the body that calls the native."""
    signature: str                 # "public Buffer alloc(long size)"
    doc: list[str]
    body: list[str]
    override: bool = False


@dataclass
class JNative:
    """A native method of class Native and its JNI function in C."""
    name: str
    java_decl: str                 # the declaration in Native.java
    doc: str
    c_signature: str
    c_body: list[str]


@dataclass
class JClass:
    cls: surface.Class
    name: str
    doc: list[str]
    root: bool = False
    constructors: list = field(default_factory=list)   # JMethod
    methods: list = field(default_factory=list)        # JMethod
    close: Optional[JMethod] = None
    views: list = field(default_factory=list)          # JMethod (view(), view(Access))
    parent: str = ""               # the class of the object an instance lives in (made by its method)
    parent_member: str = ""        # its accessor: region()


class Binding:
    def __init__(self, s: surface.Surface):
        self.s = s
        self.lib = s.lib
        self.sp = api.spellers(s)["java"]
        self.prefix = self.lib.name
        self.main = self.sp.package
        self.classes = {c.name: JClass(c, self.sp.class_name(c.name), doc_lines(c.doc)) for c in s.classes}
        for c in s.root_classes:
            self.classes[c.name].root = True
        for c in s.user_classes:
            if c.parent is not None:
                self.classes[c.name].parent = self.classes[c.parent.name].name
                self.classes[c.name].parent_member = self.sp.member(c.parent.name)
            elif c.constructor is None:
                _fail(c.handle.pos, f"'{c.name}' is made by no constructor and lives in no other object")
        self.records = {}
        for st in s.structs:
            if st.direction in ("in", "out", "both"):
                self.records[st.name] = self.record(st)
        self.natives: list[JNative] = []
        self.functions: list[JMethod] = []
        # the errors the binding raises itself (surface.GLUE_ERRORS)
        self.invalid = self.error(s.glue_error("argument"))
        self.stale = self.error(s.glue_error("closed"))
        self.out_of_range = self.error(s.glue_error("past_end"))
        self.read_only = self.error(s.glue_error("read_only"))
        self.oom_code = s.glue_error("no_memory").member.c_name
        self.invalid_code = s.glue_error("argument").member.c_name
        self.stale_code = s.glue_error("closed").member.c_name

    def error(self, e: surface.ErrorClass) -> str:
        return self.sp.error_name(e.stem)

    def record(self, st: surface.Struct) -> JRecord:
        r = JRecord(self.sp.struct_name(st.name, st.direction), st.idl.c_name, doc_lines(st.idl.doc),
                    c_var=f"wh__class_{st.name}")
        for fl in st.fields:
            if fl.type.category != "scalar":
                _fail(fl.pos, f"field '{fl.name}' of '{st.name}' has no Java form")
            jt, jni, sig = SCALARS[fl.type.name]
            r.fields.append((fl.name, self.sp.field(fl.name), jt, jni, sig, " ".join(doc_lines(fl.doc)),
                             C_SCALARS[fl.type.name]))
        r.ctor_sig = "(" + "".join(f[4] for f in r.fields) + ")V"
        return r

    # -- arguments -------------------------------------------------------------------
    def arg(self, c: surface.Callable, p: surface.Param) -> JArg:
        name = self.sp.param(p.name)
        if p.shape in ("int", "float", "bool"):
            jt, jni, _ = SCALARS[p.type]
            default = None
            if p.default is not None:
                default = literal(p.default) + ("L" if jt == "long" else "")
            return JArg(p, name, jt, jt, jni, default, name)
        if p.shape == "enum":
            t = self.sp.class_name(p.enum.name)
            return JArg(p, name, t, "int", "jint", None, f"{name}.code()")
        if p.shape in ("bytes_in", "bytes_out"):
            return JArg(p, name, "byte[]", "byte[]", "jbyteArray", None, name)
        if p.shape == "struct_in":
            r = self.records[p.struct.name]
            return JArg(p, name, r.name, f"{self.main}.{r.name}", "jobject", "null" if p.nullable else None, name)
        if p.shape == "object" and len(p.classes) == 1:
            return JArg(p, name, self.classes[p.classes[0].name].name, "long", "jlong", None, f"{name}.handle")
        if p.shape == "object":
            return JArg(p, name, "Resource", "long", "jlong", None, f"{name}.handle")
        if p.shape == "any_handle":
            # the raw handle; methods_for_any_handle adds the overload taking an object
            return JArg(p, name, "long", "long", "jlong", None, name)
        _fail(p.idl.pos, f"{c.name}: parameter '{p.name}' ({p.shape}) has no Java form yet")

    def null_checks(self, c: surface.Callable, args: list[JArg]) -> list[str]:
        out = []
        for a in args:
            if a.java_type not in ("long", "int", "boolean", "float", "double") and a.default != "null":
                out += [f"if ({a.name} == null) {{",
                        f'    throw new {self.invalid}("{c.name}: \'{a.param.name}\' is null");', "}"]
        return out

    # -- results -----------------------------------------------------------------------
    def result(self, c: surface.Callable):
        """(Java type, native type, JNI type, how the public method returns the
        native's value: a format with {} for the call)."""
        shape = c.result.shape
        if shape == "none":
            return "void", "void", "void", "{};"
        if shape in ("int", "float", "bool"):
            jt, jni, _ = SCALARS[c.result.type.name]
            return jt, jt, jni, "return {};"
        if shape == "enum":
            t = self.sp.class_name(c.result.type.decl.name)
            return t, "int", "jint", f"return {t}.of({{}});"
        if shape == "static_text":
            return "String", "String", "jstring", "return {};"
        if shape == "text":
            return "String", "byte[]", "jbyteArray", "return new String({}, StandardCharsets.UTF_8);"
        if shape == "bytes":
            return "byte[]", "byte[]", "jbyteArray", "return {};"
        if shape == "object":
            t = self.classes[c.result.cls.name].name
            return t, "long", "jlong", f"return new {t}(this, {{}});"
        if shape == "struct_out":
            r = self.records[c.result.struct.name]
            return r.name, f"{self.main}.{r.name}", "jobject", "return {};"
        _fail(c.fn.pos, f"{c.name}: a result of shape {shape} has no Java form")

    def returns_doc(self, c: surface.Callable, jtype: str) -> str:
        shape = c.result.shape
        if shape == "object":
            return f"the new {jtype}, which this call's caller closes"
        if shape == "struct_out":
            return f"the {jtype} the core filled"
        return returns_phrase(c.fn.doc)

    # -- the JNI function ------------------------------------------------------------------
    def jni(self, c: surface.Callable, native: str, args: list[JArg], jni_return: str) -> JNative:
        f = c.fn
        zero = " 0" if jni_return != "void" else ""
        params = ["JNIEnv* env", "jclass cls"]
        pre, call, post = [], [], []
        i = 0
        if c.receiver is not None:
            params.append("jlong a0")
            call.append(f"({f.receiver.c_params[0].c_type})a0")
            i = 1
        by_param = {id(a.param.idl): a for a in args}
        for p in f.params[i:]:
            if p.is_out:
                call.append("&out")
                continue
            a = by_param[id(p)]
            v = f"a{i}"
            params.append(f"{a.jni_type} {v}")
            shape = a.param.shape
            if shape in ("bytes_in", "bytes_out"):
                ctype = p.c_params[0].c_type
                pre += [f"if ({v} == NULL) {{",
                        f'    weaveheap__jni_throw(env, {self.invalid_code}, "{c.name}: \'{p.name}\' is null");',
                        f"    return{zero};", "}",
                        f"uint64_t {v}_len = (uint64_t)(*env)->GetArrayLength(env, {v});",
                        f"jbyte* {v}_arr = (*env)->GetPrimitiveArrayCritical(env, {v}, NULL);",
                        f"if ({v}_arr == NULL) {{", f"    return{zero};", "}"]
                call += [f"({ctype}){v}_arr", f"{v}_len"]
                mode = "JNI_ABORT" if shape == "bytes_in" else "0"
                post.append(f"(*env)->ReleasePrimitiveArrayCritical(env, {v}, {v}_arr, {mode});")
            elif shape == "struct_in":
                r = self.records[a.param.struct.name]
                pre.append(f"{r.c_name} {v}_s = {{0}};")
                if not p.nullable:
                    pre += [f"if ({v} == NULL) {{",
                            f'    weaveheap__jni_throw(env, {self.invalid_code}, "{c.name}: \'{p.name}\' is null");',
                            f"    return{zero};", "}"]
                pre.append(f"if ({v} != NULL) {{")
                for idl_name, jname, jt, jni, sig, doc, ctype in r.fields:
                    getter = {"Z": "GetBooleanField", "J": "GetLongField"}.get(sig, "GetIntField")
                    value = f"(*env)->{getter}(env, {v}, {r.c_var}_{idl_name})"
                    pre.append(f"    {v}_s.{idl_name} = " + (f"{value} == JNI_TRUE;" if sig == "Z" else f"({ctype}){value};"))
                pre.append("}")
                call.append(f"({v} != NULL ? &{v}_s : NULL)")
            elif shape == "bool":
                call.append(f"{v} == JNI_TRUE")
            else:
                call.append(f"({p.c_params[0].c_type}){v}")
            i += 1
        body = ["(void)cls;", "(void)env;"]
        if f.fallible:
            body.append(f"{self.prefix}_error err = {{0, NULL}};")
        body += pre
        shape = c.result.shape
        if shape == "struct_out":
            body.append(f"{c.result.struct.idl.c_name} out = {{0}};")
        if f.result and f.result.c_out_params:
            body.append("uint64_t out_len = 0;")
            call.append("&out_len")
        if f.fallible:
            call.append("&err")
        invoke = f"{f.c_name}({', '.join(call)});"
        body.append(f"{f.c_return} r = {invoke}" if f.result else invoke)
        body += post
        if f.fallible:
            body += ["if (err.code != 0) {", "    wh__throw(env, &err);", f"    return{zero};", "}"]
        if shape in ("int", "float", "bool", "enum", "object"):
            body.append(f"return ({jni_return})r;")
        elif shape == "static_text":
            body.append("return (*env)->NewStringUTF(env, r);")
        elif shape == "text":
            body += ["size_t n = 0;", "while (r[n] != '\\0') {", "    n++;", "}",
                     f"jbyteArray out_arr = weaveheap__jni_byte_array(env, r, n, {self.oom_code});",
                     f"{self.s.free_text.fn.c_name}(r);", "return out_arr;"]
        elif shape == "bytes":
            body += [f"jbyteArray out_arr = weaveheap__jni_byte_array(env, r, out_len, {self.oom_code});",
                     f"{self.s.free_bytes.fn.c_name}(r, out_len);", "return out_arr;"]
        elif shape == "struct_out":
            r = self.records[c.result.struct.name]
            fields = "".join(f", ({jni})out.{idl_name}" for idl_name, _, _, jni, _, _, _ in r.fields)
            body.append(f"return (*env)->NewObject(env, {r.c_var}, {r.c_var}_new{fields});")
        native_params = (["long handle"] if c.receiver is not None else []) + \
            [f"{a.native_type} {a.name}" for a in args]
        _, native_type, _, _ = self.result(c)
        return JNative(native, f"static native {native_type} {native}({', '.join(native_params)});",
                       f"{c.name} ({f.c_name}).",
                       f"JNIEXPORT {jni_return} JNICALL {JNI_PREFIX}{native}({', '.join(params)})", body)

    # -- public methods ----------------------------------------------------------------------
    def native_name(self, c: surface.Callable) -> str:
        return camel(unprefixed(c.fn.c_name, self.prefix))

    def member_name(self, c: surface.Callable) -> str:
        if c.role == "function":
            return self.sp.function(c.member)
        if c.role == "method" and c.makes is not None:
            return self.sp.maker(c.member, self.classes[c.makes.name].name)
        return self.sp.member(c.member)

    def throws(self, c: surface.Callable) -> list[str]:
        return [f"@throws {self.error(e)} {' '.join(doc_lines(e.member.doc, 1000))}" for e in c.errors]

    def methods(self, c: surface.Callable, owner: Optional[JClass]) -> list[JMethod]:
        """The public method of `c` and its shorter overloads."""
        args = [self.arg(c, p) for p in c.params]
        jtype, native_type, jni_return, ret = self.result(c)
        native = self.native_name(c)
        if not any(n.name == native for n in self.natives):
            self.natives.append(self.jni(c, native, args, jni_return))
        receiver = ["handle"] if c.receiver is not None else []
        counts = [len(args)]
        while counts[-1] > 0 and args[counts[-1] - 1].default is not None:
            counts.append(counts[-1] - 1)
        out = []
        for n in counts:
            given, left = args[:n], args[n:]
            doc = doc_lines(c.fn.doc)
            doc += [f"<p>{a.name} is {a.default}, the IDL default." for a in left]
            tags = [f"@param {a.name} {self.param_doc(a)}" for a in given]
            if jtype != "void" and c.role != "constructor":
                tags.append(f"@return {self.returns_doc(c, jtype)}")
            tags += self.throws(c)
            call = f"Native.{native}({', '.join(receiver + [a.to_native for a in given] + [a.default for a in left])})"
            checks = self.null_checks(c, given)
            params = ", ".join(f"{a.java_type} {a.name}" for a in given)
            if c.role == "constructor":
                if checks:
                    _fail(c.fn.pos, f"{c.name}: a constructor with an argument that must not be null has no Java form yet")
                sig = f"public {owner.name}({params})"
                body = [f"this({call}, new Pending());"]
            elif c.role in ("release", "view_release"):
                sig = "public void close()"
                body = ["if (closed) {", "    return;", "}", "drain();", f"{call};", "released();"]
            elif owner is None:
                sig = f"public static {jtype} {self.member_name(c)}({params})"
                body = checks + [ret.format(call)]
            else:
                sig = f"public {jtype} {self.member_name(c)}({params})"
                body = checks + ["drain();", ret.format(call)]
            out.append(JMethod(sig, doc + ([""] if tags else []) + tags, body,
                               c.role in ("release", "view_release")))
        return out

    def param_doc(self, a: JArg) -> str:
        p = a.param
        text = f"the IDL's {p.name}"
        if p.shape == "int":
            text += f" ({p.type}, passed as a Java {a.java_type}: "
            text += "a negative value is read as 2^64 plus it)" if p.type == "u64" else "read as unsigned)" \
                if p.type.startswith("u") else ")"
        rules = []
        if p.idl.pow2:
            rules.append("a power of two")
        if p.idl.maximum:
            mx = p.idl.maximum
            rules.append(f"at most {self.sp.constant(mx.const.name) if mx.const else mx.value}")
        if rules:
            text += f"; must be {' and '.join(rules)}"
        if p.nullable:
            text += "; may be null"
        return text

    # the NIO buffer of each element width, by kind: Java's integers are signed,
    # so a uint32 shows as an IntBuffer of the same bits
    NIO = {("int", 8): "Byte", ("int", 16): "Short", ("int", 32): "Int", ("int", 64): "Long",
           ("float", 32): "Float", ("float", 64): "Double"}

    def typed(self) -> list[dict]:
        """Typed NIO views: per NIO buffer class, the typed classes and the
        element types (of their IDL enum) it shows."""
        out: dict[str, dict] = {}
        for cls in self.s.memory_classes:
            for e in cls.element_types:
                nio = self.NIO[("float" if e.kind == "float" else "int", e.bits)]
                t = out.setdefault(nio, {"nio": nio, "buffer": f"{nio}Buffer", "members": [], "size": e.size})
                enum = self.sp.class_name(cls.typed_enum.name)
                t["members"].append((self.classes[cls.name].name, self.sp.member(cls.typed_by.member),
                                     f"{enum}.{self.sp.enum_member(e.member.name)}", e.member.name))
        return list(out.values())

    def build(self) -> dict:
        s, sp = self.s, self.sp
        for c in s.callables:
            if c.role in ("hidden", "view", "view_release"):
                continue
            if c.role == "function":
                self.functions += self.methods(c, None)
                for n in self.methods_for_any_handle(c):
                    self.functions.append(n)
                continue
            for k in c.classes:
                jc = self.classes[k.name]
                ms = self.methods(c, jc)
                if c.role == "constructor":
                    jc.constructors += ms
                elif c.role == "release":
                    jc.close = ms[0]
                else:
                    jc.methods += ms
        token = s.token_class
        tc = self.classes[token.name]
        tc.close = self.methods(token.release, tc)[0]
        views = {v.receiver.ownership: v for v in s.views}
        view_natives = {}
        for kind, v in views.items():
            name = self.native_name(v)
            view_natives[kind] = name
            self.natives.append(self.view_native(v, name))
        errors_doc = sorted({e.code: e for v in views.values() for e in v.errors}.values(), key=lambda e: e.code)
        view_throws = [f"@throws {self.error(e)} {' '.join(doc_lines(e.member.doc, 1000))}" for e in errors_doc]
        for cls in s.memory_classes:
            jc = self.classes[cls.name]
            jc.views = self.view_methods(jc, views, view_natives, view_throws)
        # what every class has besides its IDL members
        reserved = {"exportArrow", "exportArrowStream", self.sp.member(surface.CLOSE_MEMBER), "handle", "kind", "fromHandle", self.sp.member(surface.VIEW_MEMBER)}
        for jc in self.classes.values():
            if jc.cls.parent is not None:
                reserved.add(self.sp.member(jc.cls.parent.name))
        for jc in self.classes.values():
            names = {m.signature.split("(")[0].split()[-1] for m in jc.methods}
            for n in names & reserved:
                _fail(jc.cls.handle.pos, f"a method of {jc.name} is named '{n}', which every class has")
        # the raw Arrow exports the surface gives a class (its hidden arrow_export /
        # arrow_stream_export): exportArrow() / exportArrowStream() over the C heap's structs
        self.arrow = []
        for cls in s.classes:
            for export, stream in ((cls.arrow_export, False), (cls.arrow_stream_export, True)):
                if export is not None:
                    self.arrow_method(self.classes[cls.name], export, stream)
        errors = [(self.error(e), self.error(e.parent) if e.parent else sp.base_error(), e.code, e.member.c_name,
                   doc_lines(e.member.doc)) for e in s.errors]
        hk = self.lib.handle_kind
        return {
            "java": {
                "package": PACKAGE,
                "main": self.main,
                "jni_prefix": JNI_PREFIX,
                "jni_library": JNI_LIBRARY,
                "jni_file": f"lib{JNI_LIBRARY}.so",
                "native_dir": NATIVE_DIR,
                "base_error": sp.base_error(),
                "errors": errors,
                "invalid": self.invalid,
                "stale": self.stale,
                "out_of_range": self.out_of_range,
                "read_only": self.read_only,
                "oom_code": self.oom_code,
                "invalid_code": self.invalid_code,
                "stale_code": self.stale_code,
                "records": list(self.records.values()),
                "classes": [self.classes[c.name] for c in s.classes],
                "root": self.classes[s.root_classes[0].name],
                "token": tc,
                "functions": self.functions,
                "natives": self.natives,
                "guard": (self.native_name(s.abi_version), self.native_name(s.idl_hash)),
                "kind_of": self.native_name(s.kind_of),
                "typed": self.typed(),
                "arrow": self.arrow,
                "kind_of_c": s.kind_of.fn,
                "release_by_kind": [(c.handle.c_kind, c.release.fn.c_name) for c in s.classes],
                "handle_kind": sp.class_name(hk.name),
                "handle_kind_doc": doc_lines(hk.doc),
                "handle_kinds": [(sp.enum_member(m.name), m.value, html(m.doc)) for m in hk.members],
                # every enum of the IDL (handle_kind first), a Java enum with its C values
                "enums": [(sp.class_name(e.name), doc_lines(e.doc),
                           [(sp.enum_member(m.name), m.value, html(m.doc)) for m in e.members], e.name)
                          for e in self.lib.enums],
                "handle_kind_name": hk.name,
                "consts": [(sp.constant(k.name), SCALARS[k.type.name][0],
                            f"{k.value}L" if SCALARS[k.type.name][0] == "long" else str(k.value), doc_lines(k.doc))
                           for k in self.lib.consts],
                "view_struct": s.view_struct.c_name,
                "memory": sp.class_name(s.viewed.name),
                "memory_doc": doc_lines(s.viewed.doc),
                "view_member": sp.member(surface.VIEW_MEMBER),
                "token_release_c": token.release.fn.c_name,
                "error_clear": s.error_clear.fn.c_name,
                "version_string": self.lib.version_string,
                "artifact": self.lib.name,
                "homepage": packaging.HOMEPAGE,
                "license": packaging.LICENSE,
                "c_string": c_string,
            },
        }

    def methods_for_any_handle(self, c: surface.Callable) -> list[JMethod]:
        """A library function of one any_handle parameter also takes a
        Resource (whose null is the invalid-argument error)."""
        if [p.shape for p in c.params] != ["any_handle"]:
            return []
        p = c.params[0]
        name = self.sp.param(p.name)
        jtype, _, _, ret = self.result(c)
        doc = doc_lines(c.fn.doc) + ["", f"@param {name} the object whose handle is asked about",
                                     f"@return {self.returns_doc(c, jtype)}"]
        doc += [f"@throws {self.invalid} {html(name)} is null"] + self.throws(c)
        body = [f"if ({name} == null) {{", f'    throw new {self.invalid}("{c.name}: \'{p.name}\' is null");', "}",
                ret.format(f"Native.{self.native_name(c)}({name}.handle)")]
        return [JMethod(f"public static {jtype} {self.member_name(c)}(Resource {name})", doc, body)]

    def arrow_method(self, jc: JClass, export: surface.Callable, stream: bool) -> None:
        """exportArrow() (exportArrowStream() for a stream) on jc, and its native:
        the structs on the C heap, filled by the hidden C export."""
        f = export.fn
        name = f"arrow{jc.name}"
        what = "ArrowStreamExport" if stream else "ArrowExport"
        self.arrow.append((name, f.c_name, stream))
        fill = (f"{f.c_name}((uint64_t)a0, (uint8_t*)&held->s, &err);" if stream else
                f"{f.c_name}((uint64_t)a0, (uint8_t*)&held->schema, (uint8_t*)&held->array, &err);")
        body = ["(void)cls;", f"{self.prefix}_error err = {{0, NULL}};",
                "wh__arrow_held* held = calloc(1, sizeof *held);", "if (held == NULL) {",
                f'    weaveheap__jni_throw(env, {self.oom_code}, "no memory for the Arrow structs");',
                "    return NULL;", "}", fill,
                "if (err.code != 0) {", "    free(held);  /* a refused export fills nothing */",
                "    wh__throw(env, &err);", "    return NULL;", "}",
                "held->live = true;", f"held->stream = {'true' if stream else 'false'};",
                "return wh__arrow_result(env, held);"]
        self.natives.append(JNative(name, f"static native long[] {name}(long handle);",
                                    f"{export.name} ({f.c_name}): the holder's address, then its structs'",
                                    f"JNIEXPORT jlongArray JNICALL {JNI_PREFIX}{name}(JNIEnv* env, jclass cls, jlong a0)",
                                    body))
        member = "exportArrowStream" if stream else "exportArrow"
        interface = "C Stream" if stream else "C Data"
        doc = [f"Exports this object through the Arrow {interface} Interface ({html(export.name)}: the C",
               "header's doc says what it holds and refuses), without a copy; the result gives the",
               f"structs' addresses and says how long they live. Close it.", "",
               f"@return the {what}"] + self.throws(export)
        jc.methods.append(JMethod(f"public {what} {member}()", doc,
                                  ["drain();", f"return new {what}(Native.{name}(handle));"]))

    def view_native(self, v: surface.Callable, name: str) -> JNative:
        f = v.fn
        body = ["(void)cls;", f"{self.prefix}_error err = {{0, NULL}};", f"{self.s.view_struct.c_name} view = {{0}};",
                "if (out == NULL || (*env)->GetArrayLength(env, out) < 3) {",
                f'    weaveheap__jni_throw(env, {self.invalid_code}, "{v.name}: \'out\' needs three slots");',
                "    return NULL;", "}",
                f"{f.c_return} token = {f.c_name}(({f.receiver.c_params[0].c_type})a0, &view, &err);",
                "if (err.code != 0) {", "    wh__throw(env, &err);", "    return NULL;", "}",
                "if (view.length > (uint64_t)INT32_MAX) {",
                f"    {self.s.token_class.release.fn.c_name}(token, NULL);",
                f'    weaveheap__jni_throw(env, {self.invalid_code}, "{v.name}: the object is larger than a ByteBuffer can '
                f'address (2^31-1 bytes)");',
                "    return NULL;", "}",
                "jobject buffer = (*env)->NewDirectByteBuffer(env, view.data, (jlong)view.length);",
                "if (buffer == NULL) {", f"    {self.s.token_class.release.fn.c_name}(token, NULL);",
                "    return NULL;", "}",
                "jlong slots[3] = {(jlong)token, view.writable ? 1 : 0, (jlong)(uintptr_t)view.data};",
                "(*env)->SetLongArrayRegion(env, out, 0, 3, slots);", "return buffer;"]
        return JNative(name, f"static native java.nio.ByteBuffer {name}(long handle, long[] out);",
                       f"{v.name} ({f.c_name}): a direct ByteBuffer over the core's memory; out gets the "
                       f"token, 1 when writable, and the address.",
                       f"JNIEXPORT jobject JNICALL {JNI_PREFIX}{name}(JNIEnv* env, jclass cls, jlong a0, jlongArray out)",
                       body)

    def view_methods(self, jc: JClass, views: dict, natives: dict, throws: list[str]) -> list[JMethod]:
        token = self.classes[self.s.token_class.name].name
        member = self.sp.member(surface.VIEW_MEMBER)
        shared, unique = views["shared"], views["unique"]
        doc = doc_lines(shared.fn.doc)
        one = JMethod(f"public {token} {member}()",
                      doc + ["", f"@return the shared view ({html(shared.name)}), holding its borrow until closed"] +
                      throws,
                      [f"return {member}(Access.SHARED);"])
        doc = [f"A view of this object's bytes in place: the shared borrow ({html(shared.name)}: many at a",
               f"time, read-only) or the unique one ({html(unique.name)}: the only one, writable for a",
               "buffer). It holds its borrow until closed; while it lives the object cannot be closed",
               "nor its region reset or closed."]
        two = JMethod(f"public {token} {member}(Access access)",
                      doc + ["", "@param access which borrow to take",
                             "@return the view, holding its borrow until closed",
                             f"@throws {self.invalid} access is null"] + throws,
                      ["if (access == null) {",
                       f'    throw new {self.invalid}("{member}: \'access\' is null");', "}",
                       "drain();", "long[] out = new long[3];",
                       f"java.nio.ByteBuffer data = access == Access.UNIQUE ? Native.{natives['unique']}(handle, out)",
                       f"    : Native.{natives['shared']}(handle, out);",
                       "try {",
                       f"    return new {token}(this, pending, out[0], data, out[1] != 0, out[2]);",
                       "} catch (RuntimeException | Error e) {",
                       "    Native.releaseQuietly(out[0]);   // the borrow is given back whatever failed after it",
                       "    throw e;",
                       "}"])
        return [one, two]


def prepare(lib):
    s = surface.build(lib)
    b = Binding(s)
    out = b.build()
    out["java"].update(javatests.build(b))
    return out
