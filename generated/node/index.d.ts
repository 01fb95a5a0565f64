// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
/**
 * weaveheap 0.1.0 for JavaScript: regions, capability handles, and
 * zero-copy views that hold borrows. One API, two backends: the Node.js
 * package (N-API: `require('weaveheap')`, `import ... from 'weaveheap'`) and the
 * WebAssembly glue (`await load()` from weaveheap.mjs), which both declare
 * themselves here. Every call that fails throws a subclass of WeaveHeapError
 * naming the IDL error code; a failed call changes nothing.
 */

declare global {
  interface SymbolConstructor {
    /** The `using` declaration's disposal method (where the runtime has it). */
    readonly dispose: unique symbol;
  }
}

/** The version the package was generated for, "major.minor.patch". */
export declare const VERSION: string;
/** The ABI version; the backend must report the same. */
export declare const ABI_VERSION: number;
/** The SHA-256 of the IDL the package was generated from, in hex. */
export declare const IDL_HASH: string;
/** What the IDL declares, and where JavaScript reaches each of its functions. */
export declare const IDL: {
  readonly file: string;
  readonly hash: string;
  readonly abiVersion: number;
  readonly version: string;
  /** IDL function ("module.function") -> the JavaScript that calls it. */
  readonly functions: { readonly [qualifiedName: string]: string };
};

/**
 * The largest alignment `buffer_alloc` accepts, in bytes.
 */
export declare const MAX_ALIGN: number;
/**
 * The largest size of one allocation, bytes object or string, in bytes.
 */
export declare const MAX_SIZE: number;
/**
 * The alignment used when a binding does not name one.
 */
export declare const DEFAULT_ALIGN: number;
/**
 * The chunk size used when region options leave it 0.
 */
export declare const DEFAULT_CHUNK_SIZE: number;

/** Memory the core may read: a TypedArray, DataView or ArrayBuffer in place, or a string as UTF-8. */
export type BytesInput = ArrayBufferView | ArrayBuffer | string;
/** Memory the core may write into, in place. */
export type BytesOutput = ArrayBufferView | ArrayBuffer;

/** The TypedArrays a view can be. */
export type TypedArray = Uint8Array | Int8Array | Uint8ClampedArray | Uint16Array | Int16Array | Uint32Array | Int32Array | Float32Array | Float64Array | BigInt64Array | BigUint64Array;

/** A TypedArray constructor, to ask view() for a typed view. */
export interface TypedArrayConstructor<T extends TypedArray> {
  new (buffer: ArrayBuffer, byteOffset?: number, length?: number): T;
  readonly BYTES_PER_ELEMENT: number;
}

/**
 * A borrow of a buffer, bytes, string or vector: proof that a view is live.
 *
 * A view is a TypedArray over the core's memory (no copy) that holds a borrow until
 * close() (a second close() does nothing). view() takes a shared borrow: read-only by
 * contract (JavaScript has no read-only ArrayBuffer), many may coexist; view({ writable: true })
 * takes the unique one, alone. Closing or resetting what a live view borrows throws BorrowError.
 * Node.js: close() detaches the view (length 0), and a view dropped unclosed ends its
 * borrow when collected. WebAssembly: a view is a window on the module's memory; growing
 * the memory empties it, and close() cannot (do not use a closed view).
 */
export interface ViewMembers {
  /** The borrow token's handle. */
  readonly handle: bigint;
  /** True when the core lets the holder write (a unique view of a writable object). */
  readonly writable: boolean;
  /** True for a shared view. */
  readonly shared: boolean;
  /** True once close() succeeded. */
  readonly closed: boolean;
  /**
   * Ends a borrow; the view must not be used again. A second release of
   * the same token is a stale-handle error.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  close(): void;
  /** close(). */
  [Symbol.dispose](): void;
}
export type View<T extends TypedArray = Uint8Array> = T & ViewMembers;
/** The class of views (`instanceof View` holds for a view of any element type). */
export declare const View: {
  /** Views are made by view() (and fromHandle), never with new. */
  new (adopt: never): View;
  /** Wraps a borrow token made elsewhere: its close() releases the token, unless a view of this backend holds it. */
  fromHandle(token: bigint): View;
  readonly prototype: ViewMembers;
  [Symbol.hasInstance](value: unknown): value is View<TypedArray>;
};

/** What view() takes. */
export interface ViewOptions<T extends TypedArray = Uint8Array> {
  /** Take the unique borrow (writable for a buffer) instead of a shared one. */
  writable?: boolean;
  /** The TypedArray to lay over the memory (Uint8Array by default); address and length must suit its element size. */
  type?: TypedArrayConstructor<T>;
}

/**
 * How a region is made. A zeroed struct (or NULL) asks for the defaults.
 */
export interface RegionOptions {
  /**
   * Size of each chunk the region takes from the system; 0 means
   * `default_chunk_size`. Allocations larger than half a chunk get a chunk
   * of their own.
   */
  chunkSize?: number | bigint;
  /**
   * Most bytes the region may have handed out since it was made or last
   * reset (a released object's bytes come back at the next reset); 0
   * means no limit. Going past it is an out_of_memory error.
   */
  byteLimit?: number | bigint;
  /**
   * When true the region may be used from many threads at once (a lock
   * guards it and its counters are atomic). When false it belongs to one
   * thread at a time and is faster.
   */
  threadSafe?: boolean;
}

/**
 * The core's counters, for one region or for the whole process.
 */
export interface Stats {
  /**
   * Objects (buffers, bytes, strings, extension objects) created.
   */
  readonly allocations: number;
  /**
   * Objects released one by one (reset and destroy are not counted here).
   */
  readonly releases: number;
  /**
   * Bytes handed out, in total.
   */
  readonly bytesAllocated: number;
  /**
   * Bytes of live objects now.
   */
  readonly bytesLive: number;
  /**
   * Highest `bytes_live` seen. For the process: the sum of each region's
   * peak, an upper bound on the true simultaneous peak.
   */
  readonly bytesPeak: number;
  /**
   * Bytes the region holds in chunks from the system (used or not).
   */
  readonly bytesReserved: number;
  /**
   * Borrows acquired, in total.
   */
  readonly borrowsTaken: number;
  /**
   * Borrows outstanding now.
   */
  readonly borrowsActive: number;
  /**
   * Borrow requests refused because of a conflicting borrow, and
   * releases, resets, destroys or writes refused because of a borrow.
   */
  readonly borrowConflicts: number;
  /**
   * Calls refused because a handle was stale, reused, forged or of the
   * wrong kind (process-wide only: a rejected handle names no region).
   */
  readonly staleRejected: number;
  /**
   * Calls that copied bytes across the API (in or out). Zero-copy views
   * never count.
   */
  readonly copies: number;
  /**
   * Bytes those calls copied.
   */
  readonly copyBytes: number;
  /**
   * Regions live now (process-wide only).
   */
  readonly regionsLive: number;
  /**
   * Foreign Arrow arrays and streams taken in without a copy
   * (`foreign.import_array`, `foreign_stream.import_stream` and their
   * kin): never counted in `copies`.
   */
  readonly imports: number;
}

/**
 * The kind a handle carries in its bits (derived from the handle declarations).
 */
export type HandleKind = 'none' | 'region' | 'buffer' | 'bytes' | 'string' | 'borrow' | 'object' | 'vector' | 'batch' | 'batch_stream' | 'var_vector' | 'list_vector' | 'foreign' | 'foreign_stream';
/**
 * The type of a vector's values. Each is stored as Arrow stores it: in the
 * machine's byte order (as the Arrow C Data Interface wants), `boolean` one
 * bit per value (least significant bit first).
 */
export type ElementType = 'int8' | 'int16' | 'int32' | 'int64' | 'uint8' | 'uint16' | 'uint32' | 'uint64' | 'float32' | 'float64' | 'boolean' | 'utf8' | 'binary';

// -- errors -------------------------------------------------------------------
/**
 * Every error the core reports. The numbers are part of the ABI: a code is
 * never renumbered, and a retired code keeps its slot.
 */
export declare class WeaveHeapError extends Error {
  /** The C constant of the error code, e.g. 'WEAVEHEAP_ERR_INVALID_ARGUMENT'. */
  readonly code: string;
  /** The error code's number. */
  readonly errno: number;
}
/**
 * An argument is out of its documented range (NULL where not allowed,
 * an alignment that is not a power of two, an absurd size).
 */
export declare class InvalidArgumentError extends WeaveHeapError {
  readonly code: 'WEAVEHEAP_ERR_INVALID_ARGUMENT';
  readonly errno: 1;
}
/**
 * The allocator failed, or the region's byte limit would be exceeded.
 */
export declare class OutOfMemoryError extends WeaveHeapError {
  readonly code: 'WEAVEHEAP_ERR_OUT_OF_MEMORY';
  readonly errno: 2;
}
/**
 * The handle was valid once; what it named was released, or its region
 * was reset or destroyed.
 */
export declare class StaleHandleError extends WeaveHeapError {
  readonly code: 'WEAVEHEAP_ERR_STALE_HANDLE';
  readonly errno: 3;
}
/**
 * The handle was valid once; its slot now holds a newer object.
 */
export declare class ReusedHandleError extends WeaveHeapError {
  readonly code: 'WEAVEHEAP_ERR_REUSED_HANDLE';
  readonly errno: 4;
}
/**
 * The handle was never issued by this process (0, out of range, or bits
 * that no slot ever carried).
 */
export declare class ForgedHandleError extends WeaveHeapError {
  readonly code: 'WEAVEHEAP_ERR_FORGED_HANDLE';
  readonly errno: 5;
}
/**
 * The handle is live but of another kind than the function takes.
 */
export declare class WrongKindError extends WeaveHeapError {
  readonly code: 'WEAVEHEAP_ERR_WRONG_KIND';
  readonly errno: 6;
}
/**
 * The object (or region) is borrowed and cannot be released, reset,
 * destroyed or written by its owner.
 */
export declare class BorrowError extends WeaveHeapError {
  readonly code: 'WEAVEHEAP_ERR_BORROWED' | 'WEAVEHEAP_ERR_BORROW_CONFLICT';
  readonly errno: 7 | 8;
}
/**
 * The borrow asked for conflicts with one that is outstanding
 * (unique with anything, shared with unique).
 */
export declare class BorrowConflictError extends BorrowError {
  readonly code: 'WEAVEHEAP_ERR_BORROW_CONFLICT';
  readonly errno: 8;
}
/**
 * The text is not valid UTF-8; the message names the byte offset.
 */
export declare class InvalidUtf8Error extends WeaveHeapError {
  readonly code: 'WEAVEHEAP_ERR_INVALID_UTF8';
  readonly errno: 9;
}
/**
 * An offset and length reach past the end of the object.
 */
export declare class OutOfRangeError extends WeaveHeapError {
  readonly code: 'WEAVEHEAP_ERR_OUT_OF_RANGE';
  readonly errno: 10;
}
/**
 * A system call failed (a file or thread for publishing live stats);
 * the message names the call and the system's reason.
 */
export declare class SystemCallError extends WeaveHeapError {
  readonly code: 'WEAVEHEAP_ERR_SYSTEM_ERROR';
  readonly errno: 11;
}

// -- classes --------------------------------------------------------------------
/**
 * An Arrow C Data Interface export (exportArrow(), ArrowStreamExport.next()): the addresses of a
 * `struct ArrowSchema` and a `struct ArrowArray` on the C heap. The array holds a shared borrow of
 * the object until its `release` callback runs (an importer moves the structs and releases its
 * copy); release() runs the callbacks no importer took.
 */
export declare class ArrowExport {
  private constructor();
  /** The address of the `struct ArrowSchema` (throws StaleHandleError once released). */
  readonly schemaAddress: bigint;
  /** The address of the `struct ArrowArray` (throws StaleHandleError once released). */
  readonly arrayAddress: bigint;
  /** True once release() ran. */
  readonly released: boolean;
  /** Runs the release callbacks no importer ran; a second call does nothing. */
  release(): void;
  /** release(). */
  [Symbol.dispose](): void;
}

/**
 * An Arrow C Stream Interface export (exportArrowStream()): the address of a `struct
 * ArrowArrayStream` on the C heap, holding a shared borrow of the stream until its `release`
 * callback runs; an iterable of its batches.
 */
export declare class ArrowStreamExport implements Iterable<ArrowExport> {
  private constructor();
  /** The address of the `struct ArrowArrayStream` (throws StaleHandleError once released). */
  readonly streamAddress: bigint;
  /** True once release() ran. */
  readonly released: boolean;
  /** The next batch, or null at the end. */
  next(): ArrowExport | null;
  [Symbol.iterator](): Iterator<ArrowExport>;
  /** Runs the stream's release callback if no importer took it; a second call does nothing. */
  release(): void;
  /** release(). */
  [Symbol.dispose](): void;
}

/**
 * A region: an arena that owns chunks of memory and every object made in
 * it. Destroying it frees them all at once and makes their handles stale.
 */
export declare class Region {
  /**
   * Makes a region.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   */
  constructor(options?: RegionOptions | null);
  /** Wraps a region handle made elsewhere (C, another binding); the core checks it at each call. */
  static fromHandle(handle: bigint): Region;
  /** The handle, a bigint. */
  readonly handle: bigint;
  /** True once close() succeeded. */
  readonly closed: boolean;
  /**
   * Frees every object in the region at once and makes their handles
   * stale, keeping the region's chunks for reuse. Costs per chunk, not per
   * object. Fails, changing nothing, while any object is borrowed.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   */
  reset(): void;
  /**
   * Reads the region's counters into `out`.
   *
   * @returns the `out` the C function fills in, as a Stats object
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  stats(): Stats;
  /**
   * Allocates `size` bytes aligned to `align` (a power of two up to
   * `max_align`). The bytes are zeroed.
   *
   * @param options.align default 16
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  alloc(size: number | bigint, options?: { align?: number | bigint }): WeaveHeapBuffer;
  /**
   * Copies `data` into a new bytes object (counted as a copy).
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  bytes(data: BytesInput): Bytes;
  /**
   * Validates `text` as UTF-8 and copies it into a new string (counted as
   * a copy). Invalid input fails with the byte offset of the first bad
   * sequence in the message.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {InvalidUtf8Error} The text is not valid UTF-8; the message names the byte offset.
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  string(text: BytesInput): WeaveHeapString;
  /**
   * Makes an empty vector of `type` with room for `capacity` values, and
   * a validity bitmap when `nullable`. Its memory (values, then the
   * bitmap, each 64-byte aligned) is taken from the region at once.
   * `utf8` and `binary` are invalid_argument here (they vary in
   * size: `var_vector.create`).
   *
   * @param options.nullable default false
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  vector(type: ElementType, capacity: number | bigint, options?: { nullable?: boolean }): Vector;
  /**
   * Makes an empty column of `utf8` values (Arrow's "u": UTF-8 strings
   * of any size), or of `binary` ones ("z": byte strings) when `binary`,
   * with room for `capacity` values holding `data_capacity` bytes in all
   * (at most 2^31 - 1: Arrow's offsets are int32), and a validity bitmap
   * when `nullable`. Its memory (the data, the capacity + 1 offsets, then
   * the bitmap, each 64-byte aligned) is taken from the region at once.
   * Sizes are checked in 64 bits: one that no region can hold, or past
   * the region's byte limit, is out_of_memory.
   *
   * @param options.nullable default false
   * @param options.binary default false
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  varVector(capacity: number | bigint, dataCapacity: number | bigint, options?: { nullable?: boolean; binary?: boolean }): VarVector;
  /**
   * Makes an empty batch in `region` with room for `max_columns` columns
   * (1 to 4096). Its record (the columns' handles, borrows and names) is
   * taken from the region at once.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  batch(maxColumns: number): Batch;
  /**
   * Makes an empty list column with room for `capacity` lists over
   * `child` (a column of `region`, empty, not borrowed unique), and a
   * validity bitmap when `nullable`; it holds a shared borrow of `child`
   * until it is released. With `map`, the child must be a batch of two
   * columns whose first (the key) is not nullable: a map column ("+m").
   * A bad child, a nesting deeper than 16 levels or a capacity above
   * max_size is invalid_argument, a child borrowed unique
   * borrow_conflict. A refused list borrows nothing.
   *
   * @param options.nullable default false
   * @param options.map default false
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   * @throws {BorrowConflictError} The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  listVector(child: bigint | { readonly handle: bigint }, capacity: number | bigint, options?: { nullable?: boolean; map?: boolean }): ListVector;
  /**
   * Makes an empty stream in `region` with room for `max_batches` batches
   * (1 to 65536), taken from the region at once.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  batchStream(maxBatches: number): BatchStream;
  /**
   * A foreign array of `type` (a fixed-width one: not boolean, utf8 or
   * binary, which are invalid_argument) whose producer is the core: a
   * copy of `values` (a whole number of values in the machine's byte
   * order, else invalid_argument) in memory of its own, counted as a copy
   * and not as an import. For the languages with no Arrow library to
   * import from, and for tests: its views and export behave as an
   * import's.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  foreign(type: ElementType, values: BytesInput): Foreign;
  /**
   * Destroys a region: frees every object in it at once, returns its
   * chunks, and makes every handle of it stale. Fails, changing nothing,
   * while any object of the region is borrowed.
   * A second close() does nothing.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   */
  close(): void;
  /** close(). */
  [Symbol.dispose](): void;
}

/**
 * A mutable, sized, aligned block of memory in a region.
 */
export declare class WeaveHeapBuffer {
  /** WeaveHeapBuffer objects are made by Region.prototype.alloc. */
  private constructor();
  /** Wraps a buffer handle made elsewhere (C, another binding); the core checks it at each call. */
  static fromHandle(handle: bigint): WeaveHeapBuffer;
  /** The handle, a bigint. */
  readonly handle: bigint;
  /** True once close() succeeded. */
  readonly closed: boolean;
  /**
   * The buffer's size in bytes.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  size(): number;
  /**
   * Copies `data` into the buffer at `offset` (counted as a copy). The
   * owner may write only while no borrow is outstanding.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  write(offset: number | bigint, data: BytesInput): void;
  /**
   * Copies bytes from `offset` into `dst` (counted as a copy). Fails while
   * a unique borrow is outstanding.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  read(offset: number | bigint, dst: BytesOutput): void;
  /**
   * A zero-copy view of the buffer: a shared borrow by default (borrow.shared),
   * the unique one with { writable: true } (borrow.unique).
   *
   * Takes a shared borrow: `view` is read-only and lives until the
   * returned token is released. Fails with borrow_conflict while a unique
   * borrow is outstanding.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   * @throws {BorrowConflictError} The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  view<T extends TypedArray = Uint8Array>(options?: ViewOptions<T>): View<T>;
  /**
   * Releases a buffer; its handle becomes stale. The memory returns to the
   * region at its next reset or destroy. Fails while it is borrowed.
   * A second close() does nothing.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   */
  close(): void;
  /** close(). */
  [Symbol.dispose](): void;
}

/**
 * An immutable byte string in a region.
 */
export declare class Bytes {
  /** Bytes objects are made by Region.prototype.bytes. */
  private constructor();
  /** Wraps a bytes handle made elsewhere (C, another binding); the core checks it at each call. */
  static fromHandle(handle: bigint): Bytes;
  /** The handle, a bigint. */
  readonly handle: bigint;
  /** True once close() succeeded. */
  readonly closed: boolean;
  /**
   * The length in bytes.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  length(): number;
  /**
   * A copy of the bytes in memory the caller owns (counted as a copy);
   * free it with `free_bytes`. An empty object gives a non-NULL pointer.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  dup(): Uint8Array;
  /**
   * A zero-copy view of the bytes: a shared borrow by default (borrow.shared),
   * the unique one with { writable: true } (borrow.unique).
   *
   * Takes a shared borrow: `view` is read-only and lives until the
   * returned token is released. Fails with borrow_conflict while a unique
   * borrow is outstanding.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   * @throws {BorrowConflictError} The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  view<T extends TypedArray = Uint8Array>(options?: ViewOptions<T>): View<T>;
  /**
   * Releases a bytes object. Fails while it is borrowed.
   * A second close() does nothing.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   */
  close(): void;
  /** close(). */
  [Symbol.dispose](): void;
}

/**
 * An immutable, validated UTF-8 string in a region, stored with a trailing
 * NUL so that C can read it in place.
 */
export declare class WeaveHeapString {
  /** WeaveHeapString objects are made by Region.prototype.string. */
  private constructor();
  /** Wraps a string handle made elsewhere (C, another binding); the core checks it at each call. */
  static fromHandle(handle: bigint): WeaveHeapString;
  /** The handle, a bigint. */
  readonly handle: bigint;
  /** True once close() succeeded. */
  readonly closed: boolean;
  /**
   * The length in bytes, without the trailing NUL.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  length(): number;
  /**
   * A NUL-terminated copy the caller owns (counted as a copy); free it
   * with `free_string`.
   *
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  dup(): string;
  /**
   * A zero-copy view of the string: a shared borrow by default (borrow.shared),
   * the unique one with { writable: true } (borrow.unique).
   *
   * Takes a shared borrow: `view` is read-only and lives until the
   * returned token is released. Fails with borrow_conflict while a unique
   * borrow is outstanding.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   * @throws {BorrowConflictError} The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  view<T extends TypedArray = Uint8Array>(options?: ViewOptions<T>): View<T>;
  /**
   * Releases a string. Fails while it is borrowed.
   * A second close() does nothing.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   */
  close(): void;
  /** close(). */
  [Symbol.dispose](): void;
}

/**
 * A typed column of fixed-width values in a region, laid out as an Arrow
 * primitive array (values, and a validity bitmap when it is nullable): its
 * views and Arrow exports read it in place.
 */
export declare class Vector {
  /** Vector objects are made by Region.prototype.vector. */
  private constructor();
  /** Wraps a vector handle made elsewhere (C, another binding); the core checks it at each call. */
  static fromHandle(handle: bigint): Vector;
  /** The handle, a bigint. */
  readonly handle: bigint;
  /** True once close() succeeded. */
  readonly closed: boolean;
  /**
   * The number of values (nulls included).
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  length(): number;
  /**
   * The number of values it has room for.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  capacity(): number;
  /**
   * Gives the vector room for `capacity` values (more or fewer): a new
   * allocation from the region, the values and validity bitmap copied
   * into it (counted as a copy), the old memory given back as a release
   * gives it. A capacity below the length is invalid_argument; one whose
   * bytes pass the maximum size or the region's byte limit (the old
   * memory still counts while the new is taken) out_of_memory. Fails
   * while the vector is borrowed (a view, an Arrow export, a batch).
   * A refused resize changes nothing.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  resize(capacity: number | bigint): void;
  /**
   * The type of its values.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  elementType(): ElementType;
  /**
   * The number of null values.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  nullCount(): number;
  /**
   * Appends an integer (0 or 1 for `boolean`). A value the type cannot
   * hold, or a full vector, is out_of_range; a float vector is
   * invalid_argument (append its values with `append_f64` or `extend`).
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  append(value: number | bigint): void;
  /**
   * Appends the values in `data`, in the machine's byte order, `data`
   * holding a whole number of them (one byte per value, 0 or 1, for
   * `boolean`); counted as a copy. Past the capacity it is out_of_range
   * and appends nothing.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  extend(data: BytesInput): void;
  /**
   * Appends a null (its value bytes are zero). A vector made without
   * `nullable` refuses it with invalid_argument.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  appendNull(): void;
  /**
   * Sets the value at `index` (below the length) and marks it valid; the
   * value's checks are those of `append`.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  set(index: number | bigint, value: number | bigint): void;
  /**
   * The integer at `index` (a null reads as 0). A float vector is
   * invalid_argument (read it with `get_f64`), a uint64 above the largest i64 out_of_range. Fails
   * while a unique borrow is outstanding.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  get(index: number | bigint): number;
  /**
   * Appends a floating-point value to a float32 or float64 vector (a
   * float32 vector stores it rounded to the nearest float; a finite value
   * beyond float32's range is out_of_range, NaN and infinities are kept).
   * An integer or boolean vector is invalid_argument, a full one
   * out_of_range.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  appendF64(value: number): void;
  /**
   * Sets the float at `index` (below the length, else out_of_range, for
   * any type) and marks it valid; the value's checks are those of
   * `append_f64`.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  setF64(index: number | bigint, value: number): void;
  /**
   * The float at `index` (a null reads as 0; a float32 widened exactly).
   * An index at or past the length is out_of_range (for any type), an
   * integer or boolean vector invalid_argument. Fails while a unique
   * borrow is outstanding.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  getF64(index: number | bigint): number;
  /**
   * Whether the value at `index` is not null.
   *
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  isValid(index: number | bigint): boolean;
  /**
   * Copies value bytes from `offset` into `dst` (counted as a copy), as a
   * view would show them. Fails while a unique borrow is outstanding.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  read(offset: number | bigint, dst: BytesOutput): void;
  /**
   * The vector through the Arrow C Data Interface (vector_export_arrow): the addresses of
   * a `struct ArrowSchema` and a `struct ArrowArray` for an Arrow C Data importer. Node.js only
   * (the WebAssembly backend throws InvalidArgumentError).
   */
  exportArrow(): ArrowExport;
  /**
   * A zero-copy view of the vector: a shared borrow by default (borrow.shared),
   * the unique one with { writable: true } (borrow.unique).
   *
   * Takes a shared borrow: `view` is read-only and lives until the
   * returned token is released. Fails with borrow_conflict while a unique
   * borrow is outstanding.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   * @throws {BorrowConflictError} The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  view<T extends TypedArray = Uint8Array>(options?: ViewOptions<T>): View<T>;
  /**
   * Releases a vector. Fails while it is borrowed (a view or an Arrow
   * export is live).
   * A second close() does nothing.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   */
  close(): void;
  /** close(). */
  [Symbol.dispose](): void;
}

/**
 * A record batch: named vectors of equal length (Arrow's record batch, a
 * struct array of them). It holds a shared borrow of each column, so a
 * column cannot change, or be released, while it is in a batch; release
 * the batch (before the region's reset or destroy) to give them back.
 */
export declare class Batch {
  /** Batch objects are made by Region.prototype.batch. */
  private constructor();
  /** Wraps a batch handle made elsewhere (C, another binding); the core checks it at each call. */
  static fromHandle(handle: bigint): Batch;
  /** The handle, a bigint. */
  readonly handle: bigint;
  /** True once close() succeeded. */
  readonly closed: boolean;
  /**
   * Adds `column` under `name` (1 to 63 bytes of UTF-8, unique in the
   * batch), taking a shared borrow of it until the batch is released.
   * The column must be in the batch's region and have as many values as
   * the columns already there; a full batch, a bad or repeated name or a
   * length that differs is invalid_argument (the message names the
   * column), an outstanding unique borrow of the column borrow_conflict.
   * A refused column is not added and not borrowed.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   * @throws {BorrowConflictError} The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  addColumn(name: BytesInput, column: bigint | { readonly handle: bigint }): void;
  /**
   * The number of columns.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  numColumns(): number;
  /**
   * The number of rows: the length of every column (0 with no column).
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  numRows(): number;
  /**
   * A copy of the name of column `index` (below `num_columns`, else
   * out_of_range) that the caller owns (counted as a copy); free it with
   * `free_string`.
   *
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  columnName(index: number | bigint): string;
  /**
   * Checks every column against the Arrow layout, in place: its length
   * is the batch's rows, its validity bitmap holds its null count, its
   * buffers hold its values, a `utf8` or `binary` column's offsets start
   * at 0 or more, never decrease and stay within its data, and a `utf8`
   * column's values are UTF-8. The first fault is a typed error whose
   * message names the column and the row: invalid_argument (a length or
   * null count), out_of_range (an offset, a buffer too small),
   * invalid_utf8. Changes nothing, copies nothing.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {InvalidUtf8Error} The text is not valid UTF-8; the message names the byte offset.
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  validate(): void;
  /**
   * Appends one row to the batch's columns, all or nothing. `row` holds,
   * for each column in order, a tag byte (0: null, 1: a value) and, for a
   * value, its bytes: a fixed-width column's value in the machine's byte
   * order (one byte, 0 or 1, for `boolean`), a `utf8` or `binary` value
   * as a u32 length in the machine's byte order and then its bytes
   * (docs/arrow.md). Counted as one copy. A malformed row, a null in a
   * column made without `nullable`, a bad boolean or a `utf8` value that
   * is not UTF-8 is invalid_argument, a full column out_of_range (the
   * message names the column); a live export of the batch, or a column
   * that another holder (a view, an export, another batch) borrows, is
   * borrowed. A refused row changes no column.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  appendRow(row: BytesInput): void;
  /**
   * The batch through the Arrow C Data Interface (batch_export_arrow): the addresses of
   * a `struct ArrowSchema` and a `struct ArrowArray` for an Arrow C Data importer. Node.js only
   * (the WebAssembly backend throws InvalidArgumentError).
   */
  exportArrow(): ArrowExport;
  /**
   * Releases a batch and gives back the borrows of its columns (the
   * vectors stay, their owner's again). Fails while an Arrow export of
   * the batch is live.
   * A second close() does nothing.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   */
  close(): void;
  /** close(). */
  [Symbol.dispose](): void;
}

/**
 * A stream of record batches of one schema, exported through the Arrow C
 * Stream Interface. It holds a shared borrow of each batch (which holds
 * its columns) until it is released.
 */
export declare class BatchStream {
  /** BatchStream objects are made by Region.prototype.batchStream. */
  private constructor();
  /** Wraps a batch_stream handle made elsewhere (C, another binding); the core checks it at each call. */
  static fromHandle(handle: bigint): BatchStream;
  /** The handle, a bigint. */
  readonly handle: bigint;
  /** True once close() succeeded. */
  readonly closed: boolean;
  /**
   * Adds `batch` at the end, taking a shared borrow of it until the
   * stream is released. The batch must be in the stream's region and
   * have the first batch's schema (the same column names, types and
   * nullability); a full stream or another schema is invalid_argument
   * (the message says what differs). A refused batch is not added.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  addBatch(batch: bigint | { readonly handle: bigint }): void;
  /**
   * The number of batches.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  numBatches(): number;
  /**
   * The batch_stream through the Arrow C Stream Interface (batch_stream_export_arrow): the address
   * of a `struct ArrowArrayStream`, and its batches. Node.js only (the WebAssembly backend throws
   * InvalidArgumentError).
   */
  exportArrowStream(): ArrowStreamExport;
  /** Exports the stream and yields each batch (release each); the stream export is released when the loop ends. */
  batches(): Generator<ArrowExport, void, undefined>;
  /**
   * Releases a stream and gives back the borrows of its batches. Fails
   * while an Arrow export of the stream is live.
   * A second close() does nothing.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   */
  close(): void;
  /** close(). */
  [Symbol.dispose](): void;
}

/**
 * A column of values of any size, laid out as Arrow lays out `utf8` ("u")
 * and `binary` ("z") arrays: int32 offsets (capacity + 1 of them), the
 * values' bytes end to end, and a validity bitmap when it is nullable. Its
 * views (the data bytes so far) and Arrow exports read it in place.
 */
export declare class VarVector {
  /** VarVector objects are made by Region.prototype.varVector. */
  private constructor();
  /** Wraps a var_vector handle made elsewhere (C, another binding); the core checks it at each call. */
  static fromHandle(handle: bigint): VarVector;
  /** The handle, a bigint. */
  readonly handle: bigint;
  /** True once close() succeeded. */
  readonly closed: boolean;
  /**
   * The number of values (nulls included).
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  length(): number;
  /**
   * The number of values it has room for.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  capacity(): number;
  /**
   * The number of data bytes its values hold so far.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  dataLength(): number;
  /**
   * The number of data bytes it has room for.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  dataCapacity(): number;
  /**
   * Gives the column room for `capacity` values holding `data_capacity`
   * data bytes (more or less): a new allocation from the region, the
   * data, offsets and validity bitmap copied into it (counted as a copy),
   * the old memory given back as a release gives it. A capacity below the
   * length, or a data capacity below the data length, is
   * invalid_argument; sizes past the maximum or the region's byte limit
   * (the old memory still counts while the new is taken) out_of_memory.
   * Fails while the column is borrowed (a view, an Arrow export, a
   * batch). A refused resize changes nothing.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  resize(capacity: number | bigint, dataCapacity: number | bigint): void;
  /**
   * The number of null values.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  nullCount(): number;
  /**
   * Whether its values are UTF-8 text (`utf8`) rather than bytes (`binary`).
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  isUtf8(): boolean;
  /**
   * Appends a value (counted as a copy). In a `utf8` column a value that
   * is not UTF-8 is invalid_utf8 (the message names the byte); a full
   * column (values or data bytes) is out_of_range. A refused value adds
   * nothing.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {InvalidUtf8Error} The text is not valid UTF-8; the message names the byte offset.
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  append(value: BytesInput): void;
  /**
   * Appends a null (an empty value). A column made without `nullable`
   * refuses it with invalid_argument; a full one is out_of_range.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  appendNull(): void;
  /**
   * A copy of the value at `index` (below the length, else out_of_range)
   * in memory the caller owns (counted as a copy; a null is empty); free
   * it with `free_bytes`. Fails while a unique borrow is outstanding.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  get(index: number | bigint): Uint8Array;
  /**
   * Where the value at `index` starts in the data bytes (what a view
   * shows): with `value_length`, the value read in place.
   *
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  valueOffset(index: number | bigint): number;
  /**
   * The length in bytes of the value at `index` (0 for a null).
   *
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  valueLength(index: number | bigint): number;
  /**
   * Whether the value at `index` is not null.
   *
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  isValid(index: number | bigint): boolean;
  /**
   * Copies data bytes from `offset` into `dst` (counted as a copy), as a
   * view would show them. Fails while a unique borrow is outstanding.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  read(offset: number | bigint, dst: BytesOutput): void;
  /**
   * The var_vector through the Arrow C Data Interface (var_vector_export_arrow): the addresses of
   * a `struct ArrowSchema` and a `struct ArrowArray` for an Arrow C Data importer. Node.js only
   * (the WebAssembly backend throws InvalidArgumentError).
   */
  exportArrow(): ArrowExport;
  /**
   * A zero-copy view of the var_vector: a shared borrow by default (borrow.shared),
   * the unique one with { writable: true } (borrow.unique).
   *
   * Takes a shared borrow: `view` is read-only and lives until the
   * returned token is released. Fails with borrow_conflict while a unique
   * borrow is outstanding.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   * @throws {BorrowConflictError} The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  view<T extends TypedArray = Uint8Array>(options?: ViewOptions<T>): View<T>;
  /**
   * Releases a column. Fails while it is borrowed (a view, an Arrow
   * export or a batch holds it).
   * A second close() does nothing.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   */
  close(): void;
  /** close(). */
  [Symbol.dispose](): void;
}

/**
 * A column of lists (Arrow's "+l"), or of maps ("+m": lists of key/value
 * entries), laid out as Arrow lays them out: int32 offsets (capacity + 1 of
 * them) into one child column, and a validity bitmap when it is nullable.
 * It holds a shared borrow of its child (any column, nested ones included)
 * until it is released, as a batch holds its columns.
 */
export declare class ListVector {
  /** ListVector objects are made by Region.prototype.listVector. */
  private constructor();
  /** Wraps a list_vector handle made elsewhere (C, another binding); the core checks it at each call. */
  static fromHandle(handle: bigint): ListVector;
  /** The handle, a bigint. */
  readonly handle: bigint;
  /** True once close() succeeded. */
  readonly closed: boolean;
  /**
   * The number of lists (nulls included).
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  length(): number;
  /**
   * The number of lists it has room for.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  capacity(): number;
  /**
   * The number of null lists.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  nullCount(): number;
  /**
   * Whether it is a map column.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  isMap(): boolean;
  /**
   * Whether the list at `index` is not null.
   *
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  isValid(index: number | bigint): boolean;
  /**
   * The child row of the first item of the list at `index`.
   *
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  valueOffset(index: number | bigint): number;
  /**
   * The number of items of the list at `index` (0 for a null).
   *
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  valueLength(index: number | bigint): number;
  /**
   * Appends one list, all or nothing: `value` is a u32 count in the
   * machine's byte order, then that many child values, each encoded as
   * `batch.append_row` encodes one column's value (docs/arrow.md).
   * Counted as one copy. A malformed value is invalid_argument, a full
   * column (the list's or a child's) out_of_range (the message names the
   * column and the byte); a list with a live export or in a batch, or a
   * child that another holder borrows, is borrowed. A refused value
   * changes no column.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  append(value: BytesInput): void;
  /**
   * Appends a null (an empty list). A column made without `nullable`
   * refuses it with invalid_argument, a full one with out_of_range.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  appendNull(): void;
  /**
   * The child row of the first entry of map `index` whose key equals
   * `key`, or -1 when it has none (a failed call returns 0, as every
   * failed call does): read the value with the value column's
   * `get(row)`.
   * `key` is the key's bytes without a tag: a fixed-width key exactly
   * its type's width in the machine's byte order (else
   * invalid_argument), a utf8 or binary key its bytes. An index past the
   * length is out_of_range, a list that is not a map invalid_argument.
   * Copies nothing.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfRangeError} An offset and length reach past the end of the object.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  lookup(index: number | bigint, key: BytesInput): number;
  /**
   * The list_vector through the Arrow C Data Interface (list_vector_export_arrow): the addresses of
   * a `struct ArrowSchema` and a `struct ArrowArray` for an Arrow C Data importer. Node.js only
   * (the WebAssembly backend throws InvalidArgumentError).
   */
  exportArrow(): ArrowExport;
  /**
   * Releases a list column and gives back the borrow of its child (the
   * child stays, its owner's again). Fails while it is borrowed (an
   * Arrow export or a batch holds it).
   * A second close() does nothing.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   */
  close(): void;
  /** close(). */
  [Symbol.dispose](): void;
}

/**
 * An Arrow array a foreign producer made (any format, nested too), taken
 * into a region without a copy (`foreign.import_array`): the region holds
 * the producer's memory until the foreign is released or the region reset
 * or destroyed, and then calls the producer's `release` callbacks (the
 * array's, then the schema's) exactly once, on the thread doing that.
 */
export declare class Foreign {
  /** Foreign objects are made by Region.prototype.foreign. */
  private constructor();
  /** Wraps a foreign handle made elsewhere (C, another binding); the core checks it at each call. */
  static fromHandle(handle: bigint): Foreign;
  /** The handle, a bigint. */
  readonly handle: bigint;
  /** True once close() succeeded. */
  readonly closed: boolean;
  /**
   * The number of values (the array's `length`).
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  length(): number;
  /**
   * The number of nulls as the producer gave it (-1, unknown, reads as
   * the largest u64).
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  nullCount(): number;
  /**
   * The array's offset, in values, into its buffers.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  offset(): number;
  /**
   * The number of children (a struct's fields, a list's one).
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  numChildren(): number;
  /**
   * A copy of the Arrow format string ("l", "u", "+s", "+l" ...) that the
   * caller owns (counted as a copy); free it with `free_string`.
   *
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  format(): string;
  /**
   * The foreign through the Arrow C Data Interface (foreign_export_arrow): the addresses of
   * a `struct ArrowSchema` and a `struct ArrowArray` for an Arrow C Data importer. Node.js only
   * (the WebAssembly backend throws InvalidArgumentError).
   */
  exportArrow(): ArrowExport;
  /**
   * A zero-copy view of the foreign: a shared borrow by default (borrow.shared),
   * the unique one with { writable: true } (borrow.unique).
   *
   * Takes a shared borrow: `view` is read-only and lives until the
   * returned token is released. Fails with borrow_conflict while a unique
   * borrow is outstanding.
   *
   * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
   * @throws {OutOfMemoryError} The allocator failed, or the region's byte limit would be exceeded.
   * @throws {BorrowConflictError} The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique).
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   */
  view<T extends TypedArray = Uint8Array>(options?: ViewOptions<T>): View<T>;
  /**
   * Releases a foreign: calls the producer's `release` of the array, then
   * of the schema, once. Fails while it is borrowed (a view or an Arrow
   * export of it is live).
   * A second close() does nothing.
   *
   * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
   * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
   * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
   * @throws {WrongKindError} The handle is live but of another kind than the function takes.
   * @throws {BorrowError} The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner.
   */
  close(): void;
  /** close(). */
  [Symbol.dispose](): void;
}

// -- library functions ------------------------------------------------------------
/**
 * The version this library was built as: major * 1000000 + minor * 1000
 * + patch. Compare with WEAVEHEAP_VERSION_NUMBER to see what a binding
 * was generated for.
 */
export declare function versionNumber(): number;
/**
 * The version as "major.minor.patch".
 */
export declare function versionString(): string;
/**
 * The ABI version; bindings generated for another ABI must not load.
 */
export declare function abiVersion(): number;
/**
 * The SHA-256 of the IDL this library was built from, in hex.
 */
export declare function idlHash(): string;
/**
 * A static description of an error code; unknown codes give
 * "unknown error".
 */
export declare function strerror(code: number): string;
/**
 * The kind of a live handle; a stale, reused or forged handle fails.
 * Region handles may be checked from any thread; other handles follow
 * their region's rule.
 *
 * @throws {StaleHandleError} The handle was valid once; what it named was released, or its region was reset or destroyed.
 * @throws {ReusedHandleError} The handle was valid once; its slot now holds a newer object.
 * @throws {ForgedHandleError} The handle was never issued by this process (0, out of range, or bits that no slot ever carried).
 */
export declare function handleKindOf(handle: bigint | { readonly handle: bigint }): HandleKind;
/**
 * Reads the process-wide counters into `out`.
 *
 * @returns the `out` the C function fills in, as a Stats object
 * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
 */
export declare function stats(): Stats;
/**
 * Turns counting on or off for the whole process (on by default). While
 * off, the statistics keep their values; what the core itself relies on
 * (bytes_live, bytes_reserved, borrows_active, regions_live,
 * stale_rejected) stays exact.
 */
export declare function statsSetEnabled(enabled: boolean): void;
/**
 * Whether counting is on.
 */
export declare function statsEnabled(): boolean;
/**
 * Starts publishing: a background thread rewrites the file every
 * `interval_ms` milliseconds (0 means the default, 250; at most
 * 3600000). Called again while publishing, it changes the interval.
 * Fails, changing nothing, when the directory is unsafe (not owned by
 * this user, or open to group or others: invalid_argument, the message
 * names it) or the file or thread cannot be made (system_error).
 *
 * @param options.intervalMs default 0
 * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
 * @throws {SystemCallError} A system call failed (a file or thread for publishing live stats); the message names the call and the system's reason.
 */
export declare function publishStart(options?: { intervalMs?: number }): void;
/**
 * Writes a snapshot now from the calling thread, creating the file
 * first if this process is not publishing yet (without starting the
 * background thread). Thread-safe regions are read under their lock;
 * the table of any other region is exact when the caller is the thread
 * using it, and best effort otherwise. Fails as `start` does.
 *
 * @throws {InvalidArgumentError} An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size).
 * @throws {SystemCallError} A system call failed (a file or thread for publishing live stats); the message names the call and the system's reason.
 */
export declare function publishNow(): void;
/**
 * Stops publishing and removes the file. A no-op when not publishing.
 */
export declare function publishStop(): void;
/**
 * Whether this process is publishing (its file exists).
 */
export declare function publishActive(): boolean;

// -- loading, and the backend ---------------------------------------------------
/**
 * The package, once its backend is ready. Node.js: this module (the native
 * module is loaded with it). WebAssembly (weaveheap.mjs): instantiates the core
 * module from `source` (a URL or its string, a Response or a promise of one,
 * its bytes, or a WebAssembly.Module; next to weaveheap.mjs by default) and
 * resolves to an object of exactly this module's shape.
 */
export declare function load(source?: unknown): Promise<typeof import('./index')>;

/** Which backend runs the calls, and the addresses that prove a view is the core's memory. */
export declare const backend: {
  readonly name: 'napi' | 'wasm';
  /**
   * What a view's ArrayBuffer is. Node.js: 'v8', an external ArrayBuffer V8
   * does not count as memory of its own (the package's V8 companion, for the
   * Node.js major it was built for); 'napi', napi_create_external_arraybuffer's
   * (elsewhere; V8 counts it, and a view of 64 MiB or more costs a full
   * collection); 'copy', a copy (a runtime that refuses external buffers).
   * WebAssembly: 'memory', the module's memory.
   */
  readonly views: 'v8' | 'napi' | 'copy' | 'memory';
  /** WebAssembly: the module's memory (null in Node.js). */
  readonly memory: object | null;
  /** WebAssembly: the instance's exports, the C API as is (null in Node.js). */
  readonly exports: { readonly [name: string]: unknown } | null;
  /**
   * Node.js: the core's function table (a napi_external of `weaveheap_api*`,
   * weaveheap_api.h), which an extension's addon calls the core through
   * (docs/extensions.md). WebAssembly: null (an extension is linked into the
   * same module).
   */
  readonly apiTable: object | null;
  /** The address of a TypedArray's first byte as JavaScript sees it (WebAssembly: its offset in the module's memory). */
  addressOf(array: ArrayBufferView | ArrayBuffer): number;
  /** The address of an object's first byte as the core lends it (a shared borrow, taken and given back). */
  coreAddressOf(object: bigint | { readonly handle: bigint }): number;
};

declare const weaveheap: typeof import('./index');
export default weaveheap;
