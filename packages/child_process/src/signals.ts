// Signal names and numbers as 0.10's child_process used them.
//
// kill(sig) looked the name up in process.binding('constants'): a flat table of fs, errno and
// signal constants, so only names work (kill(9) is "Unknown signal: 9") and 0 means "probe".
// The exit callback reported a number that 0.10's node.cc turned back into a name, choosing
// SIGABRT over SIGIOT and SIGIO over SIGPOLL where two names share a number.
import process from '@n10/process';
import { binding } from './native';

/** The number 0.10's kill() sends for `sig`, or undefined for "Unknown signal". */
export function signalFor(sig: unknown): number | undefined {
  if (sig === 0) return 0;
  const name = sig ? sig : 'SIGTERM';
  const constants = process.binding('constants') as Record<string, number>;
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(constants, name) ? constants[name] : undefined;
}

// The later of two names for one number is an alias 0.10 never reported.
const ALIASES = new Set(['SIGIOT', 'SIGPOLL', 'SIGUNUSED', 'SIGCLD']);
let names: Record<number, string> | undefined;

/** 'SIGTERM' for 15; '' for a number this platform does not name. */
export function signalName(signum: number): string {
  if (!names) {
    names = {};
    const signals = binding().constants.signals;
    for (const name of Object.keys(signals)) {
      const n = signals[name];
      const taken = names[n];
      if (taken === undefined || (ALIASES.has(taken) && !ALIASES.has(name))) names[n] = name;
    }
  }
  return names[signum] || '';
}
