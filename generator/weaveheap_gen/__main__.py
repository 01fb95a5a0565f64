"""python3 -m weaveheap_gen [--idl FILE] [--out DIR] [--check] [--target NAME]"""
import argparse
import sys
from pathlib import Path

from . import DEFAULT_DOCS, DEFAULT_IDL, DEFAULT_OUT, REPO, load, render, targets
from .diagnostics import IdlError


def main(argv=None) -> int:
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
