// The package bundles for a browser with no Node shim: no node: import, no host Buffer, and it
// runs in a bare JS context (no TextEncoder/TextDecoder either, so the plain-JS codecs run).
import test from 'ava';
import { buildSync } from 'esbuild';
import path from 'node:path';
import vm from 'node:vm';

function bundle(entry: string): string {
  const result = buildSync({
    entryPoints: [path.join(__dirname, '..', entry)],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    globalName: 'n10buffer',
    conditions: ['n10-source'],
  });
  return result.outputFiles[0].text;
}

test('a browser bundle of @n10/buffer imports nothing from Node', (t) => {
  const code = bundle('src/index.ts');
  t.notRegex(code, /\brequire\(/);
  t.notRegex(code, /["']node:/);
  t.notRegex(code, /\bprocess\./);
});

test('the bundle works in a bare JS context (no Buffer, TextEncoder or TextDecoder)', (t) => {
  const code = bundle('src/index.ts');
  const context = vm.createContext({});
  t.is(vm.runInContext('typeof TextDecoder + typeof Buffer', context), 'undefinedundefined');
  vm.runInContext(code, context);
  const out = vm.runInContext(`
    var m = n10buffer.default, B = m.Buffer;
    var long = new Array(40).join('h\\u00e9llo \\ud83d\\ude00 ');
    [new B('h\\u00e9llo').toString('hex'), new B('aGk=', 'base64').toString(), new B([0xe2, 0x82]).toString().length,
     new B(long).toString() === long, new B(long, 'ucs2').toString('ucs2') === long,
     new B(new B(300).toString('base64'), 'base64').length, new B('\\ud800').toString('hex'), B.byteLength(long) === new B(long).length].join(' ')`, context);
  t.is(out, '68c3a96c6c6f hi 2 true true 300 eda080 true');
});
