// The memory64 build (weaveheap64.wasm) runs: Node's V8 instantiates it
// behind --experimental-wasm-memory64, and the C API works with 64-bit
// pointers and the C structs' 64-bit layouts (generated/wasm/layout_check.c
// asserts them in the build): strings in and out, a view written in place, a
// borrow conflict and its message. No glue: the calls are the C API's.
//   node --experimental-wasm-memory64 --test tests/wasm/wasm64.test.mjs
//   WEAVEHEAP_WASM_DIR  the build's wasm/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";

const dir = process.env.WEAVEHEAP_WASM_DIR;
assert.ok(dir, "set WEAVEHEAP_WASM_DIR");
const bytes = await readFile(path.join(dir, "weaveheap64.wasm"));
const { instance, module } = await WebAssembly.instantiate(bytes);
const e = instance.exports;
const u8 = () => new Uint8Array(e.memory.buffer);
const dv = () => new DataView(e.memory.buffer);
// C layouts with 8-byte pointers: error {i32 code; ptr message},
// view {ptr data; u64 length; bool writable}
const ERR = e.malloc(16n);
dv().setBigUint64(Number(ERR), 0n, true);
dv().setBigUint64(Number(ERR) + 8, 0n, true);

function cstr(p) {
    const m = u8();
    const at = Number(p);
    return new TextDecoder().decode(m.subarray(at, m.indexOf(0, at)));
}
function error() {
    const code = dv().getInt32(Number(ERR), true);
    const message = code ? cstr(dv().getBigUint64(Number(ERR) + 8, true)) : null;
    e.weaveheap_error_clear(ERR);
    return [code, message];
}
function place(data) {
    const p = e.malloc(BigInt(data.length || 1));
    u8().set(data, Number(p));
    return p;
}

test("a memory64 module: 64-bit pointers everywhere, no imports", () => {
    assert.deepEqual(WebAssembly.Module.imports(module), []);
    assert.equal(typeof e.malloc(1n), "bigint", "pointers are i64");
    assert.equal(e.weaveheap_abi_version(), 2);
    assert.match(cstr(e.weaveheap_version_string()), /^\d+\.\d+\.\d+$/);
});

test("errors, strings and views work with 64-bit pointers", () => {
    const region = e.weaveheap_region_create(0n, ERR);
    assert.deepEqual(error(), [0, null]);
    assert.equal(e.weaveheap_buffer_alloc(region, 8n, 3n, ERR), 0n);
    assert.deepEqual(error(), [1, "alignment 3 is not a power of two between 1 and 1048576"]);

    const text = new TextEncoder().encode("héllo, memory64");
    const p = place(text);
    const s = e.weaveheap_string_create(region, p, BigInt(text.length), ERR);
    assert.deepEqual(error(), [0, null]);
    const copy = e.weaveheap_string_dup(s, ERR);
    assert.equal(cstr(copy), "héllo, memory64");
    e.weaveheap_free_string(copy);

    const buf = e.weaveheap_buffer_alloc(region, 32n, 16n, ERR);
    const view = e.malloc(24n);
    const token = e.weaveheap_borrow_unique(buf, view, ERR);
    assert.deepEqual(error(), [0, null]);
    const data = dv().getBigUint64(Number(view), true);
    assert.equal(dv().getBigUint64(Number(view) + 8, true), 32n);
    assert.equal(u8()[Number(view) + 16], 1, "writable");
    u8().set([1, 2, 3], Number(data));               // write in place
    e.weaveheap_borrow_shared(buf, view, ERR);
    const [code, message] = error();
    assert.equal(code, 8);
    assert.match(message, /^buffer 0x[0-9a-f]{16} is borrowed unique; a shared borrow must wait/);
    e.weaveheap_borrow_release(token, ERR);
    const out = e.malloc(3n);
    e.weaveheap_buffer_read(buf, 0n, out, 3n, ERR);
    assert.deepEqual(error(), [0, null]);
    assert.deepEqual([...u8().subarray(Number(out), Number(out) + 3)], [1, 2, 3]);
    e.weaveheap_region_destroy(region, ERR);
    assert.deepEqual(error(), [0, null]);
});

test("memory64: sizes past what the memory can hold are out_of_memory (2^48+1: invalid_argument) and change nothing", () => {
    const STATS = e.malloc(104n), OPTS = e.malloc(24n);
    const stats = (region) => {
        e.weaveheap_region_stats(region, STATS, ERR);
        assert.deepEqual(error(), [0, null]);
        return [...new BigUint64Array(e.memory.buffer, Number(STATS), 13)];
    };
    const region = e.weaveheap_region_create(0n, ERR);
    assert.deepEqual(error(), [0, null]);
    const keep = e.weaveheap_buffer_alloc(region, 40n, 16n, ERR);
    assert.deepEqual(error(), [0, null]);
    const before = stats(region), pages = e.memory.buffer.byteLength;
    for (const size of [2n ** 32n + 16n, 2n ** 40n, 2n ** 48n]) {
        assert.equal(e.weaveheap_buffer_alloc(region, size, 16n, ERR), 0n);
        assert.equal(error()[0], 2, `buffer_alloc(${size})`);
    }
    assert.equal(e.weaveheap_buffer_alloc(region, 2n ** 48n + 1n, 16n, ERR), 0n);
    assert.equal(error()[0], 1);
    assert.deepEqual(stats(region), before, "nothing changed");
    assert.equal(e.weaveheap_buffer_size(keep, ERR), 40n);
    // a chunk size of 2^40 is in range: the region is made, its chunk cannot be had
    dv().setBigUint64(Number(OPTS), 2n ** 40n, true);
    dv().setBigUint64(Number(OPTS) + 8, 0n, true);
    u8()[Number(OPTS) + 16] = 0;
    const big = e.weaveheap_region_create(OPTS, ERR);
    assert.deepEqual(error(), [0, null]);
    assert.equal(e.weaveheap_buffer_alloc(big, 64n, 16n, ERR), 0n);
    assert.equal(error()[0], 2);
    assert.equal(stats(big)[5], 0n, "no chunk reserved");
    assert.ok(e.memory.buffer.byteLength - pages < 2 ** 20, "the memory did not grow for them");
    e.weaveheap_region_destroy(big, ERR);
    e.weaveheap_region_destroy(region, ERR);
    assert.deepEqual(error(), [0, null]);
});
