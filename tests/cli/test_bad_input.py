"""Bad input: unknown PIDs, stale files of crashed processes, garbled,
truncated and foreign-build files, another user's file, unsafe directories and
permission errors. Each gives a clear message and its own non-zero exit code;
none crashes the command, and it never reads another user's stats."""
import json
import os
import shutil
import struct
import subprocess
import tempfile

import pytest

from conftest import BAD_FILE, CLI, DENIED, NOT_FOUND, OK, USAGE, run, run_json

NOBODY = 65534
needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="giving files to another user needs root")


def both(*args):
    """`stats` and `viz` must agree on how they refuse."""
    results = [run("stats", *args), run("viz", *args)]
    assert results[0][0] == results[1][0], results
    return results[0]


@pytest.fixture
def snapshot_file(child, stats_dir, tmp_path):
    """A real stats file left by a crashed child, kept aside as bytes."""
    c = child("now")
    path = stats_dir / f"{c.pid}.stats"
    data = path.read_bytes()
    c.quit()
    assert not path.exists()
    return data


@pytest.fixture
def alive_pid():
    """A running process of ours to name files after."""
    p = subprocess.Popen(["sleep", "60"])
    yield p.pid
    p.kill()
    p.wait()


def put(stats_dir, pid, data, mode=0o600):
    path = stats_dir / f"{pid}.stats"
    path.write_bytes(data)
    path.chmod(mode)
    return path


def patch(data, offset, fmt, value):
    b = bytearray(data)
    struct.pack_into(fmt, b, offset, value)
    return bytes(b)


# Offsets in weaveheap__pub_header (core/src/publish.h).
MAGIC, FORMAT, REGION_SIZE, SEQ, USED, PID, PROC_START = 0, 8, 16, 32, 40, 48, 64
REGION_COUNT = 104


def retarget(data, pid):
    return patch(data, PID, "<q", pid)


def test_unknown_pid(stats_dir):
    code, out, err = both("4000000")
    assert code == NOT_FOUND and "no process 4000000" in err and out == ""


def test_running_but_not_publishing(stats_dir):
    code, _, err = both(str(os.getpid()))
    assert code == NOT_FOUND and f"process {os.getpid()} is not publishing stats" in err
    assert "WEAVEHEAP_STATS=1" in err


def test_no_directory_yet(tmp_path, monkeypatch):
    monkeypatch.setenv("WEAVEHEAP_STATS_DIR", str(tmp_path / "missing"))
    code, out, err = run("stats")
    assert code == OK and "does not exist" in out
    code, _, err = both("123")
    assert code == NOT_FOUND and "no stats directory" in err


def test_stale_file_of_a_crashed_process(child, stats_dir):
    c = child("now")
    c.vanish()  # _exit: no exit handler removed the file
    path = stats_dir / f"{c.pid}.stats"
    assert path.exists()
    code, out, err = run("stats", c.pid)
    assert code == NOT_FOUND and "crashed or was killed" in err and "removed the stale file" in err
    assert not path.exists()
    c2 = child("now")
    c2.vanish()
    d = run_json("stats")  # the list cleans up too, and says so
    assert d["processes"] == [] and d["stale"] == [
        {"pid": c2.pid, "file": str(stats_dir / f"{c2.pid}.stats"), "removed": True}]
    assert list(stats_dir.iterdir()) == []


def test_reused_pid_is_stale(snapshot_file, stats_dir, alive_pid):
    # A live process that did not write the file: its start time differs
    # (set apart explicitly: both may have started in the same clock tick).
    put(stats_dir, alive_pid, patch(retarget(snapshot_file, alive_pid), PROC_START, "<Q", 1))
    code, _, err = run("stats", alive_pid)
    assert code == NOT_FOUND and "is gone" in err


def test_garbage(stats_dir, alive_pid):
    put(stats_dir, alive_pid, os.urandom(4096))
    code, out, err = both(str(alive_pid))
    assert code == BAD_FILE and "not a weaveheap stats file (bad magic)" in err and out == ""
    put(stats_dir, alive_pid, b"")
    code, _, err = both(str(alive_pid))
    assert code == BAD_FILE and "truncated: 0 bytes" in err


def test_truncated(snapshot_file, stats_dir, alive_pid):
    data = retarget(snapshot_file, alive_pid)
    used = struct.unpack_from("<Q", data, USED)[0]
    for cut in (100, 500, used - 1):
        put(stats_dir, alive_pid, data[:cut])
        code, _, err = both(str(alive_pid))
        assert code == BAD_FILE and "truncated" in err, (cut, err)


def test_other_format_and_build(snapshot_file, stats_dir, alive_pid):
    data = retarget(snapshot_file, alive_pid)
    put(stats_dir, alive_pid, patch(data, FORMAT, "<I", 7))
    code, _, err = both(str(alive_pid))
    assert code == BAD_FILE and "format version 7" in err
    put(stats_dir, alive_pid, patch(data, REGION_SIZE, "<I", 8))
    code, _, err = both(str(alive_pid))
    assert code == BAD_FILE and "another build" in err
    hash_at = data.index(b"0.1.0\0") + 16  # idl_hash follows version[16]
    put(stats_dir, alive_pid, data[:hash_at] + b"f" * 12 + data[hash_at + 12:])
    code, _, err = both(str(alive_pid))
    assert code == BAD_FILE and "use the weaveheap command of the same build" in err


def test_lying_counts(snapshot_file, stats_dir, alive_pid):
    data = retarget(snapshot_file, alive_pid)
    for value in (3, 1 << 40, (1 << 64) - 1):  # it holds 2
        put(stats_dir, alive_pid, patch(data, REGION_COUNT, "<Q", value))
        code, _, err = both(str(alive_pid))
        assert code == BAD_FILE and "garbled" in err and "region records do not fit" in err
    put(stats_dir, alive_pid, patch(data, USED, "<Q", 1 << 62))
    code, _, err = both(str(alive_pid))
    assert code == BAD_FILE and "garbled" in err
    put(stats_dir, alive_pid, retarget(data, alive_pid + 1))
    code, _, err = both(str(alive_pid))
    assert code == BAD_FILE and f"says pid {alive_pid + 1}" in err


def test_torn_forever(snapshot_file, stats_dir, alive_pid):
    # A writer that died mid-snapshot leaves an odd sequence number.
    put(stats_dir, alive_pid, patch(retarget(snapshot_file, alive_pid), SEQ, "<Q", 3))
    code, _, err = run("stats", alive_pid)
    assert code == BAD_FILE and "never held a whole snapshot" in err


def test_list_reports_bad_files_and_keeps_going(child, stats_dir, alive_pid, snapshot_file):
    c = child("now")
    put(stats_dir, alive_pid, b"\xff" * 4096)
    put(stats_dir, 4000001, b"\xff" * 300)  # garbage of a process that is gone
    code, out, err = run("stats", "--json")
    d = json.loads(out)
    assert code == BAD_FILE
    assert [p["pid"] for p in d["processes"]] == [c.pid]
    assert len(d["errors"]) == 1 and "bad magic" in d["errors"][0]["error"]
    assert d["errors"][0]["exit_code"] == BAD_FILE
    assert d["stale"] == [{"pid": 4000001, "file": str(stats_dir / "4000001.stats"), "removed": True}]
    assert "bad magic" in err


@needs_root
def test_another_users_file(snapshot_file, stats_dir, alive_pid):
    path = put(stats_dir, alive_pid, retarget(snapshot_file, alive_pid))
    os.chown(path, NOBODY, NOBODY)
    code, out, err = both(str(alive_pid))
    assert code == DENIED and out == ""
    assert f"belongs to uid {NOBODY}, not to you (uid 0): weaveheap never reads another user's stats" in err
    code, out, _ = run("stats", "--json")
    assert code == DENIED and json.loads(out)["errors"][0]["exit_code"] == DENIED
    assert path.exists()  # not ours to remove


def test_file_open_to_others(snapshot_file, stats_dir, alive_pid):
    put(stats_dir, alive_pid, retarget(snapshot_file, alive_pid), mode=0o644)
    code, _, err = both(str(alive_pid))
    assert code == DENIED and "has mode 0644" in err


def test_symbolic_link(snapshot_file, stats_dir, alive_pid, tmp_path):
    real = tmp_path / "elsewhere.stats"
    real.write_bytes(retarget(snapshot_file, alive_pid))
    real.chmod(0o600)
    (stats_dir / f"{alive_pid}.stats").symlink_to(real)
    code, _, err = both(str(alive_pid))
    assert code == DENIED and "symbolic link" in err


def test_symlinked_directory(child, stats_dir, tmp_path, monkeypatch):
    """A link to a real stats directory (a live child's in it) is refused
    however it is spelled: the kernel follows `link/` and `link/.` even under
    O_NOFOLLOW, so the name is trimmed before the directory is opened."""
    c = child("now")
    link = tmp_path / "link"
    link.symlink_to(stats_dir)
    for spelled in ("link", "link/", "link/.", "link/./", "link//"):
        path = f"{tmp_path}/{spelled}"
        for args in (["stats", "--dir", path], ["stats", str(c.pid), "--dir", path], ["viz", "--dir", path],
                     ["stats", "--dir", path, "--", "true"]):
            code, out, err = run(*args)
            assert code == DENIED and "(a symbolic link)" in err and out == "", (args, code, err)
        monkeypatch.setenv("WEAVEHEAP_STATS_DIR", path)
        code, out, err = run("stats", c.pid)
        assert code == DENIED and "(a symbolic link)" in err, (spelled, err)
    code, _, err = run("stats", "--dir", f"{stats_dir}/..")
    assert code == USAGE and "ends in its own name" in err
    code, out, _ = run("stats", c.pid, "--dir", f"{stats_dir}/./")  # the real directory, however spelled
    assert code == OK and out.startswith(f"pid {c.pid} ")


def test_not_a_regular_file(stats_dir, alive_pid):
    (stats_dir / f"{alive_pid}.stats").mkdir(mode=0o700)
    code, _, err = both(str(alive_pid))
    assert code == BAD_FILE and "not a regular file" in err


def test_unsafe_directory(stats_dir, alive_pid):
    stats_dir.chmod(0o755)
    for args in (["stats"], ["stats", str(alive_pid)], ["viz"], ["stats", "--", "true"]):
        code, _, err = run(*args)
        assert code == DENIED and "has mode 0755" in err, (args, err)
    stats_dir.chmod(0o700)


@needs_root
def test_directory_of_another_user(stats_dir):
    os.chown(stats_dir, NOBODY, NOBODY)
    code, _, err = run("stats")
    assert code == DENIED and f"belongs to uid {NOBODY}" in err


@needs_root
def test_permission_error_and_no_peeking(child, stats_dir, request):
    """As another user: our directory cannot even be examined, and that
    user's own directory holds nothing of ours."""
    c = child("now")
    setpriv = shutil.which("setpriv")
    if not setpriv:
        pytest.skip("setpriv (util-linux) is missing")
    bin_dir = tempfile.mkdtemp(prefix="weaveheap-cli-")  # somewhere that user may run it from
    request.addfinalizer(lambda: shutil.rmtree(bin_dir, ignore_errors=True))
    os.chmod(bin_dir, 0o755)
    cli = shutil.copy(CLI, bin_dir)
    as_nobody = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", cli]
    env = dict(os.environ)
    p = subprocess.run(as_nobody + ["stats", str(c.pid)], capture_output=True, text=True, env=env)
    assert p.returncode == DENIED and "Permission denied" in p.stderr, p.stderr
    env.pop("WEAVEHEAP_STATS_DIR")
    env.pop("XDG_RUNTIME_DIR", None)
    p = subprocess.run(as_nobody + ["viz", str(c.pid)], capture_output=True, text=True, env=env)
    assert p.returncode == NOT_FOUND and f"/tmp/weaveheap-{NOBODY}" in p.stderr, p.stderr


# -- a report that cannot be written ------------------------------------------

WRITE = 6


def run_to_full(*args, input=None, timeout=60):
    """Runs the CLI with standard output on a full disk (/dev/full)."""
    with open("/dev/full", "w") as full:
        p = subprocess.run([CLI, *map(str, args)], stdout=full, stderr=subprocess.PIPE, text=True, input=input,
                           timeout=timeout)
    return p.returncode, p.stderr


def test_report_to_a_full_disk(child, stats_dir):
    """Every command whose output does not get through exits 6 and says so:
    none exits 0 having written nothing."""
    from conftest import CHILD
    c = child("now")
    for args in (["stats", c.pid], ["stats", c.pid, "--json"], ["viz", c.pid], ["viz", c.pid, "--json"],
                 ["viz"], ["viz", "--json"], ["stats"], ["stats", "--json"], ["--version"], ["stats", "--help"],
                 ["help"], ["stats", c.pid, "--watch", "0.05"], ["stats", c.pid, "--watch", "0.05", "--json"]):
        code, err = run_to_full(*args)  # --watch stops at the first lost report instead of looping
        assert code == WRITE and "cannot write standard output: No space left on device" in err, (args, code, err)
    code, err = run_to_full("doctor", "--json", timeout=300)
    assert code == WRITE and "No space left on device" in err
    code, err = run_to_full("stats", "--", CHILD, "--mode", "env", input="quit\n")
    assert code == WRITE and "the report of" in err and "(exit status 0) is lost" in err, err
    code, out, err = run("stats", "-o", "/dev/full", "--", CHILD, "--mode", "env", input="quit\n")
    assert code == WRITE and "cannot write the report to /dev/full: No space left on device" in err, err
    assert out.splitlines()[-1] == "ready"  # the command itself ran, its output is its own
    code, _, err = run("stats", "--json", "-o", "/dev/full", "--watch", "0.05", "--", "sh", "-c", "exit 4")
    assert code == WRITE and "(exit status 4) is lost" in err, err
    with open("/dev/full", "w") as full:
        p = subprocess.run([CLI, "stats", "--json", "--report-fd", str(full.fileno()), "--", CHILD, "--mode", "env"],
                           capture_output=True, text=True, input="quit\n", pass_fds=(full.fileno(),), timeout=60)
    assert p.returncode == WRITE and "is lost" in p.stderr, p.stderr
    code, _, err = run("stats", "-o", stats_dir / "missing" / "report", "--", "true")
    assert code == WRITE and "cannot write" in err and "No such file or directory" in err


def test_report_to_a_closed_output(child, stats_dir):
    c = child("now")
    for args in (["stats", c.pid], ["viz", c.pid, "--json"], ["--version"]):
        p = subprocess.run(["sh", "-c", 'exec "$@" >&-', "sh", CLI, *map(str, args)], capture_output=True,
                           text=True, timeout=60)
        assert p.returncode == WRITE and "cannot write standard output: Bad file descriptor" in p.stderr, (args,
                                                                                                          p.stderr)


def test_usage_errors(stats_dir):
    for args in (["stats", "--watch", "0", "1"], ["stats", "--watch", "x", "1"], ["stats", "abc"],
                 ["stats", "1", "2"], ["stats", "--count", "2", "1"], ["stats", "--bogus"],
                 ["stats", "1", "--", "true"], ["stats", "--"], ["stats", "--watch", "1"],
                 ["stats", "-o", "x"], ["viz", "--bogus"], ["viz", "0"], ["doctor", "--bogus"], ["frob"], []):
        code, out, err = run(*args)
        assert code == USAGE and err, (args, code, err)


def test_help(stats_dir):
    for args in (["--help"], ["help"], ["help", "stats"], ["stats", "--help"], ["viz", "-h"], ["doctor", "--help"]):
        code, out, err = run(*args)
        assert code == OK and out.startswith("usage: weaveheap") and err == "", args
    _, out, _ = run("stats", "--help")
    for counter in ("allocations", "borrow_conflicts", "regions_live"):  # the IDL's counters, generated
        assert f"\n  {counter} " in out
    code, out, _ = run("--version")
    assert code == OK and out.startswith("weaveheap 0.1.0 (ABI 2, IDL ")
