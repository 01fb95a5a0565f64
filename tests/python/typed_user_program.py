"""A user program written from docs/python.md, checked by `mypy --strict`
against the package's stubs (ctest python_mypy_strict) and run (ctest
python_typed_user_program): the stubs must accept what the docs teach,
numpy's and the standard library's stubs included."""
import numpy as np

import weaveheap


def checksum(data: memoryview) -> int:
    return sum(data.tobytes()) & 0xFFFF


def main() -> int:
    with weaveheap.Region(chunk_size=1 << 20, thread_safe=False) as region:   # close() on exit
        buf: weaveheap.Buffer = region.alloc(1 << 20, align=64)                 # a Buffer, zeroed
        with buf.view(writable=True) as mv:                                     # the unique borrow: writable
            mv[:5] = b"hello"
        with memoryview(buf) as mv:                                             # a shared borrow: read-only
            assert bytes(mv[:5]) == b"hello"
            total = checksum(mv)
        arr = np.from_dlpack(buf)                                               # shares the memory, read-only
        assert int(arr[0]) == ord("h")
        del arr                                                                 # the deleter releases the borrow
        floats = np.from_dlpack(buf.view_as("float32", writable=True))         # a writable DLPack view
        floats[1:3] = 1.5
        del floats
        buf.write(0, np.arange(4, dtype=np.uint8))                              # any buffer in
        buf.write(4, b"abc")
        buf.write(8, "text")                                                    # str: as UTF-8
        out = bytearray(8)
        buf.read(0, out)                                                        # a writable buffer out
        s = region.string("zürich")
        b = region.bytes(memoryview(b"raw"))
        text: str = s.dup()
        raw: bytes = b.dup()
        kind: weaveheap.HandleKind = weaveheap.handle_kind_of(s)
        assert kind is weaveheap.HandleKind.STRING and text == "zürich" and raw == b"raw"
        with s.view() as sv:
            view = sv.obj                                                       # what holds the borrow
            assert isinstance(view, weaveheap.View)                             # (typeshed: a Buffer)
            address: int = view.data                                            # the core's address
            assert address != 0 and view.length == len(text.encode())
        view.close()                                                            # ends the borrow now
        with memoryview(buf):
            try:
                region.reset()                                                  # refused while viewed
            except weaveheap.BorrowError as e:
                code: int = e.code
                print("refused:", code, e.message)
        try:
            region.alloc(-1)
        except weaveheap.InvalidArgumentError as e:
            assert e.message.startswith("size: ")
        stats: weaveheap.Stats = region.stats()
        counters: dict[str, object] = stats.as_dict()
        assert counters["allocations"] == stats.allocations
        adopted = weaveheap.Buffer.from_handle(buf.handle, owned=False)
        assert adopted.size() == buf.size()
        buf.close()
        buf.close()                                                             # a no-op, as for files
        print("checksum", total, "copies", weaveheap.stats().copies, "kind", kind.name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
