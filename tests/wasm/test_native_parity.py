"""The wasm core behaves exactly as the native one: the same calls, made on
the native shared library (ctypes) and on weaveheap.wasm (wasmtime), give the
same results, the same error codes and messages (which name the handles, so
the handles are the same too) and the same counters. A fixed scenario walks
every function; a seeded random walk then makes calls that mostly succeed
(buffer writes and reads, copies, views written through on both sides,
releases, resets) mixed with misuse (stale, forged and wrong-kind handles,
absurd arguments), and checks every byte read back against a model of what
each object holds.

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
            "uint8_t": ctypes.c_uint8, "int8_t": ctypes.c_int8, "bool": ctypes.c_bool,
            "double": ctypes.c_double}.get(c, None) \
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
            out[fl["name"]] = "<address>"       # addresses differ between the two: kept apart
            m.addresses[fl["name"]] = int.from_bytes(m.read(p + fl["offset"], m.ptr_size), "little")
            continue
        size, signed = FIELD[fl["how"]]
        out[fl["name"]] = int.from_bytes(m.read(p + fl["offset"], size), "little", signed=signed)
    return out


def call(m, f, args):
    """Calls f on backend m with Python arguments (ints, bytes, dicts, None;
    an int for a unique u8[] destination: its length). Returns what came back,
    normalised so that the two backends compare."""
    fn = m.function(f)
    m.addresses = {}
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


# C-only functions (opaque addresses, callbacks: docs/idl.md) are for
# extensions' C, not for a marshaller of values.
FUNCS = {f.c_name: f for f in LIB.functions if f.module.name not in DIFFERS_BY_DESIGN and not f.c_only}


class Pair:
    """Both backends, driven in lock step; every call must agree."""

    def __init__(self):
        self.native, self.wasm = Native(), Wasm()
        self.log = []

    def call(self, name, *args):
        """The whole result of one call, the same on both (asserted)."""
        f = FUNCS[f"{LIB.name}_{name}"]
        if any(p.type.category in ("array", "cstring") and p.ownership == "own" for p in f.params):
            raise ValueError(f"{name} frees C memory: the marshaller calls it itself")
        a = call(self.native, f, args)
        b = call(self.wasm, f, args)
        self.log.append((name, args, a))
        assert a == b, f"{name}{args}: native {a} != wasm {b}\nafter: {self.log[-6:]}"
        return a

    def __call__(self, name, *args):
        return self.call(name, *args).get("value")

    def write_memory(self, addresses, offset, data):
        """Writes through a view on both sides: `addresses` (native, wasm)."""
        self.native.write(addresses[0] + offset, data)
        self.wasm.write(addresses[1] + offset, data)


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


class Walk:
    """A seeded random walk over both backends, with a model of what must
    hold: the regions and objects that live, every object's bytes, the views
    that are out. Most calls are plausible (live handles of the right kind,
    offsets and sizes in range) and succeed; the rest are misuse (stale,
    forged and wrong-kind handles, absurd and unaligned sizes, ranges past
    the end, conflicting borrows, invalid UTF-8). Every call must agree on
    both sides; every successful read, copy and length must also agree with
    the model, and unique views are written through on both sides."""

    SIZES = [0, 1, 7, 16, 64, 100, 1000, 4096]
    # Alignments up to malloc's (16 on both sides): a larger one pads by
    # where the chunk happens to lie, so bytes_reserved may differ.
    ALIGNS = [1, 2, 8, 16]

    def __init__(self, pair, seed):
        self.pair, self.rng = pair, random.Random(seed)
        self.regions: dict = {}       # region -> set of its objects
        self.objects: dict = {}       # handle -> [kind, region, bytearray]
        self.tokens: dict = {}        # token -> (target, unique, (native address, wasm address))
        self.dead: list = [0, 1, (2 << 60) | (0xffff << 32) | 0x10001]
        self.calls = self.ok = 0
        self.done: dict = {}          # what succeeded, by name
        self.compared = 0             # bytes compared with the model

    # choosing
    def live(self, *kinds):
        return [h for h, o in self.objects.items() if o[0] in kinds]

    def pick(self, *kinds):
        live = self.live(*kinds)
        return self.rng.choice(live) if live else None

    def data(self, n):
        return bytes(self.rng.getrandbits(8) for _ in range(n))

    def run(self, name, *args):
        result = self.pair.call(name, *args)
        self.calls += 1
        if "error" not in result:
            self.ok += 1
            self.done[name] = self.done.get(name, 0) + 1
        return result

    def same(self, got, want):
        assert got == bytes(want), f"the model says {bytes(want)!r}, the core {got!r}\nafter: {self.pair.log[-6:]}"
        self.compared += len(want)

    # the operations, each with its weight
    def op_region(self):
        options = self.rng.choice([None, None, {"chunk_size": 1024}, {"byte_limit": 5000},
                                   {"chunk_size": 256, "byte_limit": 100000}])
        r = self.run("region_create", options)
        if "error" not in r:
            self.regions[r["value"]] = set()

    def op_make(self):
        if not self.regions:
            return self.op_region()
        r = self.rng.choice(list(self.regions))
        kind = self.rng.choice(["buffer", "buffer", "bytes", "string"])
        if kind == "buffer":
            size = self.rng.choice(self.SIZES)
            out = self.run("buffer_alloc", r, size, self.rng.choice(self.ALIGNS))
            content = bytearray(size)
        elif kind == "bytes":
            content = bytearray(self.data(self.rng.choice(self.SIZES[:6])))
            out = self.run("bytes_create", r, bytes(content))
        else:
            text = self.rng.choice(["", "a", "héllo", "wörld ✓" * 9, "🧵" * 40])
            content = bytearray(text.encode())
            out = self.run("string_create", r, bytes(content))
        if "error" not in out:
            self.objects[out["value"]] = [kind, r, content]
            self.regions[r].add(out["value"])

    def op_write(self):
        b = self.pick("buffer")
        if b is None:
            return self.op_make()
        content = self.objects[b][2]
        offset = self.rng.randrange(0, len(content) + 1)
        data = self.data(self.rng.randrange(0, len(content) - offset + 1))
        out = self.run("buffer_write", b, offset, data)
        if "error" not in out:
            content[offset:offset + len(data)] = data

    def op_read(self):
        h = self.pick("buffer", "bytes", "string")
        if h is None:
            return self.op_make()
        kind, _, content = self.objects[h]
        if kind == "buffer":
            offset = self.rng.randrange(0, len(content) + 1)
            n = self.rng.randrange(0, len(content) - offset + 1)
            out = self.run("buffer_read", h, offset, n)
            if "error" not in out:
                self.same(out["dst"], content[offset:offset + n])
        else:
            name = self.rng.choice([f"{kind}_dup", f"{kind}_dup", f"{kind}_length"])
            out = self.run(name, h)
            if "error" in out:
                return
            got = out["value"]
            if name.endswith("_length"):
                assert got == len(content), f"{name}: {got}, the model says {len(content)}"
            else:
                self.same(got.encode() if kind == "string" else got, content)

    def op_view(self):
        h = self.pick("buffer", "bytes", "string")
        if h is None:
            return self.op_make()
        unique = self.rng.random() < 0.5
        out = self.run("borrow_unique" if unique else "borrow_shared", h)
        if "error" not in out:
            assert out["view"]["length"] == len(self.objects[h][2])
            addresses = (self.pair.native.addresses["data"], self.pair.wasm.addresses["data"])
            self.tokens[out["value"]] = (h, unique, addresses)

    def op_view_write(self):
        """Writes through a unique view of a buffer on both sides: the
        zero-copy path, checked by the next copy."""
        views = [(t, v) for t, v in self.tokens.items() if v[1] and self.objects[v[0]][0] == "buffer"]
        if not views:
            return self.op_view()
        t, (h, _, addresses) = self.rng.choice(views)
        content = self.objects[h][2]
        if not content:
            return
        offset = self.rng.randrange(0, len(content))
        data = self.data(self.rng.randrange(1, len(content) - offset + 1))
        self.pair.write_memory(addresses, offset, data)
        content[offset:offset + len(data)] = data

    def op_unview(self):
        if not self.tokens:
            return self.op_view()
        t = self.rng.choice(list(self.tokens))
        if "error" not in self.run("borrow_release", t):
            del self.tokens[t]
            self.dead.append(t)

    def op_release(self):
        h = self.pick("buffer", "bytes", "string")
        if h is None:
            return self.op_make()
        kind, r, _ = self.objects[h]
        if "error" not in self.run(f"{kind}_release", h):
            del self.objects[h]
            self.regions[r].discard(h)
            self.dead.append(h)

    def op_region_end(self):
        if not self.regions:
            return self.op_region()
        r = self.rng.choice(list(self.regions))
        destroy = self.rng.random() < 0.4
        if "error" not in self.run("region_destroy" if destroy else "region_reset", r):
            for h in self.regions[r]:
                del self.objects[h]
                self.dead.append(h)
            self.regions[r] = set()
            if destroy:
                del self.regions[r]
                self.dead.append(r)

    def op_look(self):
        h = self.rng.choice(list(self.objects) + list(self.regions) + list(self.tokens) or [0])
        self.run(self.rng.choice(["handle_kind_of", "region_stats"]) if h in self.regions
                 else "handle_kind_of", h)
        if self.rng.random() < 0.3:
            self.run("stats_global")

    def op_misuse(self):
        """A call of any function with arguments from everywhere: stale and
        forged handles, live ones of every kind, absurd sizes and offsets."""
        funcs = [f for f in FUNCS.values()
                 if not any(p.ownership == "own" and p.type.category in ("array", "cstring") for p in f.params)
                 and not any(p.type.category == "struct" and p.type.name == "error" for p in f.params)
                 # addresses to write through (an Arrow export's structs): glue-only, no misuse of them is safe
                 and not any(p.type.category == "ptr" for p in f.params)]
        f = self.rng.choice(funcs)
        handles = self.dead[-20:] + list(self.objects)[-10:] + list(self.regions) + list(self.tokens)
        args = []
        for p in f.params:
            if p.ownership == "out":
                continue
            cat, name = p.type.category, p.type.name
            if p.type.is_handle:
                args.append(self.rng.choice(handles))
            elif cat == "array" and p.ownership == "unique":
                args.append(self.rng.choice([0, 1, 8, 64]))
            elif cat == "array":
                args.append(self.rng.choice([b"", b"a", "héllo".encode(), b"\xff\xfe", b"\xc3\x28"]))
            elif cat == "struct":
                args.append(self.rng.choice([None, {"chunk_size": 3}, {"byte_limit": 100}]))
            elif name == "bool":
                args.append(self.rng.random() < 0.7)
            elif name == "f64":      # no NaN: the two sides' results are compared with ==
                args.append(self.rng.choice([0.0, 1.5, -2.25, 1e39, float("inf")]))
            elif p.name == "align":
                args.append(self.rng.choice([0, 3, 16, 1 << 21]))
            elif name in ("u64", "i64"):
                sizes = [60, 1 << 32, (1 << 32) + 16, 1 << 40, (1 << 48) + 1, MASK64]
                if f.result is not None and f.result.type.is_handle:
                    # it allocates: 4 GiB and more is out_of_memory on wasm32, and a native
                    # process may well get it (overcommit): not a disagreement to look for
                    sizes = [v for v in sizes if not (1 << 32) <= v < (1 << 40)]
                args.append(self.rng.choice(sizes))
            else:
                args.append(self.rng.choice([0, 3, 8, 1000]))
        name = f.c_name[len(LIB.name) + 1:]
        out = self.run(name, *args)
        if "error" not in out:
            self.resync(name, args, out)

    def resync(self, name, args, out):
        """A misuse call that happened to be valid: the model follows it."""
        value = out.get("value")
        if name == "region_create":
            self.regions[value] = set()
        elif name in ("buffer_alloc", "bytes_create", "string_create"):
            kind = name.split("_")[0]
            content = bytearray(args[1]) if kind != "buffer" else bytearray(int(args[1]))   # zeroed
            self.objects[value] = [kind, args[0], content]
            self.regions[args[0]].add(value)
        elif name in ("borrow_shared", "borrow_unique"):
            addresses = (self.pair.native.addresses["data"], self.pair.wasm.addresses["data"])
            self.tokens[value] = (args[0], name == "borrow_unique", addresses)
        elif name == "borrow_release":
            self.tokens.pop(args[0], None)
        elif name.endswith("_release") or name in ("region_reset", "region_destroy"):
            h = args[0]
            if h in self.objects:
                self.regions[self.objects.pop(h)[1]].discard(h)
            if h in self.regions:
                for o in self.regions[h]:
                    del self.objects[o]
                self.regions[h] = set()
                if name == "region_destroy":
                    del self.regions[h]
        elif name == "buffer_write":
            self.objects[args[0]][2][args[1]:args[1] + len(args[2])] = args[2]

    OPS = [("op_write", 20), ("op_read", 20), ("op_make", 14), ("op_view", 6), ("op_view_write", 6),
           ("op_unview", 8), ("op_release", 5), ("op_region", 2), ("op_region_end", 2), ("op_look", 4),
           ("op_misuse", 16)]

    def step(self):
        names, weights = zip(*self.OPS)
        getattr(self, self.rng.choices(names, weights)[0])()


def test_a_random_walk(pair):
    """Seeded: a failure names the seed and the last calls, and replays.
    Most calls succeed, buffer writes and reads among them, and every byte
    read back is the model's."""
    walk = Walk(pair, 20240611)
    while walk.calls < 3000:
        walk.step()
    assert walk.ok >= walk.calls // 2, f"only {walk.ok} of {walk.calls} calls succeeded"
    for name in ("buffer_write", "buffer_read", "bytes_dup", "string_dup", "borrow_unique", "borrow_release",
                 "buffer_release", "region_reset"):
        assert walk.done.get(name, 0) >= 5, f"{name} succeeded {walk.done.get(name, 0)} times: {walk.done}"
    assert walk.compared >= 10000, f"only {walk.compared} bytes were compared with the model"
    assert walk.calls - walk.ok >= 250, "misuse is part of the walk"
