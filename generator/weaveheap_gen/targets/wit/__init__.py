"""A WIT package from the IDL (generated/wit/weaveheap.wit): the library as
component-model interfaces, resources and records, with the IDL's docs. The
mapping itself is witmodel.py, shared with the `wasm` target's adapter."""
from ... import witmodel

OUTPUTS = [
    ("wit/package.wit.j2", "wit/weaveheap.wit"),
]


def prepare(lib):
    return {"pkg": witmodel.build(lib)}
