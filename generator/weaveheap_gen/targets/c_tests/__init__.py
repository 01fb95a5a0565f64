"""The C column of the misuse matrix (generated/c_tests/misuse_matrix.c): one
CUnit test per case of misuse.build(surface), its steps from misuse.plan,
compiled by tests/core/CMakeLists.txt and run in the main and the sanitizer
builds. Each test asserts the typed error code, that the process-wide
counters moved only by the case's counter (+1 exactly), and that the bytes
of every live object of the case are unchanged.

In C a null is what the C API can be given: a NULL pointer (with the sample
length: invalid_argument), or, for a handle, the handle 0, which the core
refuses as forged (forged_handle, counted as a rejected handle). A wrapper
is the handle itself: a second one is a copy of it."""
from ... import misuse as mu
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


class _Case(mu.Renderer):
    """The C of one case: `consts` (its byte arrays) and `body`. A variable
    of the plan is a C local of the same name holding the handle."""

    def __init__(self, m: mu.Matrix, case: mu.Case):
        super().__init__(m, case)
        self.s = m.surface
        self.id = case.id
        self.consts: list[str] = []
        self.decls: list[str] = []     # the out values of the call being written
        self.outs = 0
        self.error, self.counter = case.error, case.counter
        if self.plan.null_receiver or any(a.kind == "null" and a.param.shape in ("object", "any_handle")
                                          for a in self.plan.args):
            # the C meaning of a null handle: 0, never issued
            self.error = self.s.error("forged_handle")
            self.counter = mu.counter_of(self.error)
        if self.error not in case.callable.errors:
            raise IdlError(case.callable.fn.pos, f"misuse matrix, C: {self.id} expects "
                                                 f"{self.error.member.name}, which the function does not declare")
        self.body = self.lines()

    # values
    def bytes_const(self, data: bytes) -> str:
        name = f"data{len(self.consts) + 1}"
        body = ", ".join(f"0x{b:02x}" for b in data) or "0"
        self.consts.append(f"static const uint8_t {name}[{max(len(data), 1)}] = {{{body}}};")
        return name

    def arg(self, a: mu.CallArg) -> str:
        if a.kind != "null":
            return super().arg(a)
        p = a.param
        if p.shape in ("object", "any_handle"):
            return "0"                                  # the handle 0, never issued
        # NULL, with the sample's length where the C function takes one
        n = mu.sample(p)
        n = len(n) if isinstance(n, (bytes, str)) else n
        return ", ".join(["NULL"] + [f"UINT64_C({n})"] * (len(p.idl.c_params) - 1))

    def value(self, p: surface.Param, value) -> str:
        """The C arguments of one public parameter, joined."""
        shape = p.shape
        if shape in ("bytes_in", "text_in"):
            data = value.encode() if isinstance(value, str) else value
            ptr = self.bytes_const(data)
            if shape == "text_in":
                ptr = f"(const char*){ptr}"
            return ", ".join([ptr] + ([f"UINT64_C({len(data)})"] if len(p.idl.c_params) == 2 else []))
        if shape == "bytes_out":
            self.decls.append(f"uint8_t dst{self.outs}[{max(value, 1)}] = {{0}};")
            self.outs += 1
            return f"dst{self.outs - 1}, UINT64_C({value})"
        if shape == "struct_in":
            return "NULL" if value is None else self.struct_value(p, value)
        if shape == "float":
            return repr(float(value))
        return _int(int(value), p.idl.c_params[0].c_type)

    def struct_value(self, p, fields: dict) -> str:
        name = f"s_{p.name}{self.outs}"
        self.outs += 1
        self.decls.append(f"{p.struct.idl.c_name} {name} = {{0}};")
        for k, x in fields.items():
            self.decls.append(f"{name}.{k} = UINT64_C({x});")
        return f"&{name}"

    def call(self, c: surface.Callable, recv, args: list[str]) -> str:
        """A call of `c`; the declarations of its out values go to `decls`."""
        f = c.fn
        out, given = [], iter(args)
        for p in f.params:
            if c.receiver is not None and p is f.receiver:
                out.append(recv)
            elif p.is_out:
                name = f"out_{p.name}{self.outs}"
                self.outs += 1
                self.decls.append(f"{p.type.decl.c_name} {name};")
                out.append(f"&{name}")
            else:
                out.append(next(given))
        if f.result and f.result.type.category == "array":
            self.decls.append("uint64_t out_len = 0;")
            out.append("&out_len")
        if f.fallible:
            out.append("&err")
        return f"{f.c_name}({', '.join(out)})"

    def must(self, expr: str, what: str, assign: str = "") -> list[str]:
        """A call that must succeed, after the declarations it needs."""
        decls, self.decls = self.decls, []
        return decls + [f"{assign}{expr};", f'wh_ok(&err, "{what}");']

    def null_receiver(self, cls):
        return "0"                                      # a null handle

    # steps
    def make(self, mk: mu.Make) -> list[str]:
        v = f"{self.s.lib.handle_c_type} {mk.var} = "
        if mk.how in ("region", "fixture"):
            args = self.fixture_args(mk)
            out = self.must(self.call(mk.maker, mk.of, args), f"make the {mk.var} ({mk.maker.name})", v)
            if mk.how == "fixture" and not mk.cls.memory:
                out.append(f"(void){mk.var}; /* made to hold its slot; no bytes to compare */")
            return out
        if mk.how == "forged":
            return [f"{v}UINT64_C(0x{mu.forged_handle(mk.cls):016x});"]
        if mk.how == "adopt":
            return [f"{v}{mk.of};"]
        if mk.how == "view":
            fn = self.vars[mk.of].views[mk.access]
            return self.must(self.call(fn, mk.of, []), f"a {mk.access} view of the {mk.of}", v)
        raise IdlError(self.s.lib.pos, f"misuse matrix, C: no way to make '{mk.how}'")

    def remember(self, vars):
        out = []
        for n in vars:
            out += [f"uint8_t was_{n}[WH_SNAPSHOT];", f"uint64_t was_{n}_len = wh_snapshot({n}, was_{n});"]
        return out

    def expect(self, call):
        c = self.case.callable
        decls, self.decls = self.decls, []
        out = decls + ["weaveheap_stats before = wh_stats();"]
        r = c.fn.result
        out.append(f"{r.c_type} result = {call};" if r is not None else f"{call};")
        out.append(f'wh_refused(&err, {self.error.member.c_name}, "{self.error.member.c_name}");')
        out.append(f'wh_counted(&before, {f"{chr(34)}{self.counter}{chr(34)}" if self.counter else "NULL"});')
        if r is not None:
            out.append('wh_assert(result == 0, false, __LINE__, "a failed call returns 0 (NULL)");')
        return out + self.undo(c)

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
                f"{self.s.error_clear.fn.c_name}(&err);"]

    def unchanged(self, vars):
        out = []
        for n in vars:
            out += [f"uint8_t now_{n}[WH_SNAPSHOT];",
                    f"uint64_t now_{n}_len = wh_snapshot({n}, now_{n});",
                    f'wh_same_bytes(was_{n}, was_{n}_len, now_{n}, now_{n}_len, "{n}");']
        return out

    def finish(self, regions):
        return [line for r in regions for line in self.close(r, self.vars[r])]


def prepare(lib):
    s = surface.build(lib)
    stats = s.process_stats
    views = s.memory_classes[0].views if s.memory_classes else None
    if stats is None or not views or s.token_class is None:
        raise IdlError(lib.pos, "misuse matrix, C: needs the process-wide stats function and views")
    view_st = s.view_struct
    data = next(f.name for f in view_st.fields if f.type.category == "ptr")
    length = next(f.name for f in view_st.fields if f.type.name == "u64")
    m = mu.build(s)
    cases = [_Case(m, c) for c in m.cases]
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
