"""Runs pytest on the files given, as root: the tests that act as other
users (setpriv). Not root, or no setpriv: exits 77, which ctest reports as
skipped (SKIP_RETURN_CODE), never as passed. A test that skips inside is a
failure here: every scenario must run."""
import os
import shutil
import sys

if os.geteuid() != 0:
    print("SKIPPED: these tests act as other users and need root")
    sys.exit(77)
if not shutil.which("setpriv"):
    print("SKIPPED: setpriv (util-linux) is missing")
    sys.exit(77)

import pytest  # noqa: E402 (after the checks: a user without it is skipped, not an import error)


class NoSkips:
    skipped = []

    def pytest_runtest_logreport(self, report):
        if report.skipped:
            self.skipped.append(report.nodeid)


plugin = NoSkips()
code = pytest.main(["-q", "-p", "no:cacheprovider", *sys.argv[1:]], plugins=[plugin])
if plugin.skipped:
    print(f"root_only: {len(plugin.skipped)} test(s) skipped, which counts as a failure: {plugin.skipped}")
    sys.exit(1)
sys.exit(code)
