"""The binding surface, the misuse matrix and the API table: what every
target reads, derived once from the real IDL."""
import pytest

from weaveheap_gen import DEFAULT_IDL, api, load, misuse, names, surface
from weaveheap_gen.diagnostics import IdlError


@pytest.fixture(scope="module")
def s():
    return surface.build(load(DEFAULT_IDL, "idl/weaveheap.wh"))


def by_name(s, name):
    return next(c for c in s.callables if c.name == name)


def test_roles_and_members(s):
    expect = {
        "region.create": ("constructor", "create", ["region"]),
        "region.destroy": ("release", "close", ["region"]),
        "buffer.alloc": ("method", "alloc", ["region"]),
        "bytes.create": ("method", "bytes", ["region"]),
        "borrow.shared": ("view", "view", ["buffer", "bytes", "string", "vector", "var_vector", "foreign"]),
        "vector.create": ("method", "vector", ["region"]),
        "vector.export_arrow": ("hidden", "export_arrow", ["vector"]),
        "borrow.release": ("view_release", "close", ["view"]),
        "stats.global": ("function", "stats", []),
        "publish.start": ("function", "publish_start", []),
        "error.clear": ("hidden", "error_clear", []),
        "weaveheap.free_bytes": ("hidden", "free_bytes", []),
    }
    for name, (role, member, classes) in expect.items():
        c = by_name(s, name)
        assert (c.role, c.member, [k.name for k in c.classes]) == (role, member, classes), name


def test_every_function_has_one_role(s):
    """Every function is a callable of the bindings or C-only, never both."""
    both = {c.fn.qualified_name for c in s.callables} & {f.qualified_name for f in s.c_only}
    assert not both
    assert {c.fn.qualified_name for c in s.callables} | {f.qualified_name for f in s.c_only} == \
        {f.qualified_name for f in s.lib.functions}
    assert all(c.role in surface.ROLES for c in s.callables)


def test_c_only_functions_and_kinds_stay_out_of_the_bindings(s):
    """What takes an opaque address or a callback, and the `object` kind only
    such functions make, is C-only: no class, no callable."""
    assert {f.qualified_name for f in s.c_only} == {
        "object.register_kind", "object.create", "object.get", "object.borrow", "object.release",
        "weaveheap.api_table", "error.set", "stream_source.create", "stream_source.create_owned",
        "foreign.import_vector", "foreign_stream.import_stream", "foreign_stream.import_batch_stream",
        "foreign_stream.next", "foreign_stream.release"}
    assert "object" not in [k.name for k in s.classes]
    assert s.lib.function("object", "create").result.type.decl.c_only
    assert "object" in [m.name for m in s.lib.handle_kind.members]


def test_parameters_and_results(s):
    alloc = by_name(s, "buffer.alloc")
    assert [(p.name, p.shape, p.default) for p in alloc.params] == [("size", "int", None), ("align", "int", 16)]
    assert alloc.result.shape == "object" and alloc.makes.name == "buffer"
    assert [p.shape for p in by_name(s, "buffer.read").params] == ["int", "bytes_out"]
    assert by_name(s, "region.stats").result.shape == "struct_out"
    assert by_name(s, "bytes.dup").result.shape == "bytes"
    assert by_name(s, "string.dup").result.shape == "text"
    assert by_name(s, "weaveheap.version_string").result.shape == "static_text"
    assert [p.shape for p in by_name(s, "handle.kind_of").params] == ["any_handle"]
    assert s.kind_of is by_name(s, "handle.kind_of")


def test_classes(s):
    cls = {c.name: c for c in s.classes}
    assert [c.name for c in s.user_classes] == ["region", "buffer", "bytes", "string", "vector", "batch",
                                                    "batch_stream", "var_vector", "list_vector", "foreign"]
    assert cls["view"].is_token and s.token_class is cls["view"]
    assert cls["buffer"].parent is cls["region"]
    assert [c.name for c in s.memory_classes] == ["buffer", "bytes", "string", "vector", "var_vector", "foreign"]
    assert cls["vector"].parent is cls["region"] and not cls["vector"].writable
    assert cls["vector"].copy_out[0] == "read"
    # a function taking caller addresses is the glue's: Python's Arrow capsules
    assert cls["vector"].arrow_export is by_name(s, "vector.export_arrow")
    # a class that is not memory exports too (a batch: a struct array)
    assert cls["batch"].arrow_export is by_name(s, "batch.export_arrow") and not cls["batch"].memory
    # and a stream through the C Stream Interface
    assert cls["batch_stream"].arrow_stream_export is by_name(s, "batch_stream.export_arrow")
    assert cls["batch_stream"].arrow_export is None and cls["batch"].arrow_stream_export is None
    assert cls["var_vector"].arrow_export is by_name(s, "var_vector.export_arrow")
    assert all(c.arrow_export is None for c in s.classes if c.name not in ("vector", "batch", "var_vector", "list_vector", "foreign"))
    # an import makes its class (Python's import_arrow), not a method of its receiver
    assert cls["foreign"].arrow_import is by_name(s, "foreign.import_array") and cls["region"].arrow_export is None
    # the C-only stream import: its next makes foreigns, the glue drives it
    si = s.arrow_stream_import
    assert (si.importer.qualified_name, si.next.qualified_name, si.release.qualified_name) == \
        ("foreign_stream.import_stream", "foreign_stream.next", "foreign_stream.release")
    assert si.item is cls["foreign"] and si.receiver is cls["region"]
    # its views show values of its element type, not bytes
    assert cls["vector"].typed_by is by_name(s, "vector.element_type")
    assert all(c.typed_by is None for c in s.classes if c.name != "vector")
    assert cls["buffer"].writable and not cls["bytes"].writable and not cls["string"].writable
    assert cls["buffer"].copy_out[0] == "read" and cls["bytes"].copy_out[0] == "dup_bytes"
    # views take any memory handle: each memory class names the read-only call
    # that checks a handle is one of its own first
    assert {c.name: c.kind_probe.name for c in s.memory_classes} == {
        "buffer": "buffer.size", "bytes": "bytes.length", "string": "string.length", "vector": "vector.length",
        "var_vector": "var_vector.length", "foreign": "foreign.length"}
    assert cls["region"].kind_probe is None
    assert cls["string"].copy_out[0] == "dup_text"
    assert [c.name for c in s.root_classes] == ["region"]


def test_process_stats(s):
    assert s.process_stats is by_name(s, "stats.global")
    assert s.process_stats.result.struct.name == "stats"


def test_error_classes(s):
    stems = [e.stem for e in s.errors]
    assert stems[:3] == ["InvalidArgument", "OutOfMemory", "StaleHandle"]
    borrow, conflict = s.error("borrowed"), s.error("borrow_conflict")
    assert borrow.stem == "Borrow" and conflict.parent is borrow and borrow.family == [borrow, conflict]
    assert s.error("system_error").stem == "SystemCall"
    assert stems.index("Borrow") < stems.index("BorrowConflict")


def test_spellings_keep_clear_of_built_ins(s):
    py, js, java, swift = (names.speller(x, s.brand) for x in ("python", "javascript", "java", "swift"))
    assert py.error_name("SystemCall") == "SystemCallError"
    assert js.class_name("buffer") == "WeaveHeapBuffer" and js.class_name("string") == "WeaveHeapString"
    assert js.class_name("region") == "Region"
    assert java.error_name("OutOfMemory") == "OutOfMemoryException" and java.base_error() == "WeaveHeapException"
    assert swift.class_name("string") == "WeaveHeapString"


def test_misuse_matrix_covers_every_misuse(s):
    m = misuse.build(s)
    assert set(c.misuse for c in m.cases) == set(misuse.MISUSES)
    ids = [c.id for c in m.cases]
    assert len(ids) == len(set(ids))
    for c in m.cases:
        if c.misuse != "null":      # the binding refuses a null, whatever the function says
            assert c.error in c.callable.errors, c.id
    case = next(c for c in m.cases if c.id == "region_reset_region_while_borrowed_shared")
    assert case.viewed.name == "buffer" and case.counter == "borrow_conflicts"
    sizes = {c.value for c in m.of("absurd_value") if c.target.name == "size"}
    assert {(1 << 32) + 16, 1 << 40, 1 << 48, (1 << 48) + 1, (1 << 64) - 1} <= sizes
    assert {c.value for c in m.of("bad_alignment")} == {0, 3, 24}


def test_a_new_function_gets_its_misuse_cases(tmp_path):
    idl = tmp_path / "more.wh"
    idl.write_text(DEFAULT_IDL.read_text().replace(
        "    /// The buffer's size in bytes.\n",
        "    /// Fills the buffer.\n    fn fill(buffer: unique buffer, byte: u8) errors(stale_handle, forged_handle, "
        "borrowed) threads(region);\n    /// The buffer's size in bytes.\n"))
    m = misuse.build(surface.build(load(idl, "more.wh")))
    got = {c.misuse for c in m.cases if c.callable.name == "buffer.fill"}
    assert got == {"stale", "after_region_destroy", "forged", "while_borrowed", "null"}


def test_api_table_has_every_function_in_every_language(s):
    rows = api.rows(s)
    functions = [r for r in rows if r.what == "function"]
    assert len(functions) == len(s.callables)
    for r in functions:
        for lang in api.LANGUAGES[:-1]:
            assert r.entries[lang] is not None, (r.idl, lang)
    alloc = next(r for r in functions if r.idl == "buffer.alloc")
    assert alloc.entries["python"].path == "Region.alloc"
    assert alloc.entries["javascript"].path == "Region.prototype.alloc"
    assert alloc.entries["wit"].path == "[constructor]buffer"


def test_threads_facts(s):
    assert by_name(s, "region.stats").any_thread and by_name(s, "region.create").any_thread
    assert not by_name(s, "buffer.size").any_thread and not by_name(s, "region.reset").any_thread
    ts = s.thread_safe
    assert ts.cls.name == "region" and ts.param.name == "options" and ts.field.name == "thread_safe"
    assert [c.name for c in ts.classes] == ["region", "buffer", "bytes", "string", "vector", "batch", "batch_stream",
                                                 "var_vector", "list_vector", "foreign"]


def test_thread_safe_field_must_be_a_bool(tmp_path):
    idl = tmp_path / "ts.wh"
    idl.write_text(DEFAULT_IDL.read_text().replace("    thread_safe: bool;", "    thread_safe: u32;"))
    with pytest.raises(IdlError, match="must be a bool"):
        surface.build(load(idl, "ts.wh"))


def test_only_an_arrow_export_may_take_addresses(tmp_path):
    """A `ptr` parameter has no form in a binding: only the Arrow export
    shape (a receiver, then `schema` and `array` as `unique ptr`) is allowed,
    as a function the glue calls."""
    idl = tmp_path / "ptr.wh"
    idl.write_text(DEFAULT_IDL.read_text().replace("schema: unique ptr, array: unique ptr",
                                                   "schema: unique ptr, out: unique ptr"))
    with pytest.raises(IdlError, match="has no form in the bindings unless it is an Arrow export"):
        surface.build(load(idl, "ptr.wh"))


def test_misuse_matrix_says_where_the_byte_limit_goes(s):
    cls, param, fl = misuse.build(s).limit
    assert (cls.name, param.name, fl.name) == ("region", "options", "byte_limit")


def test_type_names(s):
    assert {"region", "buffer", "view", "stats", "region_options", "error", "handle_kind"} <= set(s.type_names)


def test_go_spellings(s):
    go = api.spellers(s)["go"]
    col = {r.idl: e for r, e in api.column(s, "go")}
    # every method that makes an object is New<Class>, as the package constructor is
    assert col["buffer.alloc"].path == "(*Region).NewBuffer"
    assert col["bytes.create"].path == "(*Region).NewBytes"
    assert col["string.create"].path == "(*Region).NewString"
    assert col["region.create"].path == "weaveheap.NewRegion"
    # a package function cannot share a name with a type (struct stats)
    assert col["stats.global"].path == "weaveheap.ReadStats" and col["struct stats"].path == "Stats"
    assert go.function("stats") == "ReadStats" and go.function("abi_version") == "ABIVersion"
    assert go.error_name("InvalidUtf8") == "InvalidUTF8Error" and go.error_name("SystemCall") == "SystemCallError"
    # the error struct is the base error type
    assert col["struct error"].path == "WeaveHeapError" == go.base_error()
    assert col["borrow.release"].path == "(*View).Close"


def test_java_spellings(s):
    col = {r.idl: e for r, e in api.column(s, "java")}
    assert col["string.create"].path == "WeaveHeap.Region.string"
    assert col["handle string"].path == "WeaveHeapString"
    assert col["struct error"].path == "WeaveHeapException"
    assert col["error borrow_conflict = 8"].path == "BorrowConflictException"
    assert col["error system_error = 11"].path == "SystemCallException"
    # other languages keep the member name for makers
    assert {r.idl: e for r, e in api.column(s, "python")}["buffer.alloc"].path == "Region.alloc"


def test_python_spells_the_error_struct_as_its_base_error(s):
    # `Error` is exported by half the standard library's modules: a star
    # import of weaveheap must not take it; the error struct is the base
    # exception (code, message), as in JavaScript.
    py = names.speller("python", s.brand)
    assert py.class_name("error") == py.base_error() == "WeaveHeapError"
    assert names.unprefixed("weaveheap_buffer_size", "weaveheap") == "buffer_size"
    assert names.unprefixed("WEAVEHEAP_ERR_BORROWED", "weaveheap") == "ERR_BORROWED"
    assert names.unprefixed("other_name", "weaveheap") == "other_name"


def test_the_errors_the_glue_raises_itself(s):
    assert {k: s.glue_error(k).member.name for k in surface.GLUE_ERRORS} == {
        "argument": "invalid_argument", "no_memory": "out_of_memory", "closed": "stale_handle",
        "past_end": "out_of_range", "read_only": "invalid_argument", "in_use": "borrowed"}
    write = next(c for c in s.callables if c.name == "string.create")
    assert write.declared("invalid_utf8").member.name == "invalid_utf8" and write.declared("borrowed") is None


def test_an_error_the_bindings_need_is_an_idl_error(tmp_path):
    idl = tmp_path / "no_oom.wh"
    idl.write_text(DEFAULT_IDL.read_text().replace("out_of_memory", "no_memory_left"))
    s = surface.build(load(idl, "no_oom.wh"))
    with pytest.raises(IdlError, match=r"no_oom.wh:\d+:\d+: binding surface: every binding raises 'out_of_memory' when"):
        s.glue_error("no_memory")
    with pytest.raises(IdlError, match="the errors need a 'out_of_memory' code"):
        s.error("out_of_memory")


def test_a_hidden_free_knows_whose_results_it_frees(s):
    free_text, free_bytes = s.free_text, s.free_bytes
    assert [c.name for c in free_text.frees_results_of] == ["string.dup", "batch.column_name", "foreign.format"]
    assert [c.name for c in free_bytes.frees_results_of] == ["bytes.dup", "var_vector.get"]
    assert "string.dup" in free_text.hidden_why


def test_the_type_every_view_takes(s):
    assert s.viewed.name == "memory"
    assert {k.name for k in s.viewed.kinds} == {c.name for c in s.memory_classes}
