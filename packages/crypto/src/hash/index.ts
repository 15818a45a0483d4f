// The digests by name, as OpenSSL 1.0.1e (node 0.10.19's) resolved them: names are case-
// sensitive, and each algorithm has its short name, upper-case name, signature-algorithm
// names and historical aliases. Every name below was checked against the oracle.
import type { Digest } from './block-hash';
import { Md4 } from './md4';
import { Md5 } from './md5';
import { Mdc2 } from './mdc2';
import { Ripemd160 } from './ripemd160';
import { Sha1, sha0 } from './sha1';
import { Sha256, sha224 } from './sha256';
import { Sha512, sha384 } from './sha512';

export type { Digest } from './block-hash';

/** The algorithms n10 implements, by canonical (lower-case short) name. */
const ALGORITHMS = new Map<string, () => Digest>([
  ['md4', () => new Md4()],
  ['md5', () => new Md5()],
  ['mdc2', () => new Mdc2()],
  ['ripemd160', () => new Ripemd160()],
  ['sha', sha0],
  ['sha1', () => new Sha1()],
  ['sha224', sha224],
  ['sha256', () => new Sha256()],
  ['sha384', sha384],
  ['sha512', () => new Sha512()],
]);

/**
 * Which keys a digest name signs with, as OpenSSL 1.0.1 tied them: 'any' (SHA-1 and SHA-2
 * names: RSA or DSA), 'rsa' (MD4, MD5, RIPEMD-160, SHA-0), 'dsa' (the DSS names), 'ecdsa',
 * 'none' (whirlpool: EVP_SignFinal refused every key).
 */
export type SignKind = 'any' | 'rsa' | 'dsa' | 'ecdsa' | 'none';

interface NameEntry {
  digest: string;
  kind: SignKind;
}

const NAMES = new Map<string, NameEntry>();
function names(digest: string, kind: SignKind, list: string): void {
  for (const n of list.split(' ')) NAMES.set(n, { digest, kind });
}
names('md4', 'rsa', 'md4 MD4 md4WithRSAEncryption RSA-MD4');
names('md5', 'rsa', 'md5 MD5 md5WithRSAEncryption RSA-MD5 ssl2-md5 ssl3-md5');
names('mdc2', 'rsa', 'mdc2 MDC2 mdc2WithRSA RSA-MDC2');
names('ripemd160', 'rsa', 'ripemd160 RIPEMD160 ripemd rmd160 ripemd160WithRSA RSA-RIPEMD160');
names('sha', 'rsa', 'sha SHA shaWithRSAEncryption RSA-SHA');
names('sha1', 'any', 'sha1 SHA1 sha1WithRSAEncryption RSA-SHA1 RSA-SHA1-2 ssl3-sha1');
names('sha1', 'dsa', 'DSA DSA-SHA DSA-SHA1 DSA-SHA1-old dsaEncryption dsaWithSHA dsaWithSHA1 dss1 DSS1');
names('sha1', 'ecdsa', 'ecdsa-with-SHA1');
names('sha224', 'any', 'sha224 SHA224 sha224WithRSAEncryption RSA-SHA224');
names('sha256', 'any', 'sha256 SHA256 sha256WithRSAEncryption RSA-SHA256');
names('sha384', 'any', 'sha384 SHA384 sha384WithRSAEncryption RSA-SHA384');
names('sha512', 'any', 'sha512 SHA512 sha512WithRSAEncryption RSA-SHA512');
names('whirlpool', 'none', 'whirlpool');

/** Digests with no portable implementation: usable only where the binding's OpenSSL has them. */
export const NATIVE_ONLY_DIGESTS: ReadonlySet<string> = new Set(['whirlpool']);

/** What a digest name means, or undefined when 0.10 (as n10 implements it) has no such digest. */
export function lookupDigest(name: string): NameEntry | undefined {
  return NAMES.get(name);
}

/** A fresh digest for a canonical name from lookupDigest. */
export function createDigest(canonical: string): Digest {
  return (ALGORITHMS.get(canonical) as () => Digest)();
}

// crypto.getHashes() in node 0.10.19, in its order (whirlpool only where OpenSSL has it).
const LISTED_0_10 =
  'DSA-SHA1-old dsa dsa-sha dsa-sha1 dsaEncryption dsaWithSHA dsaWithSHA1 dss1 ecdsa-with-SHA1 md4 ' +
  'md4WithRSAEncryption md5 md5WithRSAEncryption mdc2 mdc2WithRSA ripemd ripemd160 ripemd160WithRSA rmd160 ' +
  'rsa-md4 rsa-md5 rsa-mdc2 rsa-ripemd160 rsa-sha rsa-sha1 rsa-sha1-2 rsa-sha224 rsa-sha256 rsa-sha384 ' +
  'rsa-sha512 sha sha1 sha1WithRSAEncryption sha224 sha224WithRSAEncryption sha256 sha256WithRSAEncryption ' +
  'sha384 sha384WithRSAEncryption sha512 sha512WithRSAEncryption shaWithRSAEncryption ssl2-md5 ssl3-md5 ' +
  'ssl3-sha1 whirlpool';
/** getHashes(): 0.10's list (which names lower-cased aliases 0.10 itself rejected) minus the missing digests. */
export function hashNames(usable: (digest: string) => boolean = (d) => !NATIVE_ONLY_DIGESTS.has(d)): string[] {
  return LISTED_0_10.split(' ').filter((n) => usable(n));
}
