// node 0.10's StringDecoder: Buffer chunks in, strings out, with a character split across
// chunks held back until it is complete.
//
// State is 0.10's, field for field (programs and streams read `encoding` and `charReceived`):
// `charBuffer` holds the bytes of the incomplete character, `charReceived` how many arrived,
// `charLength` how many it needs. Its quirks are kept: end() does not reset the state, a lead
// surrogate at the end of a chunk (UTF-16, or UTF-8 carrying encoded surrogates) is held back
// too, and bytes that can never complete a character are decoded as 0.10's Buffer decodes them.
import buffer from '@n10/buffer';
import type { BufferInstance, ForeignBuffer } from '@n10/buffer';
import { adoptBuffer, noMethod } from '@n10/buffer/internal';

const { Buffer } = buffer;

type ChunkLike = BufferInstance;

export interface StringDecoderInstance {
  readonly encoding: string;
  /** Bytes of a UTF-8 (3) or UTF-16 (2) encoded lead surrogate; base64 uses 3 as its group size. */
  surrogateSize?: number;
  charBuffer?: BufferInstance;
  charReceived?: number;
  charLength?: number;
  /** Returns the decoded string, minus any incomplete character at the end. */
  write(buffer: ChunkLike | ForeignBuffer): string;
  /** Returns what write(buffer) returns, plus the bytes of an incomplete character as they decode alone. */
  end(buffer?: ChunkLike | ForeignBuffer): string;
  /** Sets charLength/charReceived from the end of `buffer`. */
  detectIncompleteChar(buffer: ChunkLike): void;
}

export interface StringDecoderConstructor {
  new (encoding?: string): StringDecoderInstance;
  readonly prototype: StringDecoderInstance;
}

interface State {
  encoding: string;
  surrogateSize: number;
  charBuffer: BufferInstance;
  charReceived: number;
  charLength: number;
  detectIncompleteChar(buffer: ChunkLike): void;
}

// 0.10 lower-cased the name and removed its first '-' or '_' ('UTF-8' -> 'utf8'), after
// checking the name as given with Buffer.isEncoding.
function normalizeEncoding(encoding: string | undefined): string {
  return (encoding || 'utf8').toLowerCase().replace(/[-_]/, '');
}

// Where 0.10's string_decoder.js threw: the n10 runtime keeps a registry of throw sites (by error) and
// shows an uncaught error's site on stderr as 0.10 did; without the runtime there is none.
const THROW_SITES = Symbol.for('n10.throwSites');
function sited<E extends Error>(er: E, line: number, text: string, caret: string): E {
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[THROW_SITES];
  if (sites) sites.set(er, { file: 'string_decoder.js', line, text, caret });
  return er;
}

// 0.10's helper of that name (a stack through its error shows it above the constructor).
function assertEncoding(encoding: string | undefined): void {
  if (encoding && !Buffer.isEncoding(encoding)) {
    throw sited(new Error(`Unknown encoding: ${encoding}`), 24, "    throw new Error('Unknown encoding: ' + encoding);", '          ^');
  }
}

const StringDecoder = function (this: State & { write?: unknown }, encoding?: string): void {
  // 0.10 did not guard against a call without `new` (it wrote to the global object); n10 only
  // declines to do that.
  if (!(this instanceof StringDecoder)) return;
  assertEncoding(encoding);
  this.encoding = normalizeEncoding(encoding);
  switch (this.encoding) {
    case 'utf8':
      this.surrogateSize = 3;
      break;
    case 'ucs2':
    case 'utf16le':
      this.surrogateSize = 2;
      this.detectIncompleteChar = utf16DetectIncompleteChar;
      break;
    case 'base64':
      // Base64 decodes in groups of 3 bytes.
      this.surrogateSize = 3;
      this.detectIncompleteChar = base64DetectIncompleteChar;
      break;
    default:
      // Single-byte encodings and hex need no state.
      this.write = passThroughWrite;
      return;
  }
  this.charBuffer = new Buffer(6);
  this.charReceived = 0;
  this.charLength = 0;
} as unknown as StringDecoderConstructor;

// 0.10 assigned an anonymous function to exports.StringDecoder: its name is ''.
Object.defineProperty(StringDecoder, 'name', { value: '' });

// The same function, its name made '' (keeps the call as direct as before).
function anonymous<F extends Function>(fn: F): F {
  Object.defineProperty(fn, 'name', { value: '', configurable: true });
  return fn;
}

// A foreign Buffer (the host's, npm `buffer`'s…) is read through an n10 Buffer over its memory,
// so 0.10's codecs decode it; anything else goes on as it is, to fail as in 0.10.
function write(this: State, chunk: ChunkLike): string {
  const adopted = adoptBuffer(chunk);
  if (adopted !== null) return decode(this, adopted);
  if (chunk === null || chunk === undefined) {
    // No chunk at all: 0.10 failed on its length, in this function if a character was
    // pending, else in detectIncompleteChar (the stack and the site on stderr show where).
    if (this.charLength) {
      const er = new TypeError(`Cannot read property 'length' of ${chunk}`);
      throw sited(er, 65, '    var i = (buffer.length >= this.charLength - this.charReceived) ?', ' '.repeat(19) + '^');
    }
    this.detectIncompleteChar(chunk);
  }
  return writeLoose(this, chunk);
}

// `buffer.length` of no buffer in a detectIncompleteChar (0.10's line, V8 3.14's message).
function noLength(buf: null | undefined, line: number, text: string, col: number): TypeError {
  const er = new TypeError(`Cannot read property 'length' of ${buf}`);
  // The stack starts in the detectIncompleteChar that read it, as 0.10's.
  const capture = (Error as { captureStackTrace?: (e: object, above: Function) => void }).captureStackTrace;
  if (capture) capture(er, noLength);
  return sited(er, line, text, ' '.repeat(col) + '^');
}

// Not a Buffer: 0.10's code ran on it as it was and failed where it touched it; the
// failure is worded as V8 3.14 worded it (programs print those messages).
function writeLoose(state: State, chunk: ChunkLike): string {
  try {
    return decode(state, chunk);
  } catch (err) {
    throw wordedAs010(err, chunk);
  }
}

function decode(self: State, chunk: ChunkLike): string {
  let buf = chunk;
  let charStr = '';
  // Complete the character the previous chunk left unfinished. As in 0.10, `upTo` is the
  // number of bytes still missing (capped by the chunk), used as an end index past `offset`:
  // when a completed lead surrogate makes the loop go round again, it takes fewer bytes than
  // it needs (0.10's arithmetic, kept since it decides what programs received).
  let offset = 0;
  while (self.charLength) {
    const missing = self.charLength - self.charReceived;
    const upTo = buf.length >= missing ? missing : buf.length;
    buf.copy(self.charBuffer, self.charReceived, offset, upTo);
    self.charReceived += upTo - offset;
    offset = upTo;
    if (self.charReceived < self.charLength) return ''; // still incomplete
    charStr = self.charBuffer.slice(0, self.charLength).toString(self.encoding);
    // A lead surrogate still needs its trail: wait for that many more bytes.
    const code = charStr.charCodeAt(charStr.length - 1);
    if (code >= 0xd800 && code <= 0xdbff) {
      self.charLength += self.surrogateSize;
      charStr = '';
      continue;
    }
    self.charReceived = self.charLength = 0;
    if (upTo === buf.length) return charStr;
    buf = buf.slice(upTo, buf.length);
    break;
  }

  // Keep back an incomplete character at the end of this chunk.
  self.detectIncompleteChar(buf);
  let end = buf.length;
  if (self.charLength) {
    buf.copy(self.charBuffer, 0, buf.length - self.charReceived, end);
    end -= self.charReceived;
  }
  charStr += buf.toString(self.encoding, 0, end);

  // A decoded lead surrogate at the very end waits for its trail too: its bytes go to the front
  // of charBuffer, ahead of any incomplete bytes already there.
  const last = charStr.length - 1;
  const code = charStr.charCodeAt(last);
  if (code >= 0xd800 && code <= 0xdbff) {
    const size = self.surrogateSize;
    self.charLength += size;
    self.charReceived += size;
    self.charBuffer.copy(self.charBuffer, size, 0, size);
    self.charBuffer.write(charStr.charAt(last), self.encoding);
    return charStr.substring(0, last);
  }
  return charStr;
}

// UTF-8: scan the last three bytes for a lead byte whose sequence runs past the end.
function detectIncompleteChar(this: State, buf: ChunkLike): void {
  if (buf === null || buf === undefined) throw noLength(buf, 129, '  var i = (buffer.length >= 3) ? 3 : buffer.length;', 17);
  const len = buf.length;
  let i = len >= 3 ? 3 : len;
  for (; i > 0; i--) {
    const c = buf[len - i];
    if (i === 1 && c >> 5 === 0x06) {
      this.charLength = 2; // 110xxxxx
      break;
    }
    if (i <= 2 && c >> 4 === 0x0e) {
      this.charLength = 3; // 1110xxxx
      break;
    }
    if (i <= 3 && c >> 3 === 0x1e) {
      this.charLength = 4; // 11110xxx
      break;
    }
  }
  this.charReceived = i;
}

function utf16DetectIncompleteChar(this: State, buf: ChunkLike): void {
  if (buf === null || buf === undefined) throw noLength(buf, 180, '  var incomplete = this.charReceived = buffer.length % 2;', 45);
  this.charReceived = buf.length % 2;
  this.charLength = this.charReceived ? 2 : 0;
}

function base64DetectIncompleteChar(this: State, buf: ChunkLike): void {
  if (buf === null || buf === undefined) throw noLength(buf, 186, '  var incomplete = this.charReceived = buffer.length % 3;', 45);
  this.charReceived = buf.length % 3;
  this.charLength = this.charReceived ? 3 : 0;
}

function end(this: State & { write(b: ChunkLike): string }, buf?: ChunkLike): string {
  let res = '';
  if (buf && buf.length) res = this.write(buf);
  if (this.charReceived) res += this.charBuffer.slice(0, this.charReceived).toString(this.encoding);
  return res;
}

function passThroughWrite(this: State, buf: ChunkLike): string {
  if (buf === null || buf === undefined) {
    throw sited(new TypeError(`Cannot call method 'toString' of ${buf}`), 176, '  return buffer.toString(this.encoding);', ' '.repeat(16) + '^');
  }
  return (adoptBuffer(buf) ?? buf).toString(this.encoding);
}

/** Today's wording of a TypeError the decoder's code met on `chunk`, as V8 3.14 put it. */
function wordedAs010(err: unknown, chunk: unknown): unknown {
  if (!(err instanceof TypeError)) return err;
  const read = /^Cannot read properties of (null|undefined) \(reading '([^']*)'\)$/.exec(err.message);
  if (read) return new TypeError(`Cannot read property '${read[2]}' of ${read[1]}`);
  const call = /^[\w$.]*?\.([\w$]+) is not a function$/.exec(err.message);
  if (call && chunk !== null && chunk !== undefined) return noMethod(chunk, call[1]);
  return err;
}

// Assigned (not class members) so they are enumerable like 0.10's, in 0.10's order; anonymous
// as 0.10's function expressions were (util.inspect prints [Function]).
const proto = StringDecoder.prototype as unknown as Record<string, unknown>;
proto.write = anonymous(write);
proto.detectIncompleteChar = anonymous(detectIncompleteChar);
proto.end = anonymous(end);

export { StringDecoder };
