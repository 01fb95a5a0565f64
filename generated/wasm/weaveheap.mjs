// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 9642b5336c411b3e8138dbfec9a542ba111ba757cb2538628071934c4e6b3821
/**
 * ESM glue for weaveheap 0.1.0 compiled to WebAssembly: the core
 * module (weaveheap.wasm, built by wasm/CMakeLists.txt) exports the C API as
 * is, and this module gives every function of idl/weaveheap.wh a JS face.
 * It runs in Node (18 or later) and in browsers.
 *
 *     import { load } from "./weaveheap.mjs";
 *     const wh = await load(new URL("./weaveheap.wasm", import.meta.url));
 *     const region = wh.region.create();
 *     const text = wh.string.create(region, "héllo");   // through linear memory
 *     wh.string.dup(text);                              // "héllo"
 *     const view = wh.borrow.unique(wh.buffer.alloc(region, 64));
 *     view.bytes.set([1, 2, 3]);                        // a Uint8Array over linear memory
 *     view.release();
 *     region.destroy();
 *
 * Values: handles are objects of the classes below (or the raw 64-bit handle
 * as a BigInt); u64 values come back as Numbers (every size is below
 * max_size, 2^48) and go in as Numbers or BigInts; `u8[]` arguments take a
 * string (as UTF-8), an ArrayBuffer or a typed array, copied into linear
 * memory for the call unless it already lies there. Errors are thrown as
 * WeaveHeapError with the IDL's error code.
 *
 * Views: borrow.shared/unique return a View whose `bytes` is a Uint8Array
 * over the object's memory, re-created when memory.grow has detached the old
 * one, valid while the view holds its borrow: until view.release() (or the
 * release of its token). JS cannot make an array read-only: writing through a
 * view that is not `writable` breaks the IDL's contract.
 *
 * Memory the glue allocates in the module (malloc/free, exported next to the
 * C API): one error struct and a scratch area for arguments, for the life of
 * the instance; arguments too big for the scratch area are allocated for the
 * call and freed before it returns. Memory the core hands out (string_dup,
 * bytes_dup) is copied into JS values and freed at once.
 */

export const VERSION_STRING = "0.1.0";
export const VERSION_NUMBER = 1000;
export const ABI_VERSION = 1;
/** SHA-256 of the IDL this glue was generated from; load() compares it with the module's. */
export const IDL_HASH = "9642b5336c411b3e8138dbfec9a542ba111ba757cb2538628071934c4e6b3821";
/** The largest alignment `buffer_alloc` accepts, in bytes. */
export const MAX_ALIGN = 1048576;
/** The largest size of one allocation, bytes object or string, in bytes. */
export const MAX_SIZE = 281474976710656;
/** The alignment used when a binding does not name one. */
export const DEFAULT_ALIGN = 16;
/** The chunk size used when region options leave it 0. */
export const DEFAULT_CHUNK_SIZE = 65536;

/** Every error the core reports. The numbers are part of the ABI: a code is never renumbered, and a retired code keeps its slot. */
export const ErrorCode = Object.freeze({
    OK: 0,
    INVALID_ARGUMENT: 1,
    OUT_OF_MEMORY: 2,
    STALE_HANDLE: 3,
    REUSED_HANDLE: 4,
    FORGED_HANDLE: 5,
    WRONG_KIND: 6,
    BORROWED: 7,
    BORROW_CONFLICT: 8,
    INVALID_UTF8: 9,
    OUT_OF_RANGE: 10,
    SYSTEM_ERROR: 11,
});
const ERROR_NAMES = Object.freeze({
    0: "ok",
    1: "invalid_argument",
    2: "out_of_memory",
    3: "stale_handle",
    4: "reused_handle",
    5: "forged_handle",
    6: "wrong_kind",
    7: "borrowed",
    8: "borrow_conflict",
    9: "invalid_utf8",
    10: "out_of_range",
    11: "system_error",
});

/** The kind a handle carries in its bits (derived from the handle declarations). */
export const HandleKind = Object.freeze({
    NONE: 0,
    REGION: 1,
    BUFFER: 2,
    BYTES: 3,
    STRING: 4,
    BORROW: 5,
});

/**
 * An error the core reported: `code` is its IDL name, `errno` its number.
 * Each code has its own subclass (StaleHandleError ...), so that `instanceof`
 * can tell them apart.
 */
export class WeaveHeapError extends Error {
    constructor(errno, message, fn) {
        super(message);
        this.name = "WeaveHeapError";
        this.errno = errno;
        this.code = ERROR_NAMES[errno] ?? "unknown";
        /** The IDL function that failed, as module.function. */
        this.function = fn;
    }

    /** The error for `errno`, of its subclass. */
    static of(errno, message, fn) {
        const Class = ERROR_CLASSES[errno] ?? WeaveHeapError;
        return new Class(errno, message, fn);
    }
}

/** An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size). */
export class InvalidArgumentError extends WeaveHeapError {
    constructor(errno, message, fn) {
        super(errno, message, fn);
        this.name = "InvalidArgumentError";
    }
}

/** The allocator failed, or the region's byte limit would be exceeded. */
export class OutOfMemoryError extends WeaveHeapError {
    constructor(errno, message, fn) {
        super(errno, message, fn);
        this.name = "OutOfMemoryError";
    }
}

/** The handle was valid once; what it named was released, or its region was reset or destroyed. */
export class StaleHandleError extends WeaveHeapError {
    constructor(errno, message, fn) {
        super(errno, message, fn);
        this.name = "StaleHandleError";
    }
}

/** The handle was valid once; its slot now holds a newer object. */
export class ReusedHandleError extends WeaveHeapError {
    constructor(errno, message, fn) {
        super(errno, message, fn);
        this.name = "ReusedHandleError";
    }
}

/** The handle was never issued by this process (0, out of range, or bits that no slot ever carried). */
export class ForgedHandleError extends WeaveHeapError {
    constructor(errno, message, fn) {
        super(errno, message, fn);
        this.name = "ForgedHandleError";
    }
}

/** The handle is live but of another kind than the function takes. */
export class WrongKindError extends WeaveHeapError {
    constructor(errno, message, fn) {
        super(errno, message, fn);
        this.name = "WrongKindError";
    }
}

/** The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner. */
export class BorrowedError extends WeaveHeapError {
    constructor(errno, message, fn) {
        super(errno, message, fn);
        this.name = "BorrowedError";
    }
}

/** The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique). */
export class BorrowConflictError extends WeaveHeapError {
    constructor(errno, message, fn) {
        super(errno, message, fn);
        this.name = "BorrowConflictError";
    }
}

/** The text is not valid UTF-8; the message names the byte offset. */
export class InvalidUtf8Error extends WeaveHeapError {
    constructor(errno, message, fn) {
        super(errno, message, fn);
        this.name = "InvalidUtf8Error";
    }
}

/** An offset and length reach past the end of the object. */
export class OutOfRangeError extends WeaveHeapError {
    constructor(errno, message, fn) {
        super(errno, message, fn);
        this.name = "OutOfRangeError";
    }
}

/** A system call failed (a file or thread for publishing live stats); the message names the call and the system's reason. */
export class SystemErrorError extends WeaveHeapError {
    constructor(errno, message, fn) {
        super(errno, message, fn);
        this.name = "SystemErrorError";
    }
}
const ERROR_CLASSES = Object.freeze({
    1: InvalidArgumentError,
    2: OutOfMemoryError,
    3: StaleHandleError,
    4: ReusedHandleError,
    5: ForgedHandleError,
    6: WrongKindError,
    7: BorrowedError,
    8: BorrowConflictError,
    9: InvalidUtf8Error,
    10: OutOfRangeError,
    11: SystemErrorError,
});

/* The C structs in linear memory, for 32-bit pointers (wasm32): [field,
 * offset, how to read it]. generated/wasm/layout_check.c asserts the same
 * offsets in the build. */
const LAYOUT = {
    error: { size: 8, fields: [["code", 0, "i32"], ["message", 4, "str"]] },
    region_options: { size: 24, fields: [["chunkSize", 0, "u64"], ["byteLimit", 8, "u64"], ["threadSafe", 16, "bool"]] },
    view: { size: 24, fields: [["data", 0, "ptr"], ["length", 8, "u64"], ["writable", 16, "bool"]] },
    stats: { size: 104, fields: [["allocations", 0, "u64"], ["releases", 8, "u64"], ["bytesAllocated", 16, "u64"], ["bytesLive", 24, "u64"], ["bytesPeak", 32, "u64"], ["bytesReserved", 40, "u64"], ["borrowsTaken", 48, "u64"], ["borrowsActive", 56, "u64"], ["borrowConflicts", 64, "u64"], ["staleRejected", 72, "u64"], ["copies", 80, "u64"], ["copyBytes", 88, "u64"], ["regionsLive", 96, "u64"]] },
};

/* Every export the glue calls: the IDL's functions, and the allocator. */
const EXPORTS = [
    "weaveheap_version_number",
    "weaveheap_version_string",
    "weaveheap_abi_version",
    "weaveheap_idl_hash",
    "weaveheap_strerror",
    "weaveheap_free_string",
    "weaveheap_free_bytes",
    "weaveheap_error_clear",
    "weaveheap_region_create",
    "weaveheap_region_destroy",
    "weaveheap_region_reset",
    "weaveheap_region_stats",
    "weaveheap_buffer_alloc",
    "weaveheap_buffer_release",
    "weaveheap_buffer_size",
    "weaveheap_buffer_write",
    "weaveheap_buffer_read",
    "weaveheap_bytes_create",
    "weaveheap_bytes_release",
    "weaveheap_bytes_length",
    "weaveheap_bytes_dup",
    "weaveheap_string_create",
    "weaveheap_string_release",
    "weaveheap_string_length",
    "weaveheap_string_dup",
    "weaveheap_borrow_shared",
    "weaveheap_borrow_unique",
    "weaveheap_borrow_release",
    "weaveheap_handle_kind_of",
    "weaveheap_stats_global",
    "weaveheap_stats_set_enabled",
    "weaveheap_stats_enabled",
    "weaveheap_publish_start",
    "weaveheap_publish_now",
    "weaveheap_publish_stop",
    "weaveheap_publish_active",
    "malloc", "free",
];

const DISPOSE = Symbol.dispose ?? Symbol.for("Symbol.dispose");
const SCRATCH = 64 * 1024;

/**
 * Loads and instantiates the core module. `source`: a URL (file: in Node,
 * fetched otherwise) or its string, a Response or a promise of one, the
 * module's bytes, or a compiled WebAssembly.Module.
 */
export async function load(source = new URL("./weaveheap.wasm", import.meta.url)) {
    let module;
    if (source instanceof WebAssembly.Module) {
        module = source;
    } else if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
        module = await WebAssembly.compile(source);
    } else {
        let response = source;
        if (typeof source === "string" || source instanceof URL) {
            const url = new URL(source, import.meta.url);
            if (url.protocol === "file:") {
                const { readFile } = await import("node:fs/promises");
                module = await WebAssembly.compile(await readFile(url));
            } else {
                response = fetch(url);
            }
        }
        if (!module) {
            response = await response;
            if (!response.ok) throw new Error(`weaveheap.mjs: ${response.url}: HTTP ${response.status}`);
            module = await WebAssembly.compile(await response.arrayBuffer());
        }
    }
    return fromInstance(await WebAssembly.instantiate(module, {}));
}

/** The API over an instance of the core module someone else instantiated. */
export function fromInstance(instance) {
    const e = instance.exports;
    for (const name of EXPORTS) {
        if (typeof e[name] !== "function") {
            throw new Error(`weaveheap.mjs: the module does not export ${name}: it was not built from this IDL ` +
                            `(sha256 ${IDL_HASH}); rebuild weaveheap.wasm (cmake --build <dir> --target weaveheap_wasm)`);
        }
    }
    if (!(e.memory instanceof WebAssembly.Memory)) throw new Error("weaveheap.mjs: the module exports no memory");
    const memory = e.memory;
    const malloc = e.malloc, free = e.free;
    const f_weaveheap_version_number = e.weaveheap_version_number;
    const f_weaveheap_version_string = e.weaveheap_version_string;
    const f_weaveheap_abi_version = e.weaveheap_abi_version;
    const f_weaveheap_idl_hash = e.weaveheap_idl_hash;
    const f_weaveheap_strerror = e.weaveheap_strerror;
    const f_weaveheap_free_string = e.weaveheap_free_string;
    const f_weaveheap_free_bytes = e.weaveheap_free_bytes;
    const f_weaveheap_error_clear = e.weaveheap_error_clear;
    const f_weaveheap_region_create = e.weaveheap_region_create;
    const f_weaveheap_region_destroy = e.weaveheap_region_destroy;
    const f_weaveheap_region_reset = e.weaveheap_region_reset;
    const f_weaveheap_region_stats = e.weaveheap_region_stats;
    const f_weaveheap_buffer_alloc = e.weaveheap_buffer_alloc;
    const f_weaveheap_buffer_release = e.weaveheap_buffer_release;
    const f_weaveheap_buffer_size = e.weaveheap_buffer_size;
    const f_weaveheap_buffer_write = e.weaveheap_buffer_write;
    const f_weaveheap_buffer_read = e.weaveheap_buffer_read;
    const f_weaveheap_bytes_create = e.weaveheap_bytes_create;
    const f_weaveheap_bytes_release = e.weaveheap_bytes_release;
    const f_weaveheap_bytes_length = e.weaveheap_bytes_length;
    const f_weaveheap_bytes_dup = e.weaveheap_bytes_dup;
    const f_weaveheap_string_create = e.weaveheap_string_create;
    const f_weaveheap_string_release = e.weaveheap_string_release;
    const f_weaveheap_string_length = e.weaveheap_string_length;
    const f_weaveheap_string_dup = e.weaveheap_string_dup;
    const f_weaveheap_borrow_shared = e.weaveheap_borrow_shared;
    const f_weaveheap_borrow_unique = e.weaveheap_borrow_unique;
    const f_weaveheap_borrow_release = e.weaveheap_borrow_release;
    const f_weaveheap_handle_kind_of = e.weaveheap_handle_kind_of;
    const f_weaveheap_stats_global = e.weaveheap_stats_global;
    const f_weaveheap_stats_set_enabled = e.weaveheap_stats_set_enabled;
    const f_weaveheap_stats_enabled = e.weaveheap_stats_enabled;
    const f_weaveheap_publish_start = e.weaveheap_publish_start;
    const f_weaveheap_publish_now = e.weaveheap_publish_now;
    const f_weaveheap_publish_stop = e.weaveheap_publish_stop;
    const f_weaveheap_publish_active = e.weaveheap_publish_active;

    /* -- linear memory: views re-created after memory.grow detached them -- */
    let u8 = new Uint8Array(memory.buffer);
    let i32 = new Int32Array(memory.buffer);
    let dv = new DataView(memory.buffer);
    function mem() {
        if (u8.buffer !== memory.buffer) {
            u8 = new Uint8Array(memory.buffer);
            i32 = new Int32Array(memory.buffer);
            dv = new DataView(memory.buffer);
        }
    }
    const encoder = new TextEncoder();
    const decoder = new TextDecoder();

    function alloc(n) {
        const p = malloc(n);
        if (p === 0) throw WeaveHeapError.of(ErrorCode.OUT_OF_MEMORY, `no memory for ${n} bytes in the module`, "malloc");
        return p;
    }

    /* The error struct every fallible call fills, and the scratch area. */
    const ERR = alloc(LAYOUT.error.size);
    const ERR_CODE_I = (ERR + 0) >> 2;
    const base = alloc(SCRATCH);
    let top = base;
    const spilled = [];
    mem();
    u8.fill(0, ERR, ERR + LAYOUT.error.size);

    /* Memory for one argument of the call in progress (8-aligned). */
    function tmp(n) {
        if (top + n <= base + SCRATCH) {
            const p = top;
            top += (n + 7) & ~7;
            return p;
        }
        const p = alloc(n);
        spilled.push(p);
        return p;
    }
    function endCall() {
        top = base;
        while (spilled.length) free(spilled.pop());
    }

    function check(fn) {
        mem();
        const code = dv.getInt32(ERR + 0, true);
        if (code === 0) return;
        const m = dv.getUint32(ERR + 4, true);
        const message = m ? cstr(m) : cstr(f_weaveheap_strerror(code));
        f_weaveheap_error_clear(ERR);
        throw WeaveHeapError.of(code, message, fn);
    }

    function cstr(p) {
        mem();
        return decoder.decode(u8.subarray(p, u8.indexOf(0, p)));
    }
    /* A u64/i64 as a Number when it is exact, else as the BigInt. */
    function int64(v) {
        const n = Number(v);
        return n <= Number.MAX_SAFE_INTEGER && n >= -Number.MAX_SAFE_INTEGER ? n : v;
    }
    function hv(x) {
        return typeof x === "bigint" ? x : x.handle;
    }
    function released(x) {
        if (typeof x === "object" && x !== null) x.released = true;
    }
    function asBytes(x) {
        if (x instanceof Uint8Array) return x;
        if (ArrayBuffer.isView(x)) return new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
        if (x instanceof ArrayBuffer) return new Uint8Array(x);
        throw new TypeError(`expected an ArrayBuffer or a typed array, not ${x === null ? "null" : typeof x}`);
    }

    /* A u8[] argument: its address in linear memory (copied there unless it
     * already lies there) and, in lastLength, its length. */
    let lastLength = 0;
    function bytesIn(x, nullable) {
        if (nullable && x == null) {
            lastLength = 0;
            return 0;
        }
        if (typeof x === "string") {
            const max = x.length * 3;
            const p = tmp(max);
            mem();
            lastLength = encoder.encodeInto(x, u8.subarray(p, p + max)).written;
            return p;
        }
        const v = asBytes(x);
        lastLength = v.length;
        if (v.buffer === memory.buffer) return v.byteOffset;
        const p = tmp(v.length);
        mem();
        u8.set(v, p);
        return p;
    }
    function cstrOrNull(p) {
        return p ? cstr(p) : null;
    }

    /* Each C struct read from (and, when JS can give one, written to) linear
     * memory, at the offsets of LAYOUT. */
    function write_region_options(x) {
        const p = tmp(24);
        mem();
        u8.fill(0, p, p + 24);
        dv.setBigUint64(p + 0, BigInt.asUintN(64, BigInt((x.chunkSize ?? 0))), true);
        dv.setBigUint64(p + 8, BigInt.asUintN(64, BigInt((x.byteLimit ?? 0))), true);
        dv.setUint8(p + 16, (x.threadSafe ?? 0) ? 1 : 0);
        return p;
    }
    function read_view(p) {
        mem();
        return {
            data: dv.getUint32(p + 0, true),
            length: int64(dv.getBigUint64(p + 8, true)),
            writable: dv.getUint8(p + 16) !== 0,
        };
    }
    function read_stats(p) {
        mem();
        return {
            allocations: int64(dv.getBigUint64(p + 0, true)),
            releases: int64(dv.getBigUint64(p + 8, true)),
            bytesAllocated: int64(dv.getBigUint64(p + 16, true)),
            bytesLive: int64(dv.getBigUint64(p + 24, true)),
            bytesPeak: int64(dv.getBigUint64(p + 32, true)),
            bytesReserved: int64(dv.getBigUint64(p + 40, true)),
            borrowsTaken: int64(dv.getBigUint64(p + 48, true)),
            borrowsActive: int64(dv.getBigUint64(p + 56, true)),
            borrowConflicts: int64(dv.getBigUint64(p + 64, true)),
            staleRejected: int64(dv.getBigUint64(p + 72, true)),
            copies: int64(dv.getBigUint64(p + 80, true)),
            copyBytes: int64(dv.getBigUint64(p + 88, true)),
            regionsLive: int64(dv.getBigUint64(p + 96, true)),
        };
    }

    /* -- handles ------------------------------------------------------------ */

    /** A region: an arena that owns chunks of memory and every object made in it. Destroying it frees them all at once and makes their handles stale. */
    class RegionHandle {
        constructor(handle) {
            /** The 64-bit capability handle. */
            this.handle = handle;
            /** True once this object's handle was released through it. */
            this.released = false;
        }
        destroy() {
            return regionDestroy(this);
        }
        reset() {
            return regionReset(this);
        }
        stats() {
            return regionStats(this);
        }
        bufferAlloc(size, align) {
            return bufferAlloc(this, size, align);
        }
        bytesCreate(data) {
            return bytesCreate(this, data);
        }
        stringCreate(text) {
            return stringCreate(this, text);
        }
        /** Releases the handle (as region.destroy) unless that was done already. */
        [DISPOSE]() {
            if (!this.released) regionDestroy(this);
        }
        toString() {
            return `region 0x${this.handle.toString(16).padStart(16, "0")}`;
        }
    }

    /** A mutable, sized, aligned block of memory in a region. */
    class BufferHandle {
        constructor(handle) {
            /** The 64-bit capability handle. */
            this.handle = handle;
            /** True once this object's handle was released through it. */
            this.released = false;
        }
        release() {
            return bufferRelease(this);
        }
        size() {
            return bufferSize(this);
        }
        write(offset, data) {
            return bufferWrite(this, offset, data);
        }
        read(offset, dst) {
            return bufferRead(this, offset, dst);
        }
        borrowShared() {
            return borrowShared(this);
        }
        borrowUnique() {
            return borrowUnique(this);
        }
        /** Releases the handle (as buffer.release) unless that was done already. */
        [DISPOSE]() {
            if (!this.released) bufferRelease(this);
        }
        toString() {
            return `buffer 0x${this.handle.toString(16).padStart(16, "0")}`;
        }
    }

    /** An immutable byte string in a region. */
    class BytesHandle {
        constructor(handle) {
            /** The 64-bit capability handle. */
            this.handle = handle;
            /** True once this object's handle was released through it. */
            this.released = false;
        }
        release() {
            return bytesRelease(this);
        }
        length() {
            return bytesLength(this);
        }
        dup() {
            return bytesDup(this);
        }
        borrowShared() {
            return borrowShared(this);
        }
        borrowUnique() {
            return borrowUnique(this);
        }
        /** Releases the handle (as bytes.release) unless that was done already. */
        [DISPOSE]() {
            if (!this.released) bytesRelease(this);
        }
        toString() {
            return `bytes 0x${this.handle.toString(16).padStart(16, "0")}`;
        }
    }

    /** An immutable, validated UTF-8 string in a region, stored with a trailing NUL so that C can read it in place. */
    class StringHandle {
        constructor(handle) {
            /** The 64-bit capability handle. */
            this.handle = handle;
            /** True once this object's handle was released through it. */
            this.released = false;
        }
        release() {
            return stringRelease(this);
        }
        length() {
            return stringLength(this);
        }
        dup() {
            return stringDup(this);
        }
        borrowShared() {
            return borrowShared(this);
        }
        borrowUnique() {
            return borrowUnique(this);
        }
        /** Releases the handle (as string.release) unless that was done already. */
        [DISPOSE]() {
            if (!this.released) stringRelease(this);
        }
        toString() {
            return `string 0x${this.handle.toString(16).padStart(16, "0")}`;
        }
    }

    /** A borrow of a buffer, bytes or string: proof that a view is live. */
    class BorrowHandle {
        constructor(handle) {
            /** The 64-bit capability handle. */
            this.handle = handle;
            /** True once this object's handle was released through it. */
            this.released = false;
        }
        release() {
            return borrowRelease(this);
        }
        /** Releases the handle (as borrow.release) unless that was done already. */
        [DISPOSE]() {
            if (!this.released) borrowRelease(this);
        }
        toString() {
            return `borrow 0x${this.handle.toString(16).padStart(16, "0")}`;
        }
    }

    /**
     * A zero-copy window on a buffer, bytes or string: `bytes` is a
     * Uint8Array over linear memory, valid while the view's borrow is held.
     */
    class View {
        #token;
        #target;
        #address;
        #length;
        #writable;
        #bytes;
        constructor(token, target, view) {
            this.#token = token;
            this.#target = target;
            this.#address = view.data;
            this.#length = view.length;
            this.#writable = view.writable;
            this.#bytes = new Uint8Array(memory.buffer, view.data, view.length);
        }
        /** The borrow token that keeps the view valid. */
        get token() { return this.#token; }
        /** What the view borrows. */
        get target() { return this.#target; }
        /** The view's first byte, as an offset in linear memory. */
        get address() { return this.#address; }
        get length() { return this.#length; }
        /** True for the unique view of a buffer. */
        get writable() { return this.#writable; }
        get released() { return this.#token.released; }
        /** The bytes, re-created if memory.grow detached the previous array. */
        get bytes() {
            if (this.#token.released) {
                throw WeaveHeapError.of(ErrorCode.STALE_HANDLE, `view of ${this.#target} used after its ` +
                                         `borrow ${this.#token} was released`, "view.bytes");
            }
            if (this.#bytes.buffer !== memory.buffer) {
                this.#bytes = new Uint8Array(memory.buffer, this.#address, this.#length);
            }
            return this.#bytes;
        }
        /** Ends the borrow; a second release is a stale_handle error. */
        release() {
            borrowRelease(this.#token);
        }
        [DISPOSE]() {
            if (!this.#token.released) this.release();
        }
    }

    /* -- functions ---------------------------------------------------------- */

    /**
     * The version this library was built as: major * 1000000 + minor * 1000
     * + patch. Compare with WEAVEHEAP_VERSION_NUMBER to see what a binding
     * was generated for.
     */
    function versionNumber() {
        const r = f_weaveheap_version_number();
        return r >>> 0;
    }

    /**
     * The version as "major.minor.patch".
     */
    function versionString() {
        const r = f_weaveheap_version_string();
        return cstr(r);
    }

    /**
     * The ABI version; bindings generated for another ABI must not load.
     */
    function abiVersion() {
        const r = f_weaveheap_abi_version();
        return r >>> 0;
    }

    /**
     * The SHA-256 of the IDL this library was built from, in hex.
     */
    function idlHash() {
        const r = f_weaveheap_idl_hash();
        return cstr(r);
    }

    /**
     * A static description of an error code; unknown codes give
     * "unknown error".
     */
    function strerror(code) {
        const r = f_weaveheap_strerror(code | 0);
        return cstr(r);
    }

    /**
     * Makes a region.
     * @throws {WeaveHeapError} invalid_argument, out_of_memory
     */
    function regionCreate(options) {
        try {
            const options_p = options == null ? 0 : write_region_options(options);
            const r = f_weaveheap_region_create(options_p, ERR);
            if (i32[ERR_CODE_I] !== 0) check("region.create");
            return new RegionHandle(r);
        } finally {
            endCall();
        }
    }

    /**
     * Destroys a region: frees every object in it at once, returns its
     * chunks, and makes every handle of it stale. Fails, changing nothing,
     * while any object of the region is borrowed.
     * @throws {WeaveHeapError} stale_handle, reused_handle, forged_handle, wrong_kind, borrowed
     */
    function regionDestroy(region) {
        f_weaveheap_region_destroy(hv(region), ERR);
        if (i32[ERR_CODE_I] !== 0) check("region.destroy");
        released(region);
    }

    /**
     * Frees every object in the region at once and makes their handles
     * stale, keeping the region's chunks for reuse. Costs per chunk, not per
     * object. Fails, changing nothing, while any object is borrowed.
     * @throws {WeaveHeapError} stale_handle, reused_handle, forged_handle, wrong_kind, borrowed
     */
    function regionReset(region) {
        f_weaveheap_region_reset(hv(region), ERR);
        if (i32[ERR_CODE_I] !== 0) check("region.reset");
    }

    /**
     * Reads the region's counters into `out`.
     * @throws {WeaveHeapError} invalid_argument, stale_handle, reused_handle, forged_handle, wrong_kind
     */
    function regionStats(region) {
        try {
            const out_p = tmp(104);
            f_weaveheap_region_stats(hv(region), out_p, ERR);
            if (i32[ERR_CODE_I] !== 0) check("region.stats");
            return read_stats(out_p);
        } finally {
            endCall();
        }
    }

    /**
     * Allocates `size` bytes aligned to `align` (a power of two up to
     * `max_align`). The bytes are zeroed.
     * @throws {WeaveHeapError} invalid_argument, out_of_memory, stale_handle, reused_handle, forged_handle, wrong_kind
     */
    function bufferAlloc(region, size, align = 16) {
        const r = f_weaveheap_buffer_alloc(hv(region), BigInt(size), BigInt(align), ERR);
        if (i32[ERR_CODE_I] !== 0) check("buffer.alloc");
        return new BufferHandle(r);
    }

    /**
     * Releases a buffer; its handle becomes stale. The memory returns to the
     * region at its next reset or destroy. Fails while it is borrowed.
     * @throws {WeaveHeapError} stale_handle, reused_handle, forged_handle, wrong_kind, borrowed
     */
    function bufferRelease(buffer) {
        f_weaveheap_buffer_release(hv(buffer), ERR);
        if (i32[ERR_CODE_I] !== 0) check("buffer.release");
        released(buffer);
    }

    /**
     * The buffer's size in bytes.
     * @throws {WeaveHeapError} stale_handle, reused_handle, forged_handle, wrong_kind
     */
    function bufferSize(buffer) {
        const r = f_weaveheap_buffer_size(hv(buffer), ERR);
        if (i32[ERR_CODE_I] !== 0) check("buffer.size");
        return int64(r);
    }

    /**
     * Copies `data` into the buffer at `offset` (counted as a copy). The
     * owner may write only while no borrow is outstanding.
     * @throws {WeaveHeapError} invalid_argument, out_of_range, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind
     */
    function bufferWrite(buffer, offset, data) {
        try {
            const data_p = bytesIn(data), data_n = lastLength;
            f_weaveheap_buffer_write(hv(buffer), BigInt(offset), data_p, BigInt(data_n), ERR);
            if (i32[ERR_CODE_I] !== 0) check("buffer.write");
        } finally {
            endCall();
        }
    }

    /**
     * Copies bytes from `offset` into `dst` (counted as a copy). Fails while
     * a unique borrow is outstanding.
     * @throws {WeaveHeapError} invalid_argument, out_of_range, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind
     */
    function bufferRead(buffer, offset, dst) {
        try {
            const dst_v = asBytes(dst);
            const dst_in = dst_v.buffer === memory.buffer;
            const dst_p = dst_in ? dst_v.byteOffset : tmp(dst_v.length);
            f_weaveheap_buffer_read(hv(buffer), BigInt(offset), dst_p, BigInt(dst_v.length), ERR);
            if (i32[ERR_CODE_I] !== 0) check("buffer.read");
            if (!dst_in) {
                mem();
                dst_v.set(u8.subarray(dst_p, dst_p + dst_v.length));
            }
        } finally {
            endCall();
        }
    }

    /**
     * Copies `data` into a new bytes object (counted as a copy).
     * @throws {WeaveHeapError} invalid_argument, out_of_memory, stale_handle, reused_handle, forged_handle, wrong_kind
     */
    function bytesCreate(region, data) {
        try {
            const data_p = bytesIn(data), data_n = lastLength;
            const r = f_weaveheap_bytes_create(hv(region), data_p, BigInt(data_n), ERR);
            if (i32[ERR_CODE_I] !== 0) check("bytes.create");
            return new BytesHandle(r);
        } finally {
            endCall();
        }
    }

    /**
     * Releases a bytes object. Fails while it is borrowed.
     * @throws {WeaveHeapError} stale_handle, reused_handle, forged_handle, wrong_kind, borrowed
     */
    function bytesRelease(bytes) {
        f_weaveheap_bytes_release(hv(bytes), ERR);
        if (i32[ERR_CODE_I] !== 0) check("bytes.release");
        released(bytes);
    }

    /**
     * The length in bytes.
     * @throws {WeaveHeapError} stale_handle, reused_handle, forged_handle, wrong_kind
     */
    function bytesLength(bytes) {
        const r = f_weaveheap_bytes_length(hv(bytes), ERR);
        if (i32[ERR_CODE_I] !== 0) check("bytes.length");
        return int64(r);
    }

    /**
     * A copy of the bytes in memory the caller owns (counted as a copy);
     * free it with `free_bytes`. An empty object gives a non-NULL pointer.
     * @throws {WeaveHeapError} invalid_argument, out_of_memory, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind
     */
    function bytesDup(bytes) {
        try {
            const outLen_p = tmp(8);
            const r = f_weaveheap_bytes_dup(hv(bytes), outLen_p, ERR);
            if (i32[ERR_CODE_I] !== 0) check("bytes.dup");
            mem();
            const n = Number(dv.getBigUint64(outLen_p, true));
            const copy = u8.slice(r, r + n);
            f_weaveheap_free_bytes(r, BigInt(n));
            return copy;
        } finally {
            endCall();
        }
    }

    /**
     * Validates `text` as UTF-8 and copies it into a new string (counted as
     * a copy). Invalid input fails with the byte offset of the first bad
     * sequence in the message.
     * @throws {WeaveHeapError} invalid_argument, invalid_utf8, out_of_memory, stale_handle, reused_handle, forged_handle, wrong_kind
     */
    function stringCreate(region, text) {
        try {
            const text_p = bytesIn(text), text_n = lastLength;
            const r = f_weaveheap_string_create(hv(region), text_p, BigInt(text_n), ERR);
            if (i32[ERR_CODE_I] !== 0) check("string.create");
            return new StringHandle(r);
        } finally {
            endCall();
        }
    }

    /**
     * Releases a string. Fails while it is borrowed.
     * @throws {WeaveHeapError} stale_handle, reused_handle, forged_handle, wrong_kind, borrowed
     */
    function stringRelease(string) {
        f_weaveheap_string_release(hv(string), ERR);
        if (i32[ERR_CODE_I] !== 0) check("string.release");
        released(string);
    }

    /**
     * The length in bytes, without the trailing NUL.
     * @throws {WeaveHeapError} stale_handle, reused_handle, forged_handle, wrong_kind
     */
    function stringLength(string) {
        const r = f_weaveheap_string_length(hv(string), ERR);
        if (i32[ERR_CODE_I] !== 0) check("string.length");
        return int64(r);
    }

    /**
     * A NUL-terminated copy the caller owns (counted as a copy); free it
     * with `free_string`.
     * @throws {WeaveHeapError} out_of_memory, borrowed, stale_handle, reused_handle, forged_handle, wrong_kind
     */
    function stringDup(string) {
        const r = f_weaveheap_string_dup(hv(string), ERR);
        if (i32[ERR_CODE_I] !== 0) check("string.dup");
        const s = cstr(r);
        f_weaveheap_free_string(r);
        return s;
    }

    /**
     * Takes a shared borrow: `view` is read-only and lives until the
     * returned token is released. Fails with borrow_conflict while a unique
     * borrow is outstanding.
     * @throws {WeaveHeapError} invalid_argument, out_of_memory, borrow_conflict, stale_handle, reused_handle, forged_handle, wrong_kind
     */
    function borrowShared(target) {
        try {
            const view_p = tmp(24);
            const r = f_weaveheap_borrow_shared(hv(target), view_p, ERR);
            if (i32[ERR_CODE_I] !== 0) check("borrow.shared");
            return new View(new BorrowHandle(r), target, read_view(view_p));
        } finally {
            endCall();
        }
    }

    /**
     * Takes the unique borrow: no other borrow may be outstanding. The view
     * is writable for a buffer (bytes and strings stay read-only).
     * @throws {WeaveHeapError} invalid_argument, out_of_memory, borrow_conflict, stale_handle, reused_handle, forged_handle, wrong_kind
     */
    function borrowUnique(target) {
        try {
            const view_p = tmp(24);
            const r = f_weaveheap_borrow_unique(hv(target), view_p, ERR);
            if (i32[ERR_CODE_I] !== 0) check("borrow.unique");
            return new View(new BorrowHandle(r), target, read_view(view_p));
        } finally {
            endCall();
        }
    }

    /**
     * Ends a borrow; the view must not be used again. A second release of
     * the same token is a stale-handle error.
     * @throws {WeaveHeapError} stale_handle, reused_handle, forged_handle, wrong_kind
     */
    function borrowRelease(token) {
        f_weaveheap_borrow_release(hv(token), ERR);
        if (i32[ERR_CODE_I] !== 0) check("borrow.release");
        released(token);
    }

    /**
     * The kind of a live handle; a stale, reused or forged handle fails.
     * Region handles may be checked from any thread; other handles follow
     * their region's rule.
     * @throws {WeaveHeapError} stale_handle, reused_handle, forged_handle
     */
    function handleKindOf(handle) {
        const r = f_weaveheap_handle_kind_of(hv(handle), ERR);
        if (i32[ERR_CODE_I] !== 0) check("handle.kind_of");
        return r;
    }

    /**
     * Reads the process-wide counters into `out`.
     * @throws {WeaveHeapError} invalid_argument
     */
    function statsGlobal() {
        try {
            const out_p = tmp(104);
            f_weaveheap_stats_global(out_p, ERR);
            if (i32[ERR_CODE_I] !== 0) check("stats.global");
            return read_stats(out_p);
        } finally {
            endCall();
        }
    }

    /**
     * Turns counting on or off for the whole process (on by default). While
     * off, the statistics keep their values; what the core itself relies on
     * (bytes_live, bytes_reserved, borrows_active, regions_live,
     * stale_rejected) stays exact.
     */
    function statsSetEnabled(enabled) {
        f_weaveheap_stats_set_enabled(enabled ? 1 : 0);
    }

    /**
     * Whether counting is on.
     */
    function statsEnabled() {
        const r = f_weaveheap_stats_enabled();
        return r !== 0;
    }

    /**
     * Starts publishing: a background thread rewrites the file every
     * `interval_ms` milliseconds (0 means the default, 250; at most
     * 3600000). Called again while publishing, it changes the interval.
     * Fails, changing nothing, when the directory is unsafe (not owned by
     * this user, or open to group or others: invalid_argument, the message
     * names it) or the file or thread cannot be made (system_error).
     * @throws {WeaveHeapError} invalid_argument, system_error
     */
    function publishStart(intervalMs = 0) {
        f_weaveheap_publish_start(intervalMs >>> 0, ERR);
        if (i32[ERR_CODE_I] !== 0) check("publish.start");
    }

    /**
     * Writes a snapshot now from the calling thread, creating the file
     * first if this process is not publishing yet (without starting the
     * background thread). Thread-safe regions are read under their lock;
     * the table of any other region is exact when the caller is the thread
     * using it, and best effort otherwise. Fails as `start` does.
     * @throws {WeaveHeapError} invalid_argument, system_error
     */
    function publishNow() {
        f_weaveheap_publish_now(ERR);
        if (i32[ERR_CODE_I] !== 0) check("publish.now");
    }

    /**
     * Stops publishing and removes the file. A no-op when not publishing.
     */
    function publishStop() {
        f_weaveheap_publish_stop();
    }

    /**
     * Whether this process is publishing (its file exists).
     */
    function publishActive() {
        const r = f_weaveheap_publish_active();
        return r !== 0;
    }

    const api = {
        /** The instance's exports: the C API itself, malloc, free and memory. */
        exports: e,
        memory,
        View,
        RegionHandle,
        BufferHandle,
        BytesHandle,
        StringHandle,
        BorrowHandle,
        versionNumber: versionNumber,
        versionString: versionString,
        abiVersion: abiVersion,
        idlHash: idlHash,
        strerror: strerror,
    };
    /** Regions: create, reset, destroy, and their counters. */
    api.region = {
        create: regionCreate,
        destroy: regionDestroy,
        reset: regionReset,
        stats: regionStats,
    };
    /** Buffers: mutable memory, written by their owner or through a unique view. */
    api.buffer = {
        alloc: bufferAlloc,
        release: bufferRelease,
        size: bufferSize,
        write: bufferWrite,
        read: bufferRead,
    };
    /** Bytes: immutable once created. */
    api.bytes = {
        create: bytesCreate,
        release: bytesRelease,
        length: bytesLength,
        dup: bytesDup,
    };
    /** Strings: validated UTF-8, immutable once created. */
    api.string = {
        create: stringCreate,
        release: stringRelease,
        length: stringLength,
        dup: stringDup,
    };
    /** Borrows: zero-copy views of a buffer, bytes or string, checked at run time. Many shared borrows, or one unique borrow, at a time. */
    api.borrow = {
        shared: borrowShared,
        unique: borrowUnique,
        release: borrowRelease,
    };
    /** Handles in general. */
    api.handle = {
        kindOf: handleKindOf,
    };
    /** Process-wide counters. */
    api.stats = {
        global: statsGlobal,
        setEnabled: statsSetEnabled,
        enabled: statsEnabled,
    };
    /** Live counters for the `weaveheap stats` and `weaveheap viz` commands. A publishing process keeps its counters and its table of regions, handles and borrows in a small memory-mapped file of its own, in a directory only its user can read ($WEAVEHEAP_STATS_DIR, else $XDG_RUNTIME_DIR/weaveheap, else /tmp/weaveheap-<uid>; docs/cli.md), and removes the file when it exits. WEAVEHEAP_STATS=1 in the environment starts publishing at the first `region.create`. Nothing here adds work or a lock to the allocation path: snapshots are taken by a background thread or by `now`. */
    api.publish = {
        start: publishStart,
        now: publishNow,
        stop: publishStop,
        active: publishActive,
    };

    if (f_weaveheap_abi_version() !== ABI_VERSION) {
        throw new Error(`weaveheap.mjs: the module has ABI ${f_weaveheap_abi_version()}, this glue ABI ${ABI_VERSION}: ` +
                        "regenerate the glue or rebuild weaveheap.wasm from the same IDL");
    }
    const hash = cstr(f_weaveheap_idl_hash());
    if (hash !== IDL_HASH) {
        throw new Error(`weaveheap.mjs: the module was built from IDL sha256 ${hash}, this glue from ${IDL_HASH}: ` +
                        "rebuild weaveheap.wasm (cmake --build <dir> --target weaveheap_wasm)");
    }
    return Object.freeze(api);
}
