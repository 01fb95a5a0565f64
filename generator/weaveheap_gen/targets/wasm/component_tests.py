"""The component's generated tests (generated/component_tests/): the WIT
column of docs/api.md checked against the built component, and the misuse
matrix spelled for a host of the component (wasmtime's Python API), its
steps from misuse.plan. A case the component model makes impossible is a
"not expressible" entry with its reason, never a test."""
from ... import api
from ... import misuse as mu
from ... import names, witmodel
from ...surface import Surface


def _py(value) -> str:
    return repr(value)


def _where(funcs: dict, c) -> str:
    """The interface and export of callable `c`, as h.call() takes them."""
    wf = funcs[id(c)]
    return f'"{wf.interface.name}", "{wf.export_name.split("#", 1)[1]}"'


class _Case(mu.Renderer):
    """The Python lines of one case: variables are the plan's, each holding
    a resource (a view's: its token)."""

    def __init__(self, m: mu.Matrix, case: mu.Case, pkg: witmodel.Package, funcs: dict):
        super().__init__(m, case)
        self.pkg, self.funcs = pkg, funcs
        self.id = case.id

    # spelling
    def value(self, p: witmodel.WParam, value) -> str:
        role = p.role
        if role == "record":
            if value is None:
                return "None"
            rec = p.type.items[0].decl if p.type.kind == "option" else p.type.decl
            fields = {f.name: (False if f.type.name == "bool" else 0) for f in rec.fields}
            fields.update(value)
            return "record(" + ", ".join(f"{k}={_py(x)}" for k, x in fields.items()) + ")"
        if role == "list" and value == mu.FILL:
            return "FILL"
        if role == "string":
            return _py(value.decode() if isinstance(value, bytes) else value)
        if role == "enum":
            member = next(x for x in p.surface.enum.members if x.value == value)
            return _py(names.kebab(member.name))
        return _py(value)

    def resource(self, p: witmodel.WParam, var: str) -> str:
        """A variable as the WIT parameter `p` takes it: a borrow, or a case of a variant."""
        if p.role == "handles":
            return f'Variant("{self.pkg.resource(self.vars[var]).wit_name}", {var})'
        return var

    def arg(self, a: mu.CallArg):
        return a                                          # spelled in call(), which knows the WIT parameter

    def call(self, c, recv, args) -> str:
        """h.call(...) of `c`: the receiver (as self, or the first
        parameter), then the public parameters."""
        wf = self.funcs[id(c)]
        by_param = {id(a.param): a for a in args}
        out = []
        for p in wf.all_params:
            if p.surface is None:
                out.append(self.resource(p, recv))
                continue
            a = by_param[id(p.surface)]
            out.append(self.resource(p, a.var) if a.kind == "object" else self.value(p, a.value))
        return f"h.call({_where(self.funcs, c)}{''.join(', ' + x for x in out)})"

    # steps
    def make(self, mk: mu.Make) -> list[str]:
        if mk.how in ("region", "fixture"):
            return [f"{mk.var} = {self.call(mk.maker, mk.of, self.fixture_call_args(mk))}"]
        if mk.how == "view":
            return [f"{mk.var}, _ = {self.call(self.vars[mk.of].views[mk.access], mk.of, [])}"]
        raise AssertionError(f"{self.id}: a '{mk.how}' is not expressible")

    def must(self, call, what):
        return [call]

    def remember(self, vars):
        return [f"was_{v} = bytes_of_{self.vars[v].name}(h, {v})" for v in vars]

    def expect(self, call):
        code = names.kebab(self.case.error.member.name)
        return [f'h.refused("{code}", {_py(self.case.counter)}, lambda: {call})']

    def unchanged(self, vars):
        return [f'assert bytes_of_{self.vars[v].name}(h, {v}) == was_{v}, "the bytes of the {v} changed"'
                for v in vars]


class _Reader:
    """bytes_of_<class>(h, obj): an object's bytes, copied out by its class's
    copy function (a read takes the length from a shared view)."""

    def __init__(self, cls, pkg: witmodel.Package, funcs: dict):
        self.cls = cls
        s = pkg.surface
        how, fn = cls.copy_out
        res = pkg.resource(cls).wit_name

        def at(c):
            return _where(funcs, c)

        if how == "read":
            self.lines = [
                f'token, view = h.call({at(cls.views["shared"])}, Variant("{res}", obj))',
                f"h.call({at(s.token_class.release)}, token)",
                f"return h.call({at(fn)}, obj, 0, view.length)",
            ]
        elif how == "dup_text":
            self.lines = [f"return h.call({at(fn)}, obj).encode()"]
        else:
            self.lines = [f"return h.call({at(fn)}, obj)"]


def prepare(s: Surface, pkg: witmodel.Package) -> dict:
    funcs = {id(wf.c): wf for wf in pkg.functions}
    m = mu.build(s)
    written, skipped = mu.render(m, lambda m, case: _Case(m, case, pkg, funcs), "wit")
    reasons = mu.NOT_EXPRESSIBLE["wit"]
    contract = [(r.idl, e.path, e.kind, e.cls, e.name) for r, e in api.column(s, "wit")]
    return {
        "misuse_cases": [(r, r.lines()) for r in written],
        # a case's reason by its key in WHY
        "not_expressible": [(r, mu.reason_key(r.plan, reasons)) for r, _ in skipped],
        "misuses": mu.MISUSES,
        "reasons": reasons,
        "readers": [_Reader(k, pkg, funcs) for k in s.memory_classes],
        "contract": contract,
        "fill": mu.FILL,
    }
