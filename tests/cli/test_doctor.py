"""`weaveheap doctor`: by default what using WeaveHeap needs, the library
found next to the command (as `cmake --install` lays them out), else by
pkg-config, else by the dynamic loader; `--dev` adds every toolchain. Each
failure comes with the Debian 12 command that fixes it, and none tells
anyone to `pip install` into a Python that Debian manages."""
import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from conftest import BUILD, CLI, FAILED, OK, REPO

USE = {"cc", "pkg-config", "libweaveheap", "header", "pkg-config-finds", "stats-dir"}
USE_OPTIONAL = {"loader"}
DEV = {"cmake", "python3", "jinja2", "python-headers", "swig", "node", "node-api", "go", "jdk", "jni", "swift",
       "clang-wasm32", "wasm-ld", "wasm-tools", "wasmtime"}
DEV_OPTIONAL = {"xcode", "android-ndk"}


@pytest.fixture(scope="module")
def prefix(tmp_path_factory):
    """This build installed under a prefix of its own, as a user would."""
    if not BUILD:
        pytest.fail("WEAVEHEAP_BUILD_DIR is not set (run through ctest)")
    p = tmp_path_factory.mktemp("prefix")
    subprocess.run(["cmake", "--install", BUILD, "--prefix", str(p)], check=True, capture_output=True)
    assert (p / "bin" / "weaveheap").exists() and list(p.glob("lib*/libweaveheap.so*")), list(p.rglob("*"))
    return p


def clean_env(**more):
    env = {k: v for k, v in os.environ.items() if k not in ("PKG_CONFIG_PATH", "LD_LIBRARY_PATH")}
    env.update({k: str(v) for k, v in more.items()})
    return env


def doctor(cli, *args, env=None):
    p = subprocess.run([str(cli), "doctor", "--json", *args], capture_output=True, text=True, env=env, timeout=300)
    d = json.loads(p.stdout)
    assert d["ok"] == (p.returncode == OK), (p.returncode, p.stderr)
    assert d["mode"] == ("dev" if "--dev" in args else "use")
    return p.returncode, d, {c["id"]: c for c in d["checks"]}


def installed_cli(prefix):
    return prefix / "bin" / "weaveheap"


def libdir_of(prefix):
    return next(p.parent for p in prefix.glob("lib*/libweaveheap.so*"))


def test_finds_the_library_next_to_the_command(prefix):
    libdir = libdir_of(prefix)
    code, d, checks = doctor(installed_cli(prefix), env=clean_env())
    assert set(checks) == USE | USE_OPTIONAL  # no toolchain without --dev
    lib = checks["libweaveheap"]
    assert lib["status"] == "ok" and lib["path"] == f"{libdir}/libweaveheap.so.0", lib
    assert lib["detail"] == "found next to this command; matches this command"
    version = subprocess.run([CLI, "--version"], capture_output=True, text=True).stdout.partition("IDL ")[2]
    assert lib["version"] == f"libweaveheap ABI 2, IDL {version[:12]}"
    assert checks["header"]["status"] == "ok" and checks["header"]["path"] == f"{prefix}/include/weaveheap.h"
    # pkg-config does not know this prefix yet: the fix says how, and works.
    pc = checks["pkg-config-finds"]
    assert code == FAILED and pc["status"] == "fail" and [c["id"] for c in d["checks"] if c["status"] == "fail"] == [
        "pkg-config-finds"]
    assert pc["fix"] == f"export PKG_CONFIG_PATH={libdir}/pkgconfig${{PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}}"
    out = subprocess.run(["sh", "-c", pc["fix"] + " && pkg-config --variable=includedir weaveheap"],
                         capture_output=True, text=True, env=clean_env(), check=True).stdout
    assert os.path.samefile(out.strip(), prefix / "include"), out
    loader = checks["loader"]  # optional: an rpath does as well
    assert loader["status"] == "optional" and f"-Wl,-rpath,{libdir}" in loader["detail"]

    code, d, checks = doctor(installed_cli(prefix), env=clean_env(PKG_CONFIG_PATH=libdir / "pkgconfig"))
    assert code == OK, d
    assert checks["pkg-config-finds"]["path"] == f"{libdir}/pkgconfig/weaveheap.pc"
    code, d, checks = doctor(installed_cli(prefix), env=clean_env(PKG_CONFIG_PATH=libdir / "pkgconfig",
                                                                  LD_LIBRARY_PATH=libdir))
    assert code == OK and checks["loader"]["status"] == "ok", checks["loader"]
    p = subprocess.run([str(installed_cli(prefix)), "doctor"], capture_output=True, text=True,
                       env=clean_env(PKG_CONFIG_PATH=libdir / "pkgconfig"), timeout=300)
    assert p.returncode == OK, p.stdout
    lines = p.stdout.splitlines()
    assert lines[0].endswith(": using WeaveHeap (--dev: building it too)")
    assert len(lines) == 2 + len(USE | USE_OPTIONAL)  # one line per check, no fix lines
    assert any(x.startswith("ok    libweaveheap ") and "found next to this command" in x for x in lines)


def test_finds_the_library_by_pkg_config_or_the_loader(prefix):
    """The command of the build tree has nothing next to it."""
    libdir = libdir_of(prefix)
    code, d, checks = doctor(CLI, env=clean_env())
    assert code == FAILED and checks["libweaveheap"]["status"] == "fail"
    assert checks["libweaveheap"]["detail"].startswith("not found: not next to this command, not by pkg-config")
    assert checks["libweaveheap"]["fix"].startswith("cmake --install build")
    for dep in ("header", "pkg-config-finds"):
        assert checks[dep]["detail"] == "needs libweaveheap, which failed above" and checks[dep]["fix"], checks[dep]
    code, d, checks = doctor(CLI, env=clean_env(PKG_CONFIG_PATH=libdir / "pkgconfig"))
    assert checks["libweaveheap"]["detail"] == "found by pkg-config; matches this command"
    assert checks["libweaveheap"]["path"].startswith(str(libdir))
    code, d, checks = doctor(CLI, env=clean_env(LD_LIBRARY_PATH=libdir))
    assert checks["libweaveheap"]["detail"] == "found by the dynamic loader; matches this command"
    assert checks["header"]["status"] == "ok" and checks["loader"]["status"] == "ok"


def test_dev_adds_every_toolchain_and_passes_here(prefix):
    libdir = libdir_of(prefix)
    code, d, checks = doctor(installed_cli(prefix), "--dev", env=clean_env(PKG_CONFIG_PATH=libdir / "pkgconfig"))
    assert code == OK, [c for c in d["checks"] if c["status"] == "fail"]
    assert set(checks) == USE | USE_OPTIONAL | DEV | DEV_OPTIONAL
    for c in d["checks"]:
        assert c["required"] == (c["id"] in USE | DEV), c
        if c["required"]:
            assert c["status"] == "ok" and c["fix"] is None, c
    assert checks["xcode"]["status"] == "optional" and "not applicable on Linux" in checks["xcode"]["detail"]
    assert re.match(r"cmake version 3\.\d+", checks["cmake"]["version"])


def install_deps_packages():
    text = (REPO / "scripts" / "install-deps.sh").read_text()

    def array(name):
        body = re.search(name + r"=\((.*?)\n\)", text, re.S).group(1)
        return {w for line in body.splitlines() for w in line.split("#")[0].split()}
    return array("APT_PACKAGES"), array("PIP_PACKAGES")


VENV = re.compile(r"^python3 -m venv --system-site-packages (\S+) && \1/bin/pip install (\S+) "
                  r"&& export PATH=\1/bin:\$PATH")


def check_fix(id_, fix, own_python):
    """A fix is an apt-get line of install-deps.sh's packages, a venv line,
    or (only for a Python that Debian does not manage) `python3 -m pip`."""
    apt, pip = install_deps_packages()
    if fix.startswith("apt-get install -y "):
        pkgs = set(fix.split("   (")[0].split()[3:]) - {"python3"}  # Python itself runs install-deps.sh
        assert pkgs <= apt, (id_, pkgs - apt)
    elif VENV.match(fix):
        assert VENV.match(fix).group(2) in pip, (id_, fix)
    elif fix.startswith("python3 -m pip install "):
        assert own_python, f"{id_}: pip into a Python that Debian manages: {fix}"
        assert set(fix.split()[4:]) <= pip, (id_, fix)
    else:
        assert id_ in ("swift", "libweaveheap", "header", "pkg-config-finds", "stats-dir"), (id_, fix)
    assert "pip install" not in fix or VENV.match(fix) or own_python, fix


def test_stripped_path_reports_every_fix(prefix):
    code, d, checks = doctor(installed_cli(prefix), "--dev", env=clean_env(PATH="/nonexistent"))
    assert code == FAILED
    for id_ in (USE | DEV) - {"libweaveheap", "header", "stats-dir"}:  # those three need no PATH
        c = checks[id_]
        assert c["status"] == "fail" and c["fix"], c
        assert c["detail"] == "not found on PATH" or c["detail"].startswith("needs "), c
        check_fix(id_, c["fix"], own_python=False)  # no python3: the one apt installs is Debian's
    assert checks["jinja2"]["detail"] == "needs Python 3, which failed above"
    assert checks["jinja2"]["fix"] == "apt-get install -y python3-jinja2"
    assert checks["pkg-config-finds"]["detail"] == "needs pkg-config, which failed above"
    assert {checks[i]["status"] for i in DEV_OPTIONAL} == {"optional"}
    p = subprocess.run([str(installed_cli(prefix)), "doctor", "--dev"], capture_output=True, text=True,
                       env=clean_env(PATH="/nonexistent"), timeout=300)
    assert p.returncode == FAILED
    assert "FAIL  SWIG                 not found on PATH\n      fix: apt-get install -y swig\n" in p.stdout
    assert "FAIL  C compiler           not found on PATH\n      fix: apt-get install -y build-essential\n" in p.stdout
    assert "opt   Xcode                not applicable on Linux (Apple platforms only)\n" in p.stdout


def fake_python(tmp_path, real):
    """A python3 without site-packages (no Jinja2, no wasmtime): `real -S`."""
    d = tmp_path / f"py-{abs(hash(real))}"
    d.mkdir()
    (d / "python3").write_text(f'#!/bin/sh\nexec "{real}" -S "$@"\n')
    (d / "python3").chmod(0o755)
    return d


def test_fix_lines_follow_the_python_found(prefix, tmp_path):
    """Debian's python3 is externally managed (PEP 668): Jinja2 from its
    package, wasmtime and wasm-tools in a venv. A python3 of one's own (pyenv,
    a venv) takes `python3 -m pip install`."""
    debian = "/usr/bin/python3"
    if not os.path.exists(debian):
        pytest.fail("Debian's /usr/bin/python3 is missing (apt-get install -y python3)")
    path = os.environ["PATH"].split(":")
    no_wasm = ":".join(p for p in path if not (os.path.exists(f"{p}/wasmtime") or os.path.exists(f"{p}/wasm-tools")))
    for real, own in ((debian, False), (os.path.realpath(sys.executable), True)):
        d = fake_python(tmp_path, real)
        code, _, checks = doctor(installed_cli(prefix), "--dev", env=clean_env(PATH=f"{d}:{no_wasm}"))
        assert code == FAILED
        for id_ in ("jinja2", "wasmtime", "wasm-tools"):
            c = checks[id_]
            assert c["status"] == "fail", c
            check_fix(id_, c["fix"], own_python=own)
        if own:
            assert checks["jinja2"]["fix"] == "python3 -m pip install jinja2"
            assert checks["wasmtime"]["fix"] == "python3 -m pip install wasmtime"
        else:
            assert checks["jinja2"]["fix"] == "apt-get install -y python3-jinja2"
            assert VENV.match(checks["wasmtime"]["fix"]) and VENV.match(checks["wasm-tools"]["fix"])


def test_one_broken_and_one_old_tool(prefix, tmp_path):
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "swig").write_text("#!/bin/sh\necho 'swig: cannot load its library' >&2\nexit 1\n")
    (fake / "cmake").write_text("#!/bin/sh\necho 'cmake version 3.20.0'\n")
    for f in fake.iterdir():
        f.chmod(0o755)
    libdir = libdir_of(prefix)
    code, d, checks = doctor(installed_cli(prefix), "--dev", env=clean_env(PATH=f"{fake}:{os.environ['PATH']}",
                                                                           PKG_CONFIG_PATH=libdir / "pkgconfig"))
    assert code == FAILED
    assert {c["id"] for c in d["checks"] if c["status"] == "fail"} == {"swig", "cmake"}
    assert checks["swig"]["detail"] == "found, but the check failed (exit 1): swig: cannot load its library"
    assert checks["swig"]["path"] == str(fake / "swig")
    assert checks["cmake"]["detail"] == "3.20 is older than the 3.25 this project needs"
    assert checks["cmake"]["fix"] == "apt-get install -y cmake"


def test_an_install_that_does_not_match(prefix, tmp_path):
    """A header of another build; pkg-config finding another install; a stats
    directory that is not safe."""
    libdir = libdir_of(prefix)
    header = prefix / "include" / "weaveheap.h"
    original = header.read_text()
    try:
        header.write_text(re.sub(r'(#define WEAVEHEAP_IDL_HASH ")[0-9a-f]{4}', r"\g<1>0000", original))
        code, _, checks = doctor(installed_cli(prefix), env=clean_env(PKG_CONFIG_PATH=libdir / "pkgconfig"))
        assert code == FAILED and [i for i, c in checks.items() if c["status"] == "fail"] == ["header"]
        assert "does not match its library" in checks["header"]["detail"]
    finally:
        header.write_text(original)
    other = tmp_path / "other"
    shutil.copytree(prefix, other, symlinks=True)
    code, _, checks = doctor(installed_cli(prefix), env=clean_env(PKG_CONFIG_PATH=libdir_of(other) / "pkgconfig"))
    assert code == FAILED and "pkg-config finds another install" in checks["pkg-config-finds"]["detail"]
    stats = tmp_path / "stats"
    stats.mkdir(mode=0o755)
    stats.chmod(0o755)
    code, _, checks = doctor(installed_cli(prefix), env=clean_env(PKG_CONFIG_PATH=libdir / "pkgconfig",
                                                                  WEAVEHEAP_STATS_DIR=stats))
    c = checks["stats-dir"]
    assert code == FAILED and c["status"] == "fail" and "has mode 0755" in c["detail"], c
    assert c["detail"].startswith("from WEAVEHEAP_STATS_DIR: ") and c["fix"] == f"chmod 0700 {stats}"
    subprocess.run(["sh", "-c", c["fix"]], check=True)
    code, _, checks = doctor(installed_cli(prefix), env=clean_env(PKG_CONFIG_PATH=libdir / "pkgconfig",
                                                                  WEAVEHEAP_STATS_DIR=stats))
    assert code == OK and checks["stats-dir"]["detail"] == "from WEAVEHEAP_STATS_DIR: yours, mode 0700"
