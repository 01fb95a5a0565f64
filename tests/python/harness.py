"""Runs the generated Python tests (generated/python/tests): the API contract
and the misuse matrix are data there, spelled for Python by the generator;
this module checks them against the built `weaveheap` package. It knows no
name of the API: every class, member, error and counter comes from the data."""
import ctypes
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
PATTERN = bytes(range(1, 256))


class _World:
    """The objects one case needs, made with the matrix's fixtures, and the
    views it holds."""

    def __init__(self, matrix, byte_limit):
        self.m = matrix
        self.objects = {}      # class name -> the object of that class the case uses
        self.keep = []         # everything made, kept alive until the end
        self.held = []         # live views: memoryviews, or raw tokens from native
        self.limit = byte_limit

    def cls(self, name):
        return getattr(weaveheap, name)

    def make(self, name):
        how = self.m["fixtures"][name]
        if "constructor" in how:
            kwargs = {self.m["byte_limit_field"]: self.limit} if self.limit else {}
            obj = self.cls(how["constructor"])(**kwargs)
        else:
            parent = self.get(how["on"])
            obj = getattr(parent, how["member"])(*[self.value(a) for a in how["args"]])
        if name in self.m["writable"]:
            with obj.__getattribute__(self.m["view_member"])(writable=True) as mv:
                mv[:] = (PATTERN * (len(mv) // len(PATTERN) + 1))[:len(mv)]
        self.keep.append(obj)
        return obj

    def get(self, name):
        if name not in self.objects:
            self.objects[name] = self.make(name)
        return self.objects[name]

    def value(self, arg):
        if "object" in arg:
            return self.get(arg["object"])
        if "buffer" in arg:
            return bytearray(arg["buffer"])
        return arg["value"]

    def hold(self, obj, kind):
        """A live view of `obj`: the shared one, or the unique one (through
        the package when the class has writable views, else the flat API)."""
        view = getattr(obj, self.m["view_member"])
        if kind == "shared":
            self.held.append((obj, view()))
        elif type(obj).__name__ in self.m["writable"]:
            self.held.append((obj, view(writable=True)))
        else:
            self.held.append((obj, native.borrow_unique(obj.handle)))

    def contents(self):
        """The bytes of every memory object of the case, read without a
        counted copy: through a shared view, or through the unique view the
        case holds on it; "gone" for one that was released."""
        out = {}
        for i, obj in enumerate(self.keep):
            if type(obj).__name__ not in self.m["memory"]:
                continue
            try:
                with memoryview(obj) as mv:
                    out[i] = bytes(mv)
            except weaveheap.BorrowConflictError:
                (held,) = [h for o, h in self.held if o is obj]
                if isinstance(held, memoryview):
                    out[i] = bytes(held)
                else:                                     # (token, view struct) from the flat API
                    out[i] = ctypes.string_at(held[1].data, held[1].length)
            except weaveheap.WeaveHeapError:
                out[i] = "gone"
        return out

    def release(self):
        for _, h in reversed(self.held):
            if isinstance(h, memoryview):
                h.release()
            else:
                native.borrow_release(h[0])
        self.held.clear()
        for obj in reversed(self.keep):
            try:
                obj.close()
            except weaveheap.WeaveHeapError:
                pass


def run_misuse(case, matrix):
    gc.collect()
    w = _World(matrix, case["byte_limit"])
    try:
        _run(case, matrix, w)
    finally:
        w.release()
        gc.collect()


def _run(case, m, w):
    misuse, target_index = case["misuse"], case["target"]
    token = m["token"]
    args = [w.value(a) for a in case["args"]]

    # the object the misuse is about: the receiver, or the argument `target`
    if case["receiver"] == token:
        mv = getattr(w.get(m["memory"][0]), m["view_member"])()
        target = mv.obj                                  # a View, its memoryview gone
        mv.release()
    elif target_index is None:
        target = w.get(case["cls"])
    elif "object" in case["args"][target_index]:
        target = args[target_index]
    else:
        target = None

    cls = type(target) if target is not None else None
    if misuse == "stale":
        target.close()
    elif misuse == "reused":
        target.close()
        w.make(case["cls"])                      # takes the freed slot
        if case["call"]["kind"] == "close":      # close() after close() does nothing: a second wrapper
            target = cls.from_handle(target.handle, owned=False)
    elif misuse == "forged":
        target = cls.from_handle(case["forged"], owned=False)
    elif misuse == "wrong_kind":
        other = w.get(case["other"])
        target = cls.from_handle(other.handle, owned=False)
    elif misuse == "after_region_destroy":
        w.get(m["fixtures"][case["cls"]]["on"]).close()
    elif misuse == "double_release":
        target.close()
        target = cls.from_handle(target.handle, owned=False)
    elif misuse in ("while_borrowed", "borrow_conflict"):
        viewed = target if case["viewed"] in ("", case["cls"]) else w.get(case["viewed"])
        w.hold(viewed, case["view"])
    elif misuse not in ("null", "invalid_utf8", "absurd_value", "bad_alignment"):
        raise AssertionError(f"the matrix names a misuse this harness does not know: {misuse}")

    # the misused argument
    if target_index is None:
        receiver = target
    else:
        receiver = w.get(case["receiver"]) if case["receiver"] else None
    if target_index is not None:
        if misuse == "null":
            args[target_index] = None
        elif misuse in ("invalid_utf8", "absurd_value", "bad_alignment"):
            args[target_index] = case["value"]
        else:
            args[target_index] = target

    call = case["call"]
    if call["kind"] == "close":
        run = receiver.close
    elif call["kind"] == "method":
        run = getattr(receiver, call["member"])
    else:
        run = getattr(weaveheap, call["member"])
    error = getattr(weaveheap, case["error"])

    contents = w.contents()
    gc.collect()
    gc.disable()                                 # no finalizer may move a counter in the window
    try:
        before = weaveheap.stats().as_dict()
        with pytest.raises(weaveheap.WeaveHeapError) as raised:
            run(*args, **call["kwargs"])
        after = weaveheap.stats().as_dict()
    finally:
        gc.enable()
    assert type(raised.value) is error, f"raised {type(raised.value).__name__}: {raised.value}, not {case['error']}"
    moved = {k: after[k] - before[k] for k in after if after[k] != before[k]}
    expected = {case["counter"]: 1} if case["counter"] else {}
    assert moved == expected, f"the refused call moved {moved}; only {expected} may move"
    assert w.contents() == contents, "the refused call changed the bytes of an object"
