#!/usr/bin/env python3
"""Checks that a shared library exports exactly the functions a linker
version script lists as global (nm -D --defined-only against the map).

Usage: check_exports.py libweaveheap.so weaveheap.map
"""
import re
import subprocess
import sys


def map_globals(path):
    """The names in the map's `global:` section (comments dropped)."""
    text = re.sub(r"/\*.*?\*/", "", open(path, encoding="utf-8").read(), flags=re.S)
    match = re.search(r"global\s*:(.*?)(?:local\s*:|\})", text, flags=re.S)
    if not match:
        raise SystemExit(f"{path}: no global: section")
    names = [n.strip() for n in match.group(1).split(";") if n.strip()]
    bad = [n for n in names if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", n)]
    if bad:
        raise SystemExit(f"{path}: not plain symbol names: {bad}")
    return set(names)


def exported(lib):
    """Defined dynamic symbols of the library (versioned names unversioned)."""
    out = subprocess.run(["nm", "-D", "--defined-only", lib], check=True, capture_output=True, text=True).stdout
    names = set()
    for line in out.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            names.add(fields[2].split("@")[0])
    return names


def main():
    lib, map_path = sys.argv[1:3]
    want, have = map_globals(map_path), exported(lib)
    missing, extra = sorted(want - have), sorted(have - want)
    for name in missing:
        print(f"missing: {name} is in {map_path} but not exported by {lib}")
    for name in extra:
        print(f"extra: {lib} exports {name}, which {map_path} does not list")
    print(f"{len(want)} functions in the map, {len(have)} exported, "
          f"{len(missing)} missing, {len(extra)} extra")
    return 1 if missing or extra or not want else 0


if __name__ == "__main__":
    sys.exit(main())
