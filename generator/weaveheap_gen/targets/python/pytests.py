"""What the generated Python tests check: the contract (every name of the
Python column of docs/api.md, with its kind, as data that
tests/python/harness.py checks against the built package) and the misuse
matrix (misuse.py), each case's steps (misuse.plan) spelled as Python by
MisuseCode, calling the checks of harness.py."""
from ... import misuse as mx
from ... import names
from ...diagnostics import IdlError
from ...surface import Callable


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


class MisuseCode(mx.Renderer):
    """The Python statements of one misuse case; tests/python/harness.py
    has the checks they call."""

    def __init__(self, py, m: mx.Matrix, case: mx.Case):
        super().__init__(m, case)
        self.py, self.sp = py, py.sp

    def cls(self, c) -> str:
        return f"{self.sp.package}.{self.sp.class_name(c.name)}"

    def value(self, p, value) -> str:
        if p.shape == "bytes_out":
            return f"bytearray({value})"
        return repr(value)

    def call(self, c: Callable, recv, args: list[str]) -> str:
        if c.role in ("release", "view_release"):
            return f"{recv}.close()"
        if c.role == "view":
            writable = "writable=True" if c.receiver.ownership == "unique" else ""
            return f"{recv}.{self.py.view_member}({writable})"
        if c.role == "method":
            return f"{recv}.{self.sp.member(c.member)}({', '.join(args)})"
        if c.role == "function":
            return f"{self.sp.package}.{self.sp.function(c.member)}({', '.join(args)})"
        raise IdlError(c.fn.pos, f"python target: no misuse test for a function of role '{c.role}'")

    def make(self, mk: mx.Make) -> list[str]:
        v = mk.var
        if mk.how == "region":
            _, _, limit = self.m.limit
            given = f"{self.sp.field(limit.name)}={mk.byte_limit}" if mk.byte_limit else ""
            return [f"{v} = {self.cls(mk.cls)}({given})"]
        if mk.how == "fixture":
            return [f"{v} = {self.call(mk.maker, mk.of, self.fixture_args(mk))}"]
        if mk.how == "forged":
            return [f"{v} = {self.cls(mk.cls)}.from_handle({hex(mx.forged_handle(mk.cls))}, owned=False)"]
        if mk.how == "adopt":
            return [f"{v} = {self.cls(mk.cls)}.from_handle({mk.of}.handle, owned=False)"]
        if mk.how == "view":
            # the View behind the memoryview view() gives holds the borrow until closed
            if mk.access == "shared":
                return [f"{v} = {mk.of}.{self.py.view_member}().obj"]
            if self.vars[mk.of].writable:
                return [f"{v} = {mk.of}.{self.py.view_member}(writable=True).obj"]
            # the unique borrow of a class Python writes through no view of: the flat API's
            unique = self.vars[mk.of].views["unique"].fn.c_name
            return [f"{v} = {self.cls(mk.cls)}.from_handle("
                    f"{self.sp.package}.native.{names.unprefixed(unique, self.py.s.lib.name)}({mk.of}.handle)[0])"]
        raise IdlError(self.case.callable.fn.pos, f"python target: no way to make '{mk.how}'")

    null = "None"

    def must(self, call, what):
        return [call]

    def remember(self, vars):
        return [f"before = remember({', '.join(vars)})"]

    def expect(self, call):
        case = self.case
        counter = repr(self.sp.field(case.counter)) if case.counter else "None"
        return [f"expect_misuse(lambda: {call}, {self.sp.package}.{self.sp.error_name(case.error.stem)}, "
                f"{counter}, {self.plan.null_param!r})"]

    def unchanged(self, vars):
        return [f"unchanged(before{''.join(', ' + v for v in vars)})"]

    def finish(self, regions):
        return [f"{r}.close()" for r in regions]


def misuse_cases(py, m: mx.Matrix) -> tuple[list, list]:
    """(tests, not_expressible): tests are (case id, doc, body lines);
    not_expressible (case id, why)."""
    written, skipped = mx.render(m, lambda m, case: MisuseCode(py, m, case), "python")
    tests = [(r.case.id, r.case.describe(py.sp.error_name(r.case.error.stem)), r.lines()) for r in written]
    return tests, [(r.case.id, why) for r, why in skipped]
