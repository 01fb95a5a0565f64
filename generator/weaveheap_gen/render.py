"""Renders every target's templates for a model, and compares with what is on
disk for --check. Output is deterministic: no dates, no paths of this
machine, '\\n' line ends."""
import tempfile
from pathlib import Path

import jinja2

from . import targets

TEMPLATES = Path(__file__).parent / "targets"

# How each kind of generated file opens its "do not edit" line.
COMMENT = {
    ".h": ("/* ", " */"), ".c": ("/* ", " */"), ".map": ("/* ", " */"), ".i": ("/* ", " */"),
    ".py": ("# ", ""), ".pyi": ("# ", ""), ".js": ("// ", ""), ".mjs": ("// ", ""),
    ".cjs": ("// ", ""), ".ts": ("// ", ""), ".mts": ("// ", ""), ".wit": ("// ", ""), ".go": ("// ", ""),
    ".java": ("// ", ""), ".swift": ("// ", ""), ".modulemap": ("// ", ""), ".txt": ("# ", ""),
    ".mod": ("// ", ""), ".md": ("<!-- ", " -->"), ".xml": ("<!-- ", " -->"), ".toml": ("# ", ""),
    # JSON has no comments: npm's convention is a "//" key (a package.json's first member)
    ".json": ('"//": "', '",'),
}


def banner(lib, path: str) -> str:
    start, end = COMMENT[Path(path).suffix]
    return (f"{start}Generated from {lib.idl_file} by weaveheap_gen: do not edit. "
            f"IDL sha256 {lib.idl_hash}{end}")


def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_all(lib, names=targets.NAMES, which: str = "OUTPUTS") -> dict[str, str]:
    """Returns {path: text} for the given targets: paths relative to
    generated/ for their OUTPUTS, relative to docs/ for their DOCS."""
    env = environment()
    out = {}
    for name in names:
        target = targets.load(name)
        outputs = getattr(target, which, [])
        if which == "OUTPUTS" and hasattr(target, "outputs"):
            outputs = target.outputs(lib)     # what it writes depends on the library
        if not outputs:
            continue
        extra = target.prepare(lib) if hasattr(target, "prepare") else {}
        for template, path in outputs:
            text = env.get_template(template).render(lib=lib, banner=banner(lib, path), **extra)
            out[path] = text
    return out


def render_docs(lib, names=targets.NAMES) -> dict[str, str]:
    """The pages of docs/ that targets generate (docs/api.md)."""
    return render_all(lib, names, "DOCS")


def write(files: dict[str, str], root: Path):
    for path, text in sorted(files.items()):
        dest = root / path
        dest.parent.mkdir(parents=True, exist_ok=True)
        if not dest.exists() or dest.read_text(encoding="utf-8") != text:
            dest.write_text(text, encoding="utf-8", newline="\n")


def stale(files: dict[str, str], root: Path, orphans: bool = True) -> list[str]:
    """Regenerates into a temporary directory and returns the paths under root
    that differ from it: changed, missing, or (with `orphans`, for a root
    that holds only generated files) not generated at all."""
    with tempfile.TemporaryDirectory(prefix="weaveheap_gen.") as tmp:
        fresh = Path(tmp)
        write(files, fresh)
        expected = {p.relative_to(fresh).as_posix() for p in fresh.rglob("*") if p.is_file()}
        present = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()} if root.exists() else set()
        present = {p for p in present if p.split("/")[0] in {e.split("/")[0] for e in expected}}
        if not orphans:
            present &= expected
        return sorted(p for p in expected | present
                      if p not in expected or p not in present
                      or (root / p).read_bytes() != (fresh / p).read_bytes())
