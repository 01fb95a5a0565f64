"""Each file in negative/ breaks one rule of the IDL and says on its first
line, `// EXPECT: LINE:COL: MESSAGE`, the diagnostic it must produce. The
file name prefix of the diagnostic is the file's own name (or its path
relative to the repository when it goes through the CLI)."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from weaveheap_gen import DEFAULT_IDL, REPO, load
from weaveheap_gen.__main__ import main
from weaveheap_gen.diagnostics import IdlError

NEGATIVE = Path(__file__).resolve().parent / "negative"
FILES = sorted(NEGATIVE.glob("*.wh"))
EXPECT = re.compile(r"^// EXPECT: (\d+):(\d+): (.+)$")

# The rules every IDL must keep; each has at least one negative file.
REQUIRED = [
    "syntax_missing_semicolon", "syntax_missing_threads", "syntax_bad_token",
    "syntax_unexpected_eof", "syntax_expected_type", "syntax_expected_declaration",
    "unknown_type", "unknown_error", "unknown_handle_kind_in_handleset", "unknown_release_function",
    "duplicate_type", "duplicate_module", "duplicate_function", "duplicate_param",
    "duplicate_field", "duplicate_enum_member",
    "own_result_without_release", "view_without_token", "view_token_without_release",
    "name_camel_case", "name_repeats_prefix", "name_repeats_module", "name_c_clash_type",
    "error_number_twice", "handle_number_twice",
    "param_missing_ownership", "param_out_scalar", "release_first_param_not_own", "not_utf8",
]


def text_of(path: Path) -> str:
    """The file as text; a byte that is not UTF-8 (not_utf8.wh has one) as U+FFFD."""
    return path.read_bytes().decode("utf-8", errors="replace")


def expectation(path: Path) -> tuple[int, int, str]:
    first = text_of(path).split("\n", 1)[0]
    m = EXPECT.match(first)
    assert m, f"{path.name}: first line must be '// EXPECT: LINE:COL: MESSAGE', found {first!r}"
    return int(m.group(1)), int(m.group(2)), m.group(3)


def test_every_required_rule_has_a_file():
    names = {p.stem for p in FILES}
    assert not [r for r in REQUIRED if r not in names]
    assert len(FILES) >= len(REQUIRED)


def test_the_real_idl_is_valid():
    assert main(["--idl", str(DEFAULT_IDL), "--validate"]) == 0


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_load_reports_the_expected_diagnostic(path):
    line, col, message = expectation(path)
    lines = text_of(path).split("\n")
    assert 2 <= line <= len(lines), "the EXPECT line number must point into the IDL, after the EXPECT line"
    with pytest.raises(IdlError) as info:
        load(path)
    assert str(info.value) == f"{path.name}:{line}:{col}: {message}"
    assert (info.value.pos.line, info.value.pos.col, info.value.message) == (line, col, message)


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_cli_validate_prints_the_diagnostic(path, capsys):
    line, col, message = expectation(path)
    assert main(["--idl", str(path), "--validate"]) == 2
    shown = path.relative_to(REPO).as_posix()
    captured = capsys.readouterr()
    assert captured.err == f"{shown}:{line}:{col}: {message}\n"
    assert captured.out == ""


def test_cli_entry_point_exits_non_zero_with_the_diagnostic():
    path = NEGATIVE / "syntax_missing_threads.wh"
    line, col, message = expectation(path)
    run = subprocess.run([sys.executable, "-m", "weaveheap_gen", "--idl", str(path), "--validate"],
                         cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO / "generator")},
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr.strip() == f"tests/generator/negative/{path.name}:{line}:{col}: {message}"


def test_the_fixed_file_is_valid(tmp_path):
    """A negative file is the valid base plus one mistake: undoing the
    mistake makes it load, so the test proves the rule and not some other
    accident of the file."""
    path = NEGATIVE / "syntax_missing_threads.wh"
    text = path.read_text(encoding="utf-8").replace(
        "errors(invalid_argument);", "errors(invalid_argument) threads(any);")
    fixed = tmp_path / "fixed.wh"
    fixed.write_text(text, encoding="utf-8")
    lib = load(fixed)
    assert lib.function("region", "create").threads == "any"
