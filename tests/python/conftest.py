"""Fixtures for the weaveheap Python suite. It runs against whichever
`weaveheap` is importable: the build tree (PYTHONPATH, ctest python_build_tree)
or a wheel installed in a fresh venv (ctest python_wheel)."""
import ctypes
import gc
import os
import sys
from pathlib import Path

import pytest

import weaveheap

REPO = Path(__file__).resolve().parents[2]

# The wheel test (run_wheel.py) runs this suite against an installed wheel.
_expected = os.environ.get("WEAVEHEAP_EXPECT_PACKAGE_IN")
if _expected and not Path(weaveheap.__file__).resolve().is_relative_to(_expected):
    raise RuntimeError(f"weaveheap was imported from {weaveheap.__file__}, not from {_expected}")


@pytest.fixture
def region():
    r = weaveheap.Region()
    yield r
    gc.collect()
    if not r.closed:
        r.close()


def address(view) -> int:
    """The address a buffer-protocol object points at, read by numpy (works
    for read-only memory too)."""
    import numpy as np
    return np.frombuffer(view, dtype=np.uint8).__array_interface__["data"][0]


def core_address(obj) -> int:
    """The address the core reports for the object's memory (its first value
    or data byte), through a borrow of its own taken with the flat C API (a
    shared one: other shared views may live)."""
    from weaveheap import native
    token, view = native.borrow_shared(obj.handle)
    try:
        return view.data
    finally:
        native.borrow_release(token)


def c_write(addr: int, data: bytes):
    """Writes at an address from C (memmove), not through any Python object."""
    ctypes.memmove(addr, data, len(data))


def c_read(addr: int, n: int) -> bytes:
    return ctypes.string_at(addr, n)


def idl_model():
    """The IDL's model, from the generator in this source tree."""
    sys.path.insert(0, str(REPO / "generator"))
    try:
        from weaveheap_gen import DEFAULT_IDL, load
        return load(DEFAULT_IDL, "idl/weaveheap.wh")
    finally:
        sys.path.pop(0)
