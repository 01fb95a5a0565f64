"""Writes the seed corpus of the batch validator harness (batch_fuzz.c):
well-formed columns of each kind, and a few with one fault each."""
import struct
import sys
from pathlib import Path

FORMATS = ["c", "s", "i", "l", "C", "S", "I", "L", "f", "g", "b", "u", "z", "x", "+s", ""]


def column(fmt, flags, validity_size, values_words, data_size, null=0, length_delta=0):
    """The 8 header bytes of one column (scale 1)."""
    return bytes([FORMATS.index(fmt), length_delta, null, flags, validity_size * 4, values_words, data_size, 0])


def seed(rows, cols, buffers):
    return bytes([len(cols) - 1, rows, 0]) + b"".join(cols) + b"".join(buffers)


def offsets(*xs):
    return struct.pack(f"={len(xs)}i", *xs)


SEEDS = {
    # utf8, 3 rows, nullable (row 1 null): validity, offsets (4 words), data
    "utf8": seed(3, [column("u", 1, 1, 4, 5, null=1)], [b"\x05", offsets(0, 2, 2, 5), b"ab\xc3\xa9d"]),
    "binary": seed(2, [column("z", 0, 0, 3, 3)], [offsets(0, 1, 3), b"\x00\xff\xfe"]),
    "int32": seed(4, [column("i", 0, 0, 4, 0)], [struct.pack("=4i", 1, 2, 3, 4), b""]),
    "two": seed(2, [column("l", 1, 1, 4, 0, null=1), column("u", 0, 0, 3, 2)],
                [b"\x01", bytes(16), b"", offsets(0, 1, 2), b"xy"]),
    "bad_utf8": seed(2, [column("u", 0, 0, 3, 2)], [offsets(0, 1, 2), b"a\xc3"]),
    "bad_offsets": seed(2, [column("z", 0, 0, 3, 4)], [offsets(0, 3, 1), b"abcd"]),
    "bad_nulls": seed(3, [column("c", 1, 1, 1, 0, null=2)], [b"\x07", b"abc\x00"]),
}

out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / "corpus" / "batch")
out.mkdir(parents=True, exist_ok=True)
for name, data in SEEDS.items():
    (out / name).write_bytes(data)
