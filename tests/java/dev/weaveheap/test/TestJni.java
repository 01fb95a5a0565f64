package dev.weaveheap.test;

import java.nio.ByteBuffer;

/** Test-only natives (tests/java/testjni.c), loaded from the path in the system property dev.weaveheap.testjni. */
final class TestJni {
    private TestJni() {
    }

    static {
        System.load(System.getProperty("dev.weaveheap.testjni"));
    }

    /** The address a direct ByteBuffer points at, as the JVM reports it (GetDirectBufferAddress). */
    static native long directAddress(ByteBuffer buffer);

    /** The same for any direct NIO buffer (a DoubleBuffer view of one ...). */
    static native long bufferAddress(java.nio.Buffer buffer);

    /** Writes one byte at an address, from C. */
    static native void poke(long address, byte value);

    /** Reads one byte at an address, from C. */
    static native byte peek(long address);

    /** Reads an int64 (or a pointer) at an address, from C. */
    static native long peekLong(long address);

    /** Reads the NUL-terminated UTF-8 text at an address, from C. */
    static native String peekString(long address);

    /** Moves the struct ArrowArray at an address to the heap, as a consumer does (the source marked released). */
    static native long moveArray(long address);

    /** Runs a moved array's release callback and frees it. */
    static native void releaseMoved(long address);
}
