// The HTTP parser (parser.ts): the 0.10 binding's interface, messages split at every byte,
// the header batches, the limits and errors; and a differential fuzz against node 0.10's
// own parser (process.binding('http_parser')), event for event.
import test from 'ava';
import path from 'node:path';
import { Buffer } from '@n10/buffer';
import { Buffer as HostBuffer } from 'node:buffer';
import { HTTPParser, type HeadersInfo, type HTTPParserInstance, type ParseError } from '../src/parser';
import { runOracle } from './helpers';

type Event = unknown[];

interface Case {
  t: 0 | 1;
  c: string[];
  s?: boolean;
  f?: boolean;
}

/** The same trace test/fixtures/parser-trace.js makes under node 0.10. */
function trace(c: Case): Event[] {
  const ev: Event[] = [];
  const p = new HTTPParser(c.t);
  p.onHeaders = (h, u) => void ev.push(['H', h, u]);
  p.onHeadersComplete = (i: HeadersInfo) => {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(i)) o[k] = (i as unknown as Record<string, unknown>)[k];
    ev.push(['HC', o]);
    return !!c.s;
  };
  p.onBody = (b, s, l) => void ev.push(['B', b.toString('hex', s, s + l)]);
  p.onMessageComplete = () => void ev.push(['MC']);
  for (const hex of c.c) {
    const b = new Buffer(hex, 'hex');
    const r = p.execute(b, 0, b.length);
    if (r instanceof Error) {
      ev.push(['E', r.message, r.code, r.bytesParsed]);
      return ev;
    }
    ev.push(['R', r]);
  }
  if (c.f) {
    const f = p.finish();
    if (f instanceof Error) ev.push(['FE', f.message, f.code, f.bytesParsed]);
    else ev.push(['F', f === undefined ? 'u' : f]);
  }
  return ev;
}

function hex(s: string): string {
  return HostBuffer.from(s, 'latin1').toString('hex');
}

interface Parsed {
  messages: Array<{ info: HeadersInfo; headers: string[]; url: string; body: string; trailers: string[] }>;
  error?: ParseError;
}

/** Parses `chunks` the way http's own callbacks would collect them. */
function parse(type: 0 | 1, chunks: Array<string | Uint8Array>, finish = true): Parsed {
  const out: Parsed = { messages: [] };
  const p = new HTTPParser(type) as HTTPParserInstance & { _h: string[]; _u: string };
  p._h = [];
  p._u = '';
  let cur: Parsed['messages'][number] | null = null;
  p.onHeaders = (h, u) => {
    if (cur) cur.trailers.push(...h);
    else {
      p._h.push(...h);
      p._u += u;
    }
  };
  p.onHeadersComplete = (info) => {
    cur = { info, headers: info.headers || p._h, url: info.url || p._u, body: '', trailers: [] };
    p._h = [];
    p._u = '';
    out.messages.push(cur);
    return false;
  };
  p.onBody = (b, s, l) => {
    (cur as Parsed['messages'][number]).body += b.toString('binary', s, s + l);
  };
  p.onMessageComplete = () => {
    cur = null;
  };
  for (const ch of chunks) {
    const b = typeof ch === 'string' ? new Buffer(ch, 'binary') : new Buffer(ch as never);
    const r = p.execute(b, 0, b.length);
    if (r instanceof Error) {
      out.error = r;
      return out;
    }
  }
  if (finish) {
    const e = p.finish();
    if (e) out.error = e;
  }
  return out;
}

test('HTTPParser: REQUEST and RESPONSE, execute/finish/reinitialize as the 0.10 binding', (t) => {
  t.is(HTTPParser.REQUEST, 0);
  t.is(HTTPParser.RESPONSE, 1);
  const p = new HTTPParser(HTTPParser.REQUEST);
  t.deepEqual(Object.keys(p), []);
  t.throws(() => p.execute('x' as never, 0, 1), { instanceOf: TypeError, message: 'Argument should be a buffer' });
  const b = new Buffer('GET / HTTP/1.1\r\n\r\n');
  t.throws(() => p.execute(b, 5, 100), { message: 'off + len > buffer.length' });
  t.throws(() => p.execute(b, 100, 1), { message: 'Offset is out of bounds' });
  t.is(p.execute(b, 0, b.length), b.length);
  t.is(p.finish(), undefined);
  const bad = p.execute(new Buffer('XYZ / HTTP/1.1\r\n\r\n'), 0, 18) as ParseError;
  t.true(bad instanceof Error);
  t.is(bad.message, 'Parse Error');
  t.is(bad.code, 'HPE_INVALID_METHOD');
  t.is(bad.bytesParsed, 0);
  // An errored parser stays so until reinitialized.
  t.is((p.execute(b, 0, b.length) as ParseError).code, 'HPE_INVALID_METHOD');
  p.reinitialize(HTTPParser.REQUEST);
  t.is(p.execute(b, 0, b.length), b.length);
});

test('HTTPParser: a request, with every split of its bytes, parses the same', (t) => {
  const msg =
    'POST /a/b?c=d HTTP/1.1\r\nHost: example.com\r\nX-Long: ' +
    'v'.repeat(100) +
    '\r\nX-Fold: a\r\n b\r\nX-Utf: \xc3\xa9\r\nTransfer-Encoding: chunked\r\n\r\n5;x\r\nhello\r\n6\r\n world\r\n0\r\nX-T: 1\r\n\r\n';
  const whole = parse(0, [msg]);
  t.is(whole.messages.length, 1);
  const m = whole.messages[0];
  t.is(m.url, '/a/b?c=d');
  t.is(m.info.method, 'POST');
  t.deepEqual(m.headers, ['Host', 'example.com', 'X-Long', 'v'.repeat(100), 'X-Fold', 'ab', 'X-Utf', 'é', 'Transfer-Encoding', 'chunked']);
  t.is(m.body, 'hello world');
  t.deepEqual(m.trailers, ['X-T', '1']);
  for (let i = 1; i < msg.length; i++) {
    const split = parse(0, [msg.slice(0, i), msg.slice(i)]);
    t.deepEqual(split, whole, `split at ${i}`);
  }
  // And one byte at a time.
  t.deepEqual(parse(0, msg.split('')), whole);
});

test('HTTPParser: responses: Content-Length, chunked, until EOF, 1xx/204/304, skipBody for HEAD', (t) => {
  const r1 = parse(1, ['HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabcHTTP/1.1 204 No Content\r\n\r\nHTTP/1.0 200 OK\r\n\r\nrest of it']);
  t.deepEqual(
    r1.messages.map((m) => [m.info.statusCode, m.body, m.info.shouldKeepAlive]),
    [
      [200, 'abc', true],
      [204, '', true],
      [200, 'rest of it', false],
    ],
  );
  t.is(r1.error, undefined);
  const p = new HTTPParser(HTTPParser.RESPONSE);
  let bodies = 0;
  p.onHeadersComplete = () => true;
  p.onBody = () => void bodies++;
  const b = new Buffer('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n');
  t.is(p.execute(b, 0, b.length), b.length);
  t.is(bodies, 0);
});

test('HTTPParser: upgrade and CONNECT stop after the head (the rest is not parsed)', (t) => {
  const p = new HTTPParser(HTTPParser.REQUEST);
  let info: HeadersInfo | undefined;
  p.onHeadersComplete = (i) => void (info = i);
  const head = 'GET /chat HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n';
  const b = new Buffer(head + '\x81\x05hello');
  t.is(p.execute(b, 0, b.length), head.length);
  t.true(info?.upgrade);
  const q = new HTTPParser(HTTPParser.REQUEST);
  q.onHeadersComplete = (i) => void (info = i);
  const c = new Buffer('CONNECT h:443 HTTP/1.1\r\n\r\ntunnel');
  t.is(q.execute(c, 0, c.length), c.length - 6);
  t.is(info?.url, 'h:443');
  t.true(info?.upgrade);
});

test('HTTPParser: more than 31 header pairs come in batches through onHeaders', (t) => {
  let h = '';
  for (let i = 0; i < 70; i++) h += `H${i}: v${i}\r\n`;
  const batches: number[] = [];
  const p = new HTTPParser(HTTPParser.REQUEST);
  let info: HeadersInfo | undefined;
  p.onHeaders = (headers, url) => void batches.push(headers.length / 2, url.length);
  p.onHeadersComplete = (i) => void (info = i);
  const b = new Buffer('GET /u HTTP/1.1\r\n' + h + '\r\n');
  p.execute(b, 0, b.length);
  t.deepEqual(batches, [31, 2, 31, 0, 8, 0]);
  t.is(info?.headers, undefined);
  t.is(info?.url, undefined);
});

test('HTTPParser: errors carry code and bytesParsed', (t) => {
  const cases: Array<[0 | 1, string, string, number]> = [
    [0, 'get / HTTP/1.1\r\n\r\n', 'HPE_INVALID_METHOD', 0],
    [0, 'GET /a\x01 HTTP/1.1\r\n\r\n', 'HPE_INVALID_URL', 6],
    [0, 'GET / HTTP/1.1 \r\n\r\n', 'HPE_INVALID_VERSION', 14],
    [0, 'GET / HTTP/1.1\rX', 'HPE_LF_EXPECTED', 15],
    [0, 'GET / HTTP/1.1\r\n: b\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', 16],
    [0, 'POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n', 'HPE_INVALID_CONTENT_LENGTH', 34],
    [0, 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nq\r\n', 'HPE_INVALID_CHUNK_SIZE', 47],
    [1, 'HTTP/1.1 2000 OK\r\n\r\n', 'HPE_INVALID_STATUS', 12],
    [1, 'XTTP/1.1 200 OK\r\n\r\n', 'HPE_INVALID_CONSTANT', 0],
  ];
  for (const [type, msg, code, at] of cases) {
    const r = parse(type, [msg], false);
    t.is(r.error?.code, code, msg);
    t.is(r.error?.bytesParsed, at, msg);
  }
  const r = parse(0, ['GET / HTTP/1.1\r\nX: ' + 'a'.repeat(80 * 1024) + '\r\n\r\n'], false);
  t.is(r.error?.code, 'HPE_HEADER_OVERFLOW');
  t.is(r.error?.bytesParsed, 80 * 1024);
  const eof = parse(0, ['GET / HTTP/1.1\r\nContent-Length: 5\r\n\r\nab']);
  t.is(eof.error?.code, 'HPE_INVALID_EOF_STATE');
  t.is(eof.error?.bytesParsed, 0);
});

// ---- against node 0.10's parser ----

function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

const REQUESTS = [
  'GET / HTTP/1.1\r\nHost: a\r\n\r\n',
  'GET /path/to?q=1&b=2#frag HTTP/1.1\r\nHost: example.com\r\nUser-Agent: x\r\nAccept: */*\r\n\r\n',
  'POST /up HTTP/1.1\r\nContent-Length: 5\r\nConnection: keep-alive\r\n\r\nhello',
  'POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;x=y\r\nhello\r\n0\r\nT: v\r\n\r\n',
  'GET http://u:p@h.com:80/x HTTP/1.0\r\nProxy-Connection: keep-alive\r\n\r\n',
  'CONNECT h.com:443 HTTP/1.1\r\n\r\ndata',
  'GET /ws HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\nframe',
  'HEAD / HTTP/1.1\r\nX-Fold: a\r\n b\r\n\r\nGET /2 HTTP/1.1\r\n\r\n',
  'M-SEARCH * HTTP/1.1\r\nST: x\r\n\r\n',
  'OPTIONS * HTTP/1.0\r\nConnection: close\r\n\r\n',
  // (Long lines: the parser's one-scan paths.)
  'GET /articles/2013/10/some-article-title?ref=front&page=2 HTTP/1.1\r\nHost: www.example.com\r\n' +
    'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:24.0) Gecko/20100101 Firefox/24.0\r\n' +
    'Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\nAccept-Language: en-US,en;q=0.5\r\n' +
    'Cookie: session=0123456789abcdef; theme=dark; _ga=GA1.2.123456789.1381234567\r\nConnection: keep-alive\r\n\r\n',
  'POST /form HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded; charset=\xc3\xa9t\xc3\xa9\r\nContent-Length: 7\r\n\r\na=1&b=2',
];
const RESPONSES = [
  'HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n',
  'HTTP/1.0 200 OK\r\nServer: x\r\n\r\nbody until eof',
  'HTTP/1.1 304 Not Modified\r\nETag: x\r\n\r\n',
  'HTTP/1.1 101 Switching Protocols\r\nUpgrade: ws\r\nConnection: Upgrade\r\n\r\nxx',
  'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n',
  'HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 200 OK\r\nServer: nginx/1.4.1\r\nDate: Tue, 15 Oct 2013 10:00:00 GMT\r\nContent-Type: text/html; charset=utf-8\r\n' +
    'Cache-Control: private, max-age=0\r\nTransfer-Encoding: chunked\r\n\r\n1a\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\n\r\n',
];
const PIECES = [
  '\r', '\n', ' ', '\t', ':', ';', '0', '1', '9', 'a', 'f', 'F', 'z', 'H', '/', '?', '#', '@', '[', ']', '\x80', '\xc3', '\xa9',
  '\x00', '\x7f', '\x01', '.', '-', 'chunked', 'keep-alive', 'close', 'Content-Length: ', 'Transfer-Encoding: ', 'Connection: ',
  'Upgrade: ', '\r\n', '\r\n\r\n', 'HTTP/1.1', 'GET ', '99999999999999999999', 'ffffffffffffffff', 'X'.repeat(40),
];

function fuzzCases(n: number, seed: number): Case[] {
  const rnd = rng(seed);
  const ri = (k: number) => Math.floor(rnd() * k);
  const out: Case[] = [];
  for (let k = 0; k < n; k++) {
    const t = ri(2) as 0 | 1;
    const pool = t ? RESPONSES : REQUESTS;
    let s = pool[ri(pool.length)];
    if (ri(3) === 0) s += pool[ri(pool.length)];
    if (ri(10) !== 0) {
      const edits = 1 + ri(4);
      for (let e = 0; e < edits; e++) {
        const pos = ri(s.length + 1);
        const op = ri(4);
        if (op === 0) s = s.slice(0, pos) + PIECES[ri(PIECES.length)] + s.slice(pos);
        else if (op === 1) s = s.slice(0, pos) + s.slice(pos + 1 + ri(3));
        else if (op === 2) s = s.slice(0, pos) + PIECES[ri(PIECES.length)] + s.slice(pos + 1);
        else {
          const a = ri(s.length);
          s = s.slice(0, pos) + s.slice(a, a + ri(12)) + s.slice(pos);
        }
      }
    }
    const h = hex(s);
    const cuts: number[] = [];
    for (let i = ri(5); i > 0; i--) cuts.push(ri(h.length / 2 + 1) * 2);
    cuts.sort((x, y) => x - y);
    const chunks: string[] = [];
    let prev = 0;
    for (const c of cuts) {
      if (c > prev) chunks.push(h.slice(prev, c));
      prev = c;
    }
    if (h.length > prev) chunks.push(h.slice(prev));
    out.push({ t, c: chunks.length ? chunks : ['0d0a'], f: true, s: ri(8) === 0 });
  }
  return out;
}

test('HTTPParser: 30,000 mutated messages, split at random, give the same events as node 0.10', async (t) => {
  const cases = fuzzCases(30000, 20131015);
  const script = path.join(__dirname, 'fixtures/parser-trace.js');
  const want = (await runOracle([script], cases.map((c) => JSON.stringify(c)).join('\n') + '\n')).trim().split('\n');
  t.is(want.length, cases.length);
  let differing = 0;
  for (let i = 0; i < cases.length; i++) {
    const got = JSON.stringify(trace(cases[i]));
    if (got !== want[i]) {
      if (differing++ < 5) t.log(JSON.stringify(cases[i]), '\n oracle', want[i], '\n n10   ', got);
    }
  }
  t.is(differing, 0);
});

test('HTTPParser: a Parse Error is made in the parser itself (no helper frame opens its stack, as 0.10 made it natively)', (t) => {
  const p = new HTTPParser(HTTPParser.RESPONSE);
  const bad = p.execute(new Buffer('NOT HTTP\r\n\r\n'), 0, 12) as ParseError;
  t.is(bad.message, 'Parse Error');
  t.notRegex(String(bad.stack), /parseError/);
  // Again once errored, and at the end of the input.
  t.notRegex(String((p.execute(new Buffer('x'), 0, 1) as ParseError).stack), /parseError/);
  const q = new HTTPParser(HTTPParser.RESPONSE);
  q.execute(new Buffer('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab'), 0, 40);
  const eof = q.finish() as ParseError;
  t.is(eof.code, 'HPE_INVALID_EOF_STATE');
  t.notRegex(String(eof.stack), /parseError/);
});
