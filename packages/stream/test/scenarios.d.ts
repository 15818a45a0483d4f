// Types for scenarios.js (ES5 programs, kept in JavaScript so their source can go to node 0.10).
export type Log = (line: string) => void;
export type ScenarioFn = (
  stream: unknown,
  util: unknown,
  Buffer: unknown,
  log: Log,
  done: () => void,
  nextTick: (fn: () => void) => void,
) => void;

export interface Scenario {
  item: string;
  title: string;
  run: ScenarioFn;
  expected: string[];
}

export const scenarios: Scenario[];
