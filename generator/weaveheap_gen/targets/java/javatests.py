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
from ... import api, misuse
from ...diagnostics import IdlError
from ...names import wrap

# Misuses Java cannot express.
NOT_EXPRESSIBLE = {
    ("null", "receiver"): "a method called on a null reference throws the JVM's NullPointerException "
                          "before any code of the binding runs",
}


def java_value(v, jtype: str) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        if jtype == "long":
            return f"0x{v:x}L" if v >= 1 << 31 else f"{v}L"
        return str(v)
    if isinstance(v, (bytes, bytearray)):
        return "new byte[] {" + ", ".join(str(b) if b < 128 else f"(byte) 0x{b:02x}" for b in v) + "}"
    if v is None:
        return "null"
    raise ValueError(v)


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

    def value(self, c, p, value) -> str:
        if p.shape == "bytes_out":
            return f"new byte[{value}]"
        return java_value(value, self.b.arg(c, p).java_type)

    def call(self, c, recv, args: list[str]) -> str:
        if c.role == "view":
            access = "Access.UNIQUE" if c.receiver.ownership == "unique" else "Access.SHARED"
            return f"{recv}.{self.sp.member('view')}({access})"
        if c.role in ("release", "view_release"):
            return f"{recv}.close()"
        name = self.b.member_name(c)
        if c.role == "function":
            return f"{self.b.main}.{name}({', '.join(args)})"
        return f"{recv}.{name}({', '.join(args)})"

    def make(self, mk: misuse.Make) -> list[str]:
        v, t = mk.var, self.cls(mk.cls)
        if mk.how == "region":
            limit = self.case.byte_limit if v == "region" and self.case.byte_limit else 0
            return [f"{t} {v} = m.region({limit}L);"]
        if mk.how == "fixture":
            maker = self.m.fixtures[mk.cls][0]
            args = [self.value(maker, a.param, a.value) for a in misuse._args(maker)]
            return [f"{t} {v} = m.keep({self.call(maker, mk.of, args)});"]
        if mk.how == "forged":
            return [f"{t} {v} = {t}.fromHandle(0x{misuse.forged_handle(mk.cls):x}L);"]
        if mk.how == "adopt":
            return [f"{t} {v} = {t}.fromHandle({mk.of}.handle());"]
        if mk.how == "view":
            access = "Access.UNIQUE" if mk.access == "unique" else "Access.SHARED"
            return [f"{t} {v} = m.keep({mk.of}.{self.sp.member('view')}({access}));"]
        raise IdlError(self.s.lib.pos, f"java tests: no way to make '{mk.how}'")

    def fill(self, var, cls):
        wb = cls.write_back
        args = [self.value(wb, p, v) for p, v in zip(wb.params, (0, misuse.SAMPLE_TEXT.encode()))]
        return [f"{self.call(wb, var, args)};"]

    def remember(self, vars):
        return [f"byte[][] before = m.remember({', '.join(vars)});"]

    def close(self, var):
        return [f"{var}.close();"]

    def arg(self, a: misuse.CallArg) -> str:
        if a.kind == "object":
            return a.var
        if a.kind == "null":
            # a null object: the overload taking any object (a raw handle cannot be null)
            return "(Resource) null" if a.param.shape == "any_handle" else "null"
        return self.value(self.case.callable, a.param, a.value)

    def null_receiver(self, cls):
        raise IdlError(self.s.lib.pos, "java tests: a null receiver is not expressible")

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


def stats_function(b):
    """The process-wide counters: the library function that fills a struct from nothing."""
    return next(c for c in b.s.functions if c.result.shape == "struct_out" and not c.params)


def region_maker(b) -> str:
    """A Java lambda making a case's region with a byte limit (0: none)."""
    root = b.s.root_classes[0]
    options = next((p for p in root.constructor.params if p.shape == "struct_in"), None)
    if options is None or not any(f.name == "byte_limit" for f in options.struct.fields):
        raise IdlError(root.handle.pos, "java tests: the misuse matrix needs region options with 'byte_limit'")
    r = b.records[options.struct.name]
    values = ["limit" if f[0] == "byte_limit" else ("false" if f[2] == "boolean" else "0" + ("L" if f[2] == "long" else ""))
              for f in r.fields]
    name = b.classes[root.name].name
    return f"limit -> limit == 0 ? new {name}() : new {name}(new {r.name}({', '.join(values)}))"


def misuse_cases(b) -> tuple[list, list]:
    m = misuse.build(b.s)
    tests, skipped = [], []
    for case in m.cases:
        why = NOT_EXPRESSIBLE.get((case.misuse, case.target.shape if case.target else "receiver"))
        if why:
            skipped.append((case.id, why))
            continue
        doc = wrap(f"{case.callable.name} ({case.misuse}): {case.why}; expects "
                   f"{b.sp.error_name(case.error.stem)}"
                   + (f", {case.counter} +1." if case.counter else ", no counter moving."), 80)
        tests.append((case.id, doc, MisuseCode(b, m, case).lines()))
    return tests, skipped


def build(b) -> dict:
    entries, glue = contract(b)
    tests, skipped = misuse_cases(b)
    return {
        "contract": entries,
        "contract_glue": glue,
        "misuse_tests": tests,
        "region_maker": region_maker(b),
        "stats_fn": b.member_name(stats_function(b)),
        "root_class": b.classes[b.s.root_classes[0].name].name,
        "not_expressible": [(i, wrap(why, 80)) for i, why in skipped],
    }
