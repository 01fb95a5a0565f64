"""The generated C boundary of an extension (docs/extensions.md), derived
once from the validated model: for each function of an extension, what its
C entry point does with each parameter before it calls the implementation
(take a borrow of core memory, borrow an object of the extension's own kind,
pass a value through), what the implementation receives, and what becomes of
its result (a core object it made, a payload the entry point wraps in a new
handle, a value). The `c` target renders `<lib>.h`, `<lib>_impl.h` and
`<lib>_entry.c` from this; nothing there decides anything.

The borrow rule is enforced here, once, for every language: every borrow an
entry point takes is released on every path, success or failure."""
from dataclasses import dataclass, field
from typing import Optional

from . import model as m
from .diagnostics import IdlError

# What an entry point does with a parameter:
#   view          core memory (buffer, bytes, string): borrow it (shared or
#                 unique) and hand the implementation its weaveheap_view
#   payload       an object of the extension's own kind: borrow it (shared
#                 or unique) and hand the implementation its payload
#   value         anything else: passed through as the C API has it
STEPS = ("view", "payload", "value")


@dataclass
class BParam:
    idl: m.Param
    step: str
    impl_params: list[m.CParam]          # what the implementation receives for it
    text: str                            # what it is, for the implementation's header
    kind: Optional[m.Handle] = None      # payload: the extension's kind
    unique: bool = False                 # view, payload: the borrow is unique
    # view: the kinds it takes when they are fewer than the core's borrow
    # function takes (`dst: unique buffer`: borrow.unique would lend a bytes
    # object too, read-only), checked before the borrow; empty: no check
    check_kinds: list = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.idl.name


@dataclass
class BFunction:
    fn: m.Function
    params: list[BParam]
    impl_name: str                       # <lib>_impl_<module>_<fn>
    impl_return: str                     # its C return type
    result: str                          # none | value | core_object | payload | release
    kind: Optional[m.Handle] = None      # payload, release: the kind made or released
    region: Optional[m.Param] = None     # payload: the region the new object lives in
    # How a language with classes presents it: "constructor", "method" or
    # "close" of the extension's kind `owner`, or a library "function".
    role: str = "function"
    owner: Optional[m.Handle] = None
    borrows: list[BParam] = field(default_factory=list)   # view and payload parameters, in order

    @property
    def c_name(self) -> str:
        return self.fn.c_name


@dataclass
class Boundary:
    lib: m.Library
    core: m.Library
    functions: list[BFunction]
    kinds: list[m.Handle]                # the extension's own kinds, registered at init
    payload_types: dict                  # kind name -> `struct <lib>_<kind>`
    memory_kinds: list[m.Handle]         # the core kinds a view can be taken of

    @property
    def init_name(self) -> str:
        return f"{self.lib.name}_init"

    @property
    def core_name(self) -> str:
        """The accessor of the core's table for implementations."""
        return f"{self.lib.name}_core"


def _fail(pos, msg):
    raise IdlError(pos, f"extension boundary: {msg}")


def _payload_type(lib: m.Library, h: m.Handle) -> str:
    return f"struct {lib.name}_{h.name}"


def build(lib: m.Library) -> Boundary:
    if not lib.is_extension:
        _fail(lib.pos, f"'{lib.name}' imports no core: it is not an extension")
    core = lib.root
    if core.views is None:
        _fail(lib.pos, f"the core '{core.name}' has no views to lend memory with")
    memory = list(core.views.kinds)
    payloads = {h.name: _payload_type(lib, h) for h in lib.handles}
    view_c = core.views.struct.c_name
    out = []
    for f in lib.functions:
        params = []
        for p in f.params:
            t = p.type
            kinds = t.kinds
            if t.is_handle and kinds and all(k in memory for k in kinds) and p.ownership in ("shared", "unique"):
                unique = p.ownership == "unique"
                what = " | ".join(k.name for k in kinds)
                text = (f"the bytes of the {what} `{p.name}`, borrowed "
                        f"{'unique (writable for a buffer)' if unique else 'shared (read-only)'} for the call: "
                        f"valid only until the implementation returns")
                check = [] if set(map(id, kinds)) == set(map(id, memory)) else list(kinds)
                params.append(BParam(p, "view", [m.CParam(f"{'' if unique else 'const '}{view_c}*", p.name)], text,
                                     unique=unique, check_kinds=check))
            elif t.category == "handle" and lib.owns(t.decl):
                if p.ownership == "own":
                    if f.releases is not t.decl:
                        _fail(p.pos, f"{f.qualified_name}: only the release of '{t.name}' may take it 'own'")
                    continue
                unique = p.ownership == "unique"
                text = (f"the payload of the {t.name} `{p.name}`, borrowed {'unique' if unique else 'shared'} "
                        f"for the call (it cannot be released meanwhile): valid only until the implementation "
                        f"returns")
                params.append(BParam(p, "payload", [m.CParam(f"{payloads[t.name]}*", p.name)], text,
                                     kind=t.decl, unique=unique))
            else:
                text = "passed through as the C API has it" + \
                    (": a region handle to make results in with the core's table" if t.category == "handle" else "")
                params.append(BParam(p, "value", list(p.c_params), text))
        r = f.result
        kind = None
        if f.releases is not None:
            result, impl_return, kind = "release", "void", f.releases
        elif r is None:
            result, impl_return = "none", "void"
        elif r.ownership == "own" and r.type.category == "handle" and lib.owns(r.type.decl):
            result, impl_return, kind = "payload", f"{payloads[r.type.name]}*", r.type.decl
        elif r.ownership == "own" and r.type.category == "handle":
            result, impl_return = "core_object", r.c_type
        else:
            result, impl_return = "value", r.c_type
        bf = BFunction(f, params, f"{lib.name}_impl_{f.name}" if f.module.is_root
                       else f"{lib.name}_impl_{f.module.name}_{f.name}", impl_return, result, kind)
        bf.borrows = [p for p in params if p.step in ("view", "payload")]
        if result == "payload":   # the region: the one core kind that is neither memory nor a borrow
            bf.region = next((p for p in f.params if p.type.category == "handle" and not lib.owns(p.type.decl)
                              and p.type.decl not in memory and p.type.decl is not core.views.token
                              and not p.type.decl.c_only), None)
            if bf.region is None:
                _fail(f.pos, f"{f.qualified_name} makes a '{kind.name}': it needs a region parameter to make it in")
        first = f.params[0].type if f.params else None
        if result == "release":
            bf.role, bf.owner = "close", kind
        elif result == "payload" and f.module.name == kind.name and f.name == "create":
            bf.role, bf.owner = "constructor", kind
        elif first is not None and first.category == "handle" and lib.owns(first.decl):
            bf.role, bf.owner = "method", first.decl
        out.append(bf)
    return Boundary(lib, core, out, list(lib.handles), payloads, memory)
