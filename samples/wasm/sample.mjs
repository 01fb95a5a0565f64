// The sample page's script: loads weaveheap.wasm through the generated glue
// (the same API as the Node.js package, after `await load()`) and shows each
// roundtrip as a list item. The browser test (tests/wasm/test_browser.py)
// reads #result from the page's DOM.
import { load, BorrowConflictError } from './weaveheap.mjs';

const steps = document.getElementById('steps');
const result = document.getElementById('result');

function step(text, ok) {
  const li = document.createElement('li');
  li.textContent = text;
  li.dataset.ok = String(ok);
  steps.append(li);
  return ok;
}

async function main() {
  const wh = await load(new URL('./weaveheap.wasm', import.meta.url));
  const region = new wh.Region();
  let ok = step(`loaded weaveheap ${wh.versionString()} (ABI ${wh.abiVersion()}, ${wh.backend.name})`, true);

  const text = 'héllo, wörld ✓';
  const s = region.string(text);
  const back = s.dup();
  ok = step(`string roundtrip: "${back}" (${s.length()} UTF-8 bytes)`, back === text) && ok;

  const buffer = region.alloc(16);
  const view = buffer.view({ writable: true });
  view.set([0xca, 0xfe, 0xba, 0xbe]);
  let refused = '';
  try {
    buffer.view();
  } catch (e) {
    refused = e instanceof BorrowConflictError ? e.code : String(e);
  }
  view.close();
  const copy = new Uint8Array(4);
  buffer.read(0, copy);
  const hex = Array.from(copy, (b) => b.toString(16).padStart(2, '0')).join('');
  ok = step(`buffer written through a view, read back by copy: ${hex}`, hex === 'cafebabe') && ok;
  ok = step(`a second borrow during the unique one: ${refused}`, refused === 'WEAVEHEAP_ERR_BORROW_CONFLICT') && ok;

  region.close();
  const stats = wh.stats();
  ok = step(`regions live after close: ${stats.regionsLive}`, stats.regionsLive === 0) && ok;
  return ok ? `roundtrip ok: ${back} ${hex}` : 'roundtrip FAILED';
}

main().then(
  (text) => {
    result.textContent = text;
    result.dataset.status = text.startsWith('roundtrip ok') ? 'pass' : 'fail';
  },
  (e) => {
    result.textContent = `error: ${e && e.message}`;
    result.dataset.status = 'fail';
  });
