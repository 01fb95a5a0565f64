package dev.weaveheap.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

import dev.weaveheap.WeaveHeap.Access;
import dev.weaveheap.WeaveHeap.ArrowExport;
import dev.weaveheap.WeaveHeap.ArrowStreamExport;
import dev.weaveheap.WeaveHeap.Batch;
import dev.weaveheap.WeaveHeap.BatchStream;
import dev.weaveheap.WeaveHeap.BorrowConflictException;
import dev.weaveheap.WeaveHeap.BorrowException;
import dev.weaveheap.WeaveHeap.ElementType;
import dev.weaveheap.WeaveHeap.InvalidArgumentException;
import dev.weaveheap.WeaveHeap.Region;
import dev.weaveheap.WeaveHeap.StaleHandleException;
import dev.weaveheap.WeaveHeap.Vector;
import dev.weaveheap.WeaveHeap.View;
import dev.weaveheap.WeaveHeap.WrongKindException;

/**
 * Raw Arrow C Data / C Stream addresses (exportArrow, exportArrowStream, the
 * stream's Iterable): the structs are read at the addresses through the
 * spec's layout alone (TestJni reads memory from C, as arrow-java's
 * ArrowArray.wrap would), against the core's own addresses and counters.
 */
class ArrowExportTest {
    // struct ArrowArray's fields (the spec's layout on a 64-bit machine)
    private static final int LENGTH = 0;
    private static final int NULL_COUNT = 8;
    private static final int N_BUFFERS = 24;
    private static final int N_CHILDREN = 32;
    private static final int BUFFERS = 40;
    private static final int CHILDREN = 48;
    private static final int ARRAY_RELEASE = 64;
    // struct ArrowSchema's
    private static final int FORMAT = 0;
    private static final int NAME = 8;
    private static final int SCHEMA_CHILDREN = 40;

    private static long field(long struct, int offset) {
        return TestJni.peekLong(struct + offset);
    }

    private static long item(long array, int index) {
        return TestJni.peekLong(array + 8L * index);
    }

    private static Vector int64s(Region r, long... values) {
        Vector v = r.vector(ElementType.INT64, values.length + 2, true);
        for (long x : values) {
            v.append(x);
        }
        return v;
    }

    private static long coreAddress(Vector v) {
        try (View view = v.view()) {
            return view.address();
        }
    }

    @Test
    void aVectorsStructsAreItsMemoryWithoutACopy() {
        try (Region r = new Region()) {
            Vector v = int64s(r, 5, 6, 7);
            v.appendNull();
            long copies = r.stats().copies();
            long active = r.stats().borrowsActive();
            ArrowExport e = v.exportArrow();
            assertEquals("l", TestJni.peekString(field(e.schemaAddress(), FORMAT)));
            long a = e.arrayAddress();
            assertEquals(4, field(a, LENGTH));
            assertEquals(1, field(a, NULL_COUNT));
            assertEquals(2, field(a, N_BUFFERS));
            long buffers = field(a, BUFFERS);
            assertNotEquals(0, item(buffers, 0), "a nullable vector exports its bitmap");
            assertEquals(coreAddress(v), item(buffers, 1), "the values are the vector's memory");
            assertEquals(7, TestJni.peekLong(item(buffers, 1) + 16));
            assertEquals(copies, r.stats().copies(), "no copy");
            assertEquals(active + 1, r.stats().borrowsActive());
            // the borrow is held until close
            assertThrows(BorrowException.class, v::close);
            assertThrows(BorrowException.class, () -> v.append(1));
            assertThrows(BorrowException.class, r::reset);
            e.close();
            assertTrue(e.closed());
            assertEquals(active, r.stats().borrowsActive());
            e.close();                                         // a second close does nothing
            assertEquals(active, r.stats().borrowsActive());
            assertThrows(StaleHandleException.class, e::arrayAddress);
            assertThrows(StaleHandleException.class, e::schemaAddress);
            v.append(8);
            v.close();
        }
    }

    @Test
    void anImporterMovesTheArrayAndItsReleaseGivesTheBorrowBack() {
        try (Region r = new Region()) {
            Vector v = int64s(r, 1, 2);
            try (ArrowExport e = v.exportArrow()) {
                long moved = TestJni.moveArray(e.arrayAddress());
                assertEquals(0, field(e.arrayAddress(), ARRAY_RELEASE), "the source is marked released");
                assertThrows(BorrowException.class, v::close);
                TestJni.releaseMoved(moved);                   // the consumer's release
                v.append(3);                                   // no borrow left
            }
            assertEquals(0, r.stats().borrowsActive());
            v.close();
        }
    }

    @Test
    void aBatchIsAStructArrayOfItsColumns() {
        try (Region r = new Region()) {
            Vector x = int64s(r, 1, 2, 3);
            Vector y = int64s(r, 4, 5, 6);
            Batch b = r.batch(2);
            b.addColumn("x".getBytes(StandardCharsets.UTF_8), x);
            b.addColumn("y".getBytes(StandardCharsets.UTF_8), y);
            try (ArrowExport e = b.exportArrow()) {
                long s = e.schemaAddress();
                assertEquals("+s", TestJni.peekString(field(s, FORMAT)));
                assertEquals("y", TestJni.peekString(field(item(field(s, SCHEMA_CHILDREN), 1), NAME)));
                long a = e.arrayAddress();
                assertEquals(3, field(a, LENGTH));
                assertEquals(2, field(a, N_CHILDREN));
                long children = field(a, CHILDREN);
                assertEquals(coreAddress(x), item(field(item(children, 0), BUFFERS), 1));
                assertEquals(coreAddress(y), item(field(item(children, 1), BUFFERS), 1));
                assertThrows(BorrowException.class, b::close);
            }
            b.close();
        }
    }

    @Test
    void theStreamIsAnIterableOfItsBatchesThenEnds() {
        try (Region r = new Region()) {
            BatchStream st = r.batchStream(4);
            List<Vector> columns = new ArrayList<>();
            List<Batch> batches = new ArrayList<>();
            for (long[] values : new long[][] {{1, 2}, {3, 4, 5}, {6}}) {
                Vector c = int64s(r, values);
                Batch b = r.batch(1);
                b.addColumn("x".getBytes(StandardCharsets.UTF_8), c);
                st.addBatch(b);
                columns.add(c);
                batches.add(b);
            }
            long copies = r.stats().copies();
            List<Long> lengths = new ArrayList<>();
            try (ArrowStreamExport s = st.exportArrowStream()) {
                assertNotEquals(0, s.streamAddress());
                assertThrows(BorrowException.class, st::close);
                for (ArrowExport batch : s) {
                    try (batch) {
                        long a = batch.arrayAddress();
                        long child = item(field(a, CHILDREN), 0);
                        assertEquals(coreAddress(columns.get(lengths.size())), item(field(child, BUFFERS), 1));
                        lengths.add(field(a, LENGTH));
                    }
                }
                assertEquals(List.of(2L, 3L, 1L), lengths);
                assertNull(s.next(), "the end, again");
                assertFalse(s.iterator().hasNext());
                assertThrows(NoSuchElementException.class, () -> s.iterator().next());
                assertEquals(copies, r.stats().copies());
            }
            ArrowStreamExport s = st.exportArrowStream();
            s.close();
            s.close();                                         // a second close does nothing
            assertThrows(StaleHandleException.class, s::next);
            assertThrows(StaleHandleException.class, s::streamAddress);
            st.close();
            for (Batch b : batches) {
                b.close();
            }
        }
    }

    @Test
    void aBatchHandedOutOutlivesTheStreamExport() {
        try (Region r = new Region()) {
            BatchStream st = r.batchStream(1);
            Batch b = r.batch(1);
            b.addColumn("x".getBytes(StandardCharsets.UTF_8), int64s(r, 9));
            st.addBatch(b);
            ArrowExport batch;
            try (ArrowStreamExport s = st.exportArrowStream()) {
                batch = s.next();
            }
            st.close();
            assertThrows(BorrowException.class, b::close, "the exported array holds its batch");
            batch.close();
            b.close();
        }
    }

    @Test
    void misuseIsTypedAndChangesNothing() {
        try (Region r = new Region()) {
            Vector v = int64s(r, 1);
            View unique = v.view(Access.UNIQUE);
            long active = r.stats().borrowsActive();
            assertThrows(BorrowConflictException.class, v::exportArrow);
            assertEquals(active, r.stats().borrowsActive(), "a refused export holds nothing");
            unique.close();
            BatchStream empty = r.batchStream(1);
            assertThrows(InvalidArgumentException.class, empty::exportArrowStream, "a stream without a batch");
            assertThrows(WrongKindException.class, () -> Vector.fromHandle(empty.handle()).exportArrow());
            v.close();
            assertThrows(StaleHandleException.class, v::exportArrow);
            assertEquals(0, r.stats().borrowsActive());
            empty.close();
        }
    }
}
