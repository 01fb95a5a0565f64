"""The Go (cgo) package: generated/go/weaveheap/ (go.mod, weaveheap.go) and
its generated tests (contract_test.go, misuse_test.go, support_test.go).

Everything a binding needs that is not a spelling comes from the binding
surface (../../surface.py): a type per class with Close() from its release,
methods (a method that makes an object is New<Class>), views, library
functions, error types and their hierarchy, the ABI guard. Every name is
spelled by names.Go (the spelling docs/api.md shows). This pass turns each
callable's shapes into Go parameters and cgo conversions, so that the
templates only lay lines out. The tests are built in gotests.py."""
from dataclasses import dataclass, field
from typing import Optional

from ... import api, contract, packaging, surface
from ...diagnostics import IdlError
from ...model import SCALARS as C_SCALARS
from ...names import camel, paragraph, quoted, unprefixed, wrap
from . import gotests

OUTPUTS = [
    ("go/go.mod.j2", "go/weaveheap/go.mod"),
    ("go/weaveheap.go.j2", "go/weaveheap/weaveheap.go"),
    ("go/support_test.go.j2", "go/weaveheap/support_test.go"),
    ("go/contract_test.go.j2", "go/weaveheap/contract_test.go"),
    ("go/misuse_test.go.j2", "go/weaveheap/misuse_test.go"),
]

# Go's spelling of the IDL scalars, and their C types as cgo names them.
GO_SCALARS = {"u8": "uint8", "u16": "uint16", "u32": "uint32", "u64": "uint64",
              "i8": "int8", "i16": "int16", "i32": "int32", "i64": "int64", "bool": "bool",
              "f64": "float64"}


def _fail(pos, msg):
    raise IdlError(pos, f"go target: {msg}")


def comment(text: str, indent: str = "") -> list[str]:
    """`text` as Go `//` lines (paragraphs separated by a blank `//`)."""
    return [indent + ("// " + line if line else "//") for line in wrap(text, 76 - len(indent))]


@dataclass
class GoFunc:
    callable: surface.Callable
    name: str
    receiver: Optional[str]        # the Go type of the receiver (a method), or None
    params: str                    # the Go parameter list
    returns: str                   # "(T, error)", "error", "T" or ""
    body: list[str]                # the body's lines, unindented
    doc: list[str] = field(default_factory=list)


@dataclass
class GoClass:
    cls: surface.Class
    name: str
    doc: list[str]
    nil_close: str = ""            # the error Close gives a nil receiver
    close: Optional[GoFunc] = None
    methods: list[GoFunc] = field(default_factory=list)
    view_nil: str = ""             # the error View and WithView give a nil receiver


@dataclass
class GoStruct:
    name: str
    c_name: str
    doc: list[str]
    fields: list[tuple]            # (Go name, Go type, C field, doc lines, padded "c_field:", padded "GoName:", C type)
    to_c: bool                     # the caller fills it: a Go -> C conversion
    from_c: bool                   # the core fills it: a C -> Go conversion
    from_c_fn: str = ""            # the function of that conversion


class Shims:
    """The static C shims of the cgo preamble: each returns a function's
    result, its `out` parameters and its error in one struct by value, so
    that Go passes no pointer to its own memory (cgo moves the target of
    every pointer argument to the heap)."""

    def __init__(self, prefix: str):
        self.prefix = prefix
        self.all: list[dict] = []
        self.by_fn: dict[str, dict] = {}

    def of(self, f) -> Optional[dict]:
        outs = [p for p in f.params if p.is_out]
        if not f.fallible and not outs:
            return None
        if f.c_name in self.by_fn:
            return self.by_fn[f.c_name]
        members = [(f.c_return, "r")] if f.result else []
        members += [(p.type.decl.c_name, p.name) for p in outs]
        if f.result:
            members += [(c.c_type.rstrip("*"), c.name) for c in f.result.c_out_params]
        if f.fallible:
            members.append((f"{self.prefix}_error", "e"))
        params, inner = [], []
        for p in f.params:
            if p.is_out:
                inner.append(f"&res.{p.name}")
            else:
                params += [f"{c.c_type} {c.name}" for c in p.c_params]
                inner += [c.name for c in p.c_params]
        if f.result:
            inner += [f"&res.{c.name}" for c in f.result.c_out_params]
        if f.fallible:
            inner.append("&res.e")
        name = f"{self.prefix}__go_{unprefixed(f.c_name, self.prefix)}"
        shim = {"name": name, "result": f"{name}_result", "members": members,
                "params": ", ".join(params) or "void",
                "call": ("res.r = " if f.result else "") + f"{f.c_name}({', '.join(inner)});"}
        self.all.append(shim)
        self.by_fn[f.c_name] = shim
        return shim


class Package:
    """The Go form of the surface."""

    def __init__(self, s: surface.Surface):
        self.s = s
        self.lib = s.lib
        self.sp = api.spellers(s)["go"]
        self.prefix = self.lib.name
        self.shims = Shims(self.prefix)
        self.classes = {c.name: GoClass(c, self.sp.class_name(c.name), []) for c in s.classes}
        for gc in self.classes.values():
            gc.doc = comment(f"{gc.name}: {paragraph(gc.cls.doc)}")
        self.structs = {st.name: self.struct(st) for st in s.structs if st.direction in ("in", "out", "both")}

    # -- names -------------------------------------------------------------------
    def error_type(self, e: surface.ErrorClass) -> str:
        return self.sp.error_name(e.stem)

    def code_const(self, member) -> str:
        return "Code" + self.sp.constant(member.name)

    def handle_t(self) -> str:
        return f"C.{self.lib.handle_c_type}"

    def nil_error(self, c: surface.Callable, param: str) -> str:
        """The error a nil receiver or argument gets: invalid_argument naming it."""
        return f'nilArgument("{c.name}", "{param}")'

    def callable_name(self, c: surface.Callable) -> str:
        if c.role == "function":
            return self.sp.function(c.member)
        if c.role == "constructor":
            return self.sp.constructor(self.classes[c.classes[0].name].name)
        if c.role == "method" and c.makes is not None:
            return self.sp.maker(c.member, self.classes[c.makes.name].name)
        return self.sp.member(c.member)

    def doc(self, c: surface.Callable, name: str) -> list[str]:
        text = f"{name}: {paragraph(c.fn.doc)}"
        if c.errors:
            text += "\n\nFails with " + ", ".join(self.error_type(e) for e in c.errors) + \
                    "; a failed call changes nothing."
        nils = ([c.fn.receiver.name] if c.receiver is not None else []) + \
            [p.name for p in c.params if p.shape in ("object", "any_handle", "struct_in") and not p.nullable]
        if nils:
            text += f"\n\nA nil {' or '.join(repr(n) for n in nils)} is an " \
                    f"{self.error_type(self.s.glue_error('argument'))}."
        text += "\n\nThreads: " + contract.threads_text(c.fn)
        return comment(text)

    # -- structs -----------------------------------------------------------------
    def struct(self, st: surface.Struct) -> GoStruct:
        name = self.sp.struct_name(st.name, st.direction)
        for fl in st.fields:
            if fl.type.category != "scalar":
                _fail(fl.pos, f"field '{fl.name}' of '{st.name}' has no Go form")
        names = [self.sp.field(fl.name) for fl in st.fields]
        cw = max(len(fl.name) for fl in st.fields) + 1
        gw = max(len(n) for n in names) + 1
        fields = [(n, GO_SCALARS[fl.type.name], fl.name, comment(paragraph(fl.doc), "\t"),
                   (fl.name + ":").ljust(cw), (n + ":").ljust(gw), C_SCALARS[fl.type.name])
                  for n, fl in zip(names, st.fields)]
        return GoStruct(name, st.idl.c_name, comment(f"{name}: {paragraph(st.idl.doc)}"), fields,
                        st.direction in ("in", "both"), st.direction in ("out", "both"), camel(st.name) + "FromC")

    # -- parameters --------------------------------------------------------------
    def param(self, c: surface.Callable, p: surface.Param):
        """(Go parameter, prelude lines, C arguments) of one public parameter."""
        var = self.sp.param(p.name)
        if p.shape in ("int", "float", "bool"):
            return f"{var} {GO_SCALARS[p.type]}", [], [f"C.{C_SCALARS[p.type]}({var})"]
        if p.shape == "enum":
            return f"{var} {self.sp.class_name(p.enum.name)}", [], [f"C.{p.enum.c_name}({var})"]
        if p.shape in ("bytes_in", "bytes_out"):
            # a nil slice is Go's empty slice: passed as NULL with a length of 0
            return f"{var} []byte", [], [f"(*C.uint8_t)(bytesPtr({var}))", f"C.uint64_t(len({var}))"]
        if p.shape == "struct_in":
            gs = self.structs[p.struct.name]
            pre = [f"var {var}C *C.{gs.c_name}", f"if {var} != nil {{", f"\tc := {var}.toC()",
                   f"\t{var}C = &c"]
            if not p.nullable:
                pre += ["} else {", f"\treturn {{zero}}{self.nil_error(c, p.name)}"]
            return f"{var} *{gs.name}", pre + ["}"], [f"{var}C"]
        if p.shape in ("object", "any_handle"):
            typ = f"*{self.classes[p.classes[0].name].name}" if p.shape == "object" and len(p.classes) == 1 \
                else "Object"
            pre = [f"{var}H, ok := objectHandle({var})"]
            if not p.nullable:
                pre += ["if !ok {", f"\treturn {{zero}}{self.nil_error(c, p.name)}", "}"]
            return f"{var} {typ}", pre, [f"{self.handle_t()}({var}H)"]
        _fail(p.idl.pos, f"{c.name}: parameter '{p.name}' ({p.shape}) has no Go form yet")

    # -- results -----------------------------------------------------------------
    def result(self, c: surface.Callable, r: str):
        """(Go type, zero value, lines before the return, the returned value)
        of the result; `r` is the C result's expression."""
        shape = c.result.shape
        if shape == "none":
            return "", "", [], ""
        if shape in ("int", "float", "bool"):
            t = GO_SCALARS[c.result.type.name]
            return t, "false" if t == "bool" else "0", [], f"{t}({r})"
        if shape == "enum":
            t = self.sp.class_name(c.result.type.decl.name)
            return t, "0", [], f"{t}({r})"
        if shape == "static_text":
            return "string", '""', [], f"C.GoString({r})"
        if shape == "text":
            return "string", '""', [f"s := C.GoString({r})", f"C.{self.s.free_text.fn.c_name}({r})"], "s"
        if shape == "bytes":
            return "[]byte", "nil", [
                "b := make([]byte, int(res.out_len))",
                f"copy(b, unsafe.Slice((*byte)(unsafe.Pointer({r})), int(res.out_len)))",
                f"C.{self.s.free_bytes.fn.c_name}({r}, res.out_len)"], "b"
        if shape == "object":
            t = self.classes[c.result.cls.name].name
            return f"*{t}", "nil", [], f"&{t}{{h: uint64({r})}}"
        if shape == "struct_out":
            gs = self.structs[c.result.struct.name]
            return f"*{gs.name}", "nil", [], f"{gs.from_c_fn}(&res.{c.result.out_param.name})"
        _fail(c.fn.pos, f"{c.name}: a result of shape {shape} has no Go form")

    # -- functions -----------------------------------------------------------------
    def func(self, c: surface.Callable, cls: Optional[GoClass]) -> GoFunc:
        f = c.fn
        name = "Close" if c.role in ("release", "view_release") else self.callable_name(c)
        params, prelude, args = [], [], []
        if cls is not None:
            args.append(f"{self.handle_t()}(recv.h)")
        for p in c.params:
            decl, pre, a = self.param(c, p)
            params.append(decl)
            prelude += pre
            args += a
        shim = self.shims.of(f)
        r = "res.r" if shim else "r"
        out_type, zero, finish, value = self.result(c, r)
        fallible = c.fallible
        returns = f"({out_type}, error)" if out_type and fallible else out_type or ("error" if fallible else "")
        zero_ret = f"{zero}, " if out_type else ""
        # a nil receiver or argument is refused before the core is called
        needs_error = bool(prelude) or cls is not None
        if needs_error and not fallible:
            _fail(f.pos, f"{c.name} takes an object but declares no error for a nil one")
        body = []
        if cls is not None:
            body += ["if recv == nil {", f"\treturn {zero_ret}{self.nil_error(c, f.receiver.name)}", "}"]
        if c.role == "release":
            body += ["if recv.closed {", "\treturn nil", "}"]
        body += [line.replace("{zero}", zero_ret) for line in prelude]
        call = f"C.{shim['name'] if shim else f.c_name}({', '.join(args)})"
        if shim:
            body.append(f"res := {call}")
        elif f.result:
            body.append(f"r := {call}")
        else:
            body.append(call)
        if fallible:
            body += ["if res.e.code != 0 {", f"\treturn {zero_ret}takeError(res.e)", "}"]
        if c.role == "release":
            body.append("recv.closed = true")
        body += finish
        if value:
            body.append(f"return {value}, nil" if fallible else f"return {value}")
        elif fallible:
            body.append("return nil")
        return GoFunc(c, name, cls.name if cls else None, ", ".join(params), returns, body, self.doc(c, name))

    def arrow_classes(self) -> list[dict]:
        """The classes with an Arrow C Data or C Stream export (surface's
        hidden arrow_export / arrow_stream_export): each gets ExportArrow or
        ExportArrowStream, over a C helper that fills structs on the C heap."""
        out = []
        for cls in self.s.user_classes:
            for c, stream in ((cls.arrow_export, False), (cls.arrow_stream_export, True)):
                if c is not None:
                    out.append({"name": self.classes[cls.name].name, "c_fn": c.fn.c_name, "stream": stream,
                                "c_suffix": cls.name + ("_stream" if stream else ""), "idl_name": c.name,
                                "receiver": c.fn.receiver.name})
        return out

    def typed(self) -> Optional[dict]:
        """Typed views: the element types of the typed classes (one enum for
        all), each as the Go number type of its kind and width."""
        typed = [c for c in self.s.memory_classes if c.element_types]
        if not typed:
            return None
        enum = typed[0].typed_enum
        if any(c.typed_enum is not enum for c in typed):
            _fail(typed[1].handle.pos, "typed views of two element type enums have no Go form yet")
        sp = self.sp
        name = sp.class_name(enum.name)
        return {
            "enum": name,
            "element": "Element",
            "typed_object": "Typed" + sp.class_name(self.s.viewed.name),
            "typed_by": self.callable_name(typed[0].typed_by),
            "view": "Typed" + self.classes[self.s.token_class.name].name,
            "view_fn": sp.member(surface.VIEW_MEMBER) + "As",
            "elements": [(("float" if e.kind == "float" else e.kind) + str(e.bits), name + sp.enum_member(e.member.name))
                         for e in typed[0].element_types],
        }

    def build(self) -> dict:
        s, sp = self.s, self.sp
        functions = []
        for c in s.callables:
            if c.role in ("hidden", "view", "view_release"):
                continue
            if c.role in ("function", "constructor"):
                functions.append(self.func(c, None))
                continue
            for k in c.classes:
                gc = self.classes[k.name]
                fn = self.func(c, gc)
                if c.role == "release":
                    gc.close = fn
                else:
                    gc.methods.append(fn)
        token = s.token_class
        views = s.views
        shared = next(v for v in views if v.receiver.ownership == "shared")
        unique = next(v for v in views if v.receiver.ownership == "unique")
        for cls in s.memory_classes:
            self.classes[cls.name].view_nil = self.nil_error(shared, shared.fn.receiver.name)
        view_release = token.release
        errors = [(self.error_type(e), self.code_const(e.member), self.error_type(e.parent) if e.parent else None,
                   comment(f"{self.error_type(e)} is the error for code {e.member.name} ({e.code}): "
                           f"{paragraph(e.member.doc)}"))
                  for e in s.errors]
        base = sp.base_error()
        return {
            "go": {
                "module": packaging.go_module(self.lib),
                "pkg_config": packaging.pkg_config(self.lib),
                "base_error": base,
                "base_error_doc": comment(f"{base} is the base of every error the library reports, and the "
                                          f"{s.error_struct.name} struct of the C API: "
                                          f"{paragraph(s.error_struct.doc)}"),
                "errors": errors,
                "codes": [(self.code_const(m), m.value, comment(paragraph(m.doc), "\t"))
                          for m in self.lib.errors.members],
                # the errors the binding raises itself (surface.GLUE_ERRORS)
                "invalid": self.code_const(s.glue_error("argument").member),
                "stale": self.code_const(s.glue_error("closed").member),
                "out_of_range": self.code_const(s.glue_error("past_end").member),
                "read_only": self.code_const(s.glue_error("read_only").member),
                "borrowed": self.code_const(s.glue_error("in_use").member),
                "kind_type": sp.class_name(self.lib.handle_kind.name),
                "kinds": [(sp.class_name(self.lib.handle_kind.name) + sp.enum_member(m.name), m.value,
                           comment(paragraph(m.doc), "\t")) for m in self.lib.handle_kind.members],
                # the IDL's other enums, each a named int32 with its constants
                "enums": [(sp.class_name(e.name), comment(f"{sp.class_name(e.name)}: {paragraph(e.doc)}"),
                           [(sp.class_name(e.name) + sp.enum_member(m.name), m.value,
                             comment(paragraph(m.doc), "\t")) for m in e.members])
                          for e in self.lib.enums if e is not self.lib.handle_kind],
                "consts": [(sp.constant(k.name), GO_SCALARS[k.type.name], k.value, comment(paragraph(k.doc)))
                           for k in self.lib.consts],
                "structs": list(self.structs.values()),
                "functions": functions,
                "classes": [self.classes[c.name] for c in s.user_classes],
                "memory_classes": [self.classes[c.name] for c in s.memory_classes],
                "memory_name": sp.class_name(s.viewed.name),
                "memory_doc": comment(f"{sp.class_name(s.viewed.name)}: {paragraph(s.viewed.doc)}"),
                "view": self.classes[token.name].name,
                "view_member": sp.member(surface.VIEW_MEMBER),
                "view_shared": self.shims.of(shared.fn)["name"],
                "view_unique": self.shims.of(unique.fn)["name"],
                "view_out": shared.result.out_param.name,
                "view_struct": s.view_struct.c_name,
                "view_names": (shared.name, unique.name),
                "view_release": self.shims.of(view_release.fn)["name"],
                "view_release_name": view_release.name,
                "view_release_param": view_release.fn.params[0].name,
                "view_doc": comment(f"{self.classes[token.name].name}: {paragraph(token.doc)} "
                                    f"{paragraph(s.view_struct.doc)}"),
                "shims": self.shims.all,
                "error_struct": s.error_struct.c_name,
                "error_clear": s.error_clear.fn.c_name,
                "abi_fn": s.abi_version.fn.c_name,
                "hash_fn": s.idl_hash.fn.c_name,
                "go_string": quoted,
                "typed": self.typed(),
                "arrow_classes": self.arrow_classes(),
                "oom": self.code_const(s.glue_error("no_memory").member),
                "stale_type": self.error_type(s.glue_error("closed")),
                "invalid_type": self.error_type(s.glue_error("argument")),
            },
        }


def prepare(lib):
    s = surface.build(lib)
    pkg = Package(s)
    out = pkg.build()
    out["go"].update(gotests.build(pkg))
    return out
