// The freestanding shims of the wasm build (wasm/shim/), through
// shim_probe.wasm: snprintf against C's meaning of each conversion the core
// uses, and the allocator under a random workload (alignment, no overlap,
// contents kept, realloc, calloc, coalescing: a repeated workload does not
// grow the memory).
//   WEAVEHEAP_WASM_PROBE  the probe module
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

const file = process.env.WEAVEHEAP_WASM_PROBE;
assert.ok(file, "set WEAVEHEAP_WASM_PROBE");
const { instance } = await WebAssembly.instantiate(await readFile(file));
const e = instance.exports;
const mem = () => new Uint8Array(e.memory.buffer);

function cstring(s) {
    const bytes = new TextEncoder().encode(s);
    const p = e.malloc(bytes.length + 1);
    mem().set(bytes, p);
    mem()[p + bytes.length] = 0;
    return p;
}

/* Calls fmt_<kind>(buf, n, fmt, ...args); returns [text, return value]. */
function format(kind, fmt, n, ...args) {
    const buf = e.malloc(Math.max(n, 1));
    mem().fill(0x7e, buf, buf + Math.max(n, 1));
    const f = cstring(fmt);
    const strings = [];
    const conv = args.map((a) => (typeof a === "string" ? (strings.push(cstring(a)), strings.at(-1)) : a));
    const r = e[`fmt_${kind}`](buf, n, f, ...conv);
    const m = mem();
    const end = m.indexOf(0, buf);
    const text = n === 0 ? null : new TextDecoder().decode(m.subarray(buf, end));
    if (n === 0) assert.equal(m[buf], 0x7e, "n = 0 writes nothing");
    for (const p of [buf, f, ...strings]) e.free(p);
    return [text, r];
}

const CASES = [
    // kind, format, arguments, expected: as C99 prints it, but for the last
    // two, undefined in C, which the shim copies as they are
    ["int", "%d", [42], "42"],
    ["int", "%d", [-42], "-42"],
    ["int", "[%5d]", [-42], "[  -42]"],
    ["int", "[%-5d]", [42], "[42   ]"],
    ["int", "[%05d]", [-42], "[-0042]"],
    ["int", "%i", [-2147483648], "-2147483648"],
    ["int", "%x", [255], "ff"],
    ["int", "%X", [255], "FF"],
    ["int", "%02x", [10], "0a"],
    ["int", "%o", [8], "10"],
    ["int", "%c", [65], "A"],
    ["int", "[%3c]", [65], "[  A]"],
    ["int", "100%% %d", [1], "100% 1"],
    ["int", "%.3d", [7], "007"],
    ["int", "%.0d|", [0], "|"],
    ["int", "%hhd", [0x1ff], "-1"],
    ["int", "%hd", [0x18000], "-32768"],
    ["uint", "%u", [4294967295], "4294967295"],
    ["uint", "%04o", [0o17], "0017"],
    ["long", "%ld", [-5], "-5"],
    ["llong", "%lld", [-9223372036854775808n], "-9223372036854775808"],
    ["ullong", "%llu", [18446744073709551615n], "18446744073709551615"],
    ["ullong", "%016llx", [0x2001000000010001n], "2001000000010001"],
    ["ullong", "0x%016llx", [0x1n], "0x0000000000000001"],
    ["ullong", "%jx", [0xdeadbeefcafen], "deadbeefcafe"],
    ["size", "%zu", [4096], "4096"],
    ["str", "%s", ["héllo"], "héllo"],
    ["str", "[%8s]", ["abc"], "[     abc]"],
    ["str", "[%-8s]", ["abc"], "[abc     ]"],
    ["str", "[%.2s]", ["abcdef"], "[ab]"],
    ["str", "%s", [0], "(null)"],
    ["ptr", "%p", [0x1234], "0x1234"],
    ["int_str", "%*s|", [6, "ab"], "    ab|"],
    ["int_str", "%.*s|", [3, "abcdef"], "abc|"],
    ["int_int", "%*d|", [-5, 42], "42   |"],
    ["int", "%q stays %d", [3], "%q stays 3"],
    ["int", "trailing %", [0], "trailing %"],
];

test("snprintf prints each conversion as C does", () => {
    for (const [kind, fmt, args, expected] of CASES) {
        const [text, r] = format(kind, fmt, 256, ...args);
        assert.equal(text, expected, `${fmt} with ${args}`);
        assert.equal(r, new TextEncoder().encode(expected).length, `return value of ${fmt}`);
    }
});

test("snprintf truncates, terminates, and returns the full length", () => {
    let [text, r] = format("ullong", "%016llx", 5, 0x2001000000010001n);
    assert.equal(text, "2001");
    assert.equal(r, 16);
    [text, r] = format("str", "%s", 1, "abc");
    assert.equal(text, "");
    assert.equal(r, 3);
    [text, r] = format("str", "%s", 0, "abc");
    assert.equal(r, 3);
});

test("the core's message shape", () => {
    const buf = e.malloc(256);
    const kind = cstring("buffer"), why = cstring("is stale: it was released");
    const r = e.fmt_handle(buf, 256, kind, 0x2001000000010001n, why);
    const text = new TextDecoder().decode(mem().subarray(buf, mem().indexOf(0, buf)));
    assert.equal(text, "buffer 0x2001000000010001 is stale: it was released");
    assert.equal(r, text.length);
    for (const p of [buf, kind, why]) e.free(p);
});

/* A deterministic generator, so that a failure replays. */
function rng(seed) {
    let x = seed >>> 0;
    return (n) => {
        x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
        return x % n;
    };
}

function workload(seed, ops) {
    const rand = rng(seed);
    const live = new Map(); // pointer -> [size, byte]
    const check = (p) => {
        const [size, byte] = live.get(p);
        const m = mem();
        for (let i = 0; i < size; i += Math.max(1, size >> 4)) {
            assert.equal(m[p + i], byte, `block ${p} (+${i}) of ${size} bytes changed`);
        }
        assert.equal(m[p + size - 1], byte);
    };
    for (let i = 0; i < ops; i++) {
        const op = rand(10);
        if (op < 5 || live.size === 0) {
            const size = rand(20) === 0 ? 1 + rand(200000) : 1 + rand(3000);
            const p = e.malloc(size);
            assert.notEqual(p, 0);
            assert.equal(p % 16, 0, "malloc aligns to 16");
            const byte = 1 + rand(255);
            mem().fill(byte, p, p + size);
            for (const [q, [qs]] of live) {
                assert.ok(p + size <= q || q + qs <= p, `block ${p}+${size} overlaps ${q}+${qs}`);
            }
            live.set(p, [size, byte]);
        } else if (op < 8) {
            const p = [...live.keys()][rand(live.size)];
            check(p);
            e.free(p);
            live.delete(p);
        } else {
            const p = [...live.keys()][rand(live.size)];
            const [size, byte] = live.get(p);
            const grown = 1 + rand(6000);
            const q = e.realloc(p, grown);
            assert.notEqual(q, 0);
            assert.equal(q % 16, 0);
            live.delete(p);
            const m = mem();
            for (let k = 0; k < Math.min(size, grown); k++) assert.equal(m[q + k], byte, "realloc keeps the bytes");
            m.fill(byte, q, q + grown);
            live.set(q, [grown, byte]);
        }
    }
    for (const p of live.keys()) {
        check(p);
        e.free(p);
    }
}

test("malloc, realloc and free keep every block apart and intact", () => {
    workload(1, 3000);
});

test("freed memory coalesces: the same workload again does not grow the memory", () => {
    workload(2, 2000);
    const size = e.memory.buffer.byteLength;
    for (let round = 0; round < 4; round++) workload(2, 2000);
    assert.equal(e.memory.buffer.byteLength, size);
    // and one block as large as everything the workload used fits without growing
    const p = e.malloc(size >> 2);
    assert.notEqual(p, 0);
    e.free(p);
});

test("calloc zeroes, overflowing sizes fail, malloc(0) gives distinct blocks", () => {
    const dirty = e.malloc(4096);
    mem().fill(0xff, dirty, dirty + 4096);
    e.free(dirty);
    const z = e.calloc(64, 64);
    assert.ok(mem().subarray(z, z + 4096).every((b) => b === 0));
    e.free(z);
    assert.equal(e.calloc(0x10000, 0x10001), 0, "n * size overflows 32 bits");
    assert.equal(e.malloc(0xfffffff0), 0, "more than the address space");
    const a = e.malloc(0), b = e.malloc(0);
    assert.ok(a !== 0 && b !== 0 && a !== b);
    e.free(a);
    e.free(b);
    e.free(0);
});
