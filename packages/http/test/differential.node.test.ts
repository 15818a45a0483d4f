// Differential: the same request bytes sent to a node 0.10 server and to an n10 server
// (the same program, test/fixtures/diff-handlers.js) must get the same response bytes,
// Date aside.
import test from 'ava';
import { spawn } from 'node:child_process';
import path from 'node:path';
import http from '@n10/http';
import { Buffer } from '@n10/buffer';
import { completeResponses, maskDate, oracle, rawRequest } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const makeServer = require('./fixtures/diff-handlers.js') as (h: typeof http, b: typeof Buffer) => ReturnType<typeof http.createServer>;

// [request bytes (chunks), responses to wait for (0: until the close)]
const CASES: Array<[string[], number]> = [
  [['GET /plain HTTP/1.1\r\nHost: x\r\n\r\n'], 1],
  [['GET /plain HTTP/1.0\r\n\r\n'], 0],
  [['GET /plain HTTP/1.0\r\nConnection: keep-alive\r\n\r\n'], 0],
  [['GET /plain HTTP/1.0\r\nTE: chunked\r\nConnection: keep-alive\r\n\r\n'], 1],
  [['GET /write HTTP/1.1\r\n\r\n'], 1],
  [['GET /wh HTTP/1.1\r\n\r\n'], 1],
  [['GET /arr HTTP/1.1\r\n\r\n'], 1],
  [['GET /cookies HTTP/1.1\r\n\r\n'], 1],
  [['GET /s204 HTTP/1.1\r\n\r\n'], 1],
  [['GET /s304 HTTP/1.1\r\n\r\n'], 1],
  [['GET /trailers HTTP/1.1\r\n\r\n'], 1],
  [['GET /trailers HTTP/1.0\r\n\r\n'], 0],
  [['GET /close HTTP/1.1\r\n\r\n'], 0],
  [['GET /cl HTTP/1.1\r\n\r\n'], 1],
  [['GET /utf HTTP/1.1\r\n\r\n'], 1],
  [['GET /nodate HTTP/1.1\r\n\r\n'], 1],
  [['HEAD /plain HTTP/1.1\r\nConnection: close\r\n\r\n'], 0],
  [['HEAD /wh HTTP/1.1\r\nConnection: close\r\n\r\n'], 0],
  [['POST /echo?x HTTP/1.1\r\nContent-Length: 5\r\nX-A: 1\r\nx-a: 2\r\n\r\nhello'], 1],
  [['POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n', '3\r\nabc\r\n', '0\r\nX-T: 1\r\n\r\n'], 1],
  [['PUT /echo HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n', 'xyz'], 2],
  [['PUT /deny HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n'], 0],
  [['GET /1 HTTP/1.1\r\n\r\nGET /plain HTTP/1.1\r\n\r\nGET /3 HTTP/1.1\r\nConnection: close\r\n\r\n'], 0],
  [['GET /ws HTTP/1.1\r\nUpgrade: test\r\nConnection: Upgrade\r\n\r\nhead bytes'], 0],
  [['GARBAGE\r\n\r\n'], 0],
  [['GET /plain HTTP/1.1\r\nBad Header\r\n: x\r\n\r\n'], 0],
  [['GET /plain HTTP/1.1\r\nContent-Length: 2\r\n\r\nabGET /plain HTTP/1.1\r\n\r\n'], 2],
];

test('the same requests to node 0.10 and to n10 get the same response bytes (Date masked)', async (t) => {
  const child = spawn(oracle, [path.join(__dirname, 'fixtures/diff-server.js')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const oraclePort = await new Promise<number>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(Number(String(d).trim()))));
  const server = makeServer(http, Buffer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const n10Port = (server.address() as { port: number }).port;
  let answered = 0;
  try {
    for (const [chunks, n] of CASES) {
      const opts = { gapMs: 10, until: n ? (r: Uint8Array) => completeResponses(String.fromCharCode(...r), n) : undefined };
      const [a, b] = await Promise.all([rawRequest(oraclePort, chunks, opts), rawRequest(n10Port, chunks, opts)]);
      t.is(maskDate(b.toString('latin1')), maskDate(a.toString('latin1')), JSON.stringify(chunks));
      if (a.length) answered++;
    }
    // (Only the malformed ones get no bytes back.)
    t.is(answered, CASES.length - 2);
  } finally {
    child.stdin.end();
    server.close();
  }
});
