"""What the generated Python tests (generated/python/tests) check with: the
API contract is data there, which check_contract() holds the built
`weaveheap` package to; each misuse test is its case's steps as Python code,
calling remember(), unchanged() and expect_misuse(). It names nothing of the
API but the process-wide stats(): every class, member, error and counter
comes from the generated tests."""
import gc
import inspect
import types

import pytest

import weaveheap
from weaveheap import native

# Members that are data, not calls.
_NOT_CALLS = (property, types.GetSetDescriptorType, types.MemberDescriptorType)


def _top(name):
    assert hasattr(weaveheap, name), f"weaveheap has no {name}"
    assert name in weaveheap.__all__, f"weaveheap.{name} is not in __all__"
    return getattr(weaveheap, name)


def check_contract(row):
    kind, path = row["kind"], row["path"]
    if kind == "glue":
        name = row["absent"]
        assert not hasattr(weaveheap, name), f"weaveheap.{name} is glue: the binding calls it for the user"
        assert not hasattr(native, name), f"weaveheap.native.{name} is glue: the binding calls it for the user"
    elif kind == "function":
        package, name = path.split(".", 1)
        assert package == weaveheap.__name__, path
        fn = _top(name)
        assert callable(fn) and not isinstance(fn, type), f"{path} is not a function: {fn!r}"
    elif kind == "constructor":
        cls = _top(path.removesuffix("()"))
        assert isinstance(cls, type), f"{path}: not a class"
        if row["no_args"]:
            obj = cls()                              # the constructor makes an object
            assert isinstance(obj, cls)
            obj.close()
    elif kind in ("method", "close", "view"):
        for one in path.split(", "):
            cls_name, member = one.split(".")
            cls = _top(cls_name)
            assert isinstance(cls, type), f"{cls_name}: not a class"
            static = inspect.getattr_static(cls, member, None)
            assert static is not None, f"{one} does not exist"
            assert not isinstance(static, _NOT_CALLS + (staticmethod, classmethod)), f"{one} is not a method"
            assert callable(getattr(cls, member)), f"{one} is not callable"
    elif kind in ("class", "struct"):
        assert isinstance(_top(path), type), f"{path}: not a class"
    elif kind == "error":
        cls = _top(path)
        assert isinstance(cls, type) and issubclass(cls, weaveheap.WeaveHeapError), f"{path}: not an error class"
    else:
        raise AssertionError(f"the contract names a kind this harness does not know: {kind}")


# -- the misuse matrix ---------------------------------------------------------
# What the generated misuse tests (generated/python/tests/test_misuse_matrix.py)
# call: each test is the steps of its case (misuse.plan), spelled in Python.
def remember(*objs):
    """The bytes of each object, read through a shared view (no copy counted)."""
    out = []
    for obj in objs:
        with memoryview(obj) as mv:
            out.append(bytes(mv))
    return out


def unchanged(before, *objs):
    assert remember(*objs) == before, "the refused call changed the bytes of an object"


def expect_misuse(call, error, counter, null_param):
    """call() raises exactly `error` (naming `null_param` when it is not
    None), and the process-wide stats move only in `counter`, by one (None:
    not at all)."""
    gc.collect()
    gc.disable()                                 # no finalizer may move a counter in the window
    try:
        before = weaveheap.stats().as_dict()
        with pytest.raises(Exception) as raised:
            call()
        after = weaveheap.stats().as_dict()
    finally:
        gc.enable()
    assert type(raised.value) is error, f"raised {type(raised.value).__name__}: {raised.value}, not {error.__name__}"
    assert str(raised.value), "an error has a message"
    if null_param is not None:       # the binding's messages start with the parameter's name
        assert str(raised.value).startswith(f"{null_param}: "), f"the message does not name {null_param}: {raised.value}"
    moved = {k: after[k] - before[k] for k in after if after[k] != before[k]}
    expected = {counter: 1} if counter else {}
    assert moved == expected, f"the refused call moved {moved}; only {expected} may move"
