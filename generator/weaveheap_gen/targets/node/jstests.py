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

Each case's JavaScript is computed here, from the surface and the matrix;
the templates lay the lines out. A new IDL function gets its tests with no
hand-written code. Every case is expressible in JavaScript (any value can
be passed anywhere), so none is listed as "not expressible"."""
from dataclasses import dataclass

from ... import api, misuse, names
from ... import surface as sf
from .jsapi import JsApi, _fail


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
    error: str                # the class name
    counter: str              # the stats field that moves by one, or ""
    lines: list               # setup and the call, as statements
    call: str                 # the misused call
    guard: str = "null"       # the object whose bytes must not change
    held: str = "null"        # the view held on it, if any


@dataclass
class JsTests:
    contract: list
    glue: list                # IDL functions with no JavaScript name
    ts_types: list            # type expressions contract.ts names
    ts_values: list           # value expressions contract.ts names
    cases: list
    stats: str                # the library function that reads the process-wide counters
    makers: list              # (class name, parameters, statements) of each fixture
    kind_of: str              # the library function that tells a handle's kind
    reused: str               # the error class of a reused handle


def js_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v) if v <= (1 << 53) else f"{v}n"
    if isinstance(v, bytes):
        return f"new Uint8Array([{', '.join(str(b) for b in v)}])"
    if isinstance(v, str):
        return names.quoted(v)
    if v is None:
        return "null"
    raise ValueError(repr(v))


def build(s: sf.Surface, js: JsApi) -> JsTests:
    sp = js.sp
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
            lines.append(f"new wh.{e.cls}({_args(by_c[maker], args, {}, 'null')}).close();")
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

    # -- the misuse matrix -------------------------------------------------------------
    # How each class's fixture is made: makers[class](region) -> an object.
    makers = []
    writable = {c.name for c in s.memory_classes if c.writable}
    for cls, (maker, args) in matrix.fixtures.items():
        jc = by_c[maker]
        call_args = _args(jc, args, {}, "r")
        if maker.role == "constructor":
            makers.append((cls.name, "options", [f"return track(new wh.{cls_name[cls.name]}(options));"]))
            continue
        owner = maker.classes[0]
        body = [f"const o = r.{jc.member}({call_args});"]
        if cls.name in writable:
            # a pattern, so that a refused call that wrote would show
            body += ["const v = o.view({ writable: true });",
                     "for (let i = 0; i < v.length; i++) v[i] = (i * 37 + 11) & 255;", "v.close();"]
        body.append("return o;")
        if owner.constructor is None:
            _fail(owner.handle.pos, f"the misuse tests make '{cls.name}' in a '{owner.name}', which has no constructor")
        makers.append((cls.name, "r", body))
    root = s.root_classes[0] if s.root_classes else None
    limit_field = None
    if root and root.constructor and root.constructor.params and root.constructor.params[0].struct:
        limit_field = next((f for f in root.constructor.params[0].struct.fields if f.name == "byte_limit"), None)

    cases = []
    for case in matrix.cases:
        cases.append(_case(s, js, case, by_c, cls_name, root, limit_field, matrix))
    stats_fn = next((jc.member for jc in js.functions if jc.c.result.shape == "struct_out" and not jc.c.params), None)
    if stats_fn is None:
        _fail(s.lib.pos, "the misuse tests need a library function that reads the process-wide counters")
    kind_of = next(jc.member for jc in js.functions if jc.c is s.kind_of)
    reused = next(e.name for e in js.errors if e.e.member.name == "reused_handle")
    return JsTests(contract, glue, ts_types, ts_values, cases, stats_fn, makers, kind_of, reused)


def _args(jc, args, override: dict, region: str) -> str:
    """The JavaScript arguments of a call of `jc` with the matrix's sample
    values (`override`: param name -> expression)."""
    positional, options = [], []
    for a, p in zip(args, jc.params):
        if p.p.name in override:
            v = override[p.p.name]
        elif isinstance(a.value, sf.Class):
            v = f"make.{a.value.name}({region})"
        else:
            v = js_value(a.value)
        if p.p.shape == "bytes_out" and p.p.name not in override:
            v = f"new Uint8Array({a.value})"
        if p.option:
            options.append(f"{p.name}: {v}")
        else:
            positional.append(v)
    if options:
        positional.append("{ " + ", ".join(options) + " }")
    return ", ".join(positional)


def _call(jc, recv: str, args: str) -> str:
    c = jc.c
    if c.role == "function":
        return f"wh.{jc.member}({args})"
    if c.role == "view":
        return f"{recv}.view({'{ writable: true }' if c.receiver.ownership == 'unique' else ''})"
    if c.role in ("release", "view_release"):
        return f"{recv}.close()"
    return f"{recv}.{jc.member}({args})"


def _case(s, js, case, by_c, cls_name, root, limit_field, matrix) -> MisuseCase:
    c = case.callable
    jc = by_c[c]
    err = next(e.name for e in js.errors if e.e is case.error)
    counter = js.sp.field(case.counter) if case.counter else ""
    lines = []
    if case.byte_limit:
        if limit_field is None:
            _fail(s.lib.pos, "a misuse case needs a byte limit, but the region options have no byte_limit")
        lines.append(f"const r = make.{root.name}({{ {js.sp.field(limit_field.name)}: {case.byte_limit} }});")
    else:
        lines.append(f"const r = make.{root.name}();")
    cls = case.cls
    override = {}
    if case.target is not None and case.value is not None:
        override[case.target.name] = js_value(case.value)
    guard = held = "null"
    recv = "obj"
    m = case.misuse

    def make(k):
        return "r" if k is root else f"make.{k.name}(r)"

    def fresh(k):
        """Another object of k, for a slot to be reused."""
        return f"make.{root.name}()" if k is root else f"make.{k.name}(r)"

    if cls is not None and cls.is_token:
        # a view's own second close() does nothing: a second view of the token releases it
        memory = s.memory_classes[0]
        lines += [f"const m = {make(memory)};", "const v = m.view();", "v.close();"]
        call = f"wh.{js.view.name}.fromHandle(v.handle).close()"
        return MisuseCase(case.id, case.why, err, counter, lines, call)

    if case.target is not None and case.target.shape in ("object", "any_handle"):
        # the misused handle is an argument
        k = case.target.classes[0] if cls is None else cls
        if m == "stale":
            lines += [f"const t = {make(k)};", "t.close();"]
            override[case.target.name] = "t"
        elif m == "reused":
            lines += [f"const t = {make(k)};", "const h = t.handle;", "t.close();",
                      f"reuse(h, () => {fresh(k)});"]
            override[case.target.name] = "t"
        elif m == "forged":
            override[case.target.name] = f"{misuse.forged_handle(k)}n"
        elif m == "null":
            override[case.target.name] = "null"
        owner = c.classes[0] if c.classes else None
        if owner is not None:
            lines.append(f"const obj = {make(owner)};")
        call = _call(jc, recv, _args(jc, case.args, override, "r"))
        return MisuseCase(case.id, case.why, err, counter, lines, call)

    if m == "null" and case.target is not None:
        override[case.target.name] = "null"

    name = cls_name[cls.name]
    if m == "stale":
        lines += [f"const obj = {make(cls)};", "obj.close();"]
    elif m == "reused":
        # a closed wrapper's close() does nothing: a release goes through a second one
        first = "obj" if c.role != "release" else "first"
        lines += [f"const {first} = {make(cls)};", f"const h = {first}.handle;", f"{first}.close();",
                  f"reuse(h, () => {fresh(cls)});"]
        if first == "first":
            lines.append(f"const obj = wh.{name}.fromHandle(h);")
    elif m == "forged":
        lines.append(f"const obj = wh.{name}.fromHandle({misuse.forged_handle(cls)}n);")
    elif m == "wrong_kind":
        lines += [f"const other = {make(case.other)};", f"const obj = wh.{name}.fromHandle(other.handle);"]
    elif m == "after_region_destroy":
        lines += [f"const obj = {make(cls)};", "r.close();"]
    elif m == "double_release":
        lines += [f"const first = {make(cls)};", "first.close();",
                  f"const obj = wh.{name}.fromHandle(first.handle);"]
    elif m == "null" and case.target is None:
        lines.append(f"const real = {make(cls)};")
        member = {"view": "view", "release": "close"}.get(c.role, jc.member)
        args = _args(jc, case.args, override, "r")
        if c.role == "view":
            args = "{ writable: true }" if c.receiver.ownership == "unique" else ""
        if cls.memory:
            guard = "real"
        return MisuseCase(case.id, case.why, err, counter, lines,
                          f"wh.{name}.prototype.{member}.call(null{', ' if args else ''}{args})", guard)
    elif m in ("borrow_conflict", "while_borrowed"):
        lines.append(f"const obj = {make(cls)};")
        viewed = "obj" if (case.viewed is None or case.viewed is cls) else "viewed"
        if viewed == "viewed":
            lines.append(f"const viewed = {make(case.viewed)};")
        lines.append(f"const held = track({viewed}.view({'{ writable: true }' if case.view == 'unique' else ''}));")
        held = "held"
        if viewed == "obj" and cls.memory:
            guard = "obj"
        elif case.viewed is not None and case.viewed.memory:
            guard = "viewed"
    else:
        lines.append(f"const obj = {make(cls)};")
        if cls.memory:
            guard = "obj"
    call = _call(jc, recv, _args(jc, case.args, override, "r"))
    return MisuseCase(case.id, case.why, err, counter, lines, call, guard, held)
