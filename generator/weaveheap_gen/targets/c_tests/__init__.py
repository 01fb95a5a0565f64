"""The C column of the misuse matrix (generated/c_tests/misuse_matrix.c): one
CUnit test per case of misuse.build(surface), spelled from the steps of
misuse_steps.py, compiled by tests/core/CMakeLists.txt and run in the main
and the sanitizer builds. Each test asserts the typed error code, that the
process-wide counters moved only by the case's counter (+1 exactly), and that
the bytes of every live object of the case are unchanged.

In C a null is what the C API can be given: a NULL pointer (with the sample
length: invalid_argument), or, for a handle, the handle 0, which the core
refuses as forged (forged_handle, counted as a rejected handle)."""
from ... import misuse as mu
from ... import misuse_steps as ms
from ... import surface
from ...diagnostics import IdlError

OUTPUTS = [
    ("c_tests/misuse_matrix.c.j2", "c_tests/misuse_matrix.c"),
]

SNAPSHOT_BYTES = 64      # the sample objects are smaller: a longer one fails its check


def _int(value: int, c_type: str) -> str:
    if c_type == "bool":
        return "true" if value else "false"
    if value < 0:
        return f"({c_type})INT64_C({value})"
    return f"({c_type})UINT64_C({value})"


class _Case:
    """The C of one case: its lines before the call, the call, and after."""

    def __init__(self, plan: ms.Plan, s: surface.Surface, lib):
        self.plan, self.s, self.lib = plan, s, lib
        self.case = plan.case
        self.id = plan.case.id
        self.lines: list[str] = []
        self.consts: list[str] = []
        self.outs = 0
        self.error, self.counter = self.case.error, self.case.counter
        null = plan.null_target
        if null is not None and (null.param is None or null.param.shape in ("object", "any_handle")):
            # the C meaning of a null handle: 0, never issued
            self.error = s.error("forged_handle")
            self.counter = mu._handle_counter(self.error)
        if self.error not in self.case.callable.errors:
            raise IdlError(self.case.callable.fn.pos, f"misuse matrix, C: {self.id} expects "
                                                      f"{self.error.member.name}, which the function does not declare")
        self.build()

    # values
    def bytes_const(self, data: bytes) -> str:
        name = f"data{len(self.consts) + 1}"
        body = ", ".join(f"0x{b:02x}" for b in data) or "0"
        self.consts.append(f"static const uint8_t {name}[{max(len(data), 1)}] = {{{body}}};")
        return name

    def handle(self, v: ms.Value) -> str:
        if v.kind == "obj":
            return f"o_{v.obj.name}"
        if v.kind == "token":
            return v.value
        if v.kind == "forged":
            return f"UINT64_C(0x{mu.forged_handle(v.cls):016x})"
        if v.kind == "null":
            return "0"
        raise ValueError(v.kind)

    def arg(self, p: surface.Param, v: ms.Value) -> list[str]:
        """The C arguments for one public parameter."""
        shape = p.shape
        if shape in ("object", "any_handle"):
            return [self.handle(v)]
        if shape in ("bytes_in", "text_in"):
            data = v.value if isinstance(v.value, bytes) else mu.sample(p)
            data = data.encode() if isinstance(data, str) else data
            if v.kind == "null":
                ptr = "NULL"
            else:
                ptr = self.bytes_const(data)
                if shape == "text_in":
                    ptr = f"(const char*){ptr}"
            return [ptr] + ([f"UINT64_C({len(data)})"] if len(p.idl.c_params) == 2 else [])
        if shape == "bytes_out":
            n = v.value if v.kind == "dst" else mu.sample(p)
            if v.kind == "null":
                return ["NULL", f"UINT64_C({n})"]
            self.lines.append(f"uint8_t dst[{max(n, 1)}] = {{0}};")
            return ["dst", f"UINT64_C({n})"]
        if shape == "struct_in":
            return ["NULL"] if v.value is None else [self.struct_value(p, v.value)]
        return [_int(int(v.value), p.idl.c_params[0].c_type)]

    def struct_value(self, p, fields: dict) -> str:
        st = p.struct.idl
        name = f"s_{p.name}{len(self.lines)}"
        self.lines.append(f"{st.c_name} {name} = {{0}};")
        for k, x in fields.items():
            self.lines.append(f"{name}.{k} = UINT64_C({x});")
        return f"&{name}"

    def call(self, c: surface.Callable, receiver: str, params: list[tuple[surface.Param, ms.Value]],
             err: str = "&err") -> tuple[str, list[str]]:
        """A call of `c`: (the expression, the declarations of its out values)."""
        f = c.fn
        args, decls = [], []
        by_param = {id(p.idl): (p, v) for p, v in params}
        for p in f.params:
            if c.receiver is not None and p is f.receiver:
                args.append(receiver)
            elif p.is_out:
                self.outs += 1
                name = f"out_{p.name}{self.outs}"
                decls.append(f"{p.type.decl.c_name} {name};")
                args.append(f"&{name}")
            else:
                args += self.arg(*by_param[id(p)])
        if f.result and f.result.type.category == "array":
            decls.append("uint64_t out_len = 0;")
            args.append("&out_len")
        if f.fallible:
            args.append(err)
        return f"{f.c_name}({', '.join(args)})", decls

    # steps
    def step(self, st: ms.Step):
        L = self.lines
        if st.kind == "make":
            o = st.obj
            maker, args = o.maker, o.args
            params = []
            for a in args:
                value = a.value
                if a.param.shape == "struct_in" and o.byte_limit is not None:
                    value = {self.byte_limit_field(a.param): o.byte_limit}
                params.append((a.param, ms.Value("value", a.param, value=value)))
            parent = f"o_{o.parent.name}" if o.parent is not None else ""
            expr, decls = self.call(maker, parent, params)
            L += decls
            L.append(f"weaveheap_handle_t o_{o.name} = {expr};")
            L.append(f'wh_ok(&err, "make the {o.name} ({maker.name})");')
        elif st.kind == "fill":
            wb = st.obj.cls.write_back
            params = [(p, ms.Value("value", p, value=ms.FILL if p.shape == "bytes_in" else 0))
                      for p in wb.params]
            expr, decls = self.call(wb, f"o_{st.obj.name}", params)
            L += decls + [f"{expr};", f'wh_ok(&err, "fill the {st.obj.name} ({wb.name})");']
        elif st.kind == "snapshot":
            n = st.obj.name
            L += [f"uint8_t was_{n}[WH_SNAPSHOT];",
                  f"uint64_t was_{n}_len = wh_snapshot(o_{n}, was_{n});"]
        elif st.kind == "close":
            rel = st.obj.cls.release
            expr, decls = self.call(rel, f"o_{st.obj.name}", [])
            L += decls + [f"{expr};", f'wh_ok(&err, "close the {st.obj.name} ({rel.name})");']
        elif st.kind == "view":
            v = st.obj.cls.views[st.view]
            expr, decls = self.call(v, f"o_{st.obj.name}", [])
            L += decls + [f"weaveheap_handle_t {st.token} = {expr};",
                          f'wh_ok(&err, "a {st.view} view of the {st.obj.name}");']
        elif st.kind == "close_view":
            rel = self.s.token_class.release
            expr, decls = self.call(rel, st.token, [])
            L += decls + [f"{expr};", f'wh_ok(&err, "close the view {st.token}");']
        else:
            raise ValueError(st.kind)

    def byte_limit_field(self, p: surface.Param) -> str:
        st = p.struct.idl
        if not any(fl.name == "byte_limit" for fl in st.fields):
            raise IdlError(st.pos, f"misuse matrix, C: '{st.name}' has no byte_limit for the limited cases")
        return "byte_limit"

    def build(self):
        plan, c = self.plan, self.case.callable
        for st in plan.steps:
            self.step(st)
        receiver = self.handle(plan.receiver) if plan.receiver is not None else ""
        params = list(zip(c.params, plan.args))
        expr, decls = self.call(c, receiver, params)
        self.lines += decls
        self.lines.append("weaveheap_stats before = wh_stats();")
        r = c.fn.result
        if r is not None:
            self.lines.append(f"{r.c_type} result = {expr};")
        else:
            self.lines.append(f"{expr};")
        self.lines.append(f'wh_refused(&err, {self.error.member.c_name}, "{self.error.member.c_name}");')
        self.lines.append(self.counted_line())
        if r is not None:
            self.lines.append('wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");')
        self.lines += self.undo(c)
        for t in plan.tokens:
            expr, _ = self.call(self.s.token_class.release, t, [])
            self.lines += [f"{expr};", f'wh_ok(&err, "close the view {t}");']
        for o in plan.checked:
            n = o.name
            self.lines += [f"uint8_t now_{n}[WH_SNAPSHOT];",
                           f"uint64_t now_{n}_len = wh_snapshot(o_{n}, now_{n});",
                           f'wh_same_bytes(was_{n}, was_{n}_len, now_{n}, now_{n}_len, "{n}");']
        for o in plan.live_roots:
            expr, _ = self.call(o.cls.release, f"o_{o.name}", [])
            self.lines += [f"{expr};", f'wh_ok(&err, "close the {o.name}");']

    def counted_line(self) -> str:
        counter = f'"{self.counter}"' if self.counter else "NULL"
        return f"wh_counted(&before, {counter});"

    def undo(self, c: surface.Callable) -> list[str]:
        """If the call succeeded (the test has failed), free what it made so
        that the sanitizers report only the failure."""
        shape = c.result.shape
        if shape == "object":
            rel = c.result.cls.release.fn
        elif shape == "view":
            rel = self.s.token_class.release.fn
        elif shape == "text":
            return [f"if (!err.code) {self.s.free_text.fn.c_name}(result);"]
        elif shape == "bytes":
            return [f"if (!err.code) {self.s.free_bytes.fn.c_name}(result, out_len);"]
        else:
            return []
        return [f"if (!err.code) {rel.c_name}(result{', &err' if rel.fallible else ''});",
                "weaveheap_error_clear(&err);"]


def prepare(lib):
    s = surface.build(lib)
    stats = s.process_stats
    views = s.memory_classes[0].views if s.memory_classes else None
    if stats is None or not views or s.token_class is None:
        raise IdlError(lib.pos, "misuse matrix, C: needs the process-wide stats function and views")
    view_st = s.view_struct
    data = next(f.name for f in view_st.fields if f.type.category == "ptr")
    length = next(f.name for f in view_st.fields if f.type.name == "u64")
    cases = [_Case(p, s, lib) for p in ms.plans(s)]
    return {
        "cases": cases,
        "stats_fn": stats.fn.c_name,
        "stats_struct": stats.result.struct.idl,
        "shared_view_fn": views["shared"].fn.c_name,
        "token_release_fn": s.token_class.release.fn.c_name,
        "view_struct": view_st.c_name,
        "view_data": data,
        "view_length": length,
        "error_struct": s.error_struct.c_name,
        "error_clear_fn": s.error_clear.fn.c_name,
        "snapshot_bytes": SNAPSHOT_BYTES,
        "misuses": mu.MISUSES,
    }
