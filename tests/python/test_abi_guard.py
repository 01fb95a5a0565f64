"""The ABI guard: a package whose generated constants do not match the
loaded library refuses to import, saying what to rebuild."""
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import weaveheap


def import_copy(tmp_path, pattern, replacement):
    pkg = Path(weaveheap.__file__).parent
    dest = tmp_path / "weaveheap"
    shutil.copytree(pkg, dest, ignore=shutil.ignore_patterns("__pycache__"))
    init = dest / "__init__.py"
    text, n = re.subn(pattern, replacement, init.read_text())
    assert n == 1
    init.write_text(text)
    return subprocess.run([sys.executable, "-c", "import weaveheap"], cwd=tmp_path,
                          capture_output=True, text=True, env={"PYTHONPATH": str(tmp_path)})


@pytest.mark.parametrize("pattern,replacement", [
    (r'IDL_HASH = "[0-9a-f]+"', 'IDL_HASH = "' + "0" * 64 + '"'),
    (r"ABI_VERSION = \d+", "ABI_VERSION = 999"),
])
def test_mismatch_refuses_to_import(tmp_path, pattern, replacement):
    run = import_copy(tmp_path, pattern, replacement)
    assert run.returncode != 0
    assert "ImportError" in run.stderr
    assert "rebuild the weaveheap Python package against this libweaveheap: pip wheel ." in run.stderr
    assert weaveheap.IDL_HASH in run.stderr or "ABI 2" in run.stderr


def test_matching_copy_imports(tmp_path):
    run = import_copy(tmp_path, r"ABI_VERSION = (\d+)", r"ABI_VERSION = \1")
    assert run.returncode == 0, run.stderr
