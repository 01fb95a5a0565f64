"""The component (weaveheap.component.wasm: the core, the generated adapter
and the generated WIT) run by a real host, wasmtime: a string roundtrip, a
buffer alloc/write/read roundtrip, a borrow conflict that comes back as the
typed error, stale handles, and resources whose drop releases what they name.

    WEAVEHEAP_WASM_DIR=<build>/wasm python3 -m pytest tests/wasm/test_component.py
"""
import os
from pathlib import Path

import pytest
from wasmtime import Engine, Store
from wasmtime.component import Component, Linker, Record, ResourceAny, Variant

WASM_DIR = Path(os.environ.get("WEAVEHEAP_WASM_DIR", "build/wasm"))
REPO = Path(__file__).resolve().parents[2]
PACKAGE = "weaveheap:core"


class WitError(Exception):
    """An `error` record that a function returned in its result's err case."""

    def __init__(self, record):
        super().__init__(f"{record.code}: {record.message}")
        self.code = record.code
        self.message = record.message


def is_error(value) -> bool:
    return isinstance(value, Record) and set(vars(value)) == {"code", "message"}


class Host:
    """One instance of the component in its own store, and its functions by
    interface and name (e.g. h.call("buffer", "[method]buffer.write", ...))."""

    def __init__(self):
        self.engine = Engine()
        self.store = Store(self.engine)
        self.component = Component.from_file(self.engine, str(WASM_DIR / "weaveheap.component.wasm"))
        self.instance = Linker(self.engine).instantiate(self.store, self.component)
        self.version = expected_version()

    def func(self, interface, name):
        iface = self.instance.get_export_index(self.store, f"{PACKAGE}/{interface}@{self.version}")
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


def expected_version():
    header = (REPO / "generated/c/weaveheap.h").read_text()
    return header.split('#define WEAVEHEAP_VERSION_STRING "', 1)[1].split('"', 1)[0]


@pytest.fixture
def h():
    return Host()


def region(h):
    return h.call("region", "[constructor]region", None)


def test_identity(h):
    header = (REPO / "generated/c/weaveheap.h").read_text()
    idl_hash = header.split('#define WEAVEHEAP_IDL_HASH "', 1)[1].split('"', 1)[0]
    assert h.call("weaveheap", "version-string") == expected_version()
    assert h.call("weaveheap", "idl-hash") == idl_hash
    assert h.call("weaveheap", "abi-version") == 1
    assert h.call("weaveheap", "strerror", 8) == "borrow conflict"


def test_string_roundtrip(h):
    r = region(h)
    for text in ["", "hello", "héllo wörld ✓", "🧵" * 1000]:
        s = h.call("string", "[constructor]string", r, text.encode())
        assert h.call("string", "[method]string.dup", s) == text
        assert h.call("string", "[method]string.length", s) == len(text.encode())
    with pytest.raises(WitError) as e:
        h.call("string", "[constructor]string", r, b"ab\xff")
    assert e.value.code == "invalid-utf8"
    assert "byte offset 2" in e.value.message


def test_buffer_roundtrip(h):
    r = region(h)
    b = h.call("buffer", "[constructor]buffer", r, 64, 16)
    assert h.call("buffer", "[method]buffer.size", b) == 64
    h.call("buffer", "[method]buffer.write", b, 10, b"\x01\x02\x03")
    assert h.call("buffer", "[method]buffer.read", b, 9, 5) == b"\x00\x01\x02\x03\x00"
    with pytest.raises(WitError) as e:
        h.call("buffer", "[method]buffer.write", b, 62, b"abcd")
    assert e.value.code == "out-of-range"
    assert h.call("buffer", "[method]buffer.read", b, 10, 3) == b"\x01\x02\x03", "a failed write changed nothing"
    with pytest.raises(WitError) as e:
        h.call("buffer", "[constructor]buffer", r, 8, 3)
    assert e.value.code == "invalid-argument"
    assert h.call("bytes", "[method]bytes.dup", h.call("bytes", "[constructor]bytes", r, b"xyz")) == b"xyz"
    stats = h.call("region", "[method]region.stats", r)
    assert field(stats, "allocations") == 2 and field(stats, "copies") == 5


def test_borrow_conflict_is_the_typed_error(h):
    r = region(h)
    b = h.call("buffer", "[constructor]buffer", r, 16, 16)
    token, view = h.call("borrow", "[static]borrow.unique", Variant("buffer", b))
    assert isinstance(token, ResourceAny)
    assert view.length == 16 and view.writable and view.data != 0
    with pytest.raises(WitError) as e:
        h.call("borrow", "[static]borrow.shared", Variant("buffer", b))
    assert e.value.code == "borrow-conflict"
    assert "is borrowed unique; a shared borrow must wait" in e.value.message
    with pytest.raises(WitError) as e:
        h.call("buffer", "[method]buffer.write", b, 0, b"x")
    assert e.value.code == "borrowed"
    with pytest.raises(WitError) as e:
        h.call("region", "[method]region.reset", r)
    assert e.value.code == "borrowed"
    assert h.call("handle", "kind-of", Variant("borrow", token)) == "borrow"
    h.call("borrow", "[static]borrow.release", token)
    h.call("buffer", "[method]buffer.write", b, 0, b"x")      # free again
    shared1, _ = h.call("borrow", "[static]borrow.shared", Variant("buffer", b))
    shared2, _ = h.call("borrow", "[static]borrow.shared", Variant("buffer", b))
    assert field(h.call("region", "[method]region.stats", r), "borrows_active") == 2


def test_stale_handles(h):
    r = region(h)
    b = h.call("buffer", "[constructor]buffer", r, 8, 16)
    s = h.call("string", "[constructor]string", r, b"s")
    h.call("region", "[method]region.reset", r)
    for iface, name, args in [("buffer", "[method]buffer.size", (b,)),
                              ("string", "[method]string.dup", (s,)),
                              ("handle", "kind-of", (Variant("buffer", b),))]:
        with pytest.raises(WitError) as e:
            h.call(iface, name, *args)
        assert e.value.code == "stale-handle", name
        assert "is stale" in e.value.message
    h.call("region", "[static]region.destroy", r)
    g = h.call("stats", "global")
    assert field(g, "regions_live") == 0 and field(g, "stale_rejected") == 3


def test_dropping_a_resource_releases_it(h):
    r = region(h)
    b = h.call("buffer", "[constructor]buffer", r, 8, 16)
    b.drop(h.store)
    assert field(h.call("region", "[method]region.stats", r), "releases") == 1
    token, _ = h.call("borrow", "[static]borrow.shared",
                      Variant("string", h.call("string", "[constructor]string", r, b"t")))
    assert field(h.call("region", "[method]region.stats", r), "borrows_active") == 1
    token.drop(h.store)
    assert field(h.call("region", "[method]region.stats", r), "borrows_active") == 0
    r.drop(h.store)
    assert field(h.call("stats", "global"), "regions_live") == 0


def test_a_consuming_release_that_fails_changes_nothing_in_the_core(h):
    """`release` takes the resource (own); when the core refuses (the buffer
    is borrowed), the handle is gone but the buffer is not: it stays until its
    region goes, and the borrow still works."""
    r = region(h)
    b = h.call("buffer", "[constructor]buffer", r, 8, 16)
    token, view = h.call("borrow", "[static]borrow.shared", Variant("buffer", b))
    with pytest.raises(WitError) as e:
        h.call("buffer", "[static]buffer.release", b)
    assert e.value.code == "borrowed"
    stats = h.call("region", "[method]region.stats", r)
    assert (field(stats, "releases"), field(stats, "bytes_live"), field(stats, "borrows_active")) == (0, 8, 1)
    h.call("borrow", "[static]borrow.release", token)
    h.call("region", "[static]region.destroy", r)
    assert field(h.call("stats", "global"), "bytes_live") == 0


def test_counting_and_options(h):
    r = h.call("region", "[constructor]region", options(byte_limit=100))
    h.call("buffer", "[constructor]buffer", r, 90, 1)
    with pytest.raises(WitError) as e:
        h.call("buffer", "[constructor]buffer", r, 20, 1)
    assert e.value.code == "out-of-memory"
    h.call("stats", "set-enabled", False)
    assert h.call("stats", "enabled") is False
    h.call("stats", "set-enabled", True)
    with pytest.raises(WitError) as e:
        h.call("publish", "start", 0)
    assert e.value.code == "invalid-argument"


def options(chunk_size=0, byte_limit=0, thread_safe=False):
    rec = Record()
    setattr(rec, "chunk-size", chunk_size)
    setattr(rec, "byte-limit", byte_limit)
    setattr(rec, "thread-safe", thread_safe)
    return rec


def field(record, name):
    """A record field by its IDL name (WIT spells it in kebab-case)."""
    return getattr(record, name.replace("_", "-"))
