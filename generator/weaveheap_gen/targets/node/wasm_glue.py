"""The WebAssembly glue (generated/wasm/weaveheap.mjs): the JavaScript layer
of jsapi.py over a backend written in JavaScript on the core module's
exports (built for wasm32 by wasm/CMakeLists.txt). Rendered by the node
target, so that both JavaScript packages come from one place.

The backend takes the layer's checked arguments into linear memory and
calls the C API as it is; every conversion is decided here from the
surface's shapes and the C struct layouts (layout.py, wasm32: 4-byte
pointers), and the templates lay out the lines computed below.

Sizes are checked in 64 bits before anything narrows them: a u64 reaches
the core as a BigInt; a size parameter the core could be given beyond what
a 32-bit memory can hold (max() >= 2^32) is refused as out of memory before
the call (4 GiB is all of wasm32's memory); and the length of a view the
core lends is compared, as a BigInt, with the memory before it becomes a
Number, the borrow given back when the view cannot be made."""
from dataclasses import dataclass, field

from ... import layout, names
from ... import surface as sf
from .jsapi import JsApi, JsCallable, _fail

PTR = 4                                   # wasm32
MEMORY_LIMIT = 1 << 32                    # bytes a 32-bit memory can hold

# Reading and writing a field of each C type at address `{a}` of the DataView dv.
READ = {
    "u64": "(dv.getUint32({a}, true) + dv.getUint32({a} + 4, true) * 4294967296)",
    "i64": "(dv.getUint32({a}, true) + dv.getInt32({a} + 4, true) * 4294967296)",
    "u32": "dv.getUint32({a}, true)", "i32": "dv.getInt32({a}, true)", "ptr": "dv.getUint32({a}, true)",
    "u16": "dv.getUint16({a}, true)", "i16": "dv.getInt16({a}, true)",
    "u8": "dv.getUint8({a})", "i8": "dv.getInt8({a})", "bool": "dv.getUint8({a}) !== 0",
    "str": "cstrOrNull(dv.getUint32({a}, true))",
}
WRITE = {
    "u64": "dv.setBigUint64({a}, bigU64({v}), true)", "i64": "dv.setBigInt64({a}, bigI64({v}), true)",
    "u32": "dv.setUint32({a}, {v}, true)", "i32": "dv.setInt32({a}, {v}, true)",
    "u16": "dv.setUint16({a}, {v}, true)", "i16": "dv.setInt16({a}, {v}, true)",
    "u8": "dv.setUint8({a}, {v})", "i8": "dv.setInt8({a}, {v})", "bool": "dv.setUint8({a}, {v} ? 1 : 0)",
}


@dataclass
class WasmStruct:
    name: str                 # the IDL name
    size: int
    reads: list = field(default_factory=list)    # (JS field, expression at p)
    writes: list = field(default_factory=list)   # statements from x at p


@dataclass
class WasmFunction:
    jc: JsCallable
    export: str               # the core's export
    params: list = field(default_factory=list)   # a0, a1 ...
    checks: list = field(default_factory=list)   # statements before anything is allocated
    prelude: list = field(default_factory=list)  # statements before the call
    call: str = ""
    post: list = field(default_factory=list)     # statements after the error check
    result: str = ""          # the returned expression, or ""
    temps: bool = False       # uses the scratch area: try/finally endCall()
    fallible: bool = False


@dataclass
class Wasm:
    functions: list
    views: list               # (JsCallable, export, unique)
    release: JsCallable
    structs_in: list
    structs_out: list
    probes: list              # (kind number, export)
    exports: list             # every export the glue calls
    view_size: int
    view_data: int            # offsets in the view struct
    view_length: int
    view_writable: int
    err_size: int
    err_code: int
    err_message: int
    abi_version: str
    idl_hash: str
    strerror: str
    error_clear: str
    free_text: str
    free_bytes: str
    kind_of: str
    borrow_shared: str
    borrow_release: str
    invalid: int              # error codes the backend throws itself
    oom: int
    memory_limit: int = MEMORY_LIMIT


def build(s: sf.Surface, js: JsApi) -> Wasm:
    lib = s.lib
    lay = layout.layouts(lib)[PTR]
    structs = {}
    for st in js.structs:
        L = lay[st.s.name]
        ws = WasmStruct(st.s.name, L["size"])
        by_name = {f.f.name: f for f in st.fields}
        for f in L["fields"]:
            a = f"p + {f['offset']}"
            ws.reads.append((by_name[f["name"]].name, READ[f["how"]].format(a=a)))
            if f["how"] in WRITE:
                ws.writes.append(WRITE[f["how"]].format(a=a, v=f"x.{by_name[f['name']].name}"))
        structs[st.s.name] = ws

    functions, views, release = [], [], None
    for jc in js.callables:
        c = jc.c
        if c.role == "view":
            views.append((jc, c.fn.c_name, c.receiver.ownership == "unique"))
            continue
        if c.role == "view_release":
            release = jc
            continue
        wf = WasmFunction(jc, c.fn.c_name, fallible=c.fallible)
        call = []
        i = 0 if c.receiver is not None else -1
        if c.receiver is not None:
            wf.params.append("a0")
        jparams = iter(jc.params)
        for p in c.fn.params:
            if p.is_out:
                ws = structs[p.type.decl.name]
                wf.prelude.append(f"const out = tmp({ws.size});")
                call.append("out")
                wf.temps = True
                continue
            if c.receiver is not None and p is c.fn.params[0]:
                call.append("a0")
                continue
            jp = next(jparams)
            i += 1
            a = f"a{i}"
            wf.params.append(a)
            shape = jp.p.shape
            if shape in ("object", "any_handle"):
                call.append(a)
            elif shape == "int" and jp.p.type in ("u64", "i64"):
                mx = jp.p.idl.maximum
                if jp.p.type == "u64" and mx is not None and mx.value >= MEMORY_LIMIT:
                    # above the IDL's maximum, the core's own invalid_argument
                    wf.checks.append(f"if ({a} >= {MEMORY_LIMIT} && {a} <= {mx.value}) tooBig({a}, {names.quoted(jp.what)});")
                call.append(f"{'bigU64' if jp.p.type == 'u64' else 'bigI64'}({a})")
            elif shape == "int" and jp.p.type == "u32":
                call.append(f"{a} >>> 0")
            elif shape in ("int", "enum"):
                call.append(f"{a} | 0")
            elif shape == "bool":
                call.append(f"{a} ? 1 : 0")
            elif shape == "float":
                call.append(a)                  # a wasm f64 takes the number as it is
            elif shape == "bytes_in":
                wf.prelude.append(f"const p{i} = bytesIn({a}), n{i} = lastLength;")
                call += [f"p{i}", f"bigU64(n{i})"]
                wf.temps = True
            elif shape == "text_in":
                wf.prelude.append(f"const p{i} = textIn({a});")
                call.append(f"p{i}")
                wf.temps = True
            elif shape == "bytes_out":
                wf.prelude += [f"const v{i} = asBytes({a});",
                               f"const in{i} = v{i}.buffer === mem();",
                               f"const p{i} = in{i} ? v{i}.byteOffset : tmp(v{i}.length);"]
                call += [f"p{i}", f"bigU64(v{i}.length)"]
                wf.post += [f"if (!in{i}) {{", "    mem();",
                            f"    v{i}.set(u8.subarray(p{i}, p{i} + v{i}.length));", "}"]
                wf.temps = True
            elif shape == "struct_in":
                wf.prelude.append(f"const p{i} = {a} === null ? 0 : write_{jp.p.struct.name}({a});")
                call.append(f"p{i}")
                wf.temps = True
            else:
                _fail(p.pos, f"no wasm conversion for a '{shape}' argument")
        r = c.result
        if r.shape == "bytes":
            wf.prelude.append("const outLen = tmp(8);")
            call.append("outLen")
            wf.temps = True
            wf.result = "takeBytes(r, outLen)"
        elif r.shape == "struct_out":
            wf.result = f"read_{r.struct.name}(out)"
        elif r.shape == "text":
            wf.result = "takeText(r)"
        elif r.shape == "static_text":
            wf.result = "cstr(r)"
        elif r.shape == "object":
            # a wasm i64 comes back signed: kinds 8 and up set the top bit
            wf.result = "BigInt.asUintN(64, r)"
        elif r.shape == "enum":
            wf.result = "r"
        elif r.shape == "bool":
            wf.result = "r !== 0"
        elif r.shape == "float":
            wf.result = "r"
        elif r.shape == "int":
            t = r.type.name
            wf.result = {"u64": "numU64(r)", "i64": "numI64(r)", "u32": "r >>> 0"}.get(t, "r")
        if c.fallible:
            call.append("ERR")
        fn = c.fn
        wf.call = ("const r = " if fn.result is not None else "") + f"f_{fn.c_name}({', '.join(call)});"
        functions.append(wf)

    probes = [(c.handle.number, c.kind_probe.fn.c_name) for c in s.memory_classes]
    vs = lay[s.view_struct.name] if s.view_struct else None
    vf = {f["name"]: f["offset"] for f in vs["fields"]} if vs else {}
    ef = {f["name"]: f["offset"] for f in lay[lib.error_struct.name]["fields"]}
    return Wasm(
        functions=functions, views=views, release=release,
        structs_in=[structs[st.s.name] for st in js.in_structs],
        structs_out=[structs[st.s.name] for st in js.out_structs],
        probes=probes, exports=[f.c_name for f in lib.functions],
        view_size=vs["size"] if vs else 0, view_data=vf.get("data", 0), view_length=vf.get("length", 0),
        view_writable=vf.get("writable", 0),
        err_size=lay[lib.error_struct.name]["size"], err_code=ef["code"], err_message=ef["message"],
        abi_version=s.abi_version.fn.c_name, idl_hash=s.idl_hash.fn.c_name, strerror=s.strerror.fn.c_name,
        error_clear=s.error_clear.fn.c_name, free_text=s.free_text.fn.c_name if s.free_text else "",
        free_bytes=s.free_bytes.fn.c_name if s.free_bytes else "",
        kind_of=s.kind_of.fn.c_name if s.kind_of else "",
        borrow_shared=next((v[1] for v in views if not v[2]), ""),
        borrow_release=release.c.fn.c_name if release else "",
        invalid=js.invalid.errno,
        oom=js.oom.errno)
