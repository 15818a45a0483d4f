// A server whose key and certificate come from a PKCS#12 file (pfx), through
// crypto.createCredentials and tls.createServer: the handshake completes, data flows.
import test from 'ava';
import fs from 'node:fs';
import path from 'node:path';
import crypto from '@n10/crypto';
import net from '@n10/net';
import tls from '@n10/tls';

const pfx = fs.readFileSync(path.join(__dirname, '../../../conformance/cases/crypto/fixtures/rsa_cert_rc2.pfx'));

/** Connects a TLS client to `server`, writes `send` once connected, and resolves with all it read. */
function exchange(server: { listen(port: number, host: string, cb: () => void): unknown; address(): unknown; close(): unknown }, send?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      const c = tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false }, () => {
        if (send !== undefined) c.write(send);
      });
      let got = '';
      c.on('data', (d: Buffer) => (got += String(d)));
      c.on('error', reject);
      c.on('close', () => {
        server.close();
        resolve(got);
      });
    });
  });
}

test('tls.createServer(options): pfx and passphrase give the key and certificate', async (t) => {
  const server = tls.createServer({ pfx, passphrase: 'sample' }, (c) => c.end('from pfx'));
  t.is(await exchange(server), 'from pfx');
});

test('crypto.createCredentials({pfx, passphrase}) serves a SecurePair', async (t) => {
  const creds = crypto.createCredentials({ pfx, passphrase: 'sample' });
  const server = net.createServer((socket) => {
    const pair = tls.createSecurePair(creds, true);
    pair.encrypted.pipe(socket);
    socket.pipe(pair.encrypted);
    pair.cleartext.on('data', (d: Buffer) => pair.cleartext.end('got ' + String(d)));
  });
  t.is(await exchange(server, 'hello'), 'got hello');
});
