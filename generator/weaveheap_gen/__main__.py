"""python3 -m weaveheap_gen [--idl FILE] [--out DIR] [--check] [--target NAME]
weaveheap-gen new NAME [--dir DIR]   (an extension project: docs/extensions.md)"""
import argparse
import re
import sys
from pathlib import Path

from . import DEFAULT_DOCS, DEFAULT_IDL, DEFAULT_OUT, REPO, load, render, targets
from .diagnostics import IdlError
from .names import pascal


SCAFFOLD = Path(__file__).resolve().parent / "scaffold"
# What an extension project generates from its IDL (docs/extensions.md): the
# C boundary and a package per language.
EXTENSION_TARGETS = ("c", "python_ext", "node_ext", "go_ext", "java_ext", "swift_ext")


def new(argv) -> int:
    """`new NAME [--dir DIR]`: starts an extension project in DIR (default
    ./NAME): its IDL, one C function, a CMake project using
    find_package(weaveheap) with a test per language (C, Python, Node.js,
    Go, Java, Swift: each registered when its base package is there) and a
    drift test, and the generated boundary and packages, so that it builds
    and passes straight away."""
    ap = argparse.ArgumentParser(prog="weaveheap-gen new", description=new.__doc__)
    ap.add_argument("name", help="the extension's library name (lower_snake_case)")
    ap.add_argument("--dir", type=Path, help="where to make it (default: ./NAME)")
    args = ap.parse_args(argv)
    name = args.name
    if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", name) or name == "weaveheap":
        print(f"weaveheap-gen new: '{name}' must be lower_snake_case and not 'weaveheap'", file=sys.stderr)
        return 2
    dest = args.dir or Path(name)
    if dest.exists() and any(dest.iterdir()):
        print(f"weaveheap-gen new: {dest} exists and is not empty", file=sys.stderr)
        return 2
    dest.mkdir(parents=True, exist_ok=True)
    # Each file of scaffold/ (and its folders), with @name@, @NAME@ and
    # @Name@ (Java and Swift classes) spelled out, in its path too.
    spell = {"@name@": name, "@NAME@": name.upper(), "@Name@": pascal(name)}
    for src in sorted(p for p in SCAFFOLD.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        text = src.read_text(encoding="utf-8")
        rel = src.relative_to(SCAFFOLD).as_posix().replace("NAME", name).replace("Name", pascal(name))
        for key, value in spell.items():
            text = text.replace(key, value)
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        (dest / rel).write_text(text, encoding="utf-8")
    try:
        lib = load(dest / f"{name}.wh", f"{name}.wh")
    except IdlError as e:
        print(e, file=sys.stderr)
        return 2
    render.write(render.render_all(lib, EXTENSION_TARGETS), dest / "generated")
    print(f"made {dest}: cmake -S {dest} -B {dest}/build -DCMAKE_PREFIX_PATH=<weaveheap SDK> && "
          f"cmake --build {dest}/build && ctest --test-dir {dest}/build")
    return 0


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["new"]:
        return new(argv[1:])
    ap = argparse.ArgumentParser(prog="weaveheap_gen", description="Generate WeaveHeap's bindings from the IDL.")
    ap.add_argument("--idl", type=Path, default=DEFAULT_IDL, help="the IDL file (default: idl/weaveheap.wh)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write (default: generated/)")
    ap.add_argument("--docs", type=Path, default=DEFAULT_DOCS,
                    help="where the generated pages of the docs go (default: docs/)")
    ap.add_argument("--check", action="store_true",
                    help="write nothing; exit 1 and name each file under --out that is stale")
    ap.add_argument("--validate", action="store_true", help="only parse and validate the IDL")
    ap.add_argument("--target", action="append", choices=targets.NAMES,
                    help="render only this target (repeatable; default: all)")
    args = ap.parse_args(argv)

    idl = args.idl.resolve()
    try:
        shown = idl.relative_to(REPO).as_posix()
    except ValueError:
        shown = args.idl.as_posix()
    try:
        lib = load(idl, shown)
    except IdlError as e:
        print(e, file=sys.stderr)
        return 2
    if args.validate:
        return 0
    if shown == args.idl.as_posix() and not idl.is_relative_to(REPO):
        # An IDL of a project of its own (an extension): generated files name
        # it by its file name, the same whatever path the command was given.
        lib.idl_file = idl.name
    chosen = tuple(args.target or targets.NAMES)
    outputs = [(render.render_all(lib, chosen), args.out, True),
               (render.render_docs(lib, chosen), args.docs, False)]
    if args.check:
        bad = 0
        for files, root, orphans in outputs:
            for path in render.stale(files, root, orphans):
                dest = root / path
                if path not in files:
                    why = "no target generates it: delete it"
                elif not dest.exists():
                    why = "missing: run python3 -m weaveheap_gen"
                else:
                    why = "differs from the IDL: run python3 -m weaveheap_gen"
                print(f"stale: {dest.as_posix()} ({why})", file=sys.stderr)
                bad += 1
        return 1 if bad else 0
    for files, root, _ in outputs:
        render.write(files, root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
