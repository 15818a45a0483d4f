// Compressed bytes captured from node v0.10.19 (test/fixtures/vectors.json): n10 produces the
// same bytes, 'data' event by 'data' event, for each class, level, strategy, windowBits,
// memLevel and a dictionary, and inflates each back.
import test from 'ava';
import zlib from '../src/index';
import type { ZlibOptions } from '../src/index';
import vectors from './fixtures/vectors.json';
import { Buffer, hex, run } from './helpers/util';

interface Vector {
  name: string;
  kind: 'Deflate' | 'Gzip' | 'DeflateRaw';
  opts: Record<string, number | string>;
  input: string;
  out: string;
  dictionary?: boolean;
}

const inverse = { Deflate: 'Inflate', Gzip: 'Gunzip', DeflateRaw: 'InflateRaw' } as const;

for (const v of vectors as Vector[]) {
  const opts = { ...v.opts } as Record<string, unknown>;
  if (v.dictionary) opts.dictionary = new Buffer(String(v.opts.dictionary));
  test(`Class: zlib.${v.kind} ${v.name} ${JSON.stringify(v.opts)}: node 0.10's bytes`, async (t) => {
    const r = await run(new zlib[v.kind](opts as ZlibOptions), v.input);
    t.is(r.error, null);
    t.is(r.chunks.map(hex).join(' '), v.out);
    const back = await run(new zlib[inverse[v.kind]](opts as ZlibOptions), r.data);
    if (v.kind === 'DeflateRaw' && v.dictionary) {
      // 0.10 gave inflateRaw no dictionary (zlib asks for none in raw streams).
      t.is(back.error && back.error.message, 'invalid distance too far back');
    } else if (v.opts.windowBits === 8) {
      // zlib 1.2.3 compressed with a 512-byte window for 8, and says so in the zlib header.
      t.is(back.error && back.error.message, v.kind === 'Deflate' ? 'invalid window size' : null);
    } else {
      t.is(back.data.toString(), v.input);
    }
  });
}
