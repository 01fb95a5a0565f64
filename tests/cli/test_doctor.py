"""`weaveheap doctor`: passes on this machine (with this build installed where
pkg-config finds it), and with a stripped or doctored PATH reports each
failure with the Debian command that fixes it."""
import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from conftest import BUILD, FAILED, OK, REPO, run

REQUIRED = {"cc", "cmake", "pkg-config", "python3", "jinja2", "python-headers", "swig", "node", "node-api", "go",
            "jdk", "jni", "swift", "clang-wasm32", "wasm-ld", "wasm-tools", "wasmtime", "libweaveheap"}
OPTIONAL = {"xcode", "android-ndk"}


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """This build installed under a DESTDIR, and the environment in which
    pkg-config finds it there."""
    if not BUILD:
        pytest.fail("WEAVEHEAP_BUILD_DIR is not set (run through ctest)")
    dest = tmp_path_factory.mktemp("install")
    subprocess.run(["cmake", "--install", BUILD], check=True, capture_output=True,
                   env=dict(os.environ, DESTDIR=str(dest)))
    pcs = list(dest.rglob("weaveheap.pc"))
    assert len(pcs) == 1, pcs
    env = dict(os.environ, PKG_CONFIG_PATH=str(pcs[0].parent))
    if "${pcfiledir}" not in pcs[0].read_text():  # it names the configured prefix: look under DESTDIR
        env["PKG_CONFIG_SYSROOT_DIR"] = str(dest)
    return dest, env


def doctor_json(env):
    code, out, err = run("doctor", "--json", env=env, timeout=300)
    d = json.loads(out)
    assert d["ok"] == (code == OK), (code, err)
    return code, d, {c["id"]: c for c in d["checks"]}


def install_deps_packages():
    text = (REPO / "scripts" / "install-deps.sh").read_text()
    def array(name):
        body = re.search(name + r"=\((.*?)\n\)", text, re.S).group(1)
        return {w for line in body.splitlines() for w in line.split("#")[0].split()}
    return array("APT_PACKAGES"), array("PIP_PACKAGES")


def test_passes_on_this_machine(installed):
    _, env = installed
    code, d, checks = doctor_json(env)
    assert code == OK, [c for c in d["checks"] if c["status"] == "fail"]
    assert set(checks) == REQUIRED | OPTIONAL
    for c in d["checks"]:
        assert c["required"] == (c["id"] in REQUIRED)
        if c["required"]:
            assert c["status"] == "ok" and c["version"] and c["fix"] is None, c
        else:
            assert c["status"] in ("ok", "optional") and c["fix"] is None, c
    assert checks["xcode"]["status"] == "optional" and "not applicable on Linux" in checks["xcode"]["detail"]
    lib = checks["libweaveheap"]
    _, version, _ = run("--version")
    idl = version.split("IDL ")[1][:12]
    assert lib["version"] == f"libweaveheap 0.1.0, ABI 1, IDL {idl}"
    assert lib["path"].endswith("/weaveheap.pc") and "match this command" in lib["detail"]
    assert re.match(r"cmake version 3\.\d+", checks["cmake"]["version"])
    assert d["counts"] == {"ok": len(REQUIRED), "failed": 0, "optional": 2 - sum(
        checks[i]["status"] == "ok" for i in OPTIONAL)}

    code, out, err = run("doctor", env=env, timeout=300)
    assert code == OK, out
    lines = out.splitlines()
    assert lines[0].startswith("weaveheap doctor: weaveheap 0.1.0 (ABI 1, IDL ")
    body = lines[1:-1]
    assert len(body) == len(REQUIRED | OPTIONAL)  # one line per check, no fix lines
    assert all(x.startswith(("ok  ", "opt ")) for x in body), body
    assert lines[-1].endswith(" 0 failed, 2 optional not available") or " 0 failed," in lines[-1]


def test_stripped_path_reports_every_fix(installed):
    _, env = installed
    code, d, checks = doctor_json(dict(env, PATH="/nonexistent"))
    assert code == FAILED
    apt, pip = install_deps_packages()
    for id_ in REQUIRED:
        c = checks[id_]
        assert c["status"] == "fail" and c["fix"], c
        assert c["detail"] == "not found on PATH" or c["detail"].startswith("needs "), c
        fix = c["fix"]
        if fix.startswith("apt-get install -y "):
            # Python itself comes before scripts/install-deps.sh (which runs pip)
            pkgs = set(fix.split()[3:]) - {"python3", "python3-pip", "python3-dev"}
            assert pkgs <= apt, (id_, pkgs - apt)
        elif fix.startswith("python3 -m pip install "):
            assert set(fix.split()[4:]) <= pip, (id_, fix)
        else:
            assert id_ in ("swift", "libweaveheap"), fix
    assert checks["jinja2"]["detail"] == "needs Python 3, which failed above"
    assert checks["libweaveheap"]["detail"] == "needs pkg-config, which failed above"
    assert {checks[i]["status"] for i in OPTIONAL} == {"optional"}

    code, out, _ = run("doctor", env=dict(env, PATH="/nonexistent"), timeout=300)
    assert code == FAILED
    assert "FAIL  SWIG                 not found on PATH\n      fix: apt-get install -y swig\n" in out
    assert "FAIL  C compiler           not found on PATH\n      fix: apt-get install -y build-essential\n" in out
    assert "FAIL  Jinja2 (generator)   needs Python 3, which failed above\n" \
           "      fix: python3 -m pip install jinja2\n" in out
    assert "opt   Xcode                not applicable on Linux (Apple platforms only)\n" in out
    assert out.splitlines()[-1] == f"0 ok, {len(REQUIRED)} failed, 2 optional not available"


def test_one_broken_and_one_old_tool(installed, tmp_path):
    _, env = installed
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "swig").write_text("#!/bin/sh\necho 'swig: cannot load its library' >&2\nexit 1\n")
    (fake / "cmake").write_text("#!/bin/sh\necho 'cmake version 3.20.0'\n")
    for f in fake.iterdir():
        f.chmod(0o755)
    code, d, checks = doctor_json(dict(env, PATH=f"{fake}:{os.environ['PATH']}"))
    assert code == FAILED
    assert {c["id"] for c in d["checks"] if c["status"] == "fail"} == {"swig", "cmake"}
    assert checks["swig"]["detail"] == "found, but the check failed (exit 1): swig: cannot load its library"
    assert checks["swig"]["path"] == str(fake / "swig")
    assert checks["cmake"]["detail"] == "3.20 is older than the 3.25 this project needs"
    assert checks["cmake"]["fix"] == "apt-get install -y cmake"


def test_library_that_does_not_match(installed):
    dest, env = installed
    code, _, checks = doctor_json(dict(env, PKG_CONFIG_PATH="/nonexistent"))
    assert code == FAILED and checks["libweaveheap"]["detail"].startswith("not found by pkg-config")
    assert checks["libweaveheap"]["fix"].startswith("cmake --install build")
    header = next(dest.rglob("weaveheap.h"))
    original = header.read_text()
    try:
        header.write_text(re.sub(r'(#define WEAVEHEAP_IDL_HASH ")[0-9a-f]{4}', r"\g<1>0000", original))
        code, _, checks = doctor_json(env)
        assert code == FAILED
        assert [i for i, c in checks.items() if c["status"] == "fail"] == ["libweaveheap"]
        assert "does not match its header" in checks["libweaveheap"]["detail"]
    finally:
        header.write_text(original)
