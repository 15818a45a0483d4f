// Keypress decoding: readline.emitKeypressEvents(stream) makes `stream` emit
// 'keypress' (ch, key) for the terminal input it receives, decoded as node 0.10 decoded it.
//
// 0.10 looks at each 'data' chunk as a whole, not as a sequence of tokens:
//  - a chunk of several characters that does not start with ESC is a paste: each UTF-16 unit
//    is decoded on its own (so "x\x1b[A" is x, escape, [, A — not x, up);
//  - a chunk that starts with ESC is one key: matched from its start, the rest ignored
//    ("\x1b[A\x1b[B" is up), or no key at all when nothing matches ("\x1bab").
// The oracle's table of these (test/fixtures/keys-oracle.json) is what this file is checked
// against, byte for byte, property order included.
import { StringDecoder } from '@n10/string_decoder';
import type { StringDecoderInstance } from '@n10/string_decoder';

/** What a 'keypress' listener receives as its second argument. */
export interface Key {
  /** 'a'…'z', '0'…'9', 'return', 'enter', 'tab', 'backspace', 'escape', 'space', 'up',
   * 'f1', …, or the string 'undefined' for an escape sequence 0.10 has no name for. */
  name: string;
  ctrl: boolean;
  meta: boolean;
  shift: boolean;
  /** The characters the key arrived as. */
  sequence: string;
  /** For escape sequences: the sequence without ESCs, modifier and "1;" ('[A', 'OP', '[3~'). */
  code?: string;
}

/** The minimum a stream needs to be given keypress events. */
export interface KeypressSource {
  on(event: string, listener: (...args: never[]) => unknown): unknown;
  removeListener(event: string, listener: (...args: never[]) => unknown): unknown;
  listeners(event: string): unknown[];
  emit(event: string, ...args: unknown[]): boolean;
  _keypressDecoder?: StringDecoderInstance;
}

// ESC+ then O, N, [ or [[, then either "num[;mod]" and ~ ^ $, or "[1;][mod]" and a letter.
const FUNCTION_KEY = /^(?:\x1b+)(O|N|\[|\[\[)(?:(\d+)(?:;(\d+))?([~^$])|(?:1;)?(\d+)?([a-zA-Z]))/;
const META_KEY = /^\x1b([a-zA-Z0-9])$/;

type Named = [name: string, shift?: boolean, ctrl?: boolean];

// code → [name, forces shift, forces ctrl]: xterm, gnome, rxvt, putty and the console's codes.
const FUNCTION_KEYS: Record<string, Named> = {
  OP: ['f1'], OQ: ['f2'], OR: ['f3'], OS: ['f4'],
  '[11~': ['f1'], '[12~': ['f2'], '[13~': ['f3'], '[14~': ['f4'],
  '[[A': ['f1'], '[[B': ['f2'], '[[C': ['f3'], '[[D': ['f4'], '[[E': ['f5'],
  '[15~': ['f5'], '[17~': ['f6'], '[18~': ['f7'], '[19~': ['f8'], '[20~': ['f9'],
  '[21~': ['f10'], '[23~': ['f11'], '[24~': ['f12'],
  '[A': ['up'], '[B': ['down'], '[C': ['right'], '[D': ['left'], '[E': ['clear'], '[F': ['end'], '[H': ['home'],
  OA: ['up'], OB: ['down'], OC: ['right'], OD: ['left'], OE: ['clear'], OF: ['end'], OH: ['home'],
  '[1~': ['home'], '[2~': ['insert'], '[3~': ['delete'], '[4~': ['end'], '[5~': ['pageup'], '[6~': ['pagedown'],
  '[[5~': ['pageup'], '[[6~': ['pagedown'], '[7~': ['home'], '[8~': ['end'],
  // rxvt: shift with a lowercase letter or $, ctrl with O+lowercase or ^
  '[a': ['up', true], '[b': ['down', true], '[c': ['right', true], '[d': ['left', true], '[e': ['clear', true],
  '[2$': ['insert', true], '[3$': ['delete', true], '[5$': ['pageup', true], '[6$': ['pagedown', true],
  '[7$': ['home', true], '[8$': ['end', true],
  Oa: ['up', false, true], Ob: ['down', false, true], Oc: ['right', false, true], Od: ['left', false, true], Oe: ['clear', false, true],
  '[2^': ['insert', false, true], '[3^': ['delete', false, true], '[5^': ['pageup', false, true], '[6^': ['pagedown', false, true],
  '[7^': ['home', false, true], '[8^': ['end', false, true],
  '[Z': ['tab', true],
};

function newKey(sequence: string): Key {
  // Property order as 0.10's objects have it (programs print them).
  return { name: undefined as unknown as string, ctrl: false, meta: false, shift: false, sequence };
}

/** Decodes one key from `s` (one character, or a chunk starting with ESC). */
function decode(s: string): Key | undefined {
  const key = newKey(s);
  let parts: RegExpExecArray | null;
  if (s === '\r') key.name = 'return';
  else if (s === '\n') key.name = 'enter';
  else if (s === '\t') key.name = 'tab';
  else if (s === '\b' || s === '\x7f' || s === '\x1b\x7f' || s === '\x1b\b') {
    key.name = 'backspace';
    key.meta = s.charAt(0) === '\x1b';
  } else if (s === '\x1b' || s === '\x1b\x1b') {
    key.name = 'escape';
    key.meta = s.length === 2;
  } else if (s === ' ' || s === '\x1b ') {
    key.name = 'space';
    key.meta = s.length === 2;
  } else if (s.length === 1 && s <= '\x1a') {
    // ctrl+letter (NUL is ctrl+`)
    key.name = String.fromCharCode(s.charCodeAt(0) + 96);
    key.ctrl = true;
  } else if (s.length === 1 && s >= 'a' && s <= 'z') {
    key.name = s;
  } else if (s.length === 1 && s >= 'A' && s <= 'Z') {
    key.name = s.toLowerCase();
    key.shift = true;
  } else if ((parts = META_KEY.exec(s))) {
    key.name = parts[1].toLowerCase();
    key.meta = true;
    key.shift = /^[A-Z]$/.test(parts[1]);
  } else if ((parts = FUNCTION_KEY.exec(s))) {
    const code = (parts[1] || '') + (parts[2] || '') + (parts[4] || '') + (parts[6] || '');
    const modifier = Number(parts[3] || parts[5] || 1) - 1;
    key.ctrl = !!(modifier & 4);
    key.meta = !!(modifier & 10);
    key.shift = !!(modifier & 1);
    key.code = code;
    const named = Object.prototype.hasOwnProperty.call(FUNCTION_KEYS, code) ? FUNCTION_KEYS[code] : undefined;
    // 0.10 names an unknown sequence with the *string* 'undefined'.
    key.name = named ? named[0] : 'undefined';
    if (named && named[1]) key.shift = true;
    if (named && named[2]) key.ctrl = true;
  }
  return key.name === undefined ? undefined : key;
}

/**
 * Emits 'keypress' on `stream` for the decoded chunk `s`. (0.10's emitKey: a listener's stack
 * shows it, and for a paste its forEach over the characters.)
 */
export function emitKey(stream: KeypressSource, s: string): void {
  if (s.length > 1 && s.charAt(0) !== '\x1b') {
    // A paste: every UTF-16 unit on its own.
    Array.prototype.forEach.call(s, (c: string) => emitKey(stream, c));
    return;
  }
  const key = decode(s);
  const ch = s.length === 1 ? s : undefined;
  if (key || ch) stream.emit('keypress', ch, key);
}

/**
 * Makes `stream` emit 'keypress' events for its 'data'. It listens to 'data' only while it has
 * 'keypress' listeners (a stream nobody reads keys from is left alone); calling it again on the
 * same stream does nothing.
 */
export const emitKeypressEvents = function emitKeypressEvents(stream: KeypressSource): void {
  if (stream._keypressDecoder) return;
  stream._keypressDecoder = new StringDecoder('utf8');

  function onData(b: unknown): void {
    if (stream.listeners('keypress').length > 0) {
      const decoder = stream._keypressDecoder as StringDecoderInstance;
      const r = typeof b === 'string' ? b : decoder.write(b as Parameters<StringDecoderInstance['write']>[0]);
      if (r) emitKey(stream, r);
    } else {
      // Nobody listens: stop decoding until somebody does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
    }
  }

  function onNewListener(event: string): void {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listeners('keypress').length > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
};
