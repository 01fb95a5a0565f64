"""The generator's version: the core IDL's, read from the copy shipped as
package data, so the package, the C SDK and every binding carry one
version (the pyproject's `dynamic` version reads it from here)."""

import re
from pathlib import Path

_LIBRARY = re.compile(r"^library\s+weaveheap\s+version\s+([0-9][0-9A-Za-z.+-]*)", re.M)


def _read() -> str:
    text = (Path(__file__).parent / "idl" / "weaveheap.wh").read_text(encoding="utf-8")
    hit = _LIBRARY.search(text)
    if not hit:
        raise RuntimeError("the shipped core IDL has no 'library weaveheap version ...' line")
    return hit.group(1)


VERSION = _read()
