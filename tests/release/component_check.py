"""Runs the released component (weaveheap-<version>.component.wasm) in
wasmtime, as a host would: its identity, a string roundtrip, a buffer written
and read back, and a conflicting borrow that comes back as the typed error.
Prints one JSON object: {"version", "abi", "string", "bytes", "conflict"}.

    python3 component_check.py COMPONENT VERSION

VERSION names the interfaces (weaveheap:core/<interface>@VERSION): a
component of another version has none of them, and this fails."""
import json
import sys

from wasmtime import Engine, Store
from wasmtime.component import Component, Linker, Variant


class Host:
    def __init__(self, path: str, version: str):
        self.engine = Engine()
        self.store = Store(self.engine)
        self.instance = Linker(self.engine).instantiate(self.store, Component.from_file(self.engine, path))
        self.version = version

    def call(self, interface: str, name: str, *args):
        """The function's value; a result's err case raises, with its error code."""
        iface = self.instance.get_export_index(self.store, f"weaveheap:core/{interface}@{self.version}")
        if iface is None:
            raise SystemExit(f"the component exports no weaveheap:core/{interface}@{self.version}")
        index = self.instance.get_export_index(self.store, name, iface)
        if index is None:
            raise SystemExit(f"no {name} in {interface}")
        value = self.instance.get_func(self.store, index)(self.store, *args)
        if isinstance(value, Variant):
            if value.tag == "err":
                raise LookupError(value.payload.code)
            return value.payload
        if hasattr(value, "code") and hasattr(value, "message"):
            raise LookupError(value.code)
        return value


def main(path: str, version: str) -> int:
    h = Host(path, version)
    region = h.call("region", "[constructor]region", None)
    text = "héllo, wörld ✓"
    s = h.call("string", "[constructor]string", region, text.encode())
    buf = h.call("buffer", "[constructor]buffer", region, 16, 16)
    h.call("buffer", "[method]buffer.write", buf, 0, b"\xca\xfe\xba\xbe")
    token, _view = h.call("borrow", "[static]borrow.unique", Variant("buffer", buf))
    try:
        h.call("borrow", "[static]borrow.shared", Variant("buffer", buf))
        conflict = "none"
    except LookupError as e:
        conflict = str(e)
    h.call("borrow", "[method]borrow.close", token)
    print(json.dumps({
        "version": h.call("weaveheap", "version-string"),
        "abi": h.call("weaveheap", "abi-version"),
        "string": h.call("string", "[method]string.dup", s),
        "bytes": h.call("buffer", "[method]buffer.read", buf, 0, 4).hex(),
        "conflict": conflict,
    }, ensure_ascii=False))
    h.call("region", "[method]region.close", region)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
