// HTTPParser: an incremental HTTP/1.x request/response parser over Buffers, with the
// interface of node 0.10's process.binding('http_parser').HTTPParser:
//
//   new HTTPParser(HTTPParser.REQUEST | HTTPParser.RESPONSE)
//   parser.execute(buffer, offset, length) -> bytes parsed, or an Error('Parse Error')
//                                              with .bytesParsed and .code ('HPE_…')
//   parser.finish()                         -> undefined, or that Error (the peer's EOF)
//   parser.reinitialize(type)
//   callbacks (own properties, each optional):
//     onHeaders(headers, url)        headers in batches, when a message has many (see below)
//     onHeadersComplete(info)        { headers, url, method | statusCode, versionMajor,
//                                      versionMinor, shouldKeepAlive, upgrade }; returning
//                                      true means "this message has no body" (HEAD)
//     onBody(buffer, start, length)
//     onMessageComplete()
//
// The grammar is RFC 7230's request-line / status-line, header fields, chunked and
// length-delimited bodies, as the http-parser 1.0 of node 0.10.19 accepts them. That parser is
// lenient in ways programs can observe, and each is reproduced (checked byte for byte against
// the oracle, see test/parser.node.test.ts):
//  - "HTTP" in the request/status line is only checked for its first letter; CR where CRLF is
//    due eats the next byte whatever it is; a bare LF ends any line.
//  - Header names are tokens, but a space is allowed in them ("X A: b" is header "x a");
//    values keep trailing white space; a continuation line (obs-fold) is appended with its
//    leading white space removed; a name without a colon is remembered and prefixed to the
//    next name ("X-A b\r\nX-C: d" is header "X-A bX-C": "d").
//  - Connection / Proxy-Connection: "keep-alive" or "close" (any case, trailing spaces) are
//    the only values understood; Transfer-Encoding: "chunked" likewise; any Upgrade header
//    with a value makes the message an upgrade, as does CONNECT. Content-Length digits may
//    have spaces between them; the last header wins; past 2^64 it is an error.
//  - Chunk sizes are hex followed by CR, ';' or ' ' (extensions are skipped); the CRLF after
//    chunk data is not checked.
//  - The start line and header block (and each chunk-size line, and the trailers) may be
//    80 KiB at most (HPE_HEADER_OVERFLOW).
//  - Strings (url, names, values) are the bytes decoded as UTF-8 the way V8 3.14 did.
//  - Header pairs are handed over in batches of 31 through onHeaders when a message has 32
//    or more (then info has no headers/url); once that has happened the parser keeps doing
//    it for later messages. Trailers always come through onHeaders, with the request's url.
//
// Speed (see README "Performance"): the state machine below is the reference; the common
// shapes take shortcuts through it that end in the same state, at the same byte, as the
// byte-at-a-time path (test/parser-split.node.test.ts feeds the same streams whole and split
// at every byte; test/parser.node.test.ts fuzzes against node 0.10's own parser):
//  - a request line's method, version and CRLF, and a status line's "HTTP/d.d ddd ", in one go;
//  - a whole "Name: value\r\n" line in one go when it is in the buffer: names seen before come
//    from a cache (found by their first bytes and the colon after them: no scan, no string,
//    no check of what they mean), values and urls are scanned 4 bytes at a time (32-bit words
//    over the buffer's memory) for CR/LF (or the bytes a url may not have);
//  - strings: the buffer is decoded (natively, by Buffer's UTF-8 decoder) a window of up to
//    1 KiB of ASCII at a time, and the url and values are slices of that string: one decode
//    per head rather than one per string (non-ASCII values take the 0.10 UTF-8 path);
//  - bodies are handed over as (buffer, start, length) of the caller's buffer: never copied.
import { Buffer } from '@n10/buffer';

type BufferLike = Uint8Array;

/** What onHeadersComplete receives. */
export interface HeadersInfo {
  headers?: string[];
  url?: string;
  method?: string;
  statusCode?: number;
  versionMajor: number;
  versionMinor: number;
  shouldKeepAlive: boolean;
  upgrade: boolean;
}

/** The error execute() and finish() return. */
export interface ParseError extends Error {
  bytesParsed: number;
  code: string;
}

export interface HTTPParserInstance {
  onHeaders?: ((headers: string[], url: string) => void) | null;
  onHeadersComplete?: ((info: HeadersInfo) => boolean | void) | null;
  onBody?: ((buffer: Buffer, start: number, length: number) => void) | null;
  onMessageComplete?: (() => void) | null;
  execute(buffer: Uint8Array, offset?: number, length?: number): number | ParseError;
  finish(): ParseError | undefined;
  reinitialize(type: number): void;
}

export interface HTTPParserConstructor {
  new (type: number): HTTPParserInstance;
  prototype: HTTPParserInstance;
  REQUEST: 0;
  RESPONSE: 1;
}

export const REQUEST = 0;
export const RESPONSE = 1;

// ---- character classes -------------------------------------------------------------

const CR = 13;
const LF = 10;
const SP = 32;
const HT = 9;

/** Header-name bytes: 0 if not allowed, else the byte lowercased (space allowed, as 1.0). */
const TOKEN = new Uint8Array(256);
/** Bytes allowed in a url path, query or fragment (not '?' or '#'; any byte >= 0x80). */
const URL_CHAR = new Uint8Array(256);
/** Bytes allowed in a url's authority (userinfo characters, '[', ']', '@'). */
const SERVER_CHAR = new Uint8Array(256);
const HEX = new Int8Array(256).fill(-1);
const ALPHA = new Uint8Array(256);

(function buildTables(): void {
  const tokenSpecials = "!#$%&'*+-.^_`|~";
  for (let c = 0; c < 256; c++) {
    const ch = String.fromCharCode(c);
    const isAlpha = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    const isDigit = c >= 48 && c <= 57;
    if (isAlpha) ALPHA[c] = 1;
    if (isAlpha || isDigit || tokenSpecials.indexOf(ch) >= 0) TOKEN[c] = c >= 65 && c <= 90 ? c + 32 : c;
    // Printable ASCII but '#' and '?', plus TAB and FF (the parser's non-strict mode), plus
    // every byte with the high bit set.
    if ((c > 32 && c < 127 && c !== 35 && c !== 63) || c === 9 || c === 12 || c >= 128) URL_CHAR[c] = 1;
    if (isAlpha || isDigit || "-_.!~*'()%;:&=+$,[]@".indexOf(ch) >= 0) SERVER_CHAR[c] = 1;
    if (isDigit) HEX[c] = c - 48;
    else if (c >= 97 && c <= 102) HEX[c] = c - 87;
    else if (c >= 65 && c <= 70) HEX[c] = c - 55;
  }
  TOKEN[SP] = SP;
})();

// ---- methods: a trie over the method names, walked one byte at a time -----------------

const METHODS = [
  'DELETE', 'GET', 'HEAD', 'POST', 'PUT', 'CONNECT', 'OPTIONS', 'TRACE', 'COPY', 'LOCK', 'MKCOL',
  'MOVE', 'PROPFIND', 'PROPPATCH', 'SEARCH', 'UNLOCK', 'REPORT', 'MKACTIVITY', 'CHECKOUT', 'MERGE',
  'M-SEARCH', 'NOTIFY', 'SUBSCRIBE', 'UNSUBSCRIBE', 'PATCH', 'PURGE',
];
const TRIE_WIDTH = 128;
const trieNext: number[] = [];
const trieMethod: (string | null)[] = [];
function trieNode(): number {
  const n = trieMethod.length;
  trieMethod.push(null);
  for (let i = 0; i < TRIE_WIDTH; i++) trieNext.push(-1);
  return n;
}
trieNode();
for (const m of METHODS) {
  let n = 0;
  for (let i = 0; i < m.length; i++) {
    const slot = n * TRIE_WIDTH + m.charCodeAt(i);
    if (trieNext[slot] < 0) trieNext[slot] = trieNode();
    n = trieNext[slot];
  }
  trieMethod[n] = m;
}
const TRIE = Int16Array.from(trieNext);

// ---- states --------------------------------------------------------------------------

const enum S {
  START_REQ,
  METHOD,
  SPACES_BEFORE_URL,
  URL_SCHEMA,
  URL_SCHEMA_SLASH,
  URL_SCHEMA_SLASH2,
  URL_SERVER_START,
  URL_SERVER,
  URL_PATH,
  URL_QUERY_START,
  URL_QUERY,
  URL_FRAGMENT_START,
  URL_FRAGMENT,
  REQ_HTTP_START,
  REQ_HTTP_H,
  REQ_HTTP_HT,
  REQ_HTTP_HTT,
  REQ_HTTP_HTTP,
  REQ_MAJOR_FIRST,
  REQ_MAJOR,
  REQ_MINOR_FIRST,
  REQ_MINOR,
  REQ_LINE_ALMOST_DONE,

  START_RES,
  RES_H,
  RES_HT,
  RES_HTT,
  RES_HTTP,
  RES_MAJOR_FIRST,
  RES_MAJOR,
  RES_MINOR_FIRST,
  RES_MINOR,
  RES_STATUS_FIRST,
  RES_STATUS,
  RES_REASON,
  RES_LINE_ALMOST_DONE,

  FIELD_START,
  FIELD,
  VALUE_START,
  VALUE,
  HEADER_ALMOST_DONE,
  VALUE_LWS,
  HEADERS_ALMOST_DONE,

  CHUNK_SIZE_START,
  CHUNK_SIZE,
  CHUNK_PARAMETERS,
  CHUNK_SIZE_ALMOST_DONE,
  // Everything up to here counts towards the 80 KiB header limit.
  CHUNK_DATA,
  CHUNK_DATA_ALMOST_DONE,
  CHUNK_DATA_DONE,
  BODY_IDENTITY,
  BODY_IDENTITY_EOF,
}
const LAST_HEADER_STATE = S.CHUNK_SIZE_ALMOST_DONE;

/** What the header being read means to the parser. */
const enum H {
  GENERAL,
  CONNECTION,
  CONTENT_LENGTH,
  TRANSFER_ENCODING,
  UPGRADE,
  // Value states: the first line of the value is compared once it ends.
  MATCH_CONNECTION,
  MATCH_TRANSFER_ENCODING,
}

const F_CHUNKED = 1;
const F_KEEP_ALIVE = 2;
const F_CLOSE = 4;
const F_TRAILING = 8;
const F_UPGRADE = 16;
const F_SKIPBODY = 32;

const MAX_HEADER_SIZE = 80 * 1024;
/** Header pairs held before they are handed over in a batch (node 0.10's binding: 32 slots). */
const MAX_FIELDS = 32;
const U64_MAX = 18446744073709551615n;
const SAFE = Number.MAX_SAFE_INTEGER;

// ---- strings ---------------------------------------------------------------------------

/** ASCII bytes as a string. */
function asciiString(buf: BufferLike, start: number, end: number): string {
  if (end - start < 13) {
    let s = '';
    for (let i = start; i < end; i++) s += String.fromCharCode(buf[i]);
    return s;
  }
  return bufferToString.call(buf, 'utf8', start, end);
}
const bufferToString = Buffer.prototype.toString as (this: BufferLike, enc: string, start: number, end: number) => string;

/** Bytes decoded at a time for the strings of a buffer. */
const WINDOW = 1024;

/**
 * Strings for ranges of the buffer being parsed. The buffer is decoded a window of up to
 * WINDOW bytes at a time, and each url, name or value is a slice of that string: one decode
 * (native, through Buffer's UTF-8 decoder) per stretch of header lines, not one per string.
 * A window is only used when it decoded to one char per byte (all ASCII, the usual case);
 * else the ranges in it are decoded one by one.
 */
class Window {
  buf: BufferLike | null = null;
  start = 0;
  end = 0;
  /** The window's bytes as a string; null when they are not one char per byte. */
  str: string | null = null;
  /**
   * Whether windows end at the first byte that is not ASCII. Not until a window has had one:
   * a window with non-ASCII bytes (a binary body after the head) is decoded the slow way, and
   * then this parser scans for them first.
   */
  scan = false;

  /** ASCII bytes [start, end) of buf as a string; limit: the end of the bytes given to execute. */
  slice(buf: BufferLike, start: number, end: number, limit: number): string {
    if (end - start < 8) {
      // (Short strings are copies, even when sliced from another.)
      let s = '';
      for (let i = start; i < end; i++) s += String.fromCharCode(buf[i]);
      return s;
    }
    if (buf !== this.buf || start < this.start || end > this.end) {
      const to = Math.min(limit, start + WINDOW);
      const e = this.scan ? firstHigh(buf, end, to) : to > end ? to : end;
      const str = bufferToString.call(buf, 'utf8', start, e);
      // (One char per byte, so the ASCII bytes are at their own index, when the lengths agree:
      // UTF-8 never makes more chars than bytes, and fewer when it has a multi-byte sequence.)
      if (str.length === e - start) {
        this.str = str;
      } else {
        this.str = null;
        this.scan = true;
      }
      this.buf = buf;
      this.start = start;
      this.end = e;
    }
    const str = this.str;
    return str === null ? asciiString(buf, start, end) : str.slice(start - this.start, end - this.start);
  }

  /**
   * A body starts at byte p of buf: if the last window went on into it and the body is not
   * ASCII (a binary body after the head), this parser's windows stop at such bytes from now
   * on. (Decoding them was slow, if right: they may have been one char per byte anyway.)
   */
  bodyAt(buf: BufferLike, p: number): void {
    if (!this.scan && this.buf === buf && this.end > p && firstHigh(buf, p, this.end) < this.end) this.scan = true;
  }
}

// 32-bit words over the memory of the buffer being parsed, to test 4 bytes at a time.
let wordsStore: ArrayBufferLike | null = null;
const NO_WORDS: Int32Array<ArrayBufferLike> = new Int32Array(0);
let words = NO_WORDS;
const u8Buffer = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype) as object, 'buffer')!.get as (this: Uint8Array) => ArrayBufferLike;
const u8ByteOffset = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype) as object, 'byteOffset')!.get as (
  this: Uint8Array,
) => number;

/** Points `words` at the memory under buf (a new view only when the memory changes). */
function wordsFor(buf: BufferLike): void {
  const store = u8Buffer.call(buf);
  if (store !== wordsStore) {
    wordsStore = store;
    words = new Int32Array(store, 0, store.byteLength >> 2);
  }
}

/** The index of the first byte >= 0x80 in [start, end), or end. */
function firstHigh(buf: BufferLike, start: number, end: number): number {
  let i = start;
  if (end - i >= 32) {
    wordsFor(buf);
    const base = u8ByteOffset.call(buf);
    while (((base + i) & 3) !== 0) {
      if (buf[i] >= 0x80) return i;
      i++;
    }
    let w = (base + i) >> 2;
    const wEnd = (base + end) >> 2;
    while (w < wEnd && (words[w] & 0x80808080) === 0) w++;
    i = (w << 2) - base;
  }
  while (i < end && buf[i] < 0x80) i++;
  return i;
}

/** The index of the first byte in [start, stop) that may not be in a url path, query or fragment, or stop. */
function urlEnd(buf: BufferLike, start: number, stop: number): number {
  let i = start;
  if (stop - i >= 24) {
    // Four bytes at a time: a word has such a byte when it has one below 0x21 (TAB and FF
    // too, which the byte loop then lets through), or a '#', '?' or DEL.
    wordsFor(buf);
    const base = u8ByteOffset.call(buf);
    while (((base + i) & 3) !== 0) {
      if (URL_CHAR[buf[i]] !== 1) return i;
      i++;
    }
    let w = (base + i) >> 2;
    const wEnd = (base + stop) >> 2;
    while (w < wEnd) {
      const x = words[w];
      const h = x ^ 0x23232323;
      const q = x ^ 0x3f3f3f3f;
      const d = x ^ 0x7f7f7f7f;
      if ((((x - 0x21212121) & ~x) | ((h - 0x01010101) & ~h) | ((q - 0x01010101) & ~q) | ((d - 0x01010101) & ~d)) & 0x80808080) break;
      w++;
    }
    i = (w << 2) - base;
  }
  while (i < stop && URL_CHAR[buf[i]] === 1) i++;
  return i;
}

/** Whether lineEnd() passed a byte >= 0x80. */
let lineHigh = false;

/** The index of the first CR or LF in [start, stop), or stop; sets lineHigh. */
function lineEnd(buf: BufferLike, start: number, stop: number): number {
  let i = start;
  let acc = 0;
  if (stop - i >= 24) {
    // Four bytes at a time: a word has a CR or LF when (w ^ 0x0d0d0d0d) or (w ^ 0x0a0a0a0a)
    // has a zero byte.
    wordsFor(buf);
    const base = u8ByteOffset.call(buf);
    while (((base + i) & 3) !== 0) {
      const c = buf[i];
      if (c === CR || c === LF) {
        lineHigh = acc >= 0x80;
        return i;
      }
      acc |= c;
      i++;
    }
    let w = (base + i) >> 2;
    const wEnd = (base + stop) >> 2;
    while (w < wEnd) {
      const x = words[w];
      const r = x ^ 0x0d0d0d0d;
      const l = x ^ 0x0a0a0a0a;
      if ((((r - 0x01010101) & ~r) | ((l - 0x01010101) & ~l)) & 0x80808080) break;
      acc |= x;
      w++;
    }
    i = (w << 2) - base;
  }
  while (i < stop) {
    const c = buf[i];
    if (c === CR || c === LF) break;
    acc |= c;
    i++;
  }
  lineHigh = (acc & 0x80808080) !== 0;
  return i;
}

function hasHighBit(buf: BufferLike, start: number, end: number): boolean {
  let acc = 0;
  for (let i = start; i < end; i++) acc |= buf[i];
  return acc >= 0x80;
}

/** UTF-8 with node 0.10's (V8 3.14) rules for malformed input, as the binding's strings. */
function utf8String(bytes: Uint8Array): string {
  return Buffer.prototype.toString.call(toBuffer(bytes), 'utf8', 0, bytes.length);
}

function toBuffer(bytes: Uint8Array): Buffer {
  if (Buffer.isBuffer(bytes)) return bytes;
  const b = new Buffer(bytes.length);
  for (let i = 0; i < bytes.length; i++) b[i] = bytes[i];
  return b;
}

/**
 * A string the parser builds from one or more byte ranges (the url, a header name or value).
 * The bytes are decoded as a whole, as the binding did; ASCII, the usual case, is decoded
 * range by range without keeping the bytes.
 */
class Text {
  str = '';
  /** All the bytes so far, once any of them is not ASCII. */
  raw: Uint8Array | null = null;

  reset(): void {
    this.str = '';
    this.raw = null;
  }

  /** Appends bytes [start, end) of buf (end <= limit, the end of the bytes given to execute). */
  append(win: Window, buf: BufferLike, start: number, end: number, limit: number, high: boolean): void {
    if (start === end) return;
    if (this.raw === null && !high) {
      this.str = this.str === '' ? win.slice(buf, start, end, limit) : this.str + win.slice(buf, start, end, limit);
      return;
    }
    // (Heads with bytes that are not ASCII: this parser's windows stop at them from now on.)
    win.scan = true;
    let prev = this.raw;
    if (prev === null) {
      prev = new Uint8Array(this.str.length);
      for (let i = 0; i < prev.length; i++) prev[i] = this.str.charCodeAt(i);
    }
    const all = new Uint8Array(prev.length + end - start);
    all.set(prev, 0);
    all.set(buf.subarray(start, end), prev.length);
    this.raw = all;
    this.str = utf8String(all);
  }
}

// ---- errors ----------------------------------------------------------------------------

// The Error is made at the call site (new Error in the parser's own, hidden, frames) and only
// dressed here: 0.10 made it in native code, so its stack opened at socketOnData, with no
// frame for a helper.
function parseError(e: Error, code: string, bytesParsed: number): ParseError {
  const pe = e as ParseError;
  pe.bytesParsed = bytesParsed;
  pe.code = code;
  return pe;
}

// ---- the parser ----------------------------------------------------------------------

const kCore = Symbol('n10.http.parser');

interface Owner extends HTTPParserInstance {
  [kCore]: Core;
}

class Core {
  type = REQUEST;
  state: S = S.START_REQ;
  hstate: H = H.GENERAL;
  flags = 0;
  /** -1: no Content-Length. */
  contentLength = -1;
  /** The exact Content-Length once past 2^53 (else null). */
  clBig: bigint | null = null;
  /** Header bytes seen in this block so far (the 80 KiB limit). */
  nread = 0;
  major = 0;
  minor = 0;
  statusCode = 0;
  method: string | null = null;
  methodNode = 0;
  upgrade = false;
  /** '' when no error; else the HPE_ code, and execute() returns it until reinitialize. */
  errno = '';

  // Where a piece being scanned began in the current buffer (-1: none).
  urlMark = -1;
  fieldMark = -1;
  valueMark = -1;
  // The binding's collection of the message's url and header pairs.
  url = new Text();
  fields: Text[] = [];
  values: Text[] = [];
  numFields = 0;
  numValues = 0;
  haveFlushed = false;
  /** The first line of a Connection / Transfer-Encoding value, kept when split over buffers. */
  matchText = '';
  /** Strings of the buffer being parsed. */
  win = new Window();
  /** The end of the bytes execute() was given. */
  bufEnd = 0;

  constructor(type: number) {
    for (let i = 0; i < MAX_FIELDS; i++) {
      this.fields.push(new Text());
      this.values.push(new Text());
    }
    this.init(type);
  }

  init(type: number): void {
    this.type = type;
    this.state = type === REQUEST ? S.START_REQ : S.START_RES;
    this.hstate = H.GENERAL;
    this.flags = 0;
    this.contentLength = -1;
    this.nread = 0;
    this.major = this.minor = this.statusCode = 0;
    this.method = null;
    this.upgrade = false;
    this.errno = '';
    this.urlMark = this.fieldMark = this.valueMark = -1;
    this.url.reset();
    this.numFields = this.numValues = 0;
    this.haveFlushed = false;
    this.matchText = '';
  }

  startState(): S {
    return this.type === REQUEST ? S.START_REQ : S.START_RES;
  }

  // -- the binding's header collection --

  /** A header name, or a piece of one (token bytes: ASCII). */
  onField(owner: Owner, buf: BufferLike, start: number, end: number): void {
    if (this.numFields === this.numValues) {
      // A new name.
      this.numFields++;
      if (this.numFields === MAX_FIELDS) {
        this.flush(owner);
        this.numFields = 1;
        this.numValues = 0;
      }
      this.fields[this.numFields - 1].reset();
    }
    this.fields[this.numFields - 1].append(this.win, buf, start, end, this.bufEnd, false);
  }

  /** A whole header name (the previous pair is complete). */
  newField(owner: Owner, name: string): void {
    this.numFields++;
    if (this.numFields === MAX_FIELDS) {
      this.flush(owner);
      this.numFields = 1;
      this.numValues = 0;
    }
    const t = this.fields[this.numFields - 1];
    t.str = name;
    t.raw = null;
  }

  /** A whole header value, bytes [start, end) (the name before it is complete). */
  newValue(buf: BufferLike, start: number, end: number, high: boolean): void {
    const t = this.values[this.numValues++];
    if (high) {
      t.reset();
      t.append(this.win, buf, start, end, this.bufEnd, true);
    } else {
      t.str = this.win.slice(buf, start, end, this.bufEnd);
      t.raw = null;
    }
  }

  /** A header value, or a piece of one; high: whether any of its bytes is not ASCII. */
  onValue(buf: BufferLike, start: number, end: number, high: boolean = hasHighBit(buf, start, end)): void {
    if (this.numValues !== this.numFields) {
      this.numValues++;
      this.values[this.numValues - 1].reset();
    }
    this.values[this.numValues - 1].append(this.win, buf, start, end, this.bufEnd, high);
  }

  headerList(): string[] {
    const n = this.numValues;
    const out = new Array<string>(n * 2);
    for (let i = 0; i < n; i++) {
      out[2 * i] = this.fields[i].str;
      out[2 * i + 1] = this.values[i].str;
    }
    return out;
  }

  flush(owner: Owner): void {
    // (Without an onHeaders the binding kept everything as it was.)
    const cb = owner.onHeaders;
    if (typeof cb !== 'function') return;
    const headers = this.headerList();
    const url = this.url.str;
    this.errno = 'HPE_CB_header_field';
    cb.call(owner, headers, url);
    this.errno = '';
    this.url.reset();
    this.haveFlushed = true;
  }

  messageBegin(): void {
    this.numFields = this.numValues = 0;
    this.url.reset();
    this.flags = 0;
    this.contentLength = -1;
    this.clBig = null;
    this.method = null;
    this.statusCode = 0;
    this.major = this.minor = 0;
  }

  shouldKeepAlive(): boolean {
    if (this.major > 0 && this.minor > 0) {
      if (this.flags & F_CLOSE) return false;
    } else if (!(this.flags & F_KEEP_ALIVE)) {
      return false;
    }
    return !this.needsEof();
  }

  needsEof(): boolean {
    if (this.type === REQUEST) return false;
    const s = this.statusCode;
    if ((s >= 100 && s < 200) || s === 204 || s === 304 || this.flags & F_SKIPBODY) return false;
    if (this.flags & F_CHUNKED || this.contentLength !== -1) return false;
    return true;
  }

  /** Returns true when the body is to be skipped; throws what the callback throws. */
  headersComplete(owner: Owner): boolean {
    this.upgrade = !!(this.flags & F_UPGRADE) || this.method === 'CONNECT';
    const cb = owner.onHeadersComplete;
    if (typeof cb !== 'function') return false;
    const info = {} as HeadersInfo;
    if (this.haveFlushed) {
      this.flush(owner);
    } else {
      info.headers = this.headerList();
      if (this.type === REQUEST) info.url = this.url.str;
    }
    this.numFields = this.numValues = 0;
    if (this.type === REQUEST) info.method = this.method as string;
    else info.statusCode = this.statusCode;
    info.versionMajor = this.major;
    info.versionMinor = this.minor;
    info.shouldKeepAlive = this.shouldKeepAlive();
    info.upgrade = this.upgrade;
    this.errno = 'HPE_CB_headers_complete';
    const r = cb.call(owner, info);
    this.errno = '';
    return r === true;
  }

  messageComplete(owner: Owner): void {
    if (this.numFields) this.flush(owner);
    const cb = owner.onMessageComplete;
    if (typeof cb === 'function') {
      this.errno = 'HPE_CB_message_complete';
      cb.call(owner);
      this.errno = '';
    }
  }

  body(owner: Owner, buf: Buffer, start: number, len: number): void {
    const cb = owner.onBody;
    if (typeof cb === 'function') {
      this.errno = 'HPE_CB_body';
      cb.call(owner, buf, start, len);
      this.errno = '';
    }
  }

  /** The state after a message: the next one. */
  newMessage(): S {
    return this.startState();
  }

  // -- the state machine --

  execute(owner: Owner, buf: Buffer, off: number, len: number): number | ParseError {
    // (After an upgrade the binding reported no errors: the bytes are another protocol's, and
    // the count parsed tells the caller where they start.)
    if (this.errno !== '') return this.upgrade ? 0 : parseError(new Error('Parse Error'), this.errno, 0);
    if (len === 0) {
      // No bytes is how http-parser is told of the end of the input.
      const e = this.finish(owner);
      if (e === undefined) return 0;
      if (this.upgrade) return 1;
      e.bytesParsed = 1;
      return e;
    }
    const end = off + len;
    let p = off;
    let state = this.state;
    this.win.buf = null;
    this.bufEnd = end;
    // The index at which the header limit is passed (while in a header state).
    let limit = state <= LAST_HEADER_STATE ? p + (MAX_HEADER_SIZE - this.nread) : -1;
    let code = '';

    // Pieces that continue from the last buffer start at its beginning.
    if (this.urlMark >= 0) this.urlMark = p;
    if (this.fieldMark >= 0) this.fieldMark = p;
    if (this.valueMark >= 0) this.valueMark = p;

    main: while (p < end) {
      if (state <= LAST_HEADER_STATE) {
        if (limit < 0) limit = p + (MAX_HEADER_SIZE - this.nread);
        if (p >= limit) {
          code = 'HPE_HEADER_OVERFLOW';
          break;
        }
      } else if (limit >= 0) {
        limit = -1;
      }
      const ch = buf[p];
      switch (state) {
        // ---- request line ----
        case S.START_REQ: {
          if (ch === CR || ch === LF) break;
          this.messageBegin();
          if (ch >= 128 || !ALPHA[ch]) {
            code = 'HPE_INVALID_METHOD';
            break main;
          }
          let n = TRIE[ch];
          if (n < 0) {
            code = 'HPE_INVALID_METHOD';
            break main;
          }
          // The rest of the method in one scan (METHOD goes on from where it stops).
          const stop = end < limit ? end : limit;
          let q = p + 1;
          while (q < stop) {
            const c = buf[q];
            if (c === SP) break;
            n = c < 128 ? TRIE[n * TRIE_WIDTH + c] : -1;
            if (n < 0) break;
            q++;
          }
          if (n < 0) {
            p = q;
            code = 'HPE_INVALID_METHOD';
            break main;
          }
          this.methodNode = n;
          state = S.METHOD;
          p = q;
          continue main;
        }

        case S.METHOD: {
          if (ch === SP) {
            const m = trieMethod[this.methodNode];
            if (m === null) {
              code = 'HPE_INVALID_METHOD';
              break main;
            }
            this.method = m;
            state = S.SPACES_BEFORE_URL;
            break;
          }
          const n = ch < 128 ? TRIE[this.methodNode * TRIE_WIDTH + ch] : -1;
          if (n < 0) {
            code = 'HPE_INVALID_METHOD';
            break main;
          }
          this.methodNode = n;
          break;
        }

        case S.SPACES_BEFORE_URL: {
          if (ch === SP) break;
          this.urlMark = p;
          // CONNECT's target is an authority (host:port).
          state = this.urlStart(this.method === 'CONNECT' ? S.URL_SERVER_START : S.SPACES_BEFORE_URL, ch);
          if (state === S.START_REQ) {
            code = 'HPE_INVALID_URL';
            break main;
          }
          break;
        }

        case S.URL_SCHEMA:
        case S.URL_SCHEMA_SLASH:
        case S.URL_SCHEMA_SLASH2:
        case S.URL_SERVER_START: {
          // No white space in these.
          if (ch === SP || ch === CR || ch === LF) {
            code = 'HPE_INVALID_URL';
            break main;
          }
          state = this.urlStart(state, ch);
          if (state === S.START_REQ) {
            code = 'HPE_INVALID_URL';
            break main;
          }
          break;
        }

        case S.URL_SERVER:
        case S.URL_PATH:
        case S.URL_QUERY_START:
        case S.URL_QUERY:
        case S.URL_FRAGMENT_START:
        case S.URL_FRAGMENT: {
          // The bulk of a url: stay in the loop while the bytes are plain.
          if (state === S.URL_PATH || state === S.URL_QUERY || state === S.URL_FRAGMENT) {
            const q = urlEnd(buf, p, end < limit ? end : limit);
            if (q > p) {
              p = q;
              continue main;
            }
          }
          if (ch === SP) {
            this.url.append(this.win, buf, this.urlMark, p, end, hasHighBit(buf, this.urlMark, p));
            this.urlMark = -1;
            state = S.REQ_HTTP_START;
            break;
          }
          if (ch === CR || ch === LF) {
            // HTTP/0.9: no version.
            this.url.append(this.win, buf, this.urlMark, p, end, hasHighBit(buf, this.urlMark, p));
            this.urlMark = -1;
            this.major = 0;
            this.minor = 9;
            state = ch === CR ? S.REQ_LINE_ALMOST_DONE : S.FIELD_START;
            break;
          }
          state = urlChar(state, ch);
          if (state === S.START_REQ) {
            code = 'HPE_INVALID_URL';
            break main;
          }
          break;
        }

        case S.REQ_HTTP_START:
          if (ch === 72 /* H */ && p + 9 < (end < limit ? end : limit)) {
            // "HTTP/d.d\r\n" (as the states below check it: "TTP/" is not) in one go.
            const major = buf[p + 5];
            const minor = buf[p + 7];
            if (major >= 49 && major <= 57 && buf[p + 6] === 46 && minor >= 48 && minor <= 57 && buf[p + 8] === CR && buf[p + 9] === LF) {
              this.major = major - 48;
              this.minor = minor - 48;
              state = S.FIELD_START;
              p += 10;
              continue main;
            }
          }
          if (ch === 72 /* H */) state = S.REQ_HTTP_H;
          else if (ch !== SP) {
            code = 'HPE_INVALID_CONSTANT';
            break main;
          }
          break;
        // (1.0 checks "TTP/" only in strict mode.)
        case S.REQ_HTTP_H:
          state = S.REQ_HTTP_HT;
          break;
        case S.REQ_HTTP_HT:
          state = S.REQ_HTTP_HTT;
          break;
        case S.REQ_HTTP_HTT:
          state = S.REQ_HTTP_HTTP;
          break;
        case S.REQ_HTTP_HTTP:
          state = S.REQ_MAJOR_FIRST;
          break;
        case S.REQ_MAJOR_FIRST:
          if (ch < 49 || ch > 57) {
            code = 'HPE_INVALID_VERSION';
            break main;
          }
          this.major = ch - 48;
          state = S.REQ_MAJOR;
          break;
        case S.REQ_MAJOR:
          if (ch === 46 /* . */) {
            state = S.REQ_MINOR_FIRST;
            break;
          }
          if (ch < 48 || ch > 57 || (this.major = this.major * 10 + ch - 48) > 999) {
            code = 'HPE_INVALID_VERSION';
            break main;
          }
          break;
        case S.REQ_MINOR_FIRST:
          if (ch < 48 || ch > 57) {
            code = 'HPE_INVALID_VERSION';
            break main;
          }
          this.minor = ch - 48;
          state = S.REQ_MINOR;
          break;
        case S.REQ_MINOR:
          if (ch === CR) {
            state = S.REQ_LINE_ALMOST_DONE;
            break;
          }
          if (ch === LF) {
            state = S.FIELD_START;
            break;
          }
          if (ch < 48 || ch > 57 || (this.minor = this.minor * 10 + ch - 48) > 999) {
            code = 'HPE_INVALID_VERSION';
            break main;
          }
          break;
        case S.REQ_LINE_ALMOST_DONE:
          if (ch !== LF) {
            code = 'HPE_LF_EXPECTED';
            break main;
          }
          state = S.FIELD_START;
          break;

        // ---- status line ----
        case S.START_RES:
          if (ch === CR || ch === LF) break;
          this.messageBegin();
          if (ch !== 72 /* H */) {
            code = 'HPE_INVALID_CONSTANT';
            break main;
          }
          if (p + 12 < (end < limit ? end : limit)) {
            // "HTTP/d.d ddd " (as the states below check it: "TTP/" is not) in one go.
            const major = buf[p + 5];
            const minor = buf[p + 7];
            const s1 = buf[p + 9];
            const s2 = buf[p + 10];
            const s3 = buf[p + 11];
            if (
              major >= 48 && major <= 57 && buf[p + 6] === 46 && minor >= 48 && minor <= 57 && buf[p + 8] === SP &&
              s1 >= 48 && s1 <= 57 && s2 >= 48 && s2 <= 57 && s3 >= 48 && s3 <= 57 && buf[p + 12] === SP
            ) {
              this.major = major - 48;
              this.minor = minor - 48;
              this.statusCode = (s1 - 48) * 100 + (s2 - 48) * 10 + (s3 - 48);
              state = S.RES_REASON;
              p += 13;
              continue main;
            }
          }
          state = S.RES_H;
          break;
        case S.RES_H:
          state = S.RES_HT;
          break;
        case S.RES_HT:
          state = S.RES_HTT;
          break;
        case S.RES_HTT:
          state = S.RES_HTTP;
          break;
        case S.RES_HTTP:
          state = S.RES_MAJOR_FIRST;
          break;
        case S.RES_MAJOR_FIRST:
          if (ch < 48 || ch > 57) {
            code = 'HPE_INVALID_VERSION';
            break main;
          }
          this.major = ch - 48;
          state = S.RES_MAJOR;
          break;
        case S.RES_MAJOR:
          if (ch === 46) {
            state = S.RES_MINOR_FIRST;
            break;
          }
          if (ch < 48 || ch > 57 || (this.major = this.major * 10 + ch - 48) > 999) {
            code = 'HPE_INVALID_VERSION';
            break main;
          }
          break;
        case S.RES_MINOR_FIRST:
          if (ch < 48 || ch > 57) {
            code = 'HPE_INVALID_VERSION';
            break main;
          }
          this.minor = ch - 48;
          state = S.RES_MINOR;
          break;
        case S.RES_MINOR:
          if (ch === SP) {
            state = S.RES_STATUS_FIRST;
            break;
          }
          if (ch < 48 || ch > 57 || (this.minor = this.minor * 10 + ch - 48) > 999) {
            code = 'HPE_INVALID_VERSION';
            break main;
          }
          break;
        case S.RES_STATUS_FIRST:
          if (ch === SP) break;
          if (ch < 48 || ch > 57) {
            code = 'HPE_INVALID_STATUS';
            break main;
          }
          this.statusCode = ch - 48;
          state = S.RES_STATUS;
          break;
        case S.RES_STATUS:
          if (ch >= 48 && ch <= 57) {
            if ((this.statusCode = this.statusCode * 10 + ch - 48) > 999) {
              code = 'HPE_INVALID_STATUS';
              break main;
            }
          } else if (ch === SP) state = S.RES_REASON;
          else if (ch === CR) state = S.RES_LINE_ALMOST_DONE;
          else if (ch === LF) state = S.FIELD_START;
          else {
            code = 'HPE_INVALID_STATUS';
            break main;
          }
          break;
        case S.RES_REASON: {
          // Not kept (0.10 has no statusMessage).
          let q = p;
          const stop = end < limit ? end : limit;
          while (q < stop && buf[q] !== CR && buf[q] !== LF) q++;
          if (q === stop) {
            p = q;
            continue main;
          }
          state = buf[q] === CR ? S.RES_LINE_ALMOST_DONE : S.FIELD_START;
          p = q;
          break;
        }
        case S.RES_LINE_ALMOST_DONE:
          state = S.FIELD_START;
          break;

        // ---- header fields ----
        case S.FIELD_START: {
          if (ch === CR) {
            state = S.HEADERS_ALMOST_DONE;
            break;
          }
          if (ch === LF) {
            // A bare LF ends the headers too.
            state = S.HEADERS_ALMOST_DONE;
            continue main;
          }
          if (TOKEN[ch] === 0) {
            code = 'HPE_INVALID_HEADER_TOKEN';
            break main;
          }
          this.fieldMark = p;
          this.matchText = '';
          const stop = end < limit ? end : limit;
          let q: number;
          // A name seen before, followed by its colon: no scan (the cached names are tokens).
          const name = this.numFields === this.numValues ? knownName(buf, p, stop) : null;
          if (name !== null) {
            q = p + name.length;
            this.newField(owner, name);
            this.hstate = nameKind;
            this.fieldMark = -1;
          } else {
            // The name, in one scan.
            q = p + 1;
            while (q < stop && TOKEN[buf[q]] !== 0) q++;
            if (q === stop || buf[q] !== 58 /* : */) {
              // (FIELD goes on from where this scan stopped.)
              state = S.FIELD;
              p = q;
              continue main;
            }
            if (this.numFields === this.numValues) {
              this.newField(owner, headerName(buf, p, q));
              this.hstate = nameKind;
              this.fieldMark = -1;
            } else {
              this.fieldDone(owner, buf, q);
            }
          }
          state = S.VALUE_START;
          p = q + 1;
          if (this.hstate !== H.GENERAL) continue main;
          // A header the parser does not act on: when its whole line is in this buffer, the
          // value in one scan too. (Else VALUE_START goes on from after the colon.)
          let v = p;
          while (v < stop && (buf[v] === SP || buf[v] === HT)) v++;
          const e = lineEnd(buf, v, stop);
          if (e === v || e + 2 >= stop || buf[e] !== CR) continue main;
          this.newValue(buf, v, e, lineHigh);
          // CR, then any byte (HEADER_ALMOST_DONE), then VALUE_LWS's look at the next line.
          p = e + 2;
          const n = buf[p];
          state = n === SP || n === HT ? S.VALUE_LWS : S.FIELD_START;
          continue main;
        }

        case S.FIELD: {
          let q = p;
          const stop = end < limit ? end : limit;
          while (q < stop && TOKEN[buf[q]] !== 0) q++;
          if (q === stop) {
            p = q;
            continue main;
          }
          const c = buf[q];
          p = q;
          if (c === 58 /* : */) {
            this.fieldDone(owner, buf, p);
            state = S.VALUE_START;
            break;
          }
          if (c === CR) {
            this.fieldDone(owner, buf, p);
            state = S.HEADER_ALMOST_DONE;
            break;
          }
          if (c === LF) {
            this.fieldDone(owner, buf, p);
            state = S.FIELD_START;
            break;
          }
          code = 'HPE_INVALID_HEADER_TOKEN';
          break main;
        }

        case S.VALUE_START: {
          if (ch === SP || ch === HT) break;
          this.valueMark = p;
          if (ch === CR) {
            this.hstate = H.GENERAL;
            this.onValue(buf, p, p);
            this.valueMark = -1;
            state = S.HEADER_ALMOST_DONE;
            break;
          }
          if (ch === LF) {
            this.onValue(buf, p, p);
            this.valueMark = -1;
            state = S.FIELD_START;
            break;
          }
          state = S.VALUE;
          switch (this.hstate) {
            case H.UPGRADE:
              this.flags |= F_UPGRADE;
              this.hstate = H.GENERAL;
              break;
            case H.TRANSFER_ENCODING:
              this.hstate = (ch | 0x20) === 99 /* c */ ? H.MATCH_TRANSFER_ENCODING : H.GENERAL;
              break;
            case H.CONTENT_LENGTH:
              if (ch < 48 || ch > 57) {
                code = 'HPE_INVALID_CONTENT_LENGTH';
                break main;
              }
              this.contentLength = ch - 48;
              this.clBig = null;
              break;
            case H.CONNECTION: {
              const c = ch | 0x20;
              this.hstate = c === 107 /* k */ || c === 99 /* c */ ? H.MATCH_CONNECTION : H.GENERAL;
              break;
            }
            default:
              this.hstate = H.GENERAL;
          }
          break;
        }

        case S.VALUE: {
          if (this.hstate === H.CONTENT_LENGTH) {
            if (ch === CR || ch === LF) {
              // (handled below)
            } else {
              if (ch !== SP) {
                if (ch < 48 || ch > 57) {
                  code = 'HPE_INVALID_CONTENT_LENGTH';
                  break main;
                }
                if (!this.addDigit(ch - 48, 10)) {
                  code = 'HPE_INVALID_CONTENT_LENGTH';
                  break main;
                }
              }
              break;
            }
          } else {
            const stop = end < limit ? end : limit;
            const q = lineEnd(buf, p, stop);
            if (q === stop) {
              p = q;
              continue main;
            }
            p = q;
            const c = buf[p];
            this.onValue(buf, this.valueMark, p, lineHigh || buf[this.valueMark] >= 0x80);
            if (this.hstate === H.MATCH_CONNECTION || this.hstate === H.MATCH_TRANSFER_ENCODING) this.matchValue(buf, this.valueMark, p);
            this.valueMark = -1;
            state = S.HEADER_ALMOST_DONE;
            if (c === LF) continue main; // the LF ends the line in HEADER_ALMOST_DONE
            break;
          }
          // (The end of a Content-Length value.)
          const c = buf[p];
          this.onValue(buf, this.valueMark, p, false);
          this.valueMark = -1;
          state = S.HEADER_ALMOST_DONE;
          if (c === LF) continue main; // the LF ends the line in HEADER_ALMOST_DONE
          break;
        }

        case S.HEADER_ALMOST_DONE:
          // (The byte after CR is not checked.)
          state = S.VALUE_LWS;
          break;

        case S.VALUE_LWS:
          if (ch === SP || ch === HT) {
            state = S.VALUE_START;
            break;
          }
          state = S.FIELD_START;
          continue main;

        case S.HEADERS_ALMOST_DONE: {
          // The end of the header block (the byte is the LF, not checked).
          this.nread = 0;
          limit = -1;
          p++;
          if (this.flags & F_TRAILING) {
            state = this.newMessage();
            this.state = state;
            this.messageComplete(owner);
            continue main;
          }
          this.state = state;
          if (this.headersComplete(owner)) this.flags |= F_SKIPBODY;
          if (this.upgrade) {
            // The rest is another protocol: stop here.
            this.state = this.newMessage();
            this.messageComplete(owner);
            return p - off;
          }
          if (this.flags & F_SKIPBODY) {
            state = this.newMessage();
            this.state = state;
            this.messageComplete(owner);
          } else if (this.flags & F_CHUNKED) {
            state = S.CHUNK_SIZE_START;
          } else if (this.contentLength === 0) {
            state = this.newMessage();
            this.state = state;
            this.messageComplete(owner);
          } else if (this.contentLength > 0) {
            state = S.BODY_IDENTITY;
          } else if (this.type === REQUEST || !this.needsEof()) {
            state = this.newMessage();
            this.state = state;
            this.messageComplete(owner);
          } else {
            state = S.BODY_IDENTITY_EOF;
          }
          if (state > LAST_HEADER_STATE || state === S.CHUNK_SIZE_START) this.win.bodyAt(buf, p);
          continue main;
        }

        // ---- bodies ----
        case S.CHUNK_SIZE_START: {
          const v = HEX[ch];
          if (v < 0) {
            code = 'HPE_INVALID_CHUNK_SIZE';
            break main;
          }
          this.contentLength = v;
          this.clBig = null;
          state = S.CHUNK_SIZE;
          break;
        }
        case S.CHUNK_SIZE: {
          if (ch === CR) {
            state = S.CHUNK_SIZE_ALMOST_DONE;
            break;
          }
          const v = HEX[ch];
          if (v < 0) {
            if (ch === 59 /* ; */ || ch === SP) {
              state = S.CHUNK_PARAMETERS;
              break;
            }
            code = 'HPE_INVALID_CHUNK_SIZE';
            break main;
          }
          if (!this.addDigit(v, 16)) {
            code = 'HPE_INVALID_CONTENT_LENGTH';
            break main;
          }
          break;
        }
        case S.CHUNK_PARAMETERS:
          if (ch === CR) state = S.CHUNK_SIZE_ALMOST_DONE;
          break;
        case S.CHUNK_SIZE_ALMOST_DONE:
          this.nread = 0;
          limit = -1;
          if (this.contentLength === 0) {
            this.flags |= F_TRAILING;
            state = S.FIELD_START;
          } else {
            state = S.CHUNK_DATA;
          }
          break;
        case S.CHUNK_DATA:
        case S.BODY_IDENTITY: {
          const avail = end - p;
          const n = this.contentLength < avail ? this.contentLength : avail;
          this.contentLength -= n;
          const start = p;
          p += n;
          if (this.contentLength === 0) {
            if (state === S.CHUNK_DATA) {
              state = S.CHUNK_DATA_ALMOST_DONE;
              this.state = state;
              this.body(owner, buf, start, n);
            } else {
              state = this.newMessage();
              this.state = state;
              this.body(owner, buf, start, n);
              this.messageComplete(owner);
            }
          } else {
            this.state = state;
            this.body(owner, buf, start, n);
          }
          continue main;
        }
        case S.CHUNK_DATA_ALMOST_DONE:
          state = S.CHUNK_DATA_DONE;
          break;
        case S.CHUNK_DATA_DONE:
          this.nread = 0;
          state = S.CHUNK_SIZE_START;
          break;
        case S.BODY_IDENTITY_EOF: {
          const start = p;
          p = end;
          this.state = state;
          this.body(owner, buf, start, end - start);
          continue main;
        }
      }
      p++;
    }

    if (code !== '') {
      this.state = state;
      this.errno = code;
      return this.upgrade ? p - off : parseError(new Error('Parse Error'), code, p - off);
    }

    // Hand over what was scanned of a piece that goes on in the next buffer.
    if (state <= LAST_HEADER_STATE && limit >= 0) this.nread = MAX_HEADER_SIZE - (limit - p);
    if (this.urlMark >= 0) this.url.append(this.win, buf, this.urlMark, end, end, hasHighBit(buf, this.urlMark, end));
    if (this.fieldMark >= 0) {
      this.matchText += asciiString(buf, this.fieldMark, end);
      this.onField(owner, buf, this.fieldMark, end);
    }
    if (this.valueMark >= 0) {
      this.onValue(buf, this.valueMark, end);
      if (this.hstate === H.MATCH_CONNECTION || this.hstate === H.MATCH_TRANSFER_ENCODING) this.matchText += asciiLower(buf, this.valueMark, end);
    }
    this.state = state;
    return len;
  }

  /** The first byte of a url, or one in its scheme/authority: the next state (START_REQ: invalid). */
  urlStart(state: S, ch: number): S {
    switch (state) {
      case S.SPACES_BEFORE_URL:
        if (ch === 47 /* / */ || ch === 42 /* * */) return S.URL_PATH;
        if (ALPHA[ch]) return S.URL_SCHEMA;
        return S.START_REQ;
      case S.URL_SCHEMA:
        if (ALPHA[ch]) return S.URL_SCHEMA;
        if (ch === 58 /* : */) return S.URL_SCHEMA_SLASH;
        return S.START_REQ;
      case S.URL_SCHEMA_SLASH:
        return ch === 47 ? S.URL_SCHEMA_SLASH2 : S.START_REQ;
      case S.URL_SCHEMA_SLASH2:
        return ch === 47 ? S.URL_SERVER_START : S.START_REQ;
      default:
        return urlChar(state, ch);
    }
  }

  fieldDone(owner: Owner, buf: BufferLike, p: number): void {
    this.onField(owner, buf, this.fieldMark, p);
    this.hstate =
      this.matchText === '' ? headerKindBytes(buf, this.fieldMark, p) : headerKindString(this.matchText + asciiString(buf, this.fieldMark, p));
    this.fieldMark = -1;
    this.matchText = '';
  }

  /** Sets the Connection / Transfer-Encoding flags from the first line of the value. */
  matchValue(buf: BufferLike, start: number, end: number): void {
    if (this.matchText === '') {
      // The value in one piece (the usual case): its bytes compared.
      let n = end;
      while (n > start && buf[n - 1] === SP) n--;
      if (this.hstate === H.MATCH_CONNECTION) {
        if (bytesAre(buf, start, n, 'keep-alive')) this.flags |= F_KEEP_ALIVE;
        else if (bytesAre(buf, start, n, 'close')) this.flags |= F_CLOSE;
      } else if (bytesAre(buf, start, n, 'chunked')) {
        this.flags |= F_CHUNKED;
      }
      this.hstate = H.GENERAL;
      return;
    }
    let v = this.matchText + asciiLower(buf, start, end);
    this.matchText = '';
    let n = v.length;
    while (n > 0 && v.charCodeAt(n - 1) === SP) n--;
    v = v.slice(0, n);
    if (this.hstate === H.MATCH_CONNECTION) {
      if (v === 'keep-alive') this.flags |= F_KEEP_ALIVE;
      else if (v === 'close') this.flags |= F_CLOSE;
    } else if (v === 'chunked') {
      this.flags |= F_CHUNKED;
    }
    this.hstate = H.GENERAL;
  }

  /** contentLength = contentLength * base + digit, with http-parser's 64-bit overflow rule. */
  addDigit(d: number, base: number): boolean {
    const cl = this.contentLength;
    if (this.clBig === null) {
      const t = cl * base + d;
      if (t <= SAFE) {
        this.contentLength = t;
        return true;
      }
    }
    // Past 2^53: exact unsigned 64-bit arithmetic, wrapping, as the C code's.
    const prev = this.clBig === null ? BigInt(cl) : this.clBig;
    const big = (prev * BigInt(base) + BigInt(d)) & U64_MAX;
    if (big < prev || big === U64_MAX) return false;
    this.clBig = big;
    this.contentLength = Number(big);
    return true;
  }

  finish(owner: Owner): ParseError | undefined {
    // (An errored parser ignores the end of input.)
    if (this.errno !== '') return undefined;
    switch (this.state) {
      case S.BODY_IDENTITY_EOF:
        this.state = this.newMessage();
        this.messageComplete(owner);
        return undefined;
      case S.START_REQ:
      case S.START_RES:
        return undefined;
      default:
        this.errno = 'HPE_INVALID_EOF_STATE';
        return parseError(new Error('Parse Error'), 'HPE_INVALID_EOF_STATE', 0);
    }
  }
}

/** The next url state for a byte in a path, query, fragment or authority (START_REQ: invalid). */
function urlChar(state: S, ch: number): S {
  switch (state) {
    case S.URL_SERVER_START:
    case S.URL_SERVER:
      if (ch === 47) return S.URL_PATH;
      if (ch === 63 /* ? */) return S.URL_QUERY_START;
      if (SERVER_CHAR[ch]) return S.URL_SERVER;
      return S.START_REQ;
    case S.URL_PATH:
      if (URL_CHAR[ch]) return S.URL_PATH;
      if (ch === 63) return S.URL_QUERY_START;
      if (ch === 35 /* # */) return S.URL_FRAGMENT_START;
      return S.START_REQ;
    case S.URL_QUERY_START:
    case S.URL_QUERY:
      if (URL_CHAR[ch] || ch === 63) return S.URL_QUERY;
      if (ch === 35) return S.URL_FRAGMENT_START;
      return S.START_REQ;
    case S.URL_FRAGMENT_START:
      if (URL_CHAR[ch] || ch === 63) return S.URL_FRAGMENT;
      if (ch === 35) return S.URL_FRAGMENT_START;
      return S.START_REQ;
    case S.URL_FRAGMENT:
      if (URL_CHAR[ch] || ch === 63 || ch === 35) return S.URL_FRAGMENT;
      return S.START_REQ;
    default:
      return S.START_REQ;
  }
}

/** Whether bytes [start, end), ASCII letters lowercased, are `lower`. */
function bytesAre(buf: BufferLike, start: number, end: number, lower: string): boolean {
  if (end - start !== lower.length) return false;
  for (let i = 0; i < lower.length; i++) {
    const c = buf[start + i];
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== lower.charCodeAt(i)) return false;
  }
  return true;
}

function asciiLower(buf: BufferLike, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) {
    const c = buf[i];
    s += String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
  }
  return s;
}

// Header names, as strings: a server sees the same few names over and over, and a name found
// here costs no scan, no allocation, nor the check of what it means. Buckets by the first three
// bytes, of up to NAME_WAYS names each (the oldest replaced first).
const NAME_BUCKETS = 256;
const NAME_WAYS = 8;
const nameStr: string[] = new Array<string>(NAME_BUCKETS * NAME_WAYS).fill('');
const nameKinds = new Uint8Array(NAME_BUCKETS * NAME_WAYS);
const nameNext = new Uint8Array(NAME_BUCKETS);
/** The kind of the name knownName() or headerName() returned last. */
let nameKind: H = H.GENERAL;

function nameBucket(c0: number, c1: number, c2: number): number {
  return ((c0 * 961 + c1 * 31 + c2) & (NAME_BUCKETS - 1)) * NAME_WAYS;
}

/** A cached name that bytes [start, …) are, followed by ':' before stop; or null. */
function knownName(buf: BufferLike, start: number, stop: number): string | null {
  if (start + 3 >= stop) return null;
  const b = nameBucket(buf[start], buf[start + 1], buf[start + 2]);
  for (let k = 0; k < NAME_WAYS; k++) {
    const cached = nameStr[b + k];
    const n = cached.length;
    if (n === 0) return null;
    if (start + n >= stop || buf[start + n] !== 58 /* : */) continue;
    let i = 0;
    while (i < n && cached.charCodeAt(i) === buf[start + i]) i++;
    if (i === n) {
      nameKind = nameKinds[b + k];
      return cached;
    }
  }
  return null;
}

/** The header name in bytes [start, end) (token bytes, at least one); sets nameKind. */
function headerName(buf: BufferLike, start: number, end: number): string {
  const n = end - start;
  // (A string of its own, flat: not a rope, nor a slice of a larger string.)
  const s = asciiString(buf, start, end);
  nameKind = headerKindBytes(buf, start, end);
  if (n >= 3 && n <= 64) {
    const b = nameBucket(buf[start], buf[start + 1], buf[start + 2]);
    const k = nameNext[b / NAME_WAYS];
    nameNext[b / NAME_WAYS] = (k + 1) % NAME_WAYS;
    nameStr[b + k] = s;
    nameKinds[b + k] = nameKind;
  }
  return s;
}

// Which of the headers the parser acts on a name is: the name (this segment of it, as 1.0
// matched it) compared without case, trailing spaces allowed.
const KIND_NAMES: (string | null)[] = [];
const KIND_OF: H[] = [];
for (const [name, kind] of [
  ['upgrade', H.UPGRADE],
  ['connection', H.CONNECTION],
  ['content-length', H.CONTENT_LENGTH],
  ['proxy-connection', H.CONNECTION],
  ['transfer-encoding', H.TRANSFER_ENCODING],
] as const) {
  KIND_NAMES[name.length] = name;
  KIND_OF[name.length] = kind;
}

function headerKindBytes(buf: BufferLike, start: number, end: number): H {
  let n = end - start;
  while (n > 0 && buf[start + n - 1] === SP) n--;
  const target = n < KIND_NAMES.length ? KIND_NAMES[n] : undefined;
  if (!target) return H.GENERAL;
  // (|0x20 lowercases letters and maps no other token byte onto a letter or '-'.)
  for (let i = 0; i < n; i++) if ((buf[start + i] | 0x20) !== target.charCodeAt(i)) return H.GENERAL;
  return KIND_OF[n];
}

function headerKindString(name: string): H {
  let n = name.length;
  while (n > 0 && name.charCodeAt(n - 1) === SP) n--;
  const target = n < KIND_NAMES.length ? KIND_NAMES[n] : undefined;
  if (!target) return H.GENERAL;
  for (let i = 0; i < n; i++) if ((name.charCodeAt(i) | 0x20) !== target.charCodeAt(i)) return H.GENERAL;
  return KIND_OF[n];
}

// ---- the 0.10 face ------------------------------------------------------------------

function HTTPParser(this: Owner, type: number): void {
  if (!(this instanceof HTTPParser)) throw new TypeError("Class constructors cannot be invoked without 'new'");
  Object.defineProperty(this, kCore, { value: new Core(type === RESPONSE ? RESPONSE : REQUEST), writable: true });
}
const HTTPParserCtor = HTTPParser as unknown as HTTPParserConstructor;
HTTPParserCtor.REQUEST = REQUEST;
HTTPParserCtor.RESPONSE = RESPONSE;

const proto = HTTPParserCtor.prototype as Owner;

proto.execute = function (this: Owner, buffer: Uint8Array, offset?: number, length?: number): number | ParseError {
  if (!Buffer.isBuffer(buffer)) throw new TypeError('Argument should be a buffer');
  const off = offset === undefined ? 0 : Number(offset) | 0;
  const len = length === undefined ? 0 : Number(length) | 0;
  if (off > buffer.length) throw new Error('Offset is out of bounds');
  if (off + len > buffer.length) throw new Error('off + len > buffer.length');
  const core = this[kCore];
  const r = core.execute(this, buffer, off, len);
  // (Nothing of the buffer is kept once execute returns.)
  core.win.buf = null;
  core.win.str = null;
  wordsStore = null;
  words = NO_WORDS;
  return r;
};

proto.finish = function (this: Owner): ParseError | undefined {
  return this[kCore].finish(this);
};

proto.reinitialize = function (this: Owner, type: number): void {
  this[kCore].init(type === RESPONSE ? RESPONSE : REQUEST);
};

export { HTTPParserCtor as HTTPParser };
