#!/usr/bin/env python3
"""The mutation smoke (docs/testing.md, "Mutation smoke"): applies each
one-line mutation of tests/mutations.txt, alone, to a scratch copy of the
tree, rebuilds what it needs, runs the ctest entries that guard it, and
fails if any mutation survives (its guard stays green), no longer applies or
does not build. The real tree is never written.

The scratch copy and its build live in WORK (default build/mutation) and
are kept between runs, so that a run rebuilds only what changed: the copy
is brought up to date file by file (what differs is copied), each mutation
is reverted before the next one is applied.

Usage: scripts/mutate.sh [--work DIR] [--list FILE] [--only NAME ...] [--jobs N]
"""
import argparse
import filecmp
import os
import re
import shutil
import signal
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ("name", "file", "find", "occurrence", "replace", "build", "guard")


def parse(path):
    """The list's blocks, each a dict of KEYS (occurrence optional)."""
    blocks, current = [], {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if current:
                    blocks.append(current)
                current = {}
                continue
            key, sep, value = line.partition(":")
            if not sep or key not in KEYS:
                sys.exit(f"{path}:{number}: expected one of {', '.join(KEYS)}, then ':'")
            current[key] = value[1:] if value.startswith(" ") else value
    if current:
        blocks.append(current)
    names = set()
    for b in blocks:
        missing = [k for k in KEYS if k != "occurrence" and k not in b]
        if missing:
            sys.exit(f"{path}: mutation {b.get('name', '?')} has no {', '.join(missing)}")
        if b["name"] in names:
            sys.exit(f"{path}: mutation {b['name']} is listed twice")
        names.add(b["name"])
    return blocks


def tree_files():
    """The tree's files, as git knows them (tracked and new), else every file outside build dirs."""
    try:
        out = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, check=True,
                             capture_output=True).stdout.decode()
        return [f for f in out.split("\0") if f and os.path.isfile(os.path.join(ROOT, f))]
    except (OSError, subprocess.CalledProcessError):
        files = []
        for top, dirs, names in os.walk(ROOT):
            dirs[:] = [d for d in dirs if not (top == ROOT and (d.startswith("build") or d == ".git"))]
            files += [os.path.relpath(os.path.join(top, n), ROOT) for n in names]
        return files


def sync(src):
    """Brings the scratch copy up to date: copies each file that differs (so
    that the build sees only real changes), with a new time; returns how
    many were copied."""
    copied = 0
    for rel in tree_files():
        a, b = os.path.join(ROOT, rel), os.path.join(src, rel)
        if os.path.exists(b) and filecmp.cmp(a, b, shallow=False):
            continue
        os.makedirs(os.path.dirname(b), exist_ok=True)
        # A new time (not the tree's): a file put back after a mutation is
        # older than what the mutation built, and must still be rebuilt.
        shutil.copy(a, b)
        copied += 1
    return copied


def run(cmd, log, **kw):
    """Runs cmd, its output appended to log; returns (exit status, output)."""
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kw)
    with open(log, "a", encoding="utf-8") as f:
        f.write(f"$ {' '.join(cmd)}\n{p.stdout}\n")
    return p.returncode, p.stdout


def say(log, text):
    """Prints a result line and keeps it in the log, where a passing ctest run leaves it."""
    print(text, flush=True)
    with open(log, "a", encoding="utf-8") as f:
        f.write(text + "\n")


def mutated_text(text, m):
    """text with mutation m applied, or an error string."""
    count = text.count(m["find"])
    if "occurrence" in m:
        n = int(m["occurrence"])
        if count < n:
            return None, f"'find' occurs {count} times, not {n}"
        at = -1
        for _ in range(n):
            at = text.index(m["find"], at + 1)
    elif count != 1:
        return None, f"'find' occurs {count} times: it must be unique (or give occurrence:)"
    else:
        at = text.index(m["find"])
    return text[:at] + m["replace"] + text[at + len(m["find"]):], None


def failed_tests(output):
    """(name, status) of each test ctest lists as failed."""
    return re.findall(r"^\s*\d+ - (\S+) \(([^)]*)\)", output.split("The following tests FAILED:")[-1], re.M)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", default=os.path.join(ROOT, "build", "mutation"))
    ap.add_argument("--list", default=os.path.join(ROOT, "tests", "mutations.txt"))
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--jobs", default=os.environ.get("JOBS", "2"))
    args = ap.parse_args()
    # ctest's timeout or ^C: the finally below still reverts the mutation.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    mutations = parse(args.list)
    if args.only:
        mutations = [m for m in mutations if m["name"] in args.only]
    work = os.path.abspath(args.work)
    src, build, log = os.path.join(work, "src"), os.path.join(work, "build"), os.path.join(work, "mutate.log")
    os.makedirs(src, exist_ok=True)
    open(log, "w").close()
    say(log, f"mutate: scratch copy {src}, build {build}, log {log}")
    start = time.time()
    say(log, f"mutate: {sync(src)} files copied to the scratch tree")

    # Each mutation's text, checked before anything is built.
    originals, problems = {}, []
    for m in mutations:
        path = os.path.join(src, m["file"])
        if not os.path.isfile(path):
            problems.append(f"{m['name']}: no file {m['file']}")
            continue
        originals.setdefault(m["file"], open(path, encoding="utf-8").read())
        _, why = mutated_text(originals[m["file"]], m)
        if why:
            problems.append(f"{m['name']}: {m['file']}: {why}")
    if problems:
        for p in problems:
            say(log, f"mutate: does not apply: {p}")
        say(log, f"mutate: 0 killed, {len(problems)} not killed (not applied)")
        return 1

    options = subprocess.run([os.path.join(ROOT, "scripts", "bindings-options.sh")], capture_output=True,
                             text=True).stdout.split()
    env = dict(os.environ, WEAVEHEAP_STATS_DIR=os.path.join(work, "stats"))
    os.makedirs(env["WEAVEHEAP_STATS_DIR"], exist_ok=True)
    rc, out = run(["cmake", "-S", src, "-B", build, "-DCMAKE_BUILD_TYPE=RelWithDebInfo",
                   "-DWEAVEHEAP_BUILD_BENCH=OFF", *options], log)
    if rc != 0:
        print(out[-3000:])
        say(log, "mutate: configuring the scratch build failed")
        return 1
    targets = sorted({t for m in mutations for t in m["build"].split()})
    guards = "|".join(sorted({m["guard"] for m in mutations}))

    def build_and_test(targets, guard):
        rc, out = run(["cmake", "--build", build, "-j", args.jobs, "--target", *targets], log)
        if rc != 0:
            return "build", out
        rc, out = run(["ctest", "--test-dir", build, "-R", guard, "--timeout", "300", "--output-on-failure"], log,
                      env=env)
        if "No tests were found" in out:
            return "none", out
        if rc == 0:
            return "green", out
        # Red only when a guard itself ran and failed: a fixture that broke
        # (a setup test, a build inside ctest) proves nothing about the guard.
        guard_re = re.compile(guard)
        if any(guard_re.search(name) and status != "Not Run" for name, status in failed_tests(out)):
            return "red", out
        return "fixture", out

    # Every guard names a registered test (a binding left out has none).
    for m in mutations:
        _, out = run(["ctest", "--test-dir", build, "-N", "-R", m["guard"]], log)
        if not re.search(r"Total Tests: [1-9]", out):
            problems.append(f"{m['name']}: no ctest entry matches {m['guard']} in the scratch build")
    if problems:
        for p in problems:
            say(log, f"mutate: cannot run: {p}")
        return 1

    # The guards pass on the unmutated copy, or a red below would prove nothing.
    t0 = time.time()
    state, out = build_and_test(targets, guards)
    say(log, f"mutate: baseline ({guards}): {state}, {time.time() - t0:.0f} s")
    if state != "green":
        print(out[-4000:])
        say(log, "mutate: the guards are not green on the unmutated tree")
        return 1

    results = []
    for m in mutations:
        path = os.path.join(src, m["file"])
        text, _ = mutated_text(originals[m["file"]], m)
        t0 = time.time()
        try:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            state, out = build_and_test(m["build"].split(), m["guard"])
        finally:
            with open(path, "w", encoding="utf-8") as f:   # reverted, with a new time: rebuilt when next needed
                f.write(originals[m["file"]])
        seconds = time.time() - t0
        verdict = {"red": "killed", "green": "SURVIVED", "build": "DOES NOT BUILD", "none": "NO TEST RAN",
                   "fixture": "A FIXTURE FAILED"}[state]
        by = ", ".join(name for name, _ in failed_tests(out)) if state in ("red", "fixture") else ""
        if state == "build":
            by = next((l.strip() for l in out.splitlines() if "error" in l.lower()), "")[:200]
        results.append((m["name"], verdict, by, seconds))
        say(log, f"mutate: {m['name']}: {verdict}{' by ' + by if state == 'red' else ''}"
                 f"{': ' + by if state in ('build', 'fixture') else ''} ({seconds:.0f} s)")

    killed = sum(1 for r in results if r[1] == "killed")
    bad = len(results) - killed
    say(log, f"mutate: {killed} killed, {bad} not killed, {time.time() - start:.0f} s in all")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
