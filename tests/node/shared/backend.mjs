// The backend the shared suites (and the generated ones staged next to them)
// run on, through the one entry point both packages have, load():
//   WEAVEHEAP_JS_BACKEND=napi   the installed Node.js package (the default)
//   WEAVEHEAP_JS_BACKEND=wasm   the WebAssembly glue in WEAVEHEAP_WASM_DIR
// Either way `wh` has the same shape; wh.backend.name says which it is.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

const which = process.env.WEAVEHEAP_JS_BACKEND || 'napi';
let wh;
if (which === 'wasm') {
  const dir = process.env.WEAVEHEAP_WASM_DIR;
  if (!dir) throw new Error('WEAVEHEAP_JS_BACKEND=wasm needs WEAVEHEAP_WASM_DIR (the build\'s wasm/)');
  const glue = await import(pathToFileURL(path.join(dir, 'weaveheap.mjs')).href);
  wh = await glue.load(await readFile(path.join(dir, 'weaveheap.wasm')));
} else if (which === 'napi') {
  wh = await (await import('weaveheap')).load();
} else {
  throw new Error(`WEAVEHEAP_JS_BACKEND must be napi or wasm, not ${which}`);
}
if (wh.backend.name !== which) throw new Error(`asked for the ${which} backend, got ${wh.backend.name}`);

export { wh, which };
