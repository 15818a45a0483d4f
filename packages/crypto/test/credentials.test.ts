// crypto.createCredentials(details): the Credentials object and its SecureContext.
import test from 'ava';
import { Buffer } from '@n10/buffer';
import crypto from '../src/index';
import { clearErrors } from '../src/errors';
import { secureContextState } from '../src/internal';
import * as keys from './helpers/keys';

test('crypto.createCredentials(details): a Credentials with a context holding key, cert, CA and options', (t) => {
  const c = crypto.createCredentials({ key: keys.rsaPrivate, cert: keys.rsaCert, ca: [keys.rsaCert], ciphers: 'RC4:HIGH', secureOptions: 4, sessionIdContext: 'app' });
  t.true(c instanceof crypto.Credentials);
  t.deepEqual(Object.keys(c), ['context']);
  const state = secureContextState(c.context);
  t.truthy(state);
  t.is(state?.method, 'SSLv23_method');
  t.is(state?.key?.parsed.kind, 'rsa');
  t.is(state?.certChain, keys.rsaCert);
  t.deepEqual(state?.ca, [keys.rsaCert]);
  t.is(state?.ciphers, 'RC4:HIGH');
  t.is(state?.options, 4);
  t.is(state?.sessionIdContext, 'app');
  t.is(secureContextState(crypto.createCredentials({ secureProtocol: 'TLSv1_method' }).context)?.method, 'TLSv1_method');
});

test('crypto.createCredentials: encrypted keys with a passphrase (PEM and PKCS #8)', (t) => {
  for (const key of [keys.rsaPrivateAes, keys.rsaPrivateDes3, keys.rsaPrivatePkcs8Pbes2, keys.rsaPrivatePkcs8Pbes2Des3, keys.rsaPrivatePkcs8PbeSha13des]) {
    const state = secureContextState(crypto.createCredentials({ key, passphrase: 'secret' }).context);
    t.is(state?.key?.parsed.kind, 'rsa');
  }
  clearErrors();
  t.throws(() => crypto.createCredentials({ key: keys.rsaPrivateAes, passphrase: 'wrong' }), {
    message: 'error:06065064:digital envelope routines:EVP_DecryptFinal_ex:bad decrypt',
  });
  clearErrors();
});

test('crypto.createCredentials: 0.10 errors for bad details', (t) => {
  clearErrors(); // errors other tests left queued would be reported first, as in 0.10
  t.throws(() => crypto.createCredentials({ key: 'garbage' }), { message: 'error:0906D06C:PEM routines:PEM_read_bio:no start line' });
  t.throws(() => crypto.createCredentials({ cert: keys.rsaPrivate }), { message: 'error:0906D06C:PEM routines:PEM_read_bio:no start line' });
  clearErrors(); // the SSL entry setCert left
  t.throws(() => crypto.createCredentials({ secureProtocol: 'TLSv1_2_method' }), { message: 'Unknown method' });
  t.throws(() => crypto.createCredentials({ ciphers: 5 as never }), { instanceOf: TypeError, message: 'Bad parameter' });
  t.throws(() => crypto.createCredentials({ pfx: 'garbage' }), { message: 'not enough data' });
  t.notThrows(() => crypto.createCredentials({ ca: 'garbage', crl: 'garbage' }));
  const ctx = crypto.createCredentials().context;
  t.false(ctx.setKey(5));
  t.true(ctx.init());
  t.false(ctx.close());
});

test('crypto.createCredentials(details, context): an existing context is used as it is', (t) => {
  const context = crypto.createCredentials().context;
  const c = crypto.createCredentials({ key: 'garbage' }, context);
  t.is(c.context, context);
});

test('SecureContext: its methods are enumerable on the prototype, as on 0.10\'s native object', (t) => {
  const proto = Object.getPrototypeOf(crypto.createCredentials().context);
  t.deepEqual(Object.keys(proto).sort(), ['addCACert', 'addCRL', 'addRootCerts', 'close', 'init', 'loadPKCS12', 'setCert', 'setCiphers', 'setKey', 'setOptions', 'setSessionIdContext']);
});

test('SecureContext.setCert: an error left queued fails a certificate that loads (OpenSSL\'s ERR_peek_error check), unless a key of its type was set first (ssl_set_cert cleared the queue); loadPKCS12 leaves nothing queued', (t) => {
  clearErrors();
  const badKey = () => crypto.createCipheriv('aes-128-cbc', new Buffer(5) as never, new Buffer(16) as never);
  const garbageCert = () => crypto.createCredentials({ cert: 'garbage' });
  const PEM_LIB = 'error:140DC009:SSL routines:SSL_CTX_use_certificate_chain_file:PEM lib';
  t.throws(garbageCert, { message: 'error:0906D06C:PEM routines:PEM_read_bio:no start line' });
  // Its second error is still queued: the next failure reports it, and leaves its own.
  t.throws(badKey, { message: PEM_LIB });
  t.throws(() => crypto.createCredentials({ cert: keys.rsaCert }), { message: /invalid key length/ });
  t.throws(garbageCert);
  t.throws(badKey, { message: PEM_LIB });
  t.notThrows(() => crypto.createCredentials({ key: keys.rsaPrivate, cert: keys.rsaCert }));
  t.throws(garbageCert);
  t.throws(() => crypto.createCredentials({ pfx: new Buffer('garbage') as never }), { message: 'not enough data' });
  t.throws(badKey, { message: /invalid key length/ });
  clearErrors();
});
