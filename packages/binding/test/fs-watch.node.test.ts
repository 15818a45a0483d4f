import test from 'ava';
import * as hostfs from 'node:fs';
import { join } from 'node:path';
import { binding, closeHandle, tempDir } from './helpers';

const F = binding.STAT_FIELDS;

test('FSEvent: start(dir) reports onchange(status, "rename", filename) for a new file', async (t) => {
  const dir = tempDir(t);
  const w = new binding.FSEvent();
  const got = new Promise<[number, string, string | null]>((resolve) => (w.onchange = (status, type, name) => resolve([status, type, name])));
  t.is(w.start(dir, true, false), 0);
  hostfs.writeFileSync(join(dir, 'new-file'), 'x');
  const [status, type, name] = await got;
  t.is(status, 0);
  t.is(type, 'rename');
  t.is(name, 'new-file');
  await closeHandle(w);
});

test('FSEvent: "change" for a write to a watched file; a missing path is UV_ENOENT', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'f');
  hostfs.writeFileSync(file, 'a');
  const w = new binding.FSEvent();
  const got = new Promise<string>((resolve) => (w.onchange = (_s, type) => resolve(type)));
  t.is(w.start(file, true), 0);
  hostfs.appendFileSync(file, 'b');
  t.is(await got, 'change');
  await closeHandle(w);
  const missing = new binding.FSEvent();
  t.is(missing.start(join(dir, 'missing')), binding.uv.UV_ENOENT);
  await closeHandle(missing);
});

test('StatWatcher: start(path, persistent, interval) → onchange(curr, prev, status) with stat arrays', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'polled');
  hostfs.writeFileSync(file, 'one');
  const w = new binding.StatWatcher();
  const got = new Promise<[Float64Array, Float64Array, number]>((resolve) => (w.onchange = (curr, prev, status) => resolve([curr, prev, status])));
  t.is(w.start(file, true, 10), 0);
  await new Promise((r) => setTimeout(r, 30));
  hostfs.writeFileSync(file, 'three');
  const [curr, prev, status] = await got;
  t.is(status, 0);
  t.is(prev[F.size], 3);
  t.is(curr[F.size], 5);
  t.is(w.stop(), 0);
  await closeHandle(w);
});

test('StatWatcher: a path that disappears reports status < 0 and a zeroed current stat', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'gone');
  hostfs.writeFileSync(file, 'x');
  const w = new binding.StatWatcher();
  const got = new Promise<[Float64Array, number]>((resolve) => (w.onchange = (curr, _p, status) => resolve([curr, status])));
  t.is(w.start(file, true, 10), 0);
  await new Promise((r) => setTimeout(r, 30));
  hostfs.unlinkSync(file);
  const [curr, status] = await got;
  t.is(status, binding.uv.UV_ENOENT);
  t.is(curr[F.size], 0);
  t.is(curr[F.mode], 0);
  await closeHandle(w);
});

test('persistent false: FSEvent and StatWatcher do not keep the loop alive (hasRef() false)', async (t) => {
  const dir = tempDir(t);
  const ev = new binding.FSEvent();
  const poll = new binding.StatWatcher();
  t.is(ev.start(dir, false), 0);
  t.is(poll.start(dir, false, 1000), 0);
  t.false(ev.hasRef());
  t.false(poll.hasRef());
  await Promise.all([closeHandle(ev), closeHandle(poll)]);
});
