// Small helpers over the ava `t` subset the browser runner supports.
import type { ExecutionContext } from 'ava';

/** Asserts that fn throws an error of the given class with exactly this message. */
export function throwsWith(t: ExecutionContext, fn: () => unknown, type: new (...args: never[]) => Error, message: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  t.true(caught instanceof type, `expected a ${type.name}, got ${String(caught)}`);
  t.is((caught as Error | undefined)?.message, message);
}

/** Bytes of a buffer (or any Uint8Array) as lowercase hex, independent of the codecs under test. */
export function hex(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i++) out += (b[i] < 16 ? '0' : '') + b[i].toString(16);
  return out;
}

/** Code units of a string as hex, to compare strings with lone surrogates readably. */
export function units(s: string): string {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i).toString(16));
  return out.join(' ');
}
