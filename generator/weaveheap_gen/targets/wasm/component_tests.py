"""The component's generated tests (generated/component_tests/): the WIT
column of docs/api.md checked against the built component, and the misuse
matrix spelled for a host of the component (wasmtime's Python API), from the
steps of misuse_steps.py. A case the component model makes impossible is a
"not expressible" entry with its reason, never a test."""
from ... import api
from ... import misuse as mu
from ... import misuse_steps as ms
from ... import names, witmodel
from ...surface import Surface

# Why a case cannot be written against the component, by what the case needs.
NOT_EXPRESSIBLE = {
    "forged": "a handle that was never issued cannot be named: a host holds resources, which are "
              "entries of its own table, never the core's handles (below the component model a rep "
              "that names no cell is the core's forged_handle: test_component.py)",
    "null": "WIT has no null: a resource, list or string argument is always a value",
    "wrong_kind": "a resource of another type is refused by the host's type check before the "
                  "component is entered (wasmtime: mismatched resource types)",
    "second_wrapper": "a closed object is closed again only through a second wrapper of its handle, "
                      "and no second resource of one object can be made (nothing adopts a raw "
                      "handle): close() on the closed resource itself is a no-op",
}


def _py(value) -> str:
    return repr(value)


class _Case:
    def __init__(self, plan: ms.Plan, pkg: witmodel.Package, funcs: dict):
        self.plan, self.pkg, self.funcs = plan, pkg, funcs
        self.case = plan.case
        self.id = plan.case.id
        self.lines: list[str] = []
        self.why = self.not_expressible()
        if not self.why:
            self.build()

    def not_expressible(self) -> str:
        values = [v for v in [self.plan.receiver] + self.plan.args if v is not None]
        for v in values:
            if v.kind in ("forged", "null"):
                return v.kind
        if self.case.misuse == "wrong_kind":
            return "wrong_kind"
        closes = self.case.callable.role in ("release", "view_release") and self.case.target is None
        if self.case.misuse == "double_release" or (self.case.misuse == "reused" and closes):
            return "second_wrapper"
        return ""

    # spelling
    def wf(self, c) -> witmodel.WFunc:
        return self.funcs[id(c)]

    def where(self, c) -> str:
        wf = self.wf(c)
        return f'"{wf.interface.name}", "{wf.export_name.split("#", 1)[1]}"'

    def obj(self, v: ms.Value) -> str:
        return v.value if v.kind == "token" else f"o_{v.obj.name}"

    def arg(self, p: witmodel.WParam, v: ms.Value) -> str:
        role = p.role
        if role == "borrow":
            return self.obj(v)
        if role == "handles":
            cls = v.obj.cls if v.obj is not None else self.pkg.surface.token_class
            return f'Variant("{self.pkg.resource(cls).name}", {self.obj(v)})'
        if role == "record":
            if v.value is None:
                return "None"
            rec = p.type.items[0].decl if p.type.kind == "option" else p.type.decl
            fields = {f.name: (False if f.type.name == "bool" else 0) for f in rec.fields}
            fields.update(v.value)
            return "record(" + ", ".join(f"{k}={_py(x)}" for k, x in fields.items()) + ")"
        if role == "list" and v.value == ms.FILL:
            return "FILL"
        if role == "string":
            return _py(v.value.decode() if isinstance(v.value, bytes) else v.value)
        if role == "enum":
            member = next(m for m in p.surface.enum.members if m.value == v.value)
            return _py(names.kebab(member.name))
        return _py(v.value)

    def call(self, c, receiver: ms.Value, params: list) -> str:
        """h.call(...) of `c` with the plan's values: the receiver (as self,
        or the first parameter), then the public parameters."""
        wf = self.wf(c)
        by_surface = {id(p): v for p, v in params}
        args = []
        for p in wf.all_params:
            v = receiver if p.surface is None else by_surface[id(p.surface)]
            args.append(self.arg(p, v))
        return f"h.call({self.where(c)}{''.join(', ' + a for a in args)})"

    def sample(self, p, value):
        return ms.Value("value", p, value=value)

    # steps
    def step(self, st: ms.Step):
        L = self.lines
        if st.kind == "make":
            o = st.obj
            params = []
            for a in o.args:
                value = a.value
                if a.param.shape == "struct_in" and o.byte_limit is not None:
                    value = {"byte_limit": o.byte_limit}
                params.append((a.param, self.sample(a.param, value)))
            parent = ms.Value("obj", None, obj=o.parent) if o.parent is not None else None
            L.append(f"o_{o.name} = {self.call(o.maker, parent, params)}")
        elif st.kind == "fill":
            wb = st.obj.cls.write_back
            params = [(p, self.sample(p, ms.FILL if p.shape == "bytes_in" else 0)) for p in wb.params]
            L.append(self.call(wb, ms.Value("obj", None, obj=st.obj), params))
        elif st.kind == "snapshot":
            L.append(f"was_{st.obj.name} = bytes_of_{st.obj.cls.name}(h, o_{st.obj.name})")
        elif st.kind == "close":
            L.append(self.call(st.obj.cls.release, ms.Value("obj", None, obj=st.obj), []))
        elif st.kind == "view":
            v = st.obj.cls.views[st.view]
            L.append(f"{st.token}, _ = {self.call(v, ms.Value('obj', None, obj=st.obj), [])}")
        elif st.kind == "close_view":
            L.append(self.call(self.pkg.surface.token_class.release, ms.Value("token", None, value=st.token), []))
        else:
            raise ValueError(st.kind)

    def build(self):
        plan, c = self.plan, self.case.callable
        for st in plan.steps:
            self.step(st)
        call = self.call(c, plan.receiver, list(zip(c.params, plan.args)))
        args = call[len("h.call("):-1]
        code = names.kebab(self.case.error.member.name)
        counter = _py(self.case.counter)
        self.lines.append(f'h.refused("{code}", {counter}, h.call, {args})')
        for t in plan.tokens:
            self.lines.append(self.call(self.pkg.surface.token_class.release, ms.Value("token", None, value=t), []))
        for o in plan.checked:
            self.lines.append(f'assert bytes_of_{o.cls.name}(h, o_{o.name}) == was_{o.name}, '
                              f'"the bytes of the {o.name} changed"')


class _Reader:
    """bytes_of_<class>(h, obj): an object's bytes, copied out by its class's
    copy function (a read takes the length from a shared view)."""

    def __init__(self, cls, pkg: witmodel.Package, funcs: dict):
        self.cls = cls
        s = pkg.surface
        how, fn = cls.copy_out
        res = pkg.resource(cls).name

        def at(c):
            wf = funcs[id(c)]
            return f'"{wf.interface.name}", "{wf.export_name.split("#", 1)[1]}"'

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
    cases = [_Case(p, pkg, funcs) for p in ms.plans(s)]
    contract = [(r.idl, e.path, e.kind, e.cls, e.name) for r, e in api.column(s, "wit")]
    return {
        "misuse_cases": [c for c in cases if not c.why],
        "not_expressible": [c for c in cases if c.why],
        "misuses": mu.MISUSES,
        "reasons": NOT_EXPRESSIBLE,
        "readers": [_Reader(k, pkg, funcs) for k in s.memory_classes],
        "contract": contract,
        "fill": ms.FILL,
    }
