"""Methods on the handle classes (issue 14): those without parameters are
CPython methods reading the handle from the object (pyview.PyFastMethod),
not SWIG's wrappers. Whatever path a method takes, misuse must end as it
does through the flat API on the same handle: the same error class and the
same message; a wrong `self` or an extra argument is CPython's TypeError; an
object made without its constructor is the invalid-argument error. And the
objects have no instance dictionary (what lets CPython specialise the
method call)."""
import sys

import pytest

import weaveheap
from weaveheap import native

from conftest import idl_model, REPO

FORGED = (0x7ABC << 48) | (1 << 32) | 5     # a handle the core never gave out


def _methods():
    """(class, method name, flat function) of every method without
    parameters, from the Python target's own view of the binding surface."""
    sys.path.insert(0, str(REPO / "generator"))
    try:
        from weaveheap_gen.surface import build
        from weaveheap_gen.targets.python import pyview
        py = pyview.build(build(idl_model()))
    finally:
        sys.path.pop(0)
    out = []
    for cls in py.classes:
        for m in cls.methods:
            if m.params or m.callable.result.shape == "struct_out":
                continue
            fn = m.callable.fn
            flat = fn.name if fn.module.is_root else f"{fn.module.name}_{fn.name}"
            out.append(pytest.param(cls.name, m.name, flat, id=f"{cls.name}.{m.name}"))
    return out


METHODS = _methods()


def test_the_methods_are_found():
    names = {p.id for p in METHODS}
    assert {"Buffer.size", "Region.reset", "VarVector.is_utf8", "Vector.element_type", "Bytes.dup",
            "String.dup"} <= names


def _raised(call):
    with pytest.raises(weaveheap.WeaveHeapError) as raised:
        call()
    return type(raised.value), str(raised.value)


@pytest.mark.parametrize("cls_name, method, flat", METHODS)
def test_misuse_raises_as_the_flat_function(cls_name, method, flat):
    cls = getattr(weaveheap, cls_name)
    with weaveheap.Region() as region:
        buf = region.alloc(8)
        gone = region.alloc(8)
        stale = gone.handle
        gone.close()
        other_kind = buf.handle if cls is weaveheap.Region else region.handle
        for handle in (other_kind, FORGED, stale):
            obj = cls.from_handle(handle, owned=False)
            by_method = _raised(getattr(obj, method))
            by_flat = _raised(lambda: getattr(native, flat)(handle))
            assert by_method == by_flat, (hex(handle), by_method, by_flat)
            assert by_method[0] in (weaveheap.WrongKindError, weaveheap.ForgedHandleError,
                                    weaveheap.StaleHandleError, weaveheap.InvalidArgumentError)
        assert buf.size() == 8                       # nothing the failed calls touched moved
        buf.close()


@pytest.mark.parametrize("cls_name, method, flat", METHODS)
def test_a_wrong_self_or_an_argument_is_a_type_error(cls_name, method, flat):
    cls = getattr(weaveheap, cls_name)
    with weaveheap.Region() as region:
        stranger = region if cls is not weaveheap.Region else region.alloc(8)
        with pytest.raises(TypeError):
            getattr(cls, method)(stranger)           # an object of another class as self
        with pytest.raises(TypeError):
            getattr(cls, method)(42)
        obj = cls.from_handle(FORGED, owned=False)
        with pytest.raises(TypeError):
            getattr(obj, method)(1)                  # takes no arguments


@pytest.mark.parametrize("cls_name, method, flat", METHODS)
def test_an_object_made_by_new_is_refused(cls_name, method, flat):
    cls = getattr(weaveheap, cls_name)
    with pytest.raises(weaveheap.InvalidArgumentError, match="^self: "):
        getattr(cls.__new__(cls), method)()


def test_results_are_the_flat_functions():
    with weaveheap.Region() as region:
        buf = region.alloc(24)
        assert buf.size() == native.buffer_size(buf.handle) == 24
        s = region.string("h\u00e9")
        assert s.dup() == native.string_dup(s.handle) == "h\u00e9" and s.length() == 3
        b = region.bytes(b"\x00\x01")
        assert b.dup() == native.bytes_dup(b.handle) == b"\x00\x01" and b.length() == 2
        v = region.vector(weaveheap.ElementType.FLOAT64, 4, nullable=True)
        assert v.element_type() == native.vector_element_type(v.handle) == weaveheap.ElementType.FLOAT64
        v.append_null()
        assert (v.length(), v.null_count(), v.capacity()) == (1, 1, 4)
        vv = region.var_vector(2, 8)
        assert vv.is_utf8() is True and region.var_vector(2, 8, binary=True).is_utf8() is False
        region.reset()
        with pytest.raises(weaveheap.StaleHandleError):
            buf.size()


def test_objects_take_no_attributes_of_their_own():
    with weaveheap.Region() as region:
        buf = region.alloc(8)
        for obj in (region, buf):
            assert type(obj).__dictoffset__ == 0
            with pytest.raises(AttributeError):
                obj.note = "x"
        buf.close()
