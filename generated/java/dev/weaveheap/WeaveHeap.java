// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 9642b5336c411b3e8138dbfec9a542ba111ba757cb2538628071934c4e6b3821
package dev.weaveheap;

import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * WeaveHeap 0.1.0 for Java: the library functions as static methods, and
 * one nested class per handle kind, error code and struct of the IDL.
 *
 * <p>Every object owns its handle and is {@link AutoCloseable}: {@code close()}
 * releases it (a second {@code close()} reaches the core and throws
 * {@link StaleHandleError}). A {@link Cleaner} releases what was not closed, as a
 * safety net only: objects of a region are then released by the region's
 * next call, on the caller's thread.
 */
public final class WeaveHeap {
    private WeaveHeap() {
    }

    /** The version these classes were generated for. */
    public static final String VERSION = "0.1.0";
    /** The ABI version these classes were generated for. */
    public static final int ABI_VERSION = 1;
    /** The SHA-256 of the IDL these classes were generated from. */
    public static final String IDL_HASH = "9642b5336c411b3e8138dbfec9a542ba111ba757cb2538628071934c4e6b3821";
    /**
     * The largest alignment `buffer_alloc` accepts, in bytes.
     */
    public static final long MAX_ALIGN = 1048576L;
    /**
     * The largest size of one allocation, bytes object or string, in bytes.
     */
    public static final long MAX_SIZE = 281474976710656L;
    /**
     * The alignment used when a binding does not name one.
     */
    public static final long DEFAULT_ALIGN = 16L;
    /**
     * The chunk size used when region options leave it 0.
     */
    public static final long DEFAULT_CHUNK_SIZE = 65536L;

    /**
     * The ABI guard, run when the native library loads: throws
     * UnsatisfiedLinkError unless {@code abi} and {@code idlHash} (the loaded
     * library's) are the ones these classes were generated for.
     *
     * @param abi the library's ABI version
     * @param idlHash the library's IDL hash
     */
    public static void checkAbi(int abi, String idlHash) {
        if (abi != ABI_VERSION || !IDL_HASH.equals(idlHash)) {
            throw new UnsatisfiedLinkError("weaveheap_jni was built for ABI " + abi + " (IDL " + idlHash
                + ") but these classes were generated for ABI " + ABI_VERSION + " (IDL " + IDL_HASH
                + "): rebuild weaveheap_jni and the Java classes from the same IDL");
        }
    }

    /**
     * The version this library was built as: major * 1000000 + minor * 1000
     * + patch. Compare with WEAVEHEAP_VERSION_NUMBER to see what a binding
     * was generated for.
     */
    public static int versionNumber() {
        return Native.versionNumber();
    }

    /**
     * The version as "major.minor.patch".
     */
    public static String versionString() {
        return Native.versionString();
    }

    /**
     * The ABI version; bindings generated for another ABI must not load.
     */
    public static int abiVersion() {
        return Native.abiVersion();
    }

    /**
     * The SHA-256 of the IDL this library was built from, in hex.
     */
    public static String idlHash() {
        return Native.idlHash();
    }

    /**
     * A static description of an error code; unknown codes give
     * "unknown error".
     *
     * @param code code
     */
    public static String strerror(int code) {
        return Native.strerror(code);
    }

    /**
     * The kind of a live handle; a stale, reused or forged handle fails.
     * Region handles may be checked from any thread; other handles follow
     * their region's rule.
     *
     * @param handle handle
     * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
     * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
     * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
     */
    public static HandleKind handleKindOf(long handle) {
        return HandleKind.of(Native.handleKindOf(handle));
    }

    /**
     * Reads the process-wide counters into `out`.
     *
     * @throws InvalidArgumentError An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
     */
    public static Stats stats() {
        return Native.statsGlobal();
    }

    /**
     * Turns counting on or off for the whole process (on by default). While
     * off, the statistics keep their values; what the core itself relies on
     * (bytes_live, bytes_reserved, borrows_active, regions_live,
     * stale_rejected) stays exact.
     *
     * @param enabled enabled
     */
    public static void statsSetEnabled(boolean enabled) {
        Native.statsSetEnabled(enabled);
    }

    /**
     * Whether counting is on.
     */
    public static boolean statsEnabled() {
        return Native.statsEnabled();
    }

    /**
     * Starts publishing: a background thread rewrites the file every
     * `interval_ms` milliseconds (0 means the default, 250; at most
     * 3600000). Called again while publishing, it changes the interval.
     * Fails, changing nothing, when the directory is unsafe (not owned by
     * this user, or open to group or others: invalid_argument, the message
     * names it) or the file or thread cannot be made (system_error).
     *
     * @param intervalMs interval_ms
     * @throws InvalidArgumentError An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
     * @throws SystemError A system call failed (a file or thread for publishing live stats); the message names the call and the system's reason.
     */
    public static void publishStart(int intervalMs) {
        Native.publishStart(intervalMs);
    }

    /**
     * Starts publishing: a background thread rewrites the file every
     * `interval_ms` milliseconds (0 means the default, 250; at most
     * 3600000). Called again while publishing, it changes the interval.
     * Fails, changing nothing, when the directory is unsafe (not owned by
     * this user, or open to group or others: invalid_argument, the message
     * names it) or the file or thread cannot be made (system_error).
     * <p>intervalMs is 0, the IDL default.
     *
     * @throws InvalidArgumentError An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
     * @throws SystemError A system call failed (a file or thread for publishing live stats); the message names the call and the system's reason.
     */
    public static void publishStart() {
        Native.publishStart(0);
    }

    /**
     * Writes a snapshot now from the calling thread, creating the file
     * first if this process is not publishing yet (without starting the
     * background thread). Thread-safe regions are read under their lock;
     * the table of any other region is exact when the caller is the thread
     * using it, and best effort otherwise. Fails as `start` does.
     *
     * @throws InvalidArgumentError An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
     * @throws SystemError A system call failed (a file or thread for publishing live stats); the message names the call and the system's reason.
     */
    public static void publishNow() {
        Native.publishNow();
    }

    /**
     * Stops publishing and removes the file. A no-op when not publishing.
     */
    public static void publishStop() {
        Native.publishStop();
    }

    /**
     * Whether this process is publishing (its file exists).
     */
    public static boolean publishActive() {
        return Native.publishActive();
    }

    // -- errors -----------------------------------------------------------------

    /** The base of every error the core reports; {@link #code()} is its error code. */
    public static class WeaveHeapError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int code;

        /**
         * An error of a code these classes do not know.
         *
         * @param message what went wrong
         */
        public WeaveHeapError(String message) {
            this(-1, message);
        }

        /**
         * @param code the error code
         * @param message what went wrong
         */
        protected WeaveHeapError(int code, String message) {
            super(message);
            this.code = code;
        }

        /** @return the error code (the IDL's error_code), -1 if unknown */
        public int code() {
            return code;
        }
    }

    /**
     * An argument is out of its documented range (NULL where not allowed,
     * an alignment that is not a power of two, an absurd size).
     */
    public static class InvalidArgumentError extends WeaveHeapError {
        private static final long serialVersionUID = 1L;
        /** The error code, WEAVEHEAP_ERR_INVALID_ARGUMENT. */
        public static final int CODE = 1;

        /** @param message what went wrong */
        public InvalidArgumentError(String message) {
            super(CODE, message);
        }

        /**
         * @param code the code of a subclass
         * @param message what went wrong
         */
        protected InvalidArgumentError(int code, String message) {
            super(code, message);
        }
    }

    /**
     * The allocator failed, or the region's byte limit would be exceeded.
     */
    public static class OutOfMemoryError extends WeaveHeapError {
        private static final long serialVersionUID = 1L;
        /** The error code, WEAVEHEAP_ERR_OUT_OF_MEMORY. */
        public static final int CODE = 2;

        /** @param message what went wrong */
        public OutOfMemoryError(String message) {
            super(CODE, message);
        }

        /**
         * @param code the code of a subclass
         * @param message what went wrong
         */
        protected OutOfMemoryError(int code, String message) {
            super(code, message);
        }
    }

    /**
     * The handle was valid once; what it named was released, or its region
     * was reset or destroyed.
     */
    public static class StaleHandleError extends WeaveHeapError {
        private static final long serialVersionUID = 1L;
        /** The error code, WEAVEHEAP_ERR_STALE_HANDLE. */
        public static final int CODE = 3;

        /** @param message what went wrong */
        public StaleHandleError(String message) {
            super(CODE, message);
        }

        /**
         * @param code the code of a subclass
         * @param message what went wrong
         */
        protected StaleHandleError(int code, String message) {
            super(code, message);
        }
    }

    /**
     * The handle was valid once; its slot now holds a newer object.
     */
    public static class ReusedHandleError extends WeaveHeapError {
        private static final long serialVersionUID = 1L;
        /** The error code, WEAVEHEAP_ERR_REUSED_HANDLE. */
        public static final int CODE = 4;

        /** @param message what went wrong */
        public ReusedHandleError(String message) {
            super(CODE, message);
        }

        /**
         * @param code the code of a subclass
         * @param message what went wrong
         */
        protected ReusedHandleError(int code, String message) {
            super(code, message);
        }
    }

    /**
     * The handle was never issued by this process (0, out of range, or bits
     * that no slot ever carried).
     */
    public static class ForgedHandleError extends WeaveHeapError {
        private static final long serialVersionUID = 1L;
        /** The error code, WEAVEHEAP_ERR_FORGED_HANDLE. */
        public static final int CODE = 5;

        /** @param message what went wrong */
        public ForgedHandleError(String message) {
            super(CODE, message);
        }

        /**
         * @param code the code of a subclass
         * @param message what went wrong
         */
        protected ForgedHandleError(int code, String message) {
            super(code, message);
        }
    }

    /**
     * The handle is live but of another kind than the function takes.
     */
    public static class WrongKindError extends WeaveHeapError {
        private static final long serialVersionUID = 1L;
        /** The error code, WEAVEHEAP_ERR_WRONG_KIND. */
        public static final int CODE = 6;

        /** @param message what went wrong */
        public WrongKindError(String message) {
            super(CODE, message);
        }

        /**
         * @param code the code of a subclass
         * @param message what went wrong
         */
        protected WrongKindError(int code, String message) {
            super(code, message);
        }
    }

    /**
     * The object (or region) is borrowed and cannot be released, reset,
     * destroyed or written by its owner.
     */
    public static class BorrowError extends WeaveHeapError {
        private static final long serialVersionUID = 1L;
        /** The error code, WEAVEHEAP_ERR_BORROWED. */
        public static final int CODE = 7;

        /** @param message what went wrong */
        public BorrowError(String message) {
            super(CODE, message);
        }

        /**
         * @param code the code of a subclass
         * @param message what went wrong
         */
        protected BorrowError(int code, String message) {
            super(code, message);
        }
    }

    /**
     * The borrow asked for conflicts with one that is outstanding
     * (unique with anything, shared with unique).
     */
    public static class BorrowConflictError extends BorrowError {
        private static final long serialVersionUID = 1L;
        /** The error code, WEAVEHEAP_ERR_BORROW_CONFLICT. */
        public static final int CODE = 8;

        /** @param message what went wrong */
        public BorrowConflictError(String message) {
            super(CODE, message);
        }

        /**
         * @param code the code of a subclass
         * @param message what went wrong
         */
        protected BorrowConflictError(int code, String message) {
            super(code, message);
        }
    }

    /**
     * The text is not valid UTF-8; the message names the byte offset.
     */
    public static class InvalidUtf8Error extends WeaveHeapError {
        private static final long serialVersionUID = 1L;
        /** The error code, WEAVEHEAP_ERR_INVALID_UTF8. */
        public static final int CODE = 9;

        /** @param message what went wrong */
        public InvalidUtf8Error(String message) {
            super(CODE, message);
        }

        /**
         * @param code the code of a subclass
         * @param message what went wrong
         */
        protected InvalidUtf8Error(int code, String message) {
            super(code, message);
        }
    }

    /**
     * An offset and length reach past the end of the object.
     */
    public static class OutOfRangeError extends WeaveHeapError {
        private static final long serialVersionUID = 1L;
        /** The error code, WEAVEHEAP_ERR_OUT_OF_RANGE. */
        public static final int CODE = 10;

        /** @param message what went wrong */
        public OutOfRangeError(String message) {
            super(CODE, message);
        }

        /**
         * @param code the code of a subclass
         * @param message what went wrong
         */
        protected OutOfRangeError(int code, String message) {
            super(code, message);
        }
    }

    /**
     * A system call failed (a file or thread for publishing live stats);
     * the message names the call and the system's reason.
     */
    public static class SystemError extends WeaveHeapError {
        private static final long serialVersionUID = 1L;
        /** The error code, WEAVEHEAP_ERR_SYSTEM_ERROR. */
        public static final int CODE = 11;

        /** @param message what went wrong */
        public SystemError(String message) {
            super(CODE, message);
        }

        /**
         * @param code the code of a subclass
         * @param message what went wrong
         */
        protected SystemError(int code, String message) {
            super(code, message);
        }
    }

    // -- enums and structs ----------------------------------------------------------

    /**
     * The kind a handle carries in its bits (derived from the handle declarations).
     */
    public enum HandleKind {
        /** Not a handle. */
        NONE(0),
        /** A region handle. */
        REGION(1),
        /** A buffer handle. */
        BUFFER(2),
        /** A bytes handle. */
        BYTES(3),
        /** A string handle. */
        STRING(4),
        /** A borrow handle. */
        BORROW(5);

        private final int code;

        HandleKind(int code) {
            this.code = code;
        }

        /** @return the C value */
        public int code() {
            return code;
        }

        /**
         * @param code a C value
         * @return its constant
         */
        public static HandleKind of(int code) {
            for (HandleKind k : values()) {
                if (k.code == code) {
                    return k;
                }
            }
            throw new InvalidArgumentError("unknown handle_kind " + code);
        }
    }

    /**
     * How a region is made. A zeroed struct (or NULL) asks for the defaults.
     * @param chunkSize Size of each chunk the region takes from the system; 0 means `default_chunk_size`. Allocations larger than half a chunk get a chunk of their own.
     * @param byteLimit Most bytes the region may have handed out since it was made or last reset (a released object's bytes come back at the next reset); 0 means no limit. Going past it is an out_of_memory error.
     * @param threadSafe When true the region may be used from many threads at once (a lock guards it and its counters are atomic). When false it belongs to one thread at a time and is faster.
     */
    public record RegionOptions(long chunkSize, long byteLimit, boolean threadSafe) {
    }

    /**
     * The core's counters, for one region or for the whole process.
     * @param allocations Objects (buffers, bytes, strings) created.
     * @param releases Objects released one by one (reset and destroy are not counted here).
     * @param bytesAllocated Bytes handed out, in total.
     * @param bytesLive Bytes of live objects now.
     * @param bytesPeak Highest `bytes_live` seen. For the process: the sum of each region's peak, an upper bound on the true simultaneous peak.
     * @param bytesReserved Bytes the region holds in chunks from the system (used or not).
     * @param borrowsTaken Borrows acquired, in total.
     * @param borrowsActive Borrows outstanding now.
     * @param borrowConflicts Borrow requests refused because of a conflicting borrow, and releases, resets, destroys or writes refused because of a borrow.
     * @param staleRejected Calls refused because a handle was stale, reused, forged or of the wrong kind (process-wide only: a rejected handle names no region).
     * @param copies Calls that copied bytes across the API (in or out). Zero-copy views never count.
     * @param copyBytes Bytes those calls copied.
     * @param regionsLive Regions live now (process-wide only).
     */
    public record Stats(long allocations, long releases, long bytesAllocated, long bytesLive, long bytesPeak, long bytesReserved, long borrowsTaken, long borrowsActive, long borrowConflicts, long staleRejected, long copies, long copyBytes, long regionsLive) {
    }

    // -- handles ------------------------------------------------------------------

    /** What every handle-owning object shares: its handle and its safety net. */
    public abstract static class Resource implements AutoCloseable {
        private static final Cleaner CLEANER = Cleaner.create();
        final long handle;
        private final Reclaim reclaim;
        private final Cleaner.Cleanable cleanable;

        Resource(long handle, Reclaim reclaim) {
            this.handle = handle;
            this.reclaim = reclaim;
            this.cleanable = CLEANER.register(this, reclaim);
        }

        /** @return the raw 64-bit handle (stale once closed) */
        public final long handle() {
            return handle;
        }

        /** @return the kind of this live handle */
        public final HandleKind kind() {
            return HandleKind.of(Native.handleKindOf(handle));
        }

        /** Called once close() succeeded: the safety net has nothing left to do. */
        final void released() {
            reclaim.done = true;
            cleanable.clean();
        }

        @Override
        public abstract void close();

        @Override
        public String toString() {
            return getClass().getSimpleName() + "(0x" + Long.toHexString(handle) + ")";
        }
    }

    /** The Cleaner's action: hands the handle to its region's {@link Pending}. */
    static final class Reclaim implements Runnable {
        private final long handle;
        private final Pending pending;
        private final boolean owner;
        volatile boolean done;

        Reclaim(long handle, Pending pending, boolean owner) {
            this.handle = handle;
            this.pending = pending;
            this.owner = owner;
        }

        @Override
        public void run() {
            if (done) {
                return;
            }
            done = true;
            if (owner) {
                pending.orphan(handle);
            } else {
                pending.add(handle);
            }
        }
    }

    /**
     * What the Cleaner found unreachable in one region. An object's handle waits
     * here until the region's next call releases it on the region's thread; once
     * the region itself is unreachable (its objects hold it, so they are too) the
     * Cleaner's thread releases everything, then destroys the region, whatever
     * order the Cleaner finds them in.
     */
    static final class Pending {
        private final ConcurrentLinkedQueue<Long> queue = new ConcurrentLinkedQueue<>();
        private volatile long orphan;      // the region's handle once it is unreachable
        private boolean destroyed;

        void add(long handle) {
            queue.add(handle);
            if (orphan != 0) {
                collect();
            }
        }

        void drain() {
            if (!queue.isEmpty()) {
                release();
            }
        }

        void orphan(long region) {
            orphan = region;
            collect();
        }

        private synchronized void collect() {
            release();
            if (!destroyed) {
                destroyed = Native.releaseQuietly(orphan);
            }
        }

        /* A borrow may be queued after the object it borrows: what fails once
         * is retried once. */
        private void release() {
            List<Long> retry = new ArrayList<>();
            for (Long h; (h = queue.poll()) != null;) {
                if (!Native.releaseQuietly(h)) {
                    retry.add(h);
                }
            }
            for (long h : retry) {
                Native.releaseQuietly(h);
            }
        }
    }

    /**
     * A region: an arena that owns chunks of memory and every object made in
     * it. Destroying it frees them all at once and makes their handles stale.
     */
    public static final class Region extends Resource {
        final Pending pending;

        private Region(long handle, Pending pending) {
            super(handle, new Reclaim(handle, pending, true));
            this.pending = pending;
        }

        /**
         * Makes a region.
         *
         * @param options options (may be null)
         * @throws InvalidArgumentError An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryError The allocator failed, or the region's byte limit would be exceeded.
         */
        public Region(RegionOptions options) {
            this(Native.regionCreate(options), new Pending());
        }

        /**
         * Makes a region.
         * <p>options is null, the IDL default.
         *
         * @throws InvalidArgumentError An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryError The allocator failed, or the region's byte limit would be exceeded.
         */
        public Region() {
            this(Native.regionCreate(null), new Pending());
        }

        /* Releases what the Cleaner queued, on this region's thread. */
        void drain() {
            pending.drain();
        }

        /**
         * Frees every object in the region at once and makes their handles
         * stale, keeping the region's chunks for reuse. Costs per chunk, not per
         * object. Fails, changing nothing, while any object is borrowed.
         *
         * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindError The handle is live but of another kind than the function takes.
         * @throws BorrowError The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         */
        public void reset() {
            drain();
            Native.regionReset(handle);
        }

        /**
         * Reads the region's counters into `out`.
         *
         * @throws InvalidArgumentError An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindError The handle is live but of another kind than the function takes.
         */
        public Stats stats() {
            drain();
            return Native.regionStats(handle);
        }

        /**
         * Allocates `size` bytes aligned to `align` (a power of two up to
         * `max_align`). The bytes are zeroed.
         *
         * @param size size
         * @param align align
         * @throws InvalidArgumentError An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryError The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindError The handle is live but of another kind than the function takes.
         */
        public Buffer alloc(long size, long align) {
            drain();
            return new Buffer(this, Native.bufferAlloc(handle, size, align));
        }

        /**
         * Allocates `size` bytes aligned to `align` (a power of two up to
         * `max_align`). The bytes are zeroed.
         * <p>align is 16L, the IDL default.
         *
         * @param size size
         * @throws InvalidArgumentError An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryError The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindError The handle is live but of another kind than the function takes.
         */
        public Buffer alloc(long size) {
            drain();
            return new Buffer(this, Native.bufferAlloc(handle, size, 16L));
        }

        /**
         * Copies `data` into a new bytes object (counted as a copy).
         *
         * @param data data
         * @throws InvalidArgumentError An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryError The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindError The handle is live but of another kind than the function takes.
         */
        public Bytes bytes(byte[] data) {
            drain();
            return new Bytes(this, Native.bytesCreate(handle, data));
        }

        /**
         * Validates `text` as UTF-8 and copies it into a new string (counted as
         * a copy). Invalid input fails with the byte offset of the first bad
         * sequence in the message.
         *
         * @param text text
         * @throws InvalidArgumentError An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws InvalidUtf8Error The text is not valid UTF-8; the message names the byte offset.
         * @throws OutOfMemoryError The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindError The handle is live but of another kind than the function takes.
         */
        public WhString string(byte[] text) {
            drain();
            return new WhString(this, Native.stringCreate(handle, text));
        }

        /**
         * Destroys a region: frees every object in it at once, returns its
         * chunks, and makes every handle of it stale. Fails, changing nothing,
         * while any object of the region is borrowed.
         *
         * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindError The handle is live but of another kind than the function takes.
         * @throws BorrowError The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         */
        @Override
        public void close() {
            drain();
            Native.regionDestroy(handle);
            released();
        }
    }

    /**
     * A mutable, sized, aligned block of memory in a region.
     */
    public static final class Buffer extends Resource {
        private final Region region;

        Buffer(Region region, long handle) {
            super(handle, new Reclaim(handle, region.pending, false));
            this.region = region;
        }

        /** @return the region this object lives in */
        public Region region() {
            return region;
        }

        /**
         * The buffer's size in bytes.
         *
         * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindError The handle is live but of another kind than the function takes.
         */
        public long size() {
            region.drain();
            return Native.bufferSize(handle);
        }

        /**
         * Copies `data` into the buffer at `offset` (counted as a copy). The
         * owner may write only while no borrow is outstanding.
         *
         * @param offset offset
         * @param data data
         * @throws InvalidArgumentError An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfRangeError An offset and length reach past the end of the object.
         * @throws BorrowError The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindError The handle is live but of another kind than the function takes.
         */
        public void write(long offset, byte[] data) {
            region.drain();
            Native.bufferWrite(handle, offset, data);
        }

        /**
         * Copies bytes from `offset` into `dst` (counted as a copy). Fails while
         * a unique borrow is outstanding.
         *
         * @param offset offset
         * @param dst dst
         * @throws InvalidArgumentError An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfRangeError An offset and length reach past the end of the object.
         * @throws BorrowError The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindError The handle is live but of another kind than the function takes.
         */
        public void read(long offset, byte[] dst) {
            region.drain();
            Native.bufferRead(handle, offset, dst);
        }

        /**
         * Takes a shared borrow: `view` is read-only and lives until the
         * returned token is released. Fails with borrow_conflict while a unique
         * borrow is outstanding.
         *
         * @return a view over this object's memory, holding the borrow until closed
         * @throws InvalidArgumentError An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryError The allocator failed, or the region's byte limit would be exceeded.
         * @throws BorrowConflictError The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindError The handle is live but of another kind than the function takes.
         */
        public View sharedView() {
            region.drain();
            long[] out = new long[2];
            ByteBuffer data = Native.borrowShared(handle, out);
            return new View(this, region, out[0], data, out[1] != 0);
        }

        /**
         * Takes the unique borrow: no other borrow may be outstanding. The view
         * is writable for a buffer (bytes and strings stay read-only).
         *
         * @return a view over this object's memory, holding the borrow until closed
         * @throws InvalidArgumentError An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryError The allocator failed, or the region's byte limit would be exceeded.
         * @throws BorrowConflictError The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindError The handle is live but of another kind than the function takes.
         */
        public View uniqueView() {
            region.drain();
            long[] out = new long[2];
            ByteBuffer data = Native.borrowUnique(handle, out);
            return new View(this, region, out[0], data, out[1] != 0);
        }

        /**
         * Releases a buffer; its handle becomes stale. The memory returns to the
         * region at its next reset or destroy. Fails while it is borrowed.
         *
         * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindError The handle is live but of another kind than the function takes.
         * @throws BorrowError The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         */
        @Override
        public void close() {
            region.drain();
            Native.bufferRelease(handle);
            released();
        }
    }

    /**
     * An immutable byte string in a region.
     */
    public static final class Bytes extends Resource {
        private final Region region;

        Bytes(Region region, long handle) {
            super(handle, new Reclaim(handle, region.pending, false));
            this.region = region;
        }

        /** @return the region this object lives in */
        public Region region() {
            return region;
        }

        /**
         * The length in bytes.
         *
         * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindError The handle is live but of another kind than the function takes.
         */
        public long length() {
            region.drain();
            return Native.bytesLength(handle);
        }

        /**
         * A copy of the bytes in memory the caller owns (counted as a copy);
         * free it with `free_bytes`. An empty object gives a non-NULL pointer.
         *
         * @throws InvalidArgumentError An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryError The allocator failed, or the region's byte limit would be exceeded.
         * @throws BorrowError The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindError The handle is live but of another kind than the function takes.
         */
        public byte[] dup() {
            region.drain();
            return Native.bytesDup(handle);
        }

        /**
         * Takes a shared borrow: `view` is read-only and lives until the
         * returned token is released. Fails with borrow_conflict while a unique
         * borrow is outstanding.
         *
         * @return a view over this object's memory, holding the borrow until closed
         * @throws InvalidArgumentError An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryError The allocator failed, or the region's byte limit would be exceeded.
         * @throws BorrowConflictError The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindError The handle is live but of another kind than the function takes.
         */
        public View sharedView() {
            region.drain();
            long[] out = new long[2];
            ByteBuffer data = Native.borrowShared(handle, out);
            return new View(this, region, out[0], data, out[1] != 0);
        }

        /**
         * Takes the unique borrow: no other borrow may be outstanding. The view
         * is writable for a buffer (bytes and strings stay read-only).
         *
         * @return a view over this object's memory, holding the borrow until closed
         * @throws InvalidArgumentError An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryError The allocator failed, or the region's byte limit would be exceeded.
         * @throws BorrowConflictError The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindError The handle is live but of another kind than the function takes.
         */
        public View uniqueView() {
            region.drain();
            long[] out = new long[2];
            ByteBuffer data = Native.borrowUnique(handle, out);
            return new View(this, region, out[0], data, out[1] != 0);
        }

        /**
         * Releases a bytes object. Fails while it is borrowed.
         *
         * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindError The handle is live but of another kind than the function takes.
         * @throws BorrowError The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         */
        @Override
        public void close() {
            region.drain();
            Native.bytesRelease(handle);
            released();
        }
    }

    /**
     * An immutable, validated UTF-8 string in a region, stored with a trailing
     * NUL so that C can read it in place.
     */
    public static final class WhString extends Resource {
        private final Region region;

        WhString(Region region, long handle) {
            super(handle, new Reclaim(handle, region.pending, false));
            this.region = region;
        }

        /** @return the region this object lives in */
        public Region region() {
            return region;
        }

        /**
         * The length in bytes, without the trailing NUL.
         *
         * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindError The handle is live but of another kind than the function takes.
         */
        public long length() {
            region.drain();
            return Native.stringLength(handle);
        }

        /**
         * A NUL-terminated copy the caller owns (counted as a copy); free it
         * with `free_string`.
         *
         * @throws OutOfMemoryError The allocator failed, or the region's byte limit would be exceeded.
         * @throws BorrowError The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindError The handle is live but of another kind than the function takes.
         */
        public String dup() {
            region.drain();
            return new String(Native.stringDup(handle), StandardCharsets.UTF_8);
        }

        /**
         * Takes a shared borrow: `view` is read-only and lives until the
         * returned token is released. Fails with borrow_conflict while a unique
         * borrow is outstanding.
         *
         * @return a view over this object's memory, holding the borrow until closed
         * @throws InvalidArgumentError An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryError The allocator failed, or the region's byte limit would be exceeded.
         * @throws BorrowConflictError The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindError The handle is live but of another kind than the function takes.
         */
        public View sharedView() {
            region.drain();
            long[] out = new long[2];
            ByteBuffer data = Native.borrowShared(handle, out);
            return new View(this, region, out[0], data, out[1] != 0);
        }

        /**
         * Takes the unique borrow: no other borrow may be outstanding. The view
         * is writable for a buffer (bytes and strings stay read-only).
         *
         * @return a view over this object's memory, holding the borrow until closed
         * @throws InvalidArgumentError An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryError The allocator failed, or the region's byte limit would be exceeded.
         * @throws BorrowConflictError The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindError The handle is live but of another kind than the function takes.
         */
        public View uniqueView() {
            region.drain();
            long[] out = new long[2];
            ByteBuffer data = Native.borrowUnique(handle, out);
            return new View(this, region, out[0], data, out[1] != 0);
        }

        /**
         * Releases a string. Fails while it is borrowed.
         *
         * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindError The handle is live but of another kind than the function takes.
         * @throws BorrowError The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         */
        @Override
        public void close() {
            region.drain();
            Native.stringRelease(handle);
            released();
        }
    }

    /**
     * A borrow of a buffer, bytes or string: proof that a view is live.
     *
     * Its {@link #buffer()} is a direct ByteBuffer over the core's memory: no copy. It is
     * valid until {@link #close()}; afterwards buffer() throws StaleHandleError, and using a
     * ByteBuffer obtained before is a contract violation (a ByteBuffer cannot be detached).
     * Keep the view reachable while its ByteBuffer is in use.
     */
    public static final class View extends Resource {
        private final Resource target;
        private final Region region;
        private final ByteBuffer buffer;
        private final boolean writable;
        private volatile boolean closed;

        View(Resource target, Region region, long token, ByteBuffer data, boolean writable) {
            super(token, new Reclaim(token, region.pending, false));
            this.target = target;
            this.region = region;
            this.writable = writable;
            this.buffer = writable ? data : data.asReadOnlyBuffer();
        }

        /**
         * @return the view's memory, read-only unless {@link #writable()}
         * @throws StaleHandleError once the view is closed
         */
        public ByteBuffer buffer() {
            if (closed) {
                throw new StaleHandleError("the view " + this + " was released: its memory must not be used");
            }
            return buffer;
        }

        /** @return whether {@link #buffer()} may be written (a unique view of writable memory) */
        public boolean writable() {
            return writable;
        }

        /** @return the length in bytes */
        public int length() {
            return buffer.capacity();
        }

        /** @return the object this view borrows */
        public Resource target() {
            return target;
        }

        /**
         * Ends a borrow; the view must not be used again. A second release of
         * the same token is a stale-handle error.
         *
         * @throws StaleHandleError The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleError The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleError The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindError The handle is live but of another kind than the function takes.
         */
        @Override
        public void close() {
            region.drain();
            Native.borrowRelease(handle);
            closed = true;
            released();
        }
    }
}
