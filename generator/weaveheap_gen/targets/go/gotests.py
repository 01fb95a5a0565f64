"""The Go package's generated tests:

contract_test.go  every name of the Go column of docs/api.md
                  (api.column(surface, "go")) referenced from Go code with
                  the kind the table gives it: a missing or renamed name does
                  not compile, one of another kind fails its check;
misuse_test.go    one test per case of the misuse matrix (misuse.build), from
                  its steps (misuse.plan): the typed error, the process-wide
                  counters unchanged but for the one that counts the refusal,
                  the objects' bytes unchanged. Cases Go cannot express are
                  listed in the file, with the reason, and are not tests.

The Go statements of each step are computed here from the plan and the Go
spellings; support_test.go holds the checks they call."""
from ... import api, misuse, surface
from ...diagnostics import IdlError
from ...names import wrap


def go_value(v) -> str:
    """A Go literal for a sample or misused value."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v) if v < 1 << 32 else hex(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, (bytes, bytearray)):
        return '[]byte("' + "".join(chr(b) if 0x20 <= b < 0x7f and chr(b) not in '"\\' else f"\\x{b:02x}"
                                    for b in v) + '")'
    if isinstance(v, str):
        return go_value(v.encode())
    assert v is None, f"no Go literal for {v!r}"
    return "nil"


def _ref(path: str) -> str:
    """A table path as a Go expression in the test package (wh.X, (*wh.X).M)."""
    if path.startswith("(*"):
        return "(*wh." + path[2:]
    return "wh." + path.split(".", 1)[1]


def contract(pkg) -> tuple[list, list]:
    """(entries, glue): each entry (idl, kind, path, Go expression, parent
    error expression or ""); glue: the table's (idl, what) the binding calls
    for the user."""
    s, sp = pkg.s, pkg.sp
    parents = {sp.error_name(e.stem): sp.error_name(e.parent.stem) for e in s.errors if e.parent}
    entries, glue = [], []
    for row, e in api.column(s, "go"):
        if e.kind == "glue":
            glue.append((row.idl, next(c.hidden_why for c in s.hidden if c.name == row.idl)))
            continue
        if e.kind in ("function", "constructor", "method", "close", "view"):
            for path in e.path.split(", "):
                entries.append((row.idl, e.kind, path, _ref(path), ""))
        elif e.kind in ("class", "error"):
            parent = parents.get(e.name)
            entries.append((row.idl, e.kind, e.path, f"(*wh.{e.name})(nil)",
                            f"(*wh.{parent})(nil)" if parent else ""))
        elif e.kind == "struct":
            entries.append((row.idl, e.kind, e.path, f"wh.{e.name}{{}}", ""))
        else:
            raise IdlError(s.lib.pos, f"go contract: no check for kind {e.kind} ({row.idl})")
    return entries, glue


class MisuseCode(misuse.Renderer):
    """The Go statements of one misuse case."""

    def __init__(self, pkg, m: misuse.Matrix, case: misuse.Case):
        super().__init__(m, case)
        self.pkg, self.sp, self.s = pkg, pkg.sp, pkg.s

    def cls(self, c) -> str:
        return self.pkg.classes[c.name].name

    def call(self, c, recv, args: list[str]) -> str:
        """The Go call of callable `c` on `recv` (a variable or a nil
        receiver expression), `args` already Go expressions."""
        if c.role == "view":
            return f"{recv}.{self.sp.member(surface.VIEW_MEMBER)}({self.access(c.receiver.ownership)})"
        if c.role in ("release", "view_release"):
            return f"{recv}.Close()"
        name = self.pkg.callable_name(c)
        if c.role in ("function", "constructor"):
            return f"wh.{name}({', '.join(args)})"
        return f"{recv}.{name}({', '.join(args)})"

    @staticmethod
    def access(kind) -> str:
        return "wh.Unique" if kind == "unique" else ""

    def value(self, p, value) -> str:
        if p.shape == "bytes_out":
            return f"make([]byte, {value})"
        if p.shape == "enum":
            return f"wh.{self.sp.class_name(p.enum.name)}({value})"
        return go_value(value)

    def preamble(self):
        return ["var err error"]

    def make(self, mk: misuse.Make) -> list[str]:
        v = mk.var
        # a newer object only takes the slot of the one closed before it
        hold = [f"_ = {v} // nothing refers to it: it only holds the slot"] if v not in self.plan.used else []
        if mk.how == "region":
            if v not in self.plan.used:
                return [f"misuseRegion(t, {mk.byte_limit or 0}) // this call does not use it"]
            return [f"{v} := misuseRegion(t, {mk.byte_limit or 0})"]
        if mk.how == "fixture":
            args = self.fixture_args(mk)
            return [f"{v}, err := {self.call(mk.maker, mk.of, args)}", f'must(t, err, "make {v}")'] + hold
        if mk.how == "forged":
            return [f"{v} := wh.{self.cls(mk.cls)}FromHandle({hex(misuse.forged_handle(mk.cls))})"]
        if mk.how == "adopt":
            return [f"{v} := wh.{self.cls(mk.cls)}FromHandle({mk.of}.Handle())"]
        if mk.how == "view":
            return [f"{v}, err := {mk.of}.{self.sp.member(surface.VIEW_MEMBER)}({self.access(mk.access)})",
                    f'must(t, err, "view {v}")']
        raise IdlError(self.s.lib.pos, f"go tests: no way to make '{mk.how}'")

    null = "nil"

    def must(self, call, what):
        return [f'must(t, {call}, "{what}")']

    def remember(self, vars):
        return [f"before := remember(t{''.join(', ' + v for v in vars)})"]

    def null_receiver(self, cls):
        return f"(*wh.{self.cls(cls)})(nil)"

    def expect(self, call):
        c, case = self.case.callable, self.case
        out = ["stats := snapshot(t)"]
        if c.role == "view":
            out += [f"got, err := {call}", "if err == nil {", '\tmust(t, got.Close(), "close the view")', "}"]
        elif c.result.shape != "none" and c.fallible:
            out.append(f"_, err = {call}")
        else:
            out.append(f"err = {call}")
        counter = self.sp.field(case.counter) if case.counter else ""
        out.append(f'expectMisuse[*wh.{self.sp.error_name(case.error.stem)}](t, err, stats, "{counter}", '
                   f'"{self.plan.null_param or ""}")')
        return out

    def unchanged(self, vars):
        return [f"unchanged(t, before{''.join(', ' + v for v in vars)})"]


def misuse_cases(pkg, m: misuse.Matrix) -> tuple[list, list]:
    """(tests, not_expressible): tests are (name, doc lines, body lines);
    not_expressible (case id, why)."""
    written, skipped = misuse.render(m, lambda m, case: MisuseCode(pkg, m, case), "go")
    tests = [("TestMisuse_" + r.case.id, wrap(r.case.describe(pkg.sp.error_name(r.case.error.stem)), 74), r.lines())
             for r in written]
    return tests, [(r.case.id, why) for r, why in skipped]


def build(pkg) -> dict:
    s = pkg.s
    m = misuse.build(s)
    entries, glue = contract(pkg)
    tests, skipped = misuse_cases(pkg, m)
    # how a case's region gets its byte limit: a field of the root constructor's options
    _, options, limit = m.limit
    return {
        "region_ctor": pkg.callable_name(s.root_classes[0].constructor),
        "options_type": pkg.structs[options.struct.name].name,
        "byte_limit_field": pkg.sp.field(limit.name),
        "contract": entries,
        "contract_glue": glue,
        "misuse_tests": tests,
        "not_expressible": [(i, wrap(why, 70)) for i, why in skipped],
        "stats_fn": pkg.sp.function(s.process_stats.member),
        "stats_type": pkg.structs[s.process_stats.result.struct.name].name,
    }
