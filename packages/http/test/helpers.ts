// Shared by the tests (not a test file itself).
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import hostNet from 'node:net';

export const oracle = path.resolve(__dirname, '../../../tools/node010');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- host and n10 emitters type their listeners differently
export function once<T = unknown>(emitter: { once(e: string, f: (...a: any[]) => void): unknown }, event: string): Promise<T> {
  return new Promise<T>((resolve) => emitter.once(event, ((...args: unknown[]) => resolve(args[0] as T)) as never));
}

export function oracleEval(code: string): string {
  return spawnSync(oracle, ['-e', code], { encoding: 'utf8' }).stdout;
}

/** Runs a program under node 0.10 with stdin; resolves with its stdout. */
export function runOracle(args: string[], stdin: string, env?: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(oracle, args, { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('close', () => resolve(out));
    child.stdin.end(stdin);
  });
}

/** Sends raw bytes over TCP (host net) and resolves with everything received until the close (or `until` says enough). */
export function rawRequest(
  port: number,
  chunks: Array<string | Buffer>,
  opts: { until?: (received: Buffer) => boolean; end?: boolean; gapMs?: number } = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const got: Buffer[] = [];
    let done = false;
    const c = hostNet.connect(port, '127.0.0.1', async () => {
      for (let i = 0; i < chunks.length; i++) {
        if (done) return;
        const ch = chunks[i];
        c.write(typeof ch === 'string' ? Buffer.from(ch, 'latin1') : ch);
        if (opts.gapMs && i < chunks.length - 1) await new Promise((r) => setTimeout(r, opts.gapMs));
      }
      if (opts.end) c.end();
    });
    const finish = (): void => {
      if (done) return;
      done = true;
      c.destroy();
      resolve(Buffer.concat(got));
    };
    c.on('data', (d: Buffer) => {
      got.push(d);
      if (opts.until && opts.until(Buffer.concat(got))) finish();
    });
    // (A reset is how some servers hang up: it ends what was received.)
    c.on('error', (e: Error & { code?: string }) => (done ? undefined : e.code === 'ECONNRESET' ? finish() : reject(e)));
    c.on('close', finish);
  });
}

/** The response bytes with the Date header's value masked. */
export function maskDate(s: string): string {
  return s.replace(/\r\nDate: [^\r]*/g, '\r\nDate: <date>');
}

/** True once `s` holds `n` complete responses framed by Content-Length or chunks (no HEAD). */
export function completeResponses(s: string, n: number): boolean {
  let from = 0;
  for (let k = 0; k < n; k++) {
    const i = s.indexOf('\r\n\r\n', from);
    if (i < 0) return false;
    const head = s.slice(from, i);
    const status = Number(head.split(' ')[1]);
    let end = i + 4;
    const cl = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (status === 204 || status === 304 || (status >= 100 && status < 200)) {
      // no body
    } else if (/\r\ntransfer-encoding: *chunked/i.test(head)) {
      const t = s.indexOf('\r\n0\r\n', i);
      if (t < 0) return false;
      const e = s.indexOf('\r\n\r\n', t + 3);
      if (e < 0) return false;
      end = e + 4;
    } else if (cl) {
      end += Number(cl[1]);
      if (s.length < end) return false;
    } else {
      return false;
    }
    from = end;
  }
  return true;
}
