"""The syntax tree: what the IDL file says, before any name is resolved."""
from dataclasses import dataclass, field
from typing import Optional, Union

from .diagnostics import Pos


@dataclass
class TypeRef:
    name: str
    pos: Pos
    array: bool = False              # `u8[]`: pointer + length
    view_of: Optional[str] = None    # `view(target)`: names the borrowed param


@dataclass
class Constraint:
    kind: str                        # max | pow2
    value: Optional[Union[int, str]] # max: an integer or a constant's name
    pos: Pos


@dataclass
class Param:
    name: str
    ownership: Optional[str]         # own | shared | unique | out | None (by value)
    type: TypeRef
    nullable: bool
    default: Optional[Union[int, bool]]
    pos: Pos
    constraints: list[Constraint] = field(default_factory=list)


@dataclass
class Result:
    ownership: Optional[str]         # own | static | None (by value)
    type: TypeRef


@dataclass
class Function:
    name: str
    params: list[Param]
    result: Optional[Result]
    errors: list[tuple[str, Pos]]
    threads: str
    doc: str
    pos: Pos
    c_only: bool = False             # `c_only`: for extensions' C, in no binding


@dataclass
class Module:
    name: str
    functions: list[Function]
    doc: str
    pos: Pos


@dataclass
class Member:
    name: str
    value: int
    text: Optional[str]
    doc: str
    pos: Pos


@dataclass
class Enum:
    name: str
    members: list[Member]
    doc: str
    pos: Pos
    is_errors: bool = False


@dataclass
class Field:
    name: str
    type: TypeRef
    doc: str
    pos: Pos


@dataclass
class Struct:
    name: str
    fields: list[Field]
    doc: str
    pos: Pos


@dataclass
class Handle:
    name: str
    number: Optional[int]                    # None: an extension's kind, numbered when registered
    release: Optional[tuple[str, str, Pos]]  # (module, function, pos)
    doc: str
    pos: Pos


@dataclass
class HandleSet:
    name: str
    kinds: list[tuple[str, Pos]]
    doc: str
    pos: Pos


@dataclass
class Callback:
    """`callback NAME(params) [-> TYPE] [errors(...)];`: a C function type
    the core calls back."""
    name: str
    params: list[Param]
    doc: str
    pos: Pos
    result: Optional[TypeRef] = None
    errors: list[tuple[str, Pos]] = field(default_factory=list)


@dataclass
class Const:
    name: str
    type: TypeRef
    value: int
    doc: str
    pos: Pos


@dataclass
class Library:
    name: str
    version: tuple[int, int, int]
    abi: int
    decls: list = field(default_factory=list)
    pos: Optional[Pos] = None
    imports: list[tuple[str, Pos]] = field(default_factory=list)   # `import weaveheap;`
    license: str = ""          # `license "SPDX"` on the library line; "" = the default
