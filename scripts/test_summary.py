#!/usr/bin/env python3
"""Counts what scripts/test.sh ran: passed, failed and skipped, and names
every skip, so that a skip is never counted as a pass.

A test is skipped when
  - ctest did not run it or it exited with its SKIP_RETURN_CODE (77);
  - it passed, but the runner inside it skipped something: pytest
    ("2 skipped"), node --test ("# skip 1", "# todo 1"), go test
    ("--- SKIP"), the JUnit console ("[ 1 tests skipped ]"), XCTest
    ("with 1 test skipped");
  - configuring did not register it because a tool is missing
    (<build>/tests/not-registered.txt, written by tests/CMakeLists.txt);
  - its binding was left out by scripts/bindings-options.sh (--left-out).

Skips listed in the allow-list (tests/allowed-skips.txt: a test name, or
binding:<name>, then why) are reported as skipped. With --strict (CI), any
other skip is counted as a failure. The last line is
"N passed, N failed, N skipped"; the exit status is non-zero on any failure.

Usage: test_summary.py --allowed FILE [--strict] [--extra-failed N]
         [--ctest LABEL=JUNIT.xml ...] [--not-registered LABEL=FILE ...]
         [--left-out NAME=REASON ...]
"""
import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET

# (pattern, what it says) for the runners' own skip reports in a passed test's output.
INNER_SKIPS = [
    (re.compile(r"^(?:=+ )?(?:.*, )?([1-9][0-9]*) skipped\b.* in [0-9.]+s\b", re.M), "pytest skipped {}"),
    (re.compile(r"^# skip(?:ped)? ([1-9][0-9]*)\s*$", re.M), "node --test skipped {}"),
    (re.compile(r"^# todo ([1-9][0-9]*)\s*$", re.M), "node --test left {} as todo"),
    (re.compile(r"^\s*--- SKIP: (\S+)", re.M), "go test skipped {}"),
    (re.compile(r"\[\s*([1-9][0-9]*) (?:tests|containers) (?:skipped|aborted)\s*\]"), "JUnit skipped or aborted {}"),
    (re.compile(r"with ([1-9][0-9]*) tests? skipped"), "XCTest skipped {}"),
]
# Lines that say which test was skipped and why, shown with the count.
SKIP_DETAILS = re.compile(r"^(?:SKIPPED \[\d+\] .*|\s*ok \d+ - .* # (?:SKIP|TODO).*|\s*--- SKIP: .*|skipped: .*|SKIPPED: .*)$",
                          re.M | re.I)


def inner_skip(output):
    """Why a passed test's output says something inside it was skipped, or None."""
    found = []
    for pattern, text in INNER_SKIPS:
        for match in pattern.finditer(output):
            found.append(text.format(match.group(1)))
    if not found:
        return None
    details = [line.strip() for line in SKIP_DETAILS.findall(output)][:5]
    return "; ".join(found) + (" (" + " | ".join(details) + ")" if details else "")


def read_junit(path):
    """(name, status, output, skip message) of each test case of a ctest --output-junit file."""
    root = ET.parse(path).getroot()
    for case in root.iter("testcase"):
        out = case.find("system-out")
        skipped = case.find("skipped")
        yield (case.get("name"), case.get("status"), out.text if out is not None and out.text else "",
               skipped.get("message", "") if skipped is not None else "")


def first_skip_line(output):
    for line in output.splitlines():
        if "skip" in line.lower():
            return line.strip()
    return ""


def pairs(values):
    for value in values or []:
        key, _, rest = value.partition("=")
        yield key, rest


def load_allowed(path):
    allowed = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                name, _, why = line.partition(" ")
                allowed[name] = why.strip()
    return allowed


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--allowed", required=True)
    ap.add_argument("--strict", action="store_true")
    ap.add_argument("--extra-failed", type=int, default=0)
    ap.add_argument("--ctest", action="append")
    ap.add_argument("--not-registered", action="append")
    ap.add_argument("--left-out", action="append")
    args = ap.parse_args()

    passed, failed = 0, args.extra_failed
    skips = []   # (name checked against the allow-list, shown name, reason)
    for label, path in pairs(args.ctest):
        if not os.path.exists(path):
            print(f"test.sh: no ctest results in {path}")
            failed += 1
            continue
        cases = list(read_junit(path))
        if not cases:
            print(f"test.sh: ctest ran no test in {label}")
            failed += 1
        for name, status, output, message in cases:
            if status == "fail":
                failed += 1
            elif status in ("notrun", "disabled"):
                reason = first_skip_line(output) or message or "not run"
                skips.append((name, f"{label}/{name}", f"not run: {reason}"))
            else:
                why = inner_skip(output)
                if why:
                    skips.append((name, f"{label}/{name}", f"passed, but {why}"))
                else:
                    passed += 1
    for label, path in pairs(args.not_registered):
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    name, _, reason = line.strip().partition(": ")
                    if name:
                        skips.append((name, f"{label}/{name}", f"not registered: {reason}"))
    for name, reason in pairs(args.left_out):
        skips.append((name, name, f"left out: {reason}"))

    allowed = load_allowed(args.allowed)
    unexpected = [s for s in skips if s[0] not in allowed]
    if skips:
        print(f"skipped ({len(skips)}):")
        for name, shown, reason in skips:
            mark = f"  [allowed: {allowed[name]}]" if name in allowed else ""
            print(f"  {shown}: {reason}{mark}")
    skipped = len(skips)
    if unexpected:
        names = ", ".join(shown for _, shown, _ in unexpected)
        if args.strict:
            print(f"test.sh: {len(unexpected)} skip(s) not in {args.allowed}, counted as failures (CI): {names}")
            failed += len(unexpected)
            skipped -= len(unexpected)
        else:
            print(f"test.sh: {len(unexpected)} skip(s) not in {args.allowed}; CI (CI=true) fails on them: {names}")
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
