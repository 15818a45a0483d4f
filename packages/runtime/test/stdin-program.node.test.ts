// A program read from stdin: 0.10 ran it from a module wrapper of its own, "[stdin]-wrapper"
// (cli.ts evalScript, compile.ts runStdinScript), called from the stdin stream's 'end' listener.
import test from 'ava';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from './helpers';

const n10 = path.join(root, 'packages/runtime/bin/n10.js');

test('a program on stdin: __filename is [stdin], an uncaught throw shows [stdin]-wrapper and the end listener at node.js:154:11', (t) => {
  const r = spawnSync(process.execPath, [n10], { input: 'console.log(__filename, module.id)\nthrow new Error("x")', encoding: 'utf8' });
  t.is(r.status, 8);
  t.is(r.stdout, '[stdin] [stdin]\n');
  const frames = r.stderr.split('\n').filter((l) => l.startsWith('    at ')).slice(0, 5);
  t.deepEqual(frames, [
    '    at [stdin]:2:7',
    '    at Object.<anonymous> ([stdin]-wrapper:6:22)',
    '    at Module._compile (module.js:456:26)',
    '    at evalScript (node.js:532:25)',
    '    at Socket.<anonymous> (node.js:154:11)',
  ]);
});
