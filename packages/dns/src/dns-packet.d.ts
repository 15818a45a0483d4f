// The part of dns-packet (5.x, no bundled types) that @n10/dns and its tests use.
declare module 'dns-packet' {
  export interface Question {
    type: string;
    name: string;
    class?: string;
  }
  export interface Answer {
    type: string;
    name: string;
    ttl?: number;
    class?: string;
    /** A/AAAA/CNAME/NS/PTR: a string; MX/SRV/NAPTR: an object; TXT: Uint8Array[] */
    data: unknown;
  }
  export interface Packet {
    id?: number;
    type?: 'query' | 'response';
    flags?: number;
    flag_tc?: boolean;
    rcode?: string;
    questions?: Question[];
    answers?: Answer[];
    authorities?: Answer[];
    additionals?: Answer[];
  }
  /** The bytes, as a host Buffer (any ArrayBufferView works for sending). */
  export function encode(packet: Packet): Uint8Array & { length: number; readUInt16BE(offset: number): number; subarray(start?: number, end?: number): Uint8Array };
  /** Reads with readUInt16BE/readUInt32BE/toString/slice: pass a Buffer. */
  export function decode(buf: Uint8Array): Packet;
  export const AUTHORITATIVE_ANSWER: number;
  export const TRUNCATED_RESPONSE: number;
  export const RECURSION_DESIRED: number;
  export const RECURSION_AVAILABLE: number;
  const packet: {
    encode: typeof encode;
    decode: typeof decode;
    AUTHORITATIVE_ANSWER: number;
    TRUNCATED_RESPONSE: number;
    RECURSION_DESIRED: number;
    RECURSION_AVAILABLE: number;
  };
  export default packet;
}
