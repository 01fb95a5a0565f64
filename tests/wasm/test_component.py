"""The component (weaveheap.component.wasm: the core, the generated adapter
and its runtime, and the generated WIT) run by a real host, wasmtime: a
string roundtrip, a buffer alloc/write/read roundtrip, a borrow conflict that
comes back as the typed error, stale handles, close() and dropping
resources, sizes this 32-bit memory cannot hold, and reps the component
model never passes, through the core module alone. The misuse matrix and
the contract against docs/api.md are generated (generated/component_tests/).

    WEAVEHEAP_WASM_DIR=<build>/wasm python3 -m pytest tests/wasm/test_component.py
"""
import sys
from pathlib import Path

import pytest
from wasmtime.component import ResourceAny, Variant

sys.path.insert(0, str(Path(__file__).resolve().parent))
from component_host import REPO, CoreModule, Host, WitError, expected_version, field, record  # noqa: E402

sys.path.insert(0, str(REPO / "generator"))
from weaveheap_gen import DEFAULT_IDL, load, surface, witmodel  # noqa: E402


@pytest.fixture
def h():
    return Host()


def region(h, **options):
    if not options:
        return h.call("region", "[constructor]region", None)
    options = {"chunk_size": 0, "byte_limit": 0, "thread_safe": False, **options}
    return h.call("region", "[constructor]region", record(**options))


def test_identity(h):
    header = (REPO / "generated/c/weaveheap.h").read_text()
    idl_hash = header.split('#define WEAVEHEAP_IDL_HASH "', 1)[1].split('"', 1)[0]
    assert h.call("weaveheap", "version-string") == expected_version()
    assert h.call("weaveheap", "idl-hash") == idl_hash
    assert h.call("weaveheap", "abi-version") == 2   # idl/weaveheap.wh's library line
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
    h.call("borrow", "[method]borrow.close", token)
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
    h.call("region", "[method]region.close", r)
    g = h.call("stats", "global")
    assert field(g, "regions_live") == 0 and field(g, "stale_rejected") == 3


def test_close_then_calls_are_stale_and_a_second_close_is_a_no_op(h):
    r = region(h)
    b = h.call("buffer", "[constructor]buffer", r, 8, 16)
    h.call("buffer", "[method]buffer.close", b)
    assert field(h.call("region", "[method]region.stats", r), "releases") == 1
    h.refused("stale-handle", "stale_rejected", h.call, "buffer", "[method]buffer.size", b)
    before = h.stats()
    h.call("buffer", "[method]buffer.close", b)              # a no-op, as for files
    assert h.stats() == before
    b.drop(h.store)                                          # a closed resource: only its cell goes
    assert h.stats() == before


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


def test_a_refused_close_is_counted_once_and_changes_nothing(h):
    """Issue 10, item 4: a close the core refuses (the buffer is borrowed)
    counts one borrow conflict, nothing else moves, and the host keeps its
    resource: once the view is closed, the same resource closes. It used to
    be a consuming release, which took the resource whatever the core said,
    and its destructor then tried again: borrow_conflicts +2 (stale_rejected
    +2 for a stale one)."""
    r = region(h)
    b = h.call("buffer", "[constructor]buffer", r, 8, 16)
    h.call("buffer", "[method]buffer.write", b, 0, b"kept")
    token, _ = h.call("borrow", "[static]borrow.shared", Variant("buffer", b))
    h.refused("borrowed", "borrow_conflicts", h.call, "buffer", "[method]buffer.close", b)
    stats = h.call("region", "[method]region.stats", r)
    assert (field(stats, "releases"), field(stats, "bytes_live"), field(stats, "borrows_active")) == (0, 8, 1)
    assert h.call("buffer", "[method]buffer.read", b, 0, 4) == b"kept"
    h.refused("borrowed", "borrow_conflicts", h.call, "region", "[method]region.close", r)
    h.call("borrow", "[method]borrow.close", token)
    h.call("buffer", "[method]buffer.close", b)
    h.call("region", "[method]region.close", r)
    assert field(h.call("stats", "global"), "bytes_live") == 0


def test_a_stale_close_is_counted_once(h):
    r = region(h)
    b = h.call("buffer", "[constructor]buffer", r, 8, 16)
    h.call("region", "[method]region.reset", r)
    h.refused("stale-handle", "stale_rejected", h.call, "buffer", "[method]buffer.close", b)
    before = h.stats()
    b.drop(h.store)          # still not closed: the destructor tries once, refused once
    after = h.stats()
    assert after["stale_rejected"] == before["stale_rejected"] + 1
    token, _ = h.call("borrow", "[static]borrow.shared", Variant("bytes", h.call("bytes", "[constructor]bytes", r, b"x")))
    h.call("borrow", "[method]borrow.close", token)
    before = h.stats()
    h.call("borrow", "[method]borrow.close", token)          # closed: a no-op
    token.drop(h.store)
    assert h.stats() == before


@pytest.mark.parametrize("size", [(1 << 32) + 16, 1 << 40, (1 << 48)])
def test_sizes_this_memory_cannot_hold_are_refused_before_the_core(h, size):
    """Issue 10, item 1: [constructor]buffer(r, 2**40, 16) was accepted (the
    core on wasm32 narrowed the size). The adapter refuses every size the
    IDL allows but a 32-bit memory cannot hold with out_of_memory, counting
    nothing, with or without a byte limit; nothing is reserved."""
    for r in (region(h), region(h, byte_limit=1 << 20)):
        before = h.call("region", "[method]region.stats", r)
        e = h.refused("out-of-memory", None, h.call, "buffer", "[constructor]buffer", r, size, 16)
        assert str(size) in e.message
        assert h.call("region", "[method]region.stats", r) == before


def test_sizes_past_the_idl_maximum_are_the_cores_invalid_argument(h):
    r = region(h)
    for size in ((1 << 48) + 1, (1 << 64) - 1):
        e = h.refused("invalid-argument", None, h.call, "buffer", "[constructor]buffer", r, size, 16)
        assert "size" in e.message
    for offset in ((1 << 32) + 16, 1 << 40, (1 << 64) - 1):      # offsets: the core's, in 64 bits
        b = h.call("buffer", "[constructor]buffer", r, 16, 16)
        h.refused("out-of-range", None, h.call, "buffer", "[method]buffer.write", b, offset, b"x")
        h.refused("out-of-range", None, h.call, "buffer", "[method]buffer.read", b, offset, 1)
    b = h.call("buffer", "[constructor]buffer", r, 16, 16)
    h.refused("out-of-memory", None, h.call, "buffer", "[method]buffer.read", b, 0, (1 << 32) + 16)


def test_a_size_that_fits_is_allocated(h):
    """The guard is no wider than the memory: 1 MiB and 64 MiB buffers are
    made, written at their end and read back."""
    r = region(h)
    for size in (1 << 20, 64 << 20):
        b = h.call("buffer", "[constructor]buffer", r, size, 16)
        h.call("buffer", "[method]buffer.write", b, size - 3, b"end")
        assert h.call("buffer", "[method]buffer.read", b, size - 3, 3) == b"end"


def test_counting_and_options(h):
    r = region(h, byte_limit=100)
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


# -- below the component model: the core module and reps no host passes ----------
@pytest.fixture(scope="module")
def pkg():
    return witmodel.build(surface.build(load(DEFAULT_IDL, "idl/weaveheap.wh")))


class Raw:
    """The core module's exports by export name, with their result areas
    read as the package lays them out."""

    def __init__(self, pkg):
        self.core = CoreModule()
        self.funcs = {wf.export_name.split("#", 1)[1]: wf for wf in pkg.functions}
        self.stats_record = next(r for r in pkg.error.interface.records if r.name == "stats")
        self.codes = [c.name for c in pkg.error_code.cases]

    def __call__(self, interface, name, *args):
        wf = self.funcs[name]
        out = self.core.result(interface, name, wf.result.payload_offset, *args)
        return (out[0], self.codes[out[1]], out[2]) if out[0] == "err" else out

    def stats(self):
        kind, at = self("stats", "global")
        assert kind == "ok"
        return {f.name: self.core.u64(at + f.offset) for f in self.stats_record.fields}


def test_reps_the_component_model_never_passes_are_forged_handles(pkg):
    """A component host passes only reps it was given: a borrowed resource
    that was dropped or never made cannot even be named (wasmtime refuses
    it: see test_a_dropped_resource_is_refused_by_the_host). Called below
    the component model, the adapter still never dereferences a rep: one
    that names no cell (never issued, or a dropped resource's) is the handle
    0, which the core refuses as forged and counts once."""
    raw = Raw(pkg)
    kind, at = raw("region", "[constructor]region", 0, 0, 0, 0)
    assert kind == "ok"
    region_rep = raw.core.u32(at)
    kind, at = raw("buffer", "[constructor]buffer", region_rep, 16, 16)
    assert kind == "ok"
    buffer_rep = raw.core.u32(at)
    kind, at = raw("buffer", "[method]buffer.size", buffer_rep)
    assert kind == "ok" and raw.core.u64(at) == 16
    dtor = raw.core.export("buffer", "[dtor]buffer")
    dtor(raw.core.store, buffer_rep)
    live = [raw.core.u32(raw("buffer", "[constructor]buffer", region_rep, 8, 16)[1]) for _ in range(1100)]
    for rep in live[1:]:
        dtor(raw.core.store, rep)
    # more than the quarantine are free now: the next cell is an old one, at
    # its next generation, and the reps of the dropped resources name nothing
    newer = raw.core.u32(raw("buffer", "[constructor]buffer", region_rep, 24, 16)[1])
    assert newer & 0xFFFFF in {r & 0xFFFFF for r in [buffer_rep] + live[1:]}, "a freed cell was reused"
    stale = next(r for r in [buffer_rep] + live[1:] if r & 0xFFFFF == newer & 0xFFFFF)
    assert stale != newer
    forged = [buffer_rep, stale, live[0] ^ (1 << 20), newer ^ (3 << 20), 0, 1, 0x7fffffff, -1,
              region_rep + 1] + live[1:50]
    for rep in forged:
        before = raw.stats()
        out = raw("buffer", "[method]buffer.size", rep)
        assert out[:2] == ("err", "forged_handle"), (rep, out)
        after = raw.stats()
        before["stale_rejected"] += 1
        assert after == before, rep
    assert raw.core.u64(raw("buffer", "[method]buffer.size", newer)[1]) == 24, "the newer object is untouched"
    assert raw.core.u64(raw("buffer", "[method]buffer.size", live[0])[1]) == 8
    assert raw("region", "[method]region.reset", region_rep)[0] == "ok", "the region is untouched"


def test_a_dropped_resource_is_refused_by_the_host(h):
    """What the component model makes impossible is the host's to refuse:
    wasmtime will not lower a dropped resource (and then refuses to enter
    the instance again, as the component model requires after a trap)."""
    r = region(h)
    b = h.call("buffer", "[constructor]buffer", r, 8, 16)
    b.drop(h.store)
    with pytest.raises(Exception, match="unknown handle index"):
        h.call("buffer", "[method]buffer.size", b)
