// The calls the runtime adds to a program's catch clauses (caught-errors.ts): where they go,
// where they do not (strings, comments), and the columns they move, put back.
import test from 'ava';
import { originalColumn, withCaughtCalls, withoutCaughtCalls } from '../src/caught-errors';

test('each catch clause of code gets the call after its brace; strings and line comments are left alone', (t) => {
  const source = [
    "var s = 'catch (e) {';",
    '// catch (e) { in a comment',
    'try { a(); } catch (e) { b(e); } c();',
    'try {',
    '} catch (err) {',
    '}',
  ].join('\n');
  const run = withCaughtCalls('test:a', source);
  t.deepEqual(run.split('\n'), [
    "var s = 'catch (e) {';",
    '// catch (e) { in a comment',
    'try { a(); } catch (e) { e=__n10caught(e); b(e); } c();',
    'try {',
    '} catch (err) { err=__n10caught(err);',
    '}',
  ]);
  t.is(withoutCaughtCalls(run), source);
});

test('columns after an added call on its line map back to the source as written; others stay', (t) => {
  const source = 'x;\ntry { a(); } catch (e) { b(e); } c(); try { d(); } catch (f) { g(); }\ny;';
  const run = withCaughtCalls('test:b', source);
  const runLine = run.split('\n')[1];
  const line = source.split('\n')[1];
  for (const name of ['a()', 'b(e)', 'c()', 'd()', 'g()']) {
    t.is(originalColumn('test:b', 2, runLine.indexOf(name) + 1), line.indexOf(name) + 1, name);
  }
  t.is(originalColumn('test:b', 3, 1), 1);
  t.is(originalColumn('test:b', 1, 2), 2);
});
