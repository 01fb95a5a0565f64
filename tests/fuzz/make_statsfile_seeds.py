"""Writes the seed corpus of statsfile_fuzz (tests/fuzz/statsfile_corpus/)
from real snapshots: run it after a change of the stats file format or of
the IDL (the seeds carry the IDL hash, and a reader refuses another one's).

  python3 tests/fuzz/make_statsfile_seeds.py BUILD_DIR

Seeds: stats_child.c's snapshot (2 regions, one thread-safe, 9 handles,
shared and unique borrows); the same cut to 5 handle records
(WEAVEHEAP_STATS_MAX_HANDLES); a final one (state 2, taken at exit); one of
the background thread; one taken after a region_destroy; a process with no
live region."""
import os
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def snapshot(child, mode="now", **env):
    with tempfile.TemporaryDirectory() as d:
        os.chmod(d, 0o700)
        e = dict(os.environ, WEAVEHEAP_STATS_DIR=d, **env)
        e.pop("WEAVEHEAP_STATS", None)
        p = subprocess.Popen([child, "--mode", mode], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=e, text=True)
        p.stdout.readline()
        assert p.stdout.readline().strip() == "ready"
        data = (Path(d) / f"{p.pid}.stats").read_bytes()
        p.communicate("quit\n", timeout=60)
    used = struct.unpack_from("<Q", data, 40)[0]
    return bytearray(data[:used])


def main(build):
    child = str(Path(build) / "tests" / "cli" / "weaveheap_stats_child")
    out = HERE / "statsfile_corpus"
    out.mkdir(exist_ok=True)
    seeds = {"two_regions": snapshot(child), "cut_handles": snapshot(child, WEAVEHEAP_STATS_MAX_HANDLES="5")}
    final = bytearray(seeds["two_regions"])
    struct.pack_into("<I", final, 60, 2)   # state final ...
    struct.pack_into("<I", final, 100, 3)  # ... taken at exit
    seeds["final"] = final
    for name, taken_by in (("thread", 1), ("destroy", 4)):
        s = bytearray(seeds["two_regions"])
        struct.pack_into("<I", s, 100, taken_by)
        seeds[name] = s
    empty = bytearray(seeds["two_regions"][:432])  # the header alone: no region, no handle
    struct.pack_into("<Q", empty, 40, 432)
    struct.pack_into("<QQQ", empty, 104, 0, 0, 0)
    struct.pack_into("<QQ", empty, 128, 432, 432)
    seeds["no_region"] = empty
    for name, data in seeds.items():
        (out / f"{name}.stats").write_bytes(bytes(data))
        print(f"{out / name}.stats: {len(data)} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
