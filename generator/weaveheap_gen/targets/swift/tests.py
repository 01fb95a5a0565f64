"""The Swift package's generated tests, as Swift statements computed here so
that the templates only lay them out:

- the API contract (api.column(s, "swift")): every name of docs/api.md's
  Swift column referenced with the type its kind implies, so that a missing
  or misnamed function, a method that became a property, a class that
  became a struct ... fails to compile; plus the error codes and families at
  run time;
- the misuse matrix (misuse.build(s)): one test per case that Swift can
  express, its steps (misuse.plan) spelled by MisuseCode: it makes its
  objects, puts the target into the misused state, and asserts the typed
  error, the process-wide counters (unchanged but for the case's counter,
  +1) and the objects' bytes. A null where Swift has a non-optional type does
  not compile: such cases are listed, with the reason, as not expressible,
  and written out for the compiler to refuse."""
from dataclasses import dataclass

from ... import api, misuse
from ...diagnostics import IdlError

FAMILY_PROBE = "Int"          # the R of a generic closure view in a contract reference


# -- the contract ---------------------------------------------------------------------
def _func_of(c, classes, functions):
    for f in functions:
        if f.callable is c:
            return f
    for k in classes:
        for f in k.methods:
            if f.callable is c:
                return f
    return None


def contract(s, sp, classes, functions, view, threads) -> dict:
    by_name = {k.name: k for k in classes}
    checks = []      # (comment, [statements])
    glue = []
    for row, e in api.column(s, "swift"):
        say = f"{row.idl}: {e.kind} {e.path}"
        if e.kind == "glue":
            glue.append(row.idl)
            continue
        c = next((x for x in s.callables if x.name == row.idl), None)
        if e.kind in ("function", "method"):
            f = _func_of(c, classes, functions)
            o = f.primary
            qualifier = sp.package if e.kind == "function" else e.cls
            target = f"{qualifier}.{o.reference(e.name)}"
            # a class's generic parameter is SingleThreaded under the column's names
            ftype = o.type.replace(f"<{threads['param']}>", f"<{threads['single']}>")
            ftype = ftype if e.kind == "function" else f"({e.cls}) -> {ftype}"
            checks.append((say, [f"let _: {ftype} = {target}"]))
        elif e.kind == "constructor":
            k = by_name[e.cls]
            lines = [f"let _: () throws -> {e.cls} = {{ try {e.cls}() }}"]
            for o in k.inits:
                lines.append(f"let _: {o.type.replace('-> Void', '-> ' + e.cls)} = {e.cls}.{o.reference('init')}")
            checks.append((say, lines))
        elif e.kind == "close":
            checks.append((say, [f"let _: ({e.cls}) -> () throws -> Void = {e.cls}.close"]))
        elif e.kind == "view":
            lines = []
            for k in classes:
                if not k.views or k.cls not in c.classes:
                    continue
                if c.receiver.ownership == "shared":
                    lines += [f"let _: ({k.name}) -> () throws -> {view['name']} = {k.name}.view",
                              f"let _: ({k.name}) -> ((UnsafeRawBufferPointer) throws -> {FAMILY_PROBE}) throws "
                              f"-> {FAMILY_PROBE} = {k.name}.view"]
                else:
                    lines += [f"let _: ({k.name}) -> ({threads['unique']}) throws -> {view['name']} = {k.name}.view",
                              f"let _: ({k.name}) -> ({threads['unique']}, ({k.views.unique_pointer}) throws -> "
                              f"{FAMILY_PROBE}) throws -> {FAMILY_PROBE} = {k.name}.view"]
            checks.append((say, lines))
        elif e.kind == "class":
            checks.append((say, [f"let _: AnyObject.Type = {e.path}.self"]))
        elif e.kind == "struct":
            checks.append((say, [f"let _: Any.Type = {e.path}.self"]))
        elif e.kind == "error" and row.idl.startswith("errors"):
            checks.append((say, [f"let _: any Error.Type = {e.path}.self"]))
        elif e.kind == "error":
            checks.append((say, [f"let _: (String) -> {sp.base_error()} = {e.path}(message:)"]))
        else:
            raise IdlError(s.lib.pos, f"swift contract: no check for a '{e.kind}' ({row.idl})")

    # the Swift names the table has no column for: the thread-safe classes and the facets
    sendable = []
    for k in classes:
        if k.threaded:
            sendable.append(k.thread_safe)
        if k.facet:
            sendable.append(f"{k.name}.{threads['facet']}")
            for f in k.facet:
                checks.append((f"{f.callable.name} from any thread: {k.name}.{threads['facet']}.{f.name}",
                               [f"let _: ({k.name}.{threads['facet']}) -> {f.primary.type} = "
                                f"{k.name}.{threads['facet']}.{f.primary.reference(f.name)}"]))

    errors = []
    for err in s.errors:
        case = f"{sp.base_error()}.{sp.error_case(err.stem)}"
        family = []
        e = err
        while e is not None:
            family.append(sp.error_case(e.stem))
            e = e.parent
        outside = [sp.error_case(o.stem) for o in s.errors if o is not err and o not in _ancestors(err)]
        errors.append({"case": case, "code": err.code, "c_name": err.member.c_name,
                       "family": family, "outside": outside})
    return {"checks": checks, "glue": glue, "sendable": sendable, "errors": errors}


def _ancestors(e) -> list:
    out = []
    while e.parent is not None:
        e = e.parent
        out.append(e)
    return out


# -- the misuse matrix ------------------------------------------------------------------
@dataclass
class SwCase:
    id: str
    doc: str
    lines: list[str]          # the test's statements (or, not expressible: the setup and the refused call)
    why: str = ""             # not expressible: why


def _literal(value, pos) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, bytes):
        return "[" + ", ".join(str(b) for b in value) + "] as [UInt8]"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    raise IdlError(pos, f"swift misuse: no Swift literal for {value!r}")


class MisuseCode(misuse.Renderer):
    """The Swift statements of one misuse case (the checks are
    MisuseMatrixTests' own: expectRefusal)."""

    def __init__(self, sp, m: misuse.Matrix, case: misuse.Case, names: dict, stats_struct: str):
        super().__init__(m, case)
        self.sp, self.names, self.stats_struct = sp, names, stats_struct
        self.pending: list[str] = []       # declarations the next call needs (its inout buffers)

    def cls(self, c) -> str:
        return self.names[c.name]

    def label(self, p) -> str:
        return self.sp.param(p.name)

    def call(self, c, recv, args: list[str]) -> str:
        if c.role == "view":
            return f"try {recv}.view{'(.unique)' if c.receiver.ownership == 'unique' else ''} {{ _ in }}"
        if c.role in ("release", "view_release"):
            return f"try {recv}.close()"
        # a struct parameter is left to its defaults
        given = ", ".join(f"{self.label(p)}: {a}" for p, a in zip(c.params, args) if p.shape != "struct_in")
        if c.receiver is not None:
            return f"_ = try {recv}.{self.sp.member(c.member)}({given})"
        return f"_ = try {self.sp.function(c.member)}({given})"

    def value(self, p, value) -> str:
        if p.shape == "bytes_out":
            var = f"{self.label(p).strip('`')}Out"
            self.pending.append(f"var {var} = [UInt8](repeating: 0, count: {value})")
            return f"&{var}"
        if p.shape == "enum":
            return f".{self.sp.enum_member(next(x.name for x in p.enum.members if x.value == value))}"
        return _literal(value, p.idl.pos)

    def flush(self) -> list[str]:
        out, self.pending = self.pending, []
        return out

    def make(self, mk: misuse.Make) -> list[str]:
        v, t = mk.var, self.cls(mk.cls)
        if mk.how == "region":
            _, _, limit = self.m.limit
            given = f"{self.sp.param(limit.name)}: {mk.byte_limit}" if mk.byte_limit else ""
            return [f"let {v} = try {t}({given})"]
        if mk.how == "fixture":
            args = self.fixture_args(mk)
            call = self.call(mk.maker, mk.of, args).removeprefix("_ = ")
            return self.flush() + [f"let {v} = {call}"]
        if mk.how == "forged":
            return [f"let {v} = {t}(adopting: 0x{misuse.forged_handle(mk.cls):x})"]
        if mk.how == "adopt":
            return [f"let {v} = {t}(adopting: {mk.of}.handle)"]
        if mk.how == "view":
            return [f"let {v} = try {mk.of}.view({'.unique' if mk.access == 'unique' else ''})"]
        raise IdlError(self.case.callable.fn.pos, f"swift misuse: no way to make '{mk.how}'")

    null = "nil"

    def must(self, call, what):
        return self.flush() + [call]

    @staticmethod
    def bytes_of(vars) -> str:
        return "[" + ", ".join(f"try {v}.view {{ Array($0) }}" for v in vars) + "]"

    def remember(self, vars):
        return [f"let before: [[UInt8]] = {self.bytes_of(vars)}"]

    def null_receiver(self, cls):
        return f"(nil as {self.cls(cls)}?)"

    def expect(self, call):
        case = self.case
        family, e = [], case.error
        while e is not None:
            family.append(f".{self.sp.error_case(e.stem)}")
            e = e.parent
        counter = f"\\{self.stats_struct}.{self.sp.field(case.counter)}" if case.counter else "nil"
        return self.flush() + [
            f"try expectRefusal({family[0]}, family: [{', '.join(family)}], counter: {counter}) {{",
            f"    {call}", "}"]

    def unchanged(self, vars):
        return [f'XCTAssertEqual({self.bytes_of(vars)}, before, "the bytes of {", ".join(vars) or "no object"}")']

    def finish(self, regions):
        # every object lives to the end: none is released (and counted) by ARC in the window
        made = [mk.var for mk in self.plan.makes]
        return [f"withExtendedLifetime(({', '.join(made)})) {{}}"]

    def refused(self) -> list[str]:
        """A case Swift cannot express: its objects, and the call the compiler refuses."""
        return self.setup(remember=False) + self.flush() + [self.misused_call() + " // EXPECT-ERROR"]


def misuse_matrix(s, sp, classes, view) -> dict:
    m = misuse.build(s)
    names = {k.cls.name: k.name for k in classes}
    names[s.token_class.name] = view["name"]
    stats_struct = sp.class_name(s.process_stats.result.struct.name)
    written, skipped = misuse.render(m, lambda m, case: MisuseCode(sp, m, case, names, stats_struct), "swift",
                                     sp.param)

    def doc(r):
        return r.case.describe(sp.error_name(r.case.error.stem))

    cases = [SwCase(r.case.id, doc(r), r.lines()) for r in written]
    not_expressible = [SwCase(r.case.id, doc(r), r.refused(), why) for r, why in skipped]
    return {"cases": cases, "not_expressible": not_expressible, "stats": sp.function(s.process_stats.member),
            "stats_struct": stats_struct}
