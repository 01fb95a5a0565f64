#!/usr/bin/env python3
"""Writes the seed corpus of the API harness (tests/fuzz/corpus/api/), each
seed a short script in the harness's byte language (tests/fuzz/api_fuzz.c,
LLVMFuzzerTestOneInput): one seed per area, so that libFuzzer starts from
inputs that reach every operation. Run it again after changing how the
harness reads its input."""
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus", "api")


def u16(v):
    return struct.pack("<H", v & 0xFFFF)


def u64(v):
    return struct.pack("<Q", v & 0xFFFFFFFFFFFFFFFF)


# op numbers: the harness's switch (u8 % 19)
def region(slot, chunk=0, limit=0, thread_safe=False):
    # chunk index: 0 default, 1 256, 2 1024, 3 4096, 4 65536, 5..7 invalid
    return bytes([0, slot, chunk | limit << 3 | (thread_safe << 6)])


def reset(slot):
    return bytes([2, 1, slot])


def destroy(slot):
    return bytes([3, 1, slot])


def size_bytes(size):
    """The harness's pick_size: c % 8 == 3 reads size % 4097 from a u16; c == 5
    reads 30000 + u16 % 40000 (the sizes of chunks of their own)."""
    if size <= 4096:
        return bytes([3]) + u16(size)
    assert 30000 <= size < 70000
    return bytes([5]) + u16(size - 30000)


def buffer(slot, size, align_log=4):
    return bytes([4, 1, slot]) + size_bytes(size) + bytes([align_log, 1])


def small_buffer(slot, size):
    return bytes([4, 1, slot, (size % 32) * 8, 4, 1])  # c % 8 == 0: size c / 8


def bytes_object(slot, data, string=False):
    return bytes([7 if string else 6, 1, slot]) + size_bytes(len(data)) + bytes([2]) + data


def release(obj, kind=2):
    return bytes([8, 1, obj, kind - 2])


def write(obj, offset, data):
    return bytes([10, 1, obj, 1]) + u16(offset) + bytes([1]) + u16(len(data)) + bytes([1]) + data


def read(obj, offset, n):
    return bytes([11, 1, obj, 1]) + u16(offset) + u16(n) + bytes([1])


def size(obj, kind=2):
    return bytes([12, 1, obj, kind - 2, kind - 2])


def dup(obj, string=False):
    return bytes([12, 1, obj, 5 if string else 3, 1])


def borrow(obj, unique=False):
    return bytes([13, 1, obj, 1 if unique else 2])


def unborrow(token):
    return bytes([15, token, 1])


def write_view(token, at, data):
    return bytes([16, token]) + u16(at) + bytes([len(data)]) + data


def kind_of_forged(h):
    return bytes([17, 5]) + u64(h)


def kind_of_flipped(obj, bit):
    return bytes([17, 6, obj, 0, bit])


def stats(slot):
    return bytes([18, 2, slot])


def counting(on):
    return bytes([18, 16 if on else 0])


SEEDS = {
    "regions": region(0) + region(1, 1, 0, True) + region(2, 5) + stats(0) + stats(1) + reset(0) + destroy(1)
    + destroy(1) + destroy(0),
    "buffers": region(0) + small_buffer(0, 32) + buffer(0, 3000, 6) + write(0, 4, b"hello")
    + read(0, 0, 16) + size(0) + write(1, 2990, b"0123456789ABC") + read(1, 2990, 10) + release(0) + release(1)
    + release(1),
    "bytes_strings": region(0, 3) + bytes_object(0, b"some bytes\x00\xff") + bytes_object(0, "caf\u00e9 \u20ac".encode(), True)
    + bytes_object(0, b"bad \xed\xa0\x80", True) + dup(0) + dup(1, True) + size(0, 3) + size(1, 4) + release(0, 3)
    + release(1, 4),
    "borrows": region(0) + small_buffer(0, 48) + borrow(0, True) + write_view(0, 3, b"xyz") + borrow(0)
    + unborrow(0) + borrow(0) + borrow(0) + read(0, 0, 8) + write(0, 0, b"no") + release(0) + reset(0)
    + unborrow(1) + unborrow(2) + unborrow(1) + release(0),
    # the byte limit's case from issue 10: 64 KiB chunks, limit 50000, 40000 bytes
    # allocated and released again and again
    "limit": region(0, 4, 4) + buffer(0, 40000) + release(0) + buffer(0, 40000) + release(0)
    + buffer(0, 40000) + buffer(0, 30000) + small_buffer(0, 24) + release(0) + buffer(0, 40000) + reset(0)
    + buffer(0, 49000),
    "own_chunks": region(0, 3) + buffer(0, 3000) + small_buffer(0, 8) + buffer(0, 2500) + release(0)
    + release(2) + bytes_object(0, bytes(range(256)) * 12) + release(3, 3),
    "stale": region(0) + small_buffer(0, 8) + release(0) + size(0) + region(1) + small_buffer(1, 8)
    + destroy(1) + kind_of_forged(0x2000FFFF00010001) + kind_of_forged(0) + kind_of_flipped(0, 17)
    + kind_of_flipped(0, 61),
    "counting": region(0, 0, 0, True) + counting(False) + small_buffer(0, 16) + write(0, 0, b"abc")
    + counting(True) + read(0, 0, 3) + borrow(0) + unborrow(0) + stats(0),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, data in SEEDS.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
    print(f"{len(SEEDS)} seeds in {OUT}")


if __name__ == "__main__":
    main()
