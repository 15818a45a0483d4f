// Where the pair calls a program's listeners from: 0.10 read the SSL inside the cleartext side's
// read() (CleartextStream.read [as _read], called by Readable.read from the encrypted side's
// write of the peer's bytes), so 'secureConnection', 'secureConnect' and the ondata hook (http's
// parser) ran under those frames.
import test from 'ava';
import tls from '../src/index';
import type { CleartextStreamInstance } from '../src/index';
import { pem, portOf } from './helpers';

/** The host's frames (function [as method]) of the current stack, innermost first. */
function frames(): string[] {
  const holder = Error as unknown as { stackTraceLimit: number };
  const limit = holder.stackTraceLimit;
  holder.stackTraceLimit = 100;
  const stack = new Error().stack;
  holder.stackTraceLimit = limit;
  return (stack || '').split('\n').slice(2).map((l) => l.trim().replace(/^at /, '').replace(/ \(.*$/, ''));
}

/** The frames from the cleartext side's _read down to the write that called it. */
function underRead(list: string[]): string[] {
  const i = list.findIndex((f) => /^CleartextStream\.read( \[as _read\])?$/.test(f));
  return i < 0 ? list : list.slice(i, i + 3);
}

test("Event: 'secureConnection' / 'secureConnect' and the ondata hook: called inside the cleartext stream's read() under the encrypted stream's write, as 0.10", async (t) => {
  const seen: Record<string, string[]> = {};
  const server = tls.createServer({ key: pem('server-key.pem'), cert: pem('server-cert.pem') }, (c: CleartextStreamInstance) => {
    seen.secureConnection = frames();
    c.ondata = (): void => {
      seen.ondata = frames();
      c.ondata = null;
      c.end();
    };
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  await new Promise<void>((resolve) => {
    const c = tls.connect({ port: portOf(server), rejectUnauthorized: false }, () => {
      seen.secureConnect = frames();
      c.write('x');
    });
    c.on('close', () => resolve());
    c.resume();
  });
  server.close();
  // 'secure' is handed over from the cycle (n10 frames the runtime leaves out stand under the
  // read); a chunk for the ondata hook straight from the write, as 0.10's was.
  for (const name of ['secureConnection', 'secureConnect', 'ondata']) {
    const list = underRead(seen[name] || []);
    t.regex(list[0] || '', /^CleartextStream\.read( \[as _read\])?$/, name);
    t.regex(list[1] || '', /\.read$/, name);
  }
  t.regex(underRead(seen.ondata || [])[2] || '', /^EncryptedStream\.write( \[as _write\])?$/);
});
