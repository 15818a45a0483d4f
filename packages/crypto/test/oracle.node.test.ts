// Differential tests: each test/diff/*.js script prints what it observes, under node v0.10.19
// and against n10's crypto; every line must match.
import test from 'ava';
import fs from 'node:fs';
import path from 'node:path';
import { firstDifference, runLocal, runOracle } from './helpers/oracle';

const dir = path.join(__dirname, 'diff');
const titles: Record<string, string> = {
  'face.js': 'the module face: keys, constructors, prototypes, names and lengths match node 0.10',
  'hash.js': 'crypto.createHash(algorithm), hash.update(data, [input_encoding]), hash.digest([encoding]): every name, encoding and error matches node 0.10',
  'hmac.js': 'crypto.createHmac(algorithm, key), hmac.update(data), hmac.digest([encoding]) match node 0.10',
  'streams.js': 'Class: Hash / Class: Hmac as streams (write, end, read, pipe) match node 0.10',
  'pbkdf2.js': 'crypto.pbkdf2 / crypto.pbkdf2Sync: keys and argument checks match node 0.10',
  'random.js': 'crypto.randomBytes / crypto.pseudoRandomBytes: sizes, errors and callbacks match node 0.10',
  'cipher.js': 'createCipher/createCipheriv/createDecipher/createDecipheriv, Class: Cipher/Decipher, update/final/setAutoPadding: every cipher, padding rule, error and encoding matches node 0.10',
  'dh.js': 'DiffieHellman: createDiffieHellman(prime_length / prime), getDiffieHellman(group), keys, secrets, checks and encodings match node 0.10',
  'sign.js': 'createSign/createVerify, Class: Sign/Verify, sign.sign/verifier.verify with RSA and DSA keys in every PEM form match node 0.10',
  'credentials.js': 'crypto.createCredentials(details): the object, its context and every detail match node 0.10',
  'error-queue.js': 'OpenSSL error entries left by one call show in the next error, as in node 0.10',
  'default-encoding.js': 'crypto.DEFAULT_ENCODING changes defaults as in node 0.10',
};

for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
  // Serial: the scripts set crypto.DEFAULT_ENCODING on the one module instance.
  test.serial(titles[file] || `${file} matches node 0.10`, async (t) => {
    const body = fs.readFileSync(path.join(dir, file), 'utf8');
    const expected = runOracle(body);
    const actual = await runLocal(body);
    t.true(expected.length > 3, 'the oracle printed the case');
    t.is(firstDifference(expected, actual), undefined);
  });
}
