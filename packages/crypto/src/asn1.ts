// Just enough DER (X.690) for keys, certificates and signatures: reading tag-length-value
// items (definite lengths, short or long form) and writing the few structures signatures need.
import { BN, fromBytes } from './bignum';

export const SEQUENCE = 0x30;
export const INTEGER = 0x02;
export const BIT_STRING = 0x03;
export const OCTET_STRING = 0x04;
export const NULL = 0x05;
export const OID = 0x06;

/** One item: its tag and the bounds of its contents in the source bytes. */
export interface Item {
  tag: number;
  start: number;
  end: number;
}

/** Thrown for any malformed input; callers turn it into 0.10's result (false, empty, an error). */
export class Asn1Error extends Error {}

/** A cursor over a run of items. */
export class Reader {
  constructor(
    readonly bytes: Uint8Array,
    public pos = 0,
    readonly end = bytes.length,
  ) {}

  get done(): boolean {
    return this.pos >= this.end;
  }

  peekTag(): number {
    if (this.pos >= this.end) throw new Asn1Error('end of data');
    return this.bytes[this.pos];
  }

  /** Reads the next item; with `tag`, it must have that tag. */
  item(tag?: number): Item {
    const b = this.bytes;
    let p = this.pos;
    if (p + 2 > this.end) throw new Asn1Error('truncated');
    const t = b[p++];
    if ((t & 0x1f) === 0x1f) throw new Asn1Error('high tag numbers are not used here');
    let len = b[p++];
    if (len & 0x80) {
      const n = len & 0x7f;
      if (n === 0 || n > 4 || p + n > this.end) throw new Asn1Error('bad length');
      len = 0;
      for (let i = 0; i < n; i++) len = len * 256 + b[p++];
    }
    if (p + len > this.end) throw new Asn1Error('truncated');
    if (tag !== undefined && t !== tag) throw new Asn1Error(`expected tag ${tag}, got ${t}`);
    this.pos = p + len;
    return { tag: t, start: p, end: p + len };
  }

  /** A reader over the contents of the next item (a SEQUENCE by default). */
  enter(tag = SEQUENCE): Reader {
    const it = this.item(tag);
    return new Reader(this.bytes, it.start, it.end);
  }

  integer(): BN {
    const it = this.item(INTEGER);
    if (it.end === it.start) throw new Asn1Error('empty integer');
    if (this.bytes[it.start] & 0x80) throw new Asn1Error('negative integer');
    return fromBytes(this.bytes.subarray(it.start, it.end));
  }

  /** A small non-negative INTEGER as a number. */
  smallInteger(): number {
    return this.integer().toNumber();
  }

  oid(): string {
    const it = this.item(OID);
    return decodeOid(this.bytes.subarray(it.start, it.end));
  }

  octets(tag = OCTET_STRING): Uint8Array {
    const it = this.item(tag);
    return this.bytes.subarray(it.start, it.end);
  }

  /** A BIT STRING's bytes (no unused bits allowed). */
  bits(): Uint8Array {
    const it = this.item(BIT_STRING);
    if (it.end === it.start || this.bytes[it.start] !== 0) throw new Asn1Error('bit string with unused bits');
    return this.bytes.subarray(it.start + 1, it.end);
  }

  /** The raw encoding (tag, length and contents) of the next item. */
  raw(): Uint8Array {
    const from = this.pos;
    this.item();
    return this.bytes.subarray(from, this.pos);
  }
}

function decodeOid(b: Uint8Array): string {
  if (b.length === 0) throw new Asn1Error('empty oid');
  const parts: number[] = [];
  let v = 0;
  for (let i = 0; i < b.length; i++) {
    v = v * 128 + (b[i] & 0x7f);
    if (!(b[i] & 0x80)) {
      if (parts.length === 0) parts.push(v < 80 ? Math.floor(v / 40) : 2, v < 80 ? v % 40 : v - 80);
      else parts.push(v);
      v = 0;
    }
  }
  return parts.join('.');
}

function encodeLength(n: number): number[] {
  if (n < 0x80) return [n];
  const out: number[] = [];
  while (n > 0) {
    out.unshift(n & 0xff);
    n = Math.floor(n / 256);
  }
  return [0x80 | out.length, ...out];
}

/** Tag, length, contents. */
export function tlv(tag: number, contents: ArrayLike<number>): Uint8Array {
  const head = [tag, ...encodeLength(contents.length)];
  const out = new Uint8Array(head.length + contents.length);
  out.set(head);
  out.set(contents, head.length);
  return out;
}

export function concat(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function encodeOid(dotted: string): Uint8Array {
  const parts = dotted.split('.').map(Number);
  const body: number[] = [];
  const push = (v: number) => {
    const bytes = [v & 0x7f];
    for (v = Math.floor(v / 128); v > 0; v = Math.floor(v / 128)) bytes.unshift(0x80 | (v & 0x7f));
    body.push(...bytes);
  };
  push(parts[0] * 40 + parts[1]);
  for (let i = 2; i < parts.length; i++) push(parts[i]);
  return tlv(OID, body);
}

/** A non-negative INTEGER (a leading zero byte when the top bit is set). */
export function encodeInteger(n: BN): Uint8Array {
  const bytes = n.isZero() ? [0] : n.toArray('be');
  if (bytes[0] & 0x80) bytes.unshift(0);
  return tlv(INTEGER, bytes);
}
