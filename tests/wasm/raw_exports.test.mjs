// The wasm32 core's own exports, called as a C caller would, without the
// glue (issue 10, item 1): on wasm32 size_t is 32 bits, so every size, offset
// and option must be checked in 64 bits before the core narrows it.
//   WEAVEHEAP_WASM_DIR   the build's wasm/ (weaveheap.wasm)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";

const dir = process.env.WEAVEHEAP_WASM_DIR;
assert.ok(dir, "set WEAVEHEAP_WASM_DIR");
const bytes = await readFile(path.join(dir, "weaveheap.wasm"));
const { instance } = await WebAssembly.instantiate(bytes, {});
const wh = { exports: instance.exports };
// the IDL's error numbers (generated/c/weaveheap.h)
const ErrorCode = { INVALID_ARGUMENT: 1, OUT_OF_MEMORY: 2, OUT_OF_RANGE: 10 };
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
        // a region's first allocation takes its page of handles (kept until
        // destroy, then pooled): the only memory a refused call may leave
        // behind, once, and counted nowhere
        const grown = e.memory.buffer.byteLength, counted = [regionStats(big), globalStats()];
        clear();
        assert.equal(e.weaveheap_buffer_alloc(big, 16n, 16n, err), 0n);
        assert.equal(code(), OOM);
        clear();
        assert.deepEqual([regionStats(big), globalStats()], counted);
        assert.ok(e.memory.buffer.byteLength - grown <= 2 * 65536, "more than a page of handles");
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
