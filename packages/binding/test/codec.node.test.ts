// codec.c: the base64/hex codecs @n10/buffer uses (0.10's node_buffer.cc ones). @n10/buffer's
// tests compare whole programs with node 0.10; these pin the binding's own contract.
import test from 'ava';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { binding } from './helpers';

const enc = new TextEncoder();

test('base64Slice / hexSlice encode bytes[start, end), the range clamped to the array', (t) => {
  const bytes = enc.encode('any carnal pleas');
  t.is(binding.base64Slice(bytes, 0, bytes.length), Buffer.from(bytes).toString('base64'));
  t.is(binding.base64Slice(bytes, 1, 3), Buffer.from(bytes.subarray(1, 3)).toString('base64'));
  t.is(binding.base64Slice(bytes, 2, 3), Buffer.from(bytes.subarray(2, 3)).toString('base64'));
  t.is(binding.hexSlice(bytes, 3, 1000), Buffer.from(bytes.subarray(3)).toString('hex'));
  t.is(binding.hexSlice(bytes, 5, 2), '');
  t.is(binding.base64Slice(bytes, -4, 2), Buffer.from(bytes.subarray(0, 2)).toString('base64'));
  const big = new Uint8Array(100000).map((_, i) => (i * 7) & 255);
  t.is(binding.base64Slice(big, 1, 99999), Buffer.from(big.subarray(1, 99999)).toString('base64'));
  t.is(binding.hexSlice(big, 3, 99998), Buffer.from(big.subarray(3, 99998)).toString('hex'));
});

test("base64Write / hexWrite decode as 0.10 did: low 8 bits of each unit, junk skipped, '-' '_', stop at a bad hex pair", (t) => {
  const out = new Uint8Array(16);
  t.is(binding.base64Write('aG k=\n-_8', 9, out, 0, 16), 4); // node 0.10: [104, 105, 62, 255]
  t.deepEqual([...out.subarray(0, 4)], [104, 105, 62, 255]);
  t.is(binding.base64Write('\u0141QQ', 3, out, 0, 16), 2); // U+0141 is read as 'A'
  t.deepEqual([...out.subarray(0, 2)], [1, 4]);
  t.is(binding.hexWrite('ab\u0163dzz00', 8, out, 2, 14), 2); // U+0163 is read as 'c'
  t.deepEqual([...out.subarray(2, 4)], [0xab, 0xcd]);
  t.is(binding.hexWrite('abcdef', 4, out, 0, 16), 2, 'only `length` characters are read');
  t.is(binding.hexWrite('abcdef', 6, out, 15, 16), 1, 'max is clamped to the array');
  t.is(binding.base64Write('AAAAAAAA', 8, out, 10, 4), 4, 'a write stops where the room ends');
});

test('the codecs refuse anything but a Uint8Array (a TypeError, never a crash)', (t) => {
  t.throws(() => binding.base64Slice(new Uint16Array(4) as unknown as Uint8Array, 0, 4), { instanceOf: TypeError });
  t.throws(() => binding.hexSlice({} as Uint8Array, 0, 4), { instanceOf: TypeError });
  t.throws(() => binding.hexWrite('00', 2, null as unknown as Uint8Array, 0, 1), { instanceOf: TypeError });
  t.throws(() => binding.base64Write(42 as unknown as string, 2, new Uint8Array(2), 0, 1), { instanceOf: TypeError });
  t.is(binding.base64Write('QUJD', 1e12, new Uint8Array(3), 0, 3), 3, 'a huge length is clamped to the string');
});

test('utf8Length counts as 0.10 wrote UTF-8: pairs 4 bytes, lone surrogates 3', (t) => {
  const wide = 'h\u00e9llo \u20ac \ud83d\ude00 '.repeat(500);
  t.is(binding.utf8Length(wide, wide.length), Buffer.byteLength(wide));
  t.is(binding.utf8Length('\ud800x\udc00\udc00\ud800', 5), 13);
  t.is(binding.utf8Length('\ud83d\ude00\ud83d', 3), 7);
  t.is(binding.utf8Length('\u20ac\u20ac', 1), 3, 'only `length` units are counted');
  t.is(binding.utf8Length('abc', 1e12), 3, 'a huge length is clamped to the string');
  t.throws(() => binding.utf8Length(3 as unknown as string, 1), { instanceOf: TypeError });
});

// Every length 0-200 at offsets 0-4 against the host's codec (both alphabets, unpadded), in this
// process (SSSE3 where the CPU has it) and in one where N10_CODEC_SCALAR=1 keeps the scalar code.
const everyLength = `
  const check = (base64Slice, hexSlice, base64Write) => {
    let bad = 0, seed = 7;
    const u = new Uint8Array(300);
    for (let i = 0; i < u.length; i++) { seed = (seed * 1103515245 + 12345) >>> 0; u[i] = seed >>> 24; }
    for (let s = 0; s < 5; s++) for (let n = 0; n <= 200; n++) {
      const host = Buffer.from(u.buffer, s, n);
      if (base64Slice(u, s, s + n) !== host.toString('base64') || hexSlice(u, s, s + n) !== host.toString('hex')) bad++;
      const str = host.toString('base64').replace(/=/g, '').replace(/[+]/g, s & 1 ? '-' : '+').replace(/[/]/g, s & 1 ? '_' : '/');
      const out = new Uint8Array(n + 16).fill(0xee);
      if (base64Write(str, str.length, out, s, n + 16 - s) !== n || Buffer.compare(out.subarray(s, s + n), host) !== 0 || out.subarray(s + n).some((x) => x !== 0xee)) bad++;
    }
    return bad;
  };`;

test('base64Slice / hexSlice / base64Write: every length at unaligned offsets (the vector and the scalar code)', (t) => {
  const check = new Function(`${everyLength}; return check;`)() as (b: unknown, h: unknown, w: unknown) => number;
  t.is(check(binding.base64Slice, binding.hexSlice, binding.base64Write), 0);
  const addon = join(__dirname, '..', 'build', 'Release', 'n10_binding.node');
  const code = `${everyLength}; const m = { exports: {} }; process.dlopen(m, ${JSON.stringify(addon)}); console.log(check(m.exports.base64Slice, m.exports.hexSlice, m.exports.base64Write));`;
  const r = spawnSync(process.execPath, ['-e', code], { env: { ...process.env, N10_CODEC_SCALAR: '1' }, encoding: 'utf8' });
  t.is(r.stdout.trim(), '0', r.stderr);
});

test('base64Write / hexWrite leave the bytes after what they decoded as they were', (t) => {
  const src = new Uint8Array(200).map((_, i) => (i * 29) & 255);
  let bad = 0;
  for (let n = 0; n <= 120; n++) {
    const b64 = Buffer.from(src.subarray(0, n)).toString('base64');
    const hex = Buffer.from(src.subarray(0, n)).toString('hex');
    for (const [write, str] of [[binding.base64Write, b64], [binding.hexWrite, hex]] as const) {
      const out = new Uint8Array(n + 24).fill(0xee);
      const w = write(str, str.length, out, 3, n + 21);
      if (w !== n || Buffer.compare(out.subarray(3, 3 + n), src.subarray(0, n)) !== 0) bad++;
      if (out.subarray(0, 3).some((x) => x !== 0xee) || out.subarray(3 + n).some((x) => x !== 0xee)) bad++;
    }
  }
  t.is(bad, 0);
});
