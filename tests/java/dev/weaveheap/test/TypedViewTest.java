package dev.weaveheap.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.IntBuffer;
import java.nio.ReadOnlyBufferException;

import org.junit.jupiter.api.Test;

import dev.weaveheap.WeaveHeap.Access;
import dev.weaveheap.WeaveHeap.BorrowException;
import dev.weaveheap.WeaveHeap.Buffer;
import dev.weaveheap.WeaveHeap.ElementType;
import dev.weaveheap.WeaveHeap.InvalidArgumentException;
import dev.weaveheap.WeaveHeap.OutOfRangeException;
import dev.weaveheap.WeaveHeap.Region;
import dev.weaveheap.WeaveHeap.StaleHandleException;
import dev.weaveheap.WeaveHeap.Vector;
import dev.weaveheap.WeaveHeap.View;

/**
 * Typed NIO views of a vector (asDoubleBuffer, asIntBuffer ...) and the f64
 * accessors: the buffer is the core's memory (the JVM's own address of the
 * DoubleBuffer against the view's), a byte written from C after it was taken
 * is read through it, nothing is copied, the view's borrow keeps the vector
 * open, and a wrong type or a closed view is a typed exception.
 */
class TypedViewTest {
    @Test
    void aDoubleBufferIsTheVectorsMemory() {
        try (Region r = new Region()) {
            Vector v = r.vector(ElementType.FLOAT64, 16);
            for (int i = 0; i < 4; i++) {
                v.appendF64(i + 0.5);
            }
            assertEquals(3.5, v.getF64(3));
            v.setF64(0, -0.25);
            assertEquals(-0.25, v.getF64(0));
            long copies = r.stats().copies();
            try (View view = v.view()) {
                DoubleBuffer d = view.asDoubleBuffer();
                assertTrue(d.isDirect() && d.isReadOnly());
                assertEquals(ByteOrder.nativeOrder(), d.order());
                assertEquals(4, d.capacity());
                assertEquals(view.address(), TestJni.bufferAddress(d), "the DoubleBuffer is not at the core's address");
                assertEquals(-0.25, d.get(0));
                assertEquals(2.5, d.get(2));
                // C flips the sign bit of value 1 (its top byte, little-endian) after the buffer was taken
                long top = view.address() + 15;
                TestJni.poke(top, (byte) (TestJni.peek(top) | 0x80));
                assertEquals(-1.5, d.get(1), "a write from C is not seen through the buffer");
                assertThrows(ReadOnlyBufferException.class, () -> d.put(0, 1.0));
                assertThrows(BorrowException.class, v::close, "the view's borrow keeps the vector open");
                assertThrows(BorrowException.class, () -> v.appendF64(9.0));
                assertEquals(copies, r.stats().copies(), "a typed view copies nothing");
                // the wrong NIO type for float64 values
                assertThrows(InvalidArgumentException.class, view::asIntBuffer);
                assertThrows(InvalidArgumentException.class, view::asFloatBuffer);
                assertThrows(InvalidArgumentException.class, view::asLongBuffer);
                View closed = v.view();
                closed.close();
                assertThrows(StaleHandleException.class, closed::asDoubleBuffer, "a closed view");
            }
            v.appendF64(4.5);                                  // the borrow is back
            assertEquals(-1.5, v.getF64(1));
            v.close();
        }
    }

    @Test
    void everyWidthAndTheWrongTypes() {
        try (Region r = new Region()) {
            Vector i32 = r.vector(ElementType.UINT32, 4);
            i32.append(0xffffffffL);
            i32.append(7);
            try (View view = i32.view(Access.UNIQUE)) {
                IntBuffer b = view.asIntBuffer();          // Java's int holds the same 32 bits
                assertEquals(-1, b.get(0));
                assertEquals(7, b.get(1));
                assertEquals(view.address(), TestJni.bufferAddress(b));
                assertThrows(InvalidArgumentException.class, view::asDoubleBuffer);
                assertThrows(BorrowException.class, () -> i32.getF64(0), "a unique view: reads are refused");
            }
            assertThrows(InvalidArgumentException.class, () -> i32.getF64(0), "an integer vector has no f64");
            assertThrows(InvalidArgumentException.class, () -> i32.appendF64(1.0));
            assertEquals(2, i32.length(), "a refused append adds nothing");

            Vector f32 = r.vector(ElementType.FLOAT32, 4);
            f32.appendF64(0.5);
            assertThrows(OutOfRangeException.class, () -> f32.appendF64(1e39), "beyond float32");
            try (View view = f32.view()) {
                assertEquals(0.5f, view.asFloatBuffer().get(0));
            }
            Vector i8 = r.vector(ElementType.INT8, 4);
            i8.append(-3);
            try (View view = i8.view()) {
                assertEquals(-3, view.asByteBuffer().get(0));
                assertThrows(InvalidArgumentException.class, view::asShortBuffer);
            }
            Vector bits = r.vector(ElementType.BOOLEAN, 8);
            bits.append(1);
            try (View view = bits.view()) {
                assertThrows(InvalidArgumentException.class, view::asByteBuffer, "a bitmap has no typed view");
            }
            Buffer raw = r.alloc(64);
            try (View view = raw.view()) {
                assertThrows(InvalidArgumentException.class, view::asLongBuffer, "a buffer's bytes have no type");
            }
        }
    }
}
