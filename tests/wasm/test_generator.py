"""The generator's WebAssembly targets on their own: the WIT mapping
(witmodel, a layer over the binding surface: names, canonical ABI layouts and
flattening, where each role goes, hidden functions and errors) and the wasm
target's JS and C layouts, on the real IDL and on small IDLs written here to
reach the rules the real one does not.

    python3 -m pytest tests/wasm/test_generator.py
"""
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "generator"))
from weaveheap_gen import DEFAULT_IDL, load, surface  # noqa: E402
from weaveheap_gen import layout  # noqa: E402
from weaveheap_gen.diagnostics import IdlError  # noqa: E402
from weaveheap_gen.targets import wasm  # noqa: E402
from weaveheap_gen import surface  # noqa: E402
from weaveheap_gen.diagnostics import IdlError  # noqa: E402
from weaveheap_gen.targets.node import jsapi  # noqa: E402
from weaveheap_gen import witmodel  # noqa: E402
from weaveheap_gen.witmodel import WType  # noqa: E402


@pytest.fixture(scope="module")
def pkg():
    return witmodel.build(surface.build(load(DEFAULT_IDL, "idl/weaveheap.wh")))


def prim(name):
    return WType("prim", name)


def test_identifiers_are_kebab_case_and_keywords_escaped():
    assert witmodel.ident("chunk_size") == "chunk-size"
    assert witmodel.ident("string") == "%string"
    assert witmodel.ident("borrow") == "%borrow"
    assert witmodel.ident("region") == "region"


def test_canonical_abi_layouts_and_flattening():
    string = WType("string", "string")
    assert (string.layout, string.flat) == ((8, 4), ["i32", "i32"])
    assert (prim("u64").layout, prim("u64").flat) == ((8, 8), ["i64"])
    assert prim("bool").layout == (1, 1)
    tup = WType("tuple", items=[prim("u8"), prim("u64"), prim("u16")])
    assert tup.layout == (24, 8)              # u8 @0, u64 @8, u16 @16, padded to 24
    assert tup.flat == ["i32", "i64", "i32"]
    opt = WType("option", items=[prim("u64")])
    assert (opt.layout, opt.flat, opt.payload_offset) == ((16, 8), ["i32", "i64"], 8)
    res = WType("result", items=[None, string])
    assert (res.layout, res.flat) == ((12, 4), ["i32", "i32", "i32"])
    # a variant joins its cases' flat types position by position
    mixed = WType("result", items=[prim("u32"), prim("u64")])
    assert mixed.flat == ["i32", "i64"]


def test_the_real_idl(pkg):
    names = [i.name for i in pkg.interfaces]
    assert names[0] == "types", "types first: the others use it"
    assert pkg.error_code.cases[0].name == "invalid_argument", "no case for success"
    assert [c.value for c in pkg.error_code.cases] == list(range(1, len(pkg.error_code.cases) + 1))
    assert {s.f.qualified_name for s in pkg.skipped} == {"weaveheap.free_string", "weaveheap.free_bytes",
                                                          "error.clear", "vector.export_arrow", "batch.export_arrow",
                                                          "batch_stream.export_arrow", "var_vector.export_arrow",
                                                          "list_vector.export_arrow",
                                                          "foreign.import_array", "foreign.export_arrow"}
    funcs = {wf.f.qualified_name: wf for wf in pkg.functions}
    assert funcs["region.create"].form == "constructor"
    assert (funcs["region.destroy"].form, funcs["region.destroy"].name) == ("method", "close")
    assert funcs["region.destroy"].self_param.type.kind == "borrow", "close takes a borrow: a refused one keeps it"
    assert funcs["buffer.alloc"].export_name == "weaveheap:core/buffer@0.1.0#[constructor]buffer"
    assert [p.name for p in funcs["buffer.alloc"].params] == ["region", "size", "align"]
    assert funcs["buffer.write"].form == "method"
    assert funcs["borrow.shared"].form == "static"           # a view: a static of the token's resource
    assert funcs["borrow.shared"].result.wit == "result<tuple<%borrow, view>, error>"
    assert funcs["borrow.release"].export_name == "weaveheap:core/borrow@0.1.0#[method]borrow.close"
    assert funcs["buffer.read"].result.wit == "result<list<u8>, error>"
    assert [p.name for p in funcs["buffer.read"].params] == ["offset", "dst-len"]
    assert funcs["handle.kind_of"].params[0].type.wit == "handle"
    assert [c.name for c in funcs["handle.kind_of"].params[0].type.decl.cases] == \
        ["region", "buffer", "bytes", "string", "borrow", "vector", "batch", "batch_stream", "var_vector",
         "list_vector", "foreign"], \
        "any handle: every resource, tokens too"
    assert funcs["weaveheap.version_number"].result.wit == "u32"
    assert funcs["buffer.write"].export_name == "weaveheap:core/buffer@0.1.0#[method]buffer.write"
    assert not [p for wf in pkg.functions for p in wf.all_params if p.type.kind == "own"], \
        "resources are always borrowed"
    # every IDL function is either in WIT or skipped with a reason
    lib = load(DEFAULT_IDL, "idl/weaveheap.wh")
    assert len(funcs) + len(pkg.skipped) == len([f for f in lib.functions if not f.c_only]), \
        "C-only functions (extensions' generated C) have no WIT form"


def test_forms_follow_the_surface_roles(pkg):
    """The form of each function is its surface role's: no role is worked
    out again here."""
    form_of = {"constructor": {"constructor"}, "release": {"method"}, "view_release": {"method"},
               "view": {"static"}, "function": {"func"}, "method": {"method", "constructor"}}
    for wf in pkg.functions:
        assert wf.form in form_of[wf.c.role], (wf.c.name, wf.c.role, wf.form)
        if wf.c.role in ("release", "view_release"):
            assert wf.closes and wf.name == wf.c.member == "close"
        if wf.form == "constructor" and wf.c.role == "method":
            made = wf.c.result.cls
            assert made.made_by == [wf.c] and made.constructor is None and wf.resource.cls is made
    assert [s.c for s in pkg.skipped] == pkg.surface.hidden
    assert [c.name for c in pkg.error_code.cases] == [e.member.name for e in pkg.surface.errors]


def test_wasm_target_layouts_for_32_and_64_bit_pointers():
    lib = load(DEFAULT_IDL, "idl/weaveheap.wh")
    view = next(s for s in lib.structs if s.name == "view")
    error = next(s for s in lib.structs if s.name == "error")
    v4, v8 = layout.c_struct_layout(view, 4), layout.c_struct_layout(view, 8)
    assert [(f["name"], f["offset"]) for f in v4["fields"]] == [("data", 0), ("length", 8), ("writable", 16)]
    assert (v4["size"], v8["size"]) == (24, 24)
    e4, e8 = layout.c_struct_layout(error, 4), layout.c_struct_layout(error, 8)
    assert (e4["size"], e4["fields"][1]["offset"]) == (8, 4)
    assert (e8["size"], e8["fields"][1]["offset"]) == (16, 8)


def load_text(tmp_path, text, root=""):
    """A small IDL: what every IDL the wasm target accepts needs, and `text`."""
    path = tmp_path / "demo.wh"
    path.write_text(f"""library demo version 1.2.3 abi 1;
errors error_code {{ ok = 0 "no error"; out_of_memory = 2 "out of memory"; bad = 1 "bad";
                     invalid_argument = 3 "invalid argument"; }}
struct error {{ code: i32; message: str; }}
module demo {{
    fn abi_version() -> u32 threads(any);
    fn version_string() -> static str threads(any);
    fn idl_hash() -> static str threads(any);
    fn strerror(code: i32) -> static str threads(any);
    fn free_string(text: own cstring?) threads(any);
    fn free_bytes(data: own u8[]?) threads(any);
    {root}
}}
module error {{
    fn clear(error: unique error?) threads(any);
}}
{text}""")
    return load(path, "demo.wh")


def test_error_cases_follow_the_idl_order_not_the_numbers(tmp_path):
    lib = load_text(tmp_path, """
handle thing = 1 released_by thing.drop;
module thing {
    fn make() -> own thing errors(bad) threads(any);
    fn drop(thing: own thing) threads(any);
}
""")
    pkg = witmodel.build(surface.build(lib))
    cases = [(c.name, c.value, c.index) for c in pkg.error_code.cases]
    assert cases == [("out_of_memory", 2, 0), ("bad", 1, 1), ("invalid_argument", 3, 2)]
    funcs = {wf.f.qualified_name: wf for wf in pkg.functions}
    assert funcs["thing.make"].form == "constructor"
    assert funcs["thing.drop"].name == "close"
    assert funcs["thing.drop"].result is None, "an infallible close returns nothing"
    # the wasm target maps the numbers both ways, generated
    out = wasm.prepare(lib)
    assert out["enum_to_index"] == {"error_code"}


def test_interfaces_that_use_each_other_are_refused(tmp_path):
    lib = load_text(tmp_path, """
handle a = 1 released_by a.drop;
handle b = 2 released_by b.drop;
module a {
    fn drop(a: own a) threads(any);
    fn touch(n: u32, b: shared b) threads(any);
}
module b {
    fn drop(b: own b) threads(any);
    fn touch(n: u32, a: shared a) threads(any);
}
""")
    with pytest.raises(IdlError, match="WIT forbids the cycle"):
        witmodel.build(surface.build(lib))


def test_a_method_that_alone_makes_a_class_is_its_constructor(tmp_path):
    lib = load_text(tmp_path, """
handle pool = 1 released_by pool.drop;
handle item = 2 released_by item.drop;
handle tag = 3 released_by tag.drop;
module pool {
    fn make() -> own pool errors(bad) threads(any);
    fn drop(pool: own pool) threads(any);
    fn tag() -> own tag errors(bad) threads(any);
}
module item {
    fn take(pool: shared pool, n: u32) -> own item errors(bad) threads(any);
    fn drop(item: own item) threads(any);
    fn adopt(item: shared item, other: own item) errors(bad) threads(any);
}
module tag {
    fn drop(tag: own tag) threads(any);
    fn again(pool: shared pool) -> own tag errors(bad) threads(any);
}
""")
    pkg = witmodel.build(surface.build(lib))
    funcs = {wf.f.qualified_name: wf for wf in pkg.functions}
    take = funcs["item.take"]
    assert take.export_name == "demo:core/item@1.2.3#[constructor]item"
    assert [(p.name, p.type.wit) for p in take.params] == [("pool", "borrow<pool>"), ("n", "u32")]
    # two ways to make a tag: neither is its constructor
    assert funcs["tag.again"].form == "method" and funcs["tag.again"].resource.name == "pool"
    # an `own` parameter that is not a release's is a borrow that the call closes
    other = funcs["item.adopt"].params[0]
    assert other.type.kind == "borrow" and other.consumed
    out = wasm.prepare(lib)
    adopt = next(wf for wf in out["pkg"].functions if wf.f.qualified_name == "item.adopt").adapter
    assert "if (!wh_err.code) wh_close(p_other); /* consumed: closed */" in adopt.after


def test_what_wit_cannot_say_is_an_idl_error(tmp_path):
    lib = load_text(tmp_path, """
handle thing = 1 released_by thing.drop;
module thing {
    fn make() -> own thing errors(bad) threads(any);
    fn drop(thing: own thing) threads(any);
    fn wide(thing: shared thing, a: u64, b: u64, c: u64, d: u64, e: u64, f: u64, g: u64, h: u64,
            i: u64, j: u64, k: u64, l: u64, m: u64, n: u64, o: u64, p: u64) threads(any);
}
""")
    with pytest.raises(IdlError, match="17 flat parameters; the adapter passes at most 16"):
        witmodel.build(surface.build(lib))


def test_the_adapter_guards_sizes_a_32_bit_memory_cannot_hold(pkg):
    """Only integers whose IDL maximum reaches 4 GiB are sizes to guard;
    the guard runs before the core is called."""
    lib = load(DEFAULT_IDL, "idl/weaveheap.wh")
    out = {wf.f.qualified_name: wf.adapter for wf in wasm.prepare(lib)["pkg"].functions}
    guarded = {name for name, a in out.items() if any("wh_check_size" in line for line in a.setup)}
    assert guarded == {"buffer.alloc", "vector.create", "var_vector.create", "list_vector.create", "vector.resize",
                       "var_vector.resize"}
    assert 'wh_check_size("size", (uint64_t)p_size, WEAVEHEAP_MAX_SIZE);' in out["buffer.alloc"].setup
    assert out["buffer.alloc"].guards == ["!wh_err.code"]


def test_a_js_name_the_glue_uses_is_refused(tmp_path):
    """The JavaScript layer (node target, both packages) exports load(): an
    IDL function that would take the name is refused."""
    text = DEFAULT_IDL.read_text().replace("module weaveheap {", "module weaveheap {\n    fn load() threads(any);", 1)
    (tmp_path / "load.wh").write_text(text)
    lib = load(tmp_path / "load.wh", "load.wh")
    with pytest.raises(IdlError, match="'load' would be exported by the JavaScript packages"):
        jsapi.build(surface.build(lib))
