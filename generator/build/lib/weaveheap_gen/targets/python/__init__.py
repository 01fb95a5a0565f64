"""The Python binding: the SWIG layer (`weaveheap_python.i`: -builtin
classes, the buffer protocol, DLPack, Arrow, one exception class per error
code), the `weaveheap` package around the SWIG module (the ABI guard, the
names, the enums), its type stubs, and the generated contract and misuse
tests. The SWIG layer includes the language-neutral `weaveheap.i` of the
`swig` target at SWIG time; nothing here imports another target. Everything
is read from the binding surface through pyview.py."""
from ... import api, misuse, names
from ...surface import build as build_surface
from . import pyview, pytests

OUTPUTS = [
    ("python/module.i.j2", "python/weaveheap_python.i"),
    ("python/__init__.py.j2", "python/weaveheap/__init__.py"),
    ("python/__init__.pyi.j2", "python/weaveheap/__init__.pyi"),
    ("python/native.pyi.j2", "python/weaveheap/native.pyi"),
    ("python/test_contract.py.j2", "python/tests/test_contract.py"),
    ("python/test_misuse_matrix.py.j2", "python/tests/test_misuse_matrix.py"),
]


def prepare(lib):
    s = build_surface(lib)
    py = pyview.build(s)
    misuse_tests, not_expressible = pytests.misuse_cases(py, misuse.build(s))
    return {
        "py": py,
        "prefix": lib.name,
        "c_string": names.c_string,
        "memory_doc": pyview.MEMORY_DOC,
        "contract": pytests.contract(py, api.column(s, "python")),
        "misuse_tests": misuse_tests,
        "not_expressible": not_expressible,
        "reasons": sorted({why for _, why in not_expressible}),
        "unprefixed": lambda c_name: names.unprefixed(c_name, lib.name),
    }
