// decoder.write(buffer)/end(buffer) with foreign Buffers (npm `buffer`'s here; the host's in
// foreign.node.test.ts): decoded by 0.10's rules, split characters held back across them.
import test from 'ava';
import buffer from '@n10/buffer';
import { Buffer as NpmBuffer } from 'buffer/index.js';
import stringDecoder from '../src/index';

const { StringDecoder } = stringDecoder;

test('decoder.write(buffer) takes npm `buffer` Buffers, a character split across them included', (t) => {
  const d = new StringDecoder('utf8');
  const euro = NpmBuffer.from('a\u20acb');
  t.is(d.write(euro.subarray(0, 2) as never), 'a');
  t.is(d.write(euro.subarray(2) as never), '\u20acb');
  t.is(d.end(NpmBuffer.from([0xe2]) as never), '\ufffd');
});

test('decoder.write(buffer) mixes n10 and foreign Buffers; single-byte encodings decode as 0.10 (ascii drops the high bit)', (t) => {
  const d = new StringDecoder('utf16le');
  t.is(d.write(NpmBuffer.from([0x61]) as never), '');
  t.is(d.write(new buffer.Buffer([0x00, 0x62, 0x00])), 'ab');
  t.is(new StringDecoder('ascii').write(NpmBuffer.from([0xe9, 0x41]) as never), 'iA');
  t.is(new StringDecoder('hex').write(NpmBuffer.from([0xbe, 0xef]) as never), 'beef');
});
