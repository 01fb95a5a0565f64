package dev.weaveheap.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.weaveheap.WeaveHeap.ArrowExport;
import dev.weaveheap.WeaveHeap.Batch;
import dev.weaveheap.WeaveHeap.BorrowException;
import dev.weaveheap.WeaveHeap.ElementType;
import dev.weaveheap.WeaveHeap.InvalidArgumentException;
import dev.weaveheap.WeaveHeap.ListVector;
import dev.weaveheap.WeaveHeap.OutOfRangeException;
import dev.weaveheap.WeaveHeap.Region;
import dev.weaveheap.WeaveHeap.VarVector;
import dev.weaveheap.WeaveHeap.Vector;

/**
 * A map&lt;utf8,int64&gt; column (listVector with map) from Java: two entries
 * per value appended in list_vector.append's encoding (docs/arrow.md), a key
 * looked up, its value read from the value column, the column exported as
 * Arrow's "+m".
 */
class MapLookupTest {
    private static byte[] key(String k) {
        return k.getBytes(StandardCharsets.UTF_8);
    }

    /** A u32 count, then each entry as a struct value: tag 1, the key (tag, u32 length, bytes), the value (tag, i64). */
    private static byte[] mapValue(Object... keysAndValues) {
        ByteBuffer b = ByteBuffer.allocate(256).order(ByteOrder.nativeOrder());
        b.putInt(keysAndValues.length / 2);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            byte[] k = key((String) keysAndValues[i]);
            b.put((byte) 1).put((byte) 1).putInt(k.length).put(k);
            b.put((byte) 1).putLong((Long) keysAndValues[i + 1]);
        }
        byte[] out = new byte[b.position()];
        b.flip().get(out);
        return out;
    }

    @Test
    void appendLookupAndRead() {
        try (Region r = new Region()) {
            VarVector keys = r.varVector(8, 64);
            Vector values = r.vector(ElementType.INT64, 8);
            Batch entries = r.batch(2);
            entries.addColumn(key("key"), keys);
            entries.addColumn(key("value"), values);
            ListVector m = r.listVector(entries, 4, false, true);
            assertTrue(m.isMap());
            m.append(mapValue("a", 1L, "b", 2L));
            m.append(mapValue("c", 3L, "a", 4L));
            assertEquals(2, m.length());
            assertEquals(1, m.lookup(0, key("b")));
            assertEquals(2, values.get(m.lookup(0, key("b"))));
            assertEquals(4, values.get(m.lookup(1, key("a"))));
            assertEquals(1, values.get(m.lookup(0, key("a"))));
            assertEquals(-1, m.lookup(1, key("b")), "a missing key");
            assertThrows(OutOfRangeException.class, () -> m.lookup(2, key("a")));
            assertThrows(InvalidArgumentException.class, () -> m.append(new byte[] {1, 0}));
            assertEquals(2, m.length(), "a refused value adds nothing");
            try (ArrowExport e = m.exportArrow()) {
                assertEquals("+m", TestJni.peekString(TestJni.peekLong(e.schemaAddress())));
                assertEquals(2, TestJni.peekLong(e.arrayAddress()));
                assertThrows(BorrowException.class, m::close);
            }
            m.close();
            entries.close();
        }
    }
}
