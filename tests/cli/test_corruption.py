"""Corrupted stats files, each outcome checked (issue 15): a corrupted file
is either refused with the exit code the documented rules give, or accepted,
and then everything `weaveheap stats` and `weaveheap viz` print from it (JSON
and text) must equal what an independent decoding of the same bytes says
(statsfile_model.py, written from docs/cli.md with `struct`, sharing no code
with cli/statsfile.c). Every field of the header, of a region record and of
a handle record is broken by name; then 20,000 random corruptions.

The real command reads each named break from a file; the many cases go
through statsfile_dump (the CLI's reader and printers in one process, run
under ASan+UBSan in the sanitizer build)."""
import json
import os
import random
import re
import struct
import subprocess
import time

import pytest

import statsfile_model as model
from conftest import BAD_FILE, CHILD, CLI, NOT_FOUND, OK

DUMP = os.environ.get("WEAVEHEAP_STATSFILE_DUMP", "")
PID = os.getpid()  # the files are named for this process: alive, its start time known
AGE_RE = re.compile(rb"(snapshot #\d+, )([0-9.]+)( s ago)")


@pytest.fixture(scope="module")
def idl_hash():
    out = subprocess.run([CLI, "--version"], capture_output=True, text=True, check=True).stdout
    return out.split("IDL ")[1].rstrip(")\n")


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """A real snapshot (stats_child.c: 2 regions, 9 handles, borrows), renamed
    for this process."""
    d = tmp_path_factory.mktemp("base")
    d.chmod(0o700)
    env = dict(os.environ, WEAVEHEAP_STATS_DIR=str(d))
    env.pop("WEAVEHEAP_STATS", None)
    p = subprocess.Popen([CHILD, "--mode", "now"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True)
    assert json.loads(p.stdout.readline())["pid"] == p.pid and p.stdout.readline().strip() == "ready"
    data = bytearray((d / f"{p.pid}.stats").read_bytes())
    p.communicate("quit\n", timeout=60)
    assert len(data) == 4096 and struct.unpack_from("<Q", data, 40)[0] < 4096  # a page, the snapshot in it
    data = data[:struct.unpack_from("<Q", data, 40)[0]]
    struct.pack_into("<q", data, 48, PID)
    struct.pack_into("<Q", data, 64, model.proc_start(PID))
    return bytes(data)


def test_base_decodes_as_the_child_made_it(base, idl_hash):
    s = model.decode(base, PID, idl_hash)
    assert s["status"] == "live" and len(s["regions"]) == 2 and len(s["handles"]) == 9
    assert s["h"]["process"]["allocations"] == 7 and s["h"]["comm"] == b"weaveheap_stats_child"
    tokens = [x for x in s["handles"] if x["flags"] & model.TOKEN]
    assert len(tokens) == 4 and sum(1 for x in tokens if x["flags"] & model.UNIQUE) == 1


# -- breaking each field by name ---------------------------------------------------

def layout_fields(base):
    """(where, name, absolute offset, format) of every field: the header, each
    region record, each handle record."""
    n_regions = struct.unpack_from("<Q", base, 104)[0]
    n_handles = struct.unpack_from("<Q", base, 112)[0]
    out = [("header", name, off, fmt) for name, off, fmt in model.HEADER_FIELDS]
    for i in range(n_regions):
        at = model.HEADER_SIZE + i * model.REGION_SIZE
        out += [(f"region[{i}]", name, at + off, fmt) for name, off, fmt in model.REGION_FIELDS]
    hat = model.HEADER_SIZE + n_regions * model.REGION_SIZE
    for j in range(n_handles):
        out += [(f"handle[{j}]", name, hat + j * model.HANDLE_SIZE + off, fmt)
                for name, off, fmt in model.HANDLE_FIELDS]
    return out


def broken_values(data, off, fmt):
    """The values a field is broken with: edges, neighbours, sign bits; for
    text, unterminated, invalid UTF-8, empty, changed."""
    if fmt.endswith("s"):
        n = int(fmt[:-1])
        old = data[off:off + n]
        vals = [b"x" * n, (b"\xff\xfe\xc3(\xed\xa0\x80 \x01\x7f" + b"\0" * n)[:n], b"\0" * n,
                bytes([old[0] ^ 0x20]) + old[1:]]
        return [v for v in vals if v != old]
    (old,) = struct.unpack_from(fmt, data, off)
    bits = struct.calcsize(fmt) * 8
    if fmt[-1] in "qih":
        lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
        vals = [0, -1, 1, -2, old + 1, old - 1, lo, hi]
    else:
        hi = (1 << bits) - 1
        vals = [0, 1, old + 1, old - 1, old ^ (1 << (bits - 1)), hi, old * 2 + 1]
        lo = 0
    seen = []
    for v in vals:
        if lo <= v <= hi and v != old and v not in seen:
            seen.append(v)
    return seen


def patched(data, off, fmt, value):
    b = bytearray(data)
    if fmt.endswith("s"):
        b[off:off + len(value)] = value
    else:
        struct.pack_into(fmt, b, off, value)
    return bytes(b)


# -- the dump tool: the CLI's reader and printers over many snapshots ---------

def dump_many(snapshots):
    """Runs statsfile_dump over [bytes]: [(code, message, stats_json, viz_json, stats_text, viz_text)]."""
    if not DUMP:
        pytest.fail("WEAVEHEAP_STATSFILE_DUMP is not set (run through ctest)")
    stream = b"".join(struct.pack("<qI", PID, len(s)) + s for s in snapshots)
    p = subprocess.run([DUMP], input=stream, capture_output=True, timeout=900)
    assert p.returncode == 0, p.stderr.decode(errors="replace")
    out, at, results = p.stdout, 0, []
    for _ in snapshots:
        (code,) = struct.unpack_from("<i", out, at)
        at += 4
        blobs = []
        for _ in range(5):
            (n,) = struct.unpack_from("<I", out, at)
            blobs.append(out[at + 4:at + 4 + n])
            at += 4 + n
        results.append((code, *blobs))
    assert at == len(out)
    return results


def check_age(printed_age, snapshot_ns, t0, t1):
    """age_s is the reader's now minus the snapshot's time, never negative."""
    at = snapshot_ns / 1e9
    lo, hi = max(0.0, t0 - at), max(0.0, t1 - at)
    assert lo - 0.06 <= printed_age <= hi + 0.06, (printed_age, lo, hi)


def check_printed(s, path, stats_json, viz_json, stats_text, viz_text, t0, t1):
    """Everything printed from an accepted snapshot equals the model's
    rendering of the same bytes."""
    h = s["h"]
    for printed, expect in ((stats_json, model.stats_json(s, path)), (viz_json, model.viz_json(s, path))):
        got = json.loads(printed)
        check_age(got["snapshot"].pop("age_s"), h["snapshot_ns"], t0, t1)
        assert got == expect
    for printed, expect in ((stats_text, model.stats_text(s)), (viz_text, model.viz_text(s))):
        m = AGE_RE.search(printed)
        assert m, printed
        check_age(float(m.group(2)), h["snapshot_ns"], t0, t1)
        assert printed[:m.start(2)] + model.AGE + printed[m.end(2):] == expect


def check_many(cases, idl_hash):
    """cases: [(label, bytes)]. Each outcome checked; returns (accepted, refused)."""
    t0 = time.time()
    results = dump_many([data for _, data in cases])
    t1 = time.time()
    accepted = refused = 0
    for (label, data), (code, msg, sj, vj, st, vt) in zip(cases, results):
        try:
            s = model.decode(data, PID, idl_hash)
        except model.Refused as why:
            assert code == BAD_FILE and msg, f"{label}: the model refuses it ({why}), the reader said {code}"
            refused += 1
            continue
        assert code == OK, f"{label}: the model accepts it, the reader refused it: {msg.decode(errors='replace')}"
        try:
            check_printed(s, f"dump/{PID}.stats", sj, vj, st, vt, t0, t1)
        except AssertionError as e:
            raise AssertionError(f"{label}: printed differs from the model: {e}") from None
        accepted += 1
    return accepted, refused


def test_every_field_broken_by_name(base, idl_hash):
    cases = []
    for where, name, off, fmt in layout_fields(base):
        for value in broken_values(base, off, fmt):
            cases.append((f"{where}.{name} = {value!r}", patched(base, off, fmt, value)))
    names = {f"{w}.{n}" for w, n, _, _ in layout_fields(base)}
    assert {"header.header_size", "header.handle_size", "header.region_size", "header.stats_size",
            "header.regions_offset", "header.handles_offset", "header.used_size", "region[1].handle_first",
            "handle[8].flags"} <= names
    accepted, refused = check_many(cases, idl_hash)
    print(f"{len(cases)} named breaks: {accepted} accepted and checked, {refused} refused")
    assert accepted > 100 and refused > 100  # both outcomes well exercised


def consistent_lies(base):
    """Corruptions that keep every sum and cross-reference consistent, so
    that only the bounds against the bytes present can catch them: more or
    fewer handle or region records claimed than there are, in the header and
    in the regions alike."""
    hdr = {n: (o, f) for n, o, f in model.HEADER_FIELDS}
    n_regions = struct.unpack_from("<Q", base, 104)[0]
    last = model.HEADER_SIZE + (n_regions - 1) * model.REGION_SIZE
    reg = {n: (last + o, f) for n, o, f in model.REGION_FIELDS}
    cases = []
    for delta in (1, -1, 2, 1000):
        d = bytearray(base)
        for off, fmt in (hdr["handle_count"], hdr["handle_total"], reg["handle_count"], reg["handle_total"],
                         reg["kind_live[2]"]):
            (v,) = struct.unpack_from(fmt, d, off)
            struct.pack_into(fmt, d, off, max(0, v + delta))
        cases.append((f"{delta:+} handle record(s) claimed everywhere", bytes(d)))
        cases.append((f"{delta:+} handle record(s) claimed everywhere, used_size to match",
                      patched(bytes(d), 40, "<Q", len(base) + delta * model.HANDLE_SIZE)))
    d = bytearray(base)
    struct.pack_into("<Q", d, 104, n_regions + 1)
    struct.pack_into("<Q", d, 136, struct.unpack_from("<Q", d, 136)[0] + model.REGION_SIZE)
    cases.append(("one more region claimed, the handles' offset moved to match", bytes(d)))
    return cases


def test_consistent_lies(base, idl_hash):
    accepted, refused = check_many(consistent_lies(base), idl_hash)
    assert (accepted, refused) == (0, 9)


def test_cut_at_every_length(base, idl_hash):
    accepted, refused = check_many([(f"cut at {n}", base[:n]) for n in range(len(base))], idl_hash)
    assert (accepted, refused) == (0, len(base))


def random_corruption(rng, base, fields):
    data = bytearray(base)
    if rng.random() < 0.5:  # bytes flipped anywhere
        for _ in range(rng.randint(1, 4)):
            data[rng.randrange(len(data))] ^= rng.randint(1, 255)
        return "flips", bytes(data)
    label = []
    for _ in range(rng.randint(1, 2)):  # a field set to a value that may still pass
        where, name, off, fmt = rng.choice(fields)
        values = broken_values(bytes(data), off, fmt)
        if not fmt.endswith("s"):
            bits = struct.calcsize(fmt) * 8
            v = rng.getrandbits(bits)
            values.append(v - (1 << bits) if fmt[-1] in "qih" and v >> (bits - 1) else v)
        value = rng.choice(values)
        data = bytearray(patched(bytes(data), off, fmt, value))
        label.append(f"{where}.{name}={value!r}")
    return ",".join(label), bytes(data)


def test_20000_random_corruptions_each_checked(base, idl_hash):
    rng = random.Random(20000)
    fields = layout_fields(base)
    cases = [random_corruption(rng, base, fields) for _ in range(20000)]
    accepted, refused = check_many(cases, idl_hash)
    print(f"20000 random corruptions: {accepted} accepted and checked, {refused} refused")
    assert accepted + refused == 20000 and accepted > 2000 and refused > 2000


# -- the real command, reading each named break from a file -------------------

def cli(*args, env):
    p = subprocess.run([CLI, *map(str, args)], capture_output=True, env=env, timeout=120)
    return p.returncode, p.stdout, p.stderr.decode(errors="replace")


def test_the_command_on_each_named_break(base, idl_hash, stats_dir):
    """Through `weaveheap stats PID` and `viz PID` (JSON and text) from a
    file: the file-reading rules too (an odd sequence number is a snapshot
    being written, the header's size is what is read, a stale snapshot is
    removed)."""
    env = dict(os.environ, WEAVEHEAP_STATS_DIR=str(stats_dir))
    path = stats_dir / f"{PID}.stats"
    seen = {"accepted": 0, "refused": 0, "stale": 0}
    for where, name, off, fmt in layout_fields(base):
        if where not in ("header", "region[0]", "handle[0]", "handle[5]"):
            continue  # the other records have the same fields
        values = broken_values(base, off, fmt)
        for value in values[:1] + values[-1:]:
            data = patched(base, off, fmt, value)
            label = f"{where}.{name} = {value!r}"
            outs = []
            t0 = time.time()
            for args in (["stats", PID, "--json"], ["viz", PID, "--json"], ["stats", PID], ["viz", PID]):
                path.write_bytes(data)
                path.chmod(0o600)
                outs.append(cli(*args, env=env))
            t1 = time.time()
            try:
                s = model.read_file(data, PID, idl_hash)
            except model.Refused as why:
                for code, out, err in outs:
                    assert code == BAD_FILE and out == b"" and err, f"{label}: refused ({why}), got {code}: {err}"
                seen["refused"] += 1
                continue
            if s["status"] == "stale":
                for code, out, err in outs:
                    assert code == NOT_FOUND and "removed the stale file" in err and out == b"", (label, code, err)
                assert not path.exists()
                seen["stale"] += 1
                continue
            assert [o[0] for o in outs] == [OK] * 4, (label, [o[2] for o in outs])
            try:
                check_printed(s, str(path), *(o[1] for o in outs), t0, t1)
            except AssertionError as e:
                raise AssertionError(f"{label}: printed differs from the model: {e}") from None
            seen["accepted"] += 1
    print(seen)
    assert seen["accepted"] > 20 and seen["refused"] > 20 and seen["stale"] >= 1
