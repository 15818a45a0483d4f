// Types for the parts of pako's low-level zlib port (pako/lib/zlib/*, CommonJS) that
// pako-handle.ts drives. Only what is used is declared.

declare module 'pako/lib/zlib/zstream.js' {
  /** z_stream: the caller's side of a deflate or inflate context. */
  class ZStream {
    input: Uint8Array | null;
    next_in: number;
    avail_in: number;
    total_in: number;
    output: Uint8Array | null;
    next_out: number;
    avail_out: number;
    total_out: number;
    /** The last error message, '' when none. */
    msg: string;
    /** The engine's private state (deflate_state / inflate_state), null after *End(). */
    state: PakoState | null;
    data_type: number;
    adler: number;
  }
  /** The few deflate_state fields pako-handle.ts reads or adjusts. */
  interface PakoState {
    status: number;
    wrap: number;
    w_size: number;
    level: number;
    strategy: number;
    strstart: number;
    block_start: number;
    lookahead: number;
    match_available: number;
    sym_next: number;
    sym_end: number;
    pending: number;
    last_flush: number;
    head: Uint16Array;
    bi_buf: number;
    bi_valid: number;
    pending_buf: Uint8Array;
    insert: number;
  }
  export = ZStream;
}

declare module 'pako/lib/zlib/deflate.js' {
  import ZStream = require('pako/lib/zlib/zstream.js');
  const deflate: {
    deflateInit2(
      strm: ZStream,
      level: number,
      method: number,
      windowBits: number,
      memLevel: number,
      strategy: number,
      legacyHash?: boolean,
    ): number;
    deflate(strm: ZStream, flush: number): number;
    deflateEnd(strm: ZStream): number;
    deflateReset(strm: ZStream): number;
    deflateSetDictionary(strm: ZStream, dictionary: Uint8Array): number;
  };
  export = deflate;
}

declare module 'pako/lib/zlib/inflate.js' {
  import ZStream = require('pako/lib/zlib/zstream.js');
  const inflate: {
    inflateInit2(strm: ZStream, windowBits: number): number;
    inflate(strm: ZStream, flush: number): number;
    inflateEnd(strm: ZStream): number;
    inflateReset(strm: ZStream): number;
    inflateReset2(strm: ZStream, windowBits: number): number;
    inflateSetDictionary(strm: ZStream, dictionary: Uint8Array): number;
  };
  export = inflate;
}

declare module 'pako/lib/zlib/adler32.js' {
  const adler32: (adler: number, buf: Uint8Array, len: number, pos: number) => number;
  export = adler32;
}

declare module 'pako/lib/zlib/trees.js' {
  import ZStream = require('pako/lib/zlib/zstream.js');
  type DeflateState = NonNullable<ZStream['state']>;
  const trees: {
    /** Sends an empty static block (10 bits). */
    _tr_align(s: DeflateState): void;
    /** Sends a stored block of window[buf, buf + storedLen) (buf -1: none). */
    _tr_stored_block(s: DeflateState, buf: number, storedLen: number, last: number | boolean): void;
  };
  export = trees;
}

declare module 'pako/lib/zlib/inftrees.js' {
  /** inflate_table(type, lens, lens_index, codes, table, table_index, work, opts): 0, or -1/1 for a bad set of lengths. */
  const inflateTable: (
    type: number,
    lens: Uint16Array,
    lensIndex: number,
    codes: number,
    table: Int32Array,
    tableIndex: number,
    work: Uint16Array,
    opts: { bits: number },
  ) => number;
  export = inflateTable;
}
