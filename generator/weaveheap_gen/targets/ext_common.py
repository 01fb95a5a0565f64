"""What every extension target starts from (docs/extensions.md): the
boundary of the extension's functions, its core's surface and the
language's speller, and one class per kind the extension declares, which
`attach` fills with the functions the boundary gives it (constructor,
methods, close). Each target then only spells these in its language."""
from dataclasses import dataclass, field

from .. import boundary as bd
from .. import surface
from ..names import speller


@dataclass
class ExtClass:
    name: str                      # the class's name in the language: Crc
    kind: object                   # the extension's handle kind
    constructor: object = None     # the target's function records
    methods: list = field(default_factory=list)
    close: object = None


@dataclass
class ExtStart:
    b: bd.Boundary                 # the extension's functions, their roles, owners and borrows
    core: object                   # the core library the extension is bound to
    s: surface.Surface             # the core's binding surface (names, glue errors)
    sp: object                     # the language's speller over that surface
    classes: dict                  # kind name -> ExtClass


def start(lib, language: str) -> ExtStart:
    """The shared beginning of an extension target's prepare()."""
    core = lib.root
    s = surface.build(core)
    sp = speller(language, surface.brand(core), s.type_names)
    classes = {h.name: ExtClass(sp.class_name(h.name), h) for h in lib.handles}
    return ExtStart(bd.build(lib), core, s, sp, classes)


def attach(fn, classes: dict, member: str) -> "ExtClass | None":
    """Puts a function record (`fn.b` is its boundary function) in its class
    by its role; returns the class, or None for a library function."""
    bf = fn.b
    if bf.owner is None:
        return None
    cls = classes[bf.owner.name]
    if bf.role == "close":
        cls.close = fn
    elif bf.role == "constructor":
        cls.constructor = fn
    else:
        fn.name = member
        cls.methods.append(fn)
    return cls
