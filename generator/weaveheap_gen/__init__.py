"""weaveheap_gen: the IDL -> bindings generator.

parse (parser.py) -> model passes (model.py) -> validate (validate.py)
-> render (render.py, one template per construct and target)."""
import hashlib
from pathlib import Path

from . import model, parser, validate

REPO = Path(__file__).resolve().parent.parent.parent
DEFAULT_IDL = REPO / "idl" / "weaveheap.wh"
DEFAULT_OUT = REPO / "generated"
DEFAULT_DOCS = REPO / "docs"


def load(idl_path: Path, display_name: str | None = None) -> model.Library:
    """Parses, builds and validates an IDL file; raises IdlError."""
    data = idl_path.read_bytes()
    name = display_name or idl_path.name
    tree = parser.parse(data.decode("utf-8"), name)
    lib = model.build(tree, name, hashlib.sha256(data.replace(b"\r\n", b"\n")).hexdigest())
    return validate.validate(lib)
