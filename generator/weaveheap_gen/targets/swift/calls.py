"""How one call crosses from Swift to C: the Swift forms each parameter shape
takes (overloads), the C arguments each form becomes, the statements that
call the C function, and the conversion of its result. Computed from the
surface's shapes, so that templates only lay the lines out.

Bytes in take `[UInt8]` (array literals), any `ContiguousBytes` (`Data`,
slices, buffer pointers) and, for text the core validates as UTF-8, a
`String`; bytes out take `inout [UInt8]` or `inout Data`. Every form hands
the core a pointer to the caller's own storage for the call (no copy in
Swift)."""
from dataclasses import dataclass, field
from itertools import product
from typing import Optional

from ...diagnostics import IdlError
from ...names import Swift, literal

SCALARS = {
    "u8": "UInt8", "u16": "UInt16", "u32": "UInt32", "u64": "UInt64",
    "i8": "Int8", "i16": "Int16", "i32": "Int32", "i64": "Int64", "bool": "Bool",
    "f64": "Double",
}


@dataclass
class Form:
    """One Swift form of one parameter."""
    label: str                # the argument label
    decl: str                 # as declared: "data: some ContiguousBytes"
    type: str                 # in a function type ("" when it cannot be: an opaque type)
    args: list[str]           # the C arguments it becomes
    wrap: Optional[str] = None                     # opens a closure around the call
    pre: list[str] = field(default_factory=list)   # statements before the call


@dataclass
class Overload:
    params: str               # the parameter list
    type: str                 # the function type without the receiver ("" when not expressible)
    throws: bool
    returns: str              # "" for Void
    body: list[str]
    labels: list[str] = field(default_factory=list)   # the argument labels, in order

    def reference(self, name: str) -> str:
        """`name(label:label:)`: how Swift names this overload unapplied."""
        return f"{name}({''.join(l + ':' for l in self.labels)})" if self.labels else name


@dataclass
class Func:
    name: str                 # the Swift name
    doc: list[str]
    overloads: list[Overload]
    callable: object          # the surface Callable

    @property
    def primary(self) -> Optional[Overload]:
        """The overload a contract test can name by its type."""
        return next((o for o in self.overloads if o.type), None)


class Calls:
    """Turns surface callables into Swift overloads for one package."""

    def __init__(self, s, sp: Swift, types):
        self.s, self.sp, self.types = s, sp, types

    # -- parameters ------------------------------------------------------------
    def scalar(self, p) -> str:
        return SCALARS[p.type]

    def forms(self, p, utf8: bool) -> list[Form]:
        sp = self.sp
        n = sp.param(p.name)
        raw = n.strip("`")
        if p.shape in ("int", "float", "bool"):
            t = self.scalar(p)
            default = ""
            if p.default is not None:
                default = " = " + literal(p.default)
            return [Form(n, f"{n}: {t}{default}", t, [n])]
        if p.shape == "enum":
            t = sp.class_name(p.enum.name)
            return [Form(n, f"{n}: {t}", t, [f"{n}.rawValue"])]
        if p.shape in ("object", "any_handle"):
            # the core checks the kind: a raw handle is as safe as an object
            return [Form(n, f"{n}: UInt64", "UInt64", [n]),
                    Form(n, f"{n}: some {sp.object_protocol}", "", [f"{n}.handle"])]
        if p.shape == "bytes_in":
            b = f"{raw}Bytes"
            out = [Form(n, f"{n}: [UInt8]", "[UInt8]", [f"{b}.baseAddress", f"UInt64({b}.count)"],
                        wrap=f"{n}.withUnsafeBufferPointer {{ {b} in"),
                   Form(n, f"{n}: some ContiguousBytes", "", [f"{b}.baseAddress?.assumingMemoryBound(to: UInt8.self)",
                                                           f"UInt64({b}.count)"],
                        wrap=f"{n}.withUnsafeBytes {{ {b} in")]
            if utf8:
                out.insert(0, Form(n, f"{n}: String", "String", [f"{b}.baseAddress", f"UInt64({b}.count)"],
                                   wrap=f"{raw}UTF8.withUTF8 {{ {b} in", pre=[f"var {raw}UTF8 = {n}"]))
            return out
        if p.shape == "bytes_out":
            b = f"{raw}Bytes"
            return [Form(n, f"{n}: inout [UInt8]", "inout [UInt8]", [f"{b}.baseAddress", f"UInt64({b}.count)"],
                         wrap=f"{n}.withUnsafeMutableBufferPointer {{ {b} in"),
                    Form(n, f"{n}: inout Data", "inout Data",
                         [f"{b}.baseAddress?.assumingMemoryBound(to: UInt8.self)", f"UInt64({b}.count)"],
                         wrap=f"{n}.withUnsafeMutableBytes {{ {b} in")]
        if p.shape == "text_in":
            if len(p.idl.c_params) != 1:
                raise IdlError(p.idl.pos, f"swift: text parameter '{p.name}' with a length has no Swift form yet")
            return [Form(n, f"{n}: String", "String", [f"{raw}Text"], wrap=f"{n}.withCString {{ {raw}Text in")]
        if p.shape == "struct_in":
            st = self.types.in_structs[p.struct.name]
            c = f"{raw}C"
            pre = [f"var {c} = {st.c_name}()"] + [f"{c}.{f.c_name} = {f.value(n)}" for f in st.c_fields]
            return [Form(n, f"{n}: {st.name}", st.name, [f"&{c}"], pre=pre)]
        raise IdlError(p.idl.pos, f"swift: no form for a '{p.shape}' parameter")

    # -- results ------------------------------------------------------------------
    def result(self, c, made: Optional[str]) -> tuple[str, list[str], list[str], list[str], bool]:
        """(Swift type, statements before the call, extra C arguments,
        statements after it, whether the conversion itself may throw)."""
        r = c.result
        sh = r.shape
        if sh == "none":
            return "", [], [], [], False
        if sh in ("int", "float", "bool"):
            return SCALARS[r.type.name], [], [], ["return raw"], False
        if sh == "enum":
            return self.sp.class_name(r.type.decl.name), [], [], ["return try weaveheapEnum(raw)"], True
        if sh == "static_text":
            return "String", [], [], ["return raw.map { String(cString: $0) } ?? \"\""], False
        if sh == "text":
            free = self.s.free_text.fn.c_name
            return "String", [], [], [f"defer {{ {free}(raw) }}", "return raw.map { String(cString: $0) } ?? \"\""], False
        if sh == "bytes":
            free = self.s.free_bytes.fn.c_name
            return "[UInt8]", ["var rawLength: UInt64 = 0"], ["&rawLength"], [
                f"defer {{ {free}(raw, rawLength) }}",
                "return Array(UnsafeBufferPointer(start: raw, count: Int(rawLength)))"], False
        if sh == "object":
            return made, [], [], [f"return {made}(handle: raw, owner: self)"], False
        if sh == "struct_out":
            st = self.types.out_structs[r.struct.name]
            out = self.sp.param(r.out_param.name)
            return st.name, [f"var {out} = {st.c_name}()"], [f"&{out}"], [f"return {st.name}({out})"], False
        raise IdlError(c.fn.pos, f"swift: no conversion for a '{sh}' result")

    # -- the call -------------------------------------------------------------------
    def overloads(self, c, receiver: Optional[str], made: Optional[str] = None,
                  guard: bool = False, bind: str = "let raw = ", constructor: bool = False) -> list[Overload]:
        """Every overload of `c`: one per combination of its parameters'
        forms. `receiver` is the Swift expression of the receiver's handle;
        a constructor binds the new handle (`bind`) and returns nothing."""
        returns, pre_r, out_args, post, conv_throws = self.result(c, made)
        if constructor:
            returns, post = "", []
        utf8 = c.declared("invalid_utf8") is not None
        per_param = [self.forms(p, utf8) for p in c.params]
        out = []
        for combo in product(*per_param) if per_param else [()]:
            combo = list(combo)
            args = ([receiver] if receiver else [])
            pre = []
            for f in combo:
                args += f.args
                pre += f.pre
            pre += pre_r
            args += out_args
            body = (["try weaveheapEnsureLibrary()"] if guard else []) + pre
            body += self.call(c, args, [f.wrap for f in combo if f.wrap], bind if c.fn.result is not None else "")
            body += post
            throws = c.fallible or conv_throws or guard
            params = ", ".join(f.decl for f in combo)
            ftype = ""
            if all(f.type for f in combo):
                ftype = f"({', '.join(f.type for f in combo)}){' throws' if throws else ''} -> {returns or 'Void'}"
            out.append(Overload(params, ftype, throws, returns, body, [f.label for f in combo]))
        return out

    @staticmethod
    def call(c, args: list[str], wraps: list[str], bind: str) -> list[str]:
        """The C call inside its closures: `weaveheapCall` for the error
        value, then one per parameter that lends a pointer."""
        opens = list(wraps)
        if c.fallible:
            opens.insert(0, "try weaveheapCall { err in")
            args = args + ["err"]
        expr = f"{c.fn.c_name}({', '.join(args)})"
        if not opens:
            return [bind + expr]
        lines = [bind + opens[0]]
        for depth, o in enumerate(opens[1:], 1):
            lines.append("    " * depth + o)
        lines.append("    " * len(opens) + expr)
        for depth in range(len(opens) - 1, -1, -1):
            lines.append("    " * depth + "}")
        return lines
