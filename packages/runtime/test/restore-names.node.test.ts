// The shared build step that gives constructors their source names back (scripts/restore-names.mjs):
// stack frames name a receiver after its constructor's source name, as 0.10 did with
// `WriteStream.<anonymous>`.
import test from 'ava';
import path from 'node:path';
import { n10 } from './helpers';

type Restore = (code: string) => string | undefined;
const load = async (): Promise<Restore> =>
  ((await import(path.join(__dirname, '../../../scripts/restore-names.mjs'))) as { restoreNames: Restore }).restoreNames;

test('build: a renamed constructor expression gets its source name back, with its own references', async (t) => {
  const restore = await load();
  const code = 'var W = 1;\nvar WriteStream = /* @__PURE__ */ __name(function WriteStream2(p) {\n  if (!(this instanceof WriteStream2)) return new WriteStream2(p);\n  WriteStream.x = { WriteStream2 };\n  this.WriteStream2 = 1;\n}, "WriteStream");\n';
  t.is(
    restore(code),
    'var W = 1;\nvar WriteStream = /* @__PURE__ */ __name(function WriteStream(p) {\n  if (!(this instanceof WriteStream)) return new WriteStream(p);\n  WriteStream.x = { WriteStream2: WriteStream };\n  this.WriteStream2 = 1;\n}, "WriteStream");\n',
  );
});

test('build: a renamed function whose body means another binding by the source name is left alone', async (t) => {
  const restore = await load();
  const code = 'proto.copy = /* @__PURE__ */ __name(function copy2(a) {\n  return copy.call(this, a);\n}, "copy");\n';
  t.is(restore(code), undefined);
  const local = 'var Script2 = /* @__PURE__ */ __name(function Script3(c) {\n  var Script = c;\n  return Script3;\n}, "Script");\n';
  t.is(restore(local), undefined);
});

test('build: a renamed class (var _Url = class _Url) gets its source name back', async (t) => {
  const restore = await load();
  const code = 'var _Url = class _Url {\n  static make() { return new _Url(); }\n};\n__name(_Url, "Url");\nvar Url = _Url;\n';
  t.is(restore(code), 'var _Url = class Url {\n  static make() { return new Url(); }\n};\n__name(_Url, "Url");\nvar Url = _Url;\n');
  t.is(restore('var _Url = class _Url {};\nvar Url = _Url;\n'), undefined);
});

test('an error thrown in a fs.WriteStream listener: the frame names the receiver WriteStream, as 0.10', (t) => {
  const r = n10(['-e', "var ws = require('fs').createWriteStream('/dev/null'); ws.on('open', function () { console.log(new Error('x').stack.split('\\n')[1].replace(/ \\(.*/, '')); ws.end(); });"]);
  t.is(r.stdout, '    at WriteStream.<anonymous>\n');
});
