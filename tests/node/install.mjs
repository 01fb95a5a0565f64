// Installs the packed tarball into an empty project, offline, the way a user
// would (`npm install <tarball>`), and copies the suites and the sample next
// to it, so that `require('weaveheap')` / `import 'weaveheap'` resolve to the
// installed package and nothing else.
// The suites shared with the wasm glue (shared/) go to test/shared/, with the
// generated ones (--generated) beside them.
//   node install.mjs --tarball T --project DIR --npm NPM --suites DIR --generated DIR --sample DIR
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: a } = parseArgs({
  options: {
    tarball: { type: 'string' }, project: { type: 'string' }, npm: { type: 'string' },
    suites: { type: 'string' }, generated: { type: 'string' }, sample: { type: 'string' },
  },
});
for (const k of ['tarball', 'project', 'npm', 'suites', 'generated', 'sample']) {
  if (!a[k]) throw new Error(`install.mjs: --${k} is required`);
}
if (!existsSync(a.tarball)) throw new Error(`install.mjs: no tarball at ${a.tarball}: build the weaveheap_node_package target`);

rmSync(a.project, { recursive: true, force: true });
mkdirSync(a.project, { recursive: true });
writeFileSync(path.join(a.project, 'package.json'),
  JSON.stringify({ name: 'weaveheap-node-tests', version: '0.0.0', private: true }, null, 2) + '\n');

const env = {
  ...process.env,
  npm_config_cache: path.join(a.project, '.npm-cache'),
  npm_config_offline: 'true',
  npm_config_update_notifier: 'false',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
};
execFileSync(a.npm, ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', a.tarball],
  { cwd: a.project, env, stdio: 'inherit' });

const installed = path.join(a.project, 'node_modules', 'weaveheap');
for (const f of ['package.json', 'index.js', 'index.mjs', 'index.d.ts']) {
  if (!existsSync(path.join(installed, f))) throw new Error(`install.mjs: the installed package has no ${f}`);
}
const prebuilds = readdirSync(path.join(installed, 'prebuilds'));
console.log(`installed ${a.tarball} -> ${installed} (prebuilds: ${prebuilds.join(', ')})`);

cpSync(a.suites, path.join(a.project, 'test'), {
  recursive: true,
  filter: (src) => !/CMakeLists\.txt$|install\.mjs$/.test(src),
});
cpSync(a.generated, path.join(a.project, 'test', 'shared'), { recursive: true });
cpSync(a.sample, path.join(a.project, 'sample'), { recursive: true });
console.log(`suites -> ${path.join(a.project, 'test')}, sample -> ${path.join(a.project, 'sample')}`);
