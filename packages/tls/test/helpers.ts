// Shared by the tests (not a test file itself).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.join(__dirname, 'fixtures');
export const oracle = path.resolve(__dirname, '../../../tools/node010');

export function pem(name: string): Buffer {
  return readFileSync(path.join(FIXTURES, name));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- host and n10 emitters type their listeners differently
export function once<T = unknown>(emitter: { once(e: string, f: (...a: any[]) => void): unknown }, event: string): Promise<T> {
  return new Promise<T>((resolve) => emitter.once(event, ((...args: unknown[]) => resolve(args[0] as T)) as never));
}

export function portOf(server: { address(): unknown }): number {
  return (server.address() as { port: number }).port;
}

/** Runs a command; resolves with its exit code, stdout and stderr. */
export function run(cmd: string, args: string[], input?: string | Buffer, timeoutMs = 20000): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    const timer = setTimeout(() => child.kill(), timeoutMs);
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out), stderr: err });
    });
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}
