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
from ... import api, misuse
from ...diagnostics import IdlError
from ...names import paragraph, wrap

# Misuses Go cannot express, by the shape of the misused parameter.
NOT_EXPRESSIBLE = {
    ("null", "bytes_in"): "a nil []byte is Go's empty slice, a valid value (an empty write, an "
                          "empty bytes object), not a missing one",
    ("null", "bytes_out"): "a nil []byte is Go's empty slice, a valid value (a read of 0 bytes), "
                           "not a missing one",
}


def go_value(v) -> str:
    """A Go literal for a sample or misused value."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v) if v < 1 << 32 else hex(v)
    if isinstance(v, (bytes, bytearray)):
        return '[]byte("' + "".join(chr(b) if 0x20 <= b < 0x7f and chr(b) not in '"\\' else f"\\x{b:02x}"
                                    for b in v) + '")'
    if isinstance(v, str):
        return go_value(v.encode())
    if v is None:
        return "nil"
    raise ValueError(v)


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


class MisuseCode:
    """The Go statements of one misuse case."""

    def __init__(self, pkg, m: misuse.Matrix, case: misuse.Case):
        self.pkg, self.sp, self.s = pkg, pkg.sp, pkg.s
        self.m = m
        self.case = case
        self.plan = misuse.plan(m, case)
        self.vars = {}                       # var -> the surface Class of its object

    def cls(self, c) -> str:
        return self.pkg.classes[c.name].name

    def call(self, c, recv: str, args: list[str]) -> str:
        """The Go call of callable `c` on `recv` (a variable or a nil
        receiver expression), `args` already Go expressions."""
        if c.role == "view":
            access = "wh.Unique" if c.receiver.ownership == "unique" else ""
            return f"{recv}.{self.sp.member('view')}({access})"
        if c.role in ("release", "view_release"):
            return f"{recv}.Close()"
        name = self.pkg.callable_name(c)
        if c.role in ("function", "constructor"):
            return f"wh.{name}({', '.join(args)})"
        return f"{recv}.{name}({', '.join(args)})"

    def sample_args(self, c) -> list[str]:
        return [self.arg(a.param, a.value) for a in misuse._args(c)]

    def arg(self, p, value) -> str:
        if p.shape == "bytes_out":
            return f"make([]byte, {value})"
        if p.shape == "enum":
            return f"wh.{self.sp.class_name(p.enum.name)}({value})"
        return go_value(value)

    def make(self, mk: misuse.Make) -> list[str]:
        v = mk.var
        self.vars[v] = mk.cls
        # a newer object only takes the slot of the one closed before it
        hold = [f"_ = {v} // holds the slot"] if v == "newer" else []
        if mk.how == "region":
            limit = self.case.byte_limit if v == "region" and self.case.byte_limit else 0
            if v not in self.used():
                return [f"misuseRegion(t, {limit}) // the case's region: this call does not use it"]
            return [f"{v} := misuseRegion(t, {limit})"] + hold
        if mk.how == "fixture":
            maker = self.m.fixtures[mk.cls][0]
            return [f"{v}, err := {self.call(maker, mk.of, self.sample_args(maker))}",
                    f'must(t, err, "make {v}")'] + hold
        if mk.how == "forged":
            return [f"{v} := wh.{self.cls(mk.cls)}FromHandle({hex(misuse.forged_handle(mk.cls))})"]
        if mk.how == "adopt":
            return [f"{v} := wh.{self.cls(mk.cls)}FromHandle({mk.of}.Handle())"]
        if mk.how == "view":
            access = "wh.Unique" if mk.access == "unique" else ""
            return [f"{v}, err := {mk.of}.{self.sp.member('view')}({access})", f'must(t, err, "view {v}")']
        raise ValueError(mk.how)

    def used(self) -> set:
        """The variables the case refers to after making them."""
        p = self.plan
        out = {mk.of for mk in p.makes} | {st.var for st in p.steps if st.what in ("close", "fill")}
        return out | {a.var for a in p.args} | {p.receiver} | set(p.views) | set(p.unchanged)

    def lines(self) -> list[str]:
        plan, case, c = self.plan, self.case, self.case.callable
        out = ["var err error"]
        for st in plan.steps:
            if st.what == "make":
                out += self.make(st.make)
            elif st.what == "fill":
                cls = self.vars[st.var]
                args = [self.arg(p, v) for p, v in zip(cls.write_back.params, (0, misuse.SAMPLE_TEXT.encode()))]
                out.append(f'must(t, {self.call(cls.write_back, st.var, args)}, "fill {st.var}")')
            elif st.what == "remember":
                objs = ", ".join(plan.unchanged)
                out.append(f"before := remember(t{', ' + objs if objs else ''})")
            elif st.what == "close":
                out.append(f'must(t, {st.var}.Close(), "close {st.var}")')
        args = []
        for a in plan.args:
            if a.kind == "object":
                args.append(a.var)
            elif a.kind == "null":
                args.append("nil")
            else:
                args.append(self.arg(a.param, a.value))
        recv = f"(*wh.{self.cls(self.recv_class())})(nil)" if plan.null_receiver else plan.receiver
        call = self.call(c, recv, args)
        out.append("stats := snapshot(t)")
        if c.role == "view":
            out += [f"got, err := {call}", "if err == nil {", '\tmust(t, got.Close(), "close the view")', "}"]
        elif c.result.shape != "none" and c.fallible:
            out.append(f"_, err = {call}")
        else:
            out.append(f"err = {call}")
        counter = self.sp.field(case.counter) if case.counter else ""
        out.append(f'expectMisuse[*wh.{self.sp.error_name(case.error.stem)}](t, err, stats, "{counter}", '
                   f'"{plan.null_param or ""}")')
        out += [f'must(t, {v}.Close(), "close {v}")' for v in plan.views]
        out.append(f"unchanged(t, before{', ' + ', '.join(plan.unchanged) if plan.unchanged else ''})")
        return out

    def recv_class(self):
        c = self.case.callable
        return self.s.token_class if c.role == "view_release" else self.case.cls


def misuse_cases(pkg) -> tuple[list, list]:
    """(tests, not_expressible): tests are (name, doc lines, body lines);
    not_expressible (case id, why)."""
    m = misuse.build(pkg.s)
    tests, skipped = [], []
    for case in m.cases:
        why = NOT_EXPRESSIBLE.get((case.misuse, case.target.shape if case.target else "receiver"))
        if why:
            skipped.append((case.id, why))
            continue
        code = MisuseCode(pkg, m, case)
        doc = wrap(f"{case.callable.name} ({case.misuse}): {case.why}; expects "
                   f"{pkg.sp.error_name(case.error.stem)}"
                   + (f", {case.counter} +1." if case.counter else ", no counter moving."), 74)
        tests.append(("TestMisuse_" + case.id, doc, code.lines()))
    return tests, skipped


def build(pkg) -> dict:
    # the process-wide counters: the library function that fills a struct from nothing
    stats = next(c for c in pkg.s.functions if c.result.shape == "struct_out" and not c.params)
    entries, glue = contract(pkg)
    tests, skipped = misuse_cases(pkg)
    # how a case's region gets its byte limit: the root constructor's options
    root = pkg.s.root_classes[0].constructor
    options = next(p for p in root.params if p.shape == "struct_in")
    if not any(f.name == "byte_limit" for f in options.struct.fields):
        raise IdlError(options.idl.pos, "go tests: the misuse matrix needs region options with 'byte_limit'")
    return {
        "region_ctor": pkg.callable_name(root),
        "options_type": pkg.structs[options.struct.name].name,
        "byte_limit_field": pkg.sp.field("byte_limit"),
        "contract": entries,
        "contract_glue": glue,
        "misuse_tests": tests,
        "not_expressible": [(i, wrap(why, 70)) for i, why in skipped],
        "stats_fn": pkg.sp.function(stats.member),
        "stats_type": pkg.structs[stats.result.struct.name].name,
    }
