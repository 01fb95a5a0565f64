"""A host for the component (weaveheap.component.wasm) in wasmtime, shared by
test_component.py and the generated tests of generated/component_tests/:
one instance per Host, its functions by interface and name, `result`s
unwrapped into values or a raised WitError, and the process-wide counters.

The component's core module can also be run on its own (CoreModule), with
this file standing in for the host's resource tables: that reaches the
canonical ABI below what any component host lets through (reps never
issued, reps of dropped resources)."""
import os
from pathlib import Path

import wasmtime
from wasmtime import Engine, Store
from wasmtime.component import Component, Linker, Record, Variant

REPO = Path(__file__).resolve().parents[2]
WASM_DIR = Path(os.environ.get("WEAVEHEAP_WASM_DIR", REPO / "build" / "wasm"))
PACKAGE = "weaveheap:core"


def expected_version() -> str:
    header = (REPO / "generated/c/weaveheap.h").read_text()
    return header.split('#define WEAVEHEAP_VERSION_STRING "', 1)[1].split('"', 1)[0]


class WitError(Exception):
    """An `error` record that a function returned in its result's err case."""

    def __init__(self, record):
        super().__init__(f"{record.code}: {record.message}")
        self.code = record.code
        self.message = record.message


def is_error(value) -> bool:
    return isinstance(value, Record) and set(vars(value)) == {"code", "message"}


def field(record, name):
    """A record field by its IDL name (WIT spells it in kebab-case)."""
    return getattr(record, name.replace("_", "-"))


def record(**fields) -> Record:
    """A WIT record from IDL field names."""
    rec = Record()
    for name, value in fields.items():
        setattr(rec, name.replace("_", "-"), value)
    return rec


class Host:
    """One instance of the component in its own store, and its functions by
    interface and name (e.g. h.call("buffer", "[method]buffer.write", ...))."""

    _compiled: dict = {}      # path -> (engine, component): compiled once per process

    def __init__(self):
        path = str(WASM_DIR / "weaveheap.component.wasm")
        if path not in Host._compiled:
            engine = Engine()
            Host._compiled[path] = (engine, Component.from_file(engine, path))
        self.engine, self.component = Host._compiled[path]
        self.store = Store(self.engine)
        self.instance = Linker(self.engine).instantiate(self.store, self.component)
        self.version = expected_version()

    def func(self, interface, name):
        wit_name = interface.replace("_", "-")   # a module batch_stream is the interface batch-stream
        iface = self.instance.get_export_index(self.store, f"{PACKAGE}/{wit_name}@{self.version}")
        assert iface is not None, f"no interface {interface}"
        index = self.instance.get_export_index(self.store, name, iface)
        assert index is not None, f"no function {name} in {interface}"
        return self.instance.get_func(self.store, index)

    def raw(self, interface, name, *args):
        return self.func(interface, name)(self.store, *args)

    def call(self, interface, name, *args):
        """Calls and unwraps a `result`: the ok value, or raises WitError."""
        value = self.raw(interface, name, *args)
        if isinstance(value, Variant):          # result<record, error>: tagged
            if value.tag == "err":
                raise WitError(value.payload)
            return value.payload
        if is_error(value):
            raise WitError(value)
        return value

    def stats(self) -> dict:
        """The process-wide counters, by IDL field name."""
        g = self.call("stats", "global")
        return {k.replace("-", "_"): v for k, v in vars(g).items()}

    def refused(self, code: str, counter, fn, *args):
        """Calls fn(*args), which must fail with `code` (the WIT case name)
        and change the process-wide counters only by `counter` + 1 (None:
        not at all). Returns the error."""
        before = self.stats()
        try:
            value = fn(*args)
        except WitError as e:
            error = e
        else:
            raise AssertionError(f"expected the {code} error, the call gave {value!r}")
        after = self.stats()
        assert error.code == code, f"expected {code}, got {error.code}: {error.message}"
        assert error.message, "an error has a message"
        expect = dict(before)
        if counter is not None:
            expect[counter] += 1
        changed = {k: (before[k], after[k]) for k in after if after[k] != expect[k]}
        assert not changed, f"counters moved other than {counter} +1: {changed} (before, after)"
        return error


# -- the core module alone -------------------------------------------------------
class CoreModule:
    """weaveheap.component-core.wasm instantiated by wasmtime's core API, with
    this object as the host: [resource-new] is answered with the rep itself,
    so that a test can pass any rep, issued or not, where the component
    model would pass a borrowed resource's."""

    def __init__(self):
        self.engine = wasmtime.Engine()
        self.store = wasmtime.Store(self.engine)
        module = wasmtime.Module(self.engine, (WASM_DIR / "weaveheap.component-core.wasm").read_bytes())
        imports = []
        for imp in module.imports:
            assert imp.name.startswith("[resource-new]"), f"an import this host does not give: {imp.name}"
            imports.append(wasmtime.Func(self.store, imp.type, lambda rep: rep))
        self.instance = wasmtime.Instance(self.store, module, imports)
        self.exports = self.instance.exports(self.store)
        self.memory = self.exports["memory"]
        self.version = expected_version()

    def export(self, interface, name):
        return self.exports[f"{PACKAGE}/{interface}@{self.version}#{name}"]

    def read(self, address, n) -> bytes:
        return bytes(self.memory.read(self.store, address, address + n))

    def u32(self, address) -> int:
        return int.from_bytes(self.read(address, 4), "little")

    def u64(self, address) -> int:
        return int.from_bytes(self.read(address, 8), "little")

    def result(self, interface, name, payload, *args):
        """Calls an export whose result is a return area (is_err, then the
        payload at offset `payload`); returns ("ok", payload address) or
        ("err", code index, message), and runs its post-return function."""
        full = f"{PACKAGE}/{interface}@{self.version}#{name}"
        area = self.exports[full](self.store, *args)
        if self.read(area, 1)[0]:
            code = self.read(area + payload, 1)[0]
            message = self.read(self.u32(area + payload + 4), self.u32(area + payload + 8)).decode()
            out = ("err", code, message)
        else:
            out = ("ok", area + payload)
        try:
            post = self.exports[f"cabi_post_{full}"]
        except KeyError:
            post = None
        if post is not None:
            post(self.store, area)
        return out


# -- the API contract --------------------------------------------------------------
class Contract:
    """What the built component exports, read by wasm-tools (its WIT, as
    JSON) and by wasmtime (its exports), to check docs/api.md's WIT column
    against (generated/component_tests/test_contract.py)."""

    def __init__(self):
        import json
        import shutil
        import subprocess
        tool = shutil.which("wasm-tools")
        assert tool, "wasm-tools is needed (scripts/install-deps.sh installs it)"
        path = WASM_DIR / "weaveheap.component.wasm"
        out = subprocess.run([tool, "component", "wit", str(path), "--json"], capture_output=True,
                             check=True, timeout=120).stdout
        resolve = json.loads(out)
        self.types = resolve["types"]
        self.by_index = resolve["interfaces"]
        self.interfaces = {i["name"]: i for i in self.by_index}
        self.host = Host()

    def owner_of(self, kind: str, name: str) -> str:
        """The interface that defines a type of `kind` named `name`."""
        found = [t for t in self.types if t.get("name") == name and kind in t["kind"]
                 and "interface" in t.get("owner", {})]
        assert found, f"the component defines no {kind} named {name}"
        return self.by_index[found[0]["owner"]["interface"]]["name"]

    def function(self, interface: str, key: str, kind: str):
        funcs = self.interfaces.get(interface, {}).get("functions", {})
        assert key in funcs, f"interface {interface} has no function {key} (it has {sorted(funcs)})"
        got = funcs[key]["kind"]
        got = got if isinstance(got, str) else next(iter(got))
        assert got == {"func": "freestanding"}.get(kind, kind), f"{interface}.{key} is a {got}, not a {kind}"
        # and wasmtime finds it, callable, in the instance
        assert self.host.func(interface, key) is not None

    def check(self, path: str, kind: str, cls: str, name: str):
        if kind == "func":
            interface, fn = path.split(".", 1)
            self.function(interface, fn, kind)
        elif kind in ("constructor", "method", "static"):
            self.function(self.owner_of("resource", cls), path, kind)
        elif kind in ("resource", "record"):
            what, type_name = path.split(" ", 1)
            assert what == kind, path
            self.owner_of(kind, type_name)
        elif kind == "case":
            enum, case = path.split(".", 1)
            t = next((t for t in self.types if t.get("name") == enum and "enum" in t["kind"]), None)
            assert t is not None, f"the component has no enum {enum}"
            assert case in [c["name"] for c in t["kind"]["enum"]["cases"]], f"{enum} has no case {case}"
        else:
            raise AssertionError(f"a kind the WIT column does not use: {kind}")
