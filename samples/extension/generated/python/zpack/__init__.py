# Generated from samples/extension/zpack.wh by weaveheap_gen: do not edit. IDL sha256 a79f42f696d09eae4e0adf0c4e603e9a5ffe4d5838b0b8389db22b59b0cee278
"""zpack 0.1.0 for Python: an extension of `weaveheap`
(docs/extensions.md). Its functions take the `weaveheap` package's objects
(weaveheap.Buffer, Bytes, String, Region) and borrow them for the call only,
in the one core of the process; its errors are weaveheap's classes, and its
own derive from weaveheap.WeaveHeapError."""
import weaveheap as _core

from . import _native

__version__ = "0.1.0"
IDL_HASH = "a79f42f696d09eae4e0adf0c4e603e9a5ffe4d5838b0b8389db22b59b0cee278"
CORE_IDL_HASH = "44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144"

# -- errors: the core's classes by code, and zpack's own.


class CorruptError(_core.WeaveHeapError):
    """The compressed data is corrupt or truncated."""
    code = 1000


class WrongSizeError(_core.WeaveHeapError):
    """The inflated data does not have the size the caller gave."""
    code = 1001


def _error_classes():
    found, todo = {}, [_core.WeaveHeapError]
    while todo:
        cls = todo.pop()
        todo += cls.__subclasses__()
        code = getattr(cls, "code", None)
        if isinstance(code, int) and code not in found:
            found[code] = cls
    return found


# The classes whose objects a function takes (the core checks the kind):
# the base package's (their handles read in C), then zpack's own
# (added below); registered with the C module at the end of this file.
_core_objects = (_core.Region, _core.Buffer, _core.Bytes, _core.String)
_objects = _core_objects


def _register():
    _native._register(_error_classes(), _core.WeaveHeapError, _objects, _core_objects)


_register()


class Crc:
    """A running CRC-32: feed it memory piece by piece, read the checksum of it
    all. Lives in a region like every object."""
    __slots__ = ("_handle",)

    def __init__(self, region):
        self._handle = _native.crc_create(region)

    @classmethod
    def _adopt(cls, handle):
        obj = cls.__new__(cls)
        obj._handle = handle
        return obj

    @property
    def handle(self):
        return self._handle

    @property
    def closed(self):
        return self._handle == 0

    def _live(self):
        if self._handle == 0:
            raise _core.StaleHandleError("Crc is closed")
        return self._handle

    def update(self, src):
        """Adds the bytes of `src` to the checksum, read in place."""
        return _native.crc_update(self._live(), src)

    def value(self):
        """The CRC-32 of everything added so far."""
        return _native.crc_value(self._live())

    def close(self):
        """Releases it; its handle goes stale. Closing twice is a no-op."""
        if self._handle:
            _native.crc_close(self._handle)
            self._handle = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        if getattr(self, "_handle", 0):
            try:
                self.close()
            except _core.WeaveHeapError:
                pass   # its region went first: the core freed it then

    def __repr__(self):
        return f"<zpack.Crc handle=0x{self._handle:016x}>"


_objects += (Crc,)


# the C function itself: it takes the objects, nothing to do in Python
crc32 = _native.crc32


def deflate(region, src, level=-1):
    """Deflates `src` (zlib format, `level` -1 for zlib's default, or 0..9)
    into a new buffer of `region` holding exactly the compressed bytes.
    The input is read in place; the output is written once into the new
    buffer (one counted copy, as its size is known only at the end)."""
    return _core.Buffer.from_handle(_native.deflate(region, src, level))


def inflate(region, src, size):
    """Inflates `src` (zlib format) straight into a new buffer of `region` of
    `size` bytes, the size of the data before it was deflated: no copy
    either way."""
    return _core.Buffer.from_handle(_native.inflate(region, src, size))


# the C function itself: it takes the objects, nothing to do in Python
inflate_into = _native.inflate_into


_register()
