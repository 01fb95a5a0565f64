"""weaveheap_gen: the IDL -> bindings generator.

parse (parser.py) -> model passes (model.py) -> validate (validate.py)
-> render (render.py, one template per construct and target)."""
import hashlib
from pathlib import Path

from . import model, parser, validate
from .diagnostics import IdlError, Pos

REPO = Path(__file__).resolve().parent.parent.parent
# The core's IDL: this repository's, or the copy an installed weaveheap-gen
# carries as package data (generator/pyproject.toml).
PACKAGED_IDL = Path(__file__).resolve().parent / "idl" / "weaveheap.wh"
DEFAULT_IDL = REPO / "idl" / "weaveheap.wh" if (REPO / "idl" / "weaveheap.wh").is_file() else PACKAGED_IDL
DEFAULT_OUT = REPO / "generated"
DEFAULT_DOCS = REPO / "docs"


def import_path(idl_path: Path, extra=()) -> list[Path]:
    """Where `import NAME;` looks for NAME.wh, in order: beside the IDL, the
    folders given (--import-path), then the core IDL this generator ships."""
    return [idl_path.resolve().parent, *[Path(p) for p in extra], DEFAULT_IDL.parent]


def load(idl_path: Path, display_name: str | None = None, extra_imports=()) -> model.Library:
    """Parses, builds and validates an IDL file and the libraries it imports;
    raises IdlError."""
    data = idl_path.read_bytes()
    name = display_name or idl_path.name
    tree = parser.parse(_text(data, name), name)
    imports = []
    for lib_name, pos in tree.imports:
        if lib_name == tree.name:
            raise IdlError(pos, f"library '{tree.name}' cannot import itself")
        if imports:
            raise IdlError(pos, "only one 'import' is allowed: an extension imports the core it binds to")
        where = import_path(idl_path, extra_imports)
        found = next((d / f"{lib_name}.wh" for d in where if (d / f"{lib_name}.wh").is_file()), None)
        if found is None:
            raise IdlError(pos, f"unknown import '{lib_name}': no {lib_name}.wh beside the IDL, in an "
                                f"--import-path folder or among the IDLs this generator ships")
        core = load(found, _shown(found), extra_imports)
        if core.imports:
            raise IdlError(pos, f"'{lib_name}' imports '{core.imports[0].name}' itself: "
                                f"an extension imports a core, not another extension")
        imports.append(core)
    lib = model.build(tree, name, hashlib.sha256(data.replace(b"\r\n", b"\n")).hexdigest(), imports)
    return validate.validate(lib)


def _text(data: bytes, name: str) -> str:
    """The file's text: it must be UTF-8 (IdlError at the first byte that
    is not, its column counted in characters like every other)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line_start = data.rfind(b"\n", 0, e.start) + 1
        pos = Pos(name, data.count(b"\n", 0, e.start) + 1, len(data[line_start:e.start].decode("utf-8")) + 1)
        raise IdlError(pos, f"the file is not UTF-8: byte 0x{data[e.start]:02x} is not part of a valid "
                            f"UTF-8 sequence") from None


def _shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(REPO).as_posix()
    except ValueError:
        return path.as_posix()
