#!/usr/bin/env node
// The portable packages in a browser: `npm run test:browser [-- pkg…]`.
//
// For each package marked "n10": { "portable": true } that has been built:
//  1. browserify --no-builtins (and no inserted process/Buffer globals) bundles its CJS build:
//     no node shim can sneak in;
//  2. esbuild bundles its ESM build for platform 'browser': no `node:` import;
//  3. its tests (test/*.test.ts, not *.node.test.ts) are bundled with `ava` aliased to
//     ./ava.ts and run in headless Chromium (Debian's /usr/bin/chromium via playwright-core).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import browserify from 'browserify';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const require = createRequire(import.meta.url);
const CHROMIUM = process.env.N10_CHROMIUM || '/usr/bin/chromium';
const PAGE_TIMEOUT_MS = 180_000;

const wanted = process.argv.slice(2);
const packages = fs
  .readdirSync(path.join(root, 'packages'))
  .sort()
  .map((dir) => ({ dir: path.join(root, 'packages', dir), name: dir, pkg: JSON.parse(fs.readFileSync(path.join(root, 'packages', dir, 'package.json'), 'utf8')) }))
  .filter((p) => p.pkg.n10?.portable)
  .filter((p) => !wanted.length || wanted.includes(p.name));

function isUnbuilt(p) {
  const cjs = path.join(p.dir, 'dist/index.js');
  if (!fs.existsSync(cjs)) return 'not built (run npm run build)';
  const exported = require(cjs);
  return exported && exported.__n10Unbuilt ? 'a stub (not implemented yet)' : null;
}

function browserifyCheck(p) {
  return new Promise((resolve) => {
    const b = browserify(path.join(p.dir, 'dist/index.js'), {
      builtins: false,
      commondir: false,
      detectGlobals: false,
      browserField: true,
      standalone: `n10_${p.name}`,
    });
    b.bundle((err, buf) => {
      if (err) return resolve(`browserify: ${err.message}`);
      const text = buf.toString('utf8');
      if (/require\(["']node:/.test(text)) return resolve('browserify: the bundle requires a node: module');
      resolve(null);
    });
  });
}

async function esbuildCheck(p) {
  try {
    const r = await esbuild.build({
      entryPoints: [path.join(p.dir, 'dist/index.mjs')],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
    });
    const nodeInputs = Object.keys(r.metafile.inputs).filter((f) => f.startsWith('node:'));
    if (nodeInputs.length) return `esbuild: node imports ${nodeInputs.join(', ')}`;
    return null;
  } catch (e) {
    return `esbuild: ${e.message.split('\n').slice(0, 6).join('\n')}`;
  }
}

async function bundleTests(p) {
  const testDir = path.join(p.dir, 'test');
  const files = fs.existsSync(testDir)
    ? fs.readdirSync(testDir).filter((f) => f.endsWith('.test.ts') && !f.endsWith('.node.test.ts')).sort()
    : [];
  if (!files.length) return { files };
  const entry = [
    `const ava = require(${JSON.stringify(path.join(here, 'ava.ts'))});`,
    ...files.map((f) => `ava.setFile(${JSON.stringify(f)}); require(${JSON.stringify('./' + f)});`),
    `ava.runAll().then((r) => { window.__n10Results = r; }, (e) => { window.__n10Results = [{ title: 'runner', status: 'failed', error: String(e && e.stack || e) }]; });`,
  ].join('\n');
  const r = await esbuild.build({
    stdin: { contents: entry, resolveDir: testDir, sourcefile: 'browser-entry.js', loader: 'js' },
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    conditions: ['n10-source'],
    alias: { ava: path.join(here, 'ava.ts') },
    logLevel: 'silent',
  });
  return { files, code: r.outputFiles[0].text };
}

let browser;
async function runInChromium(code) {
  browser ??= await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e && e.stack ? e.stack : e)));
  await page.goto('about:blank');
  await page.addScriptTag({ content: code });
  try {
    await page.waitForFunction(() => window.__n10Results !== undefined, null, { timeout: PAGE_TIMEOUT_MS, polling: 100 });
  } catch {
    await page.close();
    return [{ title: 'page', status: 'failed', error: `no results within ${PAGE_TIMEOUT_MS} ms; page errors: ${pageErrors.join('\n') || 'none'}` }];
  }
  const results = await page.evaluate(() => window.__n10Results);
  await page.close();
  return results;
}

let failures = 0;
let ran = 0;
for (const p of packages) {
  const unbuilt = isUnbuilt(p);
  if (unbuilt) {
    console.log(`- ${p.pkg.name}: skipped, ${unbuilt}`);
    continue;
  }
  const problems = [await browserifyCheck(p), await esbuildCheck(p)].filter(Boolean);
  let results = [];
  let files = [];
  try {
    const bundle = await bundleTests(p);
    files = bundle.files;
    if (bundle.code) results = await runInChromium(bundle.code);
  } catch (e) {
    problems.push(`test bundle: ${e.message.split('\n').slice(0, 8).join('\n')}`);
  }
  const failed = results.filter((r) => r.status === 'failed');
  const passed = results.filter((r) => r.status === 'passed').length;
  const skipped = results.filter((r) => r.status === 'skipped' || r.status === 'todo').length;
  const bad = problems.length + failed.length;
  failures += bad;
  ran++;
  console.log(
    `${bad ? '✗' : '✔'} ${p.pkg.name}: bundles ${problems.length ? 'FAIL' : 'ok'}; ` +
      (files.length ? `${passed} passed, ${failed.length} failed${skipped ? `, ${skipped} skipped` : ''} in Chromium (${files.length} files)` : 'no browser tests'),
  );
  for (const pr of problems) console.log(`    ${pr.replace(/\n/g, '\n    ')}`);
  for (const f of failed) console.log(`    ✗ ${f.title}\n      ${String(f.error).split('\n').slice(0, 8).join('\n      ')}`);
}
if (browser) await browser.close();
console.log(`\n${ran} portable packages checked, ${failures} problems`);
process.exit(failures ? 1 : 0);
