// The ciphers by name, as OpenSSL 1.0.1e (node 0.10.19's) resolved them: case-sensitive
// names, lower-case and (for most) upper-case forms, and aliases (aes128 is aes-128-cbc, des3
// is des-ede3-cbc, bf and blowfish are bf-cbc). Every name below was checked against the
// oracle, with its key and IV lengths.
import { Aes } from './aes';
import type { BlockCipher } from './block';
import { Blowfish } from './blowfish';
import { Des, DesEde, DesX } from './des';
import { Idea } from './idea';
import { Cbc, Cfb, Cfb1, Cfb8, Ctr, Ecb, Ofb } from './modes';
import type { Mode } from './modes';
import { Rc4 } from './rc4';

type ModeName = 'ecb' | 'cbc' | 'cfb' | 'cfb1' | 'cfb8' | 'ofb' | 'ctr' | 'stream';

export interface CipherSpec {
  /** Canonical (lower-case OpenSSL) name. */
  name: string;
  keyLength: number;
  ivLength: number;
  /** The EVP block size: the cipher's block for ECB/CBC, 1 for the stream-like modes. */
  blockSize: number;
  /** OpenSSL's EVP_CIPH_VARIABLE_LENGTH: any key length from 1 byte. */
  variableKey: boolean;
  mode: ModeName;
  block: ((key: Uint8Array) => BlockCipher) | null;
  /** No portable implementation: usable only where the binding's OpenSSL has the cipher. */
  nativeOnly?: boolean;
  /** Decrypting, final() fails as 0.10 did (GCM without a way to give the tag). */
  decryptFinalFails?: boolean;
  /** Decrypting, update() and final() fail as 0.10 did (the stitched AES-CBC-HMAC-SHA1). */
  decryptFails?: boolean;
}

const SPECS = new Map<string, CipherSpec>();
const NAMES = new Map<string, CipherSpec>();

function add(name: string, keyLength: number, ivLength: number, mode: ModeName, blockBytes: number, block: CipherSpec['block'], variableKey = false): CipherSpec {
  const spec: CipherSpec = {
    name,
    keyLength,
    ivLength,
    blockSize: mode === 'ecb' || mode === 'cbc' ? blockBytes : 1,
    variableKey,
    mode,
    block,
  };
  SPECS.set(name, spec);
  return spec;
}

/** Registers names for a spec; `upper` also registers the upper-case form of each. */
function alias(spec: CipherSpec, names: string[], upper = true): void {
  for (const n of names) {
    NAMES.set(n, spec);
    if (upper) NAMES.set(n.toUpperCase(), spec);
  }
}

const aes = (key: Uint8Array) => new Aes(key);
for (const bits of [128, 192, 256]) {
  const k = bits / 8;
  for (const m of ['ecb', 'cbc', 'cfb', 'cfb1', 'cfb8', 'ofb', 'ctr'] as ModeName[]) {
    const spec = add(`aes-${bits}-${m}`, k, m === 'ecb' ? 0 : 16, m, 16, aes);
    alias(spec, [spec.name]);
  }
  alias(SPECS.get(`aes-${bits}-cbc`) as CipherSpec, [`aes${bits}`]);
  if (bits !== 192) {
    // OpenSSL 1.0.1's stitched cipher, without a MAC key: AES-CBC encrypting; decrypting failed.
    const stitched = add(`aes-${bits}-cbc-hmac-sha1`, k, 16, 'cbc', 16, aes);
    stitched.decryptFails = true;
    alias(stitched, [stitched.name]);
  }
}

const des = (key: Uint8Array) => new Des(key);
const ede = (key: Uint8Array) => new DesEde(key);
for (const m of ['ecb', 'cbc', 'cfb', 'cfb1', 'cfb8', 'ofb'] as ModeName[]) {
  alias(add(`des-${m}`, 8, m === 'ecb' ? 0 : 8, m, 8, des), [`des-${m}`]);
}
alias(SPECS.get('des-cbc') as CipherSpec, ['des']);
alias(add('des-ede', 16, 0, 'ecb', 8, ede), ['des-ede']);
alias(add('des-ede3', 24, 0, 'ecb', 8, ede), ['des-ede3']);
for (const m of ['cbc', 'cfb', 'ofb'] as ModeName[]) {
  alias(add(`des-ede-${m}`, 16, 8, m, 8, ede), [`des-ede-${m}`]);
  alias(add(`des-ede3-${m}`, 24, 8, m, 8, ede), [`des-ede3-${m}`]);
}
alias(add('des-ede3-cfb8', 24, 8, 'cfb8', 8, ede), ['des-ede3-cfb8']);
alias(SPECS.get('des-ede3-cbc') as CipherSpec, ['des3']);
alias(add('desx-cbc', 24, 8, 'cbc', 8, (key) => new DesX(key)), ['desx-cbc', 'desx']);

const bf = (key: Uint8Array) => new Blowfish(key);
for (const m of ['ecb', 'cbc', 'cfb', 'ofb'] as ModeName[]) {
  alias(add(`bf-${m}`, 16, m === 'ecb' ? 0 : 8, m, 8, bf, true), [`bf-${m}`]);
}
alias(SPECS.get('bf-cbc') as CipherSpec, ['bf']);
alias(SPECS.get('bf-cbc') as CipherSpec, ['blowfish'], false);

const idea = (key: Uint8Array) => new Idea(key);
for (const m of ['ecb', 'cbc', 'cfb', 'ofb'] as ModeName[]) {
  alias(add(`idea-${m}`, 16, m === 'ecb' ? 0 : 8, m, 8, idea), [`idea-${m}`]);
}
alias(SPECS.get('idea-cbc') as CipherSpec, ['idea']);

alias(add('rc4', 16, 0, 'stream', 1, null, true), ['rc4', 'rc4-hmac-md5']);
alias(add('rc4-40', 5, 0, 'stream', 1, null, true), ['rc4-40']);

// The ciphers n10 runs only on the binding's OpenSSL (its legacy provider for CAST5, RC2 and
// SEED): 0.10's sizes, checked against OpenSSL's before use (provider.ts).
function native(name: string, keyLength: number, ivLength: number, mode: ModeName, blockBytes: number, variableKey = false): CipherSpec {
  const spec = add(name, keyLength, ivLength, mode, blockBytes, null, variableKey);
  spec.nativeOnly = true;
  return spec;
}
for (const m of ['ecb', 'cbc', 'cfb', 'ofb'] as ModeName[]) {
  alias(native(`cast5-${m}`, 16, m === 'ecb' ? 0 : 8, m, 8, true), [`cast5-${m}`]);
  alias(native(`rc2-${m}`, 16, m === 'ecb' ? 0 : 8, m, 8, true), [`rc2-${m}`]);
  alias(native(`seed-${m}`, 16, m === 'ecb' ? 0 : 16, m, 16), [`seed-${m}`]);
}
alias(SPECS.get('cast5-cbc') as CipherSpec, ['cast', 'CAST', 'cast-cbc', 'CAST-cbc'], false);
alias(SPECS.get('rc2-cbc') as CipherSpec, ['rc2']);
alias(native('rc2-40-cbc', 5, 8, 'cbc', 8, true), ['rc2-40-cbc']);
alias(native('rc2-64-cbc', 8, 8, 'cbc', 8, true), ['rc2-64-cbc']);
alias(SPECS.get('seed-cbc') as CipherSpec, ['seed']);
for (const bits of [128, 192, 256]) {
  const k = bits / 8;
  for (const m of ['ecb', 'cbc', 'cfb', 'cfb1', 'cfb8', 'ofb'] as ModeName[]) {
    const spec = native(`camellia-${bits}-${m}`, k, m === 'ecb' ? 0 : 16, m, 16);
    alias(spec, [spec.name]);
  }
  alias(SPECS.get(`camellia-${bits}-cbc`) as CipherSpec, [`camellia${bits}`]);
  const gcm = native(`aes-${bits}-gcm`, k, 12, 'stream', 1);
  gcm.decryptFinalFails = true;
  alias(gcm, [gcm.name, `id-aes${bits}-GCM`], false);
}
alias(native('aes-128-xts', 32, 16, 'stream', 1), ['aes-128-xts']);
alias(native('aes-256-xts', 64, 16, 'stream', 1), ['aes-256-xts']);

/** The cipher a name means, or undefined. */
export function lookupCipher(name: string): CipherSpec | undefined {
  return NAMES.get(name);
}

/** The mode object for a spec with a key and IV of the right lengths. */
export function createMode(spec: CipherSpec, key: Uint8Array, iv: Uint8Array, decrypt: boolean): Mode {
  if (spec.mode === 'stream') {
    const rc4 = new Rc4(key);
    return { process: (src, start, end, out, at) => rc4.process(src, start, end, out, at) };
  }
  const block = (spec.block as (key: Uint8Array) => BlockCipher)(key);
  switch (spec.mode) {
    case 'ecb':
      return new Ecb(block, decrypt);
    case 'cbc':
      return new Cbc(block, iv, decrypt);
    case 'cfb':
      return new Cfb(block, iv, decrypt);
    case 'cfb1':
      return new Cfb1(block, iv, decrypt);
    case 'cfb8':
      return new Cfb8(block, iv, decrypt);
    case 'ofb':
      return new Ofb(block, iv);
    default:
      return new Ctr(block, iv);
  }
}

// crypto.getCiphers() in node 0.10.19, in its order, less what n10 does not implement (CAST5,
// Camellia, RC2, SEED, GCM, XTS, AES-CBC-HMAC-SHA1, des-ede3-cfb1: see the README's Differences).
const LISTED_0_10 =
  'CAST-cbc aes-128-cbc aes-128-cbc-hmac-sha1 aes-128-cfb aes-128-cfb1 aes-128-cfb8 aes-128-ctr aes-128-ecb ' +
  'aes-128-gcm aes-128-ofb aes-128-xts aes-192-cbc aes-192-cfb aes-192-cfb1 aes-192-cfb8 aes-192-ctr aes-192-ecb ' +
  'aes-192-gcm aes-192-ofb aes-256-cbc aes-256-cbc-hmac-sha1 aes-256-cfb aes-256-cfb1 aes-256-cfb8 aes-256-ctr ' +
  'aes-256-ecb aes-256-gcm aes-256-ofb aes-256-xts aes128 aes192 aes256 bf bf-cbc bf-cfb bf-ecb bf-ofb blowfish ' +
  'camellia-128-cbc camellia-128-cfb camellia-128-cfb1 camellia-128-cfb8 camellia-128-ecb camellia-128-ofb ' +
  'camellia-192-cbc camellia-192-cfb camellia-192-cfb1 camellia-192-cfb8 camellia-192-ecb camellia-192-ofb ' +
  'camellia-256-cbc camellia-256-cfb camellia-256-cfb1 camellia-256-cfb8 camellia-256-ecb camellia-256-ofb ' +
  'camellia128 camellia192 camellia256 cast cast-cbc cast5-cbc cast5-cfb cast5-ecb cast5-ofb des des-cbc des-cfb ' +
  'des-cfb1 des-cfb8 des-ecb des-ede des-ede-cbc des-ede-cfb des-ede-ofb des-ede3 des-ede3-cbc des-ede3-cfb ' +
  'des-ede3-cfb1 des-ede3-cfb8 des-ede3-ofb des-ofb des3 desx desx-cbc id-aes128-GCM id-aes192-GCM id-aes256-GCM ' +
  'idea idea-cbc idea-cfb idea-ecb idea-ofb rc2 rc2-40-cbc rc2-64-cbc rc2-cbc rc2-cfb rc2-ecb rc2-ofb rc4 rc4-40 ' +
  'rc4-hmac-md5 seed seed-cbc seed-cfb seed-ecb seed-ofb';

/** getCiphers(): 0.10's list, less the ciphers n10 lacks (`usable` decides; by default the portable ones). */
export function cipherNames(usable: (spec: CipherSpec) => boolean = (spec) => !spec.nativeOnly): string[] {
  return LISTED_0_10.split(' ').filter((n) => {
    const spec = NAMES.get(n);
    return !!spec && usable(spec);
  });
}
