// The n10 executable places Buffer frames where 0.10's buffer.js had them (rows of
// packages/runtime/src/positions010.ts): a program printing a stack sees 0.10's numbers.
// Needs the runtime built (packages/runtime/dist) and the oracle (tools/node010).
import test from 'ava';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const oracle = path.join(root, 'tools/node010');
const n10 = path.join(root, 'packages/runtime/bin/n10.js');

function both(program: string): { mine: string; theirs: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n10-buffer-frames-'));
  const file = path.join(dir, 'main.js');
  fs.writeFileSync(file, program);
  try {
    const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', timeout: 60000 }).stdout;
    return { mine: run(process.execPath, [n10, file]), theirs: run(oracle, [file]) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('Buffer.isEncoding(encoding) with no toLowerCase method, one that is not a function, or one that throws: the frame is Function.Buffer.isEncoding (buffer.js:246:32)', (t) => {
  const program =
    'function show(f) { try { f(); } catch (e) { console.log(e.stack.split("\\n").filter(function (l) { return !/\\//.test(l); }).join("\\n")); } }\n' +
    'show(function () { Buffer.isEncoding(1); }); show(function () { Buffer.isEncoding({ toLowerCase: 5 }); });\n' +
    'show(function () { Buffer.isEncoding({ toLowerCase: function () { throw new Error("low"); } }); });\n';
  const { mine, theirs } = both(program);
  t.is(mine, theirs);
  t.regex(theirs, /^TypeError: Object 1 has no method 'toLowerCase'\n {4}at Function\.Buffer\.isEncoding \(buffer\.js:246:32\)/);
});
