// PEM (RFC 7468 framing, OpenSSL 1.0.1's reader): "-----BEGIN <type>-----", optional RFC 1421
// headers ending at a blank line, base64 lines, "-----END <type>-----". Like
// PEM_bytes_read_bio, a search skips text before a block and blocks of other types, and
// stops at the first malformed block: a blank line inside, a line over 80 characters or bad
// base64. Failures carry OpenSSL's messages.
import { E, OpenSslFailure } from './errors';

/** A PEM (or key) reading failure: the OpenSSL error entries it stands for. */
export class PemError extends OpenSslFailure {
  constructor(...entries: string[]) {
    super(entries);
  }
}

const NO_START_LINE = E.PEM_NO_START_LINE;
const BAD_END_LINE = E.PEM_BAD_END_LINE;
const BAD_BASE64 = E.PEM_BAD_BASE64;

const B64 = new Int16Array(256).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((c, i) => {
  B64[c.charCodeAt(0)] = i;
});

function base64(lines: string[]): Uint8Array {
  const text = lines.join('');
  let end = text.length;
  while (end > 0 && text[end - 1] === '=') end--;
  if (text.length - end > 2 || text.length % 4 !== 0) throw new PemError(BAD_BASE64);
  const out = new Uint8Array(Math.floor((end * 6) / 8));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    const v = B64[text.charCodeAt(i) & 0xff];
    if (v < 0 || text.charCodeAt(i) > 0xff) throw new PemError(BAD_BASE64);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

export interface PemBlock {
  type: string;
  /** "Name: value" header lines (Proc-Type, DEK-Info for an encrypted key). */
  headers: string[];
  der: Uint8Array;
}

/** The first block whose type satisfies `accept`; throws PemError ('no start line' when none). */
export function readPem(text: string, accept: (type: string) => boolean): PemBlock {
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  let i = 0;
  for (;;) {
    while (i < lines.length && !(lines[i].startsWith('-----BEGIN ') && lines[i].endsWith('-----') && lines[i].length > 16)) i++;
    if (i >= lines.length) throw new PemError(NO_START_LINE);
    const type = lines[i].slice(11, -5);
    i++;
    const headers: string[] = [];
    if (i < lines.length && lines[i].includes(':')) {
      while (i < lines.length && lines[i] !== '') headers.push(lines[i++]);
      i++;
    }
    const body: string[] = [];
    while (i < lines.length && lines[i] !== '' && !lines[i].startsWith('-----END ')) {
      if (lines[i].length > 80) throw new PemError(BAD_BASE64);
      body.push(lines[i++]);
    }
    if (i >= lines.length || lines[i] !== `-----END ${type}-----`) throw new PemError(BAD_END_LINE);
    i++;
    if (!accept(type)) continue;
    return { type, headers, der: base64(body) };
  }
}

/** Text from a key argument: a string, or a Buffer read as latin-1 (PEM is ASCII). */
export function pemText(key: Uint8Array | string): string {
  if (typeof key === 'string') return key;
  let s = '';
  for (let i = 0; i < key.length; i += 8192) s += String.fromCharCode.apply(null, Array.from(key.subarray(i, i + 8192)));
  return s;
}
