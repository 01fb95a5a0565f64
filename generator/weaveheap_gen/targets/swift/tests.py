"""The Swift package's generated tests, as Swift statements computed here so
that the templates only lay them out:

- the API contract (api.column(s, "swift")): every name of docs/api.md's
  Swift column referenced with the type its kind implies, so that a missing
  or misnamed function, a method that became a property, a class that
  became a struct ... fails to compile; plus the error codes and families at
  run time;
- the misuse matrix (misuse.build(s)): one test per case that Swift can
  express, each making its objects, putting the target into the misused
  state, and asserting the typed error, the process-wide counters (unchanged
  but for the case's counter, +1) and the target's bytes. A null where Swift
  has a non-optional type does not compile: such cases are listed, with the
  reason, as not expressible."""
from dataclasses import dataclass
from typing import Optional

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
    name: str
    doc: str
    setup: list[str]
    keep: list[str]               # what must stay alive until the counters are compared
    code: str                     # the expected error code (a Code member)
    family: list[str]             # it and the codes above it
    counter: str                  # "\\Stats.x" or "nil"
    memory: str                   # a closure giving the target's bytes, or "nil"
    call: str


def _literal(value, pos) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, bytes):
        return "[" + ", ".join(str(b) for b in value) + "] as [UInt8]"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    raise IdlError(pos, f"swift misuse: no Swift literal for {value!r}")


class Var(str):
    """A Swift variable, as an argument value."""


class _Case:
    """Writes one case: its objects, its misused state and its call."""

    def __init__(self, mx, sp, classes, view, root):
        self.mx, self.sp, self.view, self.root_cls = mx, sp, view, root
        self.by_cls = {k.cls: k for k in classes}
        self.lines: list[str] = []
        self.vars: list[str] = []
        self.made: dict = {}      # Class -> a variable holding a live object of it

    def let(self, var: str, expr: str, mutable: bool = False) -> Var:
        self.lines.append(f"{'var' if mutable else 'let'} {var} = {expr}")
        self.vars.append(var)
        return Var(var)

    def name(self, cls) -> str:
        return self.by_cls[cls].name if cls in self.by_cls else self.view["name"]

    def args(self, args: list, values: dict) -> str:
        """The arguments of a call: the sample `args`, `values` replacing some."""
        out = []
        for a in args:
            v = values.get(a.param.name, a.value)
            label = self.sp.param(a.param.name)
            if isinstance(v, Var):
                out.append(f"{label}: {v}")
            elif a.param.shape == "struct_in":
                continue                                  # the struct's defaults
            elif a.param.shape == "bytes_out":
                dst = self.let(f"{label.strip('`')}Out", f"[UInt8](repeating: 0, count: {v})", mutable=True)
                out.append(f"{label}: &{dst}")
            elif a.param.shape in ("object", "any_handle"):
                out.append(f"{label}: {self.obj(v)}")
            else:
                out.append(f"{label}: {_literal(v, a.param.idl.pos)}")
        return ", ".join(out)

    def region(self, limit: Optional[int]) -> Var:
        """The root object every object of the case lives in (`region`), made once."""
        if self.root_cls not in self.made:
            expr = f"try {self.name(self.root_cls)}()"
            if limit:
                expr = f"try {self.name(self.root_cls)}({self.sp.param(self.mx.limit[2].name)}: {limit})"
            self.made[self.root_cls] = self.let(self.sp.param(self.root_cls.name).strip("`"), expr)
        return self.made[self.root_cls]

    def new(self, cls, limit: Optional[int] = None) -> str:
        """An expression that makes an object of `cls` (its parent made first)."""
        maker, args = self.mx.fixtures[cls]
        if maker.role == "constructor":
            return f"try {self.name(cls)}({self.args(args, {})})"
        parent = self.obj(maker.classes[0], limit=limit)
        return f"try {parent}.{self.sp.member(maker.member)}({self.args(args, {})})"

    def obj(self, cls, var: Optional[str] = None, limit: Optional[int] = None) -> Var:
        """A variable holding a live object of `cls`: the one made before, unless
        `var` asks for a new one."""
        if cls is self.root_cls:
            return self.region(limit)
        if var is None and cls in self.made:
            return self.made[cls]
        v = self.let(var or self.sp.param(cls.name).strip("`"), self.new(cls, limit))
        self.made.setdefault(cls, v)
        return v

    @staticmethod
    def view_of(target: str, kind: str) -> str:
        return f"try {target}.view({'.unique' if kind == 'unique' else ''})"


def misuse_matrix(s, sp, classes, view, threads) -> dict:
    mx = misuse.build(s)
    stats_fn = next(c for c in s.functions if c.result.shape == "struct_out" and not c.params
                    and any(f.name == "stale_rejected" for f in c.result.struct.fields))
    stats_struct = sp.class_name(stats_fn.result.struct.name)
    cases, not_expressible = [], []
    for case in mx.cases:
        if case.misuse == "null":
            not_expressible.append(_null(case, mx, sp, classes, view, s.root_classes[0]))
            continue
        cases.append(_case(case, mx, sp, classes, view, s.root_classes[0], stats_struct))
    return {"cases": cases, "not_expressible": not_expressible, "stats": sp.function(stats_fn.member),
            "stats_struct": stats_struct, "misuses": misuse.MISUSES}


@dataclass
class SwNull:
    """A null case: the call Swift refuses to compile (NotExpressible.swift checks it does)."""
    id: str
    why: str
    setup: list[str]
    call: str


def _null(case, mx, sp, classes, view, root) -> SwNull:
    w = _Case(mx, sp, classes, view, root)
    c = case.callable
    values = {}
    if case.target is None:
        why = "the receiver: a method is never called on nil (`x?.f()` skips the call)"
        recv = w.let("target", "nil")
        w.lines[-1] = f"let target: {w.name(case.cls)}? = nil"
    else:
        why = f"`{sp.param(case.target.name)}` is not optional: nil does not compile"
        values[case.target.name] = Var("nil")
        recv = w.obj(case.cls, var="target") if c.receiver is not None else None
    return SwNull(case.id, why, w.lines, _call(case, recv, w, values, sp))


def _call(case, recv, w, values, sp) -> str:
    """The misused call: on `recv`, with the case's sample arguments, `values` replacing some."""
    c = case.callable
    if c.role == "view":
        return f"try {recv}.view{'(.unique)' if c.receiver.ownership == 'unique' else ''} {{ _ in }}"
    if c.role in ("release", "view_release"):
        return f"try {recv}.close()"
    if c.receiver is not None:
        return f"_ = try {recv}.{sp.member(c.member)}({w.args(case.args, values)})"
    return f"_ = try {sp.function(c.member)}({w.args(case.args, values)})"


def _case(case, mx, sp, classes, view, root, stats_struct) -> SwCase:
    w = _Case(mx, sp, classes, view, root)
    c, cls, m = case.callable, case.cls, case.misuse
    memory = "nil"
    values = {}

    if cls is not None and cls.is_token:
        # a view's own close: a second View adopted from the token of a closed one
        viewed = w.obj(next(k.cls for k in classes if k.views))
        first = w.let("first", w.view_of(viewed, "shared"))
        w.lines.append(f"try {first}.close()")
        recv = w.let("again", f"{view['name']}(adopting: {first}.token)")
    elif m == "forged":
        recv = w.let("target", f"{w.name(cls)}(adopting: 0x{misuse.forged_handle(cls):x})")
    elif m == "wrong_kind":
        other = w.obj(case.other)
        recv = w.let("target", f"{w.name(cls)}(adopting: {other}.handle)")
    else:
        recv = w.obj(cls, var="target", limit=case.byte_limit)
        if m == "stale":
            w.lines.append(f"try {recv}.close()")
        elif m == "reused":
            w.lines.append(f"try {recv}.close()")
            w.let("made", f"try reuseSlot(of: {recv}.handle) {{ {w.new(cls)} }}")
            if c.role == "release":       # this wrapper's second close() is a no-op
                recv = w.let("again", f"{w.name(cls)}(adopting: {recv}.handle)")
        elif m == "after_region_destroy":
            w.lines.append(f"try {w.region(None)}.close()")
        elif m == "double_release":
            w.lines.append(f"try {recv}.close()")
            recv = w.let("again", f"{w.name(cls)}(adopting: {recv}.handle)")
        elif m in ("borrow_conflict", "while_borrowed"):
            viewed = recv if case.viewed in (None, cls) else w.obj(case.viewed, var="viewed")
            held = w.let("held", w.view_of(viewed, case.view))
            memory = f"{{ try {held}.withUnsafeBytes {{ Array($0) }} }}"
        elif m in ("absurd_value", "bad_alignment", "invalid_utf8"):
            values[case.target.name] = case.value
            if cls.memory:
                memory = f"{{ try {recv}.view {{ Array($0) }} }}"
        else:
            raise IdlError(c.fn.pos, f"swift misuse: no setup for a '{m}' case")

    if case.target is not None and case.target.shape in ("object", "any_handle"):
        values[case.target.name] = recv
    call = _call(case, recv, w, values, sp)

    family, e = [], case.error
    while e is not None:
        family.append(sp.error_case(e.stem))
        e = e.parent
    counter = f"\\{stats_struct}.{sp.field(case.counter)}" if case.counter else "nil"
    shown = case.value if not isinstance(case.value, int) else hex(case.value)
    doc = f"{c.name}: {case.why}" + (f" ({sp.param(case.target.name)} = {shown})"
                                     if case.value is not None and case.target is not None else "")
    return SwCase(f"test_{case.id}", doc, w.lines, w.vars, family[0], family, counter, memory, call)
