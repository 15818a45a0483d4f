// One test per scenario in scenarios.ts (titled by the manual item it covers): the log n10
// produces must be the one node 0.10 produces (oracle.node.test.ts checks those on 0.10).
import test from 'ava';
import { runScenario } from './helpers/run-scenario';
import { scenarios } from './scenarios';

for (const s of scenarios) {
  test(`${s.item}: ${s.title}`, async (t) => {
    t.true(s.expected.length > 0, 'the scenario has an expectation');
    t.deepEqual(await runScenario(s), s.expected);
  });
}
