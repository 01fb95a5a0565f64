"""An independent reader of the stats file (docs/cli.md, "The stats file,
byte by byte"): decodes a snapshot with `struct` from the documented layout,
applies the documented rules to accept or refuse it, and renders what
`weaveheap stats PID` and `weaveheap viz PID` must print from it (JSON and
text). It shares no code with cli/statsfile.c: the corruption tests compare
the two on the same bytes."""
import os
import re
import struct
from pathlib import Path

MAGIC = b"WHSTATS1"
FORMAT = 3
HEADER_SIZE, REGION_SIZE, HANDLE_SIZE, STATS_SIZE = 440, 448, 48, 112
# the library line of the IDL, the one source of the ABI number
ABI = int(re.search(r"^library \w+ version \S+ abi (\d+)",
                    (Path(__file__).resolve().parents[2] / "idl" / "weaveheap.wh").read_text(), re.M)[1])
KINDS = 16
LIVE, FINAL = 1, 2
TAKEN_BY = {1: "thread", 2: "call", 3: "exit", 4: "destroy"}
TABLES = {1: "locked", 2: "caller", 3: "best_effort"}
TABLE_TEXT = {1: "table exact (read under its lock)", 2: "table read by the owning thread",
              3: "table read without a lock (best effort)"}
KIND_NAMES = {0: "none", 1: "region", 2: "buffer", 3: "bytes", 4: "string", 5: "borrow", 6: "object", 7: "vector",
              8: "batch", 9: "batch_stream", 10: "var_vector", 11: "list_vector", 12: "foreign",
              13: "foreign_stream"}
TABLE_KINDS = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]  # every kind of the IDL but none and region
TOKEN, UNIQUE = 1, 2
COUNTERS = ["allocations", "releases", "bytes_allocated", "bytes_live", "bytes_peak", "bytes_reserved",
            "borrows_taken", "borrows_active", "borrow_conflicts", "stale_rejected", "copies", "copy_bytes",
            "regions_live", "imports"]
U64 = (1 << 64) - 1

# (name, offset, struct format) of every field, as documented.
HEADER_FIELDS = [
    ("magic", 0, "8s"), ("format", 8, "<I"), ("header_size", 12, "<I"), ("region_size", 16, "<I"),
    ("handle_size", 20, "<I"), ("stats_size", 24, "<I"), ("abi", 28, "<I"), ("seq", 32, "<Q"),
    ("used_size", 40, "<Q"), ("pid", 48, "<q"), ("uid", 56, "<I"), ("state", 60, "<I"), ("proc_start", 64, "<Q"),
    ("started_ns", 72, "<Q"), ("snapshot_ns", 80, "<Q"), ("snapshots", 88, "<Q"), ("interval_ms", 96, "<I"),
    ("taken_by", 100, "<I"), ("region_count", 104, "<Q"), ("handle_count", 112, "<Q"), ("handle_total", 120, "<Q"),
    ("regions_offset", 128, "<Q"), ("handles_offset", 136, "<Q"), ("version", 144, "16s"),
    ("idl_hash", 160, "72s"), ("comm", 232, "32s"), ("token", 264, "64s"),
] + [(f"process.{c}", 328 + 8 * i, "<Q") for i, c in enumerate(COUNTERS)]
REGION_FIELDS = [
    ("handle", 0, "<Q"), ("index", 8, "<I"), ("generation", 12, "<I"), ("thread_safe", 16, "<B"),
    ("table", 17, "<B"), ("pad", 18, "6s"), ("chunk_size", 24, "<Q"), ("byte_limit", 32, "<Q"), ("chunks", 40, "<Q"),
    ("bytes_used", 48, "<Q"), ("handle_first", 56, "<Q"), ("handle_count", 64, "<Q"), ("handle_total", 72, "<Q"),
] + [(f"kind_live[{k}]", 80 + 8 * k, "<Q") for k in range(KINDS)] \
  + [(f"kind_bytes[{k}]", 208 + 8 * k, "<Q") for k in range(KINDS)] \
  + [(f"counters.{c}", 336 + 8 * i, "<Q") for i, c in enumerate(COUNTERS)]
HANDLE_FIELDS = [
    ("handle", 0, "<Q"), ("size", 8, "<Q"), ("target", 16, "<Q"), ("borrows", 24, "<i"), ("index", 28, "<I"),
    ("page", 32, "<I"), ("slot", 36, "<I"), ("epoch", 40, "<H"), ("generation", 42, "<H"), ("kind", 44, "<B"),
    ("flags", 45, "<B"), ("pad", 46, "2s"),
]


class Refused(Exception):
    """The file breaks a documented rule (the CLI exits 4)."""


def fields(data, at, layout):
    out = {}
    for name, off, fmt in layout:
        (value,) = struct.unpack_from(fmt, data, at + off)
        if "." in name:
            group, key = name.split(".")
            out.setdefault(group, {})[key] = value
        elif "[" in name:
            group, k = name[:-1].split("[")
            out.setdefault(group, [0] * KINDS)[int(k)] = value
        else:
            out[name] = value
    return out


def c_string(raw):
    """A NUL-terminated text field: its bytes before the NUL (Refused if none)."""
    if b"\0" not in raw:
        raise Refused("a text field is not terminated")
    return raw[:raw.index(b"\0")]


def proc_start(pid):
    """Field 22 of /proc/<pid>/stat, or 0."""
    try:
        text = open(f"/proc/{pid}/stat", "rb").read()
    except OSError:
        return 0
    rest = text[text.rindex(b")") + 2:].split()
    return int(rest[19])


def alive(pid, start):
    try:
        os.kill(pid, 0)
    except PermissionError:
        pass
    except OSError:
        return False
    if start == 0:
        return True
    now = proc_start(pid)
    return now == 0 or now == start


def decode(data, pid, idl_hash):
    """The snapshot in `data` (exactly the bytes read) of the file named for
    `pid`, checked by the documented rules: a dict, or Refused."""
    size = len(data)
    if size < HEADER_SIZE:
        raise Refused("truncated")
    h = fields(data, 0, HEADER_FIELDS)
    if h["magic"] != MAGIC:
        raise Refused("bad magic")
    if h["format"] != FORMAT:
        raise Refused("format")
    if (h["header_size"], h["region_size"], h["handle_size"], h["stats_size"]) != (
            HEADER_SIZE, REGION_SIZE, HANDLE_SIZE, STATS_SIZE):
        raise Refused("record sizes")
    for name in ("version", "idl_hash", "comm", "token"):
        h[name] = c_string(h[name])
    if h["abi"] != ABI or h["idl_hash"] != idl_hash.encode():
        raise Refused("another build")
    if h["pid"] <= 0 or h["pid"] != pid:
        raise Refused("pid")
    if h["state"] not in (LIVE, FINAL):
        raise Refused("state")
    if h["taken_by"] not in TAKEN_BY:
        raise Refused("taken_by")
    if h["used_size"] != size:
        raise Refused("used_size")
    if h["regions_offset"] != HEADER_SIZE or h["region_count"] > (size - HEADER_SIZE) // REGION_SIZE:
        raise Refused("region records do not fit")
    handles_at = HEADER_SIZE + h["region_count"] * REGION_SIZE
    if (h["handles_offset"] != handles_at or h["handle_count"] > (size - handles_at) // HANDLE_SIZE
            or handles_at + h["handle_count"] * HANDLE_SIZE != size):
        raise Refused("handle records do not fit")
    if h["handle_total"] < h["handle_count"]:
        raise Refused("handle_total < handle_count")
    regions = [fields(data, HEADER_SIZE + i * REGION_SIZE, REGION_FIELDS) for i in range(h["region_count"])]
    handles = [fields(data, handles_at + j * HANDLE_SIZE, HANDLE_FIELDS) for j in range(h["handle_count"])]
    first = total = 0
    kind_bytes = [0] * KINDS
    for r in regions:
        kind_bytes = [a + b for a, b in zip(kind_bytes, r["kind_bytes"])]
        if (sum(r["kind_live"]) != r["handle_total"] or max(kind_bytes) > U64 or r["handle_first"] != first
                or first + r["handle_count"] > h["handle_count"] or r["handle_count"] > r["handle_total"]
                or r["thread_safe"] > 1 or r["table"] not in TABLES or r["handle"] >> 60 != 1
                or total + r["handle_total"] > h["handle_total"]):
            raise Refused("region record")
        first += r["handle_count"]
        total += r["handle_total"]
    if first != h["handle_count"] or total != h["handle_total"]:
        raise Refused("the regions' records")
    for x in handles:
        if (not 1 <= x["kind"] < KINDS or x["flags"] & ~(TOKEN | UNIQUE) or x["borrows"] < -1
                or x["handle"] >> 60 != x["kind"]):
            raise Refused("handle record")
    for r in regions:
        r["records"] = handles[r["handle_first"]:r["handle_first"] + r["handle_count"]]
    if h["state"] == FINAL:
        status = "exited"
    else:
        status = "live" if alive(pid, h["proc_start"]) else "stale"
    return {"h": h, "regions": regions, "handles": handles, "status": status}


def read_file(data, pid, idl_hash):
    """What `weaveheap stats PID` reads from a whole file: the snapshot's
    `used_size` bytes when the sequence number is even (an odd one is a
    snapshot being written: refused after retries), then decode()."""
    if len(data) < HEADER_SIZE:
        raise Refused("truncated")
    if data[:8] != MAGIC:
        raise Refused("bad magic")
    seq, used = struct.unpack_from("<QQ", data, 32)
    if seq & 1:
        raise Refused("never held a whole snapshot")
    if used < HEADER_SIZE or used > 1 << 30 or used > len(data):
        raise Refused("garbled or truncated size")
    return decode(data[:used], pid, idl_hash)


# -- what the CLI prints -------------------------------------------------------

def json_text(raw):
    """A text field as `weaveheap` writes it into JSON: every byte that does
    not start a valid UTF-8 sequence becomes U+FFFD, one byte at a time."""
    out, i = [], 0
    while i < len(raw):
        c = raw[i]
        n = 1 if c < 0x80 else 2 if 0xC2 <= c <= 0xDF else 3 if 0xE0 <= c <= 0xEF else 4 if 0xF0 <= c <= 0xF4 else 0
        try:
            ch = raw[i:i + n].decode("utf-8") if n else None
        except UnicodeDecodeError:
            ch = None
        if ch is None or len(ch) != 1:
            out.append("\ufffd")
            i += 1
        else:
            out.append(ch)
            i += n
    return "".join(out)


def kind_name(k):
    return KIND_NAMES.get(k, f"kind {k}")


def hexh(v):
    return f"0x{v:016x}"


def kinds(live, byts):
    return {kind_name(k): {"live": live[k], "bytes": byts[k]} for k in TABLE_KINDS}


def head_json(s, path):
    h = s["h"]
    return {"pid": h["pid"], "command": json_text(h["comm"]), "status": s["status"], "file": path,
            "library": {"version": json_text(h["version"]), "abi": h["abi"], "idl_hash": json_text(h["idl_hash"])},
            "snapshot": {"number": h["snapshots"], "taken_by": TAKEN_BY[h["taken_by"]],
                         "interval_ms": h["interval_ms"], "time_ns": h["snapshot_ns"], "started_ns": h["started_ns"]},
            "process": h["process"]}


def stats_json(s, path):
    h = s["h"]
    out = head_json(s, path)
    out["regions"] = [{
        "index": r["index"], "generation": r["generation"], "handle": hexh(r["handle"]),
        "thread_safe": bool(r["thread_safe"]), "table": TABLES[r["table"]], "chunk_size": r["chunk_size"],
        "byte_limit": r["byte_limit"], "chunks": r["chunks"], "bytes_used": r["bytes_used"],
        "handles_total": r["handle_total"], "handles_published": r["handle_count"], "counters": r["counters"],
        "kinds": kinds(r["kind_live"], r["kind_bytes"])} for r in s["regions"]]
    live = [sum(r["kind_live"][k] for r in s["regions"]) for k in range(KINDS)]
    byts = [sum(r["kind_bytes"][k] for r in s["regions"]) for k in range(KINDS)]
    out["kinds"] = kinds(live, byts)
    out["handles_total"] = h["handle_total"]
    out["handles_published"] = h["handle_count"]
    return out


def find(region, handle):
    return next((x for x in region["records"] if x["handle"] == handle), None)


def viz_json(s, path):
    out = head_json(s, path)
    regions = []
    for r in s["regions"]:
        handles = []
        for x in r["records"]:
            d = {"kind": kind_name(x["kind"]), "handle": hexh(x["handle"]), "index": x["index"], "page": x["page"],
                 "slot": x["slot"], "epoch": x["epoch"], "generation": x["generation"]}
            if x["flags"] & TOKEN:
                d["target"] = hexh(x["target"])
                d["unique"] = bool(x["flags"] & UNIQUE)
                t = find(r, x["target"])
                if t:
                    d["target_kind"] = kind_name(t["kind"])
                    d["target_index"] = t["index"]
            else:
                b = x["borrows"]
                d["size"] = x["size"]
                d["borrow"] = {"state": "shared" if b > 0 else "unique" if b < 0 else "none",
                               "count": b if b > 0 else 1 if b < 0 else 0}
            handles.append(d)
        regions.append({
            "index": r["index"], "generation": r["generation"], "handle": hexh(r["handle"]),
            "thread_safe": bool(r["thread_safe"]), "table": TABLES[r["table"]], "chunks": r["chunks"],
            "chunk_size": r["chunk_size"], "byte_limit": r["byte_limit"], "bytes_used": r["bytes_used"],
            "bytes_reserved": r["counters"]["bytes_reserved"], "bytes_live": r["counters"]["bytes_live"],
            "handles_total": r["handle_total"], "handles_published": r["handle_count"], "handles": handles})
    out["regions"] = regions
    return out


def human(n):
    if n < 1024:
        return b"%d B" % n
    v = float(n) / 1024.0
    units = [b"KiB", b"MiB", b"GiB", b"TiB", b"PiB", b"EiB"]
    u = 0
    while v >= 1024.0 and u + 1 < len(units):
        v /= 1024.0
        u += 1
    return b"%.1f %s" % (v, units[u])


AGE = b"<age>"  # the age is the reader's clock: checked apart


def stats_text(s):
    h = s["h"]
    taken = {1: b"by the background thread", 2: b"by weaveheap_publish_now()", 3: b"at exit",
             4: b"after a region was destroyed"}[h["taken_by"]]
    out = b"pid %d (%s) %s, libweaveheap %s (ABI %d)\n" % (h["pid"], h["comm"], s["status"].encode(), h["version"],
                                                          h["abi"])
    out += b"snapshot #%d, %s s ago, taken %s" % (h["snapshots"], AGE, taken)
    if h["interval_ms"]:
        out += b"; refreshed every %d ms" % h["interval_ms"]
    out += b"\n"
    if s["status"] == "stale":
        out += (b"(it ended without its exit snapshot: a crash, a kill, _exit() or a runtime that skips the C exit "
                b"handlers, as Go's does; these are the counters of its last snapshot)\n")
    regions, done = s["regions"], 0
    while True:
        cols = regions[done:done + 4]
        out += b"\n%-18s %14s" % (b"counter", b"process" if done == 0 else b"")
        for r in cols:
            out += b" %14s" % (b"region %d" % r["index"])
        out += b"\n"
        for c in COUNTERS:
            out += b"%-18s" % c.encode()
            out += b" %14d" % h["process"][c] if done == 0 else b" %14s" % b""
            for r in cols:
                out += b" %14d" % r["counters"][c]
            out += b"\n"
        done += len(cols)
        if done >= len(regions):
            break
    out += b"\n%-18s %14s %14s\n" % (b"handles by kind", b"live", b"bytes")
    for k in TABLE_KINDS:
        out += b"%-18s %14d %14d\n" % (kind_name(k).encode(), sum(r["kind_live"][k] for r in regions),
                                       sum(r["kind_bytes"][k] for r in regions))
    if h["handle_count"] < h["handle_total"]:
        out += b"(%d of %d handles listed in the file: WEAVEHEAP_STATS_MAX_HANDLES)\n" % (h["handle_count"],
                                                                                          h["handle_total"])
    return out


def viz_text(s):
    h, p = s["h"], s["h"]["process"]
    out = b"pid %d (%s) %s   libweaveheap %s   snapshot #%d, %s s ago\n" % (
        h["pid"], h["comm"], s["status"].encode(), h["version"], h["snapshots"], AGE)
    out += b"process: %d region%s, %d live handle%s, %d borrow%s active, %d cop%s (%s)\n" % (
        h["region_count"], b"" if h["region_count"] == 1 else b"s", h["handle_total"],
        b"" if h["handle_total"] == 1 else b"s", p["borrows_active"], b"" if p["borrows_active"] == 1 else b"s",
        p["copies"], b"y" if p["copies"] == 1 else b"ies", human(p["copy_bytes"]))
    for r in s["regions"]:
        c = r["counters"]
        cap = c["bytes_reserved"]
        out += b"\nregion %d  gen %d  (%s)  %s, %s\n" % (
            r["index"], r["generation"], hexh(r["handle"]).encode(),
            b"thread-safe" if r["thread_safe"] else b"single-threaded", TABLE_TEXT[r["table"]].encode())
        fill = int(float(min(r["bytes_used"], cap)) * 30.0 / float(cap) + 0.5) if cap else 0
        if fill == 0 and r["bytes_used"] > 0:
            fill = 1
        out += b"  %d chunk%s   used %s / capacity %s  [" % (r["chunks"], b"" if r["chunks"] == 1 else b"s",
                                                            human(r["bytes_used"]), human(cap))
        out += b"#" * fill + b"." * (30 - fill)
        out += b"]  live %s" % human(c["bytes_live"])
        if r["byte_limit"]:
            out += b", limit %s" % human(r["byte_limit"])
        out += b"\n"
        if r["handle_total"] == 0:
            out += b"  (no live handles)\n"
        n = len(r["records"])
        for j, x in enumerate(r["records"]):
            branch = b"`-" if j + 1 == n and n == r["handle_total"] else b"|-"
            out += b"  %s %-7s #%-6d gen %-5d " % (branch, kind_name(x["kind"]).encode(), x["index"], x["generation"])
            if x["flags"] & TOKEN:
                t = find(r, x["target"])
                out += b"%10s   %s borrow of " % (b"", b"unique" if x["flags"] & UNIQUE else b"shared")
                out += (b"%s #%d\n" % (kind_name(t["kind"]).encode(), t["index"]) if t
                        else b"%s\n" % hexh(x["target"]).encode())
            else:
                b = x["borrows"]
                out += b"%10s   " % human(x["size"])
                out += (b"borrowed: shared x%d\n" % b if b > 0 else b"borrowed: unique\n" if b < 0
                        else b"not borrowed\n")
        if n < r["handle_total"]:
            out += b"  `- ... %d more (the file lists %d handles at most: WEAVEHEAP_STATS_MAX_HANDLES)\n" % (
                r["handle_total"] - n, n)
    return out
