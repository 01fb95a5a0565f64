"""Rules that need the whole model. Each raises IdlError at the offending
declaration; docs/idl.md lists them and tests/generator/negative/ has one
file per rule with the message it must produce."""
import re

from .diagnostics import IdlError
from .model import Library, ROOT_MODULE

NAME = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


def _check_name(name, pos, what, prefix):
    if not NAME.match(name):
        raise IdlError(pos, f"{what} '{name}' breaks the naming convention: use lower_snake_case "
                            f"so that its C name is {prefix}_<module>_<function>")
    if name == prefix or name.startswith(prefix + "_"):
        raise IdlError(pos, f"{what} '{name}' must not repeat the '{prefix}' prefix: the generator adds it")


def _names(lib: Library):
    p = lib.name
    for m in lib.modules:
        if m.name != ROOT_MODULE:
            _check_name(m.name, m.pos, "module", p)
        for f in m.functions:
            _check_name(f.name, f.pos, "function", p)
            if not m.is_root and f.name.startswith(m.name + "_"):
                raise IdlError(f.pos, f"function '{f.name}' repeats its module name: "
                                      f"its C name would be {f.c_name}")
            for q in f.params:
                _check_name(q.name, q.pos, "parameter", p)
    for decl in lib.structs + lib.enums + lib.handles + lib.handlesets + lib.consts:
        _check_name(decl.name, decl.pos, "name", p)
    seen = {t.c_name: f"type '{t.name}'" for t in lib.structs + lib.enums + [lib.errors] + lib.handles}
    for f in lib.functions:
        if f.c_name in seen:
            raise IdlError(f.pos, f"C name {f.c_name} is already used by '{seen[f.c_name]}'")
        seen[f.c_name] = f.qualified_name


def _numbers(lib: Library):
    for enum in [lib.errors] + lib.enums:
        used = {}
        for m in enum.members:
            if m.value in used:
                what = "error number" if enum.is_errors else f"value in '{enum.name}'"
                raise IdlError(m.pos, f"{what} {m.value} is used twice ('{used[m.value]}' and '{m.name}')")
            used[m.value] = m.name
    if 0 not in {m.value for m in lib.errors.members}:
        raise IdlError(lib.errors.pos, "the errors enum needs a success code '= 0'")
    used = {}
    for h in lib.handles:
        if not 1 <= h.number <= 15:
            raise IdlError(h.pos, f"handle kind number {h.number} is out of range 1..15 (4 bits in a handle)")
        if h.number in used:
            raise IdlError(h.pos, f"handle kind number {h.number} is used twice ('{used[h.number]}' and '{h.name}')")
        used[h.number] = h.name


def _releases(lib: Library):
    for h in lib.handles:
        f = h.release
        if f is None:
            continue
        if not f.params or f.params[0].ownership != "own" or h not in f.params[0].type.kinds:
            raise IdlError(h.release_ref[2], f"'{f.qualified_name}' releases '{h.name}', so its first "
                                              f"parameter must be 'own {h.name}'")


def _ownership(lib: Library):
    free_fns = {"cstring": lib.free_string, "array": lib.free_bytes}
    for f in lib.functions:
        r = f.result
        if r:
            cat = r.type.category
            if r.ownership == "own":
                if cat == "handle" and r.type.decl.release is None:
                    raise IdlError(f.pos,
                                   f"'{f.qualified_name}' returns an owned '{r.type.name}', but no function "
                                   f"releases that kind: add 'released_by module.function' to the handle")
                if cat in free_fns and free_fns[cat] is None:
                    fn = "free_string" if cat == "cstring" else "free_bytes"
                    raise IdlError(f.pos, f"'{f.qualified_name}' returns an owned '{r.type.name}', but the "
                                          f"'{ROOT_MODULE}' module has no '{fn}' to free it")
                if cat not in ("handle", "cstring", "array"):
                    raise IdlError(f.pos, f"'own' result needs a handle, cstring or u8[], not '{r.type.name}'")
            elif r.ownership == "static":
                if cat != "str":
                    raise IdlError(f.pos, f"'static' result needs 'str', not '{r.type.name}'")
            elif cat in ("handle", "cstring", "array", "str", "struct"):
                raise IdlError(f.pos, f"result '{r.type.name}' of '{f.qualified_name}' needs its ownership: "
                                      f"'own' or 'static'")
        views = [p for p in f.params if p.type.category == "view"]
        for p in f.params:
            cat = p.type.category
            if p.ownership is None and cat not in ("scalar", "enum"):
                raise IdlError(p.pos, f"parameter '{p.name}' needs its ownership: own, shared, unique or out")
            if p.ownership is not None and cat in ("scalar", "enum"):
                raise IdlError(p.pos, f"parameter '{p.name}' is passed by value and takes no ownership")
            if p.ownership == "out" and cat not in ("struct", "view"):
                raise IdlError(p.pos, f"'out' parameter '{p.name}' needs a struct type")
            if cat == "view" and p.ownership != "out":
                raise IdlError(p.pos, f"view '{p.name}' must be an 'out' parameter")
            if p.nullable and cat not in ("struct", "array", "cstring"):
                raise IdlError(p.pos, f"parameter '{p.name}' of type '{p.type.name}' cannot be NULL")
            if p.default is not None and cat != "scalar":
                raise IdlError(p.pos, f"only scalar parameters take a default, not '{p.name}'")
        for v in views:
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
        if f.fallible and f.errors[0].value == 0 and len(f.errors) == 1:
            raise IdlError(f.pos, f"'{f.qualified_name}' lists only the success code as an error")


def validate(lib: Library) -> Library:
    _names(lib)
    _numbers(lib)
    _releases(lib)
    _ownership(lib)
    return lib
