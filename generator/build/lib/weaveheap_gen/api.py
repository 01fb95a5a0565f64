"""The API contract: every IDL function, struct and error, and where each
language has it, spelled by names.py from the surface. docs/api.md renders
this table; each language's generated contract test checks that its built
package has every name of its column, with the kind given here, so a target
that misses or misnames something fails its tests.

Kinds: function (library level), constructor, method, close, view (a method
that returns a view), class, struct, error (a class, type or case), field,
property, glue (hidden: the binding calls it for the user)."""
from dataclasses import dataclass, field

from . import names, witmodel
from .surface import Callable, Surface

# The columns of docs/api.md, in order; "wit" is the component's export.
LANGUAGES = ("c", "python", "javascript", "go", "java", "swift", "wit")
TITLES = {"c": "C", "python": "Python", "javascript": "JavaScript (Node and wasm)", "go": "Go",
          "java": "Java", "swift": "Swift", "wit": "WIT (component)"}


@dataclass
class Entry:
    path: str            # how a user writes it: Region.alloc, (*Region).Alloc ...
    kind: str            # function | constructor | method | close | view | glue ...
    cls: str = ""        # the class it belongs to, as the language spells it
    name: str = ""       # the member or function name alone


@dataclass
class Row:
    idl: str             # buffer.alloc, struct stats, error borrowed
    what: str            # function | struct | error | class
    entries: dict = field(default_factory=dict)   # language -> Entry or None (none in that language)


def spellers(s: Surface) -> dict:
    return {lang: names.speller(lang, s.brand, s.type_names) for lang in LANGUAGES}


def class_name(sp: names.Speller, cls) -> str:
    return sp.class_name(cls.name)


def entry(c: Callable, sp: names.Speller) -> Entry:
    """Where `c` is in one language (not C or WIT: those are by C name and
    by the component's exports)."""
    if c.role == "hidden":
        return Entry("(glue)", "glue")
    if c.role == "function":
        fn = sp.function(c.member)
        return Entry(sp.function_path(c.member), "function", name=fn)
    cls = class_name(sp, c.classes[0]) if len(c.classes) == 1 else None
    if c.role == "constructor":
        return Entry(sp.constructor_path(cls), "constructor", cls, cls)
    if c.role == "method" and c.makes is not None:
        member = sp.maker(c.member, class_name(sp, c.makes))
    else:
        member = sp.member(c.member)
    kind = {"release": "close", "view_release": "close", "view": "view"}.get(c.role, "method")
    if cls is None:       # a member of several classes: one path each
        paths = [sp.member_path(class_name(sp, k), member) for k in c.classes]
        return Entry(", ".join(paths), kind, "", member)
    return Entry(sp.member_path(cls, member), kind, cls, member)


def _wit_entries(s: Surface) -> dict:
    """IDL function name -> its export in the component (WIT)."""
    pkg = witmodel.build(s)
    out = {}
    for wf in pkg.functions:
        form = wf.form
        if form == "func":
            path = f"{wf.interface.name}.{wf.name}"
        elif form == "constructor":
            path = f"[constructor]{wf.resource.wit_name}"
        else:
            path = f"[{form}]{wf.resource.wit_name}.{wf.name}"
        out[wf.f.qualified_name] = Entry(path, form, wf.resource.wit_name if wf.resource else "", wf.name)
    return out


def rows(s: Surface) -> list[Row]:
    sp = spellers(s)
    wit = _wit_entries(s)
    out = []
    for c in s.callables:
        r = Row(c.name, "function")
        r.entries["c"] = Entry(c.fn.c_name, "function", name=c.fn.c_name)
        for lang in LANGUAGES[1:-1]:
            r.entries[lang] = entry(c, sp[lang])
        r.entries["wit"] = wit.get(c.name)
        out.append(r)
    for cls in s.classes:
        r = Row(f"handle {cls.handle.name}", "class")
        r.entries["c"] = Entry(cls.handle.c_name, "class", name=cls.handle.c_name)
        for lang in LANGUAGES[1:-1]:
            n = class_name(sp[lang], cls)
            r.entries[lang] = Entry(n, "class", n, n)
        r.entries["wit"] = Entry(f"resource {names.kebab(cls.handle.name)}", "resource")
        out.append(r)
    for st in s.structs:
        r = Row(f"struct {st.name}", "struct")
        r.entries["c"] = Entry(st.idl.c_name, "struct", name=st.idl.c_name)
        for lang in LANGUAGES[1:-1]:
            n = sp[lang].struct_name(st.name, st.direction)
            r.entries[lang] = Entry(n, "struct", n, n)
        r.entries["wit"] = Entry(f"record {names.kebab(st.name)}", "record")
        out.append(r)
    base = Row("errors (base)", "error")
    base.entries["c"] = Entry(s.lib.errors.c_name, "error")
    for lang in LANGUAGES[1:-1]:
        n = sp[lang].base_error()
        base.entries[lang] = Entry(n, "error", n, n)
    base.entries["wit"] = Entry(f"record {names.kebab(s.lib.error_struct.name)}", "record") \
        if s.lib.error_struct else None
    out.append(base)
    for e in s.errors:
        r = Row(f"error {e.member.name} = {e.code}", "error")
        r.entries["c"] = Entry(e.member.c_name, "error", name=e.member.c_name)
        for lang in LANGUAGES[1:-1]:
            n = sp[lang].error_name(e.stem)
            r.entries[lang] = Entry(n, "error", n, n)
        r.entries["wit"] = Entry(f"{names.kebab(s.lib.errors.name)}.{names.kebab(e.member.name)}", "case")
        out.append(r)
    return out


def column(s: Surface, language: str) -> list[tuple[Row, Entry]]:
    """What one language's contract test checks: every row it has a name in."""
    return [(r, r.entries[language]) for r in rows(s) if r.entries.get(language) is not None]
