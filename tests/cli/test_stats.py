"""`weaveheap stats` and `weaveheap viz` against a live child holding known
regions, handles and borrows (stats_child.c): every number checked exactly,
both against fixed expectations and against the child's own API readings."""
import json
import os
import subprocess
import tempfile

import statsfile_model

from conftest import CHILD, CLI, EXIT_CHILD, NOT_FOUND, OK, USAGE, Child, run, run_json, wait_for

# What stats_child.c makes, worked out by hand from its code:
#   A: buffer a1 64 B, bytes b1 5 B, string s1 13 B (+1 NUL), buffer 100 B released
#      borrows: a1 shared x2, b1 unique; one refused unique borrow of a1
#   B: thread-safe, 4 KiB chunks: buffer big 3000 B (own chunk of 3016), string s2 3 B (+1), s2 shared x1
#   C: a 10 B buffer, destroyed; one call with tmp's reused handle.
REGION_A = dict(allocations=4, releases=1, bytes_allocated=64 + 5 + 14 + 100, bytes_live=64 + 5 + 14,
                bytes_peak=183, bytes_reserved=65536, borrows_taken=3, borrows_active=3, borrow_conflicts=1,
                stale_rejected=0, copies=2, copy_bytes=5 + 13, regions_live=0, imports=0)
REGION_B = dict(allocations=2, releases=0, bytes_allocated=3004, bytes_live=3004, bytes_peak=3004,
                bytes_reserved=3016 + 4096, borrows_taken=1, borrows_active=1, borrow_conflicts=0,
                stale_rejected=0, copies=1, copy_bytes=3, regions_live=0, imports=0)
PROCESS = dict(allocations=7, releases=1, bytes_allocated=183 + 3004 + 10, bytes_live=83 + 3004,
               bytes_peak=183 + 3004 + 10, bytes_reserved=65536 + 7112, borrows_taken=4, borrows_active=4,
               borrow_conflicts=1, stale_rejected=1, copies=3, copy_bytes=21, regions_live=2, imports=0)
KINDS = {"buffer": {"live": 2, "bytes": 3064}, "bytes": {"live": 1, "bytes": 5},
         "string": {"live": 2, "bytes": 16}, "borrow": {"live": 4, "bytes": 0},
         "object": {"live": 0, "bytes": 0}, "vector": {"live": 0, "bytes": 0},
         "batch": {"live": 0, "bytes": 0}, "batch_stream": {"live": 0, "bytes": 0},
         "var_vector": {"live": 0, "bytes": 0}, "list_vector": {"live": 0, "bytes": 0},
         "foreign": {"live": 0, "bytes": 0}, "foreign_stream": {"live": 0, "bytes": 0}}


def by_handle(items, handle):
    found = [x for x in items if x["handle"] == handle]
    assert len(found) == 1, f"{handle} in {items}"
    return found[0]


def test_stats_pid_json_is_exact(child):
    c = child("now")
    assert c.info["active"] is True
    assert c.info["global"] == PROCESS
    d = run_json("stats", c.pid)
    assert d["pid"] == c.pid and d["status"] == "live" and d["command"] == "weaveheap_stats_child"
    assert d["library"]["abi"] == statsfile_model.ABI and len(d["library"]["idl_hash"]) == 64
    assert d["snapshot"]["taken_by"] == "call" and d["snapshot"]["number"] == 1
    assert d["process"] == PROCESS == c.info["global"]
    assert len(d["regions"]) == 2
    h = c.info["handles"]
    a, b = by_handle(d["regions"], h["a"]), by_handle(d["regions"], h["b"])
    assert a["counters"] == REGION_A == c.info["A"]
    assert b["counters"] == REGION_B == c.info["B"]
    assert (a["thread_safe"], a["table"], a["chunks"], a["chunk_size"], a["byte_limit"], a["bytes_used"]) == \
        (False, "caller", 1, 65536, 0, 83)
    assert (b["thread_safe"], b["table"], b["chunks"], b["chunk_size"], b["byte_limit"], b["bytes_used"]) == \
        (True, "locked", 2, 4096, 1 << 20, 3004)
    assert a["kinds"] == {"buffer": {"live": 1, "bytes": 64}, "bytes": {"live": 1, "bytes": 5},
                          "string": {"live": 1, "bytes": 13}, "borrow": {"live": 3, "bytes": 0},
                          "object": {"live": 0, "bytes": 0}, "vector": {"live": 0, "bytes": 0},
         "batch": {"live": 0, "bytes": 0}, "batch_stream": {"live": 0, "bytes": 0},
         "var_vector": {"live": 0, "bytes": 0}, "list_vector": {"live": 0, "bytes": 0},
         "foreign": {"live": 0, "bytes": 0}, "foreign_stream": {"live": 0, "bytes": 0}}
    assert (a["handles_total"], b["handles_total"]) == (6, 3)
    assert d["kinds"] == KINDS
    assert d["handles_total"] == d["handles_published"] == 9


def test_viz_pid_json_is_exact(child):
    c = child("now")
    h = c.info["handles"]
    d = run_json("viz", c.pid)
    a, b = by_handle(d["regions"], h["a"]), by_handle(d["regions"], h["b"])
    assert (a["bytes_used"], a["bytes_reserved"], a["bytes_live"], a["chunks"]) == (83, 65536, 83, 1)
    assert (b["bytes_used"], b["bytes_reserved"], b["bytes_live"], b["chunks"]) == (3004, 7112, 3004, 2)
    assert {x["handle"] for x in a["handles"]} == {h[k] for k in ("a1", "b1", "s1", "t1", "t2", "t3")}
    assert {x["handle"] for x in b["handles"]} == {h[k] for k in ("big", "s2", "t4")}
    assert h["tmp"] not in {x["handle"] for x in a["handles"]}  # released: its slot holds t1 now

    def obj(region, name, kind, size, state, count):
        x = by_handle(region["handles"], h[name])
        assert (x["kind"], x["size"], x["borrow"]) == (kind, size, {"state": state, "count": count}), x
        return x
    a1 = obj(a, "a1", "buffer", 64, "shared", 2)
    b1 = obj(a, "b1", "bytes", 5, "unique", 1)
    obj(a, "s1", "string", 13, "none", 0)
    obj(b, "big", "buffer", 3000, "none", 0)
    s2 = obj(b, "s2", "string", 3, "shared", 1)
    assert (a1["index"], a1["generation"], a1["page"], a1["slot"], a1["epoch"]) == (0, 1, 0, 0, 1)
    assert (b1["index"], s2["index"]) == (1, 4096 + 1)  # B's objects live on the table's second page

    def token(region, name, target, unique):
        x = by_handle(region["handles"], h[name])
        assert x["kind"] == "borrow" and x["target"] == h[target] and x["unique"] is unique, x
        assert x["target_kind"] == by_handle(region["handles"], h[target])["kind"]
        return x
    t1 = token(a, "t1", "a1", False)
    token(a, "t2", "a1", False)
    token(a, "t3", "b1", True)
    token(b, "t4", "s2", False)
    assert (t1["index"], t1["generation"]) == (3, 2)  # tmp's slot, one generation on


def test_text_output_reads_at_a_glance(child):
    c = child("now")
    code, out, err = run("stats", c.pid)
    assert code == OK, err
    lines = out.splitlines()
    assert lines[0] == f"pid {c.pid} (weaveheap_stats_child) live, libweaveheap 0.1.0 (ABI {statsfile_model.ABI})"
    header = next(x for x in lines if x.startswith("counter"))
    assert header.split() == ["counter", "process", "region", "0", "region", "1"]
    assert next(x for x in lines if x.startswith("allocations")).split() == ["allocations", "7", "4", "2"]
    assert next(x for x in lines if x.startswith("stale_rejected")).split() == ["stale_rejected", "1", "0", "0"]
    assert next(x for x in lines if x.startswith("buffer")).split() == ["buffer", "2", "3064"]
    code, out, err = run("viz", c.pid)
    assert code == OK, err
    assert "process: 2 regions, 9 live handles, 4 borrows active, 3 copies (21 B)" in out
    assert "single-threaded, table read by the owning thread" in out
    assert "thread-safe, table exact (read under its lock)" in out
    assert "1 chunk   used 83 B / capacity 64.0 KiB  [#.............................]" in out
    assert "2 chunks   used 2.9 KiB / capacity 6.9 KiB" in out and "limit 1.0 MiB" in out
    viz = [x.split() for x in out.splitlines() if x.strip().startswith(("|-", "`-"))]
    assert ["|-", "buffer", "#0", "gen", "1", "64", "B", "borrowed:", "shared", "x2"] in viz
    assert ["|-", "bytes", "#1", "gen", "1", "5", "B", "borrowed:", "unique"] in viz
    assert ["|-", "string", "#2", "gen", "1", "13", "B", "not", "borrowed"] in viz
    assert ["`-", "borrow", "#5", "gen", "1", "unique", "borrow", "of", "bytes", "#1"] in viz
    assert ["`-", "borrow", "#4098", "gen", "1", "shared", "borrow", "of", "string", "#4097"] in viz


def test_list_shows_live_processes(child):
    c1, c2 = child("now"), child("now")
    d = run_json("stats")
    mine = {p["pid"]: p for p in d["processes"]}
    assert set(mine) == {c1.pid, c2.pid}
    for p in mine.values():
        assert (p["status"], p["regions"], p["handles"], p["bytes_live"]) == ("live", 2, 9, 3087)
    assert d["stale"] == [] and d["errors"] == []
    code, out, _ = run("stats")
    assert code == OK and f"{c1.pid} " in out and "weaveheap_stats_child" in out
    code, out, _ = run("viz", "--json")
    assert code == OK and {p["pid"] for p in json.loads(out)["processes"]} == {c1.pid, c2.pid}


def test_background_thread_and_watch(child):
    c = child("thread")  # weaveheap_publish_start(50)
    code, out, err = run("stats", c.pid, "--json", "--watch", "0.2", "--count", "3")
    assert code == OK, err
    snaps = [json.loads(x) for x in out.splitlines()]
    assert len(snaps) == 3
    numbers = [s["snapshot"]["number"] for s in snaps]
    assert numbers == sorted(numbers) and numbers[-1] > numbers[0]
    assert snaps[-1]["snapshot"]["taken_by"] == "thread" and snaps[-1]["snapshot"]["interval_ms"] == 50
    for s in snaps:
        assert s["process"] == PROCESS
        # the background thread reads single-threaded A without a lock; the
        # first snapshot, taken by publish_start on A's thread, reads it as its owner
        expect = {"best_effort", "locked"} if s["snapshot"]["taken_by"] == "thread" else {"caller", "locked"}
        assert {r["table"] for r in s["regions"]} == expect


def test_environment_variable_starts_publishing(child, stats_dir):
    env = dict(os.environ, WEAVEHEAP_STATS="1", WEAVEHEAP_STATS_INTERVAL_MS="40")
    c = child("env", env=env)
    assert c.info["active"] is True
    d = wait_for(lambda: (lambda x: x if x["snapshot"]["number"] >= 2 else None)(run_json("stats", c.pid)),
                 what="a snapshot from the background thread")
    assert d["snapshot"]["interval_ms"] == 40 and d["process"] == PROCESS
    c.send("fork")  # a child that makes a region and exits must leave our file alone
    line = c.readline()
    assert line.startswith("forked ") and line.endswith(" 0")
    forked = int(line.split()[1])
    assert not (stats_dir / f"{forked}.stats").exists()  # it published its own file and removed it
    assert run_json("stats", c.pid)["process"] == PROCESS
    assert c.quit() == 0
    assert list(stats_dir.iterdir()) == []  # removed at exit


def test_watch_ends_with_the_process(child):
    c = child("thread")
    import subprocess
    from conftest import CLI
    w = subprocess.Popen([CLI, "stats", str(c.pid), "--watch", "0.1", "--json"], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    wait_for(lambda: w.stdout.readline(), what="a first report")
    c.quit()
    out, err = w.communicate(timeout=30)
    assert w.returncode == OK, err


def test_run_command_prints_final_counters(stats_dir, tmp_path):
    report = tmp_path / "report.json"
    code, out, err = run("stats", "--json", "-o", report, "--", CHILD, "--mode", "env", "--exit", "7",
                         input="quit\n")
    assert code == 7, err
    d = json.loads(report.read_text())
    assert d["command"] == [CHILD, "--mode", "env", "--exit", "7"] and d["exit_status"] == 7
    assert len(d["processes"]) == 1
    p = d["processes"][0]
    assert p["status"] == "exited" and p["snapshot"]["taken_by"] == "exit"
    # every region was destroyed before exit: what they counted stays in the process totals
    assert p["regions"] == []
    assert p["process"] == dict(PROCESS, bytes_live=0, bytes_reserved=0, borrows_active=0, regions_live=0)
    assert list(stats_dir.iterdir()) == []  # collected and removed
    child_out = out.splitlines()  # the command's own output stays apart from the report
    assert child_out[-1] == "ready" and json.loads(child_out[0])["global"] == PROCESS

    code, out, err = run("stats", "--", CHILD, "--mode", "env", input="quit\n")
    assert code == 0, err
    assert f"{CHILD} exited with status 0" in out and "\nallocations                     7\n" in out


def run_report_fd(*args, input=None):
    """Runs the CLI with `--report-fd N` first: returns (exit code, stdout, stderr, report)."""
    with tempfile.TemporaryFile() as report:
        fd = report.fileno()
        p = subprocess.run([CLI, args[0], "--report-fd", str(fd), *map(str, args[1:])], capture_output=True,
                           text=True, input=input, pass_fds=(fd,), timeout=120)
        report.seek(0)
        return p.returncode, p.stdout, p.stderr, report.read().decode()


def test_run_command_that_crashes_shows_last_snapshot(stats_dir):
    code, out, err, report = run_report_fd("stats", "--json", "--", CHILD, "--mode", "thread", "--exit", "9",
                                           input="now\nvanish\n")  # a snapshot of everything, then the "crash"
    assert code == 9, err
    assert json.loads(out.splitlines()[0])["global"] == PROCESS  # the command's own output, alone
    d = json.loads(report)
    p = d["processes"][0]
    assert p["status"] == "stale" and p["snapshot"]["taken_by"] in ("call", "thread")
    assert p["snapshot"]["number"] >= 2
    assert p["process"] == PROCESS  # as last published, before the crash
    assert list(stats_dir.iterdir()) == []


def test_run_command_failures(stats_dir):
    code, out, err = run("stats", "--", "/nonexistent/program")
    assert code == 127 and "cannot run /nonexistent/program" in err
    code, out, err = run("stats", "--", "true")
    assert code == NOT_FOUND and "published no stats" in err
    code, out, err = run("stats", "--", "sh", "-c", "exit 4")
    assert code == 4
    code, out, err = run("stats", "--", "sh", "-c", "kill -TERM $$")
    assert code == 128 + 15 and "killed by signal 15" in out


def test_json_report_never_shares_the_commands_output(stats_dir, tmp_path):
    """--json with -- CMD needs a stream of its own (-o FILE or --report-fd
    N), and the command inherits neither."""
    code, out, err = run("stats", "--json", "--", CHILD, "--mode", "env", input="quit\n")
    assert code == USAGE and "--json with -- CMD needs -o FILE or --report-fd N" in err and out == ""
    for args in (["--report-fd", "2"], ["--report-fd", "x"], ["--report-fd", "5", "-o", "f"]):
        code, _, err = run("stats", *args, "--", "true")
        assert code == USAGE and err, (args, err)
    code, _, err = run("stats", "--report-fd", "9", "--", "true")  # not open
    assert code == 6 and "--report-fd 9" in err
    code, _, err = run("stats", "--report-fd", "5")
    assert code == USAGE and "--report-fd goes with -- CMD" in err
    # What the command can see of its descriptors: never the report's.
    code, out, err, report = run_report_fd("stats", "--json", "--", "sh", "-c", "ls /proc/$$/fd")
    assert json.loads(report)["exit_status"] == 0  # a whole JSON report, there and only there
    assert code == NOT_FOUND, err  # sh publishes nothing
    listed = out.split()
    assert listed and all(int(x) < 3 or int(x) == 255 for x in listed if x.isdigit()), listed
    path = tmp_path / "report.json"
    code, out, err = run("stats", "--json", "-o", path, "--", "sh", "-c",
                         "for f in /proc/$$/fd/*; do readlink $f; done; exit 0")
    assert code == NOT_FOUND and str(path) not in out, out
    assert json.loads(path.read_text())["exit_status"] == 0


def test_run_command_whose_exit_skips_atexit(stats_dir, tmp_path):
    """A program that leaves through _exit() (as Go's runtime does) after
    closing its regions: its exit handler never runs, so no exit snapshot;
    the snapshot taken when its last region was destroyed holds everything
    it did (before: the snapshot of its first region_create, all zeros)."""
    report = tmp_path / "report.json"
    code, out, err = run("stats", "--json", "-o", report, "--", EXIT_CHILD, "close", "5")
    assert code == 5, err
    own = json.loads(out)  # the child's own reading just before _exit
    assert (own["allocations"], own["releases"], own["borrows_taken"], own["regions_live"]) == (6, 2, 4, 0)
    d = json.loads(report.read_text())
    assert d["exit_status"] == 5 and len(d["processes"]) == 1
    p = d["processes"][0]
    assert p["status"] == "stale" and p["snapshot"]["taken_by"] == "destroy"
    assert p["process"] == own and p["regions"] == []
    assert list(stats_dir.iterdir()) == []
    code, out, err = run("stats", "--", EXIT_CHILD, "close", "0")  # the text form says what it shows
    assert code == 0, err
    assert "taken after a region was destroyed" in out and "ended without its exit snapshot" in out
    assert "\nallocations                     6\n" in out


def test_run_command_whose_exit_skips_atexit_with_a_live_region(stats_dir, tmp_path):
    """_exit() with a region still live: the last snapshot of the background
    thread, every 50 ms under `stats -- CMD` (the child waits until one
    shows its objects, then leaves)."""
    report = tmp_path / "report.json"
    code, out, err = run("stats", "--json", "-o", report, "--", EXIT_CHILD, "keep", "0")
    assert code == 0, err
    own = json.loads(out)
    d = json.loads(report.read_text())
    p = d["processes"][0]
    assert p["status"] == "stale" and p["snapshot"]["taken_by"] == "thread"
    assert p["snapshot"]["interval_ms"] == 50
    assert p["process"] == own and own["allocations"] == 3 and own["bytes_live"] == 1000 + 8
    assert len(p["regions"]) == 1 and p["regions"][0]["kinds"]["buffer"] == {"live": 1, "bytes": 1000}
