// Proves items.test.ts's expectations: every scenario runs on node 0.10 (the oracle), whose
// log must equal the scenario's `expected`.
import test from 'ava';
import { oracleLogs } from './helpers/scenario-oracle';
import { scenarios } from './scenarios';

test('node 0.10 logs what every scenario expects', (t) => {
  const logs = oracleLogs(scenarios);
  t.is(logs.length, scenarios.length);
  scenarios.forEach((s, i) => {
    t.deepEqual(logs[i], s.expected, `${s.item}: ${s.title}`);
  });
});
