// Where an error for a bad argument is reported: 0.10 threw these from its C++ binding, so an
// uncaught one showed crypto.js's line that called the binding (or, for a binding function
// 0.10 exported as it was, the program's line), and its stack started there. n10 notes the
// site for the runtime and starts the stack in the same function, not in its helpers.
import test from 'ava';
import crypto from '../src/index';
import { frameNames, siteOfThrow } from '../../../tools/test-throw-sites';

type Loose = (...args: unknown[]) => unknown;
const c = crypto as unknown as Record<string, Loose>;

test('crypto.pbkdf2 without a callback: the site is 0.10\'s throw (crypto.js:549)', (t) => {
  t.deepEqual(siteOfThrow(t, () => c.pbkdf2('p', 's', 1, 20)), {
    file: 'crypto.js', line: 549, text: "    throw new Error('No callback provided to pbkdf2');", caret: ' '.repeat(10) + '^',
  });
});

test('crypto.pbkdf2Sync / pbkdf2 with bad arguments: the site is the binding call in 0.10\'s pbkdf2 (crypto.js:565), the stack starts in that function', (t) => {
  const site = { file: 'crypto.js', line: 565, text: '    return binding.PBKDF2(password, salt, iterations, keylen, callback);', caret: ' '.repeat(19) + '^' };
  t.deepEqual(siteOfThrow(t, () => c.pbkdf2Sync('p', 's', -1, 20)), site);
  t.deepEqual(siteOfThrow(t, () => c.pbkdf2Sync(5, 's', 1, 20)), site);
  t.deepEqual(siteOfThrow(t, () => c.pbkdf2('p', 's', 'x', 20, () => {})), site);
  t.is(frameNames(() => c.pbkdf2Sync(5, 's', 1, 20))[0], 'pbkdf2Call');
});

test('crypto.randomBytes / pseudoRandomBytes with a bad size: the stack starts in the caller (0.10 exported its C++ function)', (t) => {
  const caller = function callsRandomBytes(): unknown {
    return c.randomBytes(-1);
  };
  t.is(frameNames(caller)[0], 'callsRandomBytes');
  const pseudo = function callsPseudo(): unknown {
    return c.pseudoRandomBytes('x');
  };
  t.is(frameNames(pseudo)[0], 'callsPseudo');
  t.throws(() => c.randomBytes(1.5, () => {}), { instanceOf: TypeError, message: 'Argument #1 must be number > 0' });
});

test('hash.update(data) with neither a string nor a buffer, crypto.createHmac without a key: the stack starts in the crypto.js method', (t) => {
  t.regex(frameNames(() => crypto.createHash('md5').update(5 as never))[0], /^(proto\d*\.)?update$/, 'the method (its bundled name proto.update, proto9.update…), not inputBytes');
  t.is(frameNames(() => c.createHmac('md5'))[0], 'init', "the handle's init (which the runtime leaves out), not n10's bufferArg");
});

test('crypto.createDiffieHellman(falsy): 0.10 made its binding with no argument (crypto.js:433)', (t) => {
  for (const v of [0, '', null, undefined, false]) {
    t.deepEqual(siteOfThrow(t, () => c.createDiffieHellman(v)), {
      file: 'crypto.js', line: 433, text: '    this._binding = new binding.DiffieHellman();', caret: ' '.repeat(20) + '^',
    });
  }
});

test('crypto.createCredentials(details): a failing context call is sited at its line of 0.10\'s createCredentials, the stack starts there', (t) => {
  t.deepEqual(siteOfThrow(t, () => c.createCredentials({ key: 'x' })), {
    file: 'crypto.js', line: 100, text: '      c.context.setKey(options.key);', caret: ' '.repeat(16) + '^',
  });
  t.is(siteOfThrow(t, () => c.createCredentials({ key: 'x', passphrase: 'p' }))?.line, 98);
  t.is(siteOfThrow(t, () => c.createCredentials({ cert: 'x' }))?.line, 104);
  t.is(siteOfThrow(t, () => c.createCredentials({ pfx: 'x' }))?.line, 145);
  t.regex(frameNames(() => c.createCredentials({ key: 'x' }))[0], /^(createCredentials)?$/, 'not the context method nor its helpers');
});

test('errors of the handle under a crypto.js method (update, final, sign, verify, Diffie-Hellman keys) are sited at the method\'s call of 0.10\'s binding, the stack starting in the method', (t) => {
  const site = (f: () => unknown) => {
    const s = siteOfThrow(t, f);
    return s && [s.line, s.text.trim(), s.caret.length - 1];
  };
  t.deepEqual(site(() => crypto.createHash('md5').update({} as never)), [209, 'this._binding.update(data, encoding);', 16]);
  t.deepEqual(site(() => crypto.createHmac('md5', 'k').update({} as never)), [209, 'this._binding.update(data, encoding);', 16]);
  t.deepEqual(site(() => crypto.createSign('sha1').update({} as never)), [209, 'this._binding.update(data, encoding);', 16]);
  const h = crypto.createHash('md5');
  h.digest();
  t.deepEqual(site(() => h.digest()), [216, 'return this._binding.digest(outputEncoding);', 23]);
  t.deepEqual(site(() => crypto.createCipher('aes128', 'k').update({} as never)), [274, 'var ret = this._binding.update(data, inputEncoding);', 26]);
  t.deepEqual(site(() => crypto.createSign('sha1').sign({} as never)), [393, 'var ret = this._binding.sign(toBuf(key));', 26]);
  t.deepEqual(site(() => crypto.createVerify('sha1').verify({} as never, 'x')), [421, 'return this._binding.verify(toBuf(object), toBuf(signature, sigEncoding));', 23]);
  const dh = crypto.getDiffieHellman('modp1');
  t.deepEqual(site(() => dh.getPublicKey()), [511, 'var key = this._binding.getPublicKey();', 26]);
  t.deepEqual(site(() => dh.computeSecret('x')), [473, 'var ret = this._binding.computeSecret(toBuf(key, inEnc));', 26]);
  t.deepEqual(site(() => crypto.createDiffieHellman(8).setPrivateKey({} as never)), [541, 'this._binding.setPrivateKey(toBuf(key, encoding));', 16]);
});

test("sign.update and verify.update are hash.update itself, as 0.10's Sign.prototype.update = Hash.prototype.update", (t) => {
  t.is(crypto.Sign.prototype.update as unknown, crypto.Hash.prototype.update as unknown);
  t.is(crypto.Verify.prototype.update as unknown, crypto.Hash.prototype.update as unknown);
});
