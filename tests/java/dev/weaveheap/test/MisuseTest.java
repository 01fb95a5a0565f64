package dev.weaveheap.test;

import static dev.weaveheap.test.Support.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.weaveheap.WeaveHeap;
import dev.weaveheap.WeaveHeap.BorrowConflictError;
import dev.weaveheap.WeaveHeap.BorrowError;
import dev.weaveheap.WeaveHeap.Buffer;
import dev.weaveheap.WeaveHeap.Bytes;
import dev.weaveheap.WeaveHeap.ForgedHandleError;
import dev.weaveheap.WeaveHeap.InvalidArgumentError;
import dev.weaveheap.WeaveHeap.InvalidUtf8Error;
import dev.weaveheap.WeaveHeap.OutOfRangeError;
import dev.weaveheap.WeaveHeap.Region;
import dev.weaveheap.WeaveHeap.ReusedHandleError;
import dev.weaveheap.WeaveHeap.StaleHandleError;
import dev.weaveheap.WeaveHeap.View;
import dev.weaveheap.WeaveHeap.WeaveHeapError;
import dev.weaveheap.WeaveHeap.WhString;
import dev.weaveheap.WeaveHeap.WrongKindError;

/** Misuse is a typed error, never a crash, and a failed call changes nothing. */
class MisuseTest {
    @Test
    void useAfterCloseAndDoubleClose() {
        try (Region r = new Region()) {
            Buffer b = r.alloc(4);
            b.close();
            StaleHandleError e = assertThrows(StaleHandleError.class, b::size);
            assertEquals(StaleHandleError.CODE, e.code());
            assertTrue(e.getMessage().length() > 0);
            assertThrows(StaleHandleError.class, () -> b.write(0, new byte[] {1}));
            assertThrows(StaleHandleError.class, b::sharedView);
            assertThrows(StaleHandleError.class, b::close, "a second close reaches the core");
            assertEquals(1, r.stats().releases(), "the failed close released nothing more");
        }
        Region gone = new Region();
        gone.close();
        assertThrows(StaleHandleError.class, gone::close);
        assertThrows(StaleHandleError.class, () -> gone.alloc(1));
    }

    @Test
    void closeAndResetWhileViewed() {
        try (Region r = new Region()) {
            Buffer b = r.alloc(4);
            b.write(0, new byte[] {9, 8, 7, 6});
            View v = b.sharedView();
            assertThrows(BorrowError.class, b::close);
            assertThrows(BorrowError.class, r::reset);
            assertThrows(BorrowError.class, r::close);
            assertThrows(BorrowError.class, () -> b.write(0, new byte[] {1}), "the owner may not write while viewed");
            // nothing changed: the object, its bytes and the view are intact
            assertEquals(4, b.size());
            assertEquals(9, v.buffer().get(0));
            byte[] out = new byte[4];
            b.read(0, out);
            assertArrayEquals(new byte[] {9, 8, 7, 6}, out);
            assertEquals(1, r.stats().borrowsActive());
            v.close();
            b.close();
            r.reset();
        }
    }

    @Test
    void conflictingViews() {
        try (Region r = new Region(); Buffer b = r.alloc(4)) {
            try (View u = b.uniqueView()) {
                BorrowConflictError e = assertThrows(BorrowConflictError.class, b::sharedView);
                assertInstanceOf(BorrowError.class, e, "a conflict is a borrow error");
                assertThrows(BorrowConflictError.class, b::uniqueView);
                assertThrows(BorrowError.class, () -> b.read(0, new byte[1]), "no read during a unique borrow");
                assertEquals(1, r.stats().borrowsActive());
                assertTrue(u.writable());
            }
            try (View s = b.sharedView()) {
                assertThrows(BorrowConflictError.class, b::uniqueView);
                assertEquals(4, s.length());
            }
        }
    }

    @Test
    void viewAfterCloseAndDoubleRelease() {
        try (Region r = new Region(); Buffer b = r.alloc(4)) {
            View v = b.sharedView();
            v.close();
            assertThrows(StaleHandleError.class, v::buffer, "the view refuses access once released");
            assertThrows(StaleHandleError.class, v::close);
            assertEquals(0, r.stats().borrowsActive());
        }
    }

    @Test
    void staleReusedForgedWrongKind() {
        try (Region r = new Region()) {
            Buffer b = r.alloc(4);
            long old = b.handle();
            b.close();
            r.reset();
            Buffer again = r.alloc(4);
            WeaveHeapError e = assertThrows(WeaveHeapError.class, () -> WeaveHeap.handleKindOf(old));
            assertTrue(e instanceof StaleHandleError || e instanceof ReusedHandleError, e.toString());
            assertThrows(ForgedHandleError.class, () -> WeaveHeap.handleKindOf(0));
            assertThrows(ForgedHandleError.class, () -> WeaveHeap.handleKindOf(0x7fff_ffff_ffff_fff1L));
            assertEquals(4, again.size(), "the live object is untouched");
        }
        try (Region r = new Region()) {
            Bytes y = r.bytes(new byte[] {1, 2});
            // a bytes handle given where a buffer is expected: forge a Buffer-typed call through kind_of's raw form
            assertEquals(WeaveHeap.HandleKind.BYTES, WeaveHeap.handleKindOf(y.handle()));
            WrongKindError e = assertThrows(WrongKindError.class, () -> dev.weaveheap.TestAccess.bufferSize(y.handle()));
            assertEquals(WrongKindError.CODE, e.code());
            assertEquals(2, y.length());
        }
    }

    @Test
    void invalidUtf8() {
        try (Region r = new Region()) {
            long before = r.stats().allocations();
            InvalidUtf8Error e = assertThrows(InvalidUtf8Error.class,
                () -> r.string(new byte[] {'o', 'k', (byte) 0xc3, (byte) 0x28}));
            assertTrue(e.getMessage().contains("2"), "the message names the byte offset: " + e.getMessage());
            assertThrows(InvalidUtf8Error.class, () -> r.string(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}));
            assertEquals(before, r.stats().allocations(), "nothing was allocated");
            WhString s = r.string(utf8(""));
            assertEquals(0, s.length());
        }
    }

    @Test
    void absurdSizesAndAlignments() {
        try (Region r = new Region()) {
            assertThrows(InvalidArgumentError.class, () -> r.alloc(16, 3), "not a power of two");
            assertThrows(InvalidArgumentError.class, () -> r.alloc(16, WeaveHeap.MAX_ALIGN * 2));
            assertThrows(InvalidArgumentError.class, () -> r.alloc(16, 0));
            WeaveHeapError big = assertThrows(WeaveHeapError.class, () -> r.alloc(WeaveHeap.MAX_SIZE + 1));
            assertTrue(big instanceof InvalidArgumentError || big instanceof WeaveHeap.OutOfMemoryError, big.toString());
            assertThrows(WeaveHeapError.class, () -> r.alloc(-1L), "2^64-1 bytes");
            assertEquals(0, r.stats().allocations());
            Buffer b = r.alloc(4);
            assertThrows(OutOfRangeError.class, () -> b.write(2, new byte[3]));
            assertThrows(OutOfRangeError.class, () -> b.read(5, new byte[0]));
            assertThrows(OutOfRangeError.class, () -> b.write(-1L, new byte[1]));
            assertThrows(InvalidArgumentError.class, () -> b.write(0, null));
            assertThrows(InvalidArgumentError.class, () -> b.read(0, null));
            assertThrows(InvalidArgumentError.class, () -> r.bytes(null));
            assertThrows(InvalidArgumentError.class, () -> r.string(null));
            byte[] out = new byte[4];
            b.read(0, out);
            assertArrayEquals(new byte[4], out, "failed writes wrote nothing");
        }
    }
}
