"""Methods on the handle classes (issue 14): those whose parameters and
result are numbers, handles, bytes or text are CPython methods reading the
handle from the object (pyview.PyFastMethod), not SWIG's wrappers. Misuse
must end as it does through the flat API (still SWIG's) on the same handle
and arguments: the same error class and the same message, a refused value
naming its parameter; a wrong `self`, a wrong number of arguments or an
unknown keyword is a TypeError; an object made without its constructor is
the invalid-argument error. And the objects have no instance dictionary
(what lets CPython specialise the method call)."""
import sys

import pytest

import weaveheap
from weaveheap import native

from conftest import idl_model, REPO

FORGED = (0x7ABC << 48) | (1 << 32) | 5     # a handle the core never gave out


# An argument of each parameter shape the calls below pass (the same to the
# method and to the flat function).
SAMPLE = {"int": 0, "float": 1.5, "bool": False, "object": FORGED, "bytes_in": b"ab", "bytes_out": None}


def _methods():
    """(class, method name, flat function, parameter shapes) of every method
    with a fast form, from the Python target's own view of the binding
    surface."""
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
            if m.fast is None:
                continue
            fn = m.callable.fn
            flat = fn.name if fn.module.is_root else f"{fn.module.name}_{fn.name}"
            shapes = tuple(p.surface.shape for p in m.params)
            out.append(pytest.param(cls.name, m.name, flat, shapes, id=f"{cls.name}.{m.name}"))
    return out


METHODS = _methods()
WITH_PARAMS = [p for p in METHODS if p.values[3]]


def _args(shapes):
    return [bytearray(4) if s == "bytes_out" else SAMPLE[s] for s in shapes]


def test_the_methods_are_found():
    names = {p.id for p in METHODS}
    assert {"Buffer.size", "Region.reset", "VarVector.is_utf8", "Vector.element_type", "Bytes.dup",
            "String.dup", "Buffer.write", "Buffer.read", "Vector.get", "Vector.set_f64", "Batch.add_column",
            "Batch.column_name", "VarVector.get", "BatchStream.add_batch"} <= names


def _raised(call):
    with pytest.raises(weaveheap.WeaveHeapError) as raised:
        call()
    return type(raised.value), str(raised.value)


@pytest.mark.parametrize("cls_name, method, flat, shapes", METHODS)
def test_misuse_raises_as_the_flat_function(cls_name, method, flat, shapes):
    cls = getattr(weaveheap, cls_name)
    with weaveheap.Region() as region:
        buf = region.alloc(8)
        gone = region.alloc(8)
        stale = gone.handle
        gone.close()
        other_kind = buf.handle if cls is weaveheap.Region else region.handle
        for handle in (other_kind, FORGED, stale):
            obj = cls.from_handle(handle, owned=False)
            by_method = _raised(lambda: getattr(obj, method)(*_args(shapes)))
            by_flat = _raised(lambda: getattr(native, flat)(handle, *_args(shapes)))
            assert by_method == by_flat, (hex(handle), by_method, by_flat)
            assert by_method[0] in (weaveheap.WrongKindError, weaveheap.ForgedHandleError,
                                    weaveheap.StaleHandleError, weaveheap.InvalidArgumentError)
        assert buf.size() == 8                       # nothing the failed calls touched moved
        buf.close()


@pytest.mark.parametrize("cls_name, method, flat, shapes", METHODS)
def test_a_wrong_self_or_an_argument_is_a_type_error(cls_name, method, flat, shapes):
    cls = getattr(weaveheap, cls_name)
    with weaveheap.Region() as region:
        stranger = region if cls is not weaveheap.Region else region.alloc(8)
        with pytest.raises(TypeError):
            getattr(cls, method)(stranger, *_args(shapes))     # an object of another class as self
        with pytest.raises(TypeError):
            getattr(cls, method)(42, *_args(shapes))
        obj = cls.from_handle(FORGED, owned=False)
        with pytest.raises(TypeError, match="takes"):
            getattr(obj, method)(*_args(shapes), 1)            # one argument too many
        if shapes:
            with pytest.raises(TypeError, match="missing required argument"):
                getattr(obj, method)()
            with pytest.raises(TypeError, match="invalid keyword argument"):
                getattr(obj, method)(no_such_parameter=1)
            first = obj_param_names(cls_name, method)[0]
            with pytest.raises(TypeError, match="given by name" if len(shapes) > 1 else "takes at most"):
                getattr(obj, method)(_args(shapes)[0], **{first: _args(shapes)[0]})


def obj_param_names(cls_name, method):
    """The method's parameter names, read from the error naming each when
    its value is refused (a str where none of the shapes takes one)."""
    names = []
    shapes = next(p.values[3] for p in METHODS if p.values[:2] == (cls_name, method))
    obj = getattr(weaveheap, cls_name).from_handle(FORGED, owned=False)
    for i in range(len(shapes)):
        args = _args(shapes)
        args[i] = 1j                                  # no shape takes a complex
        with pytest.raises(weaveheap.InvalidArgumentError) as raised:
            getattr(obj, method)(*args)
        names.append(str(raised.value).split(":")[0])
    return names


@pytest.mark.parametrize("cls_name, method, flat, shapes", METHODS)
def test_an_object_made_by_new_is_refused(cls_name, method, flat, shapes):
    cls = getattr(weaveheap, cls_name)
    with pytest.raises(weaveheap.InvalidArgumentError, match="^self: "):
        getattr(cls.__new__(cls), method)(*_args(shapes))


@pytest.mark.parametrize("cls_name, method, flat, shapes", WITH_PARAMS)
def test_refused_values_raise_as_the_flat_function(cls_name, method, flat, shapes):
    """Each parameter given a value of no shape, None, or -1: the method and
    the flat function refuse it alike (the same class, the same message
    naming the parameter); by keyword as by position."""
    obj = getattr(weaveheap, cls_name).from_handle(FORGED, owned=False)
    names = obj_param_names(cls_name, method)
    for i in range(len(shapes)):
        for bad in (1j, None, -1, 2 ** 64):
            args = _args(shapes)
            args[i] = bad
            by_method = _raised(lambda: getattr(obj, method)(*args))
            by_flat = _raised(lambda: getattr(native, flat)(FORGED, *args))
            assert by_method == by_flat, (names[i], bad, by_method, by_flat)
            by_keyword = _raised(lambda: getattr(obj, method)(**dict(zip(names, args))))
            assert by_keyword == by_method


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
        buf.write(offset=2, data=b"xyz")
        got = bytearray(5)
        buf.read(0, got)
        assert got == b"\0\0xyz" and native.buffer_read(buf.handle, 0, bytearray(5)) is None
        v.append_f64(2.5)
        v.set_f64(index=0, value=0.25)
        assert v.get_f64(1) == 2.5 and v.get_f64(index=0) == 0.25 and v.is_valid(0) and v.length() == 2
        iv = region.vector(weaveheap.ElementType.INT32, 2)
        iv.append(-7)
        assert iv.get(0) == -7 == native.vector_get(iv.handle, 0)
        with pytest.raises(weaveheap.OutOfRangeError, match="does not fit its type int32"):
            iv.append(2 ** 31)                         # the element type's range is the core's check
        assert iv.length() == 1
        vv.append(b"abc")
        vv.append("d\u00e9")
        assert (vv.get(0), vv.get(1), vv.value_offset(1), vv.value_length(1)) == (b"abc", "d\u00e9".encode(), 3, 3)
        batch = region.batch(2)
        batch.add_column("x", iv)
        assert batch.column_name(0) == "x" == native.batch_column_name(batch.handle, 0)
        stream = region.batch_stream(1)
        stream.add_batch(batch)
        assert stream.num_batches() == 1
        stream.close()                                 # each holds a borrow of what it was given
        batch.close()
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


def test_a_subclass_takes_attributes_and_its_methods_are_the_fast_ones():
    class Tagged(weaveheap.Region):
        pass
    region = Tagged()
    region.tag = "mine"                               # a Python subclass has its own __dict__
    buf = region.alloc(8)
    assert region.tag == "mine" and buf.size() == 8 and weaveheap.Region.reset(region) is None
    with pytest.raises(weaveheap.StaleHandleError):
        buf.size()
    region.close()
