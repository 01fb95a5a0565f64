package dev.weaveheap;

/** Reaches the native methods with raw handles, for misuse the typed API cannot express. */
public final class TestAccess {
    private TestAccess() {
    }

    public static long bufferSize(long handle) {
        return Native.bufferSize(handle);
    }

    public static void bufferRelease(long handle) {
        Native.bufferRelease(handle);
    }

    /**
     * Runs the Cleaner's actions for a region (R), a buffer in it (B) and a
     * unique view of the buffer (V) in the given order, as the Cleaner may;
     * returns the region's handle.
     */
    public static long reclaimInOrder(String order) {
        WeaveHeap.Pending pending = new WeaveHeap.Pending();
        long region = Native.regionCreate(null);
        long buffer = Native.bufferAlloc(region, 8, 16);
        long[] out = new long[3];
        Native.borrowUnique(buffer, out);
        for (char c : order.toCharArray()) {
            long h = c == 'R' ? region : c == 'B' ? buffer : out[0];
            new WeaveHeap.Reclaim(h, pending, c == 'R').run();
        }
        return region;
    }
}
