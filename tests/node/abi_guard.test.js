'use strict';
// The package checks what it loads: the native module's ABI version and IDL
// hash (its core's and its glue's) against those generated into the
// JavaScript, and fails with a message that says what to rebuild. Each case
// loads a copy of the installed package, changed, in a fresh process.
const test = require('node:test');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { assert } = require('./helpers');

const installed = path.dirname(require.resolve('weaveheap/package.json'));

function variant(edit) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wh-node-abi-'));
  const pkg = path.join(dir, 'weaveheap');
  fs.cpSync(installed, pkg, { recursive: true });
  edit(pkg);
  const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(pkg)}); console.log('loaded')`], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  return r;
}

function patch(pkg, from, to) {
  const file = path.join(pkg, 'index.js');
  const text = fs.readFileSync(file, 'utf8');
  assert.match(text, from);
  fs.writeFileSync(file, text.replace(from, to));
}

test('an unchanged copy loads', () => {
  const r = variant(() => {});
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /loaded/);
});

test('another IDL hash is refused, naming both and what to rebuild', () => {
  const r = variant((pkg) => patch(pkg, /^const IDL_HASH = '[0-9a-f]{64}';$/m, `const IDL_HASH = '${'0'.repeat(64)}';`));
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /native module's core was built from another IDL/);
  assert.match(r.stderr, /IDL sha256 0{64}/);
  assert.match(r.stderr, /regenerate \(PYTHONPATH=generator python3 -m weaveheap_gen\)/);
  assert.match(r.stderr, /cmake --build build --target weaveheap_node_package/);
});

test('another ABI version is refused', () => {
  const r = variant((pkg) => patch(pkg, /^const ABI_VERSION = \d+;$/m, 'const ABI_VERSION = 999;'));
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /built from another IDL \(ABI \d+,.*than this JavaScript \(ABI 999/);
});

test('a missing prebuilt module names the platform and the rebuild', () => {
  const r = variant((pkg) => fs.rmSync(path.join(pkg, 'prebuilds'), { recursive: true }));
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, new RegExp(`cannot load the native module .*${process.platform}-${process.arch}`));
  assert.match(r.stderr, /no prebuilt module for/);
});
