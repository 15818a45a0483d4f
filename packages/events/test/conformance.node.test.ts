// The events conformance cases, run under node 0.10 and on n10's sources: same stdout.
import test from 'ava';
import path from 'node:path';
import { caseFiles, runN10FromSource, runOracle } from '../../util/test/helpers/differential';

// An uncaught exception's exit code (8 in 0.10) is set by the n10 runtime, not by events.
const exitCodeOwnedByRuntime = new Set(['error-uncaught.js']);

for (const file of caseFiles('events')) {
  const name = path.basename(file);
  test(`conformance events/${name} matches node 0.10`, (t) => {
    const want = runOracle(file);
    const got = runN10FromSource(file);
    t.is(got.stdout, want.stdout);
    if (!exitCodeOwnedByRuntime.has(name)) t.is(got.code, want.code, got.stderr);
    else t.not(got.code, 0);
  });
}
