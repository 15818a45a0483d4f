// The address-literal check lookup() short-circuits with, against node 0.10's net.isIP.
import test from 'ava';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { isIP } from '@n10/dgram/internal';

const oracle = path.resolve(__dirname, '../../../tools/node010');

const CASES = [
  '0.0.0.0', '255.255.255.255', '256.0.0.0', '1.2.3', '1.2.3.4.5', '1.2.3.04', '01.2.3.4', '00.1.2.3', '1..2.3', '1.2.3.4.', '.1.2.3',
  ' 1.2.3.4', '1.2.3.4 ', '1.2.3.-4', '1.2.3.4a', '1234.1.1.1', '0', '', 'localhost', '0x1.2.3.4',
  '::', '::1', '::ffff:1.2.3.4', '::1.2.3.4', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '::1:2:3:4:5:6:7', '1::2::3', '1:2:3:4:5:6:7:8:9',
  '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', '1:2:3:4:5::1.2.3.4', '1:2:3:4:5:6::1.2.3.4', '::1:2:3:4:5:6:1.2.3.4', 'abcd::ABCD',
  '12345::', 'g::1', ':1', '1:', ':::', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8::', '1.2.3.4::', ':1.2.3.4', '::1.2.3.4.5', '::ffff:1.2.3',
  'fe80::1%lo', '::%eth0', '00::1', '00000::1',
];

test('isIP (what dns.lookup answers without asking): the same verdicts as node 0.10\'s net.isIP', (t) => {
  const src = "var net = require('net'); console.log(JSON.stringify(JSON.parse(process.argv[1]).map(function (s) { return net.isIP(s); })))";
  const want = JSON.parse(spawnSync(oracle, ['-e', src, JSON.stringify(CASES)], { encoding: 'utf8' }).stdout) as number[];
  t.deepEqual(CASES.map((c) => [c, isIP(c)]), CASES.map((c, i) => [c, want[i]]));
  t.is(isIP(42), 0);
  t.is(isIP(null), 0);
});
