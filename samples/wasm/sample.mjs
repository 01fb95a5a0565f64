// The sample page's script: loads weaveheap.wasm through the generated glue
// and shows each roundtrip as a list item. The browser test
// (tests/wasm/test_browser.py) reads #result from the page's DOM.
import { load, WeaveHeapError } from "./weaveheap.mjs";

const steps = document.getElementById("steps");
const result = document.getElementById("result");

function step(text, ok) {
    const li = document.createElement("li");
    li.textContent = text;
    li.dataset.ok = String(ok);
    steps.append(li);
    return ok;
}

async function main() {
    const wh = await load(new URL("./weaveheap.wasm", import.meta.url));
    const region = wh.region.create();
    let ok = step(`loaded weaveheap ${wh.versionString()} (ABI ${wh.abiVersion()})`, true);

    const text = "héllo, wörld ✓";
    const s = wh.string.create(region, text);
    const back = wh.string.dup(s);
    ok = step(`string roundtrip: "${back}" (${wh.string.length(s)} UTF-8 bytes)`, back === text) && ok;

    const buffer = wh.buffer.alloc(region, 16);
    const view = wh.borrow.unique(buffer);
    view.bytes.set([0xca, 0xfe, 0xba, 0xbe]);
    let refused = "";
    try {
        wh.borrow.shared(buffer);
    } catch (e) {
        refused = e instanceof WeaveHeapError ? e.code : String(e);
    }
    view.release();
    const copy = new Uint8Array(4);
    wh.buffer.read(buffer, 0, copy);
    const hex = Array.from(copy, (b) => b.toString(16).padStart(2, "0")).join("");
    ok = step(`buffer written through a view, read back by copy: ${hex}`, hex === "cafebabe") && ok;
    ok = step(`a second borrow during the unique one: ${refused}`, refused === "borrow_conflict") && ok;

    region.destroy();
    const stats = wh.stats.global();
    ok = step(`regions live after destroy: ${stats.regionsLive}`, stats.regionsLive === 0) && ok;
    return ok ? `roundtrip ok: ${back} ${hex}` : "roundtrip FAILED";
}

main().then(
    (text) => {
        result.textContent = text;
        result.dataset.status = text.startsWith("roundtrip ok") ? "pass" : "fail";
    },
    (e) => {
        result.textContent = `error: ${e && e.message}`;
        result.dataset.status = "fail";
    });
