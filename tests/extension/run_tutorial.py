"""Runs docs/extensions.md's tutorial as a newcomer would, in a scratch
directory: every ```LANG file=NAME block is written to NAME, every ```sh
block is run with bash (-e: any failing command fails the test), except the
one that sets WEAVEHEAP_SRC and WEAVEHEAP_BUILD, which this runner sets
instead. A paragraph right after a ```sh block that says "It prints `a`,
`b` ..." is checked: each quoted text must be in that block's output.

Usage: run_tutorial.py DOC SOURCE_DIR BUILD_DIR"""
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

FENCE = re.compile(r"^```(\w+)([^\n]*)\n(.*?)^```\n", re.S | re.M)


def main() -> int:
    doc, src, build = sys.argv[1:4]
    text = Path(doc).read_text()
    start = text.index("## The tutorial")
    text = text[start:text.index("\n## ", start + 1)]
    env = dict(os.environ, WEAVEHEAP_SRC=src, WEAVEHEAP_BUILD=build)
    env.pop("PYTHONPATH", None)
    ran = files = checked = 0
    with tempfile.TemporaryDirectory(prefix="weaveheap-tutorial.") as tmp:
        for m in FENCE.finditer(text):
            lang, info, body = m.group(1), m.group(2), m.group(3)
            name = re.search(r"file=(\S+)", info)
            if name:
                (Path(tmp) / name.group(1)).parent.mkdir(parents=True, exist_ok=True)
                (Path(tmp) / name.group(1)).write_text(body)
                files += 1
                continue
            if lang != "sh":
                continue
            if re.search(r"^export WEAVEHEAP_SRC=", body, re.M):
                continue        # the runner sets them (above)
            print(f"$ {body.strip()}", flush=True)
            out = subprocess.run(["bash", "-euo", "pipefail", "-c", body], cwd=tmp, env=env,
                                 capture_output=True, text=True)
            print(out.stdout + out.stderr, flush=True)
            if out.returncode != 0:
                print(f"FAIL: the block exited with {out.returncode}")
                return 1
            ran += 1
            after = text[m.end():].lstrip("\n").split("\n\n", 1)[0]
            if after.startswith("It prints"):
                for want in re.findall(r"`([^`]+)`", after.replace("\n", " ")):
                    if want not in out.stdout:
                        print(f"FAIL: the tutorial says it prints {want!r}; the output was:\n{out.stdout}")
                        return 1
                    checked += 1
    print(f"{files} files written, {ran} command blocks run, {checked} printed texts checked")
    return 0 if files >= 9 and ran >= 11 and checked >= 19 else 1


if __name__ == "__main__":
    sys.exit(main())
