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
import { adoptBuffer } from '@n10/buffer/internal';

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

const StringDecoder = function (this: State & { write?: unknown }, encoding?: string): void {
  // 0.10 did not guard against a call without `new` (it wrote to the global object); n10 only
  // declines to do that.
  if (!(this instanceof StringDecoder)) return;
  if (encoding && !Buffer.isEncoding(encoding)) throw new Error(`Unknown encoding: ${encoding}`);
  this.encoding = normalizeEncoding(encoding);
  switch (this.encoding) {
    case 'utf8':
      this.surrogateSize = 3;
      break;
    case 'ucs2':
    case 'utf16le':
      this.surrogateSize = 2;
      this.detectIncompleteChar = detectIncompleteUtf16;
      break;
    case 'base64':
      // Base64 decodes in groups of 3 bytes.
      this.surrogateSize = 3;
      this.detectIncompleteChar = detectIncompleteBase64;
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

// A foreign Buffer (the host's, npm `buffer`'s…) is read through an n10 Buffer over its memory,
// so 0.10's codecs decode it; anything else goes on as it is, to fail as in 0.10.
function write(this: State, chunk: ChunkLike): string {
  let buf = adoptBuffer(chunk) ?? chunk;
  let charStr = '';
  // Complete the character the previous chunk left unfinished. As in 0.10, `upTo` is the
  // number of bytes still missing (capped by the chunk), used as an end index past `offset`:
  // when a completed lead surrogate makes the loop go round again, it takes fewer bytes than
  // it needs (0.10's arithmetic, kept since it decides what programs received).
  let offset = 0;
  while (this.charLength) {
    const missing = this.charLength - this.charReceived;
    const upTo = buf.length >= missing ? missing : buf.length;
    buf.copy(this.charBuffer, this.charReceived, offset, upTo);
    this.charReceived += upTo - offset;
    offset = upTo;
    if (this.charReceived < this.charLength) return ''; // still incomplete
    charStr = this.charBuffer.slice(0, this.charLength).toString(this.encoding);
    // A lead surrogate still needs its trail: wait for that many more bytes.
    const code = charStr.charCodeAt(charStr.length - 1);
    if (code >= 0xd800 && code <= 0xdbff) {
      this.charLength += this.surrogateSize;
      charStr = '';
      continue;
    }
    this.charReceived = this.charLength = 0;
    if (upTo === buf.length) return charStr;
    buf = buf.slice(upTo, buf.length);
    break;
  }

  // Keep back an incomplete character at the end of this chunk.
  this.detectIncompleteChar(buf);
  let end = buf.length;
  if (this.charLength) {
    buf.copy(this.charBuffer, 0, buf.length - this.charReceived, end);
    end -= this.charReceived;
  }
  charStr += buf.toString(this.encoding, 0, end);

  // A decoded lead surrogate at the very end waits for its trail too: its bytes go to the front
  // of charBuffer, ahead of any incomplete bytes already there.
  const last = charStr.length - 1;
  const code = charStr.charCodeAt(last);
  if (code >= 0xd800 && code <= 0xdbff) {
    const size = this.surrogateSize;
    this.charLength += size;
    this.charReceived += size;
    this.charBuffer.copy(this.charBuffer, size, 0, size);
    this.charBuffer.write(charStr.charAt(last), this.encoding);
    return charStr.substring(0, last);
  }
  return charStr;
}

// UTF-8: scan the last three bytes for a lead byte whose sequence runs past the end.
function detectIncompleteChar(this: State, buf: ChunkLike): void {
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

function detectIncompleteUtf16(this: State, buf: ChunkLike): void {
  this.charReceived = buf.length % 2;
  this.charLength = this.charReceived ? 2 : 0;
}

function detectIncompleteBase64(this: State, buf: ChunkLike): void {
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
  return (adoptBuffer(buf) ?? buf).toString(this.encoding);
}

// Assigned (not class members) so they are enumerable like 0.10's, in 0.10's order.
const proto = StringDecoder.prototype as unknown as Record<string, unknown>;
proto.write = write;
proto.detectIncompleteChar = detectIncompleteChar;
proto.end = end;

export { StringDecoder };
