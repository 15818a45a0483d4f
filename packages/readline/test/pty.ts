// Drives a program on a pseudo-terminal through script(1): keys are sent one chunk at a time,
// each after the program has answered the previous one (output grew, then went quiet), so
// that every chunk reaches the program as one read, as typed keys do. Returns everything the
// terminal showed. The waits only pace the keys; results are compared byte for byte.
import { spawn } from 'node:child_process';

export interface PtyResult {
  output: string;
  code: number | null;
}

export interface PtyOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  columns?: number;
  /** Milliseconds of silence that mean "answered". */
  quietMs?: number;
}

const QUIET_MS = 150;
const ANSWER_TIMEOUT_MS = 8000;

export function shellQuote(s: string): string {
  return "'" + s.replace(/'/g, "'\\''") + "'";
}

export function runOnPty(command: string, chunks: string[], options: PtyOptions = {}): Promise<PtyResult> {
  const quietMs = options.quietMs ?? QUIET_MS;
  const cols = options.columns ?? 60;
  const child = spawn('script', ['-qfec', `stty cols ${cols} rows 20; ${command}`, '/dev/null'], {
    cwd: options.cwd,
    env: { ...process.env, TERM: 'xterm', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = Buffer.alloc(0);
  let last = Date.now();
  let exited = false;
  child.stdout.on('data', (d: Buffer) => {
    out = Buffer.concat([out, d]);
    last = Date.now();
  });
  child.stderr.resume();
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => { exited = true; resolve(code); }));

  const answered = (before: number) =>
    new Promise<void>((resolve) => {
      const start = Date.now();
      const timer = setInterval(() => {
        const now = Date.now();
        if (exited || (out.length > before && now - last >= quietMs) || now - start > ANSWER_TIMEOUT_MS) {
          clearInterval(timer);
          resolve();
        }
      }, 10);
    });

  return (async () => {
    await answered(0);
    for (const chunk of chunks) {
      if (exited) break;
      const before = out.length;
      child.stdin.write(chunk);
      await answered(before);
    }
    const kill = setTimeout(() => child.kill('SIGKILL'), ANSWER_TIMEOUT_MS);
    child.stdin.end();
    const code = await closed;
    clearTimeout(kill);
    return { output: out.toString('latin1'), code };
  })();
}
