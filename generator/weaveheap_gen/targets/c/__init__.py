"""The public C header and the linker version script that exports exactly
the IDL's functions."""
from ... import boundary, contract
from ...model import c_type

OUTPUTS = [
    ("c/header.h.j2", "c/weaveheap.h"),
    ("c/exports.map.j2", "c/weaveheap.map"),
    ("c/api.h.j2", "c/weaveheap_api.h"),
    ("c/arrow.h.j2", "c/weaveheap_arrow.h"),
]


# An extension's C boundary (docs/extensions.md): its public header, the
# header its implementer writes against, and the generated entry points.
EXTENSION_OUTPUTS = [
    ("c/ext_header.h.j2", "c/{lib}.h"),
    ("c/ext_impl.h.j2", "c/{lib}_impl.h"),
    ("c/ext_entry.c.j2", "c/{lib}_entry.c"),
]


def outputs(lib):
    """The core's header, export map, function table header and the Arrow
    structs' header; an extension's boundary."""
    if lib.is_extension:
        return [(t, p.format(lib=lib.name)) for t, p in EXTENSION_OUTPUTS]
    return [(t, p) for t, p in OUTPUTS if lib.api_table is not None or not p.endswith("_api.h")]


def _name_of(f):
    return f.c_name


def prepare(lib):
    def literal(const):
        return f"UINT64_C({const.value})" if const.type.name == "u64" else str(const.value)

    extra = {"b": boundary.build(lib), "core": lib.root} if lib.is_extension else {}
    return {
        **extra,
        "c_type": lambda t: c_type(t, lib),
        "c_literal": literal,
        "ownership_text": lambda p: contract.param_text(p, _name_of),
        "result_text": lambda f: contract.result_text(f, _name_of),
        "threads_text": contract.threads_text,
    }
