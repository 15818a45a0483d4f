// @n10/process: node 0.10's `process` object.
//
// This is the portable core (nextTick and the static facts); the binding/process issue
// makes it the whole 0.10 process (an EventEmitter with env, argv, exit, stdio, signals…).
import { nextTick, tickCallback } from './next-tick';

export interface N10Process {
  nextTick(callback: () => void): void;
  /** Drains the tick queue; the native binding calls it after every callback into JS. */
  _tickCallback(): void;
  version: string;
  versions: Record<string, string>;
  platform: string;
  arch: string;
  title: string;
  argv: string[];
  execArgv: string[];
  env: Record<string, string | undefined>;
  cwd(): string;
}

const process: N10Process = {
  nextTick,
  _tickCallback: tickCallback,
  version: 'v0.10.19',
  versions: {
    http_parser: '1.0',
    node: '0.10.19',
    v8: '3.14.5.9',
    ares: '1.9.0-DEV',
    uv: '0.10.17',
    zlib: '1.2.3',
    modules: '11',
    openssl: '1.0.1e',
  },
  platform: 'browser',
  arch: 'javascript',
  title: 'browser',
  argv: [],
  execArgv: [],
  env: {},
  cwd: () => '/',
};

export { nextTick };
export default process;
