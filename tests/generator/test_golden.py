"""The committed generated/ is exactly what the IDL renders to, rendering is
deterministic, and --check catches every kind of drift."""
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from weaveheap_gen import DEFAULT_IDL, DEFAULT_OUT, REPO, load, render, targets
from weaveheap_gen.__main__ import main

SHOWN = "idl/weaveheap.wh"   # how the CLI names the IDL in banners


def fresh():
    return render.render_all(load(DEFAULT_IDL, SHOWN), targets.NAMES)


def idl_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes().replace(b"\r\n", b"\n")).hexdigest()


@pytest.fixture
def out(tmp_path):
    """A temporary copy of generated/ for --check to inspect."""
    dest = tmp_path / "generated"
    shutil.copytree(DEFAULT_OUT, dest)
    return dest


def check(out_dir, capsys):
    rc = main(["--out", str(out_dir), "--check"])
    return rc, capsys.readouterr().err


def test_committed_output_is_current():
    files = fresh()
    assert files, "no target rendered anything"
    assert render.stale(files, DEFAULT_OUT) == []
    on_disk = {p.relative_to(DEFAULT_OUT).as_posix() for p in DEFAULT_OUT.rglob("*") if p.is_file()}
    assert on_disk == set(files)


def test_rendering_is_deterministic(tmp_path):
    first, second = fresh(), fresh()
    assert first == second
    render.write(first, tmp_path / "a")
    render.write(second, tmp_path / "b")
    for path in first:
        assert (tmp_path / "a" / path).read_bytes() == (tmp_path / "b" / path).read_bytes()


def test_output_does_not_depend_on_this_machine():
    for path, text in fresh().items():
        assert "\r" not in text, path
        assert str(REPO) not in text, f"{path} contains the absolute path of this checkout"
        assert text.endswith("\n"), path


def test_every_generated_file_carries_the_banner():
    digest = idl_hash(DEFAULT_IDL)
    for path, text in fresh().items():
        first = text.split("\n", 1)[0]
        assert f"Generated from {SHOWN}" in first, path
        assert "do not edit" in first, path
        assert f"IDL sha256 {digest}" in first, path
        committed = (DEFAULT_OUT / path).read_text(encoding="utf-8").split("\n", 1)[0]
        assert committed == first, path


def test_the_banner_follows_the_idl(tmp_path):
    changed = tmp_path / "weaveheap.wh"
    changed.write_bytes(DEFAULT_IDL.read_bytes() + b"\n// one more comment\n")
    files = render.render_all(load(changed, SHOWN), targets.NAMES)
    assert idl_hash(changed) != idl_hash(DEFAULT_IDL)
    for path, text in files.items():
        assert f"IDL sha256 {idl_hash(changed)}" in text.split("\n", 1)[0], path
    assert sorted(render.stale(files, DEFAULT_OUT)) == sorted(files)


def test_check_passes_on_a_current_copy(out, capsys):
    assert check(out, capsys) == (0, "")


def test_check_names_a_modified_file_and_writes_nothing(out, capsys):
    header = out / "c" / "weaveheap.h"
    edited = header.read_text(encoding="utf-8").replace("#define WEAVEHEAP_H", "#define WEAVEHEAP_H 1")
    header.write_text(edited, encoding="utf-8")
    rc, err = check(out, capsys)
    assert rc == 1
    assert err == (f"stale: {(out / 'c' / 'weaveheap.h').as_posix()} "
                   f"(differs from the IDL: run python3 -m weaveheap_gen)\n")
    assert header.read_text(encoding="utf-8") == edited, "--check must not rewrite the file"


def test_check_names_a_missing_file(out, capsys):
    (out / "c" / "weaveheap.map").unlink()
    rc, err = check(out, capsys)
    assert rc == 1
    assert err == f"stale: {(out / 'c' / 'weaveheap.map').as_posix()} (missing: run python3 -m weaveheap_gen)\n"
    assert not (out / "c" / "weaveheap.map").exists()


def test_check_names_a_file_no_target_generates(out, capsys):
    extra = out / "c" / "leftover.h"
    extra.write_text("/* hand-written */\n", encoding="utf-8")
    rc, err = check(out, capsys)
    assert rc == 1
    assert err == f"stale: {extra.as_posix()} (no target generates it: delete it)\n"


def test_check_names_each_stale_file(out, capsys):
    for name in ("weaveheap.h", "weaveheap.map"):
        with open(out / "c" / name, "a", encoding="utf-8") as f:
            f.write("/* edited */\n")
    rc, err = check(out, capsys)
    assert rc == 1
    assert err.splitlines() == [
        f"stale: {(out / 'c' / name).as_posix()} (differs from the IDL: run python3 -m weaveheap_gen)"
        for name in ("weaveheap.h", "weaveheap.map")]


def test_check_through_the_command_line(out):
    with open(out / "c" / "weaveheap.h", "a", encoding="utf-8") as f:
        f.write("\n")
    run = subprocess.run([sys.executable, "-m", "weaveheap_gen", "--out", str(out), "--check"],
                         cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO / "generator")},
                         capture_output=True, text=True)
    assert run.returncode == 1
    assert run.stderr.splitlines() == [
        f"stale: {(out / 'c' / 'weaveheap.h').as_posix()} (differs from the IDL: run python3 -m weaveheap_gen)"]
