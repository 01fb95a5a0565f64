"""The public C header and the linker version script that exports exactly
the IDL's functions."""
from ... import contract
from ...model import c_type

OUTPUTS = [
    ("c/header.h.j2", "c/weaveheap.h"),
    ("c/exports.map.j2", "c/weaveheap.map"),
]


def _name_of(f):
    return f.c_name


def prepare(lib):
    def literal(const):
        return f"UINT64_C({const.value})" if const.type.name == "u64" else str(const.value)

    return {
        "c_type": lambda t: c_type(t, lib),
        "c_literal": literal,
        "ownership_text": lambda p: contract.param_text(p, _name_of),
        "result_text": lambda f: contract.result_text(f, _name_of),
        "threads_text": contract.threads_text,
    }
