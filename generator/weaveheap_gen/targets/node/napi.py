"""The N-API backend's generated C (generated/node/weaveheap_napi.c and the
header weaveheap_napi_glue.h): one native function per public IDL function,
converting the checked arguments the JavaScript layer passes (jsapi.py) and
the result, over the real C source bindings/node/weaveheap_napi_helpers.c.

Every conversion is decided here, from the surface's shapes: the templates
only lay out the C lines computed below."""
from dataclasses import dataclass, field
from typing import Optional

from ... import names
from ... import surface as sf
from .jsapi import JsApi, JsCallable, _fail

H = "weaveheap__napi_"          # the helpers' prefix (weaveheap_napi_helpers.h)

# C spellings of the integer ranges (the limits of each type).
C_RANGES = {
    "u8": ("0", "UINT8_MAX"), "u16": ("0", "UINT16_MAX"), "u32": ("0", "UINT32_MAX"),
    "i8": ("INT8_MIN", "INT8_MAX"), "i16": ("INT16_MIN", "INT16_MAX"), "i32": ("INT32_MIN", "INT32_MAX"),
    "i64": ("INT64_MIN", "INT64_MAX"),
}


@dataclass
class CArg:
    decl: str                 # the local's declaration
    get: str                  # the conversion: an expression, false when it threw
    call: list                # its arguments of the C call
    cleanup: str = ""         # after the call


@dataclass
class CFunction:
    jc: JsCallable
    name: str                 # the static C function
    args: list = field(default_factory=list)          # CArg, receiver first
    decls: list = field(default_factory=list)         # out struct, lengths, error
    call: str = ""            # the C call statement
    result: str = ""          # result = ...;
    fallible: bool = False
    unused: list = field(default_factory=list)        # (void) casts

    @property
    def has_done(self) -> bool:
        return bool(self.args) or self.fallible


@dataclass
class CStruct:
    st: object                # jsapi.JsStruct
    c_name: str
    getter: str = ""
    maker: str = ""
    fields: list = field(default_factory=list)        # (C field, JS name, get or make expression)


@dataclass
class CClass:
    kind: str                 # the C kind constant
    probe: str                # the generated wrapper of the kind probe
    probe_fn: str             # the C function it calls
    copy: str                 # READ | DUP_BYTES | DUP_TEXT
    read: str = "NULL"
    dup_bytes: str = "NULL"
    dup_text: str = "NULL"
    write_back: str = "NULL"


@dataclass
class Napi:
    functions: list           # CFunction
    views: list               # (JsCallable, C function, unique)
    release: Optional[JsCallable]
    structs_in: list
    structs_out: list
    classes: list             # CClass
    abi_version: str          # the natives the ABI guard calls
    idl_hash: str
    names: dict               # what the helpers need (the generated header)
    # The raw Arrow exports (jsapi.JsClass.arrow): (backend function, C export
    # function, is a stream), and the codes the glue throws for them.
    arrow: list = field(default_factory=list)
    stale: str = ""


def build(s: sf.Surface, js: JsApi) -> Napi:
    lib = s.lib
    structs = {}
    for st in js.structs:
        cs = CStruct(st, st.s.idl.c_name, f"get_{st.s.name}", f"make_{st.s.name}")
        for f in st.fields:
            t = f.f.type.name
            if f.check == "bool":
                get = f"{H}get_bool(env, v, what, &out->{f.f.name})"
                make = f"{H}make_bool(env, s->{f.f.name})"
            elif f.check == "u64":
                get = f"{H}get_u64(env, v, what, &out->{f.f.name})"
                make = f"{H}make_number(env, (double)s->{f.f.name})"
            elif f.check == "int":
                lo, hi = C_RANGES[t]
                get = f"{H}get_int(env, v, what, {lo}, {hi}, &x) && ((out->{f.f.name} = x), true)"
                make = f"{H}make_number(env, (double)s->{f.f.name})"
            else:
                get = make = ""
            cs.fields.append((f.f.name, f.name, get, make))
        structs[st.s.name] = cs

    def arg(i: int, shape: str, p: Optional[sf.Param], what: str) -> CArg:
        a = f"a{i}"
        v = f"argv[{i}]"
        w = names.quoted(what)
        if shape in ("handle", "object", "any_handle"):
            return CArg(f"uint64_t {a} = 0;", f"{H}get_handle(env, {v}, {w}, &{a})", [a])
        if shape == "int" and p.type == "u64":
            return CArg(f"uint64_t {a} = 0;", f"{H}get_u64(env, {v}, {w}, &{a})", [a])
        if shape in ("int", "enum"):
            lo, hi = C_RANGES["i32"] if shape == "enum" else C_RANGES[p.type]
            c_type = p.idl.c_params[0].c_type
            return CArg(f"int64_t {a} = 0;", f"{H}get_int(env, {v}, {w}, {lo}, {hi}, &{a})", [f"({c_type}){a}"])
        if shape == "bool":
            return CArg(f"bool {a} = false;", f"{H}get_bool(env, {v}, {w}, &{a})", [a])
        if shape == "float":
            return CArg(f"double {a} = 0;", f"{H}get_double(env, {v}, {w}, &{a})",
                        [f"({p.idl.c_params[0].c_type}){a}"])
        if shape == "bytes_in":
            return CArg(f"{H}bytes {a} = {{NULL, 0, NULL}};", f"{H}get_bytes(env, {v}, {w}, &{a})",
                        [f"{a}.data", f"{a}.len"], f"{H}bytes_free(&{a});")
        if shape == "text_in":
            return CArg(f"{H}text {a} = {{NULL}};", f"{H}get_text(env, {v}, {w}, &{a})", [f"{a}.text"],
                        f"{H}text_free(&{a});")
        if shape == "bytes_out":
            return CArg(f"{H}memory {a} = {{NULL, 0}};", f"{H}get_memory(env, {v}, {w}, &{a})",
                        [f"{a}.data", f"{a}.len"])
        if shape == "struct_in":
            cs = structs[p.struct.name]
            ptr = f"({a}_present ? &{a} : NULL)" if p.nullable else f"&{a}"
            return CArg(f"{cs.c_name} {a};\n    bool {a}_present = false;",
                        f"{cs.getter}(env, {v}, {w}, &{a}, &{a}_present)"
                        + ("" if p.nullable else f" && {H}require_object(env, {a}_present, {w})"), [ptr])
        _fail(p.idl.pos if p else lib.pos, f"no N-API conversion for a '{shape}' argument")

    functions, views, release = [], [], None
    for jc in js.callables:
        c = jc.c
        if c.role == "view":
            views.append((jc, c.fn.c_name, c.receiver.ownership == "unique"))
            continue
        if c.role == "view_release":
            release = jc
            continue
        cf = CFunction(jc, f"native_{jc.native}", fallible=c.fallible)
        i = 0
        if c.receiver is not None:
            cf.args.append(arg(0, "handle", None, f"{jc.path}: the receiver"))
            i = 1
        for p in jc.params:
            cf.args.append(arg(i, p.p.shape, p.p, p.what))
            i += 1
        call_args = iter(cf.args)
        call = []
        for p in c.fn.params:
            if p.is_out:
                call.append("&out")
            else:
                call += next(call_args).call
        r = c.result
        fn = c.fn
        if r.shape == "struct_out":
            cs = structs[r.struct.name]
            cf.decls.append(f"{cs.c_name} out;")
            cf.decls.append("memset(&out, 0, sizeof out);")
            cf.result = f"result = {cs.maker}(env, &out);"
        elif r.shape == "bytes":
            cf.decls.append("uint64_t out_len = 0;")
            call.append("&out_len")
            cf.result = f"result = {H}take_bytes(env, r, out_len);"
        elif r.shape == "text":
            cf.result = f"result = {H}take_text(env, r);"
        elif r.shape == "static_text":
            cf.result = f"result = {H}make_static_text(env, r);"
        elif r.shape == "object":
            cf.result = f"result = {H}make_handle(env, r);"
        elif r.shape == "bool":
            cf.result = f"result = {H}make_bool(env, r);"
        elif r.shape == "enum":
            cf.result = f"result = {H}make_i32(env, (int32_t)r);"
        elif r.shape == "float":
            cf.result = f"result = {H}make_number(env, (double)r);"
        elif r.shape == "int":
            t = r.type.name
            if t in ("u8", "u16", "u32"):
                cf.result = f"result = {H}make_u32(env, (uint32_t)r);"
            elif t in ("i8", "i16", "i32"):
                cf.result = f"result = {H}make_i32(env, (int32_t)r);"
            else:
                cf.result = f"result = {H}make_number(env, (double)r);"
        if c.fallible:
            cf.decls.append("wh_error err = {0, NULL};")
            call.append("&err")
        assign = f"{fn.c_return} r = " if fn.result is not None else ""
        cf.call = f"{assign}{fn.c_name}({', '.join(call)});"
        if not cf.args:
            cf.unused.append("info")
            if not cf.result and not c.fallible:
                cf.unused.append("env")
        functions.append(cf)

    classes = []
    for cls in s.memory_classes:
        style, copy_fn = cls.copy_out
        cc = CClass(cls.handle.c_kind, f"probe_{cls.name}", cls.kind_probe.fn.c_name if cls.kind_probe else "",
                    {"read": "READ", "dup_bytes": "DUP_BYTES", "dup_text": "DUP_TEXT"}[style])
        if not cls.kind_probe:
            _fail(cls.handle.pos, f"'{cls.handle.name}' has no kind probe for its views")
        setattr(cc, {"read": "read", "dup_bytes": "dup_bytes", "dup_text": "dup_text"}[style], copy_fn.fn.c_name)
        if cls.write_back:
            cc.write_back = cls.write_back.fn.c_name
        classes.append(cc)

    native = {jc.c: jc.native for jc in js.callables}
    release_path = release.path if release else "close()"
    header = {
        "error_type": lib.error_struct.c_name,
        "view_type": s.view_struct.c_name if s.view_struct else "void",
        "handle_type": lib.handle_c_type,
        "error_clear": s.error_clear.fn.c_name,
        "strerror": s.strerror.fn.c_name,
        "free_bytes": s.free_bytes.fn.c_name if s.free_bytes else "",
        "free_text": s.free_text.fn.c_name if s.free_text else "",
        "borrow_release": release.c.fn.c_name if release else "",
        "borrow_shared": next((v[1] for v in views if not v[2]), ""),
        "kind_of": s.kind_of.fn.c_name if s.kind_of else "",
        "invalid": js.invalid.code,
        "oom": js.oom.code,
        "no_external_env": f"{names.upper(lib.name)}_NODE_NO_EXTERNAL_BUFFERS",
        "napi_views_env": f"{names.upper(lib.name)}_NODE_NAPI_VIEWS",
        "release_path": names.c_string(release_path),
    }
    return Napi(functions, views, release, [structs[st.s.name] for st in js.in_structs],
                [structs[st.s.name] for st in js.out_structs], classes,
                native[s.abi_version], native[s.idl_hash], header,
                arrow=[(jc.arrow_native, (jc.cls.arrow_export or jc.cls.arrow_stream_export).fn.c_name,
                        jc.arrow == "stream") for jc in js.arrow_classes],
                stale=js.stale.code)
