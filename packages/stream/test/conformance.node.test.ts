// Differential: every conformance case in conformance/cases/stream runs on node 0.10 (the
// oracle) and here, in this process, on the n10 packages (helpers/es5.ts); the printed
// event logs must be identical. `npm run conformance -- stream` runs the same cases under
// the n10 executable (and the cases that use domains, which run only there).
import test from 'ava';
import fs from 'node:fs';
import path from 'node:path';
import { runProgram } from './helpers/es5';
import { caseFiles, runOracleFile } from './helpers/oracle';

for (const file of caseFiles()) {
  const name = path.basename(file, '.js');
  // The in-process runner has no domain module and runs no child processes (the cases that
  // print a child's stderr), nor the runtime's engine behaviour (cases marked `runtime-only:`):
  // such cases are for the n10 executable only (`npm run conformance -- stream`, part of CI).
  if (/require\('(?:domain|child_process|\.\.\/\.\.\/lib\/[\w-]+)'\)|^\/\/ runtime-only:/m.test(fs.readFileSync(file, 'utf8'))) continue;
  test(`conformance case ${name} prints what node 0.10 prints`, async (t) => {
    const want = runOracleFile(file);
    const got = await runProgram(fs.readFileSync(file, 'utf8'));
    t.true(want.length > 0, 'the case prints something');
    t.is(got, want);
  });
}
