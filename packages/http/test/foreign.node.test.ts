// A program on a current Node answers and sends its own (host) Buffers with @n10/http; the
// host's http client and server are the peers.
import test from 'ava';
import { Buffer as HostBuffer } from 'node:buffer';
import hostHttp from 'node:http';
import { Buffer as NpmBuffer } from 'buffer/index.js';
import http from '@n10/http';
import type { IncomingMessage, ServerResponse } from '@n10/http';

function hostGet(port: number, path: string): Promise<{ status: number; headers: hostHttp.IncomingHttpHeaders; body: HostBuffer }> {
  return new Promise((resolve, reject) => {
    hostHttp
      .get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
        const parts: HostBuffer[] = [];
        res.on('data', (d: HostBuffer) => parts.push(d));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: HostBuffer.concat(parts) }));
      })
      .on('error', reject);
  });
}

test('response.write(host Buffer) (chunked) and response.end(host Buffer) (one write, Content-Length); npm buffer too', async (t) => {
  const big = HostBuffer.alloc(100 * 1024, 'xyz');
  const server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/chunked') {
      res.writeHead(200);
      res.write(HostBuffer.from('one,') as never);
      res.write(NpmBuffer.from('two,') as never);
      res.write('three,');
      res.end(big as never);
    } else if (req.url === '/length') {
      res.writeHead(200, { 'Content-Length': 5 });
      res.end(HostBuffer.from('hello') as never);
    } else {
      res.writeHead(200);
      res.end(NpmBuffer.from('npm body') as never);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  t.teardown(() => server.close());
  const chunked = await hostGet(port, '/chunked');
  t.is(chunked.headers['transfer-encoding'], 'chunked');
  t.true(chunked.body.equals(HostBuffer.concat([HostBuffer.from('one,two,three,'), big])));
  const length = await hostGet(port, '/length');
  t.is(length.body.toString(), 'hello');
  const npm = await hostGet(port, '/npm');
  t.is(npm.body.toString(), 'npm body');
});

test('http.request(): request.write(host Buffer) / end(host Buffer) to a host server', async (t) => {
  const host = hostHttp.createServer((req, res) => {
    const parts: HostBuffer[] = [];
    req.on('data', (d: HostBuffer) => parts.push(d));
    req.on('end', () => res.end(HostBuffer.concat(parts).toString('hex')));
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', () => resolve()));
  t.teardown(() => host.close());
  const port = (host.address() as { port: number }).port;
  const body = await new Promise<string>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/', agent: false } as never, (res: IncomingMessage) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolve(text));
    });
    req.on('error', reject);
    req.write(HostBuffer.from([0, 1, 2]) as never);
    req.end(HostBuffer.from([0xfd, 0xfe, 0xff]) as never);
  });
  t.is(body, '000102fdfeff');
});

test('response.write(plain Uint8Array) throws 0.10\'s TypeError', async (t) => {
  const server = http.createServer((_req: IncomingMessage, res: ServerResponse) => {
    t.throws(() => res.write(new Uint8Array(1) as never), { message: 'first argument must be a string or Buffer' });
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  t.teardown(() => server.close());
  await hostGet((server.address() as { port: number }).port, '/');
});
