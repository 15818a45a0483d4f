// The REPL's own commands, by what a program's listeners see of them.
import test from 'ava';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import repl from '@n10/repl';
import Stream from '@n10/stream';

test("REPL Features: .load types the file's lines in from a forEach callback, and .exit closes the interface from the command's action (a listener's stack shows them, as 0.10)", (t) => {
  const file = path.join(os.tmpdir(), `n10-repl-commands-${process.pid}.js`);
  fs.writeFileSync(file, 'var loaded = 7;\n\nloaded * 2\n');
  const input = new Stream.PassThrough();
  const output = new Stream.PassThrough();
  const r = repl.start({ input, output, prompt: '% ', terminal: false } as never) as unknown as {
    rli: { on(event: string, f: (line?: string) => void): void };
  };
  const stacks: Record<string, string> = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 40;
  r.rli.on('line', (line?: string) => {
    if (line === 'loaded * 2') stacks.line = String(new Error('here').stack);
  });
  r.rli.on('close', () => {
    stacks.close = String(new Error('here').stack);
  });
  try {
    input.write('.load ' + file + '\n');
    input.write('.exit\n');
  } finally {
    Error.stackTraceLimit = limit;
    fs.unlinkSync(file);
  }
  t.regex(stacks.line, /\bwrite \([^\n]*\n\s+at [^\n]*\n\s+at Array\.forEach[^\n]*\n\s+at [^\n]*\baction\b/);
  t.regex(stacks.close, /\bclose \([^\n]*\n\s+at [^\n]*\baction\b[^\n]*\n\s+at [^\n]*parseREPLKeyword/);
});
