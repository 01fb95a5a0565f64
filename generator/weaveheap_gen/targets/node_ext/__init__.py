"""An extension's Node.js package (docs/extensions.md): an N-API module of
flat functions over the extension's generated C entry points, bound at load
to the core of the installed `weaveheap` package through its
`backend.apiTable` (never a second core), and a JavaScript layer that takes
the base package's objects, throws its error classes (and the extension's
own, under WeaveHeapError) and gives the extension's kinds classes with the
base package's lifetime idioms (close(), Symbol.dispose). Renders nothing
for a library that is not an extension."""
from ... import packaging
from ...names import camel, pascal
from ..ext_common import attach, start
from ..python_ext import PyFunction


def outputs(lib):
    if not lib.is_extension:
        return []
    return [("node_ext/napi.c.j2", f"node/{lib.name}_napi.c"),
            ("node_ext/index.js.j2", f"node/{lib.name}/index.js"),
            ("node_ext/package.json.j2", f"node/{lib.name}/package.json")]


# How the N-API module reads an argument of each C type, and how the layer
# checks it first: (reader, JavaScript check).
READERS = {
    "uint64_t": ("u64", "u64"), "handle": ("u64", "handle"),
    "uint32_t": ("i64", "u32"), "int32_t": ("i64", "i32"), "bool": ("bool", "bool"),
}


def prepare(lib):
    if not lib.is_extension:
        return {}
    st = start(lib, "javascript")
    b, core, js, classes = st.b, st.core, st.sp, st.classes
    functions = []
    for bf in b.functions:
        f = bf.fn
        flat = camel(f.c_name[len(lib.name) + 1:])
        args, handles = [], []
        for p in f.params:
            c_type = p.c_params[0].c_type
            key = "handle" if p.type.is_handle else c_type
            if key not in READERS:
                raise ValueError(f"the Node extension target cannot pass a C '{c_type}' yet")
            args.append((READERS[key], p.name))
            if p.type.is_handle:
                handles.append(p.name)
        params = [p.name if p.default is None else f"{p.name} = {p.default}" for p in f.params]
        pf = PyFunction(bf, flat, camel(f.name), args, params, handles)
        if bf.result == "payload":
            pf.wrap, pf.wrap_core = classes[bf.kind.name].name, False
        elif bf.result == "core_object":
            pf.wrap = js.class_name(f.result.type.name)
        pf.owner = attach(pf, classes, camel(f.name))
        functions.append(pf)
    core_classes = [js.class_name(h.name) for h in b.memory_kinds] + \
        [js.class_name(h.name) for h in core.handles if h not in b.memory_kinds and not h.c_only
         and h is not core.views.token]
    return {"pkg": packaging.extension(lib), "b": b, "core": core, "js_functions": functions, "js_classes": list(classes.values()),
            "core_classes": core_classes, "pascal": pascal, "camel": camel}
