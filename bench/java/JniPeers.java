/** The JNI no-ops B9 compares the binding with (peers.c). */
final class JniPeers {
    private JniPeers() {
    }

    static native void noop();

    static native int noopInt();

    static native long noopLong(long a0);

    /** The process's CPU time in ns. */
    static native long cpuNanos();
}
