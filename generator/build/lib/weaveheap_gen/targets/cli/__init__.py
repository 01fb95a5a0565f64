"""What the `weaveheap` command (cli/) knows of the API beyond the C header:
the counters of the stats struct, by name and with their one-line meaning,
so that `weaveheap stats` prints every counter the IDL declares and nothing
else."""
from ... import surface
from ...diagnostics import IdlError
from ...names import first_sentence, quoted

OUTPUTS = [
    ("cli/model.h.j2", "cli/weaveheap_cli.h"),
]


def prepare(lib):
    # The counters struct is the one the process-wide stats function fills.
    stats = surface.build(lib).process_stats
    if stats is None:
        raise IdlError(lib.pos, "cli: the command prints the process-wide counters: the IDL needs one "
                                "library function that fills an 'out' struct from nothing")
    st = stats.result.struct.idl
    return {
        "stats_struct": st,
        "stats_fields": [{"name": f.name, "c_string": quoted(f.name), "summary": quoted(first_sentence(f.doc))}
                         for f in st.fields],
    }
