// Event 'exit' and the child's output: the order node 0.10 gave (see src/exit-order.ts).
import test from 'ava';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import cp from '@n10/child_process';
import type { ChildProcessInstance } from '@n10/child_process';
import { n10 } from './helpers';

// A zombie (ended, not yet reaped) has state Z in /proc/<pid>/stat; the parent hears of the
// end once its last thread is gone too.
function ended(pid: number): boolean {
  const stat = fs.readFileSync('/proc/' + pid + '/stat', 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).charAt(0) === 'Z' && fs.readdirSync('/proc/' + pid + '/task').length === 1;
}

function events(child: ChildProcessInstance): Promise<string[]> {
  const ev: string[] = [];
  child.stdout!.on('data', (d: unknown) => ev.push('out ' + String(d).trim()));
  child.stdout!.on('end', () => ev.push('out end'));
  if (child.stderr) {
    child.stderr.on('data', (d: unknown) => ev.push('err ' + String(d).trim()));
    child.stderr.on('end', () => ev.push('err end'));
  }
  child.on('exit', (code: number) => ev.push('exit ' + code));
  return new Promise((resolve) => child.on('close', () => resolve(ev)));
}

test.serial("Event: 'exit' comes before the output of a child that ended before its pipes were first polled", async (t) => {
  const child = cp.spawn('sh', ['-c', 'echo out; echo err >&2; exit 3']);
  const got = events(child);
  while (!ended(child.pid!));
  t.deepEqual(await got, ['exit 3', 'out out', 'err err', 'out end', 'err end']);
});

test.serial("Event: 'exit' comes after the output of a child that wrote while its pipe was polled", async (t) => {
  const child = cp.spawn('sh', ['-c', 'sleep 0.1; echo late'], { stdio: ['pipe', 'pipe', 'ignore'] });
  t.deepEqual(await events(child), ['out late', 'out end', 'exit 0']);
});

test.serial("Event: 'exit' of a quick child that wrote much: all the output comes, in order, after it", async (t) => {
  const child = cp.spawn('sh', ['-c', 'head -c 50000 /dev/zero; echo; echo done'], { stdio: ['pipe', 'pipe', 'ignore'] });
  let n = 0;
  let first = '';
  child.stdout!.on('data', (d: Buffer) => {
    if (!first) first = child.exitCode === null ? 'data' : 'exit';
    n += d.length;
  });
  const closed = new Promise((resolve) => child.on('close', resolve));
  while (!ended(child.pid!));
  await closed;
  t.is(first, 'exit');
  t.is(n, 50000 + 1 + 5);
});

test.serial("child.stdout: a pipe first read after 'exit' (nothing is lost or kept back)", async (t) => {
  const child = cp.spawn('echo', ['hi']);
  await new Promise((resolve) => child.on('exit', resolve));
  let s = '';
  child.stdout!.on('data', (d: unknown) => (s += String(d)));
  await new Promise((resolve) => child.on('close', resolve));
  // 0.10 resumed unread output after 'exit' (flushStdio): it may have been read and dropped.
  t.true(s === '' || s === 'hi\n');
});

test.serial("exec(): the callback has all of a quick child's output after 'exit'", async (t) => {
  const order: string[] = [];
  const out = await new Promise<string>((resolve) => {
    const child = cp.exec('echo hi', (_err: Error | null, stdout: unknown) => {
      order.push('callback');
      resolve(String(stdout));
    });
    child.on('exit', () => order.push('exit'));
    while (!ended(child.pid!));
  });
  t.is(out, 'hi\n');
  t.deepEqual(order, ['exit', 'callback']);
});

test.serial("child.unref(): 'exit' still comes when the child ends with the pipes that kept the loop alive (0.10)", (t) => {
  // In a process of its own: the loop must end by itself.
  const src =
    "var c = require('child_process').spawn('sh', ['-c', 'sleep 0.2']); c.unref();" +
    "c.on('exit', function (code) { console.log('exit ' + code); });" +
    "process.on('exit', function () { console.log('parent exit'); });";
  for (let i = 0; i < 3; i++) {
    const r = spawnSync(process.execPath, [n10, '-e', src], { encoding: 'utf8', timeout: 60000 });
    t.is(r.stdout, 'exit 0\nparent exit\n');
  }
});

test.serial("Event: 'message' from a child that ended before the first poll comes after 'exit' and its output (0.10)", async (t) => {
  const child = cp.spawn(process.execPath, ['-e', "process.send('m1'); console.log('out'); process.exit(3)"], {
    stdio: ['pipe', 'pipe', 'ignore', 'ipc'],
  });
  const ev: string[] = [];
  child.on('message', (m: unknown) => ev.push('message ' + String(m)));
  child.stdout!.on('data', (d: unknown) => ev.push('out ' + String(d).trim()));
  child.on('disconnect', () => ev.push('disconnect'));
  child.on('exit', (code: number) => ev.push('exit ' + code));
  const closed = new Promise((resolve) => child.on('close', resolve));
  while (!ended(child.pid!));
  await closed;
  t.deepEqual(ev, ['exit 3', 'out out', 'message m1', 'disconnect']);
});

test.serial("Event: 'exit': a listener that throws does not lose the output that comes after it (0.10)", (t) => {
  const src =
    "var fs = require('fs'); var c = require('child_process').spawn('echo', ['hi']);" +
    "process.on('uncaughtException', function (e) { console.log('caught ' + e.message); });" +
    "c.stdout.on('data', function (d) { console.log('data ' + String(d).trim()); });" +
    "c.on('exit', function () { console.log('exit'); throw new Error('in exit'); });" +
    "for (;;) { var s = fs.readFileSync('/proc/' + c.pid + '/stat', 'utf8'); if (s.slice(s.lastIndexOf(')') + 2).charAt(0) === 'Z') break; }";
  const r = spawnSync(process.execPath, [n10, '-e', src], { encoding: 'utf8', timeout: 60000 });
  t.is(r.stdout, 'exit\ncaught in exit\ndata hi\n');
});
