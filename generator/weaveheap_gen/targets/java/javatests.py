"""The Java binding's generated tests (generated/java/tests/...):

ContractTest       every name of the Java column of docs/api.md
                   (api.column(surface, "java")) with the kind the table gives
                   it, checked by reflection (tests/java/.../Contract.java);
MisuseMatrixTest   one JUnit test per case of the misuse matrix (misuse.build),
                   from its steps (misuse.plan): the typed exception, the
                   process-wide counters unchanged but for the one that counts
                   the refusal, the objects' bytes unchanged (checked by
                   tests/java/.../MisuseSupport.java). Cases Java cannot
                   express are listed in the file with the reason.

The Java statements of each step are computed here from the plan."""
from ... import api, misuse, surface
from ...diagnostics import IdlError
from ...names import wrap


def java_value(v, jtype: str) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        if jtype == "long":
            return f"0x{v:x}L" if v >= 1 << 31 else f"{v}L"
        if v >= 1 << 31:  # a u32 above Java's int: the same 32 bits, as the JNI passes them
            return f"0x{v:x}"
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, (bytes, bytearray)):
        return "new byte[] {" + ", ".join(str(b) if b < 128 else f"(byte) 0x{b:02x}" for b in v) + "}"
    assert v is None, f"no Java literal for {v!r}"
    return "null"


def contract(b) -> tuple[list, list]:
    """(entries, glue): each entry (idl, kind, class name, member name,
    parent class name); glue (idl, the Java name it must not have)."""
    s, sp = b.s, b.sp
    parents = {sp.error_name(e.stem): sp.error_name(e.parent.stem) for e in s.errors if e.parent}
    entries, glue = [], []
    for row, e in api.column(s, "java"):
        if e.kind == "glue":
            c = next(c for c in s.hidden if c.name == row.idl)
            glue.append((row.idl, sp.function(c.member)))
        elif e.kind in ("method", "close", "view") and not e.cls:     # a member of several classes
            for path in e.path.split(", "):
                cls, member = path.split(".")[-2:]
                entries.append((row.idl, e.kind, cls, member, ""))
        elif e.kind == "function":
            entries.append((row.idl, e.kind, "", e.name, ""))
        else:
            entries.append((row.idl, e.kind, e.cls, e.name, parents.get(e.name, "")))
    return entries, glue


class MisuseCode(misuse.Renderer):
    """The Java statements of one misuse case."""

    def __init__(self, b, m: misuse.Matrix, case: misuse.Case):
        super().__init__(m, case)
        self.b, self.sp, self.s = b, b.sp, b.s

    def cls(self, c) -> str:
        return self.b.classes[c.name].name

    def value(self, p, value) -> str:
        if p.shape == "bytes_out":
            return f"new byte[{value}]"
        if p.shape == "enum":
            return f"{self.sp.class_name(p.enum.name)}.of({value})"
        return java_value(value, self.b.arg(None, p).java_type)

    @staticmethod
    def access(kind) -> str:
        return "Access.UNIQUE" if kind == "unique" else "Access.SHARED"

    def call(self, c, recv, args: list[str]) -> str:
        if c.role == "view":
            return f"{recv}.{self.sp.member(surface.VIEW_MEMBER)}({self.access(c.receiver.ownership)})"
        if c.role in ("release", "view_release"):
            return f"{recv}.close()"
        name = self.b.member_name(c)
        if c.role == "function":
            return f"{self.b.main}.{name}({', '.join(args)})"
        return f"{recv}.{name}({', '.join(args)})"

    def make(self, mk: misuse.Make) -> list[str]:
        v, t = mk.var, self.cls(mk.cls)
        if mk.how == "region":
            return [f"{t} {v} = m.region({mk.byte_limit or 0}L);"]
        if mk.how == "fixture":
            args = self.fixture_args(mk)
            return [f"{t} {v} = m.keep({self.call(mk.maker, mk.of, args)});"]
        if mk.how == "forged":
            return [f"{t} {v} = {t}.fromHandle(0x{misuse.forged_handle(mk.cls):x}L);"]
        if mk.how == "adopt":
            return [f"{t} {v} = {t}.fromHandle({mk.of}.handle());"]
        if mk.how == "view":
            return [f"{t} {v} = m.keep({mk.of}.{self.sp.member(surface.VIEW_MEMBER)}({self.access(mk.access)}));"]
        raise IdlError(self.s.lib.pos, f"java tests: no way to make '{mk.how}'")

    def must(self, call, what):
        return [f"{call};"]

    def remember(self, vars):
        return [f"byte[][] before = m.remember({', '.join(vars)});"]

    def arg(self, a: misuse.CallArg) -> str:
        if a.kind == "null" and a.param.shape == "any_handle":
            return "(Resource) null"     # the overload taking any object (a raw handle cannot be null)
        return super().arg(a)

    def expect(self, call):
        case = self.case
        if case.callable.role == "view":
            call += ".close()"
        counter = self.sp.field(case.counter) if case.counter else ""
        return ["Record stats = m.stats();",
                f'm.expectMisuse({self.sp.error_name(case.error.stem)}.class, stats, "{counter}", '
                f'"{self.plan.null_param or ""}", () -> {call});']

    def unchanged(self, vars):
        return [f"m.unchanged(before{''.join(', ' + v for v in vars)});"]


def region_maker(b, m: misuse.Matrix) -> str:
    """A Java lambda making a case's region with a byte limit (0: none)."""
    cls, options, limit = m.limit
    r = b.records[options.struct.name]
    values = ["limit" if f[0] == limit.name else ("false" if f[2] == "boolean" else "0" + ("L" if f[2] == "long" else ""))
              for f in r.fields]
    name = b.classes[cls.name].name
    return f"limit -> limit == 0 ? new {name}() : new {name}(new {r.name}({', '.join(values)}))"


def misuse_cases(b, m: misuse.Matrix) -> tuple[list, list]:
    written, skipped = misuse.render(m, lambda m, case: MisuseCode(b, m, case), "java")
    tests = [(r.case.id, wrap(r.case.describe(b.sp.error_name(r.case.error.stem)), 80), r.lines()) for r in written]
    return tests, [(r.case.id, why) for r, why in skipped]


def build(b) -> dict:
    m = misuse.build(b.s)
    entries, glue = contract(b)
    tests, skipped = misuse_cases(b, m)
    return {
        "contract": entries,
        "contract_glue": glue,
        "misuse_tests": tests,
        "region_maker": region_maker(b, m),
        "stats_fn": b.member_name(b.s.process_stats),
        "not_expressible": [(i, wrap(why, 80)) for i, why in skipped],
    }
