"""What the runtime refuses, the stubs refuse too: every line below carries
the error mypy must report, and `mypy --strict` (which warns about an
ignore that is not needed) fails when a stub lets one of them through.
Type-checked by ctest python_mypy_strict, never run."""
import weaveheap


def refused(region: weaveheap.Region, buf: weaveheap.Buffer) -> None:
    weaveheap.Buffer()  # type: ignore[call-arg]
    weaveheap.Bytes()  # type: ignore[call-arg]
    weaveheap.String()  # type: ignore[call-arg]
    weaveheap.View()  # type: ignore[call-arg]
    weaveheap.Exporter()  # type: ignore[call-arg]
    region.alloc("8")  # type: ignore[arg-type]
    region.alloc(8, alignment=16)  # type: ignore[call-arg]
    buf.write(0, 5)  # type: ignore[arg-type]
    buf.read(0, "text")  # type: ignore[arg-type]
    weaveheap.handle_kind_of("region")  # type: ignore[arg-type]
    weaveheap.SystemError  # type: ignore[attr-defined]
    buf.close(True)  # type: ignore[call-arg]
