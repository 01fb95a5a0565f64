"""Facts the model derives from the real IDL, and the generated C header
compiling cleanly."""
import shutil
import subprocess

import pytest

from weaveheap_gen import DEFAULT_IDL, DEFAULT_OUT, load, render


@pytest.fixture(scope="module")
def lib():
    return load(DEFAULT_IDL, "idl/weaveheap.wh")


def signature(f):
    return [(p.c_type, p.name) for p in f.c_params]


def test_c_names(lib):
    assert lib.function("region", "create").c_name == "weaveheap_region_create"
    assert lib.function("borrow", "shared").c_name == "weaveheap_borrow_shared"
    # The root module is named like the library: its functions drop the module.
    assert lib.function("weaveheap", "version_number").c_name == "weaveheap_version_number"
    assert lib.function("weaveheap", "free_bytes").c_name == "weaveheap_free_bytes"
    region = next(h for h in lib.handles if h.name == "region")
    assert (region.c_name, region.c_kind) == ("weaveheap_region_t", "WEAVEHEAP_HANDLE_KIND_REGION")
    assert lib.errors.c_name == "weaveheap_error_code"
    codes = {m.name: m.c_name for m in lib.errors.members}
    assert codes["ok"] == "WEAVEHEAP_OK"
    assert codes["stale_handle"] == "WEAVEHEAP_ERR_STALE_HANDLE"
    assert [c.c_name for c in lib.consts if c.name == "max_align"] == ["WEAVEHEAP_MAX_ALIGN"]


def test_every_c_function_name_follows_the_convention(lib):
    for f in lib.functions:
        expected = f"weaveheap_{f.name}" if f.module.name == "weaveheap" else f"weaveheap_{f.module.name}_{f.name}"
        assert f.c_name == expected


def test_borrow_shared_view_borrows_target(lib):
    f = lib.function("borrow", "shared")
    target, view = f.params
    assert target.name == "target" and target.ownership == "shared"
    assert [k.name for k in target.type.kinds] == ["buffer", "bytes", "string", "vector", "var_vector", "foreign"]
    assert view.ownership == "out" and view.type.category == "view"
    assert view.type.view_of is target
    assert f.result.ownership == "own" and f.result.type.name == "borrow"
    assert f.result.type.decl.release is lib.function("borrow", "release")
    assert signature(f) == [("weaveheap_handle_t", "target"), ("weaveheap_view*", "view"),
                            ("weaveheap_error*", "out_err")]


def test_every_handle_has_a_release(lib):
    assert lib.handles
    for h in lib.handles:
        assert h.release is not None, h.name
        assert h.release.releases is h
        first = h.release.params[0]
        assert first.ownership == "own" and h in first.type.kinds


def test_region_create_constructs_region(lib):
    create = lib.function("region", "create")
    region = create.constructs
    assert region is not None and region.name == "region"
    assert create in region.constructors
    assert create.c_return == "weaveheap_region_t"
    assert lib.function("region", "reset") in region.methods
    assert lib.function("region", "destroy").releases is region


def test_free_bytes_signature(lib):
    f = lib.function("weaveheap", "free_bytes")
    assert signature(f) == [("uint8_t*", "data"), ("uint64_t", "data_len")]
    assert f.c_return == "void" and not f.fallible


def test_owned_bytes_result_returns_pointer_and_length(lib):
    f = lib.function("bytes", "dup")
    assert f.c_return == "uint8_t*"
    assert signature(f) == [("weaveheap_bytes_t", "bytes"), ("uint64_t*", "out_len"),
                            ("weaveheap_error*", "out_err")]


def test_shared_array_param_is_const(lib):
    assert signature(lib.function("buffer", "write")) == [
        ("weaveheap_buffer_t", "buffer"), ("uint64_t", "offset"), ("const uint8_t*", "data"),
        ("uint64_t", "data_len"), ("weaveheap_error*", "out_err")]


def test_out_err_is_last_exactly_when_fallible(lib):
    for f in lib.functions:
        has = any(p.name == "out_err" for p in f.c_params)
        assert has == f.fallible, f.qualified_name
        if has:
            assert f.c_params[-1].c_type == "weaveheap_error*" and f.c_params[-1].name == "out_err"


def test_handle_kind_is_derived(lib):
    kind = lib.handle_kind
    assert lib.enums[0] is kind
    assert [(m.name, m.value) for m in kind.members] == \
        [("none", 0)] + [(h.name, h.number) for h in lib.handles]
    assert [m.c_name for m in kind.members[1:]] == [h.c_kind for h in lib.handles]


def test_exports_match_the_functions(lib):
    text = (DEFAULT_OUT / "c" / "weaveheap.map").read_text(encoding="utf-8")
    exported = [line.strip().rstrip(";") for line in text.splitlines() if line.strip().startswith("weaveheap_")]
    assert exported == [f.c_name for f in lib.functions]


@pytest.fixture(params=["committed", "fresh"])
def header_dir(request, lib, tmp_path):
    """generated/c as committed, and as the templates render it now."""
    if request.param == "committed":
        return DEFAULT_OUT / "c"
    render.write(render.render_all(lib, ("c",)), tmp_path / "generated")
    return tmp_path / "generated" / "c"


def compile_header(tmp_path, include, compiler, args, source):
    src = tmp_path / source
    src.write_text('#include "weaveheap.h"\n'
                   "int main(void) { return WEAVEHEAP_OK + (int)sizeof(weaveheap_view); }\n",
                   encoding="utf-8")
    return subprocess.run([compiler, *args, "-Werror", "-fsyntax-only", f"-I{include}", str(src)],
                          capture_output=True, text=True)


@pytest.mark.skipif(shutil.which("cc") is None, reason="no C compiler (cc)")
def test_header_compiles_as_c11(tmp_path, header_dir):
    run = compile_header(tmp_path, header_dir, "cc", ["-std=c11", "-Wall", "-Wextra", "-pedantic"], "use.c")
    assert run.returncode == 0, run.stderr


@pytest.mark.skipif(shutil.which("c++") is None, reason="no C++ compiler (c++)")
def test_header_compiles_as_cxx(tmp_path, header_dir):
    run = compile_header(tmp_path, header_dir, "c++", ["-x", "c++", "-std=c++11", "-Wall", "-Wextra"], "use.cpp")
    assert run.returncode == 0, run.stderr


def test_callback_with_a_result_and_an_error(lib):
    """A callback may return a value (here a handle) and take the error to
    fill, last, as every fallible function does."""
    cb = next(c for c in lib.callbacks if c.name == "batch_producer")
    assert cb.c_return == "weaveheap_batch_t"
    assert [e.name for e in cb.errors] == ["invalid_argument", "out_of_memory"]
    header = (DEFAULT_OUT / "c" / "weaveheap.h").read_text()
    assert ("typedef weaveheap_batch_t (*weaveheap_batch_producer)(void* context, uint64_t region, "
            "weaveheap_error* out_err);") in header
    destructor = next(c for c in lib.callbacks if c.name == "destructor")
    assert destructor.c_return == "void" and not destructor.errors
    assert "typedef void (*weaveheap_destructor)(void* payload, void* context);" in header
