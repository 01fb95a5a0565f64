package dev.weaveheap.test;

import static dev.weaveheap.test.Support.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;

import org.junit.jupiter.api.Test;

import dev.weaveheap.WeaveHeap;
import dev.weaveheap.WeaveHeap.Access;
import dev.weaveheap.WeaveHeap.Buffer;
import dev.weaveheap.WeaveHeap.Bytes;
import dev.weaveheap.WeaveHeap.InvalidArgumentException;
import dev.weaveheap.WeaveHeap.OutOfRangeException;
import dev.weaveheap.WeaveHeap.Region;
import dev.weaveheap.WeaveHeap.StaleHandleException;
import dev.weaveheap.WeaveHeap.View;
import dev.weaveheap.WeaveHeap.WeaveHeapString;

/**
 * Views are the core's memory itself, proven by addresses (the JVM's own
 * GetDirectBufferAddress of each view's ByteBuffer against the address the
 * core gave, and against another view's), by bytes written from C through
 * that address after the view was taken and read through it, and the
 * reverse, with the core's copy counter unmoved.
 */
class ViewTest {
    @Test
    void aViewIsTheCoresMemory() {
        try (Region r = new Region(); Buffer b = r.alloc(1 << 16)) {
            b.write(100, new byte[] {42, 43});           // a C copy: counted once
            long copies = r.stats().copies();
            try (View v = b.view(); View w = b.view()) {
                long core = v.address();
                assertNotEquals(0L, core);
                assertEquals(core, TestJni.directAddress(v.unsafeBuffer()), "the ByteBuffer is not at the core's address");
                assertEquals(core, w.address(), "two views of one object at two addresses");
                assertEquals(core, TestJni.directAddress(w.unsafeBuffer()), "the second ByteBuffer is elsewhere: a copy");
                assertEquals(42, v.get(100));
                // written from C through the second view's address, after both were taken
                TestJni.poke(TestJni.directAddress(w.unsafeBuffer()) + 4097, (byte) 0x5a);
                assertEquals(0x5a, v.get(4097), "the first view does not see a write through the second");
                assertEquals(0x5a, v.unsafeBuffer().get(4097));
                assertTrue(v.unsafeBuffer().isDirect() && v.unsafeBuffer().isReadOnly());
                assertEquals(copies, r.stats().copies(), "taking and reading views copies nothing");
            }
            try (View u = b.view(Access.UNIQUE)) {
                long core = u.address();
                assertEquals(core, TestJni.directAddress(u.unsafeBuffer()));
                for (int i = 0; i < 4096; i++) {
                    u.put(i, (byte) (i * 7));
                }
                u.putLong(8000, 0x0102030405060708L);
                // read from C through the core's address while the view is open
                for (int i : new int[] {0, 1, 99, 4095}) {
                    assertEquals((byte) (i * 7), TestJni.peek(core + i), "byte " + i);
                }
                assertEquals(copies, r.stats().copies(), "writing through the view copies nothing");
            }
            byte[] out = new byte[4096];
            b.read(0, out);                                   // a C copy: counted once
            for (int i = 0; i < 4096; i++) {
                assertEquals((byte) (i * 7), out[i], "byte " + i);
            }
            assertEquals(copies + 1, r.stats().copies());
            try (View s = b.view()) {
                assertEquals(0x0102030405060708L, s.getLong(8000), "a unique view's write is in the object");
            }
        }
    }

    @Test
    void stringsAndBytesAreInPlaceAndReadOnly() {
        try (Region r = new Region()) {
            Bytes y = r.bytes(new byte[] {1, 2, 3});
            WeaveHeapString s = r.string(utf8("héllo"));
            long copies = r.stats().copies();
            try (View v = y.view(Access.UNIQUE)) {
                assertFalse(v.writable());
                assertTrue(v.unsafeBuffer().isReadOnly());
                assertArrayEquals(new byte[] {1, 2, 3}, v.toByteArray());
                assertThrows(InvalidArgumentException.class, () -> v.put(0, (byte) 9), "a view of bytes is read-only");
                assertThrows(ReadOnlyBufferException.class, () -> v.unsafeBuffer().put(0, (byte) 9));
            }
            try (View v = s.view()) {
                assertEquals(utf8("héllo").length, v.length(), "a string's view excludes the NUL");
                assertArrayEquals(utf8("héllo"), v.toByteArray());
                assertEquals(0, TestJni.peek(v.address() + v.length()), "the core's NUL follows the view: in place");
            }
            assertEquals(copies, r.stats().copies());
            Bytes empty = r.bytes(new byte[0]);
            try (View v = empty.view()) {
                assertEquals(0, v.length());
                assertEquals(0, v.toByteArray().length);
            }
        }
    }

    /** A view used after its close, its object's close and its region's close is an error, never a crash (issue 10, item 3). */
    @Test
    void aClosedViewIsAnErrorNotACrash() {
        Region r = new Region();
        Buffer b = r.alloc(1 << 20);                  // a chunk of its own: freed when the region goes
        View v = b.view(Access.UNIQUE);
        v.put(5, (byte) 1);
        assertThrows(WeaveHeap.BorrowException.class, r::close);
        v.close();
        b.close();
        r.close();
        assertThrows(StaleHandleException.class, () -> v.get(5));
        assertThrows(StaleHandleException.class, () -> v.put(5, (byte) 2));
        assertThrows(StaleHandleException.class, () -> v.get(0, new byte[8]));
        assertThrows(StaleHandleException.class, () -> v.getLong(0));
        assertThrows(StaleHandleException.class, v::toByteArray);
        assertThrows(StaleHandleException.class, v::unsafeBuffer);
        v.close();                                    // a second close does nothing
        assertTrue(v.isClosed());
        assertThrows(StaleHandleException.class, b::view, "a closed buffer is not viewed");
    }

    @Test
    void accessorsCheckBoundsAndArguments() {
        try (Region r = new Region(); Buffer b = r.alloc(16)) {
            try (View u = b.view(Access.UNIQUE)) {
                assertThrows(OutOfRangeException.class, () -> u.get(16));
                assertThrows(OutOfRangeException.class, () -> u.get(-1));
                assertThrows(OutOfRangeException.class, () -> u.getLong(9));
                assertThrows(OutOfRangeException.class, () -> u.put(12, new byte[5]));
                assertThrows(OutOfRangeException.class, () -> u.get(0, new byte[4], 2, 3));
                assertThrows(InvalidArgumentException.class, () -> u.get(0, null));
                assertThrows(InvalidArgumentException.class, () -> u.put(0, (byte[]) null));
                u.put(11, new byte[] {1, 2, 3, 4, 5});
                byte[] got = new byte[5];
                u.get(11, got);
                assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, got);
            }
            assertThrows(InvalidArgumentException.class, () -> b.view(null));
            assertEquals(0, r.stats().borrowsActive(), "refused calls left no borrow");
            try (View v = b.view()) {
                assertThrows(InvalidArgumentException.class, () -> v.put(0, (byte) 1), "a shared view is read-only");
                ByteBuffer bb = v.unsafeBuffer();
                assertThrows(ReadOnlyBufferException.class, () -> bb.put(0, (byte) 1));
            }
        }
    }

    @Test
    void tooLargeForAByteBufferLeavesNoBorrow() {
        try (Region r = new Region()) {
            Buffer b = r.alloc(1L << 31);   // a chunk of its own; calloc maps it lazily
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class, b::view);
            assertTrue(e.getMessage().contains("ByteBuffer"), e.getMessage());
            assertThrows(InvalidArgumentException.class, () -> b.view(Access.UNIQUE));
            assertEquals(0, r.stats().borrowsActive(), "the refused view left no borrow");
            b.close();
        }
    }

    @Test
    void largeViewIsFlat() {
        try (Region r = new Region(); Buffer b = r.alloc(16L << 20)) {
            b.write((16L << 20) - 1, new byte[] {77});
            long copies = r.stats().copies();
            try (View v = b.view()) {
                assertEquals(16 << 20, v.length());
                assertEquals(77, v.get((16 << 20) - 1));
            }
            assertEquals(copies, r.stats().copies());
        }
    }
}
