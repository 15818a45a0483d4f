// Shared by the tests: where the peers are, and small promise helpers.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { EventEmitter } from '@n10/events';

export const root = path.resolve(__dirname, '../../..');
export const oracle = path.join(root, 'tools/node010');
export const n10 = path.join(root, 'packages/runtime/bin/n10.js');
export const fixtures = path.join(__dirname, 'fixtures');

/** The arguments of the next `event`. */
export function once(emitter: EventEmitter, event: string): Promise<unknown[]> {
  return new Promise((resolve) => emitter.once(event, (...args: unknown[]) => resolve(args)));
}

/** Every event of `events`, in order, until `last` (its arguments included). */
export function record(emitter: EventEmitter, events: string[], last: string): Promise<string[]> {
  const log: string[] = [];
  return new Promise((resolve) => {
    for (const e of events) {
      emitter.on(e, (...args: unknown[]) => {
        log.push([e, ...args.map((a) => (a instanceof Error ? a.message : JSON.stringify(a)))].join(' '));
        if (e === last) resolve(log);
      });
    }
  });
}

/** Runs a program under node 0.10 or n10; stdout, stderr and status. */
export function run(runtime: 'oracle' | 'n10', args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}) {
  const cmd = runtime === 'oracle' ? oracle : process.execPath;
  const argv = runtime === 'oracle' ? args : [n10, ...args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8', timeout: 60000, env: options.env || process.env, input: options.input, cwd: fixtures });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, signal: r.signal };
}

/** Is the built n10 runtime there to run children on? */
export function n10Usable(): boolean {
  const r = spawnSync(process.execPath, [n10, '-e', "require('child_process'); require('cluster')"], { encoding: 'utf8', timeout: 60000 });
  return r.status === 0;
}
