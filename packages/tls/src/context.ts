// Secure contexts: 0.10's options (key, cert, ca, crl, ciphers, pfx, passphrase,
// secureProtocol, secureOptions, sessionIdContext) → crypto.createCredentials(…) for 0.10's
// checks and errors, and a native SecureContext (OpenSSL's SSL_CTX) that the connections use.
//
// A credentials object made elsewhere (crypto.createCredentials, what SNICallback returns)
// gets its native context from what its portable context kept (@n10/crypto/internal).
import type { SecureContext as NativeContext } from '@n10/binding';
import crypto from '@n10/crypto';
import type { CredentialsInstance } from '@n10/crypto';
import { secureContextState } from '@n10/crypto/internal';
import { binding } from './native';

export type Bytesish = string | Uint8Array;

export interface SecureOptions {
  pfx?: Bytesish;
  key?: Bytesish;
  passphrase?: string;
  cert?: Bytesish;
  ca?: Bytesish | Bytesish[];
  crl?: Bytesish | Bytesish[];
  ciphers?: string;
  honorCipherOrder?: boolean;
  secureProtocol?: string;
  secureOptions?: number;
  sessionIdContext?: string;
}

const NATIVE = new WeakMap<object, NativeContext>();

// OpenSSL 3's SSL_OP_CIPHER_SERVER_PREFERENCE, SSL_OP_NO_TICKET
export const OP_CIPHER_SERVER_PREFERENCE = 0x400000;
export const OP_NO_TICKET = 0x4000;
export const OP_ALLOW_CLIENT_RENEGOTIATION = 0x100;

// SSL_OP_* that 0.10 programs pass as secureOptions (OpenSSL 1.0.1's numbers) → OpenSSL 3's.
const OPTION_MAP: Array<[number, number]> = [
  [0x00004000, 0x00004000], // NO_TICKET
  [0x00400000, 0x00400000], // CIPHER_SERVER_PREFERENCE
  [0x01000000, 0], // NO_SSLv2: gone
  [0x02000000, 0x02000000], // NO_SSLv3
  [0x04000000, 0x04000000], // NO_TLSv1
  [0x08000000, 0x08000000], // NO_TLSv1_2 (1.0.1)
  [0x10000000, 0x10000000], // NO_TLSv1_1 (1.0.1)
  [0x00010000, 0x00010000], // NO_SESSION_RESUMPTION_ON_RENEGOTIATION
  [0x00100000, 0x00100000], // SINGLE_ECDH_USE (ignored by 3.0)
];

function mapOptions(o: number): number {
  let out = 0;
  for (const [from, to] of OPTION_MAP) if (o & from) out |= to;
  return out;
}

function bytes(v: Bytesish): Uint8Array {
  if (typeof v === 'string') {
    const out = new Uint8Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = v.charCodeAt(i) & 0xff;
    return out;
  }
  return v;
}

/** 'SSLv23_method' etc. → [kind, min, max] (TLS 1.2 at most: 0.10's OpenSSL had no 1.3). */
function methodOf(method: string | undefined): [0 | 1 | 2, number, number] {
  const m = method || 'SSLv23_method';
  const kind: 0 | 1 | 2 = /_server_method$/.test(m) ? 1 : /_client_method$/.test(m) ? 2 : 0;
  if (/^TLSv1_/.test(m)) return [kind, 0x301, 0x301];
  if (/^SSLv3_/.test(m)) return [kind, 0x300, 0x300];
  return [kind, 0, 0x303];
}

function newNative(method: string | undefined): NativeContext {
  const b = binding();
  const ctx = new b.SecureContext();
  const [kind, min, max] = methodOf(method);
  ctx.init(kind);
  // OpenSSL 3 refuses client-initiated renegotiation unless allowed; 0.10 allowed it (and
  // limited it: CLIENT_RENEG_LIMIT, pair.ts).
  if (kind !== 2) ctx.setOptions(OP_ALLOW_CLIENT_RENEGOTIATION);
  if (min) ctx.setMinProto(min);
  ctx.setMaxProto(max);
  // Security level 0, as OpenSSL 1.0.1 (0.10's) had no levels: 512- and 1024-bit RSA keys,
  // SHA-1 signatures and old protocols are accepted, as node 0.10 did. Set before any key or
  // certificate goes in (OpenSSL 3 checks them when they are loaded); a later ciphers list
  // without @SECLEVEL leaves the level as it is.
  ctx.setCiphers('DEFAULT:@SECLEVEL=0');
  return ctx;
}

function list<T>(v: T | T[] | undefined): T[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** crypto.createCredentials(options) with a native context built from the same options. */
export function createCredentials(options: SecureOptions | null | undefined): CredentialsInstance {
  const o = options || {};
  // pfx: OpenSSL reads it (the portable context does not do PKCS #12).
  const portable: Record<string, unknown> = {};
  for (const k of Object.keys(o)) portable[k] = (o as Record<string, unknown>)[k];
  delete portable.pfx;
  if (o.pfx && !o.key) delete portable.passphrase;
  const creds = crypto.createCredentials(portable as never);
  const ctx = newNative(o.secureProtocol);
  if (o.key) ctx.setKey(bytes(o.key), o.passphrase ? String(o.passphrase) : null);
  if (o.cert) ctx.setCert(bytes(o.cert));
  if (o.ciphers) ctx.setCiphers(String(o.ciphers));
  const cas = list(o.ca);
  const crls = list(o.crl);
  if (cas.length) for (const ca of cas) ctx.addCACert(bytes(ca));
  else ctx.addRootCerts(crls.length === 0); // shared unless CRLs go into the store
  for (const crl of crls) ctx.addCRL(bytes(crl));
  if (o.sessionIdContext) ctx.setSessionIdContext(String(o.sessionIdContext));
  if (o.pfx) ctx.loadPKCS12(bytes(o.pfx), o.passphrase ? String(o.passphrase) : null);
  if (o.secureOptions) ctx.setOptions(mapOptions(o.secureOptions));
  NATIVE.set(creds.context as object, ctx);
  return creds;
}

/** The native context for a credentials object's (or a SecureContext's) portable context. */
export function nativeContext(credsOrContext: unknown): NativeContext {
  let context = credsOrContext as { context?: unknown } | null;
  if (context && !secureContextState(context) && context.context) context = context.context as typeof context;
  if (!context || typeof context !== 'object') throw new TypeError('Bad secure context');
  const known = NATIVE.get(context);
  if (known) return known;
  const native = context as unknown as NativeContext;
  if (native instanceof binding().SecureContext) return native;
  const state = secureContextState(context);
  if (!state) throw new TypeError('Bad secure context');
  const ctx = newNative(state.method);
  if (state.pfx) ctx.loadPKCS12(bytes(state.pfx), state.pfxPassphrase);
  if (state.key) ctx.setKey(bytes(state.key.pem), null);
  if (state.certChain) ctx.setCert(bytes(state.certChain));
  if (state.ciphers) ctx.setCiphers(state.ciphers);
  if (state.ca.length) for (const ca of state.ca) ctx.addCACert(bytes(ca));
  else ctx.addRootCerts(state.crl.length === 0);
  for (const crl of state.crl) ctx.addCRL(bytes(crl));
  if (state.sessionIdContext) ctx.setSessionIdContext(state.sessionIdContext);
  if (state.options) ctx.setOptions(mapOptions(state.options));
  NATIVE.set(context, ctx);
  return ctx;
}

/** setOptions on the native context behind a credentials object. */
export function addOptions(creds: CredentialsInstance, options: number): void {
  nativeContext(creds).setOptions(options);
}
