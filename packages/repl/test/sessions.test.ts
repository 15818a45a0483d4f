// REPL sessions over fake streams (fixtures/sessions.js) on @n10/repl, against node 0.10's
// transcripts (fixtures/oracle.json, recorded by fixtures/record.js). Sessions marked
// `runtime` read the program's global object and are played under the n10 runtime only
// (conformance/cases/repl/sessions.js).
import test from 'ava';
import repl from '@n10/repl';
import { EventEmitter } from '@n10/events';
import fs from '@n10/fs';
import * as harness from './fixtures/harness.js';
import sessions from './fixtures/sessions.js';
import oracle from './fixtures/oracle.json';

const deps = { EventEmitter, fs, file: '/tmp/n10-repl-ava-' + process.pid + '.js' };

// The manual items each session exercises.
const ITEMS: Record<string, string> = {
  'expressions, _ and results': 'repl.start(options): default eval, writer, REPL Features: _',
  'multi-line commands and the ... prompt': 'REPL Features: multi-line input',
  errors: 'repl.start(options): default eval errors',
  commands: 'REPL Features: .break .clear .exit .help, defineCommand',
  '.save and .load': 'REPL Features: .save and .load',
  'useGlobal false: the context': 'repl.start(options): useGlobal false, the context object',
  ignoreUndefined: 'repl.start(options): ignoreUndefined',
  'writer and useColors': 'repl.start(options): writer, useColors',
  'useColors with the default writer': 'repl.start(options): useColors',
  'custom eval': 'repl.start(options): eval',
  'custom eval errors': 'repl.start(options): eval errors and multi-line',
  'legacy start(prompt, stream, eval, useGlobal, ignoreUndefined)': 'repl.start(prompt, stream, eval, useGlobal, ignoreUndefined)',
  "Event: 'exit' at the input's end": "Event: 'exit' (end of input)",
  'the REPLServer': 'repl.start(options) returns a REPLServer',
  completion: 'REPL Features: tab completion',
  'completion inside a function reaches its locals': 'REPL Features: tab completion of local variables',
  'terminal: prompt, echo, colours, history': 'repl.start(options): terminal',
  'terminal: ^C and ^D': "Event: 'exit' (^C twice), REPL Features: ^C",
  'terminal: ^D exits': "Event: 'exit' (^D)",
  'terminal: tab completion': 'REPL Features: tab completion (terminal)',
  'terminal: NODE_NO_READLINE style (terminal: false on a TTY)': 'repl.start(options): terminal false',
};

for (const s of sessions) {
  const title = `${ITEMS[s.name] || s.name} — ${s.name}`;
  if ((s as { runtime?: boolean }).runtime) {
    test.skip(`${title} (under the n10 runtime: conformance/cases/repl/sessions.js)`, () => {});
    continue;
  }
  test.serial(title, (t) => {
    for (const step of s.steps) if (step[0] === 'data') step[1] = (step[1] as string).split('FILE').join(deps.file);
    t.deepEqual(harness.run(repl, s, deps), (oracle as Record<string, string[]>)[s.name]);
  });
}

test('every session is recorded and named', (t) => {
  t.deepEqual(
    sessions.map((s) => s.name),
    Object.keys(oracle),
  );
  for (const s of sessions) t.truthy(ITEMS[s.name], s.name);
});
