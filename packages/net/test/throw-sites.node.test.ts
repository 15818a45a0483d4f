import test from 'ava';
import fs from 'node:fs';
import binding from '@n10/binding';
import net from '@n10/net';
import { siteOfThrow } from '../../../tools/test-throw-sites';

const site = (line: number, text: string) => ({ file: 'net.js', line, text, caret: ' '.repeat(text.indexOf('throw ') + 6) + '^' });

test("server.close(): on a server not listening, an uncaught 'Not running' shows net.js:1225", (t) => {
  const s = net.createServer();
  t.deepEqual(siteOfThrow(t, () => s.close()), site(1225, "    throw new Error('Not running');"));
});

test('server.listen(handle): an object that is no handle shows net.js:1116', (t) => {
  const s = net.createServer();
  t.deepEqual(siteOfThrow(t, () => s.listen({ foo: 1 } as never)), site(1116, "      throw new Error('Invalid listen argument: ' + h);"));
});

test("socket.write(data): data neither string nor Buffer shows net.js:612", (t) => {
  const s = new net.Socket();
  t.deepEqual(siteOfThrow(t, () => s.write(5 as never)), site(612, "    throw new TypeError('invalid data');"));
});

test("new net.Socket({ fd }): a file's descriptor throws 0.10's 'Unsupported fd type: FILE', from createHandle", (t) => {
  const fd = fs.openSync(__filename, 'r');
  try {
    t.deepEqual(siteOfThrow(t, () => new net.Socket({ fd })), site(50, "  throw new TypeError('Unsupported fd type: ' + type);"));
    const e = t.throws(() => new net.Socket({ fd }), { instanceOf: TypeError, message: 'Unsupported fd type: FILE' });
    t.regex(String(e?.stack).split('\n')[1] as string, /at createHandle /);
    // The descriptor is read as an int32, as 0.10's C++ did.
    t.throws(() => new net.Socket({ fd: String(fd) as never }), { instanceOf: TypeError, message: 'Unsupported fd type: FILE' });
  } finally {
    fs.closeSync(fd);
  }
});

test('new net.Socket({ fd }): a TCP socket\'s descriptor gets a TCP handle, as in 0.10', (t) => {
  const tcp = new binding.TCP();
  t.is(tcp.bind('127.0.0.1', 0), 0);
  const fd = (tcp as unknown as { fd: number }).fd;
  t.true(typeof fd === 'number' && fd >= 0);
  const s = new net.Socket({ fd });
  t.true(s._handle instanceof binding.TCP);
  // The socket's handle owns the descriptor now and closes it; the first handle is left
  // unclosed (closing it too would close a number another part of the process may reuse).
  tcp.unref();
  s.destroy();
});
