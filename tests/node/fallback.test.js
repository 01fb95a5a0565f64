'use strict';
// Runtimes that refuse external ArrayBuffers (napi_no_external_buffers_allowed,
// Electron's V8 sandbox): WEAVEHEAP_NODE_NO_EXTERNAL_BUFFERS=1 makes the
// native module act as one. Views become copies made through the core (so the
// copy counters see them), keep the borrow rules, write a unique view back at
// close(), and the package says so once.
const test = require('node:test');
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { assert } = require('./helpers');

function child(env) {
  return spawnSync(process.execPath, ['--expose-gc', path.join(__dirname, 'fallback_child.js')], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
}

test('views fall back to counted copies with the same rules', () => {
  const r = child({ WEAVEHEAP_NODE_NO_EXTERNAL_BUFFERS: '1' });
  assert.equal(r.status, 0, `child failed:\n${r.stdout}\n${r.stderr}`);
  const result = JSON.parse(r.stdout.trim().split('\n').pop());
  assert.equal(result.mode, 'copy');
  const warnings = r.stderr.match(/WEAVEHEAP_VIEW_COPY/g) || [];
  assert.equal(warnings.length, 1, `the fallback is announced once:\n${r.stderr}`);
});

test('without the switch the same script sees zero-copy views and no warning', () => {
  const r = child({ WEAVEHEAP_NODE_NO_EXTERNAL_BUFFERS: '' });
  assert.equal(r.status, 0, `child failed:\n${r.stdout}\n${r.stderr}`);
  const result = JSON.parse(r.stdout.trim().split('\n').pop());
  assert.equal(result.mode, 'zero-copy');
  assert.doesNotMatch(r.stderr, /WEAVEHEAP_VIEW_COPY/);
});
