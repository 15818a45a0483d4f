import test from 'ava';
import dgram from '@n10/dgram';
import { Buffer } from '@n10/buffer';
import { siteOfThrow } from '../../../tools/test-throw-sites';

const site = (line: number, text: string) => ({ file: 'dgram.js', line, text, caret: ' '.repeat(text.indexOf('throw ') + 6) + '^' });

test("dgram.createSocket('unix_dgram') throws 0.10's own error, at dgram.js:85", (t) => {
  const s = siteOfThrow(t, () => dgram.createSocket('unix_dgram' as 'udp4'));
  t.deepEqual(s, site(85, "    throw new Error('unix_dgram sockets are not supported any more.');"));
  const e = t.throws(() => dgram.createSocket('unix_dgram' as 'udp4'));
  t.is(e?.message, 'unix_dgram sockets are not supported any more.');
});

test('dgram.createSocket(type): a bad type is thrown from newHandle, at dgram.js:87', (t) => {
  t.deepEqual(siteOfThrow(t, () => dgram.createSocket('udp5' as 'udp4')), site(87, "  throw new Error('Bad socket type specified. Valid types are: udp4, udp6');"));
  const e = t.throws(() => dgram.createSocket('udp5' as 'udp4'));
  t.regex(String(e?.stack).split('\n')[1] as string, /at newHandle /);
});

test("socket.send(), socket.bind(), socket.close(), socket.setTTL(): uncaught errors show 0.10's dgram.js lines", (t) => {
  const s = dgram.createSocket('udp4');
  t.deepEqual(siteOfThrow(t, () => s.send('abc' as never, 0, 3, 1, '127.0.0.1')), site(245, "    throw new TypeError('First argument must be a buffer object.');"));
  t.deepEqual(siteOfThrow(t, () => s.send(new Buffer(3), 5, 3, 1, '127.0.0.1')), site(252, "    throw new RangeError('Offset into buffer too large');"));
  t.deepEqual(siteOfThrow(t, () => s.send(new Buffer(3), 0, 3, 0, '127.0.0.1')), site(265, "    throw new RangeError('Port should be > 0 and < 65536');"));
  t.deepEqual(siteOfThrow(t, () => s.setTTL('x' as never)), site(352, "    throw new TypeError('Argument must be a number');"));
  t.deepEqual(siteOfThrow(t, () => s.setMulticastTTL('x' as never)), site(365, "    throw new TypeError('Argument must be a number');"));
  t.deepEqual(siteOfThrow(t, () => s.addMembership('' as never)), site(392, "    throw new Error('multicast address must be specified');"));
  t.deepEqual(siteOfThrow(t, () => s.address()), site(337, "    throw errnoException(process._errno, 'getsockname');"));
  s.bind(0);
  t.deepEqual(siteOfThrow(t, () => s.bind(0)), site(163, "    throw new Error('Socket is already bound');"));
  s.close();
  t.deepEqual(siteOfThrow(t, () => s.close()), site(417, "    throw new Error('Not running'); // error message from dgram_legacy.js"));
});
