# Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
# Type stub of the weaveheap package, generated from the IDL. The classes,
# exceptions and most functions are the native module's (native.pyi).
import builtins
import enum
from typing import Union

from . import native as native
from .native import Region as Region
from .native import Buffer as Buffer
from .native import Bytes as Bytes
from .native import String as String
from .native import Vector as Vector
from .native import Batch as Batch
from .native import BatchStream as BatchStream
from .native import VarVector as VarVector
from .native import ListVector as ListVector
from .native import Foreign as Foreign
from .native import View as View
from .native import Exporter as Exporter
from .native import RegionOptions as RegionOptions
from .native import Stats as Stats
from .native import WeaveHeapError as WeaveHeapError
from .native import InvalidArgumentError as InvalidArgumentError
from .native import OutOfMemoryError as OutOfMemoryError
from .native import StaleHandleError as StaleHandleError
from .native import ReusedHandleError as ReusedHandleError
from .native import ForgedHandleError as ForgedHandleError
from .native import WrongKindError as WrongKindError
from .native import BorrowError as BorrowError
from .native import BorrowConflictError as BorrowConflictError
from .native import InvalidUtf8Error as InvalidUtf8Error
from .native import OutOfRangeError as OutOfRangeError
from .native import SystemCallError as SystemCallError
from .native import version_number as version_number
from .native import version_string as version_string
from .native import abi_version as abi_version
from .native import idl_hash as idl_hash
from .native import strerror as strerror
from .native import stats_global as stats
from .native import stats_set_enabled as stats_set_enabled
from .native import stats_enabled as stats_enabled
from .native import publish_start as publish_start
from .native import publish_now as publish_now
from .native import publish_stop as publish_stop
from .native import publish_active as publish_active

ABI_VERSION: int
IDL_HASH: builtins.str
__version__: builtins.str
MAX_ALIGN: int
MAX_SIZE: int
DEFAULT_ALIGN: int
DEFAULT_CHUNK_SIZE: int

__all__ = [
    "ABI_VERSION",
    "IDL_HASH",
    "WeaveHeapError",
    "Region",
    "Buffer",
    "Bytes",
    "String",
    "Vector",
    "Batch",
    "BatchStream",
    "VarVector",
    "ListVector",
    "Foreign",
    "View",
    "Exporter",
    "RegionOptions",
    "Stats",
    "HandleKind",
    "ElementType",
    "InvalidArgumentError",
    "OutOfMemoryError",
    "StaleHandleError",
    "ReusedHandleError",
    "ForgedHandleError",
    "WrongKindError",
    "BorrowError",
    "BorrowConflictError",
    "InvalidUtf8Error",
    "OutOfRangeError",
    "SystemCallError",
    "MAX_ALIGN",
    "MAX_SIZE",
    "DEFAULT_ALIGN",
    "DEFAULT_CHUNK_SIZE",
    "version_number",
    "version_string",
    "abi_version",
    "idl_hash",
    "strerror",
    "handle_kind_of",
    "stats",
    "stats_set_enabled",
    "stats_enabled",
    "publish_start",
    "publish_now",
    "publish_stop",
    "publish_active",
    "import_arrow",
    "ForeignStream",
]

# What a function taking a handle accepts: one of the package's objects, or
# a raw handle.
_HandleObject = Union[Region, Buffer, Bytes, String, Vector, Batch, BatchStream, VarVector, ListVector, Foreign, View]


class HandleKind(enum.IntEnum):
    """The kind a handle carries in its bits (derived from the handle declarations)."""
    NONE = 0
    REGION = 1
    BUFFER = 2
    BYTES = 3
    STRING = 4
    BORROW = 5
    OBJECT = 6
    VECTOR = 7
    BATCH = 8
    BATCH_STREAM = 9
    VAR_VECTOR = 10
    LIST_VECTOR = 11
    FOREIGN = 12
    FOREIGN_STREAM = 13


class ElementType(enum.IntEnum):
    """The type of a vector's values. Each is stored as Arrow stores it: in the machine's byte order (as the Arrow C Data Interface wants), `boolean` one bit per value (least significant bit first)."""
    INT8 = 1
    INT16 = 2
    INT32 = 3
    INT64 = 4
    UINT8 = 5
    UINT16 = 6
    UINT32 = 7
    UINT64 = 8
    FLOAT32 = 9
    FLOAT64 = 10
    BOOLEAN = 11
    UTF8 = 12
    BINARY = 13


def handle_kind_of(handle: _HandleObject | int) -> HandleKind: ...


class ForeignStream:
    handle: int
    closed: bool
    def __init__(self, region: Region, handle: int) -> None: ...
    def __iter__(self) -> "ForeignStream": ...
    def __next__(self) -> Foreign: ...
    def close(self) -> None: ...
    def __enter__(self) -> "ForeignStream": ...
    def __exit__(self, *exc: object) -> None: ...


def import_arrow(region: Region, obj: object) -> Foreign | ForeignStream: ...
