// Load generator for benchmarks/http.bench.js, run by the host node as a separate process
// (started by the benchmark's prepare()), so that every contender's server is measured
// against the same client, outside its own process.
//
// It listens on the UNIX socket given as argv[2]. A contender connects and sends
// "<port> <requests> <connections> <path>\n"; the generator keeps that many keep-alive
// TCP connections to 127.0.0.1:<port>, sends GET <path> on each, one request at a time
// per connection, reads each response (Content-Length or chunked), and answers "done\n"
// once <requests> responses have come back. It exits when its parent (the benchmark
// harness) is gone.
'use strict';
const net = require('net');
const fs = require('fs');

const sockPath = process.argv[2];
try { fs.unlinkSync(sockPath); } catch (e) {}

const parent = process.ppid;
setInterval(() => {
  try { process.kill(parent, 0); } catch (e) { process.exit(0); }
}, 500).unref();


/** Reads responses off one connection; calls onResponse for each complete one. */
function connection(port, onResponse, onReady) {
  const c = net.connect(port, '127.0.0.1', onReady);
  c.setNoDelay(true);
  let buf = Buffer.alloc(0);
  c.on('data', (d) => {
    buf = buf.length ? Buffer.concat([buf, d]) : d;
    for (;;) {
      const end = responseEnd(buf);
      if (end < 0) return;
      buf = buf.subarray(end);
      onResponse();
    }
  });
  c.on('error', () => {});
  return c;
}

function responseEnd(b) {
  const h = b.indexOf('\r\n\r\n');
  if (h < 0) return -1;
  const head = b.toString('latin1', 0, h);
  const m = /\r\ncontent-length: *(\d+)/i.exec(head);
  if (m) {
    const end = h + 4 + Number(m[1]);
    return b.length >= end ? end : -1;
  }
  // Chunked: hello-world bodies end with the zero chunk.
  const z = b.indexOf('\r\n0\r\n\r\n', h);
  return z < 0 ? -1 : z + 7;
}

net.createServer((ctl) => {
  // One contender per control connection: its server's keep-alive connections live as long as
  // it does (a port number could be reused by a later contender, so it is not the key).
  const pools = new Map(); // port -> connections
  ctl.on('close', () => {
    for (const pool of pools.values()) for (const c of pool) c.destroy();
  });
  let line = '';
  ctl.on('data', (d) => {
    line += d;
    const i = line.indexOf('\n');
    if (i < 0) return;
    const [port, n, conns, path] = line.slice(0, i).split(' ');
    line = line.slice(i + 1);
    run(pools, Number(port), Number(n), Number(conns), path, () => ctl.write('done\n'));
  });
  ctl.on('error', () => {});
}).listen(sockPath);

function run(pools, port, n, conns, path, done) {
  const request = Buffer.from('GET ' + path + ' HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: n10-bench\r\nAccept: */*\r\n\r\n', 'latin1');
  let sent = 0;
  let received = 0;
  let pool = pools.get(port);
  const start = () => {
    for (const c of pool) {
      c.onResponse = () => {
        received++;
        if (received === n) return done();
        if (sent < n) {
          sent++;
          c.write(request);
        }
      };
      if (sent < n) {
        sent++;
        c.write(request);
      }
    }
  };
  if (pool) return start();
  pool = [];
  pools.set(port, pool);
  let ready = 0;
  for (let i = 0; i < conns; i++) {
    const c = connection(port, () => c.onResponse(), () => {
      if (++ready === conns) start();
    });
    pool.push(c);
  }
}
