"""What the `weaveheap` command (cli/) knows of the API beyond the C header:
the counters of the stats struct, by name and with their one-line meaning,
so that `weaveheap stats` prints every counter the IDL declares and nothing
else."""

OUTPUTS = [
    ("cli/model.h.j2", "cli/weaveheap_cli.h"),
]


def _c_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _first_sentence(doc: str) -> str:
    text = " ".join(doc.split())
    end = text.find(". ")
    return text if end < 0 else text[:end + 1]


def prepare(lib):
    # The counters struct is the one `stats.global` fills.
    stats = lib.function("stats", "global").params[0].type.decl
    return {
        "stats_struct": stats,
        "stats_fields": [
            {"name": f.name, "c_string": _c_string(f.name), "summary": _c_string(_first_sentence(f.doc))}
            for f in stats.fields
        ],
    }
