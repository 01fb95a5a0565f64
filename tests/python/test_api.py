"""Every IDL function is reachable from Python, and the package's names,
types, docs and constants are the IDL's."""
import gc
import sys
import os
import stat

import pytest

import weaveheap
from weaveheap import native

from conftest import idl_model


def _publish(tmp_path, monkeypatch):
    d = tmp_path / "stats"
    d.mkdir(mode=0o700)
    os.chmod(d, stat.S_IRWXU)
    monkeypatch.setenv("WEAVEHEAP_STATS_DIR", str(d))
    weaveheap.publish_start(1000)
    assert weaveheap.publish_active()
    weaveheap.publish_now()
    assert any(d.iterdir()), "publishing wrote no file"
    weaveheap.publish_stop()
    assert not weaveheap.publish_active()
    return "publish"


def _core(region, tmp_path, monkeypatch):
    """Calls every IDL function through the idiomatic API (or the flat one)
    and returns {qualified IDL name: True} for those it reached."""
    reached = {}

    def hit(*names):
        for n in names:
            reached[n] = True

    lib = idl_model()
    assert weaveheap.version_number() == lib.version_number
    assert weaveheap.version_string() == weaveheap.__version__
    assert weaveheap.abi_version() == weaveheap.ABI_VERSION
    assert weaveheap.idl_hash() == weaveheap.IDL_HASH
    assert weaveheap.strerror(3) == "stale handle"
    assert weaveheap.strerror(12345) == "unknown error"
    hit("weaveheap.version_number", "weaveheap.version_string", "weaveheap.abi_version",
        "weaveheap.idl_hash", "weaveheap.strerror")

    with weaveheap.Region(chunk_size=4096, byte_limit=0, thread_safe=True) as r:
        hit("region.create")
        buf = r.alloc(32, align=64)
        hit("buffer.alloc")
        assert buf.size() == 32
        hit("buffer.size")
        buf.write(0, b"abc")
        hit("buffer.write")
        out = bytearray(3)
        assert buf.read(0, out) is None and out == b"abc"
        hit("buffer.read")
        with memoryview(buf) as mv:                 # borrow.shared
            assert mv[:3] == b"abc"
        with buf.view(writable=True) as mv:         # borrow.unique
            mv[0] = ord("A")
        hit("borrow.shared", "borrow.unique", "borrow.release")
        b = r.bytes(b"xyz")
        hit("bytes.create")
        assert b.length() == 3 and b.dup() == b"xyz"      # dup frees with free_bytes
        hit("bytes.length", "bytes.dup", "weaveheap.free_bytes")
        s = r.string("héllo")
        hit("string.create")
        assert s.length() == 6 and s.dup() == "héllo"     # dup frees with free_string
        hit("string.length", "string.dup", "weaveheap.free_string")
        assert weaveheap.handle_kind_of(s) is weaveheap.HandleKind.STRING          # the enum, of an object
        assert weaveheap.handle_kind_of(s.handle) == native.HANDLE_KIND_STRING      # or of a raw handle
        hit("handle.kind_of")
        st = r.stats()
        assert st.allocations == 3
        hit("region.stats")
        v = r.vector(weaveheap.ElementType.INT16, 4, nullable=True)
        hit("vector.create")
        v.append(-3)
        v.extend(b"\x07\x00")
        v.append_null()
        v.set(2, 9)
        hit("vector.append", "vector.extend", "vector.append_null", "vector.set")
        assert (v.length(), v.capacity(), v.null_count()) == (3, 4, 0)
        assert weaveheap.ElementType(v.element_type()) is weaveheap.ElementType.INT16
        assert [v.get(i) for i in range(3)] == [-3, 7, 9] and v.is_valid(2)
        hit("vector.length", "vector.capacity", "vector.null_count", "vector.element_type", "vector.get",
            "vector.is_valid")
        dst = bytearray(2)
        v.read(2, dst)
        assert dst == b"\x07\x00"
        hit("vector.read")
        f = r.vector(weaveheap.ElementType.FLOAT64, 2)
        f.append_f64(0.5)
        f.set_f64(0, -1.25)
        assert f.get_f64(0) == -1.25
        hit("vector.append_f64", "vector.set_f64", "vector.get_f64")
        f.resize(8)
        assert (f.capacity(), f.get_f64(0)) == (8, -1.25)
        hit("vector.resize")
        f.close()
        import pyarrow as pa                              # a dependency (install-deps.sh): never skipped
        arr = pa.array(v)                                 # __arrow_c_array__: vector.export_arrow
        assert arr.to_pylist() == [-3, 7, 9]
        del arr
        hit("vector.export_arrow")
        bt = r.batch(1)
        bt.add_column("v", v)
        assert (bt.num_columns(), bt.num_rows(), bt.column_name(0)) == (1, 3, "v")
        hit("batch.create", "batch.add_column", "batch.num_columns", "batch.num_rows", "batch.column_name")
        rb = pa.record_batch(bt)                          # __arrow_c_array__: batch.export_arrow
        assert rb.column(0).to_pylist() == [-3, 7, 9]
        del rb
        hit("batch.export_arrow")
        st = r.batch_stream(1)
        st.add_batch(bt)
        assert st.num_batches() == 1
        hit("batch_stream.create", "batch_stream.add_batch", "batch_stream.num_batches")
        assert pa.RecordBatchReader.from_stream(st).read_all().num_rows == 3   # __arrow_c_stream__
        hit("batch_stream.export_arrow")
        w = r.var_vector(4, 16, nullable=True)
        w.append("hé".encode())
        w.append_null()
        assert (w.length(), w.capacity(), w.data_length(), w.data_capacity(), w.null_count(), w.is_utf8()) == \
            (2, 4, 3, 16, 1, True)
        assert (w.get(0), w.value_offset(1), w.value_length(0), w.is_valid(1)) == ("hé".encode(), 3, 3, False)
        dst = bytearray(3)
        w.read(0, dst)
        assert dst == "hé".encode()
        assert pa.array(w).to_pylist() == ["hé", None]      # __arrow_c_array__: var_vector.export_arrow
        gc.collect()
        w.resize(8, 32)
        assert (w.capacity(), w.data_capacity(), w.get(0)) == (8, 32, "hé".encode())
        hit("var_vector.resize")
        hit("var_vector.create", "var_vector.append", "var_vector.append_null", "var_vector.length",
            "var_vector.capacity", "var_vector.data_length", "var_vector.data_capacity", "var_vector.null_count",
            "var_vector.is_utf8", "var_vector.get", "var_vector.value_offset", "var_vector.value_length",
            "var_vector.is_valid", "var_vector.read", "var_vector.export_arrow")
        rows = r.batch(1)
        rows.add_column("w", w)
        rows.append_row(b"\x01" + (1).to_bytes(4, sys.byteorder) + b"x")
        rows.validate()
        assert w.length() == 3
        hit("batch.append_row", "batch.validate")
        import struct
        fc = r.foreign(weaveheap.ElementType.INT64, struct.pack("=2q", 4, 5))
        assert (fc.length(), fc.null_count(), fc.offset(), fc.num_children(), fc.format()) == (2, 0, 0, 0, "l")
        assert pa.array(fc).to_pylist() == [4, 5]        # __arrow_c_array__: foreign.export_arrow
        gc.collect()
        fi = weaveheap.import_arrow(r, pa.array([1, 2]))  # foreign.import_array
        fi.close()
        fc.close()
        hit("foreign.create", "foreign.length", "foreign.null_count", "foreign.offset", "foreign.num_children",
            "foreign.format", "foreign.export_arrow", "foreign.import_array", "foreign.release")
        rows.close()
        w.close()
        hit("var_vector.release")
        keys, vals = r.var_vector(4, 16), r.vector(weaveheap.ElementType.INT64, 4)
        entries = r.batch(2)
        entries.add_column("k", keys)
        entries.add_column("v", vals)
        m = r.list_vector(entries, 2, nullable=True, map=True)
        entry = b"\x01" + b"\x01" + (1).to_bytes(4, sys.byteorder) + b"a" + b"\x01" + (7).to_bytes(8, sys.byteorder)
        m.append((1).to_bytes(4, sys.byteorder) + entry)
        m.append_null()
        assert (m.length(), m.capacity(), m.null_count(), m.is_map(), m.is_valid(1)) == (2, 2, 1, True, False)
        assert (m.value_offset(0), m.value_length(0), m.lookup(0, b"a"), m.lookup(0, b"b")) == (0, 1, 0, -1)
        assert pa.array(m).to_pylist() == [[("a", 7)], None]   # __arrow_c_array__: list_vector.export_arrow
        gc.collect()
        hit("list_vector.create", "list_vector.append", "list_vector.append_null", "list_vector.length",
            "list_vector.capacity", "list_vector.null_count", "list_vector.is_map", "list_vector.is_valid",
            "list_vector.value_offset", "list_vector.value_length", "list_vector.lookup",
            "list_vector.export_arrow")
        m.close()
        entries.close()
        hit("list_vector.release")
        gc.collect()
        st.close()
        hit("batch_stream.release")
        bt.close()
        hit("batch.release")
        v.close()
        hit("vector.release")
        b.close()
        s.close()
        buf.close()
        hit("bytes.release", "string.release", "buffer.release")
        with pytest.raises(weaveheap.ForgedHandleError):
            native.buffer_size(0)   # the failed call's error value is cleared (error.clear)
        hit("error.clear")
        r.reset()
        hit("region.reset")
    hit("region.destroy")
    assert weaveheap.stats().regions_live >= 0
    hit("stats.global")
    was = weaveheap.stats_enabled()
    weaveheap.stats_set_enabled(False)
    assert weaveheap.stats_enabled() is False
    weaveheap.stats_set_enabled(was)
    hit("stats.enabled", "stats.set_enabled")
    if hasattr(weaveheap, "publish_start"):
        _publish(tmp_path, monkeypatch)
        hit("publish.start", "publish.now", "publish.stop", "publish.active")
    return reached


def test_every_idl_function_is_reachable(region, tmp_path, monkeypatch):
    reached = _core(region, tmp_path, monkeypatch)
    lib = idl_model()
    every = {f.qualified_name for f in lib.functions if not f.c_only}   # C-only: extensions' C
    missing = sorted(every - set(reached))
    assert not missing, f"IDL functions no test reaches from Python: {missing}"
    assert not set(reached) - every, "the test names functions the IDL does not have"


def test_every_flat_function_is_wrapped():
    lib = idl_model()
    frees = {"free_string", "free_bytes"}
    for f in lib.functions:
        name = f.name if f.module.is_root else f"{f.module.name}_{f.name}"
        if f.c_only:    # opaque addresses and callbacks: extensions' C (docs/extensions.md)
            assert not hasattr(native, name), f"{name} is C-only: it must not be exposed"
            continue
        if f.name in frees or f.module.name == "error":
            assert not hasattr(native, name), f"{name} frees what typemaps own: it must not be exposed"
            continue
        if any(p.type.category == "ptr" for p in f.params):
            # writes through caller addresses: only the glue calls it (Vector.__arrow_c_array__)
            assert not hasattr(native, name), f"{name} takes raw addresses: it must not be exposed"
            continue
        assert callable(getattr(native, name)), name
        assert f.doc.split()[0] in getattr(native, name).__doc__, name


def test_errors_are_the_idl_errors():
    lib = idl_model()
    codes = {m.value: m for m in lib.errors.members if m.value}
    classes = [getattr(weaveheap, n) for n in dir(weaveheap)
               if isinstance(getattr(weaveheap, n), type) and issubclass(getattr(weaveheap, n), weaveheap.WeaveHeapError)
               and getattr(weaveheap, n) is not weaveheap.WeaveHeapError]
    assert sorted(c.code for c in classes) == sorted(codes)
    for c in classes:
        assert codes[c.code].doc.split("\n")[0].split()[0] in c.__doc__
    assert issubclass(weaveheap.BorrowConflictError, weaveheap.BorrowError)
    assert issubclass(weaveheap.BorrowError, BufferError)
    assert issubclass(weaveheap.InvalidArgumentError, ValueError)
    assert issubclass(weaveheap.InvalidUtf8Error, ValueError)
    assert issubclass(weaveheap.OutOfMemoryError, MemoryError)
    assert weaveheap.StaleHandleError.code == lib.errors.members[3].value


def test_constants_and_version_come_from_the_idl():
    lib = idl_model()
    for c in lib.consts:
        assert getattr(weaveheap, c.name.upper()) == c.value
        assert getattr(native, c.name.upper()) == c.value
    assert weaveheap.__version__ == lib.version_string
    assert weaveheap.ABI_VERSION == lib.abi
    assert weaveheap.IDL_HASH == lib.idl_hash == native.IDL_HASH


def test_docstrings_come_from_the_idl():
    lib = idl_model()
    alloc = lib.function("buffer", "alloc")
    assert alloc.doc.split("\n")[0] in weaveheap.Region.alloc.__doc__.replace("\n", " ")
    assert "Raises InvalidArgumentError" in weaveheap.Region.alloc.__doc__
    region = next(h for h in lib.handles if h.name == "region")
    assert region.doc.split("\n")[0] in weaveheap.Region.__doc__
    assert "chunk_size" in weaveheap.Region.__doc__


def test_stats_value(region):
    s = region.stats()
    d = s.as_dict()
    assert d["allocations"] == s.allocations == 0
    assert repr(s).startswith("weaveheap.Stats(allocations=0")
    with pytest.raises(AttributeError):
        s.allocations = 5


def test_buffer_read_write(region):
    buf = region.alloc(8)
    assert bytes(buf.view()) == bytes(8)          # zeroed
    buf.write(2, bytearray(b"xy"))
    buf.write(4, memoryview(b"zw"))
    dst = bytearray(8)
    buf.read(0, dst)
    assert dst == b"\0\0xyzw\0\0"
    with pytest.raises(weaveheap.InvalidArgumentError, match="^dst: .*read-only bytes") as e:
        buf.read(0, b"immutable")
    assert isinstance(e.value.__context__, BufferError)     # what refused the buffer


def test_repr_and_context_managers():
    with weaveheap.Region() as r:
        assert repr(r).startswith("<weaveheap.Region 0x1")
        with r.alloc(4) as b:
            assert not b.closed
        assert b.closed and repr(b).endswith(" closed>")
        with r.alloc(4) as c:
            c.close()                      # closing inside the block: exit does not raise
        with memoryview(r.alloc(4)) as mv:
            assert repr(mv.obj).startswith("<weaveheap.Buffer 0x2")
        with r.alloc(4).view() as mv:
            assert repr(mv.obj).startswith("<weaveheap.View 0x5") and " of 4 bytes at 0x" in repr(mv.obj)
    assert r.closed
