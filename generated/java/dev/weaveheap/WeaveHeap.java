// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
package dev.weaveheap;

import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * WeaveHeap 0.1.0 for Java: the library functions as static methods, and
 * one nested class per class, error code and struct of the IDL.
 *
 * <p>Every object owns its handle and is {@link AutoCloseable}: {@code close()}
 * releases it, and a second {@code close()} does nothing. Any other call on a
 * closed object reaches the core, which refuses its stale handle
 * ({@link StaleHandleException}). A {@link Cleaner} releases what was not closed, as a
 * safety net only: objects of a region are then released by the region's
 * next call, on the caller's thread.
 *
 * <p>A {@link View} borrows an object's bytes in place; its checked accessors
 * ({@link View#get(int)}, {@link View#put(int, byte)} ...) refuse a closed
 * view, so that no use of a view can read memory the core has freed. Its
 * {@link View#unsafeBuffer()} hands out the raw {@link ByteBuffer}, which
 * nothing checks.
 */
public final class WeaveHeap {
    private WeaveHeap() {
    }

    /** The version these classes were generated for. */
    public static final String VERSION = "0.1.0";
    /** The ABI version these classes were generated for. */
    public static final int ABI_VERSION = 2;
    /** The SHA-256 of the IDL these classes were generated from. */
    public static final String IDL_HASH = "44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144";
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
     * The address of the core's function table ({@code weaveheap_api.h}), for an
     * extension's JNI library to bind to (docs/extensions.md), so that the
     * process keeps one core: the one these classes loaded.
     *
     * @return the table's address
     */
    public static long apiTable() {
        return Native.apiTable();
    }

    /**
     * The exception of an error code, as a call of these classes throws it:
     * what an extension (docs/extensions.md) throws for the core's codes.
     *
     * @param code the error code
     * @param message what went wrong
     * @return the exception of the code's class ({@link WeaveHeapException} for a code
     *     with none)
     */
    public static WeaveHeapException error(int code, String message) {
        switch (code) {
            case InvalidArgumentException.CODE:
                return new InvalidArgumentException(message);
            case OutOfMemoryException.CODE:
                return new OutOfMemoryException(message);
            case StaleHandleException.CODE:
                return new StaleHandleException(message);
            case ReusedHandleException.CODE:
                return new ReusedHandleException(message);
            case ForgedHandleException.CODE:
                return new ForgedHandleException(message);
            case WrongKindException.CODE:
                return new WrongKindException(message);
            case BorrowException.CODE:
                return new BorrowException(message);
            case BorrowConflictException.CODE:
                return new BorrowConflictException(message);
            case InvalidUtf8Exception.CODE:
                return new InvalidUtf8Exception(message);
            case OutOfRangeException.CODE:
                return new OutOfRangeException(message);
            case SystemCallException.CODE:
                return new SystemCallException(message);
            default:
                return new WeaveHeapException(code, message);
        }
    }

    /**
     * The version this library was built as: major * 1000000 + minor * 1000 + patch.
     * Compare with WEAVEHEAP_VERSION_NUMBER to see what a binding was generated for.
     *
     * @return the version this library was built as: major * 1000000 + minor * 1000 + patch
     */
    public static int versionNumber() {
        return Native.versionNumber();
    }

    /**
     * The version as "major.minor.patch".
     *
     * @return the version as "major.minor.patch"
     */
    public static String versionString() {
        return Native.versionString();
    }

    /**
     * The ABI version; bindings generated for another ABI must not load.
     *
     * @return the ABI version; bindings generated for another ABI must not load
     */
    public static int abiVersion() {
        return Native.abiVersion();
    }

    /**
     * The SHA-256 of the IDL this library was built from, in hex.
     *
     * @return the SHA-256 of the IDL this library was built from, in hex
     */
    public static String idlHash() {
        return Native.idlHash();
    }

    /**
     * A static description of an error code; unknown codes give "unknown error".
     *
     * @param code the IDL's code (i32, passed as a Java int: )
     * @return a static description of an error code; unknown codes give "unknown error"
     */
    public static String strerror(int code) {
        return Native.strerror(code);
    }

    /**
     * The kind of a live handle; a stale, reused or forged handle fails. Region
     * handles may be checked from any thread; other handles follow their region's
     * rule.
     *
     * @param handle the IDL's handle
     * @return the kind of a live handle; a stale, reused or forged handle fails
     * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
     * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
     * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
     */
    public static HandleKind handleKindOf(long handle) {
        return HandleKind.of(Native.handleKindOf(handle));
    }

    /**
     * The kind of a live handle; a stale, reused or forged handle fails. Region
     * handles may be checked from any thread; other handles follow their region's
     * rule.
     *
     * @param handle the object whose handle is asked about
     * @return the kind of a live handle; a stale, reused or forged handle fails
     * @throws InvalidArgumentException handle is null
     * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
     * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
     * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
     */
    public static HandleKind handleKindOf(Resource handle) {
        if (handle == null) {
            throw new InvalidArgumentException("handle.kind_of: 'handle' is null");
        }
        return HandleKind.of(Native.handleKindOf(handle.handle));
    }

    /**
     * Reads the process-wide counters into `out`.
     *
     * @return the Stats the core filled
     * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
     */
    public static Stats stats() {
        return Native.statsGlobal();
    }

    /**
     * Turns counting on or off for the whole process (on by default). While off, the
     * statistics keep their values; what the core itself relies on (bytes_live,
     * bytes_reserved, borrows_active, regions_live, stale_rejected) stays exact.
     *
     * @param enabled the IDL's enabled
     */
    public static void statsSetEnabled(boolean enabled) {
        Native.statsSetEnabled(enabled);
    }

    /**
     * Whether counting is on.
     *
     * @return whether counting is on
     */
    public static boolean statsEnabled() {
        return Native.statsEnabled();
    }

    /**
     * Starts publishing: a background thread rewrites the file every `interval_ms`
     * milliseconds (0 means the default, 250; at most 3600000). Called again while
     * publishing, it changes the interval. Fails, changing nothing, when the directory
     * is unsafe (not owned by this user, or open to group or others: invalid_argument,
     * the message names it) or the file or thread cannot be made (system_error).
     *
     * @param intervalMs the IDL's interval_ms (u32, passed as a Java int: read as unsigned); must be at most 3600000
     * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
     * @throws SystemCallException A system call failed (a file or thread for publishing live stats); the message names the call and the system's reason.
     */
    public static void publishStart(int intervalMs) {
        Native.publishStart(intervalMs);
    }

    /**
     * Starts publishing: a background thread rewrites the file every `interval_ms`
     * milliseconds (0 means the default, 250; at most 3600000). Called again while
     * publishing, it changes the interval. Fails, changing nothing, when the directory
     * is unsafe (not owned by this user, or open to group or others: invalid_argument,
     * the message names it) or the file or thread cannot be made (system_error).
     * <p>intervalMs is 0, the IDL default.
     *
     * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
     * @throws SystemCallException A system call failed (a file or thread for publishing live stats); the message names the call and the system's reason.
     */
    public static void publishStart() {
        Native.publishStart(0);
    }

    /**
     * Writes a snapshot now from the calling thread, creating the file first if this
     * process is not publishing yet (without starting the background thread). Thread-
     * safe regions are read under their lock; the table of any other region is exact
     * when the caller is the thread using it, and best effort otherwise. Fails as
     * `start` does.
     *
     * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
     * @throws SystemCallException A system call failed (a file or thread for publishing live stats); the message names the call and the system's reason.
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
     *
     * @return whether this process is publishing (its file exists)
     */
    public static boolean publishActive() {
        return Native.publishActive();
    }

    // -- errors -----------------------------------------------------------------

    /**
     * The base of every error the library reports: the core's error (its
     * {@link #code()} and the message naming the handle and the rule broken)
     * as an exception. A failed call changes nothing.
     */
    public static class WeaveHeapException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** The error code, -1 if unknown. */
        private final int code;

        /**
         * An error of a code these classes do not know.
         *
         * @param message what went wrong
         */
        public WeaveHeapException(String message) {
            this(-1, message);
        }

        /**
         * An error of a code.
         *
         * @param code the error code
         * @param message what went wrong
         */
        protected WeaveHeapException(int code, String message) {
            super(message);
            this.code = code;
        }

        /**
         * The error code.
         *
         * @return the error code (the IDL's error_code), -1 if unknown
         */
        public int code() {
            return code;
        }
    }

    /**
     * An argument is out of its documented range (NULL where not allowed, an alignment
     * that is not a power of two, an absurd size).
     */
    public static class InvalidArgumentException extends WeaveHeapException {
        private static final long serialVersionUID = 1L;
        /** The error code, WEAVEHEAP_ERR_INVALID_ARGUMENT. */
        public static final int CODE = 1;

        /**
         * An error of this class.
         *
         * @param message what went wrong
         */
        public InvalidArgumentException(String message) {
            super(CODE, message);
        }

        /**
         * An error of a subclass.
         *
         * @param code the code of a subclass
         * @param message what went wrong
         */
        protected InvalidArgumentException(int code, String message) {
            super(code, message);
        }
    }

    /**
     * The allocator failed, or the region's byte limit would be exceeded.
     */
    public static class OutOfMemoryException extends WeaveHeapException {
        private static final long serialVersionUID = 1L;
        /** The error code, WEAVEHEAP_ERR_OUT_OF_MEMORY. */
        public static final int CODE = 2;

        /**
         * An error of this class.
         *
         * @param message what went wrong
         */
        public OutOfMemoryException(String message) {
            super(CODE, message);
        }

        /**
         * An error of a subclass.
         *
         * @param code the code of a subclass
         * @param message what went wrong
         */
        protected OutOfMemoryException(int code, String message) {
            super(code, message);
        }
    }

    /**
     * The handle was valid once; what it named was released, or its region was reset
     * or destroyed.
     */
    public static class StaleHandleException extends WeaveHeapException {
        private static final long serialVersionUID = 1L;
        /** The error code, WEAVEHEAP_ERR_STALE_HANDLE. */
        public static final int CODE = 3;

        /**
         * An error of this class.
         *
         * @param message what went wrong
         */
        public StaleHandleException(String message) {
            super(CODE, message);
        }

        /**
         * An error of a subclass.
         *
         * @param code the code of a subclass
         * @param message what went wrong
         */
        protected StaleHandleException(int code, String message) {
            super(code, message);
        }
    }

    /**
     * The handle was valid once; its slot now holds a newer object.
     */
    public static class ReusedHandleException extends WeaveHeapException {
        private static final long serialVersionUID = 1L;
        /** The error code, WEAVEHEAP_ERR_REUSED_HANDLE. */
        public static final int CODE = 4;

        /**
         * An error of this class.
         *
         * @param message what went wrong
         */
        public ReusedHandleException(String message) {
            super(CODE, message);
        }

        /**
         * An error of a subclass.
         *
         * @param code the code of a subclass
         * @param message what went wrong
         */
        protected ReusedHandleException(int code, String message) {
            super(code, message);
        }
    }

    /**
     * The handle was never issued by this process (0, out of range, or bits that no
     * slot ever carried).
     */
    public static class ForgedHandleException extends WeaveHeapException {
        private static final long serialVersionUID = 1L;
        /** The error code, WEAVEHEAP_ERR_FORGED_HANDLE. */
        public static final int CODE = 5;

        /**
         * An error of this class.
         *
         * @param message what went wrong
         */
        public ForgedHandleException(String message) {
            super(CODE, message);
        }

        /**
         * An error of a subclass.
         *
         * @param code the code of a subclass
         * @param message what went wrong
         */
        protected ForgedHandleException(int code, String message) {
            super(code, message);
        }
    }

    /**
     * The handle is live but of another kind than the function takes.
     */
    public static class WrongKindException extends WeaveHeapException {
        private static final long serialVersionUID = 1L;
        /** The error code, WEAVEHEAP_ERR_WRONG_KIND. */
        public static final int CODE = 6;

        /**
         * An error of this class.
         *
         * @param message what went wrong
         */
        public WrongKindException(String message) {
            super(CODE, message);
        }

        /**
         * An error of a subclass.
         *
         * @param code the code of a subclass
         * @param message what went wrong
         */
        protected WrongKindException(int code, String message) {
            super(code, message);
        }
    }

    /**
     * The object (or region) is borrowed and cannot be released, reset, destroyed or
     * written by its owner.
     */
    public static class BorrowException extends WeaveHeapException {
        private static final long serialVersionUID = 1L;
        /** The error code, WEAVEHEAP_ERR_BORROWED. */
        public static final int CODE = 7;

        /**
         * An error of this class.
         *
         * @param message what went wrong
         */
        public BorrowException(String message) {
            super(CODE, message);
        }

        /**
         * An error of a subclass.
         *
         * @param code the code of a subclass
         * @param message what went wrong
         */
        protected BorrowException(int code, String message) {
            super(code, message);
        }
    }

    /**
     * The borrow asked for conflicts with one that is outstanding (unique with
     * anything, shared with unique).
     */
    public static class BorrowConflictException extends BorrowException {
        private static final long serialVersionUID = 1L;
        /** The error code, WEAVEHEAP_ERR_BORROW_CONFLICT. */
        public static final int CODE = 8;

        /**
         * An error of this class.
         *
         * @param message what went wrong
         */
        public BorrowConflictException(String message) {
            super(CODE, message);
        }

        /**
         * An error of a subclass.
         *
         * @param code the code of a subclass
         * @param message what went wrong
         */
        protected BorrowConflictException(int code, String message) {
            super(code, message);
        }
    }

    /**
     * The text is not valid UTF-8; the message names the byte offset.
     */
    public static class InvalidUtf8Exception extends WeaveHeapException {
        private static final long serialVersionUID = 1L;
        /** The error code, WEAVEHEAP_ERR_INVALID_UTF8. */
        public static final int CODE = 9;

        /**
         * An error of this class.
         *
         * @param message what went wrong
         */
        public InvalidUtf8Exception(String message) {
            super(CODE, message);
        }

        /**
         * An error of a subclass.
         *
         * @param code the code of a subclass
         * @param message what went wrong
         */
        protected InvalidUtf8Exception(int code, String message) {
            super(code, message);
        }
    }

    /**
     * An offset and length reach past the end of the object.
     */
    public static class OutOfRangeException extends WeaveHeapException {
        private static final long serialVersionUID = 1L;
        /** The error code, WEAVEHEAP_ERR_OUT_OF_RANGE. */
        public static final int CODE = 10;

        /**
         * An error of this class.
         *
         * @param message what went wrong
         */
        public OutOfRangeException(String message) {
            super(CODE, message);
        }

        /**
         * An error of a subclass.
         *
         * @param code the code of a subclass
         * @param message what went wrong
         */
        protected OutOfRangeException(int code, String message) {
            super(code, message);
        }
    }

    /**
     * A system call failed (a file or thread for publishing live stats); the message
     * names the call and the system's reason.
     */
    public static class SystemCallException extends WeaveHeapException {
        private static final long serialVersionUID = 1L;
        /** The error code, WEAVEHEAP_ERR_SYSTEM_ERROR. */
        public static final int CODE = 11;

        /**
         * An error of this class.
         *
         * @param message what went wrong
         */
        public SystemCallException(String message) {
            super(CODE, message);
        }

        /**
         * An error of a subclass.
         *
         * @param code the code of a subclass
         * @param message what went wrong
         */
        protected SystemCallException(int code, String message) {
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
        BORROW(5),
        /** An object handle. */
        OBJECT(6),
        /** A vector handle. */
        VECTOR(7),
        /** A batch handle. */
        BATCH(8),
        /** A batch_stream handle. */
        BATCH_STREAM(9),
        /** A var_vector handle. */
        VAR_VECTOR(10),
        /** A list_vector handle. */
        LIST_VECTOR(11),
        /** A foreign handle. */
        FOREIGN(12),
        /** A foreign_stream handle. */
        FOREIGN_STREAM(13);

        private final int code;

        HandleKind(int code) {
            this.code = code;
        }

        /**
         * The C value.
         *
         * @return the C value
         */
        public int code() {
            return code;
        }

        /**
         * The constant of a C value.
         *
         * @param code a C value
         * @return its constant
         * @throws InvalidArgumentException for a value that is no handle_kind
         */
        public static HandleKind of(int code) {
            for (HandleKind k : values()) {
                if (k.code == code) {
                    return k;
                }
            }
            throw new InvalidArgumentException("unknown handle_kind " + code);
        }
    }

    /**
     * The type of a vector's values. Each is stored as Arrow stores it: in the
     * machine's byte order (as the Arrow C Data Interface wants), `boolean` one bit
     * per value (least significant bit first).
     */
    public enum ElementType {
        /** Signed 8-bit integers (Arrow format "c"). */
        INT8(1),
        /** Signed 16-bit integers ("s"). */
        INT16(2),
        /** Signed 32-bit integers ("i"). */
        INT32(3),
        /** Signed 64-bit integers ("l"). */
        INT64(4),
        /** Unsigned 8-bit integers ("C"). */
        UINT8(5),
        /** Unsigned 16-bit integers ("S"). */
        UINT16(6),
        /** Unsigned 32-bit integers ("I"). */
        UINT32(7),
        /** Unsigned 64-bit integers ("L"). */
        UINT64(8),
        /** IEEE 754 binary32 ("f"). */
        FLOAT32(9),
        /** IEEE 754 binary64 ("g"). */
        FLOAT64(10),
        /** Booleans, a bitmap ("b"). */
        BOOLEAN(11),
        /** UTF-8 strings of any size ("u"): int32 offsets and the data bytes
(docs/arrow.md): a `var_vector` (`var_vector.create`). */
        UTF8(12),
        /** Byte strings of any size ("z"), laid out as `utf8`: a `var_vector`
(`var_vector.create` with `binary`). */
        BINARY(13);

        private final int code;

        ElementType(int code) {
            this.code = code;
        }

        /**
         * The C value.
         *
         * @return the C value
         */
        public int code() {
            return code;
        }

        /**
         * The constant of a C value.
         *
         * @param code a C value
         * @return its constant
         * @throws InvalidArgumentException for a value that is no element_type
         */
        public static ElementType of(int code) {
            for (ElementType k : values()) {
                if (k.code == code) {
                    return k;
                }
            }
            throw new InvalidArgumentException("unknown element_type " + code);
        }
    }

    /**
     * The handle kinds that hold memory a view can borrow.
     * Their bytes can be viewed in place.
     */
    public interface Memory {
        /**
         * Takes the shared view of the object's bytes.
         *
         * @return the view, holding its borrow until closed
         */
        View view();

        /**
         * Takes a view of the object's bytes.
         *
         * @param access which borrow to take
         * @return the view, holding its borrow until closed
         */
        View view(Access access);
    }

    /** The borrow a {@link View} takes. */
    public enum Access {
        /** A read-only borrow; many may be live at once. The default. */
        SHARED,
        /** The only borrow of an object while it lives; writable for a buffer (bytes and strings stay read-only). */
        UNIQUE
    }

    /**
     * How a region is made. A zeroed struct (or NULL) asks for the defaults.
     *
     * @param chunkSize Size of each chunk the region takes from the system; 0 means `default_chunk_size`. Allocations larger than half a chunk get a chunk of their own.
     * @param byteLimit Most bytes the region may have handed out since it was made or last reset (a released object's bytes come back at the next reset); 0 means no limit. Going past it is an out_of_memory error.
     * @param threadSafe When true the region may be used from many threads at once (a lock guards it and its counters are atomic). When false it belongs to one thread at a time and is faster.
     */
    public record RegionOptions(long chunkSize, long byteLimit, boolean threadSafe) {
    }

    /**
     * The core's counters, for one region or for the whole process.
     *
     * @param allocations Objects (buffers, bytes, strings, extension objects) created.
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
     * @param imports Foreign Arrow arrays and streams taken in without a copy (`foreign.import_array`, `foreign_stream.import_stream` and their kin): never counted in `copies`.
     */
    public record Stats(long allocations, long releases, long bytesAllocated, long bytesLive, long bytesPeak, long bytesReserved, long borrowsTaken, long borrowsActive, long borrowConflicts, long staleRejected, long copies, long copyBytes, long regionsLive, long imports) {
    }

    // -- objects ------------------------------------------------------------------

    /** What every handle-owning object shares: its handle, whether it is closed, its safety net. */
    public abstract static class Resource implements AutoCloseable {
        private static final Cleaner CLEANER = Cleaner.create();
        final long handle;
        final Pending pending;             // null: a wrapper of fromHandle, which the Cleaner does not watch
        private final Reclaim reclaim;
        private final Cleaner.Cleanable cleanable;
        boolean closed;

        Resource(long handle, Pending pending, boolean owner) {
            this.handle = handle;
            this.pending = pending;
            if (pending != null) {
                this.reclaim = new Reclaim(handle, pending, owner);
                this.cleanable = CLEANER.register(this, reclaim);
            } else {
                this.reclaim = null;
                this.cleanable = null;
            }
        }

        /**
         * The raw handle.
         *
         * @return the raw 64-bit handle (stale once closed)
         */
        public final long handle() {
            return handle;
        }

        /**
         * Asks the core the kind of this handle.
         *
         * @return the kind of this live handle
         * @throws StaleHandleException once closed
         */
        public final HandleKind kind() {
            return HandleKind.of(Native.handleKindOf(handle));
        }

        /**
         * Whether close() succeeded.
         *
         * @return true once closed
         */
        public final boolean isClosed() {
            return closed;
        }

        /* Releases what the Cleaner queued for this object's region, on this thread. */
        final void drain() {
            if (pending != null) {
                pending.drain();
            }
        }

        /* Called once close() succeeded: later closes do nothing, nor does the safety net. */
        final void released() {
            closed = true;
            if (reclaim != null) {
                reclaim.done = true;
                cleanable.clean();
            }
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

    // -- raw Arrow C Data / C Stream addresses ---------------------------------------

    /**
     * An Arrow C Data Interface export of an object ({@code exportArrow()}): a
     * {@code struct ArrowSchema} and a {@code struct ArrowArray} on the C heap, the
     * array pointing into the object's memory without a copy and holding a shared
     * borrow of it until the array's {@code release} callback runs (until then
     * closing the object or resetting its region throws). Hand
     * {@link #schemaAddress()} and {@link #arrayAddress()} to an Arrow C Data
     * importer (arrow-java: {@code Data.importVector(allocator,
     * ArrowArray.wrap(e.arrayAddress()), ArrowSchema.wrap(e.schemaAddress()), null)}):
     * it moves the structs (marking them released) and its own release gives the
     * borrow back. {@link #close()} runs the callbacks no importer took and frees
     * the structs: close it once the importer is done with the addresses (nothing
     * closes it for you). Use it from the thread that uses the object's region.
     */
    public static final class ArrowExport implements AutoCloseable {
        private long holder;
        private final long schema;
        private final long array;

        ArrowExport(long[] made) {
            this.holder = made[0];
            this.schema = made[1];
            this.array = made[2];
        }

        private void check() {
            if (holder == 0) {
                throw new StaleHandleException("the Arrow export was closed");
            }
        }

        /**
         * The address of the {@code struct ArrowSchema} ({@code ArrowSchema.wrap}).
         *
         * @return the address
         * @throws StaleHandleException once closed
         */
        public synchronized long schemaAddress() {
            check();
            return schema;
        }

        /**
         * The address of the {@code struct ArrowArray} ({@code ArrowArray.wrap}).
         *
         * @return the address
         * @throws StaleHandleException once closed
         */
        public synchronized long arrayAddress() {
            check();
            return array;
        }

        /**
         * Whether close() ran.
         *
         * @return true once closed
         */
        public synchronized boolean closed() {
            return holder == 0;
        }

        /** Runs the release callbacks no importer ran, then frees the structs; a second close() does nothing. */
        @Override
        public synchronized void close() {
            if (holder == 0) {
                return;
            }
            Native.arrowRelease(holder);
            holder = 0;
        }
    }

    /**
     * An Arrow C Stream Interface export of a stream of batches
     * ({@code exportArrowStream()}): a {@code struct ArrowArrayStream} on the C heap
     * holding a shared borrow of the stream until its {@code release} callback runs.
     * Hand {@link #streamAddress()} to an importer (arrow-java:
     * {@code Data.importArrayStream(allocator, ArrowArrayStream.wrap(s.streamAddress()))}),
     * which moves it, or read it here: {@link #next()} gives each batch in turn as an
     * {@link ArrowExport} (each holds its batch until closed), then null, and the
     * export is an {@code Iterable} of the same. {@link #close()} runs the release
     * callback if no importer took the stream, and frees the struct.
     */
    public static final class ArrowStreamExport implements AutoCloseable, Iterable<ArrowExport> {
        private long holder;
        private final long stream;

        ArrowStreamExport(long[] made) {
            this.holder = made[0];
            this.stream = made[1];
        }

        private void check() {
            if (holder == 0) {
                throw new StaleHandleException("the Arrow stream export was closed");
            }
        }

        /**
         * The address of the {@code struct ArrowArrayStream} ({@code ArrowArrayStream.wrap}).
         *
         * @return the address
         * @throws StaleHandleException once closed
         */
        public synchronized long streamAddress() {
            check();
            return stream;
        }

        /**
         * The next batch, or null at the end (and at every later call).
         *
         * @return the batch's export (close it), or null
         * @throws StaleHandleException once closed, or once an importer took the stream
         * @throws InvalidArgumentException when the stream's get_next fails (its message)
         */
        public synchronized ArrowExport next() {
            check();
            long[] made = Native.arrowStreamNext(holder);
            return made == null ? null : new ArrowExport(made);
        }

        /**
         * The batches that are left, in order; each step may throw what
         * {@link #next()} throws.
         *
         * @return an iterator over the stream
         */
        @Override
        public java.util.Iterator<ArrowExport> iterator() {
            return new java.util.Iterator<ArrowExport>() {
                private ArrowExport ahead;
                private boolean ended;

                @Override
                public boolean hasNext() {
                    if (ahead == null && !ended) {
                        ahead = ArrowStreamExport.this.next();
                        ended = ahead == null;
                    }
                    return ahead != null;
                }

                @Override
                public ArrowExport next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException("the Arrow stream has ended");
                    }
                    ArrowExport out = ahead;
                    ahead = null;
                    return out;
                }
            };
        }

        /**
         * Whether close() ran.
         *
         * @return true once closed
         */
        public synchronized boolean closed() {
            return holder == 0;
        }

        /** Runs the stream's release callback if no importer took it, then frees the struct; a second close() does nothing. */
        @Override
        public synchronized void close() {
            if (holder == 0) {
                return;
            }
            Native.arrowRelease(holder);
            holder = 0;
        }
    }


    /**
     * A region: an arena that owns chunks of memory and every object made in it.
     * Destroying it frees them all at once and makes their handles stale.
     *
     * Closing it is idempotent: a second close() does nothing.
     */
    public static final class Region extends Resource {
        private Region(long handle, Pending pending) {
            super(handle, pending, true);
        }

        /**
         * Makes a region.
         *
         * @param options the IDL's options; may be null
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         */
        public Region(RegionOptions options) {
            this(Native.regionCreate(options), new Pending());
        }

        /**
         * Makes a region.
         * <p>options is null, the IDL default.
         *
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         */
        public Region() {
            this(Native.regionCreate(null), new Pending());
        }

        /**
         * Wraps a raw handle, unchecked: the core checks it at each call (one of
         * another kind is a WrongKindException, one never issued a
         * ForgedHandleException). The wrapper is not watched by the Cleaner.
         *
         * @param handle a raw handle
         * @return a Region of that handle
         */
        public static Region fromHandle(long handle) {
            return new Region(handle, null);
        }

        /**
         * Frees every object in the region at once and makes their handles stale, keeping
         * the region's chunks for reuse. Costs per chunk, not per object. Fails, changing
         * nothing, while any object is borrowed.
         *
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         */
        public void reset() {
            drain();
            Native.regionReset(handle);
        }

        /**
         * Reads the region's counters into `out`.
         *
         * @return the Stats the core filled
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public Stats stats() {
            drain();
            return Native.regionStats(handle);
        }

        /**
         * Allocates `size` bytes aligned to `align` (a power of two up to `max_align`).
         * The bytes are zeroed.
         *
         * @param size the IDL's size (u64, passed as a Java long: a negative value is read as 2^64 plus it); must be at most MAX_SIZE
         * @param align the IDL's align (u64, passed as a Java long: a negative value is read as 2^64 plus it); must be a power of two and at most MAX_ALIGN
         * @return the new Buffer, which this call's caller closes
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public Buffer alloc(long size, long align) {
            drain();
            return new Buffer(this, Native.bufferAlloc(handle, size, align));
        }

        /**
         * Allocates `size` bytes aligned to `align` (a power of two up to `max_align`).
         * The bytes are zeroed.
         * <p>align is 16L, the IDL default.
         *
         * @param size the IDL's size (u64, passed as a Java long: a negative value is read as 2^64 plus it); must be at most MAX_SIZE
         * @return the new Buffer, which this call's caller closes
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public Buffer alloc(long size) {
            drain();
            return new Buffer(this, Native.bufferAlloc(handle, size, 16L));
        }

        /**
         * Copies `data` into a new bytes object (counted as a copy).
         *
         * @param data the IDL's data
         * @return the new Bytes, which this call's caller closes
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public Bytes bytes(byte[] data) {
            if (data == null) {
                throw new InvalidArgumentException("bytes.create: 'data' is null");
            }
            drain();
            return new Bytes(this, Native.bytesCreate(handle, data));
        }

        /**
         * Validates `text` as UTF-8 and copies it into a new string (counted as a copy).
         * Invalid input fails with the byte offset of the first bad sequence in the
         * message.
         *
         * @param text the IDL's text
         * @return the new WeaveHeapString, which this call's caller closes
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws InvalidUtf8Exception The text is not valid UTF-8; the message names the byte offset.
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public WeaveHeapString string(byte[] text) {
            if (text == null) {
                throw new InvalidArgumentException("string.create: 'text' is null");
            }
            drain();
            return new WeaveHeapString(this, Native.stringCreate(handle, text));
        }

        /**
         * Makes an empty vector of `type` with room for `capacity` values, and a validity
         * bitmap when `nullable`. Its memory (values, then the bitmap, each 64-byte
         * aligned) is taken from the region at once. `utf8` and `binary` are
         * invalid_argument here (they vary in size: `var_vector.create`).
         *
         * @param type the IDL's type
         * @param capacity the IDL's capacity (u64, passed as a Java long: a negative value is read as 2^64 plus it); must be at most MAX_SIZE
         * @param nullable the IDL's nullable
         * @return the new Vector, which this call's caller closes
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public Vector vector(ElementType type, long capacity, boolean nullable) {
            if (type == null) {
                throw new InvalidArgumentException("vector.create: 'type' is null");
            }
            drain();
            return new Vector(this, Native.vectorCreate(handle, type.code(), capacity, nullable));
        }

        /**
         * Makes an empty vector of `type` with room for `capacity` values, and a validity
         * bitmap when `nullable`. Its memory (values, then the bitmap, each 64-byte
         * aligned) is taken from the region at once. `utf8` and `binary` are
         * invalid_argument here (they vary in size: `var_vector.create`).
         * <p>nullable is false, the IDL default.
         *
         * @param type the IDL's type
         * @param capacity the IDL's capacity (u64, passed as a Java long: a negative value is read as 2^64 plus it); must be at most MAX_SIZE
         * @return the new Vector, which this call's caller closes
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public Vector vector(ElementType type, long capacity) {
            if (type == null) {
                throw new InvalidArgumentException("vector.create: 'type' is null");
            }
            drain();
            return new Vector(this, Native.vectorCreate(handle, type.code(), capacity, false));
        }

        /**
         * Makes an empty column of `utf8` values (Arrow's "u": UTF-8 strings of any size),
         * or of `binary` ones ("z": byte strings) when `binary`, with room for `capacity`
         * values holding `data_capacity` bytes in all (at most 2^31 - 1: Arrow's offsets
         * are int32), and a validity bitmap when `nullable`. Its memory (the data, the
         * capacity + 1 offsets, then the bitmap, each 64-byte aligned) is taken from the
         * region at once. Sizes are checked in 64 bits: one that no region can hold, or
         * past the region's byte limit, is out_of_memory.
         *
         * @param capacity the IDL's capacity (u64, passed as a Java long: a negative value is read as 2^64 plus it); must be at most MAX_SIZE
         * @param dataCapacity the IDL's data_capacity (u64, passed as a Java long: a negative value is read as 2^64 plus it); must be at most 2147483647
         * @param nullable the IDL's nullable
         * @param binary the IDL's binary
         * @return the new VarVector, which this call's caller closes
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public VarVector varVector(long capacity, long dataCapacity, boolean nullable, boolean binary) {
            drain();
            return new VarVector(this, Native.varVectorCreate(handle, capacity, dataCapacity, nullable, binary));
        }

        /**
         * Makes an empty column of `utf8` values (Arrow's "u": UTF-8 strings of any size),
         * or of `binary` ones ("z": byte strings) when `binary`, with room for `capacity`
         * values holding `data_capacity` bytes in all (at most 2^31 - 1: Arrow's offsets
         * are int32), and a validity bitmap when `nullable`. Its memory (the data, the
         * capacity + 1 offsets, then the bitmap, each 64-byte aligned) is taken from the
         * region at once. Sizes are checked in 64 bits: one that no region can hold, or
         * past the region's byte limit, is out_of_memory.
         * <p>binary is false, the IDL default.
         *
         * @param capacity the IDL's capacity (u64, passed as a Java long: a negative value is read as 2^64 plus it); must be at most MAX_SIZE
         * @param dataCapacity the IDL's data_capacity (u64, passed as a Java long: a negative value is read as 2^64 plus it); must be at most 2147483647
         * @param nullable the IDL's nullable
         * @return the new VarVector, which this call's caller closes
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public VarVector varVector(long capacity, long dataCapacity, boolean nullable) {
            drain();
            return new VarVector(this, Native.varVectorCreate(handle, capacity, dataCapacity, nullable, false));
        }

        /**
         * Makes an empty column of `utf8` values (Arrow's "u": UTF-8 strings of any size),
         * or of `binary` ones ("z": byte strings) when `binary`, with room for `capacity`
         * values holding `data_capacity` bytes in all (at most 2^31 - 1: Arrow's offsets
         * are int32), and a validity bitmap when `nullable`. Its memory (the data, the
         * capacity + 1 offsets, then the bitmap, each 64-byte aligned) is taken from the
         * region at once. Sizes are checked in 64 bits: one that no region can hold, or
         * past the region's byte limit, is out_of_memory.
         * <p>nullable is false, the IDL default.
         * <p>binary is false, the IDL default.
         *
         * @param capacity the IDL's capacity (u64, passed as a Java long: a negative value is read as 2^64 plus it); must be at most MAX_SIZE
         * @param dataCapacity the IDL's data_capacity (u64, passed as a Java long: a negative value is read as 2^64 plus it); must be at most 2147483647
         * @return the new VarVector, which this call's caller closes
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public VarVector varVector(long capacity, long dataCapacity) {
            drain();
            return new VarVector(this, Native.varVectorCreate(handle, capacity, dataCapacity, false, false));
        }

        /**
         * Makes an empty batch in `region` with room for `max_columns` columns (1 to
         * 4096). Its record (the columns' handles, borrows and names) is taken from the
         * region at once.
         *
         * @param maxColumns the IDL's max_columns (u32, passed as a Java int: read as unsigned); must be at most 4096
         * @return the new Batch, which this call's caller closes
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public Batch batch(int maxColumns) {
            drain();
            return new Batch(this, Native.batchCreate(handle, maxColumns));
        }

        /**
         * Makes an empty list column with room for `capacity` lists over `child` (a column
         * of `region`, empty, not borrowed unique), and a validity bitmap when `nullable`;
         * it holds a shared borrow of `child` until it is released. With `map`, the child
         * must be a batch of two columns whose first (the key) is not nullable: a map
         * column ("+m"). A bad child, a nesting deeper than 16 levels or a capacity above
         * max_size is invalid_argument, a child borrowed unique borrow_conflict. A refused
         * list borrows nothing.
         *
         * @param child the IDL's child
         * @param capacity the IDL's capacity (u64, passed as a Java long: a negative value is read as 2^64 plus it); must be at most MAX_SIZE
         * @param nullable the IDL's nullable
         * @param map the IDL's map
         * @return the new ListVector, which this call's caller closes
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws BorrowConflictException The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public ListVector listVector(Resource child, long capacity, boolean nullable, boolean map) {
            if (child == null) {
                throw new InvalidArgumentException("list_vector.create: 'child' is null");
            }
            drain();
            return new ListVector(this, Native.listVectorCreate(handle, child.handle, capacity, nullable, map));
        }

        /**
         * Makes an empty list column with room for `capacity` lists over `child` (a column
         * of `region`, empty, not borrowed unique), and a validity bitmap when `nullable`;
         * it holds a shared borrow of `child` until it is released. With `map`, the child
         * must be a batch of two columns whose first (the key) is not nullable: a map
         * column ("+m"). A bad child, a nesting deeper than 16 levels or a capacity above
         * max_size is invalid_argument, a child borrowed unique borrow_conflict. A refused
         * list borrows nothing.
         * <p>map is false, the IDL default.
         *
         * @param child the IDL's child
         * @param capacity the IDL's capacity (u64, passed as a Java long: a negative value is read as 2^64 plus it); must be at most MAX_SIZE
         * @param nullable the IDL's nullable
         * @return the new ListVector, which this call's caller closes
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws BorrowConflictException The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public ListVector listVector(Resource child, long capacity, boolean nullable) {
            if (child == null) {
                throw new InvalidArgumentException("list_vector.create: 'child' is null");
            }
            drain();
            return new ListVector(this, Native.listVectorCreate(handle, child.handle, capacity, nullable, false));
        }

        /**
         * Makes an empty list column with room for `capacity` lists over `child` (a column
         * of `region`, empty, not borrowed unique), and a validity bitmap when `nullable`;
         * it holds a shared borrow of `child` until it is released. With `map`, the child
         * must be a batch of two columns whose first (the key) is not nullable: a map
         * column ("+m"). A bad child, a nesting deeper than 16 levels or a capacity above
         * max_size is invalid_argument, a child borrowed unique borrow_conflict. A refused
         * list borrows nothing.
         * <p>nullable is false, the IDL default.
         * <p>map is false, the IDL default.
         *
         * @param child the IDL's child
         * @param capacity the IDL's capacity (u64, passed as a Java long: a negative value is read as 2^64 plus it); must be at most MAX_SIZE
         * @return the new ListVector, which this call's caller closes
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws BorrowConflictException The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public ListVector listVector(Resource child, long capacity) {
            if (child == null) {
                throw new InvalidArgumentException("list_vector.create: 'child' is null");
            }
            drain();
            return new ListVector(this, Native.listVectorCreate(handle, child.handle, capacity, false, false));
        }

        /**
         * Makes an empty stream in `region` with room for `max_batches` batches (1 to
         * 65536), taken from the region at once.
         *
         * @param maxBatches the IDL's max_batches (u32, passed as a Java int: read as unsigned); must be at most 65536
         * @return the new BatchStream, which this call's caller closes
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public BatchStream batchStream(int maxBatches) {
            drain();
            return new BatchStream(this, Native.batchStreamCreate(handle, maxBatches));
        }

        /**
         * A foreign array of `type` (a fixed-width one: not boolean, utf8 or binary, which
         * are invalid_argument) whose producer is the core: a copy of `values` (a whole
         * number of values in the machine's byte order, else invalid_argument) in memory
         * of its own, counted as a copy and not as an import. For the languages with no
         * Arrow library to import from, and for tests: its views and export behave as an
         * import's.
         *
         * @param type the IDL's type
         * @param values the IDL's values
         * @return the new Foreign, which this call's caller closes
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public Foreign foreign(ElementType type, byte[] values) {
            if (type == null) {
                throw new InvalidArgumentException("foreign.create: 'type' is null");
            }
            if (values == null) {
                throw new InvalidArgumentException("foreign.create: 'values' is null");
            }
            drain();
            return new Foreign(this, Native.foreignCreate(handle, type.code(), values));
        }

        /**
         * Destroys a region: frees every object in it at once, returns its chunks, and
         * makes every handle of it stale. Fails, changing nothing, while any object of the
         * region is borrowed.
         *
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            drain();
            Native.regionDestroy(handle);
            released();
        }
    }

    /**
     * A mutable, sized, aligned block of memory in a region.
     *
     * Closing it is idempotent: a second close() does nothing.
     */
    public static final class Buffer extends Resource implements Memory {
        private final Region region;

        Buffer(Region region, long handle) {
            super(handle, region.pending, false);
            this.region = region;
        }

        private Buffer(long handle) {
            super(handle, null, false);
            this.region = null;
        }

        /**
         * Wraps a raw handle, unchecked: the core checks it at each call (one of
         * another kind is a WrongKindException, one never issued a
         * ForgedHandleException). The wrapper is not watched by the Cleaner.
         *
         * @param handle a raw handle
         * @return a Buffer of that handle
         */
        public static Buffer fromHandle(long handle) {
            return new Buffer(handle);
        }

        /**
         * The Region this object lives in.
         *
         * @return it; null for a wrapper made by fromHandle
         */
        public Region region() {
            return region;
        }

        /**
         * The buffer's size in bytes.
         *
         * @return the buffer's size in bytes
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long size() {
            drain();
            return Native.bufferSize(handle);
        }

        /**
         * Copies `data` into the buffer at `offset` (counted as a copy). The owner may
         * write only while no borrow is outstanding.
         *
         * @param offset the IDL's offset (u64, passed as a Java long: a negative value is read as 2^64 plus it)
         * @param data the IDL's data
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public void write(long offset, byte[] data) {
            if (data == null) {
                throw new InvalidArgumentException("buffer.write: 'data' is null");
            }
            drain();
            Native.bufferWrite(handle, offset, data);
        }

        /**
         * Copies bytes from `offset` into `dst` (counted as a copy). Fails while a unique
         * borrow is outstanding.
         *
         * @param offset the IDL's offset (u64, passed as a Java long: a negative value is read as 2^64 plus it)
         * @param dst the IDL's dst
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public void read(long offset, byte[] dst) {
            if (dst == null) {
                throw new InvalidArgumentException("buffer.read: 'dst' is null");
            }
            drain();
            Native.bufferRead(handle, offset, dst);
        }

        /**
         * Takes a shared borrow: `view` is read-only and lives until the returned token is
         * released. Fails with borrow_conflict while a unique borrow is outstanding.
         *
         * @return the shared view (borrow.shared), holding its borrow until closed
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         * @throws BorrowConflictException The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         */
        public View view() {
            return view(Access.SHARED);
        }

        /**
         * A view of this object's bytes in place: the shared borrow (borrow.shared: many at a
         * time, read-only) or the unique one (borrow.unique: the only one, writable for a
         * buffer). It holds its borrow until closed; while it lives the object cannot be closed
         * nor its region reset or closed.
         *
         * @param access which borrow to take
         * @return the view, holding its borrow until closed
         * @throws InvalidArgumentException access is null
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         * @throws BorrowConflictException The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         */
        public View view(Access access) {
            if (access == null) {
                throw new InvalidArgumentException("view: 'access' is null");
            }
            drain();
            long[] out = new long[3];
            java.nio.ByteBuffer data = access == Access.UNIQUE ? Native.borrowUnique(handle, out)
                : Native.borrowShared(handle, out);
            try {
                return new View(this, pending, out[0], data, out[1] != 0, out[2]);
            } catch (RuntimeException | Error e) {
                Native.releaseQuietly(out[0]);   // the borrow is given back whatever failed after it
                throw e;
            }
        }

        /**
         * Releases a buffer; its handle becomes stale. The memory returns to the region at
         * its next reset or destroy. Fails while it is borrowed.
         *
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            drain();
            Native.bufferRelease(handle);
            released();
        }
    }

    /**
     * An immutable byte string in a region.
     *
     * Closing it is idempotent: a second close() does nothing.
     */
    public static final class Bytes extends Resource implements Memory {
        private final Region region;

        Bytes(Region region, long handle) {
            super(handle, region.pending, false);
            this.region = region;
        }

        private Bytes(long handle) {
            super(handle, null, false);
            this.region = null;
        }

        /**
         * Wraps a raw handle, unchecked: the core checks it at each call (one of
         * another kind is a WrongKindException, one never issued a
         * ForgedHandleException). The wrapper is not watched by the Cleaner.
         *
         * @param handle a raw handle
         * @return a Bytes of that handle
         */
        public static Bytes fromHandle(long handle) {
            return new Bytes(handle);
        }

        /**
         * The Region this object lives in.
         *
         * @return it; null for a wrapper made by fromHandle
         */
        public Region region() {
            return region;
        }

        /**
         * The length in bytes.
         *
         * @return the length in bytes
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long length() {
            drain();
            return Native.bytesLength(handle);
        }

        /**
         * A copy of the bytes in memory the caller owns (counted as a copy); free it with
         * `free_bytes`. An empty object gives a non-NULL pointer.
         *
         * @return a copy of the bytes in memory the caller owns (counted as a copy); free it with `free_bytes`
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public byte[] dup() {
            drain();
            return Native.bytesDup(handle);
        }

        /**
         * Takes a shared borrow: `view` is read-only and lives until the returned token is
         * released. Fails with borrow_conflict while a unique borrow is outstanding.
         *
         * @return the shared view (borrow.shared), holding its borrow until closed
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         * @throws BorrowConflictException The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         */
        public View view() {
            return view(Access.SHARED);
        }

        /**
         * A view of this object's bytes in place: the shared borrow (borrow.shared: many at a
         * time, read-only) or the unique one (borrow.unique: the only one, writable for a
         * buffer). It holds its borrow until closed; while it lives the object cannot be closed
         * nor its region reset or closed.
         *
         * @param access which borrow to take
         * @return the view, holding its borrow until closed
         * @throws InvalidArgumentException access is null
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         * @throws BorrowConflictException The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         */
        public View view(Access access) {
            if (access == null) {
                throw new InvalidArgumentException("view: 'access' is null");
            }
            drain();
            long[] out = new long[3];
            java.nio.ByteBuffer data = access == Access.UNIQUE ? Native.borrowUnique(handle, out)
                : Native.borrowShared(handle, out);
            try {
                return new View(this, pending, out[0], data, out[1] != 0, out[2]);
            } catch (RuntimeException | Error e) {
                Native.releaseQuietly(out[0]);   // the borrow is given back whatever failed after it
                throw e;
            }
        }

        /**
         * Releases a bytes object. Fails while it is borrowed.
         *
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            drain();
            Native.bytesRelease(handle);
            released();
        }
    }

    /**
     * An immutable, validated UTF-8 string in a region, stored with a trailing NUL so
     * that C can read it in place.
     *
     * Closing it is idempotent: a second close() does nothing.
     */
    public static final class WeaveHeapString extends Resource implements Memory {
        private final Region region;

        WeaveHeapString(Region region, long handle) {
            super(handle, region.pending, false);
            this.region = region;
        }

        private WeaveHeapString(long handle) {
            super(handle, null, false);
            this.region = null;
        }

        /**
         * Wraps a raw handle, unchecked: the core checks it at each call (one of
         * another kind is a WrongKindException, one never issued a
         * ForgedHandleException). The wrapper is not watched by the Cleaner.
         *
         * @param handle a raw handle
         * @return a WeaveHeapString of that handle
         */
        public static WeaveHeapString fromHandle(long handle) {
            return new WeaveHeapString(handle);
        }

        /**
         * The Region this object lives in.
         *
         * @return it; null for a wrapper made by fromHandle
         */
        public Region region() {
            return region;
        }

        /**
         * The length in bytes, without the trailing NUL.
         *
         * @return the length in bytes, without the trailing NUL
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long length() {
            drain();
            return Native.stringLength(handle);
        }

        /**
         * A NUL-terminated copy the caller owns (counted as a copy); free it with
         * `free_string`.
         *
         * @return a NUL-terminated copy the caller owns (counted as a copy); free it with `free_string`
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public String dup() {
            drain();
            return new String(Native.stringDup(handle), StandardCharsets.UTF_8);
        }

        /**
         * Takes a shared borrow: `view` is read-only and lives until the returned token is
         * released. Fails with borrow_conflict while a unique borrow is outstanding.
         *
         * @return the shared view (borrow.shared), holding its borrow until closed
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         * @throws BorrowConflictException The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         */
        public View view() {
            return view(Access.SHARED);
        }

        /**
         * A view of this object's bytes in place: the shared borrow (borrow.shared: many at a
         * time, read-only) or the unique one (borrow.unique: the only one, writable for a
         * buffer). It holds its borrow until closed; while it lives the object cannot be closed
         * nor its region reset or closed.
         *
         * @param access which borrow to take
         * @return the view, holding its borrow until closed
         * @throws InvalidArgumentException access is null
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         * @throws BorrowConflictException The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         */
        public View view(Access access) {
            if (access == null) {
                throw new InvalidArgumentException("view: 'access' is null");
            }
            drain();
            long[] out = new long[3];
            java.nio.ByteBuffer data = access == Access.UNIQUE ? Native.borrowUnique(handle, out)
                : Native.borrowShared(handle, out);
            try {
                return new View(this, pending, out[0], data, out[1] != 0, out[2]);
            } catch (RuntimeException | Error e) {
                Native.releaseQuietly(out[0]);   // the borrow is given back whatever failed after it
                throw e;
            }
        }

        /**
         * Releases a string. Fails while it is borrowed.
         *
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            drain();
            Native.stringRelease(handle);
            released();
        }
    }

    /**
     * A borrow of a buffer, bytes, string or vector: proof that a view is live.
     */
    /*
     * The view's bytes are the core's, in place (a direct ByteBuffer made by
     * the glue over the core's address). The checked accessors below refuse a
     * closed view: a ByteBuffer cannot be detached, so handing it out is the
     * one unchecked way in (unsafeBuffer).
     */
    public static final class View extends Resource {
        private static final ByteBuffer EMPTY = ByteBuffer.allocateDirect(0).asReadOnlyBuffer();
        private final Resource target;
        private final ByteBuffer buffer;
        private final boolean writable;
        private final int length;
        private final long address;

        View(Resource target, Pending pending, long token, ByteBuffer data, boolean writable, long address) {
            super(token, pending, false);
            this.target = target;
            this.writable = writable;
            this.buffer = writable ? data : data.asReadOnlyBuffer();
            this.length = data.capacity();
            this.address = address;
        }

        /**
         * Wraps a raw borrow token, unchecked and without its bytes (its length
         * is 0): it can only be closed, which ends that borrow.
         *
         * @param handle a raw borrow token
         * @return a View of that token
         */
        public static View fromHandle(long handle) {
            return new View(null, null, handle, EMPTY, false, 0);
        }

        /**
         * The length of the viewed bytes.
         *
         * @return the length in bytes (a string's without its NUL)
         */
        public int length() {
            return length;
        }

        /**
         * Whether the view may be written: the unique view of a buffer.
         *
         * @return true when writable
         */
        public boolean writable() {
            return writable;
        }

        /**
         * The address of the first viewed byte as the core gave it, for
         * diagnostics and zero-copy checks.
         *
         * @return the address (0 for a view made by fromHandle)
         */
        public long address() {
            return address;
        }

        /**
         * The object this view borrows.
         *
         * @return it; null for a view made by fromHandle
         */
        public Resource target() {
            return target;
        }

        /* Throws unless the view is open and [index, index + count) lies in it. */
        private void check(int index, int count) {
            if (closed) {
                throw new StaleHandleException("the view " + this + " is closed: its memory is no longer borrowed");
            }
            if (index < 0 || count < 0 || count > length - index) {
                throw new OutOfRangeException(count + " bytes at " + index + " reach past the view's " + length);
            }
        }

        private void checkWrite(int index, int count) {
            check(index, count);
            if (!writable) {
                throw new InvalidArgumentException("the view " + this + " is read-only");
            }
        }

        private static void checkArray(byte[] array, String name, int offset, int count) {
            if (array == null) {
                throw new InvalidArgumentException("'" + name + "' is null");
            }
            if (offset < 0 || count < 0 || count > array.length - offset) {
                throw new OutOfRangeException(count + " bytes at " + offset + " reach past the array's " + array.length);
            }
        }

        /**
         * Reads one byte.
         *
         * @param index its offset
         * @return the byte at index
         * @throws StaleHandleException once the view is closed
         * @throws OutOfRangeException when index is outside the view
         */
        public byte get(int index) {
            check(index, 1);
            return buffer.get(index);
        }

        /**
         * Reads 8 bytes as a long, in the ByteBuffer's order (big-endian).
         *
         * @param index the offset of the first
         * @return the long at index
         * @throws StaleHandleException once the view is closed
         * @throws OutOfRangeException when the bytes are outside the view
         */
        public long getLong(int index) {
            check(index, 8);
            return buffer.getLong(index);
        }

        /**
         * Copies bytes out of the view, to fill dst.
         *
         * @param index the offset of the first
         * @param dst where they go
         * @return this view
         * @throws StaleHandleException once the view is closed
         * @throws OutOfRangeException when the bytes are outside the view
         * @throws InvalidArgumentException when dst is null
         */
        public View get(int index, byte[] dst) {
            return get(index, dst, 0, dst == null ? 0 : dst.length);
        }

        /**
         * Copies count bytes out of the view into dst at offset.
         *
         * @param index the offset of the first in the view
         * @param dst where they go
         * @param offset where in dst
         * @param count how many
         * @return this view
         * @throws StaleHandleException once the view is closed
         * @throws OutOfRangeException when the bytes are outside the view or dst
         * @throws InvalidArgumentException when dst is null
         */
        public View get(int index, byte[] dst, int offset, int count) {
            checkArray(dst, "dst", offset, count);
            check(index, count);
            buffer.get(index, dst, offset, count);
            return this;
        }

        /**
         * Writes one byte.
         *
         * @param index its offset
         * @param value the byte
         * @return this view
         * @throws StaleHandleException once the view is closed
         * @throws OutOfRangeException when index is outside the view
         * @throws InvalidArgumentException when the view is read-only
         */
        public View put(int index, byte value) {
            checkWrite(index, 1);
            buffer.put(index, value);
            return this;
        }

        /**
         * Writes a long as 8 bytes, in the ByteBuffer's order (big-endian).
         *
         * @param index the offset of the first
         * @param value the long
         * @return this view
         * @throws StaleHandleException once the view is closed
         * @throws OutOfRangeException when the bytes are outside the view
         * @throws InvalidArgumentException when the view is read-only
         */
        public View putLong(int index, long value) {
            checkWrite(index, 8);
            buffer.putLong(index, value);
            return this;
        }

        /**
         * Copies all of src into the view at index.
         *
         * @param index the offset of the first
         * @param src the bytes
         * @return this view
         * @throws StaleHandleException once the view is closed
         * @throws OutOfRangeException when the bytes are outside the view
         * @throws InvalidArgumentException when src is null or the view is read-only
         */
        public View put(int index, byte[] src) {
            return put(index, src, 0, src == null ? 0 : src.length);
        }

        /**
         * Copies count bytes of src from offset into the view at index.
         *
         * @param index the offset of the first in the view
         * @param src the bytes
         * @param offset where in src
         * @param count how many
         * @return this view
         * @throws StaleHandleException once the view is closed
         * @throws OutOfRangeException when the bytes are outside the view or src
         * @throws InvalidArgumentException when src is null or the view is read-only
         */
        public View put(int index, byte[] src, int offset, int count) {
            checkArray(src, "src", offset, count);
            checkWrite(index, count);
            buffer.put(index, src, offset, count);
            return this;
        }

        /**
         * A copy of the viewed bytes (a Java copy: the core counts none).
         *
         * @return the bytes
         * @throws StaleHandleException once the view is closed
         */
        public byte[] toByteArray() {
            byte[] out = new byte[length];
            get(0, out);
            return out;
        }

        /**
         * The viewed bytes as a direct ByteBuffer over the core's memory,
         * read-only unless {@link #writable()}. Nothing checks its uses: it
         * must not be used once this view is closed (nor once the view is
         * unreachable, when the Cleaner may close it), since a ByteBuffer
         * cannot be detached. docs/java.md says what such a use does; the
         * accessors of this class are the checked way.
         *
         * @return the raw ByteBuffer
         * @throws StaleHandleException once the view is closed
         */
        public ByteBuffer unsafeBuffer() {
            check(0, 0);
            return buffer;
        }

        /**
         * The viewed values as a ByteBuffer over the core's memory, in the
         * machine's byte order, without a copy: for a view of a
         * Vector of int8,
         * Vector of uint8
         * read-only unless {@link #writable()}. Like {@link #unsafeBuffer()}
         * nothing checks its uses: it must not be used once this view is
         * closed; this view holds the borrow, so the object cannot be closed
         * (nor its region reset) before.
         *
         * @return the ByteBuffer
         * @throws StaleHandleException once the view is closed
         * @throws InvalidArgumentException when the viewed object's values are not of
         *         one of those types (bytes, another width, a boolean bitmap)
         */
        public java.nio.ByteBuffer asByteBuffer() {
            check(0, 0);
            if (target instanceof Vector && ((Vector) target).elementType() == ElementType.INT8) {
                return buffer.duplicate().order(java.nio.ByteOrder.nativeOrder());
            }
            if (target instanceof Vector && ((Vector) target).elementType() == ElementType.UINT8) {
                return buffer.duplicate().order(java.nio.ByteOrder.nativeOrder());
            }
            throw new InvalidArgumentException("the view " + this + " is not of values a ByteBuffer shows");
        }

        /**
         * The viewed values as a ShortBuffer over the core's memory, in the
         * machine's byte order, without a copy: for a view of a
         * Vector of int16,
         * Vector of uint16
         * read-only unless {@link #writable()}. Like {@link #unsafeBuffer()}
         * nothing checks its uses: it must not be used once this view is
         * closed; this view holds the borrow, so the object cannot be closed
         * (nor its region reset) before.
         *
         * @return the ShortBuffer
         * @throws StaleHandleException once the view is closed
         * @throws InvalidArgumentException when the viewed object's values are not of
         *         one of those types (bytes, another width, a boolean bitmap)
         */
        public java.nio.ShortBuffer asShortBuffer() {
            check(0, 0);
            if (target instanceof Vector && ((Vector) target).elementType() == ElementType.INT16) {
                return buffer.duplicate().order(java.nio.ByteOrder.nativeOrder()).asShortBuffer();
            }
            if (target instanceof Vector && ((Vector) target).elementType() == ElementType.UINT16) {
                return buffer.duplicate().order(java.nio.ByteOrder.nativeOrder()).asShortBuffer();
            }
            throw new InvalidArgumentException("the view " + this + " is not of values a ShortBuffer shows");
        }

        /**
         * The viewed values as a IntBuffer over the core's memory, in the
         * machine's byte order, without a copy: for a view of a
         * Vector of int32,
         * Vector of uint32
         * read-only unless {@link #writable()}. Like {@link #unsafeBuffer()}
         * nothing checks its uses: it must not be used once this view is
         * closed; this view holds the borrow, so the object cannot be closed
         * (nor its region reset) before.
         *
         * @return the IntBuffer
         * @throws StaleHandleException once the view is closed
         * @throws InvalidArgumentException when the viewed object's values are not of
         *         one of those types (bytes, another width, a boolean bitmap)
         */
        public java.nio.IntBuffer asIntBuffer() {
            check(0, 0);
            if (target instanceof Vector && ((Vector) target).elementType() == ElementType.INT32) {
                return buffer.duplicate().order(java.nio.ByteOrder.nativeOrder()).asIntBuffer();
            }
            if (target instanceof Vector && ((Vector) target).elementType() == ElementType.UINT32) {
                return buffer.duplicate().order(java.nio.ByteOrder.nativeOrder()).asIntBuffer();
            }
            throw new InvalidArgumentException("the view " + this + " is not of values a IntBuffer shows");
        }

        /**
         * The viewed values as a LongBuffer over the core's memory, in the
         * machine's byte order, without a copy: for a view of a
         * Vector of int64,
         * Vector of uint64
         * read-only unless {@link #writable()}. Like {@link #unsafeBuffer()}
         * nothing checks its uses: it must not be used once this view is
         * closed; this view holds the borrow, so the object cannot be closed
         * (nor its region reset) before.
         *
         * @return the LongBuffer
         * @throws StaleHandleException once the view is closed
         * @throws InvalidArgumentException when the viewed object's values are not of
         *         one of those types (bytes, another width, a boolean bitmap)
         */
        public java.nio.LongBuffer asLongBuffer() {
            check(0, 0);
            if (target instanceof Vector && ((Vector) target).elementType() == ElementType.INT64) {
                return buffer.duplicate().order(java.nio.ByteOrder.nativeOrder()).asLongBuffer();
            }
            if (target instanceof Vector && ((Vector) target).elementType() == ElementType.UINT64) {
                return buffer.duplicate().order(java.nio.ByteOrder.nativeOrder()).asLongBuffer();
            }
            throw new InvalidArgumentException("the view " + this + " is not of values a LongBuffer shows");
        }

        /**
         * The viewed values as a FloatBuffer over the core's memory, in the
         * machine's byte order, without a copy: for a view of a
         * Vector of float32
         * read-only unless {@link #writable()}. Like {@link #unsafeBuffer()}
         * nothing checks its uses: it must not be used once this view is
         * closed; this view holds the borrow, so the object cannot be closed
         * (nor its region reset) before.
         *
         * @return the FloatBuffer
         * @throws StaleHandleException once the view is closed
         * @throws InvalidArgumentException when the viewed object's values are not of
         *         one of those types (bytes, another width, a boolean bitmap)
         */
        public java.nio.FloatBuffer asFloatBuffer() {
            check(0, 0);
            if (target instanceof Vector && ((Vector) target).elementType() == ElementType.FLOAT32) {
                return buffer.duplicate().order(java.nio.ByteOrder.nativeOrder()).asFloatBuffer();
            }
            throw new InvalidArgumentException("the view " + this + " is not of values a FloatBuffer shows");
        }

        /**
         * The viewed values as a DoubleBuffer over the core's memory, in the
         * machine's byte order, without a copy: for a view of a
         * Vector of float64
         * read-only unless {@link #writable()}. Like {@link #unsafeBuffer()}
         * nothing checks its uses: it must not be used once this view is
         * closed; this view holds the borrow, so the object cannot be closed
         * (nor its region reset) before.
         *
         * @return the DoubleBuffer
         * @throws StaleHandleException once the view is closed
         * @throws InvalidArgumentException when the viewed object's values are not of
         *         one of those types (bytes, another width, a boolean bitmap)
         */
        public java.nio.DoubleBuffer asDoubleBuffer() {
            check(0, 0);
            if (target instanceof Vector && ((Vector) target).elementType() == ElementType.FLOAT64) {
                return buffer.duplicate().order(java.nio.ByteOrder.nativeOrder()).asDoubleBuffer();
            }
            throw new InvalidArgumentException("the view " + this + " is not of values a DoubleBuffer shows");
        }

        /**
         * Ends a borrow; the view must not be used again. A second release of the same
         * token is a stale-handle error.
         *
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            drain();
            Native.borrowRelease(handle);
            released();
        }
    }

    /**
     * A typed column of fixed-width values in a region, laid out as an Arrow primitive
     * array (values, and a validity bitmap when it is nullable): its views and Arrow
     * exports read it in place.
     *
     * Closing it is idempotent: a second close() does nothing.
     */
    public static final class Vector extends Resource implements Memory {
        private final Region region;

        Vector(Region region, long handle) {
            super(handle, region.pending, false);
            this.region = region;
        }

        private Vector(long handle) {
            super(handle, null, false);
            this.region = null;
        }

        /**
         * Wraps a raw handle, unchecked: the core checks it at each call (one of
         * another kind is a WrongKindException, one never issued a
         * ForgedHandleException). The wrapper is not watched by the Cleaner.
         *
         * @param handle a raw handle
         * @return a Vector of that handle
         */
        public static Vector fromHandle(long handle) {
            return new Vector(handle);
        }

        /**
         * The Region this object lives in.
         *
         * @return it; null for a wrapper made by fromHandle
         */
        public Region region() {
            return region;
        }

        /**
         * The number of values (nulls included).
         *
         * @return the number of values (nulls included)
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long length() {
            drain();
            return Native.vectorLength(handle);
        }

        /**
         * The number of values it has room for.
         *
         * @return the number of values it has room for
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long capacity() {
            drain();
            return Native.vectorCapacity(handle);
        }

        /**
         * Gives the vector room for `capacity` values (more or fewer): a new allocation
         * from the region, the values and validity bitmap copied into it (counted as a
         * copy), the old memory given back as a release gives it. A capacity below the
         * length is invalid_argument; one whose bytes pass the maximum size or the
         * region's byte limit (the old memory still counts while the new is taken)
         * out_of_memory. Fails while the vector is borrowed (a view, an Arrow export, a
         * batch). A refused resize changes nothing.
         *
         * @param capacity the IDL's capacity (u64, passed as a Java long: a negative value is read as 2^64 plus it); must be at most MAX_SIZE
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public void resize(long capacity) {
            drain();
            Native.vectorResize(handle, capacity);
        }

        /**
         * The type of its values.
         *
         * @return the type of its values
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public ElementType elementType() {
            drain();
            return ElementType.of(Native.vectorElementType(handle));
        }

        /**
         * The number of null values.
         *
         * @return the number of null values
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long nullCount() {
            drain();
            return Native.vectorNullCount(handle);
        }

        /**
         * Appends an integer (0 or 1 for `boolean`). A value the type cannot hold, or a
         * full vector, is out_of_range; a float vector is invalid_argument (append its
         * values with `append_f64` or `extend`).
         *
         * @param value the IDL's value (i64, passed as a Java long: )
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public void append(long value) {
            drain();
            Native.vectorAppend(handle, value);
        }

        /**
         * Appends the values in `data`, in the machine's byte order, `data` holding a
         * whole number of them (one byte per value, 0 or 1, for `boolean`); counted as a
         * copy. Past the capacity it is out_of_range and appends nothing.
         *
         * @param data the IDL's data
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public void extend(byte[] data) {
            if (data == null) {
                throw new InvalidArgumentException("vector.extend: 'data' is null");
            }
            drain();
            Native.vectorExtend(handle, data);
        }

        /**
         * Appends a null (its value bytes are zero). A vector made without `nullable`
         * refuses it with invalid_argument.
         *
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public void appendNull() {
            drain();
            Native.vectorAppendNull(handle);
        }

        /**
         * Sets the value at `index` (below the length) and marks it valid; the value's
         * checks are those of `append`.
         *
         * @param index the IDL's index (u64, passed as a Java long: a negative value is read as 2^64 plus it)
         * @param value the IDL's value (i64, passed as a Java long: )
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public void set(long index, long value) {
            drain();
            Native.vectorSet(handle, index, value);
        }

        /**
         * The integer at `index` (a null reads as 0). A float vector is invalid_argument
         * (read it with `get_f64`), a uint64 above the largest i64 out_of_range. Fails
         * while a unique borrow is outstanding.
         *
         * @param index the IDL's index (u64, passed as a Java long: a negative value is read as 2^64 plus it)
         * @return the integer at `index` (a null reads as 0)
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long get(long index) {
            drain();
            return Native.vectorGet(handle, index);
        }

        /**
         * Appends a floating-point value to a float32 or float64 vector (a float32 vector
         * stores it rounded to the nearest float; a finite value beyond float32's range is
         * out_of_range, NaN and infinities are kept). An integer or boolean vector is
         * invalid_argument, a full one out_of_range.
         *
         * @param value the IDL's value
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public void appendF64(double value) {
            drain();
            Native.vectorAppendF64(handle, value);
        }

        /**
         * Sets the float at `index` (below the length, else out_of_range, for any type)
         * and marks it valid; the value's checks are those of `append_f64`.
         *
         * @param index the IDL's index (u64, passed as a Java long: a negative value is read as 2^64 plus it)
         * @param value the IDL's value
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public void setF64(long index, double value) {
            drain();
            Native.vectorSetF64(handle, index, value);
        }

        /**
         * The float at `index` (a null reads as 0; a float32 widened exactly). An index at
         * or past the length is out_of_range (for any type), an integer or boolean vector
         * invalid_argument. Fails while a unique borrow is outstanding.
         *
         * @param index the IDL's index (u64, passed as a Java long: a negative value is read as 2^64 plus it)
         * @return the float at `index` (a null reads as 0; a float32 widened exactly)
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public double getF64(long index) {
            drain();
            return Native.vectorGetF64(handle, index);
        }

        /**
         * Whether the value at `index` is not null.
         *
         * @param index the IDL's index (u64, passed as a Java long: a negative value is read as 2^64 plus it)
         * @return whether the value at `index` is not null
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public boolean isValid(long index) {
            drain();
            return Native.vectorIsValid(handle, index);
        }

        /**
         * Copies value bytes from `offset` into `dst` (counted as a copy), as a view would
         * show them. Fails while a unique borrow is outstanding.
         *
         * @param offset the IDL's offset (u64, passed as a Java long: a negative value is read as 2^64 plus it)
         * @param dst the IDL's dst
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public void read(long offset, byte[] dst) {
            if (dst == null) {
                throw new InvalidArgumentException("vector.read: 'dst' is null");
            }
            drain();
            Native.vectorRead(handle, offset, dst);
        }

        /**
         * Exports this object through the Arrow C Data Interface (vector.export_arrow: the C
         * header's doc says what it holds and refuses), without a copy; the result gives the
         * structs' addresses and says how long they live. Close it.
         *
         * @return the ArrowExport
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws BorrowConflictException The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public ArrowExport exportArrow() {
            drain();
            return new ArrowExport(Native.arrowVector(handle));
        }

        /**
         * Takes a shared borrow: `view` is read-only and lives until the returned token is
         * released. Fails with borrow_conflict while a unique borrow is outstanding.
         *
         * @return the shared view (borrow.shared), holding its borrow until closed
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         * @throws BorrowConflictException The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         */
        public View view() {
            return view(Access.SHARED);
        }

        /**
         * A view of this object's bytes in place: the shared borrow (borrow.shared: many at a
         * time, read-only) or the unique one (borrow.unique: the only one, writable for a
         * buffer). It holds its borrow until closed; while it lives the object cannot be closed
         * nor its region reset or closed.
         *
         * @param access which borrow to take
         * @return the view, holding its borrow until closed
         * @throws InvalidArgumentException access is null
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         * @throws BorrowConflictException The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         */
        public View view(Access access) {
            if (access == null) {
                throw new InvalidArgumentException("view: 'access' is null");
            }
            drain();
            long[] out = new long[3];
            java.nio.ByteBuffer data = access == Access.UNIQUE ? Native.borrowUnique(handle, out)
                : Native.borrowShared(handle, out);
            try {
                return new View(this, pending, out[0], data, out[1] != 0, out[2]);
            } catch (RuntimeException | Error e) {
                Native.releaseQuietly(out[0]);   // the borrow is given back whatever failed after it
                throw e;
            }
        }

        /**
         * Releases a vector. Fails while it is borrowed (a view or an Arrow export is
         * live).
         *
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            drain();
            Native.vectorRelease(handle);
            released();
        }
    }

    /**
     * A record batch: named vectors of equal length (Arrow's record batch, a struct
     * array of them). It holds a shared borrow of each column, so a column cannot
     * change, or be released, while it is in a batch; release the batch (before the
     * region's reset or destroy) to give them back.
     *
     * Closing it is idempotent: a second close() does nothing.
     */
    public static final class Batch extends Resource {
        private final Region region;

        Batch(Region region, long handle) {
            super(handle, region.pending, false);
            this.region = region;
        }

        private Batch(long handle) {
            super(handle, null, false);
            this.region = null;
        }

        /**
         * Wraps a raw handle, unchecked: the core checks it at each call (one of
         * another kind is a WrongKindException, one never issued a
         * ForgedHandleException). The wrapper is not watched by the Cleaner.
         *
         * @param handle a raw handle
         * @return a Batch of that handle
         */
        public static Batch fromHandle(long handle) {
            return new Batch(handle);
        }

        /**
         * The Region this object lives in.
         *
         * @return it; null for a wrapper made by fromHandle
         */
        public Region region() {
            return region;
        }

        /**
         * Adds `column` under `name` (1 to 63 bytes of UTF-8, unique in the batch), taking
         * a shared borrow of it until the batch is released. The column must be in the
         * batch's region and have as many values as the columns already there; a full
         * batch, a bad or repeated name or a length that differs is invalid_argument (the
         * message names the column), an outstanding unique borrow of the column
         * borrow_conflict. A refused column is not added and not borrowed.
         *
         * @param name the IDL's name
         * @param column the IDL's column
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws BorrowConflictException The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public void addColumn(byte[] name, Resource column) {
            if (name == null) {
                throw new InvalidArgumentException("batch.add_column: 'name' is null");
            }
            if (column == null) {
                throw new InvalidArgumentException("batch.add_column: 'column' is null");
            }
            drain();
            Native.batchAddColumn(handle, name, column.handle);
        }

        /**
         * The number of columns.
         *
         * @return the number of columns
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long numColumns() {
            drain();
            return Native.batchNumColumns(handle);
        }

        /**
         * The number of rows: the length of every column (0 with no column).
         *
         * @return the number of rows: the length of every column (0 with no column)
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long numRows() {
            drain();
            return Native.batchNumRows(handle);
        }

        /**
         * A copy of the name of column `index` (below `num_columns`, else out_of_range)
         * that the caller owns (counted as a copy); free it with `free_string`.
         *
         * @param index the IDL's index (u64, passed as a Java long: a negative value is read as 2^64 plus it)
         * @return a copy of the name of column `index` (below `num_columns`, else out_of_range) that the caller owns (counted as a copy); free it with `free_string`
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public String columnName(long index) {
            drain();
            return new String(Native.batchColumnName(handle, index), StandardCharsets.UTF_8);
        }

        /**
         * Checks every column against the Arrow layout, in place: its length is the
         * batch's rows, its validity bitmap holds its null count, its buffers hold its
         * values, a `utf8` or `binary` column's offsets start at 0 or more, never decrease
         * and stay within its data, and a `utf8` column's values are UTF-8. The first
         * fault is a typed error whose message names the column and the row:
         * invalid_argument (a length or null count), out_of_range (an offset, a buffer too
         * small), invalid_utf8. Changes nothing, copies nothing.
         *
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws InvalidUtf8Exception The text is not valid UTF-8; the message names the byte offset.
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public void validate() {
            drain();
            Native.batchValidate(handle);
        }

        /**
         * Appends one row to the batch's columns, all or nothing. `row` holds, for each
         * column in order, a tag byte (0: null, 1: a value) and, for a value, its bytes: a
         * fixed-width column's value in the machine's byte order (one byte, 0 or 1, for
         * `boolean`), a `utf8` or `binary` value as a u32 length in the machine's byte
         * order and then its bytes (docs/arrow.md). Counted as one copy. A malformed row,
         * a null in a column made without `nullable`, a bad boolean or a `utf8` value that
         * is not UTF-8 is invalid_argument, a full column out_of_range (the message names
         * the column); a live export of the batch, or a column that another holder (a
         * view, an export, another batch) borrows, is borrowed. A refused row changes no
         * column.
         *
         * @param row the IDL's row
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public void appendRow(byte[] row) {
            if (row == null) {
                throw new InvalidArgumentException("batch.append_row: 'row' is null");
            }
            drain();
            Native.batchAppendRow(handle, row);
        }

        /**
         * Exports this object through the Arrow C Data Interface (batch.export_arrow: the C
         * header's doc says what it holds and refuses), without a copy; the result gives the
         * structs' addresses and says how long they live. Close it.
         *
         * @return the ArrowExport
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public ArrowExport exportArrow() {
            drain();
            return new ArrowExport(Native.arrowBatch(handle));
        }

        /**
         * Releases a batch and gives back the borrows of its columns (the vectors stay,
         * their owner's again). Fails while an Arrow export of the batch is live.
         *
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            drain();
            Native.batchRelease(handle);
            released();
        }
    }

    /**
     * A stream of record batches of one schema, exported through the Arrow C Stream
     * Interface. It holds a shared borrow of each batch (which holds its columns)
     * until it is released.
     *
     * Closing it is idempotent: a second close() does nothing.
     */
    public static final class BatchStream extends Resource {
        private final Region region;

        BatchStream(Region region, long handle) {
            super(handle, region.pending, false);
            this.region = region;
        }

        private BatchStream(long handle) {
            super(handle, null, false);
            this.region = null;
        }

        /**
         * Wraps a raw handle, unchecked: the core checks it at each call (one of
         * another kind is a WrongKindException, one never issued a
         * ForgedHandleException). The wrapper is not watched by the Cleaner.
         *
         * @param handle a raw handle
         * @return a BatchStream of that handle
         */
        public static BatchStream fromHandle(long handle) {
            return new BatchStream(handle);
        }

        /**
         * The Region this object lives in.
         *
         * @return it; null for a wrapper made by fromHandle
         */
        public Region region() {
            return region;
        }

        /**
         * Adds `batch` at the end, taking a shared borrow of it until the stream is
         * released. The batch must be in the stream's region and have the first batch's
         * schema (the same column names, types and nullability); a full stream or another
         * schema is invalid_argument (the message says what differs). A refused batch is
         * not added.
         *
         * @param batch the IDL's batch
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public void addBatch(Batch batch) {
            if (batch == null) {
                throw new InvalidArgumentException("batch_stream.add_batch: 'batch' is null");
            }
            drain();
            Native.batchStreamAddBatch(handle, batch.handle);
        }

        /**
         * The number of batches.
         *
         * @return the number of batches
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long numBatches() {
            drain();
            return Native.batchStreamNumBatches(handle);
        }

        /**
         * Exports this object through the Arrow C Stream Interface (batch_stream.export_arrow: the C
         * header's doc says what it holds and refuses), without a copy; the result gives the
         * structs' addresses and says how long they live. Close it.
         *
         * @return the ArrowStreamExport
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public ArrowStreamExport exportArrowStream() {
            drain();
            return new ArrowStreamExport(Native.arrowBatchStream(handle));
        }

        /**
         * Releases a stream and gives back the borrows of its batches. Fails while an
         * Arrow export of the stream is live.
         *
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            drain();
            Native.batchStreamRelease(handle);
            released();
        }
    }

    /**
     * A column of values of any size, laid out as Arrow lays out `utf8` ("u") and
     * `binary` ("z") arrays: int32 offsets (capacity + 1 of them), the values' bytes
     * end to end, and a validity bitmap when it is nullable. Its views (the data bytes
     * so far) and Arrow exports read it in place.
     *
     * Closing it is idempotent: a second close() does nothing.
     */
    public static final class VarVector extends Resource implements Memory {
        private final Region region;

        VarVector(Region region, long handle) {
            super(handle, region.pending, false);
            this.region = region;
        }

        private VarVector(long handle) {
            super(handle, null, false);
            this.region = null;
        }

        /**
         * Wraps a raw handle, unchecked: the core checks it at each call (one of
         * another kind is a WrongKindException, one never issued a
         * ForgedHandleException). The wrapper is not watched by the Cleaner.
         *
         * @param handle a raw handle
         * @return a VarVector of that handle
         */
        public static VarVector fromHandle(long handle) {
            return new VarVector(handle);
        }

        /**
         * The Region this object lives in.
         *
         * @return it; null for a wrapper made by fromHandle
         */
        public Region region() {
            return region;
        }

        /**
         * The number of values (nulls included).
         *
         * @return the number of values (nulls included)
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long length() {
            drain();
            return Native.varVectorLength(handle);
        }

        /**
         * The number of values it has room for.
         *
         * @return the number of values it has room for
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long capacity() {
            drain();
            return Native.varVectorCapacity(handle);
        }

        /**
         * The number of data bytes its values hold so far.
         *
         * @return the number of data bytes its values hold so far
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long dataLength() {
            drain();
            return Native.varVectorDataLength(handle);
        }

        /**
         * The number of data bytes it has room for.
         *
         * @return the number of data bytes it has room for
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long dataCapacity() {
            drain();
            return Native.varVectorDataCapacity(handle);
        }

        /**
         * Gives the column room for `capacity` values holding `data_capacity` data bytes
         * (more or less): a new allocation from the region, the data, offsets and validity
         * bitmap copied into it (counted as a copy), the old memory given back as a
         * release gives it. A capacity below the length, or a data capacity below the data
         * length, is invalid_argument; sizes past the maximum or the region's byte limit
         * (the old memory still counts while the new is taken) out_of_memory. Fails while
         * the column is borrowed (a view, an Arrow export, a batch). A refused resize
         * changes nothing.
         *
         * @param capacity the IDL's capacity (u64, passed as a Java long: a negative value is read as 2^64 plus it); must be at most MAX_SIZE
         * @param dataCapacity the IDL's data_capacity (u64, passed as a Java long: a negative value is read as 2^64 plus it); must be at most 2147483647
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public void resize(long capacity, long dataCapacity) {
            drain();
            Native.varVectorResize(handle, capacity, dataCapacity);
        }

        /**
         * The number of null values.
         *
         * @return the number of null values
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long nullCount() {
            drain();
            return Native.varVectorNullCount(handle);
        }

        /**
         * Whether its values are UTF-8 text (`utf8`) rather than bytes (`binary`).
         *
         * @return whether its values are UTF-8 text (`utf8`) rather than bytes (`binary`)
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public boolean isUtf8() {
            drain();
            return Native.varVectorIsUtf8(handle);
        }

        /**
         * Appends a value (counted as a copy). In a `utf8` column a value that is not
         * UTF-8 is invalid_utf8 (the message names the byte); a full column (values or
         * data bytes) is out_of_range. A refused value adds nothing.
         *
         * @param value the IDL's value
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws InvalidUtf8Exception The text is not valid UTF-8; the message names the byte offset.
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public void append(byte[] value) {
            if (value == null) {
                throw new InvalidArgumentException("var_vector.append: 'value' is null");
            }
            drain();
            Native.varVectorAppend(handle, value);
        }

        /**
         * Appends a null (an empty value). A column made without `nullable` refuses it
         * with invalid_argument; a full one is out_of_range.
         *
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public void appendNull() {
            drain();
            Native.varVectorAppendNull(handle);
        }

        /**
         * A copy of the value at `index` (below the length, else out_of_range) in memory
         * the caller owns (counted as a copy; a null is empty); free it with `free_bytes`.
         * Fails while a unique borrow is outstanding.
         *
         * @param index the IDL's index (u64, passed as a Java long: a negative value is read as 2^64 plus it)
         * @return a copy of the value at `index` (below the length, else out_of_range) in memory the caller owns (counted as a copy; a null is empty); free it with `free_bytes`
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public byte[] get(long index) {
            drain();
            return Native.varVectorGet(handle, index);
        }

        /**
         * Where the value at `index` starts in the data bytes (what a view shows): with
         * `value_length`, the value read in place.
         *
         * @param index the IDL's index (u64, passed as a Java long: a negative value is read as 2^64 plus it)
         * @return where the value at `index` starts in the data bytes (what a view shows): with `value_length`, the value read in place
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long valueOffset(long index) {
            drain();
            return Native.varVectorValueOffset(handle, index);
        }

        /**
         * The length in bytes of the value at `index` (0 for a null).
         *
         * @param index the IDL's index (u64, passed as a Java long: a negative value is read as 2^64 plus it)
         * @return the length in bytes of the value at `index` (0 for a null)
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long valueLength(long index) {
            drain();
            return Native.varVectorValueLength(handle, index);
        }

        /**
         * Whether the value at `index` is not null.
         *
         * @param index the IDL's index (u64, passed as a Java long: a negative value is read as 2^64 plus it)
         * @return whether the value at `index` is not null
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public boolean isValid(long index) {
            drain();
            return Native.varVectorIsValid(handle, index);
        }

        /**
         * Copies data bytes from `offset` into `dst` (counted as a copy), as a view would
         * show them. Fails while a unique borrow is outstanding.
         *
         * @param offset the IDL's offset (u64, passed as a Java long: a negative value is read as 2^64 plus it)
         * @param dst the IDL's dst
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public void read(long offset, byte[] dst) {
            if (dst == null) {
                throw new InvalidArgumentException("var_vector.read: 'dst' is null");
            }
            drain();
            Native.varVectorRead(handle, offset, dst);
        }

        /**
         * Exports this object through the Arrow C Data Interface (var_vector.export_arrow: the C
         * header's doc says what it holds and refuses), without a copy; the result gives the
         * structs' addresses and says how long they live. Close it.
         *
         * @return the ArrowExport
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws BorrowConflictException The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public ArrowExport exportArrow() {
            drain();
            return new ArrowExport(Native.arrowVarVector(handle));
        }

        /**
         * Takes a shared borrow: `view` is read-only and lives until the returned token is
         * released. Fails with borrow_conflict while a unique borrow is outstanding.
         *
         * @return the shared view (borrow.shared), holding its borrow until closed
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         * @throws BorrowConflictException The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         */
        public View view() {
            return view(Access.SHARED);
        }

        /**
         * A view of this object's bytes in place: the shared borrow (borrow.shared: many at a
         * time, read-only) or the unique one (borrow.unique: the only one, writable for a
         * buffer). It holds its borrow until closed; while it lives the object cannot be closed
         * nor its region reset or closed.
         *
         * @param access which borrow to take
         * @return the view, holding its borrow until closed
         * @throws InvalidArgumentException access is null
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         * @throws BorrowConflictException The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         */
        public View view(Access access) {
            if (access == null) {
                throw new InvalidArgumentException("view: 'access' is null");
            }
            drain();
            long[] out = new long[3];
            java.nio.ByteBuffer data = access == Access.UNIQUE ? Native.borrowUnique(handle, out)
                : Native.borrowShared(handle, out);
            try {
                return new View(this, pending, out[0], data, out[1] != 0, out[2]);
            } catch (RuntimeException | Error e) {
                Native.releaseQuietly(out[0]);   // the borrow is given back whatever failed after it
                throw e;
            }
        }

        /**
         * Releases a column. Fails while it is borrowed (a view, an Arrow export or a
         * batch holds it).
         *
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            drain();
            Native.varVectorRelease(handle);
            released();
        }
    }

    /**
     * A column of lists (Arrow's "+l"), or of maps ("+m": lists of key/value entries),
     * laid out as Arrow lays them out: int32 offsets (capacity + 1 of them) into one
     * child column, and a validity bitmap when it is nullable. It holds a shared
     * borrow of its child (any column, nested ones included) until it is released, as
     * a batch holds its columns.
     *
     * Closing it is idempotent: a second close() does nothing.
     */
    public static final class ListVector extends Resource {
        private final Region region;

        ListVector(Region region, long handle) {
            super(handle, region.pending, false);
            this.region = region;
        }

        private ListVector(long handle) {
            super(handle, null, false);
            this.region = null;
        }

        /**
         * Wraps a raw handle, unchecked: the core checks it at each call (one of
         * another kind is a WrongKindException, one never issued a
         * ForgedHandleException). The wrapper is not watched by the Cleaner.
         *
         * @param handle a raw handle
         * @return a ListVector of that handle
         */
        public static ListVector fromHandle(long handle) {
            return new ListVector(handle);
        }

        /**
         * The Region this object lives in.
         *
         * @return it; null for a wrapper made by fromHandle
         */
        public Region region() {
            return region;
        }

        /**
         * The number of lists (nulls included).
         *
         * @return the number of lists (nulls included)
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long length() {
            drain();
            return Native.listVectorLength(handle);
        }

        /**
         * The number of lists it has room for.
         *
         * @return the number of lists it has room for
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long capacity() {
            drain();
            return Native.listVectorCapacity(handle);
        }

        /**
         * The number of null lists.
         *
         * @return the number of null lists
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long nullCount() {
            drain();
            return Native.listVectorNullCount(handle);
        }

        /**
         * Whether it is a map column.
         *
         * @return whether it is a map column
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public boolean isMap() {
            drain();
            return Native.listVectorIsMap(handle);
        }

        /**
         * Whether the list at `index` is not null.
         *
         * @param index the IDL's index (u64, passed as a Java long: a negative value is read as 2^64 plus it)
         * @return whether the list at `index` is not null
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public boolean isValid(long index) {
            drain();
            return Native.listVectorIsValid(handle, index);
        }

        /**
         * The child row of the first item of the list at `index`.
         *
         * @param index the IDL's index (u64, passed as a Java long: a negative value is read as 2^64 plus it)
         * @return the child row of the first item of the list at `index`
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long valueOffset(long index) {
            drain();
            return Native.listVectorValueOffset(handle, index);
        }

        /**
         * The number of items of the list at `index` (0 for a null).
         *
         * @param index the IDL's index (u64, passed as a Java long: a negative value is read as 2^64 plus it)
         * @return the number of items of the list at `index` (0 for a null)
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long valueLength(long index) {
            drain();
            return Native.listVectorValueLength(handle, index);
        }

        /**
         * Appends one list, all or nothing: `value` is a u32 count in the machine's byte
         * order, then that many child values, each encoded as `batch.append_row` encodes
         * one column's value (docs/arrow.md). Counted as one copy. A malformed value is
         * invalid_argument, a full column (the list's or a child's) out_of_range (the
         * message names the column and the byte); a list with a live export or in a batch,
         * or a child that another holder borrows, is borrowed. A refused value changes no
         * column.
         *
         * @param value the IDL's value
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public void append(byte[] value) {
            if (value == null) {
                throw new InvalidArgumentException("list_vector.append: 'value' is null");
            }
            drain();
            Native.listVectorAppend(handle, value);
        }

        /**
         * Appends a null (an empty list). A column made without `nullable` refuses it with
         * invalid_argument, a full one with out_of_range.
         *
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public void appendNull() {
            drain();
            Native.listVectorAppendNull(handle);
        }

        /**
         * The child row of the first entry of map `index` whose key equals `key`, or -1
         * when it has none (a failed call returns 0, as every failed call does): read the
         * value with the value column's `get(row)`. `key` is the key's bytes without a
         * tag: a fixed-width key exactly its type's width in the machine's byte order
         * (else invalid_argument), a utf8 or binary key its bytes. An index past the
         * length is out_of_range, a list that is not a map invalid_argument. Copies
         * nothing.
         *
         * @param index the IDL's index (u64, passed as a Java long: a negative value is read as 2^64 plus it)
         * @param key the IDL's key
         * @return the child row of the first entry of map `index` whose key equals `key`, or -1 when it has none (a failed call returns 0, as every failed call does): read the value with the value column's `get(row)`
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfRangeException An offset and length reach past the end of the object.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long lookup(long index, byte[] key) {
            if (key == null) {
                throw new InvalidArgumentException("list_vector.lookup: 'key' is null");
            }
            drain();
            return Native.listVectorLookup(handle, index, key);
        }

        /**
         * Exports this object through the Arrow C Data Interface (list_vector.export_arrow: the C
         * header's doc says what it holds and refuses), without a copy; the result gives the
         * structs' addresses and says how long they live. Close it.
         *
         * @return the ArrowExport
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public ArrowExport exportArrow() {
            drain();
            return new ArrowExport(Native.arrowListVector(handle));
        }

        /**
         * Releases a list column and gives back the borrow of its child (the child stays,
         * its owner's again). Fails while it is borrowed (an Arrow export or a batch holds
         * it).
         *
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            drain();
            Native.listVectorRelease(handle);
            released();
        }
    }

    /**
     * An Arrow array a foreign producer made (any format, nested too), taken into a
     * region without a copy (`foreign.import_array`): the region holds the producer's
     * memory until the foreign is released or the region reset or destroyed, and then
     * calls the producer's `release` callbacks (the array's, then the schema's)
     * exactly once, on the thread doing that.
     *
     * Closing it is idempotent: a second close() does nothing.
     */
    public static final class Foreign extends Resource implements Memory {
        private final Region region;

        Foreign(Region region, long handle) {
            super(handle, region.pending, false);
            this.region = region;
        }

        private Foreign(long handle) {
            super(handle, null, false);
            this.region = null;
        }

        /**
         * Wraps a raw handle, unchecked: the core checks it at each call (one of
         * another kind is a WrongKindException, one never issued a
         * ForgedHandleException). The wrapper is not watched by the Cleaner.
         *
         * @param handle a raw handle
         * @return a Foreign of that handle
         */
        public static Foreign fromHandle(long handle) {
            return new Foreign(handle);
        }

        /**
         * The Region this object lives in.
         *
         * @return it; null for a wrapper made by fromHandle
         */
        public Region region() {
            return region;
        }

        /**
         * The number of values (the array's `length`).
         *
         * @return the number of values (the array's `length`)
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long length() {
            drain();
            return Native.foreignLength(handle);
        }

        /**
         * The number of nulls as the producer gave it (-1, unknown, reads as the largest
         * u64).
         *
         * @return the number of nulls as the producer gave it (-1, unknown, reads as the largest u64)
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long nullCount() {
            drain();
            return Native.foreignNullCount(handle);
        }

        /**
         * The array's offset, in values, into its buffers.
         *
         * @return the array's offset, in values, into its buffers
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long offset() {
            drain();
            return Native.foreignOffset(handle);
        }

        /**
         * The number of children (a struct's fields, a list's one).
         *
         * @return the number of children (a struct's fields, a list's one)
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public long numChildren() {
            drain();
            return Native.foreignNumChildren(handle);
        }

        /**
         * A copy of the Arrow format string ("l", "u", "+s", "+l" ...) that the caller
         * owns (counted as a copy); free it with `free_string`.
         *
         * @return a copy of the Arrow format string ("l", "u", "+s", "+l" ...) that the caller owns (counted as a copy); free it with `free_string`
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public String format() {
            drain();
            return new String(Native.foreignFormat(handle), StandardCharsets.UTF_8);
        }

        /**
         * Exports this object through the Arrow C Data Interface (foreign.export_arrow: the C
         * header's doc says what it holds and refuses), without a copy; the result gives the
         * structs' addresses and says how long they live. Close it.
         *
         * @return the ArrowExport
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws BorrowConflictException The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         */
        public ArrowExport exportArrow() {
            drain();
            return new ArrowExport(Native.arrowForeign(handle));
        }

        /**
         * Takes a shared borrow: `view` is read-only and lives until the returned token is
         * released. Fails with borrow_conflict while a unique borrow is outstanding.
         *
         * @return the shared view (borrow.shared), holding its borrow until closed
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         * @throws BorrowConflictException The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         */
        public View view() {
            return view(Access.SHARED);
        }

        /**
         * A view of this object's bytes in place: the shared borrow (borrow.shared: many at a
         * time, read-only) or the unique one (borrow.unique: the only one, writable for a
         * buffer). It holds its borrow until closed; while it lives the object cannot be closed
         * nor its region reset or closed.
         *
         * @param access which borrow to take
         * @return the view, holding its borrow until closed
         * @throws InvalidArgumentException access is null
         * @throws InvalidArgumentException An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
         * @throws OutOfMemoryException The allocator failed, or the region's byte limit would be exceeded.
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         * @throws BorrowConflictException The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
         */
        public View view(Access access) {
            if (access == null) {
                throw new InvalidArgumentException("view: 'access' is null");
            }
            drain();
            long[] out = new long[3];
            java.nio.ByteBuffer data = access == Access.UNIQUE ? Native.borrowUnique(handle, out)
                : Native.borrowShared(handle, out);
            try {
                return new View(this, pending, out[0], data, out[1] != 0, out[2]);
            } catch (RuntimeException | Error e) {
                Native.releaseQuietly(out[0]);   // the borrow is given back whatever failed after it
                throw e;
            }
        }

        /**
         * Releases a foreign: calls the producer's `release` of the array, then of the
         * schema, once. Fails while it is borrowed (a view or an Arrow export of it is
         * live).
         *
         * @throws StaleHandleException The handle was valid once; what it named was released, or its region was reset or destroyed.
         * @throws ReusedHandleException The handle was valid once; its slot now holds a newer object.
         * @throws ForgedHandleException The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
         * @throws WrongKindException The handle is live but of another kind than the function takes.
         * @throws BorrowException The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
         */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            drain();
            Native.foreignRelease(handle);
            released();
        }
    }
}
