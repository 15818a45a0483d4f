// What a zlib handle does, given once to its constructor (0.10's node_zlib_mode numbers).
export const Mode = {
  NONE: 0,
  DEFLATE: 1,
  INFLATE: 2,
  GZIP: 3,
  GUNZIP: 4,
  DEFLATERAW: 5,
  INFLATERAW: 6,
  UNZIP: 7,
} as const;

export type ModeNumber = (typeof Mode)[keyof typeof Mode];
