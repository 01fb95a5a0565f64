"""What the generated Python tests check, as data: the contract (every name
of the Python column of docs/api.md, with its kind) and the misuse matrix
(misuse.py), spelled for Python. The generated files hold only this data;
tests/python/harness.py runs it against the built package."""
from ... import misuse as mx
from ...diagnostics import IdlError
from ...surface import Callable

# Misuses Python cannot express, and why (rendered into the generated file
# and named in docs/python.md).
NOT_EXPRESSIBLE = {
    ("null", "receiver"): "Python cannot call a method on None: `None.close()` is an AttributeError and "
                          "`Class.method(None)` is refused by CPython's method descriptor (TypeError) before "
                          "any binding code runs",
}


def contract(py, column) -> list[dict]:
    """One check per row of the Python column of docs/api.md."""
    out = []
    for row, e in column:
        item = {"idl": row.idl, "kind": e.kind, "path": e.path}
        if e.kind == "glue":
            fn = next(c for c in py.s.hidden if c.name == row.idl)
            item["absent"] = py.sp.function(fn.member)
        if e.kind == "constructor":
            c = next(c for c in py.s.callables if c.name == row.idl)
            item["no_args"] = all(p.optional for p in c.params)
        out.append(item)
    return out


class _Matrix:
    def __init__(self, py, m: mx.Matrix):
        self.py, self.m, self.sp = py, m, py.sp

    def cls(self, c) -> str:
        return self.sp.class_name(c.name) if c is not None else ""

    def call(self, c: Callable) -> dict:
        """How the package spells a call of `c`."""
        sp = self.sp
        if c.role == "view_release":
            return {"kind": "close", "kwargs": {}}
        if c.role == "release":
            return {"kind": "close", "kwargs": {}}
        if c.role == "view":
            unique = c.receiver.ownership == "unique"
            return {"kind": "method", "member": self.py.view_member, "kwargs": {"writable": True} if unique else {}}
        if c.role == "method":
            return {"kind": "method", "member": sp.member(c.member), "kwargs": {}}
        if c.role == "function":
            return {"kind": "function", "member": sp.function(c.member), "kwargs": {}}
        raise IdlError(c.fn.pos, f"python target: no misuse test for a function of role '{c.role}'")

    def arg(self, a: mx.Arg):
        if a.param.shape in ("object", "any_handle"):
            return {"object": self.cls(a.value)}
        if a.param.shape == "bytes_out":
            return {"buffer": a.value}
        return {"value": a.value}

    def case(self, c: mx.Case) -> dict:
        target = None
        if c.target is not None:
            target = next(i for i, p in enumerate(c.callable.params) if p is c.target)
        why_not = NOT_EXPRESSIBLE.get((c.misuse, "receiver" if target is None else "param"))
        receiver = None
        if c.callable.role == "view_release":
            receiver = self.py.token.name
        elif c.callable.receiver is not None:
            receiver = self.cls(c.cls) if c.target is None else self.cls(c.callable.classes[0])
        item = {
            "id": c.id,
            "receiver": receiver,
            "misuse": c.misuse,
            "why": c.why,
            "callable": c.callable.name,
            "call": self.call(c.callable),
            "cls": self.cls(c.cls),
            "target": target,
            "error": self.sp.error_name(c.error.stem),
            "counter": self.sp.field(c.counter) if c.counter else None,
            "args": [self.arg(a) for a in c.args],
            "value": c.value,
            "other": self.cls(c.other),
            "view": c.view,
            "viewed": self.cls(c.viewed),
            "byte_limit": c.byte_limit,
            "forged": mx.forged_handle(c.cls) if c.cls is not None else None,
        }
        if why_not:
            item["not_expressible"] = why_not
        return item

    def fixtures(self) -> dict:
        """Class -> how to make an object of it: a constructor called with
        no argument, or a method of (an object of) another class."""
        out = {}
        for cls, (maker, args) in self.m.fixtures.items():
            if maker.role == "constructor":
                out[self.cls(cls)] = {"constructor": self.cls(cls)}
            else:
                out[self.cls(cls)] = {"on": self.cls(maker.classes[0]), "member": self.sp.member(maker.member),
                                      "args": [self.arg(a) for a in args]}
        return out

    def build(self) -> dict:
        # the field of the root class's options that limits a region's bytes
        # (misuse.BYTE_LIMIT cases make their region with it)
        return {"cases": [self.case(c) for c in self.m.cases], "fixtures": self.fixtures(),
                "byte_limit_field": self.sp.field("byte_limit"),
                "token": self.py.token.name, "view_member": self.py.view_member,
                "memory": [self.cls(c) for c in self.py.s.memory_classes],
                "writable": [self.cls(c) for c in self.py.s.memory_classes if c.writable]}


def matrix(py, m: mx.Matrix) -> dict:
    return _Matrix(py, m).build()
