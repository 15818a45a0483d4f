// crypto.createCredentials / Credentials, and a portable SecureContext with 0.10's methods,
// arguments and errors. It validates and keeps what a TLS implementation needs (method, key,
// certificate chain, CAs, CRLs, cipher list, options, session id context) for @n10/tls to
// read through SECURE_CONTEXT_STATE; it does no TLS itself. The CA store is whatever was
// added: n10 does not embed the root certificates node 0.10 compiled in.
import { isBytes, toBuf } from './encodings';
import { clearErrors, E, errorsQueued, OpenSslFailure, popError, pushError } from './errors';
import { certificatePublicKey, privateKeyFromPem, readCertificate } from './keys';
import type { PrivateKey } from './keys';
import { pemText, readPem } from './pem';
import { nativeCrypto } from './provider';
import { adoptBuffer } from '@n10/buffer/internal';
import { enumerableMethods } from './enumerable';
import { fromCallerOf, sited } from './throw-sites';

/** The key under which a SecureContext keeps its state (for @n10/tls). */
export const SECURE_CONTEXT_STATE: unique symbol = Symbol.for('n10.crypto.secureContext') as never;

export interface SecureContextState {
  /** 'SSLv23_method' when none was given. */
  method: string;
  key: { pem: string; parsed: PrivateKey } | null;
  /** PEM text of the certificate chain (leaf first), as given to setCert. */
  certChain: string | null;
  ca: string[];
  crl: string[];
  ciphers: string | null;
  options: number;
  sessionIdContext: string | null;
  /** PKCS #12 data loaded by loadPKCS12 (OpenSSL read and checked it; the key and certificates are in it). */
  pfx: Uint8Array | null;
  /** Its passphrase, or null. */
  pfxPassphrase: string | null;
}

const METHODS = new Set<string>();
for (const v of ['SSLv2', 'SSLv3', 'SSLv23', 'TLSv1']) {
  METHODS.add(`${v}_method`);
  METHODS.add(`${v}_server_method`);
  METHODS.add(`${v}_client_method`);
}

function badParameter(): TypeError {
  return new TypeError('Bad parameter');
}

// LoadBIO: a string or Buffer argument's text, or null (the method then returns false).
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isBytes(value)) return pemText(value);
  return null;
}

// 0.10 threw the oldest queued OpenSSL error; the rest stayed queued.
function rethrow(e: unknown, ...after: string[]): never {
  if (!(e instanceof OpenSslFailure)) throw e;
  pushError(...e.entries, ...after);
  throw new Error(popError());
}

// A failure 0.10 answered with false, its errors left queued.
function queued(e: unknown): false {
  if (!(e instanceof OpenSslFailure)) throw e;
  pushError(...e.entries);
  return false;
}

const CA_DER = Symbol('caDer');

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** node 0.10's SecureContext (process.binding('crypto').SecureContext), portable. */
export class SecureContext {
  private readonly [CA_DER]: Uint8Array[] = [];
  readonly [SECURE_CONTEXT_STATE]: SecureContextState = {
    method: 'SSLv23_method',
    key: null,
    certChain: null,
    ca: [],
    crl: [],
    ciphers: null,
    options: 0,
    sessionIdContext: null,
    pfx: null,
    pfxPassphrase: null,
  };

  init(method?: unknown): boolean {
    if (typeof method === 'string') {
      if (!METHODS.has(method)) throw new Error('Unknown method');
      this[SECURE_CONTEXT_STATE].method = method;
    }
    return true;
  }

  setKey(...args: unknown[]): boolean {
    if (args.length !== 1 && args.length !== 2) throw badParameter();
    if (args.length === 2 && typeof args[1] !== 'string') throw badParameter();
    const text = textOf(args[0]);
    if (text === null) return false;
    try {
      this[SECURE_CONTEXT_STATE].key = { pem: text, parsed: privateKeyFromPem(text, args[1] as string | undefined) };
    } catch (e) {
      rethrow(e);
    }
    return true;
  }

  setCert(...args: unknown[]): boolean {
    if (args.length !== 1) throw badParameter();
    const text = textOf(args[0]);
    if (text === null) return false;
    let certKey: { kind: string };
    try {
      certKey = certificatePublicKey(text);
    } catch (e) {
      rethrow(e, E.SSL_PEM_LIB);
    }
    // 0.10's SSL_CTX_use_certificate_chain: OpenSSL's ssl_set_cert cleared the error queue
    // when a private key of the certificate's type was already set; then anything still
    // queued (ERR_peek_error) failed the load, with the oldest queued error's message (the
    // rest stay queued). A certificate that loads leaves the queue empty.
    const key = this[SECURE_CONTEXT_STATE].key;
    if (key && key.parsed.kind === certKey.kind) clearErrors();
    if (errorsQueued()) throw new Error(popError());
    this[SECURE_CONTEXT_STATE].certChain = text;
    return true;
  }

  addCACert(...args: unknown[]): boolean {
    if (args.length !== 1) throw badParameter();
    const text = textOf(args[0]);
    if (text === null) return false;
    let der: Uint8Array;
    try {
      der = readCertificate(text).der;
    } catch (e) {
      return queued(e);
    }
    const state = this[SECURE_CONTEXT_STATE];
    // X509_STORE_add_cert refused a duplicate (0.10 ignored that, but the error stayed queued).
    if (this[CA_DER].some((d) => sameBytes(d, der))) {
      pushError(E.X509_CERT_ALREADY_IN_STORE);
      return true;
    }
    this[CA_DER].push(der);
    state.ca.push(text);
    return true;
  }

  addCRL(...args: unknown[]): boolean {
    if (args.length !== 1) throw badParameter();
    const text = textOf(args[0]);
    if (text === null) return false;
    try {
      readPem(text, (t) => t === 'X509 CRL');
    } catch (e) {
      return queued(e);
    }
    this[SECURE_CONTEXT_STATE].crl.push(text);
    return true;
  }

  /** 0.10 loaded its compiled-in root certificates here; n10 has none to add. */
  addRootCerts(): boolean {
    return true;
  }

  setCiphers(...args: unknown[]): boolean {
    if (args.length !== 1 || typeof args[0] !== 'string') throw badParameter();
    this[SECURE_CONTEXT_STATE].ciphers = args[0];
    return true;
  }

  setOptions(...args: unknown[]): boolean {
    if (args.length !== 1 || typeof args[0] !== 'number') throw badParameter();
    this[SECURE_CONTEXT_STATE].options = args[0] | 0;
    return true;
  }

  setSessionIdContext(...args: unknown[]): boolean {
    if (args.length !== 1 || typeof args[0] !== 'string') throw badParameter();
    if (args[0].length > 32) {
      // 0.10 printed the whole queue into the message (after a thread id), emptying it.
      clearErrors();
      throw new TypeError(E.SSL_SESSION_ID_TOO_LONG);
    }
    this[SECURE_CONTEXT_STATE].sessionIdContext = args[0];
    return true;
  }

  close(): boolean {
    return false;
  }

  /**
   * PKCS #12 data, read by the binding's OpenSSL (its legacy provider for RC2-40 files); 0.10's
   * errors: OpenSSL's reason alone. Without the binding (a browser) well-formed data is refused.
   */
  loadPKCS12(...args: unknown[]): boolean {
    if (args.length < 1) throw badParameter();
    const pfx = args[0];
    if (!isBytes(pfx)) throw new Error('Unable to load BIO');
    let passphrase: string | null = null;
    if (args.length >= 2) {
      if (!isBytes(args[1])) throw new TypeError('Not a buffer');
      passphrase = (adoptBuffer(args[1]) as { toString(encoding: string): string }).toString('utf8');
    }
    if (pfx.length === 0) throw new Error('Unable to load BIO');
    // Observed of 0.10: after loadPKCS12, loaded or not, no earlier error is left queued, and
    // a failure's message is its own reason.
    clearErrors();
    const misfit = derMisfit(pfx);
    if (misfit) throw new Error(misfit);
    const b = nativeCrypto();
    const Native = b && b.SecureContext;
    if (!Native) throw new Error('PKCS#12 (pfx) is not supported by n10 here; use key and cert');
    try {
      const ctx = new Native();
      ctx.init(0);
      ctx.loadPKCS12(pfx, passphrase);
    } catch (e) {
      const reason = e && typeof e === 'object' ? (e as { reason?: unknown }).reason : undefined;
      throw new Error(typeof reason === 'string' && reason ? reason : 'PKCS12 parse error');
    }
    const state = this[SECURE_CONTEXT_STATE];
    state.pfx = pfx.slice();
    state.pfxPassphrase = passphrase;
    return true;
  }
}
enumerableMethods(SecureContext);

// OpenSSL 1.0.1's d2i_PKCS12_bio read the outer DER header first: an incomplete header, or
// less data than it announces, failed before any parsing.
function derMisfit(der: Uint8Array): string | null {
  if (der.length < 2) return 'header too long';
  let len = der[1];
  let at = 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0) return null;
    if (n > 4 || der.length < 2 + n) return 'header too long';
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + der[2 + i];
    at += n;
  }
  return der.length - at >= len ? null : 'not enough data';
}

export interface CredentialsInstance {
  context: SecureContext;
}

export interface CredentialsConstructor {
  new (secureProtocol?: string, flags?: number, context?: SecureContext): CredentialsInstance;
  (secureProtocol?: string, flags?: number, context?: SecureContext): CredentialsInstance;
  prototype: CredentialsInstance;
}

function Credentials(this: CredentialsInstance, secureProtocol?: string, flags?: number, context?: SecureContext): CredentialsInstance | void {
  if (!(this instanceof Credentials)) return new CredentialsCtor(secureProtocol, flags, context);
  if (context) {
    this.context = context;
  } else {
    this.context = new SecureContext();
    if (secureProtocol) this.context.init(secureProtocol);
    else this.context.init();
  }
  if (flags) this.context.setOptions(flags);
}
const CredentialsCtor = Credentials as unknown as CredentialsConstructor;

export interface CredentialsDetails {
  pfx?: string | Uint8Array;
  key?: string | Uint8Array;
  passphrase?: string;
  cert?: string | Uint8Array;
  ca?: string | Uint8Array | Array<string | Uint8Array>;
  crl?: string | Uint8Array | Array<string | Uint8Array>;
  ciphers?: string;
  secureProtocol?: string;
  secureOptions?: number;
  sessionIdContext?: string;
  [key: string]: unknown;
}

/** crypto.createCredentials([details], [context]). */
const createCredentials = function (options?: CredentialsDetails | null, context?: SecureContext): CredentialsInstance {
  const o: CredentialsDetails = options || {};
  const c = new CredentialsCtor(o.secureProtocol, o.secureOptions, context);
  if (context) return c;
  const ctx = c.context;
  if (o.key) {
    if (o.passphrase) at(98, '      c.context.setKey(options.key, options.passphrase);', () => ctx.setKey(o.key, o.passphrase));
    else at(100, '      c.context.setKey(options.key);', () => ctx.setKey(o.key));
  }
  if (o.cert) at(104, '  if (options.cert) c.context.setCert(options.cert);', () => ctx.setCert(o.cert));
  if (o.ciphers) at(106, '  if (options.ciphers) c.context.setCiphers(options.ciphers);', () => ctx.setCiphers(o.ciphers));
  if (o.ca) {
    if (Array.isArray(o.ca)) for (const ca of o.ca) at(111, '        c.context.addCACert(options.ca[i]);', () => ctx.addCACert(ca));
    else at(114, '      c.context.addCACert(options.ca);', () => ctx.addCACert(o.ca));
  } else {
    at(117, '    c.context.addRootCerts();', () => ctx.addRootCerts());
  }
  if (o.crl) {
    if (Array.isArray(o.crl)) for (const crl of o.crl) at(123, '        c.context.addCRL(options.crl[i]);', () => ctx.addCRL(crl));
    else at(126, '      c.context.addCRL(options.crl);', () => ctx.addCRL(o.crl));
  }
  if (o.sessionIdContext) {
    at(131, '    c.context.setSessionIdContext(options.sessionIdContext);', () => ctx.setSessionIdContext(o.sessionIdContext));
  }
  if (o.pfx) {
    const pfx = toBuf(o.pfx);
    const passphrase = o.passphrase ? toBuf(o.passphrase) : undefined;
    if (passphrase) at(143, '      c.context.loadPKCS12(pfx, passphrase);', () => ctx.loadPKCS12(pfx, passphrase));
    else at(145, '      c.context.loadPKCS12(pfx);', () => ctx.loadPKCS12(pfx));
  }
  return c;
};

/**
 * Runs one of createCredentials' calls of the context: 0.10's were C++ methods, so an error
 * they threw has its stack start in createCredentials, at crypto.js:`line` (`text`, the caret
 * under the method's name).
 */
function at(line: number, text: string, call: () => unknown): void {
  try {
    call();
  } catch (e) {
    if (e instanceof Error) throw sited(fromCallerOf(e, at), line, text, text.indexOf('c.context.') + 10);
    throw e;
  }
}

export { CredentialsCtor as Credentials, createCredentials };
