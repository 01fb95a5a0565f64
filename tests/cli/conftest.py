"""Fixtures for the weaveheap command's tests: the binaries (paths from ctest's
environment), a private stats directory per test, and a child process holding
known regions, handles and borrows (stats_child.c)."""
import json
import os
import select
import subprocess
import time
from pathlib import Path

import pytest

CLI = os.environ.get("WEAVEHEAP_CLI", "")
CHILD = os.environ.get("WEAVEHEAP_STATS_CHILD", "")
EXIT_CHILD = os.environ.get("WEAVEHEAP_EXIT_CHILD", "")
BUILD = os.environ.get("WEAVEHEAP_BUILD_DIR", "")
REPO = Path(__file__).resolve().parents[2]

# Exit codes (cli/cli.h, docs/cli.md).
OK, FAILED, USAGE, NOT_FOUND, BAD_FILE, DENIED = 0, 1, 2, 3, 4, 5


def pytest_configure(config):
    if not (CLI and CHILD and os.access(CLI, os.X_OK) and os.access(CHILD, os.X_OK)):
        raise pytest.UsageError("run through ctest: WEAVEHEAP_CLI and WEAVEHEAP_STATS_CHILD must name the binaries")


@pytest.fixture
def stats_dir(tmp_path, monkeypatch):
    """A stats directory of our own (0700) for the CLI and the children."""
    d = tmp_path / "stats"
    d.mkdir(mode=0o700)
    d.chmod(0o700)
    monkeypatch.setenv("WEAVEHEAP_STATS_DIR", str(d))
    for var in ("WEAVEHEAP_STATS", "WEAVEHEAP_STATS_KEEP", "WEAVEHEAP_STATS_INTERVAL_MS",
                "WEAVEHEAP_STATS_MAX_HANDLES"):
        monkeypatch.delenv(var, raising=False)
    return d


def run(*args, env=None, input=None, timeout=60):
    """Runs the CLI; returns (exit code, stdout, stderr)."""
    p = subprocess.run([CLI, *map(str, args)], capture_output=True, text=True, env=env, input=input,
                       timeout=timeout)
    return p.returncode, p.stdout, p.stderr


def run_json(*args, **kw):
    code, out, err = run(*args, "--json", **kw)
    assert code == OK, f"exit {code}: {err}"
    return json.loads(out)


class Child:
    """stats_child.c: reports its handles and its own view of the counters,
    then waits for commands on stdin."""

    def __init__(self, mode="now", env=None, exit_code=0):
        self.proc = subprocess.Popen([CHILD, "--mode", mode, "--exit", str(exit_code)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, bufsize=0)
        self.info = json.loads(self.readline())
        assert self.readline() == "ready"
        self.pid = self.proc.pid
        assert self.info["pid"] == self.pid

    def readline(self, timeout=30):
        """One line, read a byte at a time so that nothing waits in a buffer."""
        end = time.monotonic() + timeout
        line = b""
        while not line.endswith(b"\n"):
            ready, _, _ = select.select([self.proc.stdout], [], [], max(0.0, end - time.monotonic()))
            assert ready, f"the child said nothing for {timeout} s (so far: {line!r})"
            byte = os.read(self.proc.stdout.fileno(), 1)
            assert byte, f"the child ended: {self.proc.stderr.read().decode(errors='replace')}"
            line += byte
        return line.decode().strip()

    def send(self, command):
        self.proc.stdin.write((command + "\n").encode())
        self.proc.stdin.flush()

    def quit(self):
        if self.proc.poll() is None:
            self.send("quit")
            self.proc.communicate(timeout=30)
        return self.proc.returncode

    def vanish(self):
        """Ends without exit handlers, as a crash would: the file stays."""
        self.send("vanish")
        self.proc.communicate(timeout=30)


@pytest.fixture
def child(stats_dir):
    kids = []

    def start(mode="now", **kw):
        c = Child(mode, **kw)
        kids.append(c)
        return c
    yield start
    for c in kids:
        if c.proc.poll() is None:
            c.proc.kill()
            c.proc.wait()


def wait_for(predicate, timeout=10.0, what="condition"):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")
