// reverse() looks in the hosts file before asking a server, as c-ares did (lookups "fb":
// files, then bind). It answers with the line's aliases, the names after the first one, so
// "127.0.0.1 localhost" answers [] (that is what 0.10 printed), and it re-reads the file on
// every call.
import { addressBytes } from './ip';
import { readTextFile } from './read-file';

function sameBytes(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The aliases of the first line for this address, or null when no line has it. */
export function hostsAliases(file: string | null, address: number[]): string[] | null {
  if (!file) return null;
  const text = readTextFile(file);
  if (text === null) return null;
  for (const raw of text.split('\n')) {
    const fields = raw.replace(/#.*$/, '').trim().split(/\s+/);
    if (fields.length < 2) continue;
    const bytes = addressBytes(fields[0]);
    if (bytes && sameBytes(bytes, address)) return fields.slice(2);
  }
  return null;
}
