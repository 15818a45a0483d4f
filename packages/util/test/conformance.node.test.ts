// The util conformance cases, run under node 0.10 and on n10's sources: same stdout, same exit code.
import test from 'ava';
import path from 'node:path';
import { caseFiles, runN10FromSource, runOracle } from './helpers/differential';

for (const file of caseFiles('util')) {
  test(`conformance util/${path.basename(file)} matches node 0.10`, (t) => {
    const want = runOracle(file);
    const got = runN10FromSource(file);
    t.is(got.stdout, want.stdout);
    t.is(got.code, want.code, got.stderr);
  });
}
