// The core module (weaveheap.wasm) through the generated glue, with
// `node --test`: what it exports and imports, strings and bytes through
// linear memory, buffers, views (zero-copy, proven by address and by writes
// both ways, and across memory.grow), borrow conflicts, stale handles and the
// counters. A failed call must change nothing.
//   WEAVEHEAP_WASM_DIR   the build's wasm/ (weaveheap.wasm and weaveheap.mjs)
//   WEAVEHEAP_SOURCE_DIR the source tree (for the IDL's list of functions)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

const dir = process.env.WEAVEHEAP_WASM_DIR;
const src = process.env.WEAVEHEAP_SOURCE_DIR;
assert.ok(dir && src, "set WEAVEHEAP_WASM_DIR and WEAVEHEAP_SOURCE_DIR");
const glue = await import(pathToFileURL(path.join(dir, "weaveheap.mjs")));
const { load, fromInstance, WeaveHeapError, ErrorCode } = glue;
const bytes = await readFile(path.join(dir, "weaveheap.wasm"));
const wh = await load(bytes);

/* The IDL's functions, as the C target's linker script lists them. */
const map = await readFile(path.join(src, "generated/c/weaveheap.map"), "utf8");
const idlFunctions = [...map.matchAll(/^\s+(weaveheap_\w+);$/gm)].map((m) => m[1]).sort();

/* Everything a failed call must leave alone: the region's counters, the
 * process's (minus the refusal counters, whose job is to count failures),
 * and the bytes of the buffers given. */
function snapshot(region, buffers = []) {
    const g = wh.stats.global();
    delete g.staleRejected;
    delete g.borrowConflicts;
    const r = region ? wh.region.stats(region) : null;
    if (r) delete r.borrowConflicts;
    wh.stats.setEnabled(false); // reading the contents must not count copies
    const contents = buffers.map((b) => {
        const out = new Uint8Array(wh.buffer.size(b));
        wh.buffer.read(b, 0, out);
        return [...out];
    });
    wh.stats.setEnabled(true);
    return { g, r, contents };
}

function throwsUnchanged(fn, Class, code, pattern, region, buffers = []) {
    const before = snapshot(region, buffers);
    assert.throws(fn, (e) => {
        assert.ok(e instanceof Class, `${e} is not a ${Class.name}`);
        assert.ok(e instanceof WeaveHeapError);
        assert.equal(e.code, code);
        assert.equal(e.errno, ErrorCode[code.toUpperCase()]);
        if (pattern) assert.match(e.message, pattern);
        return true;
    });
    assert.deepEqual(snapshot(region, buffers), before);
}

test("the module exports exactly the IDL's functions, malloc, free and memory, and imports nothing", () => {
    const module = new WebAssembly.Module(bytes);
    assert.deepEqual(WebAssembly.Module.imports(module), []);
    const exported = WebAssembly.Module.exports(module);
    const functions = exported.filter((x) => x.kind === "function").map((x) => x.name).sort();
    assert.deepEqual(functions, [...idlFunctions, "free", "malloc"].sort());
    assert.deepEqual(exported.filter((x) => x.kind !== "function").map((x) => [x.name, x.kind]), [["memory", "memory"]]);
});

test("the glue checks what it loads", async () => {
    const empty = await WebAssembly.instantiate(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    assert.throws(() => fromInstance(empty.instance), /does not export weaveheap_\w+: it was not built from this IDL/);
    assert.equal(wh.idlHash(), glue.IDL_HASH);
    assert.equal(wh.abiVersion(), glue.ABI_VERSION);
    assert.equal(wh.versionString(), glue.VERSION_STRING);
    assert.equal(wh.versionNumber(), glue.VERSION_NUMBER);
});

test("strings round-trip through linear memory", () => {
    const region = wh.region.create();
    for (const text of ["", "plain ascii", "héllo wörld", "日本語のテキスト", "emoji 🧵🪡", "x".repeat(70000)]) {
        const s = wh.string.create(region, text);
        assert.equal(wh.string.dup(s), text);
        assert.equal(wh.string.length(s), new TextEncoder().encode(text).length);
        // a view shows the stored UTF-8 in place, without its trailing NUL
        const view = wh.borrow.shared(s);
        assert.equal(new TextDecoder().decode(view.bytes), text);
        assert.equal(view.writable, false);
        view.release();
    }
    // bytes given as a typed array are the same text
    const s = wh.string.create(region, new TextEncoder().encode("from bytes"));
    assert.equal(s.dup(), "from bytes");
    region.destroy();
});

test("invalid UTF-8 is refused with its offset, and creates nothing", () => {
    const region = wh.region.create();
    throwsUnchanged(() => wh.string.create(region, new Uint8Array([0x61, 0x62, 0xc3, 0x28])),
                    glue.InvalidUtf8Error, "invalid_utf8", /byte offset 2 \(byte 0xc3\)/, region);
    throwsUnchanged(() => wh.string.create(region, new Uint8Array([0xed, 0xa0, 0x80])), // a surrogate
                    glue.InvalidUtf8Error, "invalid_utf8", /byte offset 0/, region);
    region.destroy();
});

test("bytes round-trip, empty ones too", () => {
    const region = wh.region.create();
    const data = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) & 0xff);
    const b = wh.bytes.create(region, data);
    assert.equal(wh.bytes.length(b), 300);
    assert.deepEqual(wh.bytes.dup(b), data);
    const empty = wh.bytes.create(region, new Uint8Array(0));
    assert.equal(empty.length(), 0);
    assert.deepEqual(empty.dup(), new Uint8Array(0));
    // an ArrayBuffer and a DataView are bytes too
    assert.deepEqual(wh.bytes.create(region, data.buffer).dup(), data);
    assert.deepEqual(wh.bytes.create(region, new DataView(data.buffer, 10, 5)).dup(), data.subarray(10, 15));
    assert.throws(() => wh.bytes.create(region, 42), TypeError);
    region.destroy();
});

test("buffers: alloc, write, read; out of range and bad alignment change nothing", () => {
    const region = wh.region.create();
    const buf = wh.buffer.alloc(region, 64);
    assert.equal(buf.size(), 64);
    const zero = new Uint8Array(64);
    buf.read(0, zero);
    assert.deepEqual(zero, new Uint8Array(64), "a new buffer is zeroed");
    buf.write(10, new Uint8Array([1, 2, 3, 4]));
    const out = new Uint8Array(6);
    buf.read(9, out);
    assert.deepEqual([...out], [0, 1, 2, 3, 4, 0]);
    throwsUnchanged(() => buf.write(62, new Uint8Array(4)), glue.OutOfRangeError, "out_of_range",
                    /4 bytes at offset 62 reach past its size 64/, region, [buf]);
    throwsUnchanged(() => buf.read(65, new Uint8Array(0)), glue.OutOfRangeError, "out_of_range", null, region, [buf]);
    throwsUnchanged(() => wh.buffer.alloc(region, 16, 3), glue.InvalidArgumentError, "invalid_argument",
                    /alignment 3 is not a power of two/, region);
    throwsUnchanged(() => wh.buffer.alloc(region, glue.MAX_SIZE + 1), glue.InvalidArgumentError, "invalid_argument",
                    /larger than the maximum/, region);
    throwsUnchanged(() => wh.buffer.alloc(region, 2n ** 64n - 1n), glue.InvalidArgumentError, "invalid_argument",
                    null, region);
    // alignment is honoured in linear memory
    for (const align of [1, 8, 64, 4096]) {
        const a = wh.buffer.alloc(region, 3, align);
        const v = wh.borrow.shared(a);
        assert.equal(v.address % align, 0);
        v.release();
    }
    region.destroy();
});

test("a region's byte limit is an out_of_memory error", () => {
    const region = wh.region.create({ byteLimit: 1024 });
    wh.buffer.alloc(region, 1000);
    throwsUnchanged(() => wh.buffer.alloc(region, 100), glue.OutOfMemoryError, "out_of_memory",
                    /would pass its limit of 1024/, region);
    region.destroy();
    assert.throws(() => wh.region.create({ chunkSize: 3 }), glue.InvalidArgumentError);
});

test("views are zero-copy: one address, writes seen both ways, no copy counted", () => {
    const region = wh.region.create();
    const buf = wh.buffer.alloc(region, 4096);
    const copies = () => wh.region.stats(region).copies;
    const before = copies();
    let view = wh.borrow.unique(buf);
    assert.equal(view.writable, true);
    assert.equal(view.length, 4096);
    assert.equal(view.bytes.buffer, wh.memory.buffer, "the view lies in linear memory");
    assert.equal(view.bytes.byteOffset, view.address);
    view.bytes.fill(0xab, 100, 200);               // write through the view
    const address = view.address;
    view.release();
    assert.equal(copies(), before, "a view copies nothing");

    const out = new Uint8Array(3);
    buf.read(99, out);                             // ... seen by the owner's read
    assert.deepEqual([...out], [0, 0xab, 0xab]);
    buf.write(0, new Uint8Array([7, 8, 9]));       // the owner's write ...
    view = wh.borrow.shared(buf);
    assert.equal(view.address, address, "every view of the object has the same address");
    assert.deepEqual([...view.bytes.subarray(0, 3)], [7, 8, 9]); // ... seen through a view
    view.release();

    // a view passed back as an argument is used in place
    const src = wh.borrow.shared(buf);
    const b2 = wh.bytes.create(region, src.bytes.subarray(100, 104));
    src.release();
    assert.deepEqual([...b2.dup()], [0xab, 0xab, 0xab, 0xab]);
    region.destroy();
});

test("a view survives memory.grow: its Uint8Array is re-created over the new memory", () => {
    const region = wh.region.create();
    const buf = wh.buffer.alloc(region, 256);
    const view = wh.borrow.unique(buf);
    view.bytes.fill(0x5a);
    const old = view.bytes;
    const pages = wh.memory.buffer.byteLength;
    const big = wh.region.create();
    wh.buffer.alloc(big, 8 << 20);                 // 8 MiB: more than the free heap
    assert.ok(wh.memory.buffer.byteLength > pages, "memory grew");
    assert.equal(old.byteLength, 0, "the old array is detached");
    assert.equal(view.bytes.byteLength, 256);
    assert.ok(view.bytes.every((b) => b === 0x5a));
    view.bytes[0] = 1;
    view.release();
    const out = new Uint8Array(1);
    buf.read(0, out);
    assert.equal(out[0], 1);
    big.destroy();
    region.destroy();
});

test("borrows conflict as the IDL says, and conflicts change nothing", () => {
    const region = wh.region.create();
    const buf = wh.buffer.alloc(region, 16);
    buf.write(0, new Uint8Array([1, 2, 3]));
    const unique = wh.borrow.unique(buf);
    throwsUnchanged(() => wh.borrow.shared(buf), glue.BorrowConflictError, "borrow_conflict",
                    /is borrowed unique; a shared borrow must wait/, region);
    throwsUnchanged(() => wh.borrow.unique(buf), glue.BorrowConflictError, "borrow_conflict", null, region);
    throwsUnchanged(() => buf.write(0, new Uint8Array([9])), glue.BorrowedError, "borrowed",
                    /cannot be written by its owner/, region);
    throwsUnchanged(() => buf.read(0, new Uint8Array(1)), glue.BorrowedError, "borrowed", null, region);
    throwsUnchanged(() => buf.release(), glue.BorrowedError, "borrowed", /cannot be released/, region);
    throwsUnchanged(() => region.reset(), glue.BorrowedError, "borrowed", /outstanding borrow/, region);
    throwsUnchanged(() => region.destroy(), glue.BorrowedError, "borrowed", null, region);
    unique.release();

    const s1 = wh.borrow.shared(buf), s2 = buf.borrowShared();
    assert.equal(wh.region.stats(region).borrowsActive, 2);
    throwsUnchanged(() => wh.borrow.unique(buf), glue.BorrowConflictError, "borrow_conflict", /2 shared/, region);
    const copy = new Uint8Array(3);
    buf.read(0, copy);                             // the owner may read while shared
    assert.deepEqual([...copy], [1, 2, 3]);
    s1.release();
    s2.release();
    assert.equal(wh.region.stats(region).borrowsActive, 0);
    // bytes and strings are never writable, even borrowed unique
    const str = wh.string.create(region, "abc");
    const v = wh.borrow.unique(str);
    assert.equal(v.writable, false);
    v.release();
    region.destroy();
});

test("a released view is refused, and a second release is a stale handle", () => {
    const region = wh.region.create();
    const buf = wh.buffer.alloc(region, 8);
    const view = wh.borrow.shared(buf);
    view.release();
    assert.equal(view.released, true);
    assert.throws(() => view.bytes, glue.StaleHandleError);
    throwsUnchanged(() => view.release(), glue.StaleHandleError, "stale_handle", /it was released/, region);
    // releasing the token directly ends the view too
    const v2 = wh.borrow.shared(buf);
    wh.borrow.release(v2.token);
    assert.throws(() => v2.bytes, glue.StaleHandleError);
    region.destroy();
});

test("stale, reused, forged and wrong-kind handles are errors that change nothing", () => {
    const region = wh.region.create();
    const buf = wh.buffer.alloc(region, 8);
    const str = wh.string.create(region, "s");
    buf.release();
    throwsUnchanged(() => buf.size(), glue.StaleHandleError, "stale_handle", /buffer 0x[0-9a-f]{16} is stale/, region);
    throwsUnchanged(() => buf.release(), glue.StaleHandleError, "stale_handle", null, region);
    throwsUnchanged(() => wh.buffer.size(str), glue.WrongKindError, "wrong_kind", /string 0x[0-9a-f]{16} is of a kind this function does not take/, region);
    throwsUnchanged(() => wh.buffer.alloc(str, 8), glue.WrongKindError, "wrong_kind", null, region);
    throwsUnchanged(() => wh.buffer.size(0n), glue.ForgedHandleError, "forged_handle", null, region);
    throwsUnchanged(() => wh.buffer.size(0x2000_ffff_0001_0001n), glue.ForgedHandleError, "forged_handle",
                    /was never issued/, region);
    // after a reset, every handle of the region is stale; the slot is reused
    wh.region.reset(region);
    throwsUnchanged(() => wh.string.dup(str), glue.StaleHandleError, "stale_handle", null, region);
    const again = wh.string.create(region, "t");
    assert.notEqual(again.handle, str.handle);
    assert.equal(wh.handle.kindOf(again), glue.HandleKind.STRING);
    assert.equal(wh.handle.kindOf(region), glue.HandleKind.REGION);
    region.destroy();
    throwsUnchanged(() => wh.handle.kindOf(again), glue.StaleHandleError, "stale_handle", null, null);
    throwsUnchanged(() => region.destroy(), glue.StaleHandleError, "stale_handle", /the region was destroyed/, null);
});

test("counters: copies in and out are counted, views and refusals as the IDL says", () => {
    const g0 = wh.stats.global();
    const region = wh.region.create();
    const buf = wh.buffer.alloc(region, 100);
    buf.write(0, new Uint8Array(40));
    buf.read(0, new Uint8Array(30));
    const s = wh.string.create(region, "12345");
    s.dup();
    let st = wh.region.stats(region);
    assert.equal(st.allocations, 2);
    assert.equal(st.copies, 4);
    assert.equal(st.copyBytes, 40 + 30 + 5 + 5);
    assert.equal(st.bytesLive, 100 + 6);
    const v = wh.borrow.shared(buf);
    assert.throws(() => wh.borrow.unique(buf), glue.BorrowConflictError);
    v.release();
    st = wh.region.stats(region);
    assert.equal(st.borrowsTaken, 1);
    assert.equal(st.borrowsActive, 0);
    assert.equal(st.borrowConflicts, 1);
    assert.equal(st.copies, 4, "views copy nothing");
    s.release();
    assert.equal(wh.region.stats(region).releases, 1);
    assert.equal(wh.stats.global().regionsLive, g0.regionsLive + 1);
    assert.throws(() => wh.string.length(buf), glue.WrongKindError);
    assert.equal(wh.stats.global().staleRejected, g0.staleRejected + 1);

    wh.stats.setEnabled(false);
    assert.equal(wh.stats.enabled(), false);
    buf.write(0, new Uint8Array(1));
    assert.equal(wh.region.stats(region).copies, 4, "counting is off");
    wh.stats.setEnabled(true);
    assert.equal(wh.stats.enabled(), true);
    region.destroy();
    assert.equal(wh.stats.global().regionsLive, g0.regionsLive);
});

test("handle objects: methods, toString and Symbol.dispose", () => {
    const region = wh.region.create();
    const buf = region.bufferAlloc(32);
    assert.ok(buf instanceof wh.BufferHandle);
    assert.match(String(buf), /^buffer 0x[0-9a-f]{16}$/);
    const view = buf.borrowUnique();
    assert.ok(view instanceof wh.View);
    view[Symbol.dispose]();
    assert.equal(view.released, true);
    buf[Symbol.dispose]();
    assert.equal(buf.released, true);
    assert.throws(() => buf.size(), glue.StaleHandleError);
    region[Symbol.dispose]();
    assert.equal(region.released, true);
});

test("publishing live stats is unavailable in wasm, as a typed error", () => {
    assert.throws(() => wh.publish.start(), glue.InvalidArgumentError);
    assert.throws(() => wh.publish.now(), /needs threads and files/);
    wh.publish.stop();
    assert.equal(wh.publish.active(), false);
});

test("strerror gives the IDL's texts", () => {
    assert.equal(wh.strerror(ErrorCode.BORROW_CONFLICT), "borrow conflict");
    assert.equal(wh.strerror(12345), "unknown error");
});

/* The core's own exports, called as a C caller would, without the glue: on
 * wasm32 size_t is 32 bits, so every size, offset and option must be checked
 * in 64 bits before the core narrows it. A size the 32-bit address space
 * cannot hold is out_of_memory (or invalid_argument past max_size) and
 * changes nothing: no handle, no chunk, no counter, no byte of memory. */
test("raw exports: sizes and options of 2^32 and more are refused on wasm32 and change nothing", () => {
    const e = wh.exports;
    const mem = () => new DataView(e.memory.buffer);
    const err = e.malloc(8), opts = e.malloc(24), stats = e.malloc(104), text = e.malloc(64);
    const clear = () => e.weaveheap_error_clear(err);
    const code = () => mem().getInt32(err, true);
    const message = () => {
        const p = mem().getUint32(err + 4, true);
        const b = new Uint8Array(e.memory.buffer, p);
        return new TextDecoder().decode(b.subarray(0, b.indexOf(0)));
    };
    const fields = ["allocations", "releases", "bytesAllocated", "bytesLive", "bytesPeak", "bytesReserved",
                    "borrowsTaken", "borrowsActive", "borrowConflicts", "staleRejected", "copies", "copyBytes",
                    "regionsLive"];
    const regionStats = (region) => {
        e.weaveheap_region_stats(region, stats, err);
        assert.equal(code(), 0);
        return Object.fromEntries(fields.map((f, i) => [f, mem().getBigUint64(stats + 8 * i, true)]));
    };
    const globalStats = () => {
        e.weaveheap_stats_global(stats, err);
        const s = Object.fromEntries(fields.map((f, i) => [f, mem().getBigUint64(stats + 8 * i, true)]));
        delete s.staleRejected;
        return s;
    };
    const makeRegion = (chunkSize, byteLimit = 0n) => {
        mem().setBigUint64(opts, chunkSize, true);
        mem().setBigUint64(opts + 8, byteLimit, true);
        mem().setUint8(opts + 16, 0);
        mem().setInt32(err, 0, true);
        const r = e.weaveheap_region_create(opts, err);
        assert.equal(code(), 0, `region_create(${chunkSize}): ${code() && message()}`);
        return r;
    };
    /* A refused call: the expected code, a 0 result, and nothing moved. */
    const refused = (region, call, codes, what) => {
        clear();
        const before = [regionStats(region), globalStats(), e.memory.buffer.byteLength];
        const h = call();
        assert.ok(codes.includes(code()), `${what}: code ${code()} (${code() ? message() : "no error"})`);
        assert.ok(h === 0n || h === 0 || h === undefined, `${what} returned ${h}`);
        clear();
        assert.deepEqual([regionStats(region), globalStats(), e.memory.buffer.byteLength], before, what);
    };
    const OOM = ErrorCode.OUT_OF_MEMORY, INVALID = ErrorCode.INVALID_ARGUMENT;
    const huge = [2n ** 32n, 2n ** 32n + 16n, 2n ** 40n, 2n ** 48n];
    const region = makeRegion(0n);
    const keep = e.weaveheap_buffer_alloc(region, 48n, 16n, err); // a live object, so stats have something
    assert.equal(code(), 0);
    for (const size of huge) {
        refused(region, () => e.weaveheap_buffer_alloc(region, size, 16n, err), [OOM], `buffer_alloc(${size})`);
        refused(region, () => e.weaveheap_buffer_alloc(region, size, 1048576n, err), [OOM], `buffer_alloc(${size}, 2^20)`);
        refused(region, () => e.weaveheap_bytes_create(region, text, size, err), [OOM, INVALID], `bytes_create(${size})`);
        refused(region, () => e.weaveheap_string_create(region, text, size, err), [OOM, INVALID], `string_create(${size})`);
        refused(region, () => e.weaveheap_buffer_write(keep, size, text, 1n, err), [ErrorCode.OUT_OF_RANGE],
                `buffer_write at ${size}`);
        refused(region, () => e.weaveheap_buffer_read(keep, 1n, text, size, err), [ErrorCode.OUT_OF_RANGE],
                `buffer_read of ${size}`);
    }
    refused(region, () => e.weaveheap_buffer_alloc(region, 2n ** 48n + 1n, 16n, err), [INVALID], "buffer_alloc(2^48+1)");
    refused(region, () => e.weaveheap_bytes_create(region, text, 2n ** 48n + 1n, err), [INVALID], "bytes_create(2^48+1)");
    refused(region, () => e.weaveheap_string_create(region, text, 2n ** 48n + 1n, err), [INVALID], "string_create(2^48+1)");
    // the live buffer is still whole, and a normal allocation still works
    assert.equal(e.weaveheap_buffer_size(keep, err), 48n);
    const small = e.weaveheap_buffer_alloc(region, 16n, 16n, err);
    assert.equal(code(), 0);
    assert.notEqual(small, 0n);

    // chunk sizes beyond the address space: the region is made (the size is in
    // the documented range) but no chunk of that size can be had
    for (const chunk of [2n ** 32n + 256n, 2n ** 40n, 2n ** 48n]) {
        const big = makeRegion(chunk);
        for (const size of [16n, 64n, 1000n]) {
            refused(big, () => e.weaveheap_buffer_alloc(big, size, 16n, err), [OOM], `chunk ${chunk}: buffer_alloc(${size})`);
            refused(big, () => e.weaveheap_bytes_create(big, text, 8n, err), [OOM], `chunk ${chunk}: bytes_create(8)`);
        }
        e.weaveheap_region_destroy(big, err);
        assert.equal(code(), 0);
    }
    // a byte limit past 2^32 is a limit like any other
    const limited = makeRegion(0n, 2n ** 32n + 8n);
    const fits = e.weaveheap_buffer_alloc(limited, 1000n, 16n, err);
    assert.equal(code(), 0);
    assert.notEqual(fits, 0n);
    refused(limited, () => e.weaveheap_buffer_alloc(limited, 2n ** 32n, 16n, err), [OOM], "limit 2^32+8: alloc 2^32");
    e.weaveheap_region_destroy(limited, err);
    e.weaveheap_region_destroy(region, err);
    assert.equal(code(), 0);
    for (const p of [err, opts, stats, text]) e.free(p);
});
