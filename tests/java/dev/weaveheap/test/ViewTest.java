package dev.weaveheap.test;

import static dev.weaveheap.test.Support.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.weaveheap.WeaveHeap;
import dev.weaveheap.WeaveHeap.InvalidArgumentError;

import dev.weaveheap.WeaveHeap.Buffer;
import dev.weaveheap.WeaveHeap.Bytes;
import dev.weaveheap.WeaveHeap.Region;
import dev.weaveheap.WeaveHeap.View;
import dev.weaveheap.WeaveHeap.WhString;

/** Views are the core's memory itself: proven by write-through both ways with the copy counter unmoved by the view. */
class ViewTest {
    @Test
    void coreWritesAreSeenThroughASharedView() {
        try (Region r = new Region(); Buffer b = r.alloc(1 << 16)) {
            b.write(100, new byte[] {42, 43});           // a C copy: counted once
            long copies = r.stats().copies();
            try (View v = b.sharedView()) {
                ByteBuffer bb = v.buffer();
                assertTrue(bb.isDirect());
                assertEquals(1 << 16, bb.capacity());
                assertEquals(42, bb.get(100));
                assertEquals(43, bb.get(101));
                assertEquals(copies, r.stats().copies(), "taking and reading a view copies nothing");
                assertThrows(ReadOnlyBufferException.class, () -> bb.put(0, (byte) 1));
            }
            // the same memory again: a second view sees what the first did (same address)
            b.write(7, new byte[] {5});
            try (View v = b.sharedView()) {
                assertEquals(5, v.buffer().get(7));
            }
        }
    }

    @Test
    void viewWritesAreSeenByTheCore() {
        try (Region r = new Region(); Buffer b = r.alloc(4096)) {
            long copies = r.stats().copies();
            try (View u = b.uniqueView()) {
                ByteBuffer bb = u.buffer();
                assertTrue(u.writable());
                for (int i = 0; i < 4096; i++) {
                    bb.put(i, (byte) (i * 7));
                }
                assertEquals(copies, r.stats().copies(), "writing through the view copies nothing");
            }
            byte[] out = new byte[4096];
            b.read(0, out);                                   // a C copy: counted once
            for (int i = 0; i < 4096; i++) {
                assertEquals((byte) (i * 7), out[i], "byte " + i);
            }
            assertEquals(copies + 1, r.stats().copies());
        }
    }

    @Test
    void viewsOfTheSameObjectShareMemory() {
        try (Region r = new Region(); Buffer b = r.alloc(8)) {
            try (View s1 = b.sharedView(); View s2 = b.sharedView()) {
                long copies = r.stats().copies();
                assertEquals(s1.buffer().getLong(0), s2.buffer().getLong(0));
                assertEquals(copies, r.stats().copies());
            }
            try (View u = b.uniqueView()) {
                u.buffer().putLong(0, 0x0102030405060708L);
            }
            try (View s = b.sharedView()) {
                assertEquals(0x0102030405060708L, s.buffer().getLong(0), "a unique view's write is in the object");
            }
        }
    }

    @Test
    void bytesAndStringsAreReadOnlyEvenUnique() {
        try (Region r = new Region()) {
            Bytes y = r.bytes(new byte[] {1, 2, 3});
            WhString s = r.string(utf8("héllo"));
            long copies = r.stats().copies();
            try (View v = y.uniqueView()) {
                assertFalse(v.writable());
                assertTrue(v.buffer().isReadOnly());
                byte[] got = new byte[3];
                v.buffer().get(0, got);
                assertArrayEquals(new byte[] {1, 2, 3}, got);
            }
            try (View v = s.sharedView()) {
                assertEquals(utf8("héllo").length, v.length(), "a string's view excludes the NUL");
                byte[] got = new byte[v.length()];
                v.buffer().get(0, got);
                assertArrayEquals(utf8("héllo"), got);
            }
            assertEquals(copies, r.stats().copies());
            Bytes empty = r.bytes(new byte[0]);
            try (View v = empty.sharedView()) {
                assertEquals(0, v.length());
            }
        }
    }

    @Test
    void tooLargeForAByteBufferLeavesNoBorrow() {
        try (Region r = new Region()) {
            Buffer b;
            try {
                b = r.alloc(1L << 31);   // its own chunk; calloc maps it lazily
            } catch (WeaveHeap.OutOfMemoryError e) {
                Assumptions.abort("this machine refuses a 2 GiB mapping: " + e.getMessage());
                return;
            }
            InvalidArgumentError e = assertThrows(InvalidArgumentError.class, b::sharedView);
            assertTrue(e.getMessage().contains("ByteBuffer"), e.getMessage());
            assertThrows(InvalidArgumentError.class, b::uniqueView);
            assertEquals(0, r.stats().borrowsActive(), "the refused view left no borrow");
            b.close();
        }
    }

    @Test
    void largeViewIsFlat() {
        try (Region r = new Region(); Buffer b = r.alloc(16L << 20)) {
            b.write((16L << 20) - 1, new byte[] {77});
            long copies = r.stats().copies();
            try (View v = b.sharedView()) {
                assertEquals(16 << 20, v.length());
                assertEquals(77, v.buffer().get((16 << 20) - 1));
            }
            assertEquals(copies, r.stats().copies());
        }
    }
}
