// The REPL's module: what a REPL's `module` and `require` are, and completion of module
// names, with a module hook as the n10 runtime installs it (fixtures/project stands for the
// current directory; conformance/cases/repl/modules.js checks the same under the runtime).
import test from 'ava';
import path from 'node:path';
import { createRequire } from 'node:module';
import process from '@n10/process';
import repl from '@n10/repl';
import { EventEmitter } from '@n10/events';

const project = path.join(__dirname, 'fixtures/project');
const hostRequire = createRequire(path.join(project, 'repl'));
const fakeModule = {
  id: 'repl',
  exports: repl,
  filename: path.join(project, 'repl'),
  paths: [path.join(project, 'repl/node_modules'), path.join(project, 'node_modules')],
};
const fakeRequire = Object.assign((id: string) => (id === 'module' ? { globalPaths: [] } : hostRequire(id)), {
  extensions: { '.js': null, '.json': null, '.node': null },
});
(process as unknown as Record<symbol, unknown>)[Symbol.for('n10.repl.module')] = () => ({ module: fakeModule, require: fakeRequire });

function server() {
  const input = Object.assign(new EventEmitter(), { pause() {}, resume() {} });
  let out = '';
  const output = Object.assign(new EventEmitter(), { write: (s: string) => (out += s) });
  const r = repl.start({ input: input as never, output: output as never });
  return { r, input, output: () => out };
}

function complete(r: ReturnType<typeof server>['r'], line: string): unknown {
  let result: unknown;
  r.complete(line, (_e, res) => (result = res));
  return result;
}

test('repl.start(options): the context has the REPL module and its require', (t) => {
  const { r, input, output } = server();
  t.is(r.context.module, fakeModule);
  t.is(r.context.require, fakeRequire);
  input.emit('data', 'require("n10fixture-a")\n');
  t.is(output(), "> 'fixture a'\n> ");
});

test('REPL Features: the built-in modules are globals of the REPL, loaded on first use', (t) => {
  const { r } = server();
  const d = Object.getOwnPropertyDescriptor(r.context, 'path')!;
  t.is(typeof d.get, 'function');
  t.false(d.enumerable);
  t.is((r.context as Record<string, { join: unknown }>).path.join, path.join);
  t.true(Object.getOwnPropertyDescriptor(r.context, 'path')!.enumerable);
});

test("REPL Features: tab completion of require('…') names (node 0.10's lists)", (t) => {
  const { r } = server();
  // What node 0.10 answers in fixtures/project (conformance/cases/repl/modules.js).
  t.deepEqual(complete(r, "require('n10f"), [['n10fixture-a', 'n10fixture-data', 'n10fixturedir', 'n10fixturedir/', 'n10fixturepkg/'], 'n10f']);
  t.deepEqual(complete(r, 'require("n10fixturepkg/'), [['n10fixturepkg/other'], 'n10fixturepkg/']);
  t.deepEqual(complete(r, "require('n10fixturedir/"), [[], 'n10fixturedir/']);
  t.deepEqual(complete(r, "require('zl"), [['zlib'], 'zl']);
  t.deepEqual(complete(r, "require('n10fixture-a').fo"), [['n10fixture-a'], 'n10fixture-a']);
});
