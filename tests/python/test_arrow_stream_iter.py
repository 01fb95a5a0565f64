"""`for batch in stream`: a BatchStream iterates over its record batches as
pyarrow RecordBatches, through the core's Arrow C Stream export (the same
addresses, the copy counter unmoved), holding the stream while the iterator
lives and each batch while its RecordBatch does."""
import gc
import struct

import pytest

import weaveheap
from weaveheap import ElementType
from conftest import core_address

pa = pytest.importorskip("pyarrow")



def stream_of(region, batches, rows):
    st = region.batch_stream(batches)
    held = []
    for k in range(batches):
        x = region.vector(ElementType.INT64, rows)
        x.extend(struct.pack(f"={rows}q", *range(k * rows, (k + 1) * rows)))
        b = region.batch(1)
        b.add_column("x", x)
        st.add_batch(b)
        held.append((b, x))
    return st, held


def test_for_batch_in_stream_reads_in_place(region):
    st, held = stream_of(region, 3, 100)
    copies = weaveheap.stats().copies
    got = []
    for batch in st:
        assert isinstance(batch, pa.RecordBatch)
        got.append(batch)
    assert [b.num_rows for b in got] == [100, 100, 100]
    assert [b.column("x")[99].as_py() for b in got] == [99, 199, 299]
    assert [b.column("x").buffers()[1].address for b in got] == [core_address(x) for _, x in held]
    assert weaveheap.stats().copies == copies
    with pytest.raises(weaveheap.BorrowError):
        held[0][0].close()  # the RecordBatch still holds its batch
    del got, batch
    gc.collect()
    st.close()
    for b, _ in held:
        b.close()
    assert region.stats().borrows_active == 0
    region.reset()


def test_an_iterator_holds_the_stream_until_it_goes(region):
    st, held = stream_of(region, 2, 10)
    it = iter(st)
    first = next(it)
    assert first.num_rows == 10
    with pytest.raises(weaveheap.BorrowError):
        st.close()
    with pytest.raises(weaveheap.BorrowError):
        region.reset()
    del it, first
    gc.collect()
    st.close()
    for b, _ in held:
        b.close()
    region.reset()
    st, held = stream_of(region, 1, 5)
    assert [b.num_rows for b in st] == [5]
    assert [b.num_rows for b in st] == [5]  # a list of batches is read again by each iterator
    gc.collect()
    st.close()
    held[0][0].close()


def test_iterating_refusals_raise_the_core_errors(region):
    empty = region.batch_stream(1)
    with pytest.raises(weaveheap.InvalidArgumentError, match="no batch"):
        iter(empty)
    empty.close()
    with pytest.raises(weaveheap.StaleHandleError):
        iter(empty)
