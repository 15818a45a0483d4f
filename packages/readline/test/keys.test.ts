// readline.emitKeypressEvents and the key decoding, against node 0.10's decoding of 2560
// chunks (fixtures/keys-oracle.json, recorded by fixtures/keys-record.js under the oracle; corpus in keys-corpus.js).
import test from 'ava';
import readline from '@n10/readline';
import { EventEmitter } from '@n10/events';
import { Buffer } from '@n10/buffer';
import * as record from './fixtures/keys-corpus.js';
import recorded from './fixtures/keys-oracle.json';

test('Class: Interface key decoding is 0.10’s for every recorded chunk', (t) => {
  const got = record.decodeAll(readline.emitKeypressEvents, recorded.seqs, EventEmitter) as string[];
  let same = 0;
  for (let i = 0; i < got.length; i++) {
    if (got[i] === recorded.results[i]) same++;
    else t.is(got[i], recorded.results[i], JSON.stringify(recorded.seqs[i]));
  }
  t.is(same, recorded.seqs.length);
});

type Rec = Array<[string | undefined, Record<string, unknown> | undefined]>;

function keysOf(chunks: unknown[]): Rec {
  const s = new EventEmitter();
  readline.emitKeypressEvents(s as never);
  const out: Rec = [];
  s.on('keypress', (ch: string | undefined, key: Record<string, unknown> | undefined) => out.push([ch, key]));
  for (const c of chunks) s.emit('data', c);
  return out;
}

test('emitKeypressEvents: arrows, home/end, delete, meta keys', (t) => {
  t.deepEqual(keysOf(['\x1b[A'])[0][1], { name: 'up', ctrl: false, meta: false, shift: false, sequence: '\x1b[A', code: '[A' });
  t.is(keysOf(['\x1bOH'])[0][1]!.name, 'home');
  t.is(keysOf(['\x1b[4~'])[0][1]!.name, 'end');
  t.deepEqual(keysOf(['\x1b[3;5~'])[0][1], { name: 'delete', ctrl: true, meta: false, shift: false, sequence: '\x1b[3;5~', code: '[3~' });
  t.deepEqual(keysOf(['\x1bb']), [[undefined, { name: 'b', ctrl: false, meta: true, shift: false, sequence: '\x1bb' }]]);
  t.deepEqual(keysOf(['\x03']), [['\x03', { name: 'c', ctrl: true, meta: false, shift: false, sequence: '\x03' }]]);
});

test('emitKeypressEvents: a paste is decoded a character at a time', (t) => {
  t.deepEqual(
    keysOf(['a!']).map(([ch, k]) => [ch, k && k.name]),
    [['a', 'a'], ['!', undefined]],
  );
});

test("Event: 'keypress' listeners run under 0.10's emitKey, a paste's through a forEach over its characters", (t) => {
  const s = new EventEmitter() as EventEmitter & { _keypressDecoder?: unknown };
  readline.emitKeypressEvents(s as never);
  const stacks: string[] = [];
  s.on('keypress', () => stacks.push(String(new Error('here').stack)));
  s.emit('data', 'x');
  s.emit('data', 'ab');
  t.regex(stacks[0], /\n\s+at emitKey \([^\n]*\n\s+at (?:\S+\.)?onData /);
  t.regex(stacks[1], /\n\s+at emitKey \([^\n]*\n[^\n]*\n\s+at (?:String|Array)\.forEach[^\n]*\n\s+at emitKey \(/);
});

test('emitKeypressEvents: UTF-8 split across Buffers', (t) => {
  const out = keysOf([new Buffer([0xc3]), new Buffer([0xa9])]);
  t.deepEqual(out, [['é', undefined]]);
});

test('emitKeypressEvents: decodes only while someone listens; twice is once', (t) => {
  const s = new EventEmitter();
  readline.emitKeypressEvents(s as never);
  readline.emitKeypressEvents(s as never);
  t.is(s.listeners('data').length, 0);
  t.is(s.listeners('newListener').length, 1);
  const seen: string[] = [];
  const l = (ch: string) => seen.push(ch);
  s.on('keypress', l);
  t.is(s.listeners('data').length, 1);
  t.is(s.listeners('newListener').length, 0);
  s.emit('data', 'x');
  s.removeListener('keypress', l);
  s.emit('data', 'y');
  t.is(s.listeners('data').length, 0);
  t.is(s.listeners('newListener').length, 1);
  t.deepEqual(seen, ['x']);
});
