// Runs scenarios (see ../scenarios.ts) on node 0.10: their ES5 source, one after the other
// in one oracle process; returns each one's log.
import type { Scenario } from '../scenarios';
import { runOracle } from './oracle';

export function oracleLogs(list: Scenario[]): string[][] {
  const program = [
    // tsx/esbuild wraps named functions in __name(fn, "name") for their .name: a no-op here.
    'var __name = function (f) { return f; };',
    "var stream = require('stream'), util = require('util');",
    'var scenarios = [',
    list.map((s) => s.run.toString()).join(',\n'),
    '];',
    'var results = [];',
    'function next(i) {',
    '  if (i === scenarios.length) return process.stdout.write(JSON.stringify(results));',
    '  var log = results[i] = [];',
    '  var finished = false;',
    '  scenarios[i](stream, util, Buffer, function (s) { log.push(String(s)); }, function () {',
    '    if (finished) return;',
    '    finished = true;',
    '    setTimeout(function () { next(i + 1); }, 1);',
    '  }, process.nextTick);',
    '}',
    'next(0);',
  ].join('\n');
  return JSON.parse(runOracle(program)) as string[][];
}
