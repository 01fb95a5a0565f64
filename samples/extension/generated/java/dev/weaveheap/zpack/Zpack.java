// Generated from samples/extension/zpack.wh by weaveheap_gen: do not edit. IDL sha256 a79f42f696d09eae4e0adf0c4e603e9a5ffe4d5838b0b8389db22b59b0cee278
package dev.weaveheap.zpack;

import dev.weaveheap.WeaveHeap;

/**
 * zpack 0.1.0 for Java, an extension of weaveheap
 * (docs/extensions.md). Its methods take the {@code dev.weaveheap} package's objects
 * and borrow them for the call only, in the one core of the process: when this
 * class loads, its JNI library (zpack_jni: the system property
 * {@code dev.weaveheap.zpack.library}, a path, or {@code java.library.path}) is bound to
 * the table of the core the WeaveHeap classes loaded ({@link WeaveHeap#apiTable()}),
 * never a second one. A failure throws the WeaveHeap exception of the core's
 * code, or one of zpack's own below; every one is a
 * {@link WeaveHeap.WeaveHeapException}, and a failed call changes nothing.
 */
public final class Zpack {
    /** SHA-256 of the IDL these classes were generated from. */
    public static final String IDL_HASH = "a79f42f696d09eae4e0adf0c4e603e9a5ffe4d5838b0b8389db22b59b0cee278";
    /** SHA-256 of the weaveheap IDL it imported: the core it binds to must be built from it. */
    public static final String CORE_IDL_HASH = "44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144";

    static {
        String path = System.getProperty("dev.weaveheap.zpack.library");
        if (path != null && !path.isEmpty()) {
            System.load(path);
        } else {
            System.loadLibrary("zpack_jni");
        }
        nInit(WeaveHeap.apiTable());
    }

    private Zpack() {
    }

    /**
     * The address of the core's function table zpack is bound to.
     *
     * @return {@link WeaveHeap#apiTable()}: the one core of the process
     */
    public static long coreTable() {
        return nCoreTable();
    }

    /** The compressed data is corrupt or truncated. */
    public static class CorruptException extends WeaveHeap.WeaveHeapException {
        private static final long serialVersionUID = 1L;
        /** The error code, ZPACK_ERR_CORRUPT. */
        public static final int CODE = 1000;

        /**
         * An error of this class.
         *
         * @param message what went wrong
         */
        public CorruptException(String message) {
            super(CODE, message);
        }
    }

    /** The inflated data does not have the size the caller gave. */
    public static class WrongSizeException extends WeaveHeap.WeaveHeapException {
        private static final long serialVersionUID = 1L;
        /** The error code, ZPACK_ERR_WRONG_SIZE. */
        public static final int CODE = 1001;

        /**
         * An error of this class.
         *
         * @param message what went wrong
         */
        public WrongSizeException(String message) {
            super(CODE, message);
        }
    }

    /* The exception of a code, zpack's own or the core's: the JNI glue throws it. */
    static RuntimeException error(int code, String message) {
        switch (code) {
            case CorruptException.CODE:
                return new CorruptException(message);
            case WrongSizeException.CODE:
                return new WrongSizeException(message);
            default:
                return WeaveHeap.error(code, message);
        }
    }

    /* The handle of an argument; null is refused before the core is called. */
    static long handleOf(WeaveHeap.Resource object, String what) {
        if (object == null) {
            throw new WeaveHeap.InvalidArgumentException(what + " is null");
        }
        return object.handle();
    }

    /**
     * A running CRC-32: feed it memory piece by piece, read the checksum of it all. Lives in a region like every object. A handle of the core's table (kind object): close() releases
     * it, and a second close() is a no-op; any other call on a closed one is
     * refused by the core as stale.
     */
    public static final class Crc implements AutoCloseable {
        private final long handle;
        private boolean closed;

        private Crc(long handle, boolean adopt) {
            this.handle = handle;
        }

        /**
         * A new running CRC-32 in `region`, starting from nothing.
         *
         * @param region the region
         */
        public Crc(WeaveHeap.Region region) {
            this(nCrcCreate(handleOf(region, "crc.create(): 'region'")), true);
        }

        /**
         * Wraps a raw handle; the core checks it at each call.
         *
         * @param handle the raw handle
         * @return a Crc of it
         */
        public static Crc fromHandle(long handle) {
            return new Crc(handle, true);
        }

        /**
         * The raw handle.
         *
         * @return the raw 64-bit handle (stale once closed)
         */
        public long handle() {
            return handle;
        }

        /**
         * Whether close() succeeded.
         *
         * @return true once closed
         */
        public boolean isClosed() {
            return closed;
        }

        /**
         * Adds the bytes of `src` to the checksum, read in place.
         *
         * @param src the src
         */
        public void update(WeaveHeap.Resource src) {
            nCrcUpdate(handle, handleOf(src, "crc.update(): 'src'"));
        }

        /**
         * The CRC-32 of everything added so far.
         * @return the result
         */
        public int value() {
            return nCrcValue(handle);
        }

        /** Releases the checksum; its handle goes stale. Closing twice is a no-op. */
        @Override
        public void close() {
            if (!closed) {
                nCrcClose(handle);
                closed = true;
            }
        }
    }

    /**
     * The CRC-32 of the bytes of `src` (a buffer, bytes or string), read in place: no copy.
     *
     * @param src the src
     * @return the result
     */
    public static int crc32(WeaveHeap.Resource src) {
        return nCrc32(handleOf(src, "zpack.crc32(): 'src'"));
    }

    /**
     * Deflates `src` (zlib format, `level` -1 for zlib's default, or 0..9) into a new buffer of `region` holding exactly the compressed bytes. The input is read in place; the output is written once into the new buffer (one counted copy, as its size is known only at the end).
     *
     * @param region the region
     * @param src the src
     * @param level the level
     * @return the result
     */
    public static WeaveHeap.Buffer deflate(WeaveHeap.Region region, WeaveHeap.Resource src, int level) {
        return WeaveHeap.Buffer.fromHandle(nDeflate(handleOf(region, "zpack.deflate(): 'region'"), handleOf(src, "zpack.deflate(): 'src'"), level));
    }

    /**
     * Inflates `src` (zlib format) straight into a new buffer of `region` of `size` bytes, the size of the data before it was deflated: no copy either way.
     *
     * @param region the region
     * @param src the src
     * @param size the size
     * @return the result
     */
    public static WeaveHeap.Buffer inflate(WeaveHeap.Region region, WeaveHeap.Resource src, long size) {
        return WeaveHeap.Buffer.fromHandle(nInflate(handleOf(region, "zpack.inflate(): 'region'"), handleOf(src, "zpack.inflate(): 'src'"), size));
    }

    /**
     * Inflates `src` (zlib format) into the buffer `dst`, in place, and returns how many bytes it wrote; data longer than `dst` fails with wrong_size. `dst` and `src` cannot be the same object (a unique and a shared borrow of one object conflict).
     *
     * @param dst the dst
     * @param src the src
     * @return the result
     */
    public static long inflateInto(WeaveHeap.Buffer dst, WeaveHeap.Resource src) {
        return nInflateInto(handleOf(dst, "zpack.inflate_into(): 'dst'"), handleOf(src, "zpack.inflate_into(): 'src'"));
    }

    private static native void nInit(long table);

    private static native long nCoreTable();

    private static native int nCrc32(long src);

    private static native long nDeflate(long region, long src, int level);

    private static native long nInflate(long region, long src, long size);

    private static native long nInflateInto(long dst, long src);

    private static native long nCrcCreate(long region);

    private static native void nCrcUpdate(long crc, long src);

    private static native int nCrcValue(long crc);

    private static native void nCrcClose(long crc);
}
