"""Rules that need the whole model. Each raises IdlError at the offending
declaration; docs/idl.md lists them and tests/generator/negative/ has one
file per rule with the message it must produce."""
import re

from .diagnostics import IdlError
from .model import FLOATS, RANGES, Library

NAME = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")

# Parameter and field names are C identifiers in the header, which C++ also
# includes: none of them may be a C11 or C++ keyword (or a <stdbool.h> macro).
C_KEYWORDS = frozenset("""
    auto break case char const continue default do double else enum extern float for goto if
    inline int long register restrict return short signed sizeof static struct switch typedef
    union unsigned void volatile while bool true false
    alignas alignof and and_eq asm bitand bitor catch char8_t char16_t char32_t class compl
    concept consteval constexpr constinit const_cast co_await co_return co_yield decltype delete
    dynamic_cast explicit export friend mutable namespace new noexcept not not_eq nullptr
    operator or or_eq private protected public reinterpret_cast requires static_assert
    static_cast template this thread_local throw try typeid typename using virtual wchar_t
    xor xor_eq
""".split())

# Macros the C header defines besides the IDL's own (WEAVEHEAP_ + suffix).
C_HEADER_MACROS = ("H", "API", "C_ONLY", "VERSION_MAJOR", "VERSION_MINOR", "VERSION_PATCH",
                   "VERSION_NUMBER", "VERSION_STRING", "ABI_VERSION", "IDL_HASH", "ERROR_CODES")

# The ownership each category of parameter may take; scalars and enums are
# passed by value and take none.
PARAM_OWNERSHIP = {
    "handle": ("own", "shared", "unique"),
    "handleset": ("own", "shared", "unique"),
    "anyhandle": ("own", "shared", "unique"),
    "array": ("own", "shared", "unique"),
    "cstring": ("own", "shared"),
    "str": ("shared",),
    "ptr": ("shared", "unique"),
    "struct": ("shared", "unique", "out"),
    "view": ("out",),
}


def _alternatives(words) -> str:
    words = list(words)
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def _check_name(name, pos, what, prefix):
    if not NAME.match(name):
        why = f" so that C names read {prefix}_<module>_<function>" if what in ("module", "function") else ""
        raise IdlError(pos, f"{what} '{name}' breaks the naming convention: use lower_snake_case{why}")
    if name == prefix or name.startswith(prefix + "_"):
        raise IdlError(pos, f"{what} '{name}' must not repeat the '{prefix}' prefix: the generator adds it")


def _check_identifier(name, pos, what, prefix):
    _check_name(name, pos, what, prefix)
    if name in C_KEYWORDS:
        raise IdlError(pos, f"{what} '{name}' is a C or C++ keyword and cannot name a C identifier")


def _names(lib: Library):
    p = lib.name
    if not NAME.match(p):
        raise IdlError(lib.pos, f"library name '{p}' breaks the naming convention: use lower_snake_case, "
                                f"the prefix of every C name")
    for m in lib.modules:
        if not m.is_root:
            _check_name(m.name, m.pos, "module", p)
        for f in m.functions:
            _check_name(f.name, f.pos, "function", p)
            if not m.is_root and (f.name == m.name or f.name.startswith(m.name + "_")):
                raise IdlError(f.pos, f"function '{f.name}' repeats its module name: "
                                      f"its C name would be {f.c_name}")
            for q in f.params:
                _check_identifier(q.name, q.pos, "parameter", p)
    kinds = [(lib.structs, "struct"), ([lib.errors], "errors"), (lib.enums, "enum"),
             (lib.handles, "handle"), (lib.handlesets, "handle set"), (lib.consts, "constant"),
             (lib.callbacks, "callback")]
    for decls, what in kinds:
        for decl in decls:
            _check_name(decl.name, decl.pos, what, p)
    for enum in [lib.errors] + lib.enums:
        for member in enum.members:
            _check_name(member.name, member.pos, "member", p)
    for st in lib.structs:
        for fld in st.fields:
            _check_identifier(fld.name, fld.pos, "field", p)
    for cb in lib.callbacks:
        for q in cb.params:
            _check_identifier(q.name, q.pos, "parameter", p)


def _c_names(lib: Library):
    """Every C name the header declares is declared once."""
    p, up = lib.name, lib.name.upper()

    def claim(table, name, pos, what):
        if name in table:
            raise IdlError(pos, f"C name {name} of {what} is already used by {table[name]}")
        table[name] = what

    types = {f"{p}_handle_t": "the generic handle type"}
    for st in lib.structs:
        claim(types, st.c_name, st.pos, f"struct '{st.name}'")
    claim(types, lib.errors.c_name, lib.errors.pos, f"errors '{lib.errors.name}'")
    for e in lib.enums:
        claim(types, e.c_name, e.pos, f"enum '{e.name}'")
    for h in lib.handles:
        claim(types, h.c_name, h.pos, f"handle '{h.name}'")
    for cb in lib.callbacks:
        claim(types, cb.c_name, cb.pos, f"callback '{cb.name}'")
    for f in lib.functions:
        claim(types, f.c_name, f.pos, f"function '{f.qualified_name}'")

    macros = {f"{up}_{m}": "a macro of the C header" for m in C_HEADER_MACROS}
    for c in lib.consts:
        claim(macros, c.c_name, c.pos, f"constant '{c.name}'")
    for m in lib.errors.members:
        claim(macros, m.c_name, m.pos, f"error '{m.name}'")
    for e in lib.enums:
        claim(macros, e.c_name.upper() + "_LIST", e.pos, f"the member list of enum '{e.name}'")
        for m in e.members:
            claim(macros, m.c_name, m.pos, f"member '{m.name}' of '{e.name}'")

    for f in lib.functions:
        seen = {}
        origins = [(cp.name, q.pos) for q in f.params for cp in q.c_params]
        origins += [(cp.name, f.pos) for cp in (f.result.c_out_params if f.result else [])]
        origins += [("out_err", f.pos)] if f.fallible else []
        for name, pos in origins:
            if name in seen:
                raise IdlError(pos, f"C parameter '{name}' of {f.c_name} is used twice: rename "
                                    f"the parameter (u8[] adds '<name>_len', u8[] results 'out_len', "
                                    f"fallible functions 'out_err')")
            seen[name] = pos


# An extension's error numbers start here: the core keeps 0..999, so no
# code of an extension can ever mean a core error.
EXTENSION_ERRORS_FROM = 1000


def _numbers(lib: Library):
    lo, hi = RANGES["i32"]
    if lib.is_extension:
        _extension_numbers(lib)
    for enum in ([lib.errors] if lib.errors else []) + [e for e in lib.enums if e is not lib.handle_kind]:
        used = {}
        for m in enum.members:
            if not lo <= m.value <= hi:
                raise IdlError(m.pos, f"value {m.value} of '{m.name}' does not fit in i32")
            if m.value in used:
                what = f"error number {m.value}" if enum.is_errors else f"value {m.value} of '{enum.name}'"
                raise IdlError(m.pos, f"{what} is used twice ('{used[m.value]}' and '{m.name}')")
            used[m.value] = m.name
    if lib.is_extension:
        return
    if 0 not in {m.value for m in lib.errors.members}:
        raise IdlError(lib.errors.pos, "the errors enum needs a success code '= 0'")
    used = {}
    for h in lib.handles:
        if h.number is None:
            raise IdlError(h.pos, f"handle kind '{h.name}' needs its number ('= N', 1..15): only an "
                                  f"extension's kinds are numbered when they are registered")
        if not 1 <= h.number <= 15:
            raise IdlError(h.pos, f"handle kind number {h.number} is out of range 1..15 (4 bits in a handle)")
        if h.number in used:
            raise IdlError(h.pos, f"handle kind number {h.number} is used twice ('{used[h.number]}' and '{h.name}')")
        used[h.number] = h.name


def _extension_numbers(lib: Library):
    """An extension's error numbers never collide with the core's, and its
    handle kinds take their numbers from the core at registration."""
    core = lib.root
    if lib.errors is not None:
        core_names = {m.name: m for m in core.errors.members}
        for m in lib.errors.members:
            if m.name in core_names:
                raise IdlError(m.pos, f"error '{m.name}' is already an error of '{core.name}': "
                                      f"list the core's in errors(...) instead of declaring it")
            if m.value < EXTENSION_ERRORS_FROM:
                clash = next((c.name for c in core.errors.members if c.value == m.value), None)
                also = f" ('{clash}' of '{core.name}')" if clash else ""
                raise IdlError(m.pos, f"error number {m.value} of '{m.name}' is in the core's range{also}: "
                                      f"an extension's errors are numbered from {EXTENSION_ERRORS_FROM}")
    for h in lib.handles:
        if h.number is not None:
            raise IdlError(h.pos, f"handle kind '{h.name}' of an extension takes no number: the core "
                                  f"numbers it when the extension registers it")
    for f in lib.functions:
        for p in f.params:
            if p.type.category == "view":
                raise IdlError(p.pos, f"an extension declares no views: '{f.qualified_name}' takes core "
                                      f"memory as a 'shared' or 'unique' parameter instead")


def _releases(lib: Library):
    for h in lib.handles:
        f = h.release
        if f is None:
            continue
        if not f.params or f.params[0].ownership != "own" or h not in f.params[0].type.kinds:
            raise IdlError(h.release_ref[2], f"'{f.qualified_name}' releases '{h.name}', so its first "
                                              f"parameter must be 'own {h.name}'")


def _callbacks(lib: Library):
    """A callback's parameters are plain C values the core passes on."""
    for cb in lib.callbacks:
        for p in cb.params:
            t, cat = p.type.name, p.type.category
            if cat not in ("scalar", "enum", "opaque"):
                raise IdlError(p.pos, f"parameter '{p.name}' of callback '{cb.name}' cannot be '{t}': a callback "
                                      f"takes integers, enums and opaque addresses")
            if p.ownership is not None or p.nullable or p.default is not None or p.constraints:
                raise IdlError(p.pos, f"parameter '{p.name}' of callback '{cb.name}' is passed by value: "
                                      f"no ownership, '?', constraint or default")
        r = cb.result
        if r is not None and r.category not in ("scalar", "enum", "opaque", "handle"):
            raise IdlError(cb.pos, f"callback '{cb.name}' cannot return '{r.name}': a callback returns an "
                                   f"integer, an enum, a handle or an opaque address")


def _c_only_fields(lib: Library):
    for st in lib.structs:
        for fld in st.fields:
            if fld.type.category in ("opaque", "callback"):
                raise IdlError(fld.pos, f"field '{fld.name}' of '{st.name}' cannot be '{fld.type.name}': only C "
                                        f"can pass it, and every binding reads structs")


def _params(f):
    defaulted = None
    for p in f.params:
        t, cat, own = p.type.name, p.type.category, p.ownership
        if cat in ("opaque", "callback"):
            if own is not None:
                raise IdlError(p.pos, f"parameter '{p.name}' of type '{t}' is passed by value and "
                                      f"takes no ownership: drop '{own}'")
            if p.nullable:
                raise IdlError(p.pos, f"parameter '{p.name}' of type '{t}' cannot be marked '?': "
                                      f"the function's doc says what NULL does")
        elif cat in ("scalar", "enum"):
            if own == "out":
                raise IdlError(p.pos, f"'out' parameter '{p.name}' needs a struct type, not '{t}'")
            if own is not None:
                raise IdlError(p.pos, f"parameter '{p.name}' of type '{t}' is passed by value and "
                                      f"takes no ownership: drop '{own}'")
        elif cat == "view":
            if own != "out":
                raise IdlError(p.pos, f"view '{p.name}' must be an 'out' parameter")
        elif own is None:
            raise IdlError(p.pos, f"parameter '{p.name}' of type '{t}' needs its ownership: "
                                  f"{_alternatives(PARAM_OWNERSHIP[cat])}")
        elif own not in PARAM_OWNERSHIP[cat]:
            if own == "out":
                raise IdlError(p.pos, f"'out' parameter '{p.name}' needs a struct type, not '{t}'")
            raise IdlError(p.pos, f"parameter '{p.name}' of type '{t}' cannot be '{own}': "
                                  f"use {_alternatives(PARAM_OWNERSHIP[cat])}")
        if p.nullable:
            if own == "out":
                raise IdlError(p.pos, f"'out' parameter '{p.name}' cannot be NULL: drop '?'")
            if cat not in ("struct", "array", "cstring"):
                raise IdlError(p.pos, f"parameter '{p.name}' of type '{t}' cannot be NULL")
        if p.default is not None:
            if cat != "scalar":
                raise IdlError(p.pos, f"only scalar parameters take a default, not '{p.name}'")
            if t in FLOATS:
                raise IdlError(p.pos, f"float parameter '{p.name}' takes no default")
            if t == "bool" and not isinstance(p.default, bool):
                raise IdlError(p.pos, f"default of '{p.name}' must be true or false")
            if t != "bool":
                if isinstance(p.default, bool):
                    raise IdlError(p.pos, f"default of '{p.name}' must be an integer")
                lo, hi = RANGES[t]
                if not lo <= p.default <= hi:
                    raise IdlError(p.pos, f"default of '{p.name}' = {p.default} does not fit in {t}")
            defaulted = p
        elif defaulted is not None and own != "out":
            raise IdlError(p.pos, f"parameter '{p.name}' has no default but follows "
                                  f"'{defaulted.name}', which has one")


def _constraints(f):
    """`max(...)` and `pow2` bound an integer parameter; breaking them is the
    function's invalid_argument error."""
    for p in f.params:
        seen = set()
        for c in p.constraints:
            if p.type.name not in RANGES:
                raise IdlError(c.pos, f"'{c.kind}' constrains integers; parameter '{p.name}' is '{p.type.name}'")
            if c.kind in seen:
                raise IdlError(c.pos, f"'{c.kind}' is given twice for parameter '{p.name}'")
            seen.add(c.kind)
            lo, hi = RANGES[p.type.name]
            if c.kind == "max" and not lo <= c.value <= hi:
                raise IdlError(c.pos, f"max({c.value}) of '{p.name}' does not fit in {p.type.name}")
            if not any(e.name == "invalid_argument" for e in f.errors):
                raise IdlError(c.pos, f"'{c.kind}' on '{p.name}' needs '{f.qualified_name}' to list "
                                      f"'invalid_argument', the error a value out of it gets")
        if p.default is not None and not isinstance(p.default, bool):
            if p.maximum and p.default > p.maximum.value:
                raise IdlError(p.pos, f"default of '{p.name}' = {p.default} is above its max({p.maximum.value})")
            if p.pow2 and (p.default <= 0 or p.default & (p.default - 1)):
                raise IdlError(p.pos, f"default of '{p.name}' = {p.default} is not a power of two")


def _views(f):
    for v in f.params:
        if v.type.category != "view":
            continue
        target = v.type.view_of
        if not target.type.is_handle or target.ownership not in ("shared", "unique"):
            raise IdlError(v.pos, f"view '{v.name}' borrows '{target.name}', which must be a "
                                  f"'shared' or 'unique' handle parameter")
        token = f.result
        if not (token and token.ownership == "own" and token.type.category == "handle"):
            raise IdlError(v.pos, f"view '{v.name}' is a borrow with no release: '{f.qualified_name}' "
                                  f"must return an owned borrow token whose kind has a release")
        if token.type.decl.release is None:
            raise IdlError(v.pos, f"view '{v.name}' is a borrow with no release: no function "
                                  f"releases '{token.type.name}'")


def _result(f, lib: Library):
    r = f.result
    if r is None:
        return
    t, cat, q = r.type.name, r.type.category, f.qualified_name
    if r.ownership == "own":
        if cat == "handle" and r.type.decl.release is None:
            raise IdlError(f.pos, f"'{q}' returns an owned '{t}', but no function releases that kind: "
                                  f"add 'released_by module.function' to the handle")
        free = {"cstring": "free_string", "array": "free_bytes"}.get(cat)
        if free and getattr(lib, free) is None:
            raise IdlError(f.pos, f"'{q}' returns an owned '{t}', but the '{lib.name}' module has "
                                  f"no '{free}' to free it")
        if cat not in ("handle", "cstring", "array"):
            raise IdlError(f.pos, f"'own' result needs a handle kind, cstring or u8[], not '{t}'")
    elif r.ownership == "static":
        if cat != "str":
            raise IdlError(f.pos, f"'static' result needs 'str', not '{t}'")
    elif cat == "callback":
        raise IdlError(f.pos, f"'{q}' cannot return callback '{t}': return an opaque address")
    elif cat in ("handle", "cstring", "array", "str"):
        spelled = f"static {t}" if cat == "str" else f"own {t}"
        raise IdlError(f.pos, f"result '{t}' of '{q}' needs its ownership: '-> {spelled}'")
    elif cat == "struct":
        raise IdlError(f.pos, f"'{q}' cannot return struct '{t}' by value: fill an 'out' parameter")
    elif cat in ("handleset", "anyhandle"):
        raise IdlError(f.pos, f"'{q}' cannot return '{t}': return one handle kind, 'own'")


def _ownership(lib: Library):
    for f in lib.functions:
        _params(f)
        _constraints(f)
        _views(f)
        _result(f, lib)
        for e in f.errors:
            if e.value == 0:
                raise IdlError(f.pos, f"'{f.qualified_name}' lists the success code '{e.name}' as an error")
        if f.fallible and not any(st.name == "error" for st in lib.root.structs):
            raise IdlError(f.pos, f"'{f.qualified_name}' can fail, so the IDL needs 'struct error' "
                                  f"for its '{lib.name}_error* out_err'")


def _error_struct(lib: Library):
    """Every binding reads an error as {code, message} and frees it with the
    one function that takes only an error."""
    st = lib.error_struct
    if st is None or lib.is_extension:     # an extension uses the core's, checked there
        return
    if [(f.name, f.type.name) for f in st.fields] != [("code", "i32"), ("message", "str")]:
        raise IdlError(st.pos, "struct 'error' must be { code: i32; message: str; }: every binding reads it so")
    clear = lib.error_clear
    if clear is None or len(clear.params) != 1:
        raise IdlError(st.pos, "no function frees an error's message: declare one taking only "
                               "'unique error?' (error.clear)")


def validate(lib: Library) -> Library:
    _numbers(lib)
    _names(lib)
    _c_names(lib)
    _callbacks(lib)
    _c_only_fields(lib)
    _releases(lib)
    _ownership(lib)
    _error_struct(lib)   # last: the shape every binding relies on
    return lib
