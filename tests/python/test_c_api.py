"""The core's function table as the capsule `weaveheap._C_API`
(generated/c/weaveheap_api.h): what an extension built against this package
calls. It must be this package's core (not a second copy): a buffer made by
the package is live for a call through the table, and the counters the
package reads move with calls through it."""
import ctypes
import re

import weaveheap
from conftest import REPO

_pythonapi = ctypes.pythonapi
_pythonapi.PyCapsule_GetPointer.restype = ctypes.c_void_p
_pythonapi.PyCapsule_GetPointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
_pythonapi.PyCapsule_GetName.restype = ctypes.c_char_p
_pythonapi.PyCapsule_GetName.argtypes = [ctypes.py_object]


class _Error(ctypes.Structure):
    _fields_ = [("code", ctypes.c_int32), ("message", ctypes.c_char_p)]


def _members():
    """The table's function members, in order, from the generated header."""
    text = (REPO / "generated" / "c" / "weaveheap_api.h").read_text()
    body = text.split("typedef struct weaveheap_api {", 1)[1].split("} weaveheap_api;", 1)[0]
    return re.findall(r"\(\*(\w+)\)\(", body)


def _table():
    cap = weaveheap._C_API
    assert _pythonapi.PyCapsule_GetName(cap) == b"weaveheap._C_API"
    address = _pythonapi.PyCapsule_GetPointer(cap, b"weaveheap._C_API")
    assert address
    return address


def _function(address, name, restype, *argtypes):
    index = _members().index(name)
    slot = address + 16 + index * ctypes.sizeof(ctypes.c_void_p)   # abi, size, hash, then the functions
    pointer = ctypes.c_void_p.from_address(slot).value
    return ctypes.CFUNCTYPE(restype, *argtypes)(pointer)


def test_the_capsule_is_the_core_the_package_was_built_from():
    address = _table()
    assert ctypes.c_uint32.from_address(address).value == weaveheap.ABI_VERSION
    assert ctypes.c_uint32.from_address(address + 4).value >= 16 + 8 * len(_members())
    assert ctypes.c_char_p.from_address(address + 8).value.decode() == weaveheap.IDL_HASH
    assert "object_register_kind" in _members() and "api_table" not in _members()


def test_a_call_through_the_table_reaches_the_packages_core(region):
    address = _table()
    size = _function(address, "buffer_size", ctypes.c_uint64, ctypes.c_uint64, ctypes.POINTER(_Error))
    release = _function(address, "buffer_release", None, ctypes.c_uint64, ctypes.POINTER(_Error))
    clear = _function(address, "error_clear", None, ctypes.POINTER(_Error))
    buf = region.alloc(40)
    err = _Error()
    # a second core would see a forged handle here
    assert size(buf.handle, ctypes.byref(err)) == 40 and err.code == 0
    before = region.stats()
    with buf.view() as view:   # borrowed: the table's core refuses to release it
        release(buf.handle, ctypes.byref(err))
        assert err.code == weaveheap.BorrowError.code
        clear(ctypes.byref(err))
        assert len(view) == 40
    after = region.stats()
    assert after.borrow_conflicts == before.borrow_conflicts + 1     # counted by the package's core
    buf.close()
    assert size(buf.handle, ctypes.byref(err)) == 0      # the table's core sees the package's release
    assert err.code == weaveheap.StaleHandleError.code
    clear(ctypes.byref(err))
