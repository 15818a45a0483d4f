// Shared by the binding's tests: promise wrappers around the binding's callback protocol.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import binding from '../src/index';
import type { ConnectReq, HandleWrap, StreamHandle, WriteReq } from '../src/index';

export { binding };

export const text = (buf: Uint8Array): string => Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf8');

/** A fresh temp dir, removed after the test run. */
export function tempDir(t: { teardown(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'n10-binding-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function closeHandle(h: HandleWrap): Promise<void> {
  return new Promise((resolve) => h.close(resolve));
}

export function connect(start: (req: ConnectReq) => number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req: ConnectReq = { oncomplete: (status) => resolve(status) };
    const err = start(req);
    if (err !== 0) reject(new Error('connect returned ' + err));
  });
}

export function write(h: StreamHandle, data: string | Uint8Array, enc: 'utf8' | 'latin1' | 'ucs2' = 'utf8'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req: WriteReq = { oncomplete: (status) => resolve(status) };
    const err =
      typeof data !== 'string'
        ? h.writeBuffer(req, data)
        : enc === 'utf8'
          ? h.writeUtf8String(req, data)
          : enc === 'latin1'
            ? h.writeLatin1String(req, data)
            : h.writeUcs2String(req, data);
    if (err !== 0) reject(new Error('write returned ' + err));
  });
}

/** Reads a stream handle to EOF; resolves with the bytes and the final nread. */
export function readAll(h: StreamHandle): Promise<{ data: Buffer; end: number }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    h.onread = (nread, buf) => {
      if (nread > 0 && buf) {
        chunks.push(Buffer.from(buf));
        return;
      }
      resolve({ data: Buffer.concat(chunks), end: nread });
    };
    h.readStart();
  });
}

export function nextLoopTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

import { spawn } from 'node:child_process';
import type { StdioOptions } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const pkg = join(__dirname, '..');

/** --import flag for a child node: tsx by absolute URL, so any cwd works. */
export const TSX_IMPORT = '--import=' + pathToFileURL(require.resolve('tsx')).href;

/** Runs `code` (CommonJS, with `binding` = require('@n10/binding') from source) in a fresh
 * host node process; resolves with its exit code, signal and output. */
export function runNode(
  code: string,
  options: { args?: string[]; nodeArgs?: string[]; stdio?: StdioOptions; input?: string } = {},
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  const prelude = `const binding = require(${JSON.stringify(join(pkg, 'src', 'index.ts'))}).default;\n`;
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), TSX_IMPORT, '--conditions=n10-source', '-e', prelude + code, ...(options.args ?? [])],
    { cwd: pkg, stdio: options.stdio ?? ['pipe', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  if (child.stdin) child.stdin.end(options.input ?? '');
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}
