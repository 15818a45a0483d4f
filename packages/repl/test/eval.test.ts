import test from 'ava';
import process from '@n10/process';
import { makeDefaultEval } from '../src/eval';

test.serial("repl's default eval: inside a domain (process.domain set) an error goes to the domain's 'error' and the callback is not called, as 0.10", (t) => {
  const p = process as unknown as { domain?: unknown };
  const seen: string[] = [];
  const fakeDomain = {
    emit: (ev: string, e: Error) => seen.push(`${ev} ${e.message}`),
    exit: () => seen.push('exit'),
  };
  const saved = p.domain;
  p.domain = fakeDomain;
  try {
    const run = makeDefaultEval(() => true);
    let called = false;
    run('throw new Error("in domain")', {}, 'repl', () => {
      called = true;
    });
    t.false(called);
    t.deepEqual(seen, ['error in domain', 'exit']);
    let result: unknown;
    run('1 + 1', {}, 'repl', (err, r) => {
      t.is(err, undefined);
      result = r;
    });
    t.is(result, 2);
  } finally {
    p.domain = saved;
  }
});

test.serial("repl's default eval: outside a domain an error is called back", (t) => {
  const run = makeDefaultEval(() => true);
  let got: unknown;
  run('throw new Error("plain")', {}, 'repl', (err) => {
    got = err;
  });
  t.is((got as Error).message, 'plain');
});
