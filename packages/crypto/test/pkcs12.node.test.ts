// crypto.createCredentials({ pfx, passphrase }): PKCS #12 data read by the binding's OpenSSL,
// made here by `openssl pkcs12 -export` (modern AES bags, and -legacy RC2-40 bags as OpenSSL
// 1.0.1 wrote them). Errors are node 0.10.19's.
import test from 'ava';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Buffer } from '@n10/buffer';
import crypto from '../src/index';
import { SECURE_CONTEXT_STATE } from '../src/credentials';
import type { SecureContextState } from '../src/credentials';
import { portableEnginesForced } from '../src/provider';

const fixtures = path.join(__dirname, 'fixtures');

function exportPfx(pass: string, legacy: boolean): Buffer | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n10-pfx-'));
  const out = path.join(dir, 'x.pfx');
  try {
    const args = ['pkcs12', '-export', '-in', path.join(fixtures, 'rsa_cert.pem'), '-inkey', path.join(fixtures, 'rsa_private.pem'), '-out', out, '-passout', `pass:${pass}`];
    if (legacy) args.push('-legacy');
    execFileSync('openssl', args, { stdio: 'ignore' });
    return new Buffer(fs.readFileSync(out));
  } catch {
    return null;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const native = !portableEnginesForced();

for (const legacy of [false, true]) {
  (native ? test : test.skip)(`crypto.createCredentials(details): pfx and passphrase (${legacy ? 'RC2-40, as 0.10 wrote' : 'AES'} bags)`, (t) => {
    const pfx = exportPfx('sample', legacy);
    if (!pfx) return t.pass('no openssl command (or no -legacy) here');
    const creds = crypto.createCredentials({ pfx, passphrase: 'sample' });
    const state = (creds.context as unknown as Record<symbol, SecureContextState>)[SECURE_CONTEXT_STATE];
    t.is(state.pfx && state.pfx.length, pfx.length);
    t.is(state.pfxPassphrase, 'sample');
    t.truthy(crypto.createCredentials({ pfx: pfx.toString('binary'), passphrase: 'sample' }));
    t.throws(() => crypto.createCredentials({ pfx }), { message: 'mac verify failure' });
    t.throws(() => crypto.createCredentials({ pfx, passphrase: 'test' }), { message: 'mac verify failure' });
    const ctx = crypto.createCredentials().context;
    t.throws(() => ctx.loadPKCS12(pfx, 'sample' as never), { instanceOf: TypeError, message: 'Not a buffer' });
    t.true(ctx.loadPKCS12(pfx, new Buffer('sample')));
  });
}

test('SecureContext.loadPKCS12(pfx): 0.10 errors for data that is no PKCS #12', (t) => {
  t.throws(() => crypto.createCredentials({ pfx: 'sample', passphrase: 'test' }), { message: 'not enough data' });
  t.throws(() => crypto.createCredentials({ pfx: new Buffer(0) }), { message: 'Unable to load BIO' });
  t.throws(() => crypto.createCredentials({ pfx: new Buffer([0x30]) }), { message: 'header too long' });
  const ctx = crypto.createCredentials().context;
  t.throws(() => ctx.loadPKCS12(), { instanceOf: TypeError, message: 'Bad parameter' });
  t.throws(() => ctx.loadPKCS12(5), { message: 'Unable to load BIO' });
});

(native ? test : test.skip)('SecureContext.loadPKCS12(pfx): OpenSSL\'s reason for a malformed body', (t) => {
  t.throws(() => crypto.createCredentials({ pfx: new Buffer([0x30, 3, 1, 2, 3]) }), { message: 'too long' });
});
