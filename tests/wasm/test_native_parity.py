"""The wasm core behaves exactly as the native one: the same calls, made on
the native shared library (ctypes) and on weaveheap.wasm (wasmtime), give the
same results, the same error codes and messages (which name the handles, so
the handles are the same too) and the same counters. A fixed scenario walks
every function; a seeded random walk then mixes live, stale, forged and
wrong-kind handles with good and absurd arguments.

Calls are marshalled from the IDL's model (the C signature of each
function), so every function of the IDL is covered without a list here.
`publish` differs by design (no files or threads in wasm) and is left out.

    WEAVEHEAP_WASM_DIR=<build>/wasm WEAVEHEAP_NATIVE_LIB=<build>/core/libweaveheap.so \
        python3 -m pytest tests/wasm/test_native_parity.py
"""
import ctypes
import os
import random
import sys
from pathlib import Path

import pytest
import wasmtime

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "generator"))
from weaveheap_gen import DEFAULT_IDL, load  # noqa: E402
from weaveheap_gen.layout import c_struct_layout  # noqa: E402

WASM = Path(os.environ.get("WEAVEHEAP_WASM_DIR", REPO / "build" / "wasm")) / "weaveheap.wasm"
NATIVE = os.environ.get("WEAVEHEAP_NATIVE_LIB", str(REPO / "build" / "core" / "libweaveheap.so"))
LIB = load(DEFAULT_IDL, "idl/weaveheap.wh")
DIFFERS_BY_DESIGN = {"publish"}
os.environ.pop("WEAVEHEAP_STATS", None)   # the native core would start publishing
MASK64 = (1 << 64) - 1


class Memory:
    """What the marshaller needs from a backend: memory it can allocate,
    write and read, and the C functions by name."""

    ptr_size = 8

    def layout(self, struct):
        return c_struct_layout(struct, self.ptr_size)

    def cstr(self, p):
        out = bytearray()
        while True:
            chunk = self.read(p + len(out), 64)
            if 0 in chunk:
                out += chunk[:chunk.index(0)]
                return bytes(out)
            out += chunk


class Native(Memory):
    ptr_size = ctypes.sizeof(ctypes.c_void_p)

    def __init__(self):
        self.lib = ctypes.CDLL(NATIVE)
        self.keep = []

    def alloc(self, n):
        buf = ctypes.create_string_buffer(max(n, 1))
        self.keep.append(buf)
        return ctypes.addressof(buf)

    def write(self, p, data):
        ctypes.memmove(p, bytes(data), len(data))

    def read(self, p, n):
        return ctypes.string_at(p, n)

    def function(self, f):
        fn = getattr(self.lib, f.c_name)
        fn.argtypes = [ctype(cp.c_type) for cp in f.c_params]
        fn.restype = None if f.c_return == "void" else ctype(f.c_return)
        return fn

    def end_call(self):
        self.keep.clear()


class Wasm(Memory):
    ptr_size = 4

    def __init__(self):
        self.engine = wasmtime.Engine()
        self.store = wasmtime.Store(self.engine)
        module = wasmtime.Module(self.engine, WASM.read_bytes())
        self.instance = wasmtime.Instance(self.store, module, [])
        self.exports = self.instance.exports(self.store)
        self.memory = self.exports["memory"]
        self.temps = []

    def alloc(self, n):
        p = self.exports["malloc"](self.store, max(n, 1))
        self.write(p, bytes(max(n, 1)))
        self.temps.append(p)
        return p

    def write(self, p, data):
        self.memory.write(self.store, bytes(data), p)

    def read(self, p, n):
        return bytes(self.memory.read(self.store, p, p + n))

    def function(self, f):
        fn = self.exports[f.c_name]
        kinds = [signed_64(cp.c_type) for cp in f.c_params]

        def call(*args):
            args = [a - (1 << 64) if k and a >= 1 << 63 else a for a, k in zip(args, kinds)]
            return fn(self.store, *args)
        return call

    def end_call(self):
        for p in self.temps:
            self.exports["free"](self.store, p)
        self.temps.clear()


def ctype(c):
    if c.endswith("*"):
        return ctypes.c_void_p
    return {"uint64_t": ctypes.c_uint64, "int64_t": ctypes.c_int64, "uint32_t": ctypes.c_uint32,
            "int32_t": ctypes.c_int32, "uint16_t": ctypes.c_uint16, "int16_t": ctypes.c_int16,
            "uint8_t": ctypes.c_uint8, "int8_t": ctypes.c_int8, "bool": ctypes.c_bool}.get(c, None) \
        or (ctypes.c_uint64 if c.endswith("_t") else ctypes.c_int32)   # handles; enums are int32


def signed_64(c):
    """Whether a C parameter is a 64-bit integer (wasm takes it as i64)."""
    return ctype(c) in (ctypes.c_uint64, ctypes.c_int64)


FIELD = {"u64": (8, False), "i64": (8, True), "u32": (4, False), "i32": (4, True), "u16": (2, False),
         "i16": (2, True), "u8": (1, False), "i8": (1, True), "bool": (1, False)}


def write_struct(m, struct, value):
    L = m.layout(struct)
    p = m.alloc(L["size"])
    for fl in L["fields"]:
        size, signed = FIELD[fl["how"]]
        v = int(value.get(fl["name"], 0))
        m.write(p + fl["offset"], v.to_bytes(size, "little", signed=signed))
    return p


def read_struct(m, struct, p):
    out = {}
    for fl in m.layout(struct)["fields"]:
        if fl["how"] in ("ptr", "str"):
            out[fl["name"]] = "<address>"       # addresses differ between the two
            continue
        size, signed = FIELD[fl["how"]]
        out[fl["name"]] = int.from_bytes(m.read(p + fl["offset"], size), "little", signed=signed)
    return out


def call(m, f, args):
    """Calls f on backend m with Python arguments (ints, bytes, dicts, None;
    an int for a unique u8[] destination: its length). Returns what came back,
    normalised so that the two backends compare."""
    fn = m.function(f)
    c_args, after = [], []
    err_layout = m.layout(next(s for s in LIB.structs if s.name == "error"))
    args = list(args)
    for p in f.params:
        cat = p.type.category
        if p.ownership == "out":
            ptr = m.alloc(m.layout(p.type.decl)["size"])
            c_args.append(ptr)
            after.append((p.name, p.type.decl, ptr))
            continue
        a = args.pop(0)
        if cat == "array" and p.ownership == "unique":
            ptr = m.alloc(a)
            c_args += [ptr, a]
            after.append((p.name, a, ptr))
        elif cat == "array":
            ptr = m.alloc(len(a))
            m.write(ptr, a)
            c_args += [ptr, len(a)]
        elif cat == "struct":
            c_args.append(0 if a is None else write_struct(m, p.type.decl, a))
        else:
            c_args.append(a & MASK64 if signed_64(p.c_params[0].c_type) else a)
    out_len = None
    if f.result and f.result.type.category == "array":
        out_len = m.alloc(8)
        c_args.append(out_len)
    err = None
    if f.fallible:
        err = m.alloc(err_layout["size"])
        c_args.append(err)
    r = fn(*c_args)
    result = {}
    code = 0
    if err is not None:
        fields = {fl["name"]: fl for fl in err_layout["fields"]}
        code = int.from_bytes(m.read(err + fields["code"]["offset"], 4), "little", signed=True)
        msg_at = int.from_bytes(m.read(err + fields["message"]["offset"], m.ptr_size), "little")
        if code:
            result["error"] = (code, m.cstr(msg_at).decode())
            m.function(LIB.function("error", "clear"))(err)
    if not code:
        t = f.result.type if f.result else None
        if t is None:
            pass
        elif t.category == "str":
            result["value"] = m.cstr(r).decode()
        elif t.category == "cstring":
            result["value"] = m.cstr(r).decode()
            m.function(LIB.free_string)(r)
        elif t.category == "array":
            n = int.from_bytes(m.read(out_len, 8), "little")
            result["value"] = m.read(r, n)
            m.function(LIB.free_bytes)(r, n)
        elif t.category == "scalar" and t.name == "bool":
            result["value"] = bool(r)
        elif t.category == "scalar" and t.name[0] == "u":
            result["value"] = r & ((1 << int(t.name[1:])) - 1)     # wasm gives i32/i64 signed
        else:
            result["value"] = r & MASK64 if t.category == "handle" else r
        for name, what, ptr in after:
            result[name] = m.read(ptr, what) if isinstance(what, int) else read_struct(m, what, ptr)
    m.end_call()
    return result


FUNCS = {f.c_name: f for f in LIB.functions if f.module.name not in DIFFERS_BY_DESIGN}


class Pair:
    """Both backends, driven in lock step; every call must agree."""

    def __init__(self):
        self.native, self.wasm = Native(), Wasm()
        self.log = []

    def __call__(self, name, *args):
        f = FUNCS[f"{LIB.name}_{name}"]
        if any(p.type.category in ("array", "cstring") and p.ownership == "own" for p in f.params):
            raise ValueError(f"{name} frees C memory: the marshaller calls it itself")
        a = call(self.native, f, args)
        b = call(self.wasm, f, args)
        self.log.append((name, args, a))
        assert a == b, f"{name}{args}: native {a} != wasm {b}\nafter: {self.log[-6:]}"
        return a.get("value")


@pytest.fixture(scope="module")
def pair():
    if not Path(NATIVE).exists():
        pytest.skip(f"no native library at {NATIVE}")
    return Pair()


def test_a_scenario_through_every_function(pair):
    call_ = pair
    assert call_("version_number") == LIB.version_number
    call_("version_string")
    call_("abi_version")
    call_("idl_hash")
    for code in (0, 3, 8, 99, -1):
        call_("strerror", code)
    r = call_("region_create", None)
    small = call_("region_create", {"chunk_size": 1024, "byte_limit": 4096, "thread_safe": 1})
    call_("region_create", {"chunk_size": 3})
    b = call_("buffer_alloc", r, 64, 16)
    call_("buffer_alloc", r, 64, 3)
    call_("buffer_alloc", r, 1 << 60, 16)
    call_("buffer_write", b, 10, b"abc")
    call_("buffer_write", b, 62, b"abcd")
    call_("buffer_read", b, 8, 8)
    call_("buffer_size", b)
    s = call_("string_create", r, "héllo wörld".encode())
    call_("string_create", r, b"ab\xc3\x28")
    call_("string_length", s)
    call_("string_dup", s)
    y = call_("bytes_create", r, b"\x00\x01\x02")
    call_("bytes_dup", y)
    call_("bytes_length", y)
    t = call_("borrow_unique", b)
    call_("borrow_shared", b)
    call_("borrow_unique", b)
    call_("buffer_write", b, 0, b"x")
    call_("buffer_release", b)
    call_("region_reset", r)
    call_("region_destroy", r)
    call_("borrow_release", t)
    call_("borrow_release", t)
    s1, s2 = call_("borrow_shared", s), call_("borrow_shared", s)
    call_("borrow_unique", s)
    call_("borrow_release", s1)
    call_("borrow_release", s2)
    for h in (s, b, y, r, t, 0, (5 << 60) | 0xffff_0001_0001):
        call_("handle_kind_of", h)
    call_("buffer_size", s)
    call_("region_stats", r)
    call_("stats_global")
    call_("buffer_release", b)
    call_("buffer_size", b)
    for _ in range(6):
        call_("buffer_alloc", small, 700, 1)
    call_("region_stats", small)
    call_("stats_set_enabled", False)
    call_("stats_enabled")
    call_("buffer_alloc", r, 32, 16)
    call_("stats_set_enabled", True)
    call_("region_reset", r)
    call_("string_dup", s)
    call_("region_destroy", small)
    call_("region_destroy", small)
    call_("region_destroy", r)
    call_("stats_global")
    call_("error_clear", None)


def test_a_random_walk(pair):
    """Seeded: a failure names the seed and the last calls, and replays."""
    rng = random.Random(20240611)
    handles = [0, 1, (2 << 60) | (0xffff << 32) | 0x10001]
    sizes = [0, 1, 7, 16, 64, 1000, 4096, 70000, 1 << 60]
    data = [b"", b"a", "héllo".encode(), b"\xff\xfe", bytes(range(256)), b"x" * 5000]
    funcs = [f for f in FUNCS.values()
             if not any(p.ownership == "own" and p.type.category in ("array", "cstring") for p in f.params)
             and not any(p.type.category == "struct" and p.type.name == "error" for p in f.params)]
    for step in range(1500):
        f = rng.choice(funcs)
        args = []
        for p in f.params:
            if p.ownership == "out":
                continue
            cat, name = p.type.category, p.type.name
            if p.type.is_handle:
                args.append(rng.choice(handles))
            elif cat == "array" and p.ownership == "unique":
                args.append(rng.choice([0, 1, 8, 64]))
            elif cat == "array":
                args.append(rng.choice(data))
            elif cat == "struct":
                args.append(rng.choice([None, {"chunk_size": rng.choice([0, 256, 1024, 3])},
                                        {"byte_limit": rng.choice([0, 100, 5000])}]))
            elif name == "bool":
                args.append(rng.random() < 0.7)
            elif p.name == "align":
                args.append(rng.choice([1, 3, 16, 4096, 1 << 21]))
            elif p.name == "offset":
                args.append(rng.choice([0, 1, 60, 100]))
            elif name in ("u64", "i64"):
                args.append(rng.choice(sizes))
            else:
                args.append(rng.choice([0, 3, 8, 1000]))
        name = f.c_name[len(LIB.name) + 1:]
        value = pair(name, *args)
        if f.result and f.result.type.category == "handle" and value:
            handles.append(value)
        if len(handles) > 40:
            handles.pop(3)
    assert len(pair.log) >= 1500
