package dev.weaveheap.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.junit.jupiter.api.function.Executable;

import dev.weaveheap.WeaveHeap;

/**
 * What the generated MisuseMatrixTest checks with. It keeps every object a
 * case makes reachable until the case ends (the Cleaner must not release one
 * while the counters are compared) and closes the case's regions afterwards.
 */
final class MisuseSupport implements AutoCloseable {
    private final LongFunction<WeaveHeap.Region> maker;
    private final Supplier<? extends Record> stats;
    private final List<Object> kept = new ArrayList<>();
    private final List<WeaveHeap.Region> regions = new ArrayList<>();

    /**
     * @param maker makes a region with a byte limit (0: none)
     * @param stats reads the process-wide counters
     */
    MisuseSupport(LongFunction<WeaveHeap.Region> maker, Supplier<? extends Record> stats) {
        this.maker = maker;
        this.stats = stats;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    WeaveHeap.Region region(long byteLimit) {
        WeaveHeap.Region r = maker.apply(byteLimit);
        regions.add(r);
        return r;
    }

    <T> T keep(T object) {
        kept.add(object);
        return object;
    }

    Record stats() {
        return stats.get();
    }

    /** Copies of the objects' bytes, through views (the core counts no copy). */
    byte[][] remember(WeaveHeap.Memory... objects) {
        byte[][] out = new byte[objects.length][];
        for (int i = 0; i < objects.length; i++) {
            try (WeaveHeap.View v = objects[i].view()) {
                out[i] = v.toByteArray();
            }
        }
        return out;
    }

    void unchanged(byte[][] before, WeaveHeap.Memory... objects) {
        byte[][] after = remember(objects);
        for (int i = 0; i < objects.length; i++) {
            assertEquals(new String(before[i], StandardCharsets.ISO_8859_1), new String(after[i], StandardCharsets.ISO_8859_1),
                "the bytes of object " + i + " changed");
        }
    }

    /**
     * The call must throw exactly `type` with a message (naming nullParam when
     * it is not empty), and the process-wide counters must be those of
     * `before` but for `counter` (a component of the stats record; "" for
     * none), which moved by one.
     */
    void expectMisuse(Class<? extends WeaveHeap.WeaveHeapException> type, Record before, String counter,
                      String nullParam, Executable call) throws Exception {
        WeaveHeap.WeaveHeapException e = assertThrows(WeaveHeap.WeaveHeapException.class, call);
        Record after = stats.get();
        assertEquals(type, e.getClass(), "the exception's class: " + e);
        assertTrue(e.getMessage() != null && !e.getMessage().isEmpty(), "no message: " + e);
        if (!nullParam.isEmpty()) {
            assertTrue(e.getMessage().contains("'" + nullParam + "'"), "the message does not name '" + nullParam + "': " + e);
        }
        boolean found = counter.isEmpty();
        for (RecordComponent c : before.getClass().getRecordComponents()) {
            long b = (long) c.getAccessor().invoke(before);
            long a = (long) c.getAccessor().invoke(after);
            boolean moves = c.getName().equals(counter);
            found |= moves;
            assertEquals(moves ? b + 1 : b, a, c.getName() + ": " + b + " -> " + a);
        }
        assertTrue(found, "no counter " + counter);
        assertFalse(e instanceof WeaveHeap.WeaveHeapException && e.code() == 0, "an error with code 0");
    }

    /** Closes the case's regions (a no-op for those the case closed). */
    @Override
    public void close() {
        for (int i = regions.size() - 1; i >= 0; i--) {
            regions.get(i).close();
        }
        kept.clear();
    }
}
