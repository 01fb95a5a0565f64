"""An extension's Java package (docs/extensions.md): a JNI library over the
extension's generated C entry points and a class `<Lib>` in package
`dev.weaveheap.<lib>`, bound at class load to the core of the base Java
package (dev.weaveheap.WeaveHeap.apiTable(), the table of the core its JNI
library carries): never a second core. It takes the base package's classes
(Region, Buffer, or any Resource for a parameter of several memory kinds),
throws the base package's exceptions for the core's codes
(WeaveHeap.error) and its own, under WeaveHeapException, for its codes; its
kinds are nested AutoCloseable classes. Roles, owners and borrows come from
the boundary (boundary.py); this pass only spells them in Java. Renders
nothing for a library that is not an extension."""
from dataclasses import dataclass

from ... import boundary as bd
from ... import packaging
from ...names import paragraph, pascal
from ..java import SCALARS
from ..ext_common import attach, start


def _package(lib) -> str:
    return packaging.extension(lib).java_package


def outputs(lib):
    if not lib.is_extension:
        return []
    return [("java_ext/jni.c.j2", f"java/{lib.name}_jni.c"),
            ("java_ext/Lib.java.j2", f"java/{_package(lib).replace('.', '/')}/{pascal(lib.name)}.java"),
            ("java_ext/pom.xml.j2", "java/pom.xml")]


@dataclass
class JavaExtFunc:
    b: bd.BFunction
    name: str                      # the Java method
    native: str                    # its native method in <Lib>
    params: list                   # (Java type, name) of the public method
    args: list                     # the native's arguments, as Java expressions
    natives: list                  # (Java type, JNI type, C cast, name) of the native's parameters
    returns: str                   # Java return type of the public method
    native_returns: tuple          # (Java type, JNI type) of the native
    wrap: str                      # how the result is wrapped: a format with {} for the native call
    doc: str


def prepare(lib):
    if not lib.is_extension:
        return {}
    st = start(lib, "java")
    b, core, s, sp, classes = st.b, st.core, st.s, st.sp, st.classes
    wh = "WeaveHeap"                      # the base package's outer class
    outer = pascal(lib.name)
    invalid = f"{wh}.{sp.error_name(s.glue_error('argument').stem)}"
    functions = []
    for bf in b.functions:
        f = bf.fn
        owner = classes[bf.owner.name] if bf.owner is not None else None
        flat = f.c_name[len(lib.name) + 1:]
        native = "n" + pascal(flat)
        if bf.role == "close":
            name = "close"
        elif bf.role == "constructor":
            name = owner.name
        else:
            name = sp.member(f.name) if owner is not None else sp.function(f.name)
        params, args, natives = [], [], []
        for i, p in enumerate(f.params):
            c_type = f.c_params[i].c_type
            var = sp.param(p.name)
            t = p.type
            if i == 0 and bf.role in ("method", "close"):
                args.append("handle")
                natives.append(("long", "jlong", c_type, var))
                continue
            if t.category == "scalar":
                jt, jni, _ = SCALARS[t.name]
                params.append((jt, var))
                args.append(var)
                natives.append((jt, jni, c_type, var))
                continue
            if not t.is_handle:
                raise ValueError(f"the Java extension target cannot pass '{p.name}' ({t.name}) yet")
            kinds = t.kinds
            if lib.owns(t.decl):
                typ = classes[t.decl.name].name
            elif len(kinds) == 1:
                typ = f"{wh}.{sp.class_name(kinds[0].name)}"
            else:
                typ = f"{wh}.Resource"
            params.append((typ, var))
            args.append(f'handleOf({var}, "{f.qualified_name}(): \'{p.name}\'")')
            natives.append(("long", "jlong", c_type, var))
        if bf.result in ("none", "release"):
            returns, nret, wrap = "void", ("void", "void"), "{}"
        elif bf.result == "payload":
            returns, nret, wrap = classes[bf.kind.name].name, ("long", "jlong"), "{}"
        elif bf.result == "core_object":
            cls = f"{wh}.{sp.class_name(f.result.type.name)}"
            returns, nret, wrap = cls, ("long", "jlong"), cls + ".fromHandle({})"
        else:
            jt, jni, _ = SCALARS[f.result.type.name]
            returns, nret, wrap = jt, (jt, jni), "{}"
        jf = JavaExtFunc(bf, name, native, params, args, natives, returns, nret, wrap, paragraph(f.doc))
        functions.append(jf)
        attach(jf, classes, name)
    errors = [(sp.error_name(pascal(m.name)), m.value, m.c_name, paragraph(m.doc))
              for m in (lib.errors.members if lib.errors else [])]
    jni_prefix = "Java_" + _package(lib).replace("_", "_1").replace(".", "_") + "_" + outer + "_"
    return {"pkg": packaging.extension(lib), "jext": {
        "b": b, "core": core, "wh": wh, "outer": outer, "package": _package(lib),
        "core_package": packaging.extension(lib).java_group, "base_error": sp.base_error(), "invalid": invalid,
        "functions": functions, "library_functions": [jf for jf in functions if jf.b.owner is None],
        "classes": list(classes.values()), "errors": errors, "paragraph": paragraph, "jni_prefix": jni_prefix,
        "library_property": f"{_package(lib)}.library", "jni_library": f"{lib.name}_jni",
        "api_struct": f"{core.name}_api", "error_struct": f"{core.name}_error",
    }}
