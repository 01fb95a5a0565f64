package dev.weaveheap.test;

import static dev.weaveheap.test.Support.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.weaveheap.WeaveHeap;
import dev.weaveheap.WeaveHeap.Access;
import dev.weaveheap.WeaveHeap.BorrowConflictException;
import dev.weaveheap.WeaveHeap.BorrowException;
import dev.weaveheap.WeaveHeap.Buffer;
import dev.weaveheap.WeaveHeap.Bytes;
import dev.weaveheap.WeaveHeap.ForgedHandleException;
import dev.weaveheap.WeaveHeap.InvalidArgumentException;
import dev.weaveheap.WeaveHeap.InvalidUtf8Exception;
import dev.weaveheap.WeaveHeap.OutOfRangeException;
import dev.weaveheap.WeaveHeap.Region;
import dev.weaveheap.WeaveHeap.ReusedHandleException;
import dev.weaveheap.WeaveHeap.StaleHandleException;
import dev.weaveheap.WeaveHeap.View;
import dev.weaveheap.WeaveHeap.WeaveHeapException;
import dev.weaveheap.WeaveHeap.WeaveHeapString;
import dev.weaveheap.WeaveHeap.WrongKindException;

/** Misuse is a typed error, never a crash, and a failed call changes nothing. */
class MisuseTest {
    @Test
    void useAfterCloseAndDoubleClose() {
        try (Region r = new Region()) {
            Buffer b = r.alloc(4);
            b.close();
            StaleHandleException e = assertThrows(StaleHandleException.class, b::size);
            assertEquals(StaleHandleException.CODE, e.code());
            assertTrue(e.getMessage().length() > 0);
            assertThrows(StaleHandleException.class, () -> b.write(0, new byte[] {1}));
            assertThrows(StaleHandleException.class, b::view);
            b.close();                                 // a second close does nothing
            assertThrows(StaleHandleException.class, () -> Buffer.fromHandle(b.handle()).close(),
                "a second wrapper's close reaches the core");
            assertEquals(1, r.stats().releases(), "the failed close released nothing more");
        }
        Region gone = new Region();
        gone.close();
        gone.close();
        assertThrows(StaleHandleException.class, () -> Region.fromHandle(gone.handle()).close());
        assertThrows(StaleHandleException.class, () -> gone.alloc(1));
    }

    @Test
    void closeAndResetWhileViewed() {
        try (Region r = new Region()) {
            Buffer b = r.alloc(4);
            b.write(0, new byte[] {9, 8, 7, 6});
            View v = b.view();
            assertThrows(BorrowException.class, b::close);
            assertThrows(BorrowException.class, r::reset);
            assertThrows(BorrowException.class, r::close);
            assertThrows(BorrowException.class, () -> b.write(0, new byte[] {1}), "the owner may not write while viewed");
            // nothing changed: the object, its bytes and the view are intact
            assertEquals(4, b.size());
            assertEquals(9, v.get(0));
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
            try (View u = b.view(Access.UNIQUE)) {
                BorrowConflictException e = assertThrows(BorrowConflictException.class, b::view);
                assertInstanceOf(BorrowException.class, e, "a conflict is a borrow error");
                assertThrows(BorrowConflictException.class, () -> b.view(Access.UNIQUE));
                assertThrows(BorrowException.class, () -> b.read(0, new byte[1]), "no read during a unique borrow");
                assertEquals(1, r.stats().borrowsActive());
                assertTrue(u.writable());
            }
            try (View s = b.view()) {
                assertThrows(BorrowConflictException.class, () -> b.view(Access.UNIQUE));
                assertEquals(4, s.length());
            }
        }
    }

    @Test
    void viewAfterCloseAndDoubleRelease() {
        try (Region r = new Region(); Buffer b = r.alloc(4)) {
            View v = b.view();
            v.close();
            assertThrows(StaleHandleException.class, v::unsafeBuffer, "the view refuses access once released");
            assertThrows(StaleHandleException.class, () -> v.get(0));
            v.close();
            assertThrows(StaleHandleException.class, () -> View.fromHandle(v.handle()).close());
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
            WeaveHeapException e = assertThrows(WeaveHeapException.class, () -> WeaveHeap.handleKindOf(old));
            assertTrue(e instanceof StaleHandleException || e instanceof ReusedHandleException, e.toString());
            assertThrows(ForgedHandleException.class, () -> WeaveHeap.handleKindOf(0));
            assertThrows(ForgedHandleException.class, () -> WeaveHeap.handleKindOf(0x7fff_ffff_ffff_fff1L));
            assertEquals(4, again.size(), "the live object is untouched");
        }
        try (Region r = new Region()) {
            Bytes y = r.bytes(new byte[] {1, 2});
            // a bytes handle given where a buffer is expected: forge a Buffer-typed call through kind_of's raw form
            assertEquals(WeaveHeap.HandleKind.BYTES, WeaveHeap.handleKindOf(y.handle()));
            WrongKindException e = assertThrows(WrongKindException.class, () -> dev.weaveheap.TestAccess.bufferSize(y.handle()));
            assertEquals(WrongKindException.CODE, e.code());
            assertEquals(2, y.length());
        }
    }

    @Test
    void invalidUtf8() {
        try (Region r = new Region()) {
            long before = r.stats().allocations();
            InvalidUtf8Exception e = assertThrows(InvalidUtf8Exception.class,
                () -> r.string(new byte[] {'o', 'k', (byte) 0xc3, (byte) 0x28}));
            assertTrue(e.getMessage().contains("2"), "the message names the byte offset: " + e.getMessage());
            assertThrows(InvalidUtf8Exception.class, () -> r.string(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}));
            assertEquals(before, r.stats().allocations(), "nothing was allocated");
            WeaveHeapString s = r.string(utf8(""));
            assertEquals(0, s.length());
        }
    }

    @Test
    void absurdSizesAndAlignments() {
        try (Region r = new Region()) {
            assertThrows(InvalidArgumentException.class, () -> r.alloc(16, 3), "not a power of two");
            assertThrows(InvalidArgumentException.class, () -> r.alloc(16, WeaveHeap.MAX_ALIGN * 2));
            assertThrows(InvalidArgumentException.class, () -> r.alloc(16, 0));
            WeaveHeapException big = assertThrows(WeaveHeapException.class, () -> r.alloc(WeaveHeap.MAX_SIZE + 1));
            assertTrue(big instanceof InvalidArgumentException || big instanceof WeaveHeap.OutOfMemoryException, big.toString());
            assertThrows(WeaveHeapException.class, () -> r.alloc(-1L), "2^64-1 bytes");
            assertEquals(0, r.stats().allocations());
            Buffer b = r.alloc(4);
            assertThrows(OutOfRangeException.class, () -> b.write(2, new byte[3]));
            assertThrows(OutOfRangeException.class, () -> b.read(5, new byte[0]));
            assertThrows(OutOfRangeException.class, () -> b.write(-1L, new byte[1]));
            assertNullNamed("data", () -> b.write(0, null));
            assertNullNamed("dst", () -> b.read(0, null));
            assertNullNamed("data", () -> r.bytes(null));
            assertNullNamed("text", () -> r.string(null));
            assertNullNamed("handle", () -> WeaveHeap.handleKindOf((WeaveHeap.Resource) null));
            assertNullNamed("access", () -> b.view(null));
            byte[] out = new byte[4];
            b.read(0, out);
            assertArrayEquals(new byte[4], out, "failed writes wrote nothing");
        }
    }

    /** A null is the binding's InvalidArgumentException naming the parameter, never a NullPointerException. */
    private static void assertNullNamed(String param, org.junit.jupiter.api.function.Executable call) {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, call);
        assertTrue(e.getMessage().contains("'" + param + "'"), "the message does not name '" + param + "': " + e.getMessage());
    }
}
