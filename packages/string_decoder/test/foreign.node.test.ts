// decoder.write(buffer) with the host's own Buffers (a program on a current Node).
import test from 'ava';
import { Buffer as HostBuffer } from 'node:buffer';
import stringDecoder from '../src/index';

const { StringDecoder } = stringDecoder;

test('decoder.write(buffer) takes host Buffers, byte by byte', (t) => {
  const text = 'h\u00e9llo \u20ac \ud83d\ude00';
  const bytes = HostBuffer.from(text);
  const d = new StringDecoder('utf8');
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += d.write(bytes.subarray(i, i + 1) as never);
  t.is(out + d.end(), text);
  const b64 = new StringDecoder('base64');
  t.is(b64.write(HostBuffer.from('hello') as never), 'aGVs', 'whole groups of 3 bytes, as 0.10');
  t.is(b64.end(), 'bG8=');
  t.is(new StringDecoder('ascii').write(HostBuffer.from([0xe9]) as never), 'i', "0.10's ascii, not the host's");
});
