"""An extension's package metadata (docs/extensions.md#packages), made by
the *_ext targets from one set of facts (packaging.extension): each package
carries the IDL's name, version and license, and depends on the base
package pinned to the version of the core IDL."""
import json
import re
import tomllib
import xml.etree.ElementTree as ET

from weaveheap_gen import REPO, load, packaging, render

EXT_TARGETS = ("python_ext", "node_ext", "go_ext", "java_ext", "swift_ext")
CORE_VERSION = load(REPO / "idl" / "weaveheap.wh", "idl/weaveheap.wh").version_string


def made(tmp_path, library_line: str) -> dict:
    idl = tmp_path / "crcsum.wh"
    idl.write_text(f"""{library_line}
import weaveheap;

/// crcsum's errors.
errors failure {{
    /// Never made.
    unused = 1000 "unused";
}}

module crcsum {{
    /// The sum of the bytes of `src`.
    fn sum(src: shared memory) -> u64
        errors(invalid_argument, out_of_memory, borrow_conflict, stale_handle, reused_handle,
               forged_handle, wrong_kind)
        threads(region);
}}
""")
    return render.render_all(load(idl, "crcsum.wh"), EXT_TARGETS)


def facts(files: dict) -> dict:
    """(name, version, license, base dependency) as each package states it."""
    py = tomllib.loads(files["python/pyproject.toml"])["project"]
    npm = json.loads(files["node/crcsum/package.json"])
    gomod = files["go/crcsum/go.mod"]
    pom = ET.fromstring(files["java/pom.xml"].split("\n", 1)[1])
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    dep = pom.find("m:dependencies/m:dependency", ns)
    swift = files["swift/Crcsum/Package.swift"]
    return {
        "python": (py["name"], py["version"], py["license"], py["dependencies"]),
        "npm": (npm["name"], npm["version"], npm["license"], npm["dependencies"]),
        "go": (re.search(r"^module (\S+)$", gomod, re.M).group(1),
               re.search(r"^// SPDX-License-Identifier: (.+)$", gomod, re.M).group(1),
               re.search(r"^require (.+)$", gomod, re.M).group(1)),
        "maven": (pom.findtext("m:groupId", namespaces=ns), pom.findtext("m:artifactId", namespaces=ns),
                  pom.findtext("m:version", namespaces=ns),
                  pom.findtext("m:licenses/m:license/m:name", namespaces=ns),
                  tuple(dep.findtext(f"m:{k}", namespaces=ns) for k in ("groupId", "artifactId", "version"))),
        "swift": (re.search(r"^// crcsum (\S+) for Swift", swift, re.M).group(1),
                  re.search(r"^// SPDX-License-Identifier: (.+)$", swift, re.M).group(1),
                  re.search(r'\.package\(name: "(\w+)"', swift).group(1),
                  re.search(r"^// It depends on the WeaveHeap package \(weaveheap (\S+),", swift, re.M).group(1)),
    }


def test_each_package_states_the_idl_version_and_pins_the_core(tmp_path):
    f = facts(made(tmp_path, "library crcsum version 2.3.4 abi 1;"))
    assert f["python"] == ("crcsum", "2.3.4", "MIT", [f"weaveheap=={CORE_VERSION}"])
    assert f["npm"] == ("crcsum", "2.3.4", "MIT", {"weaveheap": CORE_VERSION})
    assert f["go"] == ("weaveheap.dev/go/crcsum", "MIT", f"weaveheap.dev/go/weaveheap v{CORE_VERSION}")
    assert f["maven"] == ("dev.weaveheap", "crcsum", "2.3.4", "MIT",
                          ("dev.weaveheap", "weaveheap", CORE_VERSION))
    assert f["swift"] == ("2.3.4", "MIT", "WeaveHeap", CORE_VERSION)


def test_the_idl_chooses_the_license(tmp_path):
    f = facts(made(tmp_path, 'library crcsum version 0.2.0 abi 1 license "Apache-2.0 OR MIT";'))
    assert {f["python"][2], f["npm"][2], f["go"][1], f["maven"][3], f["swift"][1]} == {"Apache-2.0 OR MIT"}


def test_the_facts_are_derived_once(tmp_path):
    lib = load(REPO / "samples" / "extension" / "zpack.wh", "samples/extension/zpack.wh")
    p = packaging.extension(lib)
    assert (p.name, p.version, p.license, p.base, p.base_version) == \
        ("zpack", lib.version_string, "MIT", "weaveheap", CORE_VERSION)
    assert p.python_requirement == f"weaveheap=={CORE_VERSION}"
