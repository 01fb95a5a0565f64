"""docs/api.md: the API contract as one page, every IDL function, class,
struct and error by its name in each language (weaveheap_gen/api.py). Each
language's contract test checks its column against the built package."""
from ... import api, surface
from ...names import paragraph

OUTPUTS = []
DOCS = [("api/api.md.j2", "api.md")]


def prepare(lib):
    s = surface.build(lib)
    return {
        "s": s,
        "rows": api.rows(s),
        "closed": s.glue_error("closed"),
        "languages": api.LANGUAGES,
        "titles": api.TITLES,
        "paragraph": paragraph,
    }
