// The HTTP parser (parser.ts) fed the same bytes whole, split in two at every position, and one
// byte at a time: the callbacks must come in the same sequence with the same values (bodies
// compared as the concatenation of consecutive onBody pieces), errors at the same absolute
// position, upgrades at the same byte. Streams of pipelined requests and responses that go
// through every fast path of the parser and the states around them.
import test from 'ava';
import { Buffer } from '@n10/buffer';
import { HTTPParser, type HeadersInfo } from '../src/parser';

type Event = unknown[];

/** The callbacks of parsing `bytes` cut at `cuts` (ascending positions), normalized. */
function run(type: 0 | 1, bytes: Buffer, cuts: number[], skipBody = false): Event[] {
  const ev: Event[] = [];
  const p = new HTTPParser(type);
  let upgraded = false;
  p.onHeaders = (h, u) => void ev.push(['H', h, u]);
  p.onHeadersComplete = (i: HeadersInfo) => {
    ev.push(['HC', { ...i }]);
    if (i.upgrade) upgraded = true;
    return skipBody && i.statusCode === 200;
  };
  p.onBody = (b, s, l) => {
    const hex = b.toString('hex', s, s + l);
    const last = ev[ev.length - 1];
    if (last && last[0] === 'B') last[1] += hex;
    else ev.push(['B', hex]);
  };
  p.onMessageComplete = () => void ev.push(['MC']);
  const bounds = [0, ...cuts, bytes.length];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k];
    const to = bounds[k + 1];
    if (to === from) continue;
    // (A slice of a larger buffer, as a socket's reads are.)
    const chunk = bytes.slice(from, to);
    const r = p.execute(chunk, 0, chunk.length);
    if (r instanceof Error) {
      ev.push(['E', r.message, r.code, from + r.bytesParsed]);
      return ev;
    }
    if (upgraded) {
      ev.push(['U', from + r]);
      return ev;
    }
    if (r !== chunk.length) {
      ev.push(['R', from + r]);
      return ev;
    }
  }
  const f = p.finish();
  ev.push(f instanceof Error ? ['FE', f.code] : ['F']);
  return ev;
}

function check(t: import('ava').ExecutionContext, type: 0 | 1, text: string, skipBody = false): void {
  const bytes = new Buffer(text, 'binary');
  const whole = run(type, bytes, [], skipBody);
  let differing = 0;
  for (let i = 1; i < bytes.length; i++) {
    const got = run(type, bytes, [i], skipBody);
    if (JSON.stringify(got) !== JSON.stringify(whole) && differing++ < 3) t.deepEqual(got, whole, `split at ${i}`);
  }
  const every: number[] = [];
  for (let i = 1; i < bytes.length; i++) every.push(i);
  const bytewise = run(type, bytes, every, skipBody);
  if (JSON.stringify(bytewise) !== JSON.stringify(whole)) differing++;
  t.deepEqual(bytewise, whole, 'byte by byte');
  // Three pieces, cut at pseudo-random places.
  let seed = text.length;
  for (let k = 0; k < 200; k++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const a = seed % bytes.length;
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const b = seed % bytes.length;
    const got = run(type, bytes, [Math.min(a, b), Math.max(a, b)], skipBody);
    if (JSON.stringify(got) !== JSON.stringify(whole) && differing++ < 3) t.deepEqual(got, whole, `split at ${a}, ${b}`);
  }
  t.is(differing, 0);
}

const BROWSER_REQUEST = [
  'GET /articles/2013/10/some-article-title?ref=front&page=2 HTTP/1.1',
  'Host: www.example.com',
  'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:24.0) Gecko/20100101 Firefox/24.0',
  'Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'Accept-Language: en-US,en;q=0.5',
  'Accept-Encoding: gzip, deflate',
  'Referer: http://www.example.com/',
  'Cookie: session=0123456789abcdef; theme=dark; _ga=GA1.2.123456789.1381234567',
  'Connection: keep-alive',
  '',
  '',
].join('\r\n');

let many = '';
for (let i = 0; i < 40; i++) many += `X-Header-${i}: value number ${i} of forty\r\n`;

const REQUESTS =
  BROWSER_REQUEST +
  'POST /upload HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\nContent-Type: text/plain\r\n\r\nhello world' +
  'POST /chunked?x=\xc3\xa9 HTTP/1.1\r\nTransfer-Encoding: chunked\r\nX-Utf: caf\xc3\xa9 \xff\xfe\r\n\r\n' +
  '5;name=value\r\nhello\r\n6 \r\n world\r\n0\r\nX-Trailer: t1\r\nX-Other:t2\r\n\r\n' +
  'GET /fold HTTP/1.1\r\nX-Fold: first\r\n  second\r\n\tthird\r\nX-Empty:\r\nX-Spaces:   \r\nX-Trail: v  \r\nX A: spaced name\r\n' +
  'X-NoColon\r\nX-After: prefixed\r\n\r\n' +
  'GET /lf-only HTTP/1.1\nHost: lf\nX-Lf: v\n\n' +
  'GET /many HTTP/1.1\r\n' + many + '\r\n' +
  'GET /after-many HTTP/1.1\r\nHost: x\r\n\r\n' +
  'GET http://user:pw@host.example.com:8080/p?q#f HTTP/1.0\r\nConnection: keep-alive\r\n\r\n' +
  'HEAD / HTTP/1.0\r\nProxy-Connection: Keep-Alive  \r\n\r\n' +
  'DELETE /x HTTP/1.1\r\nConnection: close\r\nCONTENT-LENGTH: 0\r\n\r\n' +
  'M-SEARCH * HTTP/1.1\r\nST: ssdp:all\r\n\r\n' +
  'PURGE /cache HTTP/1.1\r\nContent-Length: 1 2\r\n\r\n012345678901' +
  'OPTIONS * HTTP/1.1\r\nTransfer-Encoding: identity\r\nContent-Length: 3\r\n\r\nabc' +
  'GET /ws HTTP/1.1\r\nHost: ws\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n\x81\x05hello';

const RESPONSES =
  'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 12\r\nDate: Tue, 15 Oct 2013 10:00:00 GMT\r\n\r\nHello World\n' +
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: keep-alive\r\n\r\n' +
  'c\r\nHello World\n\r\n1A;ext="q"\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\nX-Checksum: 1234\r\n\r\n' +
  'HTTP/1.1 100 Continue\r\n\r\n' +
  'HTTP/1.1 204 No Content\r\nServer: x\r\n\r\n' +
  'HTTP/1.1 304 Not Modified\r\nETag: "abc"\r\nContent-Length: 50\r\n\r\n' +
  'HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nX-Utf: \xe2\x82\xac\r\n\r\nnot found' +
  'HTTP/1.0 200 OK\r\nServer: eof\r\n\r\nthe body runs to the end of the stream \x00\xff';

test('HTTPParser: pipelined requests split at every byte give the same callbacks', (t) => {
  check(t, 0, REQUESTS);
});

test('HTTPParser: responses (Content-Length, chunked, 1xx/204/304, until EOF) split at every byte give the same callbacks', (t) => {
  check(t, 1, RESPONSES);
  // A HEAD's response: onHeadersComplete returns true, no body.
  check(t, 1, 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok', true);
});

test('HTTPParser: a CONNECT and the tunnel bytes after it, split at every byte', (t) => {
  check(t, 0, 'GET / HTTP/1.1\r\n\r\nCONNECT host.example.com:443 HTTP/1.1\r\nHost: host.example.com:443\r\n\r\n\x16\x03\x01tls');
});

test('HTTPParser: errors at the same byte however the input is split', (t) => {
  check(t, 0, BROWSER_REQUEST + 'GET /bad\x01url HTTP/1.1\r\n\r\n');
  check(t, 0, BROWSER_REQUEST + 'GET / HTTP/1.1\r\nBad Header\x01: x\r\n\r\n');
  check(t, 0, BROWSER_REQUEST + 'POST / HTTP/1.1\r\nContent-Length: 12a\r\n\r\n');
  check(t, 0, BROWSER_REQUEST + 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\nzz\r\n');
  check(t, 0, BROWSER_REQUEST + 'POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n');
  check(t, 0, BROWSER_REQUEST + 'BREW / HTTP/1.1\r\n\r\n');
  check(t, 0, BROWSER_REQUEST + 'GET / HTTP/1.1\r\nContent-Length: 10\r\n\r\nshort');
  check(t, 1, 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 20x OK\r\n\r\n');
});

test('HTTPParser: the 80 KiB header limit at the same byte however the input is split', (t) => {
  const big = 'GET / HTTP/1.1\r\nX-Big: ' + 'b'.repeat(80 * 1024) + '\r\n\r\n';
  const bytes = new Buffer(big, 'binary');
  const whole = run(0, bytes, []);
  t.deepEqual(whole[whole.length - 1], ['E', 'Parse Error', 'HPE_HEADER_OVERFLOW', 80 * 1024]);
  for (const at of [1, 16, 17, 22, 23, 24, 1000, 80 * 1024 - 1, 80 * 1024, 80 * 1024 + 1, 80 * 1024 + 30]) t.deepEqual(run(0, bytes, [at]), whole, `split at ${at}`);
  // Just under the limit: parses.
  const fits = 'GET / HTTP/1.1\r\nX-Big: ' + 'b'.repeat(80 * 1024 - 30) + '\r\n\r\n';
  const ok = run(0, new Buffer(fits, 'binary'), []);
  t.is(ok[ok.length - 1][0], 'F');
  for (const at of [5, 100, 80 * 1024 - 40]) t.deepEqual(run(0, new Buffer(fits, 'binary'), [at]), ok);
});

test('HTTPParser: large bodies come as slices of the buffers given, not copies', (t) => {
  const body = Buffer.concat([new Buffer(300000)]);
  for (let i = 0; i < body.length; i++) body[i] = i & 0xff;
  const head = new Buffer('POST / HTTP/1.1\r\nContent-Length: ' + body.length + '\r\n\r\n', 'binary');
  const all = Buffer.concat([head, body]);
  const p = new HTTPParser(HTTPParser.REQUEST);
  const pieces: Array<[Uint8Array, number, number]> = [];
  p.onBody = (b, s, l) => void pieces.push([b, s, l]);
  p.onMessageComplete = () => void pieces.push([all, -1, -1]);
  const first = all.slice(0, 100000);
  const second = all.slice(100000);
  t.is(p.execute(first, 0, first.length), first.length);
  t.is(p.execute(second, 0, second.length), second.length);
  t.is(pieces.length, 3);
  t.is(pieces[0][0], first);
  t.is(pieces[0][1], head.length);
  t.is(pieces[0][2], 100000 - head.length);
  t.is(pieces[1][0], second);
  t.is(pieces[1][1], 0);
  t.is(pieces[1][2], second.length);
  t.is(pieces[2][1], -1);
});

test('HTTPParser: one parser over heads between binary bodies and non-ASCII values gives the strings of a fresh one', (t) => {
  let ramp = '';
  for (let i = 0; i < 3000; i++) ramp += String.fromCharCode(i & 0xff);
  const msgs = [
    'POST /ramp HTTP/1.1\r\nHost: www.example.com\r\nContent-Length: ' + ramp.length + '\r\n\r\n' + ramp,
    'GET /after-binary/with/a/long/path?and=a&query=string HTTP/1.1\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64)\r\nAccept-Language: en-US,en;q=0.5\r\n\r\n',
    'GET /latin1 HTTP/1.1\r\nX-Latin1: caf\xe9 au lait, tr\xe8s bien\r\nX-Utf8: caf\xc3\xa9 au lait, tr\xc3\xa8s bien\r\nX-Plain: plain ascii value here\r\n\r\n',
    'GET /caf\xc3\xa9/\xff/long/enough/to/be/sliced HTTP/1.1\r\nReferer: http://www.example.com/some/where\r\n\r\n',
  ];
  const expected = msgs.map((m) => run(0, new Buffer(m, 'binary'), []));
  t.is((expected[2][0] as [string, HeadersInfo])[1].headers?.[1], 'caf\ufffd au lait, tr\ufffds bien');
  t.is((expected[2][0] as [string, HeadersInfo])[1].headers?.[3], 'caf\u00e9 au lait, tr\u00e8s bien');
  // Every order of the messages, twice over, through one parser, in one buffer and in reads of 700 bytes.
  const orders = [
    [0, 1, 2, 3],
    [1, 0, 3, 2],
    [2, 1, 0, 3],
    [3, 2, 1, 0],
    [1, 2, 3, 0],
  ];
  for (const order of orders) {
    const seq = order.concat(order);
    const text = seq.map((i) => msgs[i]).join('');
    const bytes = new Buffer(text, 'binary');
    const want = ([] as Event[]).concat(...seq.map((i) => expected[i].slice(0, -1)), [['F']]);
    t.deepEqual(run(0, bytes, []), want, `order ${order}`);
    const cuts: number[] = [];
    for (let at = 700; at < bytes.length; at += 700) cuts.push(at);
    t.deepEqual(run(0, bytes, cuts), want, `order ${order}, 700-byte reads`);
  }
});
