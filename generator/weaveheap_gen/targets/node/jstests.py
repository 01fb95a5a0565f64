"""The generated JavaScript tests, run against both backends (the N-API
package and the wasm glue, tests/node/CMakeLists.txt and
tests/wasm/CMakeLists.txt):

  contract.test.mjs   every name of docs/api.md's JavaScript column exists in
                      the built package with its kind (api.column);
  contract.ts         the same for the types (tsc --strict): every class,
                      struct and field of the column in index.d.ts;
  misuse_matrix.test.mjs
                      one test per case of misuse.build(surface): the typed
                      error, the process-wide counters unchanged but the
                      case's own (+1), the target's bytes unchanged.

Each case's JavaScript is computed here, from the surface and the steps of
the case (misuse.plan, spelled by MisuseCode); the templates lay the lines
out. A new IDL function gets its tests with no
hand-written code. Every case is expressible in JavaScript (any value can
be passed anywhere), so none is listed as "not expressible"."""
from dataclasses import dataclass

from ... import api, misuse, names
from ... import surface as sf
from .jsapi import JsApi, _fail, js_literal


@dataclass
class ContractRow:
    idl: str
    kind: str
    path: str
    lines: list               # the assertions


@dataclass
class MisuseCase:
    id: str
    why: str
    lines: list               # the test's statements, from the case's plan (misuse.plan)


@dataclass
class JsTests:
    contract: list
    glue: list                # IDL functions with no JavaScript name
    ts_types: list            # type expressions contract.ts names
    ts_values: list           # value expressions contract.ts names
    cases: list
    stats: str                # the library function that reads the process-wide counters


def build(s: sf.Surface, js: JsApi) -> JsTests:
    by_c = {jc.c: jc for jc in js.callables}
    cls_name = {c.cls.name: c.name for c in js.classes}
    if js.view:
        cls_name[js.view.cls.name] = js.view.name
    matrix = misuse.build(s)

    # -- the contract --------------------------------------------------------------
    contract, glue, ts_types, ts_values = [], [], [], []
    structs = {st.s.name: st for st in js.structs}
    for row, e in api.column(s, "javascript"):
        lines = []
        if e.kind == "glue":
            glue.append(row.idl)
            continue
        if e.kind == "function":
            lines.append(f"assert.equal(typeof wh[{names.quoted(e.name)}], 'function');")
            ts_values.append(f"wh.{e.name}")
        elif e.kind == "constructor":
            k = next(c for c in s.classes if cls_name.get(c.name) == e.cls)
            maker, args = matrix.fixtures[k]
            lines.append(f"isClass(wh[{names.quoted(e.cls)}]);")
            lines.append(f"new wh.{e.cls}({_arrange(by_c[maker], [js_literal(a.value) for a in args])}).close();")
            ts_values.append(f"wh.{e.cls}")
        elif e.kind in ("method", "close", "view"):
            for path in e.path.split(", "):
                cls, _, member = path.split(".")
                lines.append(f"isMethod(wh[{names.quoted(cls)}], {names.quoted(member)});")
                ts_values.append(f"wh.{cls}.prototype.{member}")
        elif e.kind == "class":
            lines.append(f"isClass(wh[{names.quoted(e.name)}]);")
            lines.append(f"assert.equal(typeof wh[{names.quoted(e.name)}].fromHandle, 'function');")
            ts_types.append(f"wh.{e.name}")
        elif e.kind == "struct":
            st_name = row.idl.split(" ", 1)[1]
            st = structs.get(st_name)
            if st is None:    # the error struct and the view struct are classes in JavaScript
                lines.append(f"isClass(wh[{names.quoted(e.name)}]);")
                ts_types.append(f"wh.{e.name}")
            else:
                ts_types += [f"wh.{e.name}[{names.quoted(f.name)}]" for f in st.fields]
                if st.s.direction in ("out", "both"):
                    maker = next((jc for jc in js.functions
                                  if jc.c.result.shape == "struct_out" and jc.c.result.struct is st.s
                                  and not jc.c.params), None)
                    if maker is not None:
                        keys = sorted(f.name for f in st.fields)
                        lines.append(f"assert.deepEqual(Object.keys(wh.{maker.member}()).sort(), "
                                     f"[{', '.join(names.quoted(k) for k in keys)}]);")
                if st.s.direction in ("in", "both") and not lines:
                    lines.append(f"// {e.name} is a type: contract.ts checks it and its fields")
        elif e.kind == "error":
            lines.append(f"isError(wh[{names.quoted(e.name)}], wh);")
            member = next((x for x in js.errors if x.name == e.name), None)
            if member is not None:
                lines.append(f"assert.equal(wh[{names.quoted(e.name)}].prototype.code, {names.quoted(member.code)});")
                lines.append(f"assert.equal(wh[{names.quoted(e.name)}].prototype.errno, {member.errno});")
                lines.append(f"assert.ok(wh[{names.quoted(e.name)}].prototype instanceof wh[{names.quoted(member.parent)}]);")
            ts_types.append(f"wh.{e.name}")
        else:
            _fail(s.lib.pos, f"the contract test has no check for a '{e.kind}'")
        contract.append(ContractRow(row.idl, e.kind, e.path, lines))

    cases = [MisuseCase(case.id, case.why, MisuseCode(js, by_c, matrix, case).lines()) for case in matrix.cases]
    stats = by_c[s.process_stats].member
    return JsTests(contract, glue, ts_types, ts_values, cases, stats)


def _arrange(jc, values: list[str]) -> str:
    """Arguments as JavaScript passes them: the positional ones, then an
    options object with those that have a default."""
    positional, options = [], []
    for v, p in zip(values, jc.params):
        if p.option:
            options.append(f"{p.name}: {v}")
        else:
            positional.append(v)
    if options:
        positional.append("{ " + ", ".join(options) + " }")
    return ", ".join(positional)


class MisuseCode(misuse.Renderer):
    """The JavaScript statements of one misuse case. Every case is
    expressible: any value can be passed anywhere."""

    def __init__(self, js: JsApi, by_c: dict, m: misuse.Matrix, case: misuse.Case):
        super().__init__(m, case)
        self.js, self.sp, self.by_c = js, js.sp, by_c
        self.names = {c.cls.name: c.name for c in js.classes + [js.view]}
        self.null_cls = None

    def cls(self, c) -> str:
        return self.names[c.name]

    @staticmethod
    def access(kind) -> str:
        return "{ writable: true }" if kind == "unique" else ""

    def value(self, p, value) -> str:
        if p.shape == "bytes_out":
            return f"new Uint8Array({value})"
        if p.shape == "enum":
            return names.quoted(self.sp.enum_member(next(x.name for x in p.enum.members if x.value == value)))
        return js_literal(value)

    def make(self, mk: misuse.Make) -> list[str]:
        v = mk.var
        if mk.how == "region":
            _, _, limit = self.m.limit
            options = f"{{ {self.sp.field(limit.name)}: {mk.byte_limit} }}" if mk.byte_limit else ""
            return [f"const {v} = track(new wh.{self.cls(mk.cls)}({options}));"]
        if mk.how == "fixture":
            args = self.fixture_args(mk)
            return [f"const {v} = {self.call(mk.maker, mk.of, args)};"]
        if mk.how == "forged":
            return [f"const {v} = wh.{self.cls(mk.cls)}.fromHandle({misuse.forged_handle(mk.cls)}n);"]
        if mk.how == "adopt":
            return [f"const {v} = wh.{self.cls(mk.cls)}.fromHandle({mk.of}.handle);"]
        if mk.how == "view":
            return [f"const {v} = track({mk.of}.view({self.access(mk.access)}));"]
        _fail(self.case.callable.fn.pos, f"the misuse tests have no way to make '{mk.how}'")

    def must(self, call, what):
        return [f"{call};"]

    def remember(self, vars):
        return [f"const before = remember({', '.join(vars)});"]

    def null_receiver(self, cls):
        self.null_cls = cls
        return "null"

    def call(self, c, recv, args: list[str]) -> str:
        jc = self.by_c[c]
        if c.role == "function":
            return f"wh.{jc.member}({_arrange(jc, args)})"
        if c.role == "view":
            member, given = "view", self.access(c.receiver.ownership)
        elif c.role in ("release", "view_release"):
            member, given = "close", ""
        else:
            member, given = jc.member, _arrange(jc, args)
        if recv == "null" and self.null_cls is not None:
            # a method called on null: the class's own function, given null as `this`
            return f"wh.{self.cls(self.null_cls)}.prototype.{member}.call(null{', ' if given else ''}{given})"
        return f"{recv}.{member}({given})"

    def expect(self, call):
        case, plan = self.case, self.plan
        error = next(e.name for e in self.js.errors if e.e is case.error)
        counter = self.sp.field(case.counter) if case.counter else ""
        # the binding names the parameter it refuses a null for (a receiver: its class)
        named = self.sp.param(plan.null_param) if plan.null_param and not plan.null_receiver else ""
        return [f"misuse(() => {call}, wh.{error}, '{counter}', '{named}');"]

    def unchanged(self, vars):
        return [f"unchanged(before{''.join(', ' + v for v in vars)});"]
