"""The C boundary of an extension (boundary.py) and the files the c and
python_ext targets make of it, for the zpack sample (samples/extension/):
what each entry point borrows and what the implementation receives."""
from pathlib import Path

import pytest

from weaveheap_gen import REPO, boundary, load, render
from weaveheap_gen.diagnostics import IdlError

ZPACK = REPO / "samples" / "extension" / "zpack.wh"


@pytest.fixture(scope="module")
def lib():
    return load(ZPACK, "samples/extension/zpack.wh")


def test_each_parameter_is_borrowed_as_the_idl_says(lib):
    b = boundary.build(lib)
    by = {bf.fn.qualified_name: bf for bf in b.functions}
    crc32 = by["zpack.crc32"]
    assert [(p.name, p.step, p.unique) for p in crc32.params] == [("src", "view", False)]
    assert crc32.impl_name == "zpack_impl_crc32" and crc32.result == "value"
    assert [cp.c_type for cp in crc32.params[0].impl_params] == ["const weaveheap_view*"]
    update = by["crc.update"]
    assert [(p.name, p.step, p.unique) for p in update.params] == [("crc", "payload", True), ("src", "view", False)]
    assert [cp.c_type for cp in update.params[0].impl_params] == ["struct zpack_crc*"]
    create = by["crc.create"]
    assert (create.result, create.kind.name, create.region.name) == ("payload", "crc", "region")
    assert create.impl_return == "struct zpack_crc*"
    assert by["crc.close"].result == "release" and by["crc.close"].params == []
    deflate = by["zpack.deflate"]
    assert deflate.result == "core_object" and [p.step for p in deflate.params] == ["value", "view", "value"]
    assert [k.name for k in b.kinds] == ["crc"]
    # a parameter that takes fewer kinds than the core's borrow lends is
    # checked first: borrow.unique would lend a bytes object as `dst`
    into = by["zpack.inflate_into"]
    assert [(p.name, p.unique, [k.name for k in p.check_kinds]) for p in into.params] == \
        [("dst", True, ["buffer"]), ("src", False, [])]
    assert crc32.params[0].check_kinds == []


def test_the_targets_write_the_extensions_files(lib):
    files = render.render_all(lib, ("c", "python_ext", "node_ext"))
    assert sorted(files) == ["c/zpack.h", "c/zpack_entry.c", "c/zpack_impl.h",
                             "node/zpack/index.js", "node/zpack/package.json", "node/zpack_napi.c",
                             "python/pyproject.toml", "python/zpack/__init__.py", "python/zpack_python.c"]
    assert "native.init(wh.backend.apiTable" in files["node/zpack/index.js"]
    entry = files["c/zpack_entry.c"]
    # every function's borrows are released after the call, on the one path out
    assert entry.count("core->borrow_release(") == sum(len(bf.borrows) for bf in boundary.build(lib).functions)
    assert "weaveheap_api_compatible(table)" in entry
    assert 'PyCapsule_Import("weaveheap._C_API", 0)' in files["python/zpack_python.c"]


def test_the_core_makes_no_extension_files():
    core = load(REPO / "idl" / "weaveheap.wh", "idl/weaveheap.wh")
    files = render.render_all(core, ("c", "python_ext", "node_ext"))
    assert "c/weaveheap_api.h" in files and not [p for p in files if "python/" in p or "node/" in p]
    with pytest.raises(IdlError, match="not an extension"):
        boundary.build(core)


def test_a_constructor_needs_a_region(tmp_path):
    idl = tmp_path / "noregion.wh"
    idl.write_text(ZPACK.read_text().replace("fn create(region: shared region) -> own crc",
                                             "fn create(seed: u32) -> own crc"))
    lib = load(idl, "noregion.wh")
    with pytest.raises(IdlError, match="needs a region parameter"):
        boundary.build(lib)


def test_go_and_java_packages_take_the_base_packages_classes(lib):
    files = render.render_all(lib, ("go_ext", "java_ext"))
    assert sorted(files) == ["go/zpack/go.mod", "go/zpack/zpack.go",
                             "java/dev/weaveheap/zpack/Zpack.java", "java/pom.xml", "java/zpack_jni.c"]
    go = files["go/zpack/zpack.go"]
    # one core: bound to the base package's table, linking none of its own
    assert "var table = weaveheap.APITable()" in go and "pkg-config: zpack\n" in go
    assert "func Deflate(region *weaveheap.Region, src weaveheap.Object, level int32) (*weaveheap.Buffer, error)" in go
    assert "func (recv *Crc) Update(src weaveheap.Object) error" in go and "func NewCrc(region *weaveheap.Region)" in go
    assert "case 1000:\n\t\treturn &CorruptError{" in go and "return weaveheap.NewError(code, msg)" in go
    java = files["java/dev/weaveheap/zpack/Zpack.java"]
    assert "nInit(WeaveHeap.apiTable());" in java
    assert "public static WeaveHeap.Buffer deflate(WeaveHeap.Region region, WeaveHeap.Resource src, int level)" in java
    assert "public Crc(WeaveHeap.Region region)" in java and "public void update(WeaveHeap.Resource src)" in java
    assert "default:\n                return WeaveHeap.error(code, message);" in java
    jni = files["java/zpack_jni.c"]
    assert "Java_dev_weaveheap_zpack_Zpack_nInflateInto(JNIEnv* env, jclass cls, jlong dst, jlong src)" in jni


def test_swift_package_takes_the_base_packages_classes(lib):
    files = render.render_all(lib, ("swift_ext",))
    assert sorted(files) == ["swift/Zpack/Package.swift", "swift/Zpack/Sources/CZpack/module.modulemap",
                             "swift/Zpack/Sources/CZpack/shim.h", "swift/Zpack/Sources/Zpack/Zpack.swift"]
    swift = files["swift/Zpack/Sources/Zpack/Zpack.swift"]
    assert "zpack_init(table, &err)" in swift and "let table = weaveheap_api_table()" in swift
    assert "public static func deflate(region: Region, src: some HandleObject, level: Int32 = -1) throws -> Buffer" \
        in swift
    assert "public convenience init(region: Region) throws" in swift
    assert "if let own = ZpackError(code: code, message: message) { throw own }" in swift


def test_the_core_makes_no_go_java_or_swift_extension_files():
    core = load(REPO / "idl" / "weaveheap.wh", "idl/weaveheap.wh")
    assert render.render_all(core, ("go_ext", "java_ext", "swift_ext")) == {}


def test_wasm_glue_binds_to_the_base_glue_over_one_module(lib):
    files = render.render_all(lib, ("wasm_ext",))
    assert sorted(files) == ["wasm/zpack.mjs"]
    mjs = files["wasm/zpack.mjs"]
    # one core: the base glue's instance, the extension's entry points in it
    assert "export function bind(wh) {" in mjs and "const e = wh.backend.exports;" in mjs
    assert "if (!f_zpack_init(e.weaveheap_api_table(), ERR)) {" in mjs
    # the wasm32 error struct (layout.py), 64-bit values as BigInts
    assert "const ERR = e.malloc(8);" in mjs and "const m = dv.getUint32(ERR + 4, true);" in mjs
    assert "const r = f_zpack_inflate_into(a0, a1, ERR);" in mjs and "return BigInt.asUintN(64, r);" in mjs
    assert "return wh.WeaveHeapBuffer.fromHandle(native.deflate(" in mjs
    # its own errors under the base's WeaveHeapError, its kind a class
    assert "class CorruptError extends WeaveHeapError {}" in mjs and "errno: { value: 1001 }," in mjs
    assert "class Crc {" in mjs and "Crc.prototype[Symbol.dispose] = Crc.prototype.close;" in mjs


def test_the_core_makes_no_wasm_extension_files():
    core = load(REPO / "idl" / "weaveheap.wh", "idl/weaveheap.wh")
    assert render.render_all(core, ("wasm_ext",)) == {}
