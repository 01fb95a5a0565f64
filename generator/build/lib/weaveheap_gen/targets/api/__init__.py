"""docs/api.md: the API contract as one page, every IDL function, class,
struct and error by its name in each language (weaveheap_gen/api.py), and
the few ways a language's spelling departs from the common rules, each
with its example read from the spellers (names.py). Each language's
contract test checks its column against the built package."""
from ... import api, misuse, surface
from ...names import paragraph, pascal, wrap

OUTPUTS = []
DOCS = [("api/api.md.j2", "api.md")]


def notes(s: surface.Surface, rows) -> list[tuple[str, list[str]]]:
    """(language, the lines of its note): what its column does its own way."""
    sp = api.spellers(s)
    child = next(e for e in s.errors if e.parent is not None)     # BorrowConflict, under Borrow
    parent, invalid = child.parent, s.glue_error("argument")

    def err(lang, e):
        return f"`{sp[lang].error_name(e.stem)}`"

    def branded(lang, why, sep="; "):
        """The classes a language prefixes with the brand, not to shadow a built-in."""
        names = [sp[lang].class_name(c.name) for c in s.classes if sp[lang].class_name(c.name) != pascal(c.name)]
        return f"{sep}the brand prefixes {', '.join(f'`{n}`' for n in names)}, not to {why}" if names else ""

    go, go_sp = {r.idl: r.entries["go"] for r in rows}, sp["go"]
    maker = next((c for c in s.callables if c.role == "method" and c.makes is not None), None)
    read = next((c for c in s.functions if go_sp.function(c.member) != pascal(c.member, go_sp.initialisms)), None)
    py_base = sp["python"].builtin_base(invalid.member.name)
    swift = sp["swift"]
    out = {
        "python": f"errors are classes, {err('python', child)} under {err('python', parent)} under "
                  f"`{sp['python'].base_error()}`"
                  + (f"; some also derive from a built-in exception ({err('python', invalid)} is a `{py_base}`)"
                     if py_base else "") + ".",
        "javascript": f"`.code` is the C constant (`{invalid.member.c_name}`)"
                      + branded("javascript", "shadow Node's globals") + ".",
        "go": (f"a method that makes an object is `New<Class>` (`{go[maker.name].path}`); " if maker else "")
              + (f"a package function named like a type takes `{go_sp.clash_prefix}` "
                 f"(`{go[read.name].path}` for `{read.name}`); " if read else "")
              + f"errors are types: `*{go_sp.error_name(child.stem)}` unwraps to `*{go_sp.error_name(parent.stem)}` "
                f"and `*{go_sp.base_error()}`, so `errors.As` catches a family.",
        "java": f"exceptions end in `{sp['java'].error_suffix}` ({err('java', child)})"
                + branded("java", "clash with `java.lang`") + ".",
        "swift": f"errors are the cases of one enum, `{swift.base_error()}` "
                 f"(`{swift.error_name(child.stem)}(message:)`), each with its `code` and family: "
                 f"`error.isA(.{swift.error_case(parent.stem)})` is true for `.{swift.error_case(child.stem)}` too, "
                 f"and `catch {swift.base_error()}.Code.{swift.error_case(parent.stem)}` catches both"
                 + branded("swift", "shadow the standard library") + ".",
        "wit": "an error is a case of the `error-code` enum, in the `error` record of a function's `result`.",
    }
    notes = []
    for lang, text in out.items():
        reasons = misuse.NOT_EXPRESSIBLE[lang]
        if reasons:
            text += " Not expressible (its tests list each such case with the reason): " + "; ".join(
                f"{misuse.NEEDS[need]} ({why.format(param='<parameter>')})" for need, why in reasons.items()) + "."
        notes.append((api.TITLES[lang], wrap(f"**{api.TITLES[lang]}**: {text}", 76)))
    return notes


def prepare(lib):
    s = surface.build(lib)
    rows = api.rows(s)
    return {
        "s": s,
        "rows": rows,
        "closed": s.glue_error("closed"),
        "notes": notes(s, rows),
        "misuses": len(misuse.MISUSES),
        "languages": api.LANGUAGES,
        "titles": api.TITLES,
        "paragraph": paragraph,
    }
