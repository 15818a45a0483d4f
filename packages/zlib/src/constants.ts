// The numbers on node 0.10's zlib module object, in the order 0.10 lists them.
//
// 0.10 copied every binding member whose name starts with "Z" (so the binding's handle class
// `Zlib` comes first), then added the limits and `codes`. Its zlib was 1.2.3: there is no
// Z_TREES, and the data_type constants (Z_BINARY, Z_TEXT, Z_ASCII, Z_UNKNOWN), Z_DEFLATED and
// Z_NULL the manual lists were never on the module.

/** Allowed flush values. */
export const flushes = {
  Z_NO_FLUSH: 0,
  Z_PARTIAL_FLUSH: 1,
  Z_SYNC_FLUSH: 2,
  Z_FULL_FLUSH: 3,
  Z_FINISH: 4,
  Z_BLOCK: 5,
} as const;

/** Return codes of the zlib calls: negative values are errors. */
export const returnCodes = {
  Z_OK: 0,
  Z_STREAM_END: 1,
  Z_NEED_DICT: 2,
  Z_ERRNO: -1,
  Z_STREAM_ERROR: -2,
  Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4,
  Z_BUF_ERROR: -5,
  Z_VERSION_ERROR: -6,
} as const;

/** Compression levels and strategies. */
export const tuning = {
  Z_NO_COMPRESSION: 0,
  Z_BEST_SPEED: 1,
  Z_BEST_COMPRESSION: 9,
  Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1,
  Z_HUFFMAN_ONLY: 2,
  Z_RLE: 3,
  Z_FIXED: 4,
  Z_DEFAULT_STRATEGY: 0,
} as const;

/** The zlib version 0.10.19 was built with (its deps/zlib). */
export const version = {
  ZLIB_VERNUM: 0x1230,
  ZLIB_VERSION: '1.2.3',
} as const;

/** The limits the option checks use, and the defaults. */
export const limits = {
  Z_MIN_WINDOWBITS: 8,
  Z_MAX_WINDOWBITS: 15,
  Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64,
  Z_MAX_CHUNK: Infinity,
  Z_DEFAULT_CHUNK: 16 * 1024,
  Z_MIN_MEMLEVEL: 1,
  Z_MAX_MEMLEVEL: 9,
  Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1,
  Z_MAX_LEVEL: 9,
  Z_DEFAULT_LEVEL: -1,
} as const;

/** zlib.codes: the return codes by name and by number ('Z_DATA_ERROR' <-> -3). */
export type Codes = { [name: string]: number | string };

export function makeCodes(): Codes {
  const codes: Codes = {};
  const names = Object.keys(returnCodes) as (keyof typeof returnCodes)[];
  for (const name of names) codes[name] = returnCodes[name];
  for (const name of names) codes[returnCodes[name]] = name;
  return codes;
}

/** The shared table the stream errors read their `code` from. */
export const codes: Codes = makeCodes();
